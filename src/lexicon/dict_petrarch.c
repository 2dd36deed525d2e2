/* dict_petrarch.c: reading PETRARCH and TABARI dictionaries: actors, agents and discards. */
#include <string.h>

#include "core/buffer.h"
#include "lexicon/build.h"
#include "lexicon/store.h"

/*
 * The formats, as PETRARCH 2 reads them (PETRreader.py):
 *
 *   AFGHANISTAN_  [AFG]          an actor: a root phrase and its codes
 *   +KABUL_                      a synonym of the last root
 *   	[AFGGOV >011222]          more codes on their own lines, with dates:
 *   	[AFGELI 320101-331108]    <D before D, >D from D, A-B from A to the day before B
 *                                (PETRARCH 2's reading; A-A is the day A)
 *   SOLDIER [~MIL]               an agent: a role noun, ~ and the role code
 *   GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   with its plural in braces
 *   !PERSON! = MAN, MEN          a substitution set: CONGRESS!PERSON! is CONGRESSMAN, ...
 *   MONTHS LATER                 a discard; +TYPHOON discards the whole story
 *
 * Words are joined by underscores or spaces (in TABARI a space lets other
 * words come between; here both mean the next word). "#" starts a comment; lines that
 * start with "<!" are skipped, and a "<!--" left open runs to "-->". Dates
 * are YYMMDD (years 00-30 are 20YY, as in KEDS and TABARI) or YYYYMMDD.
 *
 * What PETRARCH would skip or repair is a warning, not an error, so the
 * published dictionaries load: a record with no code, an unreadable date
 * (that code is skipped), a phrase of more than 12 words, an agent line with
 * no code, a code closed by "}". A root with no code takes the codes of the
 * next root, as in PETRARCH's reader (the Phoenix files leave out some "+").
 *
 * A word without a trailing underscore is a stem in TABARI (ARGENTIN matches
 * ARGENTINA). dateline matches every word on its lemma instead, so "SOLDIER"
 * matches "soldiers" but a stem that is not a word matches only itself.
 */

#define MAX_SETS 64      /* substitution sets in one agents file */
#define MAX_VARIANTS 256 /* phrases one agent line may expand to */

/* A phrase collected from the file (underscores already spaces). */
typedef struct pet_phrase {
  uint32_t off; /* offset in the record's byte buffer */
  uint32_t len; /* its length */
  size_t line;  /* where it was written */
} pet_phrase;

/* A code collected from the file. */
typedef struct pet_code {
  char code[32];    /* upper case, NUL-terminated */
  int32_t from_day; /* LEX_DAY_MIN when open */
  int32_t to_day;   /* LEX_DAY_MAX when open */
  int dated;        /* it had a date restriction */
  size_t line;      /* where it was written */
} pet_code;

/* A substitution set: !NAME! and its values. */
typedef struct pet_set {
  const char *name;  /* "!PERSON!" in the text */
  size_t name_len;   /* its length */
  const char *value; /* "MAN, MEN, ..." in the text */
  size_t value_len;  /* its length */
} pet_set;

/* What a reader collects: the current record, and the substitution sets. */
typedef struct pet_state {
  lex_builder *b;                 /* the builder */
  lex_format format;              /* which dictionary */
  dl_buffer bytes;                /* phrase texts of the current record */
  DL_VEC(pet_phrase) phrases;     /* the current record's phrases */
  DL_VEC(pet_code) codes;         /* the current record's codes */
  size_t root_line;               /* line of the current actor's root, 0 when none */
  pet_set sets[MAX_SETS];         /* substitution sets */
  size_t nsets;                   /* their number */
  dl_buffer expand;               /* agent expansions, NUL-separated */
} pet_state;

/* Nonzero for white space inside a line. */
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

/* Trims white space from both ends of s[*a, *e). */
static void trim(const char *s, size_t *a, size_t *e) {
  while (*a < *e && is_space(s[*a])) (*a)++;
  while (*e > *a && is_space(s[*e - 1])) (*e)--;
}

