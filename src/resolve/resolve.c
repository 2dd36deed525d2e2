/* resolve.c: each event's place, date, count and casualties, from its clause and its sentence. */
#include "resolve/resolve.h"

#include <string.h>
#include <strings.h>

#include "resolve/counts.h"
#include "resolve/dates.h"

/* How specific a place is: a town over a division over a country. */
static int specificity(const lex_place *p) {
  if (strcmp(p->feature, "PCLI") == 0) return 0;
  if (strcmp(p->feature, "ADM1") == 0 || strcmp(p->feature, "RGN") == 0 || strcmp(p->feature, "AREA") == 0) return 1;
  return 2;
}

/* Nonzero when token i of the document is one of the lower-case words. */
static int token_word_in(const dl_document *doc, uint32_t i, const char *const *words) {
  const dl_token *t = &doc->tokens.items[i];
  for (size_t k = 0; words[k]; k++)
    if (t->len == strlen(words[k]) && strncasecmp(doc->text.text.data + t->start, words[k], t->len) == 0) return 1;
  return 0;
}

/* Nonzero when the place lies within the actor [first, end) as where the actor is ("farmers in Bama"), not as
   the actor itself ("the U.S.") or its country ("the government of Pakistan"). */
static int where_actor_is(const dl_document *doc, const place_mention *p, uint32_t first, uint32_t end) {
  if (p->first <= first || p->end > end) return 0;
  return token_word_in(doc, p->first - 1, (const char *const[]){"in", "near", "at", "around", "outside", NULL});
}

/* Nonzero when the place's words are an actor of an event of the sentence ("fled to Tajikistan, Iran and Pakistan"). */
static int place_is_actor(const dl_document *doc, const dl_event_vec *events, size_t from, size_t to,
                          const place_mention *p) {
  for (size_t k = from; k < to; k++) {
    const dl_event *o = &events->items[k];
    const event_actor *actors[2] = {&o->target, &o->source};
    for (size_t a = 0; a < 2; a++)
      if (actors[a]->present && p->first >= actors[a]->first && p->end <= actors[a]->end &&
          !where_actor_is(doc, p, actors[a]->first, actors[a]->end))
        return 1;
  }
  return 0;
}

/* Nonzero when place p opens the sentence after a locative word ("In Idlib province, air strikes hit ..."): where
   everything the sentence tells happened. */
static int place_opens_sentence(const dl_document *doc, const place_mention *p) {
  static const char *const locatives[] = {"in", "at", "near", "across", "outside", "inside", "around", NULL};
  uint32_t base = doc->sentences.items[p->sentence].first_token;
  if (p->first < base + 1 || p->first > base + 2) return 0;
  const dl_token *t = &doc->tokens.items[p->first - 1];
  if (p->first == base + 2) {
    /* "In the Gaza Strip, ..." */
    const dl_token *a = t;
    if (a->len != 3 || strncasecmp(doc->text.text.data + a->start, "the", 3) != 0) return 0;
    t = &doc->tokens.items[p->first - 2];
  }
  for (size_t k = 0; locatives[k]; k++)
    if (t->len == strlen(locatives[k]) && strncasecmp(doc->text.text.data + t->start, locatives[k], t->len) == 0)
      return 1;
  return 0;
}

/* The place of one event: the most specific place in its clause, after the verb first; else the place the sentence
   opens with. */
static void resolve_place(const dl_document *doc, const place_mention_vec *places, const dl_event_vec *events,
                          size_t from, size_t to, dl_event *ev) {
  const place_mention *best = NULL;
  int best_score = -1;
  for (size_t i = 0; i < places->len; i++) {
    const place_mention *p = &places->items[i];
    if (p->where != PLACE_IN_TEXT || p->sentence != ev->sentence) continue;
    if (p->first < ev->scope_first || p->end > ev->scope_end) continue;
    /* An actor of an event is no place of it ("recalled its diplomats from Pakistan" is aimed at Pakistan). */
    if (place_is_actor(doc, events, from, to, p)) continue;
    int score = specificity(p->place) * 2 + (p->first >= ev->verb_end ? 1 : 0);
    if (score > best_score) {
      best_score = score;
      best = p;
    }
  }
  for (size_t i = 0; i < places->len && !best; i++) {
    const place_mention *p = &places->items[i];
    if (p->where == PLACE_IN_TEXT && p->sentence == ev->sentence && place_opens_sentence(doc, p) &&
        !place_is_actor(doc, events, from, to, p))
      best = p;
  }
  if (!best) return;
  ev->place = best->place;
  ev->place_first = best->first;
  ev->place_end = best->end;
}

