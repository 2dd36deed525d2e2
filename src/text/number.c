/* number.c: reading counts written in digits or words, with hedges and vague quantities. */
#include "text/number.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/words.h"

/*
 * Values and rules, following event-data practice (a count is what the text
 * commits to):
 *   - cardinals in digits ("35", "2,400", "1.5", "10bn" = 1e10) or words
 *     ("Forty-six", "forty six", "one hundred and twenty", "twenty-one
 *     thousand"), scaled by "hundred", "thousand", "million", "billion",
 *     "trillion", "mln", "mn", "bn", "tn", "dozen" (x12); "a dozen" is 12,
 *     "a hundred" 100, "half a million" 500000, all exact;
 *   - vague quantities are approximate, and take a following "of": "dozens"
 *     24, "scores" 40, "hundreds" 100, "thousands" 1000, "millions" 1e6,
 *     "billions" 1e9, "tens of thousands" 1e4, "hundreds of thousands" 1e5,
 *     "several" 3 (and "several hundred" 300), "a few" 3, "a couple of" 2,
 *     "a handful of" 5;
 *   - hedges before a number are covered too. "about", "around", "nearly",
 *     "almost", "some", "roughly", "approximately", "over", "under", "more
 *     than", "less than", "fewer than", "up to", "as many as", "close to",
 *     "an estimated", "upwards of" make it approximate. "at least", "no fewer
 *     than", "no less than" and "a minimum of" keep it exact: "at least 12"
 *     is 12, the lower bound the text commits to;
 *   - not counts (0 tokens): ordinals ("20th"), decades ("1980s"), times and
 *     dates ("10:30", "9/11"), measures ("10km"), and compounds such as
 *     "20-year" or "two-day", which are adjectives.
 * A percentage token ("5.5%") reads as its number, and a currency token
 * ("$10bn", "€3" before "million") as its amount; callers tell them apart by
 * the token kind.
 */

/* Longest phrase read, in tokens, so the work per call is bounded. */
#define NUMBER_MAX_TOKENS 24

