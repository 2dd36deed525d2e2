/* spec_text.c: spec handlers that show the text stage: normalisation, tokens, sentences, numbers. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/buffer.h"
#include "text/normalize.h"
#include "text/number.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "test.h"

/*
 * Inputs may spell bytes that a spec file cannot show: \xHH is one byte,
 * \u{HHHH} a character in UTF-8 and \\ a backslash. Outputs spell invisible
 * characters the same way.
 */

/* The value of a hex digit, or -1. */
static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes the escapes of an input into out. */
static int unescape(const char *s, size_t len, dl_buffer *out) {
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '\\' && i + 1 < len && s[i + 1] == '\\') {
      dl_buffer_putc(out, '\\');
      i++;
    } else if (s[i] == '\\' && i + 3 < len && s[i + 1] == 'x' && hex_digit(s[i + 2]) >= 0 &&
               hex_digit(s[i + 3]) >= 0) {
      dl_buffer_putc(out, (char)(hex_digit(s[i + 2]) * 16 + hex_digit(s[i + 3])));
      i += 3;
    } else if (s[i] == '\\' && i + 2 < len && s[i + 1] == 'u' && s[i + 2] == '{') {
      size_t j = i + 3;
      int32_t cp = 0;
      while (j < len && hex_digit(s[j]) >= 0) cp = cp * 16 + hex_digit(s[j++]);
      if (j >= len || s[j] != '}') return DL_EUSAGE;
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t n = utf8proc_encode_char(cp, enc);
      dl_buffer_put(out, (const char *)enc, (size_t)n);
      i = j;
    } else {
      dl_buffer_putc(out, s[i]);
    }
  }
  return dl_buffer_put(out, "", 0);
}

/* Appends bytes with invisible characters, controls and invalid UTF-8 escaped. */
static void put_visible(dl_buffer *out, const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') {
      dl_buffer_puts(out, "\\n");
      i++;
    } else if (c == '\t') {
      dl_buffer_puts(out, "\\t");
      i++;
    } else if (c < 0x20 || c == 0x7F) {
      dl_buffer_printf(out, "\\x%02X", c);
      i++;
    } else if (c < 0x80) {
      dl_buffer_putc(out, (char)c);
      i++;
    } else {
      utf8proc_int32_t cp;
      utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                            (utf8proc_ssize_t)(len - i), &cp);
      if (n <= 0) {
        dl_buffer_printf(out, "\\x%02X", c);
        i++;
        continue;
      }
      utf8proc_category_t cat = utf8proc_category(cp);
      if (cat >= UTF8PROC_CATEGORY_ZS || (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME))
        dl_buffer_printf(out, "\\u{%04X}", (unsigned)cp);
      else
        dl_buffer_put(out, s + i, (size_t)n);
      i += (size_t)n;
    }
  }
}

/*
 * Shows a normalisation: the text on one line, then each word (a run without
 * white space) with its source range and the source bytes of that range, then
 * the invalid-UTF-8 count if any. Fails when the map goes backwards.
 */
static int render_normalize(dl_context *ctx, const char *input, size_t len, dl_buffer *out,
                            unsigned flags) {
  dl_buffer src;
  dl_buffer_init(&src, ctx);
  int rc = unescape(input, len, &src);
  norm_text t;
  norm_init(&t, ctx);
  if (rc == DL_OK) rc = norm_append(&t, src.data, 0, src.len, flags);
  if (rc == DL_OK) {
    put_visible(out, t.text.data ? t.text.data : "", t.text.len);
    dl_buffer_putc(out, '\n');
    const char *s = t.text.data;
    uint32_t last = 0;
    for (size_t i = 0; i < t.text.len;) {
      if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
        i++;
        continue;
      }
      size_t j = i;
      while (j < t.text.len && s[j] != ' ' && s[j] != '\n' && s[j] != '\t') j++;
      uint32_t a = norm_source_offset(&t, i), b = norm_source_end(&t, j);
      if (a < last || b < a || b > src.len) rc = DL_EBADRECORD;
      last = b;
      put_visible(out, s + i, j - i);
      dl_buffer_printf(out, "\t%u\t%u\t", a, b);
      if (b >= a && b <= src.len) put_visible(out, src.data + a, b - a);
      dl_buffer_putc(out, '\n');
      i = j;
    }
    if (t.invalid_utf8) dl_buffer_printf(out, "invalid %zu\n", t.invalid_utf8);
  }
  norm_free(&t);
  dl_buffer_free(&src);
  return rc;
}

/* normalize: no flags. */
static int spec_normalize(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_normalize(ctx, input, len, out, 0);
}

/* normalize collapse: NORM_COLLAPSE_SPACE. */
static int spec_normalize_collapse(dl_context *ctx, const char *input, size_t len,
                                   dl_buffer *out) {
  return render_normalize(ctx, input, len, out, NORM_COLLAPSE_SPACE);
}

