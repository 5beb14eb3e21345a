"""`policybot check` as a health check runs it: a subprocess that reports, exits 0 or 1, and writes nothing."""

from __future__ import annotations

import os
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
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_shipped_store_and_fresh_state_pass_without_writing(tmp_path: Path) -> None:
    state = tmp_path / "not-yet" / "state.json"
    result = _check(state)
    assert result.returncode == 0, result.stdout + result.stderr
    store = PolicyStore.load(SHIPPED_STORE)
    assert f"ok store: {len(store.records)} records from {len(store.documents)} documents" in result.stdout
    assert "ok state: no state file yet" in result.stdout
    assert list(tmp_path.iterdir()) == []  # not even the state folder


def test_state_written_by_the_bot_passes(tmp_path: Path) -> None:
    state_path = tmp_path / "state.json"
    state = BotState(state_path)
    state.subscribe(Subscription(42, "08:30", ("海安市",), "private", "2025-01-01T00:00:00+00:00"))
    state.set_script(42, "traditional")
    before = _snapshot(tmp_path)
    result = _check(state_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok state: 1 subscriptions, 1 chat settings" in result.stdout
    assert _snapshot(tmp_path) == before


def test_corrupt_state_fails_and_is_left_untouched(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_bytes(b'{"subscriptions": {"1": {"time": "08:')
    before = _snapshot(tmp_path)
    result = _check(state)
    assert result.returncode == 1
    assert "ok store:" in result.stdout
    assert f"FAIL state: state file {state} is corrupt (not JSON" in result.stdout
    assert "1 of 2 checks failed (state)" in result.stderr
    assert _snapshot(tmp_path) == before  # not moved aside, no copy made


def test_invalid_records_in_a_well_formed_state_fail(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"subscriptions": {"7": {"time": "25:00", "regions": []}}}', encoding="utf-8")
    result = _check(state)
    assert result.returncode == 1
    assert "FAIL state:" in result.stdout and "subscription of chat 7 is invalid" in result.stdout


def test_missing_store_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "store.json"
    result = _check(tmp_path / "state.json", store=missing)
    assert result.returncode == 1
    assert f"FAIL store: {missing}: no policy store here (run `policybot build`)" in result.stdout
    assert "ok state:" in result.stdout


def test_garbled_store_fails(tmp_path: Path) -> None:
    garbled = tmp_path / "store.json"
    garbled.write_bytes(SHIPPED_STORE.read_bytes()[:5000])
    result = _check(tmp_path / "state.json", store=garbled)
    assert result.returncode == 1
    assert f"FAIL store: {garbled}: not a readable policy store" in result.stdout
    assert "checks failed (store)" in result.stderr
