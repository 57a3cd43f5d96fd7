"""Look-alikes for nlp.urgent.corpus_tools: the same words in an ordinary matter and
in an emergency. Smoke from a smoker or a grill against smoke from an unknown or
burning source; an office that does not answer against a person who does not.
Written for the training corpus, none of it taken from eval-real or the test files."""

from __future__ import annotations

# Smoke that is a nuisance, not a fire: neighbours smoking, a grill, cigarette smoke.
SMOKE_NUISANCE: dict[str, tuple[str, ...]] = {
    "de": (
        "Der Nachbar raucht ständig auf seinem Balkon und der Rauch zieht in unsere Wohnung",
        "Der Zigarettenrauch vom unteren Balkon zieht jeden Abend in unser Schlafzimmer",
        "Die Nachbarn grillieren jedes Wochenende und der ganze Rauch kommt zu uns rein",
        "Im Treppenhaus wird trotz Verbot geraucht, der Zigarettengestank hängt bis in den dritten Stock",
        "Vor dem Eingang rauchen immer Leute und der Rauch zieht ins Haus",
        "Der Rauch vom Holzgrill im Hinterhof kommt durchs Fenster in die Küche",
        "Wer ist zuständig, wenn der Nachbar dauernd Zigarren raucht und alles nach Rauch riecht?",
        "Die Raucher vor der Bar blasen den Rauch direkt in unsere Wohnung",
        "Kann man etwas gegen den Grillrauch vom Nachbarn machen? Wir können das Fenster nicht mehr öffnen",
        "Jemand raucht jede Nacht unter meinem Fenster, der Rauch kommt rein",
    ),
    "gsw": (
        "Min Nachbar rauchet uf em Balkon und de Rauch chunnt i mini Wohnig",
        "De Zigirauch vom undere Balkon zieht jede Abig is Schlafzimmer",
        "D Nachbare grilliered jedes Wuchenänd und de ganz Rauch chunnt zu üs ine",
        "Im Treppehuus wird trotz Verbot graucht, es stinkt nach Zigi bis in dritte Stock",
        "Vor em Iigang rauched immer Lüüt und de Rauch zieht is Huus",
        "De Rauch vom Grill im Hinderhof chunnt dur s Fänschter i d Chuchi",
        "Wer isch zueständig wänn de Nachbar dauernd Zigarre rauchet?",
        "Öpper rauchet jedi Nacht under mim Fänschter, de Rauch chunnt ine",
    ),
    "en": (
        "My neighbour smokes on the balcony and the smoke comes into my flat",
        "Cigarette smoke from the balcony below drifts into our bedroom every evening",
        "The neighbours barbecue every weekend and all the smoke comes into our place",
        "People smoke cigarettes in the stairwell although it is not allowed",
        "Smoke from the grill in the courtyard comes through the kitchen window",
        "Who do I talk to about a neighbour whose cigarette smoke comes into my flat?",
        "Someone smokes under my window every night and the smoke gets in",
    ),
    "fr": (
        "Mon voisin fume sur le balcon et la fumée entre dans mon appartement",
        "La fumée de cigarette du balcon d'en dessous entre chaque soir dans la chambre",
        "Les voisins font des grillades chaque week-end et toute la fumée vient chez nous",
        "On fume des cigarettes dans la cage d'escalier malgré l'interdiction",
        "La fumée du gril dans la cour entre par la fenêtre de la cuisine",
        "Quelqu'un fume sous ma fenêtre chaque nuit et la fumée rentre",
    ),
    "it": (
        "Il mio vicino fuma sul balcone e il fumo entra nel mio appartamento",
        "Il fumo di sigaretta dal balcone di sotto entra ogni sera in camera",
        "I vicini fanno la grigliata ogni fine settimana e tutto il fumo arriva da noi",
        "Si fumano sigarette nelle scale anche se è vietato",
        "Il fumo della griglia nel cortile entra dalla finestra della cucina",
        "Qualcuno fuma sotto la mia finestra ogni notte e il fumo entra",
    ),
}

