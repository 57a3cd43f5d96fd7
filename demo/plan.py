"""The demo month as a plan (pure: no store): which concerns residents send,
when, where, in which words, how the classifier routed them and what staff
do with them. Everything is drawn from one seeded random generator, so the
same seed and `now` give the same plan."""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from demo.life import CONFUSED, Life, Step
from demo.profile import Position, Profile, Spot
from demo.texts import FILED, Writer, place_phrase
from demo.workdays import at_local, local, previous_working_day, working_days_back
from nlp.places import DATA_DIR
from nlp.routing import RoutingTable

URGENT_SHARE = 0.012
UNKNOWN_KREIS = 0.04
MISROUTED = 0.05  # confidently wrong topic, corrected by the office that got it
TRIAGE = 0.06  # unsure topic: the coordination office sorts it out
BACK = 0.01  # a department hands it to the coordination office
UNCONFIRMED = 0.05  # the resident never confirmed: forwarded after the draft timeout
JITTER = 0.0003  # degrees (~30 m) around a shared position


@dataclass(slots=True)
class Planned:
    created_at: datetime
    text: str
    language: str
    topic: str  # as the classifier (or the resident) filed it
    confidence: float
    kreis: int | None = None
    quartier: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_text: str | None = None
    answered_at: datetime | None = None  # the place came as an answer to the bot
    urgent: bool = False
    unconfirmed: bool = False
    forwarded_at: datetime | None = None
    tag: str = "everyday"  # everyday, urgent, cluster:<spot>, trend:<spot>
    steps: list[Step] = field(default_factory=list)
    resident: int = 0


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _tagged(raw: str) -> tuple[str, str]:
    """A scenario line with its language: "gsw: D Chübel ..." -> ("gsw", "D Chübel ...")."""
    for lang in ("gsw", "en", "fr", "it"):
        if raw.startswith(lang + ": "):
            return lang, raw[len(lang) + 2 :]
    return "de", raw


def _ambiguous_streets() -> list[str]:
    with (DATA_DIR / "streets.csv").open(encoding="utf-8", newline="") as handle:
        return sorted(row["street"] for row in csv.DictReader(handle) if "|" in row["kreise"])


