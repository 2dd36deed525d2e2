#!/usr/bin/env python3
"""actors_plover.py: scores `dateline actors` against the PLOVER gold actors of the CAMEO manual's sentences.

    python3 eval/actors_plover.py DATELINE PLOVER_GSR_CAMEO.txt

A gold actor is found when a mention overlaps its text and has its country
(or, for international bodies coded IGO, an IGO code). Its role is right when
the gold sector is among the mention's roles, or when gold gives no sector and
the mention has no role or a government one.
"""
import json
import re
import subprocess
import sys


def overlaps(a, b):
    a, b = a.lower(), b.lower()
    return a in b or b in a


def gold_span(text, actor):
    """The byte range of a gold actor's text in its sentence, or None when it is not there verbatim."""
    actor = actor.strip()
    pattern = r"(?<!\w)" + re.escape(actor) + r"(?!\w)"
    m = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    if not m:
        return None
    start = len(text[:m.start()].encode())
    return start, start + len(actor.encode())


def found_by(m, text, actor):
    """Nonzero when mention m covers part of the gold actor: their spans share a byte (or, when the
    gold text is not in the sentence verbatim, one text holds the other)."""
    span = gold_span(text, actor)
    if span is None:
        return overlaps(m["text"], actor)
    return m["start"] < span[1] and span[0] < m["end"]


def main():
    dateline, gold_path = sys.argv[1], sys.argv[2]
    records = [r for r in json.load(open(gold_path, encoding="utf-8")) if r.get("text")]
    lines = []
    texts = [r["text"].replace("{", "").replace("}", "") for r in records]
    for i, text in enumerate(texts):
        # The records' dates are placeholders (2000-01-01), so none is passed on.
        lines.append(json.dumps({"id": str(i), "text": text}))
    out = subprocess.run([dateline, "actors", "--quiet", "--input", "jsonl", "-"],
                         input="\n".join(lines).encode(), capture_output=True, check=False)
    mentions = {}
    for line in out.stdout.decode().splitlines():
        m = json.loads(line)
        mentions.setdefault(m["article"], []).append(m)
    total = found = role_right = 0
    misses = []
    role_misses = []
    for i, r in enumerate(records):
        got = mentions.get(str(i), [])
        for side in ("source", "target"):
            for g in r.get(side) or []:
                if not isinstance(g, dict) or not g.get("code") or not g.get("actorText"):
                    continue
                total += 1
                code = g["code"].upper()
                sector = (g.get("sector") or "").upper()[:3]
                if sector == "***":
                    sector = ""
                hits = [m for m in got if found_by(m, texts[i], g["actorText"]) and
                        ((code == "IGO" and m["code"].startswith("IGO")) or
                         (m["country"] or "") == code or m["code"].startswith(code))]
                if not hits:
                    misses.append((g["actorText"], code, [(m["text"], m["code"]) for m in got], r["text"][:90]))
                    continue
                found += 1
                # The best of the mentions that overlap it: one with the right role, if any.
                if any((sector and sector in m["roles"]) or
                       (not sector and (not m["roles"] or m["roles"] == ["GOV"] or code == "IGO"))
                       for m in hits):
                    role_right += 1
                else:
                    role_misses.append((g["actorText"], code + sector, [(m["text"], m["code"]) for m in hits],
                                        r["text"][:90]))
    print("PLOVER gold actors: %d" % total)
    print("  right country or group code: %d (%.1f%%)" % (found, 100.0 * found / max(total, 1)))
    print("  and right role:              %d (%.1f%%)" % (role_right, 100.0 * role_right / max(total, 1)))
    if "-v" in sys.argv:
        for miss in misses:
            print("  missed %r %s; found %s; in: %s" % miss)
        for miss in role_misses:
            print("  wrong role %r %s; found %s; in: %s" % miss)


if __name__ == "__main__":
    main()
