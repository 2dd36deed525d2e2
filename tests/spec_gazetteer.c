/* spec_gazetteer.c: spec handlers for the gazetteer: folding names, lookups, prefixes, compiling place files, damaged blobs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buffer.h"
#include "lexicon/build.h"
#include "lexicon/places.h"
#include "lexicon/store.h"
#include "test.h"

/* The name place files in examples are given in messages. */
#define SPEC_DICT "test.txt"

/* Calls fn for each line of text[0, len) (without its newline). */
static int each_line(const char *text, size_t len, int (*fn)(void *ud, const char *line, size_t n), void *ud) {
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
    int rc = fn(ud, text + i, n);
    if (rc != DL_OK) return rc;
    i += n + 1;
  }
  return DL_OK;
}

/* What the line handlers share. */
typedef struct places_job {
  const dl_lexicon *lex; /* where places are looked up */
  dl_buffer *out;        /* the rendering */
} places_job;

/* One place: "name country admin1 feature lat lon population [geonameid]", coordinates to two decimals. */
static void put_place(dl_buffer *out, const lex_place *p) {
  dl_buffer_printf(out, "  %s %s %s %s %.2f %.2f %u", p->name, p->country[0] ? p->country : "-",
                   p->admin1[0] ? p->admin1 : "-", p->feature, (double)p->lat, (double)p->lon, p->population);
  if (p->geonameid) dl_buffer_printf(out, " #%u", p->geonameid);
  dl_buffer_putc(out, '\n');
}

/*
 * "> text [key]", then its places, the most populous first, or "  none";
 * for "count: text", how many places it has, the most and the least populous.
 */
static int lookup_line(void *ud, const char *s, size_t n) {
  places_job *job = ud;
  if (n > 7 && memcmp(s, "count: ", 7) == 0) {
    char key[256];
    size_t k = lex_place_fold(s + 7, n - 7, key, sizeof key);
    const lex_place *hits[LEX_MAX_PLACES];
    size_t h = lex_place_lookup(job->lex, key, k, hits, LEX_MAX_PLACES);
    dl_buffer_printf(job->out, "> %.*s: %zu places", (int)n, s, h);
    if (h) dl_buffer_printf(job->out, ", from %u to %u people", hits[0]->population, hits[h - 1]->population);
    return dl_buffer_putc(job->out, '\n');
  }
  char key[256];
  size_t k = lex_place_fold(s, n, key, sizeof key);
  dl_buffer_printf(job->out, "> %.*s [%s]%s\n", (int)n, s, key, lex_place_prefix(job->lex, key, k) ? " prefix" : "");
  const lex_place *hits[LEX_MAX_PLACES];
  size_t h = lex_place_lookup(job->lex, key, k, hits, LEX_MAX_PLACES);
  for (size_t i = 0; i < h; i++) put_place(job->out, hits[i]);
  if (!h) dl_buffer_puts(job->out, "  none\n");
  return DL_OK;
}

/* places lookup: one name a line, folded and looked up in the built-in lexicon. */
static int spec_places_lookup(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  if (!lex) return DL_EBADRECORD;
  places_job job = {lex, out};
  int rc = each_line(input, len, lookup_line, &job);
  dl_lexicon_free(lex);
  return rc;
}

/* "text => folded", or "text => (too long)" when it does not fit 32 bytes. */
static int fold_line(void *ud, const char *s, size_t n) {
  places_job *job = ud;
  char key[32];
  size_t k = lex_place_fold(s, n, key, sizeof key);
  dl_buffer_printf(job->out, "%.*s => %s\n", (int)n, s, k || !n ? key : "(empty or too long)");
  return DL_OK;
}

/* places fold: one name a line. */
static int spec_places_fold(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  (void)ctx;
  places_job job = {NULL, out};
  return each_line(input, len, fold_line, &job);
}

/* "key: prefix" or "key: no" for a folded line. */
static int prefix_line(void *ud, const char *s, size_t n) {
  places_job *job = ud;
  char key[256];
  size_t k = lex_place_fold(s, n, key, sizeof key);
  dl_buffer_printf(job->out, "%s: %s\n", key, lex_place_prefix(job->lex, key, k) ? "prefix" : "no");
  return DL_OK;
}

/* places prefix: one name a line: whether a longer place name starts with its words. */
static int spec_places_prefix(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  if (!lex) return DL_EBADRECORD;
  places_job job = {lex, out};
  int rc = each_line(input, len, prefix_line, &job);
  dl_lexicon_free(lex);
  return rc;
}

/*
 * Compiles text[0, len) as a dictionary of its own (format detected), and
 * appends its messages and a summary line; *blob (OUT) holds the blob when
 * there was no error.
 */
static int compile_places(dl_context *ctx, const char *text, size_t len, dl_buffer *out, dl_buffer *blob) {
  lex_builder *b = lex_builder_new(ctx, NULL);
  if (!b) return DL_ENOMEM;
  dl_dictionary_stats st;
  int rc = lex_builder_add_text(b, SPEC_DICT, text, len, LEX_FORMAT_AUTO, out, &st);
  dl_buffer_printf(out, "%s: %zu records, %zu places, %zu names, %zu errors\n", st.format, st.records, st.entries,
                   st.phrases, st.errors);
  if (rc == DL_OK) rc = lex_builder_finish(b, blob);
  lex_builder_free(b);
  return rc;
}

/*
 * places compile: a place file, then optionally a line "----" and one name
 * a line. The file is compiled on its own: the messages and a summary, then
 * the dump's place count, then each name's places in that blob.
 */
