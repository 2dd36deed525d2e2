#!/bin/sh
# petrarch-dict-check.sh: loads PETRARCH/TABARI dictionaries with `dateline dict check` and compares its counts with counts awk takes from the files.
#
#   sh scripts/petrarch-dict-check.sh DATELINE DIR     (make eval)
#
# Every *.actors.txt, *agents.txt and *discards.txt in DIR must load with no
# error, and the records, synonyms, codes, substitution sets and story-level
# discards that dateline reports must equal what awk counts on its own. Lines
# are read the way PETRARCH reads them: "#" starts a comment, a line that
# starts with "<!" is skipped and a "<!--" left open runs to "-->".
# Exits 0 when every file agrees, 1 otherwise.
set -u

bin=${1:?usage: petrarch-dict-check.sh DATELINE DIR}
dir=${2:?usage: petrarch-dict-check.sh DATELINE DIR}

# Prints "records synonyms codes sets story" for one file of the given kind.
count() {
  awk -v kind="$1" '
    BEGIN { records = synonyms = codes = sets = story = 0; incomment = 0 }
    {
      line = $0
      sub(/\r$/, "", line)
      if (incomment) { if (index(line, "-->")) incomment = 0; next }
      if (substr(line, 1, 1) == "#") next
      if (substr(line, 1, 2) == "<!") {
        if (substr(line, 1, 4) == "<!--" && !index(line, "-->")) incomment = 1
        next
      }
      p = index(line, "#"); if (p) line = substr(line, 1, p - 1)
      p = index(line, "<!--")
      if (p) { if (!index(substr(line, p), "-->")) incomment = 1; line = substr(line, 1, p - 1) }
      gsub(/^[ \t\v\f\r]+|[ \t\v\f\r]+$/, "", line)
      if (line == "") next
      brackets = gsub(/\[/, "[", line)
      first = substr(line, 1, 1)
      if (kind == "actors") {
        if (first == "+") synonyms++
        else if (first != "[") records++
        codes += brackets
      } else if (kind == "agents") {
        if (index(line, "!") && index(line, "=")) sets++
        else { records++; codes += brackets }
      } else {
        records++
        if (first == "+") story++
      }
    }
    END { print records, synonyms, codes, sets, story }
  ' "$2"
}

status=0
checked=0
for f in "$dir"/*.actors.txt "$dir"/*agents.txt "$dir"/*discards.txt; do
  [ -f "$f" ] || continue
  case $f in
    *.actors.txt) kind=actors format=petrarch-actors ;;
    *agents.txt) kind=agents format=petrarch-agents ;;
    *) kind=discards format=petrarch-discards ;;
  esac
  name=$(basename "$f")
  checked=$((checked + 1))
  out=$("$bin" dict check --quiet "$f")
  rc=$?
  summary=$(printf '%s\n' "$out" | tail -n 1)
  # "FILE: FORMAT: N records, N synonyms, N codes, N sets, N story, N entries, N phrases, N errors, N warnings"
  got=$(printf '%s\n' "$summary" | sed -n 's/.*: \([a-z-]*\): \([0-9]*\) records, \([0-9]*\) synonyms, \([0-9]*\) codes, \([0-9]*\) sets, \([0-9]*\) story, \([0-9]*\) entries, \([0-9]*\) phrases, \([0-9]*\) errors, \([0-9]*\) warnings$/\1 \2 \3 \4 \5 \6 \7 \8 \9/p')
  if [ -z "$got" ]; then
    echo "FAIL $name: no summary from dateline dict check" >&2
    status=1
    continue
  fi
  set -- $got
  gformat=$1 grecords=$2 gsynonyms=$3 gcodes=$4 gsets=$5 gstory=$6 gentries=$7 gphrases=$8
  shift 8
  gerrors=$1
  gwarnings=$(printf '%s\n' "$summary" | sed -n 's/.*, \([0-9]*\) warnings$/\1/p')
  want=$(count "$kind" "$f")
  have="$grecords $gsynonyms $gcodes $gsets $gstory"
  verdict=ok
  if [ "$gformat" != "$format" ]; then verdict="FAIL (read as $gformat)"; fi
  if [ "$gerrors" != 0 ] || [ "$rc" != 0 ]; then verdict="FAIL ($gerrors errors)"; fi
  if [ "$have" != "$want" ]; then verdict="FAIL (awk counts $want)"; fi
  [ "$verdict" = ok ] || status=1
  printf '%-36s %-17s records %6s synonyms %5s codes %6s sets %2s story %3s | entries %6s phrases %6s warnings %3s  %s\n' \
    "$name" "$gformat" "$grecords" "$gsynonyms" "$gcodes" "$gsets" "$gstory" "$gentries" "$gphrases" "$gwarnings" "$verdict"
done

if [ "$checked" -eq 0 ]; then
  echo "petrarch-dict-check: no dictionaries in $dir" >&2
  exit 1
fi
[ "$status" -eq 0 ] && echo "petrarch-dict-check: $checked dictionaries load, and their counts agree with awk's"
exit "$status"
