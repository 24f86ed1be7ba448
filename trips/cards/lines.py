"""Lines of text as OCR gives them: normalised, with the label a card prints before a value
("手机：", "Mob:", "E:") recognised and taken off."""

import re
import unicodedata
from dataclasses import dataclass

CJK = re.compile(r"[\u3400-\u9fff]")

# (kind, pattern) in the order they are tried; one-letter labels need a colon after them.
LABELS = [
    ("mobile", r"手机号?|移动电话|mobile(?: phone)?|mob\.?|cell(?: phone)?|m(?=\s*:)"),
    ("fax", r"传真|fax|f(?=\s*:)"),
    ("office", r"电话|座机|办公电话|tel\.?|telephone|phone|office|direct|t(?=\s*:)|p(?=\s*:)"),
    ("email", r"电子邮箱|电子邮件|邮箱|邮件|e-?mail|e(?=\s*:)"),
    ("wechat", r"微信号?|wechat(?:\s*id)?|weixin|wx(?=\s*:)"),
    ("website", r"网址|网站|web(?:site)?|url|w(?=\s*:)"),
    ("address", r"地址|address|addr\.?|add\.?|a(?=\s*:)"),
]
LABEL_RE = [
    (kind, re.compile(rf"^\s*(?:{pattern})(?![a-z])\s*[:.]?\s*", re.IGNORECASE))
    for kind, pattern in LABELS
]
# What must follow a label for it to be one: "Office Director" is a title, not a phone.
VALUE_LOOKS = {
    "mobile": r"\d",
    "fax": r"\d",
    "office": r"\d",
    "email": r"@",
    "website": r"\.",
    "wechat": r"[\w-]{3}",
    "address": r"\d|[\u3400-\u9fff]",
}


@dataclass
class Line:
    text: str  # as read, normalised (full-width forms folded)
    height: float = 0.0  # of the box OCR found it in; the name is usually the largest
    label: str = ""  # mobile, office, fax, email, wechat, website, address, or ""
    value: str = ""  # the text after the label

    @property
    def is_cjk(self):
        return bool(CJK.search(self.text))


def normalise(text):
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", " ", text).strip(" |·•")


def make_line(item):
    """A Line from OCR output: a string, (text, height) or (text, height, score)."""
    if isinstance(item, Line):
        return item
    text, height = (item, 0.0) if isinstance(item, str) else (item[0], float(item[1]))
    line = Line(text=normalise(text), height=height)
    for kind, pattern in LABEL_RE:
        match = pattern.match(line.text)
        rest = line.text[match.end() :] if match else ""
        if match and re.search(VALUE_LOOKS[kind], rest):
            line.label, line.value = kind, rest.strip()
            break
    return line


def make_lines(items):
    return [line for line in map(make_line, items) if line.text]
