/* pos.c: a part-of-speech tagger from WordNet's word lists, closed classes, suffixes and neighbours. */
#include "tag/pos.h"

#include <string.h>

#include "core/buffer.h"
#include "core/words.h"
#include "tag/wordclass.h"
#include "text/number.h"

/* Longest word analysed; longer tokens are nouns. */
#define POS_MAX_WORD 64

/* What a word could be before its neighbours decide. */
enum {
  CAN_NOUN = 1,
  CAN_VERB = 2,
  CAN_ADJ = 4
};

/* Per-token analysis kept between the passes. */
typedef struct pos_guess {
  uint8_t can;       /* CAN_* */
  uint8_t form;      /* the verb form its suffix says */
  uint8_t capital;   /* written with a capital (not at the start of the sentence) */
  uint8_t opening_capital; /* written with a capital at the start of the sentence */
  uint8_t plural;    /* a noun in the plural: its noun lemma is shorter and it ends in s */
  uint8_t particle;  /* a preposition that also ends phrasal verbs: out, off, up, down */
} pos_guess;

/* Words up to this long are cached. */
#define POS_CACHE_WORD 24
/* Slots of the cache, a power of two. */
#define POS_CACHE_SLOTS 16384

/* What tagging needs of one word on its own: its closed class, whether a number may start with it, and WordNet's analysis. */
typedef struct pos_cached {
  uint8_t len;                      /* the word's length; 0 for an empty slot */
  uint8_t word_class;               /* word_class_of */
  uint8_t number;                   /* number_word_may_start */
  uint8_t analysed;                 /* the fields below are filled */
  uint8_t noun_len, verb_len;       /* the lemmas' lengths */
  uint8_t bits;                     /* LEX_POS_* */
  char word[POS_CACHE_WORD];        /* lower case */
  char noun[POS_CACHE_WORD];
  char verb[POS_CACHE_WORD];
} pos_cached;

/*
 * A direct-mapped cache: news repeats its words, and looking them up (the
 * closed classes, number words, WordNet) is most of tagging. The context
 * keeps it between documents; it holds one lexicon's answers and is emptied
 * when another lexicon tags.
 */
struct pos_word_cache {
  const dl_lexicon *lex;
  pos_cached slots[POS_CACHE_SLOTS];
};

void pos_sentence_init(pos_sentence *ps, dl_context *ctx) {
  memset(ps, 0, sizeof *ps);
  dl_buffer_init(&ps->lemmas, ctx);
}

void pos_sentence_free(pos_sentence *ps, dl_context *ctx) {
  DL_VEC_FREE(ctx, ps->tokens);
  dl_buffer_free(&ps->lemmas);
  ps->cache = NULL; /* the context's */
}

/* The length of w up to its first hyphen ("forty" of "forty-six"). */
static size_t word_before_hyphen(const char *w, size_t n) {
  const char *h = memchr(w, '-', n);
  return h ? (size_t)(h - w) : n;
}

/* Nonzero when token t's lemma is one of the words of a list. */
static int lemma_among(const pos_sentence *ps, const pos_token *t, const char *const *words) {
  const char *l = ps->lemmas.data + t->lemma;
  for (size_t k = 0; words[k]; k++)
    if (strlen(words[k]) == t->lemma_len && memcmp(words[k], l, t->lemma_len) == 0) return 1;
  return 0;
}

/* Determiners that may stand for a noun phrase and be a subject: "another said". */
static const char *const pronoun_determiners[] = {"another", "some", "both", "many", "several", "few", "others", NULL};

/* Nonzero when an undecided token's verb lemma (stored after its noun lemma, as make_verb reads it) is one of words (NULL-ended). */
static int verb_lemma_among(const pos_sentence *ps, const pos_token *t, const char *const *words) {
  const char *noun = ps->lemmas.data + t->lemma;
  const char *l = noun + strlen(noun) + 1;
  for (size_t k = 0; words[k]; k++)
    if (strcmp(words[k], l) == 0) return 1;
  return 0;
}

/*
 * The slot of the lower-case word w, holding its class and number test (found
 * now when it did not); NULL when there is no cache or w is too long for it.
 */
static pos_cached *word_slot(pos_word_cache *cache, const char *w, size_t wn) {
  if (!cache || wn == 0 || wn >= POS_CACHE_WORD) return NULL;
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < wn; k++) h = (h ^ (unsigned char)w[k]) * 16777619u;
  pos_cached *c = &cache->slots[(h ^ (h >> 13)) & (POS_CACHE_SLOTS - 1)];
  if (c->len == wn && memcmp(c->word, w, wn) == 0) return c;
  c->len = (uint8_t)wn;
  memcpy(c->word, w, wn);
  c->word_class = (uint8_t)word_class_of(w, wn);
  c->number = (uint8_t)number_word_may_start(w, word_before_hyphen(w, wn));
  c->analysed = 0;
  return c;
}

/* lex_analyse_word, through the word's slot c when it has one. */
static unsigned analyse_word(pos_cached *c, const dl_lexicon *lex, const char *w, size_t wn, char *noun,
                             size_t *nl, char *verb, size_t *vl, size_t cap) {
  if (c && c->analysed && c->noun_len < cap && c->verb_len < cap) {
    memcpy(noun, c->noun, c->noun_len);
    noun[c->noun_len] = '\0';
    memcpy(verb, c->verb, c->verb_len);
    verb[c->verb_len] = '\0';
    *nl = c->noun_len;
    *vl = c->verb_len;
    return c->bits;
  }
  unsigned bits = lex_analyse_word(lex, w, wn, noun, nl, verb, vl, cap);
  if (c && *nl < POS_CACHE_WORD && *vl < POS_CACHE_WORD) {
    c->noun_len = (uint8_t)*nl;
    memcpy(c->noun, noun, *nl);
    c->verb_len = (uint8_t)*vl;
    memcpy(c->verb, verb, *vl);
    c->bits = (uint8_t)bits;
    c->analysed = 1;
  }
  return bits;
}

const char *pos_lemma(const pos_sentence *ps, size_t i, size_t *len) {
  const pos_token *t = &ps->tokens.items[i];
  *len = t->lemma_len;
  return ps->lemmas.data ? ps->lemmas.data + t->lemma : "";
}

const char *pos_tag_name(pos_tag tag) {
  static const char *const names[] = {"X",   "NOUN", "PROPN", "VERB", "AUX",  "MODAL", "ADJ",
                                      "ADV", "DET",  "POSS",  "PRON", "PREP", "TO",    "CONJ",
                                      "SUB", "NEG",  "NUM",   "POS",  "PUNCT"};
  return (size_t)tag < sizeof names / sizeof *names ? names[tag] : "X";
}

