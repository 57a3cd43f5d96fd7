"""The emulated Bot API is as strict as Telegram's: each error as Telegram sends
it to a raw HTTP client, and as the exception python-telegram-bot raises."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.request import HTTPXRequest

from tests import fake_telegram as tg

CHAT = 4242


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[tg.FakeBotAPI]:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # PTB 23's RetryAfter.retry_after, no warning
    server = tg.FakeBotAPI(query_max_age=1.0)
    server.start()
    server.push(tg.text(CHAT, "Grüezi"))  # the resident has written to the bot
    yield server
    server.stop()


@pytest.fixture
async def bot(api: tg.FakeBotAPI) -> AsyncIterator[Bot]:
    request = HTTPXRequest(read_timeout=1.0)
    async with Bot(api.token, base_url=api.base_url, request=request) as b:
        yield b


def raw(api: tg.FakeBotAPI, method: str, **params: Any) -> httpx.Response:
    return httpx.post(api.method_url + method, json=params, timeout=5)


def bad_request(response: httpx.Response) -> str:
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False and body["error_code"] == 400
    assert body["description"].startswith("Bad Request: ")
    return str(body["description"])


def keyboard(data: str) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": "Ja", "callback_data": data}]]}


def test_message_length_counts_after_entity_parsing(api: tg.FakeBotAPI) -> None:
    assert raw(api, "sendMessage", chat_id=CHAT, text="x" * 4096).json()["ok"] is True
    too_long = raw(api, "sendMessage", chat_id=CHAT, text="x" * 4097)
    assert bad_request(too_long) == "Bad Request: message is too long"
    # 4,096 visible characters: the HTML tags do not count
    bold = raw(
        api, "sendMessage", chat_id=CHAT, text="<b>" + "x" * 4096 + "</b>", parse_mode="HTML"
    )
    assert bold.json()["ok"] is True
    for empty in ["", "   \n ", "<b></b>"]:
        response = raw(api, "sendMessage", chat_id=CHAT, text=empty, parse_mode="HTML")
        assert bad_request(response) == "Bad Request: message text is empty"
    assert len(api.sent("sendMessage")) == 2  # the failed calls changed nothing


def test_callback_data_is_1_to_64_bytes(api: tg.FakeBotAPI) -> None:
    ok = raw(api, "sendMessage", chat_id=CHAT, text="Weiter?", reply_markup=keyboard("ä" * 32))
    assert ok.json()["result"]["reply_markup"] == keyboard("ä" * 32)
    for data in ["ä" * 33, ""]:  # 66 bytes; empty
        response = raw(
            api, "sendMessage", chat_id=CHAT, text="Weiter?", reply_markup=keyboard(data)
        )
        assert bad_request(response) == "Bad Request: BUTTON_DATA_INVALID"


def test_unknown_chat_and_blocked_chat(api: tg.FakeBotAPI) -> None:
    assert bad_request(raw(api, "sendMessage", chat_id=777, text="Hallo")) == (
        "Bad Request: chat not found"
    )
    api.block(CHAT)
    blocked = raw(api, "sendMessage", chat_id=CHAT, text="Hallo")
    assert blocked.status_code == 403
    assert blocked.json() == {
        "ok": False,
        "error_code": 403,
        "description": "Forbidden: bot was blocked by the user",
    }


def test_edits_of_unknown_and_unchanged_messages(api: tg.FakeBotAPI) -> None:
    sent = raw(api, "sendMessage", chat_id=CHAT, text="Frage", reply_markup=keyboard("a")).json()
    message_id = sent["result"]["message_id"]
    same = raw(
        api,
        "editMessageText",
        chat_id=CHAT,
        message_id=message_id,
        text="Frage",
        reply_markup=keyboard("a"),
    )
    assert bad_request(same) == tg.NOT_MODIFIED
    changed = raw(api, "editMessageText", chat_id=CHAT, message_id=message_id, text="Frage")
    assert changed.json()["ok"] is True  # the keyboard is gone: that is a change
    assert api.message(CHAT, message_id) is not None
    assert "reply_markup" not in (api.message(CHAT, message_id) or {})
    missing = raw(api, "editMessageText", chat_id=CHAT, message_id=message_id + 50, text="x")
    assert bad_request(missing) == "Bad Request: message to edit not found"


def test_files_are_sent_by_id_as_the_type_they_came_as(api: tg.FakeBotAPI) -> None:
    """Bot API, "Sending files": "It is not possible to change the file type when
    resending by file_id". A picture sent as a file goes back as a document;
    captions are at most 1024 characters; a reply names a message of the chat."""
    api.push(tg.photo(CHAT, "ph1"))
    api.push(tg.document(CHAT, "doc1", "Hier das Foto"))
    wrong = bad_request(raw(api, "sendPhoto", chat_id=CHAT, photo="doc1"))
    assert wrong == "Bad Request: can't use file of type Document as Photo"
    wrong = bad_request(raw(api, "sendDocument", chat_id=CHAT, document="ph1"))
    assert wrong == "Bad Request: can't use file of type Photo as Document"
    unknown = bad_request(raw(api, "sendDocument", chat_id=CHAT, document="never"))
    assert unknown == "Bad Request: wrong file identifier/HTTP URL specified"
    long = bad_request(raw(api, "sendPhoto", chat_id=CHAT, photo="ph1", caption="x" * 1025))
    assert long == "Bad Request: message caption is too long"
    nowhere = {"message_id": 999}
    missing = raw(api, "sendPhoto", chat_id=CHAT, photo="ph1", reply_parameters=nowhere)
    assert bad_request(missing) == "Bad Request: message to be replied not found"
    card = raw(api, "sendMessage", chat_id=CHAT, text="Karte").json()["result"]
    to_card = {"message_id": card["message_id"]}
    sent = raw(
        api, "sendDocument", chat_id=CHAT, document="doc1", caption="ZH", reply_parameters=to_card
    )
    result = sent.json()["result"]
    assert (result["document"]["file_id"], result["caption"]) == ("doc1", "ZH")
    assert result["reply_to_message"]["message_id"] == card["message_id"]
    gone = {"message_id": 999, "allow_sending_without_reply": True}
    assert raw(api, "sendPhoto", chat_id=CHAT, photo="ph1", reply_parameters=gone).json()["ok"]


def test_callback_queries_expire_and_are_answered_once(api: tg.FakeBotAPI) -> None:
    api.push(tg.callback(CHAT, {"message_id": 1, "date": 0, "chat": {"id": CHAT}}, "a"))
    api.push(tg.callback(CHAT, {"message_id": 1, "date": 0, "chat": {"id": CHAT}}, "b"))
    first, second = [u["callback_query"]["id"] for u in api._updates[1:]]
    assert raw(api, "answerCallbackQuery", callback_query_id=first).json()["ok"] is True
    twice = raw(api, "answerCallbackQuery", callback_query_id=first)
    assert bad_request(twice) == tg.QUERY_TOO_OLD
    assert bad_request(raw(api, "answerCallbackQuery", callback_query_id="nope")) == (
        tg.QUERY_TOO_OLD
    )
    time.sleep(1.1)  # older than query_max_age
    assert bad_request(raw(api, "answerCallbackQuery", callback_query_id=second)) == (
        tg.QUERY_TOO_OLD
    )


def test_unknown_method_wrong_token_and_case_insensitive_names(api: tg.FakeBotAPI) -> None:
    unknown = raw(api, "sendTelepathy", chat_id=CHAT)
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    wrong = httpx.post(api.base_url + "1:WRONG/getMe", timeout=5)
    assert wrong.status_code == 401 and wrong.json()["description"] == "Unauthorized"
    assert raw(api, "sendmessage", chat_id=CHAT, text="Hallo").json()["ok"] is True
    assert [c.method for c in api.sent("sendMessage")] == ["sendMessage"]


def test_injected_faults(api: tg.FakeBotAPI) -> None:
    api.fail_next("sendMessage", 429, retry_after=3)
    flood = raw(api, "sendMessage", chat_id=CHAT, text="Hallo")
    assert flood.status_code == 429
    assert flood.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    api.fail_next("sendMessage", 500, times=2)
    for _ in range(2):
        assert raw(api, "sendMessage", chat_id=CHAT, text="Hallo").json()["error_code"] == 500
    api.fail_next("sendMessage", 502)
    gateway = raw(api, "sendMessage", chat_id=CHAT, text="Hallo")
    assert gateway.status_code == 502 and "<title>502 Bad Gateway</title>" in gateway.text
    api.fail_next("sendMessage", 403)
    assert raw(api, "sendMessage", chat_id=CHAT, text="Hallo").status_code == 403
    assert raw(api, "sendMessage", chat_id=CHAT, text="Hallo").json()["ok"] is True
    assert len(api.attempts("sendMessage")) == 6 and len(api.sent("sendMessage")) == 1
    api.delay_next("getMe", 0.3)
    started = time.monotonic()
    assert raw(api, "getMe").json()["result"]["username"] == "quartierbot_test_bot"
    assert time.monotonic() - started >= 0.3


def test_webhook_must_be_https_and_blocks_polling(api: tg.FakeBotAPI) -> None:
    insecure = raw(api, "setWebhook", url="http://example.invalid/hook")
    assert bad_request(insecure).startswith("Bad Request: bad webhook")
    assert raw(api, "setWebhook", url="https://example.invalid/hook").json()["ok"] is True
    conflict = raw(api, "getUpdates")
    assert conflict.status_code == 409 and conflict.json()["description"].startswith("Conflict")
    assert raw(api, "deleteWebhook").json()["ok"] is True
    assert raw(api, "getUpdates").json()["result"][0]["message"]["text"] == "Grüezi"


async def test_ptb_raises_the_matching_exceptions(api: tg.FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, " ")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(777, "Hallo")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(CHAT, "Weiter?", reply_markup=markup)
    message = await bot.send_message(CHAT, "Frage")
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Frage", chat_id=CHAT, message_id=message.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("Neu", chat_id=CHAT, message_id=message.message_id + 9)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("unknown")
    api.fail_next("sendMessage", 429, retry_after=2)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(CHAT, "Hallo")
    assert flood.value.retry_after == timedelta(seconds=2)
    api.fail_next("sendMessage", 500)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(CHAT, "Hallo")
    api.fail_next("sendMessage", 502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(CHAT, "Hallo")
    api.fail_next("sendMessage", 403)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "Hallo")
    api.delay_next("sendMessage", 2.0)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "Hallo")
    with pytest.raises(EndPointNotFound, match="sendTelepathy"):  # 404 "Not Found"
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": CHAT})
    with pytest.raises(InvalidToken):
        async with Bot("1:WRONG", base_url=api.base_url):
            pass
