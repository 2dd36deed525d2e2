/* event_json.c: one JSON line per coded event, the record docs/EVENTS.md defines. */
#include <stdio.h>
#include <string.h>

#include "article/article.h"
#include "core/buffer.h"
#include "event/events.h"
#include "out/fields.h"
#include "out/json.h"
#include "text/normalize.h"

/* What every event of one article shares. */
typedef struct json_article {
  dl_buffer id;       /* the article id, normalised as `dateline article --json` writes it */
  int has_id;         /* 0 when the article has none: "article" is null */
  dl_text_slice date; /* the article date, "YYYY-MM-DD", or ptr NULL */
} json_article;

/*
 * The article id is normalised (as dl_write_article_json does) so both
 * writers name the article alike and invalid UTF-8 in a file name cannot
 * break the JSON.
 */
static int article_begin(json_article *ja, const dl_article *a, dl_context *ctx) {
  dl_buffer_init(&ja->id, ctx);
  dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
  unsigned flags = NORM_COLLAPSE_SPACE;
  if (a->source_flags & DL_SOURCE_SGML_ENTITIES) flags |= NORM_SGML_ENTITIES;
  int rc = norm_string(&ja->id, id.ptr ? id.ptr : "", id.len, flags);
  ja->has_id = rc == DL_OK && ja->id.len > 0; /* an id of white space is no id */
  ja->date = dl_article_field_get(a, DL_FIELD_DATE);
  /* Only a full date is a day; anything else would be a wrong precision. */
  if (ja->date.len != 10) ja->date.ptr = NULL;
  return rc;
}

/* A C string as JSON, or null when it is NULL or empty (the contract has no ""). */
static int put_optional(dl_buffer *out, const char *s) {
  if (!s || !*s) return dl_buffer_put(out, "null", 4);
  return json_put_string(out, s, strlen(s));
}

/* A fixed-size code field as JSON, or null when empty (it may fill its array without a NUL). */
#define PUT_FIELD(out, field) \
  json_put_string((out), (field)[0] ? (field) : NULL, strnlen((field), sizeof(field)))

/* A double in its shortest form that reads back the same (out_shortest_number); NaN and infinities have no JSON form and are null. */
static int put_number(dl_buffer *out, double v) {
  char s[32];
  return out_shortest_number(v, s) ? dl_buffer_puts(out, s) : dl_buffer_put(out, "null", 4);
}


/* Appends "start" and "end" (with their leading commas) of a span. */
static int put_offsets(dl_buffer *out, const out_span *s) {
  int rc = dl_buffer_puts(out, ",\"start\":");
  if (rc == DL_OK) rc = json_put_offset(out, s->start);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"end\":");
  if (rc == DL_OK) rc = json_put_offset(out, s->end);
  return rc;
}

/* An actor object, or null when the event has no such actor. */
static int put_actor(dl_buffer *out, const dl_document *doc, const event_actor *ac) {
  if (!ac->present) return dl_buffer_put(out, "null", 4);
  out_span s = out_span_of(doc, ac->first, ac->end);
  size_t nroles = strnlen(ac->roles, sizeof ac->roles);
  int rc = dl_buffer_puts(out, "{\"text\":");
  if (rc == DL_OK) rc = json_put_string(out, s.text, s.len);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"code\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, ac->code);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"country\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, ac->country);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"roles\":[");
  for (size_t i = 0; i + 3 <= nroles && rc == DL_OK; i += 3) {
    if (i) rc = dl_buffer_putc(out, ',');
    if (rc == DL_OK) rc = json_put_string(out, ac->roles + i, 3);
  }
  if (rc == DL_OK) rc = dl_buffer_putc(out, ']');
  if (rc == DL_OK) rc = put_offsets(out, &s);
  if (rc == DL_OK) rc = dl_buffer_putc(out, '}');
  return rc;
}