const char *verb_form_name(verb_form form) {
  static const char *const names[] = {"", "base", "pres", "past", "part", "ger"};
  return (size_t)form < sizeof names / sizeof *names ? names[form] : "";
}

/* Lower-cases len bytes of s into out (cap bytes); returns the length. */
static size_t lower_copy(const char *s, size_t len, char *out, size_t cap) {
  size_t n = len < cap ? len : cap;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    out[i] = c;
  }
  return n;
}

/* Nonzero when w (length n) ends with suffix. */
static int ends_with(const char *w, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n > k && memcmp(w + n - k, suffix, k) == 0;
}

/* The form of an auxiliary from its spelling. */
static verb_form aux_form(const char *w, size_t n) {
  static const struct {
    const char *word; /* spelling */
    uint8_t form;     /* verb_form */
  } forms[] = {{"be", VF_BASE},       {"have", VF_BASE},    {"do", VF_BASE},
               {"is", VF_PRESENT},    {"are", VF_PRESENT},  {"am", VF_PRESENT},
               {"has", VF_PRESENT},   {"does", VF_PRESENT}, {"was", VF_PAST},
               {"were", VF_PAST},     {"had", VF_PAST},     {"did", VF_PAST},
               {"been", VF_PARTICIPLE}, {"being", VF_GERUND}, {"having", VF_GERUND}};
  for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
    if (strlen(forms[i].word) == n && memcmp(forms[i].word, w, n) == 0) return forms[i].form;
  return VF_BASE;
}

/* The verb form a word's spelling suggests, given its verb lemma. */
static verb_form spelled_form(const char *w, size_t n, const char *lemma, size_t lemma_len) {
  if (ends_with(w, n, "ing")) return VF_GERUND;
  if (lemma_len == n && memcmp(w, lemma, n) == 0) return VF_BASE;
  if (ends_with(w, n, "ed")) return VF_PAST;
  if (n > lemma_len && w[n - 1] == 's' && memcmp(w, lemma, lemma_len) == 0) return VF_PRESENT;
  /* "supplies", "carries": y becomes ies. */
  if (n >= 3 && ends_with(w, n, "ies") && lemma_len == n - 2 && lemma[lemma_len - 1] == 'y' &&
      memcmp(w, lemma, lemma_len - 1) == 0)
    return VF_PRESENT;
  /* Irregular: "given", "taken", "seen" are participles; "sought", "fled" pasts. */
  if (ends_with(w, n, "en") || ends_with(w, n, "wn")) return VF_PARTICIPLE;
  return VF_PAST;
}

/* Appends a lemma to the buffer and records it on the token. */
static int put_lemma(pos_sentence *ps, pos_token *t, const char *s, size_t n) {
  t->lemma = (uint32_t)ps->lemmas.len;
  t->lemma_len = (uint16_t)n;
  return dl_buffer_put(&ps->lemmas, s, n);
}

/* Tags a closed-class word of class cls (word_class_of); returns 0 when the word is open-class. */
static int tag_closed(pos_token *t, word_class cls, const char *w, size_t n) {
  switch (cls) {
    case WC_DET: t->pos = POS_DET; return 1;
    case WC_POSSESSIVE: t->pos = POS_POSS; return 1;
    case WC_PREP: t->pos = POS_PREP; return 1;
    case WC_CONJ: t->pos = POS_CONJ; return 1;
    case WC_SUBORD: t->pos = POS_SUBORD; return 1;
    case WC_PRONOUN: t->pos = POS_PRON; return 1;
    case WC_MODAL: t->pos = POS_MODAL; return 1;
    case WC_NEGATION: t->pos = POS_NEG; return 1;
    case WC_ADVERB: t->pos = POS_ADV; return 1;
    case WC_AUX:
      t->pos = POS_AUX;
      t->form = (uint8_t)aux_form(w, n);
      return 1;
    case WC_OPEN: return 0;
  }
  return 0;
}

/* The lemma of an auxiliary: be, have or do. */
static const char *aux_lemma(const char *w, size_t n) {
  if (n >= 2 && (w[0] == 'h')) return "have";
  if (n >= 2 && w[0] == 'd') return "do";
  return "be";
}

/*
 * First pass: what each token could be on its own. Closed classes and token
 * kinds decide at once; open-class words get their WordNet possibilities.
 */
