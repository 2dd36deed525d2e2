/* build.c: the dictionary compiler: interned strings, entries, phrase keys, WordNet tables, serialisation. */
#include "lexicon/build.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buffer.h"
#include "lexicon/store.h"
#include "text/normalize.h"

#define NO_LINK UINT32_MAX

/* ------------------------------------------------------------- countries */

/*
 * ISO 3166-1 alpha-3 codes, current (from Debian's iso-codes) and former
 * (ISO 3166-3: SUN, YUG, CSK, DDR, ...), and KOS and KSV for Kosovo, sorted:
 * a code that starts with one of them is a country code with roles after it.
 */
static const char country_codes[][4] = {
    "ABW", "AFG", "AFI", "AGO", "AIA", "ALA", "ALB", "AND", "ANT", "ARE", "ARG", "ARM", "ASM", "ATA", "ATB",
    "ATF", "ATG", "ATN", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BUR", "BVT", "BWA", "BYS", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV", "CRI", "CSK",
    "CTE", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DDR", "DEU", "DHY", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "FXX", "GAB",
    "GBR", "GEL", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM",
    "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "HVO", "IDN", "IMN", "IND", "IOT", "IRL",
    "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "JTN", "KAZ", "KEN", "KGZ", "KHM", "KIR",
    "KNA", "KOR", "KOS", "KSV", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA",
    "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MID", "MKD", "MLI", "MLT", "MMR", "MNE",
    "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA",
    "NHB", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NTZ", "NZL", "OMN", "PAK", "PAN", "PCI", "PCN", "PCZ",
    "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PUS", "PYF", "QAT", "REU", "RHO",
    "ROU", "RUS", "RWA", "SAU", "SCG", "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SKM", "SLB", "SLE", "SLV",
    "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUN", "SUR", "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR",
    "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TMP", "TON", "TTO", "TUN", "TUR", "TUV", "TWN",
    "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VDR", "VEN", "VGB", "VIR", "VNM", "VUT",
    "WAK", "WLF", "WSM", "YEM", "YMD", "YUG", "ZAF", "ZAR", "ZMB", "ZWE"};

