/* verbs_petrarch.c: reading PETRARCH 2 and TABARI verb dictionaries (CAMEO.2.0.txt) into the verb pattern table. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/buffer.h"
#include "lexicon/verbs.h"

/*
 * The format, as PETRARCH 2 reads it (PETRreader.read_verb_dictionary):
 *
 *   &CURRENCY                  a synonym set, and its members:
 *   +DOLLAR                    a word (its plural is made unless the word or the set name ends in "_")
 *   +SWISS_FRANC               consecutive words ("+SWISS FRANC", "+{SWISS FRANC}" too)
 *   +&OTHERSET                 the members of a set defined before (TABARI)
 *
 *   ---  GRANT   [070]  ---    a verb block and the code of its bare verbs ([---]: none)
 *   GIVE {GAVE GIVEN GIVING}   a verb and its irregular forms
 *   DONATE  [071]              a verb with a code of its own
 *   +HAND_OVER {+HANDED_OVER}  a multi-word verb: "+" marks the verb word
 *   - * &CURRENCY  [071]       a pattern: every verb of the block, then the words
 *   - * (TO +) {FOOD AID} [073]    (PREP ...) a prepositional phrase, {A B} a phrase
 *   - &MILITARY *  [150]       words before the verb
 *   - * + (INTO $)  [042:043]  + the target, $ the source
 *
 * What each pattern becomes (docs/VERBS.md):
 *
 * - Every verb of a block gets every pattern of the block, one pattern per
 *   distinct head: the verb's lemma (lex_lemma_verb), with the words after a
 *   multi-word verb's "+" word as the first elements ("ask for aid"). The
 *   irregular forms add heads only where their lemma differs ("symbolise").
 * - Words are lower case; a word of four letters or more is replaced by its
 *   noun lemma ("sanctions" -> "sanction"); shorter ones ("was", "has", "us")
 *   stay, as their noun lemmas are other words. The matcher compares a word
 *   with a token's lemma or its lower-case form, so both match.
 * - Braces, parentheses and underscores only group words, which must come
 *   in order: "(TO {BANNED PARTIES})" is "to banned party".
 * - + is +T and $ is +S. $ before the verb is the subject, the source by
 *   default, and is dropped. ^ (TABARI's "skip a noun phrase") is dropped.
 * - A set becomes one word with the set's one-word members as alternatives,
 *   and, for each member of several words, a pattern of its own with those
 *   words in sequence ("&AIRCRAFT" -> "aircraft/jet/..." and "fighter jet").
 *   A set name that is not defined is tried without its last "_WORD"s
 *   ("&FIGHT_GAMES" is "&FIGHT GAMES"); a set still not found skips the
 *   pattern with a warning, as PETRARCH does.
 * - "A/B" in a pattern is either word (TABARI; PETRARCH 2 skips such lines).
 * - Patterns with words before the verb and none after get VP_BEFORE. The
 *   table cannot hold words on both sides of the head, so these are skipped
 *   (and counted): a pattern with words before and after "*", "+" before the
 *   verb (the subject as the target), % (compound actors), a multi-word verb
 *   with words before its "+" combined with a pattern with words after.
 * - Codes: [CODE] is the code; [X:Y] is X, PETRARCH's active code (Y, the
 *   passive one, is what the matcher gets by reading the passive voice);
 *   [:Y] and [---] give no pattern. A code of 2-4 digits with one more
 *   character ([080!], [075A]) is read as its digits with a warning; other
 *   codes are errors.
 * - Lines starting with "~" (transformations) are skipped. "#", ";" and
 *   "<!-- -->" are comments; lines starting with "<!" are skipped.
 *
 * Malformed lines are errors ("name:line: message"), skipped and counted;
 * repairs and skips PETRARCH would make too are "name:line: warning: ...",
 * not counted. Everything is bounded: words, members, elements, verbs in a
 * block, the patterns one line expands to, and the patterns of one call.
 */

#define PV_MAX_WORD (LEX_MAX_TOKEN_KEY - 1) /* bytes in a word */
#define PV_MAX_ELEMS 24                     /* elements of a pattern, as the native reader */
#define PV_MAX_SLOTS 48                     /* tokens of a pattern line before sets are expanded */
#define PV_MAX_ALTS 512                     /* alternatives of one word element */
#define PV_MAX_FORM_WORDS 8                 /* words of a multi-word verb or a set member */
#define PV_MAX_MEMBERS 512                  /* members of a set */
#define PV_MAX_SET_NAME 64                  /* bytes of a set name */
#define PV_MAX_BLOCK_VERBS 512              /* distinct verbs of a block */
#define PV_MAX_COMBOS 1024                  /* patterns one line makes for one verb */
#define PV_MAX_DEPTH 8                      /* nesting of braces and parentheses */

/* open_set after a set line with an error: its members are skipped. */
#define PV_BAD_SET (-2)

/* A slot kind besides the verb_elem kinds: a synonym set, expanded when patterns are made. */
#define PV_SET 100

/* What a call has read; the public function reports only patterns and errors. */
typedef struct pv_stats {
  size_t verb_lines;       /* verb lines read */
  size_t heads;            /* distinct verbs (head and multi-word parts) over all blocks */
  size_t blocks;           /* verb blocks */
  size_t sets;             /* synonym sets defined */
  size_t pattern_lines;    /* pattern lines read */
  size_t pattern_used;     /* pattern lines kept */
  size_t null_code;        /* patterns [---] */
  size_t passive_only;     /* patterns [:Y] */
  size_t both_sides;       /* patterns with words before and after the verb, or + before it */
  size_t compound_actor;   /* patterns with % */
  size_t undefined_set;    /* patterns skipped for a set that is not defined */
  size_t verb_conflicts;   /* (verb, pattern) pairs not made: words on both sides of the head */
  size_t unsupported_verbs;/* multi-word verbs with words before and after "+" */
  size_t transformations;  /* "~" lines */
  size_t code_repairs;     /* codes read as their digits */
  size_t wide;             /* (verb, pattern) pairs whose sets were read as one word each */
  size_t brackets;         /* patterns skipped for unbalanced brackets */
  size_t bare;             /* patterns of bare verbs */
  size_t patterns;         /* patterns added */
  size_t warnings;         /* warnings reported */
  size_t errors;           /* error lines */
} pv_stats;

/* One token of a pattern: a verb_elem, or a set (kind PV_SET, a = set index). */
typedef struct pv_slot {
  uint8_t kind;   /* VE_WORD, VE_TARGET, VE_SOURCE or PV_SET */
  uint16_t nalts; /* VE_WORD: alternatives */
  uint32_t a;     /* VE_WORD: first alternative in t->alts; PV_SET: set index */
} pv_slot;

/* A member of several words of a set: elements in st->melems. */
typedef struct pv_member {
  uint32_t first;
  uint16_t n;
} pv_member;

/* A synonym set. */
typedef struct pv_set {
  char name[PV_MAX_SET_NAME]; /* upper case, without '&' and a trailing '_' */
  size_t name_len;
  int noplural;               /* the name ended in '_' */
  DL_VEC(uint32_t) singles;   /* pool offsets of the one-word members' alternatives */
  DL_VEC(pv_member) multis;   /* the members of several words */
  size_t members;             /* members read */
  uint32_t group;             /* index in t->alts of the singles, when group_ok */
  int group_ok;               /* group is current */
  uint32_t wide;              /* index in t->alts of the singles and the last word of each longer member */
  uint16_t nwide;             /* their number, when wide_ok */
  int wide_ok;                /* wide is current */
} pv_set;

