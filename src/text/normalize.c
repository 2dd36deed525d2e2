/* normalize.c: NFC, plain quotes, dashes and spaces, with an exact map back to source offsets. */
#include "text/normalize.h"

#include <string.h>
#include <utf8proc.h>

#include "core/buffer.h"

/*
 * How the map works. Output is produced in pieces: a run of ASCII copied as
 * it is, or one grapheme cluster, or one replaced character. Each piece knows
 * the source range it came from. When a piece does not start where the last
 * anchor predicts, or the previous piece did not end there (it was replaced by
 * text of another length), two anchors go in at the piece's normalised offset:
 * first where the previous piece ended in the source, then where the new one
 * starts (one anchor when those are the same). So at one normalised offset
 * the first anchor tells where the text before it ends, and the last where
 * the text after it begins; a run of plain ASCII adds nothing.
 */

/* Longest grapheme cluster composed as a unit; longer runs of marks are cut. */
#define NORM_CLUSTER_MAX 32

/* What one normalisation call is doing. */
typedef struct norm_run {
  norm_text *t;        /* where output goes */
  const unsigned char *src; /* the source bytes */
  size_t end;          /* end offset of this call's source range */
  unsigned flags;      /* NORM_* */
  int track;           /* 1 to record anchors */
  int32_t cluster[NORM_CLUSTER_MAX]; /* code points of the cluster being built */
  size_t cluster_len;  /* how many */
  size_t cluster_src;  /* source offset of its first character */
  size_t cluster_end;  /* source offset after its last character */
  utf8proc_int32_t grapheme_state; /* state for utf8proc's cluster rules */
} norm_run;

/* What to do with one decoded character. */
enum {
  CH_KEEP,    /* part of the text: goes through NFC */
  CH_SPACE,   /* white space or a control character */
  CH_NEWLINE, /* a line or paragraph separator (kept as \n without collapsing) */
  CH_DROP,    /* soft hyphen, zero-width and direction marks */
  CH_REPLACE  /* replaced by ASCII (quotes, dashes, ellipsis) */
};

/* An empty normalised text using ctx's allocator. */
void norm_init(norm_text *t, dl_context *ctx) {
  dl_buffer_init(&t->text, ctx);
  t->anchors.items = NULL;
  t->anchors.len = t->anchors.cap = 0;
  t->invalid_utf8 = 0;
  t->src_end = 0;
  t->space_src = 0;
  t->space_pending = 0;
}

/* Frees the text and its anchors. */
void norm_free(norm_text *t) {
  DL_VEC_FREE(t->text.ctx, t->anchors);
  dl_buffer_free(&t->text);
}

/* The source offset that the last anchor predicts for normalised offset pos. */
static size_t predicted_source(const norm_text *t, size_t pos) {
  if (t->anchors.len == 0) return pos;
  const norm_anchor *a = &t->anchors.items[t->anchors.len - 1];
  return a->src + (pos - a->norm);
}

/* Adds an anchor unless the last one is the same. */
static int anchor_push(norm_text *t, size_t norm, size_t src) {
  if (t->anchors.len) {
    const norm_anchor *a = &t->anchors.items[t->anchors.len - 1];
    if (a->norm == norm && a->src == src) return DL_OK;
  }
  norm_anchor a = {(uint32_t)norm, (uint32_t)src};
  return DL_VEC_PUSH(t->text.ctx, t->anchors, a);
}

/*
 * Appends n output bytes that came from source [s, s_end), adding anchors
 * where the map stops advancing in step.
 */
static int emit(norm_text *t, int track, const char *bytes, size_t n, size_t s, size_t s_end) {
  size_t pos = t->text.len;
  size_t predicted = track ? predicted_source(t, pos) : s;
  if (track && (s != predicted || (pos > 0 && t->src_end != predicted))) {
    /* the end of what came before, unless the new piece starts right there */
    if (pos > 0 && anchor_push(t, pos, t->src_end) != DL_OK) return DL_ENOMEM;
    if (s != t->src_end && anchor_push(t, pos, s) != DL_OK) return DL_ENOMEM;
  }
  if (dl_buffer_put(&t->text, bytes, n) != DL_OK) return DL_ENOMEM;
  t->src_end = (uint32_t)s_end;
  return DL_OK;
}

