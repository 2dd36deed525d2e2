/* context.c: creating a context, allocating through it, and recording errors. */
#include "core/context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The default allocator: the C library's. */
static void *default_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

dl_context *dl_context_new(dl_alloc_fn alloc, void *ud) {
  if (!alloc) alloc = default_alloc;
  dl_context *ctx = alloc(ud, NULL, 0, sizeof *ctx);
  if (!ctx) return NULL;
  memset(ctx, 0, sizeof *ctx);
  ctx->alloc = alloc;
  ctx->alloc_ud = ud;
  return ctx;
}

void dl_context_free(dl_context *ctx) {
  if (!ctx) return;
  if (ctx->word_cache) ctx->alloc(ctx->alloc_ud, ctx->word_cache, ctx->word_cache_size, 0);
  ctx->alloc(ctx->alloc_ud, ctx, sizeof *ctx, 0);
}

const char *dl_context_errmsg(const dl_context *ctx) { return ctx ? ctx->errmsg : ""; }

const char *dl_strerror(int code) {
  switch (code) {
    case DL_OK: return "success";
#define DL_ERRNO_CASE(name, value, text) \
  case DL_E##name: return text;
    DL_ERRNO_MAP(DL_ERRNO_CASE)
#undef DL_ERRNO_CASE
    default: return "unknown error";
  }
}

void *dl_mem_alloc(dl_context *ctx, size_t size) {
  if (size == 0) size = 1;
  return ctx->alloc(ctx->alloc_ud, NULL, 0, size);
}

void *dl_mem_calloc(dl_context *ctx, size_t count, size_t size) {
  if (size && count > (size_t)-1 / size) return NULL;
  void *p = dl_mem_alloc(ctx, count * size);
  if (p) memset(p, 0, count * size > 0 ? count * size : 1);
  return p;
}

void *dl_mem_realloc(dl_context *ctx, void *ptr, size_t old_size, size_t new_size) {
  if (new_size == 0) new_size = 1;
  return ctx->alloc(ctx->alloc_ud, ptr, old_size, new_size);
}

void dl_mem_free(dl_context *ctx, void *ptr, size_t size) {
  if (ptr) ctx->alloc(ctx->alloc_ud, ptr, size, 0);
}

char *dl_mem_strndup(dl_context *ctx, const char *s, size_t n) {
  char *p = dl_mem_alloc(ctx, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

int dl_error(dl_context *ctx, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
  va_end(ap);
  return code;
}

const char *dl_errno_message(int err, char *buf, size_t size) {
#ifdef _GNU_SOURCE
  return strerror_r(err, buf, size); /* the GNU strerror_r returns the message, in buf or not */
#else
  if (strerror_r(err, buf, size) != 0) snprintf(buf, size, "error %d", err);
  return buf;
#endif
}

int dl_vec_reserve(dl_context *ctx, void **items, size_t *cap, size_t need, size_t elem_size) {
  if (need <= *cap) return DL_OK;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > ((size_t)-1 / 2) / elem_size) return DL_ENOMEM;
    ncap *= 2;
  }
  void *p = dl_mem_realloc(ctx, *items, *cap * elem_size, ncap * elem_size);
  if (!p) return DL_ENOMEM;
  *items = p;
  *cap = ncap;
  return DL_OK;
}
