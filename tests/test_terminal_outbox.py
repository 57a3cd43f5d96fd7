"""The terminal shows what the outbox holds for its chat: at start and at each
message, before the replies, with buttons numbered after the replies' buttons;
maintenance notices go through the outbox too."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import col, select

from bot.dialog import Dialog, Incoming, Notice, Reply
from bot.terminal import run_chat
from store import outbox
from store.db import session_scope
from store.models import Concern, OutboxMessage, utcnow


def owe(engine: Engine, chat: str, text: str, *buttons: tuple[str, str]) -> None:
    with session_scope(engine) as s:
        outbox.enqueue(
            s, channel="terminal", chat_id=chat, kind="answer", text=text, buttons=[buttons]
        )


def rows(engine: Engine) -> list[OutboxMessage]:
    with session_scope(engine) as s:
        return list(s.exec(select(OutboxMessage).order_by(col(OutboxMessage.id))))


def test_owed_messages_show_before_the_next_reply_and_their_buttons_can_be_pressed(
    dialog: Dialog,
) -> None:
    seen: list[Incoming] = []
    handle = dialog.handle

    def recording(msg: Incoming) -> list[Reply]:
        seen.append(msg)
        return handle(msg)

    dialog.handle = recording  # type: ignore[method-assign]
    owe(dialog.engine, "t9", "Vor dem Start: Ihr Anliegen ist erledigt.")
    script = io.StringIO("Grüezi\nDie Strassenlampe flackert\n2\n")

    class Later(io.StringIO):  # a staff answer arrives while the resident types
        def __iter__(self) -> Iterator[str]:
            for n, line in enumerate(script):
                if n == 1:
                    owe(dialog.engine, "t9", "Antwort vom Amt", ("Danke", "x:thanks"))
                yield line

    out = io.StringIO()
    run_chat(dialog, Later(), out, chat_id="t9", interactive=False)
    transcript = out.getvalue()
    start = transcript.index("Vor dem Start")
    assert start < transcript.index("Grüezi")  # at start, before the start text
    answer = transcript.index("Antwort vom Amt")
    assert transcript.index("you> Die Strassenlampe") < answer < transcript.index("Wo ist das")
    assert "[1] Weiss ich nicht" in transcript  # the reply's own button keeps number 1
    assert "  [2] Danke" in transcript[answer:]  # the notice's button comes after it
    assert seen[-1].kind == "callback" and seen[-1].data == "x:thanks"
    assert [(m.status, m.text) for m in rows(dialog.engine)] == [("sent", None), ("sent", None)]


def test_maintenance_notices_go_through_the_outbox(dialog: Dialog) -> None:
    engine = dialog.engine
    run_chat(
        dialog,
        io.StringIO("Der Abfallkübel am Helvetiaplatz ist übervoll\n"),
        io.StringIO(),
        chat_id="t3",
        interactive=False,
    )
    with session_scope(engine) as s:
        for concern in s.exec(select(Concern)):
            concern.updated_at = utcnow() - timedelta(days=1)
            s.add(concern)
    maintenance = dialog.maintenance

    def with_a_telegram_notice() -> list[Notice]:
        return [*maintenance(), Notice("telegram", "4242", Reply("für Telegram"))]

    dialog.maintenance = with_a_telegram_notice  # type: ignore[method-assign]
    out = io.StringIO()
    run_chat(dialog, io.StringIO(""), out, chat_id="t3", interactive=False)
    assert "ohne Ihre Bestätigung" in out.getvalue()
    assert "für Telegram" not in out.getvalue()
    owed = {(m.channel, m.chat_id): (m.kind, m.status) for m in rows(engine)}
    assert owed == {
        ("terminal", "t3"): ("notice", "sent"),
        ("telegram", "4242"): ("notice", "pending"),  # for the running bot to send
    }
