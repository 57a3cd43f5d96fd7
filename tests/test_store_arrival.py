"""A message's arrival in as few statements as the guarantees allow (docs/load.md,
round 4): the update's claim, the staff check and the resident's UPDATE in one
statement on PostgreSQL (two on SQLite), a new chat's conversation inserted
without a SELECT first, no rate-limit count for a resident created just now,
and the conversation's concern read with a Core SELECT (none when the session
holds it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from bot.dialog import Dialog
from store import repository as repo
from store.db import make_engine, session_scope
from store.models import Conversation, Resident, Role, utcnow
from store.staff import add_staff, remove_staff
from tests.chat import Chat
from tests.conftest import concerns
from tests.threads import run_threads

STAFF = "900"


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The statements run meanwhile (first word and table, no values), without
    BEGIN and COMMIT."""
    seen: list[str] = []

    def record(_c: object, _cur: object, stmt: str, *_: object) -> None:
        words = stmt.split()
        if words[0] not in {"BEGIN", "COMMIT"}:
            seen.append(" ".join(words[:3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _arrive(s: Session, chat_id: str, update_id: int, **kw: object) -> repo.Arrival:
    return repo.arrive(
        s, channel="telegram", chat_id=chat_id, user_id=chat_id, update_id=update_id, **kw
    )  # type: ignore[arg-type]


def _resident(engine: Engine, chat_id: str) -> Resident | None:
    with session_scope(engine) as s:
        return repo.find_resident(s, channel="telegram", chat_id=chat_id)


def test_a_known_resident_s_text_arrives_in_one_statement(engine: Engine) -> None:
    with session_scope(engine) as s:
        _arrive(s, "r", 1, unless_staff=True)
    with session_scope(engine) as s, statements(engine) as seen:
        arrival = _arrive(s, "r", 2, unless_staff=True, language="fr")
        assert arrival.claimed and arrival.resident is not None
        assert arrival.resident.language == "fr" and not repo.fresh(arrival.resident)
    if engine.dialect.name == "postgresql":  # claim, staff check and UPDATE together
        assert seen == ["WITH claimed AS"]
    else:
        assert seen == ["INSERT INTO processed_update", "UPDATE resident SET"]


def test_a_repeat_delivery_writes_nothing_of_the_resident(engine: Engine) -> None:
    old = utcnow() - timedelta(days=3)
    with session_scope(engine) as s:
        resident = _arrive(s, "r", 1).resident
        assert resident is not None
        resident.last_seen_at, resident.language = old, "it"
    for unless_staff in (True, False):
        with session_scope(engine) as s:
            arrival = _arrive(s, "r", 1, unless_staff=unless_staff, language="fr")
            assert not arrival.claimed and arrival.resident is None
    again = _resident(engine, "r")
    assert again is not None and again.language == "it"
    assert again.last_seen_at is not None and again.last_seen_at <= old + timedelta(seconds=1)


def test_a_staff_chat_s_words_leave_its_resident_row_alone(engine: Engine) -> None:
    """Staff who once wrote as a resident: their words in the staff chat are
    not a resident's (no language, not seen); a command still is."""
    old = utcnow() - timedelta(days=3)
    with session_scope(engine) as s:
        resident = _arrive(s, STAFF, 1).resident
        assert resident is not None
        resident.last_seen_at = old
        add_staff(s, channel="telegram", chat_id=STAFF, office="erz", role=Role.STAFF)
    with session_scope(engine) as s:
        arrival = _arrive(s, STAFF, 2, unless_staff=True, language="fr")
        assert arrival.claimed and arrival.resident is None
    kept = _resident(engine, STAFF)
    assert kept is not None and kept.language == "de" and kept.last_seen_at is not None
    assert kept.last_seen_at <= old + timedelta(seconds=1)
    with session_scope(engine) as s:
        arrival = _arrive(s, STAFF, 3, language="fr")  # a command: no staff check
        assert arrival.resident is not None and arrival.resident.language == "fr"


def test_a_new_chat_s_resident_is_inserted_without_a_registry_select(engine: Engine) -> None:
    with session_scope(engine) as s, statements(engine) as seen:
        arrival = _arrive(s, "n", 1, unless_staff=True, language="fr")
        assert arrival.resident is not None and arrival.resident.language == "fr"
    first = (
        ["WITH claimed AS"]
        if engine.dialect.name == "postgresql"
        else [
            "INSERT INTO processed_update",
            "UPDATE resident SET",
        ]
    )
    assert seen == [*first, "INSERT INTO resident"]  # its NOT EXISTS checks the registry


def test_a_staff_chat_without_a_resident_row_gets_none(engine: Engine) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=STAFF, office="erz", role=Role.STAFF)
    with session_scope(engine) as s:
        arrival = _arrive(s, STAFF, 1, unless_staff=True)
        assert arrival.claimed and arrival.resident is None
    assert _resident(engine, STAFF) is None


def test_staff_removed_or_added_counts_from_the_next_message(
    engine: Engine, dialog: Dialog
) -> None:
    """No cache of the registry: two dialogs (replicas) on one database see a
    registration and its removal at once."""
    other = Dialog(engine=engine, classifier=dialog.clf, settings=dialog.settings)
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=STAFF, office="erz", role=Role.STAFF)
    text = "Die Strassenlampe an der Langstrasse 12 brennt nicht"
    assert "/eingang" in Chat(dialog, STAFF).say(text)[0].text
    with session_scope(engine) as s:
        assert remove_staff(s, chat_id=STAFF, channel="telegram") == 1
    answer = Chat(other, STAFF).say(text)
    assert "/eingang" not in " ".join(r.text for r in answer)
    assert _resident(engine, STAFF) is not None  # a resident now, with a concern
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=STAFF, office="erz", role=Role.STAFF)
    assert "/eingang" in Chat(dialog, STAFF).say("Und noch etwas")[0].text


