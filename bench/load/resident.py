"""What a simulated resident does next, given what the bot last said.

A resident files one concern from the corpus and reacts like a person would:
it presses "Ja, weiterleiten" when asked to confirm, picks the first topic or
its Kreis when offered a choice, answers the place question with a Quartier of
its Kreis (a house number when a street spans several Kreise), and is done
when the bot says the concern is forwarded. The bot's messages are read as
Telegram delivers them (text and reply_markup), never from the bot's insides;
only the texts in bot/texts are used to recognise "forwarded" and questions.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.texts import TEXTS

CORPUS = Path(__file__).resolve().parents[2] / "nlp" / "corpus" / "test.jsonl"

# A Quartier of each Kreis, as a resident answers "Wo ist das genau?".
QUARTIER = {
    1: "Lindenhof",
    2: "Wollishofen",
    3: "Friesenberg",
    4: "Hard",
    5: "Escher Wyss",
    6: "Oberstrass",
    7: "Witikon",
    8: "Seefeld",
    9: "Altstetten",
    10: "Höngg",
    11: "Seebach",
    12: "Hirzenbach",
}


@dataclass(frozen=True)
class Template:
    """A bot text with its placeholders as gaps: it is in a message when its
    fixed parts are, in order. (The same test as the regex A.*?B.*?C, which
    backtracked for hundreds of microseconds per message and made the bench's
    own CPU a third of the machine's.)"""

    parts: tuple[str, ...]

    @classmethod
    def of(cls, template: str) -> Template:
        return cls(tuple(p for p in re.split(r"\{[a-z_]+\}", template) if p))

    def search(self, text: str) -> bool:
        at = 0
        for part in self.parts:
            found = text.find(part, at)
            if found < 0:
                return False
            at = found + len(part)
        return True


def _patterns(*keys: str) -> list[Template]:
    return [Template.of(table[k]) for table in TEXTS.values() for k in keys if k in table]


FORWARDED = _patterns(
    "forwarded", "urgent_forwarded", "forwarded_unconfirmed", "place_unknown_go_on"
)
ASKS_HOUSE_NUMBER = _patterns("ask_place_detail")
ASKS_PLACE = _patterns(
    "ask_place",
    "ask_place_nearby",
    "ask_place_question",
    "choose_place",
    "urgent_ask_place",
    "ask_place_home",  # a social matter: the Kreis or Quartier one lives in
    "ask_place_home_again",
)
# Outside the city (the bot names where to turn), not read as a concern at all,
# an emergency whose report is with the city (the bot points to the phone), or a
# question about a concern the resident reported before (the bot gives its status),
# or a question the bot answers itself (opening hours, how long it takes, where
# to get a service).
OVER = _patterns(
    "outside_city",
    "outside_city_unnamed",
    "elsewhere_fine",
    "elsewhere_hurt_pet",
    "elsewhere_hurt_wild",
    "elsewhere_lost",
    "elsewhere_pet",
    "elsewhere_tenancy",
    "tell_more",
    "after_emergency",
    "emergency_suicide",
    "followup_new_hint",
    "opening_hours",
    "how_long_it_takes",
    "info_question",
)


@dataclass(frozen=True)
class Concern:
    text: str
    kreis: int | None


def load_concerns(path: Path = CORPUS, limit: int | None = None) -> list[Concern]:
    """The corpus's concerns (held-out split), in file order."""
    concerns = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            kreis = row.get("kreis")
            concerns.append(Concern(row["text"], int(kreis) if kreis else None))
            if limit is not None and len(concerns) >= limit:
                break
    return concerns


@dataclass(frozen=True)
class Press:
    """Press a button of the message `message` (as Telegram echoes it)."""

    message: dict[str, Any]
    data: str


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class Done:
    """The conversation is over: the concern is forwarded (or the bot named where
    to turn outside the city, or did not read a concern in the text)."""

    forwarded: bool = True


class Wait:
    """Nothing to do yet: the bot's answer is not complete."""


Step = Press | Say | Done | Wait


def _buttons(message: dict[str, Any]) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [
        str(b["callback_data"])
        for row in markup.get("inline_keyboard", [])
        for b in row
        if "callback_data" in b
    ]


def _asks_location(message: dict[str, Any]) -> bool:
    markup = message.get("reply_markup") or {}
    return any(b.get("request_location") for row in markup.get("keyboard", []) for b in row)


def _matches(patterns: list[Template], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def react(messages: list[dict[str, Any]], concern: Concern, rng: random.Random) -> Step:
    """The next step after the bot's messages since the resident's last one
    (oldest first; edits included, as the message now reads)."""
    if not messages:
        return Wait()
    last = messages[-1]
    text = str(last.get("text") or "")
    buttons = _buttons(last)
    # rn: "Nein, neues Anliegen" when asked whether the text belongs to the concern
    # just forwarded (bot.dialog.addition): the resident's next concern is a new one.
    for action in ("ok:", "pf:", "sp:", "t:", "k:", "rn:"):
        choices = [d for d in buttons if d.startswith(action)]
        if not choices:
            continue
        if action == "k:" and concern.kreis is not None:
            wanted = [d for d in choices if d.endswith(f":{concern.kreis}")]
            choices = wanted or choices
        return Press(last, choices[0])
    if _matches(ASKS_HOUSE_NUMBER, text):
        return Say(f"Nr. {rng.randint(2, 40)}")
    if _asks_location(last) or _matches(ASKS_PLACE, text):
        return Say(QUARTIER.get(concern.kreis or 0, "Oerlikon"))
    if any(_matches(FORWARDED, str(m.get("text") or "")) for m in messages):
        return Done()
    if _matches(OVER, text):
        return Done(forwarded=False)
    return Wait()
