/* golden.c: the CLI against golden files, plus its options, exit codes and error reports. */
#include <dirent.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs `dateline ARGS` and returns its exit status; stdout in *out (free it). */
static int run_cli(test_state *ts, const char *args, char **out) {
  char cmd[16384];
  if (snprintf(cmd, sizeof cmd, "%.4000s %.8191s", ts->cli, args) >= (int)sizeof cmd) return -1;
  return test_run_command(cmd, out, NULL);
}

/* Each tests/golden/NAME.{txt,jsonl,sgm} must give exactly NAME.expected. */
static void golden_files(test_state *ts) {
  char dir[1024];
  snprintf(dir, sizeof dir, "%.1000s/golden", ts->dir);
  DIR *d = opendir(dir);
  if (!d) {
    CHECK(ts, 0, "cannot open %s", dir);
    return;
  }
  char *names[512];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 512) {
    const char *dot = strrchr(e->d_name, '.');
    if (dot && (strcmp(dot, ".txt") == 0 || strcmp(dot, ".jsonl") == 0 || strcmp(dot, ".sgm") == 0))
      names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, compare_names);
  for (size_t i = 0; i < n; i++) {
    char input[4096], expected_path[4096], args[8192];
    int stem = (int)(strrchr(names[i], '.') - names[i]);
    snprintf(input, sizeof input, "%s/%.2000s", dir, names[i]);
    snprintf(expected_path, sizeof expected_path, "%s/%.*s.expected", dir,
             stem < 2000 ? stem : 2000, names[i]);
    snprintf(args, sizeof args, "article --json '%s' 2>/dev/null", input);
    char *got = NULL;
    int status = run_cli(ts, args, &got);
    char *want = test_read_file(expected_path, NULL);
    CHECK(ts, want != NULL, "%s: no expected file %s", names[i], expected_path);
    if (want) {
      int same = strcmp(got, want) == 0;
      if (!same && getenv("DATELINE_UPDATE_GOLDEN")) {
        FILE *f = fopen(expected_path, "w");
        if (f) {
          fputs(got, f);
          fclose(f);
        }
      }
      CHECK(ts, same, "%s: output differs from %s\n--- got\n%s", names[i], expected_path, got);
    }
    CHECK(ts, status == 0 || status == 1, "%s: exit status %d", names[i], status);
    free(want);
    free(got);
    free(names[i]);
  }
}

/* Parses one JSON line; NULL when it is not a JSON object. */
static json_t *parse_line(const char *line) {
  json_error_t err;
  json_t *v = json_loads(line, 0, &err);
  if (v && !json_is_object(v)) {
    json_decref(v);
    return NULL;
  }
  return v;
}

/* The seed story: the structure, 11 paragraphs and 13 sentences with true offsets. */
static void golden_seed(test_state *ts) {
  char path[4096], args[8192];
  snprintf(path, sizeof path, "%s/golden/afghan-soldiers.txt", ts->dir);
  snprintf(args, sizeof args, "article --json '%s'", path);
  char *got = NULL;
  int status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "seed: exit status %d", status);
  json_t *rec = parse_line(got);
  CHECK(ts, rec != NULL, "seed: output is not one JSON object: %s", got);
  size_t input_len = 0;
  char *input = test_read_file(path, &input_len);
  if (rec && input) {
    json_t *paras = json_object_get(rec, "paragraphs");
    json_t *sents = json_object_get(rec, "sentences");
    CHECK(ts, json_array_size(paras) == 11, "seed: %zu paragraphs, want 11", json_array_size(paras));
    CHECK(ts, json_array_size(sents) == 13, "seed: %zu sentences, want 13", json_array_size(sents));
    CHECK(ts, strcmp(json_string_value(json_object_get(rec, "headline")),
                     "Afghan soldiers seek refuge in Pakistan after losing border military posts") == 0,
          "seed: headline");
    CHECK(ts, strcmp(json_string_value(json_object_get(rec, "caption")),
                     "A general view of the border post in Torkham") == 0, "seed: caption");
    json_t *dl = json_object_get(rec, "dateline");
    CHECK(ts, strcmp(json_string_value(json_object_get(dl, "place")), "ISLAMABAD") == 0 &&
                  strcmp(json_string_value(json_object_get(dl, "agency")), "Reuters") == 0,
          "seed: dateline");
    json_t *credits = json_object_get(rec, "credits");
    json_t *rep = json_object_get(credits, "reporting"), *ed = json_object_get(credits, "editing");
    CHECK(ts, json_array_size(rep) == 1 && json_array_size(ed) == 1 &&
                  strcmp(json_string_value(json_array_get(rep, 0)), "Asif Shahzad") == 0 &&
                  strcmp(json_string_value(json_array_get(ed, 0)), "Peter Graff") == 0,
          "seed: credits");
    /* Every sentence's offsets point at its first and last bytes in the input. */
    size_t i;
    json_t *s;
    json_array_foreach(sents, i, s) {
      const char *text = json_string_value(json_object_get(s, "text"));
      json_int_t start = json_integer_value(json_object_get(s, "start"));
      json_int_t end = json_integer_value(json_object_get(s, "end"));
      size_t len = text ? strlen(text) : 0;
      int ok = text && len && start >= 0 && end > start && (size_t)end <= input_len &&
               input[start] == text[0] && input[end - 1] == text[len - 1];
      CHECK(ts, ok, "seed: sentence %zu offsets [%lld,%lld] do not frame \"%s\"", i,
            (long long)start, (long long)end, text ? text : "");
    }
    /* The sentence that crosses blank lines spans them in the input. */
    json_t *s9 = json_array_get(sents, 10);
    const char *t9 = json_string_value(json_object_get(s9, "text"));
    CHECK(ts, t9 && strncmp(t9, "Afghan government and Taliban negotiators have met in Qatar's", 60) == 0,
          "seed: sentence 10 is %s", t9 ? t9 : "(none)");
  }
  json_decref(rec);
  free(input);
  free(got);
}

