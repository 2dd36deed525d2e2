/* reader.h: the input stream behind dl_reader and the per-format record readers (internal). */
#ifndef DL_ARTICLE_READER_H
#define DL_ARTICLE_READER_H

#include <stddef.h>

#include "article/article.h"

/* Limits on one record, so a hostile input cannot take unbounded memory. */
enum {
  READER_CHUNK = 1 << 20,           /* bytes read at a time */
  READER_MAX_RECORD = 64 << 20      /* bytes in one record (story, line or SGML element) */
};

/*
 * A reader streams its input through a window: bytes [0, len) of buf hold
 * input offsets [buf_offset, buf_offset + len). Records are found in the
 * window; consumed bytes are dropped, so memory stays flat in the input size.
 */
struct dl_reader {
  dl_context *ctx;      /* the allocator */
  char *name;           /* the input's name as given */
  dl_format format;     /* detected or forced */
  int fd;               /* the open file; -1 for memory input */
  int owns_fd;          /* close fd when freed (not for standard input) */
  char *buf;            /* the window */
  size_t len;           /* bytes in the window */
  size_t cap;           /* bytes allocated */
  size_t pos;           /* next unread byte in the window */
  size_t buf_offset;    /* input offset of buf[0] */
  size_t line;          /* line number of buf[pos] */
  size_t record_line;   /* line where the last record began */
  size_t records;       /* records returned so far, good or bad */
  int eof;              /* nothing more to read into the window */
  int done;             /* the text format's single story has been read */
  char error[512];      /* why the last record was bad */
};

/* Makes sure at least want bytes are in the window after pos, or EOF; DL_OK or an error. */
int reader_fill(dl_reader *r, size_t want);
/* Advances pos by n bytes, counting lines. */
void reader_consume(dl_reader *r, size_t n);
/* Records a bad record's reason and returns code. */
int reader_bad(dl_reader *r, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Per-format readers: each returns 1 with *out set, 0 at the end, or a negative code. */
int reader_next_text(dl_reader *r, dl_article **out);
int reader_next_jsonl(dl_reader *r, dl_article **out);
int reader_next_sgml(dl_reader *r, dl_article **out);

/*
 * Ends the reading of a record whose structure step returned rc: dates the
 * article from its dateline, gives it a default id, and returns 1 with *out
 * set, or frees it and reports the failure.
 */
int reader_finish_article(dl_reader *r, dl_article *a, int rc, dl_article **out);

/* Sets a->id to "NAME" or "NAME:N" when the input gave none. */
int reader_default_id(dl_reader *r, dl_article *a);

#endif
