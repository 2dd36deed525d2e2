/* writers.c: the event writers: JSON Lines, the GDELT table read back by its header, CSV. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "event/events.h"
#include "test.h"

/*
 * The events are built by hand on a real document, so these tests pin the
 * writers alone: whatever the coder finds, the output must frame the tokens
 * it was given.
 */
static const char story[] =
    "Afghan soldiers seek refuge in Pakistan\n"
    "\n"
    "ISLAMABAD (Reuters) - Forty-six Afghan soldiers requested refuge from the Pakistani army, "
    "officials in Islamabad said on Monday.\n"
    "\n"
    "Militants \"attacked\" a border post, the ministry said.\n";

/* An article with a URL and no date, for the columns that depend on them. */
static const char story_jsonl[] =
    "{\"id\":\"wire-9\",\"url\":\"https://example.com/a?b=1\",\"title\":\"Talks end\","
    "\"text\":\"Rebels from C\u00f4te d'Ivoire attacked the town.\"}\n";

/* The GDELT 2.0 Event table's columns, from its codebook, kept apart from the writer's table. */
static const char *const gdelt_names[] = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
};
#define GDELT_COLUMNS (sizeof gdelt_names / sizeof *gdelt_names)

/* The keys of the event record (docs/EVENTS.md) in their order. */
static const char *const event_keys[] = {
    "id", "article", "sentence", "date", "date_precision", "date_from", "source", "target",
    "code", "root", "quad_class", "goldstein", "plover", "mode", "place", "count", "casualties",
    "said_by", "verb", "evidence",
};
static const char *const actor_keys[] = {"text", "code", "country", "roles", "start", "end"};
static const char *const plover_keys[] = {"type", "mode"};
static const char *const verb_keys[] = {"text", "lemma", "start", "end"};
static const char *const evidence_keys[] = {"text", "start", "end"};

/* The CAMEO codes the events use, filled here as the coder's table would. */
static const cameo_code code_request = {"0233", "02", 1, 3.4, "REQUEST", "assist", "Request humanitarian aid"};
static const cameo_code code_attack = {"190", "19", 4, -10.0, "", "", "Use conventional military force"};
static const cameo_code code_statement = {"010", "01", 1, 0.0, NULL, NULL, "Make statement"};

/* ------------------------------------------------------------- helpers */

/* The document index of the first token of sentence s at or after token from that reads word. */
static uint32_t find_token(const dl_document *doc, size_t s, const char *word, uint32_t from) {
  const dl_sentence *sent = &doc->sentences.items[s];
  size_t n = strlen(word);
  for (uint32_t i = sent->first_token; i < sent->first_token + sent->token_count; i++) {
    const dl_token *t = &doc->tokens.items[i];
    if (i >= from && t->len == n && memcmp(doc->text.text.data + t->start, word, n) == 0) return i;
  }
  return UINT32_MAX;
}

/* An actor on tokens [first, end). */
static event_actor actor(uint32_t first, uint32_t end, const char *code, const char *country,
                         const char *roles) {
  event_actor a;
  memset(&a, 0, sizeof a);
  a.present = 1;
  a.mention = -1;
  a.first = first;
  a.end = end;
  snprintf(a.code, sizeof a.code, "%s", code);
  snprintf(a.country, sizeof a.country, "%s", country);
  snprintf(a.roles, sizeof a.roles, "%s", roles);
  return a;
}

/* 1 when obj's keys are exactly names, in that order. */
static int keys_in_order(json_t *obj, const char *const *names, size_t n) {
  if (!json_is_object(obj) || json_object_size(obj) != n) return 0;
  size_t i = 0;
  for (void *it = json_object_iter(obj); it; it = json_object_iter_next(obj, it), i++)
    if (i >= n || strcmp(json_object_iter_key(it), names[i]) != 0) return 0;
  return i == n;
}

static int str_is(json_t *v, const char *s) { return json_is_string(v) && strcmp(json_string_value(v), s) == 0; }

/* 1 when input[start, end) of a span object reads its "text". */
static int frames(json_t *span, const char *input) {
  json_t *t = json_object_get(span, "text"), *s = json_object_get(span, "start"),
         *e = json_object_get(span, "end");
  if (!json_is_string(t) || !json_is_integer(s) || !json_is_integer(e)) return 0;
  json_int_t a = json_integer_value(s), b = json_integer_value(e);
  size_t n = strlen(json_string_value(t));
  return a >= 0 && b - a == (json_int_t)n && (size_t)b <= strlen(input) &&
         memcmp(input + a, json_string_value(t), n) == 0;
}

