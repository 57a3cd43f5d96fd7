"""Where to get a service of the city: "where do I get a parking permit?", "wo
bekomme ich eine Parkkarte?", "où puis-je obtenir une carte de stationnement?",
"dove posso richiedere il permesso?"; and who is responsible for an office or a
service ("wer ist zuständig für die Quartierkoordination Kreis 4?").

Questions the bot answers itself (`general_questions`), like where to take bulky
waste (`drop_off`): an office would only point to the city's website or the
coordination office of the resident's Kreis. Before, such a question was filed, and
split off a report it was offered that report's place ("Same place as before:
Goldbrunnenplatz"); after "wer ist zuständig für die Quartierkoordination Kreis 4?"
was answered, a card offered to forward it (new-user trial r, finding 6).

"Where can I report a broken lamp?" asks where to report (a concern), "Wer ist
zuständig für die kaputte Bank im Park?" and "… für die Bäume an der Weststrasse?"
name a thing in public space: those are filed as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.dialog.notes import WHO_IS_RESPONSIBLE
from bot.dialog.off_topic import PROBLEM
from bot.texts import t

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

KEY = "info_question"
MAX_WORDS = 20

_GET = (
    r"bekommen|kriegen|erhalten|beantragen|lösen|kaufen|bestellen|abholen|übercho|becho|"
    r"get|obtain|apply\s+for|buy|request|renew|pick\s+up|"
    r"obtenir|avoir|demander|acheter|recevoir|retirer|renouveler|"
    r"ottenere|avere|richiedere|chiedere|comprare|ricevere|ritirare|rinnovare"
)
WHERE_TO_GET = re.compile(
    r"\bwo\s+(?:bekomme|bekommt|kriege|krieg|kriegt|erhalte|erhält|beantrage|beantragt|"
    r"löse|kaufe|bestelle|überchum\w*|bechum\w*)\s+(?:ich|man|i|mer|me)\b"
    rf"|\bwo\s+(?:kann|muss|soll|cha|chan|mues)\s+(?:ich|man|i|mer|me)\b[^.!?]{{0,50}}?\b(?:{_GET})\b"
    rf"|\bwhere\s+(?:do|can|could|should|would)\s+(?:i|we|one|you)\s+(?:{_GET})\b"
    r"|\boù\s+(?:puis-je|peut-on|dois-je|faut-il|je\s+peux|on\s+peut|"
    r"est-ce\s+que\s+(?:je|l['’]on|on)\s+(?:peux|peut|dois|doit))\s+"
    rf"(?:{_GET})\b"
    r"|\boù\s+(?:obtenir|demander|acheter)\b"
    rf"|\bdove\s+(?:posso|si\s+può|devo|bisogna)\s+(?:{_GET})\b"
    r"|\bdove\s+si\s+(?:richiede|ottiene|compra|chiede)\b",
    re.IGNORECASE,
)
# Where to report, or why: a concern, not a question about a service.
_REPORT = re.compile(
    r"\b(?:melden|mälde|report|signaler|segnalare|warum|wieso|why|pourquoi|perché)\b",
    re.IGNORECASE,
)
# "Wo bekomme ich Hilfe?" asks for help (a social matter, say), not for a service.
_HELP = re.compile(
    r"\b(?:hilfe|hilf|unterstützung|beratung|rat|help|support|advice|aide|soutien|conseil|"
    r"aiuto|sostegno|consulenza|geld|money|argent|soldi)\b",
    re.IGNORECASE,
)
# "wer ist zuständig für" an office or a service of the city, not a thing outside.
_FOR = re.compile(r"\b(?:für|für\s+d[ei]|for|pour|per)\b", re.IGNORECASE)
_SERVICE = re.compile(
    r"\b(?:quartierkoordination|koordination|kreisbüro|stadthaus|stadtverwaltung|verwaltung|"
    r"bewilligung\w*|\w*parkkarte\w*|ausweis\w*|coordination|neighbourhood\s+office|"
    r"permits?|parking\s+permits?|licen[cs]es?|permis|autorisations?|coordinamento|"
    r"permess[oi]|autorizzazion[ei])\b",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"koordination|coordination|coordinamento", re.IGNORECASE)


def key_of(text: str) -> str | None:
    """KEY for a question where to get a service of the city, or who is responsible
    for one; None for anything else."""
    said = text.strip()
    if len(said.split()) > MAX_WORDS or _REPORT.search(said) or PROBLEM.search(said):
        return None
    if _HELP.search(said):  # "Ich habe Schulden, wo bekomme ich Hilfe?": filed (soziales)
        return None
    if WHERE_TO_GET.search(said):
        return KEY
    who = WHO_IS_RESPONSIBLE.search(said)
    if who is not None and _FOR.search(said, who.end()) and _SERVICE.search(said, who.end()):
        return KEY
    return None


def answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """Who is responsible for the coordination office of a Kreis the question names
    ("… für die Quartierkoordination Kreis 4?"), then where to ask; None for any
    other line (the rest of this module's questions: `key_of`)."""
    if key_of(text) != KEY or not _COORDINATION.search(text):
        return None
    kreis = d.place(text).kreis
    office = d.routing.coordination_office(kreis) if kreis is not None else None
    if office is None:
        return None
    return [Reply(t(ctx.lang, "responsible_is", office=render.office_name(d, office)))]
