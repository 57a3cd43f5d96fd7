"""A new concern after a "Nein," at the place question.

At "Welche Hausnummer?" for "Tempo 30 wird an der Zweierstrasse nie
eingehalten", the line "Nein, am Lochergut ist ein Kübel voll und stinkt" was
read as a correction of the draft's topic and place (`topic_corrected`): the
traffic draft became a bin at the Lochergut, and the speeding was lost.

A line that opens with a take-back only ("nein,", "no,", "non,"; no "eigentlich",
"es geht um", "actually", "en fait", "in realtà": `card_line.says_what_about`),
says nothing the draft is not ("…, nicht die Lampe": `card_line.said_not`), and
then states a whole problem (`place_reading.could_be_a_concern`) of clearly
another topic (`topic_kin.clearly_another`) with a place of its own is a new
concern: the place question takes it as one (or asks), and the draft waits.
"Nein, es ist am Lochergut" (a place only) and "nein, es geht eigentlich um den
Kübel" (a correction) are no such line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import card_line, topic_kin
from bot.dialog.place_reading import could_be_a_concern, names_a_place
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def states_new(d: Dialog, concern: Concern, text: str) -> bool:
    """`text`, after its "Nein,", is a new problem of another topic at a place of its own."""
    meant = card_line.what_is_meant(text)
    if meant is None or card_line.says_what_about(text) or card_line.said_not(text):
        return False
    if not names_a_place(d.place(meant)) or not could_be_a_concern(d, meant, True):
        return False
    return topic_kin.clearly_another(d, concern, meant)
