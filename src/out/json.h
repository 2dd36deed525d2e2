/* json.h: writing JSON values into a buffer (internal). */
#ifndef DL_OUT_JSON_H
#define DL_OUT_JSON_H

#include <stddef.h>

#include "dateline.h"

/* Appends s[0, len) as a JSON string; s must be valid UTF-8 (NULL writes null). */
int json_put_string(dl_buffer *out, const char *s, size_t len);
/* Appends a slice as a JSON string, or null when it has no bytes. */
int json_put_slice(dl_buffer *out, dl_text_slice slice);
/* Appends an integer, or null when it is negative. */
int json_put_offset(dl_buffer *out, long value);

#endif
