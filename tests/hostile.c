/* hostile.c: pathological inputs, generated at run time, fed to every dateline subcommand. */

/*
 * Every kind of hostile input (random bytes, invalid UTF-8, NULs, an 8 MB
 * line, a 100,000-word sentence, 200,000 nested parentheses, 100,000 escaped
 * quotes, deeply nested JSON, truncated SGML, empty files, unreadable inputs)
 * goes through article, actors, places, code (JSON Lines, GDELT, CSV, -j 2)
 * and, read as dictionaries, dict check, compile, dump and lookup. Each run
 * must finish within its time limit without a crash or a sanitizer report,
 * exit as documented, write only whole records of its format, name every bad
 * record on stderr and in --errors, and still write every good record; the
 * big inputs run again at a quarter of their size, and the CPU time must
 * grow no faster than the size. Broken dictionaries, damaged blobs and
 * hostile dict lookup phrases have cases of their own. Inputs are made here,
 * in a temporary directory; only regression files are stored, in
 * tests/hostile/regressions/. HOSTILE_VERBOSE=1 prints each run's time.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "test.h"

/*
 * Every run has a time limit: ten times what it takes on an ordinary
 * machine, never less than HOSTILE_MIN_SECONDS nor more than
 * HOSTILE_MAX_SECONDS. A run still going at its limit is killed, so a hang
 * fails the case instead of blocking the suite. Under AddressSanitizer
 * (make asan) everything is several times slower, so the limits are
 * multiplied by HOSTILE_SANITIZER_SLOWDOWN, and by HOSTILE_SLOWDOWN from the
 * environment when it is set (a very slow machine, or a CLI under valgrind).
 */
#define HOSTILE_MIN_SECONDS 2.0
#define HOSTILE_MAX_SECONDS 20.0
#define HOSTILE_SANITIZER_SLOWDOWN 4.0

#if defined(__SANITIZE_ADDRESS__)
#define HOSTILE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTILE_SANITIZED 1
#endif
#endif
#ifndef HOSTILE_SANITIZED
#define HOSTILE_SANITIZED 0
#endif

/*
 * A sentence longer than the cap (1,000 tokens) is cut, so later stages stay
 * bounded, and the coder codes at most 64 verb groups of a sentence. The
 * commands say so on standard error, naming the article, and the
 * 100,000-word case checks that they do.
 */
#define HOSTILE_EXPECT_CAP_NOTICE 1

/* Bits for the exit statuses a case accepts. */
enum {
  EXIT_OK = 1 << 0,      /* 0: every record was good */
  EXIT_BAD = 1 << 1,     /* 1: some records were bad, the rest were printed */
  EXIT_FATAL = 1 << 2    /* 2: usage or fatal error */
};

/* What a command writes on standard output, for the checks that read it. */
typedef enum hostile_format {
  OUT_TEXT,  /* anything (dict dump, lookup, check) */
  OUT_JSONL, /* one JSON object a line */
  OUT_GDELT, /* 61 tab-separated columns a line, the article id last */
  OUT_CSV    /* a header row, then rows of as many fields, the article id second */
} hostile_format;

/* What one CLI run gave back. */
typedef struct hostile_result {
  int status;      /* exit status; 128 + N for signal N; -1 when it could not run */
  int timed_out;   /* killed at its time limit */
  double wall;     /* seconds it took */
  double cpu;      /* user and system CPU seconds it used */
  char *out;       /* standard output (malloc'd) */
  size_t out_len;  /* its length */
  char *err;       /* standard error (malloc'd, "" when unreadable) */
  int records;     /* output records (JSON objects, GDELT or CSV rows) */
  int bad_lines;   /* output lines that are not records of the format */
  json_t *first;   /* the first JSON record, for cases that look inside (NULL when none) */
  json_t *ids;     /* each record's article id (JSON null when missing) */
} hostile_result;

/* Where the generated files live: a fresh mkdtemp directory per run. */
typedef struct hostile_dir {
  char path[4096]; /* the directory */
} hostile_dir;

/* A path inside the directory. */
typedef struct hostile_path {
  char s[4096 + 256]; /* NUL-terminated */
} hostile_path;

static hostile_path path_in(const hostile_dir *d, const char *name) {
  hostile_path p;
  if (name[0] == '/') snprintf(p.s, sizeof p.s, "%s", name); /* already absolute: /proc/self/mem */
  else snprintf(p.s, sizeof p.s, "%s/%s", d->path, name);
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

/* n copies of the byte c. */
static void bytes_fill(hostile_bytes *b, char c, size_t n) {
  char block[4096];
  memset(block, c, sizeof block);
  for (; n >= sizeof block; n -= sizeof block) bytes_put(b, block, sizeof block);
  bytes_put(b, block, n);
}

static int bytes_save(const hostile_dir *d, const char *name, hostile_bytes *b) {
  int r = hostile_write(d, name, b->data ? b->data : "", b->len);
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  return r;
}

/* The 1-based line of b that the next byte put will start on. */
static size_t bytes_next_line(const hostile_bytes *b) {
  size_t line = 1;
  for (size_t i = 0; i < b->len; i++) line += b->data[i] == '\n';
  return line;
}

/* xorshift64: a fixed seed makes the "random" input the same on every machine. */
static uint64_t hostile_random(uint64_t *state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *state = x;
}

static void bytes_random(hostile_bytes *b, uint64_t *state, size_t n, int no_nul) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)(hostile_random(state) >> 56);
    if (no_nul && c == 0) c = 1;
    bytes_put(b, &c, 1);
  }
}

/* ------------------------------------------------------------ running the CLI */

static double hostile_slowdown(void) {
  double s = HOSTILE_SANITIZED ? HOSTILE_SANITIZER_SLOWDOWN : 1.0;
  const char *env = getenv("HOSTILE_SLOWDOWN");
  if (env && atof(env) > 0) s *= atof(env);
  return s;
}

/* The time limit of a run expected to take `expected` seconds on an ordinary machine. */
static double hostile_limit(double expected) {
  double slow = hostile_slowdown();
  double t = 10 * expected * slow;
  if (t < HOSTILE_MIN_SECONDS * slow) t = HOSTILE_MIN_SECONDS * slow;
  return t < HOSTILE_MAX_SECONDS ? t : HOSTILE_MAX_SECONDS;
}

/* A command line being built: the words after the program, NULL-terminated. */
typedef struct hostile_argv {
  const char **v;  /* the words */
  size_t n, cap;   /* in use, allocated */
  char **owned;    /* the words this list allocated, freed with it */
  size_t nowned, capowned;
} hostile_argv;

static void argv_add(hostile_argv *a, const char *s) {
  if (a->n + 2 > a->cap) {
    size_t cap = a->cap ? 2 * a->cap : 16;
    const char **v = realloc(a->v, cap * sizeof *v);
    if (!v) abort();
    a->v = v;
    a->cap = cap;
  }
  a->v[a->n++] = s;
  a->v[a->n] = NULL;
}

/* Adds a copy of the first n bytes of s as one word. */
static void argv_addn(hostile_argv *a, const char *s, size_t n) {
  char *copy = malloc(n + 1);
  if (!copy) abort();
  memcpy(copy, s, n);
  copy[n] = '\0';
  if (a->nowned == a->capowned) {
    size_t cap = a->capowned ? 2 * a->capowned : 16;
    char **owned = realloc(a->owned, cap * sizeof *owned);
    if (!owned) abort();
    a->owned = owned;
    a->capowned = cap;
  }
  a->owned[a->nowned++] = copy;
  argv_add(a, copy);
}

/* Adds each word up to a NULL. */
static void argv_words(hostile_argv *a, ...) {
  va_list ap;
  va_start(ap, a);
  for (const char *s; (s = va_arg(ap, const char *)) != NULL;) argv_add(a, s);
  va_end(ap);
}

/* Adds the path of a file in the directory. */
static void argv_path(hostile_argv *a, const hostile_dir *d, const char *name) {
  hostile_path p = path_in(d, name);
  argv_addn(a, p.s, strlen(p.s));
}

static void argv_free(hostile_argv *a) {
  for (size_t i = 0; i < a->nowned; i++) free(a->owned[i]);
  free(a->owned);
  free(a->v);
  memset(a, 0, sizeof *a);
}

static void hostile_result_free(hostile_result *r) {
  free(r->out);
  free(r->err);
  json_decref(r->first);
  json_decref(r->ids);
  memset(r, 0, sizeof *r);
}

static double seconds_between(const struct timespec *a, const struct timespec *b) {
  return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/*
 * Runs the CLI with args (no shell between: arguments may be any bytes and
 * standard input any file), stdout and stderr to files in the directory,
 * and kills its process group at limit seconds.
 */
static void hostile_exec(const test_state *ts, const hostile_dir *d, const hostile_argv *args,
                         const char *stdin_path, double limit, hostile_result *r) {
  memset(r, 0, sizeof *r);
  r->out = calloc(1, 1);
  r->err = calloc(1, 1);
  if (!r->out || !r->err) abort();
  hostile_path out_path = path_in(d, "stdout.out"), err_path = path_in(d, "stderr.log");
  const char **argv = calloc(args->n + 2, sizeof *argv);
  if (!argv) abort();
  argv[0] = ts->cli;
  for (size_t i = 0; i < args->n; i++) argv[i + 1] = args->v[i];
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    int in = open(stdin_path ? stdin_path : "/dev/null", O_RDONLY);
    int out = open(out_path.s, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.s, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in < 0 || out < 0 || err < 0) _exit(126);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    close(in);
    close(out);
    close(err);
    execvp(argv[0], (char *const *)argv);
    fprintf(stderr, "hostile: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  free(argv);
  r->status = -1;
  if (pid < 0) return;
  setpgid(pid, pid); /* as the child does, so the kill below reaches anything it started */
  int st = 0;
  struct rusage ru;
  memset(&ru, 0, sizeof ru);
  long nap = 100000; /* ns: short at first, as most runs take milliseconds */
  for (;;) {
    pid_t w = wait4(pid, &st, WNOHANG, &ru);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) return;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (seconds_between(&start, &now) > limit) {
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR) {
      }
      r->timed_out = 1;
      break;
    }
    struct timespec ns = {0, nap};
    nanosleep(&ns, NULL);
    if (nap < 2000000) nap *= 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &now);
  r->wall = seconds_between(&start, &now);
  r->cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  r->status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : -1;
  size_t len = 0;
  char *text = test_read_file(out_path.s, &len);
  if (text) {
    free(r->out);
    r->out = text;
    r->out_len = len;
  }
  text = test_read_file(err_path.s, NULL);
  if (text) {
    free(r->err);
    r->err = text;
  }
}

