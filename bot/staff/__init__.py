"""The staff desk: what the offices' staff do in the bot (bot.staff.desk)."""

from bot.staff.desk import StaffDesk

__all__ = ["StaffDesk"]