/* Options, exit codes, standard input, directories and --errors. */
static void golden_cli(test_state *ts) {
  char *out = NULL, args[8192];
  CHECK(ts, run_cli(ts, "--version", &out) == 0 && strncmp(out, "dateline ", 9) == 0,
        "--version prints the version");
  free(out);
  CHECK(ts, run_cli(ts, "--help", &out) == 0 && strstr(out, "article"), "--help lists commands");
  free(out);
  CHECK(ts, run_cli(ts, "article --help", &out) == 0 && strstr(out, "--errors"),
        "article --help lists options");
  free(out);
  CHECK(ts, run_cli(ts, "no-such-command 2>/dev/null", &out) == 2, "unknown command exits 2");
  free(out);
  CHECK(ts, run_cli(ts, "article 2>/dev/null", &out) == 2, "no input exits 2");
  free(out);
  CHECK(ts, run_cli(ts, "article --bogus x 2>/dev/null", &out) == 2, "unknown option exits 2");
  free(out);
  CHECK(ts, run_cli(ts, "article --format nope x 2>/dev/null", &out) == 2, "unknown format exits 2");
  free(out);

  /* Standard input reads like a file, detected from its content. */
  snprintf(args, sizeof args, "article - < '%s/golden/afghan-soldiers.txt'", ts->dir);
  int status = run_cli(ts, args, &out);
  CHECK(ts, status == 0 && strstr(out, "\"headline\":\"Afghan soldiers seek refuge") != NULL,
        "stdin: status %d", status);
  free(out);

  /* A directory is read recursively in sorted order: every golden input once. */
  snprintf(args, sizeof args, "article '%s/golden' 2>/dev/null", ts->dir);
  status = run_cli(ts, args, &out);
  size_t lines = 0;
  for (char *p = out; (p = strchr(p, '\n')); p++) lines++;
  CHECK(ts, lines >= 5 && (status == 0 || status == 1), "directory: %zu records, status %d", lines,
        status);
  free(out);

  /* Bad records: reported on stderr and in --errors, the good ones still come out, exit 1. */
  char tmpl[] = "/tmp/dateline-test-XXXXXX";
  char *tmp = mkdtemp(tmpl);
  CHECK(ts, tmp != NULL, "mkdtemp");
  if (!tmp) return;
  char input[512], errors[512], stderr_path[512];
  snprintf(input, sizeof input, "%s/mixed.jsonl", tmp);
  snprintf(errors, sizeof errors, "%s/errors.jsonl", tmp);
  snprintf(stderr_path, sizeof stderr_path, "%s/stderr.txt", tmp);
  FILE *f = fopen(input, "w");
  if (f) {
    fputs("{\"id\":\"a\",\"text\":\"Rebels attacked a convoy.\"}\n"
          "{\"id\":\"b\",\"text\":\n"
          "{\"id\":\"c\",\"text\":[1,2]}\n"
          "{\"id\":\"d\",\"text\":\"Police arrested two men.\"}\n",
          f);
    fclose(f);
  }
  snprintf(args, sizeof args, "article --errors '%s' '%s' '%s/missing.txt' 2>'%s'", errors, input,
           tmp, stderr_path);
  status = run_cli(ts, args, &out);
  lines = 0;
  for (char *p = out; (p = strchr(p, '\n')); p++) lines++;
  CHECK(ts, status == 1, "bad records exit 1, got %d", status);
  CHECK(ts, lines == 2, "bad records: %zu good records out, want 2", lines);
  free(out);
  char *err = test_read_file(stderr_path, NULL);
  CHECK(ts, err && strstr(err, "mixed.jsonl:2:") && strstr(err, "mixed.jsonl:3:") &&
                strstr(err, "missing.txt"),
        "stderr names file and line of each bad record:\n%s", err ? err : "");
  free(err);
  char *ej = test_read_file(errors, NULL);
  size_t error_lines = 0;
  int all_json = ej != NULL;
  for (char *line = ej; line && *line;) {
    char *nl = strchr(line, '\n');
    if (nl) *nl = '\0';
    json_t *v = parse_line(line);
    all_json = all_json && v && json_object_get(v, "input") && json_object_get(v, "reason");
    json_decref(v);
    error_lines++;
    line = nl ? nl + 1 : line + strlen(line);
  }
  CHECK(ts, error_lines == 3 && all_json, "--errors: %zu JSON lines, want 3", error_lines);
  free(ej);
  unlink(input);
  unlink(errors);
  unlink(stderr_path);
  rmdir(tmp);
}

