/* normalize.h: Unicode normalisation with a map back to source offsets (internal). */
#ifndef DL_TEXT_NORMALIZE_H
#define DL_TEXT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "dateline.h"

/*
 * A point where the normalised text and the source stop advancing together.
 * The source offset of normalised byte n is src + (n - norm) for the last point
 * with norm <= n, so plain ASCII needs no points at all.
 */
typedef struct norm_anchor {
  uint32_t norm; /* offset in the normalised text */
  uint32_t src;  /* offset in the source at that point */
} norm_anchor;

/* Flags for norm_append. */
enum {
  NORM_COLLAPSE_SPACE = 1, /* each run of white space (newlines too) becomes one space */
  NORM_SGML_ENTITIES = 2   /* decode &lt; &gt; &amp; &quot; &apos; &#N; &#xN; */
};

/* Normalised text under construction. */
typedef struct norm_text {
  dl_buffer text;                /* the normalised UTF-8, NUL-terminated */
  DL_VEC(norm_anchor) anchors;   /* offset map, sorted by norm */
  size_t invalid_utf8;           /* invalid sequences replaced by U+FFFD */
} norm_text;

void norm_init(norm_text *t, dl_context *ctx);
void norm_free(norm_text *t);

/*
 * Normalises src[off, off+len) and appends it: NFC, curly quotes to ' and ",
 * dashes to - (an em or en dash between spaces stays a single -), no-break and
 * other spaces to a space, soft hyphens and zero-width characters dropped,
 * control characters and NUL to a space, invalid UTF-8 to U+FFFD (counted).
 * With NORM_COLLAPSE_SPACE, leading and trailing white space is dropped too.
 */
int norm_append(norm_text *t, const char *src, size_t off, size_t len, unsigned flags);

/* Appends literal separator bytes that stand at source offset src_pos. */
int norm_append_literal(norm_text *t, const char *s, size_t n, uint32_t src_pos);

/* The source offset of normalised offset n (n may equal the text length). */
uint32_t norm_source_offset(const norm_text *t, size_t n);

/*
 * Normalises a short string into out (cleared first), for metadata and names;
 * flags as for norm_append. Returns DL_OK or DL_ENOMEM.
 */
int norm_string(dl_buffer *out, const char *s, size_t len, unsigned flags);

#endif
