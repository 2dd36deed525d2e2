/* cmd_actors.c: `dateline actors`: every actor mention in the articles, as JSON lines. */
#include <stdio.h>

#include "cli.h"

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

/* One article's actor mentions, as JSON lines. */
static int write_actors(dl_context *ctx, const dl_lexicon *lex, const dl_article *a, const dl_document *doc,
                        dl_buffer *out) {
  dl_actors *actors = dl_actors_find(ctx, lex, a, doc);
  int rc = actors ? dl_write_actors_json(out, a, doc, actors) : DL_ENOMEM;
  dl_actors_free(actors);
  return rc;
}

int cmd_actors(int argc, char **argv) {
  return cli_run_article_command(argc, argv, "actors", actors_usage, write_actors);
}
