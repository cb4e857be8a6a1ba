#!/usr/bin/env python3
"""Compare the blind audit labels with gold: per-field agreement (-v: axis disagreements, -v -c: also channels).

Run from the repository root: python3 corpora/audit/compare.py [-v [-c]]
"""
import json, sys
langs = ["en", "fr", "it", "nl"]; splits = ["dev", "test"]
def load(p): return {d["id"]: d for d in map(json.loads, open(p, encoding="utf-8"))}
rows = []
for l in langs:
    for s in splits:
        gold = load(f"corpora/{l}/{s}/gold.jsonl"); aud = load(f"corpora/audit/{l}-{s}.jsonl")
        n = len(gold); pp = io = ch = 0; chj = 0.0
        for i, g in gold.items():
            a = aud[i]; gg = g["gold"]
            pp += gg["push_pull"] == a["push_pull"]; io += gg["inbound_outbound"] == a["inbound_outbound"]
            gs, as_ = set(gg["channels"]), set(a["channels"])
            ch += gs == as_; chj += (len(gs & as_) / len(gs | as_)) if gs | as_ else 1.0
            if "-v" in sys.argv:
                for f in ("push_pull", "inbound_outbound"):
                    if gg[f] != a[f]: print(f"{i}\t{f}\tgold={gg[f]}\taudit={a[f]}\t#{a['note']}")
                if gs != as_ and "-c" in sys.argv:
                    print(f"{i}\tchannels\tgold-only={sorted(gs-as_)}\taudit-only={sorted(as_-gs)}")
        rows.append((l, s, n, pp, io, ch, chj / n))
if "-v" not in sys.argv:
    print("lang split n push_pull inbound_outbound channels_exact channels_jaccard")
    for r in rows: print(f"{r[0]} {r[1]} {r[2]} {r[3]} ({r[3]/r[2]:.0%}) {r[4]} ({r[4]/r[2]:.0%}) {r[5]} ({r[5]/r[2]:.0%}) {r[6]:.2f}")
