/* bench_text.c: times the text stage (normalise, tokenise, split) and the whole reader+text path.
 *
 *   cc -O2 -Iinclude -Isrc bench/bench_text.c build/libdateline.a -lutf8proc -ljansson -lm \
 *      -o build/bench-text
 *   build/bench-text FILE...      (.sgm: Reuters-21578 bodies; anything else: one story a file)
 *
 * Prints MB/s of input bytes for three paths: normalise only, normalise +
 * tokenise + split sentences on the bodies, and dl_reader + dl_document_new
 * on the files as given (read, structure, normalise, tokenise, split).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/buffer.h"
#include "text/normalize.h"
#include "text/sentence.h"
#include "text/tokenize.h"

/* Bodies to time: offsets into one buffer. */
typedef struct bench_corpus {
  char *text;       /* every body, one after another */
  size_t len;       /* bytes used */
  size_t cap;       /* bytes allocated */
  size_t *ends;     /* end offset of each body */
  size_t count;     /* how many bodies */
  size_t ends_cap;  /* room in ends */
  unsigned flags;   /* NORM_* to normalise with */
} bench_corpus;

/* Seconds on a monotonic clock. */
static double bench_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Reads a whole file; NULL on error. */
static char *bench_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) buf[n] = '\0';
  *len = (size_t)n;
  return buf;
}

/* Appends one body to the corpus. */
static void bench_add(bench_corpus *c, const char *s, size_t n) {
  if (c->len + n > c->cap) {
    c->cap = (c->len + n) * 2;
    c->text = realloc(c->text, c->cap);
  }
  if (c->count == c->ends_cap) {
    c->ends_cap = c->ends_cap ? c->ends_cap * 2 : 1024;
    c->ends = realloc(c->ends, c->ends_cap * sizeof *c->ends);
  }
  memcpy(c->text + c->len, s, n);
  c->len += n;
  c->ends[c->count++] = c->len;
}

/* Adds a file: each <BODY> of an SGML file, or the whole of anything else. */
static void bench_add_file(bench_corpus *c, const char *data, size_t len, int sgml) {
  if (!sgml) {
    bench_add(c, data, len);
    return;
  }
  const char *p = data;
  while ((p = strstr(p, "<BODY>"))) {
    p += 6;
    const char *e = strstr(p, "</BODY>");
    if (!e) break;
    bench_add(c, p, (size_t)(e - p));
    p = e;
  }
}

/* Runs the text stage over every body; tokenise and split unless norm_only. */
static size_t bench_text_pass(dl_context *ctx, const bench_corpus *c, int norm_only) {
  norm_text t;
  dl_token_vec tokens = {NULL, 0, 0};
  dl_sentence_vec sentences = {NULL, 0, 0};
  size_t total = 0, start = 0;
  norm_init(&t, ctx);
  for (size_t i = 0; i < c->count; i++) {
    dl_buffer_clear(&t.text);
    t.anchors.len = 0;
    norm_append(&t, c->text, start, c->ends[i] - start, c->flags);
    start = c->ends[i];
    if (norm_only || !t.text.data) continue;
    tokens.len = sentences.len = 0;
    tokenize(ctx, t.text.data, 0, t.text.len, &tokens);
    sentence_split(ctx, t.text.data, tokens.items, 0, tokens.len, 1000, &sentences);
    total += sentences.len;
  }
  DL_VEC_FREE(ctx, tokens);
  DL_VEC_FREE(ctx, sentences);
  norm_free(&t);
  return total;
}

/* Reads every file through dl_reader and builds each article's document. */
static size_t bench_full_pass(dl_context *ctx, char **files, size_t *lens, int nfiles) {
  size_t sentences = 0;
  for (int f = 0; f < nfiles; f++) {
    dl_reader *r = dl_reader_open_memory(ctx, "bench", files[f], lens[f], DL_FORMAT_AUTO);
    dl_article *a;
    int rc;
    while (r && (rc = dl_reader_next(r, &a)) != 0) {
      if (rc < 0) continue;
      dl_document *doc = dl_document_new(ctx, a);
      sentences += dl_document_sentence_count(doc);
      dl_document_free(doc);
      dl_article_free(a);
    }
    dl_reader_free(r);
  }
  return sentences;
}

/* Loads the files, then times each path five times and keeps the best. */
int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench-text FILE...\n");
    return 2;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  bench_corpus c = {NULL, 0, 0, NULL, 0, 0, NORM_COLLAPSE_SPACE};
  char **files = calloc((size_t)argc, sizeof *files);
  size_t *lens = calloc((size_t)argc, sizeof *lens), file_bytes = 0;
  int nfiles = 0;
  for (int i = 1; i < argc; i++) {
    size_t len;
    char *data = bench_read(argv[i], &len);
    if (!data) {
      fprintf(stderr, "bench-text: cannot read %s\n", argv[i]);
      continue;
    }
    size_t n = strlen(argv[i]);
    int sgml = n > 4 && strcmp(argv[i] + n - 4, ".sgm") == 0;
    if (sgml) c.flags |= NORM_SGML_ENTITIES;
    bench_add_file(&c, data, len, sgml);
    files[nfiles] = data;
    lens[nfiles++] = len;
    file_bytes += len;
  }
  double mb = (double)c.len / 1e6, best_norm = 1e9, best_text = 1e9, best_full = 1e9;
  size_t sentences = 0, full_sentences = 0;
  for (int run = 0; run < 5; run++) {
    double t0 = bench_now();
    bench_text_pass(ctx, &c, 1);
    double t1 = bench_now();
    sentences = bench_text_pass(ctx, &c, 0);
    double t2 = bench_now();
    full_sentences = bench_full_pass(ctx, files, lens, nfiles);
    double t3 = bench_now();
    if (t1 - t0 < best_norm) best_norm = t1 - t0;
    if (t2 - t1 < best_text) best_text = t2 - t1;
    if (t3 - t2 < best_full) best_full = t3 - t2;
  }
  printf("bodies: %zu, %.1f MB; sentences %zu\n", c.count, mb, sentences);
  printf("normalise:                    %7.1f MB/s\n", mb / best_norm);
  printf("normalise+tokenise+split:     %7.1f MB/s\n", mb / best_text);
  printf("files: %.1f MB; sentences %zu\n", (double)file_bytes / 1e6, full_sentences);
  printf("read+structure+text stage:    %7.1f MB/s\n", (double)file_bytes / 1e6 / best_full);
  for (int i = 0; i < nfiles; i++) free(files[i]);
  free(files);
  free(lens);
  free(c.text);
  free(c.ends);
  dl_context_free(ctx);
  return 0;
}
