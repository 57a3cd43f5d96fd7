"""Thank-you words as residents spell them (new-user trial h, finding 7): "merci
viumou" after forwarding was offered as an addition ("Gehört das zu Ihrem Anliegen
ZH-…?") while "merci vilmal" and "Merci viu mau" got "Gern geschehen!". Swiss
German writes "vielmal" a dozen ways; nlp/thanks_variants.py reads a word the phrase
lists do not know as the thank-you word it spells (nlp/smalltalk.py)."""

from __future__ import annotations

import pytest

from nlp.smalltalk import smalltalk
from nlp.thanks_variants import as_listed

THANKS = [
    "merci viumou",
    "Merci viumou!",
    "merci viumal",
    "danke vielmol",
    "merci fillmal",
    "Merci viu mou",
    "Merci vüu mou 🙏",
    "Danggschön",
    "Dankeschin",
    "tuusig dank",
    "Tusig Dank für Ihri Hilf",
    "Vielen lieben Dank",
    "Herzliche Dank",
    "merci för alles",
    "Merci fürs Weiterleite",
    "merci beaucoup",
    "merci bcp",
    "grazie mille",
    "grazzie mile",
    "thanks a lot",
    "thx a lot",
    "thanks alot",
    "Grüezi und merci viumou",
]


@pytest.mark.parametrize("text", THANKS)
def test_spellings_of_thanks_are_thanks(text: str) -> None:
    talk = smalltalk(text)
    assert talk is not None and talk.kind == "thanks", talk


@pytest.mark.parametrize(
    "text",
    [
        "merci, de Kübel isch immer no voll",
        "Viumou voll",
        "Vil mol voll",
        "danke aber es ist immer noch voll",
        "fumo",
        "denk",
        "mile",
    ],
)
def test_a_concern_or_another_word_is_not_thanks(text: str) -> None:
    talk = smalltalk(text)
    assert talk is None or talk.kind != "thanks"


def test_known_words_are_left_as_they_are() -> None:
    vocabulary = frozenset({"merci", "vielmal"})
    assert as_listed(["merci", "vielmal"], vocabulary) == ["merci", "vielmal"]
    assert as_listed(["merci", "viu", "mou"], vocabulary) == ["merci", "vielmal"]
    assert as_listed(["kubel", "voll"], vocabulary) == ["kubel", "voll"]
