"""Small talk and plain yes/no in short messages (nlp.smalltalk); typed topics: test_typed_topic."""

from __future__ import annotations

import pytest

from bot.texts import TEXTS
from nlp.smalltalk import KINDS, SmallTalk, smalltalk, yes_no

SMALLTALK = [
    # greetings: German, Swiss German, English, French, Italian, variants
    ("Grüezi", "greeting", "de"),
    ("grüezi!", "greeting", "de"),
    ("GRÜEZI", "greeting", "de"),
    ("Gruezi", "greeting", "de"),
    ("Grüezi mitenand", "greeting", "de"),
    ("Grüezi mitenand 😊", "greeting", "de"),
    ("Grüessech", "greeting", "de"),
    ("Hoi zäme", "greeting", "de"),
    ("hoi", "greeting", "de"),
    ("Sali", "greeting", "de"),
    ("Salü zäme", "greeting", "de"),
    ("Hallo", "greeting", "de"),
    ("Hallooo", "greeting", "de"),
    ("hallo zusammen", "greeting", "de"),
    ("Guten Tag", "greeting", "de"),
    ("Guten Morgen!", "greeting", "de"),
    ("Guete Morge", "greeting", "de"),
    ("Sehr geehrte Damen und Herren", "greeting", "de"),
    ("Servus", "greeting", "de"),
    ("Hello", "greeting", "en"),
    ("Hello there", "greeting", "en"),
    ("Good morning", "greeting", "en"),
    ("Bonjour", "greeting", "fr"),
    ("Bonjour madame, monsieur", "greeting", "fr"),
    ("Bonsoir", "greeting", "fr"),
    ("Salut", "greeting", "fr"),
    ("Buongiorno", "greeting", "it"),
    ("Buonasera a tutti", "greeting", "it"),
    ("Ciao a tutti", "greeting", "it"),
    ("Ciao ragazzi!", "greeting", "it"),
    ("Ciao", "greeting", None),
    ("Hi", "greeting", None),
    ("Hey 👋", "greeting", None),
    ("👋", "greeting", None),
    ("Hallo Quartierbot", "greeting", "de"),
    ("Hallo Stadt Zürich", "greeting", "de"),
    ("Hallo!!! 😀😀", "greeting", "de"),
    ("hallo hallo", "greeting", "de"),
    ("Grüezi wohl", "greeting", "de"),
    ("Hallo, wie geht's?", "greeting", "de"),
    ("Hey, what's up?", "greeting", "en"),
    ("Tschau zäme", "greeting", "de"),
    ("Sälü", "greeting", "de"),
    ("How are you?", "greeting", "en"),
    ("Bonjour, comment ça va?", "greeting", "fr"),
    ("Buongiorno, come sta?", "greeting", "it"),
    # thanks
    ("Danke", "thanks", "de"),
    ("Danke!", "thanks", "de"),
    ("Danke vielmal!", "thanks", "de"),
    ("Danke vielmals", "thanks", "de"),
    ("Vielen Dank", "thanks", "de"),
    ("Vielen herzlichen Dank für Ihre Hilfe", "thanks", "de"),
    ("Merci vielmal", "thanks", "de"),
    ("merci viel mal 🙏", "thanks", "de"),
    ("Dankeschön", "thanks", "de"),
    ("Gärn gscheh", "thanks", "de"),
    ("Das ist nett", "thanks", "de"),
    ("Thanks", "thanks", "en"),
    ("Thank you very much", "thanks", "en"),
    ("thx", "thanks", "en"),
    ("Merci beaucoup", "thanks", "fr"),
    ("Merci bien", "thanks", "fr"),
    ("Grazie", "thanks", "it"),
    ("Grazie mille", "thanks", "it"),
    ("Merci", "thanks", None),
    ("🙏", "thanks", None),
    ("Ok danke", "thanks", "de"),
    ("Super, danke!", "thanks", "de"),
    ("Vielen Dank für die schnelle Antwort", "thanks", "de"),
    ("Danke, sehr freundlich", "thanks", "de"),
    ("Perfekt, merci", "thanks", None),
    ("tnx", "thanks", "en"),
    ("Merci vilmal", "thanks", "de"),
    ("Danke viumau", "thanks", "de"),
    ("Cheers", "thanks", "en"),
    ("ok grazie", "thanks", "it"),
    ("Danke für Ihre Arbeit!", "thanks", "de"),
    ("Macht weiter so", "thanks", "de"),
    # bye
    ("Tschüss", "bye", "de"),
    ("Tschau", "bye", "de"),
    ("Ade", "bye", "de"),
    ("Uf Widerluege", "bye", "de"),
    ("Auf Wiedersehen", "bye", "de"),
    ("Schönen Tag noch", "bye", "de"),
    ("Danke und tschüss", "bye", "de"),
    ("Freundliche Grüsse", "bye", "de"),
    ("Goodbye", "bye", "en"),
    ("Have a nice day", "bye", "en"),
    ("Au revoir", "bye", "fr"),
    ("Bonne journée", "bye", "fr"),
    ("Arrivederci", "bye", "it"),
    ("Bye", "bye", None),
    ("Danke, das war's", "bye", "de"),
    ("ok, tschüss", "bye", "de"),
    ("Schöne Tag no", "bye", "de"),  # "no" is "noch" here, not "no"
    ("Merci und en schöne Tag", "bye", "de"),
    ("Gleichfalls", "bye", "de"),
    # question intro
    ("Hallo, ich hätte eine Frage", "question_intro", "de"),
    ("Ich habe eine Frage", "question_intro", "de"),
    ("Grüezi, ich hätte da mal eine Frage", "question_intro", "de"),
    ("I hätt e Frag", "question_intro", "de"),
    ("Kurze Frage", "question_intro", "de"),
    ("Darf ich Ihnen eine Frage stellen?", "question_intro", "de"),
    ("Ich möchte etwas melden", "question_intro", "de"),
    ("Können Sie mir helfen?", "question_intro", "de"),
    ("I have a question", "question_intro", "en"),
    ("Hi, I have a quick question", "question_intro", "en"),
    ("Can you help me?", "question_intro", "en"),
    ("j'ai une question", "question_intro", "fr"),
    ("Bonjour, j'ai une petite question", "question_intro", "fr"),
    ("Ho una domanda", "question_intro", "it"),
    ("Guten Tag, ich habe ein Anliegen", "question_intro", "de"),
    ("Hallo zusammen, ich möchte etwas melden", "question_intro", "de"),
    ("Ich han e Frog", "question_intro", "de"),
    ("Guten Tag, ich hätte gerne eine Auskunft", "question_intro", "de"),
    ("Hallo, ich brauche Hilfe", "question_intro", "de"),
    ("Ich habe zwei Anliegen:", "question_intro", "de"),
    ("Zwei Sachen", "question_intro", "de"),
    ("I have two things", "question_intro", "en"),
    ("J'ai deux choses", "question_intro", "fr"),
    ("Ho due segnalazioni", "question_intro", "it"),
    # how it works
    ("wie funktioniert das?", "how_it_works", "de"),
    ("Wie funktioniert das hier?", "how_it_works", "de"),
    ("Hallo, wie funktioniert dieser Bot?", "how_it_works", "de"),
    ("Was kann ich hier machen?", "how_it_works", "de"),
    ("Was kannst du?", "how_it_works", "de"),
    ("Wofür ist das?", "how_it_works", "de"),
    ("Wie gaht das?", "how_it_works", "de"),
    ("Ich verstehe das nicht", "how_it_works", "de"),
    ("Info", "how_it_works", "de"),
    ("how does this work", "how_it_works", "en"),
    ("How does this work?", "how_it_works", "en"),
    ("What can I do here?", "how_it_works", "en"),
    ("Comment ça marche?", "how_it_works", "fr"),
    ("Come funziona?", "how_it_works", "it"),
    ("Hallo, wie kann ich etwas melden?", "how_it_works", "de"),
    ("Wie kann ich ein Anliegen melden?", "how_it_works", "de"),
    ("Was muss ich tun?", "how_it_works", "de"),
    ("Und jetzt?", "how_it_works", "de"),
    # who are you
    ("wer sind Sie?", "who_are_you", "de"),
    ("Wer bist du?", "who_are_you", "de"),
    ("bist du ein Bot?", "who_are_you", "de"),
    ("Sind Sie ein Mensch?", "who_are_you", "de"),
    ("Bisch du en Bot?", "who_are_you", "de"),
    ("Rede ich mit einem Menschen?", "who_are_you", "de"),
    ("Ist da jemand echt?", "who_are_you", "de"),
    ("who are you", "who_are_you", "en"),
    ("Are you a bot?", "who_are_you", "en"),
    ("Am I talking to a real person?", "who_are_you", "en"),
    ("Qui êtes-vous?", "who_are_you", "fr"),
    ("Chi sei?", "who_are_you", "it"),
    ("Hallo, ist das der Bot der Stadt Zürich?", "who_are_you", "de"),
    ("Wer ist das?", "who_are_you", "de"),
    ("Bisch en Roboter?", "who_are_you", "de"),
    ("Who is this?", "who_are_you", "en"),
    # don't know
    ("weiss nicht", "dont_know", "de"),
    ("Ich weiss es nicht", "dont_know", "de"),
    ("Weiß nicht", "dont_know", "de"),
    ("keine Ahnung", "dont_know", "de"),
    ("kei Ahnig", "dont_know", "de"),
    ("Ich bin nicht sicher", "dont_know", "de"),
    ("🤷", "dont_know", None),
    ("no idea", "dont_know", "en"),
    ("I don't know", "dont_know", "en"),
    ("je ne sais pas", "dont_know", "fr"),
    ("Aucune idée", "dont_know", "fr"),
    ("non lo so", "dont_know", "it"),
    ("Das weiss ich nicht", "dont_know", "de"),
    ("Weiss ich nicht", "dont_know", "de"),
    ("k.A.", "dont_know", "de"),
    ("Kei Ahnig wo", "dont_know", "de"),
    ("Keine Ahnung 🤷\u200d♀️", "dont_know", "de"),
    ("Je ne sais pas trop", "dont_know", "fr"),
    # ok
    ("ok", "ok", None),
    ("OK!", "ok", None),
    ("okay", "ok", None),
    ("Okey", "ok", None),
    ("alles klar", "ok", "de"),
    ("Alles klar!", "ok", "de"),
    ("passt", "ok", "de"),
    ("Verstanden", "ok", "de"),
    ("👍", "ok", None),
    ("👍👍", "ok", None),
    ("Got it", "ok", "en"),
    ("Compris", "ok", "fr"),
    ("Capito", "ok", "it"),
    # test
    ("test", "test", None),
    ("Test", "test", None),
    ("Test 123", "test", None),
    ("hallo?", "test", "de"),
    ("Hallo???", "test", "de"),
    ("Ist da jemand?", "test", "de"),
    ("Hallo, ist da jemand?", "test", "de"),
    ("Isch öpper do?", "test", "de"),
    ("Is anybody there?", "test", "en"),
    ("Il y a quelqu'un?", "test", "fr"),
    ("C'è qualcuno?", "test", "it"),
    ("Grüezi?", "test", "de"),
    ("Hallo?? Ist da wer?", "test", "de"),
    ("Noch da?", "test", "de"),
    # yes and no (the dialog decides what they mean in its state)
    ("Ja", "yes", "de"),
    ("Jo", "yes", "de"),
    ("Ja, danke", "yes", "de"),
    ("Genau", "yes", "de"),
    ("yes", "yes", "en"),
    ("oui", "yes", "fr"),
    ("sì", "yes", "it"),
    ("Nein", "no", "de"),
    ("Nei", "no", "de"),
    ("Nein danke", "no", "de"),
    ("Nope", "no", "en"),
    ("non", "no", "fr"),
    ("no", "no", None),
    # insults
    ("Du bist ein Idiot", "insult", "de"),
    ("So en Seich", "insult", "de"),
    ("Blöde Bot", "insult", "de"),
    ("useless bot", "insult", "en"),
    ("Ta gueule", "insult", "fr"),
    ("Hallo du Idiot", "insult", "de"),
]

