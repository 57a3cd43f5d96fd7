"""A stored update is handled from its JSON (bot.telegram.convert.incoming_of,
bot.telegram.app.on_stored) without building PTB's Update: the Incoming is the
one PTB's objects gave (the reference below is the conversion as it was on
them), and a button press stored unanswered is still answered."""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Engine
from sqlmodel import col, select
from telegram import Bot, Update, User

from bot.cleaning import clean_text
from bot.dialog import Dialog, Incoming
from bot.settings import Settings
from bot.telegram import build_application
from bot.telegram.convert import CHANNEL, PICTURES, incoming_of
from bot.telegram.inbox import handler
from store.db import session_scope
from store.models import OutboxMessage
from tests import fake_telegram as tg
from tests import fake_telegram_updates as updates
from tests import fuzz_strategies as fs

OWN = "Quartierbot_Test_Bot"


def reference(update: Update) -> Incoming | None:
    """to_incoming as it was, on PTB's objects (before incoming_of)."""
    query = update.callback_query
    if query is not None:
        chat = query.message.chat.id if query.message else query.from_user.id
        group = query.message is not None and query.message.chat.type != "private"
        return Incoming(
            CHANNEL,
            str(chat),
            "callback",
            user_id=str(query.from_user.id),
            data=clean_text(query.data),
            update_id=update.update_id,
            group=group,
        )
    if update.edited_message is not None:
        msg = update.edited_message
        if msg.chat.type != "private":
            return None
        text = clean_text(msg.text if msg.text is not None else msg.caption)
        if not text:
            return None
        user = str(msg.from_user.id) if msg.from_user else None
        return Incoming(
            CHANNEL, str(msg.chat.id), "edited", user_id=user, text=text, update_id=update.update_id
        )
    msg = update.message
    if msg is None:
        return None
    text, caption, uid = clean_text(msg.text), clean_text(msg.caption), update.update_id
    if msg.chat.type in {"group", "supergroup"}:
        if text is None or not text.startswith("/") or msg.from_user is None:
            return None
        _, at, addressee = text.split(maxsplit=1)[0].partition("@")
        if at and addressee.casefold() != OWN.casefold():
            return None
        user = str(msg.from_user.id)
        return Incoming(
            CHANNEL, str(msg.chat.id), "command", user_id=user, text=text, update_id=uid, group=True
        )
    if msg.chat.type != "private":
        return None
    chat_id, user_id = str(msg.chat.id), str(msg.from_user.id) if msg.from_user else None
    if text is not None:
        kind = "command" if text.startswith("/") else "text"
        code = msg.from_user.language_code if msg.from_user else None
        app = code[:2].lower() if code else None
        return Incoming(
            CHANNEL, chat_id, kind, user_id=user_id, text=text, update_id=uid, app_language=app
        )
    if msg.photo:
        photo = msg.photo[-1].file_id
        return Incoming(
            CHANNEL, chat_id, "photo", user_id=user_id, photo=photo, text=caption, update_id=uid,
            album=msg.media_group_id,
        )  # fmt: skip
    if msg.document is not None and msg.document.mime_type in PICTURES:  # trial l, finding 4
        photo = f"document:{msg.document.file_id}"
        return Incoming(
            CHANNEL, chat_id, "photo", user_id=user_id, photo=photo, text=caption, update_id=uid
        )
    if msg.location is not None:
        lat, lon = msg.location.latitude, msg.location.longitude
        return Incoming(
            CHANNEL, chat_id, "location", user_id=user_id, lat=lat, lon=lon, update_id=uid
        )
    if msg.contact is not None:  # trial l, finding 3
        own = msg.from_user is not None and msg.contact.user_id == msg.from_user.id
        phone = clean_text(msg.contact.phone_number) if own else None
        return Incoming(CHANNEL, chat_id, "contact", user_id=user_id, phone=phone, update_id=uid)
    video = msg.video or msg.video_note or msg.animation
    dropped = "video" if video else "file" if msg.document or msg.audio or msg.voice else None
    if dropped and caption and caption.strip():  # trial l, finding 4
        return Incoming(
            CHANNEL, chat_id, "text", user_id=user_id, text=caption, update_id=uid, dropped=dropped
        )
    return Incoming(CHANNEL, chat_id, "unsupported", user_id=user_id, update_id=uid)


CHAT = 123456789
GROUP = {"id": -100123, "type": "supergroup", "title": "ERZ Team"}
PRESSED = {
    "message_id": 10,
    "date": 0,
    "chat": {"id": CHAT, "type": "private", "first_name": "Anna"},
    "text": "Stimmt das?",
}


def _in(chat: dict[str, Any], **content: Any) -> dict[str, Any]:
    return {
        "message_id": 41,
        "date": 0,
        "chat": chat,
        "from": {"id": 900, "is_bot": False, "first_name": "T"},
        **content,
    }


def _with(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"update_id": 77, kind: body}


