/* story.c: finding a wire story's headline, caption, byline, dateline, paragraphs and credits. */
#include <stdio.h>
#include <string.h>

#include "article/article.h"
#include "article/story.h"

/* Limits that keep the work per story bounded whatever the input. */
enum {
  STORY_MAX_HEADLINE = 300,   /* bytes in a headline line */
  STORY_MAX_PREAMBLE = 5,     /* blocks between headline and dateline */
  STORY_MAX_PREAMBLE_LINE = 400, /* bytes in a caption or byline line */
  STORY_MAX_NAMES = 32,       /* names in one byline or credit */
  STORY_WRAP_WIDTH = 110      /* lines no longer than this may be hard wraps */
};

/* A line of the source: [start, end) without its line break, and its indent. */
typedef struct story_line {
  uint32_t start;  /* first byte */
  uint32_t end;    /* one past the last byte before \r or \n */
  uint32_t indent; /* leading spaces and tabs */
} story_line;

/* A block: lines between blank lines, by index into the line vector. */
typedef struct story_block {
  uint32_t first; /* index of its first line */
  uint32_t count; /* how many lines */
} story_block;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(char c) { return is_upper(c) || is_lower(c); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Trims white space from both ends of a span. */
static dl_span span_trim(const char *s, dl_span sp) {
  while (sp.start < sp.end && (is_space(s[sp.start]) || s[sp.start] == '\n')) sp.start++;
  while (sp.end > sp.start && (is_space(s[sp.end - 1]) || s[sp.end - 1] == '\n')) sp.end--;
  return sp;
}

/* Nonzero when s[at..] starts with the ASCII word w. */
static int starts_with(const char *s, size_t at, size_t end, const char *w) {
  size_t n = strlen(w);
  return end - at >= n && memcmp(s + at, w, n) == 0;
}

/* Case-insensitive starts_with for ASCII. */
static int starts_with_ci(const char *s, size_t at, size_t end, const char *w) {
  size_t n = strlen(w);
  if (end - at < n) return 0;
  for (size_t i = 0; i < n; i++) {
    char a = s[at + i], b = w[i];
    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
    if (a != b) return 0;
  }
  return 1;
}

/* Length of a dash at s[at]: "-", "--", or a UTF-8 en or em dash; 0 if none. */
static size_t dash_length(const char *s, size_t at, size_t end) {
  if (at < end && s[at] == '-') return (at + 1 < end && s[at + 1] == '-') ? 2 : 1;
  if (at + 3 <= end && (unsigned char)s[at] == 0xE2 && (unsigned char)s[at + 1] == 0x80 &&
      ((unsigned char)s[at + 2] == 0x93 || (unsigned char)s[at + 2] == 0x94))
    return 3;
  return 0;
}

static const char *const month_names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sept", "Sep", "Oct", "Nov", "Dec"};

/* Length of a month name (optionally abbreviated with a period) at s[at]; 0 if none. */
static size_t month_length(const char *s, size_t at, size_t end) {
  for (size_t i = 0; i < sizeof month_names / sizeof *month_names; i++) {
    size_t n = strlen(month_names[i]);
    if (end - at >= n && memcmp(s + at, month_names[i], n) == 0 &&
        (at + n == end || !is_alpha(s[at + n]))) {
      if (at + n < end && s[at + n] == '.') n++;
      return n;
    }
  }
  return 0;
}

/* Length of "July 25", "July 25, 2021", "Feb 26" or "25 July 2021" at s[at]; 0 if none. */
static size_t date_length(const char *s, size_t at, size_t end) {
  size_t p = at, m;
  if ((m = month_length(s, p, end))) {
    p += m;
    if (p < end && s[p] == ' ') p++;
    size_t d = p;
    while (p < end && is_digit(s[p]) && p - d < 2) p++;
    if (p == d) return 0;
    size_t good = p;
    if (p + 6 <= end && s[p] == ',' && s[p + 1] == ' ' && is_digit(s[p + 2]) && is_digit(s[p + 3]) &&
        is_digit(s[p + 4]) && is_digit(s[p + 5]))
      good = p + 6;
    return good - at;
  }
  size_t d = p;
  while (p < end && is_digit(s[p]) && p - d < 2) p++;
  if (p == d || p >= end || s[p] != ' ') return 0;
  p++;
  if (!(m = month_length(s, p, end))) return 0;
  p += m;
  if (p + 5 <= end && s[p] == ' ' && is_digit(s[p + 1]) && is_digit(s[p + 2]) &&
      is_digit(s[p + 3]) && is_digit(s[p + 4]))
    p += 5;
  return p - at;
}

/*
 * A place in a dateline: words in capitals ("ISLAMABAD", "NEW YORK",
 * "ST. PETERSBURG"); with allow_title, also "Kabul". Returns its length.
 */
static size_t dateline_place_length(const char *s, size_t at, size_t end, int allow_title) {
  size_t p = at, letters = 0, lower = 0, words = 0;
  while (p < end && words < 6) {
    size_t w = p;
    if (!is_upper(s[p])) break;
    while (p < end && (is_alpha(s[p]) || s[p] == '.' || s[p] == '\'' ||
                       (s[p] == '-' && p + 1 < end && is_alpha(s[p + 1])))) {
      if (is_lower(s[p])) lower++;
      if (is_alpha(s[p])) letters++;
      p++;
    }
    if (p == w) break;
    words++;
    if (p < end && s[p] == ' ' && p + 1 < end && is_upper(s[p + 1]) &&
        (lower == 0 || allow_title)) {
      /* Continue only into another capitalised word of the same place. */
      size_t q = p + 1;
      int caps = 1;
      while (q < end && is_alpha(s[q])) {
        if (is_lower(s[q])) caps = 0;
        q++;
      }
      if (!caps && !allow_title) break;
      p++;
      continue;
    }
    break;
  }
  while (p > at && s[p - 1] == ' ') p--;
  if (letters < 2) return 0;
  if (lower && !allow_title) return 0;
  return p - at;
}

size_t story_dateline(const char *s, size_t at, size_t end, dl_span *place, dl_span *agency,
                      dl_span *date) {
  size_t p = at;
  while (p < end && is_space(s[p])) p++;
  size_t place_start = p;
  size_t n = dateline_place_length(s, p, end, 1);
  if (!n) return 0;
  int capitals = 1;
  for (size_t i = p; i < p + n; i++)
    if (is_lower(s[i])) capitals = 0;
  p += n;
  size_t place_end = p;
  size_t date_start = 0, date_end = 0;
  /* ", Afghanistan" or ", July 25" or ", July 25, 2021", at most twice. */
  for (int k = 0; k < 2 && p + 2 < end && s[p] == ',' && s[p + 1] == ' '; k++) {
    size_t d = date_length(s, p + 2, end);
    if (d) {
      date_start = p + 2;
      date_end = p + 2 + d;
      p = date_end;
      break;
    }
    size_t r = dateline_place_length(s, p + 2, end, 1);
    if (!r) break;
    p += 2 + r;
  }
  size_t q = p;
  while (q < end && s[q] == ' ') q++;
  size_t agency_start = 0, agency_end = 0;
  if (q < end && s[q] == '(') {
    size_t a = q + 1, b = a;
    while (b < end && b - a < 40 && s[b] != ')' && s[b] != '\n') b++;
    if (b < end && s[b] == ')' && b > a && is_upper(s[a])) {
      agency_start = a;
      agency_end = b;
      q = b + 1;
      while (q < end && s[q] == ' ') q++;
    } else {
      return 0;
    }
  }
  size_t dash = dash_length(s, q, end);
  if (!dash && q < end && s[q] == ':' && capitals) dash = 1; /* "LONDON: ..." */
  if (!dash) return 0;
  /* A title-case place needs an agency or a date to count as a dateline. */
  if (!capitals && !agency_end && !date_end) return 0;
  q += dash;
  while (q < end && (s[q] == ' ' || s[q] == '\t')) q++;
  if (q >= end) return 0;
  if (place) *place = (dl_span){(uint32_t)place_start, (uint32_t)place_end};
  if (agency) *agency = (dl_span){(uint32_t)agency_start, (uint32_t)agency_end};
  if (date) *date = (dl_span){(uint32_t)date_start, (uint32_t)date_end};
  return q - at;
}

/* Nonzero when the last visible character of s[start,end) closes a sentence. */
static int ends_sentence(const char *s, uint32_t start, uint32_t end) {
  while (end > start && is_space(s[end - 1])) end--;
  /* Step back over closing quotes and brackets, ASCII or UTF-8 (” ’). */
  for (;;) {
    if (end > start && (s[end - 1] == '"' || s[end - 1] == '\'' || s[end - 1] == ')'))
      end--;
    else if (end >= start + 3 && (unsigned char)s[end - 3] == 0xE2 &&
             (unsigned char)s[end - 2] == 0x80 &&
             ((unsigned char)s[end - 1] == 0x9D || (unsigned char)s[end - 1] == 0x99))
      end -= 3;
    else
      break;
  }
  if (end == start) return 0;
  char c = s[end - 1];
  return c == '.' || c == '!' || c == '?' || c == ':';
}

/* Splits a run of names ("A, B and C in Kabul") into spans pushed to out. */
static int push_names(dl_article *a, const char *s, dl_span run, dl_span_vec *out) {
  size_t p = run.start;
  while (p < run.end && out->len < STORY_MAX_NAMES) {
    size_t q = p, next = run.end;
    for (; q < run.end; q++) {
      if (s[q] == ',' || s[q] == ';' || s[q] == '&' || s[q] == '/') {
        next = q + 1;
        break;
      }
      if (q + 5 <= run.end && (memcmp(s + q, " and ", 5) == 0)) {
        next = q + 5;
        break;
      }
    }
    dl_span name = span_trim(s, (dl_span){(uint32_t)p, (uint32_t)q});
    /* "Asif Shahzad in Islamabad": the place is not part of the name. */
    for (size_t k = name.start; k + 4 <= name.end; k++) {
      if (memcmp(s + k, " in ", 4) == 0 && k + 4 < name.end && is_upper(s[k + 4])) {
        name.end = (uint32_t)k;
        break;
      }
    }
    name = span_trim(s, name);
    /* "ASTRID SUAREZ Associated Press": the agency is not part of the name. */
    static const char *const agencies[] = {" Associated Press", " Reuters", " AP", " AFP",
                                           " BBC News"};
    for (size_t k = 0; k < sizeof agencies / sizeof *agencies; k++) {
      size_t n = strlen(agencies[k]);
      if (name.end - name.start > n && memcmp(s + name.end - n, agencies[k], n) == 0) {
        name.end -= (uint32_t)n;
        break;
      }
    }
    /* A name starts with a capital and is not an agency tag like "Reuters". */
    if (name.end > name.start && is_upper(s[name.start]) &&
        !(name.end - name.start == 7 && memcmp(s + name.start, "Reuters", 7) == 0)) {
      if (DL_VEC_PUSH(a->ctx, *out, name) != DL_OK) return DL_ENOMEM;
    }
    p = next;
  }
  return DL_OK;
}

/* Credit keywords, longest first so "Additional reporting by" wins over "reporting by". */
static const struct {
  const char *text; /* the words as written */
  int editing;      /* 1 for the editing list, 0 for reporting */
} credit_keys[] = {
    {"Additional reporting by", 0}, {"additional reporting by", 0}, {"Reporting by", 0},
    {"reporting by", 0},  {"Writing by", 0}, {"writing by", 0}, {"Compiled by", 0},
    {"Editing by", 1},    {"editing by", 1}, {"Edited by", 1},
};

/* Index of the credit keyword at s[at], or -1. */
static int credit_key_at(const char *s, size_t at, size_t end) {
  for (size_t k = 0; k < sizeof credit_keys / sizeof *credit_keys; k++)
    if (starts_with(s, at, end, credit_keys[k].text)) return (int)k;
  return -1;
}

/*
 * Reads an AP-style contributor line: "Associated Press writers A and B
 * contributed from Miami." Returns 1 when the block is one.
 */
static int parse_contributors(dl_article *a, dl_span sp) {
  const char *s = a->src;
  if (sp.end - sp.start > 400) return 0;
  size_t c = sp.start;
  while (c + 12 <= sp.end && memcmp(s + c, " contributed", 12) != 0) c++;
  if (c + 12 > sp.end) return 0;
  /* The names follow "writer", "writers", "reporter" or "reporters". */
  static const char *const roles[] = {"writers ", "writer ", "reporters ", "reporter ",
                                      "correspondent "};
  for (size_t p = sp.start; p < c; p++) {
    for (size_t k = 0; k < sizeof roles / sizeof *roles; k++) {
      size_t n = strlen(roles[k]);
      if (p + n <= c && memcmp(s + p, roles[k], n) == 0 && (p == sp.start || s[p - 1] == ' ')) {
        dl_span run = {(uint32_t)(p + n), (uint32_t)c};
        return push_names(a, s, run, &a->reporting) == DL_OK ? 1 : -1;
      }
    }
  }
  return 0;
}

/*
 * Reads a credits line "(Reporting by A; Editing by B)", glued or not
 * ("Asif ShahzadEditing by Peter Graff"). Returns 1 when the block is credits.
 */
static int parse_credits(dl_article *a, dl_span sp) {
  const char *s = a->src;
  sp = span_trim(s, sp);
  if (sp.end - sp.start > 600) return 0;
  size_t p = sp.start, end = sp.end;
  if (p < end && s[p] == '(') p++;
  if (end > p && s[end - 1] == ')') end--;
  if (credit_key_at(s, p, end) < 0) return parse_contributors(a, (dl_span){(uint32_t)p, (uint32_t)end});
  while (p < end) {
    int k = credit_key_at(s, p, end);
    if (k < 0) break;
    size_t names = p + strlen(credit_keys[k].text);
    size_t q = names;
    while (q < end && credit_key_at(s, q, end) < 0) q++;
    dl_span run = {(uint32_t)names, (uint32_t)q};
    /* Drop the separators that stand before the next keyword. */
    while (run.end > run.start && (s[run.end - 1] == ';' || s[run.end - 1] == ' ' ||
                                   s[run.end - 1] == ',' || s[run.end - 1] == '\n'))
      run.end--;
    if (push_names(a, s, run, credit_keys[k].editing ? &a->editing : &a->reporting) != DL_OK)
      return -1;
    p = q;
  }
  return 1;
}

/* Reads a byline "By A and B" into a->byline; returns 1 when the line is one. */
static int parse_byline(dl_article *a, dl_span sp) {
  const char *s = a->src;
  sp = span_trim(s, sp);
  if (sp.end - sp.start > STORY_MAX_PREAMBLE_LINE) return 0;
  if (!(starts_with_ci(s, sp.start, sp.end, "by ") && sp.start + 3 < sp.end &&
        is_upper(s[sp.start + 3])))
    return 0;
  /* A byline has no sentence in it: no period except in initials. */
  for (uint32_t i = sp.start; i < sp.end; i++)
    if (s[i] == '.' && i + 1 < sp.end && s[i + 1] == ' ' && i > sp.start && is_lower(s[i - 1]))
      return 0;
  dl_span run = {sp.start + 3, sp.end};
  return push_names(a, s, run, &a->byline) == DL_OK ? 1 : -1;
}

/* Nonzero when the line looks like a headline: short, one line, no final period. */
static int looks_like_headline(const char *s, const story_line *l) {
  uint32_t len = l->end - l->start;
  if (len == 0 || len > STORY_MAX_HEADLINE) return 0;
  uint32_t words = 1;
  for (uint32_t i = l->start; i < l->end; i++) words += s[i] == ' ';
  if (words > 30) return 0;
  char last = s[l->end - 1];
  return !(last == '.' && words > 12);
}

/* Nonzero for preamble lines a scraper leaves: times, "3 Min Read", "Reuters Staff". */
static int is_scrape_noise(const char *s, dl_span sp) {
  sp = span_trim(s, sp);
  uint32_t len = sp.end - sp.start;
  if (len == 0) return 1;
  if (len <= 40 && (starts_with_ci(s, sp.start, sp.end, "reuters staff") ||
                    starts_with_ci(s, sp.start, sp.end, "updated ") ||
                    (is_digit(s[sp.start]) && len <= 14 &&
                     (strstr(s + sp.start, "Min Read") == s + sp.start + 2 ||
                      strstr(s + sp.start, "min read") == s + sp.start + 2))))
    return 1;
  return 0;
}

/* Appends a paragraph span. */
static int push_paragraph(dl_article *a, uint32_t start, uint32_t end) {
  dl_span sp = span_trim(a->src, (dl_span){start, end});
  if (sp.end <= sp.start) return DL_OK;
  return DL_VEC_PUSH(a->ctx, a->paragraphs, sp);
}

/*
 * Splits one block into paragraphs: in hard-wrapped text a line indented more
 * than the block's least indented line starts a paragraph (Reuters-21578), and in unwrapped
 * text every line is a paragraph.
 */
static int push_block_paragraphs(dl_article *a, const story_line *lines, uint32_t first,
                                 uint32_t count, uint32_t start, uint32_t end) {
  uint32_t longest = 0, base_indent = UINT32_MAX;
  for (uint32_t i = first; i < first + count; i++) {
    if (lines[i].end - lines[i].start > longest) longest = lines[i].end - lines[i].start;
    if (lines[i].indent < base_indent) base_indent = lines[i].indent;
  }
  uint32_t para_start = start;
  for (uint32_t i = first + 1; i < first + count; i++) {
    int breaks = longest > STORY_WRAP_WIDTH ? 1 : lines[i].indent > base_indent;
    if (breaks && lines[i].start >= para_start && lines[i].start <= end) {
      if (push_paragraph(a, para_start, lines[i].start) != DL_OK) return DL_ENOMEM;
      para_start = lines[i].start;
    }
  }
  return push_paragraph(a, para_start, end);
}

/* Nonzero when a block that does not end a sentence continues in the next block. */
static int block_continues(const char *s, const story_line *last, const story_line *next) {
  if (ends_sentence(s, last->start, last->end)) return 0;
  uint32_t n = next->start + next->indent;
  if (n < next->end && is_lower(s[n])) return 1;
  /* A long line cut mid-sentence continues; a short one may be a subheading. */
  return last->end - last->start >= 40 || (last->end > last->start && s[last->end - 1] == ',');
}

int article_parse_story(dl_article *a, uint32_t from, uint32_t to, int has_headline) {
  dl_context *ctx = a->ctx;
  const char *s = a->src;
  DL_VEC(story_line) lines = {NULL, 0, 0};
  DL_VEC(story_block) blocks = {NULL, 0, 0};
  int rc = DL_OK;

  /* Lines, and blocks of non-blank lines. */
  uint32_t p = from;
  int in_block = 0;
  while (p < to) {
    uint32_t e = p;
    while (e < to && s[e] != '\n') e++;
    uint32_t next = e < to ? e + 1 : e;
    uint32_t line_end = e;
    while (line_end > p && (s[line_end - 1] == '\r' || s[line_end - 1] == ' ' ||
                            s[line_end - 1] == '\t'))
      line_end--;
    uint32_t indent = 0;
    while (p + indent < line_end && (s[p + indent] == ' ' || s[p + indent] == '\t')) indent++;
    if (p + indent == line_end) {
      in_block = 0;
    } else {
      story_line l = {p, line_end, indent};
      if (DL_VEC_PUSH(ctx, lines, l) != DL_OK) goto nomem;
      if (!in_block) {
        story_block b = {(uint32_t)lines.len - 1, 0};
        if (DL_VEC_PUSH(ctx, blocks, b) != DL_OK) goto nomem;
        in_block = 1;
      }
      blocks.items[blocks.len - 1].count++;
    }
    p = next;
  }

  size_t bi = 0;
  /* The headline: a short first block of one line, with more to follow. */
  if (has_headline && blocks.len > 1 && blocks.items[0].count == 1 &&
      looks_like_headline(s, &lines.items[blocks.items[0].first]) &&
      !story_dateline(s, lines.items[0].start, lines.items[0].end, NULL, NULL, NULL)) {
    const story_line *l = &lines.items[blocks.items[0].first];
    a->headline = (dl_span){l->start + l->indent, l->end};
    bi = 1;
  }

  /* The preamble: caption and byline lines before a dateline or the byline. */
  size_t body; /* set below, where the preamble ends */
  {
    size_t dateline_block = (size_t)-1, byline_block = (size_t)-1;
    for (size_t k = bi; k < blocks.len && k < bi + STORY_MAX_PREAMBLE; k++) {
      const story_line *l = &lines.items[blocks.items[k].first];
      if (story_dateline(s, l->start, l->end, NULL, NULL, NULL)) {
        dateline_block = k;
        break;
      }
      dl_span first = {l->start, l->end};
      if (byline_block == (size_t)-1 && blocks.items[k].count <= 2 &&
          starts_with_ci(s, first.start + l->indent, first.end, "by ") &&
          first.end - first.start <= STORY_MAX_PREAMBLE_LINE)
        byline_block = k;
    }
    size_t stop = dateline_block != (size_t)-1 ? dateline_block
                  : byline_block != (size_t)-1 ? byline_block + 1
                                                : bi;
    for (size_t k = bi; k < stop; k++) {
      const story_block *b = &blocks.items[k];
      dl_span sp = {lines.items[b->first].start, lines.items[b->first + b->count - 1].end};
      if (b->count <= 2) {
        int r = parse_byline(a, sp);
        if (r < 0) goto nomem;
        if (r) continue;
      }
      if (is_scrape_noise(s, sp)) continue;
      if (a->caption.end == a->caption.start && b->count <= 3 &&
          sp.end - sp.start <= STORY_MAX_PREAMBLE_LINE) {
        a->caption = span_trim(s, sp);
        continue;
      }
      /* Not a preamble line after all: the body starts here. */
      stop = k;
      break;
    }
    body = stop;
  }

  /* Credits: the last block, when it names reporters or editors. */
  size_t body_end = blocks.len;
  if (body_end > body) {
    const story_block *b = &blocks.items[body_end - 1];
    dl_span sp = {lines.items[b->first].start, lines.items[b->first + b->count - 1].end};
    int r = parse_credits(a, sp);
    if (r < 0) goto nomem;
    if (r) body_end--;
  }

  /* Paragraphs, joining blocks that a hard wrap split mid-sentence. */
  for (size_t k = body; k < body_end;) {
    size_t last = k;
    while (last + 1 < body_end) {
      const story_block *b = &blocks.items[last];
      const story_line *l = &lines.items[b->first + b->count - 1];
      const story_line *n = &lines.items[blocks.items[last + 1].first];
      if (!block_continues(s, l, n)) break;
      last++;
    }
    uint32_t start = lines.items[blocks.items[k].first].start;
    uint32_t end = lines.items[blocks.items[last].first + blocks.items[last].count - 1].end;
    if (k == body) {
      size_t n = story_dateline(s, start, end, &a->dateline_place, &a->dateline_agency,
                                &a->dateline_date);
      if (n) {
        a->dateline = (dl_span){start, (uint32_t)(start + n)};
        start += (uint32_t)n;
      }
    }
    if (last == k) {
      const story_block *b = &blocks.items[k];
      rc = push_block_paragraphs(a, lines.items, b->first, b->count, start, end);
    } else {
      rc = push_paragraph(a, start, end);
    }
    if (rc != DL_OK) goto nomem;
    k = last + 1;
  }
  DL_VEC_FREE(ctx, lines);
  DL_VEC_FREE(ctx, blocks);
  return DL_OK;
nomem:
  DL_VEC_FREE(ctx, lines);
  DL_VEC_FREE(ctx, blocks);
  return DL_ENOMEM;
}

int article_iso_date(const char *s, size_t len, char out[11]) {
  if (len < 10) return 0;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return 0;
    } else if (!is_digit(s[i])) {
      return 0;
    }
  }
  if (len > 10 && s[10] != 'T' && s[10] != ' ') return 0;
  int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  memcpy(out, s, 10);
  out[10] = '\0';
  return 1;
}

