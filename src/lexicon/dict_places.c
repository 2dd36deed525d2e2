/* dict_places.c: the gazetteer: place files read into the compiler, place names folded, places looked up. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/buffer.h"
#include "lexicon/build.h"
#include "lexicon/places.h"
#include "lexicon/store.h"

/*
 * A gazetteer file (data/geo/README) holds one place a line, nine fields
 * separated by tabs:
 *
 *   geonameid  name  alternate|names  country  admin1  lat  lon  feature  population
 *
 * Lines that start with '#' and blank lines are skipped. Each name and
 * alternate name is folded (lex_place_fold) into a key; the key and the
 * first words of it are stored, so that a longest match can stop as soon as
 * no longer name can follow.
 */

/* The longest folded name, in bytes. */
#define PLACE_MAX_KEY 255
/* The number of fields of a place line. */
#define PLACE_FIELDS 9
/* The most names of one place: its name and 63 alternate names. */
#define PLACE_MAX_NAMES 64

/* ---------------------------------------------------------------- folding */

/* Nonzero for the marks that stand between the parts of a name: apostrophes and their look-alikes. */
static int is_apostrophe(utf8proc_int32_t c) {
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032 || c == 0x00B4 ||
         c == 0x02B9 || c == 0x02BB || c == 0x02BC || c == 0x02BD || c == 0x02BE || c == 0x02BF;
}

/* A folded name being written: out[0, cap) or, with out NULL, only its length. */
typedef struct fold_state {
  char *out;
  size_t cap;
  size_t len;   /* bytes the folded name has so far */
  int space;    /* a separator is pending */
  int overflow; /* it did not fit */
} fold_state;

/* Adds one code point: a letter or digit as it is (ASCII capitals lowered), a separator as a pending space. */
static void fold_put(fold_state *st, utf8proc_int32_t c) {
  int sep = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || is_apostrophe(c);
  if (!sep && c >= 0x80) {
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_PD) sep = 1;
    else if (!((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
               (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO)))
      return; /* punctuation, symbols, marks, controls */
  } else if (!sep) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return;
  }
  if (sep) {
    st->space = st->len > 0;
    return;
  }
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t k = utf8proc_encode_char(c, buf);
  if (k <= 0) return;
  size_t need = (size_t)st->space + (size_t)k;
  if (st->out && st->len + need + 1 > st->cap) st->overflow = 1;
  if (st->out && !st->overflow) {
    if (st->space) st->out[st->len] = ' ';
    memcpy(st->out + st->len + (size_t)st->space, buf, (size_t)k);
  }
  st->len += need;
  st->space = 0;
}

/* Folds s[0, n) into st. */
static void fold_run(fold_state *st, const char *s, size_t n) {
  const utf8proc_option_t opts = UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT;
  for (size_t i = 0; i < n && !st->overflow;) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* ASCII needs no tables */
      fold_put(st, b);
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) { /* a byte that is not UTF-8 is dropped */
      i++;
      continue;
    }
    i += (size_t)k;
    /* Compatibility decomposition, marks stripped, case folded: one code point becomes a few. */
    utf8proc_int32_t dec[32];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    utf8proc_ssize_t m = utf8proc_decompose_char(cp, dec, 32, opts, &boundclass);
    if (m < 0 || m > 32) continue;
    for (utf8proc_ssize_t j = 0; j < m; j++) fold_put(st, dec[j]);
  }
}

size_t lex_place_fold(const char *s, size_t n, char *out, size_t cap) {
  if (!out || cap == 0) return 0;
  fold_state st = {out, cap, 0, 0, 0};
  if (s) fold_run(&st, s, n);
  if (st.overflow) st.len = 0;
  out[st.len] = '\0';
  return st.len;
}

/* The length of s[0, n) folded, however long. */
static size_t fold_length(const char *s, size_t n) {
  fold_state st = {NULL, 0, 0, 0, 0};
  fold_run(&st, s, n);
  return st.len;
}

/* ---------------------------------------------------------------- reading */

