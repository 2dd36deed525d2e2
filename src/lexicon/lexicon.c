/* lexicon.c: opening lexicons on blobs, user dictionaries in front of them, phrase matching, dump and lookup. */
#include "lexicon/lexicon.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buffer.h"
#include "lexicon/build.h"
#include "lexicon/store.h"
#include "text/normalize.h"
#include "text/tokenize.h"

/* ------------------------------------------------------------------ kinds */

static const char *const kind_names[] = {NULL,    "country", "demonym", "capital", "body",
                                         "group", "person",  "role",    "discard"};

const char *lex_kind_name(int kind) {
  return kind >= LEX_COUNTRY && kind <= LEX_DISCARD ? kind_names[kind] : "?";
}

int lex_kind_from_name(const char *s, size_t n) {
  for (int k = LEX_COUNTRY; k <= LEX_DISCARD; k++)
    if (strlen(kind_names[k]) == n && memcmp(kind_names[k], s, n) == 0) return k;
  /* A story discard is a discard with a flag: "--- story Champions League". */
  if (n == 5 && memcmp(s, "story", 5) == 0) return LEX_DISCARD;
  return 0;
}

const char *lex_entry_kind_name(const lex_entry *e) {
  return e->kind == LEX_DISCARD && (e->flags & LEX_FLAG_STORY) ? "story" : lex_kind_name(e->kind);
}

/* ----------------------------------------------------------------- layers */

/* A country entry of a layer: its code and its index among the layer's entries. */
typedef struct lex_country_index {
  char country[4];
  uint32_t entry;
} lex_country_index;

/* qsort order of the country index: by code, then by entry, so the first entry of a code comes first. */
static int compare_country_index(const void *a, const void *b) {
  const lex_country_index *x = a, *y = b;
  int c = memcmp(x->country, y->country, sizeof x->country);
  return c ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

/* Indexes a layer's country entries by their code. */
static int layer_index_countries(dl_context *ctx, lex_layer *l) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < l->view.nentries; i++) n += l->entries[i].kind == LEX_COUNTRY && l->entries[i].country[0];
  if (!n) return DL_OK;
  l->countries = dl_mem_alloc(ctx, n * sizeof *l->countries);
  if (!l->countries) return DL_ENOMEM;
  for (uint32_t i = 0; i < l->view.nentries; i++) {
    const lex_entry *e = &l->entries[i];
    if (e->kind != LEX_COUNTRY || !e->country[0]) continue;
    memcpy(l->countries[l->ncountries].country, e->country, sizeof e->country);
    l->countries[l->ncountries++].entry = i;
  }
  qsort(l->countries, n, sizeof *l->countries, compare_country_index);
  return DL_OK;
}

const lex_entry *lex_country_entry(const dl_lexicon *lex, const char *country) {
  lex_country_index key;
  memset(&key, 0, sizeof key);
  memcpy(key.country, country, strnlen(country, 3));
  /* User layers first, in load order, then the blob's. */
  for (size_t k = 0; k < lex->nlayers; k++) {
    const lex_layer *l = &lex->layers[k + 1 < lex->nlayers ? k + 1 : 0];
    size_t lo = 0, hi = l->ncountries;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (memcmp(l->countries[mid].country, key.country, sizeof key.country) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < l->ncountries && memcmp(l->countries[lo].country, key.country, sizeof key.country) == 0)
      return &l->entries[l->countries[lo].entry];
  }
  return NULL;
}

size_t lex_entry_phrases(const dl_lexicon *lex, const lex_entry *e, const char **out, size_t max) {
  for (size_t k = 0; k < lex->nlayers; k++) {
    const lex_layer *l = &lex->layers[k];
    const blob_view *v = &l->view;
    if (!l->entries || e < l->entries || e >= l->entries + v->nentries) continue;
    const blob_entry *b = &v->entries[e - l->entries];
    for (uint32_t i = 0; i < b->nphrases && i < max; i++) out[i] = v->strings + v->phrases[b->phrases + i];
    return b->nphrases;
  }
  return 0;
}

