"""Uploaded files are judged by their content, never by their name.

The content decides the type (PDF, PNG, JPEG, GIF, WebP, Word, Excel or plain text);
the name must then agree with it. A name whose last extension names another type, or
that hides a program, script or web page behind a second extension (``invoice.pdf.exe``,
``photo.jpg.html``, ``x.php.jpg``), is refused, so that a file saved from a download
always opens as what it is. Images and PDFs that also carry web-page markup
(polyglots: a GIF header followed by ``<script>``) are refused, and so is text that is a
web page or an SVG drawing. The name is kept only as data, without any folder part or
control characters; files are stored under their digest.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from backoffice.errors import DomainError

SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
]
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OFFICE_TYPES = {"word/": DOCX, "xl/": XLSX}

# The extensions a name may end in for each accepted type; the first is added to a
# name that has none.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "application/pdf": ("pdf",),
    "image/png": ("png",),
    "image/jpeg": ("jpg", "jpeg", "jpe", "jfif"),
    "image/gif": ("gif",),
    "image/webp": ("webp",),
    DOCX: ("docx",),
    XLSX: ("xlsx",),
    "text/plain": ("txt", "text", "log", "csv"),
}
KINDS = {
    "application/pdf": gettext_lazy("a PDF document"),
    "image/png": gettext_lazy("a PNG image"),
    "image/jpeg": gettext_lazy("a JPEG image"),
    "image/gif": gettext_lazy("a GIF image"),
    "image/webp": gettext_lazy("a WebP image"),
    DOCX: gettext_lazy("a Word document"),
    XLSX: gettext_lazy("an Excel workbook"),
    "text/plain": gettext_lazy("plain text"),
}
# Extensions of programs, scripts and web pages: refused anywhere in a name, since a
# web server or a desktop may act on any of them (x.php.jpg, invoice.pdf.exe).
ACTIVE_EXTENSIONS = frozenset(
    {
        *("exe", "com", "scr", "pif", "bat", "cmd", "msi", "msp", "dll", "cpl", "lnk", "reg"),
        *("jar", "hta", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "js", "jse", "mjs"),
        *("sh", "bash", "csh", "ksh", "php", "php3", "php4", "php5", "php7", "phtml", "phar"),
        *("asp", "aspx", "ashx", "jsp", "jspx", "cgi", "pl", "swf"),
        *("html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xsl", "xslt"),
    }
)
IMAGE_OR_PDF = frozenset(("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"))
# Markup that makes a browser or an old viewer treat bytes as a web page. Short markers
# are looked for where browsers sniff (the first bytes); only long ones through the
# whole of an image, where a chance match in compressed data is too unlikely to matter.
SNIFF_WINDOW = 2048
HEAD_MARKERS = (
    b"<script",
    b"<html",
    b"<!doctype",
    b"<head",
    b"<body",
    b"<svg",
    b"<iframe",
    b"<object",
    b"<embed",
    b"<?php",
    b"javascript:",
)
BODY_MARKERS = (b"<script", b"<iframe", b"<!doctype html", b"javascript:")
# The first tags the HTML standard's sniffing reads as a web page, plus XML and SVG.
MARKUP_START = re.compile(
    rb"<(?:!doctype\s+html|!--|\?xml|svg|html|head|script|iframe|h1|div|font|table|a|style"
    rb"|title|b|body|br|p|object|embed|meta|link|img|form|xsl:)[\s>/]",
    re.IGNORECASE,
)
NAME_MAX = 200


@dataclass(frozen=True)
class CheckedFile:
    content_type: str
    size: int
    sha256: str
    name: str = "file"


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


def _is_markup(head: bytes) -> bool:
    """Whether text starts as a web page, an XML document or an SVG drawing would."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return MARKUP_START.match(start) is not None


def _carries_markup(stream: IO[bytes], head: bytes, content_type: str) -> bool:
    """Whether an image or PDF also holds web-page markup (a polyglot)."""
    window = head[:SNIFF_WINDOW].lower()
    if any(marker in window for marker in HEAD_MARKERS):
        return True
    if not content_type.startswith("image/"):
        return False
    overlap = max(len(marker) for marker in BODY_MARKERS) - 1
    tail = b""
    stream.seek(0)
    for chunk in iter(lambda: stream.read(65536), b""):
        text = tail + chunk.lower()
        if any(marker in text for marker in BODY_MARKERS):
            return True
        tail = text[-overlap:]
    return False


