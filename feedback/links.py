"""Signed links in survey emails and on office posters.

An invitation link carries the invitation's id and its nonce, signed with the project's
secret and a salt of its own, so it cannot be guessed, altered or used for another
invitation; a link is single-use because an answered invitation refuses a second answer,
and it expires with the invitation. Office links carry an office, a service and a survey
and never expire (posters stay on walls); they are revoked by deactivating the office or
the survey.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing
from django.urls import reverse
from django.utils import timezone

from .models import InvitationStatus, Office, Survey, SurveyInvitation

INVITATION_SALT = "feedback.invitation"
OFFICE_SALT = "feedback.office"


class LinkError(Exception):
    """Why a link cannot be used: ``invalid``, ``expired`` or ``answered``."""

    def __init__(self, reason: str, invitation: SurveyInvitation | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.invitation = invitation


def invitation_token(invitation: SurveyInvitation) -> str:
    return signing.dumps([invitation.pk, invitation.nonce], salt=INVITATION_SALT, compress=True)


def invitation_path(invitation: SurveyInvitation) -> str:
    return reverse("survey_answer", kwargs={"token": invitation_token(invitation)})


def unsubscribe_path(invitation: SurveyInvitation) -> str:
    return reverse("survey_unsubscribe", kwargs={"token": invitation_token(invitation)})


def invitation_from_token(token: str, *, check_open: bool = True) -> SurveyInvitation:
    """The invitation a token names, or :class:`LinkError` saying why it cannot be used.

    With *check_open* (answering), an answered invitation is ``answered`` and one past its
    expiry or expired by the sweep is ``expired``; unsubscribing passes ``False``.
    """
    try:
        pk, nonce = signing.loads(token, salt=INVITATION_SALT)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise LinkError("invalid") from exc
    invitation = (
        SurveyInvitation.objects.select_related("survey", "case", "customer", "agency")
        .filter(pk=pk, nonce=nonce)
        .first()
    )
    if invitation is None or invitation.status in (
        InvitationStatus.PENDING,
        InvitationStatus.SKIPPED,
    ):
        raise LinkError("invalid")
    if not check_open:
        return invitation
    if invitation.status == InvitationStatus.ANSWERED:
        raise LinkError("answered", invitation)
    if invitation.status == InvitationStatus.EXPIRED or (
        invitation.expires_at is not None and invitation.expires_at <= timezone.now()
    ):
        raise LinkError("expired", invitation)
    if not invitation.survey.is_active:
        raise LinkError("expired", invitation)
    return invitation


@dataclass(frozen=True)
class OfficeLink:
    office: Office
    survey: Survey
    service_id: int


def office_token(*, office: Office, survey: Survey, service_id: int) -> str:
    return signing.dumps([office.pk, survey.pk, service_id], salt=OFFICE_SALT, compress=True)


def office_path(*, office: Office, survey: Survey, service_id: int) -> str:
    token = office_token(office=office, survey=survey, service_id=service_id)
    return reverse("survey_office", kwargs={"token": token})


def office_link_from_token(token: str) -> OfficeLink:
    """The office, survey and service an office link names; ``invalid`` if any is gone."""
    try:
        office_id, survey_id, service_id = signing.loads(token, salt=OFFICE_SALT)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise LinkError("invalid") from exc
    office = Office.objects.filter(pk=office_id, is_active=True).first()
    if office is None:
        raise LinkError("invalid")
    survey = Survey.objects.filter(pk=survey_id, is_active=True, agency_id=office.agency_id).first()
    if survey is None or not survey.service_links.filter(service_id=service_id).exists():
        raise LinkError("invalid")
    return OfficeLink(office=office, survey=survey, service_id=service_id)
