"""What a new concern's own words ask for, said before the bot's question.

"Die Ampel an der Kreuzung ist aus, fast wäre ein Kind angefahren worden –
wer ist zuständig?" (trial 2026-12-06 c) got only "Wo ist das genau?": the
question went unanswered, and nothing was said about the danger. Not an
emergency (nobody is hurt; the emergency detector decides that, before this),
but a danger that may still be there: a near miss, or a traffic light that is
out, gets one line on calling the police while it lasts; "wer ist zuständig?"
gets the office (or that it depends on the place or the topic). A theft gets
where to report it (bot.dialog.theft), words that point to a photo the concern
lacks that it did not come (bot.dialog.photo_missing).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import TYPE_CHECKING

from bot.dialog import phone, photo_missing, render, stranger, theft
from bot.dialog.context import Ctx
from bot.dialog.model import CONCERN_STATES, Reply
from bot.texts import t
from store import repository as repo
from store.models import Concern, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

WHO_IS_RESPONSIBLE = re.compile(
    r"\b(?:wer\s+ist\s+(?:da(?:für)?\s+|hier\s+|eigentlich\s+|denn\s+)*zuständig|"
    r"wer\s+isch\s+(?:da(?:für)?\s+)?zue?ständig|wer\s+kümmert\s+sich|an\s+wen\s+(?:kann|muss|soll)|"
    r"who\s+is\s+responsible|who['’]s\s+responsible|who\s+(?:is|['’]s)\s+in\s+charge|"
    r"who\s+(?:do|should)\s+i\s+(?:contact|call)|qui\s+est\s+responsable|qui\s+s['’]en\s+occupe|"
    r"à\s+qui\s+(?:dois-je|faut-il|je\s+dois)|chi\s+è\s+(?:il\s+)?(?:responsabile|competente)|"
    r"chi\s+se\s+ne\s+occupa|a\s+chi\s+(?:mi\s+)?devo)\b",
    re.IGNORECASE,
)
# A near miss: "fast wäre ein Kind angefahren worden", "I was nearly hit".
_ALMOST = (
    r"(?:fast|beinahe|um\s+ein\s+haar|knapp|fascht|bimene\s+haar|nearly|almost|"
    r"a\s+failli|ai\s+failli|failli|presque|quasi|per\s+poco|c['’]è\s+mancato\s+poco)"
)
_HARM = (
    r"(?:angefahren|überfahren|umgefahren|erwischt|zusammengestossen|zämegstosse|gestürzt|"
    r"aagfahre|agfahre|aagfahrä|überfahre|überfahrä|umgfahre|verwütscht|"
    r"verunfallt|hit|run\s+over|knocked\s+(?:down|over)|crashed|renvers[ée]e?s?|écras[ée]e?s?|"
    r"percut[ée]e?s?|investit[oaie]|travolt[oaie])"
)
NEAR_MISS = re.compile(rf"\b{_ALMOST}\b(?:\W+\w+){{0,6}}?\W+{_HARM}\b", re.IGNORECASE)
# A traffic light that is out, in the same sentence.
SIGNAL_OUT = re.compile(
    r"\b(?:ampel|lichtsignal(?:anlage)?|fussgängerampel|traffic\s+lights?|feux?(?:\s+de\s+"
    r"circulation|\s+rouges?|\s+tricolores?)|semafor[oi])\b[^.!?]{0,60}?\b"
    r"(?:aus(?=\s*(?:[.,;:!?–-]|$|und\b|seit\b))|ausgefallen|"
    r"dunkel|funktioniert\s+nicht|geht\s+nicht|out|not\s+working|dead|en\s+panne|éteints?|"
    r"defekt|kaputt|broken|hors\s+service|rott[oi]|"
    r"spent[oi]|guast[oi]|non\s+funziona(?:no)?|usgfalle|uusgfalle|isch\s+us|gaht\s+nö?i?d|"
    r"gaht\s+nüm(?:m|me)?|funktioniert\s+nö?i?d)\b",
    re.IGNORECASE,
)


# Something that may fall or collapse any moment: "Der Baum vor dem Haus neigt sich seit
# dem Sturm gefährlich über die Strasse" got the plain confirmation (new-user trial i,
# finding 5).
MAY_FALL = re.compile(
    r"\b(?:droht|drohen|könnte|könnten|kann\s+jederzeit|wird\s+bald|jederzeit)\s+(?:\S+\s+){0,3}?"
    r"(?:umzustürzen|umzufallen|umzukippen|herunterzufallen|abzustürzen|einzustürzen|abzubrechen"
    r"|umstürzen|umfallen|umkippen|herunterfallen|runterfallen|abbrechen|einstürzen)\b"
    r"|\bneigt\s+sich\s+(?:\S+\s+){0,3}?gefährlich|\bgefährlich\s+(?:schief|schräg|locker|lose)\b"
    r"|\b(?:chönnt|chönnti|cha\s+jederzit)\s+(?:\S+\s+){0,3}?(?:umgheie|umkeie|abegheie|abechéie"
    r"|abecheie|iistürze)\b"
    r"|\b(?:about\s+to|could|might|may|going\s+to|threatens\s+to)\s+(?:\S+\s+){0,2}?"
    r"(?:fall(?:\s+(?:down|over))?|collapse|topple|come\s+down|crash\s+down)\b"
    r"|\bleaning\s+dangerously|\bdangerously\s+(?:loose|leaning)\b"
    r"|\b(?:menace\s+de|risque\s+de|pourrait|va)\s+(?:\S+\s+){0,2}?"
    r"(?:tomber|s['’]effondrer|s['’]écrouler|basculer)\b|\bpenche\s+dangereusement"
    r"|\b(?:rischia\s+di|potrebbe|sta\s+per)\s+(?:\S+\s+){0,2}?(?:cadere|crollare)\b"
    r"|\bpende\s+pericolosamente",
    re.IGNORECASE,
)


def danger_now(text: str) -> str | None:
    """The text key for a danger that may last: a near miss, a traffic light that
    is out, something that may fall any moment; None for none."""
    if NEAR_MISS.search(text):
        return "danger_near_miss"
    if SIGNAL_OUT.search(text):
        return "danger_signal_out"
    if MAY_FALL.search(text):
        return "danger_may_fall"
    return "danger_followed" if stranger.FOLLOWING.search(text) else None


def before_question(d: Dialog, ctx: Ctx, concern: Concern) -> list[Reply]:
    """The lines said before the bot asks about a new, classified concern."""
    text = concern.text or ""
    if concern.urgent or concern.outside_city:
        return []  # the emergency numbers, or where to turn, were said
    notes = []
    danger = danger_now(text)
    if danger is not None:
        notes.append(Reply(t(ctx.lang, danger)))
    if WHO_IS_RESPONSIBLE.search(text):
        notes.append(Reply(responsible(d, ctx, concern)))
    notes += [*theft.note(ctx, concern), *photo_missing.note(ctx, concern)]
    return [*phone.notes(ctx, concern), *notes]  # "rufen Sie mich an": the bot cannot


def responsible(d: Dialog, ctx: Ctx, concern: Concern) -> str:
    """Who handles it: the office the concern goes to, once that does not hang
    on a place still unknown or a topic the bot is unsure of."""
    if (concern.confidence or 0.0) < d.settings.low_confidence or concern.office is None:
        return t(ctx.lang, "responsible_depends")  # the topics are offered to choose from
    if concern.kreis is None and concern.office == d.routing.coordination_office(None):
        return t(ctx.lang, "responsible_kreis")  # the Kreis's office: it hangs on the place
    return t(ctx.lang, "responsible_is", office=render.office_name(d, concern.office))


_WORD = re.compile(r"[^\W\d_]+")
_FILLER = frozenset(
    [
        "dafür",
        "darum",
        "drum",
        "eigentlich",
        "denn",
        "überhaupt",
        "jetzt",
        "bitte",
        "dann",
        "also",
        "hier",
        "dies",
        "dieses",
        "this",
        "that",
        "then",
        "here",
        "please",
        "actually",
        "pour",
        "cela",
        "ceci",
        "alors",
        "ici",
        "questo",
        "quello",
        "allora",
        "qui",
        "ecco",
    ]
)
ASKED_ALONE_WORDS = 8  # "Wer ist dafür eigentlich zuständig?"; longer, it is a concern's text
JUST = timedelta(minutes=30)


def asked_who(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Wer ist zuständig?" typed alone: the office of the concern in question
    (the open one, else the one forwarded a moment ago), then the open question
    again; with none, how to get to the right office. None for other texts."""
    if len(text.split()) > ASKED_ALONE_WORDS or not WHO_IS_RESPONSIBLE.search(text):
        return None
    rest = _WORD.findall(WHO_IS_RESPONSIBLE.sub(" ", text).casefold())
    if any(len(w) >= 4 and w not in _FILLER for w in rest):
        return None  # "Wer ist zuständig für die Bank im Park?" says what: a concern
    concern = ctx.current()
    if concern is not None and concern.topic is not None and ctx.state in CONCERN_STATES:
        return [Reply(responsible(d, ctx, concern)), *render.prompt(d, ctx)]
    latest = repo.concerns_of(ctx.s, resident=ctx.resident, limit=1)
    if latest and latest[0].status in (Status.FORWARDED, Status.IN_PROGRESS):
        at = latest[0].forwarded_at
        at = at if at is None or at.tzinfo else at.replace(tzinfo=UTC)
        if at is not None and utcnow() - at < JUST and latest[0].office:
            office = render.office_name(d, latest[0].office)
            return [
                Reply(t(ctx.lang, "responsible_of", reference=latest[0].reference, office=office))
            ]
    return [Reply(t(ctx.lang, "responsible_nothing"))]
