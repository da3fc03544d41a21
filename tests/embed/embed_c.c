/* embed_c.c -- calling lede's C API directly on a string.
 * Build: cc embed_c.c $(pkg-config --cflags --libs lede) */
#include <lede.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  /* A Windows-1252 apostrophe (0x92) in otherwise UTF-8 text. */
  const char *s = "Armenia\x92s ministry said at least 49 soldiers were killed.";
  char *fixed;
  size_t len;
  int changed;
  lede_problems probs = {0};
  int st = lede_utf8_repair(s, strlen(s), "example", &fixed, &len, &changed, &probs);
  if (st != LEDE_OK) { fprintf(stderr, "lede: %s\n", lede_strerror(st)); return 1; }
  printf("%s\n", fixed);
  for (size_t i = 0; i < probs.n; i++) printf("problem: %s\n", probs.items[i].message);
  int ok = changed && probs.n == 1 && strcmp(fixed, "Armenia\xE2\x80\x99s ministry said at least 49 soldiers were killed.") == 0;
  lede_free(fixed);
  lede_problems_clear(&probs);
  if (!ok) { fprintf(stderr, "embed_c: unexpected result\n"); return 1; }
  return 0;
}
