/* spec.c: runs spec files: examples of input, a "." line, and the expected output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buffer.h"
#include "test.h"

#define FENCE "````````````````````````````````"

/* Replaces each "→" (U+2192) with a tab, in place; returns the new length. */
static size_t expand_tabs(char *s, size_t len) {
  size_t w = 0;
  for (size_t r = 0; r < len; r++) {
    if (r + 2 < len && (unsigned char)s[r] == 0xE2 && (unsigned char)s[r + 1] == 0x86 &&
        (unsigned char)s[r + 2] == 0x92) {
      s[w++] = '\t';
      r += 2;
    } else {
      s[w++] = s[r];
    }
  }
  s[w] = '\0';
  return w;
}

/* Length without trailing white space. */
static size_t trimmed_length(const char *s, size_t len) {
  while (len && (s[len - 1] == '\n' || s[len - 1] == ' ' || s[len - 1] == '\r')) len--;
  return len;
}

dl_article *spec_read_story(dl_context *ctx, const char *input, size_t len) {
  char date[11] = "";
  if (len > 17 && strncmp(input, "@date ", 6) == 0) {
    memcpy(date, input + 6, 10);
    input += 17;
    len -= 17;
  }
  dl_reader *r = dl_reader_open_memory(ctx, "spec", input, len, DL_FORMAT_TEXT);
  dl_article *a = NULL;
  if (!r || dl_reader_next(r, &a) != 1) a = NULL;
  dl_reader_free(r);
  if (a && date[0]) dl_article_default_date(a, date);
  return a;
}

void spec_run_file(test_state *ts, const char *path) {
  size_t len;
  char *text = test_read_file(path, &len);
  if (!text) {
    CHECK(ts, 0, "cannot read %s", path);
    return;
  }
  /* Examples are cut up in place, so lines are counted in a copy. */
  char *orig = malloc(len + 1);
  if (orig) memcpy(orig, text, len + 1);
  dl_context *ctx = dl_context_new(NULL, NULL);
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  size_t fence_len = strlen(FENCE);
  char *p = text;
  while ((p = strstr(p, FENCE " example "))) {
    int example_line = 1;
    for (const char *q = orig; q && q < orig + (p - text); q++) example_line += *q == '\n';
    char *kind = p + fence_len + strlen(" example ");
    char *eol = strchr(kind, '\n');
    if (!eol) break;
    *eol = '\0';
    char *input = eol + 1;
    /* The input ends at a line holding only "." */
    char *dot = input;
    while (dot && !(dot[0] == '.' && (dot[1] == '\n' || dot[1] == '\0'))) {
      dot = strchr(dot, '\n');
      if (dot) dot++;
    }
    if (!dot) {
      CHECK(ts, 0, "%s:%d: example has no '.' line", path, example_line);
      break;
    }
    char *expected = dot[1] ? dot + 2 : dot + 1;
    char *end = strstr(expected, FENCE);
    if (!end) {
      CHECK(ts, 0, "%s:%d: example has no closing fence", path, example_line);
      break;
    }
    size_t input_len = (size_t)(dot - input);
    if (input_len && input[input_len - 1] == '\n') input_len--;
    input[input_len] = '\0';
    input_len = expand_tabs(input, input_len);
    size_t expected_len = (size_t)(end - expected);
    expected[expected_len] = '\0';
    expected_len = expand_tabs(expected, expected_len);
    spec_handler fn = spec_text_handler(kind);
    if (!fn) fn = spec_article_handler(kind);
    if (!fn) fn = spec_lexicon_handler(kind);
    if (!fn) fn = spec_actors_handler(kind);
    if (!fn) fn = spec_tag_handler(kind);
    if (!fn) fn = spec_events_handler(kind);
    if (!fn) fn = spec_petrarch_verbs_handler(kind);
    if (!fn) fn = spec_dates_handler(kind);
    if (!fn) fn = spec_counts_handler(kind);
    if (!fn) fn = spec_gazetteer_handler(kind);
    if (!fn) fn = spec_places_handler(kind);
    if (!fn) {
      CHECK(ts, 0, "%s:%d: unknown example kind '%s'", path, example_line, kind);
    } else {
      dl_buffer_clear(&out);
      int rc = fn(ctx, input, input_len, &out);
      size_t got_len = out.data ? trimmed_length(out.data, out.len) : 0;
      size_t want_len = trimmed_length(expected, expected_len);
      int ok = rc == DL_OK && got_len == want_len &&
               (want_len == 0 || memcmp(out.data, expected, want_len) == 0);
      CHECK(ts, ok, "%s:%d: example %s\n--- input\n%s\n--- expected\n%.*s\n--- got (rc %d)\n%.*s",
            path, example_line, kind, input, (int)want_len, expected, rc, (int)got_len,
            out.data ? out.data : "");
    }
    p = end + fence_len;
  }
  dl_buffer_free(&out);
  dl_context_free(ctx);
  free(orig);
  free(text);
}
