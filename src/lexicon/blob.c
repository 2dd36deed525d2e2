/* blob.c: checking a lexicon blob before use, and looking keys up in its hash tables. */
#include "lexicon/blob.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "lexicon/places.h"

_Static_assert(sizeof(blob_header) == 32, "blob_header layout");
_Static_assert(sizeof(blob_section) == 16, "blob_section layout");
_Static_assert(sizeof(blob_entry) == 48, "blob_entry layout");
_Static_assert(sizeof(blob_slot) == 16, "blob_slot layout");
_Static_assert(sizeof(blob_word) == 8, "blob_word layout");
_Static_assert(sizeof(blob_filter) == 16, "blob_filter layout");
_Static_assert(sizeof(blob_text) == 16, "blob_text layout");
_Static_assert(sizeof(blob_place) == 40, "blob_place layout");

/* Writes the reason a blob is rejected and returns -1. */
static int reject(char *why, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int reject(char *why, size_t cap, const char *fmt, ...) {
  if (cap) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, cap, fmt, ap);
    va_end(ap);
  }
  return -1;
}

/* Nonzero when n is zero or a power of two. */
static int pow2_or_zero(uint32_t n) { return (n & (n - 1)) == 0; }

/* Nonzero when a NUL-terminated string of n bytes starts at offset off of the pool. */
static int pool_string(const blob_view *v, uint32_t off, uint32_t n) {
  return off < v->strings_size && n < v->strings_size - off && v->strings[off + n] == '\0';
}

/* Nonzero when the fixed-size field holds a NUL. */
static int field_terminated(const char *s, size_t n) { return memchr(s, '\0', n) != NULL; }

/* Checks a string-keyed table: keys in the pool, and at least one empty slot. */
static int check_slots(const blob_view *v, const blob_slot *t, uint32_t n, int is_keys, char *why,
                       size_t cap) {
  uint32_t empty = 0;
  for (uint32_t i = 0; i < n; i++) {
    const blob_slot *s = &t[i];
    if (s->key_len == 0) {
      empty++;
      continue;
    }
    if (!pool_string(v, s->key, s->key_len))
      return reject(why, cap, "%s slot %u: key outside the string pool", is_keys ? "key" : "exception", i);
    if (is_keys) {
      if (s->tag == 0 || (s->tag & ~(KEY_PHRASE | KEY_PREFIX)))
        return reject(why, cap, "key slot %u: bad flags %u", i, s->tag);
      if ((s->tag & KEY_PHRASE) ? s->count == 0 : s->count != 0)
        return reject(why, cap, "key slot %u: entry count does not match its flags", i);
      if (s->value > v->nlists || s->count > v->nlists - s->value)
        return reject(why, cap, "key slot %u: entry list outside its section", i);
    } else {
      if (s->tag != POS_NOUN && s->tag != POS_VERB && s->tag != POS_ADJ && s->tag != POS_ADV)
        return reject(why, cap, "exception slot %u: bad part of speech %u", i, s->tag);
      if (s->value >= v->strings_size) return reject(why, cap, "exception slot %u: base outside the string pool", i);
    }
  }
  if (n && !empty) return reject(why, cap, "%s table has no empty slot", is_keys ? "key" : "exception");
  return 0;
}

/*
 * Checks the gazetteer: every place's name in the pool, its fields
 * terminated and its coordinates on the globe; every place key in the pool
 * with a run of at most LEX_MAX_PLACES places inside the lists; every list
 * item a place; an empty slot in the key table.
 */
