"""Withdrawing without a reference: "Ich möchte meine Meldung zurückziehen",
"I want to withdraw my report", "je veux retirer mon signalement", "voglio
ritirare la mia segnalazione".

With a reference the concern is withdrawn at once (`references.about`); without
one the bot asks: one open concern, "ZH-… zurückziehen?" [Ja, zurückziehen]
[Nein]; several, each as a button; none, it says so. Before, such a line got
"Ich höre zu" and the next one filed the same concern again."""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import confirming, deletion_words, listing, place_answer, references, render
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.model import Button, Reply
from bot.dialog.withdraw_pick import picked
from bot.texts import t
from nlp.smalltalk import smalltalk, yes_no
from store import repository as repo
from store.models import Concern, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

VERB = references.WITHDRAW  # one word list for "zurückziehen", with or without a reference
NOUN = re.compile(
    r"\b(meldung|meldig|anliegen|aliege|beschwerde|anfrage|report|concern|request|complaint|"
    r"signalement|demande|réclamation|segnalazione|richiesta|reclamo)\b",
    re.IGNORECASE,
)
# "Bitte löschen Sie meine Meldung", "Löschen Sie bitte meine Meldung": which one
# is asked, also of one and one just forwarded (it was offered as an addition to
# it, or withdrawn at once in one word order and asked in the other). Only "hat
# sich erledigt" and the like withdraw the one just forwarded at once
# (`references.SETTLED`).
DELETE = deletion_words.REQUEST
# "beide", "alle", "both": the list's concerns are withdrawn one at a time, each
# asked about (trial g, finding 17: "Welches meinen Sie?" with no way out).
ALL = re.compile(
    r"^\W*(?:alle\s+(?:zwei|beide|drei)|die\s+beiden|beide[n]?|beidi|alle|alli|"
    r"(?:both|all)(?:\s+of\s+them)?|(?:tous|toutes)(?:\s+les\s+deux)?|les\s+deux|"
    r"(?:tutti|tutte)(?:\s+e\s+due)?|entrambi|entrambe)\b(?:\s+\w+){0,2}\W*$",
    re.IGNORECASE,
)
REST = "withdraw_rest"  # after "beide": the others are asked about in turn
WORDS = 14  # a short request; a longer text says more (a new concern)
SHOWN = 5  # concerns offered as buttons at most (the newest)
JUST_ASKED = timedelta(minutes=30)  # a line after that is no answer to the list


# "Ich möchte das zurückziehen", "cancel it", "je veux l'annuler", "ritirarla": a
# pronoun for the concern right at the verb (an article would name a thing:
# "retirer la voiture", "ritirare la spazzatura" are concerns of their own).
POINTED = re.compile(
    r"\b(?:das|dies|es|ihn|sie|en|si)\s+(?:bitte\s+|doch\s+|gern\s+)*(?:zurückziehen|"
    r"zurücknehmen|stornieren|annullieren|widerrufen)\b"
    r"|\b(?:withdraw|cancel|retract)\s+(?:it|that|this)\b|\btake\s+(?:it|that)\s+back\b"
    r"|\b(?:l['’]\s*|le\s+|la\s+)(?:annuler|retirer)\b"
    r"|\b(?:ritirar|annullar)(?:la|lo)\b",
    re.IGNORECASE,
)
# "zurückziehen", "Stornieren bitte", "cancel": the verb and nothing else.
BARE = re.compile(
    r"^\W*(?:bitte\s+|please\s+|s['’]il\s+vous\s+plaît\s+)?(?:zurückziehen|stornieren|"
    r"withdraw|cancel|annuler|annullare|ritirare)(?:\s+bitte|\s+please|\s+s['’]il\s+vous"
    r"\s+plaît|\s+per\s+favore)?\W*$",
    re.IGNORECASE,
)


# "Ich möchte zurückziehen", "I want to withdraw", "je veux retirer", "vorrei
# ritirare": a wish and the verb, nothing after it. Read so only when the resident
# has a concern open (otherwise it may be about anything).
WISHED = re.compile(
    r"^\W*(?:ich\s+)?(?:möchte|möcht|will|würde\s+gerne?|wett)\s+(?:gerne?\s+|bitte\s+|es\s+)?"
    r"(?:zurückziehen|zurücknehmen|stornieren)"
    r"|^\W*i\s+(?:want|would\s+like|'d\s+like|wish)\s+to\s+(?:withdraw|cancel|retract)"
    r"|^\W*(?:je\s+)?(?:veux|voudrais|souhaite)\s+(?:retirer|annuler)"
    r"|^\W*(?:io\s+)?(?:voglio|vorrei|desidero)\s+(?:ritirare|annullare)",
    re.IGNORECASE,
)
WISHED_END = re.compile(r"^(?:\s+(?:bitte|please|s['’]il\s+vous\s+plaît|per\s+favore))?\W*$", re.I)


