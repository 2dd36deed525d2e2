/* build.h: compiling dictionaries and WordNet's tables into a lexicon blob (internal). */
#ifndef DL_LEXICON_BUILD_H
#define DL_LEXICON_BUILD_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "dateline.h"
#include "lexicon/blob.h"
#include "lexicon/lexicon.h"
#include "text/tokenize.h"


/* The format's name in messages and statistics. */
const char *lex_format_name(lex_format f);

/* Guesses a dictionary's format from its name and first lines. */
lex_format lex_detect_format(const char *name, const char *text, size_t len);

/* An interned string: where it is in the pool. */
typedef struct build_string {
  uint32_t off;  /* offset in the pool */
  uint32_t len;  /* bytes, without the NUL */
  uint32_t hash; /* blob_hash */
} build_string;

/* A phrase key or prefix being collected. */
typedef struct build_key {
  uint32_t string; /* its interned string */
  uint8_t flags;   /* KEY_PHRASE | KEY_PREFIX */
  uint8_t count;   /* entries linked */
  uint32_t first;  /* first link, or UINT32_MAX */
  uint32_t last;   /* last link, or UINT32_MAX */
} build_key;

/* One entry of a key's chain. */
typedef struct build_link {
  uint32_t entry; /* entry index */
  uint32_t next;  /* next link, or UINT32_MAX */
} build_link;

/* A WordNet exception form. */
typedef struct build_exception {
  uint32_t word; /* interned inflected form */
  uint32_t base; /* interned base form */
  uint8_t pos;   /* POS_* bit */
} build_exception;

/* A dictionary compiler: strings, entries and keys, serialised by lex_builder_finish. */
typedef struct lex_builder {
  dl_context *ctx;                    /* allocator */
  const dl_lexicon *key_lex;          /* whose lemma tables key phrases, or NULL for none */
  dl_lexicon *own_lex;                /* the builder's own lemma lexicon, when it read WordNet */
  dl_buffer pool;                     /* the string pool, starting with "" */
  DL_VEC(build_string) strings;       /* interned strings by id */
  uint32_t *index;                    /* open addressing over strings: id + 1, 0 empty */
  uint32_t index_cap;                 /* slots, a power of two */
  DL_VEC(uint32_t) key_of;            /* per string: key index + 1, or 0 */
  DL_VEC(uint8_t) word_pos;           /* per string: POS_* bits of a WordNet word */
  size_t nwords;                      /* strings with word_pos bits */
  DL_VEC(build_key) keys;             /* phrase keys and prefixes */
  DL_VEC(build_link) links;           /* entry chains of keys */
  DL_VEC(blob_entry) entries;         /* entries */
  DL_VEC(blob_text) texts;            /* verb pattern files and code tables, kept whole */
  DL_VEC(uint32_t) phrases;           /* phrase strings of entries, as written */
  DL_VEC(build_exception) exceptions; /* WordNet exceptions */
  DL_VEC(blob_place) places;          /* gazetteer places */
  DL_VEC(build_key) place_keys;       /* folded place names and their prefixes */
  DL_VEC(build_link) place_links;     /* place chains of place keys (build_link.entry is a place) */
  DL_VEC(uint32_t) place_key_of;      /* per string: place key index + 1, or 0 (grown on demand) */
  size_t nkeys_phrase;                /* keys with KEY_PHRASE */
  int has_lemmas;                     /* WordNet tables were added */
  /* Per-file state while a dictionary is read. */
  const char *path;                   /* the file as named in messages */
  const char *base_name;              /* its last path component, for entry sources */
  dl_buffer *errors;                  /* where messages go, or NULL */
  dl_dictionary_stats *stats;         /* counts, never NULL while reading */
  /* Scratch space. */
  dl_buffer norm;                     /* a normalised phrase */
  dl_token_vec tokens;                /* its tokens */
  dl_buffer text;                     /* a key being assembled */
  dl_buffer msg;                      /* a message or source being formatted */
} lex_builder;

/*
 * A new builder. Phrases are keyed with key_lex's lemma tables; with NULL,
 * with the tables lex_builder_add_wordnet reads (or none at all).
 */
lex_builder *lex_builder_new(dl_context *ctx, const dl_lexicon *key_lex);
void lex_builder_free(lex_builder *b);

/* Reads WordNet's index.* and *.exc files from dir, before any dictionary. */
int lex_builder_add_wordnet(lex_builder *b, const char *dir);

