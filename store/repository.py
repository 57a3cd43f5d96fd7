"""The store's functions, as the bot calls them (`from store import repository
as repo`): each is defined in the module of its capability and re-exported
here (`__all__`).

- store.residents: a chat's resident (found, created, seen, consenting);
- store.arrival: a message arrives (claimed, resident written, chat locked);
- store.conversations: a chat's dialog state (read, locked, saved);
- store.concerns: concerns (stored, found, their reference, exported);
- store.routing: routing and status changes with their audit events;
- store.spelling: places as the city writes them;
- store.recent, store.answered: the resident's latest concerns and answers;
- store.due: concerns due for maintenance (stale drafts, held ones);
- store.retention: deletion requests and retention;
- store.rows: Core SQL on the session (insert_missing: get-or-create).

Nothing here commits: every write belongs to the caller's transaction and
rolls back with it.
"""

from __future__ import annotations

from store.answered import LatestAnswer, latest_answer
from store.arrival import arrive, claim_update, resident_writes
from store.arrival_draft import Arrival
from store.asking import asks
from store.concerns import (
    ZURICH,
    NotFound,
    assign_reference,
    create_concern,
    export_concerns,
    get_concern,
    get_concern_by_reference,
    own_concern,
    write_concern,
)
from store.conversation_fold import write_held
from store.conversations import (
    TOUCH_AFTER,
    get_conversation,
    lock_conversation,
    save_conversation,
    try_lock_conversation,
)
from store.due import held_concerns, stale_drafts
from store.recent import concerns_of, count_recent_concerns, fresh, hour_ago
from store.residents import find_resident, get_or_create_resident, record_consent, touch_resident
from store.retention import (
    OPEN_STATUSES,
    PurgeReport,
    anonymise_older_than,
    delete_personal_data,
    months_before,
    purge,
    withdraw_unconfirmed,
)
from store.routing import ROUTING_FIELDS, apply_routing, record_event, routing_snapshot, set_status
from store.rows import insert_missing
from store.spelling import place_as_written, swiss_spelling

__all__ = [
    "OPEN_STATUSES",
    "ROUTING_FIELDS",
    "TOUCH_AFTER",
    "ZURICH",
    "Arrival",
    "LatestAnswer",
    "NotFound",
    "PurgeReport",
    "anonymise_older_than",
    "apply_routing",
    "arrive",
    "asks",
    "assign_reference",
    "claim_update",
    "concerns_of",
    "count_recent_concerns",
    "create_concern",
    "delete_personal_data",
    "export_concerns",
    "find_resident",
    "fresh",
    "get_concern",
    "get_concern_by_reference",
    "get_conversation",
    "get_or_create_resident",
    "held_concerns",
    "hour_ago",
    "insert_missing",
    "latest_answer",
    "lock_conversation",
    "months_before",
    "own_concern",
    "place_as_written",
    "purge",
    "record_consent",
    "record_event",
    "resident_writes",
    "routing_snapshot",
    "save_conversation",
    "set_status",
    "stale_drafts",
    "swiss_spelling",
    "touch_resident",
    "try_lock_conversation",
    "withdraw_unconfirmed",
    "write_concern",
    "write_held",
]
