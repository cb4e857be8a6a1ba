#!/usr/bin/env python3
"""Validates vane records against schema/record.schema.json, and checks what a
schema cannot say: every span's text equals the slice of the input text it
points into (code point offsets, end exclusive).

usage: validate_records.py SCHEMA INPUT RECORDS.jsonl
INPUT is the JSON Lines file vane read, whose texts the spans are checked
against; for any other input (a directory, CSV, HTML) only the schema is.
Exits 1 with one line per problem.
"""
import json
import os
import sys

import jsonschema


def spans(record):
    """Yields every span object of an ok record."""
    for axis in ("push_pull", "inbound_outbound"):
        yield from record[axis]["evidence"]
    for channel in record["channels"]:
        yield from channel["mentions"]
    for claim in record["roi_claims"]:
        yield claim
        yield from claim["quantities"]


def main():
    schema_path, input_path, records_path = sys.argv[1:4]
    schema = json.load(open(schema_path, encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    texts = {}
    is_jsonl = input_path.endswith(".jsonl") and os.path.isfile(input_path)
    with open(input_path if is_jsonl else os.devnull, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            if isinstance(doc, dict) and isinstance(doc.get("text"), str) and "id" in doc:
                texts[str(doc["id"])] = doc["text"]

    problems = []
    count = 0
    with open(records_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            count += 1
            record = json.loads(line)
            for error in validator.iter_errors(record):
                problems.append(f"record {number} ({record.get('id')}): {error.message}")
            if record.get("status") != "ok":
                continue
            text = texts.get(record["id"])
            if text is None:
                continue
            if record["stats"]["chars"] != len(text):
                problems.append(f"record {number}: stats.chars {record['stats']['chars']} != {len(text)}")
            for span in spans(record):
                start, end = span["start"], span["end"]
                if not 0 <= start <= end <= len(text):
                    problems.append(f"record {number}: span {start}..{end} outside text of {len(text)}")
                elif text[start:end] != span["text"]:
                    problems.append(f"record {number}: span {start}..{end} is {text[start:end]!r}, "
                                    f"record says {span['text']!r}")
    for p in problems:
        print(p)
    print(f"{count} records checked, {len(problems)} problems")
    return 1 if problems or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
