"""The resident's data, asked about in their own words.

"Was passiert mit meinen Daten?" gets what /start says about data protection
(it was filed as a concern and asked where it is); "Löschen Sie meine Daten"
asks for the deletion like /loeschen; "Ja" typed at that question deletes and
"Nein" keeps everything (a typed "Ja" used to be taken for the open draft's
confirmation and forwarded it). So do the account, the number, "vergessen Sie
mich" and a bare "löschen" (`deletion_words`), and "Löschen Sie meine Meldung"
when no concern is open to withdraw.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import (
    buttons,
    changed_mind,
    commands,
    deletion_words,
    references,
    render,
    withdrawal,
)
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import LANGUAGES, t
from nlp.smalltalk import yes_no
from store import repository as repo

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The resident's own data, named as such ("die Daten der Anzeigetafel" is not).
_THEIR_DATA = (
    r"(meine[nrm]?|unsere[nrm]?|mini|mine|my|our|mes|nos|i miei|miei|i nostri)\s+"
    r"(persönlichen\s+|personal\s+|personnelles\s+|personali\s+)?"
    r"(daten|date|data|données|donnees|dati|informationen|infos|angaben|information)"
    r"|datenschutz|privacy|privatsphäre|protection des données|vie privée|"
    r"protezione dei dati|dati personali|personal data|données personnelles"
)
_WHO_SEES = (
    r"(wer|wär|who|qui|chi)\s+(sieht|liest|gseht|list|kann\s+\w+\s+(sehen|lesen)|"
    r"(can\s+)?(sees?|reads?)|(peut\s+)?(voit|lit|voir|lire)|(può\s+)?(vede|legge|vedere|leggere))"
    r"|wie\s+lange\s+(speichern|behalten|bewahren|speichert|behaltet)|"
    r"how\s+long\s+do\s+you\s+(keep|store)|combien\s+de\s+temps\s+(gardez|conservez)|"
    r"per\s+quanto\s+tempo\s+(conservate|tenete|salvate)"
    # "Was speichert ihr (über mich)?", "What do you store about me?" (trial r, finding 5)
    r"|(was|wa)\s+(speichert|speichern|sammelt|sammeln|wisst|wüssed|spicheret)\s+(ihr|sie|si)"
    r"|what\s+do\s+you\s+(store|keep|save|collect|know)\s+about\s+(me|us)"
    r"|(que|qu['’]est-ce\s+que)\s+(vous\s+)?(stockez|gardez|enregistrez|conservez|savez)"
    r"(-vous)?\s+(sur|de)\s+(moi|nous)"
    r"|(cosa|che\s+cosa)\s+(salvate|memorizzate|conservate|sapete|raccogliete)\s+(su|di)\s+(me|noi)"
)
ASKS_ABOUT_DATA = re.compile(rf"\b({_THEIR_DATA}|{_WHO_SEES})\b", re.IGNORECASE)
_DELETE = r"lösch\w*|lösche|delete|erase|remove|wipe|supprim\w*|effac\w*|cancella\w*|elimin\w*"
WANTS_DELETION = re.compile(
    rf"\b({_DELETE})\b.*\b({_THEIR_DATA}|alles|everything|tout|tutto)\b"
    rf"|\b({_THEIR_DATA})\b.*\b({_DELETE})\b",
    re.IGNORECASE,
)
QUESTION_WORDS = 14  # a longer text says more than a question about data
# A deletion may be asked at more length ("Ich habe es mir anders überlegt und …");
# it is asked about first, and "Nein" keeps everything.
DELETION_WORDS = 24
NO_WORDS = frozenset(t(lang, "btn_no").casefold() for lang in LANGUAGES)
YES_WORDS = frozenset(t(lang, "btn_yes_delete").casefold() for lang in LANGUAGES)


def about_data(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """A deletion asked for or a question about data; None for anything else."""
    words = len(text.split())
    if words <= DELETION_WORDS and (WANTS_DELETION.search(text) or _asks_deletion(ctx, text)):
        return commands.on_command(d, ctx, "/loeschen")
    if words > QUESTION_WORDS:
        return None
    if _deletes_a_concern(text) and not _any_open(ctx):
        return commands.on_command(d, ctx, "/loeschen")  # nothing to withdraw: their data
    if ASKS_ABOUT_DATA.search(text):
        info = Reply(t(ctx.lang, "privacy_info", months=d.settings.retention_months))
        return [info, *render.prompt(d, ctx)]
    return None


def _asks_deletion(ctx: Ctx, text: str) -> bool:
    """The account, the number, "vergessen Sie mich", a bare "löschen"; not "bitte
    löschen" right after forwarding, which asks to withdraw that concern
    (`references.just_forwarded`)."""
    if not deletion_words.asks_deletion(text):
        return False
    undo = deletion_words.bare(text) and references.UNDO.search(text) is not None
    return not (undo and references.forwarded_a_moment_ago(ctx) is not None)


def _deletes_a_concern(text: str) -> bool:
    """ "Löschen Sie meine Meldung" without a reference."""
    return (
        len(text.split()) <= withdrawal.WORDS
        and deletion_words.REQUEST.search(text) is not None
        and withdrawal.NOUN.search(text) is not None
        and references.named_reference(text) is None
    )


def _any_open(ctx: Ctx) -> bool:
    mine = repo.concerns_of(ctx.s, resident=ctx.resident, limit=50)
    return any(c.status in references.OPEN and c.reference for c in mine)


def deletion_answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """'Ja' or 'Nein' typed at "Soll ich Ihre persönlichen Daten löschen?";
    None for anything else (the deletion question is then dropped)."""
    folded = text.strip(" .!").casefold()
    answer = True if folded in YES_WORDS else False if folded in NO_WORDS else yes_no(text)
    if answer and changed_mind.FORWARD.search(text):
        answer = False  # "Please forward it" is a yes to the concern, never to deleting it
    if answer is None or ctx.state is not State.CONFIRM_DELETE:
        return None
    replies = buttons.delete(d, ctx, answer)
    for reply in replies:
        reply.edit = False  # typed: there is no pressed message to edit
    return replies
