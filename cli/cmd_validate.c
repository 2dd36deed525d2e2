/* cmd_validate.c: `dateline validate`: codes gold records and scores the events against their gold codings. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/buffer.h"

/* The most events one record may hold, coded or gold; more are not scored. */
#define VALIDATE_MAX_EVENTS 64
/* The longest actor or event code kept. */
#define VALIDATE_CODE 48

/* One event as scored: who did what to whom. */
typedef struct triple {
  char source[VALIDATE_CODE];
  char target[VALIDATE_CODE];
  char code[8];
} triple;

/* One gold record. */
typedef struct gold_record {
  char id[128];
  char date[11];
  char *text;    /* malloc'd */
  triple gold[VALIDATE_MAX_EVENTS];
  size_t ngold;
  int skip;      /* PETRARCH's records of parse errors: no codings to score */
} gold_record;

/* Totals over the records. */
typedef struct scores {
  size_t records, skipped, right;  /* records; skipped; with exactly the gold events */
  size_t gold, coded;              /* events */
  size_t exact, root;              /* coded events that match a gold one exactly, or by root */
} scores;

static void validate_usage(FILE *f) {
  fprintf(f,
          "usage: dateline validate [--format text|jsonl] [--dict FILE]... [--blob FILE]\n"
          "                         [--date DATE] [--quiet] GOLD...\n"
          "\n"
          "Codes the text of every gold record and scores the events against the\n"
          "record's gold codings: precision, recall and F1 of (source, target, code)\n"
          "with the exact CAMEO code and with its root, and the share of records\n"
          "coded exactly right. A GOLD file is either PETRARCH's validation XML\n"
          "(<Sentence date=... id=...> with <EventCoding sourcecode= targetcode=\n"
          "eventcode=> and <Text>; parse trees are ignored, records that test parse\n"
          "errors are skipped) or JSON Lines of {\"id\", \"date\", \"text\", \"events\":\n"
          "[{\"source\", \"target\", \"code\"}]}, a null actor written as null.\n"
          "\n"
          "  --format text    a summary (the default); jsonl: one line per record with\n"
          "                   its gold and coded events, then the summary as a JSON line\n"
          "  --dict FILE      load a dictionary in front of the built-in ones (repeatable):\n"
          "                   actors, agents, verbs (PETRARCH's PETR.Validate.* files)\n"
          "  --blob FILE      use a compiled lexicon instead\n"
          "  --date DATE      the date of records that give none\n"
          "  --quiet          no lines on standard error for bad records\n"
          "\n"
          "Exit status: 0 success; 1 some records could not be read; 2 usage or fatal error.\n");
}

/* Copies s[0, n) into a fixed field, cut to fit. */
static void set_field(char *dst, size_t cap, const char *s, size_t n) {
  if (n >= cap) n = cap - 1;
  memcpy(dst, s, n);
  dst[n] = '\0';
}

