#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Completes petaksd_id.ts (source strings are Indonesian: each translation is its source) and reports the
English strings still missing. Run after `cmake --build build --target update_translations`.

--apply-en [--ts FILE]  fills petaksd_en.ts (or FILE) from en.tsv instead, keyed by source text (not context):
    every message whose source is in en.tsv gets its translation and is marked finished; unmatched messages
    stay unfinished and are counted (and listed with --list). petaksd_id.ts is not touched in this mode.
    en.tsv: one line per source, `<source>\t<translation>`; \n, \t and \\ are escaped as two characters.
    A source translated with a disambiguation, tr("Berakhir", "status"), may have its own line `Berakhir#status`.
    Numerus sources may give one form per column (`<source>\t<singular>\t<plural>`); a single translation
    is used for every numerusform."""
import re, sys, pathlib, xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent

def fill_identity(path):
    tree = ET.parse(path)
    for msg in tree.iter('message'):
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        if msg.get('numerus') == 'yes':
            for nf in tr.findall('numerusform'):
                nf.text = nf.text or src
        else:
            tr.text = src
        tr.attrib.pop('type', None)
    write(tree, path)

def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    # escape quotes in text as lupdate does, so rewriting a .ts does not churn every quoted source line
    body = re.sub(r'>([^<]*)<', lambda m: '>' + m.group(1).replace('"', '&quot;').replace("'", '&apos;') + '<', body)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')

def missing(path):
    tree = ET.parse(path)
    out = []
    for ctx in tree.iter('context'):
        name = ctx.find('name').text
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr.get('type') in ('unfinished', 'vanished', 'obsolete') or not (tr.text or tr.findall('numerusform')):
                out.append((name, msg.find('source').text))
    return out

def unescape(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t', '\\': '\\'}.get(m.group(1), m.group(0)), s)

def load_tsv(path):
    table = {}
    for no, line in enumerate(path.read_text(encoding='utf-8').split('\n'), 1):
        if not line.strip():
            continue
        cols = line.split('\t')
        if len(cols) < 2 or not all(cols[1:]):
            sys.exit(f'{path.name}:{no}: expected <source>\\t<translation>')
        src = unescape(cols[0])
        if src in table:
            sys.exit(f'{path.name}:{no}: duplicate source {cols[0]!r}')
        table[src] = [unescape(c) for c in cols[1:]]
    return table

def apply_en(ts_path, table):
    tree = ET.parse(ts_path)
    filled = total = 0
    for msg in tree.iter('message'):
        tr = msg.find('translation')
        if tr.get('type') in ('vanished', 'obsolete'):
            continue
        total += 1
        source = msg.find('source').text or ''
        comment = msg.find('comment')
        # A source with a disambiguation, tr("Berakhir", "status"), is looked up as "Berakhir#status" first.
        forms = table.get(f'{source}#{comment.text}') if comment is not None else None
        forms = forms or table.get(source)
        if forms is None:
            continue
        if msg.get('numerus') == 'yes':
            nfs = tr.findall('numerusform') or [ET.SubElement(tr, 'numerusform') for _ in range(2)]
            for i, nf in enumerate(nfs):
                nf.text = forms[min(i, len(forms) - 1)]
        else:
            tr.text = forms[-1]  # a numerus source also used without a count reads best in the plural
        tr.attrib.pop('type', None)
        filled += 1
    write(tree, ts_path)
    return filled, total

if '--apply-en' in sys.argv:
    target = pathlib.Path(sys.argv[sys.argv.index('--ts') + 1]) if '--ts' in sys.argv else here / 'petaksd_en.ts'
    filled, total = apply_en(target, load_tsv(here / 'en.tsv'))
    todo = missing(target)
    print(f'{target.name}: {filled} of {total} messages filled from en.tsv; {len(todo)} remain unfinished')
    if '--list' in sys.argv:
        for c, s in todo:
            print(f'{c}\t{s}')
    sys.exit(1 if todo and '--strict' in sys.argv else 0)

fill_identity(here / 'petaksd_id.ts')
todo = missing(here / 'petaksd_en.ts')
print(f'petaksd_id.ts complete; petaksd_en.ts missing {len(todo)} translations')
if '--list' in sys.argv:
    for c, s in todo:
        print(f'{c}\t{s}')
sys.exit(1 if todo and '--strict' in sys.argv else 0)