/* A verb of the current block. */
typedef struct pv_verb {
  uint32_t head;   /* pool offset of the lemma */
  uint32_t words;  /* the words before, then after, the verb word: elements in st->vwords */
  uint8_t nfront;  /* words before */
  uint8_t nback;   /* words after */
  char code[5];    /* the bare verb's code, "" for none */
  uint32_t source; /* "name:line" */
} pv_verb;

/* A pattern of the current block. */
typedef struct pv_pat {
  size_t line;     /* where it was written */
  uint32_t source; /* "name:line" */
  char code[5];    /* its code */
  uint32_t slots;  /* first slot in st->slots */
  uint8_t nslots;  /* slots */
  uint8_t before;  /* the slots stand before the verb */
  uint8_t reported;/* a message was given for this line */
} pv_pat;

/* The reader's state. */
typedef struct pv_state {
  verb_table *t;
  const dl_lexicon *lex;
  const char *name;
  dl_buffer *errors;
  pv_stats st;
  int oom;                  /* an allocation failed */
  DL_VEC(pv_set) sets;      /* synonym sets */
  uint32_t *set_index;      /* open addressing: set index + 1 */
  size_t set_cap;           /* slots, a power of two */
  long open_set;            /* set whose "+" members are being read, -1 when none, PV_BAD_SET */
  DL_VEC(verb_elem) melems; /* words of the sets' multi-word members */
  int in_block;             /* a block has started */
  char block_code[5];       /* the code of its bare verbs */
  int block_full_reported;  /* "too many verbs" was reported for this block */
  DL_VEC(pv_verb) verbs;    /* the block's verbs */
  DL_VEC(verb_elem) vwords; /* their words */
  DL_VEC(pv_pat) pats;      /* the block's patterns */
  DL_VEC(pv_slot) slots;    /* their slots */
  size_t limit;             /* the most patterns one call may add */
  size_t elem_limit;        /* and the most elements */
  size_t elems;             /* elements added */
  int limit_reported;       /* the limit was reported */
} pv_state;

/* ------------------------------------------------------------ messages */

static void pv_report(pv_state *s, size_t line, int warning, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void pv_report(pv_state *s, size_t line, int warning, const char *fmt, ...) {
  if (warning) s->st.warnings++;
  if (!s->errors) return;
  char msg[384];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (dl_buffer_printf(s->errors, "%s:%zu: %s%s\n", s->name, line, warning ? "warning: " : "", msg) != DL_OK)
    s->oom = 1;
}

/* A printable rendering of the byte c for messages. */
static const char *show_char(unsigned char c, char buf[8]) {
  if (c >= 0x21 && c < 0x7f) snprintf(buf, 8, "%c", c);
  else snprintf(buf, 8, "\\x%02x", c);
  return buf;
}

/* ------------------------------------------------------------ characters and words */

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
static int is_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
/* Bytes of a word: letters, digits, ' - . / and any byte of a multi-byte character. */
static int is_word_char(unsigned char c) { return is_alnum(c) || c == '\'' || c == '-' || c == '.' || c == '/' || c >= 0x80; }
/* Bytes of a set name. */
static int is_name_char(unsigned char c) { return is_alnum(c) || c == '_' || c == '-'; }
static char up(char c) {
  if (c >= 'a' && c <= 'z') c = (char)(c - 32);
  return c;
}
static char down(char c) {
  if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
  return c;
}

/*
 * The form of a word the table keeps: lower case, then the verb lemma (verb)
 * or, for words of four bytes or more, the noun lemma. Returns its length in
 * out, 0 when the word is empty or too long.
 */
static size_t norm_word(const pv_state *s, const char *w, size_t n, int verb, char out[LEX_MAX_TOKEN_KEY]) {
  if (n == 0 || n > PV_MAX_WORD) return 0;
  char low[LEX_MAX_TOKEN_KEY];
  for (size_t i = 0; i < n; i++) low[i] = down(w[i]);
  low[n] = '\0';
  size_t k = 0;
  if (s->lex && verb) k = lex_lemma_verb(s->lex, low, n, out, LEX_MAX_TOKEN_KEY);
  else if (s->lex && n >= 4) k = lex_lemma_noun(s->lex, low, n, out, LEX_MAX_TOKEN_KEY);
  if (k == 0) {
    memcpy(out, low, n + 1);
    k = n;
  }
  return k;
}

/* Interns a string; UINT32_MAX (and oom set) on failure. */
static uint32_t pv_intern(pv_state *s, const char *w, size_t n) {
  uint32_t off = verb_table_intern(s->t, w, n);
  if (off == UINT32_MAX) s->oom = 1;
  return off;
}

/* Nonzero when the alternatives alts[first, first + n) of the table hold the word w. */
static int alts_have(const verb_table *t, size_t first, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(verb_str(t, t->alts.items[first + i]), w) == 0) return 1;
  return 0;
}

/* Appends w (already normalised) to t->alts unless alts[first, first + *n) has it. DL_OK or DL_ENOMEM. */
static int add_alt(pv_state *s, size_t first, uint16_t *n, const char *w, size_t wn) {
  if (alts_have(s->t, first, *n, w)) return DL_OK;
  uint32_t off = pv_intern(s, w, wn);
  if (off == UINT32_MAX || DL_VEC_PUSH(s->t->ctx, s->t->alts, off) != DL_OK) {
    s->oom = 1;
    return DL_ENOMEM;
  }
  (*n)++;
  return DL_OK;
}

/*
 * The plural PETRARCH makes of a set member's (last) word: -ies after a
 * consonant and y, -es after ss, else -s; none for other words ending in s,
 * which are plural already ("FORCES").
 */
static size_t plural(const pv_state *s, const char *w, size_t n, char out[LEX_MAX_TOKEN_KEY]) {
  if (n == 0 || n + 3 > PV_MAX_WORD) return 0;
  char last = up(w[n - 1]);
  char prev = 'A';
  if (n > 1) prev = up(w[n - 2]);
  /* plural already: "SERVICEMEN", and whatever WordNet's noun lemma changes ("CHILDREN") */
  if (n >= 3 && up(w[n - 3]) == 'M' && prev == 'E' && last == 'N') return 0;
  if (s->lex) {
    char low[LEX_MAX_TOKEN_KEY];
    for (size_t i = 0; i < n; i++) low[i] = down(w[i]);
    size_t k = lex_lemma_noun(s->lex, low, n, out, LEX_MAX_TOKEN_KEY);
    if (k && (k != n || memcmp(out, low, n) != 0)) return 0;
  }
  memcpy(out, w, n);
  if (last == 'Y' && !strchr("AEIOU", prev)) {
    memcpy(out + n - 1, "IES", 3);
    n += 2;
  } else if (last == 'S') {
    if (prev != 'S') return 0;
    memcpy(out + n, "ES", 2);
    n += 2;
  } else {
    out[n++] = 'S';
  }
  out[n] = '\0';
  return n;
}

/* ------------------------------------------------------------ codes */

enum { CODE_OK, CODE_NONE, CODE_PASSIVE, CODE_BAD };