/* ------------------------------------------------------------ reading the output */

/* Nonzero when s[0..n) is valid UTF-8 (jansson checks it when it makes a string). */
static int valid_utf8(const char *s, size_t n) {
  json_t *v = json_stringn(s, n);
  json_decref(v);
  return v != NULL;
}

static void add_id(hostile_result *r, const char *s, size_t n) {
  json_t *v = json_stringn(s, n);
  json_array_append_new(r->ids, v ? v : json_null());
}

/* JSON Lines: each line is a JSON object; id_key names the article. */
static void parse_jsonl(hostile_result *r, const char *id_key) {
  const char *s = r->out, *end = r->out + r->out_len;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    if (n) {
      json_t *v = json_loadb(s, n, JSON_ALLOW_NUL, NULL);
      if (v && json_is_object(v)) {
        r->records++;
        json_t *id = json_object_get(v, id_key);
        json_array_append_new(r->ids, id ? json_incref(id) : json_null());
        if (!r->first) r->first = json_incref(v);
      } else {
        r->bad_lines++;
      }
      json_decref(v);
    } else {
      r->bad_lines++; /* an empty line is no record */
    }
    s += n + (nl ? 1 : 0);
  }
}

/* GDELT: 61 tab-separated columns of valid UTF-8; the article id is the last. */
static void parse_gdelt(hostile_result *r) {
  const char *s = r->out, *end = r->out + r->out_len;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    size_t tabs = 0;
    const char *last = s;
    for (size_t i = 0; i < n; i++)
      if (s[i] == '\t') {
        tabs++;
        last = s + i + 1;
      }
    if (tabs == 60 && valid_utf8(s, n)) {
      r->records++;
      add_id(r, last, (size_t)(s + n - last));
    } else {
      r->bad_lines++;
    }
    s += n + (nl ? 1 : 0);
  }
}

/* CSV (RFC 4180 quoting): a header row, then rows with as many fields; the article id is the second. */
static void parse_csv(hostile_result *r) {
  const char *s = r->out, *end = r->out + r->out_len;
  size_t header_fields = 0;
  int row = 0;
  while (s < end) {
    const char *rec = s;
    size_t fields = 1;
    int quoted = 0;
    hostile_bytes article = {NULL, 0, 0};
    for (; s < end; s++) {
      char c = *s;
      if (quoted) {
        if (c != '"') {
          if (fields == 2) bytes_put(&article, &c, 1);
        } else if (s + 1 < end && s[1] == '"') {
          if (fields == 2) bytes_put(&article, "\"", 1);
          s++;
        } else {
          quoted = 0;
        }
      } else if (c == '"') {
        quoted = 1;
      } else if (c == ',') {
        fields++;
      } else if (c == '\n') {
        break;
      } else if (fields == 2) {
        bytes_put(&article, &c, 1);
      }
    }
    size_t len = (size_t)(s - rec);
    if (s < end) s++;
    int ok = !quoted && valid_utf8(rec, len);
    if (row++ == 0) {
      header_fields = fields;
      if (!ok || len < 11 || memcmp(rec, "id,article,", 11) != 0) r->bad_lines++;
    } else if (ok && fields == header_fields) {
      r->records++;
      add_id(r, article.data ? article.data : "", article.len);
    } else {
      r->bad_lines++;
    }
    free(article.data);
  }
}

static void hostile_parse(hostile_result *r, hostile_format format, const char *id_key) {
  r->ids = json_array();
  if (format == OUT_JSONL) parse_jsonl(r, id_key);
  else if (format == OUT_GDELT) parse_gdelt(r);
  else if (format == OUT_CSV) parse_csv(r);
}

/* Nonzero when some record belongs to the article id. */
static int hostile_has_article(const hostile_result *r, const char *id) {
  for (size_t i = 0; i < json_array_size(r->ids); i++) {
    const char *s = json_string_value(json_array_get(r->ids, i));
    if (s && strcmp(s, id) == 0) return 1;
  }
  return 0;
}

static int contains(const char *hay, size_t len, const char *needle) {
  size_t n = strlen(needle);
  if (n > len) return 0;
  for (const char *p = hay; (p = memchr(p, needle[0], len - (size_t)(p - hay) - n + 1)) != NULL; p++)
    if (memcmp(p, needle, n) == 0) return 1;
  return 0;
}

/*
 * The checks every run shares: it finished in time, did not crash or trip a
 * sanitizer, exited with an accepted status, and wrote only whole records
 * of its format.
 */
static void hostile_check_run(test_state *ts, const char *label, const hostile_result *r, int accept,
                              double limit, hostile_format format) {
  if (getenv("HOSTILE_VERBOSE"))
    fprintf(stderr, "hostile: %-60.60s exit %d, %6.3f s (CPU %6.3f s, limit %4.1f s)\n", label, r->status, r->wall,
            r->cpu, limit);
  CHECK(ts, !r->timed_out, "hostile %s: did not finish within %.1f s", label, limit);
  CHECK(ts, r->status >= 0 && r->status < 128, "hostile %s: crashed or could not run (status %d): %.300s",
        label, r->status, r->err);
  int sanitizer = strstr(r->err, "Sanitizer") != NULL || strstr(r->err, "runtime error:") != NULL;
  CHECK(ts, !sanitizer, "hostile %s: sanitizer report:\n%.2000s", label, r->err);
  int bit = r->status >= 0 && r->status <= 2 ? 1 << r->status : 0;
  CHECK(ts, (bit & accept) != 0, "hostile %s: exit status %d not expected; stderr: %.500s", label,
        r->status, r->err);
  if (format != OUT_TEXT) {
    CHECK(ts, r->bad_lines == 0, "hostile %s: %d output lines are not %s records", label, r->bad_lines,
          format == OUT_JSONL ? "JSON" : format == OUT_GDELT ? "GDELT" : "CSV");
    CHECK(ts, r->out_len == 0 || r->out[r->out_len - 1] == '\n', "hostile %s: the output ends inside a line",
          label);
  }
}

/* Counts the lines of s that start with prefix. */
static size_t count_prefixed_lines(const char *s, const char *prefix) {
  size_t n = 0, plen = strlen(prefix);
  for (const char *p = s; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
    if (strncmp(p, prefix, plen) == 0) n++;
  return n;
}

/*
 * Reads the --errors file: one JSON object a line, {input, line, reason}.
 * Returns them as an array (empty when the file is empty or missing).
 */
static json_t *hostile_read_errors(test_state *ts, const char *label, const char *path) {
  json_t *all = json_array();
  size_t len = 0;
  char *text = test_read_file(path, &len);
  if (!text) return all;
  const char *s = text, *end = text + len;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    json_t *v = json_loadb(s, n, 0, NULL);
    json_t *line = json_object_get(v, "line");
    int ok = json_is_object(v) && json_is_string(json_object_get(v, "input")) &&
             json_is_string(json_object_get(v, "reason")) && (json_is_integer(line) || json_is_null(line));
    CHECK(ts, ok, "hostile %s: --errors line is not {input, line, reason}: %.*s", label, (int)(n < 300 ? n : 300),
          s);
    if (ok) json_array_append(all, v);
    json_decref(v);
    s += n + (nl ? 1 : 0);
  }
  free(text);
  return all;
}

/* Checks that the bad record input:line (line 0: the whole input) is on stderr and in the --errors entries. */
static void hostile_expect_bad(test_state *ts, const char *label, const hostile_result *r, const json_t *errors,
                               const char *input, size_t line) {
  char where[4096 + 300];
  if (line) snprintf(where, sizeof where, "%s:%zu:", input, line);
  else snprintf(where, sizeof where, "%s: ", input);
  CHECK(ts, strstr(r->err, where) != NULL, "hostile %s: stderr does not name %s: %.500s", label, where, r->err);
  if (!errors) return;
  int found = 0;
  for (size_t i = 0; i < json_array_size(errors) && !found; i++) {
    const json_t *e = json_array_get(errors, i);
    const char *in = json_string_value(json_object_get(e, "input"));
    const json_t *l = json_object_get(e, "line");
    found = in && strcmp(in, input) == 0 &&
            (line ? json_integer_value(l) == (json_int_t)line : json_is_null(l));
  }
  CHECK(ts, found, "hostile %s: the --errors file has no entry for %s", label, where);
}

/* Checks that every line of a message stream names one of the inputs, or is dateline's own. */
static void hostile_messages_named(test_state *ts, const char *label, const char *text,
                                   const hostile_argv *inputs) {
  int unnamed = 0;
  const char *first = NULL;
  for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
    if (*p == '\n' || strncmp(p, "dateline", 8) == 0) continue;
    int named = 0;
    for (size_t i = 0; i < inputs->n && !named; i++) {
      size_t n = strlen(inputs->v[i]);
      named = strncmp(p, inputs->v[i], n) == 0 && p[n] == ':';
    }
    if (!named && !unnamed++) first = p;
  }
  CHECK(ts, unnamed == 0, "hostile %s: %d message lines name no input, the first: %.200s", label, unnamed,
        first ? first : "");
}

/* Checks that a run stayed linear: four times the input costs at most eight times the CPU, plus noise. */
static void hostile_check_linear(test_state *ts, const char *label, double full, double quarter) {
  double slack = 0.25 * hostile_slowdown();
  CHECK(ts, full <= 8 * quarter + slack,
        "hostile %s: %.2f s of CPU for the input, %.2f s for a quarter of it: not linear", label, full, quarter);
}

/* ------------------------------------------------------------ article: detailed cases */

/* Runs `dateline article --json ARGS...` with the shared checks. */
static void hostile_article(test_state *ts, const hostile_dir *d, const char *label, hostile_argv *args,
                            const char *stdin_path, int accept, hostile_result *r) {
  hostile_argv full = {0};
  argv_words(&full, "article", "--json", (const char *)NULL);
  for (size_t i = 0; i < args->n; i++) argv_add(&full, args->v[i]);
  double limit = hostile_limit(0.5);
  hostile_exec(ts, d, &full, stdin_path, limit, r);
  hostile_parse(r, OUT_JSONL, "id");
  hostile_check_run(ts, label, r, accept, limit, OUT_JSONL);
  argv_free(&full);
}

