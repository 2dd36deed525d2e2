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

/* A mask of the first n bytes, 0 < n <= 8, of 8 in the host's order. */
static inline uint64_t first8_mask(size_t n) {
  static const unsigned char keep[16] = {255, 255, 255, 255, 255, 255, 255, 255};
  uint64_t mask;
  memcpy(&mask, keep + 8 - n, 8);
  return mask;
}

/* The first n bytes, 0 < n <= 8, of 8 bytes at s that may all be read: as gather8, without a call. */
static inline uint64_t first8(const char *s, size_t n) { return load64(s) & first8_mask(n); }

/* The high bit of each of the 8 bytes of w that is an ASCII capital (after S. E. Anderson, "Bit Twiddling Hacks"). */
static inline uint64_t capitals8(uint64_t w) {
  uint64_t t = w & ~HIGHS;
  return (t + (0x80 - 'A') * ONES) & ~(t + (0x80 - 'Z' - 1) * ONES) & ~w & HIGHS;
}

/*
 * The filter's hash is a multiply-shift hash (M. Dietzfelbinger et al., "A
 * reliable randomized algorithm for the closest-pair problem", 1997) over
 * 8 bytes at a time: one multiplication for a word of up to 8 bytes, whose
 * high bits are used. hash_start is the value before the bytes of a word of
 * n bytes, hash_step takes 8 bytes (folded), hash_final the last 8.
 */
static inline uint64_t hash_start(size_t n) { return (uint64_t)n * 0x9e3779b97f4a7c15u; }
static inline uint64_t hash_step(uint64_t h, uint64_t w) {
  h = (h + w) * 0xff51afd7ed558ccdu;
  return h ^ (h >> 32);
}
static inline uint64_t hash_final(uint64_t h, uint64_t w) { return (h + w) * 0xc4ceb9fe1a85ec53u; }

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
      h = hash_step(h, fold8(w));
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

/* The hash of a pair of words that starts a key, from the pair's. */
static inline uint64_t first_pair_hash(uint64_t pair) { return mix64(pair ^ 0x2545f4914f6cdd1du); }

/* --------------------------------------------------------------- filters */

/* What the filter says of a word (bits). */
enum {
  MAY_START = 2, /* some key starts with it */
  MAY_ALONE = 4, /* it may be a one-word phrase */
  WILD = 8       /* a word the filter cannot judge: take it as anything */
};

/*
 * Where a hash h goes, all from its high bits, the well-mixed ones: the two
 * bits of 64 it sets in a Bloom filter's word (bits 52 to 63), that word
 * (from bit 24), and its first slot in the marks table (from bit 36).
 */
static inline uint64_t bloom_bits(uint64_t h) { return (1ull << (h >> 58)) | (1ull << ((h >> 52) & 63)); }
static inline size_t bloom_word(uint64_t h, size_t nwords) { return (size_t)(h >> 24) & (nwords - 1); }
static inline size_t table_slot(uint64_t h, size_t nslots) { return (size_t)(h >> 36) & (nslots - 1); }

/* A word's entry in the marks table: its hash with the low bits for the marks, and bit 3 set, so 0 is empty. */
static inline uint64_t marks_key(uint64_t h) { return (h & ~(uint64_t)15) | 8; }

/*
 * The filter's verdict on a word hashed as h: MAY_* bits. Most words fail
 * the Bloom filter, which is small enough to stay in the first-level cache;
 * the others are looked up in the table.
 */
static inline unsigned word_marks(const lex_filter *f, uint64_t h) {
  uint64_t m = bloom_bits(h);
  if ((f->data[bloom_word(h, f->nwords)] & m) != m) return 0;
  const uint64_t *slots = f->data + f->nwords + f->npairs, key = marks_key(h);
  for (size_t i = table_slot(h, f->nslots);; i = (i + 1) & (f->nslots - 1)) {
    if (!slots[i]) return 0;
    if ((slots[i] ^ key) < 8) return (unsigned)(slots[i] & 7);
  }
}

/* Nonzero when the pair filter may hold the pair hashed as h. */
static inline int pair_may_occur(const lex_filter *f, uint64_t h) {
  uint64_t m = bloom_bits(h);
  return (f->data[f->nwords + bloom_word(h, f->npairs)] & m) == m;
}

