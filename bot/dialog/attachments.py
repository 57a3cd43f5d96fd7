"""What a resident sends besides words: a photo (or a picture sent as a file,
bot.media), a shared contact, and an attachment the bot cannot pass on.

New-user trial l: a picture sent as a file ("Hier das Foto") and a video with
a caption were "nicht lesbar", caption and all (finding 4); a contact shared
after "Steht Ihre Telefonnummer in der Nachricht, kann die zuständige Stelle
Sie anrufen" was refused, and the number lost (finding 3).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import map_link, phone, photo_missing, render, to_office, typed_number
from bot.dialog.context import Ctx, latest_concern
from bot.dialog.model import CONCERN_STATES, Incoming, Reply
from bot.texts import t
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# A caption that only presents the photo or video ("Hier das Foto", "Here's the
# picture", "Voici la photo", "Ecco la foto", "So sieht es aus"): nothing to read
# but that it shows the matter.
PRESENTS = re.compile(
    r"^(?:(?:(?:hier|da|do|anbei|here|here's|voici|voilà|ci-joint|ecco|allegata)\s+)?"
    r"(?:(?:ist|isch|sind|is|are)\s+)?"
    r"(?:(?:das|die|de|s|ein|es|e|mein|meine|mis|the|a|an|my|la|le|les|une|ma|mes|il|lo|una)\s+)?"
    r"(?:fotos?|fotis?|föteli|photos?|bild(?:er|li)?|pictures?|pics?|images?|immagin[ei]"
    r"|videos?|vidéos?|filmli)"
    r"(?:\s+(?:dazu|derzue|davon|devo|of\s+it|de\s+ça|du\s+problème|di\s+questo))?"
    r"|so\s+(?:sieht|gseht)\s+(?:es|das|s|'s)\s+(?:aus|us)|so\s+(?:sieht's|gseht's)\s+(?:aus|us)"
    r"|this\s+is\s+(?:what|how)\s+it\s+looks(?:\s+like)?|voilà\s+à\s+quoi\s+ça\s+ressemble"
    r"|ecco\s+com'è|ecco\s+come\s+appare)$"
)


def presents_photo(caption: str) -> bool:
    """Does `caption` only say that this is the photo?"""
    words = re.findall(r"[\w'’-]+", caption.lower().replace("’", "'"))
    return bool(words) and PRESENTS.match(" ".join(words)) is not None


def routed(
    d: Dialog, ctx: Ctx, msg: Incoming, route: Callable[[Ctx, Incoming], list[Reply]]
) -> list[Reply]:
    """`route`'s replies to the message; for the words that came with a video or
    a file (`Incoming.dropped`), after the line that the attachment itself
    cannot be passed on. Words that only present it ("So sieht es aus") at a
    draft say nothing more: the draft's question comes again."""
    if msg.dropped is None:
        typed = typed_number.heard(d, ctx, msg)  # "079 000 00 00": as a shared contact
        typed = typed if typed is not None else map_link.heard(ctx, msg, route)  # a maps link
        typed = typed if typed is not None else photo_missing.heard(d, ctx, msg)  # "siehe Foto"
        return typed if typed is not None else route(ctx, msg)
    cannot = t(ctx.lang, f"dropped_{msg.dropped}")
    at_draft = ctx.current() is not None and ctx.state in CONCERN_STATES and not ctx.urgent
    if at_draft and presents_photo(msg.text or ""):
        return [Reply(cannot), *render.prompt(d, ctx)]
    return [Reply(f"{cannot} {t(ctx.lang, 'dropped_read')}"), *route(ctx, msg)]


def contact(d: Dialog, ctx: Ctx, number: str | None) -> list[Reply]:
    """A shared contact: the resident's own number is the callback number of
    the draft (its text, as a number typed at the confirmation is: bot.dialog.
    phone), else of the concern that went out lately (an addition, passed to
    the office as one typed would be: bot.dialog.to_office). Stored as the text
    is (deleted with the concern), never logged. Someone else's contact is not
    kept: the resident is asked to type the number meant."""
    if not number:
        return [Reply(t(ctx.lang, "contact_not_own")), *render.prompt(d, ctx)]
    draft = ctx.current()
    if draft is not None and ctx.state in CONCERN_STATES:
        called = phone.number_added(d, ctx, draft, number)  # a request to be phoned
        if called is not None:
            return called
        known = typed_number.already_in(draft.text, number)  # the same again: once
        if not known:
            draft.text = f"{draft.text}\n{number}" if draft.text else number
            ctx.s.add(draft)
        key = "contact_known" if known else "contact_added"
        said = t(ctx.lang, key, reference=draft.reference or "")
        return [Reply(said), *render.prompt(d, ctx)]
    concern = went_out(d, ctx)
    if concern is None:
        return [Reply(t(ctx.lang, "contact_no_concern")), *render.prompt(d, ctx)]
    return [*to_office.forward(d, ctx, concern, number, addition=True), *render.prompt(d, ctx)]


def went_out(d: Dialog, ctx: Ctx) -> Concern | None:
    """The resident's latest concern when it is with an office and was last
    changed within `reply_window_days`."""
    concern = latest_concern(ctx)()
    if concern is None or concern.status not in {Status.FORWARDED, Status.IN_PROGRESS}:
        return None
    at = concern.updated_at
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return concern if utcnow() - at <= timedelta(days=d.settings.reply_window_days) else None
