/* verbs.h: the event verb patterns and the CAMEO code table, read from their text formats (internal). */
#ifndef DL_LEXICON_VERBS_H
#define DL_LEXICON_VERBS_H

#include <stddef.h>
#include <stdint.h>

#include "core/buffer.h"
#include "core/context.h"
#include "lexicon/lexicon.h"

/*
 * A pattern is a head (a verb lemma, or a noun that names an event) and the
 * elements that must follow it in its clause, as docs/VERBS.md describes.
 * Tables are built once, when a coder is made, from the verb texts of the
 * lexicon's layers (user dictionaries first), and are then read-only, so
 * threads share them.
 */

/* What an element of a pattern stands for. */
typedef enum verb_elem_kind {
  VE_WORD = 1, /* one of a set of words, compared with a token's lemma or lower-case form */
  VE_TARGET,   /* +T: the target, an actor noun phrase */
  VE_SOURCE    /* +S: the source, when it is not the subject */
} verb_elem_kind;

/* One element after the head. */
typedef struct verb_elem {
  uint8_t kind;     /* verb_elem_kind */
  uint8_t optional; /* may be missing: "(political)" */
  uint16_t nalts;   /* VE_WORD: the number of alternative words */
  uint32_t alts;    /* VE_WORD: index of the first in verb_table.alts */
} verb_elem;

/* Pattern flags. */
enum {
  VP_NOUN = 1,   /* the head is a noun naming the event: "~kidnapping of +T" */
  VP_BEFORE = 2, /* the elements stand before the head (PETRARCH "&MILITARY *"); not matched after it */
  VP_USER = 4,   /* from a dictionary the user loaded: it takes precedence over the built-in patterns */
  VP_PETRARCH = 8 /* read from a PETRARCH verb file: with no target slot, the first actor after the verb is the target */
};

/* One pattern. */
typedef struct verb_pattern {
  uint32_t head;     /* pool offset of the head lemma, lower case */
  uint32_t elems;    /* index of the first element in verb_table.elems */
  uint16_t nelems;   /* elements after the head */
  uint8_t flags;     /* VP_* */
  uint8_t weight;    /* words and slots that must match: longer patterns win */
  char code[5];      /* CAMEO code, "0233", or "---": a null pattern, which matches and codes no event */
  char intent[5];    /* the code for an intended or promised event, or "" */
  uint32_t source;   /* pool offset of "file:line" */
} verb_pattern;

/* Nonzero for a null pattern ("---  meet target"): the words are no event, and shorter patterns of the verb must not code them. */
static inline int verb_pattern_is_null(const verb_pattern *p) { return p->code[0] == '-'; }

/* The patterns of a lexicon, indexed by head. */
typedef struct verb_table {
  dl_context *ctx;                /* allocator */
  dl_buffer pool;                 /* NUL-terminated strings; offset 0 is "" */
  DL_VEC(verb_pattern) patterns;  /* after verb_table_finish: sorted by noun flag, head, weight (descending), order read */
  DL_VEC(verb_elem) elems;        /* elements of all patterns */
  DL_VEC(uint32_t) alts;          /* pool offsets of VE_WORD alternatives */
  uint32_t *index;                /* open addressing: first pattern + 1 of each (noun flag, head), 0 empty */
  size_t index_cap;               /* slots, a power of two */
  size_t nsources;                /* texts read */
} verb_table;

void verb_table_init(verb_table *t, dl_context *ctx);
void verb_table_free(verb_table *t);

/*
 * Reads verb patterns in the native format (docs/VERBS.md) from text; name
 * names it in sources and messages. Bad lines are reported to errors as
 * "name:line: message" (when errors is not NULL), skipped and counted in
 * *nerrors; *npatterns gets the patterns added. Returns DL_OK,
 * DL_EBADRECORD when a line had an error, or DL_ENOMEM.
 */
int verb_table_add_native(verb_table *t, const char *name, const char *text, size_t len, dl_buffer *errors,
                          size_t *npatterns, size_t *nerrors);

/*
 * Reads a PETRARCH2 or TABARI verb dictionary (CAMEO.2.0.txt): verb blocks
 * with their inflected forms, synonym sets (&SET), and patterns of words,
 * phrases ({A B}), prepositional phrases ((TO X)), the target (+), the source
 * ($) and the verb (*). Words are lemmatised with lex when it is not NULL.
 * Same reporting and return values as verb_table_add_native.
 */
int verb_table_add_petrarch(verb_table *t, const dl_lexicon *lex, const char *name, const char *text, size_t len,
                            dl_buffer *errors, size_t *npatterns, size_t *nerrors);

/* Sorts and indexes the patterns; after it the table is read-only. DL_OK or DL_ENOMEM. */
int verb_table_finish(verb_table *t);

/*
 * The patterns whose head is lemma (noun heads when noun is nonzero), the
 * longest first: *count gets their number. NULL when there are none.
 */
const verb_pattern *verb_table_find(const verb_table *t, int noun, const char *lemma, size_t len, size_t *count);

/* A string of the pool. */
static inline const char *verb_str(const verb_table *t, uint32_t off) { return t->pool.data + off; }

/* Appends pattern p as a native line ("0233 request refuge  # file:line"), for dumps and tests. */
int verb_pattern_format(const verb_table *t, const verb_pattern *p, dl_buffer *out);

/* Helpers for the format readers: intern a string, append a pattern with its elements. */
uint32_t verb_table_intern(verb_table *t, const char *s, size_t len);
int verb_table_push(verb_table *t, const verb_pattern *p, const verb_elem *elems, size_t nelems);

/* ------------------------------------------------------------ CAMEO codes */

/* One CAMEO event code and what it maps to. */
typedef struct cameo_code {
  char code[5];            /* "0233" */
  char root[3];            /* "02" */
  uint8_t quad_class;      /* 1..4 */
  double goldstein;        /* -10..10 */
  const char *plover_type; /* "REQUEST", or "" */
  const char *plover_mode; /* "assist", or "" */
  const char *name;        /* the codebook's name */
} cameo_code;

/* The code table, sorted by code. */
typedef struct cameo_table {
  dl_context *ctx;
  dl_buffer pool;              /* strings */
  DL_VEC(cameo_code) codes;    /* sorted by code; string fields point into pool after cameo_table_finish */
} cameo_table;

void cameo_table_init(cameo_table *t, dl_context *ctx);
void cameo_table_free(cameo_table *t);
/* Reads data/cameo/codes.txt's format; same reporting as verb_table_add_native. */
int cameo_table_add_text(cameo_table *t, const char *name, const char *text, size_t len, dl_buffer *errors,
                         size_t *ncodes, size_t *nerrors);
int cameo_table_finish(cameo_table *t);
/* The code, or NULL when the table has no such code. */
const cameo_code *cameo_table_find(const cameo_table *t, const char *code);

#endif