/* Runs one generated file and checks the record count (-1: any, up to max_records). */
static void hostile_file(test_state *ts, const hostile_dir *d, const char *name, int accept,
                         int records, int max_records) {
  hostile_argv args = {0};
  argv_path(&args, d, name);
  hostile_result r;
  hostile_article(ts, d, name, &args, NULL, accept, &r);
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
  argv_free(&args);
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
    hostile_bytes b = {NULL, 0, 0};
    bytes_random(&b, &state, 256 * 1024, 0);
    CHECK(ts, bytes_save(d, names[n], &b) == 0, "cannot write %s", names[n]);
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

/* SGML that closes the wrong thing or nests without end. */
static void hostile_sgml(test_state *ts, const hostile_dir *d) {
  /* A good record first: whatever the junk after it does, that one must come out. */
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, good_reuters);
  bytes_puts(&b, "<REUTERS NEWID=\"2\"><REUTERS NEWID=\"3\"><TEXT><BODY>crossed</TEXT></BODY>\n"
                 "</REUTERS></REUTERS></REUTERS>\n<BODY>orphan body</BODY>\n"
                 "<TEXT><TITLE>no end tags &#99999999999; &#x110000; &amp &;\n<TITLE\n<");
  CHECK(ts, bytes_save(d, "unbalanced.sgm", &b) == 0, "cannot write");
  hostile_argv args = {0};
  argv_path(&args, d, "unbalanced.sgm");
  hostile_result r;
  hostile_article(ts, d, "unbalanced.sgm", &args, NULL, EXIT_OK | EXIT_BAD, &r);
  CHECK(ts, r.records >= 1, "hostile unbalanced.sgm: the good first record was lost");
  hostile_result_free(&r);
  argv_free(&args);

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
  hostile_argv args = {0};
  hostile_result r;
  argv_path(&args, d, "not-json.jsonl");
  hostile_article(ts, d, "not-json.jsonl", &args, NULL, EXIT_BAD, &r);
  CHECK(ts, r.records == 0, "hostile not-json.jsonl: %d records, not 0", r.records);
  hostile_expect_bad(ts, "not-json.jsonl", &r, NULL, path_in(d, "not-json.jsonl").s, 1);
  hostile_result_free(&r);
  argv_free(&args);

  static const char text_number[] = "{\"id\":\"n\",\"text\":42}\n";
  CHECK(ts, hostile_write(d, "text-number.jsonl", text_number, sizeof text_number - 1) == 0, "cannot write");
  argv_path(&args, d, "text-number.jsonl");
  hostile_article(ts, d, "text-number.jsonl", &args, NULL, EXIT_BAD, &r);
  CHECK(ts, r.records == 0, "hostile text-number.jsonl: %d records, not 0", r.records);
  hostile_expect_bad(ts, "text-number.jsonl", &r, NULL, path_in(d, "text-number.jsonl").s, 1);
  hostile_result_free(&r);
  argv_free(&args);

  static const char mixed[] =
      "{\"id\":\"g1\",\"date\":\"2024-03-01\",\"text\":\"Troops crossed the river on Friday.\"}\n"
      "{\"id\":\"b1\",\"text\":\"unterminated\n"
      "{\"id\":\"g2\",\"source\":\"Wire\",\"text\":\"Police arrested 12 people.\"}\n"
      "{\"id\":\"b2\",\"text\":[\"not\",\"a\",\"string\"]}\n"
      "{\"id\":\"g3\",\"title\":\"Talks\",\"text\":\"Talks resumed in Geneva.\"}\n";
  CHECK(ts, hostile_write(d, "mixed.jsonl", mixed, sizeof mixed - 1) == 0, "cannot write");
  hostile_path mixed_file = path_in(d, "mixed.jsonl");
  const char *mixed_path = mixed_file.s;
  argv_add(&args, mixed_path);
  hostile_article(ts, d, "mixed.jsonl", &args, NULL, EXIT_BAD, &r);
  CHECK(ts, r.records == 3, "hostile mixed.jsonl: %d records, not 3", r.records);
  const char *want[] = {"g1", "g2", "g3"};
  for (size_t i = 0; i < 3 && i < json_array_size(r.ids); i++) {
    const char *id = json_string_value(json_array_get(r.ids, i));
    CHECK(ts, id && strcmp(id, want[i]) == 0, "hostile mixed.jsonl: record %zu has id %s, not %s", i,
          id ? id : "(none)", want[i]);
  }
  hostile_expect_bad(ts, "mixed.jsonl", &r, NULL, mixed_path, 2);
  hostile_expect_bad(ts, "mixed.jsonl", &r, NULL, mixed_path, 4);
  hostile_result_free(&r);
  argv_free(&args);

  /* --errors FILE repeats each bad record as a JSON line; --quiet silences stderr. */
  hostile_path errors_file = path_in(d, "errors.jsonl");
  argv_words(&args, "--quiet", "--errors", errors_file.s, mixed_path, (const char *)NULL);
  hostile_article(ts, d, "--errors", &args, NULL, EXIT_BAD, &r);
  CHECK(ts, r.records == 3, "hostile --errors: %d records, not 3", r.records);
  CHECK(ts, r.err[0] == '\0', "hostile --errors: --quiet still wrote to stderr: %.300s", r.err);
  hostile_result_free(&r);
  argv_free(&args);
  json_t *errors = hostile_read_errors(ts, "--errors", errors_file.s);
  CHECK(ts, json_array_size(errors) == 2, "hostile --errors: %zu entries, not 2", json_array_size(errors));
  for (size_t i = 0; i < json_array_size(errors); i++) {
    json_t *e = json_array_get(errors, i);
    const char *input = json_string_value(json_object_get(e, "input"));
    CHECK(ts, input && strcmp(input, mixed_path) == 0 &&
                  json_integer_value(json_object_get(e, "line")) == (json_int_t)(2 + 2 * i),
          "hostile --errors: entry %zu is not {input: mixed.jsonl, line: %zu}", i, 2 + 2 * i);
  }
  json_decref(errors);

  /* Standard input: "-" reads the same records with the same exit status. */
  argv_add(&args, "-");
  hostile_article(ts, d, "stdin", &args, mixed_path, EXIT_BAD, &r);
  CHECK(ts, r.records == 3, "hostile stdin: %d records, not 3", r.records);
  hostile_result_free(&r);
  argv_free(&args);
}

/* Inputs that cannot be opened count as bad inputs: reported, skipped, exit 1. */
static void hostile_unopenable(test_state *ts, const hostile_dir *d) {
  CHECK(ts, hostile_write(d, "good.txt", good_story, sizeof good_story - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "unreadable.txt", good_story, sizeof good_story - 1) == 0, "cannot write");
  hostile_path unreadable_path = path_in(d, "unreadable.txt");
  const char *unreadable = unreadable_path.s;
  chmod(unreadable, 0);
  hostile_argv args = {0};
  hostile_result r;
  argv_add(&args, unreadable);
  argv_path(&args, d, "good.txt");
  /* root reads a mode-000 file anyway (CI runs as root), so only a normal user sees the failure. */
  int root = geteuid() == 0;
  hostile_article(ts, d, "unreadable.txt", &args, NULL, root ? EXIT_OK : EXIT_BAD, &r);
  CHECK(ts, r.records == (root ? 2 : 1), "hostile unreadable.txt: %d records, not %d", r.records,
        root ? 2 : 1);
  if (!root)
    CHECK(ts, strstr(r.err, unreadable) != NULL, "hostile unreadable.txt: stderr does not name it: %.300s",
          r.err);
  hostile_result_free(&r);
  argv_free(&args);
  chmod(unreadable, 0600);

  hostile_path missing_path = path_in(d, "no-such-file.txt");
  const char *missing = missing_path.s;
  argv_add(&args, missing);
  argv_path(&args, d, "good.txt");
  hostile_article(ts, d, "no-such-file.txt", &args, NULL, EXIT_BAD | EXIT_FATAL, &r);
  CHECK(ts, strstr(r.err, missing) != NULL, "hostile no-such-file.txt: stderr does not name it: %.300s",
        r.err);
  if (r.status == 1)
    CHECK(ts, r.records == 1, "hostile no-such-file.txt: the good file after it gave %d records", r.records);
  hostile_result_free(&r);
  argv_free(&args);

  /* A --blob that is not there is fatal, and the message names it once. */
  argv_words(&args, "code", "--blob", missing, (const char *)NULL);
  argv_path(&args, d, "good.txt");
  hostile_exec(ts, d, &args, NULL, hostile_limit(0.05), &r);
  CHECK(ts, r.status == 2, "hostile code --blob no-such-file.txt: exit %d, not 2", r.status);
  const char *named = strstr(r.err, missing);
  CHECK(ts, named && !strstr(named + strlen(missing), missing),
        "hostile code --blob no-such-file.txt: stderr does not name it exactly once: %.300s", r.err);
  hostile_result_free(&r);
  argv_free(&args);

  argv_add(&args, "--no-such-option");
  hostile_article(ts, d, "unknown option", &args, NULL, EXIT_FATAL, &r);
  CHECK(ts, r.records == 0, "hostile unknown option: printed %d records", r.records);
  hostile_result_free(&r);
  argv_free(&args);
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
  hostile_argv args = {0};
  argv_path(&args, d, "batch");
  hostile_result r;
  hostile_article(ts, d, "batch/", &args, NULL, EXIT_BAD, &r);
  CHECK(ts, r.records == 4, "hostile batch/: %d records, not 4", r.records);
  CHECK(ts, strstr(r.err, "b.jsonl:2:") != NULL, "hostile batch/: stderr does not name b.jsonl:2: %.300s",
        r.err);
  hostile_result_free(&r);
  argv_free(&args);
}

/* ------------------------------------------------------------ every command, every kind of input */

/* The commands that read articles, as the matrix runs them. */
typedef struct hostile_command {
  const char *label;     /* for messages */
  const char *words[4];  /* the words before the options and inputs */
  hostile_format format; /* what stdout holds */
  const char *id_key;    /* the JSON field holding the article id */
  const char *marker;    /* what the output shows for the good sentence */
} hostile_command;

static const hostile_command hostile_commands[] = {
    {"article", {"article", NULL, NULL, NULL}, OUT_JSONL, "id", "Kenyan police"},
    {"actors", {"actors", NULL, NULL, NULL}, OUT_JSONL, "article", "\"KENCOP\""},
    {"places", {"places", NULL, NULL, NULL}, OUT_JSONL, "article", "\"Nairobi\""},
    {"code", {"code", NULL, NULL, NULL}, OUT_JSONL, "article", "\"KENCOP\""},
    {"code --format gdelt", {"code", "--format", "gdelt", NULL}, OUT_GDELT, NULL, "\tKENCOP\t"},
    {"code --format csv", {"code", "--format", "csv", NULL}, OUT_CSV, NULL, ",KENCOP,"},
    {"code -j 2", {"code", "-j", "2", NULL}, OUT_JSONL, "article", "\"KENCOP\""},
};
#define HOSTILE_NCOMMANDS (sizeof hostile_commands / sizeof *hostile_commands)
/* The index of `code` (JSON Lines) in hostile_commands, whose output -j 2 must repeat. */
#define HOSTILE_CODE 3
#define HOSTILE_CODE_J2 6

