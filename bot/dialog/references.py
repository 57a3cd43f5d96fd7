"""A reference number in what the resident writes: "Ich möchte ZH-2026-000012
zurückziehen", "Was ist mit ZH-2026-000012?"."""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import deletion_words, place_correction, place_detail, render
from bot.dialog.context import Ctx, LatestConcern, latest_concern
from bot.dialog.model import Reply
from bot.dialog.sayings import ASKS_FOR_STATUS
from bot.staff import alerts
from bot.texts import t
from store import repository as repo
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# "ZH-2026-000012", also as typed: "zh 2026 12", "ZH-2026-12", "2026-000012".
REFERENCE = re.compile(
    r"\bZH[-\s]?(\d{4})[-\s]?(\d{1,6})\b|(?<![\d.-])(20\d\d)-(\d{6})\b", re.IGNORECASE
)
# The one word list of a withdrawal, with a reference ("ZH-… zurückziehen") or
# without (`withdrawal.asked`: "Ich möchte meine Meldung zurückziehen").
WITHDRAW = re.compile(
    r"\b(zurückziehen|zurückzuziehen|zurücknehmen|zurückzunehmen|zurückzieh\w*|stornieren|"
    r"widerrufen|annullieren|nicht mehr nötig|withdraw|cancel|retract|take\s+back|annuler|"
    r"retirer|ritirare|annullare|ritira)\b",
    re.IGNORECASE,
)
# "Ich ziehe ZH-… zurück", "ich ziehe meine Meldung zurück": the separable verb,
# looser than WITHDRAW, so the resident is asked first (QA trial g, finding 14).
SEPARABLE = re.compile(r"\bzieh(?:e|en|t|st)?\b[^.!?]{0,60}?\bzurück\b", re.IGNORECASE)
DELETE_WORDS = 14  # "Löschen Sie … ZH-…" is short; a longer text says more
QUESTION_WORDS = 10  # a question about a reference is short; a longer text says more …
STATUS_QUESTION_WORDS = 24  # … unless it asks how it stands ("ich möchte wissen, wie es …")
OPEN = (Status.DRAFT, Status.FORWARDED, Status.IN_PROGRESS, Status.RATE_LIMITED)


def named_reference(text: str) -> str | None:
    """The reference named in `text`, written the way references are stored."""
    m = REFERENCE.search(text)
    if m is None:
        return None
    year, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"ZH-{year}-{int(number):06d}"


def own_reference(ctx: Ctx, text: str) -> Concern | None:
    """The resident's own concern named in `text`, if any (someone else's: None)."""
    reference = named_reference(text)
    if reference is None:
        return None
    try:
        concern = repo.get_concern_by_reference(ctx.s, reference)
    except repo.NotFound:
        return None
    return concern if concern.resident_id == ctx.resident.id else None


def withdraw(d: Dialog, ctx: Ctx, concern: Concern) -> None:
    """The resident takes the concern back; the offices that had it hear so."""
    repo.set_status(ctx.s, concern=concern, status=Status.WITHDRAWN, actor="resident")
    alerts.concern_withdrawn(ctx.s, d.routing, concern)


