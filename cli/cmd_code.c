/* cmd_code.c: `dateline code`: the political events of the articles, as JSON lines, GDELT or CSV. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* Output formats. */
typedef enum code_format {
  CODE_JSONL, /* one JSON object a line (docs/EVENTS.md) */
  CODE_GDELT, /* the GDELT 2.0 Event table's 61 tab-separated columns */
  CODE_CSV    /* a header row, then one row an event */
} code_format;

/* A slot's output buffer is given back to the allocator when it has grown past this. */
#define SLOT_BUFFER_KEEP ((size_t)1024 * 1024)

/* The progress line drawn on standard error when it is a terminal. */
typedef struct code_progress {
  int on;                /* stderr is a terminal and not --quiet */
  struct timespec start; /* when reading began */
  double last;           /* seconds after start when the line was last drawn */
  size_t articles;       /* articles written so far */
  size_t events;         /* events written so far */
  size_t bytes;          /* normalised text coded so far (headlines and bodies) */
  int width;             /* length of the last line drawn, to blank what a shorter one leaves */
} code_progress;

/* What every article needs. The first fields are read-only while threads code. */
typedef struct code_job {
  const dl_coder *coder;   /* verb patterns and CAMEO tables, shared */
  code_format format;      /* --format */
  const char *date;        /* --date for articles without one, or NULL */
  dl_context *ctx;         /* the main thread's context: the reader's, and the coder's with -j 1 */
  cli_errors *errors;      /* where failures go; used on the main thread only */
  dl_buffer out;           /* -j 1: pending output */
  size_t failed;           /* articles that failed after they were read */
  code_progress progress;  /* the progress line */
} code_job;

/* What coding one article gave. */
typedef struct code_result {
  int rc;        /* DL_OK, or the failure to report */
  size_t events; /* events written */
  size_t bytes;  /* normalised text coded */
  size_t cut;    /* sentences cut at the document's cap */
  size_t capped; /* sentences with more verb groups than are coded */
} code_result;

static void code_usage(FILE *f) {
  fprintf(f,
          "usage: dateline code [--format jsonl|gdelt|csv] [--date DATE] [--dict FILE]...\n"
          "                     [--blob FILE] [--input auto|text|jsonl|sgml] [--errors FILE]\n"
          "                     [--quiet] [-j N] FILE...\n"
          "\n"
          "Codes the political events of the articles: for each clause a verb pattern\n"
          "matches, the CAMEO event code, the source and target actors, the mode and who\n"
          "reported it. Events come out in input order, each article's in reading order.\n"
          "\n"
          "  --format NAME    jsonl: one JSON object an event (the default, docs/EVENTS.md);\n"
          "                   gdelt: the GDELT 2.0 Event table's 61 tab-separated columns;\n"
          "                   csv: a header row, then one row an event\n"
          "  --date DATE      the date (YYYY-MM-DD) of articles that give none; it picks\n"
          "                   dated entries such as office-holders\n"
          "  --dict FILE      load a dictionary in front of the built-in ones (repeatable):\n"
          "                   actors, agents, discards or verb patterns, native or PETRARCH\n"
          "  --blob FILE      use a compiled lexicon (dateline dict compile) instead\n"
          "  --input NAME     read every input as NAME instead of detecting it\n"
          "  --errors FILE    also write each bad record as a JSON line to FILE\n"
          "  --quiet          no error lines or progress on standard error\n"
          "  -j N             code on N threads (1 to %d; default 1); the output is the same\n"
          "\n"
          "When standard error is a terminal, a progress line shows articles, events,\n"
          "megabytes of text a second and the time taken.\n"
          "\n"
          "Exit status: 0 success; 1 some records were bad; 2 usage or fatal error.\n",
          CLI_MAX_JOBS);
}

/* ---------------------------------------------------------------- progress */

/* Seconds since t0 on the monotonic clock. */
static double seconds_since(const struct timespec *t0) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/*
 * Draws the progress line, at most four times a second unless final. The
 * cursor is left at the start of the line, so an error line written next
 * replaces it; the final line ends with a newline.
 */
static void progress_draw(code_progress *p, int final) {
  if (!p->on) return;
  double t = seconds_since(&p->start);
  if (!final && t - p->last < 0.25) return;
  p->last = t;
  unsigned long s = (unsigned long)t;
  char line[200];
  int n = snprintf(line, sizeof line, "dateline code: %zu articles, %zu events, %.1f MB/s, %lu:%02lu:%02lu",
                   p->articles, p->events, t > 0 ? (double)p->bytes / 1e6 / t : 0.0, s / 3600,
                   s / 60 % 60, s % 60);
  if (n < 0) return;
  int pad = p->width > n ? p->width - n : 0;
  fprintf(stderr, "\r%s%*s%s", line, pad, "", final ? "\n" : "\r");
  fflush(stderr);
  p->width = n;
}

