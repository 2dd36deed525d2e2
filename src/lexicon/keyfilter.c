/* keyfilter.c: the key filter (which tokens a phrase may use, from their forms) and a sentence's keys for matching. */
#include <stdlib.h>
#include <string.h>

#include "core/buffer.h"
#include "lexicon/store.h"

/* ------------------------------------------------------------------ hash */

/* Bytes of 8 at a time: each byte 1, and each byte's high bit. */
#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u

/*
 * The 8 bytes of w with bit 5 set, which folds ASCII capitals onto small
 * letters (and a few other pairs, such as "@" and "`", which only makes the
 * filter say yes a little more often). A word and its lower-case form fold
 * alike.
 */
static inline uint64_t fold8(uint64_t w) { return w | (' ' * ONES); }

/* Nonzero when one of the 8 bytes of w is not ASCII or is a space (a zero byte test, after S. E. Anderson, "Bit Twiddling Hacks"). */
static inline uint64_t odd8(uint64_t w) {
  uint64_t space = w ^ (' ' * ONES);
  return (w & HIGHS) | ((space - ONES) & ~space & HIGHS);
}

/* The bytes at p as a number, in the host's order. */
static inline uint64_t load64(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
}

/* Up to 8 bytes s[0, n), 0 < n <= 8, as load64 reads them with the bytes after them 0; reads nothing outside them. */
static inline uint64_t gather8(const char *s, size_t n) {
  uint64_t w = 0;
  memcpy(&w, s, n);
  return w;
}

/* The first n bytes, 0 < n <= 8, of 8 bytes at s that may all be read: as gather8, without a call. */
static inline uint64_t first8(const char *s, size_t n) {
  static const unsigned char keep[16] = {255, 255, 255, 255, 255, 255, 255, 255};
  uint64_t mask;
  memcpy(&mask, keep + 8 - n, 8);
  return load64(s) & mask;
}

/* The hash's last step, on the running value and the last 8 bytes (lower-cased). */
static inline uint64_t hash_final(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xff51afd7ed558ccdu;
  h ^= h >> 32;
  h *= 0xc4ceb9fe1a85ec53u;
  return h ^ (h >> 29);
}

/* The running value a hash of n bytes starts from. */
static inline uint64_t hash_start(size_t n) { return (uint64_t)n * 0x9e3779b97f4a7c15u; }

/*
 * The filter's hash of s[0, n) folded (fold8), so a word hashes as its
 * lower-case form does; 8 bytes at a time, never reading outside s[0, n).
 * Sets *odd (OUT) nonzero when a byte is not ASCII or is a space: the hash
 * is then not that of the word's lower-case form.
 */
static uint64_t filter_hash(const char *s, size_t n, uint64_t *odd) {
  uint64_t h = hash_start(n), w = 0;
  *odd = 0;
  if (n > 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      w = load64(s + i);
      *odd |= odd8(w);
      h = (h ^ fold8(w)) * 0xc2b2ae3d27d4eb4fu;
    }
    w = load64(s + n - 8);
  } else if (n > 0) {
    w = gather8(s, n);
  }
  *odd |= odd8(w);
  return hash_final(h, fold8(w));
}

/* A 64-bit finaliser (murmur3's fmix64). */
static inline uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdu;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53u;
  h ^= h >> 33;
  return h;
}

/* The hash of a pair of words from theirs; the order counts. */
static inline uint64_t pair_hash(uint64_t left, uint64_t right) { return mix64(left * 0x9e3779b97f4a7c15u + right); }

/* --------------------------------------------------------------- filters */

/* What the filter says of a word (bits). */
enum {
  MAY_OCCUR = 1, /* some key has it */
  MAY_START = 2, /* some key starts with it */
  MAY_ALONE = 4, /* it may be a one-word phrase */
  WILD = 8       /* a word the filter cannot judge: take it as anything */
};

/*
 * Where a hash h goes: the two bits of 64 it sets in a Bloom filter's word
 * (bits 4 to 15 of h, above those the marks table replaces), that word
 * (from bit 16), and its first slot in the marks table (from bit 40).
 */
static inline uint64_t bloom_bits(uint64_t h) { return (1ull << ((h >> 4) & 63)) | (1ull << ((h >> 10) & 63)); }
static inline size_t bloom_word(uint64_t h, size_t nwords) { return (size_t)(h >> 16) & (nwords - 1); }
static inline size_t table_slot(uint64_t h, size_t nslots) { return (size_t)(h >> 40) & (nslots - 1); }

/* A word's entry in the marks table: its hash with the low bits for the marks, and bit 3 set, so 0 is empty. */
static inline uint64_t marks_key(uint64_t h) { return (h & ~(uint64_t)15) | 8; }

