/* main.c: the dateline command line: subcommand dispatch, --help and --version. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* A subcommand: its name, what it does, and its entry point. */
typedef struct cli_command {
  const char *name;               /* as typed */
  const char *summary;            /* one line for --help */
  int (*run)(int argc, char **argv); /* argv[0] is the subcommand name */
} cli_command;

static const cli_command commands[] = {
    {"article", "read articles and print their structure as JSON lines", cmd_article},
    {"actors", "find the actor mentions in articles, with CAMEO actor codes", cmd_actors},
    {"places", "find the places articles name, resolved in the gazetteer", cmd_places},
    {"code", "code the political events of articles (CAMEO) as JSON lines, GDELT or CSV", cmd_code},
    {"validate", "code gold records and score the events against their gold codings", cmd_validate},
    {"dict", "compile, dump, look up and check dictionaries", cmd_dict},
};

/* Prints the top-level help. */
static void usage(FILE *f) {
  fprintf(f,
          "usage: dateline [--help] [--version] COMMAND [ARGS...]\n"
          "\n"
          "dateline reads news articles and writes political event data.\n"
          "\n"
          "commands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf(f,
          "\n"
          "Run 'dateline COMMAND --help' for a command's options.\n"
          "Exit status: 0 success; 1 some input records were bad but the rest were\n"
          "processed; 2 usage or fatal error.\n");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_FATAL;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
      strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return EXIT_OK;
  }
  if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
    printf("dateline %s\n", DL_VERSION);
    return EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    if (strcmp(argv[1], commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
  fprintf(stderr, "dateline: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return EXIT_FATAL;
}
