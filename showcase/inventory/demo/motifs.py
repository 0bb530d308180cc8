"""The shapes of the demo showcase's pictures, by name: coffee beans, a cup, a honey jar, a chip
bag, tapis cloth… (drawn in `food_motifs` and `craft_motifs` with the `Pen` of `pen`).
"""

from __future__ import annotations

from showcase.inventory.demo import craft_motifs, food_motifs
from showcase.inventory.demo.pen import Motif

MOTIFS: dict[str, Motif] = {
    "beans": food_motifs.beans,
    "cup": food_motifs.cup,
    "pouch": food_motifs.pouch,
    "jar": food_motifs.jar,
    "bottle": food_motifs.bottle,
    "bowl": food_motifs.bowl,
    "chips": food_motifs.chips,
    "crackers": food_motifs.crackers,
    "fish": food_motifs.fish,
    "pineapple": food_motifs.pineapple,
    "pod": food_motifs.pod,
    "durian": food_motifs.durian,
    "bar": food_motifs.bar,
    "tapis": craft_motifs.cloth("tapis"),
    "batik": craft_motifs.cloth("batik"),
    "sulam": craft_motifs.cloth("sulam"),
    "basket": craft_motifs.basket,
    "mat": craft_motifs.mat,
    "elephant": craft_motifs.elephant,
    "bamboo": craft_motifs.bamboo,
    "siger": craft_motifs.siger,
}

# Where each standing motif meets the table (in its units, down from its centre), for its
# shadow. Motifs not listed (beans, chips…) lie scattered and cast none.
FEET: dict[str, float] = {
    "cup": 0.38,
    "pouch": 0.44,
    "jar": 0.44,
    "bottle": 0.46,
    "bowl": 0.42,
    "pineapple": 0.45,
    "pod": 0.32,
    "durian": 0.46,
    "bar": 0.28,
    "tapis": 0.42,
    "batik": 0.42,
    "sulam": 0.42,
    "basket": 0.4,
    "elephant": 0.38,
    "bamboo": 0.42,
    "siger": 0.34,
}
