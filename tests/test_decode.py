"""Reading source documents: which files become text, and how unreadable ones are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import decode
from bot.ingest.decode import UnreadableDocument, decode_bytes, read_document

TEXT = "确保全年地区生产总值增长6.5%以上，一般公共预算收入达74亿元。\n"
TRADITIONAL = "實現地區生產總值6032.4億元"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_file_is_read_as_is(tmp_path):
    assert read_document(write(tmp_path, TEXT.encode("utf-8"))) == TEXT


def test_utf8_byte_order_mark_is_stripped(tmp_path):
    assert read_document(write(tmp_path, TEXT.encode("utf-8-sig"))) == TEXT


def test_gb18030_file_is_decoded(tmp_path):
    data = (TEXT + TRADITIONAL).encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert read_document(write(tmp_path, data)) == TEXT + TRADITIONAL


def test_every_seed_is_readable():
    for path in sorted(SEEDS.glob("*.txt")):
        assert len(read_document(path)) > 1000, path.name


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff\u3000\n".encode("utf-8")])
def test_empty_document_is_refused_with_its_name(tmp_path, data):
    path = write(tmp_path, data, "blank.txt")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: empty document"
    assert caught.value.path == str(path)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8") + b"\x00" + TEXT.encode("utf-8"),  # a NUL byte
        bytes(range(1, 9)) * 40,  # control bytes without NUL
    ],
)
def test_binary_data_is_refused_with_its_name(tmp_path, data):
    path = write(tmp_path, data, "image.txt")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: not text (binary data)"


def test_text_in_another_encoding_is_refused(tmp_path):
    path = write(tmp_path, b"\x80\xff" * 20, "latin.txt")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: not UTF-8 or GB18030 text"


def test_oversize_document_is_refused_with_its_name(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "MAX_DOCUMENT_BYTES", 100)
    path = write(tmp_path, ("一" * 40).encode("utf-8"), "huge.txt")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert caught.value.reason.startswith("too large (120 bytes")
    assert str(caught.value).startswith(f"{path}: too large")
    with pytest.raises(UnreadableDocument, match=r"mem\.txt: too large"):
        decode_bytes(("一" * 40).encode("utf-8"), "mem.txt")


def test_missing_file_is_reported_as_unreadable(tmp_path):
    path = tmp_path / "gone.txt"
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: cannot be read")


def test_decode_bytes_names_the_document():
    assert decode_bytes(TEXT.encode("gb18030"), "x.txt") == TEXT
    with pytest.raises(UnreadableDocument, match=r"^seeds/x\.txt: not text \(binary data\)$"):
        decode_bytes(b"\x00\x01\x02", "seeds/x.txt")