/* The dict subcommands, given a kind's inputs as dictionaries. */
enum { DICT_CHECK, DICT_COMPILE, DICT_DUMP, DICT_LOOKUP, HOSTILE_NDICT };
static const char *const hostile_dict_labels[] = {"dict check", "dict compile", "dict dump --dict",
                                                   "dict lookup --dict"};

/*
 * The sentence every good record carries: each command shows it (an actor
 * KENCOP, a place Nairobi, an event of KENCOP), and no hostile part of an
 * input names Kenya, so finding it in the output proves the good part was read.
 */
static const char good_sentence[] = "Kenyan police arrested two protesters outside the parliament in Nairobi on Tuesday.";

/* A bad record the commands must report: input (a file name in the directory) and line (0: the whole input). */
typedef struct hostile_bad {
  const char *input;
  size_t line;
} hostile_bad;

/* What a kind of input wrote, and what every command must do with it. */
typedef struct hostile_expect {
  const char *inputs[8];  /* file names in the directory, or absolute paths */
  size_t ninputs;
  hostile_bad bad[8];     /* the bad records */
  size_t nbad;
  const char *good[8];    /* article ids every command must write */
  size_t ngood;
  int marker;             /* the good sentence is inside a hostile article: look for it */
  int accept;             /* exit statuses of the reading commands */
  int dict_check_accept;  /* of dict check and dict compile */
  int dict_read_accept;   /* of dict dump and lookup with the inputs as --dict */
  int dict_inputs;        /* how many of the inputs the dict subcommands read (from the first) */
} hostile_expect;

static void expect_input(hostile_expect *e, const char *name) { e->inputs[e->ninputs++] = name; }
static void expect_bad(hostile_expect *e, const char *name, size_t line) {
  e->bad[e->nbad].input = name;
  e->bad[e->nbad++].line = line;
}
static void expect_good(hostile_expect *e, const char *id) { e->good[e->ngood++] = id; }

/* A good plain-text story in the file name; its article id is the name without .txt. */
static void write_good_story(test_state *ts, const hostile_dir *d, const char *name) {
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "Protesters held\n\nLONDON (Reuters) - ");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, name, &b) == 0, "cannot write %s", name);
}

/* A JSON Lines record carrying the good sentence. */
static void put_good_jsonl(hostile_bytes *b, const char *id) {
  bytes_puts(b, "{\"id\":\"");
  bytes_puts(b, id);
  bytes_puts(b, "\",\"title\":\"Protesters held\",\"text\":\"");
  bytes_puts(b, good_sentence);
  bytes_puts(b, "\"}\n");
}

/* A Reuters record carrying the good sentence (and extra, raw, in its body). */
static void put_good_reuters(hostile_bytes *b, const char *newid, const char *extra, size_t extra_len) {
  bytes_puts(b, "<REUTERS TOPICS=\"NO\" NEWID=\"");
  bytes_puts(b, newid);
  bytes_puts(b, "\">\n<DATE> 2-MAR-1987 10:00:00.00</DATE>\n<TEXT>&#2;\n<TITLE>PROTESTERS HELD</TITLE>\n"
                "<DATELINE>    LONDON, March 2 - </DATELINE><BODY>");
  bytes_put(b, extra, extra_len);
  bytes_puts(b, "\n");
  bytes_puts(b, good_sentence);
  bytes_puts(b, "\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n");
}

/* Random bytes named as each format, beside a good story. */
static void kind_random(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  (void)div;
  static const char *const names[] = {"random.txt", "random.jsonl", "random.sgm"};
  uint64_t state = 0x2545f4914f6cdd1du;
  for (size_t i = 0; i < 3; i++) {
    hostile_bytes b = {NULL, 0, 0};
    bytes_random(&b, &state, 256 * 1024, 0);
    CHECK(ts, bytes_save(d, names[i], &b) == 0, "cannot write %s", names[i]);
    expect_input(e, names[i]);
  }
  write_good_story(ts, d, "good.txt");
  expect_input(e, "good.txt");
  expect_good(e, "good");
  expect_bad(e, "random.jsonl", 1);
  e->accept = EXIT_BAD;
  e->dict_inputs = 3;
}

/* Bytes that are not UTF-8 in each format; in JSON Lines they spoil their record. */
static void kind_utf8(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  (void)div;
  static const char invalid[] = "Bad \x80 bytes \xc0\xaf here, a surrogate \xed\xa0\x80, a five-byte "
                                "\xf8\x88\x80\x80\x80, out of range \xf4\x90\x80\x80, bare \xfe\xff, cut \xe2\x82";
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "Bad \xff\xfe headline \xc3\n\nLONDON (Reuters) - ");
  bytes_puts(&b, invalid);
  bytes_puts(&b, "\n\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n\n\xe2\x82");
  CHECK(ts, bytes_save(d, "bad-utf8.txt", &b) == 0, "cannot write");
  put_good_jsonl(&b, "utf8-first");
  bytes_puts(&b, "{\"id\":\"utf8-raw\",\"text\":\"");
  bytes_puts(&b, invalid);
  bytes_puts(&b, "\"}\n{\"id\":\"utf8-surrogate\",\"text\":\"a lone \\ud800 surrogate\"}\n");
  put_good_jsonl(&b, "utf8-last");
  CHECK(ts, bytes_save(d, "bad-utf8.jsonl", &b) == 0, "cannot write");
  put_good_reuters(&b, "401", invalid, sizeof invalid - 1);
  CHECK(ts, bytes_save(d, "bad-utf8.sgm", &b) == 0, "cannot write");
  expect_input(e, "bad-utf8.txt");
  expect_input(e, "bad-utf8.jsonl");
  expect_input(e, "bad-utf8.sgm");
  expect_good(e, "bad-utf8");
  expect_good(e, "utf8-first");
  expect_good(e, "utf8-last");
  expect_good(e, "401");
  expect_bad(e, "bad-utf8.jsonl", 2);
  expect_bad(e, "bad-utf8.jsonl", 3);
  e->marker = 1;
  e->accept = EXIT_BAD;
}

/* NUL bytes in each format: escaped in JSON they are text, raw they spoil the record. */
static void kind_nul(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  (void)div;
  static const char nul[] = "Head\0line\n\nLONDON (Reuters) - Words \0with\0 NUL bytes.\0\n\n";
  hostile_bytes b = {NULL, 0, 0};
  bytes_put(&b, nul, sizeof nul - 1);
  bytes_puts(&b, good_sentence);
  bytes_put(&b, "\n\0\0\n", 4);
  CHECK(ts, bytes_save(d, "nul.txt", &b) == 0, "cannot write");
  bytes_puts(&b, "{\"id\":\"nul-escaped\",\"text\":\"a\\u0000b\\u0000. ");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\"}\n");
  static const char raw[] = "{\"id\":\"nul-raw\",\0\"text\":\"x\"}\n";
  bytes_put(&b, raw, sizeof raw - 1);
  put_good_jsonl(&b, "nul-after");
  CHECK(ts, bytes_save(d, "nul.jsonl", &b) == 0, "cannot write");
  put_good_reuters(&b, "501", "Police\0 said\0.", 15);
  CHECK(ts, bytes_save(d, "nul.sgm", &b) == 0, "cannot write");
  expect_input(e, "nul.txt");
  expect_input(e, "nul.jsonl");
  expect_input(e, "nul.sgm");
  expect_good(e, "nul");
  expect_good(e, "nul-escaped");
  expect_good(e, "nul-after");
  expect_good(e, "501");
  expect_bad(e, "nul.jsonl", 2);
  e->marker = 1;
  e->accept = EXIT_BAD;
}

/* An 8 MB line without a space, in a story and as a JSON string, each with the good sentence after it. */
static void kind_long_line(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  size_t size = (8u << 20) / div;
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "Long line\n\n");
  bytes_fill(&b, 'x', size);
  bytes_puts(&b, "\n\nLONDON (Reuters) - ");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "long-line.txt", &b) == 0, "cannot write");
  bytes_puts(&b, "{\"id\":\"long-json\",\"text\":\"");
  bytes_fill(&b, 'x', size);
  bytes_puts(&b, "\"}\n");
  put_good_jsonl(&b, "after-long");
  CHECK(ts, bytes_save(d, "long-line.jsonl", &b) == 0, "cannot write");
  expect_input(e, "long-line.txt");
  expect_input(e, "long-line.jsonl");
  expect_good(e, "long-line");
  expect_good(e, "after-long");
  e->marker = 1;
  e->accept = EXIT_OK;
}

/* Words that name actors and events, so the coder has work in every piece of the long sentence. */
static const char *const sentence_words[] = {
    "Afghan", "soldiers", "sought", "refuge", "in", "Pakistan", "after", "Taliban", "fighters", "attacked",
    "the", "army", "and", "Iranian", "officials", "accused", "Washington", "of", "violating", "an",
    "agreement", "while", "Russian", "troops", "met", "Turkish", "diplomats", "said"};

/*
 * 100,000 words and one full stop at the end, then the good sentence in its
 * own paragraph. (A paragraph that does not end a sentence runs on into the
 * next one, so without that stop the good sentence would join the last piece
 * of the long one, and be coded or not depending on that piece's verbs.)
 */
static void kind_long_sentence(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  size_t words = 100000 / div, nwords = sizeof sentence_words / sizeof *sentence_words;
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "Endless sentence\n\nLONDON (Reuters) - ");
  for (size_t i = 0; i < words; i++) {
    bytes_puts(&b, sentence_words[(i * 7 + i / nwords) % nwords]);
    /* One line: hard-wrapped lines that open with a capital read as paragraphs of their own. */
    bytes_puts(&b, i + 1 == words ? "." : " ");
  }
  bytes_puts(&b, "\n\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "long-sentence.txt", &b) == 0, "cannot write");
  expect_input(e, "long-sentence.txt");
  expect_good(e, "long-sentence");
  e->marker = 1;
  e->accept = EXIT_OK;
}

/* 200,000 nested parentheses, closed and never closed, each story with the good sentence after. */
static void kind_parens(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  size_t depth = 200000 / div;
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "Brackets\n\nLONDON (Reuters) - Afghan soldiers ");
  bytes_fill(&b, '(', depth);
  bytes_puts(&b, "attacked");
  bytes_fill(&b, ')', depth);
  bytes_puts(&b, " Pakistan, officials said.\n\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "parens.txt", &b) == 0, "cannot write");
  bytes_puts(&b, "Open brackets\n\nLONDON (Reuters) - Afghan soldiers ");
  bytes_fill(&b, '(', depth);
  bytes_puts(&b, " attacked Pakistan.\n\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n");
  CHECK(ts, bytes_save(d, "parens-open.txt", &b) == 0, "cannot write");
  expect_input(e, "parens.txt");
  expect_input(e, "parens-open.txt");
  expect_good(e, "parens");
  expect_good(e, "parens-open");
  e->marker = 1;
  e->accept = EXIT_OK;
}

