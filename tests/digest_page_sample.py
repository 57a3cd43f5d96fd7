"""A fixed, realistic digest (Quartierkoordination Kreise 3, 4, 5, Monday
30 November 2026, covering Friday to Sunday) for the page's tests and its
screenshot, with hostile resident text among the concerns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from digest.model import (
    Cluster,
    Digest,
    Figure,
    Group,
    Item,
    KreisCount,
    Overdue,
    QuartierCount,
    TopicSeries,
    Trend,
)
from digest.zurich_map import geometry

HOSTILE = (
    "<script>window.__pwned = 1</script><b>fett</b> & <img src=x onerror=window.__pwned=2> "
    "Abfallkübelüberfüllungsbeschwerdeformularbearbeitungsrückstandsproblematikvergrösserung"
    "sgefahrenhinweisschildaufstellung 🗑️🔥 &amp; &lt;i&gt;"
)

ORDINARY = "Hundekot und Scherben auf dem Trottoir vor dem Schulhaus Aemtler, seit Tagen."

TOPICS = {
    "abfall": ("Abfall und Sauberkeit", "erz", "Entsorgung + Recycling Zürich"),
    "gruen": ("Grünflächen, Bäume und Spielplätze", "gsz", "Grün Stadt Zürich"),
    "verkehr": ("Verkehr, Parkieren und Velo", "dav", "Dienstabteilung Verkehr"),
    "sicherheit": ("Sicherheit und Ruhestörung", "stapo", "Stadtpolizei Zürich"),
    "beleuchtung": ("Beleuchtung", "ewz", "Elektrizitätswerk der Stadt Zürich"),
    "quartierleben": (
        "Quartierleben und Nachbarschaft",
        "qk_kreise_3_4_5",
        "Quartierkoordination Kreise 3, 4, 5",
    ),
}
STATUS = {
    "new": "neu",
    "forwarded": "weitergeleitet",
    "in_progress": "in Bearbeitung",
}


def item(
    n: int,
    text: str,
    topic: str,
    kreis: int | None,
    quartier: str | None,
    place: str,
    *,
    urgent: bool = False,
    status: str = "forwarded",
    hours: float = 30,
) -> Item:
    name, office, office_name = TOPICS[topic]
    return Item(
        reference=f"ZH-2026-{n:05d}",
        text=text,
        place=place,
        topic=topic,
        topic_name=name,
        kreis=kreis,
        quartier=quartier,
        office=office,
        office_name=office_name,
        status=status,
        status_label=STATUS[status],
        urgent=urgent,
        unconfirmed=False,
        arrived_at=datetime(2026, 11, 27, 6, 0, tzinfo=UTC) + timedelta(hours=hours),
    )


def sample_digest(*, hostile: bool = True) -> Digest:
    """`hostile=False`: an ordinary text instead of the injection attempt."""
    urgent = item(
        4121,
        "Beim Spielplatz Bäckeranlage liegen Spritzen im Sand, Kinder spielen dort.",
        "sicherheit",
        4,
        "Langstrasse",
        "Bäckeranlage",
        urgent=True,
        status="in_progress",
        hours=50.5,
    )
    abfall = [
        item(
            4102,
            "Abfallkübel am Helvetiaplatz übervoll, Müll liegt daneben.",
            "abfall",
            4,
            "Langstrasse",
            "Helvetiaplatz",
            hours=3,
        ),
        item(
            4108,
            "Schon wieder überfüllte Kübel beim Helvetiaplatz.",
            "abfall",
            4,
            "Langstrasse",
            "Helvetiaplatz",
            hours=9.2,
        ),
        item(
            4115,
            HOSTILE if hostile else ORDINARY,
            "abfall",
            3,
            "Sihlfeld",
            "Zypressenstrasse",
            hours=27,
        ),
        item(
            4130,
            "Sperrgut seit Tagen vor dem Haus an der Josefstrasse 120.",
            "abfall",
            5,
            "Gewerbeschule",
            "Josefstrasse 120",
            hours=55,
        ),
    ]
    gruen = [
        item(
            4111,
            "Ast hängt lose über dem Weg im Bullingerpark.",
            "gruen",
            4,
            "Hard",
            "Bullingerpark",
            hours=20,
        ),
    ]
    verkehr = [
        item(
            4104,
            "Velos blockieren das Trottoir an der Langstrasse 70.",
            "verkehr",
            4,
            "Langstrasse",
            "Langstrasse 70",
            hours=6,
        ),
        item(
            4125,
            "Ampel für Fussgänger an der Hardbrücke ist sehr kurz grün.",
            "verkehr",
            5,
            "Escher Wyss",
            "Hardbrücke",
            hours=40,
        ),
        item(
            4131,
            "Falschparker auf dem Veloweg Birmensdorferstrasse.",
            "verkehr",
            3,
            None,
            "Birmensdorferstrasse",
            status="new",
            hours=58,
        ),
    ]
    new = [urgent, *abfall, *gruen, *verkehr]
    by_topic = (
        Group("abfall", TOPICS["abfall"][0], tuple(abfall)),
        Group("verkehr", TOPICS["verkehr"][0], tuple(verkehr)),
        Group("gruen", TOPICS["gruen"][0], tuple(gruen)),
        Group("sicherheit", TOPICS["sicherheit"][0], (urgent,)),
    )
    areas: dict[str, list[Item]] = {}
    for i in new:
        areas.setdefault(f"{i.kreis}/{i.quartier or ''}", []).append(i)
    by_area = tuple(
        Group(
            key,
            f"Kreis {key.split('/')[0]}"
            + (f" – {key.split('/')[1]}" if key.split("/")[1] else " (Quartier nicht bestimmt)"),
            tuple(v),
        )
        for key, v in sorted(areas.items(), key=lambda kv: (int(kv[0].split("/")[0]), kv[0]))
    )
    unknown = (
        item(
            4119,
            "Im Quartier hat es seit einer Woche kein warmes Wasser im Gemeinschaftsraum.",
            "quartierleben",
            None,
            None,
            "Ort unbekannt",
            status="new",
            hours=25,
        ),
    )
    overdue = (
        Overdue(
            item(
                3950,
                "Laterne flackert seit Wochen an der Ankerstrasse 12.",
                "beleuchtung",
                4,
                "Werd",
                "Ankerstrasse 12",
                status="forwarded",
                hours=-300,
            ),
            date(2026, 11, 16),
            9,
        ),
    )
    weeks = tuple(date(2026, 10, 5) + timedelta(weeks=w) for w in range(8))
    topic_weeks = (
        TopicSeries("abfall", TOPICS["abfall"][0], (6, 8, 5, 9, 7, 11, 14, 18)),
        TopicSeries("verkehr", TOPICS["verkehr"][0], (4, 3, 6, 5, 4, 6, 5, 7)),
        TopicSeries("gruen", TOPICS["gruen"][0], (5, 4, 3, 2, 2, 1, 2, 3)),
        TopicSeries("sicherheit", TOPICS["sicherheit"][0], (2, 1, 3, 2, 1, 2, 2, 4)),
        TopicSeries("beleuchtung", TOPICS["beleuchtung"][0], (1, 2, 3, 4, 3, 2, 1, 0)),
        TopicSeries("quartierleben", TOPICS["quartierleben"][0], (0, 1, 0, 2, 1, 0, 1, 1)),
    )
    per_q: dict[str, int] = {}
    for i in new:
        if i.quartier:
            per_q[i.quartier] = per_q.get(i.quartier, 0) + 1
    quartier_counts = tuple(
        QuartierCount(q.name, q.kreis, per_q.get(q.name, 0)) for q in geometry().quartiere
    )
    per_k: dict[int, int] = {}
    for i in new:
        if i.kreis:
            per_k[i.kreis] = per_k.get(i.kreis, 0) + 1
    kreis_counts = tuple(KreisCount(k, per_k.get(k, 0)) for k in range(1, 13))
    return Digest(
        office="qk_kreise_3_4_5",
        office_name="Quartierkoordination Kreise 3, 4, 5",
        kind="coordination",
        kreise=(3, 4, 5),
        start=date(2026, 11, 27),
        end=date(2026, 11, 30),
        weekly=False,
        generated_at=datetime(2026, 11, 30, 6, 30, tzinfo=UTC),
        figures=(
            Figure("new", "Neue Anliegen", len(new), 5.25, True),
            Figure("urgent", "Dringend", 1, 0.5, False),
            Figure("open", "Noch offen", 23, 21.0, False),
            Figure("rerouted", "Umgeleitet", 2, 1.75, False),
        ),
        urgent=(urgent,),
        by_topic=by_topic,
        by_area=by_area,
        unknown_kreis=unknown,
        unknown_open=sum(1 for i in unknown if i.status in {"new", "forwarded", "in_progress"}),
        clusters=(
            Cluster(
                "Abfallkübel am Helvetiaplatz übervoll",
                "Helvetiaplatz",
                "abfall",
                TOPICS["abfall"][0],
                (
                    "ZH-2026-04060",
                    "ZH-2026-04077",
                    "ZH-2026-04090",
                    "ZH-2026-04102",
                    "ZH-2026-04108",
                ),
                2,
            ),
        ),
        trends=(
            Trend("topic", "abfall", TOPICS["abfall"][0], 32, 16.0),
            Trend("quartier", "Langstrasse", "Langstrasse", 21, 11.5),
        ),
        overdue=overdue,
        weeks=weeks,
        topic_weeks=topic_weeks,
        kreis_counts=kreis_counts,
        quartier_counts=quartier_counts,
    )
