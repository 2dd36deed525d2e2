/* spec_events.c: spec handlers that code a story's events, and that read verb pattern files. */
#include <jansson.h>
#include <string.h>

#include "core/buffer.h"
#include "lexicon/verbs.h"
#include "test.h"

/* A JSON string's text, or "-" for anything else. */
static const char *or_dash(json_t *v) {
  const char *s = json_string_value(v);
  return s ? s : "-";
}

/* Appends an actor object of an event line as its code, or "-" for null. */
static void put_actor(dl_buffer *out, json_t *actor) {
  const char *code = json_string_value(json_object_get(actor, "code"));
  dl_buffer_puts(out, code ? code : "-");
}

/*
 * Reads the input as a plain-text story (a first line "@date YYYY-MM-DD"
 * dates it), codes it and lists each event, from the JSON lines the writer
 * makes, as `sentence: CODE SOURCE -> TARGET mode "verb"`, with
 * `said_by X` when someone reports it; with SHOW_WHERE, also ` at TEXT =
 * NAME, COUNTRY` for the event's place, or ` at -`; with SHOW_WHEN, ` on
 * DATE from` (text or article) for its date, or ` on -`.
 */
enum { SHOW_WHERE = 1, SHOW_WHEN = 2 };
static int render_coded(dl_context *ctx, const char *input, size_t len, dl_buffer *out, int show) {
  int where = show & SHOW_WHERE;
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  dl_coder *coder = lex ? dl_coder_new(ctx, lex, NULL) : NULL;
  if (!coder) {
    dl_lexicon_free(lex);
    return DL_ENOMEM;
  }
  dl_article *a = spec_read_story(ctx, input, len);
  int rc = DL_OK;
  if (a) {
    dl_document *doc = dl_document_new(ctx, a);
    dl_events *events = doc ? dl_events_code(ctx, coder, a, doc) : NULL;
    dl_buffer lines;
    dl_buffer_init(&lines, ctx);
    if (events && dl_write_events_json(&lines, a, doc, events) == DL_OK) {
      for (char *line = lines.data; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        json_t *e = json_loads(line, 0, NULL);
        if (!e) {
          rc = DL_EBADRECORD;
          break;
        }
        dl_buffer_printf(out, "%lld: %s ", (long long)json_integer_value(json_object_get(e, "sentence")),
                         json_string_value(json_object_get(e, "code")));
        put_actor(out, json_object_get(e, "source"));
        dl_buffer_puts(out, " -> ");
        put_actor(out, json_object_get(e, "target"));
        dl_buffer_printf(out, " %s \"%s\"", json_string_value(json_object_get(e, "mode")),
                         json_string_value(json_object_get(json_object_get(e, "verb"), "text")));
        json_t *said = json_object_get(e, "said_by");
        if (json_is_object(said)) {
          dl_buffer_puts(out, " said_by ");
          put_actor(out, said);
        }
        json_t *place = json_object_get(e, "place");
        if (where && json_is_object(place))
          dl_buffer_printf(out, " at %s = %s, %s", or_dash(json_object_get(place, "text")),
                           or_dash(json_object_get(place, "name")), or_dash(json_object_get(place, "country")));
        else if (where)
          dl_buffer_puts(out, " at -");
        if (show & SHOW_WHEN)
          dl_buffer_printf(out, " on %s %s", or_dash(json_object_get(e, "date")), or_dash(json_object_get(e, "date_from")));
        dl_buffer_putc(out, '\n');
        json_decref(e);
        line = nl ? nl + 1 : line + strlen(line);
      }
    } else {
      rc = DL_ENOMEM;
    }
    dl_buffer_free(&lines);
    dl_events_free(events);
    dl_document_free(doc);
    dl_article_free(a);
  }
  dl_coder_free(coder);
  dl_lexicon_free(lex);
  return rc;
}

/* The events of a story. */
static int render_events(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_coded(ctx, input, len, out, 0);
}

/* The events of a story and where each happened. */
static int render_events_where(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_coded(ctx, input, len, out, SHOW_WHERE);
}

/* The events of a story and when each happened. */
static int render_events_when(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_coded(ctx, input, len, out, SHOW_WHEN);
}

/* Reads the input as a native verb pattern file and lists the patterns as the table holds them, then the errors. */
static int render_verbs(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  verb_table t;
  verb_table_init(&t, ctx);
  dl_buffer errors;
  dl_buffer_init(&errors, ctx);
  size_t npatterns = 0, nerrors = 0;
  int rc = verb_table_add_native(&t, "spec", input, len, &errors, &npatterns, &nerrors);
  if (rc != DL_ENOMEM) rc = verb_table_finish(&t);
  for (size_t i = 0; i < t.patterns.len && rc == DL_OK; i++) rc = verb_pattern_format(&t, &t.patterns.items[i], out);
  if (rc == DL_OK && errors.len) rc = dl_buffer_put(out, errors.data, errors.len);
  if (rc == DL_OK) rc = dl_buffer_printf(out, "%zu patterns, %zu errors\n", npatterns, nerrors);
  dl_buffer_free(&errors);
  verb_table_free(&t);
  return rc;
}

spec_handler spec_events_handler(const char *kind) {
  if (strcmp(kind, "events") == 0) return render_events;
  if (strcmp(kind, "events where") == 0) return render_events_where;
  if (strcmp(kind, "events when") == 0) return render_events_when;
  if (strcmp(kind, "verbs") == 0) return render_verbs;
  return NULL;
}
