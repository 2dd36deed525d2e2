/* spec_lexicon.c: spec handlers for the lexicon: lemmas, phrase keys, compiling and dumping, lookup, damaged blobs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buffer.h"
#include "lexicon/build.h"
#include "lexicon/lexicon.h"
#include "lexicon/store.h"
#include "text/normalize.h"
#include "text/tokenize.h"
#include "test.h"

/* The name dictionaries in examples are given in messages and sources. */
#define SPEC_DICT "test.txt"

/* Calls fn for each line of the input (without its newline). */
static int each_line(const char *input, size_t len, int (*fn)(void *ud, const char *line, size_t n), void *ud) {
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(input + i, '\n', len - i);
    size_t n = nl ? (size_t)(nl - (input + i)) : len - i;
    int rc = fn(ud, input + i, n);
    if (rc != DL_OK) return rc;
    i += n + 1;
  }
  return DL_OK;
}

/* What the line handlers share. */
typedef struct spec_job {
  dl_context *ctx;    /* the context */
  dl_lexicon *lex;    /* the built-in lexicon */
  dl_buffer *out;     /* the rendering */
} spec_job;

/* Opens the built-in lexicon for a handler. */
static int job_open(spec_job *job, dl_context *ctx, dl_buffer *out) {
  job->ctx = ctx;
  job->out = out;
  job->lex = dl_lexicon_open_builtin(ctx);
  return job->lex ? DL_OK : DL_EBADRECORD;
}

/* "word noun=LEMMA verb=LEMMA key=KEY" and the parts of speech WordNet gives the word. */
static int lemma_line(void *ud, const char *w, size_t n) {
  spec_job *job = ud;
  char noun[LEX_MAX_TOKEN_KEY], verb[LEX_MAX_TOKEN_KEY], key[LEX_MAX_TOKEN_KEY];
  lex_lemma_noun(job->lex, w, n, noun, sizeof noun);
  lex_lemma_verb(job->lex, w, n, verb, sizeof verb);
  lex_token_key(job->lex, w, n, key, sizeof key);
  dl_buffer_printf(job->out, "%.*s noun=%s verb=%s key=%s", (int)n, w, noun, verb, key);
  if (lex_is_noun(job->lex, w, n)) dl_buffer_puts(job->out, " N");
  if (lex_is_verb(job->lex, w, n)) dl_buffer_puts(job->out, " V");
  if (lex_is_adjective(job->lex, w, n)) dl_buffer_puts(job->out, " A");
  return dl_buffer_putc(job->out, '\n');
}

/* lemmas: one word a line. */
static int spec_lemmas(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  spec_job job;
  int rc = job_open(&job, ctx, out);
  if (rc == DL_OK) rc = each_line(input, len, lemma_line, &job);
  dl_lexicon_free(job.lex);
  return rc;
}

/* The phrase key of a line, tokenised as text is. */
static int key_line(void *ud, const char *s, size_t n) {
  spec_job *job = ud;
  dl_buffer norm;
  dl_buffer_init(&norm, job->ctx);
  dl_token_vec tokens = {NULL, 0, 0};
  int rc = norm_string(&norm, s, n, NORM_COLLAPSE_SPACE);
  if (rc == DL_OK && !norm.data) rc = dl_buffer_put(&norm, "", 0);
  if (rc == DL_OK) rc = tokenize(job->ctx, norm.data, 0, norm.len, &tokens);
  dl_buffer_printf(job->out, "%.*s =>", (int)n, s);
  for (size_t i = 0; rc == DL_OK && i < tokens.len; i++) {
    char key[LEX_MAX_TOKEN_KEY];
    const dl_token *t = &tokens.items[i];
    size_t k = lex_token_key(job->lex, norm.data + t->start, t->len, key, sizeof key);
    dl_buffer_printf(job->out, " %.*s", (int)k, key);
  }
  DL_VEC_FREE(job->ctx, tokens);
  dl_buffer_free(&norm);
  if (rc == DL_OK) rc = dl_buffer_putc(job->out, '\n');
  return rc;
}

/* keys: one phrase a line, shown with its token keys. */
static int spec_keys(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  spec_job job;
  int rc = job_open(&job, ctx, out);
  if (rc == DL_OK) rc = each_line(input, len, key_line, &job);
  dl_lexicon_free(job.lex);
  return rc;
}

