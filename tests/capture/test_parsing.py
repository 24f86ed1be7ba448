"""The card parser on text as OCR returns it: fast, no OCR."""

from trips.cards.parsing import parse_card


def values(proposal):
    return {key: item["value"] for key, item in proposal.items()}


BILINGUAL = [
    ("刘洋", 42),
    ("招商部部长", 23),
    ("手机：15065361122", 26),
    ("电话：0536-8887766", 26),
    ("邮箱：liuyang@wfhtz.example.gov.cn", 34),
    ("微信：liuyang_wf", 26),
    ("地址：潍坊市高新区东风东街8888号", 32),
    ("潍坊高新技术产业开发区管委会", 34),
    ("Weifang High-Tech Zone Administrative Committee", 21),
    ("Yang Liu", 48),
    ("HeadofInvestment Promotion", 26),
    ("M:+86 150 6536 1122", 14),
    ("T: +86-536-8887766", 14),
    ("E: liuyang@wfhtz.example.gov.cn", 20),
    ("WeChat ID: liuyang_wf", 21),
    ("W: www.wfhtz.example.gov.cn", 16),
    ("A: 8888 Dongfeng East Street, Weifang", 21),
]


def test_a_bilingual_card_gives_every_field_with_the_text_it_came_from():
    proposal = parse_card(BILINGUAL)
    assert values(proposal) == {
        "native_name": "刘洋",
        "family_name": "Liu",
        "given_name": "Yang",
        "title": "Head of Investment Promotion",  # the spaces OCR dropped put back
        "title_native": "招商部部长",
        "organisation": "Weifang High-Tech Zone Administrative Committee",
        "organisation_native": "潍坊高新技术产业开发区管委会",
        "mobile": "+8615065361122",
        "office": "+865368887766",
        "email": "liuyang@wfhtz.example.gov.cn",
        "wechat": "liuyang_wf",
        "website": "www.wfhtz.example.gov.cn",
        "address": "8888 Dongfeng East Street, Weifang",
        "address_native": "潍坊市高新区东风东街8888号",
    }
    assert proposal["mobile"]["source"] == "手机:15065361122"  # full-width colon folded
    assert proposal["family_name"]["source"] == "Yang Liu"


def test_the_family_name_is_the_word_that_spells_the_chinese_one():
    # Given name first on the English side; the Chinese side says which one is the family.
    assert values(parse_card(["赵敏", "Min Zhao"]))["family_name"] == "Zhao"
    assert values(parse_card(["何芳", "Fang He"]))["given_name"] == "Fang"
    assert values(parse_card(["欧阳雪", "OUYANG Xue"]))["family_name"] == "Ouyang"


def test_without_a_chinese_name_capitals_or_a_known_family_name_decide():
    assert values(parse_card(["Li WANG", "Sales Manager"]))["family_name"] == "Wang"
    assert values(parse_card(["Zhang Xiaoming"]))["family_name"] == "Zhang"
    assert values(parse_card(["Anna Lindqvist"]))["family_name"] == "Lindqvist"


def test_ocr_dropping_the_space_between_names_still_splits_them():
    assert values(parse_card(["孙娜", "NaSun"]))["family_name"] == "Sun"


def test_phones_are_e164_with_china_by_default_and_faxes_left_out():
    proposal = values(
        parse_card(
            ["Tel: (0531) 8866 2210", "Fax: 0531-88662211", "138 0633 1234", "+46 8 123 456 78"]
        )
    )
    assert proposal["office"] == "+8653188662210"
    assert proposal["mobile"] == "+8613806331234"
    assert "+8653188662211" not in proposal.values()


def test_a_foreign_mobile_keeps_its_country():
    proposal = values(parse_card(["Mobile: +358 40 123 4567"]))
    assert proposal["mobile"] == "+358401234567"


def test_an_e_mail_with_spaces_ocr_put_in_is_put_together():
    assert values(parse_card(["E-mail: wang li @ example . cn"]))["email"] == "wangli@example.cn"


def test_a_title_that_ends_in_office_is_not_a_phone_or_an_organisation():
    proposal = values(parse_card(["Office Director", "Zhucheng Bureau of Commerce"]))
    assert proposal["title"] == "Office Director"
    assert proposal["organisation"] == "Zhucheng Bureau of Commerce"
    assert "office" not in proposal


def test_a_name_and_title_on_one_line():
    proposal = values(parse_card(["王丽 副局长", "日照市商务局"]))
    assert proposal["native_name"] == "王丽"
    assert proposal["organisation_native"] == "日照市商务局"


def test_an_organisation_name_is_not_taken_for_a_person():
    proposal = values(parse_card(["日照市人民政府", "Rizhao Municipal People's Government"]))
    assert "native_name" not in proposal
    assert "family_name" not in proposal


def test_no_text_gives_no_proposal():
    assert parse_card([]) == {}
    assert parse_card(["", "  "]) == {}


def test_spaces_ocr_dropped_in_large_latin_text_are_put_back():
    proposal = values(parse_card(["DeputyDirectorGeneral", "RizhaoMunicipalBureauofCommerce"]))
    assert proposal["title"] == "Deputy Director General"
    assert proposal["organisation"] == "Rizhao Municipal Bureau of Commerce"
    assert values(parse_card(["Weifang Hengda Co.,Ltd."]))["organisation"] == (
        "Weifang Hengda Co., Ltd."
    )
