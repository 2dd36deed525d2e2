/* dates.c: finding the date expressions of a sentence and resolving them against the article's date. */
#include "resolve/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/words.h"

/*
 * How expressions are read and resolved (article date 2021-07-26, a Monday,
 * in the examples):
 *
 * Spans. An expression's tokens include the preposition that introduces it
 * ("on Sunday night", "in April", "by September", "since 2015"), so a caller
 * can set the whole phrase aside; "of" and "the" before a year are cues but
 * stay outside ("the 2019 election" spans "2019").
 *
 * Weekdays. "Monday", "on Monday", "this Monday": the day on or before the
 * article date (a Monday story's "on Monday" is that day); "last Friday",
 * "this past Friday": strictly before; "next Friday", "this coming Friday":
 * strictly after; after a deadline word ("by Friday") on or after. "Sunday
 * night", "early Monday", "late on Sunday" are the same day. A weekday
 * followed by a date ("Sunday, July 25") is that date. "Easter Sunday",
 * "Good Friday", "every Sunday" and "the Sunday Times" are not dates.
 *
 * Days. "yesterday" -1, "today", "tonight", "this morning" 0, "last night"
 * -1, "tomorrow" +1, "the day before yesterday" -2, "the day after
 * tomorrow" +2, "N days ago" -N. A capitalised "Today" after a word is a
 * name ("USA Today").
 *
 * Weeks. Week precision is not in the record, so a week resolves to the
 * month that holds most of it, the month of its Thursday (weeks run Monday
 * to Sunday, as ISO 8601 counts them): "this week", "last week", "next
 * week", "N weeks ago". "over the weekend", "last weekend" are the month of
 * its Saturday ("the weekend" is the last one, or the current one when the
 * article falls on it).
 *
 * Recent spans. "in recent days", "in recent weeks", "in the past week",
 * "over the last few days", "the past month" are the article's month;
 * "the past 24 hours" is the article's day. "the last year" is a span of
 * twelve months, not last year, and is left alone.
 *
 * Months. "this month", "earlier this month", "earlier in the month" are the
 * article's month; "last month" the one before, "next month" the one after,
 * "N months ago". A month name alone ("in April", "earlier in July", "in
 * mid-July", "late July", "the end of July") is the most recent such month
 * on or before the article's month ("in September" in July is the year
 * before); "last April" strictly before; "next April" strictly after; "this
 * April" the article's year; after a deadline word ("by September") the
 * first on or after the article's month, since a deadline lies ahead.
 *
 * Years. "this year", "earlier this year", "last year", "next year", "N
 * years ago"; "the end of the year" is the year. A bare number is a year only
 * when it has four digits, lies in 1900..2100 and has a cue: a preposition
 * (in, since, by, during, until, from, between...; not "at", which begins
 * times such as "at 2000"), "the", "of", "early", "mid", "late", "the end
 * of", a month before it, or the expression just before it joined by "to",
 * "and", "or", "through" or a dash ("from 2015 to 2019"). A count noun after
 * it ("of 2000 troops", "by 2000 votes") makes it a count, a clock word
 * ("1900 GMT") a time, and "2020-21" names two years, so none is a year.
 *
 * Explicit dates. "9 May 2020", "9th of May", "May 9", "May 9, 2020",
 * "2020-05-09", "2020/05/09", "9/5/2020" and "9.5.2020" (day first unless
 * the second number cannot be a month: "12/25/2020" is month first), "May
 * 2020", "July of 2020". Month names are capitalised, in full or abbreviated
 * ("Jan.", "Sept."; without the period only before a number). "May" and
 * "March" are common words and names too, so they are months only with a
 * number after them or a cue before them (a preposition, early, mid, late,
 * last, a day number, a date joined by "and"...), and "May's" never; other
 * months alone are months unless a capitalised word is next to them ("April
 * Ryan"). A day and month without a year ("the Jan. 6 attack", "elections
 * on August 3") fall within the next 92 days (DATE_AHEAD_DAYS) when they can,
 * else on the most recent such day: news names coming days for what is
 * scheduled and past ones for what happened. After "since" they are on or
 * before the article date, after a deadline word on or after it. A date
 * that does not exist ("30 February 2021") is read and left out.
 *
 * Deadlines. "by", "until", "till", "before" and "no later than" mark the
 * expression as a deadline, with "at least" or "at most" after them too
 * ("until at least February"); it is still resolved.
 *
 * Unknown article date: everything relative to it is read (so its tokens are
 * not taken for something else) and left out; explicit dates with a year
 * still resolve. Dates outside years 1..9999 are left out.
 *
 * Each start position looks ahead a bounded number of tokens, so the work
 * is linear in the sentence, and nothing is allocated.
 */

/* ---- Calendar ---- */

int32_t date_days_from_civil(int32_t y, unsigned m, unsigned d) {
  /* Years start in March, so the leap day is the last day of the year. */
  int64_t yy = (int64_t)y - (m <= 2 ? 1 : 0);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t year_of_era = yy - era * 400;
  int64_t shifted_month = m > 2 ? (int64_t)m - 3 : (int64_t)m + 9;
  int64_t day_of_year = (153 * shifted_month + 2) / 5 + (int64_t)d - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return (int32_t)(era * 146097 + day_of_era - 719468);
}

