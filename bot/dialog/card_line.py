"""A line typed at the confirm card: a correction, the same concern, or a new one.

New-user trial p, finding 1: at the card of "Die Lampe an der Josefstrasse 12 ist
kaputt", "nein eigentlich geht es um den Abfallkübel dort, der ist voll" opened a
second draft and parked the lamp; two hours later both went out unconfirmed (the
lamp the resident took back to EWZ). "Der Kübel ist wirklich sehr voll, bitte
schnell leeren" at the bin's card, and "ist voll" after "Der Kübel am Idaplatz"
and a `/start` in between, did the same with the same matter.

The rule. At the card the draft is not filed yet, and a resident who types there
is most often still talking about it. A line that is no button's word, yes or no,
topic name, house number, bare place or short question (`confirming` reads those
first) is, in this order:

1. Another matter when it says so: "übrigens", "ausserdem", "auch", "noch etwas",
   "noch sagen", gsw "no öppis", "by the way", "too", "another", "d'ailleurs", "en plus",
   "aussi", "a proposito", "inoltre", "anche" (`ANOTHER_MATTER`). It becomes its
   own draft; the card's draft waits and comes back after it, and goes out
   unconfirmed after the timeout if nobody answers (as before). A short one that
   names a place is not asked "neues Anliegen oder Ort?": it said which.
2. A correction (`bot.dialog.topic_corrected`, which applies it) when it opens
   by taking back or by saying what it is about — "nein, eigentlich geht es um
   …", gsw "nei, es gaht um …", "no wait, the problem is actually …", "non, en
   fait c'est …", "no, in realtà si tratta di …", "sorry, ich meinte …"
   (`OPENING`; a bare "Non"/"No" that is the sentence's own negation, "Non c'è
   luce", is none) — and what follows (`what_is_meant`: without "nicht die
   Lampe," before or ", nicht die Lampe" after it, `said_not`) names a topic
   other than the draft's: one or two words by a topic's word ("den Kübel", "the
   bin"), more by the topic model at `CLEAR` confidence ("das stimmt so nicht" is
   no topic). The draft on the card takes that topic and its office, and a place
   the line names too ("nein, es geht um die Lampe am Bullingerplatz"; "nein, am
   Bullingerplatz" alone corrects the place, elsewhere); the line joins its text
   (the office reads both), and the card comes again with "Gut, Ihr Anliegen …
   betrifft also …". One draft: what the resident took back is never filed. At
   the topic choice and the place question too.
3. The same concern (`same_concern`, at the card only) when it names no other
   place and either its own topic is clearly the draft's (a restatement: "also
   die Lampe ist wirklich kaputt, seit Tagen dunkel", "the lamp is really broken",
   in any of the five languages) or it is a fragment of up to `FRAGMENT_WORDS`
   words without a clear topic of its own that reads as the draft's topic when
   joined to the draft's text ("ist voll" after "Der Kübel am Idaplatz": the
   resident goes on with the sentence, a `/start` pressed by mistake between;
   "seit einer Woche"). The line joins the draft's text and the card comes again
   with "Ich habe das zu Ihrem Anliegen … dazugeschrieben"; nothing is filed
   twice. How it joins depends on the line, not on how sure the model is of it
   (`goes_on`): a short line that names no thing of its own ("ist voll", "ist
   seit Tagen dunkel") goes on with the draft's sentence after a space, a line
   that says it again ("Der Kübel ist wirklich sehr voll") on a line of its own
   (a retrained model read "ist voll" alone as Abfall at 0.51, just over the
   line, and put it on a line of its own). A short line that opens with a no
   but names no topic ("nein, das stimmt so nicht", "non, ce n'est pas ça") is
   a "Nein": "Was stimmt nicht?".
4. Anything else is a new concern, as before: another topic without a
   take-back ("Die Strassenlampe am Idaplatz ist seit gestern kaputt" at the
   bin's card), or another place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.dialog.place_reading import names_a_place
from bot.dialog.thing_names import names_a_thing
from nlp.smalltalk import typed_topic
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

FRAGMENT_WORDS = 8  # a line going on with the draft is short ("ist voll", "seit einer Woche")
CLEAR = 0.75  # a correction's topic, read by the model: clearly that one

# Step 1: the line says it is about something else. German "also" ("also die Lampe
# …": well, the lamp) is no English "also" at the start of a line.
ANOTHER_MATTER = re.compile(
    r"\b(?:auch|ausserdem|außerdem|zudem|übrigens|uebrigens|nebenbei"
    r"|noch\s+(?:etwas|was|ein|eine|einen|es|sagen|melden|erwähnen)"
    r"|no\s+(?:öppis|eppis|en|e|säge|melde)|öppis\s+anders|etwas\s+anderes|too|as\s+well|another|"
    r"by\s+the\s+way|btw|besides|in\s+addition|something\s+else|one\s+more\s+thing|aussi|en\s+plus|"
    r"d['’]ailleurs|par\s+ailleurs|de\s+plus|autre\s+chose|une?\s+autre|anche|inoltre|pure|"
    r"tra\s+l['’]altro|a\s+proposito|in\s+più|altra\s+cosa|un\s+altro|un['’]altra)\b"
    r"|(?<!^)(?<!^\W)\balso\b",
    re.IGNORECASE,
)

# Step 2: the opening of a correction. Words that take back, words that say what
# it is really about, and the "it is" around them.
_TAKE_BACK = (
    r"nein|nei|nee|nö|nope|no|non|sorry|pardon|excusez(?:-moi)?|scusa(?:te)?|scusi|oops|ups"
    r"|hoppla|moment(?:li)?|warte|wait|attends|attendez|aspetta"
)
_ABOUT = (
    r"eigentlich|eigentli|vielmehr|genau\s+genommen|actually|in\s+fact|rather|en\s+fait"
    r"|en\s+réalité|plutôt|in\s+realtà|anzi|piuttosto"
    r"|(?:es\s+)?geht\s+es\s+um|es\s+geht\s+um|(?:es\s+)?gaht\s+(?:es\s+)?um|es\s+gaht\s+um"
    r"|(?:das|s)\s+problem\s+(?:ist|isch)|the\s+(?:problem|issue|thing)\s+is|what\s+i\s+mean\s+is"
    r"|ich\s+meinte|ich\s+meine|i\s+ha\s+gmeint|i\s+meine?|i\s+meant|i\s+mean"
    r"|il\s+s['’]agit\s+(?:de|du|des|d['’])|le\s+problème\s+(?:c['’]est|est)|je\s+voulais\s+dire"
    r"|je\s+veux\s+dire|si\s+tratta\s+(?:di|del|della|dello|dei|degli|delle|dell['’])"
    r"|il\s+problema\s+è|intendevo|volevo\s+dire"
)
_AROUND = (
    r"ah|oh|äh|ähm|also|well|bon|beh|allora|ja|doch|es\s+ist|es\s+isch|isch\s+es|ist\s+es"
    r"|it['’]s|it\s+is|c['’]est|è|um|de|den|dem|die|der|the|le|la|les|il|lo"
)
OPENING = re.compile(rf"^\W*(?:(?:{_TAKE_BACK}|{_ABOUT}|{_AROUND})\b[\s,;:.!–-]*)+", re.IGNORECASE)
# What makes an opening a correction: a word of what it is about, or a take-back
# set off from what follows ("nein, …", "no wait", "nein der Kübel"; not "Non c'è
# luce", "No light at …", where the word is the sentence's own negation).
_SAID = re.compile(
    rf"\b(?:{_ABOUT})\b"
    rf"|\b(?:{_TAKE_BACK})\b(?:\s*[,;:.!–-]|\s+(?:{_TAKE_BACK}|{_ABOUT}|{_AROUND})\b)",
    re.IGNORECASE,
)
_ABOUT_WORD = re.compile(rf"\b(?:{_ABOUT})\b", re.IGNORECASE)
# "nein, …", "non …": a no to the card (when no topic follows).
_SAYS_NO = re.compile(r"^\W*(?:nein|nei|nee|nö|nope|no|non)\b", re.IGNORECASE)
# "nicht die Lampe, …" before what is meant, ", nicht die Lampe" after it: what it
# is not about.
_NOT_FIRST = re.compile(
    r"^(?:nicht|nöd|nid|not|pas|non)\s+(?P<what>[^,.;!?]*)[,;]\s*", re.IGNORECASE
)
_NOT_THAT = re.compile(
    r"\s*[,;]\s*(?:(?:und|and|et|e)\s+)?(?:nicht|nöd|nid|not|pas|non)\s+(?P<what>[^,.;!?]*)",
    re.IGNORECASE,
)


def says_what_about(text: str) -> bool:
    """The line's opening has a word of what it is about ("eigentlich", "es geht
    um", "actually", "en fait", "in realtà"), not only a take-back ("nein, …")."""
    opening = OPENING.match(text)
    return opening is not None and _ABOUT_WORD.search(opening.group(0)) is not None


