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

#ifdef __cplusplus
}
#endif
#endif
