"""One update's analyses of a text, worked out once.

A message's text is read by several steps of one update (its language, a
courtesy word, small talk, the place it names: `Dialog.place` is asked the
same text up to four times). Within `one_update()` (entered by `Dialog.handle`)
`remembered` keeps each result for the rest of that update; outside it (the
terminal's resume, maintenance) it just computes. The memo is a context
variable: each update (thread) has its own, dropped when the update ends, so
nothing of one resident's text is kept past its update or seen by another.
Only pure analyses go in (same input, same result), and their results are not
changed by the steps that read them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from nlp import smalltalk

T = TypeVar("T")

_MEMO: ContextVar[dict[Hashable, Any] | None] = ContextVar("dialog_memo", default=None)


@contextmanager
def one_update() -> Iterator[None]:
    """Remember analyses until the block ends (small talk's too)."""
    token = _MEMO.set({})
    try:
        with smalltalk.one_update():
            yield
    finally:
        _MEMO.reset(token)


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """compute(), or what it gave for `key` earlier in this update."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    value = memo[key] = compute()
    return value


def known(key: Hashable) -> Any | None:
    """What `remembered` gave for `key` earlier in this update; None when it was
    not asked (or outside an update)."""
    memo = _MEMO.get()
    return None if memo is None else memo.get(key)
