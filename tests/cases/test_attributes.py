"""Intake answers are checked and typed against the service's attribute definitions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from backoffice.errors import DomainError
from cases.attributes import clean_attributes
from cases.models import AttributeDatatype

from .factories import ServiceAttributeFactory

pytestmark = pytest.mark.django_db

T = AttributeDatatype
COLOURS = [
    {"key": "red", "name": "Red"},
    {"key": "green", "name": "Green"},
    {"key": 3, "name": "3"},
]


def asks(service: Any, datatype: str, *, code: str = "answer", **fields: Any) -> Any:
    return ServiceAttributeFactory(service=service, code=code, datatype=datatype, **fields)


def refused(service: Any, values: dict[str, Any]) -> dict[str, list[str]]:
    with pytest.raises(DomainError) as error:
        clean_attributes(service=service, values=values)
    return error.value.errors


@pytest.mark.parametrize(
    ("given", "stored"),
    [("12", 12), (" -3 ", -3), ("2.50", 2.5), (7, 7), (0.25, 0.25), ("1e3", 1000), ("-0", 0)],
)
def test_a_number_is_stored_as_a_number(service: Any, given: Any, stored: Any) -> None:
    asks(service, T.NUMBER)

    cleaned = clean_attributes(service=service, values={"answer": given})

    assert cleaned == {"answer": stored}
    assert type(cleaned["answer"]) is type(stored)


@pytest.mark.parametrize(
    "given",
    ["twelve", "NaN", "nan", "sNaN", "inf", "-Infinity", "1,5", "12 apples", True, [1]],
)
def test_what_is_not_a_finite_number_is_refused(service: Any, given: Any) -> None:
    asks(service, T.NUMBER)

    assert list(refused(service, {"answer": given})) == ["attribute_answer"]


@pytest.mark.parametrize("given", ["1e9999999", "-1e9999999", "1e16", "1234567890123456"])
def test_a_number_too_large_to_be_an_answer_is_refused_at_once(service: Any, given: str) -> None:
    # Turning "1e9999999" into an int would take minutes; it must be refused before that.
    asks(service, T.NUMBER)

    assert list(refused(service, {"answer": given})) == ["attribute_answer"]


def test_the_largest_accepted_number_has_fifteen_digits(service: Any) -> None:
    asks(service, T.NUMBER)

    assert clean_attributes(service=service, values={"answer": "999999999999999"}) == {
        "answer": 999_999_999_999_999
    }


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2026-05-01T14:30", "2026-05-01T14:30:00"),
        ("2026-05-01 14:30:15+02:00", "2026-05-01T14:30:15+02:00"),
        (datetime(2026, 5, 1, 14, 30, tzinfo=UTC), "2026-05-01T14:30:00+00:00"),
    ],
)
def test_a_date_and_time_is_stored_in_iso_format(service: Any, given: Any, stored: str) -> None:
    asks(service, T.DATETIME)

    assert clean_attributes(service=service, values={"answer": given}) == {"answer": stored}


@pytest.mark.parametrize("given", ["tomorrow", "2026-13-01T10:00", "2026-02-30T10:00", "25:00"])
def test_what_is_not_a_date_and_time_is_refused_with_an_example(service: Any, given: str) -> None:
    asks(service, T.DATETIME)

    [message] = refused(service, {"answer": given})["attribute_answer"]

    assert "2026-05-01T14:30" in message


def test_a_single_choice_must_be_one_of_the_listed_keys(service: Any) -> None:
    asks(service, T.SINGLE_CHOICE, choices=COLOURS)

    assert clean_attributes(service=service, values={"answer": "red"}) == {"answer": "red"}
    assert clean_attributes(service=service, values={"answer": 3}) == {"answer": "3"}
    assert list(refused(service, {"answer": "Red"})) == ["attribute_answer"]
    assert list(refused(service, {"answer": ["red"]})) == ["attribute_answer"]


def test_a_multiple_choice_takes_listed_keys_only(service: Any) -> None:
    asks(service, T.MULTI_CHOICE, choices=COLOURS)

    assert clean_attributes(service=service, values={"answer": ["red", "green"]}) == {
        "answer": ["red", "green"]
    }
    assert clean_attributes(service=service, values={"answer": "green"}) == {"answer": ["green"]}
    assert list(refused(service, {"answer": ["red", "blue"]})) == ["attribute_answer"]


@pytest.mark.parametrize(
    ("datatype", "limit"),
    [(T.STRING, 200), (T.TEXT, 5000)],
)
def test_text_is_trimmed_and_kept_within_its_limit(service: Any, datatype: str, limit: int) -> None:
    asks(service, datatype)

    assert clean_attributes(service=service, values={"answer": "  at the corner  "}) == {
        "answer": "at the corner"
    }
    assert clean_attributes(service=service, values={"answer": "x" * limit}) == {
        "answer": "x" * limit
    }
    [message] = refused(service, {"answer": "x" * (limit + 1)})["attribute_answer"]
    assert str(limit) in message


def test_an_answer_to_a_question_the_service_does_not_ask_is_refused(service: Any) -> None:
    asks(service, T.STRING, code="pole_number")

    errors = refused(service, {"pole_number": "P-17", "favourite_colour": "red"})

    assert list(errors) == ["attribute_favourite_colour"]


@pytest.mark.parametrize("blank", [None, "", []])
def test_a_required_answer_left_blank_is_refused_and_an_optional_one_left_out(
    service: Any, blank: Any
) -> None:
    asks(service, T.STRING, code="pole_number", required=True, label="Pole number")
    asks(service, T.MULTI_CHOICE, code="colours", choices=COLOURS)

    errors = refused(service, {"pole_number": blank, "colours": blank})

    assert errors == {"attribute_pole_number": ["Pole number is required."]}
    assert clean_attributes(service=service, values={"pole_number": "P-17", "colours": blank}) == {
        "pole_number": "P-17"
    }


def test_every_wrong_answer_is_reported_at_once(service: Any) -> None:
    asks(service, T.NUMBER, code="lamps")
    asks(service, T.DATETIME, code="seen_at")
    asks(service, T.SINGLE_CHOICE, code="colour", choices=COLOURS)

    errors = refused(
        service, {"lamps": "many", "seen_at": "yesterday", "colour": "blue", "extra": 1}
    )

    assert set(errors) == {
        "attribute_lamps",
        "attribute_seen_at",
        "attribute_colour",
        "attribute_extra",
    }


def test_a_service_without_questions_takes_no_answers(service: Any) -> None:
    assert clean_attributes(service=service, values={}) == {}
    assert list(refused(service, {"anything": "x"})) == ["attribute_anything"]