int build_is_country(const char *s) {
  size_t lo = 0, hi = sizeof country_codes / sizeof *country_codes;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strncmp(s, country_codes[mid], 3);
    if (c == 0) return 1;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

/* CAMEO's sector and role codes, which an international or non-state code may carry after its first three letters. */
static const char *const role_codes[] = {"AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV",
                                         "HLH", "HRI", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "NGO", "OPP",
                                         "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", NULL};

/* Nonzero when the three letters at s are a role code. */
static int is_role_code(const char *s) {
  for (const char *const *r = role_codes; *r; r++)
    if (strncmp(s, *r, 3) == 0) return 1;
  return 0;
}

/*
 * Splits a code into its country and roles: AFGMIL -> AFG, MIL; ~MIL -> "",
 * MIL; NGO~ -> "", NGO. An international or non-state code has no country,
 * and its roles are the role codes among its later three-letter parts:
 * IGOUNOREFHCR -> "", REF; NGOHRIAMN -> "", HRI.
 */
static void code_parts(const char *code, size_t n, char country[4], char roles[16]) {
  memset(country, 0, 4);
  memset(roles, 0, 16);
  const char *r = NULL;
  size_t rn = 0;
  if (n && code[0] == '~') {
    r = code + 1;
    rn = n - 1;
  } else if (n && code[n - 1] == '~') {
    r = code;
    rn = n - 1;
  } else if (n >= 3 && build_is_country(code)) {
    memcpy(country, code, 3);
    r = code + 3;
    rn = n - 3;
  }
  if (rn > 15) rn = 15;
  if (r && rn) memcpy(roles, r, rn);
  if (!r) {
    size_t k = 0;
    for (size_t i = 3; i + 3 <= n && k + 3 < 16; i += 3)
      if (is_role_code(code + i)) {
        memcpy(roles + k, code + i, 3);
        k += 3;
      }
  }
}

/* ---------------------------------------------------------------- strings */

/* Grows the string index to twice its size and re-inserts every string. */
static int index_grow(lex_builder *b) {
  uint32_t cap = b->index_cap ? b->index_cap * 2 : 1024;
  uint32_t *slots = dl_mem_calloc(b->ctx, cap, sizeof *slots);
  if (!slots) return DL_ENOMEM;
  for (uint32_t id = 0; id < b->strings.len; id++) {
    uint32_t i = b->strings.items[id].hash & (cap - 1);
    while (slots[i]) i = (i + 1) & (cap - 1);
    slots[i] = id + 1;
  }
  dl_mem_free(b->ctx, b->index, b->index_cap * sizeof *b->index);
  b->index = slots;
  b->index_cap = cap;
  return DL_OK;
}

uint32_t build_intern(lex_builder *b, const char *s, size_t n) {
  if (n > UINT16_MAX * 16u) return UINT32_MAX;
  if ((b->strings.len + 1) * 2 > b->index_cap && index_grow(b) != DL_OK) return UINT32_MAX;
  uint32_t hash = blob_hash(s, n), mask = b->index_cap - 1;
  uint32_t i = hash & mask;
  for (; b->index[i]; i = (i + 1) & mask) {
    const build_string *bs = &b->strings.items[b->index[i] - 1];
    if (bs->hash == hash && bs->len == n && memcmp(b->pool.data + bs->off, s, n) == 0) return b->index[i] - 1;
  }
  if (b->pool.len + n + 1 > UINT32_MAX / 2) return UINT32_MAX;
  build_string bs = {(uint32_t)b->pool.len, (uint32_t)n, hash};
  if (dl_buffer_put(&b->pool, s, n) != DL_OK || dl_buffer_putc(&b->pool, '\0') != DL_OK) return UINT32_MAX;
  if (DL_VEC_PUSH(b->ctx, b->strings, bs) != DL_OK || DL_VEC_PUSH(b->ctx, b->key_of, 0) != DL_OK ||
      DL_VEC_PUSH(b->ctx, b->word_pos, 0) != DL_OK)
    return UINT32_MAX;
  b->index[i] = (uint32_t)b->strings.len;
  return (uint32_t)b->strings.len - 1;
}

/* ---------------------------------------------------------------- builder */

lex_builder *lex_builder_new(dl_context *ctx, const dl_lexicon *key_lex) {
  lex_builder *b = dl_mem_calloc(ctx, 1, sizeof *b);
  if (!b) return NULL;
  b->ctx = ctx;
  b->key_lex = key_lex;
  dl_buffer_init(&b->pool, ctx);
  dl_buffer_init(&b->norm, ctx);
  dl_buffer_init(&b->text, ctx);
  dl_buffer_init(&b->msg, ctx);
  if (build_intern(b, "", 0) != 0) {
    lex_builder_free(b);
    return NULL;
  }
  return b;
}

void lex_builder_free(lex_builder *b) {
  if (!b) return;
  dl_context *ctx = b->ctx;
  dl_lexicon_free(b->own_lex);
  dl_buffer_free(&b->pool);
  DL_VEC_FREE(ctx, b->strings);
  dl_mem_free(ctx, b->index, b->index_cap * sizeof *b->index);
  DL_VEC_FREE(ctx, b->key_of);
  DL_VEC_FREE(ctx, b->word_pos);
  DL_VEC_FREE(ctx, b->keys);
  DL_VEC_FREE(ctx, b->links);
  DL_VEC_FREE(ctx, b->entries);
  DL_VEC_FREE(ctx, b->texts);
  DL_VEC_FREE(ctx, b->phrases);
  DL_VEC_FREE(ctx, b->exceptions);
  DL_VEC_FREE(ctx, b->places);
  DL_VEC_FREE(ctx, b->place_keys);
  DL_VEC_FREE(ctx, b->place_links);
  DL_VEC_FREE(ctx, b->place_key_of);
  dl_buffer_free(&b->norm);
  DL_VEC_FREE(ctx, b->tokens);
  dl_buffer_free(&b->text);
  dl_buffer_free(&b->msg);
  dl_mem_free(ctx, b, sizeof *b);
}

/* Appends "path:line: [warning: ]message" to the error buffer. */
static void report(lex_builder *b, size_t line, const char *level, const char *fmt, va_list ap) {
  char text[512];
  vsnprintf(text, sizeof text, fmt, ap);
  dl_buffer_printf(b->errors, "%s:%zu: %s%s\n", b->path ? b->path : "-", line, level, text);
}

void build_error(lex_builder *b, size_t line, const char *fmt, ...) {
  b->stats->errors++;
  if (!b->errors) return;
  va_list ap;
  va_start(ap, fmt);
  report(b, line, "", fmt, ap);
  va_end(ap);
}

void build_warning(lex_builder *b, size_t line, const char *fmt, ...) {
  b->stats->warnings++;
  if (!b->errors) return;
  va_list ap;
  va_start(ap, fmt);
  report(b, line, "warning: ", fmt, ap);
  va_end(ap);
}

/* ---------------------------------------------------------------- WordNet */

/* Reads a whole file into a buffer from the context's allocator. */
static int read_file(dl_context *ctx, const char *path, dl_buffer *out) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    char why[128];
    return dl_error(ctx, DL_EIO, "%s: %s", path, dl_errno_message(errno, why, sizeof why));
  }
  char chunk[65536];
  size_t got;
  int rc = DL_OK;
  while (rc == DL_OK && (got = fread(chunk, 1, sizeof chunk, f)) > 0) rc = dl_buffer_put(out, chunk, got);
  if (rc == DL_OK && ferror(f)) rc = dl_error(ctx, DL_EIO, "%s: read error", path);
  fclose(f);
  if (rc == DL_OK && !out->data) rc = dl_buffer_put(out, "", 0);
  return rc;
}

