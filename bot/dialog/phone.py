"""A request to be phoned: the bot cannot phone, and says so.

New-user trial i (2026-12-07), finding 8: "Ich bin 87 und kann nicht gut schreiben.
Können Sie mich bitte anrufen? 044 321 54 76" was asked "Wo ist das genau?" and,
with "Weiss ich nicht", went to the Fachstelle Alter. The coordination office's
phone number is not in our data: a request to be phoned and nothing else is
offered to the coordination office (of the Kreis named, or the shared one), without
the place question; the resident agrees with "Ja, weiterleiten" (`callback_only`,
`callback`, `lead`). A request to be phoned with a concern: the concern as always,
with a line that the bot cannot phone (`notes`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import call_me
from bot.dialog import render, same_place
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from store import repository as repo
from store.models import Concern, EventKind

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# A whole message this long or shorter; a longer one may say more than this.
MAX_WORDS = 60
COORDINATION = "quartierleben"  # the topic always with the Kreis's coordination office
# "Können Sie mich bitte anrufen?", "Ruefed Sie mi aa?", "Could you call me back?"
CALL_ME = call_me.CALL_ME

# What a resident says of themselves around the request: age, writing, a number, greetings.
_ABOUT_ME = re.compile(
    r"\b(?:ich\s+bin\s+(?:schon\s+)?\d{2,3}|i\s+bi\s+\d{2,3}|i\s+am\s+\d{2,3}|i['’]m\s+\d{2,3}|"
    r"j['’]ai\s+\d{2,3}\s+ans|ho\s+\d{2,3}\s+anni|schreiben|schribe|write|writing|écrire|"
    r"scrivere|sehe\s+(?:nicht|schlecht)|gseh\s+nüm|computer|handy|telefonnummer|nummer|"
    r"number|numéro|numero|frau|herr|mrs|mr|madame|monsieur|signora|signor|grüezi|"
    r"grüessech|hallo|guten\s+tag|hello|bonjour|buongiorno|danke|merci|thank|grazie)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"^[\s+()./\d-]{7,}$")
_PHONE_IN = re.compile(r"\+?\d[\d\s/.-]{6,}\d")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words of a polite request around "mich anrufen" that say nothing of a matter.
_POLITE = frozenset(
    (  # noqa: SIM905
        "können könnten würden würded chönd chönnted bitte vielleicht einmal gerne gern mich "
        "could would please maybe pouvez pourriez vous plaît potete potreste favore cortesia "
        "sie danke merci thanks grazie bald heute morgen soon today tomorrow "
        "grüezi grüessech hallo hello bonjour buongiorno salve guten"  # "Grüezi, können Sie …"
    ).split()
)


def _whole(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS


def callback_only(text: str) -> bool:
    """ "Ich bin 87 und kann nicht gut schreiben. Können Sie mich bitte anrufen?
    044 321 54 76": a request to be phoned, and nothing else to pass on."""
    if not _whole(text) or CALL_ME.search(text) is None:
        return False
    for sentence in _SENTENCES.split(text.strip()):
        if not sentence.strip() or _PHONE.match(sentence):
            continue
        if CALL_ME.search(sentence):
            rest = _WORD.findall(CALL_ME.sub(" ", _PHONE_IN.sub(" ", sentence)))
            if any(w.casefold() not in _POLITE for w in rest):
                return False  # "… wegen der Baustelle an der Josefstrasse anrufen?"
        elif _ABOUT_ME.search(sentence) is None:
            return False
        elif len(_WORD.findall(sentence)) > 8:
            return False  # more than a word about themselves
    return True


