"""Questions the bot answers itself rather than filing them for an office.

- Opening hours ("Wann hat das Stadthaus offen?", "Öffnungszeiten vom Kreisbüro
  4?", "Grüezi, ich hätt gern gwüsst wänn de Wertstoffhof offe hät"): the bot does
  not know them, and an office would only point to the city's website; so the bot
  says so at once and where to look. Before, such a line was kept as the start of a
  concern, the next message was joined to it and the question's landmark became
  that concern's place (new-user trial h, findings 2 and 8).
- How to report an emergency ("Wie melde ich einen Brand?", "Was mache ich bei einem
  Notfall?"): the emergency numbers, and that this chat alerts nobody (nlp.urgent.how_to).
- How long the city takes ("Wie lange dauert es normalerweise, bis eine Meldung
  bearbeitet wird?"): about the process, not for an office (trial h, finding 8).

A short question complete in itself that names a place ("Gibt es beim Stadthaus
WLAN?") is filed as a question (the service-question path), never kept as the
start of a concern: it would become that concern's place (trial h, finding 2).

Matters the city does not handle (bot.dialog.elsewhere) are said so with where to
turn. Opening hours, how long and those are not filed, and what was waiting (a draft at its
confirmation, a place question) is asked again after the answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import (
    about_bot,
    animal_aside,
    answer_again,
    collection_dates,
    drop_off,
    elsewhere,
    info_question,
    off_topic,
    phone,
    place_answer,
    reassured,
    render,
)
from bot.dialog.announced import announces_a_question
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from nlp.smalltalk import smalltalk
from nlp.urgent.how_to import how_to_report_an_emergency

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# A question is one short sentence (greetings and thanks around it aside).
MAX_WORDS = 20
_SENTENCES = re.compile(r"(?<=[.!?])\s+")

_HOURS = re.compile(
    r"\b(?:öffnungszeit(?:en)?|öffnigszyt(?:e|ä)?|opening\s+(?:hours|times)|"
    r"horaires?(?:\s+d['’]ouverture)?|heures\s+d['’]ouverture|orari(?:o)?(?:\s+di\s+apertura)?)\b",
    re.IGNORECASE,
)
# "wann … offen", "wänn … offe hät", "when is … open", "quand … ouvert", "quando … aperto";
# "When I open the window, it stinks" is no question.
_WHEN = (
    r"(?:bis\s+)?(?:wann|wänn)|(?:when|until\s+when)\s+(?:is|are|does|do|will|['’]s)|what\s+time"
    r"|quand\s+(?:est|sont|ouvre|ouvrent)|(?:à|jusqu['’]à)\s+quelle\s+heure"
    r"|quando\s+(?:è|sono|apre|aprono|si\s+apre)|(?:a|fino\s+a)\s+che\s+ora"
)
_WHEN_OPEN = re.compile(
    rf"\b(?:{_WHEN})\b[^.!?]{{0,60}}?\b(?:offen|offe|geöffnet|göffnet|open|opens|ouvert|ouverte|"
    r"ouverts|ouvre|ouvrent|apert[oaie]|apre|aprono)\b",
    re.IGNORECASE,
)
_STARTS_WHEN = re.compile(
    rf"^\W*(?:(?:hallo|grüezi|grüessech|hoi|sali|salü|guten\s+tag|hello|hi|bonjour|salut|ciao|"
    rf"buongiorno)\W+)?(?:{_WHEN})\b",
    re.IGNORECASE,
)
# "Wann ist die Strasse wieder offen?": a closure, not opening hours.
_AGAIN = re.compile(
    r"\b(?:wieder|wider|again|à\s+nouveau|de\s+nouveau|di\s+nuovo|nuovamente)\b", re.IGNORECASE
)
# "Warum sind die Öffnungszeiten so kurz?": a complaint, for the office.
_WHY = re.compile(r"\b(?:warum|wieso|weshalb|why|pourquoi|perché|perche)\b", re.IGNORECASE)
# "Ich hätt gern gwüsst …", "I'd like to know …": a question without "?".
_ASKING = re.compile(
    r"\b(?:wissen|gwüsst|gwüss|weiss\s+jemand|wüsse|know|savoir|sapere|sagen\s+sie\s+mir|"
    r"können\s+sie\s+mir\s+sagen|tell\s+me)\b",
    re.IGNORECASE,
)

# "Wie lange dauert es, bis eine Meldung bearbeitet wird?": how long, about reports.
_HOW_LONG = re.compile(
    r"\b(?:wie\s+lange?|how\s+long|combien\s+de\s+temps|quanto\s+(?:tempo|ci\s+vuole|ci\s+mette))\b",
    re.IGNORECASE,
)
_PROCESS = re.compile(
    r"\b(?:meldung(?:en)?|meldig|anliegen|aliege|anfrage(?:n)?|bearbeit\w*|antwort\w*|"
    r"rückmeldung|erledigt|reports?|requests?|concerns?|complaints?|process\w*|handled|"
    r"answers?|repl(?:y|ies)|respon\w*|demandes?|signalements?|trait[ée]e?s?|réponses?|"
    r"répondre|segnalazion[ei]|richiest[ae]|rispost[ae]|elaborat\w*|gestit\w*|evas[oa]|"
    # "bis ihr reagiert", "until you get back to me", "pour que vous réagissiez" (trial p)
    r"reagier\w*|react\w*|réagi\w*|reagi\w*|get\s+back|hear\s+back|"
    r"(?:sich|si)\s+(?:meldet|melden|meldät)|(?:meldet|melden)\s+(?:sich|si))\b",
    re.IGNORECASE,
)


def _the_question(text: str) -> str | None:
    """The one sentence of `text` that is not a greeting or thanks; None when
    there are several, or the text is long."""
    if len(text.split()) > MAX_WORDS:
        return None
    said = [s for s in _SENTENCES.split(text.strip()) if s and smalltalk(s) is None]
    return said[0] if len(said) == 1 else None


def asks_opening_hours(text: str) -> bool:
    """'Wann hat das Stadthaus offen?', 'Öffnungszeiten vom Kreisbüro 4?': yes.
    'Die Bar hat bis 4 Uhr offen, viel zu laut!', 'Wann ist die Strasse wieder
    offen?', 'Warum sind die Öffnungszeiten so kurz?': no."""
    question = _the_question(text)
    if question is None or _AGAIN.search(question) or _WHY.search(question):
        return False
    asked = question.rstrip().endswith("?") or _ASKING.search(question) is not None
    if _WHEN_OPEN.search(question):
        return asked or _STARTS_WHEN.match(question) is not None  # "Wann hat … offen"
    if _HOURS.search(question) is None:
        return False
    return asked or len(question.split()) <= 4  # "Öffnungszeiten Recyclinghof Hagenholz"