/* Adds a word with its part of speech. */
static int add_word(lex_builder *b, const char *w, size_t n, unsigned pos) {
  uint32_t id = build_intern(b, w, n);
  if (id == UINT32_MAX) return DL_ENOMEM;
  if (!b->word_pos.items[id]) b->nwords++;
  b->word_pos.items[id] |= (uint8_t)pos;
  return DL_OK;
}

/* Adds an exception form (the first one given for a word and part of speech wins). */
static int add_exception(lex_builder *b, const char *w, size_t n, const char *base, size_t bn, unsigned pos) {
  uint32_t wid = build_intern(b, w, n), bid = build_intern(b, base, bn);
  if (wid == UINT32_MAX || bid == UINT32_MAX) return DL_ENOMEM;
  for (size_t i = b->exceptions.len; i-- > 0 && b->exceptions.items[i].word == wid;)
    if (b->exceptions.items[i].pos == pos) return DL_OK;
  build_exception e = {wid, bid, (uint8_t)pos};
  return DL_VEC_PUSH(b->ctx, b->exceptions, e);
}

/* Opens a lexicon on the lemma tables read so far, to key phrases with. */
static int open_own_lemmas(lex_builder *b) {
  dl_buffer blob;
  dl_buffer_init(&blob, b->ctx);
  int rc = lex_builder_finish(b, &blob);
  if (rc != DL_OK) {
    dl_buffer_free(&blob);
    return rc;
  }
  b->own_lex = lex_open(b->ctx, blob.data, blob.len, blob.data, blob.cap, NULL, 0);
  if (!b->own_lex) return DL_ENOMEM;
  b->key_lex = b->own_lex;
  return DL_OK;
}

int lex_builder_add_wordnet_text(lex_builder *b, unsigned pos, int exceptions, const char *text, size_t len) {
  if (b->entries.len || b->own_lex) return dl_error(b->ctx, DL_EUSAGE, "lemma tables must come first");
  if (pos != POS_NOUN && pos != POS_VERB && pos != POS_ADJ && pos != POS_ADV) return DL_EUSAGE;
  int rc = DL_OK;
  size_t words = 0;
  for (size_t i = 0; rc == DL_OK && i < len;) {
    const char *line = text + i;
    const char *nl = memchr(line, '\n', len - i);
    size_t n = nl ? (size_t)(nl - line) : len - i;
    i += n + 1;
    if (n == 0 || line[0] == ' ') continue; /* the licence at the top of index files */
    size_t w = 0;
    while (w < n && line[w] != ' ') w++;
    if (memchr(line, '_', w) || w >= LEX_MAX_TOKEN_KEY) continue; /* collocations: never one token */
    if (!exceptions) {
      rc = add_word(b, line, w, pos);
      words++;
      continue;
    }
    size_t s = w + 1, e = s;
    while (e < n && line[e] != ' ') e++;
    if (s < e && e - s < LEX_MAX_TOKEN_KEY) {
      rc = add_exception(b, line, w, line + s, e - s, pos);
      words++;
    }
  }
  if (rc == DL_OK) b->has_lemmas = 1;
  return rc;
}

int lex_builder_end_lemmas(lex_builder *b) {
  if (b->own_lex || !b->has_lemmas) return DL_OK;
  return open_own_lemmas(b);
}

int lex_builder_add_wordnet(lex_builder *b, const char *dir) {
  static const struct {
    const char *name; /* file suffix */
    unsigned pos;     /* POS_* */
  } parts[] = {{"noun", POS_NOUN}, {"verb", POS_VERB}, {"adj", POS_ADJ}, {"adv", POS_ADV}};
  dl_buffer text;
  dl_buffer_init(&text, b->ctx);
  char path[4096];
  int rc = DL_OK;
  for (size_t p = 0; rc == DL_OK && p < 2 * sizeof parts / sizeof *parts; p++) {
    int exc = p >= 4;
    snprintf(path, sizeof path, exc ? "%s/%s.exc" : "%s/index.%s", dir, parts[p % 4].name);
    dl_buffer_clear(&text);
    if (read_file(b->ctx, path, &text) != DL_OK) {
      rc = dl_error(b->ctx, DL_EIO, "%s: cannot read WordNet (install wordnet-base)", path);
      break;
    }
    if (!exc && text.len == 0) {
      rc = dl_error(b->ctx, DL_EIO, "%s: empty WordNet index", path);
      break;
    }
    rc = lex_builder_add_wordnet_text(b, parts[p % 4].pos, exc, text.data, text.len);
  }
  dl_buffer_free(&text);
  if (rc == DL_OK) rc = lex_builder_end_lemmas(b);
  return rc;
}

