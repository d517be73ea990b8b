"""The feedback admin: surveys with their services, questions and choices, feedback policies and
offices, scoped to the agencies a user administers; invitations, responses, pulse rounds and
friction reports visible but never changed here.

Every save is audited. A ready-made survey (A-11, CSAT, NPS, CES, staff pulse) is created
from the "Add from a template" page through the library's service. Free-text answers are
personal data: they are never listed, shown masked on a response's page, and each look at
a response is audited. Pulse answers are not shown at all: they are read only as group
results on the pulse pages, so no one can pick out a small team's answers here.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Model, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from backoffice.access import staff_user
from backoffice.admin import (
    AgencyInline,
    AgencyScopedAdmin,
    ReadOnlyMixin,
    administers,
)
from backoffice.admin_audit import (
    AuditedSaveMixin,
    ReadOnlyInlineMixin,
    SameAgencyRowsFormSet,
    SameAgencyRowsInline,
    admin_agency_ids,
    agency_time,
    in_admin_scope,
    save_audited_rows,
)
from backoffice.errors import DomainError
from backoffice.models import Agency, Team
from backoffice.services import audit_record
from cases.models import Channel, Service

from .library import LIBRARY
from .masking import mask_personal
from .models import (
    CHOICE_KINDS,
    Audience,
    Choice,
    FeedbackPolicy,
    FrictionReport,
    Measure,
    Office,
    PulseRound,
    Question,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
    SurveyService,
)
from .services.library import survey_from_template


class FeedbackScopedAdmin(AuditedSaveMixin, AgencyScopedAdmin):
    """An agency's feedback configuration: the agency fixed once saved, choices of teams and
    services limited to the administered agencies, every save audited as
    ``<audit_name>.create|update`` and every delete as ``<audit_name>.delete``."""

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = admin_agency_ids(request)
        if ids is not None and db_field.related_model is Service:
            kwargs["queryset"] = Service.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        agency_id = getattr(obj, "agency_id", None)
        if agency_id is not None:
            for field in form.base_fields.values():
                queryset = getattr(field, "queryset", None)
                if queryset is not None and queryset.model in (Team, Service):
                    field.queryset = queryset.filter(agency=agency_id)  # type: ignore[attr-defined]
        return form


# Surveys --------------------------------------------------------------------------------------


class SurveyAdminForm(forms.ModelForm):
    channels = forms.MultipleChoiceField(
        label=_("Channels"),
        choices=Channel.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Cases that came in on these channels get the survey; none ticked means every channel."
        ),
    )

    class Meta:
        model = Survey
        fields = (
            "agency",
            "name",
            "audience",
            "is_active",
            "channels",
            "title",
            "title_es",
            "intro",
            "intro_es",
        )


class SameAgencyServiceFormSet(SameAgencyRowsFormSet):
    """The services a survey applies to: only services of the survey's agency."""

    choice_field = "service"
    other_agency_error = _("Choose a service of this agency.")


class SurveyServiceInline(SameAgencyRowsInline):
    """The services a citizen survey applies to, each with how long after closing it is sent."""

    model = SurveyService
    formset = SameAgencyServiceFormSet
    fields = ("service", "delay_hours")
    choice_field = "service"
    choice_model = Service


K = QuestionKind
SCORES = (K.AGREEMENT, K.THUMBS)
# The kinds of question whose answers each measure can count; a measure not listed takes any.
MEASURE_KINDS: dict[str, tuple[str, ...]] = {
    **{
        measure: SCORES
        for measure in (
            Measure.TRUST,
            Measure.SATISFACTION,
            Measure.EASE,
            Measure.EFFICIENCY,
            Measure.TRANSPARENCY,
            Measure.EFFECTIVENESS,
            Measure.HELPFULNESS,
            Measure.CSAT,
            Measure.WORKLOAD,
            Measure.TOOLS,
            Measure.SUPPORT,
        )
    },
    Measure.NPS: (K.NPS,),
    Measure.ENPS: (K.NPS,),
    Measure.CES: (K.EFFORT,),
    Measure.WENT_WELL: CHOICE_KINDS,
    Measure.COULD_BE_BETTER: CHOICE_KINDS,
    Measure.COMMENT: (K.TEXT,),
}