/* The seed story's actors: the mentions its issue names, each with its code. */
static void golden_seed_actors(test_state *ts) {
  static const struct {
    const char *text; /* the mention as written */
    const char *code; /* its code, or the code's start for groups with a suffix */
  } expected[] = {
      {"Afghan soldiers", "AFGMIL"},       {"Pakistan", "PAK"},
      {"Taliban insurgents", "AFGREB"},    {"Pakistan's army", "PAKMIL"},
      {"Tajikistan", "TJK"},               {"Iran", "IRN"},
      {"The Afghan military commander", "AFGMIL"}, {"the Pakistan army", "PAKMIL"},
      {"Afghan authorities", "AFGGOV"},    {"Afghanistan", "AFG"},
      {"the Afghan ambassador", "AFGGOV"}, {"Afghan officials", "AFGGOV"},
      {"the United States", "USA"},        {"Washington", "USAGOV"},
      {"Afghan forces", "AFGMIL"},         {"Afghan government", "AFGGOV"},
      {"Taliban negotiators", "AFGREB"},   {"Qatar", "QAT"},
      {"Afghanistan's military", "AFGMIL"}, {"Afghan", "AFGGOV"},
      {"U.S. officials", "USAGOV"},        {"its diplomats", "AFGGOV"},
  };
  char args[8192], path[2048];
  snprintf(path, sizeof path, "%.1000s/golden/afghan-soldiers.txt", ts->dir);
  snprintf(args, sizeof args, "actors --date 2021-07-26 '%s'", path);
  char *got = NULL;
  int status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "seed actors: exit status %d", status);
  for (size_t k = 0; k < sizeof expected / sizeof *expected; k++) {
    int found = 0;
    for (char *line = got; line && *line && !found;) {
      char *nl = strchr(line, '\n');
      if (nl) *nl = '\0';
      json_t *m = parse_line(line);
      const char *text = json_string_value(json_object_get(m, "text"));
      const char *code = json_string_value(json_object_get(m, "code"));
      found = text && code && strcmp(text, expected[k].text) == 0 &&
              strncmp(code, expected[k].code, strlen(expected[k].code)) == 0;
      json_decref(m);
      if (nl) *nl = '\n';
      line = nl ? nl + 1 : NULL;
    }
    CHECK(ts, found, "seed actors: no mention \"%s\" coded %s", expected[k].text, expected[k].code);
  }
  /* The whole output, so a change to any mention is seen. */
  snprintf(path, sizeof path, "%.1000s/golden/afghan-soldiers.actors", ts->dir);
  char *want = test_read_file(path, NULL);
  CHECK(ts, want && strcmp(want, got) == 0, "seed actors: output differs from %s\n--- got\n%s", path,
        got);
  free(want);
  free(got);
}

