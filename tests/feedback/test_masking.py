"""Masking personal data in comments: each kind of detail is hidden, the substance stays."""

from __future__ import annotations

import pytest

from feedback.masking import mask_personal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to jane.doe+permits@mail.example.org please", "Write to [email] please"),
        ("my address is ROSA_1@Example.COM.", "my address is [email]."),
    ],
)
def test_email_addresses_are_hidden(text: str, expected: str) -> None:
    assert mask_personal(text) == expected


@pytest.mark.parametrize(
    "phone",
    [
        "312-555-0100",
        "(312) 555-0100",
        "+1 312 555 0100",
        "+1 (312) 555-0100",
        "312.555.0100",
        "020 7946 0958",
        "+44 20 7946 0958",
        "+34612345678",
        "555-0100",
    ],
)
def test_phone_numbers_are_hidden(phone: str) -> None:
    assert mask_personal(f"Call me on {phone} after five") == "Call me on [phone] after five"


@pytest.mark.parametrize(
    "card",
    ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005"],
)
def test_card_numbers_are_hidden(card: str) -> None:
    assert mask_personal(f"I paid with {card} twice") == "I paid with [card number] twice"


@pytest.mark.parametrize("number", ["123-45-6789", "12345678", "987654321012"])
def test_national_id_like_numbers_are_hidden(number: str) -> None:
    assert mask_personal(f"My number is {number}.") == "My number is [id number]."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live at 12 Elm Street, Springfield", "I live at [address], Springfield"),
        ("send it to 1600 Pennsylvania Ave NW", "send it to [address] NW"),
        ("221B Baker St is my home", "[address] is my home"),
        ("at 4 north oak road", "at [address]"),
        ("vivo en Calle Mayor 12, Madrid", "vivo en [address], Madrid"),
    ],
)
def test_street_addresses_are_hidden(text: str, expected: str) -> None:
    assert mask_personal(text) == expected


def test_the_customers_own_name_is_hidden_in_full_and_in_part() -> None:
    text = "Rosa Delgado here. Staff called me ROSA and Ms delgado. Thanks, Rosa."

    masked = mask_personal(text, names=["Rosa Delgado"])

    assert masked == "[name] here. Staff called me [name] and Ms [name]. Thanks, [name]."


def test_name_particles_alone_are_not_hidden() -> None:
    masked = mask_personal(
        "Maria de la Cruz: the office de la plaza helped", names=["Maria de la Cruz"]
    )

    assert masked == "[name]: the office de la plaza helped"


def test_other_names_are_kept_when_no_name_is_known() -> None:
    assert mask_personal("Tom at the desk was helpful") == "Tom at the desk was helpful"


@pytest.mark.parametrize(
    "text",
    [
        "It took 3 weeks and 2 calls to get an answer.",
        "I waited 45 minutes on the road to the office.",
        "On 2026-03-04 at 10:30 the form failed at step 2 of 5.",
        "Case TST-2026-000123 is still open after 12 days.",
        "Fees went up 20% in 2025.",
        "",
    ],
)
def test_ordinary_comments_are_left_alone(text: str) -> None:
    assert mask_personal(text, names=["Rosa Delgado"]) == text


def test_several_details_in_one_comment_are_all_hidden() -> None:
    text = (
        "Jon Smith, 12 Elm Street. Phone 312-555-0100, email jon@example.org, "
        "SSN 123-45-6789, card 4111 1111 1111 1111. The wait was too long."
    )

    masked = mask_personal(text, names=["Jon Smith"])

    assert masked == (
        "[name], [address]. Phone [phone], email [email], "
        "SSN [id number], card [card number]. The wait was too long."
    )


def test_names_are_masked_in_any_case_and_in_scripts_that_fold_differently() -> None:
    assert mask_personal("SMITH called, then smith again", names=["Jo Smith"]) == (
        "[name] called, then [name] again"
    )
    # Case-insensitive matching treats the long s as an s: so does the masking.
    assert mask_personal("Mr \u017fmith called", names=["Jo Smith"]) == "Mr [name] called"
    assert mask_personal("José Núñez llamó", names=["José Núñez"]) == "[name] llamó"
    # Text that names nobody is left as it was, however often the same people come back.
    for _ in range(3):
        assert mask_personal("A pothole on the corner", names=["Jo Smith"]) == (
            "A pothole on the corner"
        )
