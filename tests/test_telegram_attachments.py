"""What a resident sends besides words, on the real python-telegram-bot stack
against the emulated Bot API (tests/fake_telegram.py, as strict as Telegram
about file types): new-user trial l, findings 3, 4 and 7.

- A picture sent as a file (a `document` of an image type) is a photo: it
  joins the concern and reaches the staff chat as a file again (Telegram
  refuses a document's file id in sendPhoto), its caption kept.
- A video (or another file) with a caption: the caption is the message, and
  the resident hears that the video itself cannot be passed on.
- The resident's own shared contact is the callback number of the draft (or
  of the concern that went out); someone else's is not kept.
- Photos in the staff chat carry the concern's reference and reply to its card.
"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog
from bot.settings import Settings
from bot.telegram import build_application
from store.db import session_scope
from store.models import Concern, EventKind, Role, RoutingEvent, Status
from store.staff import add_staff
from tests import fake_telegram as tg
from tests.conftest import TG_CHAT

ERZ_CHAT = 5151
NUMBER = "+41790000000"


def staff_chat(engine: Engine, api: tg.FakeBotAPI) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=str(ERZ_CHAT), office="erz", role=Role.STAFF)
    api.add_chat(ERZ_CHAT)


def to_chat(api: tg.FakeBotAPI, method: str, chat: int) -> list[tg.Call]:
    return [c for c in api.sent(method) if int(c.params["chat_id"]) == chat]


def texts(api: tg.FakeBotAPI, chat: int = TG_CHAT) -> list[str]:
    return [str(c.params["text"]) for c in to_chat(api, "sendMessage", chat)]


def added(api: tg.FakeBotAPI) -> int:
    return sum("hinzugefügt" in x for x in texts(api))


def concerns(engine: Engine) -> list[Concern]:
    with session_scope(engine) as s:
        return list(s.exec(select(Concern).order_by(Concern.id)))  # type: ignore[arg-type]


async def confirm(api: tg.FakeBotAPI, replies: int) -> None:
    """Press "Ja, weiterleiten" on the latest card sent to the resident."""
    card = [c for c in to_chat(api, "sendMessage", TG_CHAT) if "Stimmt das?" in c.params["text"]]
    press = tg.callback(
        TG_CHAT, tg.message_of(card[-1]), tg.button_data(card[-1], "Ja, weiterleiten")
    )
    api.push(press)
    await api.wait_calls("editMessageText", replies)


async def test_a_picture_sent_as_a_file_reaches_staff_as_a_file_under_its_card(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    staff_chat(engine, api)
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(TG_CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 1)
        # Trial l, finding 4: "Das kann ich leider nicht lesen", photo and caption lost.
        api.push(tg.document(TG_CHAT, "BQACAgdoc1", "Hier das Foto"))
        await api.wait_for(lambda: "Stimmt das?" in texts(api)[-1] and added(api) == 1)
        assert not any("nicht lesen" in x for x in texts(api))
        assert len(texts(api)) == 4  # added, "noch nicht weitergeleitet", the card: no new concern
        api.push(tg.photo(TG_CHAT, "AgADph2"))  # right after: "Foto hinzugefügt." (photos.QUICK)
        await api.wait_for(lambda: added(api) == 2)
        await confirm(api, 1)
        await api.wait_for(lambda: bool(to_chat(api, "sendPhoto", ERZ_CHAT)))
    [concern] = concerns(engine)
    assert concern.photos == ["document:BQACAgdoc1", "AgADph2"]
    assert concern.status == Status.FORWARDED and concern.reference
    [card] = to_chat(api, "sendMessage", ERZ_CHAT)
    assert "📷 2 Foto(s)" in card.params["text"]
    # Sent back as the types they came as (the emulator refuses a document in sendPhoto).
    [as_file] = to_chat(api, "sendDocument", ERZ_CHAT)
    [as_photo] = to_chat(api, "sendPhoto", ERZ_CHAT)
    assert as_file.params["document"] == "BQACAgdoc1" and as_photo.params["photo"] == "AgADph2"
    assert not [c for c in api.attempts() if not c.ok and c.method.startswith("send")]
    # Trial l, finding 7: a caption with the reference, in reply to the card.
    assert as_file.params["caption"] == f"{concern.reference} · Foto 1/2"
    assert as_photo.params["caption"] == f"{concern.reference} · Foto 2/2"
    for sent in (as_file, as_photo):
        assert sent.result["reply_to_message"]["message_id"] == card.result["message_id"]


async def test_a_picture_file_with_its_concern_as_caption_is_a_new_concern(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        caption = "Der Abfallkübel am Helvetiaplatz ist übervoll"
        api.push(tg.document(TG_CHAT, "BQACAgdoc2", caption, mime_type="image/png"))
        [card] = await api.wait_calls("sendMessage", 1)
    assert "Helvetiaplatz" in card.params["text"] and "Stimmt das?" in card.params["text"]
    [concern] = concerns(engine)
    assert (concern.text, concern.photos) == (caption, ["document:BQACAgdoc2"])


@pytest.mark.parametrize(
    ("update", "said"),
    [
        (tg.video(TG_CHAT, "vid1", "Der Abfallkübel am Helvetiaplatz ist übervoll"), "Video"),
        (
            tg.document(
                TG_CHAT,
                "BQACAgpdf",
                "Der Abfallkübel am Helvetiaplatz ist übervoll",
                mime_type="application/pdf",
                file_name="Brief.pdf",
            ),
            "Datei",
        ),
    ],
    ids=["video", "pdf"],
)
async def test_the_caption_of_a_video_or_file_is_kept_and_the_resident_told(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    tg_dialog: Dialog,
    update: dict[str, object],
    said: str,
) -> None:
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(update)
        await api.wait_for(lambda: any("Stimmt das?" in x for x in texts(api)))
    first, *rest = texts(api)
    assert said in first and "nicht weitergeben" in first and "Foto" in first
    assert "Helvetiaplatz" in rest[-1]
    [concern] = concerns(engine)
    assert concern.text == "Der Abfallkübel am Helvetiaplatz ist übervoll"
    assert concern.photos == []


async def test_an_own_contact_is_the_callback_number_of_the_draft(
    api: tg.FakeBotAPI,
    tg_settings: Settings,
    engine: Engine,
    tg_dialog: Dialog,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Trial l, finding 3 (s16): told "Steht Ihre Telefonnummer in der Nachricht,
    kann die zuständige Stelle Sie anrufen", the resident shares the contact."""
    caplog.set_level(logging.DEBUG)
    staff_chat(engine, api)
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        text = "Der Glascontainer an der Bertastrasse 20 ist übervoll, können Sie mich anrufen?"
        api.push(tg.text(TG_CHAT, text))
        await api.wait_calls("sendMessage", 2)
        assert "Telefonnummer" in texts(api)[0]
        api.push(tg.contact(TG_CHAT, NUMBER, user_id=TG_CHAT))
        await api.wait_for(lambda: len(texts(api)) >= 5)
        thanks, _, again = texts(api)[2:5]
        assert "Telefonnummer" in thanks and "ZH-" in thanks and "Bertastrasse 20" in again
        await confirm(api, 1)
        await api.wait_for(lambda: bool(to_chat(api, "sendMessage", ERZ_CHAT)))
    [concern] = concerns(engine)
    assert concern.text == f"{text}\n{NUMBER}" and concern.status == Status.FORWARDED
    assert NUMBER in to_chat(api, "sendMessage", ERZ_CHAT)[0].params["text"]
    assert not any("nicht lesen" in x for x in texts(api))
    assert NUMBER not in caplog.text  # never logged


