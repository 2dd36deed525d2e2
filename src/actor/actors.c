/* actors.c: the public face of actor recognition: find, count, write as JSON lines, free. */
#include <stdio.h>
#include <string.h>

#include "actor/actor.h"
#include "article/article.h"
#include "core/buffer.h"
#include "lexicon/places.h"
#include "out/json.h"

/* The mentions found in one document. */
struct dl_actors {
  dl_context *ctx;         /* the allocator */
  dl_mention_vec mentions; /* in reading order */
};

int32_t actor_article_day(const dl_article *a) {
  dl_text_slice date = dl_article_field_get(a, DL_FIELD_DATE);
  int ok = 0;
  int32_t day = date.ptr ? lex_day_number(date.ptr, date.len, &ok) : 0;
  return ok ? day : LEX_DAY_MIN;
}

void actor_story_of(const dl_article *a, actor_story *story) {
  story->day = a ? actor_article_day(a) : LEX_DAY_MIN;
  story->article = a;
}

void actor_dateline_country(const dl_lexicon *lex, const dl_article *a, char home[4]) {
  home[0] = '\0';
  if (!lex || !a || a->dateline_place.end <= a->dateline_place.start) return;
  char key[64];
  size_t n = lex_place_fold(a->src + a->dateline_place.start, a->dateline_place.end - a->dateline_place.start, key,
                            sizeof key);
  const lex_place *hits[LEX_MAX_PLACES];
  size_t nhits = n ? lex_place_lookup(lex, key, n, hits, LEX_MAX_PLACES) : 0;
  if (nhits > LEX_MAX_PLACES) nhits = LEX_MAX_PLACES;
  /* A dateline names a city the world knows: the most populous of the name ("WASHINGTON" is not the state's). */
  const lex_place *best = NULL;
  for (size_t k = 0; k < nhits; k++)
    if (!best || hits[k]->population > best->population) best = hits[k];
  if (best) memcpy(home, best->country, 4);
}

dl_actors *dl_actors_find(dl_context *ctx, const dl_lexicon *lex, const dl_article *a,
                          const dl_document *doc) {
  dl_actors *actors = dl_mem_calloc(ctx, 1, sizeof *actors);
  if (!actors) return NULL;
  actors->ctx = ctx;
  actor_story story;
  actor_story_of(a, &story);
  if (actor_find(ctx, lex, doc, &story, &actors->mentions) != DL_OK) {
    dl_actors_free(actors);
    return NULL;
  }
  return actors;
}

size_t dl_actors_count(const dl_actors *actors) { return actors ? actors->mentions.len : 0; }

void dl_actors_free(dl_actors *actors) {
  if (!actors) return;
  DL_VEC_FREE(actors->ctx, actors->mentions);
  dl_mem_free(actors->ctx, actors, sizeof *actors);
}

/* The name of a mention kind in the output. */
static const char *kind_name(uint8_t kind) {
  switch (kind) {
    case MENTION_GROUP: return "group";
    case MENTION_PERSON: return "person";
    case MENTION_ROLE: return "role-only";
    default: return "country";
  }
}

/* Appends "text", "start" and "end" of a mention's tokens. */
static int put_mention_span(dl_buffer *out, const dl_document *doc, const dl_mention *m) {
  const dl_token *first = &doc->tokens.items[m->first];
  const dl_token *last = &doc->tokens.items[m->end - 1];
  size_t from = first->start, to = last->start + last->len;
  long start, end;
  document_source_range(doc, from, to, &start, &end);
  int rc = dl_buffer_puts(out, "\"text\":");
  if (rc == DL_OK) rc = json_put_string(out, doc->text.text.data + from, to - from);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"start\":");
  if (rc == DL_OK) rc = json_put_offset(out, start);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"end\":");
  if (rc == DL_OK) rc = json_put_offset(out, end);
  return rc;
}

/* Appends a list of three-letter role codes ("GOVMIL" -> ["GOV","MIL"]). */
static int put_roles(dl_buffer *out, const char *roles) {
  int rc = dl_buffer_putc(out, '[');
  size_t n = strlen(roles);
  for (size_t i = 0; i + 3 <= n && rc == DL_OK; i += 3) {
    if (i) rc = dl_buffer_putc(out, ',');
    if (rc == DL_OK) rc = json_put_string(out, roles + i, 3);
  }
  if (rc == DL_OK) rc = dl_buffer_putc(out, ']');
  return rc;
}

/* Appends where a mention's code came from: the dictionary line, or the gazetteer's place ("geonames:1138336"). */
static int put_entry(dl_buffer *out, const dl_mention *m) {
  if (!m->place) return json_put_string(out, m->entry->source, strlen(m->entry->source));
  char where[96];
  int n = m->place->geonameid ? snprintf(where, sizeof where, "geonames:%u", (unsigned)m->place->geonameid)
                              : snprintf(where, sizeof where, "gazetteer:%.80s", m->place->name);
  return json_put_string(out, where, n > 0 && (size_t)n < sizeof where ? (size_t)n : strlen(where));
}

int dl_write_actors_json(dl_buffer *out, const dl_article *a, const dl_document *doc,
                         const dl_actors *actors) {
  dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
  size_t mark = out->len;
  int rc = DL_OK;
  for (size_t i = 0; i < actors->mentions.len && rc == DL_OK; i++) {
    const dl_mention *m = &actors->mentions.items[i];
    rc = dl_buffer_puts(out, "{\"article\":");
    if (rc == DL_OK) rc = json_put_slice(out, id);
    if (rc == DL_OK) rc = dl_buffer_printf(out, ",\"sentence\":%u,", m->sentence);
    if (rc == DL_OK) rc = put_mention_span(out, doc, m);
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"code\":");
    if (rc == DL_OK) rc = json_put_string(out, m->code, strlen(m->code));
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"country\":");
    if (rc == DL_OK) rc = json_put_string(out, m->country[0] ? m->country : NULL, strlen(m->country));
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"roles\":");
    if (rc == DL_OK) rc = put_roles(out, m->roles);
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"kind\":");
    if (rc == DL_OK) rc = json_put_string(out, kind_name(m->kind), strlen(kind_name(m->kind)));
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"entry\":");
    if (rc == DL_OK) rc = put_entry(out, m);
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"refers_to\":");
    if (rc == DL_OK && m->refers_to >= 0) {
      const dl_mention *r = &actors->mentions.items[m->refers_to];
      rc = dl_buffer_printf(out, "{\"sentence\":%u,", r->sentence);
      if (rc == DL_OK) rc = put_mention_span(out, doc, r);
      if (rc == DL_OK) rc = dl_buffer_putc(out, '}');
    } else if (rc == DL_OK) {
      rc = dl_buffer_puts(out, "null");
    }
    if (rc == DL_OK) rc = dl_buffer_puts(out, "}\n");
  }
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}
