"""Which encoding an uploaded CSV file is in, or a refusal when that cannot be told.

Spreadsheets save CSV as UTF-8 (often with a byte order mark), as UTF-16 with a byte order mark
("Unicode text"), or in the legacy code page of the computer: Windows-1252 in the Nordics,
GB18030/GBK in mainland China, Big5 in Taiwan and Hong Kong, Shift-JIS in Japan. The legacy
code pages carry no marker, and most byte sequences decode without error in several of them, so
each candidate's text is judged:

- every word holding non-ASCII letters must look like a word of the candidate's script: Latin
  letters with at least one plain ASCII letter for Windows-1252 ("Jääskeläinen", not "Íõ"),
  Chinese or Japanese characters standing on their own for the others ("王丽", not "M鄢i");
- among the Chinese and Japanese candidates, the one whose characters are common in names and
  organisations wins, and only by a clear margin.

When no candidate or more than one remains, the file is refused with a request to save it as
"CSV UTF-8": guessing wrong would store garbled names ("王 丽" as "Íõ Àö").
"""

import codecs
import re
import unicodedata

from django.utils.translation import gettext as _

from .errors import UnreadableFile

BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
]
# (codec, the name shown in the preview)
LEGACY = [
    ("cp1252", "Windows-1252"),
    ("gb18030", "GB18030"),
    ("cp932", "Shift-JIS"),
    ("cp950", "Big5"),
]
CJK_LABELS = {"GB18030", "Shift-JIS", "Big5"}
JUDGED_CHARACTERS = 200_000  # enough for certainty, and a 1.5 MB upload is judged in a blink

# Characters frequent in Chinese and Japanese names and organisation names: surnames, given-name
# characters, and the words of governments, companies and places, simplified and traditional.
COMMON = set(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石"
    "廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴武戴"
    "莫孔向汤湯丽麗伟偉芳娜秀英敏静靜立强強磊军軍洋勇艳豔杰傑娟涛濤明超兰蘭霞平刚剛桂华華"
    "建国國志文玉红紅海春燕晓曉辉輝鹏鵬飞飛玲婷雪梅宇浩俊峰东東南西北京上天山水木子小大中"
    "长長永安新家和德仁义義忠信成光荣榮福兴興宏鸿鴻庆慶云雲清风風月日星美佳欣怡婉琳晨阳陽"
    "市省县縣区區镇鎮村人民政府公司有限责責任集团團股份管委会會员員高技术術开開发發科学學"
    "园園工业業大银銀行局中心研究院协協所部厅廳处處办辦主任长副书書记記经經理总總裁董事"
    "济濟贸貿易商务務投资資环環保水处理能源电電子信息智慧城农農食品港口岛島州江河湖"
    "际際合作交流外事团旅游遊台臺湾灣香港澳门門亚亞洲国际潍濰坊日照诸諸城青岛山东"
    "株式会社東京都大阪府愛知神奈川県町田中村佐藤鈴木高橋渡辺伊藤小林加藤吉田山口松本井上"
    "斎清水森池橋阿部石川前田藤原後岡長谷坂野宮崎内代表取締役課係室営業所支店本社"
    "的一是不了在有我他这這个個们們来來为為以说說时時要就出可也对對生能而那得着下自之年过過"
    "后後里裡用道所然种種事方多么去法现現当當没沒动動面起看定天分还還进進好些主样樣理心本"
    "前开但因只从從想实實十二三四五六七八九百千円男女名先校語聞食車何毎白母父友気"
)


def _is_cjk(char):
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3040 <= code <= 0x30FF  # hiragana and katakana
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF01 <= code <= 0xFF9F  # full-width Latin, half-width katakana
    )


def _is_latin_letter(char):
    return unicodedata.name(char, "").startswith("LATIN ")


# Punctuation and symbols that turn up in real contact lists of each script.
LATIN_SYMBOLS = set("€‘’‚“”„•…–—°©®™«»·×´§£¥¢¹²³½¼¾±\u00a0")
CJK_SYMBOLS = set("、。「」『』・（）ー〜，：；！？【】《》〈〉　～ｰ")