/* The filter's verdict on a word hashed as h: MAY_* bits. */
static inline unsigned word_marks(const lex_filter *f, uint64_t h) {
  uint64_t m = bloom_bits(h);
  if ((f->words[bloom_word(h, f->nwords)] & m) != m) return 0;
  const uint64_t *slots = f->words + f->nwords + f->npairs, key = marks_key(h);
  for (size_t i = table_slot(h, f->nslots);; i = (i + 1) & (f->nslots - 1)) {
    if (!slots[i]) return 0;
    if ((slots[i] ^ key) < 8) return (unsigned)(slots[i] & 7);
  }
}

/* Nonzero when the pair filter may hold the pair hashed as h. */
static inline int pair_may_occur(const lex_filter *f, uint64_t h) {
  uint64_t m = bloom_bits(h);
  return (f->words[f->nwords + bloom_word(h, f->npairs)] & m) == m;
}

int lex_filter_may_start(const lex_filter *f, const char *key, size_t n) {
  if (!f->words) return 1;
  uint64_t odd, h = filter_hash(key, n, &odd);
  /* A key with a space spans words of stored keys. */
  if (odd && memchr(key, ' ', n)) return 1;
  return (word_marks(f, h) & MAY_START) != 0;
}

/* ------------------------------------------------------------- building */

/* A noun exception by the hash of its base, for finding the exception forms of a key word. */
typedef struct base_form {
  uint64_t hash;  /* filter_hash of the base */
  uint32_t slot;  /* its slot in the exception table */
} base_form;

/* Orders base_form records by hash. */
static int base_form_cmp(const void *a, const void *b) {
  uint64_t x = ((const base_form *)a)->hash, y = ((const base_form *)b)->hash;
  return x < y ? -1 : x > y;
}

/* The most forms of one key word the filter takes; a word with more leaves the lexicon without a filter. */
#define FILTER_MAX_FORMS 32

/*
 * What building a filter keeps: the noun exceptions by base, the words
 * with their marks in a table that grows (as the final marks table, by
 * marks_key), and the pairs' hashes.
 */
typedef struct filter_builder {
  dl_context *ctx;        /* the allocator */
  const blob_view *lemmas;/* WordNet's tables, or NULL */
  base_form *bases;       /* noun exceptions sorted by base hash */
  size_t nbases;          /* their number */
  uint64_t *members;      /* marks_key | marks of each form seen, open addressing; 0 is empty */
  size_t nmembers;        /* forms in it */
  size_t cap;             /* its slots: 0 or a power of two */
  DL_VEC(uint64_t) pairs; /* pair_hash of each pair of forms, with repeats */
} filter_builder;

/*
 * The hashes of the forms of key word k[0, n) (OUT hashes); returns how many,
 * or FILTER_MAX_FORMS + 1 when there are too many.
 */
static size_t word_forms(const filter_builder *b, const char *k, size_t n, uint64_t *hashes) {
  char forms[LEX_MAX_NOUN_FORMS][LEX_MAX_TOKEN_KEY];
  size_t lens[LEX_MAX_NOUN_FORMS], count = 0;
  uint64_t odd, h = filter_hash(k, n, &odd);
  hashes[count++] = h;
  size_t nforms = lex_noun_forms(k, n, forms, lens);
  for (size_t i = 0; i < nforms; i++) hashes[count++] = filter_hash(forms[i], lens[i], &odd);
  /* The exceptions whose base is k: the first record with its hash, then the run. */
  size_t lo = 0, hi = b->nbases;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (b->bases[mid].hash < h) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < b->nbases && b->bases[lo].hash == h; lo++) {
    const blob_slot *s = &b->lemmas->exceptions[b->bases[lo].slot];
    const char *base = b->lemmas->strings + s->value;
    if (strncmp(base, k, n) != 0 || base[n] != '\0') continue;
    if (count == FILTER_MAX_FORMS) return FILTER_MAX_FORMS + 1;
    hashes[count++] = filter_hash(b->lemmas->strings + s->key, s->key_len, &odd);
  }
  return count;
}

/* Adds entry (marks_key | marks) to an open-addressing table of cap slots, or its marks to the entry there; 1 when new. */
static int table_add(uint64_t *slots, size_t cap, uint64_t entry) {
  for (size_t i = table_slot(entry, cap);; i = (i + 1) & (cap - 1)) {
    if (!slots[i]) {
      slots[i] = entry;
      return 1;
    }
    if ((slots[i] ^ entry) < 8) {
      slots[i] |= entry & 7;
      return 0;
    }
  }
}

