/* event_gdelt.c: coded events as rows of the GDELT 2.0 Event table, 61 tab-separated columns. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "article/article.h"
#include "core/buffer.h"
#include "event/events.h"
#include "core/words.h"
#include "out/fields.h"
#include "text/normalize.h"

/* How a column is filled. Columns dateline does not know (tone, places) stay empty. */
typedef enum gdelt_fill {
  GF_EMPTY = 0,
  GF_EVENT_ID,      /* a stable hash of the event's JSON id, below */
  GF_DAY,           /* the article date as YYYYMMDD: the coder resolves no event dates yet */
  GF_MONTH_YEAR,    /* YYYYMM */
  GF_YEAR,          /* YYYY */
  GF_FRACTION_DATE, /* YYYY + (MONTH * 30 + DAY) / 365, the codebook's approximation */
  GF_ACTOR_CODE,    /* the actor's CAMEO code, "AFGMIL" */
  GF_ACTOR_NAME,    /* the mention's text upper-cased, as GDELT writes names */
  GF_ACTOR_COUNTRY, /* ISO alpha-3 */
  GF_ACTOR_TYPE,    /* the arg-th three-letter role code */
  GF_IS_ROOT,       /* 1 in the headline and the lead sentence, where GDELT's "root" events are */
  GF_EVENT_CODE,    /* "0233" */
  GF_BASE_CODE,     /* its first three digits, "023" */
  GF_ROOT_CODE,     /* "02" */
  GF_QUAD_CLASS,
  GF_GOLDSTEIN,
  GF_ONE,           /* NumMentions, NumSources, NumArticles: each row is one mention in one article */
  GF_SOURCE_URL,    /* the article URL, else its id */
  GF_GEO_TYPE,      /* ActionGeo: 1 country, 2 US state, 3 US city, 4 world city, 5 world state */
  GF_GEO_NAME,      /* the place's name */
  GF_GEO_COUNTRY,   /* ISO alpha-3 (GDELT writes FIPS 10-4 codes; dateline writes the ISO codes it resolves) */
  GF_GEO_ADM1,      /* ISO 3166-2 */
  GF_GEO_LAT,
  GF_GEO_LON,
  GF_GEO_FEATURE    /* the GeoNames id */
} gdelt_fill;

/* One column: its name in the codebook, how it is filled, for which actor (1 source, 2 target). */
typedef struct gdelt_column {
  const char *name;
  uint8_t fill;  /* gdelt_fill */
  uint8_t actor; /* 1 or 2 for actor columns */
  uint8_t arg;   /* the role index of GF_ACTOR_TYPE */
} gdelt_column;

