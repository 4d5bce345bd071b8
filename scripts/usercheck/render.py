#!/usr/bin/python3
"""Render a user-check document's text as a scanned A4 page.

The page is drawn at 200 dpi in one of the Liberation or DejaVu faces that
Debian ships. Cells (runs of text between two or more spaces) start on a
monospaced grid, so columns and "Label: value" pairs stay where the text
puts them even in a proportional face. The page is then turned by up to
half a degree, specked and blurred, as a scan would be. The face, angle and
specks follow from the file's name, so a page renders the same every time.

Usage: render.py DOC.txt OUT.png
"""
import hashlib
import random
import re
import sys

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = {
    "Liberation": "/usr/share/fonts/truetype/liberation/",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/",
}
FACES = [
    ("Liberation", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("Liberation", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("Liberation", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    ("DejaVu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("DejaVu", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
]
WIDTH, HEIGHT, MARGIN = 1654, 2339, 110


def cells(line):
    """Yields (column, text) for each run of text between 2+ spaces."""
    for m in re.finditer(r"\S+(?: \S+)*", line):
        yield m.start(), m.group(0)


def layout(lines):
    """Font size and cell width that fit the longest line and all lines."""
    cols = max([len(l) for l in lines] + [60])
    size = min(30, int((WIDTH - 2 * MARGIN) / cols / 0.62))
    rows = max(len(lines), 1)
    size = min(size, int((HEIGHT - 2 * MARGIN) / rows / 1.5))
    return size, size * 0.62, size * 1.5


def fitted(draw, text, font, path, size, room):
    """The font, made smaller until text fits room pixels."""
    while size > 12 and draw.textlength(text, font=font) > room:
        size -= 1
        font = ImageFont.truetype(path, size)
    return font


def draw_page(lines, rng):
    family, regular, bold = rng.choice(FACES)
    base = FONT_DIRS[family]
    size, cell, lead = layout(lines)
    img = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(img)
    first = next((i for i, l in enumerate(lines) if l.strip()), 0)
    for row, line in enumerate(lines):
        path = base + (bold if row == first else regular)
        spans = list(cells(line))
        for i, (col, text) in enumerate(spans):
            end = spans[i + 1][0] - 1 if i + 1 < len(spans) else 200
            room = (end - col) * cell
            font = fitted(draw, text, ImageFont.truetype(path, size), path, size, room)
            draw.text((MARGIN + col * cell, MARGIN + row * lead), text, font=font, fill=rng.randint(0, 40))
    return img


def damage(img, rng):
    img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(150, 600)):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        r = rng.choice([1, 1, 1, 2])
        draw.ellipse((x, y, x + r, y + r), fill=rng.randint(60, 160))
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        lines = [l.rstrip("\n").replace("\t", "    ") for l in f]
    rng = random.Random(hashlib.sha256(src.split("/")[-1].encode()).digest())
    damage(draw_page(lines, rng), rng).save(dst)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
