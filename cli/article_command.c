/* article_command.c: the commands that write JSON lines for each article with the lexicon (actors, places). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* What each article callback needs. */
typedef struct article_job {
  dl_context *ctx;           /* the context */
  const dl_lexicon *lex;     /* the dictionaries */
  dl_buffer out;             /* pending output */
  cli_errors *errors;        /* where failures go */
  const char *date;          /* --date for articles without one, or NULL */
  cli_article_writer write;  /* the command's lines for one article */
} article_job;

/* Writes one article's lines, and reports what went wrong with it. */
static int article_emit(void *ud, dl_article *a) {
  article_job *job = ud;
  if (job->date) dl_article_default_date(a, job->date);
  dl_document *doc = dl_document_new(job->ctx, a);
  int rc = doc ? job->write(job->ctx, job->lex, a, doc, &job->out) : DL_ENOMEM;
  if (rc != DL_OK) cli_report_article(job->errors, a, rc);
  cli_note_caps(job->errors, a, dl_document_cut_sentences(doc), 0);
  dl_document_free(doc);
  dl_article_free(a);
  return cli_flush(&job->out, 0) != 0 || rc == DL_ENOMEM;
}

int cli_run_article_command(int argc, char **argv, const char *command, void (*usage)(FILE *f),
                            cli_article_writer write) {
  cli_input_options o;
  int status = cli_parse_input_options(argc, argv, &o, command, usage);
  if (status >= 0) return status;
  if (o.output_format && strcmp(o.output_format, "jsonl") != 0 &&
      strcmp(o.output_format, "json") != 0) {
    fprintf(stderr, "dateline %s: unknown output format '%s'\n", command, o.output_format);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o.quiet, 0};
  if (o.errors_path && !(errors.json = fopen(o.errors_path, "w"))) {
    fprintf(stderr, "dateline %s: cannot write %s\n", command, o.errors_path);
    return EXIT_FATAL;
  }
  if (o.date && !cli_valid_date(o.date)) {
    fprintf(stderr, "dateline %s: --date wants YYYY-MM-DD, not '%s'\n", command, o.date);
    if (errors.json) fclose(errors.json);
    return EXIT_FATAL;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) {
    if (errors.json) fclose(errors.json);
    return EXIT_FATAL;
  }
  dl_lexicon *lex = cli_open_lexicon(ctx, o.blob, o.dicts, o.ndicts, &errors);
  if (!lex) {
    dl_context_free(ctx);
    if (errors.json) fclose(errors.json);
    return EXIT_FATAL;
  }
  article_job job = {ctx, lex, {0}, &errors, o.date, write};
  dl_buffer_init(&job.out, ctx);
  status = cli_read_inputs(ctx, argv + o.first, argc - o.first, o.format, &errors, article_emit, &job);
  if (cli_flush(&job.out, 1) != 0 || fflush(stdout) != 0) status = EXIT_FATAL;
  dl_buffer_free(&job.out);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  if (errors.json && fclose(errors.json) != 0) status = EXIT_FATAL;
  return status;
}
