/* builtin.c: the lexicon compiled into the library from data/actors/ and WordNet. */
#include "lexicon/store.h"

/* The blob and its size, from lexicon_blob.S (assembled with .incbin at build time). */
extern const unsigned char dl_lexicon_blob_data[];
extern const uint64_t dl_lexicon_blob_size;

dl_lexicon *dl_lexicon_open_builtin(dl_context *ctx) {
  if (!ctx) return NULL;
  return lex_open(ctx, dl_lexicon_blob_data, (size_t)dl_lexicon_blob_size, NULL, 0, NULL, 0);
}
