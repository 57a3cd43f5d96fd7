"""When the dialog fails the resident gets a true apology in their language, and
the running bot's maintenance job queues the dialog's notices in the outbox,
which the bot's sender delivers. The real PTB application and the real dialog
against the emulated Bot API."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Button, Dialog, DialogFailure, Incoming, Notice, Reply
from bot.messages import ReplySink
from bot.settings import Settings
from bot.telegram import build_application
from bot.texts import t
from nlp.classifier import ConcernClassifier
from store.db import session_scope
from store.models import Concern, OutboxMessage
from tests import fake_telegram as tg

# Chat ids as long as Telegram's: the privacy checks below look for them in
# every log line, and a four-digit id turned up inside a scheduler's timestamp
# ("13:49:35.616195" holds 6161).
CHAT = 424242421
BLOCKED = 616161617
ENGLISH = "The waste bin at Helvetiaplatz has been overflowing for days"


@pytest.fixture
def dialog(tg_dialog: Dialog) -> Dialog:
    return tg_dialog


def texts(api: tg.FakeBotAPI) -> list[str]:
    return [str(c.params["text"]) for c in api.sent("sendMessage")]


def stored_texts(engine: Engine) -> list[str | None]:
    with session_scope(engine) as s:
        return [c.text for c in s.exec(select(Concern))]


def no_private_data_logged(caplog: pytest.LogCaptureFixture, *private: str) -> None:
    for record in caplog.records:
        message = record.getMessage()
        assert str(CHAT) not in message or "/bot" in message  # httpx logs only URLs
        for secret in private:
            assert secret not in message


async def test_classifier_failure_after_storing_says_the_message_is_kept(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    dialog: Dialog,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("model file damaged: " + ENGLISH)  # a message quoting the text

    monkeypatch.setattr(dialog.clf, "classify", broken)
    with caplog.at_level(logging.DEBUG):
        async with tg.polling(build_application(tg_settings, dialog)):
            api.push(tg.text(CHAT, ENGLISH))
            await api.wait_calls("sendMessage", 1)
    assert stored_texts(engine) == [ENGLISH]
    assert texts(api) == [t("en", "error")]
    no_private_data_logged(caplog, ENGLISH, "Helvetiaplatz")


async def test_an_emergency_gets_its_numbers_before_the_apology(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    dialog: Dialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("classifier down")

    monkeypatch.setattr(dialog.clf, "classify", broken)
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, "Es brennt im Container an der Josefstrasse 12!"))
        await api.wait_calls("sendMessage", 2)
    numbers, apology = texts(api)
    assert "118" in numbers
    assert apology == t("de", "error")  # the text was stored before classifying


async def test_store_down_keeps_the_updates_with_telegram_until_it_is_back(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    classifier: ConcernClassifier,
    tmp_path: Any,
) -> None:
    """The durable inbox cannot store the updates: they are not acknowledged (no
    getUpdates with a further offset) and nothing is answered; once the store is
    back they are handled, each in the resident's language."""
    from store.db import make_engine, upgrade

    folder = tmp_path / "not-yet"
    engine = make_engine(f"sqlite:///{folder}/quartierbot.sqlite3")
    dialog = Dialog(engine=engine, classifier=classifier, settings=tg_settings)
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, ENGLISH))
        api.push(tg.text(CHAT + 1, "Der Abfallkübel am Idaplatz ist voll"))
        await api.wait_for(lambda: len(api.offsets) == 1)
        await asyncio.sleep(1.5)  # storing is retried meanwhile
        assert api.sent("sendMessage") == []
        assert api.offsets == [None]  # nothing acknowledged
        folder.mkdir()
        upgrade(engine)  # the store is back
        await api.wait_calls("sendMessage", 2, timeout=30)
        await api.wait_for(lambda: len(api.offsets) >= 2)
    assert set(stored_texts(engine)) == {ENGLISH, "Der Abfallkübel am Idaplatz ist voll"}
    answers = {c.params["chat_id"]: c.params["text"] for c in api.sent("sendMessage")}
    assert answers[CHAT].startswith("I understood")
    assert answers[CHAT + 1].startswith("Ich habe verstanden")
    assert api.offsets[1] == 3  # both acknowledged once stored
    engine.dispose()


async def test_unexpected_errors_are_not_stored_and_in_the_residents_language(
    api: tg.FakeBotAPI, tg_settings: Settings, dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def handle(msg: Incoming, sink: ReplySink | None = None) -> list[Reply]:
        raise KeyError(msg.text)

    monkeypatch.setattr(dialog, "handle", handle)
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, ENGLISH))
        await api.wait_calls("sendMessage", 1)
        api.push(tg.location(CHAT, 47.37, 8.54))  # no text: German
        await api.wait_calls("sendMessage", 2)
    assert texts(api) == [t("en", "error_not_stored"), t("de", "error_not_stored")]


async def test_dialog_failure_decides_the_apology(
    api: tg.FakeBotAPI, tg_settings: Settings, dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures = iter([DialogFailure(stored=True, lang="en"), DialogFailure(stored=False, lang="de")])

    def handle(msg: Incoming, sink: ReplySink | None = None) -> list[Reply]:
        raise next(failures)

    monkeypatch.setattr(dialog, "handle", handle)
    async with tg.polling(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, "Der Abfallkübel am Idaplatz ist voll"))  # German text
        await api.wait_calls("sendMessage", 1)
        api.push(tg.text(CHAT, ENGLISH))
        await api.wait_calls("sendMessage", 2)
    assert texts(api) == [t("en", "error"), t("de", "error_not_stored")]


async def test_maintenance_job_queues_the_notices_and_the_outbox_sends_them(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    dialog: Dialog,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.add_chat(CHAT)
    api.block(BLOCKED)
    forwarded = Reply("Ihr Anliegen ZH-2026-000007 ist weitergeleitet.", [[Button("Ok", "ok")]])
    runs: list[int] = []

    def maintenance() -> list[Notice]:
        runs.append(1)
        if len(runs) == 1:
            raise RuntimeError("database restarting")  # the next run goes on
        if len(runs) == 2:
            return [
                Notice("telegram", str(BLOCKED), Reply("Ihr Anliegen ist weitergeleitet.")),
                Notice("telegram", str(CHAT), forwarded),
                Notice("terminal", "terminal", Reply("not for Telegram")),
            ]
        return []

    monkeypatch.setattr(dialog, "maintenance", maintenance)
    settings = tg_settings.model_copy(update={"maintenance_interval_seconds": 0.2})
    with caplog.at_level(logging.INFO):
        async with tg.polling(build_application(settings, dialog)):
            [notice] = await api.wait_calls("sendMessage", 1)
            await api.wait_for(lambda: len(runs) >= 3 and len(api.attempts("sendMessage")) >= 2)
    assert notice.params["chat_id"] == CHAT and notice.params["text"] == forwarded.text
    assert notice.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "ok"
    assert sorted(c.status for c in api.attempts("sendMessage")) == [200, 403]
    with session_scope(engine) as s:
        owed = {(m.channel, m.chat_id): m.status for m in s.exec(select(OutboxMessage))}
    assert owed == {
        ("telegram", str(CHAT)): "sent",
        ("telegram", str(BLOCKED)): "blocked",
        ("terminal", "terminal"): "pending",  # shown at the terminal's next message
    }
    assert any("maintenance failed" in r.getMessage() for r in caplog.records)
    assert any("3 notices queued" in r.getMessage() for r in caplog.records)
    no_private_data_logged(caplog, "ZH-2026-000007", str(BLOCKED))
