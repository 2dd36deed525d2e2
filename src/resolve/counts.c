/* counts.c: how many people or things a noun phrase names, and the killed and wounded a sentence reports. */
#include "resolve/counts.h"

#include <math.h>
#include <string.h>

#include "tag/wordclass.h"
#include "text/number.h"

/*
 * Rules (tests/spec/counts.txt shows each):
 *
 * The count of a phrase is a number read by number_read (digits, words,
 * hedges, vague plurals) that ends right before the head or before at most
 * COUNT_MAX_MODIFIERS modifiers of it ("Forty-six Afghan soldiers", "two U.S.
 * soldiers", "Hundreds of Afghan army soldiers"). A partitive or collective
 * before the number changes nothing ("another batch of 35 soldiers" is 35);
 * "one of the soldiers" gives no count of "the soldiers" (it counts a part of
 * them). A range ("10 to 15", "between 10 and 15", "10-15") is its lower
 * bound, approximate.
 *
 * A number is no count when it is money or a percentage (by token kind, or a
 * unit word after it: "12 percent", "700 kg", "5 dollars"), a year (four
 * digits, 1900 to 2099, with no hedge), a day of a month ("July 25", "25
 * July"), a label ("No. 5", "Resolution 2254", "aged 20"), a time ("10
 * p.m."), an age or duration ("20 years"), or not whole. number_read itself
 * refuses ordinals, decades, times written "10:30" and compounds such as
 * "20-year-old".
 *
 * A modifier is an abbreviation ("U.S."), a short all-capitals word ("UN"),
 * a capitalised word, or a lower-case content word that does not look like a
 * verb or a plural noun: "-ing" and "-ed" words only from short lists
 * ("armed", "fleeing"), no "-s" plurals, no common verbs. This keeps "12
 * attacks killed soldiers" from counting the soldiers.
 *
 * Casualties are read around the words for killing (kill, slay, massacre,
 * murder, die, dead, death(s), fatalities, lives claimed or lost, death toll)
 * and wounding (wound, injure, hurt, injuries). A passive or intransitive
 * form counts its subject ("12 people were killed", "46 soldiers died", "12
 * dead", "12 killed in", "were among those killed"); an active one its
 * object ("killing 23 people", "wounded two others", "killed a total of 35"),
 * unless the object is no people ("would kill 500 jobs"). Without a number, a
 * subject or object with "a" or "an" counts one ("a policeman was killed",
 * "killed a soldier"), and so does a subject of "was" or "died" that looks
 * singular ("Haniyeh was killed", "the hostage died"); a plural one gives
 * nothing ("the attack killed civilians"), and so does "was hurt" (economies
 * are hurt too). "no one was killed" and "no soldiers were killed" are 0.
 * Alike phrases joined by "and" add up ("3 soldiers and 2 civilians were
 * killed", "a soldier and a policeman"). When a sentence gives several counts
 * of one kind, the largest is kept ("12 were killed, raising the death toll
 * to 30" is 30). Words for killing and wounding joined by "and" or "or" with
 * no number of their own ("killed or wounded") give no count: the sentence
 * does not say which is which. Negated verbs ("were not killed") give none.
 *
 * Every search looks a bounded number of tokens away, so the work is linear in
 * the sentence and nothing is allocated.
 */

/* Modifiers allowed between a number and its head. */
#define COUNT_MAX_MODIFIERS 3
/* Longest number, hedge included, looked for before a head. */
#define COUNT_MAX_NUMBER 8
/* Tokens skipped left of a casualty word to find its subject. */
#define CASUALTY_MAX_SKIP 5
/* Longest parenthesis skipped between a subject and its verb. */
#define CASUALTY_MAX_ASIDE 16
/* Tokens after "death toll" searched for its number. */
#define TOLL_MAX_DISTANCE 12
/* Noun phrases joined by "and" that are added up. */
#define COUNT_MAX_CONJUNCTS 4

/* ------------------------------------------------------------ word helpers */

/* Lower-cases token t into buf (cap bytes); returns its length, 0 when it does not fit. */
static size_t lower_word(const char *text, const dl_token *t, char *buf, size_t cap) {
  if (t->len == 0 || t->len >= cap) return 0;
  for (size_t i = 0; i < t->len; i++) {
    char c = text[t->start + i];
    buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  buf[t->len] = '\0';
  return t->len;
}

/* 1 when the lower-case word w[0, n) is in the NULL-terminated list. */
static int in_list(const char *w, size_t n, const char *const *list) {
  for (; *list; list++)
    if ((*list)[0] == w[0] && strlen(*list) == n && memcmp(*list, w, n) == 0) return 1;
  return 0;
}

/* 1 when tokens[i] (i < n) is the word w, ignoring ASCII case. */
static int is_word(const char *text, const dl_token *tokens, size_t n, size_t i, const char *w) {
  if (i >= n) return 0;
  const dl_token *t = &tokens[i];
  size_t m = strlen(w);
  if (t->len != m) return 0;
  for (size_t k = 0; k < m; k++) {
    char c = text[t->start + k];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != w[k]) return 0;
  }
  return 1;
}

/* 1 when tokens[i] (i < n) is a word or abbreviation in the list, ignoring case. */
static int is_listed(const char *text, const dl_token *tokens, size_t n, size_t i,
                     const char *const *list) {
  char w[24];
  if (i >= n) return 0;
  size_t len = lower_word(text, &tokens[i], w, sizeof w);
  return len && in_list(w, len, list);
}

/* The closed class of a word token, WC_OPEN for any other token. */
static word_class class_of(const char *text, const dl_token *t) {
  char w[24];
  if (t->kind != DL_TOKEN_WORD) return WC_OPEN;
  size_t len = lower_word(text, t, w, sizeof w);
  return len ? word_class_of(w, len) : WC_OPEN;
}

