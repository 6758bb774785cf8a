#!/usr/bin/env python3
"""The draw of the "fresh3" and "tune2" sets (issue 15, fifth round): prints the 40 articles' entries.

Run from eval/data/copy with ../shared beside the checkout: python3 draw-round5.py [SHARED]
20 BBC train articles of 1,200-3,000 characters, 4 per category, and 20 PolNeAR train texts of
1,500-4,500 bytes, all with random.seed(2026120817), among the articles listed before this draw
(every split but fresh3 and tune2): the rules are draw.py's. In draw order the 1st, 3rd, ... of each
category (and of the PolNeAR draw) go to "fresh3", a blind check set, and the 2nd, 4th, ... to
"tune2", a tune set judged blind by a second judge."""
import json, os, sys
from draw import draw

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', '..', 'shared')
print(json.dumps(draw(shared, 2026120817, 4, 20, ('fresh3', 'tune2'), lambda k: 'fresh3' if k % 2 == 0 else 'tune2'), indent=1))
