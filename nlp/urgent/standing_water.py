"""Water standing in a cellar or a flat (new-user trial r, finding 4).

"our basement is flooded, water is coming in from the street drain" is urgent (the
model, 0.74, kind "flood_electric": water reaches the wiring, Feuerwehr 118), but "Bei
uns im Keller steht das Wasser 20 cm hoch" (0.17) and gsw "mir händ wasser im chäller,
sicher 30 cm" (0.11) got an ordinary card. A strong rule, in the five languages: a
cellar, a basement, a garage or a flat, and water in it by its depth ("20 cm",
"knöcheltief", "knee-deep", "jusqu'aux chevilles", "fino alle ginocchia"), standing or
rising ("steht das Wasser", "l'eau monte"), or the room under water or flooded ("Keller
unter Wasser", "la cantina è allagata"). The kind is "flood_electric", as for a burst
pipe (nlp.urgent.water_leak).

Not water that is gone or was there ("Wasser im Keller ist wieder weg", "war
überschwemmt", "abgepumpt"), a damp wall, a puddle of a few centimetres, water on the
street, nor who pays for the damage.
"""

from __future__ import annotations

import re

from nlp.urgent.fastre import Substrings

KIND = "flood_electric"

_ROOM = re.compile(
    r"\b(?:\w*keller|chäller|cheller|untergeschoss|tiefgarage|garage|waschküche|wohnung|wohnig"
    r"|stube|küche|kuchi|cellar|basement|flat|apartment|kitchen|cave|sous-sol|appartement"
    r"|cuisine|cantina|scantinato|seminterrato|appartamento|cucina)\b"
)
_WATER = re.compile(r"\b(?:wasser|water|eau|l['’]eau|acqua|l['’]acqua)\b")
# A depth of 5 cm or more, or a body part the water reaches.
_DEPTH = re.compile(
    r"\b(?:[5-9]|[1-9]\d{1,2})\s*(?:cm|zentimeter|centim[eè]tres?|centimetri|zm)\b"
    r"|\b(?:knöchel|knie|chnü+|chnöchel|knee|ankle|waist|hüft)[-\s]?(?:tief|hoch|höch|deep"
    r"|high)\b"
    r"|\b(?:bis|jusqu['’]|fino|up\s+to)\s+(?:\w+\s+){0,2}?(?:knöchel\w*|knie\w*|chnü\w*"
    r"|chnöchel|ankles?|knees?|waist|chevilles?|genoux|caviglie|ginocchia)\b"
)
# Water standing or rising now; between them only small words ("steht das Wasser",
# "Wasser im Keller steht"), not a bottle ("steht eine Flasche Wasser").
_BETWEEN = (
    r"(?:(?:das|d|s|de|da|dort|hier|scho|schon|bereits|jetzt|jetz|grad|gerade|überall|fast"
    r"|knapp|sicher|etwa|ca|zirka|ungefähr|im|in|i|em|der|dem|den|unserem|unserer|eusem"
    r"|\w*keller|chäller|cheller|\w*geschoss|\w*garage|wohnung|wohnig|\d+|cm|hoch|höch|tief)"
    r"[.,]?\s+){0,4}?"
)
_STANDS = re.compile(
    r"\b(?:steht|stoht|staht|steigt|stiigt)\s+" + _BETWEEN + r"wasser\b"
    r"|\bwasser\s+" + _BETWEEN + r"(?:steht|stoht|staht|steigt|stiigt)\b"
    r"|\bwater\s+(?:is\s+)?(?:still\s+)?(?:standing|rising)\b|\bl['’]eau\s+(?:\w+\s+)?monte\b"
    r"|\bl['’]acqua\s+(?:\w+\s+)?sale\b"
)
# The room under water or flooded, no water named.
_FLOODED = re.compile(
    r"\b(?:unter\s+wasser|under\s+water|sous\s+l['’]eau|sott['’]\s*acqua|überschwemmt"
    r"|überflutet|überschwämmt|flooded|flooding|inondée?s?|allagat[oaie])\b"
)
# Gone, past, damp, or a question of money: no emergency now.
_GONE = re.compile(
    r"\b(?:weg|wäg|trocken|tröche|abgepumpt|ausgepumpt|abgeflossen|abgelaufen|gone|dry"
    r"|drained|pumped|sèche|asciutt[oa]|prosciugat[oa]|versicherung|bezahlt|zahlt|kosten"
    r"|insurance|pays|assurance|assicurazione|paga|feucht|damp|humide|umid\w*|schimmel"
    r"|mould|mold|moisissure|muffa)\b"
    # a hole, a puddle, a pool or a tub full of water: its depth is not the water's
    r"|(?:loch|löcher|pothole|hole|trou|nid[- ]de[- ]poule|buca|pfütze|puddle|flaque"
    r"|pozzanghera|pool|brunnen|aquarium|badewanne|bathtub|baignoire|vasca|planschbecken)"
    r"|\b(?:war|waren|was|were|isch\s+gsi|sind\s+gsi|était|étaient|era|erano|stand|stood"
    r"|hatten|had|avions|avait|avevamo|c['’]era)\s+(?:\w+\s+){0,3}?(?:überschwemmt|überflutet"
    r"|unter|under|flooded|inondée?|allagat\w*|wasser|water|eau|acqua|\d+\s*cm)"
)
STEMS = (
    "keller", "chäller", "cheller", "untergeschoss", "garage", "waschküche", "wohnung",
    "wohnig", "stube", "küche", "kuchi", "cellar", "basement", "flat", "apartment",
    "kitchen", "cave", "sous-sol", "appartement", "cuisine", "cantina", "scantinato",
    "seminterrato", "appartamento", "cucina",
)  # fmt: skip
_SEARCH = Substrings(STEMS)


def standing_water(low: str) -> str | None:
    """The words of water standing in a cellar or a flat in a lower-cased text, or
    None (see the module)."""
    if not _SEARCH.found_in(low):
        return None
    room = _ROOM.search(low)
    if room is None or _GONE.search(low):
        return None
    water = _WATER.search(low)
    if water is not None and (_DEPTH.search(low) or _STANDS.search(low)):
        return low[min(room.start(), water.start()) : max(room.end(), water.end())]
    flooded = _FLOODED.search(low)
    return None if flooded is None else f"{room.group(0)} … {flooded.group(0)}"
