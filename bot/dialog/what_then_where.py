"""A line that said what, then a line that only says where.

"The bin is full" (too unsure a topic to file: "I am listening: what is the
matter, and where?"), then "Josefstrasse 12": the resident answered the
question. Before, the bot put the lines together and, still unsure of the
topic, asked "what is the matter, and where?" once more. Now the two lines
go on as one concern: filed with the place, and the topic asked with buttons
when the model is unsure ("Which fits best?").

Only a bare place counts as the answer: "Ich wohne an der Josefstrasse 12"
is the home, not where the matter is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import place_answer, where_first
from bot.dialog.topic_kin import VAGUE_TOPIC

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def answered(d: Dialog, earlier: str | None, text: str, fragment_words: int) -> bool:
    """Whether `text` gives only the place to the `earlier` line, which said
    something of the matter (not only a place of its own)."""
    if not earlier or not place_answer.only_a_place(d, text):
        return False
    if not place_answer.has_content(earlier):
        return False
    if where_first.says_where_not_what(d, earlier, fragment_words):
        return False
    # "bei uns im Quartier" or "Ich hätte eine Frage", then "an der Josefstrasse 12":
    # still nothing of the matter (the vague topic is the Quartier's life).
    return d.topic_of(earlier)[0] != VAGUE_TOPIC
