/* cmd_places.c: `dateline places`: every place the articles name, resolved in the gazetteer, as JSON lines. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* What each article callback needs. */
typedef struct places_job {
  dl_context *ctx;        /* the context */
  const dl_lexicon *lex;  /* the dictionaries */
  dl_buffer out;          /* pending output */
  cli_errors *errors;     /* where failures go */
  const char *date;       /* --date for articles without one, or NULL */
} places_job;

static void places_usage(FILE *f) {
  fprintf(f,
          "usage: dateline places [--format jsonl] [--dict FILE]... [--blob FILE]\n"
          "                       [--input auto|text|jsonl|sgml] [--errors FILE] [--quiet] FILE...\n"
          "\n"
          "Finds every place the articles name and prints one JSON object a line:\n"
          "article, sentence (null for the dateline), text, start, end, name, country\n"
          "(ISO alpha-3), admin1 (ISO 3166-2), lat, lon, geonameid, feature (GeoNames\n"
          "feature code, or CRSS, RGN, AREA for the project's own places) and\n"
          "population. A name the gazetteer knows is a place unless it names an actor\n"
          "at work (\"Washington said\"), a people (\"Afghan\") or a person; of the\n"
          "places of one name, the story's context picks one.\n"
          "\n"
          "  --format jsonl   JSON lines output (the default)\n"
          "  --dict FILE      load a dictionary in front of the built-in ones (repeatable)\n"
          "  --blob FILE      use a compiled lexicon (dateline dict compile) instead\n"
          "  --date DATE      the date (YYYY-MM-DD) of articles that give none\n"
          "  --input NAME     read every input as NAME instead of detecting it\n"
          "  --errors FILE    also write each bad record as a JSON line to FILE\n"
          "  --quiet          no error lines on standard error\n"
          "\n"
          "Exit status: 0 success; 1 some records were bad; 2 usage or fatal error.\n");
}

/* Finds one article's places and appends their JSON lines. */
static int places_emit(void *ud, dl_article *a) {
  places_job *job = ud;
  if (job->date) dl_article_default_date(a, job->date);
  dl_document *doc = dl_document_new(job->ctx, a);
  dl_places *places = doc ? dl_places_find(job->ctx, job->lex, a, doc) : NULL;
  int rc = places ? dl_write_places_json(&job->out, a, doc, places) : DL_ENOMEM;
  if (rc != DL_OK) cli_report_article(job->errors, a, rc);
  cli_note_caps(job->errors, a, dl_document_cut_sentences(doc), 0);
  dl_places_free(places);
  dl_document_free(doc);
  dl_article_free(a);
  return cli_flush(&job->out, 0) != 0 || rc == DL_ENOMEM;
}

int cmd_places(int argc, char **argv) {
  cli_input_options o;
  int status = cli_parse_input_options(argc, argv, &o, "places", places_usage);
  if (status >= 0) return status;
  if (o.output_format && strcmp(o.output_format, "jsonl") != 0 &&
      strcmp(o.output_format, "json") != 0) {
    fprintf(stderr, "dateline places: unknown output format '%s'\n", o.output_format);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o.quiet, 0};
  if (o.errors_path && !(errors.json = fopen(o.errors_path, "w"))) {
    fprintf(stderr, "dateline places: cannot write %s\n", o.errors_path);
    return EXIT_FATAL;
  }
  if (o.date && !cli_valid_date(o.date)) {
    fprintf(stderr, "dateline places: --date wants YYYY-MM-DD, not '%s'\n", o.date);
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
  places_job job = {ctx, lex, {0}, &errors, o.date};
  dl_buffer_init(&job.out, ctx);
  status = cli_read_inputs(ctx, argv + o.first, argc - o.first, o.format, &errors, places_emit,
                           &job);
  if (cli_flush(&job.out, 1) != 0 || fflush(stdout) != 0) status = EXIT_FATAL;
  dl_buffer_free(&job.out);
  dl_lexicon_free(lex);
  dl_context_free(ctx);
  if (errors.json && fclose(errors.json) != 0) status = EXIT_FATAL;
  return status;
}
