/* events.c: the public face of the event coder: make a coder from a lexicon, code a document, free. */
#include <string.h>

#include "article/article.h"
#include "event/events.h"

/* The most kept texts read from one lexicon. */
#define MAX_TEXTS 256

dl_coder *dl_coder_new(dl_context *ctx, const dl_lexicon *lex, dl_buffer *errors) {
  if (!ctx || !lex) return NULL;
  dl_coder *coder = dl_mem_calloc(ctx, 1, sizeof *coder);
  if (!coder) return NULL;
  coder->ctx = ctx;
  coder->lex = lex;
  verb_table_init(&coder->tables.verbs, ctx);
  cameo_table_init(&coder->tables.codes, ctx);
  lex_text texts[MAX_TEXTS];
  size_t n = lex_texts(lex, texts, MAX_TEXTS);
  if (n > MAX_TEXTS) n = MAX_TEXTS;
  int rc = DL_OK;
  /* The compiler refused files with errors, so these reads report nothing new; a hand-made blob may still hold bad lines, which are skipped. */
  for (size_t i = 0; i < n && rc != DL_ENOMEM; i++) {
    size_t got = 0, bad = 0, before = coder->tables.verbs.patterns.len;
    if (texts[i].format == LEX_FORMAT_CODES)
      rc = cameo_table_add_text(&coder->tables.codes, texts[i].name, texts[i].text, texts[i].len, errors, &got, &bad);
    else if (texts[i].format == LEX_FORMAT_VERBS)
      rc = verb_table_add_native(&coder->tables.verbs, texts[i].name, texts[i].text, texts[i].len, errors, &got, &bad);
    else if (texts[i].format == LEX_FORMAT_PETRARCH_VERBS)
      rc = verb_table_add_petrarch(&coder->tables.verbs, lex, texts[i].name, texts[i].text, texts[i].len, errors,
                                   &got, &bad);
    uint8_t flags = (uint8_t)((texts[i].user ? VP_USER : 0) | (texts[i].format == LEX_FORMAT_PETRARCH_VERBS ? VP_PETRARCH : 0));
    for (size_t k = before; flags && k < coder->tables.verbs.patterns.len; k++) coder->tables.verbs.patterns.items[k].flags |= flags;
    if (texts[i].user && coder->tables.verbs.patterns.len > before) coder->tables.has_user = 1;
  }
  if (rc != DL_ENOMEM) rc = verb_table_finish(&coder->tables.verbs);
  if (rc != DL_ENOMEM) rc = cameo_table_finish(&coder->tables.codes);
  if (rc != DL_ENOMEM) rc = event_tables_prepare(ctx, &coder->tables);
  if (rc == DL_ENOMEM) {
    dl_error(ctx, DL_ENOMEM, "out of memory");
    dl_coder_free(coder);
    return NULL;
  }
  if (coder->tables.codes.codes.len == 0) {
    dl_error(ctx, DL_EBADRECORD, "the lexicon has no CAMEO code table");
    dl_coder_free(coder);
    return NULL;
  }
  return coder;
}

void dl_coder_free(dl_coder *coder) {
  if (!coder) return;
  event_tables_release(coder->ctx, &coder->tables);
  verb_table_free(&coder->tables.verbs);
  cameo_table_free(&coder->tables.codes);
  dl_mem_free(coder->ctx, coder, sizeof *coder);
}

size_t dl_coder_patterns(const dl_coder *coder) { return coder ? coder->tables.verbs.patterns.len : 0; }

size_t dl_events_count(const dl_events *events) { return events ? events->events.len : 0; }

size_t dl_events_capped(const dl_events *events) { return events ? events->capped : 0; }

void dl_events_free(dl_events *events) {
  if (!events) return;
  DL_VEC_FREE(events->ctx, events->mentions);
  DL_VEC_FREE(events->ctx, events->events);
  dl_mem_free(events->ctx, events, sizeof *events);
}
