"""The questions and confirmations the bot shows, built in one place."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.dialog import home_place, spelling
from bot.dialog.codec import Action, encode
from bot.dialog.context import Ctx
from bot.dialog.model import Button, Reply, State
from bot.texts import TOPIC_NAMES, t
from nlp.places import with_article
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def concern_topic(d: Dialog, lang: str, concern: Concern) -> str:
    """What a concern is about, for its resident: "Notfall" for an emergency the
    coordination office takes (a fire has no topic worth naming), else its topic."""
    if concern.urgent and d.routing.coordinates(concern.emergency, concern.topic):
        return t(lang, "emergency_topic")
    return topic_name(d, lang, concern.topic)


def topic_name(d: Dialog, lang: str, code: str | None) -> str:
    if code is None:
        return "?"
    names = TOPIC_NAMES.get(lang)
    if names and code in names:
        return names[code]
    topic = d.routing.topics.get(code)
    return topic.name if topic else code


# A street, square or park by its name ("Idaplatz", "Bäckeranlage", "Limmatquai",
# "Piazza Ida").
NAMED = re.compile(
    r"\w(?:strasse|gasse|weg|platz|quai|allee|anlage|park|brücke|steig|steg|graben|rain)\b"
    r"|\bpiazza\s+\w",
    re.IGNORECASE,
)
# A Kreis given as the place ("Kreis 4", "im Kreis 4", "district 4"): the area says it.
KREIS_ONLY = re.compile(
    r"^\W*(?:(?:im|in|in\s+the|dans\s+le|nel)\s+)?(?:kreis|district|arrondissement|circolo)"
    r"\s*\d{1,2}\W*$",
    re.IGNORECASE,
)


def place_name(lang: str, concern: Concern, d: Dialog | None = None) -> str:
    """Where the concern is, for its resident. With `d`, a place the gazetteer
    knows is shown by its name ("IDAPLATZ", "bim idaplatz": "Idaplatz"), with what
    the resident wrote around it ("Haltestelle Schaffhauserplatz, stadtauswärts")."""
    given = concern.place_text  # in Swiss spelling (repo.apply_routing)
    known = spelling.shown(given, d.place(given)) if given and d is not None else None
    given = known or given
    if concern.kreis is None and given:
        return t(lang, "place_text_only", place=given)
    if concern.kreis is None:
        return t(lang, "place_unknown")
    if concern.quartier:
        area = t(lang, "place_quartier", quartier=concern.quartier, kreis=concern.kreis)
    else:
        area = t(lang, "place_kreis", kreis=concern.kreis)
    if given and KREIS_ONLY.match(given):
        return area  # "Kreis 4" typed: not "Kreis 4 (Kreis 4)"
    if given and len(given) <= 40 and (any(ch.isdigit() for ch in given) or NAMED.search(given)):
        # The address or named place the resident gave ("Idaplatz", "Kreuzung
        # Badenerstrasse / Hardstrasse"), so it shows it was taken.
        return f"{given} ({area})"
    if given and (known or LANDMARK.match(given)) and not _same_area(given, concern.quartier):
        # "Schmiede Wiedikon", "Bellevue", "Stauffacher tram stop": the landmark, or
        # a new one in the same Quartier would read like the place before, unchanged.
        return f"{given} ({area})"
    return area


# A name as written, each word capitalised ("Schmiede Wiedikon", "Bahnhof Enge", "HB").
LANDMARK = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}$")


def _same_area(given: str, quartier: str | None) -> bool:
    """'Wiedikon' in Alt-Wiedikon, 'Seefeld' in Seefeld: the area's own name."""
    name = re.sub(r"^(?:quartier|kreis)\s+", "", given.strip(), flags=re.IGNORECASE).casefold()
    area = (quartier or "").casefold()
    return bool(area) and (name in area or area in name)


def office_name(d: Dialog, code: str | None) -> str:
    office = d.routing.offices.get(code or "")
    return office.name if office else (code or "?")


def the_street(lang: str, street: str) -> str:
    """'Die Badenerstrasse', 'Der Hegibachplatz' in German; the name elsewhere."""
    if lang != "de":
        return street
    phrase = with_article(street)
    return phrase[:1].upper() + phrase[1:]


