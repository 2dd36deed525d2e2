/* fuzz_reader_sgml.c: libFuzzer target for the Reuters-21578 and GigaWord SGML reader, through the public API only. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads the input as DL_FORMAT_SGML: every article, its document, its JSON line. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_read_all("stories.sgm", (const char *)data, size, DL_FORMAT_SGML);
  return 0;
}
