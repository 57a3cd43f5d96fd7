"""Rules and model together.

urgent = a strong rule (nlp.urgent.rules, nlp.urgent.cues, a suspicious object of
nlp.urgent.suspicious unless asked how to report one (nlp.urgent.how_to), a person of
nlp.urgent.welfare, a fight going on now of nlp.urgent.fight), or a weak rule the model does not contradict, or the model's score
above THRESHOLD, or else a person or people lying somewhere (nlp.urgent.lying_person)
or someone on a window ledge (nlp.urgent.on_ledge: its kind, "suicide", 117/144, also
replaces the model's when the text names no danger of its own); unless
the text is about the past or a risk, a drill, a siren test, fireworks, a barbecue or a
lamp that "brennt", a question how to report an emergency (nlp.urgent.how_to), fights
that recur (nlp.urgent.fight) or a hydrant that leaks (nlp.urgent.hydrant: its name is
read as "hydrant" first, so "la borne d'incendie" holds no fire), or a weapon that
threatens no one (nlp.urgent.harmless_weapon: a toy, knives sharpened, a show).
Emergencies said plainly (a man with a knife, blows next door, no answer and a smell
behind a door, water standing in the cellar) are strong rules of nlp.urgent.plainly.
An English "cane" is a walking stick (nlp.animals). Idioms ("es brennt mir unter den Nägeln") are removed before anything
reads the text, pleas ("Hilfe,", "SOS") and connectors ("Übrigens", "by the way", "PS")
before the model reads it. A long message that is not flagged as a whole gets a second
look sentence by sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from nlp.animals import no_english_walking_stick
from nlp.urgent.category import category_of
from nlp.urgent.crisis import CATEGORY as CRISIS
from nlp.urgent.crisis import crisis_saying
from nlp.urgent.cues import (
    EXTRA_STEMS,
    LIGHT_BURNS,
    NOT_EXPLOSION,
    VETO,
    model_text,
    search_extra_strong,
    strip_idioms,
    strip_pleas,
)
from nlp.urgent.fastre import Substrings
from nlp.urgent.fight import CATEGORY as FIGHT
from nlp.urgent.fight import fight_now, recurring
from nlp.urgent.harmless_weapon import harmless_weapon
from nlp.urgent.hints import DANGER_SEARCH, HINT_SEARCH
from nlp.urgent.how_to import (
    how_to_question,
    how_to_report_a_fire_here,
    how_to_report_an_emergency,
)
from nlp.urgent.hydrant import hydrant_matter, neutral_hydrant, water_thing
from nlp.urgent.kind import believed, model_kind
from nlp.urgent.lying_person import lying_kind, lying_person_cue
from nlp.urgent.model import UrgentModel, shared_model
from nlp.urgent.mundane import full_bin, mundane, without_place
from nlp.urgent.nobody import nobody_kind
from nlp.urgent.noise import just_noise
from nlp.urgent.on_edge import on_the_edge
from nlp.urgent.on_ledge import OWN_KINDS as LEDGE_OWN_KINDS
from nlp.urgent.on_ledge import ledge_cue
from nlp.urgent.plainly import plain_cue
from nlp.urgent.rules import (
    _BENIGN_SMOKE,
    _BURNS,
    _LIGHT,
    STRONG_SEARCH,
    past_marker,
    past_or_risk,
    rule_cue,
)
from nlp.urgent.suspicious import CATEGORY as SUSPICIOUS
from nlp.urgent.suspicious import suspicious_object
from nlp.urgent.things import HURT_STEMS, hurt_animal
from nlp.urgent.water_leak import leak_kind
from nlp.urgent.weapon_kind import weapon_kind
from nlp.urgent.welfare import CATEGORY as WELFARE
from nlp.urgent.welfare import welfare_cue
from nlp.urgent.whereabouts import without_whereabouts
from nlp.vocab_zone import transient

# Chosen a priori: the lowest threshold that keeps false alarms on ordinary concerns the
# model never saw (a fifth of nlp/corpus/train.jsonl) under 2 % and none on the hard
# negatives of tests/test_urgent.py; recall is preferred (a false alarm costs one line).
THRESHOLD = 0.35
# A strong rule next to a word of the past or a risk ("the tree that fell last
# winter is still there") counts only with at least this model score.
DOUBT_SCORE = 0.3
# A weak rule (a danger word next to "dringend", "!", "jetzt") needs this score.
WEAK_RULE_SCORE = 0.15
# A text this short ("hinter dem grossen Baum", an answer in the dialog) needs a surer
# model; rules still count.
SHORT_WORDS = 5
SHORT_THRESHOLD = 0.6
# A text of several sentences whose whole scores at least this (or that a guard
# vetoed) is looked at sentence by sentence: "Wo melde ich Sperrmüll? Übrigens
# brennt gerade ein Container" must not be drowned by its first question.
SENTENCE_CHECK = 0.08
# A single sentence carries less context: the model must be surer.
SENTENCE_THRESHOLD = 0.7
_CONNECTOR = (
    r"(?:übrigens|uebrigens|ausserdem|by\s+the\s+way|btw|also,|au\s+fait|a\s+proposito|ps:?"
    r"|und\s+noch\s+was|und\s+no\s+öppis|ach\s+ja|ah\s+ja|et\s+aussi|e\s+poi)\b"
)
_SENTENCES = re.compile(r"[.!?;\n]+\s*|\s+(?=" + _CONNECTOR + ")")
_STARTS_WITH_CONNECTOR = re.compile(_CONNECTOR)


# A text of up to this many words that the model alone flags must contain some word
# of danger, harm or help (nlp.urgent.hints, or any stem of the rules).
HINT_WORDS = 6
# A question of up to this many words too: "A che punto è la mia richiesta?" (a status
# question, 7 words) scored 0.46 and got the emergency numbers in the new-user trial.
HINT_QUESTION_WORDS = 12
_EXTRA_SEARCH = Substrings(EXTRA_STEMS)

# A short correction with no word of danger: "ah nei, es isch doch a de Weinbergstrass"
# (the place corrected at the confirmation) scored 0.41 from the model alone, "oh sorry
# i meant it is at Weinbergstrasse" 0.46, and got the emergency numbers (new-user trial
# i, finding 2); the model gives such openers ~0.4 whatever follows. Up to this many
# words, a text that opens with a correction is flagged by the model alone only with
# some word of danger, harm or help (as HINT_WORDS).
CORRECTION_WORDS = 12
_CORRECTION = re.compile(
    r"^\W*(?:(?:ah|oh|äh|ähm)\W+)?(?:nein|nei|nö|nope|no|non|sorry|sorri|pardon|scusa|scusi"
    r"|entschuldigung|excuse\s+me|korrektur|correction|correzione|ich\s+meinte|i\s+meant"
    r"|je\s+voulais\s+dire|intendevo)\b"
)


# Any word of danger, harm or help, or a stem of the rules, where it stands as one
# (nlp.urgent.hints: the Langstrasse holds no "Angst", a Schlagloch no "Schlag").
_hints_at_danger = HINT_SEARCH.found_in


_HURT_STEMS = Substrings(HURT_STEMS)


@dataclass(frozen=True, slots=True)
class UrgentResult:
    urgent: bool
    reason: str | None = None  # the rule cue, "model", or "guarded" (a guard overruled)
    category: str | None = None  # e.g. "fire", "violence"; None when not urgent
    score: float = 0.0  # the model's urgent score (0..1)


_FIRE_WORDS = re.compile(r"(flamm|flame|feuer|füür|fire|feu\b|fiamm|fuoco|rauch|smoke|fumée|fumo)")


def _benign_strong(cue: str, low: str) -> bool:
    """A strong cue that is a lighting report or a chimney, not a fire: "es brennt am
    Abend kein Licht", "dicker Rauch kommt aus dem Schornstein"."""
    if _BURNS.search(cue) and not _FIRE_WORDS.search(low):
        at = low.find(cue)
        if at >= 0 and _LIGHT.search(low[at : at + len(cue) + 30]):
            return True  # the light word follows the cue: "es brennt am Abend kein Licht"
    return category_of(cue) == "smoke" and _BENIGN_SMOKE.search(low) is not None


