#!/usr/bin/env python3
"""Sorts the format.numbering-gap errors on the in-force laws corpus by cause.

    numbering_gaps.py CLAUSECHECK [CORPUS_DIR]   (default: $CLAUSECHECK_CORPUS_DIR)

Runs `clausecheck check --rules format` over the files METADATA.tsv marks in
force (expired 0), reads each gap finding against the file's clause model
(`clausecheck parse --format json`) and its text, and prints the findings
grouped by cause, with counts (docs/rules.md, "Error findings on the laws
corpus"):

- heading-missing: a 章, 节 or 编 whose number skips while the articles run on
  across it without a break: the skipped headings are not in the copy;
- item-number-lost: an item whose paragraph before is unnumbered text (not
  the line that opens the list): the number of the item it was was lost;
- article: an article number that skips (lost, misprinted or run into the
  line before), listed one by one;
- other: anything else. Those known are listed in KNOWN_OTHER with the
  reason; an unknown one fails the run (exit 1), so a new kind of gap is read
  before it is counted. Exit 77 when no corpus is given.
"""
import csv
import json
import os
import subprocess
import sys
from collections import defaultdict

# Gaps read one by one that fit none of the causes above, by file name.
# None since 宪法修正案（2018年）'s unquoted 第七节 and 第一百二十三条… were read as the
# amended law's numbering (docs/rules.md).
KNOWN_OTHER = {}

HEADING_STYLES = {"第X章", "第X节", "第X编"}
ARTICLE_STYLE = "第X条"


def clauses_of(doc):
    """Every clause of a document and its attachments, in document order."""
    out = []

    def walk(cs):
        for c in cs:
            out.append(c)
            walk(c.get("children", []))

    walk(doc["clauses"])
    for a in doc.get("attachments", []):
        out.extend(clauses_of(a))
    return out


def classify(binary, path, findings):
    parsed = json.loads(subprocess.run([binary, "parse", "--format", "json", path], check=True,
                                       capture_output=True, text=True).stdout)
    clauses = [c for d in parsed["files"][0]["documents"] for c in clauses_of(d)]
    starts = {c["span"]["line"] for c in clauses}
    lines = open(path, encoding="utf-8").read().split("\n")
    articles = sorted((c["span"]["line"], c["value"]) for c in clauses if c["style"] == ARTICLE_STYLE)
    out = []
    for f in findings:
        line = f["line"]
        clause = next((c for c in clauses if c["span"]["line"] == line), None)
        style = clause["style"] if clause else ""
        for name, why in KNOWN_OTHER.items():
            if path.endswith(name):
                out.append(("other", f, why))
                break
        else:
            if style in HEADING_STYLES:
                before = [v for ln, v in articles if ln < line]
                after = [v for ln, v in articles if ln > line]
                runs_on = before and after and after[0] == before[-1] + 1
                out.append(("heading-missing" if runs_on else "other", f, ""))
            elif style == ARTICLE_STYLE:
                out.append(("article", f, ""))
            else:
                prev = line - 2
                while prev >= 0 and not lines[prev].strip():
                    prev -= 1
                text = lines[prev].strip() if prev >= 0 else ""
                unnumbered = prev >= 0 and (prev + 1) not in starts and not text.endswith(("：", ":"))
                out.append(("item-number-lost" if unnumbered else "other", f, ""))
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("CLAUSECHECK_CORPUS_DIR", "")
    laws = os.path.join(corpus, "laws")
    if not corpus or not os.path.isfile(os.path.join(laws, "METADATA.tsv")):
        print("no laws corpus (CLAUSECHECK_CORPUS_DIR): skipped")
        return 77
    with open(os.path.join(laws, "METADATA.tsv"), encoding="utf-8") as f:
        in_force = [r["path"] for r in csv.DictReader(f, delimiter="\t") if r["expired"] == "0"]
    in_force = [p for p in in_force if os.path.isfile(os.path.join(laws, p))]
    # One run over the files of the laws corpus in force (the argument list, in chunks).
    gaps = defaultdict(list)
    for at in range(0, len(in_force), 500):
        chunk = [os.path.join(laws, p) for p in in_force[at:at + 500]]
        run = subprocess.run([binary, "check", "--rules", "format", "--format", "json", "--as-of", "2026-12-01",
                              "--fail-on", "never", "--no-config-discovery", *chunk],
                             capture_output=True, text=True, check=True)
        for f in json.loads(run.stdout)["findings"]:
            if f["rule"] == "format.numbering-gap" and f["severity"] == "error":
                gaps[f["file"]].append(f)
    groups = defaultdict(list)
    for path in sorted(gaps):
        for cause, f, why in classify(binary, path, gaps[path]):
            groups[cause].append((os.path.relpath(path, laws), f, why))
    total = sum(len(v) for v in groups.values())
    print(f"format.numbering-gap on in-force laws: {total} in {len(gaps)} files")
    for cause in ("heading-missing", "item-number-lost", "article", "other"):
        found = groups.get(cause, [])
        print(f"\n{cause}: {len(found)} in {len({p for p, _, _ in found})} files")
        for path, f, why in found:
            print(f"  {path}:{f['line']}  {f['message']}" + (f"  ({why})" if why else ""))
    unknown = [(p, f) for p, f, why in groups.get("other", []) if not why]
    if unknown:
        print(f"\nFAILED: {len(unknown)} gaps of no known cause: read them, then fix or list them")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
