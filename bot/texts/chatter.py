"""What residents read when a line is no concern for an office (bot/dialog/off_topic.py,
bot/dialog/info_question.py, bot/dialog/unsent.py) and when a personal matter is asked
where they live (bot/dialog/home_place.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "off_topic": "Dazu kann ich leider nichts sagen. Ich nehme Anliegen aus Ihrem Quartier auf – zum Beispiel einen vollen Kübel, eine kaputte Lampe oder Lärm – und leite sie an die zuständige Stelle der Stadt weiter.",
    "off_topic_praise": "Das freut mich! Wenn Ihnen im Quartier etwas auffällt, schreiben Sie es mir einfach in ein paar Worten – ich leite es an die zuständige Stelle weiter.",
    "languages_yes": "Ja, ich spreche Deutsch. Schreiben Sie mir Ihr Anliegen in ein paar Worten, am besten mit dem Ort.",
    "info_question": "Auskünfte zu Bewilligungen, Karten, Ausweisen und anderen Dienstleistungen der Stadt finden Sie auf www.stadt-zuerich.ch; persönlich hilft Ihnen die Quartierkoordination Ihres Kreises weiter. Ich nehme hier Anliegen zum öffentlichen Raum auf, z. B. einen vollen Kübel oder eine kaputte Lampe.",
    "unsent_closed": "Ihre Nachricht «{text}» habe ich nicht weitergeleitet: Ich habe darin kein Anliegen für eine Stelle der Stadt erkannt. Wenn Sie etwas melden möchten, schreiben Sie es mir einfach.",
    "ask_place_home": "Damit Ihr Anliegen beim richtigen Sozialzentrum ankommt: In welchem Kreis oder Quartier wohnen Sie? Eine Adresse braucht es nicht. Wenn Sie das nicht sagen möchten, wählen Sie «Weiss ich nicht».",
    "ask_place_home_again": "Diesen Ort kenne ich leider nicht. Schreiben Sie bitte Ihren Kreis oder Ihr Quartier, z. B. «Kreis 4» oder «Wiedikon» – oder wählen Sie «Weiss ich nicht».",
    "place_yes_hint_home": "Es genügt Ihr Kreis oder Ihr Quartier, z. B. «Kreis 4» oder «Wiedikon»; oder tippen Sie «Weiss ich nicht».",
}

EN = {
    "off_topic": "I'm afraid I can't help with that. I take concerns about your neighbourhood – an overflowing bin, a broken street lamp or noise, for example – and pass them on to the right office of the city.",
    "off_topic_praise": "Glad to hear it! If you notice something in your neighbourhood, just write it to me in a few words – I'll pass it on to the right office.",
    "languages_yes": "Yes, I speak English. Describe your concern in a few words, ideally with the place.",
    "info_question": "Information on permits, cards, passes and the city's other services is on www.stadt-zuerich.ch; in person, the neighbourhood coordination office (Quartierkoordination) of your Kreis will help. Here I take concerns about public space, e.g. an overflowing bin or a broken street lamp.",
    "unsent_closed": "I have not passed on your message “{text}”: I did not find a concern for a city office in it. If you would like to report something, just write to me.",
    "ask_place_home": "So that your concern reaches the right social centre (Sozialzentrum): which Kreis or neighbourhood do you live in? No address is needed. If you would rather not say, choose “I don't know”.",
    "ask_place_home_again": "I do not know that place. Please write your Kreis or neighbourhood, e.g. “Kreis 4” or “Wiedikon” – or choose “I don't know”.",
    "place_yes_hint_home": "Your Kreis or neighbourhood is enough, e.g. “Kreis 4” or “Wiedikon”; or tap “I don't know”.",
}

FR = {
    "off_topic": "Je ne peux malheureusement pas vous aider là-dessus. Je recueille les préoccupations de votre quartier – une poubelle pleine, un lampadaire en panne ou du bruit, par exemple – et je les transmets au service compétent de la Ville.",
    "off_topic_praise": "Ça me fait plaisir! Si vous remarquez quelque chose dans votre quartier, écrivez-le-moi en quelques mots – je le transmets au service compétent.",
    "languages_yes": "Oui, je parle français. Décrivez-moi votre préoccupation en quelques mots, de préférence avec le lieu.",
    "info_question": "Les informations sur les autorisations, cartes, abonnements et autres services de la Ville se trouvent sur www.stadt-zuerich.ch; en personne, la coordination de quartier (Quartierkoordination) de votre Kreis vous aide volontiers. Ici, je recueille les préoccupations concernant l'espace public, p. ex. une poubelle pleine ou un lampadaire en panne.",
    "unsent_closed": "Je n'ai pas transmis votre message «{text}»: je n'y ai pas trouvé de préoccupation pour un service de la Ville. Si vous souhaitez signaler quelque chose, écrivez-moi simplement.",
    "ask_place_home": "Pour que votre demande arrive au bon centre social (Sozialzentrum): dans quel Kreis ou quartier habitez-vous? Une adresse n'est pas nécessaire. Si vous préférez ne pas le dire, choisissez «Je ne sais pas».",
    "ask_place_home_again": "Je ne connais pas ce lieu. Indiquez votre Kreis ou votre quartier, p. ex. «Kreis 4» ou «Wiedikon» – ou choisissez «Je ne sais pas».",
    "place_yes_hint_home": "Votre Kreis ou votre quartier suffit, p. ex. «Kreis 4» ou «Wiedikon»; ou touchez «Je ne sais pas».",
}

IT = {
    "off_topic": "Purtroppo su questo non posso aiutarvi. Raccolgo le segnalazioni del vostro quartiere – un cestino pieno, un lampione guasto o del rumore, per esempio – e le inoltro all'ufficio competente della Città.",
    "off_topic_praise": "Mi fa piacere! Se notate qualcosa nel vostro quartiere, scrivetemelo in poche parole – lo inoltro all'ufficio competente.",
    "languages_yes": "Sì, parlo italiano. Descrivetemi la vostra segnalazione in poche parole, se possibile con il luogo.",
    "info_question": "Le informazioni su permessi, tessere, abbonamenti e altri servizi della Città si trovano su www.stadt-zuerich.ch; di persona vi aiuta il coordinamento di quartiere (Quartierkoordination) del vostro Kreis. Qui raccolgo segnalazioni sullo spazio pubblico, p. es. un cestino pieno o un lampione guasto.",
    "unsent_closed": "Non ho inoltrato il vostro messaggio «{text}»: non vi ho trovato una segnalazione per un ufficio della Città. Se volete segnalare qualcosa, scrivetemi semplicemente.",
    "ask_place_home": "Perché la vostra richiesta arrivi al centro sociale (Sozialzentrum) giusto: in quale Kreis o quartiere abitate? Non serve un indirizzo. Se preferite non dirlo, scegliete «Non lo so».",
    "ask_place_home_again": "Non conosco questo luogo. Scrivete il vostro Kreis o quartiere, p. es. «Kreis 4» o «Wiedikon» – oppure scegliete «Non lo so».",
    "place_yes_hint_home": "Basta il vostro Kreis o quartiere, p. es. «Kreis 4» o «Wiedikon»; oppure toccate «Non lo so».",
}
