"""Text from any channel as the dialog and the store can take it.

A lone UTF-16 surrogate ("\\ud83d" in a Telegram update's JSON, half an emoji;
undecodable bytes piped into the terminal chat) is a valid Python str but no
UTF-8: the tokenizer, the store and Telegram all refuse it. NUL is refused by
PostgreSQL in text. Other control characters (terminal escape sequences,
backspaces) are noise nobody meant to write and would reach staff verbatim.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A terminal escape sequence as a whole ("\x1b[31m"), not just its first byte.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])?")
# C0 and C1 controls except tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str | None) -> str | None:
    """A lone surrogate becomes U+FFFD; escape sequences, NUL and the other
    control characters (but tab and line breaks) are dropped."""
    if text is None:
        return None
    return _CONTROL.sub("", _ESCAPE.sub("", _LONE_SURROGATE.sub("\ufffd", text)))
