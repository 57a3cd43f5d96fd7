"""Urgent detection: danger happening now never waits for a digest.

Rules, not a learned model: a missed emergency is far worse than a false alarm,
the training corpus has few emergencies, and every rule here can be read and
tested. Strong signals (fire, gas, someone injured, "Notfall") count on their
own; violence and accidents count when the text says it is happening now. A
report about the past ("letzte Woche hat es gebrannt") and a street lamp that
"brennt tagsüber" are not emergencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

_STRONG = re.compile(
    r"""
    \bes\s+(brennt|brönnt|brännt)\b | \bbrennt\s+es\b | \bin\s+flammen\b | \bflammen\b
    | \b(feuer|füür|brand)\b(?!\s*(stelle|werk|wehrzufahrt))
    | \brauch\s+(aus|kommt|quillt|dringt|steigt)\b | \bqualm | \bstarker?\s+rauch\b
    | \bon\s+fire\b | \bfire\b(?!\s*(works|place|pit|hydrant)) | \bsmoke\s+(is\s+)?(coming|pouring)\b
    | \bau\s+feu\b | \bincendie\b | \bfumée\b
    | gasgeruch | (riecht|schmöckt|schmeckt|stinkt)\s+(\w+\s+){0,2}nach\s+gas\b | \bgasleck
    | \bsmell(s|ing)?\s+(\w+\s+)?(of\s+)?gas\b | \bgas\s+leak | \bodeur\s+de\s+gaz
    | \bverletzt | \bblutet | \bblutend | \bbewusstlos | \batmet\s+nicht | \bzusammengebrochen
    | \breglos | \beingeklemmt | \bertrinkt | \bertrinken\b
    | \binjured\b | \bbleeding\b | \bunconscious\b | \bnot\s+breathing\b | \bcollapsed\b
    | \bdrowning\b | \bblessée?s?\b | \binconscient | \bse\s+noie
    | \b(strom)?kabel\s+(\w+\s+){0,2}(frei|herunter|am\s+boden|offen)\b | \blive\s+wire
    | \bdroht\s+(\w+\s+){0,2}(umzustürzen|umzufallen|einzustürzen|abzubrechen|herunterzufallen)
    | \bkurz\s+vor\s+dem\s+(umfallen|einsturz|umstürzen) | \bstürzt\s+ein\b | \beinsturzgefahr
    | \babout\s+to\s+(fall|collapse)\b
    | \bbaum\s+(ist\s+)?(\w+\s+){0,2}auf\s+(die|der|das|den|ein|eine)\s+(strasse|fahrbahn|gleise?|tramgleis|auto|trottoir|velo)
    | \btree\s+(has\s+)?fallen\s+on
    | \b(ins|in\s+die|in\s+den)\s+(wasser|limmat|see|sihl)\s+gefallen
    | \bwasserrohrbruch | \büberschwemm
    """,
    _I | re.VERBOSE,
)

# Need a "happening now" marker in the same text.
_NOW_NEEDED = re.compile(
    r"""
    \bschlägerei | \bprügel | \bschlagen\s+sich | \bverprügel | \bschlönd\s+sich
    | \bmesser\b | \bwaffe | \bpistole | \bbedroh | \büberfall | \bgreif\w*\s+(\w+\s+){0,3}an\b
    | \bangegriffen | \bfight(ing)?\b | \bknife\b | \bgun\b | \bweapon | \battack(ed|ing)\b
    | \bbagarre | \bcouteau | \barme\b | \bagress
    | \bunfall\b | \bangefahren | \bumgefahren | \baccident\b | \bhit\s+by
    | \blebensgefahr | \blebensgefährlich | \bakute?\s+gefahr | \bdanger\s+de\s+mort
    | \bhilfe\s*! | \bhelp\s*! | \bnotfall\b | \bemergency\b | \burgence\b
    """,
    _I | re.VERBOSE,
)
_NOW = re.compile(
    r"\b(gerade|grad|grade|jetzt|jetz|soeben|eben|im\s+moment|momentan|sofort|schnell|"
    r"right\s+now|now|currently|en\s+ce\s+moment|maintenant|vite|hilfe|help|bitte\s+kommen)\b",
    _I,
)
_PAST = re.compile(
    r"\b(gestern|vorgestern|letzte[nm]?\s+(woche|monat|jahr|sommer|winter|nacht|wochenende)|"
    r"vor\s+(\d+|zwei|drei|vier|einigen|ein\s+paar|paar)\s+(tagen|wochen|monaten|jahren)|"
    r"last\s+(week|month|year|night)|yesterday|weeks\s+ago|hier\s+soir)\b",
    _I,
)
# "Ein Kind könnte sich verletzen", "fast ein Unfall": a risk, not an emergency.
_HYPOTHETICAL = re.compile(
    r"\b(fast|beinahe|almost|könnte|könnten|could|würde|würden|hätte|wäre|gefahr\s+dass|risk)\b", _I
)
_STILL = re.compile(r"\b(immer\s+noch|noch\s+immer|still|toujours)\b", _I)
# "Die Lampe brennt tagsüber" is a lighting report, not a fire.
_LIGHT_ONLY = re.compile(r"\b(lampe|licht|laterne|kandelaber|beleuchtung|leuchte|lamp|light)", _I)
_BURNS = re.compile(r"\bbrennt\b|\bbrönnt\b", _I)
_REAL_FIRE = re.compile(r"\b(rauch|flammen|feuer|brand|smoke|flames|fire|füür)\b", _I)


@dataclass(frozen=True, slots=True)
class UrgentResult:
    urgent: bool
    reason: str | None = None


def detect_urgent(text: str) -> UrgentResult:
    """Whether the text reports danger happening now, and the matched cue."""
    strong = _STRONG.search(text)
    now_needed = _NOW_NEEDED.search(text)
    if strong is None and now_needed is None:
        # "Es brennt" is in _STRONG; a bare "brennt" counts unless it is about a light.
        burns = _BURNS.search(text)
        if burns is None or _LIGHT_ONLY.search(text):
            return UrgentResult(False)
        strong = burns
    if _PAST.search(text) and not _STILL.search(text) and not _NOW.search(text):
        return UrgentResult(False)
    if _HYPOTHETICAL.search(text) and not _NOW.search(text):
        return UrgentResult(False)
    if strong is not None:
        return UrgentResult(True, strong.group(0).strip().lower())
    if now_needed is not None and _NOW.search(text):
        return UrgentResult(True, now_needed.group(0).strip().lower())
    if _REAL_FIRE.search(text) and _NOW.search(text):
        return UrgentResult(True, "fire")
    return UrgentResult(False)
