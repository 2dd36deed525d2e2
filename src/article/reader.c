/* reader.c: opening inputs, detecting their format, and streaming them through a window. */
#include "article/reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Allocates a reader with an empty window. */
static dl_reader *reader_alloc(dl_context *ctx, const char *name, dl_format format) {
  dl_reader *r = dl_mem_calloc(ctx, 1, sizeof *r);
  if (!r) return NULL;
  r->ctx = ctx;
  r->name = dl_mem_strndup(ctx, name, strlen(name));
  if (!r->name) {
    dl_mem_free(ctx, r, sizeof *r);
    return NULL;
  }
  r->format = format;
  r->fd = -1;
  r->line = 1;
  return r;
}

/* Nonzero when name ends with ext (case-insensitive ASCII). */
static int has_extension(const char *name, const char *ext) {
  size_t n = strlen(name), e = strlen(ext);
  if (n < e) return 0;
  for (size_t i = 0; i < e; i++) {
    char c = name[n - e + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != ext[i]) return 0;
  }
  return 1;
}

/* The format a name says, or AUTO when it says nothing. */
static dl_format format_from_name(const char *name) {
  if (has_extension(name, ".jsonl") || has_extension(name, ".ndjson") ||
      has_extension(name, ".json"))
    return DL_FORMAT_JSONL;
  if (has_extension(name, ".sgm") || has_extension(name, ".sgml") || has_extension(name, ".xml"))
    return DL_FORMAT_SGML;
  if (has_extension(name, ".txt")) return DL_FORMAT_TEXT;
  return DL_FORMAT_AUTO;
}

/* The format the first bytes show: JSON objects, SGML records, or else text. */
static dl_format format_from_content(const char *s, size_t n) {
  size_t p = 0;
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) p = 3;
  while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n')) p++;
  if (p < n && s[p] == '{') return DL_FORMAT_JSONL;
  if (p < n && s[p] == '<') {
    size_t limit = n - p < 8192 ? n - p : 8192;
    for (size_t i = p; i + 4 <= p + limit; i++) {
      if (s[i] == '<' && ((i + 8 <= n && memcmp(s + i, "<REUTERS", 8) == 0) ||
                          memcmp(s + i, "<DOC", 4) == 0))
        return DL_FORMAT_SGML;
    }
  }
  return DL_FORMAT_TEXT;
}

/* Settles an AUTO format from the name, then from the first bytes. */
static int reader_detect(dl_reader *r) {
  if (r->format != DL_FORMAT_AUTO) return DL_OK;
  r->format = format_from_name(r->name);
  if (r->format != DL_FORMAT_AUTO) return DL_OK;
  int rc = reader_fill(r, 8192);
  if (rc != DL_OK) return rc;
  r->format = format_from_content(r->buf + r->pos, r->len - r->pos);
  return DL_OK;
}

dl_reader *dl_reader_open_file(dl_context *ctx, const char *path, dl_format format) {
  int fd;
  int is_stdin = strcmp(path, "-") == 0;
  if (is_stdin) {
    fd = 0;
  } else {
    fd = open(path, O_RDONLY);
    if (fd < 0) {
      char why[128];
      dl_error(ctx, DL_EIO, "%s: %s", path, dl_errno_message(errno, why, sizeof why));
      return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      close(fd);
      dl_error(ctx, DL_EIO, "%s: is a directory", path);
      return NULL;
    }
  }
  dl_reader *r = reader_alloc(ctx, is_stdin ? "stdin" : path, format);
  if (!r) {
    if (!is_stdin) close(fd);
    dl_error(ctx, DL_ENOMEM, "%s: out of memory", path);
    return NULL;
  }
  r->fd = fd;
  r->owns_fd = !is_stdin;
  if (reader_detect(r) != DL_OK) {
    dl_error(ctx, DL_EIO, "%s: %s", path, r->error[0] ? r->error : "cannot read");
    dl_reader_free(r);
    return NULL;
  }
  return r;
}

dl_reader *dl_reader_open_memory(dl_context *ctx, const char *name, const char *data,
                                 size_t len, dl_format format) {
  dl_reader *r = reader_alloc(ctx, name ? name : "memory", format);
  if (!r) return NULL;
  r->buf = dl_mem_alloc(ctx, len + 1);
  if (!r->buf) {
    dl_reader_free(r);
    dl_error(ctx, DL_ENOMEM, "out of memory");
    return NULL;
  }
  if (len) memcpy(r->buf, data, len);
  r->buf[len] = '\0';
  r->len = len;
  r->cap = len + 1;
  r->eof = 1;
  reader_detect(r);
  return r;
}

int reader_fill(dl_reader *r, size_t want) {
  while (r->len - r->pos < want && !r->eof) {
    /* Drop consumed bytes before growing, so the window only holds one record. */
    if (r->pos > 0 && r->pos >= r->len / 2) {
      memmove(r->buf, r->buf + r->pos, r->len - r->pos);
      r->buf_offset += r->pos;
      r->len -= r->pos;
      r->pos = 0;
    }
    if (r->cap - r->len < READER_CHUNK + 1) {
      size_t ncap = r->cap ? r->cap * 2 : READER_CHUNK + 1;
      while (ncap - r->len < READER_CHUNK + 1) ncap *= 2;
      if (dl_vec_reserve(r->ctx, (void **)&r->buf, &r->cap, ncap, 1) != DL_OK)
        return reader_bad(r, DL_ENOMEM, "out of memory");
    }
    ssize_t got = read(r->fd, r->buf + r->len, READER_CHUNK);
    if (got < 0) {
      if (errno == EINTR) continue;
      r->eof = 1;
      char why[128];
      return reader_bad(r, DL_EIO, "%s", dl_errno_message(errno, why, sizeof why));
    }
    if (got == 0) r->eof = 1;
    r->len += (size_t)got;
    r->buf[r->len] = '\0';
  }
  return DL_OK;
}

