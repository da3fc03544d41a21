/* test_reader.c -- documents and corpora: the .txt metadata header, each
 * file format, bad input (invalid UTF-8, NUL, empty, binary, malformed JSON
 * Lines, missing paths, symlink loops, long lines) and the corpus walk order.
 * Runs from the source directory (fixtures in tests/fixtures/docs). */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "expect.h"

/* "file:line: message" of problem i, or NULL. */
static const char *problem(const lede_problems *p, size_t i) {
  static char buf[1024];
  if (i >= p->n) return NULL;
  const lede_problem *it = &p->items[i];
  if (it->line > 0) snprintf(buf, sizeof buf, "%s:%ld: %s", it->file ? it->file : "", it->line, it->message);
  else snprintf(buf, sizeof buf, "%s: %s", it->file ? it->file : "", it->message);
  return buf;
}

static void write_file(const char *path, const char *s, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(s, 1, n, f) != n) { perror(path); exit(2); }
  fclose(f);
}

#define D "tests/fixtures/docs"

static void test_header(void) {
  const char *s = "Title: Talks in Ostgrad\nDATE: March 14, 2025\nOutlet: Valley Wire\nid: vw-77\n\n"
                  "Title: this line is text\n";
  lede_doc *d;
  lede_document(s, strlen(s), NULL, &d, NULL);
  expect_str("header title", d->title, "Talks in Ostgrad");
  expect_str("header outlet", d->outlet, "Valley Wire");
  expect_str("header id", d->id, "vw-77");
  expect_str("header date", d->date, "2025-03-14");
  expect_str("header evidence", d->date_evidence, "metadata field Date: 'March 14, 2025'");
  expect_str("header removed", d->text, "Title: this line is text\n");
  lede_doc_free(d);
  /* not a header: an unknown key, no blank line, or format plain */
  const char *t[] = {"Title: x\nLocation: Marsk\n\nBody\n", "Title: only a header line\n",
                     "Source: Web\nTitle: y\n\nBody\n"};
  const char *want_title[] = {NULL, NULL, NULL};
  for (int i = 0; i < 3; i++) {
    lede_doc_meta m = {.format = i == 2 ? LEDE_FORMAT_PLAIN : LEDE_FORMAT_TEXT};
    lede_document(t[i], strlen(t[i]), &m, &d, NULL);
    char name[64];
    snprintf(name, sizeof name, "not a header %d", i);
    expect_str(name, d->text, t[i]);
    expect_str(name, d->title, want_title[i]);
    lede_doc_free(d);
  }
  /* caller's metadata fills what the input does not say; the input wins */
  lede_doc_meta m = {.id = "given", .title = "Given title", .outlet = "Harbour Post", .date = "2025-03-10"};
  lede_document("Title: From header\n\nBody", 24, &m, &d, NULL);
  expect_str("meta id", d->id, "given");
  expect_str("input title wins", d->title, "From header");
  expect_str("meta outlet", d->outlet, "Harbour Post");
  expect_str("meta date", d->date, "2025-03-10");
  lede_doc_free(d);
  /* CRLF text is kept as it is */
  lede_document("Date: 2025-03-12\r\n\r\nLine one\r\nLine two\r\n", 40, NULL, &d, NULL);
  expect_str("crlf kept", d->text, "Line one\r\nLine two\r\n");
  expect_str("crlf date", d->date, "2025-03-12");
  lede_doc_free(d);
}

static void test_json_document(void) {
  lede_doc *d;
  char *err = NULL;
  lede_doc_meta m = {.format = LEDE_FORMAT_JSON, .path = "x.json"};
  const char *j = "{\"text\": \"Dravania says 41.\", \"id\": 12, \"source\": \"Valley Wire\", \"published\": \"2025-03-13\"}";
  expect_int("json ok", lede_document(j, strlen(j), &m, &d, &err), LEDE_OK);
  expect_str("json id", d->id, "12");
  expect_str("json outlet from source", d->outlet, "Valley Wire");
  expect_str("json published", d->date_evidence, "metadata field published: '2025-03-13'");
  lede_doc_free(d);
  const char *nul = "{\"text\": \"Dorn\\u0000shelled, \\\\u0000 stays\"}";
  expect_int("json nul escape", lede_document(nul, strlen(nul), &m, &d, &err), LEDE_OK);
  expect_str("json nul escape text", d->text, "Dorn shelled, \\u0000 stays");
  expect_str("json nul escape problem", problem(&d->problems, 0), "x.json: 1 JSON escape(s) \\u0000 (NUL) read as a space");
  lede_doc_free(d);
  expect_int("json no text", lede_document("{\"title\": \"x\"}", 14, &m, &d, &err), LEDE_EPARSE);
  expect_str("json no text message", err, "record has no \"text\" string");
  lede_free(err);
  expect_int("json invalid", lede_document("{\"text\": ", 9, &m, &d, &err), LEDE_EPARSE);
  expect_str("json invalid message", err, "invalid JSON at byte 8");
  lede_free(err);
  expect_int("json invalid, no err", lede_document("[1", 2, &m, &d, NULL), LEDE_EPARSE);
}