static int spec_places_compile(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  const char *sep = strstr(input, "\n----\n");
  size_t dict_len = sep ? (size_t)(sep - input) + 1 : len;
  dl_buffer blob;
  dl_buffer_init(&blob, ctx);
  int rc = compile_places(ctx, input, dict_len, out, &blob);
  if (rc == DL_EBADRECORD) {
    dl_buffer_free(&blob);
    return DL_OK; /* the messages are the point */
  }
  dl_lexicon *lex = rc == DL_OK ? dl_lexicon_open_blob(ctx, blob.data, blob.len) : NULL;
  if (rc == DL_OK && !lex) rc = DL_EBADRECORD;
  if (rc == DL_OK) {
    dl_buffer dump;
    dl_buffer_init(&dump, ctx);
    rc = dl_lexicon_dump(lex, &dump);
    const char *line = dump.data ? strstr(dump.data, "# places:") : NULL;
    const char *nl = line ? strchr(line, '\n') : NULL;
    if (rc == DL_OK && line && nl) dl_buffer_put(out, line, (size_t)(nl - line) + 1);
    dl_buffer_free(&dump);
    dl_buffer_printf(out, "%zu places\n", lex_place_count(lex));
  }
  if (rc == DL_OK && sep) {
    places_job job = {lex, out};
    rc = each_line(sep + 6, len - (size_t)(sep + 6 - input), lookup_line, &job);
  }
  dl_lexicon_free(lex);
  dl_buffer_free(&blob);
  return rc;
}

/* The place file every damage example compiles. */
static const char damage_places[] =
    "# dateline places\n"
    "1138958\tKabul\tKābul\tAFG\tAF-KAB\t34.5281\t69.1723\tPPLC\t3043532\n"
    "1269843\tHyderabad\t\tIND\tIN-TG\t17.3840\t78.4564\tPPLA\t3597816\n"
    "1176734\tHyderabad\t\tPAK\tPK-SD\t25.3924\t68.3737\tPPLA2\t1386330\n"
    "0\tGaza Strip\tGaza strip\tPSE\t\t31.41\t34.38\tRGN\t0\n"
    "0\tDera Ismail Khan\tD.I. Khan\tPAK\tPK-KP\t31.83\t70.90\tPPLA2\t101616\n";

/* Reads every part of a lexicon that opened, so that a sanitizer sees any read outside the blob. */
static void exercise(dl_context *ctx, const dl_lexicon *lex) {
  static const char *const names[] = {"kabul", "hyderabad", "gaza", "gaza strip", "dera ismail khan",
                                      "dera", "d i khan", "x"};
  const lex_place *hits[LEX_MAX_PLACES];
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    size_t n = lex_place_lookup(lex, names[i], strlen(names[i]), hits, LEX_MAX_PLACES);
    for (size_t j = 0; j < n; j++) (void)strlen(hits[j]->name);
    (void)lex_place_prefix(lex, names[i], strlen(names[i]));
  }
  (void)lex_place_count(lex);
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  dl_lexicon_dump(lex, &out);
  dl_buffer_free(&out);
}

/*
 * places damage: compiles damage_places, then for each line "every-byte V"
 * sets each byte of a fresh copy to V in turn, and "every-truncation" opens
 * each shorter length: how many copies opened (each is read through), and
 * "intact" opens it unchanged.
 */
static int spec_places_damage(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_buffer blob, msgs;
  dl_buffer_init(&blob, ctx);
  dl_buffer_init(&msgs, ctx);
  int rc = compile_places(ctx, damage_places, sizeof damage_places - 1, &msgs, &blob);
  dl_buffer_free(&msgs);
  size_t size = blob.len;
  unsigned char *copy = rc == DL_OK ? malloc(size + 8) : NULL;
  if (rc == DL_OK && !copy) rc = DL_ENOMEM;
  for (size_t i = 0; rc == DL_OK && i < len;) {
    const char *line = input + i;
    const char *nl = memchr(line, '\n', len - i);
    size_t n = nl ? (size_t)(nl - line) : len - i;
    i += n + 1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "%.*s", (int)(n < 63 ? n : 63), line);
    unsigned v = 0;
    int bytes = sscanf(cmd, "every-byte %u", &v) == 1, cuts = strcmp(cmd, "every-truncation") == 0;
    if (!bytes && !cuts && strcmp(cmd, "intact") != 0) {
      rc = DL_EUSAGE;
      break;
    }
    size_t tries = bytes || cuts ? size : 1, opened = 0;
    for (size_t k = 0; k < tries; k++) {
      memcpy(copy, blob.data, size);
      if (bytes) copy[k] = (unsigned char)v;
      dl_lexicon *lex = dl_lexicon_open_blob(ctx, copy, cuts ? k : size);
      if (lex) {
        opened++;
        exercise(ctx, lex);
        dl_lexicon_free(lex);
      }
    }
    dl_buffer_printf(out, "%s: %zu of %zu opened\n", cmd, opened, tries);
  }
  if (rc == DL_OK) dl_buffer_printf(out, "(a blob of %zu bytes)\n", size);
  free(copy);
  dl_buffer_free(&blob);
  return rc;
}

/* The handler for an example kind, or NULL. */
spec_handler spec_gazetteer_handler(const char *kind) {
  static const struct {
    const char *kind;     /* the name after "example" */
    spec_handler handler; /* its renderer */
  } handlers[] = {
      {"places lookup", spec_places_lookup},   {"places fold", spec_places_fold},
      {"places prefix", spec_places_prefix},   {"places compile", spec_places_compile},
      {"places damage", spec_places_damage},
  };
  for (size_t i = 0; i < sizeof handlers / sizeof *handlers; i++)
    if (strcmp(kind, handlers[i].kind) == 0) return handlers[i].handler;
  return NULL;
}
