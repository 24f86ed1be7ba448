"""The ways to reach someone on a card: phones (E.164), e-mail, WeChat ID, website, address."""

import re

import phonenumbers

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEBSITE = re.compile(r"(?:https?://)?(?:www\.)[\w-]+(?:\.[\w-]+)+(?:/[^\s]*)?", re.IGNORECASE)
PHONE = re.compile(r"\+?\(?\d[\d\s().\-]{5,}\d")
WECHAT_ID = re.compile(r"[A-Za-z][\w-]{3,19}")
CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
ADDRESS_WORDS = re.compile(
    r"\d.*\b(road|rd|street|st|avenue|ave|lu|jie|lane|floor|building|bldg)\b|[路街道]\S*\d+号|\d+号",
    re.IGNORECASE,
)


def field(value, line):
    return {"value": value, "source": line.text}


def find_email(lines):
    for line in lines:
        if line.label == "email":  # after the label, a space can only be one OCR put in
            squeezed = line.value.replace(" ", "")
        else:
            squeezed = re.sub(r"\s*([@.])\s*", r"\1", line.text)
        match = EMAIL.search(squeezed)
        if match:
            return field(match.group(0).lower().strip("."), line)
    return None


def find_website(lines):
    for line in lines:
        text = line.value if line.label == "website" else line.text
        if "@" in text:
            continue
        match = WEBSITE.search(text.replace(" ", ""))
        if match:
            return field(match.group(0).rstrip(".").lower(), line)
        if line.label == "website" and "." in text:
            return field(text.replace(" ", "").lower(), line)
    return None


def find_wechat(lines):
    for line in lines:
        if line.label == "wechat":
            match = WECHAT_ID.search(line.value.replace(" ", ""))
            if match:
                return field(match.group(0), line)
    return None


def e164(candidate, region="CN"):
    digits = candidate.replace("O", "0").replace("o", "0")
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_kind(line, number):
    if line.label in ("mobile", "office", "fax"):
        return line.label
    national = number[3:] if number.startswith("+86") else ""
    return "mobile" if CN_MOBILE.match(national) else "office"


def find_phones(lines):
    """{"mobile": field, "office": field}: the first number of each kind; faxes are left out."""
    found = {}
    for line in lines:
        if line.label in ("email", "website", "wechat", "address") or "@" in line.text:
            continue
        if not line.label and ADDRESS_WORDS.search(line.text):
            continue
        for candidate in PHONE.findall(line.value if line.label else line.text):
            number = e164(candidate)
            if not number:
                continue
            kind = phone_kind(line, number)
            if kind != "fax":
                found.setdefault(kind, field(number, line))
    return found


def find_addresses(lines):
    """{"address": field in Latin letters, "address_native": field in Chinese}."""
    found = {}
    for line in lines:
        if line.label == "address" or (not line.label and ADDRESS_WORDS.search(line.text)):
            text = line.value if line.label else line.text
            key = "address_native" if line.is_cjk else "address"
            found.setdefault(key, field(text, line))
    return found
