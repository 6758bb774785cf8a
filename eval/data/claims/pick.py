import json, random, re, glob, os
random.seed(16)
picked_ids = {a['id'] for a in json.load(open('/work/judging/articles.json'))}
def split(text):
    # naive sentence splitter: end punctuation (optionally followed by closing quote) + space + capital/quote
    parts = re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”’\']))\s+(?=[A-Z“"‘\'])', text)
    out = []
    for p in parts:
        p = p.strip()
        if 25 <= len(p) <= 400: out.append(p)
    return out
sents = []
bbc = json.load(open('/work/shared/data/bbc/train.json'))
idx = [i for i in range(len(bbc)) if f'bbc-{i:04d}' not in picked_ids]
random.shuffle(idx)
for i in idx:
    if len([s for s in sents if s['source']=='bbc']) >= 420: break
    text = bbc[i]['text']
    ss = split(text)[1:]  # drop the first: headline runs into it
    if len(ss) < 3: continue
    for k in random.sample(range(len(ss)), 3):
        sents.append({'id': f'bbc-{i:04d}-s{k+1}', 'source': 'bbc', 'text': ss[k], 'before': ss[k-1] if k>0 else ''})
files = [f for f in sorted(glob.glob('/work/shared/data/polnear/train/text/*.txt')) if 'polnear-'+os.path.basename(f)[:-4] not in picked_ids]
random.shuffle(files)
for f in files:
    if len([s for s in sents if s['source']=='polnear']) >= 420: break
    text = open(f, encoding='utf-8').read()
    paras = text.split('\n\n')[1:]
    ss = [s for p in paras for s in split(p.replace('\n',' '))]
    if len(ss) < 3: continue
    for k in random.sample(range(len(ss)), 3):
        sents.append({'id': 'polnear-' + os.path.basename(f)[:-4] + f'-s{k+1}', 'source': 'polnear', 'text': ss[k], 'before': ss[k-1] if k>0 else ''})
random.shuffle(sents)
for n, s in enumerate(sents):
    s['split'] = 'heldout' if n % 3 == 2 else 'train'
with open('sentences.jsonl','w') as f:
    for s in sents: f.write(json.dumps(s, ensure_ascii=False) + '\n')
print(len(sents))
