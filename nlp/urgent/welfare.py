"""A person who may lie helpless at home, or who went missing unable to look after
themselves: emergencies phrased calmly (new-user trial i, findings 3 and 4).

- No sign of life for days: "Mein Nachbar antwortet seit 3 Tagen nicht und der
  Briefkasten quillt über", "Ich habe meine Nachbarin seit einer Woche nicht gesehen,
  ihre Zeitungen stapeln sich vor der Tür" (filed for the waste office), "Mon voisin
  ne répond plus depuis trois jours". A person, days (or the mail piling up) and no
  answer (with the door, the bell, the phone, a worry or the mail), no door opened, not
  seen ("nicht gesehen", "sehe meinen Nachbarn nicht mehr", "non vedo il mio vicino",
  "je ne vois plus ma voisine", "not seen the lady upstairs in days": trial j). A reply
  that does not come ("antwortet seit Tagen nicht auf meine Mails", "der Nachbar
  reagiert nicht" about his bulky waste), an office or a landlord that does not answer,
  and a neighbour on holiday are no danger.
- Missing with dementia: "Mein Vater (85) ist heute Morgen nicht vom Spaziergang
  zurückgekommen, er ist dement" (filed for the Fachstelle Alter). A missing child is
  a rule of nlp.urgent.cues.

A strong rule: the model gave these 0.03-0.3.
"""

from __future__ import annotations

import re

from nlp.neighbours import NEIGHBOUR  # a neighbour as a whole word; read here and by cues
from nlp.urgent.fastre import Substrings

CATEGORY = "welfare"

