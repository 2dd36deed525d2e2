/* wordclass.c: a sorted table of English function words and their classes. */
#include "tag/wordclass.h"

#include "core/words.h"

/* One function word and its class. */
typedef struct class_word {
  const char *word;  /* lower case */
  word_class cls;    /* its class */
} class_word;

/* Sorted by word (strcmp order) for binary search. */
static const class_word class_words[] = {
    {"a", WC_DET},
    {"about", WC_PREP},
    {"above", WC_PREP},
    {"across", WC_PREP},
    {"after", WC_PREP},
    {"again", WC_ADVERB},
    {"against", WC_PREP},
    {"ago", WC_ADVERB},
    {"all", WC_DET},
    {"allegedly", WC_ADVERB},
    {"along", WC_PREP},
    {"already", WC_ADVERB},
    {"also", WC_ADVERB},
    {"although", WC_SUBORD},
    {"am", WC_AUX},
    {"amid", WC_PREP},
    {"among", WC_PREP},
    {"an", WC_DET},
    {"and", WC_CONJ},
    {"another", WC_DET},
    {"any", WC_DET},
    {"are", WC_AUX},
    {"around", WC_PREP},
    {"as", WC_PREP},
    {"at", WC_PREP},
    {"away", WC_PREP},
    {"back", WC_PREP},
    {"be", WC_AUX},
    {"because", WC_SUBORD},
    {"been", WC_AUX},
    {"before", WC_PREP},
    {"behind", WC_PREP},
    {"being", WC_AUX},
    {"below", WC_PREP},
    {"beside", WC_PREP},
    {"between", WC_PREP},
    {"beyond", WC_PREP},
    {"both", WC_DET},
    {"but", WC_CONJ},
    {"by", WC_PREP},
    {"can", WC_MODAL},
    {"could", WC_MODAL},
    {"despite", WC_PREP},
    {"did", WC_AUX},
    {"do", WC_AUX},
    {"does", WC_AUX},
    {"down", WC_PREP},
    {"during", WC_PREP},
    {"each", WC_DET},
    {"either", WC_DET},
    {"even", WC_ADVERB},
    {"every", WC_DET},
    {"except", WC_PREP},
    {"following", WC_PREP},
    {"for", WC_PREP},
    {"from", WC_PREP},
    {"had", WC_AUX},
    {"hard", WC_ADVERB},
    {"has", WC_AUX},
    {"have", WC_AUX},
    {"having", WC_AUX},
    {"he", WC_PRONOUN},
    {"her", WC_POSSESSIVE},
    {"him", WC_PRONOUN},
    {"his", WC_POSSESSIVE},
    {"however", WC_ADVERB},
    {"i", WC_PRONOUN},
    {"if", WC_SUBORD},
    {"in", WC_PREP},
    {"inside", WC_PREP},
    {"into", WC_PREP},
    {"is", WC_AUX},
    {"it", WC_PRONOUN},
    {"its", WC_POSSESSIVE},
    {"just", WC_ADVERB},
    {"may", WC_MODAL},
    {"me", WC_PRONOUN},
    {"might", WC_MODAL},
    {"must", WC_MODAL},
    {"my", WC_POSSESSIVE},
    {"n't", WC_NEGATION},
    {"near", WC_PREP},
    {"never", WC_NEGATION},
    {"no", WC_NEGATION},
    {"nor", WC_CONJ},
    {"not", WC_NEGATION},
    {"now", WC_ADVERB},
    {"of", WC_PREP},
    {"off", WC_PREP},
    {"on", WC_PREP},
    {"once", WC_ADVERB},
    {"onto", WC_PREP},
    {"or", WC_CONJ},
    {"our", WC_POSSESSIVE},
    {"out", WC_PREP},
    {"outright", WC_ADVERB},
    {"outside", WC_PREP},
    {"over", WC_PREP},
    {"reportedly", WC_ADVERB},
    {"shall", WC_MODAL},
    {"she", WC_PRONOUN},
    {"should", WC_MODAL},
    {"since", WC_SUBORD},
    {"some", WC_DET},
    {"still", WC_ADVERB},
    {"than", WC_PREP},
    {"that", WC_SUBORD},
    {"the", WC_DET},
    {"their", WC_POSSESSIVE},
    {"them", WC_PRONOUN},
    {"these", WC_DET},
    {"they", WC_PRONOUN},
    {"this", WC_DET},
    {"those", WC_DET},
    {"through", WC_PREP},
    {"throughout", WC_PREP},
    {"to", WC_PREP},
    {"today", WC_ADVERB},
    {"tomorrow", WC_ADVERB},
    {"tonight", WC_ADVERB},
    {"toward", WC_PREP},
    {"towards", WC_PREP},
    {"under", WC_PREP},
    {"unless", WC_SUBORD},
    {"until", WC_PREP},
    {"up", WC_PREP},
    {"upon", WC_PREP},
    {"us", WC_PRONOUN},
    {"via", WC_PREP},
    {"was", WC_AUX},
    {"we", WC_PRONOUN},
    {"were", WC_AUX},
    {"when", WC_SUBORD},
    {"where", WC_SUBORD},
    {"whether", WC_SUBORD},
    {"which", WC_SUBORD},
    {"while", WC_SUBORD},
    {"who", WC_SUBORD},
    {"whom", WC_SUBORD},
    {"whose", WC_SUBORD},
    {"will", WC_MODAL},
    {"with", WC_PREP},
    {"within", WC_PREP},
    {"without", WC_PREP},
    {"would", WC_MODAL},
    {"yesterday", WC_ADVERB},
    {"you", WC_PRONOUN},
    {"your", WC_POSSESSIVE},
};

word_class word_class_of(const char *lower, size_t len) {
  size_t lo = 0, hi = sizeof class_words / sizeof *class_words;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    /* Compared by hand: this runs for most tokens, and strncmp plus a length check cost more. */
    const unsigned char *w = (const unsigned char *)class_words[mid].word;
    const unsigned char *q = (const unsigned char *)lower;
    size_t k = 0;
    while (k < len && w[k] && w[k] == q[k]) k++;
    int c = k == len ? (w[k] ? 1 : 0) : (w[k] ? (int)w[k] - (int)q[k] : -1);
    if (c == 0) return class_words[mid].cls;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return WC_OPEN;
}

int word_is_locative_preposition(const char *lower, size_t len) {
  /* Sorted by byte value; asked of most capitalised words, so a binary search and no strlen. */
  static const char *const locative[] = {"across", "around", "at",      "beyond",  "from",       "in",
                                         "inside", "into",   "near",    "off",     "onto",       "outside",
                                         "through", "throughout", "to", "toward", "towards", "via", "within"};
  return words_sorted_contain(locative, sizeof locative / sizeof *locative, lower, len);
}
