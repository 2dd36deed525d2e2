/* fuzz_walk.h: shared body of the fuzz targets: read every article, walk its text stage, write it. */
#ifndef DL_FUZZ_WALK_H
#define DL_FUZZ_WALK_H

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"

/*
 * Stops the run with a message. The fuzzer treats abort() as a crash and keeps
 * the input, so a broken promise of the API is found like a memory error.
 */
#define FUZZ_REQUIRE(cond, what)                                            \
  do {                                                                      \
    if (!(cond)) {                                                          \
      fprintf(stderr, "fuzz: %s:%d: %s (%s)\n", __FILE__, __LINE__, what, #cond); \
      abort();                                                              \
    }                                                                       \
  } while (0)

/* Where an input's offsets point, so slices can be checked against its size. */
typedef struct fuzz_input {
  size_t size;        /* bytes of input */
  int offsets_in_input; /* 1 when offsets index the input itself (text, SGML) */
} fuzz_input;

/*
 * Reads every byte of a slice so AddressSanitizer sees a dangling or short
 * pointer, and checks that its offsets are ordered and inside the input.
 */
static inline unsigned fuzz_touch_slice(const fuzz_input *in, dl_text_slice s) {
  unsigned sum = 0;
  FUZZ_REQUIRE(s.ptr != NULL || s.len == 0, "slice has a length but no bytes");
  for (size_t i = 0; i < s.len; i++) sum += (unsigned char)s.ptr[i];
  if (s.start >= 0) {
    FUZZ_REQUIRE(s.end >= s.start, "slice ends before it starts");
    if (in->offsets_in_input) FUZZ_REQUIRE((size_t)s.end <= in->size, "slice ends past the input");
  }
  return sum;
}

/* Walks every token of every sentence and asks for a number at each one. */
static inline unsigned fuzz_walk_document(const fuzz_input *in, const dl_document *doc) {
  unsigned sum = 0;
  sum += fuzz_touch_slice(in, dl_document_headline(doc));
  sum += fuzz_touch_slice(in, dl_document_caption(doc));
  sum += fuzz_touch_slice(in, dl_document_body(doc));
  size_t paragraphs = dl_document_paragraph_count(doc);
  for (size_t p = 0; p < paragraphs; p++) sum += fuzz_touch_slice(in, dl_document_paragraph(doc, p));
  size_t sentences = dl_document_sentence_count(doc);
  for (size_t s = 0; s < sentences; s++) {
    sum += fuzz_touch_slice(in, dl_document_sentence(doc, s));
    size_t tokens = dl_document_token_count(doc, s);
    for (size_t t = 0; t < tokens; t++) {
      dl_token_kind kind = DL_TOKEN_SYMBOL;
      sum += fuzz_touch_slice(in, dl_document_token(doc, s, t, &kind));
      FUZZ_REQUIRE(kind >= DL_TOKEN_WORD && kind <= DL_TOKEN_SYMBOL, "token kind out of range");
      double value = 0;
      int approximate = 0;
      size_t covered = dl_document_number(doc, s, t, &value, &approximate);
      FUZZ_REQUIRE(covered <= tokens - t, "number covers tokens past the sentence end");
      sum += (unsigned)covered + (unsigned)approximate;
    }
  }
  sum += (unsigned)dl_document_invalid_utf8(doc);
  return sum;
}

/* Reads the article's metadata and name lists through the public getters. */
static inline unsigned fuzz_walk_article(const fuzz_input *in, const dl_article *a) {
  static const dl_article_field fields[] = {
      DL_FIELD_ID,  DL_FIELD_DATE, DL_FIELD_SOURCE, DL_FIELD_URL, DL_FIELD_DATELINE_PLACE,
      DL_FIELD_DATELINE_AGENCY, DL_FIELD_DATELINE_DATE};
  static const dl_name_list lists[] = {DL_NAMES_BYLINE, DL_NAMES_REPORTING, DL_NAMES_EDITING};
  unsigned sum = 0;
  for (size_t f = 0; f < sizeof fields / sizeof *fields; f++) {
    /* Metadata from JSON fields has no place in the input, so only the bytes are checked. */
    fuzz_input loose = {in->size, 0};
    sum += fuzz_touch_slice(&loose, dl_article_field_get(a, fields[f]));
  }
  for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
    size_t n = dl_article_name_count(a, lists[l]);
    for (size_t i = 0; i < n; i++) sum += fuzz_touch_slice(in, dl_article_name(a, lists[l], i));
  }
  return sum;
}