/* Records where the text so far ends in the source, if the map would not say so. */
static int close_end(norm_text *t, int track) {
  size_t pos = t->text.len;
  if (!track || pos == 0 || t->src_end == predicted_source(t, pos)) return DL_OK;
  return anchor_push(t, pos, t->src_end);
}

/* 1 for bytes that end a word visually: the text is empty or ends in white space. */
static int ends_in_space(const norm_text *t) {
  if (t->text.len == 0) return 1;
  char c = t->text.data[t->text.len - 1];
  return c == ' ' || c == '\n' || c == '\t';
}

/*
 * Writes the white space held back by NORM_COLLAPSE_SPACE, as one space, before
 * output that starts at source offset next. Nothing when the text is empty or
 * already ends in white space.
 */
static int flush_space(norm_run *r, size_t next) {
  norm_text *t = r->t;
  if (!t->space_pending) return DL_OK;
  t->space_pending = 0;
  if (ends_in_space(t)) return DL_OK;
  return emit(t, r->track, " ", 1, t->space_src, next);
}

/* Encodes cp as UTF-8 into out (4 bytes of room); returns the length. */
static size_t utf8_encode(int32_t cp, char *out) {
  utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
  return n > 0 ? (size_t)n : 0;
}

/*
 * Decodes one UTF-8 sequence at s[i] (i < end). Returns its length and sets
 * *cp, or for an invalid sequence returns the length of its longest valid
 * prefix (at least 1) and sets *cp to -1.
 */
static size_t utf8_decode(const unsigned char *s, size_t i, size_t end, int32_t *cp) {
  unsigned c = s[i];
  *cp = -1;
  if (c < 0x80) {
    *cp = (int32_t)c;
    return 1;
  }
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  int32_t v;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    v = (int32_t)(c & 0x1F);
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    v = (int32_t)(c & 0x0F);
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    v = (int32_t)(c & 0x07);
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  size_t k = 1;
  for (; k <= need; k++) {
    if (i + k >= end) return k;
    unsigned b = s[i + k];
    if (b < lo || b > hi) return k;
    lo = 0x80;
    hi = 0xBF;
    v = (v << 6) | (int32_t)(b & 0x3F);
  }
  *cp = v;
  return k;
}

/* Named SGML entities that news feeds use. */
static const struct {
  const char *name; /* without & and ; */
  int32_t cp;       /* the character */
} sgml_entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
};

/*
 * Decodes an entity at s[i] == '&' (&name; &#N; &#xN;). Returns its length and
 * sets *cp, or returns 0 when the bytes are not an entity. Numbers that are not
 * characters give U+FFFD.
 */
static size_t entity_decode(const unsigned char *s, size_t i, size_t end, int32_t *cp) {
  size_t j = i + 1;
  if (j < end && s[j] == '#') {
    j++;
    int hex = j < end && (s[j] == 'x' || s[j] == 'X');
    if (hex) j++;
    size_t digits_at = j;
    long v = 0;
    while (j < end && j - digits_at < 8) {
      unsigned c = s[j];
      int d;
      if (c >= '0' && c <= '9') d = (int)(c - '0');
      else if (hex && c >= 'a' && c <= 'f') d = (int)(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F') d = (int)(c - 'A' + 10);
      else break;
      v = v * (hex ? 16 : 10) + d;
      j++;
    }
    if (j == digits_at || j >= end || s[j] != ';') return 0;
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD; /* &#0; is a NUL: a space */
    *cp = (int32_t)v;
    return j + 1 - i;
  }
  for (size_t e = 0; e < sizeof sgml_entities / sizeof sgml_entities[0]; e++) {
    size_t n = strlen(sgml_entities[e].name);
    if (j + n < end && memcmp(s + j, sgml_entities[e].name, n) == 0 && s[j + n] == ';') {
      *cp = sgml_entities[e].cp;
      return n + 2;
    }
  }
  return 0;
}

/*
 * Classifies a character; for CH_REPLACE *ascii gets the replacement (a
 * dash's is decided by the caller).
 */
static int char_class(int32_t cp, const char **ascii) {
  if (cp < 0x20 || cp == 0x7F) return cp == '\n' ? CH_NEWLINE : CH_SPACE;
  if (cp < 0x7F) return cp == ' ' ? CH_SPACE : CH_KEEP;
  if (cp < 0xA0) return cp == 0x85 ? CH_NEWLINE : CH_SPACE; /* C1 controls, NEL */
  switch (cp) {
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return CH_SPACE;
    case 0x2028: case 0x2029:
      return CH_NEWLINE;
    case 0xAD: case 0x180E: case 0xFEFF:
      return CH_DROP;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
      *ascii = "'";
      return CH_REPLACE;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      *ascii = "\"";
      return CH_REPLACE;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      *ascii = "-";
      return CH_REPLACE;
    case 0x2014: case 0x2015: case 0xFE58:
      *ascii = "--"; /* the caller makes it "-" unless it is glued between words */
      return CH_REPLACE;
    case 0x2026:
      *ascii = "...";
      return CH_REPLACE;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CH_SPACE;
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F))
    return CH_DROP;
  return CH_KEEP;
}