/* Number words below a hundred. */
static const struct {
  const char *word; /* lower case */
  double value;     /* its value */
} number_words[] = {
    {"zero", 0},      {"one", 1},        {"two", 2},       {"three", 3},      {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},     {"eight", 8},      {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},    {"fifty", 50},     {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
};

/* Scale words after a number. */
static const struct {
  const char *word; /* lower case */
  double value;     /* the multiplier */
} scale_words[] = {
    {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}, {"mln", 1e6},
    {"mn", 1e6},       {"bn", 1e9},      {"tn", 1e12},     {"trn", 1e12},
};

/* Vague plural quantities; all approximate. */
static const struct {
  const char *word; /* lower case */
  double value;     /* the documented value */
} vague_words[] = {
    {"dozens", 24}, {"scores", 40}, {"hundreds", 100}, {"thousands", 1e3}, {"millions", 1e6},
    {"billions", 1e9},
};

/* Suffixes glued to digits that multiply them ("10bn", "5m"). */
static const struct {
  const char *suffix; /* lower case */
  double value;       /* the multiplier */
} digit_suffixes[] = {
    {"k", 1e3}, {"m", 1e6}, {"mn", 1e6}, {"mln", 1e6}, {"b", 1e9}, {"bn", 1e9}, {"tn", 1e12},
    {"trn", 1e12},
};

/* Hedges before a number: up to three words and whether they make it approximate. */
static const struct {
  const char *words[3]; /* lower case; unused slots NULL */
  int approximate;      /* 1 for "about", 0 for "at least" */
} hedges[] = {
    {{"about", NULL, NULL}, 1},         {{"around", NULL, NULL}, 1},
    {{"nearly", NULL, NULL}, 1},        {{"almost", NULL, NULL}, 1},
    {{"some", NULL, NULL}, 1},          {{"roughly", NULL, NULL}, 1},
    {{"approximately", NULL, NULL}, 1}, {{"approx.", NULL, NULL}, 1},
    {{"over", NULL, NULL}, 1},          {{"under", NULL, NULL}, 1},
    {{"estimated", NULL, NULL}, 1},     {{"more", "than", NULL}, 1},
    {{"less", "than", NULL}, 1},        {{"fewer", "than", NULL}, 1},
    {{"up", "to", NULL}, 1},            {{"close", "to", NULL}, 1},
    {{"an", "estimated", NULL}, 1},     {{"upwards", "of", NULL}, 1},
    {{"just", "over", NULL}, 1},        {{"just", "under", NULL}, 1},
    {{"well", "over", NULL}, 1},        {{"as", "many", "as", }, 1},
    {{"at", "least", NULL}, 0},         {{"no", "fewer", "than"}, 0},
    {{"no", "less", "than"}, 0},        {{"a", "minimum", "of"}, 0},
};

/* What the last word read was, for the cardinal grammar. */
enum { PART_NONE, PART_DIGITS, PART_UNIT, PART_TEEN, PART_TENS, PART_TENS_UNIT, PART_HUNDRED,
       PART_SCALE };

/* 1 when token t is the word w, ignoring ASCII case. */
static int token_eq(const char *text, const dl_token *t, const char *w) {
  /* The first letter first: most tokens differ there. */
  if (t->len == 0 || (text[t->start] | 0x20) != w[0]) return 0;
  size_t n = strlen(w);
  return t->len == n && strncasecmp(text + t->start, w, n) == 0;
}

/* The value of s[0, n) as a number word below a hundred, or -1. */
static double word_value(const char *s, size_t n) {
  if (n < 3 || n > 9) return -1; /* "one" to "seventeen" */
  for (size_t i = 0; i < sizeof number_words / sizeof *number_words; i++)
    if ((s[0] | 0x20) == number_words[i].word[0] && strlen(number_words[i].word) == n &&
        strncasecmp(s, number_words[i].word, n) == 0)
      return number_words[i].value;
  return -1;
}

/* The part a value below a hundred is. */
static int word_part(double v) {
  if (v < 10) return PART_UNIT;
  if (v < 20) return PART_TEEN;
  return ((int)v % 10) ? PART_TENS_UNIT : PART_TENS;
}

/*
 * Reads a WORD token as a number below a hundred: "six", "Forty-six". Sets
 * *part; returns the value or -1.
 */
static double read_number_word(const char *text, const dl_token *t, int *part) {
  if (t->kind != DL_TOKEN_WORD) return -1;
  const char *s = text + t->start;
  const char *dash = memchr(s, '-', t->len);
  if (!dash) {
    double v = word_value(s, t->len);
    if (v >= 0) *part = word_part(v);
    return v;
  }
  double tens = word_value(s, (size_t)(dash - s));
  double unit = word_value(dash + 1, t->len - (size_t)(dash - s) - 1);
  if (tens < 20 || (int)tens % 10 || unit < 1 || unit > 9) return -1;
  *part = PART_TENS_UNIT;
  return tens + unit;
}

/* The multiplier of a scale word, or 0. */
static double scale_value(const char *text, const dl_token *t) {
  for (size_t i = 0; i < sizeof scale_words / sizeof *scale_words; i++)
    if (token_eq(text, t, scale_words[i].word)) return scale_words[i].value;
  return 0;
}

/*
 * Reads digits at s[0, n): "2,400", "1.5", "10bn". Returns 1 and sets *value,
 * or 0 when the token is not a plain amount (ordinals, times, measures).
 */
static int read_digits(const char *s, size_t n, double *value) {
  size_t i = 0;
  double v = 0;
  if (i >= n || s[i] < '0' || s[i] > '9') return 0;
  while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',')) {
    if (s[i] != ',') v = v * 10 + (s[i] - '0');
    i++;
  }
  if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
    double scale = 0.1;
    for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
      v += (s[i] - '0') * scale;
      scale /= 10;
    }
  }
  if (i < n) {
    size_t k = 0;
    for (; k < sizeof digit_suffixes / sizeof *digit_suffixes; k++) {
      size_t m = strlen(digit_suffixes[k].suffix);
      if (m == n - i && strncasecmp(s + i, digit_suffixes[k].suffix, m) == 0) break;
    }
    if (k == sizeof digit_suffixes / sizeof *digit_suffixes) return 0;
    v *= digit_suffixes[k].value;
  }
  *value = v;
  return 1;
}

/*
 * Reads a cardinal from tokens[i]: digits or words, with hundreds, scales and
 * "and". Returns the tokens covered.
 */