/*
 * Reads the code between brackets, s[0, n): "070", "042:043", ":173", "---".
 * code gets the event code. *repaired is set when a trailing character was dropped.
 */
static int parse_code(const char *s, size_t n, char code[5], int *repaired) {
  code[0] = '\0';
  *repaired = 0;
  while (n && is_blank(s[0])) s++, n--;
  while (n && is_blank(s[n - 1])) n--;
  if (n == 3 && memcmp(s, "---", 3) == 0) return CODE_NONE;
  size_t colon = n;
  for (size_t i = 0; i < n; i++)
    if (s[i] == ':') {
      colon = i;
      break;
    }
  size_t an = colon;
  if (an == 0) {
    if (colon == n) return CODE_BAD;
    /* [:Y]: check Y, but there is no active code */
    size_t k = colon + 1;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    return (k == n && n - colon - 1 >= 2 && n - colon - 1 <= 4) ? CODE_PASSIVE : CODE_BAD;
  }
  size_t d = 0;
  while (d < an && s[d] >= '0' && s[d] <= '9') d++;
  if (d < 2 || d > 4) return CODE_BAD;
  if (d + 1 == an && colon == n && (is_alnum((unsigned char)s[d]) || s[d] == '!' || s[d] == '?')) *repaired = 1;
  else if (d != an) return CODE_BAD;
  if (colon < n) {
    size_t k = colon + 1;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    size_t yn = k - colon - 1;
    if (k != n || (yn != 0 && (yn < 2 || yn > 4))) return CODE_BAD;
  }
  memcpy(code, s, d);
  code[d] = '\0';
  return CODE_OK;
}

/* ------------------------------------------------------------ synonym sets */

static uint32_t name_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)up(s[i])) * 16777619u;
  return h;
}

/* The index of set NAME (no '&'; a trailing '_' ignored), or -1. */
static long find_set(const pv_state *s, const char *name, size_t n) {
  if (n && name[n - 1] == '_') n--;
  if (n == 0 || n >= PV_MAX_SET_NAME || !s->set_cap) return -1;
  size_t mask = s->set_cap - 1;
  for (size_t slot = name_hash(name, n) & mask;; slot = (slot + 1) & mask) {
    uint32_t v = s->set_index[slot];
    if (!v) return -1;
    const pv_set *set = &s->sets.items[v - 1];
    if (set->name_len != n) continue;
    size_t i = 0;
    while (i < n && set->name[i] == up(name[i])) i++;
    if (i == n) return (long)v - 1;
  }
}

/* Enters set i in the hash index, growing it. DL_OK or DL_ENOMEM. */
static int index_set(pv_state *s, size_t i) {
  if ((s->sets.len + 1) * 2 > s->set_cap) {
    size_t cap = s->set_cap ? s->set_cap * 2 : 64;
    uint32_t *idx = dl_mem_calloc(s->t->ctx, cap, sizeof *idx);
    if (!idx) return DL_ENOMEM;
    for (size_t k = 0; k < s->sets.len; k++) {
      if (k == i) continue;
      const pv_set *o = &s->sets.items[k];
      size_t slot = name_hash(o->name, o->name_len) & (cap - 1);
      while (idx[slot]) slot = (slot + 1) & (cap - 1);
      idx[slot] = (uint32_t)k + 1;
    }
    dl_mem_free(s->t->ctx, s->set_index, s->set_cap * sizeof *s->set_index);
    s->set_index = idx;
    s->set_cap = cap;
  }
  const pv_set *set = &s->sets.items[i];
  size_t slot = name_hash(set->name, set->name_len) & (s->set_cap - 1);
  while (s->set_index[slot]) slot = (slot + 1) & (s->set_cap - 1);
  s->set_index[slot] = (uint32_t)i + 1;
  return DL_OK;
}

/* "&NAME": starts (or reopens) a set. */
static void read_set_line(pv_state *s, size_t line, const char *p, size_t n) {
  size_t e = 1;
  while (e < n && is_name_char((unsigned char)p[e])) e++;
  size_t k = e;
  while (k < n && is_blank(p[k])) k++;
  if (e == 1 || k < n) {
    pv_report(s, line, 0, "a set is defined by '&NAME' alone on its line, not '%.*s'", (int)(n > 60 ? 60 : n), p);
    s->st.errors++;
    s->open_set = PV_BAD_SET;
    return;
  }
  const char *nm = p + 1;
  size_t nn = e - 1;
  int noplural = nm[nn - 1] == '_';
  if (noplural) nn--;
  if (nn == 0 || nn >= PV_MAX_SET_NAME) {
    pv_report(s, line, 0, "a set name has 1 to %d characters", PV_MAX_SET_NAME - 1);
    s->st.errors++;
    s->open_set = PV_BAD_SET;
    return;
  }
  long i = find_set(s, nm, nn);
  if (i < 0) {
    pv_set set;
    memset(&set, 0, sizeof set);
    for (size_t j = 0; j < nn; j++) set.name[j] = up(nm[j]);
    set.name_len = nn;
    set.noplural = noplural;
    if (DL_VEC_PUSH(s->t->ctx, s->sets, set) != DL_OK || index_set(s, s->sets.len - 1) != DL_OK) {
      s->oom = 1;
      return;
    }
    i = (long)s->sets.len - 1;
    s->st.sets++;
  }
  s->open_set = i;
}

/* Adds the alternative words of a one-word member to set i. */
static int add_single(pv_state *s, pv_set *set, const char *w, size_t n, int noplural) {
  char buf[LEX_MAX_TOKEN_KEY], pl[LEX_MAX_TOKEN_KEY];
  const char *forms[2] = {w, NULL};
  size_t lens[2] = {n, 0};
  if (!noplural && (lens[1] = plural(s, w, n, pl)) != 0) forms[1] = pl;
  for (int f = 0; f < 2; f++) {
    if (!forms[f]) continue;
    size_t k = norm_word(s, forms[f], lens[f], 0, buf);
    if (!k) continue;
    int dup = 0;
    for (size_t j = 0; j < set->singles.len && !dup; j++) dup = strcmp(verb_str(s->t, set->singles.items[j]), buf) == 0;
    if (dup) continue;
    if (set->singles.len >= PV_MAX_ALTS) return DL_EBADRECORD;
    uint32_t off = pv_intern(s, buf, k);
    if (off == UINT32_MAX || DL_VEC_PUSH(s->t->ctx, set->singles, off) != DL_OK) {
      s->oom = 1;
      return DL_ENOMEM;
    }
    set->group_ok = set->wide_ok = 0;
  }
  return DL_OK;
}

