"""The dialog, path by path, on a real store and the real classifier."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.dialog import Dialog, DialogFailure, Incoming
from bot.settings import Settings
from nlp.classifier import ConcernClassifier
from store import repository as repo
from store.db import session_scope
from store.models import Conversation, RoutingEvent, Status
from tests.chat import Chat
from tests.conftest import concerns


def test_start_explains_privacy(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("/start")
    assert "speichere" in chat.text and "/loeschen" in chat.text and "24 Monate" in chat.text
    assert "117" in chat.text
    assert "ß" not in chat.text


def test_help(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("/hilfe")
    assert "/meine" in chat.text and "/loeschen" in chat.text


def test_concern_with_place_is_confirmed_and_forwarded(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert "Abfall und Sauberkeit" in chat.text
    assert "Kreis 4" in chat.text
    assert "Entsorgung + Recycling Zürich" in chat.text
    assert [b.label for b in chat.buttons] == ["Ja, weiterleiten", "Thema ändern", "Ort ändern"]
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert c.status == Status.FORWARDED and c.office == "erz" and c.kreis == 4
    assert c.reference is not None and c.reference in chat.text
    assert chat.last[0].edit  # the confirmation message is replaced


def test_missing_place_is_asked_once_then_location(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    assert "Wo ist das genau?" in chat.text
    assert chat.last[-1].request_location
    chat.location(47.4114, 8.5441)  # Oerlikon
    assert "Kreis 11" in chat.text and "Elektrizitätswerk" in chat.text
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert (c.kreis, c.office, c.lat) == (11, "ewz", 47.4114)


def test_place_not_understood_routes_by_topic_alone(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    chat.say("hinter dem grossen Baum")
    assert "Diesen Ort kenne ich leider nicht" in chat.text  # asked once more, differently
    chat.say("bei der Bank")
    assert "nicht erkannt" in chat.text and "bei der Bank (Kreis unklar)" in chat.text
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert c.kreis is None and c.office == "ewz" and c.place_text == "bei der Bank"


def test_place_unknown_button(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Wir möchten ein Strassenfest organisieren, wer hilft uns?")
    chat.press("Weiss ich nicht")
    assert "Ort unbekannt" in chat.text
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert c.kreis is None
    assert c.office == "qk_unknown"  # coordination needed, no Kreis known


def test_street_across_kreise_asks_for_number(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Grosses Schlagloch an der Badenerstrasse")
    assert "Badenerstrasse" in chat.text and "Hausnummer" in chat.text
    chat.say("333")
    assert "Kreis 3" in chat.text
    chat.press("Ja, weiterleiten")
    assert concerns(engine)[0].kreis == 3


def test_street_across_kreise_narrowed_by_landmark(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("Schlagloch an der Badenerstrasse")
    chat.say("beim Lochergut")
    assert "Kreis 4" in chat.text


def test_outside_the_city(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Laterne bei der Post in Dübendorf ist kaputt")
    assert "ausserhalb der Stadt Zürich" in chat.text and "Dübendorf" in chat.text
    assert chat.buttons == []
    [c] = concerns(engine)
    assert c.status == Status.OUTSIDE_CITY and c.outside_city


def test_change_topic_offers_choices(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Beim Idaplatz ist es nachts sehr laut")
    chat.press("Thema ändern")
    labels = [b.label for b in chat.buttons]
    assert len(labels) == 18 and "Lärm, Luft und Schädlinge" in labels
    chat.press("Lärm, Luft und Schädlinge")
    assert "Umwelt- und Gesundheitsschutz" in chat.text
    chat.press("Ja, weiterleiten")
    [c] = concerns(engine)
    assert (c.topic, c.office) == ("umwelt", "ugz")
    with session_scope(engine) as s:
        kinds = [
            e.kind for e in s.exec(select(RoutingEvent).where(RoutingEvent.concern_id == c.id))
        ]
    assert kinds[0] == "classifier" and "resident" in kinds and kinds[-1] == "status"


def test_change_place_offers_kreise(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press("Ort ändern")
    assert "Kreis 9" in [b.label for b in chat.buttons]
    chat.press("Kreis 9")
    assert "Kreis 9" in chat.text
    chat.press("Ja, weiterleiten")
    assert concerns(engine)[0].kreis == 9


def test_place_typed_after_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    chat.press("Weiss ich nicht")
    chat.say("Idaplatz")  # the missing place, taken without asking (2026-12-07)
    assert "Kreis 3" in chat.text
    assert len(concerns(engine)) == 1


def test_urgent_gets_emergency_numbers_first_and_is_stored(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    replies = chat.say("Es brennt im Hinterhof an der Josefstrasse 12, Rauch überall!")
    assert "117" in replies[0].text and "118" in replies[0].text and "144" in replies[0].text
    [c] = concerns(engine)
    assert c.urgent and c.text is not None


@pytest.mark.parametrize("text", ["", "   ", "😀😀😀", "?!"])
def test_empty_or_emoji_only_asks_for_the_concern(
    dialog: Dialog, engine: Engine, text: str
) -> None:
    chat = Chat(dialog)
    chat.say(text)
    assert "Was ist Ihr Anliegen?" in chat.text
    assert concerns(engine) == []


def test_voice_sticker_file_get_a_friendly_answer(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.unsupported()
    assert "als Text" in chat.text


def test_very_long_text_is_cut_politely(dialog: Dialog, engine: Engine, settings: Settings) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist voll. " * 20)
    assert str(settings.max_text_length) in chat.text
    [c] = concerns(engine)
    assert len(c.text or "") == settings.max_text_length


def test_photo_with_caption_is_a_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.photo("file-1", "Sperrmüll auf dem Trottoir an der Josefstrasse 12")
    [c] = concerns(engine)
    assert c.photos == ["file-1"] and "Sperrmüll" in (c.text or "")


def test_photo_without_caption_waits_for_text(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.photo("file-2")
    assert "Foto" in chat.text and concerns(engine) == []
    chat.say("Sperrmüll auf dem Trottoir an der Josefstrasse 12")
    [c] = concerns(engine)
    assert c.photos == ["file-2"]


def test_rate_limit_keeps_the_text(dialog: Dialog, engine: Engine, settings: Settings) -> None:
    chat = Chat(dialog)
    for i in range(settings.rate_limit_per_hour):
        chat.say(f"Abfallkübel Nummer {i} am Idaplatz ist voll")
        chat.press("Ja, weiterleiten")
    chat.say("Noch ein voller Kübel am Idaplatz")
    assert "letzten Stunde" in chat.text
    rows = concerns(engine)
    assert len(rows) == settings.rate_limit_per_hour + 1
    assert (
        rows[-1].status == Status.RATE_LIMITED
        and rows[-1].text == "Noch ein voller Kübel am Idaplatz"
    )


def test_several_concerns_one_after_another(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press("Ja, weiterleiten")
    chat.say("Die Strassenlampe an der Josefstrasse 12 flackert")
    chat.press("Ja, weiterleiten")
    rows = concerns(engine)
    assert [r.topic for r in rows] == ["abfall", "beleuchtung"]
    assert all(r.status == Status.FORWARDED for r in rows)


def test_new_concern_while_confirming_comes_back_to_the_first(
    dialog: Dialog, engine: Engine
) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.say("Und die Strassenlampe an der Josefstrasse 12 flackert schon wieder")
    assert "nehme ich danach wieder auf" in chat.text
    rows = concerns(engine)
    assert [r.status for r in rows] == [Status.DRAFT, Status.DRAFT]
    chat.say("Ja")  # the lamp
    assert "nächsten Anliegen" in chat.text and "Abfallkübel" in chat.text
    chat.say("Ja")  # the bin
    assert [r.status for r in concerns(engine)] == [Status.FORWARDED, Status.FORWARDED]


def test_mine_lists_concerns_with_status(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("/meine")
    assert "keine Anliegen gespeichert" in chat.text
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    chat.press("Ja, weiterleiten")
    chat.say("/meine")
    assert "ZH-" in chat.text and "weitergeleitet" in chat.text


def test_delete_after_confirmation(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll, ich wohne an der Josefstrasse 12")
    chat.press("Ja, weiterleiten")
    chat.say("/loeschen")
    chat.press("Nein")
    assert "nichts" in chat.text
    assert concerns(engine)[0].text is not None
    chat.say("/loeschen")
    chat.press("Ja, löschen")
    assert "gelöscht" in chat.text
    [c] = concerns(engine)
    assert c.text is None and c.resident_id is None and c.topic == "abfall"
    with session_scope(engine) as s:
        assert repo.find_resident(s, channel="telegram", chat_id="100") is None
        assert s.exec(select(Conversation)).first() is None


def test_english_gets_english(dialog: Dialog) -> None:
    chat = Chat(dialog)
    chat.say("The street light near my house at Idaplatz is broken since Monday")
    assert "I understood" in chat.text and "Street lighting" in chat.text
    assert chat.buttons[0].label == "Yes, pass it on"
    chat.press("Yes, pass it on")
    assert "Thank you" in chat.text


def test_stale_button_does_not_change_a_forwarded_concern(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    old = list(chat.buttons)
    chat.press("Ja, weiterleiten")
    chat.buttons = old
    chat.press("Thema ändern")
    assert concerns(engine)[0].topic == "abfall"


def test_same_update_twice_is_one_concern(dialog: Dialog, engine: Engine) -> None:
    msg = Incoming(
        "telegram", "5", "text", user_id="5", text="Kübel voll am Idaplatz", update_id=77
    )
    first = dialog.handle(msg)
    second = dialog.handle(msg)
    assert first and second == []
    assert len(concerns(engine)) == 1


def test_restart_resumes_the_conversation(
    engine: Engine, classifier: ConcernClassifier, settings: Settings
) -> None:
    chat = Chat(Dialog(engine=engine, classifier=classifier, settings=settings))
    chat.say("Die Strassenlampe flackert seit Tagen")
    # A new process: nothing in memory but the store.
    chat.dialog = Dialog(engine=engine, classifier=classifier, settings=settings)
    chat.say("Josefstrasse 12")
    assert "Kreis 5" in chat.text
    chat.press("Ja, weiterleiten")
    assert concerns(engine)[0].status == Status.FORWARDED


def test_text_is_stored_even_when_classification_fails(
    engine: Engine,
    classifier: ConcernClassifier,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = Dialog(engine=engine, classifier=classifier, settings=settings)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("model exploded")

    monkeypatch.setattr(classifier, "classify", broken)
    with pytest.raises(DialogFailure) as failure:
        Chat(dialog).say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert failure.value.stored and isinstance(failure.value.__cause__, RuntimeError)
    [c] = concerns(engine)
    assert c.text == "Der Abfallkübel am Helvetiaplatz ist übervoll" and c.status == Status.DRAFT


def test_dont_know_typed_from_the_reply_keyboard(dialog: Dialog, engine: Engine) -> None:
    chat = Chat(dialog)
    chat.say("Die Strassenlampe flackert seit Tagen")
    chat.say("Weiss ich nicht")
    assert "nicht erkannt" not in chat.text and "Ort unbekannt" in chat.text
    assert concerns(engine)[0].place_text is None


def test_failure_before_storing_says_so_and_still_gives_emergency_numbers(
    dialog: Dialog, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database down")

    monkeypatch.setattr(repo, "arrive", down)  # the first store step
    with pytest.raises(DialogFailure) as failure:
        Chat(dialog).say("There is a fire in the stairwell right now, smoke everywhere!")
    assert not failure.value.stored and failure.value.lang == "en"
    [first] = failure.value.replies
    assert "118" in first.text and first.lang == "en"
    with pytest.raises(DialogFailure) as failure:
        Chat(dialog).say("Der Abfallkübel am Helvetiaplatz ist übervoll")
    assert not failure.value.stored and failure.value.replies == []
    assert concerns(engine) == []