/*
 * Compiles dictionary text into a blob of its own, keyed with the built-in
 * lemma tables, and appends the messages, then a summary line. *blob (OUT)
 * holds the blob when there was no error.
 */
static int compile_text(spec_job *job, const char *input, size_t len, dl_buffer *blob) {
  lex_builder *b = lex_builder_new(job->ctx, job->lex);
  if (!b) return DL_ENOMEM;
  dl_dictionary_stats st;
  int rc = lex_builder_add_text(b, SPEC_DICT, input, len, LEX_FORMAT_AUTO, job->out, &st);
  dl_buffer_printf(job->out, "%s: %zu records, %zu synonyms, %zu codes, %zu sets, %zu story, %zu entries, %zu phrases, "
                   "%zu errors, %zu warnings\n",
                   st.format, st.records, st.synonyms, st.codes, st.sets, st.story, st.entries, st.phrases, st.errors,
                   st.warnings);
  if (rc == DL_OK) rc = lex_builder_finish(b, blob);
  lex_builder_free(b);
  return rc;
}

/* compile: the messages and summary, then the dump of the compiled blob. */
static int spec_compile(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  spec_job job;
  dl_buffer blob;
  dl_buffer_init(&blob, ctx);
  int rc = job_open(&job, ctx, out);
  if (rc == DL_OK) rc = compile_text(&job, input, len, &blob);
  if (rc == DL_OK) {
    dl_lexicon *lex = dl_lexicon_open_blob(ctx, blob.data, blob.len);
    rc = lex ? dl_lexicon_dump(lex, out) : DL_EBADRECORD;
    dl_lexicon_free(lex);
  }
  if (rc == DL_EBADRECORD) rc = DL_OK; /* the messages are the point */
  dl_buffer_free(&blob);
  dl_lexicon_free(job.lex);
  return rc;
}

/* What lookup lines need. */
typedef struct lookup_job {
  spec_job *job;   /* the handler */
  dl_lexicon *lex; /* the lexicon with the example's dictionary */
} lookup_job;

/* "> QUERY" and its lookup; "@YYYY-MM-DD " before a query gives the date. */
static int lookup_line(void *ud, const char *s, size_t n) {
  lookup_job *lj = ud;
  char date[11];
  const char *d = NULL;
  if (n > 12 && s[0] == '@' && s[11] == ' ') {
    memcpy(date, s + 1, 10);
    date[10] = '\0';
    d = date;
  }
  dl_buffer_printf(lj->job->out, "> %.*s\n", (int)n, s);
  return dl_lexicon_lookup(lj->lex, d ? s + 12 : s, d ? n - 12 : n, d, lj->job->out);
}

/*
 * lookup: a dictionary, optionally a line "====" and a second dictionary
 * (user.txt) loaded in front of the first, then a line "----" and one query
 * a line. The first is compiled into a blob of its own with the built-in
 * lemma tables, so the built-in dictionaries play no part.
 */
static int spec_lookup(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  spec_job job;
  int rc = job_open(&job, ctx, out);
  const char *sep = strstr(input, "\n----\n");
  const char *user = strstr(input, "\n====\n");
  if (rc == DL_OK && !sep) rc = DL_EUSAGE;
  if (user && user > sep) user = NULL;
  dl_buffer blob;
  dl_buffer_init(&blob, ctx);
  lex_builder *b = rc == DL_OK ? lex_builder_new(ctx, NULL) : NULL;
  if (rc == DL_OK && !b) rc = DL_ENOMEM;
  if (rc == DL_OK) rc = lex_builder_import_lemmas(b, job.lex);
  if (rc == DL_OK)
    rc = lex_builder_add_text(b, SPEC_DICT, input, (size_t)((user ? user : sep) - input) + 1, LEX_FORMAT_AUTO, out,
                              NULL);
  if (rc == DL_OK) rc = lex_builder_finish(b, &blob);
  lex_builder_free(b);
  dl_lexicon *lex = rc == DL_OK ? dl_lexicon_open_blob(ctx, blob.data, blob.len) : NULL;
  if (rc == DL_OK && !lex) rc = DL_EBADRECORD;
  if (rc == DL_OK && user) rc = dl_lexicon_load_text(lex, "user.txt", user + 6, (size_t)(sep - user) - 5, out, NULL);
  if (rc == DL_OK) {
    lookup_job lj = {&job, lex};
    const char *q = sep + 6;
    rc = each_line(q, len - (size_t)(q - input), lookup_line, &lj);
  }
  dl_lexicon_free(lex);
  dl_buffer_free(&blob);
  dl_lexicon_free(job.lex);
  return rc;
}

