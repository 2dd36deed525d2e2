/* fuzz_code.c: libFuzzer target for the event coder: tagging, clause roles, pattern matching and the event writers. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/buffer.h"
#include "fuzz_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Wraps the input as one plain-text article dated 2021-07-26, finds its
 * actors and codes its events, and writes them in all three formats. The
 * lexicon and coder are read-only and shared by every run, as threads share
 * them; they are made once, on the first input, since reading ten thousand
 * verb patterns per input would leave the fuzzer little time for the coder.
 */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static dl_context *shared_ctx;
  static dl_lexicon *lex;
  static dl_coder *coder;
  if (!coder) {
    shared_ctx = dl_context_new(NULL, NULL);
    FUZZ_REQUIRE(shared_ctx != NULL, "no context");
    lex = dl_lexicon_open_builtin(shared_ctx);
    FUZZ_REQUIRE(lex != NULL, "no built-in lexicon");
    coder = dl_coder_new(shared_ctx, lex, NULL);
    FUZZ_REQUIRE(coder != NULL, "no coder");
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  FUZZ_REQUIRE(ctx != NULL, "no context");
  dl_reader *reader = dl_reader_open_memory(ctx, "code.txt", (const char *)data, size, DL_FORMAT_TEXT);
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  size_t calls = 0;
  for (;;) {
    dl_article *article = NULL;
    int r = reader ? dl_reader_next(reader, &article) : 0;
    FUZZ_REQUIRE(++calls <= size + 16, "reader makes no progress");
    if (r == 0) break;
    if (r < 0) continue;
    dl_article_default_date(article, "2021-07-26");
    dl_document *doc = dl_document_new(ctx, article);
    dl_events *events = doc ? dl_events_code(ctx, coder, article, doc) : NULL;
    if (events) {
      dl_buffer_clear(&out);
      FUZZ_REQUIRE(dl_write_events_json(&out, article, doc, events) == DL_OK, "JSON writer failed");
      /* One line per event, each a JSON object. */
      size_t lines = 0;
      for (size_t i = 0; i < out.len; i++) lines += out.data[i] == '\n';
      FUZZ_REQUIRE(lines == dl_events_count(events), "JSON lines and events differ");
      FUZZ_REQUIRE(out.len == 0 || out.data[0] == '{', "a JSON line does not start an object");
      FUZZ_REQUIRE(dl_write_events_gdelt(&out, article, doc, events) == DL_OK, "GDELT writer failed");
      FUZZ_REQUIRE(dl_write_events_csv(&out, article, doc, events) == DL_OK, "CSV writer failed");
    }
    dl_events_free(events);
    dl_document_free(doc);
    dl_article_free(article);
  }
  dl_buffer_free(&out);
  dl_reader_free(reader);
  dl_context_free(ctx);
  return 0;
}
