"""What residents read when they ask whether they can report without giving their
name ("Kann ich das auch anonym melden?", new-user trial o, finding 5). Merged into
each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "smalltalk_anonymous": (
        "Ihren Namen brauche ich nicht: Ich frage nicht danach, und die Stadt sieht ihn nicht. "
        "Gespeichert "
        "werden Ihr Anliegen, der Ort, allfällige Fotos und Ihre Chat-ID, damit wir Ihnen "
        "antworten können. Name oder Telefonnummer schreiben Sie nur dazu, wenn man Sie "
        "anrufen soll. Mit /loeschen löschen Sie Ihre Daten jederzeit."
    ),
}

EN = {
    "smalltalk_anonymous": (
        "I do not need your name: I do not ask for it, and the city does not see it. "
        "I store your concern, "
        "the place, any photos and your chat ID so that we can answer you. Add your name or "
        "phone number only if you want to be called. Send /loeschen to delete your data at "
        "any time."
    ),
}

FR = {
    "smalltalk_anonymous": (
        "Je n'ai pas besoin de votre nom: je ne le demande pas, et la Ville ne le voit pas. "
        "J'enregistre votre "
        "demande, le lieu, les photos éventuelles et votre ID de chat pour pouvoir vous "
        "répondre. N'ajoutez votre nom ou votre numéro que si vous voulez être rappelé·e. "
        "Avec /loeschen, vous effacez vos données à tout moment."
    ),
}

IT = {
    "smalltalk_anonymous": (
        "Il vostro nome non mi serve: non lo chiedo, e la Città non lo vede. "
        "Salvo la vostra segnalazione, il "
        "luogo, le eventuali foto e il vostro ID della chat per potervi rispondere. Aggiungete "
        "nome o numero di telefono solo se volete essere richiamati. Con /loeschen cancellate "
        "i vostri dati in qualsiasi momento."
    ),
}
