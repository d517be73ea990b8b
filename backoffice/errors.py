"""Domain errors raised by services.

Views turn them into a message on the page, the API into a 400 or 409 answer.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain refused the operation; ``message`` is shown to the user."""

    def __init__(self, message: str, *, field: str | None = None, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code


class ConflictError(DomainError):
    """The operation lost a race or no longer fits the object's state."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, field=field, code="conflict")
