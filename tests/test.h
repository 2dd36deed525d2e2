/* test.h: the test runner's shared declarations: counting checks and spec handlers. */
#ifndef DL_TESTS_TEST_H
#define DL_TESTS_TEST_H

#include <stddef.h>

#include "dateline.h"

/* What a run has counted so far. */
typedef struct test_state {
  int passed;         /* checks that held */
  int failed;         /* checks that did not */
  const char *cli;    /* path of the dateline binary for CLI tests */
  const char *dir;    /* the tests directory */
  const char *filter; /* run only tests whose name contains this, or NULL */
} test_state;

/* Counts one check; prints file:line and the message when it fails. */
void test_check(test_state *ts, int ok, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
#define CHECK(ts, cond, ...) test_check((ts), (cond) ? 1 : 0, __FILE__, __LINE__, __VA_ARGS__)

/*
 * A spec handler renders an example's input the way the spec file shows its
 * expected output. Returns DL_OK, or an error code the runner reports.
 */
typedef int (*spec_handler)(dl_context *ctx, const char *input, size_t len, dl_buffer *out);

/* Handlers by the name after "example" in a spec file; NULL when unknown. */
spec_handler spec_text_handler(const char *kind);
spec_handler spec_article_handler(const char *kind);
spec_handler spec_lexicon_handler(const char *kind);
spec_handler spec_actors_handler(const char *kind);
spec_handler spec_tag_handler(const char *kind);
spec_handler spec_events_handler(const char *kind);
spec_handler spec_petrarch_verbs_handler(const char *kind);
spec_handler spec_dates_handler(const char *kind);
spec_handler spec_counts_handler(const char *kind);
spec_handler spec_gazetteer_handler(const char *kind);
spec_handler spec_places_handler(const char *kind);

/* Runs every example of a spec file. */
void spec_run_file(test_state *ts, const char *path);

/*
 * The one plain-text story of a spec example: a first line "@date
 * YYYY-MM-DD" dates it (as --date would). NULL when the input holds none.
 */
dl_article *spec_read_story(dl_context *ctx, const char *input, size_t len);

/* Suites in their own files. */
void golden_run(test_state *ts);  /* CLI output against tests/golden/ */
void hostile_run(test_state *ts); /* pathological inputs, tests/hostile/ */
void api_run(test_state *ts);     /* library API: allocator failure, errors */
void writers_run(test_state *ts); /* event writers: JSON Lines, GDELT read back, CSV */
void cli_code_run(test_state *ts); /* dateline code: threads, bad records, formats, exit codes */

/* Reads a whole file into a malloc'd NUL-terminated buffer; NULL on error. */
char *test_read_file(const char *path, size_t *len);
/* Runs a shell command, captures standard output; returns the exit status. */
int test_run_command(const char *cmd, char **out, size_t *out_len);

#endif