/* The line'th line of s (from 0) in a malloc'd string, or NULL. */
static char *nth_line(const char *s, size_t line) {
  for (size_t i = 0; i < line; i++) {
    s = strchr(s, '\n');
    if (!s) return NULL;
    s++;
  }
  if (!*s) return NULL;
  const char *nl = strchr(s, '\n');
  size_t n = nl ? (size_t)(nl - s) : strlen(s);
  char *out = malloc(n + 1);
  memcpy(out, s, n);
  out[n] = '\0';
  return out;
}

/* Splits a line on tabs in place; returns the field count (fields past max are counted, not kept). */
static size_t split_tabs(char *line, char **fields, size_t max) {
  size_t n = 0;
  for (char *p = line;; p++) {
    if (n < max) fields[n] = p;
    n++;
    p = strchr(p, '\t');
    if (!p) break;
    *p = '\0';
  }
  return n;
}

/* The field named name of a GDELT row split with split_tabs, read through the independent header. */
static const char *gdelt_field(char **fields, const char *name) {
  for (size_t i = 0; i < GDELT_COLUMNS; i++)
    if (strcmp(gdelt_names[i], name) == 0) return fields[i];
  return NULL;
}

/*
 * Reads one RFC 4180 record from *s: fields quoted or not, "" for a quote
 * inside quotes, line breaks inside quotes kept. Fields are malloc'd into
 * fields (up to max); returns their count, and -1 for a malformed record.
 */
static int csv_record(const char **s, char **fields, int max) {
  const char *p = *s;
  int n = 0;
  if (!*p) return 0;
  for (;;) {
    char *f = malloc(strlen(p) + 1);
    size_t len = 0;
    if (*p == '"') {
      p++;
      for (;;) {
        if (!*p) {
          free(f);
          return -1;
        }
        if (*p == '"' && p[1] == '"') {
          f[len++] = '"';
          p += 2;
        } else if (*p == '"') {
          p++;
          break;
        } else {
          f[len++] = *p++;
        }
      }
      if (*p && *p != ',' && *p != '\n') {
        free(f);
        return -1;
      }
    } else {
      while (*p && *p != ',' && *p != '\n') {
        if (*p == '"') {
          free(f);
          return -1; /* a bare quote must have been quoted */
        }
        f[len++] = *p++;
      }
    }
    f[len] = '\0';
    if (n < max) fields[n] = f;
    else free(f);
    n++;
    if (*p == ',') {
      p++;
      continue;
    }
    if (*p == '\n') p++;
    break;
  }
  *s = p;
  return n;
}

static void csv_free(char **fields, int n, int max) {
  for (int i = 0; i < n && i < max; i++) free(fields[i]);
}

/* Index of a column name in a CSV header, or -1. */
static int csv_index(char **header, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strcmp(header[i], name) == 0) return i;
  return -1;
}

/* ---------------------------------------------------------------- setup */

/* One article, its document and hand-made events. */
typedef struct fixture {
  dl_context *ctx;
  dl_reader *reader;
  dl_article *a;
  dl_document *doc;
  dl_event events[3];
  struct dl_events ev;
} fixture;

static int fixture_open(fixture *f, const char *name, const char *data, dl_format format) {
  memset(f, 0, sizeof *f);
  f->ctx = dl_context_new(NULL, NULL);
  f->reader = dl_reader_open_memory(f->ctx, name, data, strlen(data), format);
  if (!f->reader || dl_reader_next(f->reader, &f->a) != 1) return 0;
  f->doc = dl_document_new(f->ctx, f->a);
  f->ev.ctx = f->ctx;
  return f->doc != NULL;
}

static void fixture_close(fixture *f) {
  dl_document_free(f->doc);
  dl_article_free(f->a);
  dl_reader_free(f->reader);
  dl_context_free(f->ctx);
}

/*
 * The story's events: the headline (a statement, no PLOVER mapping), the lead
 * (a request with a reporter) and the second sentence (an attack without a
 * target). Returns 0 when a word was not found where it should be.
 */
