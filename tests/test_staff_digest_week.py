""" "/digest woche" gives the weekly digest in the chat, as /abo wöchentlich sends it
(new-user trial i, finding 10: a coordinator got "Das Datum bitte so: /digest
JJJJ-MM-TT" and could see the week only on the command line)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from bot.dialog import Dialog
from digest import weekly_period
from store.db import session_scope
from store.models import Role
from store.repository import ZURICH
from store.staff import add_staff
from tests.chat import Chat
from tests.staff_helpers import register


def test_the_week_in_the_terminal_and_on_telegram(dialog: Dialog, engine: Engine) -> None:
    register(engine)
    with session_scope(engine) as s:
        add_staff(
            s, channel="terminal", chat_id="751", office="qk_kreise_3_4_5", role=Role.COORDINATOR
        )
    coordinator = Chat(dialog, "751", channel="terminal")
    today = datetime.now(UTC).astimezone(ZURICH).date()
    start, _end = weekly_period(today)
    for words in ("woche", "wöchentlich", f"woche {today.isoformat()}"):
        text = coordinator.say(f"/digest {words}")[0].text
        assert text.startswith("Wochenzusammenfassung"), text
        assert f"{start.day}.{start.month}.{start.year}" in text
    assert "/digest woche" in coordinator.say("/hilfe")[0].text
    assert "/digest woche" in coordinator.say("/digest gestern")[0].text
    telegram = Chat(dialog, "900")  # ERZ on Telegram: through the outbox
    assert "Wochenzusammenfassung" in telegram.say("/digest woche")[0].text
