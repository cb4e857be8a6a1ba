#!/usr/bin/env python3
"""End-to-end test of `vane report` in a real browser (headless Chromium).

  report_browser_test.py VANE SOURCE_DIR WORK_DIR [CHROMIUM]

Analyses every corpora/*/test/gold.jsonl plus a few special documents
(emoji before spans, "</script>" and "<!--" in a text, an error, an empty
text, an unsupported language), builds reports with and without --texts,
lets Chromium run the page's script (--dump-dom with a virtual time
budget) and checks the DOM against counts computed here from the JSON Lines:
chart bars (data-count), table totals, highlights in the document view.
Also renders a screenshot and a generated 10,000-document report.
Exits 77 (ctest: skipped) when Chromium is not installed.
"""
import glob
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time

VANE, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
CHROMIUM = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else shutil.which("chromium")

# SPEC.md: the default direction of every channel id.
OUTBOUND = {"tv", "radio", "print", "out_of_home", "direct_mail", "telemarketing", "sms", "display_ads",
            "paid_search", "paid_social", "video_ads", "events", "sales_force"}
NEUTRAL = {"email", "website", "loyalty_crm", "public_relations"}

SPECIAL_TEXT = ("😀🎉 <!-- </script> <b>not bold</b> TV advertising is costly and its ROI cannot be measured. "
                "SEO brings 30% more leads than TV at half the cost.")
SPECIAL_ID = "special-emoji"
ODD_ID = "odd </script><!-- id é"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


# ------------------------------------------------------------------ DOM

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find_all(self, tag=None, **attrs):
        return [n for n in self.walk() if (tag is None or n.tag == tag)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def by_id(self, element_id):
        found = [n for n in self.walk() if n.attrs.get("id") == element_id]
        return found[0] if found else None

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_dom(text):
    builder = TreeBuilder()
    builder.feed(text)
    return builder.root


# ------------------------------------------------------------- running

def run(args, expect_codes=(0,), **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    check(result.returncode in expect_codes,
          f"{' '.join(map(str, args))} exited {result.returncode}, wanted {expect_codes}: {result.stderr}")
    return result


def chromium(url, mode, budget_ms=10000, out=None):
    profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=WORK)
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}", "--window-size=1280,2000"]
    args += ["--dump-dom"] if mode == "dom" else [f"--screenshot={out}"]
    started = time.monotonic()
    try:
        result = subprocess.run(args + [url], capture_output=True, text=True, timeout=30)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    elapsed = time.monotonic() - started
    check(result.returncode == 0, f"chromium {mode} {url} exited {result.returncode}: {result.stderr[-2000:]}")
    return result.stdout, elapsed


def page_url(path, doc_id=None):
    url = "file://" + os.path.abspath(path)
    if doc_id is not None:
        from urllib.parse import quote
        url += "#doc=" + quote(doc_id, safe="")
    return url


# ------------------------------------------------------------ expected

def load_records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def expected_counts(records):
    counts = {"push_pull": {}, "inbound_outbound": {}, "channels": {}, "mentions": {}, "claims": {},
              "quantities": {}, "status": {}}
    for r in records:
        status_key = ("ok", "") if r["status"] == "ok" else (r["status"], r["error"]["code"])
        counts["status"][status_key] = counts["status"].get(status_key, 0) + 1
        if r["status"] != "ok":
            continue
        lang = r["lang"]["code"]
        for axis in ("push_pull", "inbound_outbound"):
            key = (lang, r[axis]["label"])
            counts[axis][key] = counts[axis].get(key, 0) + 1
        for c in r["channels"]:
            counts["channels"][c["id"]] = counts["channels"].get(c["id"], 0) + 1
            counts["mentions"][c["id"]] = counts["mentions"].get(c["id"], 0) + len(c["mentions"])
        for claim in r["roi_claims"]:
            key = (claim["kind"], claim["polarity"])
            counts["claims"][key] = counts["claims"].get(key, 0) + 1
            for q in claim["quantities"]:
                key = (q["type"], q.get("currency", ""))
                counts["quantities"][key] = counts["quantities"].get(key, 0) + 1
    return counts


def bars(dom, chart):
    return [r for r in dom.find_all("rect") if r.attrs.get("data-chart") == chart]


