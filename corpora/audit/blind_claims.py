#!/usr/bin/env python3
"""Print every gold claim sentence with its neighbours, without the gold labels.

The claim audit labels kind and polarity from SPEC.md alone, so this shows
only the document id, the claim index, the sentence before, the claim
sentence and the sentence after (neighbours cut to 200 characters).

Usage: python3 corpora/audit/blind_claims.py corpora/it/test/gold.jsonl
"""
import json
import re
import sys

# A sentence ends at . ! ? … (optionally followed by closing quotes) before
# whitespace, or at a paragraph break; good enough to show context.
BOUNDARY = re.compile(r'(?<=[.!?…])["”»’)]*\s+|\n+')


def neighbours(text, sentence):
    start = text.find(sentence)
    if start < 0:
        return "?", "?"
    end = start + len(sentence)
    before = [s for s in BOUNDARY.split(text[:start]) if s.strip()]
    after = [s for s in BOUNDARY.split(text[end:]) if s.strip()]
    prev = before[-1].strip() if before else ""
    nxt = after[0].strip() if after else ""
    return prev[-200:], nxt[:200]


def main(path):
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        for index, claim in enumerate(doc["gold"]["claims"]):
            prev, nxt = neighbours(doc["text"], claim["sentence"])
            print(f"{doc['id']}#{index}\n  < {prev}\n  S {claim['sentence']}\n  > {nxt}")


if __name__ == "__main__":
    main(sys.argv[1])