/* "+MEMBER" of the open set. */
static void read_member_line(pv_state *s, size_t line, const char *p, size_t n) {
  pv_set *set = &s->sets.items[s->open_set];
  p++, n--;
  while (n && is_blank(p[0])) p++, n--;
  while (n && is_blank(p[n - 1])) n--;
  if (set->members >= PV_MAX_MEMBERS) {
    pv_report(s, line, 0, "a set has at most %d members", PV_MAX_MEMBERS);
    s->st.errors++;
    return;
  }
  if (n && p[0] == '&') {
    /* TABARI: the members of another set, copied as they are now */
    size_t e = 1;
    while (e < n && is_name_char((unsigned char)p[e])) e++;
    if (e != n) {
      pv_report(s, line, 0, "'+&SET' names one set");
      s->st.errors++;
      return;
    }
    long j = find_set(s, p + 1, n - 1);
    if (j < 0) {
      pv_report(s, line, 1, "set '%.*s' is not defined; member skipped", (int)n, p);
      return;
    }
    set->members++;
    if (j == s->open_set) return;
    /* not checked for duplicates, which are harmless, so that copying stays linear */
    size_t ns = s->sets.items[j].singles.len, nm = s->sets.items[j].multis.len;
    for (size_t k = 0; k < ns; k++) {
      pv_set *cur = &s->sets.items[s->open_set];
      if (cur->singles.len >= PV_MAX_ALTS) break;
      if (DL_VEC_PUSH(s->t->ctx, cur->singles, s->sets.items[j].singles.items[k]) != DL_OK) {
        s->oom = 1;
        return;
      }
      cur->group_ok = cur->wide_ok = 0;
    }
    for (size_t k = 0; k < nm; k++) {
      pv_set *cur = &s->sets.items[s->open_set];
      if (cur->multis.len >= PV_MAX_MEMBERS) break;
      if (DL_VEC_PUSH(s->t->ctx, cur->multis, s->sets.items[j].multis.items[k]) != DL_OK) {
        s->oom = 1;
        return;
      }
      cur->wide_ok = 0;
    }
    return;
  }
  int noplural = set->noplural || (n && p[n - 1] == '_');
  /* words separated by blanks, '_', ',' or '/' ("F/A-18": the tokeniser splits it too); braces only group */
  const char *w[PV_MAX_FORM_WORDS];
  size_t wl[PV_MAX_FORM_WORDS], nw = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)p[i];
    if (is_blank((char)c) || c == '_' || c == ',' || c == '/' || c == '{' || c == '}') {
      i++;
      continue;
    }
    if (!is_word_char(c)) {
      char cb[8];
      pv_report(s, line, 0, "unexpected '%s' in a set member", show_char(c, cb));
      s->st.errors++;
      return;
    }
    size_t j = i;
    while (j < n && is_word_char((unsigned char)p[j]) && p[j] != '/') j++;
    if (nw == PV_MAX_FORM_WORDS) {
      pv_report(s, line, 0, "a set member has at most %d words", PV_MAX_FORM_WORDS);
      s->st.errors++;
      return;
    }
    if (j - i > PV_MAX_WORD) {
      pv_report(s, line, 0, "word too long");
      s->st.errors++;
      return;
    }
    w[nw] = p + i;
    wl[nw++] = j - i;
    i = j;
  }
  if (nw == 0) {
    pv_report(s, line, 0, "empty set member");
    s->st.errors++;
    return;
  }
  set->members++;
  if (nw == 1) {
    int rc = add_single(s, set, w[0], wl[0], noplural);
    if (rc == DL_EBADRECORD) {
      pv_report(s, line, 0, "a set has at most %d words", PV_MAX_ALTS);
      s->st.errors++;
    }
    return;
  }
  pv_member m = {(uint32_t)s->melems.len, (uint16_t)nw};
  for (size_t k = 0; k < nw; k++) {
    char buf[LEX_MAX_TOKEN_KEY], pl[LEX_MAX_TOKEN_KEY];
    verb_elem e = {VE_WORD, 0, 0, (uint32_t)s->t->alts.len};
    size_t bn = norm_word(s, w[k], wl[k], 0, buf);
    if (add_alt(s, e.alts, &e.nalts, buf, bn) != DL_OK) return;
    size_t pn = (k + 1 == nw && !noplural) ? plural(s, w[k], wl[k], pl) : 0;
    if (pn && (pn = norm_word(s, pl, pn, 0, buf)) != 0 && add_alt(s, e.alts, &e.nalts, buf, pn) != DL_OK) return;
    if (DL_VEC_PUSH(s->t->ctx, s->melems, e) != DL_OK) {
      s->oom = 1;
      return;
    }
  }
  if (DL_VEC_PUSH(s->t->ctx, set->multis, m) != DL_OK) s->oom = 1;
  set->wide_ok = 0;
}

/* The alternatives of set i's one-word members, as one run of t->alts. */
static int set_group(pv_state *s, pv_set *set) {
  if (set->group_ok) return DL_OK;
  uint32_t first = (uint32_t)s->t->alts.len;
  for (size_t k = 0; k < set->singles.len; k++)
    if (DL_VEC_PUSH(s->t->ctx, s->t->alts, set->singles.items[k]) != DL_OK) {
      s->oom = 1;
      return DL_ENOMEM;
    }
  set->group = first;
  set->group_ok = 1;
  return DL_OK;
}

/*
 * The set as one word, when its readings would make too many patterns: the
 * one-word members and the last word (the head noun) of each longer one.
 */
static int set_wide(pv_state *s, pv_set *set) {
  if (set->wide_ok) return DL_OK;
  size_t first = s->t->alts.len;
  for (size_t k = 0; k < set->singles.len; k++)
    if (DL_VEC_PUSH(s->t->ctx, s->t->alts, set->singles.items[k]) != DL_OK) {
      s->oom = 1;
      return DL_ENOMEM;
    }
  uint16_t n = (uint16_t)set->singles.len;
  for (size_t k = 0; k < set->multis.len && n < PV_MAX_ALTS; k++) {
    const pv_member *m = &set->multis.items[k];
    const verb_elem *last = &s->melems.items[m->first + m->n - 1u];
    for (size_t a = 0; a < last->nalts && n < PV_MAX_ALTS; a++) {
      uint32_t off = s->t->alts.items[last->alts + a];
      if (alts_have(s->t, first, n, verb_str(s->t, off))) continue;
      if (DL_VEC_PUSH(s->t->ctx, s->t->alts, off) != DL_OK) {
        s->oom = 1;
        return DL_ENOMEM;
      }
      n++;
    }
  }
  set->wide = (uint32_t)first;
  set->nwide = n;
  set->wide_ok = 1;
  return DL_OK;
}

/* The number of ways set i can be read: its one-word members together, and each longer member. */
static size_t set_options(const pv_set *set) { return (set->singles.len ? 1 : 0) + set->multis.len; }

/* ------------------------------------------------------------ patterns */

/* The words of one alternative-word token s[0, n) ("FAVOUR/FAVOR") as a VE_WORD slot. */
static int word_slot(pv_state *s, size_t line, const char *p, size_t n, pv_slot *out) {
  verb_elem e = {VE_WORD, 0, 0, (uint32_t)s->t->alts.len};
  for (size_t a = 0; a <= n;) {
    size_t b = a;
    while (b < n && p[b] != '/') b++;
    char buf[LEX_MAX_TOKEN_KEY];
    size_t k = b > a ? norm_word(s, p + a, b - a, 0, buf) : 0;
    if (!k) {
      pv_report(s, line, 0, b > a ? "word too long" : "empty alternative in '%.*s'", (int)n, p);
      return DL_EBADRECORD;
    }
    if (e.nalts == PV_MAX_ALTS) {
      pv_report(s, line, 0, "too many alternatives");
      return DL_EBADRECORD;
    }
    if (add_alt(s, e.alts, &e.nalts, buf, k) != DL_OK) return DL_ENOMEM;
    a = b + 1;
  }
  out->kind = VE_WORD;
  out->nalts = e.nalts;
  out->a = e.alts;
  return DL_OK;
}