def check_charts(dom, records):
    want = expected_counts(records)
    langs = sorted({lang for lang, _ in want["push_pull"]})
    for axis, labels in (("push_pull", ("push", "pull", "mixed", "none")),
                         ("inbound_outbound", ("inbound", "outbound", "mixed", "none"))):
        got = {(b.attrs["data-lang"], b.attrs["data-label"]): int(b.attrs["data-count"]) for b in bars(dom, axis)}
        expected = {(lang, label): want[axis].get((lang, label), 0) for lang in langs for label in labels}
        check(got == expected, f"{axis} chart: got {got}, want {expected}")

    got = {b.attrs["data-channel"]: int(b.attrs["data-count"]) for b in bars(dom, "channels")}
    check(got == want["channels"], f"channel chart documents: got {got}, want {want['channels']}")
    got = {b.attrs["data-channel"]: int(b.attrs["data-mentions"]) for b in bars(dom, "channels")}
    check(got == want["mentions"], f"channel chart mentions: got {got}, want {want['mentions']}")
    for b in bars(dom, "channels"):
        cid = b.attrs["data-channel"]
        direction = "outbound" if cid in OUTBOUND else "neutral" if cid in NEUTRAL else "inbound"
        check(b.attrs["data-direction"] == direction, f"channel {cid} coloured {b.attrs['data-direction']}")

    got = {(b.attrs["data-kind"], b.attrs["data-polarity"]): int(b.attrs["data-count"])
           for b in bars(dom, "claims") if int(b.attrs["data-count"]) > 0}
    check(got == want["claims"], f"claims chart: got {got}, want {want['claims']}")
    got = {(b.attrs["data-type"], b.attrs.get("data-currency", "")): int(b.attrs["data-count"])
           for b in bars(dom, "quantities")}
    check(got == want["quantities"], f"quantities chart: got {got}, want {want['quantities']}")
    got = {(b.attrs["data-status"], b.attrs.get("data-code", "")): int(b.attrs["data-count"])
           for b in bars(dom, "status")}
    check(got == want["status"], f"status chart: got {got}, want {want['status']}")


def check_table(dom, total, label):
    count = dom.by_id("table-count")
    check(count is not None, f"{label}: no #table-count")
    if count is None:
        return
    check(count.attrs.get("data-total") == str(total), f"{label}: table total {count.attrs.get('data-total')} != {total}")
    check(count.attrs.get("data-count") == str(total), f"{label}: table count {count.attrs.get('data-count')} != {total}")
    rows = dom.by_id("doc-table-body").find_all("tr")
    check(len(rows) == min(50, total), f"{label}: {len(rows)} table rows on the first page")


def marks_text(container, kind, start, end):
    """The text of one span's marks (a span split by a crossing span has several)."""
    parts = [m for m in container.find_all("mark", data_kind=kind)
             if m.attrs.get("data-start") == str(start) and m.attrs.get("data-end") == str(end)]
    return "".join(m.text() for m in parts), len(parts)


def check_document_view(dom, record, text, label):
    content = dom.by_id("doc-view-content")
    check(content is not None and content.attrs.get("data-id") == record["id"],
          f"{label}: document view not open on {record['id']}")
    box = dom.by_id("doc-text")
    check(box is not None, f"{label}: no #doc-text")
    if box is None:
        return
    if text is not None:
        check(box.text() == text, f"{label}: document text differs from the input text")
    checked = 0
    for claim in record["roi_claims"]:
        got, parts = marks_text(box, "claim", claim["start"], claim["end"])
        check(got == claim["text"], f"{label}: claim {claim['start']}-{claim['end']} mark text {got!r} != {claim['text']!r}")
        check(parts >= 1, f"{label}: no claim mark")
        checked += 1
    for channel in record["channels"]:
        for m in channel["mentions"]:
            got, _ = marks_text(box, "channel", m["start"], m["end"])
            check(got == m["text"], f"{label}: channel {channel['id']} mark {got!r} != {m['text']!r}")
            marks = [x for x in box.find_all("mark", data_kind="channel") if x.attrs.get("data-start") == str(m["start"])]
            check(any(x.attrs.get("data-channel") == channel["id"] and channel["id"] in x.attrs.get("title", "")
                      for x in marks), f"{label}: channel mark without id/title")
            checked += 1
    for axis in ("push_pull", "inbound_outbound"):
        for e in record[axis]["evidence"]:
            got, _ = marks_text(box, "evidence", e["start"], e["end"])
            # Two evidence spans of both axes may share an extent: both marks are there.
            check(e["text"] in got, f"{label}: {axis} evidence mark {got!r} lacks {e['text']!r}")
            checked += 1
    return checked


# ----------------------------------------------------------------- main

