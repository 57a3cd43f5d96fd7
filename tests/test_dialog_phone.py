"""A request to be phoned (new-user trial i, 2026-12-07, finding 8).

"Ich bin 87 und kann nicht gut schreiben. Können Sie mich bitte anrufen? 044 321
54 76" was asked "Wo ist das genau?" and went to the Fachstelle Alter. The bot
cannot phone: it says so and offers to pass the request to the coordination office,
without the place question. Made-up texts."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.dialog import Dialog
from bot.dialog.phone import callback_only
from bot.texts import t
from store.models import Status
from tests.chat import Chat
from tests.conftest import concerns

CALL = "Ich bin 87 und kann nicht gut schreiben. Können Sie mich bitte anrufen? 044 321 54 76"


def test_a_request_to_be_phoned_is_offered_to_the_coordination_office_without_a_place(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say(CALL)
    [reply] = chat.last
    assert reply.text.startswith("Anrufen kann ich leider nicht")
    assert "Wo ist das genau" not in chat.text
    restarted = dialog.resume("telegram", chat.chat_id)  # the same question after a restart
    assert restarted[-1].text == reply.text
    chat.press("Ja, weiterleiten")
    [call] = concerns(engine)
    assert (call.office, call.status) == ("qk_unknown", Status.FORWARDED)


def test_a_request_to_be_phoned_about_a_concern_is_that_concern(
    dialog: Dialog, engine: Engine
) -> None:
    text = "Können Sie mich wegen der Baustelle an der Josefstrasse 12 anrufen? Sie ist sehr laut."
    assert not callback_only(text)
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text == t("de", "phone_no_calls")
    [noise] = concerns(engine)
    assert noise.office != "qk_unknown"


@pytest.mark.parametrize(
    "text",
    [
        CALL,
        "Grüezi. Können Sie mich bitte zurückrufen?",
        "Could you call me back please? My number is 079 123 45 67",
        # trial J: a greeting in the request's sentence made it a concern ("Wo ist das?")
        "Grüezi, können Sie mich zurückrufen? Meine Nummer ist 079 123 45 67",
        "Bonjour, pouvez-vous me rappeler? Mon numéro est 079 123 45 67",
        "Buongiorno, può richiamarmi? Il mio numero è 079 123 45 67",
    ],
)
def test_callback_only(text: str) -> None:
    assert callback_only(text)


def test_a_request_to_be_phoned_right_after_an_emergency_is_not_told_to_follow_the_call(
    dialog: Dialog, engine: Engine
) -> None:
    """New-user trial i: "Ich bin 87, können Sie mich bitte anrufen?" after an
    emergency got "Bitte folgen Sie den Anweisungen am Telefon", as if they were
    on the phone with 144."""
    chat = Chat(dialog)
    chat.say("Der Abfallkübel in der Bäckeranlage ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("da liegt jemand bewusstlos")
    chat.press("Gleicher Ort wie vorher: Bäckeranlage (Quartier Langstrasse, Kreis 4)")
    chat.say("Ich bin 87, können Sie mich bitte anrufen?")
    said = [r.text for r in chat.last]
    assert t("de", "after_emergency") not in said
    assert said[0] == t("de", "phone_emergency")  # 144 or 117 now, if it is about that
    assert said[-1].startswith("Anrufen kann ich leider nicht")  # offered, not filed
    assert [c.status for c in concerns(engine)].count(Status.DRAFT) == 1


def test_a_request_to_be_phoned_while_an_emergency_waits_for_its_place(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("da liegt jemand bewusstlos")
    chat.say("Ich bin 87, können Sie mich bitte anrufen?")
    first, *rest = chat.last
    assert first.text.startswith(t("de", "phone_cannot"))
    assert t("de", "phone_emergency") in first.text
    assert rest[-1].text.startswith("Wo ist das?")  # the place question again


@pytest.mark.parametrize(
    "text", ["Können Sie mich anrufen?", "Chönd Sie mi aalüte?", "Può chiamarmi per favore?"]
)
def test_a_short_request_to_be_phoned_is_not_kept_as_the_start_of_a_concern(
    dialog: Dialog, text: str
) -> None:
    # Trial J: up to 5 words it got "Ich höre zu: Was ist los, und wo?" and waited
    # for more; the number sent next was "zu kurz" and the request reached nobody.
    chat = Chat(dialog)
    chat.say(text)
    assert "Ich höre zu" not in chat.text and "Vi ascolto" not in chat.text
    assert chat.buttons, chat.text  # the offer to pass it on, with its buttons


def test_asked_to_phone_at_the_confirmation_says_it_cannot(dialog: Dialog) -> None:
    # Trial J: "Das kann ich hier leider nicht beantworten; die zuständige Stelle
    # meldet sich bei Ihnen" read like a promise of a call.
    chat = Chat(dialog)
    chat.say("Der Kübel am Idaplatz ist voll")
    chat.say("Können Sie mich anrufen?")
    assert chat.last[0].text == t("de", "phone_no_calls")
    assert "meldet sich bei Ihnen" not in chat.text.split("Können Sie mich anrufen?")[-1]
    assert "Ja, weiterleiten" in [b.label for b in chat.buttons]


@pytest.mark.parametrize(
    "number",
    [
        "044 123 45 67",
        # was "Zu welcher Strasse gehört die Nummer?"
        "Meine Nummer ist 044 123 45 67",
        "Meine Telefonnummer: 044 123 45 67",
    ],
)
def test_the_number_sent_after_the_offer_joins_the_request(
    dialog: Dialog, engine: Engine, number: str
) -> None:
    # Trial J: the offer says the number should be in the message; sent next, it was
    # "Können Sie das etwas genauer beschreiben?" and the request went without it.
    chat = Chat(dialog)
    chat.say("Können Sie mich anrufen?")
    chat.say(number)
    assert chat.last[0].text.startswith("Danke, Ihre Nummer steht jetzt")
    chat.press("Ja, weiterleiten")
    [call] = concerns(engine)
    assert call.text is not None and call.text.endswith(number)
    assert (call.office, call.status) == ("qk_unknown", Status.FORWARDED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pouvez-vous m'appeler?", "fr"),
        ("Può chiamarmi?", "it"),
        ("Mi può chiamare?", "it"),
        ("Call me?", "en"),  # was "zu kurz" (two words, one of three letters or more)
        ("Können Sie mich anrufen?", "de"),
        ("Chönd Sie mi aalüte?", "de"),
    ],
)
def test_a_short_request_to_be_phoned_is_answered_in_its_language(
    dialog: Dialog, text: str, lang: str
) -> None:
    # Trial J, finding 13: "Pouvez-vous m'appeler?" (no word of the French lexicon)
    # was answered in German.
    chat = Chat(dialog)
    chat.say(text)
    assert chat.last[0].text.startswith(t(lang, "phone_cannot")), chat.text


def test_the_matter_sent_after_the_offer_is_what_the_call_is_about(
    dialog: Dialog, engine: Engine
) -> None:
    # Trial j, finding 17: "Der Kübel am Idaplatz ist voll" after the offer was asked
    # "neues Anliegen oder der Ort für ZH-…?"; a place for a call request makes no
    # sense. It is what they want to be called about: the concern, routed by it.
    chat = Chat(dialog)
    chat.say("Können Sie mich anrufen?")
    chat.say("Der Kübel am Idaplatz ist voll")
    assert "neues Anliegen" not in chat.text
    assert chat.last[0].text == t("de", "phone_no_calls")
    chat.press("Ja, weiterleiten")
    [bin_] = concerns(engine)
    assert (bin_.office, bin_.kreis, bin_.status) == ("erz", 3, Status.FORWARDED)
    assert bin_.text == "Können Sie mich anrufen?\nDer Kübel am Idaplatz ist voll"


@pytest.mark.parametrize("text", ["Idaplatz", "Danke", "044 123 45 67"])
def test_a_place_or_a_word_after_the_offer_stays_with_the_request(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say("Können Sie mich anrufen?")
    chat.say(text)
    assert "Quartierkoordination" in chat.last[-1].text and "neues Anliegen" not in chat.text
    [call] = concerns(engine)
    assert call.topic == "quartierleben"


def test_a_request_to_be_phoned_after_an_emergency_goes_to_the_kreis_of_that_place(
    dialog: Dialog, engine: Engine
) -> None:
    # It was offered to "Quartierkoordination (Kreis unbekannt)": the request names
    # no Kreis, the resident's concerns of the last hour are in the Bäckeranlage.
    chat = Chat(dialog)
    chat.say("Der Abfallkübel in der Bäckeranlage ist voll")
    chat.press("Ja, weiterleiten")
    chat.say("da liegt jemand bewusstlos")
    chat.press("Gleicher Ort wie vorher: Bäckeranlage (Quartier Langstrasse, Kreis 4)")
    chat.say("Ich bin 87, können Sie mich bitte anrufen?")
    assert "Kreis unbekannt" not in chat.last[-1].text
    chat.press("Ja, weiterleiten")
    call = concerns(engine)[-1]
    assert (call.office, call.kreis, call.status) == ("qk_kreise_3_4_5", 4, Status.FORWARDED)
