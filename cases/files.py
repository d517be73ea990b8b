"""Uploaded files are judged by their content, never by their name."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.utils.translation import gettext as _

from backoffice.errors import DomainError

SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
]
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")
OFFICE_TYPES = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class CheckedFile:
    content_type: str
    size: int
    sha256: str


def _sniff(head: bytes, stream: IO[bytes]) -> str | None:
    if head.startswith(EXECUTABLE_MAGIC):
        return None
    for magic, content_type in SIGNATURES:
        if head.startswith(magic):
            return content_type
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04"):
        return _office_type(stream)
    return _text_type(head)


def _office_type(stream: IO[bytes]) -> str | None:
    try:
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    for prefix, content_type in OFFICE_TYPES.items():
        if any(name.startswith(prefix) for name in names):
            return content_type
    return None


def _text_type(head: bytes) -> str | None:
    if b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            return None
    return "text/plain"


def check_upload(stream: IO[bytes], *, size: int) -> CheckedFile:
    """Refuse empty, oversized and disallowed files; return the detected type and digest.

    The size is measured on the stream itself; the caller's figure is only a hint.
    """
    limit = settings.ATTACHMENT_MAX_BYTES
    stream.seek(0, 2)
    size = max(size, stream.tell())
    if size == 0:
        raise DomainError(_("The file is empty."), field="file")
    if size > limit:
        raise DomainError(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": round(size / 1_048_576, 1), "limit": round(limit / 1_048_576, 1)},
            field="file",
        )
    stream.seek(0)
    head = stream.read(8192)
    content_type = _sniff(head, stream)
    if content_type is None:
        raise DomainError(
            _(
                "This kind of file is not accepted. Upload a PDF, an image (PNG, JPEG, GIF, WebP), "
                "a Word or Excel document, or plain text."
            ),
            field="file",
        )
    digest = hashlib.sha256()
    stream.seek(0)
    for chunk in iter(lambda: stream.read(65536), b""):
        digest.update(chunk)
    stream.seek(0)
    return CheckedFile(content_type=content_type, size=size, sha256=digest.hexdigest())
