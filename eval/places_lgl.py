#!/usr/bin/env python3
"""places_lgl.py: scores `dateline places` on LGL, the Local-Global Lexicon corpus of geotagged news.

    python3 eval/places_lgl.py DATELINE lgl.xml [--misses N] [--json FILE]

LGL (Lieberman, Samet and Sankaranarayanan 2010) is 588 articles of local US
and world news from 2009 with 5,088 toponyms, each with character offsets
into the article's text and, for most, a GeoNames place (id, feature code,
lat/lon, country). Every article goes, as a JSON Lines record {"id", "date",
"text"} (the date is its download day), to one run of `dateline places
--input jsonl -`. The gold offsets count characters; dateline's count bytes of
the UTF-8 text, so the gold ones are converted before they are compared.

Recognition: a printed place and a gold toponym match when their spans
overlap. Precision is the share of printed places that overlap a gold
toponym, recall the share of gold toponyms some printed place overlaps (the
same for exact spans follows); the gold includes the streets, buildings and
adjectival forms ("African") LGL annotates, and those without coordinates
count for recognition too. Recall is also given by kind of gold toponym.

Resolution, over the matched gold toponyms that have coordinates (the place
of the overlapping mention with the most characters in common is taken):
  acc@161     share whose printed lat/lon is within 161 km (100 miles, the
              usual LGL threshold) of the gold lat/lon;
  right place acc@161, or the same GeoNames id, or both are the same country
              (a country's middle and GeoNames' may be
              far apart) or the same first-level division;
  country     share with the gold country (GeoNames' country name, matched
              to dateline's ISO alpha-3 code through data/geo/countries.txt);
  error       mean and median distance in km, and the AUC of Gritta et al.
              (2018): the area under the sorted log(1 + km) errors, scaled
              to [0, 1] by log(20039); lower is better.

With data/geo at hand, the misses are split into names the gazetteer has
and names it lacks, and the wrong places into those the gazetteer has a
right place for under that name (the resolver chose another) and the rest.

--misses N prints N missed gold toponyms, N wrong places and N false
positives, spread over the corpus, each with its context and what the
gazetteer knows of the name; --json FILE writes every gold toponym's result. Exits 0 when
dateline ran, 2 on a usage error or when it could not be run; there are no
targets yet.
"""
import json
import math
import os
import re
import statistics
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

KM = 161.0
EARTH_KM = 6371.0088
GEO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "data", "geo")

# GeoNames country names that no name of data/geo/countries.txt spells the same way.
COUNTRY_ALIASES = {"palestinian territory": "PSE", "russia": "RUS", "vietnam": "VNM",
                   "south korea": "KOR", "north korea": "PRK", "syria": "SYR", "iran": "IRN",
                   "czech republic": "CZE", "british virgin islands": "VGB", "laos": "LAO",
                   "macedonia": "MKD", "moldova": "MDA", "tanzania": "TZA", "bolivia": "BOL",
                   "venezuela": "VEN", "taiwan": "TWN", "kosovo": "KSV"}