def clean_name(name: str) -> str:
    """*name* safe to keep and show: the last path segment, without control characters.

    Folder parts (``../../etc/passwd``, ``..\\..\\win.ini``), NUL bytes, line breaks and
    direction overrides (which make ``exe.pdf`` read as ``pdf.exe``) are dropped; leading
    dots and trailing dots and spaces, which Windows ignores, go too. Long names keep
    their extension.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp"))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = name.strip().lstrip(".").rstrip(". ").strip()
    if len(name) > NAME_MAX:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[: NAME_MAX - len(extension) - 1].rstrip(". ") + "." + extension
        else:
            name = name[:NAME_MAX]
    return name


def _named(name: str, content_type: str) -> str:
    """The name to keep for a file of *content_type*, or a DomainError if the name lies."""
    name = clean_name(name) or "file"
    stem, dot, last = name.rpartition(".")
    if not dot or not stem:
        return f"{name}.{EXTENSIONS[content_type][0]}"
    extensions = [part.strip().lower() for part in name.split(".")[1:]]
    active = next((ext for ext in reversed(extensions) if ext in ACTIVE_EXTENSIONS), None)
    if active is not None:
        raise DomainError(
            _(
                "A file whose name contains .%(extension)s (a program, script or web page) "
                "is not accepted. Rename the file so that it ends in .%(expected)s and "
                "upload it again."
            )
            % {"extension": active, "expected": EXTENSIONS[content_type][0]},
            field="file",
        )
    if last.strip().lower() not in EXTENSIONS[content_type]:
        raise DomainError(
            _(
                "The file name ends in .%(extension)s but the file is %(kind)s. Rename it "
                "so that it ends in .%(expected)s and upload it again."
            )
            % {
                "extension": last.strip().lower()[:20],
                "kind": KINDS[content_type],
                "expected": EXTENSIONS[content_type][0],
            },
            field="file",
        )
    return name


def _refuse_kind() -> DomainError:
    return DomainError(
        _(
            "This kind of file is not accepted. Upload a PDF, an image (PNG, JPEG, GIF, WebP), "
            "a Word or Excel document, or plain text."
        ),
        field="file",
    )


def _content_type(stream: IO[bytes]) -> str:
    stream.seek(0)
    head = stream.read(8192)
    content_type = _sniff(head, stream)
    if content_type is None:
        raise _refuse_kind()
    if content_type == "text/plain" and _is_markup(head):
        raise DomainError(
            _(
                "Web pages, XML documents and SVG drawings are not accepted, as they can run "
                "scripts. Save the page as a PDF and upload that."
            ),
            field="file",
        )
    if content_type in IMAGE_OR_PDF and _carries_markup(stream, head, content_type):
        raise DomainError(
            _(
                "This file is %(kind)s but also holds web-page code, so it is not accepted. "
                "Save the image or document again from its program and upload the new copy."
            )
            % {"kind": KINDS[content_type]},
            field="file",
        )
    return content_type


def check_upload(stream: IO[bytes], *, size: int, name: str = "") -> CheckedFile:
    """Refuse empty, oversized, disallowed and misnamed files; return the type, digest and name.

    The size is measured on the stream itself; the caller's figure is only a hint. The
    type comes from the content; *name* (the uploader's file name) must agree with it,
    and is returned cleaned (see ``clean_name``), with the type's extension added if it
    had none.
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
    content_type = _content_type(stream)
    kept_name = _named(name, content_type)
    digest = hashlib.sha256()
    stream.seek(0)
    for chunk in iter(lambda: stream.read(65536), b""):
        digest.update(chunk)
    stream.seek(0)
    return CheckedFile(
        content_type=content_type, size=size, sha256=digest.hexdigest(), name=kept_name
    )


def download_name(name: str) -> str:
    """An attachment's name as offered on download: cleaned again, never empty.

    Names are cleaned when a file is accepted; this also covers rows kept from before.
    """
    return clean_name(name) or "file"