static int check_places(const blob_view *v, char *why, size_t cap) {
  for (uint32_t i = 0; i < v->nplaces; i++) {
    const blob_place *p = &v->places[i];
    if (p->name >= v->strings_size) return reject(why, cap, "place %u: name outside the string pool", i);
    /* The compiler pads the fields with NULs: the last byte of each is one (cheaper than a search, for 100,000 places). */
    if (p->country[sizeof p->country - 1] || p->admin1[sizeof p->admin1 - 1] || p->feature[sizeof p->feature - 1])
      return reject(why, cap, "place %u: country, admin1 or feature not terminated", i);
    if (!(p->lat >= -90.0f && p->lat <= 90.0f && p->lon >= -180.0f && p->lon <= 180.0f))
      return reject(why, cap, "place %u: coordinates off the globe", i);
  }
  for (uint32_t i = 0; i < v->nplace_lists; i++)
    if (v->place_lists[i] >= v->nplaces) return reject(why, cap, "place list %u: no such place", i);
  uint32_t empty = 0;
  for (uint32_t i = 0; i < v->nplace_keys; i++) {
    const blob_slot *s = &v->place_keys[i];
    if (s->key_len == 0) {
      empty++;
      continue;
    }
    /* Bounds only: lookups compare key_len bytes, and the pool's last NUL ends any string (a NUL at the key's
       end would cost a cache miss per key at every open). */
    if (s->key >= v->strings_size || s->key_len >= v->strings_size - s->key)
      return reject(why, cap, "place key slot %u: key outside the string pool", i);
    if (s->tag == 0 || (s->tag & ~(KEY_PHRASE | KEY_PREFIX)))
      return reject(why, cap, "place key slot %u: bad flags %u", i, s->tag);
    if ((s->tag & KEY_PHRASE) ? s->count == 0 || s->count > LEX_MAX_PLACES : s->count != 0)
      return reject(why, cap, "place key slot %u: place count does not match its flags", i);
    if (s->value > v->nplace_lists || s->count > v->nplace_lists - s->value)
      return reject(why, cap, "place key slot %u: place list outside its section", i);
  }
  if (v->nplace_keys && !empty) return reject(why, cap, "place key table has no empty slot");
  return 0;
}

/* Checks the WordNet word set. */
static int check_words(const blob_view *v, char *why, size_t cap) {
  uint32_t empty = 0;
  for (uint32_t i = 0; i < v->nwords; i++) {
    const blob_word *w = &v->words[i];
    if (w->key == 0) {
      empty++;
      continue;
    }
    if (w->key >= v->strings_size) return reject(why, cap, "word slot %u: outside the string pool", i);
    if ((w->hash_pos & 0xFFu) == 0 || (w->hash_pos & 0xF0u))
      return reject(why, cap, "word slot %u: bad parts of speech", i);
  }
  if (v->nwords && !empty) return reject(why, cap, "word table has no empty slot");
  return 0;
}

/* Checks every entry record. */
static int check_entries(const blob_view *v, char *why, size_t cap) {
  for (uint32_t i = 0; i < v->nentries; i++) {
    const blob_entry *e = &v->entries[i];
    if (e->code >= v->strings_size || e->canonical >= v->strings_size || e->source >= v->strings_size)
      return reject(why, cap, "entry %u: string outside the pool", i);
    if (e->kind < LEX_COUNTRY || e->kind > LEX_DISCARD) return reject(why, cap, "entry %u: bad kind %u", i, e->kind);
    if (e->flags & ~(LEX_FLAG_STORY | LEX_FLAG_PETRARCH)) return reject(why, cap, "entry %u: bad flags", i);
    if (e->from_day > e->to_day) return reject(why, cap, "entry %u: date range ends before it starts", i);
    if (e->phrases > v->nphrases || e->nphrases > v->nphrases - e->phrases)
      return reject(why, cap, "entry %u: phrases outside their section", i);
    if (!field_terminated(e->country, sizeof e->country) || !field_terminated(e->roles, sizeof e->roles))
      return reject(why, cap, "entry %u: country or roles not terminated", i);
  }
  for (uint32_t i = 0; i < v->nphrases; i++)
    if (v->phrases[i] >= v->strings_size) return reject(why, cap, "phrase %u: outside the string pool", i);
  for (uint32_t i = 0; i < v->nlists; i++)
    if (v->lists[i] >= v->nentries) return reject(why, cap, "entry list %u: no such entry", i);
  return 0;
}

/*
 * Checks the key filter section of size bytes at p and sets the view's
 * filter: power-of-two sizes that fill the section, and an empty slot in the
 * word table, so a lookup ends. Its bits may be anything else.
 */