async def test_someone_elses_contact_is_not_kept(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(TG_CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 1)
        api.push(tg.contact(TG_CHAT, NUMBER, user_id=777))
        await api.wait_calls("sendMessage", 4)
    assert "Kontakt" in texts(api)[1] and "als Text" in texts(api)[1]
    assert "Stimmt das?" in texts(api)[3]
    [concern] = concerns(engine)
    assert NUMBER not in (concern.text or "")


async def test_an_own_contact_after_forwarding_goes_to_the_office(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    staff_chat(engine, api)
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(TG_CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 1)
        await confirm(api, 1)
        await api.wait_for(lambda: len(to_chat(api, "sendMessage", ERZ_CHAT)) == 1)
        api.push(tg.contact(TG_CHAT, NUMBER, user_id=TG_CHAT))
        await api.wait_for(lambda: len(to_chat(api, "sendMessage", ERZ_CHAT)) == 2)
        await api.wait_for(lambda: len(texts(api)) >= 2)
    [concern] = concerns(engine)
    addition = to_chat(api, "sendMessage", ERZ_CHAT)[1].params["text"]
    assert concern.reference in addition and NUMBER in addition
    assert concern.reference in texts(api)[-1]
    with session_scope(engine) as s:
        notes = s.exec(
            select(RoutingEvent.note).where(
                RoutingEvent.concern_id == concern.id, RoutingEvent.kind == EventKind.ADDITION
            )
        ).all()
    assert notes == [NUMBER]


async def test_a_video_that_only_shows_the_draft_keeps_the_draft(
    api: tg.FakeBotAPI, tg_settings: Settings, engine: Engine, tg_dialog: Dialog
) -> None:
    """Trial l (s16): "So sieht es aus" with a video at the confirmation."""
    async with tg.polling(build_application(tg_settings, tg_dialog)):
        api.push(tg.text(TG_CHAT, "Der Abfallkübel am Helvetiaplatz ist übervoll"))
        await api.wait_calls("sendMessage", 1)
        api.push(tg.video(TG_CHAT, "vid1", "So sieht es aus"))
        await api.wait_for(lambda: len(texts(api)) >= 4)
    cannot, _, again = texts(api)[1:4]
    assert "Video" in cannot and "nicht weitergeben" in cannot
    assert "Helvetiaplatz" in again and "Stimmt das?" in again
    [concern] = concerns(engine)
    assert concern.text == "Der Abfallkübel am Helvetiaplatz ist übervoll"
