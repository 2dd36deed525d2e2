/* events.h: the events of one document, as the public dl_events handle holds them (internal). */
#ifndef DL_EVENT_EVENTS_H
#define DL_EVENT_EVENTS_H

#include "event/event.h"

/* What dl_events_code returns: the document's mentions and the events coded from them. */
struct dl_events {
  dl_context *ctx;         /* the allocator */
  dl_mention_vec mentions; /* actor mentions, in reading order */
  dl_event_vec events;     /* events, in reading order */
  size_t capped;           /* sentences with more verb groups than the coder reads */
};

/* What dl_coder_new returns: the tables made from a lexicon, and the lexicon. */
struct dl_coder {
  dl_context *ctx;
  const dl_lexicon *lex;
  event_tables tables;
};

#endif
