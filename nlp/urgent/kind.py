"""The model's kind of emergency is believed only where the text names it.

The model has one sigmoid per kind, and the likeliest names the kind even when all are
near zero: "Im Hof ist es laut und jemand ruft die ganze Nacht nach seinem Hund" was
forwarded as "Gasgeruch" (gas 0.05: the training corpus has "laut" only in "es zischt
laut aus der Leitung"), "Et aussi, à côté, il y a un vélo abandonné" got the crisis
answer (new-user trial m, findings 3 and 4; nlp.urgent.crisis). A gas leak is named by
a smell, a hiss or a leak; a crisis by a word of nlp.urgent.crisis; a dog attack by a
dog that bites, attacks or threatens (nlp.urgent.category: "the dog has fallen" is a
fall); a drowning by water, a lake, a river, a pool or going under, or else by naming no
other kind: "Ein Mann ist gestürzt, sein Hund bellt" got kind drowning (0.97 urgent, no
rule), now the fall the text names. Only these: for the other kinds the model is right more often than the first
kind the text's cues name (on the corpora's positives, the text's kind winning over the
model's everywhere took the kinds that match the corpus's from 3116 to 2987 of 3486:
"un enfant est tombé dans la rivière" is a drowning, not a fall).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.urgent.category import category_of, word_cues
from nlp.urgent.crisis import CATEGORY as CRISIS
from nlp.urgent.crisis import crisis_words

GAS = "gas"
DOG_ATTACK = "dog_attack"
DROWNING = "drowning"
# Found where they stand as words (nlp.urgent.category): the Kirchgasse holds no gas, an
# Anleitung or a Weiterleitung no pipe; "~" marks a compound's tail ("Erdgas",
# "Brandgeruch").
GAS_WORD = re.compile(
    word_cues(
        r"~gas(?!s[ei]|t)", "gaz(?!on|ette)", "riech", "rüch", "rüücht", "~gruch", "~geruch",
        "stink", "smell", "reek", "odeur", "odore", "puzza", "zisch", "zich", "hiss", "siffl",
        "sibil", "leitung", "leitig", "leck(?!er)", "leak", "fuite", "fuga",
    )
)  # fmt: skip

DROWNING_WORD = re.compile(
    r"wasser|water|eau\b|eaux|acqua|see\b|lake|lac\b|lago|fluss|river|rivière|fiume|aare"
    r"|limma|sihl|bach|becken|pool|piscin|schwimm|swim|nage|nuot|bad\b|badi|ertrink|vertrink"
    r"|drown|noie|noy|annega|affoga|tauch|sink|coule|under|unter|sotto|strömung|current"
    r"|courant|corrente|treib|trieb|tribt|swept|emport|trascin|schanzengraben|kanal|canal"
    r"|ufer|quai|hafen|port|riva"
)


def believed(category: str, low: str) -> str | None:
    """The model's category for a lower-cased text, or None when the text does not name it."""
    if category == CRISIS:
        return category if crisis_words(low) else None
    if category == GAS:
        return category if GAS_WORD.search(low) else None
    if category == DROWNING and not DROWNING_WORD.search(low) and category_of(low) is not None:
        return None  # the text names another kind: "Ein Mann ist gestürzt, sein Hund bellt"
    if category == DOG_ATTACK:
        return category if category_of(low) == DOG_ATTACK else None  # "the dog has fallen"
    return category


def model_kind(category: str, low: str, danger: Callable[[str], bool]) -> str | None:
    """The kind of a text the model alone flags, its likeliest being `category`: that one
    where the text names it, else the text's own kind, else "other"; None (not urgent)
    for a crisis or a gas leak the text does not name (see `believed`), with no kind of
    its own and no word of `danger`: the model's alarm then came from that kind alone
    ("À côté il y a un vélo", a crisis at 0.42; "Sur le site il y a un vélo", a gas leak
    at 0.48)."""
    kind = believed(category, low)
    if kind is not None:
        return kind
    if category in (CRISIS, GAS):
        # A crisis or a gas leak the text does not name, and no word of danger: the
        # model's alarm came from that kind alone. (A dog attack stays "other": the
        # model knows breeds and ways of biting that nlp.urgent.cues does not name.)
        return category_of(low) or ("other" if danger(low) else None)
    return category_of(low) or "other"
