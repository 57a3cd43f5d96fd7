"""The resident's concern said again: in the same words, or in another language.

Closing note, item 2: a resident writing English who restated the concern in German
at its confirm card ("The rubbish bin at Idaplatz is overflowing", then "Der
Abfallkübel am Idaplatz ist übervoll") got a second draft of the same matter, and
so did one restating it in the same language there; after it was forwarded, the
same words were recognised (`reported_again`, "Gehört das zu Ihrem Anliegen?"),
the German ones were filed as a new concern.

`same` is the one test for both: a text that is no question and does not say it is
so again ("wieder", "again": a new report), whose topic is the concern's (a
confident one) and whose place is the concern's (its Kreis, and its place as
written among the places the text names), and that says it in nearly the same words
(`SAME_WORDS` of their words in common) or in another language than the concern's
text (both clearly in one: `bot.language.detect_language`), where no word is in
common but a translation's, and about as many words (`LENGTH_RATIO`).

At the confirm card (`at_confirmation`) such a text is the draft on the card: it is
shown again ("Das ist Ihr Anliegen … von oben"), and words in another language are
added to the draft's text (the office reads both); nothing is filed twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.language import detect_language
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

SAME_WORDS = 0.8  # the share of words in common (of both texts' words together)
LENGTH_RATIO = 1.5  # a translation has about as many words as what it translates
_WORD = re.compile(r"\w+")


def same(d: Dialog, concern: Concern, text: str) -> bool:
    """`text` says `concern` again (see the module)."""
    from bot.dialog.addition import AGAIN  # it reads modules that read this one

    if text.rstrip().endswith("?") or AGAIN.search(text) or not concern.text:
        return False
    if not (_same_words(text, concern.text) or _translated(text, concern.text)):
        return False
    return topic_and_place_agree(d, concern, text)


def topic_and_place_agree(d: Dialog, concern: Concern, text: str, sure: bool = True) -> bool:
    """`text` has `concern`'s topic, confidently (any confidence when not `sure`:
    the thing is named by another of its names), and names its place (its Kreis
    and its place text among the mentions' texts or names)."""
    topic, confidence = d.topic_of(text)
    if topic != concern.topic or (sure and confidence < d.settings.low_confidence):
        return False
    place = d.place(d.about_place(text))
    names = {m.text.casefold() for m in place.mentions}
    names |= {m.name.casefold() for m in place.mentions if m.name}
    return place.kreis == concern.kreis and (concern.place_text or "").casefold() in names


def at_confirmation(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """The draft on the confirm card said again: the card again, with a lead that
    says so; None for any other text."""
    if ctx.state is not State.AWAIT_CONFIRM or not same(d, concern, text):
        return None
    if not _same_words(text, concern.text or ""):  # in another language: the office reads both
        concern.text = f"{concern.text}\n{text.strip()}"
        ctx.s.add(concern)
        ctx.commit()
    return [render.confirm(d, ctx, concern, lead="restated_at_confirm")]


def _same_words(a: str, b: str) -> bool:
    one, two = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return bool(one and two) and len(one & two) / len(one | two) >= SAME_WORDS


def _translated(a: str, b: str) -> bool:
    """`a` and `b` are each clearly in a language, not the same, and of about as
    many words."""
    one, two = detect_language(a), detect_language(b)
    if one is None or two is None or one == two:
        return False
    n, m = len(a.split()), len(b.split())
    return max(n, m) <= LENGTH_RATIO * min(n, m)
