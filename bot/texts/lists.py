"""What residents read about their list of concerns (bot/dialog/listing.py), which
of them "meine letzte Meldung" picks to withdraw (bot/dialog/withdraw_pick.py), and
a short "you're welcome" before an open question is asked again
(bot/dialog/reply_to_city.py); new-user trial m. Merged into each language's
table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "withdraw_picked_latest": "Ihr zuletzt eingereichtes Anliegen ist {reference}.",
    "number_unknown": "Eine Nummer {number} finde ich unter Ihren Anliegen nicht.",
    "welcome_short": "Gern geschehen.",
}

EN = {
    "withdraw_picked_latest": "Your most recent concern is {reference}.",
    "number_unknown": "I cannot find a number {number} among your concerns.",
    "welcome_short": "You're welcome.",
}

FR = {
    "withdraw_picked_latest": "Votre demande la plus récente est {reference}.",
    "number_unknown": "Je ne trouve pas de numéro {number} parmi vos demandes.",
    "welcome_short": "Avec plaisir.",
}

IT = {
    "withdraw_picked_latest": "La vostra segnalazione più recente è {reference}.",
    "number_unknown": "Non trovo nessun numero {number} tra le vostre segnalazioni.",
    "welcome_short": "Prego.",
}
