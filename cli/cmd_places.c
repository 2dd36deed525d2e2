/* cmd_places.c: `dateline places`: every place the articles name, resolved in the gazetteer, as JSON lines. */
#include <stdio.h>

#include "cli.h"

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

/* One article's places, as JSON lines. */
static int write_places(dl_context *ctx, const dl_lexicon *lex, const dl_article *a, const dl_document *doc,
                        dl_buffer *out) {
  dl_places *places = dl_places_find(ctx, lex, a, doc);
  int rc = places ? dl_write_places_json(out, a, doc, places) : DL_ENOMEM;
  dl_places_free(places);
  return rc;
}

int cmd_places(int argc, char **argv) {
  return cli_run_article_command(argc, argv, "places", places_usage, write_places);
}
