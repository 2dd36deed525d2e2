/* dictc.c: the build's dictionary compiler: the data/actors dictionaries and WordNet into the blob embedded in the library. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"

/* Prints how to call it. */
static void usage(void) {
  fprintf(stderr, "usage: dateline-dictc -o BLOB [--wordnet DIR] [DICT...]\n");
}

/* Writes the blob to path through a temporary file, so a failed build leaves no half blob. */
static int write_blob(const char *path, const dl_buffer *blob) {
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "wb");
  if (!f) return -1;
  int ok = fwrite(blob->data, 1, blob->len, f) == blob->len;
  ok = fclose(f) == 0 && ok;
  if (!ok || rename(tmp, path) != 0) {
    remove(tmp);
    return -1;
  }
  return 0;
}

int main(int argc, char **argv) {
  const char *out = NULL, *wordnet = NULL;
  const char **dicts = calloc((size_t)argc, sizeof *dicts);
  size_t ndicts = 0;
  if (!dicts) return 2;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) out = argv[++i];
    else if (strcmp(argv[i], "--wordnet") == 0 && i + 1 < argc) wordnet = argv[++i];
    else if (argv[i][0] == '-') {
      usage();
      free(dicts);
      return 2;
    } else dicts[ndicts++] = argv[i];
  }
  if (!out) {
    usage();
    free(dicts);
    return 2;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  dl_buffer blob, errors;
  dl_buffer_init(&blob, ctx);
  dl_buffer_init(&errors, ctx);
  int rc = dl_lexicon_compile(ctx, dicts, ndicts, wordnet, NULL, &blob, &errors);
  if (errors.len) fputs(errors.data, stderr);
  int status = 0;
  if (rc != DL_OK) {
    fprintf(stderr, "dateline-dictc: %s: %s\n", dl_strerror(rc), dl_context_errmsg(ctx));
    status = 1;
  } else if (write_blob(out, &blob) != 0) {
    fprintf(stderr, "dateline-dictc: cannot write %s\n", out);
    status = 1;
  } else {
    fprintf(stderr, "dateline-dictc: %s: %zu bytes from %zu dictionar%s\n", out, blob.len, ndicts,
            ndicts == 1 ? "y" : "ies");
  }
  dl_buffer_free(&errors);
  dl_buffer_free(&blob);
  dl_context_free(ctx);
  free(dicts);
  return status;
}
