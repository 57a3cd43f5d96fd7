"""Withdrawing without a reference: "Ich möchte meine Meldung zurückziehen",
"I want to withdraw my report", "je veux retirer mon signalement", "voglio
ritirare la mia segnalazione".

With a reference the concern is withdrawn at once (`references.about`); without
one the bot asks: one open concern, "ZH-… zurückziehen?" [Ja, zurückziehen]
[Nein]; several, each as a button; none, it says so. Before, such a line got
"Ich höre zu" and the next one filed the same concern again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import confirming, references, render
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.model import Button, Reply
from bot.texts import t
from nlp.smalltalk import yes_no
from store import repository as repo
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

VERB = re.compile(
    r"\b(zurückziehen|zurückzuziehen|zurücknehmen|zurückzunehmen|zurückzieh\w*|stornieren|"
    r"widerrufen|annullieren|withdraw|cancel|retract|take\s+back|annuler|retirer|ritirare|"
    r"annullare|ritira)\b",
    re.IGNORECASE,
)
NOUN = re.compile(
    r"\b(meldung|meldig|anliegen|aliege|beschwerde|anfrage|report|concern|request|complaint|"
    r"signalement|demande|réclamation|segnalazione|richiesta|reclamo)\b",
    re.IGNORECASE,
)
# "Bitte löschen Sie meine Meldung": withdrawn at once when one concern was just
# forwarded (`references.just_forwarded`); with several open, which one is asked.
DELETE = re.compile(r"\b(löschen|delete|supprimer|cancellare|eliminare)\b", re.IGNORECASE)
WORDS = 14  # a short request; a longer text says more (a new concern)
SHOWN = 5  # concerns offered as buttons at most (the newest)


def asked(text: str) -> bool:
    """The message asks to withdraw a concern it does not name by reference."""
    return (
        len(text.split()) <= WORDS
        and VERB.search(text) is not None
        and NOUN.search(text) is not None
        and references.named_reference(text) is None
    )


def asked_to_delete_one_of_several(ctx: Ctx, text: str) -> bool:
    """ "Bitte löschen Sie meine Meldung" with more than one concern open."""
    return (
        len(text.split()) <= WORDS
        and DELETE.search(text) is not None
        and NOUN.search(text) is not None
        and references.named_reference(text) is None
        and len(_open(ctx)) > 1
    )


def _open(ctx: Ctx) -> list[Concern]:
    mine = repo.concerns_of(ctx.s, resident=ctx.resident, limit=50)
    return [c for c in mine if c.status in references.OPEN and c.reference]


def ask(d: Dialog, ctx: Ctx) -> list[Reply]:
    """Which concern to withdraw: the one, one of several, or none open."""
    concerns = _open(ctx)
    if not concerns:
        return [Reply(t(ctx.lang, "withdraw_none")), *render.prompt(d, ctx)]
    no = Button(t(ctx.lang, "btn_no"), encode(Action.KEEP, concerns[0].id))
    if len(concerns) == 1:
        [c] = concerns
        yes = Button(t(ctx.lang, "btn_withdraw_yes"), encode(Action.WITHDRAW, c.id))
        text = t(ctx.lang, "withdraw_ask_one", reference=c.reference, topic=_topic(d, ctx, c))
        _remember(ctx, [yes, no], c.id)
        return [Reply(text, [[yes, no]])]
    rows = [
        [Button(f"{c.reference} · {_topic(d, ctx, c)}", encode(Action.WITHDRAW, c.id))]
        for c in concerns[:SHOWN]
    ]
    none = Button(t(ctx.lang, "btn_withdraw_none"), no.data)
    _remember(ctx, [*(row[0] for row in rows), none], None)
    return [Reply(t(ctx.lang, "withdraw_ask_which"), [*rows, [none]])]


def _topic(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    return render.concern_topic(d, ctx.lang, concern)


def _remember(ctx: Ctx, buttons: list[Button], only: int | None) -> None:
    """The labels, for a chat whose buttons come back as text; "Ja" for the one."""
    labels = {**(ctx.data.get("labels") or {}), **{b.label: b.data for b in buttons}}
    ctx.save(ctx.state, **{**ctx.data, "labels": labels, "withdraw_ask": only})


def typed_answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Ja" / "Nein" typed to "ZH-… zurückziehen?"; None for anything else."""
    asked_id = ctx.data.get("withdraw_ask")
    if asked_id is None:
        return None
    answer = yes_no(text)
    if answer is None:
        return None
    return on_button(d, ctx, Action.WITHDRAW if answer else Action.KEEP, int(asked_id))


def on_button(d: Dialog, ctx: Ctx, action: Action, concern_id: int | None) -> list[Reply]:
    """[Ja, zurückziehen] / a concern of the list, or [Nein] / [Keines]."""
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
    return [done, *render.prompt(d, ctx)]


def _forget(ctx: Ctx) -> None:
    if "withdraw_ask" in ctx.data or "labels" in ctx.data:
        ours = {k: v for k, v in ctx.data.items() if k != "withdraw_ask"}
        labels = {
            k: v
            for k, v in (ours.get("labels") or {}).items()
            if not str(v).startswith((Action.WITHDRAW.value + ":", Action.KEEP.value + ":"))
        }
        ctx.save(ctx.state, **{**ours, "labels": labels})
