/* cmd_article.c: `dateline article`: read articles and print their structure as JSON lines. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* What each article callback needs. */
typedef struct article_job {
  dl_context *ctx;    /* the context */
  dl_buffer out;      /* pending output */
  cli_errors *errors; /* where failures go */
  const char *date;   /* --date for articles without one, or NULL */
} article_job;

static void article_usage(FILE *f) {
  fprintf(f,
          "usage: dateline article [--json] [--input auto|text|jsonl|sgml] [--date DATE]\n"
          "                        [--errors FILE] [--quiet] FILE...\n"
          "\n"
          "Reads news articles and prints one JSON object a line for each: id, date,\n"
          "source, url, headline, caption, byline, dateline {place, agency, date},\n"
          "paragraphs, sentences [{text, start, end}] (element 0 is the headline),\n"
          "credits {reporting, editing} and the normalised text.\n"
          "\n"
          "FILE may be a plain-text story, JSON Lines (id, date, source, url, title,\n"
          "text), Reuters-21578 or GigaWord SGML, a directory (read recursively in\n"
          "sorted order), or - for standard input.\n"
          "\n"
          "  --json, --format json  JSON lines output (the default and only format)\n"
          "  --input NAME           read every input as NAME instead of detecting it\n"
          "  --date DATE            the date (YYYY-MM-DD) of articles that give none\n"
          "  --errors FILE          also write each bad record as a JSON line to FILE\n"
          "  --quiet                no error lines on standard error\n"
          "\n"
          "Exit status: 0 success; 1 some records were bad; 2 usage or fatal error.\n");
}

/* Builds the text stage of one article and appends its JSON line. */
static int article_emit(void *ud, dl_article *a) {
  article_job *job = ud;
  if (job->date) dl_article_default_date(a, job->date);
  dl_document *doc = dl_document_new(job->ctx, a);
  int rc = doc ? dl_write_article_json(&job->out, a, doc) : DL_ENOMEM;
  if (rc != DL_OK) cli_report_article(job->errors, a, rc);
  cli_note_caps(job->errors, a, dl_document_cut_sentences(doc), 0);
  dl_document_free(doc);
  dl_article_free(a);
  return cli_flush(&job->out, 0) != 0 || rc == DL_ENOMEM;
}

int cmd_article(int argc, char **argv) {
  cli_input_options o;
  int status = cli_parse_input_options(argc, argv, &o, "article", article_usage);
  if (status >= 0) return status;
  if (o.output_format && strcmp(o.output_format, "json") != 0 &&
      strcmp(o.output_format, "jsonl") != 0) {
    fprintf(stderr, "dateline article: unknown output format '%s'\n", o.output_format);
    return EXIT_FATAL;
  }
  if (o.ndicts || o.blob) {
    fprintf(stderr, "dateline article: --dict and --blob are for commands that code actors\n");
    return EXIT_FATAL;
  }
  if (o.date && !cli_valid_date(o.date)) {
    fprintf(stderr, "dateline article: --date wants YYYY-MM-DD, not '%s'\n", o.date);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o.quiet, 0};
  if (o.errors_path && !(errors.json = fopen(o.errors_path, "w"))) {
    fprintf(stderr, "dateline article: cannot write %s\n", o.errors_path);
    return EXIT_FATAL;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return EXIT_FATAL;
  article_job job = {ctx, {0}, &errors, o.date};
  dl_buffer_init(&job.out, ctx);
  status = cli_read_inputs(ctx, argv + o.first, argc - o.first, o.format, &errors, article_emit,
                           &job);
  if (cli_flush(&job.out, 1) != 0 || fflush(stdout) != 0) status = EXIT_FATAL;
  dl_buffer_free(&job.out);
  dl_context_free(ctx);
  if (errors.json && fclose(errors.json) != 0) status = EXIT_FATAL;
  return status;
}
