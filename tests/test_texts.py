"""Texts residents read: every language complete, same placeholders, Swiss spelling."""

from __future__ import annotations

import re
import string

import pytest

from bot.language import detect_language
from bot.texts import LANGUAGES, TEXTS, TOPIC_NAMES, t
from nlp.routing import RoutingTable

OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "de"]


def words(text: str) -> list[str]:
    """The words of a text outside its placeholders."""
    return re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}", "", text))


def prose(text: str) -> str:
    """The text as a resident would see it, without placeholders."""
    return re.sub(r"\{\w+\}", "", text)


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_all_four_languages_are_registered() -> None:
    assert set(LANGUAGES) == {"de", "en", "fr", "it"}
    assert set(TOPIC_NAMES) == {"en", "fr", "it"}


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_language_has_every_german_key(lang: str) -> None:
    assert set(TEXTS[lang]) == set(TEXTS["de"])


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_same_placeholders_as_german(lang: str) -> None:
    different = {
        key: (placeholders(TEXTS["de"][key]), placeholders(text))
        for key, text in TEXTS[lang].items()
        if key in TEXTS["de"] and placeholders(text) != placeholders(TEXTS["de"][key])
    }
    assert different == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_formats_with_its_placeholders(lang: str) -> None:
    for key, text in TEXTS[lang].items():
        values = {name: f"<{name}>" for name in placeholders(text)}
        formatted = t(lang, key, **values)
        assert all(f"<{name}>" in formatted for name in values), key
        assert "{" not in formatted and "}" not in formatted, key


def test_no_sharp_s_in_german() -> None:
    assert [key for key, text in TEXTS["de"].items() if "ß" in text] == []
    assert [code for code, topic in RoutingTable.load().topics.items() if "ß" in topic.name] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_are_not_blank(lang: str) -> None:
    assert [key for key, text in TEXTS[lang].items() if not text.strip()] == []


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_texts_are_translated(lang: str) -> None:
    """Sentences residents read are in their language, not German left over."""
    german_left = [
        key
        for key, text in TEXTS[lang].items()
        if len(words(text)) > 3 and text == TEXTS["de"][key]
    ]
    assert german_left == []
    # The longer texts read as their language to the detector.
    misread = {
        key: detect_language(prose(text))
        for key, text in TEXTS[lang].items()
        if len(text) > 80 and detect_language(prose(text)) != lang
    }
    assert misread == {}


def test_german_longer_texts_read_as_german() -> None:
    misread = {
        key: detect_language(prose(text))
        for key, text in TEXTS["de"].items()
        if len(text) > 80 and detect_language(prose(text)) != "de"
    }
    assert misread == {}


@pytest.mark.parametrize("lang", list(TOPIC_NAMES))
def test_topic_names_cover_every_routing_topic(lang: str, routing: RoutingTable) -> None:
    assert set(TOPIC_NAMES[lang]) == set(routing.topics)
    assert all(name.strip() for name in TOPIC_NAMES[lang].values())
    assert len(set(TOPIC_NAMES[lang].values())) == len(TOPIC_NAMES[lang])


def test_small_talk_replies_exist_in_every_language() -> None:
    kinds = [
        "greeting", "thanks", "bye", "question_intro", "how_it_works", "who_are_you",
        "dont_know", "test", "insult", "ok",
    ]  # fmt: skip
    for lang in LANGUAGES:
        for kind in kinds:
            assert TEXTS[lang][f"smalltalk_{kind}"].strip(), (lang, kind)


def test_unknown_language_falls_back_to_german() -> None:
    assert t("xx", "btn_no") == TEXTS["de"]["btn_no"]
