/* fields.h: what the event writers share: numbers in their shortest form and token spans (internal). */
#ifndef DL_OUT_FIELDS_H
#define DL_OUT_FIELDS_H

#include <stddef.h>
#include <stdint.h>

#include "dateline.h"

/*
 * Writes v to s in its shortest form that reads back the same (3.4, -10, 0;
 * never "-0" or an exponent below 1e15), with a decimal point whatever the
 * locale. Returns 0, writing nothing, for NaN and the infinities.
 */
int out_shortest_number(double v, char s[32]);

/* The text of document tokens [first, end) and its input offsets; ok 0 for an empty or bad range. */
typedef struct out_span {
  int ok;
  const char *text;
  size_t len;
  long start, end; /* -1 when the text has no input offsets (a headline from metadata) */
} out_span;

/* Spans tokens as the actor writer does: the first token's start to the last token's end. */
out_span out_span_of(const dl_document *doc, uint32_t first, uint32_t end);

#endif