static int story_events(fixture *f) {
  const dl_document *doc = f->doc;
  if (dl_document_sentence_count(doc) != 3) return 0;
  uint32_t h_afghan = find_token(doc, 0, "Afghan", 0), h_seek = find_token(doc, 0, "seek", 0),
           h_pak = find_token(doc, 0, "Pakistan", 0);
  uint32_t forty = find_token(doc, 1, "Forty-six", 0), req = find_token(doc, 1, "requested", 0),
           the = find_token(doc, 1, "the", 0), army = find_token(doc, 1, "army", 0),
           officials = find_token(doc, 1, "officials", 0);
  uint32_t militants = find_token(doc, 2, "Militants", 0), attacked = find_token(doc, 2, "attacked", 0);
  uint32_t all[] = {h_afghan, h_seek, h_pak, forty, req, the, army, officials, militants, attacked};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    if (all[i] == UINT32_MAX) return 0;

  dl_event *e = f->events;
  memset(e, 0, sizeof f->events);
  e[0].sentence = 0;
  e[0].number = 0;
  e[0].source = actor(h_afghan, h_afghan + 2, "AFGMIL", "AFG", "MIL");
  e[0].target = actor(h_pak, h_pak + 1, "PAK", "PAK", "");
  e[0].code = &code_statement;
  e[0].mode = MODE_HYPOTHETICAL;
  e[0].verb_first = h_seek;
  e[0].verb_end = h_seek + 1;
  e[0].lemma = "seek";

  e[1].sentence = 1;
  e[1].number = 0;
  e[1].source = actor(forty, forty + 3, "AFGMIL", "AFG", "MIL");
  e[1].target = actor(the, army + 1, "PAKMIL", "PAK", "MIL");
  e[1].said_by = actor(officials, officials + 1, "GOV", "", "GOV");
  e[1].code = &code_request;
  e[1].mode = MODE_ASSERTED;
  e[1].verb_first = req;
  e[1].verb_end = req + 1;
  e[1].lemma = "request";

  e[2].sentence = 2;
  e[2].number = 0;
  e[2].source = actor(militants, militants + 1, "REB", "", "REB");
  e[2].code = &code_attack;
  e[2].mode = MODE_ALLEGED;
  e[2].verb_first = attacked;
  e[2].verb_end = attacked + 1;
  e[2].lemma = "attack";

  f->ev.events.items = f->events;
  f->ev.events.len = f->ev.events.cap = 3;
  return 1;
}

/* ----------------------------------------------------------------- JSON */

static void check_actor(test_state *ts, json_t *v, const char *text, const char *code,
                        const char *country, const char *roles, const char *input) {
  CHECK(ts, keys_in_order(v, actor_keys, 6), "actor keys in order");
  CHECK(ts, str_is(json_object_get(v, "text"), text), "actor text %s", text);
  CHECK(ts, str_is(json_object_get(v, "code"), code), "actor code %s", code);
  if (*country)
    CHECK(ts, str_is(json_object_get(v, "country"), country), "actor country %s", country);
  else
    CHECK(ts, json_is_null(json_object_get(v, "country")), "empty country is null");
  json_t *r = json_object_get(v, "roles");
  size_t nroles = strlen(roles) / 3;
  CHECK(ts, json_is_array(r) && json_array_size(r) == nroles, "roles of %s", text);
  for (size_t i = 0; i < nroles && json_is_array(r); i++) {
    json_t *x = json_array_get(r, i);
    CHECK(ts, json_is_string(x) && strncmp(json_string_value(x), roles + 3 * i, 3) == 0 &&
                  strlen(json_string_value(x)) == 3,
          "role %zu of %s", i, text);
  }
  CHECK(ts, frames(v, input), "offsets of %s frame it in the input", text);
}

