"""Chatter while the bot waits at a draft's card or its place question.

"Sorry, ich bin neu hier", "Moment", "hmm", "Entschuldigung, ich kenne mich nicht
aus", "sorry I'm new to this" or an emoji typed at the confirmation card joined
the draft's text (staff would read it as part of the concern) or became a new
concern ("Moment"); at "Wo ist das genau?" it was "Diesen Ort kenne ich leider
nicht". Such a line says nothing about the concern: it gets a short answer and
the open question again (`once_more`: in full once in a row), and the draft is
left as it is.

Chatter is a line made only of apologies, "wait", hesitation sounds, "I'm new
here / I don't know my way around" (`_PHRASES`), a few words that go with them
and signs without letters. A line that is chatter around small talk or an answer
("Sorry, ja", "Moment, danke") is read as that answer without the chatter. A
line with any other word ("Moment, der Kübel ist am Idaplatz"), or a question
("Pardon?": what was asked is not understood), is not chatter; nor is anything
in an emergency.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.dialog import once_more
from bot.dialog.context import Ctx
from bot.dialog.model import Incoming, Reply, State
from bot.texts import t
from nlp.smalltalk import smalltalk, yes_no

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The states of a draft's open question: the card, the topics, where, which number.
WAITING = frozenset(
    {State.AWAIT_CONFIRM, State.CHOOSE_TOPIC, State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL}
)

_SORRY = (
    r"sorry|sorri|entschuldigung|entschuldige|entschuldigen\s+sie|exgüsi|exgüse|excusi|pardon"
    r"|excuse\s+me|my\s+bad|excusez(?:-|\s+)moi|désolée?|desolee?|scusa(?:te)?|scusi|mi\s+scusi"
    r"|oops|ups|hoppla"
)
_WAIT = (
    r"(?:(?:einen|ein|en|e|one|a|un|une|una)\s+)?(?:kleinen?\s+|kurzen?\s+|little\s+|petit\s+)?"
    r"(?:moment(?:li|o)?|augenblick|augeblick|sekunde|sekündli|minute|minütli|sec|second"
    r"|instant|attimo)"
    r"|warte(?:n\s+sie)?|wart|wait|hold\s+on|attendez|attends|aspett[ai]|gleich|grad"
)
_HESITATE = r"h+m+|ä+h+m*|e+h+m*|u+h*m+|ö+h+m*|mhm+|uff|puh|oje|o\s+je|naja|na\s+ja|tja"
_NEW = (
    r"(?:ich\s+bin|ich\s+bi|i\s+bi|bin|i['’]?m|i\s+am|je\s+suis|(?:io\s+)?sono)\s+(?:noch\s+|still\s+|"
    r"encore\s+|ancora\s+)?(?:ganz\s+|completely\s+|totally\s+)?"
    r"(?:neu|nöi|new|nouveau|nouvelle|nuov[oa])"
    r"(?:\s+(?:hier|da|do|dabei|here|to\s+this|to\s+(?:this|the)\s+(?:app|bot|chat)|ici|qui))?"
    r"|(?:ich|i)\s+(?:kenne?|kännä?)\s+(?:mich|mi)\s+(?:hier\s+|da\s+|damit\s+|do\s+)?"
    r"(?:noch\s+|no\s+)?(?:nicht|nöd|nid|nit)\s+(?:so\s+|gut\s+|so\s+gut\s+|guet\s+)?(?:aus|us)"
    r"|(?:it['’]?s|c['’]est)\s+(?:my|ma)\s+(?:first\s+time|première\s+fois)(?:\s+here|\s+ici)?"
    r"|first\s+time(?:\s+here)?|(?:non\s+sono|je\s+ne\s+suis\s+pas)\s+pratic[oa]"
)
# Words that go with chatter without saying more ("Moment bitte", "sorry, nur kurz").
_AROUND = (
    r"bitte|please|pls|svp|s['’]il\s+vous\s+plaît|per\s+favore|nur|just|juste|solo|kurz|mal"
    r"|noch|schnell|so|oh|ah|also|well|bon|beh|allora|ich|i|me|moi|für|for|pour|per|das|the"
)
_PHRASES = re.compile(
    rf"(?<![\w'’])(?:{_NEW}|{_SORRY}|{_WAIT}|{_HESITATE})(?![\w'’])", re.IGNORECASE
)
_AROUND_WORDS = re.compile(rf"(?<![\w'’])(?:{_AROUND})(?![\w'’])", re.IGNORECASE)
_NEW_SAID = re.compile(rf"(?<![\w'’])(?:{_NEW})(?![\w'’])", re.IGNORECASE)
_SAYS = re.compile(r"[^\W_]")  # a letter or digit
# "Entschuldigung?", "Pardon": the question was not understood (`confirming.PARDON`).
_NOT_UNDERSTOOD = re.compile(r"^(?=.*\?\W*$)|^\W*pardon\W*$", re.IGNORECASE | re.DOTALL)


def answered(
    d: Dialog, ctx: Ctx, text: str, again: Callable[[str], list[Reply]]
) -> list[Reply] | None:
    """The reply to chatter at the open question; a line of chatter around an
    answer or small talk ("Sorry, ja") is read by `again` without it; None when
    the line says more."""
    if _PHRASES.search(text) is None or _NOT_UNDERSTOOD.match(text):
        return None  # "Pardon?", "Entschuldigung?": the question was not understood
    rest = _AROUND_WORDS.sub(" ", _PHRASES.sub(" ", text))
    if _SAYS.search(rest) is None:
        return reply(d, ctx, "card_chatter_new" if _NEW_SAID.search(text) else "card_chatter")
    rest = _PHRASES.sub(" ", text).strip(" ,.;:!-–")
    if smalltalk(rest) is not None or yes_no(rest) is not None:
        return again(rest)  # "Sorry, ja": the yes; "Moment, danke": the thanks
    return None


def reply(d: Dialog, ctx: Ctx, key: str) -> list[Reply]:
    """A short answer and the open question again (once in full in a row)."""
    return [Reply(t(ctx.lang, key)), *once_more.prompt(d, ctx)]


def unread(d: Dialog, ctx: Ctx, msg: Incoming) -> list[Reply]:
    """A message without words: an emoji (or a line of control characters) at a
    draft's question gets the question again, nothing more (not "what is your
    concern?", nor "Kein Problem, ich warte gern" to a 😊); anything else is said
    to be unread."""
    concern = ctx.current() if msg.kind == "text" and ctx.state in WAITING else None
    if concern is not None and not (ctx.urgent or concern.urgent):
        return once_more.prompt(d, ctx)
    key = "unsupported" if msg.kind not in {"text", "photo"} else "empty"
    return [Reply(t(ctx.lang, key)), *once_more.prompt(d, ctx)]
