/* options.c: the options that every reading command shares, and block-wise output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Output is written in blocks of about this size. */
#define OUTPUT_BLOCK ((size_t)64 * 1024)

/* Reads the N of -j N: a whole number from 1 to CLI_MAX_JOBS; 0 when it is not one. */
static int parse_jobs(const char *s) {
  char *end;
  long n = strtol(s, &end, 10);
  if (end == s || *end != '\0' || n < 1 || n > CLI_MAX_JOBS) return 0;
  return (int)n;
}

int cli_parse_input_options(int argc, char **argv, cli_input_options *o, const char *command,
                            void (*usage)(FILE *f)) {
  return cli_parse_command_options(argc, argv, o, command, usage, 0);
}

int cli_parse_command_options(int argc, char **argv, cli_input_options *o, const char *command,
                              void (*usage)(FILE *f), unsigned extra) {
  memset(o, 0, sizeof *o);
  o->format = DL_FORMAT_AUTO;
  o->jobs = 1;
  o->first = argc;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    int has_value = i + 1 < argc;
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
      usage(stdout);
      return EXIT_OK;
    } else if (strcmp(arg, "--json") == 0) {
      continue;
    } else if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0) {
      o->quiet = 1;
    } else if (strcmp(arg, "--format") == 0 && has_value) {
      o->output_format = argv[++i];
    } else if (strcmp(arg, "--input") == 0 && has_value) {
      int f = cli_parse_format(argv[++i]);
      if (f < 0) {
        fprintf(stderr, "dateline %s: unknown input format '%s'\n", command, argv[i]);
        return EXIT_FATAL;
      }
      o->format = (dl_format)f;
    } else if (strcmp(arg, "--errors") == 0 && has_value) {
      o->errors_path = argv[++i];
    } else if (strcmp(arg, "--dict") == 0 && has_value) {
      if (o->ndicts == CLI_MAX_DICTS) {
        fprintf(stderr, "dateline %s: at most %d --dict files\n", command, CLI_MAX_DICTS);
        return EXIT_FATAL;
      }
      o->dicts[o->ndicts++] = argv[++i];
    } else if (strcmp(arg, "--blob") == 0 && has_value) {
      o->blob = argv[++i];
    } else if (strcmp(arg, "--date") == 0 && has_value) {
      o->date = argv[++i];
    } else if ((extra & CLI_OPT_JOBS) && (strncmp(arg, "-j", 2) == 0 || strcmp(arg, "--jobs") == 0)) {
      /* -j N, -jN or --jobs N */
      int joined = arg[1] == 'j' && arg[2] != '\0';
      const char *value = joined ? arg + 2 : has_value ? argv[++i] : NULL;
      if (!value || !(o->jobs = parse_jobs(value))) {
        fprintf(stderr, "dateline %s: -j wants a number of threads from 1 to %d\n", command,
                CLI_MAX_JOBS);
        return EXIT_FATAL;
      }
    } else if (strcmp(arg, "--") == 0) {
      o->first = i + 1;
      break;
    } else if (arg[0] == '-' && arg[1] != '\0') {
      fprintf(stderr, "dateline %s: unknown option '%s'\n", command, arg);
      usage(stderr);
      return EXIT_FATAL;
    } else {
      o->first = i;
      break;
    }
  }
  if (o->first >= argc) {
    fprintf(stderr, "dateline %s: no input (use - for standard input)\n", command);
    usage(stderr);
    return EXIT_FATAL;
  }
  return -1;
}

int cli_flush(dl_buffer *out, int force) {
  if (!force && out->len < OUTPUT_BLOCK) return 0;
  if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len) return -1;
  out->len = 0;
  return 0;
}

int cli_valid_date(const char *date) {
  if (strlen(date) != 10) return 0;
  for (int i = 0; i < 10; i++) {
    int digit = date[i] >= '0' && date[i] <= '9';
    if ((i == 4 || i == 7) ? date[i] != '-' : !digit) return 0;
  }
  int month = (date[5] - '0') * 10 + (date[6] - '0'), day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