# Concerns, also when they open with small talk: never small talk.
CONCERNS = [
    "Hallo, der Kübel am Idaplatz ist voll",
    "Danke, und die Lampe an der Ecke brennt auch nicht",
    "Grüezi, bi eus lärmt de Nachbar",
    "Grüezi mitenand, de Güselchübel isch scho wieder überfüllt",
    "Hoi zäme, d Strassenlampe vor em Huus isch kaputt",
    "Guten Tag, am Idaplatz liegt überall Abfall",
    "Hallo, ich hätte eine Frage zur Abfallentsorgung",
    "Hallo, ich hätte eine Frage: wann wird der Kübel geleert?",
    "Danke! Noch etwas: die Velos versperren das Trottoir",
    "Ja, aber der Ort ist falsch",
    "Nein, es ist an der Zweierstrasse",
    "Ok, und der Spielplatz ist auch kaputt",
    "Merci vielmal, aber der Abfall liegt immer noch da",
    "Test: Lampe kaputt an der Bäckerstrasse",
    "Hello, the bin at Idaplatz is full",
    "Hi, there is a lot of noise every night",
    "Thanks, but the lamp is still broken",
    "Bonjour, la poubelle est pleine",
    "Salut, il y a du bruit toute la nuit",
    "Buongiorno, il cestino è pieno",
    "Ciao, il lampione non funziona",
    "Ciao a tutti, il cestino in Piazza Ida è pieno",
    "Wie funktioniert die Abfallentsorgung im Kreis 4?",
    "Wer ist zuständig für den Spielplatz im Bullingerpark?",
    "Ich weiss nicht, wo ich das melden soll: der Brunnen ist kaputt",
    "Keine Ahnung, wer das war, aber die Wand ist versprayt",
    "Abfall",
    "Lärm",
    "Kübel voll",
    "Idaplatz",
    "Zweierstrasse 12",
    "1",
    "123",  # a house number, maybe
    "12a",
    "",
    "   ",
    "?!",
    "Ich habe eine Frage und eine Meldung: der Kübel ist voll",
    "Guten Morgen, ich habe eine Frage zum Abfall",
    "Ich habe zwei Anliegen: der Kübel ist voll und die Lampe ist kaputt",
    "Hallo, wie kann ich einen kaputten Kandelaber melden?",
    "Danke für die Antwort, aber der Kübel ist immer noch voll",
    "Hallo, ist das der Bot der Stadt Zürich? Der Brunnen am Idaplatz läuft über",
    "Schöne Tag no, und de Chübel isch immer no voll",
    "Tschüss, und bitte leert endlich den Container",
    "Sorry",
    "Aha",  # an acknowledgement, no answer: too short to be anything
    "Und der Spielplatz?",
    "Hallo, bei uns brennt es!",
    "Grüezi, es brennt im Treppenhaus",
    "Hilfe, mein Nachbar ist gestürzt",
]

