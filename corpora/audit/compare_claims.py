#!/usr/bin/env python3
"""Compare the blind claim labels with the gold claims.

Reads corpora/audit/claims-<lang>-<split>.jsonl (one object per gold claim:
id, claim index, kind, polarity, note) and the matching gold file, and prints
agreement on `kind` (the main kind), on `kind` within gold `kinds`, and on
`polarity`, plus Cohen's kappa for both.

Usage: python3 corpora/audit/compare_claims.py            # table
       python3 corpora/audit/compare_claims.py -v en dev  # list disagreements
"""
import collections
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    left = collections.Counter(a for a, _ in pairs)
    right = collections.Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def load(lang, split):
    gold = {}
    for line in open(os.path.join(ROOT, lang, split, "gold.jsonl"), encoding="utf-8"):
        doc = json.loads(line)
        for index, claim in enumerate(doc["gold"]["claims"]):
            gold[(doc["id"], index)] = claim
    path = os.path.join(ROOT, "audit", f"claims-{lang}-{split}.jsonl")
    if not os.path.exists(path):
        return gold, None
    audit = {}
    for line in open(path, encoding="utf-8"):
        label = json.loads(line)
        audit[(label["id"], label["claim"])] = label
    return gold, audit


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    langs = [args[0]] if args else ["en", "fr", "it", "nl"]
    splits = [args[1]] if len(args) > 1 else ["dev", "test"]
    print("| lang | split | n | kind | kind in kinds | polarity | kappa kind | kappa polarity |")
    print("|---|---|---|---|---|---|---|---|")
    total = collections.Counter()
    for lang in langs:
        for split in splits:
            gold, audit = load(lang, split)
            if audit is None:
                continue
            missing = set(gold) - set(audit)
            if missing:
                print(f"{lang}-{split}: {len(missing)} claims not labelled", file=sys.stderr)
            keys = sorted(set(gold) & set(audit))
            kinds = [(audit[k]["kind"], gold[k]["kind"]) for k in keys]
            pols = [(audit[k]["polarity"], gold[k]["polarity"]) for k in keys]
            in_kinds = sum(audit[k]["kind"] in gold[k]["kinds"] for k in keys)
            n = len(keys)
            same_kind = sum(a == b for a, b in kinds)
            same_pol = sum(a == b for a, b in pols)
            total.update(n=n, kind=same_kind, in_kinds=in_kinds, pol=same_pol)
            print(f"| {lang} | {split} | {n} | {same_kind} ({same_kind / n:.0%}) | "
                  f"{in_kinds} ({in_kinds / n:.0%}) | {same_pol} ({same_pol / n:.0%}) | "
                  f"{kappa(kinds):.2f} | {kappa(pols):.2f} |")
            if verbose:
                for k in keys:
                    g, a = gold[k], audit[k]
                    if g["kind"] != a["kind"] or g["polarity"] != a["polarity"]:
                        print(f"  {k[0]}#{k[1]} gold {g['kind']}/{g['polarity']} {g['kinds']}"
                              f" audit {a['kind']}/{a['polarity']}  {a['note']}\n"
                              f"    {g['sentence']}")
    n = total["n"]
    if n and len(langs) * len(splits) > 1:
        print(f"| **all** | | {n} | {total['kind']} ({total['kind'] / n:.0%}) | "
              f"{total['in_kinds']} ({total['in_kinds'] / n:.0%}) | {total['pol']} ({total['pol'] / n:.0%}) | | |")


if __name__ == "__main__":
    main(sys.argv[1:])
