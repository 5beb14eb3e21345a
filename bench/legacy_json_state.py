"""The JSON (TinyDB) state file as it was before SQLite, kept only as the in-run reference for bench/state.py.

It is the only file the bot writes, so every acknowledged change is on disk when the method returns, and a
crash at any moment leaves either the old or the new file, never a mix: each write goes to a temp file in the
same folder, is fsynced, renamed over the target, and the folder is fsynced.

Layout (TinyDB JSON, one document per chat, keyed by the chat id):
    {"settings":      {"<chat_id>": {"script": "traditional"}},
     "subscriptions": {"<chat_id>": {"time": "08:30", "regions": [...], "chat_type": ..., "created": ...,
                                     "last_sent": ...}}}
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

__all__ = [
    "CHAT_TYPES",
    "DEFAULT_SCRIPT",
    "SCRIPTS",
    "AtomicJSONStorage",
    "BotState",
    "StateCorrupt",
    "Subscription",
]

log = logging.getLogger(__name__)

SCRIPTS = ("simplified", "traditional")
DEFAULT_SCRIPT = "simplified"
CHAT_TYPES = ("private", "group", "supergroup", "channel")

SETTINGS = "settings"
SUBSCRIPTIONS = "subscriptions"
TMP_SUFFIX = ".tmp"

_TIME_RE = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")


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


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    time: str  # "HH:MM" in the bot's time zone
    regions: tuple[str, ...]  # full place names; () = all places
    chat_type: str  # "private" | "group" | "supergroup" | "channel"
    created: str  # ISO timestamp
    last_sent: str = ""  # ISO date-time of the last digest delivered ("" = never)

    def __post_init__(self) -> None:
        _check_chat_id(self.chat_id)
        _check_time(self.time)
        # A bare string is iterable too; "海安市" must not become three one-character places.
        if isinstance(self.regions, str) or not isinstance(self.regions, (tuple, list)):
            raise ValueError(f"regions must be a tuple of place names, not {self.regions!r}")
        regions = tuple(self.regions)
        if not all(isinstance(r, str) and r.strip() for r in regions):
            raise ValueError(f"regions must be non-empty place names, not {regions!r}")
        object.__setattr__(self, "regions", regions)
        if self.chat_type not in CHAT_TYPES:
            raise ValueError(f"chat_type must be one of {', '.join(CHAT_TYPES)}, not {self.chat_type!r}")
        _check_iso(self.created, "created")
        if self.last_sent != "":
            _check_iso(self.last_sent, "last_sent")

    def to_doc(self) -> dict[str, Any]:
        """The stored form (the chat id is the document's key, not a field)."""
        return {
            "time": self.time,
            "regions": list(self.regions),
            "chat_type": self.chat_type,
            "created": self.created,
            "last_sent": self.last_sent,
        }

    @classmethod
    def from_doc(cls, chat_id: int, doc: dict[str, Any]) -> Subscription:
        """Raises ValueError when the stored document is not a valid subscription."""
        try:
            return cls(
                chat_id=chat_id,
                time=doc["time"],
                regions=doc["regions"],
                chat_type=doc["chat_type"],
                created=doc["created"],
                last_sent=doc.get("last_sent", ""),
            )
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r}") from None