/* One row the seed story's events are checked against. */
typedef struct seed_row {
  const char *id;        /* R1..R11 required, O1.. optional */
  const char *codes;     /* CAMEO codes, the exact one first; a code also matches the codes it starts ("138": "1384") */
  const char *source;    /* "AFG", "AFG/MIL", "AFG/REB|INS|TAL", or "" for any */
  const char *target;    /* the same, "" for any, "TJK|IRN|PAK" for one of several */
} seed_row;

/* Nonzero when a list of space-separated codes holds code, or a code that code starts with. */
static int code_listed(const char *codes, const char *code) {
  for (const char *c = codes; *c;) {
    size_t n = strcspn(c, " ");
    if (n && strncmp(code, c, n) == 0) return 1;
    c += n;
    while (*c == ' ') c++;
  }
  return 0;
}

/* Nonzero when an actor object of an event line fits a row's "CTRY/ROLE|ROLE" (or "" for any). */
static int actor_fits(json_t *actor, const char *want) {
  if (!*want) return 1;
  const char *country = json_string_value(json_object_get(actor, "country"));
  if (!country) return 0;
  char buf[64];
  snprintf(buf, sizeof buf, "%s", want);
  char *slash = strchr(buf, '/');
  if (slash) *slash = '\0';
  int ok = 0;
  for (char *c = strtok(buf, "|"); c; c = strtok(NULL, "|")) ok |= strcmp(c, country) == 0;
  if (!ok || !slash) return ok;
  const char *code = json_string_value(json_object_get(actor, "code"));
  ok = 0;
  snprintf(buf, sizeof buf, "%s", strchr(want, '/') + 1);
  for (char *r = strtok(buf, "|"); r; r = strtok(NULL, "|")) ok |= code && strstr(code, r) != NULL;
  return ok;
}

/*
 * The seed story's events: every event its issue requires, with the right
 * source and target countries and roles and CAMEO root, at least 9 of 11
 * with the exact code, and at least 80% of the events printed required or
 * optional ones. The whole output is golden too.
 */
static void golden_seed_events(test_state *ts) {
  static const seed_row rows[] = {
      {"R1", "1033 0233", "AFG/MIL", "PAK"},         {"R2", "0233 1033", "AFG/MIL", "PAK"},
      {"R3", "073 075", "PAK/MIL", "AFG/MIL"},       {"R4", "073", "PAK/MIL", "AFG/MIL"},
      {"R5", "161 160", "AFG", "PAK"},               {"R6", "181 180", "", "AFG"},
      {"R7", "190 193 195", "AFG/REB|INS|TAL", "AFG"}, {"R8", "0356 0874 035 030", "USA", ""},
      {"R9", "044 046 040 043", "AFG", "AFG"},       {"R10", "0353 035 0841", "PAK/MIL", "AFG"},
      {"R11", "0841 084", "PAK/MIL", "AFG"},
      {"O1", "1033 0233 0874", "AFG", "TJK|IRN|PAK"}, {"O2", "190 193 195", "AFG/REB|INS|TAL", ""},
      {"O3", "0874 087", "AFG/MIL", ""},             {"O4", "0332 0334 033 030 195 138", "USA", "AFG"},
      {"O5", "190 180 193", "", "AFG/MIL"},          {"O6", "011", "AFG", ""},
      {"O7", "150 152 154", "AFG/MIL", ""},          {"O8", "030 036 039 050 057 081 0331 085", "AFG", "PAK"},
      {"O9", "046 040", "AFG", "AFG"},               {"O10", "0233 1033", "AFG", "PAK"},
  };
  enum { NREQUIRED = 11, NROWS = sizeof rows / sizeof *rows };
  char args[8192], path[2048];
  snprintf(path, sizeof path, "%.1000s/golden/afghan-soldiers.txt", ts->dir);
  snprintf(args, sizeof args, "code --date 2021-07-26 '%s'", path);
  char *got = NULL;
  int status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "seed events: exit status %d", status);
  int found[NROWS] = {0}, exact[NROWS] = {0};
  size_t events = 0, matching = 0;
  for (char *line = got; line && *line;) {
    char *nl = strchr(line, '\n');
    if (nl) *nl = '\0';
    json_t *e = parse_line(line);
    const char *code = json_string_value(json_object_get(e, "code"));
    json_t *src = json_object_get(e, "source"), *tgt = json_object_get(e, "target");
    int any = 0;
    for (size_t r = 0; code && r < NROWS; r++) {
      if (!code_listed(rows[r].codes, code) || !actor_fits(src, rows[r].source) || !actor_fits(tgt, rows[r].target))
        continue;
      any = found[r] = 1;
      size_t n = strcspn(rows[r].codes, " ");
      if (strlen(code) == n && strncmp(code, rows[r].codes, n) == 0) exact[r] = 1;
    }
    events++;
    matching += (size_t)any;
    CHECK(ts, any || !code, "seed events: %s is no required or optional event", line);
    json_decref(e);
    if (nl) *nl = '\n';
    line = nl ? nl + 1 : NULL;
  }
  int nexact = 0;
  for (size_t r = 0; r < NREQUIRED; r++) {
    CHECK(ts, found[r], "seed events: required event %s (%s, %s -> %s) not found", rows[r].id, rows[r].codes,
          rows[r].source, rows[r].target);
    nexact += exact[r];
  }
  CHECK(ts, nexact >= 9, "seed events: %d of 11 required events have the exact code, not 9", nexact);
  CHECK(ts, events && matching * 5 >= events * 4, "seed events: %zu of %zu events are required or optional",
        matching, events);
  snprintf(path, sizeof path, "%.1000s/golden/afghan-soldiers.events", ts->dir);
  char *want = test_read_file(path, NULL);
  CHECK(ts, want && strcmp(want, got) == 0, "seed events: output differs from %s\n--- got\n%s", path, got);
  free(want);
  free(got);
}

