#!/usr/bin/env python3
"""Checks the hand annotation of the development set against its documents.

Run from anywhere: python3 tests/devset/verify.py. Prints OK or the list of problems.
Checks: every headline / first_line / boilerplate line occurs in its document; every quote is
found at its offset (code-point index) and line; every claim / event evidence occurs exactly
once; every quote speaker exists in speakers.jsonl; every speaker variant occurs in some document.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
T = {f: open(os.path.join(DOCS, f), encoding="utf-8").read() for f in os.listdir(DOCS)}


def load(name):
    with open(os.path.join(HERE, name + ".jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


A, Q, C, E, S = (load(n) for n in ("articles", "quotes", "claims", "events", "speakers"))
bad = []
for a in A:
    bad += [(a["doc"], k) for k in ("headline", "first_line") if a[k] and a[k] not in T[a["doc"]]]
    bad += [(a["doc"], b) for b in a["boilerplate_examples"] if b not in T[a["doc"]].split("\n")]
for q in Q:
    text = T[q["doc"]]
    if text[q["offset"]:q["offset"] + len(q["quote"])] != q["quote"]:
        bad.append((q["doc"], "offset", q["quote"][:40]))
    if text.count("\n", 0, q["offset"]) + 1 != q["line"]:
        bad.append((q["doc"], "line", q["quote"][:40]))
for x in C + E:
    if T[x["doc"]].count(x["evidence"]) != 1:
        bad.append((x["doc"], "evidence", x["evidence"][:40]))
names = {s["canonical"] for s in S}
bad += [(q["doc"], "speaker", q["speaker"]) for q in Q if q["speaker"] and q["speaker"] not in names]
for s in S:
    bad += [(s["canonical"], "variant", v) for v in s["variants"] if not any(v.lower() in t.lower() for t in T.values())]
print(bad or "OK")
sys.exit(1 if bad else 0)
