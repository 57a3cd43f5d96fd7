"""One update's analyses of a text are worked out once, and forgotten with the update."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest

from bot.dialog import Dialog, memo
from nlp import smalltalk
from tests.chat import Chat


def test_remembered_within_one_update_only() -> None:
    calls: list[object] = []

    def compute() -> object:
        calls.append(object())
        return calls[-1]

    with memo.one_update():
        first = memo.remembered("key", compute)
        assert memo.remembered("key", compute) is first
        assert len(calls) == 1
    assert memo.remembered("key", compute) is not first  # outside: nothing kept
    with memo.one_update():
        assert memo.remembered("key", compute) is not first  # a new update starts empty
    assert len(calls) == 3


def test_each_thread_has_its_own_memo() -> None:
    seen: list[object] = []
    with memo.one_update():
        mine = memo.remembered("key", object)

        def other() -> None:
            with memo.one_update():
                seen.append(memo.remembered("key", object))

        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        assert memo.remembered("key", object) is mine
    assert seen and seen[0] is not mine


def test_small_talk_reads_a_text_once_per_update(monkeypatch: pytest.MonkeyPatch) -> None:
    read: Counter[str] = Counter()
    plain = smalltalk._cover_now

    def counted(text: str) -> Any:
        read[text] += 1
        return plain(text)

    monkeypatch.setattr(smalltalk, "_cover_now", counted)
    with memo.one_update():
        assert smalltalk.smalltalk("Grüezi mitenand") is not None
        assert smalltalk.yes_no("Grüezi mitenand") is None
    assert read["Grüezi mitenand"] == 1
    smalltalk.smalltalk("Grüezi mitenand")
    smalltalk.smalltalk("Grüezi mitenand")
    assert read["Grüezi mitenand"] == 3  # outside an update, read each time


def test_a_message_place_is_resolved_once(dialog: Dialog, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Counter[tuple[Any, ...]]] = []
    plain = dialog.clf.place

    def counted(text: str, lat: float | None = None, lon: float | None = None) -> Any:
        asked[-1][(text, lat, lon)] += 1
        return plain(text, lat, lon)

    monkeypatch.setattr(dialog.clf, "place", counted)
    chat = Chat(dialog)
    for line in ("Die Strassenlampe an der Josefstrasse 12 brennt nicht", "Ja"):
        asked.append(Counter())
        chat.say(line)
    assert sum(asked[0].values()) >= 1
    assert all(n == 1 for counts in asked for n in counts.values()), asked