static void json_suite(test_state *ts, fixture *f) {
  dl_buffer out;
  dl_buffer_init(&out, f->ctx);
  CHECK(ts, dl_write_events_json(&out, f->a, f->doc, &f->ev) == DL_OK, "JSON writer succeeds");
  size_t lines = 0;
  for (size_t i = 0; i < out.len; i++) lines += out.data[i] == '\n';
  CHECK(ts, lines == 3 && out.len && out.data[out.len - 1] == '\n', "one JSON line per event");

  json_t *v[3] = {NULL, NULL, NULL};
  for (size_t i = 0; i < 3; i++) {
    char *line = nth_line(out.data ? out.data : "", i);
    json_error_t err;
    v[i] = line ? json_loads(line, 0, &err) : NULL;
    CHECK(ts, v[i] != NULL, "event %zu is JSON: %s", i, line ? err.text : "no line");
    CHECK(ts, v[i] && keys_in_order(v[i], event_keys, sizeof event_keys / sizeof *event_keys),
          "event %zu has every EVENTS.md key in order", i);
    free(line);
  }
  if (!v[0] || !v[1] || !v[2]) goto done;

  /* The lead sentence: every field filled but place and count. */
  json_t *e = v[1];
  CHECK(ts, str_is(json_object_get(e, "id"), "story#1.0"), "id is <article>#<sentence>.<number>");
  CHECK(ts, str_is(json_object_get(e, "article"), "story"), "article is the article id");
  CHECK(ts, json_integer_value(json_object_get(e, "sentence")) == 1, "sentence number");
  CHECK(ts, str_is(json_object_get(e, "date"), "2021-07-26"), "date is the article date");
  CHECK(ts, str_is(json_object_get(e, "date_precision"), "day"), "date precision");
  CHECK(ts, str_is(json_object_get(e, "date_from"), "article"), "date from the article");
  check_actor(ts, json_object_get(e, "source"), "Forty-six Afghan soldiers", "AFGMIL", "AFG", "MIL", story);
  check_actor(ts, json_object_get(e, "target"), "the Pakistani army", "PAKMIL", "PAK", "MIL", story);
  check_actor(ts, json_object_get(e, "said_by"), "officials", "GOV", "", "GOV", story);
  CHECK(ts, str_is(json_object_get(e, "code"), "0233"), "code is a string");
  CHECK(ts, str_is(json_object_get(e, "root"), "02"), "root");
  CHECK(ts, json_is_integer(json_object_get(e, "quad_class")) &&
                json_integer_value(json_object_get(e, "quad_class")) == 1,
        "quad class");
  CHECK(ts, json_is_real(json_object_get(e, "goldstein")) &&
                json_real_value(json_object_get(e, "goldstein")) == 3.4,
        "goldstein 3.4");
  CHECK(ts, strstr(out.data, "\"goldstein\":3.4,") != NULL, "goldstein printed as 3.4");
  json_t *pl = json_object_get(e, "plover");
  CHECK(ts, keys_in_order(pl, plover_keys, 2), "plover keys");
  CHECK(ts, str_is(json_object_get(pl, "type"), "REQUEST") && str_is(json_object_get(pl, "mode"), "assist"),
        "plover type and mode");
  CHECK(ts, str_is(json_object_get(e, "mode"), "asserted"), "mode asserted");
  CHECK(ts, json_is_null(json_object_get(e, "place")), "place is null");
  CHECK(ts, json_is_null(json_object_get(e, "count")), "count is null");
  json_t *verb = json_object_get(e, "verb");
  CHECK(ts, keys_in_order(verb, verb_keys, 4), "verb keys");
  CHECK(ts, str_is(json_object_get(verb, "text"), "requested") && str_is(json_object_get(verb, "lemma"), "request"),
        "verb text and lemma");
  CHECK(ts, frames(verb, story), "verb offsets frame it");
  json_t *ev = json_object_get(e, "evidence");
  CHECK(ts, keys_in_order(ev, evidence_keys, 3), "evidence keys");
  dl_text_slice s1 = dl_document_sentence(f->doc, 1);
  CHECK(ts, json_is_string(json_object_get(ev, "text")) &&
                strlen(json_string_value(json_object_get(ev, "text"))) == s1.len &&
                memcmp(json_string_value(json_object_get(ev, "text")), s1.ptr, s1.len) == 0,
        "evidence is the whole sentence");
  CHECK(ts, frames(ev, story), "evidence offsets frame the sentence");

  /* The headline: no PLOVER mapping, goldstein 0, no reporter. */
  e = v[0];
  CHECK(ts, str_is(json_object_get(e, "id"), "story#0.0"), "headline id");
  CHECK(ts, strstr(out.data, "\"goldstein\":0,") != NULL, "goldstein printed as 0");
  pl = json_object_get(e, "plover");
  CHECK(ts, json_is_null(json_object_get(pl, "type")) && json_is_null(json_object_get(pl, "mode")),
        "missing PLOVER mapping is null, not \"\"");
  CHECK(ts, str_is(json_object_get(e, "mode"), "hypothetical"), "mode hypothetical");
  CHECK(ts, json_is_null(json_object_get(e, "said_by")), "no reporter is null");
  check_actor(ts, json_object_get(e, "source"), "Afghan soldiers", "AFGMIL", "AFG", "MIL", story);
  check_actor(ts, json_object_get(e, "target"), "Pakistan", "PAK", "PAK", "", story);
  CHECK(ts, str_is(json_object_get(json_object_get(e, "evidence"), "text"),
                   "Afghan soldiers seek refuge in Pakistan"),
        "headline evidence");
  CHECK(ts, frames(json_object_get(e, "evidence"), story), "headline evidence offsets");

  /* The attack: no target, no country, a negative score, quotes in the evidence. */
  e = v[2];
  CHECK(ts, json_is_null(json_object_get(e, "target")), "absent target is null");
  check_actor(ts, json_object_get(e, "source"), "Militants", "REB", "", "REB", story);
  CHECK(ts, strstr(out.data, "\"goldstein\":-10,") != NULL, "goldstein printed as -10");
  CHECK(ts, json_integer_value(json_object_get(e, "quad_class")) == 4, "quad class 4");
  CHECK(ts, str_is(json_object_get(e, "code"), "190") && str_is(json_object_get(e, "root"), "19"),
        "three-digit code");
  CHECK(ts, str_is(json_object_get(e, "mode"), "alleged"), "mode alleged");
  CHECK(ts, json_is_null(json_object_get(json_object_get(e, "plover"), "type")), "empty PLOVER type is null");
  CHECK(ts, str_is(json_object_get(json_object_get(e, "evidence"), "text"),
                   "Militants \"attacked\" a border post, the ministry said."),
        "evidence keeps quotes");
  CHECK(ts, frames(json_object_get(e, "evidence"), story), "evidence offsets with quotes");
  CHECK(ts, frames(json_object_get(e, "verb"), story), "verb inside quotes framed");

done:
  for (size_t i = 0; i < 3; i++) json_decref(v[i]);
  dl_buffer_free(&out);
}

