/* context.h: the context object, its allocator and its error message (internal). */
#ifndef DL_CORE_CONTEXT_H
#define DL_CORE_CONTEXT_H

#include <stdarg.h>
#include <stddef.h>

#include "dateline.h"

/* Everything a call needs that would otherwise be global. */
struct dl_context {
  dl_alloc_fn alloc; /* the allocator every module uses */
  void *alloc_ud;    /* its user data */
  char errmsg[512];  /* message for the last error, "" when none */
  /*
   * The part-of-speech tagger's memo of WordNet analyses (tag/pos.c). It
   * lives here, one per thread like the context, so that it stays warm from
   * document to document; dl_context_free frees it.
   */
  void *word_cache;
  size_t word_cache_size;
};

/* Allocation through the context; these return NULL on failure like malloc. */
void *dl_mem_alloc(dl_context *ctx, size_t size);
void *dl_mem_calloc(dl_context *ctx, size_t count, size_t size);
void *dl_mem_realloc(dl_context *ctx, void *ptr, size_t old_size, size_t new_size);
void dl_mem_free(dl_context *ctx, void *ptr, size_t size);
/* A NUL-terminated copy of n bytes of s. */
char *dl_mem_strndup(dl_context *ctx, const char *s, size_t n);

/* Records a printf-style message and returns code, so callers can `return dl_error(...)`. */
int dl_error(dl_context *ctx, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * The message for errno value err, written to buf[0, size) and returned.
 * strerror's may live in a buffer that another thread's call overwrites.
 */
const char *dl_errno_message(int err, char *buf, size_t size);

/*
 * Grows a vector of elem_size-byte items so it can hold at least need items.
 * *items and *cap are updated in place; returns DL_OK or DL_ENOMEM.
 */
int dl_vec_reserve(dl_context *ctx, void **items, size_t *cap, size_t need, size_t elem_size);

/* A typed vector: DL_VEC(dl_span) spans; push with DL_VEC_PUSH. */
#define DL_VEC(type) \
  struct {           \
    type *items;     \
    size_t len;      \
    size_t cap;      \
  }
/* Appends value; evaluates to DL_OK or DL_ENOMEM. */
#define DL_VEC_PUSH(ctx, vec, value)                                                   \
  (((vec).len < (vec).cap ||                                                           \
    dl_vec_reserve((ctx), (void **)&(vec).items, &(vec).cap, (vec).len + 1,            \
                   sizeof(*(vec).items)) == DL_OK)                                     \
       ? ((vec).items[(vec).len++] = (value), DL_OK)                                   \
       : DL_ENOMEM)
#define DL_VEC_FREE(ctx, vec)                                                    \
  do {                                                                           \
    dl_mem_free((ctx), (vec).items, (vec).cap * sizeof(*(vec).items));          \
    (vec).items = NULL;                                                          \
    (vec).len = (vec).cap = 0;                                                   \
  } while (0)

#endif
