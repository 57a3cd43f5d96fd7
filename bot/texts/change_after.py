"""A change button of the card ("Thema ändern", "Ort ändern") pressed or typed
after the concern went out (bot/dialog/change_after.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "change_after_forwarding": (
        "Ihr Anliegen {reference} ist schon an {office} weitergeleitet; dort kann man es wenn "
        "nötig an die richtige Stelle weitergeben. Schreiben Sie mir, was nicht stimmt (zum "
        "Beispiel den richtigen Ort), dann gebe ich es weiter."
    ),
}

EN = {
    "change_after_forwarding": (
        "Your concern {reference} has already been forwarded to {office}; they can pass it on to "
        "the right office if needed. Write to me what is not right (the right place, for "
        "example), and I will pass it on."
    ),
}

FR = {
    "change_after_forwarding": (
        "Votre demande {reference} a déjà été transmise à {office}; ce service peut la "
        "transmettre au bon service si nécessaire. Écrivez-moi ce qui ne va pas (le bon lieu, "
        "par exemple), et je le transmettrai."
    ),
}

IT = {
    "change_after_forwarding": (
        "La vostra segnalazione {reference} è già stata inoltrata a {office}; se necessario, "
        "la può passare all'ufficio giusto. Scrivetemi che cosa non va (per esempio il luogo "
        "giusto), e lo inoltrerò."
    ),
}
