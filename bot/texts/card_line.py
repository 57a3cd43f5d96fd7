"""What residents read when a line typed at the confirm card corrects the draft's
topic or says more of it (bot/dialog/card_line.py): the draft on the card, changed
or added to, not a second one; its topic corrected at the place question
(bot/dialog/topic_corrected.py); chatter there, answered briefly before the
question again (bot/dialog/card_chatter.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "corrected_at_confirm": "Gut, Ihr Anliegen {reference} betrifft also {topic}, {place}. Ich leite es an {office} weiter. Stimmt das?",
    "added_at_confirm": "Ich habe das zu Ihrem Anliegen {reference} dazugeschrieben; es ist noch nicht weitergeleitet. Soll ich es so weiterleiten ({topic}, {place}, an {office})?",
    "corrected_at_place": "Gut, Ihr Anliegen {reference} betrifft also {topic}.",
    "card_chatter": "Kein Problem, ich warte gern.",
    "card_chatter_new": "Kein Problem! Antworten Sie einfach auf die Frage unten – mit einem Knopf oder in eigenen Worten.",
}

EN = {
    "corrected_at_confirm": "All right, so your concern {reference} is about {topic}, {place}. I will pass it on to {office}. Is that right?",
    "added_at_confirm": "I added that to your concern {reference}; it has not been passed on yet. Shall I pass it on like this ({topic}, {place}, to {office})?",
    "corrected_at_place": "All right, so your concern {reference} is about {topic}.",
    "card_chatter": "No problem, take your time.",
    "card_chatter_new": "No problem! Just answer the question below – with a button or in your own words.",
}

FR = {
    "corrected_at_confirm": "D'accord, votre demande {reference} concerne donc {topic}, {place}. Je transmets à {office}. Est-ce correct?",
    "added_at_confirm": "Je l'ai ajouté à votre demande {reference}; elle n'est pas encore transmise. Dois-je la transmettre ainsi ({topic}, {place}, à {office})?",
    "corrected_at_place": "D'accord, votre demande {reference} concerne donc {topic}.",
    "card_chatter": "Pas de souci, prenez votre temps.",
    "card_chatter_new": "Pas de souci! Répondez simplement à la question ci-dessous – avec un bouton ou avec vos propres mots.",
}

IT = {
    "corrected_at_confirm": "Va bene, la vostra segnalazione {reference} riguarda quindi {topic}, {place}. La inoltro a {office}. È corretto?",
    "added_at_confirm": "L'ho aggiunto alla vostra segnalazione {reference}; non è ancora inoltrata. Devo inoltrarla così ({topic}, {place}, a {office})?",
    "corrected_at_place": "Va bene, la vostra segnalazione {reference} riguarda quindi {topic}.",
    "card_chatter": "Nessun problema, prendetevi il tempo che serve.",
    "card_chatter_new": "Nessun problema! Rispondete semplicemente alla domanda qui sotto – con un pulsante o con parole vostre.",
}
