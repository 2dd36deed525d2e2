/* store.h: the lexicon object: a stack of validated blobs, the built-in one at the bottom (internal). */
#ifndef DL_LEXICON_STORE_H
#define DL_LEXICON_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "lexicon/blob.h"
#include "lexicon/lexicon.h"

/* The most blobs one lexicon holds: the base blob and up to 15 user dictionaries. */
#define LEX_MAX_LAYERS 16

/* One blob of a lexicon and the entries made from it. */
typedef struct lex_layer {
  blob_view view;     /* the validated blob */
  lex_entry *entries; /* view.nentries entries, pointing into the blob's strings */
  /*
   * view.nplaces places (places.h), pointing into the blob's strings, made
   * the first time a place is looked up (with the lexicon's allocator; a
   * thread that loses the race frees its copy), so that opening a lexicon
   * costs nothing for its gazetteer. NULL until then.
   */
  _Atomic(struct lex_place *) places;
  struct lex_country_index *countries; /* the layer's country entries by code, for lex_country_entry */
  uint32_t ncountries;                 /* how many */
  void *owned;        /* a heap blob the layer frees, or NULL */
  size_t owned_size;  /* its allocated bytes */
  void *mapped;       /* a memory-mapped file the layer unmaps, or NULL */
  size_t mapped_size; /* its bytes */
} lex_layer;

/*
 * The key filter tells, from a token's lower-case form and before its lemma
 * is computed, whether a phrase may use the token where it stands: most
 * tokens cannot, and their keys need not be computed (lex_phrase_keys). The
 * forms of a key word are the word, the words morphy's noun suffix rules
 * lemmatise to it ("soldiers", "churches", "policemen") and the WordNet noun
 * exceptions whose base it is ("men"). The filter holds the forms of every
 * word of every stored key, marked when some key starts with the word and
 * when the word is a phrase alone, and each pair of forms of two words that
 * follow each other in a key (and, apart, each pair that starts a key).
 * Words and pairs are 64-bit hashes of their lower-case bytes. A word is
 * looked up first in a blocked Bloom filter (F. Putze, P. Sanders, J.
 * Singler, "Cache-, hash- and space-efficient Bloom filters", WEA 2007: two
 * bits of one 64-bit word, so a test reads one word) small enough to stay
 * in the first-level cache, and only when it may be there, in an
 * open-addressing table of the hashes of first words with their marks; a
 * pair in a Bloom filter of its own. The filter may say yes wrongly (a word
 * whose hash is a member's, a pair a few times in a hundred), never no. A
 * lexicon whose WordNet exceptions have a base with a space, which no
 * tokeniser makes, has no filter. The compiler stores a blob's filter in the
 * blob (SEC_FILTER), so that opening it costs nothing; a lexicon with loaded
 * dictionaries, or on a blob without one, builds its own.
 */
typedef struct lex_filter {
  const uint64_t *data; /* the word Bloom filter (nwords), the pair Bloom filter (npairs), the word table (nslots); NULL: none */
  size_t nwords;  /* a power of two */
  size_t npairs;  /* a power of two */
  size_t nslots;  /* a power of two; slots hold (hash with the low 4 bits cleared) | 8 | MAY_* marks, 0 when empty */
  uint64_t *owned;      /* data when the lexicon built it and frees it; NULL when it lies in a blob */
} lex_filter;

/*
 * WordNet's noun exceptions by base form, so that the key filter finds the
 * exception forms of a phrase's words ("men" for "man") without reading
 * every exception: an open-addressing table of the bases' filter hashes,
 * with the exception's slot beside each. Made once when a lexicon opens.
 */
typedef struct lex_bases {
  uint64_t *hashes; /* hash of each exception's base, or 0 for an empty slot */
  uint32_t *slots;  /* the exception's slot in the lemma tables */
  size_t cap;       /* slots: 0 or a power of two, at most half full */
  int spaced;       /* some base holds a space: no key filter can be made */
} lex_bases;

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
  lex_bases bases;                /* the noun exceptions of lemmas by base */
  lex_filter filter;              /* the token keys of every layer's phrases */
};

/*
 * Opens a lexicon on a blob. owned (heap memory of owned_size bytes from the
 * context's allocator) and mapped (an mmap of mapped_size bytes) are taken
 * over even on failure. Returns NULL and sets the context message on error.
 */
dl_lexicon *lex_open(dl_context *ctx, const void *data, size_t size, void *owned, size_t owned_size,
                     void *mapped, size_t mapped_size);

/* Frees a layer's places, when they were made (dict_places.c). */
void lex_layer_free_places(dl_context *ctx, lex_layer *l);

/* Adds a heap blob (taken over, even on failure) as a user layer. Returns DL_OK or an error. */
int lex_add_layer(dl_lexicon *lex, void *blob, size_t size, size_t alloc_size);

/*
 * Builds the key filter of the phrases of blobs views[0, nviews), keyed with
 * the lemma tables of lexicon lemmas (or none), into *filter (OUT): memory from ctx,
 * or no filter (data NULL) when one cannot be made. Returns DL_OK or
 * DL_ENOMEM.
 */
int lex_filter_build(dl_context *ctx, const blob_view *const *views, size_t nviews, const dl_lexicon *lemmas,
                     lex_filter *filter);
/* The filter stored in a validated blob (OUT filter, not owned); 0, or -1 when the blob has none. */
int lex_filter_of_blob(const blob_view *view, lex_filter *filter);
/* Frees a filter's bits when it owns them. */
void lex_filter_free(dl_context *ctx, lex_filter *filter);
/* Makes *bases (OUT) from the exceptions of lemma tables (or none). Returns DL_OK or DL_ENOMEM. */
int lex_bases_build(dl_context *ctx, const blob_view *lemmas, lex_bases *bases);
/* Frees what lex_bases_build made. */
void lex_bases_free(dl_context *ctx, lex_bases *bases);
/* Nonzero when the filter says key[0, n) may be the first word of a stored key (always without a filter). */
int lex_filter_may_start(const lex_filter *filter, const char *key, size_t n);

/* The most forms lex_noun_forms writes: one per noun rule. */
#define LEX_MAX_NOUN_FORMS 8
/*
 * The words morphy's noun suffix rules could lemmatise to key[0, n)
 * ("troop": "troops"; "church": "churches"), without those too long for a
 * key, written to forms[i] with lengths lens[i] (OUT). Returns how many.
 */
size_t lex_noun_forms(const char *key, size_t n, char forms[][LEX_MAX_TOKEN_KEY], size_t *lens);
/* An acronym is two to four ASCII capitals: "UN", "US", "NATO". */
int lex_is_acronym(const char *w, size_t n);

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
/* The kind named by s[0, n), or 0; "story" is LEX_DISCARD (with LEX_FLAG_STORY, which the caller sets). */
int lex_kind_from_name(const char *s, size_t n);
/* The name of an entry's kind as a native dictionary writes it: "story" for a story discard. */
const char *lex_entry_kind_name(const lex_entry *e);

#endif
