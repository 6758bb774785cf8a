#!/usr/bin/env python3
"""Builds server/src/analysis/cues.json from a cue list (lemma|forms|frame|requires|loaded), giving
each entry a real example: the first sentence of the PolNeAR train split where one of its forms is
annotated as a cue. Usage: scripts/cue-examples.py LIST > cues.json"""
import glob, json, os, re, sys
root = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'polnear', 'train')
examples = {}
for ann in sorted(glob.glob(os.path.join(root, 'attributions', '*.ann'))):
    name = re.sub(r'_[0-9a-f]+\.ann$', '.txt', os.path.basename(ann))
    text = open(os.path.join(root, 'text', name), encoding='utf-8').read()
    for line in open(ann, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) < 3 or not parts[1].startswith('Cue '): continue
        cue = parts[2].lower()
        if cue in examples: continue
        start = int(parts[1].split()[1].split(';')[0])
        s = max(text.rfind('\n', 0, start), text.rfind('. ', 0, start - 1) + 1)
        e = min([x for x in (text.find('\n', start), text.find('. ', start)) if x >= 0] or [len(text)])
        examples[cue] = (text[s:e + 1].strip(), 'PolNeAR train ' + name)
out = []
for line in open(sys.argv[1], encoding='utf-8'):
    if not line.strip(): continue
    lemma, forms, frame, requires, *rest = line.rstrip('\n').split('|') + ['']
    forms = forms.split(' ') if frame != 'according' and ' ' not in lemma else [f.strip() for f in re.split(r'(?<=[a-z]) (?=(?:' + '|'.join(['point', 'points', 'pointed', 'pointing']) + r')\b)', forms)]
    ex = next((examples[f] for f in forms if f in examples), None) or next((v for k, v in examples.items() if k.endswith(' ' + forms[-1])), ('', ''))
    entry = {'lemma': lemma, 'forms': forms, 'frame': frame}
    if requires: entry['requires'] = requires
    if rest and rest[0] == 'loaded': entry['loaded'] = True
    entry['example'], entry['source'] = ex
    out.append(entry)
print(json.dumps(out, indent=1, ensure_ascii=False))
