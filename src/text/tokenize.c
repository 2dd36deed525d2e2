/* tokenize.c: splitting normalised news text into words, numbers, abbreviations and marks. */
#include "text/tokenize.h"

#include <string.h>
#include <utf8proc.h>

/*
 * The tokeniser makes one pass from left to right. Each token is found by
 * scanning forward from its first byte, and looking ahead is bounded (a few
 * bytes), except for e-mail addresses, whose failed look-ahead is remembered
 * so no byte is scanned twice for one. Conventions, as the spec shows them:
 *   - contractions split the Penn Treebank way: "did" "n't", "they" "'re";
 *     "'s" is a POSSESSIVE token (it may also be "is" or "has");
 *   - a plural possessive "soldiers'" splits off "'" unless a single quote
 *     is open (then the "'" closes the quote);
 *   - hyphenated compounds are one WORD ("Forty-six", "20-year", "U.S.-led"),
 *     but digits-hyphen-digits ("20-30") splits into a range;
 *   - currency is one token with its amount ("$10bn", "US$10", "£7.6bn");
 *     following words ("million") are separate.
 */

/* Known abbreviations, sorted by strcmp for binary search. */
static const struct {
  const char *word; /* without the period */
  int cls;          /* ABBREV_* */
} abbreviations[] = {
    {"Adm", ABBREV_TITLE},    {"Ala", ABBREV_ENDING},   {"Amb", ABBREV_TITLE},
    {"Apr", ABBREV_ENDING},   {"Ariz", ABBREV_ENDING},  {"Ark", ABBREV_ENDING},
    {"Asst", ABBREV_TITLE},   {"Atty", ABBREV_TITLE},   {"Aug", ABBREV_ENDING},
    {"Ave", ABBREV_ENDING},   {"Blvd", ABBREV_ENDING},  {"Brig", ABBREV_TITLE},
    {"Bros", ABBREV_ENDING},  {"Calif", ABBREV_ENDING}, {"Capt", ABBREV_TITLE},
    {"Cdr", ABBREV_TITLE},    {"Cmdr", ABBREV_TITLE},   {"Co", ABBREV_ENDING},
    {"Col", ABBREV_TITLE},    {"Colo", ABBREV_ENDING},  {"Conn", ABBREV_ENDING},
    {"Corp", ABBREV_ENDING},  {"Cos", ABBREV_ENDING},   {"Cpl", ABBREV_TITLE},
    {"Dec", ABBREV_ENDING},   {"Del", ABBREV_ENDING},   {"Dept", ABBREV_ENDING},
    {"Det", ABBREV_TITLE},    {"Dr", ABBREV_TITLE},     {"Esq", ABBREV_ENDING},
    {"Feb", ABBREV_ENDING},   {"Fig", ABBREV_NUMBER},   {"Fla", ABBREV_ENDING},
    {"Fr", ABBREV_TITLE},     {"Ft", ABBREV_TITLE},     {"Ga", ABBREV_ENDING},
    {"Gen", ABBREV_TITLE},    {"Gov", ABBREV_TITLE},    {"Hon", ABBREV_TITLE},
    {"Ill", ABBREV_ENDING},   {"Inc", ABBREV_ENDING},   {"Ind", ABBREV_ENDING},
    {"Insp", ABBREV_TITLE},   {"Jan", ABBREV_ENDING},   {"Jr", ABBREV_ENDING},
    {"Jul", ABBREV_ENDING},   {"Jun", ABBREV_ENDING},   {"Kan", ABBREV_ENDING},
    {"Ky", ABBREV_ENDING},    {"La", ABBREV_ENDING},    {"Lt", ABBREV_TITLE},
    {"Ltd", ABBREV_ENDING},   {"Maj", ABBREV_TITLE},    {"Mar", ABBREV_ENDING},
    {"Mass", ABBREV_ENDING},  {"Md", ABBREV_ENDING},    {"Messrs", ABBREV_TITLE},
    {"Mich", ABBREV_ENDING},  {"Minn", ABBREV_ENDING},  {"Miss", ABBREV_ENDING},
    {"Mo", ABBREV_ENDING},    {"Mont", ABBREV_ENDING},  {"Mr", ABBREV_TITLE},
    {"Mrs", ABBREV_TITLE},    {"Ms", ABBREV_TITLE},     {"Msgr", ABBREV_TITLE},
    {"Mt", ABBREV_TITLE},     {"Neb", ABBREV_ENDING},   {"Nev", ABBREV_ENDING},
    {"No", ABBREV_NUMBER},    {"Nos", ABBREV_NUMBER},   {"Nov", ABBREV_ENDING},
    {"Oct", ABBREV_ENDING},   {"Okla", ABBREV_ENDING},  {"Ore", ABBREV_ENDING},
    {"Pa", ABBREV_ENDING},    {"Pres", ABBREV_TITLE},   {"Prof", ABBREV_TITLE},
    {"Pvt", ABBREV_TITLE},    {"Rd", ABBREV_ENDING},    {"Rep", ABBREV_TITLE},
    {"Reps", ABBREV_TITLE},   {"Rev", ABBREV_TITLE},    {"Rt", ABBREV_TITLE},
    {"Sen", ABBREV_TITLE},    {"Sens", ABBREV_TITLE},   {"Sep", ABBREV_ENDING},
    {"Sept", ABBREV_ENDING},  {"Sgt", ABBREV_TITLE},    {"Spc", ABBREV_TITLE},
    {"Sr", ABBREV_ENDING},    {"St", ABBREV_TITLE},     {"Supt", ABBREV_TITLE},
    {"Tenn", ABBREV_ENDING},  {"Tex", ABBREV_ENDING},   {"Va", ABBREV_ENDING},
    {"Vol", ABBREV_NUMBER},   {"Vt", ABBREV_ENDING},    {"Wash", ABBREV_ENDING},
    {"Wis", ABBREV_ENDING},   {"Wyo", ABBREV_ENDING},   {"al", ABBREV_ENDING},
    {"approx", ABBREV_ENDING}, {"etc", ABBREV_ENDING},  {"pp", ABBREV_NUMBER},
    {"vs", ABBREV_TITLE},
};