/* Frees what a layer owns. */
static void layer_free(dl_context *ctx, lex_layer *l) {
  dl_mem_free(ctx, l->entries, (size_t)l->view.nentries * sizeof *l->entries);
  dl_mem_free(ctx, l->countries, l->ncountries * sizeof *l->countries);
  lex_layer_free_places(ctx, l);
  dl_mem_free(ctx, l->owned, l->owned_size);
  if (l->mapped) munmap(l->mapped, l->mapped_size);
  memset(l, 0, sizeof *l);
}

/*
 * Validates a blob into a layer and makes its entries: the lex_entry
 * records point into the blob's strings, so nothing else is copied.
 */
static int layer_init(dl_context *ctx, lex_layer *l, const void *data, size_t size) {
  char why[200];
  if (blob_validate(data, size, &l->view, why, sizeof why) != 0)
    return dl_error(ctx, DL_EBADRECORD, "invalid lexicon blob: %s", why);
  const blob_view *v = &l->view;
  if (v->nentries) {
    l->entries = dl_mem_alloc(ctx, (size_t)v->nentries * sizeof *l->entries);
    if (!l->entries) return dl_error(ctx, DL_ENOMEM, "out of memory");
  }
  for (uint32_t i = 0; i < v->nentries; i++) {
    const blob_entry *b = &v->entries[i];
    lex_entry *e = &l->entries[i];
    e->code = v->strings + b->code;
    e->canonical = v->strings + b->canonical;
    e->source = v->strings + b->source;
    e->kind = b->kind;
    e->flags = b->flags;
    memcpy(e->country, b->country, sizeof e->country);
    memcpy(e->roles, b->roles, sizeof e->roles);
    e->from_day = b->from_day;
    e->to_day = b->to_day;
  }
  if (layer_index_countries(ctx, l) != DL_OK) return dl_error(ctx, DL_ENOMEM, "out of memory");
  return DL_OK;
}

dl_lexicon *lex_open(dl_context *ctx, const void *data, size_t size, void *owned, size_t owned_size,
                     void *mapped, size_t mapped_size) {
  dl_lexicon *lex = dl_mem_calloc(ctx, 1, sizeof *lex);
  if (!lex) {
    dl_mem_free(ctx, owned, owned_size);
    if (mapped) munmap(mapped, mapped_size);
    dl_error(ctx, DL_ENOMEM, "out of memory");
    return NULL;
  }
  lex->ctx = ctx;
  lex_layer *l = &lex->layers[0];
  l->owned = owned;
  l->owned_size = owned_size;
  l->mapped = mapped;
  l->mapped_size = mapped_size;
  lex->nlayers = 1;
  if (layer_init(ctx, l, data, size) != DL_OK) {
    dl_lexicon_free(lex);
    return NULL;
  }
  if (l->view.nwords || l->view.nexceptions) lex->lemmas = &l->view;
  /* The compiler stores the filter in the blob; a blob from elsewhere gets one built. */
  const blob_view *view = &l->view;
  if (lex_bases_build(ctx, lex->lemmas, &lex->bases) != DL_OK ||
      (lex_filter_of_blob(view, &lex->filter) != 0 && lex_filter_build(ctx, &view, 1, lex, &lex->filter) != DL_OK)) {
    dl_lexicon_free(lex);
    dl_error(ctx, DL_ENOMEM, "out of memory");
    return NULL;
  }
  return lex;
}

dl_lexicon *dl_lexicon_open_blob(dl_context *ctx, const void *blob, size_t len) {
  if (!ctx) return NULL;
  return lex_open(ctx, blob, len, NULL, 0, NULL, 0);
}