static int check_filter(blob_view *v, const unsigned char *p, uint32_t size, char *why, size_t cap) {
  blob_filter f;
  if (size < sizeof f) return reject(why, cap, "key filter section too short");
  memcpy(&f, p, sizeof f);
  if (!f.nwords || !f.npairs || !f.nslots || !pow2_or_zero(f.nwords) || !pow2_or_zero(f.npairs) ||
      !pow2_or_zero(f.nslots))
    return reject(why, cap, "key filter sizes are not powers of two");
  if (sizeof f + ((uint64_t)f.nwords + f.npairs + f.nslots) * sizeof(uint64_t) != size)
    return reject(why, cap, "key filter section: %u bytes do not hold its sizes", size);
  const uint64_t *words = (const uint64_t *)(p + sizeof f), *slots = words + f.nwords + f.npairs;
  uint32_t i = 0;
  while (i < f.nslots && slots[i]) i++;
  if (i == f.nslots) return reject(why, cap, "key filter table has no empty slot");
  v->filter = words;
  v->filter_nwords = f.nwords;
  v->filter_npairs = f.npairs;
  v->filter_nslots = f.nslots;
  return 0;
}

/* Checks one section's size against its record size and count. */
static int record_section(const blob_section *s, size_t record, const char *name, char *why, size_t cap) {
  if ((uint64_t)s->count * record != s->size)
    return reject(why, cap, "%s section: %u bytes do not hold %u records", name, s->size, s->count);
  return 0;
}

int blob_validate(const void *data, size_t size, blob_view *view, char *why, size_t why_cap) {
  memset(view, 0, sizeof *view);
  const unsigned char *base = data;
  if (!data) return reject(why, why_cap, "no blob");
  if ((uintptr_t)base % BLOB_ALIGN) return reject(why, why_cap, "blob is not 8-byte aligned in memory");
  if (size < sizeof(blob_header)) return reject(why, why_cap, "blob too short (%zu bytes)", size);
  const blob_header *h = data;
  if (memcmp(h->magic, BLOB_MAGIC, 8) != 0) return reject(why, why_cap, "not a lexicon blob (bad magic)");
  if (h->byte_order != BLOB_BYTE_ORDER) return reject(why, why_cap, "blob built for the other byte order");
  if (h->version != BLOB_VERSION) return reject(why, why_cap, "blob version %u, expected %u", h->version, BLOB_VERSION);
  if (h->size > size) return reject(why, why_cap, "blob truncated: %zu of %u bytes", size, h->size);
  if (h->nsections > BLOB_MAX_SECTIONS) return reject(why, why_cap, "too many sections (%u)", h->nsections);
  uint64_t table_end = sizeof(blob_header) + (uint64_t)h->nsections * sizeof(blob_section);
  if (table_end > h->size) return reject(why, why_cap, "section table outside the blob");
  const blob_section *secs = (const blob_section *)(base + sizeof(blob_header));
  const blob_section *by_id[BLOB_LAST_SECTION + 1] = {NULL};
  for (uint32_t i = 0; i < h->nsections; i++) {
    const blob_section *s = &secs[i];
    if (s->offset % BLOB_ALIGN) return reject(why, why_cap, "section %u is not aligned", s->id);
    if (s->offset < table_end || s->offset > h->size || s->size > h->size - s->offset)
      return reject(why, why_cap, "section %u outside the blob", s->id);
    if (s->id >= 1 && s->id <= BLOB_LAST_SECTION) {
      if (by_id[s->id]) return reject(why, why_cap, "section %u appears twice", s->id);
      by_id[s->id] = s;
    }
  }
  view->size = h->size;
  const blob_section *s = by_id[SEC_STRINGS];
  if (!s || s->size == 0) return reject(why, why_cap, "no string pool");
  view->strings = (const char *)base + s->offset;
  view->strings_size = s->size;
  if (view->strings[0] != '\0' || view->strings[s->size - 1] != '\0')
    return reject(why, why_cap, "string pool not NUL-terminated");
  if ((s = by_id[SEC_ENTRIES])) {
    if (record_section(s, sizeof(blob_entry), "entry", why, why_cap)) return -1;
    view->entries = (const blob_entry *)(base + s->offset);
    view->nentries = s->count;
  }
  if ((s = by_id[SEC_PHRASES])) {
    if (record_section(s, sizeof(uint32_t), "phrase", why, why_cap)) return -1;
    view->phrases = (const uint32_t *)(base + s->offset);
    view->nphrases = s->count;
  }
  if ((s = by_id[SEC_LISTS])) {
    if (record_section(s, sizeof(uint32_t), "list", why, why_cap)) return -1;
    view->lists = (const uint32_t *)(base + s->offset);
    view->nlists = s->count;
  }
  if ((s = by_id[SEC_KEYS])) {
    if (record_section(s, sizeof(blob_slot), "key", why, why_cap)) return -1;
    if (!pow2_or_zero(s->count)) return reject(why, why_cap, "key table size %u is not a power of two", s->count);
    view->keys = (const blob_slot *)(base + s->offset);
    view->nkeys = s->count;
  }
  if ((s = by_id[SEC_WORDS])) {
    if (record_section(s, sizeof(blob_word), "word", why, why_cap)) return -1;
    if (!pow2_or_zero(s->count)) return reject(why, why_cap, "word table size %u is not a power of two", s->count);
    view->words = (const blob_word *)(base + s->offset);
    view->nwords = s->count;
  }
  if ((s = by_id[SEC_EXCEPTIONS])) {
    if (record_section(s, sizeof(blob_slot), "exception", why, why_cap)) return -1;
    if (!pow2_or_zero(s->count))
      return reject(why, why_cap, "exception table size %u is not a power of two", s->count);
    view->exceptions = (const blob_slot *)(base + s->offset);
    view->nexceptions = s->count;
  }
  if ((s = by_id[SEC_FILTER]) && check_filter(view, base + s->offset, s->size, why, why_cap)) return -1;
  if ((s = by_id[SEC_TEXTS])) {
    if (record_section(s, sizeof(blob_text), "text", why, why_cap)) return -1;
    view->texts = (const blob_text *)(base + s->offset);
    view->ntexts = s->count;
    for (uint32_t i = 0; i < view->ntexts; i++) {
      const blob_text *t = &view->texts[i];
      if (t->name >= view->strings_size || t->text >= view->strings_size ||
          t->len >= view->strings_size - t->text || view->strings[t->text + t->len] != '\0')
        return reject(why, why_cap, "text %u outside the string pool", i);
    }
  }
  if ((s = by_id[SEC_PLACES])) {
    if (record_section(s, sizeof(blob_place), "place", why, why_cap)) return -1;
    view->places = (const blob_place *)(base + s->offset);
    view->nplaces = s->count;
  }
  if ((s = by_id[SEC_PLACE_KEYS])) {
    if (record_section(s, sizeof(blob_slot), "place key", why, why_cap)) return -1;
    if (!pow2_or_zero(s->count))
      return reject(why, why_cap, "place key table size %u is not a power of two", s->count);
    view->place_keys = (const blob_slot *)(base + s->offset);
    view->nplace_keys = s->count;
  }
  if ((s = by_id[SEC_PLACE_LISTS])) {
    if (record_section(s, sizeof(uint32_t), "place list", why, why_cap)) return -1;
    view->place_lists = (const uint32_t *)(base + s->offset);
    view->nplace_lists = s->count;
  }
  if (check_entries(view, why, why_cap)) return -1;
  if (check_places(view, why, why_cap)) return -1;
  if (check_slots(view, view->keys, view->nkeys, 1, why, why_cap)) return -1;
  if (check_slots(view, view->exceptions, view->nexceptions, 0, why, why_cap)) return -1;
  if (check_words(view, why, why_cap)) return -1;
  return 0;
}