def asks_how_long_it_takes(text: str) -> bool:
    """'Wie lange dauert es normalerweise, bis eine Meldung bearbeitet wird?': yes.
    'Wie lange dauert das?' (about their concern, answered elsewhere): no."""
    question = _the_question(text)
    return (
        question is not None
        and _HOW_LONG.search(question) is not None
        and _PROCESS.search(question) is not None
        and _WHY.search(question) is None
    )


def key_of(text: str) -> str | None:
    """The text that answers an opening-hours or how-long question; None for
    anything else."""
    if how_to_report_an_emergency(text.lower()):
        return "no_dispatch"  # "Wie melde ich einen Brand?": the numbers, nothing filed
    if asks_opening_hours(text):
        return "opening_hours"
    if asks_how_long_it_takes(text):
        return "how_long_it_takes"
    if collection_dates.asks(text):
        return collection_dates.KEY  # "Wann wird das Altpapier abgeholt?": the calendar
    if drop_off.asks(text):
        return drop_off.KEY  # "Wo kann ich Sperrgut abgeben?": the city's disposal pages
    if reassured.key_of(text) is not None:
        return reassured.KEY  # a neighbour not seen for days, but on holiday
    if (chatter := off_topic.key_of(text) or info_question.key_of(text)) is not None:
        return chatter  # the weather, a joke; "wo bekomme ich eine Parkkarte?"
    return elsewhere.key_of(text)  # a private landlord, a lost cat: where to turn


def answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """The answer to an opening-hours or how-long question, then the question
    that was waiting; None for anything else."""
    own = None if ctx.urgent else off_topic.answer(d, ctx, text)
    own = own or (None if ctx.urgent else info_question.answer(d, ctx, text))
    if own is not None:
        return [*own, *render.prompt(d, ctx)]  # "Oui, je parle français"; Kreis 4's office
    key = None if ctx.urgent else key_of(text) or about_bot.key_of(ctx, text)
    if key is None:
        return None if ctx.urgent else answer_again.shown(d, ctx, text)  # "what was the answer?"
    if key.startswith("elsewhere_hurt") and animal_aside.split_off(d, text) is not None:
        return None  # and a city matter besides: filed, with the advice (intake)
    fragment = ctx.data.get("fragment")
    if ctx.state is State.IDLE and fragment and announces_a_question(str(fragment)):
        # "Ich hätte eine Frage zum Recyclinghof", then this: the question it announced.
        ctx.save(State.IDLE, **{k: v for k, v in ctx.data.items() if k != "fragment"})
    return [Reply(t(ctx.lang, key)), *render.prompt(d, ctx)]


def whole_question(d: Dialog, text: str) -> bool:
    """'Gibt es beim Stadthaus WLAN?': a question of its own about a named place,
    not the start of a concern ('an der Josefstrasse', 'Was soll ich tun?'); so is
    a short request to be phoned ('Chönd Sie mi aalüte?', trial J: it was kept as
    the start of a concern and the request never reached the phone answer)."""
    if phone.CALL_ME.search(text) is not None:
        return True
    return render.is_question(text) and place_answer.names_a_place(d.place(text))
