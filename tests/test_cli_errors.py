"""Operator errors end in one clear line and a non-zero exit, never a traceback: the state path (a folder,
unreadable, uncreatable, unwritable, corrupt), the store (missing, corrupt), a busy webhook port, a malformed
POLICYBOT_ADMIN_CHAT. And the happy paths beside them: `run --reset-state`, the import of a JSON state file."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from botapi import BotApiStandIn
from conftest import TOKEN, BotProcess

from bot.config import SHIPPED_STORE
from bot.state import BotState, Subscription, read_snapshot

ROOT = Path(__file__).resolve().parent.parent
CREATED = "2025-01-01T08:00:00+08:00"
UNREACHABLE_API = "http://127.0.0.1:9/bot"  # nothing listens: state and store errors come before the network


def policybot(*args: str, env: dict[str, str] | None = None, prefix: list[str] | None = None):
    base = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
    base |= {"POLICYBOT_TOKEN": TOKEN, "POLICYBOT_API_URL": UNREACHABLE_API}
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "bot.cli", *args],
        cwd=ROOT,
        env=base | (env or {}),
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_clear_line(result: subprocess.CompletedProcess[str], *fragments: str, code: int = 1) -> str:
    """The process failed with `code`, its stderr is one line holding every fragment, and no traceback."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply (root ignores them unless it drops DAC caps)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", "--bounding-set", caps, "--inh-caps", caps, "--"]


# -- the state path ----------


def test_state_path_is_a_folder(tmp_path: Path) -> None:
    result = policybot("run", env={"POLICYBOT_STATE": str(tmp_path)})
    one_clear_line(result, f"state path {tmp_path} is a folder", "POLICYBOT_STATE")


def test_state_folder_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    state = tmp_path / "a-file" / "policybot" / "state.sqlite3"
    result = policybot("run", env={"POLICYBOT_STATE": str(state)})
    one_clear_line(result, "cannot create the state folder", str(state.parent))


