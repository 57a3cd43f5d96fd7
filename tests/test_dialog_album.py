"""An album is one message (new-user trial l, finding 6): its photos all go to
the concern, the resident is answered once; a photo right after another one
gets a short "Foto hinzugefügt", not the question again."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.photos import QUICK
from store.models import Status, freeze_now, unfreeze_now, utcnow
from tests.chat import Chat
from tests.conftest import concerns


def test_an_album_with_its_caption_on_the_first_photo_gets_the_card_once(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    first = chat.photo("alb1", "Illegale Deponie beim Idaplatz", album="g1")
    assert "Stimmt das?" in first[-1].text
    assert chat.photo("alb2", album="g1") == []
    assert chat.photo("alb3", album="g1") == []
    [c] = concerns(engine)
    assert c.photos == ["alb1", "alb2", "alb3"] and c.status == Status.DRAFT and c.kreis == 3
    chat.say("Ja")
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.photos == ["alb1", "alb2", "alb3"]


def test_an_album_at_a_border_address_asks_for_the_place_once(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    first = chat.photo("alb1", "Illegale Deponie am Letzigraben 50", album="g2")
    assert "Letzigraben" in first[-1].text and first[-1].text.rstrip().endswith("?")
    assert chat.photo("alb2", album="g2") == []
    assert chat.photo("alb3", album="g2") == []
    [c] = concerns(engine)
    assert c.photos == ["alb1", "alb2", "alb3"] and c.kreis is None


def test_an_album_with_its_caption_on_a_later_photo(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    assert "Foto" in chat.photo("alb1", album="g3")[0].text  # what is it about?
    card = chat.photo("alb2", "Illegale Deponie beim Idaplatz", album="g3")
    assert "Stimmt das?" in card[-1].text
    assert chat.photo("alb3", album="g3") == []
    [c] = concerns(engine)
    assert sorted(c.photos) == ["alb1", "alb2", "alb3"]


def test_two_albums_are_two_messages(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.photo("a1", "Illegale Deponie beim Idaplatz", album="g4")
    assert chat.photo("a2", album="g4") == []
    again = chat.photo("b1", album="g5")  # a second album: added, the card is right above
    assert [r.text for r in again] == ["Foto hinzugefügt."]
    assert chat.photo("b2", album="g5") == []
    [c] = concerns(engine)
    assert c.photos == ["a1", "a2", "b1", "b2"]


def test_a_photo_right_after_another_is_added_without_the_card(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.photo("p1", "Illegale Deponie beim Idaplatz")
    assert [r.text for r in chat.photo("p2")] == ["Foto hinzugefügt."]
    [c] = concerns(engine)
    assert c.photos == ["p1", "p2"]


def test_a_photo_later_gets_the_card_once_more(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.photo("p1", "Illegale Deponie beim Idaplatz")
    token = freeze_now(utcnow() + QUICK + timedelta(seconds=5))
    try:
        later = chat.photo("p2")
    finally:
        unfreeze_now(token)
    assert later[0].text == "Foto hinzugefügt."
    assert "noch nicht weitergeleitet" in later[1].text and "Stimmt das?" in later[-1].text
    [c] = concerns(engine)
    assert c.photos == ["p1", "p2"]


def test_an_album_for_a_forwarded_concern_is_answered_once(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press("Ja, weiterleiten")
    chat.say("Kann ich ein Foto schicken?")
    first = chat.photo("f1", album="g6")
    assert len(first) == 1 and "ZH-" in first[0].text
    assert chat.photo("f2", album="g6") == []
    assert chat.photo("f3", album="g6") == []
    [c] = concerns(engine)
    assert c.photos == ["f1", "f2", "f3"] and c.status == Status.FORWARDED
