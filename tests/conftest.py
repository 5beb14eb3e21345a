"""Shared fixtures: the Bot API stand-in (tests/botapi) and a real `policybot run` process polling it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from botapi import BotApiStandIn, Call

from bot.ingest.record import Record
from bot.state import read_snapshot

pytest_plugins = ["botapi"]

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123:TEST"
START_TIMEOUT = 20.0
REPLY_TIMEOUT = 10.0
HELP_MARK = "怎么问"  # a line of the /help answer


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll for an effect no Bot API call shows (the state file, the log)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(0.02)


class BotProcess:
    """`policybot run` as a subprocess against a stand-in, with its own state file and log."""

    def __init__(
        self,
        standin: BotApiStandIn,
        workdir: Path,
        extra_env: dict[str, str] | None = None,
        args: tuple[str, ...] = (),
    ) -> None:
        self.standin = standin
        self.args = args
        self.workdir = workdir
        self.state_path = workdir / "state.sqlite3"
        self.log_path = workdir / "bot.log"
        self.env = {
            **os.environ,
            "POLICYBOT_TOKEN": TOKEN,
            "POLICYBOT_API_URL": standin.base_url,
            "POLICYBOT_STATE": str(self.state_path),
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = START_TIMEOUT) -> float:
        """Start the bot and wait until it has set its command menu (then it polls); the seconds it took."""
        mark = self.standin.mark()
        started = time.monotonic()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", *self.args],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = started + timeout
        while True:
            try:
                self.standin.wait_for(lambda c: c.method == "setMyCommands", timeout=0.5, since=mark)
                break
            except TimeoutError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"the bot exited with {self.proc.returncode}:\n{self.log()}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the bot did not start within {timeout}s:\n{self.log()}") from None
        # The rest of start-up (the other menus, then deleteWebhook or setWebhook) ends when it fetches updates or
        # sets its webhook: a test's calls start after that, not among them.
        with contextlib.suppress(TimeoutError):  # a stand-in that refuses both: as before
            self.standin.wait_for(lambda c: c.method in ("getUpdates", "setWebhook"), timeout=10, since=mark)
        return time.monotonic() - started

    def stop(self, timeout: float = 15.0) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout)

    def restart(self) -> float:
        self.stop()
        return self.start()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def state(self) -> dict[str, Any]:
        """The state database's content, in the layout of the JSON state file of earlier versions."""
        return read_snapshot(self.state_path)

    def state_bytes(self) -> bytes | None:
        """The state's content as bytes, to tell whether anything changed."""
        return json.dumps(self.state(), sort_keys=True).encode() if self.state_path.exists() else None

    # -- conversations ------------------------------------------------------------------------------------

    def ask(self, chat_id: int, text: str, n: int = 1, **push: Any) -> list[Call]:
        """Send a message as a user and wait for the bot's n messages to that chat."""
        mark = self.standin.mark()
        self.standin.push_message(chat_id, text, **push)
        return self.standin.wait_for_messages(chat_id, n, REPLY_TIMEOUT, since=mark)

    def ask_one(self, chat_id: int, text: str, **push: Any) -> Call:
        return self.ask(chat_id, text, **push)[0]

    def ignored(self, chat_id: int, text: str, **push: Any) -> bool:
        """Whether the bot stays quiet on `text`: send it, then a message it must answer in the same chat.
        A chat's updates are handled in order, so once that answer is there, the first was handled too."""
        mark = self.standin.mark()
        self.standin.push_message(chat_id, text, **push)
        self.standin.push_message(chat_id, f"/help@{self.standin.bot_user['username']}", **push)

        def is_help(call: Call) -> bool:
            return call.ok and call.chat_id == chat_id and HELP_MARK in (call.text or "")

        self.standin.wait_for(is_help, REPLY_TIMEOUT, since=mark)
        return len(self.standin.wait_for_messages(chat_id, 1, 0, since=mark)) == 1


@pytest.fixture(scope="session")
def standin() -> Iterator[BotApiStandIn]:
    """One stand-in for the whole session; tests keep apart by using distinct chat ids."""
    with BotApiStandIn() as server:
        yield server


@pytest.fixture(scope="session")
def running_bot(standin: BotApiStandIn, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """One `policybot run` process for the session, polling the stand-in."""
    bot = BotProcess(standin, tmp_path_factory.mktemp("bot"))
    bot.start()
    yield bot
    bot.stop()


def gold_records() -> list[Record]:
    """The seeds' hand-labelled records (tests/gold) as store records, for tests that need a real store."""
    records = []
    for path in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            records.append(Record(**json.loads(line), start=i, end=i + 1))
    return records