/* Counts one written article. */
static void progress_add(code_progress *p, const code_result *r) {
  p->articles++;
  p->events += r->events;
  p->bytes += r->bytes;
  progress_draw(p, 0);
}

/* ------------------------------------------------------------------ coding */

/*
 * Codes one article with ctx and appends its events to out in the job's
 * format. Nothing is appended when it fails. Only reads the article and the
 * job, so threads may call it at once with contexts and buffers of their own.
 */
static code_result code_article(dl_context *ctx, const code_job *job, const dl_article *a,
                                dl_buffer *out) {
  code_result r = {DL_ENOMEM, 0, 0, 0, 0};
  size_t before = out->len;
  dl_document *doc = dl_document_new(ctx, a);
  dl_events *events = doc ? dl_events_code(ctx, job->coder, a, doc) : NULL;
  if (events) {
    switch (job->format) {
      case CODE_GDELT: r.rc = dl_write_events_gdelt(out, a, doc, events); break;
      case CODE_CSV: r.rc = dl_write_events_csv(out, a, doc, events); break;
      case CODE_JSONL: r.rc = dl_write_events_json(out, a, doc, events); break;
    }
    r.events = dl_events_count(events);
    r.capped = dl_events_capped(events);
  }
  r.cut = dl_document_cut_sentences(doc);
  if (doc) r.bytes = dl_document_headline(doc).len + dl_document_body(doc).len;
  if (r.rc != DL_OK) {
    out->len = before; /* no half-written lines */
    if (out->data) out->data[before] = '\0';
    r.events = 0;
  }
  dl_events_free(events);
  dl_document_free(doc);
  return r;
}

/* -j 1: codes each article as it is read, on the main thread. */
static int code_emit(void *ud, dl_article *a) {
  code_job *job = ud;
  if (job->date) dl_article_default_date(a, job->date);
  code_result r = code_article(job->ctx, job, a, &job->out);
  if (r.rc != DL_OK) {
    cli_report_article(job->errors, a, r.rc);
    job->failed++;
  }
  cli_note_caps(job->errors, a, r.cut, r.capped);
  dl_article_free(a);
  progress_add(&job->progress, &r);
  return cli_flush(&job->out, 0) != 0 || r.rc == DL_ENOMEM;
}

/* ----------------------------------------------------------------- threads */

/*
 * -j N: the main thread reads the articles and numbers them; N workers, each
 * with its own context, code them into buffers of their own; the main thread
 * writes the buffers in number order, reports failures in that order and
 * frees the articles (which the reader's context made). At most 32 N articles
 * are in flight: a ring of slots, slot i % cap holding article i. A short
 * ring makes the main thread wait every few articles; news articles are small,
 * so a longer one costs little memory.
 */
enum { SLOT_FREE, SLOT_QUEUED, SLOT_CODING, SLOT_DONE };

/* One article in flight. */
typedef struct code_slot {
  dl_article *article; /* owned by the main thread; workers only read it */
  dl_buffer out;       /* its events, grown through the context of the worker that coded it */
  code_result result;  /* what coding gave */
  int state;           /* SLOT_* */
} code_slot;

/*
 * The ring and the threads' shared state. lock guards the slot states and
 * every counter; queued and written change only on the main thread.
 */
typedef struct code_pool {
  code_job *job;
  pthread_mutex_t lock;
  pthread_cond_t work; /* an article was queued, or quit was set */
  pthread_cond_t done; /* ready reached want */
  code_slot *slots;
  size_t cap;          /* slots */
  size_t queued;       /* number of the next article queued */
  size_t taken;        /* number of the next article a worker takes */
  size_t written;      /* number of the next article written */
  size_t ready;        /* coded articles in a row from written: what may be written now */
  size_t want;         /* the main thread sleeps until ready reaches this; 0 when it does not */
  int quit;            /* workers stop once they see it */
} code_pool;

/* A worker thread and its context. */
typedef struct code_worker {
  pthread_t thread;
  dl_context *ctx; /* for everything the worker allocates; its error message is its own */
  code_pool *pool;
} code_worker;

static void *code_worker_run(void *arg) {
  code_worker *w = arg;
  code_pool *p = w->pool;
  pthread_mutex_lock(&p->lock);
  for (;;) {
    while (!p->quit && p->taken == p->queued) pthread_cond_wait(&p->work, &p->lock);
    if (p->quit) break;
    code_slot *s = &p->slots[p->taken++ % p->cap];
    s->state = SLOT_CODING;
    pthread_mutex_unlock(&p->lock);
    /* Every context here allocates with the C library, but the buffer is moved
       to this worker's context anyway, so no two threads share one. */
    if (s->out.ctx != w->ctx) {
      if (s->out.ctx) dl_buffer_free(&s->out);
      dl_buffer_init(&s->out, w->ctx);
    }
    s->out.len = 0;
    s->result = code_article(w->ctx, p->job, s->article, &s->out);
    pthread_mutex_lock(&p->lock);
    s->state = SLOT_DONE;
    while (p->written + p->ready < p->taken &&
           p->slots[(p->written + p->ready) % p->cap].state == SLOT_DONE)
      p->ready++;
    if (p->want && p->ready >= p->want) pthread_cond_signal(&p->done);
  }
  pthread_mutex_unlock(&p->lock);
  return NULL;
}

