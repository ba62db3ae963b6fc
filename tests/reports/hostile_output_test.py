#!/usr/bin/env python3
"""Every output format of check, status, parse and diff, run through the real binary on files
whose names and texts hold what an attacker would put there (ESC, BEL, OSC-8 links, C1
controls, bidi overrides, line breaks, bytes that are not UTF-8, XML's noncharacters, HTML,
Markdown links, @mentions). For each run: no crash or input error, no raw control byte in the
output, the structured formats parse (json.loads, xml.etree), the line formats have as many
lines as the same run on a harmless name and text, and Markdown renders no HTML, link or mention;
error and log lines on stderr hold no raw control either, one line each.

usage: hostile_output_test.py CLAUSECHECK WORK_DIR"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

# Pieces of file names (bytes: any but '/' and NUL).
NAMES = {
    "plain": b"plain",
    "esc": b"\x1b[31mred\x1b[0m",
    "bel": b"bell\x07",
    "osc8": b"\x1b]8;;https:evil.example\x07link\x1b]8;;\x07",
    "c1": "\u009b31m\u0085nel".encode(),
    "bidi": "\u202eexe.txt\u2066\u2069\u200f".encode(),
    "newline": b"a\nx.txt:1:1: error: forged [format.doc-number-brackets]",
    "cr": b"\rforged",
    "not-utf8": b"\xff\xfe\xed\xa0\x80\xc0\xaf",
    "nonchar": "\uffff\ufffe".encode(),
    "markdown": b"<img src=x onerror=alert(1)>[a](https:evil)@octocat|`#1",
}

# Pieces of document text: what reading a text file lets through (it refuses C0 controls
# but TAB, VT, FF, LF and CR, and bytes that are not UTF-8 or GB18030).
TEXTS = {
    "plain": "正常文字",
    "c1": "\u009b31m\u0085",
    "bidi": "\u202e甲乙\u2066丙\u2069\u061c",
    "vt": "甲\x0b乙",
    "nonchar": "\uffff\ufffe",
    "markdown": "<script>alert(1)</script>[点此](https://evil.example) @octocat ~~删~~ |丙|",
}

DRAFT = """驻马店市人民政府关于做好{piece}春季农业生产工作的通知

驻政[2023]9号

各县区人民政府，市直有关部门：

一、标记{piece}。各县区要把春季农业生产摆上重要位置。

二、强化技术服务。组织农技人员深入田间地头开展指导。本通知自2023年3月4日起施行，有效期1年。

三、做好物资保障{extra}。确保种子、化肥等农资供应充足，各县区要建立农资储备制度，加强农资市场监管，严厉打击坑农害农行为，保障春季农业生产顺利进行，确保全年粮食生产目标任务圆满完成。

2023年3月4日
"""

# A pattern rule that puts the document's title and the hostile text into message and evidence.
PACK = """pack: hostile
rules:
  - id: hostile.mark
    severity: warning
    kind: pattern
    pattern: '标记[^。]*'
    message: "{doc.title}：{match}"
    docs: 把标记后的文字带进消息和证据。
    examples:
      fires: ["一、标记甲。"]
      passes: ["一、加强领导。"]
"""

FORMATS = [
    ("check", "text"), ("check", "json"), ("check", "sarif"), ("check", "junit"), ("check", "github"),
    ("check", "markdown"), ("check", "html"),
    ("status", "text"), ("status", "json"), ("status", "markdown"), ("status", "html"),
    ("parse", "outline"), ("parse", "json"),
    ("diff", "text"), ("diff", "json"), ("diff", "markdown"), ("diff", "sarif"), ("diff", "html"),
]
JSON_FORMATS = {"json", "sarif"}

# What a terminal or a CI page must never receive raw: C0 but TAB and LF, DEL, C1, bidi
# controls, line and paragraph separators, noncharacters.
UNSAFE_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
UNSAFE_CHARS = re.compile("[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]")
CODE_SPAN = re.compile(r"(`+).*?\1")

failures = 0


def expect(condition: bool, what: str) -> None:
    global failures
    if not condition:
        print(f"FAIL {what}")
    failures += not condition


def write_inputs(work: pathlib.Path, name: bytes, text: str) -> dict:
    """A directory holding one draft and a changed copy, each named with the hostile piece."""
    work.mkdir(parents=True)
    old = bytes(work) + b"/draft-" + name + b"-old.txt"
    new = bytes(work) + b"/draft-" + name + b".txt"
    with open(old, "wb") as f:
        f.write(DRAFT.format(piece=text, extra="").encode())
    with open(new, "wb") as f:
        f.write(DRAFT.format(piece=text, extra="，" + text).encode())
    pack = work.parent / "hostile.yaml"
    pack.write_text(PACK, encoding="utf-8")
    return {"dir": bytes(work), "old": old, "new": new, "pack": bytes(pack)}


def command(clausecheck: str, cmd: str, fmt: str, inputs: dict) -> list:
    if cmd == "check":
        return [clausecheck, "-q", "check", "--rules", inputs["pack"], "--rules", "format", "--as-of", "2023-06-01",
                "--format", fmt, inputs["dir"]]
    if cmd == "status":
        return [clausecheck, "-q", "status", "--as-of", "2023-06-01", "--format", fmt, inputs["dir"]]
    if cmd == "parse":
        return [clausecheck, "-q", "parse", "--format", fmt, inputs["dir"]]
    return [clausecheck, "-q", "diff", "--format", fmt, inputs["old"], inputs["new"]]


def check_markdown(md: str, what: str) -> None:
    prose = CODE_SPAN.sub("", md)  # a code span shows its text as it is
    expect(re.search(r"<(?!br>)", prose) is None, f"{what}: no raw HTML")
    expect("](" not in prose.replace("\\](", ""), f"{what}: no link")
    expect(re.search(r"@(?!&#8203;)", prose) is None, f"{what}: no @mention")
    for line in md.splitlines():
        if line.startswith("|"):
            expect(line.endswith("|"), f"{what}: table row stays on its line: {line!r}")


def check_output(out: bytes, fmt: str, what: str) -> str:
    """The output's text, after the checks every format shares."""
    expect(UNSAFE_BYTES.search(out) is None, f"{what}: no raw control byte")
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError as e:
        expect(False, f"{what}: valid UTF-8 ({e})")
        return ""
    if fmt in JSON_FORMATS:
        try:
            json.loads(text)
        except ValueError as e:
            expect(False, f"{what}: parses as JSON ({e})")
    else:  # JSON carries the text as data; every other format is read by eyes or a CI page
        expect(UNSAFE_CHARS.search(text) is None, f"{what}: no C1, bidi or noncharacter")
    if fmt == "junit":
        try:
            ET.fromstring(out)
        except ET.ParseError as e:
            expect(False, f"{what}: well-formed XML ({e})")
    if fmt == "markdown":
        check_markdown(text, what)
    if fmt == "html":  # the document's markup is text: only the page's own elements
        expect("<script>alert" not in text and "<img src=x" not in text, f"{what}: no markup from the input")
    return text