/* Adds a phrase to the record: underscores become spaces, ends trimmed. */
static int add_phrase(pet_state *st, const char *s, size_t n, size_t line) {
  size_t a = 0, e = n;
  trim(s, &a, &e);
  /* The buffer is allocated even for an empty phrase, so its data is never NULL. */
  if (dl_buffer_put(&st->bytes, "", 0) != DL_OK) return DL_ENOMEM;
  pet_phrase p = {(uint32_t)st->bytes.len, 0, line};
  for (size_t i = a; i < e; i++) {
    char c = s[i];
    if (c == '_') c = ' ';
    if (dl_buffer_putc(&st->bytes, c) != DL_OK) return DL_ENOMEM;
  }
  p.len = (uint32_t)(st->bytes.len - p.off);
  /* Trailing underscores leave trailing spaces. */
  while (p.len && st->bytes.data[p.off + p.len - 1] == ' ') p.len--;
  while (p.len && st->bytes.data[p.off] == ' ') {
    p.off++;
    p.len--;
  }
  return DL_VEC_PUSH(st->b->ctx, st->phrases, p);
}

/* The number written by n digits at s, or -1. */
static int digits(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* Reads a PETRARCH date, YYMMDD or YYYYMMDD, into a day number; 0, or -1 when it is not one. */
static int pet_date(const char *s, size_t n, int32_t *day) {
  if (n != 6 && n != 8) return -1;
  size_t yn = n - 4;
  int y = digits(s, yn), m = digits(s + yn, 2), d = digits(s + yn + 2, 2);
  if (y < 0) return -1;
  if (n == 6) y += y <= 30 ? 2000 : 1900;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > lex_month_days(y, m)) return -1;
  *day = lex_days_from_civil(y, m, d);
  return 0;
}

/* Reads one code block's contents ("AFGGOV 320101-331108"): adds the code, or warns and skips it. */
static int read_code(pet_state *st, const char *s, size_t n, size_t line) {
  lex_builder *b = st->b;
  size_t a = 0, e = n;
  trim(s, &a, &e);
  size_t c = a;
  while (c < e && !is_space(s[c]) && s[c] != '<' && s[c] != '>') c++;
  if (c == a) {
    build_warning(b, line, "empty code; skipped");
    return DL_OK;
  }
  pet_code pc;
  memset(&pc, 0, sizeof pc);
  pc.from_day = LEX_DAY_MIN;
  pc.to_day = LEX_DAY_MAX;
  pc.line = line;
  if (c - a >= sizeof pc.code) {
    build_warning(b, line, "code '%.*s' is longer than 31 characters; skipped", (int)(c - a), s + a);
    return DL_OK;
  }
  for (size_t i = a; i < c; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch <= 0x20 || ch >= 0x7F || ch == '[' || ch == '{') {
      build_warning(b, line, "code '%.*s' has a character codes do not use; skipped", (int)(c - a), s + a);
      return DL_OK;
    }
    pc.code[i - a] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
  }
  /* The date, with any spaces taken out: "< 950601", "19950601 - 19990815". */
  char date[40];
  size_t dn = 0;
  for (size_t i = c; i < e; i++) {
    if (is_space(s[i])) continue;
    if (dn + 1 >= sizeof date) {
      dn = sizeof date;
      break;
    }
    date[dn++] = s[i];
  }
  if (dn) {
    pc.dated = 1;
    int ok = dn < sizeof date;
    const char *dash = ok ? memchr(date, '-', dn) : NULL;
    int32_t d1, d2;
    if (!ok) {
    } else if (date[0] == '<') {
      ok = pet_date(date + 1, dn - 1, &d1) == 0;
      if (ok) pc.to_day = d1 - 1;
    } else if (date[0] == '>') {
      ok = pet_date(date + 1, dn - 1, &d1) == 0;
      if (ok) pc.from_day = d1;
    } else if (dash) {
      size_t k = (size_t)(dash - date);
      ok = pet_date(date, k, &d1) == 0 && pet_date(dash + 1, dn - k - 1, &d2) == 0;
      if (ok) { /* from A to the day before B, as PETRARCH 2 reads it; A-A is the day A */
        pc.from_day = d1;
        pc.to_day = d2 > d1 ? d2 - 1 : d2;
      }
    } else {
      ok = pet_date(date, dn, &d1) == 0;
      if (ok) {
        pc.from_day = d1;
        build_warning(b, line, "date '%.*s' has no <, > or range; read as from that day", (int)dn, date);
      }
    }
    if (!ok) {
      build_warning(b, line, "cannot read the date '%.*s' (YYMMDD or YYYYMMDD); code %s skipped",
                    (int)(dn < sizeof date ? dn : sizeof date - 1), date, pc.code);
      return DL_OK;
    }
    if (pc.from_day > pc.to_day) {
      build_warning(b, line, "date range '%.*s' ends before it starts; code %s skipped", (int)dn, date, pc.code);
      return DL_OK;
    }
  }
  return DL_VEC_PUSH(b->ctx, st->codes, pc);
}