static int tag_alone(pos_sentence *ps, const dl_lexicon *lex, const char *text,
                     const dl_token *tokens, size_t n, pos_guess *guess) {
  /* A headline in capitals carries no information in its case. */
  size_t words = 0, caps = 0;
  for (size_t i = 0; i < n; i++)
    if (tokens[i].kind == DL_TOKEN_WORD) {
      words++;
      caps += (tokens[i].flags & TOKEN_ALLCAPS) != 0;
    }
  int all_caps = words >= 3 && caps * 2 > words;
  for (size_t i = 0; i < n; i++) {
    const dl_token *tok = &tokens[i];
    pos_token *t = &ps->tokens.items[i];
    memset(t, 0, sizeof *t);
    memset(&guess[i], 0, sizeof guess[i]);
    char w[POS_MAX_WORD], lemma[LEX_MAX_TOKEN_KEY];
    size_t wn = lower_copy(text + tok->start, tok->len, w, sizeof w);
    switch (tok->kind) {
      case DL_TOKEN_PUNCT:
      case DL_TOKEN_SYMBOL: t->pos = POS_PUNCT; break;
      case DL_TOKEN_NUMBER:
      case DL_TOKEN_CURRENCY:
      case DL_TOKEN_PERCENT: t->pos = POS_NUM; break;
      case DL_TOKEN_POSSESSIVE: t->pos = POS_POSSESSIVE; break;
      case DL_TOKEN_ABBREV:
      case DL_TOKEN_URL:
      case DL_TOKEN_EMAIL: t->pos = POS_PROPN; break;
      default: break;
    }
    /* Numbers written as words ("Forty-six", "hundreds") are numbers. */
    double value;
    int approximate;
    pos_cached *slot = t->pos == POS_OTHER ? word_slot(ps->cache, w, wn) : NULL;
    if (t->pos == POS_OTHER && tok->kind == DL_TOKEN_WORD &&
        (slot ? slot->number : number_word_may_start(w, word_before_hyphen(w, wn))) &&
        number_read(text, tokens, n, i, &value, &approximate) > 0)
      t->pos = POS_NUM;
    if (t->pos != POS_OTHER || tok->len >= POS_MAX_WORD) {
      if (t->pos == POS_OTHER) t->pos = POS_NOUN;
      if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
      continue;
    }
    /*
     * "last May", "in May", "May 21": the month, not the modal. A capital
     * "May" inside a sentence after a word of time or before a number.
     */
    static const char *const before_month[] = {"after", "before", "by", "during", "early", "from", "in", "last",
                                               "late", "mid", "next", "of", "on", "since", "this", "through",
                                               "till", "until"};
    if (!all_caps && wn == 3 && memcmp(w, "may", 3) == 0 && (tok->flags & TOKEN_CAPITALISED) && i > 0) {
      char prev_low[8];
      size_t prev_n = tokens[i - 1].kind == DL_TOKEN_WORD && tokens[i - 1].len <= sizeof prev_low
                          ? words_lower_ascii(text + tokens[i - 1].start, tokens[i - 1].len, prev_low, sizeof prev_low)
                          : 0;
      if ((i + 1 < n && tokens[i + 1].kind == DL_TOKEN_NUMBER) ||
          (prev_n && words_sorted_contain(before_month, sizeof before_month / sizeof *before_month, prev_low, prev_n))) {
        t->pos = POS_PROPN;
        if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
        continue;
      }
    }
    /* "MARCH 30", "March 9": before a day, the month, not the verb; in a headline in capitals too. */
    if (wn == 5 && memcmp(w, "march", 5) == 0 && (tok->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) && i + 1 < n &&
        tokens[i + 1].kind == DL_TOKEN_NUMBER && tokens[i + 1].len <= 2 &&
        /* not a distance marched: "PROTESTERS MARCH 5 KM TO PARLIAMENT" */
        !(i + 2 < n && tokens[i + 2].kind == DL_TOKEN_WORD && tokens[i + 2].len <= 5 &&
          (tokens[i + 2].len == 2 ? (text[tokens[i + 2].start] | 32) == 'k' && (text[tokens[i + 2].start + 1] | 32) == 'm'
                                  : (text[tokens[i + 2].start] | 32) == 'm' && (text[tokens[i + 2].start + 1] | 32) == 'i'))) {
      t->pos = POS_PROPN;
      if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
      continue;
    }
    /* "so far", "thus far": adverbs of time, inside a verb group ("has not so far been targeted"). */
    if ((wn == 2 && memcmp(w, "so", 2) == 0) || (wn == 4 && memcmp(w, "thus", 4) == 0) ||
        (wn == 3 && memcmp(w, "far", 3) == 0)) {
      size_t other = wn == 3 ? i - 1 : i + 1;
      char o[4];
      size_t on = (wn == 3 ? i > 0 : i + 1 < n) && tokens[other].len <= sizeof o
                      ? words_lower_ascii(text + tokens[other].start, tokens[other].len, o, sizeof o)
                      : 0;
      if ((wn == 3 && ((on == 2 && memcmp(o, "so", 2) == 0) || (on == 4 && memcmp(o, "thus", 4) == 0))) ||
          (wn != 3 && on == 3 && memcmp(o, "far", 3) == 0)) {
        t->pos = POS_ADV;
        if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
        continue;
      }
    }
    /* "ca" "n't", "wo" "n't", "sha" "n't": can, will and shall, split the Penn Treebank way. */
    if (wn <= 3 && i + 1 < n && tokens[i + 1].len == 3 && memcmp(text + tokens[i + 1].start + 1, "'t", 2) == 0 &&
        ((wn == 2 && (memcmp(w, "ca", 2) == 0 || memcmp(w, "wo", 2) == 0)) || (wn == 3 && memcmp(w, "sha", 3) == 0))) {
      t->pos = POS_MODAL;
      const char *l = w[0] == 'c' ? "can" : w[0] == 'w' ? "will" : "shall";
      if (put_lemma(ps, t, l, strlen(l)) != DL_OK) return DL_ENOMEM;
      continue;
    }
    /* A word in capitals in a sentence that is not is an acronym, not a closed-class word: "US", "WHO", "IT". */
    if (!all_caps && (tok->flags & TOKEN_ALLCAPS) && wn >= 2) {
      t->pos = POS_PROPN;
      if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
      continue;
    }
    if (tag_closed(t, slot ? (word_class)slot->word_class : word_class_of(w, wn), w, wn)) {
      guess[i].particle = (uint8_t)(t->pos == POS_PREP &&
                                    ((wn == 3 && (memcmp(w, "out", 3) == 0 || memcmp(w, "off", 3) == 0)) ||
                                     (wn == 2 && memcmp(w, "up", 2) == 0) ||
                                     (wn == 4 && (memcmp(w, "down", 4) == 0 || memcmp(w, "back", 4) == 0)) ||
                                     (wn == 4 && memcmp(w, "away", 4) == 0)));
      const char *l = t->pos == POS_AUX ? aux_lemma(w, wn) : w;
      if (put_lemma(ps, t, l, t->pos == POS_AUX ? strlen(l) : wn) != DL_OK) return DL_ENOMEM;
      continue;
    }
    int capital = !all_caps && (tok->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) != 0;
    char vlemma[LEX_MAX_TOKEN_KEY];
    size_t nl, vl;
    unsigned bits = analyse_word(slot, lex, w, wn, lemma, &nl, vlemma, &vl, sizeof lemma);
    uint8_t can = 0;
    if (nl && (bits & LEX_POS_NOUN)) can |= CAN_NOUN;
    if (vl && (bits & LEX_POS_VERB)) can |= CAN_VERB;
    if (bits & LEX_POS_ADJ) can |= CAN_ADJ;
    guess[i].can = can;
    guess[i].form = (uint8_t)(vl ? spelled_form(w, wn, vlemma, vl) : VF_BASE);
    guess[i].capital = (uint8_t)(capital && i > 0);
    guess[i].opening_capital = (uint8_t)(capital && i == 0);
    guess[i].plural = (uint8_t)((can & CAN_NOUN) && nl < wn && w[wn - 1] == 's');
    /* Plurals with no "s" (w is in lower case): "police beat the protesters", "people flee". */
    if ((wn == 6 && (memcmp(w, "police", 6) == 0 || memcmp(w, "people", 6) == 0)) ||
        (wn == 9 && memcmp(w, "personnel", 9) == 0))
      guess[i].plural = 1;
    /* Names: capitalised inside the sentence, or unknown to WordNet at its start. */
    if ((capital && i > 0 && !(i > 0 && tokens[i - 1].kind == DL_TOKEN_PUNCT &&
                               text[tokens[i - 1].start] == '"')) ||
        (capital && can == 0)) {
      t->pos = POS_PROPN;
      if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
      continue;
    }
    if (can == 0) {
      /* Unknown to WordNet: the suffix guesses. */
      if (ends_with(w, wn, "ly")) t->pos = POS_ADV;
      else if (ends_with(w, wn, "ing") || ends_with(w, wn, "ed")) {
        t->pos = POS_VERB;
        t->form = guess[i].form;
      } else {
        t->pos = POS_NOUN;
      }
    } else if (can == CAN_VERB) {
      t->pos = POS_VERB;
      t->form = guess[i].form;
      /* "the wrongful jailing of", "their killing": a gerund after a determiner and adjectives names the act. */
      size_t b = i;
      while (b > 0 && i - b < 3 && ps->tokens.items[b - 1].pos == POS_ADJ) b--;
      /* (Not after "both" or "all", which float: "are both refusing".) */
      static const char *const articles[] = {"the", "a", "an", "this", "these", "those", "any", "no", "every", NULL};
      if (guess[i].form == VF_GERUND && b > 0 && wn < sizeof lemma &&
          ((ps->tokens.items[b - 1].pos == POS_DET && lemma_among(ps, &ps->tokens.items[b - 1], articles)) ||
           ps->tokens.items[b - 1].pos == POS_POSS || ps->tokens.items[b - 1].pos == POS_POSSESSIVE)) {
        t->pos = POS_NOUN;
        t->form = VF_NONE;
        nl = wn;
        memcpy(lemma, w, wn);
      }
    } else if (can == CAN_NOUN) {
      t->pos = POS_NOUN;
    } else if (can == CAN_ADJ) {
      t->pos = ends_with(w, wn, "ly") ? POS_ADV : POS_ADJ;
    }
    /* Ambiguous words keep POS_OTHER for the second pass; store both lemmas' choice later. */
    if (t->pos == POS_VERB) {
      if (put_lemma(ps, t, vlemma, vl) != DL_OK) return DL_ENOMEM;
    } else if (t->pos == POS_NOUN) {
      if (put_lemma(ps, t, lemma, nl) != DL_OK) return DL_ENOMEM;
    } else if (t->pos != POS_OTHER) {
      if (put_lemma(ps, t, w, wn) != DL_OK) return DL_ENOMEM;
    } else {
      /* Both lemmas, noun then verb, so the second pass can pick one without recomputing. */
      t->lemma = (uint32_t)ps->lemmas.len;
      t->lemma_len = (uint16_t)nl;
      if (dl_buffer_put(&ps->lemmas, lemma, nl) != DL_OK ||
          dl_buffer_putc(&ps->lemmas, '\0') != DL_OK ||
          dl_buffer_put(&ps->lemmas, vlemma, vl) != DL_OK ||
          dl_buffer_putc(&ps->lemmas, '\0') != DL_OK)
        return DL_ENOMEM;
    }
  }
  return DL_OK;
}

