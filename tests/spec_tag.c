/* spec_tag.c: spec handler that shows the part-of-speech tagger's tags and lemmas. */
#include <string.h>

#include "core/buffer.h"
#include "tag/pos.h"
#include "test.h"
#include "text/document.h"

/*
 * Tags each sentence of the input (a plain-text story) and writes one line a
 * sentence: word/TAG, with :form for verbs and =lemma when the lemma differs.
 */
static int render_pos(dl_context *ctx, const char *input, size_t len, dl_buffer *out) {
  dl_lexicon *lex = dl_lexicon_open_builtin(ctx);
  dl_reader *r = lex ? dl_reader_open_memory(ctx, "spec", input, len, DL_FORMAT_TEXT) : NULL;
  dl_article *a = NULL;
  int rc = lex && r ? DL_OK : DL_ENOMEM;
  if (rc == DL_OK && dl_reader_next(r, &a) == 1) {
    dl_document *doc = dl_document_new(ctx, a);
    pos_sentence ps;
    pos_sentence_init(&ps, ctx);
    for (size_t s = 0; doc && s < doc->sentences.len && rc == DL_OK; s++) {
      const dl_sentence *sent = &doc->sentences.items[s];
      if (!sent->token_count) continue;
      const dl_token *toks = doc->tokens.items + sent->first_token;
      rc = pos_tag_sentence(&ps, ctx, lex, doc->text.text.data, toks, sent->token_count);
      for (size_t i = 0; rc == DL_OK && i < sent->token_count; i++) {
        const pos_token *t = &ps.tokens.items[i];
        size_t ll;
        const char *lemma = pos_lemma(&ps, i, &ll);
        const char *word = doc->text.text.data + toks[i].start;
        dl_buffer_printf(out, "%s%.*s/%s", i ? " " : "", (int)toks[i].len, word,
                         pos_tag_name((pos_tag)t->pos));
        if (t->form) dl_buffer_printf(out, ":%s", verb_form_name((verb_form)t->form));
        int same = ll == toks[i].len;
        for (size_t k = 0; same && k < ll; k++) {
          char c = word[k];
          if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
          same = c == lemma[k];
        }
        if (!same) dl_buffer_printf(out, "=%.*s", (int)ll, lemma);
      }
      dl_buffer_putc(out, '\n');
    }
    pos_sentence_free(&ps, ctx);
    dl_document_free(doc);
    dl_article_free(a);
  }
  dl_reader_free(r);
  dl_lexicon_free(lex);
  return rc;
}

spec_handler spec_tag_handler(const char *kind) {
  return strcmp(kind, "pos") == 0 ? render_pos : NULL;
}