/* Suffixes that keep a run of digits a NUMBER: ordinals, decades, multipliers, units. */
static const char *const number_suffixes[] = {
    "st", "nd", "rd", "th", "s", "k", "m", "mn", "mln", "bn", "b", "tn", "trn",
    "am", "pm", "km", "kg", "mm", "cm", "ft", "mph", "kph", "kmh",
};

/* Multiplier suffixes allowed on a currency amount ("$10bn", "£5m"). */
static const char *const money_suffixes[] = {"k", "m", "mn", "mln", "bn", "b", "tn", "trn"};

/* Top-level domains that join "Amazon.com" or "bbc.co.uk" into one word. */
static const char *const domain_suffixes[] = {"com", "org", "net", "gov", "edu", "int",
                                              "mil", "co", "uk", "io", "info"};

/* What one tokenize call is doing. */
typedef struct tok_state {
  dl_context *ctx;         /* the allocator */
  const char *text;        /* the normalised text */
  size_t to;               /* end of the range being tokenised */
  dl_token_vec *out;       /* where tokens go */
  size_t first;            /* index in out of this call's first token */
  size_t email_fail_until; /* no e-mail address starts before this offset */
  size_t next_at;          /* offset of the next '@' from where it was last looked for, or to */
  int next_at_known;       /* 1 once next_at has been looked for */
  int squote_open;         /* a single quote mark opened and has not closed */
} tok_state;

/* Classes of bytes: CLASS_* bits for ASCII, 0 for bytes of multibyte characters. */
enum { CLASS_ALPHA = 1, CLASS_DIGIT = 2, CLASS_UPPER = 4, CLASS_SPACE = 8 };
static const unsigned char byte_class[256] = {
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
    0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 8,
};

/* 1 for ASCII letters. */
static int is_alpha(unsigned c) { return byte_class[c & 0xFF] & CLASS_ALPHA; }
/* 1 for ASCII digits. */
static int is_digit(unsigned c) { return (byte_class[c & 0xFF] & CLASS_DIGIT) != 0; }
/* 1 for ASCII upper-case letters. */
static int is_upper(unsigned c) { return (byte_class[c & 0xFF] & CLASS_UPPER) != 0; }