def test_a_new_chat_needs_no_select_of_its_conversation_or_concerns(engine: Engine) -> None:
    with session_scope(engine) as s:
        resident = _arrive(s, "n", 1, unless_staff=True).resident
        assert resident is not None and repo.fresh(resident)
        with statements(engine) as seen:
            conv = repo.lock_conversation(s, channel="telegram", chat_id="n", new=True)
            assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 0
        assert seen == ["INSERT INTO conversation"] and conv.state == "idle"
        repo.create_concern(s, resident=resident, text="Laterne defekt")
        assert not repo.fresh(resident)  # it has a concern now: counted again, in
        with statements(engine) as seen:  # the concerns this transaction filed (store.recent)
            assert repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 1
        assert seen == []
    with session_scope(engine) as s:
        resident = _arrive(s, "n", 2).resident
        assert resident is not None and not repo.fresh(resident)
        # Told `new` wrongly: the row there is still the one read (and locked).
        conv = repo.lock_conversation(s, channel="telegram", chat_id="n", new=True)
        assert (
            conv.state == "idle"
            and repo.count_recent_concerns(s, resident=resident, since=repo.hour_ago()) == 1
        )


def test_a_known_resident_s_arrival_locks_the_conversation_in_the_same_statement(
    engine: Engine,
) -> None:
    with session_scope(engine) as s:
        arrival = _arrive(s, "r", 1, unless_staff=True, lock=True)  # a new chat
        assert arrival.conversation is not None
        repo.save_conversation(
            s, conversation=arrival.conversation, state="await_place", data={"k": 1}
        )
    with session_scope(engine) as s, statements(engine) as seen:
        arrival = _arrive(s, "r", 2, unless_staff=True, lock=True)
        conv = arrival.conversation
        assert conv is not None and (conv.state, conv.data) == ("await_place", {"k": 1})
        assert conv is s.get(Conversation, ("telegram", "r"))  # the session's object
    if engine.dialect.name == "postgresql":  # claim, resident and lock together
        assert seen == ["WITH claimed AS"]
    else:  # SQLite holds the write lock: the SELECT reads
        assert seen == [
            "INSERT INTO processed_update",
            "UPDATE resident SET",
            "SELECT conversation.channel, conversation.chat_id,",
        ]


def test_a_known_resident_without_a_conversation_gets_one_created_and_locked(
    engine: Engine,
) -> None:
    with session_scope(engine) as s:
        _arrive(s, "r", 1)  # the resident only (retention deleted an idle conversation)
    with session_scope(engine) as s, statements(engine) as seen:
        conv = _arrive(s, "r", 2, lock=True).conversation
        assert conv is not None and (conv.state, conv.data) == ("idle", {})
    if engine.dialect.name == "postgresql":  # looked for in the arrival: not again
        assert seen == ["WITH claimed AS", "INSERT INTO conversation"]


def test_no_lock_for_a_repeat_or_a_staff_chat_s_words(engine: Engine) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id=STAFF, office="erz", role=Role.STAFF)
        _arrive(s, "r", 1, lock=True)
    with session_scope(engine) as s:
        assert _arrive(s, "r", 1, lock=True) == repo.Arrival(False, None)
        staff = _arrive(s, STAFF, 2, unless_staff=True, lock=True)
        assert staff.claimed and staff.resident is None and staff.conversation is None