def _judge(text, label):
    """(words that fit the script, words or symbols that do not, words of common characters)."""
    fit = misfit = common = 0
    cjk = label in CJK_LABELS
    for word in re.findall(r"[^\W\d_]+|[^\w\s]", text):
        if word.isascii():
            continue
        if len(word) == 1 and not word.isalpha():  # a symbol on its own
            fits = word in (CJK_SYMBOLS if cjk else LATIN_SYMBOLS)
        elif cjk:
            fits = all(_is_cjk(c) for c in word)
            common += fits and sum(c in COMMON or 0x3040 <= ord(c) <= 0x30FF for c in word)
        else:
            has_ascii = any(c.isascii() for c in word)
            fits = all(c.isascii() or _is_latin_letter(c) for c in word) and (
                has_ascii or len(word) == 1
            )
        fit, misfit = fit + fits, misfit + (not fits)
    return fit, misfit, common


def _cjk_characters(text):
    return sum(_is_cjk(c) for c in text)


def _unsure():
    return UnreadableFile(
        _(
            "The file's character encoding cannot be told for certain (it is not UTF-8, and "
            "reads equally well as more than one of Windows-1252, GB18030, Shift-JIS and Big5, "
            "or as none of them). Save it as “CSV UTF-8” and upload it again."
        )
    )


def decode(data: bytes):
    """The text of an uploaded CSV file and the name of the encoding it was read in."""
    _codec, label, text = _encoding(data, whole=True)
    return text, label


CHUNK = 1 << 20  # bytes checked at a time
UTF16_SAMPLE = 1 << 16  # bytes looked at for the zero bytes of UTF-16 text


def encoding_of(data: bytes):
    """(codec, label): the encoding an uploaded CSV file is read in, the file checked to be
    readable in it from end to end without its text being kept (a large file's text takes two
    or four bytes a character in memory, beside its bytes)."""
    codec, label, _text = _encoding(data, whole=False)
    return codec, label


def _encoding(data, *, whole):
    """(codec, label, the file's text when `whole`, else None); refused as UnreadableFile."""
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            text, position = _read(data, codec, whole)
            if position is not None:
                raise UnreadableFile(
                    _(
                        "The file starts as %(encoding)s text but byte %(pos)s cannot be read. "
                        "Save it again as “CSV UTF-8”."
                    )
                    % {"encoding": label, "pos": position + 1}
                )
            return codec, label, text
    sample = data[:UTF16_SAMPLE]
    if sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4:
        raise UnreadableFile(
            _(
                "The file looks like UTF-16 text without its byte order mark. Save it as "
                "“CSV UTF-8” and upload it again."
            )
        )
    text, position = _read(data, "utf-8", whole)
    if position is None:
        return "utf-8", "UTF-8", text
    return _legacy(data)


def _read(data, codec, whole):
    """(the text, or None unless `whole`; the position of the first byte that cannot be read
    in `codec`, or None)."""
    if not whole:
        return None, _unreadable_at(data, codec)
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as exc:
        return None, exc.start


def _unreadable_at(data, codec):
    """The position of the first byte that cannot be read in `codec`, or None; checked a chunk
    at a time, nothing kept."""
    decoder = codecs.getincrementaldecoder(codec)()
    view = memoryview(data)
    try:
        for start in range(0, len(data), CHUNK):
            decoder.decode(view[start : start + CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        try:  # where exactly: read in one piece (a file that fails is read no further)
            data.decode(codec)
        except UnicodeDecodeError as exc:
            return exc.start
    return None


def _legacy(data):
    judged = []
    for codec, label in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:JUDGED_CHARACTERS]  # the whole file decoded; a large sample judged
        fit, misfit, common = _judge(sample, label)
        if fit and misfit <= fit // 20:  # tolerate one odd word in twenty
            judged.append((label, text, misfit, common / max(1, _cjk_characters(sample))))
    if len(judged) > 1:
        judged = _best_of(judged)
    if len(judged) != 1:
        raise _unsure()
    label, text, _misfit, _share = judged[0]
    return {name: codec for codec, name in LEGACY}[label], label, text


def _best_of(judged):
    """The fewest misfits; among Chinese and Japanese readings, clearly the most common
    characters (at least 40 % of them, and twice the share of the runner-up)."""
    fewest = min(misfit for _l, _t, misfit, _s in judged)
    judged = [entry for entry in judged if entry[2] == fewest]
    if len(judged) < 2 or any(label not in CJK_LABELS for label, *_rest in judged):
        return judged
    judged.sort(key=lambda entry: entry[3], reverse=True)
    best, runner_up = judged[0][3], judged[1][3]
    if best >= 0.4 and best >= 2 * runner_up:
        return judged[:1]
    return judged