/* Distance in km between two points on the Earth (haversine). */
static double km_between(double lat1, double lon1, double lat2, double lon2) {
  const double r = 6371.0, rad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  double h = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
  return 2 * r * asin(sqrt(h));
}

/* The first event line of the seed's output with this sentence, code and verb text prefix, parsed; NULL if none. */
static json_t *seed_event(const char *out, unsigned sentence, const char *code) {
  for (const char *line = out; line && *line;) {
    const char *nl = strchr(line, '\n');
    size_t n = nl ? (size_t)(nl - line) : strlen(line);
    json_t *e = json_loadb(line, n, 0, NULL);
    if (e && json_integer_value(json_object_get(e, "sentence")) == (json_int_t)sentence &&
        strcmp(json_string_value(json_object_get(e, "code")), code) == 0)
      return e;
    json_decref(e);
    line = nl ? nl + 1 : NULL;
  }
  return NULL;
}

/*
 * Where, when and how many on the seed story: the places of R2, R6 and R9
 * within 25 km, the dates of R3, R6, R8 and R11, the counts of R1 and R11,
 * and `dateline places` on the story's places.
 */
static void golden_seed_resolution(test_state *ts) {
  char args[8192], path[2048];
  snprintf(path, sizeof path, "%.1000s/golden/afghan-soldiers.txt", ts->dir);
  snprintf(args, sizeof args, "code --date 2021-07-26 '%s'", path);
  char *got = NULL;
  int status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "seed resolution: exit status %d", status);
  static const struct {
    const char *row;
    unsigned sentence;
    const char *code;
    const char *place; /* the place's country, or NULL */
    double lat, lon;
    const char *date;  /* or NULL */
    const char *precision;
    double count;      /* 0: not checked */
  } want[] = {
      {"R1", 1, "1033", NULL, 0, 0, NULL, NULL, 46},
      {"R2", 3, "0233", "PAK", 35.85, 71.79, NULL, NULL, 0},
      {"R3", 3, "073", NULL, 0, 0, "2021-07-25", "day", 0},
      {"R6", 6, "181", "PAK", 33.72, 73.04, "2021-07", "month", 0},
      {"R8", 8, "0356", NULL, 0, 0, "2021-04", "month", 0},
      {"R9", 10, "044", "QAT", 25.29, 51.53, NULL, NULL, 0},
      {"R11", 12, "0841", NULL, 0, 0, "2021-07", "month", 35},
  };
  for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
    json_t *e = seed_event(got, want[k].sentence, want[k].code);
    CHECK(ts, e != NULL, "seed resolution: %s (sentence %u, %s) not coded", want[k].row, want[k].sentence, want[k].code);
    if (!e) continue;
    if (want[k].place) {
      json_t *p = json_object_get(e, "place");
      const char *country = json_string_value(json_object_get(p, "country"));
      double d = km_between(json_number_value(json_object_get(p, "lat")), json_number_value(json_object_get(p, "lon")),
                            want[k].lat, want[k].lon);
      CHECK(ts, country && strcmp(country, want[k].place) == 0 && d <= 25.0,
            "seed resolution: %s place %s, %.0f km from where it should be", want[k].row, country ? country : "null",
            json_is_object(p) ? d : -1.0);
    }
    if (want[k].date) {
      const char *date = json_string_value(json_object_get(e, "date"));
      const char *prec = json_string_value(json_object_get(e, "date_precision"));
      const char *from = json_string_value(json_object_get(e, "date_from"));
      CHECK(ts, date && strcmp(date, want[k].date) == 0 && prec && strcmp(prec, want[k].precision) == 0 && from &&
                    strcmp(from, "text") == 0,
            "seed resolution: %s date %s (%s), not %s", want[k].row, date ? date : "null", prec ? prec : "null",
            want[k].date);
    }
    if (want[k].count > 0) {
      double value = json_number_value(json_object_get(json_object_get(e, "count"), "value"));
      CHECK(ts, value == want[k].count, "seed resolution: %s count %g, not %g", want[k].row, value, want[k].count);
    }
    json_decref(e);
  }
  free(got);

  /* dateline places: the story's towns within 25 km, its countries by code. */
  snprintf(args, sizeof args, "places --date 2021-07-26 '%s'", path);
  got = NULL;
  status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "seed places: exit status %d", status);
  static const struct {
    const char *text, *country;
    double lat, lon; /* 0, 0: the country alone is checked */
  } places[] = {
      {"Torkham", "PAK", 34.10, 71.09}, {"ISLAMABAD", "PAK", 33.72, 73.04}, {"Chitral", "PAK", 35.85, 71.79},
      {"Doha", "QAT", 25.29, 51.53},    {"Kabul", "AFG", 34.53, 69.17},     {"Tajikistan", "TJK", 0, 0},
      {"Iran", "IRN", 0, 0},            {"Qatar", "QAT", 0, 0},
  };
  for (size_t k = 0; k < sizeof places / sizeof *places; k++) {
    int found = 0;
    for (char *line = got; line && *line && !found;) {
      char *nl = strchr(line, '\n');
      if (nl) *nl = '\0';
      json_t *p = parse_line(line);
      const char *text = json_string_value(json_object_get(p, "text"));
      const char *country = json_string_value(json_object_get(p, "country"));
      if (text && strcmp(text, places[k].text) == 0 && country && strcmp(country, places[k].country) == 0)
        found = places[k].lat == 0 ||
                km_between(json_number_value(json_object_get(p, "lat")), json_number_value(json_object_get(p, "lon")),
                           places[k].lat, places[k].lon) <= 25.0;
      json_decref(p);
      if (nl) *nl = '\n';
      line = nl ? nl + 1 : NULL;
    }
    CHECK(ts, found, "seed places: %s not resolved to %s within 25 km", places[k].text, places[k].country);
  }
  free(got);
}

