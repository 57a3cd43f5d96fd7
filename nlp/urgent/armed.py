"""A person with a weapon, and violence heard next door: emergencies said plainly
(new-user trial r, findings 1 and 2).

- A weapon with a person present, with or without an article, a threatening verb or
  a full sentence: "in park there is man with knife, Bäckeranlage", "man with gun at
  Helvetiaplatz" got an ordinary card to the Stadtpolizei (the model gave 0.26 and 0.19;
  the rule of nlp.urgent.cues wants an article: "a man with a knife"). Also "Maa mit
  Mässer", "Typ mit Pistole", "homme avec couteau", "uomo con coltello", "guy has gun".
  Not a toy or a water pistol, a knife with a fork, nor a knife being sharpened.
- Violence heard next door: "Mi vicino urla e minaccia sua moglie, sento colpi" (0.15)
  got an ordinary card. A threat or blows aimed at a person ("minaccia sua moglie",
  "schlägt seine Frau", "beating his wife"), with shouting or blows heard; or blows
  heard with shouting or cries for help, from a neighbour. "Sento colpi di martello dal
  cantiere", "Hammerschläge von der Baustelle", a landlord who threatens an eviction
  and shouting every night are not.

Both are strong rules with the detector's guards (the past, a risk, a drill).
"""

from __future__ import annotations

import re

from nlp.neighbours import NEIGHBOUR
from nlp.urgent.fastre import Substrings

WEAPON_KIND = "weapon"
VIOLENCE_KIND = "violence"

_HOLDER = (
    r"(?:mann|männer|frau|person|jemand|öpper|maa|typ|type?n|kerl|junge|jugendliche\w*"
    r"|man|men|woman|guy|guys|someone|somebody|bloke|boy|homme|femme|type|mec|quelqu['’]un"
    r"|individu|jeune|uomo|donna|tizio|tipo|qualcuno|individuo|ragazz[oi]|leute|lüt|people"
    r"|gens|hommes|jeunes|uomini|tizi|persone|giovani|jungs)"
)
_HOLDS = (
    r"(?:mit|with|avec|con|has|have|hat|het|hät|holding|hält|haltet|tient|tiene|ha|a"
    r"|waving|fuchtelt)"
)
_ARTICLE = (
    r"(?:(?:einer|einem|ein|eine|ere|em|me|e|en|a|an|his|her|un|une|una|uno|sa|son|sua|suo"
    r"|seinem|seiner|ihrem|ihrer|sim|sinere)\s+|un['’]\s*)"
)
_NOT_REAL = (
    r"(?!(?:spielzeug\w*|toy|water|wasser\w*|fake|nerf|jouet|giocattolo|plastik\w*|plastic"
    r"|plastique|plastica|wooden|holz\w*|butter|bread|brot)\b)"
)
_WEAPON = (
    r"(?:pistolen?|waffen?|schusswaffen?|gewehre?|messern?|mässer|macheten?|guns?|handguns?"
    r"|pistols?|rifles?|knife|knives|weapons?|pistolets?|armes?|fusils?|couteaux?|pistola"
    r"|pistole|arma|armi|fucil[ei]|coltell[oi]|machete)"
)
# A knife with a fork, a knife sharpened or sold: no danger.
_HARMLESS_AFTER = (
    r"(?!\s*[-\s]\s*(?:und|and|et|e)\s+(?:gabel|fork|fourchette|forchetta)\b)"
    r"(?![-\s]+(?:sharpen\w*|schleif\w*|aiguis\w*|affil\w*|shop|laden|store|magasin|negozio"
    r"|set|block\w*|tattoo\w*|licen[cs]e\w*|permit\w*|collection|sammlung|collezione)\b)"
)
_ARMED_PERSON = re.compile(
    r"\b"
    + _HOLDER
    + r"\b(?:\s+\S+){0,3}?\s+"
    + _HOLDS
    + r"\s+"
    + _ARTICLE
    + r"?"
    + _NOT_REAL
    + r"(?:"
    + _NOT_REAL
    + r"\w+\s+)?"
    + _WEAPON
    + r"\b"
    + _HARMLESS_AFTER
)
# A weapon in a shop window, a film, a costume or a statue.
_SHOWN = re.compile(
    r"(?:schaufenster|auslage|window\s+display|display|vitrine|vetrina|poster|plakat|film|movie"
    r"|statue|skulptur|sculpture|scultura|kostüm|costume|costum|halloween|fasnacht|theater"
    r"|theatre|théâtre|teatro|museum|musée|museo)"
)
WEAPON_STEMS = (
    "pistol", "waffe", "gewehr", "messer", "mässer", "machete", "gun", "rifle", "knife",
    "knive", "weapon", "arme", "fusil", "couteau", "arma", "armi", "fucil", "coltell",
)  # fmt: skip

