"""What staff of the offices read (German, Swiss spelling). `st(key, **values)`."""

from __future__ import annotations

STAFF: dict[str, str] = {
    # -- the concern card ------------------------------------------------------
    "card_urgent": "🔴 DRINGEND",
    "card_new": "Neues Anliegen für {office}",
    "card_moved": "Anliegen an {office} weitergegeben (von {previous})",
    "card_place_added": "Ort nachgetragen von der meldenden Person; zuständig jetzt: {office}",
    "card_place_corrected": "Ort korrigiert durch die Person: {place} (vorher: {before})",
    "card_place_corrected_moved": "Ort korrigiert durch die Person: {place} (vorher: {before}); Anliegen an {office} weitergegeben (von {previous})",
    "left_office_place": (
        "{reference} ({topic}) ist jetzt bei {office}: Die Person hat den Ort korrigiert "
        "({place}). Bei Ihrer Stelle ist dazu nichts mehr zu tun."
    ),
    "not_emergency_notice": "{reference} ({topic}) ist laut der meldenden Person kein Notfall. Es bleibt als gewöhnliches Anliegen offen.",
    "photo_added_notice": "📷 Foto der meldenden Person zu {reference} ({topic}), nachgereicht.",
    "withdrawn_notice": "{reference} ({topic}) wurde von der meldenden Person zurückgezogen. Sie müssen nichts mehr tun.",
    "card_head": "{reference} · {status}",
    "card_topic": "Thema: {topic} ({confidence})",
    "card_topic_staff": "Thema: {topic} (von Mitarbeitenden gesetzt)",
    "card_emergency": "Thema: {kind} (der Klassifikator vermutete: {guess})",
    "emergency_kind": "Notfall: {kind}",
    "card_place": "Ort: {place}",
    "card_place_unknown": "Ort: Kreis unbekannt",
    "card_office": "Zuständig: {office}",
    "card_assignee": "Übernommen von: {who}",
    "card_received": "Eingang: {date}",
    "card_language": "Sprache: {language} (Antworten und Bemerkungen gehen unübersetzt)",
    "card_unconfirmed": "(ohne Bestätigung der Person weitergeleitet)",
    "card_urgent_at_once": "(als Notfall ohne Rückfrage weitergeleitet)",
    "card_calmed": "(als Notfall sofort weitergeleitet, laut Person kein Notfall)",
    "card_photos": "📷 {count} Foto(s)",
    "photo_caption": "{reference} · Foto {n}/{total}",
    "card_text": "Text:\n{text}",
    "card_text_deleted": "(Text auf Wunsch der Person gelöscht)",
    "card_history": "Verlauf:",
    "history_line": "{date} · {who}: {what}",
    "who_classifier": "Klassifikator",
    "who_resident": "Person",
    "who_system": "System",
    "who_staff": "{name}",
    "what_routing": "{changes}",
    "what_place": " · Ort: {place}",
    "what_place_only": "Ort: {place}",
    "what_status": "Status {before} → {after}",
    "what_note": "Notiz: {note}",
    "what_answer": "Antwort an die Person: {note}",
    "what_reply": "Antwort an die Stadt: {note}",
    "what_addition": "Ergänzung: {note}",
    "note_deleted": "(gelöscht)",
    "resident_reply": "💬 Antwort der meldenden Person zu {reference} ({topic}):\n{text}",
    "resident_addition": "💬 Ergänzung der meldenden Person zu {reference} ({topic}):\n{text}",
    # The place named in the answer, set on a concern without a Kreis (bot.dialog.answer_place).
    "reply_place_set": "📍 Ort aus der Antwort übernommen: {place}",
    "reply_place_moved": "📍 Ort aus der Antwort übernommen: {place}. Zuständig jetzt: {office}",
    "reply_place_unclear": "📍 Die Antwort nennt {place}: Kreis {kreise}, nicht eindeutig, darum nicht übernommen. Setzen mit /kreis {reference} <Kreis>",
    "reply_place_routing": "📍 Ort aus der Antwort übernommen: {place}. Laut Routing-Tabelle wäre dafür {office} zuständig; weitergeben mit {move}",
    "what_assign": "übernommen",
    "what_undo": "rückgängig gemacht: {changes}",
    "what_remark": " ({note})",
    "note_place_nearby": "Ort von {reference} übernommen, die Person schreibt «daneben» o. ä.",
    "note_place_from_reply": "Ort aus der Antwort an die Stadt",
    "note_again": "wieder gemeldet nach {reference}: Thema, Ort und Stelle von dort übernommen",
    "change": "{field} {before} → {after}",
    "field_topic": "Thema",
    "field_kreis": "Kreis",
    "field_office": "Stelle",
    "field_quartier": "Quartier",
    "field_status": "Status",
    "field_assignee": "Übernommen",
    "none": "–",
    # -- buttons -----------------------------------------------------------------
    "btn_take": "Übernehmen",
    "btn_not_ours": "Nicht zuständig",
    "btn_status": "Status",
    "btn_all_offices": "Alle Stellen …",
    "btn_prev": "« Zurück",
    "btn_next": "Weiter »",
    "btn_cancel": "Abbrechen",
    # -- status words (what staff type and read) -----------------------------------
    "status_new": "neu",
    "status_forwarded": "weitergeleitet",
    "status_in_progress": "in Bearbeitung",
    "status_done": "erledigt",
    "status_rejected": "abgelehnt",
    "status_draft": "Entwurf",
    "status_outside_city": "nicht Stadt Zürich",
    "status_rate_limited": "zurückgestellt",
    "status_withdrawn": "zurückgezogen",
    # -- answers to commands -------------------------------------------------------------
    "not_found": "Kein Anliegen {reference}, das Sie sehen können.",
    "not_found_staff_role": (
        "Mit der Rolle «staff» sehen Sie nur Anliegen, die bei {office} liegen; alle "
        "Anliegen der Kreise sehen Mitglieder mit der Rolle «coordinator»."
    ),
    "not_changed": "Nicht geändert:",
    "not_sent": "Nicht gesendet:",
    "not_saved": "Nicht gespeichert:",
    "moved_away": "{reference} ist jetzt bei {office}, nicht mehr bei Ihrer Stelle.",
    "moved_away_undo": (
        "{reference} ist jetzt bei {office}; mit /rueckgaengig nehmen Sie die Änderung zurück."
    ),
    "show_at_most": "Ich zeige höchstens {n} Anliegen auf einmal; die weiteren bitte einzeln.",
    "usage": "So geht es: {usage}",
    "usage_zeige": "/zeige REF (REF: ZH-2026-000123 oder 123)",
    "usage_umleiten": "/umleiten REF STELLE [Bemerkung]",
    "usage_thema": "/thema REF THEMA",
    "usage_kreis": "/kreis REF 1–12",
    "usage_status": "/status REF neu|weitergeleitet|in_bearbeitung|erledigt|abgelehnt [Bemerkung]",
    "usage_notiz": "/notiz REF Text",
    "usage_antwort": "/antwort REF Text",
    "usage_team": (
        "/team · /team neu CHAT-ID STELLE coordinator|staff|admin [Name] · /team weg CHAT-ID"
    ),
    "usage_alarme": "/alarme alle|dringend|keine",
    "usage_teameingang": "/teameingang STELLE (in der Gruppe der Stelle)",
    "usage_statistik": "/statistik [Tage] oder /statistik JJJJ-MM-TT JJJJ-MM-TT",
    "unknown_office": "Diese Stelle kenne ich nicht. Stellen (Kürzel: Name):\n{codes}",
    "office_meant": "Diese Stelle kenne ich nicht. Meinten Sie {choices}? Zum Beispiel: /umleiten {reference} {code}",
    "unknown_topic": "Dieses Thema kenne ich nicht. Themen (Kürzel: Name):\n{codes}",
    "topic_meant": "Dieses Thema kenne ich nicht. Meinten Sie {choices}? Zum Beispiel: /thema {reference} {code}",
    "unknown_status": "Diesen Status kenne ich nicht. Möglich: {codes}",
    "bad_kreis": "Der Kreis ist eine Zahl von 1 bis 12.",
    "same_value": "{reference}: Das ist schon so eingetragen; ich habe nichts geändert.",
    "moved": "{reference} ist jetzt bei {office}.",
    "moved_office_told": "Die Stelle ist informiert.",
    "moved_office_no_chat": (
        "{office} hat hier keinen registrierten Chat: Das Anliegen sehen die "
        "Quartierkoordination des Kreises und die Administration in /eingang."
    ),
    "moved_person_told": (
        "Die meldende Person erhält in {minutes} Minuten eine Nachricht (keine, wenn Sie "
        "es bis dann mit /rueckgaengig zurücknehmen)."
    ),
    "moved_person_remark": (
        "Die meldende Person erhält in {minutes} Minuten eine Nachricht mit Ihrer Bemerkung "
        "(keine, wenn Sie es bis dann mit /rueckgaengig zurücknehmen)."
    ),
    "moved_closed_quiet": "Das Anliegen ist abgeschlossen: Die meldende Person erhält dazu keine Nachricht.",
    "moved_closed_warn": (
        "⚠️ {reference} war schon «{status}» und bleibt es auch bei {office}. "
        "War es ein Versehen: /rueckgaengig."
    ),
    "topic_set": "{reference}: Thema ist jetzt {topic}.",
    "kreis_set": "{reference}: Kreis ist jetzt {kreis}.",
    "status_set": "{reference}: Status ist jetzt «{status}».",
    "status_set_told": (
        "{reference}: Status ist jetzt «{status}». Die meldende Person erhält in {minutes} "
        "Minuten eine Nachricht (keine, wenn Sie es bis dann mit /rueckgaengig zurücknehmen)."
    ),
    "status_set_remark": (
        "{reference}: Status ist jetzt «{status}». Die meldende Person erhält in {minutes} "
        "Minuten eine Nachricht mit Ihrer Bemerkung (keine, wenn Sie es bis dann mit "
        "/rueckgaengig zurücknehmen)."
    ),
    "note_added": "Notiz zu {reference} gespeichert (nur intern sichtbar).",
    "answer_sent": "Antwort an die Person zu {reference} ist unterwegs.",
    "answer_sent_language": (
        "Antwort an die Person zu {reference} ist unterwegs. Sprache: {language}; Ihr Text "
        "geht unübersetzt, schreiben Sie wenn möglich auf {language}."
    ),
    "remark_language": (
        "Sprache: {language}; Ihre Bemerkung geht unübersetzt, schreiben Sie wenn möglich "
        "auf {language}."
    ),
    # The languages residents write other than German, as staff read them.
    "language_en": "Englisch",
    "language_fr": "Französisch",
    "language_it": "Italienisch",
    "answer_nobody": "Zu {reference} gibt es niemanden mehr, dem ich antworten kann.",
    "taken": "{reference} haben Sie übernommen (Status «in Bearbeitung»).",
    "taken_already": "{reference} hat schon {who} übernommen.",
    "take_closed": (
        "{reference} ist «{status}» und lässt sich nicht übernehmen. Wieder öffnen: "
        "/status {reference} in_bearbeitung"
    ),
    "undone": "Rückgängig gemacht ({reference}): {changes}",
    "undone_quiet": "Die meldende Person hat davon nichts erfahren und erhält keine Nachricht.",
    "undo_nothing": (
        "Es gibt keine Änderung von Ihnen aus der letzten Stunde, die ich rückgängig "
        "machen kann. (Rückgängig geht nur die letzte Änderung, einmal.)"
    ),
    "undo_conflict": (
        "{reference} wurde seither von jemand anderem geändert; "
        "ich mache Ihre Änderung nicht rückgängig."
    ),
    "undo_moot": (
        "{reference}: Ihre Änderung gilt schon nicht mehr; es gibt nichts rückgängig zu machen."
    ),
    "undo_since": "Seither geändert von {who}: {changes}.",
    "moved_by_me": "Schon erledigt: Sie haben das Anliegen weitergegeben.",
    "choose_office": "{reference}: Wer ist zuständig?",
    "choose_office_all": "{reference}: Alle Stellen",
    "choose_office_move": "{reference}: An welche Stelle umleiten?",
    "choose_status": "{reference}: Neuer Status?",
    "choose_topic": "{reference}: Welches Thema?",
    "cancelled": "Abgebrochen.",
    "text_too_long": "Das ist zu lang ({length} Zeichen, höchstens {limit}).",
    # -- inbox -------------------------------------------------------------------
    "inbox_empty": "Keine offenen Anliegen. 🎉",
    "staff_thanks": "Gern geschehen.",
    "staff_ok": "Alles klar.",
    "staff_chat_text": (
        "Dieser Chat ist der Arbeitsplatz von {office}: Anliegen bearbeiten Sie mit "
        "Befehlen, z. B. /eingang oder /zeige REF. Alle Befehle: /hilfe. "
        "(Ein eigenes Anliegen melden Sie bitte von einem anderen Chat aus.)"
    ),
    "staff_unknown_command": (
        "Den Befehl /{name} kenne ich nicht. Alle Befehle für Mitarbeitende: /hilfe. "
        "(Ein eigenes Anliegen melden Sie bitte von einem anderen Chat aus.)"
    ),
    "digest_future": (
        "Die Zusammenfassung vom {day} gibt es erst an jenem Morgen. Was heute bisher "
        "eingegangen ist, zeigt /digest heute."
    ),
    "digest_too_early": "Eine Zusammenfassung gibt es ab dem {day}.",
    "card_moved_back": "Anliegen zurück bei {office} (Umleitung rückgängig gemacht)",
    "left_office": (
        "{reference} ({topic}) ist jetzt bei {office}: {who} hat es umgeleitet. "
        "Bei Ihrer Stelle ist dazu nichts mehr zu tun."
    ),
    "left_office_back": (
        "{reference} ({topic}) ist wieder bei {office}: {who} hat die Umleitung rückgängig "
        "gemacht. Bei Ihrer Stelle ist dazu nichts mehr zu tun."
    ),
    "inbox_head": "Offene Anliegen ({first}–{last} von {total}):",
    "inbox_line": "{mark}{reference} · {status} · {topic} · {place} · seit {age}",
    "inbox_office": " · bei {office}",
    "age_days": "{n} T.",
    "age_hours": "{n} Std.",
    "age_minutes": "{n} Min.",
    # -- help ----------------------------------------------------------------------
    "help_staff": (
        "Befehle für Mitarbeitende ({office}, Rolle {role}):\n"
        "/eingang – offene Anliegen\n"
        "/zeige REF [REF …] – Anliegen mit Verlauf\n"
        "/umleiten REF STELLE [Bemerkung] – an eine andere Stelle\n"
        "   (eine Bemerkung liest auch die meldende Person)\n"
        "/thema REF THEMA – Thema korrigieren\n"
        "/kreis REF N – Kreis korrigieren\n"
        "/status REF neu|weitergeleitet|in_bearbeitung|erledigt|abgelehnt [Bemerkung]\n"
        "/notiz REF Text – interne Notiz\n"
        "/antwort REF Text – Nachricht an die Person\n"
        "/rueckgaengig – Ihre letzte Änderung zurücknehmen\n"
        "/alarme alle|dringend|keine – welche neuen Anliegen hier ankommen\n"
        "/digest [JJJJ-MM-TT] – die Zusammenfassung Ihrer Stelle, wie sie an diesem "
        "Morgen kam: mit den Anliegen des Arbeitstags davor (montags Freitag bis Sonntag)\n"
        "/digest heute – die Anliegen von heute bis jetzt\n"
        "/digest woche [JJJJ-MM-TT] – die Wochenzusammenfassung: die sieben Tage davor\n"
        "/abo täglich|wöchentlich|keine – Zusammenfassung abonnieren"
    ),
    "role_staff": "Sachbearbeitung",
    "role_coordinator": "Koordination",
    "role_admin": "Administration",
    "help_coordinator": "\n/statistik [Tage] – Zahlen für Ihre Kreise",
    "help_admin": (
        "\n/statistik [Tage] – Zahlen der ganzen Stadt\n"
        "/team – Mitarbeitende anzeigen, /team neu …, /team weg CHAT-ID"
    ),
    "help_group": "\n/teameingang STELLE – diese Gruppe als Eingang der Stelle",
    # -- staff management ------------------------------------------------------------
    "team_head": "Registrierte Chats:",
    "team_line": "{id} · {office} · {role}{group} · {name} · Alarme: {alerts}",
    "team_group": " (Gruppe)",
    "team_added": "Chat {chat_id} ist jetzt {role} bei {office}.",
    "team_removed": "Chat {chat_id} ist nicht mehr registriert.",
    "team_not_yourself": "Sich selbst entfernen geht nicht; bitten Sie eine andere Admin-Person.",
    "team_not_registered": "Chat {chat_id} ist nicht registriert.",
    "bad_role": "Rolle: coordinator, staff oder admin.",
    "coordinator_needs_qk": "Koordinatorinnen und Koordinatoren gehören zu einer Quartierkoordination.",
    "group_registered": "Diese Gruppe ist jetzt der Eingang von {office}.",
    "group_only": "Das geht nur in einer Gruppe.",
    "alerts_set": "Neue Anliegen in diesem Chat: {alerts}.",
    "alerts_all": "alle",
    "alerts_urgent": "nur dringende",
    "alerts_none": "keine (nur Zusammenfassung)",
    # -- digest ----------------------------------------------------------------------
    "digest_coming": "Die Zusammenfassung von {office} vom Morgen des {day} kommt gleich; was seither neu ist, zeigt /digest heute.",
    "digest_today_coming": "Die Anliegen von heute bis jetzt ({office}) kommen gleich.",
    "digest_week_coming": "Die Wochenzusammenfassung von {office} vom Morgen des {day} kommt gleich.",
    "digest_bad_date": "Das Datum bitte so: /digest JJJJ-MM-TT (oder /digest heute, /digest woche)",
    "subscription_set": "Zusammenfassung in diesem Chat: {choice}.",
    "subscription_daily": "täglich (Arbeitstage, {time} Uhr)",
    "subscription_weekly": "wöchentlich (erster Arbeitstag der Woche, {time} Uhr)",
    "subscription_none": "keine",
    "usage_abo": "/abo täglich|wöchentlich|keine",
    # -- statistics ------------------------------------------------------------------
    "stats_head": "Statistik {scope}, {start} bis {end}:",
    "stats_scope_all": "ganze Stadt",
    "stats_scope_kreise": "Kreise {kreise}",
    "stats_total": "Anliegen: {n} (dringend: {urgent})",
    "stats_by_topic": "Nach Thema:",
    "stats_by_office": "Nach Stelle:",
    "stats_by_kreis": "Nach Kreis:",
    "stats_line": "  {name}: {n}",
    "stats_kreis_unknown": "unbekannt",
    "stats_shared": "Dazu ohne Kreis (sehen alle Quartierkoordinationen): {n}",
    "stats_rerouted": "Von Mitarbeitenden umgeleitet: {n} von {total} ({share})",
    "stats_first_change": "Median bis zur ersten Statusänderung: {median}",
    "stats_first_change_none": "Median bis zur ersten Statusänderung: noch keine",
}


