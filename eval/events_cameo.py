#!/usr/bin/env python3
"""events_cameo.py: scores `dateline code` against the example sentences of the CAMEO codebook.

    python3 eval/events_cameo.py DATELINE cameo-codes.csv [--misses] [--json FILE]

Every example of the codebook (the CSV's `example` column; "NA", empty and
"NEED EXAMPLE" ones are skipped, and the coder's remarks from "Note:" on are
cut off) is one article, and all of them go to one run of `dateline code
--input jsonl`. The gold event is the row's `code`; its root is the first two
digits.

An example is scored two ways:
  primary  the sentence's main event: its first event that is not a plain
           statement (010, CAMEO's residual code) when there is one, else its
           first event;
  any      some event printed for the example has the right code (or root).
Targets, on the primary measure: root right >= 85%, exact code right >= 60%.

--misses prints every example whose primary event has not the gold code;
--json FILE writes the per-example results. Exits 0 when the targets are met,
1 when they are not, 2 when dateline could not be run.
"""
import csv
import json
import re
import subprocess
import sys

ROOT_TARGET = 85.0
EXACT_TARGET = 60.0


def demojibake(s):
    """The codebook's curly quotes were UTF-8 read as Mac Roman and saved as cp1252 ("Moscow\x82Äôs");
    each run of such characters is mended on its own, and left as it is when it does not decode."""
    def mend(m):
        try:
            return m.group(0).encode("latin-1").decode("cp1252").encode("mac_roman").decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return m.group(0)
    return re.sub(r"[^\x00-\x7f]+", mend, s)


def load_examples(path):
    examples = []
    per_code = {}
    with open(path, encoding="latin-1", newline="") as f:
        for row in csv.DictReader(f):
            code = (row.get("code") or "").strip()
            text = (row.get("example") or "").strip()
            if not code or text in ("", "NA") or text.upper().startswith("NEED EXAMPLE"):
                continue
            text = demojibake(text.split("Note:", 1)[0]).strip()
            if not text:
                continue
            n = per_code[code] = per_code.get(code, 0) + 1
            examples.append({"id": "cameo-%s-%d" % (code, n), "code": code, "root": code[:2], "text": text})
    return examples


def event_root(e):
    return e.get("root") or (e.get("code") or "")[:2]


def order_key(e):
    """Reading order: sentence, then the verb's offset when the event has one."""
    verb = e.get("verb") or {}
    start = verb.get("start")
    return (e.get("sentence") or 0, start if isinstance(start, int) else 1 << 30)


def primary_event(events):
    for e in events:
        if e.get("code") != "010":
            return e
    return events[0] if events else None


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main():
    args = sys.argv[1:]
    show_misses = "--misses" in args
    json_path = None
    if "--json" in args:
        i = args.index("--json")
        if i + 1 >= len(args):
            sys.exit("events_cameo.py: --json wants a file name")
        json_path = args[i + 1]
        del args[i:i + 2]
    args = [a for a in args if a != "--misses"]
    if len(args) != 2:
        sys.exit("usage: events_cameo.py DATELINE cameo-codes.csv [--misses] [--json FILE]")
    dateline, csv_path = args

    examples = load_examples(csv_path)
    # The examples come from news of the 1980s to the 2000s and carry no date:
    # none is given, so every dated dictionary entry may apply.
    lines = [json.dumps({"id": x["id"], "text": x["text"]}) for x in examples]
    out = subprocess.run([dateline, "code", "--format", "jsonl", "--input", "jsonl", "-"],
                         input=("\n".join(lines) + "\n").encode(), capture_output=True, check=False)
    if out.returncode not in (0, 1):
        err = out.stderr.decode(errors="replace").strip().splitlines()
        print("CAMEO codebook examples: `dateline code` failed (exit %d): %s"
              % (out.returncode, err[0] if err else "no message"))
        sys.exit(2)
    events = {}
    bad = 0
    for line in out.stdout.decode(errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            e = json.loads(line)
        except ValueError:
            bad += 1
            continue
        events.setdefault(e.get("article"), []).append(e)

    n = len(examples)
    totals = dict(root=0, exact=0, any_root=0, any_exact=0, none=0, events=0)
    by_root = {}
    results = []
    for x in examples:
        got = sorted(events.get(x["id"], []), key=order_key)
        codes = [e.get("code") for e in got]
        p = primary_event(got)
        r = {"id": x["id"], "code": x["code"], "text": x["text"], "events": codes,
             "primary": p.get("code") if p else None,
             "primary_index": next((i for i, e in enumerate(got) if e is p), None),
             "root_right": bool(p) and event_root(p) == x["root"],
             "exact_right": bool(p) and p.get("code") == x["code"],
             "any_root_right": any(event_root(e) == x["root"] for e in got),
             "any_exact_right": x["code"] in codes}
        results.append(r)
        totals["root"] += r["root_right"]
        totals["exact"] += r["exact_right"]
        totals["any_root"] += r["any_root_right"]
        totals["any_exact"] += r["any_exact_right"]
        totals["none"] += not got
        totals["events"] += len(got)
        t = by_root.setdefault(x["root"], [0, 0, 0])
        t[0] += 1
        t[1] += r["root_right"]
        t[2] += r["exact_right"]

    root_pct, exact_pct = pct(totals["root"], n), pct(totals["exact"], n)
    met = root_pct >= ROOT_TARGET and exact_pct >= EXACT_TARGET
    print("CAMEO codebook examples: %d (%d events, %.2f an example; %d with none, %.1f%%)"
          % (n, totals["events"], totals["events"] / max(n, 1), totals["none"], pct(totals["none"], n)))
    if bad:
        print("  %d output lines were not JSON" % bad)
    print("                     primary event   any event")
    print("  root right:        %3d (%5.1f%%)    %3d (%5.1f%%)   target: primary >= %.0f%%"
          % (totals["root"], root_pct, totals["any_root"], pct(totals["any_root"], n), ROOT_TARGET))
    print("  exact code right:  %3d (%5.1f%%)    %3d (%5.1f%%)   target: primary >= %.0f%%"
          % (totals["exact"], exact_pct, totals["any_exact"], pct(totals["any_exact"], n), EXACT_TARGET))
    print("  by root (primary event):")
    print("    root    n   root right    exact right")
    for root in sorted(by_root):
        cnt, rr, ex = by_root[root]
        print("    %-4s  %3d   %3d %5.1f%%   %3d %5.1f%%" % (root, cnt, rr, pct(rr, cnt), ex, pct(ex, cnt)))
    print("  targets %s" % ("met" if met else "NOT met"))
    if show_misses:
        print("  misses (gold code, root right?, codes printed with the primary one starred, sentence):")
        for r in sorted(results, key=lambda r: r["code"]):
            if r["exact_right"]:
                continue
            got = ",".join(("*" if i == r["primary_index"] else "") + (c or "?")
                           for i, c in enumerate(r["events"]))
            print("    %-4s %-4s %-20s %s" % (r["code"], "root" if r["root_right"] else "", got or "-", r["text"]))
    if show_misses:
        wrong = {}
        for r in results:
            if not r["root_right"]:
                k = (r["code"][:2], r["primary"][:2] if r["primary"] else "none")
                wrong[k] = wrong.get(k, 0) + 1
        print("  commonest wrong roots (gold -> primary event): " +
              ", ".join("%s->%s %d" % (g, p, c) for (g, p), c in
                        sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))[:12]))
    if json_path:
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
            f.write("\n")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