/* JSON Lines with 100,000 escaped quotes in a row, and 100,000 around words. */
static void kind_quotes(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  size_t quotes = 100000 / div;
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "{\"id\":\"quotes\",\"title\":\"Quotes\",\"text\":\"He said ");
  bytes_repeat(&b, "\\\"", quotes);
  bytes_puts(&b, " and left.\\n\\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\"}\n{\"id\":\"quoted-words\",\"text\":\"");
  bytes_repeat(&b, "\\\"Troops left,\\\" ", quotes / 2);
  bytes_puts(&b, "officials said.\\n\\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\"}\n");
  CHECK(ts, bytes_save(d, "quotes.jsonl", &b) == 0, "cannot write");
  expect_input(e, "quotes.jsonl");
  expect_good(e, "quotes");
  expect_good(e, "quoted-words");
  e->marker = 1;
  e->accept = EXIT_OK;
}

/* JSON nested 100,000 deep (refused, each record on its own), 1,000 deep (read), and never closed. */
static void kind_deep_json(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  size_t depth = 100000 / div;
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "{\"id\":\"deep-extra\",\"text\":\"x\",\"extra\":");
  bytes_fill(&b, '[', depth);
  bytes_fill(&b, ']', depth);
  bytes_puts(&b, "}\n");
  bytes_fill(&b, '[', depth);
  bytes_fill(&b, ']', depth);
  bytes_puts(&b, "\n");
  bytes_repeat(&b, "{\"a\":", depth / 2);
  bytes_puts(&b, "1");
  bytes_fill(&b, '}', depth / 2);
  bytes_puts(&b, "\n{\"id\":\"deep-ok\",\"text\":\"");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\",\"extra\":");
  bytes_fill(&b, '[', 1000);
  bytes_fill(&b, ']', 1000);
  bytes_puts(&b, "}\n{\"id\":\"deep-open\",\"text\":\"x\",\"extra\":");
  bytes_fill(&b, '[', depth);
  bytes_puts(&b, "\n");
  put_good_jsonl(&b, "after-deep");
  CHECK(ts, bytes_save(d, "deep.jsonl", &b) == 0, "cannot write");
  expect_input(e, "deep.jsonl");
  expect_good(e, "deep-ok");
  expect_good(e, "after-deep");
  expect_bad(e, "deep.jsonl", 1);
  expect_bad(e, "deep.jsonl", 2);
  expect_bad(e, "deep.jsonl", 3);
  expect_bad(e, "deep.jsonl", 5);
  e->accept = EXIT_BAD;
}

/* SGML cut off in a record, in a tag and in GigaWord, each after a good record. */
static void kind_truncated_sgml(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  (void)div;
  size_t reuters_line, tag_line, gigaword_line;
  hostile_bytes b = {NULL, 0, 0};
  bytes_puts(&b, "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
  put_good_reuters(&b, "201", "", 0);
  reuters_line = bytes_next_line(&b);
  bytes_puts(&b, "<REUTERS NEWID=\"202\">\n<DATE> 2-MAR-1987</DATE>\n<TEXT>&#2;\n<TITLE>CUT OFF IN THE MID");
  CHECK(ts, bytes_save(d, "truncated.sgm", &b) == 0, "cannot write");
  put_good_reuters(&b, "301", "", 0);
  tag_line = bytes_next_line(&b);
  bytes_puts(&b, "<REUTERS NEWID=\"30");
  CHECK(ts, bytes_save(d, "truncated-tag.sgm", &b) == 0, "cannot write");
  bytes_puts(&b, "<DOC id=\"GW-1\" type=\"story\" >\n<HEADLINE>\nProtesters held\n</HEADLINE>\n<TEXT>\n<P>\n");
  bytes_puts(&b, good_sentence);
  bytes_puts(&b, "\n</P>\n</TEXT>\n</DOC>\n");
  gigaword_line = bytes_next_line(&b);
  bytes_puts(&b, "<DOC id=\"GW-2\" type=\"story\" >\n<HEADLINE>\nStorm hits\n</HEADLINE>\n<TEXT>\n<P>\nA storm hit");
  CHECK(ts, bytes_save(d, "truncated-gigaword.sgml", &b) == 0, "cannot write");
  expect_input(e, "truncated.sgm");
  expect_input(e, "truncated-tag.sgm");
  expect_input(e, "truncated-gigaword.sgml");
  expect_good(e, "201");
  expect_good(e, "301");
  expect_good(e, "GW-1");
  expect_bad(e, "truncated.sgm", reuters_line);
  expect_bad(e, "truncated-tag.sgm", tag_line);
  expect_bad(e, "truncated-gigaword.sgml", gigaword_line);
  e->accept = EXIT_BAD;
}

/* Empty files of each format, and one of blank lines, beside a good story. */
static void kind_empty(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  (void)div;
  static const char *const names[] = {"empty.txt", "empty.jsonl", "empty.sgm"};
  for (size_t i = 0; i < 3; i++) {
    CHECK(ts, hostile_write(d, names[i], "", 0) == 0, "cannot write %s", names[i]);
    expect_input(e, names[i]);
  }
  CHECK(ts, hostile_write(d, "blank.jsonl", "\n\n \t\n\n", 6) == 0, "cannot write blank.jsonl");
  expect_input(e, "blank.jsonl");
  write_good_story(ts, d, "good.txt");
  expect_input(e, "good.txt");
  expect_good(e, "good");
  e->accept = EXIT_OK;
  e->dict_check_accept = EXIT_OK;
  e->dict_read_accept = EXIT_OK;
  e->dict_inputs = 4;
}

/*
 * Inputs that cannot be read. Tests may run as root, which reads a mode-000
 * file anyway, so the failures come from paths no one can read: a dangling
 * symbolic link, a link to itself (ELOOP), /proc/self/mem (opens, and the
 * first read fails with EIO: a real read error), and a dangling link inside a
 * directory being walked. A mode-000 file is added only for a normal user.
 */
static void kind_unreadable(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e) {
  (void)div;
  unlink(path_in(d, "dangling.txt").s);
  unlink(path_in(d, "loop.txt").s);
  CHECK(ts, symlink(path_in(d, "no-such-target.txt").s, path_in(d, "dangling.txt").s) == 0,
        "cannot make dangling.txt");
  CHECK(ts, symlink("loop.txt", path_in(d, "loop.txt").s) == 0, "cannot make loop.txt");
  expect_input(e, "dangling.txt");
  expect_bad(e, "dangling.txt", 0);
  expect_input(e, "loop.txt");
  expect_bad(e, "loop.txt", 0);
  if (access("/proc/self/mem", R_OK) == 0) {
    expect_input(e, "/proc/self/mem");
    expect_bad(e, "/proc/self/mem", 0);
  }
  if (geteuid() != 0) {
    write_good_story(ts, d, "mode000.txt");
    chmod(path_in(d, "mode000.txt").s, 0);
    expect_input(e, "mode000.txt");
    expect_bad(e, "mode000.txt", 0);
  }
  e->dict_inputs = (int)e->ninputs;
  mkdir(path_in(d, "unreadable-dir").s, 0755);
  write_good_story(ts, d, "unreadable-dir/inner.txt");
  unlink(path_in(d, "unreadable-dir/gone.txt").s);
  CHECK(ts, symlink(path_in(d, "no-such-target.txt").s, path_in(d, "unreadable-dir/gone.txt").s) == 0,
        "cannot make unreadable-dir/gone.txt");
  expect_input(e, "unreadable-dir");
  expect_bad(e, "unreadable-dir/gone.txt", 0);
  expect_good(e, "inner");
  write_good_story(ts, d, "good.txt");
  expect_input(e, "good.txt");
  expect_good(e, "good");
  e->accept = EXIT_BAD;
  e->dict_check_accept = EXIT_BAD;
  e->dict_read_accept = EXIT_FATAL;
}

/* A kind of hostile input. */
typedef struct hostile_kind {
  const char *label;
  double expected; /* seconds the slowest command takes on it on an ordinary machine */
  int scales;      /* big in one dimension: also run at a quarter of the size, to check the time is linear */
  void (*make)(test_state *ts, const hostile_dir *d, size_t div, hostile_expect *e);
} hostile_kind;

static const hostile_kind hostile_kinds[] = {
    {"random bytes", 0.1, 0, kind_random},
    {"invalid UTF-8", 0.05, 0, kind_utf8},
    {"NUL bytes", 0.05, 0, kind_nul},
    {"8 MB line", 0.6, 1, kind_long_line},
    {"100,000-word sentence", 0.3, 1, kind_long_sentence},
    {"200,000 parentheses", 0.1, 1, kind_parens},
    {"100,000 escaped quotes", 0.4, 1, kind_quotes},
    {"deeply nested JSON", 0.4, 1, kind_deep_json},
    {"truncated SGML", 0.05, 0, kind_truncated_sgml},
    {"empty files", 0.05, 0, kind_empty},
    {"unreadable inputs", 0.05, 0, kind_unreadable},
};

/* One reading command on one kind: the shared checks, then the kind's bad and good records. */
static void hostile_read_one(test_state *ts, const hostile_dir *d, const hostile_kind *k, const hostile_expect *e,
                             const hostile_command *c, const char *label, hostile_result *r) {
  hostile_argv args = {0};
  for (size_t i = 0; i < 4 && c->words[i]; i++) argv_add(&args, c->words[i]);
  hostile_path errors_path = path_in(d, "errors.jsonl");
  unlink(errors_path.s);
  argv_words(&args, "--errors", errors_path.s, (const char *)NULL);
  for (size_t i = 0; i < e->ninputs; i++) argv_path(&args, d, e->inputs[i]);
  double limit = hostile_limit(k->expected);
  hostile_exec(ts, d, &args, NULL, limit, r);
  hostile_parse(r, c->format, c->id_key);
  hostile_check_run(ts, label, r, e->accept, limit, c->format);

  /* Each bad record is named on stderr and in --errors, which list the same reports; exit 1 says there were some. */
  json_t *errors = hostile_read_errors(ts, label, errors_path.s);
  /* Notices ("dateline: note: ...", a sentence cut at the cap) are no bad records. */
  size_t reports = count_prefixed_lines(r->err, "dateline: ") - count_prefixed_lines(r->err, "dateline: note: ");
  CHECK(ts, reports == json_array_size(errors), "hostile %s: %zu reports on stderr, %zu in --errors", label,
        reports, json_array_size(errors));
  if (r->status == 0 || r->status == 1)
    CHECK(ts, (r->status == 1) == (json_array_size(errors) > 0),
          "hostile %s: exit status %d with %zu bad records reported", label, r->status, json_array_size(errors));
  for (size_t i = 0; i < e->nbad; i++)
    hostile_expect_bad(ts, label, r, errors, path_in(d, e->bad[i].input).s, e->bad[i].line);
  json_decref(errors);

  /* Every good record is still coded. */
  for (size_t i = 0; i < e->ngood; i++)
    CHECK(ts, hostile_has_article(r, e->good[i]), "hostile %s: no output for the good article %s", label,
          e->good[i]);
  if (e->marker)
    CHECK(ts, contains(r->out, r->out_len, c->marker), "hostile %s: the good sentence's %s is not in the output",
          label, c->marker);
  argv_free(&args);
}

/* The dict subcommands on a kind's inputs, read as dictionaries. */
static void hostile_dict_one(test_state *ts, const hostile_dir *d, const hostile_kind *k, const hostile_expect *e,
                             int sub, const char *label, hostile_result *r) {
  hostile_argv args = {0}, inputs = {0};
  size_t n = e->dict_inputs ? (size_t)e->dict_inputs : e->ninputs;
  for (size_t i = 0; i < n; i++) argv_path(&inputs, d, e->inputs[i]);
  hostile_path blob = path_in(d, "hostile.blob");
  unlink(blob.s);
  argv_add(&args, "dict");
  if (sub == DICT_CHECK) argv_add(&args, "check");
  if (sub == DICT_COMPILE) argv_words(&args, "compile", "-o", blob.s, (const char *)NULL);
  if (sub == DICT_DUMP) argv_add(&args, "dump");
  if (sub == DICT_LOOKUP) argv_add(&args, "lookup");
  for (size_t i = 0; i < inputs.n; i++) {
    if (sub == DICT_DUMP || sub == DICT_LOOKUP) argv_add(&args, "--dict");
    argv_add(&args, inputs.v[i]);
  }
  if (sub == DICT_LOOKUP) argv_words(&args, "Afghan", "soldiers", (const char *)NULL);
  int accept = sub == DICT_CHECK || sub == DICT_COMPILE
                   ? (e->dict_check_accept ? e->dict_check_accept : EXIT_OK | EXIT_BAD)
                   : (e->dict_read_accept ? e->dict_read_accept : EXIT_OK | EXIT_FATAL);
  double limit = hostile_limit(k->expected);
  hostile_exec(ts, d, &args, NULL, limit, r);
  hostile_check_run(ts, label, r, accept, limit, OUT_TEXT);

  /* Every problem is named: check prints them with a summary per file; the others on stderr. */
  hostile_messages_named(ts, label, sub == DICT_CHECK ? r->out : r->err, &inputs);
  if (sub == DICT_CHECK && r->status != 2)
    for (size_t i = 0; i < inputs.n; i++) {
      char want[4096 + 8];
      snprintf(want, sizeof want, "%s: ", inputs.v[i]);
      CHECK(ts, strstr(r->out, want) != NULL || strstr(r->err, want) != NULL,
            "hostile %s: no summary or error for %s", label, inputs.v[i]);
    }
  if (r->status != 0 && sub != DICT_CHECK) {
    int named = 0;
    for (size_t i = 0; i < inputs.n && !named; i++) named = strstr(r->err, inputs.v[i]) != NULL;
    CHECK(ts, named, "hostile %s: exit %d but stderr names no input: %.300s", label, r->status, r->err);
  }
  if (sub == DICT_COMPILE) {
    struct stat st;
    int written = stat(blob.s, &st) == 0 && st.st_size > 0;
    CHECK(ts, written == (r->status == 0), "hostile %s: exit %d, yet the blob was %swritten", label, r->status,
          written ? "" : "not ");
  }
  if (sub == DICT_LOOKUP && r->status == 0)
    CHECK(ts, strstr(r->out, "\"Afghan\" key") && strstr(r->out, "countries.txt:"),
          "hostile %s: the built-in entry for \"Afghan\" is lost: %.300s", label, r->out);
  if (sub == DICT_DUMP && r->status == 0)
    CHECK(ts, strstr(r->out, "countries.txt:") != NULL, "hostile %s: the dump lost the built-in entries", label);
  argv_free(&inputs);
  argv_free(&args);
}

/* Opens the blob that dict compile wrote, as a check that what it wrote is a lexicon. */
static void hostile_blob_opens(test_state *ts, const hostile_dir *d, const char *label) {
  hostile_argv args = {0};
  argv_words(&args, "dict", "lookup", "--blob", (const char *)NULL);
  argv_path(&args, d, "hostile.blob");
  argv_add(&args, "Zorblaxian");
  hostile_result r;
  double limit = hostile_limit(0.05);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, label, &r, EXIT_OK, limit, OUT_TEXT);
  hostile_result_free(&r);
  argv_free(&args);
}

