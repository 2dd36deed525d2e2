/* bench_lexicon.c: times opening the built-in lexicon, loading dictionaries and matching phrases, and reports memory.
 *
 *   build/bench-lexicon [DICT...]     (make bench)
 *
 * Prints the time to open the built-in lexicon (the first open, then the
 * best and median of 200 more), the resident memory it adds, the time and memory to load each
 * dictionary given (PETRARCH files, say), and how many tokens a second go
 * through lex_token_key and lex_match.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "dateline.h"
#include "lexicon/lexicon.h"

#define OPENS 200

/* Seconds on the monotonic clock. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The resident set size now, in KB (VmRSS), or the peak when /proc is missing. */
static long rss_kb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmRSS:", 6) == 0) kb = strtol(line + 6, NULL, 10);
  if (f) fclose(f);
  if (kb < 0) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    kb = ru.ru_maxrss;
  }
  return kb;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Words of news text, keyed and matched over and over. */
static const char *const words[] = {
    "Forty-six", "Afghan",   "soldiers", "sought",   "refuge", "in",     "Pakistan", ",",    "Pakistan", "'s",
    "army",      "said",     "on",       "Tuesday",  ",",      "after",  "the",      "Taliban", "seized", "the",
    "border",    "town",     "and",      "U.S.",     "troops", "left",   "the",      "Islamic", "Republic", "of",
    "Afghanistan", ".",      "The",      "UN",       "Security", "Council", "met",   "Imran",  "Khan",    "."};

int main(int argc, char **argv) {
  dl_context *ctx = dl_context_new(NULL, NULL);
  long base = rss_kb();
  /* The first open touches the blob's pages for the first time. */
  double first = now();
  dl_lexicon *cold = dl_lexicon_open_builtin(ctx);
  first = now() - first;
  dl_lexicon_free(cold);
  double t[OPENS];
  for (int i = 0; i < OPENS; i++) {
    double a = now();
    dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
    t[i] = now() - a;
    if (!lex) {
      fprintf(stderr, "bench-lexicon: %s\n", dl_context_errmsg(ctx));
      return 1;
    }
    dl_lexicon_free(lex);
  }
  qsort(t, OPENS, sizeof *t, cmp_double);
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  long opened = rss_kb();
  printf("open built-in lexicon: first %.3f ms, then best %.3f ms, median %.3f ms; resident +%.1f MB (%.1f MB in all)\n",
         first * 1e3, t[0] * 1e3, t[OPENS / 2] * 1e3, (double)(opened - base) / 1024, (double)opened / 1024);
  for (int i = 1; i < argc; i++) {
    dl_dictionary_stats st;
    long before = rss_kb();
    double a = now();
    int rc = dl_lexicon_load_dictionary(lex, argv[i], NULL, &st);
    double secs = now() - a;
    const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
    printf("load %s: %s, %zu entries in %.1f ms, resident +%.1f MB (%.1f MB in all)\n", name,
           rc == DL_OK ? st.format : dl_strerror(rc), st.entries, secs * 1e3,
           (double)(rss_kb() - before) / 1024, (double)rss_kb() / 1024);
  }
  /* Keys and longest matches over the words, as the actor stage asks for them. */
  size_t n = sizeof words / sizeof *words;
  char keys[sizeof words / sizeof *words][LEX_MAX_TOKEN_KEY];
  const char *kp[sizeof words / sizeof *words];
  size_t kl[sizeof words / sizeof *words];
  size_t tokens = 0, matches = 0;
  double a = now();
  for (int round = 0; round < 20000; round++) {
    for (size_t i = 0; i < n; i++) {
      kl[i] = lex_token_key(lex, words[i], strlen(words[i]), keys[i], sizeof keys[i]);
      kp[i] = keys[i];
    }
    for (size_t i = 0; i < n;) {
      const lex_entry *hits[LEX_MAX_HITS];
      size_t nhits;
      size_t left = n - i < LEX_MAX_PHRASE_TOKENS ? n - i : LEX_MAX_PHRASE_TOKENS;
      size_t k = lex_match(lex, kp + i, kl + i, left, hits, &nhits);
      matches += k != 0;
      i += k ? k : 1;
    }
    tokens += n;
  }
  double secs = now() - a;
  printf("key and match: %.1f million tokens/s (%zu matches a round of %zu tokens)\n", (double)tokens / secs / 1e6,
         matches / 20000, n);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  return 0;
}
