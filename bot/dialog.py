"""The resident dialog: plain Python that takes a message and returns replies.

Telegram, the terminal chat and the tests all drive this one implementation.
Every message is handled in one database transaction, except that a new
concern's text is committed before it is classified: nothing a resident sent is
lost when a later step fails. The conversation state lives in the store, so a
restart resumes where the resident left off.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from bot.language import detect_language
from bot.settings import Settings
from bot.texts import TOPIC_NAMES_EN, t
from nlp.classifier import ConcernClassifier
from nlp.places import PlaceResult
from store import repository as repo
from store.db import session_scope
from store.models import Concern, Conversation, EventKind, Resident, Status, utcnow

log = logging.getLogger(__name__)

_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)  # a letter or digit, not only emoji/punctuation


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str


@dataclass(slots=True)
class Reply:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    request_location: bool = False  # offer the "share location" keyboard
    edit: bool = False  # replace the message whose button was pressed
    lang: str = "de"  # the resident's language, for labels the channel adds


@dataclass(frozen=True, slots=True)
class Incoming:
    """One message from a resident, whatever the channel."""

    channel: str
    chat_id: str
    kind: str  # text, command, photo, location, callback, unsupported
    user_id: str | None = None
    text: str | None = None
    photo: str | None = None  # channel file id
    lat: float | None = None
    lon: float | None = None
    data: str | None = None  # callback data
    update_id: int | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """A message to a resident outside a conversation (status change, draft forwarded)."""

    channel: str
    chat_id: str
    reply: Reply


class DialogFailure(Exception):
    """Handling a message failed. `stored` says whether the resident's text is safe
    in the store (the apology must be true); `lang` is the resident's language."""

    def __init__(self, *, stored: bool, lang: str) -> None:
        super().__init__(f"dialog failed (stored={stored})")
        self.stored = stored
        self.lang = lang