/* Every command on one kind of input, at full size and, for the big kinds, at a quarter. */
static void hostile_kind_run(test_state *ts, const hostile_dir *d, const hostile_kind *k) {
  double cpu[HOSTILE_NCOMMANDS + HOSTILE_NDICT];
  for (size_t pass = 0; pass < (k->scales ? 2u : 1u); pass++) {
    size_t div = pass ? 4 : 1;
    hostile_expect e;
    memset(&e, 0, sizeof e);
    k->make(ts, d, div, &e);
    char label[512];
    hostile_result code;
    memset(&code, 0, sizeof code);
    for (size_t c = 0; c < HOSTILE_NCOMMANDS; c++) {
      snprintf(label, sizeof label, "%s%s, %s", k->label, pass ? " (a quarter)" : "", hostile_commands[c].label);
      hostile_result r;
      hostile_read_one(ts, d, k, &e, &hostile_commands[c], label, &r);
      if (pass == 0) cpu[c] = r.cpu;
      else hostile_check_linear(ts, label, cpu[c], r.cpu);
      if (c == HOSTILE_CODE) {
        code = r;
        continue;
      }
      if (c == HOSTILE_CODE_J2)
        CHECK(ts, r.status == code.status && r.out_len == code.out_len && memcmp(r.out, code.out, r.out_len) == 0,
              "hostile %s: the output differs from one thread's (exit %d, %zu bytes; one thread: exit %d, %zu bytes)",
              label, r.status, r.out_len, code.status, code.out_len);
      /* The long sentence is cut into pieces of at most the cap, so no stage sees it whole. */
      if (k->make == kind_long_sentence && c == 0 && r.first) {
        size_t pieces = json_array_size(json_object_get(r.first, "sentences"));
        CHECK(ts, pieces >= 100000 / div / 1000, "hostile %s: %zu sentences: the long one was not cut", label, pieces);
      }
      if (HOSTILE_EXPECT_CAP_NOTICE && k->make == kind_long_sentence)
        CHECK(ts, strstr(r.err, "long-sentence") != NULL, "hostile %s: the sentence cap is not on stderr (%zu bytes): %.300s",
              label, strlen(r.err), r.err);
      hostile_result_free(&r);
    }
    hostile_result_free(&code);
    for (int sub = 0; sub < HOSTILE_NDICT; sub++) {
      snprintf(label, sizeof label, "%s%s, %s", k->label, pass ? " (a quarter)" : "", hostile_dict_labels[sub]);
      hostile_result r;
      hostile_dict_one(ts, d, k, &e, sub, label, &r);
      if (pass == 0) cpu[HOSTILE_NCOMMANDS + (size_t)sub] = r.cpu;
      else hostile_check_linear(ts, label, cpu[HOSTILE_NCOMMANDS + (size_t)sub], r.cpu);
      if (sub == DICT_COMPILE && r.status == 0) hostile_blob_opens(ts, d, label);
      hostile_result_free(&r);
    }
  }
}

/* ------------------------------------------------------------ dictionaries */

/* Native dictionary lines that are errors, between good entries. */
static const char broken_dict[] =
    "# a dictionary with broken lines between good ones\n"
    "ZZZGOV body Zorblaxian Council\n"
    "this line is broken\n"
    "XXX country\n"
    "|||\n"
    "ZZZ country Zorblaxia | Republic of Zorblaxia 2020-13-45..\n"
    "IGOZZZ group Zorblaxian Union\n"
    "ZZZ demonym Zorblaxian | Zorblaxians\n";
static const size_t broken_dict_lines[] = {3, 4, 5, 6};
#define BROKEN_DICT_ENTRIES "3 entries"

/* PETRARCH actor lines that are warnings (the line is read, the broken part skipped), around a good entry. */
static const char warning_dict[] =
    "ZORBLAXIAN_UNION [IGOZZZ]\n"
    "BROKEN_ENTRY [ABC\n"
    "+ALIAS_WITHOUT_HEAD\n"
    "ZORBLAXIAN_LEAGUE [IGOZZZ 990101-991301]\n"
    "KENYAN_POLICE_CHIEF [KENCOP] [\n";
static const size_t warning_dict_lines[] = {2, 4, 5};

/* Verb patterns with broken lines, for dateline code. */
static const char broken_verbs[] =
    "# verb patterns, some broken\n"
    "173  zorblify +T | bezorble +T\n"
    "17   +T +S\n"
    "abc  what\n"
    "173\n";
static const size_t broken_verbs_lines[] = {3, 4, 5};

static const char zorb_story[] =
    "Union condemns\n\nLONDON (Reuters) - The Zorblaxian Union condemned Pakistan on Monday.\n\n"
    "Kenyan police arrested two protesters outside the parliament in Nairobi on Tuesday.\n";

/*
 * A dictionary with broken lines: dict check and compile name each line and
 * exit 1 (compile writes no blob); a command that loads it with --dict stops
 * with exit 2 and names each line on stderr and in --errors; warnings are
 * named too, and the good entries of that file are used.
 */
