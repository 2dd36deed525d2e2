/* api.c: library API tests: error names, allocation failure at every step, empty and bad input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "test.h"

/* ------------------------------------------------------------ allocator */

/*
 * A test allocator in the style of Lua's ltests.c: it refuses every request
 * after the first `limit` ones, and it keeps its own record of each block's
 * size in a header so a leak shows up whatever sizes the library passes.
 */
typedef struct test_alloc {
  size_t limit;      /* allocations (new blocks or growth) allowed before refusing */
  size_t granted;    /* allocations made so far */
  size_t refused;    /* allocations refused */
  size_t blocks;     /* blocks outstanding */
  size_t bytes;      /* bytes outstanding */
  size_t bad_osize;  /* frees or reallocs whose osize was not the block's size */
} test_alloc;

/* The header before each block; a union keeps the block maximally aligned. */
typedef union alloc_header {
  size_t size;
  max_align_t align;
} alloc_header;

static void *test_alloc_fn(void *ud, void *ptr, size_t osize, size_t nsize) {
  test_alloc *ta = ud;
  alloc_header *h = ptr ? (alloc_header *)ptr - 1 : NULL;
  /* lua_Alloc promises osize is the block's size; a wrong one would break a pool allocator. */
  if (h && h->size != osize) ta->bad_osize++;
  if (nsize == 0) {
    if (h) {
      ta->blocks--;
      ta->bytes -= h->size;
      free(h);
    }
    return NULL;
  }
  if (ta->granted >= ta->limit) {
    ta->refused++;
    return NULL; /* like realloc, the old block stays valid */
  }
  ta->granted++;
  size_t old = h ? h->size : 0;
  alloc_header *nh = realloc(h, sizeof *nh + nsize);
  if (!nh) return NULL;
  if (!h) ta->blocks++;
  ta->bytes = ta->bytes - old + nsize;
  nh->size = nsize;
  return nh + 1;
}

/* --------------------------------------------------------------- inputs */

static const char story_text[] =
    "Rebels seize border town\n"
    "\n"
    "By Anna Berg\n"
    "\n"
    "GOMA, Congo (Reuters) - Rebels seized a border town in eastern Congo on\n"
    "Tuesday, forcing about 2,000 people to flee, U.N. officials said.\n"
    "\n"
    "\"We counted forty-six bodies,\" a local official said.\n"
    "\n"
    "(Reporting by Anna Berg; Editing by Tom Hale)\n";

/* Line 2 is not JSON, so the reader must report it and go on to line 3. */
static const char story_jsonl[] =
    "{\"id\":\"a1\",\"date\":\"2024-01-02\",\"source\":\"Wire\",\"title\":\"Talks end\","
    "\"text\":\"Talks ended on Monday. About 300 delegates left.\"}\n"
    "this is not json\n"
    "{\"id\":\"a2\",\"text\":\"The army said 12 soldiers died.\"}\n";

static const char story_sgml[] =
    "<REUTERS TOPICS=\"NO\" NEWID=\"42\">\n"
    "<DATE> 2-MAR-1987 10:00:00.00</DATE>\n"
    "<TEXT>&#2;\n"
    "<TITLE>OIL PRICES FALL &lt;TWO> PCT</TITLE>\n"
    "<DATELINE>    LONDON, March 2 - </DATELINE><BODY>Oil prices fell two pct on\n"
    "Monday, dealers said.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n";

typedef struct api_input {
  const char *name;  /* reader name, shown in errors */
  const char *data;  /* the bytes */
  dl_format format;  /* forced format */
  int articles;      /* good records the input holds */
  int bad;           /* bad records the input holds */
} api_input;

static const api_input api_inputs[] = {
    {"story.txt", story_text, DL_FORMAT_TEXT, 1, 0},
    {"stories.jsonl", story_jsonl, DL_FORMAT_JSONL, 2, 1},
    {"reuters.sgm", story_sgml, DL_FORMAT_SGML, 1, 0},
};

/* Bytes kept with malloc, outside any context, so they never count against the test allocator. */
typedef struct api_bytes {
  char *data; /* NUL-terminated */
  size_t len; /* bytes in use */
  size_t cap; /* bytes allocated */
} api_bytes;

/* What one pass over an input produced. */
typedef struct api_result {
  int ok;         /* 1 when every call succeeded */
  int articles;   /* articles read */
  int bad;        /* records reported bad */
  api_bytes json; /* the JSON lines written */
} api_result;

