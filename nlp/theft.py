"""A concern that reports a theft: "Mein Velo wurde am Bahnhof Wiedikon gestohlen",
gsw "Mis Velo isch gstole worde", "my bike was stolen", "on m'a volé mon vélo", "mi
hanno rubato la bici" (new-user trial r, § 10). A theft is reported as an Anzeige;
the dialog says where (bot/dialog/theft.py).

Bikes left standing ("Velos stehen seit Wochen herrenlos herum", even "wohl
gestohlene Velos") are an ordinary concern: the city clears them, nobody of the
residents was robbed.
"""

from __future__ import annotations

import re

THEFT = re.compile(
    r"\b(?:gestohlen|geklaut|entwendet|Diebstahl|Velodiebstahl|Veloklau|beklaut|bestohlen"
    r"|gstohle|gstole|gschtole|gstohlä|gstolä|gschtolä|klaut|gklaut|chlaut"
    r"|stolen|stole|theft|nicked"
    r"|volée?s?|vol\s+(?:de|d['’])\s+(?:mon|ma|mes|vélo|voiture|sac|moto|scooter)"
    r"|rubat[oaie]|furto|derubat[oaie])\b",
    re.IGNORECASE,
)
ABANDONED = re.compile(
    r"\b(?:herrenlos\w*|verlassen\w*|abgestellt\w*|herumstehen\w*|stehen\s+(?:seit|herum|rum)"
    r"|stöhnd|stönd|abandon\w*|left\s+(?:standing|lying)|dumped|abbandonat\w*)\b",
    re.IGNORECASE,
)


def reports_theft(text: str) -> bool:
    """The text says something was stolen, and not of bikes left standing."""
    return THEFT.search(text) is not None and ABANDONED.search(text) is None