int lex_filter_may_start(const lex_filter *f, const char *key, size_t n) {
  if (!f->data) return 1;
  uint64_t odd, h = filter_hash(key, n, &odd);
  /* A key with a space spans words of stored keys. */
  if (odd && memchr(key, ' ', n)) return 1;
  return (word_marks(f, h) & MAY_START) != 0;
}

/* ------------------------------------------------------------- building */

/* The most forms of one key word the filter takes; a word with more leaves the lexicon without a filter. */
#define FILTER_MAX_FORMS 32

/* A distinct word of the phrases, with its forms. */
typedef struct key_word {
  const char *s;      /* the word, in a blob's string pool; NULL in an empty slot */
  uint32_t n;         /* its length */
  uint32_t first;     /* its first form in filter_builder.forms */
  uint32_t count;     /* its forms there: the word, then those of the suffix rules */
  int32_t exceptions; /* its first exception form in filter_builder.exceptions, or -1 */
} key_word;

/* A WordNet noun exception whose base is a key word, in a list per word. */
typedef struct exception_form {
  uint64_t hash; /* filter_hash of the exception form */
  int32_t next;  /* the word's next one, or -1 */
} exception_form;

/*
 * What building a filter keeps: the distinct words of the phrases (an
 * open-addressing table by hash, so each word's forms are made once) with
 * their forms' hashes, the first words' forms with their marks (a table that
 * grows, by marks_key, as the final table), and the hashes of the pairs.
 */
typedef struct filter_builder {
  dl_context *ctx;                   /* the allocator */
  key_word *words;                   /* distinct words */
  size_t words_cap;                  /* slots: a power of two, at least twice the words */
  DL_VEC(uint64_t) forms;            /* the forms' hashes of every word, word by word */
  DL_VEC(exception_form) exceptions; /* exception forms, linked per word */
  uint64_t *members;                 /* marks_key | marks of each first word's form, open addressing; 0 is empty */
  size_t nmembers;                   /* forms in it */
  size_t cap;                        /* its slots: 0 or a power of two */
  DL_VEC(uint64_t) pairs;            /* pair_hash of each pair of forms, with repeats */
} filter_builder;

/* The slot of word s[0, n), hashed as h, in the builder's word table: its own, or the empty one where it goes. */
static key_word *word_slot(const filter_builder *b, const char *s, size_t n, uint64_t h) {
  for (size_t i = table_slot(h, b->words_cap);; i = (i + 1) & (b->words_cap - 1)) {
    key_word *w = &b->words[i];
    if (!w->s || (w->n == n && memcmp(w->s, s, n) == 0)) return w;
  }
}

/*
 * The next word of phrase key k[0, len) from *at (IN/OUT: moved past it and
 * its space); sets *n (OUT). Returns NULL at the end.
 */
static const char *next_word(const char *k, size_t len, size_t *at, size_t *n) {
  if (*at >= len) return NULL;
  size_t end = *at;
  while (end < len && k[end] != ' ') end++;
  const char *w = k + *at;
  *n = end - *at;
  *at = end + 1;
  return w;
}

