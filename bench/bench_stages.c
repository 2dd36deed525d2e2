/* bench_stages.c: times the event pipeline stage by stage: read, text, actors, events, places and dates, write.
 *
 *   build/bench-stages FILE...      (make bench)
 *
 * Loads the files into memory, then runs six passes over them, each doing
 * one stage more than the one before: read (dl_reader), text (the
 * document: normalise, tokenise, split), actors, events (tagging, clause
 * roles, patterns), places and dates (the resolution stage), write (the
 * JSON Lines of every event, into memory). Each pass runs BENCH_RUNS times
 * and its median time counts; a stage's own cost is its pass less the one
 * before. Prints MB/s (input bytes), articles, sentences and events a
 * second for each pass, the share of the whole each stage takes, and the
 * peak resident memory. No output is written, so the disk is not timed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/buffer.h"
#include "event/events.h"
#include "resolve/places.h"
#include "resolve/resolve.h"

/* How many times each pass runs; the median counts. */
#define BENCH_RUNS 5

enum { STAGE_READ, STAGE_TEXT, STAGE_ACTORS, STAGE_EVENTS, STAGE_RESOLVE, STAGE_WRITE, STAGE_COUNT };

static const char *const stage_names[STAGE_COUNT] = {"read",   "+ text",             "+ actors",
                                                     "+ events", "+ places and dates", "+ write"};

/* What one pass counted, so that no pass can be optimised away. */
typedef struct tally {
  size_t articles, sentences, events, bytes_out;
} tally;

static double bench_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

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

/* Runs every article through the stages up to last. */
static tally bench_pass(dl_context *ctx, const dl_coder *coder, char **files, const size_t *lens, int nfiles,
                        int last) {
  tally t = {0, 0, 0, 0};
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  for (int f = 0; f < nfiles; f++) {
    dl_reader *r = dl_reader_open_memory(ctx, "bench", files[f], lens[f], DL_FORMAT_AUTO);
    dl_article *a;
    int rc;
    while (r && (rc = dl_reader_next(r, &a)) != 0) {
      if (rc < 0) continue;
      t.articles++;
      dl_document *doc = last >= STAGE_TEXT ? dl_document_new(ctx, a) : NULL;
      if (doc) t.sentences += dl_document_sentence_count(doc);
      dl_events ev;
      memset(&ev, 0, sizeof ev);
      ev.ctx = ctx;
      actor_story story;
      actor_story_of(a, &story);
      int32_t day = story.day;
      if (doc && last >= STAGE_ACTORS) actor_find(ctx, coder->lex, doc, &story, &ev.mentions);
      if (doc && last >= STAGE_EVENTS)
        event_code_document(ctx, coder->lex, &coder->tables, doc, &ev.mentions, &ev.events, NULL);
      if (doc && last >= STAGE_RESOLVE) {
        /* As dl_events_code does: places in the sentences with events only. */
        place_mention_vec places = {0};
        if (ev.events.len) {
          uint8_t *only = calloc(doc->sentences.len ? doc->sentences.len : 1, 1);
          for (size_t k = 0; only && k < ev.events.len; k++) only[ev.events.items[k].sentence] = 1;
          if (only) places_find(ctx, coder->lex, a, doc, &ev.mentions, only, &places);
          free(only);
        }
        events_resolve(ctx, doc, &ev.mentions, &places, day, &ev.events);
        DL_VEC_FREE(ctx, places);
      }
      if (doc && last >= STAGE_WRITE) {
        dl_buffer_clear(&out);
        dl_write_events_json(&out, a, doc, &ev);
        t.bytes_out += out.len;
      }
      t.events += ev.events.len;
      DL_VEC_FREE(ctx, ev.mentions);
      DL_VEC_FREE(ctx, ev.events);
      dl_document_free(doc);
      dl_article_free(a);
    }
    dl_reader_free(r);
  }
  dl_buffer_free(&out);
  return t;
}

static int compare_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench-stages FILE...\n");
    return 2;
  }
  int nfiles = argc - 1;
  char **files = calloc((size_t)nfiles, sizeof *files);
  size_t *lens = calloc((size_t)nfiles, sizeof *lens);
  size_t total = 0;
  for (int i = 0; i < nfiles; i++) {
    files[i] = bench_read(argv[i + 1], &lens[i]);
    if (!files[i]) {
      fprintf(stderr, "bench-stages: cannot read %s\n", argv[i + 1]);
      return 2;
    }
    total += lens[i];
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  dl_coder *coder = lex ? dl_coder_new(ctx, lex, NULL) : NULL;
  if (!coder) {
    fprintf(stderr, "bench-stages: no lexicon or coder\n");
    return 2;
  }
  double median[STAGE_COUNT];
  tally counts[STAGE_COUNT];
  for (int s = 0; s < STAGE_COUNT; s++) {
    double times[BENCH_RUNS];
    for (int run = 0; run < BENCH_RUNS; run++) {
      double t0 = bench_now();
      counts[s] = bench_pass(ctx, coder, files, lens, nfiles, s);
      times[run] = bench_now() - t0;
    }
    qsort(times, BENCH_RUNS, sizeof *times, compare_double);
    median[s] = times[BENCH_RUNS / 2];
  }
  const tally *all = &counts[STAGE_COUNT - 1];
  printf("%.2f MB in %d files: %zu articles, %zu sentences, %zu events; median of %d runs\n", (double)total / 1e6,
         nfiles, all->articles, all->sentences, all->events, BENCH_RUNS);
  printf("%-20s %9s %9s %11s %12s %10s %8s\n", "pass", "median s", "MB/s", "articles/s", "sentences/s", "events/s",
         "stage %");
  for (int s = 0; s < STAGE_COUNT; s++) {
    double own = median[s] - (s ? median[s - 1] : 0);
    double secs = median[s] > 0 ? median[s] : 1e-9;
    printf("%-20s %9.3f %9.1f %11.0f %12.0f %10.0f %7.1f%%\n", stage_names[s], median[s],
           (double)total / 1e6 / secs, (double)all->articles / secs, (double)all->sentences / secs,
           (double)all->events / secs, 100.0 * own / median[STAGE_COUNT - 1]);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("peak RSS %.1f MB (the corpus in memory included)\n", (double)ru.ru_maxrss / 1024.0);
  dl_coder_free(coder);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  for (int i = 0; i < nfiles; i++) free(files[i]);
  free(files);
  free(lens);
  return 0;
}
