"""Where to take things: "Wo kann ich Sperrgut abgeben?", "weisch wo mer alti velos
cha abgä?", "where can I dispose of an old fridge?", "où puis-je déposer un vieux
canapé?", "dove posso buttare un vecchio divano?".

A question the bot answers itself (`general_questions`): where to take bulky
waste, old appliances and the like is in the city's disposal information of
Entsorgung + Recycling Zürich, and an office would only point there. Before, such
a question was filed as a concern about waste and asked "Wo ist das genau?"; split
off next to an emergency, it was offered the emergency's place (new-user trial q,
finding 5). "Wo kann ich melden, dass der Kübel voll ist?" asks where to report
(a concern: no taking-away verb), and "Sperrgut liegt seit Tagen an der
Josefstrasse" is a concern: neither is asked here.
"""

from __future__ import annotations

import re

KEY = "drop_off"
MAX_WORDS = 18

# "wo", "wohin", "where", "où", "dove", after "weisch", "wissen Sie", "do you know".
_WHERE = (
    r"(?:(?:weisch|wüssed\s+si|wissen\s+sie|weisst\s+du|weiss\s+jemand|do\s+you\s+know|"
    r"any\s+idea|savez-vous|tu\s+sais|sai|sapete|sa)\W+)?"
    r"(?:wo|wohin|where|où|ou|dove)\b"
)
# Verbs that only mean getting rid of something.
_RID = (
    r"entsorg\w*|loswerden|loswerde|wegwerfen|wegwerfe|wegschmeissen|furtschmeisse|"
    r"dispose|get\s+rid|recycle|throw\s+away|jeter|débarrasser|debarrasser|recycler|"
    r"smaltire|smaltisco|buttare|butto|gettare|riciclare|sbarazzarmi|sbarazzare"
)
# Verbs that mean taking something somewhere: with something old or a waste word.
_TAKE = (
    r"abgeben|abgä|abgeh|abgäh|abgebe|hinbringen|häre\s+bringe|bringen|bringe|deponieren|"
    r"drop\s+off|drop|take|bring|leave|déposer|deposer|apporter|amener|"
    r"portare|porto|lasciare|conferire"
)
_ASKED = re.compile(rf"^\W*(?:\w+\W+){{0,3}}?{_WHERE}(?P<rest>[^.!?]*)", re.IGNORECASE)
_VERB_RID = re.compile(rf"\b(?:{_RID})\b", re.IGNORECASE)
_VERB_TAKE = re.compile(rf"\b(?:{_TAKE})\b", re.IGNORECASE)
_THING = re.compile(
    r"\w*(?:sperrgut|sperrmüll|abfall|abfäll|müll|ghüder|güsel|altglas|altöl|altmetall|"
    r"elektroschrott|sondermüll|batterie|grüngut|karton|möbel|mööbel)\w*|"
    r"\b(?:alt\w*|old|vieux|vieil|vieille|vieilles|vecchi\w*|kaputt\w*|broken|cassée?s?|rott[oaie]|"
    r"junk|trash|rubbish|waste|bulky|appliances?|furniture|encombrants?|déchets|ordures|"
    r"rifiuti|ingombranti|elettrodomestic\w*)\b",
    re.IGNORECASE,
)
# Where to report, or a complaint: not a question about taking something away.
_NOT = re.compile(
    r"\b(?:melden|mälde|report|signaler|segnalare|liegt|liit|lag|steht|stoht|illegal\w*|"
    r"warum|wieso|why|pourquoi|perché|schon\s+wieder|immer\s+noch|still)\b",
    re.IGNORECASE,
)


def asks(text: str) -> bool:
    """The message asks where to take some waste or an old thing (and says
    nothing else)."""
    said = text.strip()
    if len(said.split()) > MAX_WORDS or _NOT.search(said):
        return False
    asked = _ASKED.match(said)
    if asked is None:
        return False
    rest = asked.group("rest")
    if re.match(r"\s+mit\b", rest) and "wohin" in asked.group(0).lower():
        return _THING.search(rest) is not None  # "Wohin mit dem alten Kühlschrank?"
    if _VERB_RID.search(rest):
        return True
    return _VERB_TAKE.search(rest) is not None and _THING.search(rest) is not None
