/* cli_code.c: `dateline code`: threads give the same output, bad records, formats and exit codes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

/* Sentences the generated articles are made of; most name actors and an event. */
static const char *const sentences[] = {
    "Pakistan's army said on Monday that Afghan soldiers sought refuge in Pakistan.",
    "The United Nations condemned the attack on the convoy near Kandahar.",
    "Iran accused the United States of violating the nuclear agreement.",
    "Police arrested two protesters outside the parliament in Nairobi.",
    "Russia and Turkey agreed to resume talks on the Black Sea grain deal.",
    "Rebels attacked a military base in northern Mali, killing five soldiers.",
    "The Afghan government asked Pakistan to return the soldiers.",
    "China criticised Japan over its plan to release water from the plant.",
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.",
    "Israeli troops fired on Palestinian protesters in Gaza, the health ministry said.",
    "The European Union imposed new sanctions on Belarus.",
    "Afghan officials did not respond to a request for comment.",
};
#define NSENTENCES (sizeof sentences / sizeof *sentences)

/* Counts the lines of s. */
static size_t count_lines(const char *s) {
  size_t n = 0;
  for (; s && (s = strchr(s, '\n')); s++) n++;
  return n;
}

/* Runs `dateline ARGS`; its exit status, with stdout in *out (free it). */
static int code_run(test_state *ts, const char *args, char **out) {
  char cmd[16384];
  if (snprintf(cmd, sizeof cmd, "%.4000s %.8191s", ts->cli, args) >= (int)sizeof cmd) {
    *out = NULL;
    return -1;
  }
  return test_run_command(cmd, out, NULL);
}

/* Writes text to dir/name; the path in path. Returns 0 on success. */
static int write_file(const char *dir, const char *name, const char *text, char *path,
                      size_t size) {
  snprintf(path, size, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  int ok = fputs(text, f) >= 0;
  return fclose(f) == 0 && ok ? 0 : -1;
}

/* 200 articles, each a headline and a few paragraphs picked from the sentences. */
static char *many_articles(void) {
  size_t cap = 1 << 20, len = 0;
  char *s = malloc(cap);
  if (!s) return NULL;
  for (unsigned i = 0; i < 200; i++) {
    len += (size_t)snprintf(s + len, cap - len,
                            "{\"id\":\"gen-%03u\",\"date\":\"2021-07-%02u\",\"title\":\"%s\",\"text\":\"",
                            i, 1 + i % 28, sentences[i % NSENTENCES]);
    /* Up to six paragraphs, so articles differ in length and the threads finish out of order. */
    for (unsigned k = 0; k < 1 + (i * 7) % 6; k++) {
      len += (size_t)snprintf(s + len, cap - len, "%s%s", k ? "\\n\\n" : "",
                              sentences[(i * 5 + k * 3) % NSENTENCES]);
    }
    len += (size_t)snprintf(s + len, cap - len, "\"}\n");
  }
  return s;
}

/* -j 2 and -j 3 write exactly what -j 1 writes, in every format. */
static void code_threads(test_state *ts, const char *dir) {
  char path[4096], args[8192];
  char *text = many_articles();
  CHECK(ts, text && write_file(dir, "many.jsonl", text, path, sizeof path) == 0,
        "code: cannot write the generated input");
  free(text);
  static const char *const formats[] = {"jsonl", "gdelt", "csv"};
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    char *one = NULL;
    snprintf(args, sizeof args, "code --quiet --format %s -j 1 '%s'", formats[f], path);
    int status = code_run(ts, args, &one);
    CHECK(ts, status == 0, "code %s -j 1: exit status %d", formats[f], status);
    CHECK(ts, one && count_lines(one) >= 50, "code %s -j 1: %zu lines for 200 articles", formats[f],
          count_lines(one));
    for (int jobs = 2; jobs <= 3; jobs++) {
      char *many = NULL;
      snprintf(args, sizeof args, "code --quiet --format %s -j %d '%s'", formats[f], jobs, path);
      status = code_run(ts, args, &many);
      CHECK(ts, status == 0, "code %s -j %d: exit status %d", formats[f], jobs, status);
      CHECK(ts, one && many && strcmp(one, many) == 0,
            "code %s: -j %d output differs from -j 1 (%zu and %zu lines)", formats[f], jobs,
            count_lines(many), count_lines(one));
      free(many);
    }
    if (f == 0 && one) {
      /* Input order: the first event line names the first article that has events. */
      CHECK(ts, strstr(one, "\"article\":\"gen-000\"") != NULL, "code: gen-000 has no events");
    }
    if (f == 1 && one) {
      /* GDELT rows have 61 columns. */
      size_t tabs = 0;
      for (const char *p = one; *p && *p != '\n'; p++) tabs += *p == '\t';
      CHECK(ts, tabs == 60, "code gdelt: %zu columns, want 61", tabs + 1);
    }
    free(one);
  }
  unlink(path);
}