/* The result of reading a pattern's words. */
typedef struct pv_parsed {
  pv_slot pre[PV_MAX_SLOTS], post[PV_MAX_SLOTS];
  size_t npre, npost;
  int stars;     /* '*' seen */
  int percent;   /* '%' seen */
  int undefined; /* a set was not defined (reported) */
  int unbalanced;/* brackets do not pair (reported) */
} pv_parsed;

/*
 * Reads the words of a pattern, p[0, n), into slots. Returns DL_OK,
 * DL_EBADRECORD after reporting an error, or DL_ENOMEM.
 */
static int parse_body(pv_state *s, size_t line, const char *p, size_t n, pv_parsed *r, int quiet) {
  char stack[PV_MAX_DEPTH];
  size_t depth = 0;
  r->npre = r->npost = 0;
  r->stars = r->percent = r->undefined = r->unbalanced = 0;
  char cb[8];
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)p[i];
    pv_slot slot = {0, 0, 0};
    if (is_blank((char)c) || c == '_' || c == ',') {
      i++;
      continue;
    }
    if (c == '{' || c == '(') {
      if (depth == PV_MAX_DEPTH) {
        pv_report(s, line, 0, "brackets nested too deeply");
        return DL_EBADRECORD;
      }
      stack[depth++] = c == '{' ? '}' : ')';
      i++;
      continue;
    }
    if (c == '}' || c == ')') {
      if (!depth || stack[depth - 1] != (char)c) {
        if (!quiet) pv_report(s, line, 1, "unbalanced '%c'; pattern skipped", c);
        r->unbalanced = 1;
        return DL_OK;
      }
      depth--;
      i++;
      continue;
    }
    if (c == '*') {
      if (r->stars++) {
        pv_report(s, line, 0, "more than one '*'");
        return DL_EBADRECORD;
      }
      i++;
      continue;
    }
    if (c == '^') { /* TABARI: skip a noun phrase */
      i++;
      continue;
    }
    if (c == '%') {
      r->percent = 1;
      i++;
      continue;
    }
    if (c == '+' || c == '$') {
      slot.kind = c == '+' ? VE_TARGET : VE_SOURCE;
      i++;
    } else if (c == '&') {
      size_t e = i + 1;
      while (e < n && is_name_char((unsigned char)p[e])) e++;
      if (e == i + 1) {
        pv_report(s, line, 0, "'&' without a set name");
        return DL_EBADRECORD;
      }
      /* the longest defined name, cut at an '_': &FIGHT_GAMES is &FIGHT GAMES */
      size_t k = e;
      long set = -1;
      while (k > i + 1) {
        set = find_set(s, p + i + 1, k - i - 1);
        if (set >= 0) break;
        k--;
        while (k > i + 1 && p[k] != '_') k--;
      }
      if (set < 0) {
        if (!quiet && !r->undefined) pv_report(s, line, 1, "set '%.*s' is not defined; pattern skipped", (int)(e - i), p + i);
        r->undefined = 1;
        i = e;
        continue;
      }
      slot.kind = PV_SET;
      slot.a = (uint32_t)set;
      i = k;
    } else if (is_word_char(c)) {
      size_t e = i;
      while (e < n && is_word_char((unsigned char)p[e])) e++;
      int rc = word_slot(s, line, p + i, e - i, &slot);
      if (rc != DL_OK) return rc;
      i = e;
    } else {
      pv_report(s, line, 0, "unexpected '%s' in a pattern", show_char(c, cb));
      return DL_EBADRECORD;
    }
    pv_slot *list = r->stars ? r->post : r->pre;
    size_t *len = r->stars ? &r->npost : &r->npre;
    if (*len == PV_MAX_SLOTS) {
      pv_report(s, line, 0, "a pattern has at most %d words and slots", PV_MAX_SLOTS);
      return DL_EBADRECORD;
    }
    list[(*len)++] = slot;
  }
  if (!r->stars) {
    pv_report(s, line, 0, "a pattern has a '*' where the verb stands");
    return DL_EBADRECORD;
  }
  if (depth) {
    if (!quiet) pv_report(s, line, 1, "unclosed '%c'; pattern skipped", stack[depth - 1] == '}' ? '{' : '(');
    r->unbalanced = 1;
  }
  return DL_OK;
}

/* Interns "name:line". */
static uint32_t source_of(pv_state *s, size_t line) {
  char src[320];
  int k = snprintf(src, sizeof src, "%s:%zu", s->name, line);
  size_t n = k < 0 ? 0 : (size_t)k >= sizeof src ? sizeof src - 1 : (size_t)k;
  return pv_intern(s, src, n);
}

/* Finds the code in brackets at the end of p[0, n): sets *body_len to what comes before '['. */
static int split_code(const char *p, size_t n, size_t *body_len, const char **code, size_t *code_len) {
  const char *lb = memchr(p, '[', n);
  if (!lb) return 0;
  const char *rb = memchr(lb, ']', n - (size_t)(lb - p));
  if (!rb) return 0;
  for (const char *q = rb + 1; q < p + n; q++)
    if (!is_blank(*q)) return 0;
  *body_len = (size_t)(lb - p);
  *code = lb + 1;
  *code_len = (size_t)(rb - lb - 1);
  return 1;
}

/* "- pattern [CODE]": checked now, kept for the block's verbs. */
static void read_pattern_line(pv_state *s, size_t line, const char *p, size_t n) {
  s->st.pattern_lines++;
  if (!s->in_block) {
    pv_report(s, line, 0, "a pattern before any verb block ('---  NAME  [CODE]  ---')");
    s->st.errors++;
    return;
  }
  size_t blen, clen;
  const char *cs;
  if (!split_code(p + 1, n - 1, &blen, &cs, &clen)) {
    /* PETRARCH skips such a line and reads on: a warning. */
    pv_report(s, line, 1, "a pattern ends with its code in brackets: '- * WORD  [CODE]'; skipped");
    return;
  }
  char code[5];
  int repaired;
  int kind = parse_code(cs, clen, code, &repaired);
  if (kind == CODE_BAD) {
    pv_report(s, line, 1, "bad code '[%.*s]'; pattern skipped", (int)(clen > 40 ? 40 : clen), cs);
    return;
  }
  pv_parsed r;
  int rc = parse_body(s, line, p + 1, blen, &r, kind != CODE_OK);
  if (rc == DL_ENOMEM) return;
  if (rc != DL_OK) {
    s->st.errors++;
    return;
  }
  /* [---]: a pattern that matches and codes nothing, so that the verb's shorter patterns do not code it either. */
  if (kind == CODE_NONE) {
    s->st.null_code++;
    memcpy(code, "---", 4);
  }
  if (kind == CODE_PASSIVE) {
    s->st.passive_only++;
    return;
  }
  if (repaired) {
    pv_report(s, line, 1, "code '[%.*s]' read as %s", (int)clen, cs, code);
    s->st.code_repairs++;
  }
  if (r.unbalanced) {
    s->st.brackets++;
    return;
  }
  if (r.undefined) {
    s->st.undefined_set++;
    return;
  }
  if (r.percent) {
    s->st.compound_actor++;
    return;
  }
  /* $ before the verb is its subject, the source anyway; + there would make the subject the target */
  size_t k = 0;
  int pre_target = 0;
  for (size_t i = 0; i < r.npre; i++) {
    if (r.pre[i].kind == VE_SOURCE) continue;
    if (r.pre[i].kind == VE_TARGET) pre_target = 1;
    r.pre[k++] = r.pre[i];
  }
  r.npre = k;
  if (pre_target || (r.npre && r.npost)) {
    s->st.both_sides++;
    return;
  }
  pv_pat pat;
  memset(&pat, 0, sizeof pat);
  pat.line = line;
  pat.source = source_of(s, line);
  if (pat.source == UINT32_MAX) return;
  memcpy(pat.code, code, 5);
  pat.before = r.npre ? 1 : 0;
  pat.slots = (uint32_t)s->slots.len;
  const pv_slot *list = r.npre ? r.pre : r.post;
  size_t nl = r.npre ? r.npre : r.npost;
  pat.nslots = (uint8_t)nl;
  for (size_t i = 0; i < nl; i++)
    if (DL_VEC_PUSH(s->t->ctx, s->slots, list[i]) != DL_OK) {
      s->oom = 1;
      return;
    }
  if (DL_VEC_PUSH(s->t->ctx, s->pats, pat) != DL_OK) {
    s->oom = 1;
    return;
  }
  s->st.pattern_used++;
}

