"""Urgent detection: an emergency happening now never waits for a digest.

`detect_urgent(text)` combines readable rules (nlp.urgent.rules, nlp.urgent.cues)
with a small trained model (nlp.urgent.model, shipped in nlp/urgent_model/).
A missed emergency costs far more than a false alarm, so either a strong rule
or the model's score flags a text; past events, risks, idioms, drills, siren
tests, fireworks and barbecue smoke are not emergencies.
"""

from nlp.urgent.detector import THRESHOLD, UrgentResult, detect_many, detect_urgent
from nlp.urgent.model import DEFAULT_URGENT_MODEL, UrgentModel

__all__ = [
    "DEFAULT_URGENT_MODEL",
    "THRESHOLD",
    "UrgentModel",
    "UrgentResult",
    "detect_many",
    "detect_urgent",
]
