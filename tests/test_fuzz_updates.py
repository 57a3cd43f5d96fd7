"""Thousands of random Telegram updates through the real handling (issue 10, bad
input): the update's JSON -> telegram.Update.de_json -> to_incoming -> the real
Dialog and staff desk (the code on_update runs) with the real trained model, on
a real store seeded with three residents' concerns and three staff chats, afresh
for every example: an SQLite file, and PostgreSQL when TEST_DATABASE_URL is set
(fewer examples there).

Properties checked after every update:
- nothing escapes the dialog; not even the documented DialogFailure happens
  (the store is healthy, so a DialogFailure is a crash in disguise);
- a concern sentence a resident sends (text or caption) is in the store
  afterwards (a concern of theirs, or the conversation's kept text);
- the replies are queued in the outbox (in the handling's own transaction),
  each once;
- no message queued to a resident or a non-staff group shows a reference
  number, marker word or name of another resident, unless that chat typed it;
- a resident's update changes no other resident's concern, conversation or the
  staff registrations, and queues messages only to itself and staff chats
  (forged staff commands and buttons by non-staff change no concern at all);
- a group never files a concern; a group member who is not staff gets no reply;
- updates the bot ignores (edits in groups, channel posts, member changes, ...)
  change nothing, and a repeated update (same update_id) is answered with nothing
  and changes nothing;
- a staff member's command or button changes no concern they may not see
  (bot.staff.access; their own /rueckgaengig aside);
- every reply has text, and every button's data is at most 64 bytes and decodes
  with the bot's own codec;
- between updates, now and then, the maintenance job runs 1, 3 or 48 hours
  ahead (drafts forwarded unconfirmed, held concerns released): no concern
  lost, and nothing queued to a resident (after any step, also staff actions'
  notices) shows another resident's reference, marker or name.

A second test converts ten times as many updates (Update.de_json -> to_incoming
alone): nothing raises, edits in groups, channel posts, member changes and a
group's plain words are ignored, and what comes in is clean (no NUL, no lone
surrogate) and belongs to its chat.

Faults injected inside the handling: tests/test_fuzz_faults.py. The seeded
store and the sizes (FUZZ_EXAMPLES, FUZZ_EXPLORE, FUZZ_SHRINK): tests/fuzz_store.py.
Run with -s for the counts.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import select
from telegram import Update

from bot.dialog import Dialog, Reply
from bot.dialog.codec import decode as decode_resident
from bot.notices import enqueue_notices
from bot.staff import access
from bot.staff.codec import decode as decode_staff
from bot.staff.desk import command_name
from bot.telegram.convert import clean_text, to_incoming
from nlp.classifier import ConcernClassifier
from store.db import session_scope
from store.models import Concern, utcnow
from store.staff import find_staff
from tests import fuzz_strategies as fs
from tests.fuzz_drive import drive
from tests.fuzz_store import (  # noqa: F401 (fixtures)
    COUNTS,
    EXAMPLES,
    REFERENCE,
    WORD,
    Snapshot,
    Store,
    fuzz_settings,
    new_outbox_texts,
    pg_store,
    report,
    seed,
    snapshot,
    sqlite_store,
)

MIN_STEPS, MAX_STEPS = 6, 24  # updates per example


def is_staff(snap: Snapshot, sent: fs.Sent) -> bool:
    """The desk's own rule: the person's registration, else the chat's (a team inbox)."""
    if sent.chat_id is None:
        return False
    registered = {m[1] for m in snap.staff if m[0] == "telegram"}
    person = sent.person
    own = person is not None and (sent.chat_id < 0 or person.user_id != sent.chat_id)
    if own and person is not None and str(person.user_id) in registered:
        return True
    return str(sent.chat_id) in registered


# -- the checks --------------------------------------------------------------------


@dataclass
class Typed:
    """What each chat has typed in this example (a chat may see its own words)."""

    by_chat: dict[int, list[str]] = field(default_factory=dict)

    def add(self, chat_id: int | None, text: str | None) -> None:
        if chat_id is not None and text:
            self.by_chat.setdefault(chat_id, []).append(text.casefold())

    def typed(self, chat_id: int, needle: str) -> bool:
        return any(needle.casefold() in t for t in self.by_chat.get(chat_id, []))


