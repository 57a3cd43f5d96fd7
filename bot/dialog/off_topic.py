"""Lines that are no concern for any office: the weather, a joke, whether the bot
speaks French, a bare complaint about the city (new-user trials p, q and r, finding 5).

"wie wird das wetter morgen in zürich?" was filed, asked "Welches Quartier …
betrifft Ihre Frage?" and, unanswered, went out after the draft timeout to the Amt
für Städtebau; "erzähl mir einen witz", "bonjour, est-ce que vous parlez français?"
and "Die Stadt tut nichts, ihr seid alle unfähig!!!" were asked where. Each now
gets a short answer that says what the bot does (or "Oui, je parle français", in the
language asked about, which becomes the resident's) and nothing is filed; a question
that was waiting is asked again (`general_questions.answer`).

Each is a closed frame: "Bei dem Wetter ist der Weg vereist" names the weather and is
a concern; "Die Stadt tut nichts gegen die Ratten an der Josefstrasse" says what, and
is filed as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

KEY = "off_topic"
INSULT = "smalltalk_insult"
MAX_WORDS = 16

# Something wrong named besides: then it may be a concern, not chatter.
PROBLEM = re.compile(
    r"\b(?:kaputt\w*|defekt\w*|beschädigt\w*|vereist|glatt|glätte|überschwemm\w*|"
    r"überflut\w*|umgestürzt|umgefallen|gefährlich\w*|verstopft|voll|überfüllt|"
    r"broken|damaged|icy|flooded|fallen|dangerous|blocked|overflowing|"
    r"cassée?s?|abîmée?s?|verglacée?s?|inondée?s?|tombée?s?|dangereu\w*|bouchée?s?|pleine?s?|"
    r"rott[oaie]|guast[oaie]|ghiacciat[oaie]|allagat[oaie]|cadut[oaie]|pericolos[oaie]|"
    r"intasat[oaie]|pien[oaie]|"
    r"lärm|laut|stinkt|gestank|noise|noisy|loud|smell\w*|stinks?|bruit|odeur|rumore|puzza)\b",
    re.IGNORECASE,
)
_WEATHER = re.compile(
    r"\b(?:wetter|wätter|wetterbericht|weather|forecast|météo|meteo|previsioni)\b"
    r"|\bquel\s+temps\b|\bche\s+tempo\s+(?:fa|farà)\b",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"^\W*(?:(?:hallo|hoi|sali|grüezi|hi|hello|bonjour|salut|ciao|buongiorno)\W+)?"
    r"(?:wie|wird|weisch|weisst|wissen|what|how|will|is|quel|quelle|est-ce|va-t-il|che|come|"
    r"farà|sai|sapete)\b",
    re.IGNORECASE,
)
_JOKE = re.compile(
    r"^\W*(?:(?:hallo|hoi|hi|hello|bonjour|salut|ciao)\W+)?"
    r"(?:(?:erzähl|erzähle|erzählen\s+sie|verzell|verzäll|kennst\s+du|kennen\s+sie|sag|"
    r"tell|do\s+you\s+know|know\s+any|raconte|racontez|tu\s+connais|racconta|raccontami|"
    r"raccontaci|conosci)(?:(?:\s+|-)(?:mir|mer|me|us|nous|moi|mi))?\s+)?"
    r"(?:(?:einen|en|e|ein|a|any|une|des|una|qualche)\s+)?"
    r"(?:witz|witze|joke|jokes|blague|blagues|barzelletta|barzellette)"
    r"(?:\W+(?:bitte|please|svp|stp|s['’]il\s+(?:te|vous)\s+pla[iî]t|per\s+favore))?\W*$",
    re.IGNORECASE,
)
_WHO = (
    r"(?:die\s+stadt|d\s+stadt|ihr|sie|the\s+city|you(?:\s+guys|\s+people)?|la\s+ville|vous|"
    r"la\s+città|voi)"
)
_FILL = (
    r"(?:\s+(?:alle|all|tous|tutti|eh|ja|sowieso|immer|einfach|gar|wirklich|really|vraiment|"
    r"davvero))*"
)
_CLAUSE = (
    rf"(?:{_WHO}{_FILL}\s+(?:tut|tuet|macht|mached|tun|machen|does|do|fait|faites|fa|fate)"
    rf"{_FILL}\s+(?:nichts|nüt|nix|nothing|rien|niente|nulla)"
    rf"|(?:ihr\s+seid|sie\s+sind|you\s+are|you['’]re|vous\s+êtes|siete){_FILL}\s+"
    r"(?:unfähig|inkompetent|nutzlos|faul|useless|incompetent|lazy|incompétents?|nuls|"
    r"inutiles|incompetenti|inutili))"
)
# "Ich finde Zürich schön", "I love this city": praise, nothing to forward.
_CITY = (
    r"(?:zürich|zuerich|zurich|züri|zurigo|die\s+stadt|d\s+stadt|this\s+city|the\s+city|"
    r"la\s+ville|cette\s+ville|la\s+città|questa\s+città|mein\s+quartier|my\s+neighbourhood|"
    r"mon\s+quartier|il\s+mio\s+quartiere)"
)
_PRAISE = re.compile(
    r"^\W*(?:(?:ich\s+(?:finde|find)|i\s+find|je\s+trouve|trovo)\s+"
    rf"{_CITY}\s+(?:so\s+|sehr\s+|mega\s+|very\s+|really\s+|très\s+|vraiment\s+|molto\s+)?"
    r"(?:schön|schöön|toll|super|lässig|beautiful|great|lovely|nice|belle|magnifique|super|"
    r"bella|bellissima|stupenda)"
    rf"|(?:ich\s+liebe|i\s+love|i\s+like|j['’]adore|j['’]aime|amo|adoro)\s+{_CITY}"
    rf"|{_CITY}\s+(?:ist|isch|is|est|è)\s+(?:so\s+|sehr\s+|mega\s+|very\s+|really\s+|"
    r"très\s+|vraiment\s+|molto\s+)?(?:schön|schöön|toll|super|lässig|beautiful|great|"
    r"lovely|belle|magnifique|bella|bellissima|stupenda))\W*$",
    re.IGNORECASE,
)
PRAISE = "off_topic_praise"
_CITY_COMPLAINT = re.compile(
    rf"^\W*{_CLAUSE}(?:\W+(?:und|and|et|e|aber|but|mais|ma)?\W*{_CLAUSE})*\W*$", re.IGNORECASE
)
# "Sprechen Sie Französisch?", "est-ce que vous parlez français?", "Do you speak English?"
_LANGUAGES = {
    "de": r"deutsch|dütsch|german|allemand|tedesco",
    "en": r"englisch|english|anglais|inglese",
    "fr": r"französisch|franzöösisch|french|français|francais|francese",
    "it": r"italienisch|italiänisch|italian|italien|italiano",
}
_SPEAK = re.compile(
    r"^\W*(?:(?:hallo|hoi|grüezi|hi|hello|bonjour|salut|ciao|buongiorno)\W+)?"
    r"(?:(?:est-ce\s+que|est\s+ce\s+que)\s+)?"
    r"(?:sprechen\s+sie|sprichst\s+du|redet\s+ihr|reded\s+si|redsch\s+du|chönd\s+si|"
    r"do\s+you\s+speak|can\s+you\s+speak|you\s+speak|speak|"
    r"parlez[- ]vous|vous\s+parlez|tu\s+parles|parles[- ]tu|"
    r"parla|parli|parlate|lei\s+parla)\s+(?:auch\s+|also\s+|aussi\s+|anche\s+)?"
    rf"(?P<language>{'|'.join(_LANGUAGES.values())})\b(?:\s+\w+)?\W*$",
    re.IGNORECASE,
)


def key_of(text: str) -> str | None:
    """The answer's key to the weather, a joke, a bare complaint about the city;
    None for anything else."""
    said = text.strip()
    if len(said.split()) > MAX_WORDS or PROBLEM.search(said):
        return None
    if _WEATHER.search(said) and (said.endswith("?") or _ASKS.match(said)):
        return KEY
    if _JOKE.match(said):
        return KEY
    if _PRAISE.match(said):
        return PRAISE  # "Das freut mich! Wenn Ihnen im Quartier etwas auffällt, …"
    if _CITY_COMPLAINT.match(said):
        return INSULT  # "Schade, dass Sie sich ärgern. Wenn etwas nicht in Ordnung ist, …"
    return None


def language_asked(text: str) -> str | None:
    """The language a "Do you speak …?" asks about; None for any other line."""
    asked = _SPEAK.match(text.strip())
    if asked is None:
        return None
    word = asked.group("language").casefold()
    return next(lang for lang, words in _LANGUAGES.items() if re.fullmatch(words, word))


def answer(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """ "Oui, je parle français" in the language asked about, which is the resident's
    from now on; None for any other line (the weather and the rest: `key_of`)."""
    lang = language_asked(text)
    if lang is None:
        return None
    if lang != ctx.resident.language:
        ctx.resident.language = lang
        ctx.s.add(ctx.resident)
    return [Reply(t(lang, "languages_yes"), lang=lang)]
