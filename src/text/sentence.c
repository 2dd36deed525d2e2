/* sentence.c: finding sentence boundaries in a paragraph's tokens. */
#include "text/sentence.h"

#include <string.h>

/*
 * Rules, in the order they are tried at a token that may end a sentence:
 *   - "." "!" "?" (and runs like "?!") end a sentence, with any closing quotes
 *     and brackets glued after them, unless the next token starts with a
 *     lower-case letter or is , ; : ("Why?" she asked) or the sentence is inside
 *     an open parenthesis of fewer than PAREN_LIMIT tokens;
 *   - an abbreviation's period (ABBREV_TITLE such as "Gen.", or "No. 5") never
 *     ends one; other abbreviations, dotted acronyms ("U.S.") and initials end
 *     one only before a sentence starter ("The", "He", ...) or an opening quote;
 *   - an ellipsis ends one only before a sentence starter;
 *   - max_tokens tokens without a boundary end one anyway.
 * Every decision looks at a bounded number of tokens, so the split is linear.
 */

/* An open parenthesis stops mattering after this many tokens. */
#define PAREN_LIMIT 60

/* Capitalised words that begin sentences rather than continue names. */
static const char *const sentence_starters[] = {
    "A",       "After",   "Although", "An",    "And",     "As",   "At",     "Before",
    "But",     "By",      "During",   "For",   "From",    "He",   "Her",    "Here",
    "His",     "However", "I",        "If",    "In",      "It",   "Its",    "Meanwhile",
    "Most",    "My",      "No",       "On",    "One",     "Our",  "She",    "Since",
    "So",      "Some",    "That",     "The",   "Their",   "There", "These", "They",
    "This",    "Those",   "Though",   "To",    "Two",     "We",   "What",   "When",
    "While",   "With",    "Yet",      "You",
};

/* 1 when the token is exactly the one byte c. */
static int token_is_char(const char *text, const dl_token *t, char c) {
  return t->len == 1 && text[t->start] == c;
}

/* 1 for tokens that may close a sentence: . ! ? */
static int is_final_mark(const char *text, const dl_token *t) {
  return t->kind == DL_TOKEN_PUNCT && t->len == 1 &&
         (text[t->start] == '.' || text[t->start] == '!' || text[t->start] == '?');
}

