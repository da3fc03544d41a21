# peer_dateparser.py CORPUS SAMPLE: python3-dateparser's search_dates over the
# first SAMPLE bytes of CORPUS, paragraph by paragraph, with the reference date;
# prints "name<TAB>MB/s<TAB>results".
import sys, time, datetime, warnings
warnings.filterwarnings("ignore")
from dateparser.search import search_dates
import dateparser
text = open(sys.argv[1], "rb").read()[: int(sys.argv[2])].decode("utf8", "ignore")
paras = text.split("\n\n")
settings = {"RELATIVE_BASE": datetime.datetime(2025, 3, 12, 12, 0)}
search_dates("warm up on Tuesday", languages=["en"], settings=settings)
t0 = time.process_time()
n = 0
for p in paras:
    r = search_dates(p, languages=["en"], settings=settings)
    n += len(r or [])
t = time.process_time() - t0
print("dateparser %s\t%.3f\t%d" % (getattr(dateparser, "__version__", "?"), len(text.encode()) / 1e6 / t, n))
