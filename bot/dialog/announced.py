"""A question announced with its subject and not yet asked.

"Ich hätte eine Frage zur Abfallentsorgung", "I have a question about parking
permits", "J'ai une question concernant la déchetterie": the subject has a clear
topic, so the line alone would be filed as a concern and the resident asked where
it is, while the question itself is still to come. The dialog keeps such a line as
the start of the concern and asks for the question; the next line joins it.
"""

from __future__ import annotations

import re

from nlp.urgent.on_edge import GREETING

# At most this many words after "zur", "about", "sur": a subject, not a question.
SUBJECT_WORDS = 4

_QUESTION = (
    r"(?:"
    # German and Swiss German: "ich hätte da mal eine kurze Frage", "i hett e Frag"
    r"(?:(?:ich|i|wir|mir)\s+)?(?:hätte|hätt|hett|habe|hab|ha|han|hätten|haben|hend)\s+"
    r"(?:(?:da|mal|noch|nur|e\s+chli|kurz)\s+)*"
    r"(?:eine|e|es|ä|ein|en)\s+(?:kurze\s+|kleine\s+|chlini\s+)?"
    r"(?:frage|frag|frog|froog|froge|fröge|fragen|auskunft|uskunft)"
    r"|(?:eine\s+|e\s+)?(?:kurze\s+)?(?:frage|frag|frog|froog|froge)"
    # English
    r"|i\s+(?:have|had|['’]ve\s+got|got)\s+a\s+(?:quick\s+|short\s+)?question"
    r"|(?:a\s+)?(?:quick\s+|short\s+)?question"
    # French
    r"|j['’]ai\s+une\s+(?:petite\s+|courte\s+)?question|(?:une\s+)?(?:petite\s+)?question"
    # Italian
    r"|(?:ho|avrei)\s+una\s+(?:domanda|domandina|breve\s+domanda)|(?:una\s+)?domanda"
    r")"
)
_ABOUT = (
    r"\s+(?:zu|zur|zum|zu\s+den|zu\s+der|zu\s+dem|wegen|wäg|wäge|bezüglich|betreffend|"
    r"über|about|regarding|concerning|on|sur|concernant|"
    r"à\s+propos\s+d(?:e|u|es)|au\s+sujet\s+d(?:e|u|es)|"
    r"su|sul|sulla|sui|sugli|sullo|riguardo\s+(?:a|al|alla|ai|alle)|per)\s+"
)
_ANNOUNCED = re.compile(
    rf"^\s*{GREETING}{_QUESTION}{_ABOUT}(?P<subject>[^?!.:;\n]+?)[\s?!.:…]*$",
    re.IGNORECASE,
)


def announces_a_question(text: str) -> bool:
    """'Ich hätte eine Frage zur Abfallentsorgung': yes. 'Ich habe eine Frage zur
    Abfuhr: wann kommt das Altpapier?' (the question is there) and 'Ich habe ein
    Problem mit dem Kübel am Idaplatz' (a report): no."""
    found = _ANNOUNCED.match(text)
    return found is not None and len(found["subject"].split()) <= SUBJECT_WORDS