/*
 * Adds one WordNet file's text: an index file (a word first on each line;
 * lines starting with a space are skipped) or, with exceptions, an exception
 * list ("inflected base ..."), for the part of speech pos (POS_*). Words with
 * "_" (collocations) are left out. lex_builder_end_lemmas then keys phrases
 * with what was added; lex_builder_add_wordnet does both.
 */
int lex_builder_add_wordnet_text(lex_builder *b, unsigned pos, int exceptions, const char *text, size_t len);
int lex_builder_end_lemmas(lex_builder *b);

/* Copies the lemma tables of a lexicon, and keys phrases with them, before any dictionary. */
int lex_builder_import_lemmas(lex_builder *b, const dl_lexicon *lex);

/*
 * Reads one dictionary. path names it in messages ("path:line: message",
 * one a line, appended to errors when not NULL); entries get the sources
 * "NAME:line" with NAME its last component. Bad lines are skipped and
 * counted. Returns DL_OK, DL_EBADRECORD when a line had an error, DL_ENOMEM.
 * stats (OUT, may be NULL) is filled in.
 */
int lex_builder_add_text(lex_builder *b, const char *path, const char *text, size_t len, lex_format format,
                         dl_buffer *errors, dl_dictionary_stats *stats);
/* The same for a file; DL_EIO with the context message when it cannot be read. */
int lex_builder_add_file(lex_builder *b, const char *path, lex_format format, dl_buffer *errors,
                         dl_dictionary_stats *stats);

/* Appends the blob to out. Returns DL_OK, DL_ENOMEM or DL_ETOOBIG. */
int lex_builder_finish(lex_builder *b, dl_buffer *out);

/* ------------------------------------------------- for the format readers */

/* Reports an error (or a warning) at a line of the file being read. */
void build_error(lex_builder *b, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void build_warning(lex_builder *b, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Interns s[0, n); returns its string id, or UINT32_MAX when out of memory. */
uint32_t build_intern(lex_builder *b, const char *s, size_t n);
/* The pool offset of a string id. */
static inline uint32_t build_offset(const lex_builder *b, uint32_t id) { return b->strings.items[id].off; }

/*
 * Checks that a phrase can be keyed. Returns NULL, or why not (a static
 * message). petrarch: the phrase comes from a PETRARCH dictionary, where
 * capitals mean nothing.
 */
const char *build_phrase_check(lex_builder *b, const char *phrase, size_t len, int petrarch);

/*
 * Adds the phrase text (normalised) to the phrase list; returns DL_OK. The
 * phrases of an entry are added one after another, before the entry.
 */
int build_add_phrase_text(lex_builder *b, const char *phrase, size_t len);

/*
 * Adds an entry whose phrases are phrases[first, first + count). The code is
 * copied; source is "NAME:line". Returns its index in *index (OUT).
 */
int build_add_entry(lex_builder *b, const char *code, size_t code_len, int kind, unsigned flags,
                    int32_t from_day, int32_t to_day, size_t line, uint32_t first, uint32_t count,
                    uint32_t *index);

/*
 * Links an entry to every key of a checked phrase, with its prefixes. A key
 * that already has LEX_MAX_HITS entries takes no more: returns 1 after
 * reporting it (an error, or a warning when petrarch), else DL_OK or DL_ENOMEM.
 */
int build_link_phrase(lex_builder *b, const char *phrase, size_t len, int petrarch, uint32_t entry,
                      size_t line);

/* Reads the dictionary formats; each returns DL_OK or DL_ENOMEM (errors are counted). */
int build_read_native(lex_builder *b, const char *text, size_t len);
int build_read_petrarch(lex_builder *b, const char *text, size_t len, lex_format format);
/* Checks a verb pattern file or code table, reporting every error, and keeps its text for the blob (build_text.c). */
int build_read_text(lex_builder *b, const char *text, size_t len, lex_format format);
/* Reads a gazetteer file, one place a line, into the builder's places and place keys (dict_places.c). */
int build_read_places(lex_builder *b, const char *text, size_t len);
/*
 * Writes the place key table and place lists of the builder (OUT: keys of
 * *nkeys slots and lists of *nlists items, memory from the context, NULL
 * when there are no places). Returns DL_OK, DL_ENOMEM or DL_ETOOBIG.
 */
int build_place_tables(lex_builder *b, blob_slot **keys, uint32_t *nkeys, uint32_t **lists, uint32_t *nlists);

/* Nonzero when s starts with an ISO 3166-1 alpha-3 country code (current or former), KOS or KSV. */
int build_is_country(const char *s);

#endif
