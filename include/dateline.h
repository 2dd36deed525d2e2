/* dateline.h: the one public header of libdateline, a news event-data engine. */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DL_VERSION "0.1.0"

/*
 * Errors are negative codes from one table; dl_strerror() names them and the
 * context keeps a message with detail (file, line) for the last failure.
 */
#define DL_ERRNO_MAP(X)                                  \
  X(NOMEM, -1, "out of memory")                          \
  X(IO, -2, "cannot read input")                         \
  X(BADRECORD, -3, "malformed input record")             \
  X(USAGE, -4, "invalid argument")                       \
  X(TOOBIG, -5, "input exceeds a size limit")

typedef enum dl_status {
  DL_OK = 0,
#define DL_ERRNO_ENUM(name, value, text) DL_E##name = (value),
  DL_ERRNO_MAP(DL_ERRNO_ENUM)
#undef DL_ERRNO_ENUM
} dl_status;

/* The name of an error code; never NULL. */
const char *dl_strerror(int code);

/*
 * Allocator in the style of lua_Alloc: nsize == 0 frees ptr and returns NULL;
 * otherwise it reallocates ptr (NULL for a new block) to nsize bytes.
 */
typedef void *(*dl_alloc_fn)(void *ud, void *ptr, size_t osize, size_t nsize);

/* One context holds every option and the allocator; there are no globals. */
typedef struct dl_context dl_context;

/* A new context; alloc NULL means malloc/realloc/free. Free with dl_context_free. */
dl_context *dl_context_new(dl_alloc_fn alloc, void *ud);
void dl_context_free(dl_context *ctx);
/* The message for the last error raised in ctx ("" when none). Owned by ctx. */
const char *dl_context_errmsg(const dl_context *ctx);

/* ------------------------------------------------------------------ reader */

/* Input formats; AUTO detects from the name and the first bytes. */
typedef enum dl_format {
  DL_FORMAT_AUTO = 0,
  DL_FORMAT_TEXT,  /* one plain-text story */
  DL_FORMAT_JSONL, /* one JSON object a line: id, date, source, url, title, text */
  DL_FORMAT_SGML   /* Reuters-21578 <REUTERS> or LDC GigaWord <DOC> records */
} dl_format;

/* A stream of articles read from one input. */
typedef struct dl_reader dl_reader;

/* A story with its structure: headline, caption, byline, dateline, paragraphs, credits. */
typedef struct dl_article dl_article;

/*
 * Opens a file ("-" is standard input) for reading. Returns NULL and sets the
 * context message when the file cannot be opened. Free with dl_reader_free.
 */
dl_reader *dl_reader_open_file(dl_context *ctx, const char *path, dl_format format);

/*
 * Reads articles from memory. name labels errors and ids; data is copied
 * where needed, so the caller may free it once the reader is freed.
 */
dl_reader *dl_reader_open_memory(dl_context *ctx, const char *name, const char *data,
                                 size_t len, dl_format format);

/*
 * Reads the next article into *out (OUT; free it with dl_article_free).
 * Returns 1 for an article, 0 at the end of the input, or a negative code when
 * this record was bad: dl_reader_error says why and the next call goes
 * on with the next record.
 */
int dl_reader_next(dl_reader *reader, dl_article **out);

/* Why the last record was bad (dl_reader_name and dl_reader_line say where); owned by the reader. */
const char *dl_reader_error(const dl_reader *reader);
/* The 1-based line (text, JSONL, SGML) where the last record began. */
size_t dl_reader_line(const dl_reader *reader);
/* The input's name as given. */
const char *dl_reader_name(const dl_reader *reader);
/* The format detected or forced. */
dl_format dl_reader_format(const dl_reader *reader);
void dl_reader_free(dl_reader *reader);

/* ----------------------------------------------------------------- article */

/* A piece of text: bytes (not NUL-terminated) and, when known, its byte
 * offsets [start, end) in the input as given (start < 0 when it has none). */
typedef struct dl_text_slice {
  const char *ptr; /* the bytes, owned by the article or document */
  size_t len;      /* their length */
  long start;      /* offset of the first byte in the input, or -1 */
  long end;        /* offset after the last byte, or -1 */
} dl_text_slice;

/* Metadata fields of an article. */
typedef enum dl_article_field {
  DL_FIELD_ID,
  DL_FIELD_DATE,   /* YYYY-MM-DD from metadata or the dateline */
  DL_FIELD_SOURCE, /* the publisher or agency */
  DL_FIELD_URL,
  DL_FIELD_DATELINE_PLACE,
  DL_FIELD_DATELINE_AGENCY,
  DL_FIELD_DATELINE_DATE /* the date as written in the dateline, e.g. "July 25" */
} dl_article_field;