/* Nonzero when an open-class word's possibilities include a verb that follows a subject. */
static int finite_form(uint8_t form) {
  return form == VF_PAST || form == VF_PRESENT || form == VF_BASE;
}

/*
 * Nonzero for a verb's -s form that cannot come right before "to": "force"
 * and "order" take an object first ("forces Iran to"), so "Turkish forces to
 * retake" and "his orders to withdraw" are nouns.
 */
static int object_before_to(const pos_sentence *ps, const pos_token *t, uint8_t form) {
  if (form != VF_PRESENT) return 0;
  const char *l = ps->lemmas.data + t->lemma;
  return (t->lemma_len == 5 && memcmp(l, "force", 5) == 0) || (t->lemma_len == 5 && memcmp(l, "order", 5) == 0);
}

/*
 * Nonzero for a name that describes a people, as an adjective ending in
 * -ish, -ian, -an, -ese, -i or -ch does ("British", "Iraqi", "French"):
 * what follows it is a noun ("British lives to rescue"), where after
 * "Brown" or "Iran" it may be a verb ("Brown plans to").
 */
static int demonym_like(const pos_sentence *ps, const pos_token *t, uint8_t can) {
  if (!(can & CAN_ADJ) || t->lemma_len < 4) return 0;
  const char *w = ps->lemmas.data + t->lemma;
  size_t n = t->lemma_len;
  return (n > 3 && memcmp(w + n - 3, "ish", 3) == 0) || (n > 3 && memcmp(w + n - 3, "ese", 3) == 0) ||
         (n > 2 && memcmp(w + n - 2, "an", 2) == 0) || (n > 2 && memcmp(w + n - 2, "ch", 2) == 0) || w[n - 1] == 'i';
}

/*
 * Nonzero when token i is inside a noun phrase that a time's possessive
 * opens: "Thursday's Commons debate", "last week's attack", "yesterday's
 * vote". What may be a noun there is one.
 */
static int after_time_possessive(const pos_sentence *ps, const pos_token *t, size_t i) {
  static const char *const times[] = {"friday", "monday", "month", "night", "saturday", "sunday",
                                      "thursday", "today", "tomorrow", "tonight", "tuesday", "wednesday",
                                      "week", "weekend", "year", "yesterday"};
  size_t k = i;
  while (k > 0 && i - k < 3 && (t[k - 1].pos == POS_NOUN || t[k - 1].pos == POS_PROPN || t[k - 1].pos == POS_ADJ)) k--;
  if (k < 2 || t[k - 1].pos != POS_POSSESSIVE) return 0;
  const pos_token *time = &t[k - 2];
  return words_sorted_contain(times, sizeof times / sizeof *times, ps->lemmas.data + time->lemma, time->lemma_len);
}

/* Nonzero for verbs of saying and thinking, which take a clause with no "that": "officials say could", "producers claim will". */
static int clause_verb(const pos_sentence *ps, const pos_token *t) {
  static const char *const verbs[] = {"say", "claim", "believe", "estimate", "think", "fear", "expect", "hope",
                                      "insist", "argue", "predict", "warn", "suggest", "allege", "report", "reckon",
                                      "feel", "know", "contend", "worry", "admit", "acknowledge", "concede", NULL};
  return lemma_among(ps, t, verbs);
}

/* Verbs and adjectives whose "to" starts an infinitive: "sworn to fight", "willing to talk", not "returned to power". */
static const char *const control_verbs[] = {"swear",    "vow",     "pledge",   "promise",    "threaten", "agree",
                                            "decide",   "refuse",  "decline",  "try",        "attempt",  "seek",
                                            "hope",     "plan",    "want",     "continue",   "begin",    "start",
                                            "fail",     "aim",     "prepare",  "offer",      "intend",   "expect",
                                            "need",     "choose",  "manage",   "urge",       "ask",      "willing",
                                            "ready",    "prepared", "able",    "unable",     "determined", "eager",
                                            "likely",   NULL};

