"""The routing brain: text (and optional coordinates) -> topic, place, office, urgency."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import TextCategorizer

import nlp.corpus_reader
import nlp.features  # registers the architecture used by the model
import nlp.tfidf  # registers the TF-IDF component
import nlp.tokenizer  # noqa: F401  (registers the normalising tokenizer)
from nlp import neighbour_noise, road_damage
from nlp.fastscore import BowScorer, pipe_docs, scorer_for
from nlp.inputs import DEFAULT_MODEL as DEFAULT_MODEL
from nlp.inputs import Concern as Concern
from nlp.normalise import normalise
from nlp.places import Gazetteer, PlaceResult
from nlp.routing import Route, RoutingTable
from nlp.tokenizer import TEXT_KEY
from nlp.urgent import DEFAULT_URGENT_MODEL, UrgentModel, UrgentResult, detect_many, fastre
from nlp.urgent.model import shared_model
from nlp.vocab_zone import transient

# A second topic at least this likely is reported as topic2 (with confidence2).
SECOND_TOPIC_MIN = 0.25
# The project's word caches (nlp.features, nlp.tfidf) are emptied this often: the
# words of residents' texts are not kept longer (issue 10).
WORDS_KEPT_S = 3600.0


@dataclass(slots=True)
class Classification:
    topic: str
    confidence: float
    kreis: int | None
    quartier: str | None
    office: str
    route_reason: str
    urgent: bool
    outside_city: bool
    places: list[str]
    ambiguous_place: bool = False
    kreis_candidates: list[int] = field(default_factory=list)
    alternatives: list[tuple[str, float]] = field(default_factory=list)
    street: str | None = None  # the street an ambiguous place is about (for the dialog)
    place_conflict: bool = False  # places in different Kreise named (kreis_candidates)

    @property
    def second(self) -> tuple[str, float] | None:
        """The second topic when it is strong (probability >= SECOND_TOPIC_MIN): a
        message about two things, which the dialog may split."""
        if self.alternatives and self.alternatives[0][1] >= SECOND_TOPIC_MIN:
            return self.alternatives[0]
        return None

    def as_dict(self) -> dict[str, Any]:
        second = self.second
        return {
            "topic": self.topic,
            "confidence": round(self.confidence, 4),
            "topic2": second[0] if second else None,
            "confidence2": round(second[1], 4) if second else None,
            "kreis": self.kreis,
            "quartier": self.quartier,
            "office": self.office,
            "urgent": self.urgent,
            "outside_city": self.outside_city,
            "places": self.places,
            "kreis_candidates": self.kreis_candidates,
            "route_reason": self.route_reason,
        }


class ConcernClassifier:
    """Topic model + gazetteer + urgent detector + routing table, loaded once."""

    def __init__(
        self,
        model: Language,
        gazetteer: Gazetteer,
        routing: RoutingTable,
        urgent: UrgentModel | None = None,
    ) -> None:
        self.model = model
        self.gazetteer = gazetteer
        self.routing = routing
        self.urgent = urgent or shared_model(DEFAULT_URGENT_MODEL)
        # The topic textcats scored a batch at a time (nlp.fastscore), same scores.
        self._scorers: dict[str, BowScorer] = {}
        self._words_since = time.monotonic()  # the word caches last emptied
        # The words of the training texts, as loaded (the Vocab grows with what it reads).
        self._loaded_words = frozenset(str(w).casefold() for w in model.vocab.strings)
        for name, proc in model.pipeline:
            scorer = scorer_for(proc) if isinstance(proc, TextCategorizer) else None
            if scorer is not None:
                self._scorers[name] = scorer

    @classmethod
    def load(
        cls,
        model_dir: Path = DEFAULT_MODEL,
        gazetteer: Gazetteer | None = None,
        routing: RoutingTable | None = None,
    ) -> ConcernClassifier:
        return cls(
            spacy.load(model_dir),
            gazetteer or Gazetteer.load(),
            routing or RoutingTable.load(),
        )

    def prepare_batches(self) -> None:
        """Make now what the first batch of texts makes once (the urgent model's
        feature-major tables, the character n-grams' keys, scipy's import; the
        topic model's products read its float32 tables as loaded): for
        `quartierbot classify`, which then reads batches of 1,000 lines. Costs
        ~0.12 s of CPU and ~11 MB, which a process reading one
        text at a time (the dialog) never spends."""
        for _, proc in self.model.pipeline:
            prepare = getattr(proc, "prepare_batches", None)
            if prepare is not None:
                prepare()
        for scorer in [*self._scorers.values(), self.urgent._scorer]:
            if scorer is not None:
                scorer.prepare_batches()

    def classify(
        self,
        text: str,
        lat: float | None = None,
        lon: float | None = None,
        urgent: UrgentResult | None = None,
        cats: Mapping[str, float] | None = None,
    ) -> Classification:
        """`urgent`: detect_urgent(text), when the caller has it (the dialog reads
        each message for an emergency first). Taken as it is when the topic model
        reads the text as written (normalise() changed nothing: the urgent model
        reads the same tokens either way, the same result); otherwise worked out
        from the topic model's tokens, as without it. `cats`: scores(text), when
        the caller has it too; with both, and the text as written, the topic
        model does not read the text again."""
        if urgent is None:
            return next(iter(self.classify_many([Concern(text, lat, lon)])))
        known = [cats] if cats is not None else None
        return self._classify_batch([Concern(text, lat, lon)], [urgent], known)[0]

    def classify_many(
        self, concerns: Iterable[Concern], batch_size: int = 1000
    ) -> Iterator[Classification]:
        """Classify in batches; yields one result per concern, in order."""
        batch: list[Concern] = []
        for concern in concerns:
            batch.append(concern)
            if len(batch) >= batch_size:
                yield from self._classify_batch(batch)
                batch = []
        if batch:
            yield from self._classify_batch(batch)

    def _classify_batch(
        self,
        batch: Sequence[Concern],
        known: Sequence[UrgentResult] | None = None,
        cats: Sequence[Mapping[str, float]] | None = None,
    ) -> list[Classification]:
        """The batch's results, all made in one memory zone of each pipeline
        (nlp.vocab_zone): the residents' new words leave the vocabularies with it."""
        with transient(self.model, self.urgent.pipeline):
            self._forget_words_if_due()
            return list(self._classify_zoned(batch, known, cats))

    def _forget_words_if_due(self) -> None:
        """Empty the project's word caches (topic and urgent features) when the
        last emptying is WORDS_KEPT_S ago: residents' words are kept at most that
        long (and at most 200,000 a cache). Called in the zone, which holds both
        pipelines' locks: no other thread reads the caches meanwhile."""
        now = time.monotonic()
        if now - self._words_since < WORDS_KEPT_S:
            return
        self._words_since = now
        scorers = [*self._scorers.values(), self.urgent._scorer]
        for scorer in scorers:
            if scorer is not None:
                scorer.extractor.forget_words()
        for _, proc in self.model.pipeline:
            forget = getattr(proc, "forget_words", None)
            if forget is not None:
                forget()
        fastre.forget_words()  # the urgent rules' words and whole recent texts

    def _classify_zoned(
        self,
        batch: Sequence[Concern],
        known: Sequence[UrgentResult] | None = None,
        cats: Sequence[Mapping[str, float]] | None = None,
    ) -> Iterator[Classification]:
        texts = [c.text for c in batch]
        if known is not None and cats is not None and all(normalise(t) == t for t in texts):
            scored = list(cats)  # both known, the texts as written: no docs needed
            urgent = list(known)
        else:
            docs = pipe_docs(self.model, self._scorers, texts)  # = self.model.pipe(texts)
            scored = [doc.cats for doc in docs]
            if known is not None and all(
                doc.user_data.get(TEXT_KEY) == text for doc, text in zip(docs, texts, strict=True)
            ):
                urgent = list(known)  # the texts as written: what detect_urgent found
            else:
                # The urgent model reads the same tokens (both pipelines are spacy.blank("de")).
                urgent = detect_many(texts, docs, model=self.urgent)
        # The batch's coordinates located at once (the same Quartiere as one by one).
        points: dict[int, tuple[float, float]] = {}
        for i, c in enumerate(batch):
            if c.lat is not None and c.lon is not None:
                points[i] = (c.lat, c.lon)
        found = self.gazetteer.quartier_map.locate_many(list(points.values()))
        areas = dict(zip(points, found, strict=True))
        for i, (concern, topics, flag) in enumerate(zip(batch, scored, urgent, strict=True)):
            ranked = sorted(topics.items(), key=itemgetter(1), reverse=True)
            # A neighbour's noise the model is unsure of: the topics that take noise.
            ranked = list(
                neighbour_noise.candidates(concern.text, ranked, self.routing.min_confidence)
            )
            # A hole in the road the model is unsure of: the Tiefbauamt's topic first.
            ranked = list(road_damage.candidates(concern.text, ranked, self.routing.min_confidence))
            topic, confidence = ranked[0]
            place = self.gazetteer.resolve(
                concern.text, concern.lat, concern.lon, located=i in areas, area=areas.get(i)
            )
            yield self._decide(topic, float(confidence), place, ranked[1:3], flag)

    def topic(self, text: str) -> tuple[str, float]:
        """The likeliest topic and its confidence: the topic model alone, without
        place, urgency or routing (the dialog asks this of short fragments)."""
        return likeliest(self.scores(text))

    def scores(self, text: str) -> dict[str, float]:
        """Every topic's probability (doc.cats of the topic model alone), in the
        model's order: what `topic` reads, and `classify` can take (`cats`)."""
        with transient(self.model):
            return dict(self.model(text).cats)

    def ranked_topics(self, text: str) -> list[tuple[str, float]]:
        """Every topic with its probability, likeliest first (the topic model alone)."""
        with transient(self.model):
            cats = self.model(text).cats
        return sorted(((k, float(v)) for k, v in cats.items()), key=lambda kv: kv[1], reverse=True)

    def place(self, text: str, lat: float | None = None, lon: float | None = None) -> PlaceResult:
        return self.gazetteer.resolve(text, lat, lon)

    def knows_word(self, word: str) -> bool:
        """`word` is one of the model's training texts ("Hinterhof", "Spielplatz"),
        or not ("Bullingerhof": a name)."""
        return word.casefold() in self._loaded_words

    def route(self, topic: str, confidence: float, kreis: int | None) -> Route:
        return self.routing.route(topic, confidence, kreis)

    def _decide(
        self,
        topic: str,
        confidence: float,
        place: PlaceResult,
        alternatives: list[tuple[str, float]],
        urgent: UrgentResult,
    ) -> Classification:
        route = self.routing.route(topic, confidence, place.kreis)
        return Classification(
            topic=topic,
            confidence=confidence,
            kreis=place.kreis,
            quartier=place.quartier,
            office=route.office,
            route_reason=route.reason,
            urgent=urgent.urgent,
            outside_city=place.outside_city,
            places=place.places,
            ambiguous_place=place.ambiguous,
            kreis_candidates=place.candidates,
            alternatives=[(t, float(s)) for t, s in alternatives],
            street=place.street,
            place_conflict=place.conflict,
        )


def likeliest(cats: Mapping[str, float]) -> tuple[str, float]:
    """The likeliest topic of `scores` and its probability (the first of a tie)."""
    topic = max(cats, key=lambda code: cats[code])
    return topic, float(cats[topic])
