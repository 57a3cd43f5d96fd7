"""Which language to answer in: German, English, French or Italian.

Cheap on purpose: short messages are small talk or a few words, where
statistical detectors (langdetect, lingua) guess wildly and Swiss German is
unknown to them. Instead: small talk is recognised phrase by phrase
(`nlp.smalltalk`, which knows "Grüezi", "Merci vielmal", "Bonjour"), and longer
texts are scored by function words that are typical of one language. Words
the languages share ("in", "a", "la", "non", "de") count for none of them.
None means "not clear": keep the language the conversation already has
("Ciao", "Merci" and "ok" are used by Swiss German speakers too).

The app's language (Telegram's `language_code`) only starts a new chat
(`of_a_new_chat`): many in Zürich write English or Italian on a phone set to
German, so once a resident has written, a command (`/start`) or an unclear
message does not turn the conversation to the phone's language (new-user
trial l, finding 10).
"""

from __future__ import annotations

import re
import unicodedata

from bot import call_me, place_phrase, report_language
from bot.texts import LANGUAGES
from nlp.smalltalk import smalltalk

_LETTERS = "a-zäöüàâçéèêëîïôûùœìíòóú"
# Hyphenated names are one word: "Stephan-à-Porta-Weg" is no French.
_WORD = re.compile(rf"[{_LETTERS}]+(?:-[{_LETTERS}]+)*(?:'[{_LETTERS}]+)?|[a-z]+'")


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


_LEXICON: dict[str, frozenset[str]] = {
    "de": _words(
        "der die das den dem des ist sind war waren wird werden ein eine einer einen einem",
        "nicht nichts mehr kein keine keinen bitte mit von für auf an im und oder aber seit",
        "beim bei am",
        "zum zur ich wir sie es hat haben habe hätte gibt schon noch sehr auch immer wieder",
        "wo wer was wie wieso warum weil dass wenn ob hier dort jetzt heute gestern morgen",
        "strasse straße platz ecke kaputt voll seit wochen tagen liegt steht hallo danke",
        "grüezi uns unser unsere mein meine kann könnte sollte muss man einfach",
        # Swiss German
        "isch het hät händ hend nöd nid nit bi bim vo vom eus üs öppis öpper chan cha",
        "chasch wäg wäge uf gsi gseh gaht gäht au scho no mer mir dä dr em ere ä",
        "gärn gern hoi sali salü tschau ade zäme mitenand vil viel mega huere",
        "chübel güsel lärmt i meh näbed dra üsi sit wuche grad nach ine alle nümme nüme läbe",
    ),
    "en": _words(
        "the is are was were there this that it's its my our your we i you he she they",
        "have has been not please can could would should with from for on at of to and or",
        "but near next street broken full since hello hi thanks thank who what where when",
        "why how there's isn't doesn't don't can't it a an been very here today yesterday",
        "every always again some any bin lamp noise no road outside big",
        "want going myself tonight anymore thinking about live life die help",
        # Clearly English words of short reports ("Streetlight broken" was answered
        # in German, U6 check); none a loanword of Swiss German ("Bike", "Parking").
        "streetlight streetlights streetlamp streetlamps light lights stolen damaged",
        "blocked overflowing trash garbage rubbish litter pothole potholes sidewalk",
        "pavement dirty everywhere smell smells loud missing flooded leaking working",
        "dog poop rats tree trees bench benches playground",
    ),
    "fr": _words(
        "le les une des du au aux et est sont je j'ai nous vous il elle ils elles c'est",
        "qu'il qui que mais avec pour dans sur sous chez très depuis rue ça cela ce cette",
        "ces mon ma mes notre nos votre vos pas ne n'est y a bonjour merci beaucoup",
        "poubelle pleine cassé cassée bruit voisin voisins aussi toujours encore",
        "hier aujourd'hui semaines jours où quand comment pourquoi s'il plaît",
        "il y a d'un d'une l'eau qu'on on être avoir fait fonctionne marche devant",
        "derrière maison lampadaire déchets sale trop tous tout nuit jour enfants",
        "voitures garées chien chiens plein été quel quelle ou à plusieurs",
        "numéro veuillez s'il vous plaît leur leurs faut peut",
        # How-to questions ("Comment signaler un incendie?" got German: "un" is Italian too)
        "signaler signalé signalement incendie problème déposer",
        "chaque soir soirs matin nuits musique jusqu'à",
    ),
    "it": _words(
        "il lo gli della dello delle dei degli nel nella nelle sul sulla è sono ho abbiamo",
        "c'è ci molto per con questo questa quello quella che ma anche via strada grazie",
        "buongiorno buonasera mio mia nostro nostra vostro sempre ancora ieri oggi",
        "settimane giorni dove quando come perché rotto rotta pieno piena rumore vicino",
        "vicini cestino quartiere della un una uno di da al alla alle ai funziona",
        "funzionano davanti dietro casa lampione lampioni rifiuti spazzatura sporco",
        "sporca troppo tutti tutto notte giorno bambini macchine parcheggiate",
        "marciapiede cane cani stato senza ora poche parole meglio subito sembra vostra",
        "vostri vostre nostri nostre questi queste qui già più ogni hanno essere fatto",
        "voglio vuole vorrei vivere farla finita aiuto suicidarmi uccidermi ammazzarmi",
        "segnalare segnalo segnalazione incendio problema",
        # Articled prepositions and words of the night, as in "rumore tutte le notti
        # dal bar in Langstrasse 120, non si dorme" (new-user trial p, finding 6: only
        # "rumore" was Italian, against French "le": a tie, answered in German).
        "del dal dalla dallo dai dagli dalle nei negli sui sugli col coi tutte tutta",
        "notti sera sere mattina pomeriggio fino dorme dormire vanno",
        # Who reads it ("Chi legge i miei messaggi?" got the privacy note in German:
        # "i" is Swiss German too, and nothing else was a clear word).
        "chi miei mie legge leggere vede vedere può viene vengono tenete messaggi dati",
    ),
}
# Words in two lexicons count for neither.
_SHARED = frozenset(
    w
    for lang, ws in _LEXICON.items()
    for w in ws
    for other, os in _LEXICON.items()
    if other != lang and w in os
)


