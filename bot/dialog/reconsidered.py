"""A resident who changes their mind about passing a concern on.

After a draft was discarded ("Verwerfen", "zurückziehen" before it went out),
"Doch nicht weiterleiten" got "Ich höre zu" (and was kept as the start of a
concern), and "ZH-2026-000001 doch weiterleiten" only the status line. Now:

- "(doch) nicht weiterleiten", "don't forward it" after a withdrawal: it stays
  withdrawn, said so; "ZH-… nicht weiterleiten" of an open one: withdrawing it is
  asked; "(bitte) (doch) nicht weiterleiten" right after a concern went out: the
  same question about it (it got "Gehört das zu Ihrem Anliegen?"); "Bitte
  weiterleiten" then: that it already is (it got small talk's "yes").
- "ZH-… doch weiterleiten", "bitte weiterleiten" after a withdrawal: the offer
  that "Doch, bitte weiterleiten" gets (`changed_mind`, `taken_up`: a new concern
  with its topic and place; "Bitte weiterleiten" after a discarded draft, small
  talk's "yes", got how to go about it); where none can be made, how to go about
  it.
- At the card, "Doch weiterleiten" is the yes it means, "Doch nicht" the no
  ("Was stimmt nicht?", with "Verwerfen"); before, both were filed as concerns.

Only a short message that says no more than that counts. The words people put
around taking it back ("Vergessen Sie es, bitte nicht weiterleiten", "forget it,
don't forward it", "laissez tomber", "lasciate perdere"; trial p, finding 3: it
was offered as an addition) say no more; said alone right after a concern went
out, they ask whether to withdraw it too (`letting_go`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import changed_mind, references, render, said_yes
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from store.models import Concern, Status

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

MAX_WORDS = 8  # the reference aside

_NOT = re.compile(r"\b(?:nicht|nöd|nid|not|don['’]?t|pas|non|ne)\b|\bn['’]", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# Words around it that say no more ("bitte doch weiterleiten", "please forward it anyway").
_AROUND = frozenset(
    (  # noqa: SIM905
        "doch bitte trotzdem glich gliich es das ihn sie mein meine anliegen meldung ja nein "
        "ok okay jetzt nun also dann gern gerne lieber soll sollen können ich möchte will "
        "noch einfach mal auch wieder please it after all anyway yes no do just then actually "
        "the my report concern i want you can could le la l quand même finalement il vous "
        "plaît s'il oui d'accord alors en fait ma demande je veux lo comunque stesso per "
        "favore sì si allora mia segnalazione voglio "
        # "Veuillez la transmettre", "Merci de la transmettre", "Potete inoltrarla?"
        "veuillez merci de pouvez pourriez ça cela potete potreste può puoi"
    ).split()
)
# "Vergessen Sie es", "vergiss es", "lassen Sie es (sein)", "forget it", "laissez
# tomber", "lasciate perdere", "vergässed Si's": letting it go, said around a
# withdrawal. "es"/"it" is the concern: "Vergessen Sie nicht, auch …" or "Lassen
# Sie es abholen" say more (the rest of the line is read as before).
_LET_GO = re.compile(
    r"\b(?:(?:vergessen|vergässed|vergässe|vergesst)\s+(?:sie|si|ihr)\s*(?:es|['’]s|das|des)"
    r"|(?:vergiss|vergiis|vergäss)\s*(?:es|['’]?s|das|des)"
    r"|(?:lassen|lönd|lass|lan|lah)\s+(?:sie\s+|si\s+)?(?:es|['’]?s|das)(?:\s+(?:sein|sii|bleiben|bliibe))?(?=\W*$|\W*[,.;:!–-])"
    r"|(?:lassen|lönd)\s+(?:sie|si)['’]s(?:\s+(?:sein|sii|bleiben|bliibe))?(?=\W*$|\W*[,.;:!–-])"
    r"|forget\s+(?:about\s+)?(?:it|that|this)"
    r"|(?:laissez|laisse|laissons)\s+tomber|oubliez\s+(?:ça|ca|cela|le|la)|oublie\s+(?:ça|ca)"
    r"|(?:lasciate|lascia|lasci|lasciamo)\s+(?:perdere|stare)|(?:dimentica(?:te)?|dimentichi)(?:lo|la)?"
    r"(?:\s+pure)?)\b",
    re.IGNORECASE,
)
# "Ach", "egal", "sorry": what is said with it and says no more.
_WITH_IT = frozenset(
    (  # noqa: SIM905
        "ach ah oh äh egal sorry entschuldigung pardon tschuldigung "
        "mais désolé désolée scusate scusi scusa oops ups"
    ).split()
)
# "Doch nicht", "nein doch nicht", "doch nöd": at the card, the no.
_CHANGED_MIND = re.compile(
    r"^\W*(?:(?:nein|nei|ah|oh|ach)\W+)?doch\s+(?:nicht|nöd|nid)\W*$", re.IGNORECASE
)


def wants(text: str) -> bool | None:
    """True: pass it on ("doch weiterleiten"); False: do not ("doch nicht
    weiterleiten"); None: the message says something else."""
    said = _LET_GO.sub(" ", references.REFERENCE.sub(" ", text))
    if len(said.split()) > MAX_WORDS or changed_mind.FORWARD.search(said) is None:
        return None
    rest = _NOT.sub(" ", changed_mind.FORWARD.sub(" ", said))
    if any(w.casefold() not in _AROUND | _WITH_IT for w in _WORDS.findall(rest)):
        return None  # "Können Sie das an die Polizei weiterleiten?" says more
    return _NOT.search(said) is None


def letting_go(text: str) -> bool:
    """ "Vergessen Sie es", "ach, forget it", "laissez tomber": letting it go,
    and nothing else said."""
    if _LET_GO.search(text) is None:
        return False
    rest = _WORDS.findall(_LET_GO.sub(" ", text))
    return len(rest) <= MAX_WORDS and all(w.casefold() in _AROUND | _WITH_IT for w in rest)


def at_card(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """At the confirmation: "Doch weiterleiten" forwards, "Doch nicht" asks what
    is not right. None otherwise."""
    if ctx.state is not State.AWAIT_CONFIRM:
        return None
    wish = False if _CHANGED_MIND.match(text) else wants(text)
    if wish is True:
        return said_yes.forward(d, ctx, concern)
    if wish is False:
        return [render.not_right(ctx, concern)]  # with "Verwerfen"
    return None


def just_after(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """Idle (`reply_to_city.on_text`, before small talk: "Bitte nicht weiterleiten"
    reads as a "no"), without a reference: about the concern withdrawn a moment
    ago (`changed_mind.withdrawn_just_now`), or the one forwarded a moment ago
    (`references.forwarded_a_moment_ago`): not to forward it, withdrawing it is
    asked, as for "bitte wieder löschen" (it got "Gehört das zu Ihrem
    Anliegen?"); "Bitte weiterleiten", that it already is (it got small talk).
    None otherwise."""
    wish = False if letting_go(text) else wants(text)
    if wish is None or ctx.urgent:
        return None
    withdrawn = changed_mind.withdrawn_just_now(ctx)
    if withdrawn is not None:
        return _about_withdrawn(d, ctx, withdrawn, text, wish)
    forwarded = references.forwarded_a_moment_ago(ctx)
    if forwarded is None:
        return None
    if wish is True:  # "Bitte weiterleiten" right after the thanks: it already is
        office = render.office_name(d, forwarded.office)
        said = t(ctx.lang, "forwarded_already", reference=forwarded.reference, office=office)
        return [Reply(said)]
    from bot.dialog import withdrawal  # it reads references, as this module does

    return withdrawal.confirm(d, ctx, forwarded)  # "Soll ich ZH-… zurückziehen?"


def named(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """ "ZH-… doch weiterleiten" / "ZH-… nicht weiterleiten" about the resident's
    own concern `concern`. None when the message says something else."""
    wish = wants(text)
    if wish is None or ctx.urgent:
        return None
    if concern.status == Status.WITHDRAWN:
        return _about_withdrawn(d, ctx, concern, text, wish)
    if concern.status == Status.DRAFT and wish is True and ctx.current() is concern:
        if ctx.state is State.AWAIT_CONFIRM:
            return said_yes.forward(d, ctx, concern)
        return None  # its place or topic is still asked: the status line and the question
    if wish is True and concern.status in {Status.FORWARDED, Status.IN_PROGRESS}:
        reply = Reply(t(ctx.lang, "already_forwarded", reference=concern.reference))
        return [reply, *render.prompt(d, ctx)]
    if wish is False and concern.status in references.OPEN:
        from bot.dialog import withdrawal  # it reads references, as this module does

        return withdrawal.confirm(d, ctx, concern)
    return None


def _about_withdrawn(d: Dialog, ctx: Ctx, concern: Concern, text: str, wish: bool) -> list[Reply]:
    """Not forwarding it: it stays withdrawn, said so. Forwarding it after all:
    the offer of a new concern with its topic and place (`taken_up`; a withdrawn
    concern is not reopened), or, where that cannot be offered (no place, another
    question open), how to go about it."""
    if wish is False:
        return [Reply(t(ctx.lang, "withdrawn_stays", reference=concern.reference))]
    from bot.dialog import reply_to_city  # it imports this module

    # A draft discarded or one withdrawn after it went out: "Bitte weiterleiten"
    # means it as "Bitte doch weiterleiten" does (`wants` let nothing else through;
    # "Please forward it" got "write it again", being small talk's "please").
    offer = reply_to_city.forward_after_all(d, ctx, concern, text)
    if offer is not None:
        return offer  # "Soll ich es doch … weiterleiten, als neues Anliegen am gleichen Ort?"
    told = Reply(t(ctx.lang, "forward_again_anew", reference=concern.reference))
    return [told, *render.prompt(d, ctx)]
