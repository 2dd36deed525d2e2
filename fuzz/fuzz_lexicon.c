/* fuzz_lexicon.c: libFuzzer target for the lexicon: blobs from arbitrary bytes, and the dictionary readers. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "lexicon/build.h"
#include "lexicon/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run with a message; the fuzzer keeps the input (as in fuzz_walk.h). */
#define FUZZ_REQUIRE(cond, what)                                                     \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      fprintf(stderr, "fuzz: %s:%d: %s (%s)\n", __FILE__, __LINE__, what, #cond); \
      abort();                                                                       \
    }                                                                                \
  } while (0)

/* Separates the blob bytes from the dictionary text. */
#define MARKER "\n====dict====\n"

/* Text run through every lookup: words, acronyms, a dated person, punctuation. */
static const char probe[] =
    "Forty-six Afghan soldiers sought refuge in Pakistan, Pakistan's army said; the UN and U.S. "
    "troops met Imran Khan at the White House in the Islamic Republic of Afghanistan.";

/* Reads everything a lexicon offers, so the sanitizers see any read outside it. */
static void exercise(dl_context *ctx, const dl_lexicon *lex) {
  dl_buffer out;
  dl_buffer_init(&out, ctx);
  if (dl_lexicon_dump(lex, &out) == DL_OK) FUZZ_REQUIRE(out.data != NULL, "dump wrote nothing");
  out.len = 0;
  (void)dl_lexicon_lookup(lex, probe, sizeof probe - 1, "2020-01-01", &out);
  static const char *const words[] = {"soldiers", "sought", "men", "attacks", "US", "Pakistan", "x"};
  char key[LEX_MAX_TOKEN_KEY];
  const char *keys[2] = {"afghan", "soldier"};
  size_t lens[2] = {6, 7};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
    size_t n = strlen(words[i]);
    size_t k = lex_token_key(lex, words[i], n, key, sizeof key);
    FUZZ_REQUIRE(k < sizeof key && strlen(key) == k, "token key length");
    lex_lemma_noun(lex, words[i], n, key, sizeof key);
    lex_lemma_verb(lex, words[i], n, key, sizeof key);
    (void)lex_is_noun(lex, words[i], n);
    (void)lex_is_verb(lex, words[i], n);
    (void)lex_is_adjective(lex, words[i], n);
  }
  const lex_entry *hits[LEX_MAX_HITS];
  size_t nhits;
  size_t k = lex_match(lex, keys, lens, 2, hits, &nhits);
  FUZZ_REQUIRE(k <= 2 && nhits <= LEX_MAX_HITS, "match past its input");
  for (size_t i = 0; i < nhits; i++) {
    FUZZ_REQUIRE(strlen(hits[i]->code) < 1u << 20 && strlen(hits[i]->source) < 1u << 20, "entry strings");
    (void)lex_entry_applies(hits[i], 18000);
  }
  /* The verb patterns and code tables a blob keeps are read again by a coder. */
  dl_coder_free(dl_coder_new(ctx, lex, NULL));
  dl_buffer_free(&out);
}

/* Reads the text as each dictionary format, then opens and reads the blob made from it. */
static void read_dictionaries(dl_context *ctx, const dl_lexicon *keys, const char *text, size_t len) {
  static const lex_format formats[] = {LEX_FORMAT_AUTO,     LEX_FORMAT_NATIVE, LEX_FORMAT_ACTORS,
                                       LEX_FORMAT_AGENTS,   LEX_FORMAT_DISCARDS, LEX_FORMAT_VERBS,
                                       LEX_FORMAT_PETRARCH_VERBS, LEX_FORMAT_CODES, LEX_FORMAT_PLACES};
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    lex_builder *b = lex_builder_new(ctx, keys);
    if (!b) continue;
    dl_buffer errors, blob;
    dl_buffer_init(&errors, ctx);
    dl_buffer_init(&blob, ctx);
    dl_dictionary_stats st;
    int rc = lex_builder_add_text(b, "fuzz.txt", text, len, formats[f], &errors, &st);
    FUZZ_REQUIRE(rc == DL_OK || rc == DL_EBADRECORD || rc == DL_ENOMEM, "unexpected result");
    FUZZ_REQUIRE(rc != DL_EBADRECORD || st.errors > 0, "refused without an error");
    FUZZ_REQUIRE(st.errors + st.warnings == 0 || errors.len > 0, "problems without a message");
    if (rc == DL_OK && lex_builder_finish(b, &blob) == DL_OK) {
      dl_lexicon *lex = dl_lexicon_open_blob(ctx, blob.data, blob.len);
      FUZZ_REQUIRE(lex != NULL, "a blob the builder made does not open");
      exercise(ctx, lex);
      dl_lexicon_free(lex);
    }
    lex_builder_free(b);
    dl_buffer_free(&blob);
    dl_buffer_free(&errors);
  }
}

/* The first MARKER in data[0, size), or NULL. */
static const char *find_marker(const uint8_t *data, size_t size) {
  size_t n = sizeof MARKER - 1;
  for (size_t i = 0; i + n <= size; i++)
    if (data[i] == '\n' && memcmp(data + i, MARKER, n) == 0) return (const char *)data + i;
  return NULL;
}

/*
 * The input is blob bytes, then optionally MARKER and dictionary text. The
 * blob part is opened (from an aligned copy) and, when it is valid, read
 * through every function; the text is read as every dictionary format over
 * the built-in lemma tables, and loaded in front of the blob when it opened.
 */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = NULL;
  size_t blob_len = size, text_len = 0;
  const char *m = find_marker(data, size);
  if (m) {
    blob_len = (size_t)(m - (const char *)data);
    text = m + sizeof MARKER - 1;
    text_len = size - blob_len - (sizeof MARKER - 1);
  }
  dl_context *ctx = dl_context_new(NULL, NULL);
  FUZZ_REQUIRE(ctx != NULL, "no context");
  /* malloc's alignment suits a blob; the fuzzer's own buffer may not be aligned. */
  void *copy = malloc(blob_len ? blob_len : 1);
  FUZZ_REQUIRE(copy != NULL, "no memory");
  if (blob_len) memcpy(copy, data, blob_len);
  dl_lexicon *lex = dl_lexicon_open_blob(ctx, copy, blob_len);
  if (lex) exercise(ctx, lex);
  if (text) {
    /*
     * The built-in lexicon is opened once for the whole run: checking its
     * tables costs more than most inputs, and it is only read from here.
     */
    static dl_context *builtin_ctx;
    static dl_lexicon *builtin;
    if (!builtin) {
      builtin_ctx = dl_context_new(NULL, NULL);
      builtin = builtin_ctx ? dl_lexicon_open_builtin(builtin_ctx) : NULL;
    }
    FUZZ_REQUIRE(builtin != NULL, "the built-in lexicon does not open");
    read_dictionaries(ctx, builtin, text, text_len);
    if (lex) {
      dl_buffer errors;
      dl_buffer_init(&errors, ctx);
      if (dl_lexicon_load_text(lex, "fuzz.txt", text, text_len, &errors, NULL) == DL_OK) exercise(ctx, lex);
      dl_buffer_free(&errors);
    }
  }
  dl_lexicon_free(lex);
  free(copy);
  dl_context_free(ctx);
  return 0;
}
