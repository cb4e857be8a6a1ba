#!/usr/bin/env python3
"""Turn my compact blind labels (id|push_pull|inbound_outbound|ch1,ch2 # note) into audit jsonl."""
import json, sys
out = open(sys.argv[2], "w", encoding="utf-8")
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    body, _, note = line.partition("#")
    i, pp, io, ch = [x.strip() for x in body.split("|")]
    chans = sorted({c.strip() for c in ch.split(",") if c.strip()})
    out.write(json.dumps({"id": i, "push_pull": pp, "inbound_outbound": io,
                          "channels": chans, "note": note.strip()}, ensure_ascii=False) + "\n")
