"""A phone number typed as a message of its own: "079 000 00 00", "Meine
Nummer: 044 123 45 67", "+41 79 123 45 67", "my number is 0041 …".

Trial l, §3 leftover: the bot says "Steht Ihre Telefonnummer in der Nachricht,
kann die zuständige Stelle Sie anrufen", but a number typed at the confirmation
card was "Können Sie das etwas genauer beschreiben?" (or a new concern, or the
place) and was lost. Now it goes where a shared contact goes
(bot.dialog.attachments.contact): at a draft's question into the draft's text,
with "Danke, ich gebe Ihre Telefonnummer … weiter" and the question again; idle,
to the concern forwarded lately, as an addition for the office. A house number
("12", "Nr. 12") or a reference is no phone number: at least nine digits. The
number is stored as the text is and never logged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Incoming, Reply, State

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The few words a resident puts before the number, in the four languages.
_BEFORE = (
    r"(?:(?:meine|mini|my|mon|ma|il\s+mio|la\s+mia)\s+)?"
    r"(?:telefon|tel|tél|phone|natel|handy|mobile?|cellulare|portable)?\s*[-.]?\s*"
    r"(?:nummer|nr|nummere|number|no|numéro|numero|de\s+téléphone|di\s+telefono)?\.?"
    r"(?:\s+(?:ist|isch|is|est|è|lautet))?"
    r"|(?:sie\s+)?erreichen\s+(?:sie\s+)?mich\s+unter|erreichbar\s+unter|unter"
    r"|téléphone|telefono|telefonnummer|rufnummer|natelnummer|handynummer"
)
_NUMBER = re.compile(
    rf"^\W*(?:{_BEFORE})?\s*[:=]?\s*(?P<number>[+0][\d\s()/.\-]+?)"
    r"\s*[.!,;]*\s*(?:danke|merci|thanks|thank\s+you|grazie)?\W*$",
    re.IGNORECASE,
)


def number_in(text: str) -> str | None:
    """The phone number `text` is (with a few words before it), else None."""
    found = _NUMBER.match(text.strip())
    if found is None:
        return None
    digits = re.sub(r"\D", "", found["number"])
    return found["number"] if 9 <= len(digits) <= 16 else None


_IN_TEXT = re.compile(r"\+?\d[\d\s()/.\-]{6,}\d")


def _digits(number: str) -> str:
    """The number's digits, "+41 79 …" and "0041 79 …" written as "079 …"."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if digits.startswith("0041"):
        return "0" + digits[4:]
    if digits.startswith("41") and number.lstrip().startswith("+"):
        return "0" + digits[2:]
    return digits


def already_in(text: str | None, number: str) -> bool:
    """`text` (a draft's) holds this phone number already, however written: it
    is not added twice ("079 123 45 67" typed again, or shared as a contact)."""
    wanted = {_digits(found) for found in _IN_TEXT.findall(number)}
    return bool(wanted & {_digits(found) for found in _IN_TEXT.findall(text or "")})


def heard(d: Dialog, ctx: Ctx, msg: Incoming) -> list[Reply] | None:
    """A number typed at a draft's question, or idle after a concern went out,
    as a shared contact is; None for anything else."""
    from bot.dialog import attachments  # it calls this module

    text = (msg.text or "").strip()
    if msg.kind != "text" or ctx.urgent or number_in(text) is None:
        return None
    if ctx.current() is None or ctx.state not in CONCERN_STATES:
        idle = ctx.state is State.IDLE and msg.reply_to is None  # a reply is answered as one
        if not idle or attachments.went_out(d, ctx) is None:
            return None  # nothing to go with: as before
    return attachments.contact(d, ctx, text)
