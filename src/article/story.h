/* story.h: recognising the parts of a wire story (internal). */
#ifndef DL_ARTICLE_STORY_H
#define DL_ARTICLE_STORY_H

#include <stddef.h>

#include "article/article.h"

/*
 * Recognises a dateline at s[at, end): "ISLAMABAD (Reuters) -", "LONDON (AP) —",
 * "KABUL, July 25, 2021 (AFP) -", "SALVADOR, Feb 26 -". Returns the bytes it
 * covers, including the dash and the spaces after it (0 when there is none),
 * and sets the place, agency and date spans (OUT, each may be NULL; empty when
 * absent).
 */
size_t story_dateline(const char *s, size_t at, size_t end, dl_span *place, dl_span *agency,
                      dl_span *date);

#endif
