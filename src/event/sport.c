/* sport.c: whether a story reports sport, where "England beat Italy 38-8" and a
 * club's ban are no political events. */
#include <string.h>

#include "core/words.h"
#include "event/event.h"

/*
 * Words of sports reports, lower case and sorted by byte value, with the
 * half points each is worth: 4 for a word of sport alone ("striker",
 * "rugby"), 2 for one mostly of sport ("tournament", "medal"), 1 for one
 * political news uses too ("victory", "defeat", "team"). They count only
 * written in lower case, so "the Arab League" says nothing, but for the
 * names of sports events.
 */
typedef struct sport_word_weight {
  const char *word;
  unsigned char half_points;
  unsigned char name; /* counts capitalised too: "Wimbledon", "the Olympics" */
} sport_word_weight;

static const sport_word_weight sport_words[] = {
    {"athlete", 2, 0},      {"athletes", 2, 0},      {"athletics", 4, 0},
    {"batsman", 4, 0},      {"batsmen", 4, 0},       {"beat", 1, 0},
    {"beaten", 1, 0},       {"boxer", 2, 0},         {"boxing", 2, 0},
    {"captain", 1, 0},      {"champion", 2, 0},      {"champions", 2, 0},
    {"championship", 2, 0}, {"championships", 2, 0}, {"club", 1, 0},
    {"clubs", 1, 0},        {"coach", 2, 0},         {"cricket", 4, 0},
    {"cricketer", 4, 0},    {"cricketers", 4, 0},    {"cup", 1, 0},
    {"defeat", 1, 0},       {"final", 1, 0},         {"finals", 1, 0},
    {"fixture", 2, 0},      {"fixtures", 2, 0},      {"football", 4, 0},
    {"footballer", 4, 0},   {"footballers", 4, 0},   {"game", 1, 0},
    {"games", 1, 0},        {"goal", 1, 0},          {"goalkeeper", 4, 0},
    {"goalkeepers", 4, 0},  {"goalless", 4, 0},      {"goals", 1, 0},
    {"golf", 4, 0},         {"half-time", 4, 0},     {"hat-trick", 4, 0},
    {"heavyweight", 2, 0},  {"innings", 4, 0},       {"league", 2, 0},
    {"marathon", 4, 0},     {"match", 1, 0},         {"matches", 1, 0},
    {"medal", 2, 0},        {"medallist", 2, 0},     {"medals", 2, 0},
    {"midfielder", 4, 0},   {"midfielders", 4, 0},   {"olympic", 2, 1},
    {"olympics", 2, 1},     {"player", 1, 0},        {"players", 1, 0},
    {"premiership", 4, 1},  {"quarter-final", 4, 0}, {"quarter-finals", 4, 0},
    {"referee", 4, 0},      {"referees", 4, 0},      {"relegation", 2, 0},
    {"rugby", 4, 0},        {"scored", 2, 0},        {"season", 1, 0},
    {"seeded", 2, 0},       {"semi-final", 4, 0},    {"semi-finals", 4, 0},
    {"snooker", 4, 0},      {"soccer", 4, 0},        {"sprinter", 2, 0},
    {"squad", 2, 0},        {"stadium", 1, 0},       {"team", 1, 0},
    {"teams", 1, 0},        {"tennis", 4, 0},        {"title", 1, 0},
    {"tournament", 2, 0},   {"tournaments", 2, 0},   {"trophy", 2, 0},
    {"unbeaten", 2, 0},     {"victory", 1, 0},       {"wicket", 4, 0},
    {"wickets", 4, 0},      {"wimbledon", 4, 1},     {"win", 1, 0},
    {"won", 1, 0},
};

#define SPORT_WORDS (sizeof sport_words / sizeof *sport_words)

/* Half points of a word of sport alone. */
#define SPORT_WORD_ALONE 4

/* Half points a score such as "2-0" or "38-8" is worth. */
#define SPORT_SCORE_WEIGHT 3

/*
 * A story is sport when its words say so at least 8 half points (four
 * words of one sport) and at least one half point in 25 words: a
 * political story that names a football match or an Olympic bid is not.
 */
#define SPORT_MIN_POINTS 8
#define SPORT_WORDS_PER_POINT 25

/*
 * Which first two letters and lengths the words of sport_words have: bit n
 * of by_pair[(a - 'a') * 26 + (b - 'a')] is set when a word of n bytes
 * starts with a and b. Most words of a story ("the", "said", "should")
 * fail this test and are never looked up.
 */
typedef struct sport_shapes {
  uint16_t by_pair[26 * 26];
} sport_shapes;