/* The writer promises one JSON object on one line; anything else breaks every consumer. */
static inline void fuzz_check_json_line(const dl_buffer *out, size_t from) {
  const char *line = out->data + from;
  size_t len = out->len - from;
  FUZZ_REQUIRE(len > 0, "writer succeeded but wrote nothing");
  FUZZ_REQUIRE(line[len - 1] == '\n', "JSON line does not end with a newline");
  FUZZ_REQUIRE(memchr(line, '\n', len - 1) == NULL, "JSON record spans more than one line");
  json_error_t error;
  json_t *value = json_loadb(line, len - 1, JSON_ALLOW_NUL, &error);
  if (!value) fprintf(stderr, "fuzz: invalid JSON at column %d: %s\n", error.column, error.text);
  FUZZ_REQUIRE(value != NULL, "writer produced invalid JSON");
  FUZZ_REQUIRE(json_is_object(value), "writer produced JSON that is not an object");
  json_decref(value);
}

/*
 * Reads data as one input of the given format: every article, its document
 * and its JSON line, then frees everything so LeakSanitizer can check.
 */
static inline void fuzz_read_all(const char *name, const char *data, size_t size, dl_format format) {
  dl_context *ctx = dl_context_new(NULL, NULL);
  FUZZ_REQUIRE(ctx != NULL, "no context");
  dl_reader *reader = dl_reader_open_memory(ctx, name, data, size, format);
  if (!reader) {
    dl_context_free(ctx);
    return;
  }
  fuzz_input in = {size, format != DL_FORMAT_JSONL};
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  unsigned sum = 0;
  /* Each record uses at least one byte, so more calls than bytes means the reader is stuck. */
  size_t calls = 0, max_calls = size + 16;
  for (;;) {
    dl_article *article = NULL;
    int r = dl_reader_next(reader, &article);
    FUZZ_REQUIRE(++calls <= max_calls, "reader makes no progress");
    if (r == 0) {
      FUZZ_REQUIRE(article == NULL, "end of input with an article");
      break;
    }
    if (r < 0) {
      FUZZ_REQUIRE(article == NULL, "bad record with an article");
      const char *why = dl_reader_error(reader);
      FUZZ_REQUIRE(why != NULL && why[0] != '\0', "bad record without a reason");
      sum += (unsigned)dl_reader_line(reader);
      continue;
    }
    FUZZ_REQUIRE(article != NULL, "article promised but not given");
    sum += fuzz_walk_article(&in, article);
    dl_document *doc = dl_document_new(ctx, article);
    if (doc) {
      sum += fuzz_walk_document(&in, doc);
      size_t before = out.len;
      if (dl_write_article_json(&out, article, doc) == DL_OK) fuzz_check_json_line(&out, before);
      /* Keep the buffer small but exercise reuse across articles. */
      if (out.len > (1u << 20)) {
        dl_buffer_free(&out);
        dl_buffer_init(&out, ctx);
      }
      dl_document_free(doc);
    }
    dl_article_free(article);
  }
  (void)dl_reader_name(reader);
  (void)dl_reader_format(reader);
  dl_buffer_free(&out);
  dl_reader_free(reader);
  dl_context_free(ctx);
  /* Keeps the checksum alive so the compiler cannot drop the reads. */
  volatile unsigned sink = sum;
  (void)sink;
}

#endif
