"""Italian (Swiss usage: "Città di Zurigo", "Kreis" for the city's districts)."""

TEXTS: dict[str, str] = {
    "start": (
        "Buongiorno! Sono Quartierbot della Città di Zurigo. Scrivetemi la vostra "
        "segnalazione con parole vostre (p. es. «il cestino all'Idaplatz è pieno»). Vi "
        "chiedo dove si trova e la inoltro all'ufficio competente.\n\n"
        "Protezione dei dati: salvo la segnalazione, il luogo, eventuali foto e il vostro "
        "ID della chat per potervi rispondere. La possono vedere il coordinamento di "
        "quartiere e l'ufficio competente. La conserviamo per {months} mesi. Con /loeschen "
        "cancellate i vostri dati in qualsiasi momento.\n\n"
        "In caso di pericolo: polizia 117, pompieri 118, ambulanza 144."
    ),
    "help": (
        "Come funziona: scrivete la vostra segnalazione come testo, volentieri con una "
        "foto. Vi chiedo il luogo e vi mostro a chi la inoltro.\n"
        "/meine – le vostre segnalazioni e il loro stato\n"
        "/abbrechen – scartare la segnalazione aperta\n"
        "/loeschen – cancellare i vostri dati\n"
        "/hilfe – questo aiuto\n"
        "In caso di pericolo: polizia 117, pompieri 118, ambulanza 144."
    ),
    "emergency": "⚠️ Sembra un'emergenza. Chiamate subito: polizia 117, pompieri 118, ambulanza 144.",
    "ask_place": (
        "Dove si trova esattamente? Scrivete via e numero civico, una piazza o il "
        "quartiere – oppure condividete la vostra posizione."
    ),
    "ask_place_detail": "{the_street} attraversa diversi Kreis ({kreise}). Quale numero civico, o che cosa c'è vicino?",
    "place_unknown_go_on": (
        "Non ho riconosciuto il luogo. Inoltro la segnalazione senza luogo; il "
        "coordinamento di quartiere chiarirà."
    ),
    "outside_city": (
        "Questo si trova fuori dalla Città di Zurigo ({place}). È competente il comune – "
        "rivolgetevi alla sua amministrazione. Per le segnalazioni nella Città di Zurigo "
        "sono volentieri a disposizione."
    ),
    "outside_city_unnamed": (
        "Questo si trova fuori dalla Città di Zurigo. È competente il comune interessato – "
        "rivolgetevi alla sua amministrazione."
    ),
    "outside_city_correct": "Il luogo non è giusto? Scrivete allora il luogo a Zurigo o condividete di nuovo la posizione.",
    "confirm": "Ho capito: {topic}, {place}. La inoltro a {office}. È corretto?",
    "confirm_triage": "Ho capito: {topic}, {place}. La inoltro a {office}, che la affiderà al servizio competente. È corretto?",
    "btn_confirm": "Sì, inoltrare",
    "btn_change_topic": "Cambiare tema",
    "btn_change_place": "Cambiare luogo",
    "btn_place_unknown": "Non lo so",
    "btn_share_location": "📍 Condividere la posizione",
    "btn_yes_delete": "Sì, cancellare",
    "btn_no": "No",
    "choose_topic": "Di che cosa si tratta? Scegliete:",
    "choose_place": (
        "Dove si trova? Scrivete la via o il quartiere, condividete la posizione o "
        "scegliete il Kreis:"
    ),
    "forwarded": (
        "Grazie! La vostra segnalazione {reference} è stata inoltrata a {office}. Vi "
        "avviso quando cambia lo stato. Con /meine vedete tutte le vostre segnalazioni."
    ),
    "unsupported": (
        "Purtroppo non riesco a leggerlo. Scrivete la segnalazione come testo (va bene "
        "anche una foto con una descrizione)."
    ),
    "empty": "Qual è la vostra segnalazione? Descrivetela in poche parole.",
    "photo_needs_text": "Grazie per la foto. Di che cosa si tratta? Descrivetelo brevemente.",
    "too_long": (
        "Il messaggio è molto lungo. Ho ripreso i primi {limit} caratteri; mandate il "
        "resto, più breve, in un altro messaggio."
    ),
    "rate_limited": "Nell'ultima ora avete inviato molte segnalazioni. Ho salvato questa come {reference} e la inoltro appena possibile.",
    "draft_kept": "Riprenderò poi la vostra segnalazione {reference}. Ora la nuova:",
    "crisis_waiting": "La vostra segnalazione «{text}» è ancora in attesa. Se volete, continuiamo:",
    "crisis_waiting_after": "La vostra segnalazione {reference} è ancora in attesa, la riprenderò dopo.",
    "mine_none": "Non ho nessuna segnalazione registrata per questa chat. Se volete segnalare qualcosa, scrivetemelo pure.",
    "mine_header": "Le vostre segnalazioni:",
    "mine_item": "{reference} · {date} · {topic} · {status}",
    "delete_confirm": (
        "Devo cancellare i vostri dati personali? Le segnalazioni restano alla Città, ma "
        "senza testo, foto, luogo esatto e senza legame con voi."
    ),
    "delete_done": "Fatto: i vostri dati personali sono stati cancellati. Arrivederci!",
    "delete_cancelled": "Va bene, non cancello niente.",
    "privacy_info": "Protezione dei dati: salvo la segnalazione, il luogo, eventuali foto e il vostro ID della chat per potervi rispondere. La possono vedere il coordinamento di quartiere e l'ufficio competente. La conserviamo per {months} mesi. Con /loeschen cancellate i vostri dati in qualsiasi momento.",
    "error": "Scusate, qualcosa è andato storto. Il messaggio è salvato; ce ne occupiamo noi.",
    "status_changed": "La vostra segnalazione {reference} ha un nuovo stato: {status}.",
    "place_kreis": "Kreis {kreis}",
    "place_quartier": "quartiere {quartier}, Kreis {kreis}",
    "place_unknown": "luogo sconosciuto",
    "draft_reference": "non ancora inoltrata",
    "status_draft": "bozza",
    "status_forwarded": "inoltrata",
    "status_in_progress": "in elaborazione",
    "status_done": "evasa",
    "status_outside_city": "fuori dalla Città di Zurigo",
    "status_rate_limited": "in attesa",
    "status_withdrawn": "ritirata",
    "status_new": "ricevuta",
    "status_rejected": "respinta",
    "notice_remark": "Osservazione della Città: {remark}",
    "notice_rerouted": "La vostra segnalazione {reference} è ora presso: {office}.",
    "notice_rerouted_status": (
        "La vostra segnalazione {reference} è ora presso: {office}, e ha quindi un nuovo stato: {status}."
    ),
    "notice_answer": "Risposta della Città alla vostra segnalazione {reference}:\n{text}",
    "smalltalk_greeting": (
        "Buongiorno! Che cosa posso fare per voi? Descrivete la segnalazione in poche "
        "parole, p. es. «il cestino all'Idaplatz è pieno» o «il lampione in "
        "Bäckerstrasse non si accende»."
    ),
    "smalltalk_languages": (
        "Ich spreche auch Deutsch. I also speak English. Je parle aussi français."
    ),
    "smalltalk_thanks": "Prego! Se avete un'altra segnalazione, scrivetemela semplicemente.",
    "smalltalk_bye": "Arrivederci! Potete scrivermi in qualsiasi momento.",
    "smalltalk_question_intro": (
        "Vi ascolto. Scrivetemi la domanda o la segnalazione in poche parole, meglio se "
        "con il luogo."
    ),
    "smalltalk_how_it_works": (
        "1. Descrivete la segnalazione con parole vostre (una foto aiuta).\n"
        "2. Vi chiedo il luogo e vi mostro dove va.\n"
        "3. Confermate, la inoltro e ricevete un numero (/meine mostra lo stato)."
    ),
    "smalltalk_who_are_you": (
        "Sono il bot automatico della Città di Zurigo che raccoglie le segnalazioni, non "
        "una persona. Prendo nota e inoltro; a leggerle e trattarle sono collaboratrici e "
        "collaboratori della Città."
    ),
    "smalltalk_dont_know": "Nessun problema. Descrivete semplicemente che cosa avete notato – al resto penso io.",
    "smalltalk_test": "Ci sono e funziono. Scrivetemi la vostra segnalazione, p. es. «la panchina nel parco è rotta».",
    "smalltalk_insult": (
        "Mi dispiace che siate arrabbiati. Se qualcosa non va, descrivetemelo – lo inoltro "
        "all'ufficio competente."
    ),
    "smalltalk_ok": "Bene. Scrivetemi semplicemente la vostra segnalazione in poche parole e me ne occupo.",
    "smalltalk_no": "Se notate qualcosa nel quartiere, scrivetemelo semplicemente in poche parole, possibilmente con il luogo – lo inoltro io.",
    "error_not_stored": "Scusate, qualcosa è andato storto e il messaggio non è stato salvato. Rimandatelo tra qualche minuto.",
    "several_concerns": "Avete scritto {n} segnalazioni in un messaggio. Le prendo una alla volta, prima: «{text}»",
    "next_concern": "Ora la vostra prossima segnalazione: «{text}»",
    "choose_topic_likely": "Non sono del tutto sicuro di che cosa si tratti. Luogo: {place}. Che cosa corrisponde meglio?",
    "pick_topic_hint": "Scegliete un tema dalla lista – oppure scrivetelo a parole, p. es. «illuminazione».",
    "btn_other_topic": "Altro tema",
    "not_right": "Che cosa non va?",
    "btn_discard": "Scartare",
    "discarded": "Va bene, ho scartato {reference}; non verrà inoltrata.",
    "new_or_place": "«{text}» è una nuova segnalazione o il luogo per {reference}?",
    "btn_new_concern": "Nuova segnalazione",
    "btn_place_for": "Luogo per {reference}",
    "choose_first": "Scegliete prima un'opzione. Ho salvato il nuovo messaggio e ci torno dopo.",
    "button_stale": "Questo pulsante non è più attuale.",
    "button_invalid": "Non conosco questo pulsante.",
    "waiting_place": "La vostra segnalazione {reference} attende ancora il luogo.",
    "waiting_confirm": "La vostra segnalazione {reference} non è ancora inoltrata:",
    "place_detail_unresolved": "Da questo non riesco a determinare il Kreis. La inoltro con la vostra indicazione; il coordinamento di quartiere chiarirà.",
    "place_detail_address_kept": "La inoltro con l'indirizzo {place}. Si trova dove si incontrano più Kreis ({kreise}); il coordinamento di quartiere chiarirà il Kreis.",
    "forwarded_unconfirmed": "Ho inoltrato la vostra segnalazione {reference} ({topic}, {place}) a {office} senza la vostra conferma.",
    "released": "La vostra segnalazione in attesa {reference} ({topic}, {place}) è ora inoltrata a {office}.",
    "unknown_command": "Non conosco questo comando.",
    "welcome_back": "Bentornati! Scrivetemi la vostra segnalazione, o /meine per lo stato delle vostre segnalazioni.",
    "location_kept": "Grazie per la posizione. Qual è la segnalazione in quel luogo? Descrivetela brevemente.",
    "location_kept_asked": "Grazie per la posizione, la tengo per una nuova segnalazione. Prima, la domanda di poco fa:",
    "too_short": "Potete descriverlo un po' più nel dettaglio? Per esempio: «il cestino all'Idaplatz è pieno».",
    "btn_same_place": "Stesso luogo di prima: {place}",
    "ask_place_nearby": "{the_street} {number} si trova dove si incontrano più Kreis ({kreise}). Che cosa c'è nelle vicinanze, p. es. una piazza, un negozio o una fermata?",
    "place_text_only": "{place} (Kreis non chiaro)",
    "urgent_forwarded": "Ho inoltrato la vostra segnalazione {reference} come urgente alla Città. Questa chat non è letta 24 ore su 24: chiamate in ogni caso.",
    "emergency_topic": "Emergenza",
    "emergency_suicide": "⚠️ Chiamate subito: ambulanza 144 o polizia 117. Se siete voi a non stare bene: Telefono Amico è a disposizione giorno e notte, numero 143. Non siete soli.",
    "urgent_ask_place": "Dov'è? L'indicazione aiuta la Città con la segnalazione; la chiamata viene prima.",
    "noted_for_later": "Il resto lo riprendo dopo come segnalazione a sé: «{text}»",
    "ask_place_conflict": "Indicate {places}: si trovano in Kreis diversi. Dove esattamente? Via e numero civico, una piazza o il quartiere – oppure condividete la vostra posizione.",
    "ask_place_again": "Non conosco questo luogo. Scrivete via e numero civico, una piazza o il quartiere, p. es. «Josefstrasse 12» – oppure condividete la vostra posizione.",
    "ask_place_question": "Perché risponda l'ufficio giusto: a quale quartiere o via si riferisce la vostra domanda? Se non ha importanza, scegliete «Non lo so».",
    "choose_place_unknown": "Non conosco questo luogo. Scrivete via e numero civico o una piazza, condividete la posizione o scegliete il Kreis:",
    "shall_i_forward": "Prego! Devo inoltrare la vostra segnalazione {reference} così ({topic}, {place}, a {office})?",
    "number_without_street": "A quale via appartiene il numero? Scrivete via e numero civico.",
    "number_changed": "Ho cambiato il numero civico: {new} invece di {old}. Se non era questo che intendevate, toccate «Cambiare luogo».",
    "choose_one": "Scegliete una delle due possibilità:",
    "typed_twice": "Avete inviato «{number}» due volte. Ho preso il primo per la domanda precedente. Ecco la nuova domanda:",
    "smalltalk_plea": "Come posso aiutare? Se qualcuno è in pericolo, chiamate subito: polizia 117, pompieri 118, ambulanza 144. Altrimenti descrivete la vostra segnalazione in poche parole.",
    "urgent_forwarded_later": "La vostra segnalazione urgente {reference} è stata inoltrata alla Città. Se c'è ancora pericolo, chiamate: polizia 117, pompieri 118, ambulanza 144.",
    "urgent_forwarded_no_place": "Ho inoltrato la vostra segnalazione {reference} come urgente alla Città, per ora senza luogo. Se sapete dov'è, scrivetemelo: lo aggiungo. Questa chat non è letta 24 ore su 24: chiamate in ogni caso.",
    "urgent_forwarded_street": "Ho inoltrato la vostra segnalazione {reference} come urgente alla Città. {the_street} attraversa diversi Kreis: se conoscete il numero civico, scrivetemelo e lo aggiungo. Questa chat non è letta 24 ore su 24: chiamate in ogni caso.",
    "called_ack": "Bene, grazie di aver chiamato.",
    "help_there_ack": "Bene, i soccorsi sono sul posto.",
    "help_coming_ack": "Bene, i soccorsi stanno arrivando.",
    "urgent_forwarded_later_no_place": "La vostra segnalazione urgente {reference} è stata inoltrata alla Città, per ora senza luogo. Se sapete dov'è, scrivetemelo: lo aggiungo. Se c'è ancora pericolo, chiamate: polizia 117, pompieri 118, ambulanza 144.",
    "urgent_place_added": "Grazie, ho aggiunto il luogo alla vostra segnalazione urgente {reference}: {place}. Se c'è ancora pericolo, chiamate: polizia 117, pompieri 118, ambulanza 144.",
    "urgent_place_added_143": "Se siete voi a non stare bene: Telefono Amico, numero 143.",
    "no_dispatch": "Non posso allertare né seguire i soccorsi; questa chat non è un numero d'emergenza. Chiamate voi stessi: polizia 117, pompieri 118, ambulanza 144.",
    "danger_near_miss": "Per fortuna non è successo niente. Se adesso è ancora pericoloso, chiamate la polizia: 117. Questa chat non allerta nessuno.",
    "danger_signal_out": "Un semaforo spento è pericoloso: finché è spento, chiamate la polizia: 117. Questa chat non allerta nessuno.",
    "danger_may_fall": "Se può cadere o crollare da un momento all'altro, è pericoloso: chiamate la polizia: 117. Questa chat non allerta nessuno.",
    "responsible_is": "Per rispondere alla vostra domanda, l'ufficio competente è: {office}.",
    "responsible_depends": "Per rispondere alla vostra domanda: dipende da che cosa si tratta esattamente; la inoltro all'ufficio giusto.",
    "responsible_kreis": "Per rispondere alla vostra domanda, l'ufficio competente è: il coordinamento di quartiere (Quartierkoordination) del Kreis in cui si trova.",
    "responsible_of": "Per la vostra segnalazione {reference} l'ufficio competente è: {office}; l'ha ricevuta.",
    "responsible_nothing": "Dipende da che cosa si tratta. Descrivete la segnalazione in poche parole e la inoltro all'ufficio competente.",
    "question_about": "Volentieri. Che cosa desiderate sapere? Scrivetemi la vostra domanda, se possibile con il quartiere.",
    "tell_more": "Vi ascolto: che cosa succede, e dove? Continuate pure a scrivere, metto insieme i vostri messaggi.",
    "question_at_confirm": "Non posso rispondere a questo qui; la domanda in sé non la inoltro. Devo inoltrare la vostra segnalazione {reference} così ({topic}, {place})?",
    "withdraw_ask_one": "Devo ritirare la vostra segnalazione {reference} ({topic})?",
    "withdraw_ask_which": "Quale segnalazione devo ritirare?",
    "withdraw_none": "Non avete nessuna segnalazione aperta da ritirare. Con /meine vedete tutte le vostre segnalazioni.",
    "withdraw_kept": "Va bene, non ritiro niente.",
    "btn_withdraw_yes": "Sì, ritirare",
    "btn_withdraw_none": "Nessuna",
    "withdraw_hint_which": "Quale intendete? Toccate una delle segnalazioni, oppure scrivete p. es. «la seconda» o «quella del lampione».",
    "withdraw_one_at_a_time": "Ritiro le segnalazioni una alla volta: toccatene prima una, poi vi chiedo delle altre.",
    "withdraw_hint_one": "Rispondete per favore con sì o no.",
    "withdrawn": "Va bene, ho ritirato la vostra segnalazione {reference}.",
    "reference_status": "La vostra segnalazione {reference} ({topic}): {status}.",
    "followup_when": "Non posso indicarvi una data: il servizio competente pianifica il lavoro. Appena lo stato cambia, vi avviso.",
    "followup_next": "Come si procede: il servizio competente esamina la vostra segnalazione e se ne occupa. Appena lo stato cambia, vi avviso; con /meine lo vedete in ogni momento.",
    "opening_hours": "Purtroppo non conosco gli orari di apertura. Li trovate su www.stadt-zuerich.ch (cercate lì l'ufficio o l'impianto). Se volete segnalare qualcosa, scrivetemelo pure.",
    "collection_dates": "Purtroppo non conosco le date di raccolta. Le trovate nel calendario della raccolta di Entsorgung + Recycling Zürich: www.stadt-zuerich.ch/entsorgungskalender. Se qualcosa non è stato ritirato, scrivetemelo pure.",
    "drop_off": "Dove portare ingombranti, vecchi apparecchi e altri rifiuti (centri di riciclaggio, punti di raccolta) lo trovate nelle informazioni sullo smaltimento di Entsorgung + Recycling Zürich su www.stadt-zuerich.ch. Se da qualche parte ci sono rifiuti o un cestino è pieno, scrivetemelo pure.",
    "answer_again_remark": "Stato di {reference}: {status}. Osservazione della città: {remark}",
    "answer_again_none": "Non ho ancora una risposta della città alle vostre segnalazioni. Appena arriva, la ricevete qui; /meine mostra lo stato.",
    "danger_followed": "Segnalatelo anche alla polizia municipale (Stadtpolizei; in caso di emergenza 117). Questa chat non allerta nessuno.",
    "elsewhere_tenancy": "La Città non può risolvere una questione con un locatore o un'amministrazione privati. L'associazione inquilini (Mieterinnen- und Mieterverband) dà consigli; in caso di lite è competente l'autorità di conciliazione in materia di locazione (Schlichtungsbehörde). Se è un appartamento della Città, scrivetemi di nuovo precisandolo.",
    "elsewhere_pet": "Segnalate un animale smarrito o trovato al registro svizzero degli animali (Schweizerische Tiermeldezentrale, STMZ) e ai rifugi vicini; la Città non cerca animali. Incrocio le dita!",
    "elsewhere_lost": "Gli oggetti smarriti e trovati vanno all'ufficio oggetti smarriti della Città (Fundbüro der Stadt Zürich); potete chiedere anche lì. Questa chat purtroppo non può aiutare.",
    "elsewhere_fine": "Per contestare una multa rivolgetevi allo Stadtrichteramt; cosa fare ed entro quando è scritto sulla multa. Questa chat purtroppo non può aiutare.",
    "how_long_it_takes": "Dipende: dalla segnalazione e dal servizio competente; non c'è un termine fisso. Appena lo stato della vostra segnalazione cambia, vi avviso; con /meine lo vedete in qualsiasi momento.",
    "followup_new_hint": "Se è qualcosa di nuovo, descrivetemelo come nuova segnalazione, p. es. «Il cestino all'Idaplatz è di nuovo pieno».",
    "not_emergency": "Va bene, allora non è un'emergenza. La tratto come una segnalazione normale.",
    "not_emergency_sent": "Va bene, ho comunicato alla Città che {reference} non è un'emergenza. Sarà trattata come una segnalazione normale.",
    "after_emergency": "Seguite le istruzioni al telefono: al 144, 117 o 118 vi guideranno. Questa chat non allerta nessuno; la vostra segnalazione è presso la Città.",
    "why_place": "Perché il servizio competente sappia dove guardare. Bastano via e numero, una piazza o il quartiere; se non lo sapete, va bene lo stesso.",
    "edit_not_taken": "Mi dispiace, non posso riprendere le modifiche a un messaggio già inviato. Inviate la correzione come nuovo messaggio.",
    "nothing_to_cancel": "Al momento non c'è niente di aperto da annullare. Se avete una segnalazione, scrivetemela pure.",
    "reference_unknown": "Non trovo nessuna segnalazione {reference} tra le vostre. Con /meine vedete tutte le vostre segnalazioni con i loro numeri.",
    "after_emergency_pending": "Seguite le istruzioni al telefono: al 144, 117 o 118 vi guideranno. Questa chat non allerta nessuno; la vostra segnalazione va alla Città entro pochi minuti, anche senza luogo.",
    "confirm_explained": "Vi chiedo se devo inoltrare la vostra segnalazione {reference} così: tema {topic}, luogo {place}, a {office}. Se è corretto, scegliete «Sì, inoltrare» (o scrivete «sì»); altrimenti «Cambiare tema» o «Cambiare luogo».",
    "terminal_location_hint": "(condividere la posizione: /standort 47.3769 8.5417)",
    "addition_ask": "Riguarda la vostra segnalazione {reference}?",
    "addition_ask_both": "Entrambe le cose riguardano la vostra segnalazione {reference}?",
    "btn_addition_yes": "Sì, aggiungere",
    "addition_forwarded": "Grazie, l'ho aggiunto a {reference} e trasmesso a {office}.",
    "reply_ask": "È la vostra risposta su {reference}?",
    "reply_ask_again": "Ancora in sospeso: «{text}». È la vostra risposta su {reference}?",
    "btn_reply_yes": "Sì, inviarla all'ufficio",
    "btn_reply_no": "No, nuova segnalazione",
    "btn_reply_no_draft": "No, è per {reference}",
    "reply_forwarded": "Grazie, ho inoltrato la vostra risposta a {office}.",
    "reply_aside": "Il resto lo prendo come segnalazione a sé: «{text}»",
    "reply_kept": "Grazie, ho salvato il vostro messaggio con {reference}. Presso {office}, però, al momento nessuno lo riceve; lo vedranno solo aprendo la segnalazione. Se c'è ancora qualcosa da fare, scrivetemelo come nuova segnalazione.",
    "again_ask": "La vostra segnalazione {reference} ({topic}) risulta {status}. Devo trasmettere questo a {office} come nuova segnalazione nello stesso luogo: {place}?",
    "again_ask_withdrawn": "Avete ritirato {reference} ({topic}). Devo comunque trasmetterla a {office}, come nuova segnalazione nello stesso luogo: {place}?",
    "btn_again_yes": "Sì, segnalarlo di nuovo",
    "btn_again_no": "No, altra cosa",
    "btn_again_keep": "No, lasciarla ritirata",
    "again_kept_withdrawn": "Va bene, {reference} resta ritirata.",
}

# Topic names residents read.
TOPIC_NAMES: dict[str, str] = {
    "abfall": "Rifiuti e pulizia",
    "gruen": "Aree verdi, alberi e parchi giochi",
    "strasse": "Strade, marciapiedi e piazze",
    "verkehr": "Traffico, parcheggio e bici",
    "oev": "Tram e bus",
    "beleuchtung": "Illuminazione pubblica",
    "sicherheit": "Sicurezza e schiamazzi",
    "umwelt": "Rumore, aria e parassiti",
    "bau_planung": "Edilizia e pianificazione",
    "wohnen": "Abitazione",
    "schule": "Scuola e custodia",
    "sport": "Sport e piscine",
    "jugend": "Bambini e giovani",
    "alter": "Anziani",
    "soziales": "Disagio sociale",
    "integration": "Integrazione",
    "kultur": "Cultura",
    "quartierleben": "Vita di quartiere",
}