/* ------------------------------------------------------------ verbs */

/* The parts of one verb form: "+CARRY_OUT", "WIRE_+TAP", "GIVE". */
typedef struct pv_form {
  const char *w[PV_MAX_FORM_WORDS];
  size_t wl[PV_MAX_FORM_WORDS];
  size_t nw;   /* words */
  size_t verb; /* which is the verb */
} pv_form;

/* Splits a form at '_'; returns NULL, or a message. */
static const char *split_form(const char *p, size_t n, pv_form *f) {
  f->nw = 0;
  f->verb = SIZE_MAX;
  for (size_t i = 0; i <= n;) {
    size_t j = i;
    while (j < n && p[j] != '_') j++;
    if (j > i) {
      const char *w = p + i;
      size_t wl = j - i;
      if (w[0] == '+') {
        if (f->verb != SIZE_MAX) return "more than one '+' in a verb";
        f->verb = f->nw;
        w++, wl--;
        if (!wl) return "'+' without a verb word";
      }
      for (size_t k = 0; k < wl; k++)
        if (!is_word_char((unsigned char)w[k]) || w[k] == '/') return "a verb is letters, digits, ' - and .";
      if (wl > PV_MAX_WORD) return "word too long";
      if (f->nw == PV_MAX_FORM_WORDS) return "a multi-word verb has too many words";
      f->w[f->nw] = w;
      f->wl[f->nw++] = wl;
    }
    i = j + 1;
  }
  if (f->nw == 0) return "empty verb";
  if (f->verb == SIZE_MAX) {
    if (f->nw > 1) return "a multi-word verb marks its verb word with '+' (+CARRY_OUT)";
    f->verb = 0;
  }
  return NULL;
}

/* Nonzero when verbs a and b (words in st->vwords, single alternatives) are the same. */
static int same_verb(const pv_state *s, const pv_verb *a, const pv_verb *b) {
  if (a->nfront != b->nfront || a->nback != b->nback) return 0;
  if (strcmp(verb_str(s->t, a->head), verb_str(s->t, b->head)) != 0) return 0;
  for (size_t i = 0; i < (size_t)a->nfront + a->nback; i++) {
    const verb_elem *x = &s->vwords.items[a->words + i], *y = &s->vwords.items[b->words + i];
    if (strcmp(verb_str(s->t, s->t->alts.items[x->alts]), verb_str(s->t, s->t->alts.items[y->alts])) != 0) return 0;
  }
  return 1;
}

/* Adds one form as a verb of the block, unless the block has it. */
static void add_form(pv_state *s, size_t line, const pv_form *f, const char code[5], uint32_t source) {
  if (f->verb > 0 && f->verb + 1 < f->nw) {
    pv_report(s, line, 1, "a verb with words before and after its '+' word is not supported; skipped");
    s->st.unsupported_verbs++;
    return;
  }
  char buf[LEX_MAX_TOKEN_KEY];
  size_t k = norm_word(s, f->w[f->verb], f->wl[f->verb], 1, buf);
  pv_verb v;
  memset(&v, 0, sizeof v);
  v.head = pv_intern(s, buf, k);
  if (v.head == UINT32_MAX) return;
  v.words = (uint32_t)s->vwords.len;
  v.nfront = (uint8_t)f->verb;
  v.nback = (uint8_t)(f->nw - f->verb - 1);
  memcpy(v.code, code, 5);
  v.source = source;
  for (size_t i = 0; i < f->nw; i++) {
    if (i == f->verb) continue;
    verb_elem e = {VE_WORD, 0, 0, (uint32_t)s->t->alts.len};
    size_t wn = norm_word(s, f->w[i], f->wl[i], 0, buf);
    if (add_alt(s, e.alts, &e.nalts, buf, wn) != DL_OK) return;
    if (DL_VEC_PUSH(s->t->ctx, s->vwords, e) != DL_OK) {
      s->oom = 1;
      return;
    }
  }
  for (size_t i = 0; i < s->verbs.len; i++)
    if (same_verb(s, &s->verbs.items[i], &v)) {
      s->vwords.len = v.words;
      return;
    }
  if (s->verbs.len >= PV_MAX_BLOCK_VERBS) {
    s->vwords.len = v.words;
    if (!s->block_full_reported) {
      pv_report(s, line, 0, "a block has at most %d verbs; the rest are skipped", PV_MAX_BLOCK_VERBS);
      s->st.errors++;
      s->block_full_reported = 1;
    }
    return;
  }
  if (DL_VEC_PUSH(s->t->ctx, s->verbs, v) != DL_OK) s->oom = 1;
  s->st.heads++;
}

