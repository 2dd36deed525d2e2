/* article.h: the structure of one story as its reader found it (internal). */
#ifndef DL_ARTICLE_ARTICLE_H
#define DL_ARTICLE_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "dateline.h"

/* A byte range [start, end) of an article's source text. Empty when start == end. */
typedef struct dl_span {
  uint32_t start; /* first byte */
  uint32_t end;   /* one past the last byte */
} dl_span;

typedef DL_VEC(dl_span) dl_span_vec;

/* How the source text must be read when it is normalised. */
enum {
  DL_SOURCE_SGML_ENTITIES = 1 /* decode &lt; &amp; &#3; ... (SGML and XML inputs) */
};

/*
 * An article owns a copy of its source text; every part of its structure is a
 * span of that copy, so nothing is copied again until the text stage
 * normalises it. Offsets reported to users are base + span offset.
 */
struct dl_article {
  dl_context *ctx;        /* the allocator */
  char *src;              /* the article's source text (a NUL follows it) */
  size_t src_len;         /* its length */
  long base;              /* offset of src[0] in the input as given */
  unsigned source_flags;  /* DL_SOURCE_* */
  char *meta;             /* owned storage for metadata values (NUL-separated) */
  size_t meta_len;        /* bytes used in meta */
  size_t meta_cap;        /* bytes allocated for meta */
  long id, date, source, url, title; /* offsets into meta, -1 when absent */
  dl_span headline;       /* headline in src, when the text carries it */
  dl_span caption;        /* photo caption line */
  dl_span dateline;       /* the whole dateline, "ISLAMABAD (Reuters) -" */
  dl_span dateline_place; /* "ISLAMABAD" */
  dl_span dateline_agency;/* "Reuters" */
  dl_span dateline_date;  /* "July 25" */
  dl_span_vec byline;     /* each name in the byline */
  dl_span_vec reporting;  /* names in "Reporting by", "Additional reporting by", "Writing by" */
  dl_span_vec editing;    /* names in "Editing by" */
  dl_span_vec paragraphs; /* body paragraphs; a span may hold hard wraps and blank
                             lines that the text stage joins with one space */
};

/* A new empty article owning a copy of len bytes of text. */
dl_article *article_new(dl_context *ctx, const char *text, size_t len, long base);
/* Stores a metadata value; *field gets its offset in meta. */
int article_set_meta(dl_article *a, long *field, const char *value, size_t len);
/* The metadata value at offset (NULL when -1). */
const char *article_meta(const dl_article *a, long offset);

/*
 * Finds the structure of a plain-text story in a->src between from and to:
 * headline, caption, byline, dateline, paragraphs and credits. has_headline
 * says the first line is the headline (plain text and JSONL without a title).
 */
int article_parse_story(dl_article *a, uint32_t from, uint32_t to, int has_headline);

/* Sets the article date from a dateline date that gives its year ("July 25, 2021"). */
int article_date_from_dateline(dl_article *a);

/* "2021-07-26" from an ISO date or date-time at s; 0 when it is not one. */
int article_iso_date(const char *s, size_t len, char out[11]);

#endif