_PERSON = re.compile(
    r"\b(?:" + NEIGHBOUR + r"|dame|frau|herr|mann|maa|mutter|mueter|vater|vatter|mami|papi"
    r"|grosi|grossmutter|grossvater|grosspapi|grossmami|oma|opa|tante|onkel|bewohner\w*"
    r"|lady|gentleman|woman|mother|father|mum|mom|dad|grand(?:ma|pa|mother"
    r"|father)|aunt|uncle|monsieur|madame|mère|père|grand-(?:mère|père)|oncle"
    r"|vicin[oaie]|signor\w*|madre|padre|nonn[oa]|zi[oa])\b"
)
_DAYS = re.compile(
    r"\b(?:seit|sit|for|since|depuis|da)\s+(?:\S+\s+){0,2}?"
    r"(?:tag\w*|täg\w*|woche\w*|wuche\w*|days?|weeks?|jours?|semaines?|giorn[oi]|settiman[ae])\b"
    r"|\bin\s+(?:\S+\s+){0,2}?(?:days|weeks)\b"  # "not seen her in days"
)
# The person not seen, as the object: "the lady upstairs", "il mio vicino".
_WHO = (
    r"(?:" + NEIGHBOUR + r"|lady|gentleman|woman|mother|father|mum|mom|dad"
    r"|grand(?:ma|pa|mother|father)|aunt|uncle|tenant|vicin[oaie]|signor\w*|madre|padre"
    r"|nonn[oa]|zi[oa]|anzian[oaie]|inquilin[oaie])\b"
)
_WHO_DE = (
    r"(?:" + NEIGHBOUR + r"|dame|frau|herr\w*|mann|maa|mutter|mueter|vater|vatter|grosi"
    r"|grossmutter|grossvater|oma|opa|tante|onkel|bewohner\w*|mieter\w*)\b"
)
# Not seen: no sign of life.
_UNSEEN = re.compile(
    r"\b(?:nicht|nöd|nid|nüm\w*|nie)\s+(?:mehr\s+|meh\s+)?(?:gesehen|gseh|gsee)\b"
    r"|\b(?:hasn't|has\s+not|haven't|have\s+not|isn't|is\s+not|not)\s+been\s+seen\b"
    r"|\b(?:haven't|have\s+not|hasn't|has\s+not|not)\s+seen\s+(?:him|her|them|my\s+\w+|our\s+\w+"
    r"|the\s+(?:old|elderly)\s+\w+)\b"
    r"|\b(?:haven't|have\s+not|hasn't|has\s+not|not)\s+seen\s+(?:the|his|their)\s+(?:\w+\s+)?"
    + _WHO
    + r"|\b(?:nobody|no\s+one|no-one)\s+(?:has|have)\s+seen\s+(?:him|her|them|(?:my|our|the"
    r"|his|their)\s+(?:\w+\s+)?" + _WHO + r")"
    # "Ich sehe meinen Nachbarn seit Tagen nicht mehr", "d Nachbarin gseh i sit Täg nüme"
    r"|\b(?:sehe|sehen|seh|gseh)\s+(?:ich\s+|wir\s+|i\s+|mer\s+)?(?:\S+\s+){0,2}?"
    + _WHO_DE
    + r"(?:\s+\S+){0,4}?\s+(?:(?:nicht|nöd|nid)\s+mehr|nüm\w*)\b"
    r"|\b"
    + _WHO_DE
    + r"\s+(?:sehe|sehen|seh|gseh)\s+(?:ich|wir|i|mer)\s+(?:\S+\s+){0,4}?(?:(?:nicht|nöd|nid)"
    r"\s+mehr|nüm\w*)\b"
    r"|\b(?:pas|plus)\s+vue?\b|\bnon\s+si\s+(?:fa\s+)?(?:vede|vedere)\b"
    r"|\bnon\s+(?:l['’]\s*ho|lo\s+ho|la\s+ho|l['’]\s*abbiamo)\s+(?:più\s+)?vist[oa]\b"
    # "je ne vois plus ma voisine", "on ne la voit plus"
    r"|\bne\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:vois|voit|voyons|voyez|voient)\s+plus\b"
    # "non vedo (più) il mio vicino", "non ho visto la signora": the person follows (not
    # "non vedo l'ora", "non vedo il motivo").
    r"|\bnon\s+(?:(?:ho|abbiamo|hanno|ha)\s+)?(?:più\s+)?(?:vedo|vediamo|vede|vedono"
    r"|vist[oaie])\s+(?:più\s+)?(?:(?:il|lo|la|l['’]|i|gli|le)\s*)?(?:(?:mio|mia|miei|mie"
    r"|nostr[oaie]|su[oaie]|suoi)\s+)?(?:\w+\s+)?" + _WHO
)
# Silent: no answer, the door not opened. Also about a reply ("der Nachbar reagiert
# nicht" on the bulky waste he left) or a shop ("Die Frau vom Kiosk hat seit einer
# Woche nicht geöffnet"), so it counts with the door, the bell, the phone, a worry or
# the mail.
_SILENT = re.compile(
    r"\b(?:antwortet|reagiert|meldet\s+sich|nimmt|tuet|öffnet)\s+(?:\S+\s+){0,5}?"
    r"(?:nicht|nöd|nid|nüm\w*|nie)\b|\b(?:nicht|nöd|nid)\s+(?:mehr\s+)?(?:ans|as)\s+telefon"
    r"|\bmacht\s+(?:\S+\s+){0,5}?(?:nicht|nöd|nid|nüm\w*)\s+(?:mehr\s+|meh\s+)?(?:auf|uf)\b"
    r"|\b(?:nicht|nöd|nid|nüm\w*|nie)\s+(?:mehr\s+|meh\s+)?(?:aufgemacht|ufgmacht|geöffnet)"
    r"|\b(?:hasn't|has\s+not|isn't|is\s+not|doesn't|does\s+not|didn't|did\s+not|won't|not)"
    r"\s+(?:been\s+)?(?:\w+\s+)?(?:answer\w*|respond\w*|opened|open|picked\s+up|pick\w*\s+up)\b"
    r"|\bne\s+(?:répond|réagit|décroche|ouvre)\s+(?:plus|pas)\b"
    r"|\bnon\s+(?:risponde|reagisce|apre)\b"
)
_CONTEXT = re.compile(
    r"(?:tür|türe|klingel|glüütet|glütet|geläutet|telefon|sorge|door|bell|phone|worried|porte"
    r"|sonn|téléphone|inquiet|campanello|porta|telefono|preoccup|rollläden|rolläden|storen"
    r"|vorhänge|curtains|blinds|volets|tapparell|briefkasten|mail|boîte|buca)"
)
# Away on holiday: nothing to fear.
_AWAY = re.compile(r"(?:ferie|urlaub|verreist|vacation|holiday|vacances|vacanz)")  # gsw "Ferie"
# The mail or the newspapers piling up.
_PILE = re.compile(
    r"\b(?:briefkasten|briefchaschte|post|zeitung\w*|zytig\w*|mail|newspapers?|letters"
    r"|boîte\s+aux\s+lettres|courrier|journaux|buca\s+delle\s+lettere|cassetta\s+delle\s+lettere"
    r"|posta|giornali)\s+(?:\S+\s+){0,3}?(?:quillt|überquillt|stapel\w*|türm\w*|voll|überfüllt"
    r"|piling|piled|stacking|overflowing|déborde|s'entassent|s'accumulent|pleine|trabocca"
    r"|accumul\w*|piena)"
)
# A reply that does not come, or someone whose job it is to answer: no danger.
_REPLY = re.compile(
    r"\b(?:auf|on|to|à|a|alla|alle)\s+(?:meine?n?|mini|unsere?|my|our|mes|mon|ma|nos|miei|mia"
    r"|mie|nostr[aei])\s+(?:\w+\s+)?(?:e-?mails?|mails?|nachricht\w*|brief\w*|message\w*|anfrage\w*"
    r"|reklamation\w*|anruf\w*|calls?|lettres?|courriels?|appels?|richiest\w*|messaggi\w*|lettere"
    r"|chiamat\w*)\b"
    r"|\b(?:verwaltung|vermieter\w*|vermieterin|hauswart\w*|firma|amt|behörde|landlord|agency"
    r"|régie|gérance|propriétaire|amministrazione|padrone\s+di\s+casa|handwerker\w*)\b"
)
_CONFUSED = re.compile(
    r"\b(?:dement\w*|demenz\w*|alzheimer\w*|verwirrt\w*|desorientiert\w*|dementia|confused"
    r"|disoriented|démen\w*|désorienté\w*|confuse?|demenza|confus[oa]|disorientat[oa])\b"
)
_GONE = re.compile(
    r"\b(?:verschwunden|vermisst|weggelaufen|davongelaufen|abgehauen"
    r"|nicht\s+(?:\S+\s+){0,4}?(?:zurückgekommen|zurückgekehrt|heimgekommen|nach\s+hause\s+gekommen)"
    r"|(?:nöd|nid|nüm\w*)\s+(?:\S+\s+){0,3}?(?:hei|heim|zrugg)\s*(?:cho|gcho|choo|ko)"
    r"|missing|disappeared|wandered\s+off|gone\s+missing"
    r"|(?:did\s+not|didn't|has\s+not|hasn't|have\s+not|not)\s+(?:come|came|return\w*)"
    r"(?:\s+(?:back|home))?"
    r"|n['’]est\s+pas\s+(?:rentrée?|revenue?)|pas\s+(?:rentrée?|revenue?)|disparue?"
    r"|non\s+è\s+(?:ancora\s+)?(?:tornat[oa]|rientrat[oa])|scompars[oa]|sparit[oa])"
)
# Each rule needs one of its stems; most texts have none and cost a look-up of bits the
# detector's other stems already took (nlp.urgent.fastre).
_CONFUSED_STEMS = Substrings(
    (
        "dement",
        "demenz",
        "alzheimer",
        "verwirrt",
        "desorient",
        "confus",
        "disorient",
        "démen",
        "désorient",
    )
)
_SPAN_STEMS = Substrings(
    (
        "tag", "täg", "day", "jour", "giorn", "woche", "wuche", "week", "semaine", "settiman",
        "briefka", "briefch", "zeitung", "zytig", "newspaper", "piling", "boîte", "courrier",
        "journaux", "lettere", "giornali",
    )
)  # fmt: skip