/* "VERB {FORMS} [CODE]": the verb and its forms join the block. */
static void read_verb_line(pv_state *s, size_t line, const char *p, size_t n) {
  s->st.verb_lines++;
  if (!s->in_block) { /* verbs before any "---" line: a block of their own, with no code */
    s->in_block = 1;
    s->block_code[0] = '\0';
    s->st.blocks++;
  }
  size_t e = 0;
  while (e < n && !is_blank(p[e]) && p[e] != '{' && p[e] != '[') e++;
  pv_form f;
  const char *msg = split_form(p, e, &f);
  if (msg) {
    pv_report(s, line, 0, "%s", msg);
    s->st.errors++;
    return;
  }
  size_t i = e;
  while (i < n && is_blank(p[i])) i++;
  size_t fb = 0, fe = 0; /* the forms in braces, p[fb, fe) */
  if (i < n && p[i] == '{') {
    const char *rb = memchr(p + i, '}', n - i);
    if (!rb) {
      pv_report(s, line, 0, "unclosed '{'");
      s->st.errors++;
      return;
    }
    fb = i + 1;
    fe = (size_t)(rb - p);
    i = fe + 1;
    while (i < n && is_blank(p[i])) i++;
  }
  char code[5];
  memcpy(code, s->block_code, 5);
  if (i < n && p[i] == '[') {
    const char *rb = memchr(p + i, ']', n - i);
    if (!rb) {
      pv_report(s, line, 0, "unclosed '['");
      s->st.errors++;
      return;
    }
    int repaired;
    size_t cl = (size_t)(rb - p) - i - 1;
    int kind = parse_code(p + i + 1, cl, code, &repaired);
    if (kind == CODE_BAD) {
      pv_report(s, line, 1, "bad code '[%.*s]'; verb skipped", (int)(cl > 40 ? 40 : cl), p + i + 1);
      return;
    }
    if (kind != CODE_OK) code[0] = '\0';
    if (repaired) {
      pv_report(s, line, 1, "code '[%.*s]' read as %s", (int)cl, p + i + 1, code);
      s->st.code_repairs++;
    }
    i = (size_t)(rb - p) + 1;
    while (i < n && is_blank(p[i])) i++;
  }
  if (i < n) {
    size_t k = i;
    while (k < n && k - i < 40 && !is_blank(p[k])) k++;
    if (is_word_char((unsigned char)p[i]) && fe == 0 && p[0] != '+' && e < 40)
      pv_report(s, line, 1, "a verb line is 'VERB {FORMS} [CODE]'; a multi-word verb is written +%.*s_%.*s; skipped",
                (int)e, p, (int)(k - i), p + i);
    else
      pv_report(s, line, 1, "a verb line is 'VERB {FORMS} [CODE]', not '... %.*s'; skipped", (int)(k - i), p + i);
    return;
  }
  /* check every form before adding any */
  for (size_t a = fb; a < fe;) {
    while (a < fe && (is_blank(p[a]) || p[a] == ',')) a++;
    size_t b = a;
    while (b < fe && !is_blank(p[b]) && p[b] != ',') b++;
    if (b > a) {
      pv_form g;
      msg = split_form(p + a, b - a, &g);
      if (msg) {
        pv_report(s, line, 0, "%s: '%.*s'", msg, (int)(b - a > 60 ? 60 : b - a), p + a);
        s->st.errors++;
        return;
      }
    }
    a = b;
  }
  uint32_t source = source_of(s, line);
  if (source == UINT32_MAX) return;
  add_form(s, line, &f, code, source);
  for (size_t a = fb; a < fe && !s->oom;) {
    while (a < fe && (is_blank(p[a]) || p[a] == ',')) a++;
    size_t b = a;
    while (b < fe && !is_blank(p[b]) && p[b] != ',') b++;
    if (b > a) {
      pv_form g;
      split_form(p + a, b - a, &g);
      add_form(s, line, &g, code, source);
    }
    a = b;
  }
}

/* ------------------------------------------------------------ making patterns */

/*
 * Adds the patterns of verb v with slots list[0, n) (sets expanded), code
 * and flags. p is the pattern line (NULL for a bare verb), for messages.
 */
static void emit(pv_state *s, const pv_verb *v, pv_pat *p, const pv_slot *list, size_t n, uint8_t flags,
                 const char code[5], uint32_t source) {
  size_t line = p ? p->line : 0;
  size_t opts[PV_MAX_SLOTS * 2], pick[PV_MAX_SLOTS * 2];
  size_t nsets = 0, combos = 1;
  for (size_t i = 0; i < n; i++) {
    if (list[i].kind != PV_SET) continue;
    pv_set *set = &s->sets.items[list[i].a];
    size_t o = set_options(set);
    if (o == 0) {
      if (p && !p->reported) pv_report(s, p->line, 1, "set '&%s' has no members; pattern skipped", set->name);
      if (p) p->reported = 1;
      return;
    }
    if (set->singles.len && set_group(s, set) != DL_OK) return;
    opts[nsets] = o;
    pick[nsets++] = 0;
    combos = combos > PV_MAX_COMBOS ? combos : combos * o;
  }
  /* Too many readings: each set becomes one word, its members' head words. */
  int wide = combos > PV_MAX_COMBOS;
  if (wide) {
    for (size_t i = 0; i < n; i++)
      if (list[i].kind == PV_SET && set_wide(s, &s->sets.items[list[i].a]) != DL_OK) return;
    for (size_t k = 0; k < nsets; k++) opts[k] = 1;
    s->st.wide++;
  }
  for (;;) {
    verb_elem elems[PV_MAX_ELEMS];
    size_t ne = 0, si = 0;
    int too_long = 0;
    for (size_t i = 0; i < n && !too_long; i++) {
      const pv_slot *sl = &list[i];
      if (sl->kind != PV_SET) {
        if (ne == PV_MAX_ELEMS) too_long = 1;
        else elems[ne++] = (verb_elem){sl->kind, 0, sl->nalts, sl->a};
        continue;
      }
      const pv_set *set = &s->sets.items[sl->a];
      size_t o = pick[si++];
      if (wide) {
        if (ne == PV_MAX_ELEMS) too_long = 1;
        else elems[ne++] = (verb_elem){VE_WORD, 0, set->nwide, set->wide};
        continue;
      }
      if (set->singles.len) {
        if (o == 0) {
          if (ne == PV_MAX_ELEMS) too_long = 1;
          else elems[ne++] = (verb_elem){VE_WORD, 0, (uint16_t)set->singles.len, set->group};
          continue;
        }
        o--;
      }
      const pv_member *m = &set->multis.items[o];
      if (ne + m->n > PV_MAX_ELEMS) too_long = 1;
      else
        for (size_t k = 0; k < m->n; k++) elems[ne++] = s->melems.items[m->first + k];
    }
    if (too_long) {
      if (p && !p->reported) {
        pv_report(s, line, 1, "a pattern has at most %d elements; longer readings skipped", PV_MAX_ELEMS);
        p->reported = 1;
      }
    } else if (s->st.patterns >= s->limit || s->elems + ne > s->elem_limit) {
      if (!s->limit_reported) {
        pv_report(s, line, 0, "too many patterns for a file of this size; the rest are skipped");
        s->st.errors++;
        s->limit_reported = 1;
      }
      return;
    } else {
      verb_pattern vp;
      memset(&vp, 0, sizeof vp);
      vp.head = v->head;
      vp.nelems = (uint16_t)ne;
      vp.flags = flags;
      vp.weight = (uint8_t)(ne + 1);
      memcpy(vp.code, code, 5);
      vp.source = source;
      if (verb_table_push(s->t, &vp, elems, ne) != DL_OK) {
        s->oom = 1;
        return;
      }
      s->st.patterns++;
      s->elems += ne;
      if (!p) s->st.bare++;
    }
    /* the next combination */
    size_t k = 0;
    while (k < nsets && ++pick[k] == opts[k]) pick[k++] = 0;
    if (k == nsets) break;
  }
}

