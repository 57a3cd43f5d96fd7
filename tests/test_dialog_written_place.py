"""The place a concern's own text names is kept as written, like a place typed
as the answer to "Wo ist das genau?" (trial 2026-12-06 b: "Weinbergstrasse 30"
became "Quartier Unterstrass, Kreis 6" in the confirmation and on the card)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.staff.render import card
from store.db import session_scope
from store.models import Concern
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "confirmation"),
    [
        (
            "Der Abfalleimer an der Weinbergstrasse 30 ist voll",
            "Abfall und Sauberkeit, Weinbergstrasse 30 (Quartier Unterstrass, Kreis 6).",
        ),
        (
            "La poubelle à la Weinbergstrasse 30 déborde",
            "Déchets et propreté, Weinbergstrasse 30 (quartier Unterstrass, Kreis 6).",
        ),
        (
            "Il cestino in Weinbergstrasse 30 è pieno",
            "Rifiuti e pulizia, Weinbergstrasse 30 (quartiere Unterstrass, Kreis 6).",
        ),
        (
            "The bin at Weinbergstrasse 30 is full",
            "Weinbergstrasse 30 (Unterstrass area, Kreis 6)",
        ),
    ],
)
def test_the_confirmation_repeats_the_address_written_in_the_concern(
    dialog: Dialog, engine: Engine, text: str, confirmation: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert confirmation in chat.text
    [c] = concerns(engine)
    assert (c.place_text, c.kreis, c.quartier) == ("Weinbergstrasse 30", 6, "Unterstrass")


def test_the_card_and_the_same_place_button_show_the_written_address(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Der Abfalleimer an der Weinbergstrasse 30 ist voll und ausserdem "
        "brennt die Lampe an der Ecke nicht"
    )
    chat.press("Ja, weiterleiten")
    labels = [b.label for b in chat.buttons]
    same = "Gleicher Ort wie vorher: Weinbergstrasse 30 (Quartier Unterstrass, Kreis 6)"
    assert same in labels
    chat.press(same)
    assert "Weinbergstrasse 30 (Quartier Unterstrass, Kreis 6)" in chat.text
    first, second = concerns(engine)
    assert second.place_text == "Weinbergstrasse 30" and second.kreis == 6
    with session_scope(engine) as s:
        concern = s.get(Concern, first.id)
        assert concern is not None
        shown = card(s, dialog.routing, concern)
    assert "Kreis 6 · Unterstrass · Weinbergstrasse 30" in shown


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kübel voll am Idaplatz", "Idaplatz"),  # a named place: the card has it
        ("Schlagloch Badenerstrasse 120, 8004 Zürich", "Badenerstrasse 120"),
        ("Abfall im Kreis 4 überall", None),  # the area itself: nothing more to keep
        ("Lärm in Wiedikon", None),
    ],
)
def test_only_an_address_or_a_named_place_is_kept(
    dialog: Dialog, engine: Engine, text: str, kept: str | None
) -> None:
    Chat(dialog).say(text)
    [c] = concerns(engine)
    assert c.kreis is not None and c.place_text == kept


def test_another_kreis_chosen_drops_the_written_address(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfalleimer an der Weinbergstrasse 30 ist voll")
    chat.press("Ort ändern")
    chat.press("Kreis 4")
    assert "Weinbergstrasse" not in chat.text and "Kreis 4" in chat.text
    [c] = concerns(engine)
    assert (c.kreis, c.place_text) == (4, None)
