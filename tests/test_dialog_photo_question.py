""" "Kann ich ein Foto schicken?" is a question about photos, not a concern (the
lead's try, 2026-12-07: after forwarding it became a draft of topic "Kultur"
asked for its place, "Chan ich es Foti schicke?" a fragment). The answer is a
short yes in the resident's language; an open concern or a waiting draft is
named, and a photo sent next is attached to it (bot/dialog/photo_question.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.photo_question import asks_for_photo
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, file_concern, outbox, register

# (the question, the language of the answer; Swiss German reads German)
ASKED = [
    ("Kann ich ein Foto schicken?", "de"),
    ("Can I send a photo?", "en"),
    ("Est-ce que je peux envoyer une photo?", "fr"),
    ("Chan ich es Foti schicke?", "de"),
    ("Posso mandare una foto?", "it"),
]
IDAPLATZ = "Der Abfallkübel am Idaplatz ist voll"


@pytest.mark.parametrize(("text", "lang"), ASKED)
def test_asked_after_forwarding_the_photo_goes_to_that_concern(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    filed = file_concern(dialog, IDAPLATZ)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    assert resident.text == t(lang, "photo_ok_concern", reference=filed.reference)
    assert len(concerns(engine)) == 1  # no draft made of the question
    resident.photo("file-1")
    assert resident.text == t(lang, "photo_added_to", reference=filed.reference)
    assert [c.photos for c in concerns(engine)] == [["file-1"]]
    resident.photo("file-2")  # the question named it once: a later photo asks as before
    assert resident.text == t(lang, "photo_needs_text")
    assert [c.photos for c in concerns(engine)] == [["file-1"]]


def test_the_photo_reaches_the_office(dialog: Dialog, engine: Engine) -> None:
    """The office's chats had the card already: the late photo is sent to them."""
    register(engine)
    filed = file_concern(dialog, IDAPLATZ)
    before = len(outbox(engine, ERZ))
    resident = Chat(dialog, RESIDENT)
    resident.say("Kann ich ein Foto schicken?")
    resident.photo("file-1")
    [sent] = outbox(engine, ERZ)[before:]
    assert sent.photos == [f"file-1\n{filed.reference} · Foto 1/1"]  # captioned (trial l, 7)
    assert str(filed.reference) in (sent.text or "")


def test_a_photo_with_a_few_words_goes_to_that_concern(dialog: Dialog, engine: Engine) -> None:
    """ "Hier ist das Foto" as the caption: the photo for ZH-…, not a new concern."""
    register(engine)
    filed = file_concern(dialog, IDAPLATZ)
    before = len(outbox(engine, ERZ))
    resident = Chat(dialog, RESIDENT)
    resident.say("Chan ich es Foti schicke?")
    resident.photo("file-1", "Hier ist das Foto")
    assert resident.text == t("de", "photo_added_to", reference=filed.reference)
    assert [c.photos for c in concerns(engine)] == [["file-1"]]
    [sent] = outbox(engine, ERZ)[before:]
    assert "Hier ist das Foto" in (sent.text or "")


def test_a_photo_of_another_thing_is_a_new_concern(dialog: Dialog, engine: Engine) -> None:
    file_concern(dialog, IDAPLATZ)
    resident = Chat(dialog, RESIDENT)
    resident.say("Can I send a photo?")
    resident.photo("file-1", "Und der Spielplatz an der Josefstrasse 12 ist auch kaputt")
    first, second = concerns(engine)
    assert (first.photos, second.photos) == ([], ["file-1"])


@pytest.mark.parametrize(("text", "lang"), ASKED)
def test_asked_before_any_concern(dialog: Dialog, engine: Engine, text: str, lang: str) -> None:
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    assert resident.text == t(lang, "photo_ok")
    assert concerns(engine) == []


@pytest.mark.parametrize(("text", "lang"), ASKED)
def test_asked_at_the_confirmation_the_draft_waits(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    resident = Chat(dialog, RESIDENT)
    resident.say(IDAPLATZ)
    [draft] = concerns(engine)
    resident.say(text)
    said = [r.text for r in resident.last]
    assert said[0] == t(lang, "photo_ok_concern", reference=draft.reference)
    assert len(said) > 1 and resident.buttons  # the confirmation again
    resident.photo("file-1")
    assert [c.photos for c in concerns(engine)] == [["file-1"]]


def test_asked_while_the_place_is_missing(dialog: Dialog, engine: Engine) -> None:
    resident = Chat(dialog, RESIDENT)
    resident.say("Der Abfallkübel ist voll")
    [draft] = concerns(engine)
    resident.say("Kann ich auch Fotos schicken?")
    assert resident.last[0].text == t("de", "photo_ok_concern", reference=draft.reference)
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, darf ich Ihnen ein Bild schicken?",
        "Could I send you a picture?",
        "Puis-je joindre une photo?",
        "Vi posso inviare una foto?",
        "Geht auch es Foti?",
    ],
)
def test_other_ways_to_ask(text: str) -> None:
    assert asks_for_photo(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich schicke ein Foto vom vollen Kübel am Idaplatz",
        "Kann ich ein Foto vom Graffiti an der Josefstrasse 12 schicken, es ist riesig?",
        "Das Foto zeigt den Kübel",
        "Kann ich das Sperrgut selber bringen?",
    ],
)
def test_a_concern_with_a_photo_in_it_is_not_the_question(text: str) -> None:
    assert not asks_for_photo(text)