/*
 * applies: a dictionary, a line "----", then one date a line ("unknown" for
 * an unknown day): the codes of the entries that apply on it.
 */
static int spec_applies(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  spec_job job;
  int rc = job_open(&job, ctx, out);
  const char *sep = strstr(input, "\n----\n");
  if (rc == DL_OK && !sep) rc = DL_EUSAGE;
  dl_buffer blob;
  dl_buffer_init(&blob, ctx);
  dl_buffer msgs;
  dl_buffer_init(&msgs, ctx);
  spec_job quiet = job;
  quiet.out = &msgs;
  if (rc == DL_OK) rc = compile_text(&quiet, input, (size_t)(sep - input) + 1, &blob);
  dl_lexicon *lex = rc == DL_OK ? dl_lexicon_open_blob(ctx, blob.data, blob.len) : NULL;
  if (rc == DL_OK && !lex) rc = DL_EBADRECORD;
  for (const char *q = sep ? sep + 6 : NULL; rc == DL_OK && q && q < input + len;) {
    const char *nl = memchr(q, '\n', (size_t)(input + len - q));
    size_t n = nl ? (size_t)(nl - q) : (size_t)(input + len - q);
    int ok = 1, unknown = n == 7 && memcmp(q, "unknown", 7) == 0;
    int32_t day = unknown ? LEX_DAY_MIN : lex_day_number(q, n, &ok);
    if (!ok) rc = DL_EUSAGE;
    dl_buffer_printf(out, "%.*s:", (int)n, q);
    for (size_t l = 0; rc == DL_OK && l < lex->layers[0].view.nentries; l++) {
      const lex_entry *e = &lex->layers[0].entries[l];
      if (lex_entry_applies(e, day)) dl_buffer_printf(out, " %s", e->code);
    }
    dl_buffer_putc(out, '\n');
    q += n + 1;
  }
  dl_lexicon_free(lex);
  dl_buffer_free(&msgs);
  dl_buffer_free(&blob);
  dl_lexicon_free(job.lex);
  return rc;
}

/* check: dl_lexicon_load_text over the built-in lexicon: its messages, result and counts (\xHH is a byte). */
static int spec_check(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  spec_job job;
  int rc = job_open(&job, ctx, out);
  if (rc != DL_OK) return rc;
  /* "\xHH" in the input is the byte HH, for text that is not UTF-8. */
  dl_buffer text;
  dl_buffer_init(&text, ctx);
  for (size_t i = 0; i < len; i++) {
    unsigned v;
    if (input[i] == '\\' && i + 3 < len && input[i + 1] == 'x' && sscanf(input + i + 2, "%2x", &v) == 1) {
      dl_buffer_putc(&text, (char)v);
      i += 3;
    } else {
      dl_buffer_putc(&text, input[i]);
    }
  }
  dl_dictionary_stats st;
  int r = dl_lexicon_load_text(job.lex, SPEC_DICT, text.data ? text.data : "", text.len, out, &st);
  dl_buffer_free(&text);
  dl_buffer_printf(out, "%s: %s, %zu entries, %zu errors, %zu warnings\n", dl_strerror(r), st.format, st.entries,
                   st.errors, st.warnings);
  dl_lexicon_free(job.lex);
  return DL_OK;
}

/* ------------------------------------------------------- damaged blobs */

/* A small dictionary every damage example starts from. */
static const char damage_dict[] =
    "AFG country Afghanistan | Islamic Republic of Afghanistan\n"
    "AFG demonym Afghan | Afghans\n"
    "~MIL role soldier | army | troops\n"
    "PAKGOV person Imran Khan 2018-08-18..2022-04-10\n";