PAYLOADS = [
    updates.text(CHAT, "Der Abfallkübel am Idaplatz ist voll"),
    updates.text(CHAT, "/start"),
    updates.text(CHAT, "Steuer\x1b[31m zeichen\x00 und \ud800"),
    updates.location(CHAT, 47.3769, 8.5417),
    updates.photo(CHAT, "ph1", "Hier!"),
    updates.photo(CHAT, "ph2"),
    updates.photo(CHAT, "ph3", "Album", album="13800000000000001"),
    updates.voice(CHAT),
    updates.document(CHAT, "doc1", "Hier das Foto"),
    updates.document(CHAT, "doc2", mime_type="image/heic", file_name="IMG_1.HEIC"),
    updates.document(CHAT, "doc3", "Brief", mime_type="application/pdf", file_name="a.pdf"),
    updates.video(CHAT, "vid1", "So sieht es aus"),
    updates.video(CHAT, "vid2"),
    updates.contact(CHAT, "+41790000000", user_id=CHAT),
    updates.contact(CHAT, "+41790000001", user_id=77),
    updates.contact(CHAT, "+41790000002"),
    updates.callback(CHAT, PRESSED, "c:yes"),
    {
        "callback_query": {
            "id": "q9",
            "chat_instance": "c",
            "from": {"id": CHAT, "is_bot": False, "first_name": "A"},
            "data": "x",
        }
    },
    {
        "callback_query": {
            "id": "q8",
            "chat_instance": "c",
            "from": {"id": 900, "is_bot": False, "first_name": "T"},
            "data": "s:take:1",
            "message": {**PRESSED, "chat": GROUP},
        }
    },
    _with("message", _in(GROUP, text="/eingang")),
    _with("message", _in(GROUP, text="/eingang@quartierbot_test_bot 2")),
    _with("message", _in(GROUP, text="/eingang@other_bot")),
    _with("message", _in(GROUP, text="Hallo zusammen")),
    _with("message", _in({"id": -5, "type": "group", "title": "G"}, text="/hilfe")),
    _with("message", _in({"id": -1009, "type": "channel", "title": "C"}, text="Hallo")),
    _with("channel_post", _in({"id": -1009, "type": "channel", "title": "C"}, text="Hallo")),
    _with(
        "edited_message",
        {**_in({"id": CHAT, "type": "private"}, text="Idaplatz 10"), "edit_date": 5},
    ),
    _with(
        "edited_message", {**_in({"id": CHAT, "type": "private"}, caption="Bild"), "edit_date": 5}
    ),
    _with(
        "edited_message",
        {
            **_in({"id": CHAT, "type": "private"}, location={"latitude": 47.0, "longitude": 8.0}),
            "edit_date": 5,
        },
    ),
    _with("edited_message", {**_in(GROUP, text="/eingang"), "edit_date": 5}),
]


@functools.cache
def _ptb_bot() -> Bot:
    """The Bot that PTB's objects are read with, built once: a Bot builds two httpx
    clients, each loading the CA certificates (about 0.1 s of CPU, 90 % of an example
    of the hypothesis test below); reading an update only reads its user."""
    bot = Bot("123:test")
    bot._bot_user = User(123, "Quartierbot", True, username=OWN)
    return bot


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_the_incoming_is_what_ptbs_objects_gave(payload: dict[str, Any]) -> None:
    payload = {"update_id": 5, **payload}
    assert incoming_of(payload, OWN) == reference(Update.de_json(payload, _ptb_bot()))


async def test_a_stored_update_is_handled_without_ptbs_update(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    tg_dialog: Dialog,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = build_application(tg_settings, tg_dialog)
    await app.initialize()
    built: list[object] = []
    de_json = Update.de_json

    def counting(data: Any, bot: Any = None) -> Any:
        built.append(data)
        return de_json(data, bot)

    monkeypatch.setattr(Update, "de_json", counting)
    api.add_chat(CHAT)
    try:
        handle = handler(app)
        await handle(
            {"update_id": 901, **updates.text(CHAT, "Der Abfallkübel am Idaplatz ist voll")}
        )
        assert built == []
        # A press stored before it could be answered at receipt: answered here.
        press = updates.callback(CHAT, PRESSED, "c:nonsense")
        await handle({"update_id": 902, **press})
        assert built == []
        [answer] = api.attempts("answerCallbackQuery")
        assert answer.params["callback_query_id"] == press["callback_query"]["id"]
    finally:
        await app.shutdown()
    with session_scope(engine) as s:
        queued = list(s.exec(select(OutboxMessage).where(col(OutboxMessage.chat_id) == str(CHAT))))
    assert len(queued) >= 2  # the dialog answered both


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sent=fs.update())
def test_the_raw_json_reads_as_ptbs_objects_do(sent: fs.Sent) -> None:
    """The fuzz test's updates (tests/fuzz_strategies.py): the JSON as stored
    (what on_stored reads) gives the Incoming that PTB's objects give."""
    payload = json.loads(json.dumps(sent.payload | {"update_id": 1}))
    assert incoming_of(payload, OWN) == reference(
        Update.de_json(json.loads(json.dumps(payload)), _ptb_bot())
    )
