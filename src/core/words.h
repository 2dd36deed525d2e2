/* words.h: membership in a sorted array of lower-case words, for word lists tested on most tokens, ASCII lower-casing and FNV-1a hashing (internal). */
#ifndef DL_CORE_WORDS_H
#define DL_CORE_WORDS_H

#include <stddef.h>
#include <stdint.h>

/*
 * Nonzero when w[0, n) (not NUL-terminated) is one of words[0, count),
 * which are NUL-terminated and sorted by byte value. A binary search that
 * compares bytes by hand: no strlen, no copy.
 */
int words_sorted_contain(const char *const *words, size_t count, const char *w, size_t n);

/*
 * Nonzero when one of the three-letter codes run together in run ("GOVMIL",
 * NUL-terminated) is one of codes[0, count), sorted by byte value: an
 * actor's role codes tested against a set of roles.
 */
int words_codes_any(const char *const *codes, size_t count, const char *run);

/* Copies s[0, n) into out with ASCII capitals lowered, at most cap bytes and no NUL; returns the bytes written. */
size_t words_lower_ascii(const char *s, size_t n, char *out, size_t cap);

/* The FNV-1a offset basis: the state to start a hash from. */
#define WORDS_FNV_OFFSET 14695981039346656037ull

/* FNV-1a over s[0, n), continuing from h. */
uint64_t words_fnv1a(uint64_t h, const char *s, size_t n);

#endif