def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    if not CHROMIUM or not os.path.exists(CHROMIUM):
        print("chromium not found; skipping the browser test (apt-get install chromium)", file=sys.stderr)
        return 77
    os.makedirs(WORK, exist_ok=True)
    started = time.monotonic()

    # Input: every test corpus plus special documents, written as analyze reads them.
    input_path = os.path.join(WORK, "input.jsonl")
    with open(input_path, "wb") as out:
        for gold in sorted(glob.glob(os.path.join(SOURCE, "corpora", "*", "test", "gold.jsonl"))):
            with open(gold, "rb") as f:
                out.write(f.read())
        specials = [
            {"id": SPECIAL_ID, "lang": "en", "text": SPECIAL_TEXT},
            {"id": ODD_ID, "text": "Our webinar series and the blog bring leads. " + SPECIAL_TEXT},
            {"id": "blank-text", "text": "   "},
            {"id": "german", "text": "Wir haben unsere Fernsehwerbung eingestellt und setzen jetzt ganz auf "
                                     "Suchmaschinenoptimierung, weil die Kunden uns selbst finden sollen."},
            {"id": "no-text-field"},
        ]
        for doc in specials:
            out.write(json.dumps(doc, ensure_ascii=False).encode("utf-8") + b"\n")
        out.write(b'{"id": "bad-utf8", "text": "caf\xe9 au lait"}\n')

    results_path = os.path.join(WORK, "results.jsonl")
    run([VANE, "analyze", "-q", "-o", results_path, input_path], expect_codes=(1,))
    records = load_records(results_path)
    by_id = {r["id"]: r for r in records}
    texts = {}
    with open(input_path, "rb") as f:
        for line in f:
            try:
                doc = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
            if "text" in doc:
                texts.setdefault(doc["id"], doc["text"])
    check(by_id[SPECIAL_ID]["roi_claims"], "the special document has no claim: the test needs one")
    check(by_id["bad-utf8"]["status"] == "error", "bad-utf8 is not an error record")

    # A results file with a malformed line in the middle: warned, skipped, exit 1.
    broken_path = os.path.join(WORK, "results-broken.jsonl")
    with open(results_path, encoding="utf-8") as f:
        lines = f.readlines()
    with open(broken_path, "w", encoding="utf-8") as f:
        f.writelines(lines[:3] + ['{"id": "cut off\n'] + lines[3:])
    report = os.path.join(WORK, "report.html")
    result = run([VANE, "report", broken_path, "--texts", input_path, "-o", report], expect_codes=(1,))
    check(f"{broken_path}:4:" in result.stderr, f"no file:line warning for the malformed line: {result.stderr}")
    with open(report, encoding="utf-8") as f:
        page = f.read()
    check("<script src" not in page and "<link" not in page and "http://" not in page.replace(
        "http://www.w3.org/2000/svg", ""), "the page refers to something outside itself")
    data_start = page.index('id="report-data">')
    data_end = page.index("</script>", data_start)
    check("<" not in page[data_start + len('id="report-data">'):data_end], "raw '<' inside the data element")
    print(f"report: {len(records)} documents, {len(page) // 1024} KiB", file=sys.stderr)

    # 1. Charts, table and a special document's view, in one page load.
    dom_text, elapsed = chromium(page_url(report, SPECIAL_ID), "dom")
    print(f"chromium dump-dom ({len(records)} docs): {elapsed:.1f} s", file=sys.stderr)
    dom = parse_dom(dom_text)
    root = dom.find_all("html")
    check(root and root[0].attrs.get("data-report-ready") == "true", "the page script did not finish")
    check_charts(dom, records)
    check_table(dom, len(records), "report")
    warnings = dom.by_id("warnings")
    check(warnings is not None and warnings.attrs.get("data-count") == "1", "the skipped line is not listed on the page")
    special = by_id[SPECIAL_ID]
    check_document_view(dom, special, SPECIAL_TEXT, "special document")
    box = dom.by_id("doc-text")
    if box is not None:
        check(not box.find_all("b"), "markup inside a text became an element")
        check("<!-- </script> <b>not bold</b>" in box.text(), "'<!--' and '</script>' in the text were not shown as text")

    # 2. A corpus document with many claims, nested evidence and channels.
    rich = max((r for r in records if r["status"] == "ok"), key=lambda r: len(r["roi_claims"]) + len(r["channels"]))
    dom = parse_dom(chromium(page_url(report, rich["id"]), "dom")[0])
    n = check_document_view(dom, rich, texts[rich["id"]], f"document {rich['id']}")
    print(f"document {rich['id']}: {n} spans checked", file=sys.stderr)

    # 3. An odd id (markup and non-ASCII in it) through the URL hash; error records show their code.
    dom = parse_dom(chromium(page_url(report, ODD_ID), "dom")[0])
    check_document_view(dom, by_id[ODD_ID], texts[ODD_ID], "odd id")
    for doc_id, code in (("bad-utf8", "invalid_utf8"), ("blank-text", "empty_text"),
                         ("german", "unsupported_language"), ("no-text-field", "missing_text")):
        check(by_id[doc_id]["error"]["code"] == code, f"{doc_id}: analyze gave {by_id[doc_id]['error']['code']}")
        dom = parse_dom(chromium(page_url(report, doc_id), "dom")[0])
        error = dom.by_id("doc-error")
        check(error is not None and error.attrs.get("data-error-code") == code, f"{doc_id}: error code {code} not shown")

    # 4. Without --texts: span texts only, the claim still highlighted, and a note saying so.
    bare = os.path.join(WORK, "report-no-texts.html")
    run([VANE, "report", "-q", results_path, "-o", bare])
    dom = parse_dom(chromium(page_url(bare, SPECIAL_ID), "dom")[0])
    note = dom.by_id("doc-no-text")
    check(note is not None and "not provided" in note.text(), "no 'full text was not provided' note")
    box = dom.by_id("doc-text")
    for claim in special["roi_claims"]:
        got, _ = marks_text(box, "claim", claim["start"], claim["end"]) if box else ("", 0)
        check(got == claim["text"], f"no-texts: claim mark {got!r} != {claim['text']!r}")
    check_table(dom, len(records), "report without texts")

    # 5. A screenshot of the overview.
    shot = os.path.join(WORK, "report.png")
    if os.path.exists(shot):
        os.remove(shot)
    chromium(page_url(report), "screenshot", out=shot)
    size = os.path.getsize(shot) if os.path.exists(shot) else 0
    check(size > 20000, f"screenshot {shot} is {size} bytes")
    check(png_size(shot) == (1280, 2000), f"screenshot is not a 1280x2000 PNG: {png_size(shot)}")

    # 6. 10,000 documents: corpus records again under new ids, with their texts.
    ok_records = [r for r in records if r["status"] == "ok"]
    big_results = os.path.join(WORK, "results-10k.jsonl")
    big_input = os.path.join(WORK, "input-10k.jsonl")
    with open(big_results, "w", encoding="utf-8") as res, open(big_input, "w", encoding="utf-8") as inp:
        for i in range(10000):
            source = ok_records[i % len(ok_records)]
            record = dict(source, id=f"gen-{i:05d}")
            res.write(json.dumps(record, ensure_ascii=False) + "\n")
            inp.write(json.dumps({"id": record["id"], "text": texts[source["id"]]}, ensure_ascii=False) + "\n")
    big = os.path.join(WORK, "report-10k.html")
    t0 = time.monotonic()
    run([VANE, "report", "-q", big_results, "--texts", big_input, "-o", big])
    build_seconds = time.monotonic() - t0
    # Sort by claims (descending) and filter by language the way a user would, from a test
    # copy of the page: the first row must then hold the most claims.
    with open(big, encoding="utf-8") as f:
        big_page = f.read()
    probe = ("<script>(function(){const t0=performance.now();"
             "document.querySelector('th[data-key=claims]').click();"
             "const t1=performance.now();"
             "const s=document.getElementById('filter-lang');s.value='fr';s.dispatchEvent(new Event('change'));"
             "const t2=performance.now();"
             "document.documentElement.setAttribute('data-sort-ms',(t1-t0).toFixed(1));"
             "document.documentElement.setAttribute('data-filter-ms',(t2-t1).toFixed(1));})();</script></body>")
    probed = os.path.join(WORK, "report-10k-probe.html")
    with open(probed, "w", encoding="utf-8") as f:
        f.write(big_page[:big_page.rindex("</body>")] + probe + big_page[big_page.rindex("</body>") + 7:])
    dom_text, elapsed = chromium(page_url(probed), "dom", budget_ms=20000)
    dom = parse_dom(dom_text)
    html_node = dom.find_all("html")[0] if dom.find_all("html") else None
    check(html_node is not None and html_node.attrs.get("data-report-ready") == "true", "10k page did not finish")
    count = dom.by_id("table-count")
    fr_total = sum(1 for i in range(10000) if ok_records[i % len(ok_records)]["lang"]["code"] == "fr")
    check(count is not None and count.attrs.get("data-total") == "10000", "10k: table total is not 10000")
    check(count is not None and count.attrs.get("data-count") == str(fr_total),
          f"10k: fr filter shows {count.attrs.get('data-count') if count else None}, want {fr_total}")
    first = dom.by_id("doc-table-body").find_all("tr")[0]
    first_claims = int(first.find_all("td")[-1].text())
    max_fr_claims = max(len(r["roi_claims"]) for r in ok_records if r["lang"]["code"] == "fr")
    check(first_claims == max_fr_claims, f"10k: sorted first row has {first_claims} claims, want {max_fr_claims}")
    print(f"10k documents: report {os.path.getsize(big) // (1024 * 1024)} MiB built in {build_seconds:.1f} s; "
          f"chromium load {elapsed:.1f} s; sort {html_node.attrs.get('data-sort-ms') if html_node else '?'} ms, "
          f"filter {html_node.attrs.get('data-filter-ms') if html_node else '?'} ms", file=sys.stderr)

    print(f"total {time.monotonic() - started:.1f} s; {len(failures)} failures", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
