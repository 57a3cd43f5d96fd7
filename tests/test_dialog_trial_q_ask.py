"""New-user trial q (docs/qa/new-user-trial-2026-12-07-q.md), findings 4, 5, 7, 9,
10 and the place labels of 11, end to end through the dialog.

- § 4: "hat sich schon jemand darum gekümmert?" became a draft (bot/dialog/sayings.py).
- § 5: "wo kann ich Sperrgut abgeben?", alone or next to an emergency, was filed
  (bot/dialog/drop_off.py).
- § 7: "Langstrasse 150" became the Quartier Langstrasse (nlp/places/matcher.py,
  bot/dialog/place_set.py).
- § 9: "what was the answer again?" was offered as a reply to the office
  (bot/dialog/answer_again.py).
- § 10: a man following children got no word about the police (bot/dialog/stranger.py).
- § 11: "schmiede" shown in lower case (bot/dialog/spelling.py); "I don t know"
  stored as an emergency's place (nlp/data/smalltalk.toml).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import ERZ, RESIDENT, events, outbox, register, replies

BIN = {
    "de": "Der Kübel am Idaplatz ist voll",
    "en": "The bin at Idaplatz is full",
    "fr": "La poubelle au Idaplatz est pleine",
    "it": "Il cestino in Idaplatz è pieno",
}
REF = "ZH-2026-000001"


def forwarded(dialog: Dialog, lang: str = "de", chat_id: str = "100") -> Chat:
    chat = Chat(dialog, chat_id)
    chat.say(BIN[lang])
    chat.press(t(lang, "btn_confirm"))
    assert REF in chat.text
    return chat


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.buttons]


# -- § 4: "hat sich schon jemand darum gekümmert?" -----------------------------

LOOKED_AFTER = [
    ("de", "und, hat sich schon jemand drum gekümmert?"),
    ("de", "hat sich schon jemand darum gekümmert?"),
    ("de", "hät sich scho öpper drum kümmeret?"),
    ("en", "has anyone looked at it yet?"),
    ("fr", "quelqu'un s'en est occupé?"),
    ("it", "qualcuno se n'è occupato?"),
]


@pytest.mark.parametrize(("lang", "line"), LOOKED_AFTER)
def test_looked_after_lists_the_concerns(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = forwarded(dialog, lang)
    chat.say(line)
    assert t(lang, "mine_header") in chat.text
    assert REF in chat.text
    assert t(lang, "ask_place") not in chat.text
    assert len(concerns(engine)) == 1  # neither a draft nor the start of one


@pytest.mark.parametrize(("lang", "line"), LOOKED_AFTER)
def test_looked_after_without_concerns_files_nothing(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    # (a short first line may not tell its language: the answer in any of them)
    assert chat.text in {t(other, "mine_none") for other in ("de", lang)}
    assert concerns(engine) == []


def test_nobody_looked_after_it_is_still_a_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Um den vollen Kübel am Idaplatz hat sich niemand gekümmert, es stinkt")
    assert len(concerns(engine)) == 1


# -- § 5: where to take things -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "wo kann ich sperrgut abgeben"),
        ("de", "Weisch wo mer alti velos cha abgä?"),
        ("de", "Hallo, wo kann ich alte Batterien entsorgen?"),
        ("en", "where can I dispose of an old fridge?"),
        ("fr", "où puis-je déposer un vieux canapé?"),
        ("it", "dove posso buttare un vecchio divano?"),
    ],
)
def test_where_to_take_it_is_answered_not_filed(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert t(lang, "drop_off") in chat.text
    assert "www.stadt-zuerich.ch" in chat.text
    assert concerns(engine) == []


@pytest.mark.parametrize(
    "line",
    [
        "Wo kann ich melden, dass der Kübel am Idaplatz voll ist",
        "Sperrgut liegt seit Tagen an der Josefstrasse 12",
    ],
)
def test_a_concern_about_waste_is_still_filed(dialog: Dialog, engine: Engine, line: str) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert t("de", "drop_off") not in chat.text
    assert len(concerns(engine)) == 1


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "wo kann ich sperrgut abgeben, übrigens brennt es im treppenhaus"),
        (
            "de",
            "weisch wo mer alti velos cha abgä? übrigens liit do en maa im wasser bim "
            "mythenquai und rüeft um hilf",
        ),
        (
            "en",
            "where can I drop off an old sofa? also there is smoke coming out of the "
            "basement window next door",
        ),
    ],
)
def test_the_question_next_to_an_emergency_is_answered_not_filed(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert "117" in chat.text
    assert t(lang, "drop_off") in chat.text
    if t(lang, "btn_place_unknown") in labels(chat):  # the emergency's place question
        chat.say("Zurlindenstrasse 40")
    [urgent] = concerns(engine)  # the emergency only: the question is not queued
    assert urgent.urgent
    assert t(lang, "ask_place") not in chat.text
    assert not any("Mythenquai" in label for label in labels(chat))  # no place offered


# -- § 7: a house number on a street that shares its name with a Quartier -------


@pytest.mark.parametrize(
    ("answer", "kreis", "place_text"),
    [
        ("Kreis 4", 4, "Langstrasse 150"),
        ("beim Helvetiaplatz", 4, "Langstrasse 150, beim Helvetiaplatz"),
        ("weiss nicht", None, "Langstrasse 150"),
    ],
)
def test_langstrasse_150_keeps_the_address_and_asks_the_kreis(
    dialog: Dialog, engine: Engine, answer: str, kreis: int | None, place_text: str
) -> None:
    chat = Chat(dialog)
    chat.say("Die Nachbarn an der Langstrasse 150 machen jede Nacht Party mit lauter Musik")
    assert "(4, 5)" in chat.text  # where Kreise meet: asked, not the Quartier taken
    assert "Quartier Langstrasse, Kreis 4" not in chat.text
    chat.say(answer)
    assert "Langstrasse 150" in chat.text
    [c] = concerns(engine)
    assert c.place_text == place_text
    assert c.kreis == kreis


def test_langstrasse_150_in_italian(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Buonasera, i vicini in Langstrasse 150 fanno festa ogni notte con musica altissima")
    assert "(4, 5)" in chat.text
    chat.say("Kreis 5")
    [c] = concerns(engine)
    assert (c.place_text, c.kreis) == ("Langstrasse 150", 5)


def test_the_quartier_langstrasse_is_still_the_quartier(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Im Quartier Langstrasse liegt überall Abfall herum")
    [c] = concerns(engine)
    assert (c.kreis, c.quartier) == (4, "Langstrasse")


# -- § 9: the city's answer once more --------------------------------------------


def _answered_and_closed(dialog: Dialog, engine: Engine, text: str) -> tuple[Chat, str]:
    register(engine)
    resident = Chat(dialog, RESIDENT)
    resident.say(text)
    resident.press(next(b.label for b in resident.buttons if b.data.startswith("ok:")))
    [c] = concerns(engine)
    staff = Chat(dialog, ERZ)
    staff.say(f"/antwort {c.reference} Danke für den Hinweis, wir holen die Matratze morgen ab.")
    staff.say(f"/status {c.reference} erledigt Kübel geleert, Matratze abgeholt")
    return resident, c.reference or ""


@pytest.mark.parametrize(
    ("lang", "text", "line"),
    [
        (
            "en",
            "the bin at Idaplatz is overflowing and someone left an old mattress",
            "what was the answer again?",
        ),
        (
            "de",
            "Der Kübel am Idaplatz ist voll und daneben liegt eine alte Matratze",
            "Was war nochmal die Antwort?",
        ),
        (
            "fr",
            "La poubelle au Idaplatz déborde et il y a un vieux matelas à côté",
            "qu'est-ce qu'ils ont répondu?",
        ),
        (
            "it",
            "Il cestino in Idaplatz è strapieno e c'è un vecchio materasso accanto",
            "qual era la risposta?",
        ),
    ],
)
def test_the_answer_is_shown_again_not_sent(
    dialog: Dialog, engine: Engine, lang: str, text: str, line: str
) -> None:
    resident, reference = _answered_and_closed(dialog, engine, text)
    alerts = len(outbox(engine, ERZ, "alert"))
    resident.say("/meine")
    resident.say(line)
    assert "wir holen die Matratze morgen ab" in resident.text
    assert "Kübel geleert, Matratze abgeholt" in resident.text
    assert reference in resident.text
    assert t(lang, "btn_reply_yes") not in labels(resident)
    [c] = concerns(engine)
    assert replies(engine, c.id) == []  # nothing sent to the office
    assert len(outbox(engine, ERZ, "alert")) == alerts
    assert c.status == Status.DONE
    assert len(events(engine, c.id)) > 0


def test_the_answer_asked_for_before_any_answer(dialog: Dialog, engine: Engine) -> None:
    chat = forwarded(dialog, "en")
    chat.say("what was the answer again?")
    assert t("en", "answer_again_none") in chat.text
    assert len(concerns(engine)) == 1


# -- § 10: a man following children --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "my kid says a man was following the children after school near Schulhaus "
            "Aemtler today, should I tell someone?",
        ),
        ("de", "Gestern ist ein fremder Mann den Kindern beim Schulhaus Aemtler nachgelaufen"),
        (
            "fr",
            "mon fils dit qu'un homme suivait les enfants après l'école près du Schulhaus "
            "Aemtler, dois-je le signaler?",
        ),
    ],
)
def test_a_man_following_children_points_to_the_police(
    dialog: Dialog, engine: Engine, lang: str, line: str
) -> None:
    chat = Chat(dialog)
    chat.say(line)
    assert t(lang, "danger_followed") in chat.text
    assert "117" in chat.text
    [c] = concerns(engine)
    assert not c.urgent  # the concern is still filed as usual


def test_children_at_a_playground_get_no_police_line(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Auf dem Spielplatz beim Schulhaus Aemtler liegen Scherben, die Kinder spielen dort")
    assert t("de", "danger_followed") not in chat.text


# -- § 11: place labels ------------------------------------------------------------


def test_a_landmark_typed_in_lower_case_is_shown_as_the_data_spells_it(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("also ich wollte sagen bei der schmiede liegt seit tagen abfall rum")
    assert "Schmiede (" in chat.text
    [c] = concerns(engine)
    assert c.place_text == "Schmiede"


@pytest.mark.parametrize("answer", ["I don t know", "I dont know", "idk", "I don’t know"])
def test_dont_know_in_any_spelling_is_no_place(dialog: Dialog, engine: Engine, answer: str) -> None:
    chat = Chat(dialog)
    chat.say("there is smoke coming out of the basement window next door")
    assert "117" in chat.text
    chat.say(answer)
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED
    assert c.place_text is None