# A bare cry for help: the answer gives the emergency numbers and asks what it is about.
PLEAS = [
    ("Hilfe!", "de"),
    ("Help!", "en"),
    ("Aiuto!", "it"),
    ("Au secours", "fr"),
    ("Notfall", "de"),
]


@pytest.mark.parametrize(("text", "lang"), PLEAS)
def test_a_bare_cry_for_help_is_a_plea(text: str, lang: str) -> None:
    assert smalltalk(text) == SmallTalk("plea", lang)


@pytest.mark.parametrize(("text", "kind", "lang"), SMALLTALK)
def test_small_talk(text: str, kind: str, lang: str | None) -> None:
    assert smalltalk(text) == SmallTalk(kind, lang)


@pytest.mark.parametrize("text", CONCERNS)
def test_concerns_are_not_small_talk(text: str) -> None:
    assert smalltalk(text) is None


@pytest.mark.parametrize("lang", list(TEXTS))
def test_button_labels_typed_are_understood(lang: str) -> None:
    """Residents type what the buttons say (or Telegram's keyboard sends it)."""
    assert yes_no(TEXTS[lang]["btn_confirm"]) is True
    assert yes_no(TEXTS[lang]["btn_no"]) is False
    talk = smalltalk(TEXTS[lang]["btn_place_unknown"])
    assert talk is not None and talk.kind == "dont_know"
    assert yes_no(TEXTS[lang]["btn_change_topic"]) is None
    assert yes_no(TEXTS[lang]["btn_change_place"]) is None


