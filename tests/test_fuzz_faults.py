"""Faults inside the handling (issue 10, bad input; the random updates are in
tests/test_fuzz_updates.py): an exception injected into one step of handling a
concern sentence or an emergency (classifying, placing, splitting, storing, routing,
the reference, the office's alert, the outbox): the update succeeds or ends in
a DialogFailure whose `stored` is true to the store, and an emergency's numbers
still go out (owed by the failure, or already queued with the text).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from types import FrameType
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from bot.dialog import Dialog
from nlp.classifier import ConcernClassifier
from tests import fuzz_strategies as fs
from tests.fuzz_drive import drive, text_update
from tests.fuzz_store import (  # noqa: F401 (fixtures)
    COUNTS,
    EXAMPLES,
    WORD,
    Store,
    fuzz_settings,
    new_outbox_texts,
    report,
    seed,
    snapshot,
    sqlite_store,
)


class Faulty:
    """The classifier, with one method failing at its `at`-th call."""

    def __init__(self, real: ConcernClassifier, method: str, at: int) -> None:
        self._real, self._method, self._left = real, method, at

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._real, name)
        if name != self._method:
            return attr

        def failing(*args: Any, **kwargs: Any) -> Any:
            self._left -= 1
            if self._left == 0:
                raise RuntimeError("injected fault")
            return attr(*args, **kwargs)

        return failing


# Where a fault is injected: a classifier method, or a function the dialog calls
# (named by the module that defines it; patched in every module that holds it,
# see `replaced`), failing at its n-th call.
FAULTS = (
    ("clf", "classify"),
    ("clf", "topic"),
    ("clf", "place"),
    ("module", "bot.dialog.intake.split_concerns"),
    ("module", "store.concerns.create_concern"),
    ("module", "store.conversations.lock_conversation"),
    ("module", "store.routing.apply_routing"),
    ("module", "store.concerns.assign_reference"),
    ("module", "bot.staff.alerts.concern_arrived"),
    ("module", "store.outbox.enqueue"),
    ("module", "store.outbox.enqueue_many"),
)
_PACKAGES = ("bot", "store", "digest")


def _function(name: str) -> Any:
    module, _, attr = name.rpartition(".")
    return getattr(importlib.import_module(module), attr)


@contextmanager
def replaced(name: str, make: Callable[[Callable[..., Any]], Any]) -> Iterator[None]:
    """The function `name` ("module.function") replaced by `make(original)` in
    every module of ours that holds it: the dialog calls the store through
    store.repository (`repo.create_concern`), which re-exports it, and the store
    calls it from its own modules (store.arrival locks the conversation with
    store.conversations.lock_conversation), so patching one of them alone misses
    the other's calls."""
    attr = name.rpartition(".")[2]
    original = _function(name)
    holders = [
        held
        for key, held in list(sys.modules.items())
        if key.partition(".")[0] in _PACKAGES and getattr(held, attr, None) is original
    ]
    replacement = make(original)
    for held in holders:
        setattr(held, attr, replacement)
    try:
        yield
    finally:
        for held in holders:
            setattr(held, attr, original)


