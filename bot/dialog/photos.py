"""Photos: an album is one message, and a photo right after another asks nothing again.

New-user trial l, finding 6: an album of three photos (Telegram sends three
messages with one media_group_id, the caption on one of them) got the card
three times, "Ich habe das zu Ihrem Anliegen hinzugefügt." twice and "… ist
noch nicht weitergeleitet:" twice; with an address on a Kreis border the place
question came three times. Two photos sent one right after the other did the
same.

After each photo the conversation keeps where it went (LAST_PHOTO: its album,
the concern, when). A further photo of the same album without words goes to
that concern silently: the album is answered once, by its first photo (a
photo of it with a caption of its own is read as any photo is). A photo
without words for the open draft right after another photo (QUICK) gets a
short "Foto hinzugefügt" and not the question again; later, it gets the
question once more (`once_more`). Kept in the conversation's data, so it
holds across restarts and replicas (a chat's updates are handled one at a
time and in order: bot.telegram.dispatcher).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.dialog import answers, intake, once_more, photo_question
from bot.dialog.attachments import presents_photo
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Incoming, Reply
from bot.staff import alerts
from bot.texts import t
from store import repository as repo
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

LAST_PHOTO = "last_photo"  # conversation data: {"album", "concern", "at"} of the last photo
QUICK = timedelta(seconds=60)  # a photo this soon after the last one: the question is right above
_OPEN = {Status.DRAFT, Status.FORWARDED, Status.IN_PROGRESS}


def on_photo(d: Dialog, ctx: Ctx, msg: Incoming) -> list[Reply]:
    """A photo, with or without a caption."""
    photo, caption = msg.photo, msg.text
    words = (caption or "").strip()
    last = ctx.data.get(LAST_PHOTO) or {}
    if photo and not words and msg.album is not None and last.get("album") == msg.album:
        silent = _to_album(d, ctx, photo, last.get("concern"))
        if silent:
            once_more.keep(ctx)
            return []
    before = ctx.current()
    replies = _photo(d, ctx, photo, caption, quick=_quick(last, before))
    if photo and not ctx.deleted:
        went = _went_to(ctx, photo, before)
        mark = {"album": msg.album, "concern": went, "at": utcnow().isoformat()}
        ctx.save(ctx.state, **{**ctx.data, LAST_PHOTO: mark})
    return replies


def _photo(
    d: Dialog, ctx: Ctx, photo: str | None, caption: str | None, *, quick: bool
) -> list[Reply]:
    concern = ctx.current()
    named = photo_question.attach(d, ctx, photo, caption) if photo and not concern else None
    if named is not None:  # asked "Kann ich ein Foto schicken?" about ZH-…
        return named
    if caption and presents_photo(caption) and not ctx.urgent:
        # "Hier das Foto": at a draft the draft's photo; else a photo without words
        # (kept for the concern the next message tells), not a concern "Hier das Foto".
        caption = None
    if caption and caption.strip():
        if concern is not None and ctx.state in CONCERN_STATES and not ctx.urgent:
            if photo:
                concern.photos = [*concern.photos, photo]
                ctx.s.add(concern)
            return answers.on_text(d, ctx, caption)
        return intake.new_text(d, ctx, caption, photos=[photo] if photo else [])
    if concern is not None and photo:
        concern.photos = [*concern.photos, photo]
        ctx.s.add(concern)
        added = Reply(t(ctx.lang, "photo_added"))
        if quick:  # the question is right above
            once_more.keep(ctx)
            return [added]
        return [added, *once_more.prompt(d, ctx)]
    photos = [*ctx.data.get("photos", []), *([photo] if photo else [])]
    ctx.save(ctx.state, **{**ctx.data, "photos": photos})
    return [Reply(t(ctx.lang, "photo_needs_text"))]


def _to_album(d: Dialog, ctx: Ctx, photo: str, concern_id: object) -> bool:
    """A further photo of the album: to the concern its first photo went to, or
    kept for the concern its words will tell (none yet). False when that
    concern is no longer open (the photo is then read as any photo)."""
    if concern_id is None:
        ctx.save(ctx.state, **{**ctx.data, "photos": [*ctx.data.get("photos", []), photo]})
        return True
    concern = ctx.own(int(str(concern_id)))
    if concern is None or concern.status not in _OPEN:
        return False
    concern.photos = [*concern.photos, photo]
    ctx.s.add(concern)
    if concern.status != Status.DRAFT:  # gone out already: the office's chats get it too
        alerts.photo_added(ctx.s, d.routing, concern, photo)
    return True


def _quick(last: dict[str, object], draft: Concern | None) -> bool:
    """The last photo went to this draft a moment ago."""
    if draft is None or last.get("concern") != draft.id:
        return False
    try:
        at = datetime.fromisoformat(str(last.get("at")))
    except ValueError:
        return False
    return utcnow() - at <= QUICK


def _went_to(ctx: Ctx, photo: str, before: Concern | None) -> int | None:
    """The concern the photo was added to: the draft that was open, or the
    one it started or was sent for (the latest); None when it is kept for a
    concern still to be told."""
    if before is not None and photo in before.photos:
        return before.id
    latest = repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)
    return latest[0].id if latest and photo in latest[0].photos else None
