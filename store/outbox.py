"""The outbox: every message the bot sends is a row here (the replies to a
resident's message, status notices, answers of staff, alerts to offices,
digests), written in the same transaction as the change it reports: the reply
to a Telegram update is queued with the update's claim and the conversation's
new state, so handling an update happens exactly once. The running bot sends
due rows within Telegram's limits and records the outcome; nothing is dropped
when Telegram fails or the bot restarts.

Claiming is a lease: `claim_due` moves `next_attempt_at` past the lease and
commits, so another replica (or this one after a crash) takes the row again
only when the lease has run out without `mark_sent`. The sender marks a row
sent right after Telegram's answer: a duplicate needs a crash between that
answer and the `mark_sent` commit. Once sent, the text is erased (only the
fact that it was sent stays, for a while; `purge_sent`).

A commit that queued rows calls the callbacks registered with `on_queued` for
its engine (the sender of this process wakes at once instead of polling:
store.outbox_wake). An edit keeps a digest of its content, so that the same
edit again is not sent (store.outbox_edits).

Split by what happens to a row: store.outbox_enqueue (owing messages),
store.outbox_claim (the lease), store.outbox_results (the outcome of sending)
and store.outbox_purge (deletion and retention); this module is the outbox's
public face, the one its callers import.
"""

from __future__ import annotations

from store.outbox_claim import LEASE, claim_due, claim_rows, pending_count, release
from store.outbox_enqueue import enqueue, enqueue_many
from store.outbox_purge import (
    SENT_KEEP_DAYS,
    forget_chat,
    forget_concerns,
    forget_resident,
    purge_sent,
)
from store.outbox_results import (
    keep_rest,
    mark_blocked,
    mark_failed,
    mark_sent,
    mark_sent_many,
    move_chat,
    retry_later,
    unblock,
)
from store.outbox_sql import Buttons
from store.outbox_wake import on_queued

__all__ = [
    "LEASE",
    "SENT_KEEP_DAYS",
    "Buttons",
    "claim_due",
    "claim_rows",
    "enqueue",
    "enqueue_many",
    "forget_chat",
    "forget_concerns",
    "forget_resident",
    "keep_rest",
    "mark_blocked",
    "mark_failed",
    "mark_sent",
    "mark_sent_many",
    "move_chat",
    "on_queued",
    "pending_count",
    "purge_sent",
    "release",
    "retry_later",
    "unblock",
]