def ask_place(
    ctx: Ctx,
    concern: Concern,
    previous: Concern | None = None,
    *,
    again: bool = False,
    conflict: list[str] | None = None,
) -> Reply:
    """Ask where; a concern split off an earlier one may take that one's place.
    `again`: the answer was no place the bot knows; ask once more, differently.
    `conflict`: the places the text named, which lie in different Kreise."""
    rows = [[Button(t(ctx.lang, "btn_place_unknown"), encode(Action.KREIS, concern.id, "none"))]]
    if previous is not None and previous.kreis is not None:
        label = t(ctx.lang, "btn_same_place", place=place_name(ctx.lang, previous))
        rows.insert(0, [Button(label, encode(Action.SAME_PLACE, concern.id, str(previous.id)))])
    # Telegram's location keyboard sends a button's label back as text: remember them.
    labels = {b.label: b.data for row in rows for b in row}
    ctx.save(
        State.AWAIT_PLACE,
        concern_id=concern.id,
        labels=labels,
        retried=again or None,
        previous_id=previous.id if previous is not None and previous.kreis is not None else None,
    )
    if conflict:
        named = " / ".join(dict.fromkeys(conflict))
        return Reply(t(ctx.lang, "ask_place_conflict", places=named), rows, request_location=True)
    key = "ask_place_again" if again else ("urgent_ask_place" if concern.urgent else "ask_place")
    if key == "ask_place" and is_question(concern.text or ""):
        key = "ask_place_question"  # "Wo kann ich Sondermüll abgeben?": where it is asked for
    key = home_place.key(concern, key)  # "ich kann die Miete nicht zahlen": where they live
    return Reply(t(ctx.lang, key), rows, request_location=True)


# A question about a service: one short sentence that starts with a question
# word and ends with "?" ("Wann wird bei uns das Altpapier abgeholt?", "Hilfe,
# wie melde ich Sperrmüll an?"). The office answers it; the place may not matter.
QUESTION_WORDS = 20
QUESTION_START = re.compile(
    r"^\W*(?:(?:hilfe|hallo|grüezi|hoi|guten\s+tag|hello|hi|bonjour|ciao|buongiorno)\W+)?"
    r"(?:wann|bis\s+wann|wie|wo|wohin|was|welche[rsmn]?|kann\s+man|kann\s+ich|darf\s+ich|gibt\s+es|"
    r"when|how|where|what|which|can\s+i|is\s+there|quand|comment|où|quel(?:le)?s?|est-ce\s+que|"
    r"puis-je|quando|come|dove|quale|posso|c['’]è)\b",
    re.IGNORECASE,
)


def is_question(text: str) -> bool:
    text = text.strip()
    return (
        text.endswith("?")
        and len(text.split()) <= QUESTION_WORDS
        and QUESTION_START.match(text) is not None
        and re.search(r"[.!?;–]\s", text) is None  # one sentence, no report before it
    )


# What the house-number question keeps while it waits: the street, its Kreise and the
# number given; "Neues Anliegen oder Ort?" asked there carries them back.
DETAIL_KEYS = ("street", "candidates", "number")


def ask_detail(
    ctx: Ctx,
    concern: Concern,
    street: str,
    candidates: list[int],
    said: str = "",
    number: str | None = None,
) -> Reply:
    """Ask for a house number, or, when the resident gave one that lies where
    Kreise meet, for something nearby: never the same question twice (also not
    after a restart: new-user trial i, finding 11, the number was asked for again)."""
    number = number or house_number(said, street)
    kept = {"number": number} if number else {}
    ctx.save(
        State.AWAIT_PLACE_DETAIL,
        concern_id=concern.id,
        street=street,
        candidates=candidates,
        **kept,
    )
    key = "ask_place_nearby" if number else "ask_place_detail"
    text = t(
        ctx.lang,
        key,
        the_street=the_street(ctx.lang, street),
        number=number or "",
        kreise=", ".join(map(str, candidates)),
    )
    return Reply(text, request_location=True)


def house_number(text: str, street: str) -> str | None:
    """The house number written right after `street` in `text`, if any."""
    if not street:
        return None
    stem = re.escape(street.casefold()[: max(4, len(street) - 6)])
    m = re.search(stem + r"\w*\.?\s*(\d{1,4}\s?[a-z]?)\b", text.casefold())
    return m.group(1).replace(" ", "") if m else None


