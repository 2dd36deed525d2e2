/* article.c: creating and freeing articles, their metadata and public accessors. */
#include "article/article.h"

#include <string.h>

dl_article *article_new(dl_context *ctx, const char *text, size_t len, long base) {
  dl_article *a = dl_mem_calloc(ctx, 1, sizeof *a);
  if (!a) return NULL;
  a->ctx = ctx;
  a->src = dl_mem_strndup(ctx, text, len);
  if (!a->src) {
    dl_mem_free(ctx, a, sizeof *a);
    return NULL;
  }
  a->src_len = len;
  a->base = base;
  a->id = a->date = a->source = a->url = a->title = -1;
  return a;
}

int article_set_meta(dl_article *a, long *field, const char *value, size_t len) {
  if (dl_vec_reserve(a->ctx, (void **)&a->meta, &a->meta_cap, a->meta_len + len + 1, 1) != DL_OK)
    return DL_ENOMEM;
  if (len) memcpy(a->meta + a->meta_len, value, len);
  a->meta[a->meta_len + len] = '\0';
  *field = (long)a->meta_len;
  a->meta_len += len + 1;
  return DL_OK;
}

const char *article_meta(const dl_article *a, long offset) {
  return offset < 0 ? NULL : a->meta + offset;
}

void dl_article_free(dl_article *a) {
  if (!a) return;
  dl_context *ctx = a->ctx;
  dl_mem_free(ctx, a->src, a->src_len + 1);
  dl_mem_free(ctx, a->meta, a->meta_cap);
  DL_VEC_FREE(ctx, a->byline);
  DL_VEC_FREE(ctx, a->reporting);
  DL_VEC_FREE(ctx, a->editing);
  DL_VEC_FREE(ctx, a->paragraphs);
  dl_mem_free(ctx, a, sizeof *a);
}

/* A slice of the source text with its input offsets; empty spans give ptr NULL. */
static dl_text_slice source_slice(const dl_article *a, dl_span s) {
  dl_text_slice out = {NULL, 0, -1, -1};
  if (s.end <= s.start) return out;
  out.ptr = a->src + s.start;
  out.len = s.end - s.start;
  out.start = a->base + (long)s.start;
  out.end = a->base + (long)s.end;
  return out;
}

/* A metadata value as a slice without input offsets. */
static dl_text_slice meta_slice(const dl_article *a, long offset) {
  dl_text_slice out = {NULL, 0, -1, -1};
  if (offset < 0) return out;
  out.ptr = a->meta + offset;
  out.len = strlen(out.ptr);
  return out;
}

dl_text_slice dl_article_field_get(const dl_article *a, dl_article_field field) {
  switch (field) {
    case DL_FIELD_ID: return meta_slice(a, a->id);
    case DL_FIELD_DATE: return meta_slice(a, a->date);
    case DL_FIELD_SOURCE: return meta_slice(a, a->source);
    case DL_FIELD_URL: return meta_slice(a, a->url);
    case DL_FIELD_DATELINE_PLACE: return source_slice(a, a->dateline_place);
    case DL_FIELD_DATELINE_AGENCY: return source_slice(a, a->dateline_agency);
    case DL_FIELD_DATELINE_DATE: return source_slice(a, a->dateline_date);
  }
  return meta_slice(a, -1);
}

/* The span list behind a public name list. */
static const dl_span_vec *name_list(const dl_article *a, dl_name_list list) {
  switch (list) {
    case DL_NAMES_BYLINE: return (const dl_span_vec *)&a->byline;
    case DL_NAMES_REPORTING: return (const dl_span_vec *)&a->reporting;
    case DL_NAMES_EDITING: return (const dl_span_vec *)&a->editing;
  }
  return (const dl_span_vec *)&a->byline;
}

size_t dl_article_name_count(const dl_article *a, dl_name_list list) {
  return name_list(a, list)->len;
}

dl_text_slice dl_article_name(const dl_article *a, dl_name_list list, size_t i) {
  const dl_span_vec *v = name_list(a, list);
  dl_span none = {0, 0};
  return source_slice(a, i < v->len ? v->items[i] : none);
}

int dl_article_default_date(dl_article *a, const char *date) {
  char iso[11];
  if (!date || !article_iso_date(date, strlen(date), iso)) return DL_EUSAGE;
  if (a->date >= 0) return DL_OK;
  return article_set_meta(a, &a->date, iso, 10);
}