static const char *const month_words[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", NULL};

static const char *const day_words[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", NULL};

/* A capitalised month name ("July", "Jan."); "may" and "march" in lower case are other words. */
static int is_month(const char *text, const dl_token *tokens, size_t n, size_t i) {
  return i < n && (tokens[i].flags & TOKEN_CAPITALISED) && is_listed(text, tokens, n, i, month_words);
}

/* Words after a number that make it a measure, money, a time or a duration. */
static const char *const unit_words[] = {
    "percent", "per", "pc", "percentage", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
    "kilogramme", "kilogrammes", "g", "gram", "grams", "lb", "lbs", "pound", "pounds", "ton",
    "tons", "tonne", "tonnes", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers",
    "m", "metre", "metres", "meter", "meters", "mile", "miles", "ft", "feet", "foot", "inch",
    "inches", "cm", "mm", "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel",
    "barrels", "bpd", "hectare", "hectares", "acre", "acres", "mw", "kw", "gw", "degree",
    "degrees", "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days",
    "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec",
    "decade", "decades", "century", "centuries", "dollar", "dollars", "euro", "euros", "yen",
    "yuan", "rupee", "rupees", "ruble", "rubles", "rouble", "roubles", "dinar", "dinars", "riyal",
    "riyals", "shekel", "shekels", "afghani", "afghanis", "lira", "naira", "cent", "cents",
    "pence", "usd", "eur", "gbp", "a.m.", "p.m.", "am", "pm", "o'clock", "times", "%", NULL};

/* Words before a number that make it a label, an age or a rank. */
static const char *const label_words[] = {
    "no.", "nos.", "number", "aged", "age", "ages", "resolution", "article", "flight", "route",
    "highway", "chapter", "page", "section", "paragraph", "clause", "room", "level", "phase",
    "category", "grade", "class", "item", "rule", "vol.", "volume", "platform", "gate", "line",
    "bus", "channel", "unit", "brigade", "battalion", "division", "regiment", "camp", "district",
    "block", "sector", "zone", "ward", "terminal", "exit", "junction", "apartment", "apt.",
    "building", "hall", "verse", "psalm", "surah", "sura", "decree", "law", "act", "bill",
    "case", "file", "model", "version", "covid", "mig", "boeing", "airbus", "rs", "rs.", NULL};

/* Lower-case "-ed" and "-ing" words that are adjectives before a head. */
static const char *const verbal_adjectives[] = {
    "armed", "unarmed", "injured", "wounded", "suspected", "alleged", "detained", "displaced",
    "trapped", "stranded", "retired", "uniformed", "masked", "unidentified", "elected",
    "unemployed", "kidnapped", "abducted", "arrested", "captured", "wanted", "besieged",
    "disgruntled", "dismissed", "jailed", "imprisoned", "exiled", "trained", "organised",
    "organized", "affiliated", "backed", "allied", "unnamed", "armoured", "armored", "talented",
    "skilled", "interned", "enlisted", "recruited", "demobilised", "demobilized", "evacuated",
    "rescued", "released", "freed", "sentenced", "accused", "convicted", "fleeing", "missing",
    "striking", "protesting", "remaining", "serving", "ruling", "governing", "visiting",
    "opposing", "marching", "retreating", "surviving", "advancing", "returning", "fighting",
    "leading", "ailing", "neighbouring", "neighboring", "warring", "outgoing", "incoming",
    "rioting", "demonstrating", "invading", "occupying", "peacekeeping", "starving", "working",
    NULL};

/*
 * Common verbs that are no "-ed" or "-ing" form: a modifier run stops at them.
 * Verbs that often modify a noun ("attack helicopters", "bomb squad") are left out.
 */
static const char *const verb_words[] = {
    "kill", "fought", "shoot", "shot", "hit", "meet", "met", "led", "held", "tell", "told",
    "say", "said", "see", "saw", "seen", "take", "took", "taken", "give", "gave", "given", "send",
    "sent", "leave", "left", "flee", "fled", "seek", "sought", "catch", "caught", "beat",
    "beaten", "struck", "urge", "warn", "accuse", "arrest", "detain", "capture", "join", "win",
    "won", "lose", "lost", "threaten", "condemn", "blame", "ask", "make", "made", "get", "got",
    "go", "went", "gone", "come", "came", "ran", "put", "let", "keep", "kept", "bring",
    "brought", "find", "found", "become", "became", "begin", "began", "stood", "hear", "heard",
    "pay", "rose", "fell", "die", "died", "hurt", "slew", "slain", "injure", "wound", "enter",
    "reach", "escape", "surrender", "gather", "seize", "abduct", "kidnap", NULL};

/* Plural or collective nouns that take a plural verb but do not end in "s". */
static const char *const plural_nouns[] = {
    "people", "police", "personnel", "staff", "military", "militia", "crew", "children",
    "women", "men", "folk", "cattle", "youth", "clergy", "public", "army", "government",
    "family", "group", "team", "force", "couple", NULL};

/* Subjects with a singular verb that are no people ("the bill was killed"). */
static const char *const abstract_nouns[] = {
    "plan", "deal", "bill", "project", "proposal", "idea", "motion", "measure", "amendment",
    "law", "agreement", "effort", "program", "programme", "economy", "market", "business",
    "trade", "pride", "chance", "reputation", "story", "talk", "initiative", "process", "scheme",
    "engine", "power", "signal", "light", "lights", "momentum", "mood", "image", "case",
    "investigation", "attack", "explosion", "blast", "bomb", "fire", NULL};

/* 1 when token i is a word that could be a noun heading a phrase (not a function word). */
static int is_content_word(const char *text, const dl_token *tokens, size_t n, size_t i) {
  if (i >= n) return 0;
  const dl_token *t = &tokens[i];
  if (t->kind == DL_TOKEN_ABBREV) return 1;
  if (t->kind != DL_TOKEN_WORD) return 0;
  if ((t->flags & TOKEN_ALLCAPS) && t->len <= 5) return 1; /* US, UN, NATO */
  return class_of(text, t) == WC_OPEN;
}

/* 1 when token i can stand between a number and the head it counts. */
static int is_modifier(const char *text, const dl_token *tokens, size_t n, size_t i) {
  char w[24];
  if (i >= n) return 0;
  const dl_token *t = &tokens[i];
  if (t->kind == DL_TOKEN_ABBREV) {
    size_t len = lower_word(text, t, w, sizeof w);
    if (!len || in_list(w, len, unit_words) || in_list(w, len, label_words) ||
        in_list(w, len, month_words))
      return 0;
    return t->len < 2 || token_is_abbreviation(text + t->start, t->len - 1) != ABBREV_NUMBER;
  }
  if (t->kind != DL_TOKEN_WORD) return 0;
  size_t len = lower_word(text, t, w, sizeof w);
  if (!len) return 0;
  if (in_list(w, len, unit_words) || is_month(text, tokens, n, i) || in_list(w, len, day_words))
    return 0;
  if ((t->flags & TOKEN_ALLCAPS) && len <= 5) return 1;
  if (word_class_of(w, len) != WC_OPEN || in_list(w, len, verb_words)) return 0;
  if (t->flags & TOKEN_CAPITALISED) return 1; /* Afghan, Taliban */
  if (in_list(w, len, verbal_adjectives)) return 1;
  if (len > 3 && memcmp(w + len - 3, "ing", 3) == 0) return 0;
  if (len > 2 && memcmp(w + len - 2, "ed", 2) == 0) return 0;
  if (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i')
    return 0; /* a plural noun or a verb: "attacks", "kills" */
  if (len > 3 && memcmp(w + len - 3, "men", 3) == 0 && strcmp(w, "women") != 0) return 0; /* gunmen */
  if (strcmp(w, "people") == 0 || strcmp(w, "children") == 0) return 0;
  return 1;
}

/* ----------------------------------------------------------------- numbers */

/* 1 when token t is four digits and nothing else. */
static int is_four_digits(const char *text, const dl_token *t) {
  if (t->kind != DL_TOKEN_NUMBER || t->len != 4) return 0;
  for (size_t i = 0; i < 4; i++)
    if (text[t->start + i] < '0' || text[t->start + i] > '9') return 0;
  return 1;
}

/*
 * 1 when the number read at tokens[p, p + k) with value v is a count: not
 * money, a percentage, a measure, a year, a date, a label or a time.
 */
static int count_valid(const char *text, const dl_token *tokens, size_t n, size_t p, size_t k,
                       double v) {
  if (!(v >= 0) || v > 1e15 || v != floor(v)) return 0;
  for (size_t i = p; i < p + k; i++)
    if (tokens[i].kind == DL_TOKEN_CURRENCY || tokens[i].kind == DL_TOKEN_PERCENT) return 0;
  if (k == 1 && is_four_digits(text, &tokens[p]) && v >= 1900 && v <= 2099) return 0;
  int digits = tokens[p + k - 1].kind == DL_TOKEN_NUMBER;
  if (p > 0) {
    const dl_token *b = &tokens[p - 1];
    if (b->kind == DL_TOKEN_CURRENCY || b->kind == DL_TOKEN_SYMBOL) return 0;
    if (b->kind == DL_TOKEN_PUNCT && text[b->start] == '#') return 0;
    if (is_listed(text, tokens, n, p - 1, label_words)) return 0;
    if (digits && v <= 31 && is_month(text, tokens, n, p - 1)) return 0;
  }
  if (p + k < n) {
    const dl_token *a = &tokens[p + k];
    if (a->kind == DL_TOKEN_POSSESSIVE) return 0; /* "2021's" */
    if (a->kind == DL_TOKEN_PUNCT && a->len == 1 &&
        (text[a->start] == '%' || text[a->start] == ':' || text[a->start] == '/'))
      return 0;
    if (is_listed(text, tokens, n, p + k, unit_words)) return 0;
    if (digits && v <= 31 && is_month(text, tokens, n, p + k)) return 0;
  }
  return 1;
}

/*
 * A count whose tokens end right before tokens[m] and start at or after lo:
 * the longest such number (so its hedge is included). Returns 1 and fills *c.
 */
static int number_ending_at(const char *text, const dl_token *tokens, size_t n, size_t lo,
                            size_t m, count_mention *c) {
  if (m > n || m <= lo) return 0;
  size_t p = m - lo > COUNT_MAX_NUMBER ? m - COUNT_MAX_NUMBER : lo;
  for (; p < m; p++) {
    if (!number_may_start(text, &tokens[p])) continue;
    double v;
    int approx;
    size_t k = number_read(text, tokens, n, p, &v, &approx);
    if (k == m - p && count_valid(text, tokens, n, p, k, v)) {
      c->value = v;
      c->approximate = (uint8_t)approx;
      c->first = (uint32_t)p;
      c->end = (uint32_t)m;
      return 1;
    }
  }
  return 0;
}

/* A count starting at tokens[p]: its tokens [p, p + k). Returns 1 and fills *c. */
static int number_starting_at(const char *text, const dl_token *tokens, size_t n, size_t p,
                              count_mention *c) {
  if (p >= n || !number_may_start(text, &tokens[p])) return 0;
  double v;
  int approx;
  size_t k = number_read(text, tokens, n, p, &v, &approx);
  if (!k || !count_valid(text, tokens, n, p, k, v)) return 0;
  c->value = v;
  c->approximate = (uint8_t)approx;
  c->first = (uint32_t)p;
  c->end = (uint32_t)(p + k);
  return 1;
}

/* Widens a count to a range before it: "10 to 15", "between 10 and 15", "10-15" is 10, approximate. */
static void widen_to_range(const char *text, const dl_token *tokens, size_t n, size_t lo,
                           count_mention *c) {
  size_t p = c->first;
  if (p < lo + 2) return;
  int to = is_word(text, tokens, n, p - 1, "to") || is_word(text, tokens, n, p - 1, "or");
  int dash = tokens[p - 1].kind == DL_TOKEN_PUNCT && text[tokens[p - 1].start] == '-';
  int and = is_word(text, tokens, n, p - 1, "and");
  if (!to && !dash && !and) return;
  count_mention low;
  if (!number_ending_at(text, tokens, n, lo, p - 1, &low)) return;
  size_t q = low.first;
  if (and) {
    if (q <= lo || !is_word(text, tokens, n, q - 1, "between")) return;
    q--;
  } else if (q > lo && (is_word(text, tokens, n, q - 1, "from") ||
                        is_word(text, tokens, n, q - 1, "between"))) {
    q--;
  }
  if (low.value > c->value) return; /* "2 to 1" is no range */
  c->value = low.value;
  c->approximate = 1;
  c->first = (uint32_t)q;
}

/*
 * The count of the phrase whose head starts at first, searching no further
 * left than lo: a number ending at first or before its modifiers. *mods_first
 * gets where the modifiers start (first when there are none).
 */
static int count_before(const char *text, const dl_token *tokens, size_t n, size_t lo,
                        size_t first, count_mention *c, size_t *mods_first) {
  size_t m = first;
  for (int mods = 0;; mods++) {
    if (number_ending_at(text, tokens, n, lo, m, c)) {
      widen_to_range(text, tokens, n, lo, c);
      if (mods_first) *mods_first = m;
      return 1;
    }
    if (mods == COUNT_MAX_MODIFIERS || m <= lo || !is_modifier(text, tokens, n, m - 1)) break;
    m--;
  }
  if (mods_first) *mods_first = m;
  return 0;
}

int count_of_phrase(const char *text, const dl_token *tokens, size_t n, size_t first, size_t end,
                    count_mention *out) {
  count_mention c;
  if (!text || !tokens || !out || first >= end || end > n) return 0;
  /* A head that starts with its own number: "35 soldiers". */
  if (number_starting_at(text, tokens, n, first, &c) && c.end < end) {
    *out = c;
    return 1;
  }
  if (!count_before(text, tokens, n, 0, first, &c, NULL)) return 0;
  *out = c;
  return 1;
}

/* -------------------------------------------------------------- casualties */

/* What a casualty word is. */
enum {
  CW_NONE,
  CW_ACTIVE,    /* kill, kills, killing, injuring: its object is counted */
  CW_PAST,      /* killed, wounded, slain: passive counts the subject, active the object */
  CW_DIE,       /* die, died: the subject */
  CW_DEAD,      /* dead: the subject, or the object of "shot dead" */
  CW_NOUN,      /* deaths, fatalities, injuries: its own count, or "of" and a count */
  CW_NOUN_OF,   /* death: "the death of a policeman" */
  CW_LIVES,     /* lives, when claimed, lost or cost */
  CW_TOLL       /* toll, after "death" */
};

/* Which count a casualty word reports. */
enum { CASUALTY_KILLED = 1, CASUALTY_WOUNDED = 2 };

static const struct {
  const char *word; /* lower case */
  unsigned char type; /* CW_* */
  unsigned char what; /* CASUALTY_* */
} casualty_words[] = {
    {"kill", CW_ACTIVE, CASUALTY_KILLED},       {"kills", CW_ACTIVE, CASUALTY_KILLED},
    {"killed", CW_PAST, CASUALTY_KILLED},       {"killing", CW_ACTIVE, CASUALTY_KILLED},
    {"killings", CW_NOUN, CASUALTY_KILLED},     {"slay", CW_ACTIVE, CASUALTY_KILLED},
    {"slays", CW_ACTIVE, CASUALTY_KILLED},      {"slew", CW_PAST, CASUALTY_KILLED},
    {"slain", CW_PAST, CASUALTY_KILLED},        {"slaying", CW_ACTIVE, CASUALTY_KILLED},
    {"slayings", CW_NOUN, CASUALTY_KILLED},     {"massacre", CW_ACTIVE, CASUALTY_KILLED},
    {"massacres", CW_ACTIVE, CASUALTY_KILLED},  {"massacred", CW_PAST, CASUALTY_KILLED},
    {"massacring", CW_ACTIVE, CASUALTY_KILLED}, {"murder", CW_ACTIVE, CASUALTY_KILLED},
    {"murders", CW_ACTIVE, CASUALTY_KILLED},    {"murdered", CW_PAST, CASUALTY_KILLED},
    {"murdering", CW_ACTIVE, CASUALTY_KILLED},  {"die", CW_DIE, CASUALTY_KILLED},
    {"dies", CW_DIE, CASUALTY_KILLED},          {"died", CW_DIE, CASUALTY_KILLED},
    {"dying", CW_DIE, CASUALTY_KILLED},         {"dead", CW_DEAD, CASUALTY_KILLED},
    {"death", CW_NOUN_OF, CASUALTY_KILLED},     {"deaths", CW_NOUN, CASUALTY_KILLED},
    {"fatalities", CW_NOUN, CASUALTY_KILLED},   {"lives", CW_LIVES, CASUALTY_KILLED},
    {"toll", CW_TOLL, CASUALTY_KILLED},         {"wound", CW_ACTIVE, CASUALTY_WOUNDED},
    {"wounded", CW_PAST, CASUALTY_WOUNDED},     {"wounding", CW_ACTIVE, CASUALTY_WOUNDED},
    {"injure", CW_ACTIVE, CASUALTY_WOUNDED},    {"injures", CW_ACTIVE, CASUALTY_WOUNDED},
    {"injured", CW_PAST, CASUALTY_WOUNDED},     {"injuring", CW_ACTIVE, CASUALTY_WOUNDED},
    {"injuries", CW_NOUN, CASUALTY_WOUNDED},    {"hurt", CW_PAST, CASUALTY_WOUNDED},
    {"hurts", CW_ACTIVE, CASUALTY_WOUNDED},     {"hurting", CW_ACTIVE, CASUALTY_WOUNDED},
};

/* The casualty word at token i: fills *type and *what; 0 when it is none. */
static int casualty_word(const char *text, const dl_token *tokens, size_t n, size_t i, int *type,
                         int *what) {
  char w[16];
  if (i >= n || tokens[i].kind != DL_TOKEN_WORD) return 0;
  char c = (char)(text[tokens[i].start] | 0x20);
  if (!strchr("kwsmdfltih", c)) return 0; /* most words fail here */
  size_t len = lower_word(text, &tokens[i], w, sizeof w);
  if (!len) return 0;
  for (size_t k = 0; k < sizeof casualty_words / sizeof *casualty_words; k++)
    if (casualty_words[k].word[0] == w[0] && strcmp(casualty_words[k].word, w) == 0) {
      *type = casualty_words[k].type;
      *what = casualty_words[k].what;
      return 1;
    }
  return 0;
}

/* What the words left of a casualty word said. */
typedef struct left_context {
  size_t j;      /* the last token of the subject, or (size_t)-1 */
  int be;        /* a form of "be" or "get": passive */
  int singular;  /* was, is, has: a singular subject */
  int have;      /* have, has, had */
  int negated;   /* not, never */
} left_context;

static const char *const be_words[] = {"be", "is", "are", "was", "were", "been", "being", "am",
                                       "get", "gets", "got", "getting", "gotten", NULL};
static const char *const dead_lead_words[] = {
    "shot", "gunned", "stabbed", "beaten", "hacked", "clubbed", "burned", "burnt", "found",
    "left", "lying", "confirmed", "reported", "feared", "presumed", "declared", "pronounced",
    "shoot", "shoots", "shooting", "now", NULL};

static const char *const report_words[] = {"reported", "confirmed", "feared", "believed",
                                           "presumed", "thought", "known", NULL};

/* Skips the auxiliaries and adverbs left of token v and says what they were. */
static void skip_left(const char *text, const dl_token *tokens, size_t n, size_t v, int type,
                      left_context *lc) {
  char w[24];
  (void)n; /* tokens[0, v) are all read */
  *lc = (left_context){0};
  size_t j = v;
  for (int k = 0; k < CASUALTY_MAX_SKIP && j > 0; k++) {
    const dl_token *t = &tokens[j - 1];
    if (t->kind != DL_TOKEN_WORD) break;
    size_t len = lower_word(text, t, w, sizeof w);
    if (!len) break;
    word_class cls = word_class_of(w, len);
    if (cls == WC_AUX) {
      if (in_list(w, len, be_words)) lc->be = 1;
      if (strcmp(w, "has") == 0 || strcmp(w, "have") == 0 || strcmp(w, "had") == 0) lc->have = 1;
      if (strcmp(w, "was") == 0 || strcmp(w, "is") == 0 || strcmp(w, "has") == 0) lc->singular = 1;
    } else if (cls == WC_NEGATION && strcmp(w, "no") != 0) {
      lc->negated = 1;
    } else if (in_list(w, len, be_words)) {
      lc->be = 1; /* get, got */
    } else if (cls == WC_ADVERB || cls == WC_MODAL ||
               (len > 3 && memcmp(w + len - 2, "ly", 2) == 0 && !(t->flags & TOKEN_CAPITALISED))) {
      /* reportedly, also, will */
    } else if ((strcmp(w, "all") == 0 || strcmp(w, "both") == 0) && j < v) {
      /* "were all killed" */
    } else if (type == CW_DEAD && in_list(w, len, dead_lead_words)) {
      /* "was shot dead", "were found dead" */
    } else if (type == CW_PAST && in_list(w, len, report_words)) {
      /* "were reported killed" */
    } else {
      break;
    }
    j--;
  }
  lc->j = j > 0 ? j - 1 : (size_t)-1;
  if (lc->have && !lc->be) lc->singular = 0;
}

/* 1 when the head at j looks singular and names someone: no plural, pronoun or abstract noun. */
static int singular_head(const char *text, const dl_token *tokens, size_t n, size_t j) {
  char w[24];
  if (j >= n) return 0;
  const dl_token *t = &tokens[j];
  if (t->kind != DL_TOKEN_WORD || (t->flags & TOKEN_ALLCAPS)) return 0;
  size_t len = lower_word(text, t, w, sizeof w);
  if (!len || word_class_of(w, len) != WC_OPEN) return 0;
  if (in_list(w, len, plural_nouns) || in_list(w, len, abstract_nouns) ||
      in_list(w, len, verb_words))
    return 0;
  if (len > 3 && memcmp(w + len - 3, "men", 3) == 0) return 0; /* gunmen */
  /* A plural ends in "s", but a name may too ("Thomas"): a capital counts as a name except
     first in the sentence or after a determiner */
  int name = (t->flags & TOKEN_CAPITALISED) && j > 0 && class_of(text, &tokens[j - 1]) != WC_DET;
  if (!name && len > 2 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u') return 0;
  return 1;
}

/* 1 when token i is a lower-case word ending in "-ed" that is no adjective: "attacked". */
static int past_verb(const char *text, const dl_token *tokens, size_t n, size_t i) {
  char w[24];
  if (i >= n || tokens[i].kind != DL_TOKEN_WORD || (tokens[i].flags & TOKEN_CAPITALISED)) return 0;
  size_t len = lower_word(text, &tokens[i], w, sizeof w);
  return len > 3 && memcmp(w + len - 2, "ed", 2) == 0 && !in_list(w, len, verbal_adjectives) &&
         !in_list(w, len, report_words);
}

/* A found count: its value and whether it is approximate; value < 0 for none. */
typedef struct found {
  double value;
  int approximate;
} found;

/* How a subject without a number may count one (flags for subject_count). */
enum {
  SUBJECT_ARTICLE = 1,      /* "a policeman", "another soldier" */
  SUBJECT_BARE = 2,         /* a name or "the soldier" */
  SUBJECT_SINGULAR_VERB = 4 /* "was", "is", "has": no phrases joined by "and" */
};

/* 1 when token i is "a", "an" or "another". */
static int is_article(const char *text, const dl_token *tokens, size_t n, size_t i) {
  return is_word(text, tokens, n, i, "a") || is_word(text, tokens, n, i, "an") ||
         is_word(text, tokens, n, i, "another");
}

/*
 * The count of the noun phrase that ends at token j (its head), searching no
 * further left than lo: a number, 0 for "no one" or "no soldiers", or one for
 * a singular phrase as the SUBJECT_* flags allow. Adds up phrases joined by
 * "and" or commas that are alike (numbers with numbers, "a soldier and a
 * policeman"). *start gets the first token of the phrase.
 */
static found subject_count(const char *text, const dl_token *tokens, size_t n, size_t lo,
                           size_t j, int flags, size_t *start) {
  found f = {-1, 0};
  count_mention c;
  size_t m = j;
  int by_number = 0, by_article = 0;
  *start = j + 1;
  if (j >= n || j < lo) return f;
  /* "no one", "nobody", "none" */
  if (is_word(text, tokens, n, j, "nobody") || is_word(text, tokens, n, j, "none") ||
      (is_word(text, tokens, n, j, "one") && j > lo && is_word(text, tokens, n, j - 1, "no"))) {
    f.value = 0;
    *start = is_word(text, tokens, n, j, "one") ? j - 1 : j;
    return f;
  }
  if (number_ending_at(text, tokens, n, lo, j + 1, &c)) {
    /* "12 were killed", "dozens killed" */
    widen_to_range(text, tokens, n, lo, &c);
    by_number = 1;
  } else if (!is_content_word(text, tokens, n, j)) {
    return f;
  } else if (count_before(text, tokens, n, lo, j, &c, &m)) {
    by_number = 1;
  } else if (m > lo && is_word(text, tokens, n, m - 1, "no")) {
    f.value = 0; /* "no soldiers were killed" */
    *start = m - 1;
    return f;
  } else if ((flags & SUBJECT_ARTICLE) && m > lo && is_article(text, tokens, n, m - 1) &&
             singular_head(text, tokens, n, j)) {
    f.value = 1;
    *start = m - 1;
    by_article = !(flags & SUBJECT_SINGULAR_VERB);
  } else if ((flags & SUBJECT_BARE) && singular_head(text, tokens, n, j)) {
    f.value = 1;
    *start = m;
    while (*start > lo && class_of(text, &tokens[*start - 1]) == WC_DET) (*start)--;
    return f;
  } else {
    return f;
  }
  if (by_number) {
    f.value = c.value;
    f.approximate = c.approximate;
    *start = c.first;
  }
  /* Phrases joined by "and" or a comma before this one: "3 soldiers and 2 civilians". */
  for (int k = 0; k < COUNT_MAX_CONJUNCTS; k++) {
    size_t s = *start;
    if (s < lo + 2) break;
    int comma = tokens[s - 1].kind == DL_TOKEN_PUNCT && text[tokens[s - 1].start] == ',';
    if (!comma && !is_word(text, tokens, n, s - 1, "and")) break;
    size_t h = s - 2;
    if (!comma && h > lo && tokens[h].kind == DL_TOKEN_PUNCT && text[tokens[h].start] == ',')
      h--; /* "a, b, and c" */
    int type, what;
    if (!is_content_word(text, tokens, n, h) || casualty_word(text, tokens, n, h, &type, &what))
      break; /* "5 dead and 20 injured" are two counts */
    if (count_before(text, tokens, n, lo, h, &c, &m)) {
      if (!by_number) break;
    } else if (by_article && m > lo && is_article(text, tokens, n, m - 1) &&
               singular_head(text, tokens, n, h)) {
      c.value = 1;
      c.approximate = 0;
      c.first = (uint32_t)(m - 1);
    } else {
      break;
    }
    /* "killed 5 soldiers and 3 civilians were wounded", "attacked 2 posts and 3 police were
       killed": the object of a clause before */
    if (c.first > lo && (casualty_word(text, tokens, n, c.first - 1, &type, &what) ||
                         past_verb(text, tokens, n, c.first - 1)))
      break;
    f.value += c.value;
    f.approximate |= c.approximate;
    *start = c.first;
  }
  return f;
}

/* 1 when the token at p can begin an object: a number, a determiner, a pronoun, a noun. */
static int object_follows(const char *text, const dl_token *tokens, size_t n, size_t p) {
  char w[24];
  count_mention c;
  if (p >= n) return 0;
  if (number_starting_at(text, tokens, n, p, &c)) return 1;
  const dl_token *t = &tokens[p];
  if (t->kind == DL_TOKEN_ABBREV) return !is_listed(text, tokens, n, p, month_words);
  if (t->kind != DL_TOKEN_WORD) return 0;
  size_t len = lower_word(text, t, w, sizeof w);
  if (!len) return 0;
  word_class cls = word_class_of(w, len);
  if (cls == WC_DET || cls == WC_POSSESSIVE || cls == WC_PRONOUN || strcmp(w, "no") == 0 ||
      strcmp(w, "nobody") == 0)
    return 1;
  if (cls != WC_OPEN) return 0;
  if (is_month(text, tokens, n, p) || in_list(w, len, day_words)) return 0;
  if (len > 3 && memcmp(w + len - 2, "ly", 2) == 0 && !(t->flags & TOKEN_CAPITALISED)) return 0;
  int type, what;
  if (casualty_word(text, tokens, n, p, &type, &what)) return 0;
  return 1;
}

/* The end of the noun phrase whose modifiers or head start at p: "Afghan soldiers and". */
static size_t phrase_end(const char *text, const dl_token *tokens, size_t n, size_t p) {
  size_t h = p;
  for (int mods = 0; mods < COUNT_MAX_MODIFIERS && is_modifier(text, tokens, n, h); mods++) h++;
  if (h < n && is_content_word(text, tokens, n, h) && !is_modifier(text, tokens, n, h)) h++;
  return h;
}

/* Things killed or hurt that are no people. */
static const char *const non_person_nouns[] = {
    "jobs", "plans", "hopes", "chances", "deals", "bills", "proposals", "projects", "talks",
    "cattle", "livestock", "animals", "birds", "fish", "sheep", "cows", "goats", "chickens",
    "camels", "horses", "dogs", "trees", "crops", "businesses", "companies", "percent", NULL};

/* Words that may come between an object's determiner and its number: "the 12 hostages". */
static const char *const object_lead_words[] = {"the", "all", "its", "their", "his", "her",
                                                "our", "another", "further", "additional",
                                                "total", "of", NULL};

/* The count of the object that starts at p: a number, "a policeman" (1), "no one" (0). */
static found object_count(const char *text, const dl_token *tokens, size_t n, size_t p) {
  found f = {-1, 0};
  count_mention c;
  if (p >= n) return f;
  /* "the 12 hostages", "another 12", "a further 12", "a total of 35" */
  int counted = number_starting_at(text, tokens, n, p, &c);
  if (!counted) {
    size_t q = p;
    if (is_word(text, tokens, n, q, "a") || is_word(text, tokens, n, q, "an")) q++;
    for (int k = 0; k < 3 && is_listed(text, tokens, n, q, object_lead_words); k++) q++;
    counted = q > p && number_starting_at(text, tokens, n, q, &c);
  }
  if (counted) {
    size_t e = phrase_end(text, tokens, n, c.end);
    if (e > c.end && is_listed(text, tokens, n, e - 1, non_person_nouns)) return f; /* "kill 500 jobs" */
    f.value = c.value;
    f.approximate = c.approximate;
    /* "3 soldiers and 2 civilians": later phrases with numbers are added */
    e = c.end;
    for (int k = 0; k < COUNT_MAX_CONJUNCTS; k++) {
      size_t h = phrase_end(text, tokens, n, e);
      count_mention d;
      if (!is_word(text, tokens, n, h, "and") || !number_starting_at(text, tokens, n, h + 1, &d))
        break;
      size_t e2 = phrase_end(text, tokens, n, d.end);
      int type, what;
      /* "killed 3 soldiers and 2 others were wounded": a clause of its own */
      if (e2 < n && (class_of(text, &tokens[e2]) == WC_AUX ||
                     casualty_word(text, tokens, n, e2, &type, &what)))
        break;
      f.value += d.value;
      f.approximate |= d.approximate;
      e = d.end;
    }
    return f;
  }
  if (is_word(text, tokens, n, p, "nobody") ||
      (is_word(text, tokens, n, p, "no") && is_word(text, tokens, n, p + 1, "one"))) {
    f.value = 0;
    return f;
  }
  if (is_word(text, tokens, n, p, "a") || is_word(text, tokens, n, p, "an") ||
      is_word(text, tokens, n, p, "another")) {
    /* "killed a policeman", "a Pakistani soldier": the head is the last modifier-like word */
    size_t h = p + 1;
    for (int mods = 0; mods < COUNT_MAX_MODIFIERS && is_modifier(text, tokens, n, h) &&
                       is_modifier(text, tokens, n, h + 1);
         mods++)
      h++;
    if (h < n && is_content_word(text, tokens, n, h) && singular_head(text, tokens, n, h))
      f.value = 1;
  }
  return f;
}

/* Words before "lives" that make them lost: "claimed 30 lives", "cost the lives of". */
static const char *const lives_lead_words[] = {
    "claim", "claims", "claimed", "claiming", "lose", "loses", "lost", "losing", "cost", "costs",
    "costing", "take", "takes", "took", "taken", "taking", NULL};

/* The number of a death toll after token v: "rose to 30", "of 30", "stands at 30". */
static found toll_count(const char *text, const dl_token *tokens, size_t n, size_t v) {
  found f = {-1, 0}, from = {-1, 0};
  count_mention c;
  for (size_t p = v + 1; p < n && p <= v + TOLL_MAX_DISTANCE; p++) {
    const dl_token *t = &tokens[p];
    if (t->kind == DL_TOKEN_PUNCT && (text[t->start] == '.' || text[t->start] == ';')) break;
    if (!number_starting_at(text, tokens, n, p, &c)) continue;
    if (p > 0 && is_word(text, tokens, n, p - 1, "from") && from.value < 0) {
      from.value = c.value;
      from.approximate = c.approximate;
      p = c.end - 1;
      continue;
    }
    f.value = c.value;
    f.approximate = c.approximate;
    return f;
  }
  return from;
}

/* The SUBJECT_* flags a verb group allows: "a soldier was killed" is one, and so is "Haniyeh was killed". */
static int subject_flags(const left_context *lc) {
  return SUBJECT_ARTICLE | (lc->singular ? SUBJECT_BARE | SUBJECT_SINGULAR_VERB : 0);
}

/* Where the verb group of a casualty word at v starts: "were among those killed" reads as "were killed". */
static size_t among_those(const char *text, const dl_token *tokens, size_t n, size_t v) {
  if (v >= 2 && (is_word(text, tokens, n, v - 1, "those") || is_word(text, tokens, n, v - 1, "the")) &&
      is_word(text, tokens, n, v - 2, "among"))
    return v - 2;
  return v;
}

/* The count one casualty word at v reports, or value < 0. */
static found casualty_at(const char *text, const dl_token *tokens, size_t n, size_t v, int type) {
  found none = {-1, 0}, f;
  left_context lc;
  count_mention c;
  size_t start;
  switch (type) {
  case CW_ACTIVE:
    if (is_word(text, tokens, n, v + 1, "of")) return object_count(text, tokens, n, v + 2);
    return object_count(text, tokens, n, v + 1);
  case CW_PAST:
    skip_left(text, tokens, n, among_those(text, tokens, n, v), type, &lc);
    if (lc.negated) return none;
    if (lc.be || (!lc.have && lc.j != (size_t)-1 &&
                  number_ending_at(text, tokens, n, 0, lc.j + 1, &c))) {
      /* "were killed", "12 killed", "12 wounded soldiers" */
      /* "was hurt" is said of economies too: only a number counts */
      int one = is_word(text, tokens, n, v, "hurt") ? 0 : subject_flags(&lc);
      if (lc.j == (size_t)-1) return none;
      f = subject_count(text, tokens, n, 0, lc.j, one, &start);
      if (f.value < 0 && lc.j > 0 && tokens[lc.j].kind == DL_TOKEN_PUNCT &&
          text[tokens[lc.j].start] == ',') {
        /* "At least 12 people, including three children, were killed" */
        for (size_t k = lc.j; k > 1 && lc.j - k < CASUALTY_MAX_ASIDE; k--) {
          const dl_token *t = &tokens[k - 1];
          if (t->kind == DL_TOKEN_PUNCT && (text[t->start] == ',' || text[t->start] == '.')) {
            if (text[t->start] == ',') f = subject_count(text, tokens, n, 0, k - 2, one, &start);
            break;
          }
        }
      }
      return f;
    }
    if (object_follows(text, tokens, n, v + 1)) return object_count(text, tokens, n, v + 1);
    if (lc.have || lc.j == (size_t)-1) return none;
    return subject_count(text, tokens, n, 0, lc.j, SUBJECT_ARTICLE, &start); /* "12 people killed in" */
  case CW_DIE:
    if (is_word(text, tokens, n, v + 1, "down") || is_word(text, tokens, n, v + 1, "out") ||
        is_word(text, tokens, n, v + 1, "away"))
      return none; /* "the fighting died down" */
    skip_left(text, tokens, n, v, type, &lc);
    if (lc.negated || lc.j == (size_t)-1) return none;
    if (is_word(text, tokens, n, v, "dies")) lc.singular = 1;
    return subject_count(text, tokens, n, 0, lc.j, SUBJECT_BARE | subject_flags(&lc), &start);
  case CW_DEAD:
    if (v > 0 && is_listed(text, tokens, n, v - 1, dead_lead_words) &&
        object_follows(text, tokens, n, v + 1)) {
      f = object_count(text, tokens, n, v + 1); /* "shot dead 3 protesters" */
      if (f.value >= 0) return f;
    }
    skip_left(text, tokens, n, among_those(text, tokens, n, v), type, &lc);
    if (lc.negated || lc.j == (size_t)-1) return none;
    return subject_count(text, tokens, n, 0, lc.j, lc.be ? subject_flags(&lc) : SUBJECT_ARTICLE,
                         &start);
  case CW_NOUN:
    if (count_before(text, tokens, n, 0, v, &c, NULL)) {
      f.value = c.value;
      f.approximate = c.approximate;
      return f;
    }
    if (is_word(text, tokens, n, v + 1, "of")) return object_count(text, tokens, n, v + 2);
    return none;
  case CW_NOUN_OF:
    if (is_word(text, tokens, n, v + 1, "of")) return object_count(text, tokens, n, v + 2);
    return none;
  case CW_LIVES: {
    size_t s = v;
    f = none;
    if (count_before(text, tokens, n, 0, v, &c, NULL)) {
      f.value = c.value;
      f.approximate = c.approximate;
      s = c.first;
    } else if (is_word(text, tokens, n, v + 1, "of")) {
      f = object_count(text, tokens, n, v + 2);
      if (v > 0 && class_of(text, &tokens[v - 1]) == WC_DET) s = v - 1;
    }
    if (f.value < 0) return none;
    for (size_t k = s; k > 0 && s - k < 2; k--)
      if (is_listed(text, tokens, n, k - 1, lives_lead_words)) return f;
    return none;
  }
  case CW_TOLL:
    if (v == 0 || !is_word(text, tokens, n, v - 1, "death")) return none;
    return toll_count(text, tokens, n, v);
  default:
    return none;
  }
}

/* 1 when the casualty word at v is joined to one of the other kind: "killed or wounded". */
static int joined_to_other(const char *text, const dl_token *tokens, size_t n, size_t v, int what) {
  int type, other;
  if (v + 2 < n &&
      (is_word(text, tokens, n, v + 1, "and") || is_word(text, tokens, n, v + 1, "or")) &&
      casualty_word(text, tokens, n, v + 2, &type, &other) && other != what)
    return 1;
  if (v >= 2 &&
      (is_word(text, tokens, n, v - 1, "and") || is_word(text, tokens, n, v - 1, "or")) &&
      casualty_word(text, tokens, n, v - 2, &type, &other) && other != what)
    return 1;
  return 0;
}

int casualties_find(const char *text, const dl_token *tokens, size_t n, casualty_count *out) {
  if (!out) return 0;
  *out = (casualty_count){0};
  if (!text || !tokens) return 0;
  int killed_approx = 0, wounded_approx = 0;
  for (size_t v = 0; v < n; v++) {
    int type, what;
    if (!casualty_word(text, tokens, n, v, &type, &what)) continue;
    if (joined_to_other(text, tokens, n, v, what)) continue;
    found f = casualty_at(text, tokens, n, v, type);
    if (f.value < 0) continue;
    if (what == CASUALTY_KILLED && (!out->has_killed || f.value > out->killed)) {
      out->killed = f.value;
      out->has_killed = 1;
      killed_approx = f.approximate;
    } else if (what == CASUALTY_WOUNDED && (!out->has_wounded || f.value > out->wounded)) {
      out->wounded = f.value;
      out->has_wounded = 1;
      wounded_approx = f.approximate;
    }
  }
  out->approximate = (uint8_t)((out->has_killed && killed_approx) ||
                               (out->has_wounded && wounded_approx));
  return out->has_killed || out->has_wounded;
}
