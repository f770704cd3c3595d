#!/usr/bin/env python3
"""Checks the hand annotation of a development set against its documents.

Run from anywhere: python3 tests/devset2/verify.py [SET_FOLDER] (default: this folder; the
devset3 checker calls it with its own). Prints OK or the list of problems.
Checks: every headline / first_line / boilerplate line occurs in its document; every quote is
found at its offset (code-point index) and line; every claim / event evidence occurs exactly
once; every quote speaker exists in speakers.jsonl; every speaker variant occurs in some document;
every body/headline item lies inside its article's line span; the line of every claim / event
matches its evidence; a quote not flagged malformed sits between an opening and a closing mark.
"""
import json
import os
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
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
span = {(a["doc"], a["index"]): (a["line_start"], a["line_end"]) for a in A}
for x in Q + C + E:
    if x.get("zone", "body") == "related":
        if x["article_index"] is not None:
            bad.append((x["doc"], "related item with an article_index", x["line"]))
        continue
    lo, hi = span.get((x["doc"], x["article_index"]), (0, -1))
    if not lo <= x["line"] <= hi:
        bad.append((x["doc"], "outside its article", x["line"]))
for x in C + E:
    text = T[x["doc"]]
    if x["evidence"] in text and text.count("\n", 0, text.index(x["evidence"])) + 1 != x["line"]:
        bad.append((x["doc"], "evidence line", x["evidence"][:40]))
OPEN, CLOSE = '"\u201c\u00ab\u201e\u2018', '"\u201d\u00bb\u201c\u2019'
for q in Q:
    text, o = T[q["doc"]], q["offset"]
    k = o + len(q["quote"])
    if not q["malformed"] and (o == 0 or text[o - 1] not in OPEN or k >= len(text) or text[k] not in CLOSE):
        bad.append((q["doc"], "not delimited", q["quote"][:40]))
print(bad or "OK")
sys.exit(1 if bad else 0)
