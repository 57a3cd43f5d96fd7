"""What residents read when they answer "Nein" to a place question that offers
"Gleicher Ort wie vorher" (bot/dialog/place_offered.py): not the same place, so
where then. Merged into each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "ask_place_elsewhere": "Wo ist es dann? Schreiben Sie Strasse und Hausnummer, einen Platz oder das Quartier – oder teilen Sie Ihren Standort.",
    "urgent_ask_place_elsewhere": "Wo ist es dann? Die Angabe hilft der Stadt bei der Meldung; der Anruf geht vor.",
}

EN = {
    "ask_place_elsewhere": "Where is it, then? Write the street and house number, a square or the neighbourhood – or share your location.",
    "urgent_ask_place_elsewhere": "Where is it, then? It helps the city with your report; the call comes first.",
}

FR = {
    "ask_place_elsewhere": "Où est-ce, alors? Indiquez la rue et le numéro, une place ou le quartier – ou partagez votre position.",
    "urgent_ask_place_elsewhere": "Où est-ce, alors? Cela aide la Ville pour votre signalement; l'appel passe avant.",
}

IT = {
    "ask_place_elsewhere": "Dov'è, allora? Scrivete via e numero civico, una piazza o il quartiere – oppure condividete la vostra posizione.",
    "urgent_ask_place_elsewhere": "Dov'è, allora? L'indicazione aiuta la Città con la segnalazione; la chiamata viene prima.",
}
