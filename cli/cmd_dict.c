/* cmd_dict.c: `dateline dict`: compile, dump, look up and check dictionaries. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* WordNet's files as Debian's wordnet-base installs them. */
#define DEFAULT_WORDNET "/usr/share/wordnet"

static void dict_usage(FILE *f) {
  fprintf(f,
          "usage: dateline dict compile [-o FILE] [--wordnet DIR] [DICT...]\n"
          "       dateline dict dump [--blob FILE] [--dict FILE]...\n"
          "       dateline dict lookup [--blob FILE] [--dict FILE]... [--date YYYY-MM-DD] PHRASE...\n"
          "       dateline dict check [--quiet] FILE...\n"
          "\n"
          "compile  compiles dictionaries (default data/actors/*.txt) and WordNet's lemma\n"
          "         tables into a lexicon blob (default lexicon.blob; - for standard output).\n"
          "         WordNet comes from DIR (default " DEFAULT_WORDNET
          "), or from the built-in\n"
          "         lexicon when that directory is missing.\n"
          "dump     prints a lexicon as text in a stable order: its entries in the\n"
          "         dictionary format with their sources, then its phrase keys.\n"
          "lookup   prints each longest match in the phrase and every entry it hits:\n"
          "         code, kind, dates, canonical phrase and source line.\n"
          "check    reads dictionaries (native, or PETRARCH/TABARI actors, agents or\n"
          "         discards), prints each problem as FILE:LINE: message and a summary\n"
          "         line per file; exit status 1 when a file has an error.\n"
          "\n"
          "  --blob FILE     use a compiled blob instead of the built-in lexicon\n"
          "  --dict FILE     load a dictionary in front of the lexicon (repeatable)\n"
          "  --date DATE     mark the entries that do not apply on that day\n"
          "\n"
          "Exit status: 0 success; 1 a dictionary has errors; 2 usage or fatal error.\n");
}

/* Options shared by the subcommands. */
typedef struct dict_opts {
  const char *blob;    /* --blob */
  const char *out;     /* -o */
  const char *wordnet; /* --wordnet */
  const char *date;    /* --date */
  int quiet;           /* --quiet */
  const char **dicts;  /* --dict values */
  int ndicts;          /* their number */
  char **args;         /* the other arguments */
  int nargs;           /* their number */
} dict_opts;

/* Parses the options after the subcommand name; -1 on a usage error. */
static int parse_opts(int argc, char **argv, dict_opts *o) {
  memset(o, 0, sizeof *o);
  o->dicts = calloc((size_t)argc + 1, sizeof *o->dicts);
  o->args = calloc((size_t)argc + 1, sizeof *o->args);
  if (!o->dicts || !o->args) return -1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int more = i + 1 < argc;
    if (strcmp(a, "--blob") == 0 && more) o->blob = argv[++i];
    else if (strcmp(a, "-o") == 0 && more) o->out = argv[++i];
    else if (strcmp(a, "--wordnet") == 0 && more) o->wordnet = argv[++i];
    else if (strcmp(a, "--date") == 0 && more) o->date = argv[++i];
    else if (strcmp(a, "--dict") == 0 && more) o->dicts[o->ndicts++] = argv[++i];
    else if (strcmp(a, "--quiet") == 0) o->quiet = 1;
    else if (strcmp(a, "--") == 0) {
      while (++i < argc) o->args[o->nargs++] = argv[i];
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "dateline dict: unknown option '%s'\n", a);
      return -1;
    } else o->args[o->nargs++] = argv[i];
  }
  return 0;
}

/* Writes a buffer to standard output; EXIT_FATAL when that fails. */
static int write_out(const dl_buffer *out) {
  if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len) return EXIT_FATAL;
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FATAL;
}

/* dict compile */
static int dict_compile(dl_context *ctx, dict_opts *o) {
  glob_t g;
  memset(&g, 0, sizeof g);
  const char **paths = (const char **)o->args;
  size_t npaths = (size_t)o->nargs;
  if (!npaths) {
    /* glob shares state between threads, but dict compile runs on one thread. */
    int r = glob("data/actors/*.txt", 0, NULL, &g); /* NOLINT(concurrency-mt-unsafe) */
    if (r == 0) {
      paths = (const char **)g.gl_pathv;
      npaths = g.gl_pathc;
    }
  }
  const char *wordnet = o->wordnet;
  dl_lexicon *builtin = NULL;
  if (!wordnet && access(DEFAULT_WORDNET "/index.noun", R_OK) == 0) wordnet = DEFAULT_WORDNET;
  if (!wordnet && !(builtin = dl_lexicon_open_builtin(ctx))) {
    fprintf(stderr, "dateline dict: %s\n", dl_context_errmsg(ctx));
    globfree(&g);
    return EXIT_FATAL;
  }
  dl_buffer blob, errors;
  dl_buffer_init(&blob, ctx);
  dl_buffer_init(&errors, ctx);
  int rc = dl_lexicon_compile(ctx, paths, npaths, wordnet, builtin, &blob, &errors);
  if (errors.len) fputs(errors.data, stderr);
  int status = EXIT_OK;
  const char *out = o->out ? o->out : "lexicon.blob";
  if (rc != DL_OK) {
    fprintf(stderr, "dateline dict: %s\n", dl_context_errmsg(ctx));
    status = rc == DL_EBADRECORD ? EXIT_BAD_RECORDS : EXIT_FATAL;
  } else if (strcmp(out, "-") == 0) {
    status = write_out(&blob);
  } else {
    FILE *f = fopen(out, "wb");
    if (!f || fwrite(blob.data, 1, blob.len, f) != blob.len) status = EXIT_FATAL;
    if (f && fclose(f) != 0) status = EXIT_FATAL;
    if (status != EXIT_OK) fprintf(stderr, "dateline dict: cannot write %s\n", out);
    else fprintf(stderr, "dateline dict: %s: %zu bytes from %zu dictionar%s\n", out, blob.len, npaths,
                 npaths == 1 ? "y" : "ies");
  }
  dl_buffer_free(&errors);
  dl_buffer_free(&blob);
  dl_lexicon_free(builtin);
  globfree(&g);
  return status;
}

