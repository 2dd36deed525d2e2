/* hostile.c: pathological inputs, generated at run time, fed to `dateline article --json`. */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "test.h"

/*
 * Every case runs the CLI under `timeout`, so a hang fails the case instead
 * of blocking the suite. The limit is generous because the suite also runs
 * under AddressSanitizer, which is several times slower.
 */
#define HOSTILE_TIMEOUT "60"

/* Bits for the exit statuses a case accepts. */
enum {
  EXIT_OK = 1 << 0,      /* 0: every record was good */
  EXIT_BAD = 1 << 1,     /* 1: some records were bad, the rest were printed */
  EXIT_FATAL = 1 << 2    /* 2: usage or fatal error */
};

/* What one CLI run gave back. */
typedef struct hostile_result {
  int status;      /* exit status; 128 and above for a signal */
  char *out;       /* standard output (malloc'd) */
  size_t out_len;  /* its length */
  char *err;       /* standard error (malloc'd, "" when unreadable) */
  int records;     /* lines of stdout that are JSON objects */
  int bad_lines;   /* lines of stdout that are not */
  json_t *first;   /* the first record, for cases that look inside (NULL when none) */
  json_t *ids;     /* array of each record's "id" (JSON null when missing) */
} hostile_result;

/* Where the generated files live: a fresh mkdtemp directory per run. */
typedef struct hostile_dir {
  char path[4096]; /* the directory */
} hostile_dir;

/* A path inside the directory. */
typedef struct hostile_path {
  char s[4096 + 256]; /* NUL-terminated */
} hostile_path;

/* Room for a command's arguments: up to three quoted paths. */
#define HOSTILE_ARGS_SIZE (3 * sizeof(hostile_path) + 64)

static hostile_path path_in(const hostile_dir *d, const char *name) {
  hostile_path p;
  snprintf(p.s, sizeof p.s, "%s/%s", d->path, name);
  return p;
}

/* Writes len bytes to a new file; returns 0 on success. */
static int hostile_write(const hostile_dir *d, const char *name, const void *data, size_t len) {
  FILE *f = fopen(path_in(d, name).s, "wb");
  if (!f) return -1;
  size_t wrote = len ? fwrite(data, 1, len, f) : 0;
  int closed = fclose(f);
  return wrote == len && closed == 0 ? 0 : -1;
}

/* A growable byte string for building the big inputs. */
typedef struct hostile_bytes {
  char *data; /* the bytes (malloc'd) */
  size_t len; /* in use */
  size_t cap; /* allocated */
} hostile_bytes;

static void bytes_put(hostile_bytes *b, const void *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n + 1) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) abort(); /* the test machine is out of memory; nothing to test */
    b->data = p;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

static void bytes_puts(hostile_bytes *b, const char *s) { bytes_put(b, s, strlen(s)); }

static void bytes_repeat(hostile_bytes *b, const char *s, size_t times) {
  size_t n = strlen(s);
  for (size_t i = 0; i < times; i++) bytes_put(b, s, n);
}

static int bytes_save(const hostile_dir *d, const char *name, hostile_bytes *b) {
  int r = hostile_write(d, name, b->data ? b->data : "", b->len);
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  return r;
}

/* xorshift64: a fixed seed makes the "random" input the same on every machine. */
static uint64_t hostile_random(uint64_t *state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *state = x;
}

static void hostile_result_free(hostile_result *r) {
  free(r->out);
  free(r->err);
  json_decref(r->first);
  json_decref(r->ids);
  memset(r, 0, sizeof *r);
}

/* Splits stdout into lines and checks that each one is a JSON object. */
static void hostile_parse_output(hostile_result *r) {
  r->ids = json_array();
  const char *s = r->out, *end = r->out + r->out_len;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    if (n) {
      json_t *v = json_loadb(s, n, JSON_ALLOW_NUL, NULL);
      if (v && json_is_object(v)) {
        r->records++;
        json_t *id = json_object_get(v, "id");
        json_array_append_new(r->ids, id ? json_incref(id) : json_null());
        if (!r->first) r->first = json_incref(v);
      } else {
        r->bad_lines++;
      }
      json_decref(v);
    }
    s += n + (nl ? 1 : 0);
  }
}