@contextmanager
def fault_in(dialog: Dialog, where: tuple[str, str], at: int) -> Iterator[None]:
    kind, name = where
    if kind == "clf":
        real = dialog.clf
        dialog.clf = Faulty(real, name, at)  # type: ignore[assignment]
        try:
            yield
        finally:
            dialog.clf = real
        return
    calls = {"n": 0}

    def failing_at(original: Callable[..., Any]) -> Callable[..., Any]:
        def failing(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == at:
                raise RuntimeError("injected fault")
            return original(*args, **kwargs)

        return failing

    with replaced(name, failing_at):
        yield


def kept(engine: Engine, chat_id: int, text: str) -> bool:
    """Is every content word of `text` in the resident's concerns or conversation?"""
    snap = snapshot(engine)
    resident = snap.residents.get(str(chat_id))
    if resident is None:
        return False
    corpus = " ".join(f"{r[1] or ''}" for r in snap.concerns.values() if r[0] == resident)
    corpus += " " + " ".join(snap.conversations.get(str(chat_id), ("", "")))
    return all(w in corpus for w in WORD.findall(text.strip()))


@settings(
    max_examples=max(1, EXAMPLES // 3),
    deadline=None,
    derandomize=not os.environ.get("FUZZ_EXPLORE"),
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    person=st.sampled_from([*fs.RESIDENTS, fs.NEWCOMER]),
    text=st.sampled_from(fs.CONCERNS + fs.EMERGENCIES),
    where=st.sampled_from(FAULTS),
    at=st.sampled_from([1, 1, 2, 3]),
)
def test_a_failure_inside_the_handling_says_truly_whether_the_text_was_kept(
    classifier: ConcernClassifier,
    sqlite_store: Store,  # noqa: F811 (the fixture imported above)
    person: fs.Person,
    text: str,
    where: tuple[str, str],
    at: int,
) -> None:
    """Whatever step fails, the update either succeeds or ends in a DialogFailure
    whose `stored` is true to the store (the apology says so to the resident),
    with the emergency numbers first for an emergency; nothing else escapes."""
    engine, url = sqlite_store.fresh()
    dialog = Dialog(engine=engine, classifier=classifier, settings=fuzz_settings(url))
    before = snapshot(engine)
    try:
        with fault_in(dialog, where, at):
            outcome = drive(dialog, text_update(1, person.user_id, text))
        COUNTS["faults injected"] += 1
        if outcome.failure is None:
            return  # the fault was not reached (or was handled)
        COUNTS["DialogFailures checked"] += 1
        assert outcome.failure.stored == kept(engine, person.user_id, text), (
            f"stored={outcome.failure.stored} is not true with a fault in {where} (call {at})"
        )
        if text in fs.EMERGENCIES:  # the numbers go out: still owed, or queued with the text
            queued = new_outbox_texts(person.user_id, before, snapshot(engine))
            owed = [r.text for r in outcome.failure.replies]
            assert any("144" in (t or "") for t in owed + queued), "no emergency numbers"
    finally:
        sqlite_store.done(engine)


def test_a_fault_reaches_every_call_of_its_function(
    classifier: ConcernClassifier,
    sqlite_store: Store,  # noqa: F811 (the fixture imported above)
) -> None:
    """`replaced` reaches the store's calls from its own modules too: a newcomer's
    concern and an emergency call each store function of FAULTS as often as the
    dialog makes them run (counted inside the function: the arrival locks the
    conversation, create_concern gives the reference on SQLite), not only the
    dialog's calls through store.repository."""
    engine, url = sqlite_store.fresh()
    dialog = Dialog(engine=engine, classifier=classifier, settings=fuzz_settings(url))
    store_faults = [name for kind, name in FAULTS if name.startswith("store.")]
    seen: Counter[str] = Counter()
    ran: Counter[str] = Counter()

    def counted(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def make(original: Callable[..., Any]) -> Callable[..., Any]:
            def counting(*args: Any, **kwargs: Any) -> Any:
                seen[name] += 1
                return original(*args, **kwargs)

            return counting

        return make

    # The functions' own code: each run of it counted, however it was called.
    code = {_function(name).__code__: name for name in store_faults}

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code in code:
            ran[code[frame.f_code]] += 1

    try:
        with ExitStack() as patches:
            for name in store_faults:
                patches.enter_context(replaced(name, counted(name)))
            sys.setprofile(profile)
            try:
                for update_id, text in enumerate([fs.CONCERNS[0], fs.EMERGENCIES[0]], start=1):
                    drive(dialog, text_update(update_id, fs.NEWCOMER.user_id, text))
            finally:
                sys.setprofile(None)
    finally:
        sqlite_store.done(engine)
    assert all(ran[name] for name in store_faults), ran
    assert seen == ran
