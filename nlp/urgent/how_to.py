"""A question about how to report something, or what to do about it: no report.

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

from nlp.urgent.rules import _STRONG_NOW

_GREETING = (
    r"(?:(?:hallo|grüezi|grüessech|hoi|sali|guten\s+tag|hello|hi|bonjour|salut|ciao"
    r"|buongiorno|entschuldigung|sorry|excuse\s+me|pardon|scusi|scusa)\W+)*"
)
_HOW_TO = (
    # German and Swiss German: "Wie melde ich …", "Wo kann man … melden", "Was tun bei …".
    r"(?:wie|wo|wem|bei\s+wem|an\s+wen|wohin)\s+[^.!?;]*?\b(?:meld|mäld|aazeig|anzeig)\w*"
    r"|was\s+(?:tun|mache|macht|mached|sött|soll|sollte|muss|mues)\s+(?:\S+\s+){0,2}?"
    r"(?:bei|mit|wenn|wänn|gegen)\b"
    # English: "How do I report …", "Who do I call about …", "What should I do if …".
    r"|(?:how|where|who|whom)\s+(?:do|can|should|would|to)\s+[^.!?;]*?\b"
    r"(?:report|call|contact|tell|notify)\b|what\s+(?:should|do|can|must)\s+(?:i|we|one|you)"
    r"\s+do\s+(?:about|with|if|when)\b|what\s+to\s+do\s+(?:about|with|if|when)\b"
    # French: "Comment signaler …", "Où dois-je signaler …", "Que faire si …".
    r"|(?:comment|où|à\s+qui)\s+[^.!?;]*?\b(?:signale|déclare|annonce)\w*"
    r"|que\s+(?:faire|dois-je\s+faire|faut-il\s+faire)\s+(?:si|avec|d['’]un|d['’]une|en\s+cas)\b"
    # Italian: "Come segnalo …", "A chi devo segnalare …", "Cosa fare se …".
    r"|(?:come|dove|a\s+chi)\s+[^.!?;]*?\bsegnal\w*"
    r"|(?:che\s+)?cosa\s+(?:fare|devo\s+fare|si\s+fa)\s+(?:se|con|in\s+caso)\b"
)
_QUESTION = re.compile(r"^\W*" + _GREETING + r"(?:" + _HOW_TO + r")[^.!?;]*\?+\W*$")


def how_to_question(low: str) -> bool:
    """A lower-cased text that is one question about how to report a thing or what to do
    about one, and says nothing is there now."""
    return _QUESTION.match(low) is not None and _STRONG_NOW.search(low) is None