/* Adds a form hashed as h with its marks, growing the table to stay at most half full. */
static int add_member(filter_builder *b, uint64_t h, unsigned marks) {
  if (2 * (b->nmembers + 1) > b->cap) {
    size_t cap = b->cap ? 2 * b->cap : 1024;
    uint64_t *slots = dl_mem_calloc(b->ctx, cap, sizeof *slots);
    if (!slots) return DL_ENOMEM;
    for (size_t i = 0; i < b->cap; i++)
      if (b->members[i]) table_add(slots, cap, b->members[i]);
    dl_mem_free(b->ctx, b->members, b->cap * sizeof *b->members);
    b->members = slots;
    b->cap = cap;
  }
  b->nmembers += (size_t)table_add(b->members, b->cap, marks_key(h) | marks);
  return DL_OK;
}

/*
 * Adds each stored key of a layer: the forms of each word with their marks
 * (every word may occur, the first may start, a one-word phrase may stand
 * alone) and each pair of forms of two words in a row. Returns DL_OK,
 * DL_ENOMEM, or DL_ETOOBIG when a word has too many forms.
 */
static int add_layer(filter_builder *b, const blob_view *v) {
  uint64_t forms[FILTER_MAX_FORMS + 1], prev[FILTER_MAX_FORMS + 1];
  for (uint32_t i = 0; i < v->nkeys; i++) {
    const blob_slot *s = &v->keys[i];
    const char *k = v->strings + s->key;
    size_t nprev = 0;
    for (size_t at = 0, end; at < s->key_len; at = end + 1) {
      end = at;
      while (end < s->key_len && k[end] != ' ') end++;
      size_t nforms = word_forms(b, k + at, end - at, forms);
      if (nforms > FILTER_MAX_FORMS) return DL_ETOOBIG;
      unsigned marks = MAY_OCCUR | (at == 0 ? MAY_START : 0) |
                       (at == 0 && end == s->key_len && (s->tag & KEY_PHRASE) ? MAY_ALONE : 0);
      for (size_t f = 0; f < nforms; f++)
        if (add_member(b, forms[f], marks) != DL_OK) return DL_ENOMEM;
      for (size_t p = 0; p < nprev; p++)
        for (size_t f = 0; f < nforms; f++)
          if (DL_VEC_PUSH(b->ctx, b->pairs, pair_hash(prev[p], forms[f])) != DL_OK) return DL_ENOMEM;
      memcpy(prev, forms, nforms * sizeof *forms);
      nprev = nforms;
    }
  }
  return DL_OK;
}

/* The smallest power of two of at least n and at least 8. */
static size_t pow2_at_least(size_t n) {
  size_t w = 8;
  while (w < n && w < ((size_t)1 << 40)) w *= 2;
  return w;
}

/* Fills *filter from the builder's members and pairs: 16 bits a member in the Bloom filters, the marks table half full. */
static int filter_fill(const filter_builder *b, lex_filter *filter) {
  filter->nwords = pow2_at_least(b->nmembers / 4);
  filter->npairs = pow2_at_least(b->pairs.len / 4);
  filter->nslots = pow2_at_least(2 * b->nmembers);
  size_t total = filter->nwords + filter->npairs + filter->nslots;
  filter->words = dl_mem_calloc(b->ctx, total, sizeof *filter->words);
  if (!filter->words) {
    memset(filter, 0, sizeof *filter);
    return DL_ENOMEM;
  }
  uint64_t *slots = filter->words + filter->nwords + filter->npairs;
  for (size_t i = 0; i < b->cap; i++) {
    uint64_t e = b->members[i];
    if (!e) continue;
    filter->words[bloom_word(e, filter->nwords)] |= bloom_bits(e);
    table_add(slots, filter->nslots, e);
  }
  for (size_t i = 0; i < b->pairs.len; i++) {
    uint64_t h = b->pairs.items[i];
    filter->words[filter->nwords + bloom_word(h, filter->npairs)] |= bloom_bits(h);
  }
  return DL_OK;
}

