"""Plain text and Telegram HTML from a Digest (Jinja2 templates in
digest/templates/, texts from digest.texts).

Telegram: the template marks where sections (`SECTION`) and items (`ITEM`)
begin; `render_telegram` packs whole sections into messages of at most
`TELEGRAM_LIMIT` UTF-16 code units (counted on the HTML itself, so the limit
holds before and after Telegram parses the entities) and splits a section
that is too long on its own between items, repeating its heading with
"(Fortsetzung)". No tag spans two items, so every message is valid Telegram
HTML on its own. Autoescaping is on for HTML: residents' texts can never add
markup.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from digest.model import Digest, Group
from digest.period import ZURICH
from digest.texts import T, day_label
from digest.textutil import safe_cut, shorten

TELEGRAM_LIMIT = 4096
SECTION = "\x1e"  # never in a text: digest.textutil.tidy drops control characters
ITEM = "\x1f"
MAX_ITEMS = 30  # per group in a message; the page lists them all
MAX_OVERDUE = 20
MAX_REFERENCES = 20  # withdrawn concerns named in a message; the page names all
SHORT_LENGTH = 160
URGENT_LENGTH = 600  # "in full": 600 characters escaped stay well below the limit
TEMPLATES = Path(__file__).parent / "templates"
HEADROOM = 300  # a block leaves room for its section's heading and "(Fortsetzung)"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def number(value: float) -> str:
    """1 -> "1", 2.25 -> "2.3" (Swiss style: a point)."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def period_label(d: Digest) -> str:
    """ "Anliegen vom Freitag, 4.12.2026 bis Sonntag, 6.12.2026": the days the
    digest covers (its date is the morning after; new-user trial h, finding
    10), with "(bis jetzt, 09:15 Uhr)" while the last of them is not over."""
    last = date.fromordinal(d.end.toordinal() - 1)
    if last == d.start:
        text = T["period_day"].format(day=day_label(d.start))
    else:
        text = T["period_days"].format(start=day_label(d.start), end=day_label(last))
    made = d.generated_at.astimezone(ZURICH)
    if made.date() < d.end:
        text += T["period_so_far"].format(time=made.strftime("%H:%M"))
    return text


def usual(average: float | None) -> str:
    """ "üblich 2.5", or "noch kein Vergleich" without history."""
    return T["usual_none"] if average is None else f"{T['usual']} {number(average)}"


def references(refs: tuple[str, ...]) -> str:
    """ "ZH-2026-000031, ZH-2026-000040", at most MAX_REFERENCES, then "…"."""
    shown = ", ".join(refs[:MAX_REFERENCES])
    return shown + (", …" if len(refs) > MAX_REFERENCES else "")


def scope_line(d: Digest) -> str:
    if d.kind == "department":
        return T["kind_department"].format(office=d.office_name)
    if not d.kreise:
        return T["kind_unknown"]
    return T["kind_coordination"].format(kreise=", ".join(str(k) for k in d.kreise))


def topics_of(group: Group) -> list[tuple[str, int]]:
    """(topic name, count) of a group, most first."""
    counts = Counter(item.topic_name for item in group.items)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


@cache
def environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = number
    env.filters["usual"] = usual
    env.filters["short"] = shorten
    env.filters["day"] = day_label
    env.filters["refs"] = references
    env.globals.update(
        T=T,
        topics_of=topics_of,
        max_items=MAX_ITEMS,
        max_overdue=MAX_OVERDUE,
        short_length=SHORT_LENGTH,
        urgent_length=URGENT_LENGTH,
    )
    return env


def _context(d: Digest) -> dict[str, object]:
    return {
        "d": d,
        "title": T["title_weekly"] if d.weekly else T["title_daily"],
        "scope_line": scope_line(d),
        "period": period_label(d),
    }


def render_text(digest: Digest) -> str:
    template = environment(False).get_template("text.txt.j2")
    return _squeeze(template.render(**_context(digest)))


def _squeeze(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_telegram(digest: Digest, *, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The digest as Telegram HTML messages, each at most `limit` UTF-16 units."""
    template = environment(True).get_template("telegram.html.j2")
    marked = template.render(SECTION=Markup(SECTION), ITEM=Markup(ITEM), **_context(digest))
    sections = [_blocks(s) for s in marked.split(SECTION)]
    return pack(sections, limit)


def _blocks(section: str) -> list[str]:
    blocks = [b.strip("\n") for b in section.split(ITEM)]
    return [b for b in blocks if b.strip()]


def pack(sections: list[list[str]], limit: int) -> list[str]:
    """Whole sections per message; a section too long alone is split between
    its blocks (its first block, the heading, repeated)."""
    parts: list[str] = []
    current = ""

    def put(chunk: str) -> None:
        nonlocal current
        joined = f"{current}\n\n{chunk}" if current else chunk
        if utf16_len(joined) <= limit:
            current = joined
            return
        if current:
            parts.append(current)
        current = chunk

    for blocks in sections:
        if not blocks:
            continue
        blocks = [_fit(b, limit - HEADROOM) for b in blocks]
        whole = "\n".join(blocks)
        if utf16_len(whole) <= limit:
            put(whole)
            continue
        heading, rest = blocks[0], blocks[1:]
        chunk = heading
        for block in rest:
            if utf16_len(f"{chunk}\n{block}") > limit:
                put(chunk)
                chunk = f"{heading} <i>{T['continued']}</i>\n{block}"
            else:
                chunk = f"{chunk}\n{block}"
        put(chunk)
    if current:
        parts.append(current)
    return parts


def _fit(block: str, limit: int) -> str:
    """A block longer than `limit` (cannot happen with the digest's own
    lengths) becomes its plain text, shortened and escaped again."""
    if utf16_len(block) <= limit:
        return block
    plain = html.unescape(re.sub(r"<[^>]*>", "", block))
    while utf16_len(html.escape(plain, quote=False)) > limit - 1:
        plain = plain[: safe_cut(plain, len(plain) * 9 // 10)]
    return html.escape(plain, quote=False) + "…"