def confirm(d: Dialog, ctx: Ctx, concern: Concern, lead: str | None = None) -> Reply:
    """Ask the resident to confirm; below the confidence threshold, offer the
    likeliest topics instead of asserting one. `lead`: a shorter question instead."""
    if (concern.confidence or 0.0) < d.settings.low_confidence:
        return choose_likely_topic(d, ctx, concern)
    from bot.dialog import phone  # it renders through this module

    lead = lead or phone.lead(concern)  # "Anrufen kann ich leider nicht …", after a restart too
    ctx.save(State.AWAIT_CONFIRM, concern_id=concern.id)
    cid = concern.id
    return Reply(
        t(
            ctx.lang,
            lead or ("confirm_triage" if _via_coordination(d, concern) else "confirm"),
            reference=concern.reference,
            topic=topic_name(d, ctx.lang, concern.topic),
            place=place_name(ctx.lang, concern, d),
            office=office_name(d, concern.office),
        ),
        [
            [Button(t(ctx.lang, "btn_confirm"), encode(Action.CONFIRM, cid))],
            [
                Button(t(ctx.lang, "btn_change_topic"), encode(Action.CHANGE_TOPIC, cid)),
                Button(t(ctx.lang, "btn_change_place"), encode(Action.CHANGE_PLACE, cid)),
            ],
        ],
    )


def _via_coordination(d: Dialog, concern: Concern) -> bool:
    """The topic has an office of its own, but the classifier was not sure enough
    of it (routing's min_confidence): the coordination office has the concern.
    "Grünflächen … Ich leite es an Quartierkoordination Kreise 3, 4, 5 weiter"
    left residents wondering why not Grün Stadt Zürich (trial g, finding 17)."""
    topic = d.routing.topics.get(concern.topic or "")
    return (
        topic is not None
        and topic.office is not None
        and concern.office != topic.office
        and concern.office == d.routing.coordination_office(concern.kreis)
    )


def choose_likely_topic(d: Dialog, ctx: Ctx, concern: Concern) -> Reply:
    ctx.save(State.CHOOSE_TOPIC, concern_id=concern.id)
    alternatives = d.clf.classify(concern.text or "").alternatives if concern.text else []
    likely = [concern.topic, *(code for code, _ in alternatives)]
    codes = [c for i, c in enumerate(likely) if c and c in d.routing.topics and c not in likely[:i]]
    rows = [
        [Button(topic_name(d, ctx.lang, c), encode(Action.TOPIC, concern.id, c))] for c in codes[:3]
    ]
    rows.append([Button(t(ctx.lang, "btn_other_topic"), encode(Action.CHANGE_TOPIC, concern.id))])
    return Reply(t(ctx.lang, "choose_topic_likely", place=place_name(ctx.lang, concern, d)), rows)


def all_topics(d: Dialog, ctx: Ctx, concern: Concern) -> Reply:
    ctx.save(State.CHOOSE_TOPIC, concern_id=concern.id, all_topics=True)
    codes = list(d.routing.topics)
    rows = [
        [
            Button(topic_name(d, ctx.lang, c), encode(Action.TOPIC, concern.id, c))
            for c in codes[i : i + 2]
        ]
        for i in range(0, len(codes), 2)
    ]
    return Reply(t(ctx.lang, "choose_topic"), rows, edit=True)


def kreise(ctx: Ctx, concern: Concern, *, unknown: bool = False) -> Reply:
    """ "Ort ändern": the Kreise to choose from, or a place to write. `unknown`:
    the place written was none the bot knows; it says so, and asks once more."""
    ctx.save(State.AWAIT_PLACE, concern_id=concern.id, change=True, retried=unknown or None)
    rows = [
        [Button(f"Kreis {k}", encode(Action.KREIS, concern.id, str(k))) for k in range(i, i + 4)]
        for i in (1, 5, 9)
    ]
    rows.append(
        [Button(t(ctx.lang, "btn_place_unknown"), encode(Action.KREIS, concern.id, "none"))]
    )
    key = "choose_place_unknown" if unknown else "choose_place"
    return Reply(t(ctx.lang, key), rows, edit=True)


