/* cmd_article.c: `dateline article`: read articles and print their structure as JSON lines. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Output is flushed in blocks of about this size. */
#define OUTPUT_BLOCK (64 * 1024)

/* What each article callback needs. */
typedef struct article_job {
  dl_context *ctx;   /* the context */
  dl_buffer out;     /* pending output */
  cli_errors *errors; /* where failures go */
} article_job;

static void article_usage(FILE *f) {
  fprintf(f,
          "usage: dateline article [--json] [--format auto|text|jsonl|sgml] [--errors FILE]\n"
          "                        [--quiet] FILE...\n"
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
          "  --json           JSON lines output (the default)\n"
          "  --format NAME    read every input as NAME instead of detecting it\n"
          "  --errors FILE    also write each bad record as a JSON line to FILE\n"
          "  --quiet          no error lines on standard error\n"
          "\n"
          "Exit status: 0 success; 1 some records were bad; 2 usage or fatal error.\n");
}

/* Writes pending output when the block is full (or always, with force). */
static int flush_output(dl_buffer *out, int force) {
  if (!force && out->len < OUTPUT_BLOCK) return 0;
  if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len) return -1;
  out->len = 0;
  return 0;
}

/* Builds the text stage of one article and appends its JSON line. */
static int article_emit(void *ud, dl_article *a) {
  article_job *job = ud;
  dl_document *doc = dl_document_new(job->ctx, a);
  int rc = doc ? dl_write_article_json(&job->out, a, doc) : DL_ENOMEM;
  if (rc != DL_OK) {
    dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
    char name[300];
    snprintf(name, sizeof name, "%.*s", (int)(id.len < 256 ? id.len : 256), id.ptr ? id.ptr : "");
    cli_report(job->errors, name, 0, dl_strerror(rc));
  }
  dl_document_free(doc);
  dl_article_free(a);
  return flush_output(&job->out, 0) != 0 || rc == DL_ENOMEM;
}

int cmd_article(int argc, char **argv) {
  int format = DL_FORMAT_AUTO;
  const char *errors_path = NULL;
  cli_errors errors = {NULL, 0, 0};
  int first = argc;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
      article_usage(stdout);
      return EXIT_OK;
    } else if (strcmp(arg, "--json") == 0) {
      continue;
    } else if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0) {
      errors.quiet = 1;
    } else if (strcmp(arg, "--format") == 0 && i + 1 < argc) {
      format = cli_parse_format(argv[++i]);
      if (format < 0) {
        fprintf(stderr, "dateline article: unknown format '%s'\n", argv[i]);
        return EXIT_FATAL;
      }
    } else if (strcmp(arg, "--errors") == 0 && i + 1 < argc) {
      errors_path = argv[++i];
    } else if (strcmp(arg, "--") == 0) {
      first = i + 1;
      break;
    } else if (arg[0] == '-' && arg[1] != '\0') {
      fprintf(stderr, "dateline article: unknown option '%s'\n", arg);
      article_usage(stderr);
      return EXIT_FATAL;
    } else {
      first = i;
      break;
    }
  }
  if (first >= argc) {
    fprintf(stderr, "dateline article: no input (use - for standard input)\n");
    article_usage(stderr);
    return EXIT_FATAL;
  }
  if (errors_path && !(errors.json = fopen(errors_path, "w"))) {
    fprintf(stderr, "dateline article: cannot write %s\n", errors_path);
    return EXIT_FATAL;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  if (!ctx) return EXIT_FATAL;
  article_job job = {ctx, {0}, &errors};
  dl_buffer_init(&job.out, ctx);
  int status = cli_read_inputs(ctx, argv + first, argc - first, (dl_format)format, &errors,
                               article_emit, &job);
  if (flush_output(&job.out, 1) != 0 || fflush(stdout) != 0) status = EXIT_FATAL;
  dl_buffer_free(&job.out);
  dl_context_free(ctx);
  if (errors.json && fclose(errors.json) != 0) status = EXIT_FATAL;
  return status;
}
