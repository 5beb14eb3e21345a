"""Reading a source document from disk into text, refusing what is not a readable text document."""

from __future__ import annotations

import os

MAX_DOCUMENT_BYTES = 5_000_000

# Bytes that never appear in a text document; tab, line feed, vertical tab, form feed and carriage
# return (0x09-0x0D) and the escape byte are left out because real text files do contain them.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B)) + b"\x7f"
# Text has next to no control bytes; binary formats without NUL bytes (compressed data, images)
# have about one in ten.
_MAX_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 65_536


class UnreadableDocument(Exception):
    """A source document that cannot be read as text; str() names the file and the reason."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def read_document(path: str | os.PathLike) -> str:
    """The text of the document at `path`, decoded from UTF-8 (with or without BOM) or GB18030."""
    return decode_bytes(_read_bytes(path), os.fspath(path))


def _read_bytes(path: str | os.PathLike) -> bytes:
    limit = MAX_DOCUMENT_BYTES
    try:
        size = os.stat(path).st_size
        if size <= limit:
            with open(path, "rb") as handle:
                # as much as stat said and a byte more (a read of the whole limit would make a buffer of
                # that size for every document); the file may grow between stat and read: then the rest
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(limit + 1 - len(data))
                return data
    except OSError as error:
        raise UnreadableDocument(path, f"cannot be read ({error.strerror or error})") from error
    raise UnreadableDocument(path, _too_large(size, limit))


def decode_bytes(data: bytes, name: str) -> str:
    """The text in `data`; `name` identifies the document in the error raised when it is unreadable."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise UnreadableDocument(name, _too_large(len(data), MAX_DOCUMENT_BYTES))
    if not data.strip():
        raise UnreadableDocument(name, "empty document")
    if _looks_binary(data):
        raise UnreadableDocument(name, "not text (binary data)")
    text = _decode_text(data)
    if text is None:
        raise UnreadableDocument(name, "not UTF-8 or GB18030 text")
    if not text.strip():  # e.g. only a BOM and ideographic spaces
        raise UnreadableDocument(name, "empty document")
    return text


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size:,} bytes, the limit is {limit:,})"


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _decode_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")  # strips a leading BOM
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return None
