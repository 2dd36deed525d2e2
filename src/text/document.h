/* document.h: the text stage's document, for the stages that read its tokens (internal). */
#ifndef DL_TEXT_DOCUMENT_H
#define DL_TEXT_DOCUMENT_H

#include <stdint.h>

#include "core/context.h"
#include "text/normalize.h"
#include "text/sentence.h"
#include "text/tokenize.h"

/* Most tokens in one sentence; longer runs are cut so later stages stay bounded. */
#define DOC_MAX_SENTENCE_TOKENS 1000
/* Most paragraphs kept apart; the text of any further ones joins the last. */
#define DOC_MAX_PARAGRAPHS 100000

/* A range [start, end) of the normalised text. */
typedef struct doc_range {
  uint32_t start; /* first byte */
  uint32_t end;   /* one past the last byte */
} doc_range;

/*
 * The text is one normalised buffer: the headline, "\n\n", then the body
 * paragraphs joined by "\n\n". Sentence 0 is the headline; sentences never
 * cross paragraphs. Tokens and sentences are offsets into the buffer, and the
 * buffer's anchors map them back to the article's source.
 */
struct dl_document {
  dl_context *ctx;              /* the allocator */
  long base;                    /* input offset of the article's source text */
  norm_text text;               /* headline and body */
  norm_text caption;            /* the caption, normalised on its own */
  doc_range headline;           /* the headline in text; empty when there is none */
  int headline_in_source;       /* 1 when the headline has source offsets (not metadata) */
  uint32_t body_start;          /* where the body begins in text */
  DL_VEC(doc_range) paragraphs; /* each body paragraph in text */
  dl_token_vec tokens;          /* every token, headline first */
  dl_sentence_vec sentences;    /* 0 is the headline */
  size_t cut;                   /* sentences cut at DOC_MAX_SENTENCE_TOKENS (the headline's rest is dropped) */
};

/* The input offsets [start, end) of normalised text [from, to) of the document. */
void document_source_range(const dl_document *doc, size_t from, size_t to, long *start, long *end);

#endif
