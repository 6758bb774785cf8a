#!/usr/bin/env python3
"""The draw of the "fresh2" set (issue 15j): prints the 20 articles' entries for articles.json.

Run from eval/data/copy with ../shared beside the checkout: python3 draw-fresh2.py [SHARED]
10 BBC train articles of 1,200-3,000 characters, 2 per category, and 10 PolNeAR train texts of
1,500-4,500 bytes, all with random.seed(2026120816), among the articles listed before this draw
(every split but fresh2 and the later fresh3 and tune2): the rules are draw.py's."""
import json, os, sys
from draw import draw

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', '..', 'shared')
print(json.dumps(draw(shared, 2026120816, 2, 10, ('fresh2', 'fresh3', 'tune2'), lambda k: 'fresh2'), indent=1))
