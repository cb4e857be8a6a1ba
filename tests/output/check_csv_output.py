#!/usr/bin/env python3
"""CSV output round trip: run vane into JSON Lines (the reference) and into
CSV with --csv-detail, read every CSV file with Python's csv module in strict
mode, and check that each cell says what the JSON record says.

usage: check_csv_output.py VANE WORKDIR INPUT...
"""
import csv
import io
import json
import math
import os
import subprocess
import sys

DOCUMENT_COLUMNS = [
    "id", "status", "lang", "lang_confidence", "lang_source",
    "push_pull", "push_score", "pull_score",
    "inbound_outbound", "inbound_score", "outbound_score",
    "channels", "channel_mentions", "claims",
    "claims_roi", "claims_measurability", "claims_cost", "claims_performance",
    "claims_positive", "claims_negative", "claims_neutral", "claims_comparative",
    "quantities", "chars", "words", "error_code", "error_message", "meta",
]
KINDS = ["roi", "measurability", "cost", "performance"]
POLARITIES = ["positive", "negative", "neutral"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(vane, args):
    # genre becomes each record's meta, so the meta column is exercised.
    result = subprocess.run([vane, "analyze", "-q", "-j", "2", "--keep-fields", "genre"] + args,
                            capture_output=True)
    if result.returncode > 1:
        sys.exit(f"vane {' '.join(args)} failed ({result.returncode}): {result.stderr.decode()}")


def read_csv(path, bom=False):
    with open(path, "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf") == bom, f"{path}: BOM expected {bom}")
    check(raw.endswith(b"\r\n"), f"{path}: last line does not end with CRLF")
    text = raw.decode("utf-8-sig" if bom else "utf-8")
    # strict: a stray quote or an unterminated quoted field is an error.
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    widths = {len(r) for r in rows}
    check(widths == {len(rows[0])}, f"{path}: rows of {sorted(widths)} fields")
    # RFC 4180 line ends: every record ends with CRLF, so the number of CRLFs
    # outside quoted fields is the number of rows.
    outside_quotes = "".join(part for i, part in enumerate(text.split('"')) if i % 2 == 0)
    check(outside_quotes.count("\r\n") == len(rows) and outside_quotes.count("\n") == len(rows),
          f"{path}: line ends are not all CRLF")
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows


def num(cell):
    return None if cell == "" else float(cell)


def same_number(cell, value):
    if value is None:
        return cell == ""
    return cell != "" and math.isclose(float(cell), float(value), rel_tol=0, abs_tol=1e-12)


def count_cell(record, n):
    return "" if record["status"] != "ok" else str(n)


def first_mention_order(record):
    firsts = []
    for channel in record.get("channels", []):
        if channel["mentions"]:
            firsts.append((min(m["start"] for m in channel["mentions"]), channel["id"]))
    seen, ids = set(), []
    for _, cid in sorted(firsts, key=lambda f: f[0]):
        if cid not in seen:
            seen.add(cid)
            ids.append(cid)
    return ";".join(ids)


def check_document_row(row, record):
    where = f"document {record['id']}"
    ok = record["status"] == "ok"
    check(row["id"] == record["id"], f"{where}: id {row['id']!r}")
    check(row["status"] == record["status"], f"{where}: status")
    lang = record.get("lang")
    check(row["lang"] == (lang["code"] if lang else ""), f"{where}: lang")
    check(same_number(row["lang_confidence"], lang["confidence"] if lang else None), f"{where}: lang_confidence")
    check(row["lang_source"] == (lang["source"] if lang else ""), f"{where}: lang_source")
    for axis, a, b in (("push_pull", "push", "pull"), ("inbound_outbound", "inbound", "outbound")):
        check(row[axis] == (record[axis]["label"] if ok else ""), f"{where}: {axis}")
        for side in (a, b):
            check(same_number(row[f"{side}_score"], record[axis]["scores"][side] if ok else None),
                  f"{where}: {side}_score {row[f'{side}_score']}")
    claims = record.get("roi_claims", [])
    check(row["channels"] == (first_mention_order(record) if ok else ""), f"{where}: channels {row['channels']}")
    check(row["channel_mentions"] == count_cell(record, sum(len(c["mentions"]) for c in record.get("channels", []))),
          f"{where}: channel_mentions")
    check(row["claims"] == count_cell(record, len(claims)), f"{where}: claims")
    for kind in KINDS:
        check(row[f"claims_{kind}"] == count_cell(record, sum(kind in c["kinds"] for c in claims)),
              f"{where}: claims_{kind}")
    for polarity in POLARITIES:
        check(row[f"claims_{polarity}"] == count_cell(record, sum(c["polarity"] == polarity for c in claims)),
              f"{where}: claims_{polarity}")
    check(row["claims_comparative"] == count_cell(record, sum(c["comparative"] for c in claims)),
          f"{where}: claims_comparative")
    check(row["quantities"] == count_cell(record, sum(len(c["quantities"]) for c in claims)), f"{where}: quantities")
    stats = record.get("stats", {})
    check(row["chars"] == str(stats.get("chars", "")), f"{where}: chars")
    check(row["words"] == str(stats.get("words", "")), f"{where}: words")
    error = record.get("error", {})
    check(row["error_code"] == error.get("code", ""), f"{where}: error_code")
    check(row["error_message"] == error.get("message", ""), f"{where}: error_message")
    check((json.loads(row["meta"]) if row["meta"] else None) == record.get("meta"), f"{where}: meta")


