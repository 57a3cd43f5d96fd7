"""What residents read when they change their mind about passing a concern on
(bot/dialog/reconsidered.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "offer_dropped": "Gut, ich lasse es weg. Bei {reference} ändert sich nichts.",
    "withdrawn_stays": "Gut, {reference} bleibt zurückgezogen und wird nicht weitergeleitet.",
    "forward_again_anew": (
        "{reference} ist zurückgezogen. Schreiben Sie mir Ihr Anliegen bitte nochmals, "
        "dann leite ich es neu weiter."
    ),
    "forwarded_already": "{reference} ist schon an {office} weitergeleitet.",
}
EN = {
    "offer_dropped": "All right, I will leave it out. Nothing changes for {reference}.",
    "withdrawn_stays": "All right, {reference} stays withdrawn and will not be passed on.",
    "forward_again_anew": (
        "{reference} has been withdrawn. Please write your concern to me again, "
        "and I will pass it on anew."
    ),
    "forwarded_already": "{reference} has already been passed on to {office}.",
}
FR = {
    "offer_dropped": "D'accord, je laisse tomber. Rien ne change pour {reference}.",
    "withdrawn_stays": "D'accord, {reference} reste retirée et ne sera pas transmise.",
    "forward_again_anew": (
        "{reference} a été retirée. Écrivez-moi à nouveau votre demande, "
        "et je la transmettrai à nouveau."
    ),
    "forwarded_already": "{reference} a déjà été transmise à {office}.",
}
IT = {
    "offer_dropped": "Va bene, lascio perdere. Per {reference} non cambia nulla.",
    "withdrawn_stays": "Va bene, {reference} resta ritirata e non viene inoltrata.",
    "forward_again_anew": (
        "{reference} è stata ritirata. Scrivetemi di nuovo la vostra segnalazione, "
        "e la inoltrerò di nuovo."
    ),
    "forwarded_already": "{reference} è già stata inoltrata a {office}.",
}