# Violence heard: a threat or blows aimed at a person, shouting, blows heard.
_THREAT_OR_HIT = (
    r"(?:minacc\w*|menac\w*|bedroh\w*|bedrooh\w*|threat\w*|picchi\w*|frapp\w*|bat|battre"
    r"|schlägt|schlaht|haut|verprügelt|verprüglet|beat(?:s|ing)?|hit(?:s|ting)?|würgt|strangles?"
    r"|strangling|étrangle|strangola)"
)
_VICTIM = (
    r"(?:(?:sua|la|una|sa|une|seine|die|eine|sini|d|his|the|a|her|their|ihre|ihr)\s+)?"
    r"(?:moglie|compagna|fidanzata|donna|figli\w*|bambin\w*|femme|copine|compagne|enfants?"
    r"|fille|frau|freundin|partnerin|kinder|kind|chind|fründin|wife|girlfriend|partner"
    r"|kids?|children|child|woman|husband|mann|mari|marito)\b"
)
_AIMED = re.compile(r"\b" + _THREAT_OR_HIT + r"\s+(?:\w+\s+){0,2}?" + _VICTIM)
_SHOUTS = re.compile(
    r"\b(?:urla\w*|grida\w*|strill\w*|crie\w*|cri(?:s|ent)\b|hurl\w*|schreit|schreien|schreie"
    r"|schrei|brüllt|brüelt|brüeled|schreiet|shout\w*|scream\w*|yell\w*|screech\w*"
    r"|hilfe|hilferuf\w*|help|au\s+secours|aiuto)"
)
# Blows heard ("sento colpi", "j'entends des coups", "ich höre Schläge", "me ghört
# schläg", "I can hear blows"), not a hammer's.
_BLOWS = re.compile(
    r"\b(?:colpi|coups|schläge|schläg|blows|hitting|slaps)\b"
    r"(?!\s+(?:di|de|du|des|vom|von|from|of)\s+(?:\w+\s+)?(?:martell\w*|trapan\w*|marteau"
    r"|perceuse|hammer\w*|bohr\w*|baustelle|cantiere|chantier|construction|drill\w*"
    r"|building\s+site|porte|door|tür))"
)
_HEARD = re.compile(
    r"\b(?:sento|sentiamo|si\s+sentono|j['’]entends|on\s+entend|nous\s+entendons|höre|hören"
    r"|hört|ghör|ghört|ghöred|hear|heard|hearing)\b"
)
_NEXT_DOOR = re.compile(
    r"\b(?:" + NEIGHBOUR + r"|vicin[oaie]|nebenan|next\s+door|à\s+côté|accanto"
    r"|wohnung|appartement|appartamento|flat|apartment)"
)
# Again and again: a matter for the police and the neighbourhood office, not 117 now.
_RECURRING = re.compile(
    r"\b(?:jede[nrs]?|immer\s+wieder|oft|häufig|ständig|dauernd|every|often|always|again"
    r"|constantly|chaque|souvent|toujours|tous\s+les|ogni|spesso|sempre|tutte\s+le|tutti\s+i"
    r"|nie|never|jamais|mai)\b"
)
_HEARD_STEMS = Substrings(
    (
        "minacc", "menac", "bedroh", "bedrooh", "threat", "picchi", "frapp", "bat", "schlägt",
        "schlaht", "haut", "verprüg", "beat", "hit", "würgt", "strangl", "strangol", "étrangl",
        "colpi", "coups", "schläg", "blows", "slaps",
    )
)  # fmt: skip
_WEAPON_SEARCH = Substrings(WEAPON_STEMS)


def armed_person(low: str) -> str | None:
    """The words of a person with a weapon in a lower-cased text, or None."""
    if not _WEAPON_SEARCH.found_in(low):
        return None
    found = _ARMED_PERSON.search(low)
    return None if found is None or _SHOWN.search(low) else found.group(0)


def violence_heard(low: str) -> str | None:
    """The words of violence heard or seen now against a person in a lower-cased text
    (a threat or blows aimed at someone with shouting or blows heard; blows heard with
    shouting from next door), or None; not when it happens again and again."""
    if not _HEARD_STEMS.found_in(low) or _RECURRING.search(low):
        return None
    aimed, blows, shouts = _AIMED.search(low), _BLOWS.search(low), _SHOUTS.search(low)
    if aimed is not None and (shouts is not None or (blows is not None and _HEARD.search(low))):
        return aimed.group(0)
    if blows is not None and shouts is not None and _HEARD.search(low) and _NEXT_DOOR.search(low):
        return blows.group(0)
    return None
