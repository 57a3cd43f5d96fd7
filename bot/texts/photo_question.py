"""What residents read when they ask whether they may send a photo
(bot/dialog/photo_question.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "photo_ok": "Ja, gerne! Schicken Sie das Foto einfach hier im Chat, am besten mit ein paar Worten dazu.",
    "photo_ok_concern": "Ja, gerne! Schicken Sie das Foto einfach hier im Chat, ich füge es Ihrem Anliegen {reference} hinzu.",
    "photo_added_to": "Danke, das Foto ist bei Ihrem Anliegen {reference} dabei.",
}

EN = {
    "photo_ok": "Yes, please do! Just send the photo here in the chat, ideally with a few words about it.",
    "photo_ok_concern": "Yes, please do! Just send the photo here in the chat and I will add it to your concern {reference}.",
    "photo_added_to": "Thanks, the photo is now part of your concern {reference}.",
}

FR = {
    "photo_ok": "Oui, volontiers! Envoyez simplement la photo ici dans le chat, de préférence avec quelques mots.",
    "photo_ok_concern": "Oui, volontiers! Envoyez simplement la photo ici dans le chat, je l'ajouterai à votre demande {reference}.",
    "photo_added_to": "Merci, la photo est ajoutée à votre demande {reference}.",
}

IT = {
    "photo_ok": "Sì, volentieri! Mandate semplicemente la foto qui nella chat, meglio con qualche parola.",
    "photo_ok_concern": "Sì, volentieri! Mandate semplicemente la foto qui nella chat, la aggiungo alla vostra segnalazione {reference}.",
    "photo_added_to": "Grazie, la foto è stata aggiunta alla vostra segnalazione {reference}.",
}
