"""The application's rate limiter: PTB's AIORateLimiter, which the outbox
sender (bot.telegram.outbox) can ask not to wait out a 429."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

NO_WAIT = -1  # rate_limit_args: a 429 is raised at once, not waited out

Result = bool | dict[str, Any] | list[dict[str, Any]]


class _RetryAfterPassed(Exception):
    def __init__(self, exc: RetryAfter) -> None:
        super().__init__("RetryAfter")
        self.exc = exc


class RateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (30 a second overall, 20 a minute per group, a 429
    waited out and repeated `max_retries` times), except for requests made with
    `rate_limit_args=NO_WAIT`: those are paced the same way and wait while
    another request's 429 is waited out, but their own 429 reaches the caller at
    once, so the outbox reschedules the message instead of holding its sender
    (and every reply to residents) for the whole retry_after."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        if rate_limit_args != NO_WAIT:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )

        async def once(*a: Any, **kw: Any) -> Result:
            try:
                return await callback(*a, **kw)
            except RetryAfter as exc:  # the base class would sleep and repeat it
                raise _RetryAfterPassed(exc) from None

        try:
            return await super().process_request(once, args, kwargs, endpoint, data, None)
        except _RetryAfterPassed as passed:
            raise passed.exc from None


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # int or timedelta, depending on PTB_TIMEDELTA
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
