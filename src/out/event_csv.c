/* event_csv.c: coded events as CSV rows, one flat column per field of the JSON record, dotted names. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "article/article.h"
#include "core/buffer.h"
#include "event/events.h"
#include "out/fields.h"
#include "text/normalize.h"

/* How a column is filled. A null of the JSON record is an empty cell. */
typedef enum csv_fill {
  CF_NULL = 0, /* a column with no value */
  CF_ID,
  CF_ARTICLE,
  CF_SENTENCE,
  CF_DATE, /* the article date: the coder resolves no event dates yet */
  CF_DATE_PRECISION,
  CF_DATE_FROM,
  CF_ACTOR_TEXT, /* actor columns: arg says which actor */
  CF_ACTOR_CODE,
  CF_ACTOR_COUNTRY,
  CF_ACTOR_ROLES, /* role codes joined with ';' */
  CF_ACTOR_START,
  CF_ACTOR_END,
  CF_CODE,
  CF_ROOT,
  CF_QUAD_CLASS,
  CF_GOLDSTEIN,
  CF_PLOVER_TYPE,
  CF_PLOVER_MODE,
  CF_MODE,
  CF_VERB_TEXT,
  CF_VERB_LEMMA,
  CF_VERB_START,
  CF_VERB_END,
  CF_EVIDENCE_TEXT,
  CF_EVIDENCE_START,
  CF_EVIDENCE_END,
  CF_PLACE_TEXT, /* place columns */
  CF_PLACE_NAME,
  CF_PLACE_COUNTRY,
  CF_PLACE_ADMIN1,
  CF_PLACE_LAT,
  CF_PLACE_LON,
  CF_PLACE_GEONAMEID,
  CF_PLACE_FEATURE,
  CF_PLACE_START,
  CF_PLACE_END,
  CF_COUNT_VALUE, /* count columns */
  CF_COUNT_TEXT,
  CF_COUNT_OF,
  CF_COUNT_APPROXIMATE,
  CF_KILLED,
  CF_WOUNDED
} csv_fill;

/* Which actor an actor column is about. */
enum { CSV_SOURCE, CSV_TARGET, CSV_SAID_BY };

typedef struct csv_column {
  const char *name; /* the JSON path with dots */
  uint8_t fill;     /* csv_fill */
  uint8_t arg;      /* CSV_SOURCE, CSV_TARGET or CSV_SAID_BY */
} csv_column;

#define CSV_ACTOR(name, which)                                                  \
  {name ".text", CF_ACTOR_TEXT, which}, {name ".code", CF_ACTOR_CODE, which},    \
  {name ".country", CF_ACTOR_COUNTRY, which}, {name ".roles", CF_ACTOR_ROLES, which}, \
  {name ".start", CF_ACTOR_START, which}, {name ".end", CF_ACTOR_END, which}

/* The columns in the order of the JSON record; the header and the rows both walk this table. */
static const csv_column csv_columns[] = {
    {"id", CF_ID, 0},
    {"article", CF_ARTICLE, 0},
    {"sentence", CF_SENTENCE, 0},
    {"date", CF_DATE, 0},
    {"date_precision", CF_DATE_PRECISION, 0},
    {"date_from", CF_DATE_FROM, 0},
    CSV_ACTOR("source", CSV_SOURCE),
    CSV_ACTOR("target", CSV_TARGET),
    {"code", CF_CODE, 0},
    {"root", CF_ROOT, 0},
    {"quad_class", CF_QUAD_CLASS, 0},
    {"goldstein", CF_GOLDSTEIN, 0},
    {"plover.type", CF_PLOVER_TYPE, 0},
    {"plover.mode", CF_PLOVER_MODE, 0},
    {"mode", CF_MODE, 0},
    {"place.text", CF_PLACE_TEXT, 0},
    {"place.name", CF_PLACE_NAME, 0},
    {"place.country", CF_PLACE_COUNTRY, 0},
    {"place.admin1", CF_PLACE_ADMIN1, 0},
    {"place.lat", CF_PLACE_LAT, 0},
    {"place.lon", CF_PLACE_LON, 0},
    {"place.geonameid", CF_PLACE_GEONAMEID, 0},
    {"place.feature", CF_PLACE_FEATURE, 0},
    {"place.start", CF_PLACE_START, 0},
    {"place.end", CF_PLACE_END, 0},
    {"count.value", CF_COUNT_VALUE, 0},
    {"count.text", CF_COUNT_TEXT, 0},
    {"count.of", CF_COUNT_OF, 0},
    {"count.approximate", CF_COUNT_APPROXIMATE, 0},
    {"casualties.killed", CF_KILLED, 0},
    {"casualties.wounded", CF_WOUNDED, 0},
    CSV_ACTOR("said_by", CSV_SAID_BY),
    {"verb.text", CF_VERB_TEXT, 0},
    {"verb.lemma", CF_VERB_LEMMA, 0},
    {"verb.start", CF_VERB_START, 0},
    {"verb.end", CF_VERB_END, 0},
    {"evidence.text", CF_EVIDENCE_TEXT, 0},
    {"evidence.start", CF_EVIDENCE_START, 0},
    {"evidence.end", CF_EVIDENCE_END, 0},
};

