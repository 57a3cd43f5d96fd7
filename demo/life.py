"""What happens to a demo concern after it is forwarded: staff re-route it,
take it up, finish or reject it, leave notes; some residents withdraw, some
concerns lie untouched (and become overdue). Staff act in office hours on
working days (demo.workdays); urgent ones are taken at once, at any hour.
Steps after `now` have not happened yet and are dropped."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from demo.workdays import after_working

# A confident classifier error: the true topic -> the topic it was taken for.
# The wrong office always has a demo staff chat, which moves it on.
CONFUSED = {
    "abfall": "strasse",
    "strasse": "abfall",
    "gruen": "abfall",
    "verkehr": "strasse",
    "beleuchtung": "strasse",
    "oev": "verkehr",
    "umwelt": "sicherheit",
    "sicherheit": "abfall",
    "jugend": "sicherheit",
    "sport": "gruen",
}

DONE = [
    "Erledigt, danke für die Meldung.",
    "Vor Ort behoben.",
    "Der Werkhof war vor Ort, ist erledigt.",
    "Wurde repariert.",
    "Ist weitergegeben und erledigt.",
]
REJECTED = [
    "Privatgrund: bitte an die Liegenschaftsverwaltung wenden.",
    "Liegt nicht im Zuständigkeitsbereich der Stadt.",
    "Vor Ort nichts festgestellt.",
    "Ist bereits in Planung, die Arbeiten beginnen im Frühling.",
]
NOTES = [
    "Mit dem Werkhof abgesprochen, Einsatz diese Woche.",
    "Ähnliche Meldung schon letzte Woche.",
    "Bei der nächsten Begehung anschauen.",
    "Rückfrage an die Kreisequipe gestellt.",
]
MOVED = [
    "Falsch zugeordnet, bitte übernehmen.",
    "Nicht unser Bereich.",
    "Gehört thematisch zu euch.",
]
TRIAGED = ["Nach Abklärung weitergeleitet.", "Zuständigkeit geklärt."]
BACK = [
    "Nicht zuständig, bitte Zuständigkeit klären.",
    "Betrifft mehrere Ämter, bitte koordinieren.",
]


@dataclass(frozen=True, slots=True)
class Step:
    at: datetime
    kind: str  # withdraw, set_topic, to_coordination, take, done, reject, note
    arg: str | None = None  # the topic for set_topic
    remark: str | None = None


class Life:
    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now

    def _maybe(self, items: list[str], p: float = 0.7) -> str | None:
        return self.rng.choice(items) if self.rng.random() < p else None

    def steps(
        self,
        forwarded: datetime,
        *,
        urgent: bool,
        fix_topic: str | None,
        triage: bool,
        back: bool,
        fix_within: float = 1.2,
    ) -> list[Step]:
        """The staff's steps after forwarding. `fix_topic`: staff correct the
        topic within `fix_within` working days (a triage by the coordination
        office when `triage`); `back`: the department hands it to the
        coordination office."""
        rng = self.rng
        out: list[Step] = []
        at = forwarded
        if not urgent and rng.random() < 0.02:
            out.append(Step(at + timedelta(minutes=rng.uniform(10, 300)), "withdraw"))
            return self._until_now(out)
        if fix_topic is not None:
            at = after_working(at, rng.uniform(0.05, fix_within))
            remark = self._maybe(TRIAGED if triage else MOVED)
            out.append(Step(at, "set_topic", fix_topic, remark))
        elif back:
            at = after_working(at, rng.uniform(0.1, 1.5))
            out.append(Step(at, "to_coordination", None, rng.choice(BACK)))
        if urgent:
            taken = at + timedelta(minutes=rng.uniform(3, 90))
            out.append(Step(taken, "take"))
            if rng.random() < 0.85:
                done = taken + timedelta(hours=rng.uniform(1, 30))
                out.append(Step(done, "done", None, self._maybe(DONE)))
            return self._until_now(out)
        r = rng.random()
        if r < 0.05:
            return self._until_now(out)  # nobody takes it up
        if r < 0.09:
            at = after_working(at, rng.uniform(0.2, 4))
            out.append(Step(at, "reject", None, rng.choice(REJECTED)))
            return self._until_now(out)
        at = after_working(at, min(rng.expovariate(1.0), 5.0))
        out.append(Step(at, "take"))
        if rng.random() < 0.12:
            at = after_working(at, rng.uniform(0.05, 1.0))
            out.append(Step(at, "note", None, rng.choice(NOTES)))
        if rng.random() < 0.9:
            at = after_working(at, rng.uniform(0.3, 7))
            out.append(Step(at, "done", None, self._maybe(DONE, 0.5)))
        return self._until_now(out)

    def _until_now(self, steps: list[Step]) -> list[Step]:
        kept: list[Step] = []
        for step in steps:
            if step.at > self.now:
                break
            kept.append(step)
        return kept