/* The name of a mode in the output; NULL for a value the contract does not know. */
static const char *mode_name(uint8_t mode) {
  switch (mode) {
    case MODE_ASSERTED: return "asserted";
    case MODE_INTENT: return "intent";
    case MODE_NEGATED: return "negated";
    case MODE_HYPOTHETICAL: return "hypothetical";
    case MODE_ALLEGED: return "alleged";
    default: return NULL;
  }
}

/* "date", "date_precision" and "date_from": the resolved date, else the article's, else nulls. */
static int put_date(dl_buffer *out, const json_article *ja, const dl_event *e) {
  static const char *const precision[] = {NULL, "year", "month", "day"};
  if (e->date_precision >= 1 && e->date_precision <= 3 && e->year > 0 && e->year < 10000) {
    int rc;
    if (e->date_precision == 3) rc = dl_buffer_printf(out, "\"%04d-%02u-%02u\"", (int)e->year, e->month, e->day);
    else if (e->date_precision == 2) rc = dl_buffer_printf(out, "\"%04d-%02u\"", (int)e->year, e->month);
    else rc = dl_buffer_printf(out, "\"%04d\"", (int)e->year);
    if (rc == DL_OK)
      rc = dl_buffer_printf(out, ",\"date_precision\":\"%s\",\"date_from\":\"%s\"", precision[e->date_precision],
                            e->date_from_text ? "text" : "article");
    return rc;
  }
  int rc = json_put_slice(out, ja->date);
  if (rc == DL_OK)
    rc = dl_buffer_puts(out, ja->date.ptr ? ",\"date_precision\":\"day\",\"date_from\":\"article\""
                                          : ",\"date_precision\":null,\"date_from\":null");
  return rc;
}

/* The place object, or null. */
static int put_place(dl_buffer *out, const dl_document *doc, const dl_event *e) {
  const lex_place *p = e->place;
  if (!p) return dl_buffer_puts(out, "null");
  out_span s = out_span_of(doc, e->place_first, e->place_end);
  int rc = dl_buffer_puts(out, "{\"text\":");
  if (rc == DL_OK) rc = json_put_string(out, s.text, s.len);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"name\":");
  if (rc == DL_OK) rc = put_optional(out, p->name);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"country\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, p->country);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"admin1\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, p->admin1);
  if (rc == DL_OK) rc = dl_buffer_printf(out, ",\"lat\":%.4f,\"lon\":%.4f,\"geonameid\":", (double)p->lat, (double)p->lon);
  if (rc == DL_OK) rc = p->geonameid ? dl_buffer_printf(out, "%u", p->geonameid) : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"feature\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, p->feature);
  if (rc == DL_OK) rc = put_offsets(out, &s);
  if (rc == DL_OK) rc = dl_buffer_putc(out, '}');
  return rc;
}

/* The count object, or null. */
static int put_count(dl_buffer *out, const dl_document *doc, const dl_event *e) {
  if (!e->has_count) return dl_buffer_puts(out, "null");
  out_span s = out_span_of(doc, e->count_first, e->count_end);
  int rc = dl_buffer_puts(out, "{\"value\":");
  if (rc == DL_OK) rc = put_number(out, e->count_value);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"text\":");
  if (rc == DL_OK) rc = s.ok ? json_put_string(out, s.text, s.len) : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_printf(out, ",\"of\":\"%s\",\"approximate\":%s}", e->count_of_target ? "target" : "source",
                                         e->count_approximate ? "true" : "false");
  return rc;
}

/* The casualties object ({"killed", "wounded"}, either null), or null when the sentence reports none. */
static int put_casualties(dl_buffer *out, const dl_event *e) {
  if (!e->has_killed && !e->has_wounded) return dl_buffer_puts(out, "null");
  int rc = dl_buffer_puts(out, "{\"killed\":");
  if (rc == DL_OK) rc = e->has_killed ? put_number(out, e->killed) : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"wounded\":");
  if (rc == DL_OK) rc = e->has_wounded ? put_number(out, e->wounded) : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_putc(out, '}');
  return rc;
}

