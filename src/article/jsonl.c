/* jsonl.c: reading JSON Lines, one article an object: id, date, source, url, title, text. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "article/reader.h"

/* Finds the end of the line at pos, filling the window as needed; returns its length. */
static int next_line(dl_reader *r, size_t *line_len, int *too_long) {
  size_t scanned = 0;
  *too_long = 0;
  for (;;) {
    const char *start = r->buf ? r->buf + r->pos : NULL;
    size_t avail = r->len - r->pos;
    const char *nl = start && avail > scanned ? memchr(start + scanned, '\n', avail - scanned) : NULL;
    if (nl) {
      *line_len = (size_t)(nl - start);
      return DL_OK;
    }
    scanned = avail;
    if (r->eof) {
      *line_len = avail;
      return DL_OK;
    }
    if (avail > READER_MAX_RECORD) {
      /* Skip the rest of an oversized line without keeping it. */
      *too_long = 1;
      reader_consume(r, avail);
      scanned = 0;
    }
    int rc = reader_fill(r, r->len - r->pos + READER_CHUNK);
    if (rc != DL_OK) return rc;
  }
}

/* A string or number field as text; NULL and 0 when absent or of another type. */
static const char *field_text(json_t *obj, const char *key, size_t *len, char *numbuf,
                              size_t numcap) {
  json_t *v = json_object_get(obj, key);
  if (json_is_string(v)) {
    *len = json_string_length(v);
    return json_string_value(v);
  }
  if (json_is_integer(v)) {
    int n = snprintf(numbuf, numcap, "%lld", (long long)json_integer_value(v));
    *len = (size_t)n;
    return numbuf;
  }
  *len = 0;
  return NULL;
}

/* Copies the metadata fields of a JSON object into the article. */
static int copy_metadata(dl_article *a, json_t *obj) {
  static const char *const id_keys[] = {"id", "doc_id", "guid"};
  static const char *const source_keys[] = {"source", "publisher"};
  char num[32];
  size_t len;
  const char *v;
  for (size_t i = 0; i < sizeof id_keys / sizeof *id_keys && a->id < 0; i++)
    if ((v = field_text(obj, id_keys[i], &len, num, sizeof num)) && len)
      if (article_set_meta(a, &a->id, v, len) != DL_OK) return DL_ENOMEM;
  for (size_t i = 0; i < sizeof source_keys / sizeof *source_keys && a->source < 0; i++)
    if ((v = field_text(obj, source_keys[i], &len, num, sizeof num)) && len)
      if (article_set_meta(a, &a->source, v, len) != DL_OK) return DL_ENOMEM;
  if ((v = field_text(obj, "url", &len, num, sizeof num)) && len)
    if (article_set_meta(a, &a->url, v, len) != DL_OK) return DL_ENOMEM;
  char iso[11];
  if ((v = field_text(obj, "date", &len, num, sizeof num)) && article_iso_date(v, len, iso))
    if (article_set_meta(a, &a->date, iso, 10) != DL_OK) return DL_ENOMEM;
  return DL_OK;
}

/* Nonzero when the text's first line is the title. */
static int text_starts_with_title(const char *text, size_t len, const char *title, size_t tlen) {
  while (len && (*text == ' ' || *text == '\n' || *text == '\r')) text++, len--;
  return tlen && len >= tlen && memcmp(text, title, tlen) == 0 &&
         (len == tlen || text[tlen] == '\n' || text[tlen] == '\r');
}

int reader_next_jsonl(dl_reader *r, dl_article **out) {
  for (;;) {
    int rc = reader_fill(r, 1);
    if (rc != DL_OK) return rc;
    if (r->pos >= r->len) return 0;
    r->record_line = r->line;
    size_t n;
    int too_long;
    rc = next_line(r, &n, &too_long);
    if (rc != DL_OK) return rc;
    const char *line = r->buf + r->pos;
    if (too_long) {
      reader_consume(r, n < r->len - r->pos ? n + 1 : n);
      return reader_bad(r, DL_ETOOBIG, "line longer than %d MB; skipped",
                        READER_MAX_RECORD >> 20);
    }
    size_t blank = 0;
    while (blank < n && (line[blank] == ' ' || line[blank] == '\t' || line[blank] == '\r')) blank++;
    if (blank == n) {
      reader_consume(r, n < r->len - r->pos ? n + 1 : n);
      continue;
    }
    json_error_t jerr;
    json_t *obj = json_loadb(line, n, JSON_ALLOW_NUL, &jerr);
    reader_consume(r, n < r->len - r->pos ? n + 1 : n);
    if (!obj) return reader_bad(r, DL_EBADRECORD, "not JSON: %s", jerr.text);
    if (!json_is_object(obj)) {
      json_decref(obj);
      return reader_bad(r, DL_EBADRECORD, "not a JSON object");
    }
    json_t *text = json_object_get(obj, "text");
    if (!text) text = json_object_get(obj, "body");
    if (!json_is_string(text)) {
      json_decref(obj);
      return reader_bad(r, DL_EBADRECORD, text ? "\"text\" is not a string" : "no \"text\" field");
    }
    const char *body = json_string_value(text);
    size_t body_len = json_string_length(text);
    json_t *title = json_object_get(obj, "title");
    if (!json_is_string(title)) title = json_object_get(obj, "headline");
    const char *title_s = json_is_string(title) ? json_string_value(title) : NULL;
    size_t title_len = title_s ? json_string_length(title) : 0;
    dl_article *a = body_len <= READER_MAX_RECORD ? article_new(r->ctx, body, body_len, 0) : NULL;
    if (!a) {
      json_decref(obj);
      return body_len > READER_MAX_RECORD
                 ? reader_bad(r, DL_ETOOBIG, "text longer than %d MB", READER_MAX_RECORD >> 20)
                 : reader_bad(r, DL_ENOMEM, "out of memory");
    }
    int has_headline = 1;
    rc = copy_metadata(a, obj);
    if (rc == DL_OK && title_s && title_len) {
      /* A title repeated as the text's first line is found there, with offsets. */
      if (!text_starts_with_title(body, body_len, title_s, title_len)) {
        has_headline = 0;
        rc = article_set_meta(a, &a->title, title_s, title_len);
      }
    }
    json_decref(obj);
    if (rc == DL_OK) rc = article_parse_story(a, 0, (uint32_t)body_len, has_headline);
    return reader_finish_article(r, a, rc, out);
  }
}
