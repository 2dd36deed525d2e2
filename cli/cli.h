/* cli.h: the dateline subcommands and what they share: inputs, errors, exit codes. */
#ifndef DL_CLI_CLI_H
#define DL_CLI_CLI_H

#include <stdio.h>

#include "dateline.h"

/* Exit codes, as documented in dateline(1). */
enum {
  EXIT_OK = 0,         /* every record was read */
  EXIT_BAD_RECORDS = 1, /* some input records were bad; the rest were processed */
  EXIT_FATAL = 2       /* usage error or fatal error */
};

/* Where bad records are reported: standard error and, with --errors FILE, JSON lines. */
typedef struct cli_errors {
  FILE *json;   /* the --errors file, or NULL */
  int quiet;    /* --quiet: no lines on standard error */
  size_t count; /* bad records and unreadable inputs so far */
} cli_errors;

/* Reports one bad record or input: "NAME:LINE: reason" on stderr and a JSON line. */
void cli_report(cli_errors *errors, const char *input, size_t line, const char *reason);

/* Reports an article that failed in a later stage, by its id. */
void cli_report_article(cli_errors *errors, const dl_article *a, int code);

/*
 * Says on stderr (unless --quiet) that an article was read with a cap: cut
 * sentences that ran past 1000 tokens, sentences with more verbs than the
 * coder reads. A notice, not an error: the article was read and its output
 * written.
 */
void cli_note_caps(const cli_errors *errors, const dl_article *a, size_t cut, size_t capped);

/* Called for each article read from the inputs; returns 0 to go on. */
typedef int (*cli_article_fn)(void *ud, dl_article *article);

/*
 * Reads every input (files, directories recursively in sorted order, "-" for
 * standard input) and calls fn for each article; bad records and unreadable
 * inputs are reported and skipped. Returns EXIT_OK, EXIT_BAD_RECORDS or
 * EXIT_FATAL.
 */
int cli_read_inputs(dl_context *ctx, char **inputs, int count, dl_format format,
                    cli_errors *errors, cli_article_fn fn, void *ud);

/* Parses "text", "jsonl", "sgml" or "auto"; returns -1 when unknown. */
int cli_parse_format(const char *name);

/*
 * The lexicon a command codes with: the blob file blob (NULL for the one
 * built into the library) with each --dict file loaded in front of it, in
 * order. Problems are reported through errors; NULL when the lexicon cannot
 * be opened or a dictionary has an error. Free with dl_lexicon_free.
 */
dl_lexicon *cli_open_lexicon(dl_context *ctx, const char *blob, const char *const *dicts, int ndicts,
                             cli_errors *errors);

/* The most --dict files one command loads. */
#define CLI_MAX_DICTS 15

/* Options shared by the commands that read articles. */
typedef struct cli_input_options {
  dl_format format;          /* --input: force the input format */
  const char *output_format; /* --format: the output format, or NULL for the default */
  const char *errors_path;   /* --errors FILE */
  const char *blob;          /* --blob FILE: a compiled lexicon instead of the built-in one */
  const char *date;          /* --date YYYY-MM-DD for articles that carry none */
  const char *dicts[CLI_MAX_DICTS]; /* --dict FILE, in order */
  int ndicts;                /* how many */
  int quiet;                 /* --quiet */
  int jobs;                  /* -j N: threads that code (1 unless the command takes -j) */
  int first;                 /* index of the first input in argv */
} cli_input_options;

/* The most threads -j asks for. */
#define CLI_MAX_JOBS 256

/* Options only some commands accept, for cli_parse_command_options. */
enum {
  CLI_OPT_JOBS = 1 /* -j N, --jobs N */
};

/*
 * Parses the shared options up to the first input. Returns -1 to go on, or
 * the exit status when the command is done (--help) or the usage was wrong.
 */
int cli_parse_input_options(int argc, char **argv, cli_input_options *o, const char *command,
                            void (*usage)(FILE *f));

/* The same, also accepting the CLI_OPT_* options in extra. */
int cli_parse_command_options(int argc, char **argv, cli_input_options *o, const char *command,
                              void (*usage)(FILE *f), unsigned extra);

/* Nonzero when date is a valid YYYY-MM-DD. */
int cli_valid_date(const char *date);

/* Writes buffered output once it fills a block (always, with force); -1 on a write error. */
int cli_flush(dl_buffer *out, int force);

/* What a per-article command writes for one article: its JSON lines, appended to out. */
typedef int (*cli_article_writer)(dl_context *ctx, const dl_lexicon *lex, const dl_article *a,
                                  const dl_document *doc, dl_buffer *out);

/*
 * Runs a command that writes JSON lines for each article with the lexicon
 * (`actors`, `places`): its options, the lexicon, every input's articles
 * through write, errors and notes. Returns the exit status.
 */
int cli_run_article_command(int argc, char **argv, const char *command, void (*usage)(FILE *f),
                            cli_article_writer write);

/* Subcommands. */
int cmd_article(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_places(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_validate(int argc, char **argv);

#endif
