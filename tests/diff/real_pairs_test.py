#!/usr/bin/env python3
"""Scores `clausecheck diff` on real revision pairs against truth files written by hand.

For each tests/data/diff-pairs/<name>.tsv (old_article, new_article, kind; see the
README there) runs `clausecheck diff <name>/old.md <name>/new.md --format json`,
keeps the clause pairs whose old and new paths both end in an article (第X条,
第X条之Y); pairs of 章/节/款/项 are ignored (and, for a truth that covers only
part of a long document, pairs with no article of its scope), and scores:

  paired right  old articles with a counterpart that the tool pairs with one of them
  missed        old articles with a counterpart that the tool does not pair right
  spurious      tool pairs not in the truth (truth says deleted/inserted, or another article)
  merged/split  truth rows of kind merged / split that the tool pairs
  deleted/inserted right  truth-deleted old (inserted new) articles the tool leaves unpaired

Usage: real_pairs_test.py CLAUSECHECK_BINARY DATA_DIR
Fails when a pair falls under its floor (FLOORS below).
"""
import json
import os
import re
import subprocess
import sys

# Floors measured on 2026-12-06 (branch diff2: far search in long laws by rare bigrams, articles that
# became items merged, weak gap pairs undone by them). The target is >= 95 % paired right and
# 0 spurious pairs on every pair. Raise a floor when the alignment improves; never lower one without
# saying why in the commit.
# name: (minimum paired right %, maximum spurious pairs)
# A pair not listed here is held to the target.
FLOORS = {
    "fan-jiandie": (100.0, 0),            # 40/40, held out
    "intl-commercial-court": (100.0, 0),  # 19/19
    "ip-court": (100.0, 0),               # 10/10
    "jiancha-guize": (93.7, 0),           # 30/32: 第八条 merged into 第十三条, 第十三条 rewritten
    "kuaiji": (100.0, 0),                 # 50/50 since pieces sharing their neighbour's wording (branch diff)
    "xingzheng-fuyi": (95.1, 0),          # 39/41: 第八条 and 第二十二条, rewritten with little wording kept
}

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def numeral(s):
    if s.isdigit():
        return int(s)
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        elif ch in UNITS:
            section += (digit or 1) * UNITS[ch]
            digit = 0
        else:
            raise ValueError(s)
    return total + section + digit


ARTICLE = re.compile(r"^第([零〇一二两三四五六七八九十百千万0-9]+)条(?:之([零〇一二两三四五六七八九十百千万0-9]+))?$")


def article(path):
    """'第一章/第十七条之一' -> '17-1'; None unless the path's last part is an article."""
    if not path:
        return None
    m = ARTICLE.match(path.split("/")[-1])
    if not m:
        return None
    a = str(numeral(m.group(1)))
    return a + "-" + str(numeral(m.group(2))) if m.group(2) else a


SCOPE = re.compile(r"^# scope: old (\d+)-(\d+) new (\d+)-(\d+)$")


def read_truth(path):
    """The truth rows and the scope: (old first, old last, new first, new last) when the
    truth covers only these articles (a '# scope: old A-B new C-D' line), else None."""
    rows, scope = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = SCOPE.match(line)
            if m:
                scope = tuple(int(g) for g in m.groups())
            if not line or line.startswith("#") or line.startswith("old_article\t"):
                continue
            old, new, kind = line.split("\t")
            rows.append((old or None, new or None, kind))
    return rows, scope


def in_scope(scope, old, new):
    """Whether a tool pair is one the truth speaks of: an article of its scope on either side."""
    if scope is None:
        return True
    base = lambda a: int(a.split("-")[0])
    return scope[0] <= base(old) <= scope[1] or scope[2] <= base(new) <= scope[3]


def score(binary, data, name):
    truth, scope = read_truth(os.path.join(data, name + ".tsv"))
    out = subprocess.run([binary, "diff", os.path.join(data, name, "old.md"),
                          os.path.join(data, name, "new.md"), "--format", "json"],
                         capture_output=True, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{name}: clausecheck diff exited {out.returncode}: {out.stderr.decode()}")
    doc = json.loads(out.stdout)
    tool = set()
    for d in doc["documents"]:
        for c in d["clauses"]:
            o, n = article(c.get("old")), article(c.get("new"))
            if o and n and in_scope(scope, o, n):
                tool.add((o, n))
    pairs = {(o, n) for o, n, _ in truth if o and n}
    with_counterpart = {o for o, n in pairs}
    deleted = {o for o, n, k in truth if o and not n}
    inserted = {n for o, n, k in truth if n and not o}
    right = {o for o, n in tool if (o, n) in pairs}
    spurious = sorted(tool - pairs)
    missed = sorted(with_counterpart - right, key=lambda a: [int(x) for x in a.split("-")])
    tool_old = {o for o, _ in tool}
    tool_new = {n for _, n in tool}
    merged = [(o, n) for o, n, k in truth if k == "merged"]
    split = [(o, n) for o, n, k in truth if k == "split"]
    return {
        "old": len({o for o, _, _ in truth if o}), "new": len({n for _, n, _ in truth if n}),
        "with": len(with_counterpart), "right": len(right & with_counterpart),
        "missed": missed, "spurious": spurious,
        "merged": (sum(p in tool for p in merged), len(merged)),
        "split": (sum(p in tool for p in split), len(split)),
        "deleted": (len(deleted - tool_old), len(deleted)),
        "inserted": (len(inserted - tool_new), len(inserted)),
    }


def main():
    binary, data = sys.argv[1], sys.argv[2]
    names = sorted(f[:-4] for f in os.listdir(data) if f.endswith(".tsv"))
    failed = []
    print(f"{'pair':<24} {'old':>4} {'new':>4} {'paired right':>16} {'missed':>6} {'spurious':>8}"
          f" {'merged':>7} {'split':>7} {'deleted':>7} {'inserted':>8}")
    for name in names:
        s = score(binary, data, name)
        pct = 100.0 * s["right"] / s["with"] if s["with"] else 100.0
        frac = lambda t: f"{t[0]}/{t[1]}"
        print(f"{name:<24} {s['old']:>4} {s['new']:>4} {s['right']:>4}/{s['with']:<4} {pct:5.1f} %"
              f" {len(s['missed']):>6} {len(s['spurious']):>8} {frac(s['merged']):>7} {frac(s['split']):>7}"
              f" {frac(s['deleted']):>7} {frac(s['inserted']):>8}")
        if s["missed"]:
            print("    missed old articles:", " ".join(s["missed"]))
        if s["spurious"]:
            print("    spurious pairs:", " ".join(f"{o}->{n}" for o, n in s["spurious"]))
        floor_pct, max_spurious = FLOORS.get(name, (95.0, 0))
        if pct + 1e-9 < floor_pct or len(s["spurious"]) > max_spurious:
            failed.append(f"{name}: {pct:.1f} % paired right (floor {floor_pct}), "
                          f"{len(s['spurious'])} spurious (at most {max_spurious})")
    for f in failed:
        print("FAIL", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