/*
 * dateline validate on gold of both formats written for the tests: the
 * summary is golden, every --format jsonl line parses, and each record's
 * coded events are its own (a record with no events shows none).
 */
static void golden_validate(test_state *ts) {
  char args[8192], path[2048], xml[2048];
  snprintf(path, sizeof path, "%.1000s/validate/gold.jsonl", ts->dir);
  snprintf(xml, sizeof xml, "%.1000s/validate/gold.xml", ts->dir);
  snprintf(args, sizeof args, "validate '%s' '%s'", path, xml);
  char *got = NULL;
  int status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "validate: exit status %d", status);
  snprintf(path, sizeof path, "%.1000s/validate/summary.expected", ts->dir);
  char *want = test_read_file(path, NULL);
  CHECK(ts, want && got && strcmp(want, got) == 0, "validate: summary differs from %s\n--- got\n%s", path,
        got ? got : "");
  free(want);
  free(got);
  snprintf(path, sizeof path, "%.1000s/validate/gold.jsonl", ts->dir);
  snprintf(args, sizeof args, "validate --format jsonl '%s' '%s'", path, xml);
  got = NULL;
  status = run_cli(ts, args, &got);
  CHECK(ts, status == 0, "validate --format jsonl: exit status %d", status);
  int lines = 0, empty_right = 0;
  for (char *line = got; line && *line;) {
    char *nl = strchr(line, '\n');
    if (nl) *nl = '\0';
    json_t *r = parse_line(line);
    CHECK(ts, json_is_object(r), "validate --format jsonl: not a JSON object: %s", line);
    const char *id = json_string_value(json_object_get(r, "id"));
    if (id && (strcmp(id, "v4") == 0 || strcmp(id, "X-02") == 0))
      empty_right += json_array_size(json_object_get(r, "coded")) == 0 && json_is_true(json_object_get(r, "right"));
    json_decref(r);
    lines++;
    line = nl ? nl + 1 : NULL;
  }
  CHECK(ts, lines == 8, "validate --format jsonl: %d lines, not 7 records and a summary", lines);
  CHECK(ts, empty_right == 2, "validate: a record with no gold events and no text to code must be right");
  free(got);
  /* A verb pattern with a code CAMEO lacks is an error at its line, and the file is refused. */
  snprintf(args, sizeof args, "dict check '%s/validate/bad-code-verbs.txt' 2>&1", ts->dir);
  got = NULL;
  status = run_cli(ts, args, &got);
  CHECK(ts, status == 1 && got && strstr(got, "bad-code-verbs.txt:2: '999' is no CAMEO event code"),
        "dict check: an unknown CAMEO code is not reported (exit %d): %s", status, got ? got : "");
  free(got);
  /* In a PETRARCH verb file, someone else's, a code CAMEO lacks is a warning: the file loads and codes. */
  snprintf(args, sizeof args, "dict check '%s/validate/petrarch-test-codes.txt' 2>&1", ts->dir);
  got = NULL;
  status = run_cli(ts, args, &got);
  CHECK(ts, status == 0 && got && strstr(got, "petrarch-test-codes.txt:4: warning: '915' is no CAMEO event code"),
        "dict check: a PETRARCH test code is not a warning (exit %d): %s", status, got ? got : "");
  free(got);
  snprintf(args, sizeof args, "code --quiet --dict '%s/validate/petrarch-test-codes.txt' '%s/golden/afghan-soldiers.txt'",
           ts->dir, ts->dir);
  got = NULL;
  status = run_cli(ts, args, &got);
  CHECK(ts, status == 0 && got && strstr(got, "\"code\":\"0233\""),
        "code --dict with a PETRARCH test code: exit %d, or the seed's events are missing", status);
  free(got);
  /* A gold file that is neither format is reported, and the rest scored. */
  snprintf(args, sizeof args, "validate --quiet '%s/golden/afghan-soldiers.txt' '%s'", ts->dir, xml);
  got = NULL;
  status = run_cli(ts, args, &got);
  CHECK(ts, status == 1, "validate on a bad gold file: exit status %d, not 1", status);
  free(got);
}