void reader_consume(dl_reader *r, size_t n) {
  const char *p = r->buf + r->pos, *end = p + n;
  while ((p = memchr(p, '\n', (size_t)(end - p)))) {
    r->line++;
    p++;
  }
  r->pos += n;
}

int reader_bad(dl_reader *r, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->error, sizeof r->error, fmt, ap);
  va_end(ap);
  return code;
}

int reader_finish_article(dl_reader *r, dl_article *a, int rc, dl_article **out) {
  if (rc == DL_OK) rc = article_date_from_dateline(a);
  if (rc == DL_OK) rc = reader_default_id(r, a);
  if (rc != DL_OK) {
    dl_article_free(a);
    return reader_bad(r, rc, "out of memory");
  }
  *out = a;
  return 1;
}

int reader_default_id(dl_reader *r, dl_article *a) {
  if (a->id >= 0) return DL_OK;
  const char *base = strrchr(r->name, '/');
  base = base ? base + 1 : r->name;
  size_t n = strlen(base);
  const char *dot = strrchr(base, '.');
  if (dot && dot != base) n = (size_t)(dot - base);
  /*
   * A name of digits alone ("politics/001.txt") repeats from folder to folder
   * of a corpus: folders go in front, up to one with a letter in its name and
   * at most three ("2019/01/001" in "news/2019/01/001.txt" becomes
   * "news/2019/01/001"), so ids stay apart.
   */
  for (int folders = 0; folders < 3 && base > r->name + 1; folders++) {
    int letters = 0;
    for (size_t i = 0; i < (folders ? (size_t)(strchr(base, '/') - base) : n); i++)
      letters |= ((base[i] | 32) >= 'a' && (base[i] | 32) <= 'z') || (unsigned char)base[i] >= 0x80;
    if (letters) break;
    const char *folder = base - 1;
    while (folder > r->name && folder[-1] != '/') folder--;
    /* Not "." or "..": they say nothing of the file. */
    if (folder[0] == '.' || base - 1 <= folder) break;
    n += (size_t)(base - folder);
    base = folder;
  }
  char id[320];
  int len = r->format == DL_FORMAT_TEXT
                ? snprintf(id, sizeof id, "%.*s", (int)(n < 256 ? n : 256), base)
                : snprintf(id, sizeof id, "%.*s:%zu", (int)(n < 256 ? n : 256), base,
                           r->record_line);
  return article_set_meta(a, &a->id, id, (size_t)len < sizeof id ? (size_t)len : sizeof id - 1);
}

int dl_reader_next(dl_reader *r, dl_article **out) {
  *out = NULL;
  r->error[0] = '\0';
  int rc;
  switch (r->format) {
    case DL_FORMAT_JSONL: rc = reader_next_jsonl(r, out); break;
    case DL_FORMAT_SGML: rc = reader_next_sgml(r, out); break;
    default: rc = reader_next_text(r, out); break;
  }
  if (rc != 0) r->records++;
  return rc;
}

const char *dl_reader_error(const dl_reader *r) { return r->error; }
size_t dl_reader_line(const dl_reader *r) { return r->record_line; }
const char *dl_reader_name(const dl_reader *r) { return r->name; }
dl_format dl_reader_format(const dl_reader *r) { return r->format; }

void dl_reader_free(dl_reader *r) {
  if (!r) return;
  if (r->owns_fd && r->fd >= 0) close(r->fd);
  dl_mem_free(r->ctx, r->buf, r->cap);
  dl_mem_free(r->ctx, r->name, strlen(r->name) + 1);
  dl_mem_free(r->ctx, r, sizeof *r);
}

/* A plain-text input is one story. */
int reader_next_text(dl_reader *r, dl_article **out) {
  if (r->done) return 0;
  r->done = 1;
  r->record_line = r->line;
  int rc = reader_fill(r, READER_MAX_RECORD + 1);
  if (rc != DL_OK) return rc;
  size_t n = r->len - r->pos;
  size_t visible = 0;
  for (size_t i = 0; i < n && !visible; i++) {
    char c = r->buf[r->pos + i];
    visible = !(c == ' ' || c == '\t' || c == '\r' || c == '\n');
  }
  if (!visible) {
    /* An empty file holds no story: nothing to report, nothing lost. */
    reader_consume(r, n);
    return 0;
  }
  if (n > READER_MAX_RECORD) {
    return reader_bad(r, DL_ETOOBIG, "story longer than %d MB; skipped",
                      READER_MAX_RECORD >> 20);
  }
  dl_article *a = article_new(r->ctx, r->buf + r->pos, n, (long)(r->buf_offset + r->pos));
  reader_consume(r, n);
  if (!a) return reader_bad(r, DL_ENOMEM, "out of memory");
  return reader_finish_article(r, a, article_parse_story(a, 0, (uint32_t)n, 1), out);
}