static void test_walk(void) {
  static const char *const ids[] = {
      "kt-0312-01", D "/b_plain.md", D "/c_page.html", "vw-1", D "/d_records.jsonl:4", "7",
      D "/e_array.json#1", D "/e_array.json#2", D "/f_latin1.txt", D "/g_nul.txt", D "/h_empty.txt",
      D "/i_binary.txt", D "/nested/deeper/j_deep.txt", D "/nested/k_note.txt", NULL};
  lede_reader *r;
  expect_int("open", lede_reader_open(D, NULL, &r), LEDE_OK);
  lede_doc *d;
  int k = 0;
  char skipped[2][256] = {"", ""};
  int nskipped = 0;
  while (lede_reader_next(r, &d) == LEDE_OK) {
    const lede_problems *p = lede_reader_problems(r);
    for (size_t i = 0; i < p->n && nskipped < 2; i++) snprintf(skipped[nskipped++], 256, "%s", problem(p, i));
    char name[64];
    snprintf(name, sizeof name, "walk doc %d", k + 1);
    expect_str(name, d->id, ids[k] ? ids[k] : "(no more expected)");
    const char *id = d->id;
    if (strcmp(id, "kt-0312-01") == 0) {
      expect_str("a_header title", d->title, "Keldoria reports 38 soldiers killed");
      expect_str("a_header outlet", d->outlet, "Keldor Today");
      expect_str("a_header url", d->url, "https://keldortoday.example/2025/03/12/clashes");
      expect_str("a_header author", d->author, "Ana Petrosyan");
      expect_str("a_header path", d->path, D "/a_header.txt");
      expect_str("a_header date", d->date, "2025-03-12");
      expect_str("a_header text", d->text,
                 "MARSK -- Keldoria said on Wednesday that at least 38 of its soldiers were killed.\r\n"
                 "Dravania disputes the figure.\r\n");
    } else if (strcmp(id, D "/b_plain.md") == 0) {
      expect_str("md text", d->text, "# Talks in Ostgrad\n\nLorvian spokesman Dmitri Olenko said talks would begin on Friday.\n");
      expect_str("md no date", d->date, "");
    } else if (strcmp(id, D "/c_page.html") == 0) {
      expect_str("html text", d->text, "Ceasefire holds in Tarvos\nThe guns fell silent at 10:00 am Ostgrad time.");
      expect_str("html outlet", d->outlet, "Harbour Post");
      expect_str("html date", d->date, "2025-03-13");
    } else if (strcmp(id, "vw-1") == 0) {
      expect_str("jsonl outlet", d->outlet, "Valley Wire");
      expect_str("jsonl path", d->path, D "/d_records.jsonl");
      expect_str("jsonl evidence", d->date_evidence, "metadata field date: '2025-03-12'");
    } else if (strcmp(id, D "/d_records.jsonl:4") == 0) {
      expect_str("jsonl source as outlet", d->outlet, "Northern Ledger");
    } else if (strcmp(id, D "/e_array.json#2") == 0) {
      expect_str("json array url", d->url, "https://harbourpost.example/2");
      expect_str("json array text", d->text, "Second record.");
    } else if (strcmp(id, D "/f_latin1.txt") == 0) {
      expect_str("latin1 text", d->text, "Caf\xC3\xA9 owners in Ulmet said the shelling stopped \xE2\x80\x9C" "at dawn\xE2\x80\x9D.\n");
      expect_int("latin1 problems", (long long)d->problems.n, 3);
      expect_str("latin1 problem 1", problem(&d->problems, 0),
                 D "/f_latin1.txt: invalid UTF-8 at byte offset 3 (0xE9) read as Windows-1252");
      expect_str("latin1 problem 3", problem(&d->problems, 2),
                 D "/f_latin1.txt: invalid UTF-8 at byte offset 55 (0x94) read as Windows-1252");
    } else if (strcmp(id, D "/g_nul.txt") == 0) {
      expect_str("nul text", d->text, "Tarvos governor Samvel Kirakosov spoke.\n");
      expect_str("nul problem", problem(&d->problems, 0), D "/g_nul.txt: NUL byte at byte offset 6 read as a space");
      expect_int("nul problems", (long long)d->problems.n, 2);
    } else if (strcmp(id, D "/h_empty.txt") == 0) {
      expect_str("empty text", d->text, "");
      expect_str("empty problem", problem(&d->problems, 0), D "/h_empty.txt: empty document");
    } else if (strcmp(id, D "/i_binary.txt") == 0) {
      expect_str("binary problem", problem(&d->problems, 0),
                 D "/i_binary.txt: probably a binary file (98% control bytes); read as text anyway");
      expect_int("binary problems (binary + 8 NUL)", (long long)d->problems.n, 9);
      expect_int("binary text length", (long long)d->len, 132);
    }
    lede_doc_free(d);
    k++;
  }
  expect_int("walk count", k, 14);
  expect_int("walk reader count", (long long)lede_reader_count(r), 14);
  expect_int("walk skipped", (long long)lede_reader_skipped(r), 2);
  expect_str("jsonl bad line", skipped[0], D "/d_records.jsonl:2: invalid JSON at column 25; record skipped");
  expect_str("jsonl no text", skipped[1], D "/d_records.jsonl:3: record has no \"text\" string; record skipped");
  lede_reader_close(r);
}

