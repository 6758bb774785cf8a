#!/usr/bin/env python3
"""Checks judgment files while judging: ARTICLES=dir-of-<id>.txt python3 validate.py out/*.json"""
ARTICLES = __import__("os").environ.get("ARTICLES", "articles")
import json, sys, os
RULES = {'vague-source','hedged-report','passive-attribution','anonymous-source','unattributed-quote','unattributed-claim','loaded-verb','editorializing','inconsistent-figure','inconsistent-name','date-mismatch'}
ok = True
for path in sys.argv[1:]:
    j = json.load(open(path, encoding='utf-8'))
    raw = open(os.path.join(ARTICLES, j['id'] + '.txt'), encoding='utf-8').read()
    if j['id'].startswith('bbc-'):
        h = j.get('headline')
        if not h or not raw.startswith(h + ' '):
            print(f"{path}: headline must be the exact opening words of the text"); ok = False; continue
        doc = h + '\n\n' + raw[len(h)+1:]
    else:
        doc = raw
    for q in j['queries']:
        if q['rule'] not in RULES: print(f"{path}: unknown rule {q['rule']}"); ok = False
        n = doc.count(q['text'])
        occ = q.get('occurrence', 1)
        if n < occ: print(f"{path}: text not found (occurrence {occ} of {n}): {q['text']!r}"); ok = False
        if not q.get('reason'): print(f"{path}: no reason for {q['text']!r}"); ok = False
    print(f"{path}: {len(j['queries'])} queries")
sys.exit(0 if ok else 1)
