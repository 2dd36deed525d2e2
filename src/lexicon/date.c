/* date.c: day numbers of dates in dictionaries, and whether an entry applies on a day. */
#include <string.h>

#include "lexicon/store.h"

/* Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
int32_t lex_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (int32_t)(era * 146097 + doe - 719468);
}

/* The civil date of a day number (H. Hinnant's civil_from_days). */
void lex_civil_from_days(int32_t z, int *y, int *m, int *d) {
  int64_t zz = (int64_t)z + 719468;
  int64_t era = (zz >= 0 ? zz : zz - 146096) / 146097;
  int64_t doe = zz - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int lex_month_days(int y, int m) {
  static const unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return 29;
  return m >= 1 && m <= 12 ? days[m - 1] : 0;
}

/* Reads n digits at s; -1 when one is not a digit. */
static int digits(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/*
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1 to 9999): the first day of
 * the period, or with end its last day. Returns 0, or -1 when it is not a date.
 */
int lex_parse_date(const char *s, size_t n, int end, int32_t *day) {
  if (n != 4 && n != 7 && n != 10) return -1;
  int y = digits(s, 4), m = 1, d = 1;
  if (y < 1) return -1;
  if (n >= 7) {
    if (s[4] != '-' || (m = digits(s + 5, 2)) < 1 || m > 12) return -1;
  }
  if (n == 10) {
    if (s[7] != '-' || (d = digits(s + 8, 2)) < 1 || d > lex_month_days(y, m)) return -1;
  }
  if (end && n == 4) m = 12;
  if (end && n < 10) d = lex_month_days(y, m);
  *day = lex_days_from_civil(y, m, d);
  return 0;
}

int32_t lex_day_number(const char *date, size_t len, int *ok) {
  int32_t day;
  if (lex_parse_date(date, len, 0, &day) != 0) {
    if (ok) *ok = 0;
    return -1;
  }
  if (ok) *ok = 1;
  return day;
}

/* An unknown day (LEX_DAY_MIN) cannot rule an entry out, so every entry applies on it. */
int lex_entry_applies(const lex_entry *e, int32_t day) {
  if (day == LEX_DAY_MIN) return 1;
  return day >= e->from_day && day <= e->to_day;
}
