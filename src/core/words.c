/* words.c: membership in a sorted array of lower-case words (or role codes) by binary search, and ASCII lower-casing. */
#include "core/words.h"

int words_sorted_contain(const char *const *words, size_t count, const char *w, size_t n) {
  size_t lo = 0, hi = count;
  const unsigned char *q = (const unsigned char *)w;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const unsigned char *a = (const unsigned char *)words[mid];
    size_t k = 0;
    while (k < n && a[k] && a[k] == q[k]) k++;
    /* Past the end of w: equal when the entry ends too, else the entry is greater. */
    int c = k == n ? (a[k] ? 1 : 0) : (a[k] ? (int)a[k] - (int)q[k] : -1);
    if (c == 0) return 1;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

int words_codes_any(const char *const *codes, size_t count, const char *run) {
  for (size_t k = 0; run[k] && run[k + 1] && run[k + 2]; k += 3)
    if (words_sorted_contain(codes, count, run + k, 3)) return 1;
  return 0;
}

size_t words_lower_ascii(const char *s, size_t n, char *out, size_t cap) {
  if (n > cap) n = cap;
  for (size_t k = 0; k < n; k++) {
    char c = s[k];
    out[k] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return n;
}

uint64_t words_fnv1a(uint64_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}
