"""Which line a question is about, when two questions are open at once
(new-user trial m, finding 12).

"Im Sandkasten, bei der kleinen Rutschbahn" was offered as an addition ("Gehört
das zu Ihrem Anliegen ZH-…001?"); the next line, "Es hat aber immer noch Scherben
beim Eingang", made the first a new concern ("Wo ist das genau?") and was offered
itself ("Gehört das zu Ihrem Anliegen ZH-…001? [Nein, das gehört zu ZH-…002]").
Two questions about two lines, neither saying which: the resident could not tell
what "das" was. The second question now quotes the line it is about, briefly:
"Ihre Nachricht «Es hat aber immer noch Scherben beim…»: Gehört das zu …?".
"""

from __future__ import annotations

from dataclasses import replace

from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t

QUOTED_CHARS = 40  # the start of the line, enough to recognise it


def brief(text: str) -> str:
    """The start of `text`, cut at a word, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= QUOTED_CHARS:
        return text
    cut = text[: QUOTED_CHARS + 1].rsplit(" ", 1)[0] if " " in text[:QUOTED_CHARS] else ""
    return (cut or text[:QUOTED_CHARS]).rstrip(" ,.;:–-") + "…"


def after(ctx: Ctx, before: list[Reply], asked: list[Reply], text: str) -> list[Reply]:
    """`asked` (the question about `text`) after `before`: when another question
    or answer comes first, the question names the line it is about."""
    if not before or not asked:
        return asked
    question = asked[-1]
    lead = t(ctx.lang, "offer_about_line", text=brief(text))
    return [*asked[:-1], replace(question, text=f"{lead} {question.text}")]
