"""A stranger following or approaching children: "my kid says a man was following
the children after school near Schulhaus Aemtler, should I tell someone?" got
only a card to the Schulamt (new-user trial q, finding 10). Not an emergency now
(the emergency detector decides that, before this), but the police should know:
one line on telling the Stadtpolizei, 117 in an emergency (`notes.danger_now`);
the concern is still filed as usual.
"""

from __future__ import annotations

import re

_SOMEONE = (
    r"(?:mann|männer|frau|typ|kerl|person|unbekannte[rn]?|fremde[rn]?|ma|maa|man|men|guy|"
    r"stranger|strangers|someone|somebody|homme|hommes|inconnu|inconnus|individu|uomo|uomini|"
    r"sconosciut[oi]|tizio|individuo)"
)
_FOLLOWS = (
    r"(?:verfolgt|verfolgte|verfolgen|folgt|folgte|folgen|nachgelaufen|nachgeloffe|nachgloffe|nacheglaufe|nachgange|"
    r"angesprochen|aagsproche|belästigt|beobachtet|gefolgt|"
    r"following|followed|follows|follow|approach\w*|stalking|stalked|watching|lured?|"
    r"suivait|suivi|suivre|suit|abordé|aborde|abordait|seguiva|seguito|seguire|segue|"
    r"pedinava|avvicinato|avvicinava|adescare)"
)
_CHILDREN = (
    r"(?:kind|kinder|kindern|chind|chinde|chindä|schüler\w*|schülerinnen|mädchen|buben|jungs|"
    r"child|children|kids?|pupils|schoolchildren|girls|boys|"
    r"enfants?|élèves|gamins|fillettes|bambin[oi]|bambine|ragazz[ie]|alunni|scolari)"
)
# Who, then following, then the children, within one sentence (either order).
FOLLOWING = re.compile(
    rf"\b{_SOMEONE}\b[^.!?]{{0,60}}?\b{_FOLLOWS}\b[^.!?]{{0,40}}?\b{_CHILDREN}\b"
    # "Ein Mann ist den Kindern nachgelaufen": the verb last
    rf"|\b{_SOMEONE}\b[^.!?]{{0,60}}?\b{_CHILDREN}\b[^.!?]{{0,60}}?\b{_FOLLOWS}\b"
    rf"|\b{_CHILDREN}\b[^.!?]{{0,40}}?\b(?:von|by|par|da)\s+(?:\w+\s+){{0,2}}?{_SOMEONE}\b"
    rf"[^.!?]{{0,20}}?\b{_FOLLOWS}\b"
    rf"|\b{_CHILDREN}\b[^.!?]{{0,40}}?\b{_FOLLOWS}\b[^.!?]{{0,12}}?\b(?:von|by|par|da)\s+"
    rf"(?:\w+\s+){{0,2}}?{_SOMEONE}\b",
    re.IGNORECASE,
)
