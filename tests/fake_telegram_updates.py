"""Updates as Telegram delivers them (messages, locations, photos, button presses)
for the emulated Bot API in tests/fake_telegram.py."""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.fake_telegram import Call

_query_ids = itertools.count(1)


def _user(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Anna", "language_code": "de"}


def _message(chat_id: int, **content: Any) -> dict[str, Any]:
    return {
        "message": {
            "message_id": int(time.time() * 1000) % 1_000_000,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Anna"},
            "from": _user(chat_id),
            **content,
        }
    }


def text(chat_id: int, body: str) -> dict[str, Any]:
    if body.startswith("/"):
        command = body.split()[0]
        return _message(
            chat_id,
            text=body,
            entities=[{"type": "bot_command", "offset": 0, "length": len(command)}],
        )
    return _message(chat_id, text=body)


def location(chat_id: int, lat: float, lon: float) -> dict[str, Any]:
    return _message(chat_id, location={"latitude": lat, "longitude": lon})


def photo(
    chat_id: int, file_id: str, caption: str | None = None, album: str | None = None
) -> dict[str, Any]:
    """A photo; `album`: the media_group_id Telegram gives each photo of an album."""
    sizes = [
        {"file_id": f"{file_id}-s", "file_unique_id": f"{file_id}-us", "width": 90, "height": 90},
        {"file_id": file_id, "file_unique_id": f"{file_id}-u", "width": 1280, "height": 960},
    ]
    extra = {"caption": caption} if caption else {}
    return _message(chat_id, photo=sizes, **extra, **({"media_group_id": album} if album else {}))


def document(
    chat_id: int,
    file_id: str,
    caption: str | None = None,
    mime_type: str = "image/jpeg",
    file_name: str = "IMG_2041.jpg",
) -> dict[str, Any]:
    """A file (Telegram Desktop's pictures, "send as file" on phones)."""
    body = {
        "file_id": file_id,
        "file_unique_id": f"{file_id}-u",
        "file_name": file_name,
        "mime_type": mime_type,
        "file_size": 2_400_000,
    }
    return _message(chat_id, document=body, **({"caption": caption} if caption else {}))


def video(chat_id: int, file_id: str = "vid1", caption: str | None = None) -> dict[str, Any]:
    body = {
        "file_id": file_id,
        "file_unique_id": f"{file_id}-u",
        "width": 1280,
        "height": 720,
        "duration": 5,
        "mime_type": "video/mp4",
    }
    return _message(chat_id, video=body, **({"caption": caption} if caption else {}))


def contact(chat_id: int, phone_number: str, user_id: int | None = None) -> dict[str, Any]:
    """A shared contact; the resident's own (from the paperclip, or a
    request_contact button) carries their user id."""
    body: dict[str, Any] = {"phone_number": phone_number, "first_name": "Anna"}
    if user_id is not None:
        body["user_id"] = user_id
    return _message(chat_id, contact=body)


def voice(chat_id: int) -> dict[str, Any]:
    return _message(chat_id, voice={"file_id": "v1", "file_unique_id": "uv1", "duration": 3})


def callback(chat_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
    return {
        "callback_query": {
            "id": f"cb{next(_query_ids)}",
            "from": _user(chat_id),
            "chat_instance": "ci1",
            "data": data,
            "message": message,
        }
    }


def message_of(call: Call) -> dict[str, Any]:
    """The message the bot sent, as Telegram echoes it in a callback query."""
    return dict(call.result)


def button_data(call: Call, label: str) -> str:
    for row in call.params["reply_markup"]["inline_keyboard"]:
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r}")
