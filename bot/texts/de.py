"""German (Swiss spelling: "ss", never "ß"): the reference language."""

TEXTS: dict[str, str] = {
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
        "/abbrechen – das offene Anliegen verwerfen\n"
        "/loeschen – Ihre Daten löschen\n"
        "/hilfe – diese Hilfe\n"
        "Bei Gefahr: Polizei 117, Feuerwehr 118, Sanität 144."
    ),
    "emergency": "⚠️ Das klingt nach einem Notfall. Bitte rufen Sie sofort an: Polizei 117, Feuerwehr 118, Sanität 144.",
    "ask_place": (
        "Wo ist das genau? Schreiben Sie Strasse und Hausnummer, einen Platz oder das "
        "Quartier – oder teilen Sie Ihren Standort."
    ),
    "ask_place_detail": "{the_street} führt durch mehrere Kreise ({kreise}). Welche Hausnummer, oder was ist in der Nähe?",
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
    "outside_city_correct": "Stimmt der Ort nicht? Dann schreiben Sie den Ort in Zürich oder teilen Sie den Standort nochmals.",
    "confirm": "Ich habe verstanden: {topic}, {place}. Ich leite es an {office} weiter. Stimmt das?",
    "confirm_triage": "Ich habe verstanden: {topic}, {place}. Ich leite es an {office} weiter; von dort geht es an die zuständige Stelle. Stimmt das?",
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
    "rate_limited": "Sie haben in der letzten Stunde schon viele Anliegen geschickt. Ich habe dieses unter {reference} gespeichert und leite es weiter, sobald es wieder geht.",
    "draft_kept": "Ihr Anliegen {reference} nehme ich danach wieder auf. Nun zum neuen:",
    "crisis_waiting": "Ihre Meldung «{text}» wartet noch. Wenn Sie möchten, machen wir damit weiter:",
    "crisis_waiting_after": "Ihre Meldung {reference} wartet noch, ich nehme sie danach wieder auf.",
    "mine_none": "Zu diesem Chat habe ich keine Anliegen gespeichert. Wenn Sie etwas melden möchten, schreiben Sie es mir einfach.",
    "mine_header": "Ihre Anliegen:",
    "mine_item": "{reference} · {date} · {topic} · {status}",
    "delete_confirm": (
        "Soll ich Ihre persönlichen Daten löschen? Ihre Anliegen bleiben für die Stadt "
        "erhalten, aber ohne Text, Fotos, genauen Ort und ohne Verbindung zu Ihnen."
    ),
    "delete_done": "Erledigt: Ihre persönlichen Daten sind gelöscht. Auf Wiedersehen!",
    "delete_cancelled": "Gut, ich lösche nichts.",
    "privacy_info": "Datenschutz: Ich speichere Ihr Anliegen, den Ort, allfällige Fotos und Ihre Chat-ID, damit wir Ihnen antworten können. Sehen können es die Quartierkoordination und die zuständige Dienstabteilung. Wir bewahren es {months} Monate auf. Mit /loeschen löschen Sie Ihre Daten jederzeit.",
    "error": "Entschuldigung, da ist etwas schiefgelaufen. Ihre Nachricht ist gespeichert; wir kümmern uns darum.",
    "status_changed": "Ihr Anliegen {reference} hat einen neuen Stand: {status}.",
    "place_kreis": "Kreis {kreis}",
    "place_quartier": "Quartier {quartier}, Kreis {kreis}",
    "place_unknown": "Ort unbekannt",
    "draft_reference": "noch nicht weitergeleitet",
    "status_draft": "Entwurf",
    "status_forwarded": "weitergeleitet",
    "status_in_progress": "in Bearbeitung",
    "status_done": "erledigt",
    "status_outside_city": "nicht Stadt Zürich",
    "status_rate_limited": "zurückgestellt",
    "status_withdrawn": "zurückgezogen",
    "status_new": "eingegangen",
    "status_rejected": "abgelehnt",
    "notice_remark": "Bemerkung der Stadt: {remark}",
    "notice_rerouted": "Ihr Anliegen {reference} ist jetzt bei: {office}.",
    "notice_rerouted_status": (
        "Ihr Anliegen {reference} ist jetzt bei: {office}, und hat damit einen neuen Stand: {status}."
    ),
    "notice_answer": "Antwort der Stadt zu Ihrem Anliegen {reference}:\n{text}",
    "smalltalk_greeting": (
        "Grüezi! Was kann ich für Sie tun? Beschreiben Sie Ihr Anliegen in ein paar "
        "Worten, z. B. «Der Abfallkübel am Idaplatz ist voll» oder «Die Strassenlampe "
        "an der Bäckerstrasse brennt nicht»."
    ),
    "smalltalk_languages": ("I also speak English. Je parle aussi français. Parlo anche italiano."),
    "smalltalk_thanks": (
        "Gern geschehen! Wenn Sie noch ein Anliegen haben, schreiben Sie es mir einfach."
    ),
    "smalltalk_bye": "Auf Wiedersehen! Sie können mir jederzeit wieder schreiben.",
    "smalltalk_question_intro": (
        "Ich höre zu. Schreiben Sie mir Ihre Frage oder Ihr Anliegen in ein paar Worten, "
        "am besten mit dem Ort."
    ),
    "smalltalk_how_it_works": (
        "1. Sie beschreiben Ihr Anliegen in eigenen Worten (gern mit Foto).\n"
        "2. Ich frage nach dem Ort und zeige Ihnen, wohin es geht.\n"
        "3. Sie bestätigen, ich leite es weiter, und Sie erhalten eine Nummer (/meine zeigt den Stand)."
    ),
    "smalltalk_who_are_you": (
        "Ich bin der automatische Meldebot der Stadt Zürich, kein Mensch. Ich nehme Ihr "
        "Anliegen auf und leite es weiter; gelesen und bearbeitet wird es von "
        "Mitarbeitenden der Stadt."
    ),
    "smalltalk_dont_know": (
        "Kein Problem. Beschreiben Sie einfach, was Ihnen aufgefallen ist – ich helfe beim Rest."
    ),
    "smalltalk_test": (
        "Ich bin da und funktioniere. Schreiben Sie mir Ihr Anliegen, z. B. "
        "«Die Sitzbank in der Bäckeranlage ist kaputt»."
    ),
    "smalltalk_insult": (
        "Schade, dass Sie sich ärgern. Wenn etwas nicht in Ordnung ist, beschreiben Sie "
        "es mir bitte – ich leite es an die zuständige Stelle weiter."
    ),
    "smalltalk_ok": (
        "Gut. Schreiben Sie mir einfach Ihr Anliegen in ein paar Worten, dann kümmere "
        "ich mich darum."
    ),
    # "Nein", "no", "❌" with no question open: no "Gut." (new-user trial p, finding 8)
    "smalltalk_no": (
        "Wenn Ihnen im Quartier etwas auffällt, schreiben Sie es mir einfach in ein paar "
        "Worten, am besten mit dem Ort – ich leite es weiter."
    ),
    "error_not_stored": "Entschuldigung, da ist etwas schiefgelaufen, und Ihre Nachricht konnte nicht gespeichert werden. Bitte schicken Sie sie in ein paar Minuten nochmals.",
    "several_concerns": "Sie haben {n} Anliegen in einer Nachricht geschrieben. Ich nehme sie einzeln auf, zuerst: «{text}»",
    "next_concern": "Nun zu Ihrem nächsten Anliegen: «{text}»",
    "choose_topic_likely": "Ich bin nicht ganz sicher, worum es geht. Ort: {place}. Was passt am besten?",
    "pick_topic_hint": "Bitte wählen Sie ein Thema aus der Liste – oder schreiben Sie es in Worten, z. B. «Beleuchtung».",
    "btn_other_topic": "Anderes Thema",
    "not_right": "Was stimmt nicht?",
    "btn_discard": "Verwerfen",
    "discarded": "Gut, ich habe {reference} verworfen; es wird nicht weitergeleitet.",
    "new_or_place": "Ist «{text}» ein neues Anliegen oder der Ort für {reference}?",
    "btn_new_concern": "Neues Anliegen",
    "btn_place_for": "Ort für {reference}",
    "choose_first": "Bitte wählen Sie zuerst eine Möglichkeit. Ihre neue Nachricht habe ich gespeichert; ich komme danach darauf zurück.",
    "button_stale": "Dieser Knopf ist nicht mehr aktuell.",
    "button_invalid": "Diesen Knopf kenne ich nicht.",
    "waiting_place": "Ihr Anliegen {reference} wartet noch auf den Ort.",
    "waiting_confirm": "Ihr Anliegen {reference} ist noch nicht weitergeleitet:",
    "place_detail_unresolved": "Den Kreis kann ich daraus nicht bestimmen. Ich leite es mit Ihrer Angabe weiter; die Quartierkoordination klärt das.",
    "place_detail_address_kept": "Ich leite es mit der Adresse {place} weiter. Sie liegt dort, wo Kreise aneinandergrenzen ({kreise}); den Kreis klärt die Quartierkoordination.",
    "forwarded_unconfirmed": "Ihr Anliegen {reference} ({topic}, {place}) habe ich ohne Ihre Bestätigung an {office} weitergeleitet.",
    "released": "Ihr zurückgestelltes Anliegen {reference} ({topic}, {place}) ist jetzt an {office} weitergeleitet.",
    "unknown_command": "Diesen Befehl kenne ich nicht.",
    "welcome_back": "Willkommen zurück! Schreiben Sie mir Ihr Anliegen, oder /meine für den Stand Ihrer Anliegen.",
    "location_kept": "Danke für den Standort. Was ist Ihr Anliegen dort? Bitte beschreiben Sie es kurz.",
    "location_kept_asked": "Danke für den Standort, ich nehme ihn für ein neues Anliegen. Zuerst noch die Frage von vorhin:",
    "too_short": "Können Sie das etwas genauer beschreiben? Zum Beispiel: «Der Abfallkübel am Idaplatz ist voll».",
    "btn_same_place": "Gleicher Ort wie vorher: {place}",
    "ask_place_nearby": "{the_street} {number} liegt dort, wo Kreise aneinandergrenzen ({kreise}). Was ist in der Nähe, z. B. ein Platz, ein Geschäft oder eine Haltestelle?",
    "place_text_only": "{place} (Kreis unklar)",
    "urgent_forwarded": "Ich habe Ihre Meldung {reference} als dringend an die Stadt weitergeleitet. Dieser Chat wird nicht rund um die Uhr gelesen: Bitte rufen Sie in jedem Fall an.",
    "emergency_topic": "Notfall",
    "emergency_suicide": "⚠️ Bitte rufen Sie sofort an: Sanität 144 oder Polizei 117. Wenn es Ihnen selbst nicht gut geht: Die Dargebotene Hand ist rund um die Uhr für Sie da, Telefon 143. Sie sind nicht allein.",
    "urgent_ask_place": "Wo ist das? Die Angabe hilft der Stadt bei der Meldung; der Anruf geht vor.",
    "noted_for_later": "Das Weitere nehme ich danach als eigenes Anliegen auf: «{text}»",
    "ask_place_conflict": "Sie nennen {places}: Das liegt in verschiedenen Kreisen. Wo genau ist es? Strasse und Hausnummer, ein Platz oder das Quartier – oder teilen Sie Ihren Standort.",
    "ask_place_again": "Diesen Ort kenne ich leider nicht. Schreiben Sie bitte Strasse und Hausnummer, einen Platz oder das Quartier, z. B. «Josefstrasse 12» – oder teilen Sie Ihren Standort.",
    "ask_place_question": "Damit die richtige Stelle antwortet: Welches Quartier oder welche Strasse betrifft Ihre Frage? Wenn das keine Rolle spielt, wählen Sie «Weiss ich nicht».",
    "choose_place_unknown": "Diesen Ort kenne ich leider nicht. Schreiben Sie bitte Strasse und Hausnummer oder einen Platz, teilen Sie den Standort oder wählen Sie den Kreis:",
    "shall_i_forward": "Gern! Soll ich Ihr Anliegen {reference} so weiterleiten ({topic}, {place}, an {office})?",
    "number_without_street": "Zu welcher Strasse gehört die Nummer? Bitte schreiben Sie Strasse und Hausnummer.",
    "number_changed": "Ich habe die Hausnummer geändert: {new} statt {old}. Falls das nicht gemeint war, tippen Sie auf «Ort ändern».",
    "choose_one": "Bitte wählen Sie eine der beiden Möglichkeiten:",
    "typed_twice": "Sie haben «{number}» zweimal geschickt. Das erste habe ich für die vorherige Frage genommen. Hier die neue Frage:",
    "smalltalk_plea": "Wie kann ich helfen? Wenn jemand in Gefahr ist, rufen Sie sofort an: Polizei 117, Feuerwehr 118, Sanität 144. Sonst beschreiben Sie mir Ihr Anliegen in ein paar Worten.",
    "urgent_forwarded_later": "Ihre dringende Meldung {reference} ist an die Stadt weitergeleitet. Besteht noch Gefahr, rufen Sie bitte an: Polizei 117, Feuerwehr 118, Sanität 144.",
    "urgent_forwarded_no_place": "Ich habe Ihre Meldung {reference} als dringend an die Stadt weitergeleitet, vorerst ohne Ort. Wenn Sie wissen, wo es ist, schreiben Sie es mir; ich trage es nach. Dieser Chat wird nicht rund um die Uhr gelesen: Bitte rufen Sie in jedem Fall an.",
    "urgent_forwarded_street": "Ich habe Ihre Meldung {reference} als dringend an die Stadt weitergeleitet. {the_street} führt durch mehrere Kreise: Wenn Sie die Hausnummer wissen, schreiben Sie sie mir; ich trage sie nach. Dieser Chat wird nicht rund um die Uhr gelesen: Bitte rufen Sie in jedem Fall an.",
    "called_ack": "Gut, danke, dass Sie angerufen haben.",
    "help_there_ack": "Gut, dass die Hilfe da ist.",
    "help_coming_ack": "Gut, dass Hilfe unterwegs ist.",
    "urgent_forwarded_later_no_place": "Ihre dringende Meldung {reference} ist an die Stadt weitergeleitet, vorerst ohne Ort. Wenn Sie wissen, wo es ist, schreiben Sie es mir; ich trage es nach. Besteht noch Gefahr, rufen Sie bitte an: Polizei 117, Feuerwehr 118, Sanität 144.",
    "urgent_place_added": "Danke, ich habe den Ort bei Ihrer dringenden Meldung {reference} nachgetragen: {place}. Besteht noch Gefahr, rufen Sie bitte an: Polizei 117, Feuerwehr 118, Sanität 144.",
    "urgent_place_added_143": "Geht es Ihnen selbst nicht gut: Die Dargebotene Hand, Telefon 143.",
    "no_dispatch": "Ich kann keine Einsätze auslösen oder verfolgen; dieser Chat ist kein Notruf. Bitte rufen Sie selbst an: Polizei 117, Feuerwehr 118, Sanität 144.",
    "danger_near_miss": "Gut, dass nichts passiert ist. Ist es jetzt noch gefährlich, rufen Sie bitte die Polizei an: 117. Dieser Chat alarmiert niemanden.",
    "danger_signal_out": "Eine ausgefallene Ampel ist gefährlich: Solange sie aus ist, rufen Sie bitte die Polizei an: 117. Dieser Chat alarmiert niemanden.",
    "danger_may_fall": "Kann es jederzeit umstürzen oder herunterfallen, ist es gefährlich: Rufen Sie bitte die Polizei an: 117. Dieser Chat alarmiert niemanden.",
    "responsible_is": "Zu Ihrer Frage, wer zuständig ist: {office}.",
    "responsible_depends": "Zu Ihrer Frage: Wer zuständig ist, hängt davon ab, worum es genau geht; ich leite es an die richtige Stelle weiter.",
    "responsible_kreis": "Zu Ihrer Frage, wer zuständig ist: die Quartierkoordination des Kreises, in dem es ist.",
    "responsible_of": "Für Ihr Anliegen {reference} ist {office} zuständig; die Stelle hat es bekommen.",
    "responsible_nothing": "Das hängt davon ab, worum es geht. Beschreiben Sie mir Ihr Anliegen in ein paar Worten, dann leite ich es an die zuständige Stelle weiter.",
    "question_about": "Gern. Was möchten Sie wissen? Schreiben Sie mir Ihre Frage, am besten mit dem Quartier.",
    "tell_more": "Ich höre zu: Was ist los, und wo? Schreiben Sie ruhig weiter, ich nehme Ihre Nachrichten zusammen.",
    "question_at_confirm": "Das kann ich hier leider nicht beantworten; die Frage selbst leite ich nicht weiter. Soll ich Ihr Anliegen {reference} so weiterleiten ({topic}, {place})?",
    "withdraw_ask_one": "Soll ich Ihr Anliegen {reference} ({topic}) zurückziehen?",
    "withdraw_ask_which": "Welches Anliegen soll ich zurückziehen?",
    "withdraw_none": "Sie haben kein offenes Anliegen, das ich zurückziehen könnte. Mit /meine sehen Sie alle Ihre Anliegen.",
    "withdraw_kept": "Gut, ich ziehe nichts zurück.",
    "btn_withdraw_yes": "Ja, zurückziehen",
    "btn_withdraw_none": "Keines",
    "withdraw_hint_which": "Welches meinen Sie? Tippen Sie auf eines der Anliegen, oder schreiben Sie z. B. «das zweite» oder «das mit der Lampe».",
    "withdraw_one_at_a_time": "Ich ziehe die Anliegen eines nach dem anderen zurück: Tippen Sie zuerst auf eines, danach frage ich nach den übrigen.",
    "withdraw_hint_one": "Bitte antworten Sie mit Ja oder Nein.",
    "withdrawn": "Gut, ich habe Ihr Anliegen {reference} zurückgezogen.",
    "reference_status": "Ihr Anliegen {reference} ({topic}): {status}.",
    "followup_when": "Einen genauen Termin kann ich Ihnen nicht nennen: Die zuständige Stelle plant die Arbeit selbst. Sobald sich der Stand ändert, erhalten Sie von mir eine Nachricht.",
    "followup_next": "So geht es weiter: Die zuständige Stelle schaut Ihr Anliegen an und kümmert sich darum. Sobald sich der Stand ändert, erhalten Sie von mir eine Nachricht; mit /meine sehen Sie ihn jederzeit.",
    "opening_hours": "Öffnungszeiten kenne ich leider nicht. Sie finden sie auf www.stadt-zuerich.ch (suchen Sie dort nach dem Amt oder der Anlage). Wenn Sie etwas melden möchten, schreiben Sie es mir einfach.",
    "collection_dates": "Die Abfuhrdaten kenne ich leider nicht. Sie finden sie im Entsorgungskalender von Entsorgung + Recycling Zürich: www.stadt-zuerich.ch/entsorgungskalender. Wenn etwas nicht abgeholt wurde, schreiben Sie es mir einfach.",
    "drop_off": "Wo Sie Sperrgut, alte Geräte und andere Abfälle abgeben können (Recyclinghöfe, Sammelstellen), steht in der Entsorgungs-Information von Entsorgung + Recycling Zürich auf www.stadt-zuerich.ch. Wenn irgendwo Abfall liegt oder ein Kübel voll ist, schreiben Sie es mir einfach.",
    "answer_again_remark": "Stand von {reference}: {status}. Bemerkung der Stadt: {remark}",
    "answer_again_none": "Eine Antwort der Stadt zu Ihren Anliegen habe ich noch nicht. Sobald eine kommt, erhalten Sie sie hier; mit /meine sehen Sie den Stand.",
    "danger_followed": "Bitte melden Sie das auch der Stadtpolizei (im Notfall 117). Dieser Chat alarmiert niemanden.",
    "elsewhere_tenancy": "Ein Anliegen an eine private Vermieterin oder Verwaltung kann die Stadt nicht lösen. Rat gibt der Mieterinnen- und Mieterverband; bei einem Streit ist die Schlichtungsbehörde für Mietsachen zuständig. Ist es eine Wohnung der Stadt, schreiben Sie es mir bitte noch einmal mit diesem Hinweis.",
    "elsewhere_pet": "Entlaufene oder zugelaufene Tiere melden Sie am besten der Schweizerischen Tiermeldezentrale (STMZ) und den Tierheimen in der Nähe; die Stadt sucht keine Tiere. Ich drücke die Daumen!",
    "elsewhere_lost": "Verlorenes und Gefundenes nimmt das Fundbüro der Stadt Zürich entgegen; dort können Sie auch nachfragen. Über diesen Chat geht das leider nicht.",
    "elsewhere_fine": "Gegen eine Busse wehren Sie sich beim Stadtrichteramt; was zu tun ist und bis wann, steht auf der Busse. Über diesen Chat geht das leider nicht.",
    "how_long_it_takes": "Das ist unterschiedlich: Es hängt vom Anliegen und von der zuständigen Stelle ab, eine feste Frist gibt es nicht. Sobald sich der Stand Ihres Anliegens ändert, erhalten Sie von mir eine Nachricht; mit /meine sehen Sie ihn jederzeit.",
    "followup_new_hint": "Falls es etwas Neues ist, beschreiben Sie es mir bitte als neues Anliegen, z. B. «Der Kübel am Idaplatz ist wieder voll».",
    "not_emergency": "Gut, dann ist es kein Notfall. Ich nehme es als gewöhnliches Anliegen auf.",
    "not_emergency_sent": "Gut, ich habe der Stadt mitgeteilt, dass {reference} kein Notfall ist. Es wird als gewöhnliches Anliegen bearbeitet.",
    "after_emergency": "Bitte folgen Sie den Anweisungen am Telefon: Unter 144, 117 oder 118 werden Sie angeleitet. Dieser Chat alarmiert niemanden; Ihre Meldung ist bei der Stadt.",
    "why_place": "Damit die zuständige Stelle weiss, wo sie hinschauen muss. Strasse und Hausnummer, ein Platz oder das Quartier genügen; wenn Sie es nicht wissen, ist das auch in Ordnung.",
    "edit_not_taken": "Änderungen an einer schon gesendeten Nachricht kann ich leider nicht übernehmen. Bitte schicken Sie die Korrektur als neue Nachricht.",
    "nothing_to_cancel": "Gerade ist nichts offen, das ich abbrechen könnte. Wenn Sie ein Anliegen haben, schreiben Sie es mir einfach.",
    "reference_unknown": "Ein Anliegen {reference} finde ich unter Ihren Anliegen nicht. Mit /meine sehen Sie alle Ihre Anliegen mit ihren Nummern.",
    "after_emergency_pending": "Bitte folgen Sie den Anweisungen am Telefon: Unter 144, 117 oder 118 werden Sie angeleitet. Dieser Chat alarmiert niemanden; Ihre Meldung geht in wenigen Minuten an die Stadt, auch ohne Ort.",
    "confirm_explained": "Ich frage, ob ich Ihr Anliegen {reference} so weiterleiten soll: Thema {topic}, Ort {place}, an {office}. Wenn das stimmt, wählen Sie «Ja, weiterleiten» (oder schreiben Sie «Ja»); sonst «Thema ändern» oder «Ort ändern».",
    "terminal_location_hint": "(Standort teilen: /standort 47.3769 8.5417)",
    "addition_ask": "Gehört das zu Ihrem Anliegen {reference}?",
    "addition_ask_both": "Gehört beides zu Ihrem Anliegen {reference}?",
    "btn_addition_yes": "Ja, dazuschreiben",
    "addition_forwarded": "Danke, ich habe das zu {reference} an {office} weitergegeben.",
    "reply_ask": "Ist das Ihre Antwort zu {reference}?",
    "reply_ask_again": "Noch offen: «{text}». Ist das Ihre Antwort zu {reference}?",
    "btn_reply_yes": "Ja, an die Stelle senden",
    "btn_reply_no": "Nein, neues Anliegen",
    "btn_reply_no_draft": "Nein, das gehört zu {reference}",
    "reply_forwarded": "Danke, ich habe Ihre Antwort an {office} weitergeleitet.",
    "reply_aside": "Das Weitere nehme ich als eigenes Anliegen auf: «{text}»",
    "reply_kept": "Danke, ich habe Ihre Nachricht bei {reference} gespeichert. Bei {office} bekommt sie im Moment aber niemand zugestellt; man sieht sie erst beim Öffnen des Anliegens. Ist noch etwas zu tun, schreiben Sie es mir bitte als neues Anliegen.",
    "again_ask": "Ihr Anliegen {reference} ({topic}) ist als {status} gemeldet. Soll ich das als neues Anliegen an {office} weiterleiten, am gleichen Ort: {place}?",
    "again_ask_withdrawn": "Sie haben {reference} ({topic}) zurückgezogen. Soll ich es doch an {office} weiterleiten, als neues Anliegen am gleichen Ort: {place}?",
    "btn_again_yes": "Ja, neu melden",
    "btn_again_no": "Nein, etwas anderes",
    "btn_again_keep": "Nein, zurückgezogen lassen",
    "again_kept_withdrawn": "Gut, {reference} bleibt zurückgezogen.",
}
