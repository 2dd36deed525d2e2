#!/bin/sh
# gen-corpus.sh: writes a synthetic wire-story corpus (plain text, JSON Lines, SGML) for benchmarks.
#
#   sh bench/gen-corpus.sh OUTDIR [MB]
#
# Makes OUTDIR/text/*.txt (one story a file), OUTDIR/stories.jsonl,
# OUTDIR/reuters.sgm (Reuters-21578 records) and OUTDIR/gigaword.sgml (GigaWord
# <DOC> records), about MB megabytes each (default 2). The stories are drawn
# from fixed word lists by a seeded generator written in awk itself, so every
# machine and every awk gets the same bytes and benchmark numbers compare. It is used when the real corpora under
# ../shared/data/corpora are not there.
set -eu

out=${1:?usage: sh bench/gen-corpus.sh OUTDIR [MB]}
mb=${2:-2}
mkdir -p "$out/text"

awk -v out="$out" -v target="$((mb * 1000000))" '
# Park-Miller: products stay below 2^53, so every awk gets the same exact sequence.
function rnd() { SEED = (SEED * 16807) % 2147483647; return SEED / 2147483647 }
function pick(list,   n, parts) { n = split(list, parts, "|"); return parts[int(rnd() * n) + 1] }
function number(   r) {
  r = rnd()
  if (r < 0.3) return int(rnd() * 90) + 2
  if (r < 0.5) return sprintf("%d,%03d", int(rnd() * 90) + 1, int(rnd() * 1000))
  if (r < 0.65) return pick("two|three|four|five|six|seven|a dozen|dozens of|hundreds of|forty-six|thousands of")
  if (r < 0.8) return sprintf("%.1f million", rnd() * 9 + 1)
  return sprintf("about %d", (int(rnd() * 40) + 1) * 10)
}
function sentence(   s, r) {
  s = pick(ACTORS) " " pick(VERBS) " " number() " " pick(OBJECTS) " " pick(PLACES_IN) " on " pick(DAYS)
  r = rnd()
  if (r < 0.3) s = s ", " pick(SOURCES) "."
  else if (r < 0.45) s = "\"" s ",\" " pick(SPEAKERS) " told reporters."
  else if (r < 0.55) s = s " (" pick(ASIDES) ")."
  else s = s "."
  return s
}
function paragraph(   p, k, n) {
  n = int(rnd() * 3) + 1
  p = sentence()
  for (k = 1; k < n; k++) p = p " " sentence()
  return p
}
function headline() { return pick(HEAD_ACTORS) " " pick(HEAD_VERBS) " " pick(HEAD_OBJECTS) " in " pick(CITIES) }
function byline() { return "By " pick(FIRST) " " pick(LAST) (rnd() < 0.3 ? " and " pick(FIRST) " " pick(LAST) : "") }
function credits() { return "(Reporting by " pick(FIRST) " " pick(LAST) "; Editing by " pick(FIRST) " " pick(LAST) ")" }
function jsonstr(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\n/, "\\n", s); return "\"" s "\"" }
function sgml(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); return s }

# One story: headline, optional byline, dateline paragraph, body, credits.
function story(   s, k, n, city, agency) {
  city = pick(CITIES); agency = pick(AGENCIES)
  HEAD = headline()
  BODY = toupper(city) ", " pick(MONTHS) " " (int(rnd() * 28) + 1) " (" agency ") - " paragraph()
  n = int(rnd() * 8) + 2
  for (k = 0; k < n; k++) BODY = BODY "\n\n" paragraph()
  if (agency == "Reuters") BODY = BODY "\n\n" credits()
  BYLINE = rnd() < 0.6 ? byline() : ""
}