int lex_builder_import_lemmas(lex_builder *b, const dl_lexicon *lex) {
  if (b->entries.len || b->own_lex) return dl_error(b->ctx, DL_EUSAGE, "lemma tables must come first");
  if (!lex || !lex->lemmas) return DL_OK;
  const blob_view *v = lex->lemmas;
  int rc = DL_OK;
  for (uint32_t i = 0; rc == DL_OK && i < v->nwords; i++) {
    const blob_word *w = &v->words[i];
    if (w->key) rc = add_word(b, v->strings + w->key, strlen(v->strings + w->key), w->hash_pos & 0xFFu);
  }
  /* Exceptions in table order: a table holds one base per word and part of speech. */
  for (uint32_t i = 0; rc == DL_OK && i < v->nexceptions; i++) {
    const blob_slot *s = &v->exceptions[i];
    if (s->key_len)
      rc = add_exception(b, v->strings + s->key, s->key_len, v->strings + s->value,
                         strlen(v->strings + s->value), s->tag);
  }
  if (rc == DL_OK) {
    b->has_lemmas = 1;
    b->key_lex = lex;
  }
  return rc;
}

/* ---------------------------------------------------------------- phrases */

/* Normalises and tokenises a phrase into b->norm and b->tokens. */
static int phrase_tokens(lex_builder *b, const char *phrase, size_t len) {
  b->tokens.len = 0;
  int rc = norm_string(&b->norm, phrase, len, NORM_COLLAPSE_SPACE);
  if (rc == DL_OK && !b->norm.data) rc = dl_buffer_put(&b->norm, "", 0);
  if (rc == DL_OK) rc = tokenize(b->ctx, b->norm.data, 0, b->norm.len, &b->tokens);
  return rc;
}

/* The key of token i of b->tokens (OUT key, alt); alt is set for a PETRARCH acronym, and for a short word of ours. */
static int token_keys(lex_builder *b, size_t i, int petrarch, int capitals, char *key, size_t *klen, char *alt,
                      size_t *alen) {
  const dl_token *t = &b->tokens.items[i];
  const char *w = b->norm.data + t->start;
  *klen = lex_token_key(b->key_lex, w, t->len, key, LEX_MAX_TOKEN_KEY);
  *alen = 0;
  if (!*klen) return -1;
  if (petrarch && key[0] == '^') { /* PETRARCH ignores case: "IRAN" is "Iran" as well as "IRAN" */
    *alen = lex_lemma_noun(b->key_lex, w, t->len, alt, LEX_MAX_TOKEN_KEY);
    if (!*alen) return -1;
  } else if (capitals && key[0] != '^' && t->len >= 2 && t->len <= 4) {
    /*
     * A short word in capitals is keyed as an acronym, so a headline's
     * "IRAN", "CUBA" or "FED" is read as the word too: "^iran". (Not a
     * person's name, a people's or a one-word role's, which short acronyms
     * would hit: "DOE", "TWA", "COP".)
     */
    size_t k = 0;
    while (k < t->len && ((w[k] >= 'a' && w[k] <= 'z') || (w[k] >= 'A' && w[k] <= 'Z'))) k++;
    if (k == t->len) {
      alt[0] = '^';
      for (k = 0; k < t->len; k++) alt[k + 1] = (char)(w[k] | 0x20);
      *alen = t->len + 1;
    }
  }
  return 0;
}

const char *build_phrase_check(lex_builder *b, const char *phrase, size_t len, int petrarch) {
  if (phrase_tokens(b, phrase, len) != DL_OK) return "out of memory";
  if (b->tokens.len == 0) return "empty phrase";
  if (b->tokens.len > LEX_MAX_PHRASE_TOKENS) return "phrase has more than 12 words";
  char key[LEX_MAX_TOKEN_KEY], alt[LEX_MAX_TOKEN_KEY];
  for (size_t i = 0; i < b->tokens.len; i++) {
    size_t kl, al;
    if (token_keys(b, i, petrarch, 0, key, &kl, alt, &al)) return "word too long";
  }
  return NULL;
}

int build_add_phrase_text(lex_builder *b, const char *phrase, size_t len) {
  int rc = norm_string(&b->norm, phrase, len, NORM_COLLAPSE_SPACE);
  if (rc != DL_OK) return rc;
  uint32_t id = build_intern(b, b->norm.data ? b->norm.data : "", b->norm.len);
  if (id == UINT32_MAX) return DL_ENOMEM;
  b->stats->phrases++;
  return DL_VEC_PUSH(b->ctx, b->phrases, build_offset(b, id));
}

