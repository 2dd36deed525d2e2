#!/usr/bin/env python3
"""check-verbs.py: checks data/verbs/*.txt against docs/VERBS.md and data/cameo/codes.txt.

    python3 scripts/check-verbs.py [-v]

Checks that every line parses as `CODE[/INTENT]  pattern | pattern ...` (or
`---  pattern ...`, a null pattern), that
every code and intent code is in the code table, that each file holds only
codes of its own root (`NN-name.txt`) and opens with a comment, that no
pattern is written twice or given to two codes, and that every code of three
or four digits has at least one pattern. Prints the pattern count per root
and the coverage. -v lists the codes without patterns and repeated words.
Exit status 0 when clean, 1 on any error.
"""

import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERBS = os.path.join(ROOT, "data", "verbs")
CODES = os.path.join(ROOT, "data", "cameo", "codes.txt")

WORD = r"[a-z0-9][a-z0-9'.-]*"
WORD_RE = re.compile(r"^%s$" % WORD)
ALT_RE = re.compile(r"^%s(?:/%s)+$" % (WORD, WORD))
HEAD_RE = re.compile(r"^(\d{2,4})(?:/(\d{2,4}))?$")

errors = 0


def err(where, msg):
    global errors
    errors += 1
    print("%s: %s" % (where, msg))


def read_codes():
    codes = {}
    with open(CODES, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 7:
                err("codes.txt:%d" % n, "expected 7 columns, got %d" % len(cols))
                continue
            code, root, quad, gs, ptype, pmode, name = cols
            if root != code[:2]:
                err("codes.txt:%d" % n, "root %s does not start code %s" % (root, code))
            try:
                float(gs)
            except ValueError:
                err("codes.txt:%d" % n, "Goldstein score %r is not a number" % gs)
            codes[code] = name
    for r in range(1, 21):
        if "%02d" % r not in codes:
            err("codes.txt", "root %02d missing" % r)
    return codes


def element_ok(tok, first):
    """Checks one element; returns an error message or None."""
    if first:
        if tok.startswith("~"):
            return None if WORD_RE.match(tok[1:]) else "bad noun form %r" % tok
        if WORD_RE.match(tok) or ALT_RE.match(tok):
            return None
        return "a pattern must start with a verb or ~noun, not %r" % tok
    if tok in ("+T", "+S"):
        return None
    if WORD_RE.match(tok) or ALT_RE.match(tok):
        return None
    return "bad element %r" % tok


def parse_pattern(text, where):
    """Returns a normalised pattern string, or None after reporting an error."""
    toks = text.split()
    if not toks:
        err(where, "empty pattern")
        return None
    depth = 0
    seen = defaultdict(int)
    for i, tok in enumerate(toks):
        core = tok
        if core.startswith("("):
            if i == 0:
                err(where, "a pattern cannot start with an optional element: %r" % text)
                return None
            if depth:
                err(where, "nested parentheses in %r" % text)
                return None
            depth = 1
            core = core[1:]
        closes = core.endswith(")")
        if closes:
            core = core[:-1]
        msg = element_ok(core, i == 0)
        if msg:
            err(where, "%s in %r" % (msg, text))
            return None
        if core in ("+T", "+S"):
            seen[core] += 1
        if closes:
            if not depth:
                err(where, "unbalanced ')' in %r" % text)
                return None
            depth = 0
    if depth:
        err(where, "unclosed '(' in %r" % text)
        return None
    for k, v in seen.items():
        if v > 1:
            err(where, "%s twice in %r" % (k, text))
            return None
    return " ".join(toks)


def main():
    verbose = "-v" in sys.argv[1:]
    codes = read_codes()
    covered = defaultdict(int)
    per_root = defaultdict(int)
    owner = {}
    files = sorted(f for f in os.listdir(VERBS) if f.endswith(".txt"))
    roots_seen = set()
    for fn in files:
        m = re.match(r"^(\d\d)-[a-z-]+\.txt$", fn)
        if not m:
            err(fn, "file name must be NN-name.txt")
            continue
        root = m.group(1)
        roots_seen.add(root)
        with open(os.path.join(VERBS, fn), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if not lines or not lines[0].startswith("# "):
            err(fn + ":1", "a file opens with a one-line purpose comment")
        for n, raw in enumerate(lines, 1):
            where = "%s:%d" % (fn, n)
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if "\t" in raw:
                err(where, "tab in line (use spaces)")
            parts = line.split(None, 1)
            if len(parts) < 2:
                err(where, "a line needs a code and at least one pattern")
                continue
            head, rest = parts
            if head == "---":
                # A null pattern: it matches and codes no event (docs/VERBS.md).
                for ptext in rest.split("|"):
                    p = parse_pattern(ptext, where)
                    if p is not None and p in owner:
                        err(where, "pattern %r is also %s at %s" % (p, owner[p][0], owner[p][1]))
                    elif p is not None:
                        owner[p] = ("---", where)
                continue
            hm = HEAD_RE.match(head)
            if not hm:
                err(where, "bad code %r" % head)
                continue
            code, intent = hm.group(1), hm.group(2)
            if code not in codes:
                err(where, "code %s is not in codes.txt" % code)
            if len(code) < 3:
                err(where, "root %s: give patterns to its residual code %s0" % (code, code))
            if code[:2] != root:
                err(where, "code %s does not belong in root %s's file" % (code, root))
            if intent is not None:
                if intent not in codes:
                    err(where, "intent code %s is not in codes.txt" % intent)
                elif not (intent.startswith("03") or intent.startswith("13")):
                    err(where, "intent code %s is neither an 03 nor a 13 code" % intent)
            for ptext in rest.split("|"):
                p = parse_pattern(ptext, where)
                if p is None:
                    continue
                if p in owner:
                    prev = owner[p]
                    if prev[0] == code:
                        err(where, "pattern %r repeats %s" % (p, prev[1]))
                    else:
                        err(where, "pattern %r is also %s at %s" % (p, prev[0], prev[1]))
                    continue
                owner[p] = (code, where)
                covered[code] += 1
                per_root[root] += 1
    for r in range(1, 21):
        if "%02d" % r not in roots_seen:
            err("data/verbs", "no file for root %02d" % r)
    targets = [c for c in codes if len(c) >= 3]
    missing = [c for c in targets if not covered.get(c)]
    for c in missing:
        err("coverage", "no pattern for %s %s" % (c, codes[c]))
    total = sum(per_root.values())
    print("patterns per root:")
    for r in sorted(per_root):
        print("  %s %5d" % (r, per_root[r]))
    print("patterns: %d" % total)
    print("coverage: %d of %d codes (3 and 4 digits) have patterns" % (len(targets) - len(missing), len(targets)))
    if verbose:
        thin = sorted((n, c) for c, n in covered.items() if n < 3)
        for n, c in thin:
            print("  few patterns: %s (%d) %s" % (c, n, codes[c]))
    if errors:
        print("%d error(s)" % errors)
        sys.exit(1)


if __name__ == "__main__":
    main()
