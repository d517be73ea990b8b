"""Labels of choice fields, looked up rather than rebuilt on every call.

Django's ``get_FOO_display()`` rebuilds a dictionary of the field's choices on each call and
hashes every label to do it; a lazily translated label is translated to be hashed. The case
page, showing the labels of its case, events and messages, translated some 400 labels per
view for the few dozen it printed. ``ChoiceLabels`` keeps one dictionary per field (the
labels stay lazy, so each is translated into the language of the request that prints it)
and translates only the label it returns.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.db import models
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable


@cache
def _labels(field: models.Field[Any, Any]) -> dict[Any, Any]:
    return {make_hashable(value): label for value, label in field.flatchoices}


class ChoiceLabels:
    """Put before ``models.Model`` in a model's bases: its ``get_FOO_display()`` looks up."""

    def _get_FIELD_display(self, field: models.Field[Any, Any]) -> Any:  # noqa: N802 (Django's name)
        value = getattr(self, field.attname)
        key = make_hashable(value)
        return force_str(_labels(field).get(key, value), strings_only=True)