def check_well_formed(replies: list[Reply]) -> None:
    for reply in replies:
        assert isinstance(reply.text, str) and reply.text.strip(), reply
        for row in reply.buttons:
            for button in row:
                assert button.label.strip()
                assert len(button.data.encode()) <= 64, button
                assert decode_resident(button.data) or decode_staff(button.data), button


def check_privacy(
    chat_id: int, texts: list[str], before: Snapshot, after: Snapshot, typed: Typed, said: str = ""
) -> None:
    """Nothing of another resident in what chat `chat_id` is sent (except what
    that chat typed, or what staff wrote to it in `said`)."""
    mine = {before.residents.get(str(chat_id)), after.residents.get(str(chat_id))} - {None}
    own_refs = {
        str(c[7]).upper()
        for snap in (before, after)
        for c in snap.concerns.values()
        if c[0] in mine and c[7]
    }
    for text in texts:
        for ref in REFERENCE.findall(text):
            known = typed.typed(chat_id, ref) or ref.casefold() in said.casefold()
            assert ref.upper() in own_refs or known, (
                f"chat {chat_id} was shown another resident's reference {ref}: {text!r}"
            )
        for person in fs.RESIDENTS:
            if person.user_id == chat_id:
                continue
            for secret in (person.marker, person.first_name):
                known = typed.typed(chat_id, secret) or secret.casefold() in said.casefold()
                assert secret.casefold() not in text.casefold() or known, (
                    f"chat {chat_id} was shown {secret!r} of chat {person.user_id}: {text!r}"
                )


def check_residents_outbox(before: Snapshot, after: Snapshot, typed: Typed, said: str) -> None:
    """Whatever was queued to a resident's chat (replies, notices of staff
    actions, drafts forwarded by the maintenance) shows nothing of another's."""
    staff_chats = {m[1] for m in after.staff}
    for chat in {to for oid, (to, _) in after.outbox.items() if oid not in before.outbox}:
        if chat in staff_chats or not chat.isdigit():
            continue
        texts = new_outbox_texts(int(chat), before, after)
        check_privacy(int(chat), texts, before, after, typed, said)


def hidden_from(engine: Engine, dialog: Dialog, sent: fs.Sent) -> set[int] | None:
    """The concerns the staff member behind `sent` may not see (bot.staff.access),
    by the desk's own rule for who that is; None when it is not a staff matter."""
    if sent.chat_id is None or sent.person is None:
        return None
    with session_scope(engine) as s:
        person = find_staff(s, channel="telegram", chat_id=str(sent.person.user_id))
        own = sent.chat_id < 0 or sent.person.user_id != sent.chat_id
        member = (person if own else None) or find_staff(
            s, channel="telegram", chat_id=str(sent.chat_id)
        )
        if member is None:
            return None
        return {
            c.id
            for c in s.exec(select(Concern))
            if c.id is not None and not access.can_see(dialog.routing, member, c)
        }


def check_others_untouched(chat_id: int, before: Snapshot, after: Snapshot) -> None:
    """A resident's (or non-staff group member's) update leaves everyone else alone."""
    mine = {before.residents.get(str(chat_id)), after.residents.get(str(chat_id))} - {None}
    for cid, row in before.concerns.items():
        if row[0] not in mine:
            assert after.concerns.get(cid) == row, f"concern {cid} of another resident changed"
            assert after.events.get(cid, 0) == before.events.get(cid, 0), cid
    for cid, row in after.concerns.items():
        if cid not in before.concerns:
            assert row[0] in mine, f"concern {cid} filed for someone else"
    assert after.staff == before.staff, "staff registrations changed"
    staff_chats = {m[1] for m in after.staff}
    for oid, (to, _) in after.outbox.items():
        if oid not in before.outbox:
            assert to == str(chat_id) or to in staff_chats, f"message queued to chat {to}"
    for chat, conv in before.conversations.items():
        if chat != str(chat_id):
            assert after.conversations.get(chat) == conv, f"conversation {chat} changed"