static void hostile_dictionaries(test_state *ts, const hostile_dir *d) {
  CHECK(ts, hostile_write(d, "broken-dict.txt", broken_dict, sizeof broken_dict - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "warning-dict.txt", warning_dict, sizeof warning_dict - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "broken-verbs.txt", broken_verbs, sizeof broken_verbs - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "zorb.txt", zorb_story, sizeof zorb_story - 1) == 0, "cannot write");
  hostile_path broken = path_in(d, "broken-dict.txt"), warning = path_in(d, "warning-dict.txt");
  hostile_path verbs = path_in(d, "broken-verbs.txt"), story = path_in(d, "zorb.txt");
  hostile_path blob = path_in(d, "dict.blob"), errors_path = path_in(d, "errors.jsonl");
  double limit = hostile_limit(0.1);
  hostile_argv args = {0};
  hostile_result r;
  char label[256];

  /* dict check: each broken line on stdout, the good entries counted. */
  argv_words(&args, "dict", "check", broken.s, verbs.s, (const char *)NULL);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "broken dictionary, dict check", &r, EXIT_BAD, limit, OUT_TEXT);
  for (size_t i = 0; i < sizeof broken_dict_lines / sizeof *broken_dict_lines; i++) {
    char where[4096 + 300];
    snprintf(where, sizeof where, "%s:%zu:", broken.s, broken_dict_lines[i]);
    CHECK(ts, strstr(r.out, where) != NULL, "hostile broken dictionary, dict check: %s not named", where);
  }
  for (size_t i = 0; i < sizeof broken_verbs_lines / sizeof *broken_verbs_lines; i++) {
    char where[4096 + 300];
    snprintf(where, sizeof where, "%s:%zu:", verbs.s, broken_verbs_lines[i]);
    CHECK(ts, strstr(r.out, where) != NULL, "hostile broken dictionary, dict check: %s not named", where);
  }
  CHECK(ts, strstr(r.out, BROKEN_DICT_ENTRIES) != NULL,
        "hostile broken dictionary, dict check: the good entries are not counted (" BROKEN_DICT_ENTRIES "): %.500s",
        r.out);
  hostile_result_free(&r);
  argv_free(&args);

  /* dict check of warnings only: exit 0, each warning named. */
  argv_words(&args, "dict", "check", warning.s, (const char *)NULL);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "warning dictionary, dict check", &r, EXIT_OK, limit, OUT_TEXT);
  for (size_t i = 0; i < sizeof warning_dict_lines / sizeof *warning_dict_lines; i++) {
    char where[4096 + 300];
    snprintf(where, sizeof where, "%s:%zu:", warning.s, warning_dict_lines[i]);
    CHECK(ts, strstr(r.out, where) != NULL, "hostile warning dictionary, dict check: %s not named", where);
  }
  hostile_result_free(&r);
  argv_free(&args);

  /* dict compile: the broken file names each line on stderr and writes no blob. */
  unlink(blob.s);
  argv_words(&args, "dict", "compile", "-o", blob.s, broken.s, (const char *)NULL);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "broken dictionary, dict compile", &r, EXIT_BAD, limit, OUT_TEXT);
  for (size_t i = 0; i < sizeof broken_dict_lines / sizeof *broken_dict_lines; i++) {
    char where[4096 + 300];
    snprintf(where, sizeof where, "%s:%zu:", broken.s, broken_dict_lines[i]);
    CHECK(ts, strstr(r.err, where) != NULL, "hostile broken dictionary, dict compile: %s not named", where);
  }
  CHECK(ts, access(blob.s, F_OK) != 0, "hostile broken dictionary, dict compile: a blob was written");
  hostile_result_free(&r);
  argv_free(&args);

  /* dict compile of warnings only: the blob is written, and it finds the good entry. */
  argv_words(&args, "dict", "compile", "-o", blob.s, warning.s, (const char *)NULL);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "warning dictionary, dict compile", &r, EXIT_OK, limit, OUT_TEXT);
  hostile_result_free(&r);
  argv_free(&args);
  argv_words(&args, "dict", "lookup", "--blob", blob.s, "the", "Zorblaxian", "Union", (const char *)NULL);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "warning dictionary, dict lookup --blob", &r, EXIT_OK, limit, OUT_TEXT);
  CHECK(ts, strstr(r.out, "IGOZZZ") != NULL, "hostile warning dictionary: its compiled entry is not found: %.300s",
        r.out);
  hostile_result_free(&r);
  argv_free(&args);

  /* dict dump and lookup with --dict: the broken file is fatal and named line by line. */
  for (int lookup = 0; lookup < 2; lookup++) {
    snprintf(label, sizeof label, "broken dictionary, dict %s --dict", lookup ? "lookup" : "dump");
    argv_words(&args, "dict", lookup ? "lookup" : "dump", "--dict", broken.s, (const char *)NULL);
    if (lookup) argv_add(&args, "Zorblaxian");
    hostile_exec(ts, d, &args, NULL, limit, &r);
    hostile_check_run(ts, label, &r, EXIT_FATAL, limit, OUT_TEXT);
    for (size_t i = 0; i < sizeof broken_dict_lines / sizeof *broken_dict_lines; i++)
      hostile_expect_bad(ts, label, &r, NULL, broken.s, broken_dict_lines[i]);
    CHECK(ts, r.out_len == 0, "hostile %s: wrote %zu bytes", label, r.out_len);
    hostile_result_free(&r);
    argv_free(&args);

    snprintf(label, sizeof label, "warning dictionary, dict %s --dict", lookup ? "lookup" : "dump");
    argv_words(&args, "dict", lookup ? "lookup" : "dump", "--dict", warning.s, (const char *)NULL);
    if (lookup) argv_words(&args, "the", "Zorblaxian", "Union", (const char *)NULL);
    hostile_exec(ts, d, &args, NULL, limit, &r);
    hostile_check_run(ts, label, &r, EXIT_OK, limit, OUT_TEXT);
    CHECK(ts, strstr(r.out, "IGOZZZ") != NULL, "hostile %s: the good entry is missing", label);
    for (size_t i = 0; i < sizeof warning_dict_lines / sizeof *warning_dict_lines; i++) {
      char where[4096 + 300];
      snprintf(where, sizeof where, "%s:%zu:", warning.s, warning_dict_lines[i]);
      CHECK(ts, strstr(r.err, where) != NULL, "hostile %s: the warning at %s is not on stderr", label, where);
    }
    hostile_result_free(&r);
    argv_free(&args);
  }

  /* The reading commands: a broken --dict is fatal, named on stderr and in --errors, and nothing is written. */
  for (size_t c = 1; c < HOSTILE_NCOMMANDS; c++) {
    const hostile_command *cmd = &hostile_commands[c];
    int is_code = strcmp(cmd->words[0], "code") == 0;
    for (int which = 0; which < (is_code ? 2 : 1); which++) {
      const char *dict = which ? verbs.s : broken.s;
      const size_t *lines = which ? broken_verbs_lines : broken_dict_lines;
      size_t nlines = which ? sizeof broken_verbs_lines / sizeof *broken_verbs_lines
                            : sizeof broken_dict_lines / sizeof *broken_dict_lines;
      snprintf(label, sizeof label, "%s, %s --dict", which ? "broken verb patterns" : "broken dictionary",
               cmd->label);
      for (size_t i = 0; i < 4 && cmd->words[i]; i++) argv_add(&args, cmd->words[i]);
      unlink(errors_path.s);
      argv_words(&args, "--dict", dict, "--errors", errors_path.s, story.s, (const char *)NULL);
      hostile_exec(ts, d, &args, NULL, limit, &r);
      hostile_parse(&r, cmd->format, cmd->id_key);
      hostile_check_run(ts, label, &r, EXIT_FATAL, limit, cmd->format);
      json_t *errors = hostile_read_errors(ts, label, errors_path.s);
      for (size_t i = 0; i < nlines; i++) hostile_expect_bad(ts, label, &r, errors, dict, lines[i]);
      CHECK(ts, r.records == 0, "hostile %s: %d records written", label, r.records);
      json_decref(errors);
      hostile_result_free(&r);
      argv_free(&args);
    }

    /* Warnings only: named on stderr, not bad records; the good entry codes the story. */
    snprintf(label, sizeof label, "warning dictionary, %s --dict", cmd->label);
    for (size_t i = 0; i < 4 && cmd->words[i]; i++) argv_add(&args, cmd->words[i]);
    argv_words(&args, "--dict", warning.s, story.s, (const char *)NULL);
    hostile_exec(ts, d, &args, NULL, limit, &r);
    hostile_parse(&r, cmd->format, cmd->id_key);
    hostile_check_run(ts, label, &r, EXIT_OK, limit, cmd->format);
    for (size_t i = 0; i < sizeof warning_dict_lines / sizeof *warning_dict_lines; i++) {
      char where[4096 + 300];
      snprintf(where, sizeof where, "%s:%zu:", warning.s, warning_dict_lines[i]);
      CHECK(ts, strstr(r.err, where) != NULL, "hostile %s: the warning at %s is not on stderr", label, where);
    }
    CHECK(ts, hostile_has_article(&r, "zorb"), "hostile %s: no output for the story", label);
    if (strcmp(cmd->words[0], "places") != 0)
      CHECK(ts, contains(r.out, r.out_len, "IGOZZZ"), "hostile %s: the dictionary's entry IGOZZZ was not used",
            label);
    hostile_result_free(&r);
    argv_free(&args);
  }

  /* article codes no actors: --dict is a usage error. */
  argv_words(&args, "article", "--dict", broken.s, story.s, (const char *)NULL);
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "broken dictionary, article --dict", &r, EXIT_FATAL, limit, OUT_TEXT);
  CHECK(ts, r.out_len == 0 && r.err[0] != '\0', "hostile broken dictionary, article --dict: no usage error");
  hostile_result_free(&r);
  argv_free(&args);
}

/*
 * Blobs that are not lexicons: random bytes, empty, cut in half, damaged
 * headers and bodies, unreadable. Every command that opens one stops with
 * exit 2 naming it, or (a body damaged where no check can see) works.
 */