def welfare_cue(low: str) -> str | None:
    """The words of a lower-cased text that say a person may be helpless at home or
    missing while confused; None when it says nothing of the kind."""
    if _CONFUSED_STEMS.found_in(low):
        confused, gone = _CONFUSED.search(low), _GONE.search(low)
        if confused is not None and gone is not None:
            return f"{confused.group(0)} … {gone.group(0)}"
    return None if _AWAY.search(low) else no_sign_of_life(low)


def away_cue(low: str) -> str | None:
    """The words of a lower-cased text that would be no sign of life for days but
    say the person is away ("… seit Tagen nicht gesehen, er ist in den Ferien"):
    nothing to fear (bot.dialog.reassured); None for anything else."""
    return no_sign_of_life(low) if _AWAY.search(low) else None


def of_absence(low: str) -> bool:
    """A lower-cased clause that speaks of such a person or absence: the person,
    the days, not seen, silent, the mail or being away ("er ist in den Ferien")."""
    rules = (_PERSON, _DAYS, _UNSEEN, _SILENT, _PILE, _AWAY)
    return any(rule.search(low) is not None for rule in rules)


def no_sign_of_life(low: str) -> str | None:
    """A person, days (or the mail piling up), not seen or silent; not a reply
    that does not come."""
    if not _SPAN_STEMS.found_in(low):
        return None
    pile, days = _PILE.search(low), _DAYS.search(low)
    if days is None and pile is None:
        return None
    if _PERSON.search(low) is None or _REPLY.search(low):
        return None
    unseen = _UNSEEN.search(low)
    if unseen is not None:
        return unseen.group(0)
    silent = _SILENT.search(low)
    if silent is not None and (pile is not None or _CONTEXT.search(low) is not None):
        return silent.group(0)
    if pile is not None and days is not None:
        return pile.group(0)
    return None