/* A few WordNet lines, so the blob has word and exception tables too. */
static const char damage_nouns[] = "  licence line\nsoldier n 1\ntroop n 1\narmy n 1\nman n 1\n";
static const char damage_verbs[] = "seek v 1\nflee v 1\nattack v 1\n";
static const char damage_noun_exc[] = "men man\nchildren child\n";
static const char damage_verb_exc[] = "sought seek\nfled flee\n";

/* Builds the damage examples' blob into out. */
static int damage_blob(dl_context *ctx, dl_buffer *out) {
  lex_builder *b = lex_builder_new(ctx, NULL);
  if (!b) return DL_ENOMEM;
  int rc = lex_builder_add_wordnet_text(b, POS_NOUN, 0, damage_nouns, sizeof damage_nouns - 1);
  if (rc == DL_OK) rc = lex_builder_add_wordnet_text(b, POS_VERB, 0, damage_verbs, sizeof damage_verbs - 1);
  if (rc == DL_OK) rc = lex_builder_add_wordnet_text(b, POS_NOUN, 1, damage_noun_exc, sizeof damage_noun_exc - 1);
  if (rc == DL_OK) rc = lex_builder_add_wordnet_text(b, POS_VERB, 1, damage_verb_exc, sizeof damage_verb_exc - 1);
  if (rc == DL_OK) rc = lex_builder_end_lemmas(b);
  if (rc == DL_OK)
    rc = lex_builder_add_text(b, SPEC_DICT, damage_dict, sizeof damage_dict - 1, LEX_FORMAT_NATIVE, NULL, NULL);
  if (rc == DL_OK) rc = lex_builder_finish(b, out);
  lex_builder_free(b);
  return rc;
}

/* Reads every part of a lexicon that opened, so a sanitizer sees any stray read. */
static void exercise(dl_context *ctx, dl_lexicon *lex) {
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  dl_lexicon_dump(lex, &out);
  dl_lexicon_lookup(lex, "Afghan soldiers and the Islamic Republic of Afghanistan", 55, "2020-01-01", &out);
  char key[LEX_MAX_TOKEN_KEY];
  lex_lemma_noun(lex, "soldiers", 8, key, sizeof key);
  lex_lemma_verb(lex, "sought", 6, key, sizeof key);
  (void)lex_is_noun(lex, "army", 4);
  dl_buffer_free(&out);
}

/*
 * blob damage: compiles damage_dict with a few WordNet lines, then applies
 * each line to a fresh copy and opens it: "truncate N" keeps N
 * bytes, "set OFFSET VALUE" writes a byte, "set32 OFFSET VALUE" a 32-bit
 * word, "misalign" opens it one byte off, "every-truncation" and
 * "every-byte VALUE" try each length or each offset. Prints "ok" or
 * "rejected: reason" (counts for the sweeps).
 */
static int spec_blob_damage(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_buffer blob;
  dl_buffer_init(&blob, ctx);
  int rc = damage_blob(ctx, &blob);
  /* The copy sits 8 bytes into an aligned block so that "misalign" can shift it. */
  size_t size = blob.len;
  unsigned char *copy = rc == DL_OK ? malloc(size + 16) : NULL;
  if (rc == DL_OK && !copy) rc = DL_ENOMEM;
  for (size_t i = 0; rc == DL_OK && i < len;) {
    const char *line = input + i;
    const char *nl = memchr(line, '\n', len - i);
    size_t n = nl ? (size_t)(nl - line) : len - i;
    i += n + 1;
    char cmd[64];
    snprintf(cmd, sizeof cmd, "%.*s", (int)(n < 63 ? n : 63), line);
    unsigned long a = 0, v = 0;
    dl_buffer_printf(out, "%s: ", cmd);
    if (strncmp(cmd, "every-", 6) == 0) {
      int bytes = strncmp(cmd, "every-byte", 10) == 0;
      if (bytes) sscanf(cmd + 10, "%lu", &v);
      size_t accepted = 0, tried = 0;
      for (size_t k = 0; k < size; k++) {
        memcpy(copy + 8, blob.data, size);
        size_t use = bytes ? size : k;
        if (bytes) copy[8 + k] = (unsigned char)v;
        dl_lexicon *lex = dl_lexicon_open_blob(ctx, copy + 8, use);
        tried++;
        if (lex) {
          accepted++;
          exercise(ctx, lex);
          dl_lexicon_free(lex);
        }
      }
      dl_buffer_printf(out, "%zu of %zu opened\n", accepted, tried);
      continue;
    }
    memcpy(copy + 8, blob.data, size);
    size_t use = size;
    unsigned char *at = copy + 8;
    if (sscanf(cmd, "truncate %lu", &a) == 1) use = a < size ? a : size;
    else if (sscanf(cmd, "set32 %lu %lu", &a, &v) == 2 && a + 4 <= size) {
      uint32_t w = (uint32_t)v;
      memcpy(at + a, &w, 4);
    } else if (sscanf(cmd, "set %lu %lu", &a, &v) == 2 && a < size) at[a] = (unsigned char)v;
    else if (strcmp(cmd, "misalign") == 0) {
      memmove(copy + 9, copy + 8, size);
      at = copy + 9;
    } else if (strcmp(cmd, "intact") != 0) {
      rc = DL_EUSAGE;
      break;
    }
    dl_lexicon *lex = dl_lexicon_open_blob(ctx, at, use);
    if (lex) {
      exercise(ctx, lex);
      dl_buffer_puts(out, "ok\n");
    } else {
      dl_buffer_printf(out, "rejected: %s\n", dl_context_errmsg(ctx));
    }
    dl_lexicon_free(lex);
  }
  if (rc == DL_OK) dl_buffer_printf(out, "(a blob of %zu bytes)\n", size);
  free(copy);
  dl_buffer_free(&blob);
  return rc;
}