int build_add_entry(lex_builder *b, const char *code, size_t code_len, int kind, unsigned flags,
                    int32_t from_day, int32_t to_day, size_t line, uint32_t first, uint32_t count,
                    uint32_t *index) {
  if (count > UINT16_MAX || b->entries.len >= UINT32_MAX / 2) return DL_ETOOBIG;
  uint32_t cid = build_intern(b, code, code_len);
  dl_buffer_clear(&b->msg);
  if (dl_buffer_printf(&b->msg, "%s:%zu", b->base_name ? b->base_name : "-", line) != DL_OK) return DL_ENOMEM;
  uint32_t sid = build_intern(b, b->msg.data, b->msg.len);
  if (cid == UINT32_MAX || sid == UINT32_MAX) return DL_ENOMEM;
  blob_entry e;
  memset(&e, 0, sizeof e);
  e.code = build_offset(b, cid);
  e.canonical = count ? b->phrases.items[first] : 0;
  e.source = build_offset(b, sid);
  e.from_day = from_day;
  e.to_day = to_day;
  e.phrases = first;
  e.nphrases = (uint16_t)count;
  e.kind = (uint8_t)kind;
  e.flags = (uint8_t)flags;
  code_parts(code, code_len, e.country, e.roles);
  /* A state a dictionary names outside ISO 3166 ("ARN"): its code is its country. */
  if (kind == LEX_COUNTRY && !e.country[0] && code_len == 3) memcpy(e.country, code, 3);
  *index = (uint32_t)b->entries.len;
  b->stats->entries++;
  return DL_VEC_PUSH(b->ctx, b->entries, e);
}

/* The key for the string b->text[0, n), created with flags, or UINT32_MAX on failure. */
static uint32_t key_for(lex_builder *b, size_t n, unsigned flags) {
  uint32_t sid = build_intern(b, b->text.data, n);
  if (sid == UINT32_MAX) return UINT32_MAX;
  uint32_t k = b->key_of.items[sid];
  if (!k) {
    build_key key = {sid, 0, 0, NO_LINK, NO_LINK};
    if (DL_VEC_PUSH(b->ctx, b->keys, key) != DL_OK) return UINT32_MAX;
    k = (uint32_t)b->keys.len;
    b->key_of.items[sid] = k;
  }
  build_key *key = &b->keys.items[k - 1];
  if ((flags & KEY_PHRASE) && !(key->flags & KEY_PHRASE)) b->nkeys_phrase++;
  key->flags |= (uint8_t)flags;
  return k - 1;
}

/* Links an entry to a key unless it is linked already; 1 when the key is full. */
static int link_entry(lex_builder *b, uint32_t k, uint32_t entry) {
  for (uint32_t l = b->keys.items[k].first; l != NO_LINK; l = b->links.items[l].next)
    if (b->links.items[l].entry == entry) return DL_OK;
  if (b->keys.items[k].count >= LEX_MAX_HITS) return 1;
  build_link link = {entry, NO_LINK};
  if (DL_VEC_PUSH(b->ctx, b->links, link) != DL_OK) return DL_ENOMEM;
  uint32_t id = (uint32_t)b->links.len - 1;
  build_key *key = &b->keys.items[k];
  if (key->last == NO_LINK) key->first = id;
  else b->links.items[key->last].next = id;
  key->last = id;
  key->count++;
  return DL_OK;
}

int build_link_phrase(lex_builder *b, const char *phrase, size_t len, int petrarch, uint32_t entry,
                      size_t line) {
  if (phrase_tokens(b, phrase, len) != DL_OK) return DL_ENOMEM;
  size_t n = b->tokens.len;
  if (n == 0 || n > LEX_MAX_PHRASE_TOKENS) return DL_OK; /* rejected by build_phrase_check */
  char keys[LEX_MAX_PHRASE_TOKENS][LEX_MAX_TOKEN_KEY], alts[LEX_MAX_PHRASE_TOKENS][LEX_MAX_TOKEN_KEY];
  size_t klen[LEX_MAX_PHRASE_TOKENS], alen[LEX_MAX_PHRASE_TOKENS];
  size_t nalt = 0;
  uint8_t kind = b->entries.items[entry].kind;
  /* (A role's phrase of two words or more may: "CAR MAKERS", "AIR FORCE" are no Central African Republic nor force.) */
  int capitals = !petrarch && kind != LEX_PERSON && kind != LEX_DEMONYM && (kind != LEX_ROLE || n > 1);
  for (size_t i = 0; i < n; i++) {
    if (token_keys(b, i, petrarch, capitals, keys[i], &klen[i], alts[i], &alen[i])) return DL_OK;
    nalt += alen[i] != 0;
  }
  /*
   * PETRARCH phrases are in capitals, so each short word is stored both as an
   * acronym and as a word: every combination for up to three such words,
   * else all acronyms and all words.
   */
  /* (Ours are in mixed case: as written, or all in capitals, as a headline's words are.) */
  unsigned variants = !petrarch ? (nalt ? 2u : 1u) : nalt <= 3 ? 1u << nalt : 2u;
  for (unsigned v = 0; v < variants; v++) {
    dl_buffer_clear(&b->text);
    size_t a = 0;
    for (size_t i = 0; i < n; i++) {
      int use_alt = 0;
      if (alen[i]) {
        use_alt = petrarch && nalt <= 3 ? (int)((v >> a) & 1u) : (int)v;
        a++;
      }
      if (i && dl_buffer_putc(&b->text, ' ') != DL_OK) return DL_ENOMEM;
      int rc = use_alt ? dl_buffer_put(&b->text, alts[i], alen[i]) : dl_buffer_put(&b->text, keys[i], klen[i]);
      if (rc != DL_OK) return rc;
      uint32_t k = key_for(b, b->text.len, i + 1 < n ? KEY_PREFIX : KEY_PHRASE);
      if (k == UINT32_MAX) return DL_ENOMEM;
      if (i + 1 < n) continue;
      rc = link_entry(b, k, entry);
      if (rc == 1) {
        const char *code = b->pool.data + b->entries.items[entry].code;
        if (petrarch)
          build_warning(b, line, "phrase '%s' already has %d entries; %s is not added to it", b->text.data,
                        LEX_MAX_HITS, code);
        else
          build_error(b, line, "phrase '%s' already has %d entries; %s is not added to it", b->text.data,
                      LEX_MAX_HITS, code);
        return 1;
      }
      if (rc != DL_OK) return rc;
    }
  }
  return DL_OK;
}