/* The byte at q, or 0 past the end of the range. */
static unsigned at(const tok_state *st, size_t q) {
  return q < st->to ? (unsigned char)st->text[q] : 0;
}

/* Decodes the character at q; returns its length (1 and cp -1 for a bad byte). */
static size_t decode(const tok_state *st, size_t q, int32_t *cp) {
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)st->text + q,
                                        (utf8proc_ssize_t)(st->to - q), cp);
  if (n <= 0) {
    *cp = -1;
    return 1;
  }
  return (size_t)n;
}

/* 1 for ASCII letters and digits. */
static int is_alnum(unsigned c) { return (byte_class[c & 0xFF] & (CLASS_ALPHA | CLASS_DIGIT)) != 0; }

/* The length of the letter, digit or mark at q, or 0 when there is none. */
static size_t word_char(const tok_state *st, size_t q) {
  unsigned c = at(st, q);
  if (c < 0x80) return (size_t)is_alnum(c);
  int32_t cp;
  size_t n = decode(st, q, &cp);
  if (cp < 0) return 0;
  utf8proc_category_t cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ND) ? n : 0;
}

/* 1 when s[0, n) equals the lower-case word w, ignoring ASCII case. */
static int equal_fold(const char *s, size_t n, const char *w) {
  size_t i = 0;
  for (; i < n && w[i]; i++)
    if (((unsigned char)s[i] | 32) != (unsigned char)w[i]) return 0;
  return i == n && w[i] == '\0';
}

/* 1 when s[0, n) equals one of the lower-case words, ignoring ASCII case. */
static int in_list(const char *s, size_t n, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (equal_fold(s, n, words[i])) return 1;
  return 0;
}

