/* spec_counts.c: spec handlers for the count of a noun phrase and the casualties of a sentence. */
#include <string.h>

#include "core/buffer.h"
#include "resolve/counts.h"
#include "text/normalize.h"
#include "text/tokenize.h"
#include "test.h"

/* An input's text normalised (white space collapsed) and tokenised. */
typedef struct counts_fixture {
  norm_text norm;      /* the normalised text */
  dl_token_vec tokens; /* its tokens */
} counts_fixture;

static int fixture_init(counts_fixture *f, dl_context *ctx, const char *s, size_t len) {
  norm_init(&f->norm, ctx);
  f->tokens.items = NULL;
  f->tokens.len = f->tokens.cap = 0;
  int rc = norm_append(&f->norm, s, 0, len, NORM_COLLAPSE_SPACE);
  if (rc == DL_OK && !f->norm.text.data) rc = dl_buffer_put(&f->norm.text, "", 0);
  if (rc == DL_OK) rc = tokenize(ctx, f->norm.text.data, 0, f->norm.text.len, &f->tokens);
  return rc;
}

static void fixture_free(counts_fixture *f, dl_context *ctx) {
  DL_VEC_FREE(ctx, f->tokens);
  norm_free(&f->norm);
}

/* 1 when token t's text is s[0, len). */
static int token_is(const counts_fixture *f, const dl_token *t, const char *s, size_t len) {
  return t->len == len && memcmp(f->norm.text.data + t->start, s, len) == 0;
}

/*
 * Finds the words of phrase[0, len) (separated by spaces, matched token by
 * token, case and all) in the fixture's tokens: the occurrence-th match
 * (1-based). Sets [*first, *end); returns 1, or 0 when there is none.
 */
static int find_phrase(const counts_fixture *f, const char *phrase, size_t len, int occurrence,
                       size_t *first, size_t *end) {
  const char *words[16];
  size_t lens[16], nwords = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && phrase[i] == ' ') i++;
    size_t j = i;
    while (j < len && phrase[j] != ' ') j++;
    if (j > i) {
      if (nwords == 16) return 0;
      words[nwords] = phrase + i;
      lens[nwords++] = j - i;
    }
    i = j;
  }
  if (!nwords) return 0;
  const dl_token *t = f->tokens.items;
  for (size_t i = 0; i + nwords <= f->tokens.len; i++) {
    size_t k = 0;
    while (k < nwords && token_is(f, &t[i + k], words[k], lens[k])) k++;
    if (k == nwords && --occurrence == 0) {
      *first = i;
      *end = i + nwords;
      return 1;
    }
  }
  return 0;
}

/* Appends a value as an integer when it is one. */
static void put_value(dl_buffer *out, double v) { dl_buffer_printf(out, "%.15g", v); }

/*
 * counts: the lines before "@phrase WORDS" are a sentence; WORDS name the
 * phrase's head tokens (the first match; "WORDS #2" the second). Shows
 * "count: VALUE [approximate]" and "text: NUMBER WORDS", or "count: none".
 */
static int spec_counts(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  const char *at = NULL;
  for (size_t i = 0; i + 8 <= len; i++)
    if ((i == 0 || input[i - 1] == '\n') && memcmp(input + i, "@phrase ", 8) == 0) at = input + i;
  if (!at) return DL_EUSAGE;
  size_t sentence_len = (size_t)(at - input);
  const char *phrase = at + 8;
  size_t phrase_len = len - (size_t)(phrase - input);
  while (phrase_len && (phrase[phrase_len - 1] == '\n' || phrase[phrase_len - 1] == ' ')) phrase_len--;
  int occurrence = 1;
  const char *hash = memchr(phrase, '#', phrase_len);
  if (hash) {
    occurrence = 0;
    for (const char *q = hash + 1; q < phrase + phrase_len && *q >= '0' && *q <= '9'; q++)
      occurrence = occurrence * 10 + (*q - '0');
    phrase_len = (size_t)(hash - phrase);
  }
  counts_fixture f;
  int rc = fixture_init(&f, ctx, input, sentence_len);
  size_t first = 0, end = 0;
  if (rc == DL_OK && !find_phrase(&f, phrase, phrase_len, occurrence, &first, &end))
    rc = DL_EUSAGE;
  if (rc == DL_OK) {
    count_mention c;
    if (count_of_phrase(f.norm.text.data, f.tokens.items, f.tokens.len, first, end, &c)) {
      dl_buffer_puts(out, "count: ");
      put_value(out, c.value);
      dl_buffer_puts(out, c.approximate ? " approximate\n" : "\n");
      if (c.first < c.end && c.end <= f.tokens.len) {
        const dl_token *a = &f.tokens.items[c.first], *b = &f.tokens.items[c.end - 1];
        dl_buffer_printf(out, "text: %.*s\n", (int)(b->start + b->len - a->start),
                         f.norm.text.data + a->start);
      } else {
        dl_buffer_puts(out, "text: ?\n");
      }
    } else {
      dl_buffer_puts(out, "count: none\n");
    }
  }
  fixture_free(&f, ctx);
  return rc;
}

/*
 * casualties: the input is one sentence. Shows "killed: N, wounded: N" with
 * "none" for a count it does not give, ", approximate" when a hedge or vague
 * number was involved, or "none" when it gives neither.
 */
static int spec_casualties(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  counts_fixture f;
  int rc = fixture_init(&f, ctx, input, len);
  if (rc == DL_OK) {
    casualty_count c;
    if (!casualties_find(f.norm.text.data, f.tokens.items, f.tokens.len, &c)) {
      dl_buffer_puts(out, "none\n");
    } else {
      dl_buffer_puts(out, "killed: ");
      if (c.has_killed) put_value(out, c.killed);
      else dl_buffer_puts(out, "none");
      dl_buffer_puts(out, ", wounded: ");
      if (c.has_wounded) put_value(out, c.wounded);
      else dl_buffer_puts(out, "none");
      dl_buffer_puts(out, c.approximate ? ", approximate\n" : "\n");
    }
  }
  fixture_free(&f, ctx);
  return rc;
}

/* The handler for an example kind, or NULL. */
spec_handler spec_counts_handler(const char *kind) {
  if (strcmp(kind, "counts") == 0) return spec_counts;
  if (strcmp(kind, "casualties") == 0) return spec_casualties;
  return NULL;
}
