/* wordclass.h: the closed classes of English words: determiners, prepositions, pronouns (internal). */
#ifndef DL_TAG_WORDCLASS_H
#define DL_TAG_WORDCLASS_H

#include <stddef.h>

/* Closed word classes; WC_OPEN for every other word. */
typedef enum word_class {
  WC_OPEN = 0,
  WC_DET,        /* the, a, an, this, these, those, some, any, every */
  WC_POSSESSIVE, /* its, their, his, her, our, my, your */
  WC_PREP,       /* in, at, to, from, into, near, with, by, of, ... */
  WC_CONJ,       /* and, or, but, nor */
  WC_SUBORD,     /* that, which, who, whom, whose, although, because, since, while, if */
  WC_PRONOUN,    /* he, she, it, they, we, i, you, him, them, us, me */
  WC_AUX,        /* be, have, do in all their forms */
  WC_MODAL,      /* will, would, can, could, may, might, shall, should, must */
  WC_NEGATION,   /* not, n't, never, no */
  WC_ADVERB      /* common adverbs that sit inside verb groups: also, still, already, ... */
} word_class;

/* The class of a lower-case word. */
word_class word_class_of(const char *lower, size_t len);

/* Nonzero for prepositions after which a place name is a location, not an actor. */
int word_is_locative_preposition(const char *lower, size_t len);

#endif