/*
 * Runs `dateline article --json ARGS` (args already quoted for the shell)
 * and applies the checks every case shares: it finished in time, did not
 * crash or trip a sanitizer, exited with an accepted status, and printed
 * nothing but JSON objects, one a line.
 */
static void hostile_cli(test_state *ts, const hostile_dir *d, const char *label, const char *args,
                        int accept, hostile_result *r) {
  memset(r, 0, sizeof *r);
  char err_path[4096 + 256];
  snprintf(err_path, sizeof err_path, "%s/stderr.log", d->path);
  size_t cmd_len = strlen(ts->cli) + strlen(args) + strlen(err_path) + 128;
  char *cmd = malloc(cmd_len);
  if (!cmd) abort();
  snprintf(cmd, cmd_len, "timeout " HOSTILE_TIMEOUT " '%s' article --json %s 2>'%s'", ts->cli, args,
           err_path);
  r->status = test_run_command(cmd, &r->out, &r->out_len);
  free(cmd);
  if (!r->out) {
    r->out = calloc(1, 1);
    r->out_len = 0;
  }
  r->err = test_read_file(err_path, NULL);
  if (!r->err) r->err = calloc(1, 1);
  hostile_parse_output(r);

  CHECK(ts, r->status != 124, "hostile %s: did not finish within " HOSTILE_TIMEOUT " s", label);
  CHECK(ts, r->status < 128, "hostile %s: crashed (status %d)", label, r->status);
  int sanitizer = strstr(r->err, "Sanitizer") != NULL || strstr(r->err, "runtime error:") != NULL;
  CHECK(ts, !sanitizer, "hostile %s: sanitizer report:\n%.2000s", label, r->err);
  int bit = r->status >= 0 && r->status <= 2 ? 1 << r->status : 0;
  CHECK(ts, (bit & accept) != 0, "hostile %s: exit status %d not expected; stderr: %.500s", label,
        r->status, r->err);
  CHECK(ts, r->bad_lines == 0, "hostile %s: %d output lines are not JSON objects", label, r->bad_lines);
}

/* Runs one generated file and checks the record count (-1: any, up to max_records). */
static void hostile_file(test_state *ts, const hostile_dir *d, const char *name, int accept,
                         int records, int max_records) {
  char args[HOSTILE_ARGS_SIZE];
  snprintf(args, sizeof args, "'%s'", path_in(d, name).s);
  hostile_result r;
  hostile_cli(ts, d, name, args, accept, &r);
  if (records >= 0)
    CHECK(ts, r.records == records, "hostile %s: %d records, not %d", name, r.records, records);
  if (max_records >= 0)
    CHECK(ts, r.records <= max_records, "hostile %s: %d records, more than %d", name, r.records,
          max_records);
  /* A non-zero status is about bad input, so stderr must say which file. */
  if (r.status == 1 || r.status == 2)
    CHECK(ts, strstr(r.err, name) != NULL, "hostile %s: exit %d but stderr does not name the file: %.300s",
          name, r.status, r.err);
  hostile_result_free(&r);
}

/* Checks that stderr names path:line, as "FILE:LINE: reason" does. */
static void hostile_expect_line(test_state *ts, const char *label, const hostile_result *r,
                                const char *path, int line) {
  char where[4096 + 300];
  snprintf(where, sizeof where, "%s:%d:", path, line);
  CHECK(ts, strstr(r->err, where) != NULL, "hostile %s: stderr does not name %s: %.500s", label, where,
        r->err);
}

/* A short good story used wherever a case needs one. */
static const char good_story[] =
    "Rebels seize border town\n\n"
    "GOMA, Congo (Reuters) - Rebels seized a border town on Tuesday, forcing about\n"
    "2,000 people to flee, U.N. officials said.\n\n"
    "(Reporting by Anna Berg; Editing by Tom Hale)\n";