/* ---------------------------------------------------------------- GDELT */

/* GlobalEventID as the writer documents it: FNV-1a of the JSON id, top bit cleared. */
static unsigned long long expected_event_id(const char *json_id) {
  uint64_t h = 14695981039346656037u;
  for (const char *p = json_id; *p; p++) {
    h ^= (unsigned char)*p;
    h *= 1099511628211u;
  }
  return (unsigned long long)(h & INT64_MAX);
}

static void gdelt_suite(test_state *ts, fixture *f) {
  dl_buffer out;
  dl_buffer_init(&out, f->ctx);
  CHECK(ts, dl_write_events_gdelt(&out, f->a, f->doc, &f->ev) == DL_OK, "GDELT writer succeeds");
  char *rows[3] = {NULL, NULL, NULL};
  char *fields[3][GDELT_COLUMNS];
  size_t counts[3] = {0, 0, 0};
  for (size_t i = 0; i < 3; i++) {
    rows[i] = nth_line(out.data ? out.data : "", i);
    if (rows[i]) counts[i] = split_tabs(rows[i], fields[i], GDELT_COLUMNS);
    CHECK(ts, counts[i] == 61, "GDELT row %zu has 61 columns, not %zu", i, counts[i]);
  }
  CHECK(ts, nth_line(out.data ? out.data : "", 3) == NULL, "one row per event");
  CHECK(ts, GDELT_COLUMNS == 61, "the test's header has 61 names");
  if (counts[0] != 61 || counts[1] != 61 || counts[2] != 61) goto done;

  char **r = fields[1];
  CHECK(ts, strcmp(gdelt_field(r, "EventCode"), "0233") == 0, "EventCode");
  CHECK(ts, strcmp(gdelt_field(r, "EventBaseCode"), "023") == 0, "EventBaseCode");
  CHECK(ts, strcmp(gdelt_field(r, "EventRootCode"), "02") == 0, "EventRootCode");
  CHECK(ts, strcmp(gdelt_field(r, "QuadClass"), "1") == 0, "QuadClass");
  CHECK(ts, strcmp(gdelt_field(r, "GoldsteinScale"), "3.4") == 0, "GoldsteinScale");
  CHECK(ts, strcmp(gdelt_field(r, "Actor1Code"), "AFGMIL") == 0, "Actor1Code");
  CHECK(ts, strcmp(gdelt_field(r, "Actor1Name"), "FORTY-SIX AFGHAN SOLDIERS") == 0, "Actor1Name upper-cased");
  CHECK(ts, strcmp(gdelt_field(r, "Actor1CountryCode"), "AFG") == 0, "Actor1CountryCode");
  CHECK(ts, strcmp(gdelt_field(r, "Actor1Type1Code"), "MIL") == 0, "Actor1Type1Code");
  CHECK(ts, strcmp(gdelt_field(r, "Actor2Code"), "PAKMIL") == 0, "Actor2Code");
  CHECK(ts, strcmp(gdelt_field(r, "Actor2CountryCode"), "PAK") == 0, "Actor2CountryCode");
  CHECK(ts, strcmp(gdelt_field(r, "Actor2Type1Code"), "MIL") == 0, "Actor2Type1Code");
  CHECK(ts, strcmp(gdelt_field(r, "Actor2Type2Code"), "") == 0, "Actor2Type2Code empty");
  CHECK(ts, strcmp(gdelt_field(r, "Day"), "20210726") == 0, "Day");
  CHECK(ts, strcmp(gdelt_field(r, "MonthYear"), "202107") == 0, "MonthYear");
  CHECK(ts, strcmp(gdelt_field(r, "Year"), "2021") == 0, "Year");
  /* 2021 + (7 * 30 + 26) / 365 */
  CHECK(ts, strcmp(gdelt_field(r, "FractionDate"), "2021.6466") == 0, "FractionDate %s", gdelt_field(r, "FractionDate"));
  CHECK(ts, strcmp(gdelt_field(r, "IsRootEvent"), "1") == 0, "lead sentence is a root event");
  CHECK(ts, strcmp(gdelt_field(r, "NumMentions"), "1") == 0, "NumMentions");
  CHECK(ts, strcmp(gdelt_field(r, "AvgTone"), "") == 0, "AvgTone unknown, empty");
  CHECK(ts, strcmp(gdelt_field(r, "ActionGeo_FullName"), "") == 0, "ActionGeo unknown, empty");
  CHECK(ts, strcmp(gdelt_field(r, "SOURCEURL"), "story") == 0, "SOURCEURL is the id without a URL");
  char want[32];
  snprintf(want, sizeof want, "%llu", expected_event_id("story#1.0"));
  CHECK(ts, strcmp(gdelt_field(r, "GlobalEventID"), want) == 0, "GlobalEventID is the documented hash");
  CHECK(ts, strcmp(gdelt_field(fields[0], "GlobalEventID"), gdelt_field(fields[2], "GlobalEventID")) != 0 &&
                strcmp(gdelt_field(fields[0], "GlobalEventID"), want) != 0,
        "GlobalEventIDs differ between events");

  r = fields[2];
  CHECK(ts, strcmp(gdelt_field(r, "EventCode"), "190") == 0 && strcmp(gdelt_field(r, "EventBaseCode"), "190") == 0,
        "a three-digit code is its own base code");
  CHECK(ts, strcmp(gdelt_field(r, "EventRootCode"), "19") == 0, "EventRootCode 19");
  CHECK(ts, strcmp(gdelt_field(r, "GoldsteinScale"), "-10") == 0, "GoldsteinScale -10");
  CHECK(ts, strcmp(gdelt_field(r, "QuadClass"), "4") == 0, "QuadClass 4");
  CHECK(ts, strcmp(gdelt_field(r, "Actor1CountryCode"), "") == 0, "no country, empty");
  CHECK(ts, strcmp(gdelt_field(r, "Actor2Code"), "") == 0 && strcmp(gdelt_field(r, "Actor2Type1Code"), "") == 0,
        "no target, empty");
  CHECK(ts, strcmp(gdelt_field(r, "IsRootEvent"), "0") == 0, "second sentence is not a root event");
  CHECK(ts, strcmp(gdelt_field(fields[0], "IsRootEvent"), "1") == 0, "headline is a root event");
  CHECK(ts, strcmp(gdelt_field(fields[0], "GoldsteinScale"), "0") == 0, "GoldsteinScale 0");

  /* The same events written again give the same rows: the ids are stable. */
  dl_buffer again;
  dl_buffer_init(&again, f->ctx);
  CHECK(ts, dl_write_events_gdelt(&again, f->a, f->doc, &f->ev) == DL_OK &&
                again.len == out.len && memcmp(again.data, out.data, out.len) == 0,
        "GDELT rows are stable");
  dl_buffer_free(&again);

done:
  for (size_t i = 0; i < 3; i++) free(rows[i]);
  dl_buffer_free(&out);
}

