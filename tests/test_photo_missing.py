"""Words that point to a photo that did not come (new-user trial r, § 9;
bot/dialog/photo_missing.py): "siehe Foto" alone was filed as a Kultur draft,
"Graffiti …, siehe Foto" went out with no word that no photo came. Made-up texts
in the trial's words."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from nlp.normalise import normalise, only_photo_words, refers_to_photo
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bäckeranlage: Graffiti an der Wand beim Spielplatz, siehe Foto", "de"),
        ("Abfallkübel am Idaplatz ist voll, Foto anbei", "de"),
        ("De Chübel am Idaplatz isch scho wieder übervoll, lueg Foti", "de"),
        ("The bin at Idaplatz is overflowing, photo attached", "en"),
        ("La poubelle au Idaplatz déborde, voir photo ci-jointe", "fr"),
        ("Il cestino in Idaplatz è pieno, foto in allegato", "it"),
    ],
)
def test_a_report_that_points_to_a_photo_it_lacks_says_so_before_the_card(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t(lang, "photo_missing")
    assert t(lang, "btn_confirm") in [b.label for b in chat.buttons]
    chat.photo("file-1")  # sent now: it joins the draft on the card
    chat.press(t(lang, "btn_confirm"))
    (concern,) = concerns(engine)
    assert concern.photos == ["file-1"]
    assert concern.status == Status.FORWARDED


def test_a_photo_with_the_words_gets_no_such_line(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.photo("file-1", caption="Bäckeranlage: Graffiti an der Wand beim Spielplatz, siehe Foto")
    assert t("de", "photo_missing") not in chat.text
    assert t("de", "btn_confirm") in [b.label for b in chat.buttons]


def test_a_report_without_such_words_gets_no_such_line(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Bäckeranlage: Graffiti an der Wand beim Spielplatz")
    assert t("de", "photo_missing") not in chat.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("siehe Foto", "de"), ("lueg Foti", "de"), ("see photo", "en"), ("vedi foto", "it")],
)
def test_the_words_alone_are_no_concern(
    dialog: Dialog, engine: Engine, text: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say("Hallo" if lang == "de" else {"en": "Hello", "it": "Buongiorno"}[lang])
    chat.say(text)
    assert chat.text == t(lang, "photo_words_only")
    assert concerns(engine) == []
    chat.photo("file-1")
    assert chat.text == t(lang, "photo_needs_text")
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    (concern,) = concerns(engine)
    assert concern.text == "Der Abfallkübel am Idaplatz ist voll"  # not "siehe Foto …"
    assert concern.photos == ["file-1"]


def test_the_words_as_a_photo_caption_are_a_photo_without_words(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.photo("file-1", caption="siehe Foto")
    assert chat.text == t("de", "photo_needs_text")
    assert concerns(engine) == []
    chat.say("Der Abfallkübel am Idaplatz ist voll")
    assert [c.photos for c in concerns(engine)] == [["file-1"]]


@pytest.mark.parametrize(
    "text", ["Foto anbei", "photo attached", "ci-joint", "in allegato", "(siehe Bild)"]
)
def test_the_words_the_topic_model_does_not_read_are_the_ones_read_here(text: str) -> None:
    assert only_photo_words(text)
    assert normalise(f"Der Kübel ist voll, {text}") == "Der Kübel ist voll"


@pytest.mark.parametrize(
    "text", ["Das Bild an der Wand ist beschmiert", "Fotoautomat kaputt", "joint venture"]
)
def test_a_photo_or_picture_as_the_matter_is_no_such_reference(text: str) -> None:
    assert not refers_to_photo(text)


def test_the_words_typed_at_a_draft_without_a_photo_get_the_line_and_the_question(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel ist schon wieder übervoll")
    question = chat.last[-1].text
    chat.say("siehe Foto")
    assert (chat.last[0].text, chat.last[-1].text) == (t("de", "photo_missing"), question)
    assert [c.text for c in concerns(engine)] == ["Der Abfallkübel ist schon wieder übervoll"]