void date_civil_from_days(int32_t days, int32_t *y, unsigned *m, unsigned *d) {
  int64_t z = (int64_t)days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t day_of_era = z - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t shifted_month = (5 * day_of_year + 2) / 153;
  *d = (unsigned)(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  *m = (unsigned)(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  *y = (int32_t)(year_of_era + era * 400 + (*m <= 2 ? 1 : 0));
}

/* Days in a month of a year. */
static unsigned month_days(int32_t y, unsigned m) {
  static const unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) return 29;
  return days[m - 1];
}

size_t date_format(const date_mention *d, char *buf, size_t cap) {
  if (!cap) return 0;
  char tmp[32];
  int n;
  if (d->precision == DATE_DAY)
    n = snprintf(tmp, sizeof tmp, "%04d-%02u-%02u", (int)d->year, (unsigned)d->month, (unsigned)d->day);
  else if (d->precision == DATE_MONTH)
    n = snprintf(tmp, sizeof tmp, "%04d-%02u", (int)d->year, (unsigned)d->month);
  else if (d->precision == DATE_YEAR)
    n = snprintf(tmp, sizeof tmp, "%04d", (int)d->year);
  else
    n = 0;
  size_t len = n > 0 ? (size_t)n : 0;
  if (len >= cap) len = cap - 1;
  memcpy(buf, tmp, len);
  buf[len] = '\0';
  return len;
}

/* ---- Tokens ---- */

/* The sentence being read and the article date, taken apart once. */
typedef struct scan {
  const char *text;      /* the normalised text */
  const dl_token *t;     /* the sentence's tokens */
  size_t n;              /* how many */
  int known;             /* the article date is known */
  int32_t today;         /* the article date, days since 1970 */
  int32_t year;          /* its year, month and day */
  unsigned month;
  unsigned day;
  unsigned weekday;      /* 0 Monday .. 6 Sunday */
} scan;

/* What an expression resolves to. */
typedef struct resolved {
  int32_t year;      /* the date */
  unsigned month;
  unsigned day;
  int precision;     /* date_precision; DATE_NONE when it cannot be resolved */
  int deadline;      /* a deadline word came first */
  int since;         /* "since" came first */
} resolved;

/* The lower-case ASCII of a byte. */
static char lower(char c) {
  if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
  return c;
}

/* Nonzero when p[0, len) is w (lower case) in any case. */
static int same_word(const char *p, size_t len, const char *w) {
  for (size_t k = 0; k < len; k++)
    if (w[k] == '\0' || lower(p[k]) != w[k]) return 0;
  return w[len] == '\0';
}

/* Nonzero when token j exists and its text is w (lower case), in any case. */
static int is(const scan *s, size_t j, const char *w) {
  if (j >= s->n) return 0;
  return same_word(s->text + s->t[j].start, s->t[j].len, w);
}

/* The index of token j's text in a NULL-ended list of lower-case words, or -1. */
static int one_of(const scan *s, size_t j, const char *const *words) {
  for (int k = 0; words[k]; k++)
    if (is(s, j, words[k])) return k;
  return -1;
}

/* Nonzero when token j is a word with a capital first letter. */
static int capitalised(const scan *s, size_t j) {
  return j < s->n && (s->t[j].kind == DL_TOKEN_WORD || s->t[j].kind == DL_TOKEN_ABBREV) &&
         (s->t[j].flags & TOKEN_CAPITALISED);
}

/* Nonzero when token j is a punctuation mark whose text is c and no space precedes it. */
static int tight_punct(const scan *s, size_t j, char c) {
  return j < s->n && s->t[j].kind == DL_TOKEN_PUNCT && s->t[j].len == 1 &&
         s->text[s->t[j].start] == c && !(s->t[j].flags & TOKEN_SPACE_BEFORE);
}

/* Nonzero when token j is a number of len bytes with no space before it. */
static int tight_number(const scan *s, size_t j, uint32_t len) {
  return j < s->n && s->t[j].kind == DL_TOKEN_NUMBER && s->t[j].len == len &&
         !(s->t[j].flags & TOKEN_SPACE_BEFORE);
}

/* Reads a run of exactly n digits at p; -1 when there is none. */
static int digits(const char *p, size_t n) {
  int v = 0;
  for (size_t k = 0; k < n; k++) {
    if (p[k] < '0' || p[k] > '9') return -1;
    v = v * 10 + (p[k] - '0');
  }
  return v;
}

/* The year 1900..2100 of a four-digit number token, or 0. */
static int32_t year_at(const scan *s, size_t j) {
  if (j >= s->n || s->t[j].kind != DL_TOKEN_NUMBER || s->t[j].len != 4) return 0;
  int v = digits(s->text + s->t[j].start, 4);
  return v >= 1900 && v <= 2100 ? v : 0;
}

/* The day 1..31 of a number token ("9", "09", "9th", "21st"), or 0. */
static unsigned day_at(const scan *s, size_t j) {
  if (j >= s->n || s->t[j].kind != DL_TOKEN_NUMBER) return 0;
  const char *p = s->text + s->t[j].start;
  size_t len = s->t[j].len, nd = 0;
  while (nd < len && nd < 3 && p[nd] >= '0' && p[nd] <= '9') nd++;
  if (nd == 0 || nd > 2) return 0;
  if (nd < len) {
    if (len - nd != 2) return 0;
    char a = lower(p[nd]), b = lower(p[nd + 1]);
    if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
          (a == 't' && b == 'h')))
      return 0;
  }
  int v = digits(p, nd);
  return v >= 1 && v <= 31 ? (unsigned)v : 0;
}

/* Month names in full. */
static const char *const month_names[] = {"january", "february", "march",     "april",
                                          "may",     "june",     "july",      "august",
                                          "september", "october", "november", "december",
                                          NULL};