/* ------------------------------------------------------- failing allocator */

/* An allocator that refuses every request after `limit` of them, and counts what is outstanding. */
typedef struct fail_alloc {
  size_t limit;   /* requests granted before refusing */
  size_t granted; /* requests granted */
  long blocks;    /* blocks outstanding */
} fail_alloc;

static void *fail_alloc_fn(void *ud, void *ptr, size_t osize, size_t nsize) {
  fail_alloc *fa = ud;
  (void)osize;
  if (nsize == 0) {
    if (ptr) fa->blocks--;
    free(ptr);
    return NULL;
  }
  if (fa->granted >= fa->limit) return NULL;
  fa->granted++;
  void *p = realloc(ptr, nsize);
  if (p && !ptr) fa->blocks++;
  return p;
}

/*
 * alloc failure: opens the built-in lexicon and loads the input as a
 * dictionary with an allocator that fails at the first, second, ... request,
 * until a run succeeds. Prints the result of the run that succeeded and
 * whether any run leaked.
 */
static int spec_alloc_failure(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  (void)ctx;
  size_t leaks = 0, failures = 0;
  for (size_t limit = 0; limit < 100000; limit++) {
    fail_alloc fa = {limit, 0, 0};
    dl_context *c = dl_context_new(fail_alloc_fn, &fa);
    if (!c) continue;
    dl_lexicon *lex = dl_lexicon_open_builtin(c);
    int rc = lex ? dl_lexicon_load_text(lex, SPEC_DICT, input, len, NULL, NULL) : DL_ENOMEM;
    dl_buffer dump;
    dl_buffer_init(&dump, c);
    if (rc == DL_OK) rc = dl_lexicon_lookup(lex, "Afghan soldiers", 15, NULL, &dump);
    dl_buffer_free(&dump);
    dl_lexicon_free(lex);
    dl_context_free(c);
    if (fa.blocks) leaks++;
    if (rc == DL_OK) {
      dl_buffer_printf(out, "succeeded after %s failing runs; %zu leaked\n", failures > 10 ? "many" : "few", leaks);
      return DL_OK;
    }
    failures++;
  }
  return DL_ENOMEM;
}

/* The handler for an example kind, or NULL. */
spec_handler spec_lexicon_handler(const char *kind) {
  static const struct {
    const char *kind;     /* the name after "example" */
    spec_handler handler; /* its renderer */
  } handlers[] = {
      {"lemmas", spec_lemmas},           {"keys", spec_keys},
      {"compile", spec_compile},         {"lookup", spec_lookup},
      {"applies", spec_applies},         {"check", spec_check},
      {"blob damage", spec_blob_damage}, {"alloc failure", spec_alloc_failure},
  };
  for (size_t i = 0; i < sizeof handlers / sizeof *handlers; i++)
    if (strcmp(kind, handlers[i].kind) == 0) return handlers[i].handler;
  return NULL;
}
