/* spec_places.c: spec handler that lists the places a story names and where the gazetteer puts them. */
#include <jansson.h>
#include <string.h>

#include "core/buffer.h"
#include "test.h"

/*
 * Reads the input as a plain-text story (a first line "@date YYYY-MM-DD"
 * dates it) and lists each place, from the JSON lines the writer makes, as
 * `sentence: text = name, country admin1 feature` (`-` for a dateline or
 * caption place's sentence and for an empty field).
 */
static int render_places(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  if (!lex) return DL_ENOMEM;
  dl_article *a = spec_read_story(ctx, input, len);
  int rc = DL_OK;
  if (a) {
    dl_document *doc = dl_document_new(ctx, a);
    dl_places *places = doc ? dl_places_find(ctx, lex, a, doc) : NULL;
    dl_buffer lines;
    dl_buffer_init(&lines, ctx);
    if (places && dl_write_places_json(&lines, a, doc, places) == DL_OK) {
      for (char *line = lines.data; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        json_t *p = json_loads(line, 0, NULL);
        json_t *sentence = json_object_get(p, "sentence");
        const char *admin1 = json_string_value(json_object_get(p, "admin1"));
        if (json_is_integer(sentence)) dl_buffer_printf(out, "%lld: ", (long long)json_integer_value(sentence));
        else dl_buffer_puts(out, "-: ");
        dl_buffer_printf(out, "%s = %s, %s %s %s\n", json_string_value(json_object_get(p, "text")),
                         json_string_value(json_object_get(p, "name")),
                         json_string_value(json_object_get(p, "country")), admin1 ? admin1 : "-",
                         json_string_value(json_object_get(p, "feature")));
        json_decref(p);
        line = nl ? nl + 1 : line + strlen(line);
      }
    } else {
      rc = DL_ENOMEM;
    }
    dl_buffer_free(&lines);
    dl_places_free(places);
    dl_document_free(doc);
    dl_article_free(a);
  }
  dl_lexicon_free(lex);
  return rc;
}

spec_handler spec_places_handler(const char *kind) {
  return strcmp(kind, "places") == 0 ? render_places : NULL;
}