def about(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """Withdraw the concern when asked to; otherwise say where it stands. None when
    the message says more than that (then it is handled as usual)."""
    corrected = place_correction.of_concern(d, ctx, concern, text)
    if corrected is not None:
        return corrected  # "ZH-2026-000001 ist am Lochergut, nicht am Hardplatz"
    from bot.dialog import reconsidered  # it reads this module

    changed = reconsidered.named(d, ctx, concern, text)
    if changed is not None:
        return changed  # "ZH-2026-000001 doch weiterleiten"
    if WITHDRAW.search(text):
        if concern.status not in OPEN:
            return [Reply(status_line(d, ctx, concern))]
        withdraw(d, ctx, concern)
        return [Reply(t(ctx.lang, "withdrawn", reference=concern.reference))]
    if SEPARABLE.search(text) and concern.status in OPEN:
        from bot.dialog import withdrawal  # it reads this module

        return withdrawal.confirm(d, ctx, concern)
    if deletion_words.requested(text) and len(text.split()) <= DELETE_WORDS:
        # "Löschen Sie bitte meine Meldung ZH-…": withdrawing it is asked; of one
        # closed already, only its text can go, with all their data (/loeschen).
        from bot.dialog import commands, withdrawal

        if concern.status in OPEN:
            return withdrawal.confirm(d, ctx, concern)
        return commands.on_command(d, ctx, "/loeschen")
    if asks_about_it(text):
        return [Reply(status_line(d, ctx, concern)), *render.prompt(d, ctx)]
    return None


def asks_about_it(text: str) -> bool:
    """A line with a reference that asks about it: short, or a status question
    ("ich möchte wissen wie es um meine Meldung von letzter Woche steht,
    ZH-2026-000417"; trial p, finding 4: filed as a concern)."""
    words = len(text.split())
    return words <= QUESTION_WORDS or (
        words <= STATUS_QUESTION_WORDS and ASKS_FOR_STATUS.search(text) is not None
    )


# "das hat sich erledigt", "never mind" right after forwarding: withdrawn at once.
SETTLED = re.compile(
    r"\b(hat\s+sich\s+erledigt|ist\s+erledigt|doch\s+nicht\s+(nötig|mehr\s+nötig)|"
    r"never\s+mind|annulez|annullate)\b",
    re.IGNORECASE,
)
# "bitte wieder löschen", "please delete", or settled (`SETTLED`), right after forwarding.
# Deletion words alone never withdraw at once: "Soll ich ZH-… zurückziehen?" is asked,
# as for "Löschen Sie bitte meine Meldung" (trial k leftovers: "Bitte löschen Sie
# meine Meldung" withdrew at once, "Löschen Sie bitte meine Meldung" asked).
UNDO = re.compile(
    rf"\b(bitte\s+(wieder\s+)?löschen|wieder\s+löschen|please\s+delete)\b|{SETTLED.pattern}",
    re.IGNORECASE,
)
# "Oh nein, ich meinte …": not more about what was just forwarded (`addition`).
MEANT_PLACE = re.compile(
    r"\b(ich\s+meinte|gemeint\s+war|i\s+meant|je\s+voulais\s+dire|intendevo)\b", re.I
)
JUST = timedelta(minutes=30)


def forwarded_a_moment_ago(ctx: Ctx, latest: LatestConcern | None = None) -> Concern | None:
    """The resident's latest concern (read by `latest` when given), when it is
    forwarded and was so within `JUST`."""
    concern = (latest or latest_concern(ctx))()
    if concern is None or concern.status != Status.FORWARDED:
        return None
    at = concern.forwarded_at
    if at is None or utcnow() - (at if at.tzinfo else at.replace(tzinfo=UTC)) > JUST:
        return None
    return concern


def just_forwarded(
    d: Dialog, ctx: Ctx, text: str, latest: LatestConcern | None = None
) -> list[Reply] | None:
    """A short undo or place correction about the concern forwarded a moment ago."""
    if len(text.split()) > 12 or not UNDO.search(text):
        # "Oh nein, ich meinte Josefstrasse 120", "Nein, es ist am Lochergut"; or more
        # precise: "Genauer gesagt ist es beim Eingang der Bäckeranlage"
        corrected = place_correction.after_forwarding(d, ctx, text, latest)
        return corrected or place_detail.after_forwarding(d, ctx, text, latest)
    concern = forwarded_a_moment_ago(ctx, latest)
    if concern is None:
        return None
    if SETTLED.search(text):
        withdraw(d, ctx, concern)
        return [Reply(t(ctx.lang, "withdrawn", reference=concern.reference))]
    # "bitte wieder löschen": asked, as any deletion of a concern
    from bot.dialog import withdrawal  # it reads this module

    return withdrawal.confirm(d, ctx, concern)


def status_line(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    return t(
        ctx.lang,
        "reference_status",
        reference=concern.reference,
        topic=render.concern_topic(d, ctx.lang, concern),
        status=t(ctx.lang, f"status_{concern.status}"),
    )


# "Was ist mit Nr. 1?", "Wie ist der Stand bei Nr. 12?", "what about no. 3?": a
# reference given by its running number only (the resident's own concerns only;
# without a word that asks, "Nr. 12" stays a house number).
NUMBER_QUESTION = re.compile(
    r"^\W*(?:und\s+|and\s+|et\s+|e\s+)?(?:was\s+ist\s+(?:mit|aus)|wie\s+(?:ist\s+der\s+stand|"
    r"steht\s+es)\s+(?:bei|mit|von)|stand\s+(?:bei|von)|what\s+about|what['’]s\s+the\s+status\s+of|"
    r"status\s+of|où\s+en\s+est|quid\s+de|a\s+che\s+punto\s+è|che\s+ne\s+è\s+d[ie])\s+"
    r"(?:der\s+|dem\s+|meine[rm]?\s+|my\s+|ma\s+|la\s+|il\s+)?(?:meldung\s+|anliegen\s+|report\s+|"
    r"demande\s+|segnalazione\s+)?(?:nr\.?|nummer|number|no\.?|n°|numéro|numero|#)\s*(\d{1,6})\W*$"
    # "Und Nr. 1?" after the status of another one: "und" and a question mark ask.
    r"|^\W*(?:und|and|et|e)\s+(?:die\s+|the\s+|le\s+|la\s+|il\s+)?"
    r"(?:nr\.?|nummer|number|no\.?|n°|numéro|numero|#)\s*(\d{1,6})\s*\?\W*$",
    re.IGNORECASE,
)


def own_by_number(ctx: Ctx, text: str) -> Concern | None:
    """The resident's own concern asked about by its running number, if any."""
    m = NUMBER_QUESTION.match(text)
    if m is None:
        return None
    number = int(m.group(1) or m.group(2))
    mine = repo.concerns_of(ctx.s, resident=ctx.resident, limit=50)
    return next(
        (c for c in mine if c.reference and int(c.reference.rsplit("-", 1)[-1]) == number), None
    )
