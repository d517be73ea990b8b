"""Forms of the caseworker's pages. They validate input; the services enforce the rules."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from backoffice.forms import SameWhenBlank
from backoffice.models import Agency, Team, User

from .models import (
    AttributeDatatype,
    CaseStatus,
    Channel,
    CustomerKind,
    MessageDirection,
    Priority,
    Service,
    ServiceAttribute,
)
from .selectors import SLA_FILTERS, SORTS, assignable_people

STAFF_CHANNELS = [
    (Channel.PHONE, Channel.PHONE.label),
    (Channel.IN_PERSON, Channel.IN_PERSON.label),
    (Channel.MAIL, Channel.MAIL.label),
    (Channel.EMAIL, Channel.EMAIL.label),
]
STATUS_FILTERS = [
    ("open", _("All open")),
    ("", _("Any status")),
    *CaseStatus.choices,
    ("done", _("All finished")),
]
AGE_CHOICES = [
    ("", _("Any age")),
    ("1", _("Older than 1 day")),
    ("3", _("Older than 3 days")),
    ("7", _("Older than a week")),
    ("30", _("Older than 30 days")),
]
SORT_LABELS = {
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
    "priority": _("Highest priority first"),
    "updated": _("Recently changed"),
    "due": _("Due soonest"),
}
SLA_LABELS = {
    "on_track": _("On track"),
    "at_risk": _("At risk"),
    "breached": _("Breached"),
    "paused": _("Clock paused"),
}


class CaseFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("A reference, a customer's name or email, or words from the case."),
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=STATUS_FILTERS)
    service = forms.ModelChoiceField(
        label=_("Service"),
        required=False,
        queryset=Service.objects.none(),
        empty_label=_("Any service"),
    )
    priority = forms.TypedChoiceField(
        label=_("Priority"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Any priority")), *Priority.choices],
    )
    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=[("", _("Any channel")), *Channel.choices]
    )
    assignee = forms.ChoiceField(label=_("Assignee"), required=False)
    team = forms.ModelChoiceField(
        label=_("Team"), required=False, queryset=Team.objects.none(), empty_label=_("Any team")
    )
    age = forms.TypedChoiceField(
        label=_("Age"), required=False, coerce=int, empty_value=None, choices=AGE_CHOICES
    )
    sla = forms.ChoiceField(
        label=_("Service level"),
        required=False,
        choices=[("", _("Any service level")), *((k, SLA_LABELS[k]) for k in SLA_FILTERS)],
    )
    sort = forms.ChoiceField(
        label=_("Sort"), required=False, choices=[(k, SORT_LABELS[k]) for k in SORTS]
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = Service.objects.filter(agency=agency)  # type: ignore[attr-defined]
        self.fields["team"].queryset = Team.objects.filter(agency=agency)  # type: ignore[attr-defined]
        people = [(str(u.pk), u.full_name) for u in assignable_people(agency=agency)]
        self.fields["assignee"].choices = [  # type: ignore[attr-defined]
            ("", _("Anyone or nobody")),
            ("me", _("Me")),
            ("none", _("Nobody (unassigned)")),
            *people,
        ]


def attribute_field(attribute: ServiceAttribute) -> forms.Field:
    """A form field for one intake question of a service."""
    common: dict[str, Any] = {
        "label": attribute.label,
        "required": attribute.required,
        "help_text": attribute.help_text,
    }
    choices = [(c.get("key"), c.get("name") or c.get("key")) for c in attribute.choices or []]
    kind = attribute.datatype
    if kind == AttributeDatatype.SINGLE_CHOICE:
        return forms.ChoiceField(choices=[("", _("Choose…")), *choices], **common)
    if kind == AttributeDatatype.MULTI_CHOICE:
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    if kind == AttributeDatatype.DATETIME:
        return forms.CharField(
            widget=forms.DateTimeInput(attrs={"type": "datetime-local"}), **common
        )
    if kind == AttributeDatatype.NUMBER:
        return forms.CharField(widget=forms.TextInput(attrs={"inputmode": "decimal"}), **common)
    if kind == AttributeDatatype.TEXT:
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), **common)
    return forms.CharField(max_length=200, **common)


class IntakeForm(forms.Form):
    """A contact taken in by staff: phone, in person, mail or email."""

    channel = forms.ChoiceField(label=_("How did the customer contact us?"), choices=STAFF_CHANNELS)
    service = forms.ModelChoiceField(
        label=_("Service"), queryset=Service.objects.none(), empty_label=_("Choose a service…")
    )
    customer_kind = forms.ChoiceField(
        label=_("The customer is"), choices=CustomerKind.choices, initial=CustomerKind.PERSON
    )
    customer_name = forms.CharField(label=_("Customer name"), max_length=200)
    customer_organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    customer_email = forms.EmailField(label=_("Email"), required=False)
    customer_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    customer_address = forms.CharField(label=_("Postal address"), max_length=300, required=False)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(
        label=_("What the customer asked"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    priority = forms.TypedChoiceField(
        label=_("Priority"),
        coerce=int,
        required=False,
        empty_value=None,
        choices=[("", _("The service's default")), *Priority.choices],
    )
    address = forms.CharField(
        label=_("Location (address)"),
        max_length=300,
        required=False,
        help_text=_("Where the issue is, if it has a place."),
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        services = Service.objects.filter(agency=agency, is_active=True).order_by("group", "name")
        self.fields["service"].queryset = services  # type: ignore[attr-defined]
        self.attribute_names: list[str] = []
        service = self._chosen_service(services)
        if service is not None:
            for attribute in service.attributes.all():
                name = f"attribute_{attribute.code}"
                self.fields[name] = attribute_field(attribute)
                self.attribute_names.append(name)

    def _chosen_service(self, services: Any) -> Service | None:
        raw = self.data.get("service") if self.is_bound else self.initial.get("service")
        if not raw:
            return None
        try:
            return services.filter(pk=int(raw)).first()
        except (TypeError, ValueError):
            return None

    def attribute_values(self) -> dict[str, Any]:
        return {
            name.removeprefix("attribute_"): self.cleaned_data.get(name)
            for name in self.attribute_names
        }

    def attribute_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.attribute_names]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (
            data.get("customer_email") or data.get("customer_phone") or data.get("customer_address")
        ):
            self.add_error(
                "customer_email",
                _("Give at least an email address, a phone number or a postal address."),
            )
        return data


class NoteForm(SameWhenBlank, forms.Form):
    prefix = "note"

    body = forms.CharField(label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3}))


class MessageForm(SameWhenBlank, forms.Form):
    prefix = "message"

    subject = forms.CharField(label=_("Subject"), max_length=150, required=False)
    body = forms.CharField(
        label=_("Message to the customer"), widget=forms.Textarea(attrs={"rows": 4})
    )


class ContactForm(SameWhenBlank, forms.Form):
    prefix = "contact"

    direction = forms.ChoiceField(
        label=_("Who contacted whom"),
        choices=MessageDirection.choices,
        initial=MessageDirection.INBOUND,
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=STAFF_CHANNELS)
    body = forms.CharField(label=_("What was said"), widget=forms.Textarea(attrs={"rows": 3}))


class StatusForm(forms.Form):
    prefix = "status"

    status = forms.ChoiceField(label=_("New status"), choices=CaseStatus.choices)
    resolution = forms.CharField(
        label=_("Resolution"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when resolving: what was done. The customer sees it."),
    )
    duplicate_of = forms.CharField(
        label=_("Duplicate of (reference)"),
        required=False,
        max_length=30,
        help_text=_("Needed when marking a duplicate."),
    )

    def __init__(self, *args: Any, allowed: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if allowed is not None:
            self.fields["status"].choices = [  # type: ignore[attr-defined]
                (value, label) for value, label in CaseStatus.choices if value in allowed
            ]


class AssignForm(forms.Form):
    prefix = "assign"

    assignee: forms.ModelChoiceField[User] = forms.ModelChoiceField(
        label=_("Assign to"), queryset=User.objects.none(), empty_label=_("Choose a person…")
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_people(agency=agency)  # type: ignore[attr-defined]


class AttachmentForm(SameWhenBlank, forms.Form):
    prefix = "attachment"

    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, image, Word, Excel or plain text."),
    )


class LinkForm(SameWhenBlank, forms.Form):
    prefix = "link"

    reference = forms.CharField(label=_("Related case reference"), max_length=30)


class ReopenForm(SameWhenBlank, forms.Form):
    prefix = "reopen"

    reason = forms.CharField(label=_("Why reopen"), widget=forms.Textarea(attrs={"rows": 2}))


BULK_ACTIONS = [("assign", _("Assign to a person")), ("close", _("Resolve and close"))]


class BulkForm(forms.Form):
    action = forms.ChoiceField(label=_("Action"), choices=BULK_ACTIONS)
    cases = forms.TypedMultipleChoiceField(label=_("Cases"), coerce=int, choices=[])
    assignee: forms.ModelChoiceField[User] = forms.ModelChoiceField(
        label=_("Assign to"), queryset=User.objects.none(), required=False
    )
    resolution = forms.CharField(
        label=_("Resolution for every case"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, agency: Agency, case_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_people(agency=agency)  # type: ignore[attr-defined]
        self.fields["cases"].choices = [(pk, str(pk)) for pk in case_ids]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("action") == "assign" and not data.get("assignee"):
            self.add_error("assignee", _("Choose who gets the cases."))
        if data.get("action") == "close" and not (data.get("resolution") or "").strip():
            self.add_error("resolution", _("Say how the cases were resolved."))
        return data


class LegalHoldForm(forms.Form):
    """Set or lift a case's legal hold; *holding* is whether the case is on hold now."""

    prefix = "legal_hold"

    hold = forms.TypedChoiceField(
        choices=[("1", _("Set")), ("0", _("Lift"))],
        coerce=lambda value: value == "1",
        widget=forms.HiddenInput,
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    confirm = forms.BooleanField(
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def __init__(self, *args: Any, holding: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.holding = holding
        self.fields["hold"].initial = "0" if holding else "1"
        reason, confirm = self.fields["reason"], self.fields["confirm"]
        if holding:
            reason.help_text = _("Why the case no longer needs to be kept, e.g. the claim ended.")
            confirm.label = _(
                "I understand that once the hold is lifted, the retention job may remove this "
                "case's personal data if its retention period has passed."
            )
        else:
            reason.help_text = _(
                "Why the case must be kept, e.g. a claim, an appeal or a records request."
            )
            confirm.label = _(
                "I understand that this case's personal data will be kept past its retention "
                "period until the hold is lifted."
            )