def check_stored(chat_id: int, text: str, after: Snapshot, max_length: int) -> None:
    """Every content word of the concern sentence (as far as the length limit
    keeps it) is in the resident's concerns or in their conversation."""
    kept = (clean_text(text) or "").strip()[:max_length]
    words = WORD.findall(kept)
    if len(kept) < len((clean_text(text) or "").strip()):
        words = words[:-1]  # the last one may be cut
    resident = after.residents.get(str(chat_id))
    assert resident is not None, "no resident stored"
    corpus = " ".join(
        f"{row[1] or ''} {row[6] or ''}" for row in after.concerns.values() if row[0] == resident
    )
    corpus += " " + " ".join(after.conversations.get(str(chat_id), ("", "")))
    missing = [w for w in words if w not in corpus]
    assert not missing, f"concern text lost: {missing[:5]} of {text[:80]!r}"


def forged(sent: fs.Sent) -> bool:
    """A staff command or staff button (S:...) from someone who is not staff."""
    body = next(iter(sent.payload.values()))
    if isinstance(body, dict) and str(body.get("data", "")).startswith("S:"):
        return True
    if not sent.text or not sent.text.startswith("/"):
        return False
    return command_name(sent.text) in fs.STAFF_COMMANDS


def run_example(classifier: ConcernClassifier, store: Store, steps: list[Any]) -> None:
    engine, url = store.fresh()
    config = fuzz_settings(url)
    dialog = Dialog(engine=engine, classifier=classifier, settings=config)
    typed = Typed()
    history: list[tuple[fs.Sent, dict[str, Any]]] = []
    last = snapshot(engine)  # the store before the next step
    try:
        for n, (sent, again) in enumerate(steps):
            if "tick" in sent.payload:
                last = tick(dialog, engine, typed, sent.payload["tick"], last)
                continue
            repeat = again and bool(history)
            if repeat:
                sent, payload = history[-1]
                sent = fs.Sent(payload, sent.chat_id, sent.person, sent.text, False)
            else:
                payload = {"update_id": 10_000 + n, **sent.payload}
                history.append((sent, payload))
            before = last
            staff = is_staff(before, sent)
            undo = sent.text is not None and command_name(sent.text) in {
                "rueckgaengig",
                "rückgängig",
            }
            hidden = hidden_from(engine, dialog, sent) if staff and not undo else None
            outcome = drive(dialog, payload)
            after = last = snapshot(engine)
            typed.add(sent.chat_id, sent.text)
            assert outcome.failure is None, f"DialogFailure (stored={outcome.failure.stored})"
            check_well_formed(outcome.replies)
            check_residents_outbox(before, after, typed, sent.text or "")
            COUNTS["updates"] += 1
            COUNTS["handled" if outcome.handled else "ignored"] += 1
            event("handled" if outcome.handled else "ignored")
            if not outcome.handled or repeat:
                assert outcome.replies == [], "an ignored or repeated update was answered"
                assert after == before, "an ignored or repeated update changed the store"
                continue
            assert sent.chat_id is not None
            group = sent.chat_id < 0
            if group:
                assert str(sent.chat_id) not in after.residents, "a group became a resident"
                assert len(after.concerns) == len(before.concerns), "a group filed a concern"
            if group:
                COUNTS["group updates handled"] += 1
            queued = new_outbox_texts(sent.chat_id, before, after)
            said = [r.text for r in outcome.replies]
            if staff:
                COUNTS["from staff"] += 1
                assert all(text in queued for text in said), "a staff reply was not queued"
                for cid in hidden or set():  # what a member may not see, they cannot change
                    assert after.concerns.get(cid) == before.concerns[cid], cid
                    assert after.events.get(cid, 0) == before.events.get(cid, 0), cid
                COUNTS["staff updates checked against access"] += hidden is not None
                continue
            assert queued == said, "the replies queued in the outbox are not the replies"
            if forged(sent):
                COUNTS["staff commands/buttons forged by non-staff"] += 1
                assert after.concerns == before.concerns, "a forged staff command changed a concern"
                assert after.events == before.events, "a forged staff command was recorded"
            if group:
                assert outcome.replies == [], "a non-staff member was answered in a group"
            check_privacy(sent.chat_id, queued, before, after, typed)
            check_others_untouched(sent.chat_id, before, after)
            if sent.concern_like and sent.text is not None:
                check_stored(sent.chat_id, sent.text, after, config.max_text_length)
                COUNTS["concern sentences stored"] += 1
                event("concern sentence stored")
    finally:
        store.done(engine)


