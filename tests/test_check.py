"""`policybot check` as a health check runs it: a subprocess that reports, exits 0 or 1, and writes nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.config import SHIPPED_STORE
from bot.state import BotState, Subscription
from bot.store import PolicyStore

ROOT = Path(__file__).resolve().parent.parent


def _check(state: Path, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
    env["POLICYBOT_STATE"] = str(state)
    if store is not None:
        env["POLICYBOT_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime, but SQLite's -shm: shared memory where readers take their read locks."""
    return {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }


def test_shipped_store_and_fresh_state_pass_without_writing(tmp_path: Path) -> None:
    state = tmp_path / "not-yet" / "state.sqlite3"
    result = _check(state)
    assert result.returncode == 0, result.stdout + result.stderr
    store = PolicyStore.load(SHIPPED_STORE)
    assert f"ok store: {len(store.records)} records from {len(store.documents)} documents" in result.stdout
    assert "ok state: no state file yet" in result.stdout
    assert list(tmp_path.iterdir()) == []  # not even the state folder


def test_state_written_by_the_bot_passes_beside_it_and_after_it(tmp_path: Path) -> None:
    state_path = tmp_path / "state.sqlite3"
    state = BotState(state_path)
    state.subscribe(Subscription(42, "08:30", ("海安市",), "private", "2025-01-01T00:00:00+00:00"))
    state.set_script(42, "traditional")
    before = _snapshot(tmp_path)  # the bot still running: its changes in the write-ahead log
    result = _check(state_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok state: 1 subscriptions, 1 chat settings, integrity ok ({state_path})" in result.stdout
    assert _snapshot(tmp_path) == before
    state.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    before = _snapshot(tmp_path)
    result = _check(state_path)
    assert "ok state: 1 subscriptions, 1 chat settings, integrity ok" in result.stdout
    assert _snapshot(tmp_path) == before and sorted(p.name for p in tmp_path.iterdir()) == names


def test_json_state_awaiting_import_passes_and_is_left_alone(tmp_path: Path) -> None:
    legacy = tmp_path / "state.json"
    doc = {"time": "08:30", "regions": [], "chat_type": "private", "created": "2025-01-01T00:00:00+00:00"}
    legacy.write_text(json.dumps({"subscriptions": {"42": doc}, "settings": {}}), encoding="utf-8")
    before = _snapshot(tmp_path)
    for path in (legacy, tmp_path / "state.sqlite3"):  # named by POLICYBOT_STATE, or beside the new default
        result = _check(path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"ok state: JSON state file {legacy} with 1 subscriptions, 0 chat settings" in result.stdout
        assert "imports it" in result.stdout
    assert _snapshot(tmp_path) == before


def test_damaged_database_fails_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    state = BotState(path)
    for chat_id in range(1, 400):
        state.subscribe(Subscription(chat_id, "08:30", ("海安市",), "private", "2025-01-01T00:00:00+00:00"))
    state.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    before = _snapshot(tmp_path)
    result = _check(path)
    assert result.returncode == 1
    assert f"FAIL state: state file {path} is corrupt (" in result.stdout and "--reset-state" in result.stdout
    assert len(result.stdout.splitlines()) == 3  # one line a check
    assert _snapshot(tmp_path) == before


def test_another_programs_database_fails(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    result = _check(path)
    assert result.returncode == 1 and "is a SQLite database but not policybot's state" in result.stdout


def test_state_path_that_is_a_folder_fails(tmp_path: Path) -> None:
    result = _check(tmp_path)
    assert result.returncode == 1 and f"FAIL state: state path {tmp_path} is a folder" in result.stdout


def test_corrupt_state_fails_and_is_left_untouched(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_bytes(b'{"subscriptions": {"1": {"time": "08:')
    before = _snapshot(tmp_path)
    result = _check(state)
    assert result.returncode == 1
    assert "ok store:" in result.stdout
    assert f"FAIL state: state file {state} is corrupt (not JSON" in result.stdout
    assert "1 of 3 checks failed (state)" in result.stderr
    assert _snapshot(tmp_path) == before  # not moved aside, no copy made


def test_invalid_records_in_a_well_formed_state_fail(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"subscriptions": {"7": {"time": "25:00", "regions": []}}}', encoding="utf-8")
    result = _check(state)
    assert result.returncode == 1
    assert "FAIL state:" in result.stdout and "subscription of chat 7 is invalid" in result.stdout
    database = tmp_path / "state.sqlite3"
    BotState(database).subscribe(Subscription(7, "08:30", (), "private", "2025-01-01T00:00:00+00:00"))
    with sqlite3.connect(database) as db:
        db.execute("UPDATE subscriptions SET time = '25:00'")
    result = _check(database)
    assert result.returncode == 1 and "subscription of chat 7 is invalid" in result.stdout


def test_missing_store_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "store.json"
    result = _check(tmp_path / "state.sqlite3", store=missing)
    assert result.returncode == 1
    assert f"FAIL store: {missing}: no policy store here (run `policybot build`)" in result.stdout
    assert "ok state:" in result.stdout


def test_garbled_store_fails(tmp_path: Path) -> None:
    garbled = tmp_path / "store.json"
    garbled.write_bytes(SHIPPED_STORE.read_bytes()[:5000])
    result = _check(tmp_path / "state.sqlite3", store=garbled)
    assert result.returncode == 1
    assert f"FAIL store: {garbled}: not a readable policy store" in result.stdout
    assert "checks failed (store)" in result.stderr
