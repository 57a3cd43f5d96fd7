"""Report artefacts are removed before the topic model reads a text, the same
way in training (the pipeline's tokenizer) and classifying."""

from __future__ import annotations

import pytest
import spacy

import nlp.tokenizer  # noqa: F401  (registers the tokenizer)
from nlp.normalise import normalise

TOKENIZER = "quartier.NormalisingTokenizer.v1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müll liegt hier<br/>und stinkt", "Müll liegt hier und stinkt"),
        ("Zeile eins<br>Zeile zwei<BR />drei", "Zeile eins Zeile zwei drei"),
        ("<p>Laterne defekt</p>", "Laterne defekt"),
        ("Kübel &amp; Säcke &quot;voll&quot; &#39;heute&#39;", "Kübel & Säcke \"voll\" 'heute'"),
        ("Loch im Belag. (Adresssuche nach: Musterweg 3)", "Loch im Belag."),
        ("Loch im Belag (Adresse: Musterweg 3, 8004 Zürich)", "Loch im Belag"),
        (
            "Sperrgut beim Container https://example.org/x?id=3 seit Montag",
            "Sperrgut beim Container seit Montag",
        ),
        ("Siehe www.example.ch/karte für die Stelle", "Siehe für die Stelle"),
        ("Laterne kaputt, siehe Foto.", "Laterne kaputt."),
        ("Graffiti an der Wand (siehe Bilder)", "Graffiti an der Wand"),
        ("Bank kaputt. Foto anbei", "Bank kaputt."),
        ("Broken bench, see photo", "Broken bench"),
        ("Banc cassé, voir photo", "Banc cassé"),
        ("Panchina rotta, vedi foto", "Panchina rotta"),
        ("  viel   Abstand\n\nzwischen  Wörtern ", "viel Abstand zwischen Wörtern"),
    ],
)
def test_artefacts_are_removed(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das Foto zeigt den vollen Kübel",  # a photo as the subject stays
        "3 < 4 und 5 > 2",  # comparison signs are no tags
        "Treffen um 12:30 Uhr (Gemeinschaftszentrum)",  # a plain parenthesis stays
        "Ratten im Innenhof",
    ],
)
def test_ordinary_text_is_kept(text: str) -> None:
    assert normalise(text) == text


def test_nothing_but_artefacts_keeps_the_text() -> None:
    assert normalise("siehe Foto") == "siehe Foto"
    assert normalise("<br/>") == "<br/>"


def test_the_pipeline_tokenizer_reads_the_normalised_text() -> None:
    pipeline = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    raw = "Laterne defekt<br/>(siehe Foto) https://example.org/a (Adresssuche nach: Musterweg 3)"
    assert pipeline.make_doc(raw).text == "Laterne defekt"
    assert [t.text for t in pipeline(raw)] == ["Laterne", "defekt"]


def test_the_training_recipe_uses_the_normalising_tokenizer() -> None:
    from spacy.util import load_config

    from nlp.training import DEFAULT_CONFIG

    assert load_config(DEFAULT_CONFIG)["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER
