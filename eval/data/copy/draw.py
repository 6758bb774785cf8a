"""The seeded draws of the judged sets after the first rounds (fresh2, and fresh3 + tune2): one
function, so each draw script says only its seed, its sizes and where the drawn articles go.

Among the articles not listed in articles.json before the draw (`drawn_later`: the splits of this
draw and of any later one), whose text does not repeat a listed one's (the whitespace-collapsed text,
or its first 300 characters, equal to a listed article's or an earlier draw's): `per_category` BBC
train articles of 1,200-3,000 characters per category (categories in sorted order), then `polnear`
PolNeAR train texts of 1,500-4,500 bytes (file names sorted), all from random.seed(seed).
`split_of(k)` names the split of the k-th article drawn in its category (or in the PolNeAR draw)."""
import json, os, random


def draw(shared, seed, per_category, polnear, drawn_later, split_of):
    here = os.path.dirname(os.path.abspath(__file__))
    listed = [a for a in json.load(open(os.path.join(here, 'articles.json'), encoding='utf-8')) if a['split'] not in drawn_later]
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

    random.seed(seed)
    out = []
    for cat in sorted({x['category'] for x in bbc}):
        pool = [i for i, x in enumerate(bbc) if x['category'] == cat and 1200 <= len(x['text']) <= 3000
                and i not in listed_bbc and not repeats(x['text'])]
        picked = []
        for i in random.sample(pool, len(pool)):  # a seeded shuffle, taken in order, skipping repeats
            if len(picked) == per_category: break
            if repeats(bbc[i]['text']): continue
            remember(bbc[i]['text']); picked.append(i)
        for k, i in enumerate(picked):
            out.append({'id': f'bbc-{i:04d}', 'style': 'bbc', 'corpus': 'bbc', 'index': i, 'category': cat, 'split': split_of(k)})

    files = sorted(f for f in os.listdir(pol_dir) if f.endswith('.txt'))
    pool = [f for f in files if 1500 <= os.path.getsize(os.path.join(pol_dir, f)) <= 4500
            and f'train/text/{f}' not in listed_pol]
    picked = []
    for f in random.sample(pool, len(pool)):
        if len(picked) == polnear: break
        t = open(os.path.join(pol_dir, f), encoding='utf-8').read()
        if repeats(t): continue
        remember(t); picked.append(f)
    for k, f in enumerate(picked):
        out.append({'id': 'polnear-' + f[:-4], 'style': 'polnear', 'corpus': 'polnear', 'file': f'train/text/{f}', 'split': split_of(k)})
    return out
