/* fuzz_text.c: libFuzzer target for the text stage: normaliser, tokeniser, sentence splitter and numbers. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Wraps the input as one plain-text article and walks every token of every
 * sentence, asking for a number at each. The reader targets cover this too,
 * but here the mutator spends all its effort on text rather than on record
 * syntax, and there is no JSON writer in the loop to slow it down.
 */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dl_context *ctx = dl_context_new(NULL, NULL);
  FUZZ_REQUIRE(ctx != NULL, "no context");
  dl_reader *reader = dl_reader_open_memory(ctx, "text.txt", (const char *)data, size, DL_FORMAT_TEXT);
  if (!reader) {
    dl_context_free(ctx);
    return 0;
  }
  fuzz_input in = {size, 1};
  unsigned sum = 0;
  size_t calls = 0;
  for (;;) {
    dl_article *article = NULL;
    int r = dl_reader_next(reader, &article);
    FUZZ_REQUIRE(++calls <= size + 16, "reader makes no progress");
    if (r == 0) break;
    if (r < 0) continue;
    dl_document *doc = dl_document_new(ctx, article);
    if (doc) {
      sum += fuzz_walk_document(&in, doc);
      dl_document_free(doc);
    }
    dl_article_free(article);
  }
  dl_reader_free(reader);
  dl_context_free(ctx);
  volatile unsigned sink = sum;
  (void)sink;
  return 0;
}
