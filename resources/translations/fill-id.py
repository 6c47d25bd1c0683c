#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Completes petaksd_id.ts (source strings are Indonesian: each translation is its source) and reports the
English strings still missing. Run after `cmake --build build --target update_translations`."""
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

fill_identity(here / 'petaksd_id.ts')
todo = missing(here / 'petaksd_en.ts')
print(f'petaksd_id.ts complete; petaksd_en.ts missing {len(todo)} translations')
if '--list' in sys.argv:
    for c, s in todo:
        print(f'{c}\t{s}')
sys.exit(1 if todo and '--strict' in sys.argv else 0)
