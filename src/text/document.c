/* document.c: an article's text stage: normalised text, tokens and sentences mapped to input offsets. */
#include <string.h>

#include "article/article.h"
#include "core/buffer.h"
#include "core/context.h"
#include "text/normalize.h"
#include "text/number.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "text/document.h"

/* An empty slice: no text and no offsets. */
static dl_text_slice slice_none(void) {
  dl_text_slice s = {NULL, 0, -1, -1};
  return s;
}

/* The slice of t's normalised [start, end) with input offsets when mapped. */
static dl_text_slice slice_of(const dl_document *doc, const norm_text *t, size_t start, size_t end,
                              int mapped) {
  dl_text_slice s;
  s.ptr = t->text.data ? t->text.data + start : "";
  s.len = end - start;
  s.start = mapped ? doc->base + (long)norm_source_offset(t, start) : -1;
  s.end = mapped ? doc->base + (long)norm_source_end(t, end) : -1;
  return s;
}

/* 1 when offset lies in the headline taken from metadata, which has no source offsets. */
static int unmapped(const dl_document *doc, size_t offset) {
  return !doc->headline_in_source && offset < doc->body_start;
}

/* Appends one body paragraph, or drops it when it normalises to nothing. */
static int add_paragraph(dl_document *doc, const dl_article *a, dl_span span, unsigned flags) {
  norm_text *t = &doc->text;
  size_t mark_len = t->text.len, mark_anchors = t->anchors.len;
  uint32_t mark_src_end = t->src_end;
  int rc = DL_OK;
  int join = doc->paragraphs.len >= DOC_MAX_PARAGRAPHS;
  if (doc->paragraphs.len > 0)
    rc = norm_append_literal(t, join ? " " : "\n\n", join ? 1 : 2,
                             join ? span.start : norm_source_end(t, t->text.len));
  size_t start = t->text.len;
  if (rc == DL_OK) rc = norm_append(t, a->src, span.start, span.end - span.start, flags);
  if (rc != DL_OK) return rc;
  if (t->text.len == start) { /* nothing but white space: take the separator back */
    t->text.len = mark_len;
    if (t->text.data) t->text.data[mark_len] = '\0';
    t->anchors.len = mark_anchors;
    t->src_end = mark_src_end;
    return DL_OK;
  }
  if (join) {
    doc->paragraphs.items[doc->paragraphs.len - 1].end = (uint32_t)t->text.len;
    return DL_OK;
  }
  doc_range r = {(uint32_t)start, (uint32_t)t->text.len};
  return DL_VEC_PUSH(doc->ctx, doc->paragraphs, r);
}

/* Normalises the headline, caption and paragraphs into doc. */
static int document_normalise(dl_document *doc, const dl_article *a) {
  unsigned flags = NORM_COLLAPSE_SPACE;
  if (a->source_flags & DL_SOURCE_SGML_ENTITIES) flags |= NORM_SGML_ENTITIES;
  int rc = DL_OK;
  if (a->headline.end > a->headline.start) {
    rc = norm_append(&doc->text, a->src, a->headline.start, a->headline.end - a->headline.start, flags);
    doc->headline_in_source = 1;
  } else if (a->title >= 0) {
    const char *title = article_meta(a, a->title);
    rc = norm_append(&doc->text, title, 0, strlen(title), flags & ~(unsigned)NORM_SGML_ENTITIES);
  }
  if (rc != DL_OK) return rc;
  doc->headline.end = (uint32_t)doc->text.text.len;
  if (doc->headline.end > 0) {
    uint32_t at = doc->headline_in_source ? norm_source_end(&doc->text, doc->headline.end)
                  : a->paragraphs.len             ? a->paragraphs.items[0].start
                                                  : 0;
    rc = norm_append_literal(&doc->text, "\n\n", 2, at);
    if (rc != DL_OK) return rc;
  }
  doc->body_start = (uint32_t)doc->text.text.len;
  for (size_t i = 0; i < a->paragraphs.len && rc == DL_OK; i++)
    if (a->paragraphs.items[i].end > a->paragraphs.items[i].start)
      rc = add_paragraph(doc, a, a->paragraphs.items[i], flags);
  if (rc == DL_OK && a->caption.end > a->caption.start)
    rc = norm_append(&doc->caption, a->src, a->caption.start, a->caption.end - a->caption.start,
                     flags);
  return rc;
}

