#!/usr/bin/env python3
"""Sanity checks for the hold-out annotations in this folder (run: python3 tests/Holdout/check_gold.py).

Every evidence string of a cost claim or quote (required or optional) must occur in the paragraph it names,
compared the way the scorer compares text (diacritics and tatweel removed, alef forms, ى and ة folded,
quotation marks ignored, whitespace collapsed). Also checks paragraph numbers, kinds and value fields.
Exit code 0 when everything holds, 1 otherwise.
"""
import json
import pathlib
import re
import sys

DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
QUOTE_MARKS = re.compile('[\"«»“”„‟\'‘’]')
BOUNDS = {'exact', 'approximate', 'atMost', 'atLeast', 'range', 'unspecified'}
CATEGORIES = {'cost', 'spending', 'price', 'value', 'revenue', 'funding', 'other'}


def norm(s):
    s = DIACRITICS.sub('', s).translate(FOLD)
    return ' '.join(QUOTE_MARKS.sub(' ', s).split())


def check(gold_path):
    problems = []
    gold = json.loads(gold_path.read_text(encoding='utf-8'))
    text_path = gold_path.with_name(gold['document'])
    lines = [l for l in text_path.read_text(encoding='utf-8').split('\n') if l.strip()]
    n = len(lines)

    def para_ok(where, p):
        if not isinstance(p, int) or not 1 <= p <= n:
            problems.append(f'{where}: paragraph {p} outside 1..{n}')
            return False
        return True

    for e in gold['entities']:
        req, opt = e.get('paragraphs', []), e.get('optionalParagraphs', [])
        for p in req + opt:
            para_ok(f"entity {e['name']}", p)
        if set(req) & set(opt):
            problems.append(f"entity {e['name']}: paragraphs both required and optional: {sorted(set(req) & set(opt))}")
        if e.get('type') not in ('Organization', 'Person', 'Product', 'Location'):
            problems.append(f"entity {e['name']}: type {e.get('type')}")

    for section in ('costClaims', 'optionalCostClaims', 'quotes', 'optionalQuotes'):
        for item in gold.get(section, []):
            where = f"{section} '{item['evidence']}'"
            if para_ok(where, item['paragraph']) and norm(item['evidence']) not in norm(lines[item['paragraph'] - 1]):
                problems.append(f"{where}: not found in paragraph {item['paragraph']}")

    for c in gold.get('costClaims', []):
        where = f"cost claim '{c['evidence']}'"
        if c['kind'] == 'ratio':
            if not c.get('factor') or c.get('direction') not in ('lower', 'higher'):
                problems.append(f'{where}: a ratio needs factor and direction')
        elif c['kind'] == 'amount':
            if 'amount' not in c and not ('amountAtLeast' in c and 'amountBelow' in c):
                problems.append(f'{where}: needs amount, or amountAtLeast and amountBelow')
            if not c.get('currency'):
                problems.append(f'{where}: needs a currency')
            if c.get('bound') not in BOUNDS:
                problems.append(f"{where}: bound {c.get('bound')}")
            if (c.get('bound') == 'range') != ('amountMax' in c):
                problems.append(f'{where}: amountMax goes with bound range and only with it')
            if 'amountAtLeast' in c and c.get('bound') != 'unspecified':
                problems.append(f'{where}: a magnitude without a number is bound unspecified')
        else:
            problems.append(f"{where}: required claims are amounts or ratios, not {c['kind']}")
        if 'category' in c and c['category'] not in CATEGORIES:
            problems.append(f"{where}: category {c['category']}")

    for q in gold.get('quotes', []):
        if q.get('kind') not in ('direct', 'indirect'):
            problems.append(f"quote '{q['evidence']}': kind {q.get('kind')}")
        if not q.get('speaker'):
            problems.append(f"quote '{q['evidence']}': no speaker")

    whole = norm('\n'.join(lines))
    for s in gold.get('notQuotes', []) + gold.get('notMoney', []):
        if norm(s) not in whole:
            problems.append(f"notQuotes/notMoney '{s}': not in the text")
    return problems, len(gold['quotes']), len(gold['costClaims'])


def main():
    folder = pathlib.Path(__file__).resolve().parent
    failed = False
    for gold_path in sorted(folder.glob('*.gold.json')):
        problems, quotes, claims = check(gold_path)
        status = 'ok' if not problems else f'{len(problems)} problem(s)'
        print(f'{gold_path.name}: {quotes} quotes, {claims} cost claims: {status}')
        for p in problems:
            print(f'  {p}')
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