/* ------------------------------------------------------------------ CSV */

#define CSV_MAX 128

static void csv_suite(test_state *ts, fixture *f) {
  dl_buffer out;
  dl_buffer_init(&out, f->ctx);
  CHECK(ts, dl_write_events_csv_header(&out) == DL_OK, "CSV header");
  CHECK(ts, dl_write_events_csv(&out, f->a, f->doc, &f->ev) == DL_OK, "CSV writer succeeds");
  const char *p = out.data ? out.data : "";
  char *header[CSV_MAX], *row[3][CSV_MAX];
  int nh = csv_record(&p, header, CSV_MAX);
  int nr[3];
  for (int i = 0; i < 3; i++) {
    nr[i] = csv_record(&p, row[i], CSV_MAX);
    CHECK(ts, nr[i] == nh && nh > 0, "CSV row %d has %d cells like the header's %d", i, nr[i], nh);
  }
  CHECK(ts, *p == '\0', "one CSV row per event");
  if (nh <= 0 || nh > CSV_MAX) goto done;
  static const char *const dotted[] = {
      "id", "article", "sentence", "date", "date_precision", "date_from",
      "source.text", "source.code", "source.country", "source.roles", "source.start", "source.end",
      "target.text", "target.code", "target.country", "target.roles", "target.start", "target.end",
      "code", "root", "quad_class", "goldstein", "plover.type", "plover.mode", "mode",
      "place.text", "place.name", "place.country", "place.admin1", "place.lat", "place.lon",
      "place.geonameid", "place.feature", "place.start", "place.end",
      "count.value", "count.text", "count.of", "count.approximate", "casualties.killed", "casualties.wounded",
      "said_by.text", "said_by.code", "said_by.country", "said_by.roles", "said_by.start", "said_by.end",
      "verb.text", "verb.lemma", "verb.start", "verb.end",
      "evidence.text", "evidence.start", "evidence.end",
  };
  int ndotted = (int)(sizeof dotted / sizeof *dotted);
  int same = nh == ndotted;
  for (int i = 0; same && i < nh; i++) same = strcmp(header[i], dotted[i]) == 0;
  CHECK(ts, same, "CSV header is the dotted JSON fields in order");
  if (nr[0] != nh || nr[1] != nh || nr[2] != nh) goto free_header;

  char **r = row[1];
#define CELL(r, name) (csv_index(header, nh, name) >= 0 ? (r)[csv_index(header, nh, name)] : "<missing>")
  CHECK(ts, strcmp(CELL(r, "id"), "story#1.0") == 0, "CSV id");
  CHECK(ts, strcmp(CELL(r, "source.roles"), "MIL") == 0, "CSV roles");
  CHECK(ts, strcmp(CELL(r, "said_by.country"), "") == 0, "null country is an empty cell");
  CHECK(ts, strcmp(CELL(r, "place.lat"), "") == 0 && strcmp(CELL(r, "count.value"), "") == 0,
        "unresolved place and count are empty");
  CHECK(ts, strcmp(CELL(r, "goldstein"), "3.4") == 0, "CSV goldstein");
  CHECK(ts, strcmp(CELL(r, "verb.lemma"), "request") == 0, "CSV lemma");
  dl_text_slice s1 = dl_document_sentence(f->doc, 1);
  CHECK(ts, strlen(CELL(r, "evidence.text")) == s1.len && memcmp(CELL(r, "evidence.text"), s1.ptr, s1.len) == 0,
        "a cell with a comma reads back whole");
  char want[32];
  snprintf(want, sizeof want, "%ld", s1.start);
  CHECK(ts, strcmp(CELL(r, "evidence.start"), want) == 0, "CSV evidence start");

  r = row[2];
  CHECK(ts, strcmp(CELL(r, "evidence.text"), "Militants \"attacked\" a border post, the ministry said.") == 0,
        "a cell with quotes and a comma reads back whole");
  CHECK(ts, strstr(out.data, "\"Militants \"\"attacked\"\" a border post, the ministry said.\"") != NULL,
        "quotes are doubled inside a quoted cell");
  CHECK(ts, strcmp(CELL(r, "target.text"), "") == 0 && strcmp(CELL(r, "target.start"), "") == 0,
        "absent target is empty");
  CHECK(ts, strcmp(CELL(r, "goldstein"), "-10") == 0, "CSV goldstein -10");
  CHECK(ts, strcmp(CELL(r, "mode"), "alleged") == 0, "CSV mode");
  CHECK(ts, strcmp(CELL(row[0], "plover.type"), "") == 0, "CSV null PLOVER type");
  CHECK(ts, strcmp(CELL(row[0], "target.roles"), "") == 0, "no roles, empty");
  CHECK(ts, strcmp(CELL(row[0], "date"), "2021-07-26") == 0 && strcmp(CELL(row[0], "date_from"), "article") == 0,
        "CSV date");
#undef CELL
  for (int i = 0; i < 3; i++) csv_free(row[i], nr[i], CSV_MAX);
free_header:
  csv_free(header, nh, CSV_MAX);
done:
  dl_buffer_free(&out);
}

