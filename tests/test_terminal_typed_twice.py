"""A number typed twice is not read against the next question's buttons
(new-user trial f, section 10): after [3] "Ort ändern", a second "3" picked
Kreis 3 without a word; after a topic chosen by "5", a second "5" at the
confirmation was read as a house number."""

from __future__ import annotations

import io

from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.settings import Settings
from bot.terminal import run_chat
from bot.texts import t
from nlp.classifier import ConcernClassifier
from tests.conftest import concerns

TWICE = t("de", "typed_twice", number="3")


def _chat(dialog: Dialog, lines: str) -> str:
    out = io.StringIO()
    run_chat(dialog, io.StringIO(lines), out, chat_id="twice", interactive=False)
    return out.getvalue()


def test_ort_aendern_pressed_twice_does_not_pick_kreis_3(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    transcript = _chat(dialog, "Der Kübel an der Josefstrasse 20 ist voll\n3\n3\n")
    assert TWICE in transcript
    [bin_] = concerns(engine)
    assert bin_.kreis == 5  # still the Josefstrasse, not Kreis 3
    assert transcript.count("[5] Kreis 5") == 2  # the Kreise shown again
    # Sent once more, it counts.
    transcript = _chat(dialog, "3\n")
    [bin_] = concerns(engine)
    assert bin_.kreis == 3 and "Kreis 3" in transcript


def test_a_topic_number_twice_is_no_house_number(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    transcript = _chat(dialog, "Da ist etwas kaputt bei der Josefstrasse 20\n4\n5\n5\n")
    assert t("de", "typed_twice", number="5") in transcript
    assert t("de", "number_without_street") not in transcript
    [concern] = concerns(engine)
    assert concern.place_text == "Josefstrasse 20"


def test_the_same_number_for_a_different_reason_later_counts(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    # "3" for "Ort ändern", then a place typed, then "3" again at the confirmation.
    transcript = _chat(dialog, "Der Kübel an der Josefstrasse 20 ist voll\n3\nIdaplatz\n3\n")
    assert TWICE not in transcript
