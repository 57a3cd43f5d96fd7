"""`quartierbot concerns purge` runs the whole retention purge and reports it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from store import repository as repo
from store.db import make_engine, session_scope, upgrade
from store.models import Resident, Status, utcnow


def test_purge_command_prints_what_it_did(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'purge.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    long_ago = utcnow() - timedelta(days=800)
    with session_scope(engine) as s:
        resident = repo.get_or_create_resident(s, channel="telegram", chat_id="p", user_id="p")
        resident.last_seen_at = resident.created_at = long_ago
        concern = repo.create_concern(s, resident=resident, text="alt", status=Status.DONE)
        concern.created_at = long_ago
        conv = repo.get_conversation(s, channel="telegram", chat_id="p")
        conv.updated_at = long_ago
        assert repo.claim_update(s, channel="telegram", update_id=1)
        s.add_all([resident, concern, conv])
        rid, cid = resident.id, concern.id or 0
    engine.dispose()

    result = CliRunner().invoke(app, ["concerns", "purge", "--db", url, "--months", "24"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "1 concerns anonymised (older than 24 months)",
        "1 chats forgotten (silent for 24 months)",
        "1 idle conversations deleted",
        "0 processed update ids deleted",
        "0 processed inbox updates deleted",
    ]
    engine = make_engine(url)
    with session_scope(engine) as s:
        forgotten = s.get(Resident, rid)
        assert forgotten is not None and forgotten.chat_id is None
        assert repo.get_concern(s, cid).text is None
    engine.dispose()