static size_t read_cardinal(const char *text, const dl_token *tokens, size_t n, size_t i,
                            double *value) {
  const dl_token *t = &tokens[i];
  double total = 0, current = 0, top_scale = 0;
  int part = PART_NONE;
  size_t j = i + 1;
  if (t->kind == DL_TOKEN_NUMBER || t->kind == DL_TOKEN_PERCENT || t->kind == DL_TOKEN_CURRENCY) {
    const char *s = text + t->start;
    size_t len = t->len, k = 0;
    if (t->kind == DL_TOKEN_PERCENT) len--;
    if (t->kind == DL_TOKEN_CURRENCY)
      while (k < len && (s[k] < '0' || s[k] > '9')) k++;
    if (!read_digits(s + k, len - k, &current)) return 0;
    /* a percentage, or a multiplier suffix ("10bn"), ends the number */
    if (t->kind == DL_TOKEN_PERCENT || s[len - 1] < '0' || s[len - 1] > '9') {
      *value = current;
      return 1;
    }
    part = PART_DIGITS;
  } else if (token_eq(text, t, "a") || token_eq(text, t, "an")) {
    /* "a dozen", "a hundred", "a million" are one of them, exactly */
    if (j >= n || !(token_eq(text, &tokens[j], "dozen") || token_eq(text, &tokens[j], "hundred") ||
                    scale_value(text, &tokens[j]) > 0))
      return 0;
    current = 1;
    part = PART_UNIT;
  } else {
    current = read_number_word(text, t, &part);
    if (current < 0) return 0;
  }
  while (j < n && j - i < NUMBER_MAX_TOKENS) {
    const dl_token *u = &tokens[j];
    int next_part = PART_NONE;
    double v = read_number_word(text, u, &next_part);
    double scale;
    if (part == PART_TENS && v >= 1 && v <= 9 && !memchr(text + u->start, '-', u->len)) {
      current += v; /* "forty six" */
      part = PART_TENS_UNIT;
    } else if (v >= 1 && (part == PART_HUNDRED || (part == PART_SCALE && current == 0))) {
      current += v; /* "two hundred five", "two million three hundred thousand" */
      part = next_part;
    } else if (token_eq(text, u, "hundred") && current > 0 && current < 100 &&
               part != PART_HUNDRED && part != PART_SCALE) {
      current *= 100;
      part = PART_HUNDRED;
    } else if (token_eq(text, u, "dozen") && current > 0 && part != PART_SCALE) {
      current *= 12;
    } else if ((scale = scale_value(text, u)) > 0 && current > 0) {
      if (scale > top_scale) {
        total = (total + current) * scale;
        top_scale = scale;
      } else {
        total += current * scale;
      }
      current = 0;
      part = PART_SCALE;
    } else if (token_eq(text, u, "and") && (part == PART_HUNDRED || part == PART_SCALE) &&
               j + 1 < n && read_number_word(text, &tokens[j + 1], &next_part) >= 1) {
      /* "one hundred and twenty": the next pass takes the number */
    } else {
      break;
    }
    j++;
  }
  *value = total + current;
  return j - i;
}

/* 1 when tokens[i] exists and is the word w. */
static int word_at(const char *text, const dl_token *tokens, size_t n, size_t i, const char *w) {
  return i < n && token_eq(text, &tokens[i], w);
}

/* The value of a vague plural ("hundreds") at tokens[i], or 0. */
static double vague_value(const char *text, const dl_token *tokens, size_t n, size_t i) {
  if (i >= n) return 0;
  for (size_t k = 0; k < sizeof vague_words / sizeof *vague_words; k++)
    if (token_eq(text, &tokens[i], vague_words[k].word)) return vague_words[k].value;
  return 0;
}

