"""The bot's own state: per-chat settings and digest subscriptions, in one SQLite database.

One row per chat in `subscriptions` and one in `settings`; every change is one small transaction, committed
durably before the method returns (WAL, synchronous=FULL), so a crash or SIGKILL at any moment loses no
acknowledged change and leaves a database that passes `PRAGMA integrity_check`.

The database is opened once per process; one connection serves every thread under a lock (SQLite serialises
writers anyway, and a change costs well under a millisecond plus one fsync).

Opening is where operator errors surface, each as one StateError line: a path that is a folder, a folder that
cannot be created or written, a file that cannot be read, a database that fails `PRAGMA quick_check`. A JSON
(TinyDB) state file of earlier versions, at the path itself or as `state.json` beside it, is imported once in
one transaction and kept as `<name>.bak`.

`BotState(None)` (or ":memory:") keeps everything in memory, for `policybot ask`, which must write no file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = [
    "CHAT_TYPES",
    "DEFAULT_SCRIPT",
    "SCRIPTS",
    "BotState",
    "StateCorrupt",
    "StateError",
    "Subscription",
    "read_snapshot",
]

log = logging.getLogger(__name__)

SCRIPTS = ("simplified", "traditional")
DEFAULT_SCRIPT = "simplified"
CHAT_TYPES = ("private", "group", "supergroup", "channel")

SETTINGS = "settings"
SUBSCRIPTIONS = "subscriptions"
MEMORY = ":memory:"
LEGACY_NAME = "state.json"  # the default file name before SQLite
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x706F6C62  # "polb": marks the file as policybot's state
SCHEMA_VERSION = 1
MAX_TITLE = 256
RESET_HINT = (
    "restore it from a backup, or start with `policybot run --reset-state` to move it aside and begin empty"
)

# Portable SQL (PostgreSQL takes the same tables with BIGINT chat ids; see docs/scaling.md). Lists are JSON.
SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (
    chat_id      INTEGER PRIMARY KEY,
    time         TEXT    NOT NULL,
    regions      TEXT    NOT NULL DEFAULT '[]',
    chat_type    TEXT    NOT NULL,
    created      TEXT    NOT NULL,
    last_sent    TEXT    NOT NULL DEFAULT '',
    days         TEXT    NOT NULL DEFAULT '[]',
    silent       INTEGER NOT NULL DEFAULT 0,
    only_changed INTEGER NOT NULL DEFAULT 0,
    seen_docs    TEXT    NOT NULL DEFAULT '[]',
    title        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS subscriptions_by_time ON subscriptions (time);
CREATE TABLE IF NOT EXISTS settings (
    chat_id INTEGER PRIMARY KEY,
    script  TEXT    NOT NULL
);
"""
SUB_COLUMNS = (
    "chat_id, time, regions, chat_type, created, last_sent, days, silent, only_changed, seen_docs, title"
)
_UPSERT_SUB = f"INSERT OR REPLACE INTO subscriptions ({SUB_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
_UPSERT_SCRIPT = (
    "INSERT INTO settings (chat_id, script) VALUES (?, ?) "
    "ON CONFLICT (chat_id) DO UPDATE SET script = excluded.script"
)

_TIME_RE = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
# SQLite's primary result codes that mean "this is not a sound database", as opposed to permissions or I/O.
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


# ----------------------------------------------------------------------------------------------------
# validation


def _check_chat_id(chat_id: object, name: str = "chat_id") -> int:
    # bool is an int subclass; True as a chat id is always a bug.
    if not isinstance(chat_id, int) or isinstance(chat_id, bool):
        raise ValueError(f"{name} must be an int, not {chat_id!r}")
    return chat_id


def _check_time(value: object) -> str:
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise ValueError(f"time must be HH:MM between 00:00 and 23:59, not {value!r}")
    return value


def _check_iso(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be an ISO date-time string, not {value!r}")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be an ISO date-time string, not {value!r}") from None
    return value


def _check_script(script: object) -> str:
    if script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, not {script!r}")
    return str(script)


def _as_tuple(value: object, name: str) -> tuple[Any, ...]:
    # A bare string is iterable too; "海安市" must not become three one-character places.
    if isinstance(value, str) or not isinstance(value, (tuple, list)):
        raise ValueError(f"{name} must be a tuple, not {value!r}")
    return tuple(value)