def test_the_first_concern_records_the_consent_with_its_insert(
    engine: Engine, dialog: Dialog
) -> None:
    with statements(engine) as seen:
        Chat(dialog, "c").say("Die Strassenlampe an der Langstrasse 12 brennt nicht")
    first = _resident(engine, "c")
    assert first is not None and first.consent_at is not None
    [concern] = concerns(engine)
    assert first.consent_at == concern.created_at  # recorded with it
    if engine.dialect.name == "postgresql":  # in the concern's INSERT
        assert "UPDATE resident SET" not in seen and "WITH consented AS" in seen
    Chat(dialog, "c").say("Der Abfallkübel am Idaplatz ist voll")
    again = _resident(engine, "c")
    assert again is not None and again.consent_at == first.consent_at  # the first one's


def test_own_concern_is_one_select_or_none(engine: Engine) -> None:
    with session_scope(engine) as s:
        mine = _arrive(s, "a", 1).resident
        theirs = _arrive(s, "b", 2).resident
        assert mine is not None and theirs is not None
        created = repo.create_concern(s, resident=mine, text="Laterne defekt")
        concern_id = created.id
        assert concern_id is not None
        with statements(engine) as seen:  # held by the session: no SQL
            assert repo.own_concern(s, concern_id=concern_id, resident=mine) is not None
        assert seen == []
    with session_scope(engine) as s:
        mine = _arrive(s, "a", 3).resident
        theirs = _arrive(s, "b", 4).resident
        assert mine is not None and theirs is not None
        assert repo.own_concern(s, concern_id=concern_id, resident=theirs) is None
        with statements(engine) as seen:
            concern = repo.own_concern(s, concern_id=concern_id, resident=mine)
            assert concern is not None and concern.text == "Laterne defekt"
            assert repo.own_concern(s, concern_id=concern_id + 99, resident=mine) is None
        assert seen == ["SELECT concern.id, concern.reference,"] * 2  # Core, no ORM load
        assert not s.dirty


# -- several transactions at once (an SQLite file, PostgreSQL) ------------------


def test_first_messages_of_one_chat_at_once_make_one_resident_and_conversation(
    db_url: str,
) -> None:
    """The dialog's path (arrive, then lock_conversation told a fresh resident's
    chat is new): the first creates both; the others wait and read its state."""
    engine = make_engine(db_url)
    n = 4 if engine.dialect.name == "postgresql" else 2
    started = threading.Event()

    def message(i: int) -> None:
        if i > 0:
            assert started.wait(10)
        with session_scope(engine) as s:
            arrival = _arrive(s, "new", 100 + i, unless_staff=True)
            assert arrival.claimed and arrival.resident is not None
            conv = repo.lock_conversation(
                s, channel="telegram", chat_id="new", new=repo.fresh(arrival.resident)
            )
            seen = int(conv.data.get("n", 0))
            if i == 0:
                started.set()
                time.sleep(0.5)  # the others reach their statements meanwhile
            repo.save_conversation(s, conversation=conv, state="idle", data={"n": seen + 1})

    try:
        assert run_threads(n, message) == []
        with session_scope(engine) as s:
            assert repo.find_resident(s, channel="telegram", chat_id="new") is not None
            conv = repo.get_conversation(s, channel="telegram", chat_id="new")
            assert conv.data == {"n": n}  # serialised by the locks: none lost
    finally:
        engine.dispose()


@pytest.mark.parametrize("first_fails", [False, True])
def test_a_redelivery_waits_for_the_first_attempt(db_url: str, first_fails: bool) -> None:
    """The claim in the arrival's statement: a repeat while the first attempt
    runs waits for it; nothing twice when it commits, handled when it failed."""
    engine = make_engine(db_url)
    claimed: dict[int, bool] = {}
    holding = threading.Event()

    def attempt(i: int) -> None:
        if i == 1:
            assert holding.wait(10)
        with session_scope(engine) as s:
            arrival = _arrive(s, "r", 7, unless_staff=True)
            claimed[i] = arrival.claimed
            if i == 0:
                holding.set()
                time.sleep(0.5)
                if first_fails:
                    raise RuntimeError("the first attempt failed")

    try:
        errors = run_threads(2, attempt)
        assert [str(e) for e in errors] == (["the first attempt failed"] if first_fails else [])
        assert claimed == {0: True, 1: first_fails}
        assert _resident(engine, "r") is not None  # by the one that committed
    finally:
        engine.dispose()
