/* verbs.c: the verb pattern table (native format reader, index) and the CAMEO code table. */
#include "lexicon/verbs.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/blob.h"

/* The most elements after a head, and the most alternatives of one word. */
#define VERB_MAX_ELEMS 24
#define VERB_MAX_ALTS 64

void verb_table_init(verb_table *t, dl_context *ctx) {
  memset(t, 0, sizeof *t);
  t->ctx = ctx;
  dl_buffer_init(&t->pool, ctx);
}

void verb_table_free(verb_table *t) {
  if (!t->ctx) return;
  dl_buffer_free(&t->pool);
  DL_VEC_FREE(t->ctx, t->patterns);
  DL_VEC_FREE(t->ctx, t->elems);
  DL_VEC_FREE(t->ctx, t->alts);
  dl_mem_free(t->ctx, t->index, t->index_cap * sizeof *t->index);
  t->index = NULL;
  t->index_cap = 0;
}

uint32_t verb_table_intern(verb_table *t, const char *s, size_t len) {
  if (t->pool.len == 0 && dl_buffer_putc(&t->pool, '\0') != DL_OK) return UINT32_MAX;
  if (t->pool.len + len + 1 > UINT32_MAX) return UINT32_MAX;
  uint32_t off = (uint32_t)t->pool.len;
  if (dl_buffer_put(&t->pool, s, len) != DL_OK || dl_buffer_putc(&t->pool, '\0') != DL_OK) return UINT32_MAX;
  return off;
}

int verb_table_push(verb_table *t, const verb_pattern *p, const verb_elem *elems, size_t nelems) {
  verb_pattern q = *p;
  q.elems = (uint32_t)t->elems.len;
  q.nelems = (uint16_t)nelems;
  for (size_t i = 0; i < nelems; i++)
    if (DL_VEC_PUSH(t->ctx, t->elems, elems[i]) != DL_OK) return DL_ENOMEM;
  return DL_VEC_PUSH(t->ctx, t->patterns, q);
}

/* Appends "name:line: message\n" to errors. */
static void report(dl_buffer *errors, const char *name, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void report(dl_buffer *errors, const char *name, size_t line, const char *fmt, ...) {
  if (!errors) return;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  dl_buffer_printf(errors, "%s:%zu: %s\n", name, line, msg);
}

/* A word of a pattern: lower-case letters, digits and ' . - after a letter or digit. */
static int word_ok(const char *s, size_t n) {
  if (n == 0 || !(islower((unsigned char)s[0]) || isdigit((unsigned char)s[0]))) return 0;
  for (size_t i = 1; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!(islower(c) || isdigit(c) || c == '\'' || c == '.' || c == '-')) return 0;
  }
  return 1;
}

/* Parses "CODE" or "CODE/INTENT" (two to four digits each), or "---" (no event). Returns 0 when malformed. */
static int parse_codes(const char *s, size_t n, char code[5], char intent[5]) {
  if (n == 3 && memcmp(s, "---", 3) == 0) {
    memcpy(code, "---", 4);
    intent[0] = '\0';
    return 1;
  }
  size_t i = 0;
  while (i < n && isdigit((unsigned char)s[i])) i++;
  if (i < 2 || i > 4) return 0;
  memcpy(code, s, i);
  code[i] = '\0';
  intent[0] = '\0';
  if (i == n) return 1;
  if (s[i] != '/') return 0;
  size_t j = i + 1, k = j;
  while (k < n && isdigit((unsigned char)s[k])) k++;
  if (k != n || k - j < 2 || k - j > 4) return 0;
  memcpy(intent, s + j, k - j);
  intent[k - j] = '\0';
  return 1;
}

/* One token of a pattern being read. */
typedef struct pat_token {
  const char *s;
  size_t n;
} pat_token;

/*
 * Reads one pattern (the text between bars) into the table, one pattern per
 * alternative of its head. Returns DL_OK, DL_EBADRECORD after reporting,
 * or DL_ENOMEM.
 */