/* Binary search of the abbreviation table (case matters). */
int token_is_abbreviation(const char *s, size_t len) {
  size_t lo = 0, hi = sizeof abbreviations / sizeof abbreviations[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *w = abbreviations[mid].word;
    int c = strncmp(s, w, len);
    if (c == 0 && w[len] != '\0') c = -1; /* s is a proper prefix of w */
    if (c == 0) return abbreviations[mid].cls;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

/* The end of a run of digits from q. */
static size_t digits_end(const tok_state *st, size_t q) {
  while (is_digit(at(st, q))) q++;
  return q;
}

/* The end of an amount at q (digits, thousands groups, decimals), or q. */
static size_t amount_end(const tok_state *st, size_t q) {
  if (!is_digit(at(st, q))) return q;
  q = digits_end(st, q);
  while (at(st, q) == ',' && is_digit(at(st, q + 1)) && is_digit(at(st, q + 2)) &&
         is_digit(at(st, q + 3)) && !is_digit(at(st, q + 4)))
    q += 4;
  while (at(st, q) == '.' && is_digit(at(st, q + 1))) q = digits_end(st, q + 1);
  return q;
}

/* The end of a run of ASCII letters from q. */
static size_t letters_end(const tok_state *st, size_t q) {
  while (is_alpha(at(st, q))) q++;
  return q;
}

/* 1 when [p, q) holds only ASCII upper-case letters. */
static int all_upper(const tok_state *st, size_t p, size_t q) {
  for (; p < q; p++)
    if (!is_upper(at(st, p))) return 0;
  return 1;
}

/* A currency amount after its symbol at q: digits and a multiplier suffix. */
static size_t scan_money(const tok_state *st, size_t q) {
  size_t e = amount_end(st, q);
  if (e == q) return q;
  size_t r = letters_end(st, e);
  if (r > e && !word_char(st, r) &&
      in_list(st->text + e, r - e, money_suffixes, sizeof money_suffixes / sizeof *money_suffixes))
    return r;
  return e;
}

/*
 * The length of a contraction at q == '\'' followed by s, re, ve, ll, d or m
 * and then no letter ("'s", "'re"), or 0.
 */
static size_t contraction(const tok_state *st, size_t q) {
  static const char *const suffixes[] = {"s", "re", "ve", "ll", "d", "m"};
  if (at(st, q) != '\'') return 0;
  size_t r = letters_end(st, q + 1);
  if (r == q + 1 || word_char(st, r)) return 0;
  return in_list(st->text + q + 1, r - q - 1, suffixes, sizeof suffixes / sizeof *suffixes)
             ? r - q
             : 0;
}

/* 1 when the six letters at p are "cannot", which splits as "can" "not", as "can't" does as "ca" "n't". */
static int is_cannot(const tok_state *st, size_t p) {
  return (at(st, p) | 32) == 'c' && (at(st, p + 1) | 32) == 'a' && (at(st, p + 2) | 32) == 'n' &&
         (at(st, p + 3) | 32) == 'n' && (at(st, p + 4) | 32) == 'o' && (at(st, p + 5) | 32) == 't';
}

/* 1 when q starts "n't" followed by no letter. */
static int is_nt(const tok_state *st, size_t q) {
  return (at(st, q) | 32) == 'n' && at(st, q + 1) == '\'' && (at(st, q + 2) | 32) == 't' &&
         !word_char(st, q + 3);
}

/*
 * Continues a word whose letters or digits start at p and are scanned up to q:
 * hyphenated parts, inner apostrophes ("O'Brien"), "AT&T", then a final
 * period for abbreviations and "Amazon.com". Stops before "n't" and "'s".
 */
static size_t scan_word_rest(tok_state *st, size_t p, size_t q, int *kind) {
  int plain = 1; /* no hyphen, apostrophe or ampersand so far */
  for (;;) {
    for (;;) { /* letters and digits: ASCII fast, others decoded */
      while (q < st->to && is_alnum((unsigned char)st->text[q])) q++;
      size_t n = at(st, q) >= 0x80 ? word_char(st, q) : 0;
      if (!n) break;
      q += n;
    }
    unsigned c = at(st, q);
    if (c == '-' && word_char(st, q + 1)) {
      q++;
      plain = 0;
      continue;
    }
    if (c == '\'') {
      if (contraction(st, q)) break;
      if (q >= p + 2 && is_nt(st, q - 1)) {
        q--;
        break;
      }
      if (word_char(st, q + 1)) {
        q++;
        plain = 0;
        continue;
      }
      break;
    }
    if (c == '&' && plain && q - p <= 3 && all_upper(st, p, q) && is_upper(at(st, q + 1))) {
      q++;
      plain = 0;
      continue;
    }
    break;
  }
  if (!plain) return q;
  if (q - p == 6 && is_cannot(st, p)) return p + 3;
  unsigned c = at(st, q);
  if (c == '$' && q - p <= 3 && all_upper(st, p, q)) { /* US$10, HK$5 */
    *kind = DL_TOKEN_CURRENCY;
    return scan_money(st, q + 1);
  }
  if (c != '.') return q;
  size_t w = q - p;
  if (w == 1 && is_upper(at(st, p))) { /* an initial: J. */
    *kind = DL_TOKEN_ABBREV;
    return q + 1;
  }
  int cls = w <= 8 ? token_is_abbreviation(st->text + p, w) : 0;
  if (cls == ABBREV_NUMBER) {
    size_t r = q + 1;
    while (at(st, r) == ' ') r++;
    if (is_digit(at(st, r))) cls = ABBREV_TITLE;
    else cls = 0;
  }
  if (cls) {
    *kind = DL_TOKEN_ABBREV;
    return q + 1;
  }
  size_t d = q; /* Amazon.com, bbc.co.uk */
  while (at(st, d) == '.') {
    size_t r = d + 1;
    while ((unsigned)(at(st, r) - 'a') < 26) r++;
    if (r == d + 1 || word_char(st, r) ||
        !in_list(st->text + d + 1, r - d - 1, domain_suffixes,
                 sizeof domain_suffixes / sizeof *domain_suffixes))
      break;
    d = r;
  }
  return d;
}

/* A word from p: a dotted acronym ("U.S.", "a.m."), or letters and what may follow them. */
static size_t scan_word(tok_state *st, size_t p, int *kind) {
  *kind = DL_TOKEN_WORD;
  if (is_alpha(at(st, p)) && at(st, p + 1) == '.' && is_alpha(at(st, p + 2)) &&
      at(st, p + 3) == '.') {
    size_t q = p + 4;
    while (is_alpha(at(st, q)) && at(st, q + 1) == '.') q += 2;
    if (at(st, q) == '-' && word_char(st, q + 1)) return scan_word_rest(st, p, q + 1, kind);
    *kind = DL_TOKEN_ABBREV;
    return q;
  }
  return scan_word_rest(st, p, p, kind);
}

/*
 * A number from p: "35", "2,400", "1.5", "10:30", "9/11", "20th", "1980s",
 * "10bn", "5%". Digits glued to other letters make a word ("3D", "20-year").
 */
static size_t scan_number(tok_state *st, size_t p, int *kind) {
  *kind = DL_TOKEN_NUMBER;
  size_t q = amount_end(st, p);
  while ((at(st, q) == ':' || at(st, q) == '/') && is_digit(at(st, q + 1)))
    q = digits_end(st, q + 1);
  unsigned c = at(st, q);
  if (c == '%') {
    *kind = DL_TOKEN_PERCENT;
    return q + 1;
  }
  if (is_alpha(c)) {
    size_t r = letters_end(st, q);
    if (!word_char(st, r) && !(at(st, r) == '-' && word_char(st, r + 1)) &&
        in_list(st->text + q, r - q, number_suffixes,
                sizeof number_suffixes / sizeof *number_suffixes))
      return r;
    *kind = DL_TOKEN_WORD;
    return scan_word_rest(st, p, q, kind);
  }
  if (c == '-' && is_alpha(at(st, q + 1))) {
    *kind = DL_TOKEN_WORD;
    return scan_word_rest(st, p, q, kind);
  }
  if (c >= 0x80 && word_char(st, q)) {
    *kind = DL_TOKEN_WORD;
    return scan_word_rest(st, p, q, kind);
  }
  return q;
}

/* A URL from p ("http://", "https://", "ftp://", "www."), or p when there is none. */
static size_t scan_url(const tok_state *st, size_t p) {
  static const char *const prefixes[] = {"http://", "https://", "ftp://", "www."};
  unsigned first = at(st, p) | 32, second = at(st, p + 1) | 32;
  if (!((first == 'h' || first == 'f') && second == 't') && !(first == 'w' && second == 'w'))
    return p;
  size_t plen = 0;
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes && !plen; i++) {
    size_t n = strlen(prefixes[i]);
    if (p + n < st->to && equal_fold(st->text + p, n, prefixes[i]) && word_char(st, p + n))
      plen = n;
  }
  if (!plen) return p;
  size_t q = p + plen, open = 0, close = 0;
  for (;; q++) {
    unsigned c = at(st, q);
    if (c == 0 || c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '<' || c == '>') break;
    open += c == '(';
    close += c == ')';
  }
  while (q > p + plen) {
    unsigned c = at(st, q - 1);
    if (c == ')' && close > open) close--;
    else if (!strchr(".,;:!?'", (int)c)) break;
    q--;
  }
  return q;
}

/* 1 for bytes of the local part of an e-mail address. */
static int local_char(unsigned c) {
  return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* An e-mail address from p, or p. A failed look-ahead is remembered for later starts. */
static size_t scan_email(tok_state *st, size_t p) {
  if (p < st->email_fail_until) return p;
  if (!st->next_at_known || st->next_at < p) { /* each byte is searched once */
    st->next_at_known = 1;
    const char *a = memchr(st->text + p, '@', st->to - p);
    st->next_at = a ? (size_t)(a - st->text) : st->to;
  }
  if (st->next_at >= st->to || st->next_at - p > 64) return p; /* local parts are short */
  size_t q = p;
  while (local_char(at(st, q))) q++;
  if (at(st, q) == '@') {
    size_t d = q + 1, labels = 0, end = 0;
    for (;;) {
      size_t r = d;
      int alpha_only = 1;
      while (is_alpha(at(st, r)) || is_digit(at(st, r)) || at(st, r) == '-') {
        alpha_only &= is_alpha(at(st, r));
        r++;
      }
      if (r == d) break;
      labels++;
      end = labels >= 2 && alpha_only && r - d >= 2 ? r : 0;
      if (at(st, r) == '.' && (is_alpha(at(st, r + 1)) || is_digit(at(st, r + 1)))) d = r + 1;
      else break;
    }
    if (end) return end;
  }
  st->email_fail_until = q;
  return p;
}

/* The token just before offset p when it ends exactly there, or NULL. */
static const dl_token *adjacent_token(const tok_state *st, size_t p) {
  if (st->out->len <= st->first) return NULL;
  const dl_token *t = &st->out->items[st->out->len - 1];
  return t->start + t->len == p ? t : NULL;
}

/* A token that starts with an apostrophe: "'s", "'re", a plural possessive or a quote. */
static size_t scan_apostrophe(tok_state *st, size_t p, int space, int *kind) {
  const dl_token *prev = space ? NULL : adjacent_token(st, p);
  if (prev && prev->kind != DL_TOKEN_PUNCT && prev->kind != DL_TOKEN_SYMBOL) {
    size_t n = contraction(st, p);
    if (n) {
      *kind = n == 2 && (at(st, p + 1) | 32) == 's' ? DL_TOKEN_POSSESSIVE : DL_TOKEN_WORD;
      return p + n;
    }
    unsigned last = (unsigned char)st->text[prev->start + prev->len - 1];
    if ((last | 32) == 's' && !word_char(st, p + 1) && !st->squote_open) {
      *kind = DL_TOKEN_POSSESSIVE;
      return p + 1;
    }
  }
  if (space && word_char(st, p + 1)) st->squote_open = 1;
  else if (!word_char(st, p + 1)) st->squote_open = 0;
  *kind = DL_TOKEN_PUNCT;
  return p + 1;
}

/* Finds the token starting at p (not white space); returns its end and sets *kind. */
static size_t scan_token(tok_state *st, size_t p, int space, int *kind) {
  unsigned c = at(st, p);
  size_t e;
  if (is_alpha(c) || is_digit(c)) {
    if (is_alpha(c) && (e = scan_url(st, p)) > p) {
      *kind = DL_TOKEN_URL;
      return e;
    }
    if ((e = scan_email(st, p)) > p) {
      *kind = DL_TOKEN_EMAIL;
      return e;
    }
    if (!space && is_nt(st, p) && adjacent_token(st, p)) {
      *kind = DL_TOKEN_WORD;
      return p + 3;
    }
    return is_digit(c) ? scan_number(st, p, kind) : scan_word(st, p, kind);
  }
  if (c >= 0x80) {
    int32_t cp;
    size_t n = decode(st, p, &cp);
    if (cp >= 0) {
      utf8proc_category_t cat = utf8proc_category(cp);
      if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ND) return scan_word(st, p, kind);
      if (cat == UTF8PROC_CATEGORY_SC) {
        *kind = DL_TOKEN_CURRENCY;
        return scan_money(st, p + n);
      }
      if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) {
        *kind = DL_TOKEN_PUNCT;
        return p + n;
      }
    }
    *kind = DL_TOKEN_SYMBOL;
    return p + n;
  }
  switch (c) {
    case '\'':
      return scan_apostrophe(st, p, space, kind);
    case '.': case '-':
      e = p + 1;
      while (at(st, e) == c) e++;
      if (c == '.') st->squote_open = 0;
      *kind = DL_TOKEN_PUNCT;
      return e;
    case '$':
      *kind = DL_TOKEN_CURRENCY;
      return scan_money(st, p + 1);
    case '!': case '?':
      st->squote_open = 0;
      *kind = DL_TOKEN_PUNCT;
      return p + 1;
    case ',': case ';': case ':': case '"': case '(': case ')': case '[': case ']':
    case '{': case '}':
      *kind = DL_TOKEN_PUNCT;
      return p + 1;
    default:
      *kind = DL_TOKEN_SYMBOL;
      return p + 1;
  }
}