/*
 * Reads every [CODE ...] block of s[0, n); returns the offset where the
 * first one starts (n when none). A block closed by "}" or by the end of the
 * line is read with a warning.
 */
static int read_codes(pet_state *st, const char *s, size_t n, size_t line, size_t *first) {
  const char *open = memchr(s, '[', n);
  *first = open ? (size_t)(open - s) : n;
  while (open) {
    size_t i = (size_t)(open - s) + 1, j = i;
    st->b->stats->codes++;
    while (j < n && s[j] != ']' && s[j] != '[' && s[j] != '}') j++;
    if (j >= n || s[j] != ']')
      build_warning(st->b, line, "code block '[%.*s' is not closed by ']'", (int)(j - i), s + i);
    int rc = read_code(st, s + i, j - i, line);
    if (rc != DL_OK) return rc;
    open = j < n ? memchr(s + j, '[', n - j) : NULL;
  }
  return DL_OK;
}

/* Three-letter codes of CAMEO that are sectors or kinds of actor, not states. */
static const char *const sector_codes[] = {"AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV",
                                           "HLH", "HRI", "IGO", "IMG", "INS", "INT", "IRC", "JUD", "LAB", "LEG",
                                           "MED", "MIL", "MNC", "MOD", "NGO", "OPP", "RAD", "REB", "REF", "REL",
                                           "SET", "SPY", "UAF", "UIS", "UNK", NULL};

/*
 * The kind an actor code is given: see docs/DICTIONARIES.md. A code of three
 * capitals that is no sector is a state, ISO or not: PETRARCH's files name
 * states of their own (its validation suite's ARN, GON), and those combine
 * with agents as countries do ("Gondor's government" is GONGOV).
 */
static int actor_kind(const pet_code *c, int record_dated) {
  size_t n = strlen(c->code);
  if (strcmp(c->code, "---") == 0) return LEX_DISCARD;
  if (record_dated) return LEX_PERSON;
  if (n >= 3 && build_is_country(c->code)) return n == 3 ? LEX_COUNTRY : LEX_BODY;
  if (n == 3 && c->code[0] >= 'A' && c->code[0] <= 'Z' && c->code[1] >= 'A' && c->code[1] <= 'Z' &&
      c->code[2] >= 'A' && c->code[2] <= 'Z') {
    int sector = 0;
    for (size_t k = 0; sector_codes[k] && !sector; k++) sector = strcmp(sector_codes[k], c->code) == 0;
    if (!sector) return LEX_COUNTRY;
  }
  return LEX_GROUP;
}