class QuestionForm(forms.ModelForm):
    """A question's measure fits its kind, so reports never count text as a score."""

    class Meta:
        model = Question
        fields = (
            "survey",
            "position",
            "kind",
            "measure",
            "stage",
            "text",
            "text_es",
            "help_text",
            "help_text_es",
            "required",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind", getattr(self.instance, "kind", ""))
        measure = data.get("measure", getattr(self.instance, "measure", ""))
        fitting = MEASURE_KINDS.get(measure)
        if kind and fitting and kind not in fitting:
            labels = ", ".join(str(QuestionKind(k).label).lower() for k in fitting)
            self.add_error(
                "measure" if "measure" in self.fields else None,
                _("This measure counts answers of these kinds only: %(kinds)s.")
                % {"kinds": labels},
            )
        return data


def _answered(survey: Model | None) -> bool:
    return isinstance(survey, Survey) and survey.pk is not None and survey.responses.exists()


class QuestionInline(AgencyInline):
    """A survey's questions. Once a survey has answers, a question's kind and measure are fixed
    and none is removed, so the answers already given keep their meaning."""

    model = Question
    form = QuestionForm
    fields = (
        "position",
        "kind",
        "measure",
        "stage",
        "text",
        "text_es",
        "required",
        "choice_summary",
    )
    readonly_fields = ("choice_summary",)
    show_change_link = True

    def get_extra(self, request: HttpRequest, obj: Model | None = None, **kwargs: Any) -> int:
        return 3 if obj is None else 1

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        if _answered(obj):
            return ("kind", "measure", "choice_summary")
        return self.readonly_fields

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and not _answered(obj)

    @admin.display(description=_("choices"))
    def choice_summary(self, obj: Question) -> str:
        if obj.pk is None or obj.kind not in CHOICE_KINDS:
            return "-"
        count = obj.choices.count()
        summary = ngettext("%(count)d choice", "%(count)d choices", count) % {"count": count}
        url = reverse("admin:feedback_question_change", args=[obj.pk])
        return format_html('{} <a href="{}">{}</a>', summary, url, _("Edit the choices"))


@admin.register(Survey)
class SurveyAdmin(FeedbackScopedAdmin):
    """Citizen and staff surveys. Ready-made ones come from "Add from a template"; a survey with
    invitations, responses or pulse rounds is deactivated, never deleted."""

    audit_name = "survey"
    form = SurveyAdminForm
    change_list_template = "admin/feedback/survey/change_list.html"
    list_display = (
        "name",
        "agency",
        "audience",
        "template",
        "channel_list",
        "service_count",
        "is_active",
    )
    list_filter = (
        "audience",
        "template",
        "is_active",
        ("agency", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("name", "title")
    list_select_related = ("agency",)
    inlines = (SurveyServiceInline, QuestionInline)
    fieldsets = (
        (None, {"fields": ("agency", "name", "audience", "template", "is_active")}),
        (_("Who gets it"), {"fields": ("channels",)}),
        (_("What people see"), {"fields": ("title", "title_es", "intro", "intro_es")}),
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        # The template says where the questions came from; the admin builds custom surveys.
        return ("agency", "audience", "template") if obj else ("template",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Survey]:
        return super().get_queryset(request).annotate(service_total=Count("service_links"))

    @admin.display(description=_("services"), ordering="service_total")
    def service_count(self, obj: Survey) -> int:
        return getattr(obj, "service_total", 0)

    @admin.display(description=_("channels"))
    def channel_list(self, obj: Survey) -> str:
        if not obj.channels:
            return str(_("every channel"))
        labels = dict(Channel.choices)
        return ", ".join(str(labels.get(channel, channel)) for channel in obj.channels)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if isinstance(obj, Survey) and (
            obj.invitations.exists() or obj.responses.exists() or obj.rounds.exists()
        ):
            return False
        return super().has_delete_permission(request, obj)

    def get_inlines(self, request: HttpRequest, obj: Model | None) -> Any:
        if isinstance(obj, Survey) and obj.audience == Audience.EMPLOYEE:
            return (QuestionInline,)  # staff surveys go to rounds of staff, not after cases
        return self.inlines

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        survey = form.instance
        action = "survey.services" if formset.model is SurveyService else "survey.questions"
        save_audited_rows(
            request=request, formset=formset, agency=survey.agency, owner=survey, action=action
        )

    def get_urls(self) -> list[Any]:
        view = self.admin_site.admin_view(self.from_template_view)
        return [
            path("from-template/", view, name="feedback_survey_from_template"),
            *super().get_urls(),
        ]

    def from_template_view(self, request: HttpRequest) -> HttpResponse:
        """Create a survey from one of the ready-made templates, then edit it."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        agencies = in_admin_scope(Agency.objects.order_by("name"), request, "pk")
        form = FromTemplateForm(request.POST or None, agencies=agencies)
        if request.method == "POST" and form.is_valid():
            try:
                survey = survey_from_template(
                    agency=form.cleaned_data["agency"],
                    template=form.cleaned_data["template"],
                    name=form.cleaned_data["name"],
                    actor=staff_user(request),
                )
            except DomainError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                self.message_user(
                    request,
                    _("Created “%(name)s”. Check its questions, then choose what it applies to.")
                    % {"name": survey.name},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse("admin:feedback_survey_change", args=[survey.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Add a survey from a ready-made template"),
            "form": form,
        }
        return TemplateResponse(request, "admin/feedback/survey/from_template.html", context)


class FromTemplateForm(forms.Form):
    agency = forms.ModelChoiceField(queryset=Agency.objects.none(), label=_("Agency"))
    template = forms.ChoiceField(label=_("Ready-made survey"), choices=(), widget=forms.RadioSelect)
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        required=False,
        help_text=_("Shown to staff only; leave empty to use the template's name."),
    )

    def __init__(self, *args: Any, agencies: QuerySet[Agency], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency, template = self.fields["agency"], self.fields["template"]
        if isinstance(agency, forms.ModelChoiceField):
            agency.queryset = agencies
            if len(agencies) == 1:
                agency.initial = agencies[0]
        if isinstance(template, forms.ChoiceField):
            template.choices = [
                (spec.template, f"{spec.name}: {spec.summary}") for spec in LIBRARY.values()
            ]


class ChoiceInline(AgencyInline):
    """The answers a choice question offers. Once answered, a choice's stored value is fixed and
    none is removed, so the answers already given keep their meaning."""

    model = Choice
    fields = ("position", "value", "label", "label_es")

    def _allowed(self, request: HttpRequest, obj: Model | None) -> bool:
        if isinstance(obj, Question):
            return administers(request, obj.survey.agency_id)
        return administers(request)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("value",) if isinstance(obj, Question) and obj.answers.exists() else ()

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if isinstance(obj, Question) and obj.answers.exists():
            return False
        return super().has_delete_permission(request, obj)


@admin.register(Question)
class QuestionAdmin(AuditedSaveMixin, AgencyScopedAdmin):
    """A question of a survey with its choices; saving goes back to the survey."""

    audit_name = "survey_question"
    agency_path = "survey__agency"
    audit_parent = "survey"
    form = QuestionForm
    list_display = ("text", "survey", "position", "kind", "measure")
    list_filter = ("kind", "measure", ("survey", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "text_es", "survey__name")
    list_select_related = ("survey",)
    fields = (
        "survey",
        "position",
        "kind",
        "measure",
        "stage",
        "text",
        "text_es",
        "help_text",
        "help_text_es",
        "required",
    )
    inlines = (ChoiceInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Question]:
        return super().get_queryset(request).select_related("survey__agency")

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        if isinstance(obj, Question) and obj.answers.exists():
            return ("survey", "kind", "measure")
        return ("survey",) if obj else ()

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if isinstance(obj, Question) and obj.answers.exists():
            return False
        return super().has_delete_permission(request, obj)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = admin_agency_ids(request)
        if db_field.name == "survey" and ids is not None:
            kwargs["queryset"] = Survey.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        question = form.instance
        save_audited_rows(
            request=request,
            formset=formset,
            agency=question.survey.agency,
            owner=question,
            action="survey_question.choices",
        )

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Question]) -> None:
        # Answered questions stay, so the answers already given keep their meaning.
        super().delete_queryset(request, queryset.filter(answers__isnull=True))

    def response_post_save_add(self, request: HttpRequest, obj: Question) -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("admin:feedback_survey_change", args=[obj.survey_id]))

    def response_post_save_change(
        self, request: HttpRequest, obj: Question
    ) -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("admin:feedback_survey_change", args=[obj.survey_id]))


# Policies and offices -------------------------------------------------------------------------


@admin.register(FeedbackPolicy)
class FeedbackPolicyAdmin(FeedbackScopedAdmin):
    """An agency's invitation rules; an agency without a policy gets the defaults."""

    audit_name = "feedback_policy"
    list_display = ("agency", "fatigue_days", "reminder_after_days", "expire_after_days")
    list_select_related = ("agency",)
    fields = ("agency", "fatigue_days", "reminder_after_days", "expire_after_days")


class OfficeAdminForm(forms.ModelForm):
    class Meta:
        model = Office
        fields = ("agency", "name", "address", "team", "is_active")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency = data.get("agency") or (self.instance.agency if self.instance.agency_id else None)
        team = data.get("team")
        if team is not None and agency is not None and team.agency_id != agency.pk:
            self.add_error("team", _("Choose a team of this agency."))
        return data


@admin.register(Office)
class OfficeAdmin(FeedbackScopedAdmin):
    """Places where citizens are served in person; an office is deactivated, never deleted,
    so its QR answers keep where they came from."""

    audit_name = "office"
    form = OfficeAdminForm
    list_display = ("name", "agency", "team", "address", "is_active")
    list_filter = ("is_active", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("name", "address")
    list_select_related = ("agency", "team")
    fields = ("agency", "name", "address", "team", "is_active", "posters")

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency", "posters") if obj else ("posters",)

    @admin.display(description=_("QR posters"))
    def posters(self, obj: Office) -> str:
        url = reverse("survey_offices")
        return format_html(
            '<a href="{}">{}</a>', url, _("The QR links for each service are on the offices page")
        )

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


# Read-only: what dispatch, citizens and staff recorded ----------------------------------------


class FeedbackReadOnlyAdmin(ReadOnlyMixin, AgencyScopedAdmin):
    """Records of the system, visible to the administrators of their agency."""


@admin.register(SurveyInvitation)
class SurveyInvitationAdmin(FeedbackReadOnlyAdmin):
    """Invitations are written when cases close and sent by the dispatch task."""

    list_display = ("created", "case", "survey", "status", "skip_reason", "due", "answered")
    list_filter = (
        "status",
        "skip_reason",
        "language",
        ("survey", admin.RelatedOnlyFieldListFilter),
        ("agency", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("case__reference",)
    list_select_related = ("agency", "case", "survey")
    fields = (
        "survey",
        "case",
        "agency",
        "language",
        "status",
        "skip_reason",
        "created",
        "due",
        "sent",
        "reminded",
        "expires",
        "answered",
    )
    readonly_fields = fields

    @admin.display(description=_("created"), ordering="created_at")
    def created(self, obj: SurveyInvitation) -> str:
        return agency_time(obj.created_at, obj.agency)

    @admin.display(description=_("due"), ordering="due_at")
    def due(self, obj: SurveyInvitation) -> str:
        return agency_time(obj.due_at, obj.agency)

    @admin.display(description=_("sent"), ordering="sent_at")
    def sent(self, obj: SurveyInvitation) -> str:
        return agency_time(obj.sent_at, obj.agency)

    @admin.display(description=_("reminded"), ordering="reminded_at")
    def reminded(self, obj: SurveyInvitation) -> str:
        return agency_time(obj.reminded_at, obj.agency)

    @admin.display(description=_("expires"), ordering="expires_at")
    def expires(self, obj: SurveyInvitation) -> str:
        return agency_time(obj.expires_at, obj.agency)

    @admin.display(description=_("answered"), ordering="answered_at")
    def answered(self, obj: SurveyInvitation) -> str:
        return agency_time(obj.answered_at, obj.agency)


class SurveyAnswerInline(ReadOnlyInlineMixin, admin.TabularInline):
    """A response's answers, read-only; free text is shown with personal data masked."""

    model = SurveyAnswer
    template = "admin/feedback/surveyresponse/answers_inline.html"
    extra = 0
    fields = ("question", "number", "picked", "masked_text")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[SurveyAnswer]:
        return super().get_queryset(request).select_related("question")

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return True  # the response's own admin has already checked the agency

    @admin.display(description=_("choices"))
    def picked(self, obj: SurveyAnswer) -> str:
        return ", ".join(obj.choices) if obj.choices else "-"

    @admin.display(description=_("text"))
    def masked_text(self, obj: SurveyAnswer) -> str:
        return mask_personal(obj.text) if obj.text else "-"


@admin.register(SurveyResponse)
class SurveyResponseAdmin(FeedbackReadOnlyAdmin):
    """Citizens' answers, never changed. Comments are not listed; opening a response is a
    read of personal data and is audited. Pulse answers are left out (see the module)."""

    list_display = (
        "submitted",
        "survey",
        "service",
        "channel",
        "collected_via",
        "team",
        "office",
        "language",
    )
    list_filter = (
        "collected_via",
        "channel",
        "language",
        ("survey", admin.RelatedOnlyFieldListFilter),
        ("service", admin.RelatedOnlyFieldListFilter),
        ("agency", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("case__reference",)
    date_hierarchy = "submitted_at"
    list_select_related = ("agency", "survey", "service", "team", "office")
    fields = (
        "survey",
        "agency",
        "case",
        "service",
        "channel",
        "team",
        "office",
        "collected_via",
        "entered_by",
        "language",
        "submitted",
    )
    readonly_fields = fields
    inlines = (SurveyAnswerInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet[SurveyResponse]:
        return super().get_queryset(request).filter(pulse_round__isnull=True)

    @admin.display(description=_("submitted"), ordering="submitted_at")
    def submitted(self, obj: SurveyResponse) -> str:
        return agency_time(obj.submitted_at, obj.agency)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        shown = getattr(response, "context_data", {}).get("original")
        if request.method == "GET" and isinstance(shown, SurveyResponse):
            audit_record(
                action="survey_response.view",
                actor=staff_user(request),
                request=request,
                agency=shown.agency,
                obj=shown,
            )
        return response


@admin.register(PulseRound)
class PulseRoundAdmin(FeedbackReadOnlyAdmin):
    """Rounds are opened and closed on the pulse pages; here, when and how many answered."""

    list_display = ("survey", "agency", "opens", "closes", "answered", "created_by")
    list_filter = (("survey", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("survey", "agency", "created_by")
    fields = ("survey", "agency", "opens", "closes", "answered", "created_by", "results")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[PulseRound]:
        return super().get_queryset(request).annotate(answer_total=Count("participations"))

    @admin.display(description=_("opens"), ordering="opens_at")
    def opens(self, obj: PulseRound) -> str:
        return agency_time(obj.opens_at, obj.agency)

    @admin.display(description=_("closes"), ordering="closes_at")
    def closes(self, obj: PulseRound) -> str:
        return agency_time(obj.closes_at, obj.agency)

    @admin.display(description=_("answered"), ordering="answer_total")
    def answered(self, obj: PulseRound) -> int:
        return getattr(obj, "answer_total", 0)

    @admin.display(description=_("results"))
    def results(self, obj: PulseRound) -> str:
        url = reverse("pulse_results", args=[obj.pk])
        return format_html(
            '<a href="{}">{}</a>', url, _("Results, shown only for groups large enough")
        )


@admin.register(FrictionReport)
class FrictionReportAdmin(FeedbackReadOnlyAdmin):
    """Friction is triaged on its own pages, which notify the reporter; here it is only read."""

    list_display = ("title", "agency", "service", "stage", "status", "votes", "raised")
    list_filter = (
        "status",
        "stage",
        ("service", admin.RelatedOnlyFieldListFilter),
        ("agency", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("title", "description")
    list_select_related = ("agency", "service")
    fields = (
        "title",
        "description",
        "agency",
        "service",
        "stage",
        "case",
        "raised_by",
        "raised",
        "status",
        "votes",
        "response",
        "responded_by",
        "responded",
        "triage",
    )
    readonly_fields = fields

    @admin.display(description=_("raised"), ordering="created_at")
    def raised(self, obj: FrictionReport) -> str:
        return agency_time(obj.created_at, obj.agency)

    @admin.display(description=_("responded"), ordering="responded_at")
    def responded(self, obj: FrictionReport) -> str:
        return agency_time(obj.responded_at, obj.agency)

    @admin.display(description=_("triage"))
    def triage(self, obj: FrictionReport) -> str:
        url = reverse("friction_detail", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Triage this report"))
