"""A fall, or lying there, and not getting up again: "sie ist liegen geblieben und steht
nicht mehr auf", "er ist hingefallen und kommt nicht mehr hoch", "si isch umgheit und
chunnt nümme ufe", "she fell and can't get back up", "elle est tombée et ne se relève
pas", "è caduta e non si rialza". A strong rule (nlp.urgent.rules), and its kind
(nlp.urgent.cues) is a fall, read before the drowning of "chunnt nüm ufe" (does not
come up again). An animal's fall is no person's (nlp.animals.FELL, nlp.urgent.things).
"""

from __future__ import annotations

FALL_NOT_UP = (
    r"\b(?:gestürzt|hingefallen|umgefallen|gefallen|umgheit|gheit|hiigheit|abegheit|hii?gfalle"
    r"|umgfalle|fell|fallen|tombée?|cadut[oa]|liegt|lit|liit|lying|liegen\s*geblieben"
    r"|ligge\s*blibe)\b(?:\s+\S+){0,8}\s+(?:"
    r"kommt\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:hoch|auf)"
    r"|kann\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?aufstehen"
    r"|steht\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?auf"
    r"|(?:chunnt|stoht|staht)\s+(?:\w+\s+){0,2}(?:nüm|nümme|nöd|nid)\s+(?:meh\s+)?ufe?"
    r"|cha\s+(?:\w+\s+){0,2}(?:nüm|nümme|nöd|nid)\s+(?:meh\s+)?ufstah"
    r"|(?:can't|cannot|can\s+not|couldn't|won't|doesn't|does\s+not|is\s+not|isn't)"
    r"\s+(?:\w+\s+)?(?:get(?:ting)?|stand(?:ing)?)\s+(?:back\s+)?up"
    r"|n'arrive\s+(?:plus|pas)\s+à\s+se\s+relever"
    r"|ne\s+(?:peut|parvient)\s+(?:plus|pas)\s+(?:à\s+)?se\s+relever"
    r"|ne\s+se\s+(?:relève|lève)\s+(?:plus|pas)"
    r"|non\s+riesce\s+(?:più\s+)?ad?\s+(?:alzarsi|rialzarsi)|non\s+si\s+(?:rialza|alza)"
    r")\b"
)
