#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (docs/robustness.md, "Fuzzing").

    fuzz/make_seeds.py OUT        -> OUT/<target>/<seed> for every target

Seeds come from the repository: examples/ (drafts, revisions, and the seed
gazette split into its documents), the built-in rule packs, the rule
expressions inside them, and configs and a baseline in the shapes docs/ shows.
When CLAUSECHECK_CORPUS_DIR is set, a fixed sample of the laws corpus joins
the parse and diff seeds. Every seed is cut to MAX_BYTES at a line end, so a
long law does not make libFuzzer's inputs (whose length it takes from the
longest seed) slow to run.
"""
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 16 * 1024
LAWS_SAMPLE = 40


def cut(data: bytes) -> bytes:
    if len(data) <= MAX_BYTES:
        return data
    end = data.rfind(b"\n", 0, MAX_BYTES)
    return data[: end + 1 if end > 0 else MAX_BYTES]


def write(out: Path, target: str, data: bytes) -> None:
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    data = cut(data)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def gazette_documents(text: str) -> list[str]:
    """The seed gazette cut before each line that opens a document of the
    issuing government (驻马店市人民政府…关于…, on that line or the next)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for i, line in enumerate(lines):
        opens = line.startswith("驻马店市人民政府") and ("关于" in line or (i + 1 < len(lines) and lines[i + 1].startswith("关于")))
        if opens and i - starts[-1] > 5:
            starts.append(i)
    starts.append(len(lines))
    return ["".join(lines[a:b]) for a, b in zip(starts, starts[1:])]


def laws_sample() -> list[Path]:
    corpus = os.environ.get("CLAUSECHECK_CORPUS_DIR")
    if not corpus:
        return []
    laws = sorted(p for p in (Path(corpus) / "laws").glob("*/*") if p.suffix in (".md", ".txt"))
    step = max(1, len(laws) // LAWS_SAMPLE)
    return laws[::step][:LAWS_SAMPLE]


def documents() -> list[bytes]:
    examples = ROOT / "examples"
    docs = [p.read_bytes() for p in sorted(examples.glob("drafts/*.txt"))]
    docs += [p.read_bytes() for p in sorted(examples.glob("revisions/*/*.txt"))]
    gazette = (examples / "zhumadian-gazette-2023-02.txt").read_text(encoding="utf-8")
    docs += [d.encode() for d in gazette_documents(gazette)]
    docs += [p.read_bytes() for p in laws_sample()]
    return docs


def diff_pairs(docs: list[bytes]) -> list[bytes]:
    """OLD NUL NEW, as diff_fuzz.cpp splits them: each revision, and each
    document against the next one."""
    pairs = []
    for folder in sorted((ROOT / "examples" / "revisions").iterdir()):
        if (folder / "old.txt").exists():
            pairs.append((folder / "old.txt").read_bytes()[: MAX_BYTES // 2] + b"\0" + (folder / "new.txt").read_bytes()[: MAX_BYTES // 2])
    for a, b in zip(docs, docs[1:]):
        pairs.append(cut(a)[: MAX_BYTES // 2] + b"\0" + cut(b)[: MAX_BYTES // 2])
    return pairs


def expressions(packs: list[Path]) -> list[str]:
    """Every expression of the built-in packs (when, show, require), and the
    literals of each kind the language has."""
    found = []
    for pack in packs:
        for m in re.finditer(r"^\s+(?:when|show|require): (.+)$", pack.read_text(encoding="utf-8"), re.M):
            value = m.group(1).strip()
            if value[:1] in "'\"" and value[-1:] == value[:1]:
                value = value[1:-1]
            found.append(value)
    found += ["1y6m > 18m", "2024-03-04 < as_of", '"办法" in ["办法", "规定"]', "-(1 + 2) * 3 / 4 != null",
              "not true or false", 'clause.text matches "第.+条"', "doc.number.year >= 2023"]
    return found


CONFIGS = [
    "packs: [validity, format]\ndisable: [typos.repeated-char]\nseverity:\n  format.doc-number-brackets: error\n",
    "as_of: 2024-05-06\nwarning_days: 30\nday_count: civil_code\nfail_on: warning\n",
    "profile:\n  name: 省级\n  normative_cap_years: 5\n  trial_cap_years: 2\nnormative_types: [办法, 规定]\n",
    "suppress:\n  - rule: typos.*\n    file: drafts/a.txt\n    anchor: 驻政〔2023〕9号/二\n    evidence: 驻驻\n"
    "    line: 120\n    reason: 原文如此，已核对\n",
]

BASELINE = {
    "schema": "clausecheck/baseline@1",
    "findings": [
        {"fingerprint": "0123456789abcdef", "rule": "validity.expired", "severity": "error",
         "message": "文件已于2023-03-04失效", "file": "drafts/a.txt", "line": 3, "column": 1,
         "evidence": "有效期三年", "anchor": "驻政〔2023〕12号"},
        {"fingerprint": "fedcba9876543210", "rule": "typos.repeated-char", "severity": "warning",
         "message": "重复的字", "file": "b.txt", "line": 120, "column": 7, "evidence": "驻驻", "anchor": ""},
    ],
}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    docs = documents()
    for doc in docs:
        write(out, "parse", doc)
    for pair in diff_pairs(docs):
        write(out, "diff", pair)
    packs = sorted((ROOT / "rules").glob("*.yaml"))
    for pack in packs:
        write(out, "pack", pack.read_bytes())
    for expression in expressions(packs):
        write(out, "expr", expression.encode())
    for config in CONFIGS:
        write(out, "config", config.encode())
    write(out, "baseline", json.dumps(BASELINE, ensure_ascii=False, indent=2).encode())
    write(out, "baseline", json.dumps({"schema": "clausecheck/baseline@1", "findings": []}).encode())
    for target in sorted(p.name for p in out.iterdir()):
        print(f"{target}: {len(list((out / target).iterdir()))} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