/* A damaged batch: the good records are coded, the bad one is reported, exit 1. */
static void code_bad_records(test_state *ts, const char *dir) {
  char input[4096], errors[4096], err_path[4096], args[16384];
  CHECK(ts, write_file(dir, "mixed.jsonl",
                       "{\"id\":\"good-1\",\"date\":\"2021-07-26\",\"text\":\"Pakistan's army said "
                       "Afghan soldiers sought refuge in Pakistan.\"}\n"
                       "{\"id\":\"bad\",\"text\":\n"
                       "{\"id\":\"good-2\",\"date\":\"2021-07-26\",\"text\":\"Police arrested two "
                       "protesters in Nairobi.\"}\n",
                       input, sizeof input) == 0,
        "code: cannot write the damaged input");
  snprintf(errors, sizeof errors, "%s/errors.jsonl", dir);
  snprintf(err_path, sizeof err_path, "%s/stderr.txt", dir);
  for (int jobs = 1; jobs <= 2; jobs++) {
    char *out = NULL;
    snprintf(args, sizeof args, "code -j %d --errors '%s' '%s' 2>'%s'", jobs, errors, input,
             err_path);
    int status = code_run(ts, args, &out);
    CHECK(ts, status == 1, "code -j %d, a bad record: exit status %d, want 1", jobs, status);
    CHECK(ts, out && strstr(out, "\"article\":\"good-1\""),
          "code -j %d: the good record before the bad one is not coded:\n%s", jobs,
          out ? out : "");
    free(out);
    char *ej = test_read_file(errors, NULL);
    CHECK(ts, ej && count_lines(ej) == 1 && strstr(ej, "mixed.jsonl") && strstr(ej, "\"line\":2"),
          "code -j %d --errors: want one line for mixed.jsonl line 2:\n%s", jobs, ej ? ej : "");
    free(ej);
    char *err = test_read_file(err_path, NULL);
    CHECK(ts, err && strstr(err, "mixed.jsonl:2:"), "code -j %d: stderr does not name line 2:\n%s",
          jobs, err ? err : "");
    free(err);
  }
  unlink(input);
  unlink(errors);
  unlink(err_path);
}

/* CSV: the header row even when there is nothing to code. */
static void code_csv_empty(test_state *ts, const char *dir) {
  char input[4096], args[8192];
  CHECK(ts, write_file(dir, "empty.jsonl", "", input, sizeof input) == 0,
        "code: cannot write the empty input");
  for (int jobs = 1; jobs <= 2; jobs++) {
    char *out = NULL;
    snprintf(args, sizeof args, "code --format csv -j %d '%s'", jobs, input);
    int status = code_run(ts, args, &out);
    CHECK(ts, status == 0, "code csv -j %d, empty input: exit status %d", jobs, status);
    CHECK(ts, out && count_lines(out) == 1 && strncmp(out, "id,", 3) == 0,
          "code csv -j %d, empty input: want only the header row, got:\n%s", jobs, out ? out : "");
    free(out);
  }
  unlink(input);
}

/* Usage errors exit 2; -j belongs to code alone. */
static void code_usage_errors(test_state *ts, const char *dir) {
  char input[4096], args[8192];
  CHECK(ts, write_file(dir, "one.txt", "Rebels attacked a convoy\n\nRebels attacked a convoy.\n",
                       input, sizeof input) == 0,
        "code: cannot write the input");
  static const char *const bad[] = {
      "code --format nope '%s'", "code -j 0 '%s'",      "code -j x '%s'",
      "code -j '%s'",            "code --date 2021-13-01 '%s'",
      "actors -j 2 '%s'",        "article -j 2 '%s'",
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char *out = NULL, fmt[256];
    snprintf(fmt, sizeof fmt, "%s 2>/dev/null", bad[i]);
    snprintf(args, sizeof args, fmt, input);
    int status = code_run(ts, args, &out);
    CHECK(ts, status == 2, "'%s': exit status %d, want 2", bad[i], status);
    free(out);
  }
  char *out = NULL;
  CHECK(ts, code_run(ts, "code --help", &out) == 0 && out && strstr(out, "-j N"),
        "code --help lists -j");
  free(out);
  CHECK(ts, code_run(ts, "--help", &out) == 0 && out && strstr(out, "code"),
        "--help lists code");
  free(out);
  snprintf(args, sizeof args, "code -j4 --format jsonl '%s'", input);
  CHECK(ts, code_run(ts, args, &out) == 0, "code -j4 (joined) is accepted");
  free(out);
  unlink(input);
}

void cli_code_run(test_state *ts) {
  char tmpl[] = "/tmp/dateline-code-XXXXXX";
  char *dir = mkdtemp(tmpl);
  CHECK(ts, dir != NULL, "code: mkdtemp");
  if (!dir) return;
  code_threads(ts, dir);
  code_bad_records(ts, dir);
  code_csv_empty(ts, dir);
  code_usage_errors(ts, dir);
  rmdir(dir);
}
