"""What residents read about their list of concerns (bot/dialog/listing.py);
new-user trial m. Merged into each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "number_unknown": "Eine Nummer {number} finde ich unter Ihren Anliegen nicht.",
}

EN = {
    "number_unknown": "I cannot find a number {number} among your concerns.",
}

FR = {
    "number_unknown": "Je ne trouve pas de numéro {number} parmi vos demandes.",
}

IT = {
    "number_unknown": "Non trovo nessun numero {number} tra le vostre segnalazioni.",
}
