"""Forward it after all, typed right after withdrawing it.

"ZH-… zurückziehen", then (as the next message, no Telegram reply) "Doch,
bitte weiterleiten" or "Nein doch, bitte trotzdem weiterleiten" started a new
draft that asked "Wo ist das genau?" (trial k leftovers; `taken_up` handled the
Telegram reply only). Now, when the withdrawal is the latest thing that happened
to the resident's concerns, a moment ago, such a line is offered as
`taken_up` offers a reply: "Sie haben ZH-… zurückgezogen. Soll ich es doch an
… weiterleiten, als neues Anliegen am gleichen Ort: …?". The wording alone
("doch weiterleiten", "actually please forward it") is kept as nothing: yes
files the withdrawn concern's text again, no leaves it withdrawn (`BACK` in
`reply_to_city`); with more said ("…, sie ist immer noch kaputt") the line is
kept as a reply is.

Narrow on purpose: "doch", "trotzdem", "actually", "quand même", "comunque" and
a verb of forwarding, in a short line, without a negation ("doch nicht
weiterleiten")."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.dialog import references, taken_up
from bot.dialog.context import Ctx
from bot.dialog.model import State
from store import repository as repo
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# "doch", "trotzdem", Swiss German "glich"; "actually", "after all", "anyway";
# "quand même", "finalement"; "comunque", "lo stesso", "in realtà".
AFTER_ALL = re.compile(
    r"\b(?:doch|trotzdem|dennoch|gleichwohl|glich|gliich|glych|"
    r"(?:es\s+mir\s+|mer\s+)?anders\s+überlegt|"
    r"actually|after\s+all|anyway|anyhow|on\s+second\s+thoughts?|changed\s+my\s+mind|"
    r"quand\s+même|tout\s+de\s+même|malgré\s+tout|finalement|en\s+fait|après\s+tout|"
    r"changé\s+d['’]avis|comunque|lo\s+stesso|in\s+realtà|alla\s+fine|dopotutto|"
    r"cambiato\s+idea)\b",
    re.IGNORECASE,
)
# "weiterleiten", "weiterleite", "witerleite", "wiitergäh", "leiten Sie es … weiter";
# "forward", "send", "pass (it) on"; "transmettez", "envoyez", "faites-la suivre";
# "inoltratela", "mandatela". The one verb of forwarding: also `reconsidered`'s
# and `privacy`'s (closing note, item 4: reconsidered had a narrower copy).
FORWARD = re.compile(
    r"\b(?:weiter(?:leiten?|geben|schicken|senden)|wi+ter(?:leite|gä|gää|gäh|schicke)n?|"
    r"(?:leite|gebe|schicke)[nt]?\b[^.!?]{0,40}\bweiter|(?:ab)?schicken|senden|"
    r"forward|send|pass\s+(?:(?:it|this|that)\s+)?on|submit|"
    r"transmet\w*|envoy\w*|faites[-\s]l[ae]\s+suivre|faire\s+suivre|"
    r"inoltr\w*|trasmett\w*|mandat\w*|mandar\w*|invia\w*)\b",
    re.IGNORECASE,
)
# "doch nicht weiterleiten", "don't send it", "ne la transmettez pas", "non inoltratela".
NEGATED = re.compile(
    r"\b(?:nicht|nid|nöd|nüd|not|never|don['’]t|pas|jamais)\b"
    r"|\bnon\s+(?:l[aeo]\s+)?(?:inoltr|trasmett|mand|invi)",
    re.IGNORECASE,
)
WORDS = 14  # a short line; a longer one says more (a concern of its own)
# Words that say nothing beside the wording ("Nein doch, bitte trotzdem weiterleiten").
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "nein doch bitte ihn das ihr mir mal aha okay sorry entschuldigung gern gerne also"
        " nei nee jetzt habe hab möchte will yes please this that you can could would just"
        " well then oui non vous plaît svp merci les pardon per favore grazie scusi scusate"
        " sie the",
    )
)
_WORD = re.compile(r"[^\W\d_]+")


def kept(text: str) -> str | None:
    """The line as kept for the offer: None when it does not say "forward it
    after all", "" when it says nothing else, else the line itself."""
    if len(text.split()) > WORDS or NEGATED.search(text):
        return None
    if not (AFTER_ALL.search(text) and FORWARD.search(text)):
        return None
    rest = FORWARD.sub(" ", AFTER_ALL.sub(" ", text))
    said = [w for w in _WORD.findall(rest.casefold()) if len(w) >= 3 and w not in _FILLER]
    return text.strip() if said else ""


def withdrawn_just_now(ctx: Ctx) -> Concern | None:
    """The resident's concern changed last, when that change was its withdrawal
    a moment ago (`references.JUST`): nothing filed, withdrawn or answered since."""
    mine = repo.concerns_of(ctx.s, resident=ctx.resident, limit=20)
    if not mine:
        return None
    last = max(mine, key=lambda c: (_aware(c.updated_at), c.id or 0))
    if last.status != Status.WITHDRAWN or utcnow() - _aware(last.updated_at) > references.JUST:
        return None
    return last


def offered(d: Dialog, ctx: Ctx, text: str) -> tuple[Concern, str] | None:
    """The concern just withdrawn and the line kept (`kept`), when `text` asks
    to forward it after all and `taken_up` would offer it for a reply."""
    if ctx.state is not State.IDLE:
        return None
    line = kept(text)
    if line is None:
        return None
    concern = withdrawn_just_now(ctx)
    if concern is None or not taken_up.offered(d, ctx, concern, text):
        return None
    return concern, line


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
