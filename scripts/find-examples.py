#!/usr/bin/env python3
"""Fills in real examples for a word list: for each entry whose "example" is empty, finds the first
sentence in the PolNeAR train texts (or ../shared/examples) that contains the entry's phrase as whole
words (optionally with a context regex), and records it with its file.
Usage: scripts/find-examples.py FILE.json [--context REGEX]   (edits FILE.json in place)
Entries are objects with a "phrase" (or "word"/"form") key; "example" and "source" are filled in."""
import glob, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, '..', '..', 'shared')
files = sorted(glob.glob(os.path.join(shared, 'examples', '*.txt'))) + sorted(glob.glob(os.path.join(shared, 'data', 'polnear', 'train', 'text', '*.txt')))
sentences = []
for f in files:
    text = open(f, encoding='utf-8').read()
    label = ('PolNeAR train ' if '/train/' in f else 'shared/examples/') + os.path.basename(f)
    for para in text.split('\n'):
        for s in re.split(r'(?<=[.!?”])\s+(?=[“A-Z])', para):
            if 20 < len(s) < 400: sentences.append((s.strip(), label))
def fill(entries, context):
    for e in entries:
        if e.get('example'): continue
        phrase = e.get('phrase') or e.get('word') or e.get('form')
        pat = re.compile(r'(?<![\w’])' + re.escape(phrase).replace('\\ ', r'\s+') + r'(?![\w’])' + (context or ''), re.I)
        hit = next(((s, l) for s, l in sentences if pat.search(s)), None)
        if hit: e['example'], e['source'] = hit
        else: print('no example for', phrase, file=sys.stderr)
path = sys.argv[1]
context = sys.argv[sys.argv.index('--context') + 1] if '--context' in sys.argv else None
data = json.load(open(path, encoding='utf-8'))
if isinstance(data, dict):
    for k, v in data.items():
        if isinstance(v, list): fill(v, context)
else: fill(data, context)
open(path, 'w', encoding='utf-8').write(json.dumps(data, indent=1, ensure_ascii=False) + '\n')