# Clear words of another language that are German words too ("ich bin", "da",
# "per Post", "Not"): alone, a message of one of them is no sign of that language.
_GERMAN_TOO = frozenset({"bin", "da", "per", "not", "je"})

_FRENCH_ACCENT = re.compile(r"[éèêçâîôû]")
# "I am at Idaplatz right now": "am" after "I" at a sentence's start is English
# (German "am" made it a tie, and German wins ties: answered in German).
_I_AM = re.compile(r"(?:^|[.!?;]\s*)i\s+am\b")


def _score(text: str) -> tuple[dict[str, int], int]:
    """Clear words per language, and the number of words."""
    lowered = unicodedata.normalize("NFC", text.lower().replace("’", "'"))
    tokens = _WORD.findall(lowered)
    scores = dict.fromkeys(_LEXICON, 0)
    accents = 0
    for token in tokens:
        if token in _SHARED:
            continue
        hits = [lang for lang, lexicon in _LEXICON.items() if token in lexicon]
        for lang in hits:
            scores[lang] += 1
        if not hits and _FRENCH_ACCENT.search(token):
            accents += 1  # "lampadaires éteints", "abîmée"
    i_am = len(_I_AM.findall(lowered.lstrip()))
    scores["de"] -= i_am
    scores["en"] += i_am
    if scores["fr"]:  # accents only add to French words, never make French alone
        scores["fr"] += accents
    return scores, len(tokens)


def detect_language(text: str) -> str | None:
    """'de', 'en', 'fr' or 'it' when the text says so clearly, None when it does not.

    Swiss German is 'de'. German wins ties and needs one clear word; the other
    languages need two clear words and a clear lead (or, in a text of three
    words or more, one clear word and nothing else; or one word, a clear one),
    so a German text with an English or French word in it stays German. With no
    clear word, a request to be phoned says its language (`bot.call_me`).
    """
    talk = smalltalk(text)
    if talk is not None:
        return talk.lang
    # "Pouvez-vous m'appeler?": no clear word, but a request to be phoned in French
    # (new-user trial j, finding 13: answered in German).
    return _by_words(text) or call_me.language_of(text)


