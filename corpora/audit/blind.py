#!/usr/bin/env python3
"""Print only id + text of a gold file, so audit labels are made without seeing gold.

Usage: python3 corpora/audit/blind.py corpora/it/test/gold.jsonl
"""
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(f"=== {d['id']}\n{d['text']}\n")
