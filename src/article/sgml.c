/* sgml.c: reading SGML newswire: Reuters-21578 <REUTERS> and LDC GigaWord <DOC> records. */
#include <stdio.h>
#include <string.h>

#include "article/reader.h"
#include "article/story.h"

/* The kinds of record this reader knows, by start and end tag. */
static const struct {
  const char *open;  /* start tag without its closing '>' */
  const char *close; /* end tag */
} record_tags[] = {{"<REUTERS", "</REUTERS>"}, {"<DOC", "</DOC>"}};

/* Finds needle in s[from, to); returns its offset or (size_t)-1. */
static size_t find(const char *s, size_t from, size_t to, const char *needle) {
  size_t n = strlen(needle);
  if (to < from + n) return (size_t)-1;
  /* memchr for the first byte, then compare: linear in practice on SGML. */
  size_t p = from;
  while (p + n <= to) {
    const char *hit = memchr(s + p, needle[0], to - n + 1 - p);
    if (!hit) return (size_t)-1;
    p = (size_t)(hit - s);
    if (memcmp(s + p, needle, n) == 0) return p;
    p++;
  }
  return (size_t)-1;
}

/* Finds the next start tag of a known record at or after from; sets *kind. */
static size_t find_record_start(const char *s, size_t from, size_t to, int *kind) {
  size_t p = from;
  while (p < to) {
    const char *lt = memchr(s + p, '<', to - p);
    if (!lt) return (size_t)-1;
    p = (size_t)(lt - s);
    for (int k = 0; k < 2; k++) {
      size_t n = strlen(record_tags[k].open);
      if (to - p >= n + 1 && memcmp(s + p, record_tags[k].open, n) == 0 &&
          (s[p + n] == ' ' || s[p + n] == '>' || s[p + n] == '\n' || s[p + n] == '\t')) {
        *kind = k;
        return p;
      }
    }
    p++;
  }
  return (size_t)-1;
}

/*
 * The content span of the first <TAG ...>...</TAG> in s[from, to); empty when
 * absent. open is "<TAG" and close "</TAG>", so no tag is formatted per call.
 */
static dl_span element(const char *s, size_t from, size_t to, const char *open, const char *close) {
  dl_span none = {0, 0};
  size_t open_len = strlen(open);
  size_t p = from;
  for (;;) {
    p = find(s, p, to, open);
    if (p == (size_t)-1) return none;
    char c = s[p + open_len];
    if (c == '>' || c == ' ') break;
    p++;
  }
  const char *gt = memchr(s + p, '>', to - p);
  if (!gt) return none;
  size_t start = (size_t)(gt - s) + 1;
  size_t end = find(s, start, to, close);
  if (end == (size_t)-1) return none;
  return (dl_span){(uint32_t)start, (uint32_t)end};
}

/* The value of attribute name="..." in the start tag s[from, to); stores it in meta. */
static int attribute(dl_article *a, size_t from, size_t to, const char *name, long *field) {
  char key[32];
  snprintf(key, sizeof key, "%s=", name);
  const char *s = a->src;
  const char *gt = memchr(s + from, '>', to - from);
  size_t tag_end = gt ? (size_t)(gt - s) : to;
  size_t p = from;
  while ((p = find(s, p, tag_end, key)) != (size_t)-1) {
    if (s[p - 1] == ' ' || s[p - 1] == '\n' || s[p - 1] == '\t') break;
    p++;
  }
  if (p == (size_t)-1) return DL_OK;
  p += strlen(key);
  char quote = 0;
  if (s[p] == '"' || s[p] == '\'') quote = s[p++];
  size_t e = p;
  while (e < tag_end && (quote ? s[e] != quote : (s[e] != ' ' && s[e] != '>'))) e++;
  return article_set_meta(a, field, s + p, e - p);
}

/* "26-FEB-1987 15:01:01.79" as 1987-02-26. */
static int reuters_date(dl_article *a, dl_span sp) {
  static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  const char *s = a->src + sp.start;
  size_t n = sp.end - sp.start;
  while (n && *s == ' ') s++, n--;
  if (n < 11) return DL_OK;
  int day = 0;
  size_t p = 0;
  for (; p < n && s[p] >= '0' && s[p] <= '9'; p++)
    if (day < 100) day = day * 10 + (s[p] - '0'); /* past 99 it is no day, and a long run would overflow */
  if (p + 9 > n || s[p] != '-' || s[p + 4] != '-') return DL_OK;
  int month = 0;
  for (size_t m = 0; m < 12; m++)
    if (strncmp(s + p + 1, months + 3 * m, 3) == 0) month = (int)m + 1;
  int year = 0;
  for (size_t i = p + 5; i < p + 9; i++) {
    if (s[i] < '0' || s[i] > '9') return DL_OK;
    year = year * 10 + (s[i] - '0');
  }
  if (!month || day < 1 || day > 31) return DL_OK;
  char iso[32];
  snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return article_set_meta(a, &a->date, iso, 10);
}

