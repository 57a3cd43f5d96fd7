"""The authorisation matrix: every staff command and button against a resident,
staff of another office, staff of the right office, a coordinator of the
Kreis, a coordinator of another Kreis and an admin. Whoever may not act
learns nothing: the answer is the one for a reference that does not exist
(or, for someone who is not staff, the resident's answer), and nothing
changes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.staff.codec import StaffAction, encode
from bot.texts.staff import st
from store.models import Concern
from tests.chat import Chat
from tests.staff_helpers import (
    ADMIN,
    COORD,
    ERZ,
    GSZ,
    OTHER_COORD,
    concern,
    events,
    file_concern,
    outbox,
    register,
)

NOBODY = "150"  # a resident, not staff
ACTORS = {
    "resident": NOBODY,
    "other office": GSZ,
    "right office": ERZ,
    "coordinator of the Kreis": COORD,
    "coordinator of another Kreis": OTHER_COORD,
    "admin": ADMIN,
}
ALLOWED = {"right office", "coordinator of the Kreis", "admin"}
MISSING = "ZH-2026-999999"

COMMANDS = {
    "zeige": "/zeige {ref}",
    "umleiten": "/umleiten {ref} gsz Bitte übernehmen",
    "thema": "/thema {ref} gruen",
    "kreis": "/kreis {ref} 5",
    "status": "/status {ref} erledigt",
    "notiz": "/notiz {ref} intern",
    "antwort": "/antwort {ref} Wir kümmern uns darum",
}


def snapshot(engine: Engine, c: Concern) -> tuple[object, ...]:
    now = concern(engine, c.id)
    return (
        now.status,
        now.office,
        now.topic,
        now.kreis,
        now.assignee_id,
        len(events(engine, c.id)),
        len(outbox(engine)),
    )


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("command", COMMANDS)
def test_commands(dialog: Dialog, engine: Engine, command: str, actor: str) -> None:
    register(engine)
    c = file_concern(dialog)
    before = snapshot(engine, c)
    chat = Chat(dialog, ACTORS[actor])
    text = "\n".join(r.text for r in chat.say(COMMANDS[command].format(ref=c.reference)))
    if actor in ALLOWED:
        assert snapshot(engine, c) != before or command == "zeige"
        assert c.reference and c.reference in text
        return
    assert snapshot(engine, c) == before
    assert "Helvetiaplatz" not in text and "Entsorgung" not in text  # only the typed ref echoed
    missing = "\n".join(r.text for r in chat.say(COMMANDS[command].format(ref=MISSING)))
    assert text == missing.replace(MISSING, c.reference or "")
    if actor == "resident" and command != "status":  # /status is also the resident's list
        assert text.startswith("Diesen Befehl kenne ich nicht.")
    elif actor != "resident":
        assert text == st("not_found", reference=c.reference)


BUTTONS = {
    "take": (StaffAction.TAKE, None),
    "not ours": (StaffAction.NOT_OURS, None),
    "all offices": (StaffAction.ALL_OFFICES, None),
    "move": (StaffAction.MOVE, "gsz"),
    "status menu": (StaffAction.STATUS_MENU, None),
    "status": (StaffAction.STATUS, "done"),
    "show": (StaffAction.SHOW, None),
}


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("button", BUTTONS)
def test_buttons(dialog: Dialog, engine: Engine, button: str, actor: str) -> None:
    register(engine)
    c = file_concern(dialog)
    before = snapshot(engine, c)
    action, arg = BUTTONS[button]
    chat = Chat(dialog, ACTORS[actor])
    data = encode(action, c.id or 0, arg)
    replies = chat._send(chat._incoming("callback", data=data))
    text = "\n".join(r.text for r in replies)
    if actor in ALLOWED:
        changes = button in {"take", "move", "status"}
        assert (snapshot(engine, c) != before) == changes
        assert c.reference and c.reference in text
        return
    assert snapshot(engine, c) == before
    assert c.reference not in text and "Helvetiaplatz" not in text
    missing = chat._send(chat._incoming("callback", data=encode(action, 999999, arg)))
    assert text == "\n".join(r.text for r in missing).replace("#999999", f"#{c.id}")


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [
        ("resident", False),
        ("right office", False),
        ("coordinator of the Kreis", True),
        ("admin", True),
    ],
)
def test_statistics_for_coordinators_and_admins(
    dialog: Dialog, engine: Engine, actor: str, allowed: bool
) -> None:
    register(engine)
    file_concern(dialog)
    text = Chat(dialog, ACTORS[actor]).say("/statistik")[0].text
    assert ("Anliegen: 1" in text) is allowed


@pytest.mark.parametrize("actor", ["resident", "right office", "coordinator of the Kreis", "admin"])
def test_team_management_for_admins_only(dialog: Dialog, engine: Engine, actor: str) -> None:
    register(engine)
    chat = Chat(dialog, ACTORS[actor])
    text = chat.say("/team neu 555 sok staff Mia")[0].text
    listing = chat.say("/team")[0].text
    if actor == "admin":
        assert "555" in text and "555 · sok · staff" in listing
        assert "555" in chat.say("/team weg 555")[0].text
        assert "555" not in chat.say("/team")[0].text
    else:
        assert "555" not in text and "555" not in listing and ERZ not in listing
