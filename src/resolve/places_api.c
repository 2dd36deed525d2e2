/* places_api.c: the public face of place resolution: find, count, write as JSON lines, free. */
#include <string.h>

#include "actor/actor.h"
#include "article/article.h"
#include "core/buffer.h"
#include "out/json.h"
#include "resolve/places.h"
#include "text/document.h"
#include "text/tokenize.h"

/* What dl_places_find returns: the document's actor mentions and its places. */
struct dl_places {
  dl_context *ctx;
  dl_mention_vec mentions;
  place_mention_vec places;
};

dl_places *dl_places_find(dl_context *ctx, const dl_lexicon *lex, const dl_article *a, const dl_document *doc) {
  if (!ctx || !lex || !a || !doc) return NULL;
  dl_places *p = dl_mem_calloc(ctx, 1, sizeof *p);
  if (!p) return NULL;
  p->ctx = ctx;
  actor_story story;
  actor_story_of(a, &story);
  if (actor_find(ctx, lex, doc, &story, &p->mentions) != DL_OK ||
      places_find(ctx, lex, a, doc, &p->mentions, NULL, &p->places) != DL_OK) {
    dl_places_free(p);
    return NULL;
  }
  return p;
}

size_t dl_places_count(const dl_places *places) { return places ? places->places.len : 0; }

void dl_places_free(dl_places *places) {
  if (!places) return;
  DL_VEC_FREE(places->ctx, places->mentions);
  DL_VEC_FREE(places->ctx, places->places);
  dl_mem_free(places->ctx, places, sizeof *places);
}

/* Appends one place mention's line. */
static int put_place(dl_buffer *out, const dl_article *a, const dl_document *doc, dl_text_slice id,
                     const place_mention *pm) {
  const lex_place *p = pm->place;
  const char *text;
  size_t len;
  long start, end;
  if (pm->where == PLACE_DATELINE) {
    text = a->src + pm->first;
    len = pm->end - pm->first;
    start = a->base + (long)pm->first;
    end = a->base + (long)pm->end;
  } else if (pm->where == PLACE_CAPTION) {
    /* The caption is tokenised again, as places_find did, to find the words' bytes. */
    dl_token_vec toks = {0};
    if (tokenize(doc->ctx, doc->caption.text.data, 0, doc->caption.text.len, &toks) != DL_OK || pm->end > toks.len) {
      DL_VEC_FREE(doc->ctx, toks);
      return DL_ENOMEM;
    }
    const dl_token *f = &toks.items[pm->first], *l = &toks.items[pm->end - 1];
    text = doc->caption.text.data + f->start;
    len = l->start + l->len - f->start;
    start = doc->base + (long)norm_source_offset(&doc->caption, f->start);
    end = doc->base + (long)norm_source_end(&doc->caption, l->start + l->len);
    DL_VEC_FREE(doc->ctx, toks);
  } else {
    const dl_token *f = &doc->tokens.items[pm->first], *l = &doc->tokens.items[pm->end - 1];
    text = doc->text.text.data + f->start;
    len = l->start + l->len - f->start;
    document_source_range(doc, f->start, l->start + l->len, &start, &end);
  }
  int rc = dl_buffer_puts(out, "{\"article\":");
  if (rc == DL_OK) rc = json_put_slice(out, id);
  if (rc == DL_OK)
    rc = pm->where != PLACE_IN_TEXT ? dl_buffer_puts(out, ",\"sentence\":null")
                                     : dl_buffer_printf(out, ",\"sentence\":%u", pm->sentence);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"text\":");
  if (rc == DL_OK) rc = json_put_string(out, text, len);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"start\":");
  if (rc == DL_OK) rc = json_put_offset(out, start);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"end\":");
  if (rc == DL_OK) rc = json_put_offset(out, end);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"name\":");
  if (rc == DL_OK) rc = json_put_string(out, p->name, strlen(p->name));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"country\":");
  if (rc == DL_OK) rc = json_put_string(out, p->country[0] ? p->country : NULL, strlen(p->country));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"admin1\":");
  if (rc == DL_OK) rc = json_put_string(out, p->admin1[0] ? p->admin1 : NULL, strlen(p->admin1));
  if (rc == DL_OK) rc = dl_buffer_printf(out, ",\"lat\":%.4f,\"lon\":%.4f,\"geonameid\":", (double)p->lat, (double)p->lon);
  if (rc == DL_OK) rc = p->geonameid ? dl_buffer_printf(out, "%u", p->geonameid) : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"feature\":");
  if (rc == DL_OK) rc = json_put_string(out, p->feature[0] ? p->feature : NULL, strlen(p->feature));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"population\":");
  if (rc == DL_OK) rc = p->population ? dl_buffer_printf(out, "%u", p->population) : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_puts(out, "}\n");
  return rc;
}

int dl_write_places_json(dl_buffer *out, const dl_article *a, const dl_document *doc, const dl_places *places) {
  if (!out || !a || !doc || !places) return DL_EUSAGE;
  dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
  size_t mark = out->len;
  int rc = DL_OK;
  for (size_t i = 0; i < places->places.len && rc == DL_OK; i++) rc = put_place(out, a, doc, id, &places->places.items[i]);
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}