/* The place key of the string b->text[0, n), created with flags; UINT32_MAX when out of memory. */
static uint32_t place_key_for(lex_builder *b, size_t n, unsigned flags) {
  uint32_t sid = build_intern(b, b->text.data, n);
  if (sid == UINT32_MAX) return UINT32_MAX;
  while (b->place_key_of.len <= sid)
    if (DL_VEC_PUSH(b->ctx, b->place_key_of, 0) != DL_OK) return UINT32_MAX;
  uint32_t k = b->place_key_of.items[sid];
  if (!k) {
    build_key key = {sid, 0, 0, UINT32_MAX, UINT32_MAX};
    if (DL_VEC_PUSH(b->ctx, b->place_keys, key) != DL_OK) return UINT32_MAX;
    k = (uint32_t)b->place_keys.len;
    b->place_key_of.items[sid] = k;
  }
  b->place_keys.items[k - 1].flags |= (uint8_t)flags;
  return k - 1;
}

/* Links a place to a key unless it is linked already. Chains are unbounded here; lists are cut when written. */
static int place_link(lex_builder *b, uint32_t k, uint32_t place) {
  for (uint32_t l = b->place_keys.items[k].first; l != UINT32_MAX; l = b->place_links.items[l].next)
    if (b->place_links.items[l].entry == place) return DL_OK;
  build_link link = {place, UINT32_MAX};
  if (DL_VEC_PUSH(b->ctx, b->place_links, link) != DL_OK) return DL_ENOMEM;
  uint32_t id = (uint32_t)b->place_links.len - 1;
  build_key *key = &b->place_keys.items[k];
  if (key->last == UINT32_MAX) key->first = id;
  else b->place_links.items[key->last].next = id;
  key->last = id;
  if (key->count < UINT8_MAX) key->count++;
  return DL_OK;
}

/* Stores a folded name key[0, n) for a place: the key itself, and each run of its first words as a prefix. */
static int place_add_key(lex_builder *b, const char *key, size_t n, uint32_t place) {
  dl_buffer_clear(&b->text);
  int rc = dl_buffer_put(&b->text, key, n);
  if (rc != DL_OK) return rc;
  for (size_t i = 0; i < n; i++)
    if (key[i] == ' ' && place_key_for(b, i, KEY_PREFIX) == UINT32_MAX) return DL_ENOMEM;
  uint32_t k = place_key_for(b, n, KEY_PHRASE);
  return k == UINT32_MAX ? DL_ENOMEM : place_link(b, k, place);
}

/* Nonzero when s[0, n) is one to ten digits worth at most UINT32_MAX; the value in *v. */
static int read_u32(const char *s, size_t n, uint32_t *v) {
  if (n == 0 || n > 10) return 0;
  uint64_t x = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    x = x * 10 + (uint64_t)(s[i] - '0');
  }
  if (x > UINT32_MAX) return 0;
  *v = (uint32_t)x;
  return 1;
}

/* Nonzero when s[0, n) is a decimal number ("-12.3456", "71", "0.5") within [-limit, limit]; its value in *v. */
static int read_degrees(const char *s, size_t n, double limit, float *v) {
  size_t i = 0;
  int neg = 0;
  if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  double x = 0, scale = 1;
  size_t digits = 0, frac = 0;
  for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) x = x * 10 + (s[i] - '0');
  if (i < n && s[i] == '.')
    for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++, frac++) {
      scale /= 10;
      x += (s[i] - '0') * scale;
    }
  if (i != n || digits == 0 || digits > 3 || frac > 8) return 0;
  if (neg) x = -x;
  if (x < -limit || x > limit) return 0;
  *v = (float)x;
  return 1;
}

/* Nonzero for a feature code: one to seven capitals and digits, a capital first. */
static int valid_feature(const char *s, size_t n) {
  if (n == 0 || n > 7 || s[0] < 'A' || s[0] > 'Z') return 0;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
  return 1;
}

/* Nonzero for an ISO 3166-2 code: two capitals, '-', one to three capitals and digits ("PK-KP", "AT-3"). */
static int valid_admin1(const char *s, size_t n) {
  if (n < 4 || n > 6 || s[2] != '-') return 0;
  for (size_t i = 0; i < n; i++) {
    if (i == 2) continue;
    int upper = s[i] >= 'A' && s[i] <= 'Z', digit = s[i] >= '0' && s[i] <= '9';
    if (!(upper || (digit && i > 2))) return 0;
  }
  return 1;
}

/* Why a name cannot be stored, or NULL. */
static const char *check_name(const char *s, size_t n) {
  if (n == 0) return "empty name";
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7F) return "a control character in a name";
    if (c < 0x80) {
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return "a name is not UTF-8";
    i += (size_t)k;
  }
  if (s[0] == ' ' || s[n - 1] == ' ') return "a name starts or ends with a space";
  size_t k = fold_length(s, n);
  if (k == 0) return "a name has no letter or digit";
  if (k > PLACE_MAX_KEY) return "a name folds to more than 255 bytes";
  return NULL;
}