int lex_filter_build(const dl_lexicon *lex, size_t nlayers, lex_filter *filter) {
  memset(filter, 0, sizeof *filter);
  filter_builder b;
  memset(&b, 0, sizeof b);
  b.ctx = lex->ctx;
  b.lemmas = lex->lemmas;
  const blob_view *v = lex->lemmas;
  size_t nexc = 0;
  for (uint32_t i = 0; v && i < v->nexceptions; i++) {
    const blob_slot *s = &v->exceptions[i];
    if (!s->key_len || s->tag != POS_NOUN) continue;
    /* A base with a space would be a key of two words: no filter then. */
    if (strchr(v->strings + s->value, ' ')) return DL_OK;
    nexc++;
  }
  int rc = DL_OK;
  if (nexc) {
    b.bases = dl_mem_alloc(b.ctx, nexc * sizeof *b.bases);
    if (!b.bases) return DL_ENOMEM;
    for (uint32_t i = 0; i < v->nexceptions; i++) {
      const blob_slot *s = &v->exceptions[i];
      if (!s->key_len || s->tag != POS_NOUN) continue;
      const char *base = v->strings + s->value;
      uint64_t odd;
      b.bases[b.nbases].hash = filter_hash(base, strlen(base), &odd);
      b.bases[b.nbases++].slot = i;
    }
    qsort(b.bases, b.nbases, sizeof *b.bases, base_form_cmp);
  }
  for (size_t l = 0; rc == DL_OK && l < nlayers; l++) rc = add_layer(&b, &lex->layers[l].view);
  if (rc == DL_OK) rc = filter_fill(&b, filter);
  /* A word with very many forms: no filter, and every token is keyed. */
  if (rc == DL_ETOOBIG) rc = DL_OK;
  dl_mem_free(b.ctx, b.bases, nexc * sizeof *b.bases);
  dl_mem_free(b.ctx, b.members, b.cap * sizeof *b.members);
  DL_VEC_FREE(b.ctx, b.pairs);
  return rc;
}

void lex_filter_free(dl_context *ctx, lex_filter *filter) {
  dl_mem_free(ctx, filter->words, (filter->nwords + filter->npairs + filter->nslots) * sizeof *filter->words);
  memset(filter, 0, sizeof *filter);
}

/* ------------------------------------------------------------ sentence keys */

/*
 * Looks a token up in the word filter the long way: words with bytes that
 * are not ASCII, acronyms (keyed "^un"), overlong words and verbatim tokens.
 * Sets *hash (OUT); returns the MAY_* marks, with WILD for a token whose key
 * may hold a space (no tokeniser makes one), which may be anything.
 */
static unsigned probe_slow(const dl_lexicon *lex, const char *word, size_t len, int verbatim, size_t max_key,
                           uint64_t *hash) {
  uint64_t odd;
  *hash = 0;
  if (verbatim) {
    size_t n = len < max_key ? len : max_key;
    *hash = filter_hash(word, n, &odd);
    if (odd && memchr(word, ' ', n)) return WILD | MAY_OCCUR | MAY_START | MAY_ALONE;
  } else if (len >= LEX_MAX_TOKEN_KEY) {
    return WILD | MAY_OCCUR | MAY_START | MAY_ALONE;
  } else if (lex_is_acronym(word, len)) {
    char key[8] = {'^'};
    for (size_t i = 0; i < len; i++) key[i + 1] = (char)(word[i] + 32);
    *hash = filter_hash(key, len + 1, &odd);
  } else {
    *hash = filter_hash(word, len, &odd);
    if (odd) {
      /* Not plain ASCII: the hash of what lex_lower makes of it. */
      char low[LEX_MAX_TOKEN_KEY];
      size_t n = lex_lower(word, len, low, sizeof low);
      if (n == 0) return 0; /* too long: its key is "" */
      if (memchr(low, ' ', n)) return WILD | MAY_OCCUR | MAY_START | MAY_ALONE;
      *hash = filter_hash(low, n, &odd);
    }
  }
  return word_marks(&lex->filter, *hash);
}

/* Appends token t's key to keys; sets *start and *len (OUT). */
static int put_key(const dl_lexicon *lex, const char *text, const dl_token *t, int verbatim, size_t max_key,
                   dl_buffer *keys, uint32_t *start, size_t *len) {
  *start = (uint32_t)keys->len;
  const char *word = text + t->start;
  if (verbatim) {
    *len = t->len < max_key ? t->len : max_key;
    return dl_buffer_put(keys, word, *len);
  }
  char key[LEX_MAX_TOKEN_KEY];
  *len = lex_token_key(lex, word, t->len, key, max_key < sizeof key ? max_key : sizeof key);
  return dl_buffer_put(keys, key, *len);
}

/* Decides token j - 1 and writes its key, or an empty one; see lex_phrase_keys. */
typedef struct key_state {
  uint64_t hash;     /* token j - 1's probe */
  unsigned marks;    /* its MAY_* marks */
  int continues;     /* it may follow a token with a key */
} key_state;

