"""The language of a new chat's first line when it is a question about the status
of one's concerns (the status rule, `sayings.ASKS_FOR_STATUS`, takes it) and names
no clear word of a language (`bot.language.detect_language` says None).

"qualcuno se n'è occupato?", "novità?", "des nouvelles?", "quoi de neuf?", "any
news?", "how long?" are short, and their words are not the function words the
detector counts, so the bot answered them in German (closing note leftovers, item
1). The words a status question is made of do say the language: this many of one
language's and none of another's make it that language. Only a line the status
rule takes is read so, so a report that happens to hold such a word ("neuf" in a
street name) is not. Words German uses too ("Status", "News", "Update") are in no
list: "Status?" stays German.
"""

from __future__ import annotations

import re
import unicodedata

from bot.dialog.sayings import ASKS_FOR_STATUS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STATUS_WORDS: dict[str, frozenset[str]] = {
    "it": _words(
        "qualcuno occupato occupata occupati ricevuto ricevuta ricevuti inoltrato inoltrata"
        " trasmesso trasmessa arrivato arrivata risolto risolta sistemato sistemata finito"
        " finita fatto fatta novità novita città avete l'ha l'hanno l'avete n'è è punto"
        " stato stata riferimento pratica segnalazione richiesta guardato pensato posto"
        " succede procede andando già ancora mia mio",
    ),
    "fr": _words(
        "quelqu'un occupé occupée reçu reçue transmis transmise arrivée réglé réglée fini"
        " finie terminé terminée résolu résolue fait faite nouvelles nouveau neuf quoi"
        " qu'en demande signalement numéro référence dossier a-t-elle a-t-il a-t-on"
        " avez-vous l'avez-vous ville avance été s'est s'en c'est c'était ça déjà où"
        " mon mes",
    ),
    "en": _words(
        "anyone anybody someone somebody any how long progress looked look dealt deal"
        " handled handle checked fixed done sorted received receive forwarded"
        " reference number happening what what's has have did been yet my the city it",
    ),
}
_LETTERS = "a-zàâçéèêëîïôûùœìíòóú"
_WORD = re.compile(rf"[{_LETTERS}]+(?:-[{_LETTERS}]+)*(?:'[{_LETTERS}]+)?")


def language_of(text: str) -> str | None:
    """'it', 'fr' or 'en' when the status rule takes `text` and its status words are
    of that language only; None else (German then, or the app's language)."""
    if not ASKS_FOR_STATUS.search(text):
        return None
    lowered = unicodedata.normalize("NFC", text.lower().replace("’", "'"))
    tokens = _WORD.findall(lowered)
    langs = {lang for token in tokens for lang, ws in _STATUS_WORDS.items() if token in ws}
    return langs.pop() if len(langs) == 1 else None
