"""Words that point to a photo that did not come (new-user trial r, § 9).

"siehe Foto" alone was filed as a Kultur draft and asked "Wo ist das genau?";
"Bäckeranlage: Graffiti an der Wand beim Spielplatz, siehe Foto" went out with no
word that no photo came. On a phone the photo often fails, or comes later in a
message of its own.

- A concern whose words point to a photo ("siehe Foto", "photo attached",
  "ci-joint", "vedi foto", "lueg Foti": `nlp.normalise.refers_to_photo`, the
  words the topic model does not read) and that has none gets one line before
  its question: the photo has not arrived, it can be sent now (it joins the
  draft: bot/dialog/photos.py).
- Words that say nothing else are no concern: nothing is filed; the resident
  is asked what it is about, and invited to send the photo (typed at a draft
  without a photo: the line, and the draft's question again). With a photo
  already waiting (sent just before, or with these words as its caption) it
  is a photo without words ("photo_needs_text").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Incoming, Reply, State
from bot.texts import t
from nlp.normalise import only_photo_words, refers_to_photo
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def note(ctx: Ctx, concern: Concern) -> list[Reply]:
    """The line for a concern that points to a photo it does not have."""
    if concern.photos or not refers_to_photo(concern.text or ""):
        return []
    return [Reply(t(ctx.lang, "photo_missing"))]


def only_words(ctx: Ctx, text: str, photos: list[str]) -> list[Reply] | None:
    """The answer to words that only point to a photo; None for other texts."""
    if ctx.urgent or not only_photo_words(text):
        return None
    waiting = [*ctx.data.get("photos", []), *photos]
    data = {k: v for k, v in ctx.data.items() if k not in {"fragment", "photos"}}
    ctx.save(ctx.state, **data, **({"photos": waiting} if waiting else {}))
    ctx.commit()
    return [Reply(t(ctx.lang, "photo_needs_text" if waiting else "photo_words_only"))]


def heard(d: Dialog, ctx: Ctx, msg: Incoming) -> list[Reply] | None:
    """Typed words that only point to a photo: at a draft without one, the line
    and the draft's question again; idle, `only_words`. None for anything else
    (and at a draft that has its photo: as before)."""
    if msg.kind != "text" or ctx.urgent or not only_photo_words(msg.text or ""):
        return None
    draft = ctx.current()
    if draft is not None and ctx.state in CONCERN_STATES:
        return (
            None if draft.photos else [Reply(t(ctx.lang, "photo_missing")), *render.prompt(d, ctx)]
        )
    return only_words(ctx, msg.text or "", []) if ctx.state is State.IDLE else None
