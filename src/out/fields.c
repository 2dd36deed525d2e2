/* fields.c: numbers in their shortest form and token spans, for the event writers. */
#include "out/fields.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/document.h"

int out_shortest_number(double v, char s[32]) {
  if (!isfinite(v)) return 0;
  if (v == 0) v = 0; /* no "-0" */
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(s, 32, "%.*g", prec, v);
    /* %g picks an exponent when the precision is short of the integer digits: "1e+01". */
    if (strtod(s, NULL) == v && (!strchr(s, 'e') || fabs(v) >= 1e15 || fabs(v) < 1e-4)) break;
  }
  for (char *p = s; *p; p++)
    if (*p == ',') *p = '.'; /* a decimal comma from a locale */
  return 1;
}

out_span out_span_of(const dl_document *doc, uint32_t first, uint32_t end) {
  out_span s = {0, NULL, 0, -1, -1};
  if (first >= end || end > doc->tokens.len) return s;
  const dl_token *a = &doc->tokens.items[first];
  const dl_token *b = &doc->tokens.items[end - 1];
  size_t from = a->start, to = b->start + b->len;
  document_source_range(doc, from, to, &s.start, &s.end);
  s.ok = 1;
  s.text = doc->text.text.data + from;
  s.len = to - from;
  return s;
}
