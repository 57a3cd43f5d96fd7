"""New-user trial p, finding 6: "rumore tutte le notti dal bar in Langstrasse 120, non
si dorme" got a German topic choice and a German hint after "sì". Only "rumore" was a
clear Italian word, against French "le": a tie, so German. The Italian lexicon lacked
its articled prepositions ("dal", "del") and everyday words ("tutte", "notti").
Italian and French lines with a German street name keep their language. Made-up
texts. On the corpus rows with a language (19,391): Italian 480 -> 482 of 495 right,
the others unchanged."""

from __future__ import annotations

import pytest

from bot.dialog import Dialog
from bot.language import detect_language, of_a_new_chat
from bot.texts import t
from tests.chat import Chat


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("rumore tutte le notti dal bar in Langstrasse 120, non si dorme", "it"),
        ("musica alta tutte le sere dal bar in Josefstrasse 12", "it"),
        ("le luci in Weststrasse non vanno più", "it"),
        ("il bar in Langstrasse fa casino fino alle 3", "it"),
        ("la porta del cortile in Zurlindenstrasse 40 è rotta", "it"),
        ("musique forte chaque soir au bar de la Josefstrasse", "fr"),
        ("bruit toutes les nuits du bar à la Langstrasse 120, on ne dort pas", "fr"),
        ("le lampadaire de la Weststrasse ne s'allume plus", "fr"),
        # German with the same street names stays German
        ("Die Bar an der Langstrasse 120 ist jede Nacht laut", "de"),
        ("de bar a de langstrass isch jedi nacht luut", "de"),
    ],
)
def test_a_first_line_with_a_german_street_keeps_its_language(text: str, lang: str) -> None:
    assert of_a_new_chat(detect_language(text), None, text) == lang


def test_the_italian_resident_is_answered_in_italian(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("rumore tutte le notti dal bar in Langstrasse 120, non si dorme")
    assert chat.last and {r.lang for r in chat.last} == {"it"}
    chat.say("sì")
    assert chat.last and {r.lang for r in chat.last} == {"it"}
    # The model before corpus round 14 was unsure of the topic (sicherheit 0.48):
    # "sì" then brought the topic choice, with its Italian hint. Since round 14 it
    # is sicherheit 0.67 (nightly noise from a bar: the contract's "nightly
    # disturbance of the peace"), so "sì" forwards it, in Italian.
    [reply] = chat.last
    assert reply.text.startswith(t("it", "forwarded").split("{reference}")[0]), reply.text
    assert "Stadtpolizei Zürich" in reply.text
