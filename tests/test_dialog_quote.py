"""A concern quoted back to the resident reads as a sentence (new-user trial i,
2026-12-07): after "Ausserdem" the second concern was quoted as «ist die Lampe an
der Josefstrasse 12 kaputt.». Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.intake import quote
from tests.chat import Chat
from tests.conftest import concerns


def test_the_concern_after_ausserdem_is_quoted_with_a_capital(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(
        "Der Kübel am Idaplatz ist voll. Ausserdem ist die Lampe an der Josefstrasse 12 kaputt."
    )
    chat.press("Ja, weiterleiten")
    # The cue stays with its clause (new-user trial p, finding 8): without it the part
    # read as a question («Ist die Lampe an der Josefstrasse 12 kaputt.»).
    assert (
        "Nun zu Ihrem nächsten Anliegen: «Ausserdem ist die Lampe an der Josefstrasse 12 kaputt.»"
        in [r.text for r in chat.last]
    )
    # What staff read is the resident's text as split.
    assert concerns(engine)[1].text == "Ausserdem ist die Lampe an der Josefstrasse 12 kaputt."


def test_the_concern_after_und_ausserdem_reads_as_a_statement(dialog: Dialog) -> None:
    """New-user trial p, finding 8: «Ist die Laterne davor kaputt» from "…, und
    ausserdem ist die Laterne davor kaputt"."""
    chat = Chat(dialog)
    chat.say(
        "Der Kübel an der Zurlindenstrasse 40 stinkt, und ausserdem ist die Laterne davor kaputt"
    )
    chat.press("Ja, weiterleiten")
    texts = [r.text for r in chat.last]
    assert "Nun zu Ihrem nächsten Anliegen: «Ausserdem ist die Laterne davor kaputt»" in texts


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("brennt die Lampe nicht", "Brennt die Lampe nicht"),
        ("Kübel voll", "Kübel voll"),
        ("eBike steht seit Wochen da", "eBike steht seit Wochen da"),
        ("", ""),
    ],
)
def test_quote(text: str, quoted: str) -> None:
    assert quote(text) == quoted
