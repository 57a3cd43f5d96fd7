"""What residents read when a question of the bot comes back after something
else came in between (bot/dialog/withdraw_held.py), or is asked about a line
while another question is open (bot/dialog/quoted_offer.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "withdraw_back": "Noch zu Ihrer Bitte von vorhin:",
    "offer_about_line": "Ihre Nachricht «{text}»:",
}

EN = {
    "withdraw_back": "Back to what you asked me before:",
    "offer_about_line": "Your message “{text}”:",
}

FR = {
    "withdraw_back": "Pour revenir à votre demande de tout à l'heure:",
    "offer_about_line": "Votre message «{text}»:",
}

IT = {
    "withdraw_back": "Torno alla vostra richiesta di prima:",
    "offer_about_line": "Il vostro messaggio «{text}»:",
}
