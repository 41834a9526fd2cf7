#!/bin/sh
# Draws the BitLocker step's icon with ImageMagick: a padlock on a teal tile, 16x16 and 32x32 (@2x).
# Run from this folder: ./make-icon.sh
set -eu
draw() { # size file
  s=$1; k=$(echo "$s / 16" | bc -l)
  convert -size "${s}x${s}" xc:none \
    -fill '#0f766e' -stroke '#00000055' -strokewidth "$k" \
    -draw "roundrectangle $(echo "0.5*$k" | bc),$(echo "0.5*$k" | bc) $(echo "15.5*$k" | bc),$(echo "15.5*$k" | bc) $(echo "3*$k" | bc),$(echo "3*$k" | bc)" \
    -fill none -stroke white -strokewidth "$(echo "1.6*$k" | bc)" \
    -draw "arc $(echo "5*$k" | bc),$(echo "2.5*$k" | bc) $(echo "11*$k" | bc),$(echo "10*$k" | bc) 180,360" \
    -draw "line $(echo "5*$k" | bc),$(echo "6.2*$k" | bc) $(echo "5*$k" | bc),$(echo "8*$k" | bc)" \
    -draw "line $(echo "11*$k" | bc),$(echo "6.2*$k" | bc) $(echo "11*$k" | bc),$(echo "8*$k" | bc)" \
    -stroke none -fill white \
    -draw "roundrectangle $(echo "3.5*$k" | bc),$(echo "7.5*$k" | bc) $(echo "12.5*$k" | bc),$(echo "13.5*$k" | bc) $k,$k" \
    -fill '#0f766e' -draw "circle $(echo "8*$k" | bc),$(echo "10.2*$k" | bc) $(echo "8*$k" | bc),$(echo "11.3*$k" | bc)" \
    -define png:exclude-chunks=date,time -strip "$2"
}
draw 16 bitlocker-escrow.png
draw 32 bitlocker-escrow@2x.png