static void sport_shapes_fill(sport_shapes *sh) {
  memset(sh, 0, sizeof *sh);
  for (size_t k = 0; k < SPORT_WORDS; k++) {
    const char *w = sport_words[k].word;
    size_t n = strlen(w);
    if (n < 16) sh->by_pair[(w[0] - 'a') * 26 + (w[1] - 'a')] |= (uint16_t)(1u << n);
  }
}

/* The half points word w[0, n) is worth: as written, or capitalised when it is a name. */
static unsigned sport_points(const sport_shapes *sh, const char *w, size_t n) {
  if (n >= 16) return 0;
  char first = w[0];
  int capitalised = first >= 'A' && first <= 'Z';
  if (capitalised) first = (char)(first + 32);
  if (first < 'a' || first > 'z' || w[1] < 'a' || w[1] > 'z' ||
      !((sh->by_pair[(first - 'a') * 26 + (w[1] - 'a')] >> n) & 1u))
    return 0;
  size_t lo = 0, hi = SPORT_WORDS;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *s = sport_words[mid].word;
    int c = (unsigned char)first - (unsigned char)s[0];
    size_t k = 1;
    if (c == 0) {
      while (k < n && s[k] && s[k] == w[k]) k++;
      c = k == n ? (s[k] ? -1 : 0) : (s[k] ? (unsigned char)w[k] - (unsigned char)s[k] : 1);
    }
    if (c == 0) return !capitalised || sport_words[mid].name ? sport_words[mid].half_points : 0;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

/* Nonzero when token t is a number of one or two digits. */
static int short_number(const char *text, const dl_token *t) {
  if (t->kind != DL_TOKEN_NUMBER || t->len == 0 || t->len > 2) return 0;
  for (uint32_t k = 0; k < t->len; k++)
    if (text[t->start + k] < '0' || text[t->start + k] > '9') return 0;
  return 1;
}

/*
 * Nonzero when tokens i, i + 1 and i + 2 are a score: "2-0", "38-8", written
 * together, with no more of a number joined to them ("6-1/4", "1-2-3",
 * "747-400" are prices, names and models).
 */
static int score_at(const char *text, const dl_token *tok, size_t n, size_t i) {
  if (i + 2 >= n || !short_number(text, &tok[i]) || !short_number(text, &tok[i + 2])) return 0;
  const dl_token *dash = &tok[i + 1];
  if (dash->len != 1 || text[dash->start] != '-' || dash->start != tok[i].start + tok[i].len ||
      tok[i + 2].start != dash->start + 1)
    return 0;
  if (i > 0 && tok[i - 1].start + tok[i - 1].len == tok[i].start) return 0;
  if (i + 3 < n && tok[i + 3].start == tok[i + 2].start + tok[i + 2].len) return 0;
  /* "voted 50-48", "a 5-4 majority": a vote's tally. */
  static const char *const tally_before[] = {"vote", "voted", "votes", "voting"};
  static const char *const tally_after[] = {"decision", "majority", "margin", "ruling", "split", "verdict", "vote"};
  if (i > 0 && words_sorted_contain(tally_before, 4, text + tok[i - 1].start, tok[i - 1].len)) return 0;
  return !(i + 3 < n && words_sorted_contain(tally_after, 7, text + tok[i + 3].start, tok[i + 3].len));
}

int story_is_sport(const dl_document *doc) {
  const char *text = doc->text.text.data;
  const dl_token *tok = doc->tokens.items;
  size_t n = doc->tokens.len, words = 0, points = 0, sure = 0;
  sport_shapes shapes;
  sport_shapes_fill(&shapes);
  for (size_t i = 0; i < n; i++) {
    const dl_token *t = &tok[i];
    if (t->kind == DL_TOKEN_WORD) {
      words++;
      unsigned p = t->len >= 3 ? sport_points(&shapes, text + t->start, t->len) : 0;
      points += p;
      sure += p == SPORT_WORD_ALONE;
    } else if (score_at(text, tok, n, i)) {
      /* "beat them 2-0", "thrashed Italy 38-8". */
      points += SPORT_SCORE_WEIGHT;
      sure++;
      i += 2;
    }
  }
  /* An election's victory, defeat and team say nothing without a word of sport alone or a score. */
  return sure > 0 && points >= SPORT_MIN_POINTS && points * SPORT_WORDS_PER_POINT >= words;
}

int event_political(const dl_event *ev) {
  /* Roles of a state, its security forces, its courts and the armed groups against it. */
  static const char *const roles[] = {"COP", "ELI", "GOV", "INS", "JUD", "LEG", "MIL", "OPP", "REB", "SPY"};
  const event_actor *actors[2] = {&ev->source, &ev->target};
  for (int a = 0; a < 2; a++)
    if (actors[a]->present && words_codes_any(roles, sizeof roles / sizeof *roles, actors[a]->roles)) return 1;
  return 0;
}
