"""A light that does not burn is no fire (new-user trial J, finding 5): after
"erledigt" for a street light, "Sie brennt immer noch nicht" got the emergency
numbers and an urgent fire card ("immer noch" made "brennt" a cue of now). A light
that is out, named by a pronoun, is no emergency either (trial k, finding 6).
Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog, Incoming
from bot.texts import t
from nlp.urgent import detect_urgent
from store.db import session_scope
from store.models import Role
from store.staff import add_staff
from tests.chat import Chat
from tests.conftest import concerns
from tests.staff_helpers import RESIDENT, file_concern, replies


@pytest.mark.parametrize(
    "text",
    [
        "Sie brennt immer noch nicht",
        "Sie brennt wieder nicht",
        "Es brennt immer noch nicht",
        "Sie brännt immer no nöd",
    ],
)
def test_a_light_that_does_not_burn_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Es brennt!",
        "Es brennt nicht weit von hier!",
        "Es brennt nicht nur im Keller, auch im Treppenhaus",
        "Das Feuer brennt immer noch, nicht gelöscht",
        "Im Keller brennt es, die Tür geht nicht auf",
    ],
)
def test_a_fire_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


# New-user trial k, finding 6: the answer to the city's "flackert sie oder ist sie ganz
# aus?" about a street light got the emergency numbers (0.64 from the model alone).
@pytest.mark.parametrize(
    "text",
    [
        "Und sie ist jetzt ganz aus.",
        "Und jetzt ist sie ganz aus.",
        "Und er ist jetzt ganz aus.",
        "Und sie ist jetzt aus.",
        "Und es ist jetzt ganz dunkel.",
        "Und jetzt isch si ganz us.",
        "Und sie ist jetzt ganz aus. Übrigens liegt da auch Glas",
    ],
)
def test_a_light_named_by_a_pronoun_that_is_out_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Und es ist jetzt ganz dunkel und jemand folgt mir",
        "Und es ist jetzt ganz dunkel, Hilfe!",
        "Und jetzt ist er aus dem Fenster gefallen und bewegt sich nicht",
        "Und sie ist jetzt ganz aus, und es brennt im Keller",
    ],
)
def test_the_dark_with_a_danger_still_is(text: str) -> None:
    assert detect_urgent(text).urgent


def test_the_answer_about_the_lamp_reaches_the_office(dialog: Dialog, engine: Engine) -> None:
    with session_scope(engine) as s:
        add_staff(s, channel="telegram", chat_id="910", office="ewz", role=Role.STAFF)
    c = file_concern(dialog, "Die Strassenlampe vor der Bäckerstrasse 20 flackert")
    assert c.office == "ewz"
    Chat(dialog, "910").say(f"/antwort {c.reference} Grüezi, flackert sie oder ist sie ganz aus?")
    answer = "Und sie ist jetzt ganz aus."
    replied = dialog.handle(
        Incoming(
            "telegram",
            RESIDENT,
            "text",
            user_id=RESIDENT,
            text=answer,
            reply_to=c.reference,
            update_id=910001,
        )
    )
    said = "\n".join(r.text for r in replied)
    assert t("de", "emergency") not in said
    assert "weitergeleitet" in said
    assert [e.note for e in replies(engine, c.id)] == [answer]
    assert [x.urgent for x in concerns(engine)] == [False]


# A lamp that does not work is a lighting report: "Il lampione davanti a casa mia non
# funziona più" got the emergency numbers and went out as DRINGEND (model 0.37, the
# lead's Italian probes, 2026-12-07); a word of danger besides still counts.
@pytest.mark.parametrize(
    "text",
    [
        "Il lampione davanti a casa mia non funziona più",
        "Il lampione davanti a casa mia è guasto",
        "La lampe devant chez moi ne fonctionne plus",
        "The street light in front of my house is not working",
        "Die Lampe vor meinem Haus funktioniert nicht mehr",
        "D Lampe vor mim Huus gaht nümme",
    ],
)
def test_a_light_that_does_not_work_is_no_emergency(text: str) -> None:
    assert not detect_urgent(text).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Il lampione è rotto e pende sulla strada, i cavi sono scoperti",
        "Il lampione non funziona più e c'è odore di bruciato",
        "La lampe ne fonctionne plus et il y a de la fumée qui sort",
        "Die Lampe ist kaputt und die Kabel hängen offen herunter, es funkt",
    ],
)
def test_a_broken_light_with_danger_still_is(text: str) -> None:
    assert detect_urgent(text).urgent