/* Nonzero when tagged token t is one of control_verbs. */
static int control_verb(const pos_sentence *ps, const pos_token *t) { return lemma_among(ps, t, control_verbs); }

/* Verbs a participle may complete, not describe an object of: "got killed", "became embroiled", "remained trapped". */
static const char *const linking_verbs[] = {"get", "become", "seem", "appear", "feel", "look", "remain", "stay", "keep",
                                            "go", "come", "sound", "prove", NULL};

/* Verbs of backing, whose participle after a people's name tells who backs: "Turkish backed", "Iranian funded". */
static const char *const backing_verbs[] = {"back", "support", "sponsor", "fund", "finance", "lead", "train",
                                            "install", "supply", "equip", "control", "run", "own", NULL};

/* Verbs whose past is spelled as the base, which a subject that acts and an object make past: "the army hit a hospital". */
static const char *const past_as_base[] = {"hit", "cut", "put", "set", "shut", "hurt", "beat", "cost", "quit", "let",
                                           "split", "shed", NULL};

/* Nouns, sorted, that name those who act, before such a verb: "the army hit", "the government cut". */
static const char *const acting_nouns[] = {"administration", "alliance", "army", "cabinet", "coalition",
                                           "council", "country", "court", "government", "junta", "leader",
                                           "military", "militia", "minister", "ministry", "nation", "navy",
                                           "parliament", "police", "president", "regime", "state"};

/* Verbs before an object and a bare infinitive: "let Israel hit Iran", "helped the army cut". */
static const char *const bare_infinitive_verbs[] = {"let", "help", "make", "see", "watch", "hear", "have", NULL};

/* Verbs of saying, which open a quote: "said: \"...\"", "added \"...\"". */
static const char *const saying_verbs[] = {"say", "tell", "add", "ask", "write", "reply", "declare", "insist", "warn",
                                           "explain", "state", "announce", "claim", "argue", "comment", "respond",
                                           "note", "conclude", "admit", "tweet", "answer", "shout", NULL};

/* Nonzero for verbs and adjectives whose "to" takes a noun phrase: "amounting to house arrest", "tantamount to war". */
static int noun_to_word(const pos_sentence *ps, const pos_token *t) {
  static const char *const words[] = {"amount", "tantamount", "equivalent", "akin", "lead", "contribute",
                                      "sentence", "confine", "subject", NULL};
  return lemma_among(ps, t, words);
}

/*
 * Nonzero for an undecided token whose verb (stored after its noun lemma, as
 * make_verb reads it) takes an infinitive in the passive: "is being sought
 * to free", "being sent to fight".
 */
static int passive_control_verb(const pos_sentence *ps, const pos_token *t) {
  /* (Not verbs of ordering: "were ordered to open fire" stays as the tagger read it.) */
  static const char *const verbs[] = {"seek",  "require", "authorise", "authorize", "mandate", "send", "deploy",
                                      "dispatch", "invite", "recruit", "train", "appoint", "elect", NULL};
  return verb_lemma_among(ps, t, verbs);
}

/* Nonzero when the last lexical verb before token end is a participle after "be": "were tortured and". */
static int last_verb_participle(const pos_token *t, size_t end) {
  for (size_t k = end; k-- > 0;)
    if (t[k].pos == POS_VERB) {
      /* (Over adverbs after the auxiliary: "were later identified and arrested".) */
      size_t a = k;
      while (a > 0 && a + 3 > k && (t[a - 1].pos == POS_ADV || t[a - 1].pos == POS_NEG)) a--;
      return t[k].form == VF_PARTICIPLE && a > 0 && t[a - 1].pos == POS_AUX;
    }
  return 0;
}

/* Nonzero when a lexical verb comes before token end of the sentence. */
static int verb_before(const pos_token *t, size_t end) {
  for (size_t k = 0; k < end; k++)
    if (t[k].pos == POS_VERB) return 1;
  return 0;
}

/* Nonzero for a singular noun that names a person by its ending: "woman", "fighter", "volunteer", "activist". */
static int person_word(const pos_sentence *ps, const pos_token *t) {
  static const char *const endings[] = {"man", "woman", "er", "eer", "ist", "ian"};
  const char *l = ps->lemmas.data + t->lemma;
  size_t n = t->lemma_len;
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t e = strlen(endings[k]);
    if (n > e + 1 && memcmp(l + n - e, endings[k], e) == 0) return 1;
  }
  return 0;
}

/* Settles an ambiguous token as a verb: picks the verb lemma stored after the noun one. */
static void make_verb(pos_sentence *ps, pos_token *t, uint8_t form) {
  t->pos = POS_VERB;
  t->form = form;
  const char *noun = ps->lemmas.data + t->lemma;
  size_t skip = strlen(noun) + 1;
  t->lemma += (uint32_t)skip;
  t->lemma_len = (uint16_t)strlen(ps->lemmas.data + t->lemma);
}

/*
 * Nonzero when the noun at token p names one who acts, a name or a body of a
 * state ("Israel", "the army"), and is no object of a verb that takes a bare
 * infinitive ("let Israel hit Iran"); not a thing ("a US warship hit a
 * mine", "the downturn hit") or a show ("the cult hit Little Britain").
 */
static int acts(const pos_sentence *ps, const pos_token *t, const pos_guess *guess, size_t p) {
  int name = t[p].pos == POS_PROPN || guess[p].opening_capital;
  if (!name && !words_sorted_contain(acting_nouns, sizeof acting_nouns / sizeof *acting_nouns,
                                     ps->lemmas.data + t[p].lemma, t[p].lemma_len))
    return 0;
  size_t q = p;
  while (q > 0 && (t[q - 1].pos == POS_DET || t[q - 1].pos == POS_ADJ || t[q - 1].pos == POS_PROPN)) q--;
  return !(q > 0 && t[q - 1].pos == POS_VERB && lemma_among(ps, &t[q - 1], bare_infinitive_verbs));
}

/*
 * Second pass, left to right: the neighbours decide words that may be a noun,
 * a verb or an adjective, and verb forms after auxiliaries.
 */