/* Stores the current record: its phrases, one entry per code, and the keys. */
static int flush_record(pet_state *st, int kind_override, unsigned flags) {
  lex_builder *b = st->b;
  int rc = DL_OK;
  if (!st->phrases.len) goto done;
  const char *bytes = st->bytes.data;
  if (!st->codes.len) {
    const pet_phrase *p = &st->phrases.items[0];
    build_warning(b, st->root_line ? st->root_line : p->line, "'%.*s' has no code; skipped", (int)p->len,
                  bytes + p->off);
    goto done;
  }
  /* Phrases that cannot be keyed are dropped, with a warning. */
  size_t kept = 0;
  for (size_t i = 0; i < st->phrases.len; i++) {
    pet_phrase *p = &st->phrases.items[i];
    const char *why = build_phrase_check(b, bytes + p->off, p->len, 1);
    if (why) {
      build_warning(b, p->line, "phrase '%.*s': %s; skipped", (int)p->len, bytes + p->off, why);
      continue;
    }
    st->phrases.items[kept++] = *p;
  }
  st->phrases.len = kept;
  if (!kept) goto done;
  uint32_t first = (uint32_t)b->phrases.len;
  for (size_t i = 0; i < kept; i++) {
    rc = build_add_phrase_text(b, bytes + st->phrases.items[i].off, st->phrases.items[i].len);
    if (rc != DL_OK) goto done;
  }
  int dated = 0;
  for (size_t c = 0; c < st->codes.len; c++) dated |= st->codes.items[c].dated;
  for (size_t c = 0; c < st->codes.len; c++) {
    const pet_code *pc = &st->codes.items[c];
    uint32_t entry;
    int kind = kind_override ? kind_override : actor_kind(pc, dated);
    rc = build_add_entry(b, pc->code, strlen(pc->code), kind, flags | LEX_FLAG_PETRARCH, pc->from_day, pc->to_day,
                         pc->line, first, (uint32_t)kept, &entry);
    if (rc != DL_OK) goto done;
    for (size_t i = 0; i < kept; i++) {
      const pet_phrase *p = &st->phrases.items[i];
      rc = build_link_phrase(b, bytes + p->off, p->len, 1, entry, pc->line);
      if (rc == 1) rc = DL_OK;
      if (rc != DL_OK) goto done;
    }
  }
done:
  st->phrases.len = st->codes.len = 0;
  dl_buffer_clear(&st->bytes);
  st->root_line = 0;
  return rc;
}

/* ------------------------------------------------------------------ actors */

/* One line of an actors file. */
static int actors_line(pet_state *st, const char *s, size_t n, size_t line) {
  lex_builder *b = st->b;
  size_t first;
  if (s[0] == '[') {
    int rc = read_codes(st, s, n, line, &first);
    if (rc == DL_OK && !st->root_line) {
      build_warning(b, line, "code before any actor; skipped");
      st->codes.len = 0;
    }
    return rc;
  }
  if (s[0] == '+') {
    b->stats->synonyms++;
    if (!st->root_line) {
      build_warning(b, line, "synonym before any actor; skipped");
      return DL_OK;
    }
    int rc = read_codes(st, s + 1, n - 1, line, &first);
    return rc == DL_OK ? add_phrase(st, s + 1, first, line) : rc;
  }
  b->stats->records++;
  if (st->root_line && !st->codes.len && st->phrases.len) {
    /* PETRARCH gives a root with no code the codes of the next one (a "+" left out). */
    const pet_phrase *p = &st->phrases.items[st->phrases.len - 1];
    build_warning(b, p->line, "'%.*s' has no code; it takes the codes of the next actor, as in PETRARCH",
                  (int)p->len, st->bytes.data + p->off);
  } else {
    int rc = flush_record(st, 0, 0);
    if (rc != DL_OK) return rc;
    st->root_line = line;
  }
  int rc = read_codes(st, s, n, line, &first);
  return rc == DL_OK ? add_phrase(st, s, first, line) : rc;
}

