# Makefile: the front door. make, make run, make test, make asan, make fuzz, make bench.
CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
OPT     ?= -O2 -g
WARN    := -Wall -Wextra -Wshadow -Wconversion -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  += -std=c11 $(OPT) $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CPPFLAGS += -Iinclude -Isrc
LDLIBS  += -lutf8proc -ljansson -lm -lpthread
WORDNET ?= /usr/share/wordnet

LIB_SRC  := $(sort $(wildcard src/*/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/obj/%.o)
# The built-in lexicon: tools/dictc.c compiles the dictionaries and WordNet into
# a blob, and lexicon_blob.S embeds it with .incbin. dictc links every library
# object except builtin.o, the one that refers to the blob.
DICT_SRC  := $(sort $(wildcard data/actors/*.txt)) data/cameo/codes.txt $(sort $(wildcard data/verbs/*.txt)) $(sort $(wildcard data/geo/*.txt))
DICTC_OBJ := $(BUILD)/obj/tools/dictc.o
BLOB_OBJ  := $(BUILD)/obj/src/lexicon/lexicon_blob.o
BUILTIN_OBJ := $(BUILD)/obj/src/lexicon/builtin.o
DEPS     := $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(DICTC_OBJ:.o=.d)

.PHONY: all deps run test check asan leakcheck fuzz fuzz-ci bench eval install clean lint FORCE

all: $(BUILD)/dateline $(BUILD)/libdateline.a

deps:
	@sh scripts/deps.sh

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/dateline-dictc: $(DICTC_OBJ) $(filter-out $(BUILTIN_OBJ),$(LIB_OBJ))
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Rewritten only when the list of dictionary files changes, so removing one rebuilds the blob.
$(BUILD)/lexicon.sources: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DICT_SRC)' | cmp -s - $@ || echo '$(DICT_SRC)' > $@

$(BUILD)/lexicon.blob: $(BUILD)/dateline-dictc $(DICT_SRC) $(BUILD)/lexicon.sources
	$(BUILD)/dateline-dictc -o $@ --wordnet $(WORDNET) $(DICT_SRC)

$(BLOB_OBJ): src/lexicon/lexicon_blob.S $(BUILD)/lexicon.blob
	@mkdir -p $(dir $@)
	$(CC) -c -DLEXICON_BLOB='"$(BUILD)/lexicon.blob"' $< -o $@

$(BUILD)/libdateline.a: $(LIB_OBJ) $(BLOB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/dateline: $(CLI_OBJ) $(BUILD)/libdateline.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdateline.a $(LDLIBS)

$(BUILD)/test-runner: $(TEST_OBJ) $(BUILD)/libdateline.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libdateline.a $(LDLIBS)

# Builds, then codes the bundled example stories and prints the result.
run: deps all
	@for f in examples/*; do echo "== $$f"; $(BUILD)/dateline code "$$f" || exit $$?; done

# Every test: spec files for the library, golden files for the CLI, hostile inputs.
test: deps
	@$(MAKE) --no-print-directory all $(BUILD)/test-runner
	@$(BUILD)/test-runner --cli $(BUILD)/dateline tests

check: test

# The test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	    LDFLAGS="-fsanitize=address,undefined" all build-asan/test-runner
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build-asan/test-runner --cli build-asan/dateline tests

# The golden tests under valgrind: the runner, and every dateline it starts through
# $(BUILD)/dateline-valgrind, which logs each run to $(BUILD)/leakcheck/. A definite or
# indirect leak or a memory error fails: a log that is not empty, or the runner's own exit.
VALGRIND := valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect --error-exitcode=1
leakcheck: deps
	@command -v valgrind >/dev/null || { echo "leakcheck: valgrind not found (apt-get install valgrind)" >&2; exit 2; }
	@$(MAKE) --no-print-directory all $(BUILD)/test-runner
	@rm -rf $(BUILD)/leakcheck && mkdir -p $(BUILD)/leakcheck
	@{ echo '#!/bin/sh'; echo 'here=$$(dirname "$$0")'; \
	  echo 'exec $(VALGRIND) --log-file="$$here/leakcheck/dateline.%p.log" "$$here/dateline" "$$@"'; } >$(BUILD)/dateline-valgrind
	@chmod +x $(BUILD)/dateline-valgrind
	@$(VALGRIND) $(BUILD)/test-runner --filter golden --cli $(BUILD)/dateline-valgrind tests
	@bad=$$(find $(BUILD)/leakcheck -name '*.log' -size +0 | sort); \
	if [ -n "$$bad" ]; then cat $$bad; echo "leakcheck: valgrind reports in $$bad" >&2; exit 1; fi; \
	echo "leakcheck: no leaks in $$(ls $(BUILD)/leakcheck | wc -l) runs of dateline"

FUZZ_SECONDS ?= 300
fuzz: deps
	@sh fuzz/run.sh $(FUZZ_SECONDS)

# A shorter run of every fuzz target over its corpus, for CI: 60 s a target.
fuzz-ci: deps
	@sh fuzz/run.sh 60

# Checks against data outside the repository, when it is there (../shared).
eval: deps all
	@if [ -d ../shared/data/dev/petrarch2/dictionaries ]; then \
	  sh scripts/petrarch-dict-check.sh $(BUILD)/dateline ../shared/data/dev/petrarch2/dictionaries; \
	else echo "eval: ../shared/data/dev/petrarch2/dictionaries not found; PETRARCH dictionary check skipped"; fi
	@if [ -f ../shared/data/dev/plover-gsr/PLOVER_GSR_CAMEO.txt ]; then \
	  python3 eval/actors_plover.py $(BUILD)/dateline ../shared/data/dev/plover-gsr/PLOVER_GSR_CAMEO.txt; \
	else echo "eval: ../shared/data/dev/plover-gsr not found; actor evaluation skipped"; fi
	@status=0; \
	if [ -f ../shared/data/dev/cameo-codebook/cameo-codes.csv ]; then \
	  python3 eval/events_cameo.py $(BUILD)/dateline ../shared/data/dev/cameo-codebook/cameo-codes.csv || status=1; \
	else echo "eval: ../shared/data/dev/cameo-codebook not found; CAMEO example evaluation skipped"; fi; \
	if [ -f ../shared/seed/gold-events.jsonl ] && [ -f ../shared/seed/afghan-soldiers.txt ]; then \
	  python3 eval/events_seed.py $(BUILD)/dateline ../shared/seed/afghan-soldiers.txt ../shared/seed/gold-events.jsonl || status=1; \
	else echo "eval: ../shared/seed not found; seed story evaluation skipped"; fi; \
	if [ -f ../shared/data/dev/petrarch2/text/PETR.UnitTest.records.xml ]; then \
	  python3 eval/events_petrarch.py $(BUILD)/dateline ../shared/data/dev/petrarch2/text/PETR.UnitTest.records.xml ../shared/data/dev/petrarch2/dictionaries || status=1; \
	else echo "eval: ../shared/data/dev/petrarch2/text not found; PETRARCH record evaluation skipped"; fi; \
	if [ -f ../shared/data/dev/geo-lgl/lgl.xml ]; then \
	  python3 eval/places_lgl.py $(BUILD)/dateline ../shared/data/dev/geo-lgl/lgl.xml || status=1; \
	else echo "eval: ../shared/data/dev/geo-lgl not found; LGL place evaluation skipped"; fi; \
	exit $$status

$(BUILD)/bench-lexicon: bench/bench_lexicon.c $(BUILD)/libdateline.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ bench/bench_lexicon.c $(BUILD)/libdateline.a $(LDLIBS)

$(BUILD)/bench-text: bench/bench_text.c $(BUILD)/libdateline.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ bench/bench_text.c $(BUILD)/libdateline.a $(LDLIBS)

$(BUILD)/bench-actors: bench/bench_actors.c $(BUILD)/libdateline.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ bench/bench_actors.c $(BUILD)/libdateline.a $(LDLIBS)

$(BUILD)/bench-stages: bench/bench_stages.c $(BUILD)/libdateline.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ bench/bench_stages.c $(BUILD)/libdateline.a $(LDLIBS)

# Whole-command throughput and memory, the text stage on its own, then actor recognition over it.
bench: deps all $(BUILD)/bench-text $(BUILD)/bench-actors $(BUILD)/bench-lexicon $(BUILD)/bench-stages
	@sh bench/run.sh $(BUILD)/dateline
	@BENCH_COMMAND="code" sh bench/run.sh $(BUILD)/dateline
	@BENCH_COMMAND="code -j 2" sh bench/run.sh $(BUILD)/dateline
	@echo; echo "lexicon (built in; the PETRARCH dictionaries loaded over it when ../shared has them):"
	@$(BUILD)/bench-lexicon $$(ls ../shared/data/dev/petrarch2/dictionaries/Phoenix.*.txt 2>/dev/null | grep -v 'IssueCoding\|prepositions')
	@if [ -d ../shared/data/corpora ]; then \
	  echo; echo "text stage (read, normalise, tokenise, split), best of 5:"; \
	  $(BUILD)/bench-text ../shared/data/corpora/reuters21578/*.sgm; \
	  $(BUILD)/bench-text ../shared/data/corpora/bbc-news-2225/*/*.txt; \
	  echo; echo "actor recognition over the text core (read, normalise, tokenise, split), best of 5:"; \
	  $(BUILD)/bench-actors ../shared/data/corpora/reuters21578/*.sgm; \
	  $(BUILD)/bench-actors ../shared/data/corpora/bbc-news-2225/*/*.txt; \
	  echo; echo "the event pipeline stage by stage, median of 5:"; \
	  $(BUILD)/bench-stages ../shared/data/corpora/reuters21578/*.sgm; \
	  $(BUILD)/bench-stages ../shared/data/corpora/bbc-news-2225/*/*.txt; \
	else \
	  echo; echo "text stage (read, normalise, tokenise, split) on the generated corpus, best of 5:"; \
	  $(BUILD)/bench-text build/bench-corpus/reuters.sgm; \
	  $(BUILD)/bench-text build/bench-corpus/text/*.txt; \
	  echo; echo "actor recognition over the text core (read, normalise, tokenise, split) on the generated corpus, best of 5:"; \
	  $(BUILD)/bench-actors build/bench-corpus/reuters.sgm; \
	  $(BUILD)/bench-actors build/bench-corpus/text/*.txt; \
	  echo; echo "the event pipeline stage by stage on the generated corpus, median of 5:"; \
	  $(BUILD)/bench-stages build/bench-corpus/reuters.sgm; \
	  $(BUILD)/bench-stages build/bench-corpus/text/*.txt; \
	fi

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/dateline $(DESTDIR)$(PREFIX)/bin/dateline
	install -m 644 $(BUILD)/libdateline.a $(DESTDIR)$(PREFIX)/lib/libdateline.a
	install -m 644 include/dateline.h $(DESTDIR)$(PREFIX)/include/dateline.h
	install -m 644 docs/dateline.1 $(DESTDIR)$(PREFIX)/share/man/man1/dateline.1

# clang-tidy (the checks .clang-tidy chooses) and cppcheck; any finding fails. clang-tidy
# takes one file a run, LINT_JOBS at once: given several files, clang-tidy 14 reports
# va_lists as uninitialised that are not (llvm-project issue 40656).
LINT_JOBS ?= $(shell nproc 2>/dev/null || echo 1)
lint:
	@status=0; \
	$(MAKE) --no-print-directory -k -j$(LINT_JOBS) -O $(addprefix lint-tidy/,$(LIB_SRC) $(CLI_SRC)) || status=1; \
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability --std=c11 $(CPPFLAGS) src cli || status=1; \
	exit $$status

# clang-tidy's count of the warnings it drew from system headers and dropped is left out.
lint-tidy/%: FORCE
	@out=$$(clang-tidy --quiet $* -- $(CPPFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE 2>&1); \
	status=$$?; \
	[ -z "$$out" ] || printf '%s\n' "$$out" | grep -v '^[0-9]* warnings* generated\.$$' || true; \
	exit $$status

clean:
	rm -rf build build-asan build-fuzz

-include $(DEPS)