def requested(ctx: Ctx, text: str) -> bool:
    """The message asks to withdraw a concern without naming it by reference
    (`asked`, `asked_to_delete`, or a bare wish with a concern open)."""
    return asked(text) or asked_to_delete(ctx, text) or _wished(ctx, text)


def _wished(ctx: Ctx, text: str) -> bool:
    """ "Ich möchte zurückziehen" and the resident has a concern open."""
    wish = WISHED.match(text)
    if wish is None or WISHED_END.match(text[wish.end() :]) is None:
        return False
    return bool(_open(ctx))


def asked(text: str) -> bool:
    """The message asks to withdraw a concern it does not name by reference
    ("… meine Meldung zurückziehen", "Ich möchte das zurückziehen", "zurückziehen")."""
    if len(text.split()) > WORDS or references.named_reference(text) is not None:
        return False
    if POINTED.search(text) or BARE.match(text):
        return True
    verb = VERB.search(text) is not None or references.SEPARABLE.search(text) is not None
    return verb and (NOUN.search(text) or listing.ANOTHER.search(text)) is not None


def asked_to_delete(ctx: Ctx, text: str) -> bool:
    """ "Bitte löschen Sie meine Meldung" with a concern open (one just forwarded
    and "hat sich erledigt": `references.just_forwarded` withdraws it at once)."""
    if not (
        len(text.split()) <= WORDS
        and DELETE.search(text) is not None
        and NOUN.search(text) is not None
        and references.named_reference(text) is None
    ):
        return False
    concerns = _open(ctx)
    just = references.SETTLED.search(text) and references.forwarded_a_moment_ago(ctx) is not None
    return len(concerns) > 1 or (len(concerns) == 1 and not just)


def _open(ctx: Ctx) -> list[Concern]:
    mine = repo.concerns_of(ctx.s, resident=ctx.resident, limit=50)
    return [c for c in mine if c.status in references.OPEN and c.reference]


def ask(d: Dialog, ctx: Ctx) -> list[Reply]:
    """Which concern to withdraw: the one, one of several, or none open."""
    concerns = _open(ctx)
    if not concerns:
        return [Reply(t(ctx.lang, "withdraw_none")), *render.prompt(d, ctx)]
    return [_question(d, ctx, concerns[:SHOWN])]


def _question(d: Dialog, ctx: Ctx, concerns: list[Concern]) -> Reply:
    no = Button(t(ctx.lang, "btn_no"), encode(Action.KEEP, concerns[0].id))
    if len(concerns) == 1:
        [c] = concerns
        yes = Button(t(ctx.lang, "btn_withdraw_yes"), encode(Action.WITHDRAW, c.id))
        what = ", ".join(x for x in (_topic(d, ctx, c), c.place_text) if x)
        text = t(ctx.lang, "withdraw_ask_one", reference=c.reference, topic=what)
        _remember(ctx, [yes, no], [c.id], one=True)
        return Reply(text, [[yes, no]])
    rows = [
        [Button(f"{c.reference} · {listing.what(d, ctx, c)}", encode(Action.WITHDRAW, c.id))]
        for c in concerns
    ]
    none = Button(t(ctx.lang, "btn_withdraw_none"), no.data)
    _remember(ctx, [*(row[0] for row in rows), none], [c.id for c in concerns], one=False)
    return Reply(t(ctx.lang, "withdraw_ask_which"), [*rows, [none]])


