"""What a chat with no record reads when it taps an old button (after /loeschen,
say): nothing is stored for a tap (bot/dialog/who_writes.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "tap_no_record": "Dieser Knopf ist nicht mehr aktuell. Schreiben Sie mir einfach, wenn Sie ein Anliegen haben.",
}

EN = {
    "tap_no_record": "This button is no longer current. Just write to me whenever you have a concern.",
}

FR = {
    "tap_no_record": "Ce bouton n'est plus actuel. Écrivez-moi simplement si vous avez une demande.",
}

IT = {
    "tap_no_record": "Questo pulsante non è più attuale. Scrivetemi semplicemente se avete una segnalazione.",
}
