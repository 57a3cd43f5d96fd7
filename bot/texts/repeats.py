"""What residents read instead of a question or an answer sent again: the open
question still waiting (bot/dialog/once_more.py), a photo added to the open
draft (bot/dialog/photos.py), a button pressed after "Ja" was typed
(bot/dialog/said_yes.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "still_open": "Ihr Anliegen {reference} wartet noch auf Ihre Antwort, siehe oben.",
    "still_open_question": "Meine Frage oben ist noch offen.",
    "photo_added": "Foto hinzugefügt.",
    "already_forwarded": "Schon weitergeleitet: {reference}.",
}

EN = {
    "still_open": "Your concern {reference} is still waiting for your answer, see above.",
    "still_open_question": "My question above is still open.",
    "photo_added": "Photo added.",
    "already_forwarded": "Already passed on: {reference}.",
}

FR = {
    "still_open": "Votre demande {reference} attend encore votre réponse, voir plus haut.",
    "still_open_question": "Ma question plus haut est encore ouverte.",
    "photo_added": "Photo ajoutée.",
    "already_forwarded": "Déjà transmise: {reference}.",
}

IT = {
    "still_open": "La vostra segnalazione {reference} attende ancora la vostra risposta, vedi sopra.",
    "still_open_question": "La mia domanda qui sopra è ancora aperta.",
    "photo_added": "Foto aggiunta.",
    "already_forwarded": "Già inoltrata: {reference}.",
}
