"""What residents read when they ask what the words of their list mean ("was heisst
das?" after /meine or a status message; new-user trial p, finding 5). Merged into
each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "status_meanings": (
        "So lesen Sie den Stand Ihrer Anliegen:\n"
        "• Entwurf: noch nicht weitergeleitet, ich warte auf Ihre Angaben.\n"
        "• weitergeleitet: die zuständige Stelle hat es erhalten.\n"
        "• in Bearbeitung: die Stelle kümmert sich darum.\n"
        "• erledigt: die Stelle hat es abgeschlossen.\n"
        "• abgelehnt: die Stadt kann es nicht übernehmen; die Bemerkung sagt, warum.\n"
        "• zurückgezogen: Sie haben es zurückgenommen.\n"
        "Ändert sich der Stand, melde ich mich. Mit /meine sehen Sie alle Ihre Anliegen."
    ),
}

EN = {
    "status_meanings": (
        "How to read the status of your concerns:\n"
        "• draft: not passed on yet, I am waiting for your details.\n"
        "• passed on: the office in charge has it.\n"
        "• in progress: the office is dealing with it.\n"
        "• done: the office has finished it.\n"
        "• declined: the city cannot take it on; the remark says why.\n"
        "• withdrawn: you took it back.\n"
        "I will let you know when a status changes. Send /meine to see all your concerns."
    ),
}

FR = {
    "status_meanings": (
        "Comment lire l'état de vos demandes:\n"
        "• brouillon: pas encore transmise, j'attends vos indications.\n"
        "• transmise: le service compétent l'a reçue.\n"
        "• en traitement: le service s'en occupe.\n"
        "• réglée: le service l'a terminée.\n"
        "• refusée: la Ville ne peut pas s'en charger; la remarque dit pourquoi.\n"
        "• retirée: vous l'avez reprise.\n"
        "Je vous avertis quand un état change. Avec /meine, vous voyez toutes vos demandes."
    ),
}

IT = {
    "status_meanings": (
        "Come leggere lo stato delle vostre segnalazioni:\n"
        "• bozza: non ancora inoltrata, aspetto le vostre indicazioni.\n"
        "• inoltrata: l'ufficio competente l'ha ricevuta.\n"
        "• in elaborazione: l'ufficio se ne sta occupando.\n"
        "• evasa: l'ufficio l'ha conclusa.\n"
        "• respinta: la Città non può occuparsene; l'osservazione dice perché.\n"
        "• ritirata: l'avete ritirata voi.\n"
        "Vi avviso quando uno stato cambia. Con /meine vedete tutte le vostre segnalazioni."
    ),
}
