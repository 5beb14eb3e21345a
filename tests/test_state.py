"""The bot's state database: round trips, replacement, validation, import of JSON state files, corrupt and
unusable files, threads, SIGKILLs during a burst of changes, and random sequences against a model."""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
import state_writer
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from bot import state as state_mod
from bot.state import BotState, StateCorrupt, StateError, Subscription, read_snapshot

ROOT = Path(__file__).resolve().parent.parent
CREATED = "2025-03-01T09:15:00+08:00"


def sub(
    chat_id: int,
    time: str = "08:30",
    regions: tuple[str, ...] = (),
    chat_type: str = "private",
    last_sent: str = "",
    **more: object,
) -> Subscription:
    return Subscription(chat_id, time, regions, chat_type, CREATED, last_sent, **more)  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "state.sqlite3"


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def garble(path: Path) -> None:
    """Overwrite the middle of every page but the first: what a bad disk or a stray write does."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))


def filled(path: Path, n: int = 300) -> BotState:
    state = BotState(path)
    for i in range(n):
        state.subscribe(sub(i + 1, regions=("海安市", "如皋市")))
    state.close()
    return state


# -- basics ----------


def test_new_database_with_folders(path: Path) -> None:
    state = BotState(path)
    assert path.parent.is_dir() and path.read_bytes().startswith(b"SQLite format 3\x00")
    assert state.subscriptions() == []
    assert state.subscription(1) is None
    assert state.script(1) == "simplified"
    assert state.recovered_from is None and state.imported_from is None
    assert state.check() == []
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]


def test_round_trip_across_reopen(path: Path) -> None:
    state = BotState(path)
    a = sub(42, "07:05", ("海安市", "如皋市"), "private")
    b = sub(
        -1001234567890,
        "21:00",
        (),
        "channel",
        last_sent="2025-03-02T21:00:03+08:00",
        days=(4, 0, 2),
        silent=True,
        only_changed=True,
        seen_docs=("haian-2025", "rugao-2024"),
        title="@policy_news",
    )
    state.subscribe(a)
    state.subscribe(b)
    state.set_script(42, "traditional")
    state.close()
    again = BotState(path)
    assert again.subscription(42) == a
    assert again.subscription(-1001234567890) == b
    assert b.days == (0, 2, 4)  # a set of weekdays, kept sorted
    assert again.subscriptions() == [a, b]  # ordered by time of day
    assert again.script(42) == "traditional"
    assert again.script(-1001234567890) == "simplified"
    # One row per chat; place names readable with any SQLite tool, not \u-escaped.
    assert rows(path, "SELECT chat_id, regions FROM subscriptions WHERE chat_id = 42") == [
        (42, '["海安市","如皋市"]')
    ]
    assert again.check() == []


def test_second_subscribe_replaces_not_doubles(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(7, "08:30", ("海安市",), last_sent="2025-03-02T08:30:00+08:00", seen_docs=("d",)))
    state.subscribe(sub(7, "19:45"))
    assert state.subscriptions() == [sub(7, "19:45")]  # last_sent and seen_docs of the old one do not linger
    assert BotState(path).subscriptions() == [sub(7, "19:45")]
    assert rows(path, "SELECT count(*) FROM subscriptions") == [(1,)]


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
    state.subscribe(sub(5, regions=("海安市",), seen_docs=("old",)))
    state.mark_sent(5, "2025-03-03T08:30:01+08:00")
    expected = sub(5, regions=("海安市",), last_sent="2025-03-03T08:30:01+08:00", seen_docs=("old",))
    assert BotState(path).subscription(5) == expected
    state.mark_sent(5, "2025-03-04T08:30:01+08:00", seen_docs=["a", "b"])  # both in one transaction
    expected = dataclasses.replace(expected, last_sent="2025-03-04T08:30:01+08:00", seen_docs=("a", "b"))
    assert BotState(path).subscription(5) == expected
    state.mark_sent(6, "2025-03-03T08:30:01+08:00")  # unsubscribed meanwhile: nothing happens
    assert state.subscription(6) is None
    before = state.snapshot()
    for bad in [("yesterday", None), ("2025-03-03T08:30:01+08:00", "doc"), ("2025-03-03", ("",))]:
        with pytest.raises(ValueError):
            state.mark_sent(5, *bad)  # type: ignore[arg-type]
    assert state.snapshot() == before


def test_migrate_group_to_supergroup(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(-123, "09:00", ("如皋市",), "group", silent=True))
    state.set_script(-123, "traditional")
    state.subscribe(sub(-100555, "10:00"))  # the new id's own subscription is replaced by the old one's
    state.migrate_chat(-123, -100555)
    for s in (state, BotState(path)):
        assert s.subscription(-123) is None
        assert s.script(-123) == "simplified"
        assert s.subscription(-100555) == sub(-100555, "09:00", ("如皋市",), "supergroup", silent=True)
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


@pytest.mark.parametrize("where", [None, ":memory:"])
def test_in_memory_state_writes_no_file(tmp_path: Path, monkeypatch, where: str | None) -> None:
    monkeypatch.chdir(tmp_path)
    state = BotState(where)
    state.subscribe(sub(1))
    state.set_script(1, "traditional")
    state.mark_sent(1, "2025-03-03T08:30:01+08:00", ("d",))
    assert state.subscription(1).seen_docs == ("d",) and state.script(1) == "traditional"
    assert state.path is None and state.check() == []
    assert list(tmp_path.iterdir()) == []


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
        {"days": 1},
        {"days": "12"},
        {"days": (7,)},
        {"days": (-1,)},
        {"days": (True,)},
        {"days": (1.0,)},
        {"silent": 1},
        {"silent": "yes"},
        {"only_changed": None},
        {"seen_docs": "doc"},
        {"seen_docs": ("",)},
        {"seen_docs": (3,)},
        {"title": None},
        {"title": "x" * 257},
    ],
)
def test_bad_subscription_fields_rejected(changes: dict) -> None:
    fields = {"chat_id": 1, "time": "08:30", "regions": (), "chat_type": "private", "created": CREATED}
    with pytest.raises(ValueError):
        Subscription(**(fields | changes))


def test_lists_become_tuples_and_new_fields_default() -> None:
    s = sub(1, regions=["海安市"], days=[6, 0, 6], seen_docs=["a"])  # type: ignore[arg-type]
    assert (s.regions, s.days, s.seen_docs) == (("海安市",), (0, 6), ("a",))
    plain = sub(2)
    assert (plain.days, plain.silent, plain.only_changed, plain.seen_docs, plain.title) == (
        (),
        False,
        False,
        (),
        "",
    )


def test_bad_input_changes_nothing(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    before = state.snapshot()
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
    assert state.snapshot() == before == BotState(path).snapshot()


def test_failed_transaction_changes_nothing(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    state.set_script(1, "traditional")
    before = state.snapshot()
    with pytest.raises(RuntimeError), state._transaction() as db:
        db.execute("DELETE FROM settings")
        db.execute("DELETE FROM subscriptions")
        raise RuntimeError("disk gone")
    assert state.snapshot() == before == BotState(path).snapshot()
    state.subscribe(sub(3))  # and the connection is usable again
    assert [s.chat_id for s in BotState(path).subscriptions()] == [1, 3]


def test_invalid_rows_are_skipped_and_reported(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    state.subscribe(sub(2))
    state.subscribe(sub(3))
    with sqlite3.connect(path) as db:  # what a hand edit with the sqlite3 tool might leave
        db.execute("UPDATE subscriptions SET time = '25:00' WHERE chat_id = 2")
        db.execute("UPDATE subscriptions SET regions = 'oops' WHERE chat_id = 3")
        db.execute("INSERT INTO settings VALUES (1, 'klingon')")
    state = BotState(path)
    assert state.subscriptions() == [sub(1)]
    assert state.subscription(2) is None
    assert state.script(1) == "simplified"
    problems = state.check()
    assert len(problems) == 3
    assert any("chat 2" in p and "25:00" in p for p in problems)
    assert any("chat 3" in p and "JSON" in p for p in problems)
    state.subscribe(sub(2))  # subscribing again repairs the row
    assert len(state.check()) == 2


# -- JSON state files of earlier versions ----------


def legacy() -> dict:
    return {
        "settings": {"42": {"script": "traditional"}, "7": {"script": "klingon"}},
        "subscriptions": {
            "42": sub(42, "07:05", ("海安市",), last_sent="2025-03-02T07:05:01+08:00").to_doc(),
            "-100": {"time": "21:00", "regions": [], "chat_type": "supergroup", "created": CREATED},
            "9": {"time": "25:00", "regions": [], "chat_type": "private", "created": CREATED},
        },
    }


def old_format(data: dict) -> str:
    """As the JSON state files were written: without the fields added since."""
    for doc in data["subscriptions"].values():
        for field in ("days", "silent", "only_changed", "seen_docs", "title"):
            doc.pop(field, None)
    return json.dumps(data, ensure_ascii=False, indent=1)


def test_json_state_at_the_path_is_imported_once_and_kept(tmp_path: Path, caplog) -> None:
    path = tmp_path / "state.json"  # the systemd unit's and Docker image's name
    text = old_format(legacy())
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.state"):
        state = BotState(path)
    assert state.imported_from == path and state.backup == tmp_path / "state.json.bak"
    assert state.backup.read_text(encoding="utf-8") == text  # the original, byte for byte
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert state.subscription(42) == sub(42, "07:05", ("海安市",), last_sent="2025-03-02T07:05:01+08:00")
    assert state.subscription(-100) == sub(-100, "21:00", (), "supergroup")
    assert state.subscription(9) is None  # invalid then, not imported, said so
    assert any("chat 9" in r.getMessage() for r in caplog.records)
    assert state.script(42) == "traditional" and state.script(7) == "simplified"
    assert state.check() == []
    state.subscribe(sub(5))
    state.close()
    again = BotState(path)  # a second start does not import again
    assert again.imported_from is None
    assert [s.chat_id for s in again.subscriptions()] == [42, 5, -100]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "state.json",
        "state.json.bak",
    ]


def test_json_state_beside_the_new_default_is_imported(tmp_path: Path) -> None:
    old = tmp_path / "state.json"
    text = old_format(legacy())
    old.write_text(text, encoding="utf-8")
    (tmp_path / "state.json.bak").write_text("an older backup")  # never overwritten
    path = tmp_path / "state.sqlite3"
    state = BotState(path)
    assert state.imported_from == old and state.backup == tmp_path / "state.json.bak-1"
    assert not old.exists() and state.backup.read_text(encoding="utf-8") == text
    assert (tmp_path / "state.json.bak").read_text() == "an older backup"
    assert len(state.subscriptions()) == 2
    state.close()
    assert BotState(path).imported_from is None


def test_a_state_json_already_imported_in_place_is_not_imported_again(tmp_path: Path) -> None:
    old = tmp_path / "state.json"
    old.write_text(old_format(legacy()), encoding="utf-8")
    BotState(old).close()  # imported in place: state.json is now the database
    state = BotState(tmp_path / "state.sqlite3")  # the operator then moves to the new name
    assert state.imported_from is None and state.subscriptions() == []
    assert len(BotState(old).subscriptions()) == 2


def test_import_is_all_or_nothing(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "state.json"
    text = old_format(legacy())
    path.write_text(text, encoding="utf-8")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(state_mod.os, "replace", crash)
    with pytest.raises(OSError):
        BotState(path)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == text  # still the JSON file: imported at the next start
    state = BotState(path)
    assert state.imported_from == path and len(state.subscriptions()) == 2
    assert not any(p.name.startswith(".state.json.importing") for p in tmp_path.iterdir())


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


# -- corrupt and unusable files ----------

CORRUPT_JSON = [
    b'{"subscriptions": {"1": {"time": "08:30"',  # cut off
    b'{"subscriptions": [1]}',
    b'{"subscriptions": {"abc": {}}}',
    b'{"subscriptions": {"1": "08:30"}}',
    b"{\xff\xfe\x00garbage",  # not UTF-8
]
NOT_STATE = [b"not json at all", b"[1, 2, 3]", bytes(range(256)) * 4]


@pytest.mark.parametrize("content", CORRUPT_JSON + NOT_STATE)
def test_corrupt_file_stops_and_is_left_alone(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(StateCorrupt) as caught:
        BotState(path)
    message = str(caught.value)
    assert str(path) in message and "--reset-state" in message and "\n" not in message
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("content", CORRUPT_JSON + NOT_STATE)
def test_corrupt_file_moved_aside_when_asked(path: Path, content: bytes, caplog) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.ERROR, logger="bot.state"):
        state = BotState(path, reset_corrupt=True)
    aside = state.recovered_from
    assert aside is not None and aside.parent == path.parent
    assert aside.name.startswith("state.sqlite3.corrupt-")
    assert aside.read_bytes() == content  # the bad copy is kept intact
    assert state.subscriptions() == []
    assert isinstance(state.recovery, StateCorrupt)
    assert str(path) in str(state.recovery) and str(aside) in str(state.recovery)
    assert any(str(aside) in r.getMessage() for r in caplog.records)
    problems = state.check()
    assert len(problems) == 1 and str(aside) in problems[0]
    state.subscribe(sub(1))  # the bot carries on, and the next open is clean
    again = BotState(path)
    assert again.recovered_from is None and again.subscriptions() == [sub(1)]


def test_damaged_database_stops_then_reset_keeps_it_aside(path: Path) -> None:
    filled(path)
    garble(path)
    damaged = path.read_bytes()
    with pytest.raises(StateCorrupt, match=r"quick_check|malformed"):
        BotState(path)
    assert path.read_bytes() == damaged
    state = BotState(path, reset_corrupt=True)
    assert state.recovered_from.read_bytes() == damaged
    assert state.subscriptions() == [] and state.check()[0].startswith(f"state file {path} is corrupt")


def test_damaged_database_with_its_wal_stays_whole_and_moves_aside_together(path: Path) -> None:
    filled(path)
    state = BotState(path)
    state.subscribe(sub(9999))  # in the write-ahead log, not yet in the database file
    wal = path.with_name(path.name + "-wal")
    copies = {p: p.read_bytes() for p in (path, wal)}  # as a killed process leaves them
    state.close()
    for p, data in copies.items():
        p.write_bytes(data)
    garble(path)
    damaged = {p: p.read_bytes() for p in (path, wal)}
    with pytest.raises(StateCorrupt):
        BotState(path)
    assert {p: p.read_bytes() for p in (path, wal)} == damaged  # the log was not checkpointed into it
    state = BotState(path, reset_corrupt=True)
    aside = state.recovered_from
    assert aside.read_bytes() == damaged[path]
    assert aside.with_name(aside.name + "-wal").read_bytes() == damaged[wal]
    assert state.check() == [str(state.recovery)]


def test_two_corrupt_files_get_distinct_names(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("bad one")
    first = BotState(path, reset_corrupt=True).recovered_from
    path.unlink()
    path.write_text("bad two")
    second = BotState(path, reset_corrupt=True).recovered_from
    assert first != second
    assert first.read_text() == "bad one" and second.read_text() == "bad two"


def test_corrupt_file_that_cannot_be_moved_is_not_emptied(path: Path, monkeypatch) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("garbage")

    def fail(*_args: object) -> None:
        raise PermissionError("read-only folder")

    monkeypatch.setattr(state_mod.os, "rename", fail)
    with pytest.raises(StateCorrupt, match="moving it aside failed"):
        BotState(path, reset_corrupt=True)
    assert path.read_text() == "garbage"


def test_another_programs_database_is_refused(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    with pytest.raises(StateError, match="not policybot's state"):
        BotState(path)
    assert rows(path, "SELECT name FROM sqlite_master") == [("photos",)]


def test_folder_and_uncreatable_folder(tmp_path: Path) -> None:
    with pytest.raises(StateError, match="is a folder"):
        BotState(tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StateError, match="cannot create the state folder"):
        BotState(tmp_path / "file" / "sub" / "state.sqlite3")


# -- concurrency and crashes ----------


def test_threads(path: Path) -> None:
    state = BotState(path)

    def work(base: int) -> None:
        for i in range(25):
            state.subscribe(sub(base + i, f"{i % 24:02d}:00"))
            state.set_script(base + i, "traditional")
            state.mark_sent(base + i, "2025-03-03T08:30:01+08:00", ("d",))
            state.subscriptions()

    threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    again = BotState(path)
    assert len(again.subscriptions()) == 200
    assert all(s.last_sent and again.script(s.chat_id) == "traditional" for s in again.subscriptions())
    assert again.check() == []


def test_sigkill_never_loses_an_acknowledged_change(tmp_path: Path) -> None:
    """50 SIGKILLs at random moments of a burst of changes from many chats on several threads: after each
    restart the database passes integrity_check and holds every acknowledged change of every thread (plus at
    most the one change each thread had in flight)."""
    path = tmp_path / "state.sqlite3"
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    threads = 6
    expected: dict = {}
    acked_total = 0
    began = time.monotonic()
    for round_no in range(50):
        round_seed = rng.randrange(1 << 32)
        proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "state_writer.py"),
                str(path),
                str(round_seed),
                str(threads),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        # Wait for the first acknowledgement (so the kill lands among changes, not during start-up), then a
        # random fraction of a second more.
        first = proc.stdout.readline()
        assert first, f"writer died: {proc.stderr.read().decode()}"
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        # Not communicate(): with two pipes it reads the descriptors directly and would drop lines that
        # readline() has already buffered, and so undercount the acknowledgements.
        out = proc.stdout.read()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        acked = [0] * threads
        for line in (first + out).decode().split("\n")[:-1]:  # after the last newline: not acknowledged
            t, i = map(int, line.split())
            acked[t] = max(acked[t], i + 1)
        acked_total += sum(acked)

        state = BotState(path)  # the restart
        where = f"seed {seed}, round {round_no}"
        assert state.recovered_from is None and state.check() == [], where
        actual = state.snapshot()
        state.close()
        for t in range(threads):
            chats = {str(c) for c in state_writer.chats_of(t, threads)}
            done = dict(zip(("settings", "subscriptions"), view(expected, chats), strict=True))
            stream = state_writer.changes(round_seed, t, threads)
            for change in itertools.islice(stream, acked[t]):
                done = state_writer.apply(done, change)
            in_flight = state_writer.apply(done, next(stream))
            got = view(actual, chats)
            assert got in (view(done, chats), view(in_flight, chats)), (
                f"{where}, thread {t}, {acked[t]} acknowledged: {differences(got, view(done, chats))}"
            )
        expected = actual
    # Each round waits for an acknowledgement before the kill; how many more depends on the disk's fsync.
    assert acked_total >= 50, acked_total
    elapsed = time.monotonic() - began
    assert elapsed < 60, f"50 kills took {elapsed:.0f} s ({acked_total} acknowledged changes)"


def differences(got: tuple[dict, dict], want: tuple[dict, dict]) -> list[str]:
    return [
        f"{table} {key}: stored {g.get(key)}, expected {w.get(key)}"
        for table, g, w in zip(("settings", "subscriptions"), got, want, strict=True)
        for key in sorted(g.keys() | w.keys())
        if g.get(key) != w.get(key)
    ]


def view(snapshot: dict, chats: set[str]) -> tuple[dict, dict]:
    return tuple(  # type: ignore[return-value]
        {k: v for k, v in snapshot.get(table, {}).items() if k in chats}
        for table in ("settings", "subscriptions")
    )


def test_read_snapshot_beside_a_live_writer_changes_nothing(path: Path) -> None:
    state = BotState(path)
    state.subscribe(sub(1))
    assert read_snapshot(path)["subscriptions"]["1"]["time"] == "08:30"
    state.close()
    names = sorted(p.name for p in path.parent.iterdir())
    assert read_snapshot(path)["subscriptions"].keys() == {"1"}
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no -wal or -shm made by reading


# -- random sequences against a model ----------

CHAT_IDS = [1, 2, 777, -5, -1001234567890]
CHATS = st.sampled_from(CHAT_IDS)
TIMES = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
PLACES = ["海安市", "如皋市", "崇川区", "昆山市"]
REGIONS = st.lists(st.sampled_from(PLACES), max_size=3, unique=True).map(tuple)
DAYS = st.lists(st.integers(0, 6), max_size=7, unique=True).map(lambda d: tuple(sorted(d)))
DOCS = st.lists(st.sampled_from(["a", "b", "海安-2025"]), max_size=3, unique=True).map(tuple)
WHENS = st.sampled_from(["2025-03-03T08:30:01+08:00", "2025-03-04T21:00:00+08:00", "2025-03-05"])


class StateMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="policybot-state-"))
        self.path = self.dir / "state.sqlite3"
        self.state = BotState(self.path)
        self.scripts: dict[int, str] = {}
        self.subs: dict[int, Subscription] = {}

    def teardown(self) -> None:
        self.state.close()
        for p in self.dir.iterdir():
            p.unlink()
        self.dir.rmdir()

    @rule(
        chat=CHATS,
        time=TIMES,
        regions=REGIONS,
        chat_type=st.sampled_from(["private", "group", "channel"]),
        days=DAYS,
        flags=st.tuples(st.booleans(), st.booleans()),
        title=st.sampled_from(["", "@news", "海安群"]),
    )
    def subscribe(
        self, chat: int, time: str, regions: tuple, chat_type: str, days: tuple, flags, title
    ) -> None:
        s = sub(
            chat, time, regions, chat_type, days=days, silent=flags[0], only_changed=flags[1], title=title
        )
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

    @rule(chat=CHATS, when=WHENS, seen=st.none() | DOCS)
    def mark_sent(self, chat: int, when: str, seen: tuple | None) -> None:
        self.state.mark_sent(chat, when, seen)
        if chat in self.subs:
            self.subs[chat] = dataclasses.replace(self.subs[chat], last_sent=when)
            if seen is not None:
                self.subs[chat] = dataclasses.replace(self.subs[chat], seen_docs=seen)

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
        self.state.close()
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
        other = BotState(self.path)
        self.agrees(other)
        other.close()
        assert self.state.check() == []


StateMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_state_machine = StateMachine.TestCase