def decide(
    low: str, score: float, model_category: str, threshold: float | None = None
) -> UrgentResult:
    """Combine rules and model score for a lower-cased, idiom-free text.

    A result that is not urgent has reason "guarded" when a guard (the past, a
    risk, a drill, fireworks, ...) overruled a rule or the model. An English "cane" is a
    walking stick, no dog: "An old man with a cane has fallen" is no dog attack."""
    stick = no_english_walking_stick(low)
    result = _judge(stick, score, model_category, threshold)
    if stick is not low and result.category == "dog_attack" and category_of(stick) != "dog_attack":
        # The model read "cane" as a dog: the kind is what the rest of the text names.
        result = replace(result, category=category_of(stick))
    return result


def _judge(low: str, score: float, model_category: str, threshold: float | None) -> UrgentResult:
    if how_to_report_an_emergency(low):  # "Wie melde ich einen Brand?": a question
        return UrgentResult(False, "guarded", None, score)
    if how_to_report_a_fire_here(low):  # "Wie melde ich den Brand in meinem Keller?"
        return UrgentResult(True, "how_to_here", category_of(low) or "fire", score)
    suspect, over = suspicious_object(low)  # "eine verdächtige Tasche", "a ticking bag"
    if suspect is not None and not over and not how_to_question(low):
        return UrgentResult(True, suspect, SUSPICIOUS, score)
    if harmless_weapon(low, DANGER_SEARCH.found_in, _hints_at_danger):
        return UrgentResult(False, "guarded", None, score)  # a toy, a knife grinder, a show
    result = _decide(low, score, model_category, threshold)
    if result.urgent and result.category == FIGHT and recurring(low):
        # "Jedes Wochenende prügeln sich Jugendliche vor der Bar": a safety concern.
        result = UrgentResult(False, "guarded", None, score)
    if not result.urgent or result.reason == "model":
        # Said plainly: a man with a knife, blows next door, no answer and a smell, water
        # in the cellar (nlp.urgent.plainly); its kind, not the model's guess.
        plain = plain_cue(low, score < DOUBT_SCORE)
        if plain is not None:
            result = UrgentResult(True, plain[0], plain[1], score)
    lying = None if result.urgent else lying_person_cue(low, score, DOUBT_SCORE)
    if lying is not None:
        # "Da liegt ein Bettler": what the model and the other rules missed (looked for
        # last, so that a text they flag keeps their category).
        result = UrgentResult(True, lying[0], lying[1], score)
    elif result.reason == "model":  # not a tree or a fire for people lying, a gun, a leak
        kind = leak_kind(low, weapon_kind(low, lying_kind(low, result.category)))
        result = replace(result, category=nobody_kind(low, kind))  # nlp.urgent.nobody
    ledge = ledge_cue(low, score, DOUBT_SCORE)  # someone on a window ledge (nlp.urgent.on_ledge)
    if ledge is not None and not result.urgent:
        result = UrgentResult(True, ledge[0], ledge[1], score)
    elif ledge is not None and category_of(low) not in LEDGE_OWN_KINDS:
        result = replace(result, category=ledge[1])  # not the model's "fire": 117/144
    if suspect is not None and not result.urgent:
        # "Gestern stand da ein verdächtiger Koffer": guarded, so that no sentence of it
        # is read alone for a second look.
        return UrgentResult(False, "guarded", None, score)
    return result