/* TOKEN_CAPITALISED and TOKEN_ALLCAPS for the token's text. */
static uint8_t case_flags(const tok_state *st, size_t p, size_t e) {
  size_t letters = 0, upper = 0;
  int first_upper = -1;
  for (size_t q = p; q < e;) {
    unsigned c = at(st, q);
    int is_letter = 0, up = 0;
    if (c < 0x80) {
      is_letter = is_alpha(c);
      up = is_upper(c);
      q++;
    } else {
      int32_t cp;
      q += decode(st, q, &cp);
      if (cp >= 0) {
        utf8proc_category_t cat = utf8proc_category(cp);
        is_letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      }
    }
    if (first_upper < 0) first_upper = up;
    letters += (size_t)is_letter;
    upper += (size_t)up;
    if (is_letter && !up) break; /* not all capitals; the rest cannot matter */
  }
  uint8_t flags = 0;
  if (first_upper == 1) flags |= TOKEN_CAPITALISED;
  if (letters >= 2 && upper == letters) flags |= TOKEN_ALLCAPS;
  return flags;
}

/*
 * 1 when a run of ASCII letters and digits followed by byte c is a plain word
 * that no other rule could claim: c is white space, the end, or , ; ) " ? !
 * (not '.', '-', '\'', ':', '@', '&', '$' or a multibyte character).
 */
