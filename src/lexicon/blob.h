/* blob.h: the compiled lexicon's binary layout, its hash function and its validating reader (internal). */
#ifndef DL_LEXICON_BLOB_H
#define DL_LEXICON_BLOB_H

#include <stddef.h>
#include <stdint.h>

/*
 * A blob is one block of bytes in the byte order of the host that built it,
 * 8-byte aligned in memory:
 *
 *   blob_header                      magic, version, byte-order mark, size
 *   blob_section[nsections]          id, offset, size, count of each section
 *   sections, each 8-byte aligned    in any order; unknown ids are skipped
 *
 * Every reference between sections is an offset or an index, never a
 * pointer, so the blob can be embedded, memory-mapped or read from a file as
 * it is. blob_validate checks every offset, count and string before anything
 * reads the blob, so a damaged or hostile blob is rejected and never read
 * outside its bytes. The design follows crfsuite's cqdb (a constant database
 * of hashed keys) and libpostal's trie files: a header, a section table, and
 * open-addressing hash tables over a string pool.
 */

#define BLOB_MAGIC "DLLEXICN" /* 8 bytes, no NUL */
#define BLOB_VERSION 1u
#define BLOB_BYTE_ORDER 0x01020304u /* reads back differently on a host of the other byte order */
#define BLOB_ALIGN 8u
#define BLOB_MAX_SECTIONS 32u

/* The first bytes of a blob. */
typedef struct blob_header {
  char magic[8];       /* BLOB_MAGIC */
  uint32_t version;    /* BLOB_VERSION */
  uint32_t byte_order; /* BLOB_BYTE_ORDER as the builder wrote it */
  uint32_t size;       /* bytes in the blob, header included */
  uint32_t nsections;  /* entries in the section table after the header */
  uint32_t flags;      /* reserved, 0 */
  uint32_t reserved;   /* reserved, 0 */
} blob_header;

/* One entry of the section table. */
typedef struct blob_section {
  uint32_t id;     /* SEC_* */
  uint32_t offset; /* from the start of the blob; a multiple of BLOB_ALIGN */
  uint32_t size;   /* bytes */
  uint32_t count;  /* records in the section (slots for a hash table) */
} blob_section;

/* Section ids. */
enum {
  SEC_STRINGS = 1,    /* string pool: NUL-terminated strings; offset 0 is "" and the last byte is NUL */
  SEC_ENTRIES = 2,    /* blob_entry[count] */
  SEC_PHRASES = 3,    /* uint32_t[count]: string offsets of the phrases of entries, as written */
  SEC_KEYS = 4,       /* blob_slot[count]: phrase keys and their prefixes; count a power of two */
  SEC_LISTS = 5,      /* uint32_t[count]: entry indices; each key slot names a run of them */
  SEC_WORDS = 6,      /* blob_word[count]: WordNet words and their parts of speech */
  SEC_EXCEPTIONS = 7, /* blob_slot[count]: WordNet exception forms: inflected word -> base */
  SEC_FILTER = 8,     /* blob_filter, then uint64_t words: the key filter of the blob's phrases (optional) */
  SEC_TEXTS = 9,      /* blob_text[count]: verb patterns and code tables, kept as text and read when a coder is made */
  SEC_PLACES = 10,    /* blob_place[count]: the gazetteer's places (optional, with the next two) */
  SEC_PLACE_KEYS = 11, /* blob_slot[count]: folded place names and their prefixes; count a power of two */
  SEC_PLACE_LISTS = 12 /* uint32_t[count]: place indices; each place key slot names a run of them */
};

/* The highest section id a reader knows. */
#define BLOB_LAST_SECTION SEC_PLACE_LISTS

/*
 * The head of the key filter section (see lex_filter in store.h): the
 * sizes, in 64-bit words, of the word Bloom filter, the pair Bloom filter
 * and the word table that follow it, each a power of two. The filter is
 * made from the blob's own phrases and the lemma tables they were keyed
 * with; a lexicon opened on the blob alone uses it as it is.
 */
typedef struct blob_filter {
  uint32_t nwords;   /* word Bloom filter */
  uint32_t npairs;   /* pair Bloom filter */
  uint32_t nslots;   /* word table */
  uint32_t reserved; /* 0 */
} blob_filter;

/*
 * A text kept whole in the blob: a verb pattern file or a CAMEO code table.
 * The compiler has read it once and refused it on any error, so a coder
 * parses it again without messages. name and text are string offsets;
 * text[len] is the NUL that ends it.
 */
typedef struct blob_text {
  uint32_t format; /* lex_format: LEX_FORMAT_VERBS, LEX_FORMAT_PETRARCH_VERBS or LEX_FORMAT_CODES */
  uint32_t name;   /* string offset of the file's name ("03-intent.txt") */
  uint32_t text;   /* string offset of its text */
  uint32_t len;    /* bytes of text */
} blob_text;

/*
 * A place of the gazetteer: what lex_place holds (places.h), with a string
 * offset for its name. The fixed-size fields are NUL-terminated.
 */
typedef struct blob_place {
  uint32_t geonameid;  /* GeoNames id, 0 for places of other sources */
  uint32_t name;       /* string offset of its name as written */
  float lat;           /* degrees north, -90..90 */
  float lon;           /* degrees east, -180..180 */
  uint32_t population; /* 0 when unknown */
  char country[4];     /* ISO 3166-1 alpha-3 or "" */
  char admin1[8];      /* ISO 3166-2 code or "" */
  char feature[8];     /* feature code (PPLC, ADM1, CRSS, ...) */
} blob_place;