BEGIN {
  SEED = 20260101
  ACTORS = "Rebels|Police|Protesters|The army|Government troops|Militants|Officials|The ministry|Security forces|Villagers|The United Nations|Aid workers|Opposition leaders|The central bank"
  VERBS = "killed|arrested|evacuated|detained|wounded|freed|deployed|sent|rescued|displaced|met|accused|fined"
  OBJECTS = "people|soldiers|civilians|protesters|students|officials|families|fighters|journalists|workers"
  PLACES_IN = "in the capital|near the border|in the north|in two provinces|outside the parliament|at a checkpoint|in the port city"
  DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
  SOURCES = "officials said|police said|the army said in a statement|witnesses said|a U.N. spokesman said|local media reported|Gen. Ahmed Karimi said"
  SPEAKERS = "a spokesman|Mr. Okafor|the governor|a senior U.S. official|Dr. Lindqvist|one witness"
  ASIDES = "see www.example.org|up 12.5 percent|worth $1.5m|about 5% of the total|the most since Jan. 5"
  HEAD_ACTORS = "Rebels|Police|Troops|Protesters|Ministers|Militants|Voters|Lawmakers"
  HEAD_VERBS = "seize|storm|clash with|arrest|block|reject|back|free"
  HEAD_OBJECTS = "border town|parliament|opposition leaders|aid convoy|peace plan|budget|hostages"
  CITIES = "Kano|Goma|Kabul|Islamabad|Beirut|Geneva|Caracas|Manila|Nairobi|Kyiv|Bogota|Dhaka"
  AGENCIES = "Reuters|Reuters|AFP|AP"
  MONTHS = "Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec"
  FIRST = "Maria|Tomas|Anna|Ahmed|Jane|Peter|Li|Sara|Juan|Amina|Oleg|Priya"
  LAST = "Okafor|Lindqvist|Berg|Bello|Smith|Graff|Wei|Haddad|Perez|Diallo|Petrov|Nair"

  # Plain text: one story a file.
  total = 0
  for (i = 1; total < target; i++) {
    story()
    f = sprintf("%s/text/story-%05d.txt", out, i)
    text = HEAD "\n\n" (BYLINE != "" ? BYLINE "\n\n" : "") BODY "\n"
    printf "%s", text > f
    close(f)
    total += length(text)
  }

  # JSON Lines: one record a line, title apart from the text.
  f = out "/stories.jsonl"
  total = 0
  for (i = 1; total < target; i++) {
    story()
    line = sprintf("{\"id\":\"gen-%06d\",\"date\":\"2024-%02d-%02d\",\"source\":\"Wire\",\"url\":\"https://example.com/%d\",\"title\":%s,\"text\":%s}",
                   i, int(rnd() * 12) + 1, int(rnd() * 28) + 1, i, jsonstr(HEAD), jsonstr(BODY))
    print line > f
    total += length(line) + 1
  }
  close(f)

  # Reuters-21578 style SGML.
  f = out "/reuters.sgm"
  print "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">" > f
  total = 0
  for (i = 1; total < target; i++) {
    story()
    body = BODY
    sub(/^[^-]*- /, "", body)
    rec = sprintf("<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"%d\" NEWID=\"%d\">\n<DATE>%2d-MAR-1987 %02d:%02d:%02d.00</DATE>\n<TOPICS></TOPICS>\n<TEXT>&#2;\n<TITLE>%s</TITLE>\n<DATELINE>    %s, March %d - </DATELINE><BODY>%s\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>",
                  i + 5000, i, int(rnd() * 28) + 1, int(rnd() * 24), int(rnd() * 60), int(rnd() * 60),
                  sgml(toupper(HEAD)), toupper(pick(CITIES)), int(rnd() * 28) + 1, sgml(body))
    print rec > f
    total += length(rec) + 1
  }
  close(f)

  # LDC GigaWord style SGML: paragraphs in <P>.
  f = out "/gigaword.sgml"
  total = 0
  for (i = 1; total < target; i++) {
    story()
    n = split(BODY, paras, "\n\n")
    rec = sprintf("<DOC id=\"GEN_ENG_20240101.%04d\" type=\"story\" >\n<HEADLINE>\n%s\n</HEADLINE>\n<TEXT>\n", i, sgml(HEAD))
    for (k = 1; k <= n; k++) rec = rec "<P>\n" sgml(paras[k]) "\n</P>\n"
    rec = rec "</TEXT>\n</DOC>"
    print rec > f
    total += length(rec) + 1
  }
  close(f)
}'