/* normalize sgml: NORM_COLLAPSE_SPACE | NORM_SGML_ENTITIES. */
static int spec_normalize_sgml(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_normalize(ctx, input, len, out, NORM_COLLAPSE_SPACE | NORM_SGML_ENTITIES);
}

/* normalize pieces: each input line is a separate collapsing append. */
static int spec_normalize_pieces(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_buffer src;
  dl_buffer_init(&src, ctx);
  int rc = unescape(input, len, &src);
  norm_text t;
  norm_init(&t, ctx);
  for (size_t i = 0; rc == DL_OK && i <= src.len;) {
    const char *nl = memchr(src.data + i, '\n', src.len - i);
    size_t j = nl ? (size_t)(nl - src.data) : src.len;
    if (j - i == 3 && memcmp(src.data + i, "[P]", 3) == 0)
      rc = norm_append_literal(&t, "\n\n", 2, norm_source_end(&t, t.text.len));
    else
      rc = norm_append(&t, src.data, i, j - i, NORM_COLLAPSE_SPACE);
    i = j + 1;
  }
  if (rc == DL_OK) {
    dl_buffer_putc(out, '[');
    put_visible(out, t.text.data ? t.text.data : "", t.text.len);
    dl_buffer_puts(out, "]\n");
    for (size_t i = 0; i <= t.text.len; i++)
      dl_buffer_printf(out, "%s%u", i ? " " : "", norm_source_offset(&t, i));
    dl_buffer_putc(out, '\n');
  }
  norm_free(&t);
  dl_buffer_free(&src);
  return rc;
}

/* The name of a token kind as the spec files show it. */
static const char *kind_name(int kind) {
  static const char *const names[] = {"WORD",   "NUMBER", "PUNCT",    "ABBREV",  "POSSESSIVE",
                                      "URL",    "EMAIL",  "CURRENCY", "PERCENT", "SYMBOL"};
  return kind >= 0 && kind < (int)(sizeof names / sizeof *names) ? names[kind] : "?";
}

/* Normalised text and its tokens, shared by the token, sentence and number handlers. */
typedef struct text_fixture {
  dl_buffer src;      /* the input with escapes decoded */
  norm_text norm;     /* the input normalised with collapsing */
  dl_token_vec tokens; /* its tokens */
} text_fixture;

/* Normalises and tokenises an input. */
static int fixture_init(text_fixture *f, dl_context *ctx, const char *input, size_t len) {
  dl_buffer_init(&f->src, ctx);
  norm_init(&f->norm, ctx);
  f->tokens.items = NULL;
  f->tokens.len = f->tokens.cap = 0;
  int rc = unescape(input, len, &f->src);
  if (rc == DL_OK) rc = norm_append(&f->norm, f->src.data, 0, f->src.len, NORM_COLLAPSE_SPACE);
  if (rc == DL_OK && !f->norm.text.data) rc = dl_buffer_put(&f->norm.text, "", 0);
  if (rc == DL_OK) rc = tokenize(ctx, f->norm.text.data, 0, f->norm.text.len, &f->tokens);
  return rc;
}

/* Frees a fixture. */
static void fixture_free(text_fixture *f, dl_context *ctx) {
  DL_VEC_FREE(ctx, f->tokens);
  norm_free(&f->norm);
  dl_buffer_free(&f->src);
}

/* tokens: one token a line, "KIND text". */
static int spec_tokens(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  text_fixture f;
  int rc = fixture_init(&f, ctx, input, len);
  for (size_t i = 0; rc == DL_OK && i < f.tokens.len; i++) {
    const dl_token *t = &f.tokens.items[i];
    dl_buffer_printf(out, "%s ", kind_name(t->kind));
    put_visible(out, f.norm.text.data + t->start, t->len);
    dl_buffer_putc(out, '\n');
  }
  fixture_free(&f, ctx);
  return rc;
}

/* tokens flags: "KIND text flags": C capitalised, A all caps, S space before, - none. */
static int spec_token_flags(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  text_fixture f;
  int rc = fixture_init(&f, ctx, input, len);
  for (size_t i = 0; rc == DL_OK && i < f.tokens.len; i++) {
    const dl_token *t = &f.tokens.items[i];
    dl_buffer_printf(out, "%s ", kind_name(t->kind));
    put_visible(out, f.norm.text.data + t->start, t->len);
    dl_buffer_printf(out, " %s%s%s%s\n", t->flags & TOKEN_CAPITALISED ? "C" : "",
                     t->flags & TOKEN_ALLCAPS ? "A" : "", t->flags & TOKEN_SPACE_BEFORE ? "S" : "",
                     t->flags ? "" : "-");
  }
  fixture_free(&f, ctx);
  return rc;
}

