// Mozilla Readability (Firefox reader view) over every NAME.html of a folder: writes OUT/NAME.txt
// and prints the throughput of parsing and extracting (Node start-up excluded), the same way
// ExtractBench measures DeepSeekNews, so bench/extraction/run.sh can print both side by side.
// Usage: node extract.js IN_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node extract.js IN_DIR OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(output, { recursive: true });
const files = fs.readdirSync(input).filter(f => f.endsWith('.html')).sort();
const quiet = new VirtualConsole();

const results = [];
const start = process.hrtime.bigint();
for (const file of files) {
  // A Buffer lets jsdom sniff the charset (BOM, meta) as a browser would.
  const bytes = fs.readFileSync(path.join(input, file));
  let text = '';
  try {
    const dom = new JSDOM(bytes, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    text = '';
  }
  results.push([file.slice(0, -'.html'.length), text]);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
for (const [name, text] of results) {
  fs.writeFileSync(path.join(output, name + '.txt'), text.trim() + '\n');
}
console.log(`readability: ${files.length} pages in ${seconds.toFixed(2)} s = ${(files.length / seconds).toFixed(1)} pages/s`);