class Dialog:
    def __init__(
        self, *, engine: Engine, classifier: ConcernClassifier, settings: Settings
    ) -> None:
        self.engine = engine
        self.clf = classifier
        self.routing = classifier.routing
        self.settings = settings

    # -- entry point --------------------------------------------------------

    def handle(self, msg: Incoming) -> list[Reply]:
        """Handle one message; the replies to send, in order (none for a repeat delivery)."""
        replies, lang = self._handle(msg)
        for reply in replies:
            reply.lang = lang
        return replies

    def _handle(self, msg: Incoming) -> tuple[list[Reply], str]:
        with session_scope(self.engine) as s:
            if msg.update_id is not None and not repo.claim_update(
                s, channel=msg.channel, update_id=msg.update_id
            ):
                log.info("duplicate update %s ignored", msg.update_id)
                return [], "de"
            resident = repo.get_or_create_resident(
                s, channel=msg.channel, chat_id=msg.chat_id, user_id=msg.user_id
            )
            conv = repo.get_conversation(s, channel=msg.channel, chat_id=msg.chat_id)
            ctx = _Ctx(s, resident, conv)
            if msg.kind == "command":
                replies = self._command(ctx, (msg.text or "").strip())
            elif msg.kind == "callback":
                replies = self._callback(ctx, msg.data or "")
            elif msg.kind == "unsupported":
                replies = [Reply(t(ctx.lang, "unsupported"))]
            elif msg.kind == "location":
                replies = self._location(ctx, msg.lat, msg.lon)
            elif msg.kind == "photo":
                replies = self._photo(ctx, msg.photo, msg.text)
            else:
                replies = self._text(ctx, msg.text or "")
            return replies, ctx.lang

    def maintenance(self) -> list[Notice]:
        """Periodic work (drafts not confirmed in time, concerns held by the rate
        limit, retention); the notices to send to residents."""
        return []

    def change_status(
        self, reference: str, status: Status, *, actor: str
    ) -> tuple[str, str, Reply] | None:
        """Set a concern's status; returns (channel, chat id, notice) to tell the
        resident, or None when nobody can be told (deleted, or no change)."""
        with session_scope(self.engine) as s:
            concern = repo.get_concern_by_reference(s, reference)
            if concern.status == status:
                return None
            repo.set_status(s, concern=concern, status=status, actor=actor)
            resident = s.get(Resident, concern.resident_id) if concern.resident_id else None
            if resident is None or resident.chat_id is None:
                return None
            return resident.channel, resident.chat_id, self.status_notice(concern)

    def status_notice(self, concern: Concern) -> Reply:
        """What to tell a resident when staff change a concern's status."""
        return Reply(
            t(
                concern.language,
                "status_changed",
                reference=concern.reference,
                status=t(concern.language, f"status_{concern.status}"),
            )
        )

    # -- commands -------------------------------------------------------------

    def _command(self, ctx: _Ctx, text: str) -> list[Reply]:
        name = text.split()[0].lstrip("/").split("@")[0].lower() if text else ""
        if name == "start":
            ctx.save("idle", {})
            return [Reply(t(ctx.lang, "start", months=self.settings.retention_months))]
        if name in {"hilfe", "help"}:
            return [Reply(t(ctx.lang, "help"))]
        if name in {"meine", "mine"}:
            return [self._mine(ctx)]
        if name in {"loeschen", "löschen", "delete"}:
            ctx.save("confirm_delete", {})
            return [
                Reply(
                    t(ctx.lang, "delete_confirm"),
                    [
                        [
                            Button(t(ctx.lang, "btn_yes_delete"), "del:yes"),
                            Button(t(ctx.lang, "btn_no"), "del:no"),
                        ]
                    ],
                )
            ]
        return [Reply(t(ctx.lang, "help"))]

    def _mine(self, ctx: _Ctx) -> Reply:
        concerns = repo.concerns_of(ctx.s, resident=ctx.resident)
        if not concerns:
            return Reply(t(ctx.lang, "mine_none"))
        lines = [t(ctx.lang, "mine_header")]
        for c in concerns:
            lines.append(
                t(
                    ctx.lang,
                    "mine_item",
                    reference=c.reference or t(ctx.lang, "draft_reference"),
                    date=c.created_at.astimezone(repo.ZURICH).strftime("%d.%m.%Y"),
                    topic=self._topic_name(ctx.lang, c.topic),
                    status=t(ctx.lang, f"status_{c.status}"),
                )
            )
        return Reply("\n".join(lines))

    # -- messages -------------------------------------------------------------

    def _text(self, ctx: _Ctx, text: str) -> list[Reply]:
        state = ctx.conv.state
        if state == "confirm_delete":
            ctx.save("idle", {})
            state = "idle"
        if state in {"await_place", "await_place_detail"} and text.strip():
            return self._place_answer(ctx, text=text)
        if state in {"await_confirm", "choose_topic"} and text.strip():
            concern = self._pending(ctx)
            if concern is not None:
                place = self.clf.place(text)
                named = place.kreis or place.candidates or place.outside_city
                if len(text.split()) <= 6 and named:
                    # "Idaplatz" after the confirmation: the resident names the place.
                    return self._place_answer(ctx, text=text, known=place)
                # Anything else is the next concern; this one stays a draft.
                replies = self._new_concern(ctx, text)
                return [Reply(t(ctx.lang, "draft_kept")), *replies]
        return self._new_concern(ctx, text)

    def _photo(self, ctx: _Ctx, photo: str | None, caption: str | None) -> list[Reply]:
        pending = self._pending(ctx)
        if pending is not None and photo:
            pending.photos = [*pending.photos, photo]
            ctx.s.add(pending)
            if caption and caption.strip():
                pending.text = (
                    f"{pending.text}\n{caption.strip()}" if pending.text else caption.strip()
                )
            return [Reply(t(ctx.lang, "added")), self._confirm(ctx, pending)]
        if caption and caption.strip():
            return self._new_concern(ctx, caption, photos=[photo] if photo else [])
        data = dict(ctx.conv.data)
        data["photos"] = [*data.get("photos", []), photo] if photo else data.get("photos", [])
        ctx.save("idle", data)
        return [Reply(t(ctx.lang, "photo_needs_text"))]

    def _location(self, ctx: _Ctx, lat: float | None, lon: float | None) -> list[Reply]:
        if lat is None or lon is None:
            return [Reply(t(ctx.lang, "unsupported"))]
        if ctx.conv.state in {"await_place", "await_place_detail", "await_confirm", "choose_topic"}:
            return self._place_answer(ctx, lat=lat, lon=lon)
        data = dict(ctx.conv.data)
        data["location"] = [lat, lon]
        ctx.save("idle", data)
        return [Reply(t(ctx.lang, "empty"))]

    # -- a new concern --------------------------------------------------------

    def _new_concern(self, ctx: _Ctx, text: str, photos: list[str] | None = None) -> list[Reply]:
        text = text.strip()
        pending = dict(ctx.conv.data)
        photos = [*pending.get("photos", []), *(photos or [])]
        if not _HAS_WORD.search(text):
            return [Reply(t(ctx.lang, "empty"))]
        replies: list[Reply] = []
        lang = detect_language(text)
        if lang is not None and lang != ctx.resident.language:
            ctx.resident.language = lang
            ctx.s.add(ctx.resident)
        if len(text) > self.settings.max_text_length:
            text = text[: self.settings.max_text_length]
            replies.append(Reply(t(ctx.lang, "too_long", limit=self.settings.max_text_length)))
        if ctx.resident.consent_at is None:
            ctx.resident.consent_at = utcnow()
            ctx.s.add(ctx.resident)
        over_limit = (
            repo.count_recent_concerns(ctx.s, resident=ctx.resident, since=repo.hour_ago())
            >= self.settings.rate_limit_per_hour
        )
        concern = repo.create_concern(
            ctx.s,
            resident=ctx.resident,
            text=text,
            photos=photos,
            status=Status.RATE_LIMITED if over_limit else Status.DRAFT,
        )
        ctx.save("idle", {})
        # The text is safe in the store before classification can fail.
        ctx.s.commit()
        log.info("concern %s stored (%d chars)", concern.id, len(text))
        if over_limit:
            return [*replies, Reply(t(ctx.lang, "rate_limited"))]

        lat, lon = pending.get("location") or (None, None)
        result = self.clf.classify(text, lat, lon)
        repo.apply_routing(
            ctx.s,
            concern=concern,
            kind=EventKind.CLASSIFIER,
            topic=result.topic,
            confidence=result.confidence,
            kreis=result.kreis,
            quartier=result.quartier,
            office=result.office,
            urgent=result.urgent,
            outside_city=result.outside_city,
            lat=lat,
            lon=lon,
        )
        log.info(
            "concern %s classified topic=%s conf=%.2f kreis=%s office=%s urgent=%s",
            concern.id,
            result.topic,
            result.confidence,
            result.kreis,
            result.office,
            result.urgent,
        )
        if result.urgent:
            replies.insert(0, Reply(t(ctx.lang, "emergency")))
        if result.outside_city:
            return [*replies, *self._outside(ctx, concern, result.places)]
        if result.kreis is None and result.kreis_candidates:
            street = result.places[0] if result.places else ""
            ctx.save(
                "await_place_detail",
                {"concern_id": concern.id, "street": street, "candidates": result.kreis_candidates},
            )
            return [*replies, self._ask_detail(ctx, street, result.kreis_candidates)]
        if result.kreis is None:
            ctx.save("await_place", {"concern_id": concern.id})
            return [*replies, self._ask_place(ctx, concern)]
        return [*replies, self._confirm(ctx, concern)]

    # -- place ----------------------------------------------------------------

    def _ask_place(self, ctx: _Ctx, concern: Concern) -> Reply:
        return Reply(
            t(ctx.lang, "ask_place"),
            [[Button(t(ctx.lang, "btn_place_unknown"), f"k:{concern.id}:none")]],
            request_location=True,
        )

    def _ask_detail(self, ctx: _Ctx, street: str, candidates: list[int]) -> Reply:
        return Reply(
            t(ctx.lang, "ask_place_detail", street=street, kreise=", ".join(map(str, candidates))),
            request_location=True,
        )

    def _place_answer(
        self,
        ctx: _Ctx,
        *,
        text: str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        known: PlaceResult | None = None,
    ) -> list[Reply]:
        concern = self._pending(ctx)
        if concern is None:
            ctx.save("idle", {})
            return self._new_concern(ctx, text) if text else [Reply(t(ctx.lang, "empty"))]
        data = ctx.conv.data
        place: PlaceResult
        if known is not None:
            place = known  # already resolved by the caller
        elif lat is not None and lon is not None:
            place = self.clf.place("", lat, lon)
        else:
            answer = (text or "").strip()
            place = self.clf.place(answer)
            street = data.get("street")
            if ctx.conv.state == "await_place_detail" and street and place.kreis is None:
                # "12" or "beim Lochergut" completes the street asked about.
                combined = self.clf.place(f"{street} {answer}")
                if combined.kreis in data.get("candidates", []):
                    place = combined
        if place.outside_city:
            return self._outside(ctx, concern, place.places, EventKind.RESIDENT)
        if place.kreis is None and place.candidates and ctx.conv.state != "await_place_detail":
            street = place.places[0] if place.places else (text or "")
            ctx.save(
                "await_place_detail",
                {"concern_id": concern.id, "street": street, "candidates": place.candidates},
            )
            return [self._ask_detail(ctx, street, place.candidates)]
        replies: list[Reply] = []
        # The "Weiss ich nicht" button of Telegram's reply keyboard arrives as text.
        dont_know = (text or "").strip().casefold() in {
            t(lang, "btn_place_unknown").casefold() for lang in ("de", "en")
        }
        if dont_know:
            text = None
        elif place.kreis is None:
            # Asked once: route by topic alone ("Kreis unbekannt"); keep the answer.
            replies.append(Reply(t(ctx.lang, "place_unknown_go_on")))
        self._set_place(ctx, concern, place, text=text, lat=lat, lon=lon)
        return [*replies, self._confirm(ctx, concern)]

    def _set_place(
        self,
        ctx: _Ctx,
        concern: Concern,
        place: PlaceResult,
        *,
        text: str | None,
        lat: float | None,
        lon: float | None,
    ) -> None:
        office = self.routing.route(
            concern.topic or "quartierleben", concern.confidence or 0.0, place.kreis
        ).office
        changes: dict[str, Any] = {
            "kreis": place.kreis,
            "quartier": place.quartier,
            "office": office,
        }
        if text:
            changes["place_text"] = text.strip()[:200]
        if lat is not None:
            changes["lat"], changes["lon"] = lat, lon
        repo.apply_routing(
            ctx.s, concern=concern, kind=EventKind.RESIDENT, actor="resident", **changes
        )

    def _outside(
        self,
        ctx: _Ctx,
        concern: Concern,
        places: list[str],
        kind: EventKind = EventKind.CLASSIFIER,
    ) -> list[Reply]:
        repo.apply_routing(
            ctx.s,
            concern=concern,
            kind=kind,
            actor=None if kind == EventKind.CLASSIFIER else "resident",
            outside_city=True,
            kreis=None,
            office=None,
        )
        repo.set_status(ctx.s, concern=concern, status=Status.OUTSIDE_CITY)
        ctx.save("idle", {})
        outside = [p for p in places if not p[:1].isdigit()]
        if outside:
            return [Reply(t(ctx.lang, "outside_city", place=outside[-1]))]
        return [Reply(t(ctx.lang, "outside_city_unnamed"))]

    # -- confirmation ---------------------------------------------------------

    def _confirm(self, ctx: _Ctx, concern: Concern) -> Reply:
        ctx.save("await_confirm", {"concern_id": concern.id})
        office = self.routing.offices.get(concern.office or "")
        return Reply(
            t(
                ctx.lang,
                "confirm",
                topic=self._topic_name(ctx.lang, concern.topic),
                place=self._place_name(ctx.lang, concern),
                office=office.name if office else concern.office,
            ),
            [
                [Button(t(ctx.lang, "btn_confirm"), f"ok:{concern.id}")],
                [
                    Button(t(ctx.lang, "btn_change_topic"), f"topic:{concern.id}"),
                    Button(t(ctx.lang, "btn_change_place"), f"place:{concern.id}"),
                ],
            ],
        )

    def _callback(self, ctx: _Ctx, data: str) -> list[Reply]:
        parts = data.split(":")
        action = parts[0]
        if action == "del":
            return self._delete(ctx, parts[1:] == ["yes"])
        concern = self._own_draft(ctx, parts[1] if len(parts) > 1 else "")
        if concern is None:
            return [Reply(t(ctx.lang, "help"), edit=True)]
        if action == "ok":
            repo.set_status(ctx.s, concern=concern, status=Status.FORWARDED)
            reference = repo.assign_reference(ctx.s, concern=concern)
            ctx.save("idle", {})
            office = self.routing.offices.get(concern.office or "")
            log.info("concern %s forwarded to %s", concern.id, concern.office)
            return [
                Reply(
                    t(
                        ctx.lang,
                        "forwarded",
                        reference=reference,
                        office=office.name if office else concern.office,
                    ),
                    edit=True,
                )
            ]
        if action == "topic":
            ctx.save("choose_topic", {"concern_id": concern.id})
            codes = list(self.routing.topics)
            rows = [
                [
                    Button(self._topic_name(ctx.lang, c), f"t:{concern.id}:{c}")
                    for c in codes[i : i + 2]
                ]
                for i in range(0, len(codes), 2)
            ]
            return [Reply(t(ctx.lang, "choose_topic"), rows, edit=True)]
        if action == "t" and len(parts) == 3 and parts[2] in self.routing.topics:
            new_office = self.routing.route(parts[2], 1.0, concern.kreis).office
            repo.apply_routing(
                ctx.s,
                concern=concern,
                kind=EventKind.RESIDENT,
                actor="resident",
                topic=parts[2],
                confidence=1.0,
                office=new_office,
            )
            return [self._with_edit(self._confirm(ctx, concern))]
        if action == "place":
            ctx.save("await_place", {"concern_id": concern.id, "change": True})
            rows = [
                [Button(f"Kreis {k}", f"k:{concern.id}:{k}") for k in range(i, i + 4)]
                for i in (1, 5, 9)
            ]
            rows.append([Button(t(ctx.lang, "btn_place_unknown"), f"k:{concern.id}:none")])
            return [Reply(t(ctx.lang, "choose_place"), rows, request_location=False, edit=True)]
        if action == "k" and len(parts) == 3:
            kreis = int(parts[2]) if parts[2].isdigit() and 1 <= int(parts[2]) <= 12 else None
            self._set_place(ctx, concern, PlaceResult(kreis=kreis), text=None, lat=None, lon=None)
            return [self._with_edit(self._confirm(ctx, concern))]
        return [Reply(t(ctx.lang, "help"))]

    def _delete(self, ctx: _Ctx, yes: bool) -> list[Reply]:
        if not yes:
            ctx.save("idle", {})
            return [Reply(t(ctx.lang, "delete_cancelled"), edit=True)]
        lang = ctx.lang
        n = repo.delete_personal_data(ctx.s, resident=ctx.resident)
        ctx.deleted = True
        log.info("resident %s deleted personal data (%d concerns anonymised)", ctx.resident.id, n)
        return [Reply(t(lang, "delete_done"), edit=True)]

    # -- helpers --------------------------------------------------------------

    def _pending(self, ctx: _Ctx) -> Concern | None:
        concern_id = ctx.conv.data.get("concern_id")
        if concern_id is None:
            return None
        return self._own_draft(ctx, str(concern_id))

    def _own_draft(self, ctx: _Ctx, concern_id: str) -> Concern | None:
        """The resident's own concern that is still a draft, or None (stale button)."""
        if not concern_id.isdigit():
            return None
        concern = ctx.s.get(Concern, int(concern_id))
        if (
            concern is None
            or concern.resident_id != ctx.resident.id
            or concern.status != Status.DRAFT
        ):
            return None
        return concern

    def _topic_name(self, lang: str, code: str | None) -> str:
        if code is None:
            return "?"
        if lang == "en":
            return TOPIC_NAMES_EN.get(code, code)
        topic = self.routing.topics.get(code)
        return topic.name if topic else code

    def _place_name(self, lang: str, concern: Concern) -> str:
        if concern.kreis is None:
            return t(lang, "place_unknown")
        if concern.quartier:
            return t(lang, "place_quartier", quartier=concern.quartier, kreis=concern.kreis)
        return t(lang, "place_kreis", kreis=concern.kreis)

    @staticmethod
    def _with_edit(reply: Reply) -> Reply:
        reply.edit = True
        return reply


class _Ctx:
    """The session, resident and conversation of the message being handled."""

    def __init__(self, s: Session, resident: Resident, conv: Conversation) -> None:
        self.s = s
        self.resident = resident
        self.conv = conv
        self.deleted = False

    @property
    def lang(self) -> str:
        return self.resident.language

    def save(self, state: str, data: dict[str, Any]) -> None:
        if not self.deleted:
            repo.save_conversation(self.s, conversation=self.conv, state=state, data=data)