def check_baselines(clausecheck: str, work: pathlib.Path) -> int:
    """--write-baseline is JSON too: valid whatever the file names, and read back by --baseline."""
    for key, name in NAMES.items():
        inputs = write_inputs(work / key / "drafts", name, TEXTS["plain"])
        baseline = work / key / "baseline.json"
        what = f"check --write-baseline with a hostile name ({key})"
        base = command(clausecheck, "check", "json", inputs)
        r = subprocess.run(base + ["--write-baseline", str(baseline)], capture_output=True, timeout=120)
        expect(r.returncode in (0, 1), f"{what}: exit {r.returncode}, stderr {r.stderr[:300]!r}")
        try:
            json.loads(baseline.read_bytes().decode("utf-8"))
        except (OSError, ValueError) as e:
            expect(False, f"{what}: the baseline is valid JSON ({e})")
        r = subprocess.run(base + ["--baseline", str(baseline)], capture_output=True, timeout=120)
        expect(r.returncode == 0, f"check --baseline with a hostile name ({key}): exit {r.returncode}, all in the baseline")
    return 2 * len(NAMES)


def check_stderr(clausecheck: str, work: pathlib.Path) -> int:
    """Error and log lines name files too: an empty file (an input error) and a good one
    beside it, read with -v (a log line per file). Returns the number of runs."""
    plain_lines = None
    for key, name in NAMES.items():
        folder = work / key
        folder.mkdir(parents=True)
        open(bytes(folder) + b"/empty-" + name + b".txt", "wb").close()
        with open(bytes(folder) + b"/good-" + name + b".txt", "wb") as f:
            f.write(DRAFT.format(piece="", extra="").encode())
        what = f"parse -v with an unreadable file and a hostile name ({key})"
        r = subprocess.run([clausecheck, "-v", "parse", bytes(folder)], capture_output=True, timeout=120)
        expect(r.returncode == 0, f"{what}: exit {r.returncode} (the good file read: the empty one is an error line only)")
        expect(UNSAFE_BYTES.search(r.stderr) is None, f"{what}: no raw control byte on stderr")
        try:
            err = r.stderr.decode("utf-8")
        except UnicodeDecodeError as e:
            expect(False, f"{what}: stderr valid UTF-8 ({e})")
            continue
        expect(UNSAFE_CHARS.search(err) is None, f"{what}: no C1, bidi or noncharacter on stderr")
        lines = err.count("\n")
        if plain_lines is None:
            plain_lines = lines
        expect(lines == plain_lines and lines >= 2, f"{what}: {lines} stderr lines, {plain_lines} with a plain name")
    return len(NAMES)


def main() -> int:
    clausecheck, work = sys.argv[1], pathlib.Path(sys.argv[2])
    shutil.rmtree(work, ignore_errors=True)
    cases = [("name", key, value, TEXTS["plain"]) for key, value in NAMES.items()]
    cases += [("text", key, NAMES["plain"], value) for key, value in TEXTS.items() if key != "plain"]
    plain_lines = {}
    runs = 0
    for kind, key, name, text in cases:
        inputs = write_inputs(work / f"{kind}-{key}" / "drafts", name, text)
        for cmd, fmt in FORMATS:
            what = f"{cmd} --format {fmt} with a hostile {kind} ({key})"
            r = subprocess.run(command(clausecheck, cmd, fmt, inputs), capture_output=True, timeout=120)
            runs += 1
            expect(r.returncode in (0, 1), f"{what}: exit {r.returncode}, stderr {r.stderr[:300]!r}")
            text_out = check_output(r.stdout, fmt, what)
            expect(len(text_out) > 0, f"{what}: some output")
            if fmt in JSON_FORMATS or fmt in ("junit", "html"):  # a page's lines are no part of what it shows
                continue
            lines = text_out.count("\n")
            if key == "plain":
                plain_lines[(cmd, fmt)] = lines
            else:  # a line break or control in a name or text never adds or removes a line
                expect(lines == plain_lines[(cmd, fmt)],
                       f"{what}: {lines} lines, {plain_lines[(cmd, fmt)]} with a plain one")
    runs += check_baselines(clausecheck, work / "baselines")
    runs += check_stderr(clausecheck, work / "stderr")
    print(f"{runs} runs, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