class StateCorrupt(Exception):
    """The state file could not be read as state; says which file and where the bad copy went."""

    def __init__(self, path: Path, reason: str, moved_to: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.moved_to = moved_to
        where = f"moved aside to {moved_to}" if moved_to else "could not be moved aside; left in place"
        super().__init__(f"state file {path} is corrupt ({reason}); {where}")


# ----------------------------------------------------------------------------------------------------
# storage


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


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable. Not possible on Windows, where os.replace is already durable enough.
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads the file once, serves reads from memory, and writes every change atomically.

    Opening raises StateCorrupt (without touching the file) when it is not a TinyDB JSON database; a
    zero-length or blank file counts as empty. Inside `batch()` writes are held and committed as one file
    write at the end, so multi-table changes are all-or-nothing; on any error the in-memory data is rolled
    back to what is on disk.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] = {}
        self._committed = "{}"  # the JSON last read from or written to disk
        self._depth = 0
        self._dirty = False
        self.remove_temp_files()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise StateCorrupt(self.path, f"not UTF-8: {exc.reason} at byte {exc.start}", None) from None
        if not text.strip():
            return
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StateCorrupt(self.path, f"not JSON: {exc.msg} at line {exc.lineno}", None) from None
        problem = _shape_problem(data)
        if problem:
            raise StateCorrupt(self.path, problem, None)
        self._data = data
        self._committed = text

    def temp_files(self) -> list[Path]:
        return sorted(self.path.parent.glob(f".{self.path.name}.*{TMP_SUFFIX}"))

    def remove_temp_files(self) -> None:
        """Temp files left by a crash mid-write; the target still holds the last complete write."""
        for tmp in self.temp_files():
            with suppress(FileNotFoundError):
                tmp.unlink()
                log.info("removed leftover temp file %s", tmp)

    def read(self) -> dict[str, dict[str, Any]]:
        # The live dict: TinyDB edits it in place and then calls write(), which commits or rolls it back.
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self._depth:
            self._dirty = True
            return
        try:
            self._flush()
        except BaseException:
            self._rollback()
            raise

    def on_disk(self) -> dict[str, Any]:
        """The file's current content as parsed JSON ({} when missing or blank); raises on bad JSON."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        return json.loads(text) if text.strip() else {}

    def committed(self) -> dict[str, Any]:
        return json.loads(self._committed)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold writes until the outermost batch ends, then write once."""
        self._depth += 1
        try:
            yield
        except BaseException:
            if self._depth == 1:
                self._dirty = False
                self._rollback()
            raise
        finally:
            self._depth -= 1
        if self._depth == 0 and self._dirty:
            self._dirty = False
            try:
                self._flush()
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        self._data = json.loads(self._committed)

    def _flush(self) -> None:
        text = json.dumps(self._data, ensure_ascii=False, indent=1)
        folder = self.path.parent
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=TMP_SUFFIX)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            with suppress(FileNotFoundError):
                # mkstemp makes the file 0600; keep whatever mode the operator gave the state file.
                os.chmod(tmp, self.path.stat().st_mode & 0o7777)
            os.replace(tmp, self.path)
        except BaseException:
            with suppress(OSError):
                os.unlink(tmp)
            raise
        # The rename is the commit point: from here memory and disk agree, even if the folder fsync fails.
        self._committed = text
        _fsync_dir(folder)


# ----------------------------------------------------------------------------------------------------
# the state


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    os.rename(path, aside)
    _fsync_dir(path.parent)
    return aside


