/* runner.c: runs every test suite and ends with "N passed, N failed". */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "test.h"

void test_check(test_state *ts, int ok, const char *file, int line, const char *fmt, ...) {
  if (ok) {
    ts->passed++;
    return;
  }
  ts->failed++;
  fprintf(stderr, "FAIL %s:%d: ", file, line);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

char *test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (n + 4096 + 1 > cap) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  fclose(f);
  buf[n] = '\0';
  if (len) *len = n;
  return buf;
}

int test_run_command(const char *cmd, char **out, size_t *out_len) {
  FILE *p = popen(cmd, "r");
  if (!p) return -1;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (n + 4096 + 1 > cap) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    size_t got = fread(buf + n, 1, cap - n - 1, p);
    n += got;
    if (got == 0) break;
  }
  buf[n] = '\0';
  int status = pclose(p);
  if (out) *out = buf; else free(buf);
  if (out_len) *out_len = n;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static int name_compare(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Runs every .txt file of tests/spec in sorted order. */
static void spec_run_all(test_state *ts) {
  char path[4096];
  snprintf(path, sizeof path, "%s/spec", ts->dir);
  DIR *d = opendir(path);
  if (!d) {
    CHECK(ts, 0, "cannot open %s", path);
    return;
  }
  char *names[256];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 256) {
    size_t len = strlen(e->d_name);
    if (len > 4 && strcmp(e->d_name + len - 4, ".txt") == 0) names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, name_compare);
  for (size_t i = 0; i < n; i++) {
    if (!ts->filter || strstr(names[i], ts->filter)) {
      snprintf(path, sizeof path, "%s/spec/%s", ts->dir, names[i]);
      spec_run_file(ts, path);
    }
    free(names[i]);
  }
}

int main(int argc, char **argv) {
  test_state ts = {0, 0, "build/dateline", "tests", NULL};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--cli") == 0 && i + 1 < argc) ts.cli = argv[++i];
    else if (strcmp(argv[i], "--filter") == 0 && i + 1 < argc) ts.filter = argv[++i];
    else ts.dir = argv[i];
  }
  spec_run_all(&ts);
  if (!ts.filter || strstr("api", ts.filter)) api_run(&ts);
  if (!ts.filter || strstr("golden", ts.filter)) golden_run(&ts);
  if (!ts.filter || strstr("hostile", ts.filter)) hostile_run(&ts);
  if (!ts.filter || strstr("writers", ts.filter)) writers_run(&ts);
  if (!ts.filter || strstr("cli_code", ts.filter)) cli_code_run(&ts);
  printf("%d passed, %d failed\n", ts.passed, ts.failed);
  return ts.failed ? 1 : 0;
}