int article_date_from_dateline(dl_article *a) {
  if (a->date >= 0 || a->dateline_date.end <= a->dateline_date.start) return DL_OK;
  const char *s = a->src;
  size_t at = a->dateline_date.start, end = a->dateline_date.end;
  int day = 0, month = 0, year = 0;
  size_t m = month_length(s, at, end);
  size_t p = at;
  if (!m) {
    /* Capped: a long run of digits is no day and must not overflow. */
    while (p < end && is_digit(s[p])) day = day < 1000 ? day * 10 + (s[p++] - '0') : (p++, day);
    while (p < end && s[p] == ' ') p++;
    m = month_length(s, p, end);
    if (!m) return DL_OK;
  }
  for (size_t i = 0; i < sizeof month_names / sizeof *month_names; i++) {
    size_t n = strlen(month_names[i]);
    if (end - p >= n && memcmp(s + p, month_names[i], n) == 0) {
      month = (int)(i < 12 ? i + 1 : (size_t[]){1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12}[i - 12]);
      break;
    }
  }
  p += m;
  while (p < end && (s[p] == ' ' || s[p] == ',')) p++;
  if (!day)
    while (p < end && is_digit(s[p])) day = day < 1000 ? day * 10 + (s[p++] - '0') : (p++, day);
  while (p < end && (s[p] == ' ' || s[p] == ',')) p++;
  while (p < end && is_digit(s[p])) year = year < 100000 ? year * 10 + (s[p++] - '0') : (p++, year);
  if (year < 1800 || year > 2200 || month < 1 || day < 1 || day > 31) return DL_OK;
  char iso[32];
  snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return article_set_meta(a, &a->date, iso, 10);
}