/* Nonzero when the document tokens [first, end) lie in the clause of an event of the sentence other than ev. */
static int in_other_scope(const dl_event_vec *events, size_t from, size_t to, const dl_event *ev, uint32_t first,
                          uint32_t end) {
  for (size_t k = from; k < to; k++) {
    const dl_event *o = &events->items[k];
    if (o == ev || (o->scope_first == ev->scope_first && o->scope_end == ev->scope_end)) continue;
    if (first >= o->scope_first && end <= o->scope_end) return 1;
  }
  return 0;
}

/* Nonzero when document token i is the word w, in any case. */
static int same_word(const dl_document *doc, uint32_t i, const char *w) {
  const dl_token *t = &doc->tokens.items[i];
  return t->len == strlen(w) && strncasecmp(doc->text.text.data + t->start, w, t->len) == 0;
}

/* Nonzero when tokens a and b are the same word, in any case. */
static int same_token(const dl_document *doc, const dl_token *a, const dl_token *b) {
  return a->len == b->len && strncasecmp(doc->text.text.data + a->start, doc->text.text.data + b->start, a->len) == 0;
}

/* The count of a mention's own phrase, or of the one it refers back to. */
static int phrase_count(const dl_document *doc, const dl_mention *x, count_mention *out, uint32_t *sentence_base) {
  const dl_sentence *sen = &doc->sentences.items[x->sentence];
  uint32_t base = sen->first_token;
  if (!count_of_phrase(doc->text.text.data, doc->tokens.items + base, sen->token_count, x->first - base,
                       x->end - base, out))
    return 0;
  *sentence_base = base;
  return 1;
}

/* The count of an actor mention, or of the counted phrase an unnumbered "the soldiers" stands for. */
static int mention_count(const dl_document *doc, const dl_mention_vec *mentions, int32_t m, count_mention *out,
                         uint32_t *sentence_base) {
  const dl_mention *x = &mentions->items[m];
  for (int32_t q = m, hops = 0; q >= 0 && hops < 4; hops++) {
    if (phrase_count(doc, &mentions->items[q], out, sentence_base)) return 1;
    q = mentions->items[q].refers_to;
  }
  /* "the soldiers": the last earlier phrase of the same code and head noun that gave a number. */
  const dl_token *t = &doc->tokens.items[x->first];
  if (!(t->len == 3 && strncasecmp(doc->text.text.data + t->start, "the", 3) == 0)) return 0;
  const dl_token *head = &doc->tokens.items[x->head];
  /*
   * "the soldiers who sought refuge": the phrase whose verb the relative
   * clause repeats ("Forty-six Afghan soldiers sought refuge") before the
   * last one ("Hundreds of Afghan army soldiers have fled").
   */
  const dl_token *repeated = NULL;
  if (x->end + 1 < doc->tokens.len && (same_word(doc, x->end, "who") || same_word(doc, x->end, "that")))
    repeated = &doc->tokens.items[x->end + 1];
  for (int pass = repeated ? 0 : 1; pass < 2; pass++)
    for (int32_t q = m - 1; q >= 0 && q >= m - 64; q--) {
      const dl_mention *y = &mentions->items[q];
      if (strcmp(y->code, x->code) != 0 || !same_token(doc, &doc->tokens.items[y->head], head)) continue;
      if (pass == 0 && (y->end >= doc->tokens.len || !same_token(doc, &doc->tokens.items[y->end], repeated))) continue;
      if (phrase_count(doc, y, out, sentence_base)) return 1;
    }
  return 0;
}

/*
 * Nonzero when a date lies wholly after the article's (y, m, d; y 0 when it
 * has none): "started talks ahead of a summit in April 2005" dates the
 * summit, not the talks, and a report tells of nothing yet to happen.
 */
static int after_article(const date_mention *dm, int32_t y, unsigned m, unsigned d) {
  if (y == 0 || dm->precision == DATE_NONE) return 0;
  if (dm->year != y) return dm->year > y;
  if (dm->precision == DATE_YEAR) return 0;
  if (dm->month != m) return dm->month > m;
  return dm->precision == DATE_DAY && dm->day > d;
}

