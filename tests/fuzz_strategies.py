"""Hypothesis strategies for tests/test_fuzz_updates.py: Telegram updates as the
Bot API delivers them (JSON), from a few fixed chats, with every kind of
content a client can send or forge.

The chats: three residents with concerns of their own (each with a marker word
and a first name nobody else has), a newcomer, three staff chats, and a group
where residents and staff both write. Texts are drawn from concern sentences
written for this test (not from any evaluation set), small talk, place answers,
commands real and unknown, forged staff commands, references (one's own and
others'), random Unicode with zero-width, bidi and astral characters, empty and
huge texts. Callback data comes from the bot's own codecs, mutated, or random.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from bot.dialog.codec import Action
from bot.dialog.codec import encode as resident_data
from bot.staff.codec import StaffAction
from bot.staff.codec import encode as staff_data

# -- the chats -------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    user_id: int
    first_name: str
    marker: str  # a word only this resident's concern contains ("" for none)


RESIDENTS = (
    Person(5101, "Quirinella", "Zwirbelbank"),
    Person(5102, "Balthasarix", "Knorzlaterne"),
    Person(5103, "Ottokarine", "Flimmerhydrant"),
)
NEWCOMER = Person(5104, "Wendelgard", "")
# erz staff, QK Kreise 3/4/5 coordinator, an admin (may register and remove staff)
STAFF = (Person(900, "Erzbert", ""), Person(902, "Koordelia", ""), Person(904, "Admina", ""))
PEOPLE = (*RESIDENTS, NEWCOMER, *STAFF)
GROUP_ID = -1001234567  # an unregistered group (a staff member may register it)
OLD_GROUP_ID = -4321  # a basic group

# The seeded concerns (tests/test_fuzz_updates.py files them through the dialog):
# resident -> (forwarded concern, draft left at the confirmation).
SEED_TEXTS = {
    5101: (
        "Die Sitzbank Zwirbelbank beim Helvetiaplatz ist "
        "seit Wochen kaputt und niemand repariert sie",
        "Beim Idaplatz steht seit Tagen ein Haufen Sperrmüll auf dem Trottoir herum",
    ),
    5102: (
        "Die Strassenlampe Knorzlaterne an der Josefstrasse 12 "
        "flackert jede Nacht und ist meistens dunkel",
        "An der Josefstrasse 20 liegt viel Abfall neben dem vollen Kübel",
    ),
    5103: (
        "Der Hydrant Flimmerhydrant beim Bullingerplatz tropft seit einer Woche ununterbrochen",
        "Beim Bullingerplatz wuchert die Hecke über den ganzen Gehweg",
    ),
}

# Concern sentences written for this test: long enough never to be small talk,
# a place answer or a correction, no question, no service or undo words.
CONCERNS = (
    "Der Abfallkübel an der Langstrasse 100 ist "
    "seit drei Tagen übervoll und es stinkt fürchterlich",
    "Bei der Haltestelle Wipkingerplatz ist die Strassenbeleuchtung seit einer Woche ausgefallen",
    "Im Park beim Idaplatz liegen überall Glasscherben auf dem Spielplatz und im Sandkasten",
    "Auf dem Trottoir der Badenerstrasse 120 parkieren "
    "jeden Morgen Lieferwagen und versperren den Weg",
    "D Strassälampä bim Röntgenplatz isch scho sit zwei Wuche kaputt und es isch stockdunkel",
    "The bench at Bullingerplatz has been broken for weeks and nobody has repaired it so far",
    "Le trottoir devant la Langstrasse 100 est plein de trous profonds et dangereux pour les vélos",
    "Sul marciapiede della Badenerstrasse 120 ci sono rifiuti ingombranti abbandonati da giorni",
    "Die Hecke beim Schulhaus wächst über den ganzen Gehweg hinaus und man kommt kaum mehr durch",
    "Seit gestern läuft beim Brunnen am Helvetiaplatz "
    "ständig Wasser aus und bildet eine grosse Lache",
)
SMALL_TALK = (
    "Grüezi", "Danke!", "merci vielmal", "Ja", "Nein", "ok", "stimmt", "passt", "weiss nicht",
    "wie funktioniert das?", "wer sind Sie?", "Hilfe", "hello", "Bonjour", "ciao", "1", "Nr. 12",
    "abbrechen", "Wie ist der Stand?", "bitte wieder löschen", "ich meinte Josefstrasse 120",
    "Thema ändern", "Ja, weiterleiten", "Weiss ich nicht", "Verwerfen", "Abfall",
)  # fmt: skip
PLACES = (
    "Idaplatz", "Josefstrasse 12", "Badenerstrasse", "20", "Hausnummer 120", "bei Nr. 5",
    "Kreis 4", "Wipkingen", "Hohlstrasse", "Winterthur", "am Bahnhof Stadelhofen",
    "Ich wohne an der Josefstrasse 12", "bei uns im Quartier", "ah nein, es ist am Idaplatz",
)  # fmt: skip
EMERGENCIES = ("Es brennt an der Josefstrasse 12!", "Hilfe, ein Mann liegt bewusstlos am Boden")

RESIDENT_COMMANDS = ("start", "hilfe", "help", "meine", "status", "loeschen", "löschen", "delete")
STAFF_COMMANDS = (
    "eingang", "zeige", "umleiten", "thema", "kreis", "status", "notiz", "antwort",
    "rueckgaengig", "statistik", "team", "alarme", "teameingang", "digest", "abo",
)  # fmt: skip
UNKNOWN_COMMANDS = ("foo", "admin", "sudo", "settings", "Start", "HILFE", "x" * 40, "zeige2")
STAFF_ARGS = (
    "", "1", "2", "3", "4", "5", "6", "999999", "erz", "gsz", "qk_kreise_3_4_5", "abfall",
    "erledigt", "in_bearbeitung", "abgelehnt", "Kreis 5", "12", "neu 5104 erz staff Mallory",
    "neu 5101 qk_kreise_3_4_5 admin", "alle", "keine", "dringend", "#1", "zh-2026-1",
    "999999999999", "#2147483648 erledigt", "2147483647", "ZH-2026-999999999999",
    "0001-01-01", "2026-02-30", "9999-12-31", "2026-12-06", "99999999999999999999999",
    "neu 5103 erz staff " + "N" * 100, "neu " + "9" * 70 + " erz staff", "weg 900", "weg 5103",
    "neu -1001234567 gsz staff", "erz", "gsz",
)  # fmt: skip

# Lone surrogates: valid in a JSON string ("\\ud800"), not in UTF-8.
SURROGATES = ("\ud800", "\udfff", "\ud83d")
# Characters that trip up text handling: zero-width, bidi controls, BOM,
# non-characters, private use, the last code point, combining marks, NUL,
# astral emoji (two UTF-16 units), a flag, line and paragraph separators.
ODD = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
    "\u2069", "\ufeff", "\ufffe", "\uffff", "\ufdd0", "\ue000", "\U0010ffff", "\u0301", "\u0000",
    "\x7f", *SURROGATES, "\u2028", "\u2029", "\r\n", "\t", "🗑", "👍🏽", "🇨🇭",
    "ẞ", "ß", "ǅ", "İ", "\u00a0",
)  # fmt: skip


def references(year: int = 2026) -> st.SearchStrategy[str]:
    return st.integers(1, 30).map(lambda n: f"ZH-{year}-{n:06d}")


odd_chars = st.sampled_from(ODD)
unicode_text = st.lists(
    st.one_of(st.characters(exclude_categories=("Cs",)), odd_chars),  # not surrogates
    max_size=60,
).map("".join)


@st.composite
def decorated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """A sentence with odd characters inside, whitespace around, or padded huge."""
    text = draw(base)
    how = draw(st.sampled_from(["plain", "odd", "space", "huge", "emoji"]))
    if how == "odd":
        words = text.split(" ")
        i = draw(st.integers(0, len(words) - 1))
        words[i] = words[i] + "".join(draw(st.lists(odd_chars, min_size=1, max_size=3)))
        text = " ".join(words)
    elif how == "space":
        text = draw(st.sampled_from(["  ", "\n", " \t\n "])) + text + "\n\n  "
    elif how == "huge":
        times = draw(st.sampled_from([30, 60, 120]))  # ~2,600 to ~11,000 characters
        text = " ".join([text] * times)
    elif how == "emoji":
        text = text + " " + draw(st.sampled_from(["🗑🗑🗑", "😡", "👍🏽", "🇨🇭"]))
    return text


def concern_text() -> st.SearchStrategy[str]:
    return decorated(st.sampled_from(CONCERNS))


def other_text() -> st.SearchStrategy[str]:
    """Anything else a person types (not a command)."""
    return st.one_of(
        st.sampled_from(SMALL_TALK),
        st.sampled_from(PLACES),
        st.sampled_from(EMERGENCIES),
        unicode_text,
        st.just(""),
        st.sampled_from([" ", "\n", "\u200b", "\u200e\u200f", "...", "??", "🗑", "👍🏽" * 3]),
        st.lists(odd_chars, min_size=1, max_size=20).map("".join),
        st.builds(
            lambda r, w: f"{w} {r}",
            references(),
            st.sampled_from(["Was ist mit", "zurückziehen", "Ich möchte"]),
        ),
        st.builds(
            lambda n, c: c * n,
            st.sampled_from([4096, 4097, 5000]),
            st.sampled_from(["a", "ü", "🗑", "\u200b"]),
        ),
        st.sampled_from([p.marker for p in RESIDENTS] + [p.first_name for p in RESIDENTS]),
    )


@st.composite
def command_text(draw: st.DrawFn) -> str:
    name = draw(
        st.one_of(
            st.sampled_from(RESIDENT_COMMANDS),
            st.sampled_from(STAFF_COMMANDS),
            st.sampled_from(UNKNOWN_COMMANDS),
            st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
        )
    )
    at = draw(st.sampled_from(["", "", "@QuartierBot", "@some_other_bot", "@"]))
    arg = draw(
        st.one_of(
            st.sampled_from(STAFF_ARGS),
            references(),
            st.builds(lambda r, s: f"{r} {s}", references(), st.sampled_from(STAFF_ARGS)),
            unicode_text,
        )
    )
    sep = draw(st.sampled_from([" ", " ", "  ", "\n", "\t", "\u00a0"]))
    return f"/{name}{at}" + (sep + arg if arg else "")


# -- callback data -------------------------------------------------------------

# Mostly the seeded and new concerns, sometimes any id a client could forge.
concern_ids = st.one_of(
    st.integers(1, 12), st.integers(1, 12), st.integers(0, 10**12 - 1), st.just(2**31)
)
_ARGS = st.sampled_from(["yes", "no", "none", "abfall", "erz", "4", "13", "0", "1", "forwarded"])


@st.composite
def resident_callback(draw: st.DrawFn) -> str:
    action = draw(st.sampled_from(list(Action)))
    if action is Action.DELETE:
        return resident_data(action, None, draw(st.sampled_from(["yes", "no"])))
    arg = draw(_ARGS) if action in {Action.TOPIC, Action.KREIS, Action.SAME_PLACE} else None
    if action is Action.SAME_PLACE:
        arg = str(draw(st.integers(1, 12)))
    return resident_data(action, draw(concern_ids), arg)


@st.composite
def staff_callback(draw: st.DrawFn) -> str:
    action = draw(st.sampled_from(list(StaffAction)))
    arg = None
    if action is StaffAction.MOVE:
        arg = draw(st.sampled_from(["erz", "gsz", "qk_kreise_3_4_5", "nope"]))
    elif action is StaffAction.STATUS:
        arg = draw(st.sampled_from(["done", "in_progress", "rejected", "forwarded", "draft"]))
    return staff_data(action, draw(concern_ids), arg)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    data = draw(base)
    how = draw(st.sampled_from(["cut", "insert", "replace", "double", "colons", "case"]))
    i = draw(st.integers(0, len(data)))
    if how == "cut":
        return data[:i]
    if how == "insert":
        return data[:i] + draw(st.one_of(odd_chars, st.sampled_from([":", "-", "١", "¹", "0"])))
    if how == "replace":
        return data[:i] + draw(st.sampled_from(["9" * 13, "-1", "x", ":", "🗑"])) + data[i + 1 :]
    if how == "double":
        return data + ":" + data
    if how == "colons":
        return data.replace(":", "::")
    return data.upper()


def callback_data() -> st.SearchStrategy[str | None]:
    own = st.one_of(resident_callback(), staff_callback())
    return st.one_of(
        own,
        mutated(own),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
        st.builds(lambda n: "ok:" + "1" * n, st.sampled_from([60, 61, 64, 200])),
        st.none(),  # a game button: no data
    )


# -- Telegram JSON ---------------------------------------------------------------


def user(p: Person) -> dict[str, Any]:
    return {"id": p.user_id, "is_bot": False, "first_name": p.first_name, "language_code": "de"}


def private_chat(p: Person) -> dict[str, Any]:
    return {"id": p.user_id, "type": "private", "first_name": p.first_name}


def group_chat(chat_id: int) -> dict[str, Any]:
    kind = "supergroup" if chat_id < -1_000_000_000 else "group"
    return {"id": chat_id, "type": kind, "title": "Quartierverein Ausstellungsstrasse"}


CHANNEL = {"id": -1009999999, "type": "channel", "title": "Quartierblatt"}
FILE = {"file_id": "AgAD-file", "file_unique_id": "u-file"}

CONTENT: dict[str, dict[str, Any]] = {
    "sticker": {
        "sticker": {
            **FILE,
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": "🗑",
        }
    },
    "voice": {"voice": {**FILE, "duration": 3}},
    "audio": {"audio": {**FILE, "duration": 120}},
    "video": {"video": {**FILE, "width": 640, "height": 480, "duration": 5}},
    "video_note": {"video_note": {**FILE, "length": 240, "duration": 5}},
    "animation": {"animation": {**FILE, "width": 10, "height": 10, "duration": 1}},
    "document": {"document": {**FILE, "file_name": "Brief an die Stadt.pdf"}},
    "contact": {"contact": {"phone_number": "+41 44 000 00 00", "first_name": "Hugo"}},
    "dice": {"dice": {"emoji": "🎲", "value": 6}},
    "poll": {
        "poll": {
            "id": "p1",
            "question": "Abfall?",
            "options": [{"persistent_id": "o1", "text": "ja", "voter_count": 0}],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        }
    },
    "venue": {
        "location": {"latitude": 47.3769, "longitude": 8.5417},
        "venue": {
            "location": {"latitude": 47.3769, "longitude": 8.5417},
            "title": "Hauptbahnhof",
            "address": "Bahnhofplatz",
        },
    },
    "new_chat_members": {"new_chat_members": [user(NEWCOMER)]},
    "left_chat_member": {"left_chat_member": user(NEWCOMER)},
    "new_chat_title": {"new_chat_title": "Neuer Titel"},
    "migrate": {"migrate_to_chat_id": -1007777777},
}

coordinates = st.one_of(
    st.tuples(st.floats(47.32, 47.43), st.floats(8.45, 8.62)),  # the city
    st.tuples(st.floats(-90, 90), st.floats(-180, 180)),
    st.sampled_from([(0.0, 0.0), (90.0, 180.0), (-90.0, -180.0), (47.5, 8.72)]),
)


@st.composite
def message_content(draw: st.DrawFn) -> tuple[dict[str, Any], bool]:
    """A message's content, and whether it is a concern sentence (text or caption)."""
    kind = draw(
        st.sampled_from(
            ["text"] * 8 + ["concern"] * 6 + ["command"] * 5 + ["photo"] * 3 + ["location"] * 2
            + sorted(CONTENT)
        )
    )  # fmt: skip
    if kind == "text":
        return {"text": draw(other_text())}, False
    if kind == "concern":
        return {"text": draw(concern_text())}, True
    if kind == "command":
        body = draw(command_text())
        command = body.split()[0] if body.split() else body
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        return {"text": body, "entities": [entity]}, False
    if kind == "photo":
        sizes = [
            {**FILE, "width": 90, "height": 90},
            {"file_id": "AgAD-big", "file_unique_id": "u-big", "width": 1280, "height": 960},
        ]
        concern = draw(st.booleans())
        caption = draw(concern_text() if concern else st.one_of(st.none(), other_text()))
        return {"photo": sizes, **({"caption": caption} if caption is not None else {})}, concern
    if kind == "location":
        lat, lon = draw(coordinates)
        return {"location": {"latitude": lat, "longitude": lon}}, False
    return dict(CONTENT[kind]), False


