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
  uint32_t src_end;              /* source offset just after the last byte written */
  uint32_t space_src;            /* source offset of white space held back */
  int space_pending;             /* 1 when collapsed white space awaits the next output */
} norm_text;

void norm_init(norm_text *t, dl_context *ctx);
void norm_free(norm_text *t);

/*
 * Normalises src[off, off+len) and appends it: NFC, curly quotes to ' and ",
 * dashes to - (an em dash glued between two words becomes "--" so it is not
 * read as a hyphen), the ellipsis character to "...", no-break and other
 * spaces to a space, soft hyphens, zero-width and direction marks dropped,
 * control characters and NUL to a space, invalid UTF-8 to U+FFFD (counted).
 * With NORM_COLLAPSE_SPACE, each run of white space becomes one space and
 * white space at the start and end is dropped. Successive collapsing appends
 * act as one append of their concatenation: white space at the join becomes
 * one space (none when the text so far is empty or ends in white space), and
 * "a" + "b" gives "ab". norm_append_literal drops white space held back.
 * Returns DL_OK, DL_ENOMEM, or DL_ETOOBIG past 4 GB of offsets.
 */
int norm_append(norm_text *t, const char *src, size_t off, size_t len, unsigned flags);

/* Appends literal separator bytes that stand at source offset src_pos (each maps there). */
int norm_append_literal(norm_text *t, const char *s, size_t n, uint32_t src_pos);

/* The source offset of normalised offset n (n may equal the text length). */
uint32_t norm_source_offset(const norm_text *t, size_t n);

/*
 * The source offset just after the source text that produced normalised
 * bytes before n: the end of a range [m, n), exact even when the last
 * character was replaced or white space and dropped characters follow it.
 */
uint32_t norm_source_end(const norm_text *t, size_t n);

/*
 * Normalises a short string into out (cleared first), for metadata and names;
 * flags as for norm_append. Returns DL_OK or DL_ENOMEM.
 */
int norm_string(dl_buffer *out, const char *s, size_t len, unsigned flags);

#endif