#define CSV_NCOLUMNS (sizeof csv_columns / sizeof *csv_columns)

/* Records end in "\n" like the other line formats; cells are quoted as RFC 4180 says. */
int dl_write_events_csv_header(dl_buffer *out) {
  if (!out) return DL_EUSAGE;
  size_t mark = out->len;
  int rc = DL_OK;
  for (size_t k = 0; k < CSV_NCOLUMNS && rc == DL_OK; k++) {
    if (k) rc = dl_buffer_putc(out, ',');
    if (rc == DL_OK) rc = dl_buffer_puts(out, csv_columns[k].name);
  }
  if (rc == DL_OK) rc = dl_buffer_putc(out, '\n');
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}

/* What every row of one article shares. */
typedef struct csv_article {
  const dl_document *doc;
  dl_buffer id;   /* the article id, normalised as the JSON writer writes it */
  char date[11];  /* "YYYY-MM-DD", or "" */
} csv_article;

static int article_begin(csv_article *ca, const dl_article *a, const dl_document *doc,
                         dl_context *ctx) {
  ca->doc = doc;
  dl_buffer_init(&ca->id, ctx);
  dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
  unsigned flags = NORM_COLLAPSE_SPACE;
  if (a->source_flags & DL_SOURCE_SGML_ENTITIES) flags |= NORM_SGML_ENTITIES;
  int rc = norm_string(&ca->id, id.ptr ? id.ptr : "", id.len, flags);
  dl_text_slice date = dl_article_field_get(a, DL_FIELD_DATE);
  ca->date[0] = '\0';
  if (date.ptr && date.len == 10) {
    memcpy(ca->date, date.ptr, 10);
    ca->date[10] = '\0';
  }
  return rc;
}

/*
 * Quotes the cell written at out[start, len) when it holds a comma, a quote or
 * a line break: the cell is wrapped in quotes and each quote doubled. The
 * check comes after writing so the common cell is copied once.
 */
static int quote_cell(dl_buffer *out, size_t start) {
  size_t quotes = 0, special = 0;
  for (size_t i = start; i < out->len; i++) {
    char c = out->data[i];
    if (c == '"') quotes++;
    else if (c == ',' || c == '\n' || c == '\r') special++;
  }
  if (!quotes && !special) return DL_OK;
  size_t grow = quotes + 2;
  if (dl_buffer_reserve(out, grow) != DL_OK) return DL_ENOMEM;
  /* Moves the bytes right from the end, doubling quotes on the way. */
  char *d = out->data;
  size_t r = out->len, w = out->len + grow;
  d[--w] = '"';
  while (r > start) {
    char c = d[--r];
    d[--w] = c;
    if (c == '"') d[--w] = '"';
  }
  d[--w] = '"';
  out->len += grow;
  out->data[out->len] = '\0';
  return DL_OK;
}

/* A C string, or nothing (null) for NULL. */
static int put_str(dl_buffer *out, const char *s) { return s ? dl_buffer_puts(out, s) : DL_OK; }

/* A fixed-size code field (it may fill its array without a NUL). */
#define PUT_FIELD(out, field) dl_buffer_put((out), (field), strnlen((field), sizeof(field)))