def tick(dialog: Dialog, engine: Engine, typed: Typed, hours: int, before: Snapshot) -> Snapshot:
    """The maintenance job `hours` from now: drafts time out and are forwarded
    unconfirmed, held concerns are released; the residents' notices are queued."""
    notices = dialog.maintenance(now=utcnow() + timedelta(hours=hours))
    enqueue_notices(engine, notices)
    after = snapshot(engine)
    COUNTS["maintenance runs"] += 1
    COUNTS["maintenance notices"] += len(notices)
    for notice in notices:
        check_well_formed([notice.reply])
    check_residents_outbox(before, after, typed, "")
    assert set(before.concerns) <= set(after.concerns), "the maintenance lost a concern"
    return after


def fuzz(examples: int) -> Any:
    """The test's hypothesis settings and the updates it draws."""
    options = settings(
        max_examples=examples,
        deadline=None,
        derandomize=not os.environ.get("FUZZ_EXPLORE"),  # FUZZ_EXPLORE=1: new examples
        database=None,
        # Shrinking examples of a dozen updates with the model takes many minutes:
        # on by request (FUZZ_SHRINK=1); a failure prints its example either way.
        phases=[Phase.explicit, Phase.generate]
        + ([Phase.shrink] if os.environ.get("FUZZ_SHRINK") else []),
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
    tick = st.sampled_from([1, 3, 48]).map(
        lambda h: (fs.Sent({"tick": h}, None, None, None, False), False)
    )
    repeat = st.sampled_from([True] + [False] * 9)  # 1 in 10: a repeat delivery
    update = st.tuples(fs.update(), repeat)
    updates = st.lists(
        st.sampled_from([True] + [False] * 31).flatmap(lambda t: tick if t else update),
        min_size=MIN_STEPS,
        max_size=MAX_STEPS,
    )

    def wrap(test: Any) -> Any:
        return options(given(steps=updates)(test))

    return wrap


@fuzz(EXAMPLES)
def test_random_updates_sqlite(
    classifier: ConcernClassifier,
    sqlite_store: Store,  # noqa: F811 (the fixture imported above)
    steps: list[Any],
) -> None:
    COUNTS["examples (sqlite)"] += 1
    run_example(classifier, sqlite_store, steps)


@fuzz(max(1, EXAMPLES // 4))
def test_random_updates_postgresql(
    classifier: ConcernClassifier,
    pg_store: Store,  # noqa: F811 (the fixture imported above)
    steps: list[Any],
) -> None:
    COUNTS["examples (postgresql)"] += 1
    run_example(classifier, pg_store, steps)


# -- the conversion alone, many more updates -----------------------------------------

KINDS = {"text", "command", "photo", "location", "contact", "callback", "edited", "unsupported"}
SURROGATE = re.compile("[\ud800-\udfff]")


@settings(
    max_examples=EXAMPLES * 10,
    deadline=None,
    derandomize=not os.environ.get("FUZZ_EXPLORE"),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sent=fs.update())
def test_every_update_converts_or_is_ignored(sent: fs.Sent) -> None:
    """Update.de_json -> to_incoming for any update: nothing raises; what is
    ignored is what the bot must ignore; what comes in is clean and in its chat."""
    COUNTS["updates converted"] += 1
    update = Update.de_json(json.loads(json.dumps(sent.payload | {"update_id": 1})), None)
    incoming = to_incoming(update)
    kind = next(iter(sent.payload))
    if kind == "edited_message" and incoming is not None:
        # An edited text or caption in a private chat: answered (bot.dialog.core._edited).
        assert incoming.kind == "edited" and not incoming.group and incoming.text
    elif kind not in {"message", "callback_query"}:
        assert incoming is None, kind  # edits in groups, channel posts, member changes, ...
        return
    if incoming is None:
        msg = sent.payload.get("message", {})
        group = msg.get("chat", {}).get("type") in {"group", "supergroup"}
        # Ignored: a group's words (only commands are read there) and senderless commands.
        assert group and (not str(msg.get("text", "")).startswith("/") or "from" not in msg)
        return
    assert incoming.kind in KINDS and incoming.chat_id == str(sent.chat_id)
    assert incoming.group == (sent.chat_id is not None and sent.chat_id < 0)
    for value in (incoming.text, incoming.data, incoming.phone):
        assert value is None or ("\x00" not in value and not SURROGATE.search(value))
    if incoming.group:
        assert incoming.kind in {"command", "callback"}  # a group never sends a concern
