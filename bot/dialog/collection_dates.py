"""When the waste is collected: "Wann wird am Idaplatz das Altpapier abgeholt?",
"Wenn chunnt de Karton?", "When is the paper collection in Wipkingen?",
"Wann kommt die Grünabfuhr?", "Wann fährt das Cargo-Tram?".

A question the bot answers itself (`general_questions`): the collection dates
are in the city's collection calendar, and an office would only point there.
Before, such a question was filed as a concern about waste at the place it named.
A missed collection ("Der Karton wurde am Idaplatz nicht abgeholt", "Wann wird
das Altpapier endlich abgeholt?") is a concern and stays one.
"""

from __future__ import annotations

import re

KEY = "collection_dates"

# "wann", "wenn chunnt" (Swiss German), "when is", "quand", "quando", "an welchem Tag".
_WHEN = re.compile(
    r"\b(?:wann|wänn|wenn|when|what\s+day|which\s+day|quand|quel\s+jour|quando|che\s+giorno|"
    r"an\s+welche[mn]\s+tag)\b",
    re.IGNORECASE,
)
# What is collected: paper, cardboard, household waste, green waste, in four languages.
_WASTE = re.compile(
    r"\w*(?:papier|karton|kartong|chartong|kehricht|ghüder|güsel|grüngut|abfall|abfälle|sperrgut|"
    r"sondermüll|christb[aä]um|weihnachtsb[aä]um)"
    r"\w*|\b(?:paper|cardboard|garbage|trash|rubbish|waste|recycling|"
    r"bins?|carton|ordures|déchets|encombrants|carta|cartone|rifiuti|spazzatura|umido)\b",
    re.IGNORECASE,
)
# That it is collected: "abgeholt", "Abfuhr", "chunnt", "collection", "ramassage", "raccolta".
_COLLECTED = re.compile(
    r"\w*(?:abfuhr|abfuehr|sammlung|sammig)\w*|\b(?:abgeholt|abholen|abholung|abgholt|abhole|"
    r"gesammelt|kommt|chunnt|chunt|chömed|collect\w*|picked\s+up|pick\s+up|ramass\w*|"
    r"collecte|enlev\w*|passe|raccolt\w*|ritirat\w*|ritiro|passa)\b",
    re.IGNORECASE,
)
# A collection named by itself: "Grünabfuhr", "Christbaum-Abfuhr", "Cargo-Tram",
# "le ramassage", "la raccolta" (trial n, § 7): no waste word needed besides.
_NAMED_COLLECTION = re.compile(
    r"\w*(?:abfuhr|abfuehr)\w*|\b(?:cargo|e)[\s-]?tram\b|"
    r"\b(?:collection|ramassage|raccolta)\b",
    re.IGNORECASE,
)
# A complaint, not a question about the date: "endlich", "immer noch nicht", "why".
_COMPLAINT = re.compile(
    r"\b(?:endlich|immer\s+noch|nicht|nöd|nid|nie|wieder|finally|still|not|never|again|"
    r"enfin|toujours|pas|jamais|finalmente|ancora|non|mai|warum|wieso|why|pourquoi|perché)\b",
    re.IGNORECASE,
)
MAX_WORDS = 16


def asks(text: str) -> bool:
    """The message asks when some waste is collected (and says nothing else)."""
    said = text.strip()
    if len(said.split()) > MAX_WORDS or _COMPLAINT.search(said):
        return False
    when = _WHEN.search(said)
    if when is None:
        return False
    named = _NAMED_COLLECTION.search(said)
    if not named and (not _WASTE.search(said) or not _COLLECTED.search(said)):
        return False
    # "Wenn …" opening a German sentence is "if" unless it asks ("Wenn chunnt …?").
    return said.endswith("?") or (when.start() == 0 and when.group(0).lower() != "wenn")
