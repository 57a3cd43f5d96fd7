"""What residents read when an emergency went out without its place while another
part of their message waits (bot/dialog/place_first.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "place_first_then": "Danach machen wir mit Ihrem weiteren Anliegen weiter: «{text}»",
}

EN = {
    "place_first_then": "After that, we will go on with your other concern: “{text}”",
}

FR = {
    "place_first_then": "Ensuite, nous continuerons avec votre autre demande: «{text}»",
}

IT = {
    "place_first_then": "Poi continueremo con la vostra altra segnalazione: «{text}»",
}