def fold(s):
    """About lex_place_fold: marks removed, case folded, spaces, hyphens and
    apostrophes between words one space, other punctuation dropped."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\s\-'\u2019\u2018`]+", " ", s)
    s = "".join(c for c in s if c.isalnum() or c == " ")
    return " ".join(s.split())


def load_gazetteer():
    """Folded name -> list of (name, country, feature, population, lat, lon) from data/geo/*.txt,
    and folded country name -> ISO alpha-3; empty when the files are not there."""
    names, countries = {}, {}
    try:
        files = sorted(f for f in os.listdir(GEO_DIR) if f.endswith(".txt"))
    except OSError:
        return names, countries
    for fn in files:
        with open(os.path.join(GEO_DIR, fn), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                p = line.rstrip("\n").split("\t")
                if len(p) < 9:
                    continue
                try:
                    entry = (p[1], p[3], p[7], int(p[8] or 0), float(p[5]), float(p[6]))
                except ValueError:
                    continue
                for n in [p[1]] + [a for a in p[2].split("|") if a]:
                    k = fold(n)
                    names.setdefault(k, []).append(entry)
                    if p[7] == "PCLI" and p[3]:
                        countries.setdefault(k, p[3])
    return names, countries


def gold_kind(g):
    """The gold toponym's kind, for recall by kind."""
    if "lat" not in g:
        return "no coordinates (streets, buildings, ...)"
    f = g["fcode"]
    if f.startswith("PCL"):
        return "countries"
    if f == "ADM1":
        return "first-level divisions (states)"
    if f.startswith("ADM") or f == "ADMD":
        return "counties, townships, other divisions"
    if f.startswith("PPL"):
        return "populated places"
    return "other (water, areas, parks, regions)"


def reachable(g, names):
    """Nonzero when the gazetteer has a place under the gold phrase within 161 km of the gold."""
    return any(km(g["lat"], g["lon"], x[4], x[5]) <= KM for x in names.get(fold(g["phrase"]), []))


def country_code(name, countries):
    if not name:
        return None
    k = fold(name)
    return countries.get(k) or COUNTRY_ALIASES.get(k)


def load_gold(path):
    articles = []
    for a in ET.parse(path).getroot().iter("article"):
        text = a.findtext("text") or ""
        # Byte offset of every character offset, and one past the end.
        byte_at = [0] * (len(text) + 1)
        for i, ch in enumerate(text):
            byte_at[i + 1] = byte_at[i] + len(ch.encode("utf-8"))
        tops = []
        for t in a.iter("toponym"):
            s, e = int(t.findtext("start")), int(t.findtext("end"))
            g = t.find("gaztag")
            top = {"start": s, "end": e, "bstart": byte_at[s], "bend": byte_at[e],
                   "phrase": t.findtext("phrase") or text[s:e]}
            if g is not None and g.findtext("lat") is not None:
                top.update(geonameid=int(g.get("geonameid") or 0), name=g.findtext("name"),
                           fcode=g.findtext("fcode") or "", lat=float(g.findtext("lat")),
                           lon=float(g.findtext("lon")), country=g.findtext("country"),
                           admin1=g.findtext("admin1"))
            tops.append(top)
        articles.append({"id": a.get("docid"), "date": (a.findtext("dltime") or "")[:10],
                         "text": text, "bytes": text.encode("utf-8"), "byte_at": byte_at,
                         "toponyms": tops})
    return articles


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def auc(errors):
    """Gritta et al.'s AUC: the trapezoid area under the sorted log errors, over its maximum."""
    if len(errors) < 2:
        return 0.0
    ys = [math.log(1 + e) for e in sorted(errors)]
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))
    return area / ((len(ys) - 1) * math.log(20039))


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def same_place(g, p, gold_iso):
    """Right place without the 161 km: the same GeoNames id, or the same country or
    first-level division when gold and prediction are both one."""
    if g.get("geonameid") and p.get("geonameid") == g["geonameid"]:
        return True
    feat = p.get("feature") or ""
    if g["fcode"].startswith("PCL") and feat.startswith("PCL"):
        return gold_iso is not None and p.get("country") == gold_iso
    if g["fcode"] == "ADM1" and feat == "ADM1":
        return (gold_iso is not None and p.get("country") == gold_iso and
                fold(p.get("name") or "") in (fold(g.get("name") or ""), fold(g.get("admin1") or "")))
    return False


def spread(items, n):
    """n of the items, evenly spaced, so that the examples are not all from the first articles."""
    step = max(1, len(items) // n) if n else 1
    return items[::step][:n]


def context(art, s, e, width=60):
    t = art["text"]
    a, b = max(0, s - width), min(len(t), e + width)
    return ("..." if a else "") + (t[a:s] + "[" + t[s:e] + "]" + t[e:b]).replace("\n", " ") + \
        ("..." if b < len(t) else "")


def gazetteer_note(phrase, names):
    places = names.get(fold(phrase))
    if not places:
        return "not in gazetteer"
    best = sorted(places, key=lambda x: -x[3])[:3]
    return "gazetteer: %d (%s)" % (len(places), ", ".join("%s %s %s" % (x[0], x[1] or "-", x[2]) for x in best))


def main():
    args = sys.argv[1:]
    n_misses = 0
    json_path = None
    for flag in ("--misses", "--json"):
        if flag in args:
            i = args.index(flag)
            if i + 1 >= len(args) or (flag == "--misses" and not args[i + 1].isdigit()):
                print("places_lgl.py: %s wants %s" % (flag, "a number" if flag == "--misses" else "a file name"),
                      file=sys.stderr)
                sys.exit(2)
            if flag == "--misses":
                n_misses = int(args[i + 1])
            else:
                json_path = args[i + 1]
            del args[i:i + 2]
    if len(args) != 2:
        print("usage: places_lgl.py DATELINE lgl.xml [--misses N] [--json FILE]", file=sys.stderr)
        sys.exit(2)
    dateline, gold_path = args

    try:
        articles = load_gold(gold_path)
    except (OSError, ET.ParseError) as e:
        print("LGL places: cannot read %s: %s" % (gold_path, e))
        sys.exit(2)
    names, countries = load_gazetteer()
    lines = [json.dumps({"id": a["id"], "date": a["date"], "text": a["text"]}) for a in articles]
    try:
        out = subprocess.run([dateline, "places", "--quiet", "--format", "jsonl", "--input", "jsonl", "-"],
                             input=("\n".join(lines) + "\n").encode(), capture_output=True, check=False)
    except OSError as e:
        print("LGL places: `dateline places` could not be run: %s" % e)
        sys.exit(2)
    if out.returncode not in (0, 1):
        err = out.stderr.decode(errors="replace").strip().splitlines()
        print("LGL places: `dateline places` failed (exit %d): %s"
              % (out.returncode, err[0] if err else "no message"))
        sys.exit(2)
    predicted, bad = {}, 0
    for line in out.stdout.decode(errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            p = json.loads(line)
        except ValueError:
            bad += 1
            continue
        predicted.setdefault(p.get("article"), []).append(p)

    n_gold = n_pred = pred_hit = gold_hit = offset_bad = exact = 0
    n_geo = geo_hit = 0
    by_kind = {}           # gold kind -> [gold, found]
    resolved = []          # (gold, prediction, article, error km, right place, right country)
    missed, false_pos, results = [], [], []
    for art in articles:
        preds = [p for p in predicted.get(art["id"], [])
                 if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)]
        for p in preds:
            # dateline prints the text normalised (curly quotes straight), so folded forms are compared.
            if fold(art["bytes"][p["start"]:p["end"]].decode("utf-8", "replace")) != fold(p.get("text") or ""):
                offset_bad += 1
        n_pred += len(preds)
        hit_preds = set()
        for g in art["toponyms"]:
            n_gold += 1
            has_geo = "lat" in g
            n_geo += has_geo
            over = [(min(g["bend"], p["end"]) - max(g["bstart"], p["start"]), i)
                    for i, p in enumerate(preds) if p["start"] < g["bend"] and g["bstart"] < p["end"]]
            hit_preds.update(i for _, i in over)
            exact += any(preds[i]["start"] == g["bstart"] and preds[i]["end"] == g["bend"] for _, i in over)
            kind = by_kind.setdefault(gold_kind(g), [0, 0])
            kind[0] += 1
            kind[1] += bool(over)
            r = {"article": art["id"], "start": g["start"], "end": g["end"], "phrase": g["phrase"],
                 "gold": {k: g.get(k) for k in ("name", "geonameid", "fcode", "country", "lat", "lon")}
                 if has_geo else None, "found": bool(over)}
            results.append(r)
            if not over:
                missed.append((art, g))
                continue
            gold_hit += 1
            geo_hit += has_geo
            p = preds[max(over)[1]]
            r["predicted"] = {k: p.get(k) for k in ("text", "name", "country", "feature", "lat", "lon", "geonameid")}
            if not has_geo:
                continue
            gold_iso = country_code(g.get("country"), countries)
            if isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float)):
                err = km(g["lat"], g["lon"], p["lat"], p["lon"])
            else:
                err = None
            place_ok = (err is not None and err <= KM) or same_place(g, p, gold_iso)
            country_ok = None if gold_iso is None else p.get("country") == gold_iso
            r.update(km=None if err is None else round(err, 1), right_place=place_ok,
                     right_country=country_ok)
            resolved.append((g, p, art, err, place_ok, country_ok))
        pred_hit += len(hit_preds)
        for i, p in enumerate(preds):
            if i not in hit_preds:
                false_pos.append((art, p))

    prec, rec = pct(pred_hit, n_pred), pct(gold_hit, n_gold)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    errors = [x[3] for x in resolved if x[3] is not None]
    with_country = [x for x in resolved if x[5] is not None]
    print("LGL places: %d articles, %d gold toponyms (%d with coordinates), %d places printed"
          % (len(articles), n_gold, n_geo, n_pred))
    if bad:
        print("  %d output lines were not JSON" % bad)
    if offset_bad:
        print("  %d printed places whose text is not the bytes at their offsets" % offset_bad)
    print("  recognition (spans overlap):")
    print("    precision %5.1f%%  (%d of %d printed places overlap a gold toponym)" % (prec, pred_hit, n_pred))
    print("    recall    %5.1f%%  (%d of %d gold toponyms; %.1f%% of the %d with coordinates)"
          % (rec, gold_hit, n_gold, pct(geo_hit, n_geo), n_geo))
    print("    F1        %5.1f%%" % f1)
    ep, er = pct(exact, n_pred), pct(exact, n_gold)
    print("    exact spans: precision %.1f%%, recall %.1f%%, F1 %.1f%%"
          % (ep, er, 2 * ep * er / (ep + er) if ep + er else 0.0))
    print("    recall by kind of gold toponym:")
    for k, (cnt, found) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]):
        print("      %-40s %5.1f%%  (%d of %d)" % (k, pct(found, cnt), found, cnt))
    if names:
        known = sum(1 for _, g in missed if fold(g["phrase"]) in names)
        print("    missed %d: the gazetteer has the name of %d, not of %d" % (len(missed), known, len(missed) - known))
    n = len(resolved)
    print("  resolution of the %d matched toponyms with coordinates:" % n)
    print("    acc@161 km      %5.1f%%  (%d)" % (pct(len([e for e in errors if e <= KM]), n),
                                                 len([e for e in errors if e <= KM])))
    print("    right place     %5.1f%%  (%d; within 161 km, the same GeoNames id, country or division)"
          % (pct(sum(x[4] for x in resolved), n), sum(x[4] for x in resolved)))
    print("    right country   %5.1f%%  (%d of %d whose gold has a country)"
          % (pct(sum(x[5] for x in with_country), len(with_country)), sum(x[5] for x in with_country),
             len(with_country)))
    if errors:
        print("    error km        mean %.0f, median %.1f, AUC %.3f (%d with coordinates printed)"
              % (statistics.mean(errors), statistics.median(errors), auc(errors), len(errors)))
    wrong = [x for x in resolved if not x[4]]
    if names:
        choosable = sum(1 for x in wrong if reachable(x[0], names))
        print("    wrong %d: the gazetteer has a place of that name within 161 km of the gold for %d "
              "(a choice the resolver could make), none for %d" % (len(wrong), choosable, len(wrong) - choosable))
    print("  end to end: %.1f%% of the %d gold toponyms with coordinates found and placed within 161 km"
          % (pct(len([e for e in errors if e <= KM]), n_geo), n_geo))

    if n_misses:
        print("\n  missed gold toponyms (gold name, feature, country; what the gazetteer has of the phrase):")
        for art, g in spread(missed, n_misses):
            gold = "%s %s %s" % (g.get("name"), g.get("fcode"), g.get("country")) if "lat" in g else "no coordinates"
            print("    %-22s %-40s %s\n        %s" % (g["phrase"], gold, gazetteer_note(g["phrase"], names),
                                                    context(art, g["start"], g["end"])))
        print("\n  wrong places (gold name, feature, country -> printed name, feature, country, km):")
        for g, p, art, err, _, _ in spread(wrong, n_misses):
            print("    %-22s %s %s %s -> %s %s %s %s\n        %s"
                  % (g["phrase"], g.get("name"), g["fcode"], g.get("country"), p.get("name"), p.get("feature"),
                     p.get("country"), "?" if err is None else "%.0f km" % err, context(art, g["start"], g["end"])))
        print("\n  false positives (printed name, feature, country):")
        for art, p in spread(false_pos, n_misses):
            s = art["byte_at"].index(p["start"]) if p["start"] in art["byte_at"] else 0
            e = art["byte_at"].index(p["end"]) if p["end"] in art["byte_at"] else s
            print("    %-22s %s %s %s\n        %s" % (p.get("text"), p.get("name"), p.get("feature"),
                                                    p.get("country"), context(art, s, e)))
    if json_path:
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
            f.write("\n")
    sys.exit(0)


if __name__ == "__main__":
    main()
