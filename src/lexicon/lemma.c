/* lemma.c: lemmas in the manner of WordNet's morphy, and the token keys phrases are matched on. */
#include <string.h>
#include <utf8proc.h>

#include "lexicon/store.h"

size_t lex_lower(const char *s, size_t n, char *out, size_t cap) {
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (w + 1 >= cap) goto too_long;
      out[w++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) { /* not UTF-8: the byte as it is */
      if (w + 1 >= cap) goto too_long;
      out[w++] = (char)c;
      i++;
      continue;
    }
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
    if (m <= 0) {
      m = k;
      memcpy(enc, s + i, (size_t)k);
    }
    if (w + (size_t)m >= cap) goto too_long;
    memcpy(out + w, enc, (size_t)m);
    w += (size_t)m;
    i += (size_t)k;
  }
  if (cap) out[w] = '\0';
  return w;
too_long:
  if (cap) out[0] = '\0';
  return 0;
}

/* Copies s[0, n) to out with a NUL; returns n, or 0 when it does not fit. */
static size_t put(const char *s, size_t n, char *out, size_t cap) {
  if (n >= cap) {
    if (cap) out[0] = '\0';
    return 0;
  }
  memcpy(out, s, n);
  out[n] = '\0';
  return n;
}

/* The base form of an exception (a lower-case word) for one part of speech, or NULL. */
static const char *exception_base(const blob_view *v, const char *w, size_t n, unsigned pos) {
  const blob_slot *s = blob_find(v, v->exceptions, v->nexceptions, w, n, blob_hash(w, n), (uint8_t)pos);
  return s ? v->strings + s->value : NULL;
}

/* A detachment rule of morphy: a word ending in suffix may have a base ending in ending. */
typedef struct morph_rule {
  const char *suffix;  /* the inflection */
  const char *ending;  /* what replaces it */
  uint8_t suffix_len;  /* strlen(suffix) */
  uint8_t ending_len;  /* strlen(ending) */
} morph_rule;

/* A rule with its lengths. */
#define MORPH_RULE(suffix, ending) {(suffix), (ending), sizeof(suffix) - 1, sizeof(ending) - 1}

static const morph_rule noun_rules[] = {
    MORPH_RULE("s", ""),     MORPH_RULE("ses", "s"),   MORPH_RULE("xes", "x"),  MORPH_RULE("zes", "z"),
    MORPH_RULE("ches", "ch"), MORPH_RULE("shes", "sh"), MORPH_RULE("men", "man"), MORPH_RULE("ies", "y")};
static const morph_rule verb_rules[] = {
    MORPH_RULE("s", ""),   MORPH_RULE("ies", "y"), MORPH_RULE("es", "e"),  MORPH_RULE("es", ""),
    MORPH_RULE("ed", "e"), MORPH_RULE("ed", ""),   MORPH_RULE("ing", "e"), MORPH_RULE("ing", "")};

/* Nonzero when w[0, n) ends in s[0, sn); short strings, so no call. */
static int ends_with(const char *w, size_t n, const char *s, size_t sn) {
  if (n < sn) return 0;
  for (size_t i = 0; i < sn; i++)
    if (w[n - sn + i] != s[i]) return 0;
  return 1;
}

/*
 * The first candidate of the rules that WordNet knows as pos, written to
 * out; 0 when there is none.
 */
static size_t apply_rules(const blob_view *v, const morph_rule *rules, size_t nrules, unsigned pos,
                          const char *w, size_t n, char *out, size_t cap) {
  char cand[LEX_MAX_TOKEN_KEY + 8];
  for (size_t r = 0; r < nrules; r++) {
    size_t sl = rules[r].suffix_len, el = rules[r].ending_len;
    if (n <= sl || !ends_with(w, n, rules[r].suffix, sl)) continue;
    size_t stem = n - sl;
    if (stem + el >= sizeof cand) continue;
    memcpy(cand, w, stem);
    memcpy(cand + stem, rules[r].ending, el);
    if (blob_word_pos(v, cand, stem + el) & pos) return put(cand, stem + el, out, cap);
  }
  return 0;
}

_Static_assert(sizeof noun_rules / sizeof *noun_rules <= LEX_MAX_NOUN_FORMS, "a form per noun rule");

size_t lex_noun_forms(const char *key, size_t n, char forms[][LEX_MAX_TOKEN_KEY], size_t *lens) {
  size_t count = 0;
  for (size_t r = 0; r < sizeof noun_rules / sizeof *noun_rules; r++) {
    size_t sl = noun_rules[r].suffix_len, el = noun_rules[r].ending_len;
    if (!ends_with(key, n, noun_rules[r].ending, el)) continue;
    size_t stem = n - el;
    /* A longer word does not lower-case into a key buffer, so its key is "". */
    if (stem + sl >= LEX_MAX_TOKEN_KEY) continue;
    memcpy(forms[count], key, stem);
    memcpy(forms[count] + stem, noun_rules[r].suffix, sl);
    lens[count++] = stem + sl;
  }
  return count;
}

/*
 * Noun lemma: an exception's base ("men" -> "man"); else the first rule
 * candidate WordNet knows as a noun ("troops" -> "troop", though WordNet also
 * lists "troops"); else the word. Words of two letters or fewer and words in
 * "ss" keep their form, as in morphy.
 */