static int add_pattern(verb_table *t, const char *name, size_t line, uint32_t source, const char code[5],
                       const char intent[5], const char *s, size_t n, size_t *npatterns, dl_buffer *errors) {
  pat_token toks[VERB_MAX_ELEMS + 1];
  size_t ntoks = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i >= n) break;
    size_t j = i;
    while (j < n && s[j] != ' ' && s[j] != '\t') j++;
    if (ntoks == VERB_MAX_ELEMS + 1) {
      report(errors, name, line, "a pattern has at most %d elements after its head", VERB_MAX_ELEMS);
      return DL_EBADRECORD;
    }
    toks[ntoks].s = s + i;
    toks[ntoks].n = j - i;
    ntoks++;
    i = j;
  }
  if (ntoks == 0) {
    report(errors, name, line, "empty pattern");
    return DL_EBADRECORD;
  }
  verb_elem elems[VERB_MAX_ELEMS];
  size_t nelems = 0;
  uint8_t group = 0, ngroups = 0;
  int weight = 1, has_t = 0, has_s = 0;
  for (size_t k = 1; k < ntoks; k++) {
    const char *w = toks[k].s;
    size_t wn = toks[k].n;
    int opens = 0, closes = 0;
    if (wn && w[0] == '(') {
      if (group) {
        report(errors, name, line, "nested parentheses");
        return DL_EBADRECORD;
      }
      opens = 1;
      w++;
      wn--;
    }
    if (wn && w[wn - 1] == ')') {
      closes = 1;
      wn--;
    }
    if (opens) group = ++ngroups;
    if (closes && !group) {
      report(errors, name, line, "unbalanced ')'");
      return DL_EBADRECORD;
    }
    verb_elem e = {0, group, 0, 0};
    if (wn == 2 && w[0] == '+' && (w[1] == 'T' || w[1] == 'S')) {
      int *seen = w[1] == 'T' ? &has_t : &has_s;
      if (*seen) {
        report(errors, name, line, "+%c twice in one pattern", w[1]);
        return DL_EBADRECORD;
      }
      *seen = 1;
      e.kind = w[1] == 'T' ? VE_TARGET : VE_SOURCE;
    } else {
      e.kind = VE_WORD;
      e.alts = (uint32_t)t->alts.len;
      for (size_t a = 0; a <= wn;) {
        size_t b = a;
        while (b < wn && w[b] != '/') b++;
        if (!word_ok(w + a, b - a)) {
          report(errors, name, line, "bad word '%.*s'", (int)wn, w);
          t->alts.len = e.alts;
          return DL_EBADRECORD;
        }
        if (e.nalts == VERB_MAX_ALTS) {
          report(errors, name, line, "more than %d alternatives", VERB_MAX_ALTS);
          t->alts.len = e.alts;
          return DL_EBADRECORD;
        }
        uint32_t off = verb_table_intern(t, w + a, b - a);
        if (off == UINT32_MAX || DL_VEC_PUSH(t->ctx, t->alts, off) != DL_OK) return DL_ENOMEM;
        e.nalts++;
        a = b + 1;
      }
    }
    if (!group) weight++;
    elems[nelems++] = e;
    if (closes) group = 0;
  }
  if (group) {
    report(errors, name, line, "unclosed '('");
    return DL_EBADRECORD;
  }
  /* The head: a verb lemma or alternatives of one, or ~noun. */
  const char *h = toks[0].s;
  size_t hn = toks[0].n;
  uint8_t flags = 0;
  if (hn && h[0] == '~') {
    flags = VP_NOUN;
    h++;
    hn--;
  }
  for (size_t a = 0; a <= hn;) {
    size_t b = a;
    while (b < hn && h[b] != '/') b++;
    if (!word_ok(h + a, b - a)) {
      report(errors, name, line, "a pattern starts with a verb or ~noun, not '%.*s'", (int)toks[0].n, toks[0].s);
      return DL_EBADRECORD;
    }
    verb_pattern p;
    memset(&p, 0, sizeof p);
    p.head = verb_table_intern(t, h + a, b - a);
    if (p.head == UINT32_MAX) return DL_ENOMEM;
    p.flags = flags;
    p.weight = (uint8_t)(weight > 255 ? 255 : weight);
    memcpy(p.code, code, 5);
    memcpy(p.intent, intent, 5);
    p.source = source;
    if (verb_table_push(t, &p, elems, nelems) != DL_OK) return DL_ENOMEM;
    (*npatterns)++;
    a = b + 1;
  }
  return DL_OK;
}