/* An international or non-state code's roles are the sector codes it carries; a former president's title makes him an elite. */
static void golden_actor_roles(test_state *ts) {
  char *got = NULL;
  int status = run_cli(ts,
                       "actors --date 2005-03-01 - <<'EOF'\n"
                       "The UN refugee agency and Amnesty International met former president Carlos Menem.\n"
                       "EOF",
                       &got);
  CHECK(ts, status == 0, "actor roles: exit status %d", status);
  CHECK(ts, got && strstr(got, "\"code\":\"IGOUNOREFHCR\",\"country\":null,\"roles\":[\"REF\"]"),
        "UNHCR has the role REF:\n%s", got ? got : "");
  CHECK(ts, got && strstr(got, "\"code\":\"NGOHRIAMN\",\"country\":null,\"roles\":[\"HRI\"]"),
        "Amnesty has the role HRI:\n%s", got ? got : "");
  CHECK(ts, got && strstr(got, "\"text\":\"former president Carlos Menem\"") &&
                strstr(got, "\"code\":\"ARGELI\""),
        "a former president is an elite:\n%s", got ? got : "");
  free(got);
}

void golden_run(test_state *ts) {
  golden_actor_roles(ts);
  golden_seed_actors(ts);
  golden_seed_events(ts);
  golden_seed_resolution(ts);
  golden_validate(ts);
  golden_files(ts);
  golden_seed(ts);
  golden_cli(ts);
}
