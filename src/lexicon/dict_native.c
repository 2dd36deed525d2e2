/* dict_native.c: reading dateline's own dictionary format: CODE KIND phrase | phrase [FROM..TO]. */
#include <string.h>
#include <utf8proc.h>

#include "lexicon/build.h"
#include "lexicon/store.h"

/* Nonzero for a field separator. */
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

/* Offset of the first invalid UTF-8 byte of s[0, n), or n. */
static size_t invalid_utf8(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return i;
    i += (size_t)k;
  }
  return n;
}

/*
 * Nonzero when a code is well formed: three or more capitals and digits
 * (AFG, AFGMIL, IGOUNO), "~" and a role (~MIL), or "---"; at most 31 bytes.
 */
static int valid_code(const char *s, size_t n) {
  if (n == 3 && memcmp(s, "---", 3) == 0) return 1;
  size_t i = 0;
  if (n && s[0] == '~') i = 1;
  if (n - i < (i ? 1u : 3u) || n > 31) return 0;
  for (; i < n; i++)
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
  return 1;
}

/* Reads FROM..TO (either side may be empty); 0, or -1 after reporting the error. */
static int read_range(lex_builder *b, size_t line, const char *s, size_t n, int32_t *from, int32_t *to) {
  const char *dots = NULL;
  for (size_t i = 0; i + 1 < n; i++)
    if (s[i] == '.' && s[i + 1] == '.') {
      dots = s + i;
      break;
    }
  if (!dots) {
    build_error(b, line, "bad date range '%.*s' (expected FROM..TO)", (int)n, s);
    return -1;
  }
  size_t fn = (size_t)(dots - s), tn = n - fn - 2;
  const char *t = dots + 2;
  *from = LEX_DAY_MIN;
  *to = LEX_DAY_MAX;
  if (fn && lex_parse_date(s, fn, 0, from) != 0) {
    build_error(b, line, "bad date '%.*s' (expected YYYY-MM-DD, YYYY-MM or YYYY)", (int)fn, s);
    return -1;
  }
  if (tn && lex_parse_date(t, tn, 1, to) != 0) {
    build_error(b, line, "bad date '%.*s' (expected YYYY-MM-DD, YYYY-MM or YYYY)", (int)tn, t);
    return -1;
  }
  if (*from > *to) {
    build_error(b, line, "date range '%.*s' ends before it starts", (int)n, s);
    return -1;
  }
  return 0;
}

/* Trims spaces from both ends of s[*a, *e). */
static void trim(const char *s, size_t *a, size_t *e) {
  while (*a < *e && is_space(s[*a])) (*a)++;
  while (*e > *a && is_space(s[*e - 1])) (*e)--;
}