static const char good_reuters[] =
    "<REUTERS TOPICS=\"NO\" NEWID=\"1\">\n<DATE> 2-MAR-1987 10:00:00.00</DATE>\n<TEXT>&#2;\n"
    "<TITLE>OIL PRICES FALL</TITLE>\n<DATELINE>    LONDON, March 2 - </DATELINE><BODY>Oil prices\n"
    "fell two pct on Monday, dealers said.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";

/* Bytes that are not UTF-8: stray continuation, overlong, surrogate, out of range, truncated. */
static void hostile_bad_encodings(test_state *ts, const hostile_dir *d) {
  static const char invalid[] =
      "Bad \x80 bytes \xc0\xaf here\n\nKABUL (Reuters) - A surrogate \xed\xa0\x80, a five-byte "
      "\xf8\x88\x80\x80\x80, out of range \xf4\x90\x80\x80, bare \xfe\xff and a cut \xe2\x82";
  CHECK(ts, hostile_write(d, "invalid-utf8.txt", invalid, sizeof invalid - 1) == 0, "cannot write");
  hostile_file(ts, d, "invalid-utf8.txt", EXIT_OK, 1, -1);

  static const char nul[] = "Head\0line\n\nBODY (Reuters) - Words \0with\0 NUL bytes.\0\n\0";
  CHECK(ts, hostile_write(d, "nul.txt", nul, sizeof nul - 1) == 0, "cannot write");
  hostile_file(ts, d, "nul.txt", EXIT_OK | EXIT_BAD, -1, 1);

  static const char nul_jsonl[] = "{\"id\":\"n1\",\"text\":\"a\\u0000b\"}\n{\"id\":\"n2\",\0\"text\":\"x\"}\n";
  CHECK(ts, hostile_write(d, "nul.jsonl", nul_jsonl, sizeof nul_jsonl - 1) == 0, "cannot write");
  hostile_file(ts, d, "nul.jsonl", EXIT_OK | EXIT_BAD, -1, 2);
}

/* Random bytes under each format's name, so each reader's detection and recovery is tried. */
static void hostile_random_bytes(test_state *ts, const hostile_dir *d) {
  static const char *const names[] = {"random.txt", "random.jsonl", "random.sgm"};
  uint64_t state = 0x9e3779b97f4a7c15u;
  for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
    size_t len = 256 * 1024;
    unsigned char *buf = malloc(len);
    if (!buf) abort();
    for (size_t i = 0; i < len; i++) buf[i] = (unsigned char)(hostile_random(&state) >> 56);
    CHECK(ts, hostile_write(d, names[n], buf, len) == 0, "cannot write %s", names[n]);
    free(buf);
    hostile_file(ts, d, names[n], EXIT_OK | EXIT_BAD, -1, -1);
  }
}

static void hostile_empty(test_state *ts, const hostile_dir *d) {
  static const char *const names[] = {"empty.txt", "empty.jsonl", "empty.sgm"};
  for (size_t n = 0; n < sizeof names / sizeof *names; n++) {
    CHECK(ts, hostile_write(d, names[n], "", 0) == 0, "cannot write %s", names[n]);
    hostile_file(ts, d, names[n], EXIT_OK, 0, -1);
  }
}

