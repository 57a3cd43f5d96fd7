"""What residents read instead of a question or an answer sent again: the open
question still waiting (bot/dialog/once_more.py), a photo added to the open
draft (bot/dialog/photos.py), a button pressed after "Ja" was typed
(bot/dialog/said_yes.py), the draft on the card said again (bot/dialog/restated.py).
Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "still_open": "Ihr Anliegen {reference} wartet noch auf Ihre Antwort, siehe oben.",
    "still_open_question": "Meine Frage oben ist noch offen.",
    "photo_added": "Foto hinzugefügt.",
    "already_forwarded": "Schon weitergeleitet: {reference}.",
    "restated_at_confirm": "Das ist Ihr Anliegen {reference} von oben, noch nicht weitergeleitet. Soll ich es so weiterleiten ({topic}, {place}, an {office})?",
}

EN = {
    "still_open": "Your concern {reference} is still waiting for your answer, see above.",
    "still_open_question": "My question above is still open.",
    "photo_added": "Photo added.",
    "already_forwarded": "Already passed on: {reference}.",
    "restated_at_confirm": "That is your concern {reference} from above, not passed on yet. Shall I pass it on like this ({topic}, {place}, to {office})?",
}

FR = {
    "still_open": "Votre demande {reference} attend encore votre réponse, voir plus haut.",
    "still_open_question": "Ma question plus haut est encore ouverte.",
    "photo_added": "Photo ajoutée.",
    "already_forwarded": "Déjà transmise: {reference}.",
    "restated_at_confirm": "C'est votre demande {reference} ci-dessus, pas encore transmise. Dois-je la transmettre ainsi ({topic}, {place}, à {office})?",
}

IT = {
    "still_open": "La vostra segnalazione {reference} attende ancora la vostra risposta, vedi sopra.",
    "still_open_question": "La mia domanda qui sopra è ancora aperta.",
    "photo_added": "Foto aggiunta.",
    "already_forwarded": "Già inoltrata: {reference}.",
    "restated_at_confirm": "È la vostra segnalazione {reference} qui sopra, non ancora inoltrata. Devo inoltrarla così ({topic}, {place}, a {office})?",
}