/* 1 when cp on its own is already in NFC (no canonical decomposition). */
static int nfc_stable(int32_t cp) {
  if (cp < 0x300) return 1;
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  return p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0;
}

/* Writes the cluster being built, composed to NFC, and empties it. */
static int flush_cluster(norm_run *r) {
  size_t n = r->cluster_len;
  if (n == 0) return DL_OK;
  r->cluster_len = 0;
  r->grapheme_state = 0;
  char out[NORM_CLUSTER_MAX * 4 * 4];
  size_t len = 0;
  if (n == 1 && nfc_stable(r->cluster[0])) {
    len = utf8_encode(r->cluster[0], out);
  } else {
    char in[NORM_CLUSTER_MAX * 4];
    size_t in_len = 0;
    for (size_t k = 0; k < n; k++) in_len += utf8_encode(r->cluster[k], in + in_len);
    utf8proc_int32_t cps[NORM_CLUSTER_MAX * 4];
    const utf8proc_ssize_t cap = (utf8proc_ssize_t)(sizeof cps / sizeof *cps);
    utf8proc_ssize_t m = utf8proc_decompose((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)in_len,
                                            cps, cap, UTF8PROC_DECOMPOSE | UTF8PROC_STABLE);
    if (m > 0 && m <= cap) m = utf8proc_normalize_utf32(cps, m, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (m > 0 && m <= cap) {
      for (utf8proc_ssize_t k = 0; k < m; k++) len += utf8_encode(cps[k], out + len);
    } else { /* cannot happen for valid input; keep the characters as they were */
      memcpy(out, in, in_len);
      len = in_len;
    }
  }
  if (flush_space(r, r->cluster_src) != DL_OK) return DL_ENOMEM;
  return emit(r->t, r->track, out, len, r->cluster_src, r->cluster_end);
}

/* Adds a character from source [s, e) to the cluster, starting a new one at a boundary. */
static int cluster_add(norm_run *r, int32_t cp, size_t s, size_t e) {
  if (r->cluster_len) {
    int32_t prev = r->cluster[r->cluster_len - 1];
    int boundary = r->cluster_len == NORM_CLUSTER_MAX ||
                   (cp < 0x300 && prev < 0x300) ||
                   utf8proc_grapheme_break_stateful(prev, cp, &r->grapheme_state);
    if (boundary && flush_cluster(r) != DL_OK) return DL_ENOMEM;
  }
  if (r->cluster_len == 0) r->cluster_src = s;
  r->cluster[r->cluster_len++] = cp;
  r->cluster_end = e;
  return DL_OK;
}

/* 1 for ASCII white space bytes. */
static int ascii_space(unsigned c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Handles one decoded character cp from source [s, e). */
static int put_char(norm_run *r, int32_t cp, size_t s, size_t e) {
  norm_text *t = r->t;
  const char *ascii = NULL;
  int cls = char_class(cp, &ascii);
  if (cls == CH_KEEP) return cluster_add(r, cp, s, e);
  if (cls == CH_DROP) return DL_OK;
  if (flush_cluster(r) != DL_OK) return DL_ENOMEM;
  if (cls == CH_SPACE || cls == CH_NEWLINE) {
    if (r->flags & NORM_COLLAPSE_SPACE) {
      if (!t->space_pending) {
        t->space_pending = 1;
        t->space_src = (uint32_t)s;
      }
      return DL_OK;
    }
    const char *ws = " ";
    if (cp == '\n' || cp == '\t' || cp == '\r') ws = cp == '\n' ? "\n" : cp == '\t' ? "\t" : "\r";
    else if (cls == CH_NEWLINE) ws = "\n";
    return emit(t, r->track, ws, 1, s, e);
  }
  /* CH_REPLACE; an em dash glued between two words becomes "--" so it is not read as a hyphen. */
  if (ascii[0] == '-' && ascii[1] == '-') {
    int glued = !t->space_pending && !ends_in_space(t) && e < r->end && !ascii_space(r->src[e]);
    if (!glued) ascii = "-";
  }
  if (flush_space(r, s) != DL_OK) return DL_ENOMEM;
  return emit(t, r->track, ascii, strlen(ascii), s, e);
}

/* 0x80 in each byte of x that is zero, 0 elsewhere (exact: no carries between bytes). */
static uint64_t zero_bytes(uint64_t x) {
  const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
  return ~(((x & low7) + low7) | x | low7);
}

/*
 * 1 when the eight bytes at s can be copied as they are: printable ASCII
 * ('&' only without entity decoding), and with collapsing, spaces that are
 * single and not last (the byte after a last space is not known here).
 */
static int block_copyable(const unsigned char *s, int collapse, int sgml) {
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
  uint64_t w;
  memcpy(&w, s, sizeof w);
  uint64_t bad = (w | ((w & low7) + ones)) & high; /* 0x7F and above */
  bad |= ~((w & low7) + 0x60 * ones) & high;       /* below 0x20; without collapsing, */
  if (collapse) {                                  /* tabs and newlines go byte by byte */
    uint64_t space = zero_bytes(w ^ (0x20 * ones));
    bad |= space & ((space >> 8) | (space << 8)); /* two spaces in a row */
    bad |= (uint64_t)(s[7] == ' ');
  }
  if (sgml) bad |= zero_bytes(w ^ (0x26 * ones));
  return bad == 0;
}

/*
 * Scans a run of bytes that are copied as they are, from i: printable ASCII,
 * and single spaces between them (any white space without collapsing).
 * safe[c] is 1 for such bytes and 2 for a space allowed only singly. Eight
 * bytes at a time where it can.
 */
static size_t ascii_run(const unsigned char *s, size_t i, size_t end, const unsigned char *safe,
                        int collapse, int sgml) {
  size_t j = i;
  while (j < end) {
    if (j + 8 <= end && block_copyable(s + j, collapse, sgml)) {
      j += 8;
      continue;
    }
    unsigned v = safe[s[j]];
    if (v == 1) {
      j++;
    } else if (v == 2 && j + 1 < end && safe[s[j + 1]] == 1) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

/* Normalises src[off, off+len) into r->t. */
static int normalize_range(norm_run *r, size_t off, size_t len) {
  const unsigned char *s = r->src;
  norm_text *t = r->t;
  int collapse = (r->flags & NORM_COLLAPSE_SPACE) != 0;
  int sgml = (r->flags & NORM_SGML_ENTITIES) != 0;
  unsigned char safe[256];
  memset(safe, 0, sizeof safe);
  for (unsigned c = 0x21; c < 0x7F; c++) safe[c] = 1;
  if (sgml) safe['&'] = 0;
  safe[' '] = collapse ? 2 : 1;
  if (!collapse) safe['\t'] = safe['\n'] = safe['\r'] = 1;
  if (dl_buffer_reserve(&t->text, len) != DL_OK) return DL_ENOMEM;
  size_t i = off, end = off + len;
  while (i < end) {
    if (safe[s[i]] == 1) {
      size_t j = ascii_run(s, i, end, safe, collapse, sgml);
      /* Leave the last character for the slow path when a combining mark may follow. */
      if (j < end && (s[j] >= 0x80 || s[j] == '&')) j--;
      if (j > i) {
        if (flush_cluster(r) != DL_OK || flush_space(r, i) != DL_OK) return DL_ENOMEM;
        if (emit(t, r->track, (const char *)s + i, j - i, i, j) != DL_OK) return DL_ENOMEM;
        i = j;
        continue;
      }
    }
    if (collapse && s[i] <= ' ' && ascii_space(s[i])) { /* white space: held back as one space */
      if (flush_cluster(r) != DL_OK) return DL_ENOMEM;
      if (!t->space_pending) {
        t->space_pending = 1;
        t->space_src = (uint32_t)i;
      }
      while (++i < end && s[i] <= ' ' && ascii_space(s[i])) {
      }
      continue;
    }
    int32_t cp;
    size_t n = 0;
    if (sgml && s[i] == '&') n = entity_decode(s, i, end, &cp);
    if (n == 0) {
      n = utf8_decode(s, i, end, &cp);
      if (cp < 0) {
        cp = 0xFFFD;
        t->invalid_utf8++;
      }
    }
    if (put_char(r, cp, i, i + n) != DL_OK) return DL_ENOMEM;
    i += n;
  }
  if (flush_cluster(r) != DL_OK) return DL_ENOMEM;
  return close_end(t, r->track);
}

/* Normalises a source range onto the text, recording anchors. */
int norm_append(norm_text *t, const char *src, size_t off, size_t len, unsigned flags) {
  if (off + len > UINT32_MAX || t->text.len + 3 * len + 3 > UINT32_MAX) return DL_ETOOBIG;
  norm_run r = {.t = t, .src = (const unsigned char *)src, .end = off + len, .flags = flags, .track = 1};
  return normalize_range(&r, off, len);
}

/* Appends separator bytes, each mapped to src_pos; drops held-back white space. */
int norm_append_literal(norm_text *t, const char *s, size_t n, uint32_t src_pos) {
  t->space_pending = 0;
  for (size_t k = 0; k < n; k++)
    if (emit(t, 1, s + k, 1, src_pos, src_pos) != DL_OK) return DL_ENOMEM;
  return DL_OK;
}

/* The last anchor at or before n, extended by n's distance from it. */
uint32_t norm_source_offset(const norm_text *t, size_t n) {
  size_t lo = 0, hi = t->anchors.len; /* find the first anchor with norm > n */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->anchors.items[mid].norm <= n) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return (uint32_t)n;
  const norm_anchor *a = &t->anchors.items[lo - 1];
  return (uint32_t)(a->src + (n - a->norm));
}

/* The first anchor exactly at n, or else the stretch holding byte n - 1 extended to n. */
uint32_t norm_source_end(const norm_text *t, size_t n) {
  if (n == 0) return norm_source_offset(t, 0);
  size_t lo = 0, hi = t->anchors.len; /* find the first anchor with norm >= n */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->anchors.items[mid].norm < n) lo = mid + 1;
    else hi = mid;
  }
  if (lo < t->anchors.len && t->anchors.items[lo].norm == n) return t->anchors.items[lo].src;
  if (lo == 0) return (uint32_t)n;
  const norm_anchor *a = &t->anchors.items[lo - 1];
  return (uint32_t)(a->src + (n - a->norm));
}

/* Normalises a short string without recording anchors. */
int norm_string(dl_buffer *out, const char *s, size_t len, unsigned flags) {
  norm_text t;
  norm_init(&t, out->ctx);
  t.text = *out;
  dl_buffer_clear(&t.text);
  norm_run r = {.t = &t, .src = (const unsigned char *)s, .end = len, .flags = flags, .track = 0};
  int rc = normalize_range(&r, 0, len);
  if (rc == DL_OK && !t.text.data) rc = dl_buffer_put(&t.text, "", 0);
  *out = t.text;
  return rc;
}
