"""Deletion asked for in words beyond "meine Daten" (new-user trial k, finding 7):
"Ich möchte mein Konto löschen", "Meine Nummer soll gelöscht werden",
"vergessen Sie mich", "Ich will nicht mehr, löschen". They were offered as an
addition to the concern just forwarded ("Ja, dazuschreiben" would have sent
the request to the office) or filed as a new concern. Such a text asks the
deletion question of /loeschen (`privacy.about_data`); "löschen" with a concern
("Löschen Sie bitte meine Meldung ZH-…") asks to withdraw it (`withdrawal`,
`references.about`). Plain patterns only: the dialog modules read them."""

from __future__ import annotations

import re

# "löschen", "gelöscht", "lösche" (Swiss German "glöscht"), "delete", "supprimez", "cancellate".
VERB = re.compile(
    r"\b(?:(?:ge|g)?lösch\w*|delet\w*|erase|wipe|supprim\w*|effac\w*|cancella\w*|elimin\w*)\b",
    re.IGNORECASE,
)
# The resident's account or number, named as theirs: "mein Konto", "meine Nummer",
# "mini Nummere", "my account", "mon compte", "il mio numero".
_THEIRS = (
    r"(?:mein(?:e[nmrs]?)?|mis|mini|my|mon|ma|il\s+mio|la\s+mia|mio|mia)\s+"
    r"(?:konto|account|profil|profile|profilo|compte|chat|chatverlauf|verlauf|history|"
    r"historique|cronologia|(?:telefon|handy)?nummer[en]?|(?:phone\s+)?number|numéro|numero)\b"
)
THEIR_ACCOUNT = re.compile(rf"{VERB.pattern}.*\b{_THEIRS}|\b{_THEIRS}.*{VERB.pattern}", re.I)
# "vergessen Sie mich", "vergässed Sie mi", "forget me", "oubliez-moi", "dimenticatemi";
# "löschen Sie mich", "delete me", "supprimez-moi".
FORGET_ME = re.compile(
    r"\b(?:vergessen\s+sie\s+mich|vergesst\s+mich|vergiss\s+mich|vergäss(?:ed|e|t)?\s+(?:sie\s+)?"
    r"mi(?:ch)?|forget\s+(?:about\s+)?me|oubli(?:ez|e)[-\s]moi|dimentica(?:te)?mi)\b"
    rf"|{VERB.pattern}\s+(?:sie\s+)?(?:mich|me)\b|\bsupprim\w*[-\s]moi\b",
    re.IGNORECASE,
)
# Words that say nothing of what to delete: "Ich will nicht mehr, löschen",
# "einfach alles löschen bitte", "just delete", "tout supprimer s'il vous plaît".
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "ich i will möchte möcht wott nicht nid mehr meh bitte einfach jetzt doch sie ihr und"
        " aber alles alli das es ok okay so want don't dont do not anymore any more please just"
        " all it everything je veux ne plus pas tout s'il vous plaît svp voglio non più per"
        " favore tutto io",
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
BARE_WORDS = 8


def bare(text: str) -> bool:
    """The verb and nothing that says what ("löschen", "Ich will nicht mehr, löschen")."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    verbs = [w for w in words if VERB.fullmatch(w)]
    return (
        0 < len(words) <= BARE_WORDS
        and bool(verbs)
        and all(w in _FILLER for w in words if not VERB.fullmatch(w))
    )


def asks_deletion(text: str) -> bool:
    """The account, the number or the resident themself to be deleted or forgotten,
    or a bare "löschen" (their data, "meine Daten", is `privacy.WANTS_DELETION`)."""
    return bool(THEIR_ACCOUNT.search(text) or FORGET_ME.search(text)) or bare(text)


# The verb as a request, not a report: "löschen Sie", "lösched", "delete", "supprimez";
# not "das Feuer ist gelöscht", "die Feuerwehr löscht", "deleted", "effacé".
REQUEST = re.compile(
    r"\b(?:löschen|lösche|löschet|lösched|delete|erase|wipe|supprimer|supprimez|effacer|effacez"
    r"|cancella|cancellare|cancellate|eliminare|eliminate)\b",
    re.IGNORECASE,
)


def requested(text: str) -> bool:
    """A deletion asked for in any of these forms (never more about a concern)."""
    return REQUEST.search(text) is not None or asks_deletion(text)
