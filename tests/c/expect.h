/* expect.h -- the checks shared by the C test programs of documents and
 * corpora: each prints "ok NAME" or a FAIL line with what it got and wanted,
 * and counts failures (main returns failures != 0). */
#ifndef LEDE_TEST_EXPECT_H
#define LEDE_TEST_EXPECT_H

#include <stdio.h>
#include <string.h>

static int failures;

static inline void expect_str(const char *name, const char *got, const char *want) {
  int ok = (got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0);
  if (!ok) {
    failures++;
    fprintf(stderr, "FAIL %s\n  got  [%s]\n  want [%s]\n", name, got ? got : "(null)",
            want ? want : "(null)");
  } else printf("ok %s\n", name);
}

static inline void expect_int(const char *name, long long got, long long want) {
  if (got != want) {
    failures++;
    fprintf(stderr, "FAIL %s: got %lld, want %lld\n", name, got, want);
  } else printf("ok %s\n", name);
}

#endif
