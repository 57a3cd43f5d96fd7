"""New-user trial p, findings 3, 4, 5 and 7, end to end through the dialog.

- § 3: taking a concern back with the words people put around it ("Vergessen Sie
  es, bitte nicht weiterleiten") right after it went out was offered as an
  addition (bot/dialog/reconsidered.py).
- § 4: status and number questions in other words became drafts or "Ich höre zu";
  a long status question with a reference was filed (bot/dialog/sayings.py,
  bot/dialog/references.py).
- § 5: questions about the bot itself were filed (bot/dialog/about_bot.py).
- § 7: the same concern "immer noch" or in other words right after it went out got
  a fresh card (bot/dialog/reported_again.py).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

BIN = {
    "de": "Der Kübel am Idaplatz ist voll",
    "en": "The bin at Idaplatz is full",
    "fr": "La poubelle au Idaplatz est pleine",
    "it": "Il cestino in Idaplatz è pieno",
}
REF = "ZH-2026-000001"


def forwarded(dialog: Dialog, lang: str = "de") -> Chat:
    chat = Chat(dialog)
    chat.say(BIN[lang])
    chat.press(t(lang, "btn_confirm"))
    assert REF in chat.text
    return chat


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.buttons]


# -- § 3: letting it go, right after forwarding --------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Vergessen Sie es, bitte nicht weiterleiten"),
        ("de", "Ach vergiss es, doch nicht weiterleiten"),
        ("de", "vergässed Si's, bitte nöd wiiterleite"),
        ("de", "Vergessen Sie es"),
        ("de", "Lassen Sie es sein"),
        ("en", "Forget it, please don't forward it"),
        ("en", "forget it"),
        ("fr", "Laissez tomber, ne la transmettez pas"),
        ("fr", "laissez tomber"),
        ("it", "Lasciate perdere, non inoltratela"),
        ("it", "lasciate perdere"),
    ],
)
def test_letting_it_go_asks_to_withdraw(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = forwarded(dialog, lang)
    chat.say(line)
    assert t(lang, "btn_withdraw_yes") in labels(chat)
    assert t(lang, "btn_addition_yes") not in labels(chat)  # not passed on as more text
    chat.press(t(lang, "btn_withdraw_yes"))
    [concern] = concerns(engine)
    assert concern.status == Status.WITHDRAWN


@pytest.mark.parametrize(
    "line", ["Lassen Sie es bitte bald leeren", "Der Kübel stinkt, vergessen Sie das nicht"]
)
def test_more_about_it_stays_an_addition(dialog: Dialog, engine: Engine, line: str) -> None:
    chat = forwarded(dialog)
    chat.say(line)
    assert t("de", "btn_addition_yes") in labels(chat)
    assert t("de", "btn_withdraw_yes") not in labels(chat)


# -- § 4: status and number questions in other words --------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "qual è il numero della mia segnalazione?"),
        ("it", "che succede con la mia segnalazione?"),
        ("it", "è già risolto?"),
        ("de", "und was isch jetzt mit minere meldig?"),
        ("de", "wie isch mini nummere gsi?"),
        ("de", "isch das jetzt ume?"),
        ("de", "wie war nochmal die Nummer?"),
        ("de", "Ist es schon erledigt"),
        ("en", "what was my number again?"),
        ("en", "is it fixed yet?"),
        ("fr", "c'était quoi mon numéro?"),
        ("fr", "qu'en est-il de ma demande?"),
    ],
)
def test_status_questions_in_other_words_list_the_concerns(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = forwarded(dialog, lang)
    chat.say(line)
    assert t(lang, "mine_header") in chat.text
    assert REF in chat.text
    assert len(concerns(engine)) == 1  # neither a draft nor the start of one
    chat.say(BIN[lang].replace("Idaplatz", "Bullingerplatz"))
    assert (concerns(engine)[-1].text or "") == BIN[lang].replace("Idaplatz", "Bullingerplatz")


def test_a_long_status_question_with_a_reference_gets_its_status(
    dialog: Dialog, engine: Engine
) -> None:
    chat = forwarded(dialog)
    chat.say(f"ich möchte wissen wie es um meine Meldung von letzter Woche steht, {REF}")
    status = t("de", "status_forwarded")
    assert f"{REF} (Abfall und Sauberkeit): {status}" in chat.text
    assert len(concerns(engine)) == 1


def test_a_long_status_question_with_an_unknown_reference(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("ich möchte wissen wie es um meine Meldung von letzter Woche steht, ZH-2026-000417")
    assert chat.text.startswith(t("de", "reference_unknown", reference="ZH-2026-000417"))
    assert concerns(engine) == []


@pytest.mark.parametrize(
    "line",
    ["Welche Nummer hat die Polizei?", "Die Hausnummer beim Kübel am Idaplatz fehlt"],
)
def test_a_number_of_something_else_is_no_status_question(dialog: Dialog, line: str) -> None:
    chat = forwarded(dialog)
    chat.say(line)
    assert t("de", "mine_header") not in chat.text


# -- § 5: questions about the bot ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang", "key"),
    [
        ("Wofür ist dieser Bot eigentlich da?", "de", "smalltalk_how_it_works"),
        ("für was isch dä bot eigentlich?", "de", "smalltalk_how_it_works"),
        ("Was macht dieser Bot genau?", "de", "smalltalk_how_it_works"),
        ("What is this bot actually for?", "en", "smalltalk_how_it_works"),
        ("À quoi sert ce bot exactement?", "fr", "smalltalk_how_it_works"),
        ("A cosa serve questo bot in realtà?", "it", "smalltalk_how_it_works"),
        ("Wird mein Name an die Stadt weitergegeben?", "de", "smalltalk_anonymous"),
        ("wird min name wiitergäh?", "de", "smalltalk_anonymous"),
        ("Sieht die Stadt meinen Namen?", "de", "smalltalk_anonymous"),
        ("Is my name passed on to the city?", "en", "smalltalk_anonymous"),
        ("Mon nom est-il transmis à la ville?", "fr", "smalltalk_anonymous"),
        ("Il mio nome viene trasmesso alla città?", "it", "smalltalk_anonymous"),
        ("Wie lange dauert es, bis ihr reagiert?", "de", "how_long_it_takes"),
        ("How long until you get back to me?", "en", "how_long_it_takes"),
    ],
)
def test_questions_about_the_bot_are_answered_not_filed(
    dialog: Dialog, engine: Engine, line: str, lang: str, key: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert t(lang, key) in chat.text
    assert concerns(engine) == []


def test_what_that_means_after_the_list_explains_the_statuses(
    dialog: Dialog, engine: Engine
) -> None:
    chat = forwarded(dialog)
    chat.say("/meine")
    chat.say("was heisst das?")
    assert chat.text == t("de", "status_meanings")
    assert len(concerns(engine)) == 1


def test_what_that_means_at_the_card_is_about_the_card(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say(BIN["de"])
    chat.say("was heisst das?")
    assert t("de", "status_meanings") not in chat.text
    assert t("de", "btn_confirm") in labels(chat)


def test_a_question_about_the_bot_at_the_card_keeps_the_card(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(BIN["de"])
    chat.say("Wird mein Name an die Stadt weitergegeben?")
    assert t("de", "smalltalk_anonymous") in chat.text
    assert t("de", "btn_confirm") in labels(chat)
    chat.press(t("de", "btn_confirm"))
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED and "Name" not in (concern.text or "")


# -- § 7: the same concern again, in other words ------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Der Kübel am Idaplatz ist immer noch voll"),
        ("de", "De chübel am idaplatz isch geng no voll"),
        ("de", "Der Kübel am Idaplatz quillt jetzt über"),
        ("en", "The bin at Idaplatz is still full"),
        ("fr", "La poubelle au Idaplatz est toujours pleine"),
        ("it", "Il cestino in Idaplatz è ancora pieno"),
    ],
)
def test_the_same_concern_in_other_words_is_asked_about(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = forwarded(dialog, lang)
    chat.say(line)
    assert REF in chat.text
    assert t(lang, "btn_confirm") not in labels(chat)  # no second card
    chat.press(t(lang, "btn_addition_yes"))
    [concern] = concerns(engine)
    assert concern.status == Status.FORWARDED


@pytest.mark.parametrize(
    "line",
    [
        "Am Idaplatz liegt ein altes Sofa",
        "Am Idaplatz hat es Glasscherben am Boden",
        "Am Idaplatz ist eine Lampe kaputt",
        "Noch ein voller Kübel am Idaplatz",
    ],
)
def test_another_concern_at_the_same_place_is_filed(
    dialog: Dialog, engine: Engine, line: str
) -> None:
    chat = forwarded(dialog)
    chat.say(line)
    assert t("de", "btn_confirm") in labels(chat)
    chat.press(t("de", "btn_confirm"))
    assert [c.status for c in concerns(engine)] == [Status.FORWARDED, Status.FORWARDED]