/* A dictionary entry: what lex_entry holds, with string offsets instead of pointers. */
typedef struct blob_entry {
  uint32_t code;      /* string offset of the code ("AFGMIL") */
  uint32_t canonical; /* string offset of the first phrase as written */
  uint32_t source;    /* string offset of "file.txt:12" */
  int32_t from_day;   /* first day it applies, or LEX_DAY_MIN */
  int32_t to_day;     /* last day it applies, or LEX_DAY_MAX */
  uint32_t phrases;   /* index of its first phrase in SEC_PHRASES */
  uint16_t nphrases;  /* its phrases as written (aliases after the canonical one) */
  uint8_t kind;       /* lex_kind */
  uint8_t flags;      /* LEX_FLAG_* */
  char country[4];    /* NUL-terminated ISO alpha-3 or "" */
  char roles[16];     /* NUL-terminated role codes or "" */
} blob_entry;

/* Key slot flags. */
enum {
  KEY_PHRASE = 1, /* a whole phrase: its entries follow */
  KEY_PREFIX = 2  /* the first words of a longer phrase */
};

/*
 * A slot of an open-addressing table keyed by strings (linear probing from
 * hash & (count - 1)). In SEC_KEYS, value is the index of the first entry id
 * in SEC_LISTS, tag the KEY_* flags and count the number of entry ids. In
 * SEC_EXCEPTIONS, value is the string offset of the base form, tag one
 * POS_* bit, and count 0. In SEC_PLACE_KEYS, the key is a folded place name
 * (lex_place_fold) or the first words of one, value the index of its first
 * place in SEC_PLACE_LISTS, tag the KEY_* flags and count its places (at
 * most LEX_MAX_PLACES, the most populous first). A slot with key_len 0 is
 * empty.
 */
typedef struct blob_slot {
  uint32_t hash;    /* blob_hash of the key */
  uint32_t key;     /* string offset of the key */
  uint32_t value;   /* see above */
  uint16_t key_len; /* bytes in the key (not counting its NUL); 0 when empty */
  uint8_t tag;      /* see above */
  uint8_t count;    /* see above */
} blob_slot;

/* Parts of speech, as bits. */
enum { POS_NOUN = 1, POS_VERB = 2, POS_ADJ = 4, POS_ADV = 8 };

/*
 * A slot of the WordNet word set (linear probing, as above): the word's
 * string offset, and its hash with the low 8 bits replaced by its POS_*
 * bits. key 0 ("") marks an empty slot.
 */
typedef struct blob_word {
  uint32_t key;      /* string offset of the lower-case word; 0 when empty */
  uint32_t hash_pos; /* (blob_hash & ~0xFF) | POS_* bits */
} blob_word;

/* A blob whose every section has been checked, with typed pointers into it. */
typedef struct blob_view {
  const char *strings;          /* the string pool */
  uint32_t strings_size;        /* its bytes; strings[strings_size - 1] is NUL */
  const blob_entry *entries;    /* entry records */
  uint32_t nentries;            /* their number */
  const uint32_t *phrases;      /* phrase string offsets */
  uint32_t nphrases;            /* their number */
  const blob_slot *keys;        /* phrase key table, or NULL */
  uint32_t nkeys;               /* slots: 0 or a power of two */
  const uint32_t *lists;        /* entry indices for the key slots */
  uint32_t nlists;              /* their number */
  const blob_word *words;       /* WordNet word set, or NULL */
  uint32_t nwords;              /* slots: 0 or a power of two */
  const blob_slot *exceptions;  /* WordNet exceptions, or NULL */
  uint32_t nexceptions;         /* slots: 0 or a power of two */
  const uint64_t *filter;       /* the key filter's words (filter_nwords + filter_npairs + filter_nslots), or NULL */
  uint32_t filter_nwords;       /* word Bloom filter words: a power of two */
  uint32_t filter_npairs;       /* pair Bloom filter words: a power of two */
  uint32_t filter_nslots;       /* word table slots: a power of two, at least one empty (0) */
  const blob_text *texts;       /* kept texts, or NULL */
  uint32_t ntexts;              /* their number */
  const blob_place *places;     /* gazetteer places, or NULL */
  uint32_t nplaces;             /* their number */
  const blob_slot *place_keys;  /* place name table, or NULL */
  uint32_t nplace_keys;         /* slots: 0 or a power of two */
  const uint32_t *place_lists;  /* place indices for the place key slots */
  uint32_t nplace_lists;        /* their number */
  uint32_t size;                /* bytes in the blob */
} blob_view;

/*
 * Checks a blob and fills *view (OUT). Returns 0, or -1 with the reason in
 * why. Nothing outside data[0, size) is read, whatever the bytes.
 */
int blob_validate(const void *data, size_t size, blob_view *view, char *why, size_t why_cap);

/*
 * The hash of keys: FNV-1a over the bytes, so a phrase key can be hashed one
 * token at a time ("a" then " b"), then a murmur3 finaliser to spread the
 * bits before they index a table.
 */
#define BLOB_HASH_INIT 2166136261u
static inline uint32_t blob_hash_add(uint32_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}
static inline uint32_t blob_hash_final(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}
static inline uint32_t blob_hash(const char *s, size_t n) {
  return blob_hash_final(blob_hash_add(BLOB_HASH_INIT, s, n));
}

/* The slot of key s in a validated string table, or NULL. tag 0 matches any tag. */
const blob_slot *blob_find(const blob_view *v, const blob_slot *table, uint32_t nslots,
                           const char *s, size_t n, uint32_t hash, uint8_t tag);

/* The POS_* bits of a lower-case word in a validated view (0 when unknown). */
unsigned blob_word_pos(const blob_view *v, const char *s, size_t n);

#endif
