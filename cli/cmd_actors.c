/* cmd_actors.c: `dateline actors`: every actor mention in the articles, as JSON lines. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* What each article callback needs. */
typedef struct actors_job {
  dl_context *ctx;        /* the context */
  const dl_lexicon *lex;  /* the dictionaries */
  dl_buffer out;          /* pending output */
  cli_errors *errors;     /* where failures go */
  const char *date;       /* --date for articles without one, or NULL */
} actors_job;

static void actors_usage(FILE *f) {
  fprintf(f,
          "usage: dateline actors [--format jsonl] [--dict FILE]... [--blob FILE]\n"
          "                       [--input auto|text|jsonl|sgml] [--errors FILE] [--quiet] FILE...\n"
          "\n"
          "Finds every actor mention in the articles and prints one JSON object a line:\n"
          "article, sentence, text, start, end, code (CAMEO actor code such as AFGMIL or\n"
          "IGOUNO), country, roles, kind (country, group, person, role-only), entry (the\n"
          "dictionary line that matched) and refers_to (the earlier mention a role such\n"
          "as \"the soldiers\" stands for, or null).\n"
          "\n"
          "  --format jsonl   JSON lines output (the default)\n"
          "  --dict FILE      load a dictionary in front of the built-in ones (repeatable);\n"
          "                   the native format and PETRARCH/TABARI files are read\n"
          "  --blob FILE      use a compiled lexicon (dateline dict compile) instead\n"
          "  --date DATE      the date (YYYY-MM-DD) of articles that give none; it picks\n"
          "                   dated entries such as office-holders\n"
          "  --input NAME     read every input as NAME instead of detecting it\n"
          "  --errors FILE    also write each bad record as a JSON line to FILE\n"
          "  --quiet          no error lines on standard error\n"
          "\n"
          "Exit status: 0 success; 1 some records were bad; 2 usage or fatal error.\n");
}

/* Finds one article's actors and appends their JSON lines. */
static int actors_emit(void *ud, dl_article *a) {
  actors_job *job = ud;
  if (job->date) dl_article_default_date(a, job->date);
  dl_document *doc = dl_document_new(job->ctx, a);
  dl_actors *actors = doc ? dl_actors_find(job->ctx, job->lex, a, doc) : NULL;
  int rc = actors ? dl_write_actors_json(&job->out, a, doc, actors) : DL_ENOMEM;
  if (rc != DL_OK) cli_report_article(job->errors, a, rc);
  cli_note_caps(job->errors, a, dl_document_cut_sentences(doc), 0);
  dl_actors_free(actors);
  dl_document_free(doc);
  dl_article_free(a);
  return cli_flush(&job->out, 0) != 0 || rc == DL_ENOMEM;
}

int cmd_actors(int argc, char **argv) {
  cli_input_options o;
  int status = cli_parse_input_options(argc, argv, &o, "actors", actors_usage);
  if (status >= 0) return status;
  if (o.output_format && strcmp(o.output_format, "jsonl") != 0 &&
      strcmp(o.output_format, "json") != 0) {
    fprintf(stderr, "dateline actors: unknown output format '%s'\n", o.output_format);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o.quiet, 0};
  if (o.errors_path && !(errors.json = fopen(o.errors_path, "w"))) {
    fprintf(stderr, "dateline actors: cannot write %s\n", o.errors_path);
    return EXIT_FATAL;
  }
  if (o.date && !cli_valid_date(o.date)) {
    fprintf(stderr, "dateline actors: --date wants YYYY-MM-DD, not '%s'\n", o.date);
    return EXIT_FATAL;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return EXIT_FATAL;
  dl_lexicon *lex = cli_open_lexicon(ctx, o.blob, o.dicts, o.ndicts, &errors);
  if (!lex) {
    dl_context_free(ctx);
    if (errors.json) fclose(errors.json);
    return EXIT_FATAL;
  }
  actors_job job = {ctx, lex, {0}, &errors, o.date};
  dl_buffer_init(&job.out, ctx);
  status = cli_read_inputs(ctx, argv + o.first, argc - o.first, o.format, &errors, actors_emit,
                           &job);
  if (cli_flush(&job.out, 1) != 0 || fflush(stdout) != 0) status = EXIT_FATAL;
  dl_buffer_free(&job.out);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  if (errors.json && fclose(errors.json) != 0) status = EXIT_FATAL;
  return status;
}
