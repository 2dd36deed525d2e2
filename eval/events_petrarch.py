#!/usr/bin/env python3
"""events_petrarch.py: scores `dateline code` on PETRARCH2's unit-test records with their own dictionaries.

    python3 eval/events_petrarch.py DATELINE PETR.UnitTest.records.xml DICTIONARY_DIR

Each <Sentence> with a <Text> is one article (its id and date kept); records
whose coding is an <EventCoding error=...> are left out, and one whose coding
says noevents wants none. The records are coded with `dateline code` and the
four PETR.Validate files (actors, agents, discards, verbs) loaded in front of
the built-in dictionaries, so the test's invented states (Arnor, Gondor) and
verb patterns count. An event is the triple (source code, target code, CAMEO
code), "---" for a missing actor, as the records write them.

Prints exact-triple precision, recall and F1, F1 with the CAMEO root in
place of the code, and the records whose events are exactly the gold set.
There is no target: PETRARCH2 codes from a constituency parse, which this
project does not make, and many records test parser details. Exits 2 when
dateline could not be run.
"""
import json
import re
import subprocess
import sys


def attribute(attrs, name):
    """The value of attribute name (either quote, spaces around '='), or None."""
    m = re.search(r"\b%s\s*=\s*(\"[^\"]*\"|'[^']*')" % name, attrs)
    return m.group(1)[1:-1] if m else None


def load_records(path):
    """(id, date, text, gold triples) of each record with a text and a usable coding."""
    text = open(path, encoding="utf-8", errors="replace").read()
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    records = []
    for m in re.finditer(r"<Sentence\b([^>]*)>(.*?)</Sentence>", text, flags=re.S):
        attrs, body = m.group(1), m.group(2)
        words = re.search(r"<Text>(.*?)</Text>", body, flags=re.S)
        if not words:
            continue
        day = attribute(attrs, "date")
        day = "%s-%s-%s" % (day[:4], day[4:6], day[6:8]) if day and re.fullmatch(r"\d{8}", day) else None
        gold, usable = set(), True
        for coding in re.finditer(r"<EventCoding\b([^>]*)>", body):
            a = coding.group(1)
            if attribute(a, "error") is not None:
                usable = False
            elif attribute(a, "noevents") is None:
                gold.add((attribute(a, "sourcecode"), attribute(a, "targetcode"), attribute(a, "eventcode")))
        if usable:
            records.append((attribute(attrs, "id") or "record-%d" % m.start(), day, " ".join(words.group(1).split()), gold))
    return records


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    if len(sys.argv) != 4:
        print("usage: events_petrarch.py DATELINE PETR.UnitTest.records.xml DICTIONARY_DIR", file=sys.stderr)
        sys.exit(2)
    dateline, records_path, dicts = sys.argv[1:]
    records = load_records(records_path)
    lines = [json.dumps({"id": rid, "date": day, "text": text}) for rid, day, text, _ in records]
    args = [dateline, "code", "--quiet", "--input", "jsonl"]
    for kind in ("actors", "agents", "discards", "verbs"):
        args += ["--dict", "%s/PETR.Validate.%s.txt" % (dicts, kind)]
    try:
        out = subprocess.run(args + ["-"], input=("\n".join(lines) + "\n").encode(), capture_output=True, check=False)
    except OSError as e:
        print("PETRARCH records: `dateline code` could not be run: %s" % e)
        sys.exit(2)
    if out.returncode not in (0, 1):
        print("PETRARCH records: `dateline code` failed: %s" % out.stderr.decode(errors="replace").strip())
        sys.exit(2)
    printed = {}
    for line in out.stdout.decode().splitlines():
        e = json.loads(line)
        source = (e.get("source") or {}).get("code") or "---"
        target = (e.get("target") or {}).get("code") or "---"
        printed.setdefault(e["article"], set()).add((source, target, e["code"]))
    npred = ngold = exact = root = right = 0
    for rid, _, _, gold in records:
        got = printed.get(rid, set())
        npred += len(got)
        ngold += len(gold)
        exact += len(got & gold)
        root += len({(s, t, c[:2]) for s, t, c in got} & {(s, t, c[:2]) for s, t, c in gold})
        right += got == gold
    p, r = exact / max(npred, 1), exact / max(ngold, 1)
    rp, rr = root / max(npred, 1), root / max(ngold, 1)
    print("PETRARCH2 unit-test records: %d, gold events %d, printed %d" % (len(records), ngold, npred))
    print("  exact (source, target, code): P %.1f%%  R %.1f%%  F1 %.1f%%" % (100 * p, 100 * r, 100 * f1(p, r)))
    print("  root (source, target, root):  F1 %.1f%%" % (100 * f1(rp, rr)))
    print("  records coded exactly right:  %d (%.1f%%)" % (right, 100.0 * right / max(len(records), 1)))


main()