dl_lexicon *dl_lexicon_open_file(dl_context *ctx, const char *path) {
  if (!ctx) return NULL;
  int fd = open(path, O_RDONLY);
  char why[128];
  if (fd < 0) {
    dl_error(ctx, DL_EIO, "%s: %s", path, dl_errno_message(errno, why, sizeof why));
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    close(fd);
    dl_error(ctx, DL_EIO, "%s: not a lexicon blob file", path);
    return NULL;
  }
  size_t size = (size_t)st.st_size;
  void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
  int err = errno; /* before close, which may change it */
  close(fd);
  if (map == MAP_FAILED) {
    dl_error(ctx, DL_EIO, "%s: %s", path, dl_errno_message(err, why, sizeof why));
    return NULL;
  }
  dl_lexicon *lex = lex_open(ctx, map, size, NULL, 0, map, size);
  if (!lex) {
    char msg[sizeof ctx->errmsg];
    snprintf(msg, sizeof msg, "%s", dl_context_errmsg(ctx));
    dl_error(ctx, DL_EBADRECORD, "%s: %s", path, msg);
  }
  return lex;
}

void dl_lexicon_free(dl_lexicon *lex) {
  if (!lex) return;
  for (size_t i = 0; i < lex->nlayers; i++) layer_free(lex->ctx, &lex->layers[i]);
  lex_filter_free(lex->ctx, &lex->filter);
  lex_bases_free(lex->ctx, &lex->bases);
  dl_mem_free(lex->ctx, lex, sizeof *lex);
}

int lex_add_layer(dl_lexicon *lex, void *blob, size_t size, size_t alloc_size) {
  if (lex->nlayers >= LEX_MAX_LAYERS) {
    dl_mem_free(lex->ctx, blob, alloc_size);
    return dl_error(lex->ctx, DL_ETOOBIG, "more than %d dictionaries", LEX_MAX_LAYERS - 1);
  }
  lex_layer *l = &lex->layers[lex->nlayers];
  memset(l, 0, sizeof *l);
  l->owned = blob;
  l->owned_size = alloc_size;
  if (layer_init(lex->ctx, l, blob, size) != DL_OK) {
    layer_free(lex->ctx, l);
    return DL_EBADRECORD;
  }
  /* A filter over every layer replaces the old one, only once it is built. */
  const blob_view *views[LEX_MAX_LAYERS];
  for (size_t i = 0; i <= lex->nlayers; i++) views[i] = &lex->layers[i].view;
  lex_filter filter;
  if (lex_filter_build(lex->ctx, views, lex->nlayers + 1, lex, &filter) != DL_OK) {
    layer_free(lex->ctx, l);
    return dl_error(lex->ctx, DL_ENOMEM, "out of memory");
  }
  lex_filter_free(lex->ctx, &lex->filter);
  lex->filter = filter;
  lex->nlayers++;
  return DL_OK;
}

/* ------------------------------------------------------------ dictionaries */

int dl_lexicon_load_text(dl_lexicon *lex, const char *name, const char *text, size_t len,
                         dl_buffer *errors, dl_dictionary_stats *stats) {
  if (!lex || (!text && len)) return DL_EUSAGE;
  dl_context *ctx = lex->ctx;
  if (lex->nlayers >= LEX_MAX_LAYERS)
    return dl_error(ctx, DL_ETOOBIG, "more than %d dictionaries", LEX_MAX_LAYERS - 1);
  lex_builder *b = lex_builder_new(ctx, lex);
  if (!b) return dl_error(ctx, DL_ENOMEM, "out of memory");
  int rc = lex_builder_add_text(b, name ? name : "-", text ? text : "", len, LEX_FORMAT_AUTO, errors, stats);
  dl_buffer blob;
  dl_buffer_init(&blob, ctx);
  if (rc == DL_OK) rc = lex_builder_finish(b, &blob);
  lex_builder_free(b);
  if (rc == DL_OK) rc = lex_add_layer(lex, blob.data, blob.len, blob.cap);
  else dl_buffer_free(&blob);
  if (rc == DL_EBADRECORD && stats && stats->errors)
    dl_error(ctx, rc, "%s: %zu error%s", name ? name : "-", stats->errors, stats->errors == 1 ? "" : "s");
  return rc;
}

