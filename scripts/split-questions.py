#!/usr/bin/env python3
"""Splits a question set written by someone who never read the code into a tuning two thirds and a held-out third.

Usage: scripts/split-questions.py all.tsv tuningN.tsv heldoutN.tsv

A unit is a standalone question or a whole follow-up chain (kept together). Units are stratified by the family of their
first question and, within a family, ordered by a SHA-256 of their first id; every third unit goes to the held-out file.
Nobody chooses which questions are held out, and the same input always splits the same way.
"""
import hashlib
import sys
from collections import OrderedDict, defaultdict

source, tuning_path, heldout_path = sys.argv[1:4]
with open(source, encoding="utf-8") as f:
    lines = f.read().splitlines()
header, rows = lines[0], [line for line in lines[1:] if line.strip()]

units = OrderedDict()
for row in rows:
    cells = row.split("\t")
    if len(cells) != 8:
        sys.exit(f"not 8 columns: {row[:80]}")
    key = cells[0] if cells[1] == "-" else "chain:" + cells[1]
    units.setdefault(key, []).append(cells)

by_family = defaultdict(list)
for key, unit in units.items():
    by_family[unit[0][3]].append(unit)

held = set()
for family, family_units in by_family.items():
    family_units.sort(key=lambda u: hashlib.sha256(u[0][0].encode()).hexdigest())
    for i, unit in enumerate(family_units):
        if i % 3 == 1:
            held.add(unit[0][0])

with open(tuning_path, "w", encoding="utf-8") as t, open(heldout_path, "w", encoding="utf-8") as h:
    t.write(header + "\n")
    h.write(header + "\n")
    for unit in units.values():
        out = h if unit[0][0] in held else t
        for cells in unit:
            out.write("\t".join(cells) + "\n")

held_count = sum(len(u) for u in units.values() if u[0][0] in held)
print(f"{len(rows)} questions, {len(units)} units: tuning {len(rows) - held_count}, held-out {held_count} ({held_count / len(rows):.1%})")
