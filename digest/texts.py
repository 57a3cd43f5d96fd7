"""Every German word of the digest in one place (Swiss spelling: "ss", never
"ß"). The templates (digest/templates/) take the sentences from here through
`T`, the builder the labels."""

from __future__ import annotations

from datetime import date

STATUS = {
    "new": "neu",
    "forwarded": "weitergeleitet",
    "in_progress": "in Bearbeitung",
    "done": "erledigt",
    "rejected": "abgelehnt",
    "withdrawn": "zurückgezogen",
    "outside_city": "nicht Stadt Zürich",
}

FIGURES = {
    "new": "Neue Anliegen",
    "urgent": "davon dringend",
    "open": "Noch offen",
    "rerouted": "Von Mitarbeitenden umgeleitet",
}

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

T = {
    "title_daily": "Tageszusammenfassung",
    "title_weekly": "Wochenzusammenfassung",
    "period_day": "Anliegen vom {day}",
    "period_days": "Anliegen vom {start} bis {end}",
    "period_so_far": " (bis jetzt, {time} Uhr)",
    "generated": "erstellt",
    "kind_coordination": "Quartierkoordination, Kreise {kreise}",
    "kind_unknown": "Anliegen ohne bekannten Kreis",
    "kind_department": "Anliegen, die an {office} gingen",
    "figures": "Überblick",
    "usual": "üblich",
    "more_than_usual": "mehr als üblich",
    "withdrawn": "Von der Person zurückgezogen, nicht mitgezählt",
    "usual_explained": "«üblich»: Mittel der gleichen Tage in den 4 Wochen davor",
    "usual_none": "noch kein Vergleich",
    "usual_missing": "«üblich» gibt es, sobald der Bot Anliegen aus den 4 Wochen davor hat",
    "unknown_figures": (
        "Kreis unbekannt, oben nicht mitgezählt: {new} neu, {open} noch offen (siehe unten)"
    ),
    "urgent": "Dringend",
    "new_by_topic": "Neu nach Thema",
    "new_by_area": "Neu nach Kreis und Quartier",
    "unknown_kreis": "Kreis unbekannt",
    "unknown_kreis_note": (
        "Diese Anliegen sehen alle Quartierkoordinationen; wer den Ort kennt, klärt ihn."
    ),
    "clusters": "Häufungen",
    "cluster_line": "{count} Meldungen: {label}",
    "trends": "Im Kommen",
    "trend_line": "{name}: {recent} in den letzten 14 Tagen (üblich {expected})",
    "trend_topic": "Thema",
    "trend_quartier": "Quartier",
    "overdue": "Überfällig",
    "overdue_note": "offen und seit mehr als 5 Arbeitstagen ohne Statusänderung",
    "overdue_line": "seit {days} Arbeitstagen unverändert (letzte Änderung {since})",
    "empty": "Keine neuen Anliegen und nichts überfällig.",
    "nothing_new": "Keine neuen Anliegen.",
    "nothing_else_new": "Keine weiteren; die dringenden stehen oben.",
    "more_items": "… und {count} weitere (alle auf der Seite im Anhang)",
    "continued": "(Fortsetzung)",
    "unconfirmed": "ohne Bestätigung der Person",
    # an emergency goes out at once, by design: no confirmation was asked for
    "urgent_at_once": "als Notfall ohne Rückfrage",
    "calmed": "als Notfall sofort weitergeleitet, laut Person kein Notfall",
    "office_to": "an",
    "no_text": "(Text gelöscht)",
    "no_topic": "Ohne Thema",
    "emergency_topic": "Notfall",
    "place_unknown": "Ort unbekannt",
    "kreis": "Kreis {kreis}",
    "kreis_quartier": "Kreis {kreis} – {quartier}",
    "kreis_no_quartier": "Kreis {kreis}, Quartier unbekannt",
}


def day_label(d: date) -> str:
    """ "Mo 9.3.2026"-style: the weekday in full, Swiss date format."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day}.{d.month}.{d.year}"


def short_day(d: date) -> str:
    return f"{d.day}.{d.month}."