def _decide(
    low: str, score: float, model_category: str, threshold: float | None = None
) -> UrgentResult:
    welfare = welfare_cue(low)  # no sign of life for days, missing with dementia
    if welfare is not None:
        return UrgentResult(True, welfare, WELFARE, score)
    saying = crisis_saying(low) or on_the_edge(low, _hints_at_danger)  # "… de vivre",
    if saying is not None:  # "Ich stehe gerade auf der Kornhausbrücke" (nlp.urgent.on_edge)
        return UrgentResult(True, saying, CRISIS, score)
    fight = fight_now(low)  # "Vor der Bar gibt es eine Schlägerei" (nlp.urgent.fight)
    if (
        fight is not None
        and not past_or_risk(low)
        and not (score < DOUBT_SCORE and past_marker(low))
    ):
        return UrgentResult(True, fight, FIGHT, score)
    if water_thing(low) and hydrant_matter(low, DANGER_SEARCH.found_in, _hints_at_danger):
        return UrgentResult(False, "guarded", None, score)  # "Der Hydrant leckt", a fountain
    if _HURT_STEMS.found_in(low) and hurt_animal(low, DANGER_SEARCH.found_in, _hints_at_danger):
        return UrgentResult(False, "guarded", None, score)  # "ein verletzter Igel"
    weak = score >= WEAK_RULE_SCORE
    maybe_extra = _EXTRA_SEARCH.found_in(low)
    if not weak and not maybe_extra and not STRONG_SEARCH.found_in(low):
        return UrgentResult(False, None, None, score)  # the common case: nothing at all
    cue, strong = rule_cue(low, weak=weak)
    extra = search_extra_strong(low) if maybe_extra else None
    needed = THRESHOLD if threshold is None else threshold
    if cue is None and extra is None and score < needed:
        return UrgentResult(False, None, None, score)  # nothing to guard against
    # A drill, a siren test, fireworks or a barbecue: only a strong cue ("es brennt",
    # "in Flammen") still counts.
    if not strong and (
        VETO.search(low)
        or (_LIGHT.search(low) and _BURNS.search(low) and not _FIRE_WORDS.search(low))
        or (LIGHT_BURNS.search(low) and not _FIRE_WORDS.search(low))
    ):
        return UrgentResult(False, "guarded", None, score)  # also "die Lampe brennt nicht"
    # A rule next to a word of the past or a risk needs the model's agreement.
    doubt = score < DOUBT_SCORE and past_marker(low)
    if cue is not None and strong:
        if doubt or _benign_strong(cue, low):
            return UrgentResult(False, "guarded", None, score)
        return UrgentResult(
            True,
            cue,
            category_of(cue) or category_of(low) or believed(model_category, low) or "other",
            score,
        )
    pastrisk = past_or_risk(low)
    if extra is not None and not pastrisk and not doubt:
        found = extra.group(0).strip()
        category = (
            category_of(found) or category_of(low) or believed(model_category, low) or "other"
        )
        if not (
            category == "explosion"
            and (NOT_EXPLOSION.search(low) or full_bin(low, DANGER_SEARCH.found_in))
        ):
            return UrgentResult(True, found, category, score)
    if cue is not None and weak and not doubt and not pastrisk:
        return UrgentResult(
            True,
            cue,
            category_of(cue) or category_of(low) or believed(model_category, low) or "other",
            score,
        )
    n_words = len(strip_pleas(low).split())  # pleas ("help,") are no evidence
    if n_words <= SHORT_WORDS:
        needed = max(needed, SHORT_THRESHOLD)  # a few words carry little evidence
    if score >= needed and n_words >= 3:
        question = n_words <= HINT_QUESTION_WORDS and low.rstrip().endswith("?")
        corrects = n_words <= CORRECTION_WORDS and _CORRECTION.match(low) is not None
        if (n_words <= HINT_WORDS or question or corrects) and not _hints_at_danger(low):
            # "Ich bin gerade am Bullingerplatz", "Sehr geehrte Damen und Herren": a
            # short text with no word of danger at all is not flagged by the model alone.
            return UrgentResult(False, "guarded", None, score)
        if pastrisk or mundane(low, DANGER_SEARCH.found_in, _hints_at_danger) or just_noise(low):
            return UrgentResult(False, "guarded", None, score)  # just_noise: nlp.urgent.noise
        kind = model_kind(model_category, low, DANGER_SEARCH.found_in)  # nlp.urgent.kind
        if kind is None:  # the model's crisis with no word of one ("à côté")
            return UrgentResult(False, "guarded", None, score)
        return UrgentResult(True, "model", kind, score)
    return UrgentResult(False, None, None, score)