def check_span(row, span, where):
    check(row["start"] == str(span["start"]) and row["end"] == str(span["end"]), f"{where}: offsets")
    check(row["text"] == span["text"], f"{where}: text {row['text']!r} != {span['text']!r}")


def check_details(detail_dir, records):
    expected_mentions, expected_claims, expected_quantities, expected_evidence = [], [], [], []
    for r in records:
        ordinal = 0
        for channel in r.get("channels", []):
            for m in channel["mentions"]:
                ordinal += 1
                expected_mentions.append((r["id"], ordinal, channel, m))
        for n, claim in enumerate(r.get("roi_claims", []), 1):
            expected_claims.append((r["id"], n, claim))
            for q_no, q in enumerate(claim["quantities"], 1):
                expected_quantities.append((r["id"], n, q_no, q))
        for axis in ("push_pull", "inbound_outbound"):
            for e_no, ev in enumerate(r.get(axis, {}).get("evidence", []), 1):
                expected_evidence.append((r["id"], axis, e_no, ev))

    _, rows, _ = read_csv(os.path.join(detail_dir, "channel_mentions.csv"))
    check(len(rows) == len(expected_mentions), f"channel_mentions.csv: {len(rows)} rows, {len(expected_mentions)} mentions")
    for row, (doc_id, ordinal, channel, m) in zip(rows, expected_mentions):
        where = f"mention {doc_id}#{ordinal}"
        check(row["document_id"] == doc_id and row["ordinal"] == str(ordinal), where)
        check(row["channel_id"] == channel["id"] and row["direction"] == channel["direction"], where)
        check_span(row, m, where)

    _, rows, _ = read_csv(os.path.join(detail_dir, "claims.csv"))
    check(len(rows) == len(expected_claims), f"claims.csv: {len(rows)} rows, {len(expected_claims)} claims")
    for row, (doc_id, n, claim) in zip(rows, expected_claims):
        where = f"claim {doc_id}#{n}"
        check(row["document_id"] == doc_id and row["claim_no"] == str(n), where)
        check(row["kind"] == claim["kind"] and row["kinds"] == ";".join(claim["kinds"]), f"{where}: kinds")
        check(row["polarity"] == claim["polarity"], f"{where}: polarity")
        check(row["comparative"] == ("1" if claim["comparative"] else "0"), f"{where}: comparative")
        check(row["subjects"] == ";".join(claim["subjects"]), f"{where}: subjects")
        check(row["quantities"] == str(len(claim["quantities"])), f"{where}: quantities")
        check_span(row, claim, where)

    _, rows, _ = read_csv(os.path.join(detail_dir, "quantities.csv"))
    check(len(rows) == len(expected_quantities), f"quantities.csv: {len(rows)} rows")
    for row, (doc_id, n, q_no, q) in zip(rows, expected_quantities):
        where = f"quantity {doc_id}#{n}.{q_no}"
        check(row["document_id"] == doc_id and row["claim_no"] == str(n) and row["ordinal"] == str(q_no), where)
        check(row["type"] == q["type"] and same_number(row["value"], q["value"]), f"{where}: value")
        check(row["currency"] == q.get("currency", ""), f"{where}: currency")
        check_span(row, q, where)

    _, rows, _ = read_csv(os.path.join(detail_dir, "evidence.csv"))
    check(len(rows) == len(expected_evidence), f"evidence.csv: {len(rows)} rows")
    for row, (doc_id, axis, e_no, ev) in zip(rows, expected_evidence):
        where = f"evidence {doc_id} {axis}#{e_no}"
        check(row["document_id"] == doc_id and row["axis"] == axis and row["ordinal"] == str(e_no), where)
        check(row["side"] == ev["side"] and row["cue"] == ev["cue"], f"{where}: side/cue")
        check(same_number(row["weight"], ev["weight"]), f"{where}: weight")
        check_span(row, ev, where)
    return len(expected_mentions), len(expected_claims)


def main():
    vane, workdir, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(workdir, exist_ok=True)
    jsonl = os.path.join(workdir, "reference.jsonl")
    documents_csv = os.path.join(workdir, "documents.csv")
    detail_dir = os.path.join(workdir, "detail")
    run(vane, inputs + ["-o", jsonl])
    run(vane, inputs + ["-o", documents_csv, "--csv-detail", detail_dir])
    with open(jsonl, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]

    header, rows, _ = read_csv(documents_csv)
    check(header == DOCUMENT_COLUMNS, f"header {header}")
    check(len(rows) == len(records), f"{len(rows)} rows for {len(records)} records")
    for row, record in zip(rows, records):
        check_document_row(row, record)
    mentions, claims = check_details(detail_dir, records)
    check(mentions > 100 and claims > 50, f"too little to test: {mentions} mentions, {claims} claims")
    check(any(record["status"] != "ok" for record in records), "no error record in the input")
    check(any("meta" in record for record in records), "no record with meta in the input")

    bom_csv = os.path.join(workdir, "bom.csv")
    run(vane, inputs + ["-o", bom_csv, "--csv-bom"])
    _, bom_rows, _ = read_csv(bom_csv, bom=True)
    check(bom_rows == rows, "--csv-bom changes more than the first three bytes")

    if failures:
        print("\n".join(failures[:50]), file=sys.stderr)
        sys.exit(f"{len(failures)} mismatches")
    print(f"{len(rows)} documents, {mentions} mentions, {claims} claims: CSV agrees with JSON Lines")


if __name__ == "__main__":
    main()
