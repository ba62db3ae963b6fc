#!/usr/bin/python3
"""Renders the seed and the example drafts to PDF as a gazette prints them, and the malformed PDFs.

Deterministic (fixed creation date and document id, no compression of changing data): running it again
gives the same bytes, so the committed PDFs can be checked against it. Needs Debian's python3-reportlab,
python3-fonttools, python3-pil and fonts-noto-cjk (Debian's /usr/bin/python3, where those packages install).

Layout of a gazette page (A4): the running head 驻马店市人民政府公报 with a rule under it, the text in two
columns, paragraphs indented by two characters, the page number centred at the foot (— 3 —).
Noto CJK ships as CFF-outline OpenType, which reportlab cannot embed: the characters the text needs are
subset from Noto Sans CJK SC and their outlines converted to TrueType quadratics first.

usage: make_pdfs.py REPO_ROOT OUT_DIR           the committed test material
       make_pdfs.py REPO_ROOT OUT_DIR --repeat K  only seed-xK.pdf, the seed K times over (K=4: a gazette of
                                                  100 pages, for bench/pdf_bench.cpp; not committed)
"""
import io
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLFont
from reportlab.pdfgen import canvas
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from PIL import Image

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SC = 2  # the Simplified Chinese face of the collection
HEAD = "驻马店市人民政府公报"
FONT = "NotoSansSC"
SIZE = 10.5
LEADING = 13
MARGIN_X, TOP, BOTTOM, GUTTER = 50, 770, 70, 36


def truetype_subset(chars):
    """Noto Sans CJK SC cut to `chars`, with quadratic (glyf) outlines reportlab can embed."""
    font = TTFont(NOTO, fontNumber=NOTO_SC, lazy=False, recalcTimestamp=False)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted({ord(c) for c in chars}))
    sub.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def paragraphs(text):
    """The blank-line separated blocks of a text file, each one paragraph (its lines joined)."""
    blocks, current = [], []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            current.append(line)
        elif current:
            blocks.append("".join(current))
            current = []
    if current:
        blocks.append("".join(current))
    return blocks


def wrap(paragraph, width):
    """The paragraph's lines in a column `width` points wide, the first indented by two characters."""
    lines, line, indent = [], "", 2 * SIZE
    for ch in paragraph:
        if line and pdfmetrics.stringWidth(line + ch, FONT, SIZE) > width - indent:
            lines.append((indent, line))
            line, indent = "", 0
        line += ch
    lines.append((indent, line))
    return lines


def render(text, path, columns=2, encrypt=None):
    page_w, _ = A4
    column_w = (page_w - 2 * MARGIN_X - GUTTER * (columns - 1)) / columns
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1, encrypt=encrypt)
    c.setTitle(os.path.basename(path))
    page, column, y = 1, 0, TOP

    def furniture():
        c.setFont(FONT, 9)
        c.drawCentredString(page_w / 2, 800, HEAD)
        c.line(MARGIN_X, 795, page_w - MARGIN_X, 795)
        c.drawCentredString(page_w / 2, 40, "— %d —" % page)
        c.setFont(FONT, SIZE)

    furniture()
    for para in paragraphs(text):
        for indent, line in wrap(para, column_w):
            if y < BOTTOM:
                column += 1
                y = TOP
                if column == columns:
                    c.showPage()
                    page += 1
                    column = 0
                    furniture()
            c.drawString(MARGIN_X + column * (column_w + GUTTER) + indent, y, line)
            y -= LEADING
        y -= LEADING / 2  # a little space between paragraphs, as gazettes set them
    c.showPage()
    c.save()


def scanned(path):
    """A page that holds only an image, as a scanner makes it: lines of dark marks, no text layer."""
    width, height = 496, 700
    pixels = bytearray(b"\xff" * (width * height))
    for row in range(40):
        top = 20 + row * 17
        length = 200 + (row * 37) % 260
        for y in range(top, top + 9):
            pixels[y * width + 20:y * width + 20 + length] = b"\x50" * length
    image = Image.frombytes("L", (width, height), bytes(pixels))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(image), 50, 80, width=width, height=height)
    c.showPage()
    c.save()


def broken_xref(source, path):
    """The PDF with its cross-reference table overwritten and cut short: objects unreachable."""
    data = bytearray(open(source, "rb").read())
    xref = data.rfind(b"xref")
    data = data[: len(data) // 2] + b"\nxref\n0 9999\ngarbage\ntrailer\n<< /Root 999 0 R >>\nstartxref\n" + \
        str(xref).encode() + b"\n%%EOF\n"
    open(path, "wb").write(bytes(data))


def main():
    root, out = sys.argv[1], sys.argv[2]
    repeat = int(sys.argv[4]) if len(sys.argv) == 5 and sys.argv[3] == "--repeat" else 0
    os.makedirs(out, exist_ok=True)
    sources = {"seed": os.path.join(root, "examples", "zhumadian-gazette-2023-02.txt")}
    drafts = os.path.join(root, "examples", "drafts")
    for name in sorted(os.listdir(drafts)):
        if name.endswith(".txt"):
            sources[name[:-4]] = os.path.join(drafts, name)
    texts = {k: open(v, encoding="utf-8").read() for k, v in sources.items()}
    chars = set("".join(texts.values())) | set(HEAD) | set("— 0123456789")
    pdfmetrics.registerFont(RLFont(FONT, io.BytesIO(truetype_subset(chars))))
    if repeat:
        render("\n\n".join([texts["seed"]] * repeat), os.path.join(out, "seed-x%d.pdf" % repeat))
        return
    for name, text in texts.items():
        render(text, os.path.join(out, name + ".pdf"))
    scanned(os.path.join(out, "scanned.pdf"))
    # Opened only with its password (a fixed one: reportlab derives the key from it and the document id).
    render(texts["wrong-brackets"], os.path.join(out, "locked.pdf"),
           encrypt=StandardEncryption("secret", ownerPassword="owner", canPrint=0))
    broken_xref(os.path.join(out, "wrong-brackets.pdf"), os.path.join(out, "broken-xref.pdf"))


if __name__ == "__main__":
    main()
