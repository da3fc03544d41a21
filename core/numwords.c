/* numwords.c -- the words the numbers scanner knows: number words, scales,
 * vague quantities, qualifiers, units, and the function words that end a
 * counted noun phrase. */
#include "numwords.h"
#include "lede.h"
#include <string.h>

#define E(w, cls, flags, val) { w, sizeof(w) - 1, cls, flags, val }
#define STOP(w) E(w, NW_NONE, NF_STOP, 0)

static const nw_entry words[] = {
  /* units and teens */
  E("zero", NW_UNIT, 0, 0), E("nought", NW_UNIT, 0, 0), E("naught", NW_UNIT, 0, 0),
  E("one", NW_UNIT, 0, 1), E("two", NW_UNIT, 0, 2), E("three", NW_UNIT, 0, 3),
  E("four", NW_UNIT, 0, 4), E("five", NW_UNIT, 0, 5), E("six", NW_UNIT, 0, 6),
  E("seven", NW_UNIT, 0, 7), E("eight", NW_UNIT, 0, 8), E("nine", NW_UNIT, 0, 9),
  E("ten", NW_UNIT, 0, 10), E("eleven", NW_UNIT, 0, 11), E("twelve", NW_UNIT, 0, 12),
  E("thirteen", NW_UNIT, 0, 13), E("fourteen", NW_UNIT, 0, 14), E("fifteen", NW_UNIT, 0, 15),
  E("sixteen", NW_UNIT, 0, 16), E("seventeen", NW_UNIT, 0, 17), E("eighteen", NW_UNIT, 0, 18),
  E("nineteen", NW_UNIT, 0, 19),
  E("twenty", NW_TENS, 0, 20), E("thirty", NW_TENS, 0, 30), E("forty", NW_TENS, 0, 40),
  E("fourty", NW_TENS, 0, 40), E("fifty", NW_TENS, 0, 50), E("sixty", NW_TENS, 0, 60),
  E("seventy", NW_TENS, 0, 70), E("eighty", NW_TENS, 0, 80), E("ninety", NW_TENS, 0, 90),
  E("hundred", NW_HUNDRED, 0, 100),
  E("thousand", NW_SCALE, 0, 1e3), E("million", NW_SCALE, 0, 1e6), E("billion", NW_SCALE, 0, 1e9),
  E("trillion", NW_SCALE, 0, 1e12), E("lakh", NW_SCALE, 0, 1e5), E("crore", NW_SCALE, 0, 1e7),
  E("bn", NW_SCALE, 0, 1e9), E("mn", NW_SCALE, 0, 1e6), E("mln", NW_SCALE, 0, 1e6),
  E("bln", NW_SCALE, 0, 1e9), E("tln", NW_SCALE, 0, 1e12), E("k", NW_SCALE, 0, 1e3),
  E("dozen", NW_DOZEN, 0, 12), E("dz", NW_DOZEN, 0, 12), E("dzs", NW_DOZEN, 0, 12),
  E("doz", NW_DOZEN, 0, 12), E("dozs", NW_DOZEN, 0, 12),
  /* ordinals */
  E("first", NW_ORD, NF_UNITORD, 1), E("second", NW_ORD, NF_UNITORD, 2),
  E("third", NW_ORD, NF_UNITORD, 3), E("fourth", NW_ORD, NF_UNITORD, 4),
  E("fifth", NW_ORD, NF_UNITORD, 5), E("sixth", NW_ORD, NF_UNITORD, 6),
  E("seventh", NW_ORD, NF_UNITORD, 7), E("eighth", NW_ORD, NF_UNITORD, 8),
  E("ninth", NW_ORD, NF_UNITORD, 9), E("nineth", NW_ORD, NF_UNITORD, 9),
  E("tenth", NW_ORD, NF_UNITORD, 10), E("eleventh", NW_ORD, NF_UNITORD, 11),
  E("twelfth", NW_ORD, NF_UNITORD, 12), E("thirteenth", NW_ORD, NF_UNITORD, 13),
  E("fourteenth", NW_ORD, NF_UNITORD, 14), E("fifteenth", NW_ORD, NF_UNITORD, 15),
  E("sixteenth", NW_ORD, NF_UNITORD, 16), E("seventeenth", NW_ORD, NF_UNITORD, 17),
  E("eighteenth", NW_ORD, NF_UNITORD, 18), E("nineteenth", NW_ORD, NF_UNITORD, 19),
  E("twentieth", NW_ORD, 0, 20), E("thirtieth", NW_ORD, 0, 30), E("fortieth", NW_ORD, 0, 40),
  E("fiftieth", NW_ORD, 0, 50), E("sixtieth", NW_ORD, 0, 60), E("seventieth", NW_ORD, 0, 70),
  E("eightieth", NW_ORD, 0, 80), E("ninetieth", NW_ORD, 0, 90),
  E("hundredth", NW_ORD, NF_ORDSCALE, 100), E("thousandth", NW_ORD, NF_ORDSCALE, 1e3),
  E("millionth", NW_ORD, NF_ORDSCALE, 1e6), E("billionth", NW_ORD, NF_ORDSCALE, 1e9),
  E("trillionth", NW_ORD, NF_ORDSCALE, 1e12),
  /* vague quantities: val is the conservative minimum (0: no bound) */
  E("dozens", NW_VAGUE, 0, 24), E("scores", NW_VAGUE, 0, 40), E("hundreds", NW_VAGUE, 0, 200),
  E("thousands", NW_VAGUE, 0, 2e3), E("millions", NW_VAGUE, 0, 2e6),
  E("billions", NW_VAGUE, 0, 2e9), E("several", NW_VAGUE, 0, 3), E("many", NW_VAGUE, 0, 0),
  E("numerous", NW_VAGUE, 0, 0), E("tens", NW_VAGUE, 0, 20),
  E("few", NW_FEW, 0, 2), E("handful", NW_HANDFUL, 0, 2), E("couple", NW_COUPLE, 0, 2),
  E("a", NW_A, NF_QUAL | NF_STOP | NF_DET, 1), E("an", NW_A, NF_QUAL | NF_STOP | NF_DET, 1),
  E("and", NW_AND, NF_STOP, 0), E("half", NW_HALF, 0, 0.5), E("quarter", NW_QUARTER, 0, 0.25),
  E("minus", NW_MINUS, 0, -1), E("negative", NW_MINUS, 0, -1),
  E("percent", NW_PERCENT, 0, 0), E("percents", NW_PERCENT, 0, 0),
  E("percentage", NW_PERCENT, 0, 0), E("pct", NW_PERCENT, 0, 0),
  E("am", NW_AMPM, 0, 0), E("pm", NW_AMPM, 0, 12),
  /* months (val = month number); abbreviations too */
  E("january", NW_MONTH, 0, 1), E("february", NW_MONTH, 0, 2), E("march", NW_MONTH, NF_CAPONLY, 3),
  E("april", NW_MONTH, 0, 4), E("may", NW_MONTH, NF_CAPONLY | NF_STOP, 5), E("june", NW_MONTH, 0, 6),
  E("july", NW_MONTH, 0, 7), E("august", NW_MONTH, 0, 8), E("september", NW_MONTH, 0, 9),
  E("october", NW_MONTH, 0, 10), E("november", NW_MONTH, 0, 11), E("december", NW_MONTH, 0, 12),
  E("jan", NW_MONTH, NF_CAPONLY, 1), E("feb", NW_MONTH, NF_CAPONLY, 2), E("mar", NW_MONTH, NF_CAPONLY, 3),
  E("apr", NW_MONTH, NF_CAPONLY, 4), E("jun", NW_MONTH, NF_CAPONLY, 6), E("jul", NW_MONTH, NF_CAPONLY, 7),
  E("aug", NW_MONTH, NF_CAPONLY, 8), E("sep", NW_MONTH, NF_CAPONLY, 9), E("sept", NW_MONTH, NF_CAPONLY, 9),
  E("oct", NW_MONTH, NF_CAPONLY, 10), E("nov", NW_MONTH, NF_CAPONLY, 11), E("dec", NW_MONTH, NF_CAPONLY, 12),
  /* time units: val is the TIMEX3 letter; 'I' minute, 'N' month, 'E' decade, 'C' century */
  E("seconds", NW_TIMEUNIT, 0, 'S'), E("sec", NW_TIMEUNIT, 0, 'S'), E("secs", NW_TIMEUNIT, 0, 'S'),
  E("minute", NW_TIMEUNIT, 0, 'I'), E("minutes", NW_TIMEUNIT, 0, 'I'), E("min", NW_TIMEUNIT, 0, 'I'),
  E("mins", NW_TIMEUNIT, 0, 'I'), E("hour", NW_TIMEUNIT, 0, 'H'), E("hours", NW_TIMEUNIT, 0, 'H'),
  E("hr", NW_TIMEUNIT, 0, 'H'), E("hrs", NW_TIMEUNIT, 0, 'H'),
  E("day", NW_TIMEUNIT, 0, 'D'), E("days", NW_TIMEUNIT, 0, 'D'), E("week", NW_TIMEUNIT, 0, 'W'),
  E("weeks", NW_TIMEUNIT, 0, 'W'), E("month", NW_TIMEUNIT, 0, 'N'), E("months", NW_TIMEUNIT, 0, 'N'),
  E("year", NW_TIMEUNIT, 0, 'Y'), E("years", NW_TIMEUNIT, 0, 'Y'), E("yr", NW_TIMEUNIT, 0, 'Y'),
  E("yrs", NW_TIMEUNIT, 0, 'Y'), E("decade", NW_TIMEUNIT, 0, 'E'), E("decades", NW_TIMEUNIT, 0, 'E'),
  E("century", NW_TIMEUNIT, 0, 'C'), E("centuries", NW_TIMEUNIT, 0, 'C'),
  /* currencies after the number (val indexes nw_currency_codes) */
  E("dollar", NW_CURRENCY, 0, 0), E("dollars", NW_CURRENCY, 0, 0), E("usd", NW_CURRENCY, 0, 0),
  E("euro", NW_CURRENCY, 0, 1), E("euros", NW_CURRENCY, 0, 1), E("eur", NW_CURRENCY, 0, 1),
  E("pound", NW_CURRENCY, 0, 2), E("pounds", NW_CURRENCY, 0, 2), E("gbp", NW_CURRENCY, 0, 2),
  E("yen", NW_CURRENCY, 0, 3), E("jpy", NW_CURRENCY, 0, 3), E("rubles", NW_CURRENCY, 0, 4),
  E("roubles", NW_CURRENCY, 0, 4), E("rub", NW_CURRENCY, 0, 4), E("manat", NW_CURRENCY, 0, 5),
  E("manats", NW_CURRENCY, 0, 5), E("azn", NW_CURRENCY, 0, 5), E("drams", NW_CURRENCY, 0, 6),
  E("dram", NW_CURRENCY, 0, 6), E("amd", NW_CURRENCY, 0, 6), E("yuan", NW_CURRENCY, 0, 7),
  E("lira", NW_CURRENCY, 0, 8), E("liras", NW_CURRENCY, 0, 8), E("rupees", NW_CURRENCY, 0, 9),
  /* qualifier starts */
  E("more", NW_OTHER, NF_QUAL | NF_ADJ, 0), E("over", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("upwards", NW_OTHER, NF_QUAL, 0), E("at", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("no", NW_OTHER, NF_QUAL | NF_STOP, 0), E("not", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("fewer", NW_OTHER, NF_QUAL, 0), E("less", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("nearly", NW_OTHER, NF_QUAL | NF_STOP, 0), E("almost", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("under", NW_OTHER, NF_QUAL | NF_STOP, 0), E("close", NW_OTHER, NF_QUAL, 0),
  E("just", NW_OTHER, NF_QUAL | NF_STOP, 0), E("about", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("around", NW_OTHER, NF_QUAL | NF_STOP, 0), E("roughly", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("some", NW_OTHER, NF_QUAL | NF_STOP, 0), E("approximately", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("approx", NW_OTHER, NF_QUAL | NF_STOP, 0), E("estimated", NW_OTHER, NF_QUAL | NF_ADJ, 0),
  E("circa", NW_OTHER, NF_QUAL | NF_STOP, 0), E("up", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("as", NW_OTHER, NF_QUAL | NF_STOP, 0), E("between", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("from", NW_OTHER, NF_QUAL | NF_STOP, 0), E("exactly", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("precisely", NW_OTHER, NF_QUAL | NF_STOP, 0), E("greater", NW_OTHER, NF_QUAL, 0),
  E("larger", NW_OTHER, NF_QUAL, 0), E("bigger", NW_OTHER, NF_QUAL, 0),
  E("higher", NW_OTHER, NF_QUAL, 0), E("above", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("below", NW_OTHER, NF_QUAL | NF_STOP, 0), E("smaller", NW_OTHER, NF_QUAL, 0),
  E("lower", NW_OTHER, NF_QUAL, 0), E("exceeding", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("exceed", NW_OTHER, NF_QUAL | NF_STOP, 0), E("exceeds", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("in", NW_OTHER, NF_QUAL | NF_STOP, 0), E("well", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("equal", NW_OTHER, NF_QUAL, 0), E("equals", NW_OTHER, NF_QUAL | NF_STOP, 0),
  E("equaling", NW_OTHER, NF_QUAL | NF_STOP, 0), E("maximum", NW_OTHER, NF_QUAL, 0),
  E("minimum", NW_OTHER, NF_QUAL, 0),
  /* determiners and function words that end a noun phrase */
  E("the", NW_NONE, NF_STOP | NF_DET, 0), E("its", NW_NONE, NF_STOP | NF_DET, 0),
  E("their", NW_NONE, NF_STOP | NF_DET, 0), E("his", NW_NONE, NF_STOP | NF_DET, 0),
  E("her", NW_NONE, NF_STOP | NF_DET, 0), E("our", NW_NONE, NF_STOP | NF_DET, 0),
  E("your", NW_NONE, NF_STOP | NF_DET, 0), E("my", NW_NONE, NF_STOP | NF_DET, 0),
  E("these", NW_NONE, NF_STOP | NF_DET, 0), E("those", NW_NONE, NF_STOP | NF_DET, 0),
  E("this", NW_NONE, NF_STOP | NF_DET, 0), E("that", NW_NONE, NF_STOP | NF_DET, 0),
  E("all", NW_NONE, NF_STOP | NF_DET, 0), E("both", NW_NONE, NF_STOP | NF_DET, 0),
  E("whose", NW_NONE, NF_STOP | NF_DET, 0),
  STOP("or"), STOP("but"), STOP("nor"), STOP("of"), STOP("on"), STOP("to"), STOP("for"),
  STOP("by"), STOP("with"), STOP("into"), STOP("onto"), STOP("near"), STOP("across"),
  STOP("along"), STOP("per"), STOP("than"), STOP("since"), STOP("until"), STOP("after"),
  STOP("before"), STOP("during"), STOP("while"), STOP("when"), STOP("where"), STOP("who"),
  STOP("whom"), STOP("which"), STOP("there"), STOP("here"), STOP("is"), STOP("are"),
  STOP("was"), STOP("were"), STOP("be"), STOP("been"), STOP("being"), STOP("have"),
  STOP("has"), STOP("had"), STOP("will"), STOP("would"), STOP("could"), STOP("should"),
  STOP("might"), STOP("must"), STOP("can"), STOP("did"), STOP("do"), STOP("does"),
  STOP("said"), STOP("say"), STOP("says"), STOP("told"), STOP("fled"), STOP("died"),
  STOP("left"), STOP("lost"), STOP("took"), STOP("went"), STOP("came"), STOP("fell"),
  STOP("got"), STOP("also"), STOP("still"), STOP("only"), STOP("each"), STOP("it"),
  STOP("they"), STOP("them"), STOP("him"), STOP("he"), STOP("she"), STOP("we"), STOP("you"), STOP("i"), STOP("against"),
  STOP("among"), STOP("including"), STOP("amid"), STOP("so"), STOP("if"), STOP("then"),
  STOP("because"), STOP("such"), STOP("what"), STOP("how"), STOP("out"), STOP("off"),
  STOP("down"), STOP("via"), STOP("ago"), STOP("later"), STOP("earlier"), STOP("again"),
  STOP("too"), STOP("yet"), STOP("now"), STOP("whereas"), STOP("although"), STOP("though"),
  STOP("remain"), STOP("remained"), STOP("became"), STOP("become"), STOP("being"),
  STOP("reportedly"), STOP("allegedly"), STOP("reported"), STOP("according"),
  STOP("another"), STOP("other"), STOP("plus"), STOP("times"), STOP("per"), STOP("or"),
  /* words the scanner compares by name */
  STOP("how"), STOP("very"), E("us", NW_NONE, 0, 0), E("cent", NW_NONE, 0, 0), E("p", NW_NONE, 0, 0),
  E("m", NW_NONE, 0, 0), E("o", NW_NONE, 0, 0), E("clock", NW_NONE, 0, 0), E("http", NW_NONE, 0, 0), E("https", NW_NONE, 0, 0), E("www", NW_NONE, 0, 0),
  STOP("through"), STOP("till"), E("early", NW_NONE, 0, 0), E("late", NW_NONE, 0, 0),
  E("mid", NW_NONE, 0, 0), STOP("every"), STOP("any"), E("last", NW_NONE, 0, 0), E("next", NW_NONE, 0, 0),
  E("approximate", NW_NONE, 0, 0), E("excess", NW_NONE, 0, 0), E("least", NW_NONE, 0, 0), E("most", NW_NONE, 0, 0), E("much", NW_NONE, 0, 0), E("quite", NW_NONE, 0, 0),
  /* adjectives before a head noun */
  E("additional", NW_NONE, NF_ADJ, 0), E("further", NW_NONE, NF_ADJ, 0),
  E("armed", NW_NONE, NF_ADJ, 0), E("civilian", NW_NONE, NF_ADJ, 0),
  E("military", NW_NONE, NF_ADJ, 0), E("ethnic", NW_NONE, NF_ADJ, 0),
  E("foreign", NW_NONE, NF_ADJ, 0), E("local", NW_NONE, NF_ADJ, 0),
  /* plurals without a final s */
  E("people", NW_NONE, NF_PLURAL, 0), E("men", NW_NONE, NF_PLURAL, 0),
  E("women", NW_NONE, NF_PLURAL, 0), E("children", NW_NONE, NF_PLURAL, 0),
  E("personnel", NW_NONE, NF_PLURAL, 0), E("police", NW_NONE, NF_PLURAL, 0),
  E("staff", NW_NONE, NF_PLURAL, 0), E("servicemen", NW_NONE, NF_PLURAL, 0),
  E("policemen", NW_NONE, NF_PLURAL, 0), E("gunmen", NW_NONE, NF_PLURAL, 0),
  E("dead", NW_NONE, NF_PLURAL, 0), E("wounded", NW_NONE, NF_PLURAL, 0),
  E("injured", NW_NONE, NF_PLURAL, 0), E("killed", NW_NONE, NF_PLURAL, 0),
  E("missing", NW_NONE, NF_PLURAL, 0), E("aircraft", NW_NONE, NF_PLURAL, 0),
  E("livestock", NW_NONE, NF_PLURAL, 0), E("cattle", NW_NONE, NF_PLURAL, 0),
};

_Static_assert(sizeof words / sizeof words[0] <= 512, "nw_index.next holds 512 words");

const char *const nw_currency_codes[] = { "USD", "EUR", "GBP", "JPY", "RUB", "AZN", "AMD",
                                          "CNY", "TRY", "INR" };

const nw_qual nw_quals[] = {
  /* longer phrases first: the first match wins */
  { "at least or equal to", LEDE_OP_GE, 0, 0 },
  { "greater than or equal to", LEDE_OP_GE, 0, 0 }, { "more than or equal to", LEDE_OP_GE, 0, 0 },
  { "larger than or equal to", LEDE_OP_GE, 0, 0 }, { "bigger than or equal to", LEDE_OP_GE, 0, 0 },
  { "higher than or equal to", LEDE_OP_GE, 0, 0 },
  { "greater or equal than", LEDE_OP_GE, 0, 0 }, { "bigger or equal than", LEDE_OP_GE, 0, 0 },
  { "larger or equal than", LEDE_OP_GE, 0, 0 }, { "more or equal than", LEDE_OP_GE, 0, 0 },
  { "greater or equal to", LEDE_OP_GE, 0, 0 }, { "bigger or equal to", LEDE_OP_GE, 0, 0 },
  { "equal to or greater than", LEDE_OP_GE, 0, 0 }, { "equal to or more than", LEDE_OP_GE, 0, 0 },
  { "equal to or larger than", LEDE_OP_GE, 0, 0 }, { "equal to or bigger than", LEDE_OP_GE, 0, 0 },
  { "less than or equal to", LEDE_OP_LE, 0, 0 }, { "fewer than or equal to", LEDE_OP_LE, 0, 0 },
  { "smaller than or equal to", LEDE_OP_LE, 0, 0 }, { "lower than or equal to", LEDE_OP_LE, 0, 0 },
  { "less or equal than", LEDE_OP_LE, 0, 0 }, { "smaller or equal than", LEDE_OP_LE, 0, 0 },
  { "less or equal to", LEDE_OP_LE, 0, 0 }, { "smaller or equal to", LEDE_OP_LE, 0, 0 },
  { "equal to or less than", LEDE_OP_LE, 0, 0 }, { "equal to or fewer than", LEDE_OP_LE, 0, 0 },
  { "equal to or smaller than", LEDE_OP_LE, 0, 0 }, { "equal to or lower than", LEDE_OP_LE, 0, 0 },
  { "no fewer than", LEDE_OP_GE, 0, 0 }, { "no less than", LEDE_OP_GE, 0, 0 },
  { "not less than", LEDE_OP_GE, 0, 0 }, { "not fewer than", LEDE_OP_GE, 0, 0 },
  { "a minimum of", LEDE_OP_GE, 0, 0 }, { "minimum of", LEDE_OP_GE, 0, 0 },
  { "at least", LEDE_OP_GE, 0, 0 },
  { "no more than", LEDE_OP_LE, 0, 0 }, { "not more than", LEDE_OP_LE, 0, 0 },
  { "no greater than", LEDE_OP_LE, 0, 0 }, { "a maximum of", LEDE_OP_LE, 0, 0 },
  { "maximum of", LEDE_OP_LE, 0, 0 }, { "as many as", LEDE_OP_LE, 0, 0 },
  { "as much as", LEDE_OP_LE, 0, 0 }, { "at most", LEDE_OP_LE, 0, 0 }, { "up to", LEDE_OP_LE, 0, 0 },
  { "more than", LEDE_OP_GT, 0, 0 }, { "greater than", LEDE_OP_GT, 0, 0 },
  { "larger than", LEDE_OP_GT, 0, 0 }, { "bigger than", LEDE_OP_GT, 0, 0 },
  { "higher than", LEDE_OP_GT, 0, 0 }, { "upwards of", LEDE_OP_GT, 0, 0 },
  { "in excess of", LEDE_OP_GT, 0, 0 }, { "well over", LEDE_OP_GT, 0, 0 },
  { "well above", LEDE_OP_GT, 0, 0 }, { "just over", LEDE_OP_GT, 1, 0 },
  { "just above", LEDE_OP_GT, 1, 0 }, { "over", LEDE_OP_GT, 0, 0 }, { "above", LEDE_OP_GT, 0, 0 },
  { "exceeding", LEDE_OP_GT, 0, 0 }, { "exceeds", LEDE_OP_GT, 0, 0 }, { "exceed", LEDE_OP_GT, 0, 0 },
  { "fewer than", LEDE_OP_LT, 0, 0 }, { "less than", LEDE_OP_LT, 0, 0 },
  { "smaller than", LEDE_OP_LT, 0, 0 }, { "lower than", LEDE_OP_LT, 0, 0 },
  { "just under", LEDE_OP_LT, 1, 0 }, { "just below", LEDE_OP_LT, 1, 0 },
  { "close to", LEDE_OP_LT, 1, 0 }, { "nearly", LEDE_OP_LT, 1, 0 }, { "almost", LEDE_OP_LT, 1, 0 },
  { "not quite", LEDE_OP_LT, 1, 0 }, { "under", LEDE_OP_LT, 0, 0 }, { "below", LEDE_OP_LT, 0, 0 },
  { "an estimated", LEDE_OP_APPROX, 1, 0 }, { "an approximate", LEDE_OP_APPROX, 1, 0 },
  { "estimated", LEDE_OP_APPROX, 1, 0 }, { "approximately", LEDE_OP_APPROX, 1, 0 },
  { "approx", LEDE_OP_APPROX, 1, 0 }, { "about", LEDE_OP_APPROX, 1, 0 },
  { "around", LEDE_OP_APPROX, 1, 0 }, { "roughly", LEDE_OP_APPROX, 1, 0 },
  { "some", LEDE_OP_APPROX, 1, 0 }, { "circa", LEDE_OP_APPROX, 1, 0 },
  { "exactly", LEDE_OP_EQ, 0, 0 }, { "precisely", LEDE_OP_EQ, 0, 0 },
  { "equal to", LEDE_OP_EQ, 0, 0 }, { "equals to", LEDE_OP_EQ, 0, 0 },
  { "equaling to", LEDE_OP_EQ, 0, 0 }, { "equals", LEDE_OP_EQ, 0, 0 },
  { "between", LEDE_OP_RANGE, 0, 1 }, { "from", LEDE_OP_RANGE, 0, 2 },
};
const size_t nw_nquals = sizeof nw_quals / sizeof nw_quals[0];
_Static_assert(sizeof nw_quals / sizeof nw_quals[0] <= 160, "nw_index.qual_first holds 160 phrases");

static unsigned hash(const char *w, size_t len) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h & (NW_BUCKETS - 1);
}

void nw_index_build(nw_index *ix) {
  size_t n = sizeof words / sizeof words[0];
  memset(ix->head, 0xff, sizeof ix->head);  /* -1: empty */
  memset(ix->filter, 0, sizeof ix->filter);
  for (size_t i = 0; i < n && i < 512; i++) {
    unsigned h = hash(words[i].w, words[i].len);
    if (words[i].len < 16)
      ix->filter[words[i].len][words[i].w[0] - 'a'] |= 1u << (words[i].w[words[i].len - 1] - 'a');
    ix->next[i] = ix->head[h];
    ix->head[h] = (short)i;
  }
  for (size_t q = 0; q < nw_nquals && q < 160; q++) {
    const char *w = nw_quals[q].words, *sp = strchr(w, ' ');
    size_t l = sp ? (size_t)(sp - w) : strlen(w);
    ix->qual_first[q] = nw_lookup(ix, w, l);
    ix->qual_len0[q] = (unsigned char)l;
  }
}

const nw_entry *nw_lookup(const nw_index *ix, const char *w, size_t len) {
  for (short i = ix->head[hash(w, len)]; i >= 0; i = ix->next[i])
    if (words[i].len == len && memcmp(words[i].w, w, len) == 0) return &words[i];
  return NULL;
}
