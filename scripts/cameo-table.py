#!/usr/bin/env python3
"""cameo-table.py: derives data/cameo/codes.txt, the CAMEO 1.1b3 code table.

    python3 scripts/cameo-table.py

Run by hand from any directory; the build never runs it. It reads two files
from the reference folder next to the project (../shared from the project
root) and exits with an error when that folder is absent:

  data/dev/cameo-codebook/cameo-codes.csv   every CAMEO code with its name and
      Goldstein score (Latin-1; MIT, Copyright (c) 2022 Andreas Beger)
  data/dev/plover-gsr/CAMEO2PLOVER-2021.txt the CAMEO-to-PLOVER conversion
      table of the PLOVER manual, draft 0.8 (Open Event Data Alliance, 2021)

Output columns, tab-separated: code, root, quad_class, goldstein,
plover_type, plover_mode, name.

Rules:
- quad_class is GDELT's: roots 01-05 verbal cooperation (1), 06-09 material
  cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4).
- PLOVER type and mode are the first two fields of the conversion table's
  line for the code (its third field, the context, is not kept). The first
  line wins when a code is listed twice.
- A two-digit root takes the PLOVER type and mode of its residual code
  (08 takes 080's).
- The conversion table lists the demand codes (10) but not the appeal codes
  (02), which PLOVER also counts as REQUEST; CAMEO numbers the two families in
  parallel, so 02XY takes the line of 10XY (0233 takes 1033's).
- The table does not map public statements (01): those codes have no PLOVER
  type and both fields stay empty.
- A mode that the table uses elsewhere only as a context (pro_autocracy on
  175) is not a mode and is left empty.
"""

import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CSV_PATH = os.path.join(SHARED, "data", "dev", "cameo-codebook", "cameo-codes.csv")
PLOVER_PATH = os.path.join(SHARED, "data", "dev", "plover-gsr", "CAMEO2PLOVER-2021.txt")
OUT_PATH = os.path.join(ROOT, "data", "cameo", "codes.txt")

HEADER = """\
# codes.txt: the CAMEO 1.1b3 event codes with their root, GDELT quad class,
# Goldstein score, PLOVER type and mode, and name. One code a line.
#
# Derived from the CAMEO 1.1b3 codebook table (MIT, Copyright (c) 2022 Andreas Beger).
# PLOVER type and mode: from the CAMEO-to-PLOVER conversion table of the PLOVER
# manual, draft 0.8, 2021-09-17 (Open Event Data Alliance, CC BY-SA 4.0).
# Written by scripts/cameo-table.py; edit that script, not this file.
#
# Columns (tab-separated):
#   code         CAMEO event code (two digits for a root)
#   root         the two-digit root
#   quad_class   1 verbal cooperation (01-05), 2 material cooperation (06-09),
#                3 verbal conflict (10-14), 4 material conflict (15-20)
#   goldstein    Goldstein score, -10 to 10
#   plover_type  PLOVER event type; empty for 01 (PLOVER does not code statements)
#   plover_mode  PLOVER mode; may be empty
#   name         the codebook's name
# Appeals (02XY) take the PLOVER type and mode of the parallel demand (10XY);
# a root takes those of its residual code (XX0).
"""


def die(msg):
    sys.stderr.write("cameo-table.py: " + msg + "\n")
    sys.exit(1)


def quad_class(root):
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    die("root out of range: " + root)


def read_codebook():
    rows = []
    with open(CSV_PATH, encoding="latin-1", newline="") as f:
        for r in csv.DictReader(f):
            code = r["code"].strip()
            if not re.fullmatch(r"\d{2,4}", code):
                die("bad code in codebook: %r" % code)
            root = r["root_code"].strip()
            if root != code[:2]:
                die("code %s has root %s" % (code, root))
            gs = r["goldstein"].strip()
            try:
                float(gs)
            except ValueError:
                die("code %s: Goldstein score is not a number: %r" % (code, gs))
            name = " ".join(r["name"].split())
            name = name[:1].upper() + name[1:]
            rows.append((int(r["order"]), code, root, gs, name))
    rows.sort()
    return rows


def read_plover():
    table = {}
    contexts = set()
    with open(PLOVER_PATH, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
            if not m:
                continue
            fields = [x.strip() for x in m.group(2).split(",")]
            ptype = fields[0]
            mode = fields[1] if len(fields) > 1 else ""
            if len(fields) > 2:
                for c in fields[2].split(";"):
                    if c.strip():
                        contexts.add(c.strip())
            table.setdefault(m.group(1), (ptype, mode))
    for code, (ptype, mode) in table.items():
        if mode in contexts:
            table[code] = (ptype, "")
    return table


def plover_for(code, table):
    key = code + "0" if len(code) == 2 else code
    if key[:2] == "02":
        key = "10" + key[2:]
    return table.get(key)


def main():
    for p in (CSV_PATH, PLOVER_PATH):
        if not os.path.isfile(p):
            die("missing %s\n(the reference folder ../shared must sit next to the project root)" % p)
    rows = read_codebook()
    table = read_plover()
    seen = set()
    out = [HEADER]
    unmapped = []
    for _, code, root, gs, name in rows:
        if code in seen:
            die("duplicate code " + code)
        seen.add(code)
        pl = plover_for(code, table)
        if pl is None:
            if root != "01":
                unmapped.append(code)
            pl = ("", "")
        out.append("\t".join([code, root, str(quad_class(root)), gs, pl[0], pl[1], name]) + "\n")
    missing = ["%02d" % r for r in range(1, 21) if "%02d" % r not in seen]
    if missing:
        die("roots missing from the codebook: " + " ".join(missing))
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(out)
    sys.stderr.write("cameo-table.py: wrote %d codes to data/cameo/codes.txt\n" % len(seen))
    if unmapped:
        sys.stderr.write("cameo-table.py: no PLOVER line for: %s\n" % " ".join(unmapped))


if __name__ == "__main__":
    main()
