"""A neighbour not seen for days, but away: nothing to file, a friendly word.

New-user trial j, finding 11: "ich habe meinen Nachbarn seit Tagen nicht gesehen,
er ist in den Ferien" raised no alarm (right: the welfare rule knows holidays,
nlp.urgent.welfare), but was filed as a concern and asked "Wo ist das genau?";
so was "…, aber er ist bestimmt nur verreist, kein Grund zur Sorge". No office
of the city takes that up. The resident hears that the police (117) can look if
they worry after all, and is asked what else the bot can do. A message that
tells of something else too ("Der Kübel am Idaplatz ist voll, und …") is not
answered so as a whole (its parts may be).

Read by bot.dialog.general_questions (a whole message, or one part of a message
of several concerns); an emergency is never asked about here.
"""

from __future__ import annotations

import re

from nlp.smalltalk import smalltalk
from nlp.urgent.welfare import away_cue, of_absence

KEY = "reassured_away"
MAX_WORDS = 30  # a longer text tells more than that
SHORT = 4  # "kein Grund zur Sorge": a clause this short may stand beside
# Clauses: sentences, then commas and the words that join clauses.
_CLAUSES = re.compile(
    r"[.!?;,:\n]+|\s+(?=(?:und|aber|ausserdem|zudem|übrigens|and|but|also|et|mais|e|ma|inoltre)\s)",
    re.IGNORECASE,
)


def key_of(text: str) -> str | None:
    """`KEY` for a short text that says a person gave no sign of life for days
    and is away ("in den Ferien", "verreist", "on holiday"), and nothing else;
    None otherwise."""
    if len(text.split()) > MAX_WORDS or away_cue(text.casefold()) is None:
        return None
    for clause in _CLAUSES.split(text):
        if len(clause.split()) <= SHORT or of_absence(clause.casefold()):
            continue
        if smalltalk(clause) is None:
            return None  # "Der Kübel am Idaplatz ist voll": another matter besides
    return KEY