/* ------------------------------------------------------------------ agents */

/* Reads "!NAME! = A, B, C". */
static void agents_set(pet_state *st, const char *s, size_t n, size_t line) {
  const char *eq = memchr(s, '=', n);
  size_t a = 0, e = (size_t)(eq - s);
  trim(s, &a, &e);
  st->b->stats->sets++;
  if (e - a < 3 || s[a] != '!' || s[e - 1] != '!' || memchr(s + a + 1, '!', e - a - 2)) {
    build_warning(st->b, line, "substitution set name '%.*s' is not !NAME!; skipped", (int)(e - a), s + a);
    return;
  }
  if (st->nsets >= MAX_SETS) {
    build_warning(st->b, line, "more than %d substitution sets; skipped", MAX_SETS);
    return;
  }
  pet_set *set = &st->sets[st->nsets++];
  set->name = s + a;
  set->name_len = e - a;
  set->value = eq + 1;
  set->value_len = n - (size_t)(eq + 1 - s);
}

/* The substitution set named by s[0, n), or NULL. */
static const pet_set *find_set(const pet_state *st, const char *s, size_t n) {
  for (size_t i = st->nsets; i-- > 0;)
    if (st->sets[i].name_len == n && memcmp(st->sets[i].name, s, n) == 0) return &st->sets[i];
  return NULL;
}

/*
 * Expands every !NAME! marker of s[0, n) into st->expand as NUL-terminated
 * variants. Returns the number of variants, 0 after warning about an unknown
 * marker or too many variants, or -1 when out of memory.
 */
static int expand_markers(pet_state *st, const char *s, size_t n, size_t line) {
  dl_buffer_clear(&st->expand);
  if (dl_buffer_put(&st->expand, s, n) != DL_OK || dl_buffer_putc(&st->expand, '\0') != DL_OK) return -1;
  int count = 1;
  /* Each pass replaces the first marker of every variant. */
  for (int pass = 0; pass < 8; pass++) {
    const char *m = memchr(st->expand.data, '!', st->expand.len);
    if (!m) return count;
    dl_buffer next;
    dl_buffer_init(&next, st->b->ctx);
    int made = 0;
    for (size_t off = 0; off < st->expand.len;) {
      const char *v = st->expand.data + off;
      size_t vn = strlen(v);
      off += vn + 1;
      const char *bang = memchr(v, '!', vn);
      const char *end = bang ? memchr(bang + 1, '!', vn - (size_t)(bang + 1 - v)) : NULL;
      const pet_set *set = end ? find_set(st, bang, (size_t)(end - bang) + 1) : NULL;
      if (!set) {
        build_warning(st->b, line, "unknown substitution marker in '%.*s'; skipped", (int)n, s);
        dl_buffer_free(&next);
        return 0;
      }
      for (size_t q = 0; q <= set->value_len;) {
        const char *comma = memchr(set->value + q, ',', set->value_len - q);
        size_t qe = comma ? (size_t)(comma - set->value) : set->value_len, qa = q;
        trim(set->value, &qa, &qe);
        q = (comma ? (size_t)(comma - set->value) : set->value_len) + 1;
        if (qa == qe) continue;
        if (++made > MAX_VARIANTS) {
          build_warning(st->b, line, "'%.*s' expands to more than %d phrases; skipped", (int)n, s, MAX_VARIANTS);
          dl_buffer_free(&next);
          return 0;
        }
        if (dl_buffer_put(&next, v, (size_t)(bang - v)) != DL_OK ||
            dl_buffer_put(&next, set->value + qa, qe - qa) != DL_OK ||
            dl_buffer_put(&next, end + 1, vn - (size_t)(end + 1 - v)) != DL_OK || dl_buffer_putc(&next, '\0') != DL_OK) {
          dl_buffer_free(&next);
          return -1;
        }
      }
    }
    dl_buffer_free(&st->expand);
    st->expand = next;
    count = made;
    if (!count) return 0;
  }
  build_warning(st->b, line, "too many substitution markers in '%.*s'; skipped", (int)n, s);
  return 0;
}

