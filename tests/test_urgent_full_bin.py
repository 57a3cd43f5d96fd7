"""A bin so full it "explodes" is a full bin, not an explosion (new-user trial h,
finding 1): "Der Kübel explodiert bald so voll ist er, Idaplatz" and "Der Kübel am
Idaplatz explodiert gleich" raised the full alarm and forwarded an urgent concern to
the coordination office. A boiler that explodes, an explosion that happened, and a bin
that burns, bangs or smokes while it "explodes" stay alarms."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.urgent import detect_urgent
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    "text",
    [
        "Der Kübel explodiert bald so voll ist er, Idaplatz",
        "Der Kübel am Idaplatz explodiert gleich",
        "De Chübel am Idaplatz explodiert gli",
        "Der Robidog explodiert gleich",
        "Der Container explodiert gleich so voll",
        "Die Mülltonne an der Josefstrasse 12 platzt gleich",
        "Die Mülltonne überquillt",
        "Der Robidog bei der Tramhaltestelle explodiert gleich, so viele Hundesäckli",
        "The bin is about to explode",
        "La poubelle va exploser",
        "Il cestino sta per esplodere",
    ],
)
def test_a_bin_that_explodes_of_fullness_is_no_alarm(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Der Gasboiler im Keller explodiert gleich, es zischt",
        "es hat eine Explosion gegeben",
        "Explosion im Haus",
        "Der Container ist explodiert",
        "Der Container brennt und explodiert gleich",
        "Der Container explodiert gleich, es raucht",
        "Die Tonne explodiert gleich, es hat geknallt",
        "Die Gasflasche neben dem Container explodiert gleich",
        "Hilfe, der Kübel explodiert gleich!",
    ],
)
def test_an_explosion_still_is_one(text: str) -> None:
    result = detect_urgent(text)
    assert result.urgent
    assert result.category in {"explosion", "fire", "gas", "smoke"}


def test_the_full_bin_gets_the_ordinary_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Kübel explodiert bald so voll ist er, Idaplatz")
    assert "Notfall" not in chat.text
    assert "Abfall und Sauberkeit, Idaplatz (Quartier Sihlfeld, Kreis 3)" in chat.text
    [c] = concerns(engine)
    assert not c.urgent and c.status == Status.DRAFT
