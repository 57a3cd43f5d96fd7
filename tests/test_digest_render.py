"""Text and Telegram HTML: residents' text escaped everywhere (markup, script,
entities, a 300-character word, emoji), and the Telegram split into messages
of at most 4096 UTF-16 units, each valid Telegram HTML on its own."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
from sqlalchemy import Engine

from digest import build_digest, daily_period, render_telegram, render_text
from digest.model import Digest, Figure, Group, Item, Overdue
from digest.render import TELEGRAM_LIMIT, utf16_len
from digest.textutil import safe_cut, shorten, tidy
from nlp.routing import RoutingTable
from store.db import session_scope
from tests.digest_factories import DIGEST_DAY, NOW, fill_scenario

ALLOWED = {"b", "i", "u", "s", "code", "pre", "a"}
ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class TelegramHTML(HTMLParser):
    """Telegram's HTML rules: known tags only, properly nested, no comments,
    only the four named entities (and numeric ones)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.errors.append(f"tag <{tag}>")
        if attrs and tag != "a":
            self.errors.append(f"attributes on <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.errors.append(f"self-closing <{tag}/>")

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.errors.append(f"entity &{name};")

    def handle_comment(self, data: str) -> None:
        self.errors.append("comment")


def assert_valid_telegram(part: str) -> None:
    assert 0 < utf16_len(part) <= TELEGRAM_LIMIT
    checker = TelegramHTML()
    checker.feed(part)
    checker.close()
    assert not checker.errors, checker.errors
    assert not checker.stack, f"unclosed {checker.stack}"
    assert not ENTITY.search(part), "a bare & in the message"


def visible(part: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", part))


@pytest.fixture
def scenario_digest(engine: Engine, routing: RoutingTable) -> Digest:
    with session_scope(engine) as s:
        fill_scenario(s, routing)
    with session_scope(engine) as s:
        return build_digest(s, routing, "qk_kreise_3_4_5", *daily_period(DIGEST_DAY), now=NOW)


def test_resident_text_is_escaped_in_telegram(scenario_digest: Digest) -> None:
    parts = render_telegram(scenario_digest)
    for part in parts:
        assert_valid_telegram(part)
    raw = "\n".join(parts)
    assert "<script>" not in raw and "<b>fett</b>" not in raw and "<b>bitte</b>" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "&amp;amp;" in raw and "&amp;lt;i&amp;gt;" in raw  # entity-like text stays text
    seen = visible(raw)
    # what the reader sees is the resident's text, emoji intact, the long word cut
    assert "<b>fett</b> <script>alert(1)</script> & &amp; &lt;i&gt; 😀👍🏽 🇨🇭 " in seen
    assert "x" * 39 + "… Ende" in seen and "x" * 40 not in seen
    assert max(len(w) for w in seen.split()) <= 60


def test_resident_text_in_plain_text(scenario_digest: Digest) -> None:
    text = render_text(scenario_digest)
    assert "<b>fett</b> <script>alert(1)</script> & &amp; &lt;i&gt; 😀👍🏽 🇨🇭 " in text
    assert "x" * 40 not in text and max(len(w) for w in text.split()) <= 60
    assert "ß" not in text
    assert "\x1e" not in text and "\x1f" not in text


def test_tidy_and_shorten_keep_emoji_whole() -> None:
    assert tidy("  a\n\nb\tc\x00d\u2028e ") == "a b c d e"
    assert tidy(None) == "" and tidy("") == ""
    family = "👨\u200d👩\u200d👧"
    flags = "🇨🇭" * 30
    for text in (family * 20, flags, "👍🏽" * 40, "e\u0301" * 50):
        short = tidy(text)
        assert short.endswith("…")
        body = short[:-1]
        assert text.startswith(body)
        # the cut fell between whole sequences
        assert safe_cut(text, len(body)) == len(body)
    assert tidy(flags)[:-1] == "🇨🇭" * 19  # 38 code points: an even number of indicators
    assert shorten("eins zwei drei vier", 12) == "eins zwei…"
    assert shorten("kurz", 12) == "kurz"


def item(n: int, text: str) -> Item:
    return Item(
        reference=f"ZH-2026-{n:06d}",
        text=text,
        place="Helvetiaplatz, Langstrasse",
        topic="abfall",
        topic_name="Abfall und Sauberkeit",
        kreis=4,
        quartier="Langstrasse",
        office="erz",
        office_name="Entsorgung + Recycling Zürich",
        status="forwarded",
        status_label="weitergeleitet",
        urgent=n % 7 == 0,
        unconfirmed=False,
        arrived_at=datetime(2026, 3, 9, 8, tzinfo=UTC),
    )


def big_digest() -> Digest:
    """Long sections: texts full of '&' (5 units escaped) and emoji (2 units)."""
    text = ("Kübel & Säcke 😀 " * 12).strip()
    items = [item(n, text) for n in range(1, 121)]
    groups = tuple(
        Group(f"t{g}", f"Thema {g} <&>", tuple(items[g * 30 : g * 30 + 30])) for g in range(4)
    )
    return Digest(
        office="erz",
        office_name="Entsorgung + Recycling Zürich",
        kind="department",
        kreise=(),
        start=date(2026, 3, 9),
        end=date(2026, 3, 10),
        weekly=False,
        generated_at=datetime(2026, 3, 10, 6, 30, tzinfo=UTC),
        figures=tuple(Figure(k, k, 1, 1.0, False) for k in ("new", "urgent", "open", "rerouted")),
        urgent=tuple(i for i in items if i.urgent),
        by_topic=groups,
        by_area=(Group("4/Langstrasse", "Kreis 4 – Langstrasse", tuple(items)),),
        unknown_kreis=(),
        clusters=(),
        trends=(),
        overdue=tuple(Overdue(i, date(2026, 2, 20), 12) for i in items[:25]),
    )


def test_telegram_split_on_sections_and_between_items() -> None:
    d = big_digest()
    parts = render_telegram(d)
    assert len(parts) > 3
    for part in parts:
        assert_valid_telegram(part)
    # every part starts with a heading: the title, a section, or a continued one
    for part in parts[1:]:
        assert part.startswith("<b>"), part[:80]
    continued = [p for p in parts if "(Fortsetzung)" in p.split("\n", 1)[0]]
    assert continued, "the long section was split between items with its heading repeated"
    # nothing lost, nothing doubled: every item of every topic exactly once
    seen = "\n".join(parts)
    overdue_shown = {o.item.reference for o in d.overdue[:20]}  # MAX_OVERDUE
    for i in d.by_topic[0].items + d.by_topic[3].items:
        expected = 1 + i.urgent + (i.reference in overdue_shown)
        assert seen.count(f"<b>{i.reference}</b>") == expected
    # the sections that fit stay whole: the overview is in one part
    assert sum("<b>Überblick</b>" in p for p in parts) == 1


def test_a_part_never_exceeds_a_small_limit() -> None:
    parts = render_telegram(big_digest(), limit=700)
    for part in parts:
        assert utf16_len(part) <= 700
        checker = TelegramHTML()
        checker.feed(part)
        assert not checker.errors and not checker.stack


def test_an_item_longer_than_a_message_still_fits() -> None:
    """A text that escapes to five times its length (every '&' is '&amp;')."""
    d = big_digest()
    long = item(7, "&<" * 1000)  # urgent (7 % 7 == 0)
    d = Digest(**{**{f: getattr(d, f) for f in d.__dataclass_fields__}, "urgent": (long,)})
    for limit in (TELEGRAM_LIMIT, 1000):
        parts = render_telegram(d, limit=limit)
        for part in parts:
            assert utf16_len(part) <= limit
            checker = TelegramHTML()
            checker.feed(part)
            assert not checker.errors and not checker.stack
            assert not ENTITY.search(part)
        assert any("&amp;&lt;&amp;&lt;" in p for p in parts)
