/* spec_actors.c: spec handler that lists the actor mentions found in a story. */
#include <jansson.h>
#include <string.h>

#include "core/buffer.h"
#include "test.h"

/*
 * Reads the input as a plain-text story (a first line "@date YYYY-MM-DD"
 * dates it) and lists each mention as "sentence: text = CODE kind", with
 * "<- antecedent" when it refers back.
 */
static int render_actors(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  if (!lex) return DL_ENOMEM;
  dl_article *a = spec_read_story(ctx, input, len);
  int rc = DL_OK;
  if (a) {
    dl_document *doc = dl_document_new(ctx, a);
    dl_actors *actors = doc ? dl_actors_find(ctx, lex, a, doc) : NULL;
    dl_buffer lines;
    dl_buffer_init(&lines, ctx);
    if (actors && dl_write_actors_json(&lines, a, doc, actors) == DL_OK) {
      /* Render from the JSON lines, so the writer is checked too. */
      for (char *line = lines.data; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        json_t *m = json_loads(line, 0, NULL);
        json_t *ref = json_object_get(m, "refers_to");
        dl_buffer_printf(out, "%lld: %s = %s %s", (long long)json_integer_value(json_object_get(m, "sentence")),
                         json_string_value(json_object_get(m, "text")),
                         json_string_value(json_object_get(m, "code")),
                         json_string_value(json_object_get(m, "kind")));
        if (json_is_object(ref))
          dl_buffer_printf(out, " <- %s", json_string_value(json_object_get(ref, "text")));
        dl_buffer_putc(out, '\n');
        json_decref(m);
        line = nl ? nl + 1 : line + strlen(line);
      }
    } else {
      rc = DL_ENOMEM;
    }
    dl_buffer_free(&lines);
    dl_actors_free(actors);
    dl_document_free(doc);
    dl_article_free(a);
  }
  dl_lexicon_free(lex);
  return rc;
}

spec_handler spec_actors_handler(const char *kind) {
  return strcmp(kind, "actors") == 0 ? render_actors : NULL;
}
