"""/digest (the office's digest on demand) and /abo (daily, weekly or no digest
in this chat)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.messages import Reply
from bot.staff.render import office_name
from bot.texts.staff import st
from digest import build_digest, render_text
from digest.delivery import enqueue_digest
from digest.period import daily_period
from store.models import Role, Subscription, utcnow
from store.repository import ZURICH
from store.staff import set_subscription

if TYPE_CHECKING:
    from bot.staff.desk import StaffCtx

CHOICES = {
    "täglich": Subscription.DAILY,
    "taeglich": Subscription.DAILY,
    "daily": Subscription.DAILY,
    "wöchentlich": Subscription.WEEKLY,
    "woechentlich": Subscription.WEEKLY,
    "weekly": Subscription.WEEKLY,
    "keine": Subscription.NONE,
    "none": Subscription.NONE,
}


def subscription_text(ctx: StaffCtx, choice: Subscription) -> str:
    when = ctx.digest_time.strftime("%H:%M")
    return st(f"subscription_{choice.value}", time=when)


def abo(ctx: StaffCtx, args: str) -> Reply:
    choice = CHOICES.get(args.strip().lower())
    if choice is None:
        current = subscription_text(ctx, Subscription(ctx.member.subscription))
        usage = st("usage", usage=st("usage_abo"))
        return Reply(st("subscription_set", choice=current) + "\n" + usage)
    set_subscription(ctx.s, ctx.member, choice)
    return Reply(st("subscription_set", choice=subscription_text(ctx, choice)))


EARLIEST = date(2000, 1, 1)  # no digest of an earlier day


def digest(ctx: StaffCtx, args: str) -> Reply:
    """The member's office digest for a day (default today): as text in the
    terminal, through the outbox (Telegram HTML and the page) on Telegram.
    An admin may name another office."""
    words = args.split()
    day = utcnow().astimezone(ZURICH).date()  # no date: this morning's digest
    office = ctx.member.office
    for word in words:
        if word in ctx.routing.offices and ctx.member.role == Role.ADMIN:
            office = word
            continue
        try:
            day = date.fromisoformat(word)
        except ValueError:
            return Reply(st("digest_bad_date"))
    if day > utcnow().astimezone(ZURICH).date():
        return Reply(st("digest_future"))
    if day < EARLIEST:  # the digest looks weeks back: year 1 has no weeks before it
        return Reply(st("digest_too_early", day=EARLIEST.strftime("%d.%m.%Y")))
    period = daily_period(day)  # the digest as it is sent that morning
    if ctx.incoming.channel != "telegram":
        return Reply(render_text(build_digest(ctx.s, ctx.routing, office, *period)))
    enqueue_digest(ctx.s, ctx.routing, office, day, [ctx.member], period=period)
    name = office_name(ctx.routing, office)
    return Reply(st("digest_coming", office=name, day=day.strftime("%d.%m.%Y")))
