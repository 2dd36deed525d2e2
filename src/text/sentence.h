/* sentence.h: finding sentence boundaries in a token stream (internal). */
#ifndef DL_TEXT_SENTENCE_H
#define DL_TEXT_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

/* A sentence: a run of tokens and the normalised text they cover. */
typedef struct dl_sentence {
  uint32_t start;       /* offset of its first byte in the normalised text */
  uint32_t end;         /* offset after its last byte */
  uint32_t first_token; /* index of its first token */
  uint32_t token_count; /* how many tokens */
} dl_sentence;

typedef DL_VEC(dl_sentence) dl_sentence_vec;

/*
 * Splits tokens[first, first+count) of text into sentences, appending to out.
 * Breaks after . ! ? and their closing quotes or brackets unless the period
 * ends an abbreviation that does not close sentences (Gen., Mr., Jan. 5),
 * and caps a sentence at max_tokens tokens so later stages stay bounded.
 */
int sentence_split(dl_context *ctx, const char *text, const dl_token *tokens, size_t first,
                   size_t count, size_t max_tokens, dl_sentence_vec *out);

#endif
