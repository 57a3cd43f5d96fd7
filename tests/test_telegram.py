"""The real python-telegram-bot Application end to end, against a Bot API server
emulated on 127.0.0.1 (tests/fake_telegram.py): polling, inline keyboards,
location messages, callback queries, message edits."""

from __future__ import annotations

import asyncio

from sqlalchemy import Engine
from sqlmodel import select
from telegram import Update

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from nlp.classifier import ConcernClassifier
from store.db import session_scope
from store.models import Concern, OutboxMessage, Status
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

CHAT = TG_CHAT


running = tg.polling  # the application as `quartierbot serve` runs it


def stored(engine: Engine) -> list[Concern]:
    with session_scope(engine) as s:
        return list(s.exec(select(Concern).order_by(Concern.id)))  # type: ignore[arg-type]


async def test_whole_conversation_over_telegram(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    dialog = tg_dialog
    async with running(build_application(tg_settings, dialog)):
        assert api.sent("getMe")
        api.push(tg.text(CHAT, "/start"))
        [greeting] = await api.wait_calls("sendMessage", 1)
        assert "Grüezi" in greeting.params["text"] and greeting.params["chat_id"] == CHAT

        api.push(tg.text(CHAT, "Die Strassenlampe flackert seit Tagen"))
        ask = (await api.wait_calls("sendMessage", 2))[-1]
        assert "Wo ist das genau?" in ask.params["text"]
        keyboard = ask.params["reply_markup"]["keyboard"]
        assert keyboard[0][0]["request_location"] is True

        api.push(tg.location(CHAT, 47.4114, 8.5441))
        confirm = (await api.wait_calls("sendMessage", 3))[-1]
        assert "Kreis 11" in confirm.params["text"]
        assert "Elektrizitätswerk der Stadt Zürich" in confirm.params["text"]

        api.push(
            tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten"))
        )
        [edit] = await api.wait_calls("editMessageText", 1)
        assert (
            "ZH-" in edit.params["text"]
            and edit.params["message_id"] == confirm.result["message_id"]
        )
        assert api.sent("answerCallbackQuery")

    [concern] = stored(engine)
    assert (concern.status, concern.kreis, concern.office) == (Status.FORWARDED, 11, "ewz")
    assert concern.reference in edit.params["text"]


async def test_change_topic_with_inline_keyboard(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    dialog = tg_dialog
    async with running(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, "Beim Idaplatz ist es nachts sehr laut"))
        [confirm] = await api.wait_calls("sendMessage", 1)
        api.push(tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Thema ändern")))
        [choices] = await api.wait_calls("editMessageText", 1)
        labels = [
            b["text"] for row in choices.params["reply_markup"]["inline_keyboard"] for b in row
        ]
        assert len(labels) == 18
        api.push(
            tg.callback(
                CHAT, tg.message_of(choices), tg.button_data(choices, "Lärm, Luft und Schädlinge")
            )
        )
        edits = await api.wait_calls("editMessageText", 2)
        assert "Umwelt- und Gesundheitsschutz Zürich" in edits[-1].params["text"]
    assert stored(engine)[0].topic == "umwelt"


async def test_photo_voice_and_urgent(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    dialog = tg_dialog
    async with running(build_application(tg_settings, dialog)):
        api.push(tg.voice(CHAT))
        [reply] = await api.wait_calls("sendMessage", 1)
        assert "als Text" in reply.params["text"]
        api.push(tg.photo(CHAT, "AgADphoto", "Es brennt im Container an der Josefstrasse 12!"))
        replies = await api.wait_calls("sendMessage", 3)
        assert "117" in replies[1].params["text"]  # emergency numbers first
    [concern] = stored(engine)
    assert concern.urgent and concern.photos == ["AgADphoto"]


async def test_same_update_delivered_twice_is_one_concern(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    dialog = tg_dialog
    app = build_application(tg_settings, dialog)
    async with running(app):
        data = {"update_id": 555, **tg.text(CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll")}
        await app.process_update(Update.de_json(data, app.bot))
        await app.process_update(Update.de_json(data, app.bot))
        await api.wait_calls("sendMessage", 1)
        await asyncio.sleep(0.3)  # a second reply would show now
    assert len(stored(engine)) == 1
    assert len(api.sent("sendMessage")) == 1
    with session_scope(engine) as s:  # one reply queued, sent and erased
        assert [(m.kind, m.status, m.text) for m in s.exec(select(OutboxMessage))] == [
            ("reply", "sent", None)
        ]


async def test_restart_in_the_middle_resumes(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, classifier: ConcernClassifier
) -> None:
    first = build_application(
        tg_settings, Dialog(engine=engine, classifier=classifier, settings=tg_settings)
    )
    async with running(first):
        api.push(tg.text(CHAT, "Die Strassenlampe flackert seit Tagen"))
        await api.wait_calls("sendMessage", 1)
    # A new process: a new Application and Dialog over the same store.
    second = build_application(
        tg_settings, Dialog(engine=engine, classifier=classifier, settings=tg_settings)
    )
    async with running(second):
        api.push(tg.text(CHAT, "Josefstrasse 12"))
        confirm = (await api.wait_calls("sendMessage", 2))[-1]
        assert "Kreis 5" in confirm.params["text"]
        api.push(
            tg.callback(CHAT, tg.message_of(confirm), tg.button_data(confirm, "Ja, weiterleiten"))
        )
        await api.wait_calls("editMessageText", 1)
    assert stored(engine)[0].status == Status.FORWARDED


async def test_english_resident(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    dialog = tg_dialog
    async with running(build_application(tg_settings, dialog)):
        api.push(tg.text(CHAT, "The street light near my house is broken since Monday"))
        [ask] = await api.wait_calls("sendMessage", 1)
        assert "Where exactly" in ask.params["text"]
        assert ask.params["reply_markup"]["keyboard"][0][0]["text"] == "📍 Share location"
