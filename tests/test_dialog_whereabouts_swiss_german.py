"""Where the writer is, said in Swiss German, before an emergency: one emergency, as
the German "Ich bin an der Josefstrasse und da liegt ein Mann am Boden" is (closing
note leftovers, item 2; the guard: nlp.split_emergency.says_where_only, read by
nlp.urgent.whereabouts). Before, "mir sind bi de …", "bi grad am …" and "ich stoh …"
were no whereabouts to it, so a topic the classifier was sure of split a where-only
part off the emergency (a retrained model was 0.75 sure of "Ich bin an der
Josefstrasse"; the tests make it sure, as that model was)."""

from __future__ import annotations

from functools import cache

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.split_emergency import emergency_follows, emergency_there, says_where_only
from nlp.urgent import detect_urgent
from tests.chat import Chat
from tests.conftest import concerns

WHAT = "da liit en Maa am Bode"
# The German line the guard already read, and its Swiss German (and plural) forms.
WHERE = [
    "Ich bin an der Bushaltestelle Josefstrasse",
    "Ich bi a de Bushaltestell Josefstrasse",
    "bin grad a de Bushaltestell Josefstrasse",
    "mir sind bi de Bushaltestell Josefstrasse",
    "mer sind grad a de Bushaltestell Josefstrasse",
    "bi grad a de Bushaltestell Josefstrasse",
    "ich stoh jetzt grad vor em Coop a de Josefstrasse",
    "wir sind an der Bushaltestelle Josefstrasse",
]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("joint", [" und ", ". "])
def test_where_the_writer_is_and_an_emergency_is_one_emergency(
    dialog: Dialog, engine: Engine, monkeypatch: pytest.MonkeyPatch, where: str, joint: str
) -> None:
    read = dialog.topic_of
    monkeypatch.setattr(dialog, "topic_of", lambda t: ("verkehr", 0.95) if t == where else read(t))
    what = WHAT if joint == " und " else WHAT.capitalize()
    text = f"{where}{joint}{what}"
    chat = Chat(dialog)
    chat.say(text)
    assert "117" in chat.text
    [emergency] = concerns(engine)
    assert emergency.urgent and emergency.text == text


@pytest.mark.parametrize("where", WHERE)
def test_the_guard_reads_it_as_whereabouts(where: str) -> None:
    urgent_of = cache(lambda part: detect_urgent(part).urgent)
    assert says_where_only(where)
    assert not emergency_there(where, WHAT, lambda _: True, urgent_of)
    assert not emergency_follows(where, WHAT.capitalize(), lambda _: True, urgent_of)


@pytest.mark.parametrize(
    "line",
    [
        "mir sind uf de Brugg bim Bahnhof",  # on a bridge: the model decides
        "mir sind bi de Josefstrasse und da liit en Maa",  # a second clause
        "bi de Josefstrasse liit en Maa am Bode",  # "bi" a preposition: no writer
    ],
)
def test_no_whereabouts(line: str) -> None:
    assert not says_where_only(line)
