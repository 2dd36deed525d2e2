/* spec_petrarch_verbs.c: spec handlers for reading PETRARCH verb dictionaries. */
#include <string.h>

#include "core/buffer.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"
#include "test.h"

/* The name dictionaries in examples are given in sources and messages. */
#define SPEC_DICT "test.txt"

/*
 * Reads the example as a PETRARCH verb dictionary and renders the patterns
 * in the order they were made (verb by verb, each verb's bare pattern first,
 * then the block's patterns), one native line each, then the messages, then
 * a summary line.
 */
static int render(dl_context *ctx, const dl_lexicon *lex, const char *input, size_t len, dl_buffer *out) {
  verb_table t;
  verb_table_init(&t, ctx);
  dl_buffer msgs;
  dl_buffer_init(&msgs, ctx);
  size_t npatterns = 0, nerrors = 0;
  int rc = verb_table_add_petrarch(&t, lex, SPEC_DICT, input, len, &msgs, &npatterns, &nerrors);
  int read_rc = rc;
  if (rc == DL_EBADRECORD) rc = DL_OK; /* the messages are the point */
  for (size_t i = 0; rc == DL_OK && i < t.patterns.len; i++) rc = verb_pattern_format(&t, &t.patterns.items[i], out);
  if (rc == DL_OK && msgs.len) rc = dl_buffer_put(out, msgs.data, msgs.len);
  if (rc == DL_OK)
    rc = dl_buffer_printf(out, "%zu patterns, %zu errors%s\n", npatterns, nerrors,
                          read_rc == DL_EBADRECORD ? " (bad record)" : "");
  /* The table must still sort and index after whatever was read. */
  if (rc == DL_OK) rc = verb_table_finish(&t);
  dl_buffer_free(&msgs);
  verb_table_free(&t);
  return rc;
}

/* petrarch-verbs: words lemmatised with the built-in lexicon's WordNet tables. */
static int spec_petrarch_verbs(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  if (!lex) return DL_EBADRECORD;
  int rc = render(ctx, lex, input, len, out);
  dl_lexicon_free(lex);
  return rc;
}

/* petrarch-verbs-nolex: no lexicon, so words are only lower-cased. */
static int spec_petrarch_verbs_nolex(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render(ctx, NULL, input, len, out);
}

spec_handler spec_petrarch_verbs_handler(const char *kind) {
  if (strcmp(kind, "petrarch-verbs") == 0) return spec_petrarch_verbs;
  if (strcmp(kind, "petrarch-verbs-nolex") == 0) return spec_petrarch_verbs_nolex;
  return NULL;
}
