"""A staff-correction scenario for measuring retraining (the closing note's figures).

Three kinds of concern the shipped model routes wrongly, written for this
scenario (never taken from ../shared/data/eval-real):

- rental bikes and e-scooters blocking a pavement, a driveway, an entrance
  -> verkehr (the corpus already says so for e-scooters; bikes go to "abfall");
- posters and flyers stuck on lamp posts, walls, switch boxes -> abfall;
- dogs off the leash in parks and playgrounds -> sicherheit (the corpus has none).

Each concern is stored, routed by the classifier and, where the classifier is
wrong (or the Kreis is missing), corrected by staff through
`store.repository.apply_routing(kind=STAFF)`, as the staff desk does. The held-out
concerns (new, differently worded ones of the same kinds) go to a JSONL file
for `quartierbot evaluate`. Then:

    .venv/bin/python bench/corrections_scenario.py --db sqlite:////tmp/scenario.sqlite3 \\
        --probe /tmp/probe.jsonl
    .venv/bin/quartierbot corrections export --db sqlite:////tmp/scenario.sqlite3 \\
        --out /tmp/corrections.jsonl
    .venv/bin/quartierbot train --output /tmp/baseline
    .venv/bin/quartierbot train --with-corrections /tmp/corrections.jsonl --output /tmp/after
    .venv/bin/quartierbot evaluate --model /tmp/after --baseline-model /tmp/baseline \\
        --data nlp/corpus/test.jsonl --data /tmp/probe.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from nlp.classifier import ConcernClassifier
from store import repository as repo
from store.db import make_engine, session_scope, upgrade
from store.models import EventKind

# (text, the staff decision: topic, and the Kreis where staff set it)
SCENARIO: list[tuple[str, dict[str, Any]]] = [
    (
        "Die Leihvelos stapeln sich vor dem Schulhaus Hirschengraben, die Kinder müssen auf "
        "die Strasse ausweichen.",
        {"topic": "verkehr"},
    ),
    (
        "Am Bahnhof Stadelhofen liegen morgens immer umgekippte Scooter auf dem Weg zum Perron.",
        {"topic": "verkehr"},
    ),
    (
        "Die Mietscooter werden auf dem Veloweg abgestellt, gestern bin ich fast "
        "hineingefahren. Erreichbar unter 079 345 67 89.",
        {"topic": "verkehr"},
    ),
    (
        "Jeden Morgen stehen mehrere Sharing-Velos vor der Garageneinfahrt an der Ottostrasse.",
        {"topic": "verkehr"},
    ),
    (
        "Bei der Kirche Fluntern stehen Leihvelos auf dem schmalen Trottoir, die Leute laufen "
        "auf der Strasse.",
        {"topic": "verkehr"},
    ),
    (
        "Vor unserem Hauseingang an der Weinbergstrasse parkieren jeden Abend E-Scooter der "
        "Verleiher, meine Mutter mit Rollator kommt nicht mehr raus.",
        {"topic": "verkehr", "kreis": 6},
    ),
    ("Beim Helvetiaplatz ist jede Laterne mit Konzertplakaten zugekleistert.", {"topic": "abfall"}),
    (
        "Die Unterführung beim Bahnhof Hardbrücke ist voll mit wild angeklebten Werbeplakaten. "
        "Kontakt: anna.meier@gmx.ch",
        {"topic": "abfall"},
    ),
    (
        "Die Plakate vom letzten Festival hängen seit Wochen an den Pfosten am Limmatquai und "
        "verrotten.",
        {"topic": "abfall"},
    ),
    (
        "Die Brückenpfeiler beim Letten sind mit Werbeplakaten für Partys zugepflastert.",
        {"topic": "abfall"},
    ),
    (
        "Die Trafostation beim Schulhaus Kern ist voller alter Veranstaltungsplakate.",
        {"topic": "abfall"},
    ),
    (
        "Auf der Josefwiese lassen Leute ihre Hunde frei herumrennen, obwohl Leinenpflicht gilt.",
        {"topic": "sicherheit"},
    ),
    (
        "Ein grosser Hund ohne Leine hat auf dem Spielplatz Brunnenhof ein Kind umgerannt.",
        {"topic": "sicherheit"},
    ),
    (
        "Die Hundebesitzer beim Irchelpark halten sich nicht an die Leinenpflicht, Jogger "
        "werden angebellt.",
        {"topic": "sicherheit"},
    ),
    (
        "Am Seeufer in Wollishofen laufen ständig Hunde unangeleint zwischen den Badegästen herum.",
        {"topic": "sicherheit"},
    ),
    (
        "Im Rieterpark jagt ein freilaufender Hund die Enten, der Besitzer schaut einfach zu.",
        {"topic": "sicherheit"},
    ),
    ("Auf dem Friedhof Sihlfeld rennen Hunde ohne Leine über die Gräber.", {"topic": "sicherheit"}),
    (
        "Jeden Morgen lässt ein Mann auf dem Pausenplatz seinen Kampfhund von der Leine.",
        {"topic": "sicherheit"},
    ),
    (
        "Im Park beim Gemeinschaftszentrum Wipkingen rennen Hunde ohne Leine auf die Kinder zu.",
        {"topic": "sicherheit"},
    ),
    (
        "Im Hardaupark hat ein freilaufender Hund eine Katze gejagt, die Besitzerin hat nur "
        "gelacht.",
        {"topic": "sicherheit"},
    ),
    # Routed right: staff leave them alone (not exported).
    ("An sämtlichen Stromkästen an der Zweierstrasse kleben Partyplakate.", {"topic": "abfall"}),
    (
        "Ein Mietvelo liegt seit zwei Wochen im Gebüsch beim Spielplatz Bäckeranlage.",
        {"topic": "abfall"},
    ),
]

# New concerns of the same kinds, worded differently: measured, never trained on.
HELD_OUT: list[tuple[str, str]] = [
    ("Vor der Apotheke am Limmatplatz liegen drei Leih-Scooter auf dem Gehweg.", "verkehr"),
    (
        "Ein Sharing-Velo ist seit Tagen an den Zaun vom Kindergarten gelehnt und blockiert "
        "das Tor.",
        "verkehr",
    ),
    (
        "Die Mietvelos werden bei der Bushaltestelle einfach hingeworfen, Sehbehinderte stolpern "
        "darüber.",
        "verkehr",
    ),
    ("In unserer Einfahrt stehen dauernd E-Trottis von irgendeiner Verleihfirma.", "verkehr"),
    ("Ein Leih-E-Bike liegt umgekippt mitten auf dem Fussgängerstreifen.", "verkehr"),
    ("Die Verleihvelos blockieren den Zugang zum Lift beim Bahnhof.", "verkehr"),
    (
        "Vor dem Altersheim stehen immer Scooter auf dem Trottoir, die Bewohner können "
        "nicht durch.",
        "verkehr",
    ),
    (
        "Die Abfallkübel und Ampelmasten beim Limmatplatz sind voll mit angeklebten Eventplakaten.",
        "abfall",
    ),
    ("Jemand hat an der ganzen Brücke Werbeflyer für eine Disco aufgehängt.", "abfall"),
    (
        "An den Verteilerkästen am Albisriederplatz hängen zerrissene Veranstaltungsplakate.",
        "abfall",
    ),
    (
        "Wild plakatierte Werbung für ein Zirkusgastspiel an allen Kandelabern an der "
        "Seebahnstrasse.",
        "abfall",
    ),
    ("Die Hauswand beim Kiosk wurde über Nacht mit Konzertflyern tapeziert.", "abfall"),
    ("Alte Plakate einer Party kleben immer noch an den Tramhaltestellen.", "abfall"),
    ("Im Park beim Letten laufen Hunde frei herum, ein Kind wurde angesprungen.", "sicherheit"),
    ("Hundehalter auf dem Lindenhof lassen die Hunde trotz Leinenpflicht laufen.", "sicherheit"),
    ("Auf der Wiese im Wahlenpark rennt ein Hund ohne Leine den Velofahrern nach.", "sicherheit"),
    ("Immer wieder freilaufende Hunde auf dem Spielplatz, die Eltern haben Angst.", "sicherheit"),
    ("Die Leinenpflicht im Naturschutzgebiet wird von den Hundebesitzern ignoriert.", "sicherheit"),
    ("Am Katzensee laufen Hunde unangeleint zwischen den Picknickdecken.", "sicherheit"),
    (
        "Ein unangeleinter Hund hat meinen Kleinen im Park gebissen, der Halter ist "
        "weitergegangen.",
        "sicherheit",
    ),
    ("Morgens lässt eine Frau ihre zwei Hunde beim Schulhaus frei laufen.", "sicherheit"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="Database URL for the scenario's store.")
    parser.add_argument("--probe", type=Path, required=True, help="Held-out JSONL to write.")
    args = parser.parse_args()
    clf = ConcernClassifier.load()
    engine = make_engine(args.db)
    upgrade(engine)
    corrected = 0
    with session_scope(engine) as s:
        for i, (text, decision) in enumerate(SCENARIO):
            resident = repo.get_or_create_resident(
                s, channel="terminal", chat_id=f"scenario-{i}", user_id=None
            )
            concern = repo.create_concern(s, resident=resident, text=text)
            repo.assign_reference(s, concern=concern)
            guess = clf.classify(text)
            repo.apply_routing(
                s,
                concern=concern,
                kind=EventKind.CLASSIFIER,
                topic=guess.topic,
                confidence=guess.confidence,
                kreis=guess.kreis,
                quartier=guess.quartier,
                office=guess.office,
            )
            change = {k: v for k, v in decision.items() if getattr(concern, k) != v}
            if change:
                kreis = change.get("kreis", concern.kreis)
                topic = str(change.get("topic", concern.topic))
                office = clf.route(topic, 1.0, kreis).office
                repo.apply_routing(
                    s,
                    concern=concern,
                    kind=EventKind.STAFF,
                    actor="staff:1",
                    office=office,
                    **change,
                )
                corrected += 1
    rows = "".join(
        json.dumps({"text": t, "topic": topic}, ensure_ascii=False) + "\n" for t, topic in HELD_OUT
    )
    args.probe.write_text(rows, encoding="utf-8")
    print(
        f"{len(SCENARIO)} concerns stored, {corrected} corrected by staff; "
        f"{len(HELD_OUT)} held-out concerns in {args.probe}"
    )


if __name__ == "__main__":
    main()