/* One event's line, every field of the event record in its order. */
static int put_event(dl_buffer *out, const json_article *ja, const dl_document *doc,
                     const dl_event *e) {
  const cameo_code *c = e->code;
  int rc = dl_buffer_puts(out, "{\"id\":");
  if (rc == DL_OK) rc = json_put_string(out, ja->id.data, ja->id.len);
  if (rc == DL_OK) {
    /* "<article>#<sentence>.<number>": the suffix is plain ASCII, so it goes inside the quotes as is. */
    out->len--;
    rc = dl_buffer_printf(out, "#%u.%u\"", e->sentence, e->number);
  }
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"article\":");
  if (rc == DL_OK) rc = json_put_string(out, ja->has_id ? ja->id.data : NULL, ja->id.len);
  if (rc == DL_OK) rc = dl_buffer_printf(out, ",\"sentence\":%u,\"date\":", e->sentence);
  if (rc == DL_OK) rc = put_date(out, ja, e);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"source\":");
  if (rc == DL_OK) rc = put_actor(out, doc, &e->source);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"target\":");
  if (rc == DL_OK) rc = put_actor(out, doc, &e->target);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"code\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, c->code);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"root\":");
  if (rc == DL_OK) rc = PUT_FIELD(out, c->root);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"quad_class\":");
  if (rc == DL_OK)
    rc = c->quad_class >= 1 && c->quad_class <= 4 ? dl_buffer_printf(out, "%u", c->quad_class)
                                                  : dl_buffer_puts(out, "null");
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"goldstein\":");
  if (rc == DL_OK) rc = put_number(out, c->goldstein);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"plover\":{\"type\":");
  if (rc == DL_OK) rc = put_optional(out, c->plover_type);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"mode\":");
  if (rc == DL_OK) rc = put_optional(out, c->plover_mode);
  if (rc == DL_OK) rc = dl_buffer_puts(out, "},\"mode\":");
  if (rc == DL_OK) rc = put_optional(out, mode_name(e->mode));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"place\":");
  if (rc == DL_OK) rc = put_place(out, doc, e);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"count\":");
  if (rc == DL_OK) rc = put_count(out, doc, e);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"casualties\":");
  if (rc == DL_OK) rc = put_casualties(out, e);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"said_by\":");
  if (rc == DL_OK) rc = put_actor(out, doc, &e->said_by);
  out_span verb = out_span_of(doc, e->verb_first, e->verb_end);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"verb\":{\"text\":");
  if (rc == DL_OK) rc = json_put_string(out, verb.text, verb.len);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"lemma\":");
  if (rc == DL_OK) rc = put_optional(out, e->lemma);
  if (rc == DL_OK) rc = put_offsets(out, &verb);
  if (rc == DL_OK) rc = dl_buffer_puts(out, "},\"evidence\":");
  if (rc == DL_OK) {
    dl_text_slice s = dl_document_sentence(doc, e->sentence);
    if (!s.ptr || !s.len) {
      rc = dl_buffer_puts(out, "null");
    } else {
      out_span ev = {1, s.ptr, s.len, s.start, s.end};
      rc = dl_buffer_puts(out, "{\"text\":");
      if (rc == DL_OK) rc = json_put_string(out, ev.text, ev.len);
      if (rc == DL_OK) rc = put_offsets(out, &ev);
      if (rc == DL_OK) rc = dl_buffer_putc(out, '}');
    }
  }
  if (rc == DL_OK) rc = dl_buffer_puts(out, "}\n");
  return rc;
}

int dl_write_events_json(dl_buffer *out, const dl_article *a, const dl_document *doc,
                         const dl_events *events) {
  if (!out || !a || !doc || !events) return DL_EUSAGE;
  json_article ja;
  size_t mark = out->len;
  int rc = article_begin(&ja, a, out->ctx);
  for (size_t i = 0; i < events->events.len && rc == DL_OK; i++)
    rc = put_event(out, &ja, doc, &events->events.items[i]);
  dl_buffer_free(&ja.id);
  /* All or nothing: a caller never sees half a line. */
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}
