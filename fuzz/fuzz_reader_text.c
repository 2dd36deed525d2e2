/* fuzz_reader_text.c: libFuzzer target for the plain-text story reader, through the public API only. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads the input as DL_FORMAT_TEXT: every article, its document, its JSON line. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_read_all("story.txt", (const char *)data, size, DL_FORMAT_TEXT);
  return 0;
}
