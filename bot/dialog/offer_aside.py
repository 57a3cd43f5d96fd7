"""A line at "Gehört das zu Ihrem Anliegen ZH-…?" (or "Ist das Ihre Antwort zu
ZH-…?") that is no answer to it (the lead's try, 2026-12-07: "wie war nochmal
die Nummer?" was taken for "Nein, neues Anliegen": the kept "Der Kübel am
Idaplatz ist immer noch voll" got a new card, and the question itself was
offered as the addition; "Vergessen Sie es, bitte nicht weiterleiten" was
offered with it as one).

- A status or number question ("Status?", "wie war nochmal die Nummer?"): their
  concerns listed, as when no question is open, and the question again
  (`status_at_place.listed`, as at "Wo ist das genau?"); the kept line waits.
- A question about the bot ("Wie funktioniert das?", "Wer bist du?"): answered,
  and the question again.
- Taking it back ("Vergessen Sie es", "forget it", "laissez tomber", "lascia
  perdere", "(bitte) nicht weiterleiten"; `reconsidered`): the kept line is
  dropped, said so; nothing filed, nothing added.

An emergency is read before any of this (`Dialog.handle`), and a line naming
a reference ("Was ist mit ZH-…?") or a question `general_questions` knows is
answered before the question is reached (`answers.on_text`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import reconsidered, render, status_at_place
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from nlp.smalltalk import smalltalk
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

ABOUT_BOT = frozenset(("how_it_works", "who_are_you", "anonymous"))  # smalltalk's kinds


def takes_back(text: str) -> bool:
    """ "Vergessen Sie es", "bitte nicht weiterleiten", "laissez tomber": letting
    the kept line go, and nothing else said."""
    return reconsidered.letting_go(text) or reconsidered.wants(text) is False


def answered(d: Dialog, ctx: Ctx, concern: Concern, text: str, key: str) -> list[Reply] | None:
    """The reply to a line that is no answer to the open question (see above);
    None for anything else. `key`: the conversation data the offer is kept in."""
    if takes_back(text):
        ctx.save(ctx.state, **{**ctx.data, key: None})
        dropped = Reply(t(ctx.lang, "offer_dropped", reference=concern.reference))
        return [dropped, *render.prompt(d, ctx)]  # a waiting draft's question, if any
    talk = smalltalk(text)
    if talk is not None and talk.kind in ABOUT_BOT:
        return [Reply(t(ctx.lang, f"smalltalk_{talk.kind}")), *render.prompt(d, ctx)]
    return status_at_place.listed(d, ctx, text)