/* A metadata field; ptr NULL when the article has none. Raw bytes of the input. */
dl_text_slice dl_article_field_get(const dl_article *a, dl_article_field field);

/* Names in lists: the byline, and the credits for reporting and editing. */
typedef enum dl_name_list {
  DL_NAMES_BYLINE,
  DL_NAMES_REPORTING,
  DL_NAMES_EDITING
} dl_name_list;
size_t dl_article_name_count(const dl_article *a, dl_name_list list);
dl_text_slice dl_article_name(const dl_article *a, dl_name_list list, size_t i);

/*
 * Gives the article a date ("YYYY-MM-DD") when its metadata and dateline gave
 * none, so relative dates and dated dictionary entries resolve. Returns DL_OK,
 * or DL_EUSAGE when date is not a valid date.
 */
int dl_article_default_date(dl_article *a, const char *date);

void dl_article_free(dl_article *a);

/* ------------------------------------------------------------------- text */

/*
 * A document is an article's text stage: normalised (NFC, plain quotes and
 * dashes, one space for each run of white space), tokenised and split into
 * sentences, with every piece mapped back to input offsets.
 */
typedef struct dl_document dl_document;

/* Builds the text stage for an article. Free with dl_document_free. */
dl_document *dl_document_new(dl_context *ctx, const dl_article *a);
void dl_document_free(dl_document *doc);

/* Normalised headline and caption (ptr NULL when absent). */
dl_text_slice dl_document_headline(const dl_document *doc);
dl_text_slice dl_document_caption(const dl_document *doc);
/* The normalised body: paragraphs joined by blank lines. */
dl_text_slice dl_document_body(const dl_document *doc);
size_t dl_document_paragraph_count(const dl_document *doc);
dl_text_slice dl_document_paragraph(const dl_document *doc, size_t i);
/* Sentences: 0 is the headline (empty when there is none), body from 1. */
size_t dl_document_sentence_count(const dl_document *doc);
/*
 * The sentences the document cut because they ran past 1000 tokens (a run
 * with no sentence end): each piece is read as a sentence of its own, a
 * headline's rest is dropped. Work per sentence stays bounded; a caller may
 * want to say so.
 */
size_t dl_document_cut_sentences(const dl_document *doc);
dl_text_slice dl_document_sentence(const dl_document *doc, size_t i);
/* Invalid UTF-8 sequences replaced by U+FFFD while normalising. */
size_t dl_document_invalid_utf8(const dl_document *doc);

/* Kinds of token. */
typedef enum dl_token_kind {
  DL_TOKEN_WORD,       /* letters, with inner hyphens or apostrophes */
  DL_TOKEN_NUMBER,     /* 35, 2,400, 1.5, 20th */
  DL_TOKEN_PUNCT,      /* one punctuation mark, or an ellipsis or dash run */
  DL_TOKEN_ABBREV,     /* U.S., Gen., Jan., initials such as J. */
  DL_TOKEN_POSSESSIVE, /* 's or ' after a noun */
  DL_TOKEN_URL,
  DL_TOKEN_EMAIL,
  DL_TOKEN_CURRENCY, /* $5, £7.6bn, US$10 */
  DL_TOKEN_PERCENT,  /* 5%, 12.5 percent is a number and a word */
  DL_TOKEN_SYMBOL    /* anything else that is not white space */
} dl_token_kind;

/* Token i of sentence s (0 <= i < dl_document_token_count(doc, s)). */
size_t dl_document_token_count(const dl_document *doc, size_t sentence);
dl_text_slice dl_document_token(const dl_document *doc, size_t sentence, size_t i,
                                dl_token_kind *kind /* OUT, may be NULL */);

/*
 * Reads a number written in words or digits starting at token i of sentence s
 * ("Forty-six", "35", "2,400", "1.5 million", "hundreds of"). Returns the
 * number of tokens it covers (0 when there is no number) and fills *value and
 * *approximate (OUT; 1 for "hundreds of", "about", "dozens").
 */
size_t dl_document_number(const dl_document *doc, size_t sentence, size_t i,
                          double *value, int *approximate);

/* ----------------------------------------------------------------- writers */

/* A growable byte buffer that writers fill. */
typedef struct dl_buffer {
  char *data;      /* the bytes; NUL-terminated after each write */
  size_t len;      /* bytes in use */
  size_t cap;      /* bytes allocated */
  dl_context *ctx; /* whose allocator grows it */
} dl_buffer;

void dl_buffer_init(dl_buffer *buf, dl_context *ctx);
void dl_buffer_free(dl_buffer *buf);

/* Appends one JSON line for the article and its text stage (dateline article --json). */
int dl_write_article_json(dl_buffer *out, const dl_article *a, const dl_document *doc);

/* ----------------------------------------------------------------- lexicon */

