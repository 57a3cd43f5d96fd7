"""What residents read when a line typed at the confirm card corrects the draft's
topic or says more of it (bot/dialog/card_line.py): the draft on the card, changed
or added to, not a second one. Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "corrected_at_confirm": "Gut, Ihr Anliegen {reference} betrifft also {topic}, {place}. Ich leite es an {office} weiter. Stimmt das?",
    "added_at_confirm": "Ich habe das zu Ihrem Anliegen {reference} dazugeschrieben; es ist noch nicht weitergeleitet. Soll ich es so weiterleiten ({topic}, {place}, an {office})?",
}

EN = {
    "corrected_at_confirm": "All right, so your concern {reference} is about {topic}, {place}. I will pass it on to {office}. Is that right?",
    "added_at_confirm": "I added that to your concern {reference}; it has not been passed on yet. Shall I pass it on like this ({topic}, {place}, to {office})?",
}

FR = {
    "corrected_at_confirm": "D'accord, votre demande {reference} concerne donc {topic}, {place}. Je transmets à {office}. Est-ce correct?",
    "added_at_confirm": "Je l'ai ajouté à votre demande {reference}; elle n'est pas encore transmise. Dois-je la transmettre ainsi ({topic}, {place}, à {office})?",
}

IT = {
    "corrected_at_confirm": "Va bene, la vostra segnalazione {reference} riguarda quindi {topic}, {place}. La inoltro a {office}. È corretto?",
    "added_at_confirm": "L'ho aggiunto alla vostra segnalazione {reference}; non è ancora inoltrata. Devo inoltrarla così ({topic}, {place}, a {office})?",
}