int verb_table_add_native(verb_table *t, const char *name, const char *text, size_t len, dl_buffer *errors,
                          size_t *npatterns, size_t *nerrors) {
  size_t added = 0, bad = 0, line = 0;
  int rc = DL_OK;
  t->nsources++;
  for (size_t i = 0; i < len && rc != DL_ENOMEM;) {
    size_t j = i;
    while (j < len && text[j] != '\n') j++;
    line++;
    size_t end = j;
    for (size_t k = i; k < j; k++)
      if (text[k] == '#') {
        end = k;
        break;
      }
    size_t a = i;
    while (a < end && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r')) a++;
    while (end > a && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) end--;
    i = j + 1;
    if (a == end) continue;
    size_t c = a;
    while (c < end && text[c] != ' ' && text[c] != '\t') c++;
    char code[5], intent[5];
    if (!parse_codes(text + a, c - a, code, intent)) {
      report(errors, name, line, "expected CODE[/INTENT] and patterns, not '%.*s'", (int)(c - a), text + a);
      bad++;
      continue;
    }
    char src[256];
    int sn = snprintf(src, sizeof src, "%s:%zu", name, line);
    uint32_t source = verb_table_intern(t, src, sn < 0 ? 0 : (size_t)sn >= sizeof src ? sizeof src - 1 : (size_t)sn);
    if (source == UINT32_MAX) return DL_ENOMEM;
    int line_bad = 0;
    for (size_t p = c; p <= end;) {
      size_t q = p;
      while (q < end && text[q] != '|') q++;
      int r = add_pattern(t, name, line, source, code, intent, text + p, q - p, &added, errors);
      if (r == DL_ENOMEM) {
        rc = r;
        break;
      }
      if (r != DL_OK) line_bad = 1;
      p = q + 1;
    }
    if (line_bad) bad++;
  }
  if (npatterns) *npatterns = added;
  if (nerrors) *nerrors = bad;
  if (rc == DL_OK && bad) rc = DL_EBADRECORD;
  return rc;
}

/* Orders patterns by noun flag, head (its canonical pool offset) and weight (heavier first), then as read. */
static int pattern_cmp(const void *a, const void *b) {
  const verb_pattern *x = a, *y = b;
  int nx = x->flags & VP_NOUN, ny = y->flags & VP_NOUN;
  if (nx != ny) return nx - ny;
  if (x->head != y->head) return x->head < y->head ? -1 : 1;
  if (x->weight != y->weight) return (int)y->weight - (int)x->weight;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  return (x->elems > y->elems) - (x->elems < y->elems);
}

/* The hash of a head: FNV-1a over the lemma, the noun flag mixed in. */
static uint32_t head_hash(int noun, const char *s, size_t n) {
  uint32_t h = blob_hash_add(2166136261u, s, n);
  return noun ? (h ^ 0x5bd1e995u) * 16777619u : h;
}

/* Finds the slot of (noun, head text) in index, whose entries are pattern indices + 1. */
static uint32_t *find_slot(const verb_table *t, uint32_t *index, size_t cap, int noun, const char *s, size_t n) {
  uint32_t mask = (uint32_t)(cap - 1);
  for (uint32_t slot = head_hash(noun, s, n) & mask;; slot = (slot + 1) & mask) {
    if (!index[slot]) return &index[slot];
    const verb_pattern *p = &t->patterns.items[index[slot] - 1];
    const char *h = verb_str(t, p->head);
    if ((p->flags & VP_NOUN) == noun && strncmp(h, s, n) == 0 && h[n] == '\0') return &index[slot];
  }
}

int verb_table_finish(verb_table *t) {
  if (t->pool.len == 0 && verb_table_intern(t, "", 0) == UINT32_MAX) return DL_ENOMEM;
  size_t cap = 16;
  while (cap < t->patterns.len * 2) cap <<= 1;
  uint32_t *index = dl_mem_calloc(t->ctx, cap, sizeof *index);
  if (!index) return DL_ENOMEM;
  /* Heads written on different lines are different pool strings: give each head text one offset, so sorting compares numbers. */
  for (size_t i = 0; i < t->patterns.len; i++) {
    verb_pattern *p = &t->patterns.items[i];
    const char *h = verb_str(t, p->head);
    uint32_t *slot = find_slot(t, index, cap, p->flags & VP_NOUN, h, strlen(h));
    if (*slot) p->head = t->patterns.items[*slot - 1].head;
    else *slot = (uint32_t)i + 1;
  }
  if (t->patterns.len) qsort(t->patterns.items, t->patterns.len, sizeof *t->patterns.items, pattern_cmp);
  memset(index, 0, cap * sizeof *index);
  for (size_t i = 0; i < t->patterns.len; i++) {
    const verb_pattern *p = &t->patterns.items[i];
    if (i && (p->flags & VP_NOUN) == (t->patterns.items[i - 1].flags & VP_NOUN) && p->head == t->patterns.items[i - 1].head)
      continue;
    const char *h = verb_str(t, p->head);
    *find_slot(t, index, cap, p->flags & VP_NOUN, h, strlen(h)) = (uint32_t)i + 1;
  }
  dl_mem_free(t->ctx, t->index, t->index_cap * sizeof *t->index);
  t->index = index;
  t->index_cap = cap;
  return DL_OK;
}

const verb_pattern *verb_table_find(const verb_table *t, int noun, const char *lemma, size_t len, size_t *count) {
  *count = 0;
  if (!t->index_cap || len == 0) return NULL;
  int nf = noun ? VP_NOUN : 0;
  uint32_t i = *find_slot(t, t->index, t->index_cap, nf, lemma, len);
  if (!i) return NULL;
  const verb_pattern *p = &t->patterns.items[i - 1], *end = t->patterns.items + t->patterns.len, *q = p;
  while (q < end && (q->flags & VP_NOUN) == nf && q->head == p->head) q++;
  *count = (size_t)(q - p);
  return p;
}

int verb_pattern_format(const verb_table *t, const verb_pattern *p, dl_buffer *out) {
  int rc = dl_buffer_puts(out, p->code);
  if (rc == DL_OK && p->intent[0]) rc = dl_buffer_printf(out, "/%s", p->intent);
  if (rc == DL_OK) rc = dl_buffer_printf(out, " %s%s", (p->flags & VP_NOUN) ? "~" : "", verb_str(t, p->head));
  uint8_t open = 0;
  for (size_t i = 0; i < p->nelems && rc == DL_OK; i++) {
    const verb_elem *e = &t->elems.items[p->elems + i];
    if (open && e->optional != open) {
      rc = dl_buffer_putc(out, ')');
      open = 0;
    }
    if (rc == DL_OK) rc = dl_buffer_putc(out, ' ');
    if (rc == DL_OK && e->optional && e->optional != open) {
      rc = dl_buffer_putc(out, '(');
      open = e->optional;
    }
    if (e->kind == VE_TARGET) rc = dl_buffer_puts(out, "+T");
    else if (e->kind == VE_SOURCE) rc = dl_buffer_puts(out, "+S");
    else
      for (size_t a = 0; a < e->nalts && rc == DL_OK; a++) {
        if (a) rc = dl_buffer_putc(out, '/');
        if (rc == DL_OK) rc = dl_buffer_puts(out, verb_str(t, t->alts.items[e->alts + a]));
      }
  }
  if (open && rc == DL_OK) rc = dl_buffer_putc(out, ')');
  if (rc == DL_OK && (p->flags & VP_BEFORE)) rc = dl_buffer_puts(out, " [before]");
  if (rc == DL_OK) rc = dl_buffer_printf(out, "  # %s\n", verb_str(t, p->source));
  return rc;
}

/* ------------------------------------------------------------ CAMEO codes */

void cameo_table_init(cameo_table *t, dl_context *ctx) {
  memset(t, 0, sizeof *t);
  t->ctx = ctx;
  dl_buffer_init(&t->pool, ctx);
}

void cameo_table_free(cameo_table *t) {
  if (!t->ctx) return;
  dl_buffer_free(&t->pool);
  DL_VEC_FREE(t->ctx, t->codes);
}

/* Appends a NUL-terminated copy of s[0, n) to the pool; returns its offset, stored in the pointer until finish. */
static int pool_add(cameo_table *t, const char *s, size_t n, const char **at) {
  if (t->pool.len == 0 && dl_buffer_putc(&t->pool, '\0') != DL_OK) return DL_ENOMEM;
  *at = (const char *)(uintptr_t)t->pool.len;
  if (dl_buffer_put(&t->pool, s, n) != DL_OK || dl_buffer_putc(&t->pool, '\0') != DL_OK) return DL_ENOMEM;
  return DL_OK;
}

int cameo_table_add_text(cameo_table *t, const char *name, const char *text, size_t len, dl_buffer *errors,
                         size_t *ncodes, size_t *nerrors) {
  size_t added = 0, bad = 0, line = 0;
  for (size_t i = 0; i < len;) {
    size_t j = i;
    while (j < len && text[j] != '\n') j++;
    line++;
    const char *s = text + i;
    size_t n = j - i;
    i = j + 1;
    if (n && s[n - 1] == '\r') n--;
    if (n == 0 || s[0] == '#') continue;
    const char *col[7];
    size_t cl[7], nc = 0;
    for (size_t a = 0; a <= n && nc < 7;) {
      size_t b = a;
      while (b < n && s[b] != '\t') b++;
      col[nc] = s + a;
      cl[nc++] = b - a;
      a = b + 1;
    }
    cameo_code c;
    memset(&c, 0, sizeof c);
    char num[32];
    char *endp = NULL;
    int ok = nc == 7 && cl[0] >= 2 && cl[0] <= 4 && cl[1] == 2 && cl[2] == 1 && col[2][0] >= '1' &&
             col[2][0] <= '4' && cl[3] > 0 && cl[3] < sizeof num && memcmp(col[0], col[1], 2) == 0;
    for (size_t k = 0; ok && k < cl[0]; k++) ok = isdigit((unsigned char)col[0][k]) != 0;
    if (ok) {
      memcpy(num, col[3], cl[3]);
      num[cl[3]] = '\0';
      c.goldstein = strtod(num, &endp);
      ok = endp && *endp == '\0' && c.goldstein >= -10 && c.goldstein <= 10;
    }
    if (!ok) {
      report(errors, name, line, "expected code, root, quad class, Goldstein score, PLOVER type, mode and name");
      bad++;
      continue;
    }
    memcpy(c.code, col[0], cl[0]);
    memcpy(c.root, col[1], 2);
    c.quad_class = (uint8_t)(col[2][0] - '0');
    if (pool_add(t, col[4], cl[4], &c.plover_type) != DL_OK || pool_add(t, col[5], cl[5], &c.plover_mode) != DL_OK ||
        pool_add(t, col[6], cl[6], &c.name) != DL_OK || DL_VEC_PUSH(t->ctx, t->codes, c) != DL_OK)
      return DL_ENOMEM;
    added++;
  }
  if (ncodes) *ncodes = added;
  if (nerrors) *nerrors = bad;
  return bad ? DL_EBADRECORD : DL_OK;
}

static int code_cmp(const void *a, const void *b) {
  return strcmp(((const cameo_code *)a)->code, ((const cameo_code *)b)->code);
}

int cameo_table_finish(cameo_table *t) {
  if (t->pool.len == 0 && dl_buffer_putc(&t->pool, '\0') != DL_OK) return DL_ENOMEM;
  for (size_t i = 0; i < t->codes.len; i++) {
    cameo_code *c = &t->codes.items[i];
    c->plover_type = t->pool.data + (uintptr_t)c->plover_type;
    c->plover_mode = t->pool.data + (uintptr_t)c->plover_mode;
    c->name = t->pool.data + (uintptr_t)c->name;
  }
  if (t->codes.len) qsort(t->codes.items, t->codes.len, sizeof *t->codes.items, code_cmp);
  /* A later duplicate of a code (a user's table over the built-in one) is dropped: the first read wins. */
  return DL_OK;
}

const cameo_code *cameo_table_find(const cameo_table *t, const char *code) {
  size_t lo = 0, hi = t->codes.len;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(t->codes.items[mid].code, code);
    if (c == 0) return &t->codes.items[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}
