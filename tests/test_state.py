"""The bot's state file: round trips, replacement, migration, corrupt and empty files, crashes, random use."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from bot import state as state_mod
from bot.state import BotState, StateCorrupt, Subscription

ROOT = Path(__file__).resolve().parent.parent
CREATED = "2025-03-01T09:15:00+08:00"


def sub(
    chat_id: int,
    time: str = "08:30",
    regions: tuple[str, ...] = (),
    chat_type: str = "private",
    last_sent: str = "",
) -> Subscription:
    return Subscription(chat_id, time, regions, chat_type, CREATED, last_sent)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "state.json"


def temp_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


# -- basics ----------


def test_missing_file_starts_empty_and_creates_folders(path: Path) -> None:
    state = BotState(path)
    assert path.parent.is_dir()
    assert not path.exists()  # nothing written until something changes
    assert state.subscriptions() == []
    assert state.subscription(1) is None
    assert state.script(1) == "simplified"
    assert state.recovered_from is None
    assert state.check() == []


def test_round_trip_across_reopen(path: Path) -> None:
    state = BotState(path)
    a = sub(42, "07:05", ("海安市", "如皋市"), "private")
    b = sub(-1001234567890, "21:00", (), "supergroup", last_sent="2025-03-02T21:00:03+08:00")
    state.subscribe(a)
    state.subscribe(b)
    state.set_script(42, "traditional")
    again = BotState(path)
    assert again.subscription(42) == a
    assert again.subscription(-1001234567890) == b
    assert again.subscriptions() == [a, b]  # ordered by time of day
    assert again.script(42) == "traditional"
    assert again.script(-1001234567890) == "simplified"
    # Readable on disk: place names are not \u-escaped.
    assert "海安市" in path.read_text(encoding="utf-8")
    assert again.check() == []


def test_second_subscribe_replaces_not_doubles(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(7, "08:30", ("海安市",), last_sent="2025-03-02T08:30:00+08:00"))
    state.subscribe(sub(7, "19:45"))
    assert state.subscriptions() == [sub(7, "19:45")]  # last_sent of the old one does not linger
    assert BotState(path).subscriptions() == [sub(7, "19:45")]
    assert len(json.loads(path.read_text(encoding="utf-8"))["subscriptions"]) == 1


def test_unsubscribe(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    state.subscribe(sub(2))
    assert state.unsubscribe(1) is True
    assert state.unsubscribe(1) is False
    assert state.unsubscribe(99) is False
    assert [s.chat_id for s in BotState(path).subscriptions()] == [2]


def test_mark_sent(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(5, regions=("海安市",)))
    state.mark_sent(5, "2025-03-03T08:30:01+08:00")
    expected = sub(5, regions=("海安市",), last_sent="2025-03-03T08:30:01+08:00")
    assert BotState(path).subscription(5) == expected
    state.mark_sent(6, "2025-03-03T08:30:01+08:00")  # unsubscribed meanwhile: nothing happens
    assert state.subscription(6) is None
    with pytest.raises(ValueError):
        state.mark_sent(5, "yesterday")


def test_migrate_group_to_supergroup(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(-123, "09:00", ("如皋市",), "group"))
    state.set_script(-123, "traditional")
    state.subscribe(sub(-100555, "10:00"))  # the new id's own subscription is replaced by the old one's
    state.migrate_chat(-123, -100555)
    for s in (state, BotState(path)):
        assert s.subscription(-123) is None
        assert s.script(-123) == "simplified"
        assert s.subscription(-100555) == sub(-100555, "09:00", ("如皋市",), "supergroup")
        assert s.script(-100555) == "traditional"


def test_migrate_without_data_keeps_new_chat(path: Path) -> None:
    state = BotState(path)
    state.set_script(-2, "traditional")
    state.migrate_chat(-1, -2)
    state.migrate_chat(-2, -2)
    assert state.script(-2) == "traditional"


def test_forget_chat(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(3))
    state.set_script(3, "traditional")
    state.subscribe(sub(4))
    state.forget_chat(3)
    state.forget_chat(12345)
    again = BotState(path)
    assert again.subscription(3) is None
    assert again.script(3) == "simplified"
    assert [s.chat_id for s in again.subscriptions()] == [4]


# -- validation ----------


@pytest.mark.parametrize("time", ["24:00", "8:30", "08:60", "0830", "08:30 ", "０８:３０", "", None])
def test_bad_time_rejected(time: object) -> None:
    with pytest.raises(ValueError):
        sub(1, time=time)  # type: ignore[arg-type]


@pytest.mark.parametrize("time", ["00:00", "23:59", "08:30"])
def test_good_time_accepted(time: str) -> None:
    assert sub(1, time=time).time == time


@pytest.mark.parametrize(
    "changes",
    [
        {"chat_id": "1"},
        {"chat_id": True},
        {"chat_id": 1.0},
        {"regions": "海安市"},
        {"regions": ("",)},
        {"regions": (1,)},
        {"chat_type": "forum"},
        {"created": "not a date"},
        {"last_sent": "soon"},
    ],
)
def test_bad_subscription_fields_rejected(changes: dict) -> None:
    fields = {"chat_id": 1, "time": "08:30", "regions": (), "chat_type": "private", "created": CREATED}
    with pytest.raises(ValueError):
        Subscription(**(fields | changes))


def test_regions_list_becomes_tuple() -> None:
    assert sub(1, regions=["海安市"]).regions == ("海安市",)  # type: ignore[arg-type]


def test_bad_input_changes_nothing(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    before = path.read_bytes()
    with pytest.raises(ValueError):
        state.set_script(1, "cyrillic")
    with pytest.raises(ValueError):
        state.set_script("1", "traditional")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        state.unsubscribe("1")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        state.migrate_chat(1, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        state.subscribe({"chat_id": 1})  # type: ignore[arg-type]
    assert path.read_bytes() == before
    assert state.subscriptions() == [sub(1)]


# -- corrupt, empty and leftover files ----------


@pytest.mark.parametrize(
    "content",
    [
        b'{"subscriptions": {"1": {"time": "08:30"',  # cut off
        b"not json at all",
        b"\xff\xfe\x00garbage",  # not UTF-8
        b"[1, 2, 3]",
        b'{"subscriptions": [1]}',
        b'{"subscriptions": {"abc": {}}}',
        b'{"subscriptions": {"1": "08:30"}}',
    ],
)
def test_corrupt_file_moved_aside_and_reported(path: Path, content: bytes, caplog) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.ERROR, logger="bot.state"):
        state = BotState(path)
    aside = state.recovered_from
    assert aside is not None
    assert aside.parent == path.parent
    assert aside.name.startswith("state.json.corrupt-")
    assert aside.read_bytes() == content  # the bad copy is kept intact
    assert not path.exists()
    assert state.subscriptions() == []
    assert isinstance(state.recovery, StateCorrupt)
    assert str(path) in str(state.recovery) and str(aside) in str(state.recovery)
    assert any(str(aside) in r.getMessage() for r in caplog.records)
    problems = state.check()
    assert len(problems) == 1 and str(aside) in problems[0]
    # The bot carries on, and the next open is clean.
    state.subscribe(sub(1))
    again = BotState(path)
    assert again.recovered_from is None
    assert again.subscriptions() == [sub(1)]


def test_two_corrupt_files_get_distinct_names(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("bad one")
    first = BotState(path).recovered_from
    path.write_text("bad two")
    second = BotState(path).recovered_from
    assert first != second
    assert first.read_text() == "bad one" and second.read_text() == "bad two"


def test_corrupt_file_that_cannot_be_moved_is_not_emptied(path: Path, monkeypatch) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("garbage")

    def fail(*_args: object) -> None:
        raise PermissionError("read-only folder")

    monkeypatch.setattr(state_mod.os, "rename", fail)
    with pytest.raises(StateCorrupt, match="moving it aside failed"):
        BotState(path)
    assert path.read_text() == "garbage"


@pytest.mark.parametrize("content", [b"", b"  \n"])
def test_empty_file_starts_empty(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    state = BotState(path)
    assert state.recovered_from is None
    assert state.subscriptions() == []
    assert state.check() == []
    state.subscribe(sub(1))
    assert BotState(path).subscriptions() == [sub(1)]


def test_invalid_record_is_skipped_and_reported(path: Path) -> None:
    path.parent.mkdir(parents=True)
    good = sub(1).to_doc()
    path.write_text(
        json.dumps(
            {
                "subscriptions": {"1": good, "2": good | {"time": "25:00"}, "3": {"time": "08:00"}},
                "settings": {"1": {"script": "klingon"}},
            }
        )
    )
    state = BotState(path)
    assert state.recovered_from is None
    assert state.subscriptions() == [sub(1)]
    assert state.subscription(2) is None
    assert state.script(1) == "simplified"
    problems = state.check()
    assert len(problems) == 3
    assert any("chat 2" in p and "25:00" in p for p in problems)
    assert any("chat 3" in p and "regions" in p for p in problems)
    # Subscribing again repairs the record.
    state.subscribe(sub(2))
    assert len(state.check()) == 2


def test_leftover_temp_files_removed_at_open(path: Path) -> None:
    BotState(path).subscribe(sub(1))
    leftover = path.parent / ".state.json.abc123.tmp"
    leftover.write_text('{"subscriptions": {"1": {"ti')
    unrelated = path.parent / "other.tmp"
    unrelated.write_text("keep")
    state = BotState(path)
    assert not leftover.exists()
    assert unrelated.exists()
    assert state.subscriptions() == [sub(1)]


def test_check_notices_another_writer(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    BotState(path).subscribe(sub(2))
    assert any("another process" in p for p in state.check())


def test_failed_write_changes_nothing(path: Path, monkeypatch) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    state.set_script(1, "traditional")
    before = path.read_bytes()

    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(state_mod.os, "fsync", fail)
    with pytest.raises(OSError):
        state.subscribe(sub(2))
    with pytest.raises(OSError):
        state.migrate_chat(1, -100)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert temp_files(path) == []
    # Memory was rolled back too: nothing half-applied is served or written later.
    assert state.subscriptions() == [sub(1)]
    assert state.script(1) == "traditional" and state.script(-100) == "simplified"
    state.subscribe(sub(3))
    assert [s.chat_id for s in BotState(path).subscriptions()] == [1, 3]


def test_file_mode_kept(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    os.chmod(path, 0o640)
    state.subscribe(sub(2))
    assert path.stat().st_mode & 0o777 == 0o640


# -- concurrency and crashes ----------


def test_threads(path: Path) -> None:
    state = BotState(path)

    def work(base: int) -> None:
        for i in range(25):
            state.subscribe(sub(base + i, f"{i % 24:02d}:00"))
            state.set_script(base + i, "traditional")
            state.subscriptions()

    threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    again = BotState(path)
    assert len(again.subscriptions()) == 200
    assert all(again.script(s.chat_id) == "traditional" for s in again.subscriptions())


def test_sigkill_never_loses_an_acknowledged_write(path: Path) -> None:
    """Kill a writer at random moments: every id it acknowledged survives and the file stays valid."""
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    acked: set[int] = set()
    began = time.monotonic()
    for round_no in range(20):
        start = round_no * 100_000 + 1
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "state_writer.py"), str(path), str(start), "100000"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        # Wait for the first acknowledgement (so the kill lands among writes, not during start-up), then a
        # random fraction of a second more.
        first = proc.stdout.readline()
        assert first, f"writer died: {proc.stderr.read().decode()}"
        time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        lines = (first + out).decode().split("\n")
        acked.update(int(x) for x in lines[:-1])  # the part after the last newline is not acknowledged

        json.loads(path.read_text(encoding="utf-8"))  # valid JSON, whatever the moment of the kill
        reopened = BotState(path)
        assert reopened.recovered_from is None, f"seed {seed}"
        stored = {s.chat_id for s in reopened.subscriptions()}
        missing = acked - stored
        assert not missing, f"seed {seed}, round {round_no}: lost acknowledged ids {sorted(missing)[:10]}"
        assert temp_files(path) == []
    assert len(acked) > 20
    assert time.monotonic() - began < 30  # generous; it is ~5 s on a laptop


# -- random sequences against a model ----------

CHAT_IDS = [1, 2, 777, -5, -1001234567890]
CHATS = st.sampled_from(CHAT_IDS)
TIMES = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
PLACES = ["海安市", "如皋市", "崇川区", "昆山市"]
REGIONS = st.lists(st.sampled_from(PLACES), max_size=3, unique=True).map(tuple)
WHENS = st.sampled_from(["2025-03-03T08:30:01+08:00", "2025-03-04T21:00:00+08:00", "2025-03-05"])


class StateMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="policybot-state-"))
        self.path = self.dir / "state.json"
        self.state = BotState(self.path)
        self.scripts: dict[int, str] = {}
        self.subs: dict[int, Subscription] = {}

    def teardown(self) -> None:
        for p in self.dir.iterdir():
            p.unlink()
        self.dir.rmdir()

    @rule(chat=CHATS, time=TIMES, regions=REGIONS, chat_type=st.sampled_from(["private", "group", "channel"]))
    def subscribe(self, chat: int, time: str, regions: tuple[str, ...], chat_type: str) -> None:
        s = sub(chat, time, regions, chat_type)
        self.state.subscribe(s)
        self.subs[chat] = s

    @rule(chat=CHATS, time=st.sampled_from(["24:00", "7:30", "12:60"]))
    def subscribe_bad_time(self, chat: int, time: str) -> None:
        with pytest.raises(ValueError):
            self.state.subscribe(sub(chat, time))

    @rule(chat=CHATS)
    def unsubscribe(self, chat: int) -> None:
        assert self.state.unsubscribe(chat) == (self.subs.pop(chat, None) is not None)

    @rule(chat=CHATS, script=st.sampled_from(["simplified", "traditional"]))
    def set_script(self, chat: int, script: str) -> None:
        self.state.set_script(chat, script)
        self.scripts[chat] = script

    @rule(chat=CHATS, when=WHENS)
    def mark_sent(self, chat: int, when: str) -> None:
        self.state.mark_sent(chat, when)
        if chat in self.subs:
            self.subs[chat] = dataclasses.replace(self.subs[chat], last_sent=when)

    @rule(old=CHATS, new=CHATS)
    def migrate(self, old: int, new: int) -> None:
        self.state.migrate_chat(old, new)
        if old == new:
            return
        if old in self.scripts:
            self.scripts[new] = self.scripts.pop(old)
        if old in self.subs:
            s = self.subs.pop(old)
            kind = "supergroup" if s.chat_type == "group" else s.chat_type
            self.subs[new] = dataclasses.replace(s, chat_id=new, chat_type=kind)

    @rule(chat=CHATS)
    def forget(self, chat: int) -> None:
        self.state.forget_chat(chat)
        self.scripts.pop(chat, None)
        self.subs.pop(chat, None)

    @precondition(lambda self: self.path.exists())
    @rule()
    def reopen(self) -> None:
        self.state = BotState(self.path)
        assert self.state.recovered_from is None

    def agrees(self, state: BotState) -> None:
        expected = sorted(self.subs.values(), key=lambda s: (s.time, s.chat_id))
        assert state.subscriptions() == expected
        for chat in CHAT_IDS:
            assert state.subscription(chat) == self.subs.get(chat)
            assert state.script(chat) == self.scripts.get(chat, "simplified")

    @invariant()
    def memory_and_disk_match_model(self) -> None:
        self.agrees(self.state)
        self.agrees(BotState(self.path))
        assert self.state.check() == []


StateMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_state_machine = StateMachine.TestCase
