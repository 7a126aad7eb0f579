#!/usr/bin/env python3
"""Score the cost-claim extractor on tests/Evaluation/money-phrases.tsv (a measuring tool, not product code).

Usage (from the repository root):
  python3 tests/Evaluation/score_phrases.py                 build once, analyse every sentence, score
  python3 tests/Evaluation/score_phrases.py --analysis DIR  score analyses already written to DIR/NNN.json
  python3 tests/Evaluation/score_phrases.py --keep DIR      keep the sentences (DIR/in) and analyses (DIR/out)

Each row of the table holds a phrase, a sentence containing it and the expected normalised fields.
Every sentence is written to its own NNN.txt and the whole folder goes through one
`dotnet run --project src/DeepSeekNews.Api -- analyze IN --out OUT`. For a row, the claims of kind
amount or ratio whose span overlaps the phrase are looked at (the one overlapping most is compared):
  - kind NOT: right when no amount or ratio claim overlaps the phrase;
  - kind ratio: kind, factor (within 0.5%) and direction must match;
  - kind amount: kind, amount (within 0.5%), amountMax ('-' means none), currency and bound must match.
Qualitative claims are ignored, as score_analysis.py ignores them.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FIELDS = ('kind', 'amount', 'amountMax', 'currency', 'bound', 'factor', 'direction')


def load_rows(path):
    with open(path, encoding='utf-8', newline='') as f:
        reader = csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        rows = list(reader)
    for i, r in enumerate(rows, 1):
        if r['phrase'] not in r['sentence']:
            sys.exit(f'row {i}: phrase not in its sentence: {r["phrase"]}')
    return rows


def analyse(rows, workdir):
    src, out = os.path.join(workdir, 'in'), os.path.join(workdir, 'out')
    os.makedirs(src, exist_ok=True)
    os.makedirs(out, exist_ok=True)
    for i, r in enumerate(rows, 1):
        with open(os.path.join(src, f'{i:03d}.txt'), 'w', encoding='utf-8') as f:
            f.write(r['sentence'])
    cmd = ['dotnet', 'run', '--no-launch-profile', '--project', os.path.join(REPO, 'src', 'DeepSeekNews.Api'),
           '--', 'analyze', src, '--out', out]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'analyze failed ({done.returncode}):\n{done.stderr[-2000:]}')
    return out


def py_index(text, utf16_offset):
    """Offsets in the analysis are UTF-16 code units; Python indexes code points."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def close(a, b):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 0.005 * max(abs(b), 1e-9)


def expected_value(row, field):
    v = row[field]
    return None if v == '-' else v


def compare(row, claim):
    """Returns the list of fields that differ (empty when the claim is right)."""
    wrong = []
    kind = row['kind']
    if str(claim.get('kind', '')).lower() != kind:
        return ['kind']
    if kind == 'ratio':
        if not close(claim.get('factor'), row['factor']):
            wrong.append('factor')
        if str(claim.get('direction', '')).lower() != row['direction']:
            wrong.append('direction')
        return wrong
    if not close(claim.get('amount'), row['amount']):
        wrong.append('amount')
    want_max = expected_value(row, 'amountMax')
    got_max = claim.get('amountMax')
    if (want_max is None) != (got_max is None) or (want_max is not None and not close(got_max, want_max)):
        wrong.append('amountMax')
    if str(claim.get('currency') or '-').upper() != row['currency'].upper():
        wrong.append('currency')
    if str(claim.get('bound') or '-').lower() != row['bound'].lower():
        wrong.append('bound')
    return wrong


def claims_over(analysis, phrase_start, phrase_end):
    text = analysis.get('text', '')
    found = []
    for c in analysis.get('costClaims', []) or []:
        if str(c.get('kind', '')).lower() not in ('amount', 'ratio'):
            continue
        s, e = py_index(text, c.get('start', 0)), py_index(text, c.get('end', 0))
        overlap = min(e, phrase_end) - max(s, phrase_start)
        if overlap > 0:
            found.append((overlap, c))
    found.sort(key=lambda x: -x[0])
    return [c for _, c in found]


def brief(claim):
    if claim is None:
        return 'no claim'
    parts = {k: claim.get(k) for k in FIELDS if claim.get(k) is not None}
    parts['surface'] = claim.get('surface')
    return json.dumps(parts, ensure_ascii=False)


def want(row):
    if row['kind'] == 'NOT':
        return 'no cost claim'
    return json.dumps({k: row[k] for k in FIELDS if row[k] != '-'}, ensure_ascii=False)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--table', default=os.path.join(HERE, 'money-phrases.tsv'))
    ap.add_argument('--analysis', help='folder with NNN.json analyses already produced')
    ap.add_argument('--keep', help='work in this folder and keep it')
    args = ap.parse_args(argv)

    rows = load_rows(args.table)
    if args.analysis:
        out = args.analysis
    else:
        workdir = args.keep or tempfile.mkdtemp(prefix='money-phrases-')
        out = analyse(rows, workdir)

    right = 0
    by_kind = defaultdict(Counter)
    misses = []
    for i, r in enumerate(rows, 1):
        with open(os.path.join(out, f'{i:03d}.json'), encoding='utf-8') as f:
            analysis = json.load(f)
        text = analysis.get('text', '')
        start = text.find(r['phrase'])
        if start < 0:
            sys.exit(f'row {i}: the analysed text does not contain the phrase')
        over = claims_over(analysis, start, start + len(r['phrase']))
        group = r['kind'] if r['kind'] != 'amount' else f"amount/{r['bound']}"
        if r['kind'] == 'NOT':
            ok, got, why = not over, (over[0] if over else None), 'claimed'
        elif not over:
            ok, got, why = False, None, 'missed'
        else:
            wrong = compare(r, over[0])
            ok, got, why = not wrong, over[0], 'wrong ' + ','.join(wrong)
        by_kind[group]['all'] += 1
        if ok:
            right += 1
            by_kind[group]['right'] += 1
        else:
            misses.append((i, r, why, got))

    for i, r, why, got in misses:
        print(f"MISS {i:03d} [{why}] {r['phrase']}\n    sentence: {r['sentence']}\n    want: {want(r)}\n    got:  {brief(got)}")
    print()
    for g in sorted(by_kind):
        c = by_kind[g]
        print(f"  {g:22s} {c['right']:3d}/{c['all']:3d}")
    print(f'phrase accuracy {right}/{len(rows)} = {right / len(rows):.4f}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