def _message(
    chat: dict[str, Any], sender: Person | None, content: dict[str, Any], message_id: int
) -> dict[str, Any]:
    msg: dict[str, Any] = {"message_id": message_id, "date": 1796000000, "chat": chat, **content}
    if sender is not None:
        msg["from"] = user(sender)
    return msg


@dataclass(frozen=True)
class Sent:
    """One update: its JSON and who sent it from which chat (for the checks)."""

    payload: dict[str, Any]
    chat_id: int | None  # the chat the bot would answer, None when there is none
    person: Person | None
    text: str | None  # what the person typed (text, caption, command), if anything
    concern_like: bool  # a concern sentence typed (text or caption)


def _wrap(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {kind: body}


@st.composite
def update(draw: st.DrawFn) -> Sent:
    """One update of any kind (without update_id; the test numbers them)."""
    person = draw(st.sampled_from([*RESIDENTS, *RESIDENTS, *RESIDENTS, NEWCOMER, *STAFF]))
    where = draw(st.sampled_from(["private"] * 9 + ["group"]))
    group = group_chat(draw(st.sampled_from([GROUP_ID, OLD_GROUP_ID])))
    chat = private_chat(person) if where == "private" else group
    mid = draw(st.integers(1, 10**6))
    kind = draw(
        st.sampled_from(
            ["message"] * 20 + ["callback_query"] * 6
            + ["edited_message", "channel_post", "edited_channel_post", "my_chat_member",
               "chat_member", "inline_query", "poll_answer", "chat_join_request", "no_from",
               "inline_callback"]
        )
    )  # fmt: skip
    if kind in {"message", "edited_message", "no_from"}:
        content, concern_like = draw(message_content())
        msg = _message(chat, None if kind == "no_from" else person, content, mid)
        if kind == "edited_message":
            msg["edit_date"] = 1796000100
        text = content.get("text", content.get("caption"))
        return Sent(
            _wrap("message" if kind == "no_from" else kind, msg),
            chat["id"],
            person,
            text,
            concern_like and kind == "message",
        )
    if kind in {"callback_query", "inline_callback"}:
        data = draw(callback_data())
        shown = _message(chat, None, {"text": "Stimmt das so?"}, mid)
        shown["from"] = {"id": 777000, "is_bot": True, "first_name": "Quartierbot"}
        if draw(st.booleans()) and kind == "callback_query":
            shown = {"message_id": mid, "date": 0, "chat": chat}  # an inaccessible message
        query: dict[str, Any] = {"id": f"q{mid}", "from": user(person), "chat_instance": "ci"}
        if kind == "callback_query":
            query["message"] = shown
        else:
            query["inline_message_id"] = "inline-1"
        if data is not None:
            query["data"] = data
        else:
            query["game_short_name"] = "quiz"
        target = chat["id"] if kind == "callback_query" else person.user_id
        return Sent(_wrap("callback_query", query), target, person, None, False)
    if kind in {"channel_post", "edited_channel_post"}:
        content, _ = draw(message_content())
        post = {"message_id": mid, "date": 1796000000, "chat": CHANNEL, **content}
        post["sender_chat"] = CHANNEL
        return Sent(_wrap(kind, post), None, None, None, False)
    if kind in {"my_chat_member", "chat_member"}:
        change = {
            "chat": chat,
            "from": user(person),
            "date": 1796000000,
            "old_chat_member": {"status": "member", "user": user(person)},
            "new_chat_member": {"status": "kicked", "user": user(person), "until_date": 0},
        }
        return Sent(_wrap(kind, change), None, person, None, False)
    if kind == "inline_query":
        query = {"id": f"iq{mid}", "from": user(person), "query": draw(unicode_text), "offset": ""}
        return Sent(_wrap(kind, query), None, person, None, False)
    if kind == "poll_answer":
        answer = {
            "poll_id": "p1",
            "user": user(person),
            "option_ids": [0],
            "option_persistent_ids": ["o1"],
        }
        return Sent(_wrap(kind, answer), None, person, None, False)
    request = {"chat": chat, "from": user(person), "user_chat_id": person.user_id, "date": 0}
    return Sent(_wrap("chat_join_request", request), None, person, None, False)