int dl_lexicon_load_dictionary(dl_lexicon *lex, const char *path, dl_buffer *errors,
                               dl_dictionary_stats *stats) {
  if (!lex || !path) return DL_EUSAGE;
  dl_context *ctx = lex->ctx;
  FILE *f = fopen(path, "rb");
  if (!f) {
    char why[128];
    int rc = dl_error(ctx, DL_EIO, "%s: %s", path, dl_errno_message(errno, why, sizeof why));
    if (errors) dl_buffer_printf(errors, "%s\n", dl_context_errmsg(ctx));
    return rc;
  }
  dl_buffer text;
  dl_buffer_init(&text, ctx);
  char chunk[65536];
  size_t got;
  int rc = DL_OK;
  while (rc == DL_OK && (got = fread(chunk, 1, sizeof chunk, f)) > 0) rc = dl_buffer_put(&text, chunk, got);
  if (rc == DL_OK && ferror(f)) rc = dl_error(ctx, DL_EIO, "%s: read error", path);
  fclose(f);
  if (rc == DL_OK) rc = dl_lexicon_load_text(lex, path, text.data ? text.data : "", text.len, errors, stats);
  dl_buffer_free(&text);
  return rc;
}

int dl_lexicon_compile(dl_context *ctx, const char *const *paths, size_t npaths,
                       const char *wordnet_dir, const dl_lexicon *lemmas, dl_buffer *blob,
                       dl_buffer *errors) {
  if (!ctx || !blob || (npaths && !paths)) return DL_EUSAGE;
  lex_builder *b = lex_builder_new(ctx, NULL);
  if (!b) return dl_error(ctx, DL_ENOMEM, "out of memory");
  int rc = DL_OK, bad = 0;
  if (wordnet_dir) rc = lex_builder_add_wordnet(b, wordnet_dir);
  else if (lemmas) rc = lex_builder_import_lemmas(b, lemmas);
  if (rc != DL_OK && errors) dl_buffer_printf(errors, "%s\n", dl_context_errmsg(ctx));
  for (size_t i = 0; rc == DL_OK && i < npaths; i++) {
    int r = lex_builder_add_file(b, paths[i], LEX_FORMAT_AUTO, errors, NULL);
    if (r == DL_EBADRECORD || r == DL_EIO) bad = 1;
    else rc = r;
  }
  if (rc == DL_OK && bad) rc = dl_error(ctx, DL_EBADRECORD, "the dictionaries have errors");
  if (rc == DL_OK) rc = lex_builder_finish(b, blob);
  lex_builder_free(b);
  return rc;
}

/* --------------------------------------------------------------- matching */

/*
 * Probes one layer's key table for keys[0, n) joined by spaces, hashed as h;
 * total is the joined length.
 */
static const blob_slot *probe_keys(const blob_view *v, uint32_t h, const char *const *keys, const size_t *lens,
                                   size_t n, size_t total) {
  if (!v->nkeys || total > UINT16_MAX) return NULL;
  uint32_t mask = v->nkeys - 1;
  for (uint32_t i = h & mask, probes = 0; probes < v->nkeys; i = (i + 1) & mask, probes++) {
    const blob_slot *s = &v->keys[i];
    if (s->key_len == 0) return NULL;
    if (s->hash != h || s->key_len != total) continue;
    const char *k = v->strings + s->key;
    size_t at = 0, j = 0;
    for (; j < n; j++) {
      if (j && k[at++] != ' ') break;
      if (memcmp(k + at, keys[j], lens[j]) != 0) break;
      at += lens[j];
    }
    if (j == n) return s;
  }
  return NULL;
}

/* Appends a slot's entries of one layer to hits, up to LEX_MAX_HITS. */
static void collect(const lex_layer *l, const blob_slot *s, const lex_entry **hits, size_t *nhits, size_t max) {
  for (uint32_t i = 0; i < s->count && *nhits < max; i++) hits[(*nhits)++] = &l->entries[l->view.lists[s->value + i]];
}

