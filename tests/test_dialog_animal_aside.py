"""An injured animal beside a city matter in one message (trial leftovers): "Der
Kübel beim Idaplatz ist voll, und beim Limmatplatz sitzt ein verletzter Igel" got the
hedgehog's advice alone and the bin was lost (with a full stop between them, the
hedgehog went to the waste office inside the bin's concern). Now the bin is filed and
the hedgehog gets what it gets alone."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from tests.chat import Chat
from tests.conftest import concerns


@pytest.mark.parametrize(
    ("text", "matter", "lang"),
    [
        (
            "Der Kübel beim Idaplatz ist voll, und beim Limmatplatz sitzt ein verletzter Igel",
            "Der Kübel beim Idaplatz ist voll",
            "de",
        ),
        (
            "Der Kübel beim Idaplatz ist voll. Beim Limmatplatz sitzt ein verletzter Igel",
            "Der Kübel beim Idaplatz ist voll.",
            "de",
        ),
        (
            "Der Kübel am Idaplatz ist voll. Ausserdem sitzt dort ein verletzter Vogel",
            "Der Kübel am Idaplatz ist voll.",
            "de",
        ),
        (
            "Beim Limmatplatz sitzt ein verletzter Igel, und der Kübel am Idaplatz ist voll",
            "der Kübel am Idaplatz ist voll",
            "de",
        ),
        (
            "De Chübel am Idaplatz isch voll und bim Limmatplatz hockt en verletzte Igel",
            "De Chübel am Idaplatz isch voll",
            "de",
        ),
        (
            "The bin at Idaplatz is full, and there is an injured hedgehog at Limmatplatz",
            "The bin at Idaplatz is full",
            "en",
        ),
        (
            "La poubelle au Bucheggplatz déborde, et au Limmatplatz il y a un hérisson blessé",
            "La poubelle au Bucheggplatz déborde",
            "fr",
        ),
    ],
)
def test_the_matter_is_filed_and_the_animal_gets_its_advice(
    dialog: Dialog, engine: Engine, text: str, matter: str, lang: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    said = [r.text for r in chat.last]
    assert t(lang, "elsewhere_hurt_wild") in said, said
    [concern] = concerns(engine)
    assert (concern.text, concern.topic) == (matter, "abfall")
    assert concern.kreis is not None


@pytest.mark.parametrize(
    "text",
    [
        # One matter: the animal's, with what is around it.
        "Der Igel ist verletzt und liegt beim Kübel am Idaplatz",
        "Ein verletzter Igel liegt im Gebüsch und die Kinder wollen ihn anfassen",
        "Wir sind beim Spielplatz Bullingerpark und da liegt ein verletzter Igel",
        "Wir haben eine Katze gefunden, sie sitzt seit Tagen verletzt im Gebüsch beim Idaplatz",
    ],
)
def test_the_animal_alone_gets_its_advice_and_nothing_is_filed(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    [advice] = [r.text for r in chat.last]
    assert advice in {t("de", "elsewhere_hurt_wild"), t("de", "elsewhere_hurt_pet")}
    assert concerns(engine) == []
