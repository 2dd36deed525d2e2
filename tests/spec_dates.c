/* spec_dates.c: spec handlers for date expressions and the calendar behind them. */
#include <stdint.h>
#include <string.h>

#include "core/buffer.h"
#include "resolve/dates.h"
#include "text/normalize.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "test.h"

/* Reads "YYYY-MM-DD" (a valid date) into days since 1970; -1 when it is not one. */
static int parse_ymd(const char *s, size_t n, int32_t *days) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return -1;
  int v[3] = {0, 0, 0};
  const size_t at[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int k = 0; k < 3; k++)
    for (size_t i = at[k]; i < at[k] + len[k]; i++) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = v[0] % 4 == 0 && (v[0] % 100 != 0 || v[0] % 400 == 0);
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > month_days[v[1] - 1] || (v[1] == 2 && v[2] == 29 && !leap))
    return -1;
  *days = date_days_from_civil(v[0], (unsigned)v[1], (unsigned)v[2]);
  return 0;
}

/*
 * dates: the first line is "@date YYYY-MM-DD" (the article date) or "@date
 * none"; the rest is text, normalised, tokenised and split into sentences.
 * Each date expression of each sentence is one line: "text = DATE precision"
 * with " deadline" when it is one and " since" when it begins a span.
 */
static int spec_dates(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  const char *nl = memchr(input, '\n', len);
  if (!nl || len < 6 || memcmp(input, "@date ", 6) != 0) return DL_EUSAGE;
  const char *value = input + 6;
  size_t value_len = (size_t)(nl - value);
  int32_t article_day = INT32_MIN;
  if (!(value_len == 4 && memcmp(value, "none", 4) == 0) && parse_ymd(value, value_len, &article_day) != 0)
    return DL_EUSAGE;
  const char *body = nl + 1;
  size_t body_len = len - (size_t)(body - input);

  norm_text norm;
  norm_init(&norm, ctx);
  dl_token_vec tokens = {NULL, 0, 0};
  dl_sentence_vec sentences = {NULL, 0, 0};
  int rc = norm_append(&norm, body, 0, body_len, NORM_COLLAPSE_SPACE);
  if (rc == DL_OK && !norm.text.data) rc = dl_buffer_put(&norm.text, "", 0);
  if (rc == DL_OK) rc = tokenize(ctx, norm.text.data, 0, norm.text.len, &tokens);
  if (rc == DL_OK)
    rc = sentence_split(ctx, norm.text.data, tokens.items, 0, tokens.len, 1000, &sentences);
  static const char *const precision[] = {"none", "year", "month", "day"};
  for (size_t i = 0; rc == DL_OK && i < sentences.len; i++) {
    const dl_sentence *s = &sentences.items[i];
    const dl_token *t = tokens.items + s->first_token;
    date_mention found[DATE_MAX_MENTIONS];
    size_t n = date_find(norm.text.data, t, s->token_count, article_day, found, DATE_MAX_MENTIONS);
    for (size_t k = 0; k < n; k++) {
      const date_mention *d = &found[k];
      char date[16];
      date_format(d, date, sizeof date);
      uint32_t from = t[d->first].start, to = t[d->end - 1].start + t[d->end - 1].len;
      dl_buffer_printf(out, "%.*s = %s %s%s%s\n", (int)(to - from), norm.text.data + from, date,
                       d->precision < 4 ? precision[d->precision] : "?", d->deadline ? " deadline" : "",
                       d->since ? " since" : "");
    }
  }
  DL_VEC_FREE(ctx, sentences);
  DL_VEC_FREE(ctx, tokens);
  norm_free(&norm);
  return rc;
}

/*
 * date days: one "YYYY-MM-DD" a line, shown as "YYYY-MM-DD days weekday";
 * "!" marks a day number that does not convert back to the same date.
 */
static int spec_date_days(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  (void)ctx;
  static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(input + i, '\n', len - i);
    size_t n = nl ? (size_t)(nl - (input + i)) : len - i;
    int32_t days;
    if (parse_ymd(input + i, n, &days) != 0) return DL_EUSAGE;
    int32_t y;
    unsigned m, d;
    date_civil_from_days(days, &y, &m, &d);
    date_mention dm = {0, 0, y, (uint8_t)m, (uint8_t)d, DATE_DAY, 0, 0};
    char back[16];
    date_format(&dm, back, sizeof back);
    long weekday = (((long)days % 7) + 7 + 3) % 7;
    dl_buffer_printf(out, "%.*s %ld %s%s\n", (int)n, input + i, (long)days, weekdays[weekday],
                     strncmp(back, input + i, n) == 0 ? "" : " !");
    i += n + 1;
  }
  return DL_OK;
}

/* The handler for an example kind, or NULL. */
spec_handler spec_dates_handler(const char *kind) {
  if (strcmp(kind, "dates") == 0) return spec_dates;
  if (strcmp(kind, "date days") == 0) return spec_date_days;
  return NULL;
}
