/* build_text.c: verb pattern files and code tables in the compiler: checked line by line, then kept whole. */
#include <stdlib.h>
#include <string.h>

#include "lexicon/build.h"
#include "lexicon/verbs.h"

/*
 * Reports the patterns whose code or intent code the CAMEO table of the
 * lexicon the file is read against lacks ("999 tickle +T" would code
 * nothing); returns how many errors. In the project's own format that is an
 * error. A PETRARCH or TABARI file is someone else's, made for their coder
 * (PETRARCH's validation verbs use test codes such as 915), so there it is a
 * warning and the file still loads. With no such lexicon (the build's own
 * compile, which reads the table beside the patterns), nothing is checked.
 */
static size_t unknown_codes(lex_builder *b, const verb_table *t, int as_error) {
  if (!b->key_lex || !t->patterns.items) return 0;
  lex_text texts[64];
  size_t n = lex_texts(b->key_lex, texts, 64);
  cameo_table codes;
  cameo_table_init(&codes, b->ctx);
  for (size_t i = 0; i < n && i < 64; i++)
    if (texts[i].format == LEX_FORMAT_CODES)
      (void)cameo_table_add_text(&codes, texts[i].name, texts[i].text, texts[i].len, NULL, NULL, NULL);
  size_t bad = 0;
  if (cameo_table_finish(&codes) == DL_OK && codes.codes.len) {
    /* Patterns come in the order they were read, so each line is reported once. */
    uint32_t last = UINT32_MAX;
    for (size_t i = 0; i < t->patterns.len; i++) {
      const verb_pattern *p = &t->patterns.items[i];
      if (verb_pattern_is_null(p)) continue;
      const char *missing = !cameo_table_find(&codes, p->code)                   ? p->code
                            : p->intent[0] && !cameo_table_find(&codes, p->intent) ? p->intent
                                                                                   : NULL;
      if (!missing || p->source == last) continue;
      last = p->source;
      const char *src = verb_str(t, p->source);
      const char *colon = strrchr(src, ':');
      size_t line = colon ? (size_t)strtoul(colon + 1, NULL, 10) : 0;
      if (as_error) {
        build_error(b, line, "'%s' is no CAMEO event code", missing);
        bad++;
      } else {
        build_warning(b, line, "'%s' is no CAMEO event code; the patterns of this line code no event", missing);
      }
    }
  }
  cameo_table_free(&codes);
  return bad;
}

int build_read_text(lex_builder *b, const char *text, size_t len, lex_format format) {
  if (memchr(text, '\0', len)) {
    build_error(b, 1, "a NUL byte in a text file");
    return DL_OK;
  }
  if (len >= UINT32_MAX / 2) {
    build_error(b, 1, "file too large");
    return DL_OK;
  }
  /* Read it as a coder will, so every error is reported now, at file:line. */
  size_t records = 0, errors = 0, unknown = 0;
  int rc;
  if (format == LEX_FORMAT_CODES) {
    cameo_table t;
    cameo_table_init(&t, b->ctx);
    rc = cameo_table_add_text(&t, b->path, text, len, b->errors, &records, &errors);
    cameo_table_free(&t);
  } else {
    verb_table t;
    verb_table_init(&t, b->ctx);
    rc = format == LEX_FORMAT_VERBS
             ? verb_table_add_native(&t, b->path, text, len, b->errors, &records, &errors)
             : verb_table_add_petrarch(&t, b->key_lex, b->path, text, len, b->errors, &records, &errors);
    if (rc != DL_ENOMEM) unknown = unknown_codes(b, &t, format == LEX_FORMAT_VERBS); /* counted by build_error */
    verb_table_free(&t);
  }
  if (rc == DL_ENOMEM) return rc;
  b->stats->records += records;
  b->stats->errors += errors;
  if (errors || unknown) return DL_OK;
  blob_text bt;
  bt.format = (uint32_t)format;
  uint32_t name = build_intern(b, b->base_name ? b->base_name : "-", b->base_name ? strlen(b->base_name) : 1);
  uint32_t body = build_intern(b, text, len);
  if (name == UINT32_MAX || body == UINT32_MAX) return DL_ENOMEM;
  bt.name = build_offset(b, name);
  bt.text = build_offset(b, body);
  bt.len = (uint32_t)len;
  return DL_VEC_PUSH(b->ctx, b->texts, bt);
}
