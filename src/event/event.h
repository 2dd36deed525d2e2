/* event.h: coded events and the coder that finds them in a document's clauses (internal). */
#ifndef DL_EVENT_EVENT_H
#define DL_EVENT_EVENT_H

#include <stdint.h>

#include "actor/actor.h"
#include "core/context.h"
#include "lexicon/lexicon.h"
#include "lexicon/places.h"
#include "lexicon/verbs.h"
#include "tag/pos.h"
#include "text/document.h"

/* An event's mode (EVENTS.md). */
typedef enum event_mode {
  MODE_ASSERTED = 0,
  MODE_INTENT,       /* future, promised or announced */
  MODE_NEGATED,      /* "did not respond" */
  MODE_HYPOTHETICAL, /* conditional: "if", "could", "would ... if" */
  MODE_ALLEGED       /* reported by a party to the event */
} event_mode;

/* One side of an event (source, target, or who reported it). */
typedef struct event_actor {
  uint8_t present;   /* 0: null in the output */
  int32_t mention;   /* index of the actor mention in the document's mentions, or -1 */
  uint32_t first;    /* token range of the text (the mention's, or the noun phrase's) */
  uint32_t end;
  char code[24];     /* "AFGMIL" */
  char country[4];   /* ISO alpha-3, or "" */
  char roles[16];    /* three-letter role codes run together, or "" */
} event_actor;

/* One coded event. Places, dates and counts are not resolved yet: they are written as null. */
typedef struct dl_event {
  uint32_t sentence;         /* sentence index (0 is the headline) */
  uint32_t number;           /* the event's number in its sentence, from 0: the id's ".N" */
  event_actor source;
  event_actor target;
  event_actor said_by;
  const cameo_code *code;    /* never NULL */
  uint8_t mode;              /* event_mode */
  uint32_t verb_first;       /* token range of the verb or event noun */
  uint32_t verb_end;
  const char *lemma;         /* the pattern's head lemma (owned by the coder's tables) */
  const verb_pattern *pattern; /* the pattern that matched, or NULL for a demand the coder inferred */
  uint32_t scope_first;      /* the event's clause: document tokens [scope_first, scope_end) */
  uint32_t scope_end;
  uint8_t dated_by_clause;   /* only a date in its clause dates it (a saying: not one in what was said) */
  /* Filled by the resolution stage (src/resolve/resolve.h). */
  const lex_place *place;    /* where it happened, or NULL */
  uint32_t place_first;      /* the place's document tokens */
  uint32_t place_end;
  int32_t year;              /* when: year, month, day as the precision allows */
  uint8_t month;
  uint8_t day;
  uint8_t date_precision;    /* date_precision (src/resolve/dates.h); 0: no date */
  uint8_t date_from_text;    /* 1: the sentence dates it; 0: the article's date */
  uint8_t has_count;         /* count_value holds how many the source or target is */
  uint8_t count_approximate;
  uint8_t count_of_target;   /* 0: the source's count; 1: the target's */
  double count_value;
  uint32_t count_first;      /* the number's document tokens */
  uint32_t count_end;
  uint8_t has_killed;        /* casualties the sentence reports, for acts of violence */
  uint8_t has_wounded;
  double killed;
  double wounded;
} dl_event;

typedef DL_VEC(dl_event) dl_event_vec;

/* The read-only tables a coder uses; one per lexicon, shared by threads. */
typedef struct event_tables {
  verb_table verbs;
  cameo_table codes;
  uint16_t *alt_len;   /* per pattern word alternative: its length */
  uint8_t *alt_closed; /* per alternative: its word class (word_class), WC_OPEN for content words */
  uint16_t *alt_bit;   /* per alternative: its bit in a sentence's word signature */
  int has_user;        /* some patterns come from a dictionary the user loaded */
} event_tables;

/* Bits of a sentence's word signature: one per hash of a token's lemma and lower-case form. */
#define EVENT_SIG_BITS 512

/* Fills the tables' per-word facts after the verb table is finished. DL_OK or DL_ENOMEM. */
int event_tables_prepare(dl_context *ctx, event_tables *t);
/* Frees what event_tables_prepare made. */
void event_tables_release(dl_context *ctx, event_tables *t);

/*
 * Nonzero when doc reads as a sports report: words of sport ("midfielder",
 * "semi-final", "medal") and scores ("2-0") weigh enough, and are dense
 * enough, that a political story naming a match is not one (sport.c).
 */
int story_is_sport(const dl_document *doc);
/* Nonzero when an actor of ev is a state's, its forces', its courts' or an armed group's: a sports story's events. */
int event_political(const dl_event *ev);

/*
 * Codes every sentence of doc: tags it, finds its clauses and their roles,
 * matches verb and noun patterns, and appends the events to out in reading
 * order. mentions are the document's actor mentions (actor_find).
 */
int event_code_document(dl_context *ctx, const dl_lexicon *lex, const event_tables *tables,
                        const dl_document *doc, const dl_mention_vec *mentions, dl_event_vec *out,
                        size_t *capped);

#endif
