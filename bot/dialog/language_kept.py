"""The conversation's language, kept against a few words in another one.

The language was read per message: "my number is 079 123 45 67" in a German
conversation turned the whole conversation (and every reply after it) English.

The rule, the same in every state (idle, the place question, the confirm card,
after filing; the language is settled on arrival, before the state's handler):

- A line with no evidence of a language keeps the resident's: a house number
  ("Nr. 12"), a place ("Langstrasse 5", "Idaplatz"), an emoji.
- A stock answer said in every language in Zürich keeps it too (`courtesy`: "ja",
  "Danke", "ok", "Tschüss", "weiss nicht" / "no idea"), unless the resident is
  new (German by default, nothing shown yet: `newcomer`; bot.dialog.answers.idle
  then answers "Merci" in French).
- Clear evidence turns it (`bot.language.turns_to`, on arrival): a sentence of
  clear words ("The bin at Idaplatz is full"), a greeting in a language
  ("Bonjour": whoever says it, trial b), a request to be phoned, other small talk.
- A few words that lean to a language ("pothole", "Streetlight broken", "Kübel
  voll") set it only while the conversation is not established (`established`):
  no concern, no open question, and no earlier line that showed the resident's
  language (closing note, item 3: "Grüezi", then "yes" turned a German
  conversation English, "Hello", then "Kübel voll" an English one German).
"""

from __future__ import annotations

from bot.dialog import status_language
from bot.dialog.context import Ctx
from bot.dialog.model import State
from bot.language import courtesy, of_a_new_chat, turns_to
from store import repository as repo

SHOWN = "lang_shown"  # conversation data: a line named the resident's language


def first(said: str | None, app_language: str | None, text: str) -> str | None:
    """The language a new chat starts in (`of_a_new_chat`); a first line the status
    rule takes says its language by its status words when no clear word does
    ("qualcuno se n'è occupato?": `status_language`)."""
    return of_a_new_chat(said or status_language.language_of(text), app_language, text)


def settled(ctx: Ctx, text: str | None, said: str | None) -> Ctx:
    """`ctx`, its resident speaking `said` when the message was too short to turn
    an established conversation (`turns_to` kept the language) and this
    conversation is not one yet; a line clearly in the resident's language is
    remembered (`SHOWN`)."""
    text = text or ""
    if said is None or courtesy(text):
        return ctx
    if said != ctx.resident.language:
        if turns_to(text, said) is None and established(ctx):
            return ctx  # its language stays
        ctx.resident.language = said  # (set on arrival already when it turns it)
        ctx.s.add(ctx.resident)
    if not ctx.data.get(SHOWN):
        ctx.save(ctx.state, **{**ctx.data, SHOWN: True})
    return ctx


def established(ctx: Ctx) -> bool:
    """An open question, a concern, or a line that showed the resident's language."""
    if ctx.state is not State.IDLE or ctx.data.get(SHOWN):
        return True
    return bool(repo.concerns_of(ctx.s, resident=ctx.resident, limit=1))


def newcomer(ctx: Ctx) -> bool:
    """German by default only: no other language seen, none shown, and no concern yet."""
    return ctx.lang == "de" and not established(ctx)