/* Trims the sign-off and control entities that end a Reuters-21578 body. */
static uint32_t trim_reuters_trailer(const char *s, uint32_t start, uint32_t end) {
  for (;;) {
    while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\r' ||
                           s[end - 1] == '\t'))
      end--;
    if (end >= start + 4 && memcmp(s + end - 4, "&#3;", 4) == 0) {
      end -= 4;
      continue;
    }
    if (end >= start + 6 && (memcmp(s + end - 6, "Reuter", 6) == 0 ||
                             memcmp(s + end - 6, "REUTER", 6) == 0) &&
        (end == start + 6 || s[end - 7] == '\n' || s[end - 7] == ' ')) {
      end -= 6;
      continue;
    }
    return end;
  }
}

/*
 * Reads a dateline element that may stand alone ("SALVADOR, Feb 26 -",
 * "KABUL, July 25 (AFP)"): the place up to a comma or bracket, a date after
 * the comma, the agency in brackets.
 */
static void element_dateline(dl_article *a, dl_span sp) {
  const char *s = a->src;
  while (sp.start < sp.end && (s[sp.start] == ' ' || s[sp.start] == '\n')) sp.start++;
  while (sp.end > sp.start && (s[sp.end - 1] == ' ' || s[sp.end - 1] == '-' ||
                               s[sp.end - 1] == '\n'))
    sp.end--;
  if (sp.end <= sp.start) return;
  uint32_t p = sp.start;
  while (p < sp.end && s[p] != ',' && s[p] != '(') p++;
  uint32_t place_end = p;
  while (place_end > sp.start && s[place_end - 1] == ' ') place_end--;
  a->dateline_place = (dl_span){sp.start, place_end};
  if (p < sp.end && s[p] == ',') {
    uint32_t d = p + 1;
    while (d < sp.end && s[d] == ' ') d++;
    uint32_t e = d;
    while (e < sp.end && s[e] != '(') e++;
    while (e > d && (s[e - 1] == ' ' || s[e - 1] == ',')) e--;
    a->dateline_date = (dl_span){d, e};
    p = e;
  }
  const char *open = memchr(s + p, '(', sp.end - p);
  if (open) {
    const char *close = memchr(open, ')', (size_t)(s + sp.end - open));
    if (close) a->dateline_agency = (dl_span){(uint32_t)(open - s + 1), (uint32_t)(close - s)};
  }
  a->dateline = sp;
}

/* Fills an article from a <REUTERS> record held in a->src. */
static int parse_reuters(dl_article *a) {
  const char *s = a->src;
  size_t n = a->src_len;
  int rc = attribute(a, 0, n, "NEWID", &a->id);
  if (rc == DL_OK) rc = article_set_meta(a, &a->source, "Reuters", 7);
  dl_span date = element(s, 0, n, "<DATE", "</DATE>");
  if (rc == DL_OK && date.end > date.start) rc = reuters_date(a, date);
  if (rc != DL_OK) return rc;
  dl_span text = element(s, 0, n, "<TEXT", "</TEXT>");
  if (text.end <= text.start) return DL_OK;
  a->headline = element(s, text.start, text.end, "<TITLE", "</TITLE>");
  dl_span dateline = element(s, text.start, text.end, "<DATELINE", "</DATELINE>");
  dl_span body = element(s, text.start, text.end, "<BODY", "</BODY>");
  if (body.end <= body.start) {
    /* Unprocessed stories keep their text directly in <TEXT>. */
    size_t after = text.start;
    if (a->headline.end) after = a->headline.end + strlen("</TITLE>");
    if (dateline.end > after) after = dateline.end + strlen("</DATELINE>");
    body = (dl_span){(uint32_t)after, text.end};
  }
  body.end = trim_reuters_trailer(s, body.start, body.end);
  /* &#2; opens the text of unprocessed stories. */
  while (body.start < body.end && (s[body.start] == ' ' || s[body.start] == '\n')) body.start++;
  if (body.end - body.start >= 4 && memcmp(s + body.start, "&#2;", 4) == 0) body.start += 4;
  /* Without a <TITLE>, the first line of the text is the headline. */
  rc = article_parse_story(a, body.start, body.end, a->headline.end <= a->headline.start);
  if (rc == DL_OK && a->dateline.end == 0 && dateline.end > dateline.start)
    element_dateline(a, dateline);
  return rc;
}

/* Agencies by the prefix of a GigaWord document id. */
static const struct {
  const char *prefix; /* id prefix */
  const char *name;   /* the source */
} gigaword_sources[] = {
    {"AFP", "AFP"}, {"APW", "AP"}, {"NYT", "New York Times"}, {"XIN", "Xinhua"},
    {"CNA", "Central News Agency"}, {"LTW", "Los Angeles Times/Washington Post"},
    {"WPB", "Washington Post/Bloomberg"}};