int events_resolve(dl_context *ctx, const dl_document *doc, const dl_mention_vec *mentions,
                   const place_mention_vec *places, int32_t article_day, dl_event_vec *events) {
  (void)ctx;
  int32_t ay = 0;
  unsigned am = 0, ad = 0;
  if (article_day != INT32_MIN) date_civil_from_days(article_day, &ay, &am, &ad);
  date_mention dates[DATE_MAX_MENTIONS];
  size_t ndates = 0;
  uint32_t dates_sentence = UINT32_MAX;
  casualty_count cas;
  int has_cas = 0;
  size_t sentence_from = 0;
  for (size_t k = 0; k < events->len; k++) {
    dl_event *ev = &events->items[k];
    const dl_sentence *sen = &doc->sentences.items[ev->sentence];
    uint32_t base = sen->first_token;
    if (ev->sentence != dates_sentence) {
      dates_sentence = ev->sentence;
      sentence_from = k;
      ndates = date_find(doc->text.text.data, doc->tokens.items + base, sen->token_count, article_day, dates,
                         DATE_MAX_MENTIONS);
      if (ndates > DATE_MAX_MENTIONS) ndates = DATE_MAX_MENTIONS;
      memset(&cas, 0, sizeof cas);
      has_cas = -1; /* looked for when the sentence has an act of violence */
    }
    size_t sentence_to = k;
    while (sentence_to < events->len && events->items[sentence_to].sentence == ev->sentence) sentence_to++;

    resolve_place(doc, places, events, sentence_from, sentence_to, ev);

    /*
     * When: in the event's clause; else in no other event's clause; else the
     * article's date. A deadline ("by Friday") or a span's start ("since
     * 2014") dates nothing, and a saying only by its own clause: what was said
     * ("exports rose in February, the ministry said") has its own time.
     */
    const date_mention *when = NULL;
    date_mention own[DATE_MAX_MENTIONS];
    int scheduled = 0; /* the clause dates its act after the article: what is planned, not when it was said */
    for (size_t d = 0; d < ndates; d++) {
      own[d] = dates[d];
      if (own[d].deadline || own[d].since) continue;
      /* "will start talks in April", "will meet on Monday": after an intended act's verb, when it is planned for. */
      int planned = ev->mode == MODE_INTENT && base + own[d].first >= ev->verb_end && base + own[d].end <= ev->scope_end;
      if (!planned && !after_article(&own[d], ay, am, ad)) continue;
      own[d].deadline = 1;
      if (base + own[d].first >= ev->scope_first && base + own[d].end <= ev->scope_end) scheduled = 1;
    }
    for (size_t d = 0; d < ndates && !when; d++)
      if (!own[d].deadline && !own[d].since &&
          ((base + own[d].first >= ev->scope_first && base + own[d].end <= ev->scope_end) ||
           /* "and on Wednesday the ministry said": a date right before the speaker; not one before a comma, which ends what was said */
           (ev->dated_by_clause && base + own[d].end == ev->scope_first)))
        when = &own[d];
    /* ...though a date before that clause may date its saying: "Last week the EU said it will start talks in April". */
    for (size_t d = 0; d < ndates && !when && !ev->dated_by_clause; d++)
      if (!own[d].deadline && !own[d].since && (!scheduled || base + own[d].end <= ev->scope_first) &&
          !in_other_scope(events, sentence_from, sentence_to, ev, base + own[d].first, base + own[d].end))
        when = &own[d];
    if (when) {
      ev->year = when->year;
      ev->month = when->month;
      ev->day = when->day;
      ev->date_precision = when->precision;
      ev->date_from_text = 1;
    } else if (article_day != INT32_MIN) {
      ev->year = ay;
      ev->month = (uint8_t)am;
      ev->day = (uint8_t)ad;
      ev->date_precision = DATE_DAY;
      ev->date_from_text = 0;
    }

    /* How many: the source's number, else the target's. */
    count_mention c;
    uint32_t cbase = 0;
    int counted = 0;
    if (ev->source.present && ev->source.mention >= 0 && mention_count(doc, mentions, ev->source.mention, &c, &cbase)) {
      counted = 1;
      ev->count_of_target = 0;
    } else if (ev->target.present && ev->target.mention >= 0 &&
               mention_count(doc, mentions, ev->target.mention, &c, &cbase)) {
      counted = 1;
      ev->count_of_target = 1;
    }
    if (counted) {
      ev->has_count = 1;
      ev->count_value = c.value;
      ev->count_approximate = c.approximate;
      ev->count_first = cbase + c.first;
      ev->count_end = cbase + c.end;
    }

    /* Casualties belong to acts of violence. */
    const char *root = ev->code->root;
    int violent = strcmp(root, "18") == 0 || strcmp(root, "19") == 0 || strcmp(root, "20") == 0;
    if (violent && has_cas < 0)
      has_cas = casualties_find(doc->text.text.data, doc->tokens.items + base, sen->token_count, &cas);
    if (violent && has_cas > 0) {
      ev->has_killed = cas.has_killed;
      ev->killed = cas.killed;
      ev->has_wounded = cas.has_wounded;
      ev->wounded = cas.wounded;
    }
  }
  return DL_OK;
}