def test_every_kind_has_a_reply_except_the_answers() -> None:
    for lang, table in TEXTS.items():
        for kind in KINDS:
            if kind in ("yes", "no"):
                continue
            assert f"smalltalk_{kind}" in table, (lang, kind)


YES = [
    "Exakt", "jo passt", "Ja, das ist richtig", "Super, danke!", "Ja, danke, tschüss",
    "Hallo, ja",
    "Ja", "ja", "JA!", "Ja.", "ja gerne", "Ja gern", "jaja", "Ja ja", "jawohl", "jo", "Jaa",
    "stimmt", "Stimmt so", "Das stimmt", "genau", "Ja genau", "passt", "Passt so", "richtig",
    "korrekt", "ok", "okay", "OK 👍", "alles klar", "Ja, danke", "Ja bitte", "Ja, weiterleiten",
    "Ja bitte weiterleiten", "yes", "Yes please", "yep", "yeah", "correct", "sure", "oui",
    "Oui, merci", "d'accord", "exactement", "sì", "si", "Sì, grazie", "certo", "va bene",
    "👍", "✅",
]  # fmt: skip
NO = [
    "Nein danke, tschüss",
    "Nein", "nein!", "nei", "Nei merci", "nö", "nee", "no", "nope", "falsch", "Das ist falsch",
    "stimmt nicht", "Das stimmt nicht", "Nein, stimmt nicht", "passt nicht", "nicht richtig",
    "nein danke", "no thanks", "wrong", "non", "Non merci", "c'est faux", "no grazie",
    "sbagliato", "👎", "❌",
]  # fmt: skip
NEITHER = [
    "Ja, aber der Ort ist falsch",
    "Nein, es ist am Idaplatz",
    "ja nein",
    "Ja und ausserdem ist die Lampe kaputt",
    "Hallo",
    "Danke",
    "vielleicht",
    "weiss nicht",
    "Abfall",
    "Idaplatz",
    "jein",
    "",
    "Der Kübel ist voll",
    "Super, danke, aber der Ort stimmt nicht",
    "Nein, Thema ändern",
]


@pytest.mark.parametrize("text", YES)
def test_plain_yes(text: str) -> None:
    assert yes_no(text) is True


@pytest.mark.parametrize("text", NO)
def test_plain_no(text: str) -> None:
    assert yes_no(text) is False


@pytest.mark.parametrize("text", NEITHER)
def test_neither_yes_nor_no(text: str) -> None:
    assert yes_no(text) is None


def test_no_place_name_is_small_talk(place_names: set[str]) -> None:
    """A place typed as an answer ("Enge", "Bellevue", a street) is never small talk."""
    names = place_names
    assert len(names) > 2500
    assert [n for n in names if smalltalk(n) is not None or yes_no(n) is not None] == []
