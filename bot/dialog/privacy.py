"""The resident's data, asked about in their own words.

"Was passiert mit meinen Daten?" gets what /start says about data protection
(it was filed as a concern and asked where it is); "Löschen Sie meine Daten"
asks for the deletion like /loeschen; "Ja" typed at that question deletes and
"Nein" keeps everything (a typed "Ja" used to be taken for the open draft's
confirmation and forwarded it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import buttons, commands, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import LANGUAGES, t
from nlp.smalltalk import yes_no

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
)
ASKS_ABOUT_DATA = re.compile(rf"\b({_THEIR_DATA}|{_WHO_SEES})\b", re.IGNORECASE)
_DELETE = r"lösch\w*|lösche|delete|erase|remove|wipe|supprim\w*|effac\w*|cancella\w*|elimin\w*"
WANTS_DELETION = re.compile(
    rf"\b({_DELETE})\b.*\b({_THEIR_DATA}|alles|everything|tout|tutto)\b"
    rf"|\b({_THEIR_DATA})\b.*\b({_DELETE})\b",
    re.IGNORECASE,
)
QUESTION_WORDS = 14  # a longer text says more than a question about data
NO_WORDS = frozenset(t(lang, "btn_no").casefold() for lang in LANGUAGES)
YES_WORDS = frozenset(t(lang, "btn_yes_delete").casefold() for lang in LANGUAGES)


def about_data(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """A deletion asked for or a question about data; None for anything else."""
    if len(text.split()) > QUESTION_WORDS:
        return None
    if WANTS_DELETION.search(text):
        return commands.on_command(d, ctx, "/loeschen")
    if ASKS_ABOUT_DATA.search(text):
        info = Reply(t(ctx.lang, "privacy_info", months=d.settings.retention_months))
        return [info, *render.prompt(d, ctx)]
    return None


def deletion_answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """'Ja' or 'Nein' typed at "Soll ich Ihre persönlichen Daten löschen?";
    None for anything else (the deletion question is then dropped)."""
    folded = text.strip(" .!").casefold()
    answer = True if folded in YES_WORDS else False if folded in NO_WORDS else yes_no(text)
    if answer is None or ctx.state is not State.CONFIRM_DELETE:
        return None
    replies = buttons.delete(d, ctx, answer)
    for reply in replies:
        reply.edit = False  # typed: there is no pressed message to edit
    return replies
