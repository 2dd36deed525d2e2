/* buffer.h: appending to the public growable byte buffer (internal helpers). */
#ifndef DL_CORE_BUFFER_H
#define DL_CORE_BUFFER_H

#include <stddef.h>

#include "dateline.h"

/* Makes room for n more bytes plus a NUL; returns DL_OK or DL_ENOMEM. */
int dl_buffer_reserve(dl_buffer *buf, size_t n);
int dl_buffer_put(dl_buffer *buf, const char *s, size_t n);
int dl_buffer_puts(dl_buffer *buf, const char *s);
int dl_buffer_putc(dl_buffer *buf, char c);
int dl_buffer_printf(dl_buffer *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties the buffer but keeps its memory. */
void dl_buffer_clear(dl_buffer *buf);

#endif
