"""A photo's caption that only presents it ("Hier das Foto") belongs to the
draft it is sent to; it is not a new concern (new-user trial l, finding 4: the
caption of a picture sent as a file; the same for a photo)."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.dialog.attachments import presents_photo
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns

IDAPLATZ = "Der Abfallkübel am Idaplatz ist voll"


@pytest.mark.parametrize(
    "caption",
    [
        "Hier das Foto",
        "hier isch s Foti",
        "Here's the picture",
        "Voici la photo",
        "Ecco la foto",
        "So sieht es aus",
        "This is what it looks like",
    ],
)
def test_a_caption_that_presents_the_photo(caption: str) -> None:
    assert presents_photo(caption)


@pytest.mark.parametrize(
    "caption", ["Foto vom Kübel am Hardplatz", IDAPLATZ, "Hier das Foto vom Brand", ""]
)
def test_a_caption_that_says_more(caption: str) -> None:
    assert not presents_photo(caption)


def test_hier_das_foto_at_a_draft_adds_the_photo(dialog: Dialog) -> None:
    resident = Chat(dialog)
    resident.say(IDAPLATZ)
    replies = resident.photo("AgADph1", "Hier das Foto")
    assert "hinzugefügt" in replies[0].text and "Stimmt das?" in replies[-1].text
    [concern] = concerns(dialog.engine)
    assert (concern.text, concern.photos) == (IDAPLATZ, ["AgADph1"])


@pytest.mark.parametrize("caption", ["Hier das Foto", "Here's the picture"])
def test_hier_das_foto_first_is_a_photo_waiting_for_its_concern(
    dialog: Dialog, caption: str
) -> None:
    """Sent before any words: not a concern "Hier das Foto" asked where it is,
    but a photo kept for the concern the next message tells."""
    resident = Chat(dialog)
    [reply] = resident.photo("AgADph1", caption)
    assert reply.text == t(resident_lang(caption), "photo_needs_text")
    assert concerns(dialog.engine) == []
    resident.say(IDAPLATZ)
    [concern] = concerns(dialog.engine)
    assert (concern.text, concern.photos) == (IDAPLATZ, ["AgADph1"])


def resident_lang(caption: str) -> str:
    return "en" if caption.startswith("Here") else "de"


def test_a_number_shared_while_the_place_is_asked_is_kept_and_the_place_still_read(
    dialog: Dialog,
) -> None:
    resident = Chat(dialog)
    resident.say("Die Strassenlampe flackert seit Tagen")
    replies = resident.contact("+41790000000")
    assert "Telefonnummer" in replies[0].text and "Wo ist das" in replies[-1].text
    resident.say("Idaplatz")
    assert "Idaplatz" in resident.text and "Stimmt das?" in resident.text
    resident.press("Ja, weiterleiten")
    [concern] = concerns(dialog.engine)
    assert concern.text == "Die Strassenlampe flackert seit Tagen\n+41790000000"
    assert concern.kreis == 3


def test_a_number_shared_with_nothing_to_go_with_is_not_kept(dialog: Dialog) -> None:
    resident = Chat(dialog)
    replies = resident.contact("+41790000000")
    assert "zuerst" in replies[0].text
    assert concerns(dialog.engine) == []


def test_a_number_shared_at_a_request_to_be_phoned_joins_it(dialog: Dialog) -> None:
    """As '044 123 45 67' typed there does (bot.dialog.phone.number_added)."""
    resident = Chat(dialog)
    resident.say("Ich bin 87 und kann nicht gut schreiben. Können Sie mich bitte anrufen?")
    replies = resident.contact("+41443215476")
    assert "Ihre Nummer steht jetzt bei der Bitte um einen Anruf" in replies[0].text
    [concern] = concerns(dialog.engine)
    assert concern.text is not None and concern.text.endswith("\n+41443215476")
