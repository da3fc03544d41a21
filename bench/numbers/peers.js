// peers.js FILE BYTES: compromise's .numbers() and Recognizers-Text's number
// model (English) over the first BYTES of FILE (cut at a paragraph), CPU time.
// Prints "name<TAB>MB/s<TAB>items" per peer.
const fs = require('fs');
const [file, bytes] = [process.argv[2], parseInt(process.argv[3] || '200000', 10)];
let text = fs.readFileSync(file, 'utf8').slice(0, bytes);
text = text.slice(0, text.lastIndexOf('\n\n') + 2);
const size = Buffer.byteLength(text, 'utf8');
const paras = text.split('\n\n').filter(p => p.length);

function cpu(fn) {
  const t0 = process.cpuUsage();
  const items = fn();
  const d = process.cpuUsage(t0);
  return [(d.user + d.system) / 1e6, items];
}

const nlp = require('compromise');
nlp('warm up 1').numbers().json();
let [t, items] = cpu(() => {
  let n = 0;
  for (const p of paras) n += nlp(p).numbers().json().length;
  return n;
});
console.log(`compromise\t${(size / 1e6 / t).toFixed(3)}\t${items}`);

const Recognizers = require('@microsoft/recognizers-text-suite');
Recognizers.recognizeNumber('warm up 1', Recognizers.Culture.English);  // builds the model once
[t, items] = cpu(() => {
  let n = 0;
  for (const p of paras) n += Recognizers.recognizeNumber(p, Recognizers.Culture.English).length;
  return n;
});
console.log(`recognizers-text\t${(size / 1e6 / t).toFixed(3)}\t${items}`);