/* Decides token j - 1, once token j is probed as hash and marks (0 past the end). */
static int decide(const dl_lexicon *lex, const char *text, const dl_token *t, unsigned verbatim_kinds, size_t max_key,
                  key_state *prev, uint64_t hash, unsigned marks, dl_buffer *keys, uint32_t *start, size_t *len) {
  int needed = (prev->marks & MAY_ALONE) || prev->continues;
  int follows = 0;
  if ((needed || (prev->marks & MAY_START)) && (marks & MAY_OCCUR))
    follows = ((prev->marks | marks) & WILD) || pair_may_occur(&lex->filter, pair_hash(prev->hash, hash));
  needed = needed || ((prev->marks & MAY_START) && follows);
  *start = (uint32_t)keys->len;
  *len = 0;
  if (needed) {
    int verbatim = ((verbatim_kinds >> t->kind) & 1u) || t->len >= max_key;
    if (put_key(lex, text, t, verbatim, max_key, keys, start, len) != DL_OK) return DL_ENOMEM;
  }
  prev->continues = needed && *len && follows;
  return DL_OK;
}

/*
 * Token j needs its key when it may be a one-word phrase, when it may start
 * a phrase and token j + 1 may follow it there, or when token j - 1 has a
 * key and token j may follow it. Any phrase the full keys match is then
 * keyed in full: its first word starts a key and is followed by its second
 * (or is a phrase alone), and each later word follows a word with a key.
 * So each token is decided once the next one is probed. Most tokens are
 * plain ASCII words of up to 8 bytes that the filter does not hold, after a
 * token without a key: those take a few instructions inline.
 */
int lex_phrase_keys(const dl_lexicon *lex, const char *text, size_t text_len, const dl_token *tokens, size_t n,
                    unsigned verbatim_kinds, size_t max_key, dl_buffer *keys, uint32_t *starts, size_t *lens) {
  if (dl_buffer_put(keys, "", 0) != DL_OK) return DL_ENOMEM;
  const lex_filter *f = lex ? &lex->filter : NULL;
  if (!f || !f->words) {
    for (size_t j = 0; j < n; j++) {
      const dl_token *t = &tokens[j];
      int verbatim = ((verbatim_kinds >> t->kind) & 1u) || t->len >= max_key;
      if (put_key(lex, text, t, verbatim, max_key, keys, &starts[j], &lens[j]) != DL_OK) return DL_ENOMEM;
    }
    return DL_OK;
  }
  key_state prev = {0, 0, 0};
  for (size_t j = 0; j < n; j++) {
    const dl_token *t = &tokens[j];
    const char *word = text + t->start;
    int verbatim = ((verbatim_kinds >> t->kind) & 1u) || t->len >= max_key;
    size_t len = verbatim && t->len > max_key ? max_key : t->len;
    uint64_t hash = 0;
    unsigned marks = 0;
    if (len - 1 < 16 && (size_t)t->start + 16 <= text_len) {
      /* Up to 16 bytes, as filter_hash reads them, in two loads at most. */
      uint64_t w = len <= 8 ? first8(word, len) : load64(word), last = len <= 8 ? w : load64(word + len - 8);
      uint64_t h = len <= 8 ? hash_start(len) : (hash_start(len) ^ fold8(w)) * 0xc2b2ae3d27d4eb4fu;
      /* Plain ASCII without a space, and for a word not an acronym (2 to 4 capitals, the first byte one). */
      if (!(odd8(w) | odd8(last)) &&
          (verbatim || !(len - 2 < 3 && (unsigned char)(word[0] - 'A') < 26 && lex_is_acronym(word, len)))) {
        hash = hash_final(h, fold8(last));
        marks = word_marks(f, hash);
      } else {
        marks = probe_slow(lex, word, t->len, verbatim, max_key, &hash);
      }
    } else if (len) {
      marks = probe_slow(lex, word, t->len, verbatim, max_key, &hash);
    }
    if (j > 0) {
      if (!(prev.marks & (MAY_START | MAY_ALONE)) && !prev.continues) {
        /* The common case: token j - 1 neither may start a phrase nor continue one. */
        starts[j - 1] = (uint32_t)keys->len;
        lens[j - 1] = 0;
      } else if (decide(lex, text, &tokens[j - 1], verbatim_kinds, max_key, &prev, hash, marks, keys, &starts[j - 1],
                        &lens[j - 1]) != DL_OK) {
        return DL_ENOMEM;
      }
    }
    prev.hash = hash;
    prev.marks = marks;
  }
  if (n && decide(lex, text, &tokens[n - 1], verbatim_kinds, max_key, &prev, 0, 0, keys, &starts[n - 1],
                  &lens[n - 1]) != DL_OK)
    return DL_ENOMEM;
  return DL_OK;
}
