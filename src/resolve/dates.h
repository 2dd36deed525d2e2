/* dates.h: the date expressions of a sentence, resolved against the article's date (internal). */
#ifndef DL_RESOLVE_DATES_H
#define DL_RESOLVE_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

/* How exact a resolved date is. */
typedef enum date_precision {
  DATE_NONE = 0,
  DATE_YEAR,
  DATE_MONTH,
  DATE_DAY
} date_precision;

/* One date expression of a sentence and the date it names. */
typedef struct date_mention {
  uint32_t first;     /* its tokens [first, end), indices into the sentence's tokens */
  uint32_t end;
  int32_t year;       /* the date it resolves to; month and day 0 when the precision leaves them out */
  uint8_t month;      /* 1..12 */
  uint8_t day;        /* 1..31 */
  uint8_t precision;  /* date_precision */
  uint8_t deadline;   /* "by September", "until 2024": a limit, not when something happened */
  uint8_t since;      /* "since 2014": where a span begins, not when something in it happened */
} date_mention;

/* The most date expressions kept for one sentence. */
#define DATE_MAX_MENTIONS 16

/*
 * Finds and resolves every date expression in tokens[0, n) of text, left to
 * right: weekdays ("on Monday", "Sunday night", "last Friday": the day on or
 * before the article date), "yesterday", "today", "last week", "last month",
 * "earlier this month", "earlier in the month", "earlier in July", "in
 * April" and "last April" (the most recent April on or before the article
 * date), "in recent weeks" and "in recent days" (the article's month, month
 * precision), explicit dates ("9 May 2020", "May 9", "May 9, 2020",
 * "2020-05-09", "9/5/2020" read day first unless that is impossible), month
 * and year ("May 2020"), years alone ("in 2019"), and deadlines ("by
 * September"). article_day is the article's date as days since 1970-01-01,
 * or INT32_MIN when unknown (then relative expressions do not resolve and
 * are left out). Fills out[0, max) and returns how many were found.
 */
size_t date_find(const char *text, const dl_token *tokens, size_t n, int32_t article_day, date_mention *out,
                 size_t max);

/* Writes "YYYY-MM-DD", "YYYY-MM" or "YYYY" for the mention into buf (at least 11 bytes); returns the length. */
size_t date_format(const date_mention *d, char *buf, size_t cap);

/* Days since 1970-01-01 of a civil date (proleptic Gregorian), and back. */
int32_t date_days_from_civil(int32_t y, unsigned m, unsigned d);
void date_civil_from_days(int32_t days, int32_t *y, unsigned *m, unsigned *d);

#endif
