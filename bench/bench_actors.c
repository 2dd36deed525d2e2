/* bench_actors.c: times actor recognition against the text core it runs on (read, normalise, tokenise, split).
 *
 *   build/bench-actors FILE...      (make bench)
 *
 * Loads the files into memory, then times two passes over them, best of 5:
 * the text core (dl_reader and dl_document_new on every article) and the
 * same with dl_actors_find on every document (no output written). Prints
 * MB/s of input bytes for each and how much actor recognition adds to the
 * text core, in per cent; the goal is at most 30%.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "dateline.h"

/* How many times each pass runs; the fastest counts. */
#define BENCH_RUNS 5

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
  char *buf = NULL;
  long n = -1;
  if (fseek(f, 0, SEEK_END) == 0) n = ftell(f);
  if (n >= 0 && fseek(f, 0, SEEK_SET) == 0) buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (!buf) return NULL;
  buf[n] = '\0';
  *len = (size_t)n;
  return buf;
}

/*
 * Reads every file through dl_reader and builds each article's document;
 * with lex, also finds its actors. Returns the mentions found (with lex) or
 * the sentences (without), so neither pass can be optimised away.
 */
static size_t bench_pass(dl_context *ctx, const dl_lexicon *lex, char **files, const size_t *lens, int nfiles) {
  size_t count = 0;
  for (int f = 0; f < nfiles; f++) {
    dl_reader *r = dl_reader_open_memory(ctx, "bench", files[f], lens[f], DL_FORMAT_AUTO);
    dl_article *a;
    int rc;
    while (r && (rc = dl_reader_next(r, &a)) != 0) {
      if (rc < 0) continue;
      dl_document *doc = dl_document_new(ctx, a);
      if (doc && lex) {
        dl_actors *actors = dl_actors_find(ctx, lex, a, doc);
        count += dl_actors_count(actors);
        dl_actors_free(actors);
      } else if (doc) {
        count += dl_document_sentence_count(doc);
      }
      dl_document_free(doc);
      dl_article_free(a);
    }
    dl_reader_free(r);
  }
  return count;
}

/* Loads the files, then times both passes BENCH_RUNS times, interleaved, and keeps the best of each. */
int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench-actors FILE...\n");
    return 2;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  dl_lexicon *lex = ctx ? dl_lexicon_open_builtin(ctx) : NULL;
  if (!lex) {
    fprintf(stderr, "bench-actors: cannot open the built-in lexicon\n");
    dl_context_free(ctx);
    return 1;
  }
  char **files = calloc((size_t)argc, sizeof *files);
  size_t *lens = calloc((size_t)argc, sizeof *lens), bytes = 0;
  int nfiles = 0;
  for (int i = 1; files && lens && i < argc; i++) {
    size_t len = 0;
    char *data = bench_read(argv[i], &len);
    if (!data) {
      fprintf(stderr, "bench-actors: cannot read %s\n", argv[i]);
      continue;
    }
    files[nfiles] = data;
    lens[nfiles++] = len;
    bytes += len;
  }
  double best_core = 1e9, best_actors = 1e9;
  size_t sentences = 0, mentions = 0;
  for (int run = 0; run < BENCH_RUNS; run++) {
    double t0 = bench_now();
    sentences = bench_pass(ctx, NULL, files, lens, nfiles);
    double t1 = bench_now();
    mentions = bench_pass(ctx, lex, files, lens, nfiles);
    double t2 = bench_now();
    if (t1 - t0 < best_core) best_core = t1 - t0;
    if (t2 - t1 < best_actors) best_actors = t2 - t1;
  }
  double mb = (double)bytes / 1e6;
  printf("files: %d, %.1f MB; sentences %zu, actor mentions %zu\n", nfiles, mb, sentences, mentions);
  printf("read+text core:               %7.1f MB/s  (%.3f s)\n", mb / best_core, best_core);
  printf("read+text core+actors:        %7.1f MB/s  (%.3f s)\n", mb / best_actors, best_actors);
  printf("actors adds %.0f%% to the text core (goal: at most 30%%)\n",
         100.0 * (best_actors - best_core) / best_core);
  for (int i = 0; i < nfiles; i++) free(files[i]);
  free(files);
  free(lens);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  return 0;
}