/* Splits the whole input as one paragraph and prints one sentence a line. */
static int render_sentences(dl_context *ctx, const char *input, size_t len, dl_buffer *out,
                            size_t max_tokens) {
  text_fixture f;
  dl_sentence_vec sentences = {NULL, 0, 0};
  int rc = fixture_init(&f, ctx, input, len);
  if (rc == DL_OK)
    rc = sentence_split(ctx, f.norm.text.data, f.tokens.items, 0, f.tokens.len, max_tokens,
                        &sentences);
  for (size_t i = 0; rc == DL_OK && i < sentences.len; i++) {
    const dl_sentence *s = &sentences.items[i];
    put_visible(out, f.norm.text.data + s->start, s->end - s->start);
    dl_buffer_putc(out, '\n');
  }
  DL_VEC_FREE(ctx, sentences);
  fixture_free(&f, ctx);
  return rc;
}

/* sentences: one sentence a line, at most 1000 tokens each. */
static int spec_sentences(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_sentences(ctx, input, len, out, 1000);
}

/* sentences max 8: sentences capped at 8 tokens. */
static int spec_sentences_max8(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  return render_sentences(ctx, input, len, out, 8);
}

/* numbers: each number found from left to right, "value tokens exact|approx text". */
static int spec_numbers(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  text_fixture f;
  int rc = fixture_init(&f, ctx, input, len);
  for (size_t i = 0; rc == DL_OK && i < f.tokens.len;) {
    double value;
    int approx;
    size_t k = number_read(f.norm.text.data, f.tokens.items, f.tokens.len, i, &value, &approx);
    if (!k) {
      i++;
      continue;
    }
    const dl_token *a = &f.tokens.items[i], *b = &f.tokens.items[i + k - 1];
    dl_buffer_printf(out, "%.15g %zu %s ", value, k, approx ? "approx" : "exact");
    put_visible(out, f.norm.text.data + a->start, b->start + b->len - a->start);
    dl_buffer_putc(out, '\n');
    i += k;
  }
  fixture_free(&f, ctx);
  return rc;
}

/*
 * document: reads the input as one plain-text story and lists each sentence
 * as "index start end text"; "!" marks a sentence whose input range does not
 * normalise to its text.
 */
static int spec_document(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_buffer src, check;
  dl_buffer_init(&src, ctx);
  dl_buffer_init(&check, ctx);
  int rc = unescape(input, len, &src);
  dl_reader *r = rc == DL_OK ? dl_reader_open_memory(ctx, "spec", src.data, src.len, DL_FORMAT_TEXT)
                             : NULL;
  dl_article *a = NULL;
  if (rc == DL_OK && (!r || dl_reader_next(r, &a) != 1)) rc = DL_EBADRECORD;
  dl_document *doc = rc == DL_OK ? dl_document_new(ctx, a) : NULL;
  if (rc == DL_OK && !doc) rc = DL_ENOMEM;
  for (size_t i = 0; rc == DL_OK && i < dl_document_sentence_count(doc); i++) {
    dl_text_slice s = dl_document_sentence(doc, i);
    dl_buffer_printf(out, "%zu %ld %ld ", i, s.start, s.end);
    put_visible(out, s.ptr, s.len);
    if (s.start >= 0) {
      norm_string(&check, src.data + s.start, (size_t)(s.end - s.start), NORM_COLLAPSE_SPACE);
      if (check.len != s.len || memcmp(check.data, s.ptr, s.len) != 0) dl_buffer_puts(out, " !");
    }
    dl_buffer_putc(out, '\n');
  }
  if (rc == DL_OK && dl_document_invalid_utf8(doc))
    dl_buffer_printf(out, "invalid %zu\n", dl_document_invalid_utf8(doc));
  dl_document_free(doc);
  dl_article_free(a);
  dl_reader_free(r);
  dl_buffer_free(&check);
  dl_buffer_free(&src);
  return rc;
}

/* The handler for an example kind, or NULL. */
spec_handler spec_text_handler(const char *kind) {
  static const struct {
    const char *kind;    /* the name after "example" */
    spec_handler handler; /* its renderer */
  } handlers[] = {
      {"normalize", spec_normalize},
      {"normalize collapse", spec_normalize_collapse},
      {"normalize sgml", spec_normalize_sgml},
      {"normalize pieces", spec_normalize_pieces},
      {"tokens", spec_tokens},
      {"tokens flags", spec_token_flags},
      {"sentences", spec_sentences},
      {"sentences max 8", spec_sentences_max8},
      {"numbers", spec_numbers},
      {"document", spec_document},
  };
  for (size_t i = 0; i < sizeof handlers / sizeof *handlers; i++)
    if (strcmp(kind, handlers[i].kind) == 0) return handlers[i].handler;
  return NULL;
}