/* Tokenises the headline and each paragraph and splits the paragraphs into sentences. */
static int document_split(dl_document *doc) {
  const char *text = doc->text.text.data;
  dl_sentence head = {0, 0, 0, 0};
  if (doc->headline.end > 0) {
    int rc = tokenize(doc->ctx, text, 0, doc->headline.end, &doc->tokens);
    if (rc != DL_OK) return rc;
    size_t n = doc->tokens.len < DOC_MAX_SENTENCE_TOKENS ? doc->tokens.len : DOC_MAX_SENTENCE_TOKENS;
    if (doc->tokens.len > n) doc->cut++;
    if (n) {
      head.start = doc->tokens.items[0].start;
      head.end = doc->tokens.items[n - 1].start + doc->tokens.items[n - 1].len;
      head.token_count = (uint32_t)n;
    }
    doc->tokens.len = n;
  }
  if (DL_VEC_PUSH(doc->ctx, doc->sentences, head) != DL_OK) return DL_ENOMEM;
  for (size_t i = 0; i < doc->paragraphs.len; i++) {
    size_t first = doc->tokens.len;
    int rc = tokenize(doc->ctx, text, doc->paragraphs.items[i].start, doc->paragraphs.items[i].end,
                      &doc->tokens);
    size_t before = doc->sentences.len;
    if (rc == DL_OK)
      rc = sentence_split(doc->ctx, text, doc->tokens.items, first, doc->tokens.len - first,
                          DOC_MAX_SENTENCE_TOKENS, &doc->sentences);
    if (rc != DL_OK) return rc;
    /* A piece of exactly the cap was cut from a longer run. */
    for (size_t k = before; k < doc->sentences.len; k++)
      if (doc->sentences.items[k].token_count >= DOC_MAX_SENTENCE_TOKENS) doc->cut++;
  }
  return DL_OK;
}

/* Normalises, tokenises and splits an article; NULL with the context message on failure. */
dl_document *dl_document_new(dl_context *ctx, const dl_article *a) {
  if (!ctx) return NULL;
  if (!a) {
    dl_error(ctx, DL_EUSAGE, "dl_document_new: no article");
    return NULL;
  }
  if (a->src_len > UINT32_MAX / 4) {
    dl_error(ctx, DL_ETOOBIG, "article of %zu bytes is too big for the text stage", a->src_len);
    return NULL;
  }
  dl_document *doc = dl_mem_calloc(ctx, 1, sizeof *doc);
  if (!doc) {
    dl_error(ctx, DL_ENOMEM, "out of memory building the text stage");
    return NULL;
  }
  doc->ctx = ctx;
  doc->base = a->base;
  norm_init(&doc->text, ctx);
  norm_init(&doc->caption, ctx);
  int rc = document_normalise(doc, a);
  if (rc == DL_OK && !doc->text.text.data) rc = dl_buffer_put(&doc->text.text, "", 0);
  if (rc == DL_OK) rc = document_split(doc);
  if (rc != DL_OK) {
    dl_error(ctx, rc, "text stage: %s", dl_strerror(rc));
    dl_document_free(doc);
    return NULL;
  }
  return doc;
}

/* Frees a document and everything it owns. */
void dl_document_free(dl_document *doc) {
  if (!doc) return;
  dl_context *ctx = doc->ctx;
  norm_free(&doc->text);
  norm_free(&doc->caption);
  DL_VEC_FREE(ctx, doc->paragraphs);
  DL_VEC_FREE(ctx, doc->tokens);
  DL_VEC_FREE(ctx, doc->sentences);
  dl_mem_free(ctx, doc, sizeof *doc);
}

