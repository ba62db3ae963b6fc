#!/usr/bin/python3
"""Writes the .docx, OFD and HTML test material of tests/ingest/formats_test.cpp.

From the text seed (examples/zhumadian-gazette-2023-02.txt) and the drafts (examples/drafts/*.txt):
  <name>.docx  one Word paragraph per line of the text (an empty paragraph per blank line), every
               line that starts with 一、, （一） or 第一条 numbered by Word's automatic numbering
               (numbering.xml: chineseCounting levels "%1、", "（%1）", "第%1条"; a number that does
               not follow the one before restarts the list with a startOverride), a running header
               and footer, and tracked changes (an insertion kept, a deletion of text the document
               never had);
  <name>.ofd   GB/T 33190's layout (OFD.xml, Doc_0/Document.xml, Doc_0/Pages/Page_N/Content.xml),
               one TextObject per line, written bottom to top, a few lines split in two objects,
               a blank line as a paragraph gap, pages broken at a blank line;
  <name>.html  a gov.cn page (navigation, scripts, styles, an <h1> title, the body in
               <div id="UCAP-CONTENT">), the seed's in GBK.
Plus features.docx (tables, nested numbering, style numbering, line breaks, fields) and the
malformed files (bad-*), each refused with exit 2. Deterministic: fixed timestamps, sorted content.
Run with Debian's python3 (python3-docx): /usr/bin/python3 tests/data/inputs/make_inputs.py
"""
import copy
import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
FIXED = (2023, 3, 4, 0, 0, 0)

DIGITS = '零一二三四五六七八九'


def chinese(n):
    """n as Word's chineseCounting prints it (1 to 999)."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return '十' + (DIGITS[n % 10] if n % 10 else '')
    if n < 100:
        return DIGITS[n // 10] + '十' + (DIGITS[n % 10] if n % 10 else '')
    rest = n % 100
    tail = '' if rest == 0 else ('零' + chinese(rest) if rest < 10 else
                                 ('一' + chinese(rest) if rest < 20 else chinese(rest)))
    return DIGITS[n // 100] + '百' + tail


VALUES = {chinese(n): n for n in range(1, 200)}
# style: (pattern of a line's label, abstractNumId, lvlText)
STYLES = {
    'dun': (re.compile(r'^([一二三四五六七八九十百零]+)、'), 1, '%1、'),
    'paren': (re.compile(r'^（([一二三四五六七八九十百零]+)）'), 2, '（%1）'),
    'article': (re.compile(r'^第([一二三四五六七八九十百零]+)条'), 3, '第%1条'),
}


def write_zip(path, entries):
    """A ZIP with fixed timestamps, entries in the order given."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode('utf-8'))