#define GDELT_ACTOR(n)                                                        \
  {"Actor" #n "Code", GF_ACTOR_CODE, n, 0},                                   \
  {"Actor" #n "Name", GF_ACTOR_NAME, n, 0},                                   \
  {"Actor" #n "CountryCode", GF_ACTOR_COUNTRY, n, 0},                         \
  {"Actor" #n "KnownGroupCode", GF_EMPTY, 0, 0},                              \
  {"Actor" #n "EthnicCode", GF_EMPTY, 0, 0},                                  \
  {"Actor" #n "Religion1Code", GF_EMPTY, 0, 0},                               \
  {"Actor" #n "Religion2Code", GF_EMPTY, 0, 0},                               \
  {"Actor" #n "Type1Code", GF_ACTOR_TYPE, n, 0},                              \
  {"Actor" #n "Type2Code", GF_ACTOR_TYPE, n, 1},                              \
  {"Actor" #n "Type3Code", GF_ACTOR_TYPE, n, 2}

/* The actors' own places are not resolved: their geography columns are empty. */
#define GDELT_GEO(prefix)                                                     \
  {prefix "Type", GF_EMPTY, 0, 0}, {prefix "FullName", GF_EMPTY, 0, 0},       \
  {prefix "CountryCode", GF_EMPTY, 0, 0}, {prefix "ADM1Code", GF_EMPTY, 0, 0}, \
  {prefix "ADM2Code", GF_EMPTY, 0, 0}, {prefix "Lat", GF_EMPTY, 0, 0},        \
  {prefix "Long", GF_EMPTY, 0, 0}, {prefix "FeatureID", GF_EMPTY, 0, 0}

/* Where the event happened. */
#define GDELT_ACTION_GEO                                                                  \
  {"ActionGeo_Type", GF_GEO_TYPE, 0, 0}, {"ActionGeo_FullName", GF_GEO_NAME, 0, 0},        \
  {"ActionGeo_CountryCode", GF_GEO_COUNTRY, 0, 0}, {"ActionGeo_ADM1Code", GF_GEO_ADM1, 0, 0}, \
  {"ActionGeo_ADM2Code", GF_EMPTY, 0, 0}, {"ActionGeo_Lat", GF_GEO_LAT, 0, 0},             \
  {"ActionGeo_Long", GF_GEO_LON, 0, 0}, {"ActionGeo_FeatureID", GF_GEO_FEATURE, 0, 0}

/*
 * The columns in the order of the GDELT 2.0 Event codebook. The writer walks
 * this table, so the column count and order cannot drift from the names.
 */
static const gdelt_column gdelt_columns[] = {
    {"GlobalEventID", GF_EVENT_ID, 0, 0},
    {"Day", GF_DAY, 0, 0},
    {"MonthYear", GF_MONTH_YEAR, 0, 0},
    {"Year", GF_YEAR, 0, 0},
    {"FractionDate", GF_FRACTION_DATE, 0, 0},
    GDELT_ACTOR(1),
    GDELT_ACTOR(2),
    {"IsRootEvent", GF_IS_ROOT, 0, 0},
    {"EventCode", GF_EVENT_CODE, 0, 0},
    {"EventBaseCode", GF_BASE_CODE, 0, 0},
    {"EventRootCode", GF_ROOT_CODE, 0, 0},
    {"QuadClass", GF_QUAD_CLASS, 0, 0},
    {"GoldsteinScale", GF_GOLDSTEIN, 0, 0},
    {"NumMentions", GF_ONE, 0, 0},
    {"NumSources", GF_ONE, 0, 0},
    {"NumArticles", GF_ONE, 0, 0},
    {"AvgTone", GF_EMPTY, 0, 0},
    GDELT_GEO("Actor1Geo_"),
    GDELT_GEO("Actor2Geo_"),
    GDELT_ACTION_GEO,
    {"DATEADDED", GF_EMPTY, 0, 0}, /* when GDELT's crawler saw it: no meaning for a local run */
    {"SOURCEURL", GF_SOURCE_URL, 0, 0},
};

#define GDELT_NCOLUMNS (sizeof gdelt_columns / sizeof *gdelt_columns)
_Static_assert(sizeof gdelt_columns / sizeof *gdelt_columns == 61,
               "the GDELT 2.0 Event table has 61 columns");

/* What every row of one article shares. */
typedef struct gdelt_article {
  const dl_document *doc;
  dl_buffer id;      /* the article id, normalised as the JSON writer writes it */
  dl_buffer url;     /* SOURCEURL: the URL, else the id */
  char date[11];     /* "YYYY-MM-DD", or "" */
  uint64_t id_hash;  /* FNV-1a state after the article id */
} gdelt_article;

/* Normalises a metadata value as the JSON writers do, so the same article has the same id everywhere. */
static int normalised(dl_buffer *out, const dl_article *a, dl_text_slice raw) {
  unsigned flags = NORM_COLLAPSE_SPACE;
  if (a->source_flags & DL_SOURCE_SGML_ENTITIES) flags |= NORM_SGML_ENTITIES;
  return norm_string(out, raw.ptr ? raw.ptr : "", raw.len, flags);
}

static int article_begin(gdelt_article *ga, const dl_article *a, const dl_document *doc,
                         dl_context *ctx) {
  ga->doc = doc;
  dl_buffer_init(&ga->id, ctx);
  dl_buffer_init(&ga->url, ctx);
  int rc = normalised(&ga->id, a, dl_article_field_get(a, DL_FIELD_ID));
  dl_text_slice url = dl_article_field_get(a, DL_FIELD_URL);
  if (rc == DL_OK) rc = normalised(&ga->url, a, url);
  if (rc == DL_OK && ga->url.len == 0) rc = dl_buffer_put(&ga->url, ga->id.data, ga->id.len);
  dl_text_slice date = dl_article_field_get(a, DL_FIELD_DATE);
  ga->date[0] = '\0';
  if (date.ptr && date.len == 10) {
    memcpy(ga->date, date.ptr, 10);
    ga->date[10] = '\0';
  }
  ga->id_hash = words_fnv1a(WORDS_FNV_OFFSET, ga->id.data ? ga->id.data : "", ga->id.len);
  return rc;
}

/*
 * Appends text as one cell: tabs, newlines and other control characters
 * become spaces, so a row always has exactly 61 columns. With upper set it is
 * upper-cased code point by code point ("Côte" gives "CÔTE").
 */
static int put_text(dl_buffer *out, const char *s, size_t len, int upper) {
  int rc = DL_OK;
  size_t i = 0;
  while (i < len && rc == DL_OK) {
    unsigned char c = (unsigned char)s[i];
    utf8proc_int32_t cp = c;
    utf8proc_ssize_t n = 1;
    if (c >= 0x80) n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) { /* not UTF-8: the byte as it is */
      rc = dl_buffer_putc(out, (char)c);
      i++;
      continue;
    }
    /* Line and paragraph separators too: some readers split lines on them. */
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) cp = ' ';
    if (upper) cp = utf8proc_toupper(cp);
    /* The case mapping may change a character's length, so room is made for each. */
    rc = dl_buffer_reserve(out, 4);
    if (rc == DL_OK) {
      out->len += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out->data + out->len);
      out->data[out->len] = '\0';
    }
    i += (size_t)n;
  }
  return rc;
}

/* A fixed-size code field as a cell (it may fill its array without a NUL). */
#define PUT_FIELD(out, field) put_text((out), (field), strnlen((field), sizeof(field)), 0)

/*
 * GlobalEventID: FNV-1a (64 bits) of the JSON id "<article>#<sentence>.<number>",
 * its top bit cleared so it is a positive INT64. It does not depend on the order
 * articles are read in or on how many there were, so the same event gets the
 * same number in every run and output, and it joins back to the JSON id.
 * GDELT's own ids are sequential, but a sequence would need state across
 * articles (and threads) that the writer does not have.
 */
static uint64_t event_id(const gdelt_article *ga, const dl_event *e) {
  char suffix[32];
  int n = snprintf(suffix, sizeof suffix, "#%u.%u", e->sentence, e->number);
  return words_fnv1a(ga->id_hash, suffix, (size_t)n) & INT64_MAX;
}

/* The Goldstein score in its shortest form that reads back the same: 3.4, -10, 0; nothing when it is not finite. */
static int put_goldstein(dl_buffer *out, double v) {
  char s[32];
  return out_shortest_number(v, s) ? dl_buffer_puts(out, s) : DL_OK;
}

/* The number written by the n digits at s (of "YYYY-MM-DD"); 0 when one is not a digit. */
static int digits(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* One cell of an event's row. */
static int put_cell(dl_buffer *out, const gdelt_article *ga, const dl_event *e,
                    const gdelt_column *col) {
  const cameo_code *c = e->code;
  const event_actor *ac = col->actor == 1 ? &e->source : &e->target;
  /* The event's own date when the sentence gives its day, else the article's. */
  char own[16];
  const char *d = ga->date;
  if (e->date_precision == 3 && e->year > 0 && e->year < 10000) {
    snprintf(own, sizeof own, "%04d-%02u-%02u", (int)e->year, e->month, e->day);
    d = own;
  }
  const lex_place *pl = e->place;
  switch ((gdelt_fill)col->fill) {
    case GF_GEO_TYPE: {
      if (!pl) return DL_OK;
      int us = strcmp(pl->country, "USA") == 0;
      int kind = strcmp(pl->feature, "PCLI") == 0 ? 1 : strcmp(pl->feature, "ADM1") == 0 ? (us ? 2 : 5) : (us ? 3 : 4);
      return dl_buffer_printf(out, "%d", kind);
    }
    case GF_GEO_NAME: return pl && pl->name ? put_text(out, pl->name, strlen(pl->name), 0) : DL_OK;
    case GF_GEO_COUNTRY: return pl ? PUT_FIELD(out, pl->country) : DL_OK;
    case GF_GEO_ADM1: return pl ? PUT_FIELD(out, pl->admin1) : DL_OK;
    case GF_GEO_LAT: return pl ? dl_buffer_printf(out, "%.4f", (double)pl->lat) : DL_OK;
    case GF_GEO_LON: return pl ? dl_buffer_printf(out, "%.4f", (double)pl->lon) : DL_OK;
    case GF_GEO_FEATURE: return pl && pl->geonameid ? dl_buffer_printf(out, "%u", pl->geonameid) : DL_OK;
    case GF_EMPTY: return DL_OK;
    case GF_EVENT_ID: return dl_buffer_printf(out, "%llu", (unsigned long long)event_id(ga, e));
    case GF_DAY: return d[0] ? dl_buffer_printf(out, "%.4s%.2s%.2s", d, d + 5, d + 8) : DL_OK;
    case GF_MONTH_YEAR: return d[0] ? dl_buffer_printf(out, "%.4s%.2s", d, d + 5) : DL_OK;
    case GF_YEAR: return d[0] ? dl_buffer_printf(out, "%.4s", d) : DL_OK;
    case GF_FRACTION_DATE: {
      if (!d[0]) return DL_OK;
      int year = digits(d, 4), month = digits(d + 5, 2), day = digits(d + 8, 2);
      char s[32];
      snprintf(s, sizeof s, "%.4f", year + (month * 30 + day) / 365.0);
      for (char *p = s; *p; p++)
        if (*p == ',') *p = '.';
      return dl_buffer_puts(out, s);
    }
    case GF_ACTOR_CODE: return ac->present ? PUT_FIELD(out, ac->code) : DL_OK;
    case GF_ACTOR_NAME: {
      const dl_document *doc = ga->doc;
      if (!ac->present || ac->first >= ac->end || ac->end > doc->tokens.len) return DL_OK;
      const dl_token *a = &doc->tokens.items[ac->first];
      const dl_token *b = &doc->tokens.items[ac->end - 1];
      return put_text(out, doc->text.text.data + a->start, b->start + b->len - a->start, 1);
    }
    case GF_ACTOR_COUNTRY: return ac->present ? PUT_FIELD(out, ac->country) : DL_OK;
    case GF_ACTOR_TYPE: {
      size_t at = (size_t)col->arg * 3;
      if (!ac->present || strnlen(ac->roles, sizeof ac->roles) < at + 3) return DL_OK;
      return put_text(out, ac->roles + at, 3, 0);
    }
    case GF_IS_ROOT: return dl_buffer_putc(out, e->sentence <= 1 ? '1' : '0');
    case GF_EVENT_CODE: return PUT_FIELD(out, c->code);
    case GF_BASE_CODE: return put_text(out, c->code, strnlen(c->code, 3), 0);
    case GF_ROOT_CODE: /* the table gives the root; the code's first two digits are the same */
      return c->root[0] ? PUT_FIELD(out, c->root) : put_text(out, c->code, strnlen(c->code, 2), 0);
    case GF_QUAD_CLASS:
      return c->quad_class >= 1 && c->quad_class <= 4 ? dl_buffer_printf(out, "%u", c->quad_class)
                                                      : DL_OK;
    case GF_GOLDSTEIN: return put_goldstein(out, c->goldstein);
    case GF_ONE: return dl_buffer_putc(out, '1');
    case GF_SOURCE_URL: return put_text(out, ga->url.data, ga->url.len, 0);
  }
  return DL_OK;
}

int dl_write_events_gdelt(dl_buffer *out, const dl_article *a, const dl_document *doc,
                          const dl_events *events) {
  if (!out || !a || !doc || !events) return DL_EUSAGE;
  gdelt_article ga;
  size_t mark = out->len;
  int rc = article_begin(&ga, a, doc, out->ctx);
  for (size_t i = 0; i < events->events.len && rc == DL_OK; i++) {
    const dl_event *e = &events->events.items[i];
    for (size_t k = 0; k < GDELT_NCOLUMNS && rc == DL_OK; k++) {
      if (k) rc = dl_buffer_putc(out, '\t');
      if (rc == DL_OK) rc = put_cell(out, &ga, e, &gdelt_columns[k]);
    }
    if (rc == DL_OK) rc = dl_buffer_putc(out, '\n');
  }
  dl_buffer_free(&ga.id);
  dl_buffer_free(&ga.url);
  /* All or nothing: a caller never sees half a row. */
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}
