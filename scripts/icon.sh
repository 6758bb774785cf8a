#!/usr/bin/env bash
# Draws docs/images/icon.png, the extension's icon (256×256): a quotation mark and a question mark
# in a speech bubble. Needs ImageMagick and the DejaVu fonts (apt: imagemagick fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/.."
fonts=/usr/share/fonts/truetype/dejavu
convert -size 256x256 xc:none \
  -fill '#1f2a36' -draw 'roundrectangle 0,0 255,255 44,44' \
  -fill '#f4efe6' -draw 'roundrectangle 32,40 224,180 32,32' \
  -fill '#f4efe6' -draw 'polygon 66,172 60,226 124,176' \
  -fill '#1f2a36' -font "$fonts/DejaVuSerif-Bold.ttf" -pointsize 170 -annotate +44+200 '“' \
  -fill '#e8833a' -font "$fonts/DejaVuSans-Bold.ttf" -pointsize 120 -annotate +138+157 '?' \
  -strip docs/images/icon.png
