/* json.c: JSON string escaping and scalar values for the writers. */
#include "out/json.h"

#include <string.h>

#include "core/buffer.h"

int json_put_string(dl_buffer *out, const char *s, size_t len) {
  static const char hex[] = "0123456789abcdef";
  if (!s) return dl_buffer_put(out, "null", 4);
  /* Worst case every byte becomes \u00XX. */
  if (dl_buffer_reserve(out, len * 6 + 2) != DL_OK) return DL_ENOMEM;
  char *w = out->data + out->len;
  *w++ = '"';
  for (size_t i = 0; i < len; i++) {
    /* Copy the run of bytes that need no escape in one go. */
    size_t run = i;
    while (run < len && (unsigned char)s[run] >= 0x20 && s[run] != '"' && s[run] != '\\') run++;
    if (run > i) {
      memcpy(w, s + i, run - i);
      w += run - i;
      i = run;
      if (i == len) break;
    }
    unsigned char c = (unsigned char)s[i];
    *w++ = '\\';
    switch (c) {
      case '"': *w++ = '"'; break;
      case '\\': *w++ = '\\'; break;
      case '\n': *w++ = 'n'; break;
      case '\t': *w++ = 't'; break;
      case '\r': *w++ = 'r'; break;
      default:
        *w++ = 'u';
        *w++ = '0';
        *w++ = '0';
        *w++ = hex[c >> 4];
        *w++ = hex[c & 15];
    }
  }
  *w++ = '"';
  out->len = (size_t)(w - out->data);
  out->data[out->len] = '\0';
  return DL_OK;
}

int json_put_slice(dl_buffer *out, dl_text_slice slice) {
  return json_put_string(out, slice.ptr, slice.len);
}

int json_put_offset(dl_buffer *out, long value) {
  if (value < 0) return dl_buffer_put(out, "null", 4);
  /* Digits by hand: printf is a measurable share of the writer's time. */
  char digits[24];
  size_t n = sizeof digits;
  do {
    digits[--n] = (char)('0' + value % 10);
    value /= 10;
  } while (value);
  return dl_buffer_put(out, digits + n, sizeof digits - n);
}
