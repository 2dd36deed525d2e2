/* build_text.c: verb pattern files and code tables in the compiler: checked line by line, then kept whole. */
#include <string.h>

#include "lexicon/build.h"
#include "lexicon/verbs.h"

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
  size_t records = 0, errors = 0;
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
    verb_table_free(&t);
  }
  if (rc == DL_ENOMEM) return rc;
  b->stats->records += records;
  b->stats->errors += errors;
  if (errors) return DL_OK;
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
