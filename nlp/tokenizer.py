"""The topic pipeline's tokenizer: spaCy's German tokenizer over the normalised
text (nlp.normalise), so training and classifying read the same words.

Registered as "quartier.NormalisingTokenizer.v1" (the config's [nlp.tokenizer]).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from nlp.lex_getters import speed_up
from nlp.normalise import normalise
from nlp.vocab_zone import note

TEXT_KEY = "quartier_text"


class NormalisingTokenizer:
    def __init__(self, inner: Tokenizer) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        clean = normalise(text)
        doc: Doc = self.inner(clean)
        # The text as a string, for components that read it whole (nlp.tfidf):
        # spaCy's doc.text rebuilds it token by token.
        doc.user_data[TEXT_KEY] = clean
        note(doc, clean)  # in a memory zone: its known chunks cached after it
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def to_disk(self, path: Path, **kwargs: Any) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: Path, **kwargs: Any) -> NormalisingTokenizer:
        self.inner.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return bytes(self.inner.to_bytes(**kwargs))

    def from_bytes(self, data: bytes, **kwargs: Any) -> NormalisingTokenizer:
        self.inner.from_bytes(data, **kwargs)
        return self


@registry.tokenizers("quartier.NormalisingTokenizer.v1")  # type: ignore[untyped-decorator]
def create_normalising_tokenizer() -> Callable[[Language], NormalisingTokenizer]:
    from spacy.util import registry as reg

    default: Callable[[Language], Tokenizer] = reg.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp: Language) -> NormalisingTokenizer:
        speed_up(nlp.vocab)  # the same lexeme attributes, made faster (nlp.lex_getters)
        return NormalisingTokenizer(default(nlp))

    return create