static void tag_in_context(pos_sentence *ps, const pos_guess *guess, size_t n) {
  pos_token *t = ps->tokens.items;
  for (size_t i = 0; i < n; i++) {
    pos_tag prev = POS_OTHER;
    size_t p = i;
    /* The previous tag that matters, over adverbs, negations and a short
       parenthesis: "the Union (SSS) stopped work". */
    while (p > 0) {
      p--;
      if (t[p].pos == POS_PUNCT && t[p].lemma_len == 1 && ps->lemmas.data[t[p].lemma] == ')') {
        size_t q = p;
        while (q > 0 && p - q < 12 && !(t[q].pos == POS_PUNCT && ps->lemmas.data[t[q].lemma] == '(')) q--;
        if (q > 0 && t[q].pos == POS_PUNCT && ps->lemmas.data[t[q].lemma] == '(') {
          p = q;
          continue;
        }
      }
      if (t[p].pos != POS_ADV && t[p].pos != POS_NEG) {
        prev = (pos_tag)t[p].pos;
        break;
      }
    }
    if (t[i].pos == POS_OTHER) {
      uint8_t can = guess[i].can;
      uint8_t form = guess[i].form;
      int next_nounish = i + 1 < n && (t[i + 1].pos == POS_NOUN || t[i + 1].pos == POS_PROPN ||
                                       (t[i + 1].pos == POS_OTHER && (guess[i + 1].can & CAN_NOUN)));
      /* After "to", a word that may be a verb is one when an object or particle follows. */
      int after_to = prev == POS_PREP && t[p].lemma_len == 2 &&
                     memcmp(ps->lemmas.data + t[p].lemma, "to", 2) == 0;
      int object_follows = i + 1 < n && (t[i + 1].pos == POS_DET || t[i + 1].pos == POS_POSS ||
                                         t[i + 1].pos == POS_PRON || t[i + 1].pos == POS_PROPN ||
                                         t[i + 1].pos == POS_NUM || t[i + 1].pos == POS_SUBORD);
      int clause_ends = i + 1 >= n || t[i + 1].pos == POS_PUNCT || t[i + 1].pos == POS_CONJ ||
                        (t[i + 1].pos == POS_PREP && !guess[i + 1].particle);
      const char *aux = prev == POS_AUX ? ps->lemmas.data + t[p].lemma : "";
      int aux_do = prev == POS_AUX && aux[0] == 'd';
      /* "to" with a verb after it: "plans to impose", "is willing to send". */
      int to_verb = i + 2 < n && t[i + 1].pos == POS_PREP && t[i + 1].lemma_len == 2 &&
                    memcmp(ps->lemmas.data + t[i + 1].lemma, "to", 2) == 0 &&
                    (t[i + 2].pos == POS_VERB || (t[i + 2].pos == POS_OTHER && (guess[i + 2].can & CAN_VERB)));
      /* A plural name as subject: "the Palestinians reject". */
      int plural_name = prev == POS_PROPN && t[p].lemma_len > 3 && ps->lemmas.data[t[p].lemma + t[p].lemma_len - 1] == 's';
      /* "sworn to fight", "agreed to talk": a verb, "to", a verb. */
      int verb_to = after_to && p > 0 &&
                    ((t[p - 1].pos == POS_VERB || t[p - 1].pos == POS_ADJ) && control_verb(ps, &t[p - 1]));
      /* Right after "no" (not "no longer", "no more") a noun phrase begins: "had no doubt", "no new troops". */
      int after_no = i > 0 && t[i - 1].pos == POS_NEG && t[i - 1].lemma_len == 2 &&
                     memcmp(ps->lemmas.data + t[i - 1].lemma, "no", 2) == 0 && (can & (CAN_NOUN | CAN_ADJ));
      /* ...but not "no longer" and "no more", which are adverbs (below). */
      if (after_no && ((t[i].lemma_len == 6 && memcmp(ps->lemmas.data + t[i].lemma, "longer", 6) == 0) ||
                       (t[i].lemma_len == 4 && memcmp(ps->lemmas.data + t[i].lemma, "more", 4) == 0)))
        after_no = 0;
      /*
       * "won pounds 2,450", "lent Russia dollars 6bn": money before its amount
       * is a noun; not before what is counted ("artillery pounds 12 villages").
       */
      int money = i + 1 < n && t[i + 1].pos == POS_NUM && (can & CAN_NOUN) &&
                  !(i + 2 < n && (t[i + 2].pos == POS_NOUN || (t[i + 2].pos == POS_OTHER && (guess[i + 2].can & CAN_NOUN)))) &&
                  ((t[i].lemma_len == 5 && memcmp(ps->lemmas.data + t[i].lemma, "pound", 5) == 0) ||
                   (t[i].lemma_len == 6 && memcmp(ps->lemmas.data + t[i].lemma, "dollar", 6) == 0));
      /* "troops last week launched", "last May": "last" and "next" before a time are adjectives. */
      static const char *const times[] = {"april", "august", "autumn", "century", "decade", "december",
                                          "february", "friday", "january", "july", "june", "march",
                                          "may", "monday", "month", "night", "november", "october",
                                          "quarter", "saturday", "season", "september", "spring", "summer",
                                          "sunday", "thursday", "time", "tuesday", "wednesday", "week",
                                          "weekend", "winter", "year"};
      /* Adverbs of degree, which grade qualities and not acts. */
      static const char *const degrees[] = {"extremely", "fairly", "highly", "incredibly", "less", "more", "most",
                                            "overly", "quite", "remarkably", "so", "too", "utterly", "very"};
      /* ...but the phrase's verb may follow it: "Tuesday's strike targets Iranian militias", "Monday's attack left". */
      int object_next = i + 1 < n && (t[i + 1].pos == POS_DET || t[i + 1].pos == POS_PRON ||
                                      t[i + 1].pos == POS_PROPN || t[i + 1].pos == POS_NUM);
      if ((can & CAN_NOUN) && form != VF_PAST && form != VF_PARTICIPLE && !object_next &&
          after_time_possessive(ps, t, i)) {
        t[i].pos = POS_NOUN;
      } else if (prev == POS_VERB && p + 1 == i && (form == VF_PAST || form == VF_PARTICIPLE) && i + 1 < n &&
                 (next_nounish || t[i + 1].pos == POS_ADJ) && t[p].form != VF_GERUND &&
                 !verb_lemma_among(ps, &t[p], linking_verbs)) {
        /* A participle right after a verb describes its object: "UK helps raped Rwandan women", "treated wounded soldiers". */
        t[i].pos = POS_ADJ;
      } else if ((form == VF_PAST || form == VF_PARTICIPLE) && next_nounish &&
                 (prev == POS_POSSESSIVE || prev == POS_POSS ||
                  (prev == POS_ADJ && p > 0 && (t[p - 1].pos == POS_POSSESSIVE || t[p - 1].pos == POS_POSS)))) {
        /* ...and one after a possessive, inside its noun phrase: "the administration's (radical) proposed overhaul". */
        t[i].pos = POS_ADJ;
      } else if (i + 1 < n && t[i].lemma_len == 4 && prev != POS_MODAL && prev != POS_TO &&
          (memcmp(ps->lemmas.data + t[i].lemma, "last", 4) == 0 ||
           memcmp(ps->lemmas.data + t[i].lemma, "next", 4) == 0) &&
          words_sorted_contain(times, sizeof times / sizeof *times, ps->lemmas.data + t[i + 1].lemma,
                               t[i + 1].lemma_len)) {
        t[i].pos = POS_ADJ;
      } else if (i > 0 && (can & CAN_NOUN) && t[i - 1].lemma_len == 5 &&
                 memcmp(ps->lemmas.data + t[i - 1].lemma, "whose", 5) == 0) {
        /* "al-Qaida, whose attacks on New York": a noun after "whose", which is its possessor. */
        t[i].pos = POS_NOUN;
      } else if (after_no || money) {
        t[i].pos = (can & CAN_ADJ) && (next_nounish || !(can & CAN_NOUN)) ? POS_ADJ : POS_NOUN;
      } else if (after_to && p > 0 && noun_to_word(ps, &t[p - 1]) && (can & CAN_NOUN) && next_nounish) {
        t[i].pos = POS_NOUN;
      } else if (prev == POS_PROPN && p > 0 && t[p - 1].pos == POS_DET && demonym_like(ps, &t[p], guess[p].can) &&
                 (can & CAN_ADJ) && (form == VF_PAST || form == VF_PARTICIPLE) && i + 1 < n &&
                 (t[i + 1].pos == POS_NOUN || (t[i + 1].pos == POS_OTHER && (guess[i + 1].can & CAN_NOUN) &&
                                              !demonym_like(ps, &t[i + 1], guess[i + 1].can))) &&
                 !verb_lemma_among(ps, &t[i], backing_verbs)) {
        /*
         * A participle that WordNet knows as an adjective, between a people's
         * name and a common noun: "the Russian armed forces", not "the French
         * armed Rwandan militias".
         */
        /* (Not one of backing, which a hyphen lost: "the Turkish backed rebels" are backed by Turkey.) */
        t[i].pos = POS_ADJ;
      } else if (prev == POS_AUX && aux[0] == 'b' && (can & CAN_ADJ) && to_verb &&
                 !((can & CAN_VERB) && (form == VF_PAST || form == VF_PARTICIPLE) && passive_control_verb(ps, &t[i])) &&
                 /* (not a verb's progressive: "is trying to strike a deal", "are seeking to") */
                 !((can & CAN_VERB) && form == VF_GERUND && verb_lemma_among(ps, &t[i], control_verbs))) {
        t[i].pos = POS_ADJ;
      } else if (to_verb && (can & CAN_VERB) && form != VF_GERUND && !object_before_to(ps, &t[i], form) &&
                 !(prev == POS_PROPN && form == VF_PRESENT && demonym_like(ps, &t[p], guess[p].can)) &&
                 (prev == POS_NOUN || prev == POS_PROPN || prev == POS_PRON || prev == POS_PUNCT) &&
                 /* a base form agrees only with a plural: "their hunger strike to demand" is a noun */
                 (form != VF_BASE || prev == POS_PRON || (prev == POS_NOUN && guess[p].plural))) {
        make_verb(ps, &t[i], form == VF_BASE ? VF_PRESENT : form);
      } else if ((plural_name || verb_to) && (can & CAN_VERB) && form == VF_BASE) {
        make_verb(ps, &t[i], VF_BASE);
      } else if (prev == POS_TO || prev == POS_MODAL || (aux_do && (can & CAN_VERB)) ||
          (after_to && (can & CAN_VERB) && form == VF_BASE && !clause_ends)) {
        make_verb(ps, &t[i], VF_BASE);
      } else if (prev == POS_AUX && aux[0] == 'b' && form == VF_GERUND && i > 0 && t[i - 1].pos == POS_ADV &&
                 words_sorted_contain(degrees, sizeof degrees / sizeof *degrees, ps->lemmas.data + t[i - 1].lemma,
                                      t[i - 1].lemma_len)) {
        /* "can be overly accommodating", "was very damaging": a degree is of a quality, not of an act going on. */
        t[i].pos = POS_ADJ;
      } else if (prev == POS_AUX && !aux_do && (can & CAN_VERB) && form != VF_PRESENT) {
        /* After have or be: "have met", "were given", "is overhauling". */
        make_verb(ps, &t[i], form == VF_GERUND ? VF_GERUND : VF_PARTICIPLE);
      } else if (form == VF_GERUND && (can & CAN_VERB) &&
                 (object_follows ||
                  ((prev == POS_NOUN || prev == POS_PROPN) && i + 1 < n &&
                   (t[i + 1].pos == POS_ADJ || t[i + 1].pos == POS_NOUN ||
                    (t[i + 1].pos == POS_OTHER && (guess[i + 1].can & (CAN_NOUN | CAN_ADJ))))))) {
        /* "ending a presence", "forces facing attacks". */
        make_verb(ps, &t[i], VF_GERUND);
      } else if (form == VF_GERUND && (can & CAN_VERB) && prev == POS_NOUN && (guess[p].plural || person_word(ps, &t[p])) &&
                 i + 1 < n && t[i + 1].lemma_len == 9 && memcmp(ps->lemmas.data + t[i + 1].lemma, "alongside", 9) == 0) {
        /* People and whom they act with: "Russian nationals fighting alongside Syrian troops", "a woman serving alongside". */
        make_verb(ps, &t[i], VF_GERUND);
      } else if ((prev == POS_NOUN && guess[p].plural) && (can & CAN_VERB) && form == VF_BASE &&
                 !clause_ends &&
                 /* not a compound before its verb: "the police station is", "the arms embargo would" */
                 !(i + 1 < n && !clause_verb(ps, &t[i]) &&
                   (t[i + 1].pos == POS_AUX || t[i + 1].pos == POS_MODAL ||
                    (t[i + 1].pos == POS_VERB && t[i + 1].form != VF_GERUND)))) {
        /* A plural subject and a verb in the present: "soldiers seek refuge", "diplomats say". */
        make_verb(ps, &t[i], VF_BASE);
      } else if (prev == POS_NOUN && !guess[p].plural && p > 0 &&
                 (t[p - 1].pos == POS_DET || t[p - 1].pos == POS_POSS) && (can & CAN_VERB) &&
                 form == VF_PRESENT) {
        /* A whole noun phrase, then a verb that agrees with it: "the move comes". */
        make_verb(ps, &t[i], form);
      } else if ((prev == POS_PRON || prev == POS_SUBORD) && (can & CAN_VERB) && finite_form(form)) {
        make_verb(ps, &t[i], form);
      } else if ((prev == POS_NOUN || prev == POS_PROPN) && (can & CAN_VERB) &&
                 /* a people's adjective is no subject of the present: "dismissed Iraqi reports that" */
                 !(prev == POS_PROPN && form == VF_PRESENT && demonym_like(ps, &t[p], guess[p].can)) &&
                 (form == VF_PAST ||
                  (finite_form(form) && form != VF_BASE &&
                   (object_follows || (i + 1 < n && (t[i + 1].pos == POS_ADV ||
                                                     t[i + 1].pos == POS_NEG)))))) {
        /* After a subject: a past form is its verb ("soldiers sought"); a present
           one only with an object after it ("Pakistan says the"), else a noun
           ("Afghan soldiers"). */
        make_verb(ps, &t[i], form);
      } else if ((prev == POS_NOUN || prev == POS_PROPN) && p + 1 == i && !guess[p].plural && (can & CAN_VERB) &&
                 form == VF_BASE && i + 1 < n && verb_lemma_among(ps, &t[i], past_as_base) &&
                 (object_follows || t[i + 1].pos == POS_NOUN ||
                  (t[i + 1].pos == POS_OTHER && (guess[i + 1].can & CAN_NOUN))) &&
                 t[i + 1].pos != POS_SUBORD && acts(ps, t, guess, p)) {
        /* A singular subject takes no base form: "the army hit a hospital", "Russia cut gas supplies" are past. */
        make_verb(ps, &t[i], VF_PAST);
      } else if (prev == POS_PREP && form == VF_GERUND && (can & CAN_VERB)) {
        make_verb(ps, &t[i], VF_GERUND);
      } else if (prev == POS_PUNCT && form == VF_PAST && (can & CAN_VERB) &&
                 (object_follows || (i + 1 < n && t[i + 1].pos == POS_PUNCT && t[i + 1].lemma_len == 1 &&
                                     (ps->lemmas.data[t[i + 1].lemma] == ':' ||
                                      (ps->lemmas.data[t[i + 1].lemma] == '"' && verb_lemma_among(ps, &t[i], saying_verbs)))))) {
        /* After an apposition, a past form with its object is the verb: "the Observatory, a monitoring group, said eight". */
        /* ...and so is one that opens a quote: "Mr Mubanga, who is 32, said: \"I have lost\"" (not "entitled \"Beyond\""). */
        make_verb(ps, &t[i], VF_PAST);
      } else if (prev == POS_CONJ && form == VF_PAST && (can & CAN_VERB) && object_follows &&
                 t[i + 1].pos != POS_PROPN && verb_before(t, p)) {
        /* A second verb of one subject: "denied the report and said its forces". */
        make_verb(ps, &t[i], VF_PAST);
      } else if (prev == POS_DET && p + 1 == i && form == VF_PAST && (can & CAN_VERB) && (clause_ends || object_follows) &&
                 lemma_among(ps, &t[p], pronoun_determiners)) {
        /* A determiner that stands alone is the subject: "another said, adding", "some said that". */
        make_verb(ps, &t[i], VF_PAST);
      } else if ((can & CAN_ADJ) && next_nounish && !(can & CAN_NOUN && form != VF_BASE)) {
        t[i].pos = POS_ADJ;
      } else if (can & CAN_NOUN) {
        t[i].pos = POS_NOUN;
      } else if (can & CAN_ADJ) {
        t[i].pos = POS_ADJ;
      } else {
        make_verb(ps, &t[i], form);
      }
    }
    /* ...and so is one after "and" that shares a passive: "were tortured and denied the right". */
    if (t[i].pos == POS_VERB && t[i].form == VF_PAST && prev == POS_CONJ && last_verb_participle(t, p))
      t[i].form = VF_PARTICIPLE;
    /* A past form after have or be is a participle: "were given", "has sought". */
    if (t[i].pos == POS_VERB && t[i].form == VF_PAST && prev == POS_AUX) {
      const char *aux = ps->lemmas.data + t[p].lemma;
      if ((t[p].lemma_len == 2 && memcmp(aux, "be", 2) == 0) ||
          (t[p].lemma_len == 4 && memcmp(aux, "have", 4) == 0))
        t[i].form = VF_PARTICIPLE;
    }
  }
  /* "is no longer shelling", "no more": an adverb of the verb after it, whatever the word was taken for. */
  for (size_t i = 1; i < n; i++)
    if (t[i - 1].pos == POS_NEG && t[i - 1].lemma_len == 2 && memcmp(ps->lemmas.data + t[i - 1].lemma, "no", 2) == 0 &&
        ((t[i].lemma_len == 6 && memcmp(ps->lemmas.data + t[i].lemma, "longer", 6) == 0) ||
         (t[i].lemma_len == 4 && memcmp(ps->lemmas.data + t[i].lemma, "more", 4) == 0)))
      t[i].pos = POS_ADV;
  /* "to" followed by a base verb, decided after the verb was tagged. */
  for (size_t i = 0; i + 1 < n; i++) {
    if (t[i].pos != POS_PREP || t[i].lemma_len != 2) continue;
    const char *w = ps->lemmas.data + t[i].lemma;
    if (memcmp(w, "to", 2) == 0 && t[i + 1].pos == POS_VERB && t[i + 1].form == VF_BASE)
      t[i].pos = POS_TO;
  }
}

