"""What the stand-in records and answers: one request (`Call`), an uploaded file, an API error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status = error_code, JSON body in Telegram's shape."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part of a multipart request."""

    name: str
    filename: str | None
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class Call:
    """One request the bot made, with the stand-in's answer."""

    method: str
    params: dict[str, Any]
    time: float  # time.monotonic() at arrival
    status: int  # HTTP status answered; 0 when the connection was dropped on purpose
    result: Any = None
    description: str | None = None  # error description when status != 200
    files: Mapping[str, UploadedFile] = field(default_factory=dict)
    encoding: str = "json"  # json | form | multipart | query | none
    token: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str | None:
        """The text or caption as the bot sent it (markup included)."""
        return self.params.get("text", self.params.get("caption"))

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        return self.params.get("reply_markup")

    @property
    def photo_size(self) -> int | None:
        """Byte size of an uploaded photo, if this call uploaded one."""
        upload = self.files.get("photo")
        return upload.size if upload else None
