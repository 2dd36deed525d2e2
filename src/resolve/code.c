/* code.c: one document through the whole pipeline: actors, events, then where, when and how many. */
#include "article/article.h"
#include "event/events.h"
#include "resolve/places.h"
#include "resolve/resolve.h"

dl_events *dl_events_code(dl_context *ctx, const dl_coder *coder, const dl_article *a, const dl_document *doc) {
  if (!ctx || !coder || !a || !doc) return NULL;
  dl_events *ev = dl_mem_calloc(ctx, 1, sizeof *ev);
  if (!ev) return NULL;
  ev->ctx = ctx;
  place_mention_vec places = {0};
  actor_story story;
  actor_story_of(a, &story);
  int32_t day = story.day;
  int rc = actor_find(ctx, coder->lex, doc, &story, &ev->mentions);
  if (rc == DL_OK)
    rc = event_code_document(ctx, coder->lex, &coder->tables, doc, &ev->mentions, &ev->events, &ev->capped);
  /* Places are looked for only in the sentences that have events. */
  if (rc == DL_OK && ev->events.len) {
    uint8_t *only = dl_mem_calloc(ctx, doc->sentences.len ? doc->sentences.len : 1, 1);
    if (!only) rc = DL_ENOMEM;
    for (size_t k = 0; only && k < ev->events.len; k++) only[ev->events.items[k].sentence] = 1;
    if (rc == DL_OK) rc = places_find(ctx, coder->lex, a, doc, &ev->mentions, only, &places);
    dl_mem_free(ctx, only, doc->sentences.len ? doc->sentences.len : 1);
  }
  if (rc == DL_OK) rc = events_resolve(ctx, doc, &ev->mentions, &places, day, &ev->events);
  DL_VEC_FREE(ctx, places);
  if (rc != DL_OK) {
    dl_events_free(ev);
    return NULL;
  }
  return ev;
}