const blob_slot *blob_find(const blob_view *v, const blob_slot *table, uint32_t nslots,
                           const char *s, size_t n, uint32_t hash, uint8_t tag) {
  if (!nslots || n == 0 || n > UINT16_MAX) return NULL;
  uint32_t mask = nslots - 1;
  for (uint32_t i = hash & mask, probes = 0; probes < nslots; i = (i + 1) & mask, probes++) {
    const blob_slot *slot = &table[i];
    if (slot->key_len == 0) return NULL;
    if (slot->hash == hash && slot->key_len == n && (!tag || slot->tag == tag) &&
        memcmp(v->strings + slot->key, s, n) == 0)
      return slot;
  }
  return NULL;
}

unsigned blob_word_pos(const blob_view *v, const char *s, size_t n) {
  if (!v->nwords || n == 0) return 0;
  uint32_t hash = blob_hash(s, n), mask = v->nwords - 1;
  for (uint32_t i = hash & mask, probes = 0; probes < v->nwords; i = (i + 1) & mask, probes++) {
    const blob_word *w = &v->words[i];
    if (w->key == 0) return 0;
    if ((w->hash_pos & ~0xFFu) == (hash & ~0xFFu) && n < v->strings_size - w->key &&
        memcmp(v->strings + w->key, s, n) == 0 && v->strings[w->key + n] == '\0')
      return w->hash_pos & 0xFFu;
  }
  return 0;
}
