// peers.js CORPUS BYTES -- compromise's .quotations() on the first BYTES of
// the corpus, cut into documents at paragraph breaks (about 4 KB) as for lede.
// Prints "name<TAB>MB/s<TAB>quotations".
const fs = require('fs');
const nlp = require('compromise');
const [file, bytes] = [process.argv[2], parseInt(process.argv[3], 10)];
const fd = fs.openSync(file, 'r');
const buf = Buffer.alloc(bytes);
const got = fs.readSync(fd, buf, 0, bytes, 0);
const s = buf.subarray(0, got).toString('utf8');
const docs = [];
for (let i = 0; i < s.length;) {
  let j = s.indexOf('\n\n', i + 4000);
  if (j < 0) j = s.length;
  docs.push(s.slice(i, j + 2));
  i = j + 2;
}
const c0 = process.cpuUsage();
let n = 0;
for (const d of docs) n += nlp(d).quotations().length;
const c = process.cpuUsage(c0);
const t = (c.user + c.system) / 1e6;  // CPU seconds, as for lede
console.log(`compromise .quotations()\t${(got / 1e6 / t).toFixed(3)}\t${n}`);