def callback(d: Dialog, ctx: Ctx, concern: Concern, kreis: int | None) -> list[Reply]:
    """The bot cannot phone: it offers to pass the request on to the coordination
    office (of the Kreis named, else the one of the resident's concern of the last
    hour, else the shared one), without asking for a place. "Ich bin 87, können Sie
    mich bitte anrufen?" right after an emergency in the Bäckeranlage went to
    "Quartierkoordination (Kreis unbekannt)"."""
    if kreis is None:
        earlier = same_place.recent(ctx, concern)
        kreis = earlier.kreis if earlier is not None else None
    office = d.routing.route(COORDINATION, 1.0, kreis).office
    repo.apply_routing(
        ctx.s,
        concern=concern,
        kind=EventKind.CLASSIFIER,
        topic=COORDINATION,
        confidence=1.0,
        kreis=kreis,
        office=office,
    )
    return [render.confirm(d, ctx, concern)]  # with `lead`


def number_added(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """'044 123 45 67' or 'Meine Nummer ist 044 …' sent at the offer to pass on a
    request to be phoned (the offer says the number should be in the message): it
    joins the request's text. Trial J: it was 'zu kurz' and the request went on without it."""
    if lead(concern) is None or not _number_only(text):
        return None
    from bot.dialog.typed_number import already_in  # it reaches this module

    if already_in(concern.text, text):  # the same number again: kept once
        return [render.confirm(d, ctx, concern, lead="phone_number_added")]
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    return [render.confirm(d, ctx, concern, lead="phone_number_added")]


def _number_only(text: str) -> bool:
    """ "044 123 45 67", "Meine Nummer ist 044 123 45 67", "My number: 079 …": a
    number and at most a few words about it (the latter was asked "Zu welcher
    Strasse gehört die Nummer?")."""
    if _PHONE.match(text.strip()):
        return True
    if _PHONE_IN.search(text) is None or _ABOUT_ME.search(text) is None:
        return False
    return len(_WORD.findall(_PHONE_IN.sub(" ", text))) <= 4


def matter_added(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """The matter itself at the offer to pass on a request to be phoned ("Der Kübel
    am Idaplatz ist voll": a topic the classifier is sure of, or a place with more
    than the place): what the resident wants to be called about. It joins the
    request's text and the concern is routed by it, with the line that the bot
    cannot phone (`notes`). Trial j, finding 17: it was asked "neues Anliegen oder
    der Ort für ZH-…?", and a place for a call request makes no sense."""
    from bot.dialog import intake, place_answer  # they read this module

    if lead(concern) is None or CALL_ME.search(text) or place_answer.only_a_place(d, text):
        return None
    place = d.place(text)
    named = place.kreis is not None or bool(place.candidates)
    topic, confidence = d.topic_of(text)
    sure = confidence >= d.settings.low_confidence and topic != COORDINATION
    if not (named or sure) or len(_WORD.findall(text)) < 2:
        return None
    concern.text = f"{concern.text}\n{text.strip()}" if concern.text else text.strip()
    ctx.s.add(concern)
    return intake.start(d, ctx, concern)


def lead(concern: Concern) -> str | None:
    """The confirmation's text for a request to be phoned (render.confirm)."""
    if concern.topic == COORDINATION and callback_only(concern.text or ""):
        return "phone_callback"
    return None


def notes(ctx: Ctx, concern: Concern) -> list[Reply]:
    """Said before the bot's question about a new concern with such a request:
    that the bot cannot phone."""
    text = concern.text or ""
    if CALL_ME.search(text) and not callback_only(text):
        return [Reply(t(ctx.lang, "phone_no_calls"))]
    return []


def after_emergency(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Ich bin 87, können Sie mich bitte anrufen?" right after an emergency
    (new-user trial i): not the answer about following the 144 call, but that the
    bot cannot phone, with the advice to call 144 or 117 now if it is about the
    emergency. Idle, the request goes on as always (offered, never filed unasked);
    while something waits for an answer, that question comes again."""
    if CALL_ME.search(text) is None:
        return None
    advice = Reply(t(ctx.lang, "phone_emergency"))
    if ctx.state is State.IDLE:
        from bot.dialog import answers  # it calls this module

        replies = answers.idle(d, ctx, text)  # "Anrufen kann ich leider nicht …"
        return [advice, *replies]
    cannot = Reply(f"{t(ctx.lang, 'phone_cannot')} {advice.text}")
    return [cannot, *render.prompt(d, ctx)]
