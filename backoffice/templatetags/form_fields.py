"""``{% form_fields form %}``: a form's fields as USWDS form groups (``components/field.html``).

A case page offers eight action forms, most of them closed and blank, and rendering their
fields through the template engine was a fifth of the page's time. A blank form of a class
marked ``SameWhenBlank`` renders the same HTML every time in a given language, so that HTML
is kept (per process, per class, prefix and language) and reused. A bound form, a form with
initial values or errors, and every form while DEBUG is on (templates may change) are
rendered afresh.
"""

from __future__ import annotations

from django import forms, template
from django.conf import settings
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ..forms import SameWhenBlank

register = template.Library()

_BLANK: dict[tuple[type[forms.BaseForm], str, str, str], SafeString] = {}


def _render(form: forms.BaseForm) -> SafeString:
    return mark_safe("".join(str(field.as_field_group()) for field in form))  # noqa: S308 (rendered by the form's own templates)


@register.simple_tag
def form_fields(form: forms.BaseForm) -> SafeString:
    if not isinstance(form, SameWhenBlank) or form.is_bound or form.initial or settings.DEBUG:
        return _render(form)
    key = (type(form), get_language() or "", str(form.prefix), str(form.auto_id))
    html = _BLANK.get(key)
    if html is None:
        html = _BLANK[key] = _render(form)
    return html
