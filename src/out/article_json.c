/* article_json.c: the JSON line for `dateline article --json`: structure, paragraphs, sentences. */
#include "article/article.h"
#include "core/buffer.h"
#include "out/json.h"
#include "text/normalize.h"

/* Appends a raw field of the input, normalised, as a JSON string (null when absent). */
static int put_normalised(dl_buffer *out, dl_buffer *scratch, const dl_article *a,
                          dl_text_slice raw) {
  if (!raw.ptr) return dl_buffer_put(out, "null", 4);
  unsigned flags = NORM_COLLAPSE_SPACE;
  if (a->source_flags & DL_SOURCE_SGML_ENTITIES) flags |= NORM_SGML_ENTITIES;
  if (norm_string(scratch, raw.ptr, raw.len, flags) != DL_OK) return DL_ENOMEM;
  return json_put_string(out, scratch->data, scratch->len);
}

/* Appends a list of names as a JSON array. */
static int put_names(dl_buffer *out, dl_buffer *scratch, const dl_article *a,
                     dl_name_list list) {
  int rc = dl_buffer_putc(out, '[');
  size_t n = dl_article_name_count(a, list);
  for (size_t i = 0; i < n && rc == DL_OK; i++) {
    if (i) rc = dl_buffer_putc(out, ',');
    if (rc == DL_OK) rc = put_normalised(out, scratch, a, dl_article_name(a, list, i));
  }
  if (rc == DL_OK) rc = dl_buffer_putc(out, ']');
  return rc;
}

int dl_write_article_json(dl_buffer *out, const dl_article *a, const dl_document *doc) {
  dl_buffer scratch;
  dl_buffer_init(&scratch, out->ctx);
  size_t mark = out->len;
  int rc = dl_buffer_puts(out, "{\"id\":");
  if (rc == DL_OK) rc = put_normalised(out, &scratch, a, dl_article_field_get(a, DL_FIELD_ID));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"date\":");
  if (rc == DL_OK) rc = json_put_slice(out, dl_article_field_get(a, DL_FIELD_DATE));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"source\":");
  if (rc == DL_OK) rc = put_normalised(out, &scratch, a, dl_article_field_get(a, DL_FIELD_SOURCE));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"url\":");
  if (rc == DL_OK) rc = put_normalised(out, &scratch, a, dl_article_field_get(a, DL_FIELD_URL));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"headline\":");
  if (rc == DL_OK) rc = json_put_slice(out, dl_document_headline(doc));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"caption\":");
  if (rc == DL_OK) rc = json_put_slice(out, dl_document_caption(doc));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"byline\":");
  if (rc == DL_OK) rc = put_names(out, &scratch, a, DL_NAMES_BYLINE);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"dateline\":{\"place\":");
  if (rc == DL_OK)
    rc = put_normalised(out, &scratch, a, dl_article_field_get(a, DL_FIELD_DATELINE_PLACE));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"agency\":");
  if (rc == DL_OK)
    rc = put_normalised(out, &scratch, a, dl_article_field_get(a, DL_FIELD_DATELINE_AGENCY));
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"date\":");
  if (rc == DL_OK)
    rc = put_normalised(out, &scratch, a, dl_article_field_get(a, DL_FIELD_DATELINE_DATE));
  if (rc == DL_OK) rc = dl_buffer_puts(out, "},\"paragraphs\":[");
  size_t np = dl_document_paragraph_count(doc);
  for (size_t i = 0; i < np && rc == DL_OK; i++) {
    if (i) rc = dl_buffer_putc(out, ',');
    if (rc == DL_OK) rc = json_put_slice(out, dl_document_paragraph(doc, i));
  }
  if (rc == DL_OK) rc = dl_buffer_puts(out, "],\"sentences\":[");
  size_t ns = dl_document_sentence_count(doc);
  for (size_t i = 0; i < ns && rc == DL_OK; i++) {
    dl_text_slice s = dl_document_sentence(doc, i);
    if (i) rc = dl_buffer_putc(out, ',');
    if (rc == DL_OK) rc = dl_buffer_puts(out, "{\"text\":");
    if (rc == DL_OK) rc = json_put_string(out, s.ptr ? s.ptr : "", s.len);
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"start\":");
    if (rc == DL_OK) rc = json_put_offset(out, s.start);
    if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"end\":");
    if (rc == DL_OK) rc = json_put_offset(out, s.end);
    if (rc == DL_OK) rc = dl_buffer_putc(out, '}');
  }
  if (rc == DL_OK) rc = dl_buffer_puts(out, "],\"credits\":{\"reporting\":");
  if (rc == DL_OK) rc = put_names(out, &scratch, a, DL_NAMES_REPORTING);
  if (rc == DL_OK) rc = dl_buffer_puts(out, ",\"editing\":");
  if (rc == DL_OK) rc = put_names(out, &scratch, a, DL_NAMES_EDITING);
  if (rc == DL_OK) rc = dl_buffer_puts(out, "},\"text\":");
  if (rc == DL_OK) {
    dl_text_slice body = dl_document_body(doc);
    rc = json_put_string(out, body.ptr ? body.ptr : "", body.len);
  }
  if (rc == DL_OK) rc = dl_buffer_puts(out, "}\n");
  dl_buffer_free(&scratch);
  if (rc != DL_OK) {
    out->len = mark;
    if (out->data) out->data[mark] = '\0';
  }
  return rc;
}