/* Appends n bytes to b; aborts the test run when malloc fails, which is not under test. */
static void api_bytes_append(api_bytes *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = (b->len + n + 1) * 2;
    char *p = realloc(b->data, cap);
    if (!p) abort();
    b->data = p;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

/*
 * Reads an input, builds each document and writes its JSON through ctx.
 * Every failure must come back as NULL or a negative code; the pass stops at
 * the first one that is not a bad record. Output is copied into res->json.
 */
static void api_read(dl_context *ctx, const api_input *in, api_result *res) {
  res->ok = 0;
  res->articles = res->bad = 0;
  dl_reader *reader = dl_reader_open_memory(ctx, in->name, in->data, strlen(in->data), in->format);
  if (!reader) return;
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  int failed = 0;
  for (int calls = 0; calls < 64; calls++) {
    dl_article *a = NULL;
    int r = dl_reader_next(reader, &a);
    if (r == 0) break;
    if (r < 0) {
      if (a) dl_article_free(a); /* not promised, but do not leak if it happens */
      if (r == DL_EBADRECORD) {
        res->bad++;
        continue;
      }
      failed = 1;
      break;
    }
    res->articles++;
    dl_document *doc = dl_document_new(ctx, a);
    if (!doc) {
      dl_article_free(a);
      failed = 1;
      break;
    }
    size_t before = out.len;
    int w = dl_write_article_json(&out, a, doc);
    if (w == DL_OK) api_bytes_append(&res->json, out.data + before, out.len - before);
    dl_document_free(doc);
    dl_article_free(a);
    if (w != DL_OK) {
      failed = 1;
      break;
    }
  }
  dl_buffer_free(&out);
  dl_reader_free(reader);
  res->ok = !failed;
}

/* Counts lines of valid JSON objects in s; -1 when any line is not one. */
static int api_count_json_lines(const char *s, size_t len) {
  int records = 0;
  const char *end = s + len;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    if (n) {
      json_t *v = json_loadb(s, n, JSON_ALLOW_NUL, NULL);
      int ok = v && json_is_object(v);
      json_decref(v);
      if (!ok) return -1;
      records++;
    }
    s += n + (nl ? 1 : 0);
  }
  return records;
}

/* ---------------------------------------------------------------- tests */

/* dl_strerror names every code in the table, each differently. */
static void api_test_strerror(test_state *ts) {
  static const int codes[] = {
#define API_CODE(name, value, text) DL_E##name,
      DL_ERRNO_MAP(API_CODE)
#undef API_CODE
  };
  size_t n = sizeof codes / sizeof *codes;
  const char *unknown = dl_strerror(-12345);
  CHECK(ts, unknown != NULL, "dl_strerror(-12345) is NULL");
  CHECK(ts, dl_strerror(DL_OK) != NULL && dl_strerror(DL_OK)[0], "dl_strerror(DL_OK) is empty");
  for (size_t i = 0; i < n; i++) {
    const char *s = dl_strerror(codes[i]);
    CHECK(ts, codes[i] < 0, "error code %d is not negative", codes[i]);
    CHECK(ts, s != NULL && s[0] != '\0', "dl_strerror(%d) is empty", codes[i]);
    if (!s) continue;
    CHECK(ts, !unknown || strcmp(s, unknown) != 0, "dl_strerror(%d) is the unknown-code text", codes[i]);
    for (size_t j = 0; j < i; j++)
      CHECK(ts, strcmp(s, dl_strerror(codes[j])) != 0, "codes %d and %d share the text '%s'",
            codes[i], codes[j], s);
  }
}