/*
 * A lexicon holds the compiled dictionaries (actors, roles, discards) and
 * WordNet's lemma tables in one versioned blob. The built-in blob is
 * compiled from data/actors/ when the library is built and embedded in it;
 * a lexicon may also be opened on a blob in memory or in a file. A blob is
 * checked before use and never read outside its bytes. Dictionaries a user
 * loads (native, PETRARCH or TABARI formats) sit in front of the blob and
 * take precedence. A lexicon is read-only once loaded: threads may share it.
 */
typedef struct dl_lexicon dl_lexicon;

/*
 * The lexicon compiled into the library. Nothing is copied; opening it costs
 * one pass over the blob's tables. Returns NULL and sets the context message
 * on failure. Free with dl_lexicon_free.
 */
dl_lexicon *dl_lexicon_open_builtin(dl_context *ctx);

/*
 * A lexicon on a compiled blob in memory, 8-byte aligned. The blob is not
 * copied: the caller keeps it alive and unchanged until dl_lexicon_free.
 * Returns NULL and sets the context message when the blob is invalid.
 */
dl_lexicon *dl_lexicon_open_blob(dl_context *ctx, const void *blob, size_t len);

/* A lexicon on a compiled blob file, memory-mapped until dl_lexicon_free. */
dl_lexicon *dl_lexicon_open_file(dl_context *ctx, const char *path);

/* Frees the lexicon and its loaded dictionaries (not a caller's blob). NULL is allowed. */
void dl_lexicon_free(dl_lexicon *lex);

/* What reading one dictionary found; the counts follow the lines of the file. */
typedef struct dl_dictionary_stats {
  const char *format; /* "native", "petrarch-actors", "petrarch-agents" or "petrarch-discards" */
  size_t records;     /* native entry lines; PETRARCH actors (root lines), agent lines, discards */
  size_t synonyms;    /* PETRARCH actor synonym lines (+NAME) */
  size_t codes;       /* codes read: one a native line; each [CODE ...] of PETRARCH actors and agents */
  size_t sets;        /* PETRARCH agent substitution sets (!NAME! = A, B) */
  size_t story;       /* PETRARCH story-level discards (+PHRASE) */
  size_t entries;     /* entries stored (one per code and date range) */
  size_t phrases;     /* phrases stored as written, after agent substitutions and plurals */
  size_t errors;      /* error messages: the dictionary is not loaded when there is one */
  size_t warnings;    /* warnings: PETRARCH lines that PETRARCH itself would skip or repair */
} dl_dictionary_stats;

/*
 * Loads a dictionary file in front of the lexicon's blob; its entries come
 * first in lookups. The format is detected: native (docs/DICTIONARIES.md),
 * or PETRARCH/TABARI actors, agents or discards. Every problem is appended
 * to errors (when not NULL) as "path:line: message" lines, warnings as
 * "path:line: warning: message". Returns DL_OK; DL_EBADRECORD when a line
 * had an error, and then nothing of the file is loaded; DL_EIO, DL_ENOMEM,
 * or DL_ETOOBIG after 15 dictionaries. stats (OUT) may be NULL.
 */
int dl_lexicon_load_dictionary(dl_lexicon *lex, const char *path, dl_buffer *errors,
                               dl_dictionary_stats *stats);

/* The same for dictionary text in memory; name labels messages and entry sources. */
int dl_lexicon_load_text(dl_lexicon *lex, const char *name, const char *text, size_t len,
                         dl_buffer *errors, dl_dictionary_stats *stats);

/*
 * Compiles dictionary files into a new blob, appended to blob (OUT; the
 * caller frees the buffer). Lemma tables come from WordNet's files in
 * wordnet_dir (index.noun, noun.exc, ...) or, when it is NULL, are copied
 * from lemmas (a lexicon, e.g. the built-in one); with both NULL, phrases
 * are matched on lower-case words. Messages go to errors as for
 * dl_lexicon_load_dictionary. Returns DL_OK, DL_EBADRECORD when any line had
 * an error (no blob), DL_EIO, DL_ENOMEM or DL_ETOOBIG.
 */
int dl_lexicon_compile(dl_context *ctx, const char *const *paths, size_t npaths,
                       const char *wordnet_dir, const dl_lexicon *lemmas, dl_buffer *blob,
                       dl_buffer *errors);

/*
 * Appends the lexicon as text, in a stable order, for review and golden
 * tests: a summary line, every entry in the native format with its source,
 * then every phrase key with its flags and entries. Loaded dictionaries come
 * first, then the blob.
 */
int dl_lexicon_dump(const dl_lexicon *lex, dl_buffer *out);

/*
 * Tokenises text as articles are tokenised and appends, for each longest
 * match from left to right, the words and key matched and every entry hit:
 * code, kind, date range, canonical phrase and source line. date
 * ("YYYY-MM-DD", or NULL) marks the entries that do not apply on that day.
 * Returns DL_OK, DL_EUSAGE for a bad date, or DL_ENOMEM.
 */