/* ----------------------------------------------------------------- files */

const char *lex_format_name(lex_format f) {
  switch (f) {
    case LEX_FORMAT_NATIVE: return "native";
    case LEX_FORMAT_ACTORS: return "petrarch-actors";
    case LEX_FORMAT_AGENTS: return "petrarch-agents";
    case LEX_FORMAT_DISCARDS: return "petrarch-discards";
    case LEX_FORMAT_VERBS: return "verbs";
    case LEX_FORMAT_PETRARCH_VERBS: return "petrarch-verbs";
    case LEX_FORMAT_CODES: return "cameo-codes";
    case LEX_FORMAT_PLACES: return "places";
    default: return "auto";
  }
}

int lex_builder_add_text(lex_builder *b, const char *path, const char *text, size_t len, lex_format format,
                         dl_buffer *errors, dl_dictionary_stats *stats) {
  dl_dictionary_stats local;
  if (!stats) stats = &local;
  memset(stats, 0, sizeof *stats);
  if (format == LEX_FORMAT_AUTO) format = lex_detect_format(path, text, len);
  stats->format = lex_format_name(format);
  b->path = path;
  const char *slash = path ? strrchr(path, '/') : NULL;
  b->base_name = slash ? slash + 1 : path;
  b->errors = errors;
  b->stats = stats;
  int rc = format == LEX_FORMAT_NATIVE ? build_read_native(b, text, len)
           : format == LEX_FORMAT_PLACES ? build_read_places(b, text, len)
           : format == LEX_FORMAT_VERBS || format == LEX_FORMAT_PETRARCH_VERBS || format == LEX_FORMAT_CODES
               ? build_read_text(b, text, len, format)
               : build_read_petrarch(b, text, len, format);
  b->path = b->base_name = NULL;
  b->errors = NULL;
  b->stats = NULL;
  if (rc != DL_OK) return rc;
  return stats->errors ? DL_EBADRECORD : DL_OK;
}

int lex_builder_add_file(lex_builder *b, const char *path, lex_format format, dl_buffer *errors,
                         dl_dictionary_stats *stats) {
  dl_buffer text;
  dl_buffer_init(&text, b->ctx);
  int rc = read_file(b->ctx, path, &text);
  if (rc == DL_OK) rc = lex_builder_add_text(b, path, text.data, text.len, format, errors, stats);
  else if (errors) dl_buffer_printf(errors, "%s\n", dl_context_errmsg(b->ctx));
  dl_buffer_free(&text);
  return rc;
}

/* ---------------------------------------------------------- serialisation */

/* The smallest power of two at least n and at least 8. */
static uint32_t table_size(size_t n) {
  uint32_t s = 8;
  while (s < n && s < (1u << 30)) s *= 2;
  return s;
}

/* Pads the blob with zeros to the next multiple of BLOB_ALIGN. */
static int pad(dl_buffer *out, size_t start) {
  static const char zeros[BLOB_ALIGN] = {0};
  size_t used = (out->len - start) % BLOB_ALIGN;
  return used ? dl_buffer_put(out, zeros, BLOB_ALIGN - used) : DL_OK;
}

