"""Hostile uploads: disguised programs and web pages, polyglots, oversized bodies and
names that try to leave the upload folder are refused or made harmless."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client
from rest_framework.test import APIClient

from backoffice.api_keys import api_client_create
from backoffice.errors import DomainError
from cases import services
from cases.files import clean_name
from cases.models import CaseAttachment, CaseEvent

from ..cases.factories import CaseFactory, ServiceFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
TEXT = b"The lamp on Elm Street has been out since Monday.\n"
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
FORM = "application/x-www-form-urlencoded"
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


@pytest.fixture
def case(agency: Any) -> Any:
    return CaseFactory(agency=agency)


def attach(case: Any, content: bytes, name: str, actor: Any) -> CaseAttachment:
    return services.case_add_attachment(
        case=case, upload=io.BytesIO(content), name=name, size=len(content), actor=actor
    )


def refused(case: Any, content: bytes, name: str, actor: Any) -> str:
    with pytest.raises(DomainError) as error:
        attach(case, content, name, actor)
    assert error.value.field == "file"
    assert not CaseAttachment.objects.exists()
    assert not CaseEvent.objects.exists()
    return error.value.message


def stored(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


# Double extensions and names that lie about the content --------------------------------

DISGUISED = {
    "pdf named as a program": (PDF, "invoice.pdf.exe", ".exe"),
    "image named as a web page": (JPEG, "photo.jpg.html", ".html"),
    "script extension before the image one": (JPEG, "x.php.jpg", ".php"),
    "text named as a web page": (TEXT, "notes.txt.htm", ".htm"),
    "text named as a script": (TEXT, "readme.js", ".js"),
    "text named as a drawing": (TEXT, "plan.svg", ".svg"),
    "upper-case program extension": (PDF, "INVOICE.PDF.EXE", ".exe"),
    "trailing dot that Windows drops": (PDF, "invoice.pdf.exe.", ".exe"),
    "direction override hiding .exe": (PDF, "invoice\u202efdp.exe", ".exe"),
}


@pytest.mark.parametrize(("content", "name", "named"), DISGUISED.values(), ids=DISGUISED.keys())
def test_a_name_hiding_a_program_or_web_page_is_refused(
    case: Any, caseworker: Any, media: Path, content: bytes, name: str, named: str
) -> None:
    message = refused(case, content, name, caseworker)

    assert named in message
    assert stored(media) == []


MISNAMED = {
    "png named pdf": (PNG, "scan.pdf", ".pdf", "PNG image"),
    "pdf named docx": (PDF, "letter.docx", ".docx", "PDF document"),
    "text named png": (TEXT, "photo.png", ".png", "plain text"),
    "gif named jpg": (GIF, "pixel.jpg", ".jpg", "GIF image"),
}


@pytest.mark.parametrize(
    ("content", "name", "ending", "kind"), MISNAMED.values(), ids=MISNAMED.keys()
)
def test_the_last_extension_must_match_the_content(
    case: Any, caseworker: Any, media: Path, content: bytes, name: str, ending: str, kind: str
) -> None:
    message = refused(case, content, name, caseworker)

    assert ending in message
    assert kind in message


ACCEPTED = {
    "dots in the name": (PDF, "Report v1.2 final.pdf", "Report v1.2 final.pdf"),
    "upper-case extension": (JPEG, "IMG_0001.JPEG", "IMG_0001.JPEG"),
    "no extension gets the content's": (PNG, "scan", "scan.png"),
    "text as csv": (TEXT, "export.csv", "export.csv"),
    "non-ascii name": (TEXT, "Señal rota, calle 5.txt", "Señal rota, calle 5.txt"),
}


@pytest.mark.parametrize(("content", "name", "kept"), ACCEPTED.values(), ids=ACCEPTED.keys())
def test_an_honest_name_is_kept(
    case: Any, caseworker: Any, media: Path, content: bytes, name: str, kept: str
) -> None:
    assert attach(case, content, name, caseworker).original_name == kept


# Active content and polyglots ----------------------------------------------------------

ACTIVE = {
    "html page named txt": HTML_PAGE,
    "html page with a byte order mark": b"\xef\xbb\xbf  \n<html><p>hi</p></html>",
    "svg drawing named txt": SVG,
    "bare svg": b'<svg onload="alert(1)"></svg>',
    "script tag": b"<script>alert(1)</script>",
}


@pytest.mark.parametrize("content", ACTIVE.values(), ids=ACTIVE.keys())
def test_web_pages_and_drawings_are_refused_whatever_their_name(
    case: Any, caseworker: Any, media: Path, content: bytes
) -> None:
    message = refused(case, content, "notes.txt", caseworker)

    assert "scripts" in message


def test_text_that_mentions_markup_is_still_text(case: Any, caseworker: Any, media: Path) -> None:
    content = b"The form shows <script> in the name field when I paste it.\n"

    assert attach(case, content, "bug.txt", caseworker).content_type == "text/plain"


POLYGLOTS = {
    "gif with a script": (GIF + b"<script>alert(1)</script>", "pixel.gif"),
    "png with a page": (PNG + b"<html><body onload=alert(1)>", "lamp.png"),
    "jpeg with a script deep inside": (JPEG + b"\x00" * 200_000 + b"<SCRIPT>x</SCRIPT>", "a.jpg"),
    "jpeg with a script across a read boundary": (
        JPEG[:10] + b"\x00" * (65536 - 13) + b"<script>alert(1)",
        "b.jpg",
    ),
    "pdf with a page at the start": (PDF[:9] + b"<html><script>alert(1)</script>" + PDF, "c.pdf"),
}


@pytest.mark.parametrize(("content", "name"), POLYGLOTS.values(), ids=POLYGLOTS.keys())
def test_an_image_or_pdf_that_also_carries_a_web_page_is_refused(
    case: Any, caseworker: Any, media: Path, content: bytes, name: str
) -> None:
    message = refused(case, content, name, caseworker)

    assert "web-page code" in message
    assert stored(media) == []


# Names that try to leave the folder ----------------------------------------------------

NAMES = {
    "unix traversal": ("../../etc/passwd", "passwd"),
    "windows traversal": ("..\\..\\windows\\win.txt", "win.txt"),
    "absolute path": ("/var/www/html/shell.txt", "shell.txt"),
    "nul byte": ("report\x00.txt", "report.txt"),
    "line breaks": ("a\r\nContent-Type: text/html\r\n.txt", "html.txt"),
    "dot files": ("...htaccess.txt", "htaccess.txt"),
    "only dots": ("..", ""),
}


@pytest.mark.parametrize(("name", "kept"), NAMES.values(), ids=NAMES.keys())
def test_a_name_is_cut_to_its_last_segment_without_control_characters(name: str, kept: str) -> None:
    cleaned = clean_name(name)

    assert cleaned == kept
    for character in ("/", "\\", "\x00", "\r", "\n"):
        assert character not in cleaned


def test_traversal_in_a_name_is_stored_under_the_digest_and_kept_as_the_basename(
    case: Any, caseworker: Any, media: Path
) -> None:
    attachment = attach(case, TEXT, "../../../../etc/passwd", caseworker)
    other = attach(case, PDF, "..\\..\\boot\\report.pdf", caseworker)

    assert attachment.original_name == "passwd.txt"
    assert other.original_name == "report.pdf"
    files = stored(media)
    assert len(files) == 2
    for path in files:
        assert path.resolve().is_relative_to(media.resolve())
        assert path.name in (attachment.sha256, other.sha256)


def test_a_very_long_name_keeps_its_extension_within_the_column(
    case: Any, caseworker: Any, media: Path
) -> None:
    attachment = attach(case, PDF, "a" * 5000 + ".pdf", caseworker)

    assert len(attachment.original_name) <= 200
    assert attachment.original_name.endswith("aaa.pdf")


# Downloads ------------------------------------------------------------------------------


@pytest.fixture
def worker_client(caseworker: Any) -> Client:
    client = Client()
    client.force_login(caseworker)
    return client


def download(client: Client, attachment: CaseAttachment) -> Any:
    response = client.get(f"/cases/{attachment.case_id}/attachments/{attachment.pk}/")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("name", "disposition"),
    [
        ("plan.pdf", 'attachment; filename="plan.pdf"'),
        ('my "best" plan.pdf', 'attachment; filename="my \\"best\\" plan.pdf"'),
        ("plan; filename=evil.pdf", 'attachment; filename="plan; filename=evil.pdf"'),
        ("Señal.pdf", "attachment; filename*=utf-8''Se%C3%B1al.pdf"),
    ],
)
def test_a_download_is_an_attachment_with_its_name_safely_quoted(
    case: Any,
    caseworker: Any,
    media: Path,
    worker_client: Client,
    name: str,
    disposition: str,
) -> None:
    attachment = attach(case, PDF, name, caseworker)

    response = download(worker_client, attachment)

    assert response["Content-Disposition"] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_name_kept_from_before_the_checks_is_cleaned_on_download(
    case: Any, caseworker: Any, media: Path, worker_client: Client
) -> None:
    attachment = attach(case, TEXT, "notes.txt", caseworker)
    # A row written before names were cleaned: a folder part and a header-splitting break.
    CaseAttachment.objects.filter(pk=attachment.pk).update(
        original_name="../../x\r\nSet-Cookie: a=b.txt"
    )
    attachment.refresh_from_db()

    response = download(worker_client, attachment)

    assert response["Content-Disposition"] == 'attachment; filename="xSet-Cookie: a=b.txt"'
    assert not response.has_header("Set-Cookie")
    assert response["Content-Type"].startswith("text/plain")


def test_the_page_shows_the_basename_of_a_posted_traversal_name(
    case: Any, media: Path, worker_client: Client
) -> None:
    upload = io.BytesIO(TEXT)
    upload.name = "../../etc/<b>passwd.txt"

    response = worker_client.post(f"/cases/{case.pk}/attachments/", {"attachment-file": upload})

    assert response.status_code == 302
    attachment = CaseAttachment.objects.get()
    assert attachment.original_name == "<b>passwd.txt"
    page = worker_client.get(f"/cases/{case.pk}/").content.decode()
    assert "<b>passwd" not in page
    assert "&lt;b&gt;passwd.txt" in page


# Sizes ----------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_a_form_error_on_the_page(
    case: Any, media: Path, worker_client: Client, settings: Any
) -> None:
    settings.ATTACHMENT_MAX_BYTES = 1024
    upload = io.BytesIO(b"a" * 2048)
    upload.name = "long.txt"

    response = worker_client.post(f"/cases/{case.pk}/attachments/", {"attachment-file": upload})

    assert response.status_code == 400
    assert "the limit is" in response.content.decode()
    assert not CaseAttachment.objects.exists()


def test_a_body_over_the_request_limit_is_413_with_a_message_and_never_read(
    case: Any, media: Path, worker_client: Client, settings: Any
) -> None:
    settings.REQUEST_BODY_MAX_BYTES = 4096
    upload = io.BytesIO(b"a" * 8192)
    upload.name = "huge.txt"

    response = worker_client.post(f"/cases/{case.pk}/attachments/", {"attachment-file": upload})

    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert not CaseAttachment.objects.exists()
    assert stored(media) == []


@pytest.fixture
def api(agency: Any, administrator: Any, caseworker: Any) -> APIClient:
    _client, raw_key = api_client_create(
        agency=agency,
        name="Uploader",
        owner=caseworker,
        scopes=["read", "write"],
        actor=administrator,
    )
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {raw_key}")
    return client


def test_the_api_answers_an_oversized_body_with_413_in_its_error_shape(
    case: Any, media: Path, api: APIClient, settings: Any
) -> None:
    settings.REQUEST_BODY_MAX_BYTES = 4096
    upload = io.BytesIO(b"a" * 8192)
    upload.name = "huge.txt"

    response = api.post(
        f"/api/v1/cases/{case.pk}/attachments/", {"file": upload}, format="multipart"
    )

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert "too large" in response.json()["error"]["message"]


def test_the_api_refuses_a_disguised_name_as_a_field_error(
    case: Any, media: Path, api: APIClient
) -> None:
    upload = io.BytesIO(PDF)
    upload.name = "invoice.pdf.exe"

    response = api.post(
        f"/api/v1/cases/{case.pk}/attachments/", {"file": upload}, format="multipart"
    )

    assert response.status_code == 400
    assert ".exe" in response.json()["error"]["fields"]["file"][0]
    assert stored(media) == []


def test_open311_answers_an_oversized_body_with_its_error_list(agency: Any, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    ServiceFactory(agency=agency)

    response = Client().post(
        "/open311/v2/requests.json", urlencode({"description": "x" * 4096}), content_type=FORM
    )

    assert response.status_code == 413
    [error] = response.json()
    assert error["code"] == 413
    assert "too large" in error["description"]


def test_form_fields_over_djangos_limit_are_a_413_with_a_message_not_a_500(
    case: Any, worker_client: Client, settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024

    response = worker_client.post(
        f"/cases/{case.pk}/note/", urlencode({"note-body": "x" * 4096}), content_type=FORM
    )
    mixed = worker_client.post(
        f"/cases/{case.pk}/attachments/",
        {"attachment-file": io.BytesIO(TEXT), "attachment-extra": "x" * 4096},
    )

    assert response.status_code == 413
    assert "Text sent in one go may be" in response.content.decode()
    assert not case.notes.exists()
    # A multipart body within the upload limit whose fields pass Django's: refused, not a 500.
    assert mixed.status_code == 400


def test_api_fields_over_djangos_limit_are_a_413_in_the_error_shape(
    case: Any, api: APIClient, settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024

    for body_format in ("multipart", "json"):
        response = api.post(
            f"/api/v1/cases/{case.pk}/notes/", {"body": "x" * 4096}, format=body_format
        )

        assert response.status_code == 413
        assert response.json()["error"]["code"] == "too_large"


def test_a_signed_out_visitor_gets_the_413_page_too(db: None, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024

    response = Client().post(
        "/accounts/login/", urlencode({"username": "x" * 4096}), content_type=FORM
    )

    assert response.status_code == 413
    assert "Request too large" in response.content.decode()
