#!/usr/bin/env python3
"""events_seed.py: scores `dateline code` on the seed story against its gold events.

    python3 eval/events_seed.py DATELINE SEED_TXT_OR_JSONL gold-events.jsonl

The story is coded with `dateline code --format jsonl --date 2021-07-26`. A gold
row gives a source and a target ({country "A|B", role "X|Y", any, optional})
and a list of CAMEO codes, the first the preferred one. An event matches a row
when
  - its root is the root of one of the row's codes,
  - its source has one of the row's source countries and, when the row gives
    roles, one of them (roles are the event actor's roles, and the three-letter
    parts of its code after the country, so TAL counts as a role too),
  - likewise its target, unless the row's target is optional; a side with
    `any: true` matches anything, no actor included.
It matches exactly when its code is also the row's first code.

Required rows are paired with events one to one (an event counts for one
required row at most), choosing the pairing with the most rows found, then the
most exact, then the one whose sentences share most words with the rows'
descriptions. Precision is the share of printed events that match some row,
required or optional, by root and countries (roles aside). Targets: every required row found, at least 9 of the 11
exact, precision >= 80%. Exits 0 when the targets are met, 1 when they are not,
2 when dateline could not be run.
"""
import json
import re
import subprocess
import sys

EXACT_TARGET = 9
PRECISION_TARGET = 80.0


def actor_country(a):
    return a.get("country") or (a.get("code") or "")[:3] or None


def actor_roles(a):
    roles = set(a.get("roles") or [])
    code = a.get("code") or ""
    roles.update(code[i:i + 3] for i in range(3, len(code) - 2, 3))
    if code[:3] in ("TAL", "IGO", "NGO", "REB", "INS"):
        roles.add(code[:3])
    return roles


def side_matches(spec, a, roles=True):
    if not spec or spec.get("any") or spec.get("optional"):
        return True
    if not a:
        return False
    if spec.get("country") and actor_country(a) not in spec["country"].split("|"):
        return False
    if roles and spec.get("role") and not actor_roles(a) & set(spec["role"].split("|")):
        return False
    return True


def matches(e, row, roles=True):
    """The event has the row's root and countries (and roles, unless roles is false)."""
    root = e.get("root") or (e.get("code") or "")[:2]
    return (root in {c[:2] for c in row["codes"]} and
            side_matches(row.get("source"), e.get("source"), roles) and
            side_matches(row.get("target"), e.get("target"), roles))


def exact(e, row):
    return e.get("code") == row["codes"][0]


def best_pairing(weights):
    """Maximum-weight assignment of rows to columns (Hungarian method); weights[i][j] >= 0.
    Returns, for each row, its column."""
    n = max(len(weights), max((len(w) for w in weights), default=0))
    big = max((x for w in weights for x in w), default=0)
    cost = [[big - (weights[i][j] if i < len(weights) and j < len(weights[i]) else 0)
             for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    col = [None] * n
    for j in range(1, n + 1):
        if p[j]:
            col[p[j] - 1] = j - 1
    return col[:len(weights)]


def words(text):
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) > 2}


def overlap(row, e):
    """0 to 999: how much of the row's description the event's sentence shares."""
    w = words(row.get("what"))
    return int(999 * len(w & words((e.get("evidence") or {}).get("text"))) / len(w)) if w else 0


def describe(a):
    if not a:
        return "-"
    return "%s %r" % (a.get("code") or "?", (a.get("text") or "")[:30])


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: events_seed.py DATELINE SEED_TXT_OR_JSONL gold-events.jsonl")
    dateline, seed, gold_path = sys.argv[1:]
    rows = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    required = [r for r in rows if r.get("required")]
    out = subprocess.run([dateline, "code", "--format", "jsonl", "--date", "2021-07-26", seed],
                         capture_output=True, check=False)
    if out.returncode not in (0, 1):
        err = out.stderr.decode(errors="replace").strip().splitlines()
        print("Seed story events: `dateline code` failed (exit %d): %s"
              % (out.returncode, err[0] if err else "no message"))
        sys.exit(2)
    events = []
    for line in out.stdout.decode(errors="replace").splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            if line.strip():
                print("  not JSON: %s" % line[:100])

    # Required rows paired one to one with events: most rows found first, then most exact, then
    # the events whose sentence shares most words with the row's description.
    weights = [[(100000 + 1000 * exact(e, r) + overlap(r, e)) if matches(e, r) else 0 for e in events]
               for r in required]
    pairing = best_pairing(weights) if events else [None] * len(required)
    row_event = {}
    for i, j in enumerate(pairing):
        if j is not None and j < len(events) and weights[i][j]:
            row_event[required[i]["id"]] = j
    event_row = {j: rid for rid, j in row_event.items()}

    print("Seed story events: %d printed, %d gold rows (%d required)" % (len(events), len(rows), len(required)))
    matched = 0
    for j, e in enumerate(events):
        if j in event_row:
            rid = event_row[j]
            row = next(r for r in required if r["id"] == rid)
            label = rid + (" exact" if exact(e, row) else " (exact would be %s)" % row["codes"][0])
        else:
            also = [r["id"] for r in rows if matches(e, r)]
            near = [r["id"] for r in rows if matches(e, r, roles=False)]
            label = ("also " + ",".join(also) if also else
                     "like %s, roles differ" % ",".join(near) if near else "FALSE POSITIVE")
        matched += not label.startswith("FALSE")
        print("  s%-2s %-5s %-34s -> %-34s %s"
              % (e.get("sentence"), e.get("code"), describe(e.get("source")), describe(e.get("target")), label))

    n_exact = 0
    for r in required:
        if r["id"] not in row_event:
            print("  %-3s MISSED %s: %s" % (r["id"], "/".join(r["codes"]), r.get("what", "")))
            continue
        e = events[row_event[r["id"]]]
        n_exact += exact(e, r)
        notes = []
        if r.get("date") and not str(e.get("date") or "").startswith(r["date"]):
            notes.append("date %s, gold %s" % (e.get("date"), r["date"]))
        if r.get("place") and ((e.get("place") or {}).get("name") != r["place"].get("name")):
            notes.append("place %s, gold %s" % ((e.get("place") or {}).get("name"), r["place"].get("name")))
        if r.get("count") and ((e.get("count") or {}).get("value") != r["count"]):
            notes.append("count %s, gold %s" % ((e.get("count") or {}).get("value"), r["count"]))
        print("  %-3s found  s%-2s %-5s %-5s %s" % (r["id"], e.get("sentence"), e.get("code"),
                                                   "exact" if exact(e, r) else "",
                                                   "; ".join(notes)))
    found = len(row_event)
    precision = 100.0 * matched / len(events) if events else 0.0
    met = (found == len(required) and n_exact >= min(EXACT_TARGET, len(required)) and
           precision >= PRECISION_TARGET)
    print("  required rows found: %d of %d (target: all)" % (found, len(required)))
    print("  with the exact code: %d of %d (target: >= %d)" % (n_exact, len(required), EXACT_TARGET))
    print("  precision: %d of %d events match a gold row, %.1f%% (target: >= %.0f%%)"
          % (matched, len(events), precision, PRECISION_TARGET))
    print("  targets %s" % ("met" if met else "NOT met"))
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
