# ruff: noqa: E501
"""Urgent detection, table-driven: danger happening now versus everything else.

An emergency is danger that is happening now (fire, smoke, gas, someone hurt or
unconscious, violence in progress, a tree or a live cable down, ...). Reports
about the past, risks ("könnte"), idioms, lighting faults, drills, siren tests,
fireworks, barbecues and ordinary complaints are not.

The tables EMERGENCIES and NOT_EMERGENCIES were written apart from the training
corpus (nlp/corpus/urgent_train.jsonl): none of their sentences is in it.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.classifier import ConcernClassifier
from nlp.urgent import DEFAULT_URGENT_MODEL, UrgentModel, detect_many, detect_urgent
from nlp.urgent.training import URGENT_TRAIN_FILE, read_urgent

URGENT = [
    # German
    "Es brennt im Keller an der Josefstrasse!",
    "Feuer im Treppenhaus, bitte sofort kommen",
    "Es brennt! Rauch kommt aus dem Fenster im 3. Stock",
    "Starker Gasgeruch im Treppenhaus",
    "Es riecht im ganzen Haus nach Gas",
    "Eine Person liegt bewusstlos auf dem Trottoir",
    "Ein Mann ist gestürzt und blutet stark am Kopf",
    "Ein Velofahrer wurde gerade angefahren und ist verletzt",
    "Vor der Bar ist gerade eine Schlägerei im Gang",
    "Ein Mann bedroht jetzt Passanten mit einem Messer",
    "Ein Kabel liegt offen auf dem Trottoir",
    "Ein Kind ist in die Limmat gefallen!",
    "Ein Mann atmet nicht mehr, er liegt neben der Tramhaltestelle",
    "Ein Baum ist gerade auf die Strasse gestürzt",
    # Swiss German
    "Es brönnt im Chäller!",
    "Füür im Treppehuus, d Füürwehr isch alarmiert",
    "Es schmöckt im ganze Huus nach Gas",
    "Da liit öpper bewusstlos am Bode",
    "Die schlönd sich grad vor em Club",
    "En Maa bedroht grad Lüüt mit emne Messer",
    "Es isch grad en Baum uf d Strass gheit",
    # English
    "The house next to the school is on fire",
    "A man is lying unconscious on the sidewalk",
    "Someone is bleeding at the tram stop",
    "I smell gas in the stairwell",
    "A fight is happening right now outside the club",
    "A man is threatening people with a knife right now",
    "A live wire is lying on the ground after the storm",
    # French
    "Il y a un incendie dans l'immeuble",
    "Une bagarre en ce moment devant le bar",
    "Un homme menace les gens avec un couteau maintenant",
    "Odeur de gaz dans la cage d'escalier",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    assert detect_urgent(text).urgent is True


NOT_URGENT = [
    # lighting, not fire
    "Die Strassenlampe brennt tagsüber",
    "Die Lampe brennt nicht",
    "Der Kandelaber brennt auch am Tag",
    "Das Licht im Treppenhaus brennt die ganze Nacht",
    "D Lampe brönnt de ganz Tag",
    "The street light is on during the day",
    "Le lampadaire est allumé toute la journée",
    # "dringend", "sofort", "Hilfe" without danger
    "Abfalleimer ist voll, bitte dringend leeren",
    "The bin is overflowing, please empty it urgently",
    "Bitte sofort den Abfall abholen!",
    "Hilfe, wie melde ich Sperrmüll an?",
    "Der Spielplatz braucht dringend neue Schaukeln",
    "Jetzt ist der Container schon wieder voll!",
    "Der Abfall stinkt, bitte sofort leeren!",
    "Kinderwagen blockiert den Lift, bitte dringend!",
    "Hilfe! Die Wohnung über uns ist seit Wochen laut",
    "Help, the ticket machine is broken",
    "Still no light in our street",
    "The bins are still full after a week",
    # fire words that are not a fire
    "Feuerwerk letzte Nacht bis 3 Uhr",
    "Das Feuerwerk an Silvester war zu laut",
    "Schon wieder Feuerwerk, jetzt um 2 Uhr nachts!",
    "Die Feuerstelle im Park ist dreckig",
    "Der Brandschutz im Schulhaus ist ungenügend",
    "Die Feuerwehrzufahrt ist zugeparkt",
    "Die Feuerwehr übt heute im Quartier",
    "Der Rauch vom Grill der Nachbarn stört",
    "Brennholz liegt seit Wochen auf dem Trottoir",
    "Fire hydrant is leaking",
    "Smoking in the playground should be banned",
    # the past
    "Letzte Woche gab es eine Schlägerei vor dem Club",
    "Vor zwei Wochen gab es hier einen Unfall",
    "Letztes Jahr hat es im Keller gebrannt",
    "Gestern Abend gab es eine Messerstecherei",
    "Last week someone was attacked in the park",
    "Vor em Club isch geschter e Schlägerei gsi",
    # risks, not events
    "Kinder könnten sich an den Scherben verletzen",
    "Unfallgefahr am Fussgängerstreifen",
    "Ich habe Angst, dass Kinder hier angefahren werden könnten",
    # ordinary complaints
    "Der Container ist seit Tagen voll",
    "Laute Musik jede Nacht im Hinterhof",
    "Graffiti an der Schulhauswand",
    "Schlagloch auf der Hohlstrasse",
    "Velo seit Wochen abgestellt",
    "Hundekot auf dem Trottoir",
    "Es het es Schlagloch i de Strass",
    "Es riecht nach Abfall im Hinterhof",
    "Il y a des déchets partout dans le parc",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_not_urgent(text: str) -> None:
    assert detect_urgent(text).urgent is False


# Plain present-tense reports: no "now" word needed.
URGENT_PLAIN = [
    "Rauch kommt aus einem Fenster im 3. Stock",
    "Aus dem Dachfenster quillt dichter Rauch",
    "Dichter Rauch im Treppenhaus",
    "Feuer im Keller an der Langstrasse",
    "Brand in der Wohnung nebenan",
    "There is a fire in the building next to the school",
    "Smoke is pouring out of a window on Langstrasse",
    "De la fumée sort d'une fenêtre au troisième étage",
    "Es qualmt us em Fänschter im zweite Stock",
    "Ein Mann ist verletzt und liegt am Boden",
    "Ein Auto hat einen Velofahrer angefahren, er liegt auf der Strasse",
    "Un homme est blessé et saigne",
    "Une personne est inconsciente sur le trottoir",
    "Ça sent le gaz dans la cage d'escalier",
    "Ein Baum ist auf die Strasse gestürzt und blockiert die Fahrbahn",
    "En Baum isch uf d Strass gheit",
    "A tree has fallen on the road and blocks the tram",
    "Un arbre est tombé sur la route",
    "Ein Stromkabel liegt nach dem Sturm offen am Boden",
    "Ein Gerüst droht umzustürzen",
    "Zwei Männer prügeln sich vor dem Coop",
    "Mann mit Messer bedroht Passanten beim HB",
    "Container in der Einfahrt brennt!",
]


@pytest.mark.parametrize("text", URGENT_PLAIN)
def test_urgent_without_a_now_word(text: str) -> None:
    assert detect_urgent(text).urgent, text


NOT_URGENT_MORE = [
    "Das Velo liegt immer noch am Boden beim Eingang",
    "Die Nachbarn grillieren jetzt schon wieder, überall Rauch!",
    "Rauch aus dem Schornstein der Fabrik riecht nach verbranntem Kunststoff",
    "Nach dem Brand in unserer Wohnung sind wir mittellos, gibt es Soforthilfe?",
    "Ein Kind hat sich am kaputten Bänkli verletzt, bitte reparieren",
    "Der Verein reagiert nicht auf unsere Mails",
    "Die Strassenlampe an der Luegislandstrasse brennt Tag und Nacht",
    "Geschter z Nacht hät im Hinterhof en Container brennt",
    "Is there any emergency financial help for families after a job loss?",
]


@pytest.mark.parametrize("text", NOT_URGENT_MORE)
def test_not_urgent_more(text: str) -> None:
    assert not detect_urgent(text).urgent, text


def test_every_strong_cue_has_a_prefilter_stem() -> None:
    """The substring prefilter must never hide a match of the strong pattern."""
    from nlp.corpus import TEST_FILE, TRAIN_FILE, read_records
    from nlp.urgent.rules import _STRONG, STRONG_STEMS

    texts = [r.text for f in (TRAIN_FILE, TEST_FILE) for r in read_records(f)]
    texts += URGENT + URGENT_PLAIN + NOT_URGENT + NOT_URGENT_MORE
    for text in texts:
        low = text.lower()
        if not any(stem in low for stem in STRONG_STEMS):  # what the prefilter skips
            assert not _STRONG.search(low), text


URGENT_NOW_MORE = [
    "Die Ampelanlage beim Bahnhof ist gerade ganz ausgefallen, die Autos fahren durcheinander!",
    "Der Papierkorb brennt, jemand hat wohl eine Zigarette reingeworfen, jetzt gerade",
    "Offene Baugrube ohne Absperrung, die Schulkinder laufen gerade vorbei!",
    "Jetzt grad: e Schlegerei vor em Kiosk!",
    "Zwei Typen versuchen gerade mit Werkzeug die Veloraumtür aufzubrechen",
    "Ein Schild liegt jetzt mitten auf der Fahrbahn, die Autos weichen aus",
]


@pytest.mark.parametrize("text", URGENT_NOW_MORE)
def test_urgent_now_more(text: str) -> None:
    assert detect_urgent(text).urgent, text


# (category, language, text): one or more per category, all five languages.
EMERGENCIES = [
    (
        "fire",
        "de",
        "Bei uns im Mehrfamilienhaus brennt ein Kinderwagen im Eingang, das Treppenhaus füllt sich",
    ),
    ("fire", "gsw", "s dach vom schopf brännt und de wind treit d funke zum huus"),
    ("fire", "en", "our garage is on fire and the flames are reaching the house"),
    ("fire", "fr", "le toit du garage est en feu"),
    ("fire", "it", "sta andando a fuoco il garage del vicino"),
    ("smoke", "de", "Aus der Wohnung im Parterre qualmt es stark, niemand öffnet"),
    ("smoke", "en", "thick smoke is coming out of the flat downstairs and nobody answers the door"),
    ("smoke", "gsw", "us de wohnig im parterre chunnt dicke rauch"),
    ("gas", "de", "Im Keller zischt es aus einem Rohr und es stinkt nach Gas"),
    ("gas", "fr", "ça sent très fort le gaz dans l'immeuble"),
    ("gas", "it", "sento un forte odore di gas in cucina"),
    (
        "explosion",
        "de",
        "Gerade eben ist bei der Tankstelle etwas explodiert, Scheiben kaputt, Leute rennen weg",
    ),
    ("explosion", "gsw", "bi de tankstell hets grad e explosion gä"),
    ("drowning", "de", "Ein Hund und sein Herrchen treiben in der Sihl, der Mann schreit um Hilfe"),
    ("drowning", "it", "una persona sta annegando nel lago vicino al molo"),
    ("drowning", "en", "a kid went under at the river pool and hasn't come up"),
    (
        "unconscious",
        "de",
        "Am Bahnhof Stadelhofen liegt ein Mann auf dem Perron und macht die Augen nicht auf",
    ),
    ("unconscious", "fr", "une femme s'est évanouie dans le bus et ne se réveille pas"),
    ("unconscious", "gsw", "de grossvatter isch eifach umgheit und git kei antwort meh"),
    (
        "fall",
        "de",
        "Unsere Nachbarin (89) liegt seit heute Morgen im Flur, sie ist gestürzt und kommt nicht mehr hoch",
    ),
    ("fall", "en", "my grandad slipped in the bathtub and can't get up, he's in a lot of pain"),
    ("fall", "it", "mia nonna è caduta in bagno e non riesce a rialzarsi"),
    ("bleeding", "de", "Ein Mann sitzt am Boden vor dem Kiosk und blutet aus einer Kopfwunde"),
    ("bleeding", "gsw", "da hockt eine am bode und blüetet am chopf"),
    ("bleeding", "fr", "un homme saigne de la tête devant le kiosque"),
    (
        "violence",
        "de",
        "Mehrere Jugendliche treten gerade auf einen Mann ein, beim Bahnhof Hardbrücke",
    ),
    ("violence", "gsw", "grad jetzt verhaued drei type eine bim kiosk"),
    ("violence", "en", "a guy is punching a woman in the street right now"),
    ("violence", "it", "un uomo sta prendendo a pugni una ragazza in strada adesso"),
    (
        "weapon",
        "de",
        "Ein Betrunkener läuft mit einem Messer durch die Langstrasse und schreit Leute an",
    ),
    ("weapon", "en", "there's a man with a gun in the supermarket"),
    ("weapon", "gsw", "en maa mit ere pistole im coop"),
    (
        "suicide",
        "de",
        "Auf der Brücke beim Letten sitzt eine Frau auf dem Geländer und will springen",
    ),
    ("suicide", "fr", "une femme assise sur le parapet du pont veut sauter"),
    ("suicide", "en", "a young man is climbing over the railing of the bridge"),
    ("tram_child", "de", "Ein Kleinkind rennt gerade auf die Tramschienen beim Bellevue"),
    ("tram_child", "gsw", "es chliises chind staht uf de tramschiine bim bellevue"),
    (
        "hot_car",
        "de",
        "Baby allein im Auto auf dem Parkplatz beim Hallenbad, Sonne knallt drauf, Fenster zu",
    ),
    ("hot_car", "en", "there is a dog locked in a car in the sun and it's collapsing"),
    ("hot_car", "it", "un bambino chiuso in una macchina al sole al parcheggio"),
    (
        "traffic_accident",
        "de",
        "Ein Auto hat ein Kind auf dem Zebrastreifen erwischt, es liegt auf der Strasse",
    ),
    ("traffic_accident", "fr", "une voiture vient de percuter un enfant sur le passage piéton"),
    ("traffic_accident", "gsw", "es auto het es chind uf em fuessgängerstreife verwütscht"),
    ("tree_down", "de", "Grosser Baum beim Schulhaus umgekippt, liegt auf einem Auto"),
    ("tree_down", "en", "a big tree came down on a parked car and the road is blocked"),
    ("live_cable", "de", "Ein Stromkabel hängt nach dem Sturm bis auf den Boden und funkt"),
    ("live_cable", "gsw", "es stromkabel lit uf em trottoir und es funket"),
    ("live_cable", "fr", "un câble électrique pend jusqu'au sol et fait des étincelles"),
    ("flood_electric", "de", "Im Keller steht das Wasser kniehoch und läuft in den Stromkasten"),
    ("flood_electric", "en", "the basement is flooding and the water is up to the electrics"),
    (
        "chemical",
        "de",
        "In der Schule riecht es stechend nach Chemikalien, mehreren Kindern ist übel",
    ),
    ("chemical", "it", "nella palestra c'è un odore chimico fortissimo e i ragazzi tossiscono"),
    (
        "dog_attack",
        "de",
        "Ein Hund ist auf ein Kleinkind losgegangen und hat es ins Gesicht gebissen",
    ),
    ("dog_attack", "gsw", "en hund isch uf es chliises chind los und het biisse"),
    ("dog_attack", "fr", "un chien vient de mordre un enfant au visage"),
    (
        "burglar",
        "de",
        "Hilfe, in der Wohnung über uns ist ein Einbrecher, wir hören ihn herumlaufen",
    ),
    ("burglar", "en", "someone is breaking into our neighbour's house right now, he's inside"),
    ("lift", "de", "Meine Mutter steckt seit einer Stunde im Lift fest und bekommt kaum noch Luft"),
    ("lift", "gsw", "mis mami steckt im lift fescht und chunnt chuum luft"),
    (
        "medical",
        "de",
        "Mein Mann ist plötzlich umgekippt, atmet nicht mehr richtig und ist ganz blass",
    ),
    ("medical", "en", "someone is having a seizure on the pavement outside the bakery"),
    ("medical", "fr", "mon père a une douleur dans la poitrine et ne peut plus respirer"),
    ("medical", "gsw", "min vater het schmerze i de bruscht und chunnt kei luft"),
    ("medical", "it", "un signore ha un attacco di cuore alla fermata del bus"),
    ("violence", "fr", "mon voisin frappe sa femme, elle crie à l'aide"),
    (
        "fire",
        "de",
        "Wo kann ich Sperrgut anmelden? Ah und im Hof brennt gerade ein Abfallcontainer",
    ),
    (
        "weapon",
        "de",
        "Kurze Frage zur Parkkarte. Ausserdem steht gerade ein Typ mit Messer vor dem Haus und droht",
    ),
    (
        "unconscious",
        "en",
        "Question about the bin days. Also there's a man lying on the pavement outside who isn't moving",
    ),
]
# Longer, indirect and third-party voices.
EMERGENCIES += [
    (
        "fire",
        "de",
        "Guten Tag, ich sehe vom Fenster aus, dass beim Kindergarten gegenüber aus dem Dach Flammen kommen. Soll ich 118 anrufen?",
    ),
    ("fire", "gsw", "hoi zäme, bim chindsgi vis-a-vis chömed flamme usem dach"),
    ("fire", "en", "hi, flames are coming out of the roof of the kindergarten across the road"),
    ("fire", "fr", "bonjour, je vois des flammes sortir du toit de la garderie en face"),
    ("fire", "it", "salve, escono fiamme dal tetto dell'asilo di fronte"),
    (
        "smoke",
        "de",
        "Im Kinderzimmer der Nachbarn piepst der Rauchmelder seit 10 Minuten und unter der Tür kommt grauer Rauch hervor",
    ),
    ("smoke", "it", "dalla porta dei vicini esce fumo grigio e l'allarme suona da dieci minuti"),
    ("gas", "gsw", "sit mer hei cho sind, schmöckts im ganze stägehuus nach gas, ganz starch"),
    ("gas", "en", "since we got home the whole staircase reeks of gas"),
    (
        "explosion",
        "de",
        "Vor zwei Minuten hat es in der Werkstatt nebenan einen riesigen Knall gegeben, jetzt brennt es dort",
    ),
    ("explosion", "it", "due minuti fa un enorme botto nell'officina accanto, ora c'è fuoco"),
    ("drowning", "gsw", "bim oberen letten isch e frau is wasser und chunnt nüm as ufer, si rüeft"),
    (
        "drowning",
        "fr",
        "au Letten une femme est dans l'eau et n'arrive plus à regagner la rive, elle appelle",
    ),
    (
        "unconscious",
        "de",
        "Vor dem Eingang der Migros liegt ein älterer Herr auf dem Rücken, die Augen zu, er reagiert nicht wenn man ihn anspricht",
    ),
    (
        "unconscious",
        "it",
        "davanti alla Migros c'è un signore anziano sdraiato con gli occhi chiusi, non reagisce",
    ),
    (
        "fall",
        "gsw",
        "mini nachbarin, 92, isch im badzimmer umgheit, ich ghöre si rüefe aber d tür isch zue",
    ),
    (
        "fall",
        "de",
        "Ich höre meine 92-jährige Nachbarin im Bad rufen, sie ist hingefallen und die Tür ist zu",
    ),
    (
        "bleeding",
        "en",
        "a woman tripped on the tram steps and has a deep gash on her forehead, blood everywhere",
    ),
    (
        "bleeding",
        "it",
        "una signora è inciampata sui gradini del tram e ha un taglio profondo in fronte, sangue dappertutto",
    ),
    (
        "violence",
        "de",
        "Unter meinem Fenster schlagen zwei Männer auf einen dritten ein, der schon am Boden liegt",
    ),
    ("violence", "fr", "sous ma fenêtre deux hommes frappent un troisième qui est déjà par terre"),
    (
        "violence",
        "gsw",
        "i de wohnig unter üs schreit es chind und es tätscht immer wieder, er schlaht es",
    ),
    ("weapon", "it", "un ragazzo ha tirato fuori un coltello durante una lite alla fermata"),
    (
        "weapon",
        "de",
        "Bei der Haltestelle hat ein Jugendlicher bei einem Streit ein Messer gezogen",
    ),
    (
        "suicide",
        "gsw",
        "uf de quaibrugg stoht en junge uf de falsche site vom gländer und luegt is wasser",
    ),
    ("suicide", "it", "sul ponte c'è un ragazzo dall'altra parte della ringhiera che guarda giù"),
    (
        "tram_child",
        "en",
        "a little boy let go of his mum's hand and is standing on the tram rails at Paradeplatz",
    ),
    ("tram_child", "it", "un bambino ha lasciato la mano della mamma ed è sui binari del tram"),
    (
        "hot_car",
        "gsw",
        "uf em parkplatz bim hallebad sitzt es chliises chind elei im auto, alli fänschter zue, es isch über 30 grad",
    ),
    (
        "hot_car",
        "fr",
        "au parking un petit enfant est seul dans la voiture, vitres fermées, il fait plus de 30 degrés",
    ),
    (
        "traffic_accident",
        "de",
        "Eben ist an der Kreuzung ein Roller mit einem Lieferwagen kollidiert, der Fahrer liegt und bewegt sich nicht",
    ),
    (
        "traffic_accident",
        "it",
        "un motorino si è scontrato con un furgone all'incrocio, il conducente è a terra e non si muove",
    ),
    (
        "tree_down",
        "gsw",
        "en riesige ascht isch grad uf d bushaltistell abekracht, det sind lüüt gsi",
    ),
    (
        "tree_down",
        "fr",
        "une énorme branche vient de s'écraser sur l'arrêt de bus, il y avait des gens",
    ),
    (
        "live_cable",
        "en",
        "after the storm a cable is hanging from the pole down to the pavement and it's buzzing",
    ),
    ("live_cable", "it", "dopo il temporale un cavo penzola dal palo fino al marciapiede e ronza"),
    ("flood_electric", "it", "in cantina l'acqua è alta e ha raggiunto le prese della corrente"),
    ("flood_electric", "gsw", "im chäller stoht s wasser hoch und het d stromverteilig erreicht"),
    (
        "chemical",
        "en",
        "after the cleaners mixed products in the school gym there's a sharp smell and several kids are coughing and feel sick",
    ),
    (
        "chemical",
        "gsw",
        "im turnhalle schmöckts stechend nach putzmittel und e paar chind müend hueste und sind bleich",
    ),
    (
        "dog_attack",
        "it",
        "un cane senza guinzaglio ha aggredito un bambino al parco e lo ha morso alla gamba",
    ),
    (
        "dog_attack",
        "de",
        "Ein Hund ohne Leine hat im Park ein Kind angesprungen und ins Bein gebissen",
    ),
    (
        "burglar",
        "fr",
        "j'entends quelqu'un fouiller dans l'appartement du dessous alors que les voisins sont en vacances",
    ),
    (
        "burglar",
        "gsw",
        "ich ghör öpper i de wohnig unter üs umenuusche und d nachbere sind i de ferie",
    ),
    (
        "lift",
        "en",
        "my elderly neighbour is trapped in the lift between floors and says her chest hurts",
    ),
    (
        "lift",
        "it",
        "la mia vicina anziana è bloccata in ascensore tra due piani e dice che le fa male il petto",
    ),
    (
        "medical",
        "de",
        "Mein Kollege ist beim Fussball plötzlich zusammengesackt und atmet nur noch stossweise",
    ),
    ("medical", "fr", "mon collègue s'est écroulé pendant le foot et respire par à-coups"),
    ("medical", "gsw", "min kolleg isch bim tschutte zämegsackt und schnuufet nur no stossewiis"),
]
CATEGORIES = {
    "fire", "smoke", "gas", "explosion", "drowning", "unconscious", "fall", "bleeding",
    "violence", "weapon", "suicide", "tram_child", "hot_car", "traffic_accident", "tree_down",
    "live_cable", "flood_electric", "chemical", "dog_attack", "burglar", "lift", "medical",
}  # fmt: skip


def test_tables_cover_every_category_and_language() -> None:
    assert {c for c, _, _ in EMERGENCIES} == CATEGORIES
    assert {lang for _, lang, _ in EMERGENCIES} == {"de", "gsw", "en", "fr", "it"}


@pytest.mark.parametrize(("category", "lang", "text"), EMERGENCIES)
def test_emergency(category: str, lang: str, text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent, (category, lang, text, result)
    assert result.category is not None


def test_recall_on_examples_written_apart_from_the_corpus() -> None:
    """Guard: recall on the training-independent emergencies stays high."""
    rows = EMERGENCIES
    train = {r.text for r in read_urgent(URGENT_TRAIN_FILE)}
    assert not train & {t for _, _, t in rows}, "test sentences leaked into the corpus"
    found = sum(r.urgent for r in detect_many([t for _, _, t in rows]))
    assert found / len(rows) >= 0.95


# (negative type, language, text)
NOT_EMERGENCIES = [
    (
        "past",
        "de",
        "Vor drei Wochen brannte ein Auto in unserer Strasse, gibt es Videoüberwachung?",
    ),
    ("past", "gsw", "geschter isch bi üs e frau umgheit, drum bruuchts es gländer"),
    ("past", "en", "there was a stabbing here last year and the lighting is still bad"),
    ("past", "fr", "il y a eu un incendie l'an passé, la façade est toujours noire"),
    ("past", "it", "ieri c'è stata una rissa davanti al bar"),
    ("risk", "de", "Wenn hier kein Zebrastreifen kommt, wird noch ein Kind überfahren"),
    ("risk", "en", "that dead tree might fall on someone during the next storm"),
    ("risk", "gsw", "de schacht isch offe, da chönnt öpper drigheie"),
    ("risk", "it", "quel ramo potrebbe cadere su qualcuno"),
    ("idiom", "de", "Ich ertrinke in Rechnungen, gibt es Beratung für Schulden?"),
    ("idiom", "en", "this heat is killing me, are there cooling rooms for seniors?"),
    ("idiom", "fr", "je suis mort de rire en voyant les nouveaux bancs"),
    ("idiom", "gsw", "es brännt mer under de negel, wänn chunnt de veloweg"),
    ("lamp", "de", "Die Laterne vor Nummer 14 brennt seit Wochen den ganzen Tag"),
    ("lamp", "gsw", "d strasselampe brännt au am tag"),
    ("drill", "de", "Am Donnerstag findet eine Feuerwehrübung mit Rauch im Schulhaus statt"),
    ("drill", "en", "the fire drill at the school is tomorrow, will there be smoke?"),
    ("siren_test", "de", "Sirenentest am Mittwoch: die Sirene bei uns war kaum hörbar"),
    ("siren_test", "fr", "le test des sirènes était très faible dans notre rue"),
    ("fireworks", "de", "Böller und Raketen bis tief in die Nacht am Seeufer"),
    ("fireworks", "en", "people setting off fireworks in the park again tonight"),
    ("help_plea", "de", "Hilfe, der Robidog ist wieder übervoll"),
    ("help_plea", "en", "help, nobody picked up our recycling"),
    ("help_plea", "it", "aiuto, nessuno ha ritirato la carta"),
    ("bbq", "de", "Die Nachbarn grillieren auf dem Balkon, der Rauch kommt in unsere Wohnung"),
    ("bbq", "fr", "la fumée des grillades du voisin entre chez nous"),
    ("noise", "de", "Bauarbeiten mit Presslufthammer ab 6 Uhr morgens"),
    ("noise", "gsw", "d nachbere händ jedi nacht party bis am drü"),
    ("broken", "de", "Die Schaukel auf dem Spielplatz ist kaputt"),
    ("broken", "en", "the streetlight at the corner is flickering"),
    ("broken", "it", "la fontana del parco perde acqua"),
    ("short_reply", "de", "Danke vielmals"),
    ("short_reply", "de", "Ja, weiterleiten"),
    ("short_reply", "de", "Weiss ich nicht"),
    ("ordinary", "de", "Der Abfallkübel beim Spielplatz ist seit Tagen voll"),
    ("ordinary", "gsw", "wänn isch d grüengutabfuer bi üs im chreis 6"),
    ("ordinary", "en", "Can I get a permit for a street party in July?"),
    ("ordinary", "fr", "Il y a des graffitis sur le mur de l'école"),
    ("ordinary", "it", "Vorrei sapere come richiedere un posto in un asilo nido"),
    ("past", "de", "Letzte Woche hat es gebrannt, wer räumt den Keller auf?"),
    ("past", "de", "Gestern gab es einen Unfall an der Kreuzung"),
    ("risk", "de", "Da wird noch jemand verunfallen"),
    ("risk", "de", "Das könnte brennen"),
    ("risk", "de", "Gefährliche Kreuzung beim Schulhaus"),
    ("idiom", "de", "Es brennt mir unter den Nägeln: wann kommt der Zebrastreifen?"),
    ("idiom", "de", "Ich ertrinke in Arbeit, sorry für die späte Antwort wegen dem Fest"),
    ("idiom", "en", "This is killing me, the bar music every night"),
    ("idiom", "fr", "Mort de rire avec le nouveau panneau"),
    ("siren_test", "de", "Sirenentest heute, bei uns war nichts zu hören"),
    ("help_plea", "de", "Hilfe, mein Kübel wurde nicht geleert"),
    ("fireworks", "de", "Feuerwerk jede Nacht am Seeufer"),
]
NOT_EMERGENCIES += [
    (
        "past",
        "gsw",
        "am samschtig isch bi üs im hof e schlegerei gsi, d polizei isch cho, jetzt isch wieder ruhig",
    ),
    ("past", "gsw", "vor zwei wuche hät's bi de nachbere brännt, d wohnig isch immer no gsperrt"),
    ("past", "en", "a cyclist was hit at this crossing in spring, when will it be made safer?"),
    (
        "past",
        "de",
        "Im März wurde hier ein Kind von einem Auto erfasst, seither fordern wir eine Ampel",
    ),
    ("past", "fr", "en mars un enfant a été renversé ici, nous demandons un feu"),
    ("past", "it", "a marzo un bambino è stato investito qui, chiediamo un semaforo"),
    ("past", "de", "Der Brand im Nachbarhaus ist gelöscht, aber es stinkt immer noch nach Rauch"),
    (
        "past",
        "en",
        "the fire next door is out now but our flat still smells of smoke, who pays the cleaning?",
    ),
    ("idiom", "gsw", "de chef het mi füüret, jetzt bruuch ich hilf bi de wohnigssuechi"),
    ("idiom", "gsw", "ich bi voll im stress, es brännt a allne egge bi de arbet"),
    ("idiom", "en", "my landlord is bleeding us dry with the service charges"),
    ("idiom", "en", "the traffic on Rosengartenstrasse is a total car crash of planning"),
    ("idiom", "de", "Die Nebenkosten sind explodiert, ist das rechtens?"),
    ("idiom", "fr", "ce projet de route est une bombe à retardement"),
    ("idiom", "it", "questo traffico mi fa impazzire, ci vuole un semaforo"),
    ("idiom", "de", "Bei uns im Haus herrscht Alarmstufe Rot wegen der Kündigungen"),
    ("complaint", "gsw", "de hund vo nebedra bellt und springt jede aa am zuun"),
    ("complaint", "gsw", "d töff rased jedi nacht dur d strass, irgendwänn passiert öppis"),
    ("complaint", "en", "people keep smoking weed in the stairwell, it stinks"),
    (
        "complaint",
        "de",
        "Am Bahnhof schlafen Obdachlose, es ist kalt, gibt es eine Notschlafstelle?",
    ),
    ("complaint", "de", "Im Park liegen Scherben und Spritzen, bitte reinigen"),
    ("complaint", "fr", "les motos font du bruit toute la nuit"),
    ("complaint", "it", "i monopattini sfrecciano sul marciapiede"),
    ("lamp", "gsw", "d strasselampe bi de bushaltestell brännt dur de tag"),
    ("lamp", "en", "the lights on the football pitch are on all night"),
    ("lamp", "fr", "l'éclairage du terrain de foot reste allumé toute la nuit"),
    ("drill", "gsw", "am mittwuch isch zivilschutzüebig bim schuelhuus"),
    ("drill", "en", "the fire brigade will practise with smoke at the old factory tomorrow"),
    ("help_plea", "gsw", "hälfed mir bitte, de container isch scho wieder überfüllt"),
    ("help_plea", "en", "help!!! the recycling bins are overflowing again"),
    ("risk", "gsw", "de ascht hanget scho lang über em weg, da chönnt mal öpper verletzt werde"),
    ("risk", "en", "this footbridge is so slippery that someone will break their neck"),
    ("risk", "fr", "ce passage est tellement glissant que quelqu'un va se blesser"),
]
NOT_EMERGENCIES += [
    (
        "past",
        "gsw",
        "geschter znacht händs bi üs im quartier e auto abgfackelt, chunnt da öpper go ufruume?",
    ),
    (
        "past",
        "gsw",
        "min nachber isch am mäntig im treppehuus umgheit, jetzt isch er im spital. wer luegt zu sim hund?",
    ),
    (
        "past",
        "gsw",
        "vorletscht wuche isch es chind bim spielplatz vo de rutschbahn gheit, die isch z hoch",
    ),
    (
        "past",
        "gsw",
        "d füürwehr isch am sunntig bi üs gsi wäg emne chuchibrand, jetzt stinkts im ganze huus",
    ),
    (
        "past",
        "en",
        "on Monday my neighbour collapsed in the stairwell, he's in hospital now, who can look after his cat?",
    ),
    ("past", "en", "last night someone set a car on fire in our street, will it be towed?"),
    (
        "past",
        "de",
        "In der Nacht auf Sonntag wurde bei uns ein Auto angezündet, wann wird das Wrack abgeschleppt?",
    ),
    ("past", "fr", "dans la nuit de samedi une voiture a été incendiée dans notre rue"),
    ("past", "it", "sabato notte hanno incendiato una macchina nella nostra via"),
    ("idiom", "gsw", "das projekt isch de totali brand, alli sind begeisteret"),
    ("idiom", "gsw", "mir händ d nase gstrichä voll vom lärm, es isch zum verrückt werde"),
    ("idiom", "gsw", "bi üs i de siedlig isch füür im dach wäg de neue hushaltig"),
    ("idiom", "en", "the new bike lane is a disaster waiting to happen, a real trainwreck"),
    ("idiom", "en", "our street party was a blast, can we do it again?"),
    ("idiom", "de", "Das Quartierfest war der Hammer, echt der Knaller!"),
    ("idiom", "fr", "la fête de quartier était explosive, on recommence?"),
    ("complaint", "gsw", "d jugendliche händ wieder füürwerch abglah und alles voll abfall gmacht"),
    ("complaint", "gsw", "de nachber grilliert jede abig und de rauch chunnt is schlafzimmer"),
    ("complaint", "gsw", "d velofahrer rased uf em trottoir, mini muetter isch fascht umgheit"),
    ("complaint", "en", "dogs off the lead in the playground all the time, one jumped on my kid"),
    ("complaint", "de", "Die Mofas rasen nachts durch die Fussgängerzone, es ist lebensgefährlich"),
    (
        "complaint",
        "de",
        "Am Seeufer wird jeden Abend gekifft und getrunken, Flaschen fliegen ins Wasser",
    ),
    (
        "complaint",
        "it",
        "i cani senza guinzaglio al parco giochi, uno è saltato addosso a mio figlio",
    ),
    ("lamp", "gsw", "i de unterfüerig brännt s liecht nöd, mer gseht nüt"),
    ("broken", "gsw", "de lift isch stecke blibe aber mir sind use cho, bitte flicke"),
    (
        "broken",
        "en",
        "the lift got stuck between floors this morning, we got out, please repair it",
    ),
    (
        "broken",
        "de",
        "Der Lift ist heute Morgen stecken geblieben, wir konnten raus, bitte reparieren",
    ),
    ("broken", "fr", "l'ascenseur est resté bloqué ce matin, on a pu sortir, merci de réparer"),
    ("help_plea", "gsw", "notfall!! min chübel isch nöd gleert worde und es stinkt"),
    ("help_plea", "en", "URGENT!!! the paper collection didn't come"),
]
NOT_EMERGENCIES += [
    ("lamp", "it", "il lampione brucia giorno e notte"),
    ("lamp", "en", "the street lamp is burning all day long"),
    ("lamp", "fr", "le lampadaire brûle jour et nuit"),
]
LAMP_ON_FIRE = [
    "Il lampione è caduto e brucia, escono fiamme",
    "Der Kandelaber brennt, Flammen kommen raus",
]


@pytest.mark.parametrize("text", LAMP_ON_FIRE)
def test_a_lamp_in_flames_is_a_fire(text: str) -> None:
    assert detect_urgent(text).urgent


SHORT_REPLIES = [
    "Ja",
    "Nein",
    "Danke",
    "ok",
    "1",
    "Weiss ich nicht",
    "Ja, weiterleiten",
    "Idaplatz",
    "",
]


def test_negative_tables_cover_every_language() -> None:
    assert {lang for _, lang, _ in NOT_EMERGENCIES} == {"de", "gsw", "en", "fr", "it"}


@pytest.mark.parametrize(("kind", "lang", "text"), NOT_EMERGENCIES)
def test_not_an_emergency(kind: str, lang: str, text: str) -> None:
    assert not detect_urgent(text).urgent, (kind, lang, text)


@pytest.mark.parametrize("text", SHORT_REPLIES)
def test_dialog_replies_are_never_emergencies(text: str) -> None:
    """The bot checks every message, also "Ja" and "Danke" while confirming."""
    assert not detect_urgent(text).urgent


MIXED = [
    "Wo kann ich Sperrmüll melden? Übrigens brennt gerade ein Container im Hof",
    "Es brennt mir unter den Nägeln wegen dem Spielplatz, und übrigens: da liegt gerade ein Mann bewusstlos vor dem Haus",
    "Quick question about the bin days. By the way a man is lying unconscious outside our door",
    "La semaine passée il y a eu un accident ici. Au fait, en ce moment une voiture brûle devant l'école",
]


@pytest.mark.parametrize("text", MIXED)
def test_an_emergency_inside_an_ordinary_message(text: str) -> None:
    assert detect_urgent(text).urgent


def test_result_carries_category_and_score() -> None:
    fire = detect_urgent("Es brennt im Keller, Rauch im ganzen Treppenhaus!")
    assert fire.urgent and fire.category in {"fire", "smoke"} and 0.0 <= fire.score <= 1.0
    calm = detect_urgent("Der Abfallkübel beim Spielplatz ist voll")
    assert not calm.urgent and calm.category is None and calm.score < 0.4


def test_batch_and_single_agree() -> None:
    texts = [t for _, _, t in EMERGENCIES[:10] + NOT_EMERGENCIES[:10]] + MIXED
    assert [r.urgent for r in detect_many(texts)] == [detect_urgent(t).urgent for t in texts]


def test_shipped_model_loads_and_is_small() -> None:
    model = UrgentModel.load(DEFAULT_URGENT_MODEL)
    assert "urgent" in model.labels and set(model.labels) >= CATEGORIES
    size = sum(p.stat().st_size for p in DEFAULT_URGENT_MODEL.rglob("*") if p.is_file())
    assert size < 10_000_000
    scores = model.score_texts(["Es brennt im Keller!", "Der Kübel ist voll"])
    assert scores[0][0] > 0.5 > scores[1][0]


def test_classifier_uses_the_detector(classifier: ConcernClassifier) -> None:
    texts = ["Ein Mann bedroht gerade Leute mit einem Messer beim Helvetiaplatz",
             "Der Robidog am Idaplatz ist voll"]  # fmt: skip
    assert [classifier.classify(t).urgent for t in texts] == [True, False]


def test_corpus_has_every_category_and_language() -> None:
    rows = list(read_urgent(URGENT_TRAIN_FILE))
    for category in CATEGORIES:
        langs = {r.lang for r in rows if r.urgent and r.category == category}
        assert len([r for r in rows if r.urgent and r.category == category]) >= 40, category
        assert len(langs) >= 3, category
    kinds = {r.category for r in rows if not r.urgent}
    assert {"past", "risk", "idiom", "lamp", "drill", "siren_test", "fireworks", "help_plea",
             "bbq", "noise", "broken", "ordinary"} <= kinds  # fmt: skip


def test_every_extra_cue_and_idiom_has_a_prefilter_stem() -> None:
    """The substring prefilters must never hide a match of EXTRA_STRONG or IDIOMS."""
    from nlp.urgent.cues import EXTRA_STEMS, EXTRA_STRONG, IDIOM_STEMS, IDIOMS

    texts = [r.text.lower() for r in read_urgent(URGENT_TRAIN_FILE)]
    texts += [t.lower() for _, _, t in EMERGENCIES + NOT_EMERGENCIES] + [m.lower() for m in MIXED]
    for text in texts:
        for match in EXTRA_STRONG.finditer(text):
            assert any(stem in match.group(0) for stem in EXTRA_STEMS), match.group(0)
        for match in IDIOMS.finditer(text):
            assert any(stem in match.group(0) for stem in IDIOM_STEMS), match.group(0)


def test_evaluate_urgent_command(tmp_path: Path) -> None:
    from bot.cli import app

    data = tmp_path / "u.jsonl"
    rows = [
        {"text": "Es brennt im Keller!", "urgent": True, "category": "fire", "lang": "de"},
        {"text": "Letzte Woche hat es gebrannt", "urgent": False, "category": "past", "lang": "de"},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate-urgent", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["recall"] == 1.0 and report["false_alarm_rate"] == 0.0
    assert report["recall_per_category"]["fire"]["n"] == 1


def _typed_in_a_hurry(text: str, rng: random.Random) -> str:
    """Lower case, no punctuation, two letters dropped or swapped in longer words."""
    words = re.sub(r"[!?.,:;]+", " ", text.lower()).split()
    long_words = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(long_words, min(2, len(long_words))):
        w, k = words[i], rng.randrange(1, len(words[i]) - 1)
        words[i] = (
            w[:k] + w[k + 1 :] if rng.random() < 0.5 else w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
        )
    return " ".join(words)


def test_typos_lower_case_and_no_punctuation() -> None:
    """Guard: residents in a hurry are still understood, and calm ones are not alarmed."""
    rng = random.Random(1)
    pos = [_typed_in_a_hurry(t, rng) for _, _, t in EMERGENCIES]
    neg = [_typed_in_a_hurry(t, rng) for _, _, t in NOT_EMERGENCIES]
    recall = sum(r.urgent for r in detect_many(pos)) / len(pos)
    false_alarms = sum(r.urgent for r in detect_many(neg)) / len(neg)
    assert recall >= 0.9 and false_alarms <= 0.15, (recall, false_alarms)


# Found by trying the bot as residents: a connector ("Übrigens", "by the way", "PS"), a
# place answer with a second matter, thanks, smoke from a smoking neighbour and an animal
# in trouble were flagged as emergencies. The old corpus joined emergencies to ordinary
# concerns with connectors far more often than it joined two ordinary matters.
CONNECTOR_FALSE_ALARMS = [
    ("de", "Übrigens, der Abfallkübel am Idaplatz ist voll"),
    ("de", "Idaplatz, und übrigens liegt dort auch Sperrmüll"),
    ("de", "Übrigens, danke für die schnelle Reparatur"),
    (
        "de",
        "Mein Nachbar raucht auf dem Balkon und der Rauch kommt in meine Wohnung, Idastrasse 10",
    ),
    ("gsw", "Mis Büsi isch uf em Baum und chunnt nöd abe"),
    ("de", "Ausserdem wackelt das Geländer beim Spielplatz ein bisschen"),
    ("de", "Der Kübel ist voll. PS: wann kommt eigentlich die Kartonsammlung?"),
    ("gsw", "Ah ja, und de Brunne bim Schuelhuus lauft nöd"),
    ("gsw", "Und no öppis: merci für s neue Bänkli"),
    ("en", "By the way, the street lamp on our corner works again, thanks"),
    ("en", "Bins are full at the tram stop. Also, the bench there is wobbly"),
    ("fr", "Au fait, merci pour le nouveau banc devant l'école"),
    ("fr", "Et aussi, les feuilles bouchent la grille d'égout"),
    ("it", "A proposito, grazie per aver riparato la fontana"),
    ("it", "E poi, la siepe copre il marciapiede in via Idastrasse"),
    ("de", "Die Nachbarn grillieren am Sonntag, der Grillrauch zieht in unser Wohnzimmer"),
    ("de", "Ein Vogel sitzt im Kamin fest, wir hören ihn kratzen"),
    ("en", "A cat has been stuck on our roof since this morning"),
]


@pytest.mark.parametrize(("lang", "text"), CONNECTOR_FALSE_ALARMS)
def test_connectors_thanks_smokers_and_animals_are_no_emergency(lang: str, text: str) -> None:
    assert not detect_urgent(text).urgent, (lang, text)


MIXED_CONNECTORS = [
    "Idaplatz, und übrigens brennt dort gerade ein Auto",
    "Der Kübel ist voll. Ausserdem liegt ein Mann bewusstlos vor dem Eingang",
    "Mis Büsi isch uf em Baum. Ah ja, und im Chäller schmöckts stark nach Gas",
    "Thanks for the new bench. PS: a woman is bleeding heavily at the bus stop",
    "A proposito, c'è un incendio nel cortile adesso, escono fiamme",
]


@pytest.mark.parametrize("text", MIXED_CONNECTORS)
def test_an_emergency_after_a_connector_still_counts(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_model_does_not_read_connectors() -> None:
    from nlp.urgent.cues import model_text

    for conn in (
        "übrigens,",
        "ausserdem",
        "by the way,",
        "ps:",
        "p.s.",
        "au fait,",
        "a proposito,",
    ):
        assert model_text(f"{conn} der kübel ist voll").split() == ["der", "kübel", "ist", "voll"]
    assert model_text("tipps für gips").split() == ["tipps", "für", "gips"]


def test_corpus_has_connector_hard_negatives_in_every_language() -> None:
    rows = list(read_urgent(URGENT_TRAIN_FILE))
    for lang in ("de", "gsw", "en", "fr", "it"):
        hard = [r for r in rows if not r.urgent and r.lang == lang and r.category == "connector"]
        assert len(hard) >= 100, lang
    kinds = {r.category for r in rows if not r.urgent}
    assert {"connector", "place_answer", "thanks", "smoke_nuisance", "animal"} <= kinds
    corpus = {r.text for r in rows}
    assert not corpus & {t for _, t in CONNECTOR_FALSE_ALARMS}
    assert not corpus & set(MIXED_CONNECTORS)


# A person found dead or lifeless, a fish kill in a stream (found trying the bot).
DEAD_OR_POISONED = [
    "Ich glaube, in der Wohnung nebenan liegt seit Tagen jemand tot, es riecht komisch",
    "My neighbour is lying in the hallway and looks dead",
    "Es stinkt nach Chemie beim Bach, Fische sterben",
    "Les poissons meurent dans le ruisseau, ça sent le produit chimique",
]
NOT_DEAD_OR_POISONED = [
    "Der Baum ist tot und sollte gefällt werden",
    "Tote Fische im Teich beim Spielplatz seit letzter Woche",
    "Totholz im Park sollte weggeräumt werden",
]


@pytest.mark.parametrize("text", DEAD_OR_POISONED)
def test_dead_person_or_fish_kill(text: str) -> None:
    assert detect_urgent(text).urgent


@pytest.mark.parametrize("text", NOT_DEAD_OR_POISONED)
def test_dead_things_that_are_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


# Short lines with no word of danger that the model alone flagged (found trying the bot).
NO_DANGER_WORD = [
    "Ich bin gerade am Bullingerplatz",
    "Sehr geehrte Damen und Herren",
    "Ist da jemand?",
    "ist jemand unterwegs?",
    # 7 words: status questions the model alone took for a fire (new-user trial)
    "a che punto è la mia segnalazione?",
    "A che punto è la mia richiesta?",
]


@pytest.mark.parametrize("text", NO_DANGER_WORD)
def test_a_short_line_without_a_word_of_danger_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Mein Kind ist am Seebad Utoquai verschwunden, ich finde es nicht mehr!",
        "Unsere Tochter ist seit einer Stunde vermisst",
        "My son is missing at the lake, I can't find him",
    ],
)
def test_a_missing_child_is_an_emergency(text: str) -> None:
    assert detect_urgent(text).urgent
