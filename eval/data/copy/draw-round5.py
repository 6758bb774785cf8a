#!/usr/bin/env python3
"""The draw of the "fresh3" and "tune2" sets (issue 15, fifth round): prints the 40 articles' entries.

Run from eval/data/copy with ../shared beside the checkout: python3 draw-round5.py [SHARED]
20 BBC train articles of 1,200-3,000 characters, 4 per category (categories in sorted order), and
20 PolNeAR train texts of 1,500-4,500 bytes (file names sorted), all with random.seed(2026120817),
among the articles not already in articles.json whose text does not repeat a listed one's (the
whitespace-collapsed text, or its first 300 characters, equal to a listed article's or an earlier draw's).
In draw order the 1st, 3rd, ... of each category (and of the PolNeAR draw) go to "fresh3", a blind
check set, and the 2nd, 4th, ... to "tune2", a tune set judged blind by a second judge."""
import json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', '..', 'shared')
# the articles listed before this draw (the drawn ones are in articles.json now, as split fresh2)
listed = [a for a in json.load(open(os.path.join(here, 'articles.json'), encoding='utf-8')) if a['split'] not in ('fresh3', 'tune2')]
bbc = json.load(open(os.path.join(shared, 'data', 'bbc', 'train.json'), encoding='utf-8'))
pol_dir = os.path.join(shared, 'data', 'polnear', 'train', 'text')

def norm(t):
    return ' '.join(t.split())

def text_of(a):
    if a['corpus'] == 'bbc':
        return bbc[a['index']]['text']
    return open(os.path.join(shared, 'data', 'polnear', a['file']), encoding='utf-8').read()

seen_full, seen_head = set(), set()
def remember(t):
    n = norm(t); seen_full.add(n); seen_head.add(n[:300])
def repeats(t):
    n = norm(t); return n in seen_full or n[:300] in seen_head

for a in listed:
    remember(text_of(a))
listed_bbc = {a['index'] for a in listed if a['corpus'] == 'bbc'}
listed_pol = {a['file'] for a in listed if a['corpus'] == 'polnear'}

random.seed(2026120817)
out = []
for cat in sorted({x['category'] for x in bbc}):
    pool = [i for i, x in enumerate(bbc) if x['category'] == cat and 1200 <= len(x['text']) <= 3000
            and i not in listed_bbc and not repeats(x['text'])]
    picked = []
    for i in random.sample(pool, len(pool)):  # a seeded shuffle, taken in order, skipping repeats
        if len(picked) == 4: break
        if repeats(bbc[i]['text']): continue
        remember(bbc[i]['text']); picked.append(i)
    for k, i in enumerate(picked):
        out.append({'id': f'bbc-{i:04d}', 'style': 'bbc', 'corpus': 'bbc', 'index': i, 'category': cat,
                    'split': 'fresh3' if k % 2 == 0 else 'tune2'})

files = sorted(f for f in os.listdir(pol_dir) if f.endswith('.txt'))
pool = [f for f in files if 1500 <= os.path.getsize(os.path.join(pol_dir, f)) <= 4500
        and f'train/text/{f}' not in listed_pol]
picked = []
for f in random.sample(pool, len(pool)):
    if len(picked) == 20: break
    t = open(os.path.join(pol_dir, f), encoding='utf-8').read()
    if repeats(t): continue
    remember(t); picked.append(f)
for k, f in enumerate(picked):
    out.append({'id': 'polnear-' + f[:-4], 'style': 'polnear', 'corpus': 'polnear', 'file': f'train/text/{f}',
                'split': 'fresh3' if k % 2 == 0 else 'tune2'})

print(json.dumps(out, indent=1))
