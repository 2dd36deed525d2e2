/* inputs.c: walking the inputs a user names and reporting the records that are bad. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "core/context.h"

/* Writes s as a JSON string to f. */
static void write_json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(f, "\\%c", *p);
    else if (*p < 0x20) fprintf(f, "\\u%04x", *p);
    else fputc(*p, f);
  }
  fputc('"', f);
}

void cli_report(cli_errors *errors, const char *input, size_t line, const char *reason) {
  errors->count++;
  if (!errors->quiet) {
    if (line) fprintf(stderr, "dateline: %s:%zu: %s\n", input, line, reason);
    else fprintf(stderr, "dateline: %s: %s\n", input, reason);
  }
  if (errors->json) {
    fputs("{\"input\":", errors->json);
    write_json_string(errors->json, input);
    if (line) fprintf(errors->json, ",\"line\":%zu", line);
    else fputs(",\"line\":null", errors->json);
    fputs(",\"reason\":", errors->json);
    write_json_string(errors->json, reason);
    fputs("}\n", errors->json);
  }
}

int cli_parse_format(const char *name) {
  if (strcmp(name, "auto") == 0) return DL_FORMAT_AUTO;
  if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0) return DL_FORMAT_TEXT;
  if (strcmp(name, "jsonl") == 0 || strcmp(name, "json") == 0) return DL_FORMAT_JSONL;
  if (strcmp(name, "sgml") == 0 || strcmp(name, "sgm") == 0) return DL_FORMAT_SGML;
  return -1;
}

/* Reads one file (or standard input) and passes its articles on. */
static int read_file(dl_context *ctx, const char *path, dl_format format, cli_errors *errors,
                     cli_article_fn fn, void *ud) {
  dl_reader *r = dl_reader_open_file(ctx, path, format);
  if (!r) {
    const char *msg = dl_context_errmsg(ctx);
    size_t n = strlen(path);
    /* The context message starts with the path; report only the reason. */
    if (strncmp(msg, path, n) == 0 && msg[n] == ':') msg += n + 2;
    cli_report(errors, path, 0, msg);
    return EXIT_BAD_RECORDS;
  }
  int status = EXIT_OK;
  for (;;) {
    dl_article *a;
    int rc = dl_reader_next(r, &a);
    if (rc == 0) break;
    if (rc < 0) {
      cli_report(errors, dl_reader_name(r), dl_reader_line(r), dl_reader_error(r));
      status = EXIT_BAD_RECORDS;
      if (rc == DL_ENOMEM || rc == DL_EIO) break;
      continue;
    }
    int stop = fn(ud, a);
    if (stop) {
      dl_reader_free(r);
      return EXIT_FATAL;
    }
  }
  dl_reader_free(r);
  return status;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads every file under a directory, recursively, in sorted order; hidden files are skipped. */
static int read_directory(dl_context *ctx, const char *dir, dl_format format, cli_errors *errors,
                          cli_article_fn fn, void *ud, int depth) {
  if (depth > 64) {
    cli_report(errors, dir, 0, "directories nested too deeply; skipped");
    return EXIT_BAD_RECORDS;
  }
  DIR *d = opendir(dir);
  if (!d) {
    char why[128];
    cli_report(errors, dir, 0, dl_errno_message(errno, why, sizeof why));
    return EXIT_BAD_RECORDS;
  }
  size_t n = 0, cap = 64;
  char **names = malloc(cap * sizeof *names);
  if (!names) {
    closedir(d);
    cli_report(errors, dir, 0, "out of memory");
    return EXIT_FATAL;
  }
  int nomem = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      char **more = realloc(names, 2 * cap * sizeof *names);
      if (!more) {
        nomem = 1;
        break;
      }
      names = more;
      cap *= 2;
    }
    names[n] = strdup(e->d_name);
    if (!names[n]) {
      nomem = 1;
      break;
    }
    n++;
  }
  closedir(d);
  if (nomem) {
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    cli_report(errors, dir, 0, "out of memory");
    return EXIT_FATAL;
  }
  qsort(names, n, sizeof *names, compare_names);
  int status = EXIT_OK;
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(dir) + strlen(names[i]) + 2;
    char *path = malloc(len);
    if (path) {
      snprintf(path, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
      struct stat st;
      int rc;
      if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        rc = read_directory(ctx, path, format, errors, fn, ud, depth + 1);
      else
        rc = read_file(ctx, path, format, errors, fn, ud);
      if (rc > status) status = rc;
      free(path);
    }
    free(names[i]);
    if (status == EXIT_FATAL) {
      for (size_t j = i + 1; j < n; j++) free(names[j]);
      break;
    }
  }
  free(names);
  return status;
}

int cli_read_inputs(dl_context *ctx, char **inputs, int count, dl_format format,
                    cli_errors *errors, cli_article_fn fn, void *ud) {
  int status = EXIT_OK;
  for (int i = 0; i < count && status != EXIT_FATAL; i++) {
    struct stat st;
    int rc;
    if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode))
      rc = read_directory(ctx, inputs[i], format, errors, fn, ud, 0);
    else
      rc = read_file(ctx, inputs[i], format, errors, fn, ud);
    if (rc > status) status = rc;
  }
  return status;
}

void cli_report_article(cli_errors *errors, const dl_article *a, int code) {
  dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
  char name[300];
  snprintf(name, sizeof name, "%.*s", (int)(id.len < 256 ? id.len : 256), id.ptr ? id.ptr : "");
  cli_report(errors, name, 0, dl_strerror(code));
}

void cli_note_caps(const cli_errors *errors, const dl_article *a, size_t cut, size_t capped) {
  if (errors->quiet || (!cut && !capped)) return;
  dl_text_slice id = dl_article_field_get(a, DL_FIELD_ID);
  int n = (int)(id.len < 256 ? id.len : 256);
  if (cut)
    fprintf(stderr, "dateline: note: %.*s: %zu sentence%s over 1000 words cut into pieces, each read as a sentence\n", n,
            id.ptr ? id.ptr : "", cut, cut == 1 ? "" : "s");
  if (capped)
    fprintf(stderr, "dateline: note: %.*s: %zu sentence%s with more than 64 verb groups; the verbs after the 64th not coded\n",
            n, id.ptr ? id.ptr : "", capped, capped == 1 ? "" : "s");
}