class Planner:
    def __init__(
        self, profile: Profile, routing: RoutingTable, *, seed: int, now: datetime, days: int
    ) -> None:
        self.p = profile
        self.routing = routing
        self.rng = random.Random(seed)
        self.now = now
        self.today = local(now).date()
        self.first = self.today - timedelta(days=days - 1)
        self.last_full = previous_working_day(self.today)
        self.writer = Writer(profile.texts, self.rng)
        self.life = Life(self.rng, now)
        self.ambiguous = _ambiguous_streets()
        shares = profile.topic_shares
        self.topics, self.topic_weights = list(shares), list(shares.values())
        keys = {v: k for k, v in profile.summary["code_keys"].items()}
        self.by_topic: dict[str, list[Position]] = {}
        for pos in profile.positions:
            for topic in profile.summary["code_topics"][keys[pos.code]]:
                self.by_topic.setdefault(topic, []).append(pos)
        self.general = [pos for pos in profile.positions if pos.code == "allgemein"]
        self.hours = list(range(24))
        self.hour_weights = [float(w) for w in profile.summary["hour_weights"]]
        self.staffed = {spec.office for spec in profile.staff}
        self._residents: dict[str, list[int]] = {}
        self._resident_count = 0

    # -- when -----------------------------------------------------------------

    def _time(self, d: date, hours: range | None = None) -> datetime:
        if hours is None:
            hour = self.rng.choices(self.hours, self.hour_weights)[0]
        else:
            hour = self.rng.choice(list(hours))
        return at_local(d, hour * 60 + self.rng.uniform(0, 59.9))

    def _days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.today - self.first).days + 1)]

    # -- who and where --------------------------------------------------------

    def _resident(self, lang: str) -> int:
        known = self._residents.setdefault(FILED[lang], [])
        if known and self.rng.random() < 0.25:
            return self.rng.choice(known)
        self._resident_count += 1
        known.append(self._resident_count)
        return self._resident_count

    def _position(self, topic: str) -> Position:
        return self.rng.choice(self.by_topic.get(topic) or self.general)

    def _placed(self, c: Planned, pos: Position, lang: str) -> str:
        """Place the concern at `pos`; the phrase for its text."""
        rng = self.rng
        c.kreis, c.quartier = pos.kreis, pos.quartier
        mode = rng.random()
        if mode < 0.55:  # named in the text
            if pos.street and rng.random() < 0.8:
                number = pos.number if rng.random() < 0.35 else ""
                return place_phrase(lang, pos.street, street=True, number=number)
            return place_phrase(lang, pos.quartier)
        if mode < 0.8:  # a shared location
            c.lat = round(pos.lat + rng.uniform(-JITTER, JITTER), 5)
            c.lon = round(pos.lon + rng.uniform(-JITTER, JITTER), 5)
            return self.writer.here(lang)
        # the answer to the bot's place question
        c.place_text = f"{pos.street} {pos.number}".strip() if pos.street else pos.quartier
        c.answered_at = c.created_at + timedelta(minutes=rng.uniform(0.5, 4))
        return self.writer.here(lang)

    def _unplaced(self, c: Planned, lang: str) -> str:
        c.place_text = self.rng.choice(self.ambiguous) if self.rng.random() < 0.5 else None
        return self.writer.vague(lang)

    # -- what -----------------------------------------------------------------

    def everyday(self, created: datetime) -> Planned:
        rng = self.rng
        lang = self.writer.language()
        if rng.random() < URGENT_SHARE:
            return self.urgent(created, lang)
        topic = rng.choices(self.topics, self.topic_weights)[0]
        lang, templates = self.writer.templates(topic, lang)  # German where none
        c = Planned(created, "", FILED[lang], topic, 0.0, resident=self._resident(lang))
        if rng.random() < UNKNOWN_KREIS:
            phrase = self._unplaced(c, lang)
        else:
            phrase = self._placed(c, self._position(topic), lang)
        c.text = self.writer.frame(self.writer.fill(rng.choice(templates), lang, phrase), lang)
        self._route_and_live(c, topic)
        return c

    def triaged(self, created: datetime, kreise: tuple[int, ...]) -> Planned:
        """A concern the classifier was unsure of, in `kreise`: the coordination
        office gives it its topic (and so its department) the same day."""
        keys = {v: k for k, v in self.p.summary["code_keys"].items()}
        pos = self.rng.choice(
            [p for p in self.p.positions if p.kreis in kreise and p.code != "allgemein"]
        )
        mapping = self.p.summary["code_topics"][keys[pos.code]]
        topic = max(mapping, key=mapping.get)
        lang, templates = self.writer.templates(topic, self.writer.language())
        c = Planned(created, "", FILED[lang], topic, 0.0, resident=self._resident(lang))
        phrase = self._placed(c, pos, lang)
        c.text = self.writer.frame(self.writer.fill(self.rng.choice(templates), lang, phrase), lang)
        self._route_and_live(c, topic, triaged=True)
        return c

    def urgent(self, created: datetime, lang: str) -> Planned:
        c = Planned(created, "", FILED[lang], "", 0.0, urgent=True, tag="urgent")
        c.resident = self._resident(lang)
        topic, template, used = self.writer.urgent_template(lang)
        pos = self._position(topic)
        c.kreis, c.quartier = pos.kreis, pos.quartier
        name = pos.street or pos.quartier
        c.text = self.writer.fill(template, used, place_phrase(used, name, street=bool(pos.street)))
        c.language = FILED[used]
        self._route_and_live(c, topic)
        return c

    def spot(
        self, spot: Spot, created: datetime, pos: Position | None, line: str | None = None
    ) -> Planned:
        lang, rest = _tagged(line or self.rng.choice(spot.texts))
        c = Planned(created, "", FILED[lang], spot.topic, 0.0, resident=self._resident(lang))
        if pos is None:  # a cluster: at the spot, the position shared
            assert spot.qnr is not None and spot.lat is not None and spot.lon is not None
            c.kreis, c.quartier = self.p.quartier(spot.qnr)
            c.lat = round(spot.lat + self.rng.uniform(-JITTER, JITTER), 5)
            c.lon = round(spot.lon + self.rng.uniform(-JITTER, JITTER), 5)
            phrase = place_phrase(lang, spot.name)
            c.tag = f"cluster:{spot.name}"
        else:
            c.kreis, c.quartier = pos.kreis, pos.quartier
            named = pos.street if pos.street and self.rng.random() < 0.6 else pos.quartier
            phrase = place_phrase(lang, named, street=named == pos.street)
            c.tag = f"trend:{spot.name}"
        c.text = self.writer.fill(rest, lang, phrase)
        if pos is not None:
            c.text = self.writer.frame(c.text, lang)
        self._route_and_live(c, spot.topic, plain=True)
        return c

    def _route_and_live(
        self, c: Planned, topic: str, *, plain: bool = False, triaged: bool = False
    ) -> None:
        """The classifier's verdict, the forwarding and the staff's steps.
        `plain`: classified right; `triaged`: unsure, sorted out the same day."""
        rng = self.rng
        fix: str | None = None
        triage = back = False
        r = rng.random()
        coordination = self.routing.topics[topic].office is None
        if triaged:
            r = MISROUTED  # the triage branch
        if not plain and not c.urgent and r < MISROUTED and topic in CONFUSED:
            c.topic, c.confidence, fix = CONFUSED[topic], rng.uniform(0.3, 0.7), topic
        elif not plain and not c.urgent and r < MISROUTED + TRIAGE and not coordination:
            guess = CONFUSED.get(topic, topic)
            c.topic, c.confidence, fix, triage = guess, rng.uniform(0.06, 0.19), topic, True
        else:
            c.topic, c.confidence = topic, rng.triangular(0.35, 0.99, 0.88)
            staffed = self.routing.route(topic, 1.0, c.kreis).office in self.staffed
            back = staffed and not coordination and not c.urgent and r > 1 - BACK
        c.confidence = round(c.confidence, 3)
        start = c.answered_at or c.created_at
        if c.urgent:
            c.unconfirmed = True
            c.forwarded_at = start + timedelta(seconds=rng.uniform(5, 50))
        elif c.confidence >= 0.5 and rng.random() < UNCONFIRMED:
            c.unconfirmed = True
            c.forwarded_at = start + timedelta(minutes=120 + rng.uniform(0, 5))
        else:
            c.forwarded_at = start + timedelta(minutes=rng.uniform(0.3, 6))
        if c.forwarded_at > self.now:
            c.forwarded_at = None  # still a draft
            return
        c.steps = self.life.steps(
            c.forwarded_at,
            urgent=c.urgent,
            fix_topic=fix,
            triage=triage,
            back=back,
            fix_within=0.4 if triaged else 1.2,
        )

    # -- the month ------------------------------------------------------------

    def plan(self) -> list[Planned]:
        s = self.p.summary
        out: list[Planned] = []
        for d in self._days():
            lam = s["per_day"] * s["weekday_factors"][str(d.weekday())]
            lam *= s["month_factors"][str(d.month)]
            for _ in range(_poisson(self.rng, lam)):
                out.append(self.everyday(self._time(d)))
        if self.first <= self.last_full:  # what the digest of today shows in every office
            out.append(self.urgent(self._time(self.last_full, range(9, 17)), "de"))
            for office in sorted(self.routing.offices.values(), key=lambda o: o.code):
                if office.kreise:
                    created = self._time(self.last_full, range(7, 10))
                    out.append(self.triaged(created, office.kreise))
        for spot in self.p.clusters:
            d = working_days_back(self.last_full, spot.day)
            if d >= self.first:
                times = sorted(self._time(d, range(7, 22)) for _ in range(spot.size))
                lines = self.rng.sample(spot.texts, min(spot.size, len(spot.texts)))
                lines += [self.rng.choice(spot.texts) for _ in range(spot.size - len(lines))]
                for t, line in zip(times, lines, strict=True):
                    out.append(self.spot(spot, t, None, line))
        for spot in self.p.trends:
            local_pos = [p for p in self.p.positions if p.qnr == spot.qnr]
            for i in range(spot.days):
                d = self.today - timedelta(days=spot.days - i)
                if d < self.first:
                    continue
                for _ in range(_poisson(self.rng, spot.peak * ((i + 1) / spot.days) ** 2)):
                    out.append(self.spot(spot, self._time(d), self.rng.choice(local_pos)))
        return sorted((c for c in out if c.created_at <= self.now), key=lambda c: c.created_at)
