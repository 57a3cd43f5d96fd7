"""A concern as one line of a list: `/meine`, the withdrawal buttons (new-user
trial m, § 11). Two "Abfall und Sauberkeit" entries were told apart only by
their number; each line now names its place, short ("ZH-… · Abfall und
Sauberkeit · Idaplatz"). Also the words of a list the resident answers: "noch
eine" (one more to withdraw) and "Und die Nummer 3?" of a concern they do not
have."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store import repository as repo
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

SHORT = 24  # characters of a place in a line (a button stays readable on a phone)

# "Ich möchte noch eine zurückziehen", "I'd like to withdraw another one", "encore
# une", "un'altra": one more of their concerns, the noun left out.
ANOTHER = re.compile(
    r"\b(?:noch\s+(?:eine[ns]?|ein|eis|eini|öppis)|another(?:\s+one)?|one\s+more|"
    r"une\s+autre|encore\s+une?(?!\s+fois)|un['’]altra(?!\s+volta)|ancora\s+una?(?!\s+volta))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(\d{1,6})")


def short_place(concern: Concern) -> str | None:
    """The concern's place as the resident gave it, cut at a word when long; the
    Quartier when it has none."""
    text = " ".join((concern.place_text or "").split())
    if not text:
        return concern.quartier or None
    if len(text) <= SHORT:
        return text
    cut = text[: SHORT + 1].rsplit(" ", 1)[0] if " " in text[:SHORT] else text[:SHORT]
    return cut.rstrip(",;:-") + "…"


def what(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    """ "Abfall und Sauberkeit · Idaplatz": topic and short place of a line."""
    topic = render.concern_topic(d, ctx.lang, concern)
    place = short_place(concern)
    return f"{topic} · {place}" if place else topic


def no_such_number(d: Dialog, ctx: Ctx, text: str) -> list[Reply]:
    """ "Und die Nummer 3?" and no concern of theirs has it: that it is not
    among theirs, then their list (`/meine`) and the open question."""
    from bot.dialog import commands  # it reads the dialog modules

    listed = commands.mine(d, ctx)
    found = _NUMBER.findall(text)
    if not found or not repo.concerns_of(ctx.s, resident=ctx.resident, limit=1):
        return [listed, *render.prompt(d, ctx)]
    missing = Reply(t(ctx.lang, "number_unknown", number=int(found[-1])))
    return [missing, listed, *render.prompt(d, ctx)]