/* An article with a URL and no date: date fields null, Day empty, SOURCEURL the URL. */
static void undated_suite(test_state *ts) {
  fixture f;
  int ok = fixture_open(&f, "wire.jsonl", story_jsonl, DL_FORMAT_JSONL);
  CHECK(ts, ok, "JSONL fixture opens");
  uint32_t rebels = ok ? find_token(f.doc, 1, "Rebels", 0) : UINT32_MAX;
  uint32_t attacked = ok ? find_token(f.doc, 1, "attacked", 0) : UINT32_MAX;
  CHECK(ts, rebels != UINT32_MAX && attacked != UINT32_MAX, "JSONL tokens found");
  if (rebels == UINT32_MAX || attacked == UINT32_MAX) {
    fixture_close(&f);
    return;
  }
  memset(f.events, 0, sizeof f.events);
  f.events[0].sentence = 1;
  f.events[0].source = actor(rebels, attacked, "REB", "", "REB");
  f.events[0].code = &code_attack;
  f.events[0].verb_first = attacked;
  f.events[0].verb_end = attacked + 1;
  f.events[0].lemma = "attack";
  f.ev.events.items = f.events;
  f.ev.events.len = f.ev.events.cap = 1;

  dl_buffer out;
  dl_buffer_init(&out, f.ctx);
  CHECK(ts, dl_write_events_json(&out, f.a, f.doc, &f.ev) == DL_OK, "JSON without a date");
  json_t *v = json_loads(out.data ? out.data : "", JSON_DISABLE_EOF_CHECK, NULL);
  CHECK(ts, v && json_is_null(json_object_get(v, "date")) && json_is_null(json_object_get(v, "date_precision")) &&
                json_is_null(json_object_get(v, "date_from")),
        "no article date: date, precision and source null");
  CHECK(ts, v && str_is(json_object_get(v, "id"), "wire-9#1.0"), "JSONL id");
  json_decref(v);

  dl_buffer_clear(&out);
  CHECK(ts, dl_write_events_gdelt(&out, f.a, f.doc, &f.ev) == DL_OK, "GDELT without a date");
  char *line = nth_line(out.data ? out.data : "", 0);
  char *fields[GDELT_COLUMNS];
  size_t n = line ? split_tabs(line, fields, GDELT_COLUMNS) : 0;
  CHECK(ts, n == 61, "undated row has 61 columns");
  if (n == 61) {
    CHECK(ts, strcmp(gdelt_field(fields, "Day"), "") == 0 && strcmp(gdelt_field(fields, "FractionDate"), "") == 0,
          "no date, empty date columns");
    CHECK(ts, strcmp(gdelt_field(fields, "SOURCEURL"), "https://example.com/a?b=1") == 0, "SOURCEURL is the URL");
    CHECK(ts, strcmp(gdelt_field(fields, "Actor1Name"), "REBELS FROM C\xc3\x94TE D'IVOIRE") == 0,
          "Actor1Name is upper-cased beyond ASCII: %s", gdelt_field(fields, "Actor1Name"));
  }
  free(line);

  /* No events, no output; and the header alone is one line. */
  f.ev.events.len = 0;
  dl_buffer_clear(&out);
  CHECK(ts, dl_write_events_json(&out, f.a, f.doc, &f.ev) == DL_OK &&
                dl_write_events_gdelt(&out, f.a, f.doc, &f.ev) == DL_OK &&
                dl_write_events_csv(&out, f.a, f.doc, &f.ev) == DL_OK && out.len == 0,
        "no events write nothing");
  dl_buffer_free(&out);
  fixture_close(&f);
}