static void hostile_blobs(test_state *ts, const hostile_dir *d) {
  double limit = hostile_limit(0.1);
  hostile_argv args = {0};
  hostile_result r;
  static const char small_dict[] = "IGOZZZ group Zorblaxian Union\nZZZ country Zorblaxia\n";
  CHECK(ts, hostile_write(d, "small-dict.txt", small_dict, sizeof small_dict - 1) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "zorb.txt", zorb_story, sizeof zorb_story - 1) == 0, "cannot write");
  argv_words(&args, "dict", "compile", "-o", (const char *)NULL);
  argv_path(&args, d, "good.blob");
  argv_path(&args, d, "small-dict.txt");
  hostile_exec(ts, d, &args, NULL, limit, &r);
  hostile_check_run(ts, "blob, dict compile", &r, EXIT_OK, limit, OUT_TEXT);
  hostile_result_free(&r);
  argv_free(&args);
  size_t len = 0;
  char *good = test_read_file(path_in(d, "good.blob").s, &len);
  CHECK(ts, good && len > 8192, "hostile blob: dict compile wrote %zu bytes", len);
  if (!good || len <= 8192) {
    free(good);
    return;
  }
  uint64_t state = 0x853c49e6748fea9bu;
  hostile_bytes b = {NULL, 0, 0};
  bytes_random(&b, &state, 64 * 1024, 0);
  CHECK(ts, bytes_save(d, "random.blob", &b) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "empty.blob", "", 0) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "half.blob", good, len / 2) == 0, "cannot write");
  CHECK(ts, hostile_write(d, "magic-only.blob", good, 8) == 0, "cannot write");
  char *damaged = malloc(len);
  if (!damaged) abort();
  memcpy(damaged, good, len);
  for (size_t i = 16; i < 4096; i++) damaged[i] = (char)(hostile_random(&state) >> 56);
  CHECK(ts, hostile_write(d, "header.blob", damaged, len) == 0, "cannot write");
  memcpy(damaged, good, len);
  for (int i = 0; i < 200; i++) damaged[64 + hostile_random(&state) % (len - 64)] = (char)(hostile_random(&state) >> 56);
  CHECK(ts, hostile_write(d, "body.blob", damaged, len) == 0, "cannot write");
  free(damaged);
  free(good);
  unlink(path_in(d, "dangling.blob").s);
  CHECK(ts, symlink(path_in(d, "no-such-target.blob").s, path_in(d, "dangling.blob").s) == 0, "cannot link");

  static const char *const blobs[] = {"random.blob", "empty.blob", "half.blob", "magic-only.blob",
                                      "header.blob", "body.blob", "dangling.blob", "/proc/self/mem"};
  static const char *const users[][4] = {{"dict", "dump", NULL, NULL},  {"dict", "lookup", NULL, NULL},
                                         {"dict", "check", NULL, NULL}, {"actors", NULL, NULL, NULL},
                                         {"places", NULL, NULL, NULL},  {"code", NULL, NULL, NULL}};
  for (size_t i = 0; i < sizeof blobs / sizeof *blobs; i++) {
    hostile_path blob = path_in(d, blobs[i]);
    if (blobs[i][0] == '/' && access(blob.s, R_OK) != 0) continue;
    int body = strcmp(blobs[i], "body.blob") == 0;
    for (size_t u = 0; u < sizeof users / sizeof *users; u++) {
      char label[256];
      snprintf(label, sizeof label, "%s, %s%s%s --blob", blobs[i], users[u][0], users[u][1] ? " " : "",
               users[u][1] ? users[u][1] : "");
      for (size_t w = 0; w < 4 && users[u][w]; w++) argv_add(&args, users[u][w]);
      argv_words(&args, "--blob", blob.s, (const char *)NULL);
      if (strcmp(users[u][0], "dict") != 0) argv_path(&args, d, "zorb.txt");
      else if (strcmp(users[u][1], "lookup") == 0) argv_words(&args, "Zorblaxian", "Union", (const char *)NULL);
      else if (strcmp(users[u][1], "check") == 0) argv_path(&args, d, "small-dict.txt");
      hostile_exec(ts, d, &args, NULL, limit, &r);
      int jsonl = strcmp(users[u][0], "dict") != 0;
      hostile_parse(&r, jsonl ? OUT_JSONL : OUT_TEXT, "article");
      hostile_check_run(ts, label, &r, body ? EXIT_OK | EXIT_FATAL : EXIT_FATAL, limit, jsonl ? OUT_JSONL : OUT_TEXT);
      if (r.status == 2) {
        CHECK(ts, strstr(r.err, blob.s) != NULL, "hostile %s: stderr does not name the blob: %.300s", label, r.err);
        CHECK(ts, r.out_len == 0, "hostile %s: exit 2 after writing %zu bytes", label, r.out_len);
      }
      hostile_result_free(&r);
      argv_free(&args);
    }
  }
}

/* ------------------------------------------------------------ dict lookup's phrase */

/*
 * dict lookup takes its phrase as arguments, so the hostile inputs come as
 * arguments: a 100,000-word phrase (in pieces of 10,000 words), the longest
 * word one argument holds (128 KB less one: Linux's limit for one argument,
 * so 8 MB cannot be given), 200,000 parentheses, 100,000 escaped quotes, a
 * JSON nesting, random bytes, invalid UTF-8, SGML cut off, and an empty
 * phrase. Each ends with "Afghan soldiers", which must still be found. (An
 * argument cannot hold a NUL.)
 */
static void hostile_lookup_phrases(test_state *ts, const hostile_dir *d) {
  double limit = hostile_limit(0.1);
  hostile_argv args = {0};
  hostile_bytes b = {NULL, 0, 0};
  size_t nwords = sizeof sentence_words / sizeof *sentence_words;
  uint64_t state = 0xda942042e4dd58b5u;
  for (int which = 0; which < 9; which++) {
    const char *label = "";
    argv_words(&args, "dict", "lookup", (const char *)NULL);
    switch (which) {
    case 0:
      label = "dict lookup, 100,000 words";
      for (size_t piece = 0; piece < 10; piece++) {
        for (size_t i = 0; i < 10000; i++) {
          bytes_puts(&b, sentence_words[(piece * 10000 + i) % nwords]);
          if (i + 1 < 10000) bytes_puts(&b, " ");
        }
        argv_addn(&args, b.data, b.len);
        b.len = 0;
      }
      break;
    case 1:
      label = "dict lookup, a 128 KB word";
      bytes_fill(&b, 'x', 128 * 1024 - 1);
      argv_addn(&args, b.data, b.len);
      break;
    case 2:
      label = "dict lookup, 200,000 parentheses";
      bytes_fill(&b, '(', 100000);
      argv_addn(&args, b.data, b.len);
      argv_addn(&args, b.data, b.len);
      argv_add(&args, "deep");
      b.len = 0;
      bytes_fill(&b, ')', 100000);
      argv_addn(&args, b.data, b.len);
      argv_addn(&args, b.data, b.len);
      break;
    case 3:
      label = "dict lookup, 100,000 escaped quotes";
      bytes_repeat(&b, "\\\"", 50000);
      argv_addn(&args, b.data, b.len);
      argv_addn(&args, b.data, b.len);
      break;
    case 4:
      label = "dict lookup, nested JSON";
      bytes_repeat(&b, "{\"a\":[", 20000);
      argv_addn(&args, b.data, b.len);
      break;
    case 5:
      label = "dict lookup, random bytes";
      bytes_random(&b, &state, 64 * 1024, 1);
      argv_addn(&args, b.data, b.len);
      break;
    case 6:
      label = "dict lookup, invalid UTF-8";
      argv_add(&args, "Bad \x80 bytes \xc0\xaf, \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xf4\x90\x80\x80 \xfe\xff \xe2\x82");
      break;
    case 7:
      label = "dict lookup, truncated SGML";
      argv_add(&args, "<REUTERS NEWID=\"1\"><TEXT><TITLE>CUT OFF");
      break;
    default:
      label = "dict lookup, an empty phrase";
      argv_add(&args, "");
      break;
    }
    b.len = 0;
    argv_words(&args, "Afghan", "soldiers", (const char *)NULL);
    hostile_result r;
    hostile_exec(ts, d, &args, NULL, limit, &r);
    hostile_check_run(ts, label, &r, EXIT_OK, limit, OUT_TEXT);
    CHECK(ts, strstr(r.out, "\"Afghan\" key") != NULL, "hostile %s: \"Afghan\" not found: %.300s", label,
          r.out);
    hostile_result_free(&r);
    argv_free(&args);
  }
  free(b.data);
}

/* ------------------------------------------------------------ regressions */

static int hostile_name_compare(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Inputs that once crashed or hung: every reading command, and the dict subcommands for lexicon ones, survive them. */
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
  double limit = hostile_limit(0.1);
  for (size_t i = 0; i < n; i++) {
    char path[4096 + 256];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    for (size_t c = 0; c < HOSTILE_NCOMMANDS; c++) {
      const hostile_command *cmd = &hostile_commands[c];
      char label[512];
      snprintf(label, sizeof label, "regression %s, %s", names[i], cmd->label);
      hostile_argv args = {0};
      for (size_t w = 0; w < 4 && cmd->words[w]; w++) argv_add(&args, cmd->words[w]);
      argv_add(&args, path);
      hostile_result r;
      hostile_exec(ts, d, &args, NULL, limit, &r);
      hostile_parse(&r, cmd->format, cmd->id_key);
      hostile_check_run(ts, label, &r, EXIT_OK | EXIT_BAD, limit, cmd->format);
      hostile_result_free(&r);
      argv_free(&args);
    }
    if (strncmp(names[i], "lexicon-", 8) == 0) {
      static const char *const subs[][2] = {{"dump", "--blob"}, {"check", NULL}};
      for (size_t s = 0; s < 2; s++) {
        char label[512];
        snprintf(label, sizeof label, "regression %s, dict %s", names[i], subs[s][0]);
        hostile_argv args = {0};
        argv_words(&args, "dict", subs[s][0], (const char *)NULL);
        if (subs[s][1]) argv_add(&args, subs[s][1]);
        argv_add(&args, path);
        hostile_result r;
        hostile_exec(ts, d, &args, NULL, limit, &r);
        hostile_check_run(ts, label, &r, EXIT_OK | EXIT_BAD | EXIT_FATAL, limit, OUT_TEXT);
        hostile_result_free(&r);
        argv_free(&args);
      }
    }
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
  /* The clean-up below quotes the path with '...', so a quote in TMPDIR would break it. */
  if (strchr(d.path, '\'')) {
    CHECK(ts, 0, "hostile: paths with a ' are not supported: %s", d.path);
    rmdir(d.path);
    return;
  }
  int failed = ts->failed;
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  hostile_empty(ts, &d);
  hostile_bad_encodings(ts, &d);
  hostile_random_bytes(ts, &d);
  hostile_sgml(ts, &d);
  hostile_jsonl(ts, &d);
  hostile_unopenable(ts, &d);
  hostile_directory(ts, &d);
  for (size_t k = 0; k < sizeof hostile_kinds / sizeof *hostile_kinds; k++) hostile_kind_run(ts, &d, &hostile_kinds[k]);
  hostile_dictionaries(ts, &d);
  hostile_blobs(ts, &d);
  hostile_lookup_phrases(ts, &d);
  hostile_regressions(ts, &d);
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (getenv("HOSTILE_VERBOSE"))
    fprintf(stderr, "hostile: %.1f s\n", seconds_between(&start, &now));
  if (ts->failed != failed) {
    fprintf(stderr, "hostile: %d checks failed; inputs kept in %s\n", ts->failed - failed, d.path);
    return;
  }
  char cmd[4096 + 32];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", d.path);
  test_run_command(cmd, NULL, NULL);
}
