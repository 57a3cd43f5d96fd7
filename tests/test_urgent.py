"""Urgent detection, table-driven: danger happening now versus everything else.

An emergency is danger that is happening now (fire, smoke, gas, someone hurt or
unconscious, violence in progress, a tree or a live cable down). Reports about
the past, risks ("könnte"), lighting faults and ordinary complaints are not.
"""

from __future__ import annotations

import pytest

from nlp.urgent import detect_urgent

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
    from nlp.urgent import _STRONG, STRONG_STEMS

    texts = [r.text for f in (TRAIN_FILE, TEST_FILE) for r in read_records(f)]
    texts += URGENT + URGENT_PLAIN + NOT_URGENT + NOT_URGENT_MORE
    for text in texts:
        low = text.lower()
        if _STRONG.search(low):
            assert any(stem in low for stem in STRONG_STEMS), text


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