def rezip(data):
    """python-docx's package again, with fixed timestamps (its own are the time of writing)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(name, z.read(name)) for name in sorted(z.namelist())]


def level(ilvl, fmt, text, start=1):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{escape(text)}"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>')


class Numbering:
    """numbering.xml: one abstractNum per label style, a w:num per list (a restart is a new w:num)."""

    def __init__(self, abstracts):
        self.abstracts = abstracts  # abstractNumId → its levels' XML
        self.nums = []  # (numId, abstractNumId, startOverride or None)

    def num(self, abstract, start=None):
        num_id = len(self.nums) + 1
        self.nums.append((num_id, abstract, start))
        return num_id

    def xml(self):
        out = [f'<w:numbering xmlns:w="{W}">']
        for aid, levels in sorted(self.abstracts.items()):
            out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{levels}'
                       '</w:abstractNum>')
        for num_id, aid, start in self.nums:
            override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                        if start is not None else '')
            out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{override}</w:num>')
        out.append('</w:numbering>')
        return ''.join(out)


def set_num(paragraph, num_id, ilvl=0):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def finish_docx(document, numbering, path):
    buf = io.BytesIO()
    document.save(buf)
    entries = rezip(buf.getvalue())
    entries = [(n, d) for n, d in entries if n != 'word/numbering.xml']
    entries.append(('word/numbering.xml', numbering.xml()))
    # python-docx's default template declares numbering.xml already (its part and relationship).
    write_zip(path, sorted(entries))


def seed_docx(lines, path):
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = '页眉不是正文'
    section.footer.paragraphs[0].text = '页脚不是正文'
    numbering = Numbering({aid: level(0, 'chineseCounting', text) for _, aid, text in STYLES.values()})
    lists = {}  # style → (numId, next value)
    tracked = False
    for line in lines:
        p = document.add_paragraph()
        label_end = 0
        for style, (pattern, aid, text) in STYLES.items():
            m = pattern.match(line)
            if not m or m.group(1) not in VALUES:
                continue
            value = VALUES[m.group(1)]
            current = lists.get(style)
            if current and current[1] == value:
                num_id = current[0]
            else:
                num_id = numbering.num(aid, None if value == 1 and style not in lists else value)
            lists[style] = (num_id, value + 1)
            set_num(p, num_id)
            label_end = m.end()
            break
        body = line[label_end:]
        if not tracked and len(body) > 20 and label_end:
            # A tracked insertion (kept: the document shows it) and deletion (dropped).
            half = len(body) // 2
            p.add_run(body[:half])
            p._p.append(parse_xml(f'<w:ins xmlns:w="{W}" w:id="1" w:author="审核" w:date="2023-03-04T00:00:00Z">'
                                  f'<w:r><w:t xml:space="preserve">{escape(body[half:])}</w:t></w:r></w:ins>'))
            p._p.append(parse_xml(f'<w:del xmlns:w="{W}" w:id="2" w:author="审核" w:date="2023-03-04T00:00:00Z">'
                                  '<w:r><w:delText>已删除的文字</w:delText></w:r></w:del>'))
            tracked = True
        elif body:
            p.add_run(body)
    finish_docx(document, numbering, path)


def features_docx(path):
    """What formats_test.cpp reads back line by line (tests/ingest/formats_test.cpp names each)."""
    document = docx.Document()
    numbering = Numbering({
        1: level(0, 'chineseCounting', '%1、') + level(1, 'chineseCounting', '（%2）') + level(2, 'decimal', '%3.'),
        2: level(0, 'decimal', '%1.') + level(1, 'decimal', '%1.%2'),
        3: level(0, 'chineseCounting', '第%1条'),
        4: level(0, 'decimalEnclosedCircle', '%1'),
    })
    outline = numbering.num(1)
    for ilvl, text in [(0, '总体要求'), (1, '指导思想'), (1, '基本原则'), (2, '坚持规划引领'), (2, '坚持节约集约'),
                       (0, '重点任务'), (1, '加强组织领导')]:
        p = document.add_paragraph(text)
        set_num(p, outline, ilvl)
    decimal = numbering.num(2)
    for ilvl, text in [(0, '第一部分'), (1, '第一节'), (1, '第二节')]:
        p = document.add_paragraph(text)
        set_num(p, decimal, ilvl)
    restarted = numbering.num(1, 1)
    p = document.add_paragraph('重新编号')
    set_num(p, restarted)
    # A paragraph style that numbers its paragraphs (w:style/w:pPr/w:numPr), as 条 styles in templates do.
    styles = document.styles.element
    articles = numbering.num(3)
    styles.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="TiaoKuan"><w:name w:val="条款"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{articles}"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="TiaoKuan2"><w:name w:val="条款二"/>'
        '<w:basedOn w:val="TiaoKuan"/></w:style>'))
    for style, text in [('TiaoKuan', '　为了规范管理，制定本办法。'), ('TiaoKuan2', '　本办法自发布之日起施行。')]:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().insert(0, parse_xml(f'<w:pStyle xmlns:w="{W}" w:val="{style}"/>'))
    circled = numbering.num(4)
    p = document.add_paragraph('圆圈编号')
    set_num(p, circled)
    p = document.add_paragraph('无编号')
    set_num(p, 0)
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([['序号', '事项', '时限'], ['1', '提交材料', '5个工作日']]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    p = document.add_paragraph('第一行')
    p.add_run().add_break()
    p.add_run('第二行')
    p = document.add_paragraph('页码：')
    p._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:instrText> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:t>7</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="end"/></w:r>'))
    p = document.add_paragraph('甲')
    p._p.append(parse_xml(f'<w:del xmlns:w="{W}" w:id="3" w:author="a" w:date="2023-03-04T00:00:00Z">'
                          '<w:r><w:delText>删去</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins xmlns:w="{W}" w:id="4" w:author="a" w:date="2023-03-04T00:00:00Z">'
                          '<w:r><w:t>增加</w:t></w:r></w:ins>'))
    p.add_run('乙')
    document.sections[0].header.paragraphs[0].text = '页眉'
    finish_docx(document, numbering, path)


# OFD: millimetres on an A4 page; a line every 1.5 font sizes, a blank line one more.
SIZE = 4.2
PITCH = SIZE * 1.5
TOP, BOTTOM = 25.0, 272.0
NS = 'http://www.ofdspec.org/2016'


def ofd(lines, title, path):
    pages, page, y = [], [], TOP
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            blanks = 0
            while i < len(lines) and not lines[i].strip():
                blanks += 1
                i += 1
            if y > BOTTOM - 60 and page:
                pages.append(page)  # a page ends at a paragraph's end
                page, y = [], TOP
            elif page:
                y += PITCH * blanks
            continue
        page.append((y, line))
        y += PITCH
        i += 1
    if page:
        pages.append(page)
    entries = [('OFD.xml',
                f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
                f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>0f0d</ofd:DocID>'
                f'<ofd:Title>{escape(title)}</ofd:Title><ofd:CreationDate>2023-03-04</ofd:CreationDate>'
                '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')]
    page_refs = ''.join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
    entries.append(('Doc_0/Document.xml',
                    f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                    '<ofd:MaxUnitID>100000</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                    '</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                    f'</ofd:CommonData><ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>'))
    entries.append(('Doc_0/PublicRes.xml',
                    f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                    '<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'))
    unit = 10
    for n, page in enumerate(pages):
        objects = []
        for k, (y, line) in enumerate(page):
            text = line.strip()
            # Every seventh line in two objects side by side, the second first in the file.
            parts = [(0, text)]
            if k % 7 == 3 and len(text) > 10 and ' ' not in text:
                parts = [(5, text[5:]), (0, text[:5])]
            for offset, piece in parts:
                unit += 1
                x = 20 + offset * SIZE
                delta = f'g {len(piece) - 1} {SIZE}' if len(piece) > 1 else ''
                delta_attr = f' DeltaX="{delta}"' if delta else ''
                objects.append(
                    f'<ofd:TextObject ID="{unit}" Boundary="{x:.2f} {y - SIZE:.2f} {len(piece) * SIZE:.2f} '
                    f'{SIZE * 1.2:.2f}" Font="2" Size="{SIZE}"><ofd:FillColor Value="0 0 0"/>'
                    f'<ofd:TextCode X="0" Y="{SIZE}"{delta_attr}>{escape(piece)}</ofd:TextCode></ofd:TextObject>')
        objects.reverse()  # bottom to top: the reader puts them in reading order
        entries.append((f'Doc_0/Pages/Page_{n}/Content.xml',
                        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
                        f'<ofd:Layer ID="{n + 2}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'))
    write_zip(path, entries)


def html_escape(text):
    out = escape(text).replace('“', '&ldquo;').replace('”', '&rdquo;')
    return out.replace('、', '&#12289;', 1).replace('。', '&#x3002;', 1)


def html(lines, path, encoding, title_outside):
    """A gov.cn page; with title_outside, the first line only in the <h1> (as gov.cn prints titles)."""
    title = next(l for l in lines if l.strip()).strip()
    body_lines = list(lines)
    if title_outside:
        body_lines = body_lines[body_lines.index(next(l for l in lines if l.strip())) + 1:]
    blocks, block = [], []
    for line in body_lines + ['']:
        if line.strip():
            block.append(html_escape(line.strip()))
        elif block:
            blocks.append(block)
            block = []
    body = '\n'.join('<p style="text-indent: 2em;">' + '<br/>\n'.join(b) + '</p>' for b in blocks)
    charset = 'gbk' if encoding != 'utf-8' else 'utf-8'
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{escape(title)}_中国政府网</title>
<style>.pages_content p {{ line-height: 2; }} #UCAP-CONTENT::before {{ content: "不是正文"; }}</style>
<script type="text/javascript">var nav = "<p>脚本里的段落</p>"; if (a < b && c > d) {{ }}</script>
</head>
<body>
<div class="header"><nav class="nav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 正文</nav>
<div class="search"><form action="/search"><input type="text" name="q"/><button>搜索</button></form></div></div>
<div class="article oneColumn pub_border">
<h1>{escape(title)}</h1>
<div class="pages-date">2023-03-04 10:00 来源： 驻马店市人民政府<span class="font">字号：<a>默认</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{body}
</div>
<div class="share"><script>share();</script><a>分享到微信</a></div>
</div>
<div class="footer"><p>版权所有：驻马店市人民政府办公室</p><script src="/stat.js"></script></div>
</body>
</html>
'''
    with open(path, 'wb') as f:
        f.write(page.encode(encoding))


BOMB = '''<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
'''


def malformed(name_of):
    good = open(name_of('numbering-gap.docx'), 'rb').read()
    with open(os.path.join(HERE, 'bad-truncated.docx'), 'wb') as f:
        f.write(good[:len(good) // 2])
    entries = rezip(good)
    document = dict(entries)['word/document.xml'].decode('utf-8')
    bomb = BOMB + document[document.index('<w:document'):].replace('各县区', '&lol9;各县区', 1)
    write_zip(os.path.join(HERE, 'bad-xml-bomb.docx'),
              [(n, bomb if n == 'word/document.xml' else d) for n, d in entries])
    # word/document.xml inflating to 8 MiB (blanks after its root) from a few KiB: over --max-size 1mb.
    write_zip(os.path.join(HERE, 'bad-zip-bomb.docx'),
              [(n, d + bytes(8 << 20).replace(b'\0', b' ') if n == 'word/document.xml' else d) for n, d in entries])
    write_zip(os.path.join(HERE, 'bad-path.docx'), entries + [('../../outside.xml', '<x/>')])
    good_ofd = open(name_of('numbering-gap.ofd'), 'rb').read()
    with open(os.path.join(HERE, 'bad-truncated.ofd'), 'wb') as f:
        f.write(good_ofd[:len(good_ofd) // 2])  # a download cut off: no central directory
    ofd_entries = rezip(good_ofd)
    write_zip(os.path.join(HERE, 'bad-path.ofd'),
              [(n, d.replace(b'Doc_0/Document.xml', b'../../Doc_0/Document.xml') if n == 'OFD.xml' else d)
               for n, d in ofd_entries])
    write_zip(os.path.join(HERE, 'bad-xml.ofd'),
              [(n, d[:len(d) // 2] if n.endswith('Content.xml') else d) for n, d in ofd_entries])
    page = open(name_of('numbering-gap.html'), 'rb').read()
    with open(os.path.join(HERE, 'bad-charset.html'), 'wb') as f:
        f.write(page.replace(b'charset=utf-8', b'charset=gbk').replace('组织'.encode('utf-8'), b'\x80\x80', 1))
    with open(os.path.join(HERE, 'unsupported.doc'), 'wb') as f:
        f.write(b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(504))
    with open(os.path.join(HERE, 'unsupported.png'), 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + bytes(24))
    write_zip(os.path.join(HERE, 'unsupported.xlsx'),
              [('[Content_Types].xml', '<Types/>'), ('xl/workbook.xml', '<workbook/>')])


def main():
    sources = {'zhumadian-gazette-2023-02': os.path.join(ROOT, 'examples', 'zhumadian-gazette-2023-02.txt')}
    drafts = os.path.join(ROOT, 'examples', 'drafts')
    for name in sorted(os.listdir(drafts)):
        if name.endswith('.txt'):
            sources[name[:-4]] = os.path.join(drafts, name)
    for name, source in sources.items():
        lines = open(source, encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        title = next(l for l in lines if l.strip()).strip()
        seed = name.startswith('zhumadian')
        seed_docx(lines, os.path.join(HERE, name + '.docx'))
        ofd(lines, title, os.path.join(HERE, name + '.ofd'))
        html(lines, os.path.join(HERE, name + '.html'), 'gb18030' if seed else 'utf-8', not seed)
    features_docx(os.path.join(HERE, 'features.docx'))
    malformed(lambda n: os.path.join(HERE, n))


if __name__ == '__main__':
    main()