/* Adds the expansions of s[0, n) to the record; DL_OK (after a warning, too) or DL_ENOMEM. */
static int add_expanded(pet_state *st, const char *s, size_t n, size_t line, int *ok) {
  int count = expand_markers(st, s, n, line);
  if (count < 0) return DL_ENOMEM;
  if (count == 0) {
    *ok = 0;
    return DL_OK;
  }
  for (size_t off = 0; off < st->expand.len;) {
    const char *v = st->expand.data + off;
    size_t vn = strlen(v);
    off += vn + 1;
    if (add_phrase(st, v, vn, line) != DL_OK) return DL_ENOMEM;
  }
  return DL_OK;
}

/* One line of an agents file. */
static int agents_line(pet_state *st, const char *s, size_t n, size_t line) {
  lex_builder *b = st->b;
  if (memchr(s, '!', n) && memchr(s, '=', n)) {
    agents_set(st, s, n, line);
    return DL_OK;
  }
  b->stats->records++;
  size_t first;
  int rc = read_codes(st, s, n, line, &first);
  if (rc != DL_OK) return rc;
  const char *brace = memchr(s, '{', first);
  size_t noun_end = brace ? (size_t)(brace - s) : first;
  while (noun_end && is_space(s[noun_end - 1])) noun_end--;
  if (!memchr(s, '[', n)) {
    build_warning(b, line, "agent '%.*s' has no code; skipped", (int)noun_end, s);
    st->codes.len = 0;
    return DL_OK;
  }
  int ok = 1;
  rc = add_expanded(st, s, noun_end, line, &ok);
  if (rc == DL_OK && ok && brace) {
    size_t room = first - (size_t)(brace - s);
    const char *close = memchr(brace, '}', room);
    size_t pn = close ? (size_t)(close - brace - 1) : room - 1;
    size_t a = 0, e = pn;
    trim(brace + 1, &a, &e);
    if (e > a) rc = add_expanded(st, brace + 1 + a, e - a, line, &ok);
  }
  if (rc != DL_OK) return rc;
  if (!ok) {
    st->phrases.len = st->codes.len = 0;
    dl_buffer_clear(&st->bytes);
    return DL_OK;
  }
  st->root_line = line;
  return flush_record(st, LEX_ROLE, 0);
}

/* ---------------------------------------------------------------- discards */

/* One line of a discards file. */
static int discards_line(pet_state *st, const char *s, size_t n, size_t line) {
  lex_builder *b = st->b;
  b->stats->records++;
  unsigned flags = 0;
  if (s[0] == '+') {
    b->stats->story++;
    flags = LEX_FLAG_STORY;
    s++;
    n--;
  }
  pet_code pc;
  memset(&pc, 0, sizeof pc);
  memcpy(pc.code, "---", 4);
  pc.from_day = LEX_DAY_MIN;
  pc.to_day = LEX_DAY_MAX;
  pc.line = line;
  st->root_line = line;
  if (add_phrase(st, s, n, line) != DL_OK || DL_VEC_PUSH(b->ctx, st->codes, pc) != DL_OK) return DL_ENOMEM;
  return flush_record(st, LEX_DISCARD, flags);
}

/* ------------------------------------------------------------------ lines */

/* Finds "-->" in s[0, n); its offset, or n. */
static size_t find_close(const char *s, size_t n) {
  for (size_t i = 0; i + 3 <= n; i++)
    if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>') return i;
  return n;
}

