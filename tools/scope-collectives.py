#!/usr/bin/env python3
"""Rewrites gold agency labels to the place-scoped collective convention (CONVENTIONS.md, Agencies).

The same rule as CollectiveScope: a label opening with a collective of gazetteer/collectives.tsv, or with a 各…
qualifier, takes the document's jurisdiction name in front (各有关部门 in a 开平市 plan → 开平市各有关部门). National
documents are left alone. Usage: tools/scope-collectives.py FILE.tsv FILE=PLACE ... (rewrites FILE.tsv in place).
"""
import re
import sys

rules = []
with open("src/main/resources/gazetteer/collectives.tsv", encoding="utf-8") as f:
    rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
for kind, pattern in rows[1:]:
    if kind == "collective" or kind == "qualifier" and pattern.startswith("各"):
        rules.append(re.compile(pattern))


def scoped(label, place):
    return place + label if place and any(r.match(label) for r in rules) else label


path, places = sys.argv[1], dict(a.split("=", 1) for a in sys.argv[2:])
with open(path, encoding="utf-8") as f:
    lines = f.read().split("\n")
out = []
for i, line in enumerate(lines):
    cells = line.split("\t")
    if i > 0 and len(cells) > 1 and cells[0] in places:
        cells[-1] = scoped(cells[-1], places[cells[0]])
    out.append("\t".join(cells))
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