size_t lex_match(const dl_lexicon *lex, const char *const *keys, const size_t *key_lens, size_t n,
                 const lex_entry **hits, size_t *nhits) {
  *nhits = 0;
  if (!lex || n == 0 || key_lens[0] == 0) return 0;
  /* Most words start no phrase, and the filter says so without reading the key table. */
  if (!lex_filter_may_start(&lex->filter, keys[0], key_lens[0])) return 0;
  if (n > LEX_MAX_PHRASE_TOKENS) n = LEX_MAX_PHRASE_TOKENS;
  const blob_slot *best_slot[LEX_MAX_LAYERS];
  size_t best_len[LEX_MAX_LAYERS];
  for (size_t l = 0; l < lex->nlayers; l++) {
    best_slot[l] = NULL;
    best_len[l] = 0;
  }
  unsigned alive = (1u << lex->nlayers) - 1;
  uint32_t h = BLOB_HASH_INIT;
  size_t best = 0, total = 0;
  for (size_t k = 0; k < n && alive && key_lens[k]; k++) {
    if (k) {
      h = blob_hash_add(h, " ", 1);
      total++;
    }
    h = blob_hash_add(h, keys[k], key_lens[k]);
    total += key_lens[k];
    uint32_t fh = blob_hash_final(h);
    for (size_t l = 0; l < lex->nlayers; l++) {
      if (!(alive & (1u << l))) continue;
      const blob_slot *s = probe_keys(&lex->layers[l].view, fh, keys, key_lens, k + 1, total);
      if (!s || !(s->tag & KEY_PREFIX)) alive &= ~(1u << l);
      if (s && (s->tag & KEY_PHRASE)) {
        best_slot[l] = s;
        best_len[l] = k + 1;
        best = k + 1;
      }
    }
  }
  if (!best) return 0;
  /* User layers first, in load order, then the blob the lexicon was opened on. */
  for (size_t i = 1; i <= lex->nlayers; i++) {
    size_t l = i % lex->nlayers;
    if (best_len[l] == best) collect(&lex->layers[l], best_slot[l], hits, nhits, LEX_MAX_HITS);
  }
  return best;
}

size_t lex_lookup_key(const dl_lexicon *lex, const char *key, size_t len, const lex_entry **hits,
                      size_t max_hits) {
  size_t n = 0;
  if (!lex || len == 0) return 0;
  uint32_t h = blob_hash(key, len);
  for (size_t i = 1; i <= lex->nlayers; i++) {
    const lex_layer *l = &lex->layers[i % lex->nlayers];
    const blob_slot *s = blob_find(&l->view, l->view.keys, l->view.nkeys, key, len, h, 0);
    if (s && (s->tag & KEY_PHRASE)) collect(l, s, hits, &n, max_hits);
  }
  return n;
}

/* ------------------------------------------------------------------- dump */

/* Appends a day as YYYY-MM-DD. */
static void put_day(dl_buffer *out, int32_t day) {
  int y, m, d;
  lex_civil_from_days(day, &y, &m, &d);
  dl_buffer_printf(out, "%04d-%02d-%02d", y, m, d);
}

/* Appends " FROM..TO" when the entry has a date range. */
static void put_range(dl_buffer *out, const lex_entry *e, const char *lead) {
  if (e->from_day == LEX_DAY_MIN && e->to_day == LEX_DAY_MAX) return;
  dl_buffer_puts(out, lead);
  if (e->from_day != LEX_DAY_MIN) put_day(out, e->from_day);
  dl_buffer_puts(out, "..");
  if (e->to_day != LEX_DAY_MAX) put_day(out, e->to_day);
}

/* A key slot, for sorting the keys of one layer. */
typedef struct dump_key {
  const char *key;       /* the key */
  const blob_slot *slot; /* its slot */
} dump_key;

static int dump_key_cmp(const void *a, const void *b) {
  return strcmp(((const dump_key *)a)->key, ((const dump_key *)b)->key);
}