/* Abbreviations, with the month each stands for. */
static const struct {
  const char *word; /* lower case, without the period */
  unsigned month;   /* 1..12 */
} month_abbrevs[] = {{"jan", 1}, {"feb", 2},  {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
                     {"aug", 8}, {"sep", 9},  {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};

/* Ways a month name is written. */
enum {
  MONTH_FULL = 1,      /* "July", "Jan.": a month wherever the rules for names allow */
  MONTH_COMMON = 2,    /* "May", "March": also a word or a name, so a cue is needed */
  MONTH_BARE_ABBREV = 3 /* "Jan", "Sept": only before a number */
};

/* Nonzero when p[0, len) is a month name or abbreviation, in any case; sets *m. */
static int month_word(const char *p, size_t len, unsigned *m) {
  for (unsigned k = 0; month_names[k]; k++)
    if (same_word(p, len, month_names[k])) {
      *m = k + 1;
      return 1;
    }
  return 0;
}

/* The month of a capitalised month token, or 0; *how gets MONTH_*. */
static unsigned month_at(const scan *s, size_t j, int *how) {
  if (!capitalised(s, j)) return 0;
  const dl_token *t = &s->t[j];
  const char *p = s->text + t->start;
  size_t len = t->len;
  unsigned m;
  if (t->kind == DL_TOKEN_WORD && month_word(p, len, &m)) {
    *how = m == 3 || m == 5 ? MONTH_COMMON : MONTH_FULL;
    return m;
  }
  int dotted = t->kind == DL_TOKEN_ABBREV && len > 1 && p[len - 1] == '.';
  if (dotted) len--;
  for (size_t k = 0; k < sizeof month_abbrevs / sizeof *month_abbrevs; k++) {
    if (same_word(p, len, month_abbrevs[k].word)) {
      *how = dotted ? MONTH_FULL : MONTH_BARE_ABBREV;
      return month_abbrevs[k].month;
    }
  }
  return 0;
}

/* Weekday names, Monday first. */
static const char *const weekday_names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                            "friday", "saturday", "sunday",    NULL};

/* 1 + the weekday (0 Monday) of a capitalised weekday name, or 0. */
static unsigned weekday_at(const scan *s, size_t j) {
  if (!capitalised(s, j) || s->t[j].kind != DL_TOKEN_WORD) return 0;
  int k = one_of(s, j, weekday_names);
  return k < 0 ? 0 : (unsigned)k + 1;
}

/* Words naming a holiday or paper with a weekday: "Easter Sunday", "the Sunday Times". */
static const char *const weekday_before_names[] = {
    "easter", "palm", "good", "black", "bloody", "super", "cyber", "holy", "ash", "low",
    "whit", "trinity", "shrove", "maundy", "giving", "fat", "every", "each", "a", "one", "any", NULL};
static const char *const weekday_after_names[] = {
    "times", "telegraph", "express", "mirror", "post", "herald", "mail", "star", "sport", "tribune",
    "observer", "independent", "people", "sun", "school", "service", "mass", "club", NULL};

/* Parts of a day that may follow a day's name: "Sunday night", "yesterday morning". */
static const char *const day_parts[] = {"morning", "afternoon", "evening", "night", NULL};

/* Count nouns that make a number before them a count, not a year or a day: "2000 troops". */
static const char *const count_nouns[] = {
    "people",     "persons",   "men",        "women",     "children",   "troops",
    "soldiers",   "police",    "policemen",  "civilians", "fighters",   "militants",
    "insurgents", "refugees",  "migrants",   "protesters", "demonstrators", "votes",
    "cases",      "deaths",    "casualties", "families",  "students",   "workers",
    "prisoners",  "residents", "officers",   "personnel", "staff",      "members",
    "delegates",  "voters",    "homes",      "houses",    "tonnes",     "tons",
    "km",         "kilometres", "kilometers", "miles",    "dollars",    "rupees",
    "euros",      "pounds",    "barrels",    "jobs",      "seats",      "times",
    "metres",     "meters",    "feet",       "percent",   "per",        "hours",
    "hrs",        NULL};

/* Words after a four-digit number that make it a time of day: "at 1900 GMT". */
static const char *const clock_words[] = {"gmt", "utc", "local", "hours", "hrs",
                                          "edt", "est", "bst", "cet", NULL};

/* Nonzero when token j is a lower-case count noun. */
static int count_noun_at(const scan *s, size_t j) {
  return j < s->n && s->t[j].kind == DL_TOKEN_WORD && !(s->t[j].flags & TOKEN_CAPITALISED) &&
         one_of(s, j, count_nouns) >= 0;
}

/* ---- Resolving against the article date ---- */

/* Directions for a weekday, a month or a day and month with no year. */
enum {
  DIR_NEAREST = 0,   /* a day and month: the next 92 days, else the most recent; else on or before */
  DIR_ON_BEFORE = 1, /* on or before the article date ("since") */
  DIR_BEFORE = 2,    /* strictly before ("last") */
  DIR_AFTER = 3,     /* strictly after ("next") */
  DIR_ON_AFTER = 4,  /* on or after (a deadline) */
  DIR_THIS = 5       /* a month of the article's year ("this April") */
};

/* Fills r with a day given as days since 1970, or leaves it unresolved when out of range. */
static void set_day(resolved *r, int64_t days) {
  if (days < -719162 || days > 2932896) return; /* years 1..9999 */
  date_civil_from_days((int32_t)days, &r->year, &r->month, &r->day);
  r->precision = DATE_DAY;
}

/* Fills r with the month of a day. */
static void set_month_of_day(resolved *r, int64_t days) {
  set_day(r, days);
  if (r->precision == DATE_DAY) {
    r->day = 0;
    r->precision = DATE_MONTH;
  }
}

/* Fills r with a month, counted from the article's month by delta months. */
static void set_month_delta(resolved *r, const scan *s, int64_t delta) {
  int64_t index = (int64_t)s->year * 12 + (int64_t)s->month - 1 + delta;
  int64_t y = index >= 0 ? index / 12 : -((-index + 11) / 12);
  if (y < 1 || y > 9999) return;
  r->year = (int32_t)y;
  r->month = (unsigned)(index - y * 12) + 1;
  r->day = 0;
  r->precision = DATE_MONTH;
}

/* Fills r with a year. */
static void set_year(resolved *r, int64_t y) {
  if (y < 1 || y > 9999) return;
  r->year = (int32_t)y;
  r->month = r->day = 0;
  r->precision = DATE_YEAR;
}

/* Fills r with weekday w (0 Monday) relative to the article date. */
static void set_weekday(resolved *r, const scan *s, unsigned w, int dir) {
  int64_t back = (int64_t)((s->weekday + 7 - w) % 7), ahead = (int64_t)((w + 7 - s->weekday) % 7);
  if (dir == DIR_BEFORE && back == 0) back = 7;
  if (dir == DIR_AFTER && ahead == 0) ahead = 7;
  set_day(r, dir == DIR_AFTER || dir == DIR_ON_AFTER ? (int64_t)s->today + ahead : (int64_t)s->today - back);
}

/* Fills r with month m relative to the article's month. */
static void set_month_name(resolved *r, const scan *s, unsigned m, int dir) {
  int64_t y = s->year;
  switch (dir) {
  case DIR_BEFORE: y -= m >= s->month; break;
  case DIR_AFTER: y += m <= s->month; break;
  case DIR_ON_AFTER: y += m < s->month; break;
  case DIR_THIS: break;
  default: y -= m > s->month; break;
  }
  set_month_delta(r, s, (y - s->year) * 12 + (int64_t)m - (int64_t)s->month);
}

/* Fills r with the month of week offset (0 this week, -1 last) as the month of its Thursday. */
static void set_week(resolved *r, const scan *s, int64_t offset) {
  int64_t monday = (int64_t)s->today - s->weekday;
  set_month_of_day(r, monday + 7 * offset + 3);
}

/* Fills r with the month of a weekend's Saturday: offset -1 last, 0 this, 1 next, 2 "the weekend". */
static void set_weekend(resolved *r, const scan *s, int offset) {
  int64_t monday = (int64_t)s->today - s->weekday;
  if (offset == 2) offset = s->weekday >= 5 ? 0 : -1;
  set_month_of_day(r, monday + 7 * (int64_t)offset + 5);
}

/* How far ahead a day and month with no year may lie and still be read as to come. */
#define DATE_AHEAD_DAYS 92

/*
 * Fills r with day d of month m in the year dir picks around the article
 * date, from the year before to the year after; unresolved when none fits
 * (February 29 with no leap year near). DIR_NEAREST takes the one in the
 * next DATE_AHEAD_DAYS days if there is one, else the most recent.
 */
static void set_day_month(resolved *r, const scan *s, unsigned m, unsigned d, int dir) {
  int found = 0;
  int64_t best = 0, best_score = 0;
  for (int32_t y = s->year - 1; y <= s->year + 1; y++) {
    if (d > month_days(y, m)) continue;
    int64_t day = date_days_from_civil(y, m, d), diff = day - s->today;
    if ((dir == DIR_ON_BEFORE && diff > 0) || (dir == DIR_ON_AFTER && diff < 0)) continue;
    if ((dir == DIR_BEFORE && diff >= 0) || (dir == DIR_AFTER && diff <= 0)) continue;
    if (dir == DIR_NEAREST && diff > DATE_AHEAD_DAYS) continue;
    /* The nearest allowed; for DIR_NEAREST a day ahead (at most one fits the window) beats any behind. */
    int64_t score = diff < 0 ? -diff : diff;
    if (dir == DIR_NEAREST && diff > 0) score = -1;
    if (!found || score < best_score) {
      best = day;
      best_score = score;
      found = 1;
    }
  }
  if (found) set_day(r, best);
}

/* Fills r with an explicit date, or leaves it unresolved when the day is not in the month. */
static void set_civil(resolved *r, int32_t y, unsigned m, unsigned d) {
  if (m < 1 || m > 12 || d < 1 || d > month_days(y, m)) return;
  r->year = y;
  r->month = m;
  r->day = d;
  r->precision = DATE_DAY;
}

/* ---- Reading ---- */

/* What came before the core of an expression. */
typedef struct lead {
  size_t start;  /* the first token of the expression */
  int prep;      /* a preposition began it */
  int mod;       /* a modifier such as "earlier", "early", "mid", "the end of" came before the core */
  int dir;       /* DIR_ON_BEFORE after "since", DIR_ON_AFTER after a deadline word, else DIR_NEAREST */
  int joined;    /* it follows the last expression and "and", "or", "to", "through" or a dash */
} lead;

/* Prepositions that begin a date expression and are part of its span. */
static const char *const plain_preps[] = {"on",      "in",         "at",   "during", "from",    "after",
                                          "through", "throughout", "over", "within", "between", NULL};
static const char *const deadline_preps[] = {"by", "until", "till", "before", NULL};

/* Words that join an expression to the one before: "from 2015 to 2019", "in April and May". */
static const char *const joins[] = {"to", "and", "or", "through", "-", NULL};

/* Nonzero when token j-1 makes the four-digit number at j a year: "in", "the", "of", "early"... */
static int year_cue(const scan *s, size_t j) {
  static const char *const cues[] = {"of", "the", "early", "mid", "late", "earlier", "later", NULL};
  if (j == 0) return 0;
  if (one_of(s, j - 1, cues) >= 0 || one_of(s, j - 1, plain_preps) >= 0 ||
      one_of(s, j - 1, deadline_preps) >= 0 || is(s, j - 1, "since"))
    return !is(s, j - 1, "at");
  return 0;
}

/* The number of tokens of a small count at j ("a", "an", "one".."twelve", 1..999), or 0; *v gets it. */
static size_t small_count(const scan *s, size_t j, int64_t *v) {
  static const char *const words[] = {"a",    "one",   "two",   "three", "four",   "five", "six",
                                      "seven", "eight", "nine", "ten",   "eleven", "twelve", NULL};
  if (j >= s->n) return 0;
  if (is(s, j, "an")) {
    *v = 1;
    return 1;
  }
  int k = one_of(s, j, words);
  if (k >= 0) {
    *v = k ? k : 1;
    return 1;
  }
  const dl_token *t = &s->t[j];
  if (t->kind == DL_TOKEN_NUMBER && t->len <= 3) {
    int d = digits(s->text + t->start, t->len);
    if (d > 0) {
      *v = d;
      return 1;
    }
  }
  return 0;
}

/*
 * A day and month (and year) at j: "May 9", "May 9, 2020", "May 9th 2020",
 * "9 May", "9th of May 2020". Returns the end, or 0; sets *m, *d and *y (0
 * when no year is given). A day followed by a count noun is not taken.
 */
static size_t day_month_at(const scan *s, size_t j, unsigned *m, unsigned *d, int32_t *y) {
  int how;
  *y = 0;
  if ((*m = month_at(s, j, &how)) != 0) {
    if (!(*d = day_at(s, j + 1)) || count_noun_at(s, j + 2)) return 0;
    size_t k = j + 2;
    if (is(s, k, ",") && year_at(s, k + 1) && !count_noun_at(s, k + 2)) {
      *y = year_at(s, k + 1);
      k += 2;
    } else if (year_at(s, k) && !count_noun_at(s, k + 1)) {
      *y = year_at(s, k);
      k++;
    }
    return k;
  }
  if ((*d = day_at(s, j)) != 0) {
    size_t k = j + 1;
    if (is(s, k, "of")) k++;
    if (!(*m = month_at(s, k, &how))) return 0;
    k++;
    if (year_at(s, k) && !count_noun_at(s, k + 1)) *y = year_at(s, k++);
    return k;
  }
  return 0;
}

/* Resolves a day and month with an optional year. */
static void resolve_day_month(resolved *r, const scan *s, unsigned m, unsigned d, int32_t y, int dir) {
  if (y)
    set_civil(r, y, m, d);
  else if (s->known)
    set_day_month(r, s, m, d, dir);
}

/* A date written in one or five number tokens: "9/5/2020", "2020/05/09", "9.5.2020", "2020-05-09". */
static size_t numeric_date_at(const scan *s, size_t j, resolved *r) {
  const dl_token *t = &s->t[j];
  if (t->kind != DL_TOKEN_NUMBER) return 0;
  const char *p = s->text + t->start;
  /* 2020-05-09: five tokens with nothing between them. */
  if (t->len == 4 && j + 4 < s->n && tight_punct(s, j + 1, '-') && tight_punct(s, j + 3, '-') &&
      tight_number(s, j + 2, 2) && tight_number(s, j + 4, 2)) {
    int y = year_at(s, j), m = digits(s->text + s->t[j + 2].start, 2);
    int d = digits(s->text + s->t[j + 4].start, 2);
    if (!y || m < 1 || d < 1) return 0;
    set_civil(r, y, (unsigned)m, (unsigned)d);
    return r->precision ? j + 5 : 0;
  }
  /* One token: three groups of digits split by '/' or '.'. */
  int parts[3], lens[3], np = 0;
  char sep = 0;
  size_t k = 0;
  while (k < t->len && np < 3) {
    size_t from = k;
    while (k < t->len && p[k] >= '0' && p[k] <= '9') k++;
    if (k == from || k - from > 4) return 0;
    parts[np] = digits(p + from, k - from);
    lens[np++] = (int)(k - from);
    if (k == t->len) break;
    if ((p[k] != '/' && p[k] != '.') || (sep && p[k] != sep)) return 0;
    sep = p[k++];
  }
  if (np != 3 || k != t->len) return 0;
  if (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 && sep == '/') {
    if (parts[0] < 1900 || parts[0] > 2100) return 0;
    set_civil(r, parts[0], (unsigned)parts[1], (unsigned)parts[2]);
  } else if (lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4) {
    int y = parts[2], a = parts[0], b = parts[1];
    if (y < 1900 || y > 2100) return 0;
    if (b <= 12)
      set_civil(r, y, (unsigned)b, (unsigned)a); /* day first */
    else if (a <= 12 && sep == '/')
      set_civil(r, y, (unsigned)a, (unsigned)b); /* 12/25/2020 */
  }
  return r->precision ? j + 1 : 0;
}

/* The length of a modifier at j: "earlier in", "early on", "mid", "the end of", "the early hours of". */
static size_t modifier_at(const scan *s, size_t j) {
  static const char *const timing[] = {"earlier", "later", "early", "late", "mid", NULL};
  static const char *const parts[] = {"end", "beginning", "start", "middle", "turn", NULL};
  if (one_of(s, j, timing) >= 0) return is(s, j + 1, "in") || is(s, j + 1, "on") ? 2 : 1;
  size_t k = is(s, j, "the") ? j + 1 : j;
  if (one_of(s, k, parts) >= 0 && is(s, k + 1, "of")) return k + 2 - j;
  if (is(s, k, "early") && is(s, k + 1, "hours") && is(s, k + 2, "of")) return k + 3 - j;
  return 0;
}

/* Nonzero when a weekday at j is part of a name or habit: "Easter Sunday", "every Sunday", "Sunday Times". */
static int weekday_in_name(const scan *s, size_t j) {
  if (j > 0 && one_of(s, j - 1, weekday_before_names) >= 0) return 1;
  return capitalised(s, j + 1) && one_of(s, j + 1, weekday_after_names) >= 0;
}

/* A weekday at j, with a date or a part of the day after it. */
static size_t weekday_expr(const scan *s, size_t j, const lead *ld, int dir, resolved *r) {
  unsigned w = weekday_at(s, j);
  if (!w || weekday_in_name(s, j)) return 0;
  /* "Sunday, July 25", "Monday 26 July 2021": the date says it. */
  size_t k = is(s, j + 1, ",") ? j + 2 : j + 1;
  unsigned m, d;
  int32_t y;
  size_t e = day_month_at(s, k, &m, &d, &y);
  if (e) {
    resolve_day_month(r, s, m, d, y, ld->dir);
    return e;
  }
  e = j + 1 + (one_of(s, j + 1, day_parts) >= 0);
  if (s->known) set_weekday(r, s, w - 1, dir);
  return e;
}

/* A month name at j alone or with a year; cue says something before it made it a date. */
static size_t month_expr(const scan *s, size_t j, int cue, int dir, resolved *r) {
  int how;
  unsigned m = month_at(s, j, &how);
  if (!m) return 0;
  size_t k = j + 1;
  if (is(s, k, "of") && year_at(s, k + 1)) k++;
  int32_t y = year_at(s, k);
  if (y && !count_noun_at(s, k + 1)) {
    set_civil(r, y, m, 1);
    if (r->precision) {
      r->day = 0;
      r->precision = DATE_MONTH;
    }
    return k + 1;
  }
  if (how == MONTH_BARE_ABBREV) return 0;
  if (how == MONTH_COMMON && (!cue || (k < s->n && s->t[k].kind == DL_TOKEN_POSSESSIVE))) return 0;
  /* "April Ryan", "Hurricane June": a name, unless something before it made it a date. */
  if (!cue && ((j > 0 && capitalised(s, j - 1) && s->t[j - 1].kind == DL_TOKEN_WORD) ||
               (capitalised(s, j + 1) && s->t[j + 1].kind == DL_TOKEN_WORD && !weekday_at(s, j + 1))))
    return 0;
  if (s->known) set_month_name(r, s, m, dir == DIR_NEAREST ? DIR_ON_BEFORE : dir);
  return j + 1;
}

/* A year at j when something before it makes it one ("at 2000" is a time, so "at" does not). */
static size_t year_expr(const scan *s, size_t j, const lead *ld, resolved *r) {
  int32_t y = year_at(s, j);
  if (!y || count_noun_at(s, j + 1) || one_of(s, j + 1, clock_words) >= 0) return 0;
  /* "the 2020-21 season" names two years */
  if (tight_punct(s, j + 1, '-') && tight_number(s, j + 2, 2)) return 0;
  if (ld->start < j ? is(s, ld->start, "at") && j == ld->start + 1 : !ld->joined && !year_cue(s, j)) return 0;
  set_year(r, y);
  return j + 1;
}

/* "mid-July", "late-2019", "early-May 2020": a timing word joined to a month or a year. */
static size_t joined_expr(const scan *s, size_t j, int dir, resolved *r) {
  static const char *const timing[] = {"mid-", "early-", "late-", "end-", NULL};
  if (j >= s->n || s->t[j].kind != DL_TOKEN_WORD) return 0;
  const char *p = s->text + s->t[j].start;
  size_t len = s->t[j].len;
  for (int k = 0; timing[k]; k++) {
    size_t pl = strlen(timing[k]);
    if (len <= pl) continue;
    size_t c = 0;
    while (c < pl && lower(p[c]) == timing[k][c]) c++;
    if (c < pl) continue;
    const char *rest = p + pl;
    size_t rl = len - pl;
    unsigned m;
    if (rl == 4 && digits(rest, 4) >= 1900 && digits(rest, 4) <= 2100) {
      set_year(r, digits(rest, 4));
      return j + 1;
    }
    if (!(rest[0] >= 'A' && rest[0] <= 'Z') || !month_word(rest, rl, &m)) return 0;
    int32_t y = year_at(s, j + 1);
    if (y) {
      set_civil(r, y, m, 1);
      r->day = 0;
      r->precision = DATE_MONTH;
      return j + 2;
    }
    if (s->known) set_month_name(r, s, m, dir == DIR_NEAREST ? DIR_ON_BEFORE : dir);
    return j + 1;
  }
  return 0;
}

/* "this", "last", "next" and their kin before a week, month, year, weekday or month name. */
static size_t relative_expr(const scan *s, size_t j, const lead *ld, resolved *r) {
  static const char *const words[] = {"this", "last", "next", "past", "coming", NULL};
  int k = one_of(s, j, words);
  /* "the last week", "the next day": a span, or a day of the story told */
  if (k < 0 || (j > 0 && is(s, j - 1, "the"))) return 0;
  size_t at = j + 1;
  int offset = k == 0 ? 0 : k == 1 || k == 3 ? -1 : 1;
  if (k == 0 && (is(s, at, "past") || is(s, at, "coming"))) {
    offset = is(s, at, "past") ? -1 : 1; /* "this past Sunday", "this coming week" */
    at++;
  } else if (k >= 3) {
    return 0; /* "past" and "coming" alone belong to other readings */
  }
  int known = s->known;
  if (is(s, at, "week")) {
    if (known) set_week(r, s, offset);
    return at + 1;
  }
  if (is(s, at, "weekend")) {
    if (known) set_weekend(r, s, offset);
    return at + 1;
  }
  if (is(s, at, "month")) {
    if (known) set_month_delta(r, s, offset);
    return at + 1;
  }
  if (is(s, at, "year")) {
    if (known) set_year(r, (int64_t)s->year + offset);
    return at + 1;
  }
  if (offset <= 0 && (is(s, at, "night") || is(s, at, "evening"))) {
    if (known) set_day(r, (int64_t)s->today + (k == 0 ? 0 : -1)); /* "last night", "this evening" */
    return at + 1;
  }
  if (k == 0 && (is(s, at, "morning") || is(s, at, "afternoon"))) {
    if (known) set_day(r, s->today);
    return at + 1;
  }
  int dir = k == 0 && offset == 0 ? (ld->dir == DIR_ON_AFTER ? DIR_ON_AFTER : DIR_ON_BEFORE)
                                  : offset < 0 ? DIR_BEFORE : DIR_AFTER;
  if (weekday_at(s, at)) {
    unsigned w = weekday_at(s, at);
    if (known) set_weekday(r, s, w - 1, dir);
    return at + 1 + (one_of(s, at + 1, day_parts) >= 0);
  }
  int how;
  unsigned m = month_at(s, at, &how);
  if (m && how != MONTH_BARE_ABBREV) {
    if (known) set_month_name(r, s, m, k == 0 && offset == 0 ? DIR_THIS : dir);
    return at + 1;
  }
  return 0;
}

/* "recent days", "the past week", "the last few days", "the past 24 hours": spans ending now. */
static size_t recent_expr(const scan *s, size_t j, resolved *r) {
  size_t k = j;
  if (is(s, k, "recent")) {
    if (!is(s, k + 1, "days") && !is(s, k + 1, "weeks")) return 0;
    if (s->known) set_month_delta(r, s, 0);
    return k + 2;
  }
  if (!is(s, k, "the") || !(is(s, k + 1, "past") || is(s, k + 1, "last"))) return 0;
  k += 2;
  int64_t count = 0;
  if (is(s, k, "few") || is(s, k, "several")) {
    k++;
  } else if (is(s, k, "couple") && is(s, k + 1, "of")) {
    k += 2;
  } else if (small_count(s, k, &count)) {
    k++;
  }
  if (is(s, k, "hours") && count > 0 && count <= 24) {
    if (s->known) set_day(r, s->today);
    return k + 1;
  }
  if (is(s, k, "days") || is(s, k, "weeks") || (count == 0 && (is(s, k, "week") || is(s, k, "month")))) {
    if (s->known) set_month_delta(r, s, 0);
    return k + 1;
  }
  return 0;
}

/* "three days ago", "a week ago", "two months ago", "a year ago". */
static size_t ago_expr(const scan *s, size_t j, resolved *r) {
  int64_t v;
  if (!small_count(s, j, &v)) return 0;
  size_t k = j + 1;
  if (!is(s, k + 1, "ago")) return 0;
  int plural = v != 1;
  int known = s->known;
  if (is(s, k, plural ? "days" : "day")) {
    if (known) set_day(r, (int64_t)s->today - v);
  } else if (is(s, k, plural ? "weeks" : "week")) {
    if (known) set_month_of_day(r, (int64_t)s->today - 7 * v);
  } else if (is(s, k, plural ? "months" : "month")) {
    if (known) set_month_delta(r, s, -v);
  } else if (is(s, k, plural ? "years" : "year")) {
    if (known) set_year(r, (int64_t)s->year - v);
  } else {
    return 0;
  }
  return k + 2;
}

/* "yesterday", "today", "tonight", "tomorrow" and the day before or after them. */
static size_t day_word_expr(const scan *s, size_t j, resolved *r) {
  static const char *const words[] = {"yesterday", "today", "tonight", "tomorrow", NULL};
  static const int offsets[] = {-1, 0, 0, 1};
  int64_t extra = 0;
  size_t k = j;
  if (is(s, k, "the") && is(s, k + 1, "day") && (is(s, k + 2, "before") || is(s, k + 2, "after"))) {
    extra = is(s, k + 2, "before") ? -1 : 1;
    k += 3;
    if (!(extra < 0 ? is(s, k, "yesterday") : is(s, k, "tomorrow"))) return 0;
  }
  int w = one_of(s, k, words);
  if (w < 0) return 0;
  /* "USA Today", "NBC's Today show": capitalised after a word, it is a name. */
  if ((s->t[k].flags & TOKEN_CAPITALISED) && !(s->t[k].flags & TOKEN_ALLCAPS) && k > 0 &&
      s->t[k - 1].kind != DL_TOKEN_PUNCT)
    return 0;
  size_t e = k + 1;
  if (w != 2 && one_of(s, e, day_parts) >= 0) e++;
  if (s->known) set_day(r, (int64_t)s->today + offsets[w] + extra);
  return e;
}

/* "the month", "the year", "the week", "the weekend" after a modifier or a preposition. */
static size_t the_unit_expr(const scan *s, size_t j, const lead *ld, resolved *r) {
  if (!is(s, j, "the")) return 0;
  size_t k = j + 1;
  if (is(s, k, "weekend") && (ld->prep || ld->mod)) {
    if (s->known) set_weekend(r, s, 2);
    return k + 1;
  }
  if (!ld->mod) return 0;
  if (is(s, k, "month")) {
    if (s->known) set_month_delta(r, s, 0);
  } else if (is(s, k, "year")) {
    if (s->known) set_year(r, s->year);
  } else if (is(s, k, "week")) {
    if (s->known) set_week(r, s, 0);
  } else {
    return 0;
  }
  return k + 1;
}

/* Lower-case words that can begin an expression; other lower-case words are passed over quickly. */
/* Every word an expression may begin with: the starters, months, their abbreviations and weekdays; sorted. */
static const char *const start_words[] = {
    "a", "after", "an", "apr", "april", "at", "aug", "august", "before", "beginning", "between",
    "by", "dec", "december", "during", "earlier", "early", "eight", "eleven", "end", "feb",
    "february", "five", "four", "friday", "from", "in", "jan", "january", "jul", "july", "jun",
    "june", "last", "late", "later", "mar", "march", "may", "mid", "middle", "monday", "next",
    "nine", "no", "nov", "november", "oct", "october", "on", "one", "over", "recent", "saturday",
    "sep", "sept", "september", "seven", "since", "six", "start", "sunday", "ten", "the", "this",
    "three", "through", "throughout", "thursday", "till", "today", "tomorrow", "tonight", "tuesday",
    "turn", "twelve", "two", "until", "wednesday", "within", "yesterday",
};

/* Nonzero when the lower-case word w (n bytes) is a starter. */
static int is_start_word(const char *w, size_t n) {
  return words_sorted_contain(start_words, sizeof start_words / sizeof *start_words, w, n);
}

/*
 * Zero when no expression can begin at token i: a word that is no starter,
 * month or weekday (in any case, "Jan." without its period), and no
 * "mid-July". One binary search, since most words of a sentence fail here.
 */
static int may_start(const scan *s, size_t i) {
  const dl_token *t = &s->t[i];
  if (t->kind == DL_TOKEN_NUMBER) return 1;
  if (t->kind != DL_TOKEN_WORD && t->kind != DL_TOKEN_ABBREV) return 0;
  if (t->len > 4 && memchr(s->text + t->start, '-', t->len)) return 1;
  char w[16];
  size_t n = t->len;
  if (t->kind == DL_TOKEN_ABBREV && n > 1 && s->text[t->start + n - 1] == '.') n--;
  if (n == 0 || n >= sizeof w) return 0;
  for (size_t k = 0; k < n; k++) w[k] = lower(s->text[t->start + k]);
  return is_start_word(w, n);
}

/* Reads the expression that begins at token i, if any: its end, or 0; r gets its date. */
static size_t parse_at(const scan *s, size_t i, size_t prev_end, resolved *r) {
  lead ld = {i, 0, 0, DIR_NEAREST, 0};
  ld.joined = i >= 2 && prev_end == i - 1 && one_of(s, i - 1, joins) >= 0;
  size_t j = i;
  memset(r, 0, sizeof *r);
  if (is(s, j, "no") && is(s, j + 1, "later") && is(s, j + 2, "than")) {
    ld.dir = DIR_ON_AFTER;
    j += 3;
  } else if (one_of(s, j, deadline_preps) >= 0) {
    ld.dir = DIR_ON_AFTER;
    j++;
    /* "until at least February", "by the end of March at the latest" begins so too. */
    if (is(s, j, "at") && (is(s, j + 1, "least") || is(s, j + 1, "most") || is(s, j + 1, "earliest"))) j += 2;
  } else if (is(s, j, "since")) {
    ld.dir = DIR_ON_BEFORE;
    j++;
  } else if (one_of(s, j, plain_preps) >= 0) {
    j++;
  }
  ld.prep = j > i;
  r->deadline = ld.dir == DIR_ON_AFTER;
  r->since = ld.dir == DIR_ON_BEFORE;
  for (int k = 0; k < 3; k++) {
    size_t len = modifier_at(s, j);
    if (!len) break;
    ld.mod = 1;
    j += len;
  }
  if (j >= s->n) return 0;
  int cue = ld.prep || ld.mod || ld.joined;
  size_t e;
  unsigned m, d;
  int32_t y;
  if ((e = day_word_expr(s, j, r))) return e;
  if ((e = recent_expr(s, j, r))) return e;
  if ((e = the_unit_expr(s, j, &ld, r))) return e;
  if ((e = relative_expr(s, j, &ld, r))) return e;
  if ((e = ago_expr(s, j, r))) return e;
  if ((e = weekday_expr(s, j, &ld, ld.dir == DIR_ON_AFTER ? DIR_ON_AFTER : DIR_ON_BEFORE, r))) return e;
  if ((e = numeric_date_at(s, j, r))) return e;
  /* "the 9th of May" */
  size_t at = j + (is(s, j, "the") && day_at(s, j + 1) ? 1 : 0);
  if ((e = day_month_at(s, at, &m, &d, &y))) {
    resolve_day_month(r, s, m, d, y, ld.dir); /* "30 February 2021" is read and left out */
    return e;
  }
  if ((e = month_expr(s, j, cue, ld.dir, r))) return e;
  if ((e = joined_expr(s, j, ld.dir, r))) return e;
  if ((e = year_expr(s, j, &ld, r))) return e;
  return 0;
}

size_t date_find(const char *text, const dl_token *tokens, size_t n, int32_t article_day, date_mention *out,
                 size_t max) {
  scan s;
  memset(&s, 0, sizeof s);
  s.text = text;
  s.t = tokens;
  s.n = n;
  /* Dates far outside years 1..9999 are treated as unknown, so arithmetic on them cannot overflow. */
  s.known = article_day != INT32_MIN && article_day >= -719162 && article_day <= 2932896;
  if (s.known) {
    s.today = article_day;
    date_civil_from_days(article_day, &s.year, &s.month, &s.day);
    s.weekday = (unsigned)(((int64_t)article_day % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
  }
  size_t count = 0, prev_end = 0;
  if (!text || !tokens) return 0;
  for (size_t i = 0; i < n && count < max;) {
    if (!may_start(&s, i)) {
      i++;
      continue;
    }
    resolved r;
    size_t e = parse_at(&s, i, prev_end, &r);
    if (!e) {
      i++;
      continue;
    }
    if (r.precision != DATE_NONE && out) {
      date_mention *d = &out[count++];
      d->first = (uint32_t)i;
      d->end = (uint32_t)e;
      d->year = r.year;
      d->month = (uint8_t)(r.precision >= DATE_MONTH ? r.month : 0);
      d->day = (uint8_t)(r.precision == DATE_DAY ? r.day : 0);
      d->precision = (uint8_t)r.precision;
      d->deadline = (uint8_t)r.deadline;
      d->since = (uint8_t)r.since;
    }
    prev_end = e;
    i = e;
  }
  return count;
}
