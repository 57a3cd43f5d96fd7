""" "Please forward it" in English, French and Italian at each point where
forwarding words are understood (trial leftovers, item 8): the confirmation
card (forwarded), right after forwarding (it already is), the question whether
to withdraw a concern (kept). Every reply is in the resident's language. In
English it already was so; "Veuillez la transmettre", "Merci de la
transmettre" and "Potete inoltrarla" were not understood: at the card they
became a new concern, right after forwarding an addition was offered."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

OFFICE = "Entsorgung + Recycling Zürich"
CONCERN = {
    "en": "The bin at Helvetiaplatz is overflowing",
    "fr": "La poubelle au Helvetiaplatz déborde",
    "it": "Il cestino al Helvetiaplatz è stracolmo",
}
WITHDRAW = {
    "en": "I want to withdraw my report",
    "fr": "Je veux retirer ma demande",
    "it": "Voglio ritirare la mia segnalazione",
}
SAID = [
    ("en", "Please forward it"),
    ("fr", "Veuillez la transmettre"),
    ("fr", "Merci de la transmettre"),
    ("fr", "Transmettez-la s'il vous plaît"),
    ("it", "Potete inoltrarla"),
    ("it", "Per favore inoltratela"),
]


def _filed(dialog: Dialog, lang: str) -> Chat:
    chat = Chat(dialog)
    chat.say(CONCERN[lang])
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
    return chat


@pytest.mark.parametrize(("lang", "said"), SAID)
def test_at_the_card_it_is_forwarded(dialog: Dialog, engine: Engine, lang: str, said: str) -> None:
    chat = _filed(dialog, lang)
    chat.say(said)
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED
    assert chat.last[0].lang == lang
    assert concern.reference is not None and concern.reference in chat.text


@pytest.mark.parametrize(("lang", "said"), SAID)
def test_right_after_forwarding_it_already_is(
    dialog: Dialog, engine: Engine, lang: str, said: str
) -> None:
    chat = _filed(dialog, lang)
    chat.press(t(lang, "btn_confirm"))
    chat.say(said)
    [concern] = concerns(engine)
    assert chat.text == t(lang, "forwarded_already", reference=concern.reference, office=OFFICE)
    assert chat.last[0].lang == lang


@pytest.mark.parametrize(("lang", "said"), SAID)
def test_at_the_withdrawal_question_it_is_kept(
    dialog: Dialog, engine: Engine, lang: str, said: str
) -> None:
    chat = _filed(dialog, lang)
    chat.press(t(lang, "btn_confirm"))
    chat.say(WITHDRAW[lang])
    assert t(lang, "btn_withdraw_yes") in [b.label for b in chat.buttons]
    chat.say(said)
    assert chat.text == t(lang, "withdraw_kept")
    assert chat.last[0].lang == lang
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED
