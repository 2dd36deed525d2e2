/* fuzz_reader_jsonl.c: libFuzzer target for the JSON Lines reader, through the public API only. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads the input as DL_FORMAT_JSONL: every article, its document, its JSON line. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_read_all("stories.jsonl", (const char *)data, size, DL_FORMAT_JSONL);
  return 0;
}