/* Inputs big in one dimension: a line, a sentence, a nesting depth, an escape run. */
static void hostile_big(test_state *ts, const hostile_dir *d) {
  hostile_bytes b = {NULL, 0, 0};

  /* 8 MB with no space: one token as long as the input. A size limit may refuse it (exit 1). */
  char block[4096];
  memset(block, 'x', sizeof block);
  for (size_t i = 0; i < (8u << 20) / sizeof block; i++) bytes_put(&b, block, sizeof block);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "long-line.txt", &b) == 0, "cannot write");
  hostile_file(ts, d, "long-line.txt", EXIT_OK | EXIT_BAD, -1, 1);

  /* 100,000 words and no full stop: the splitter must cap the sentence, not go quadratic. */
  bytes_puts(&b, "Endless sentence\n\nLONDON (Reuters) - ");
  for (int i = 0; i < 100000; i++) {
    char word[32];
    int n = snprintf(word, sizeof word, "word%d ", i % 977);
    bytes_put(&b, word, (size_t)n);
  }
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "long-sentence.txt", &b) == 0, "cannot write");
  hostile_file(ts, d, "long-sentence.txt", EXIT_OK, 1, -1);

  /* 200,000 nested parentheses: anything recursive over brackets overflows the stack. */
  bytes_puts(&b, "Brackets\n\nPARIS (AFP) - ");
  bytes_repeat(&b, "(", 200000);
  bytes_puts(&b, "deep");
  bytes_repeat(&b, ")", 200000);
  bytes_puts(&b, " said officials.\n");
  CHECK(ts, bytes_save(d, "parens.txt", &b) == 0, "cannot write");
  hostile_file(ts, d, "parens.txt", EXIT_OK, 1, -1);

  /* 100,000 escaped quotes in one JSON string. */
  bytes_puts(&b, "{\"id\":\"quotes\",\"text\":\"He said ");
  bytes_repeat(&b, "\\\"", 100000);
  bytes_puts(&b, " and left.\"}\n");
  CHECK(ts, bytes_save(d, "quotes.jsonl", &b) == 0, "cannot write");
  hostile_file(ts, d, "quotes.jsonl", EXIT_OK, 1, -1);

  /* Deeply nested JSON, in an extra field and as a whole line: refuse it or skip it, never recurse to death. */
  bytes_puts(&b, "{\"id\":\"deep\",\"text\":\"x\",\"extra\":");
  bytes_repeat(&b, "[", 100000);
  bytes_repeat(&b, "]", 100000);
  bytes_puts(&b, "}\n");
  bytes_repeat(&b, "[", 100000);
  bytes_repeat(&b, "]", 100000);
  bytes_puts(&b, "\n");
  bytes_repeat(&b, "{\"a\":", 50000);
  bytes_puts(&b, "1");
  bytes_repeat(&b, "}", 50000);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "deep.jsonl", &b) == 0, "cannot write");
  hostile_file(ts, d, "deep.jsonl", EXIT_OK | EXIT_BAD, -1, 1);
}

/* SGML that never closes, closes the wrong thing, or nests without end. */
static void hostile_sgml(test_state *ts, const hostile_dir *d) {
  static const char truncated[] =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\">\n<DATE> 2-MAR-1987</DATE>\n"
      "<TEXT>&#2;\n<TITLE>CUT OFF IN THE MID";
  CHECK(ts, hostile_write(d, "truncated.sgm", truncated, sizeof truncated - 1) == 0, "cannot write");
  hostile_file(ts, d, "truncated.sgm", EXIT_OK | EXIT_BAD, -1, 1);

  /* A good record first: whatever the junk after it does, that one must come out. */
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, good_reuters);
  bytes_puts(&b, "<REUTERS NEWID=\"2\"><REUTERS NEWID=\"3\"><TEXT><BODY>crossed</TEXT></BODY>\n"
                 "</REUTERS></REUTERS></REUTERS>\n<BODY>orphan body</BODY>\n"
                 "<TEXT><TITLE>no end tags &#99999999999; &#x110000; &amp &;\n<TITLE\n<");
  CHECK(ts, bytes_save(d, "unbalanced.sgm", &b) == 0, "cannot write");
  hostile_result r;
  char args[HOSTILE_ARGS_SIZE];
  snprintf(args, sizeof args, "'%s'", path_in(d, "unbalanced.sgm").s);
  hostile_cli(ts, d, "unbalanced.sgm", args, EXIT_OK | EXIT_BAD, &r);
  CHECK(ts, r.records >= 1, "hostile unbalanced.sgm: the good first record was lost");
  hostile_result_free(&r);

  static const char gigaword[] =
      "<DOC id=\"APW_ENG_20100104.0001\" type=\"story\" >\n<HEADLINE>\nStorm hits\n</HEADLINE>\n"
      "<TEXT>\n<P>\nA storm hit the coast\n";
  CHECK(ts, hostile_write(d, "truncated-gigaword.sgml", gigaword, sizeof gigaword - 1) == 0, "cannot write");
  hostile_file(ts, d, "truncated-gigaword.sgml", EXIT_OK | EXIT_BAD, -1, 1);

  /* 100,000 nested paragraph tags inside one record. */
  bytes_puts(&b, "<DOC id=\"deep\" type=\"story\" >\n<TEXT>\n");
  bytes_repeat(&b, "<P>", 100000);
  bytes_puts(&b, "nested text.");
  bytes_repeat(&b, "</P>", 100000);
  bytes_puts(&b, "\n</TEXT>\n</DOC>\n");
  CHECK(ts, bytes_save(d, "deep-tags.sgml", &b) == 0, "cannot write");
  hostile_file(ts, d, "deep-tags.sgml", EXIT_OK | EXIT_BAD, -1, 1);
}