def _about_a_light(low: str) -> bool:
    """A text where a light "brennt" and nothing names a fire (the guard of decide()): its
    second look reads only a new matter, as after a guard ("Kandelaber an der Kreuzung
    kaputt. Er brennt nur jede zweite Nacht." read alone, the sentence lost its lamp)."""
    return (
        _LIGHT.search(low) is not None
        and _BURNS.search(low) is not None
        and not _FIRE_WORDS.search(low)
    )


def sentences(low: str) -> list[str]:
    """The sentences of 4 words or more the second look reads (none for one sentence)."""
    parts = [p for p in _SENTENCES.split(low) if p and len(p.split()) >= 4]
    return parts if len(parts) >= 2 else []


def _sentences(low: str, guarded: bool) -> list[str]:
    """The text's sentences of 4 words or more; after a guard only those that
    open with a connector ("übrigens", "by the way"): a new matter."""
    return [p for p in sentences(low) if not guarded or _STARTS_WITH_CONNECTOR.match(p)]


def detect_many(
    texts: Sequence[str], docs: Sequence[Doc] | None = None, model: UrgentModel | None = None
) -> list[UrgentResult]:
    """Urgent results for texts; `docs` may be the same texts already tokenised
    (by any spacy.blank("de") pipeline) to save the tokenisation. The model's docs
    are made and scored in a memory zone of its pipeline (nlp.vocab_zone)."""
    model = model or shared_model()
    with transient(model.pipeline):
        return _detect_zoned(texts, docs, model)