/* Writes one coded article (main thread, without the lock); nonzero to stop. */
static int pool_write(code_pool *p, code_slot *s) {
  code_job *job = p->job;
  int stop = 0;
  if (s->result.rc != DL_OK) {
    cli_report_article(job->errors, s->article, s->result.rc);
    job->failed++;
    stop = s->result.rc == DL_ENOMEM;
  }
  cli_note_caps(job->errors, s->article, s->result.cut, s->result.capped);
  if (s->out.len && fwrite(s->out.data, 1, s->out.len, stdout) != s->out.len) stop = 1;
  s->out.len = 0;
  if (s->out.cap > SLOT_BUFFER_KEEP) dl_buffer_free(&s->out);
  progress_add(&job->progress, &s->result);
  dl_article_free(s->article);
  s->article = NULL;
  s->state = SLOT_FREE;
  return stop;
}

/*
 * Writes the coded articles at the head of the ring, in order. When the ring
 * is full it waits for half of it to be ready, so that the main thread is
 * woken once for many articles, not for each; with all, it waits until every
 * queued article is written. Returns nonzero to stop.
 */
static int pool_flush(code_pool *p, int all) {
  int stop = 0;
  pthread_mutex_lock(&p->lock);
  while (!stop) {
    size_t k = p->ready;
    if (k == 0) {
      size_t in_flight = p->queued - p->written;
      if (in_flight == 0 || (!all && in_flight < p->cap)) break;
      p->want = all ? 1 : p->cap / 2;
      while (p->ready < p->want) pthread_cond_wait(&p->done, &p->lock);
      p->want = 0;
      continue;
    }
    /* Slots written..written+k-1 are done: no worker touches them now. */
    pthread_mutex_unlock(&p->lock);
    size_t n = 0;
    while (n < k && !stop) stop = pool_write(p, &p->slots[(p->written + n++) % p->cap]);
    pthread_mutex_lock(&p->lock);
    p->written += n;
    p->ready -= n;
  }
  pthread_mutex_unlock(&p->lock);
  return stop;
}

/* -j N: queues each article as it is read, after writing what is ready. */
static int pool_emit(void *ud, dl_article *a) {
  code_pool *p = ud;
  if (p->job->date) dl_article_default_date(a, p->job->date);
  pthread_mutex_lock(&p->lock);
  if (p->ready > 0 || p->queued - p->written == p->cap) {
    pthread_mutex_unlock(&p->lock);
    if (pool_flush(p, 0)) {
      dl_article_free(a);
      return 1;
    }
    pthread_mutex_lock(&p->lock);
  }
  code_slot *s = &p->slots[p->queued % p->cap];
  s->article = a;
  s->result = (code_result){DL_OK, 0, 0, 0, 0};
  s->state = SLOT_QUEUED;
  p->queued++;
  pthread_cond_signal(&p->work);
  pthread_mutex_unlock(&p->lock);
  return 0;
}

/*
 * Reads and codes the inputs on jobs threads. Returns the exit status, or -1
 * when no thread could be started (nothing has been read then).
 */
static int code_parallel(code_job *job, char **inputs, int count, dl_format format, int jobs) {
  code_pool p;
  memset(&p, 0, sizeof p);
  p.job = job;
  p.cap = 32 * (size_t)jobs;
  p.slots = calloc(p.cap, sizeof *p.slots);
  code_worker *workers = calloc((size_t)jobs, sizeof *workers);
  if (!p.slots || !workers) {
    free(p.slots);
    free(workers);
    return -1;
  }
  pthread_mutex_init(&p.lock, NULL);
  pthread_cond_init(&p.work, NULL);
  pthread_cond_init(&p.done, NULL);
  int started = 0;
  for (; started < jobs; started++) {
    code_worker *w = &workers[started];
    w->pool = &p;
    if (!(w->ctx = dl_context_new(NULL, NULL))) break;
    if (pthread_create(&w->thread, NULL, code_worker_run, w) != 0) {
      dl_context_free(w->ctx);
      break;
    }
  }
  int status = -1;
  if (started > 0) {
    status = cli_read_inputs(job->ctx, inputs, count, format, job->errors, pool_emit, &p);
    if (status != EXIT_FATAL && pool_flush(&p, 1)) status = EXIT_FATAL;
  }
  pthread_mutex_lock(&p.lock);
  p.quit = 1;
  pthread_cond_broadcast(&p.work);
  pthread_mutex_unlock(&p.lock);
  for (int i = 0; i < started; i++) pthread_join(workers[i].thread, NULL);
  /* After a stop, the articles still in flight are dropped. */
  for (size_t i = 0; i < p.cap; i++) {
    dl_article_free(p.slots[i].article);
    if (p.slots[i].out.ctx) dl_buffer_free(&p.slots[i].out);
  }
  for (int i = 0; i < started; i++) dl_context_free(workers[i].ctx);
  pthread_cond_destroy(&p.done);
  pthread_cond_destroy(&p.work);
  pthread_mutex_destroy(&p.lock);
  free(p.slots);
  free(workers);
  return status;
}