/* Bad JSONL records: each is reported as FILE:LINE and the good ones still come out. */
static void hostile_jsonl(test_state *ts, const hostile_dir *d) {
  static const char not_json[] = "this line is not JSON\n";
  CHECK(ts, hostile_write(d, "not-json.jsonl", not_json, sizeof not_json - 1) == 0, "cannot write");
  char args[HOSTILE_ARGS_SIZE];
  hostile_result r;
  snprintf(args, sizeof args, "'%s'", path_in(d, "not-json.jsonl").s);
  hostile_cli(ts, d, "not-json.jsonl", args, EXIT_BAD, &r);
  CHECK(ts, r.records == 0, "hostile not-json.jsonl: %d records, not 0", r.records);
  hostile_expect_line(ts, "not-json.jsonl", &r, path_in(d, "not-json.jsonl").s, 1);
  hostile_result_free(&r);

  static const char text_number[] = "{\"id\":\"n\",\"text\":42}\n";
  CHECK(ts, hostile_write(d, "text-number.jsonl", text_number, sizeof text_number - 1) == 0, "cannot write");
  snprintf(args, sizeof args, "'%s'", path_in(d, "text-number.jsonl").s);
  hostile_cli(ts, d, "text-number.jsonl", args, EXIT_BAD, &r);
  CHECK(ts, r.records == 0, "hostile text-number.jsonl: %d records, not 0", r.records);
  hostile_expect_line(ts, "text-number.jsonl", &r, path_in(d, "text-number.jsonl").s, 1);
  hostile_result_free(&r);

  static const char mixed[] =
      "{\"id\":\"g1\",\"date\":\"2024-03-01\",\"text\":\"Troops crossed the river on Friday.\"}\n"
      "{\"id\":\"b1\",\"text\":\"unterminated\n"
      "{\"id\":\"g2\",\"source\":\"Wire\",\"text\":\"Police arrested 12 people.\"}\n"
      "{\"id\":\"b2\",\"text\":[\"not\",\"a\",\"string\"]}\n"
      "{\"id\":\"g3\",\"title\":\"Talks\",\"text\":\"Talks resumed in Geneva.\"}\n";
  CHECK(ts, hostile_write(d, "mixed.jsonl", mixed, sizeof mixed - 1) == 0, "cannot write");
  hostile_path mixed_file = path_in(d, "mixed.jsonl");
  const char *mixed_path = mixed_file.s;
  snprintf(args, sizeof args, "'%s'", mixed_path);
  hostile_cli(ts, d, "mixed.jsonl", args, EXIT_BAD, &r);
  CHECK(ts, r.records == 3, "hostile mixed.jsonl: %d records, not 3", r.records);
  const char *want[] = {"g1", "g2", "g3"};
  for (size_t i = 0; i < 3 && i < json_array_size(r.ids); i++) {
    const char *id = json_string_value(json_array_get(r.ids, i));
    CHECK(ts, id && strcmp(id, want[i]) == 0, "hostile mixed.jsonl: record %zu has id %s, not %s", i,
          id ? id : "(none)", want[i]);
  }
  hostile_expect_line(ts, "mixed.jsonl", &r, mixed_path, 2);
  hostile_expect_line(ts, "mixed.jsonl", &r, mixed_path, 4);
  hostile_result_free(&r);

  /* --errors FILE repeats each bad record as a JSON line; --quiet silences stderr. */
  hostile_path errors_file = path_in(d, "errors.jsonl");
  snprintf(args, sizeof args, "--quiet --errors '%s' '%s'", errors_file.s, mixed_path);
  hostile_cli(ts, d, "--errors", args, EXIT_BAD, &r);
  CHECK(ts, r.records == 3, "hostile --errors: %d records, not 3", r.records);
  CHECK(ts, r.err[0] == '\0', "hostile --errors: --quiet still wrote to stderr: %.300s", r.err);
  hostile_result_free(&r);
  char *errors = test_read_file(errors_file.s, NULL);
  CHECK(ts, errors != NULL, "hostile --errors: %s was not written", errors_file.s);
  if (errors) {
    json_error_t error;
    json_t *first = json_loads(errors, JSON_DISABLE_EOF_CHECK, &error);
    json_t *second = first ? json_loads(errors + error.position, JSON_DISABLE_EOF_CHECK, NULL) : NULL;
    json_t *lines[2] = {first, second};
    for (int i = 0; i < 2; i++) {
      json_t *input = json_object_get(lines[i], "input");
      json_t *line = json_object_get(lines[i], "line");
      CHECK(ts, json_is_string(input) && strcmp(json_string_value(input), mixed_path) == 0 &&
                    json_integer_value(line) == 2 + 2 * i,
            "hostile --errors: entry %d is not {input: mixed.jsonl, line: %d}: %.300s", i, 2 + 2 * i,
            errors);
    }
    json_decref(first);
    json_decref(second);
    free(errors);
  }

  /* Standard input: "-" reads the same records with the same exit status. */
  snprintf(args, sizeof args, "- <'%s'", mixed_path);
  hostile_cli(ts, d, "stdin", args, EXIT_BAD, &r);
  CHECK(ts, r.records == 3, "hostile stdin: %d records, not 3", r.records);
  hostile_result_free(&r);
}