/* Appends one layer: its entries, then its keys in byte order. */
static int dump_layer(const dl_lexicon *lex, size_t li, dl_buffer *out) {
  const lex_layer *l = &lex->layers[li];
  const blob_view *v = &l->view;
  uint32_t used = 0;
  for (uint32_t i = 0; i < v->nkeys; i++) used += v->keys[i].key_len != 0;
  uint32_t words = 0;
  for (uint32_t i = 0; i < v->nwords; i++) words += v->words[i].key != 0;
  uint32_t exc = 0;
  for (uint32_t i = 0; i < v->nexceptions; i++) exc += v->exceptions[i].key_len != 0;
  dl_buffer_printf(out, "# %s: %u entries, %u keys, %u words, %u exceptions\n",
                   li ? "dictionary" : "lexicon", v->nentries, used, words, exc);
  if (v->nplaces) { /* a gazetteer is too long to print: its counts only */
    uint32_t names = 0, prefixes = 0;
    for (uint32_t i = 0; i < v->nplace_keys; i++) {
      names += (v->place_keys[i].tag & KEY_PHRASE) != 0;
      prefixes += v->place_keys[i].tag == KEY_PREFIX;
    }
    dl_buffer_printf(out, "# places: %u places, %u names, %u name prefixes\n", v->nplaces, names, prefixes);
  }
  for (uint32_t i = 0; i < v->nentries; i++) {
    const blob_entry *b = &v->entries[i];
    const lex_entry *e = &l->entries[i];
    dl_buffer_printf(out, "%s %s ", e->code, lex_entry_kind_name(e));
    for (uint32_t p = 0; p < b->nphrases; p++)
      dl_buffer_printf(out, "%s%s", p ? " | " : "", v->strings + v->phrases[b->phrases + p]);
    put_range(out, e, " ");
    dl_buffer_printf(out, "  # %s%s\n", e->source, (e->flags & LEX_FLAG_PETRARCH) ? " petrarch" : "");
  }
  dump_key *sorted = used ? dl_mem_alloc(lex->ctx, used * sizeof *sorted) : NULL;
  if (used && !sorted) return DL_ENOMEM;
  uint32_t k = 0;
  for (uint32_t i = 0; i < v->nkeys; i++)
    if (v->keys[i].key_len) {
      sorted[k].key = v->strings + v->keys[i].key;
      sorted[k++].slot = &v->keys[i];
    }
  if (used) qsort(sorted, used, sizeof *sorted, dump_key_cmp);
  for (uint32_t i = 0; i < used; i++) {
    const blob_slot *s = sorted[i].slot;
    dl_buffer_printf(out, "key \"%s\":", sorted[i].key);
    for (uint32_t j = 0; j < s->count; j++) dl_buffer_printf(out, " %s", l->entries[v->lists[s->value + j]].code);
    dl_buffer_puts(out, (s->tag & KEY_PREFIX) ? (s->count ? "; prefix\n" : " prefix\n") : "\n");
  }
  dl_mem_free(lex->ctx, sorted, used * sizeof *sorted);
  return DL_OK;
}

int dl_lexicon_dump(const dl_lexicon *lex, dl_buffer *out) {
  if (!lex || !out) return DL_EUSAGE;
  for (size_t i = 1; i <= lex->nlayers; i++) {
    int rc = dump_layer(lex, i % lex->nlayers, out);
    if (rc != DL_OK) return rc;
  }
  return dl_buffer_put(out, "", 0);
}

/* ----------------------------------------------------------------- lookup */