/* Reads one line; DL_OK (errors are reported and counted) or DL_ENOMEM. */
static int native_line(lex_builder *b, const char *s, size_t n, size_t line) {
  const char *hash = memchr(s, '#', n);
  size_t a = 0, e = hash ? (size_t)(hash - s) : n;
  trim(s, &a, &e);
  if (a == e) return DL_OK;
  b->stats->records++;
  b->stats->codes++;
  size_t bad = invalid_utf8(s + a, e - a);
  if (bad < e - a) {
    build_error(b, line, "invalid UTF-8 at byte %zu", a + bad + 1);
    return DL_OK;
  }
  /* CODE */
  size_t c0 = a, c1 = a;
  while (c1 < e && !is_space(s[c1])) c1++;
  /* KIND */
  size_t k0 = c1, k1;
  while (k0 < e && is_space(s[k0])) k0++;
  k1 = k0;
  while (k1 < e && !is_space(s[k1])) k1++;
  if (k0 == k1) {
    build_error(b, line, "missing kind and phrases after the code '%.*s'", (int)(c1 - c0), s + c0);
    return DL_OK;
  }
  if (!valid_code(s + c0, c1 - c0)) {
    build_error(b, line, "bad code '%.*s' (expected capitals and digits such as AFG or AFGMIL, ~ and a role, or ---)",
                (int)(c1 - c0), s + c0);
    return DL_OK;
  }
  int kind = lex_kind_from_name(s + k0, k1 - k0);
  if (!kind) {
    build_error(b, line,
                "unknown kind '%.*s' (expected country, demonym, capital, body, group, person, role, discard or story)",
                (int)(k1 - k0), s + k0);
    return DL_OK;
  }
  int tilde = s[c0] == '~';
  if (kind == LEX_ROLE && !tilde) {
    build_error(b, line, "a role takes a code of ~ and the role, such as ~MIL, not '%.*s'", (int)(c1 - c0), s + c0);
    return DL_OK;
  }
  if (kind != LEX_ROLE && tilde) {
    build_error(b, line, "a ~ code is for role entries, not %s", lex_kind_name(kind));
    return DL_OK;
  }
  /* phrase | phrase ... [FROM..TO] */
  size_t p0 = k1, p1 = e;
  trim(s, &p0, &p1);
  int32_t from = LEX_DAY_MIN, to = LEX_DAY_MAX;
  size_t last = p1;
  while (last > p0 && !is_space(s[last - 1])) last--;
  const char *dots = NULL;
  for (size_t i = last; i + 1 < p1; i++)
    if (s[i] == '.' && s[i + 1] == '.') dots = s + i;
  if (dots && s[last] != '|' && s[p1 - 1] != '|') {
    if (read_range(b, line, s + last, p1 - last, &from, &to) != 0) return DL_OK;
    p1 = last;
    trim(s, &p0, &p1);
  }
  if (p0 == p1) {
    build_error(b, line, "no phrases after the kind");
    return DL_OK;
  }
  /* Every phrase is checked before anything of the line is stored. */
  size_t nphrases = 0;
  for (size_t q = p0; q <= p1;) {
    const char *bar = memchr(s + q, '|', p1 - q);
    size_t qe = bar ? (size_t)(bar - s) : p1, qa = q;
    trim(s, &qa, &qe);
    if (qa == qe) {
      build_error(b, line, "empty phrase (a '|' with nothing %s it)", nphrases ? "after" : "before");
      return DL_OK;
    }
    const char *why = build_phrase_check(b, s + qa, qe - qa, 0);
    if (why) {
      build_error(b, line, "phrase '%.*s': %s", (int)(qe - qa), s + qa, why);
      return DL_OK;
    }
    nphrases++;
    q = (bar ? (size_t)(bar - s) : p1) + 1;
  }
  uint32_t first = (uint32_t)b->phrases.len, entry;
  for (size_t q = p0; q <= p1;) {
    const char *bar = memchr(s + q, '|', p1 - q);
    size_t qe = bar ? (size_t)(bar - s) : p1, qa = q;
    trim(s, &qa, &qe);
    if (build_add_phrase_text(b, s + qa, qe - qa) != DL_OK) return DL_ENOMEM;
    q = (bar ? (size_t)(bar - s) : p1) + 1;
  }
  /* "story": a discard that drops the whole story, as PETRARCH's '+'. */
  unsigned flags = kind == LEX_DISCARD && k1 - k0 == 5 && memcmp(s + k0, "story", 5) == 0 ? LEX_FLAG_STORY : 0;
  if (flags) b->stats->story++;
  int rc = build_add_entry(b, s + c0, c1 - c0, kind, flags, from, to, line, first, (uint32_t)nphrases, &entry);
  if (rc != DL_OK) return rc;
  for (size_t q = p0; q <= p1;) {
    const char *bar = memchr(s + q, '|', p1 - q);
    size_t qe = bar ? (size_t)(bar - s) : p1, qa = q;
    trim(s, &qa, &qe);
    rc = build_link_phrase(b, s + qa, qe - qa, 0, entry, line);
    if (rc == DL_ENOMEM) return rc;
    q = (bar ? (size_t)(bar - s) : p1) + 1;
  }
  return DL_OK;
}

int build_read_native(lex_builder *b, const char *text, size_t len) {
  size_t line = 0;
  for (size_t i = 0; i < len;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    line++;
    int rc = native_line(b, s, n, line);
    if (rc != DL_OK) return rc;
  }
  return DL_OK;
}