/* Inputs that cannot be opened count as bad inputs: reported, skipped, exit 1. */
static void hostile_unopenable(test_state *ts, const hostile_dir *d) {
  CHECK(ts, hostile_write(d, "good.txt", good_story, sizeof good_story - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "unreadable.txt", good_story, sizeof good_story - 1) == 0, "cannot write");
  hostile_path unreadable_path = path_in(d, "unreadable.txt");
  const char *unreadable = unreadable_path.s;
  chmod(unreadable, 0);
  char args[HOSTILE_ARGS_SIZE];
  hostile_result r;
  snprintf(args, sizeof args, "'%s' '%s'", unreadable, path_in(d, "good.txt").s);
  /* root reads a mode-000 file anyway (CI runs as root), so only a normal user sees the failure. */
  int root = geteuid() == 0;
  hostile_cli(ts, d, "unreadable.txt", args, root ? EXIT_OK : EXIT_BAD, &r);
  CHECK(ts, r.records == (root ? 2 : 1), "hostile unreadable.txt: %d records, not %d", r.records,
        root ? 2 : 1);
  if (!root)
    CHECK(ts, strstr(r.err, unreadable) != NULL, "hostile unreadable.txt: stderr does not name it: %.300s",
          r.err);
  hostile_result_free(&r);
  chmod(unreadable, 0600);

  hostile_path missing_path = path_in(d, "no-such-file.txt");
  const char *missing = missing_path.s;
  snprintf(args, sizeof args, "'%s' '%s'", missing, path_in(d, "good.txt").s);
  hostile_cli(ts, d, "no-such-file.txt", args, EXIT_BAD | EXIT_FATAL, &r);
  CHECK(ts, strstr(r.err, missing) != NULL, "hostile no-such-file.txt: stderr does not name it: %.300s",
        r.err);
  if (r.status == 1)
    CHECK(ts, r.records == 1, "hostile no-such-file.txt: the good file after it gave %d records", r.records);
  hostile_result_free(&r);

  hostile_cli(ts, d, "unknown option", "--no-such-option", EXIT_FATAL, &r);
  CHECK(ts, r.records == 0, "hostile unknown option: printed %d records", r.records);
  hostile_result_free(&r);
}