/* dict dump and dict lookup: both read a lexicon. */
static int dict_read(dl_context *ctx, dict_opts *o, int lookup) {
  if (lookup && !o->nargs) {
    dict_usage(stderr);
    return EXIT_FATAL;
  }
  cli_errors errors = {NULL, o->quiet, 0};
  dl_lexicon *lex = cli_open_lexicon(ctx, o->blob, o->dicts, o->ndicts, &errors);
  if (!lex) return EXIT_FATAL;
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  int rc = DL_OK;
  if (lookup) {
    /* The words of the phrase, joined by spaces. */
    size_t len = 0;
    for (int i = 0; i < o->nargs; i++) len += strlen(o->args[i]) + 1;
    char *phrase = malloc(len + 1), *p = phrase;
    if (!phrase) rc = DL_ENOMEM;
    for (int i = 0; phrase && i < o->nargs; i++) {
      size_t n = strlen(o->args[i]);
      if (i) *p++ = ' ';
      memcpy(p, o->args[i], n);
      p += n;
    }
    if (phrase) rc = dl_lexicon_lookup(lex, phrase, (size_t)(p - phrase), o->date, &out);
    free(phrase);
  } else {
    rc = dl_lexicon_dump(lex, &out);
  }
  int status = rc == DL_OK ? write_out(&out) : EXIT_FATAL;
  if (rc != DL_OK) fprintf(stderr, "dateline dict: %s\n", dl_context_errmsg(ctx));
  dl_buffer_free(&out);
  dl_lexicon_free(lex);
  return status;
}

/* dict check: every file over the built-in lexicon's lemmas, each on its own. */
static int dict_check(dl_context *ctx, dict_opts *o) {
  if (!o->nargs) {
    dict_usage(stderr);
    return EXIT_FATAL;
  }
  int status = EXIT_OK;
  dl_buffer msgs;
  dl_buffer_init(&msgs, ctx);
  for (int i = 0; i < o->nargs && status != EXIT_FATAL; i++) {
    dl_lexicon *lex = o->blob ? dl_lexicon_open_file(ctx, o->blob) : dl_lexicon_open_builtin(ctx);
    if (!lex) {
      fprintf(stderr, "dateline dict: %s\n", dl_context_errmsg(ctx));
      status = EXIT_FATAL;
      break;
    }
    dl_dictionary_stats st;
    memset(&st, 0, sizeof st);
    msgs.len = 0;
    int rc = dl_lexicon_load_dictionary(lex, o->args[i], &msgs, &st);
    if (msgs.len && !o->quiet) fputs(msgs.data, stdout);
    if (rc == DL_OK || rc == DL_EBADRECORD) {
      printf("%s: %s: %zu records, %zu synonyms, %zu codes, %zu sets, %zu story, %zu entries, %zu phrases, "
             "%zu errors, %zu warnings\n",
             o->args[i], st.format, st.records, st.synonyms, st.codes, st.sets, st.story, st.entries, st.phrases,
             st.errors, st.warnings);
      if (rc != DL_OK) status = EXIT_BAD_RECORDS;
    } else {
      if (!msgs.len) fprintf(stderr, "dateline dict: %s\n", dl_context_errmsg(ctx));
      status = rc == DL_EIO ? EXIT_BAD_RECORDS : EXIT_FATAL;
    }
    dl_lexicon_free(lex);
  }
  dl_buffer_free(&msgs);
  return fflush(stdout) == 0 ? status : EXIT_FATAL;
}

int cmd_dict(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    dict_usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? EXIT_FATAL : EXIT_OK;
  }
  const char *sub = argv[1];
  dict_opts o;
  if (parse_opts(argc - 1, argv + 1, &o) != 0) {
    free(o.dicts);
    free(o.args);
    dict_usage(stderr);
    return EXIT_FATAL;
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  int status;
  if (!ctx) status = EXIT_FATAL;
  else if (strcmp(sub, "compile") == 0) status = dict_compile(ctx, &o);
  else if (strcmp(sub, "dump") == 0) status = dict_read(ctx, &o, 0);
  else if (strcmp(sub, "lookup") == 0) status = dict_read(ctx, &o, 1);
  else if (strcmp(sub, "check") == 0) status = dict_check(ctx, &o);
  else {
    fprintf(stderr, "dateline dict: unknown subcommand '%s'\n", sub);
    dict_usage(stderr);
    status = EXIT_FATAL;
  }
  dl_context_free(ctx);
  free(o.dicts);
  free(o.args);
  return status;
}