/* Appends one section and records it in the table (patched into the header later). */
static int put_section(dl_buffer *out, size_t start, blob_section *table, uint32_t *n, uint32_t id,
                       const void *data, size_t size, uint32_t count) {
  int rc = pad(out, start);
  if (rc != DL_OK) return rc;
  if (out->len - start + size > UINT32_MAX / 2) return DL_ETOOBIG;
  blob_section *s = &table[(*n)++];
  s->id = id;
  s->offset = (uint32_t)(out->len - start);
  s->size = (uint32_t)size;
  s->count = count;
  return size ? dl_buffer_put(out, data, size) : DL_OK;
}

int lex_builder_finish(lex_builder *b, dl_buffer *out) {
  dl_context *ctx = b->ctx;
  int rc = DL_OK;
  /* Key table and entry lists. */
  uint32_t nkeys = b->keys.len ? table_size(b->keys.len * 2) : 0;
  blob_slot *keys = nkeys ? dl_mem_calloc(ctx, nkeys, sizeof *keys) : NULL;
  size_t nlists = b->links.len;
  uint32_t *lists = dl_mem_alloc(ctx, (nlists ? nlists : 1) * sizeof *lists);
  uint32_t nwords = b->nwords ? table_size(b->nwords + b->nwords / 2 + 1) : 0;
  blob_word *words = nwords ? dl_mem_calloc(ctx, nwords, sizeof *words) : NULL;
  uint32_t nexc = b->exceptions.len ? table_size(b->exceptions.len * 2) : 0;
  blob_slot *exc = nexc ? dl_mem_calloc(ctx, nexc, sizeof *exc) : NULL;
  if ((nkeys && !keys) || !lists || (nwords && !words) || (nexc && !exc)) rc = DL_ENOMEM;
  size_t li = 0;
  for (size_t k = 0; rc == DL_OK && keys && k < b->keys.len; k++) {
    const build_key *key = &b->keys.items[k];
    const build_string *s = &b->strings.items[key->string];
    if (s->len > UINT16_MAX) {
      rc = DL_ETOOBIG;
      break;
    }
    uint32_t i = s->hash & (nkeys - 1);
    while (keys[i].key_len) i = (i + 1) & (nkeys - 1);
    blob_slot *slot = &keys[i];
    slot->hash = s->hash;
    slot->key = s->off;
    slot->key_len = (uint16_t)s->len;
    slot->tag = key->flags;
    slot->value = (uint32_t)li;
    for (uint32_t l = key->first; l != NO_LINK; l = b->links.items[l].next) lists[li++] = b->links.items[l].entry;
    slot->count = (uint8_t)(li - slot->value);
    if (!(key->flags & KEY_PHRASE)) slot->value = 0;
  }
  for (uint32_t id = 0; rc == DL_OK && words && id < b->strings.len; id++) {
    if (!b->word_pos.items[id]) continue;
    const build_string *s = &b->strings.items[id];
    uint32_t i = s->hash & (nwords - 1);
    while (words[i].key) i = (i + 1) & (nwords - 1);
    words[i].key = s->off;
    words[i].hash_pos = (s->hash & ~0xFFu) | b->word_pos.items[id];
  }
  for (size_t e = 0; rc == DL_OK && exc && e < b->exceptions.len; e++) {
    const build_exception *x = &b->exceptions.items[e];
    const build_string *s = &b->strings.items[x->word];
    uint32_t i = s->hash & (nexc - 1);
    while (exc[i].key_len) i = (i + 1) & (nexc - 1);
    exc[i].hash = s->hash;
    exc[i].key = s->off;
    exc[i].key_len = (uint16_t)s->len;
    exc[i].tag = x->pos;
    exc[i].value = b->strings.items[x->base].off;
  }
  /* The key filter of these phrases, keyed as they were: stored, it costs nothing to open. */
  lex_filter filter;
  memset(&filter, 0, sizeof filter);
  if (rc == DL_OK) {
    blob_view kv;
    memset(&kv, 0, sizeof kv);
    kv.strings = b->pool.data;
    kv.strings_size = (uint32_t)b->pool.len;
    kv.keys = keys;
    kv.nkeys = nkeys;
    const blob_view *views = &kv;
    rc = lex_filter_build(ctx, &views, 1, b->key_lex, &filter);
  }
  /* The gazetteer's name table and place lists, when it has places. */
  blob_slot *place_keys = NULL;
  uint32_t *place_lists = NULL;
  uint32_t nplace_keys = 0, nplace_lists = 0;
  if (rc == DL_OK) rc = build_place_tables(b, &place_keys, &nplace_keys, &place_lists, &nplace_lists);
  blob_filter filter_head = {(uint32_t)filter.nwords, (uint32_t)filter.npairs, (uint32_t)filter.nslots, 0};
  size_t filter_words = filter.nwords + filter.npairs + filter.nslots;
  if (rc == DL_OK && filter.data && filter_words > (UINT32_MAX - sizeof filter_head) / sizeof(uint64_t))
    rc = DL_ETOOBIG;
  /* Header, section table, sections. */
  size_t start;
  blob_section table[BLOB_LAST_SECTION];
  uint32_t nsec = 0;
  blob_header h;
  memset(&h, 0, sizeof h);
  memcpy(h.magic, BLOB_MAGIC, 8);
  h.version = BLOB_VERSION;
  h.byte_order = BLOB_BYTE_ORDER;
  uint32_t want = 5u + (nwords ? 1u : 0u) + (nexc ? 1u : 0u) + (filter.data ? 1u : 0u) + (b->texts.len ? 1u : 0u) +
                  (b->places.len ? 3u : 0u);
  h.nsections = want;
  memset(table, 0, sizeof table);
  if (rc == DL_OK) rc = pad(out, 0); /* a blob in a buffer starts aligned */
  start = out->len;
  if (rc == DL_OK) rc = dl_buffer_put(out, (const char *)&h, sizeof h);
  if (rc == DL_OK) rc = dl_buffer_put(out, (const char *)table, want * sizeof *table);
  if (rc == DL_OK)
    rc = put_section(out, start, table, &nsec, SEC_STRINGS, b->pool.data, b->pool.len, (uint32_t)b->strings.len);
  if (rc == DL_OK)
    rc = put_section(out, start, table, &nsec, SEC_ENTRIES, b->entries.items, b->entries.len * sizeof(blob_entry),
                     (uint32_t)b->entries.len);
  if (rc == DL_OK)
    rc = put_section(out, start, table, &nsec, SEC_PHRASES, b->phrases.items, b->phrases.len * sizeof(uint32_t),
                     (uint32_t)b->phrases.len);
  if (rc == DL_OK)
    rc = put_section(out, start, table, &nsec, SEC_KEYS, keys, (size_t)nkeys * sizeof *keys, nkeys);
  if (rc == DL_OK) rc = put_section(out, start, table, &nsec, SEC_LISTS, lists, li * sizeof *lists, (uint32_t)li);
  if (rc == DL_OK && nwords)
    rc = put_section(out, start, table, &nsec, SEC_WORDS, words, (size_t)nwords * sizeof *words, nwords);
  if (rc == DL_OK && nexc)
    rc = put_section(out, start, table, &nsec, SEC_EXCEPTIONS, exc, (size_t)nexc * sizeof *exc, nexc);
  if (rc == DL_OK && b->texts.len)
    rc = put_section(out, start, table, &nsec, SEC_TEXTS, b->texts.items, b->texts.len * sizeof(blob_text),
                     (uint32_t)b->texts.len);
  if (rc == DL_OK && b->places.len) {
    rc = put_section(out, start, table, &nsec, SEC_PLACES, b->places.items, b->places.len * sizeof(blob_place),
                     (uint32_t)b->places.len);
    if (rc == DL_OK)
      rc = put_section(out, start, table, &nsec, SEC_PLACE_KEYS, place_keys, (size_t)nplace_keys * sizeof *place_keys,
                       nplace_keys);
    if (rc == DL_OK)
      rc = put_section(out, start, table, &nsec, SEC_PLACE_LISTS, place_lists,
                       (size_t)nplace_lists * sizeof *place_lists, nplace_lists);
  }
  if (rc == DL_OK && filter.data) {
    rc = put_section(out, start, table, &nsec, SEC_FILTER, &filter_head, sizeof filter_head,
                     (uint32_t)filter_words);
    table[nsec - 1].size = (uint32_t)(sizeof filter_head + filter_words * sizeof(uint64_t));
    if (rc == DL_OK) rc = dl_buffer_put(out, (const char *)filter.data, filter_words * sizeof(uint64_t));
  }
  if (rc == DL_OK) rc = pad(out, start);
  if (rc == DL_OK && out->len - start > UINT32_MAX / 2) rc = DL_ETOOBIG;
  if (rc == DL_OK) {
    h.size = (uint32_t)(out->len - start);
    memcpy(out->data + start, &h, sizeof h);
    memcpy(out->data + start + sizeof h, table, want * sizeof *table);
  } else {
    out->len = start;
  }
  dl_mem_free(ctx, keys, (size_t)nkeys * sizeof *keys);
  dl_mem_free(ctx, lists, (nlists ? nlists : 1) * sizeof *lists);
  dl_mem_free(ctx, words, (size_t)nwords * sizeof *words);
  dl_mem_free(ctx, exc, (size_t)nexc * sizeof *exc);
  dl_mem_free(ctx, place_keys, (size_t)nplace_keys * sizeof *place_keys);
  dl_mem_free(ctx, place_lists, (size_t)nplace_lists * sizeof *place_lists);
  lex_filter_free(ctx, &filter);
  return rc;
}
