#!/usr/bin/env python3
"""Check the annotations in tests/Evaluation/articles against their texts (a measuring tool, not product code).

  python3 tests/Evaluation/check_gold.py [GOLD.json ...]     default: every articles/*.gold.json

Every evidence string (cost claims, quotes, their optional lists) must occur in the paragraph it names,
after the same folding score_analysis.py applies (diacritics, alef forms, quotation marks); every
notQuote must occur somewhere; paragraph numbers must exist; an entity may not list a paragraph both as
required and optional. A wrong paragraph number in a gold file would silently turn a right answer
into a miss, which is why this runs before any figure is trusted.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
ALEF = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
QUOTE_MARKS = re.compile('[\"«»“”„‟\'‘’]')


def fold(s):
    s = QUOTE_MARKS.sub(' ', DIACRITICS.sub('', s).translate(ALEF))
    return ' '.join(s.split())


def check(gold_path):
    problems = []
    gold = json.load(open(gold_path, encoding='utf-8'))
    text_path = gold_path[:-len('.gold.json')] + '.txt'
    lines = [l for l in open(text_path, encoding='utf-8').read().split('\n') if l.strip()]
    if not 8 <= len(lines) <= 20:
        problems.append(f'{len(lines)} paragraphs (expected 8 to 20)')
    for e in gold['entities']:
        req, opt = set(e.get('paragraphs', [])), set(e.get('optionalParagraphs', []))
        if req & opt:
            problems.append(f"entity {e['name']}: paragraphs both required and optional: {sorted(req & opt)}")
        for p in req | opt:
            if not 1 <= p <= len(lines):
                problems.append(f"entity {e['name']}: no paragraph {p}")
    for section in ('costClaims', 'optionalCostClaims', 'quotes', 'optionalQuotes'):
        for item in gold.get(section, []):
            p = item['paragraph']
            if not 1 <= p <= len(lines):
                problems.append(f'{section}: no paragraph {p}')
            elif fold(item['evidence']) not in fold(lines[p - 1]):
                problems.append(f"{section}: '{item['evidence']}' is not in paragraph {p}")
    for q in gold.get('notQuotes', []):
        if not any(fold(q) in fold(l) for l in lines):
            problems.append(f"notQuotes: '{q}' is not in the text")
    for c in gold.get('costClaims', []):
        if c['kind'] == 'ratio' and not ('factor' in c and 'direction' in c):
            problems.append(f"ratio '{c['evidence']}' without factor or direction")
        if c['kind'] == 'amount' and not ('amount' in c or 'amountAtLeast' in c):
            problems.append(f"amount '{c['evidence']}' without a value")
    return problems


def main(argv):
    paths = argv or sorted(glob.glob(os.path.join(HERE, 'articles', '*.gold.json')))
    total = 0
    for path in paths:
        for p in check(path):
            total += 1
            print(f'{os.path.basename(path)}: {p}')
    print(f'{len(paths)} gold file(s), {total} problem(s)')
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
