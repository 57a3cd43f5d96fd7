"""A question about how to report something, or what to do about it: no report.

A question about how to report an emergency, or what to do in one ("Wie melde ich
einen Brand?", "Was mache ich bei einem Notfall?"), is no emergency either: it gets
the emergency numbers as information (`how_to_report_an_emergency`,
bot.dialog.general_questions), and nothing is filed as urgent.

"Wie melde ich einen verdächtigen Gegenstand?" raised the alarm of a suspicious object
(nlp.urgent.suspicious) and filed an urgent concern, while "Wie melde ich einen
Brand?" or "Wie melde ich Sperrmüll an?" are read as the questions they are. A text
that is one such question, asking how, where or to whom to report a thing or what to
do about one, in German, Swiss German, English, French or Italian, reports nothing
itself: "Da steht ein verdächtiger Koffer am Bahnhof" does, and so does a question
that says it is there now ("Wie melde ich den verdächtigen Koffer, der gerade hier
steht?").
"""

from __future__ import annotations

import re

from nlp.urgent.on_edge import GREETING_WORDS
from nlp.urgent.rules import _STRONG_NOW

# A greeting or an excuse before the question, one or more ("Hallo, entschuldigung, …").
_OPENERS = rf"(?:(?:{GREETING_WORDS}|entschuldigung|sorry|excuse\s+me|pardon|scusi|scusa)\W+)*"
_HOW_TO = (
    # German and Swiss German: "Wie melde ich …", "Wo kann man … melden", "Was tun bei …".
    r"(?:wie|wo|wem|bei\s+wem|an\s+wen|wohin)\s+[^.!?;]*?\b(?:meld|mäld|aazeig|anzeig)\w*"
    r"|was\s+(?:tun|mache|macht|mached|sött|soll|sollte|muss|mues)\s+(?:\S+\s+){0,2}?"
    r"(?:bei|mit|wenn|wänn|gegen|im)\b"
    r"|(?:wen|welche\s+nummer)\s+[^.!?;]*?\b(?:ruf|rüef|alarmier|wähl)\w*"
    # English: "How do I report …", "Who do I call about …", "What should I do if …".
    r"|(?:how|where|who|whom|which\s+number|what\s+number)\s+(?:do|can|should|would|to)\s+[^.!?;]*?\b"
    r"(?:report|call|contact|tell|notify|dial)\b|what\s+(?:should|do|can|must)\s+(?:i|we|one|you)"
    r"\s+do\s+(?:about|with|if|when|in)\b|what\s+to\s+do\s+(?:about|with|if|when|in)\b"
    # French: "Comment signaler …", "Où dois-je signaler …", "Que faire si …".
    r"|(?:comment|où|à\s+qui)\s+[^.!?;]*?\b(?:signale|déclare|annonce)\w*"
    r"|que\s+(?:faire|dois-je\s+faire|faut-il\s+faire)\s+(?:si|avec|d['’]un|d['’]une|en\s+cas)\b"
    r"|(?:qui|quel\s+numéro)\s+[^.!?;]*?\b(?:appele|compose)\w*"
    # Italian: "Come segnalo …", "A chi devo segnalare …", "Cosa fare se …".
    r"|(?:come|dove|a\s+chi)\s+[^.!?;]*?\bsegnal\w*"
    r"|(?:che\s+)?cosa\s+(?:fare|devo\s+fare|si\s+fa)\s+(?:se|con|in\s+caso)\b"
    r"|(?:chi|quale\s+numero)\s+[^.!?;]*?\bchiam\w*"
)
_QUESTION = re.compile(r"^\W*" + _OPENERS + r"(?:" + _HOW_TO + r")[^.!?;]*\?+\W*$")


def how_to_question(low: str) -> bool:
    """A lower-cased text that is one question about how to report a thing or what to do
    about one, and says nothing is there now."""
    if "?" not in low:  # most texts: no question at all
        return False
    return _QUESTION.match(low) is not None and _STRONG_NOW.search(low) is None


# An emergency named as such, not described: "einen Brand", "einen Kellerbrand", "a fire",
# "un incendie".
_AN_EMERGENCY = re.compile(
    r"\b(?:not-?f(?:a|ä)ll\w*|\w*brand|\w*brände|brandfall|feuer|füür|unfall|unfäll|gasgeruch|gasleck"
    r"|einbruch|überfall|emergenc\w*|fires?|accidents?|gas\s+leaks?|burglar\w*|urgences?"
    r"|incendies?|feu|fuite\s+de\s+gaz|cambriolage|emergenz\w*|incendi[oi]|incident[ei]"
    r"|fuga\s+di\s+gas|furto)\b"
)
# A question about one that is there: "Wie melde ich den Brand in meinem Keller?",
# "Wie melde ich, dass es bei uns brennt?" ("dass", "that", "que", "che" open a report).
_ONE_THAT_IS_THERE = re.compile(
    r"(?:,\s*|\b(?:meld|mäld|report|signal|segnal)\w*\s+)(?:dass|das|that|que|qu['’]|che)\b"
    r"|\b(?:hier|dort|here|there|ici|là|qua|lì|mein\w*|min\w*|unser\w*|üs\w*|my|our|mon"
    r"|ma|mes|notre|nos|mio|mia|miei|nostr\w*|bei\s+(?:uns|mir)|chez\s+(?:moi|nous)"
    r"|da\s+(?:me|noi))\b"
)


def how_to_report_an_emergency(low: str) -> bool:
    """A lower-cased text that only asks how to report an emergency, or what to do in one:
    "Wie melde ich einen Brand?", "Was mache ich bei einem Notfall?", "How do I report a
    fire?"; not one that says it is there ("Es brennt! Wie melde ich das?", "Wie melde
    ich den Brand in meinem Keller?")."""
    return (
        how_to_question(low)
        and _AN_EMERGENCY.search(low) is not None
        and _ONE_THAT_IS_THERE.search(low) is None
    )


# A fire or gas named in a how-to question about one that is there: "Wie melde ich den
# Brand in meinem Keller?" (0.13 from the model alone; helper urgent2's note). Not a
# burglary or an accident: "Wie melde ich den Einbruch in meine Wohnung?" is after it.
_FIRE_OR_GAS = re.compile(
    r"\b(?:brand|feuer|füür|gasgeruch|gasleck|fires?|gas\s+leaks?|incendies?|feu"
    r"|fuite\s+de\s+gaz|incendi[oi]|fuga\s+di\s+gas)\b"
)
_AFTER_IT = re.compile(r"\b(?:nach|seit|after|since|après|depuis|dopo)\b")


def how_to_report_a_fire_here(low: str) -> bool:
    """A lower-cased how-to question about a fire or gas that is there now: "Wie melde ich
    den Brand in meinem Keller?"; not one after it ("… nach dem Brand in unserer
    Wohnung …")."""
    return (
        how_to_question(low)
        and _FIRE_OR_GAS.search(low) is not None
        and _ONE_THAT_IS_THERE.search(low) is not None
        and _AFTER_IT.search(low) is None
    )
