"""Domain errors raised by services.

Views turn them into a message on the page (tied to a field where one is named),
the API into a 400 or 409 answer with field messages.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain refused the operation; ``message`` is shown to the user."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        code: str = "invalid",
        errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code
        self.errors = errors or ({field: [message]} if field else {})


class ConflictError(DomainError):
    """The operation lost a race or no longer fits the object's state."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, field=field, code="conflict")


def add_to_form(form: object, error: DomainError) -> None:
    """Show a domain error on a Django form: under its field if the form has it, else on top."""
    fields = getattr(form, "fields", {})
    add_error = form.add_error  # type: ignore[attr-defined]
    if error.errors:
        for name, messages in error.errors.items():
            for message in messages:
                add_error(name if name in fields else None, message)
    else:
        add_error(None, error.message)
