"""No message text, chat id or secret in any log record, at any level."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.logs import FLOORS, RedactSecrets, configure
from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from tests.chat import Chat

TEXT = "Der Abfallkübel am Helvetiaplatz ist übervoll Markierwort"
CHAT_ID = "987654321"


@pytest.fixture
def restore_levels() -> Iterator[None]:
    saved = {name: logging.getLogger(name).level for name in FLOORS}
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def test_libraries_are_held_at_their_floor(restore_levels: None) -> None:
    configure("DEBUG", ["123456:SECRET-TOKEN"])
    assert not logging.getLogger("telegram.ext").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("telegram._bot").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
    assert not logging.getLogger("sqlalchemy.engine").isEnabledFor(logging.INFO)


def test_secrets_are_redacted() -> None:
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "url %s", ("https://h/bot123456:SECRET-TOKEN/x",), None
    )
    RedactSecrets(["123456:SECRET-TOKEN"]).filter(record)
    assert "SECRET" not in record.getMessage() and "[redacted]" in record.getMessage()


def test_a_whole_conversation_at_debug_logs_no_text_or_chat_id(
    engine: Engine,
    classifier: ConcernClassifier,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    restore_levels: None,
) -> None:
    configure("DEBUG")
    caplog.set_level(logging.DEBUG)
    chat = Chat(Dialog(engine=engine, classifier=classifier, settings=settings), CHAT_ID)
    chat.say("Grüezi")
    chat.say(TEXT)
    chat.say("Ja")
    chat.say("Es brennt jetzt im Keller Markierwort!")
    chat.say("Idaplatz")
    assert caplog.records  # the dialog does log (ids, labels, scores)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Markierwort", "Helvetiaplatz", "Idaplatz", "Grüezi", CHAT_ID):
        assert secret not in logged