/* ------------------------------------------------------- out of memory */

/* An allocator that refuses every request after limit ones and counts blocks still held. */
typedef struct limited {
  size_t limit, granted, blocks;
} limited;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  limited *l = ud;
  (void)osize;
  if (nsize == 0) {
    if (ptr) l->blocks--;
    free(ptr);
    return NULL;
  }
  if (l->granted >= l->limit) return NULL;
  l->granted++;
  void *p = realloc(ptr, nsize);
  if (p && !ptr) l->blocks++;
  return p;
}

typedef int (*event_writer)(dl_buffer *, const dl_article *, const dl_document *, const dl_events *);

/*
 * The writers allocate only through the output buffer's context. Refusing
 * each allocation in turn, a writer must return DL_ENOMEM, leave the buffer
 * as it was and keep nothing; given enough, it must write what it writes
 * with malloc.
 */
static void alloc_suite(test_state *ts, fixture *f) {
  static const event_writer writers[] = {dl_write_events_json, dl_write_events_gdelt, dl_write_events_csv};
  static const char *const names[] = {"JSON", "GDELT", "CSV"};
  for (size_t w = 0; w < 3; w++) {
    dl_buffer want;
    dl_buffer_init(&want, f->ctx);
    dl_buffer_puts(&want, "keep\n");
    writers[w](&want, f->a, f->doc, &f->ev);
    limited l = {(size_t)-1, 0, 0};
    dl_context *ctx = dl_context_new(limited_alloc, &l);
    int done = 0, bad = 0;
    for (size_t k = 0; k < 200 && !done && !bad && ctx; k++) {
      dl_buffer out;
      dl_buffer_init(&out, ctx);
      l.limit = (size_t)-1;
      dl_buffer_puts(&out, "keep\n");
      size_t held = l.blocks;
      l.limit = l.granted + k;
      int rc = writers[w](&out, f->a, f->doc, &f->ev);
      if (rc == DL_OK) {
        done = 1;
        CHECK(ts, out.len == want.len && memcmp(out.data, want.data, want.len) == 0,
              "%s output with a tight allocator is the same", names[w]);
      } else if (rc != DL_ENOMEM || out.len != 5 || strcmp(out.data, "keep\n") != 0 || l.blocks != held) {
        bad = 1;
        CHECK(ts, 0, "%s after %zu allocations: rc %d, %zu bytes, %zu blocks more", names[w], k, rc, out.len,
              l.blocks - held);
      }
      dl_buffer_free(&out);
    }
    CHECK(ts, done || bad, "%s succeeds once allocations are allowed", names[w]);
    CHECK(ts, !bad, "%s fails cleanly at every allocation", names[w]);
    dl_context_free(ctx);
    CHECK(ts, l.blocks == 0, "%s keeps no memory", names[w]);
    dl_buffer_free(&want);
  }
}

void writers_run(test_state *ts) {
  fixture f;
  int ok = fixture_open(&f, "story.txt", story, DL_FORMAT_TEXT);
  CHECK(ts, ok, "story fixture opens");
  if (ok) ok = dl_article_default_date(f.a, "2021-07-26") == DL_OK;
  if (ok) {
    /* The date is read when the writers run, so setting it after the document is built is fine. */
    ok = story_events(&f);
    CHECK(ts, ok, "story has the expected sentences and words");
  }
  if (ok) {
    json_suite(ts, &f);
    gdelt_suite(ts, &f);
    csv_suite(ts, &f);
    alloc_suite(ts, &f);
  }
  fixture_close(&f);
  undated_suite(ts);
}