/* ----------------------------------------------------------------- command */

/* Parses --format; -1 when unknown. */
static int parse_output_format(const char *name) {
  if (!name || strcmp(name, "jsonl") == 0 || strcmp(name, "json") == 0) return CODE_JSONL;
  if (strcmp(name, "gdelt") == 0) return CODE_GDELT;
  if (strcmp(name, "csv") == 0) return CODE_CSV;
  return -1;
}

int cmd_code(int argc, char **argv) {
  cli_input_options o;
  int status = cli_parse_command_options(argc, argv, &o, "code", code_usage, CLI_OPT_JOBS);
  if (status >= 0) return status;
  int format = parse_output_format(o.output_format);
  if (format < 0) {
    fprintf(stderr, "dateline code: unknown output format '%s' (jsonl, gdelt or csv)\n",
            o.output_format);
    return EXIT_FATAL;
  }
  if (o.date && !cli_valid_date(o.date)) {
    fprintf(stderr, "dateline code: --date wants YYYY-MM-DD, not '%s'\n", o.date);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o.quiet, 0};
  if (o.errors_path && !(errors.json = fopen(o.errors_path, "w"))) {
    fprintf(stderr, "dateline code: cannot write %s\n", o.errors_path);
    return EXIT_FATAL;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) {
    if (errors.json) fclose(errors.json);
    return EXIT_FATAL;
  }
  dl_lexicon *lex = cli_open_lexicon(ctx, o.blob, o.dicts, o.ndicts, &errors);
  dl_coder *coder = NULL;
  if (lex) {
    /* --dict files were checked as they were loaded, but a blob made elsewhere may hold bad
       verb lines: the coder skips them, and they are shown like dictionary warnings. */
    dl_buffer msgs;
    dl_buffer_init(&msgs, ctx);
    coder = dl_coder_new(ctx, lex, &msgs);
    if (msgs.len && !o.quiet) fputs(msgs.data, stderr);
    dl_buffer_free(&msgs);
    if (!coder)
      cli_report(&errors, o.blob ? o.blob : "built-in lexicon", 0,
                 *dl_context_errmsg(ctx) ? dl_context_errmsg(ctx) : "cannot read the verb patterns");
  }
  if (!coder) {
    dl_lexicon_free(lex);
    dl_context_free(ctx);
    if (errors.json) fclose(errors.json);
    return EXIT_FATAL;
  }

  code_job job;
  memset(&job, 0, sizeof job);
  job.coder = coder;
  job.format = (code_format)format;
  job.date = o.date;
  job.ctx = ctx;
  job.errors = &errors;
  dl_buffer_init(&job.out, ctx);
  job.progress.on = !o.quiet && isatty(STDERR_FILENO);
  clock_gettime(CLOCK_MONOTONIC, &job.progress.start);

  status = EXIT_OK;
  if (job.format == CODE_CSV && (dl_write_events_csv_header(&job.out) != DL_OK ||
                                 cli_flush(&job.out, 1) != 0))
    status = EXIT_FATAL;
  char **inputs = argv + o.first;
  int count = argc - o.first;
  /* Without threads (-j 1, or none could be started) everything happens here. */
  int parallel = -1;
  if (status == EXIT_OK && o.jobs > 1) parallel = code_parallel(&job, inputs, count, o.format, o.jobs);
  if (status == EXIT_OK)
    status = parallel >= 0 ? parallel
                           : cli_read_inputs(ctx, inputs, count, o.format, &errors, code_emit, &job);
  if (cli_flush(&job.out, 1) != 0 || fflush(stdout) != 0) status = EXIT_FATAL;
  if (status == EXIT_OK && job.failed) status = EXIT_BAD_RECORDS;
  progress_draw(&job.progress, 1);
  dl_buffer_free(&job.out);
  dl_coder_free(coder);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  if (errors.json && fclose(errors.json) != 0) status = EXIT_FATAL;
  return status;
}