int pos_tag_sentence(pos_sentence *ps, dl_context *ctx, const dl_lexicon *lex, const char *text,
                     const dl_token *tokens, size_t n) {
  ps->tokens.len = 0;
  dl_buffer_clear(&ps->lemmas);
  if (dl_vec_reserve(ctx, (void **)&ps->tokens.items, &ps->tokens.cap, n + 1,
                     sizeof *ps->tokens.items) != DL_OK)
    return DL_ENOMEM;
  ps->tokens.len = n;
  if (!ctx->word_cache && (ctx->word_cache = dl_mem_calloc(ctx, 1, sizeof *ps->cache)) != NULL)
    ctx->word_cache_size = sizeof *ps->cache;
  ps->cache = ctx->word_cache; /* without one, tagging is slower, no worse */
  if (ps->cache && ps->cache->lex != lex) {
    memset(ps->cache->slots, 0, sizeof ps->cache->slots);
    ps->cache->lex = lex;
  }
  pos_guess small[64];
  pos_guess *guess = n <= 64 ? small : dl_mem_alloc(ctx, n * sizeof *guess);
  if (!guess) return DL_ENOMEM;
  int rc = tag_alone(ps, lex, text, tokens, n, guess);
  if (rc == DL_OK) tag_in_context(ps, guess, n);
  if (guess != small) dl_mem_free(ctx, guess, n * sizeof *guess);
  return rc;
}
