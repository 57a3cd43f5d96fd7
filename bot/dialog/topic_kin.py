"""A line's topic against a concern's, without hanging on a near-threshold
confidence (the topic model retrained, 2026-12-07).

- Of the concern's topic: its topic, or the strong second topic of its text
  (`nlp.classifier.SECOND_TOPIC_MIN`, as `Classification.second`). "Auf dem
  Spielplatz der Bäckeranlage liegen überall Glasscherben im Sand" reads
  abfall 0.52 / gruen 0.48; "Im Sandkasten, bei der kleinen Rutschbahn" (gruen)
  says more about it whichever of the two won the tie.
- Clearly of another topic: at `card_line.CLEAR`, not merely above
  `low_confidence` (where the resident would be asked to choose among topics).
  A report of its own reads far above it ("Die Strassenlampe ist kaputt": 1.0);
  a reaction such as "Ma come privato? È un parco pubblico!!" is a guess
  (kultur 0.52), and so is "Genauer gesagt steht er neben dem Spielplatz" after
  the bin at the Bäckeranlage (gruen 0.59: where the bin is, `place_detail`).
- Perhaps of another topic (`maybe_another`): above `low_confidence`, for a step
  that should not be taken on a guess either way (`place_detail.elsewhere` moves
  a forwarded concern to another place: "Eigentlich eher Lärm am Idaplatz",
  umwelt 0.57, does not move the bin there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import memo
from bot.dialog.card_line import CLEAR
from nlp.classifier import SECOND_TOPIC_MIN
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# The topic that says where, not what ("bei uns im Quartier"): routed to the Kreis's
# coordination office, and no evidence of a concern of its own.
VAGUE_TOPIC = "quartierleben"


def of_concern(d: Dialog, concern: Concern) -> set[str]:
    """The topics a line may have and still be of `concern`'s topic."""
    topics = {concern.topic} if concern.topic else set()
    if concern.text:
        text = concern.text
        scores = memo.remembered(("topic", text), lambda: d.clf.scores(text))
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:2]
        topics.update(code for code, p in ranked if p >= SECOND_TOPIC_MIN)
    return topics


def clearly_another(d: Dialog, concern: Concern, text: str) -> bool:
    """`text` is clearly of a topic other than `concern`'s."""
    topic, confidence = d.topic_of(text)
    return confidence >= CLEAR and topic not in of_concern(d, concern)


def maybe_another(d: Dialog, concern: Concern, text: str) -> bool:
    """`text` is, confidently enough to be asked about, of a topic other than `concern`'s."""
    topic, confidence = d.topic_of(text)
    return confidence >= d.settings.low_confidence and topic not in of_concern(d, concern)
