/* store.h: the lexicon object: a stack of validated blobs, the built-in one at the bottom (internal). */
#ifndef DL_LEXICON_STORE_H
#define DL_LEXICON_STORE_H

#include <stddef.h>

#include "core/context.h"
#include "lexicon/blob.h"
#include "lexicon/lexicon.h"

/* The most blobs one lexicon holds: the base blob and up to 15 user dictionaries. */
#define LEX_MAX_LAYERS 16

/* One blob of a lexicon and the entries made from it. */
typedef struct lex_layer {
  blob_view view;     /* the validated blob */
  lex_entry *entries; /* view.nentries entries, pointing into the blob's strings */
  void *owned;        /* a heap blob the layer frees, or NULL */
  size_t owned_size;  /* its allocated bytes */
  void *mapped;       /* a memory-mapped file the layer unmaps, or NULL */
  size_t mapped_size; /* its bytes */
} lex_layer;

/*
 * Layer 0 is the blob the lexicon was opened on (built in, memory or a
 * file); each dictionary a user loads becomes one more layer. Lookups ask
 * the user layers first, in load order, then layer 0. Every layer is
 * read-only once added, so threads may share the lexicon.
 */
struct dl_lexicon {
  dl_context *ctx;                /* whose allocator owns the layers */
  lex_layer layers[LEX_MAX_LAYERS]; /* the blobs */
  size_t nlayers;                 /* layers in use */
  const blob_view *lemmas;        /* the first layer with WordNet tables, or NULL */
};

/*
 * Opens a lexicon on a blob. owned (heap memory of owned_size bytes from the
 * context's allocator) and mapped (an mmap of mapped_size bytes) are taken
 * over even on failure. Returns NULL and sets the context message on error.
 */
dl_lexicon *lex_open(dl_context *ctx, const void *data, size_t size, void *owned, size_t owned_size,
                     void *mapped, size_t mapped_size);

/* Adds a heap blob (taken over, even on failure) as a user layer. Returns DL_OK or an error. */
int lex_add_layer(dl_lexicon *lex, void *blob, size_t size, size_t alloc_size);

/* Lower-cases UTF-8 into out; returns its length, or 0 when it does not fit in cap. */
size_t lex_lower(const char *s, size_t n, char *out, size_t cap);

/* Days since 1970-01-01 of a valid civil date (no checks). */
int32_t lex_days_from_civil(int y, int m, int d);
/* The civil date of a day number (OUT y, m, d). */
void lex_civil_from_days(int32_t z, int *y, int *m, int *d);
/* Days in a month of a year. */
int lex_month_days(int y, int m);
/*
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD": the first day of the period, or
 * with end its last day, into *day (OUT). Returns 0, or -1 when it is not a date.
 */
int lex_parse_date(const char *s, size_t n, int end, int32_t *day);

/* The name of a kind ("country"), or "?" */
const char *lex_kind_name(int kind);
/* The kind named by s[0, n), or 0. */
int lex_kind_from_name(const char *s, size_t n);

#endif
