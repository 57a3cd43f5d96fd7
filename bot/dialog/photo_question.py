""" "Kann ich ein Foto schicken?": the resident asks whether a photo is welcome.

The lead's try (2026-12-07): after a full bin at the Idaplatz went to ERZ,
"Kann ich ein Foto schicken?" became a service question with a draft (topic
"Kultur") asked for its place, and "Chan ich es Foti schicke?" a fragment
("Ich höre zu: Was ist los, und wo?"). Now such a question, in any state, gets a
short yes: send it here in the chat. With a draft waiting (for its place or the
confirmation) or a concern forwarded or in progress within `reply_window_days`,
the answer names it (ZH-…); a draft's question comes again after it. A photo
sent next without words goes to that concern: a draft takes it as before
(`Dialog._photo`), a forwarded one because the question named it (conversation
data `PHOTO_FOR`, used once); the office's chats are sent it. No draft is
created by the question.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import addition, place_answer, render
from bot.dialog.context import Ctx, latest_concern
from bot.dialog.model import CONCERN_STATES, Reply
from bot.staff import alerts
from bot.texts import t
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

PHOTO_FOR = "photo_for"  # conversation data: the concern a photo asked about goes to
MAX_WORDS = 14

_NOUN = (
    r"(?:fotos?|fotis?|föteli|fötili|photos?|bild(?:er|li)?|aufnahmen?|fotografien?"
    r"|pictures?|pics?|images?|fotografi[ae]|immagin[ei])"
)
_DE = (
    r"(?:(?:kann|könnte|darf|dürfte|soll|sollte|chan|cha|chönnt|chönnti|dörf|dörft|söll|sött)"
    r"\s+(?:ich|i|man|mer|me)|geht|gaht|gohts|geht's|gaht's)"
    r"(?:\s+(?:auch|au|noch|no|ihnen|iine|dir|euch|hier|da|do|gleich|grad|dazu|derzue|einfach|eifach))*"
    r"(?:\s+(?:ein|eine|einige|e|es|äs|en|ä|paar|mehrere|das|d|s|mein|meine|mis|mini))*"
    rf"\s+{_NOUN}"
    r"(?:\s+(?:auch|au|noch|no|dazu|derzue|hier|da|do|mit))*"
    r"(?:\s+(?:schicken|senden|schicke|sände|sende|schigge|mitschicken|mitsenden|nachschicken"
    r"|zuschicken|zusenden|übermitteln|anhängen|hochladen|uploaden|teilen|hinzufügen|abgeben))?"
)
_EN = (
    r"(?:(?:can|could|may|should|shall)\s+i|is\s+it\s+possible\s+to|do\s+you\s+(?:take|accept|want))"
    r"(?:\s+(?:also|just))?"
    r"(?:\s+(?:send|attach|upload|add|share|include)(?:\s+(?:you|in))?)?"
    r"(?:\s+(?:a|an|some|the|my|one|any))?"
    rf"\s+{_NOUN}(?:\s+(?:too|as\s+well|here|also))*"
)
_FR = (
    r"(?:est[\s-]ce\s+qu(?:e\s+|')|qu')?"
    r"(?:je\s+peux|je\s+pourrais|puis[\s-]je|on\s+peut|peut[\s-]on|peut[\s-]on)"
    r"(?:\s+(?:aussi|vous|également))*"
    r"\s+(?:envoyer|joindre|ajouter|transmettre|partager|mettre)"
    r"(?:\s+(?:aussi|également))?"
    r"(?:\s+(?:une|des|la|ma|mes|les))?"
    rf"\s+{_NOUN}(?:\s+(?:aussi|également|ici))*"
)
_IT = (
    r"(?:(?:vi|le|ti)\s+)?(?:posso|potrei|possiamo|si\s+può|si\s+puo)(?:\s+anche)?"
    r"\s+(?:mandare|inviare|allegare|spedire|aggiungere|condividere|mandarvi|inviarvi|mandarle"
    r"|inviarle|mandarti)"
    r"(?:\s+anche)?(?:\s+(?:una|delle|la|le|qualche|un'|un))?"
    rf"\s*{_NOUN}(?:\s+(?:anche|qui))*"
)
ASKS = re.compile(rf"(?:{_DE}|{_EN}|{_FR}|{_IT})", re.IGNORECASE)
# Words around the question that say nothing more ("Hallo, …", "…, bitte?").
_AROUND = (
    r"(?:hallo|hoi|grüezi|sali|salü|hello|hi|hey|bonjour|salut|ciao|buongiorno|und|and|et|e"
    r"|sorry|übrigens|btw|ok|okay|ah|oh|bitte|please|merci|danke|thanks|noch|still|also|aussi"
    r"|anche|frage|question|domanda|eine|une|una|a)"
)
_WHOLE = re.compile(rf"^(?:{_AROUND}\s+)*{ASKS.pattern}(?:\s+{_AROUND})*$", re.IGNORECASE)


def asks_for_photo(text: str) -> bool:
    """Does `text` only ask whether a photo may be sent?"""
    words = re.findall(r"[\w'’-]+", text.lower().replace("’", "'"))
    if not words or len(words) > MAX_WORDS:
        return False
    return _WHOLE.match(" ".join(words)) is not None


def answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """The yes to a photo question (the draft's question again after it); None
    for any other text."""
    if ctx.urgent or not asks_for_photo(text):
        return None
    draft = ctx.current()
    if draft is not None and ctx.state in CONCERN_STATES:
        said = t(ctx.lang, "photo_ok_concern", reference=draft.reference)
        return [Reply(said), *render.prompt(d, ctx)]
    concern = _open_concern(d, ctx)
    if concern is None:
        ctx.save(ctx.state, **{k: v for k, v in ctx.data.items() if k != PHOTO_FOR})
        return [Reply(t(ctx.lang, "photo_ok")), *render.prompt(d, ctx)]
    ctx.save(ctx.state, **{**ctx.data, PHOTO_FOR: concern.id})
    return [Reply(t(ctx.lang, "photo_ok_concern", reference=concern.reference))]


def attach(d: Dialog, ctx: Ctx, photo: str, caption: str | None) -> list[Reply] | None:
    """A photo after the question named an open concern: added to it (once)
    and sent to the office's chats, with its caption ("Hier das Foto"); None
    when no question named one, it is no longer open, or the caption is a
    concern of its own (a place of its own, "another", a long text)."""
    concern_id = ctx.data.get(PHOTO_FOR)
    if concern_id is None:
        return None
    ctx.save(ctx.state, **{k: v for k, v in ctx.data.items() if k != PHOTO_FOR})
    concern = ctx.own(int(concern_id))
    if concern is None or concern.status not in {Status.FORWARDED, Status.IN_PROGRESS}:
        return None
    words = (caption or "").strip()
    if words and (ctx.urgent or _own_concern(d, words)):
        return None
    concern.photos = [*concern.photos, photo]
    ctx.s.add(concern)
    alerts.photo_added(ctx.s, d.routing, concern, photo, words)
    return [Reply(t(ctx.lang, "photo_added_to", reference=concern.reference))]


def _own_concern(d: Dialog, caption: str) -> bool:
    """A caption that tells a concern of its own rather than the photo's."""
    if len(caption.split()) > addition.MAX_WORDS or addition.ANOTHER.search(caption):
        return True
    return place_answer.names_a_place(d.place(caption))


def _open_concern(d: Dialog, ctx: Ctx) -> Concern | None:
    """The resident's latest concern when it is forwarded or in progress and
    was last changed within `reply_window_days`."""
    concern = latest_concern(ctx)()
    if concern is None or concern.urgent:
        return None
    if concern.status not in {Status.FORWARDED, Status.IN_PROGRESS}:
        return None
    at = concern.updated_at
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return concern if utcnow() - at <= timedelta(days=d.settings.reply_window_days) else None