/* A reader over no bytes yields no articles, whatever the format. */
static void api_test_empty(test_state *ts) {
  static const dl_format formats[] = {DL_FORMAT_AUTO, DL_FORMAT_TEXT, DL_FORMAT_JSONL, DL_FORMAT_SGML};
  dl_context *ctx = dl_context_new(NULL, NULL);
  CHECK(ts, ctx != NULL, "dl_context_new(NULL, NULL) failed");
  if (!ctx) return;
  CHECK(ts, strcmp(dl_context_errmsg(ctx), "") == 0, "a new context has a message: %s",
        dl_context_errmsg(ctx));
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    dl_reader *reader = dl_reader_open_memory(ctx, "empty", "", 0, formats[f]);
    CHECK(ts, reader != NULL, "format %d: no reader for empty memory", (int)formats[f]);
    if (!reader) continue;
    dl_article *a = NULL;
    int r = dl_reader_next(reader, &a);
    CHECK(ts, r == 0 && a == NULL, "format %d: empty input gave %d, not end of input", (int)formats[f], r);
    if (a) dl_article_free(a);
    r = dl_reader_next(reader, &a);
    CHECK(ts, r == 0, "format %d: a second call after the end gave %d", (int)formats[f], r);
    CHECK(ts, strcmp(dl_reader_name(reader), "empty") == 0, "reader name is '%s'", dl_reader_name(reader));
    if (formats[f] != DL_FORMAT_AUTO)
      CHECK(ts, dl_reader_format(reader) == formats[f], "forced format %d reads as %d", (int)formats[f],
            (int)dl_reader_format(reader));
    dl_reader_free(reader);
  }
  dl_context_free(ctx);
}

/* An article's id is its file's name; a name of digits alone takes its folder's in front, as corpora repeat them. */
static void api_test_default_ids(test_state *ts) {
  static const char *const cases[][2] = {{"news/afghan-soldiers.txt", "afghan-soldiers"},
                                         {"bbc/politics/001.txt", "politics/001"},
                                         {"bbc/tech/001.txt", "tech/001"},
                                         {"001.txt", "001"},
                                         {"./001.txt", "001"},
                                         {"../2021/07.txt", "2021/07"},
                                         {"news/2019/01/001.txt", "news/2019/01/001"},
                                         {"a/b/2019/01/001.txt", "b/2019/01/001"},
                                         {"kabul/\xc3\xa9.txt", "\xc3\xa9"}};
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return;
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    dl_reader *reader = dl_reader_open_memory(ctx, cases[c][0], "Talks began.", 12, DL_FORMAT_TEXT);
    dl_article *a = NULL;
    if (reader && dl_reader_next(reader, &a) == 1 && a) {
      dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
      CHECK(ts, id.ptr && id.len == strlen(cases[c][1]) && memcmp(id.ptr, cases[c][1], id.len) == 0,
            "%s: id '%.*s', not '%s'", cases[c][0], id.ptr ? (int)id.len : 0, id.ptr ? id.ptr : "", cases[c][1]);
    } else {
      CHECK(ts, 0, "%s: no article read", cases[c][0]);
    }
    if (a) dl_article_free(a);
    if (reader) dl_reader_free(reader);
  }
  dl_context_free(ctx);
}

/* A missing file gives NULL and a message naming it. */
static void api_test_missing_file(test_state *ts) {
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return;
  const char *path = "tests/no-such-dir/no-such-file.txt";
  dl_reader *reader = dl_reader_open_file(ctx, path, DL_FORMAT_AUTO);
  CHECK(ts, reader == NULL, "opening a missing file succeeded");
  if (reader) dl_reader_free(reader);
  CHECK(ts, strstr(dl_context_errmsg(ctx), path) != NULL, "message '%s' does not name the file",
        dl_context_errmsg(ctx));
  dl_context_free(ctx);
}

/* A bad JSONL record is reported with its reason and line, and the reader goes on. */
static void api_test_bad_record(test_state *ts) {
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return;
  dl_reader *reader = dl_reader_open_memory(ctx, "mem.jsonl", story_jsonl, strlen(story_jsonl),
                                            DL_FORMAT_JSONL);
  CHECK(ts, reader != NULL, "no JSONL reader");
  if (!reader) {
    dl_context_free(ctx);
    return;
  }
  int results[4] = {9, 9, 9, 9};
  size_t lines[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; i++) {
    dl_article *a = NULL;
    results[i] = dl_reader_next(reader, &a);
    lines[i] = dl_reader_line(reader);
    if (results[i] < 0) {
      const char *why = dl_reader_error(reader);
      CHECK(ts, why != NULL && why[0] != '\0', "a bad record has no reason");
      CHECK(ts, strcmp(dl_reader_name(reader), "mem.jsonl") == 0, "reader name is '%s'",
            dl_reader_name(reader));
    }
    if (a) dl_article_free(a);
  }
  CHECK(ts, results[0] == 1 && results[1] == DL_EBADRECORD && results[2] == 1 && results[3] == 0,
        "JSONL with a bad line 2 read as %d %d %d %d, not 1 %d 1 0", results[0], results[1],
        results[2], results[3], DL_EBADRECORD);
  CHECK(ts, lines[0] == 1 && lines[1] == 2 && lines[2] == 3, "record lines %zu %zu %zu, not 1 2 3",
        lines[0], lines[1], lines[2]);
  dl_reader_free(reader);
  dl_context_free(ctx);
}