/* An offset, or nothing when it is unknown (negative). */
static int put_offset(dl_buffer *out, long v) {
  return v >= 0 ? dl_buffer_printf(out, "%ld", v) : DL_OK;
}

/* The Goldstein score in its shortest form that reads back the same: 3.4, -10, 0; nothing when it is not finite. */
static int put_goldstein(dl_buffer *out, double v) {
  char s[32];
  return out_shortest_number(v, s) ? dl_buffer_puts(out, s) : DL_OK;
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

/* One cell of an event's row, unquoted. */
static int put_cell(dl_buffer *out, const csv_article *ca, const dl_event *e,
                    const csv_column *col) {
  const dl_document *doc = ca->doc;
  const cameo_code *c = e->code;
  const event_actor *ac = col->arg == CSV_SOURCE   ? &e->source
                          : col->arg == CSV_TARGET ? &e->target
                                                   : &e->said_by;
  switch ((csv_fill)col->fill) {
    case CF_NULL: return DL_OK;
    case CF_ID: {
      int rc = dl_buffer_put(out, ca->id.data, ca->id.len);
      return rc == DL_OK ? dl_buffer_printf(out, "#%u.%u", e->sentence, e->number) : rc;
    }
    case CF_ARTICLE: return dl_buffer_put(out, ca->id.data, ca->id.len);
    case CF_SENTENCE: return dl_buffer_printf(out, "%u", e->sentence);
    case CF_DATE:
      if (e->date_precision == 3) return dl_buffer_printf(out, "%04d-%02u-%02u", (int)e->year, e->month, e->day);
      if (e->date_precision == 2) return dl_buffer_printf(out, "%04d-%02u", (int)e->year, e->month);
      if (e->date_precision == 1) return dl_buffer_printf(out, "%04d", (int)e->year);
      return dl_buffer_puts(out, ca->date);
    case CF_DATE_PRECISION:
      if (e->date_precision >= 1 && e->date_precision <= 3)
        return dl_buffer_puts(out, e->date_precision == 3 ? "day" : e->date_precision == 2 ? "month" : "year");
      return ca->date[0] ? dl_buffer_puts(out, "day") : DL_OK;
    case CF_DATE_FROM:
      if (e->date_precision) return dl_buffer_puts(out, e->date_from_text ? "text" : "article");
      return ca->date[0] ? dl_buffer_puts(out, "article") : DL_OK;
    case CF_PLACE_TEXT:
    case CF_PLACE_START:
    case CF_PLACE_END: {
      if (!e->place) return DL_OK;
      out_span s = out_span_of(doc, e->place_first, e->place_end);
      if (col->fill == CF_PLACE_TEXT) return s.ok ? dl_buffer_put(out, s.text, s.len) : DL_OK;
      return put_offset(out, col->fill == CF_PLACE_START ? s.start : s.end);
    }
    case CF_PLACE_NAME: return e->place ? put_str(out, e->place->name) : DL_OK;
    case CF_PLACE_COUNTRY: return e->place ? PUT_FIELD(out, e->place->country) : DL_OK;
    case CF_PLACE_ADMIN1: return e->place ? PUT_FIELD(out, e->place->admin1) : DL_OK;
    case CF_PLACE_LAT: return e->place ? dl_buffer_printf(out, "%.4f", (double)e->place->lat) : DL_OK;
    case CF_PLACE_LON: return e->place ? dl_buffer_printf(out, "%.4f", (double)e->place->lon) : DL_OK;
    case CF_PLACE_GEONAMEID:
      return e->place && e->place->geonameid ? dl_buffer_printf(out, "%u", e->place->geonameid) : DL_OK;
    case CF_PLACE_FEATURE: return e->place ? PUT_FIELD(out, e->place->feature) : DL_OK;
    case CF_COUNT_VALUE: return e->has_count ? put_goldstein(out, e->count_value) : DL_OK;
    case CF_COUNT_TEXT: {
      if (!e->has_count) return DL_OK;
      out_span s = out_span_of(doc, e->count_first, e->count_end);
      return s.ok ? dl_buffer_put(out, s.text, s.len) : DL_OK;
    }
    case CF_COUNT_OF: return e->has_count ? dl_buffer_puts(out, e->count_of_target ? "target" : "source") : DL_OK;
    case CF_COUNT_APPROXIMATE:
      return e->has_count ? dl_buffer_puts(out, e->count_approximate ? "true" : "false") : DL_OK;
    case CF_KILLED: return e->has_killed ? put_goldstein(out, e->killed) : DL_OK;
    case CF_WOUNDED: return e->has_wounded ? put_goldstein(out, e->wounded) : DL_OK;
    case CF_ACTOR_TEXT:
    case CF_ACTOR_START:
    case CF_ACTOR_END: {
      if (!ac->present) return DL_OK;
      out_span s = out_span_of(doc, ac->first, ac->end);
      if (col->fill == CF_ACTOR_TEXT) return s.ok ? dl_buffer_put(out, s.text, s.len) : DL_OK;
      return put_offset(out, col->fill == CF_ACTOR_START ? s.start : s.end);
    }
    case CF_ACTOR_CODE: return ac->present ? PUT_FIELD(out, ac->code) : DL_OK;
    case CF_ACTOR_COUNTRY: return ac->present ? PUT_FIELD(out, ac->country) : DL_OK;
    case CF_ACTOR_ROLES: {
      /* Present with no roles is an empty list, which is an empty cell as null is. */
      if (!ac->present) return DL_OK;
      size_t n = strnlen(ac->roles, sizeof ac->roles);
      int rc = DL_OK;
      for (size_t i = 0; i + 3 <= n && rc == DL_OK; i += 3) {
        if (i) rc = dl_buffer_putc(out, ';');
        if (rc == DL_OK) rc = dl_buffer_put(out, ac->roles + i, 3);
      }
      return rc;
    }
    case CF_CODE: return PUT_FIELD(out, c->code);
    case CF_ROOT: return PUT_FIELD(out, c->root);
    case CF_QUAD_CLASS:
      return c->quad_class >= 1 && c->quad_class <= 4 ? dl_buffer_printf(out, "%u", c->quad_class)
                                                      : DL_OK;
    case CF_GOLDSTEIN: return put_goldstein(out, c->goldstein);
    case CF_PLOVER_TYPE: return put_str(out, c->plover_type);
    case CF_PLOVER_MODE: return put_str(out, c->plover_mode);
    case CF_MODE: return put_str(out, mode_name(e->mode));
    case CF_VERB_TEXT:
    case CF_VERB_START:
    case CF_VERB_END: {
      out_span s = out_span_of(doc, e->verb_first, e->verb_end);
      if (col->fill == CF_VERB_TEXT) return s.ok ? dl_buffer_put(out, s.text, s.len) : DL_OK;
      return put_offset(out, col->fill == CF_VERB_START ? s.start : s.end);
    }
    case CF_VERB_LEMMA: return put_str(out, e->lemma);
    case CF_EVIDENCE_TEXT:
    case CF_EVIDENCE_START:
    case CF_EVIDENCE_END: {
      dl_text_slice s = dl_document_sentence(doc, e->sentence);
      if (!s.ptr || !s.len) return DL_OK;
      if (col->fill == CF_EVIDENCE_TEXT) return dl_buffer_put(out, s.ptr, s.len);
      return put_offset(out, col->fill == CF_EVIDENCE_START ? s.start : s.end);
    }
  }
  return DL_OK;
}

int dl_write_events_csv(dl_buffer *out, const dl_article *a, const dl_document *doc,
                        const dl_events *events) {
  if (!out || !a || !doc || !events) return DL_EUSAGE;
  csv_article ca;
  size_t mark = out->len;
  int rc = article_begin(&ca, a, doc, out->ctx);
  for (size_t i = 0; i < events->events.len && rc == DL_OK; i++) {
    const dl_event *e = &events->events.items[i];
    for (size_t k = 0; k < CSV_NCOLUMNS && rc == DL_OK; k++) {
      if (k) rc = dl_buffer_putc(out, ',');
      size_t start = out->len;
      if (rc == DL_OK) rc = put_cell(out, &ca, e, &csv_columns[k]);
      if (rc == DL_OK) rc = quote_cell(out, start);
    }
    if (rc == DL_OK) rc = dl_buffer_putc(out, '\n');
  }
  dl_buffer_free(&ca.id);
  /* All or nothing: a caller never sees half a row. */
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}