def _by_words(text: str) -> str | None:
    """The language the text's clear words name (`detect_language`); None when unclear."""
    scores, n_words = _score(text)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0:
        return None
    if best == "de" or scores["de"] == top:
        return "de"
    if top >= 2 and top > 1.5 * max(second, scores["de"]):
        return best
    if top == 1 and second == 0 and n_words >= 3:
        return best
    if top == 1 and n_words == 1 and _WORD.findall(text.lower())[0] not in _GERMAN_TOO:
        # "pothole", "poubelle": a message of one clear word (new-user trial g,
        # finding 16: "pothole" was answered in German, and the conversation
        # stayed so); a word German shares ("Graffiti", "Sofa") is in no lexicon.
        return best
    return None


# A known resident's message turns the conversation to another language only as a
# sentence: this many clear words of it, or, in a message of SENTENCE_WORDS words or
# more, two (or one, and none of another language).
CLEAR_WORDS = 3
SENTENCE_WORDS = 4
# "my number is 079 123 45 67": a phone number with a few words around it.
_PHONE_NUMBER = re.compile(r"\+?\d(?:[\s/.()-]*\d){8,}")
NUMBER_WORDS = 6


def turns_to(text: str, said: str | None) -> str | None:
    """The language a message turns an established conversation to: `said`
    (`detect_language`) when the message is clearly in it: small talk in it
    ("Bonjour"), a request to be phoned in it, or a sentence of its clear words
    ("please cancel my report", "The bin at Idaplatz is full"); None (the
    conversation keeps its language) for a courtesy word ("Danke", `courtesy`),
    a line that only says where ("bei der Haltestelle Idaplatz", `place_phrase`),
    a phone number with a few words ("my number is 079 …") and a few words that
    lean to a language ("Streetlight broken", "Kübel voll")."""
    if said is None or courtesy(text) or place_phrase.is_place_answer(text):
        return None  # "Vor dem Haus Nr. 12": where, not a language (`place_phrase`)
    if place_phrase.is_place_correction(text):
        return None  # "no, it's at Helvetiaplatz not Idaplatz": the place, corrected
    if smalltalk(text) is not None or _by_words(text) is None:
        return said  # small talk, or a request to be phoned (`call_me`)
    scores, n_words = _score(text)
    if _PHONE_NUMBER.search(text) and n_words <= NUMBER_WORDS:
        return None
    clear, others = scores[said], sum(v for k, v in scores.items() if k != said)
    # "je voudrais annuler ma demande", "Posso mandare una foto?": one clear word will do
    sentence = n_words >= SENTENCE_WORDS and (clear >= 2 or (clear >= 1 and not others))
    return said if clear >= CLEAR_WORDS or sentence else None


# Said in every language in Zürich: "Danke", "Tschüss", "ok", "Ja" from someone
# who writes Italian, "Grazie" from someone who writes German; and the answer to
# the bot's own question "weiss nicht" / "no idea" (closing note, item 3: it
# turned the conversation, "no thanks" did not).
_COURTESY = frozenset({"thanks", "bye", "ok", "yes", "no", "dont_know"})


def courtesy(text: str) -> bool:
    """A thank-you, goodbye, ok, yes, no or don't-know and nothing else: it does not change
    the language a resident is answered in (detect_language still names its
    language, for a reply before the resident is known)."""
    talk = smalltalk(text)
    return talk is not None and talk.kind in _COURTESY


def of_a_new_chat(said: str | None, app_language: str | None, text: str = "") -> str | None:
    """The language a new chat starts in: the one its first message names (`said`,
    `detect_language`), or the shape of its words when it is a short report line
    (`report_language`: "Des sacs poubelles abandonnés au Lindenplatz"), else the
    resident's app language when the bot speaks it ("/start" or "Idaplatz?" from a
    phone set to French: French); None when neither says (German then).
    A known resident keeps the language they have been writing in."""
    if said is not None or (said := report_language.of_a_report(text)) is not None:
        return said
    return app_language if app_language in LANGUAGES else None
