/* test_html.c -- HTML pages as documents: text, entities, dropped
 * elements, metadata from the head. Exact expected outputs. */
#include "lede.h"
#include <stdio.h>
#include <string.h>

#include "expect.h"

static lede_doc *doc_of(const char *html, int format) {
  lede_doc_meta m = {.path = "page.html", .format = format};
  lede_doc *d = NULL;
  if (lede_document(html, strlen(html), &m, &d, NULL) != LEDE_OK) {
    failures++;
    fprintf(stderr, "FAIL lede_document\n");
  }
  return d;
}

int main(void) {
  const char *page =
      "<!DOCTYPE html>\n"
      "<html><head><title>Ceasefire holds in Tarvos &ndash; Harbour   Post</title>\n"
      "<meta property=\"article:published_time\" content=\"2025-03-13T08:30:00+04:00\">\n"
      "<meta property=\"og:site_name\" content=\"Harbour Post\">\n"
      "<meta name=\"author\" content=\"Lena Hovik\">\n"
      "<link rel=\"canonical\" href=\"https://harbourpost.example/tarvos?a=1&amp;b=2\">\n"
      "<style>p { color: red; }</style>\n"
      "<script type=\"text/javascript\">var slot = \"<p>not text</p>\"; if (a < b) {}</script></head>\n"
      "<body><header><a href=\"/\">Home</a> Subscribe</header><nav><ul><li>World</li></ul></nav>\n"
      "<h1>Ceasefire holds in Tarvos</h1>\n"
      "<p>Keldoria&rsquo;s defence ministry said &ldquo;at least 38&rdquo; soldiers died &mdash;\n"
      "   a figure Dravania disputes.</p>\n"
      "<!-- ad slot <p>hidden</p> -->"
      "<p>Caf&eacute; owners in Ulmet &amp; Dorn reopened&hellip; &#8220;We wait,&#x201D; one said.</p>\n"
      "<div>Line one<br>Line two<br/>Line three</div>\n"
      "<noscript>Enable JavaScript</noscript>\n"
      "<ul><li>First</li><li>Second</li></ul>\n"
      "<table><tr><td>Keldoria</td><td>38</td></tr><tr><td>Dravania</td><td>41</td></tr></table>\n"
      "<footer>Copyright 2025 Harbour Post</footer></body></html>\n";
  lede_doc *d = doc_of(page, LEDE_FORMAT_AUTO);
  if (d) {
    expect_str("page text", d->text,
               "Ceasefire holds in Tarvos\n"
               "Keldoria\xE2\x80\x99s defence ministry said \xE2\x80\x9C" "at least 38\xE2\x80\x9D soldiers "
               "died \xE2\x80\x94 a figure Dravania disputes.\n"
               "Caf\xC3\xA9 owners in Ulmet & Dorn reopened\xE2\x80\xA6 \xE2\x80\x9CWe wait,\xE2\x80\x9D one said.\n"
               "Line one\nLine two\nLine three\n"
               "First\nSecond\n"
               "Keldoria 38\nDravania 41");
    expect_str("page title", d->title, "Ceasefire holds in Tarvos \xE2\x80\x93 Harbour Post");
    expect_str("page outlet", d->outlet, "Harbour Post");
    expect_str("page author", d->author, "Lena Hovik");
    expect_str("page url", d->url, "https://harbourpost.example/tarvos?a=1&b=2");
    expect_str("page date", d->date, "2025-03-13");
    expect_str("page date evidence", d->date_evidence,
               "metadata field article:published_time: '2025-03-13T08:30:00+04:00'");
    expect_str("page id", d->id, "page.html");
    if (d->len != strlen(d->text) || d->date_estimated || d->problems.n) {
      failures++;
      fprintf(stderr, "FAIL page len/estimated/problems\n");
    }
    lede_doc_free(d);
  }

  /* entities: unknown ones and a bare & stay; numeric 0 and surrogates give U+FFFD;
   * 146 is read as Windows-1252 (a right single quote); Latin-1 letters */
  d = doc_of("<p>&unknown; AT&T &amp &#0; &#xD800; &#146; &Aring;ngstr&ouml;m &nbsp;x &lt;b&gt; a < b</p>",
             LEDE_FORMAT_HTML);
  if (d) {
    expect_str("entity edge cases", d->text,
               "&unknown; AT&T &amp \xEF\xBF\xBD \xEF\xBF\xBD \xE2\x80\x99 \xC3\x85ngstr\xC3\xB6m "
               "\xC2\xA0x <b> a < b");
    lede_doc_free(d);
  }

  /* numeric references too large for any code point (eight hex digits once
   * overflowed an int) give U+FFFD; nine digits are not a reference */
  d = doc_of("<p>&#xFFFFFFFF; &#x7FFFFFFF; &#99999999; &#x110000; &#123456789;</p>", LEDE_FORMAT_HTML);
  if (d) {
    expect_str("huge references", d->text,
               "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD &#123456789;");
    lede_doc_free(d);
  }

  /* nested dropped elements, unclosed script, comment without end */
  d = doc_of("<p>Kept</p><nav>a<nav>b</nav>c</nav><p>After nav</p><!-- open comment", LEDE_FORMAT_HTML);
  if (d) { expect_str("nested nav", d->text, "Kept\nAfter nav"); lede_doc_free(d); }
  /* inside a dropped element only tags of its own name count (reading every
   * "<a '" to its far '>' once made this quadratic) */
  d = doc_of("<p>A</p><script>if (a<b) s = '<a' + \"<a '\";</script><p>B</p>"
             "<nav>x<nav-bar>y</nav-bar><NAV class='m>'>z</NAV></nav><p>C</p>", LEDE_FORMAT_HTML);
  if (d) { expect_str("dropped element names", d->text, "A\nB\nC"); lede_doc_free(d); }
  /* a <br> before any text makes no blank first line; "&#10;", "&#x9;" and
   * "&#32;" are white space and collapse like it (U+00A0 stays) */
  d = doc_of("<br><br>&#xa;Tarvos&#10;&#10;&#x9;held.&#32; &nbsp;<br>Ulmet&#13;", LEDE_FORMAT_HTML);
  if (d) { expect_str("white-space references", d->text, "Tarvos held. \xC2\xA0\nUlmet"); lede_doc_free(d); }

  /* a self-closing dropped element holds nothing: the rest of the page stays */
  d = doc_of("<p>A</p><svg width=\"9\"/><p>B</p><iframe src=\"v\" /><p>C</p>"
             "<svg><svg/><use href=\"#i\"/>icon</svg><p>D</p><title/>", LEDE_FORMAT_HTML);
  if (d) { expect_str("self-closing dropped", d->text, "A\nB\nC\nD"); lede_doc_free(d); }
  d = doc_of("<p>Before</p><script>never closed <p>x</p>", LEDE_FORMAT_HTML);
  if (d) { expect_str("unclosed script", d->text, "Before"); lede_doc_free(d); }

  /* og:title when there is no <title>; meta name=date; a page that is not sniffed
   * as HTML without format stays text */
  d = doc_of("<html><head><meta property=\"og:title\" content=\"Talks &amp; truce\">"
             "<meta name=\"date\" content=\"March 14, 2025\"></head><body>Body</body></html>",
             LEDE_FORMAT_AUTO);
  if (d) {
    expect_str("og:title", d->title, "Talks & truce");
    expect_str("meta date", d->date, "2025-03-14");
    expect_str("meta date evidence", d->date_evidence, "metadata field date: 'March 14, 2025'");
    expect_str("body", d->text, "Body");
    lede_doc_free(d);
  }
  d = doc_of("Text that mentions <p> tags is not HTML.", LEDE_FORMAT_AUTO);
  if (d) { expect_str("not sniffed", d->text, "Text that mentions <p> tags is not HTML."); lede_doc_free(d); }

  /* invalid UTF-8 inside HTML is repaired first */
  d = doc_of("<p>Caf\xE9 in Kesany</p>", LEDE_FORMAT_HTML);
  if (d) {
    expect_str("html repaired", d->text, "Caf\xC3\xA9 in Kesany");
    expect_str("html repair problem", d->problems.n ? d->problems.items[0].message : NULL,
               "invalid UTF-8 at byte offset 6 (0xE9) read as Windows-1252");
    lede_doc_free(d);
  }

  if (failures) fprintf(stderr, "%d failure(s)\n", failures);
  return failures != 0;
}
