"""At the withdrawal list, "meine letzte Meldung" named the bottom line (the
oldest concern: "die letzte" counts the lines as shown, trial n, § 8). It
means the most recently filed concern (trial leftovers, item 6): that one is
asked about, and the resident is told which it is. "die letzte" alone stays
the bottom line."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.test_dialog_trial_m_lists import _three  # the same three


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de", "meine letzte Meldung"),
        ("de", "mein neustes Anliegen"),
        ("de", "die zuletzt eingereichte"),
        ("en", "my latest report"),
        ("en", "my last one"),
        ("fr", "ma dernière demande"),
        ("it", "la mia ultima segnalazione"),
    ],
)
def test_my_last_report_is_the_newest_filed(
    dialog: Dialog, engine: Engine, lang: str, said: str
) -> None:
    chat = Chat(dialog)
    _three(chat)
    chat.say("Ich möchte meine Meldung zurückziehen")
    newest = concerns(engine)[-1]
    chat.say(said)
    told = t(chat.last[0].lang or "de", "withdraw_picked_latest", reference=newest.reference)
    assert chat.last[0].text == told
    assert f"{newest.reference} (" in chat.last[1].text  # asked about, not withdrawn yet
    assert all(c.status == Status.FORWARDED for c in concerns(engine))
    chat.say("Ja")
    assert [c.status for c in concerns(engine)] == [
        Status.FORWARDED,
        Status.FORWARDED,
        Status.WITHDRAWN,
    ]


def test_the_last_alone_is_still_the_bottom_line(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    _three(chat)
    chat.say("Ich möchte meine Meldung zurückziehen")
    oldest = concerns(engine)[0]
    chat.say("die letzte")
    assert f"Soll ich Ihr Anliegen {oldest.reference} (" in chat.text
    assert t("de", "withdraw_picked_latest", reference=oldest.reference) not in chat.text
