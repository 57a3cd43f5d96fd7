"""What residents read when they send a short maps link ("https://maps.app.goo.gl/…")
as the place: the bot opens no links (bot/dialog/map_link.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "map_link_short": "Diesen Kurzlink kann ich leider nicht öffnen. Schreiben Sie bitte Strasse und Hausnummer oder einen Platz – oder teilen Sie Ihren Standort.",
}

EN = {
    "map_link_short": "Sorry, I cannot open this short link. Please write the street and house number or a square – or share your location.",
}

FR = {
    "map_link_short": "Désolé, je ne peux pas ouvrir ce lien court. Écrivez s'il vous plaît la rue et le numéro ou une place – ou partagez votre position.",
}

IT = {
    "map_link_short": "Purtroppo non riesco ad aprire questo link breve. Scrivete per favore la via e il numero civico o una piazza – oppure condividete la vostra posizione.",
}