int dl_lexicon_lookup(const dl_lexicon *lex, const char *text, size_t len, const char *date,
                      dl_buffer *out) {
  if (!lex || !out || (!text && len)) return DL_EUSAGE;
  int32_t day = LEX_DAY_MIN;
  if (date) {
    int ok;
    day = lex_day_number(date, strlen(date), &ok);
    if (!ok) return dl_error(lex->ctx, DL_EUSAGE, "bad date '%s' (expected YYYY-MM-DD)", date);
  }
  dl_context *ctx = lex->ctx;
  dl_buffer norm, keybuf;
  dl_buffer_init(&norm, ctx);
  dl_buffer_init(&keybuf, ctx);
  dl_token_vec tokens = {NULL, 0, 0};
  const char **keys = NULL;
  size_t *lens = NULL;
  uint32_t *offs = NULL;
  int rc = norm_string(&norm, text ? text : "", len, NORM_COLLAPSE_SPACE);
  if (rc == DL_OK && !norm.data) rc = dl_buffer_put(&norm, "", 0);
  if (rc == DL_OK) rc = tokenize(ctx, norm.data, 0, norm.len, &tokens);
  size_t n = tokens.len;
  if (rc == DL_OK && n) {
    keys = dl_mem_alloc(ctx, n * sizeof *keys);
    lens = dl_mem_alloc(ctx, n * sizeof *lens);
    offs = dl_mem_alloc(ctx, n * sizeof *offs);
    if (!keys || !lens || !offs) rc = DL_ENOMEM;
  }
  /* The keys a phrase may use, into one buffer (pointers are set once it stops growing); the others are empty. */
  if (rc == DL_OK && n)
    rc = lex_phrase_keys(lex, norm.data, norm.len, tokens.items, n, 0, LEX_MAX_TOKEN_KEY, &keybuf, offs, lens);
  for (size_t i = 0; rc == DL_OK && i < n; i++) keys[i] = keybuf.data + offs[i];
  int matched = 0;
  for (size_t i = 0; rc == DL_OK && i < n;) {
    const lex_entry *hits[LEX_MAX_HITS];
    size_t nhits;
    size_t k = lex_match(lex, keys + i, lens + i, n - i, hits, &nhits);
    if (!k) {
      i++;
      continue;
    }
    matched = 1;
    const dl_token *a = &tokens.items[i], *z = &tokens.items[i + k - 1];
    dl_buffer_printf(out, "%zu-%zu \"%.*s\" key \"", i + 1, i + k, (int)(z->start + z->len - a->start),
                     norm.data + a->start);
    for (size_t j = 0; j < k; j++) dl_buffer_printf(out, "%s%.*s", j ? " " : "", (int)lens[i + j], keys[i + j]);
    dl_buffer_puts(out, "\"\n");
    for (size_t h = 0; h < nhits; h++) {
      const lex_entry *e = hits[h];
      dl_buffer_printf(out, "  %s %s", e->code, lex_entry_kind_name(e));
      if (e->from_day == LEX_DAY_MIN && e->to_day == LEX_DAY_MAX) dl_buffer_puts(out, " always");
      else put_range(out, e, " ");
      dl_buffer_printf(out, " \"%s\" %s%s%s\n", e->canonical, e->source, (e->flags & LEX_FLAG_STORY) ? " story" : "",
                       lex_entry_applies(e, day) ? "" : " (not on that date)");
    }
    i += k;
  }
  if (rc == DL_OK && !matched) rc = dl_buffer_puts(out, "no match\n");
  dl_mem_free(ctx, keys, n * sizeof *keys);
  dl_mem_free(ctx, lens, n * sizeof *lens);
  dl_mem_free(ctx, offs, n * sizeof *offs);
  DL_VEC_FREE(ctx, tokens);
  dl_buffer_free(&keybuf);
  dl_buffer_free(&norm);
  return rc;
}

size_t lex_texts(const dl_lexicon *lex, lex_text *out, size_t max) {
  size_t n = 0;
  for (size_t k = 0; k < lex->nlayers; k++) {
    /* Layer 0 is the base blob: it comes last. */
    const blob_view *v = &lex->layers[k + 1 < lex->nlayers ? k + 1 : 0].view;
    for (uint32_t i = 0; i < v->ntexts; i++, n++)
      if (n < max) {
        out[n].format = (int)v->texts[i].format;
        out[n].name = v->strings + v->texts[i].name;
        out[n].text = v->strings + v->texts[i].text;
        out[n].len = v->texts[i].len;
        out[n].user = k + 1 < lex->nlayers;
      }
  }
  return n;
}