/* Reads one line that is not a comment; DL_OK (errors are reported and counted) or DL_ENOMEM. */
static int place_line(lex_builder *b, const char *s, size_t n, size_t line) {
  const char *f[PLACE_FIELDS];
  size_t fl[PLACE_FIELDS], nf = 0;
  for (size_t a = 0;;) {
    const char *tab = memchr(s + a, '\t', n - a);
    size_t e = tab ? (size_t)(tab - s) : n;
    if (nf < PLACE_FIELDS) {
      f[nf] = s + a;
      fl[nf] = e - a;
    }
    nf++;
    if (!tab) break;
    a = e + 1;
  }
  if (nf != PLACE_FIELDS) {
    build_error(b, line, "%zu tab-separated fields, expected %d (geonameid, name, alternate names, country, admin1, "
                "lat, lon, feature, population)", nf, PLACE_FIELDS);
    return DL_OK;
  }
  b->stats->records++;
  blob_place p;
  memset(&p, 0, sizeof p);
  if (!read_u32(f[0], fl[0], &p.geonameid)) {
    build_error(b, line, "bad geonameid '%.*s' (expected digits)", (int)fl[0], f[0]);
    return DL_OK;
  }
  if (fl[3] && (fl[3] != 3 || !build_is_country(f[3]))) {
    build_error(b, line, "bad country '%.*s' (expected an ISO 3166-1 alpha-3 code or nothing)", (int)fl[3], f[3]);
    return DL_OK;
  }
  if (fl[4] && !valid_admin1(f[4], fl[4])) {
    build_error(b, line, "bad admin1 '%.*s' (expected an ISO 3166-2 code like PK-KP, or nothing)", (int)fl[4], f[4]);
    return DL_OK;
  }
  if (!read_degrees(f[5], fl[5], 90.0, &p.lat)) {
    build_error(b, line, "bad latitude '%.*s' (expected degrees north, -90 to 90)", (int)fl[5], f[5]);
    return DL_OK;
  }
  if (!read_degrees(f[6], fl[6], 180.0, &p.lon)) {
    build_error(b, line, "bad longitude '%.*s' (expected degrees east, -180 to 180)", (int)fl[6], f[6]);
    return DL_OK;
  }
  if (!valid_feature(f[7], fl[7])) {
    build_error(b, line, "bad feature code '%.*s' (expected one to seven capitals and digits)", (int)fl[7], f[7]);
    return DL_OK;
  }
  if (!read_u32(f[8], fl[8], &p.population)) {
    build_error(b, line, "bad population '%.*s' (expected digits)", (int)fl[8], f[8]);
    return DL_OK;
  }
  memcpy(p.country, f[3], fl[3]);
  memcpy(p.admin1, f[4], fl[4]);
  memcpy(p.feature, f[7], fl[7]);
  /* The name, then the alternate names: every one is checked before anything is stored. */
  const char *names[PLACE_MAX_NAMES];
  size_t lens[PLACE_MAX_NAMES], nnames = 1;
  names[0] = f[1];
  lens[0] = fl[1];
  for (size_t a = 0; fl[2] && a <= fl[2];) {
    const char *bar = memchr(f[2] + a, '|', fl[2] - a);
    size_t e = bar ? (size_t)(bar - f[2]) : fl[2];
    if (nnames == PLACE_MAX_NAMES) {
      build_error(b, line, "more than %d alternate names", PLACE_MAX_NAMES - 1);
      return DL_OK;
    }
    names[nnames] = f[2] + a;
    lens[nnames++] = e - a;
    a = e + 1;
  }
  for (size_t i = 0; i < nnames; i++) {
    const char *why = i && lens[i] == 0 ? "empty alternate name" : check_name(names[i], lens[i]);
    if (why) {
      build_error(b, line, "%s", why);
      return DL_OK;
    }
  }
  if (b->places.len >= UINT32_MAX / 4) {
    build_error(b, line, "too many places");
    return DL_OK;
  }
  uint32_t name = build_intern(b, f[1], fl[1]);
  if (name == UINT32_MAX) return DL_ENOMEM;
  p.name = build_offset(b, name);
  uint32_t index = (uint32_t)b->places.len;
  int rc = DL_VEC_PUSH(b->ctx, b->places, p);
  for (size_t i = 0; rc == DL_OK && i < nnames; i++) {
    char key[PLACE_MAX_KEY + 1];
    size_t klen = lex_place_fold(names[i], lens[i], key, sizeof key);
    rc = place_add_key(b, key, klen, index);
  }
  b->stats->entries++;
  b->stats->phrases += nnames;
  return rc;
}