/* Finds "<!--" in s[0, n); its offset, or n. */
static size_t find_open(const char *s, size_t n) {
  for (size_t i = 0; i + 4 <= n; i++)
    if (s[i] == '<' && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') return i;
  return n;
}

int build_read_petrarch(lex_builder *b, const char *text, size_t len, lex_format format) {
  pet_state st;
  memset(&st, 0, sizeof st);
  st.b = b;
  st.format = format;
  dl_buffer_init(&st.bytes, b->ctx);
  dl_buffer_init(&st.expand, b->ctx);
  int rc = DL_OK, in_comment = 0;
  size_t line = 0;
  for (size_t i = 0; rc == DL_OK && i < len;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    line++;
    if (in_comment) {
      in_comment = find_close(s, n) == n;
      continue;
    }
    if (n && s[0] == '#') continue;
    if (n >= 2 && s[0] == '<' && s[1] == '!') {
      in_comment = find_open(s, n) == 0 && find_close(s, n) == n;
      continue;
    }
    const char *hash = memchr(s, '#', n);
    if (hash) n = (size_t)(hash - s);
    size_t open = find_open(s, n);
    if (open < n) { /* "<!-- ... -->" inside a line, or the start of a comment block */
      size_t close = find_close(s + open, n - open);
      if (close == n - open) in_comment = 1;
      n = open;
    }
    size_t a = 0, e = n;
    trim(s, &a, &e);
    if (a == e) continue;
    if (format == LEX_FORMAT_ACTORS) rc = actors_line(&st, s + a, e - a, line);
    else if (format == LEX_FORMAT_AGENTS) rc = agents_line(&st, s + a, e - a, line);
    else rc = discards_line(&st, s + a, e - a, line);
  }
  if (rc == DL_OK && format == LEX_FORMAT_ACTORS) rc = flush_record(&st, 0, 0);
  dl_buffer_free(&st.bytes);
  dl_buffer_free(&st.expand);
  DL_VEC_FREE(b->ctx, st.phrases);
  DL_VEC_FREE(b->ctx, st.codes);
  return rc;
}

/* ---------------------------------------------------------------- detection */

/* Nonzero when a field looks like a native code. */
static int native_code(const char *s, size_t n) {
  if (n == 3 && memcmp(s, "---", 3) == 0) return 1;
  if (n < 2) return 0;
  for (size_t i = s[0] == '~'; i < n; i++)
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
  return 1;
}

/*
 * The text formats that are not actor dictionaries, from the first lines
 * that are not comments: a CAMEO code table ("010<TAB>01<TAB>1<TAB>..."),
 * native verb patterns ("0233  seek asylum | ..."), or a PETRARCH verb
 * dictionary ("--- SEEK [---] ---" blocks, or its "VERB PATTERNS" banner).
 * AUTO when none.
 */
static lex_format detect_text_format(const char *text, size_t len) {
  size_t lines = 0, codes = 0, verbs = 0;
  /* A PETRARCH verb file may open with hundreds of lines of synonym sets: look at every line for its blocks. */
  for (size_t i = 0; i < len;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
    if (n >= 5 && s[0] == '-' && memcmp(s, "---", 3) == 0 && memchr(s, '[', n) && s[n - 1] == '-')
      return LEX_FORMAT_PETRARCH_VERBS;
  }
  for (size_t i = 0; i < len && lines < 200;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    for (size_t k = 0; k + 13 <= n; k++)
      if (s[k] == 'V' && memcmp(s + k, "VERB PATTERNS", 13) == 0) return LEX_FORMAT_PETRARCH_VERBS;
    if (n == 0 || s[0] == '#' || s[0] == ' ' || s[0] == '\t' || s[0] == '\r') continue;
    lines++;
    size_t d = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9') d++;
    if (d < 2 || d > 4 || d == n) continue;
    if (s[d] == '\t' && d + 3 < n && s[d + 1] >= '0' && s[d + 1] <= '9' && s[d + 3] == '\t') codes++;
    else if (s[d] == '/' || s[d] == ' ' || s[d] == '\t') verbs++;
  }
  if (lines && codes * 2 > lines) return LEX_FORMAT_CODES;
  if (lines && verbs * 2 >= lines) return LEX_FORMAT_VERBS;
  return LEX_FORMAT_AUTO;
}

/*
 * Nonzero for a gazetteer (dict_places.c): a comment line "# dateline places"
 * before the first line that is not a comment, or a first such line of nine
 * tab-separated fields that starts with digits (a geonameid).
 */
static int detect_places(const char *text, size_t len) {
  static const char directive[] = "# dateline places";
  for (size_t i = 0; i < len;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    if (n && s[n - 1] == '\r') n--;
    if (n == 0) continue;
    if (s[0] == '#') {
      size_t d = sizeof directive - 1;
      if (n >= d && memcmp(s, directive, d) == 0 && (n == d || s[d] == ' ' || s[d] == '\t')) return 1;
      continue;
    }
    size_t tabs = 0, digits = 0;
    while (digits < n && s[digits] >= '0' && s[digits] <= '9') digits++;
    for (size_t k = 0; k < n; k++) tabs += s[k] == '\t';
    return digits > 0 && digits < n && s[digits] == '\t' && tabs == 8;
  }
  return 0;
}

lex_format lex_detect_format(const char *name, const char *text, size_t len) {
  if (detect_places(text, len)) return LEX_FORMAT_PLACES;
  lex_format tf = detect_text_format(text, len);
  if (tf != LEX_FORMAT_AUTO) return tf;
  size_t native = 0, actors = 0, agents = 0, lines = 0;
  int in_comment = 0;
  for (size_t i = 0; i < len && lines < 200;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    if (in_comment) {
      in_comment = find_close(s, n) == n;
      continue;
    }
    if (n >= 4 && find_open(s, n) == 0) {
      in_comment = find_close(s, n) == n;
      continue;
    }
    const char *hash = memchr(s, '#', n);
    if (hash) n = (size_t)(hash - s);
    size_t a = 0, e = n;
    trim(s, &a, &e);
    if (a == e || s[a] == '<') continue;
    lines++;
    /* CODE KIND ... */
    size_t c1 = a;
    while (c1 < e && !is_space(s[c1])) c1++;
    size_t k0 = c1;
    while (k0 < e && is_space(s[k0])) k0++;
    size_t k1 = k0;
    while (k1 < e && !is_space(s[k1])) k1++;
    /* A code then a lower-case word is the native shape, even with a misspelt
       kind, so the native reader reports the line instead of taking the file
       for PETRARCH discards, which are written in capitals. */
    int lower_word = k1 > k0;
    for (size_t q = k0; q < k1 && lower_word; q++) lower_word = s[q] >= 'a' && s[q] <= 'z';
    if (native_code(s + a, c1 - a) && (lex_kind_from_name(s + k0, k1 - k0) || lower_word))
      native++;
    const char *open = memchr(s + a, '[', e - a);
    if (s[a] == '!' && memchr(s + a, '=', e - a)) agents++;
    else if (open) {
      const char *close = memchr(open, ']', (size_t)(s + e - open));
      const char *tilde = memchr(open, '~', (size_t)((close ? close : s + e) - open));
      if (tilde) agents++;
      else actors++;
    } else if (s[a] == '+' && actors) {
      actors++;
    }
  }
  if (native && native * 2 >= lines) return LEX_FORMAT_NATIVE;
  if (agents && agents >= actors) return LEX_FORMAT_AGENTS;
  if (actors) return LEX_FORMAT_ACTORS;
  /* No codes at all: discards, unless the name says otherwise. */
  if (name && strstr(name, "agents")) return LEX_FORMAT_AGENTS;
  if (name && strstr(name, "actors")) return LEX_FORMAT_ACTORS;
  return native ? LEX_FORMAT_NATIVE : LEX_FORMAT_DISCARDS;
}