/* Fills an article from a GigaWord <DOC id=... type=...> record held in a->src. */
static int parse_gigaword(dl_article *a) {
  const char *s = a->src;
  size_t n = a->src_len;
  int rc = attribute(a, 0, n, "id", &a->id);
  if (rc == DL_OK && a->id < 0) rc = attribute(a, 0, n, "ID", &a->id);
  if (rc != DL_OK) return rc;
  /* A copy: storing more metadata may move the meta storage under the id. */
  char id[64];
  const char *stored = article_meta(a, a->id);
  if (stored) {
    snprintf(id, sizeof id, "%s", stored);
    for (size_t i = 0; i < sizeof gigaword_sources / sizeof *gigaword_sources; i++)
      if (strncmp(id, gigaword_sources[i].prefix, 3) == 0) {
        rc = article_set_meta(a, &a->source, gigaword_sources[i].name,
                              strlen(gigaword_sources[i].name));
        break;
      }
    /* AFP_ENG_20090101.0001 carries its date. */
    const char *u = strrchr(id, '_');
    if (rc == DL_OK && u && strlen(u) >= 9) {
      char iso[11] = {u[1], u[2], u[3], u[4], '-', u[5], u[6], '-', u[7], u[8], 0};
      char checked[11];
      if (article_iso_date(iso, 10, checked)) rc = article_set_meta(a, &a->date, checked, 10);
    }
  }
  if (rc != DL_OK) return rc;
  a->headline = element(s, 0, n, "<HEADLINE", "</HEADLINE>");
  dl_span dateline = element(s, 0, n, "<DATELINE", "</DATELINE>");
  dl_span text = element(s, 0, n, "<TEXT", "</TEXT>");
  if (text.end <= text.start) return DL_OK;
  size_t p = text.start;
  int any = 0;
  for (;;) {
    dl_span para = element(s, p, text.end, "<P", "</P>");
    if (para.end == 0) break;
    size_t raw_end = para.end;
    any = 1;
    while (para.start < para.end && (s[para.start] == ' ' || s[para.start] == '\n')) para.start++;
    while (para.end > para.start && (s[para.end - 1] == ' ' || s[para.end - 1] == '\n')) para.end--;
    if (para.end > para.start && DL_VEC_PUSH(a->ctx, a->paragraphs, para) != DL_OK)
      return DL_ENOMEM;
    p = raw_end + 4;
  }
  if (!any) rc = article_parse_story(a, text.start, text.end, 0);
  if (rc == DL_OK && dateline.end > dateline.start) element_dateline(a, dateline);
  return rc;
}

int reader_next_sgml(dl_reader *r, dl_article **out) {
  int rc = reader_fill(r, 1);
  if (rc != DL_OK) return rc;
  if (r->pos >= r->len) return 0;
  size_t scanned = 0;
  int kind = 0;
  /* Find the next start tag. */
  size_t start;
  for (;;) {
    start = find_record_start(r->buf, r->pos + scanned, r->len, &kind);
    if (start != (size_t)-1) break;
    if (r->eof) {
      reader_consume(r, r->len - r->pos);
      return 0;
    }
    scanned = r->len - r->pos > 16 ? r->len - r->pos - 16 : 0;
    rc = reader_fill(r, r->len - r->pos + READER_CHUNK);
    if (rc != DL_OK) return rc;
  }
  reader_consume(r, start - r->pos);
  r->record_line = r->line;
  /* Find its end tag, or a new start tag that shows this one was never closed. */
  size_t open_len = strlen(record_tags[kind].open);
  scanned = open_len;
  for (;;) {
    const char *s = r->buf;
    size_t from = r->pos + scanned;
    size_t end = find(s, from, r->len, record_tags[kind].close);
    int next_kind;
    size_t next = find_record_start(s, from, end == (size_t)-1 ? r->len : end, &next_kind);
    if (next != (size_t)-1) {
      reader_consume(r, next - r->pos);
      return reader_bad(r, DL_EBADRECORD, "record not closed by %s", record_tags[kind].close);
    }
    if (end != (size_t)-1) {
      size_t rec_len = end + strlen(record_tags[kind].close) - r->pos;
      dl_article *a = article_new(r->ctx, s + r->pos, rec_len, (long)(r->buf_offset + r->pos));
      reader_consume(r, rec_len);
      if (!a) return reader_bad(r, DL_ENOMEM, "out of memory");
      a->source_flags |= DL_SOURCE_SGML_ENTITIES;
      return reader_finish_article(r, a, kind == 0 ? parse_reuters(a) : parse_gigaword(a), out);
    }
    if (r->eof) {
      reader_consume(r, r->len - r->pos);
      return reader_bad(r, DL_EBADRECORD, "input ends inside a record (no %s)",
                        record_tags[kind].close);
    }
    if (r->len - r->pos > READER_MAX_RECORD) {
      reader_consume(r, r->len - r->pos);
      return reader_bad(r, DL_ETOOBIG, "record longer than %d MB; skipped",
                        READER_MAX_RECORD >> 20);
    }
    size_t tail = strlen(record_tags[kind].close);
    scanned = r->len - r->pos > tail ? r->len - r->pos - tail : open_len;
    rc = reader_fill(r, r->len - r->pos + READER_CHUNK);
    if (rc != DL_OK) return rc;
  }
}