def _check_names(value: object, name: str) -> tuple[str, ...]:
    names = _as_tuple(value, name)
    if not all(isinstance(n, str) and n.strip() for n in names):
        raise ValueError(f"{name} must be non-empty strings, not {names!r}")
    return names


def _check_days(value: object) -> tuple[int, ...]:
    days = _as_tuple(value, "days")
    if not all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in days):
        raise ValueError(f"days must be weekdays 0 (Monday) to 6 (Sunday), not {days!r}")
    return tuple(sorted(set(days)))


def _check_bool(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be True or False, not {value!r}")
    return value


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    time: str  # "HH:MM" in the bot's time zone
    regions: tuple[str, ...]  # full place names; () = all places
    chat_type: str  # "private" | "group" | "supergroup" | "channel"
    created: str  # ISO timestamp
    last_sent: str = ""  # ISO date-time of the last digest delivered ("" = never)
    days: tuple[int, ...] = ()  # weekdays the digest goes out, 0 = Monday … 6 = Sunday; () = every day
    silent: bool = False  # send with disable_notification
    only_changed: bool = False  # send only when the digest has new (新增) or due (到期) lines
    seen_docs: tuple[str, ...] = ()  # document ids the chat's last digest already covered
    title: str = ""  # a channel's @username or a chat's title, for display

    def __post_init__(self) -> None:
        _check_chat_id(self.chat_id)
        _check_time(self.time)
        object.__setattr__(self, "regions", _check_names(self.regions, "regions"))
        if self.chat_type not in CHAT_TYPES:
            raise ValueError(f"chat_type must be one of {', '.join(CHAT_TYPES)}, not {self.chat_type!r}")
        _check_iso(self.created, "created")
        if self.last_sent != "":
            _check_iso(self.last_sent, "last_sent")
        object.__setattr__(self, "days", _check_days(self.days))  # sorted, each day once
        _check_bool(self.silent, "silent")
        _check_bool(self.only_changed, "only_changed")
        object.__setattr__(self, "seen_docs", _check_names(self.seen_docs, "seen_docs"))
        if not isinstance(self.title, str) or len(self.title) > MAX_TITLE:
            raise ValueError(f"title must be a string of at most {MAX_TITLE} characters, not {self.title!r}")

    def to_doc(self) -> dict[str, Any]:
        """The JSON form (the chat id is the key, not a field), as in the JSON state files and snapshots."""
        return {
            "time": self.time,
            "regions": list(self.regions),
            "chat_type": self.chat_type,
            "created": self.created,
            "last_sent": self.last_sent,
            "days": list(self.days),
            "silent": self.silent,
            "only_changed": self.only_changed,
            "seen_docs": list(self.seen_docs),
            "title": self.title,
        }

    @classmethod
    def from_doc(cls, chat_id: int, doc: dict[str, Any]) -> Subscription:
        """Raises ValueError when the document is not a valid subscription. New fields may be absent."""
        try:
            return cls(
                chat_id=chat_id,
                time=doc["time"],
                regions=doc["regions"],
                chat_type=doc["chat_type"],
                created=doc["created"],
                last_sent=doc.get("last_sent", ""),
                days=doc.get("days", ()),
                silent=doc.get("silent", False),
                only_changed=doc.get("only_changed", False),
                seen_docs=doc.get("seen_docs", ()),
                title=doc.get("title", ""),
            )
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r}") from None

    def to_row(self) -> tuple[Any, ...]:
        return (
            self.chat_id,
            self.time,
            _json(self.regions),
            self.chat_type,
            self.created,
            self.last_sent,
            _json(self.days),
            int(self.silent),
            int(self.only_changed),
            _json(self.seen_docs),
            self.title,
        )

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Subscription:
        """Raises ValueError (or TypeError) when the row is not a valid subscription."""
        chat_id, time, regions, chat_type, created, last_sent, days, silent, only_changed, seen, title = row
        try:
            regions, days, seen = json.loads(regions), json.loads(days), json.loads(seen)
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"a list column is not JSON: {exc}") from None
        if silent not in (0, 1) or only_changed not in (0, 1):
            raise ValueError(f"silent/only_changed must be 0 or 1, not {silent!r}/{only_changed!r}")
        return cls(
            chat_id,
            time,
            regions,
            chat_type,
            created,
            last_sent,
            days,
            bool(silent),
            bool(only_changed),
            seen,
            title,
        )