def not_right(ctx: Ctx, concern: Concern) -> Reply:
    ctx.save(ctx.state, **{**ctx.data, "not_right": True})
    cid = concern.id
    return Reply(
        t(ctx.lang, "not_right"),
        [
            [
                Button(t(ctx.lang, "btn_change_topic"), encode(Action.CHANGE_TOPIC, cid)),
                Button(t(ctx.lang, "btn_change_place"), encode(Action.CHANGE_PLACE, cid)),
            ],
            [Button(t(ctx.lang, "btn_discard"), encode(Action.DISCARD, cid))],
        ],
    )


def new_or_place(ctx: Ctx, concern: Concern, text: str) -> Reply:
    # Asked at "Was ist in der Nähe?": the street, Kreise and number stay for "Ort für
    # ZH-…" (new-user trial i, finding 12: they were lost and the line became the place).
    kept = ctx.state in {State.AWAIT_PLACE_DETAIL, State.NEW_OR_PLACE}
    detail = {k: ctx.data[k] for k in DETAIL_KEYS if kept and k in ctx.data}
    ctx.save(
        State.NEW_OR_PLACE,
        **detail,
        concern_id=concern.id,
        pending_text=text,
        back=ctx.state.value if ctx.state is not State.NEW_OR_PLACE else ctx.data.get("back"),
        asked_again=ctx.data.get("asked_again") if ctx.state is State.NEW_OR_PLACE else None,
    )
    short = text if len(text) <= 60 else text[:57] + "…"
    return Reply(
        t(ctx.lang, "new_or_place", text=short, reference=concern.reference),
        [
            [Button(t(ctx.lang, "btn_new_concern"), encode(Action.NEW_CONCERN, concern.id))],
            [
                Button(
                    t(ctx.lang, "btn_place_for", reference=concern.reference),
                    encode(Action.PLACE_FOR, concern.id),
                )
            ],
        ],
    )


def prompt(d: Dialog, ctx: Ctx) -> list[Reply]:
    """The open question again, for a resident who comes back (restart, /start)."""
    concern = ctx.current()
    state = ctx.state
    from bot.dialog import reply_offer, withdrawal  # they render through this module

    # "Ist das Ihre Antwort zu ZH-…?", "Welches Anliegen soll ich zurückziehen?", if
    # open; a draft's question comes again once that is answered.
    if state is State.CONFIRM_DELETE:  # after a restart, the deletion question again
        from bot.dialog.commands import delete_question  # it renders through this module

        return [delete_question(ctx)]
    asked = reply_offer.asked(d, ctx) or withdrawal.asked_again(d, ctx)
    if asked or state is State.IDLE:
        return asked
    if concern is None:
        return []
    if state is State.AWAIT_PLACE and ctx.data.get("change"):  # after "Ort ändern": the Kreise
        lead = Reply(t(ctx.lang, "waiting_place", reference=concern.reference))
        unknown = bool(ctx.data.get("retried"))
        return [lead, replace(kreise(ctx, concern, unknown=unknown), edit=False)]
    if state is State.AWAIT_PLACE:
        previous = ctx.own(ctx.data.get("previous_id"))  # the same-place button stays
        return [
            Reply(t(ctx.lang, "waiting_place", reference=concern.reference)),
            ask_place(ctx, concern, previous),
        ]
    if state is State.AWAIT_PLACE_DETAIL:
        street, cands = ctx.data.get("street", ""), list(ctx.data.get("candidates", []))
        number = ctx.data.get("number")  # given already: what is nearby, not the number again
        return [ask_detail(ctx, concern, street, cands, number=str(number) if number else None)]
    if state is State.NEW_OR_PLACE:
        return [new_or_place(ctx, concern, str(ctx.data.get("pending_text", "")))]
    if state is State.CHOOSE_TOPIC:  # the list that was open, as a new message
        lead = Reply(t(ctx.lang, "waiting_confirm", reference=concern.reference))
        if ctx.data.get("all_topics"):
            return [lead, replace(all_topics(d, ctx, concern), edit=False)]
        return [lead, choose_likely_topic(d, ctx, concern)]
    return [
        Reply(t(ctx.lang, "waiting_confirm", reference=concern.reference)),
        confirm(d, ctx, concern),
    ]