int dl_lexicon_lookup(const dl_lexicon *lex, const char *text, size_t len, const char *date,
                      dl_buffer *out);

/* ------------------------------------------------------------------ actors */

/* The actor mentions of one document, coded from the lexicon. */
typedef struct dl_actors dl_actors;

/*
 * Finds every actor mention in the document: countries, their people and
 * capitals with roles ("Pakistan's army" is PAKMIL), organisations, armed
 * groups, office-holders (chosen by the article's date) and roles on their own
 * ("the soldiers", linked to whom they refer to). NULL on allocation failure.
 * Free with dl_actors_free.
 */
dl_actors *dl_actors_find(dl_context *ctx, const dl_lexicon *lex, const dl_article *a,
                          const dl_document *doc);
size_t dl_actors_count(const dl_actors *actors);
void dl_actors_free(dl_actors *actors);

/* Appends one JSON line per actor mention (dateline actors --format jsonl). */
int dl_write_actors_json(dl_buffer *out, const dl_article *a, const dl_document *doc,
                         const dl_actors *actors);

/* ------------------------------------------------------------------ places */

/* The place names of one document, each resolved in the gazetteer. */
typedef struct dl_places dl_places;

/*
 * Finds the places a document names: towns, divisions, countries and the
 * project's own list (border crossings, regions), told from actors ("in
 * Islamabad" is a place, "Washington said" an actor) and from people, and
 * resolves each to one place using the story's context (the dateline's
 * country, the countries it names, "Qatar's capital, Doha", "Hyderabad,
 * Sindh"). The dateline's place comes first. NULL on allocation failure.
 */
dl_places *dl_places_find(dl_context *ctx, const dl_lexicon *lex, const dl_article *a,
                          const dl_document *doc);
size_t dl_places_count(const dl_places *places);
void dl_places_free(dl_places *places);

/*
 * Appends one JSON line per place mention (dateline places --format jsonl):
 * article, sentence (null for the dateline), text, start, end, name,
 * country (ISO alpha-3), admin1 (ISO 3166-2), lat, lon, geonameid, feature,
 * population.
 */
int dl_write_places_json(dl_buffer *out, const dl_article *a, const dl_document *doc,
                         const dl_places *places);

/* ------------------------------------------------------------------ events */

/* The verb patterns and CAMEO tables of a lexicon, ready to code; read-only, shared by threads. */
typedef struct dl_coder dl_coder;

/*
 * Reads the verb patterns and the CAMEO code table of every layer of lex
 * (dictionaries loaded with dl_lexicon_load_dictionary first, then the
 * built-in ones). Problems in loaded verb files are appended to errors
 * (may be NULL) as "file:line: message". NULL on allocation failure or
 * when the lexicon has no code table; the context says why. lex must
 * outlive the coder. Free with dl_coder_free.
 */
dl_coder *dl_coder_new(dl_context *ctx, const dl_lexicon *lex, dl_buffer *errors);
void dl_coder_free(dl_coder *coder);
/* The number of verb patterns the coder holds. */
size_t dl_coder_patterns(const dl_coder *coder);

/* The events of one document. */
typedef struct dl_events dl_events;

/*
 * Finds the document's actors and codes its events: for each clause of each
 * sentence (captions, bylines and credits have none), the CAMEO code, the
 * source and target actors, the mode and who reported it. The article's date
 * picks dated dictionary entries. NULL on allocation failure. Free with
 * dl_events_free.
 */
dl_events *dl_events_code(dl_context *ctx, const dl_coder *coder, const dl_article *a,
                          const dl_document *doc);
size_t dl_events_count(const dl_events *events);
/*
 * The sentences whose verbs were not all coded because a sentence had more
 * verb groups than the coder reads (64): pathological input, which a
 * caller may want to say so about.
 */
size_t dl_events_capped(const dl_events *events);
void dl_events_free(dl_events *events);

/* Appends one JSON line per event, exactly as docs/EVENTS.md (dateline code --format jsonl). */
int dl_write_events_json(dl_buffer *out, const dl_article *a, const dl_document *doc,
                         const dl_events *events);
/* Appends one line per event in the GDELT 2.0 Event table's 61 tab-separated columns. */
int dl_write_events_gdelt(dl_buffer *out, const dl_article *a, const dl_document *doc,
                          const dl_events *events);
/* Appends the header row of the CSV format, then, per call of the next, one row per event. */
int dl_write_events_csv_header(dl_buffer *out);
int dl_write_events_csv(dl_buffer *out, const dl_article *a, const dl_document *doc,
                        const dl_events *events);

#ifdef __cplusplus
}
#endif
#endif