class BotState:
    """Per-chat settings and digest subscriptions, persisted in one TinyDB JSON file.

    Thread-safe. Every method that changes something returns only after the change is durably on disk.
    Methods block on fsync (a few ms); call them via asyncio.to_thread from the event loop if that matters.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self.recovered_from: Path | None = None  # where a corrupt file found at open was moved
        self.recovery: StateCorrupt | None = None  # the full error, for the bot to report
        try:
            self._db = TinyDB(self.path, storage=AtomicJSONStorage)
        except StateCorrupt as exc:
            try:
                moved_to = _move_aside(self.path)
            except OSError as err:
                # Starting empty here would overwrite the bad file on the first write: refuse instead.
                raise StateCorrupt(self.path, f"{exc.reason}; moving it aside failed: {err}", None) from err
            self.recovery = StateCorrupt(self.path, exc.reason, moved_to)
            self.recovered_from = moved_to
            log.error("%s; starting with an empty state", self.recovery)
            self._db = TinyDB(self.path, storage=AtomicJSONStorage)
        self._storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        # Only doc-id lookups are used, so TinyDB's query cache would only hold stale copies.
        self._settings: Table = self._db.table(SETTINGS, cache_size=0)
        self._subs: Table = self._db.table(SUBSCRIPTIONS, cache_size=0)
        for problem in self._record_problems():
            log.warning("state file %s: %s", self.path, problem)

    # -- chat settings ------------------------------------------------------------------------------------

    def script(self, chat_id: int) -> str:
        """The chat's output script: "simplified" (default) or "traditional"."""
        _check_chat_id(chat_id)
        with self._lock:
            doc = self._settings.get(doc_id=chat_id)
        script = doc.get("script") if isinstance(doc, dict) else None
        return script if script in SCRIPTS else DEFAULT_SCRIPT

    def set_script(self, chat_id: int, script: str) -> None:
        _check_chat_id(chat_id)
        _check_script(script)
        with self._lock:
            doc = dict(self._settings.get(doc_id=chat_id) or {})
            doc["script"] = script
            self._put(self._settings, chat_id, doc)

    # -- subscriptions -------------------------------------------------------------------------------------

    def subscribe(self, sub: Subscription) -> None:
        """Store `sub` as the chat's subscription, replacing any existing one (last_sent included)."""
        if not isinstance(sub, Subscription):
            raise ValueError(f"expected a Subscription, not {sub!r}")
        with self._lock:
            self._put(self._subs, sub.chat_id, sub.to_doc())

    def unsubscribe(self, chat_id: int) -> bool:
        """End the chat's subscription; True if there was one."""
        _check_chat_id(chat_id)
        with self._lock:
            if self._subs.get(doc_id=chat_id) is None:
                return False
            self._subs.remove(doc_ids=[chat_id])
            return True

    def subscription(self, chat_id: int) -> Subscription | None:
        _check_chat_id(chat_id)
        with self._lock:
            doc = self._subs.get(doc_id=chat_id)
        return self._parse(chat_id, doc) if doc is not None else None

    def subscriptions(self) -> list[Subscription]:
        """Every valid subscription, ordered by time of day, then chat id. Invalid records are skipped."""
        with self._lock:
            docs = self._subs.all()
        subs = [s for d in docs if (s := self._parse(d.doc_id, d)) is not None]
        return sorted(subs, key=lambda s: (s.time, s.chat_id))

    def mark_sent(self, chat_id: int, when: str) -> None:
        """Record that the chat's digest was delivered at `when`; a no-op if it has unsubscribed meanwhile."""
        _check_chat_id(chat_id)
        _check_iso(when, "when")
        with self._lock:
            if self._subs.get(doc_id=chat_id) is not None:
                self._subs.update({"last_sent": when}, doc_ids=[chat_id])

    # -- chat lifecycle ------------------------------------------------------------------------------------

    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: its settings and subscription move to the new id, in one write.

        What the old chat has replaces what the new one has; what it lacks leaves the new one's alone.
        """
        _check_chat_id(old_chat_id, "old_chat_id")
        _check_chat_id(new_chat_id, "new_chat_id")
        if old_chat_id == new_chat_id:
            return
        with self._lock, self._storage.batch():
            settings = self._settings.get(doc_id=old_chat_id)
            if settings is not None:
                self._put(self._settings, new_chat_id, dict(settings))
                self._settings.remove(doc_ids=[old_chat_id])
            sub = self._subs.get(doc_id=old_chat_id)
            if sub is not None:
                doc = dict(sub)
                if doc.get("chat_type") == "group":
                    doc["chat_type"] = "supergroup"
                self._put(self._subs, new_chat_id, doc)
                self._subs.remove(doc_ids=[old_chat_id])

    def forget_chat(self, chat_id: int) -> None:
        """Drop everything about a chat (e.g. the bot was removed from it), in one write."""
        _check_chat_id(chat_id)
        with self._lock, self._storage.batch():
            for table in (self._settings, self._subs):
                if table.get(doc_id=chat_id) is not None:
                    table.remove(doc_ids=[chat_id])

    # -- health --------------------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found (for `policybot check`); [] when sound."""
        with self._lock:
            problems: list[str] = []
            if self.recovery is not None:
                problems.append(str(self.recovery))
            problems.extend(self._record_problems())
            folder = self.path.parent
            if not os.access(folder, os.W_OK):
                problems.append(f"state folder {folder} is not writable")
            if self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK):
                problems.append(f"state file {self.path} is not readable and writable")
            try:
                if self._storage.on_disk() != self._storage.committed():
                    problems.append(
                        f"state file {self.path} changed on disk since this process wrote it "
                        "(is another process writing it?)"
                    )
            except (OSError, ValueError) as exc:
                problems.append(f"state file {self.path} cannot be read back: {exc}")
            return problems

    # -- internals -----------------------------------------------------------------------------------------

    def _put(self, table: Table, chat_id: int, doc: dict[str, Any]) -> None:
        """Replace (not merge) the chat's document, as one file write."""
        with self._storage.batch():
            if table.get(doc_id=chat_id) is not None:
                table.remove(doc_ids=[chat_id])
            table.insert(Document(doc, doc_id=chat_id))

    def _parse(self, chat_id: int, doc: dict[str, Any]) -> Subscription | None:
        try:
            return Subscription.from_doc(chat_id, doc)
        except (ValueError, TypeError):
            return None

    def _record_problems(self) -> list[str]:
        problems = []
        for doc in self._subs.all():
            try:
                Subscription.from_doc(doc.doc_id, doc)
            except (ValueError, TypeError) as exc:
                problems.append(f"subscription of chat {doc.doc_id} is invalid and ignored: {exc}")
        for doc in self._settings.all():
            if "script" in doc and doc["script"] not in SCRIPTS:
                problems.append(f"script of chat {doc.doc_id} is {doc['script']!r}; using {DEFAULT_SCRIPT}")
        return problems
