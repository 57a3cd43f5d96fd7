"""A neighbour as a person, as a whole word, for every reader (the alarm's rules in
nlp.urgent, the animal words of nlp.animals, a neighbour's noise in
nlp.neighbour_noise): "Nachbarin", "Nachbarsfrau", "Nochber", "neighbours", "voisine";
not the "Nachbarhaus", the "Nachbargarten", the "Nachbarhund", the "Nachbarschaft", the
"Nachbarort" or the "Nachbargemeinde", nor a "neighbourhood" or the "voisinage".

An alternation of lower-case words that ends at a word's end (`\\b`), without a leading
word boundary or flags: a reader puts it in its own rules.
"""

from __future__ import annotations

NEIGHBOUR = (
    r"(?:nachbar(?:s|n|in|innen)?(?:frau|mann|maa|kind|kinder|chind|junge|bub|bueb|mädchen"
    r"|meitli|tochter|sohn|leute|lüt|familie|grosi|oma|opa)?|nochber(?:e|i|in|s|sch)?"
    r"(?:frau|maa|chind|bueb|meitli|lüt)?|nachber(?:n|in|innen)?|neighbou?rs?"
    r"|voisin(?:e|es|s)?)\b"
)