/* Makes the patterns of the block read so far and starts afresh. */
static void flush_block(pv_state *s) {
  pv_slot list[PV_MAX_SLOTS + PV_MAX_FORM_WORDS];
  for (size_t vi = 0; vi < s->verbs.len && !s->oom; vi++) {
    const pv_verb v = s->verbs.items[vi];
    pv_slot front[PV_MAX_FORM_WORDS], back[PV_MAX_FORM_WORDS];
    for (size_t i = 0; i < v.nfront; i++) {
      const verb_elem *e = &s->vwords.items[v.words + i];
      front[i] = (pv_slot){VE_WORD, e->nalts, e->alts};
    }
    for (size_t i = 0; i < v.nback; i++) {
      const verb_elem *e = &s->vwords.items[v.words + v.nfront + i];
      back[i] = (pv_slot){VE_WORD, e->nalts, e->alts};
    }
    if (v.code[0]) {
      if (v.nfront) emit(s, &v, NULL, front, v.nfront, VP_BEFORE, v.code, v.source);
      else emit(s, &v, NULL, back, v.nback, 0, v.code, v.source);
    }
    for (size_t pi = 0; pi < s->pats.len && !s->oom; pi++) {
      pv_pat *p = &s->pats.items[pi];
      const pv_slot *ps = p->nslots ? &s->slots.items[p->slots] : NULL;
      size_t n = 0;
      uint8_t flags = 0;
      if (p->before) { /* the pattern's words, then the verb's own words before it */
        if (v.nback) {
          s->st.verb_conflicts++;
          continue;
        }
        for (size_t i = 0; i < p->nslots; i++) list[n++] = ps[i];
        for (size_t i = 0; i < v.nfront; i++) list[n++] = front[i];
        flags = VP_BEFORE;
      } else if (v.nfront) {
        if (p->nslots) {
          s->st.verb_conflicts++;
          continue;
        }
        for (size_t i = 0; i < v.nfront; i++) list[n++] = front[i];
        flags = VP_BEFORE;
      } else {
        for (size_t i = 0; i < v.nback; i++) list[n++] = back[i];
        for (size_t i = 0; i < p->nslots; i++) list[n++] = ps[i];
      }
      emit(s, &v, p, list, n, flags, p->code, p->source);
    }
  }
  s->verbs.len = 0;
  s->vwords.len = 0;
  s->pats.len = 0;
  s->slots.len = 0;
  s->block_full_reported = 0;
}

/* "---  NAME  [CODE]  ---": a new block. */
static void read_header_line(pv_state *s, size_t line, const char *p, size_t n) {
  flush_block(s);
  s->in_block = 1;
  s->st.blocks++;
  s->block_code[0] = '\0';
  const char *lb = memchr(p, '[', n);
  if (!lb) return; /* no code: the null code */
  const char *rb = memchr(lb, ']', n - (size_t)(lb - p));
  if (!rb) {
    pv_report(s, line, 0, "unclosed '[' in a block line");
    s->st.errors++;
    return;
  }
  int repaired;
  size_t cl = (size_t)(rb - lb - 1);
  int kind = parse_code(lb + 1, cl, s->block_code, &repaired);
  if (kind == CODE_BAD) {
    /* PETRARCH reads the block on without a code of its own: a warning. */
    pv_report(s, line, 1, "bad code '[%.*s]'; the block has no code of its own", (int)(cl > 40 ? 40 : cl), lb + 1);
  }
  if (kind != CODE_OK) s->block_code[0] = '\0';
  if (repaired) {
    pv_report(s, line, 1, "code '[%.*s]' read as %s", (int)cl, lb + 1, s->block_code);
    s->st.code_repairs++;
  }
}

/* ------------------------------------------------------------ lines */

/* One line without its comments, in s->line. */
static void read_line(pv_state *s, size_t line, const char *p, size_t n) {
  while (n && is_blank(p[0])) p++, n--;
  while (n && is_blank(p[n - 1])) n--;
  if (!n) return;
  if (p[0] == '+' && s->open_set >= 0) {
    read_member_line(s, line, p, n);
    return;
  }
  if (p[0] == '+' && s->open_set == PV_BAD_SET) return;
  s->open_set = -1;
  if (p[0] == '&') read_set_line(s, line, p, n);
  else if (n >= 3 && memcmp(p, "---", 3) == 0) read_header_line(s, line, p, n);
  else if (p[0] == '-') read_pattern_line(s, line, p, n);
  else if (p[0] == '~') s->st.transformations++;
  else read_verb_line(s, line, p, n);
}

static int read_all(verb_table *t, const dl_lexicon *lex, const char *name, const char *text, size_t len,
                    dl_buffer *errors, pv_stats *stats) {
  pv_state s;
  memset(&s, 0, sizeof s);
  s.t = t;
  s.lex = lex;
  s.name = name ? name : "-";
  s.errors = errors;
  s.open_set = -1;
  /*
   * Generous for real dictionaries (CAMEO.2.0.txt makes 0.3 patterns and
   * 0.7 elements a byte), bounded for hostile ones.
   */
  s.limit = 100000 + 4 * len;
  s.elem_limit = 200000 + 8 * len;
  t->nsources++;
  dl_buffer cur;
  dl_buffer_init(&cur, t->ctx);
  size_t line = 0, comment_line = 0;
  int in_comment = 0;
  for (size_t i = 0; i < len && !s.oom;) {
    size_t j = i;
    while (j < len && text[j] != '\n') j++;
    line++;
    const char *p = text + i;
    size_t n = j - i;
    i = j + 1;
    /* comments: "#" and ";" to the end of the line, "<!-- ... -->" over lines, lines starting with "<!" */
    dl_buffer_clear(&cur);
    size_t k = 0;
    if (!in_comment) {
      size_t a = 0;
      while (a < n && is_blank(p[a])) a++;
      if (n - a >= 2 && p[a] == '<' && p[a + 1] == '!' && !(n - a >= 4 && p[a + 2] == '-' && p[a + 3] == '-'))
        continue;
    }
    size_t seg = 0;
    while (k < n) {
      if (in_comment) {
        if (k + 3 <= n && memcmp(p + k, "-->", 3) == 0) {
          in_comment = 0;
          k += 3;
          seg = k;
        } else {
          k++;
        }
        continue;
      }
      if (p[k] == '#' || p[k] == ';') break;
      if (k + 4 <= n && memcmp(p + k, "<!--", 4) == 0) {
        if (k > seg && dl_buffer_put(&cur, p + seg, k - seg) != DL_OK) s.oom = 1;
        in_comment = 1;
        comment_line = line;
        k += 4;
        continue;
      }
      k++;
    }
    if (!in_comment && k > seg && dl_buffer_put(&cur, p + seg, k - seg) != DL_OK) s.oom = 1;
    if (s.oom) break;
    if (cur.len) read_line(&s, line, cur.data, cur.len);
  }
  if (!s.oom && in_comment) {
    pv_report(&s, comment_line, 0, "'<!--' is not closed");
    s.st.errors++;
  }
  if (!s.oom) flush_block(&s);
  dl_buffer_free(&cur);
  for (size_t i = 0; i < s.sets.len; i++) {
    DL_VEC_FREE(t->ctx, s.sets.items[i].singles);
    DL_VEC_FREE(t->ctx, s.sets.items[i].multis);
  }
  DL_VEC_FREE(t->ctx, s.sets);
  dl_mem_free(t->ctx, s.set_index, s.set_cap * sizeof *s.set_index);
  DL_VEC_FREE(t->ctx, s.melems);
  DL_VEC_FREE(t->ctx, s.verbs);
  DL_VEC_FREE(t->ctx, s.vwords);
  DL_VEC_FREE(t->ctx, s.pats);
  DL_VEC_FREE(t->ctx, s.slots);
  if (stats) *stats = s.st;
  if (s.oom) return DL_ENOMEM;
  return s.st.errors ? DL_EBADRECORD : DL_OK;
}

int verb_table_add_petrarch(verb_table *t, const dl_lexicon *lex, const char *name, const char *text, size_t len,
                            dl_buffer *errors, size_t *npatterns, size_t *nerrors) {
  pv_stats st;
  int rc = read_all(t, lex, name, text, len, errors, &st);
  if (npatterns) *npatterns = st.patterns;
  if (nerrors) *nerrors = st.errors;
  return rc;
}
