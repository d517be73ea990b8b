"""Searching cases and customers: on the list pages, in the API and in the selectors.

On PostgreSQL the words match the case's stored search vector (stemmed, ranked) and a
customer's name through trigram indexes; on SQLite every word must appear in the subject or
description. Both find a reference exactly and a customer by part of their name, and
neither ever shows another agency's case.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from backoffice.models import Role
from cases import selectors, services
from cases.models import Case, CaseStatus
from cases.selectors import CaseFilters

from ..backoffice.factories import AgencyFactory
from ..conftest import member
from .factories import CaseFactory, CustomerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(agency: Any) -> Any:
    return member(agency, Role.CASEWORKER)


def found(user: Any, agency: Any, q: str) -> list[int]:
    cases = selectors.case_list(user=user, agency=agency, filters=CaseFilters(q=q))
    return sorted(case.pk for case in cases)


def listed(client: Any, q: str, **params: str) -> list[int]:
    response = client.get("/cases/", {"q": q, "status": "", **params})
    assert response.status_code == 200
    return [case.pk for case in response.context["page"].items]


def test_a_reference_finds_exactly_that_case(agency: Any, worker: Any) -> None:
    target = CaseFactory(agency=agency, reference="RDS-2026-000042", subject="Fallen tree")
    CaseFactory(agency=agency, reference="RDS-2026-000420", subject="RDS-2026-000042 follow-up")
    assert found(worker, agency, "rds-2026-000042") == [target.pk]
    assert found(worker, agency, " RDS-2026-000042 ") == [target.pk]


def test_a_word_of_the_description_finds_the_case(agency: Any, worker: Any) -> None:
    target = CaseFactory(
        agency=agency, subject="Road damage", description="A deep pothole by the school gate"
    )
    CaseFactory(agency=agency, subject="Noise at night", description="Music until 3 am")
    assert found(worker, agency, "pothole") == [target.pk]
    assert found(worker, agency, "school pothole") == [target.pk]
    assert found(worker, agency, "pothole library") == []


@pytest.mark.postgres
def test_words_are_stemmed_so_a_plural_finds_the_singular(agency: Any, worker: Any) -> None:
    target = CaseFactory(agency=agency, subject="Road damage", description="A pothole by the gate")
    CaseFactory(agency=agency, subject="Street lights out", description="Dark since Monday")
    assert found(worker, agency, "potholes") == [target.pk]
    assert found(worker, agency, "damaged roads") == [target.pk]


def test_the_sqlite_fallback_matches_parts_of_words_in_subject_or_description(
    agency: Any, worker: Any
) -> None:
    if connection.vendor == "postgresql":
        pytest.skip("the LIKE fallback runs on SQLite only")
    target = CaseFactory(agency=agency, subject="Streetlight broken", description="Corner of Elm")
    bench = CaseFactory(agency=agency, subject="Broken bench", description="Park")
    assert found(worker, agency, "light elm") == [target.pk]
    assert found(worker, agency, "BROKEN") == sorted([target.pk, bench.pk])


def test_part_of_a_customers_name_finds_their_cases(agency: Any, worker: Any) -> None:
    customer = CustomerFactory(agency=agency, name="Orla Fitzgerald", email="orla@example.org")
    first = CaseFactory(agency=agency, customer=customer, subject="Bin not emptied")
    second = CaseFactory(agency=agency, customer=customer, subject="Bin lid broken")
    CaseFactory(agency=agency, subject="Fitting a ramp")
    assert found(worker, agency, "fitzg") == sorted([first.pk, second.pk])
    assert found(worker, agency, "ORLA@example.org") == sorted([first.pk, second.pk])


@pytest.mark.postgres
def test_a_search_without_a_chosen_sort_lists_the_best_match_first(
    agency: Any, worker: Any, client_for: Any
) -> None:
    in_description = CaseFactory(
        agency=agency, subject="Road report", description="Flooding under the bridge"
    )
    in_subject = CaseFactory(agency=agency, subject="Flooding on Mill Lane", description="Deep")
    named = CaseFactory(
        agency=agency,
        customer=CustomerFactory(agency=agency, name="Anna Flooding"),
        subject="Question about rates",
    )
    newer = CaseFactory(agency=agency, subject="Road report", description="More flooding")
    client = client_for(worker)
    assert listed(client, "flooding") == [named.pk, in_subject.pk, newer.pk, in_description.pk]
    # A sort the user picks wins over relevance.
    assert listed(client, "flooding", sort="oldest") == [
        in_description.pk,
        in_subject.pk,
        named.pk,
        newer.pk,
    ]


@pytest.mark.postgres
def test_the_best_match_order_pages_by_keyset_without_losing_or_repeating_a_case(
    agency: Any, worker: Any, client_for: Any
) -> None:
    # Ranks differ (one to three mentions, subject or description) and repeat, so the cursor
    # has to carry the rank exactly and fall back to the time and id for ties.
    for n in range(31):
        CaseFactory(
            agency=agency,
            subject="Graffiti " * (n % 3 + 1) if n % 2 else "Wall report",
            description="graffiti on the wall " * (n % 4 + 1),
        )
    client = client_for(worker)
    first = client.get("/cases/", {"q": "graffiti", "status": ""})
    page = first.context["page"]
    assert page.next_cursor
    second = client.get("/cases/", {"q": "graffiti", "status": "", "after": page.next_cursor})
    seen = page.items + second.context["page"].items
    assert len(seen) == 31
    assert len({case.pk for case in seen}) == 31
    ranks = [case.search_rank for case in seen]
    assert ranks == sorted(ranks, reverse=True)


@pytest.mark.postgres
def test_best_match_ranks_only_the_newest_matches(
    agency: Any, worker: Any, client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cap keeps a word found in half a million cases quick; its size is a setting.
    monkeypatch.setattr(selectors, "RELEVANCE_CANDIDATES", 3)
    in_subject = CaseFactory(agency=agency, subject="Hedge cutting", description="hedge")
    older = [CaseFactory(agency=agency, subject="Garden", description="hedge") for _ in range(2)]
    newer = CaseFactory(agency=agency, subject="Hedge", description="hedge hedge")
    client = client_for(worker)
    assert listed(client, "hedge") == [newer.pk, older[1].pk, older[0].pk]
    everything = listed(client, "hedge", sort="newest")
    assert everything == [newer.pk, older[1].pk, older[0].pk, in_subject.pk]


def test_best_match_without_a_search_lists_newest_first(
    agency: Any, worker: Any, client_for: Any
) -> None:
    older = CaseFactory(agency=agency, subject="First")
    newer = CaseFactory(agency=agency, subject="Second")
    response = client_for(worker).get("/cases/", {"status": "", "sort": "relevance"})
    assert [case.pk for case in response.context["page"].items] == [newer.pk, older.pk]


def test_another_agencys_cases_are_never_found_even_through_their_customer(
    agency: Any, worker: Any, client_for: Any
) -> None:
    other = AgencyFactory()
    ours = CaseFactory(
        agency=agency,
        customer=CustomerFactory(agency=agency, name="Maeve Quinlan"),
        subject="Hedge overgrown",
    )
    for name in ("Maeve Quinlan", "Someone Else"):
        CaseFactory(
            agency=other,
            reference="OTH-2026-000001" if name == "Someone Else" else "OTH-2026-000002",
            customer=CustomerFactory(agency=other, name=name),
            subject="Hedge overgrown by Quinlan's",
        )
    for q in ("hedge", "quinlan", "Maeve Quinlan", "OTH-2026-000001"):
        expected = [] if q.startswith("OTH") else [ours.pk]
        assert found(worker, agency, q) == expected, q
        assert listed(client_for(worker), q) == expected, q
        api = client_for(worker).get("/api/v1/cases/", {"q": q})
        assert api.status_code == 200
        assert [row["reference"] for row in api.json()["results"]] == (
            [ours.reference] if expected else []
        ), q


def test_the_api_search_keeps_the_newest_first_order(
    agency: Any, worker: Any, client_for: Any
) -> None:
    in_subject = CaseFactory(agency=agency, subject="Flooding on Mill Lane")
    in_description = CaseFactory(agency=agency, subject="Road", description="Flooding again")
    response = client_for(worker).get("/api/v1/cases/", {"q": "flooding"})
    references = [row["reference"] for row in response.json()["results"]]
    assert references == [in_description.reference, in_subject.reference]


def test_the_search_follows_edits_of_subject_and_description(agency: Any, worker: Any) -> None:
    case = CaseFactory(agency=agency, subject="Missed collection", status=CaseStatus.OPEN)
    services.case_update(case=case, actor=worker, subject="Abandoned vehicle")
    assert found(worker, agency, "vehicle") == [case.pk]
    assert found(worker, agency, "collection") == []
    services.case_update(case=case, actor=worker, description="A rusty caravan on the verge")
    assert found(worker, agency, "caravan") == [case.pk]
    Case.objects.filter(pk=case.pk).update(description="A burnt-out van")
    assert found(worker, agency, "caravan") == []
    assert found(worker, agency, "burnt") == [case.pk]


@pytest.mark.postgres
def test_a_bulk_load_that_skips_ordinary_triggers_still_fills_the_search_vector(
    agency: Any, worker: Any
) -> None:
    # bench/generate.py copies cases in as replica, so foreign-key triggers do not run.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        case = CaseFactory(agency=agency, subject="Overflowing grit bin")
        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
    assert found(worker, agency, "grit") == [case.pk]


def test_customers_are_found_by_part_of_name_email_or_organisation(
    agency: Any, worker: Any
) -> None:
    person = CustomerFactory(agency=agency, name="Tomás Ó Briain", email="tob@example.ie")
    firm = CustomerFactory(agency=agency, name="Front office", organisation="Harbour Trust Ltd")
    CustomerFactory(agency=AgencyFactory(), name="Tomás Other", organisation="Harbour Trust Ltd")

    def search(q: str) -> list[int]:
        customers = selectors.customers_search(user=worker, agency=agency, q=q)
        return sorted(customer.pk for customer in customers)

    assert search("briain") == [person.pk]
    assert search("TOB@EXAMPLE") == [person.pk]
    assert search("harbour trust") == [firm.pk]
    assert search("tomás") == [person.pk]