/* The normalised headline; offsets -1 when it came from metadata. */
dl_text_slice dl_document_headline(const dl_document *doc) {
  if (!doc || doc->headline.end == 0) return slice_none();
  return slice_of(doc, &doc->text, 0, doc->headline.end, doc->headline_in_source);
}

/* The normalised caption. */
dl_text_slice dl_document_caption(const dl_document *doc) {
  if (!doc || doc->caption.text.len == 0) return slice_none();
  return slice_of(doc, &doc->caption, 0, doc->caption.text.len, 1);
}

/* The body paragraphs joined by blank lines. */
dl_text_slice dl_document_body(const dl_document *doc) {
  if (!doc) return slice_none();
  if (doc->paragraphs.len == 0) {
    dl_text_slice s = {doc->text.text.data + doc->body_start, 0, -1, -1};
    return s;
  }
  return slice_of(doc, &doc->text, doc->body_start, doc->text.text.len, 1);
}

/* How many body paragraphs. */
size_t dl_document_paragraph_count(const dl_document *doc) { return doc ? doc->paragraphs.len : 0; }

/* Body paragraph i. */
dl_text_slice dl_document_paragraph(const dl_document *doc, size_t i) {
  if (!doc || i >= doc->paragraphs.len) return slice_none();
  doc_range r = doc->paragraphs.items[i];
  return slice_of(doc, &doc->text, r.start, r.end, 1);
}

/* How many sentences, the headline's included. */
size_t dl_document_sentence_count(const dl_document *doc) { return doc ? doc->sentences.len : 0; }

/* Sentence i; 0 is the headline. */
dl_text_slice dl_document_sentence(const dl_document *doc, size_t i) {
  if (!doc || i >= doc->sentences.len) return slice_none();
  const dl_sentence *s = &doc->sentences.items[i];
  if (s->token_count == 0) { /* no headline */
    dl_text_slice none = {doc->text.text.data, 0, -1, -1};
    return none;
  }
  return slice_of(doc, &doc->text, s->start, s->end, !unmapped(doc, s->start));
}

/* Invalid UTF-8 sequences replaced in the headline, body and caption. */
size_t dl_document_invalid_utf8(const dl_document *doc) {
  return doc ? doc->text.invalid_utf8 + doc->caption.invalid_utf8 : 0;
}

/* How many tokens sentence s has. */
size_t dl_document_token_count(const dl_document *doc, size_t sentence) {
  if (!doc || sentence >= doc->sentences.len) return 0;
  return doc->sentences.items[sentence].token_count;
}

/* Token i of a sentence and its kind. */
dl_text_slice dl_document_token(const dl_document *doc, size_t sentence, size_t i,
                                dl_token_kind *kind) {
  if (kind) *kind = DL_TOKEN_SYMBOL;
  if (!doc || sentence >= doc->sentences.len || i >= doc->sentences.items[sentence].token_count)
    return slice_none();
  const dl_token *t = &doc->tokens.items[doc->sentences.items[sentence].first_token + i];
  if (kind) *kind = (dl_token_kind)t->kind;
  return slice_of(doc, &doc->text, t->start, (size_t)t->start + t->len, !unmapped(doc, t->start));
}

/* number_read within one sentence. */
size_t dl_document_number(const dl_document *doc, size_t sentence, size_t i, double *value,
                          int *approximate) {
  double v = 0;
  int approx = 0;
  size_t k = 0;
  if (doc && sentence < doc->sentences.len) {
    const dl_sentence *s = &doc->sentences.items[sentence];
    k = number_read(doc->text.text.data, doc->tokens.items + s->first_token, s->token_count, i, &v,
                    &approx);
  }
  if (value) *value = v;
  if (approximate) *approximate = approx;
  return k;
}

void document_source_range(const dl_document *doc, size_t from, size_t to, long *start, long *end) {
  dl_text_slice s = slice_of(doc, &doc->text, from, to, !unmapped(doc, from));
  *start = s.start;
  *end = s.end;
}

size_t dl_document_cut_sentences(const dl_document *doc) { return doc ? doc->cut : 0; }
