"""French (Swiss usage: "Ville de Zurich", "Kreis" for the city's districts)."""

TEXTS: dict[str, str] = {
    "start": (
        "Bonjour! Je suis Quartierbot de la Ville de Zurich. Écrivez-moi votre demande "
        "avec vos propres mots (p. ex. «la poubelle à l'Idaplatz est pleine»). Je vous "
        "demande où c'est et je la transmets au service compétent.\n\n"
        "Protection des données: j'enregistre votre demande, le lieu, d'éventuelles photos "
        "et votre identifiant de chat pour pouvoir vous répondre. La coordination de "
        "quartier et le service compétent peuvent la voir. Nous la conservons {months} mois. "
        "Avec /loeschen, vous effacez vos données à tout moment.\n\n"
        "En cas de danger: police 117, pompiers 118, ambulance 144."
    ),
    "help": (
        "Comment ça marche: écrivez votre demande sous forme de texte, une photo est la "
        "bienvenue. Je vous demande le lieu et vous montre à qui je la transmets.\n"
        "/meine – vos demandes et leur état\n"
        "/abbrechen – abandonner la demande en cours\n"
        "/loeschen – effacer vos données\n"
        "/hilfe – cette aide\n"
        "En cas de danger: police 117, pompiers 118, ambulance 144."
    ),
    "emergency": "⚠️ Cela ressemble à une urgence. Appelez tout de suite: police 117, pompiers 118, ambulance 144.",
    "ask_place": (
        "Où est-ce exactement? Écrivez la rue et le numéro, une place ou le quartier – "
        "ou partagez votre position."
    ),
    "ask_place_detail": "{the_street} traverse plusieurs Kreis ({kreise}). Quel numéro, ou qu'y a-t-il à proximité?",
    "place_unknown_go_on": (
        "Je n'ai pas reconnu le lieu. Je transmets votre demande sans lieu; la coordination "
        "de quartier s'en occupera."
    ),
    "outside_city": (
        "C'est en dehors de la Ville de Zurich ({place}). C'est la commune qui est "
        "compétente – adressez-vous à son administration. Pour les demandes en Ville de "
        "Zurich, je suis volontiers là."
    ),
    "outside_city_unnamed": (
        "C'est en dehors de la Ville de Zurich. C'est la commune concernée qui est "
        "compétente – adressez-vous à son administration."
    ),
    "outside_city_correct": "Le lieu n'est pas juste? Écrivez alors le lieu à Zurich ou partagez à nouveau votre position.",
    "confirm": "J'ai compris: {topic}, {place}. Je transmets à {office}. Est-ce correct?",
    "confirm_triage": "J'ai compris: {topic}, {place}. Je transmets à {office}, qui la confiera au service compétent. Est-ce correct?",
    "btn_confirm": "Oui, transmettre",
    "btn_change_topic": "Changer le thème",
    "btn_change_place": "Changer le lieu",
    "btn_place_unknown": "Je ne sais pas",
    "btn_share_location": "📍 Partager ma position",
    "btn_yes_delete": "Oui, effacer",
    "btn_no": "Non",
    "choose_topic": "De quoi s'agit-il? Veuillez choisir:",
    "choose_place": (
        "Où est-ce? Écrivez la rue ou le quartier, partagez votre position ou choisissez le Kreis:"
    ),
    "forwarded": (
        "Merci! Votre demande {reference} a été transmise à {office}. Je vous informe dès "
        "que son état change. Avec /meine, vous voyez toutes vos demandes."
    ),
    "unsupported": (
        "Je ne peux malheureusement pas lire cela. Écrivez votre demande sous forme de "
        "texte (une photo avec une description convient aussi)."
    ),
    "empty": "Quelle est votre demande? Décrivez-la en quelques mots.",
    "photo_needs_text": "Merci pour la photo. Quelle est la demande? Décrivez-la brièvement.",
    "too_long": (
        "Votre message est très long. J'ai repris les {limit} premiers caractères; envoyez "
        "le reste, plus court, dans un autre message."
    ),
    "rate_limited": "Vous avez envoyé beaucoup de demandes au cours de la dernière heure. J'ai enregistré celle-ci sous {reference} et je la transmets dès que possible.",
    "draft_kept": "Je reviendrai ensuite à votre demande {reference}. Passons à la nouvelle:",
    "crisis_waiting": "Votre demande «{text}» attend encore. Si vous le souhaitez, continuons:",
    "crisis_waiting_after": "Votre demande {reference} attend encore, j'y reviendrai ensuite.",
    "mine_none": "Je n'ai aucune demande enregistrée pour ce chat. Si vous souhaitez signaler quelque chose, écrivez-le-moi simplement.",
    "mine_header": "Vos demandes:",
    "mine_item": "{reference} · {date} · {topic} · {status}",
    "delete_confirm": (
        "Dois-je effacer vos données personnelles? Vos demandes restent à la Ville, mais "
        "sans texte, photos, lieu exact ni lien avec vous."
    ),
    "delete_done": "C'est fait: vos données personnelles sont effacées. Au revoir!",
    "delete_cancelled": "D'accord, je n'efface rien.",
    "privacy_info": "Protection des données: j'enregistre votre demande, le lieu, d'éventuelles photos et votre identifiant de chat pour pouvoir vous répondre. La coordination de quartier et le service compétent peuvent la voir. Nous la conservons {months} mois. Avec /loeschen, vous effacez vos données à tout moment.",
    "error": "Désolé, quelque chose n'a pas fonctionné. Votre message est enregistré; nous nous en occupons.",
    "status_changed": "Votre demande {reference} a un nouvel état: {status}.",
    "place_kreis": "Kreis {kreis}",
    "place_quartier": "quartier {quartier}, Kreis {kreis}",
    "place_unknown": "lieu inconnu",
    "draft_reference": "pas encore transmise",
    "status_draft": "brouillon",
    "status_forwarded": "transmise",
    "status_in_progress": "en traitement",
    "status_done": "réglée",
    "status_outside_city": "hors de la Ville de Zurich",
    "status_rate_limited": "en attente",
    "status_withdrawn": "retirée",
    "status_new": "reçue",
    "status_rejected": "refusée",
    "notice_remark": "Remarque de la Ville: {remark}",
    "notice_rerouted": "Votre demande {reference} est maintenant traitée par: {office}.",
    "notice_rerouted_status": (
        "Votre demande {reference} est maintenant traitée par: {office}, et a donc un nouvel état: {status}."
    ),
    "notice_answer": "Réponse de la Ville à votre demande {reference}:\n{text}",
    "smalltalk_greeting": (
        "Bonjour! Que puis-je faire pour vous? Décrivez votre demande en quelques mots, "
        "p. ex. «la poubelle à l'Idaplatz est pleine» ou «le lampadaire de la "
        "Bäckerstrasse ne s'allume pas»."
    ),
    "smalltalk_languages": (
        "Ich spreche auch Deutsch. I also speak English. Parlo anche italiano."
    ),
    "smalltalk_thanks": "Avec plaisir! Si vous avez une autre demande, écrivez-la-moi simplement.",
    "smalltalk_bye": "Au revoir! Vous pouvez m'écrire à tout moment.",
    "smalltalk_question_intro": (
        "Je vous écoute. Écrivez-moi votre question ou votre demande en quelques mots, "
        "idéalement avec le lieu."
    ),
    "smalltalk_how_it_works": (
        "1. Vous décrivez votre demande avec vos mots (une photo aide).\n"
        "2. Je vous demande le lieu et vous montre à qui elle va.\n"
        "3. Vous confirmez, je la transmets et vous recevez un numéro (/meine montre l'état)."
    ),
    "smalltalk_who_are_you": (
        "Je suis le bot automatique de la Ville de Zurich qui reçoit les demandes, pas une "
        "personne. Je note votre demande et la transmets; ce sont des collaboratrices et "
        "collaborateurs de la Ville qui la lisent et la traitent."
    ),
    "smalltalk_dont_know": "Pas de souci. Décrivez simplement ce que vous avez remarqué – je vous aide pour le reste.",
    "smalltalk_test": "Je suis là et je fonctionne. Écrivez-moi votre demande, p. ex. «le banc du parc est cassé».",
    "smalltalk_insult": (
        "Dommage que vous soyez fâché. Si quelque chose ne va pas, décrivez-le-moi – je le "
        "transmets au service compétent."
    ),
    "smalltalk_ok": "Bien. Écrivez-moi simplement votre demande en quelques mots, et je m'en occupe.",
    "smalltalk_no": "Si vous remarquez quelque chose dans le quartier, écrivez-le-moi simplement en quelques mots, si possible avec le lieu – je le transmets.",
    "error_not_stored": "Désolé, quelque chose n'a pas fonctionné et votre message n'a pas pu être enregistré. Renvoyez-le dans quelques minutes.",
    "several_concerns": "Vous avez écrit {n} demandes dans un message. Je les prends une par une, d'abord: «{text}»",
    "next_concern": "Passons à votre demande suivante: «{text}»",
    "choose_topic_likely": "Je ne suis pas tout à fait sûr du thème. Lieu: {place}. Qu'est-ce qui convient le mieux?",
    "pick_topic_hint": "Veuillez choisir un thème dans la liste – ou l'écrire en mots, p. ex. «éclairage».",
    "btn_other_topic": "Autre thème",
    "not_right": "Qu'est-ce qui ne va pas?",
    "btn_discard": "Abandonner",
    "discarded": "D'accord, j'ai abandonné {reference}; elle ne sera pas transmise.",
    "new_or_place": "«{text}» est-ce une nouvelle demande ou le lieu pour {reference}?",
    "btn_new_concern": "Nouvelle demande",
    "btn_place_for": "Lieu pour {reference}",
    "choose_first": "Veuillez d'abord choisir une option. J'ai enregistré votre nouveau message et j'y reviens ensuite.",
    "button_stale": "Ce bouton n'est plus actuel.",
    "button_invalid": "Je ne connais pas ce bouton.",
    "waiting_place": "Votre demande {reference} attend encore le lieu.",
    "waiting_confirm": "Votre demande {reference} n'est pas encore transmise:",
    "place_detail_unresolved": "Je ne peux pas en déduire le Kreis. Je la transmets avec votre indication; la coordination de quartier s'en occupera.",
    "place_detail_address_kept": "Je la transmets avec l'adresse {place}. Elle se trouve là où plusieurs Kreis se touchent ({kreise}); la coordination de quartier précisera le Kreis.",
    "forwarded_unconfirmed": "J'ai transmis votre demande {reference} ({topic}, {place}) à {office} sans votre confirmation.",
    "released": "Votre demande en attente {reference} ({topic}, {place}) est maintenant transmise à {office}.",
    "unknown_command": "Je ne connais pas cette commande.",
    "welcome_back": "Bon retour! Écrivez-moi votre demande, ou /meine pour l'état de vos demandes.",
    "location_kept": "Merci pour la position. Quelle est votre demande à cet endroit? Décrivez-la brièvement.",
    "location_kept_asked": "Merci pour la position, je la garde pour une nouvelle demande. D'abord, la question de tout à l'heure:",
    "too_short": "Pouvez-vous décrire cela un peu plus précisément? Par exemple: «la poubelle à l'Idaplatz est pleine».",
    "btn_same_place": "Même endroit qu'avant: {place}",
    "ask_place_nearby": "{the_street} {number} se trouve là où plusieurs Kreis se touchent ({kreise}). Qu'y a-t-il à proximité, p. ex. une place, un magasin ou un arrêt?",
    "place_text_only": "{place} (Kreis incertain)",
    "urgent_forwarded": "J'ai transmis votre signalement {reference} en urgence à la Ville. Ce chat n'est pas lu en permanence: appelez dans tous les cas.",
    "emergency_topic": "Urgence",
    "emergency_suicide": "⚠️ Appelez tout de suite: ambulance 144 ou police 117. Si vous-même n'allez pas bien: La Main Tendue est là pour vous jour et nuit, téléphone 143. Vous n'êtes pas seul·e.",
    "urgent_ask_place": "Où est-ce? Cela aide la Ville pour votre signalement; l'appel passe avant.",
    "noted_for_later": "Je reprendrai ensuite le reste comme une demande à part: «{text}»",
    "ask_place_conflict": "Vous mentionnez {places}: ces lieux sont dans des Kreis différents. Où exactement? Rue et numéro, une place ou le quartier – ou partagez votre position.",
    "ask_place_again": "Je ne connais pas ce lieu. Indiquez la rue et le numéro, une place ou le quartier, p. ex. «Josefstrasse 12» – ou partagez votre position.",
    "ask_place_question": "Pour que le bon service réponde: quel quartier ou quelle rue concerne votre question? Si cela n'a pas d'importance, choisissez «Je ne sais pas».",
    "choose_place_unknown": "Je ne connais pas ce lieu. Indiquez la rue et le numéro ou une place, partagez votre position ou choisissez le Kreis:",
    "shall_i_forward": "Avec plaisir! Dois-je transmettre votre demande {reference} ainsi ({topic}, {place}, à {office})?",
    "number_without_street": "À quelle rue appartient ce numéro? Indiquez la rue et le numéro.",
    "number_changed": "J'ai changé le numéro: {new} au lieu de {old}. Si ce n'est pas ce que vous vouliez, touchez «Changer le lieu».",
    "choose_one": "Choisissez l'une des deux possibilités:",
    "typed_twice": "Vous avez envoyé «{number}» deux fois. J'ai pris le premier pour la question précédente. Voici la nouvelle question:",
    "smalltalk_plea": "Comment puis-je vous aider? Si quelqu'un est en danger, appelez tout de suite: police 117, pompiers 118, ambulance 144. Sinon, décrivez votre demande en quelques mots.",
    "urgent_forwarded_later": "Votre signalement urgent {reference} a été transmis à la Ville. S'il y a encore un danger, appelez: police 117, pompiers 118, ambulance 144.",
    "urgent_forwarded_no_place": "J'ai transmis votre signalement {reference} en urgence à la Ville, pour l'instant sans lieu. Si vous savez où c'est, écrivez-le-moi: je l'ajouterai. Ce chat n'est pas lu en permanence: appelez dans tous les cas.",
    "urgent_forwarded_street": "J'ai transmis votre signalement {reference} en urgence à la Ville. {the_street} traverse plusieurs Kreis: si vous connaissez le numéro, écrivez-le-moi, je l'ajouterai. Ce chat n'est pas lu en permanence: appelez dans tous les cas.",
    "called_ack": "Bien, merci d'avoir appelé.",
    "help_there_ack": "Bien, les secours sont là.",
    "help_coming_ack": "Bien, les secours sont en route.",
    "urgent_forwarded_later_no_place": "Votre signalement urgent {reference} a été transmis à la Ville, pour l'instant sans lieu. Si vous savez où c'est, écrivez-le-moi: je l'ajouterai. S'il y a encore un danger, appelez: police 117, pompiers 118, ambulance 144.",
    "urgent_place_added": "Merci, j'ai ajouté le lieu à votre signalement urgent {reference}: {place}. S'il y a encore un danger, appelez: police 117, pompiers 118, ambulance 144.",
    "urgent_place_added_143": "Si vous-même n'allez pas bien: La Main Tendue, téléphone 143.",
    "no_dispatch": "Je ne peux ni alerter ni suivre les secours; ce chat n'est pas un numéro d'urgence. Appelez vous-même: police 117, pompiers 118, ambulance 144.",
    "danger_near_miss": "Heureusement, rien ne s'est passé. Si c'est encore dangereux maintenant, appelez la police: 117. Ce chat n'alerte personne.",
    "danger_signal_out": "Un feu de circulation en panne est dangereux: tant qu'il est éteint, appelez la police: 117. Ce chat n'alerte personne.",
    "danger_may_fall": "S'il peut tomber ou s'effondrer à tout moment, c'est dangereux: appelez la police: 117. Ce chat n'alerte personne.",
    "responsible_is": "Pour répondre à votre question, le service responsable est: {office}.",
    "responsible_depends": "Pour répondre à votre question: cela dépend de ce dont il s'agit exactement; je transmets au bon service.",
    "responsible_kreis": "Pour répondre à votre question, le service responsable est: la coordination de quartier (Quartierkoordination) du Kreis où cela se trouve.",
    "responsible_of": "Pour votre demande {reference}, le service responsable est: {office}; il l'a reçue.",
    "responsible_nothing": "Cela dépend de ce dont il s'agit. Décrivez votre demande en quelques mots, et je la transmets au service responsable.",
    "question_about": "Volontiers. Que souhaitez-vous savoir? Écrivez-moi votre question, si possible avec le quartier.",
    "tell_more": "Je vous écoute: que se passe-t-il, et où? Continuez d'écrire, je rassemble vos messages.",
    "question_at_confirm": "Je ne peux pas répondre à cela ici; je ne transmets pas la question elle-même. Dois-je transmettre votre demande {reference} ainsi ({topic}, {place})?",
    "withdraw_ask_one": "Dois-je retirer votre demande {reference} ({topic})?",
    "withdraw_ask_which": "Quelle demande dois-je retirer?",
    "withdraw_none": "Vous n'avez aucune demande ouverte que je pourrais retirer. Avec /meine, vous voyez toutes vos demandes.",
    "withdraw_kept": "D'accord, je ne retire rien.",
    "btn_withdraw_yes": "Oui, retirer",
    "btn_withdraw_none": "Aucune",
    "withdraw_hint_which": "Laquelle voulez-vous dire? Touchez l'une des demandes, ou écrivez p. ex. «la deuxième» ou «celle du lampadaire».",
    "withdraw_one_at_a_time": "Je retire les demandes une à la fois: touchez d'abord l'une d'elles, ensuite je vous demanderai pour les autres.",
    "withdraw_hint_one": "Veuillez répondre par oui ou par non.",
    "withdrawn": "D'accord, j'ai retiré votre demande {reference}.",
    "reference_status": "Votre demande {reference} ({topic}): {status}.",
    "followup_when": "Je ne peux pas vous donner de date: le service compétent planifie lui-même le travail. Dès que l'état change, je vous préviens.",
    "followup_next": "La suite: le service compétent examine votre demande et s'en occupe. Dès que l'état change, je vous préviens; /meine vous l'affiche à tout moment.",
    "opening_hours": "Je ne connais malheureusement pas les horaires d'ouverture. Vous les trouvez sur www.stadt-zuerich.ch (cherchez-y le service ou l'installation). Si vous souhaitez signaler quelque chose, écrivez-le-moi simplement.",
    "collection_dates": "Je ne connais malheureusement pas les dates de ramassage. Vous les trouvez dans le calendrier de collecte d'Entsorgung + Recycling Zürich: www.stadt-zuerich.ch/entsorgungskalender. Si quelque chose n'a pas été ramassé, écrivez-le-moi simplement.",
    "drop_off": "Où déposer les encombrants, les vieux appareils et les autres déchets (centres de recyclage, points de collecte): vous le trouvez dans les informations sur l'élimination d'Entsorgung + Recycling Zürich sur www.stadt-zuerich.ch. Si des déchets traînent quelque part ou qu'une poubelle est pleine, écrivez-le-moi simplement.",
    "answer_again_remark": "État de {reference}: {status}. Remarque de la ville: {remark}",
    "answer_again_none": "Je n'ai pas encore de réponse de la ville à vos demandes. Dès qu'il y en a une, vous la recevez ici; /meine montre l'état.",
    "danger_followed": "Signalez-le aussi à la police municipale (Stadtpolizei; en cas d'urgence 117). Ce chat n'alerte personne.",
    "elsewhere_tenancy": "La Ville ne peut pas régler une affaire avec un propriétaire ou une gérance privés. L'association des locataires (Mieterinnen- und Mieterverband) vous conseille; en cas de litige, l'autorité de conciliation en matière de bail (Schlichtungsbehörde) est compétente. S'il s'agit d'un logement de la Ville, réécrivez-moi en le précisant.",
    "elsewhere_pet": "Signalez un animal perdu ou trouvé au registre suisse des animaux (Schweizerische Tiermeldezentrale, STMZ) et aux refuges proches; la Ville ne recherche pas d'animaux. Je croise les doigts!",
    "elsewhere_lost": "Les objets perdus et trouvés vont au bureau des objets trouvés de la Ville (Fundbüro der Stadt Zürich); vous pouvez aussi y demander. Ce chat ne peut malheureusement pas aider.",
    "elsewhere_fine": "Pour contester une amende, adressez-vous au Stadtrichteramt; ce qu'il faut faire et jusqu'à quand figure sur l'amende. Ce chat ne peut malheureusement pas aider.",
    "how_long_it_takes": "Cela varie: cela dépend de la demande et du service compétent; il n'y a pas de délai fixe. Dès que l'état de votre demande change, je vous préviens; /meine vous le montre à tout moment.",
    "followup_new_hint": "Si c'est quelque chose de nouveau, décrivez-le-moi comme une nouvelle demande, p. ex. «La poubelle à l'Idaplatz est de nouveau pleine».",
    "not_emergency": "D'accord, ce n'est donc pas une urgence. Je la traite comme une demande ordinaire.",
    "not_emergency_sent": "D'accord, j'ai indiqué à la Ville que {reference} n'est pas une urgence. Elle sera traitée comme une demande ordinaire.",
    "after_emergency": "Suivez les instructions au téléphone: au 144, 117 ou 118, on vous guidera. Ce chat n'alerte personne; votre signalement est à la Ville.",
    "why_place": "Pour que le service compétent sache où regarder. Une rue et un numéro, une place ou le quartier suffisent; si vous ne savez pas, ce n'est pas grave.",
    "edit_not_taken": "Désolé, je ne peux pas reprendre les modifications d'un message déjà envoyé. Merci d'envoyer la correction dans un nouveau message.",
    "nothing_to_cancel": "Il n'y a rien en cours à annuler. Si vous avez une demande, écrivez-la-moi simplement.",
    "reference_unknown": "Je ne trouve pas de demande {reference} parmi les vôtres. Avec /meine, vous voyez toutes vos demandes et leurs numéros.",
    "after_emergency_pending": "Suivez les instructions au téléphone: au 144, 117 ou 118, on vous guidera. Ce chat n'alerte personne; votre signalement part à la Ville dans quelques minutes, même sans lieu.",
    "confirm_explained": "Je vous demande si je dois transmettre votre demande {reference} ainsi: thème {topic}, lieu {place}, à {office}. Si c'est correct, choisissez «Oui, transmettre» (ou écrivez «oui»); sinon «Changer le thème» ou «Changer le lieu».",
    "terminal_location_hint": "(partager votre position: /standort 47.3769 8.5417)",
    "addition_ask": "Est-ce que cela concerne votre demande {reference}?",
    "addition_ask_both": "Est-ce que les deux concernent votre demande {reference}?",
    "btn_addition_yes": "Oui, l'ajouter",
    "addition_forwarded": "Merci, je l'ai ajouté à {reference} et transmis à {office}.",
    "reply_ask": "Est-ce votre réponse concernant {reference}?",
    "reply_ask_again": "Encore en suspens: «{text}». Est-ce votre réponse concernant {reference}?",
    "btn_reply_yes": "Oui, l'envoyer au service",
    "btn_reply_no": "Non, nouvelle demande",
    "btn_reply_no_draft": "Non, c'est pour {reference}",
    "reply_forwarded": "Merci, j'ai transmis votre réponse à {office}.",
    "reply_aside": "Je prends le reste comme une demande à part: «{text}»",
    "reply_kept": "Merci, j'ai enregistré votre message avec {reference}. Chez {office}, personne ne le reçoit pour le moment; on ne le verra qu'en ouvrant la demande. S'il reste quelque chose à faire, écrivez-le-moi comme nouvelle demande.",
    "again_ask": "Votre demande {reference} ({topic}) est indiquée comme {status}. Dois-je transmettre ceci à {office} comme nouvelle demande au même endroit: {place}?",
    "again_ask_withdrawn": "Vous avez retiré {reference} ({topic}). Dois-je quand même la transmettre à {office}, comme nouvelle demande au même endroit: {place}?",
    "btn_again_yes": "Oui, la signaler à nouveau",
    "btn_again_no": "Non, autre chose",
    "btn_again_keep": "Non, la laisser retirée",
    "again_kept_withdrawn": "D'accord, {reference} reste retirée.",
}

# Topic names residents read.
TOPIC_NAMES: dict[str, str] = {
    "abfall": "Déchets et propreté",
    "gruen": "Espaces verts, arbres et places de jeux",
    "strasse": "Rues, trottoirs et places",
    "verkehr": "Circulation, stationnement et vélo",
    "oev": "Tram et bus",
    "beleuchtung": "Éclairage public",
    "sicherheit": "Sécurité et tapage",
    "umwelt": "Bruit, air et nuisibles",
    "bau_planung": "Construction et urbanisme",
    "wohnen": "Logement",
    "schule": "École et accueil extrascolaire",
    "sport": "Sport et piscines",
    "jugend": "Enfants et jeunes",
    "alter": "Personnes âgées",
    "soziales": "Détresse sociale",
    "integration": "Intégration",
    "kultur": "Culture",
    "quartierleben": "Vie de quartier",
}