/* A directory of mixed inputs is read recursively; one bad record spoils only itself. */
static void hostile_directory(test_state *ts, const hostile_dir *d) {
  CHECK(ts, mkdir(path_in(d, "batch").s, 0755) == 0, "cannot make batch/");
  CHECK(ts, mkdir(path_in(d, "batch/sub").s, 0755) == 0, "cannot make batch/sub/");
  static const char jsonl[] =
      "{\"id\":\"d1\",\"text\":\"Ministers met in Rome.\"}\n"
      "{\"id\":\"d2\",\"text\":\n"
      "{\"id\":\"d3\",\"text\":\"Ministers left Rome.\"}\n";
  CHECK(ts, hostile_write(d, "batch/a.txt", good_story, sizeof good_story - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "batch/b.jsonl", jsonl, sizeof jsonl - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "batch/sub/c.sgm", good_reuters, sizeof good_reuters - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "batch/sub/empty.txt", "", 0) == 0, "cannot write");
  char args[HOSTILE_ARGS_SIZE];
  snprintf(args, sizeof args, "'%s'", path_in(d, "batch").s);
  hostile_result r;
  hostile_cli(ts, d, "batch/", args, EXIT_BAD, &r);
  CHECK(ts, r.records == 4, "hostile batch/: %d records, not 4", r.records);
  CHECK(ts, strstr(r.err, "b.jsonl:2:") != NULL, "hostile batch/: stderr does not name b.jsonl:2: %.300s",
        r.err);
  hostile_result_free(&r);
}

static int hostile_name_compare(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Inputs that once crashed or hung: each must now be read without either. */
static void hostile_regressions(test_state *ts, const hostile_dir *d) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/hostile/regressions", ts->dir);
  DIR *dh = opendir(dir);
  if (!dh) return;
  char *names[1024];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(dh)) && n < sizeof names / sizeof *names) {
    if (e->d_name[0] == '.' || strncmp(e->d_name, "README", 6) == 0) continue;
    names[n++] = strdup(e->d_name);
  }
  closedir(dh);
  qsort(names, n, sizeof *names, hostile_name_compare);
  for (size_t i = 0; i < n; i++) {
    char args[HOSTILE_ARGS_SIZE];
    char label[512];
    snprintf(args, sizeof args, "'%s/%s'", dir, names[i]);
    snprintf(label, sizeof label, "regression %s", names[i]);
    hostile_result r;
    hostile_cli(ts, d, label, args, EXIT_OK | EXIT_BAD, &r);
    hostile_result_free(&r);
    free(names[i]);
  }
}

void hostile_run(test_state *ts) {
  const char *tmp = getenv("TMPDIR");
  hostile_dir d;
  snprintf(d.path, sizeof d.path, "%s/dateline-hostile-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(d.path)) {
    CHECK(ts, 0, "hostile: cannot make a directory under %s", tmp && *tmp ? tmp : "/tmp");
    return;
  }
  /* The shell commands quote paths with '...', so a quote in TMPDIR would break them. */
  if (strchr(d.path, '\'') || strchr(ts->cli, '\'')) {
    CHECK(ts, 0, "hostile: paths with a ' are not supported: %s", d.path);
    rmdir(d.path);
    return;
  }
  int failed = ts->failed;
  hostile_empty(ts, &d);
  hostile_bad_encodings(ts, &d);
  hostile_random_bytes(ts, &d);
  hostile_big(ts, &d);
  hostile_sgml(ts, &d);
  hostile_jsonl(ts, &d);
  hostile_unopenable(ts, &d);
  hostile_directory(ts, &d);
  hostile_regressions(ts, &d);
  if (ts->failed != failed) {
    fprintf(stderr, "hostile: %d checks failed; inputs kept in %s\n", ts->failed - failed, d.path);
    return;
  }
  char cmd[4096 + 32];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", d.path);
  test_run_command(cmd, NULL, NULL);
}