/*
 * Runs one input with the allocator refusing after 0, 1, 2... allocations,
 * until a pass needs no refusal. Each pass must fail cleanly (NULL or a
 * negative code), free everything, and, when it claims success, write the
 * same JSON as an unrestricted pass: a refused allocation must never be
 * swallowed into silently different output.
 */
static void api_test_alloc_failure(test_state *ts, const api_input *in) {
  /* The baseline, with an allocator that never refuses. */
  test_alloc base_alloc = {(size_t)-1, 0, 0, 0, 0, 0};
  dl_context *ctx = dl_context_new(test_alloc_fn, &base_alloc);
  CHECK(ts, ctx != NULL, "%s: no context", in->name);
  if (!ctx) return;
  api_result base = {0, 0, 0, {NULL, 0, 0}};
  api_read(ctx, in, &base);
  dl_context_free(ctx);
  CHECK(ts, base.ok, "%s: reading failed with plenty of memory", in->name);
  CHECK(ts, base.articles == in->articles && base.bad == in->bad, "%s: %d articles and %d bad, not %d and %d",
        in->name, base.articles, base.bad, in->articles, in->bad);
  CHECK(ts, base.json.len > 0 && api_count_json_lines(base.json.data, base.json.len) == in->articles,
        "%s: output is not %d JSON lines", in->name, in->articles);
  CHECK(ts, base_alloc.blocks == 0 && base_alloc.bytes == 0, "%s: %zu blocks (%zu bytes) leaked",
        in->name, base_alloc.blocks, base_alloc.bytes);
  CHECK(ts, base_alloc.bad_osize == 0, "%s: %zu frees or reallocs passed the wrong osize", in->name,
        base_alloc.bad_osize);

  size_t leaks = 0, silent = 0, bad_osize = 0, first_leak = 0, first_silent = 0;
  size_t limit;
  /* A pass that needs every allocation it asked for ends the loop; the cap only guards a runaway. */
  for (limit = 0; limit < 100000; limit++) {
    test_alloc ta = {limit, 0, 0, 0, 0, 0};
    ctx = dl_context_new(test_alloc_fn, &ta);
    api_result res = {0, 0, 0, {NULL, 0, 0}};
    if (ctx) {
      api_read(ctx, in, &res);
      dl_context_free(ctx);
    }
    if (ta.blocks || ta.bytes) {
      if (!leaks++) first_leak = limit;
    }
    bad_osize += ta.bad_osize;
    int same = res.json.len == base.json.len &&
               (res.json.len == 0 || memcmp(res.json.data, base.json.data, res.json.len) == 0);
    if (ctx && res.ok && ta.refused && !same) {
      if (!silent++) first_silent = limit;
    }
    free(res.json.data);
    if (!ta.refused) break;
  }
  CHECK(ts, leaks == 0, "%s: %zu allocation-failure passes leaked, the first refusing after %zu",
        in->name, leaks, first_leak);
  CHECK(ts, silent == 0,
        "%s: %zu passes lost an allocation yet reported success with different output (first at %zu)",
        in->name, silent, first_silent);
  CHECK(ts, bad_osize == 0, "%s: %zu frees or reallocs passed the wrong osize under failure",
        in->name, bad_osize);
  CHECK(ts, limit < 100000, "%s: still refusing allocations after %zu", in->name, limit);
  free(base.json.data);
}

void api_run(test_state *ts) {
  int failed = ts->failed;
  api_test_strerror(ts);
  api_test_empty(ts);
  api_test_missing_file(ts);
  api_test_default_ids(ts);
  api_test_bad_record(ts);
  for (size_t i = 0; i < sizeof api_inputs / sizeof *api_inputs; i++)
    api_test_alloc_failure(ts, &api_inputs[i]);
  if (ts->failed != failed) fprintf(stderr, "api: %d checks failed\n", ts->failed - failed);
}
