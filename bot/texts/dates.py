"""Dates residents read ("vom 3. Dezember": the day of the city's question that
a late answer is asked about, the first time and after a restart,
bot/dialog/late_answer.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
_EN = "January February March April May June July August September October November December"
_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_IT = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)


def _months(names: str) -> dict[str, str]:
    return {f"month_{i}": name for i, name in enumerate(names.split(), start=1)}


DE = {
    **_months(_DE),
    "date_day_1": "1",
    "date_day_month": "{day}. {month}",
    "reply_ask_late": "Ist das Ihre Antwort auf die Frage vom {date} zu {reference}?",
    "reply_ask_again_late": "Noch offen: «{text}». Ist das Ihre Antwort auf die Frage vom {date} zu {reference}?",
}

EN = {
    **_months(_EN),
    "date_day_1": "1",
    "date_day_month": "{day} {month}",
    "reply_ask_late": "Is this your answer to the question of {date} about {reference}?",
    "reply_ask_again_late": "Still open: “{text}”. Is this your answer to the question of {date} about {reference}?",
}

FR = {
    **_months(_FR),
    "date_day_1": "1er",
    "date_day_month": "{day} {month}",
    "reply_ask_late": "Est-ce votre réponse à la question du {date} concernant {reference}?",
    "reply_ask_again_late": "Encore en suspens: «{text}». Est-ce votre réponse à la question du {date} concernant {reference}?",
}

IT = {
    **_months(_IT),
    "date_day_1": "1º",
    "date_day_month": "{day} {month}",
    "reply_ask_late": "È la vostra risposta alla domanda del {date} su {reference}?",
    "reply_ask_again_late": "Ancora in sospeso: «{text}». È la vostra risposta alla domanda del {date} su {reference}?",
}