static void test_loops_and_missing(void) {
  char dir[] = "/tmp/lede_reader_XXXXXX";
  if (!mkdtemp(dir)) { perror("mkdtemp"); exit(2); }
  char p[256], q[1024];
  snprintf(p, sizeof p, "%s/sub", dir);
  mkdir(p, 0755);
  snprintf(p, sizeof p, "%s/sub/a.txt", dir);
  write_file(p, "In the loop.\n", 13);
  snprintf(p, sizeof p, "%s/self", dir);
  if (symlink(".", p)) perror("symlink");
  snprintf(p, sizeof p, "%s/sub/back", dir);
  if (symlink("..", p)) perror("symlink");
  snprintf(p, sizeof p, "%s/zz_broken.txt", dir);
  if (symlink("nonexistent.txt", p)) perror("symlink");

  lede_reader *r;
  lede_doc *d;
  lede_reader_open(dir, NULL, &r);
  expect_int("loop next 1", lede_reader_next(r, &d), LEDE_OK);
  snprintf(q, sizeof q, "%s/sub/a.txt", dir);
  expect_str("loop doc", d->id, q);
  lede_doc_free(d);
  snprintf(q, sizeof q, "%s/self: symlink loop: the directory is already being read as %s", dir, dir);
  expect_str("loop self", problem(lede_reader_problems(r), 0), q);
  expect_int("loop next 2", lede_reader_next(r, &d), LEDE_END);
  snprintf(q, sizeof q, "%s/sub/back: symlink loop: the directory is already being read as %s", dir, dir);
  expect_str("loop back", problem(lede_reader_problems(r), 0), q);
  snprintf(q, sizeof q, "%s/zz_broken.txt: cannot read: No such file or directory (a broken or looping symlink)", dir);
  expect_str("broken symlink", problem(lede_reader_problems(r), 1), q);
  expect_int("loop skipped", (long long)lede_reader_skipped(r), 3);
  lede_reader_close(r);

  /* a JSON Lines record with invalid UTF-8: offsets in the file, line number */
  snprintf(p, sizeof p, "%s/sub/r.jsonl", dir);
  write_file(p, "{\"text\": \"ok\"}\n{\"text\": \"Caf\xE9\"}\n", 31);
  lede_reader_open(p, NULL, &r);
  lede_reader_next(r, &d);
  lede_doc_free(d);
  lede_reader_next(r, &d);
  expect_str("jsonl repaired", d->text, "Caf\xC3\xA9");
  snprintf(q, sizeof q, "%s:2: invalid UTF-8 at byte offset 13 (0xE9) read as Windows-1252", p);
  expect_str("jsonl repair problem", problem(&d->problems, 0), q);
  expect_int("jsonl repair offset in file", d->problems.items[0].offset, 28);
  lede_doc_free(d);
  expect_int("jsonl end", lede_reader_next(r, &d), LEDE_END);
  lede_reader_close(r);

  /* a file named without a known extension (a pipe, say) is sniffed */
  snprintf(p, sizeof p, "%s/sub/records", dir);
  write_file(p, "\n{\"text\": \"one\"}\n{\"text\": \"two\"}\n", 32);
  lede_reader_open(p, NULL, &r);
  lede_reader_next(r, &d);
  snprintf(q, sizeof q, "%s:2", p);
  expect_str("sniffed jsonl id", d->id, q);
  lede_doc_free(d);
  lede_reader_next(r, &d);
  expect_str("sniffed jsonl text", d->text, "two");
  lede_doc_free(d);
  expect_int("sniffed jsonl end", lede_reader_next(r, &d), LEDE_END);
  lede_reader_close(r);
  snprintf(p, sizeof p, "%s/sub/notes", dir);
  write_file(p, "\nTitle: Notes\n\nnot JSON\n", 24);
  lede_reader_open(p, NULL, &r);
  lede_reader_next(r, &d);
  expect_str("sniffed text", d->text, "\nTitle: Notes\n\nnot JSON\n");
  expect_str("sniffed text path", d->path, p);
  lede_doc_free(d);
  lede_reader_close(r);

  /* a 1 MB single line, as text and as a JSON Lines record */
  size_t big = 1 << 20;
  char *s = malloc(big + 32);
  memcpy(s, "{\"text\": \"", 10);
  memset(s + 10, 'x', big);
  memcpy(s + 10 + big, "\"}\n", 3);
  snprintf(p, sizeof p, "%s/sub/big.jsonl", dir);
  write_file(p, s, big + 13);
  lede_reader_open(p, NULL, &r);
  expect_int("1 MB jsonl", lede_reader_next(r, &d), LEDE_OK);
  expect_int("1 MB jsonl length", (long long)d->len, (long long)big);
  lede_doc_free(d);
  lede_reader_close(r);
  snprintf(p, sizeof p, "%s/sub/big.txt", dir);
  write_file(p, s + 10, big);
  char *err;
  expect_int("1 MB text", lede_read_file(p, &d, &err), LEDE_OK);
  expect_int("1 MB text length", (long long)d->len, (long long)big);
  lede_doc_free(d);
  free(s);

  /* missing paths and a directory where a file is expected */
  lede_reader_open("tests/fixtures/docs/nonexistent", NULL, &r);
  expect_int("missing source", lede_reader_next(r, &d), LEDE_END);
  expect_str("missing problem", problem(lede_reader_problems(r), 0),
             "tests/fixtures/docs/nonexistent: cannot read: No such file or directory");
  expect_int("missing skipped", (long long)lede_reader_skipped(r), 1);
  lede_reader_close(r);
  expect_int("read dir", lede_read_file(D, &d, &err), LEDE_EIO);
  expect_str("read dir message", err, D ": is a directory (lede.corpus reads a directory)");
  lede_free(err);
  expect_int("read missing", lede_read_file("nope.txt", &d, &err), LEDE_EIO);
  expect_str("read missing message", err, "nope.txt: No such file or directory");
  lede_free(err);
  expect_int("read jsonl", lede_read_file(D "/d_records.jsonl", &d, &err), LEDE_EPARSE);
  expect_str("read jsonl message", err, D "/d_records.jsonl: holds more than one document (lede.corpus reads them all)");
  lede_free(err);
  expect_int("read one", lede_read_file(D "/b_plain.md", &d, &err), LEDE_OK);
  expect_str("read one id", d->id, D "/b_plain.md");
  lede_doc_free(d);

  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd)) fprintf(stderr, "could not remove %s\n", dir);
}

int main(void) {
  test_header();
  test_json_document();
  test_walk();
  test_loops_and_missing();
  if (failures) fprintf(stderr, "%d failure(s)\n", failures);
  return failures != 0;
}
