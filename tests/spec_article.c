/* spec_article.c: spec handlers that show what the readers find in a story. */
#include <string.h>

#include "core/buffer.h"
#include "test.h"

/* Appends "label: text\n" for a slice that has text. */
static void put_line(dl_buffer *out, const char *label, dl_text_slice s) {
  if (!s.ptr) return;
  dl_buffer_printf(out, "%s: %.*s\n", label, (int)s.len, s.ptr);
}

/* Appends a name list on one line, names separated by " | ". */
static void put_names(dl_buffer *out, const char *label, const dl_article *a, dl_name_list list) {
  size_t n = dl_article_name_count(a, list);
  if (!n) return;
  dl_buffer_printf(out, "%s: ", label);
  for (size_t i = 0; i < n; i++) {
    dl_text_slice s = dl_article_name(a, list, i);
    dl_buffer_printf(out, "%s%.*s", i ? " | " : "", (int)s.len, s.ptr);
  }
  dl_buffer_putc(out, '\n');
}

/*
 * Reads every article of the input in the given format and lists its parts,
 * one a line; bad records show as "error: LINE: reason".
 */
static int render_articles(dl_context *ctx, const char *input, size_t len, dl_format format,
                           dl_buffer *out) {
  dl_reader *r = dl_reader_open_memory(ctx, "spec", input, len, format);
  if (!r) return DL_ENOMEM;
  for (int k = 0;; k++) {
    dl_article *a;
    int rc = dl_reader_next(r, &a);
    if (rc == 0) break;
    if (rc < 0) {
      dl_buffer_printf(out, "error: %zu: %s\n", dl_reader_line(r), dl_reader_error(r));
      continue;
    }
    dl_document *doc = dl_document_new(ctx, a);
    if (k) dl_buffer_puts(out, "--\n");
    /* A plain-text story's id is the input's name, "spec" here: not worth a line. */
    if (dl_reader_format(r) != DL_FORMAT_TEXT) put_line(out, "id", dl_article_field_get(a, DL_FIELD_ID));
    put_line(out, "date", dl_article_field_get(a, DL_FIELD_DATE));
    put_line(out, "source", dl_article_field_get(a, DL_FIELD_SOURCE));
    put_line(out, "headline", dl_document_headline(doc));
    put_line(out, "caption", dl_document_caption(doc));
    put_names(out, "byline", a, DL_NAMES_BYLINE);
    put_line(out, "dateline place", dl_article_field_get(a, DL_FIELD_DATELINE_PLACE));
    put_line(out, "dateline agency", dl_article_field_get(a, DL_FIELD_DATELINE_AGENCY));
    put_line(out, "dateline date", dl_article_field_get(a, DL_FIELD_DATELINE_DATE));
    for (size_t i = 0; i < dl_document_paragraph_count(doc); i++)
      put_line(out, "paragraph", dl_document_paragraph(doc, i));
    put_names(out, "reporting", a, DL_NAMES_REPORTING);
    put_names(out, "editing", a, DL_NAMES_EDITING);
    dl_document_free(doc);
    dl_article_free(a);
  }
  dl_reader_free(r);
  return DL_OK;
}

/*
 * Lists sentences with their input offsets, and checks that each offset pair
 * points at the sentence's first and last characters in the input.
 */
static int render_sentences(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_reader *r = dl_reader_open_memory(ctx, "spec", input, len, DL_FORMAT_TEXT);
  dl_article *a;
  if (!r) return DL_ENOMEM;
  if (dl_reader_next(r, &a) == 1) {
    dl_document *doc = dl_document_new(ctx, a);
    for (size_t i = 0; i < dl_document_sentence_count(doc); i++) {
      dl_text_slice s = dl_document_sentence(doc, i);
      if (!s.ptr || !s.len) {
        dl_buffer_printf(out, "%zu: (none)\n", i);
        continue;
      }
      dl_buffer_printf(out, "%zu [%ld,%ld]: %.*s\n", i, s.start, s.end, (int)s.len, s.ptr);
      /* The first and last input bytes must be the sentence's (plain ASCII ends). */
      if (s.start >= 0 && s.end > s.start && (size_t)s.end <= len &&
          (input[s.start] != s.ptr[0] || input[s.end - 1] != s.ptr[s.len - 1]))
        dl_buffer_printf(out, "offsets do not match the input\n");
    }
    dl_document_free(doc);
    dl_article_free(a);
  }
  dl_reader_free(r);
  return DL_OK;
}

static int spec_story(dl_context *ctx, const char *in, size_t len, dl_buffer *out) {
  return render_articles(ctx, in, len, DL_FORMAT_TEXT, out);
}
static int spec_jsonl(dl_context *ctx, const char *in, size_t len, dl_buffer *out) {
  return render_articles(ctx, in, len, DL_FORMAT_JSONL, out);
}
static int spec_sgml(dl_context *ctx, const char *in, size_t len, dl_buffer *out) {
  return render_articles(ctx, in, len, DL_FORMAT_SGML, out);
}
static int spec_auto(dl_context *ctx, const char *in, size_t len, dl_buffer *out) {
  return render_articles(ctx, in, len, DL_FORMAT_AUTO, out);
}

spec_handler spec_article_handler(const char *kind) {
  if (strcmp(kind, "story") == 0) return spec_story;
  if (strcmp(kind, "jsonl") == 0) return spec_jsonl;
  if (strcmp(kind, "sgml") == 0) return spec_sgml;
  if (strcmp(kind, "detect") == 0) return spec_auto;
  if (strcmp(kind, "story-offsets") == 0) return render_sentences;
  return NULL;
}
