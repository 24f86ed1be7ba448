"""Render the test business cards: `python tools/make_cards.py [out_dir]`.

Each fictional person of tools/card_people.py gets a Chinese and an English side (NN_zh.png,
NN_en.png) in one of four layouts; some are turned a few degrees, some printed grey on grey;
the last two are poor photos (askew, grainy, dim and soft). The PNGs are grayscale, 640 px
wide, 10-30 KB each (the grainy ones about 130 KB). Needs a CJK font (Debian:
fonts-wqy-microhei or fonts-noto-cjk); the output is deterministic for one font."""

import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.card_people import CARDS  # noqa: E402

FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]
WIDTH, HEIGHT = 640, 384
HARD = {17, 18}  # the last two cards: the worst photos
OUT = Path(__file__).resolve().parent.parent / "tests" / "capture" / "cards"


def font(size):
    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    raise SystemExit("No CJK font: apt-get install fonts-wqy-microhei")


def mobile_text(e164, chinese):
    n = e164[3:]
    spaced = f"{n[:3]} {n[3:7]} {n[7:]}"
    return spaced if chinese else f"+86 {spaced}"


def office_text(e164, chinese, style):
    area, rest = e164[3:6], e164[6:]
    if chinese:
        return f"0{area}-{rest}"
    return [f"+86 {area} {rest[:3]} {rest[3:]}", f"+86-{area}-{rest}", f"+86 ({area}) {rest}"][
        style % 3
    ]


def side_lines(card, index, chinese):
    """(name, title, organisation, [contact lines]) as printed on one side."""
    if chinese:
        contacts = [
            f"手机：{mobile_text(card['mobile'], True)}",
            f"电话：{office_text(card['office'], True, index)}",
            f"邮箱：{card['email']}",
            f"微信：{card['wechat']}",
            f"地址：{card['addr_zh']}",
        ]
        return card["native"], card["title_zh"], card["org_zh"], contacts
    labels = [
        ("Mobile:", "Tel:", "E-mail:", "WeChat:", "Web:", "Add:"),
        ("M:", "T:", "E:", "WeChat ID:", "W:", "A:"),
        ("Mob:", "Office:", "Email:", "WeChat:", "Website:", "Address:"),
    ][index % 3]
    contacts = [
        f"{labels[0]} {mobile_text(card['mobile'], False)}",
        f"{labels[1]} {office_text(card['office'], False, index)}",
        f"{labels[2]} {card['email']}",
        f"{labels[3]} {card['wechat']}",
        f"{labels[4]} {card['web']}",
        f"{labels[5]} {card['addr_en']}",
    ]
    return card["latin"], card["title_en"], card["org_en"], contacts


def draw_side(card, index, chinese):
    low_contrast = index % 6 == 4
    paper, ink = (225, 120) if low_contrast else (250, 20)
    image = Image.new("L", (WIDTH, HEIGHT), paper)
    draw = ImageDraw.Draw(image)
    name, title, org, contacts = side_lines(card, index, chinese)
    big, mid, small = font(34), font(19), font(15 if not chinese else 16)
    layout = index % 4
    if layout == 0:  # left-aligned, organisation on top
        draw.text((32, 26), org, font=mid, fill=ink)
        draw.line((32, 58, WIDTH - 32, 58), fill=ink, width=2)
        draw.text((32, 80), name, font=big, fill=ink)
        draw.text((32, 128), title, font=mid, fill=ink)
        y = 178
        for line in contacts:
            draw.text((32, y), line, font=small, fill=ink)
            y += 30 if chinese else 26
    elif layout == 1:  # centred name, organisation at the bottom
        for y, text, f in ((40, name, big), (92, title, mid)):
            w = draw.textlength(text, font=f)
            draw.text(((WIDTH - w) / 2, y), text, font=f, fill=ink)
        y = 140
        for line in contacts:
            draw.text((40, y), line, font=small, fill=ink)
            y += 27 if chinese else 24
        w = draw.textlength(org, font=mid)
        draw.rectangle((0, HEIGHT - 48, WIDTH, HEIGHT), fill=ink)
        draw.text(((WIDTH - w) / 2, HEIGHT - 40), org, font=mid, fill=paper)
    elif layout == 2:  # a logo block on the left, text on the right
        draw.rectangle((24, 28, 84, 88), outline=ink, width=4)
        draw.text((40, 38), "日" if chinese else "R", font=big, fill=ink)
        draw.text((110, 30), name, font=big, fill=ink)
        draw.text((110, 78), title, font=mid, fill=ink)
        draw.text((110, 112), org, font=mid if chinese else small, fill=ink)
        y = 170
        for line in contacts:
            draw.text((110 if chinese else 40, y), line, font=small, fill=ink)
            y += 30 if chinese else 26
    else:  # two columns: who on the left, how to reach on the right
        draw.text((28, 36), name, font=big, fill=ink)
        draw.text((28, 86), title, font=small, fill=ink)
        draw.text((28, HEIGHT - 64), org, font=mid, fill=ink)
        y = 150
        for line in contacts:
            draw.text((28, y), line, font=small, fill=ink)
            y += 25 if chinese else 22
    if index % 5 == 3:  # photographed a little askew
        angle = random.Random(index).choice([-4, -3, 3, 4])
        image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=200)
        image = image.resize((WIDTH, int(image.height * WIDTH / image.width)), Image.LANCZOS)
    if index % 7 == 5:  # a soft photo
        image = image.filter(ImageFilter.GaussianBlur(0.6))
    if index in HARD:  # a poor photo: askew, grainy, dim and soft at once
        image = image.rotate(-7, resample=Image.BICUBIC, expand=True, fillcolor=170)
        image = image.resize((WIDTH, int(image.height * WIDTH / image.width)), Image.LANCZOS)
        grain = random.Random(index).randbytes(image.width * image.height)
        noise = Image.frombytes("L", image.size, grain).point(lambda v: v // 4 + 96)
        image = Image.blend(image, noise, 0.25).filter(ImageFilter.GaussianBlur(0.7))
    return image


def main(out=OUT):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for index, card in enumerate(CARDS, start=1):
        for side, chinese in (("zh", True), ("en", False)):
            draw_side(card, index, chinese).save(out / f"{index:02d}_{side}.png", optimize=True)
    print(f"{len(CARDS)} cards ({2 * len(CARDS)} images) in {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