/* Adds each word of a layer's phrases to the word table with the forms of the suffix rules, once. */
static int add_words(filter_builder *b, const blob_view *v) {
  char forms[LEX_MAX_NOUN_FORMS][LEX_MAX_TOKEN_KEY];
  size_t lens[LEX_MAX_NOUN_FORMS];
  for (uint32_t i = 0; i < v->nkeys; i++) {
    const blob_slot *slot = &v->keys[i];
    /* A prefix alone matches nothing: the phrases it begins hold its words and pairs. */
    if (!(slot->tag & KEY_PHRASE)) continue;
    const char *k = v->strings + slot->key, *s;
    size_t at = 0, n;
    while ((s = next_word(k, slot->key_len, &at, &n))) {
      uint64_t odd, h = filter_hash(s, n, &odd);
      key_word *w = word_slot(b, s, n, h);
      if (w->s) continue;
      size_t nforms = lex_noun_forms(s, n, forms, lens);
      *w = (key_word){s, (uint32_t)n, (uint32_t)b->forms.len, (uint32_t)(1 + nforms), -1};
      if (DL_VEC_PUSH(b->ctx, b->forms, h) != DL_OK) return DL_ENOMEM;
      for (size_t f = 0; f < nforms; f++)
        if (DL_VEC_PUSH(b->ctx, b->forms, filter_hash(forms[f], lens[f], &odd)) != DL_OK) return DL_ENOMEM;
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

/* The hash by which lex_bases holds a base: its filter hash, never 0 (an empty slot). */
static uint64_t base_hash(const char *s, size_t n) {
  uint64_t odd, h = filter_hash(s, n, &odd);
  return h ? h : 1;
}

/* Links each key word's WordNet noun exceptions ("men" for "man") to it. */
static int add_exceptions(filter_builder *b, const dl_lexicon *lemmas) {
  const lex_bases *x = lemmas ? &lemmas->bases : NULL;
  if (!x || !x->cap) return DL_OK;
  const blob_view *v = lemmas->lemmas;
  for (size_t i = 0; i < b->words_cap; i++) {
    key_word *w = &b->words[i];
    if (!w->s) continue;
    uint64_t odd, h = base_hash(w->s, w->n);
    for (size_t j = table_slot(h, x->cap); x->hashes[j]; j = (j + 1) & (x->cap - 1)) {
      if (x->hashes[j] != h) continue;
      const blob_slot *s = &v->exceptions[x->slots[j]];
      const char *base = v->strings + s->value;
      if (strncmp(base, w->s, w->n) != 0 || base[w->n] != '\0') continue;
      exception_form e = {filter_hash(v->strings + s->key, s->key_len, &odd), w->exceptions};
      if (DL_VEC_PUSH(b->ctx, b->exceptions, e) != DL_OK) return DL_ENOMEM;
      w->exceptions = (int32_t)(b->exceptions.len - 1);
    }
  }
  return DL_OK;
}

int lex_bases_build(dl_context *ctx, const blob_view *lemmas, lex_bases *bases) {
  memset(bases, 0, sizeof *bases);
  size_t n = 0;
  for (uint32_t i = 0; lemmas && i < lemmas->nexceptions; i++) {
    const blob_slot *s = &lemmas->exceptions[i];
    if (!s->key_len || s->tag != POS_NOUN) continue;
    n++;
    /* A base with a space would make a key of two words. */
    if (strchr(lemmas->strings + s->value, ' ')) bases->spaced = 1;
  }
  if (!n || bases->spaced) return DL_OK;
  bases->cap = pow2_at_least(2 * n);
  bases->hashes = dl_mem_calloc(ctx, bases->cap, sizeof *bases->hashes);
  bases->slots = dl_mem_alloc(ctx, bases->cap * sizeof *bases->slots);
  if (!bases->hashes || !bases->slots) {
    lex_bases_free(ctx, bases);
    return DL_ENOMEM;
  }
  for (uint32_t i = 0; i < lemmas->nexceptions; i++) {
    const blob_slot *s = &lemmas->exceptions[i];
    if (!s->key_len || s->tag != POS_NOUN) continue;
    const char *base = lemmas->strings + s->value;
    uint64_t h = base_hash(base, strlen(base));
    size_t j = table_slot(h, bases->cap);
    while (bases->hashes[j]) j = (j + 1) & (bases->cap - 1);
    bases->hashes[j] = h;
    bases->slots[j] = i;
  }
  return DL_OK;
}

void lex_bases_free(dl_context *ctx, lex_bases *bases) {
  dl_mem_free(ctx, bases->hashes, bases->hashes ? bases->cap * sizeof *bases->hashes : 0);
  dl_mem_free(ctx, bases->slots, bases->slots ? bases->cap * sizeof *bases->slots : 0);
  memset(bases, 0, sizeof *bases);
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

/* The hashes of a word's forms (OUT forms); returns how many, or FILTER_MAX_FORMS + 1 when there are too many. */
static size_t word_forms(const filter_builder *b, const key_word *w, uint64_t *forms) {
  size_t count = 0;
  for (uint32_t i = 0; i < w->count && count <= FILTER_MAX_FORMS; i++) forms[count++] = b->forms.items[w->first + i];
  for (int32_t e = w->exceptions; e >= 0 && count <= FILTER_MAX_FORMS; e = b->exceptions.items[e].next)
    forms[count++] = b->exceptions.items[e].hash;
  return count;
}

/*
 * Adds each phrase of a layer: the forms of its first word, which may start
 * a phrase (or be one alone), and each pair of forms of two words in a row,
 * and again as a first pair for the first two. Returns DL_OK, DL_ENOMEM, or
 * DL_ETOOBIG when a word has too many forms.
 */
static int add_phrases(filter_builder *b, const blob_view *v) {
  uint64_t forms[FILTER_MAX_FORMS + 1], prev[FILTER_MAX_FORMS + 1];
  for (uint32_t i = 0; i < v->nkeys; i++) {
    const blob_slot *slot = &v->keys[i];
    if (!(slot->tag & KEY_PHRASE)) continue;
    const char *k = v->strings + slot->key, *s;
    size_t at = 0, n, nprev = 0;
    for (size_t word = 0; (s = next_word(k, slot->key_len, &at, &n)); word++) {
      uint64_t odd;
      size_t nforms = word_forms(b, word_slot(b, s, n, filter_hash(s, n, &odd)), forms);
      if (nforms > FILTER_MAX_FORMS) return DL_ETOOBIG;
      unsigned marks = MAY_START | (at >= slot->key_len ? MAY_ALONE : 0);
      for (size_t f = 0; word == 0 && f < nforms; f++)
        if (add_member(b, forms[f], marks) != DL_OK) return DL_ENOMEM;
      for (size_t p = 0; p < nprev; p++)
        for (size_t f = 0; f < nforms; f++) {
          uint64_t h = pair_hash(prev[p], forms[f]);
          if (DL_VEC_PUSH(b->ctx, b->pairs, h) != DL_OK ||
              (word == 1 && DL_VEC_PUSH(b->ctx, b->pairs, first_pair_hash(h)) != DL_OK))
            return DL_ENOMEM;
        }
      memcpy(prev, forms, nforms * sizeof *forms);
      nprev = nforms;
    }
  }
  return DL_OK;
}

/*
 * Fills *filter from the builder's members and pairs: 16 bits a member and
 * 8 a pair (most pairs repeat) in the Bloom filters, the table at most half full.
 */
static int filter_fill(const filter_builder *b, lex_filter *filter) {
  filter->nwords = pow2_at_least(b->nmembers / 4);
  filter->npairs = pow2_at_least(b->pairs.len / 8);
  filter->nslots = pow2_at_least(2 * b->nmembers);
  uint64_t *data = dl_mem_calloc(b->ctx, filter->nwords + filter->npairs + filter->nslots, sizeof *data);
  if (!data) {
    memset(filter, 0, sizeof *filter);
    return DL_ENOMEM;
  }
  filter->data = filter->owned = data;
  uint64_t *slots = data + filter->nwords + filter->npairs;
  for (size_t i = 0; i < b->cap; i++) {
    uint64_t e = b->members[i];
    if (!e) continue;
    data[bloom_word(e, filter->nwords)] |= bloom_bits(e);
    table_add(slots, filter->nslots, e);
  }
  for (size_t i = 0; i < b->pairs.len; i++) {
    uint64_t h = b->pairs.items[i];
    data[filter->nwords + bloom_word(h, filter->npairs)] |= bloom_bits(h);
  }
  return DL_OK;
}

int lex_filter_build(dl_context *ctx, const blob_view *const *views, size_t nviews, const dl_lexicon *lemmas,
                     lex_filter *filter) {
  memset(filter, 0, sizeof *filter);
  /* A base with a space would be a key of two words: no filter then. */
  if (lemmas && lemmas->bases.spaced) return DL_OK;
  filter_builder b;
  memset(&b, 0, sizeof b);
  b.ctx = ctx;
  /* Room for every word of every phrase, at most half full. */
  size_t words = 0;
  for (size_t l = 0; l < nviews; l++) {
    const blob_view *v = views[l];
    for (uint32_t i = 0; i < v->nkeys; i++)
      if (v->keys[i].tag & KEY_PHRASE) {
        words++;
        for (uint32_t c = 0; c < v->keys[i].key_len; c++) words += v->strings[v->keys[i].key + c] == ' ';
      }
  }
  b.words_cap = pow2_at_least(2 * words);
  b.words = dl_mem_calloc(ctx, b.words_cap, sizeof *b.words);
  int rc = b.words ? DL_OK : DL_ENOMEM;
  for (size_t l = 0; rc == DL_OK && l < nviews; l++) rc = add_words(&b, views[l]);
  if (rc == DL_OK) rc = add_exceptions(&b, lemmas);
  for (size_t l = 0; rc == DL_OK && l < nviews; l++) rc = add_phrases(&b, views[l]);
  if (rc == DL_OK) rc = filter_fill(&b, filter);
  /* A word with very many forms: no filter, and every token is keyed. */
  if (rc == DL_ETOOBIG) rc = DL_OK;
  dl_mem_free(ctx, b.words, b.words_cap * sizeof *b.words);
  DL_VEC_FREE(ctx, b.forms);
  DL_VEC_FREE(ctx, b.exceptions);
  dl_mem_free(ctx, b.members, b.cap * sizeof *b.members);
  DL_VEC_FREE(ctx, b.pairs);
  return rc;
}

int lex_filter_of_blob(const blob_view *view, lex_filter *filter) {
  memset(filter, 0, sizeof *filter);
  if (!view->filter) return -1;
  filter->data = view->filter;
  filter->nwords = view->filter_nwords;
  filter->npairs = view->filter_npairs;
  filter->nslots = view->filter_nslots;
  return 0;
}

void lex_filter_free(dl_context *ctx, lex_filter *filter) {
  dl_mem_free(ctx, filter->owned, filter->owned ? (filter->nwords + filter->npairs + filter->nslots) * sizeof *filter->owned : 0);
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
    if (odd && memchr(word, ' ', n)) return WILD | MAY_START | MAY_ALONE;
  } else if (len >= LEX_MAX_TOKEN_KEY) {
    return WILD | MAY_START | MAY_ALONE;
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
      if (memchr(low, ' ', n)) return WILD | MAY_START | MAY_ALONE;
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

/* What the first pass of lex_phrase_keys leaves of a token in starts[] (its hash is in lens[]). */
enum {
  PROBE_BLOOM = 1,   /* the word Bloom filter holds the hash: look it up in the table */
  PROBE_SLOW = 2,    /* not hashed: probe_slow must look at it */
  PROBE_DONE = 4     /* looked up: the MAY_* marks are in the bits from 8 */
};

/* What a sentence's tokens, texts and outputs are, for the second pass. */
typedef struct key_pass {
  const dl_lexicon *lex;    /* the lexicon and its filter */
  const char *text;         /* the text */
  const dl_token *tokens;   /* the tokens */
  unsigned verbatim_kinds;  /* kinds keyed by their text */
  size_t max_key;           /* the key buffer's size */
  uint32_t *starts;         /* probe flags, then key offsets */
  size_t *lens;             /* hashes, then key lengths */
} key_pass;

/* Nonzero when token t is keyed by its own text. */
static int token_verbatim(const key_pass *kp, const dl_token *t) {
  return ((kp->verbatim_kinds >> t->kind) & 1u) || t->len >= kp->max_key;
}

/* The MAY_* marks of token j, looking it up now if the first pass left it to the second; its hash is then in lens[j]. */
static unsigned token_marks(const key_pass *kp, size_t j) {
  uint32_t flags = kp->starts[j];
  if (flags & PROBE_DONE) return flags >> 8;
  unsigned marks = 0;
  uint64_t h = kp->lens[j];
  if (flags & PROBE_SLOW) {
    const dl_token *t = &kp->tokens[j];
    marks = probe_slow(kp->lex, kp->text + t->start, t->len, token_verbatim(kp, t), kp->max_key, &h);
  } else if (flags & PROBE_BLOOM) {
    marks = word_marks(&kp->lex->filter, h);
  }
  kp->starts[j] = PROBE_DONE | marks << 8;
  kp->lens[j] = (size_t)h;
  return marks;
}

/* Writes token j's key (needed) or an empty one to keys, starts[j] and lens[j]. */
static int token_put(const key_pass *kp, size_t j, int needed, dl_buffer *keys) {
  kp->starts[j] = (uint32_t)keys->len;
  kp->lens[j] = 0;
  if (!needed) return DL_OK;
  const dl_token *t = &kp->tokens[j];
  return put_key(kp->lex, kp->text, t, token_verbatim(kp, t), kp->max_key, keys, &kp->starts[j], &kp->lens[j]);
}

/*
 * Token j needs its key when it may be a one-word phrase, when it and token
 * j + 1 may be the first two words of a key, or when token j - 1 has a key
 * and token j may follow it in a key. Any phrase the full keys match is then
 * keyed in full: its first two words start a key (or its word is a phrase
 * alone), and each later word follows a word with a key.
 *
 * The first pass hashes each token and tries the word Bloom filter, with no
 * branch on the token's bytes for a plain ASCII word of up to 16 bytes (most
 * tokens): branches there mispredict, and cost more than the work they
 * would save. It leaves each hash in lens[] and what is left to do in
 * starts[]. The second pass goes over the few tokens the filter may hold,
 * and those after a token with a key, and writes the keys.
 */
int lex_phrase_keys(const dl_lexicon *lex, const char *text, size_t text_len, const dl_token *tokens, size_t n,
                    unsigned verbatim_kinds, size_t max_key, dl_buffer *keys, uint32_t *starts, size_t *lens) {
  if (dl_buffer_put(keys, "", 0) != DL_OK) return DL_ENOMEM;
  key_pass kp = {lex, text, tokens, verbatim_kinds, max_key, starts, lens};
  const lex_filter *f = lex ? &lex->filter : NULL;
  if (!f || !f->data) {
    for (size_t j = 0; j < n; j++)
      if (token_put(&kp, j, 1, keys) != DL_OK) return DL_ENOMEM;
    return DL_OK;
  }
  const uint64_t *bloom = f->data;
  const size_t nwords = f->nwords;
  for (size_t j = 0; j < n; j++) {
    const dl_token *t = &tokens[j];
    const char *word = text + t->start;
    /* A token of max_key bytes or more is keyed by its text too, cut to max_key bytes. */
    unsigned verbatim = ((verbatim_kinds >> t->kind) & 1u) | (t->len >= max_key);
    size_t len = t->len < max_key ? t->len : max_key;
    uint32_t flags = PROBE_SLOW;
    uint64_t hash = 0;
    if (len - 1 < 16) {
      /* Up to 16 bytes, as filter_hash reads them: two loads when the text has room around the word. */
      size_t head_len = len < 8 ? len : 8;
      uint64_t head, tail;
      if ((t->start >= 8) & ((size_t)t->start + 16 <= text_len)) {
        head = first8(word, head_len);
        tail = load64(word + len - 8);
      } else {
        head = gather8(word, head_len);
        tail = len > 8 ? gather8(word + len - 8, 8) : head;
      }
      uint64_t w = len <= 8 ? head : tail;
      uint64_t h = hash_start(len), h2 = hash_step(h, fold8(head));
      h = len <= 8 ? h : h2;
      hash = hash_final(h, fold8(w));
      /* An acronym (2 to 4 capitals; the bytes of head past the word are 0) is keyed "^un". */
      if (!verbatim & (len - 2 < 3) & (capitals8(head) == (first8_mask(head_len) & HIGHS))) {
        char key[8] = {'^'};
        memcpy(key + 1, word, len);
        hash = hash_final(hash_start(len + 1), fold8(gather8(key, len + 1)));
      }
      uint64_t m = bloom_bits(hash);
      uint32_t maybe = (bloom[bloom_word(hash, nwords)] & m) == m;
      flags = (odd8(head) | odd8(w)) ? PROBE_SLOW : maybe;
    }
    starts[j] = flags;
    lens[j] = (size_t)hash;
  }
  int continues = 0; /* token j may follow a token with a key */
  for (size_t j = 0; j < n; j++) {
    if (!starts[j] && !continues) {
      /* The common case: the filter does not hold token j, and no phrase runs into it. */
      starts[j] = (uint32_t)keys->len;
      lens[j] = 0;
      continue;
    }
    unsigned marks = token_marks(&kp, j);
    if (!(marks & (MAY_START | MAY_ALONE)) && !continues) {
      starts[j] = (uint32_t)keys->len;
      lens[j] = 0;
      continue;
    }
    int has_next = j + 1 < n;
    unsigned next = has_next && starts[j + 1] ? token_marks(&kp, j + 1) : 0;
    int wild = ((marks | next) & WILD) != 0;
    uint64_t pair = has_next && !wild ? pair_hash(lens[j], lens[j + 1]) : 0;
    int starts_pair = (marks & MAY_START) && has_next && (wild || pair_may_occur(f, first_pair_hash(pair)));
    int needed = (marks & MAY_ALONE) || continues || starts_pair;
    int follows = starts_pair || (needed && has_next && (wild || pair_may_occur(f, pair)));
    if (token_put(&kp, j, needed, keys) != DL_OK) return DL_ENOMEM;
    continues = needed && lens[j] && follows;
  }
  return DL_OK;
}