/* Reads a whole file (or standard input for "-") into a malloc'd NUL-terminated buffer. */
static char *read_all(const char *path, size_t *len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if (!buf) {
    if (f != stdin) fclose(f);
    return NULL;
  }
  for (;;) {
    if (n + 1 >= cap) {
      char *bigger = cap < ((size_t)1 << 31) ? realloc(buf, cap * 2) : NULL;
      if (!bigger) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  int failed = ferror(f);
  if (f != stdin) fclose(f);
  if (!buf || failed) {
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* ------------------------------------------------------- PETRARCH's XML */

/* Finds needle in [p, end), or NULL. */
static const char *find(const char *p, const char *end, const char *needle) {
  size_t n = strlen(needle);
  for (; p && p + n <= end; p++)
    if (*p == needle[0] && memcmp(p, needle, n) == 0) return p;
  return NULL;
}

/*
 * The value of attribute name in the tag [tag, end): name, optional spaces,
 * '=', optional spaces, then a value in double or single quotes. Returns
 * its length and sets *value, or -1 when absent.
 */
static long attribute(const char *tag, const char *end, const char *name, const char **value) {
  size_t n = strlen(name);
  for (const char *p = tag; p && p + n < end; p++) {
    if (memcmp(p, name, n) != 0 || (p > tag && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n')) continue;
    const char *q = p + n;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (q >= end || *q != '=') continue;
    q++;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (q >= end || (*q != '"' && *q != '\'')) continue;
    char quote = *q++;
    const char *v = q;
    while (q < end && *q != quote) q++;
    if (q >= end) return -1;
    *value = v;
    return (long)(q - v);
  }
  return -1;
}

/* Copies text with the XML entities of PETRARCH's files decoded, line breaks as spaces; malloc'd. */
static char *xml_text(const char *s, const char *end) {
  char *out = malloc((size_t)(end - s) + 1);
  if (!out) return NULL;
  size_t n = 0;
  while (s < end) {
    static const struct { const char *entity; char c; } entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    int done = 0;
    for (size_t k = 0; k < sizeof entities / sizeof *entities && !done; k++) {
      size_t el = strlen(entities[k].entity);
      if ((size_t)(end - s) >= el && memcmp(s, entities[k].entity, el) == 0) {
        out[n++] = entities[k].c;
        s += el;
        done = 1;
      }
    }
    if (done) continue;
    char c = *s++;
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out[n++] = c;
  }
  out[n] = '\0';
  return out;
}

/* Reads the next <Sentence> record at or after *at; returns 1 with *r filled, 0 at the end. */
static int next_xml_record(const char **at, const char *end, gold_record *r) {
  const char *s = find(*at, end, "<Sentence");
  while (s && s + 9 < end && s[9] != ' ' && s[9] != '\t' && s[9] != '\n' && s[9] != '>')
    s = find(s + 9, end, "<Sentence"); /* not <Sentences> */
  if (!s) return 0;
  const char *tag_end = find(s, end, ">");
  const char *close = tag_end ? find(tag_end, end, "</Sentence>") : NULL;
  if (!close) return 0;
  *at = close + 11;
  memset(r, 0, sizeof *r);
  const char *v;
  long n = attribute(s, tag_end, "id", &v);
  if (n >= 0) set_field(r->id, sizeof r->id, v, (size_t)n);
  n = attribute(s, tag_end, "date", &v);
  if (n == 8) snprintf(r->date, sizeof r->date, "%.4s-%.2s-%.2s", v, v + 4, v + 6);
  for (const char *e = find(tag_end, close, "<EventCoding"); e; e = find(e + 12, close, "<EventCoding")) {
    const char *e_end = find(e, close, ">");
    if (!e_end) break;
    if (attribute(e, e_end, "error", &v) >= 0) r->skip = 1;
    const char *src, *tgt, *code;
    long ns = attribute(e, e_end, "sourcecode", &src), nt = attribute(e, e_end, "targetcode", &tgt),
         nc = attribute(e, e_end, "eventcode", &code);
    if (ns < 0 || nt < 0 || nc < 0 || r->ngold == VALIDATE_MAX_EVENTS) continue;
    triple *t = &r->gold[r->ngold++];
    set_field(t->source, sizeof t->source, src, (size_t)ns);
    set_field(t->target, sizeof t->target, tgt, (size_t)nt);
    set_field(t->code, sizeof t->code, code, (size_t)nc);
  }
  const char *text = find(tag_end, close, "<Text>");
  const char *text_end = text ? find(text, close, "</Text>") : NULL;
  r->text = text_end ? xml_text(text + 6, text_end) : NULL;
  return 1;
}

/* --------------------------------------------------- the project's JSONL */

/* Reads a gold JSON line into *r; returns 0 when the line is no gold record. */
static int json_record(const char *line, size_t len, gold_record *r) {
  memset(r, 0, sizeof *r);
  json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, NULL);
  if (!json_is_object(o)) {
    json_decref(o);
    return 0;
  }
  const char *id = json_string_value(json_object_get(o, "id"));
  const char *date = json_string_value(json_object_get(o, "date"));
  const char *text = json_string_value(json_object_get(o, "text"));
  json_t *events = json_object_get(o, "events");
  int ok = text != NULL && (events == NULL || json_is_array(events));
  if (ok) {
    if (id) set_field(r->id, sizeof r->id, id, strlen(id));
    if (date && strlen(date) == 10) set_field(r->date, sizeof r->date, date, 10);
    r->text = strdup(text);
    ok = r->text != NULL;
    size_t k;
    json_t *e;
    json_array_foreach(events, k, e) {
      if (r->ngold == VALIDATE_MAX_EVENTS) break;
      const char *s = json_string_value(json_object_get(e, "source"));
      const char *t = json_string_value(json_object_get(e, "target"));
      const char *c = json_string_value(json_object_get(e, "code"));
      if (!c) continue;
      triple *g = &r->gold[r->ngold++];
      set_field(g->source, sizeof g->source, s ? s : "---", strlen(s ? s : "---"));
      set_field(g->target, sizeof g->target, t ? t : "---", strlen(t ? t : "---"));
      set_field(g->code, sizeof g->code, c, strlen(c));
    }
  }
  json_decref(o);
  return ok;
}

/* ---------------------------------------------------------------- scoring */

/* What validate needs for each record. */
typedef struct validate_job {
  dl_context *ctx;
  const dl_lexicon *lex;
  const dl_coder *coder;
  const char *date;   /* --date */
  int jsonl;          /* --format jsonl */
  scores totals;
  dl_buffer events;   /* scratch for the coded events' JSON lines */
} validate_job;

/* Codes one record's text; fills coded[0, *n) with its distinct events. Returns DL_OK or an error. */
static int code_record(validate_job *job, const gold_record *r, triple *coded, size_t *n) {
  *n = 0;
  json_t *o = json_pack("{s:s, s:s}", "id", r->id[0] ? r->id : "record", "text", r->text ? r->text : "");
  const char *date = r->date[0] ? r->date : job->date;
  if (o && date) json_object_set_new(o, "date", json_string(date));
  char *line = o ? json_dumps(o, JSON_COMPACT) : NULL;
  json_decref(o);
  if (!line) return DL_ENOMEM;
  int rc = DL_OK;
  dl_reader *reader = dl_reader_open_memory(job->ctx, r->id, line, strlen(line), DL_FORMAT_JSONL);
  dl_article *a = NULL;
  if (reader && dl_reader_next(reader, &a) == 1) {
    dl_document *doc = dl_document_new(job->ctx, a);
    dl_events *ev = doc ? dl_events_code(job->ctx, job->coder, a, doc) : NULL;
    dl_buffer_clear(&job->events);
    rc = ev ? dl_write_events_json(&job->events, a, doc, ev) : DL_ENOMEM;
    /* Read the events back from their JSON lines, as a user of the output would. */
    for (char *p = job->events.data; rc == DL_OK && p && *p;) {
      char *nl = strchr(p, '\n');
      size_t len = nl ? (size_t)(nl - p) : strlen(p);
      json_t *e = json_loadb(p, len, 0, NULL);
      const char *s = json_string_value(json_object_get(json_object_get(e, "source"), "code"));
      const char *t = json_string_value(json_object_get(json_object_get(e, "target"), "code"));
      const char *c = json_string_value(json_object_get(e, "code"));
      if (c && *n < VALIDATE_MAX_EVENTS) {
        /* Zeroed whole: triples are compared with memcmp, bytes after each NUL included. */
        triple x;
        memset(&x, 0, sizeof x);
        set_field(x.source, sizeof x.source, s ? s : "---", strlen(s ? s : "---"));
        set_field(x.target, sizeof x.target, t ? t : "---", strlen(t ? t : "---"));
        set_field(x.code, sizeof x.code, c, strlen(c));
        int seen = 0;
        for (size_t k = 0; k < *n && !seen; k++) seen = memcmp(&coded[k], &x, sizeof x) == 0;
        if (!seen) coded[(*n)++] = x;
      }
      json_decref(e);
      p = nl ? nl + 1 : NULL;
    }
    dl_events_free(ev);
    dl_document_free(doc);
    dl_article_free(a);
  } else {
    rc = DL_EBADRECORD;
  }
  dl_reader_free(reader);
  free(line);
  return rc;
}

/* Matches coded events to gold ones one to one; returns how many match (by root when root is set). */
static size_t matches(const triple *gold, size_t ngold, const triple *coded, size_t ncoded, int root) {
  int used[VALIDATE_MAX_EVENTS] = {0};
  size_t m = 0;
  for (size_t c = 0; c < ncoded; c++)
    for (size_t g = 0; g < ngold; g++) {
      if (used[g] || strcmp(gold[g].source, coded[c].source) != 0 || strcmp(gold[g].target, coded[c].target) != 0)
        continue;
      if (root ? strncmp(gold[g].code, coded[c].code, 2) != 0 : strcmp(gold[g].code, coded[c].code) != 0) continue;
      used[g] = 1;
      m++;
      break;
    }
  return m;
}

/* Appends a JSON array of triples. */
static void put_triples(dl_buffer *out, const triple *t, size_t n) {
  dl_buffer_puts(out, "[");
  for (size_t k = 0; k < n; k++) {
    json_t *o = json_pack("{s:s, s:s, s:s}", "source", t[k].source, "target", t[k].target, "code", t[k].code);
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    if (s) {
      if (k) dl_buffer_puts(out, ",");
      dl_buffer_puts(out, s);
    }
    free(s);
    json_decref(o);
  }
  dl_buffer_puts(out, "]");
}

/* Scores one record; returns 0 to go on. */
static int score_record(validate_job *job, gold_record *r, cli_errors *errors, const char *input, size_t line,
                        dl_buffer *out) {
  scores *t = &job->totals;
  if (r->skip || !r->text) {
    t->skipped++;
    if (!r->text && !r->skip) cli_report(errors, input, line, "a record with no text");
    return 0;
  }
  triple coded[VALIDATE_MAX_EVENTS];
  size_t ncoded = 0;
  int rc = code_record(job, r, coded, &ncoded);
  if (rc != DL_OK) {
    cli_report(errors, input, line, dl_strerror(rc));
    return rc == DL_ENOMEM;
  }
  size_t exact = matches(r->gold, r->ngold, coded, ncoded, 0);
  size_t root = matches(r->gold, r->ngold, coded, ncoded, 1);
  int right = exact == r->ngold && exact == ncoded;
  t->records++;
  t->gold += r->ngold;
  t->coded += ncoded;
  t->exact += exact;
  t->root += root;
  t->right += (size_t)right;
  if (job->jsonl) {
    json_t *head = json_pack("{s:s}", "id", r->id);
    char *s = head ? json_dumps(head, JSON_COMPACT) : NULL;
    if (s) {
      s[strlen(s) - 1] = '\0'; /* reopen the object */
      dl_buffer_puts(out, s);
      dl_buffer_puts(out, ",\"gold\":");
      put_triples(out, r->gold, r->ngold);
      dl_buffer_puts(out, ",\"coded\":");
      put_triples(out, coded, ncoded);
      dl_buffer_printf(out, ",\"exact\":%zu,\"root\":%zu,\"right\":%s}\n", exact, root, right ? "true" : "false");
    }
    free(s);
    json_decref(head);
    if (cli_flush(out, 0) != 0) return 1;
  }
  return 0;
}

/* Precision, recall and F1 as percentages. */
static void prf(size_t match, size_t coded, size_t gold, double *p, double *r, double *f) {
  *p = coded ? 100.0 * (double)match / (double)coded : 0;
  *r = gold ? 100.0 * (double)match / (double)gold : 0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

/* Reads one gold file and scores its records. Returns nonzero on a fatal error. */
static int validate_file(validate_job *job, const char *path, cli_errors *errors, dl_buffer *out) {
  size_t len = 0;
  char *text = read_all(path, &len);
  if (!text) {
    cli_report(errors, path, 0, "cannot read the file");
    return 0;
  }
  const char *p = text, *end = text + len;
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++;
  int stop = 0;
  gold_record r;
  if (p < end && *p == '<') {
    const char *at = p;
    while (!stop && next_xml_record(&at, end, &r)) {
      size_t line = 1;
      for (const char *q = text; q < at && q < end; q++) line += *q == '\n';
      stop = score_record(job, &r, errors, path, line, out);
      free(r.text);
    }
  } else {
    size_t line = 0;
    for (const char *q = text; !stop && q < end;) {
      const char *nl = memchr(q, '\n', (size_t)(end - q));
      size_t n = nl ? (size_t)(nl - q) : (size_t)(end - q);
      line++;
      size_t k = 0;
      while (k < n && (q[k] == ' ' || q[k] == '\t' || q[k] == '\r')) k++;
      if (k < n) {
        if (json_record(q, n, &r)) stop = score_record(job, &r, errors, path, line, out);
        else cli_report(errors, path, line, "not a gold record (an object with \"text\" and \"events\")");
        free(r.text);
      }
      q = nl ? nl + 1 : end;
    }
  }
  free(text);
  return stop;
}

int cmd_validate(int argc, char **argv) {
  cli_input_options o;
  int status = cli_parse_input_options(argc, argv, &o, "validate", validate_usage);
  if (status >= 0) return status;
  int jsonl = o.output_format && (strcmp(o.output_format, "jsonl") == 0 || strcmp(o.output_format, "json") == 0);
  if (o.output_format && !jsonl && strcmp(o.output_format, "text") != 0) {
    fprintf(stderr, "dateline validate: unknown output format '%s'\n", o.output_format);
    return EXIT_FATAL;
  }
  if (o.date && !cli_valid_date(o.date)) {
    fprintf(stderr, "dateline validate: --date wants YYYY-MM-DD, not '%s'\n", o.date);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o.quiet, 0};
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return EXIT_FATAL;
  dl_lexicon *lex = cli_open_lexicon(ctx, o.blob, o.dicts, o.ndicts, &errors);
  dl_buffer verb_errors;
  dl_buffer_init(&verb_errors, ctx);
  dl_coder *coder = lex ? dl_coder_new(ctx, lex, &verb_errors) : NULL;
  if (verb_errors.len && !o.quiet) fputs(verb_errors.data, stderr);
  if (!coder) {
    if (lex) fprintf(stderr, "dateline validate: %s\n", dl_context_errmsg(ctx));
    dl_buffer_free(&verb_errors);
    dl_lexicon_free(lex);
    dl_context_free(ctx);
    return EXIT_FATAL;
  }
  validate_job job;
  memset(&job, 0, sizeof job);
  job.ctx = ctx;
  job.lex = lex;
  job.coder = coder;
  job.date = o.date;
  job.jsonl = jsonl;
  dl_buffer_init(&job.events, ctx);
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  int fatal = 0;
  for (int i = o.first; i < argc && !fatal; i++) fatal = validate_file(&job, argv[i], &errors, &out);
  const scores *t = &job.totals;
  double pe, re, fe, pr, rr, fr;
  prf(t->exact, t->coded, t->gold, &pe, &re, &fe);
  prf(t->root, t->coded, t->gold, &pr, &rr, &fr);
  double right = t->records ? 100.0 * (double)t->right / (double)t->records : 0;
  if (jsonl)
    dl_buffer_printf(&out,
                     "{\"records\":%zu,\"skipped\":%zu,\"right\":%zu,\"gold\":%zu,\"coded\":%zu,"
                     "\"exact\":{\"precision\":%.1f,\"recall\":%.1f,\"f1\":%.1f},"
                     "\"root\":{\"precision\":%.1f,\"recall\":%.1f,\"f1\":%.1f}}\n",
                     t->records, t->skipped, t->right, t->gold, t->coded, pe, re, fe, pr, rr, fr);
  else
    dl_buffer_printf(&out,
                     "records %zu (%zu skipped), gold events %zu, coded events %zu\n"
                     "exact code:  precision %5.1f%%  recall %5.1f%%  F1 %5.1f%%\n"
                     "root:        precision %5.1f%%  recall %5.1f%%  F1 %5.1f%%\n"
                     "records coded exactly right: %zu (%.1f%%)\n",
                     t->records, t->skipped, t->gold, t->coded, pe, re, fe, pr, rr, fr, t->right, right);
  if (cli_flush(&out, 1) != 0 || fflush(stdout) != 0) fatal = 1;
  dl_buffer_free(&out);
  dl_buffer_free(&job.events);
  dl_buffer_free(&verb_errors);
  dl_coder_free(coder);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  if (fatal) return EXIT_FATAL;
  return errors.count ? EXIT_BAD_RECORDS : EXIT_OK;
}