def test_state_folder_not_writable_fails_at_start(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = policybot(
            "run", env={"POLICYBOT_STATE": str(folder / "state.sqlite3")}, prefix=without_root_powers()
        )
    finally:
        folder.chmod(0o755)
    one_clear_line(result, f"state folder {folder} is not writable", "permissions")
    assert list(folder.iterdir()) == []


def test_state_file_not_readable(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    BotState(path).close()
    path.chmod(0o000)
    try:
        result = policybot("run", env={"POLICYBOT_STATE": str(path)}, prefix=without_root_powers())
        checked = policybot("check", env={"POLICYBOT_STATE": str(path)}, prefix=without_root_powers())
    finally:
        path.chmod(0o644)
    one_clear_line(result, f"state file {path} is not readable and writable", "permissions")
    assert checked.returncode == 1 and "FAIL state:" in checked.stdout and "Traceback" not in checked.stderr


def test_corrupt_state_stops_the_bot_and_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    state = BotState(path)
    for chat_id in range(1, 400):
        state.subscribe(Subscription(chat_id, "08:30", ("海安市",), "private", CREATED))
    state.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    result = policybot("run", env={"POLICYBOT_STATE": str(path)})
    one_clear_line(result, f"state file {path} is corrupt", "restore it from a backup", "--reset-state")
    assert path.read_bytes() == bytes(data)  # left as found
    checked = policybot("check", env={"POLICYBOT_STATE": str(path)})
    assert checked.returncode == 1
    assert (
        f"FAIL state: state file {path} is corrupt (" in checked.stdout and "--reset-state" in checked.stdout
    )
    assert "Traceback" not in checked.stderr


def test_garbage_state_file(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(os.urandom(5000))
    one_clear_line(policybot("run", env={"POLICYBOT_STATE": str(path)}), "is corrupt", "--reset-state")


# -- the store ----------


@pytest.mark.parametrize("command", [["run"], ["ask", "/targets 海安"]])
def test_missing_store(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "nowhere" / "store.json"
    env = {"POLICYBOT_STORE": str(missing), "POLICYBOT_STATE": str(tmp_path / "state.sqlite3")}
    one_clear_line(policybot(*command, env=env), f"{missing}: no policy store here", "policybot build")


@pytest.mark.parametrize("command", [["run"], ["ask", "/targets 海安"]])
def test_corrupt_store(tmp_path: Path, command: list[str]) -> None:
    garbled = tmp_path / "store.json"
    garbled.write_bytes(SHIPPED_STORE.read_bytes()[:5000])
    env = {"POLICYBOT_STORE": str(garbled), "POLICYBOT_STATE": str(tmp_path / "state.sqlite3")}
    one_clear_line(policybot(*command, env=env), f"{garbled}: not a readable policy store")


def test_ask_writes_no_state(tmp_path: Path) -> None:
    state = tmp_path / "state" / "state.sqlite3"
    result = policybot("ask", "/subscribe 08:30 海安", env={"POLICYBOT_STATE": str(state)})
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []


# -- configuration ----------


@pytest.mark.parametrize("value", ["abc", "12.5", "0", "@channel"])
def test_malformed_admin_chat(tmp_path: Path, value: str) -> None:
    env = {"POLICYBOT_ADMIN_CHAT": value, "POLICYBOT_STATE": str(tmp_path / "s.sqlite3")}
    for command in ("run", "check"):
        one_clear_line(policybot(command, env=env), "POLICYBOT_ADMIN_CHAT", code=2)
    assert list(tmp_path.iterdir()) == []


def test_check_says_whether_admin_chat_is_set(tmp_path: Path) -> None:
    env = {"POLICYBOT_STATE": str(tmp_path / "s.sqlite3")}
    unset = policybot("check", env=env)
    assert "ok admin chat: POLICYBOT_ADMIN_CHAT is not set; errors are only logged" in unset.stdout
    set_ = policybot("check", env=env | {"POLICYBOT_ADMIN_CHAT": " -1001234567890 "})
    assert set_.returncode == 0, set_.stdout + set_.stderr
    assert (
        "ok admin chat: POLICYBOT_ADMIN_CHAT is set; error reports go to chat -1001234567890" in set_.stdout
    )


# -- against the Bot API stand-in ----------


def test_busy_webhook_port(standin: BotApiStandIn, tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = policybot(
            "run",
            "--webhook",
            "https://bot.example.org/hook",
            "--port",
            str(port),
            env={"POLICYBOT_API_URL": standin.base_url, "POLICYBOT_STATE": str(tmp_path / "s.sqlite3")},
        )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert (
        last
        == f"policybot run: port {port} on 127.0.0.1 is already in use; stop what holds it or pick --port"
    )


def test_reset_state_moves_a_corrupt_file_aside_and_starts(standin: BotApiStandIn, tmp_path: Path) -> None:
    bot = BotProcess(standin, tmp_path, args=("--reset-state",))
    bot.state_path.write_bytes(b"\x00garbage, not a database" * 100)
    bot.start()
    try:
        aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
        assert len(aside) == 1 and aside[0].read_bytes().startswith(b"\x00garbage")
        assert f"moved aside to {aside[0]}" in bot.log()
        assert "好的" in (bot.ask_one(5301, "/subscribe 07:00 海安").text or "")
        assert read_snapshot(bot.state_path)["subscriptions"]["5301"]["regions"] == ["海安市"]
    finally:
        bot.stop()
    assert "Traceback" not in bot.log()


def test_json_state_is_imported_once_at_start(standin: BotApiStandIn, tmp_path: Path) -> None:
    legacy = tmp_path / "state.json"
    doc = {
        "time": "06:45",
        "regions": ["如皋市"],
        "chat_type": "private",
        "created": CREATED,
        "last_sent": "",
    }
    data = {"subscriptions": {"5302": doc}, "settings": {"5302": {"script": "traditional"}}}
    legacy.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    original = legacy.read_bytes()
    bot = BotProcess(standin, tmp_path)
    bot.state_path = legacy  # the systemd unit and the Docker image name it state.json
    bot.env["POLICYBOT_STATE"] = str(legacy)
    bot.start()
    try:
        assert (tmp_path / "state.json.bak").read_bytes() == original
        sub = read_snapshot(legacy)["subscriptions"]["5302"]
        assert (sub["time"], sub["regions"], sub["days"]) == ("06:45", ["如皋市"], [])
        reply = bot.ask_one(5302, "/help").text or ""
        assert "怎麼問" in reply  # the imported script setting holds
        bot.restart()
        bot.ask_one(5302, "/help")  # polling again (a stop during start-up is another matter)
    finally:
        bot.stop()
    assert bot.log().count("imported 1 subscriptions and 1 chat settings") == 1  # once, not at the restart
    assert "Traceback" not in bot.log()