def confirm(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """ "Soll ich Ihr Anliegen ZH-… zurückziehen?" about one named concern."""
    return [_question(d, ctx, [concern])]


def asked_again(d: Dialog, ctx: Ctx) -> list[Reply]:
    """The open question again (a restart, /start, or a line that answers none of it)."""
    listed = _listed(ctx)
    if not listed:
        return []
    return [_question(d, ctx, listed)]


def _listed(ctx: Ctx) -> list[Concern]:
    """The concerns the open question offers that are still open."""
    ids = ctx.data.get("withdraw_list") or []
    found = [ctx.own(int(i)) for i in ids]
    return [c for c in found if c is not None and c.status in references.OPEN]


def _topic(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    return render.concern_topic(d, ctx.lang, concern)


def _remember(ctx: Ctx, buttons: list[Button], listed: list[int | None], *, one: bool) -> None:
    """The labels, for a chat whose buttons come back as text; "Ja" for the one;
    the concerns offered, for the question to come again."""
    labels = {**(ctx.data.get("labels") or {}), **{b.label: b.data for b in buttons}}
    ctx.save(
        ctx.state,
        **{
            **ctx.data,
            "labels": labels,
            "withdraw_ask": listed[0] if one else None,
            "withdraw_list": listed,
        },
    )


def typed_answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """Text typed while the question is open: "Ja"/"Nein", a concern of the list
    named in words, or (when it is neither a place nor a new concern) the
    question again with a hint. None when no question is open, or for a line
    that goes on as usual."""
    listed = _listed(ctx)
    if not listed:
        return None
    asked_id = ctx.data.get("withdraw_ask")
    from bot.dialog.reconsidered import wants  # it reads this module's neighbours

    # Before yes/no: "Please forward it" is a polite yes to small talk, and a no here
    # (it discarded the draft; helper dialog2's note). "ZH-… doch weiterleiten": no;
    # "doch nicht weiterleiten": yes.
    wish = wants(text)
    if asked_id is not None and wish is not None:
        return on_button(d, ctx, Action.KEEP if wish else Action.WITHDRAW, int(asked_id))
    if wish is True:  # "Bitte weiterleiten" at the list: all stay, as at one concern
        return on_button(d, ctx, Action.KEEP, listed[0].id)
    answer = yes_no(text)
    if asked_id is not None and answer is not None:
        return on_button(d, ctx, Action.WITHDRAW if answer else Action.KEEP, int(asked_id))
    if answer is False:  # "nein" to the list: none
        return on_button(d, ctx, Action.KEEP, listed[0].id)
    if asked_id is None and len(listed) > 1 and ALL.match(text):
        # "beide": one at a time; after each, the others come again (`on_button`).
        ctx.save(ctx.state, **{**ctx.data, REST: True})
        return [Reply(t(ctx.lang, "withdraw_one_at_a_time")), _question(d, ctx, listed)]
    pick = picked(d, ctx, listed, text)
    if pick is not None and asked_id == pick.concern.id:  # named again: yes
        return on_button(d, ctx, Action.WITHDRAW, pick.concern.id)
    if pick is not None:  # typed, not pressed: "ZH-… (topic, place) zurückziehen?" first
        said = t(ctx.lang, "withdraw_picked_latest", reference=pick.concern.reference)
        return [*([Reply(said)] if pick.latest else []), _question(d, ctx, [pick.concern])]
    talk = smalltalk(text)
    place = d.place(text)
    named = place_answer.names_a_place(place)
    if (
        (talk is not None and talk.kind in {"thanks", "bye"})
        or named
        or place_answer.could_be_a_concern(d, text, named)
        or not _just_asked(ctx)
    ):
        _forget(ctx)
        return None  # "Danke", a place, a new concern, a day later: as usual
    hint = "withdraw_hint_one" if asked_id is not None else "withdraw_hint_which"
    return [Reply(t(ctx.lang, hint)), *asked_again(d, ctx)]


def _just_asked(ctx: Ctx) -> bool:
    """The question was asked a moment ago (a line much later is about something else)."""
    at = ctx.conv.updated_at
    return utcnow() - (at if at.tzinfo else at.replace(tzinfo=UTC)) <= JUST_ASKED


def on_button(d: Dialog, ctx: Ctx, action: Action, concern_id: int | None) -> list[Reply]:
    """[Ja, zurückziehen] / a concern of the list, or [Nein] / [Keines]; after
    "beide", the others of the list again."""
    rest = [c for c in _listed(ctx) if c.id != concern_id] if ctx.data.get(REST) else []
    _forget(ctx)
    concern = ctx.own(concern_id)
    if action is Action.KEEP or concern is None:
        return [Reply(t(ctx.lang, "withdraw_kept"), edit=True), *render.prompt(d, ctx)]
    if concern.status not in references.OPEN:
        return [Reply(references.status_line(d, ctx, concern)), *render.prompt(d, ctx)]
    current = ctx.current()
    if current is not None and current.id == concern.id:
        return confirming.discard(d, ctx, concern)  # the draft in question: the next one
    references.withdraw(d, ctx, concern)
    done = Reply(t(ctx.lang, "withdrawn", reference=concern.reference), edit=True)
    if rest:
        ctx.save(ctx.state, **{**ctx.data, REST: len(rest) > 1 or None})
        return [done, _question(d, ctx, rest)]
    return [done, *render.prompt(d, ctx)]


def _forget(ctx: Ctx) -> None:
    if {"withdraw_ask", "withdraw_list", "labels", REST} & ctx.data.keys():
        ours = {
            k: v for k, v in ctx.data.items() if k not in {"withdraw_ask", "withdraw_list", REST}
        }
        labels = {
            k: v
            for k, v in (ours.get("labels") or {}).items()
            if not str(v).startswith((Action.WITHDRAW.value + ":", Action.KEEP.value + ":"))
        }
        ctx.save(ctx.state, **{**ours, "labels": labels})