# Smoke from an unknown or burning source coming into a flat: an emergency, the
# counterpart of SMOKE_NUISANCE (so the model learns the smoker, not the smoke, is benign).
SMOKE_DANGER: dict[str, tuple[str, ...]] = {
    "de": (
        "Rauch kommt unter der Wohnungstür der Nachbarn hervor und niemand öffnet",
        "Aus dem Keller zieht Rauch ins Treppenhaus und es riecht verbrannt",
        "Unsere Wohnung füllt sich mit Rauch und wir wissen nicht woher",
        "Schwarzer Rauch kommt aus dem Lüftungsschacht in meine Wohnung",
        "Beim Nachbarn piepst der Rauchmelder und Rauch dringt durch die Tür",
        "Der Rauch von unten wird immer dichter, wir kommen nicht mehr ins Treppenhaus",
    ),
    "gsw": (
        "Rauch chunnt under de Wohnigstür vo de Nachbare füre und niemer macht uf",
        "Us em Chäller zieht Rauch is Treppehuus und es schmöckt verbrännt",
        "Üsi Wohnig füllt sich mit Rauch und mir wüssed nöd vo wo",
        "Schwarze Rauch chunnt us em Lüftigsschacht i mini Wohnig",
        "Bim Nachbar piepst de Rauchmälder und Rauch chunnt dur d Tür",
    ),
    "en": (
        "Smoke is coming from under the neighbours' door and nobody answers",
        "Smoke is drifting up the stairwell from the basement and it smells burnt",
        "Our flat is filling with smoke and we don't know where it comes from",
        "Black smoke is pouring out of the vent into my flat",
        "The neighbour's smoke alarm is beeping and smoke is coming through the door",
    ),
    "fr": (
        "De la fumée sort sous la porte des voisins et personne n'ouvre",
        "De la fumée monte de la cave dans la cage d'escalier, ça sent le brûlé",
        "Notre appartement se remplit de fumée et on ne sait pas d'où elle vient",
        "L'alarme incendie des voisins sonne et de la fumée passe sous la porte",
    ),
    "it": (
        "Esce fumo da sotto la porta dei vicini e nessuno apre",
        "Dal cantiere sale fumo nelle scale e c'è odore di bruciato",
        "Il nostro appartamento si sta riempiendo di fumo e non sappiamo da dove viene",
        "L'allarme fumo dei vicini suona e il fumo passa sotto la porta",
    ),
}

# Offices and landlords that do not answer: "reagiert nicht" about a person is an
# emergency cue, about an office it is an ordinary complaint.
NO_ANSWER_SUBJECTS: dict[str, tuple[str, ...]] = {
    "de": (
        "Die Verwaltung",
        "Unser Vermieter",
        "Der Hauswart",
        "Die Liegenschaftenverwaltung",
        "Das Schulsekretariat",
        "Die Genossenschaft",
        "Das Quartierzentrum",
    ),
    "gsw": (
        "D Verwaltig",
        "Üse Vermieter",
        "De Huuswart",
        "D Liegeschaftsverwaltig",
        "S Schuelsekretariat",
        "D Genosseschaft",
    ),
    "en": (
        "The property manager",
        "Our landlord",
        "The caretaker",
        "The school office",
        "The housing cooperative",
    ),
    "fr": (
        "La gérance",
        "Notre propriétaire",
        "Le concierge",
        "Le secrétariat de l'école",
        "La coopérative",
    ),
    "it": (
        "L'amministrazione",
        "Il nostro padrone di casa",
        "Il custode",
        "La segreteria della scuola",
        "La cooperativa",
    ),
}
NO_ANSWER: dict[str, tuple[str, ...]] = {
    "de": (
        "reagiert nicht auf unsere Briefe",
        "reagiert seit Wochen nicht auf E-Mails",
        "antwortet nicht auf Anrufe",
        "reagiert nicht, obwohl die Heizung kalt ist",
        "meldet sich einfach nicht",
        "reagiert nicht auf meine Reklamation",
    ),
    "gsw": (
        "reagiert nöd uf üsi Briefe",
        "reagiert sit Wuche nöd uf Mails",
        "nimmt s Telefon nöd ab",
        "meldet sich eifach nöd",
        "reagiert nöd uf mini Reklamation",
    ),
    "en": (
        "does not respond to our letters",
        "hasn't answered emails for weeks",
        "never picks up the phone",
        "doesn't react to my complaint",
    ),
    "fr": (
        "ne répond pas à nos lettres",
        "ne réagit pas aux courriels depuis des semaines",
        "ne décroche jamais le téléphone",
        "ne réagit pas à ma réclamation",
    ),
    "it": (
        "non risponde alle nostre lettere",
        "non reagisce alle e-mail da settimane",
        "non risponde mai al telefono",
        "non reagisce al mio reclamo",
    ),
}
