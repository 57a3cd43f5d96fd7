"""Edges a person can stand or sit on, high up: bridges, roofs, railings, ledges, walls.

Two readers: nlp.urgent.on_edge (the writer says only that they are on one now: a
crisis) and nlp.urgent.crisis (a text the model calls a crisis must name a word of one:
"Die Frau steht seit Minuten auf dem Vordach" names the edge, not dying).

EDGE: places one stands *on* at a height ("\\w*" in front: compounds such as
"Kornhausbrücke", "Vordach", "Fenstersims", "Brückengeländer").
HIGH_UP: words that name a height only with the person on it; read only where the
model already calls the text a crisis ("oben auf der Mauer", "au bord du toit").
A wall alone ("auf der Mauer") is no edge in EDGE: "Auf der Mauer" is a street in
Zürich, and "ich bin gerade auf der Mauer" names where one is.
"""

from __future__ import annotations

EDGE = (
    r"(?!obdach)(?:\w*brücke|\w*bruecke|\w*brugg|\w*brügg|bridge|pont|ponte|\w*dach|roof|toit|tetto"
    r"|dachrand|dachkante|dachvorsprung|dachfirst|\w*geländer|\w*gländer|\w*gelaender"
    r"|railing|rambarde|parapet|parapetto|ringhiera|\w*brüstung|\w*bruestung|ledge"
    r"|\w*sims|\w*gsims|corniche|cornicione|davanzale|rebord|sill|windowsill)\b"
)

HIGH_UP = (
    r"(?!obdach)(?:\w*mauer\w*|\w*muur\w*|mur|muret|muretto|muro|wall|oben\s+(?:auf|uf|am)|obe\s+(?:uf|am)"
    r"|on\s+top\s+of|au\s+bord|sul\s+bordo|in\s+cima|\w*dachrand|\w*dachkante|\w*vorsprung"
    r"|\w*fensterbrett\w*|\w*fenstersims\w*|\w*sims\w*|\w*gsims\w*|\w*brüstung\w*"
    r"|\w*bruestung\w*|\w*geländer\w*|\w*gländer\w*|\w*vordach\w*|\w*dach\w*|ledge\w*"
    r"|sill|davanzale|cornicione|rebord|corniche|cornich\w*|gouttière|grondaia|dachrinne\w*)"
)
