/* buffer.c: a growable byte buffer that writers append to. */
#include "core/buffer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/context.h"

void dl_buffer_init(dl_buffer *buf, dl_context *ctx) {
  buf->data = NULL;
  buf->len = buf->cap = 0;
  buf->ctx = ctx;
}

void dl_buffer_free(dl_buffer *buf) {
  dl_mem_free(buf->ctx, buf->data, buf->cap);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}

void dl_buffer_clear(dl_buffer *buf) {
  buf->len = 0;
  if (buf->data) buf->data[0] = '\0';
}

int dl_buffer_reserve(dl_buffer *buf, size_t n) {
  if (buf->len + n + 1 <= buf->cap) return DL_OK;
  size_t ncap = buf->cap ? buf->cap : 256;
  while (ncap < buf->len + n + 1) {
    if (ncap > (size_t)-1 / 2) return DL_ENOMEM;
    ncap *= 2;
  }
  char *p = dl_mem_realloc(buf->ctx, buf->data, buf->cap, ncap);
  if (!p) return DL_ENOMEM;
  buf->data = p;
  buf->cap = ncap;
  return DL_OK;
}

int dl_buffer_put(dl_buffer *buf, const char *s, size_t n) {
  if (dl_buffer_reserve(buf, n) != DL_OK) return DL_ENOMEM;
  if (n) memcpy(buf->data + buf->len, s, n);
  buf->len += n;
  buf->data[buf->len] = '\0';
  return DL_OK;
}

int dl_buffer_puts(dl_buffer *buf, const char *s) { return dl_buffer_put(buf, s, strlen(s)); }

int dl_buffer_putc(dl_buffer *buf, char c) { return dl_buffer_put(buf, &c, 1); }

int dl_buffer_printf(dl_buffer *buf, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return DL_EUSAGE;
  if ((size_t)n < sizeof small) return dl_buffer_put(buf, small, (size_t)n);
  if (dl_buffer_reserve(buf, (size_t)n) != DL_OK) return DL_ENOMEM;
  va_start(ap, fmt);
  vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  buf->len += (size_t)n;
  return DL_OK;
}