static int plain_word_end(unsigned c) {
  return c == 0 || (byte_class[c] & CLASS_SPACE) || c == ',' || c == ';' || c == ')' ||
         c == '"' || c == '?' || c == '!';
}

/* Skips white space, takes plain words directly and gives the rest to scan_token. */
int tokenize(dl_context *ctx, const char *text, size_t from, size_t to, dl_token_vec *out) {
  if (to > UINT32_MAX) return DL_ETOOBIG;
  tok_state st = {ctx, text, to, out, out->len, 0, 0, 0, 0};
  if (dl_vec_reserve(ctx, (void **)&out->items, &out->cap, out->len + (to - from) / 6 + 8,
                     sizeof *out->items) != DL_OK)
    return DL_ENOMEM;
  size_t p = from;
  int space = 1; /* the start of the range counts as white space */
  while (p < to) {
    unsigned c = (unsigned char)text[p];
    if (byte_class[c] & CLASS_SPACE) {
      space = 1;
      p++;
      continue;
    }
    if (c >= 0x80) {
      int32_t cp;
      size_t n = decode(&st, p, &cp);
      utf8proc_category_t cat = cp >= 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_SO;
      if (cat >= UTF8PROC_CATEGORY_ZS && cat <= UTF8PROC_CATEGORY_CF) {
        space = 1;
        p += n;
        continue;
      }
    }
    int kind = DL_TOKEN_WORD;
    size_t e = p + 1;
    uint8_t flags;
    if (is_alpha(c)) { /* most tokens: ASCII letters and digits before a space or , ; ) " ? ! */
      while (e < to && is_alnum((unsigned char)text[e])) e++;
    }
    if (e > p + 1 && plain_word_end(at(&st, e)) && !(e - p == 6 && is_cannot(&st, p))) {
      unsigned second = at(&st, p + 1); /* a lower-case second letter settles the flags */
      int lower = (byte_class[second] & CLASS_ALPHA) && !is_upper(second);
      flags = !is_upper(c) ? 0 : lower ? TOKEN_CAPITALISED : case_flags(&st, p, e);
    } else {
      e = scan_token(&st, p, space, &kind);
      if (e <= p) e = p + 1; /* cannot happen; keeps the loop moving */
      flags = case_flags(&st, p, e);
    }
    dl_token tok;
    tok.start = (uint32_t)p;
    tok.len = (uint32_t)(e - p);
    tok.kind = (uint8_t)kind;
    tok.flags = (uint8_t)(flags | (space ? TOKEN_SPACE_BEFORE : 0));
    if (DL_VEC_PUSH(ctx, *out, tok) != DL_OK) return DL_ENOMEM;
    space = 0;
    p = e;
  }
  return DL_OK;
}