def _detect_zoned(
    texts: Sequence[str], docs: Sequence[Doc] | None, model: UrgentModel
) -> list[UrgentResult]:
    lows = [t.lower() for t in texts]
    clean: list[str] = []  # what the rules read
    seen: list[str] = []  # what the model reads (= model_text(low))
    for low in lows:  # text by text: both read the same words (fastre._WordIndex)
        c = neutral_hydrant(strip_idioms(low))  # "la borne d'incendie" is no fire
        clean.append(c)
        seen.append(strip_pleas(without_whereabouts(c, _hints_at_danger)))
    if docs is None or len(docs) != len(texts):
        docs = [model.make_doc(t) for t in texts]
    docs = [
        d if m is low else model.make_doc(m) for d, m, low in zip(docs, seen, lows, strict=True)
    ]
    results = [decide(c, s, cat) for c, (s, cat) in zip(clean, model.score_docs(docs), strict=True)]
    # Second look, sentence by sentence, at texts with some signal that were not flagged;
    # the model also reads each, and the whole, without its street: "…, Zurlindenstrasse 12"
    # halved a fall (new-user trial f). A text it never saw whole needs a surer model.
    todo: list[tuple[int, str]] = []  # (text, the part it reads)
    for i, (res, c) in enumerate(zip(results, clean, strict=True)):
        if not res.urgent and (res.reason == "guarded" or res.score >= SENTENCE_CHECK):
            guarded = res.reason == "guarded" or _about_a_light(c)
            if not guarded:
                bare = without_place(without_whereabouts(c, _hints_at_danger))
                if bare is not c:
                    todo.append((i, bare))
            todo.extend((i, without_place(p)) for p in _sentences(c, guarded))
    if todo:
        scores = model.score_docs([model.make_doc(model_text(p)) for _, p in todo])
        for (i, part), (s, cat) in zip(todo, scores, strict=True):
            if not results[i].urgent:
                res = decide(part, s, cat, SENTENCE_THRESHOLD)
                if res.urgent:
                    results[i] = res
    return results


def detect_urgent(text: str) -> UrgentResult:
    """Whether the text reports an emergency happening now (danger to people)."""
    return detect_many([text])[0]
