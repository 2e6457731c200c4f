#!/usr/bin/env bash
# Peak memory (max RSS) and wall time of satzpaar on the robustness issue's large inputs.
# Usage: bench/robustness-memory.sh [satzpaar-bin]   (default: bin/satzpaar.js of this checkout)
# Needs GNU time (/usr/bin/time); each run is stopped after $BENCH_TIMEOUT s (default 600; exit 124). Inputs are generated in a temp folder and removed afterwards.
set -euo pipefail
bin="$(realpath "${1:-$(dirname "$0")/../bin/satzpaar.js}")"
article="$(realpath "$(dirname "$0")/../fixtures/de-microsoft-announcement-kinvolk.txt")"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"
node - <<'JS'
const fs = require('fs');
const words = 'the team in berlin has been working on the new version of the platform for many years and the customers like it very much'.split(' ');
let line = [], n = 0;
for (let k = 0; n < 5 * 2 ** 20; k++) { const w = words[k % words.length]; line.push(w); n += w.length + 1; }
fs.writeFileSync('line5mb.en', line.join(' ') + '\n');
const lines = (count, word) => Array.from({ length: count }, (_, k) => `${word} ${k + 1}\n`).join('');
fs.writeFileSync('tiny100k.en', lines(100000, 'Item'));
fs.writeFileSync('tiny100k.de', lines(100000, 'Eintrag'));
const en = (k) => `The server number ${k} has been running in Berlin since ${1990 + (k % 30)} and is maintained by the company.`;
const de = (k) => `Der Server Nummer ${k} läuft seit dem Jahr ${1990 + (k % 30)} in Berlin und wird von der Firma betreut.`;
const doc = (f, count) => Array.from({ length: count }, (_, k) => f(k + 1) + (k % 4 === 3 ? '\n\n' : ' ')).join('');
fs.writeFileSync('ten.en', doc(en, 10));
fs.writeFileSync('tenk.de', doc(de, 10000));
// One 5 MB line that is all claims (years, counts, negations) on each side, for the claims diff.
const dense = (clause) => { const parts = []; let n = 0; for (let k = 0; n < 5 * 2 ** 20; k++) { const p = clause(k); parts.push(p); n += p.length; } return parts.join('') + 'end.\n'; };
fs.writeFileSync('claims5mb.en', dense((k) => `in ${1990 + (k % 30)} it had ${k} users and was not free, `));
fs.writeFileSync('claims5mb.de', dense((k) => `im Jahr ${1990 + (k % 30)} hatte es ${k} Nutzer und war nicht frei, `));
JS
run() {
  local name="$1"; shift
  /usr/bin/time -f "$name: %e s wall, %M KB max RSS, exit %x" timeout "${BENCH_TIMEOUT:-600}" node "$bin" "$@" > /dev/null 2> time.log || true
  tail -n 1 time.log
}
run "5 MB line vs article (align)" align line5mb.en "$article" --langs en,de
run "5 MB line (segment)" segment --lang en line5mb.en
run "100k tiny lines vs article (align)" align tiny100k.en "$article" --langs en,de
run "100k tiny lines (segment)" segment --lang en tiny100k.en
run "100k vs 100k tiny lines (align --mode comparable)" align tiny100k.en tiny100k.de --langs en,de --mode comparable
run "100k vs 100k tiny lines (align, auto)" align tiny100k.en tiny100k.de --langs en,de
run "10 vs 10,000 sentences (align, auto)" align ten.en tenk.de
run "10 vs 10,000 sentences (align --mode parallel)" align ten.en tenk.de --mode parallel
run "5 MB line of claims a side (diff --format json)" diff claims5mb.en claims5mb.de --langs en,de --format json
run "5 MB line of claims a side (diff, text)" diff claims5mb.en claims5mb.de --langs en,de
run "5 MB line of claims a side (diff --format html)" diff claims5mb.en claims5mb.de --langs en,de --format html
