/* coder.c: codes a sentence's events: verb groups, their subjects and objects, pattern matching, modes. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "event/event.h"
#include "core/words.h"
#include "tag/wordclass.h"

/*
 * The coder is a shallow parser. For each sentence it tags the tokens, cuts
 * verb groups ("will be returned", "has escalated"), and for each group finds
 * its subject (the nearest actor to the left in the same clause, across
 * relative clauses, or the controller of an infinitive), its voice, mode,
 * and the objects and prepositional phrases after it, by matching the verb
 * patterns of its head lemma. Nouns that name events ("the kidnapping of",
 * "advances by") are matched the same way. Reporting verbs ("X said") give
 * the other events their said_by instead of an event of their own, unless
 * nothing else in the sentence is coded. Work per sentence is bounded: the
 * document caps sentences at DOC_MAX_SENTENCE_TOKENS tokens, patterns scan a
 * window of bounded length, and each group tries its head's patterns once.
 */

/* The most actors a coordinated slot holds ("Tajikistan, Iran and Pakistan"). */
#define SLOT_MAX 4
/* The most tokens a pattern word may be looked for past the previous element. */
#define WORD_REACH 5
/* The most tokens between a pattern's slot and the noun phrase it takes. */
#define SLOT_REACH 6
/* The most pattern words remembered of one match. */
#define VERB_MATCH_WORDS 24
/* The most verb groups coded in one sentence. */
#define MAX_GROUPS 64

/* A set of actors filling one role: mention indices, or a noun phrase with no actor. */
typedef struct slot {
  int32_t m[SLOT_MAX]; /* mention indices */
  uint8_t n;           /* how many */
  uint8_t filled;      /* the text had a phrase here, actor or not */
  uint8_t from_report; /* taken from who reported the event */
  uint8_t many;        /* filled by people no dictionary knows: "sources", "dealers" */
  uint8_t trailing;    /* a speaker named after what was said (", officials said"), who gives way for an act's pronoun */
  uint8_t opening;     /* a speaker named before what was said ("Ellwood said that"), whom a later saying's pronoun stands for */
  uint8_t speaker;     /* carried as the subject of a saying */
  uint8_t gender;      /* with no actor: PRONOUN_HE or PRONOUN_SHE when a title or a given name told the person's sex, else 0 */
  uint32_t sentence;   /* with no actor (a person or people no dictionary knows): the sentence that named them */
} slot;

/* A verb group: auxiliaries, modals, negation and adverbs ending in the head. */
typedef struct vgroup {
  uint32_t first, head;   /* local token indices */
  uint8_t passive;        /* be + participle */
  uint8_t negated;        /* not, n't, never */
  uint8_t future;         /* will, shall, 'll, going to */
  uint8_t going_to;       /* "going" of "going to" + verb: it carries the future, and is no act of its own */
  uint8_t would;          /* would */
  uint8_t maybe;          /* could, might, may; can, but for a saying */
  uint8_t infinitive;     /* to + base form */
  uint8_t coordinated;    /* an infinitive's second verb, sharing its "to": "to confirm or deny" */
  uint8_t nonfinite;      /* a participle or gerund with no auxiliary */
  uint8_t reduced;        /* a passive participle with no auxiliary after its noun: "soldiers killed in" */
  uint8_t relative;       /* preceded by who, which or that with an antecedent */
  uint8_t reporting;      /* say, tell, add, ...: gives said_by */
  uint8_t thing_subject;  /* a gerund whose subject is the noun before it, which names no actor */
  uint8_t object_subject; /* a gerund whose subject is a verb's object: "criticised the government for refusing" */
  uint8_t related_subject; /* the subject is an actor's ally, aide or kin, a person no dictionary knows */
  uint8_t describes_thing; /* a gerund after a thing that follows a preposition: "comply with a law restricting" */
  uint8_t intent_verb;    /* plan, promise, agree, ... governs an intended act */
  uint8_t has_subject;    /* subject was looked for */
  uint8_t coded;          /* an event was coded from it */
  uint8_t matched;        /* a pattern of its head matched */
  uint8_t must;           /* must, should: an obligation, which a reporter demands */
  uint8_t should;         /* should: advice, which a reporter urges rather than demands */
  uint8_t reproach;       /* should have: what was not done, which a reporter holds against the doer */
  uint8_t can;            /* can: a power, which keeps its act's own code */
  uint32_t ev_first;      /* its events in the output: [ev_first, ev_end) */
  uint32_t ev_end;
  slot subject;
} vgroup;

/* What the coder knows of the sentence being coded. */
typedef struct sent {
  dl_context *ctx;
  const dl_lexicon *lex;
  const event_tables *tables;
  const dl_document *doc;
  const dl_mention_vec *mentions;
  const char *text;         /* the document's normalised text */
  const dl_token *tok;      /* the sentence's tokens */
  uint32_t base;            /* document index of tok[0] */
  uint32_t n;               /* tokens */
  uint32_t index;           /* sentence index */
  pos_sentence *ps;
  int32_t *mention_at;      /* per token: mention index or -1 */
  vgroup groups[MAX_GROUPS];
  size_t ngroups;
  int groups_capped;        /* the sentence had more verb groups than MAX_GROUPS */
  int32_t *group_at;        /* per token: index of the group it heads, or -1 */
  uint32_t *limit_from;     /* per token: the end of the clause that goes on from it (clause_limit) */
  uint8_t *literal;         /* per token: a pattern word matched it */
  const char *low;          /* the tokens in lower case, one after another */
  uint32_t *low_off;        /* per token: its offset in low */
  const char **lem;         /* per token: its lemma (not NUL-terminated) */
  uint16_t *lem_len;        /* per token: the lemma's length */
  uint64_t sig[EVENT_SIG_BITS / 64]; /* the signature of its words: a pattern whose word has no bit here cannot match */
  int has_if;               /* if or unless in the sentence */
  int question;             /* the sentence asks: it ends in a question mark */
  slot reporter;            /* who reports the sentence's events */
  int reporter_claims;      /* the reporting verb is claim or allege */
  uint32_t reporter_at;     /* local index of the reporting verb */
  uint32_t reporter_end;    /* where what the reporter says ends: ", but" or ";" after the verb, or the end */
  int reporter_verb;        /* a reporting verb was found (not "according to") */
  uint32_t scope_first;     /* the clause being coded: local tokens [scope_first, scope_end) */
  uint32_t scope_end;
  int scope_only;           /* only a date in that clause dates its events (a saying) */
  int reporter_before;      /* it also reports the events before it (", X said") */
  uint32_t reporter_from;   /* where its clause opens: events from there to the verb describe the speaker */
} sent;

/* How many of the latest actor subjects a pronoun may look back to. */
#define CARRY_SUBJECTS 4

/* State carried from sentence to sentence. */
typedef struct carry {
  slot reporter;                   /* the last reporter that was an actor */
  slot subjects[CARRY_SUBJECTS];   /* the latest subjects that were actors, the latest first, for pronouns */
  uint8_t nsubjects;
} carry;

/* What a pronoun may stand for. */
typedef enum pronoun_kind {
  PRONOUN_NONE = 0,
  PRONOUN_HE,     /* "he": one person, not known to be a woman */
  PRONOUN_SHE,    /* "she": one person, not known to be a man */
  PRONOUN_THING,  /* "it": a country, group or body */
  PRONOUN_MANY,   /* "they": people, or a group or body */
  PRONOUN_ANY     /* "we": whoever spoke last */
} pronoun_kind;

static const pos_token *tag(const sent *s, size_t i) { return &s->ps->tokens.items[i]; }
static int tag_is(const sent *s, size_t i, pos_tag t) { return i < s->n && tag(s, i)->pos == t; }

/* Nonzero when token i is the word w, in any case. */
static int word_is(const sent *s, size_t i, const char *w) {
  if (i >= s->n) return 0;
  const char *low = s->low + s->low_off[i];
  if (low[0] != w[0]) return 0; /* most tests fail here */
  size_t n = strlen(w);
  return s->tok[i].len == n && memcmp(low, w, n) == 0;
}

/* Nonzero when token i is one of the words of a NULL-terminated list. */
static int word_in(const sent *s, size_t i, const char *const *words) {
  for (; *words; words++)
    if (word_is(s, i, *words)) return 1;
  return 0;
}

static const char *lemma(const sent *s, size_t i, size_t *len) {
  *len = s->lem_len[i];
  return s->lem[i];
}

/* Nonzero when token i's lemma is w. */
static int lemma_is(const sent *s, size_t i, const char *w) {
  const char *l = s->lem[i];
  if (l[0] != w[0]) return 0;
  size_t n = strlen(w);
  return s->lem_len[i] == n && memcmp(l, w, n) == 0;
}

/* Nonzero when token i's lemma is one of the words of a list. */
static int lemma_in(const sent *s, size_t i, const char *const *words) {
  for (; *words; words++)
    if (lemma_is(s, i, *words)) return 1;
  return 0;
}

/* Nonzero when token i's lemma contains part: "13-day-old" has "-day". */
static int lemma_has(const sent *s, size_t i, const char *part) {
  size_t n = strlen(part);
  for (size_t k = 0; k + n <= s->lem_len[i]; k++)
    if (memcmp(s->lem[i] + k, part, n) == 0) return 1;
  return 0;
}

/* Nonzero when token i stands for pattern word w (n bytes): its lemma, or itself in lower case. */
static int token_matches(const sent *s, size_t i, const char *w, size_t n) {
  if (s->lem_len[i] == n && memcmp(s->lem[i], w, n) == 0) return 1;
  return s->tok[i].len == n && memcmp(s->low + s->low_off[i], w, n) == 0;
}

static const char *const reporting_verbs[] = {"say", "tell", "add", "state", "announce", "report", "claim",
                                              "confirm", "allege", "insist", "note", "explain", "write",
                                              "declare", "reiterate", "stress", "emphasize", "emphasise",
                                              "conclude", "assert", "affirm", NULL};
/* Verbs that report speech only when the speaker follows them: '"...," commented Michael Boyd'. */
static const char *const inverted_reporting_verbs[] = {"comment", "remark", "observe", "reply", "quip", "argue", NULL};
static const char *const intent_verbs[] = {"plan", "intend", "promise", "pledge", "vow", "agree", "expect",
                                           "aim", "prepare", "want", "offer", "hope", "seek", "swear",
                                           "undertake", "commit", "resolve", "decide", NULL};
/* Adjectives before "to" that announce an intended act: "is ready to send". */
static const char *const intent_adjectives[] = {"ready", "willing", "prepared", "determined", "eager", "poised",
                                                "set", "due", "scheduled", "slated", NULL};
/*
 * Words before "to" that foretell or require an act rather than report it:
 * "is expected to resist", "it is difficult to resist", "has to call an
 * election", "needs to restrict".
 */
static const char *const forecast_words[] = {"expected", "forecast", "predicted", "projected", "difficult", "hard",
                                             "easy", "impossible", "possible", "need", "needs", "needed", "have",
                                             "has", "certain", "sure", "bound", NULL};
/* Of those, adjectives that judge an act only after "be": "it is difficult to resist", "were certain to oppose";
   not "worked hard to broker", "made sure to invite". */
static const char *const judging_words[] = {"difficult", "hard", "easy", "impossible", "possible", "certain", "sure",
                                            "bound", NULL};
/* Words before "to" that say the act was not done: "failed to recognise". */
static const char *const failure_words[] = {"fail",   "fails",     "failed", "failing", "unable",
                                            "unwilling", "reluctant", "loath",  "loth",    NULL};
/* Verbs of trying: not trying to do an act is not doing it ("did not try to invade"). */
static const char *const attempt_verbs[] = {"try", "attempt", "dare", "manage", "seek", "bother", "mean", "want",
                                            "wish", NULL};
/* Verbs that weigh an act named by a gerund after them: "considering scrapping", "proposed extending". */
static const char *const weighing_verbs[] = {"consider", "contemplate", "discuss", "propose", "suggest", "recommend",
                                             "debate", "weigh", "explore", "mull", "envisage", "advocate", "favour",
                                             "favor", "urge", NULL};
/* "Be" before "to": an arrangement for later, "are to meet again". */
static const char *const be_words[] = {"is", "are", "was", "were", NULL};
/* Nouns of plans whose infinitive, and what it governs, is not done yet: "plans to allow X to detain". */
static const char *const planning_nouns[] = {"plan", "proposal", "bid", "attempt", "effort", "move", "decision",
                                             "deal", "agreement", "law", "bill", "legislation", "scheme",
                                             "intention", "promise", "pledge", "offer", "threat", "power", "right",
                                             "measure", "motion", "amendment", "call", "demand", "request", NULL};

/* Verbs whose passive tells what others suppose of the subject: "is thought to", "are said to". */
static const char *const supposing_verbs[] = {"think", "believe", "say", "report", "understand", "allege", "rumour",
                                              "rumor", "suspect", "know", "claim", "presume", "feel", NULL};
static const char *const refusal_verbs[] = {"refuse", "decline", "reject", NULL};
static const char *const threat_verbs[] = {"threaten", NULL};
/*
 * Verbs that always take the one they act on as their object, so that with
 * no object after them and no auxiliary before them they are passive
 * participles: "soldiers killed in the attack", "12 arrested by police".
 */
static const char *const patient_verbs[] = {
    "kill", "wound", "injure", "hurt", "maim", "arrest", "detain", "abduct", "kidnap", "capture", "execute",
    "torture", "deport", "expel", "jail", "imprison", "sentence", "convict", "behead", "assassinate",
    "massacre", "murder", "slaughter", "rape", "lynch", "shoot", "stab", "intern", "extradite",
    "indict", "prosecute", "displace", "evacuate", "rescue", "trap", "besiege", "strand", NULL};
/*
 * ...and verbs that do so only after people: "two men released from the
 * camp", "employee charged", "Yukos accused of lying", not "figures released".
 */
static const char *const person_patient_verbs[] = {"release", "free", "charge", "question", "interrogate", "sue",
                                                   "fine", "accuse", NULL};
static const char *const relative_words[] = {"who", "which", "that", NULL};

/* ...and verbs of harm that are passive before "by" whoever did it: "MP attacked by muggers". */
static const char *const harmed_by_verbs[] = {"attack", "assault", "mug", "rob", "beat", "ambush", "bomb", "shell",
                                              "raid", "storm", "target", "threaten", "harass", "intimidate",
                                              "abuse", "punch", "hit", "besiege", "surround", NULL};
/* Words that open a clause of time, cause, concession or condition: "after militants killed", "because Iran denied". */
static const char *const subordinate_openers[] = {"after", "before", "when", "while", "because", "since", "as",
                                                  "until", "although", "though", "if", "once", NULL};
static const char *const adverbial_preps[] = {"after", "following", "amid", "despite", "during", "before",
                                              "since", "over", NULL};

/* ------------------------------------------------------------ verb groups */

/*
 * Nonzero when a gerund reads as an adjective: after a determiner or
 * adjective ("the ruling party"), or after a preposition and before a name
 * ("to neighbouring Tajikistan"); not "after losing control".
 */
/*
 * Nonzero when "blame" in group g lays blame on someone no dictionary names:
 * a pronoun ("had blamed him for"; not "blames her death on", a possessive).
 */
static int blame_on_someone(const sent *s, const vgroup *g) {
  uint32_t i = g->head + 1;
  return word_in(s, i, (const char *const[]){"him", "them", "us", "me", NULL}) ||
         (word_is(s, i, "her") && !(i + 1 < s->n && (tag_is(s, i + 1, POS_NOUN) || tag_is(s, i + 1, POS_ADJ))));
}

/* Nonzero when the words at token i after "charge" are a price's: "for", a sum, a share. */
static int price_charged(const sent *s, uint32_t i) {
  if (i >= s->n || tag_is(s, i, POS_PUNCT) ||
      word_in(s, i, (const char *const[]){"for", "in", "on", "at", "to", "during", "that", "$", NULL}))
    return 1;
  /* "50% income tax", "50 pct more", "2,000 dlrs" */
  const dl_token *t = &s->tok[i];
  if (t->len > 1 && s->text[t->start + t->len - 1] == '%') return 1;
  return tag_is(s, i, POS_NUM) && i + 1 < s->n &&
         word_in(s, i + 1, (const char *const[]){"%", "pct", "percent", "per", "dlrs", "dollars", "pounds", "cents",
                                                 "euros", "yen", NULL});
}

/* Nonzero when word w is among tokens [from, to). */
static int word_after(const sent *s, uint32_t from, const char *w, uint32_t to) {
  for (uint32_t k = from; k < to && k < s->n; k++)
    if (word_is(s, k, w)) return 1;
  return 0;
}

/* Nonzero when an actor, maybe after a determiner, begins at token i. */
static int actor_after(const sent *s, uint32_t i) {
  if (tag_is(s, i, POS_DET)) i++;
  /* ...past words that describe it and are no actor's: "by Shia militias", "by heavily armed gunmen". */
  for (uint32_t k = i; k < s->n && k < i + 3 && s->mention_at[k] < 0; k++) {
    if (!(tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_ADV) || tag_is(s, k, POS_NUM) || tag_is(s, k, POS_PROPN))) return 0;
    if (k + 1 < s->n && s->mention_at[k + 1] >= 0) return 1;
  }
  return i < s->n && s->mention_at[i] >= 0;
}

/* Nonzero when "for" or "to" and an actor begin at token i: "training programs for Afghan pilots". */
static int for_actor(const sent *s, uint32_t i) {
  return word_in(s, i, (const char *const[]){"for", "to", NULL}) && actor_after(s, i + 1);
}

/* Nonzero when token i is a capitalised word or acronym: a name ("UK", "Britain"), not "the unions". */
static int capitalised(const sent *s, uint32_t i) {
  const dl_token *t = &s->tok[i];
  return (t->kind == DL_TOKEN_WORD || t->kind == DL_TOKEN_ABBREV) && t->len && s->text[t->start] >= 'A' &&
         s->text[t->start] <= 'Z';
}

static int gerund_adjective(const sent *s, uint32_t i) {
  verb_form f = (verb_form)tag(s, i)->form;
  if ((f != VF_GERUND && f != VF_PARTICIPLE && f != VF_PAST) || i + 1 >= s->n) return 0;
  int before_noun = tag_is(s, i + 1, POS_NOUN) || tag_is(s, i + 1, POS_PROPN) || s->mention_at[i + 1] >= 0;
  if (!before_noun) return 0;
  /* "Displaced civilians returned", "for displaced civilians": no finite verb opens a sentence or follows a preposition. */
  /* Not after a particle that closes a verb: "protesters who turned out attacked police", "troops sent in killed". */
  if (f != VF_GERUND &&
      (i == 0 || (tag_is(s, i - 1, POS_PREP) && !word_in(s, i - 1, (const char *const[]){"in", "out", "over", "up", NULL}))))
    return 1;
  /* "from surrounding countries", "surrounding areas": the places around, not a siege. */
  if (f == VF_GERUND && tag_is(s, i + 1, POS_NOUN) && lemma_is(s, i, "surround")) return 1;
  /* "replaced by housing schemes", "a three year funding program": a trade's word before what it names. */
  if (f == VF_GERUND && tag_is(s, i + 1, POS_NOUN) && s->mention_at[i + 1] < 0 && !for_actor(s, i + 2) &&
      lemma_in(s, i, (const char *const[]){"house", "fund", "train", "ship", "bank", "spend", "build", "plan", "lend",
                                           "trade", "price", "process", "market", "mine", "sentence", NULL}) &&
      lemma_in(s, i + 1, (const char *const[]){"program", "programme", "scheme", "project", "plan", "policy", "crisis",
                                               "market", "cost", "sector", "industry", "company", "firm", "rule",
                                               "regulation", "agency", "body", "stock", "estate", "benefit",
                                               "association", "shortage", "package", "deal", "system", "budget",
                                               "loan", "grant", "subsidy", "allowance", "credit", "expert", "guideline",
                                               "level", "gap", "round", "arrangement", "facility", "requirement",
                                               "commitment", "cut", "increase", "boost", "target", "bill", "camp",
                                               "exercise", "course", "session", "permission", "application",
                                               "activity", "operation", "unit", NULL}))
    return 1;
  if (i == 0) return 0;
  /* "the detained journalists", "an impounded ship", "the ruling party" */
  if (tag_is(s, i - 1, POS_DET) || tag_is(s, i - 1, POS_POSS) || tag_is(s, i - 1, POS_ADJ)) return 1;
  /* "the UK housing market", "the previously booming UK housing market": names and modifiers back to a determiner. */
  if (f == VF_GERUND && capitalised(s, i - 1) && tag_is(s, i + 1, POS_NOUN) && !capitalised(s, i + 1) &&
      s->lem_len[i + 1] == s->tok[i + 1].len) {
    uint32_t j = i - 1;
    while (j > 0 && (capitalised(s, j) || tag_is(s, j, POS_ADV) ||
                     (tag_is(s, j, POS_VERB) && (verb_form)tag(s, j)->form == VF_GERUND)))
      j--;
    /* ...or back to the start of the sentence: "RICS housing spokesman Ian Perry said". */
    if (tag_is(s, j, POS_DET) || tag_is(s, j, POS_POSS) || tag_is(s, j, POS_ADJ) || (j == 0 && capitalised(s, 0)))
      return 1;
  }
  /* "rejected proposed Israeli changes" */
  if (f != VF_GERUND && tag_is(s, i - 1, POS_VERB) && (tag_is(s, i + 1, POS_ADJ) || s->mention_at[i + 1] >= 0 ||
                                                        tag_is(s, i + 1, POS_NOUN)))
    return 1;
  if (f == VF_PAST) return 0;
  return f == VF_GERUND && tag_is(s, i - 1, POS_PREP) && (tag_is(s, i + 1, POS_PROPN) || s->mention_at[i + 1] >= 0);
}

/* Nouns of a figure, before "of" and the people it counts: "the number of refugees". */
static const char *const figure_nouns[] = {"number", "numbers", "share", "proportion", "percentage", "total",
                                           "flow", "influx", "wave", "stream", "exodus", NULL};

/*
 * Nonzero when the actor mention that ends at token i is counted by a
 * figure: "the number of [refugees]", "a new wave of [refugees]".
 */
static int counted_by(const sent *s, uint32_t i) {
  uint32_t start = s->mentions->items[s->mention_at[i]].first - s->base;
  while (start > 0 && tag_is(s, start - 1, POS_DET)) start--;
  return start >= 2 && word_is(s, start - 1, "of") && word_in(s, start - 2, figure_nouns);
}

/*
 * Words after a participle that begin what it says of its noun, not an
 * object: "killed while clearing mines", "captured over five years" (which
 * the tagger may read as a number, "over five").
 */
static const char *const participle_followers[] = {"while", "when", "as", "after", "before", "since", "until",
                                                   "over", NULL};

/* Gerunds that describe the people after them rather than take them as object: "fleeing civilians". */
static const char *const describing_gerunds[] = {"fleeing", "protesting", "demonstrating", "marching", "striking",
                                                 "retreating", "returning", "advancing", "starving", "wounded", NULL};

static int describes_people(const sent *s, uint32_t i);

/*
 * Nonzero when an actor follows the verb at token head as its object, within
 * a few words and not after a preposition: "killed over a dozen
 * Palestinians", "released on Sunday 26 Palestinian prisoners", "killed
 * fleeing civilians". A participle with an object is no passive.
 */
static int object_follows(const sent *s, uint32_t head) {
  for (uint32_t j = head + 1; j < s->n && j <= head + 6; j++) {
    /* Groups after the verb are not cut yet: a verb's tag ends the search. */
    if (tag_is(s, j, POS_PUNCT) || tag_is(s, j, POS_AUX) || tag_is(s, j, POS_MODAL) ||
        (tag_is(s, j, POS_VERB) && tag(s, j)->form != VF_GERUND))
      return 0;
    /* "killed fighting Isis": what follows a gerund is its object; "killed fleeing civilians": the gerund describes. */
    if (tag_is(s, j, POS_VERB) && !word_in(s, j, describing_gerunds)) return 0;
    if (s->mention_at[j] < 0) continue;
    /* A number counts the object: "killed as many as 50 protesters", "over a dozen Palestinians". */
    for (uint32_t k = head + 1; k < j; k++)
      if (tag_is(s, k, POS_NUM) || word_is(s, k, "dozen") || word_is(s, k, "dozens")) return 1;
    uint32_t b = j;
    while (b > head + 1 && (tag_is(s, b - 1, POS_DET) || tag_is(s, b - 1, POS_NUM) || tag_is(s, b - 1, POS_ADJ)))
      b--;
    return !tag_is(s, b - 1, POS_PREP);
  }
  return 0;
}

/* Verbs whose past form between two actors, the second after "by", is passive: "forces backed by the coalition". */
static const char *const agent_verbs[] = {
    "back", "support", "lead", "escort", "train", "arm", "fund", "finance", "sponsor", "control", "hold", "besiege",
    "target", "attack", "shell", "bomb", "hit", "capture", "seize", "detain", "arrest", "kill", "wound", "injure",
    "abduct", "kidnap", "release", "free", "protect", "accuse", "criticise", "criticize", "condemn", "reject",
    "oppose", "summon", "recognise", "recognize", "endorse", "approve", "appoint", "elect", "sack", "replace", "host",
    "welcome", "invite", "surround", "encircle", "drive", "force", "expel", "deport", "ally", NULL};

/*
 * Nonzero when "by" and people begin at token i, though no dictionary knows
 * them: "by muggers", "by unknown gunmen"; not a means, "by land and air",
 * "by firing rockets", "by 5 pct".
 */
static int doers_by(const sent *s, uint32_t i) {
  if (!word_is(s, i, "by")) return 0;
  uint32_t j = i + 1;
  while (j < s->n && (tag_is(s, j, POS_DET) || tag_is(s, j, POS_ADJ))) j++;
  if (j >= s->n || !(tag_is(s, j, POS_NOUN) || tag_is(s, j, POS_PROPN))) return 0;
  static const char *const means[] = {"land", "air", "sea", "road", "rail", "boat", "car", "phone", "telephone",
                                      "email", "mail", "surprise", "night", "day", "mistake", "accident", "force",
                                      "hand", "foot", "way", "far", "default", "proxy", NULL};
  return !word_in(s, j, means);
}

/* Nonzero when "by" and an actor, maybe after "the", begin at token i: a passive's agent. */
static int agent_follows(const sent *s, uint32_t i) { return word_is(s, i, "by") && actor_after(s, i + 1); }

/* Nonzero when a verb comes within n tokens from i, before a mark: "to say 2,000 troops will be sent" says it. */
static int verb_within(const sent *s, uint32_t i, uint32_t n) {
  for (uint32_t k = i; k < s->n && k < i + n && !tag_is(s, k, POS_PUNCT) && !tag_is(s, k, POS_SUBORD) &&
                      !word_in(s, k, (const char *const[]){"as", "when", "if", "because", "than", "while", NULL});
       k++)
    if (tag_is(s, k, POS_VERB) || tag_is(s, k, POS_AUX) || tag_is(s, k, POS_MODAL)) return 1;
  return 0;
}

/*
 * Nonzero when "to" and a verb follow from token i, maybe after a phrase of
 * time: "pledged to put", "pledged on Monday to put", "agreed last week to
 * withdraw".
 */
static int to_follows(const sent *s, uint32_t i) {
  for (uint32_t j = i; j < s->n && j < i + 4; j++) {
    if (tag_is(s, j, POS_TO)) return 1;
    if (!(tag_is(s, j, POS_PREP) || tag_is(s, j, POS_NOUN) || tag_is(s, j, POS_PROPN) || tag_is(s, j, POS_NUM) ||
          tag_is(s, j, POS_DET) || tag_is(s, j, POS_ADJ) || tag_is(s, j, POS_ADV)) ||
        s->mention_at[j] >= 0)
      return 0;
  }
  return 0;
}

/* Cuts the sentence's verb groups. */
static void find_groups(sent *s) {
  s->ngroups = 0;
  s->groups_capped = 0;
  for (uint32_t i = 0; i < s->n; i++) s->group_at[i] = -1;
  for (uint32_t i = 0; i < s->n && s->ngroups < MAX_GROUPS;) {
    pos_tag t = (pos_tag)tag(s, i)->pos;
    /* A capitalised word of an actor's name is no verb: "Downing Street defended"; nor is a later word of one: "paid border guards" */
    /* (but the act a people's word describes is: "the Israeli killing Friday of a teenager"). */
    if ((t != POS_AUX && t != POS_MODAL && t != POS_VERB) ||
        (s->mention_at[i] >= 0 &&
         (capitalised(s, i) || (s->mentions->items[s->mention_at[i]].first - s->base < i &&
                                !(s->mentions->items[s->mention_at[i]].flags & MENTION_DESCRIBES)) ||
          /* ...nor the first of a name of words the dictionary keeps together: "the House armed services committee". */
          (i + 1 < s->n && s->mention_at[i + 1] == s->mention_at[i] &&
           !(s->mentions->items[s->mention_at[i]].flags & MENTION_DESCRIBES))))) {
      i++;
      continue;
    }
    vgroup g;
    memset(&g, 0, sizeof g);
    g.first = i;
    int saw_be = 0, saw_aux = 0, last_be = 0, can = 0;
    uint32_t j = i, head = i;
    for (; j < s->n; j++) {
      pos_tag u = (pos_tag)tag(s, j)->pos;
      if (u == POS_MODAL) {
        if (word_in(s, j, (const char *const[]){"will", "shall", "'ll", NULL})) g.future = 1;
        else if (word_is(s, j, "would")) g.would = 1;
        else if (word_in(s, j, (const char *const[]){"could", "might", "may", NULL})) g.maybe = 1;
        else if (word_in(s, j, (const char *const[]){"must", "should", NULL})) {
          g.must = 1;
          g.should = (uint8_t)word_is(s, j, "should");
          /* "should have acted sooner", "should not have": too late for advice. */
          uint32_t h = j + 1;
          if (h < s->n && tag_is(s, h, POS_NEG)) h++;
          g.reproach = (uint8_t)(g.should && h + 1 < s->n && word_is(s, h, "have") &&
                                 (tag_is(s, h + 1, POS_VERB) || (tag_is(s, h + 1, POS_ADV) && h + 2 < s->n &&
                                                                   tag_is(s, h + 2, POS_VERB))));
        }
        else if (word_in(s, j, (const char *const[]){"can", "ca", NULL})) can = 1;
        saw_aux = 1;
        head = j;
      } else if (u == POS_AUX) {
        last_be = lemma_is(s, j, "be");
        saw_be |= last_be;
        saw_aux = 1;
        head = j;
      } else if (u == POS_NEG) {
        /* "had no comment": "no" before a noun opens the object, and negates no verb. */
        if (word_is(s, j, "no") && !(j + 1 < s->n && (tag_is(s, j + 1, POS_VERB) || tag_is(s, j + 1, POS_AUX) ||
                                                     word_in(s, j + 1, (const char *const[]){"longer", "more", NULL}))))
          break;
        g.negated = 1;
      } else if (u == POS_ADV) {
        /* an adverb inside the group: "has also said" */
      } else if (saw_aux && word_is(s, j, "\"") && j + 1 < s->n &&
                 (tag_is(s, j + 1, POS_VERB) ||
                  /* (past an adverb too: 'had "again defied') */
                  (j + 2 < s->n && tag_is(s, j + 1, POS_ADV) && tag_is(s, j + 2, POS_VERB) &&
                   tag(s, j + 2)->form != VF_BASE)) &&
                 (!last_be || tag(s, j + 1)->form == VF_GERUND)) {
        /* a quote that opens at the verb: 'the SEC would "consider whether' (not a passive's, which the quote hides: 'would be "mourned') */
      } else if (u == POS_VERB) {
        head = j;
        /* "was engaged in heavy fighting with": a state the subject is in, as active as "fought"; so is "is opposed to". */
        if (last_be && tag(s, j)->form == VF_PARTICIPLE &&
            !(lemma_is(s, j, "engage") && j + 1 < s->n && word_is(s, j + 1, "in")) &&
            !(lemma_is(s, j, "oppose") && j + 1 < s->n && word_is(s, j + 1, "to")))
          g.passive = 1;
        /* "get" + participle is a passive too: "were got killed" is rare; "got killed", "getting bombed" common. */
        if (!saw_aux && j + 1 < s->n && tag_is(s, j + 1, POS_VERB) && lemma_is(s, j, "get") &&
            (tag(s, j + 1)->form == VF_PARTICIPLE || tag(s, j + 1)->form == VF_PAST)) {
          g.passive = 1;
          head = ++j;
        }
        j++;
        break;
      } else {
        break;
      }
    }
    /* Trailing adverbs or negation after an auxiliary with no verb belong to nothing: drop them. */
    g.head = head;
    /* "told a press briefing", "a news briefing": the gerund of a compound noun, no act. */
    if (tag(s, head)->pos == POS_VERB && tag(s, head)->form == VF_GERUND && head == g.first && head >= 2 &&
        word_in(s, head - 1, (const char *const[]){"press", "news", "media", NULL}) &&
        (tag_is(s, head - 2, POS_DET) || tag_is(s, head - 2, POS_POSS) || tag_is(s, head - 2, POS_ADJ))) {
      i = j > i ? j : i + 1;
      continue;
    }
    if (tag(s, head)->pos == POS_VERB && gerund_adjective(s, head) && head == g.first) {
      i = j > i ? j : i + 1;
      continue;
    }
    if (tag(s, head)->pos == POS_VERB) {
      verb_form f = (verb_form)tag(s, head)->form;
      if (!saw_aux && (f == VF_PARTICIPLE || f == VF_GERUND)) g.nonfinite = 1;
      if (!saw_aux && f == VF_BASE && g.first > 0 && tag_is(s, g.first - 1, POS_TO)) g.infinitive = 1;
      /* "declined to confirm or deny": a base verb after "or" shares the infinitive before it. */
      if (!saw_aux && f == VF_BASE && g.first >= 2 && word_in(s, g.first - 1, (const char *const[]){"or", "and", NULL}) &&
          s->ngroups > 0 && s->groups[s->ngroups - 1].infinitive && s->groups[s->ngroups - 1].head + 2 == g.first)
        g.infinitive = g.coordinated = 1;
      /* "detainees were tortured and denied the right": a participle after "and" shares the passive before it. */
      if (!saw_aux && f == VF_PARTICIPLE && g.first >= 2 &&
          word_in(s, g.first - 1, (const char *const[]){"and", "or", NULL}) && s->ngroups > 0 &&
          s->groups[s->ngroups - 1].passive && s->groups[s->ngroups - 1].head + 2 == g.first)
        g.passive = g.coordinated = 1;
      /* "are to be questioned", "is believed to have supplied": a passive or a perfect infinitive. */
      if (g.first > 0 && word_is(s, g.first - 1, "to") && tag_is(s, g.first, POS_AUX) &&
          tag(s, g.first)->form == VF_BASE)
        g.infinitive = 1;
      /* "Japan needs to enact reforms", "the government has to call an election": an obligation, as with "must". */
      if (g.infinitive && g.first >= 2 && word_in(s, g.first - 2, (const char *const[]){"need", "needs", "has", "have", NULL}))
        g.must = 1;
      /* "going to" + verb: the future. */
      if (lemma_is(s, head, "go") && f == VF_GERUND && head + 1 < s->n && tag_is(s, head + 1, POS_TO)) {
        i = j;
        s->groups[s->ngroups] = g;
        s->ngroups++;
        continue;
      }
    } else if (!lemma_is(s, head, "be") && !(lemma_is(s, head, "have") && word_is(s, j, "no"))) {
      /* A lone have, do or modal: no event; but "has no comment" has an object. */
      i = j > i ? j : i + 1;
      continue;
    }
    if (g.first > 0) {
      uint32_t k = g.first - 1;
      /* "the soldiers who"; after a comma ("Mr Hague, who stepped down") the clause is background, and no subject's. */
      if (word_in(s, k, relative_words) && k > 0 &&
          (s->mention_at[k - 1] >= 0 || tag_is(s, k - 1, POS_NOUN) || tag_is(s, k - 1, POS_PROPN)))
        g.relative = 1;
    }
    /*
     * "Two soldiers killed in the attack were buried", "12 arrested by police":
     * a past form of a verb that must have an object, right after a noun, with
     * no auxiliary and no object of its own, is a passive participle, and the
     * noun before it is the one acted on.
     */
    /*
     * So is any verb's past form between two actors, the second after "by":
     * "Kurdish forces backed by the US-led coalition", "returnees escorted by
     * Hezbollah". (After a thing it mostly describes it: "aid approved by
     * Congress", "data released by the Federal Reserve".)
     */
    /* An adverb may stand between: "an Iraqi civilian allegedly killed by UK troops". */
    uint32_t noun = g.first;
    while (noun > 0 && g.first - noun < 2 && tag_is(s, noun - 1, POS_ADV) && !word_is(s, noun - 1, "not")) noun--;
    /*
     * ...only with its agent after it: "Police also arrested, beat and
     * detained students" is active; "still" tells a state: "people still
     * trapped inside Syria".
     */
    if (noun < g.first && !agent_follows(s, head + 1) && !(noun + 1 == g.first && word_is(s, noun, "still")))
      noun = g.first;
    if (!saw_aux && head == g.first && tag(s, head)->pos == POS_VERB && noun > 0 &&
        (tag(s, head)->form == VF_PAST || tag(s, head)->form == VF_PARTICIPLE) &&
        (s->mention_at[noun - 1] >= 0 || tag_is(s, noun - 1, POS_NOUN) || tag_is(s, noun - 1, POS_PROPN) ||
         tag_is(s, noun - 1, POS_NUM)) &&
        (((head + 1 >= s->n || tag_is(s, head + 1, POS_PUNCT) || word_in(s, head + 1, participle_followers) ||
           /* "trapped and starving", "held and tortured" */
           /* ...not "shot and killed a teenager", whose second verb takes an object: both are active. */
           (word_is(s, head + 1, "and") &&
            ((tag_is(s, head + 2, POS_VERB) &&
              (tag(s, head + 2)->form == VF_GERUND || tag(s, head + 2)->form == VF_PARTICIPLE ||
               tag(s, head + 2)->form == VF_PAST) &&
              !object_follows(s, head + 2) &&
              !(tag_is(s, head + 3, POS_DET) || tag_is(s, head + 3, POS_NUM) || tag_is(s, head + 3, POS_PRON) ||
                tag_is(s, head + 3, POS_POSS) || tag_is(s, head + 3, POS_PROPN) ||
                (head + 3 < s->n && s->mention_at[head + 3] >= 0) ||
                /* "shot and wounded fleeing family members" */
                (word_in(s, head + 3, describing_gerunds) && tag_is(s, head + 4, POS_NOUN)))) ||
             (tag_is(s, head + 2, POS_ADJ) && (head + 3 >= s->n || tag_is(s, head + 3, POS_PUNCT) ||
                                                tag_is(s, head + 3, POS_PREP))) ||
             (word_in(s, head + 2, describing_gerunds) && !object_follows(s, head + 2) &&
              !(tag_is(s, head + 3, POS_DET) || tag_is(s, head + 3, POS_NUM) || tag_is(s, head + 3, POS_PRON) ||
                tag_is(s, head + 3, POS_POSS) ||
                (word_in(s, head + 3, describing_gerunds) && tag_is(s, head + 4, POS_NOUN)))))) ||
           (tag_is(s, head + 1, POS_VERB) && tag(s, head + 1)->form == VF_GERUND) ||
           /* ...a gerund the tagger took for a noun too: "the first British woman killed fighting in Syria". */
           word_in(s, head + 1, (const char *const[]){"fighting", "defending", "protecting", "serving", "trying",
                                                      "working", "reporting", "protesting", "fleeing", "resisting",
                                                      "battling", "guarding", "covering", "attempting", NULL}) ||
           (tag_is(s, head + 1, POS_PREP) &&
            !word_in(s, head + 1, (const char *const[]){"up", "out", "off", "down", "back", "away", NULL}))) &&
          !object_follows(s, head) &&
          (lemma_in(s, head, patient_verbs) ||
           (s->mention_at[noun - 1] >= 0 && lemma_in(s, head, person_patient_verbs) &&
            /* ("accused" only before "of", and not after "which": "companies, which hardliners accused of") */
            (!lemma_is(s, head, "accuse") ||
             (word_is(s, head + 1, "of") &&
              !(s->mentions->items[s->mention_at[noun - 1]].first > s->base &&
                word_in(s, s->mentions->items[s->mention_at[noun - 1]].first - s->base - 1, relative_words))))) ||
           /* "refugees admitted to the US": people let in, not an admission ("Pakistan admitted to holding"). */
           (s->mention_at[noun - 1] >= 0 && lemma_is(s, head, "admit") &&
            (strncmp(s->mentions->items[s->mention_at[noun - 1]].roles, "REF", 3) == 0 ||
             strncmp(s->mentions->items[s->mention_at[noun - 1]].roles, "CVL", 3) == 0)))) ||
         (s->mention_at[noun - 1] >= 0 && lemma_in(s, head, agent_verbs) && agent_follows(s, head + 1)) ||
         /* "MP attacked by muggers in Kenya": harm by someone no dictionary knows. */
         /* ...and anything harmed so: "CUBAN CATTLE THREATENED BY DROUGHT", "hospitals bombed by jets". */
         /* (A place surrounded is where it lies: "a camp surrounded by Isis sympathisers".) */
         ((s->mention_at[noun - 1] >= 0 ||
           ((tag_is(s, noun - 1, POS_NOUN) || tag_is(s, noun - 1, POS_PROPN)) && !lemma_is(s, head, "surround"))) &&
          lemma_in(s, head, harmed_by_verbs) && doers_by(s, head + 1)) ||
         /* "had their homes confiscated by the Assad regime": any noun's, with an actor after "by". */
         /* (Not a verb that goes by someone: "the United States stood by Israel", "abided by", "passed by".) */
         (agent_follows(s, head + 1) &&
          !lemma_in(s, head, (const char *const[]){"stand", "abide", "pass", "stop", "drop", "stay", "live", "swear",
                                                   "go", "come", "sit", "walk", "run", "fly", "lie", "stick", "march",
                                                   "rally", "gather", "advance", "drive", "sail", "parade", "travel",
                                                   "move", "ride", "protest", "demonstrate", NULL}) &&
          /* ...nor a thing put out or taken in: "a video released by the group", "funding received by the UN"; */
          /* ...nor an occasion: "a dinner hosted by John Prescott". */
          !lemma_in(s, noun - 1, (const char *const[]){"dinner", "lunch", "party", "reception", "banquet", "concert",
                                                       "show", "gala", "breakfast", "ceremony", "event", "conference",
                                                       "forum", "seminar", "workshop", "festival", "exhibition", NULL}) &&
          (s->mention_at[noun - 1] >= 0 ||
           !lemma_in(s, head, (const char *const[]){"release", "receive", "sanction", "publish", "issue", "produce",
                                                    "film", "post", "write", "sign", "surround", "border", "dominate",
                                                    "inhabit", "populate", "approve", "charge", NULL}))))) {
      g.passive = 1;
      g.reduced = 1;
      g.nonfinite = 0;
    }
    /*
     * "Blair told to double overseas aid", "IRAN URGED TO HALT ENRICHMENT":
     * in a headline a verb of telling with no auxiliary and no object before
     * "to" and a bare verb is a passive: Blair was told.
     */
    if (!saw_aux && !g.passive && head == g.first && s->index == 0 && g.first > 0 && s->mention_at[g.first - 1] >= 0 &&
        head + 2 < s->n && word_is(s, head + 1, "to") && tag_is(s, head + 2, POS_VERB) &&
        tag(s, head + 2)->form == VF_BASE &&
        lemma_in(s, head, (const char *const[]){"tell", "urge", "ask", "order", "force", "press", "advise", "warn",
                                                "invite", "call", "pressure", "push", NULL}) &&
        tag(s, head)->form != VF_BASE && tag(s, head)->form != VF_GERUND) {
      g.passive = 1;
      g.reduced = 1;
    }
    /*
     * "the number of refugees arriving in Germany rose", "a new wave of
     * refugees fleeing across the border": a gerund after people counted is
     * part of a figure, no act. (After others it may be one, background or
     * not: "employees protesting against a pay offer", "a statement saying".)
     */
    if (!saw_aux && head == g.first && tag(s, head)->pos == POS_VERB && tag(s, head)->form == VF_GERUND &&
        g.first > 0 && s->mention_at[g.first - 1] >= 0 && counted_by(s, g.first - 1)) {
      i = j > i ? j : i + 1;
      continue;
    }
    /* "attacked protesting students", "shot fleeing civilians": a gerund before the people it describes is no act. */
    if (!saw_aux && head == g.first && tag(s, head)->pos == POS_VERB && tag(s, head)->form == VF_GERUND &&
        word_in(s, head, describing_gerunds) && g.first > 0 && s->mention_at[g.first - 1] < 0 &&
        (tag_is(s, g.first - 1, POS_DET) || tag_is(s, g.first - 1, POS_ADJ) || tag_is(s, g.first - 1, POS_NUM) ||
         word_is(s, g.first - 1, "of") ||
         /* (Not after a verb of starting or going on: "have started returning troops home".) */
         (tag_is(s, g.first - 1, POS_VERB) &&
          !lemma_in(s, g.first - 1, (const char *const[]){"start", "begin", "stop", "continue", "keep", "resume",
                                                          "finish", "avoid", "consider", "delay", "suspend", NULL}))) &&
        describes_people(s, head + 1)) {
      i = j > i ? j : i + 1;
      continue;
    }
    /* "cuts the amount a little, to say 14 or 15 billion": "say" before a number gives an example, and says nothing. */
    if (head == g.first && g.first > 0 && lemma_is(s, head, "say") && tag_is(s, head + 1, POS_NUM) &&
        word_in(s, g.first - 1, (const char *const[]){"to", ",", "like", "of", NULL}) && !verb_within(s, head + 2, 6)) {
      i = j > i ? j : i + 1;
      continue;
    }
    g.reporting = lemma_in(s, head, reporting_verbs) && !g.passive;
    /* "Judges can already jail parents": what may be done, not what was; "we can confirm" still says it. */
    if (can && !g.reporting) g.maybe = g.can = 1;
    /* "can tax or seize farms", "will attack and occupy": a bare verb after "or" or "and" shares the modal before it. */
    if (head == g.first && tag(s, head)->form == VF_BASE && g.first >= 2 &&
        word_in(s, g.first - 1, (const char *const[]){"or", "and", NULL}) && s->ngroups > 0 &&
        s->groups[s->ngroups - 1].head + 2 == g.first && !s->groups[s->ngroups - 1].infinitive) {
      const vgroup *p = &s->groups[s->ngroups - 1];
      if (p->future || p->would || p->maybe || p->must || p->can) {
        /*
         * (After a passive, only what may or must be: "Hamas must be disarmed
         * and recognise Israel"; not its future or negation, which a purpose
         * clause does not share: "to ensure the mistakes would not be
         * repeated and prevent a re-emergence".)
         */
        g.future = p->passive ? 0 : p->future;
        g.would = p->passive ? 0 : p->would;
        g.maybe = p->maybe;
        g.must = p->must;
        g.should = p->should;
        g.reproach = p->reproach;
        g.can = p->can;
        g.negated = p->passive ? 0 : p->negated;
        g.coordinated = 1;
      }
    }
    g.intent_verb = lemma_in(s, head, intent_verbs) && to_follows(s, head + 1);
    s->group_at[head] = (int32_t)s->ngroups;
    s->groups[s->ngroups++] = g;
    i = j > i ? j : i + 1;
    if (s->ngroups == MAX_GROUPS && i < s->n) s->groups_capped = 1;
  }
  /*
   * "going to" carries the future to the verb that follows, whatever the
   * tagger made of "going" and "to" ("is going to be", "are going to
   * attack"), and is no act of its own.
   */
  for (size_t k = 0; k < s->ngroups; k++) {
    vgroup *g = &s->groups[k];
    if (word_is(s, g->head, "going") && word_is(s, g->head + 1, "to") &&
        (tag_is(s, g->head + 2, POS_AUX) ||
         (tag_is(s, g->head + 2, POS_VERB) && tag(s, g->head + 2)->form == VF_BASE)))
      g->going_to = 1; /* not "going to Turkey" */
    if (g->first >= 2 && word_is(s, g->first - 1, "to") && word_is(s, g->first - 2, "going")) {
      g->future = 1;
      /* "is not going to attack", "may be going to": the going group's negation and doubt are the act's. */
      if (k > 0 && (s->groups[k - 1].going_to || s->groups[k - 1].head + 3 >= g->first - 2)) {
        g->negated |= s->groups[k - 1].negated;
        g->maybe |= s->groups[k - 1].maybe;
      }
    }
  }
  /*
   * Where each clause ends, once per sentence, right to left, since the coder
   * asks for it many times a group: at a subordinator other than "that", at
   * ";", ":" or a quote, or at the first word of the next finite verb group.
   */
  uint32_t end = s->n;
  for (uint32_t i = s->n; i-- > 0;) {
    pos_tag t = (pos_tag)tag(s, i)->pos;
    int32_t gi = s->group_at[i];
    if ((t == POS_SUBORD && !word_is(s, i, "that")) || word_is(s, i, ";") || word_is(s, i, ":") ||
        word_is(s, i, "\""))
      end = i;
    else if (gi >= 0 && !s->groups[gi].infinitive && !s->groups[gi].nonfinite)
      end = s->groups[gi].first;
    s->limit_from[i] = end;
  }
}

/* ----------------------------------------------------------------- slots */

static void slot_add(slot *sl, int32_t m) {
  for (size_t i = 0; i < sl->n; i++)
    if (sl->m[i] == m) return;
  if (sl->n < SLOT_MAX) sl->m[sl->n++] = m;
  sl->filled = 1;
}

static const dl_mention *mention(const sent *s, int32_t m) { return &s->mentions->items[m]; }
/* Local index of a mention's first token and one past its last. */
static uint32_t m_first(const sent *s, int32_t m) { return mention(s, m)->first - s->base; }
static uint32_t m_end(const sent *s, int32_t m) { return mention(s, m)->end - s->base; }

/*
 * Adds the actors coordinated with the mention ending at local token end:
 * ", Iran and Pakistan". Returns the index after the last one.
 */
static uint32_t take_coordinated(const sent *s, slot *sl, uint32_t end) {
  /* A list is "A, B and C": links by comma alone count only when "and" or "or" closes the list. */
  int32_t pending[SLOT_MAX];
  size_t npending = 0;
  uint32_t i = end, accepted = end;
  while (i < s->n && npending < SLOT_MAX) {
    uint32_t j = i;
    int comma = word_is(s, j, ",");
    if (comma) j++;
    int conj = tag_is(s, j, POS_CONJ) && (word_is(s, j, "and") || word_is(s, j, "or"));
    if (conj) j++;
    if (j == i) break;
    if (j >= s->n || s->mention_at[j] < 0 || m_first(s, s->mention_at[j]) != j) break;
    int32_t m = s->mention_at[j];
    pending[npending++] = m;
    i = m_end(s, m);
    if (conj) {
      for (size_t k = 0; k < npending; k++) slot_add(sl, pending[k]);
      accepted = i;
      break;
    }
  }
  return accepted;
}

static int in_pp(const sent *s, int32_t m);

/* The same to the left: "Afghan government and Taliban negotiators". */
static void take_coordinated_left(const sent *s, slot *sl, uint32_t first) {
  uint32_t i = first;
  int links = 0; /* "A, B and C": the link next to C is "and" or "or"; a comma alone there is no list */
  while (i > 0 && sl->n < SLOT_MAX) {
    /* A title just before a name is the same actor: "Turkish President | Tayyip Erdogan". */
    if (i < s->n && s->mention_at[i] >= 0 && s->mention_at[i - 1] >= 0 && s->mention_at[i - 1] != s->mention_at[i] &&
        m_end(s, s->mention_at[i - 1]) == i &&
        strcmp(mention(s, s->mention_at[i - 1])->code, mention(s, s->mention_at[i])->code) == 0)
      i = m_first(s, s->mention_at[i - 1]);
    if (i == 0) break;
    uint32_t j = i - 1;
    if (!(tag_is(s, j, POS_CONJ) || word_is(s, j, ","))) break;
    /* "Speaking outside the Olympic Primary School, Mr Brown said": no list. */
    if (links++ == 0 && !tag_is(s, j, POS_CONJ)) break;
    if (j > 0 && tag_is(s, j, POS_CONJ) && word_is(s, j - 1, ",")) j--;
    if (j == 0 || s->mention_at[j - 1] < 0) break;
    int32_t m = s->mention_at[j - 1];
    if (mention(s, m)->flags & MENTION_LOCATIVE) break;
    /* "As first reported by the Guardian, Canada and the Kurds struck a deal": a verb's phrase, no list. */
    if (word_is(s, i - 1, ",") && in_pp(s, m)) {
      uint32_t p = m_first(s, m);
      while (p > 0 && (tag_is(s, p - 1, POS_DET) || tag_is(s, p - 1, POS_ADJ))) p--;
      if (p >= 2 && tag_is(s, p - 1, POS_PREP) && tag_is(s, p - 2, POS_VERB)) break;
    }
    slot_add(sl, m);
    i = m_first(s, m);
  }
}

static int person_noun(const char *w, size_t n);

/*
 * Nonzero when the noun phrase at token i names people: an actor, or nouns
 * whose last is a word for people ("family members", "students"); not
 * "government policies" or "tuition fees".
 */
static int describes_people(const sent *s, uint32_t i) {
  if (i < s->n && s->mention_at[i] >= 0) return 1;
  uint32_t k = i;
  while (k < s->n && k < i + 3 && tag_is(s, k, POS_NOUN) && s->mention_at[k] < 0) k++;
  if (k == i) return 0;
  if (k < s->n && s->mention_at[k] >= 0) return 1;
  size_t n;
  const char *w = lemma(s, k - 1, &n);
  return n && person_noun(w, n);
}

/* Nonzero when a noun phrase may hold token i. */
static int np_token(const sent *s, size_t i) {
  switch ((pos_tag)tag(s, i)->pos) {
    case POS_DET: case POS_POSS: case POS_ADJ: case POS_NUM: case POS_NOUN: case POS_PROPN: case POS_POSSESSIVE:
      return 1;
    /* "fleeing civilians", "protesting students": a gerund that describes the people after it. */
    case POS_VERB:
      return s->mention_at[i] >= 0 || gerund_adjective(s, (uint32_t)i) ||
             (word_in(s, i, describing_gerunds) && describes_people(s, (uint32_t)i + 1));
    default:
      return s->mention_at[i] >= 0;
  }
}

/* The words of a bound before a number that opens a phrase at i, or 0: "more than 1,000 civilians", "at least 12 people". */
static uint32_t quantity_bound(const sent *s, uint32_t i, uint32_t limit) {
  uint32_t n = 0;
  if (i + 1 < limit && word_is(s, i + 1, "than") && word_in(s, i, (const char *const[]){"more", "fewer", "less", NULL}))
    n = 2;
  else if (i + 1 < limit && ((word_is(s, i, "up") && word_is(s, i + 1, "to")) || (word_is(s, i, "at") && word_is(s, i + 1, "least"))))
    n = 2;
  else if (i + 2 < limit && word_is(s, i, "as") && word_in(s, i + 1, (const char *const[]){"many", "much", NULL}) &&
           word_is(s, i + 2, "as"))
    n = 3;
  return n && i + n < limit && tag_is(s, i + n, POS_NUM) ? n : 0;
}

/*
 * Takes the noun phrase at or just after local token at into sl: its first
 * actor and those coordinated with it, reading through "of" ("the daughter of
 * the Afghan ambassador"). Returns the index after the phrase, or at when
 * there is no noun phrase there.
 */
static uint32_t take_np(const sent *s, uint32_t at, uint32_t limit, slot *sl) {
  uint32_t i = at;
  while (i < limit && i < at + 2 && tag_is(s, i, POS_ADV)) i++;
  i += quantity_bound(s, i, limit);
  if (i >= limit || !np_token(s, i)) return at;
  uint32_t end = i;
  while (i < limit && i < at + SLOT_REACH + 4) {
    if (s->mention_at[i] >= 0) {
      int32_t m = s->mention_at[i];
      slot_add(sl, m);
      i = take_coordinated(s, sl, m_end(s, m));
      /* "the Afghan ambassador's daughter": the phrase goes on after the possessive. */
      while (i < limit && (tag_is(s, i, POS_POSSESSIVE) || tag_is(s, i, POS_NOUN) || tag_is(s, i, POS_ADJ)) &&
             s->mention_at[i] < 0)
        i++;
      /* An apposition names the same actor again: "the UN refugee agency, UNHCR, out of". */
      if (i + 2 < limit && word_is(s, i, ",") && s->mention_at[i + 1] >= 0 && m_first(s, s->mention_at[i + 1]) == i + 1) {
        uint32_t after = m_end(s, s->mention_at[i + 1]);
        if (after < limit && word_is(s, after, ",")) i = after + 1;
      }
      return i;
    }
    if (np_token(s, i)) {
      i++;
      end = i;
      continue;
    }
    /* "the daughter of the ambassador", "calls by East Germany's rulers": the phrase's actor may follow. */
    if ((word_is(s, i, "of") || word_is(s, i, "by")) && i + 1 < limit && np_token(s, i + 1)) {
      i++;
      continue;
    }
    break;
  }
  sl->filled = 1;
  return end;
}

/* ------------------------------------------------------------- subjects */

/* Nonzero when mention m is the object of "to", past its determiner and the nouns before it: "to the defence select committee". */
static int addressed_to(const sent *s, int32_t m) {
  uint32_t f = m_first(s, m);
  while (f > 0 && m_first(s, m) - f < 4 && s->mention_at[f - 1] < 0 &&
         (tag_is(s, f - 1, POS_DET) || tag_is(s, f - 1, POS_ADJ) || tag_is(s, f - 1, POS_NOUN)))
    f--;
  return f > 0 && word_is(s, f - 1, "to");
}

/* Nouns of time, which end a phrase of time and not a subject: ", last week pledged". */
static const char *const time_nouns[] = {"week", "weeks", "month", "months", "year", "years", "day", "days", "night",
                                         "morning", "afternoon", "evening", "weekend", "today", "yesterday",
                                         "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", "january", "february", "march", "april", "may",
                                         "june", "july", "august", "september", "october", "november", "december",
                                         "time", "ago", NULL};

/* Nonzero when the mention reads as the object of a preposition other than a partitive "of". */
static int in_pp(const sent *s, int32_t m) {
  uint32_t f = m_first(s, m);
  /* Back over the rest of the noun phrase: "of the Israeli-occupied West Bank". */
  while (f > 0 && f > m_first(s, m) - 4 && !tag_is(s, f - 1, POS_PREP) &&
         (s->mention_at[f - 1] >= 0 || tag_is(s, f - 1, POS_DET) || tag_is(s, f - 1, POS_ADJ) ||
          tag_is(s, f - 1, POS_NUM)))
    f--;
  /* ...and past a name that describes it after "by": "backed by Shia militias" (not "on Wednesday Mr Straw"). */
  if (f == m_first(s, m) && f >= 2 && tag_is(s, f - 1, POS_PROPN) && word_is(s, f - 2, "by")) f--;
  /* ...and back over the actors it is listed with: "clashes between Hezbollah and Syrian rebels". */
  while (f >= 2 && word_in(s, f - 1, (const char *const[]){"and", "or", NULL}) && s->mention_at[f - 2] >= 0) {
    f = m_first(s, s->mention_at[f - 2]);
    while (f > 0 && tag_is(s, f - 1, POS_DET)) f--;
  }
  if (f == 0) return 0;
  if (!tag_is(s, f - 1, POS_PREP)) return 0;
  /* (Not a will or a word that is someone's: "over the objections of the administration", "at the request of Iraq".) */
  if (word_is(s, f - 1, "of") && f >= 2 && s->mention_at[f - 2] < 0 &&
      (tag_is(s, f - 2, POS_NOUN) || tag_is(s, f - 2, POS_NUM)) &&
      !lemma_in(s, f - 2, (const char *const[]){"objection", "wish", "approval", "consent", "permission", "request",
                                                "behest", "invitation", "insistence", "urging", "advice", "knowledge",
                                                "opposition", "protest", "concern", "criticism", "behalf", NULL}))
    return 0; /* "hundreds of Afghan soldiers", "a batch of soldiers" */
  return 1;
}

/* The nouns of a country's economy and money, which name no one who acts. */
static const char *const economy_nouns[] = {"economy", "currency", "dollar", "yen", "mark", "franc", "pound",
                                            "peso", "rouble", "ruble", "rupee", "stock", "share", "bond",
                                            "market", "export", "import", "output", "inflation", NULL};

/*
 * Nonzero when mention m names a country's economy or money, or a people's
 * name describes it: "The Japanese economy", "the U.S. dollar", "Brazilian
 * exports". (Its last word or the noun right after it.)
 */
static int economy_named(const sent *s, int32_t m) {
  const dl_mention *x = mention(s, m);
  if (x->kind != MENTION_COUNTRY || x->roles[0]) return 0;
  uint32_t e = m_end(s, m);
  if ((x->flags & MENTION_DESCRIBES) && tag_is(s, e - 1, POS_NOUN) && lemma_in(s, e - 1, economy_nouns)) return 1;
  return e < s->n && s->mention_at[e] < 0 && tag_is(s, e, POS_NOUN) && lemma_in(s, e, economy_nouns) &&
         !(e + 1 < s->n && tag_is(s, e + 1, POS_NOUN));
}

/* Nonzero when an actor ends right before the comma at token comma and follows a comma or "and" itself: a list's. */
static int listed_before(const sent *s, uint32_t comma) {
  if (comma == 0 || s->mention_at[comma - 1] < 0) return 0;
  uint32_t f = m_first(s, s->mention_at[comma - 1]);
  while (f > 0 && tag_is(s, f - 1, POS_DET)) f--;
  return f > 0 && word_in(s, f - 1, (const char *const[]){",", "and", NULL});
}

/*
 * Nonzero when mention m, right before group g, follows a word that opens a
 * clause as well as a phrase: "prices fell after Iran attacked Iraq" has Iran
 * as the subject, not in a phrase "after Iran".
 */
static int clause_opener_before(const sent *s, int32_t m, const vgroup *g) {
  uint32_t f = m_first(s, m), e = m_end(s, m);
  /* (Adverbs and a time between: "after the U.S. government last June directed".) */
  while (e < g->first &&
         (tag_is(s, e, POS_ADV) ||
          word_in(s, e, (const char *const[]){"last", "next", "this", "earlier", "later", NULL}) ||
          word_in(s, e, time_nouns)))
    e++;
  if (e != g->first || g->nonfinite || g->infinitive) return 0;
  if (f > 0 && tag_is(s, f - 1, POS_DET)) f--;
  /* (Not "as well as", "such as": "The United States as well as Britain condemned".) */
  if (f > 1 && word_is(s, f - 1, "as") && word_in(s, f - 2, (const char *const[]){"well", "such", NULL})) return 0;
  return f > 0 && word_in(s, f - 1, (const char *const[]){"after", "before", "since", "until", "till", "as", "once",
                                                          NULL});
}

/*
 * Nonzero when infinitive g is an act judged, not done, by no one named:
 * "It is legal and legitimate to kill them", "it was hard to reach".
 */
static int judged_act(const sent *s, const vgroup *g) {
  /* (Not one's readiness: "Israel said it was ready to strike" is Israel's.) */
  static const char *const readiness[] = {"ready", "willing", "prepared", "determined", "able", "unable", "eager",
                                          "keen", "anxious", "happy", "reluctant", "unwilling", "quick", "likely",
                                          "unlikely", "set", "due", "bound", "free", "right", "wrong", "first",
                                          "last", "about", NULL};
  if (!g->infinitive || g->first < 4 || !tag_is(s, g->first - 2, POS_ADJ) || word_in(s, g->first - 2, readiness))
    return 0;
  uint32_t k = g->first - 2;
  while (k > 0 && (tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_CONJ) || tag_is(s, k, POS_ADV))) k--;
  /* ...and an "it" that opens its clause, standing for nothing: not "Iran said it is ...". */
  return k > 0 && word_in(s, k, (const char *const[]){"is", "was", "be", "are", "were", "been", NULL}) &&
         word_is(s, k - 1, "it") &&
         (k == 1 || tag_is(s, k - 2, POS_PUNCT) || tag_is(s, k - 2, POS_CONJ) ||
          word_in(s, k - 2, (const char *const[]){"\"", "but", "and", "so", NULL}));
}

/*
 * Nonzero when mention m is the one called on, appealed to or relied upon
 * to do infinitive g: "called on Myanmar to stop", "appealed to Iran to".
 */
static int called_on(const sent *s, int32_t m, const vgroup *g) {
  uint32_t f = m_first(s, m);
  if (f > 0 && tag_is(s, f - 1, POS_DET)) f--;
  return m_end(s, m) + 1 == g->first && f > 0 && word_in(s, f - 1, (const char *const[]){"on", "upon", "to", NULL});
}

static void find_subject(sent *s, size_t gi, const carry *c);

/* Verbs whose object does what the infinitive after it says: "urged Iraq to", "forced Iran to", "helped Turkey to". */
static const char *const causing_verbs[] = {"urge", "ask", "call", "press", "push", "pressure", "force", "compel", "allow",
                                            "permit", "let", "help", "enable", "encourage", "persuade", "convince", "invite",
                                            "order", "tell", "instruct", "require", "request", "advise", "warn", "expect",
                                            "want", "need", "lead", "get", "oblige", "challenge", "appeal", "beg",
                                            "implore", "exhort", "incite", "prompt", "cause", "authorise", "authorize",
                                            "empower", "mandate", "pay", "send", "deploy", "leave", "like",
                                            "prefer", "wish", "remind", "trust", "inspire", "provoke", "drive", "train",
                                            "mentor", "arm", "equip", "fund", "hire", "recruit", "back", "support", NULL};

/* The subject of the nearest group before gi that has one. */
static int previous_subject(sent *s, size_t gi, const carry *c, slot *out) {
  for (size_t k = gi; k-- > 0;) {
    vgroup *p = &s->groups[k];
    if (!p->has_subject) find_subject(s, k, c);
    /* "accused Japan of reneging on the deal and has threatened": the object does the gerund only, not a verb after it. */
    if (p->object_subject && !s->groups[gi].nonfinite) continue;
    if (p->subject.n) {
      *out = p->subject;
      return 1;
    }
  }
  return 0;
}

/* Nonzero when group p opens with a word of time or cause before its subject: "after militants killed". */
static int in_adverbial_clause(const sent *s, const vgroup *p) {
  uint32_t k = p->first;
  /* Back over the subject's words to the word before them. */
  while (k > 0 && (s->mention_at[k - 1] >= 0 || tag_is(s, k - 1, POS_DET) || tag_is(s, k - 1, POS_ADJ) ||
                   tag_is(s, k - 1, POS_NOUN) || tag_is(s, k - 1, POS_NUM) || tag_is(s, k - 1, POS_PRON) ||
                   tag_is(s, k - 1, POS_ADV)))
    k--;
  return k > 0 && word_in(s, k - 1, subordinate_openers);
}

/*
 * For finite group gi after "and" or "but" that opens with "are", "were" or
 * "have" (or "is", "was", "has"), the subject of an earlier clause that
 * agrees in number when the nearest one does not: "Many Arab states have
 * accepted that Assad has survived and are preparing to reopen embassies"
 * (the states). Zero when the nearest agrees or none does, as before.
 */
static int pronoun_agrees(const sent *s, const slot *sl, pronoun_kind kind);

static int agreeing_subject(sent *s, size_t gi, const carry *c, slot *out) {
  const vgroup *g = &s->groups[gi];
  int many = word_in(s, g->first, (const char *const[]){"are", "were", "have", NULL});
  if (!many && !word_in(s, g->first, (const char *const[]){"is", "was", "has", NULL})) return 0;
  int nearest = 1;
  for (size_t k = gi; k-- > 0;) {
    vgroup *p = &s->groups[k];
    if (p->nonfinite || p->infinitive || p->relative || p->reduced || !tag_is(s, p->head, POS_VERB)) continue;
    if (!p->has_subject) find_subject(s, k, c);
    /* (Past the nearest, a subject no dictionary knows is the one: "Many Arab states have accepted that ...") */
    if (!p->subject.n && p->subject.filled && !nearest) {
      memset(out, 0, sizeof *out);
      out->filled = 1;
      return 1;
    }
    if (!p->subject.n || mention(s, p->subject.m[0])->sentence != s->index) return 0;
    int plural = p->subject.n > 1 || pronoun_agrees(s, &p->subject, PRONOUN_MANY);
    /* (A person is one; a body or country may be either: "the government have".) */
    int single = p->subject.n == 1 && (mention(s, p->subject.m[0])->kind == MENTION_PERSON || !plural);
    if (many ? plural : single) {
      if (nearest) return 0;
      *out = p->subject;
      out->filled = 1;
      return 1;
    }
    /* Only a person's "has" against a plural "are" is sure to disagree. */
    if (nearest && !(many && mention(s, p->subject.m[0])->kind == MENTION_PERSON)) return 0;
    nearest = 0;
  }
  return 0;
}

/*
 * For finite group gi after "and" or "but", the subject of the last group
 * before it in the same form: "Iran denied
 * the report and said", "Wright conceded Congress will be unable to stop the
 * money but said" (Wright, whom no dictionary knows: no one). Zero when no
 * group is like it.
 */
static int parallel_subject(sent *s, size_t gi, const carry *c, slot *out) {
  const vgroup *g = &s->groups[gi];
  if (g->nonfinite || g->infinitive || g->relative) return 0;
  if (g->head != g->first) return agreeing_subject(s, gi, c, out);
  if (tag(s, g->head)->form != VF_PAST) return 0;
  int like = 0;
  for (size_t k = gi; k-- > 0;) {
    vgroup *p = &s->groups[k];
    /*
     * Past forms of lexical verbs, active, alone or after "did" or "has"
     * ("which has backed and later armed the group"): not the copula of "was
     * a positive one but stressed", nor "will be unable to".
     */
    if (p->nonfinite || p->infinitive || p->passive || !tag_is(s, p->head, POS_VERB) ||
        (p->head == p->first ? tag(s, p->head)->form != VF_PAST
                             : !word_in(s, p->first, (const char *const[]){"did", "has", "have", "had", NULL})))
      continue;
    /* ...nor one in a clause of time or cause: "closed the crossing after militants killed 16 soldiers and recalled". */
    if (in_adverbial_clause(s, p)) continue;
    if (!p->has_subject) find_subject(s, k, c);
    like = 1;
    /* One with no actor may be a participle of a phrase ("a nation still racked by violence and hosted"): look on. */
    if (p->subject.n) {
      *out = p->subject;
      out->filled = 1;
      return 1;
    }
  }
  if (like) {
    memset(out, 0, sizeof *out);
    out->filled = 1;
  }
  return like;
}

/* Head words of bodies, not people, sorted by byte value: "the ministry" may be "it", never "he". */
static const char *const body_heads[] = {
    "administration", "agency", "alliance", "army", "assembly", "authority", "bank", "battalion", "brigade",
    "broadcaster", "bureau", "cabinet", "centre", "channel", "charity", "coalition", "commission", "committee",
    "company", "congress", "corporation", "council", "court", "department", "division", "embassy", "firm",
    "force", "government", "group", "hospital", "institute", "junta", "magazine", "military", "militia",
    "ministry", "movement", "navy", "network", "newspaper", "office", "opposition", "organisation",
    "organization", "parliament", "party", "police", "regime", "regiment", "school", "senate", "service",
    "station", "team", "tribunal", "union", "university",
};

/* Role nouns for people in the plural that do not end in "s" or "men", sorted by byte value. */
static const char *const plural_heads[] = {"clergy", "crew", "people", "personnel", "police", "public", "staff",
                                           "youth"};

/* Role nouns for one person that no suffix of person_noun tells, sorted by byte value. */
static const char *const person_heads[] = {
    "aide", "analyst", "attorney", "candidate", "captain", "chair", "chief", "cleric", "colonel", "counterpart",
    "delegate", "deputy", "diplomat", "envoy", "executive", "expert", "general", "guerrilla", "head", "judge",
    "king", "militant", "monarch", "mp", "official", "pope", "premier", "prince", "princess", "queen", "rebel",
    "representative", "secretary", "sheikh", "source", "sultan", "victim",
};

/* Nonzero when a singular role noun names one person: "the spokesman", "the minister", "a journalist". */
static int person_noun(const char *w, size_t n) {
  if (words_sorted_contain(person_heads, sizeof person_heads / sizeof *person_heads, w, n)) return 1;
  /* spokesman, chairwoman, spokesperson; minister, governor; journalist; politician; president, resident. */
  static const char *const suffixes[] = {"man", "woman", "person", "er", "or", "ist", "ian", "ent", "ant"};
  for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
    size_t sl = strlen(suffixes[k]);
    if (n > sl + 2 && memcmp(w + n - sl, suffixes[k], sl) == 0) return 1;
  }
  return 0;
}

/* The mention's head word, lower-cased into buf (cap bytes); its length, or 0 when it does not fit. */
static size_t head_word(const sent *s, const dl_mention *m, char *buf, size_t cap) {
  const dl_token *t = &s->doc->tokens.items[m->head];
  if (t->len >= cap) return 0;
  size_t n = words_lower_ascii(s->text + t->start, t->len, buf, cap);
  buf[n] = '\0';
  return n;
}

/* Words in a person's mention that say they are a woman, or a man; sorted by byte value. */
static const char *const female_words[] = {"actress", "baroness", "dame", "daughter", "duchess", "girl", "lady",
                                           "madam", "miss", "mother", "mrs", "mrs.", "ms", "ms.", "princess",
                                           "queen", "sister", "widow", "wife"};
static const char *const male_words[] = {"boy", "brother", "duke", "father", "husband", "king", "lord",
                                         "mr", "mr.", "prince", "sir", "son"};

/* Given names common in the news whose bearers are almost all women, or men: a name's first word ("Alan Johnson"). */
static const char *const female_given_names[] = {
    "alexandria", "alice", "amanda", "amber", "ana", "anastasia", "andrea", "angela", "angelina", "ann", "anna",
    "annalena", "anne", "annie", "ayelet", "barbara", "beata", "benazir", "betty", "brenda", "brigitte",
    "carla", "carol", "caroline", "catherine", "cathy", "charlotte", "cherie", "christiane", "christine",
    "claire", "clare", "condoleezza", "corazon", "cristina", "dalia", "deborah", "diana", "diane", "dilma",
    "donna", "dorothy", "elena", "elise", "elizabeth", "ellen", "elvira", "emily", "emma", "erna", "esther",
    "eva", "ewa", "fatima", "federica", "fiona", "gina", "giorgia", "gloria", "golda", "hannah", "harriet",
    "hasina", "hazel", "heather", "helen", "helle", "hillary", "hina", "ilhan", "indira", "ingrid", "irene",
    "irina", "iryna", "isabel", "jacinda", "jacqueline", "jane", "janet", "jennifer", "jessica", "jill", "joan",
    "joanna", "josephine", "joyce", "judith", "julia", "julie", "justine", "kaja", "kamala", "karen", "kate",
    "katherine", "kathleen", "kathryn", "kemi", "kersti", "khaleda", "kirsty", "kristalina", "kristi",
    "kristina", "laura", "linda", "lindiwe", "lisa", "liz", "louise", "lucy", "lyudmila", "madeleine",
    "magdalena", "maia", "margaret", "margot", "margrethe", "maria", "marie", "marine", "marsha", "martha",
    "mary", "mary-ann", "maryam", "megawati", "melania", "melinda", "mette", "mia", "michelle", "mona",
    "nadine", "nancy", "natalia", "natalie", "ngozi", "nicola", "nikki", "nkosazana", "olena", "olga", "oprah",
    "patricia", "patty", "penny", "priti", "rachel", "rachida", "rebecca", "roberta", "ruth", "saara",
    "sahle-work", "salome", "samantha", "samia", "sandra", "sanna", "sarah", "segolene", "shirley", "silvia",
    "sonia", "sophie", "stacey", "stella", "suella", "susan", "suzanne", "svetlana", "tammy", "tansu", "tanya",
    "tatiana", "teresa", "tessa", "theresa", "tulsi", "tzipi", "ursula", "valentina", "valerie", "victoria",
    "viktoria", "virginia", "wendy", "yingluck", "yoko", "yulia", "yvette", "zeynep", "zuzana"};
static const char *const male_given_names[] = {
    "abdel", "abdelaziz", "abdelmadjid", "abdoulaye", "abdul", "abdulla", "abdullah", "abiy", "abu", "adel",
    "ahmad", "ahmed", "ahmet", "akhtar", "alan", "alastair", "aleksandar", "alexander", "alexei", "alexis",
    "ali", "alistair", "ammar", "andrei", "andrew", "andrzej", "angus", "anthony", "antonio", "antonis",
    "ariel", "ashraf", "asif", "atta", "avigdor", "ayatollah", "ayman", "bandar", "barack", "barham", "bashar",
    "bashir", "beji", "ben", "benjamin", "benny", "bernard", "bernie", "bill", "binali", "blaise", "bob",
    "boris", "brian", "burhanuddin", "carlos", "charles", "christopher", "chuck", "colin", "cyril", "dan",
    "daniel", "david", "denis", "dennis", "devlet", "dick", "dmitry", "dominic", "donald", "douglas", "ebrahim",
    "ed", "edward", "ehud", "emmanuel", "emmerson", "emomali", "enrique", "eric", "faustin", "fayez", "felipe",
    "felix", "fouad", "francois", "frank", "frank-walter", "frederick", "fuad", "fumio", "gary", "geoffrey",
    "george", "gerhard", "giorgi", "giuseppe", "goodluck", "gordon", "graham", "grant", "gregory", "gulbuddin",
    "gurbanguly", "hadi", "hafez", "haibatullah", "haider", "hamad", "hamdan", "hamid", "harold", "hasan",
    "hashim", "hassan", "helmut", "henry", "heydar", "hibatullah", "horst", "hosni", "hossein", "hugo",
    "hulusi", "hunter", "iain", "ian", "ibrahim", "idriss", "ilham", "imran", "isaias", "ismail", "jack",
    "jacob", "jacques", "jair", "jakaya", "jalal", "jalaluddin", "james", "jared", "jaroslaw", "javad",
    "jean-claude", "jean-marc", "jean-yves", "jeb", "jens", "jeremy", "jim", "joe", "john", "jonathan", "jose",
    "joseph", "juan", "junichiro", "justin", "kais", "keir", "kemal", "ken", "kenneth", "kevin", "kgalema",
    "khaled", "khalid", "khalifa", "klaus", "kwasi", "kyriakos", "laurent", "lawrence", "liam", "lindsey",
    "lionel", "luis", "luiz", "macky", "mahamat", "mahmoud", "malcolm", "manmohan", "manuel", "marco",
    "mariano", "mario", "mark", "martin", "masoud", "masrour", "massoud", "mateusz", "matteo", "matthew",
    "mauricio", "mevlut", "michael", "michel", "miguel", "mike", "mikhail", "mikheil", "mitch", "mohamed",
    "mohammad", "mohammed", "mohsen", "mojtaba", "moncef", "moshe", "muammar", "muhammad", "muhammadu",
    "mullah", "muqtada", "mustafa", "nabih", "nadhim", "naftali", "najib", "naoto", "narendra", "nawaz",
    "nechirvan", "neil", "nelson", "nick", "nicolae", "nicolas", "nigel", "nikol", "norman", "nouri", "nuri",
    "nursultan", "olaf", "olusegun", "omar", "osama", "patrick", "paul", "pedro", "pervez", "peter", "petro",
    "philip", "pierre", "qais", "qassem", "qubad", "radovan", "rahul", "raila", "ramzan", "rashid", "ratko",
    "recep", "rex", "richard", "rick", "riek", "rishi", "robert", "rodrigo", "roger", "romano", "ronald",
    "rudy", "saad", "saddam", "sajid", "salman", "salva", "sami", "samir", "scott", "sebastian", "selahattin",
    "sergei", "sergey", "serzh", "shavkat", "shehbaz", "shimon", "shinzo", "silvio", "simon", "sirajuddin",
    "slobodan", "stephen", "steve", "steven", "tamim", "tariq", "taro", "tayyip", "ted", "thabo", "thomas",
    "tim", "timothy", "tom", "tony", "uhuru", "viktor", "vince", "vladimir", "volodymyr", "walid", "walter",
    "william", "wolfgang", "xi", "yahya", "yair", "yasser", "yitzhak", "yoav", "yoshihide", "yoweri", "yukio"};

/* 'f' or 'm' when w[0, n) (lower case) is a given name of the lists, else 0. */
static int given_name_sex(const char *w, size_t n) {
  if (words_sorted_contain(female_given_names, sizeof female_given_names / sizeof *female_given_names, w, n)) return 'f';
  if (words_sorted_contain(male_given_names, sizeof male_given_names / sizeof *male_given_names, w, n)) return 'm';
  return 0;
}

/*
 * What the words of document tokens [first, end) say of a person's sex:
 * 'f' for "Mrs May", "the spokeswoman" or "the queen", 'm' for "Mr
 * Kennedy", "the spokesman" or "the king", and 0 when they say nothing
 * ("Kadyrov").
 */
static int words_sex(const dl_document *doc, uint32_t first, uint32_t end) {
  const char *text = doc->text.text.data;
  for (uint32_t i = first; i < end && i < doc->tokens.len; i++) {
    const dl_token *t = &doc->tokens.items[i];
    char w[32];
    if (t->len >= sizeof w) continue;
    size_t n = words_lower_ascii(text + t->start, t->len, w, sizeof w);
    int lower = text[t->start] >= 'a' && text[t->start] <= 'z';
    /*
     * A capitalised word says so only as a title: before a name ("King
     * Abdullah", "Mrs May") or after "the" ("the Queen"); "Jane Lord" and
     * "Mary King" are surnames.
     */
    const dl_token *next = i + 1 < end && i + 1 < doc->tokens.len ? &doc->tokens.items[i + 1] : NULL;
    const dl_token *prev = i > first ? &doc->tokens.items[i - 1] : NULL;
    int title = lower || (next && text[next->start] >= 'A' && text[next->start] <= 'Z') ||
                (prev && prev->len == 3 && strncasecmp(text + prev->start, "the", 3) == 0);
    if (title && words_sorted_contain(female_words, sizeof female_words / sizeof *female_words, w, n)) return 'f';
    if (title && words_sorted_contain(male_words, sizeof male_words / sizeof *male_words, w, n)) return 'm';
    /* A given name before a surname: "Alan Johnson", "Theresa May". */
    int given = !lower && next && text[next->start] >= 'A' && text[next->start] <= 'Z' ? given_name_sex(w, n) : 0;
    if (given) return given;
    /* Role nouns only: "Rahman" and "Newman" are names. */
    if (!lower) continue;
    if (n >= 5 && (memcmp(w + n - 5, "woman", 5) == 0 || memcmp(w + n - 5, "women", 5) == 0)) return 'f';
    if (n > 3 && (memcmp(w + n - 3, "man", 3) == 0 || memcmp(w + n - 3, "men", 3) == 0) && i + 1 == end) return 'm';
  }
  return 0;
}

/* What the words of mention m say of a person's sex, as words_sex. */
static int mention_sex(const sent *s, const dl_mention *m) { return words_sex(s->doc, m->first, m->end); }

/* The first mention of the person that mention m names again ("Ms Sturgeon" -> "Nicola Sturgeon"). */
static int32_t person_root(const sent *s, int32_t m) {
  for (int hops = 0; hops < 64 && mention(s, m)->refers_to >= 0; hops++) m = mention(s, m)->refers_to;
  return m;
}

/*
 * What any mention of the person m names says of their sex ("Holyrood
 * leader Nicola Sturgeon ... Ms Sturgeon"): those that refer back to the
 * same first mention, or name the same dictionary person.
 */
static int person_sex(const sent *s, int32_t m) {
  const dl_mention *pm = mention(s, m);
  int sex = mention_sex(s, pm);
  if (sex) return sex;
  /* "The Tory leader" after "Mr Howard": the person a role names again, hop by hop. */
  if (pm->kind != MENTION_PERSON) {
    int32_t r = m;
    for (int hops = 0; hops < 64 && mention(s, r)->refers_to >= 0; hops++) {
      r = mention(s, r)->refers_to;
      if (mention(s, r)->kind == MENTION_PERSON) return person_sex(s, r);
      if ((sex = mention_sex(s, mention(s, r)))) return sex;
    }
    return 0;
  }
  int32_t root = person_root(s, m);
  const lex_entry *entry = mention(s, root)->entry;
  for (size_t k = 0; k < s->mentions->len; k++) {
    const dl_mention *o = &s->mentions->items[k];
    if (o->kind != MENTION_PERSON || (int32_t)k == m) continue;
    if (person_root(s, (int32_t)k) != root && !(entry && entry->kind == LEX_PERSON && o->entry == entry)) continue;
    if ((sex = mention_sex(s, o))) return sex;
  }
  /* The dictionary's name for the person: "Johnson" is "Alan Johnson". */
  if (entry && entry->kind == LEX_PERSON && entry->canonical) {
    const char *sp = strchr(entry->canonical, ' ');
    char w[32];
    if (sp && (size_t)(sp - entry->canonical) < sizeof w) {
      size_t n = words_lower_ascii(entry->canonical, (size_t)(sp - entry->canonical), w, sizeof w);
      return given_name_sex(w, n);
    }
  }
  return 0;
}

/*
 * Nonzero when a person no dictionary knows is named right after group
 * mention m by a word for a person: "Tory backbencher Edward Leigh", the
 * party's member, whom "he" may stand for.
 */
static int titled_member_follows(const sent *s, const dl_mention *m) {
  const dl_token *tokens = s->doc->tokens.items;
  size_t ntokens = s->doc->tokens.len;
  uint32_t i = m->end;
  int title = 0;
  char w[32];
  for (; i < ntokens && i < m->end + 2; i++) {
    const dl_token *t = &tokens[i];
    if (t->len >= sizeof w || !islower((unsigned char)s->text[t->start])) break;
    size_t n = words_lower_ascii(s->text + t->start, t->len, w, sizeof w);
    if (!person_noun(w, n)) break;
    title = 1;
  }
  return title && i < ntokens && isupper((unsigned char)s->text[tokens[i].start]) && tokens[i].len > 1;
}

/* Nonzero when group mention m names one of the group's people by a role noun: "a Labour Party spokesman". */
static int body_person(const sent *s, const dl_mention *m) {
  if (m->kind != MENTION_GROUP || !m->role_entry) return 0;
  char w[32];
  size_t n = head_word(s, m, w, sizeof w);
  return n > 0 && w[n - 1] != 's' && person_noun(w, n) &&
         !words_sorted_contain(body_heads, sizeof body_heads / sizeof *body_heads, w, n);
}

/*
 * Nonzero when no one and no clause but one of "that" comes between a verb
 * at head and a pronoun's verb group at first: "has hinted he backs",
 * "rejects a suggestion that he had"; not "watched as he", "accompanied him
 * as he", "told Mr Blair he".
 */
static int plain_path(const sent *s, uint32_t head, uint32_t first) {
  for (uint32_t k = head + 1; k + 1 < first && k < s->n; k++)
    if (s->mention_at[k] >= 0 || (tag_is(s, k, POS_PRON) && k + 2 < first) || tag_is(s, k, POS_PROPN) ||
        (tag_is(s, k, POS_SUBORD) && !word_is(s, k, "that")) || tag_is(s, k, POS_PUNCT) ||
        word_in(s, k, (const char *const[]){"as", "when", "while", "after", "before", "because", "if", "since",
                                             "until", "once", NULL}))
      return 0;
  return 1;
}

/* Nonzero when the actors of sl may be what a pronoun of that kind stands for. */
static int pronoun_agrees(const sent *s, const slot *sl, pronoun_kind kind) {
  if (!sl->n) return 0;
  if (kind == PRONOUN_ANY) return 1;
  if (sl->n > 1) return kind == PRONOUN_MANY; /* "Afghan and U.S. officials ... they" */
  const dl_mention *m = mention(s, sl->m[0]);
  /* "the Kurdish struggle", "in Syria": a thing described or a place is no one a pronoun stands for. */
  if (m->flags & (MENTION_DESCRIBES | MENTION_LOCATIVE)) return 0;
  /*
   * A name is no role noun: "the United States" is not plural, and "the
   * Kremlin" or "Washington", a body or capital with no role noun, is a body.
   */
  int named = m->kind == MENTION_PERSON || m->kind == MENTION_GROUP ||
              (m->kind == MENTION_COUNTRY && (!m->roles[0] || !m->role_entry));
  char w[32];
  size_t n = named ? 0 : head_word(s, m, w, sizeof w);
  /* (A state's office that is one person: "the Brexit secretary", "the U.S. Trade Representative"; not "Westminster" or "the Scottish Executive".) */
  if (named && m->kind == MENTION_COUNTRY && m->entry && m->entry->kind == LEX_BODY) {
    n = head_word(s, m, w, sizeof w);
    if (n && ((n == 8 && memcmp(w, "minister", 8) == 0) ||
              (words_sorted_contain(person_heads, sizeof person_heads / sizeof *person_heads, w, n) &&
               !(n == 9 && memcmp(w, "executive", 9) == 0))))
      named = 0;
    else n = 0;
  }
  /* A role noun in the plural: "soldiers", "officials", "gunmen", "police"; not in "ss", "us" or "is". */
  int plural = (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') ||
               (n > 4 && memcmp(w + n - 3, "men", 3) == 0) ||
               (n && words_sorted_contain(plural_heads, sizeof plural_heads / sizeof *plural_heads, w, n));
  int body = (named && m->kind != MENTION_PERSON) ||
             (n && words_sorted_contain(body_heads, sizeof body_heads / sizeof *body_heads, w, n));
  switch (kind) {
    /* "he" is no woman a mention's words name, "she" no man. */
    case PRONOUN_HE:
    case PRONOUN_SHE: {
      /* ...also a group's person named by a role noun: "BBC political editor", "a Labour Party spokesman". */
      int group_person = body_person(s, m) || (m->kind == MENTION_GROUP && titled_member_follows(s, m));
      return (m->kind == MENTION_PERSON || (n && !plural && !body && person_noun(w, n)) || group_person) &&
             person_sex(s, sl->m[0]) != (kind == PRONOUN_HE ? 'f' : 'm');
    }
    /* (Not a body's person: "The Liberal Democrat leader predicted ... it was not fair" is not the party.) */
    case PRONOUN_THING: return !body_person(s, m) && m->kind != MENTION_PERSON && body && !plural;
    /* Not a country's bare name: "they" after "Syria" are its people or someone else; after "the Palestinians", them. */
    /* (Nor a group's one person: "an SDF leader ... They said" are others.) */
    case PRONOUN_MANY:
      return m->kind != MENTION_PERSON && (plural || body) && !body_person(s, m) &&
             !(m->kind == MENTION_COUNTRY && !m->roles[0] && m->entry && m->entry->kind != LEX_DEMONYM);
    default: return 0;
  }
}

static int unknown_person_subject(const sent *s, const vgroup *g);
static int unknown_person_fits(const sent *s, const vgroup *g, pronoun_kind kind);
static int unknown_people_subject(const sent *s, const vgroup *g);

/* People named by whom they are close to: "Brown's closest ally", "Putin's spokesman" is his voice and not here. */
static const char *const relation_nouns[] = {"ally", "friend", "aide", "adviser", "advisor", "colleague", "associate",
                                             "wife", "husband", "son", "daughter", "brother", "sister", "father",
                                             "mother", "lawyer", "critic", "rival", "opponent", "supporter",
                                             "biographer", "confidant", "deputy", NULL};

/* Words for a person's post that may stand before a name no dictionary knows: "IHRC chairman Massoud Shadjareh". */
static const char *const person_titles[] = {
    /* posts */
    "chairman", "chairwoman", "chair", "chief", "secretary", "spokesman", "spokeswoman", "spokesperson", "director",
    "leader", "president", "minister", "governor", "mayor", "head", "executive", "official", "commissioner",
    /* callings */
    "adviser", "advisor", "lawyer", "analyst", "economist", "professor", "expert", "researcher", "campaigner",
    "activist", "founder", "manager", "officer", "editor", "correspondent", "counsel", "attorney", "prosecutor",
    /* offices of state, the law and arms */
    "senator", "sen.", "rep.", "representative", "judge", "general", "gen.", "colonel", "col.", "captain",
    "commander", "ambassador", "envoy", "chancellor", "deputy", "constable", "inspector", "superintendent",
    /* bodies' members and ranks of birth and faith */
    "treasurer", "councillor", "mp", "mep", "msp", "boss", "member", "candidate", "organiser", "organizer",
    "coordinator", "co-ordinator", "lord", "baroness", "bishop", "archbishop", "rabbi", "imam", "cleric", "priest",
    "father", "sheikh", "prince", "princess", "king", "queen", NULL};

/* Courtesy titles before a surname: "Mr Mubanga". */
static const char *const courtesy_titles[] = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "miss", "sir", "dame", NULL};

/*
 * Nonzero when a pronoun does not stand for slot sl because its own clause
 * names the same person or role's holder after it (Principle C): in "They
 * called for a guarantee that the government consults", "they" is not the
 * government the sentences before named.
 */
static int named_again(const sent *s, const vgroup *g, const slot *sl, pronoun_kind kind) {
  /* (A person or a role's holder only: "It said ... EC states" may still be the EC, a body and its members.) */
  if (kind != PRONOUN_ANY && sl->n && mention(s, sl->m[0])->sentence != s->index &&
      (mention(s, sl->m[0])->kind == MENTION_PERSON || mention(s, sl->m[0])->kind == MENTION_ROLE)) {
    const dl_mention *a = mention(s, sl->m[0]);
    /*
     * (Its own clause and what it governs only: not past ", and" ("they bombed
     * the hospital, and Isis fighters blew up"), out of a quote it is in, or
     * out of a clause that opens the sentence: "Asked whether he had
     * returned, Mr Blair said".)
     */
    int quoted = 0, opening = 0;
    for (uint32_t i = 0; i < g->first; i++) {
      if (word_is(s, i, "\"")) quoted = !quoted;
      if (tag_is(s, i, POS_SUBORD) || word_in(s, i, (const char *const[]){"asked", "whether", "if", "when", "after", "before", "because", "although", "though", "while", "as", "since", "once", NULL}))
        opening = 1;
      if (word_is(s, i, ",")) opening = 0;
    }
    for (uint32_t i = g->first + 1; i < s->n && !word_is(s, i, ";"); i++) {
      if (word_is(s, i, ",") && i + 1 < s->n && word_in(s, i + 1, (const char *const[]){"and", "but", "while", "whereas", NULL}))
        break;
      if ((quoted && word_is(s, i, "\"")) || (opening && word_is(s, i, ","))) break;
      /* ...nor into a trailing attribution: "He will visit Moscow, Netanyahu told reporters", ", according to". */
      if (word_is(s, i, ",") && i + 1 < s->n) {
        int attribution = word_is(s, i + 1, "according");
        for (uint32_t k = i + 1; !attribution && k < s->n && k <= i + 6; k++)
          if (s->group_at[k] >= 0 && s->groups[s->group_at[k]].reporting) attribution = 1;
        if (attribution) break;
      }
      if (s->mention_at[i] < 0 || (i > 0 && s->mention_at[i - 1] == s->mention_at[i])) continue;
      const dl_mention *b = mention(s, s->mention_at[i]);
      if (a->entry && a->entry == b->entry && a->kind == b->kind && strcmp(a->code, b->code) == 0 &&
          a->head < s->doc->tokens.len && b->head < s->doc->tokens.len) {
        /* (The same head too: "a ministry official" is not "the ministry".) */
        const dl_token *ha = &s->doc->tokens.items[a->head], *hb = &s->doc->tokens.items[b->head];
        if (ha->len == hb->len && strncasecmp(s->text + ha->start, s->text + hb->start, ha->len) == 0) return 1;
      }
    }
  }
  return 0;
}

/* As pronoun_agrees, for the subject of group g: "it said" is no population or refugees, who say nothing as one. */
static int pronoun_fits(const sent *s, const vgroup *g, const slot *sl, pronoun_kind kind) {
  if (!pronoun_agrees(s, sl, kind)) return 0;
  if (named_again(s, g, sl, kind)) return 0;
  if (kind != PRONOUN_THING || !g->reporting) return 1;
  const char *roles = mention(s, sl->m[0])->roles;
  return strncmp(roles, "CVL", 3) != 0 && strncmp(roles, "REF", 3) != 0;
}

/* The sentence that named a carried subject. */
static uint32_t slot_sentence(const sent *s, const slot *sl) { return sl->n ? mention(s, sl->m[0])->sentence : sl->sentence; }

/* The actor subject a pronoun may stand for, before the speaker's own quote is weighed (resolve_pronoun). */
static void resolve_pronoun_in(sent *s, size_t gi, const carry *c, pronoun_kind kind, slot *out);

/*
 * Resolves a pronoun subject to the latest actor subject it may stand for:
 * in this sentence, then before it. "He said" is not Pakistan, nor "it
 * said" a spokesman; with none, the pronoun stays unresolved.
 */
static void resolve_pronoun(sent *s, size_t gi, const carry *c, pronoun_kind kind, slot *out) {
  resolve_pronoun_in(s, gi, c, kind, out);
  if (!(kind == PRONOUN_HE || kind == PRONOUN_SHE) || !out->n) return;
  /* 'Mr Clarke argued: "He has apologised"': in a speaker's own quote, "he" or "she" is someone else. */
  const vgroup *g = &s->groups[gi];
  uint32_t pronoun = g->first;
  while (pronoun > 0 && !tag_is(s, pronoun - 1, POS_PRON) && g->first - pronoun < 3) pronoun--;
  if (pronoun == 0 || !tag_is(s, pronoun - 1, POS_PRON)) return;
  for (size_t k = 0; k < gi; k++) {
    const vgroup *p = &s->groups[k];
    if (!p->reporting || p->nonfinite || p->head >= pronoun || !p->has_subject || !p->subject.n) continue;
    int quoted = 0;
    for (uint32_t i = p->head + 1; i + 1 < pronoun; i++)
      if (word_is(s, i, "\"")) quoted ^= 1;
    const dl_mention *speaker = mention(s, p->subject.m[0]), *found = mention(s, out->m[0]);
    if (quoted && speaker->entry == found->entry && strcmp(speaker->code, found->code) == 0) {
      memset(out, 0, sizeof *out);
      out->filled = 1;
      return;
    }
  }
}

static void resolve_pronoun_in(sent *s, size_t gi, const carry *c, pronoun_kind kind, slot *out) {
  /*
   * "India and Egypt bought wheat, they said": a speaker after what was said
   * is someone the sentences before named, not an actor of what was said.
   */
  const vgroup *g = &s->groups[gi];
  /*
   * '"We will attack the rebels," said a spokesman for the army': "we" in a
   * quote is the side of its speaker, named after the quote closes.
   */
  /* Only when the quote opens the sentence and its speaker comes straight after it, not 'X declared: "We ..."'. */
  slot bare_speaker;
  memset(&bare_speaker, 0, sizeof bare_speaker);
  if (kind == PRONOUN_ANY && s->n > 0 && word_is(s, 0, "\""))
    for (size_t k = gi + 1; k < s->ngroups; k++) {
      vgroup *p = &s->groups[k];
      if (!p->reporting || p->nonfinite) continue;
      uint32_t closes = 0;
      for (uint32_t i = g->head + 1; i < p->first && !closes; i++)
        if (word_is(s, i, "\"")) closes = i;
      /* '," a senior Syrian army official said': the speaker's phrase may run to the verb. */
      if (!closes || p->first > closes + 8) break;
      if (!p->has_subject) find_subject(s, k, c);
      /*
       * A bare role with no country ("a spokesman said") says less than a
       * subject carried from before ("we" is Siemens); with none, it is the
       * speaker still.
       */
      const dl_mention *sp = p->subject.n ? mention(s, p->subject.m[0]) : NULL;
      if (sp && (sp->country[0] || sp->kind != MENTION_ROLE)) {
        *out = p->subject;
        return;
      }
      if (sp) bare_speaker = p->subject;
      /* '"... we strongly oppose the scheme," said Mr Hogg': a speaker no dictionary knows is no actor's side. */
      if (!sp && p->head + 2 < s->n && s->mention_at[p->head + 1] < 0 && s->mention_at[p->head + 2] < 0 &&
          (word_in(s, p->head + 1, courtesy_titles) || tag_is(s, p->head + 1, POS_PROPN)) && tag_is(s, p->head + 2, POS_PROPN))
        return;
      break;
    }
  if (bare_speaker.n) {
    for (size_t k = 0; k < c->nsubjects; k++)
      if (c->subjects[k].n && mention(s, c->subjects[k].m[0])->kind != MENTION_ROLE) {
        *out = c->subjects[k];
        out->trailing = 0; /* the subject of this clause now, wherever it was named */
        return;
      }
    *out = bare_speaker;
    return;
  }
  int after_report = g->reporting && g->first >= 2 && (word_is(s, g->first - 2, ",") || word_is(s, g->first - 2, "\""));
  for (size_t k = after_report ? 0 : gi; k-- > 0;) {
    vgroup *p = &s->groups[k];
    if (!p->has_subject) find_subject(s, k, c);
    /* "Trump has told the EU it must take back its fighters": "it" or "they" after a verb of telling is the one told. */
    /* (Only for what the one told must do: "told journalists they would attack" is the Taliban's own threat.) */
    if ((kind == PRONOUN_THING || kind == PRONOUN_MANY) && g->must && p->head + 1 < g->first &&
        s->mention_at[p->head + 1] >= 0 && strncmp(mention(s, s->mention_at[p->head + 1])->roles, "MED", 3) != 0 &&
        lemma_in(s, p->head, (const char *const[]){"tell", "warn", "inform", "assure", "remind", "notify", NULL})) {
      slot told;
      memset(&told, 0, sizeof told);
      slot_add(&told, s->mention_at[p->head + 1]);
      if (m_end(s, told.m[0]) <= g->first && pronoun_fits(s, g, &told, kind)) {
        *out = told;
        return;
      }
    }
    /* "Jorg Wojahn said he would visit Tehran", "David Davis has hinted he backs": the person no dictionary knows. */
    /* (Other verbs only with no one else nor another clause between: not "Anna watched as he", "accompanied him as he".) */
    /* (A speaker's given name is not weighed: "Nicola" and "Andrea" are men's names too.) */
    if (!p->subject.n && (kind == PRONOUN_HE || kind == PRONOUN_SHE) &&
        (p->reporting ? unknown_person_subject(s, p)
                      : !p->infinitive && !p->nonfinite && !p->relative && plain_path(s, p->head, g->first) &&
                            unknown_person_fits(s, p, kind)))
      return;
    /* "Though many sources agreed, they added": people no dictionary knows. */
    if (!p->subject.n && kind == PRONOUN_MANY && !p->infinitive && !p->nonfinite && unknown_people_subject(s, p))
      return;
    if (p->subject.n) {
      if (pronoun_fits(s, g, &p->subject, kind)) {
        *out = p->subject;
        return;
      }
      break; /* the clause before names someone else */
    }
  }
  /*
   * "Ellwood said that once a terrorist was captured ... He told the Daily
   * Telegraph": a saying's "he" stands for the last sentence's speaker, not
   * for a subject of what that speaker said. (A later speaker of that
   * sentence is "he" still: "..., the spokesman said. ... he added".)
   */
  if (g->reporting && !g->nonfinite && !g->infinitive && (kind == PRONOUN_HE || kind == PRONOUN_SHE) &&
      c->nsubjects > 1 && !c->subjects[0].opening && !c->subjects[0].speaker) {
    uint32_t said_in = slot_sentence(s, &c->subjects[0]);
    for (size_t k = 1; k < c->nsubjects && slot_sentence(s, &c->subjects[k]) == said_in; k++) {
      const slot *sk = &c->subjects[k];
      if (!sk->opening) continue;
      if (!sk->n) {
        if (!sk->many && (!sk->gender || sk->gender == kind)) return;
      } else if (pronoun_fits(s, g, sk, kind)) {
        *out = *sk;
        out->opening = 0;
        return;
      }
      break;
    }
  }
  int past_other = 0; /* a person no dictionary knows, of the other sex, came after the slot */
  for (size_t k = 0; k < c->nsubjects; k++) {
    const slot *sk = &c->subjects[k];
    /*
     * A speaker named after what was said gives way, for an act's pronoun,
     * to the actor of what was said: ", Ukrainian officials said. They
     * killed" are the troops; ", the Kremlin said. It urged" is the Kremlin.
     */
    if (sk->trailing && !g->reporting)
      for (size_t j = k + 1; j < c->nsubjects; j++) {
        const slot *sj = &c->subjects[j];
        uint32_t said_in = sk->n ? mention(s, sk->m[0])->sentence : sk->sentence;
        if (!sj->n || sj->trailing || mention(s, sj->m[0])->sentence != said_in) break;
        if (pronoun_fits(s, g, sj, kind)) {
          sk = sj;
          break;
        }
      }
    /* A person no dictionary knows, named since: "he" is that person, no actor. */
    /* ...unless a title says otherwise: "Mrs Jones said ... he asked" is someone named before. */
    if (!sk->n && sk->filled) {
      if (sk->many ? kind == PRONOUN_MANY
                   : ((kind == PRONOUN_HE || kind == PRONOUN_SHE) && (!sk->gender || sk->gender == kind)))
        return;
      if (!sk->many && (kind == PRONOUN_HE || kind == PRONOUN_SHE)) past_other = 1;
      continue;
    }
    /* Past a person of the other sex, only a person named stands for "he" or "she": a role may be anyone. */
    if (past_other && mention(s, sk->m[0])->kind != MENTION_PERSON) return;
    /* "It said the bank would": an "it" that is not the body named again is likely a report, not an actor before. */
    if (kind == PRONOUN_THING && named_again(s, g, sk, kind)) return;
    if (pronoun_fits(s, g, sk, kind)) {
      *out = *sk;
      out->trailing = 0;
      return;
    }
  }
}

/* Makes sl the latest subject a later pronoun may stand for. */
static void carry_subject(carry *c, const slot *sl) {
  if (c->nsubjects < CARRY_SUBJECTS) c->nsubjects++;
  memmove(&c->subjects[1], &c->subjects[0], (size_t)(c->nsubjects - 1) * sizeof *c->subjects);
  c->subjects[0] = *sl;
}

static int32_t described_actor(const dl_document *doc, const dl_mention_vec *mentions, uint32_t at);

/* Makes a person no dictionary knows the latest subject: a filled slot with no actor, which "he" stops at. */
static int carry_unknown_person(carry *c, uint32_t sentence) {
  /* Once a sentence: its opening name and its saying are one person. */
  if (c->nsubjects && !c->subjects[0].n && c->subjects[0].filled && !c->subjects[0].many &&
      c->subjects[0].sentence == sentence)
    return 0;
  slot unknown;
  memset(&unknown, 0, sizeof unknown);
  unknown.filled = 1;
  unknown.sentence = sentence;
  carry_subject(c, &unknown);
  return 1;
}

/*
 * The pronoun that stands for the person named by the capitalised words
 * ending at document token name (from document token first on): "Mrs
 * Essex" and "Tessa Jowell" PRONOUN_SHE, "Mr Davies" PRONOUN_HE, else 0.
 */
static uint8_t name_pronoun(const dl_document *doc, uint32_t first, uint32_t name) {
  const char *text = doc->text.text.data;
  uint32_t k = name;
  while (k > first && k + 4 > name && doc->tokens.items[k - 1].kind == DL_TOKEN_WORD &&
         text[doc->tokens.items[k - 1].start] >= 'A' && text[doc->tokens.items[k - 1].start] <= 'Z')
    k--;
  int sex = words_sex(doc, k, name + 1);
  return sex == 'f' ? PRONOUN_SHE : sex == 'm' ? PRONOUN_HE : 0;
}

/*
 * Makes the person named at local token name the latest subject: the actor
 * the story described the name as before, or else a person no dictionary
 * knows.
 */
static void carry_person(const sent *s, carry *c, uint32_t name) {
  int32_t actor = described_actor(s->doc, s->mentions, s->base + name);
  if (actor < 0) {
    /* "Mrs Essex", "Tessa Jowell": a title or a given name tells which pronoun stands for the person. */
    if (carry_unknown_person(c, s->index)) c->subjects[0].gender = name_pronoun(s->doc, s->base, s->base + name);
    return;
  }
  slot named;
  memset(&named, 0, sizeof named);
  slot_add(&named, actor);
  carry_subject(c, &named);
}


/* Nonzero when token i is in a verb group that has no tense of its own: "to defeat", "backed by", "who arrived". */
static int open_group(const sent *s, uint32_t i) {
  const vgroup *g = &s->groups[s->group_at[i]];
  return g->infinitive || g->nonfinite || g->relative || (g->first > 0 && word_in(s, g->first - 1, relative_words));
}

/* Nonzero when token i is a dash that sets a phrase off: "-", "–" or "—". */
static int dash(const sent *s, uint32_t i) {
  return word_is(s, i, "-") || word_is(s, i, "\xe2\x80\x93") || word_is(s, i, "\xe2\x80\x94");
}


/*
 * Nonzero when group g's subject is a person the dictionaries do not know,
 * named right before the verb: "Mark Serwotka said", "Mr Mubanga refused".
 * Two names, or a courtesy title and a name, none of them an actor's.
 */
static uint32_t unknown_person_end(const sent *s, const vgroup *g);
static uint32_t person_name_end(const sent *s, const vgroup *g);

static int unknown_person_subject(const sent *s, const vgroup *g) { return unknown_person_end(s, g) != 0; }

/* Plural nouns of people who speak with no name or side: "sources", "analysts", "one dealer"'s fellows. */
static const char *const speaker_nouns[] = {"source", "analyst", "expert", "economist", "dealer", "trader", "banker",
                                            "observer", "insider", "witness", "critic", "participant", "delegate",
                                            "member", "people", NULL};

/* Nonzero when token i is not its own lemma in lower case: "sources", "tribesmen", "said"; not "spell". */
static int inflected(const sent *s, uint32_t i) {
  const dl_token *t = &s->doc->tokens.items[s->base + i];
  char low[32];
  size_t n;
  const char *w = lemma(s, i, &n);
  if (t->len >= sizeof low) return 1;
  size_t ln = words_lower_ascii(s->text + t->start, t->len, low, sizeof low);
  return ln != n || memcmp(low, w, n) != 0;
}

/*
 * Nonzero when g's subject is people no dictionary knows, in the plural,
 * right before it: "many sources agreed", "bankers said", "trade sources
 * here said". "They" after it is those people, not an actor named before.
 */
static int unknown_people_subject(const sent *s, const vgroup *g) {
  uint32_t i = g->first;
  while (i > 0 && (tag_is(s, i - 1, POS_ADV) || word_in(s, i - 1, (const char *const[]){"here", "there", NULL}))) i--;
  if (i == 0 || !tag_is(s, i - 1, POS_NOUN) || s->mention_at[i - 1] >= 0) return 0;
  size_t n;
  const char *w = lemma(s, i - 1, &n);
  char word[32];
  if (n >= sizeof word) return 0;
  /* Plural: the word is not its lemma ("sources", "tribesmen"), or is "people". */
  if (!inflected(s, i - 1) && !lemma_is(s, i - 1, "people")) return 0;
  memcpy(word, w, n);
  word[n] = '\0';
  return lemma_in(s, i - 1, speaker_nouns) || person_noun(word, n);
}

/* As unknown_person_subject, giving the index after the person's name, or 0, whether or not the story described the name before. */
static uint32_t person_name_end(const sent *s, const vgroup *g) {
  uint32_t i = g->first;
  while (i > 0 && tag_is(s, i - 1, POS_ADV)) i--; /* "Duncan Bannatyne also attacked" */
  /* ...or before an apposition: "David Cooke, chairman of the committee, said". */
  if (i > 0 && word_is(s, i - 1, ",")) {
    uint32_t k = i - 1;
    while (k > 0 && i - k < 12 && !word_is(s, k - 1, ",") && s->mention_at[k - 1] < 0) k--;
    /* ...and the name itself in an apposition to a title: "The Brexit secretary, David Davis, has hinted". */
    uint32_t names = 0;
    while (k + names < i - 1 && tag_is(s, k + names, POS_PROPN) && s->mention_at[k + names] < 0) names++;
    if (k > 1 && word_is(s, k - 1, ",") && names >= 2 && names <= 4 && k + names == i - 1 &&
        word_in(s, k - 2, person_titles)) {
      i = i - 1;
    } else if (k > 0 && word_is(s, k - 1, ",") && k < i - 1) {
      i = k - 1;
    } else {
      /* ...or a clause on who the person is, actors and all: "Kimberley Taylor, who is fighting Isis in Syria, said". */
      uint32_t r = i - 1;
      while (r > 0 && i - r < 25 && !word_is(s, r - 1, ",")) r--;
      if (r > 0 && word_is(s, r - 1, ",") && word_in(s, r, (const char *const[]){"who", "whose", NULL})) i = r - 1;
    }
  }
  if (i < 2 || !tag_is(s, i - 1, POS_PROPN) || s->mention_at[i - 1] >= 0 || word_in(s, i - 1, time_nouns)) return 0;
  if (s->mention_at[i - 2] >= 0) return 0;
  /* A given name opening the sentence may be tagged a noun: "Duncan Bannatyne". */
  if (!word_in(s, i - 2, courtesy_titles) &&
      !((tag_is(s, i - 2, POS_PROPN) || (i == 2 && tag_is(s, 0, POS_NOUN) && capitalised(s, 0))) &&
        !word_in(s, i - 2, time_nouns)))
    return 0;
  /*
   * Only a speaker who opens the clause: after what was said ("Putin will
   * visit Japan, Yuri Ushakov said. He will meet Koizumi") "he" is more
   * often the one spoken of.
   */
  /* ...maybe after a title no dictionary knows: "IHRC chairman Massoud Shadjareh", "the Agrarian Reform Secretary". */
  uint32_t j = i - 2;
  /* (The rest of the name first: "Jose Luis Rodriguez".) */
  while (j > 0 && i - j < 4 && tag_is(s, j - 1, POS_PROPN) && s->mention_at[j - 1] < 0 && !word_in(s, j - 1, person_titles))
    j--;
  /* (A title names a person's post: "Consultancy Wood Mackenzie" is a firm. "Mr" names a person.) */
  if (j > 0 && word_in(s, j - 1, courtesy_titles) && s->mention_at[j - 1] < 0) j--;
  if (j > 0 && word_in(s, j - 1, person_titles) && s->mention_at[j - 1] < 0)
    while (j > 0 && i - j < 9 && s->mention_at[j - 1] < 0 && !word_in(s, j - 1, time_nouns) &&
           (tag_is(s, j - 1, POS_NOUN) || tag_is(s, j - 1, POS_PROPN) || tag_is(s, j - 1, POS_ADJ)))
      j--;
  if (j > 0 && tag_is(s, j - 1, POS_DET) && s->mention_at[j - 1] < 0) j--;
  if (j == 0 || word_in(s, j - 1, (const char *const[]){"but", "and", NULL})) return i;
  /* ...or after a phrase with no verb of its own: "Within hours of his talks with Mr Thorpe, Sir Edward told". */
  if (!word_is(s, j - 1, ",")) return 0;
  for (size_t k = 0; k < s->ngroups && s->groups[k].head < j; k++)
    if (!s->groups[k].nonfinite && !s->groups[k].infinitive && !s->groups[k].relative && !s->groups[k].reduced) return 0;
  return i;
}

/* As unknown_person_subject, giving the index after the person's name, or 0. A name the story described before is that actor's. */
static uint32_t unknown_person_end(const sent *s, const vgroup *g) {
  uint32_t end = person_name_end(s, g);
  return end && described_actor(s->doc, s->mentions, s->base + end - 1) < 0 ? end : 0;
}

/* Nonzero when group g's subject is a person no dictionary knows whom "he" or "she" (kind) may stand for: "Anna Petrova" is no "he". */
static int unknown_person_fits(const sent *s, const vgroup *g, pronoun_kind kind) {
  uint32_t end = unknown_person_end(s, g);
  if (!end) return 0;
  uint8_t sex = name_pronoun(s->doc, s->base, s->base + end - 1);
  return !sex || sex == (uint8_t)kind;
}

/*
 * Nonzero when the speaker of saying g opens its clause, before what was
 * said: "Afghan officials said the talks had failed", "Mr Mubanga said";
 * not ", witnesses said" after what was said.
 */
static int speaker_opens(const sent *s, const vgroup *g) {
  uint32_t opens = g->first;
  if (g->subject.n && mention(s, g->subject.m[0])->sentence == s->index && m_first(s, g->subject.m[0]) < g->first)
    opens = m_first(s, g->subject.m[0]);
  else if (g->subject.n)
    return 1; /* a pronoun's: "It said" opens its clause */
  else
    /* A speaker no dictionary knows: the noun phrase before the verb, ", witnesses said". */
    while (opens > 0 && s->mention_at[opens - 1] < 0 &&
           (tag_is(s, opens - 1, POS_NOUN) || tag_is(s, opens - 1, POS_PROPN) || tag_is(s, opens - 1, POS_ADJ) ||
            tag_is(s, opens - 1, POS_DET) || tag_is(s, opens - 1, POS_NUM)))
      opens--;
  /* After what was said, a comma or a quote before the speaker: "After the talks collapsed, officials said" opens. */
  if (opens == 0 || !(word_is(s, opens - 1, ",") || word_is(s, opens - 1, "\""))) return 1;
  for (size_t k = 0; k < s->ngroups; k++)
    if (s->groups[k].head < opens && &s->groups[k] != g && !s->groups[k].nonfinite && !s->groups[k].infinitive &&
        !(s->groups[k].first > 0 &&
          (tag_is(s, s->groups[k].first - 1, POS_SUBORD) ||
           word_in(s, s->groups[k].first - 1, (const char *const[]){"after", "before", "when", "as", "while", "since",
                                                                     "although", "though", "because", "if", NULL}))))
      return 0;
  return 1;
}

/*
 * Carries g's subject, and returns nonzero when it did: an actor, or a
 * speaker no dictionary knows, whom "he" or "she" then stands for ("Mr
 * Mubanga said ... he refused"). Only a
 * speaker: a person who acts in what another says ("Marcano may visit")
 * is seldom whom the next "he said" stands for.
 */
static int carry_group_subject(const sent *s, carry *c, const vgroup *g) {
  uint32_t name_end;
  /* The one criticised for an act is not the clause's subject, whom the next "we" or "he" stands for. */
  if (g->object_subject) return 0;
  if (g->subject.n) {
    carry_subject(c, &g->subject);
  } else if (g->reporting && !g->relative && !g->infinitive && !g->nonfinite && (name_end = person_name_end(s, g))) {
    carry_person(s, c, name_end - 1);
  } else if (g->reporting && !g->relative && !g->infinitive && !g->nonfinite && unknown_people_subject(s, g)) {
    /* "bankers said ... they said": "they" is those people, no actor. */
    slot unknown;
    memset(&unknown, 0, sizeof unknown);
    unknown.filled = unknown.many = 1;
    unknown.sentence = s->index;
    carry_subject(c, &unknown);
  } else {
    return 0;
  }
  return 1;
}

/*
 * Abstract nouns and things a gerund after them describes, not people or
 * weapons that act: "the uncertainty surrounding oil revenues", "a report
 * urging the government", "technology supporting exploration". After
 * "streets", "crowds" or "bombers" the gerund is the clause's actor's.
 */
static const char *const abstract_nouns[] = {
    "uncertainty", "controversy", "speculation", "concern",   "fear",       "debate",     "question",  "doubt",
    "hyperbole",   "mystery",     "circumstance", "fact",     "issue",      "problem",    "allegation", "claim",
    "rumour",      "rumor",       "row",         "scandal",   "tension",    "confusion",  "secrecy",   "report",
    "study",       "survey",      "poll",        "document",  "paper",      "rule",       "regulation", "measure",
    "policy",      "plan",        "proposal",    "scheme",    "programme",  "program",    "system",    "technology",
    "facility",    "mechanism",   "framework",   "process",   "initiative", "strategy",   "project",
    "advert",      "advertisement", "poster",    "leaflet",   "video",      "film",       "book",      "article",
    "tax",         "fee",         "price",       "market",    "sector",     "industry",   "emergency",
    "crisis",      "danger",      "disaster",    "recession", "slowdown",   "epidemic",   "pandemic",  "disease",
    NULL};

/* Structures, and what they do by standing where they are: "a tower supporting power lines", "a pipeline supplying Europe". */
static const char *const structure_nouns[] = {"tower", "pylon", "mast", "bridge", "pipeline", "cable", "dam", "wall",
                                              "fence", "road", "railway", "tunnel", "canal", "building", NULL};
static const char *const standing_verbs[] = {"support", "link", "connect", "carry", "supply", "run", "cross", "lead",
                                             "house", "hold", "overlook", "bear", "span", "serve", "join", "contain",
                                             "surround", "border", "feed", "pump", NULL};

/* Nouns for what people say or write, through which they act: "a speech criticising", "a letter urging". */
static const char *const speech_nouns[] = {"statement", "speech", "letter", "message", "remark", "comment", "address",
                                           "interview", "note", "broadcast", "tweet", "email", "sermon", "lecture",
                                           "conference", "briefing", "appeal", "call", NULL};

/* Nouns of acts through which their doers act: "a resolution condemning", "rallies denouncing". */
static const char *const act_nouns[] = {"resolution", "decision", "decree", "declaration", "package", "rally",
                                        "protest", "demonstration", "march", "vote", "motion", "order", "ruling",
                                        "verdict", "campaign", "petition", "move", "statement", NULL};

/* Words tagged as prepositions before a noun that may still act through a gerund after it. */
static const char *const thing_preps_not[] = {"to", "by", "up", "out", "off", "down", "back", "away", NULL};

/* Nonzero when the common noun at i names a thing: no person, body or speech ("law", not "party" or "letter"). */
static int noun_names_thing(const sent *s, size_t i) {
  size_t n;
  const char *w = lemma(s, i, &n);
  if (!n || person_noun(w, n) || lemma_in(s, i, speech_nouns) || word_in(s, i, time_nouns)) return 0;
  return !words_sorted_contain(body_heads, sizeof body_heads / sizeof *body_heads, w, n) &&
         !words_sorted_contain(plural_heads, sizeof plural_heads / sizeof *plural_heads, w, n);
}

/* Nonzero when a finite verb group of a main clause ends before token i: "The government saw ... as". */
static int finite_clause_before(const sent *s, uint32_t i) {
  for (size_t k = 0; k < s->ngroups && s->groups[k].head < i; k++)
    if (!s->groups[k].nonfinite && !s->groups[k].reduced && !s->groups[k].relative && !s->groups[k].infinitive)
      return 1;
  return 0;
}

static int hyphened(const sent *s, uint32_t i);

/* Past up to three adjectives at i that an actor's mention left out, to its start: "a senior western diplomat",
   "one senior western diplomat", "a very senior US official"; else i. */
static uint32_t past_adjectives(const sent *s, uint32_t i) {
  uint32_t k = i;
  while (k < s->n && k < i + 3 && (tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_ADV) || tag_is(s, k, POS_NUM)) &&
         s->mention_at[k] < 0)
    k++;
  /* (Not a place that only describes the speaker: "one London-based broker".) */
  return k > i && k < s->n && s->mention_at[k] >= 0 && !(mention(s, s->mention_at[k])->flags & MENTION_DESCRIBES) &&
                 !hyphened(s, k)
             ? k
             : i;
}

static uint32_t time_phrase(const sent *s, uint32_t i, uint32_t limit);

/* Verbs of judging, rewarding or punishing someone "for" an act: "criticised the government for refusing". */
static const char *const judging_verbs[] = {
    "criticise", "criticize", "blame", "praise", "thank", "condemn", "fault", "punish", "reward", "commend", "applaud",
    "slam", "attack", "censure", "rebuke", "fine", "sue", "arrest", "jail", "sanction", "congratulate", "honour",
    "honor", "penalise", "penalize", "reprimand", "denounce", "chastise", "berate", "castigate", "lambast", "hail",
    "credit", "forgive", "detain", "prosecute", "convict", "sentence", "charge", "expel", "admonish", "accuse",
    "scold", "target", NULL};

static void find_subject(sent *s, size_t gi, const carry *c) {
  vgroup *g = &s->groups[gi];
  g->has_subject = 1;
  slot *sl = &g->subject;
  memset(sl, 0, sizeof *sl);
  /* "It is legal to kill them": an act judged has no doer. */
  if (judged_act(s, g)) {
    sl->filled = 1;
    return;
  }
  /* An infinitive: its controller is the object of the verb before "to", or that verb's subject. */
  if (g->infinitive) {
    for (size_t k = gi; k-- > 0;) {
      vgroup *p = &s->groups[k];
      if (p->head >= g->first) continue;
      /*
       * (A place is no controller unless the verb asks or makes it act:
       * "visited Iraq to tell the troops", "had turned London upside down
       * to tell everyone" are the visitor's; "urged Iraq to tell" is Iraq's.)
       */
      /* (A list a participle opens is the object's: "led some countries, including Australia, to offer".) */
      if (p->nonfinite && lemma_is(s, p->head, "include")) continue;
      int causing = lemma_in(s, p->head, causing_verbs);
      for (uint32_t i = p->head + 1; i + 1 < g->first; i++)
        if (s->mention_at[i] >= 0 && (!in_pp(s, s->mention_at[i]) || called_on(s, s->mention_at[i], g))) {
          const dl_mention *o = mention(s, s->mention_at[i]);
          /* (Nor one after "for": "the opportunity for the US, France or Britain to attack us".) */
          uint32_t f = m_first(s, s->mention_at[i]);
          while (f > 0 && (tag_is(s, f - 1, POS_DET) || s->mention_at[f - 1] >= 0 || word_in(s, f - 1, (const char *const[]){",", "and", "or", NULL})))
            f--;
          if (!causing && !o->roles[0] && o->kind == MENTION_COUNTRY && !(f > 0 && word_is(s, f - 1, "for"))) break;
          slot_add(sl, s->mention_at[i]);
          return;
        }
      if (!p->has_subject) find_subject(s, k, c);
      *sl = p->subject;
      g->object_subject = p->object_subject;
      return;
    }
  }
  /* "quoted the foreign minister as saying": the one quoted says it, not the one quoting. */
  if (g->nonfinite && g->first >= 3 && word_is(s, g->first - 1, "as")) {
    int32_t quoted = s->mention_at[g->first - 2];
    uint32_t q = g->first - 2;
    if (quoted >= 0) q = m_first(s, quoted);
    else
      while (q > 0 && (tag_is(s, q - 1, POS_NOUN) || tag_is(s, q - 1, POS_PROPN) || tag_is(s, q - 1, POS_ADJ) ||
                       tag_is(s, q - 1, POS_DET)))
        q--;
    if (q > 0 && lemma_is(s, q - 1, "quote")) {
      /* ...one no dictionary knows ("quoted the executive as saying") is no actor, and not the paper either. */
      if (quoted >= 0) slot_add(sl, quoted);
      else if (word_in(s, q, (const char *const[]){"him", "her", NULL}))
        resolve_pronoun(s, gi, c, word_is(s, q, "him") ? PRONOUN_HE : PRONOUN_SHE, sl);
      else if (word_is(s, q, "them"))
        resolve_pronoun(s, gi, c, PRONOUN_MANY, sl);
      else
        sl->filled = 1;
      return;
    }
  }
  /* "entered Somalia, killing ...", "after losing", "expelled X and recalled": the clause's subject again. */
  uint32_t b = g->first;
  /* (Past "both" too: "condemned the attack, and both threatened".) */
  while (b > 0 && (tag_is(s, b - 1, POS_ADV) || (tag_is(s, b - 1, POS_DET) && word_in(s, b - 1, (const char *const[]){"both", "all", NULL}) &&
                                                  b >= 2 && tag_is(s, b - 2, POS_CONJ))))
    b--;
  /* "criticised the government for refusing", "thanked Pakistan for providing": a verb's object does what it is for. */
  /* (A verb of judging or punishing only, not "used Belarus for launching attacks"; past a time: "criticised Britain on Monday for".) */
  /* ...and so does one accused "of" it: "accused Russia of mounting an attack". */
  int of_accused = b >= 2 && word_is(s, b - 1, "of");
  if (g->nonfinite && tag(s, g->head)->form == VF_GERUND && b >= 2 && (word_is(s, b - 1, "for") || of_accused)) {
    uint32_t e = b - 1;
    for (uint32_t k = e; k-- > 0 && e - k <= 4;)
      if (s->mention_at[k] >= 0 && time_phrase(s, k + 1, e) == e - k - 1) {
        e = k + 1;
        break;
      }
    int32_t object = s->mention_at[e - 1];
    slot objects;
    memset(&objects, 0, sizeof objects);
    uint32_t first = 0;
    if (object >= 0 && !in_pp(s, object)) {
      slot_add(&objects, object);
      take_coordinated_left(s, &objects, m_first(s, object)); /* "criticised Britain and Norway for" */
      first = m_first(s, object);
      for (uint8_t q = 0; q < objects.n; q++)
        if (m_first(s, objects.m[q]) < first) first = m_first(s, objects.m[q]);
    }
    for (size_t k = 0; objects.n && k < gi; k++) {
      const vgroup *p = &s->groups[k];
      if (p->head >= first) break;
      if (first - p->head <= 2 && !p->passive &&
          (of_accused ? lemma_in(s, p->head, (const char *const[]){"accuse", "suspect", "convict", NULL})
                      : lemma_in(s, p->head, judging_verbs))) {
        *sl = objects;
        g->object_subject = 1;
        return;
      }
    }
  }
  /*
   * ...as does a passive or perfect gerund after a comma or a word of time:
   * "after being urged by Trump", ", having seized the town"; not "accused
   * them of having struck", "from being slaughtered", whose doer is another.
   */
  int gerund_aux = word_in(s, g->first, (const char *const[]){"being", "having", NULL}) && b > 0 &&
                   (word_is(s, b - 1, ",") ||
                    word_in(s, b - 1, (const char *const[]){"after", "before", "since", "despite", "without", "upon",
                                                            "while", "when", NULL}));
  if (b > 0 && ((g->nonfinite && (word_is(s, b - 1, ",") || tag_is(s, b - 1, POS_PREP))) || gerund_aux ||
                (tag_is(s, b - 1, POS_CONJ) && b >= 2 && s->mention_at[b - 2] < 0 && !tag_is(s, b - 2, POS_PRON)) ||
                (tag_is(s, b - 1, POS_CONJ) && b >= 2 && s->mention_at[b - 2] >= 0 && gi > 0 &&
                 s->groups[gi - 1].head < m_first(s, s->mention_at[b - 2])))) {
    slot prev;
    memset(&prev, 0, sizeof prev);
    /* "Wright conceded Congress will be unable to stop it but said": the verb's like, not the nearest. */
    if (tag_is(s, b - 1, POS_CONJ) && parallel_subject(s, gi, c, sl)) return;
    /* "1,200 Iraqis were killed or wounded in fighting": those a passive was done to did not do the fighting it was done in. */
    /* (Harm only: "were involved in negotiating" is theirs.) */
    if (g->nonfinite && gi > 0 && s->groups[gi - 1].passive && s->groups[gi - 1].head + 5 >= b &&
        lemma_in(s, s->groups[gi - 1].head, patient_verbs) &&
        word_in(s, b - 1, (const char *const[]){"in", "during", "amid", NULL})) {
      sl->filled = 1;
      return;
    }
    if (previous_subject(s, gi, c, &prev)) {
      *sl = prev;
      return;
    }
  }
  /*
   * "with Islamic State militants reportedly killing 80 people", "a
   * campaign by Kurdish forces backed by the coalition": a participle with
   * no auxiliary right after an actor is that actor's, whatever preposition
   * the actor follows.
   */
  /* (People after "to" are no place for a passive's noun: "a link to rebels backed by Washington".) */
  /* (Not the one written or spoken "to": "wrote to the defence select committee saying" is the writer's saying.) */
  if ((g->nonfinite || g->reduced) && b > 0 && s->mention_at[b - 1] >= 0 &&
      !(mention(s, s->mention_at[b - 1])->flags & MENTION_DESCRIBES) &&
      !(g->nonfinite && g->reporting && addressed_to(s, s->mention_at[b - 1])) &&
      (!(mention(s, s->mention_at[b - 1])->flags & MENTION_LOCATIVE) ||
       (g->reduced && mention(s, s->mention_at[b - 1])->roles[0] && !mention(s, s->mention_at[b - 1])->place))) {
    slot_add(sl, s->mention_at[b - 1]);
    take_coordinated_left(s, sl, m_first(s, s->mention_at[b - 1]));
    return;
  }
  /* ...or one past its letters in brackets: "the European People's Party (EPP) attacking the EC". */
  if ((g->nonfinite || g->reduced) && b >= 4 && word_is(s, b - 1, ")") && word_is(s, b - 3, "(") &&
      s->mention_at[b - 4] >= 0 && !(mention(s, s->mention_at[b - 4])->flags & (MENTION_DESCRIBES | MENTION_LOCATIVE))) {
    slot_add(sl, s->mention_at[b - 4]);
    return;
  }
  /* "as agreed in a US-Turkish deal brokered this year": a participle after a thing a preposition governs describes it. */
  /* (After a clause's own verb only: "The European court of human rights backed the UK" is the court's act.) */
  if (g->head == g->first && b == g->first && b > 0 && s->mention_at[b - 1] < 0 && tag_is(s, b - 1, POS_NOUN) &&
      (tag(s, g->head)->form == VF_PAST || tag(s, g->head)->form == VF_PARTICIPLE) && !agent_follows(s, g->head + 1) &&
      !word_in(s, b - 1, time_nouns) && !object_follows(s, g->head) && finite_clause_before(s, g->first)) {
    uint32_t k = b - 1;
    while (k > 0 && k + 6 > b &&
           (tag_is(s, k - 1, POS_NOUN) || tag_is(s, k - 1, POS_ADJ) || tag_is(s, k - 1, POS_DET) ||
            tag_is(s, k - 1, POS_NUM) || s->mention_at[k - 1] >= 0))
      k--;
    /* (Not a word that opens a clause as well: "after the latter swept into Afrin".) */
    /* (Only a phrase a verb governs, not one after the subject: "rebels in the north surrendered", "farmers protesting against high rates supported".) */
    if (k > 1 && tag_is(s, k - 1, POS_PREP) && !word_in(s, k - 1, thing_preps_not) &&
        !word_in(s, k - 1, (const char *const[]){"of", "after", "before", "since", "until", "till", "as", "while",
                                                 "because", "than", "like", "once", NULL}) &&
        ((tag_is(s, k - 2, POS_VERB) && tag(s, k - 2)->form != VF_GERUND) ||
         (tag_is(s, k - 2, POS_ADJ) && k > 2 && word_is(s, k - 3, "as"))) &&
        s->mention_at[k - 2] < 0) {
      sl->filled = 1;
      g->thing_subject = 1;
      return;
    }
  }
  /* "the uncertainty surrounding oil revenues", "a report urging the government": a gerund right after such a noun is its. */
  if (g->nonfinite && tag(s, g->head)->form == VF_GERUND && g->head == g->first && b == g->first && b > 0 &&
      s->mention_at[b - 1] < 0 && tag_is(s, b - 1, POS_NOUN) &&
      (lemma_in(s, b - 1, abstract_nouns) ||
       /* (...with no actor after it: "marched down the main road supporting Guaido" is the marchers'.) */
       (lemma_in(s, b - 1, structure_nouns) && lemma_in(s, g->head, standing_verbs) &&
        !(g->head + 1 < s->n && s->mention_at[g->head + 1] >= 0) &&
        !(g->head + 2 < s->n && s->mention_at[g->head + 2] >= 0)))) {
    sl->filled = 1;
    g->thing_subject = 1;
    return;
  }
  /*
   * "comply with a federal law restricting the ownership", "arrest them under
   * laws addressing morality": a gerund after a thing that follows a
   * preposition says what the thing is; no one acts, but force still tells
   * of harm done: "a wave of attacks killing 80". (After a verb's object the
   * clause's subject acts through it: "passed a resolution condemning".)
   */
  if (g->nonfinite && tag(s, g->head)->form == VF_GERUND && g->head == g->first && b == g->first && b > 0 &&
      s->mention_at[b - 1] < 0 && tag_is(s, b - 1, POS_NOUN) && noun_names_thing(s, b - 1)) {
    uint32_t k = b - 1;
    while (k > 0 && s->mention_at[k - 1] < 0 &&
           (tag_is(s, k - 1, POS_NOUN) || tag_is(s, k - 1, POS_ADJ) || tag_is(s, k - 1, POS_DET) ||
            tag_is(s, k - 1, POS_NUM)))
      k--;
    /*
     * Not after "to" or "by", whose noun is the act's audience or agent:
     * "wrote to the parties urging them"; nor a bare singular noun, which
     * makes an adverb with its preposition: "are in turn demanding".
     */
    int bare = k == b - 1 && s->lem_len[b - 1] == s->tok[b - 1].len &&
               memcmp(s->lem[b - 1], s->low + s->low_off[b - 1], s->lem_len[b - 1]) == 0;
    /* A new act of the clause's subject is its doing: "voted for a resolution condemning", "rallies denouncing". */
    int new_act = lemma_in(s, b - 1, act_nouns);
    if (k > 0 && tag_is(s, k - 1, POS_PREP) && !word_in(s, k - 1, thing_preps_not) && !bare && !new_act)
      g->describes_thing = 1; /* force's doer is looked for as ever */
  }
  uint32_t i = g->first;
  /*
   * '"... president of the United States," said Mr Clinton': the speaker
   * follows the verb; the quote names others. So after a comma: "Voters
   * must decide, said Charles Kennedy" (not "X, said to be the richest").
   */
  int inverted = 0;
  /* (Those only after a closing quote: "expelled the consul, replied the minister" is rare; a quote is sure.) */
  int reporting = g->reporting || (!g->passive && g->first > 0 && word_is(s, g->first - 1, "\"") &&
                                   lemma_in(s, g->head, inverted_reporting_verbs));
  if (reporting && g->first > 0 && word_is(s, g->first - 1, ",") && !lemma_is(s, g->head, "tell")) {
    /* Only after a clause of its own: not "The minister, speaking in Brussels, said Britain, France ...". */
    int clause_before = 0;
    for (size_t k = 0; k < gi; k++) clause_before |= !s->groups[k].nonfinite && !s->groups[k].relative;
    /* ...a verb group or a modal, which forms no group with "have" alone: "Voters will have a clear choice, said X". */
    for (uint32_t k = 0; k < g->first && !clause_before; k++) clause_before = tag_is(s, k, POS_MODAL);
    /* Only a phrase that ends the sentence or an apposition: not "X, chairman of Y, said the plan failed". */
    uint32_t j = g->head + 1;
    while (j < s->n && tag_is(s, j, POS_DET)) j++;
    j = past_adjectives(s, j);
    uint32_t end = j;
    if (j < s->n && s->mention_at[j] >= 0) end = m_end(s, s->mention_at[j]);
    else
      while (end < s->n && end < j + 4 && tag_is(s, end, POS_PROPN)) end++;
    inverted = clause_before && end > j &&
               (end >= s->n || word_is(s, end, ",") || word_is(s, end, ".") || word_is(s, end, ";"));
  }
  if (reporting && g->first > 0 && (word_is(s, g->first - 1, "\"") || inverted)) {
    uint32_t j = g->head + 1;
    while (j < s->n && tag_is(s, j, POS_DET)) j++;
    /* '," said Mr Blair': the title is no part of the name a dictionary knows. */
    if (j + 1 < s->n && word_in(s, j, courtesy_titles) && s->mention_at[j] < 0 && s->mention_at[j + 1] >= 0) j++;
    /* '," said a senior western diplomat': adjectives the actor's mention left out. */
    j = past_adjectives(s, j);
    if (j < s->n && s->mention_at[j] >= 0) {
      slot_add(sl, s->mention_at[j]);
      return;
    }
    /* '..." said Vladimir Shamanov, a Russian general': a name no dictionary knows, and what it is after a comma. */
    uint32_t k = j;
    while (k < s->n && k < j + 4 && tag_is(s, k, POS_PROPN) && s->mention_at[k] < 0) k++;
    /* ...or "head of the Russian Duma's defence committee": the body the title is of. */
    /* Only past a title of the body ("head of", "member of"), not "a critic of President Putin". */
    static const char *const titles[] = {"chairman", "chief", "deputy", "director", "head", "leader", "member",
                                         "president", "secretary", "spokesman", "spokesperson", "spokeswoman", NULL};
    if (k > j && k + 1 < s->n && word_is(s, k, ",")) {
      uint32_t a = k + 1;
      while (a < s->n && a < k + 7 && s->mention_at[a] < 0 &&
             (tag_is(s, a, POS_DET) || tag_is(s, a, POS_ADJ) || word_in(s, a, titles) ||
              (word_is(s, a, "of") && a > k + 1 && word_in(s, a - 1, titles))))
        a++;
      if (a < k + 7 && a < s->n && s->mention_at[a] >= 0 && m_first(s, s->mention_at[a]) >= k + 1) {
        int32_t m = s->mention_at[a];
        /* "the Russian | Duma": the last of names that run on. */
        while (m_end(s, m) < s->n && s->mention_at[m_end(s, m)] >= 0 && s->mention_at[m_end(s, m)] != m)
          m = s->mention_at[m_end(s, m)];
        /*
         * Not a bare country: "chief UK economist at Capital Economics" says
         * where, not who; nor an office of a body no dictionary knows: "a
         * vice president with Merrill Lynch Capital Markets".
         */
        const dl_mention *dm = mention(s, m);
        uint32_t after = m_end(s, m);
        int unknown_body = after + 1 < s->n && word_in(s, after, (const char *const[]){"of", "at", "with", "for", NULL}) &&
                           s->mention_at[after + 1] < 0 && capitalised(s, after + 1);
        if ((dm->roles[0] || !dm->country[0]) && !unknown_body) {
          slot_add(sl, m);
          return;
        }
      }
    }
    sl->filled = 1;
    return;
  }
  if (g->relative) {
    /* "the soldiers who sought refuge": the antecedent. */
    uint32_t k = g->first - 1;
    if (k > 0 && s->mention_at[k - 1] >= 0) {
      slot_add(sl, s->mention_at[k - 1]);
      take_coordinated_left(s, sl, m_first(s, s->mention_at[k - 1]));
    } else {
      sl->filled = 1;
    }
    return;
  }
  pronoun_kind pronoun = PRONOUN_NONE;
  int bare_np = 0; /* the words walked over so far are a noun phrase ending right before the verb */
  uint32_t np_end = g->first; /* where the subject's noun phrase ends: the verb, or a phrase between commas */
  /*
   * "Brett McGurk, the special envoy for the coalition to defeat Isis,
   * resigned": a phrase between commas before the verb describes the
   * subject. Its first actor is the subject ("the special envoy"); with none
   * there ("The Afghan ambassador, Mr Khan, said"), the subject is before it.
   */
  /* ...and past adverbs before the verb: "Briam, who ..., also said". */
  while (i >= 3 && tag_is(s, i - 1, POS_ADV) && word_is(s, i - 2, ",")) i--;
  if (i >= 2 && word_is(s, i - 1, ",")) {
    uint32_t k = i - 1;
    while (k-- > 0 && !word_is(s, k, ",") && (s->group_at[k] < 0 || open_group(s, k))) {}
    /*
     * "Briam, who described the U.S. market as critical, also said": a
     * relative clause between commas, verbs and all, says who the subject
     * is; its actors are not the subject.
     */
    if (k < i - 2 && !word_is(s, k, ",")) {
      uint32_t r = i - 1;
      while (r-- > 0 && !word_is(s, r, ",")) {}
      if (r < i && r + 2 < i && word_is(s, r, ",") && word_in(s, r + 1, (const char *const[]){"who", "whose", "which", NULL})) {
        i = r;
        k = i; /* the clause is skipped whole; the search goes on before it */
      } else {
        /*
         * "small regional banks that have made loans to Brazil and other
         * Latin American countries, will meet": a relative clause with no
         * comma before it, closed by the comma; its object is not the subject.
         */
        /* (From the comma before, or the sentence's start: the first verb group there must be the relative one.) */
        uint32_t from = r < i && word_is(s, r, ",") ? r + 1 : 0;
        for (uint32_t q = from; q + 1 < i; q++) {
          if (s->group_at[q] < 0) continue;
          const vgroup *p = &s->groups[s->group_at[q]];
          if (p->relative && p->first >= 2 && p->first - 1 > from &&
              word_in(s, p->first - 1, (const char *const[]){"that", "who", "which", NULL}) &&
              s->mention_at[p->first - 2] >= 0) {
            i = p->first - 1;
            k = i;
          }
          break;
        }
      }
    }
    /* "The Assad regime, he said, had defied": a saying between commas is no part of the subject. */
    uint32_t aside = i - 1;
    int says = 0;
    while (aside-- > 0 && !word_is(s, aside, ",") && i - aside <= 6)
      says |= s->group_at[aside] >= 0 && s->groups[s->group_at[aside]].reporting && (size_t)s->group_at[aside] != gi;
    if (says && aside < i && word_is(s, aside, ",") && aside + 2 < i) {
      i = aside;
      np_end = aside;
    } else if (k < i - 2 && word_is(s, k, ",")) {
      uint32_t a = k + 1;
      if (s->mention_at[a] < 0 && tag_is(s, a, POS_DET) && a + 1 < i) a++;
      /* (Not a description of the subject before it: "Germany, another Nato member, was obliged".) */
      int described = word_in(s, k + 1, (const char *const[]){"a", "an", "another", NULL}) &&
                      s->mention_at[a] >= 0 && m_end(s, s->mention_at[a]) < i - 1 && k > 0 && s->mention_at[k - 1] >= 0;
      if (s->mention_at[a] >= 0 && !(mention(s, s->mention_at[a])->flags & MENTION_LOCATIVE) && !described) {
        slot_add(sl, s->mention_at[a]);
        return;
      }
      i = k;
      np_end = k;
    }
  }
  /*
   * "Lindsey Graham - a fierce supporter of the president - suggested": a
   * phrase between dashes describes the subject before it, unless it opens
   * with the actors a description before it stands for: "the three
   * guarantors - Russia, Turkey and Iran - have spurned".
   */
  if (i >= 2 && dash(s, i - 1)) {
    uint32_t k = i - 1;
    while (k-- > 0 && !dash(s, k) && !word_is(s, k, ";") && (s->group_at[k] < 0 || open_group(s, k))) {}
    if (k < i - 2 && dash(s, k)) {
      uint32_t a = k + 1;
      if (s->mention_at[a] < 0 && tag_is(s, a, POS_DET) && a + 1 < i) a++;
      int32_t before = k > 0 ? s->mention_at[k - 1] : -1;
      if (s->mention_at[a] >= 0 && m_first(s, s->mention_at[a]) == a &&
          (before < 0 || in_pp(s, before) || (mention(s, before)->flags & MENTION_DESCRIBES))) {
        slot_add(sl, s->mention_at[a]);
        take_coordinated(s, sl, m_end(s, s->mention_at[a]));
        return;
      }
      i = k;
    }
  }
  while (i-- > 0) {
    pos_tag t = (pos_tag)tag(s, i)->pos;
    /*
     * '"... surround Mercedes-Benz," Michael Rabb, an analyst, told Reuters':
     * a closing quote ends the search; the quote's actors are not its
     * speaker, whom no dictionary knows.
     */
    if (i > 0 && word_is(s, i, "\"") && word_in(s, i - 1, (const char *const[]){",", ".", "?", "!", NULL})) {
      sl->filled = 1;
      return;
    }
    if (s->mention_at[i] >= 0) {
      int32_t m = s->mention_at[i];
      /*
       * "Bishop's cabinet colleague Greg Hunt said": a person who owns the
       * phrase before the verb is not its head; a body is ("UKIP's chairman
       * Petrina Holdsworth said" speaks for UKIP).
       */
      /* ...nor one whose ally, aide or wife the phrase names: "Gordon Brown's closest ally has denied". */
      /* ...before a name between commas too: "Lavrov's deputy, Mikhail Bogdanov, called". */
      if ((bare_np || np_end != g->first) && mention(s, m)->kind == MENTION_PERSON && i + 1 < np_end &&
          tag_is(s, i + 1, POS_POSSESSIVE) &&
          /* "Netanyahu's office said" is his */
          (((mention(s, m)->flags & MENTION_POSSESSOR) && tag_is(s, np_end - 1, POS_PROPN)) ||
           lemma_in(s, np_end - 1, relation_nouns))) {
        sl->filled = 1;
        g->related_subject = 1;
        break;
      }
      /*
       * "told Reuters the 10 directors had agreed": one told is not the
       * subject of what was told; a noun phrase no dictionary knows between
       * them is.
       */
      if (bare_np && np_end == g->first && m_first(s, m) > 0 && m_end(s, m) < g->first &&
          s->group_at[m_first(s, m) - 1] >= 0 && (size_t)s->group_at[m_first(s, m) - 1] != gi &&
          lemma_in(s, m_first(s, m) - 1,
                   (const char *const[]){"tell", "inform", "assure", "remind", "notify", "warn", NULL})) {
        sl->filled = 1;
        break;
      }
      i = m_first(s, m);
      if ((in_pp(s, m) && !clause_opener_before(s, m, g)) || (mention(s, m)->flags & MENTION_LOCATIVE) ||
          (g->nonfinite && g->reporting && addressed_to(s, m)))
        continue;
      /* "A Saudi national who fled Syria told the Guardian": a relative clause's object is not the subject; its antecedent is. */
      {
        uint32_t k = i;
        while (k > 0 && s->group_at[k - 1] < 0 && !word_is(s, k - 1, ",") && i - k < 6) k--;
        if (k > 0 && s->group_at[k - 1] >= 0 && (size_t)s->group_at[k - 1] != gi) {
          const vgroup *p = &s->groups[s->group_at[k - 1]];
          if (p->relative && !p->passive && p->first >= 2 &&
              word_in(s, p->first - 1, (const char *const[]){"who", "that", "which", NULL}) &&
              s->mention_at[p->first - 2] >= 0) {
            i = p->first - 1;
            continue;
          }
        }
      }
      /* "Russian nationals fighting alongside Syrian troops were killed": the gerund's object is not the subject. */
      {
        uint32_t k = i;
        while (k > 0 && (tag_is(s, k - 1, POS_DET) || tag_is(s, k - 1, POS_PREP) || tag_is(s, k - 1, POS_ADV))) k--;
        if (k > 0 && s->group_at[k - 1] >= 0 && (size_t)s->group_at[k - 1] != gi) {
          const vgroup *p = &s->groups[s->group_at[k - 1]];
          if (p->nonfinite && tag(s, p->head)->form == VF_GERUND && p->first > 0 && s->mention_at[p->first - 1] >= 0) {
            i = p->first;
            continue;
          }
        }
      }
      /* "No government has recognised them": no one did it. */
      if (word_is(s, i, "no") || (i > 0 && word_is(s, i - 1, "no")) ||
          (i > 1 && word_is(s, i - 2, "no") && (tag_is(s, i - 1, POS_ADJ) || tag_is(s, i - 1, POS_PROPN)) &&
           !word_in(s, i - 1, (const char *const[]){"secret", "doubt", "sign", "indication", "evidence", "question",
                                                     "wonder", "surprise", "coincidence", "accident", "word", NULL}))) {
        g->negated = 1;
        sl->filled = 1;
        return;
      }
      /* "The Japanese economy is picking up", "the U.S. dollar fell": a country's economy or money does nothing. */
      if (economy_named(s, m)) {
        sl->filled = 1;
        g->thing_subject = 1;
        return;
      }
      slot_add(sl, m);
      take_coordinated_left(s, sl, i);
      return;
    }
    if (t == POS_SUBORD || word_is(s, i, ";") || word_is(s, i, ":")) break;
    if (s->group_at[i] >= 0 && (size_t)s->group_at[i] != gi) {
      const vgroup *p = &s->groups[s->group_at[i]];
      if (p->relative && p->first >= 2) {
        /* Skip over a relative clause to its antecedent. */
        i = p->first - 1;
        continue;
      }
      if (p->reduced) {
        /* ...and over a reduced passive to its noun: "Kurdish militias backed by the coalition captured". */
        i = p->first;
        continue;
      }
      /* ...and over a gerund after an actor: "Russian nationals fighting alongside Syrian troops were killed". */
      if (p->nonfinite && tag(s, p->head)->form == VF_GERUND && p->first > 0 && s->mention_at[p->first - 1] >= 0) {
        i = p->first;
        continue;
      }
      break;
    }
    /* "another said": a determiner standing alone is a subject no dictionary knows. */
    /* (Not one after its subject, nor "both", which stands for those just named: "and both threatened to impose sanctions".) */
    if (t == POS_DET && i + 1 == g->first &&
        word_in(s, i, (const char *const[]){"another", "some", "many", "several", "few", NULL}) &&
        (i == 0 || tag_is(s, i - 1, POS_PUNCT) || tag_is(s, i - 1, POS_CONJ) || tag_is(s, i - 1, POS_SUBORD))) {
      sl->filled = 1;
      break;
    }
    if (t == POS_PRON) {
      if (word_is(s, i, "he")) pronoun = PRONOUN_HE;
      else if (word_is(s, i, "she")) pronoun = PRONOUN_SHE;
      else if (word_is(s, i, "it")) pronoun = PRONOUN_THING;
      else if (word_is(s, i, "they")) pronoun = PRONOUN_MANY;
      else if (word_is(s, i, "we")) pronoun = PRONOUN_ANY;
      break;
    }
    /* "no one was arrested": nothing happened. */
    /* ...and "no country has offered", "is no longer shelling": no one did it, or it stopped. */
    if (word_in(s, i, (const char *const[]){"nobody", "none", NULL}) ||
        (word_is(s, i, "no") && i + 1 < g->first && word_in(s, i + 1, (const char *const[]){"one", "body", NULL})) ||
        (word_is(s, i, "no") && i + 2 == g->first && tag_is(s, i + 1, POS_NOUN)))
      g->negated = 1;
    if (t == POS_NOUN && !sl->filled && i + 1 == g->first) sl->filled = 1; /* "the statement said" */
    /*
     * ", today's communique said", ", Wyttenbach said": a noun phrase that no
     * dictionary knows, right before the verb and after a comma, is its
     * subject; the actors before the comma are another clause's.
     */
    if (i + 1 == g->first && (t == POS_NOUN || t == POS_PROPN) && !word_in(s, i, time_nouns)) bare_np = 1;
    if (bare_np && !(t == POS_NOUN || t == POS_PROPN || t == POS_DET || t == POS_ADJ || t == POS_POSSESSIVE ||
                     t == POS_POSS || t == POS_NUM || t == POS_ADV)) {
      /* ...and so is one a conjunction opens: "as a cross-party amendment was rejected", "but Dauster said". */
      /* (Not "such as", whose names stand for a noun before it, nor "the latter", which is one.) */
      if (word_is(s, i, ",") || word_is(s, i, "\"") ||
          (word_in(s, i, (const char *const[]){"as", "while", "when", "after", "before", "because", "since", "until",
                                               "although", "though", "once", "whereas", "but", NULL}) &&
           finite_clause_before(s, i) && !(i > 0 && word_in(s, i - 1, (const char *const[]){"such", "well", NULL})) &&
           !word_in(s, g->first - 1, (const char *const[]){"latter", "former", "whole", NULL})) ||
          /* ...or ", and" after a clause: "His father was an Afghan diplomat, and the family fled". */
          /* (Not the last of a list: "said Russia, Iran, and other countries attacked".) */
          (word_is(s, i, "and") && i > 1 && word_is(s, i - 1, ",") && finite_clause_before(s, i - 1) &&
           !listed_before(s, i - 1))) {
        sl->filled = 1;
        break;
      }
      bare_np = 0;
    }
  }
  if (pronoun) {
    resolve_pronoun(s, gi, c, pronoun, sl);
    return;
  }
  /* "Planning Minister Julio De Vido has offered help. Mr De Vido said": the actor the story named the person as. */
  if (!sl->n && !g->infinitive && !g->nonfinite && !g->relative && !g->reduced) {
    uint32_t name_end = person_name_end(s, g);
    int32_t actor = name_end ? described_actor(s->doc, s->mentions, s->base + name_end - 1) : -1;
    if (actor >= 0) {
      slot_add(sl, actor);
      return;
    }
  }
  /* A participle or gerund with no subject of its own ("adding", "after losing") shares the clause's. */
  if (!sl->n && (g->nonfinite || (g->first > 0 && tag_is(s, g->first - 1, POS_CONJ)))) {
    slot prev;
    memset(&prev, 0, sizeof prev);
    if (previous_subject(s, gi, c, &prev)) *sl = prev;
  }
}

/* ------------------------------------------------------------- matching */

/* A pattern matched against the text: what its slots took and where it ended. */
typedef struct match {
  const verb_pattern *p;
  uint32_t words[VERB_MATCH_WORDS]; /* local indices of the tokens its words matched */
  uint8_t nwords;
  uint32_t head_end; /* after the head and the words right after it: "carry out", "air strikes" */
  int score;        /* elements matched; a pattern matched whole beats one whose trailing slot was missing */
  slot target;
  slot source;
  uint32_t end;     /* local index after the last element matched */
  int target_used;  /* the pattern has a +T that took something */
  int subject_word; /* a passive's subject is the pattern's first word ("a deal was struck"), and no target */
} match;

/* Nonzero when a pattern word may be looked for past token i. */
static int skippable(const sent *s, uint32_t i) {
  switch ((pos_tag)tag(s, i)->pos) {
    case POS_DET: case POS_POSS: case POS_ADJ: case POS_ADV: case POS_NUM: case POS_POSSESSIVE: case POS_NOUN:
    case POS_PROPN:
      return 1;
    case POS_CONJ: return word_is(s, i, "and") || word_is(s, i, "or");
    case POS_PUNCT: return word_is(s, i, ",");
    /* ...and any word inside an actor's name past its first: "a House of Lords ruling". */
    default: return s->mention_at[i] >= 0 && i > 0 && s->mention_at[i - 1] == s->mention_at[i];
  }
}

/* The length of a phrase of time at i, or 0: "on Wednesday", "last week", "earlier this month", "yesterday". */
static uint32_t time_phrase(const sent *s, uint32_t i, uint32_t limit) {
  if (i >= limit) return 0;
  /* Most words are none of a time's: its tags, and a preposition's first letter, come first. */
  pos_tag first = (pos_tag)tag(s, i)->pos;
  if (first == POS_PREP) {
    char c = (char)(s->text[s->tok[i].start] | 0x20);
    if (c != 'o' && c != 'i' && c != 'd') return 0;
  } else if (first != POS_ADV && first != POS_ADJ && first != POS_DET && first != POS_NUM && first != POS_PROPN &&
             first != POS_NOUN) {
    return 0;
  }
  uint32_t k = i;
  if (k < limit && word_in(s, k, (const char *const[]){"on", "in", "during", "earlier", "later", "late", "early", NULL})) k++;
  if (k < limit && word_in(s, k, (const char *const[]){"the", "this", "last", "next", NULL})) k++;
  if (k + 1 < limit && tag_is(s, k, POS_NUM) && word_in(s, k + 1, time_nouns)) k++; /* "on 12 March", "two days ago" */
  if (k >= limit || !word_in(s, k, time_nouns)) return 0;
  /* A bare word of time is a day's name or "yesterday": not "may" or "time". */
  if (k == i && !tag_is(s, k, POS_PROPN) && !word_in(s, k, (const char *const[]){"yesterday", "today", "tonight", NULL}))
    return 0;
  for (k++; k < limit && k < i + 5 && (word_in(s, k, time_nouns) || tag_is(s, k, POS_NUM)); k++) {}
  return k - i;
}

/* Finds a VE_WORD element at or after *at, within the clause; moves *at past it. last: the element ends its pattern. */
static int match_word(const sent *s, const verb_elem *e, uint32_t *at, uint32_t limit, uint32_t reach, int last,
                      match *m) {
  const verb_table *t = &s->tables->verbs;
  /* A preposition or particle is not looked for past nouns: "take place in" is not "take in". */
  int closed = s->tables->alt_closed[e->alts];
  for (uint32_t i = *at, seen = 0; i < limit && seen <= reach; i++, seen++) {
    /* "insisted on Wednesday that": a preposition that ends the pattern and opens a time is the time's. */
    uint32_t time_len = closed && last ? time_phrase(s, i, limit) : 0;
    if (time_len) {
      i += time_len - 1;
      continue;
    }
    for (uint16_t a = 0; a < e->nalts; a++)
      if (token_matches(s, i, verb_str(t, t->alts.items[e->alts + a]), s->tables->alt_len[e->alts + a])) {
        *at = i + 1;
        if (m->nwords < VERB_MATCH_WORDS) m->words[m->nwords++] = i;
        if (m->head_end == i && !closed) m->head_end = i + 1;
        return 1;
      }
    /* "700 kg of medicine", "5 million dollars of aid": a quantity and "of" before the word. */
    int quantity_of = !closed && word_is(s, i, "of") && i > *at && (tag_is(s, i - 1, POS_NOUN) || tag_is(s, i - 1, POS_NUM));
    /* "up to 4,000 troops", "more than 300 refugees", "at least 12 people". */
    if (!closed && !quantity_of && ((i + 1 < limit && tag_is(s, i + 1, POS_NUM)) || (i + 2 < limit && tag_is(s, i + 2, POS_NUM))) &&
        word_in(s, i, (const char *const[]){"up", "to", "than", "more", "less", "fewer", "at", "least", "about", "nearly", "almost", "around", "over", "some", NULL}))
      quantity_of = 1;
    /* A comma right after the verb or the last element ends its phrase: "has been killed, her commanders said". */
    if (i == *at && word_is(s, i, ",")) return 0;
    if (closed ? !tag_is(s, i, POS_ADV) : !(skippable(s, i) || quantity_of)) {
      /* "agreed on Wednesday that", "called last week for": a time between the verb and its words. */
      uint32_t when = reach ? time_phrase(s, i, limit) : 0;
      if (!when) return 0;
      i += when - 1;
    }
  }
  return 0;
}

/* Nonzero when pattern element e is the word w alone. */
static int elem_is_word(const sent *s, const verb_elem *e, const char *w) {
  const verb_table *t = &s->tables->verbs;
  return e->kind == VE_WORD && e->nalts == 1 && strcmp(verb_str(t, t->alts.items[e->alts]), w) == 0;
}

/* Words that open a clause, which a tagger may take for prepositions: "after an agreement was reached". */
static const char *const clause_openers[] = {"after", "before", "since", "until", "as", "while", "because", "once",
                                             "when", "if", "unless", "though", "although", NULL};

/* No noun: a passive with no noun as its subject, or the active voice. */
#define NO_NOUN UINT32_MAX

/* Nonzero when local token i is one of the words of element e. */
static int subject_is_word(const sent *s, const verb_elem *e, uint32_t i) {
  const verb_table *t = &s->tables->verbs;
  for (uint16_t a = 0; a < e->nalts; a++)
    if (token_matches(s, i, verb_str(t, t->alts.items[e->alts + a]), s->tables->alt_len[e->alts + a])) return 1;
  return 0;
}

/* The end of the clause a group's objects lie in: the table find_groups fills. */
static uint32_t clause_limit(const sent *s, uint32_t from) { return from < s->n ? s->limit_from[from] : s->n; }

/*
 * Matches pattern p after the head at local token head, up to limit. In the
 * passive, a +T right after the head is the grammatical subject and is not
 * looked for; nor is a first word that the subject's noun, at local token
 * subject_noun (NO_NOUN for none), is: "sanctions were imposed on Iran"
 * matches "impose sanction on +T". Fills *m and returns nonzero on a match.
 */
static int match_pattern(const sent *s, const verb_pattern *p, uint32_t head, uint32_t limit, int passive,
                         uint32_t subject_noun, match *m) {
  /* A noun's pattern goes on right after it: "the kidnapping of", not "war strategy against". */
  uint32_t first_reach = (p->flags & VP_NOUN) ? 0 : WORD_REACH;
  const verb_table *t = &s->tables->verbs;
  memset(m, 0, sizeof *m);
  m->p = p;
  m->head_end = head + 1;
  uint32_t at = head + 1;
  /* Two points for the head, each word and each slot an actor fills; one for a slot a phrase with no actor fills. */
  int score = 2, missed_tail = 0;
  const verb_elem *el = &t->elems.items[p->elems];
  size_t n = p->nelems;
  for (size_t k = 0; k < n; k++) {
    const verb_elem *e = &el[k];
    if (passive && k == 0 && e->kind == VE_TARGET) {
      m->target_used = 1;
      continue;
    }
    /* (Not before "by": the passive's "by" names its agent, not whom "deny claim by +T" means.) */
    /* (Nor past a particle the pattern lacks: "the strikes were called off" is no "call strike".) */
    if (passive && k == 0 && e->kind == VE_WORD && !e->optional && subject_noun != NO_NOUN &&
        !s->tables->alt_closed[e->alts] && !(n > 1 && elem_is_word(s, &el[1], "by")) &&
        !(head + 1 < s->n && word_in(s, head + 1, (const char *const[]){"off", "up", "out", "down", "back", "away", NULL}) &&
          !(n > 1 && el[1].kind == VE_WORD && subject_is_word(s, &el[1], head + 1))) &&
        subject_is_word(s, e, subject_noun)) {
      if (m->nwords < VERB_MATCH_WORDS) m->words[m->nwords++] = subject_noun;
      m->subject_word = 1;
      score += 2;
      continue;
    }
    if (e->optional) {
      /* An optional group matches whole or not at all. */
      size_t g_end = k;
      while (g_end < n && el[g_end].optional == e->optional) g_end++;
      uint32_t save = at;
      slot st = m->target, ss = m->source;
      int ok = 1, got = 0;
      for (size_t q = k; q < g_end && ok; q++) {
        if (el[q].kind == VE_WORD) ok = match_word(s, &el[q], &at, limit, q == 0 ? first_reach : WORD_REACH, 0, m);
        else {
          slot *sl = el[q].kind == VE_TARGET ? &m->target : &m->source;
          uint32_t after = take_np(s, at, limit, sl);
          ok = after > at && sl->n > 0;
          at = after;
        }
        got += ok ? 2 : 0;
      }
      if (ok) score += got;
      else {
        at = save;
        m->target = st;
        m->source = ss;
      }
      k = g_end - 1;
      continue;
    }
    if (e->kind == VE_WORD) {
      if (match_word(s, e, &at, limit, k == 0 ? first_reach : WORD_REACH, k + 1 == n, m)) {
        score += 2;
        continue;
      }
      /* A trailing "in +T" may be missing after other words: "sought refuge" still seeks refuge. */
      if (k > 0 && k + 2 == n && el[k + 1].kind != VE_WORD && !el[k + 1].optional &&
          s->tables->alt_closed[e->alts] == WC_PREP) {
        /* (Not after "no" that opens a noun phrase: "said no decisions were taken" says no "no"; nor "said No 10 did not".) */
        if (at > 0 && at < s->n && word_is(s, at - 1, "no") &&
            (tag_is(s, at, POS_NOUN) || tag_is(s, at, POS_ADJ) || tag_is(s, at, POS_NUM) || tag_is(s, at, POS_PROPN)))
          return 0;
        missed_tail = 1;
        break;
      }
      return 0;
    }
    slot *sl = e->kind == VE_TARGET ? &m->target : &m->source;
    uint8_t had = sl->n;
    uint32_t after = take_np(s, at, limit, sl);
    if (after == at) {
      if (k + 1 == n) {
        missed_tail = 1;
        break;
      }
      return 0;
    }
    /* "~clash between +S and +T": the pattern's own "and" ends the slot's list at its first actor. */
    if (k + 1 < n && sl->n > had + 1 && elem_is_word(s, &el[k + 1], "and")) {
      after = m_end(s, sl->m[had]);
      sl->n = (uint8_t)(had + 1);
    }
    if (e->kind == VE_TARGET) m->target_used = 1;
    score += sl->n ? 2 : 1;
    /* "criticized the government's policy", "summoned Iran's ambassador": a noun after +T may be the head of the
       phrase the actor opens, which take_np has read past. */
    uint32_t inside = sl->n > had ? m_first(s, sl->m[had]) + 1 : after;
    if (k + 1 < n && el[k + 1].kind == VE_WORD && !el[k + 1].optional && !s->tables->alt_closed[el[k + 1].alts] &&
        inside < after && match_word(s, &el[k + 1], &inside, after, SLOT_REACH + 4, 0, m)) {
      score += 2;
      k++;
    }
    at = after;
  }
  m->score = score - missed_tail;
  m->end = at;
  return 1;
}

/* The signature bit of a word. */
static unsigned sig_bit(const char *w, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  return (h ^ (h >> 15)) % EVENT_SIG_BITS;
}

/* Nonzero when every word a pattern needs may be in the sentence (its signature says so). */
static int may_match(const sent *s, const verb_pattern *p) {
  const event_tables *t = s->tables;
  const verb_elem *el = &t->verbs.elems.items[p->elems];
  for (size_t k = 0; k < p->nelems; k++) {
    if (el[k].kind != VE_WORD || el[k].optional) continue;
    /* A trailing "in +T" may be missing (match_pattern). */
    if (k > 0 && k + 2 == p->nelems && el[k + 1].kind != VE_WORD && !el[k + 1].optional &&
        t->alt_closed[el[k].alts] == WC_PREP)
      continue;
    int any = 0;
    for (uint16_t a = 0; a < el[k].nalts && !any; a++) {
      unsigned b = t->alt_bit[el[k].alts + a];
      any = (int)((s->sig[b / 64] >> (b % 64)) & 1);
    }
    if (!any) return 0;
  }
  return 1;
}

/* Nonzero when token i is a word with a hyphen in it: "Kurdish-led", "US-backed". */
static int hyphened(const sent *s, uint32_t i) {
  return i < s->n && s->tok[i].len > 2 && memchr(s->text + s->tok[i].start + 1, '-', s->tok[i].len - 2) != NULL;
}

/*
 * Nonzero when what follows "added" at token i is a thing added, not what
 * was said: a number or a noun phrase ("90,000 tonnes", "a label", "more
 * routes"), maybe in quotes, with no verb of a clause after it before the
 * clause ends ("added an accord with the IMF could help" says something).
 */
static int added_thing(const sent *s, uint32_t i) {
  if (i < s->n && word_is(s, i, "\"")) i++;
  if (i >= s->n || s->mention_at[i] >= 0) return 0;
  if (!(tag_is(s, i, POS_NUM) || tag_is(s, i, POS_NOUN) ||
        word_in(s, i, (const char *const[]){"a", "an", "more", "another", "some", NULL})))
    return 0;
  /*
   * Past commas only an auxiliary or a modal, the verb of a subject cut by a
   * phrase: "added more troops, about 1,500 in all, would be sent"; not a
   * clause of its own (", the Middle East increased by two", ", and have
   * managed") nor a reporter's (", officials said").
   */
  /* (A verb right after a second comma closes such a phrase: "added two soldiers, both from the division, died".) */
  int commas = 0;
  for (uint32_t k = i + 1; k < s->n; k++) {
    if (word_in(s, k, (const char *const[]){";", ":", ".", NULL}) || tag_is(s, k, POS_SUBORD)) break;
    if (word_is(s, k, ",")) {
      if (k + 1 < s->n && tag_is(s, k + 1, POS_CONJ)) break;
      commas++;
      continue;
    }
    if (tag_is(s, k, POS_AUX) || tag_is(s, k, POS_MODAL) ||
        (tag_is(s, k, POS_VERB) && tag(s, k)->form != VF_GERUND && !(k > 0 && tag_is(s, k - 1, POS_TO)) &&
         (!commas || (commas >= 2 && word_is(s, k - 1, ",")))))
      return 0;
  }
  return 1;
}

/* Acts done to people, whose doer a word of blame for the act blames: "called the arrest of journalists unacceptable". */
static const char *const harm_act_nouns[] = {
    "arrest", "killing", "execution", "treatment", "detention", "death", "jailing", "imprisonment", "deportation",
    "expulsion", "persecution", "murder", "abduction", "kidnapping", "torture", "sentencing", "shooting", "bombing",
    "conviction", "massacre", "assassination", "beating", "eviction", "harassment", "abuse", "mistreatment", NULL};

/* What one may be met by or with that is no one: "met by heavy barrages", "met with tear gas". */
static const char *const reception_nouns[] = {
    "barrage", "fire", "gunfire", "shelling", "bullet", "rocket", "missile", "shell", "gas", "resistance",
    "protest", "demonstration", "criticism", "opposition", "silence", "scepticism", "skepticism", "hostility",
    "anger", "outrage", "jeer", "boo", "applause", "cheer", "derision", "dismay", "indifference", "suspicion",
    "violence", "force", "hail", "volley", NULL};

/* Nonzero when "by" and an actor follow the verb at head closely, before limit: a passive's agent. */
static int by_agent(const sent *s, uint32_t head, uint32_t limit) {
  for (uint32_t i = head + 1; i + 1 < limit && i <= head + 4; i++)
    if (word_is(s, i, "by")) return s->mention_at[i + 1] >= 0 || (i + 2 < limit && s->mention_at[i + 2] >= 0);
  return 0;
}

/* The best pattern of a head at local token head, or 0. */
static int best_match(const sent *s, int noun, uint32_t head, uint32_t limit, int passive, uint32_t subject_noun,
                      match *best) {
  size_t len, count;
  const char *l = lemma(s, head, &len);
  const verb_pattern *ps = verb_table_find(&s->tables->verbs, noun, l, len, &count);
  if (!ps && noun) {
    /* A noun the tagger lemmatised as it is: try the word in lower case. */
    char low[64];
    size_t n = s->tok[head].len;
    if (n < sizeof low) {
      for (size_t i = 0; i < n; i++) {
        char ch = s->text[s->tok[head].start + i];
        low[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      }
      if (n != len || memcmp(low, l, n) != 0) ps = verb_table_find(&s->tables->verbs, noun, low, n, &count);
    }
  }
  if (!ps) return 0;
  int found = 0;
  for (size_t i = 0; i < count; i++) {
    if (ps[i].flags & VP_BEFORE) continue;
    /*
     * A bare verb is intransitive: its passive ("unless it can be demonstrated",
     * "the deadline was met") is no such act, unless an agent says who did it
     * ("the policy was announced by Gorbachev").
     */
    if (passive && !noun && ps[i].nelems == 0 && !by_agent(s, head, limit)) continue;
    /* Sorted by weight, nothing later can win; but a user's pattern beats a built-in one whatever its weight. */
    if (found && ps[i].weight * 2 < best->score && ((best->p->flags & VP_USER) || !s->tables->has_user)) break;
    if (found && !(ps[i].flags & VP_USER) && (best->p->flags & VP_USER)) continue;
    if (!may_match(s, &ps[i])) continue;
    match m;
    if (!match_pattern(s, &ps[i], head, limit, passive, subject_noun, &m)) continue;
    int user = (ps[i].flags & VP_USER) != 0, best_user = found && (best->p->flags & VP_USER);
    /* Of equals, a null pattern wins: it names the words, where "meet +T" may only have reached past them. */
    int better = found && (m.score > best->score || (m.score == best->score && verb_pattern_is_null(&ps[i])));
    if (!found || (user && !best_user) || (user == best_user && better)) {
      *best = m;
      found = 1;
    }
  }
  return found;
}

/*
 * The noun that is a passive group's subject, which a pattern's first word
 * may name ("a deal was struck"); or NO_NOUN. Not a reduced passive's noun,
 * which the participle describes ("the statements made by Boris Johnson").
 */
static uint32_t passive_subject_noun(const sent *s, const vgroup *g) {
  /* (A participle's: "the market was not open" is no market opened; "put" and "cut" are participles as they are.) */
  uint32_t h = g->head;
  if (!g->passive || g->reduced || g->first == 0 ||
      !(tag(s, h)->form == VF_PARTICIPLE || tag(s, h)->form == VF_PAST) ||
      (s->lem_len[h] == s->tok[h].len && memcmp(s->lem[h], s->low + s->low_off[h], s->tok[h].len) == 0 &&
       !word_in(s, h, (const char *const[]){"put", "set", "cut", "hit", "shut", "cast", "let", "spread", "upset", NULL})))
    return NO_NOUN;
  uint32_t k = g->first - 1;
  if (!tag_is(s, k, POS_NOUN) || s->mention_at[k] >= 0) return NO_NOUN;
  /* (An actor subject is the subject, unless it owns the noun: "The EU's move was welcomed".) */
  if (g->has_subject && g->subject.n &&
      !(m_end(s, g->subject.m[0]) < s->n && tag_is(s, m_end(s, g->subject.m[0]), POS_POSSESSIVE)))
    return NO_NOUN;
  /* (The head of the subject, not a noun a preposition governs: "70 soldiers on foot patrol were attacked"; */
  /* nor one "no" denies: "no political demands were made".) */
  uint32_t b = k;
  while (b > 0 && (tag_is(s, b - 1, POS_NOUN) || tag_is(s, b - 1, POS_ADJ) || tag_is(s, b - 1, POS_DET) ||
                   tag_is(s, b - 1, POS_NUM) || tag_is(s, b - 1, POS_POSSESSIVE) || s->mention_at[b - 1] >= 0) &&
         !word_in(s, b - 1, (const char *const[]){"no", NULL}))
    b--;
  if (b > 0 && ((tag_is(s, b - 1, POS_PREP) && !word_in(s, b - 1, clause_openers)) ||
                word_in(s, b - 1, (const char *const[]){"no", "of", NULL})))
    return NO_NOUN;
  return k;
}

/* ----------------------------------------------------------------- events */

static void set_actor(const sent *s, event_actor *a, int32_t m) {
  memset(a, 0, sizeof *a);
  if (m < 0) return;
  const dl_mention *x = mention(s, m);
  a->present = 1;
  a->mention = m;
  a->first = x->first;
  a->end = x->end;
  memcpy(a->code, x->code, sizeof a->code);
  memcpy(a->country, x->country, sizeof a->country);
  memcpy(a->roles, x->roles, sizeof a->roles);
}

/* Nonzero when two actors are the same party. */
static int same_party(const event_actor *a, const event_actor *b) {
  return a->present && b->present && strcmp(a->code, b->code) == 0;
}

/*
 * Nonzero for an act done in words: statements, appeals, offers and
 * promises, verbal praise, demands, criticism, rejections and threats (01,
 * 02, 03, 050 to 053, 10 to 13).
 * Its speaker reporting it ("he said, blasting the US") reports what it
 * just did, not a claim.
 */
static int words_act(const cameo_code *cc) {
  const char *r = cc->root;
  if (r[0] == '0') return r[1] == '1' || r[1] == '2' || r[1] == '3' || (r[1] == '5' && cc->code[2] >= '0' && cc->code[2] <= '3');
  return r[0] == '1' && r[1] >= '0' && r[1] <= '3';
}

/* Nonzero when a country is named in event ev's clause after its verb: "fled to Cucuta in Colombia". */
static int country_after(const sent *s, const dl_event *ev) {
  if (ev->verb_end < s->base || ev->scope_end < s->base) return 0;
  for (uint32_t k = ev->verb_end - s->base; k < ev->scope_end - s->base && k < s->n; k++)
    if (s->mention_at[k] >= 0 && mention(s, s->mention_at[k])->kind == MENTION_COUNTRY &&
        !mention(s, s->mention_at[k])->roles[0])
      return 1;
  return 0;
}

/* Nonzero for a code of force: assaults, fighting, mass violence (roots 18 to 20). */
static int violent_root(const cameo_code *cc) {
  return (cc->root[0] == '1' && cc->root[1] >= '8') || (cc->root[0] == '2' && cc->root[1] == '0');
}

/* Roles of trades that bear no arms: firms, schools, hospitals and the press; and firms and the press alone; sorted. */
static const char *const unarmed_trades[] = {"BUS", "EDU", "HLH", "MED"};
static const char *const firms_and_press[] = {"BUS", "MED"};

/* Nonzero when a run of three-letter role codes has some and all of them in codes (count of them, sorted). */
static int roles_all_in(const char *roles, const char *const *codes, size_t count) {
  size_t k = 0;
  for (; roles[k] && roles[k + 1] && roles[k + 2]; k += 3)
    if (!words_sorted_contain(codes, count, roles + k, 3)) return 0;
  return k > 0;
}

static int roles_all_unarmed_trades(const char *roles) {
  return roles_all_in(roles, unarmed_trades, sizeof unarmed_trades / sizeof *unarmed_trades);
}


/*
 * Nonzero when the clash named at token i hurt people: its sentence tells of
 * dead or wounded ("left five people dead", "turned violent"), or a word
 * before it says so ("the most lethal clash", "fierce fighting").
 */
static int deadly_clash(const sent *s, uint32_t i) {
  for (uint32_t k = 0; k < s->n; k++)
    if (word_in(s, k, (const char *const[]){"dead", "killed", "injured", "wounded", "died", "violent", NULL})) return 1;
  for (uint32_t k = i; k-- > 0 && i - k <= 3 && (tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_ADV));)
    if (word_in(s, k, (const char *const[]){"lethal", "deadly", "bloody", "armed", "fatal", "fierce", "heavy", NULL}))
      return 1;
  return 0;
}

/* Roles of those who fight in the street when they clash: civilians, refugees, students, workers, the opposition; sorted. */
static const char *const street_roles[] = {"CVL", "EDU", "LAB", "OPP", "REF"};

/* Roles that bear arms: police, criminals, insurgents, armies, rebels, separatists, spies, armed groups; sorted. */
static const char *const armed_roles[] = {"COP", "CRM", "INS", "MIL", "REB", "SEP", "SPY", "UAF"};

/* Nonzero when a run of role codes has one that bears arms. */
static int armed_role_in(const char *roles) {
  return words_codes_any(armed_roles, sizeof armed_roles / sizeof *armed_roles, roles);
}

/* Polls and studies, and what they are said to show: "a poll suggests two-thirds of Britons support". */
static const char *const poll_nouns[] = {"poll", "survey", "census", "questionnaire", NULL};
static const char *const finding_verbs[] = {"suggest", "show", "find", "indicate", "reveal", NULL};

/*
 * Nonzero when verb group g is a poll's finding or what it found: "a poll of
 * 1,313 people suggests two-thirds of Britons support the decision". What
 * people answer a poll is opinion, not an act.
 */
static int poll_finding(const sent *s, const vgroup *g) {
  for (uint32_t i = 0; i < g->first; i++) {
    if (!tag_is(s, i, POS_NOUN) || !lemma_in(s, i, poll_nouns)) continue;
    /* The poll's own clause: no comma or clause word between it and the group ("After a survey showed ..., Russia"). */
    for (uint32_t j = i + 1; j <= g->head; j++) {
      if (word_is(s, j, ",") || word_is(s, j, ";")) break;
      if (!tag_is(s, j, POS_VERB) || !lemma_in(s, j, finding_verbs)) continue;
      /* The finding verb itself, or a group in what it found, with no comma between. */
      for (uint32_t k = j + 1; k < g->first; k++)
        if (word_is(s, k, ",") || word_is(s, k, ";")) return 0;
      return 1;
    }
  }
  return 0;
}

/*
 * Nonzero when verb group g is "said" or "reported" with a level after it, a
 * headline's "is said to be": "U.S. AUTO OUTPUT SAID DOWN THIS WEEK",
 * "dollar reported higher", "INDONESIA SAID TO BE STABLE". It reports a
 * figure or what others say, and no one speaks.
 */
static int said_level(const sent *s, const vgroup *g) {
  static const char *const levels[] = {"up",     "down",   "higher", "lower",  "steady", "firm",      "firmer",
                                       "weaker", "weak",   "stronger", "strong", "flat",  "unchanged", "mixed",
                                       "easier", "quiet",  NULL};
  if (g->head != g->first || g->head + 1 >= s->n || !lemma_in(s, g->head, (const char *const[]){"say", "report", NULL}) ||
      tag(s, g->head)->form == VF_BASE)
    return 0;
  /* "INDONESIA SAID TO BE STABLE", "a man said to have fled": what others say of the subject, who says nothing. */
  if (g->head + 2 < s->n && word_is(s, g->head + 1, "to") && word_in(s, g->head + 2, (const char *const[]){"be", "have", NULL}))
    return 1;
  if (!word_in(s, g->head + 1, levels)) return 0;
  /* (Not what was said: "said up to 500 soldiers had been killed", "said higher taxes would follow".) */
  for (size_t k = 0; k < s->ngroups; k++)
    if (s->groups[k].first > g->head) return 0;
  return !(g->head + 2 < s->n && (word_is(s, g->head + 2, "to") || tag_is(s, g->head + 2, POS_NOUN)));
}

/*
 * Things of the economy and of policy that "hit" with no one's force: "the
 * yen's rise has hit Japan hard", "hit by the fall in oil prices".
 */
static const char *const economic_nouns[] = {
    "cost", "costs", "crisis", "currency", "cut", "cuts", "debt", "decision", "decline", "deficit", "demand", "dollar",
    "downturn", "drop", "economy", "euro", "fall", "fee", "fees", "halving", "inflation", "law", "measure", "measures",
    "move", "policy", "pound", "price", "prices", "rate", "rates", "recession", "regulation", "rise", "rule", "rules",
    "sale", "sales", "slowdown", "slump", "strength", "surge", "tariff", "tariffs", "tax", "taxes", "trend", "weakness",
    "yen", "freeze", "collapse", "competition", "shortage", "glut", "plunge", "slide", "boom", "bust", "oversupply",
    "squeeze", "sanction", "embargo", "reform", NULL};

/*
 * Nonzero when the noun phrase before group g, its subject, names a thing of
 * the economy or of policy: "the 40 pct rise of the yen has hit Japan".
 */
static int economic_subject(const sent *s, const vgroup *g) {
  for (uint32_t i = g->first; i-- > 0 && g->first - i <= 8;) {
    if (s->mention_at[i] >= 0 && !(mention(s, s->mention_at[i])->flags & (MENTION_POSSESSOR | MENTION_DESCRIBES)) &&
        !in_pp(s, s->mention_at[i]))
      return 0;
    if (tag_is(s, i, POS_PUNCT) || tag_is(s, i, POS_SUBORD) || tag_is(s, i, POS_VERB) || tag_is(s, i, POS_AUX))
      return 0;
    if (tag_is(s, i, POS_NOUN) && lemma_in(s, i, economic_nouns)) return 1;
  }
  return 0;
}

/* Nouns of disasters and accidents, which kill and wound with no one doing it. */
static const char *const disaster_nouns[] = {
    "accident", "avalanche", "blaze", "blizzard", "cholera", "collision", "crash", "cyclone", "derailment", "disaster",
    "disease", "drought", "earthquake", "epidemic", "famine", "flood", "flooding", "hailstorm", "heatwave",
    "hurricane", "landslide", "lightning", "mudslide", "quake", "snow", "snowstorm", "storm", "tornado", "tremor", "tsunami",
    "typhoon", "virus", "abortion", "cancer", "malaria", "malnutrition", "hunger", "overdose", "smoking",
    "pollution", "heat", "cold", "illness", NULL};

/*
 * Nonzero when the sentence names a disaster or an accident before the
 * end of ev's clause: "an earthquake killed 23,000 people", "two people
 * were killed in a crash".
 * Who dies in one with no one named for it is no political event.
 */
static int disaster_clause(const sent *s, const dl_event *ev) {
  uint32_t verb = ev->verb_first > s->base ? ev->verb_first - s->base : 0;
  uint32_t to = ev->scope_end > s->base ? ev->scope_end - s->base : 0;
  if (to > s->n) to = s->n;
  /* Its subject: the words back from the verb to the clause's start ("an earthquake that struck Japan killed"). */
  for (uint32_t i = verb; i-- > 0;) {
    if (word_in(s, i, (const char *const[]){"after", "despite", "since", "before", "amid", "during", "as", NULL}) ||
        word_is(s, i, ";") || (tag_is(s, i, POS_SUBORD) && !word_in(s, i, relative_words)))
      break;
    /* (A name too: "the Tsunami which struck south Asia".) */
    if ((tag_is(s, i, POS_NOUN) && lemma_in(s, i, disaster_nouns)) || (tag_is(s, i, POS_PROPN) && word_in(s, i, disaster_nouns)))
      return 1;
  }
  /* Its cause after it: "killed in a crash", "destroyed by a storm", "killed following an earthquake". */
  for (uint32_t i = verb + 1; i + 1 < to; i++)
    if (word_in(s, i, (const char *const[]){"in", "by", "from", "following", "after", "during", NULL}))
      for (uint32_t j = i + 1; j < to && j <= i + 4 && !tag_is(s, j, POS_PREP); j++)
        if (tag_is(s, j, POS_NOUN) && lemma_in(s, j, disaster_nouns)) return 1;
  return 0;
}

static const cameo_code *find_code(const sent *s, const char *code);

/*
 * Nonzero when the infinitive group g follows "NOUN of X to", a noun of
 * nouns and its actors ("the threats of some Western countries to attack",
 * "the failure of Iran and Iraq to agree"), or "NOUN to" when direct.
 */
static int infinitive_of_noun(const sent *s, const vgroup *g, const char *const *nouns, int direct) {
  if (!g->infinitive || g->first < 2 || !word_is(s, g->first - 1, "to")) return 0;
  uint32_t k = g->first - 1;
  if (direct && lemma_in(s, k - 1, nouns)) return 1;
  while (k > 0 && g->first - k < 10 &&
         (s->mention_at[k - 1] >= 0 || tag_is(s, k - 1, POS_DET) || tag_is(s, k - 1, POS_ADJ) ||
          word_in(s, k - 1, (const char *const[]){"and", ",", NULL})))
    k--;
  return k < g->first - 1 && k >= 2 && word_is(s, k - 1, "of") && lemma_in(s, k - 2, nouns);
}

/* Nonzero when g follows "threat to" or "threats of X to": the threats threaten the act; they do not do it. */
static int threat_noun_before(const sent *s, const vgroup *g) {
  return infinitive_of_noun(s, g, (const char *const[]){"threat", NULL}, 1);
}

/* Appends one event, unless the sentence already has the same one. */
static int emit(const sent *s, dl_event_vec *out, size_t first_of_sentence, const dl_event *ev) {
  if (!ev->source.present && !ev->target.present) return DL_OK;
  /*
   * "Macron spoke to Trump on Tuesday night": speaking to a state's leader or
   * a government is consulting it (040), not a public statement; speaking
   * to reporters, a crowd or a parliament still is. (To come, it is 036.)
   */
  if (ev->source.present && ev->target.present && ev->lemma && strcmp(ev->code->code, "010") == 0 &&
      (strcmp(ev->lemma, "speak") == 0 || strcmp(ev->lemma, "talk") == 0) &&
      (strncmp(ev->target.roles, "GOV", 3) == 0 || strncmp(ev->target.roles, "MIL", 3) == 0 ||
       strncmp(ev->target.code, "IGO", 3) == 0) &&
      strncmp(ev->source.roles, "MED", 3) != 0) {
    const cameo_code *consult = find_code(s, ev->mode == MODE_INTENT ? "036" : "040");
    if (consult) {
      dl_event talk = *ev;
      talk.code = consult;
      return emit(s, out, first_of_sentence, &talk);
    }
  }
  /* "It has also asked France to ...": a pronoun taken for the very actor its act is done to stands for someone else. */
  if (ev->source.present && ev->target.present && ev->source.mention >= 0 && ev->target.mention >= 0 &&
      ev->source.mention != ev->target.mention && mention(s, ev->source.mention)->sentence != s->index &&
      mention(s, ev->source.mention)->entry && mention(s, ev->source.mention)->entry == mention(s, ev->target.mention)->entry &&
      strcmp(ev->source.code, ev->target.code) == 0)
    return DL_OK;
  /*
   * An act no one is named doing says nothing of whom: a statement no one
   * made ("he told BBC Radio 4", with no one for "he"), a rebuke or a visit
   * with no one to make it. Force and coercion, and releases told by a verb,
   * are coded with no source: who was killed, arrested, abducted or freed is
   * news when no one says by whom ("the return of refugees" is a goal).
   */
  if (!ev->source.present && !(ev->code->root[0] == '1' && ev->code->root[1] >= '7') && ev->code->root[0] != '2' &&
      !(strncmp(ev->code->code, "084", 3) == 0 && !(ev->pattern && (ev->pattern->flags & VP_NOUN))))
    return DL_OK;
  /*
   * A disaster's toll is no one's act: not a country's named with it ("an
   * earthquake that struck Japan killed"), nor its victims'. Only an armed
   * actor's force stands beside a disaster named as the act's subject or
   * cause.
   */
  if (violent_root(ev->code) && disaster_clause(s, ev) &&
      (!ev->source.present || !armed_role_in(ev->source.roles)))
    return DL_OK;
  /*
   * "News Corp is kicking the tires", "BBC hits Little Britain", "the bank
   * conducted operations": a firm, the press, a school or a hospital does
   * no violence in the news; words of force said of them are figures.
   */
  /* (Not on people: "Blackwater guards shot dead 17 Iraqi civilians", "students attacked police".) */
  if (ev->code->root[0] != '0' && (ev->code->root[1] >= '8' || ev->code->root[0] == '2') && ev->source.present &&
      roles_all_in(ev->source.roles, firms_and_press, sizeof firms_and_press / sizeof *firms_and_press) &&
      (!ev->target.present || !ev->target.roles[0] || roles_all_unarmed_trades(ev->target.roles)))
    return DL_OK;
  /*
   * "Monoclonal Antibodies Inc signed an agreement to buy Genesis Labs",
   * "Heineken plans to invest": what firms do alone or among themselves is
   * business, not political event data. With a state, a body, a group or
   * people on the other side it stays ("Gazprom cut supplies to Ukraine"),
   * and so do firms' appeals, demands, rebukes and protests on policy
   * ("business leaders called for free trade"), which are lobbying.
   */
  /* (An international body of trade, such as OPEC, is no firm.) */
  if (ev->source.present && strncmp(ev->source.roles, "BUS", 3) == 0 && strncmp(ev->source.code, "IGO", 3) != 0 &&
      (!ev->target.present || strncmp(ev->target.roles, "BUS", 3) == 0 ||
       (!ev->target.roles[0] && !ev->target.country[0])) &&
      !(!ev->target.present && ev->code->root[0] == '0' && ev->code->root[1] == '2') &&
      !(!ev->target.present && ev->code->root[0] == '1' &&
        (ev->code->root[1] == '0' || ev->code->root[1] == '1' || ev->code->root[1] == '4')))
    return DL_OK;
  /* "BOEING SAYS ORDER WORTH ONE BILLION DLRS": what a firm orders it buys; it demands nothing. */
  if (ev->source.present && strncmp(ev->source.roles, "BUS", 3) == 0 && strncmp(ev->source.code, "IGO", 3) != 0 &&
      ev->code->root[0] == '1' && ev->code->root[1] == '0' && ev->lemma && strcmp(ev->lemma, "order") == 0)
    return DL_OK;
  /* '"Rumors ... are unfounded," a Citicorp spokesman told Reuters': a firm's word to the press is its business too. */
  if (ev->source.present && strncmp(ev->source.roles, "BUS", 3) == 0 && strncmp(ev->source.code, "IGO", 3) != 0 &&
      ev->code->root[0] == '0' && ev->code->root[1] == '1' && ev->target.present &&
      strncmp(ev->target.roles, "MED", 3) == 0)
    return DL_OK;
  /* "Some 1.5 million Kurds fled to the mountains": fleeing is seeking refuge only in a country named. */
  if (strcmp(ev->code->code, "1033") == 0 && !ev->target.present && ev->lemma &&
      (strcmp(ev->lemma, "flee") == 0 || strcmp(ev->lemma, "escape") == 0) && !country_after(s, ev))
    return DL_OK;
  /* "after the US quit in 2011": a country named alone leaves no office. */
  if (strncmp(ev->code->code, "0831", 4) == 0 && ev->source.present && !ev->source.roles[0] &&
      ev->source.mention >= 0 && mention(s, ev->source.mention)->kind == MENTION_COUNTRY)
    return DL_OK;
  /* "its loans to Brazil": a firm's money lent is its business, not economic aid. */
  /* (An international body of finance, such as the IMF, lends as aid.) */
  if (strcmp(ev->code->code, "071") == 0 && ev->source.present && strncmp(ev->source.roles, "BUS", 3) == 0 &&
      strncmp(ev->source.code, "IGO", 3) != 0)
    return DL_OK;
  /* "as Trump demonstrates daily": a ruler, a general or a police chief shows things; none demonstrates in the street. */
  /* (A ruler by name: party activists who stage rallies still demonstrate.) */
  if (strncmp(ev->code->code, "141", 3) == 0 && ev->source.present && ev->source.mention >= 0 &&
      mention(s, ev->source.mention)->kind == MENTION_PERSON &&
      (strncmp(ev->source.roles, "GOV", 3) == 0 || strncmp(ev->source.roles, "MIL", 3) == 0 ||
       strncmp(ev->source.roles, "COP", 3) == 0))
    return DL_OK;
  /* "its withdrawal from a Japanese smelter venture": firms and the press neither retreat nor mobilise in arms. */
  if ((strncmp(ev->code->code, "087", 3) == 0 || strncmp(ev->code->root, "15", 2) == 0) && ev->source.present &&
      roles_all_in(ev->source.roles, firms_and_press, sizeof firms_and_press / sizeof *firms_and_press))
    return DL_OK;
  /* "its takeover of former partner AT&T": a firm taken over is bought, not occupied. */
  if (strcmp(ev->code->code, "192") == 0 && ev->target.present && ev->target.roles[0] &&
      roles_all_unarmed_trades(ev->target.roles) && !ev->source.present)
    return DL_OK;
  if (same_party(&ev->source, &ev->target) && ev->source.mention == ev->target.mention) return DL_OK;
  for (size_t i = first_of_sentence; i < out->len; i++) {
    const dl_event *o = &out->items[i];
    if (o->code == ev->code && strcmp(o->source.code, ev->source.code) == 0 &&
        strcmp(o->target.code, ev->target.code) == 0 && o->source.present == ev->source.present &&
        o->target.present == ev->target.present)
      return DL_OK;
  }
  (void)s;
  return DL_VEC_PUSH(s->ctx, *out, *ev);
}

/* ------------------------------------------------------ parallel codes */

/*
 * CAMEO names intended, refused, appealed-for, demanded and threatened acts
 * with codes parallel to the acts themselves: an intent to release persons
 * is 0353, an appeal for it 0253, a demand 1053, a refusal 1241; a threat to
 * cut relations 1313. A pattern gives its act's intent code; these tables
 * give the rest by the act's code, longest prefix first.
 */
typedef struct code_map {
  const char *prefix; /* act code prefix */
  const char *code;   /* parallel code */
} code_map;

/* Intents of cooperative acts by root, when a pattern names none. */
static const code_map intent_by_root[] = {{"03", NULL}, {"04", "036"}, {"05", "032"}, {"06", "031"},
                                          {"07", "033"}, {"08", "035"}, {NULL, NULL}};
/* Threats of conflict acts. */
static const code_map threat_by_act[] = {
    {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"}, {"166", "136"},
    {"16", "131"},   {"172", "132"},  {"17", "137"},   {"18", "1383"},  {"191", "1381"}, {"192", "1382"},
    {"204", "1385"}, {"19", "1384"},  {"20", "1384"},  {"145", "133"},  {"14", "133"},   {NULL, NULL}};
/* Refusals (12) by the third digit of an intent code (03X). */
static const char refusal_digit[10] = {'0', '1', '0', '2', '3', '4', '5', '7', '6', '0'};

static const char *map_code(const code_map *map, const char *code) {
  for (; map->prefix; map++)
    if (strncmp(code, map->prefix, strlen(map->prefix)) == 0) return map->code ? map->code : code;
  return NULL;
}

/* A code of the table, or its first three digits when the four-digit code is not one. */
static const cameo_code *find_code(const sent *s, const char *code) {
  const cameo_code *cc = cameo_table_find(&s->tables->codes, code);
  if (!cc && strlen(code) == 4) {
    char three[4] = {code[0], code[1], code[2], '\0'};
    cc = cameo_table_find(&s->tables->codes, three);
  }
  return cc;
}

/* The intent code of an act: the pattern's, else the parallel one (a threat for conflict acts from root 16). */
static const char *intent_of(const verb_pattern *p) {
  if (p->intent[0]) return p->intent;
  const char *c = map_code(intent_by_root, p->code);
  if (c) return c;
  /* "would prohibit aid" is the sanction announced; intended force or repression is a threat. */
  if (strncmp(p->code, "17", 2) >= 0) return map_code(threat_by_act, p->code);
  return NULL;
}

/* The threat of an act (CAMEO 13). */
static const cameo_code *threat_of(const sent *s, const verb_pattern *p) {
  if (p->intent[0] == '1' && p->intent[1] == '3') return find_code(s, p->intent);
  const char *c = map_code(threat_by_act, p->code);
  return c ? find_code(s, c) : NULL;
}

/* The refusal of a cooperative act (CAMEO 12): 0353 -> 1243. */
static const cameo_code *refusal_of(const sent *s, const verb_pattern *p) {
  const char *i = intent_of(p);
  if (!i || i[0] != '0' || i[1] != '3' || !i[2]) return NULL;
  char code[5] = {'1', '2', refusal_digit[i[2] - '0'], i[3], '\0'};
  if (code[2] == '0') code[3] = '\0';
  return find_code(s, code[2] == '0' ? "120" : code);
}

/* The mode of an event of group g (NULL for a noun). */
/*
 * Nonzero when verb group g is in a clause that "if", "unless" or "in
 * case" opens: "if the Turks attack", "unless Iran releases the tanker",
 * "in case those groups are targeting civilians". The clause runs
 * from the word to a comma, "then", or another verb group before g.
 */
static int in_condition(const sent *s, const vgroup *g) {
  if (!s->has_if) return 0;
  for (uint32_t i = g->first; i-- > 0;) {
    /* An actor's words are no verb of another clause: "those terrorist armed groups". */
    if (s->mention_at[i] >= 0) {
      i = m_first(s, s->mention_at[i]);
      continue;
    }
    if (word_is(s, i, "if") || word_is(s, i, "unless") || (word_is(s, i, "case") && i > 0 && word_is(s, i - 1, "in")))
      return 1;
    /* "If the Americans were to change their policy": the "were" of the act itself. */
    if (g->infinitive && i + 2 == g->first && word_in(s, i, (const char *const[]){"were", "was", NULL})) continue;
    if (word_is(s, i, ",") || word_is(s, i, ";") || word_is(s, i, "then") || word_is(s, i, "\"") ||
        s->group_at[i] >= 0)
      return 0;
  }
  return 0;
}

/*
 * Nonzero when group g is in a clause of purpose or proviso: "so that we can
 * reinstate them", "in order to oust the YPG", "as long as they are not
 * captured", "making sure that Assad does not use chemical weapons", "to
 * ensure that ...". What it says is aimed at or allowed for, not done. The
 * clause runs back from g to the words, not past a mark, "but" or another
 * verb.
 */
static int in_purpose(const sent *s, const vgroup *g) {
  /* "The US is in Syria to defeat Isis": what one is somewhere to do is an aim. */
  if (g->infinitive && g->first >= 4) {
    uint32_t k = g->first - 2; /* the word before "to" */
    while (k > 0 && g->first - k < 8 && !tag_is(s, k, POS_PREP) &&
           (s->mention_at[k] >= 0 || tag_is(s, k, POS_PROPN) || tag_is(s, k, POS_NOUN) || tag_is(s, k, POS_DET) ||
            tag_is(s, k, POS_ADJ)))
      k--;
    /* (A place's preposition, not "about": "is about to restore" is the act, soon.) */
    if (k > 0 && k + 2 < g->first && word_in(s, k, (const char *const[]){"in", "at", "inside", NULL}) &&
        word_in(s, k - 1, be_words))
      return 1;
  }
  /* "notices aimed at preventing works", "a law designed to stop": what a thing is for is not done. */
  if (g->first >= 2 && word_in(s, g->first - 1, (const char *const[]){"at", "to", NULL}) &&
      word_in(s, g->first - 2, (const char *const[]){"aimed", "designed", NULL}) &&
      !(g->first >= 3 && tag_is(s, g->first - 3, POS_AUX))) {
    /* (Words said to reassure or warn are said: "in a statement seemed designed to reassure Ankara".) */
    int said = 0;
    for (uint32_t k = g->first - 2; k-- > 0 && g->first - 2 - k <= 3 && !said;) said = lemma_in(s, k, speech_nouns);
    if (!said) return 1;
  }
  for (uint32_t i = g->first; i-- > 0;) {
    if (s->mention_at[i] >= 0) {
      i = m_first(s, s->mention_at[i]);
      continue;
    }
    if (i > 0 && word_is(s, i, "that") && word_is(s, i - 1, "so")) return 1;
    if (i > 0 && word_is(s, i, "order") && word_is(s, i - 1, "in")) return 1;
    if (i > 1 && word_is(s, i, "as") && word_is(s, i - 1, "long") && word_in(s, i - 2, (const char *const[]){"as", "so", NULL}))
      return 1;
    if (i > 0 && word_is(s, i, "sure") && lemma_is(s, i - 1, "make")) return 1;
    if (s->group_at[i] >= 0 && &s->groups[s->group_at[i]] != g)
      return lemma_in(s, i, (const char *const[]){"ensure", "guarantee", NULL});
    if (word_is(s, i, ",") || word_is(s, i, ";") || word_is(s, i, "\"") || word_is(s, i, "but")) return 0;
  }
  return 0;
}

/* Nouns of asking before "that" and the act asked for: "Trump's demand that Germany prosecute its citizens". */
static const char *const asking_nouns[] = {"demand", "demands", "call", "calls", "plea", "request", "appeal",
                                           "proposal", "suggestion", "insistence", "ultimatum", NULL};

static const char *const asking_verbs[] = {"demand", "ask", "urge", "insist", "request", "require", "propose",
                                           "recommend", "order", NULL};

/* Nonzero when group g is in a "that" clause after a noun or verb of asking: what is asked for is not done. */
static int asked_for(const sent *s, const vgroup *g) {
  /* What is asked for is in the base form: "that France repatriate", not "that Russia made". */
  if (tag(s, g->head)->form != VF_BASE) return 0;
  for (uint32_t i = g->first; i-- > 0 && g->first - i < 12;) {
    /* ...and after a verb of asking: "demanded that Russia explain", "insisted that Iran withdraw". */
    if (word_is(s, i, "that"))
      return i > 0 && ((tag_is(s, i - 1, POS_NOUN) && word_in(s, i - 1, asking_nouns)) ||
                       (tag_is(s, i - 1, POS_VERB) && lemma_in(s, i - 1, asking_verbs)));
    /* (A comma in a list of those asked goes on: "that Germany, France and Britain repatriate".) */
    if (word_is(s, i, ",") && i > 0 && s->mention_at[i - 1] >= 0 && s->mention_at[i + 1] >= 0) continue;
    if (word_is(s, i, ";") || word_is(s, i, ":") || word_is(s, i, ",") || tag_is(s, i, POS_SUBORD)) return 0;
    /* Acts listed with "and" are asked for together: "repatriate and prosecute their citizens". */
    if (s->group_at[i] >= 0 && !(i + 1 < g->first && word_in(s, i + 1, (const char *const[]){"and", "or", NULL})))
      return 0;
  }
  return 0;
}

/*
 * Nonzero when group g is in a clause that "whether" opens: "it is not known
 * whether the fighters have been killed". The clause runs back from g to the
 * word, not past a mark or another verb group.
 */
static int in_whether(const sent *s, const vgroup *g) {
  for (uint32_t k = g->first, back = 0; k-- > 0 && back < 10; back++) {
    if (word_is(s, k, "whether")) return 1;
    if (word_in(s, k, (const char *const[]){",", ";", ":", "\"", NULL}) || tag_is(s, k, POS_SUBORD) ||
        (s->group_at[k] >= 0 && &s->groups[s->group_at[k]] != g))
      return 0;
  }
  return 0;
}

/*
 * Nonzero when "nor" or "neither" comes shortly before group g in its
 * clause: "neither Iran nor Iraq attacked", "nor did it threaten". Not past
 * another verb or into a clause of its own: "neither confirmed nor denied
 * that it attacked", "neither the gunmen who attacked".
 */
static int after_nor(const sent *s, const vgroup *g) {
  static const char *const nor_words[] = {"nor", "neither", NULL};
  for (uint32_t k = g->first, back = 0; k-- > 0 && back < 4; back++) {
    if (word_in(s, k, nor_words)) return 1;
    if (word_in(s, k, (const char *const[]){",", ";", ":", "\"", "that", "who", "which", "whether", NULL}) ||
        tag_is(s, k, POS_VERB))
      return 0;
    /* "nor did it": an auxiliary right after "nor" is the group's own. */
    if (tag_is(s, k, POS_AUX) || tag_is(s, k, POS_MODAL)) return k > 0 && word_in(s, k - 1, nor_words);
  }
  return 0;
}

/*
 * Nonzero when group g is what a denial denies, or what there is said to be
 * no sign of: "Moscow denied (Kiev's claims) that it was sending troops",
 * "no evidence that any detainee was tortured", "no hope of rescuing". Not
 * one the denial's own clause leaves ("denied the report and said"), nor
 * under one not made ("neither confirmed nor denied that").
 */
static int denied_content(const sent *s, const vgroup *g) {
  static const char *const claim_nouns[] = {"claim", "report", "allegation", "accusation", "charge", "assertion",
                                            "rumour", "rumor", "speculation", NULL};
  int claim = 0;
  for (uint32_t k = g->first, back = 0; k-- > 0 && back < 12; back++) {
    if (s->group_at[k] >= 0 && &s->groups[s->group_at[k]] != g) {
      const vgroup *p = &s->groups[s->group_at[k]];
      if (p->negated || after_nor(s, p) || p->relative || p->infinitive || p->nonfinite || k != p->head) return 0;
      return lemma_in(s, k, (const char *const[]){"deny", "refute", NULL}) ||
             (claim && lemma_in(s, k, (const char *const[]){"dismiss", "reject", "rebut", "rebuff", NULL}));
    }
    if (k > 0 && word_is(s, k - 1, "no") &&
        word_in(s, k, (const char *const[]){"evidence", "proof", "sign", "indication", "hope", "chance", NULL}))
      return 1;
    if (!tag_is(s, k, POS_VERB) && lemma_in(s, k, claim_nouns)) claim = 1;
    else if (word_in(s, k, (const char *const[]){",", ";", ":", "\"", "(", NULL}) || word_in(s, k, subordinate_openers) ||
             (tag_is(s, k, POS_SUBORD) && !word_is(s, k, "that")))
      return 0;
    /* "denied the report and condemned Israel": a clause of its own; not "that Russia and Ukraine were". */
    else if (tag_is(s, k, POS_CONJ) && !(k > 0 && s->mention_at[k - 1] >= 0 && s->mention_at[k + 1] >= 0))
      return 0;
  }
  return 0;
}

/* What a verb that governs another act makes of it (CAMEO's parallel codes). */
typedef enum govern_kind { GOVERN_NONE = 0, GOVERN_APPEAL, GOVERN_DEMAND, GOVERN_REPROACH } govern_kind;

/* What a speaker makes of what another must, should or should have done: a demand, an appeal or a criticism. */
static govern_kind obliged_kind(const vgroup *g) {
  return g->reproach ? GOVERN_REPROACH : g->should ? GOVERN_APPEAL : GOVERN_DEMAND;
}

/* The residual code of a kind of governing: 020 appeal, 100 demand, 111 criticise. */
static const char *govern_residual(govern_kind kind) {
  return kind == GOVERN_APPEAL ? "020" : kind == GOVERN_REPROACH ? "111" : "100";
}

static const char *const appeal_verbs[] = {"urge", "appeal", "ask", "call", "request", "plead", "implore", "encourage",
                                           "press", "exhort", "beg", "petition", "invite", NULL};
static const char *const demand_verbs[] = {"demand", "insist", "order", "require", "instruct", "command", NULL};
static const char *const statement_verbs[] = {"say", "tell", "add", "state", "announce", "declare", "reiterate",
                                              "stress", "insist", "warn", "write", "argue", "conclude", NULL};

static govern_kind govern_kind_of(const sent *s, const vgroup *g) {
  if (lemma_in(s, g->head, appeal_verbs)) return GOVERN_APPEAL;
  /* "Russia wants Turkey to withdraw": what one wants another to do is asked of it, not done; "wants to" is intent. */
  if (lemma_is(s, g->head, "want") && !g->intent_verb && !to_follows(s, g->head + 1))
    return GOVERN_APPEAL;
  if (lemma_in(s, g->head, demand_verbs)) return GOVERN_DEMAND;
  return GOVERN_NONE;
}

/* The group an infinitive's act depends on: the nearest verb group before it ("tried | to invade"), or NULL. */
static const vgroup *infinitive_governor(const sent *s, const vgroup *g) {
  if (!g->infinitive) return NULL;
  for (size_t k = (size_t)(g - s->groups); k-- > 0;)
    if (s->groups[k].head < g->first) return &s->groups[k];
  return NULL;
}

/* Nouns of a chance that an act may befall someone: "the risk of them being tortured". */
static const char *const risk_nouns[] = {"risk", "danger", "threat", "prospect", "possibility", "likelihood",
                                         "spectre", "specter", "fear", NULL};

/*
 * Nonzero for a gerund that is only risked: "they risk being wiped out",
 * "faces being deported", "without risk of them being tortured".
 */
static int risked(const sent *s, const vgroup *g) {
  if (g->first == 0 || !(word_is(s, g->first, "being") || tag(s, g->first)->form == VF_GERUND)) return 0;
  uint32_t k = g->first - 1;
  while (k > 0 && tag_is(s, k, POS_ADV)) k--;
  /* The tagger may take "risk" after a plural for a noun: "rebels risk being". */
  if (lemma_is(s, k, "risk") || (tag_is(s, k, POS_VERB) && lemma_is(s, k, "face"))) return 1;
  /* "of" and at most one word for who it befalls: "risk of them being", "danger of civilians being". */
  if (k > 0 && !word_is(s, k, "of") &&
      (tag_is(s, k, POS_PRON) || tag_is(s, k, POS_NOUN) || tag_is(s, k, POS_PROPN) || s->mention_at[k] >= 0))
    k--;
  return k > 0 && word_is(s, k, "of") && lemma_in(s, k - 1, risk_nouns);
}

/*
 * Nonzero when the target at token first of "fight" at group g is the side
 * fought on: after "for" or "alongside", or after "with" in a clause that
 * tells who someone is ("extremists who have fought with Isis", "accused of
 * fighting with the YPG"), where "with" is seldom "against".
 */
static int fights_alongside(const sent *s, const vgroup *g, uint32_t first) {
  uint32_t k = first;
  while (k > g->head + 1 && tag_is(s, k - 1, POS_DET)) k--;
  if (k <= g->head + 1) return 0;
  if (word_in(s, k - 1, (const char *const[]){"for", "alongside", NULL})) return 1;
  return word_is(s, k - 1, "with") && (g->relative || (g->first > 0 && word_is(s, g->first - 1, "of")));
}

/*
 * Nonzero when "help" at group g governs a bare verb with no one helped:
 * "helped foment a rebellion", "helping to heal wounds". ("Help Nigeria
 * overcome its debt problems" helps someone: aid.)
 */
static int helps_to_act(const sent *s, const vgroup *g) {
  uint32_t k = g->head + 1;
  if (k < s->n && word_is(s, k, "to")) k++;
  /* (Help to evacuate, rebuild, feed or train is aid still.) */
  return k < s->n && tag_is(s, k, POS_VERB) && tag(s, k)->form == VF_BASE &&
         !lemma_in(s, k, (const char *const[]){"evacuate", "rebuild", "reconstruct", "feed", "shelter", "house",
                                               "resettle", "supply", "fund", "finance", "train", "equip", "arm",
                                               "deliver", "distribute", "treat", "care", NULL});
}

/*
 * Nonzero for a gerund someone is kept from: "detained to prevent him from
 * fighting", "barred from entering the country", "stopped the protesters
 * from reaching the embassy". The act did not happen.
 */
static int prevented_from(const sent *s, const vgroup *g) {
  if (g->first < 2 || !word_is(s, g->first - 1, "from") || tag(s, g->first)->form != VF_GERUND) return 0;
  static const char *const keeping_verbs[] = {"prevent", "stop", "bar", "ban", "keep", "deter", "prohibit", "block",
                                              "discourage", "restrain", "dissuade", "preclude", "forbid", "exclude",
                                              "disqualify", NULL};
  for (uint32_t k = g->first - 1; k-- > 0 && g->first - k <= 8;) {
    if (word_is(s, k, ",") || word_is(s, k, ";")) return 0;
    if (s->group_at[k] >= 0) {
      /* (Not one kept from nothing: "has not stopped Hamas from firing", "failed to stop them from".) */
      const vgroup *p = &s->groups[s->group_at[k]];
      return lemma_in(s, p->head, keeping_verbs) && !p->negated &&
             !(p->infinitive && p->first >= 2 && word_in(s, p->first - 2, failure_words));
    }
  }
  return 0;
}

/*
 * Nonzero for a gerund someone is accused or suspected of: "accused Russia
 * of having struck a deal", "suspected of being behind the attack".
 */
static int accused_of(const sent *s, const vgroup *g) {
  if (g->first < 2 || !word_is(s, g->first - 1, "of") ||
      !(word_in(s, g->first, (const char *const[]){"having", "being", NULL}) || tag(s, g->first)->form == VF_GERUND))
    return 0;
  for (uint32_t k = g->first - 1; k-- > 0 && g->first - k <= 8;) {
    if (word_is(s, k, ",") || s->group_at[k] >= 0) {
      return s->group_at[k] >= 0 &&
             lemma_in(s, s->groups[s->group_at[k]].head, (const char *const[]){"accuse", "suspect", "charge", NULL});
    }
  }
  return 0;
}

/*
 * Nonzero when infinitive g says what its subject is or will be able to do:
 * "would still be able to reject", "is able to veto" (an ability, not an
 * act; "was able to capture" did it); -1 when not able ("will not be able
 * to meet").
 */
static int able_to(const sent *s, const vgroup *g) {
  if (!g->infinitive || g->first < 3 || !word_is(s, g->first - 2, "able")) return 0;
  uint32_t k = g->first - 3;
  int not = 0;
  for (; k > 0 && (tag_is(s, k, POS_ADV) || tag_is(s, k, POS_NEG)); k--) not |= tag_is(s, k, POS_NEG);
  if (!word_in(s, k, (const char *const[]){"is", "are", "am", "be", NULL})) return 0;
  for (; k > 0 && g->first - k < 8 && !not && (tag_is(s, k, POS_AUX) || tag_is(s, k, POS_MODAL) || tag_is(s, k, POS_ADV) ||
                                                 tag_is(s, k, POS_NEG)); k--)
    not |= tag_is(s, k, POS_NEG);
  return not ? -1 : 1;
}

/*
 * Nonzero when infinitive g is what someone has the authority, power or
 * right to do ("the administration's authority to negotiate"), or is
 * entitled, free or allowed to do ("MPs were entitled to complain"): a
 * power, not an act, coded with the act's own code.
 */
static int empowered(const sent *s, const vgroup *g) {
  if (!g->infinitive || g->first < 2) return 0;
  uint32_t k = g->first - 2;
  /* (Not a power used: "Britain used its authority to impose sanctions".) */
  for (uint32_t j = k; j-- > 0 && k - j <= 3;)
    if (lemma_in(s, j, (const char *const[]){"use", "exercise", "invoke", "wield", NULL})) return 0;
  return (tag_is(s, k, POS_NOUN) &&
          word_in(s, k, (const char *const[]){"authority", "power", "powers", "right", "mandate", "permission", "ability",
                                              "capacity", "licence", "license", "leeway", NULL})) ||
         word_in(s, k, (const char *const[]){"entitled", "free", "allowed", "permitted", "authorised", "authorized",
                                             "empowered", NULL});
}

/*
 * Nonzero when the clause at token first is in what a claim or an allegation says: "Macron's
 * claim that France has proof that the Assad regime used chemical weapons",
 * "the ministry's claim last week that RAF airstrikes killed 4,315". A claim
 * denied is the denial's (denied_content).
 */
static int claimed_content(const sent *s, uint32_t first) {
  for (uint32_t k = first; k-- > 1 && first - k <= 40;) {
    if (!word_is(s, k, "that")) {
      if (word_is(s, k, ";") || word_is(s, k, "\"")) return 0;
      continue;
    }
    /* The claim noun right before "that", or before a time: "the claim last week that". */
    for (uint32_t q = k; q-- > 0 && k - q <= 3;) {
      if (tag_is(s, q, POS_NOUN) && !tag_is(s, q, POS_VERB) &&
          lemma_in(s, q, (const char *const[]){"claim", "allegation", "assertion", "accusation", NULL}))
        return 1;
      if (!word_in(s, q, time_nouns) && !word_in(s, q, (const char *const[]){"last", "this", "on", "earlier", NULL})) break;
    }
  }
  return 0;
}

/* Verbs and nouns of going and meeting, which a present or a noun with a time to come plans ("is travelling next week"). */
static const char *const going_verbs[] = {"travel", "visit", "meet", "go", "come", "fly", "leave", "arrive", "hold",
                                          "host", "attend", "sign", "head", "return", "talk", "discuss",
                                          "meeting", "talks", "summit", "trip", "tour", "conference", NULL};

/*
 * Nonzero when a time still to come follows token i in its clause: "next
 * week", "tomorrow", "later this month". A present that names one is a plan:
 * "the chancellor is travelling to America next week", "when they meet later
 * this week".
 */
static int future_time_after(const sent *s, uint32_t i) {
  static const char *const spans[] = {"week", "month", "year", "weekend", "monday", "tuesday", "wednesday",
                                      "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn",
                                      "winter", "session", "term", NULL};
  for (uint32_t k = i + 1; k < s->n && k < i + 12; k++) {
    if (tag_is(s, k, POS_PUNCT) || tag_is(s, k, POS_SUBORD) || (tag_is(s, k, POS_VERB) && k > i + 1)) return 0;
    /* (another phrase's time: "ahead of peace talks next week", "despite talks next week") */
    if (word_in(s, k, (const char *const[]){"ahead", "before", "after", "despite", "amid", "following", "until",
                                            "of", NULL}))
      return 0;
    if (word_is(s, k, "tomorrow")) return 1;
    if (word_is(s, k, "next") && word_in(s, k + 1, spans)) return 1;
    if (word_is(s, k, "later") && word_is(s, k + 1, "this") && word_in(s, k + 2, spans)) return 1;
  }
  return 0;
}

/*
 * Nonzero when group g, in the simple present, opens a clause of time under a
 * clause of the future: "is to look at a proposal when it meets in April",
 * "will decide once the council votes". Such a present is to come.
 */
static int future_when(const sent *s, const vgroup *g) {
  if (g->first < 2 || g->first != g->head) return 0;
  uint32_t k = g->first - 1;
  while (k > 0 && (s->mention_at[k] >= 0 || tag_is(s, k, POS_PRON) || tag_is(s, k, POS_DET))) k--;
  if (!word_in(s, k, (const char *const[]){"when", "once", "until", "before", "after", NULL})) return 0;
  for (size_t q = 0; q < s->ngroups && s->groups[q].head < k; q++) {
    const vgroup *p = &s->groups[q];
    uint32_t to = word_is(s, p->first, "to") ? p->first : p->first - 1;
    if (p->future || (p->infinitive && to >= 1 && word_in(s, to - 1, be_words)) ||
        (word_in(s, p->head, be_words) && word_is(s, p->head + 1, "to")))
      return 1;
  }
  return 0;
}

static event_mode group_mode(const sent *s, const vgroup *g, const vgroup *governor) {
  /* "no way to arrest or extradite them", "declined to confirm or deny": the second act is as the first. */
  if (g && g->infinitive && g->coordinated && g > s->groups && g[-1].infinitive && g[-1].head + 2 == g->first)
    return group_mode(s, g - 1, governor);
  /* An aim is not done, whether it is to do or not to do: "making sure that Assad does not use". */
  if (g && in_purpose(s, g)) return MODE_HYPOTHETICAL;
  if (g && (g->negated || after_nor(s, g) || denied_content(s, g))) return MODE_NEGATED;
  /* ...and so is what one is willing or ready to do where there is no sign of it: "no sign Russia was willing to put pressure". */
  /* (Only the verb right before it, maybe past "willing": not "denied reports that its troops had entered Ukraine but threatened to invade".) */
  if (g && g->infinitive && governor && !governor->infinitive && g->first <= governor->head + 3 &&
      (g->first == governor->head + 2 || tag_is(s, governor->head + 1, POS_ADJ)) && denied_content(s, governor))
    return MODE_NEGATED;
  /* "without warning", "without consulting Congress": an act that did not happen. */
  if (g && g->first > 0 && word_is(s, g->first - 1, "without")) return MODE_NEGATED;
  if (g && prevented_from(s, g)) return MODE_NEGATED;
  if (g && (in_condition(s, g) || in_whether(s, g))) return MODE_HYPOTHETICAL;
  /* ...and so is what one in such a clause may be willing to do: "whether European powers will be willing to lift sanctions". */
  if (g && g->infinitive && governor && !governor->infinitive && g->first <= governor->head + 3 && in_whether(s, governor))
    return MODE_HYPOTHETICAL;
  /* "Plans to allow Clarke to place suspects under house arrest": what a plan would let be done is not done. */
  if (g && g->infinitive && governor && governor->infinitive && governor->first >= 2 &&
      tag_is(s, governor->first - 2, POS_NOUN) && s->mention_at[governor->first - 2] < 0 &&
      lemma_in(s, governor->first - 2, planning_nouns))
    return MODE_HYPOTHETICAL;
  if (g && judged_act(s, g)) return MODE_HYPOTHETICAL;
  if (g && empowered(s, g)) return MODE_HYPOTHETICAL;
  /* "too weak to defeat Isis": what it is too weak for is not done. */
  if (g && g->infinitive && g->first >= 3 && tag_is(s, g->first - 2, POS_ADJ))
    for (uint32_t k = g->first - 2; k-- > 0 && g->first - 2 - k < 4;) {
      if (word_is(s, k, "too")) return MODE_NEGATED;
      if (!tag_is(s, k, POS_ADJ) && !tag_is(s, k, POS_CONJ) && !tag_is(s, k, POS_ADV)) break;
    }
  if (g && asked_for(s, g)) return MODE_HYPOTHETICAL;
  /* "by not arming the rebels", "agreed not to attack": "not" just before the verb, or before its "to". */
  if (g && g->first > 0 &&
      (word_in(s, g->first - 1, (const char *const[]){"not", "never", NULL}) ||
       (g->infinitive && g->first > 1 && word_in(s, g->first - 2, (const char *const[]){"not", "never", NULL}))))
    return MODE_NEGATED;
  if (g && (g->maybe || (g->would && s->has_if))) return MODE_HYPOTHETICAL;
  /* "members must give their backing", "the deal should be ratified": required, not done. */
  if (g && g->must) return MODE_HYPOTHETICAL;
  if (g && risked(s, g)) return MODE_HYPOTHETICAL;
  if (g && accused_of(s, g)) return MODE_ALLEGED;
  if (g && claimed_content(s, g->first)) return MODE_ALLEGED;
  if (g && (g->future || g->would)) return MODE_INTENT;
  /* "The OPEC meeting scheduled for the end of this month": a gerund read as a noun, and planned. */
  if (g && g->head + 1 < s->n && tag(s, g->head)->form == VF_GERUND &&
      word_in(s, g->head + 1, (const char *const[]){"scheduled", "planned", "due", NULL}))
    return MODE_INTENT;
  /* (A present, simple or going on, that a time to come follows: "is travelling to America next week".) */
  /* (Not a plan made now: "plans a visit to Pakistan next week".) */
  if (g && !g->passive && !g->nonfinite && !g->infinitive && !lemma_in(s, g->head, intent_verbs) &&
      (tag(s, g->head)->form == VF_PRESENT ||
       (tag(s, g->head)->form == VF_BASE && g->first == g->head && !g->maybe && !g->must && !g->can &&
        g->first > 0 && !tag_is(s, g->first - 1, POS_TO) && !tag_is(s, g->first - 1, POS_MODAL)) ||
       (tag(s, g->head)->form == VF_GERUND && g->first < g->head &&
                                              word_in(s, g->first, (const char *const[]){"is", "are", "am", "'s", "'re", NULL}))) &&
      ((lemma_in(s, g->head, going_verbs) && future_time_after(s, g->head)) || future_when(s, g)))
    return MODE_INTENT;
  if (g && g->infinitive && g->first >= 2 && word_in(s, g->first - 2, intent_adjectives)) return MODE_INTENT;
  /* "A World Bank mission was due here soon to evaluate": what is due is to come. */
  if (g && g->infinitive)
    for (uint32_t k = g->first; k-- > 0 && g->first - k <= 4;) {
      if (word_is(s, k, "due")) return MODE_INTENT;
      if (tag_is(s, k, POS_PUNCT) || tag_is(s, k, POS_VERB) || s->mention_at[k] >= 0) break;
    }
  /* A headline's "X to do": "EGYPT TO HOST TALKS", "Kinnock to urge reform in Lords" is planned. */
  if (g && g->infinitive && !governor && s->index == 0 && g->first >= 2 && s->mention_at[g->first - 2] >= 0 &&
      g == &s->groups[0])
    return MODE_INTENT;
  /* "were unable to reach", "failed to recognise": an act that did not happen. */
  if (g && g->infinitive && g->first >= 2 && word_in(s, g->first - 2, failure_words)) return MODE_NEGATED;
  /* "the failure of the International Coffee Organization to reach agreement": not done either. */
  if (g && infinitive_of_noun(s, g, (const char *const[]){"failure", "inability", "refusal", NULL}, 0))
    return MODE_NEGATED;
  /* "there is no way to arrest them", "had no intention to invade": none to do it. */
  if (g && g->infinitive && g->first >= 3 && tag_is(s, g->first - 2, POS_NOUN) && word_is(s, g->first - 3, "no"))
    return MODE_NEGATED;
  /* "had no intention of resigning", "no plans of leaving": none to do it either. */
  if (g && g->nonfinite && tag(s, g->head)->form == VF_GERUND && g->first >= 3 && word_is(s, g->first - 1, "of") &&
      tag_is(s, g->first - 2, POS_NOUN) && word_is(s, g->first - 3, "no"))
    return MODE_NEGATED;
  /* (...and the second of two: "no way to arrest or extradite them".) */
  /* (A bare verb only: "had no chance to escape and were killed" were killed.) */
  if (g && g->first >= 5 && g->first == g->head && tag(s, g->head)->form == VF_BASE &&
      word_in(s, g->first - 1, (const char *const[]){"or", "and", NULL}) && word_is(s, g->first - 3, "to") &&
      tag_is(s, g->first - 4, POS_NOUN) && word_is(s, g->first - 5, "no"))
    return MODE_NEGATED;
  if (g && able_to(s, g)) return able_to(s, g) < 0 ? MODE_NEGATED : MODE_HYPOTHETICAL;
  /* "has yet to say", "is yet to confirm": not done so far; not "the most senior official yet to visit". */
  if (g && g->infinitive && g->first >= 3 && word_is(s, g->first - 2, "yet") &&
      word_in(s, g->first - 3, (const char *const[]){"has", "have", "had", "is", "are", "was", "were", NULL}))
    return MODE_NEGATED;
  if (g && g->infinitive && g->first >= 2 && word_in(s, g->first - 2, forecast_words) &&
      (!word_in(s, g->first - 2, judging_words) ||
       (g->first >= 3 && word_in(s, g->first - 3, (const char *const[]){"is", "was", "are", "were", "be", "been", NULL}))))
    return MODE_HYPOTHETICAL;
  if (g && g->infinitive && g->first >= 2 && word_in(s, g->first - 2, be_words)) return MODE_INTENT;
  /* "Washington is thought to fear", "Russia is believed to have supplied": what others suppose, not known. */
  if (g && g->infinitive && governor && governor->passive && governor->head + 2 == g->first &&
      lemma_in(s, governor->head, supposing_verbs))
    return governor->negated ? MODE_NEGATED : MODE_ALLEGED;
  if (governor && (governor->intent_verb || governor->future || governor->would)) {
    if (governor->negated) return MODE_NEGATED;
    return governor->maybe ? MODE_HYPOTHETICAL : MODE_INTENT;
  }
  /* "was considering scrapping", "proposed extending": an act weighed is not done; "avoided naming" one not done. */
  if (g && g->nonfinite && tag(s, g->head)->form == VF_GERUND && g->first > 0) {
    uint32_t k = g->first - 1;
    while (k > 0 && tag_is(s, k, POS_ADV)) k--;
    if (tag_is(s, k, POS_VERB) && lemma_in(s, k, weighing_verbs)) return MODE_HYPOTHETICAL;
    if (tag_is(s, k, POS_VERB) && lemma_in(s, k, (const char *const[]){"avoid", "deny", "resist", NULL}))
      return MODE_NEGATED;
  }
  if (governor) {
    /* "might try to attack", "did not try to invade": the doubt or denial of the verb the act depends on. */
    if (governor->maybe || governor->must || risked(s, governor)) return MODE_HYPOTHETICAL;
    /* ...but "did not wait to retaliate", "did not take long to recognise" did it. */
    if (governor->negated && lemma_in(s, governor->head, attempt_verbs)) return MODE_NEGATED;
    /*
     * "threatened to send forces to retake the town", "urged Jordan to help
     * refugees return": an act under a threatened or asked-for one is not done
     * either, nor is one under any act that is not.
     */
    if (governor->infinitive) {
      const vgroup *above = infinitive_governor(s, governor);
      if (above && (lemma_in(s, above->head, threat_verbs) || govern_kind_of(s, above))) return MODE_HYPOTHETICAL;
      event_mode m = group_mode(s, governor, above);
      if (m != MODE_ASSERTED) return m;
    }
  }
  /* "allegedly killed by UK troops", "was allegedly tortured": someone's claim, not the report's. */
  if (g)
    for (uint32_t k = g->first > 0 ? g->first - 1 : 0; k <= g->head && k < s->n; k++)
      if (word_in(s, k, (const char *const[]){"allegedly", "purportedly", "supposedly", NULL})) return MODE_ALLEGED;
  return MODE_ASSERTED;
}

/*
 * Nonzero when parties that "clash" did so with each other; "fight" and
 * "battle" need "each other" said ("fought bravely" may be allies').
 */
static int clash_each_other(const sent *s, const match *mt, const char *lemma) {
  if (strcmp(lemma, "clash") == 0) return 1;
  if (strcmp(lemma, "fight") != 0 && strcmp(lemma, "battle") != 0) return 0;
  uint32_t i = mt->head_end;
  for (uint32_t k = i; k < s->n && k < i + 3; k++)
    if ((word_is(s, k, "each") || word_is(s, k, "one")) && k + 1 < s->n &&
        (word_is(s, k + 1, "other") || word_is(s, k + 1, "another")))
      return 1;
  return 0;
}

/*
 * Nonzero when parties "fought a war" or "a battle" with each other: "Israel
 * and Hezbollah fought a month-long war in 2006"; not allies who fought one
 * somewhere or for something ("fought a war in Iraq", "a long battle for
 * Aleppo", "against").
 */
static int war_fought(const sent *s, const match *mt, const char *lemma) {
  if (strcmp(lemma, "fight") != 0 && strcmp(lemma, "wage") != 0) return 0;
  for (uint32_t k = mt->head_end; k < s->n && k < mt->head_end + 4; k++) {
    if (word_in(s, k, (const char *const[]){"war", "wars", "battle", "battles", NULL})) {
      if (k + 1 >= s->n) return 1;
      if (word_in(s, k + 1, (const char *const[]){"for", "against", "alongside", "over", NULL})) return 0;
      /* "in 2006" is when; "in Iraq" is where allies fought. */
      if (word_is(s, k + 1, "in") && !tag_is(s, k + 2, POS_NUM)) return 0;
      return 1;
    }
    if (!tag_is(s, k, POS_DET) && !tag_is(s, k, POS_ADJ) && !tag_is(s, k, POS_NUM) && !tag_is(s, k, POS_NOUN)) break;
  }
  return 0;
}

/* Nonzero for a role of the state: government, armed forces, police, courts, parliament, intelligence. */
static int state_role(const char *roles) {
  static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
  for (size_t i = 0; i < sizeof state / sizeof *state; i++)
    if (strncmp(roles, state[i], 3) == 0) return 1;
  return 0;
}

/* Nonzero when two actors are on one side: the same code, or the same country's state ("the army" and "soldiers"). */
static int same_side(const dl_mention *a, const dl_mention *b) {
  if (strcmp(a->code, b->code) == 0) return 1;
  return a->country[0] && strcmp(a->country, b->country) == 0 && state_role(a->roles) && state_role(b->roles);
}

/* Nonzero when mention m is a firm of no known country, by its name or by a firm's noun ("the company", "banks"). */
static int firm_of_nowhere(const sent *s, int32_t m) {
  /* Sorted by byte value. */
  static const char *const firm_nouns[] = {"bank", "banks", "companies", "company", "concern", "corporation", "firm",
                                           "firms", "group", "insurer", "insurers", "lender", "lenders",
                                           "manufacturer", "manufacturers", "subsidiary", "unit"};
  const dl_mention *x = mention(s, m);
  if (strcmp(x->code, "BUS") != 0) return 0;
  if (x->kind != MENTION_ROLE) return 1;
  char w[32];
  size_t n = head_word(s, x, w, sizeof w);
  return n && words_sorted_contain(firm_nouns, sizeof firm_nouns / sizeof *firm_nouns, w, n);
}

/*
 * Codes one match into events: one per source and target pair, reciprocal for
 * coordinated parties that meet. passive is 0 for the active voice, 1 for the
 * passive and 2 for a reduced passive ("soldiers killed in"), whose agent is
 * never taken to be the reporter.
 */
static int unarmed(const sent *s, int32_t m);

/*
 * Nonzero when token i, after a passive verb, opens another verb's or
 * clause's words, whose "by" is not the passive's agent: "corridors being
 * opened into areas controlled by Damascus". A participle after "and"
 * shares the agent ("detained and forcibly disappeared by Isis"), and so
 * does a gerund after "from" ("barred from doing so by the government").
 */
static int opens_other_clause(const sent *s, uint32_t i) {
  static const char *const joins[] = {"and", "or", NULL};
  if (tag_is(s, i, POS_SUBORD) ||
      word_in(s, i, (const char *const[]){"until", "unless", "before", "after", "while", "because", NULL}))
    return 1;
  if (!tag_is(s, i, POS_VERB) || i == 0) return 0;
  if (tag(s, i)->form == VF_GERUND && word_in(s, i - 1, (const char *const[]){"from", "of", "into", "for", NULL})) return 0;
  if (word_in(s, i - 1, joins) || (i >= 2 && tag_is(s, i - 1, POS_ADV) && word_in(s, i - 2, joins))) return 0;
  return 1;
}

static int code_match(sent *s, const match *mt, const slot *subject, int passive, event_mode mode, uint32_t verb_first,
                      uint32_t verb_end, dl_event_vec *out, size_t first_of_sentence, const cameo_code *forced) {
  const verb_pattern *p = mt->p;
  const char *code = p->code;
  /* An intended act, or one offered on a condition, takes its intent code: "would meet if" offers a meeting. */
  if ((mode == MODE_INTENT || mode == MODE_HYPOTHETICAL) && intent_of(p)) code = intent_of(p);
  const cameo_code *cc = forced ? forced : find_code(s, code);
  if (!cc) return DL_OK;
  slot src = mt->source, tgt = mt->target;
  /* "came to power", "received a boost": a visit (042, 043) is to or from someone, or somewhere. */
  if (!passive && mt->target.filled && !mt->target.n && (strcmp(p->code, "042") == 0 || strcmp(p->code, "043") == 0))
    return DL_OK;
  /* "Ghani's arrival in Kabul": a visit to one's own country, named as a place, is a trip home, not a visit. */
  if ((strcmp(p->code, "042") == 0 || strcmp(p->code, "043") == 0) && mt->target.n == 1 && mt->source.n <= 1) {
    const dl_mention *t = mention(s, mt->target.m[0]);
    const slot *by = mt->source.n ? &mt->source : subject;
    /* (A state's people only: "the refugees were going to Turkey" may take their country from it.) */
    if (by->n && !t->roles[0] && t->kind == MENTION_COUNTRY && t->country[0] &&
        strcmp(t->country, mention(s, by->m[0])->country) == 0 &&
        (mention(s, by->m[0])->kind == MENTION_PERSON || state_role(mention(s, by->m[0])->roles)))
      return DL_OK;
  }
  /* "came to give evidence": coming to do something is no visit. */
  if (!passive && (strcmp(p->code, "042") == 0 || strcmp(p->code, "043") == 0)) {
    uint32_t after = verb_end - s->base;
    /* (Past "here" or "there": "We didn't come here to make a cash-flow programme".) */
    while (after + 2 < s->n && word_in(s, after, (const char *const[]){"here", "there", NULL})) after++;
    if (after + 1 < s->n && word_is(s, after, "to") && tag_is(s, after + 1, POS_VERB) &&
        tag(s, after + 1)->form == VF_BASE)
      return DL_OK;
  }
  if (passive) {
    if (!tgt.n && subject->n && !mt->subject_word) tgt = *subject;
    /* "The EU's move was welcomed by Beijing": the noun's owner is the target. */
    if (!tgt.n && mt->subject_word && mt->nwords && mt->words[0] >= 2 && tag_is(s, mt->words[0] - 1, POS_POSSESSIVE) &&
        s->mention_at[mt->words[0] - 2] >= 0)
      slot_add(&tgt, s->mention_at[mt->words[0] - 2]);
    if (!src.n) {
      /* "were given safe passage by the army"; agentless: whoever reports it. */
      int thing = 0; /* "hit by last year's fall in oil prices": a thing did it */
      for (uint32_t i = verb_end - s->base; i + 1 < s->n && i < mt->end + 4; i++) {
        if (i >= verb_end - s->base && opens_other_clause(s, i)) break;
        if (!word_is(s, i, "by")) continue;
        uint32_t a = i + 1;
        /* "by the Kurdish-led Syrian Democratic Forces": past "the" and words that describe the agent. */
        while (a < s->n && a < i + 4 && s->mention_at[a] < 0 &&
               (tag_is(s, a, POS_DET) || tag_is(s, a, POS_ADJ) || (tag_is(s, a, POS_PROPN) && hyphened(s, a))))
          a++;
        if (s->mention_at[i + 1] >= 0) {
          /* (Not a country that describes a thing of the economy: "is provided by the U.S. loan rate".) */
          int32_t x = s->mention_at[i + 1];
          int economy = 0;
          if (mention(s, x)->kind == MENTION_COUNTRY && !mention(s, x)->roles[0])
            for (uint32_t h = m_end(s, x); h < s->n && h < m_end(s, x) + 3 && tag_is(s, h, POS_NOUN) && !economy; h++)
              economy = lemma_in(s, h, economic_nouns);
          if (!economy) slot_add(&src, x);
        } else if (a < s->n && s->mention_at[a] >= 0 && m_first(s, s->mention_at[a]) > i && !hyphened(s, a) &&
                   !(mention(s, s->mention_at[a])->flags & MENTION_DESCRIBES) &&
                   !(m_end(s, s->mention_at[a]) < s->n &&
                     (tag_is(s, m_end(s, s->mention_at[a]), POS_NOUN) || tag_is(s, m_end(s, s->mention_at[a]), POS_ADJ)))) {
          /* Not a thing an actor's name describes: "met by the recent Soviet purchases", "by increased Fed swap lines". */
          slot_add(&src, s->mention_at[a]);
        } else if (a < s->n && s->mention_at[a] < 0 && tag_is(s, a, POS_NOUN)) {
          /* A thing of the economy or of policy, not a weapon: "by last year's fall", not "by a roadside bomb". */
          for (uint32_t h = i + 1; h < s->n && h < i + 6 && s->mention_at[h] < 0 && !tag_is(s, h, POS_PREP) &&
                                   !tag_is(s, h, POS_PUNCT);
               h++)
            if (lemma_in(s, h, economic_nouns)) thing = 1;
          /* One is met by a thing, not at a meeting: "the attackers were met by heavy barrages of artillery". */
          /* (The noun that heads the phrase: not "met by resistance leaders".) */
          if (cc->root[0] == '0' && cc->root[1] == '4' && strcmp(verb_str(&s->tables->verbs, p->head), "meet") == 0 &&
              lemma_in(s, a, reception_nouns) && !(a + 1 < s->n && (tag_is(s, a + 1, POS_NOUN) || s->mention_at[a + 1] >= 0)))
            thing = 2;
        }
        break;
      }
      if (thing && !src.n && ((cc->root[0] == '1' && cc->root[1] == '9') || thing == 2)) return DL_OK;
      /*
       * Not for violence done to the reporter's own side: "three Afghan
       * soldiers were killed, the Afghan army said" reports a loss, not an
       * act of the army's.
       */
      int own_loss = ((cc->root[0] == '1' && cc->root[1] >= '8') || cc->root[0] == '2') && tgt.n && s->reporter.n &&
                     same_side(mention(s, s->reporter.m[0]), mention(s, tgt.m[0]));
      /* "45 people were killed, officials said": who reports civilians killed did not kill them. */
      if (((cc->root[0] == '1' && cc->root[1] >= '8') || cc->root[0] == '2') && tgt.n &&
          strncmp(mention(s, tgt.m[0])->roles, "CVL", 3) == 0)
        own_loss = 1;
      /* A newspaper, a monitor or a charity reports what others did: "hospitals have been bombed, the Observatory said". */
      const char *reporter_roles = s->reporter.n ? mention(s, s->reporter.m[0])->roles : "";
      int observer = strncmp(reporter_roles, "MED", 3) == 0 || strncmp(reporter_roles, "HRI", 3) == 0 ||
                     strncmp(reporter_roles, "NGO", 3) == 0;
      /*
       * "Trump declared that Isis has been defeated", "activists said two
       * soldiers were killed": who bears no arms reports force, and did not
       * use it. A government reports its own forces' acts on fighters
       * ("Moscow said 50 soldiers were killed in the strike"), all but an
       * enemy's defeat; not civilians or protesters killed elsewhere.
       */
      int bystander = ((cc->root[0] == '1' && cc->root[1] >= '8') || cc->root[0] == '2') && s->reporter.n &&
                      unarmed(s, s->reporter.m[0]) &&
                      (!strstr(mention(s, s->reporter.m[0])->roles, "GOV") ||
                       strcmp(verb_str(&s->tables->verbs, p->head), "defeat") == 0 || !tgt.n ||
                       !armed_role_in(mention(s, tgt.m[0])->roles));
      if (!src.n && s->reporter.n && passive == 1 && !own_loss && !observer && !bystander) {
        src = s->reporter;
        src.from_report = 1;
      }
    }
  } else if (!src.n) {
    src = *subject;
  }
  /* Only a reporter and no one acted upon: nothing to code. */
  if (src.from_report && !tgt.n) return DL_OK;
  /* "The Syrian army drove Isis militants out of their last stronghold": driving out fighters is battle, not a mass expulsion. */
  if (strncmp(cc->code, "201", 3) == 0 && tgt.n &&
      (armed_role_in(mention(s, tgt.m[0])->roles) ||
       (mention(s, tgt.m[0])->kind == MENTION_GROUP && !mention(s, tgt.m[0])->roles[0]))) {
    const cameo_code *force = find_code(s, "190");
    if (force) cc = force;
  }
  /* "Hundreds of thousands of people could be killed": a possible act by no one is no news. */
  if (!src.n && mode == MODE_HYPOTHETICAL) return DL_OK;
  /* "will meet with reporters", "talked to journalists": the press is an audience, not a party one meets (036, 04). */
  if (tgt.n && cc->root[0] == '0' && (cc->root[1] == '4' || strncmp(cc->code, "036", 3) == 0)) {
    int press = 1;
    for (size_t k = 0; k < tgt.n && press; k++) {
      const dl_mention *t = mention(s, tgt.m[k]);
      press = t->kind != MENTION_GROUP && t->kind != MENTION_PERSON && strncmp(t->roles, "MED", 3) == 0;
    }
    if (press) return DL_OK;
  }
  /*
   * Firms of no known country dealing with each other or with no one
   * ("Imtec Inc said shareholders have proposed a merger", "the banks are
   * demanding payment") are business, no political event.
   */
  if (src.n) {
    int firms = 1;
    /* (Firms only, by name or noun: traders or shopkeepers who strike are people.) */
    for (size_t k = 0; k < src.n && firms; k++) firms = firm_of_nowhere(s, src.m[k]);
    for (size_t k = 0; k < tgt.n && firms; k++) firms = firm_of_nowhere(s, tgt.m[k]);
    if (firms) return DL_OK;
  }
  /*
   * A meeting with no one at all after it is a body's own ("the Fed meets
   * next week", "House Democrats have been meeting privately"): no event
   * between actors. (One with someone no dictionary knows stays: "Blair met
   * Jorg Wojahn".)
   */
  if (!tgt.n && !tgt.filled && !(src.n > 1) && (strcmp(cc->root, "04") == 0 || strcmp(cc->code, "036") == 0)) {
    const char *head = verb_str(&s->tables->verbs, p->head);
    if (strcmp(head, "meet") == 0 || strcmp(head, "meeting") == 0) return DL_OK;
  }
  /* An expulsion is of someone: "the deal was thrown out by the court" expels no one. */
  if (strncmp(cc->code, "166", 3) == 0 && !tgt.n) return DL_OK;
  /* A visit is hosted for someone: "received just over pounds 1m", "receiving security briefings" host no one. */
  if (strcmp(cc->code, "043") == 0 && !tgt.n && strcmp(verb_str(&s->tables->verbs, p->head), "receive") == 0)
    return DL_OK;
  /* Recognition is of a state or a government: "recognising young people reaching voting age" is none. */
  if (strcmp(cc->code, "054") == 0 && !tgt.n) {
    const char *head = verb_str(&s->tables->verbs, p->head);
    if (strcmp(head, "recognize") == 0 || strcmp(head, "recognise") == 0 || strcmp(head, "recognition") == 0)
      return DL_OK;
  }
  /* An appeal with no addressee, reported by a third party, was made to the reporter. */
  /* (Not one of its own: "Canada will propose ..., Trade Minister Pat Carney said".) */
  if (!tgt.n && cc->root[0] == '0' && cc->root[1] == '2' && s->reporter.n && src.n &&
      strcmp(mention(s, s->reporter.m[0])->code, mention(s, src.m[0])->code) != 0 &&
      !(mention(s, src.m[0])->country[0] &&
        strcmp(mention(s, s->reporter.m[0])->country, mention(s, src.m[0])->country) == 0))
    tgt = s->reporter;
  /*
   * An object relative's act is done to its antecedent: "the PKK, with whom
   * Ankara has fought a war", "the Taliban, whom the US attacked".
   */
  if (!tgt.n && src.n && mention(s, src.m[0])->sentence == s->index) {
    uint32_t w = m_first(s, src.m[0]);
    if (w >= 3 && w < s->n && word_in(s, w - 1, (const char *const[]){"whom", "which", NULL})) {
      uint32_t a = w - 1;
      if (word_in(s, a - 1, (const char *const[]){"with", "against", "on", "to", "at", NULL})) a--;
      int32_t x = a >= 2 && word_is(s, a - 1, ",") ? s->mention_at[a - 2] : -1;
      /* (A place after a preposition is no antecedent: "the PKK in Turkey, with whom" is the PKK's, "the attack */
      /* in Douma, which" the attack's.) */
      if (x >= 0 && mention(s, x)->sentence == s->index) {
        uint32_t b = m_first(s, x);
        if (b >= 1 && word_in(s, b - 1, (const char *const[]){"in", "of", "at", "near", "from", NULL}))
          x = b >= 2 && s->mention_at[b - 2] >= 0 ? s->mention_at[b - 2] : -1;
      } else {
        x = -1;
      }
      if (x >= 0 && mention(s, x)->sentence == s->index && !(mention(s, x)->flags & MENTION_LOCATIVE) &&
          strcmp(mention(s, x)->code, mention(s, src.m[0])->code) != 0)
        slot_add(&tgt, x);
    }
  }
  /* Parties that meet with no one else named meet each other. */
  /* ...and so do parties that work together (060, 062: "the UK and US are working closely together"), not ones that invest or inform. */
  /* ...and so do parties that clash, or fight each other: "Erdogan and Putin clashed", "rebels and troops clashed". */
  /*
   * ...but "Iran and Syria backed the plan" is each one's praise, not of
   * each other: of 05, only 050, 054 (relations established), 056 and 057,
   * or any when "each other" says so ("praised each other").
   */
  int mutual_05 = strcmp(cc->code, "050") == 0 || strncmp(cc->code, "054", 3) == 0 ||
                  strncmp(cc->code, "056", 3) == 0 || strncmp(cc->code, "057", 3) == 0;
  /* "India and Russia are to work together", "praised each other": a cooperative act done together is done with each other. */
  int together = 0;
  for (uint32_t i = verb_first - s->base; !together && i < s->n && i < mt->head_end + 3; i++)
    together = word_is(s, i, "together") ||
               (i + 1 < s->n && ((word_is(s, i, "each") && word_is(s, i + 1, "other")) ||
                                 (word_is(s, i, "one") && word_is(s, i + 1, "another"))));
  /* Looked at only for an intent to meet between parties (036), the one code that asks. */
  int to_meet = 0, named_here = 0;
  if (!tgt.n && src.n > 1 && strcmp(cc->code, "036") == 0) {
    for (uint32_t i = verb_first - s->base; !to_meet && i < s->n && i < mt->head_end + 3; i++)
      to_meet = lemma_in(s, i, (const char *const[]){"meet", "talk", "negotiate", NULL});
    /* (the parties named here, not a pronoun's: "Britain and France said they were ready to negotiate" with another) */
    named_here = 1;
    for (size_t k = 0; k < src.n; k++) {
      named_here &= mention(s, src.m[k])->sentence == s->index && m_first(s, src.m[k]) < verb_first - s->base;
      for (uint32_t q = named_here ? m_end(s, src.m[k]) : verb_first - s->base; q < verb_first - s->base; q++)
        if (tag_is(s, q, POS_PRON)) named_here = 0;
    }
  }
  int reciprocal = !tgt.n && src.n > 1 &&
                   ((cc->root[0] == '0' && (cc->root[1] == '4' || (strcmp(cc->code, "060") == 0 || strncmp(cc->code, "062", 3) == 0) ||
                                             /* "Russia and Turkey agree on a plan", "agreed to hold talks": with each other */
                                             /* (not with another: "pledged to cooperate with the ATPC") */
                                             ((strcmp(cc->code, "030") == 0 || strcmp(cc->code, "036") == 0) &&
                                              strcmp(verb_str(&s->tables->verbs, p->head), "agree") == 0 &&
                                              !word_after(s, verb_first - s->base, "with", s->scope_end) &&
                                              /* (nor to another's: "agreed to Iran's proposal") */
                                              !(word_is(s, mt->head_end, "to") && actor_after(s, mt->head_end + 1))) ||
                                             /* "Putin and Erdogan are due to meet": with each other, unless "with" names another */
                                             (strcmp(cc->code, "036") == 0 && to_meet && named_here &&
                                              !word_after(s, verb_first - s->base, "with", s->scope_end)) ||
                                             (cc->root[1] == '5' && mutual_05) || together)) ||
                    (!(p->flags & VP_NOUN) &&
                     ((!p->nelems && clash_each_other(s, mt, verb_str(&s->tables->verbs, p->head))) ||
                      war_fought(s, mt, verb_str(&s->tables->verbs, p->head)))));
  dl_event ev;
  memset(&ev, 0, sizeof ev);
  ev.sentence = s->index;
  ev.code = cc;
  ev.mode = (uint8_t)mode;
  ev.verb_first = verb_first;
  ev.verb_end = verb_end;
  ev.lemma = verb_str(&s->tables->verbs, p->head);
  ev.pattern = p;
  ev.scope_first = s->base + s->scope_first;
  ev.scope_end = s->base + s->scope_end;
  ev.dated_by_clause = (uint8_t)s->scope_only;
  /* The saying itself ("he told BBC News") is the journalist's report, not the speaker's. */
  int the_report =
      s->reporter_verb && s->base + s->reporter_at >= verb_first && s->base + s->reporter_at < verb_end;
  /* ("Mr Blair said he left without a stain, but Tory Dominic Grieve branded it scandalous": the second speaks for himself.) */
  int own_words = s->reporter_verb && verb_first >= s->base + s->reporter_end && words_act(cc) && src.n &&
                  m_first(s, src.m[0]) > s->reporter_end && m_first(s, src.m[0]) <= s->reporter_end + 3;
  /* ("US-backed fighters besieging the enclave said they had pushed": the speaker's own description is no claim.) */
  int describes_speaker = s->reporter_verb && s->reporter_from < s->reporter_at &&
                          verb_first >= s->base + s->reporter_from && verb_first < s->base + s->reporter_at;
  if (s->reporter.n && !the_report && !own_words && !describes_speaker &&
      (s->reporter_before || verb_first >= s->base + s->reporter_at))
    set_actor(s, &ev.said_by, s->reporter.m[0]);
  size_t ns = src.n ? src.n : 1, nt = tgt.n ? tgt.n : 1;
  for (size_t a = 0; a < ns; a++) {
    if (reciprocal) {
      for (size_t b = 0; b < src.n; b++) {
        if (a == b) continue;
        set_actor(s, &ev.source, src.m[a]);
        set_actor(s, &ev.target, src.m[b]);
        if (emit(s, out, first_of_sentence, &ev) != DL_OK) return DL_ENOMEM;
      }
      continue;
    }
    /*
     * Of the nouns before a reduced passive, the agent's own side is not one
     * it was done to: "the Turkish army and Syrian rebels backed by Ankara".
     */
    /* (Backing and aid only: "army officers and journalists arrested by Turkish police" are both arrested.) */
    int backing = passive == 2 && cc->root[0] == '0' && cc->root[1] >= '5' && cc->root[1] <= '7';
    size_t others = 0;
    for (size_t b = 0; backing && src.n && b < tgt.n; b++) others += !same_side(mention(s, src.m[a]), mention(s, tgt.m[b]));
    for (size_t b = 0; b < nt; b++) {
      if (backing && src.n && tgt.n > 1 && others && others < tgt.n && same_side(mention(s, src.m[a]), mention(s, tgt.m[b])))
        continue;
      set_actor(s, &ev.source, src.n ? src.m[a] : -1);
      set_actor(s, &ev.target, tgt.n ? tgt.m[b] : -1);
      ev.mode = (uint8_t)mode;
      /* (A claim is alleged even when its claimant is taken as the doer: "Russia had claimed he had been killed".) */
      if (mode == MODE_ASSERTED && ev.said_by.present && (!src.from_report || s->reporter_claims) &&
          (s->reporter_claims || same_party(&ev.said_by, &ev.source) || same_party(&ev.said_by, &ev.target)) &&
          /* (nor one's own words, nor one's own meeting, aid or cooperation: "The World Bank said it approved two loans") */
          !(same_party(&ev.said_by, &ev.source) && !s->reporter_claims &&
            (words_act(cc) || (cc->root[0] == '0' && cc->root[1] >= '4' && cc->root[1] <= '7'))))
        ev.mode = MODE_ALLEGED;
      if (emit(s, out, first_of_sentence, &ev) != DL_OK) return DL_ENOMEM;
    }
  }
  return DL_OK;
}

/* The first mention in tokens [from, to) that names a country or group, as a place "in X". */
static int32_t place_country_mention(const sent *s, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i + 1 < to && i + 1 < s->n; i++) {
    /* (Not past another verb or an event's noun: "a meeting to discuss ... the attack in Syria".) */
    if (s->group_at[i] >= 0 || tag_is(s, i, POS_TO)) return -1;
    if (word_is(s, i, "in") && s->mention_at[i + 1] >= 0) return s->mention_at[i + 1];
  }
  return -1;
}

/* CAMEO 044: parties meeting in a country that is neither's. */
static void third_country(sent *s, dl_event_vec *out, size_t from, uint32_t verb_end) {
  uint32_t head = verb_end - s->base - 1;
  const cameo_code *c044 = cameo_table_find(&s->tables->codes, "044");
  if (!c044) return;
  int32_t pm = place_country_mention(s, head + 1, clause_limit(s, head + 1));
  if (pm < 0) return;
  const char *pc = mention(s, pm)->country;
  for (size_t i = from; i < out->len; i++) {
    dl_event *ev = &out->items[i];
    if (strcmp(ev->code->code, "040") != 0 && strcmp(ev->code->code, "043") != 0) continue;
    if (ev->verb_end != verb_end) continue;
    if (!pc[0] || !ev->source.country[0] || strcmp(pc, ev->source.country) == 0) continue;
    if (ev->target.present && (!ev->target.country[0] || strcmp(pc, ev->target.country) == 0)) continue;
    ev->code = c044;
  }
}

/* Nonzero when a quote that ends in a question mark closes just before token first: '"...?" he asked'. */
static int question_quoted_before(const sent *s, uint32_t first) {
  for (uint32_t k = first; k-- > 1 && first - k <= 6;)
    if (word_is(s, k, "\""))
      /* (A comma after the mark too, as careless copy has it: '...election?," he asked'.) */
      return word_is(s, k - 1, "?") || (k >= 2 && word_is(s, k - 1, ",") && word_is(s, k - 2, "?"));
  return 0;
}

/* Nouns for people and what is left of them that a release or a return frees no dictionary knows. */
static const char *const freed_nouns[] = {"crew", "girl", "schoolgirl", "boy", "child", "woman", "man", "people",
                                          "body", "remains", "hostage", "prisoner", "captive", "detainee", "prince",
                                          "soldier", "sailor", "fisherman", "pilot", "national", "citizen",
                                          "member", "passenger", "hunter", "worker", "tourist", "student",
                                          "journalist", "activist", "family", "refugee", "migrant", NULL};

/* Property seized and released or returned, which CAMEO returns too (0842). */
static const char *const freed_things[] = {"ship", "vessel", "boat", "tanker", "aircraft", "plane", "asset", "property",
                                           "land", "territory", "cargo", "gorilla", "animal", "artefact", "artifact",
                                           "treasure", NULL};

/*
 * Nonzero when the object at token i is a thing, not people: "an impounded
 * ship", "about 4,900 tonnes of tin", "the rest of the aid" (a quantity's
 * "of" is read through).
 */
static int thing_object(const sent *s, uint32_t i) {
  for (uint32_t k = i; k < s->n && k < i + 8; k++) {
    if (s->mention_at[k] >= 0) return 0;
    if (tag_is(s, k, POS_NOUN)) {
      if (word_is(s, k + 1, "of")) {
        k++;
        continue;
      }
      size_t n;
      const char *w = lemma(s, k, &n);
      return lemma_in(s, k, freed_things) || (!lemma_in(s, k, freed_nouns) && n && !person_noun(w, n));
    }
    if (!(tag_is(s, k, POS_DET) || tag_is(s, k, POS_NUM) || tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_ADV) ||
          tag_is(s, k, POS_POSS) || (tag_is(s, k, POS_VERB) && tag(s, k)->form != VF_GERUND)))
      return 0;
  }
  return 0;
}

/*
 * Nonzero when the phrase at token i names people, or their bodies, that no
 * dictionary knows: "the crew of the tanker", "82 of the kidnapped Chibok
 * girls", "a captured pilot", "the bodies of the dead pilots".
 */
static int people_object(const sent *s, uint32_t i) {
  for (uint32_t k = i; k < s->n && k < i + 8; k++) {
    if (tag_is(s, k, POS_NOUN)) {
      if (lemma_in(s, k, freed_nouns) || lemma_in(s, k, freed_things)) return 1;
      if (!word_is(s, k + 1, "of")) return 0;
    } else if (!(tag_is(s, k, POS_DET) || tag_is(s, k, POS_NUM) || tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_PROPN) ||
                 tag_is(s, k, POS_POSS) || word_is(s, k, "of") ||
                 (tag_is(s, k, POS_VERB) && (tag(s, k)->form == VF_PARTICIPLE || tag(s, k)->form == VF_PAST)))) {
      return 0;
    }
  }
  return 0;
}

/* Nonzero when an object, then "to" and an actor follow within a few words: "returning the four baby gorillas to Nigeria". */
static int returned_to_actor(const sent *s, uint32_t i) {
  for (uint32_t k = i; k + 2 < s->n && k < i + 10; k++) {
    if (tag_is(s, k, POS_PUNCT) || tag_is(s, k, POS_SUBORD) ||
        (tag_is(s, k, POS_VERB) && tag(s, k)->form != VF_GERUND))
      return 0;
    /* Past an object: "returned to Paris" is where one went. */
    if (word_is(s, k, "to")) return k > i && s->mention_at[k + 1 + (tag_is(s, k + 1, POS_DET) ? 1 : 0)] >= 0;
  }
  return 0;
}

/* Words before a noun of force that make it a contest of words, prices or lawyers: "legal battle", "price war". */
static const char *const contest_words[] = {
    "legal", "court", "courtroom", "political", "electoral", "election", "boardroom", "takeover", "bidding",
    "custody", "ratings", "price", "trade", "turf", "tariff", "currency", "propaganda", "verbal", "media", "pr",
    "charm", "marketing", "advertising", "publicity", "leadership", "campaign", "copyright", "patent", "bid", NULL};

/* Words of a warning that make it a threat: "would meet a strong response", "of reprisals". */
static const char *const threat_words[] = {
    "response", "respond", "retaliate", "retaliation", "retaliatory", "reprisal", "consequence", "countermeasure",
    "measure", "action", "punish", "punishment", "force", "war", "attack", "strike", "sanction", "tolerate",
    "price", "fight", "military", "intervene", "interfere", "hit", "destroy", "revenge", "tariff", "boycott",
    "embargo", "expel", "arrest", "prosecute", "step", "act", "crush", "shoot", "call", "break", "endanger",
    "deploy", "troop", "angry", "fire", "fury", "option", "isolation", "isolate", "accountable", "allow", "permit",
    "prevent", "stop", "face", "suffer", "suspend", "sever", NULL};

/*
 * Nonzero when the warning of group gi tells of a danger, not of what its
 * speaker will do: "warned the committee that binding judges might look like
 * interference" is a gloomy comment; "warned the U.S. any interference would
 * meet a strong response", or "warned Iran not to", is a threat.
 */
static int warning_without_threat(const sent *s, size_t gi) {
  const vgroup *g = &s->groups[gi];
  if (gi + 1 >= s->ngroups || s->groups[gi + 1].infinitive || s->groups[gi + 1].nonfinite) return 0;
  for (uint32_t k = g->head + 1; k < s->groups[gi + 1].first; k++)
    if (word_is(s, k, "against")) return 0;
  for (uint32_t k = g->head + 1; k < s->n && !word_is(s, k, ";"); k++)
    if (lemma_in(s, k, threat_words)) return 0;
  return 1;
}

/*
 * Nonzero when "welcome" at token head takes a thing for object, which it
 * praises: "welcomed the Bank of Spain's decision", "welcomed on Monday the
 * reaffirmation"; not people, whom it hosts: "welcomed the Pope", "welcomed
 * us".
 */
static int welcomes_thing(const sent *s, uint32_t head) {
  for (uint32_t j = head + 1; j < s->n && j < head + 12; j++) {
    int32_t m = s->mention_at[j];
    if (m >= 0) {
      uint32_t e = m_end(s, m);
      /* "the Bank of Spain's decision": what the actor owns is the object. */
      if (e < s->n && tag_is(s, e, POS_POSSESSIVE)) {
        j = e;
        continue;
      }
      /* "welcomed on Monday the ...": a time or a place is no object. */
      if (mention(s, m)->flags & MENTION_LOCATIVE) {
        j = e - 1;
        continue;
      }
      /* "a court ruling", "the central bank measures": an actor before a noun describes it. */
      return e < s->n && (tag_is(s, e, POS_NOUN) || tag_is(s, e, POS_PROPN)) && s->mention_at[e] < 0;
    }
    /* "Tony Blair's \"courage\"", "the Exchange's (LME) decision" */
    if (word_is(s, j, "\"") || word_is(s, j, "'") || tag_is(s, j, POS_POSSESSIVE)) continue;
    if (word_is(s, j, "(")) {
      while (j + 1 < s->n && j < head + 12 && !word_is(s, j, ")")) j++;
      continue;
    }
    if (tag_is(s, j, POS_PRON) || tag_is(s, j, POS_PUNCT) || tag_is(s, j, POS_VERB)) return 0;
    if ((tag_is(s, j, POS_NOUN) || tag_is(s, j, POS_PROPN)) && !word_in(s, j, time_nouns)) return 1;
  }
  return 0;
}

/* Nonzero when mention m's text has the word of token i: "Hayman" in "police chief Andy Hayman". */
static int mention_has_word(const sent *s, int32_t m, uint32_t i) {
  const dl_mention *dm = mention(s, m);
  const char *w = s->text + s->tok[i].start;
  size_t n = s->tok[i].len;
  if (n < 3) return 0;
  for (uint32_t k = dm->first; k < dm->end && k < s->doc->tokens.len; k++) {
    const dl_token *t = &s->doc->tokens.items[k];
    if (t->len == n && memcmp(s->text + t->start, w, n) == 0) return 1;
  }
  return 0;
}

/* Finds who reports the sentence's events: "X said", "according to X". */
static void find_reporter(sent *s, carry *c) {
  memset(&s->reporter, 0, sizeof s->reporter);
  s->reporter_claims = 0;
  s->reporter_at = 0;
  s->reporter_end = s->n;
  s->reporter_verb = 0;
  s->reporter_before = 1;
  s->reporter_from = 0;
  int found = 0, unknown_person = 0;
  uint32_t name_end = 0; /* after the name of a speaker no dictionary knows */
  for (size_t k = 0; k < s->ngroups && !found; k++) {
    vgroup *g = &s->groups[k];
    /*
     * An infinitive reports only a saying done ("went on to say", "was quick
     * to claim"), not one declined ("declined to say"), expected ("expected
     * the president to announce") or a phrase ("to write off the debts").
     */
    if (!g->reporting || g->nonfinite ||
        (g->infinitive &&
         (!lemma_in(s, g->head, (const char *const[]){"say", "add", "claim", "insist", "allege", NULL}) ||
          (g->first >= 2 && (lemma_in(s, g->first - 2, (const char *const[]){"decline", "refuse", "fail", NULL}) ||
                             word_in(s, g->first - 2, (const char *const[]){"unwilling", "unable", "reluctant", NULL}))))))
      continue;
    if (!g->has_subject) find_subject(s, k, c);
    if (!g->subject.n) {
      name_end = unknown_person_end(s, g);
      /* '..., said Mr Makower': a name no dictionary knows after the verb. */
      if (!name_end && g->first > 0 && (word_is(s, g->first - 1, ",") || word_is(s, g->first - 1, "\"")) &&
          g->head + 2 < s->n && s->mention_at[g->head + 1] < 0 &&
          (tag_is(s, g->head + 1, POS_PROPN) ||
           word_in(s, g->head + 1, courtesy_titles)) &&
          tag_is(s, g->head + 2, POS_PROPN) && s->mention_at[g->head + 2] < 0)
        name_end = g->head + 3;
      unknown_person = name_end != 0;
    }
    uint32_t opens = g->subject.n && m_first(s, g->subject.m[0]) < g->first ? m_first(s, g->subject.m[0]) : g->first;
    /* A pronoun subject stands for a mention elsewhere: the clause opens at the pronoun ("after he said"). */
    if (g->first > 0 && tag_is(s, g->first - 1, POS_PRON) &&
        (!g->subject.n || mention(s, g->subject.m[0])->sentence != s->index || m_end(s, g->subject.m[0]) < g->first - 1))
      opens = g->first - 1;
    /* "amid opposition claims he was too bullish": after a preposition, a noun phrase, not a report. */
    if (opens > 0 && word_in(s, opens - 1, (const char *const[]){"amid", "amidst", "despite", "following", "over",
                                                                  "against", "about", NULL}))
      continue;
    found = 1;
    s->reporter_claims = lemma_in(s, g->head, (const char *const[]){"claim", "allege", NULL});
    if (g->subject.n) s->reporter.m[s->reporter.n++] = g->subject.m[0];
    s->reporter_at = g->head;
    s->reporter_from = opens;
    s->reporter_verb = 1;
    s->reporter_end = s->n;
    for (uint32_t q = g->head + 1; q + 1 < s->n; q++)
      if (word_is(s, q, ";") || (word_is(s, q + 1, "but") && (word_is(s, q, ",") || word_is(s, q, "\"")))) {
        s->reporter_end = q;
        break;
      }
    /* "although diplomats say ...": a subordinate reporting clause reports only what follows it. */
    uint32_t from = opens;
    /* ...and so does one another verb governs: "Mr Howard denied Mr Yeo said the plans stink". */
    if (from > 0 && tag_is(s, from - 1, POS_VERB)) s->reporter_before = 0;
    /* ...and so does a second verb of one subject: "Iran denied the report and said its forces". */
    if (g->first > 0 && word_in(s, g->first - 1, (const char *const[]){"and", "but", NULL})) s->reporter_before = 0;
    /* ...and a clause of its own after one that came before: "Trump talked to Erdogan, and Erdogan later said". */
    if (from >= 2 && word_in(s, from - 1, (const char *const[]){"and", "but", NULL}) && g->subject.n == 1 &&
        s->mention_at[from - 2] < 0 && finite_clause_before(s, from))
      s->reporter_before = 0;
    /* ...and a pronoun's right after a noun, a relative clause with no "that": "a move he said had been years in the making". */
    if (from > 0 && tag_is(s, from, POS_PRON) && tag_is(s, from - 1, POS_NOUN)) s->reporter_before = 0;
    /* ...and one a conjunction opens, whatever its tag: "refused to discuss the reports after he said". */
    if (from > 0 && word_in(s, from - 1, (const char *const[]){"after", "before", "since", "until", "because", "when",
                                                                "while", "once", "although", "though", NULL}))
      s->reporter_before = 0;
    for (uint32_t i = from; i-- > 0;) {
      if (word_is(s, i, ",") || word_is(s, i, "\"")) break;
      if (tag_is(s, i, POS_SUBORD)) {
        s->reporter_before = 0;
        break;
      }
    }
  }
  for (uint32_t i = 0; !found && i + 2 < s->n; i++)
    if (word_is(s, i, "according") && word_is(s, i + 1, "to") && s->mention_at[i + 2] >= 0) {
      found = 1;
      s->reporter.m[s->reporter.n++] = s->mention_at[i + 2];
    }
  if (s->reporter.n) {
    const dl_mention *r = mention(s, s->reporter.m[0]);
    if (r->country[0] || r->kind == MENTION_GROUP) c->reporter = s->reporter;
  } else if (found && c->reporter.n && (!unknown_person || mention_has_word(s, c->reporter.m[0], name_end - 1))) {
    /* "the statement said": the last reporter stands in; "David Cooke, chairman of the committee, said" is someone else. */
    s->reporter = c->reporter;
  }
}

/*
 * A nominal event in an adverbial phrase with an agent and no target ("after
 * advances by Taliban insurgents") was done to the clause's subject.
 */
static void adverbial_target(const sent *s, uint32_t head, match *m) {
  if (m->target.n || !m->source.n) return;
  uint32_t i = head;
  while (i > 0 && (tag_is(s, i - 1, POS_DET) || tag_is(s, i - 1, POS_ADJ) || tag_is(s, i - 1, POS_NOUN))) i--;
  if (i == 0 || !word_in(s, i - 1, adverbial_preps)) return;
  for (size_t k = s->ngroups; k-- > 0;) {
    const vgroup *g = &s->groups[k];
    if (g->head >= i || g->nonfinite || !g->subject.n) continue;
    int32_t subj = g->subject.m[0];
    if (strcmp(mention(s, subj)->code, mention(s, m->source.m[0])->code) != 0) slot_add(&m->target, subj);
    return;
  }
}

/*
 * The group that governs group gi and what it makes of gi's act: "urged X
 * to withdraw" (an appeal), "demanded that X withdraw" (a demand), "said X
 * must withdraw" (a demand by whoever said it). NULL when none.
 */
static vgroup *governor_of(sent *s, size_t gi, govern_kind *kind) {
  vgroup *g = &s->groups[gi];
  *kind = GOVERN_NONE;
  if (gi == 0) return NULL;
  vgroup *p = NULL;
  for (size_t k = gi; k-- > 0;)
    if (s->groups[k].head < g->first && !s->groups[k].relative) {
      p = &s->groups[k];
      break;
    }
  if (!p || p->negated) return NULL;
  if (g->infinitive && g->must) {
    /* "said Japan needs to enact reforms": who says what another needs to do appeals for it. */
    for (size_t k = (size_t)(p - s->groups); k-- > 0;)
      if (s->groups[k].head < p->first && !s->groups[k].relative) {
        vgroup *q = &s->groups[k];
        if (q->negated || !lemma_in(s, q->head, statement_verbs)) return NULL;
        *kind = GOVERN_APPEAL;
        return q;
      }
    return NULL;
  }
  if (g->infinitive) {
    *kind = govern_kind_of(s, p);
    return *kind ? p : NULL;
  }
  /* "insisted it would not bow": what one says will be done is no demand. */
  if (g->would || g->future || g->maybe) return NULL;
  /* ...nor is what one insists was or is so: "insisting that civilians were not targeted" (not "insisted that he resign"). */
  if (lemma_is(s, p->head, "insist") && !g->must && tag(s, g->head)->form != VF_BASE) return NULL;
  int that = 0;
  for (uint32_t i = p->head + 1; i < g->first; i++) {
    if (word_is(s, i, "that")) that = 1;
    /* "appealed for calm as Israeli troops attack Gaza": a clause of its own. */
    else if (s->group_at[i] >= 0 || tag_is(s, i, POS_SUBORD) ||
             word_in(s, i, (const char *const[]){"as", "while", "when", "because", "after", "before", "since",
                                                 "although", "though", "until", NULL}))
      return NULL;
  }
  govern_kind k = govern_kind_of(s, p);
  if (k && (that || tag(s, g->head)->form == VF_BASE)) {
    *kind = k;
    return p;
  }
  /* (Not what the speaker says they must do: "I should tell you that Doug has decided".) */
  /* (What another should do is asked of them, what they must do demanded.) */
  if (g->must && lemma_in(s, p->head, statement_verbs) &&
      !(g->first > 0 && word_in(s, g->first - 1, (const char *const[]){"i", "we", NULL}))) {
    *kind = obliged_kind(g);
    return p;
  }
  return NULL;
}

/* The appeal or demand code parallel to an act's intent code: 0353 -> 0253 or 1053; a reproach is a criticism. */
static const cameo_code *parallel_code(const sent *s, const verb_pattern *p, govern_kind kind) {
  const char *intent = intent_of(p);
  if (!intent || intent[0] != '0' || intent[1] != '3' || kind == GOVERN_REPROACH)
    /* An appeal or demand for an act with no parallel code: the residual one. */
    return cameo_table_find(&s->tables->codes, govern_residual(kind));
  char code[5];
  snprintf(code, sizeof code, "%s%s", kind == GOVERN_APPEAL ? "02" : "10", intent + 2);
  const cameo_code *cc = cameo_table_find(&s->tables->codes, code);
  if (!cc && code[3]) {
    code[3] = '\0';
    cc = cameo_table_find(&s->tables->codes, code);
  }
  return cc ? cc : cameo_table_find(&s->tables->codes, govern_residual(kind));
}

/* Nonzero for the residual codes of appeals and demands (020, 100) and their roots. */
static int residual_appeal(const cameo_code *c) {
  return strcmp(c->code, "020") == 0 || strcmp(c->code, "100") == 0 || strcmp(c->code, "02") == 0 ||
         strcmp(c->code, "10") == 0;
}

/* Fills *ev as the appeal or demand cc for the act group g matched with m: asserted, with no actors yet. */
static void asked_act(const sent *s, const vgroup *g, const match *m, const cameo_code *cc, dl_event *ev) {
  memset(ev, 0, sizeof *ev);
  ev->sentence = s->index;
  ev->code = cc;
  ev->mode = MODE_ASSERTED;
  ev->verb_first = s->base + g->first;
  ev->verb_end = s->base + g->head + 1;
  ev->lemma = verb_str(&s->tables->verbs, m->p->head);
  ev->pattern = m->p;
  ev->scope_first = s->base + g->first;
  ev->scope_end = s->base + clause_limit(s, g->head + 1);
}

/*
 * "Iran should release the sailors, Britain said": what a speaker after the
 * clause says another must or should do is demanded or asked of them, as
 * "Britain said Iran should release the sailors" is. Only the clause that
 * opens the sentence, with a subject other than the speaker. Returns
 * nonzero when the act is so asked for.
 */
static int trailing_obligation(sent *s, size_t gi, const match *m, dl_event_vec *out, size_t first_of_sentence) {
  vgroup *g = &s->groups[gi];
  if (!g->must || g->infinitive || g->negated || !g->subject.n || !s->reporter_verb || !s->reporter.n ||
      s->reporter_at <= g->head || g->first == 0 || word_in(s, g->first - 1, (const char *const[]){"i", "we", NULL}))
    return 0;
  for (size_t k = 0; k < gi; k++)
    if (!s->groups[k].relative && !s->groups[k].reduced && !s->groups[k].nonfinite) return 0;
  /* (A speaker set off after the clause, in a clause of its own: ", the Lib Dems say"; not ", which said".) */
  uint32_t from = s->reporter_from;
  if (from == 0 || !word_in(s, from - 1, (const char *const[]){",", "\"", NULL}) || s->group_at[s->reporter_at] < 0 ||
      s->groups[s->group_at[s->reporter_at]].relative)
    return 0;
  const dl_mention *speaker = mention(s, s->reporter.m[0]), *doer = mention(s, g->subject.m[0]);
  /* (Not the speaker's own side: "Britain should impose sanctions, Tony Blair said"; nor a rule for whoever: "The company which obtains".) */
  if (strcmp(speaker->code, doer->code) == 0 ||
      (speaker->country[0] && !doer->roles[0] && strcmp(speaker->country, doer->country) == 0) ||
      (m_end(s, g->subject.m[0]) < s->n && word_in(s, m_end(s, g->subject.m[0]), relative_words)))
    return 0;
  const cameo_code *cc = parallel_code(s, m->p, obliged_kind(g));
  if (!cc) return 0;
  dl_event ev;
  asked_act(s, g, m, cc, &ev);
  set_actor(s, &ev.source, s->reporter.m[0]);
  set_actor(s, &ev.target, g->subject.m[0]);
  (void)emit(s, out, first_of_sentence, &ev);
  return 1;
}

/*
 * An act that another verb governs ("urged Iran to release the sailors")
 * is coded as the governing appeal or demand, with the act's parallel code
 * (0253, appeal for release), instead of as an act. Returns nonzero when a
 * verb governs it so: the act is asked for, not done, even when the appeal
 * has no actor to code.
 */
static int embedded_act(sent *s, size_t gi, const match *m, dl_event_vec *out, size_t first_of_sentence) {
  govern_kind kind;
  vgroup *g = &s->groups[gi];
  vgroup *gov = governor_of(s, gi, &kind);
  if (!gov) return trailing_obligation(s, gi, m, out, first_of_sentence);
  const cameo_code *cc = parallel_code(s, m->p, kind);
  if (!cc) return 0;
  if (gov->coded) {
    for (uint32_t e = gov->ev_first; e < gov->ev_end && e < out->len; e++) {
      dl_event *ev = &out->items[e];
      /* "will tell Koizumi that Japan needs to enact reforms": what another is told to do is the appeal. */
      if (!residual_appeal(ev->code) && !(g->must && ev->code->root[0] == '0' && ev->code->root[1] == '1')) continue;
      ev->code = cc;
      if (!ev->target.present && g->subject.n && (!ev->source.present || ev->source.mention != g->subject.m[0]))
        set_actor(s, &ev->target, g->subject.m[0]);
    }
    /* An appeal coded some other way still asks for the act rather than reports it. */
    return 1;
  }
  /* The governing verb coded nothing (a statement): the demand is the speaker's, made of the act's subject. */
  dl_event ev;
  asked_act(s, g, m, cc, &ev);
  if (gov->subject.n) set_actor(s, &ev.source, gov->subject.m[0]);
  if (g->subject.n) set_actor(s, &ev.target, g->subject.m[0]);
  else if (m->target.n) set_actor(s, &ev.target, m->target.m[0]);
  /* Asked for, the act is not done, whether or not the appeal could be coded ("Egeland begged Jordan to reopen"). */
  (void)emit(s, out, first_of_sentence, &ev);
  return 1;
}

/*
 * Removes the events of intent verb gov, coded with an intent code of its
 * own and no target ("have pledged" as 032), when the act it governs, g,
 * was coded right after them: that act in the intent mode is the event.
 */
static void drop_bare_pledge(dl_event_vec *out, vgroup *gov, vgroup *g) {
  if (!gov->coded || gov->ev_end != g->ev_first || gov->ev_first >= gov->ev_end) return;
  for (uint32_t e = gov->ev_first; e < gov->ev_end; e++) {
    const dl_event *ev = &out->items[e];
    if (ev->code->root[0] != '0' || ev->code->root[1] != '3') return;
    /* (A pledge's target the act has too is the act's: "pledged to put its fighters on trial".) */
    int acts_on = 0;
    for (uint32_t a = g->ev_first; a < g->ev_end && ev->target.present && !acts_on; a++)
      acts_on = out->items[a].target.present && out->items[a].target.mention == ev->target.mention &&
                ev->target.mention >= 0;
    if (ev->target.present && !acts_on) return;
  }
  uint32_t n = gov->ev_end - gov->ev_first;
  memmove(out->items + gov->ev_first, out->items + gov->ev_end, (out->len - gov->ev_end) * sizeof *out->items);
  out->len -= n;
  g->ev_first -= n;
  g->ev_end -= n;
  gov->ev_end = gov->ev_first;
  gov->coded = 0;
}

/*
 * "X said the US must be ready to mediate": what a speaker says another
 * must do is a demand (CAMEO 100) even when the act has no pattern; what
 * another should do is an appeal (020): "the Lib Dems say Mr Clarke should
 * use the fact".
 */
static int obligation(sent *s, size_t gi, dl_event_vec *out, size_t first_of_sentence) {
  govern_kind kind;
  vgroup *g = &s->groups[gi];
  vgroup *gov = governor_of(s, gi, &kind);
  if (!gov || !g->subject.n) return DL_OK;
  const cameo_code *cc = cameo_table_find(&s->tables->codes, govern_residual(obliged_kind(g)));
  if (!cc) return DL_OK;
  if (gov->coded) {
    /*
     * "Trump has told the EU it must take back its fighters": the telling,
     * coded already, is the demand, when the one who must is the one told
     * ("told Putin that Turkey must respond" demands nothing of Putin).
     */
    for (uint32_t e = gov->ev_first; e < gov->ev_end && e < out->len; e++) {
      dl_event *ev = &out->items[e];
      if (strcmp(ev->code->code, "010") == 0 && ev->mode == MODE_ASSERTED && ev->target.present &&
          ev->target.mention >= 0 && strncmp(ev->target.roles, "MED", 3) != 0 &&
          (ev->target.mention == g->subject.m[0] ||
           (mention(s, ev->target.mention)->entry && mention(s, ev->target.mention)->entry == mention(s, g->subject.m[0])->entry)))
        ev->code = cc;
      /* "The EC continued to insist that Japan must boost imports": insisting, said to no one, demands it of Japan. */
      else if (strcmp(ev->code->code, "010") == 0 && ev->mode == MODE_ASSERTED && !ev->target.present &&
               lemma_is(s, gov->head, "insist") &&
               !(ev->source.present && strcmp(ev->source.code, mention(s, g->subject.m[0])->code) == 0)) {
        ev->code = cc;
        set_actor(s, &ev->target, g->subject.m[0]);
      }
    }
    return DL_OK;
  }
  dl_event ev;
  memset(&ev, 0, sizeof ev);
  ev.sentence = s->index;
  ev.code = cc;
  ev.mode = MODE_ASSERTED;
  ev.verb_first = s->base + g->first;
  ev.verb_end = s->base + g->head + 1;
  ev.lemma = "must";
  ev.scope_first = s->base + g->first;
  ev.scope_end = s->base + clause_limit(s, g->head + 1);
  if (gov->subject.n) set_actor(s, &ev.source, gov->subject.m[0]);
  set_actor(s, &ev.target, g->subject.m[0]);
  if (ev.source.present && ev.target.present && strcmp(ev.source.code, ev.target.code) == 0) return DL_OK;
  size_t before = out->len;
  int rc = emit(s, out, first_of_sentence, &ev);
  if (out->len > before) gov->coded = 1;
  return rc;
}

/*
 * The clause of a saying, for its date: its speaker and verb, and after the
 * verb the words that say how and when it was said ("told reporters on
 * Monday", "said in a statement late on Tuesday"), up to "that", a mark or
 * another verb, where what was said begins: "Japan's surplus rose in
 * February, the Finance Ministry said" was not said in February.
 */
static void saying_clause(sent *s, const vgroup *g) {
  s->scope_first = g->first;
  if (g->subject.n && m_first(s, g->subject.m[0]) < g->first && mention(s, g->subject.m[0])->sentence == s->index)
    s->scope_first = m_first(s, g->subject.m[0]);
  /*
   * With no verb before it, a phrase that opens the sentence says when it was
   * said: "In January, the SDF stated ...", "Last week the EU said ...". Not
   * a clause whose verb the tagger missed: "Japan's surplus rose in January,
   * the ministry said".
   */
  int verb_before = 0;
  for (size_t k = 0; k < s->ngroups && !verb_before; k++) verb_before = s->groups[k].head < s->scope_first;
  if (!verb_before && s->scope_first > 0 &&
      (tag_is(s, 0, POS_PREP) || tag_is(s, 0, POS_ADV) ||
       word_in(s, 0, (const char *const[]){"last", "earlier", "this", "yesterday", "today", "separately", NULL})))
    s->scope_first = 0;
  uint32_t end = g->head + 1;
  while (end < s->n && !word_is(s, end, "that") &&
         (tag_is(s, end, POS_PREP) || tag_is(s, end, POS_DET) || tag_is(s, end, POS_ADJ) || tag_is(s, end, POS_ADV) ||
          tag_is(s, end, POS_NUM) || tag_is(s, end, POS_NOUN) || tag_is(s, end, POS_PROPN) ||
          tag_is(s, end, POS_PRON)))
    end++;
  s->scope_end = end;
  s->scope_only = 1;
}

/* Nonzero for "as had taken place", "as happened": a clause that says an earlier act was done before. */
static int as_before(const sent *s, const vgroup *g) {
  if (g->first == 0 || !word_is(s, g->first - 1, "as")) return 0;
  if (lemma_is(s, g->head, "happen") || lemma_is(s, g->head, "occur")) return 1;
  return lemma_is(s, g->head, "take") && g->head + 1 < s->n && word_is(s, g->head + 1, "place");
}

/*
 * "X will be returned, as had taken place in the case of another batch of
 * soldiers": the sentence's last event again, done (not intended), to the
 * actor the clause names, which keeps the earlier target's country when it
 * names none.
 */
static int repeat_event(sent *s, const vgroup *g, dl_event_vec *out, size_t first_of_sentence) {
  if (out->len == first_of_sentence) return DL_OK;
  dl_event ev = out->items[out->len - 1];
  if (!ev.pattern) return DL_OK;
  const cameo_code *cc = cameo_table_find(&s->tables->codes, ev.pattern->code);
  if (!cc) return DL_OK;
  ev.code = cc;
  ev.mode = MODE_ASSERTED;
  ev.verb_first = s->base + g->first;
  ev.verb_end = s->base + g->head + 1;
  uint32_t limit = clause_limit(s, g->head + 1);
  ev.scope_first = ev.verb_first;
  ev.scope_end = s->base + limit;
  for (uint32_t i = g->head + 1; i < limit; i++) {
    if (s->mention_at[i] < 0) continue;
    event_actor was = ev.target;
    set_actor(s, &ev.target, s->mention_at[i]);
    if (!ev.target.country[0] && was.country[0]) {
      memcpy(ev.target.country, was.country, sizeof ev.target.country);
      snprintf(ev.target.code, sizeof ev.target.code, "%s%s", was.country, ev.target.roles);
    }
    break;
  }
  return emit(s, out, first_of_sentence, &ev);
}

/* Marks the tokens a match's words used, so that they are not coded again as nouns. */
static void mark_literals(sent *s, const match *m, uint32_t head) {
  uint32_t last = head;
  for (size_t k = 0; k < m->nwords; k++) {
    s->literal[m->words[k]] = 1;
    if (m->words[k] > last) last = m->words[k];
  }
  /* "sent food aid to": the nouns between the head and its last word are the pattern's too. */
  for (uint32_t i = head; i < last; i++) s->literal[i] = 1;
}

/*
 * A pattern word inside an actor's name is the target when the pattern
 * took none: "expelled the Dutch ambassador" is aimed at the Netherlands.
 */
static void literal_target(const sent *s, const vgroup *g, match *m) {
  if (m->target.n || g->passive) return;
  for (size_t k = 0; k < m->nwords; k++) {
    int32_t x = s->mention_at[m->words[k]];
    if (x < 0) continue;
    /* "withdraw its troops", "concentrate forces": the subject's own people are no target. */
    /* (A protest's police are: "farmers battled with police" clash with their own country's police.) */
    const char *country = mention(s, x)->country;
    if (m->p->code[0] == '1' && m->p->code[1] == '4' &&
        (strncmp(mention(s, x)->roles, "COP", 3) == 0 || strncmp(mention(s, x)->roles, "MIL", 3) == 0)) {
      slot_add(&m->target, x);
      return;
    }
    int own = !country[0];
    for (size_t q = 0; q < g->subject.n; q++)
      if (g->subject.m[q] == x || strcmp(mention(s, g->subject.m[q])->country, country) == 0) own = 1;
    if (!own) slot_add(&m->target, x);
    return;
  }
}

/*
 * An event noun in the clause of an appeal or demand ("called for the
 * withdrawal of foreign forces") is what is appealed for: the appeal takes
 * the noun's parallel code. Returns nonzero when it did.
 */
static int embedded_noun(sent *s, uint32_t i, const match *m, dl_event_vec *out) {
  for (size_t k = s->ngroups; k-- > 0;) {
    vgroup *g = &s->groups[k];
    if (g->head >= i) continue;
    if (!g->coded || clause_limit(s, g->head + 1) < i) return 0;
    govern_kind kind = govern_kind_of(s, g);
    if (!kind) return 0;
    const cameo_code *cc = parallel_code(s, m->p, kind);
    if (!cc) return 0;
    int changed = 0;
    for (uint32_t e = g->ev_first; e < g->ev_end && e < out->len; e++)
      if (residual_appeal(out->items[e].code)) {
        out->items[e].code = cc;
        changed = 1;
      }
    return changed;
  }
  return 0;
}

/*
 * "Trump called Erdogan, urging him to curtail the operation", "Putin met
 * Obama, who told him": "him", "her" or "them" right after the verb is the
 * latest actor before it in the sentence that the pronoun may stand for
 * and that is not the clause's subject. With none there it stays no one:
 * an object pronoun seldom reaches back past its sentence.
 */
static void pronoun_object_target(const sent *s, const vgroup *g, match *m) {
  /* (With no subject known, whom the pronoun is not cannot be told: "the Taliban, who later released them".) */
  if (m->target.n || g->passive || g->head + 1 >= s->n || !g->subject.n) return;
  uint32_t at = g->head + 1;
  pronoun_kind kind = word_is(s, at, "him")    ? PRONOUN_HE
                      : word_is(s, at, "her")  ? PRONOUN_SHE
                      : word_is(s, at, "them") ? PRONOUN_MANY
                                               : PRONOUN_NONE;
  /* ("her" before a noun is a possessive: "urged her government".) */
  if (!kind || (kind == PRONOUN_SHE && at + 1 < s->n && (tag_is(s, at + 1, POS_NOUN) || tag_is(s, at + 1, POS_ADJ))))
    return;
  for (uint32_t k = g->first; k-- > 0;) {
    int32_t x = s->mention_at[k];
    if (x < 0) {
      /* "picking up truants and returning them": people no dictionary knows may be whom "them" stands for. */
      if (kind == PRONOUN_MANY && tag_is(s, k, POS_NOUN) &&
          ((s->tok[k].len > 3 && s->text[s->tok[k].start + s->tok[k].len - 1] == 's') ||
           lemma_in(s, k, (const char *const[]){"people", "children", "men", "women", "person", NULL})))
        return;
      continue;
    }
    if (m_first(s, x) != k) continue;
    /* (Not the subject, one named beside it, "Nick Clegg, the former Liberal Democrat leader,", or "Police and officers".) */
    int subject = 0;
    for (size_t q = 0; q < g->subject.n; q++) {
      int32_t y = g->subject.m[q];
      subject |= y == x || strcmp(mention(s, y)->code, mention(s, x)->code) == 0;
      /* (the words between the two, whichever comes first) */
      int x_first = m_end(s, x) <= m_first(s, y);
      uint32_t lo = x_first ? m_end(s, x) : m_end(s, y), hi = x_first ? m_first(s, y) : m_first(s, x);
      int beside = lo <= hi && hi - lo <= 2;
      for (uint32_t b = lo; b < hi && beside; b++) beside = word_in(s, b, (const char *const[]){",", "and", "or", NULL});
      subject |= beside;
    }
    /* (Nor a paper or a broadcaster that was told or did the interviewing: "interviewed by the Guardian".) */
    if (subject || strncmp(mention(s, x)->roles, "MED", 3) == 0) continue;
    slot one = {{x}, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    if (pronoun_agrees(s, &one, kind)) slot_add(&m->target, x);
    return;
  }
}

/* Adds to m the targets of another verb's match pm that are not the subject's own: what the two verbs share. */
static void borrow_targets(const sent *s, const slot *subject, const match *pm, match *m) {
  for (size_t k = 0; k < pm->target.n; k++) {
    int own = 0;
    for (size_t q = 0; q < subject->n; q++)
      if (strcmp(mention(s, subject->m[q])->code, mention(s, pm->target.m[k])->code) == 0) own = 1;
    if (!own) slot_add(&m->target, pm->target.m[k]);
  }
}

/*
 * An act with no target takes the target of the purpose clause after it:
 * "staged a hunger strike to demand the resignation of the President",
 * "carry out air strikes to support Afghan forces".
 */
static void purpose_target(const sent *s, size_t gi, uint32_t limit, match *m) {
  (void)limit;
  if (m->target.n || gi + 1 >= s->ngroups) return;
  const vgroup *g = &s->groups[gi], *p = &s->groups[gi + 1];
  if (!p->infinitive || p->first < 1) return;
  for (uint32_t i = g->head + 1; i + 1 < p->first; i++)
    if (tag_is(s, i, POS_SUBORD) || word_is(s, i, ";") || s->group_at[i] >= 0) return;
  match pm;
  if (!best_match(s, 0, p->head, clause_limit(s, p->head + 1), p->passive, NO_NOUN, &pm) || !pm.target.n ||
      verb_pattern_is_null(pm.p))
    return;
  borrow_targets(s, &g->subject, &pm, m);
}

/*
 * A verb with no object before "and" or "or" and a second verb shares the
 * second one's: "arrested and charged two men", "attack or invade Iraq".
 */
static void shared_object_target(const sent *s, size_t gi, match *m) {
  if (m->target.n || m->target.filled || gi + 1 >= s->ngroups) return;
  const vgroup *g = &s->groups[gi], *p = &s->groups[gi + 1];
  if (g->passive || p->passive || g->head + 2 != p->first || p->head != p->first ||
      !word_in(s, g->head + 1, (const char *const[]){"and", "or", NULL}))
    return;
  match pm;
  if (!best_match(s, 0, p->head, clause_limit(s, p->head + 1), 0, NO_NOUN, &pm) || !pm.target.n || verb_pattern_is_null(pm.p))
    return;
  borrow_targets(s, &g->subject, &pm, m);
}

/*
 * A protest names its target after "against", "in defiance of" or "outside":
 * "blocked streets in defiance of Chinese authorities".
 */
static void protest_target(const sent *s, uint32_t head, uint32_t limit, match *m) {
  if (m->target.n || m->p->code[0] != '1' || m->p->code[1] != '4') return;
  for (uint32_t i = head + 1; i + 1 < limit; i++) {
    uint32_t at = 0;
    if (word_in(s, i, (const char *const[]){"against", "outside", NULL})) at = i + 1;
    else if (word_is(s, i, "defiance") && word_is(s, i + 1, "of")) at = i + 2;
    if (!at) continue;
    slot t;
    memset(&t, 0, sizeof t);
    take_np(s, at, limit, &t);
    if (t.n) m->target = t;
    return;
  }
}

/*
 * A match with no target takes an actor in a prepositional phrase right
 * after it: "a suspension of air links with Yugoslavia", "deliver aid to
 * Yemen" when the pattern has no slot there.
 */
static void trailing_target(const sent *s, uint32_t limit, const slot *subject, match *m) {
  if (m->target.n || m->end >= limit) return;
  uint32_t i = m->end;
  if (!word_in(s, i, (const char *const[]){"with", "to", "against", "on", "toward", "towards", "into", NULL})) return;
  slot t;
  memset(&t, 0, sizeof t);
  take_np(s, i + 1, limit, &t);
  for (size_t k = 0; k < t.n; k++) {
    int own = 0;
    for (size_t q = 0; q < subject->n; q++)
      if (subject->m[q] == t.m[k]) own = 1;
    for (size_t q = 0; q < m->source.n; q++)
      if (m->source.m[q] == t.m[k]) own = 1;
    if (!own && !(mention(s, t.m[k])->flags & MENTION_LOCATIVE)) slot_add(&m->target, t.m[k]);
  }
}

/* Adds to sl the actors of the noun phrase at token at that are not the subject's side (another code). */
static void add_others(const sent *s, uint32_t at, uint32_t limit, const slot *subject, slot *sl) {
  slot t;
  memset(&t, 0, sizeof t);
  take_np(s, at, limit, &t);
  for (size_t k = 0; k < t.n; k++) {
    int own = 0;
    for (size_t q = 0; q < subject->n; q++)
      if (strcmp(mention(s, subject->m[q])->code, mention(s, t.m[k])->code) == 0) own = 1;
    if (!own) slot_add(sl, t.m[k]);
  }
}

/* Participles that say who holds a place or a thing: "positions held by Isis", "territory occupied by Islamic State". */
static const char *const holding_participles[] = {"held", "controlled", "occupied", "run", "ruled", "governed",
                                                  "manned", "dominated", NULL};

/*
 * Nonzero for a holding participle at i right after a thing no dictionary
 * knows and right before "by": "territory occupied by Islamic State" says
 * who holds the territory, which is no event of its own.
 */
static int holding_description(const sent *s, uint32_t i) {
  return i > 0 && i + 1 < s->n && word_in(s, i, holding_participles) && word_is(s, i + 1, "by") &&
         tag_is(s, i - 1, POS_NOUN) && s->mention_at[i - 1] < 0;
}

/*
 * Force or a seizure with no target takes whoever holds the thing it struck:
 * "captured 41 positions held by Isis", "besieging territory occupied by
 * Islamic State", "shelled villages controlled by rebels".
 */
static void holder_target(const sent *s, uint32_t head, const slot *subject, match *m) {
  const char *code = m->p->code;
  if (m->target.n || code[0] != '1' || code[1] < '5') return;
  uint32_t i = head + 1;
  /* The participle's verb ends the clause: the thing runs up to it, the holder after it. */
  while (i < s->n && s->mention_at[i] < 0 &&
         (tag_is(s, i, POS_DET) || tag_is(s, i, POS_ADJ) || tag_is(s, i, POS_NOUN) || tag_is(s, i, POS_NUM) ||
          word_is(s, i, "of")))
    i++;
  if (i == head + 1 || !holding_description(s, i)) return;
  add_others(s, i + 2, clause_limit(s, i + 2), subject, &m->target);
}

/*
 * An appeal with no target is made of the one whose help, support or
 * backing it seeks, named with "'s" between the verb and the pattern's
 * word: "has been seeking Japan's technological support", "sought Iran's help".
 */
static void possessor_target(const sent *s, uint32_t head, const slot *subject, match *m) {
  int appeal = m->p->code[0] == '0' && m->p->code[1] == '2', demand = m->p->code[0] == '1' && m->p->code[1] == '0';
  if (m->target.n || !(appeal || demand)) return;
  /* ...and a demand or an appeal of the one whose act it names after its words: "would insist on Assad's departure". */
  uint32_t i = m->nwords && m->words[m->nwords - 1] > head ? head + 1 : m->end;
  while (i < s->n && (tag_is(s, i, POS_ADV) || tag_is(s, i, POS_PREP))) i++;
  if (i >= s->n || s->mention_at[i] < 0) return;
  int32_t who = s->mention_at[i];
  uint32_t end = m_end(s, who);
  if (end + 1 >= s->n || !tag_is(s, end, POS_POSSESSIVE)) return;
  if (i < m->end ? m->words[m->nwords - 1] <= end : !(tag_is(s, end + 1, POS_NOUN) || tag_is(s, end + 1, POS_ADJ))) return;
  if (subject->n && strcmp(mention(s, subject->m[0])->code, mention(s, who)->code) == 0) return;
  slot_add(&m->target, who);
}

/*
 * An appeal or a demand with no one named to make it of is made of the one
 * its "that" clause says must act: "the Tories are demanding that Tony Blair
 * spell out which taxes he would raise".
 */
static void demanded_of(const sent *s, const vgroup *g, match *m) {
  int asks = (m->p->code[0] == '1' && m->p->code[1] == '0') || (m->p->code[0] == '0' && m->p->code[1] == '2');
  if (m->target.n || !asks) return;
  uint32_t i = g->head + 1;
  if (i >= s->n || !word_is(s, i, "that")) return;
  if (i + 1 < s->n && tag_is(s, i + 1, POS_DET)) i++;
  if (i + 1 >= s->n || s->mention_at[i + 1] < 0) return;
  int32_t who = s->mention_at[i + 1];
  uint32_t after = m_end(s, who);
  /* What is asked for is in the base form: "that Tony Blair spell out", not "that Russia made"; the tagger may read a noun. */
  if (after >= s->n) return;
  int base = tag_is(s, after, POS_VERB) ? tag(s, after)->form == VF_BASE
                                          : tag_is(s, after, POS_NOUN) && after + 1 < s->n && !inflected(s, after) &&
                                                (tag_is(s, after + 1, POS_PREP) || tag_is(s, after + 1, POS_DET) ||
                                                 tag_is(s, after + 1, POS_POSS));
  if (!base) return;
  if (g->subject.n && same_side(mention(s, g->subject.m[0]), mention(s, who))) return;
  slot_add(&m->target, who);
}

/*
 * Words, appeals and rebukes with no target take whom the letter or speech
 * they came in was to: "said in a letter to President Reagan", "complained
 * in a note to the Iranian embassy".
 */
static void message_target(const sent *s, uint32_t head, uint32_t limit, const slot *subject, match *m) {
  const char *code = m->p->code;
  if (m->target.n || !((code[0] == '0' && code[1] <= '5') || (code[0] == '1' && code[1] <= '3'))) return;
  uint32_t i = head + 1;
  while (i < limit && tag_is(s, i, POS_ADV)) i++;
  if (i + 3 >= limit || !word_is(s, i, "in")) return;
  i++;
  while (i < limit && i < head + 8 && s->mention_at[i] < 0 &&
         (tag_is(s, i, POS_DET) || tag_is(s, i, POS_POSS) || tag_is(s, i, POS_ADJ) ||
          (tag_is(s, i, POS_NOUN) && !lemma_in(s, i, speech_nouns))))
    i++;
  if (i + 2 >= limit || !lemma_in(s, i, speech_nouns) || !word_is(s, i + 1, "to")) return;
  /* "to the Iranian embassy" reads as a place, but a letter goes to its people; "a statement to Reuters" is news. */
  add_others(s, i + 2, limit, subject, &m->target);
  uint8_t kept = 0;
  for (uint8_t k = 0; k < m->target.n; k++)
    if (strncmp(mention(s, m->target.m[k])->roles, "MED", 3) != 0) m->target.m[kept++] = m->target.m[k];
  m->target.n = kept;
}

/*
 * Nonzero when infinitive g follows a chance its governor took: "seized the
 * opportunity to arrest", "used the chance to attack". The act is done, by
 * the governor's subject.
 */
static int chance_taken(const sent *s, const vgroup *g) {
  if (g->first < 4 || !word_in(s, g->first - 2, (const char *const[]){"opportunity", "chance", "occasion", "moment", NULL}))
    return 0;
  uint32_t v = g->first - 3;
  /* Past adjectives, the article and "on": "took the golden opportunity to", "seized on the chance to". */
  while (v > 0 && g->first - v < 6 && tag_is(s, v, POS_ADJ)) v--;
  if (v > 0 && (tag_is(s, v, POS_DET) || tag_is(s, v, POS_POSS))) v--;
  if (v > 0 && word_is(s, v, "on")) v--;
  if (s->group_at[v] < 0) return 0;
  const vgroup *p = &s->groups[s->group_at[v]];
  /* (Not one taken only "if": "If Iran takes the chance to attack Israel".) */
  return p->head == v && !p->negated && !p->infinitive && !p->would && !p->future && !p->maybe && !p->must &&
         !in_condition(s, p) &&
         lemma_in(s, v, (const char *const[]){"seize", "take", "use", "grab", "grasp", NULL});
}

/* Nonzero when a verb of saying ends shortly before token i: "The FBI said in an email it had no comment". */
static int said_just_before(const sent *s, uint32_t i) {
  for (size_t k = 0; k < s->ngroups && s->groups[k].head < i; k++)
    if (s->groups[k].reporting && s->groups[k].head + 6 >= i) return 1;
  return 0;
}

/*
 * A rebuke with no target is at whom the clause after "that" blames:
 * "complains that the UK has refused", "expressed disappointment that
 * Kurdish fighters in Syria had not left"; an inquiry into the subject of
 * its question, and praise or a rebuke of news or a fact at its doer.
 */
static void complaint_target(const sent *s, uint32_t end, const slot *subject, match *m) {
  const char *code = m->p->code;
  int rebuke = code[0] == '1' && code[1] == '1', inquiry = code[0] == '0' && code[1] == '9';
  int praise = code[0] == '0' && code[1] == '5';
  if (m->target.n || !(rebuke || inquiry || praise)) return;
  uint32_t i = end;
  while (i < s->n && i < end + 2 && tag_is(s, i, POS_ADV)) i++;
  i += time_phrase(s, i, s->n); /* "complained on Monday that" */
  /* "welcomed news that Norway is joining", "deplored the fact that Iran had": news of an act is of its doer. */
  uint32_t noun = i;
  if (noun < s->n && tag_is(s, noun, POS_DET)) noun++;
  static const char *const news_nouns[] = {"news", "fact", "announcement", "move", NULL};
  if (noun < s->n && word_in(s, noun, news_nouns) && word_is(s, noun + 1, "that"))
    i = noun + 1;
  else if (praise && !(i > 0 && word_is(s, i, "that") && word_in(s, i - 1, news_nouns))) /* the pattern's own: "welcomed news" */
    return; /* praise takes a clause only after such a noun */
  if (praise) rebuke = 1;
  /* ...and an inquiry at whom the question after it is about: "an investigation into whether Alitalia is receiving". */
  if (inquiry && word_in(s, i, (const char *const[]){"into", "of", "over", NULL})) i++;
  /* ...and the pattern's own "that": "charged that the Japanese public sector is closed". */
  if (rebuke && i == end && end > 0 && word_is(s, end - 1, "that")) i = end - 1;
  if (!word_is(s, i, rebuke ? "that" : "whether") && !(inquiry && word_in(s, i, (const char *const[]){"how", "why", "if", NULL})))
    return;
  uint32_t k = ++i;
  /* (Past "US-backed" too, whatever its tag.) */
  while (k < s->n && k < i + 3 && s->mention_at[k] < 0 &&
         (tag_is(s, k, POS_DET) || tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_POSS) || hyphened(s, k)))
    k++;
  if (k >= s->n || s->mention_at[k] < 0) return;
  int32_t who = s->mention_at[k];
  if ((mention(s, who)->flags & (MENTION_LOCATIVE | MENTION_DESCRIBES)) || (subject->n && subject->m[0] == who)) return;
  /* (Not the complainer's own side or people who suffer: "complained that Pakistani soldiers were killed", "that refugees had not received aid".) */
  const dl_mention *x = mention(s, who);
  /* (Armed men or rebels of the complainer's own country are still the blamed: "that Kurdish fighters had not left".) */
  int irregular = strstr(x->roles, "REB") || strstr(x->roles, "INS") || strstr(x->roles, "UAF") ||
                  strstr(x->roles, "RAD") || strstr(x->roles, "OPP");
  /* ...and so are the state's men that rebels or the opposition blame: "the rebels alleged that Pakistani troops had killed". */
  if (subject->n) {
    const char *r = mention(s, subject->m[0])->roles;
    if ((strstr(r, "REB") || strstr(r, "INS") || strstr(r, "OPP")) && !strstr(x->roles, "REB") && !strstr(x->roles, "INS") &&
        !strstr(x->roles, "OPP"))
      irregular = 1;
  }
  if ((subject->n && x->country[0] && !irregular && strcmp(mention(s, subject->m[0])->country, x->country) == 0) ||
      strstr(x->roles, "CVL") || strstr(x->roles, "REF"))
    return;
  /* The actor is the clause's subject: its verb follows, maybe past a place ("in Syria"). */
  for (uint32_t j = m_end(s, who); j < s->n && j < m_end(s, who) + 5; j++) {
    if (s->group_at[j] >= 0) {
      const vgroup *g = &s->groups[s->group_at[j]];
      if (!g->nonfinite && !g->infinitive && !g->relative && !g->reduced && !g->passive && g->first <= j)
        slot_add(&m->target, who);
      return;
    }
    /* (Past the rest of a name too: "Italian airline Alitalia is receiving".) */
    if (!(tag_is(s, j, POS_PREP) || tag_is(s, j, POS_DET) || tag_is(s, j, POS_AUX) || tag_is(s, j, POS_MODAL) ||
          tag_is(s, j, POS_ADV) || tag_is(s, j, POS_PROPN) || word_in(s, j, (const char *const[]){"not", "n't", "never", NULL}) ||
          s->mention_at[j] >= 0))
      return;
  }
}

/* Verbs whose object noun names the subject's own act: "announced a suspension", "launched an offensive". */
static const char *const light_verbs[] = {"announce", "declare", "order", "impose", "launch", "begin", "start",
                                          "conduct", "stage", "make", "issue", "hold", "continue", "resume",
                                          "intensify", "escalate", "mount", "carry", "step", "extend", "introduce",
                                          "implement", "enforce", "maintain", "wage", "unleash", "plan", "plot",
                                          "prepare", "direct", "mastermind", "orchestrate", "organise", "organize",
                                          NULL};

/* Words before an event noun that make it a guess or a fear: "any attack", "the expected offensive". */
static const char *const guessed_words[] = {"any", "possible", "potential", "expected", "feared", "looming",
                                            "threatened", "likely", "imminent", "hypothetical", "eventual", NULL};
/* ...that make it a plan: "the planned offensive", "next week's talks". */
static const char *const planned_words[] = {"planned", "proposed", "upcoming", "forthcoming", "next", "future",
                                            "scheduled", "intended", NULL};
/*
 * Verbs whose object an act is wanted, feared, foretold or kept from
 * happening: "wants Turkish support", "fear attack by Turkey", "to avert a
 * war".
 */
static const char *const unrealised_verbs[] = {"want", "seek", "need", "hope", "wish", "fear", "expect", "predict",
                                               "risk", "avoid", "prevent", "avert", "deter", "forestall", "warn",
                                               NULL};

/* Nouns of force done, which may be talked over once done: "the Israeli bombing of Gaza", "the annexation of Crimea". */
static const char *const force_nouns[] = {"attack", "bombing", "shelling", "strike", "airstrike", "annexation",
                                          "invasion", "killing", "offensive", "raid", "assault", "occupation",
                                          "massacre", "shooting", "kidnapping", "abduction", "execution", NULL};

/*
 * The mode of the event noun at token i, from the words of its phrase
 * before it and the verb it is the object of: "no US apology" (negated),
 * "any attack", "fear attack by Turkey" (hypothetical), "the planned
 * offensive" (intent).
 */
static event_mode noun_mode(const sent *s, uint32_t i) {
  /* "abandon friends without warning": an act that did not happen. */
  if (i > 0 && word_is(s, i - 1, "without")) return MODE_NEGATED;
  if (claimed_content(s, i)) return MODE_ALLEGED;
  /* "Nakasone's visit to Washington next week": an act set for a time to come is planned. */
  if (lemma_in(s, i, going_verbs) && future_time_after(s, i)) return MODE_INTENT;
  /* "The OPEC meeting scheduled for the end of this month": planned, after it too. */
  if (i + 1 < s->n && word_in(s, i + 1, (const char *const[]){"scheduled", "planned", "due", NULL})) return MODE_INTENT;
  /* "committed to ongoing airstrikes", "pledged to more aid": an act one binds oneself to is to come. */
  {
    uint32_t b = i;
    while (b > 0 && i - b < 4 && (tag_is(s, b - 1, POS_ADJ) || tag_is(s, b - 1, POS_DET) || tag_is(s, b - 1, POS_NUM)))
      b--;
    if (b >= 2 && word_is(s, b - 1, "to") && lemma_in(s, b - 2, (const char *const[]){"commit", "pledge", NULL}))
      return MODE_INTENT;
  }
  uint32_t j = i;
  while (j > 0 && i - j < 5 &&
         (tag_is(s, j - 1, POS_ADJ) || tag_is(s, j - 1, POS_NOUN) || tag_is(s, j - 1, POS_PROPN) ||
          tag_is(s, j - 1, POS_DET) || tag_is(s, j - 1, POS_NUM) || tag_is(s, j - 1, POS_POSSESSIVE) ||
          tag_is(s, j - 1, POS_ADV) || tag_is(s, j - 1, POS_NEG) ||
          (tag_is(s, j - 1, POS_VERB) && tag(s, j - 1)->form == VF_PARTICIPLE) ||
          /* "the proposed US travel ban": a past form after an article describes the noun */
          (tag_is(s, j - 1, POS_VERB) && tag(s, j - 1)->form == VF_PAST && j >= 2 && tag_is(s, j - 2, POS_DET)) ||
          /* "a painful and fatal attack" */
          (j >= 2 && word_in(s, j - 1, (const char *const[]){"and", "or", NULL}) && tag_is(s, j - 2, POS_ADJ)) ||
          s->mention_at[j - 1] >= 0)) {
    j--;
    if (word_is(s, j, "no")) return MODE_NEGATED;
    if (word_in(s, j, guessed_words)) return MODE_HYPOTHETICAL;
    if (word_in(s, j, planned_words)) return MODE_INTENT;
    /* "the alleged atrocity", "the suspected chemical attack": someone's claim. */
    if (word_in(s, j, (const char *const[]){"alleged", "suspected", "purported", NULL})) return MODE_ALLEGED;
  }
  if (j > 0 && tag_is(s, j - 1, POS_VERB) && lemma_in(s, j - 1, unrealised_verbs)) return MODE_HYPOTHETICAL;
  /* "for what could be a large-scale offensive": an act that may be is a guess. */
  if (j > 1 && word_is(s, j - 1, "be") && word_in(s, j - 2, (const char *const[]){"could", "may", "might", NULL}))
    return MODE_HYPOTHETICAL;
  /* "reports of continued regime use of chemical weapons", "allegations of torture": what is said to have been done. */
  if (j >= 2 && word_is(s, j - 1, "of") &&
      lemma_in(s, j - 2, (const char *const[]){"report", "allegation", "claim", "accusation", "rumour", "rumor", NULL}))
    return MODE_ALLEGED;
  /* "planned attacks on the UK", "plotting an assault": a plan, not the act. */
  if (j > 0 && tag_is(s, j - 1, POS_VERB) && lemma_in(s, j - 1, (const char *const[]){"plan", "plot", "prepare", NULL}))
    return MODE_INTENT;
  /* "talks on further Venezuelan assistance", "discussed Japanese aid": what is talked over is not done. */
  /* (Force done is talked over after it: "discussed the Israeli bombing of Gaza".) */
  if (!lemma_in(s, i, force_nouns) && ((j >= 2 && word_in(s, j - 1, (const char *const[]){"on", "about", "over", NULL}) &&
       lemma_in(s, j - 2, (const char *const[]){"talk", "discussion", "negotiation", "debate", "consultation", NULL})) ||
      (j > 0 && tag_is(s, j - 1, POS_VERB) &&
       lemma_in(s, j - 1, (const char *const[]){"discuss", "debate", "consider", "negotiate", NULL}))))
    return MODE_HYPOTHETICAL;
  /* "could lead to fresh fighting", "may spark clashes": what may come of something. */
  uint32_t governing = j > 0 && tag_is(s, j - 1, POS_VERB) ? j - 1
                       : j > 1 && word_in(s, j - 1, (const char *const[]){"to", "in", NULL}) && tag_is(s, j - 2, POS_VERB)
                           ? j - 2
                           : 0;
  /* (A verb of bringing about only: "could hamper the OPCW's investigation" does not make it doubtful.) */
  if (governing > 0 && word_in(s, governing - 1, (const char *const[]){"could", "may", "might", NULL}) &&
      lemma_in(s, governing, (const char *const[]){"lead", "result", "spark", "trigger", "provoke", "cause", "prompt",
                                                     "ignite", "unleash", "mean", NULL}))
    return MODE_HYPOTHETICAL;
  if (j > 1 && tag_is(s, j - 1, POS_TO) && tag_is(s, j - 2, POS_VERB) && lemma_in(s, j - 2, unrealised_verbs))
    return MODE_HYPOTHETICAL;
  /* "urged Reagan to step up negotiations": the object of an act asked for is not done either. */
  uint32_t v = j;
  if (v > 1 && tag_is(s, v - 1, POS_PREP) && tag_is(s, v - 2, POS_VERB)) v--; /* a particle: "step up" */
  if (v > 2 && tag_is(s, v - 1, POS_VERB) && tag(s, v - 1)->form == VF_BASE && word_is(s, v - 2, "to"))
    for (uint32_t k = v - 2; k-- > 0 && v - 2 - k <= 6;) {
      if (tag_is(s, k, POS_VERB)) {
        if (lemma_in(s, k, asking_verbs) || lemma_is(s, k, "call") || lemma_is(s, k, "press")) return MODE_HYPOTHETICAL;
        break;
      }
      if (tag_is(s, k, POS_PUNCT)) break;
    }
  /* "hold off from a full-scale attack", "refrain from air strikes", "stopped short of a ban": not done. */
  if (j > 1 && word_is(s, j - 1, "from") &&
      (word_is(s, j - 2, "off") || lemma_is(s, j - 2, "refrain") || lemma_is(s, j - 2, "abstain") ||
       lemma_is(s, j - 2, "desist")))
    return MODE_NEGATED;
  if (j > 2 && word_is(s, j - 1, "of") && word_is(s, j - 2, "short") && lemma_is(s, j - 3, "stop")) return MODE_NEGATED;
  return MODE_ASSERTED;
}

/*
 * Who a possessive pronoun at token at stands for, before an event noun:
 * the subject of the verb before it, when it agrees ("Iran announced that
 * its offensive against Iraq had ended", "Israel defended its strikes"), or
 * after "over", "for" or "against", the actor between ("attacked Syria over
 * its use").
 * Leaves out alone when none does.
 */
static void possessor_subject(sent *s, uint32_t at, const carry *c, slot *out) {
  pronoun_kind kind = word_is(s, at, "its")     ? PRONOUN_THING
                      : word_is(s, at, "their") ? PRONOUN_MANY
                      : word_is(s, at, "his")   ? PRONOUN_HE
                      : word_is(s, at, "her")   ? PRONOUN_SHE
                                                : PRONOUN_NONE;
  if (!kind) return;
  for (size_t k = s->ngroups; k-- > 0;) {
    vgroup *p = &s->groups[k];
    /*
     * A finite verb's, or an infinitive's, whose doer is the one asked
     * ("called on Myanmar to stop its crackdown"); not a participle's ("to
     * see Assad removed, as part of his growing cooperation").
     */
    if (p->head >= at || p->nonfinite || p->relative) continue;
    /* "attacked Syria over its use of chemical weapons", "warned the US against its arms sales": the one blamed. */
    if (at > 0 && word_in(s, at - 1, (const char *const[]){"over", "for", "about", "against", NULL}))
      for (uint32_t i = at - 1; i-- > p->head;)
        if (s->mention_at[i] >= 0) {
          slot blamed;
          memset(&blamed, 0, sizeof blamed);
          slot_add(&blamed, s->mention_at[i]);
          if (pronoun_agrees(s, &blamed, kind)) *out = blamed;
          return;
        }
    if (!p->has_subject) find_subject(s, k, c);
    if (p->subject.n && pronoun_agrees(s, &p->subject, kind)) *out = p->subject;
    return;
  }
  /*
   * With no verb before it, a possessive that opens its clause stands for
   * the last subject it agrees with: "Erdogan ordered troops into Syria. His
   * incursion into Afrin risks confrontation". A person no dictionary knows,
   * named since, stops "his" and "her".
   */
  for (uint32_t i = 0; i < at; i++)
    if (!tag_is(s, i, POS_ADV) && !tag_is(s, i, POS_PUNCT) && !tag_is(s, i, POS_CONJ) && !tag_is(s, i, POS_PREP)) return;
  /* In a phrase that opens the sentence, the subject after its comma: "In his talks with May, Erdogan indicated". */
  if (at > 0 && tag_is(s, at - 1, POS_PREP))
    for (uint32_t i = at + 1; i + 1 < s->n; i++) {
      if (s->group_at[i] >= 0 && !word_is(s, i - 1, ",")) break;
      if (!word_is(s, i, ",")) continue;
      for (size_t k = 0; k < s->ngroups; k++) {
        vgroup *p = &s->groups[k];
        if (p->first <= i) continue;
        if (p->nonfinite || p->infinitive || p->relative) break;
        if (!p->has_subject) find_subject(s, k, c);
        if (p->subject.n && mention(s, p->subject.m[0])->sentence == s->index && m_first(s, p->subject.m[0]) > i) {
          if (pronoun_agrees(s, &p->subject, kind)) *out = p->subject;
          return;
        }
        break;
      }
      break;
    }
  for (size_t k = 0; k < c->nsubjects; k++) {
    const slot *sk = &c->subjects[k];
    if (!sk->n) {
      if (sk->filled && (sk->many ? kind == PRONOUN_MANY : (kind == PRONOUN_HE || kind == PRONOUN_SHE))) return;
      continue;
    }
    if (pronoun_agrees(s, sk, kind)) {
      *out = *sk;
      out->trailing = 0;
    }
    return;
  }
}

/*
 * Nonzero when people's mention x and the words after it name a public body:
 * "the Argentine grain board", "the West German intervention board", "the
 * Chilean Copper Commission", whose statements are a state's.
 */
static int public_body_named(const sent *s, const dl_mention *x) {
  static const char *const bodies[] = {"board", "commission", "council", "ministry", "agency", "office", "authority",
                                       "department", "committee", "government", "administration", NULL};
  uint32_t i = x->end - s->base;
  if (i > s->n) return 0;
  /* The body's last word: the mention's own, or that of the capitalised name after it. */
  while (i < s->n && i < x->end - s->base + 4 && capitalised(s, i)) i++;
  return i > 0 && lemma_in(s, i - 1, bodies);
}

/* Nonzero when people's mention x ends in a people named in the plural: "Syrian Kurds", "Lebanese Christians". */
static int people_named(const sent *s, const dl_mention *x) {
  uint32_t last = x->end - s->base - 1;
  if (x->end - x->first < 2 || last >= s->n || !capitalised(s, last)) return 0;
  const dl_token *t = &s->tok[last];
  return t->len > 2 && s->text[t->start + t->len - 1] == 's' && s->text[t->start + t->len - 2] != '\'';
}

/* The light verb with a subject whose object the event noun at i heads, or NULL. */
static const vgroup *light_verb_group(const sent *s, uint32_t i) {
  uint32_t j = i;
  /* (Past nouns before it and adverbs of degree too: "launched air strikes", "introduced even tighter restrictions".) */
  while (j > 0 && (tag_is(s, j - 1, POS_DET) || tag_is(s, j - 1, POS_ADJ) || tag_is(s, j - 1, POS_POSS) ||
                   tag_is(s, j - 1, POS_NUM) || (tag_is(s, j - 1, POS_ADV) && j >= 2 && (tag_is(s, j, POS_ADJ) || tag_is(s, j, POS_NOUN))) ||
                   (tag_is(s, j - 1, POS_NOUN) && s->mention_at[j - 1] < 0) ||
                   (tag_is(s, j - 1, POS_PREP) && word_in(s, j - 1, (const char *const[]){"up", "out", NULL}))))
    j--;
  /* (Past a noun of measure and "of": "announced its promised program of unilateral economic sanctions".) */
  if (j >= 2 && word_is(s, j - 1, "of") &&
      lemma_in(s, j - 2, (const char *const[]){"program", "programme", "package", "round", "series", "wave", "set", NULL}))
    return light_verb_group(s, j - 2);
  if (j == 0 || s->group_at[j - 1] < 0) return NULL;
  const vgroup *g = &s->groups[s->group_at[j - 1]];
  if (!lemma_in(s, g->head, light_verbs) || !g->subject.n) return NULL;
  return g;
}

/* The group of "be" before "behind" and the event noun at i, with a subject: "Russia was behind the poisoning"; or NULL. */
static const vgroup *behind_group(const sent *s, uint32_t i) {
  uint32_t j = i;
  while (j > 0 && (tag_is(s, j - 1, POS_DET) || tag_is(s, j - 1, POS_ADJ) || tag_is(s, j - 1, POS_POSS) ||
                   (tag_is(s, j - 1, POS_NOUN) && s->mention_at[j - 1] < 0)))
    j--;
  if (j < 2 || !word_is(s, j - 1, "behind")) return NULL;
  uint32_t k = j - 2;
  while (k > 0 && tag_is(s, k, POS_ADV)) k--;
  if (s->group_at[k] < 0) return NULL;
  const vgroup *g = &s->groups[s->group_at[k]];
  return lemma_is(s, g->head, "be") && g->subject.n ? g : NULL;
}

/*
 * "A roadside bombing killed one soldier": a violent verb whose subject is
 * an event noun is that event, done to the verb's object.
 */
static const verb_pattern *event_subject(const sent *s, const vgroup *g) {
  static const char *const harm_verbs[] = {"kill", "wound", "injure", "hit", "destroy", "damage", "claim", NULL};
  if (g->subject.n || g->passive || !lemma_in(s, g->head, harm_verbs)) return NULL;
  for (uint32_t i = g->first; i-- > 0;) {
    if (tag_is(s, i, POS_SUBORD) || tag_is(s, i, POS_VERB) || word_is(s, i, ";")) return NULL;
    if (!tag_is(s, i, POS_NOUN) || s->mention_at[i] >= 0) continue;
    match m;
    if (best_match(s, 1, i, g->first, 0, NO_NOUN, &m) && m.p->code[0] == '1' && m.p->code[1] >= '8') return m.p;
    if (i + 1 < g->first && best_match(s, 1, i, i + 1, 0, NO_NOUN, &m) && m.p->code[0] >= '1' && m.p->code[1] >= '8') return m.p;
  }
  return NULL;
}

/*
 * Nonzero when mention m bears no arms: a named person or a political
 * party, government, parliament or the like, not an army, police, an armed
 * group, or a country or group named alone (whose force it may be).
 */
static int unarmed(const sent *s, int32_t m) {
  const dl_mention *x = mention(s, m);
  if (!x->roles[0]) return x->kind == MENTION_PERSON;
  return !armed_role_in(x->roles);
}

/*
 * Nonzero when every mention of sl is armed outside a state: insurgents,
 * rebels, militias, extremists, criminals or an armed group ("Isis"), which
 * have no aircraft.
 */
static int no_air_force(const sent *s, const slot *sl) {
  for (size_t k = 0; k < sl->n; k++) {
    const dl_mention *x = mention(s, sl->m[k]);
    if (strstr(x->roles, "MIL") || strstr(x->roles, "GOV")) return 0;
    if (!strstr(x->roles, "INS") && !strstr(x->roles, "REB") && !strstr(x->roles, "UAF") && !strstr(x->roles, "RAD") &&
        !strstr(x->roles, "CRM") && strncmp(x->code, "IMG", 3) != 0)
      return 0;
  }
  return sl->n > 0;
}

/* Nonzero when every mention of sl is people at work who may walk out: workers, teachers, doctors, farmers. */
static int working_people(const sent *s, const slot *sl) {
  for (size_t k = 0; k < sl->n; k++) {
    const char *roles = mention(s, sl->m[k])->roles;
    if (!strstr(roles, "LAB") && !strstr(roles, "EDU") && !strstr(roles, "HLH") && !strstr(roles, "AGR")) return 0;
  }
  return sl->n > 0;
}

/* Nonzero when aircraft are named in the sentence before token limit: "Tamil Tiger aircraft bombed", "drones". */
static int aircraft_named(const sent *s, uint32_t limit) {
  for (uint32_t k = 0; k < limit && k < s->n; k++)
    if (lemma_in(s, k, (const char *const[]){"aircraft", "airplane", "plane", "jet", "warplane", "bomber", "drone",
                                             "helicopter", "gunship", "air", NULL}))
      return 1;
  return 0;
}

/* Nonzero when every mention of sl bears no arms. */
static int all_unarmed(const sent *s, const slot *sl) {
  for (size_t k = 0; k < sl->n; k++)
    if (!unarmed(s, sl->m[k])) return 0;
  return sl->n > 0;
}

/*
 * Nonzero for people who clash or riot in the street ("striking workers
 * clashed in Dhaka", "refugees clashed in the camp"), not in a chamber,
 * a court or the press ("their Commons clashes").
 */
static int street_clash(const sent *s, const vgroup *g) {
  if (!lemma_in(s, g->head, (const char *const[]){"clash", "riot", "brawl", NULL})) return 0;
  /* "clashed over the guidance": a dispute. */
  for (uint32_t k = g->head + 1; k < s->n && k < g->head + 8 && !tag_is(s, k, POS_PUNCT); k++)
    if (word_in(s, k, (const char *const[]){"over", "about", NULL})) return 0;
  /* ...and not among bodies, firms, schools, the press or chambers: "The WHO and the CDC clashed". */
  for (size_t k = 0; k < g->subject.n; k++) {
    const dl_mention *x = mention(s, g->subject.m[k]);
    if (strstr(x->roles, "LEG") || strstr(x->roles, "JUD") || strstr(x->roles, "BUS") || strstr(x->roles, "MED") ||
        strstr(x->roles, "EDU") || strncmp(x->code, "IGO", 3) == 0 || strncmp(x->code, "NGO", 3) == 0)
      return 0;
  }
  return 1;
}

/*
 * Nonzero when some mention of sl is civilians or protesters (CVL, OPP),
 * or extremists (RAD), whose fights may be real, or one who may order force: a government, a
 * leader, a person with no role ("Ankara launched an offensive", "Putin
 * annexed Crimea").
 */
static int crowd_or_rulers_in(const sent *s, const slot *sl) {
  for (size_t k = 0; k < sl->n; k++) {
    const char *roles = mention(s, sl->m[k])->roles;
    if (!roles[0] || strstr(roles, "CVL") || strstr(roles, "OPP") || strstr(roles, "GOV") || strstr(roles, "RAD")) return 1;
  }
  return 0;
}

/*
 * "Trump attacked Biden", "Labour and the Tories clashed over tax": force
 * (19) between people or parties that bear no arms, one against another,
 * is words (111). Leaders' armies are named by their countries.
 */
/* Nonzero when every mention of sl is people of the street, unarmed: protesters, civilians, students, workers. */
static int street_protesters(const sent *s, const slot *sl) {
  for (size_t k = 0; k < sl->n; k++) {
    const char *roles = mention(s, sl->m[k])->roles;
    if (!words_codes_any(street_roles, sizeof street_roles / sizeof *street_roles, roles) || armed_role_in(roles))
      return 0;
  }
  return sl->n > 0;
}

/* Roles of those who hold or seek office: government, legislature, opposition, parties; sorted. */
static const char *const political_roles[] = {"GOV", "LEG", "OPP", "PTY"};

/* Nonzero when every mention of sl is a politician: a person, or leaders, ministers or candidates by role. */
static int politicians(const sent *s, const slot *sl) {
  for (size_t k = 0; k < sl->n; k++) {
    const dl_mention *x = mention(s, sl->m[k]);
    /* (Of a state or a party, not armed: "rebel leader Joseph Kony clashed with Ugandan troops" is force.) */
    if (!words_codes_any(political_roles, sizeof political_roles / sizeof *political_roles, x->roles) ||
        (armed_role_in(x->roles) && !strstr(x->roles, "GOV")))
      return 0;
    if (x->kind == MENTION_PERSON) continue;
    uint32_t h = x->head - s->base;
    if (x->head < s->base || h >= s->n ||
        !lemma_in(s, h, (const char *const[]){"leader", "politician", "minister", "candidate", "mp", "president",
                                              "premier", "chancellor", "secretary", NULL}))
      return 0;
  }
  return sl->n > 0;
}

static int unarmed_at_odds(const sent *s, const vgroup *g, const match *m) {
  static const char *const at_odds[] = {"attack", "clash", "hit", "fight", "battle", NULL};
  if (strncmp(m->p->code, "19", 2) != 0) return 0;
  /* "The two political leaders clashed": politicians clash in words. */
  if (!g->passive && lemma_is(s, g->head, "clash") && politicians(s, &g->subject)) return 1;
  /* The verb, or the noun a light verb takes ("launched an attack on"): only on a thing of the target's, below. */
  int verb = lemma_in(s, g->head, at_odds), noun = 0;
  for (uint8_t k = 0; k < m->nwords && !verb && !noun; k++) noun = lemma_in(s, m->words[k], at_odds);
  /* "Duncan Bannatyne also attacked the government": a person no dictionary knows bears no arms either. */
  /* ...when what follows says it was words: "attacked the government over Iraq", "for its failure", "as weak". */
  int words_after = m->target.n && word_in(s, m_end(s, m->target.m[m->target.n - 1]),
                                           (const char *const[]){"over", "for", "as", NULL});
  int unknown_person = !g->subject.n && unknown_person_subject(s, g) && words_after;
  /* ...and so does one no dictionary names who attacks a body for what it did: "the EPP attacking the EC for backing down". */
  int unknown_critic = !g->subject.n && words_after && verb && all_unarmed(s, &m->target);
  if (!(verb || noun) || !(all_unarmed(s, &g->subject) || unknown_person || unknown_critic)) return 0;
  /*
   * "Michael Howard launched an attack on the cost of Britain's asylum
   * system": a thing of the target's is what the opposition, a party or a
   * legislator attacks (a government, as "Washington", may use force on it).
   */
  if (m->target.n == 1 && (mention(s, m->target.m[0])->flags & MENTION_POSSESSOR)) {
    int governs = 0;
    for (uint8_t k = 0; k < g->subject.n; k++) governs |= strstr(mention(s, g->subject.m[k])->roles, "GOV") != NULL;
    if (!governs) return 1;
  }
  if (!verb) return 0;
  return m->target.n ? all_unarmed(s, &m->target) : g->subject.n >= 2;
}

/* "The movement seized the city of Kunduz": a place seized or captured is occupied (192), not arrested (173). */
static int seized_place(const sent *s, const vgroup *g, const match *m) {
  if (strcmp(m->p->code, "173") != 0 || !m->target.n ||
      !lemma_in(s, g->head, (const char *const[]){"seize", "capture", "take", NULL}))
    return 0;
  const dl_mention *t = mention(s, g->passive && g->subject.n ? g->subject.m[0] : m->target.m[0]);
  return t->kind == MENTION_COUNTRY && !t->roles[0];
}


/* Nonzero when a target is people counted with no country of their own: "killing 12 people". */
static int counted_victims(const event_actor *t) { return !t->country[0] && strcmp(t->code, "CVL") == 0; }

/* Nonzero when ev was coded from an event noun ("air strikes") or a participle with no auxiliary ("killing"). */
static int retold(const sent *s, const dl_event *ev) {
  if (ev->pattern && (ev->pattern->flags & VP_NOUN)) return 1;
  if (ev->verb_end != ev->verb_first + 1) return 0;
  const dl_token *t = &s->doc->tokens.items[ev->verb_first];
  return t->len > 4 && memcmp(s->text + t->start + t->len - 3, "ing", 3) == 0;
}

/*
 * "Israeli air strikes hit Gaza, killing 12": one act told three times, by
 * its noun, its verb and a participle. An act of force with no target is
 * dropped when the same actor's act of force in the sentence has one, and
 * gives it its own code when that is only "fighting" (190): the air
 * strikes (195) hit Gaza.
 */
static void merge_force(const sent *s, dl_event_vec *out, size_t first) {
  size_t kept = first;
  for (size_t a = first; a < out->len; a++) {
    dl_event *ea = &out->items[a];
    int merged = 0;
    /* "Clashes between Hezbollah and the rebels killed five people": who died in the clashes, by no one else. */
    if (violent_root(ea->code) && !ea->source.present && (!ea->target.present || counted_victims(&ea->target)))
      for (size_t b = first; b < out->len && !merged; b++)
        merged = b != a && violent_root(out->items[b].code) && out->items[b].source.present &&
                 out->items[b].mode == ea->mode;
    /* Only a noun or a participle retells an act: "abducted 200 girls and attacked soldiers" are two. */
    if (!merged && violent_root(ea->code) && ea->source.present &&
        (!ea->target.present || counted_victims(&ea->target)) && retold(s, ea))
      for (size_t b = first; b < out->len && !merged; b++) {
        dl_event *eb = &out->items[b];
        /* The other telling has a target, or is the verb of an untargeted noun: "air strikes killed 15 people". */
        int strong = eb->target.present && !counted_victims(&eb->target);
        int other_verb = !strong && !retold(s, eb) && (ea->pattern && (ea->pattern->flags & VP_NOUN));
        if (b == a || !(strong || other_verb) || eb->mode != ea->mode ||
            eb->source.mention != ea->source.mention || !eb->source.present ||
            memcmp(eb->code->root, ea->code->root, 2) != 0)
          continue;
        if (strcmp(eb->code->code, "190") == 0 && strcmp(ea->code->code, "190") != 0) eb->code = ea->code;
        merged = 1;
      }
    if (!merged) out->items[kept++] = *ea;
  }
  out->len = kept;
}

static int condemned_in_saying(const sent *s, const vgroup *g, slot *target);

/* Nonzero when document tokens a and b are the same word, in the same case. */
static int same_token(const dl_document *doc, uint32_t a, uint32_t b) {
  const dl_token *x = &doc->tokens.items[a], *y = &doc->tokens.items[b];
  return x->len == y->len && memcmp(doc->text.text.data + x->start, doc->text.text.data + y->start, x->len) == 0;
}

/* Nonzero when document token k is the one-byte punctuation c. */
static int doc_punct(const dl_document *doc, uint32_t k, char c) {
  return k < doc->tokens.len && doc->tokens.items[k].len == 1 && doc->text.text.data[doc->tokens.items[k].start] == c;
}

/*
 * Nonzero when a comma closes a description at document token k, maybe
 * after a phrase of place or body: "leader of the Liberal Democrats in the
 * assembly,", "a lawyer for Yukos,".
 */
static int closed_by_comma(const dl_document *doc, uint32_t k) {
  static const char *const preps[] = {"in", "of", "for", "at", "from", "on", "with", "to", NULL};
  if (doc_punct(doc, k, ',')) return 1;
  if (k >= doc->tokens.len) return 0;
  const dl_token *t = &doc->tokens.items[k];
  int prep = 0;
  for (const char *const *w = preps; *w && !prep; w++)
    prep = t->len == strlen(*w) && memcmp(doc->text.text.data + t->start, *w, t->len) == 0;
  for (uint32_t j = k + 1; prep && j < doc->tokens.len && j < k + 7; j++) {
    if (doc_punct(doc, j, ',')) return 1;
    if (doc->tokens.items[j].kind != DL_TOKEN_WORD) return 0;
  }
  return 0;
}

/* How many of the mentions before a name described_actor looks back over: a story's recent people. */
#define DESCRIBED_LOOKBACK 200

/*
 * The actor the name ending at document token at stands for when the story
 * set it off earlier by commas around a role or a body ("Palaniappan
 * Chidambaram, India's finance minister, argued ... Mr Chidambaram is
 * attending"), or gave it as the end of a person's mention ("Planning
 * Minister Julio De Vido ... Mr De Vido said"): that mention, or -1. The
 * dictionaries know such a person only by the other words. A given name
 * before it must be the same ("Kirsty Wallace" is not "Jim Wallace").
 */
static int32_t described_actor(const dl_document *doc, const dl_mention_vec *mentions, uint32_t at) {
  const dl_token *tokens = doc->tokens.items;
  const char *text = doc->text.text.data;
  /* A given name written before the surname: a capitalised word, not a title. */
  int given = at > 0 && tokens[at - 1].kind == DL_TOKEN_WORD && tokens[at - 1].len > 1 &&
              text[tokens[at - 1].start] >= 'A' && text[tokens[at - 1].start] <= 'Z' &&
              text[tokens[at - 1].start + tokens[at - 1].len - 1] != '.' &&
              !(tokens[at - 1].len <= 4 && (memcmp(text + tokens[at - 1].start, "Mr", 2) == 0 ||
                                            memcmp(text + tokens[at - 1].start, "Ms", 2) == 0 ||
                                            memcmp(text + tokens[at - 1].start, "Dr", 2) == 0 ||
                                            memcmp(text + tokens[at - 1].start, "Sir", 3) == 0));
  /* The mentions before the name, the latest first. */
  size_t lo = 0, hi = mentions->len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (mentions->items[mid].first < at) lo = mid + 1;
    else hi = mid;
  }
  for (size_t d = lo, seen = 0; d-- > 0 && seen < DESCRIBED_LOOKBACK; seen++) {
    const dl_mention *m = &mentions->items[d];
    if (m->end > at) continue;
    /* A person's mention that ends with the name: not "Zurich Financial" after "the Financial Times". */
    if (m->kind == MENTION_PERSON && m->end - m->first >= 2 && same_token(doc, m->end - 1, at)) {
      if (!given || same_token(doc, m->end - 2, at - 1)) return (int32_t)d;
      continue;
    }
    /*
     * "Name, [for] a role or a body, ...": a description closed by a comma,
     * of no place ("Herman De Croo, in Washington,"), not the subject of a
     * verb ("paid to Ahmed Salem, the Egyptian ministry said") nor a list
     * ("Mr Kilroy-Silk, MEP Nigel Farage and").
     */
    if (m->kind == MENTION_PERSON || (m->flags & (MENTION_LOCATIVE | MENTION_POSSESSOR)) ||
        !(m->roles[0] || m->kind == MENTION_GROUP) || !closed_by_comma(doc, m->end))
      continue;
    for (uint32_t c = m->first >= 3 ? m->first - 3 : 0; c + 1 < m->first + 1 && c < m->first; c++) {
      if (c == 0 || !doc_punct(doc, c, ',') || !same_token(doc, c - 1, at)) continue;
      /* (The words between the comma and the mention: an article, an owner's name or "for": "Oliver Letwin, for the Tories,".) */
      int plain = 1;
      for (uint32_t w = c + 1; w < m->first; w++)
        if (tokens[w].kind != DL_TOKEN_WORD && tokens[w].kind != DL_TOKEN_POSSESSIVE) plain = 0;
      if (plain && (!given || (c >= 2 && same_token(doc, c - 2, at - 1)))) return (int32_t)d;
    }
  }
  return -1;
}

/*
 * The index after the name when the sentence opens, maybe after "But" or
 * "And", with a courtesy title and a name no dictionary keys, then its
 * verb: "Mr Mubanga is", "Mrs Smith also wrote"; else 0. A title makes the
 * name a person's, whatever the verb.
 */
static uint32_t titled_person_opens(const sent *s) {
  uint32_t i = word_in(s, 0, (const char *const[]){"but", "and", NULL}) ? 1 : 0;
  if (i + 2 >= s->n || !word_in(s, i, courtesy_titles) || s->mention_at[i] >= 0) return 0;
  uint32_t k = i + 1;
  while (k < s->n && k < i + 4 && tag_is(s, k, POS_PROPN) && s->mention_at[k] < 0) k++;
  if (k == i + 1 || k >= s->n) return 0;
  uint32_t surname = k - 1;
  while (k < s->n && tag_is(s, k, POS_ADV)) k++;
  if (!(k < s->n && (tag_is(s, k, POS_AUX) || tag_is(s, k, POS_MODAL) || (tag_is(s, k, POS_VERB) && s->group_at[k] >= 0))))
    return 0;
  return surname + 1;
}

/*
 * The index after the name when the subject of the sentence's first finite
 * verb is a person no dictionary keys who opens it: "IHRC chairman Massoud
 * Shadjareh accused Ms Blears", whatever the verb; else 0. With *related,
 * the subject is an actor's kin or aide, named or not.
 */
static uint32_t unknown_person_opens(const sent *s, int *related) {
  for (size_t k = 0; k < s->ngroups; k++) {
    const vgroup *g = &s->groups[k];
    if (g->infinitive || g->nonfinite || g->relative || g->reduced) continue;
    if (g->subject.n) return 0;
    *related = g->related_subject; /* "Gordon Brown's closest ally has denied" */
    if (*related) return 1;
    /* (Past a verb of the clause on who the person is: "Edward Leigh, who is chairman of the committee, warned".) */
    uint32_t end = person_name_end(s, g);
    /*
     * A saying's speaker is carried with it; any other verb's only after a
     * title: "Jack McConnell was speaking" after "Scotland's first
     * minister" may be that minister named again.
     */
    uint32_t name = end >= 2 ? end - 2 : 0;
    while (name > 0 && end - name < 4 && tag_is(s, name - 1, POS_PROPN) && !word_in(s, name - 1, person_titles)) name--;
    /* (A clause on who the person is says as much: "Edward Leigh, who is chairman of the committee, warned".) */
    /* (...or after one, set off by commas: "The Brexit secretary, David Davis, has hinted".) */
    int titled = (name > 0 && word_in(s, name - 1, person_titles)) ||
                 (name > 1 && word_is(s, name - 1, ",") && word_in(s, name - 2, person_titles)) ||
                 (word_is(s, end, ",") && word_in(s, end + 1, (const char *const[]){"who", "whose", NULL}));
    if (end) return g->reporting || titled ? end : 0;
  }
  return 0;
}

/* Codes one sentence. */
static int code_sentence(sent *s, carry *c, dl_event_vec *out) {
  size_t first_of_sentence = out->len;
  s->has_if = 0;
  for (uint32_t i = 0; i < s->n; i++) {
    s->literal[i] = 0;
    if (word_is(s, i, "if") || word_is(s, i, "unless") || (word_is(s, i, "case") && i > 0 && word_is(s, i - 1, "in")))
      s->has_if = 1;
  }
  /* "Did Al-Abdullah know of protesters who were later killed?": a question tells no act as done; only its asker's is coded. */
  uint32_t last = s->n;
  while (last > 0 && (word_is(s, last - 1, "\"") || word_is(s, last - 1, "'") || word_is(s, last - 1, ")"))) last--;
  s->question = last > 0 && word_is(s, last - 1, "?");
  find_groups(s);
  for (size_t k = 0; k < s->ngroups; k++)
    if (!s->groups[k].has_subject) find_subject(s, k, c);
  /* "Mr Mubanga is the first of the detainees to speak. He told the Observer": the person the sentence opens with. */
  int related = 0;
  uint32_t opener = titled_person_opens(s);
  if (!opener) opener = unknown_person_opens(s, &related);
  if (opener) {
    int actor_subject = 0;
    /* ...unless an actor is the subject of a later clause: "Mr Brown has headed it but Mr Milburn is taking that role". */
    for (size_t k = 0; k < s->ngroups && !actor_subject; k++) {
      const vgroup *g = &s->groups[k];
      if (!g->subject.n || g->infinitive || g->nonfinite || g->relative || g->reduced ||
          mention(s, g->subject.m[0])->sentence != s->index)
        continue;
      /* (A clause of its own, after a conjunction or a comma; not "the first of the detainees freed".) */
      uint32_t at = m_first(s, g->subject.m[0]);
      if (at > 0 && word_in(s, at - 1, courtesy_titles)) at--;
      actor_subject = at > 0 && (tag_is(s, at - 1, POS_CONJ) || tag_is(s, at - 1, POS_SUBORD) || word_is(s, at - 1, ",") ||
                                 word_is(s, at - 1, ";"));
    }
    if (!actor_subject && related) carry_unknown_person(c, s->index);
    else if (!actor_subject) carry_person(s, c, opener - 1);
    if (!actor_subject && c->nsubjects) c->subjects[0].opening = 1;
  }
  find_reporter(s, c);
  size_t reporting_event = SIZE_MAX;
  match report_match;
  memset(&report_match, 0, sizeof report_match);
  /* Verb groups and event nouns in reading order. */
  uint32_t background_end = 0; /* the end of a relative clause between commas */
  for (uint32_t i = 0; i < s->n; i++) {
    int32_t gi = s->group_at[i];
    if (gi >= 0) {
      vgroup *g = &s->groups[gi];
      uint32_t limit = clause_limit(s, g->head + 1);
      match m;
      /* A relative clause between commas is background (below), and so are its event nouns: "the PKK, which has waged an insurgency". */
      if (g->first >= 2 && word_in(s, g->first - 1, relative_words) && word_is(s, g->first - 2, ",")) {
        background_end = limit;
        /* ...up to the comma that closes it: "Russia, which backs Assad, blamed rebels for the attack". */
        for (uint32_t k = g->head + 1; k < limit; k++)
          if (word_is(s, k, ",")) {
            background_end = k;
            break;
          }
      }
      /* A verb an earlier pattern has used ("threatened to expel", "agreed to withdraw") is coded already. */
      if (s->literal[g->head] || g->going_to) continue;
      if (poll_finding(s, g) || said_level(s, g)) continue;
      /* "Seidman, asked whether the rout was a reason, said": one who was asked, and asks nothing. */
      if (lemma_is(s, g->head, "ask") && g->first == g->head && g->first > 0 && word_is(s, g->first - 1, ",") &&
          word_in(s, g->head + 1, (const char *const[]){"whether", "if", "about", "what", "how", "why", "when", NULL})) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "are hardly likely to attack": the writer's guess at an act, which no one did, threatened or meant. */
      if (g->infinitive && g->first >= 2 &&
          word_in(s, g->first - 2, (const char *const[]){"likely", "unlikely", NULL})) {
        carry_group_subject(s, c, g);
        continue;
      }
      if (g->first == g->head && holding_description(s, g->head)) continue;
      /* "Striking Brazilian seamen held talks": workers on strike, named by the gerund before them. */
      if (g->first == g->head && tag(s, g->head)->form == VF_GERUND && lemma_is(s, g->head, "strike") &&
          g->head + 1 < s->n && s->mention_at[g->head + 1] >= 0 && m_first(s, s->mention_at[g->head + 1]) == g->head + 1 &&
          (g->head == 0 || tag_is(s, g->head - 1, POS_DET) || tag_is(s, g->head - 1, POS_PUNCT) ||
           tag_is(s, g->head - 1, POS_PREP) || tag_is(s, g->head - 1, POS_CONJ)))
        continue;
      /* "USAir Group's proposed acquisition", "the agreed ceasefire": a participle between a determiner and its noun describes it. */
      /* (Past a wire ticker: "USAir Group's <U> proposed acquisition".) */
      if (g->first == g->head && g->head > 0 && g->head + 1 < s->n &&
          (tag(s, g->head)->form == VF_PAST || tag(s, g->head)->form == VF_PARTICIPLE) &&
          s->mention_at[g->head + 1] < 0 && tag_is(s, g->head + 1, POS_NOUN)) {
        uint32_t b = g->head - 1;
        if (word_is(s, b, ">") && b >= 3 && word_is(s, b - 2, "<")) b -= 3;
        if (tag_is(s, b, POS_DET) || tag_is(s, b, POS_POSS) || tag_is(s, b, POS_POSSESSIVE)) continue;
      }
      if (!g->relative && as_before(s, g)) {
        if (repeat_event(s, g, out, first_of_sentence) != DL_OK) return DL_ENOMEM;
        continue;
      }
      if (!best_match(s, 0, g->head, limit, g->passive, passive_subject_noun(s, g), &m)) {
        if (g->must && obligation(s, (size_t)gi, out, first_of_sentence) != DL_OK) return DL_ENOMEM;
        /* "John Prescott spoke in London. He accused the Tories": the main clause's person is whom "he" stands for next, event or not. */
        /* (The first clause only: "Giuliani made the comments after saying that Trump did not sign" is Giuliani's.) */
        /* (A person only: "Germany's economy stalled. It said" is no country.) */
        if (g->subject.n == 1 && !g->relative && !g->infinitive && !g->nonfinite && !g->reduced &&
            !finite_clause_before(s, g->first) &&
            (pronoun_agrees(s, &g->subject, PRONOUN_HE) || pronoun_agrees(s, &g->subject, PRONOUN_SHE)))
          carry_group_subject(s, c, g);
        continue;
      }
      if (verb_pattern_is_null(m.p)) {
        /* "met its fiscal rules": a null pattern says these words are no event; its subject is still the last one. */
        mark_literals(s, &m, g->head);
        carry_group_subject(s, c, g);
        continue;
      }
      vgroup *governor = NULL;
      if (g->infinitive)
        for (size_t k = (size_t)gi - (g->coordinated ? 1 : 0); k-- > 0;)
          if (s->groups[k].head < g->first) {
            governor = &s->groups[k];
            break;
          }
      /* A purpose clause ("carry out strikes to support X") is a goal, not an event, when its verb's own act matched. */
      if (g->infinitive && governor && governor->matched && !governor->intent_verb && !govern_kind_of(s, governor) &&
          !lemma_in(s, governor->head, refusal_verbs) && !lemma_in(s, governor->head, threat_verbs))
        continue;
      /* "Mr Hague, who stepped down after the 2001 defeat,": a clause between commas gives background, not news. */
      if (g->first >= 2 && word_in(s, g->first - 1, relative_words) && word_is(s, g->first - 2, ",")) continue;
      /* "the causes he supports", "the reforms they promised": a relative clause with no "that" says what the noun is. */
      /* (A noun its article or adjective opens, and no time: "last week they blew up the waterworks" is an act; nor one
          with its own target: "one topic he will be discussing with British policymakers".) */
      if (!g->reporting && !g->passive && !m.target.n && g->first >= 3 && tag_is(s, g->first - 1, POS_PRON) &&
          word_in(s, g->first - 1, (const char *const[]){"he", "she", "they", "we", "it", NULL}) &&
          tag_is(s, g->first - 2, POS_NOUN) && s->mention_at[g->first - 2] < 0 && !word_in(s, g->first - 2, time_nouns) &&
          (tag_is(s, g->first - 3, POS_DET) || tag_is(s, g->first - 3, POS_ADJ) || tag_is(s, g->first - 3, POS_POSS) ||
           tag_is(s, g->first - 3, POS_NUM) || tag_is(s, g->first - 3, POS_POSSESSIVE)) &&
          !object_follows(s, g->head) &&
          !(g->head + 1 < s->n && (tag_is(s, g->head + 1, POS_DET) || tag_is(s, g->head + 1, POS_NOUN) ||
                                   tag_is(s, g->head + 1, POS_PROPN) || tag_is(s, g->head + 1, POS_PRON))) &&
          !said_just_before(s, g->first) && finite_clause_before(s, g->first - 2))
        continue; /* (after a clause's verb: "In our report we ask for" opens with a phrase, no noun described) */
      /* "the coalition to defeat Isis", "an invitation to visit Turkey": what a body or a plan is for, not an act. */
      /* (A passive one tells what was done to the noun: "the latest critic to be arrested by Saudi police".) */
      /* (But a chance taken is the act done: "seized the opportunity to arrest three commanders".) */
      if (g->infinitive && !(g->passive && agent_follows(s, g->head + 1)) && g->first >= 2 && word_is(s, g->first - 1, "to") &&
          tag_is(s, g->first - 2, POS_NOUN) && s->mention_at[g->first - 2] < 0 && !chance_taken(s, g)) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "120,000 people have arrived in Europe by sea": migrants or civilians arriving pay no one a visit. */
      if (lemma_is(s, g->head, "arrive") && g->subject.n && m.p->code[0] == '0' && m.p->code[1] == '4' &&
          (strncmp(mention(s, g->subject.m[0])->roles, "CVL", 3) == 0 ||
           strncmp(mention(s, g->subject.m[0])->roles, "REF", 3) == 0)) {
        carry_group_subject(s, c, g);
        continue;
      }
      /*
       * "Germany called the arrest of Turkish journalists unacceptable": the
       * blame is for the act, whose doer the sentence does not name; those it
       * was done to are not blamed, and the act noun codes the act.
       */
      if (strcmp(m.p->code, "111") == 0 && m.target.n &&
          lemma_in(s, g->head, (const char *const[]){"call", "describe", "characterise", "characterize", NULL})) {
        uint32_t t = m_first(s, m.target.m[0]);
        while (t > 0 && (tag_is(s, t - 1, POS_DET) || tag_is(s, t - 1, POS_NUM) || tag_is(s, t - 1, POS_ADJ))) t--;
        if (t >= 2 && word_is(s, t - 1, "of") && s->mention_at[t - 2] < 0 && lemma_in(s, t - 2, harm_act_nouns)) {
          carry_group_subject(s, c, g);
          continue;
        }
      }
      /*
       * "China has added 90,000 tonnes of wheat to its purchases", "he felt it
       * added "fizz" to his campaign": adding an amount or a thing, with no
       * clause of what was said after it, is no statement.
       */
      if (lemma_is(s, g->head, "add") && strcmp(m.p->code, "010") == 0 && !g->passive && added_thing(s, g->head + 1)) {
        carry_group_subject(s, c, g);
        continue;
      }
      g->matched = 1;
      /* "claimed responsibility", "announced a suspension": a reporting verb with an object is an act. */
      if (g->reporting && m.p->weight > 1 && m.score >= 4) g->reporting = 0;
      if (embedded_act(s, (size_t)gi, &m, out, first_of_sentence)) {
        g->coded = 1;
        continue;
      }
      if (g->reporting) {
        if (reporting_event == SIZE_MAX) {
          reporting_event = (size_t)gi;
          report_match = m;
        }
        /* "Mr Mubanga said ... But he refused": a speaker no dictionary knows is whom "he" stands for next. */
        /* ...and so is a speaker named before the verb: "Afghan officials said the talks had failed. They accused". */
        /*
         * (One named after what was said is whom a later saying's pronoun
         * stands for, ", the ministry said. It said", but not an act's:
         * ", Ukrainian officials said. They killed" are not the officials.)
         */
        if (carry_group_subject(s, c, g)) {
          c->subjects[0].speaker = 1;
          if (!speaker_opens(s, g)) c->subjects[0].trailing = 1;
          else if (!g->relative && !g->infinitive && !g->nonfinite) c->subjects[0].opening = 1;
        }
        continue;
      }
      mark_literals(s, &m, g->head);
      literal_target(s, g, &m);
      purpose_target(s, (size_t)gi, limit, &m);
      shared_object_target(s, (size_t)gi, &m);
      protest_target(s, g->head, limit, &m);
      trailing_target(s, limit, &g->subject, &m);
      holder_target(s, g->head, &g->subject, &m);
      possessor_target(s, g->head, &g->subject, &m);
      message_target(s, g->head, limit, &g->subject, &m);
      complaint_target(s, m.end, &g->subject, &m);
      demanded_of(s, g, &m);
      pronoun_object_target(s, g, &m);
      /* PETRARCH's patterns name no target: theirs is the first actor after the verb. */
      if (!m.target.n && (m.p->flags & VP_PETRARCH) && !g->passive)
        for (uint32_t k = g->head + 1; k < limit && !m.target.n; k++)
          if (s->mention_at[k] >= 0 && !(g->subject.n && g->subject.m[0] == s->mention_at[k])) slot_add(&m.target, s->mention_at[k]);
      /* 'a "serious blow" had been struck against Isis': a blow struck is a setback, no force. */
      if (g->passive && lemma_in(s, g->head, (const char *const[]){"strike", "deal", "deliver", NULL})) {
        int blow = 0;
        for (uint32_t k = g->first; k-- > 0 && g->first - k <= 4 && !blow;) blow = lemma_is(s, k, "blow");
        if (blow) continue;
      }
      /* "threatened to send troops": the threat coded already takes the act's threat code; the act is not done. */
      if (governor && governor->coded && lemma_in(s, governor->head, threat_verbs)) {
        const cameo_code *tc = threat_of(s, m.p);
        int taken = 0;
        for (uint32_t e = governor->ev_first; tc && e < governor->ev_end && e < out->len; e++)
          if (strcmp(out->items[e].code->code, "130") == 0) {
            out->items[e].code = tc;
            taken = 1;
          }
        /* "threatened to retaliate and impose sanctions on the Netherlands": a second act threatened is a threat too. */
        if (tc && !taken && g->coordinated && governor->ev_first < governor->ev_end && governor->ev_end <= out->len) {
          dl_event ev = out->items[governor->ev_first];
          ev.code = tc;
          ev.verb_first = s->base + g->first;
          ev.verb_end = s->base + g->head + 1;
          ev.lemma = verb_str(&s->tables->verbs, m.p->head);
          ev.pattern = m.p;
          literal_target(s, g, &m);
          if (m.target.n) set_actor(s, &ev.target, m.target.m[0]);
          if (emit(s, out, first_of_sentence, &ev) != DL_OK) return DL_ENOMEM;
        }
        g->coded = 1;
        continue;
      }
      const verb_pattern *as_event = event_subject(s, g);
      event_mode mode = group_mode(s, g, governor);
      const cameo_code *forced = NULL;
      s->scope_first = g->first;
      if (g->subject.n && m_first(s, g->subject.m[0]) < g->first &&
          mention(s, g->subject.m[0])->sentence == s->index)
        s->scope_first = m_first(s, g->subject.m[0]);
      s->scope_end = limit;
      /* "refused to release", "will not accept": a refusal; "threatened to cut ties", "would attack if": a threat. */
      int refused = (g->negated && (g->future || g->would)) ||
                    (governor && !governor->coded && lemma_in(s, governor->head, refusal_verbs));
      if (refused && (forced = refusal_of(s, m.p)) != NULL) mode = MODE_ASSERTED;
      /* "declined to confirm or deny the report", "refused to deny claims": no comment (011), not the saying. */
      if (refused && !forced && governor && m.p->code[0] == '0' && m.p->code[1] == '1' && m.p->code[2] <= '6') {
        forced = find_code(s, "011");
        mode = MODE_ASSERTED;
      }
      if (as_event) forced = find_code(s, as_event->code);
      /* "if the Turks attack": the condition itself, neither an offer nor a threat; what follows it may be. */
      int condition = in_condition(s, g);
      /* (What one is allowed to do under a condition is no threat: "if Assad is allowed to continue to persecute".) */
      int threat = (governor && !governor->coded && lemma_in(s, governor->head, threat_verbs)) || threat_noun_before(s, g) ||
                   (mode == MODE_HYPOTHETICAL && s->has_if && !condition && !empowered(s, g) &&
                    !(governor && empowered(s, governor)));
      /* "public service workers could strike if ministers scrap the scheme": workers strike by walking out (143). */
      /* (Not one with an object: "Mitsubishi has struck a deal".) */
      if (!forced && lemma_is(s, g->head, "strike") && !m.target.n && g->subject.n &&
          working_people(s, &g->subject) && !object_follows(s, g->head) &&
          !(g->head + 1 < s->n &&
            (tag_is(s, g->head + 1, POS_NOUN) || tag_is(s, g->head + 1, POS_ADJ) || tag_is(s, g->head + 1, POS_DET) ||
             tag_is(s, g->head + 1, POS_POSS) || tag_is(s, g->head + 1, POS_NUM) || tag_is(s, g->head + 1, POS_PROPN) ||
             tag_is(s, g->head + 1, POS_PRON) ||
             s->mention_at[g->head + 1] >= 0) &&
            !word_in(s, g->head + 1, (const char *const[]){"next", "last", "this", "today", "tomorrow", "again", NULL}))) {
        forced = find_code(s, threat ? "133" : "143");
        if (threat && mode != MODE_HYPOTHETICAL) mode = MODE_ASSERTED;
      }
      if (!forced && threat && (forced = threat_of(s, m.p)) != NULL && mode != MODE_HYPOTHETICAL) mode = MODE_ASSERTED;
      /* "whether Assad's forces used chemical weapons": the act in question, not one offered or threatened. */
      /* ...nor is one required ("must give", "has to release"), in one's power ("can jail") or risked ("risk being wiped out"). */
      if (!forced && (condition || in_whether(s, g) || in_purpose(s, g) || asked_for(s, g) || g->must || g->can || empowered(s, g) || (governor && empowered(s, governor)) ||
                      (governor && governor->can) || able_to(s, g) || risked(s, g)))
        forced = find_code(s, m.p->code);
      if (!forced && !g->passive && unarmed_at_odds(s, g, &m)) forced = find_code(s, "111");
      /* "Eight protesters who stormed the House of Commons chamber": protesters who storm riot (145), they make no war. */
      if (!forced && !g->passive && strncmp(m.p->code, "19", 2) == 0 && lemma_is(s, g->head, "storm") &&
          g->subject.n && street_protesters(s, &g->subject))
        forced = find_code(s, "145");
      /* "militants bombed the pipeline": those with no aircraft bomb by hand (183), not from the air (195). */
      if (!forced && !g->passive && strcmp(m.p->code, "195") == 0 && lemma_is(s, g->head, "bomb") &&
          no_air_force(s, &g->subject) && !aircraft_named(s, limit))
        forced = find_code(s, "183");
      /*
       * "trade unions fighting change", "prosecutors have targeted a ranch":
       * force (19) at no one by those who bear no arms, and neither rule nor crowd, is a figure of speech.
       */
      if (!forced && !g->passive && !m.target.n && m.p->code[0] == '1' && m.p->code[1] == '9' &&
          all_unarmed(s, &g->subject) && !crowd_or_rulers_in(s, &g->subject) && !street_clash(s, g)) {
        carry_group_subject(s, c, g);
        continue;
      }
      /*
       * "Gordon Brown has hit first time buyers", "Lib Dems target
       * first-time buyers": a politician or a party hits no one with force;
       * the blow is a policy's, at people no dictionary names.
       */
      if (!forced && !g->passive && !m.target.n && m.p->code[0] == '1' && m.p->code[1] == '9' &&
          g->subject.n == 1 && all_unarmed(s, &g->subject) &&
          (mention(s, g->subject.m[0])->kind == MENTION_PERSON || strstr(mention(s, g->subject.m[0])->roles, "OPP") ||
           strstr(mention(s, g->subject.m[0])->roles, "PTY") || pronoun_agrees(s, &g->subject, PRONOUN_HE) ||
           pronoun_agrees(s, &g->subject, PRONOUN_SHE)) &&
          lemma_in(s, g->head, (const char *const[]){"hit", "hammer", "clobber", "target", NULL}) &&
          g->head + 1 < s->n && (tag_is(s, g->head + 1, POS_NOUN) || tag_is(s, g->head + 1, POS_ADJ) ||
                                 tag_is(s, g->head + 1, POS_DET) || tag_is(s, g->head + 1, POS_NUM) ||
                                 tag_is(s, g->head + 1, POS_PRON))) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "3,000 refugees have crossed the border into Syria": people who flee or go home cross it with no force, */
      /* ...and so does one person: "he has crossed the border into Iraq's Anbar province". */
      if (!forced && m.p->code[0] == '1' && m.p->code[1] == '9' && lemma_is(s, g->head, "cross") && g->subject.n) {
        int fleeing = 1;
        for (size_t k = 0; k < g->subject.n; k++) {
          const dl_mention *x = mention(s, g->subject.m[k]);
          if (!strstr(x->roles, "REF") && !strstr(x->roles, "CVL") && x->kind != MENTION_PERSON) fleeing = 0;
        }
        /* (Not one who leads men across: "crossed the border into Tunisia with his forces".) */
        for (uint32_t k = g->head + 1; k < limit && fleeing; k++)
          if (word_is(s, k, "with")) fleeing = 0;
        if (fleeing) {
          carry_group_subject(s, c, g);
          continue;
        }
      }
      /*
       * "The fighting has displaced 40,000 people", "Syrians displaced into
       * Lebanon": people displaced with no one named to have driven them out
       * were not expelled.
       */
      if (lemma_is(s, g->head, "displace") &&
          (!g->subject.n || g->passive || g->reduced || !strncmp(mention(s, g->subject.m[0])->roles, "CVL", 3) ||
           /* (with no object it is a passive: "Syrians displaced into Lebanon") */
           g->head + 1 >= s->n || tag_is(s, g->head + 1, POS_PREP) || tag_is(s, g->head + 1, POS_PUNCT))) {
        int agent = 0;
        for (uint32_t k = g->head + 1; k + 1 < limit && !agent; k++)
          agent = word_is(s, k, "by") && s->mention_at[k + 1] >= 0 && m_first(s, s->mention_at[k + 1]) == k + 1 &&
                  !(m_end(s, s->mention_at[k + 1]) < s->n && tag_is(s, m_end(s, s->mention_at[k + 1]), POS_POSSESSIVE));
        if (!agent || (!g->passive && !g->reduced && g->head + 1 < s->n && !tag_is(s, g->head + 1, POS_PREP))) {
          carry_group_subject(s, c, g);
          continue;
        }
      }
      /* Civilians and refugees expel no one: "... half a million Syrians and displaced half the population, forcing six million to flee". */
      if (strncmp(m.p->code, "201", 3) == 0 && !g->passive && g->subject.n &&
          (!strncmp(mention(s, g->subject.m[0])->roles, "CVL", 3) || !strncmp(mention(s, g->subject.m[0])->roles, "REF", 3))) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "The yen's rise has hit Japan hard", "sluggish economy hits German jobs": force by a thing, no weapon, is none. */
      /* ...nor is force done by a thing the gerund follows: "poster plans attacking Mr Howard". */
      if (!forced && !g->passive && m.p->code[0] == '1' && m.p->code[1] >= '8' && !g->subject.n && g->subject.filled &&
          (economic_subject(s, g) || g->thing_subject))
        continue;
      /* "The police could arrest them": what may be done keeps its own code, not a threat's (with no "if" to make one). */
      if (!forced && g->maybe && !s->has_if) forced = find_code(s, m.p->code);
      if (g->describes_thing && !(m.p->code[0] == '1' && m.p->code[1] >= '8') && !(m.p->code[0] == '2')) continue;
      /* "are said to have declared": what others suppose is told by the infinitive; no one here says it. */
      if (g->passive && g->head + 1 < s->n && word_is(s, g->head + 1, "to") && lemma_in(s, g->head, supposing_verbs)) {
        carry_group_subject(s, c, g);
        continue;
      }
      if (s->question && !g->reporting) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "we cannot comment", "I can't say": a statement not made is no event, and leaves the speaker's own. */
      if (g->negated && strcmp(m.p->code, "010") == 0) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "British jihadists who fought with Isis", "fighting for the YPG": a side one fights on is no target of force. */
      if (lemma_is(s, g->head, "fight") && m.target.n && m.p->code[0] == '1' && (m.p->code[1] == '9' || m.p->code[1] == '3') &&
          fights_alongside(s, g, m_first(s, m.target.m[0]))) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "helped foment a rebellion", "helping to heal wounds": help to do a thing is no aid; the thing done is the act. */
      if (lemma_is(s, g->head, "help") && helps_to_act(s, g)) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "the gossip surrounding his rift", "the uncertainty that surrounds the case": only someone surrounds. */
      if (lemma_is(s, g->head, "surround") && !g->passive && !g->subject.n) {
        carry_group_subject(s, c, g);
        continue;
      }
      /*
       * "Google released software", "he returned to the UK": a release or
       * return of no one named frees no one; refugees who return home are
       * the returned.
       */
      if (!g->passive && !m.target.n && strncmp(m.p->code, "084", 3) == 0 &&
          !people_object(s, g->head + 1) && !returned_to_actor(s, g->head + 1)) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "when they push back", "pushed back against the plan": pushing back at no one named is resistance in words, not force. */
      /* (Armed forces that push back counter-attack: "Ukrainian forces pushed back near Kharkiv".) */
      if (!forced && !g->passive && m.p->code[0] == '1' && (m.p->code[1] == '9' || m.p->code[1] == '3') &&
          lemma_is(s, g->head, "push") && word_is(s, g->head + 1, "back") &&
          (word_in(s, g->head + 2, (const char *const[]){"against", "on", NULL}) ||
           (!m.target.n && !(g->subject.n && !unarmed(s, g->subject.m[0]))))) {
        carry_group_subject(s, c, g);
        continue;
      }
      /* "handsets from NEC and Fujitsu have been released": things from a firm released free no one of it. */
      if (g->passive && g->subject.n && strncmp(m.p->code, "084", 3) == 0) {
        uint32_t t0 = m_first(s, g->subject.m[0]);
        /* (back over the list the one named ends: "from NEC, Fujitsu and Mitsubishi"; a subject carried from */
        /* another sentence has none here) */
        while (t0 > 0 && t0 <= g->first && (s->mention_at[t0 - 1] >= 0 || tag_is(s, t0 - 1, POS_PROPN) || word_is(s, t0 - 1, ",") ||
                          word_is(s, t0 - 1, "and")))
          t0--;
        if (t0 >= 2 && t0 < g->first && word_is(s, t0 - 1, "from") && tag_is(s, t0 - 2, POS_NOUN) &&
            thing_object(s, t0 - 2)) {
          carry_group_subject(s, c, g);
          continue;
        }
      }
      /* "British Airways has blamed high fuel prices": blame laid on no one is no accusation; and "what smugglers were */
      /* charging", "charging 50% income tax" are prices, not charges laid ("charged 14 suspects", "charged him" are). */
      if (!m.target.n && ((lemma_is(s, g->head, "blame") && !blame_on_someone(s, g)) ||
                          (lemma_is(s, g->head, "charge") && !g->passive && strncmp(m.p->code, "115", 3) == 0 &&
                           price_charged(s, g->head + 1)))) {
        carry_group_subject(s, c, g);
        continue;
      }
      if (!forced && seized_place(s, g, &m)) forced = find_code(s, "192");
      /* "released about 4,900 tonnes of tin to two firms": a thing released, not people, is property (0842). */
      if (!forced && !g->passive && strcmp(m.p->code, "0841") == 0 && lemma_in(s, g->head, (const char *const[]){"release", "free", NULL}) &&
          !object_follows(s, g->head) && thing_object(s, g->head + 1))
        forced = find_code(s, "0842");
      /* "returned more than 500 industrial companies to private ownership": firms returned are property too. */
      if (!forced && !g->passive && strcmp(m.p->code, "0841") == 0 && m.target.n && g->subject.n &&
          mention(s, m.target.m[0])->kind != MENTION_PERSON && strncmp(mention(s, m.target.m[0])->roles, "BUS", 3) == 0 &&
          m_first(s, m.target.m[0]) <= g->head + 4)
        forced = find_code(s, "0842");
      if (!forced && strcmp(m.p->code, "130") == 0 && lemma_is(s, g->head, "warn") && warning_without_threat(s, (size_t)gi))
        forced = find_code(s, "012");
      if (!forced && strcmp(m.p->code, "043") == 0 && lemma_is(s, g->head, "welcome") && welcomes_thing(s, g->head))
        forced = find_code(s, "051");
      /* '"Why are we fighting for our enemy?" Trump asked': a question quoted is said, not a request. */
      if (!forced && lemma_is(s, g->head, "ask") && question_quoted_before(s, g->first) &&
          (g->head + 1 >= s->n || tag_is(s, g->head + 1, POS_PUNCT) || tag_is(s, g->head + 1, POS_PREP) ||
           tag_is(s, g->head + 1, POS_ADV))) {
        forced = find_code(s, "010");
        memset(&m.target, 0, sizeof m.target);
      }
      size_t before = out->len;
      int voice = g->passive ? 1 + g->reduced : 0; /* 2: a reduced passive, whose reporter is not its agent */
      if (code_match(s, &m, &g->subject, voice, mode, s->base + g->first, s->base + m.head_end, out,
                     first_of_sentence, forced) != DL_OK)
        return DL_ENOMEM;
      g->ev_first = (uint32_t)before;
      g->ev_end = (uint32_t)out->len;
      if (out->len > before) {
        g->coded = 1;
        third_country(s, out, before, s->base + m.head_end);
        /* "pledged to oppose the bill": the act promised is the event, not a pledge of support besides. */
        if (governor && governor->intent_verb && mode == MODE_INTENT)
          drop_bare_pledge(out, governor, g);
      }
      carry_group_subject(s, c, g);
      continue;
    }
    /* A noun inside an actor's name ("aid workers") or one a pattern has used is no event of its own. */
    if (tag(s, i)->pos != POS_NOUN || s->literal[i] || i < background_end || s->question) continue;
    /* ...except in "Israeli air strikes", where the demonym describes the act's nouns. */
    int32_t describes = s->mention_at[i];
    if (describes >= 0 && (!(mention(s, describes)->flags & MENTION_DESCRIBES) || m_first(s, describes) == i))
      continue;
    match m;
    uint32_t limit = clause_limit(s, i + 1);
    if (!best_match(s, 1, i, limit, 0, NO_NOUN, &m)) continue;
    mark_literals(s, &m, i);
    if (verb_pattern_is_null(m.p)) continue;
    /* "its proposal to allow foreign ownership": what is proposed, asked of no one. */
    if (lemma_in(s, i, (const char *const[]){"proposal", "suggestion", NULL}) && m.head_end == i + 1 &&
        tag_is(s, i + 1, POS_TO))
      continue;
    /* "its killing machine", "housing schemes", "a funding program": a gerund that describes a thing is no act. */
    if (m.head_end == i + 1 && lemma_has(s, i, "ing") &&
        tag_is(s, i + 1, POS_NOUN) && s->mention_at[i + 1] < 0 && !word_in(s, i + 1, time_nouns) &&
        !lemma_in(s, i + 1, (const char *const[]){"campaign", "raid", "spree", "mission", "operation", "attack", "run",
                                                  "offensive", "war", NULL}))
      continue;
    /* The actor named before the noun is its source: "Taliban offensives", "Israeli air strikes". */
    if (!m.source.n && describes >= 0) slot_add(&m.source, describes);
    /* "US demand for heating oil", "JAPANESE DEMAND FOR U.K. GILTS": a country's market, with no article or possessive. */
    /* (The market's word is singular: "Palestinian demands for a halt" are theirs.) */
    if (word_is(s, i, "demand") && word_is(s, i + 1, "for") && i > 0) {
      int32_t market = describes >= 0 ? describes : s->mention_at[i - 1];
      if (market >= 0 && mention(s, market)->kind == MENTION_COUNTRY && !mention(s, market)->roles[0] &&
          !(mention(s, market)->flags & MENTION_POSSESSOR) &&
          !tag_is(s, m_first(s, market), POS_DET) && !(m_first(s, market) > 0 && tag_is(s, m_first(s, market) - 1, POS_DET)))
        continue;
    }
    const vgroup *light_group = light_verb_group(s, i);
    const slot *light = light_group ? &light_group->subject : NULL;
    if (!m.source.n && light) m.source = *light;
    /* "the Assad regime was behind the chemical attack": who was behind an act did it. */
    /* (Of force only: "Germany is fully behind the sanctions" backs them.) */
    const cameo_code *own_code = find_code(s, m.p->code);
    const vgroup *behind = m.source.n || !own_code || !violent_root(own_code) ? NULL : behind_group(s, i);
    if (behind) m.source = behind->subject;
    slot no_subject;
    memset(&no_subject, 0, sizeof no_subject);
    trailing_target(s, limit, light ? light : &no_subject, &m);
    if (!m.source.n) {
      uint32_t j = i;
      while (j > 0 && (tag_is(s, j - 1, POS_NOUN) || tag_is(s, j - 1, POS_ADJ)) && s->mention_at[j - 1] < 0) j--;
      if (j > 0 && s->mention_at[j - 1] >= 0) {
        int32_t x = s->mention_at[j - 1];
        const dl_mention *mx = mention(s, x);
        /* "the London meeting" (a place); "the Paris attacks": a city before force is where it was done. */
        int where = (mx->flags & MENTION_LOCATIVE) ||
                    (!(mx->flags & MENTION_POSSESSOR) && !mx->roles[0] && violent_root(find_code(s, m.p->code)) &&
                     (mx->place || (mx->entry && mx->entry->kind == LEX_CAPITAL)));
        /* ...and one with a role right before the noun, in a phrase or not: "as a Turkish military assault on Afrin". */
        /* (Not a participle the tagger took for a noun, "rebels fighting to overthrow", nor firms' "investor demand".) */
        int modifier = j == i && mx->roles[0] && !(mx->flags & MENTION_LOCATIVE) && !strstr(mx->roles, "BUS") &&
                       !(s->lem_len[i] > 4 && memcmp(s->lem[i] + s->lem_len[i] - 3, "ing", 3) == 0);
        /* (Not one told, before what was told: "Mr Straw told a Commons select committee human rights concerns remained".) */
        uint32_t before = m_first(s, x);
        while (before > 0 && tag_is(s, before - 1, POS_DET)) before--;
        int told = before > 0 && s->group_at[before - 1] >= 0 &&
                   lemma_in(s, before - 1, (const char *const[]){"tell", "inform", "assure", "remind", "brief", NULL});
        if (!where && !told && (!in_pp(s, x) || (mx->flags & MENTION_POSSESSOR) || modifier)) slot_add(&m.source, x);
      } else if (j > 1 && tag_is(s, j - 1, POS_POSSESSIVE) && s->mention_at[j - 2] >= 0) {
        slot_add(&m.source, s->mention_at[j - 2]);
      } else if (j > 0 && tag_is(s, j - 1, POS_POSS) && !word_is(s, j - 1, "whose")) {
        possessor_subject(s, j - 1, c, &m.source);
      } else if (j > 2 && word_is(s, j - 1, "whose") && word_is(s, j - 2, ",") && s->mention_at[j - 3] >= 0 &&
                 lemma_in(s, i, (const char *const[]){"attack", "offensive", "raid", "campaign", "strike", "assault",
                                                      "incursion", "invasion", "crackdown", "threat", "criticism",
                                                      "support", "backing", "demand", "call", "bombardment", "shelling",
                                                      "occupation", "siege", "blockade", "sanction", NULL})) {
        /* "al-Qaida, whose attacks on New York": the actor the relative clause is about (not "Saleh, whose killing"). */
        slot_add(&m.source, s->mention_at[j - 3]);
      }
    }
    /* "the siege of eastern Ghouta by the Syrian military": the actor after "by" did it, whatever the target slot read. */
    if (!m.source.n && m.target.n) {
      uint32_t f = m_first(s, m.target.m[0]);
      if (f > 0 && tag_is(s, f - 1, POS_DET)) f--;
      if (f > 0 && word_is(s, f - 1, "by")) {
        m.source = m.target;
        memset(&m.target, 0, sizeof m.target);
      }
    }
    /* ...and one after its target: "the kidnapping of the ambassador by Taliban insurgents". */
    if (!m.source.n && m.end < limit && agent_follows(s, m.end)) {
      uint32_t a = m.end + 1;
      if (tag_is(s, a, POS_DET)) a++;
      slot_add(&m.source, s->mention_at[a]);
    }
    /* "the fight against Isis advanced", "the defeat of Isis": a campaign or a goal named, with no one doing it. */
    if (!m.source.n && m.p->code[0] >= '1' && m.p->code[1] >= '8' &&
        lemma_in(s, i, (const char *const[]){"defeat", "destruction", "fight", "war", "struggle", "campaign",
                                              "elimination", "eradication", NULL}))
      continue;
    if (embedded_noun(s, i, &m, out)) continue;
    /* "Google's release of its search tool"; not "the release of 82 schoolgirls". */
    if (!m.target.n && strncmp(m.p->code, "084", 3) == 0 && !(word_is(s, i + 1, "of") && people_object(s, i + 2)))
      continue;
    /* "its legal battle with Apple", "a price war", "a charm offensive": a contest of words, prices or lawyers. */
    if (i > 0 && m.p->code[0] == '1' && m.p->code[1] >= '8' && word_in(s, i - 1, contest_words) &&
        lemma_in(s, i, (const char *const[]){"battle", "fight", "fighting", "war", "offensive", "attack", "assault",
                                             "clash", "struggle", "campaign", "blitz", NULL}))
      continue;
    adverbial_target(s, i, &m);
    s->scope_first = i;
    s->scope_end = limit;
    slot none;
    memset(&none, 0, sizeof none);
    event_mode mode = noun_mode(s, i);
    /* "Iran was allegedly behind the attacks", "may have been behind": the mode of being behind it. */
    if (behind && mode == MODE_ASSERTED) {
      mode = group_mode(s, behind, NULL);
      /* "Iran denied it was behind the attack": a denial. */
      for (size_t k = 0; k < s->ngroups; k++)
        if (s->groups[k].head < behind->first && s->groups[k].head + 4 >= behind->first &&
            lemma_in(s, s->groups[k].head, (const char *const[]){"deny", "reject", "dismiss", NULL}))
          mode = MODE_NEGATED;
      for (uint32_t k = behind->head + 1; k < i; k++)
        if (word_in(s, k, (const char *const[]){"allegedly", "reportedly", "purportedly", "supposedly", NULL}))
          mode = MODE_ALLEGED;
    }
    /* "I'm not organising an investigation", "would launch an offensive": the light verb's mode. */
    if (light_group && mode == MODE_ASSERTED) mode = group_mode(s, light_group, NULL);
    /* "if it believes attacks on the UK are imminent": an act named in a condition is not done. */
    if (mode == MODE_ASSERTED) {
      size_t k = s->ngroups;
      while (k > 0 && s->groups[k - 1].head > i) k--;
      if (k > 0 && clause_limit(s, s->groups[k - 1].head + 1) > i && in_condition(s, &s->groups[k - 1]))
        mode = MODE_HYPOTHETICAL;
    }
    /* "any attack against Syria", "the expected offensive": a guess keeps its own code; a plan takes its intent code. */
    const cameo_code *own = mode == MODE_HYPOTHETICAL || mode == MODE_NEGATED ? find_code(s, m.p->code) : NULL;
    /* "The clash between Yukos and the Kremlin": a clash or a fight of those who bear no arms is of words (111). */
    /* (Not one of civilians, nor a deadly one: "the most lethal clash between US and Russian citizens".) */
    if (!own && m.p->code[0] == '1' && m.p->code[1] == '9' &&
        lemma_in(s, i, (const char *const[]){"clash", "fight", "battle", "confrontation", NULL}) && m.source.n &&
        all_unarmed(s, &m.source) && (!m.target.n || all_unarmed(s, &m.target)) &&
        !words_codes_any(street_roles, sizeof street_roles / sizeof *street_roles, mention(s, m.source.m[0])->roles) &&
        !(m.target.n &&
          words_codes_any(street_roles, sizeof street_roles / sizeof *street_roles, mention(s, m.target.m[0])->roles))) {
      if (!deadly_clash(s, i)) own = find_code(s, "111");
    }
    /* "the chemical weapons attack on Douma", "a chlorine attack": weapons of mass destruction (2041). */
    if (m.p->code[0] == '1' && m.p->code[1] >= '8')
      for (uint32_t k = i; k-- > 0 && i - k <= 3 && (tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_NOUN));)
        if (word_in(s, k, (const char *const[]){"chemical", "chlorine", "sarin", "mustard", "nerve", "toxic",
                                                  "biological", NULL}))
          own = find_code(s, "2041");
    /* "their 13-day-old national strike", "a 24-hour general strike": a strike of workers (143), not of arms. */
    /* (Not an air force's "24-hour strike on Hamas targets": no one struck, and no arms.) */
    if (m.p->code[0] == '1' && m.p->code[1] >= '8' && lemma_is(s, i, "strike") &&
        (m.source.n ? all_unarmed(s, &m.source) : !m.target.n))
      for (uint32_t k = i; k-- > 0 && i - k <= 3 && (tag_is(s, k, POS_ADJ) || tag_is(s, k, POS_NOUN) || tag_is(s, k, POS_NUM));)
        if (word_in(s, k, (const char *const[]){"national", "nationwide", "general", "hunger", "rail", "postal", "dock",
                                                  "labour", "labor", "sympathy", "wildcat", "token", "protest", NULL}) ||
            lemma_has(s, k, "-day") || lemma_has(s, k, "-hour") || lemma_has(s, k, "-week"))
          own = find_code(s, "143");
    if (code_match(s, &m, &none, 0, mode, s->base + i, s->base + m.head_end, out, first_of_sentence, own) != DL_OK)
      return DL_ENOMEM;
  }
  /*
   * A statement is coded only when the sentence reports nothing else (CAMEO
   * 010 is residual), and only by a speaker who is a country's or a group's,
   * and not a company: "the company said", "officials said" and an unnamed
   * speaker tell nothing.
   */
  const vgroup *rg = reporting_event != SIZE_MAX ? &s->groups[reporting_event] : NULL;
  const dl_mention *speaker = rg && rg->subject.n ? mention(s, rg->subject.m[0]) : NULL;
  /* A company's statements ("American Express said it would cut jobs") are its business, not politics; the press's are its reports. */
  /* A role given its country by the dateline alone ("officials said", "a spokesman said") is no known speaker. */
  /* Nor is a people's word before a noun or a name no dictionary knows: "Japanese consumers said", "the American Paper Institute said". */
  int known_speaker = speaker && !(speaker->flags & MENTION_HOME) &&
                      (speaker->country[0] || speaker->kind == MENTION_GROUP || strlen(speaker->code) > 3) &&
                      strcmp(speaker->roles, "BUS") != 0 && strcmp(speaker->roles, "MED") != 0 &&
                      !(speaker->entry && speaker->entry->kind == LEX_DEMONYM && !speaker->roles[0] &&
                        (speaker->end - speaker->first > (tag_is(s, speaker->first - s->base, POS_DET) ? 2u : 1u) ||
                         (speaker->end - s->base < s->n && capitalised(s, speaker->end - s->base))) &&
                        !public_body_named(s, speaker) && !people_named(s, speaker));
  /* ("He did not say where the money would come from": a statement not made is none.) */
  if (reporting_event != SIZE_MAX && out->len == first_of_sentence && known_speaker &&
      !s->groups[reporting_event].negated) {
    vgroup *g = &s->groups[reporting_event];
    saying_clause(s, g);
    slot reporter_saved = s->reporter;
    memset(&s->reporter, 0, sizeof s->reporter);
    message_target(s, g->head, clause_limit(s, g->head + 1), &g->subject, &report_match);
    /* "Mr Davis said Labour had been responsible for huge waste": a saying that condemns someone is criticism. */
    const cameo_code *criticism = NULL;
    if (!report_match.target.n && strcmp(report_match.p->code, "010") == 0 &&
        condemned_in_saying(s, g, &report_match.target))
      criticism = find_code(s, "111");
    int rc = code_match(s, &report_match, &g->subject, 0, group_mode(s, g, NULL), s->base + g->first,
                        s->base + report_match.head_end, out, first_of_sentence, criticism);
    s->reporter = reporter_saved;
    s->scope_only = 0;
    if (rc != DL_OK) return rc;
  }
  merge_force(s, out, first_of_sentence);
  return DL_OK;
}

/* Nouns of what is done to people, whose "of" names them: "the treatment of protesters", "the jailing of". */
static const char *const patient_nouns[] = {"treatment", "arrest", "detention", "jailing", "killing", "persecution",
                                            "abuse", "torture", "execution", "plight", "suffering", "expulsion",
                                            "deportation", "murder", NULL};

/* Words that condemn whoever a saying names: "huge waste", "an incredible gaffe", "a disgrace"; lemmas. */
static const char *const condemning_words[] = {
    "appalling",  "arrogance",   "arrogant",  "betray",      "betrayal",   "blunder",     "complacency",
    "complacent", "contempt",    "cynical",   "deplorable",  "disgrace",   "disgraceful", "dishonest",
    "farce",      "fiasco",      "gaffe",     "hypocrisy",   "hypocritical", "incompetence", "incompetent",
    "irresponsible", "liar",     "ludicrous", "misleading",  "outrageous", "pathetic",    "reckless",
    "ridiculous", "scandalous",  "shambles",  "shameful",    "shoddy",     "smear",       "unacceptable",
    "waste",      NULL};

/*
 * Nonzero when what the saying g says condemns an actor it names: a word of
 * condemnation, not negated, and the actor nearest it, other than the
 * speaker's side or civilians ("said Labour had been responsible for huge
 * waste", 'said: "This is an incredible gaffe by Jack McConnell"'). Puts
 * that actor in target (OUT). A journalist's saying is analysis, and
 * condemns no one.
 */
static int condemned_in_saying(const sent *s, const vgroup *g, slot *target) {
  if (!g->subject.n) return 0;
  const dl_mention *speaker = mention(s, g->subject.m[0]);
  if (strncmp(speaker->roles, "MED", 3) == 0) return 0;
  uint32_t subject_first = m_first(s, g->subject.m[0]);
  /* What is said: before the speaker when a verb comes before it ("Labour's plans are a waste, the Tories said"), else after the verb. */
  uint32_t opens = speaker->sentence == s->index && subject_first < g->first ? subject_first : g->first;
  /* (A ", X said" after it, with nothing said after: "After the vote, the minister said it was unacceptable" says it after.) */
  int said_before = opens > 0 && (word_is(s, opens - 1, ",") || word_is(s, opens - 1, "\""));
  for (size_t k = 0; k < s->ngroups && said_before; k++)
    if (s->groups[k].head > g->head) said_before = 0;
  for (uint32_t k = g->head + 1; k < s->n && said_before; k++)
    if (word_is(s, k, "that")) said_before = 0;
  int verb_before = 0;
  for (size_t k = 0; k < s->ngroups && !verb_before; k++) verb_before = s->groups[k].head < opens;
  said_before = said_before && verb_before;
  uint32_t from = said_before ? 0 : g->head + 1, to = said_before ? opens : s->n;
  uint32_t word = UINT32_MAX;
  for (uint32_t i = from; i < to && word == UINT32_MAX; i++) {
    if (!lemma_in(s, i, condemning_words) || s->mention_at[i] >= 0) continue;
    /* "nuclear waste" is a thing, not a waste of money. */
    if (i > 0 && lemma_is(s, i, "waste") &&
        word_in(s, i - 1, (const char *const[]){"nuclear", "toxic", "radioactive", "hazardous", "industrial",
                                                 "chemical", "household", "food", "plastic", "electronic", NULL}))
      continue;
    word = i;
    for (uint32_t k = i; k-- > from && i - k <= 3;)
      if (tag_is(s, k, POS_NEG) || word_in(s, k, (const char *const[]){"not", "no", "never", "n't", NULL})) word = UINT32_MAX;
  }
  if (word == UINT32_MAX) return 0;
  int32_t best = -1;
  uint32_t best_gap = UINT32_MAX;
  for (uint32_t i = from; i < to; i++) {
    int32_t m = s->mention_at[i];
    if (m < 0) continue;
    const dl_mention *x = mention(s, m);
    uint32_t first = m_first(s, m), end = m_end(s, m);
    i = end - 1;
    /* Not civilians, protesters, refugees or the press, nor those an act is done to: "the treatment of Iranian protesters". */
    if ((x->flags & MENTION_LOCATIVE) || strncmp(x->roles, "CVL", 3) == 0 ||
        (strncmp(x->roles, "OPP", 3) == 0 && x->kind != MENTION_GROUP && x->kind != MENTION_PERSON) ||
        strncmp(x->roles, "REF", 3) == 0 || strncmp(x->roles, "MED", 3) == 0)
      continue;
    if (first >= 2 && word_is(s, first - 1, "of") && lemma_in(s, first - 2, patient_nouns)) continue;
    /* ...and only in the words' own clause: "had handled the crisis well and that criticism was ridiculous" ("unacceptable that Iran" is one). */
    int apart = 0;
    for (uint32_t k = end <= word ? end : word + 2; k < (end <= word ? word : first) && !apart; k++)
      apart = word_in(s, k, (const char *const[]){"that", "but", ";", "while", "whereas", "although", NULL});
    if (apart) continue;
    uint32_t gap = end <= word ? word - end : first - word;
    if (gap < best_gap) {
      best = m;
      best_gap = gap;
    }
  }
  if (best < 0) return 0;
  const dl_mention *x = mention(s, best);
  /* Not the speaker's own side: "Mr Blair said Labour had made a blunder", "it was pathetic that Britain ...". */
  if (same_side(speaker, x) || (!x->roles[0] && strcmp(x->country, speaker->country) == 0)) return 0;
  slot_add(target, best);
  return 1;
}

/* Nonzero for a word with a capital and a small letter after it: "Wojahn", not "EU" or "said". */
static int name_cased(const char *text, const dl_token *t) {
  const char *w = text + t->start;
  return t->kind == DL_TOKEN_WORD && t->len >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
}

/*
 * The index after a person's name when tokens[0, n) open with it right
 * before "said", "says", "told" or "added": two capitalised words ("Jorg
 * Wojahn said") or a courtesy title and one ("Mr Wojahn said"), not "The
 * Company said"; after a title, before any verb ("Mr Mubanga is"). Else 0.
 */
static size_t named_speaker(const char *text, const dl_token *tokens, size_t n) {
  static const char *const says[] = {"said", "says", "told", "added", NULL};
  static const char *const not_names[] = {"The", "A", "An", "This", "That", "It", "Its", "Their", "His", "Her", NULL};
  static const char *const titles[] = {"Mr", "Mrs", "Ms", "Dr", "Sir", NULL};
  /* A title and a name, then a word in lower case: "Mr Mubanga is the first", whatever the verb. */
  size_t at = n > 0 && tokens[0].len == 3 && (memcmp(text + tokens[0].start, "But", 3) == 0 ||
                                              memcmp(text + tokens[0].start, "And", 3) == 0);
  int titled = 0;
  for (const char *const *w = titles; at + 2 < n && *w && !titled; w++)
    titled = (tokens[at].len == strlen(*w) || (tokens[at].len == strlen(*w) + 1 && text[tokens[at].start + strlen(*w)] == '.')) &&
             memcmp(text + tokens[at].start, *w, strlen(*w)) == 0;
  if (titled && name_cased(text, &tokens[at + 1]) && tokens[at + 2].kind == DL_TOKEN_WORD &&
      text[tokens[at + 2].start] >= 'a' && text[tokens[at + 2].start] <= 'z')
    return at + 2;
  /* ...or a title and a name set off by commas before the saying: "Mr Mubanga, who is 32, said". */
  if (titled && name_cased(text, &tokens[at + 1]) && tokens[at + 2].len == 1 && text[tokens[at + 2].start] == ',') {
    size_t k = at + 3;
    while (k < n && k < at + 15 && !(tokens[k].len == 1 && text[tokens[k].start] == ',')) k++;
    if (k + 1 < n && tokens[k].len == 1 && text[tokens[k].start] == ',')
      for (const char *const *w = says; *w; w++)
        if (tokens[k + 1].len == strlen(*w) && memcmp(text + tokens[k + 1].start, *w, tokens[k + 1].len) == 0) return at + 2;
  }
  for (size_t k = 2; k < n; k++) {
    const dl_token *t = &tokens[k];
    int verb = 0;
    for (const char *const *w = says; *w && !verb; w++)
      verb = t->len == strlen(*w) && memcmp(text + t->start, *w, t->len) == 0;
    if (!verb || !name_cased(text, &tokens[k - 1])) continue;
    /* The name opens the sentence, maybe after "But" or "And": the speaker of what follows. */
    if (k > 3 || (k == 3 && !((tokens[0].len == 3 && memcmp(text + tokens[0].start, "But", 3) == 0) ||
                             (tokens[0].len == 3 && memcmp(text + tokens[0].start, "And", 3) == 0))))
      return 0;
    const dl_token *b = &tokens[k - 2];
    if (b->kind == DL_TOKEN_ABBREV || (b->len <= 3 && name_cased(text, b) &&
                                       (memcmp(text + b->start, "Mr", 2) == 0 || memcmp(text + b->start, "Ms", 2) == 0 ||
                                        memcmp(text + b->start, "Dr", 2) == 0)))
      return k;
    if (!name_cased(text, b)) continue;
    int function_word = 0;
    for (const char *const *w = not_names; *w && !function_word; w++)
      function_word = b->len == strlen(*w) && memcmp(text + b->start, *w, b->len) == 0;
    if (!function_word) return k;
  }
  return 0;
}

/* Nonzero when tokens[0, n) hold a personal pronoun that may stand for an actor. */
static int has_pronoun(const char *text, const dl_token *tokens, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const char *w = text + tokens[i].start;
    switch (tokens[i].len) {
      case 2:
        if ((((w[0] | 0x20) == 'i' && (w[1] | 0x20) == 't') || ((w[0] | 0x20) == 'h' && (w[1] | 0x20) == 'e') ||
             ((w[0] | 0x20) == 'w' && (w[1] | 0x20) == 'e')))
          return 1;
        break;
      case 3:
        if (strncasecmp(w, "she", 3) == 0) return 1;
        break;
      case 4:
        if (strncasecmp(w, "they", 4) == 0) return 1;
        break;
      default: break;
    }
  }
  return 0;
}

int event_tables_prepare(dl_context *ctx, event_tables *t) {
  size_t n = t->verbs.alts.len ? t->verbs.alts.len : 1;
  t->alt_len = dl_mem_alloc(ctx, n * sizeof *t->alt_len);
  t->alt_closed = dl_mem_alloc(ctx, n);
  t->alt_bit = dl_mem_alloc(ctx, n * sizeof *t->alt_bit);
  if (!t->alt_len || !t->alt_closed || !t->alt_bit) return DL_ENOMEM;
  for (size_t i = 0; i < t->verbs.alts.len; i++) {
    const char *w = verb_str(&t->verbs, t->verbs.alts.items[i]);
    size_t len = strlen(w);
    t->alt_len[i] = (uint16_t)(len > UINT16_MAX ? UINT16_MAX : len);
    t->alt_closed[i] = (uint8_t)word_class_of(w, len);
    t->alt_bit[i] = (uint16_t)sig_bit(w, len);
  }
  return DL_OK;
}

void event_tables_release(dl_context *ctx, event_tables *t) {
  size_t n = t->verbs.alts.len ? t->verbs.alts.len : 1;
  dl_mem_free(ctx, t->alt_len, n * sizeof *t->alt_len);
  dl_mem_free(ctx, t->alt_closed, n);
  dl_mem_free(ctx, t->alt_bit, n * sizeof *t->alt_bit);
  t->alt_bit = NULL;
  t->alt_len = NULL;
  t->alt_closed = NULL;
}

int event_code_document(dl_context *ctx, const dl_lexicon *lex, const event_tables *tables,
                        const dl_document *doc, const dl_mention_vec *mentions, dl_event_vec *out,
                        size_t *capped) {
  pos_sentence ps;
  pos_sentence_init(&ps, ctx);
  sent *s = dl_mem_calloc(ctx, 1, sizeof *s);
  int32_t *mention_at = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *mention_at);
  int32_t *group_at = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *group_at);
  uint32_t *limit_from = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *limit_from);
  uint8_t *literal = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS);
  uint32_t *low_off = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *low_off);
  const char **lem = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *lem);
  uint16_t *lem_len = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *lem_len);
  dl_buffer low;
  dl_buffer_init(&low, ctx);
  int rc = s && mention_at && group_at && limit_from && literal && low_off && lem && lem_len ? DL_OK : DL_ENOMEM;
  carry c;
  memset(&c, 0, sizeof c);
  size_t mi = 0;
  int sport = -1; /* whether the story reports sport: read once a sentence has events */
  for (size_t si = 0; si < doc->sentences.len && rc == DL_OK; si++) {
    const dl_sentence *sen = &doc->sentences.items[si];
    uint32_t n = sen->token_count > DOC_MAX_SENTENCE_TOKENS ? DOC_MAX_SENTENCE_TOKENS : sen->token_count;
    while (mi < mentions->len && mentions->items[mi].sentence < si) mi++;
    if (n == 0) continue;
    /* Every event has an actor: a sentence with no actor mention and no pronoun that could stand for one has none. */
    if (!(mi < mentions->len && mentions->items[mi].sentence == si) &&
        !has_pronoun(doc->text.text.data, doc->tokens.items + sen->first_token, n)) {
      /* "Jorg Wojahn said ...": the next "he" is this speaker, no actor named before. */
      size_t name_end = named_speaker(doc->text.text.data, doc->tokens.items + sen->first_token, n);
      /* ...unless the story described the name as an actor: then the sentence is coded ("Mr Chidambaram said"). */
      if (!name_end || described_actor(doc, mentions, sen->first_token + (uint32_t)name_end - 1) < 0) {
        if (name_end && carry_unknown_person(&c, (uint32_t)si))
          c.subjects[0].gender = name_pronoun(doc, sen->first_token, sen->first_token + (uint32_t)name_end - 1);
        continue;
      }
    }
    rc = pos_tag_sentence(&ps, ctx, lex, doc->text.text.data, doc->tokens.items + sen->first_token, n);
    if (rc != DL_OK) break;
    s->ctx = ctx;
    s->lex = lex;
    s->tables = tables;
    s->doc = doc;
    s->mentions = mentions;
    s->text = doc->text.text.data;
    s->tok = doc->tokens.items + sen->first_token;
    s->base = sen->first_token;
    s->n = n;
    s->index = (uint32_t)si;
    s->ps = &ps;
    s->mention_at = mention_at;
    s->group_at = group_at;
    s->limit_from = limit_from;
    s->literal = literal;
    /* Lower-case forms and lemmas once, so that word tests compare bytes. */
    dl_buffer_clear(&low);
    memset(s->sig, 0, sizeof s->sig);
    for (uint32_t i = 0; i < n && rc == DL_OK; i++) {
      const dl_token *t = &s->tok[i];
      low_off[i] = (uint32_t)low.len;
      rc = dl_buffer_reserve(&low, t->len + 1);
      if (rc != DL_OK) break;
      for (uint32_t k = 0; k < t->len; k++) {
        char ch = s->text[t->start + k];
        low.data[low.len++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      }
      low.data[low.len++] = '\0';
      size_t ll;
      lem[i] = pos_lemma(&ps, i, &ll);
      lem_len[i] = (uint16_t)ll;
      unsigned b1 = sig_bit(lem[i], ll), b2 = sig_bit(low.data + low_off[i], t->len);
      s->sig[b1 / 64] |= 1ull << (b1 % 64);
      s->sig[b2 / 64] |= 1ull << (b2 % 64);
    }
    if (rc != DL_OK) break;
    s->low = low.data;
    s->low_off = low_off;
    s->lem = lem;
    s->lem_len = lem_len;
    for (uint32_t i = 0; i < n; i++) mention_at[i] = -1;
    for (size_t k = mi; k < mentions->len && mentions->items[k].sentence == si; k++) {
      const dl_mention *m = &mentions->items[k];
      for (uint32_t t = m->first; t < m->end; t++)
        if (t >= s->base && t - s->base < n) mention_at[t - s->base] = (int32_t)k;
    }
    size_t before = out->len;
    rc = code_sentence(s, &c, out);
    if (capped && s->groups_capped) (*capped)++;
    /* A sports report's wins, defeats, bans and transfers are no political events; a minister's or a court's are. */
    if (out->len > before && sport < 0) sport = story_is_sport(doc);
    if (sport > 0) {
      size_t kept = before;
      for (size_t k = before; k < out->len; k++)
        if (event_political(&out->items[k])) out->items[kept++] = out->items[k];
      out->len = kept;
    }
    for (size_t k = before; k < out->len; k++) out->items[k].number = (uint32_t)(k - before);
  }
  pos_sentence_free(&ps, ctx);
  dl_mem_free(ctx, s, sizeof *s);
  dl_mem_free(ctx, mention_at, DOC_MAX_SENTENCE_TOKENS * sizeof *mention_at);
  dl_mem_free(ctx, group_at, DOC_MAX_SENTENCE_TOKENS * sizeof *group_at);
  dl_mem_free(ctx, limit_from, DOC_MAX_SENTENCE_TOKENS * sizeof *limit_from);
  dl_mem_free(ctx, literal, DOC_MAX_SENTENCE_TOKENS);
  dl_mem_free(ctx, low_off, DOC_MAX_SENTENCE_TOKENS * sizeof *low_off);
  dl_mem_free(ctx, lem, DOC_MAX_SENTENCE_TOKENS * sizeof *lem);
  dl_mem_free(ctx, lem_len, DOC_MAX_SENTENCE_TOKENS * sizeof *lem_len);
  dl_buffer_free(&low);
  return rc;
}
