# pyahocorasick peer for bench/gazetteer: lower-cased names in an automaton,
# iter_long (leftmost-longest, non-overlapping) over the lower-cased text,
# kept when both ends fall on word boundaries (as \b). Prints compile seconds,
# MB/s, matches; with a third argument writes "start stop" spans (1-based).
#   /usr/bin/python3 aho_bench.py NAMES CORPUS [SPANS_OUT]
import sys, time, ahocorasick
names = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
t0 = time.process_time()
A = ahocorasick.Automaton()
for i, n in enumerate(names):
    A.add_word(n.lower(), i)
A.make_automaton()
compile_s = time.process_time() - t0
spans = open(sys.argv[3], "w") if len(sys.argv) > 3 else None
def wordch(c): return c.isalnum() or c == "_"
matches, nbytes, base, scan = 0, 0, 0, 0.0
with open(sys.argv[2], "rb") as f:
    for raw in f:
        nbytes += len(raw)
        t0 = time.process_time()
        text = raw.decode("latin-1").lower()   # one byte per character: offsets stay byte offsets
        for end, idx in A.iter_long(text):
            start = end - len(names[idx]) + 1
            if (start == 0 or not wordch(text[start - 1])) and (end + 1 >= len(text) or not wordch(text[end + 1])):
                matches += 1
                if spans: spans.write("%d %d\n" % (base + start + 1, base + end + 1))
        scan += time.process_time() - t0
        base += len(raw)
print("pyahocorasick names=%d compile_s=%.2f MB=%.1f scan_s=%.3f MB_per_s=%.1f matches=%d"
      % (len(names), compile_s, nbytes / 1048576, scan, nbytes / 1048576 / scan, matches))
