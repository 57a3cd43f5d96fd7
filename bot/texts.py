"""Everything residents read, in one place: German (Swiss spelling) and English.

Keys are stable; `t(lang, key, **values)` formats. Keep it friendly and short.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "start": (
            "Grüezi! Ich bin Quartierbot der Stadt Zürich. Schreiben Sie mir Ihr Anliegen "
            "in eigenen Worten (z. B. «Abfallkübel am Idaplatz ist voll»). Ich frage nach, "
            "wo es ist, und leite es an die zuständige Stelle weiter.\n\n"
            "Datenschutz: Ich speichere Ihr Anliegen, den Ort, allfällige Fotos und Ihre "
            "Chat-ID, damit wir Ihnen antworten können. Sehen können es die "
            "Quartierkoordination und die zuständige Dienstabteilung. Wir bewahren es "
            "{months} Monate auf. Mit /loeschen löschen Sie Ihre Daten jederzeit.\n\n"
            "Bei Gefahr: Polizei 117, Feuerwehr 118, Sanität 144."
        ),
        "help": (
            "So geht's: Schreiben Sie Ihr Anliegen als Text, gern mit Foto. Ich frage nach "
            "dem Ort und zeige Ihnen, wohin ich es weiterleite.\n"
            "/meine – Ihre Anliegen und ihr Stand\n"
            "/loeschen – Ihre Daten löschen\n"
            "/hilfe – diese Hilfe\n"
            "Bei Gefahr: Polizei 117, Feuerwehr 118, Sanität 144."
        ),
        "emergency": (
            "⚠️ Das klingt nach einem Notfall. Bitte rufen Sie sofort an: "
            "Polizei 117, Feuerwehr 118, Sanität 144. "
            "Ihr Anliegen ist gespeichert und als dringend markiert."
        ),
        "ask_place": (
            "Wo ist das genau? Schreiben Sie Strasse und Hausnummer, einen Platz oder das "
            "Quartier – oder teilen Sie Ihren Standort."
        ),
        "ask_place_detail": (
            "Die {street} führt durch mehrere Kreise ({kreise}). Welche Hausnummer oder was "
            "ist in der Nähe?"
        ),
        "place_unknown_go_on": (
            "Den Ort habe ich nicht erkannt. Ich leite Ihr Anliegen ohne Ort weiter; "
            "die Quartierkoordination klärt das."
        ),
        "outside_city": (
            "Das liegt ausserhalb der Stadt Zürich ({place}). Dafür ist die Gemeinde "
            "zuständig – bitte wenden Sie sich an deren Verwaltung. Für Anliegen in der "
            "Stadt Zürich bin ich gern da."
        ),
        "outside_city_unnamed": (
            "Das liegt ausserhalb der Stadt Zürich. Dafür ist die jeweilige Gemeinde "
            "zuständig – bitte wenden Sie sich an deren Verwaltung."
        ),
        "confirm": "Ich habe verstanden: {topic}, {place}. Ich leite es an {office} weiter. Stimmt das?",
        "btn_confirm": "Ja, weiterleiten",
        "btn_change_topic": "Thema ändern",
        "btn_change_place": "Ort ändern",
        "btn_place_unknown": "Weiss ich nicht",
        "btn_share_location": "📍 Standort teilen",
        "btn_yes_delete": "Ja, löschen",
        "btn_no": "Nein",
        "choose_topic": "Worum geht es? Bitte wählen Sie:",
        "choose_place": (
            "Wo ist es? Schreiben Sie Strasse oder Quartier, teilen Sie den Standort "
            "oder wählen Sie den Kreis:"
        ),
        "forwarded": (
            "Danke! Ihr Anliegen {reference} ist an {office} weitergeleitet. "
            "Ich melde mich, wenn sich der Stand ändert. Mit /meine sehen Sie alle Ihre Anliegen."
        ),
        "unsupported": (
            "Das kann ich leider nicht lesen. Bitte schreiben Sie Ihr Anliegen als Text "
            "(ein Foto mit Beschreibung geht auch)."
        ),
        "empty": "Was ist Ihr Anliegen? Bitte beschreiben Sie es in ein paar Worten.",
        "photo_needs_text": "Danke für das Foto. Was ist das Anliegen? Bitte beschreiben Sie es kurz.",
        "too_long": (
            "Ihre Nachricht ist sehr lang. Ich habe die ersten {limit} Zeichen übernommen; "
            "den Rest bitte kürzer in einer weiteren Nachricht."
        ),
        "rate_limited": (
            "Sie haben in der letzten Stunde schon viele Anliegen geschickt. Ich habe dieses "
            "gespeichert; bitte schicken Sie weitere etwas später."
        ),
        "added": "Ich habe das zu Ihrem Anliegen hinzugefügt.",
        "draft_kept": "Ihr vorheriges Anliegen ist noch nicht weitergeleitet; es bleibt als Entwurf gespeichert (/meine). Nun zum neuen:",
        "mine_none": "Sie haben noch keine Anliegen geschickt.",
        "mine_header": "Ihre Anliegen:",
        "mine_item": "{reference} · {date} · {topic} · {status}",
        "delete_confirm": (
            "Soll ich Ihre persönlichen Daten löschen? Ihre Anliegen bleiben für die Stadt "
            "erhalten, aber ohne Text, Fotos, genauen Ort und ohne Verbindung zu Ihnen."
        ),
        "delete_done": "Erledigt: Ihre persönlichen Daten sind gelöscht. Auf Wiedersehen!",
        "delete_cancelled": "Gut, ich lösche nichts.",
        "error": "Entschuldigung, da ist etwas schiefgelaufen. Ihre Nachricht ist gespeichert; bitte versuchen Sie es später nochmals.",
        "status_changed": "Ihr Anliegen {reference} hat einen neuen Stand: {status}.",
        "place_kreis": "Kreis {kreis}",
        "place_quartier": "{quartier}, Kreis {kreis}",
        "place_unknown": "Ort unbekannt",
        "draft_reference": "noch nicht weitergeleitet",
        "status_draft": "Entwurf",
        "status_forwarded": "weitergeleitet",
        "status_in_progress": "in Bearbeitung",
        "status_done": "erledigt",
        "status_outside_city": "nicht Stadt Zürich",
        "status_rate_limited": "zurückgestellt",
        "status_withdrawn": "zurückgezogen",
    },
    "en": {
        "start": (
            "Hello! I am Quartierbot of the City of Zurich. Write your concern in your own "
            "words (e.g. “the bin at Idaplatz is full”). I ask where it is and pass it on "
            "to the right office.\n\n"
            "Privacy: I store your concern, the place, any photos and your chat id so we can "
            "reply. The neighbourhood coordination office and the responsible department "
            "can see it. We keep it for {months} months. Send /loeschen to delete your data "
            "at any time.\n\n"
            "In danger: police 117, fire 118, ambulance 144."
        ),
        "help": (
            "How it works: write your concern as text, a photo is welcome. I ask for the "
            "place and show you where I pass it on.\n"
            "/meine – your concerns and their status\n"
            "/loeschen – delete your data\n"
            "/hilfe – this help\n"
            "In danger: police 117, fire 118, ambulance 144."
        ),
        "emergency": (
            "⚠️ This sounds like an emergency. Please call now: police 117, fire 118, "
            "ambulance 144. Your concern is stored and marked urgent."
        ),
        "ask_place": (
            "Where exactly is it? Write the street and number, a square or the "
            "neighbourhood – or share your location."
        ),
        "ask_place_detail": (
            "{street} runs through several districts ({kreise}). Which house number, or what "
            "is nearby?"
        ),
        "place_unknown_go_on": (
            "I could not recognise the place. I will pass your concern on without it; the "
            "neighbourhood coordination office will sort it out."
        ),
        "outside_city": (
            "That is outside the City of Zurich ({place}). The municipality there is "
            "responsible – please contact its administration. For concerns in the City of "
            "Zurich I am happy to help."
        ),
        "outside_city_unnamed": (
            "That is outside the City of Zurich. The municipality there is responsible – "
            "please contact its administration."
        ),
        "confirm": "I understood: {topic}, {place}. I will pass it on to {office}. Is that right?",
        "btn_confirm": "Yes, pass it on",
        "btn_change_topic": "Change topic",
        "btn_change_place": "Change place",
        "btn_place_unknown": "I don't know",
        "btn_share_location": "📍 Share location",
        "btn_yes_delete": "Yes, delete",
        "btn_no": "No",
        "choose_topic": "What is it about? Please choose:",
        "choose_place": (
            "Where is it? Write the street or neighbourhood, share your location or choose "
            "the district:"
        ),
        "forwarded": (
            "Thank you! Your concern {reference} has been passed on to {office}. I will let "
            "you know when its status changes. Send /meine to see all your concerns."
        ),
        "unsupported": (
            "Sorry, I cannot read that. Please write your concern as text (a photo with a "
            "description works too)."
        ),
        "empty": "What is your concern? Please describe it in a few words.",
        "photo_needs_text": "Thanks for the photo. What is the concern? Please describe it briefly.",
        "too_long": (
            "Your message is very long. I took the first {limit} characters; please send the "
            "rest, shorter, in another message."
        ),
        "rate_limited": (
            "You have sent many concerns in the last hour. I stored this one; please send "
            "more a little later."
        ),
        "added": "I added that to your concern.",
        "draft_kept": "Your previous concern has not been passed on; it stays stored as a draft (/meine). Now to the new one:",
        "mine_none": "You have not sent any concerns yet.",
        "mine_header": "Your concerns:",
        "mine_item": "{reference} · {date} · {topic} · {status}",
        "delete_confirm": (
            "Shall I delete your personal data? Your concerns stay with the city, but "
            "without text, photos, exact place and any link to you."
        ),
        "delete_done": "Done: your personal data has been deleted. Goodbye!",
        "delete_cancelled": "Alright, nothing deleted.",
        "error": "Sorry, something went wrong. Your message is stored; please try again later.",
        "status_changed": "Your concern {reference} has a new status: {status}.",
        "place_kreis": "district (Kreis) {kreis}",
        "place_quartier": "{quartier}, district (Kreis) {kreis}",
        "place_unknown": "place unknown",
        "draft_reference": "not passed on yet",
        "status_draft": "draft",
        "status_forwarded": "passed on",
        "status_in_progress": "in progress",
        "status_done": "done",
        "status_outside_city": "not City of Zurich",
        "status_rate_limited": "on hold",
        "status_withdrawn": "withdrawn",
    },
}

# Topic names residents read (German names come from the routing table).
TOPIC_NAMES_EN: dict[str, str] = {
    "abfall": "Waste and cleanliness",
    "gruen": "Parks, trees and playgrounds",
    "strasse": "Streets, pavements and squares",
    "verkehr": "Traffic, parking and cycling",
    "oev": "Trams and buses",
    "beleuchtung": "Street lighting",
    "sicherheit": "Safety and disturbance",
    "umwelt": "Noise, air and pests",
    "bau_planung": "Building and planning",
    "wohnen": "Housing",
    "schule": "School and day care",
    "sport": "Sport and pools",
    "jugend": "Children and youth",
    "alter": "Older people",
    "soziales": "Social hardship",
    "integration": "Integration",
    "kultur": "Culture",
    "quartierleben": "Neighbourhood life",
}

LANGUAGES = tuple(TEXTS)


def t(lang: str, key: str, **values: object) -> str:
    """The text `key` in `lang` (German when the language is unknown)."""
    table = TEXTS.get(lang, TEXTS["de"])
    return table[key].format(**values) if values else table[key]