int build_read_places(lex_builder *b, const char *text, size_t len) {
  if (memchr(text, '\0', len)) {
    build_error(b, 1, "a NUL byte in a place file");
    return DL_OK;
  }
  size_t line = 0;
  int rc = DL_OK;
  for (size_t i = 0; rc == DL_OK && i < len;) {
    const char *s = text + i;
    const char *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    line++;
    if (n && s[n - 1] == '\r') n--;
    if (n == 0 || s[0] == '#') continue;
    rc = place_line(b, s, n, line);
  }
  return rc;
}

/* ---------------------------------------------------------------- writing */

/* A place of a key's list, for ordering: the most populous first, then in file order. */
typedef struct place_rank {
  uint32_t population;
  uint32_t index;
} place_rank;

static int place_rank_cmp(const void *pa, const void *pb) {
  const place_rank *a = pa, *b = pb;
  if (a->population != b->population) return a->population > b->population ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* The smallest power of two at least n and at least 8. */
static uint32_t place_table_size(size_t n) {
  uint32_t s = 8;
  while (s < n && s < (1u << 30)) s *= 2;
  return s;
}

int build_place_tables(lex_builder *b, blob_slot **keys_out, uint32_t *nkeys_out, uint32_t **lists_out,
                       uint32_t *nlists_out) {
  *keys_out = NULL;
  *lists_out = NULL;
  *nkeys_out = *nlists_out = 0;
  if (!b->places.len) return DL_OK;
  dl_context *ctx = b->ctx;
  /* At most two thirds full: twice as many slots as keys would make a large gazetteer's table twice as big. */
  size_t nk = b->place_keys.len, nlists = 0;
  for (size_t k = 0; k < nk; k++)
    nlists += b->place_keys.items[k].count < LEX_MAX_PLACES ? b->place_keys.items[k].count : LEX_MAX_PLACES;
  if (nk > (1u << 29) || nlists > UINT32_MAX / 8) return DL_ETOOBIG;
  uint32_t nkeys = place_table_size(nk + nk / 2 + 1);
  size_t nlinks = b->place_links.len ? b->place_links.len : 1;
  blob_slot *keys = dl_mem_calloc(ctx, nkeys, sizeof *keys);
  uint32_t *lists = dl_mem_alloc(ctx, (nlists ? nlists : 1) * sizeof *lists);
  place_rank *run = dl_mem_alloc(ctx, nlinks * sizeof *run);
  if (!keys || !lists || !run) {
    dl_mem_free(ctx, keys, (size_t)nkeys * sizeof *keys);
    dl_mem_free(ctx, lists, (nlists ? nlists : 1) * sizeof *lists);
    dl_mem_free(ctx, run, nlinks * sizeof *run);
    return DL_ENOMEM;
  }
  size_t li = 0;
  for (size_t k = 0; k < nk; k++) {
    const build_key *key = &b->place_keys.items[k];
    const build_string *s = &b->strings.items[key->string];
    uint32_t i = s->hash & (nkeys - 1);
    while (keys[i].key_len) i = (i + 1) & (nkeys - 1);
    blob_slot *slot = &keys[i];
    slot->hash = s->hash;
    slot->key = s->off;
    slot->key_len = (uint16_t)s->len;
    slot->tag = key->flags;
    size_t nrun = 0;
    for (uint32_t l = key->first; l != UINT32_MAX; l = b->place_links.items[l].next) {
      uint32_t p = b->place_links.items[l].entry;
      run[nrun].population = b->places.items[p].population;
      run[nrun++].index = p;
    }
    /* The most populous first; a name of more than LEX_MAX_PLACES places keeps the most populous. */
    qsort(run, nrun, sizeof *run, place_rank_cmp);
    if (nrun > LEX_MAX_PLACES) nrun = LEX_MAX_PLACES;
    slot->value = nrun ? (uint32_t)li : 0;
    slot->count = (uint8_t)nrun;
    for (size_t r = 0; r < nrun; r++) lists[li++] = run[r].index;
  }
  dl_mem_free(ctx, run, nlinks * sizeof *run);
  *keys_out = keys;
  *nkeys_out = nkeys;
  *lists_out = lists;
  *nlists_out = (uint32_t)li;
  return DL_OK;
}

/* ---------------------------------------------------------------- lookups */

void lex_layer_free_places(dl_context *ctx, lex_layer *l) {
  lex_place *p = atomic_exchange(&l->places, NULL);
  dl_mem_free(ctx, p, (size_t)l->view.nplaces * sizeof *p);
}

/*
 * The places of a layer, made the first time they are asked for: records
 * that point into the blob's strings. Threads may race to make them; the
 * one that loses frees its copy. NULL when the layer has none or memory
 * ran out.
 */
static const lex_place *layer_places(const dl_lexicon *lex, const lex_layer *cl) {
  lex_layer *l = (lex_layer *)cl; /* the lexicon is read-only but for this one pointer, set once */
  lex_place *p = atomic_load_explicit(&l->places, memory_order_acquire);
  if (p || !l->view.nplaces) return p;
  const blob_view *v = &l->view;
  lex_place *fresh = dl_mem_alloc(lex->ctx, (size_t)v->nplaces * sizeof *fresh);
  if (!fresh) return NULL;
  for (uint32_t i = 0; i < v->nplaces; i++) {
    const blob_place *b = &v->places[i];
    lex_place *q = &fresh[i];
    q->geonameid = b->geonameid;
    q->name = v->strings + b->name;
    memcpy(q->country, b->country, sizeof q->country);
    memcpy(q->admin1, b->admin1, sizeof q->admin1);
    memcpy(q->feature, b->feature, sizeof q->feature);
    q->lat = b->lat;
    q->lon = b->lon;
    q->population = b->population;
  }
  lex_place *expected = NULL;
  if (atomic_compare_exchange_strong_explicit(&l->places, &expected, fresh, memory_order_acq_rel,
                                              memory_order_acquire))
    return fresh;
  dl_mem_free(lex->ctx, fresh, (size_t)v->nplaces * sizeof *fresh);
  return expected;
}

size_t lex_place_count(const dl_lexicon *lex) {
  size_t n = 0;
  for (size_t i = 0; lex && i < lex->nlayers; i++) n += lex->layers[i].view.nplaces;
  return n;
}

/*
 * The places of the key in every layer, merged, the most populous first;
 * among places as populous, those of dictionaries loaded at run time come
 * first, in load order, then those of the lexicon's own blob. Writes at most
 * max and returns how many it wrote.
 */
size_t lex_place_lookup(const dl_lexicon *lex, const char *key, size_t len, const lex_place **out, size_t max) {
  size_t n = 0;
  if (!lex || !key || len == 0 || len > UINT16_MAX || !out || max == 0) return 0;
  uint32_t h = blob_hash(key, len);
  for (size_t i = 1; i <= lex->nlayers; i++) {
    const lex_layer *l = &lex->layers[i % lex->nlayers];
    const blob_view *v = &l->view;
    const blob_slot *s = blob_find(v, v->place_keys, v->nplace_keys, key, len, h, 0);
    if (!s || !(s->tag & KEY_PHRASE)) continue;
    const lex_place *places = layer_places(lex, l);
    if (!places) continue;
    for (uint32_t j = 0; j < s->count; j++) {
      const lex_place *p = &places[v->place_lists[s->value + j]];
      /* After every place at least as populous; the least populous falls off the end when out is full. */
      size_t at = n;
      while (at > 0 && out[at - 1]->population < p->population) at--;
      if (at >= max) continue;
      size_t last = n < max ? n : max - 1;
      for (size_t k = last; k > at; k--) out[k] = out[k - 1];
      out[at] = p;
      if (n < max) n++;
    }
  }
  return n;
}

int lex_place_prefix(const dl_lexicon *lex, const char *key, size_t len) {
  if (!lex || !key || len == 0 || len > UINT16_MAX) return 0;
  uint32_t h = blob_hash(key, len);
  for (size_t i = 0; i < lex->nlayers; i++) {
    const blob_view *v = &lex->layers[i].view;
    const blob_slot *s = blob_find(v, v->place_keys, v->nplace_keys, key, len, h, 0);
    if (s && (s->tag & KEY_PREFIX)) return 1;
  }
  return 0;
}
