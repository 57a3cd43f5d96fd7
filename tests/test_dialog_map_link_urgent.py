"""An emergency with a maps link of coordinates in it ("Es brennt!
https://maps.google.com/?q=47.3769,8.5417") was read without them: it went out
without a place and the resident was asked "Wo ist das?". Its coordinates are now
its place (bot.dialog.map_link), as for an ordinary concern: it goes out with its
Kreis, no place question."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

HARD = (47.378, 8.518)  # Quartier Hard, Kreis 4


def test_an_emergency_with_a_coordinates_link_goes_out_with_its_kreis(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt! https://maps.google.com/?q=47.378,8.518")
    assert t("de", "emergency") in chat.text
    assert t("de", "urgent_ask_place") not in chat.text
    [filed] = concerns(engine)
    assert filed.urgent and filed.status == Status.FORWARDED
    assert (filed.kreis, filed.lat, filed.lon) == (4, *HARD)
    assert "http" not in (filed.text or "")  # the link is the place, not the words


def test_an_emergency_with_another_link_is_asked_where_as_before(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Es brennt! siehe https://www.stadt-zuerich.ch/abfall")
    [filed] = concerns(engine)
    assert filed.urgent and filed.lat is None and filed.kreis is None


# Closing note, item 1: while another concern was open the link was ignored: the
# emergency went out without a place ("Wo ist das?"), or at the waiting concern's
# place question it could have become that concern's place.
LINK = "Es brennt! https://maps.google.com/?q=47.378,8.518"


def _emergency_placed(chat: Chat, engine: Engine, waiting: str) -> None:
    assert chat.last[0].text == t("de", "emergency")  # the numbers first
    assert t("de", "urgent_ask_place") not in chat.text
    assert t("de", "next_concern", text=waiting) in chat.text  # then the waiting one
    first, fire = concerns(engine)
    assert fire.urgent and fire.status == Status.FORWARDED
    assert (fire.kreis, fire.lat, fire.lon) == (4, *HARD)
    assert "http" not in (fire.text or "")
    assert first.status == Status.DRAFT and first.lat is None  # not the waiting one's place


def test_at_the_confirm_card_of_another_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]
    chat.say(LINK)
    _emergency_placed(chat, engine, "Der Abfallkübel am Idaplatz ist voll")
    assert concerns(engine)[0].kreis == 3  # its own place stays


def test_at_the_place_question_of_another_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist übervoll")
    assert t("de", "ask_place") in chat.text
    chat.say(LINK)
    _emergency_placed(chat, engine, "Der Abfallkübel ist übervoll")
    assert t("de", "ask_place") in chat.text  # its question again, after the emergency


def test_at_the_new_or_place_question(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    chat.say("Die Strassenlampe am Idaplatz ist kaputt")  # "neues Anliegen oder der Ort?"
    assert t("de", "btn_confirm") not in [b.label for b in chat.buttons]
    chat.say(LINK)
    assert chat.last[0].text == t("de", "emergency")
    assert t("de", "urgent_ask_place") not in chat.text
    fire = next(c for c in concerns(engine) if c.urgent)
    assert fire.status == Status.FORWARDED and (fire.kreis, fire.lat, fire.lon) == (4, *HARD)
    assert [c.lat for c in concerns(engine) if not c.urgent] == [None, None]
