"""Work one update does once (issue 10, round 8): a known resident's idle text
reads the latest concern once, not once per check that asks for it; a new
concern's text goes through the urgent stage once, not again when classified,
and through the topic model once when its topic was asked before."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from bot.dialog import Dialog
from bot.texts import t
from nlp.classifier import ConcernClassifier, likeliest
from nlp.tokenizer import NormalisingTokenizer
from nlp.urgent import UrgentResult, detect_urgent, detector
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern

LAMP = "Die Strassenlampe an der Josefstrasse 12 brennt nicht"


@contextmanager
def latest_reads(engine: Engine) -> Iterator[list[str]]:
    """The statements that read a resident's concerns newest first (`concerns_of`)."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        flat = " ".join(statement.split())
        if "FROM concern" in flat and "ORDER BY concern.created_at DESC" in flat:
            seen.append(flat)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_an_idle_text_reads_the_latest_concern_once(dialog: Dialog, engine: Engine) -> None:
    """Again (`again.closed_concern`), an addition (`addition.forwarded_concern`)
    and an emergency's place (`late_place.waiting_for_place`) each ask for the
    latest concern of a resident who filed before: one read between them."""
    file_concern(dialog)  # forwarded a moment ago
    resident = Chat(dialog, RESIDENT)
    with latest_reads(engine) as reads:
        resident.say(LAMP)  # another concern: all three checks look, none takes it
    assert len(reads) == 1, reads
    assert "Gehört das zu" not in resident.text  # not an addition: a concern of its own
    assert len(concerns(engine)) == 2


def test_the_checks_still_see_the_latest_concern(dialog: Dialog, engine: Engine) -> None:
    """The one read serves each check: the addition is still recognised."""
    bin_ = file_concern(dialog)
    resident = Chat(dialog, RESIDENT)
    with latest_reads(engine) as reads:
        resident.say("Das isch e Seich, de Kübel isch jedi Wuche voll!!")
    assert resident.text == t("de", "addition_ask", reference=bin_.reference)
    assert len(reads) == 1, reads


def test_a_new_concern_is_read_for_an_emergency_once(
    dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Dialog.handle` reads each text for an emergency first; classifying the
    new concern takes that result (`core.urgent_of`), not the urgent stage again."""
    runs: list[list[str]] = []
    plain = detector._detect_zoned

    def counted(texts: Sequence[str], *rest: Any) -> Any:
        runs.append(list(texts))
        return plain(texts, *rest)

    monkeypatch.setattr(detector, "_detect_zoned", counted)
    chat = Chat(dialog)
    chat.say(LAMP)
    assert runs == [[LAMP]]
    assert any(b.data.startswith("ok:") for b in chat.buttons)  # classified, to confirm


def test_classify_takes_a_known_urgent_result_only_for_a_text_as_written(
    classifier: ConcernClassifier,
) -> None:
    """The known result stands in for the urgent stage where that stage would read
    the same tokens: the text as written (normalise() changes nothing). A text the
    topic model reads normalised ("Foto anbei" dropped) is read again, as before."""
    for text in (LAMP, "Es brennt im Keller, kommt schnell", "Kübel voll am Idaplatz, Foto anbei"):
        assert classifier.classify(text, urgent=detect_urgent(text)) == classifier.classify(text)
    forged = UrgentResult(True, "model", "fire", 0.99)  # not what the stage finds
    assert classifier.classify(LAMP, urgent=forged).urgent  # taken: not read again
    assert not classifier.classify(f"{LAMP}, Foto anbei", urgent=forged).urgent  # read again


def test_a_known_residents_new_concern_goes_through_the_topic_model_once(
    dialog: Dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a text says more about the concern forwarded a moment ago asks for
    its topic (`addition.says_more`); classifying it as a new concern takes those
    scores (`Dialog.topic_of`), the topic model does not read it again."""
    file_concern(dialog)  # forwarded a moment ago
    read: list[str] = []
    plain = NormalisingTokenizer.__call__

    def counted(self: NormalisingTokenizer, text: str) -> Any:
        read.append(text)
        return plain(self, text)

    monkeypatch.setattr(NormalisingTokenizer, "__call__", counted)
    resident = Chat(dialog, RESIDENT)
    resident.say(LAMP)
    assert read.count(LAMP) == 1, read
    assert any(b.data.startswith("ok:") for b in resident.buttons)  # classified, to confirm


def test_classify_with_known_scores_is_the_same(classifier: ConcernClassifier) -> None:
    texts = (LAMP, "Kübel voll am Idaplatz, Foto anbei", "bei uns im Quartier", "Es brennt!")
    for text in texts:
        urgent, cats = detect_urgent(text), classifier.scores(text)
        assert classifier.classify(text, urgent=urgent, cats=cats) == classifier.classify(text)
        assert classifier.topic(text) == likeliest(cats)