def another_matter(text: str) -> bool:
    """The line says it is about something else (step 1)."""
    return ANOTHER_MATTER.search(text) is not None


def same_concern(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """Step 3: the line says more of the draft on the card, which it joins; None
    when it is not about the draft."""
    if (
        ctx.state is not State.AWAIT_CONFIRM
        or not concern.topic
        or text.rstrip().endswith("?")
        or another_matter(text)
        or not no_other_place(d, concern, text)
    ):
        return None
    clear = d.settings.low_confidence
    topic, confidence = d.topic_of(text)
    sep = " " if goes_on(text) else "\n"  # the sentence goes on, or it is said again
    if topic == concern.topic and confidence >= clear:
        join(ctx, concern, text, sep)
    elif (
        len(text.split()) <= FRAGMENT_WORDS
        and _SAYS_NO.match(text)
        and what_is_meant(text) is not None
    ):
        return [render.not_right(ctx, concern)]  # "nein, das stimmt so nicht": as "Nein"
    elif len(text.split()) <= FRAGMENT_WORDS and (confidence < clear or topic == concern.topic):
        joined = d.topic_of(f"{concern.text or ''} {text.strip()}")
        if joined[0] != concern.topic or joined[1] < clear:
            return None
        join(ctx, concern, text, sep)
    else:
        return None
    return [render.confirm(d, ctx, concern, lead="added_at_confirm")]


def goes_on(text: str) -> bool:
    """A short line that names no thing of its own ("ist voll", "seit einer Woche",
    "is overflowing") goes on with the draft's sentence; one that names the thing
    ("der Kübel ist …", "il cestino è …") says it again."""
    words = text.split()
    return (
        len(words) <= FRAGMENT_WORDS
        and not names_a_thing(text)
        and not any(typed_topic(word) for word in words)
    )


def topic_meant(d: Dialog, meant: str) -> tuple[str | None, float]:
    """The topic `meant` names: one or two words by a topic's name or word
    ("den Kübel", "the bin"; the model is sure of "anders" or "die Stadt" too),
    more (or two naming two topics, "street lamp") by the topic model when it
    is clear (`CLEAR`)."""
    if len(meant.split()) <= 2:  # "Lampe daneben": the one topic a word names
        named = {typed_topic(part) for part in [meant, *meant.split()]} - {None}
        if len(named) <= 1:
            return (named.pop() if named else None), 1.0
    topic, confidence = d.topic_of(meant)  # "street lamp": a street's word and a lamp's
    return (topic, confidence) if confidence >= CLEAR else (None, confidence)


def what_is_meant(text: str) -> str | None:
    """What follows a correction's opening, without what it is not; None when the
    line does not open as a correction."""
    opening = OPENING.match(text)
    if opening is None or _SAID.search(opening.group(0)) is None:
        return None
    meant = _NOT_FIRST.sub("", text[opening.end() :])  # "nicht die Lampe, der Kübel …"
    return _NOT_THAT.sub("", meant).strip(" ,.;:!")


def said_not(text: str) -> str | None:
    """What a correction says it is not about ("nicht die Lampe, …", ", not the
    lamp": "die Lampe", "the lamp"); None when it says nothing of the kind."""
    opening = OPENING.match(text)
    if opening is None or _SAID.search(opening.group(0)) is None:
        return None
    rest = text[opening.end() :]
    found = _NOT_FIRST.match(rest) or _NOT_THAT.search(rest)
    return found.group("what").strip() if found else None


def no_other_place(d: Dialog, concern: Concern, text: str) -> bool:
    """The line names no place, or only the draft's ("dort" is none)."""
    place = d.place(d.about_place(text))
    if not names_a_place(place):
        return True
    own = (concern.place_text or "").casefold()
    names = {m.text.casefold() for m in place.mentions} | {
        m.name.casefold() for m in place.mentions if m.name
    }
    return (
        bool(own)
        and place.kreis == concern.kreis
        and any(name in own or own in name for name in names)
    )


def join(ctx: Ctx, concern: Concern, text: str, sep: str) -> None:
    concern.text = f"{concern.text}{sep}{text.strip()}" if concern.text else text.strip()
    ctx.s.add(concern)
    ctx.commit()
