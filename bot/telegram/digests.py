"""The digest job: at DIGEST_TIME (Europe/Zurich) every day, and again every
maintenance interval, the due digests are handed to the outbox
(digest.delivery.deliver_due, which skips weekends and holidays, sends each
digest once however often it runs, and catches up on digests missed while
the bot was down)."""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application, ContextTypes

from bot.dialog import Dialog
from bot.settings import Settings
from digest.delivery import deliver_due
from store.repository import ZURICH

log = logging.getLogger(__name__)


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    dialog: Dialog = context.bot_data["dialog"]
    send_at = dialog.settings.digest_time
    try:
        await asyncio.to_thread(deliver_due, dialog.engine, dialog.routing, send_at=send_at)
    except Exception as exc:  # the class only: a message might quote a text
        log.error("digest job failed (%s); the next run tries again", type(exc).__name__)


def schedule(app: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """The daily run at the set time, and a catch-up run every maintenance
    interval (the first shortly after start: a digest missed while down)."""
    assert app.job_queue is not None
    at = settings.digest_time.replace(tzinfo=ZURICH)
    app.job_queue.run_daily(digest_job, time=at, name="digest")
    interval = settings.maintenance_interval_seconds
    app.job_queue.run_repeating(
        digest_job, interval=interval, first=min(interval, 15.0), name="digest-catch-up"
    )
