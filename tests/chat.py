"""A scripted resident for dialog tests: sends messages, presses buttons by label."""

from __future__ import annotations

from itertools import count

from bot.dialog import Button, Dialog, Incoming, Reply

_update_ids = count(1000)


class Chat:
    def __init__(self, dialog: Dialog, chat_id: str = "100", channel: str = "telegram") -> None:
        self.dialog = dialog
        self.chat_id = chat_id
        self.channel = channel
        self.buttons: list[Button] = []
        self.last: list[Reply] = []

    def _send(self, msg: Incoming) -> list[Reply]:
        self.last = self.dialog.handle(msg)
        buttons = [b for r in self.last for row in r.buttons for b in row]
        if buttons or self.last:
            self.buttons = buttons
        return self.last

    def _incoming(self, kind: str, **kw: object) -> Incoming:
        return Incoming(
            self.channel,
            self.chat_id,
            kind,
            user_id=self.chat_id,
            update_id=next(_update_ids),
            **kw,  # type: ignore[arg-type]
        )

    def say(self, text: str) -> list[Reply]:
        kind = "command" if text.startswith("/") else "text"
        return self._send(self._incoming(kind, text=text))

    def reply(self, reference: str | None, text: str) -> list[Reply]:
        """A Telegram reply to the bot's message about `reference`."""
        return self._send(self._incoming("text", text=text, reply_to=reference))

    def press(self, label: str) -> list[Reply]:
        button = next((b for b in self.buttons if b.label == label), None)
        assert button is not None, f"no button {label!r} in {[b.label for b in self.buttons]}"
        return self._send(self._incoming("callback", data=button.data))

    def location(self, lat: float, lon: float) -> list[Reply]:
        return self._send(self._incoming("location", lat=lat, lon=lon))

    def photo(
        self, file_id: str, caption: str | None = None, album: str | None = None
    ) -> list[Reply]:
        return self._send(self._incoming("photo", photo=file_id, text=caption, album=album))

    def contact(self, phone: str | None) -> list[Reply]:
        """A shared contact: `phone` for the resident's own, None for another's."""
        return self._send(self._incoming("contact", phone=phone))

    def unsupported(self) -> list[Reply]:
        return self._send(self._incoming("unsupported"))

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.last)