size_t lex_lemma_noun(const dl_lexicon *lex, const char *word, size_t len, char *out, size_t cap) {
  char w[LEX_MAX_TOKEN_KEY];
  size_t n = lex_lower(word, len, w, sizeof w);
  if (n == 0 || !lex || !lex->lemmas) return put(w, n, out, cap);
  const blob_view *v = lex->lemmas;
  const char *base = exception_base(v, w, n, POS_NOUN);
  if (base) return put(base, strlen(base), out, cap);
  if (n > 2 && !(w[n - 1] == 's' && w[n - 2] == 's')) {
    size_t k = apply_rules(v, noun_rules, sizeof noun_rules / sizeof *noun_rules, POS_NOUN, w, n, out, cap);
    if (k) return k;
  }
  return put(w, n, out, cap);
}

/*
 * Verb lemma: an exception's base ("sought" -> "seek"); else the word when
 * WordNet knows it as a verb ("need", "bed"); else the first rule candidate
 * it knows ("attacks" -> "attack"); else the word.
 */
size_t lex_lemma_verb(const dl_lexicon *lex, const char *word, size_t len, char *out, size_t cap) {
  char w[LEX_MAX_TOKEN_KEY];
  size_t n = lex_lower(word, len, w, sizeof w);
  if (n == 0 || !lex || !lex->lemmas) return put(w, n, out, cap);
  const blob_view *v = lex->lemmas;
  const char *base = exception_base(v, w, n, POS_VERB);
  if (base) return put(base, strlen(base), out, cap);
  if (blob_word_pos(v, w, n) & POS_VERB) return put(w, n, out, cap);
  size_t k = apply_rules(v, verb_rules, sizeof verb_rules / sizeof *verb_rules, POS_VERB, w, n, out, cap);
  return k ? k : put(w, n, out, cap);
}

_Static_assert((int)LEX_POS_NOUN == (int)POS_NOUN && (int)LEX_POS_VERB == (int)POS_VERB && (int)LEX_POS_ADJ == (int)POS_ADJ,
               "part-of-speech bits");

unsigned lex_analyse_word(const dl_lexicon *lex, const char *word, size_t len, char *noun, size_t *noun_len,
                          char *verb, size_t *verb_len, size_t cap) {
  char w[LEX_MAX_TOKEN_KEY];
  size_t n = lex_lower(word, len, w, sizeof w);
  *noun_len = put(w, n, noun, cap);
  *verb_len = put(w, n, verb, cap);
  if (n == 0 || !lex || !lex->lemmas) return 0;
  const blob_view *v = lex->lemmas;
  /* One lookup of the word itself answers most questions; the lemmas need more only when it is inflected. */
  unsigned bits = blob_word_pos(v, w, n), result = bits & POS_ADJ;
  const char *base = exception_base(v, w, n, POS_NOUN);
  size_t k;
  if (base) {
    *noun_len = put(base, strlen(base), noun, cap);
    if (*noun_len && (blob_word_pos(v, base, *noun_len) & POS_NOUN)) result |= POS_NOUN;
  } else if (n > 2 && !(w[n - 1] == 's' && w[n - 2] == 's') &&
             (k = apply_rules(v, noun_rules, sizeof noun_rules / sizeof *noun_rules, POS_NOUN, w, n, noun, cap))) {
    *noun_len = k;
    result |= POS_NOUN;
  } else if (*noun_len && (bits & POS_NOUN)) {
    result |= POS_NOUN;
  }
  base = exception_base(v, w, n, POS_VERB);
  if (base) {
    *verb_len = put(base, strlen(base), verb, cap);
    if (*verb_len && (blob_word_pos(v, base, *verb_len) & POS_VERB)) result |= POS_VERB;
  } else if (bits & POS_VERB) {
    if (*verb_len) result |= POS_VERB;
  } else if ((k = apply_rules(v, verb_rules, sizeof verb_rules / sizeof *verb_rules, POS_VERB, w, n, verb, cap))) {
    *verb_len = k;
    result |= POS_VERB;
  }
  return result;
}

/* Nonzero when WordNet lists the (lower-case) word as pos. */
static int is_pos(const dl_lexicon *lex, const char *word, size_t len, unsigned pos) {
  if (!lex || !lex->lemmas) return 0;
  return (blob_word_pos(lex->lemmas, word, len) & pos) != 0;
}

int lex_is_noun(const dl_lexicon *lex, const char *word, size_t len) { return is_pos(lex, word, len, POS_NOUN); }
int lex_is_verb(const dl_lexicon *lex, const char *word, size_t len) { return is_pos(lex, word, len, POS_VERB); }
int lex_is_adjective(const dl_lexicon *lex, const char *word, size_t len) {
  return is_pos(lex, word, len, POS_ADJ);
}

int lex_is_acronym(const char *w, size_t n) {
  if (n < 2 || n > 4) return 0;
  for (size_t i = 0; i < n; i++)
    if (w[i] < 'A' || w[i] > 'Z') return 0;
  return 1;
}

size_t lex_token_key(const dl_lexicon *lex, const char *word, size_t len, char *out, size_t cap) {
  if (lex_is_acronym(word, len)) {
    if (len + 2 > cap) {
      if (cap) out[0] = '\0';
      return 0;
    }
    out[0] = '^';
    for (size_t i = 0; i < len; i++) out[i + 1] = (char)(word[i] + 32);
    out[len + 1] = '\0';
    return len + 1;
  }
  return lex_lemma_noun(lex, word, len, out, cap);
}
