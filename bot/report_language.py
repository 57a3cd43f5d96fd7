"""The language of a short report line that names no clear word of any language
(`bot.language.detect_language` says None): "Des sacs poubelles abandonnés au
Lindenplatz", "Sacchi abbandonati in Lindenplatz" (new-user trial m, § 8: a
German card, and the whole conversation in German). Only a new chat's first
message is read so (`bot.language.of_a_new_chat`); later an unclear line keeps
the conversation's language.

Such a line is a noun phrase and a place: no verb, and its little words ("des",
"au", "in") are German words too. What it does have is the shape of its words:
French accents inside a word or a participle's "-é" ("abandonnés", "déchets",
"cassé"), Italian endings ("abbandonati", "sacchi", "bottiglie"), and the
articles "des", "au" where no German word stands. Two such signs of one
language and none of the other make it that language. German loan words of
either ("Trottoir", "Velo", "Glace", "Café", "Graffiti") are no sign, nor is
anything in a text with an umlaut ("Glace-Papier überall")."""

from __future__ import annotations

import re
import unicodedata

_LETTERS = "a-zäöüàâçéèêëîïôûùœìíòóú"
_WORD = re.compile(rf"[{_LETTERS}]+(?:['’][{_LETTERS}]+)?")
WORDS = 8  # a short line; a longer one without a clear word is no report of this kind

# Words German uses as its own, from French or Italian: a sign of neither.
_LOANS = frozenset(
    re.findall(
        r"\S+",
        "trottoir trottoirs velo velos glace glacé cafe café cafés restaurant garage passage"
        " etage étage portemonnaie perron billet coiffeur chauffeur graffiti graffitis"
        " spaghetti konfetti pizza pizzeria pasta auto kita lotto konto risotto espresso"
        " cappuccino balkon bistro bistrot buffet couvert dessert entrée menu",
    )
)
# The little words a French noun phrase starts with that German has too ("des",
# Swiss German "au"): French only with no German word beside them.
_FRENCH_SHARED = frozenset({"des", "au", "aux", "du", "les"})
_FRENCH_ACCENT = re.compile(r"[çâêîôûœëï]|[éè](?=.)|[^h]é$")
_ITALIAN_ENDING = re.compile(
    r"(?:cchi|cche|ghi|ghe|gli|glie|zioni|zione|tti|ati|ata|ato|iti|ito|uti|uta)$"
)
_UMLAUT = re.compile(r"[äöü]")


def of_a_report(text: str) -> str | None:
    """'fr' or 'it' when a short line's words have that shape (see above); None else."""
    lowered = unicodedata.normalize("NFC", text.lower().replace("’", "'"))
    words = _WORD.findall(lowered)
    if not words or len(words) > WORDS or _UMLAUT.search(lowered):
        return None
    french = italian = 0
    for word in words:
        if word in _LOANS:
            continue
        if word in _FRENCH_SHARED or _FRENCH_ACCENT.search(word):
            french += 1
        elif len(word) >= 5 and _ITALIAN_ENDING.search(word):
            italian += 1
    if french >= 2 and not italian:
        return "fr"
    if italian >= 2 and not french:
        return "it"
    return None