/* 1 for closing quotes and brackets. */
static int is_closer(const char *text, const dl_token *t) {
  if (t->kind != DL_TOKEN_PUNCT || t->len != 1) return 0;
  char c = text[t->start];
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

/* 1 when the token is a capitalised word that usually starts a sentence. */
static int is_sentence_starter(const char *text, const dl_token *t) {
  if (t->kind != DL_TOKEN_WORD || !(t->flags & TOKEN_CAPITALISED)) return 0;
  for (size_t i = 0; i < sizeof sentence_starters / sizeof *sentence_starters; i++) {
    const char *w = sentence_starters[i];
    if (strlen(w) == t->len && memcmp(w, text + t->start, t->len) == 0) return 1;
  }
  return 0;
}

/* 1 when the token begins with an ASCII lower-case letter. */
static int starts_lower(const char *text, const dl_token *t) {
  unsigned c = (unsigned char)text[t->start];
  return c >= 'a' && c <= 'z' && t->kind != DL_TOKEN_URL && t->kind != DL_TOKEN_EMAIL;
}

/*
 * 1 when next (NULL at the end of the paragraph) begins a new sentence after a
 * weak ending (an abbreviation or an ellipsis): a sentence starter, or an
 * opening quote before a capitalised word.
 */
static int weak_break_before(const char *text, const dl_token *next, const dl_token *after) {
  if (!next) return 1;
  if (is_sentence_starter(text, next)) return 1;
  return token_is_char(text, next, '"') && (next->flags & TOKEN_SPACE_BEFORE) && after &&
         (after->flags & TOKEN_CAPITALISED);
}

/*
 * Whether a sentence ends after tokens[i] (an ending candidate) once the
 * closers up to j have been taken; tokens[j] is the next token (j == end at
 * the end of the paragraph).
 */
static int ends_sentence(const char *text, const dl_token *tokens, size_t i, size_t j,
                         size_t end) {
  const dl_token *t = &tokens[i];
  const dl_token *next = j < end ? &tokens[j] : NULL;
  const dl_token *after = j + 1 < end ? &tokens[j + 1] : NULL;
  if (t->kind == DL_TOKEN_ABBREV) {
    size_t len = t->len - 1; /* without its period */
    if (token_is_abbreviation(text + t->start, len) == ABBREV_TITLE) return 0;
    /* Wire copy carries title case on after "U.S.": "the U.S. And Kuwait", "exports to the U.S. To rise". */
    if (t->len == 4 && memcmp(text + t->start, "U.S.", 4) == 0 && next && next->kind == DL_TOKEN_WORD &&
        ((next->len == 3 && memcmp(text + next->start, "And", 3) == 0) ||
         (next->len == 2 && memcmp(text + next->start, "To", 2) == 0)))
      return 0;
    return weak_break_before(text, next, after);
  }
  if (t->kind == DL_TOKEN_PUNCT && t->len > 1) /* an ellipsis */
    return weak_break_before(text, next, after);
  if (!next) return 1;
  if (starts_lower(text, next)) return 0;
  /* Inside a ticker, "<CHN.N>", the full stop ends nothing. */
  if (j == i + 1 && !(next->flags & TOKEN_SPACE_BEFORE) && after && token_is_char(text, after, '>') &&
      !(after->flags & TOKEN_SPACE_BEFORE))
    return 0;
  if (next->kind == DL_TOKEN_PUNCT && next->len == 1 && strchr(",;:", text[next->start]))
    return 0;
  return 1;
}

/* Appends the sentence of tokens [from, to]. */
static int sentence_push(dl_context *ctx, const dl_token *tokens, size_t from, size_t to,
                         dl_sentence_vec *out) {
  dl_sentence s;
  s.start = tokens[from].start;
  s.end = tokens[to].start + tokens[to].len;
  s.first_token = (uint32_t)from;
  s.token_count = (uint32_t)(to + 1 - from);
  return DL_VEC_PUSH(ctx, *out, s);
}

/* Walks the tokens once, tracking parentheses, and cuts at each boundary or at the cap. */
int sentence_split(dl_context *ctx, const char *text, const dl_token *tokens, size_t first,
                   size_t count, size_t max_tokens, dl_sentence_vec *out) {
  if (max_tokens == 0) max_tokens = 1;
  size_t end = first + count, start = first;
  size_t depth = 0, paren_at = 0; /* open parentheses, and where the outer one opened */
  for (size_t i = first; i < end; i++) {
    const dl_token *t = &tokens[i];
    if (t->kind == DL_TOKEN_PUNCT && token_is_char(text, t, '(')) {
      if (depth++ == 0) paren_at = i;
    } else if (t->kind == DL_TOKEN_PUNCT && token_is_char(text, t, ')')) {
      if (depth) depth--;
    }
    if (depth && i - paren_at > PAREN_LIMIT) depth = 0;
    int candidate = is_final_mark(text, t) ||
                    (t->kind == DL_TOKEN_ABBREV && text[t->start + t->len - 1] == '.') ||
                    (t->kind == DL_TOKEN_PUNCT && t->len > 1 && text[t->start] == '.');
    size_t last = i;
    int boundary = 0;
    if (candidate) {
      size_t j = i + 1;
      /* "?!", "!!": more final marks glued on */
      while (j < end && is_final_mark(text, &tokens[j]) && !(tokens[j].flags & TOKEN_SPACE_BEFORE))
        j++;
      size_t d = depth;
      while (j < end && is_closer(text, &tokens[j]) && !(tokens[j].flags & TOKEN_SPACE_BEFORE)) {
        if (token_is_char(text, &tokens[j], ')') && d) d--;
        j++;
      }
      if (d == 0 && ends_sentence(text, tokens, i, j, end)) {
        boundary = 1;
        last = j - 1;
      }
    }
    if (!boundary && i + 1 - start >= max_tokens) boundary = 1;
    if (boundary) {
      if (sentence_push(ctx, tokens, start, last, out) != DL_OK) return DL_ENOMEM;
      start = last + 1;
      i = last;
      depth = 0;
    }
  }
  if (start < end && sentence_push(ctx, tokens, start, end - 1, out) != DL_OK) return DL_ENOMEM;
  return DL_OK;
}
