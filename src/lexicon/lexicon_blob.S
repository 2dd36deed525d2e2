/* lexicon_blob.S: the built-in lexicon blob, included byte for byte with .incbin (LEXICON_BLOB names the file). */
#ifdef __APPLE__
#define SYM(name) _##name
        .const
#else
#define SYM(name) name
        .section .rodata.dl_lexicon_blob, "a"
#endif
        .balign 16
        .globl SYM(dl_lexicon_blob_data)
SYM(dl_lexicon_blob_data):
        .incbin LEXICON_BLOB
dl_lexicon_blob_end:
        .balign 8
        .globl SYM(dl_lexicon_blob_size)
SYM(dl_lexicon_blob_size):
        .quad dl_lexicon_blob_end - SYM(dl_lexicon_blob_data)
#if defined(__ELF__)
        .section .note.GNU-stack, "", %progbits
#endif
