"""What residents read about their list of concerns (bot/dialog/listing.py), and
a short "you're welcome" before an open question is asked again
(bot/dialog/reply_to_city.py); new-user trial m. Merged into each language's
table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "number_unknown": "Eine Nummer {number} finde ich unter Ihren Anliegen nicht.",
    "welcome_short": "Gern geschehen.",
}

EN = {
    "number_unknown": "I cannot find a number {number} among your concerns.",
    "welcome_short": "You're welcome.",
}

FR = {
    "number_unknown": "Je ne trouve pas de numéro {number} parmi vos demandes.",
    "welcome_short": "Avec plaisir.",
}

IT = {
    "number_unknown": "Non trovo nessun numero {number} tra le vostre segnalazioni.",
    "welcome_short": "Prego.",
}
