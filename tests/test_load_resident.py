"""The load bench's simulated resident (bench/load/resident.py) ends a
conversation the bot has ended, so no run waits for an answer that never comes."""

from __future__ import annotations

import itertools
import random

from bench.load.resident import QUARTIER, Concern, Done, Press, Say, Wait, react
from bot.dialog.codec import Action, encode
from bot.texts import t


def _message(text: str) -> dict[str, object]:
    return {"message_id": 7, "chat": {"id": 1}, "text": text}


def test_a_question_about_an_earlier_concern_ends_the_conversation() -> None:
    # "Ist der Kübel am Idaplatz jetzt geleert?" after reporting the bin: the bot
    # gives that concern's status and says how to report something new
    # (bot/dialog/followup.py); the resident had waited forever (docs/load.md, round 4).
    status = _message("ZH-2026-000001: weitergeleitet an Entsorgung + Recycling Zürich")
    hint = _message(t("de", "followup_new_hint"))
    step = react([status, hint], Concern("Ist der Kübel jetzt geleert?", 3), random.Random(1))
    assert step == Done(forwarded=False)


def test_an_unfinished_answer_is_waited_for() -> None:
    step = react([_message("Grüezi!")], Concern("Der Kübel ist voll", 3), random.Random(1))
    assert isinstance(step, Wait)


def test_a_question_about_a_service_is_given_its_place() -> None:
    # "Wo kann ich Sondermüll abgeben?" is asked for its place as a question
    # (render.ask_place, "ask_place_question"); the simulated resident waited for
    # 90 s and counted as unfinished (2 of 286 in a --limits run, 2026-12-06).
    step = react(
        [_message(t("de", "ask_place_question"))],
        Concern("Wo kann ich Sondermüll abgeben?", 4),
        random.Random(1),
    )
    assert step == Say(QUARTIER[4])


def test_asked_whether_a_text_belongs_to_the_last_concern_it_is_a_new_one() -> None:
    # "Gehört das zu Ihrem Anliegen ZH-…?" (bot/dialog/addition.py) when the next
    # concern has the topic of the one just forwarded: every unfinished conversation
    # of the round-7 runs waited there (docs/load.md, round 7).
    buttons = [
        [{"text": t("de", "btn_addition_yes"), "callback_data": encode(Action.REPLY_YES, 5)}],
        [{"text": t("de", "btn_reply_no"), "callback_data": encode(Action.REPLY_NO, 5)}],
    ]
    asked = {
        **_message(t("de", "addition_ask", reference="ZH-2026-000005")),
        "reply_markup": {"inline_keyboard": buttons},
    }
    step = react([asked], Concern("Der Kübel ist schon wieder voll", 3), random.Random(1))
    assert step == Press(asked, encode(Action.REPLY_NO, 5))


def test_a_question_the_bot_answers_itself_ends_the_conversation() -> None:
    # "Wann hat das Stadthaus offen?" is answered, not filed (bot/dialog/
    # general_questions.py); 2 of 738 conversations of the lead's run at 500
    # residents (2026-12-07) waited there for a confirmation.
    for key in ("opening_hours", "how_long_it_takes"):
        step = react([_message(t("it", key))], Concern("Quando apre?", 1), random.Random(1))
        assert step == Done(forwarded=False)


def test_a_bot_text_is_recognised_by_its_fixed_parts_in_order() -> None:
    # Template replaced a regex "A.*?B.*?C" that backtracked for hundreds of µs per
    # message (the bench's own CPU was a third of the machine's); it must find
    # exactly what the regex found, placeholders filled with anything.
    import re

    from bench.load.resident import Template
    from bot.texts import TEXTS

    templates = [v for table in TEXTS.values() for v in table.values() if isinstance(v, str)]
    rng = random.Random(3)
    fills = ["ZH-2026-000001", "Idaplatz", "", "{x}", "Kreis 4\n"]

    def fill(template: str) -> str:
        return re.sub(r"\{[a-z_]+\}", lambda _: rng.choice(fills), template)

    messages = [fill(x) for x in rng.sample(templates, 150)]
    messages += [a + "\n\n" + b for a, b in itertools.pairwise(messages)]
    for template in rng.sample(templates, 150):
        parts = re.split(r"\{[a-z_]+\}", template)
        regex = re.compile(".*?".join(re.escape(p) for p in parts), re.DOTALL)
        ours = Template.of(template)
        for text in messages:
            assert ours.search(text) == bool(regex.search(text)), (template, text)
    template = Template.of("Ich habe {ref} an {office} weitergeleitet.")
    assert template.search("Ich habe ZH-1 an ERZ weitergeleitet.")
    assert not template.search("X an ERZ weitergeleitet. Ich habe ZH-1")


def test_a_where_else_to_turn_answer_ends_the_conversation() -> None:
    # "Für ein verletztes Wildtier ist die Wildhut zuständig …" (bot/dialog/elsewhere.py):
    # the concern is not the city's, and the resident had waited until the run ended
    # (2 of ~1,000 conversations per 500-resident run).
    for key in ("elsewhere_hurt_wild", "elsewhere_hurt_pet", "elsewhere_pet", "elsewhere_lost"):
        hedgehog = Concern("Ein Igel ist verletzt", 4)
        step = react([_message(t("de", key))], hedgehog, random.Random(1))
        assert step == Done(forwarded=False), key
