/* lexicon.c: opening the lexicon a command codes with: the built-in one or a blob, and --dict files in front. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/*
 * Reports the "PATH:LINE: message" lines a dictionary load wrote, through
 * cli_report so they also reach the --errors file.
 */
static void report_lines(cli_errors *errors, const char *path, const dl_buffer *msgs) {
  size_t plen = strlen(path);
  for (size_t i = 0; i < msgs->len;) {
    char *line = msgs->data + i;
    char *nl = memchr(line, '\n', msgs->len - i);
    size_t n = nl ? (size_t)(nl - line) : msgs->len - i;
    i += n + 1;
    if (nl) *nl = '\0';
    size_t at = 0;
    if (strncmp(line, path, plen) == 0 && line[plen] == ':') {
      char *end;
      unsigned long number = strtoul(line + plen + 1, &end, 10);
      if (end > line + plen + 1 && end[0] == ':' && end[1] == ' ') {
        cli_report(errors, path, (size_t)number, end + 2);
        continue;
      }
      at = plen + 2 <= n ? plen + 2 : n;
    }
    cli_report(errors, path, 0, line + at);
  }
}

dl_lexicon *cli_open_lexicon(dl_context *ctx, const char *blob, const char *const *dicts, int ndicts,
                             cli_errors *errors) {
  dl_lexicon *lex = blob ? dl_lexicon_open_file(ctx, blob) : dl_lexicon_open_builtin(ctx);
  if (!lex) {
    const char *why = dl_context_errmsg(ctx);
    /* The library's message names the file already; the report names it once. */
    size_t n = blob ? strlen(blob) : 0;
    if (blob && strncmp(why, blob, n) == 0 && why[n] == ':' && why[n + 1] == ' ') why += n + 2;
    cli_report(errors, blob ? blob : "built-in lexicon", 0, why);
    return NULL;
  }
  dl_buffer msgs;
  dl_buffer_init(&msgs, ctx);
  for (int i = 0; i < ndicts; i++) {
    msgs.len = 0;
    int rc = dl_lexicon_load_dictionary(lex, dicts[i], &msgs, NULL);
    if (rc == DL_OK) {
      /* Warnings: shown, but the dictionary is loaded. */
      if (msgs.len && !errors->quiet) fputs(msgs.data, stderr);
      continue;
    }
    if (msgs.len) report_lines(errors, dicts[i], &msgs);
    else cli_report(errors, dicts[i], 0, dl_context_errmsg(ctx));
    dl_buffer_free(&msgs);
    dl_lexicon_free(lex);
    return NULL;
  }
  dl_buffer_free(&msgs);
  return lex;
}
