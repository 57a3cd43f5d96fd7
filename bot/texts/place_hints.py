"""What residents read when they answer "Ja", "sì" or "yes" to "Wo ist das
genau?" (bot/dialog/place_answer.py): no place, so how to give one. Merged into
each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "place_yes_hint": "Bitte nennen Sie die Strasse mit Hausnummer oder einen Platz, oder tippen Sie «Weiss ich nicht».",
}

EN = {
    "place_yes_hint": "Please give the street and house number or a square, or tap “I don't know”.",
}

FR = {
    "place_yes_hint": "Indiquez la rue et le numéro ou une place, ou touchez «Je ne sais pas».",
}

IT = {
    "place_yes_hint": "Indicate la via e il numero civico o una piazza, oppure toccate «Non lo so».",
}