/* Reads a quantity without hedges at tokens[i]; returns the tokens covered. */
static size_t read_quantity(const char *text, const dl_token *tokens, size_t n, size_t i,
                            double *value, int *approximate) {
  double v, scale;
  size_t k;
  *approximate = 0;
  if (i >= n) return 0;
  if ((word_at(text, tokens, n, i, "tens") || word_at(text, tokens, n, i, "hundreds")) &&
      word_at(text, tokens, n, i + 1, "of") && (v = vague_value(text, tokens, n, i + 2)) >= 1e3) {
    v *= token_eq(text, &tokens[i], "tens") ? 10 : 100; /* tens of thousands */
    k = 3;
  } else if ((v = vague_value(text, tokens, n, i)) > 0) {
    k = 1;
  } else if (word_at(text, tokens, n, i, "several")) {
    scale = 1;
    if (word_at(text, tokens, n, i + 1, "hundred")) scale = 100;
    else if (word_at(text, tokens, n, i + 1, "dozen")) scale = 12;
    else if (i + 1 < n) scale = scale_value(text, &tokens[i + 1]);
    if (scale < 1) scale = 1;
    v = 3 * scale;
    k = scale > 1 ? 2 : 1;
  } else if ((word_at(text, tokens, n, i, "a") || word_at(text, tokens, n, i, "an")) &&
             word_at(text, tokens, n, i + 1, "few")) {
    v = 3;
    k = 2;
  } else if (word_at(text, tokens, n, i, "a") &&
             (word_at(text, tokens, n, i + 1, "couple") || word_at(text, tokens, n, i + 1, "handful")) &&
             word_at(text, tokens, n, i + 2, "of")) {
    *value = token_eq(text, &tokens[i + 1], "couple") ? 2 : 5;
    *approximate = 1;
    return 3;
  } else if (word_at(text, tokens, n, i, "half") && word_at(text, tokens, n, i + 1, "a") &&
             i + 2 < n && (scale = scale_value(text, &tokens[i + 2])) > 0) {
    *value = scale / 2;
    return 3;
  } else {
    return read_cardinal(text, tokens, n, i, value);
  }
  *value = v;
  *approximate = 1;
  if (word_at(text, tokens, n, i + k, "of")) k++;
  return k;
}

/* A hedge, if one starts here and a quantity follows it, then the quantity. */
size_t number_read(const char *text, const dl_token *tokens, size_t n, size_t i,
                   double *value, int *approximate) {
  *value = 0;
  *approximate = 0;
  if (i >= n) return 0;
  size_t best = 0;
  int hedge_approx = 0;
  for (size_t h = 0; h < sizeof hedges / sizeof *hedges; h++) {
    size_t k = 0;
    while (k < 3 && hedges[h].words[k] && word_at(text, tokens, n, i + k, hedges[h].words[k])) k++;
    if (k > best && (k == 3 || !hedges[h].words[k])) {
      best = k;
      hedge_approx = hedges[h].approximate;
    }
  }
  double v = 0;
  int approx = 0;
  size_t k = 0;
  if (best) {
    k = read_quantity(text, tokens, n, i + best, &v, &approx);
    if (k) {
      *value = v;
      *approximate = approx || hedge_approx;
      return best + k;
    }
  }
  k = read_quantity(text, tokens, n, i, &v, &approx);
  if (k) {
    *value = v;
    *approximate = approx;
  }
  return k;
}

/* Every word a number, a scale, a vague quantity or a hedge can start with, sorted (strcmp order). */
static const char *const starting_words[] = {
    "a", "about", "almost", "an", "approx.", "approximately", "around", "as", "at", "billion",
    "billions", "bn", "close", "dozen", "dozens", "eight", "eighteen", "eighty", "eleven",
    "estimated", "fewer", "fifteen", "fifty", "five", "forty", "four", "fourteen", "half",
    "hundred", "hundreds", "just", "less", "million", "millions", "mln", "mn", "more", "nearly",
    "nine", "nineteen", "ninety", "no", "one", "over", "roughly", "scores", "seven", "seventeen",
    "seventy", "several", "six", "sixteen", "sixty", "some", "ten", "tens", "thirteen", "thirty",
    "thousand", "thousands", "three", "tn", "trillion", "trn", "twelve", "twenty", "two", "under",
    "up", "upwards", "well", "zero",
};

/* Nonzero when the lower-case word w (n bytes) is among the starting words. */
int number_word_may_start(const char *w, size_t n) {
  return n > 0 && words_sorted_contain(starting_words, sizeof starting_words / sizeof *starting_words, w, n);
}

int number_may_start(const char *text, const dl_token *t) {
  if (t->kind != DL_TOKEN_WORD) return 1;
  char w[16];
  size_t n = 0;
  /* "Forty-six": the word before the hyphen. */
  while (n < t->len && text[t->start + n] != '-') {
    if (n + 1 >= sizeof w) return 0;
    char c = text[t->start + n];
    w[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return number_word_may_start(w, n);
}
