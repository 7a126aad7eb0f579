#!/usr/bin/env python3
"""Compare an extractor's metadata with the expected metadata, field by field.

Usage: check_metadata.py EXPECTED_DIR OUT_DIR [--json]

For every NAME.expected.json in EXPECTED_DIR, OUT_DIR/NAME.json is what the extractor wrote for
NAME.html (`extract EXPECTED_DIR --out OUT_DIR`); a missing file counts as every field wrong.
Fields and how they are compared:
  title, author, siteName  equal after Unicode NFC and whitespace collapsing (null only equals null)
  published                equal as instants (offsets honoured); when the instants differ the page
                           is also reported as "date only" if the calendar date written in both
                           values is the same (e.g. right day, wrong clock time or offset)
  canonicalUrl             exact string; a value equal only after percent-decoding is counted wrong
                           but flagged "same after percent-decoding"
  language                 exact ("ar" / "en")
Prints each page's mismatches and a summary line; --json prints the same as JSON.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
import urllib.parse

FIELDS = ['title', 'published', 'author', 'siteName', 'canonicalUrl', 'language']


def norm_text(v):
    if v is None:
        return None
    if not isinstance(v, str):
        v = str(v)
    v = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', v)).strip()
    return v or None


def parse_instant(v):
    """ISO 8601 → aware datetime, or (naive datetime, 'no offset'), or None when unparseable."""
    if not isinstance(v, str) or not v.strip():
        return None
    s = v.strip()
    if s.endswith('Z') or s.endswith('z'):
        s = s[:-1] + '+00:00'
    # Python before 3.11 accepts at most 6 fractional digits; .NET writes up to 7.
    s = re.sub(r'(\.\d{6})\d+', r'\1', s)
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return None


def written_date(v):
    m = re.match(r'\s*(\d{4}-\d{2}-\d{2})', v) if isinstance(v, str) else None
    return m.group(1) if m else None


def compare(field, want, got):
    """→ (ok, note)"""
    if field in ('title', 'author', 'siteName'):
        return norm_text(want) == norm_text(got), ''
    if field == 'language':
        return want == got, ''
    if field == 'canonicalUrl':
        if want == got:
            return True, ''
        if isinstance(want, str) and isinstance(got, str) and \
                urllib.parse.unquote(want) == urllib.parse.unquote(got):
            return False, 'same after percent-decoding'
        return False, ''
    if field == 'published':
        if want is None or got is None:
            return want is None and got is None, ''
        w, g = parse_instant(want), parse_instant(got)
        if g is None:
            return False, 'unparseable'
        if w is not None and g.tzinfo is None:
            note = 'no offset'
            if written_date(want) == written_date(got):
                note += '; date only'
            return False, note
        if w is not None and w == g:
            return True, ''
        if written_date(want) == written_date(got):
            return False, 'date only'
        return False, ''
    raise ValueError(field)


def main(argv):
    as_json = '--json' in argv
    args = [a for a in argv if a != '--json']
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    expected_dir, out_dir = args
    pages = []
    for name in sorted(os.listdir(expected_dir)):
        if not name.endswith('.expected.json'):
            continue
        page = name[:-len('.expected.json')]
        with open(os.path.join(expected_dir, name), encoding='utf-8') as f:
            want = json.load(f)
        path = os.path.join(out_dir, page + '.json')
        got, missing = {}, not os.path.exists(path)
        if not missing:
            with open(path, encoding='utf-8-sig') as f:
                got = json.load(f)
        rows = []
        for field in FIELDS:
            ok, note = (False, 'no output file') if missing else compare(field, want.get(field), got.get(field))
            rows.append({'field': field, 'ok': ok, 'note': note,
                         'expected': want.get(field), 'got': None if missing else got.get(field)})
        pages.append({'page': page, 'missing': missing, 'fields': rows})

    per_field = {f: sum(1 for p in pages for r in p['fields'] if r['field'] == f and r['ok']) for f in FIELDS}
    date_only = sum(1 for p in pages for r in p['fields']
                    if r['field'] == 'published' and not r['ok'] and 'date only' in r['note'])
    right = sum(per_field.values())
    total = len(pages) * len(FIELDS)
    all_right = sum(1 for p in pages if all(r['ok'] for r in p['fields']))
    if as_json:
        print(json.dumps({'pages': len(pages), 'fieldsRight': right, 'fields': total, 'pagesAllRight': all_right,
                          'perField': per_field, 'publishedDateOnly': date_only, 'rows': pages},
                         ensure_ascii=False, indent=1))
        return 0
    for p in pages:
        bad = [r for r in p['fields'] if not r['ok']]
        if not bad:
            print(f"ok    {p['page']}")
            continue
        print(f"MISS  {p['page']}: {len(bad)} field(s) wrong")
        for r in bad:
            note = f"  [{r['note']}]" if r['note'] else ''
            print(f"        {r['field']}: expected {json.dumps(r['expected'], ensure_ascii=False)}"
                  f" got {json.dumps(r['got'], ensure_ascii=False)}{note}")
    fields = ' '.join(f'{f} {per_field[f]}/{len(pages)}' for f in FIELDS)
    print(f"{len(pages)} pages · {right}/{total} fields right · {all_right} pages all right · {fields}"
          f" · published right date only: {date_only}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
