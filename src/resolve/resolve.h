/* resolve.h: where, when and how many for each coded event (internal). */
#ifndef DL_RESOLVE_RESOLVE_H
#define DL_RESOLVE_RESOLVE_H

#include "article/article.h"
#include "event/event.h"
#include "resolve/places.h"

/*
 * Fills each event's place, date, count and casualties:
 * - place: a place named in the event's own clause, the most specific one
 *   ("Qatar's capital, Doha" is Doha), preferring those after the verb;
 *   never the dateline city;
 * - date: a date expression in the event's clause, else one of its sentence
 *   that lies in no other event's clause (deadlines such as "by September"
 *   never date an event); else the article's date, marked as such;
 * - count: the number of people or things of the source, else of the
 *   target, or of the earlier phrase "the soldiers" refers to;
 * - casualties: the killed and wounded the sentence reports, for acts of
 *   violence (CAMEO 18, 19 and 20).
 * article_day is the article's date in days since 1970-01-01, or INT32_MIN.
 */
int events_resolve(dl_context *ctx, const dl_document *doc, const dl_mention_vec *mentions,
                   const place_mention_vec *places, int32_t article_day, dl_event_vec *events);

#endif