def st(key: str, **values: object) -> str:
    text = STAFF[key]
    return text.format(**values) if values else text


# The emergency detector's categories (nlp/urgent), as staff read them.
EMERGENCY_KINDS: dict[str, str] = {
    "fire": "Feuer",
    "smoke": "Rauch",
    "gas": "Gasgeruch",
    "explosion": "Explosion",
    "chemical": "Chemikalien",
    "violence": "Gewalt",
    "weapon": "Waffe",
    "burglar": "Einbruch",
    "medical": "medizinischer Notfall",
    "unconscious": "bewusstlose Person",
    "bleeding": "verletzte Person",
    "fall": "Sturz",
    "drowning": "Person im Wasser",
    "suicide": "Suizidgefahr",
    "dog_attack": "Hundeangriff",
    "tram_child": "Kind auf den Gleisen",
    "hot_car": "Kind oder Tier im heissen Auto",
    "lift": "Person im Lift",
    "flood_electric": "Wasserschaden (Wasser im Haus, Strom)",
    "traffic_accident": "Verkehrsunfall",
    "suspicious_object": "verdächtiger Gegenstand",
    "welfare": "Person seit Tagen ohne Lebenszeichen oder vermisst",
    "tree_down": "umgestürzter Baum",
    "live_cable": "herabhängendes oder offenes Stromkabel",
    "other": "anderer Notfall",
}


def emergency_name(kind: str) -> str:
    """ "Notfall: Feuer" for the emergency detector's category ("fire")."""
    return st("emergency_kind", kind=EMERGENCY_KINDS.get(kind, kind))