def _json(items: tuple[Any, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False, separators=(",", ":"))


# ----------------------------------------------------------------------------------------------------
# errors


class StateError(Exception):
    """The state cannot be used as it is; the one-line message says what is wrong and what to do."""


class StateCorrupt(StateError):
    """The state file is not a sound database (or legacy JSON file); says which, and where a moved copy went."""

    def __init__(self, path: Path, reason: str, moved_to: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.moved_to = moved_to
        what = f"moved aside to {moved_to}; started with an empty state" if moved_to else RESET_HINT
        super().__init__(f"state file {path} is corrupt ({reason}); {what}")


def summarize_check(name: str, result: list[str]) -> str:
    """One line for what `PRAGMA quick_check`/`integrity_check` found: the first problem and how many more."""
    # SQLite may put several problems in one row, under a "*** in database main ***" line.
    lines = [line.strip() for row in result for line in row.splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")] or ["(no detail)"]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{name} found: {problems[0]}{more}"


def _code(exc: sqlite3.Error) -> int:
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


# ----------------------------------------------------------------------------------------------------
# files


def _fsync_dir(folder: Path) -> None:
    # Makes a rename itself durable. Not possible on Windows, where renames are already durable enough.
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _unused(path: Path) -> Path:
    """`path`, or `path-1`, `path-2`, … whichever does not exist yet: backups are never overwritten."""
    candidate, n = path, 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}-{n}")
        n += 1
    return candidate


def _move_aside(path: Path) -> Path:
    """Move a bad state file (and its SQLite side files, which belong to it) to `<name>.corrupt-<time>`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = _unused(path.with_name(f"{path.name}.corrupt-{stamp}"))
    os.rename(path, aside)
    for side, suffix in zip(_sidecars(path), ("-wal", "-shm", "-journal"), strict=True):
        if side.exists():
            os.rename(side, aside.with_name(aside.name + suffix))
    _fsync_dir(path.parent)
    return aside


def _kind(path: Path) -> str:
    """What the file at `path` is: one of missing, empty, sqlite, json (an older state file) or other."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except FileNotFoundError:
        return "missing"
    if not head:
        return "empty"
    if head.startswith(SQLITE_HEADER):
        return "sqlite"
    stripped = head.lstrip()
    if not stripped or stripped.startswith(b"{"):
        return "json"  # a blank file was an empty JSON state too
    return "other"


def _shape_problem(data: object) -> str | None:
    """Why `data` is not a TinyDB database of tables keyed by integer ids, or None if it is."""
    if not isinstance(data, dict):
        return f"top level is {type(data).__name__}, not an object"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"table {name!r} is {type(table).__name__}, not an object"
        for key, doc in table.items():
            try:
                int(key)
            except ValueError:
                return f"table {name!r} has a non-integer key {key!r}"
            if not isinstance(doc, dict):
                return f"table {name!r} entry {key} is {type(doc).__name__}, not an object"
    return None


def read_legacy(path: Path) -> dict[str, Any]:
    """Parse a JSON (TinyDB) state file; StateCorrupt when it is not one. A blank file is empty."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StateCorrupt(path, f"not UTF-8: {exc.reason} at byte {exc.start}", None) from None
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StateCorrupt(path, f"not JSON: {exc.msg} at line {exc.lineno}", None) from None
    problem = _shape_problem(data)
    if problem:
        raise StateCorrupt(path, problem, None)
    return data


def legacy_problems(data: dict[str, Any]) -> list[str]:
    """Records of a JSON state file that are not valid (and are not imported)."""
    problems = []
    for key, doc in data.get(SUBSCRIPTIONS, {}).items():
        try:
            Subscription.from_doc(int(key), doc)
        except (ValueError, TypeError) as exc:
            problems.append(f"subscription of chat {key} is invalid: {exc}")
    for key, doc in data.get(SETTINGS, {}).items():
        if "script" in doc and doc["script"] not in SCRIPTS:
            problems.append(f"script of chat {key} is {doc['script']!r} (read as {DEFAULT_SCRIPT})")
    return problems


def _backup_link(source: Path) -> Path:
    """Keep `source` as `<name>.bak` (a hard link, else a durable copy), before anything replaces it."""
    backup = _unused(source.with_name(source.name + ".bak"))
    try:
        os.link(source, backup)
    except OSError:
        shutil.copy2(source, backup)
        with open(backup, "rb+") as f:
            os.fsync(f.fileno())
    _fsync_dir(backup.parent)
    return backup


# ----------------------------------------------------------------------------------------------------
# the state


class BotState:
    """Per-chat settings and digest subscriptions in SQLite.

    Thread-safe. Every method that changes something returns only after the change is durably on disk.
    Methods block on an fsync (about a millisecond); call them via asyncio.to_thread from the event loop.
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, reset_corrupt: bool = False) -> None:
        self.memory = path is None or str(path) == MEMORY
        self.path: Path | None = None if self.memory else Path(path)  # type: ignore[arg-type]
        self._lock = threading.RLock()
        self.recovered_from: Path | None = None  # where a corrupt file was moved (only with reset_corrupt)
        self.recovery: StateCorrupt | None = None  # the full error, for the bot to report
        self.imported_from: Path | None = None  # a JSON state file imported at this open
        self.backup: Path | None = None  # where that JSON file is kept
        self._reported: set[int] = set()  # chats whose invalid row has been logged
        if self.path is None:
            self._conn = self._connect(MEMORY)
            self._create_schema()
        else:
            self._prepare_folder(self.path)
            try:
                self._open(self.path)
            except StateCorrupt as exc:
                if not reset_corrupt:
                    raise
                self._reset(exc)
        # Reads go through a connection of their own: in WAL mode they then never wait for a writer's
        # fsync, so the event loop can read a subscription while a delivery mark commits on a thread.
        self._reader, self._read_lock = self._conn, self._lock
        if self.path is not None:
            self._reader, self._read_lock = self._connect(str(self.path), reader=True), threading.Lock()

    # -- chat settings ------------------------------------------------------------------------------------

    def script(self, chat_id: int) -> str:
        """The chat's output script: "simplified" (default) or "traditional"."""
        _check_chat_id(chat_id)
        with self._read_lock:
            row = self._reader.execute("SELECT script FROM settings WHERE chat_id = ?", (chat_id,)).fetchone()
        return row[0] if row and row[0] in SCRIPTS else DEFAULT_SCRIPT

    def set_script(self, chat_id: int, script: str) -> None:
        _check_chat_id(chat_id)
        _check_script(script)
        with self._lock, self._transaction() as db:
            db.execute(_UPSERT_SCRIPT, (chat_id, script))

    # -- subscriptions -------------------------------------------------------------------------------------

    def subscribe(self, sub: Subscription) -> None:
        """Store `sub` as the chat's subscription, replacing any existing one (last_sent included)."""
        if not isinstance(sub, Subscription):
            raise ValueError(f"expected a Subscription, not {sub!r}")
        with self._lock, self._transaction() as db:
            db.execute(_UPSERT_SUB, sub.to_row())

    def unsubscribe(self, chat_id: int) -> bool:
        """End the chat's subscription; True if there was one."""
        _check_chat_id(chat_id)
        with self._lock, self._transaction() as db:
            return db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)).rowcount > 0

    def subscription(self, chat_id: int) -> Subscription | None:
        _check_chat_id(chat_id)
        with self._read_lock:
            row = self._reader.execute(
                f"SELECT {SUB_COLUMNS} FROM subscriptions WHERE chat_id = ?", (chat_id,)
            ).fetchone()
        return self._parse(row) if row is not None else None

    def subscriptions(self) -> list[Subscription]:
        """Every valid subscription, ordered by time of day, then chat id. Invalid rows are skipped."""
        with self._read_lock:
            rows = self._reader.execute(
                f"SELECT {SUB_COLUMNS} FROM subscriptions ORDER BY time, chat_id"
            ).fetchall()
        return [s for row in rows if (s := self._parse(row)) is not None]

    def subscriptions_at(self, hhmm: str) -> list[Subscription]:
        """Every valid subscription whose digest time is `hhmm`, by chat id (an indexed read)."""
        hhmm = _check_time(hhmm)
        with self._read_lock:
            rows = self._reader.execute(
                f"SELECT {SUB_COLUMNS} FROM subscriptions WHERE time = ? ORDER BY chat_id", (hhmm,)
            ).fetchall()
        return [s for row in rows if (s := self._parse(row)) is not None]

    def mark_sent(
        self, chat_id: int, when: str, seen_docs: tuple[str, ...] | list[str] | None = None
    ) -> None:
        """Record that the chat's digest was delivered at `when`, and (when given) which documents it covered,
        in one transaction; a no-op if the chat has unsubscribed meanwhile."""
        _check_chat_id(chat_id)
        _check_iso(when, "when")
        with self._lock, self._transaction() as db:
            if seen_docs is None:
                db.execute("UPDATE subscriptions SET last_sent = ? WHERE chat_id = ?", (when, chat_id))
            else:
                seen = _json(_check_names(seen_docs, "seen_docs"))
                db.execute(
                    "UPDATE subscriptions SET last_sent = ?, seen_docs = ? WHERE chat_id = ?",
                    (when, seen, chat_id),
                )

    # -- chat lifecycle ------------------------------------------------------------------------------------

    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: its settings and subscription move to the new id, in one transaction.

        What the old chat has replaces what the new one has; what it lacks leaves the new one's alone.
        """
        _check_chat_id(old_chat_id, "old_chat_id")
        _check_chat_id(new_chat_id, "new_chat_id")
        if old_chat_id == new_chat_id:
            return
        ids = {"old": old_chat_id, "new": new_chat_id}
        with self._lock, self._transaction() as db:
            if db.execute("SELECT 1 FROM settings WHERE chat_id = :old", ids).fetchone():
                db.execute("DELETE FROM settings WHERE chat_id = :new", ids)
                db.execute("UPDATE settings SET chat_id = :new WHERE chat_id = :old", ids)
            if db.execute("SELECT 1 FROM subscriptions WHERE chat_id = :old", ids).fetchone():
                db.execute("DELETE FROM subscriptions WHERE chat_id = :new", ids)
                db.execute(
                    "UPDATE subscriptions SET chat_id = :new, "
                    "chat_type = CASE chat_type WHEN 'group' THEN 'supergroup' ELSE chat_type END "
                    "WHERE chat_id = :old",
                    ids,
                )

    def forget_chat(self, chat_id: int) -> None:
        """Drop everything about a chat (e.g. the bot was removed from it), in one transaction."""
        _check_chat_id(chat_id)
        with self._lock, self._transaction() as db:
            db.execute("DELETE FROM settings WHERE chat_id = ?", (chat_id,))
            db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))

    # -- health and inspection -----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found (for health checks and tests); [] when sound."""
        with self._lock:
            problems: list[str] = []
            if self.recovery is not None:
                problems.append(str(self.recovery))
            try:
                result = [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
            except sqlite3.DatabaseError as exc:
                result = [str(exc)]
            if result != ["ok"]:
                problems.append(f"state file {self.path}: {summarize_check('integrity_check', result)}")
            problems.extend(self._record_problems())
            if self.path is not None and not os.access(self.path.parent, os.W_OK | os.X_OK):
                problems.append(f"state folder {self.path.parent} is not writable")
            return problems

    def counts(self) -> tuple[int, int]:
        """(subscriptions, chat settings) rows."""
        with self._lock:
            subs = self._conn.execute("SELECT count(*) FROM subscriptions").fetchone()[0]
            chats = self._conn.execute("SELECT count(*) FROM settings").fetchone()[0]
        return subs, chats

    def snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Everything, in the JSON state file's layout: {"settings": {"<id>": {...}}, "subscriptions": {...}}."""
        with self._lock:
            return _snapshot(self._conn)

    def close(self) -> None:
        with self._lock, self._read_lock:
            if self._reader is not self._conn:
                self._reader.close()
            self._conn.close()

    # -- opening -------------------------------------------------------------------------------------------

    @staticmethod
    def _prepare_folder(path: Path) -> None:
        if path.is_dir():
            raise StateError(
                f"state path {path} is a folder; set POLICYBOT_STATE to a file such as {path}/state.sqlite3"
            )
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(
                f"cannot create the state folder {folder}: {exc.strerror}; create it for this user or set "
                "POLICYBOT_STATE elsewhere"
            ) from None
        if not folder.is_dir():
            raise StateError(f"state folder {folder} is not a folder; set POLICYBOT_STATE elsewhere")
        # SQLite writes its journal files beside the database, so the folder itself must be writable.
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StateError(
                f"state folder {folder} is not writable by this user; fix its permissions or set POLICYBOT_STATE "
                "elsewhere"
            )
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise StateError(
                f"state file {path} is not readable and writable by this user; fix its permissions"
            )

    def _open(self, path: Path) -> None:
        kind = self._read_kind(path)
        if kind == "other":
            raise StateCorrupt(path, "neither a SQLite database nor a JSON state file", None)
        if kind == "json":
            self._import_legacy(path, path)
        elif kind == "missing" and path.name != LEGACY_NAME and _kind(path.parent / LEGACY_NAME) == "json":
            # The old default file beside the new default (a state.json already imported in place is SQLite).
            self._import_legacy(path.parent / LEGACY_NAME, path)
        if kind == "sqlite":
            self._quick_check(path)
        self._conn = self._connect(str(path))
        try:
            self._verify(path)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            if _code(exc) in _CORRUPT_CODES:
                raise StateCorrupt(path, str(exc), None) from None
            raise StateError(
                f"cannot use the state file {path}: {exc}; check the file and its folder"
            ) from None
        except StateError:
            self._conn.close()
            raise

    @staticmethod
    def _read_kind(path: Path) -> str:
        try:
            return _kind(path)
        except OSError as exc:
            raise StateError(
                f"cannot read the state file {path}: {exc.strerror}; fix its permissions"
            ) from None

    @staticmethod
    def _connect(target: str, *, reader: bool = False) -> sqlite3.Connection:
        # isolation_level=None: transactions are the explicit BEGIN IMMEDIATE … COMMIT of _transaction().
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False, timeout=10)
        if target == MEMORY:
            return conn
        if reader:
            conn.execute("PRAGMA query_only = 1")
            return conn
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL, not NORMAL: in WAL mode NORMAL survives a process crash but not a power cut, and a lost
            # delivery mark would send that digest twice; the fsync per commit costs about a millisecond.
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _code(exc) in _CORRUPT_CODES:
                raise StateCorrupt(Path(target), str(exc), None) from None
            raise StateError(
                f"cannot use the state file {target}: {exc}; check the file and its folder"
            ) from None
        return conn

    @staticmethod
    def _quick_check(path: Path) -> None:
        """PRAGMA quick_check on a read-only connection: closing it cannot checkpoint a write-ahead log left by
        a killed process into a damaged file, so a corrupt database is left exactly as it was found."""
        try:
            with open_read_only(path, wal_ok=True) as db:
                result = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            if _code(exc) in _CORRUPT_CODES:
                raise StateCorrupt(path, str(exc), None) from None
            raise StateError(
                f"cannot use the state file {path}: {exc}; check the file and its folder"
            ) from None
        if result != ["ok"]:
            raise StateCorrupt(path, summarize_check("quick_check", result), None)

    def _verify(self, path: Path) -> None:
        """Refuse a database that is not ours; create the tables of a new one; prove it writable."""
        db = self._conn
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise StateError(
                f"{path} is a SQLite database but not policybot's state; set POLICYBOT_STATE elsewhere"
            )
        if version > SCHEMA_VERSION:
            raise StateError(
                f"state file {path} was written by a newer policybot (schema {version}); upgrade"
            )
        # Also a write probe: an unwritable file or folder fails here, at start, not at the first /subscribe.
        self._create_schema()

    def _create_schema(self) -> None:
        with self._transaction() as db:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _import_legacy(self, source: Path, target: Path) -> None:
        """Import a JSON state file into a new database at `target`, once, all or nothing; keep it as .bak.

        The database is built beside the target and renamed into place only when complete, so a crash at any
        moment leaves either the JSON file (imported again at the next start) or the finished database.
        """
        data = read_legacy(source)
        for problem in legacy_problems(data):
            log.warning("%s: %s; not imported", source, problem)
        building = target.with_name(f".{target.name}.importing")
        for leftover in [building, *_sidecars(building)]:
            leftover.unlink(missing_ok=True)
        backup = _backup_link(source)
        conn = sqlite3.connect(building, isolation_level=None)
        try:
            self._conn = conn
            self._create_schema()
            with self._transaction() as db:
                for key, doc in data.get(SUBSCRIPTIONS, {}).items():
                    with suppress(ValueError, TypeError):
                        db.execute(_UPSERT_SUB, Subscription.from_doc(int(key), doc).to_row())
                for key, doc in data.get(SETTINGS, {}).items():
                    if doc.get("script") in SCRIPTS:
                        db.execute(_UPSERT_SCRIPT, (int(key), doc["script"]))
            subs, chats = self.counts()
        finally:
            conn.close()
        with open(building, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(building, target)
        if source != target:
            source.unlink()  # its content lives on as the backup
        _fsync_dir(target.parent)
        self.imported_from, self.backup = source, backup
        log.info(
            "imported %d subscriptions and %d chat settings from %s (kept as %s)", subs, chats, source, backup
        )

    def _reset(self, exc: StateCorrupt) -> None:
        path = exc.path
        try:
            moved_to = _move_aside(path)
        except OSError as err:
            # Starting empty here would overwrite the bad file: refuse instead.
            raise StateCorrupt(path, f"{exc.reason}; moving it aside failed: {err}", None) from err
        self.recovery = StateCorrupt(path, exc.reason, moved_to)
        self.recovered_from = moved_to
        log.error("%s", self.recovery)
        self._open(path)

    # -- internals -----------------------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; on any error ROLLBACK, so nothing half-applied stays."""
        db = self._conn
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    def _parse(self, row: tuple[Any, ...]) -> Subscription | None:
        try:
            return Subscription.from_row(row)
        except (ValueError, TypeError) as exc:
            if row[0] not in self._reported:  # once per chat, not at every read
                self._reported.add(row[0])
                log.warning(
                    "state file %s: subscription of chat %s is invalid and ignored: %s",
                    self.path,
                    row[0],
                    exc,
                )
            return None

    def _record_problems(self) -> list[str]:
        with self._lock:
            return record_problems(self._conn)


def record_problems(db: sqlite3.Connection) -> list[str]:
    """Rows the bot ignores: invalid subscriptions, unknown scripts."""
    problems = []
    for row in db.execute(f"SELECT {SUB_COLUMNS} FROM subscriptions ORDER BY chat_id"):
        try:
            Subscription.from_row(row)
        except (ValueError, TypeError) as exc:
            problems.append(f"subscription of chat {row[0]} is invalid and ignored: {exc}")
    for chat_id, script in db.execute("SELECT chat_id, script FROM settings ORDER BY chat_id"):
        if script not in SCRIPTS:
            problems.append(f"script of chat {chat_id} is {script!r}; using {DEFAULT_SCRIPT}")
    return problems


def _snapshot(db: sqlite3.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    subs: dict[str, dict[str, Any]] = {}
    for row in db.execute(f"SELECT {SUB_COLUMNS} FROM subscriptions ORDER BY chat_id"):
        try:
            subs[str(row[0])] = Subscription.from_row(row).to_doc()
        except (ValueError, TypeError):
            subs[str(row[0])] = {"invalid": list(row[1:])}
    settings = {
        str(c): {"script": s} for c, s in db.execute("SELECT chat_id, script FROM settings ORDER BY chat_id")
    }
    return {SETTINGS: settings, SUBSCRIPTIONS: subs}


@contextmanager
def open_read_only(path: Path, *, wal_ok: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection that never writes the database (for `policybot check` and tests beside a bot).

    With a -wal file present (a bot running, or killed) it reads through the WAL as a reader does; without one
    the file is read as immutable, so that not even a -wal or -shm file is created (unless `wal_ok`).
    """
    uri = path.resolve().as_uri()
    live = wal_ok or path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(f"{uri}?mode=ro" if live else f"{uri}?immutable=1", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def read_snapshot(path: str | os.PathLike[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """The state at `path` in the JSON layout, read without writing; {} when there is no file yet."""
    path = Path(path)
    kind = _kind(path)
    if kind in ("missing", "empty"):
        return {}
    if kind == "json":
        return read_legacy(path)
    with open_read_only(path) as conn:
        return _snapshot(conn)
