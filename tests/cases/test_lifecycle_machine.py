"""Random walks through a case's lifecycle, checked against a model built from the lifecycle table.

Each step tries a status change, a reopen, an assignment or the passing of the reopen
window; the model predicts whether the service allows it. On reaching a status every
way out of it is tried and undone (a savepoint), and the invariants check the case's
timestamps and timeline after every step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import Any

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from backoffice.errors import ConflictError, DomainError
from backoffice.models import Role
from cases import services
from cases.models import Case, CaseStatus, EventKind
from cases.models.case import OPEN_STATUSES, REOPENABLE, TRANSITIONS

from ..backoffice.factories import AgencyFactory
from ..conftest import member
from .factories import CaseFactory, ServiceFactory

pytestmark = pytest.mark.django_db

S = CaseStatus
WINDOW_DAYS = 30


class LifecycleMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        # Each example runs in a savepoint rolled back at teardown, so none sees another's rows.
        self.savepoint = transaction.savepoint_create()

    @initialize()
    def an_agency_with_a_service(self) -> None:
        self.agency = AgencyFactory()
        self.workers = [member(self.agency, Role.CASEWORKER), member(self.agency, Role.SUPERVISOR)]
        self.service = ServiceFactory(agency=self.agency, reopen_window_days=WINDOW_DAYS)
        self.original = CaseFactory(agency=self.agency, service=self.service)
        self.rows_tried: set[tuple[str, bool]] = set()
        self.start_a_case()

    def start_a_case(self) -> None:
        self.case = CaseFactory(agency=self.agency, service=self.service)
        self.status: str = S.NEW
        self.assignee: Any = None
        self.status_events = 0
        self.window_passed = False
        self.every_way_out_is_allowed_or_refused_as_the_table_says()

    def teardown(self) -> None:
        transaction.savepoint_rollback(self.savepoint)

    # What the model predicts, and the calls it predicts -------------------------------------

    def may_become(self, status: str) -> bool | None:
        """True if allowed, False if refused, None if it is the current status (a conflict)."""
        return None if status == self.status else status in TRANSITIONS[self.status]

    def may_reopen(self) -> bool:
        return self.status in REOPENABLE and not self.window_passed

    def change_status(self, status: str) -> None:
        services.case_change_status(
            case=self.case,
            status=status,
            resolution="Replaced the lamp." if status == S.RESOLVED else "",
            duplicate_of=self.original if status == S.DUPLICATE else None,
            actor=self.workers[0],
        )

    def reopen_case(self) -> None:
        services.case_reopen(case=self.case, reason="Lamp is out again.", actor=self.workers[1])

    def expect(self, allowed: bool | None, call: Callable[[], object]) -> bool:
        """Run *call* as the model predicts: it succeeds, is refused, or conflicts."""
        if allowed:
            call()
            return True
        with pytest.raises(ConflictError if allowed is None else DomainError) as error:
            call()
        assert error.value.code == ("conflict" if allowed is None else "invalid")
        return False

    def moved_to(self, status: str) -> None:
        self.status = status
        self.status_events += 1
        if status in (S.RESOLVED, S.CLOSED):
            # The reopen window counts from the latest of resolution and closure.
            self.window_passed = False
        self.every_way_out_is_allowed_or_refused_as_the_table_says()

    # Rules ----------------------------------------------------------------------------------

    @rule(status=st.sampled_from(S.values))
    def try_any_status(self, status: str) -> None:
        if self.expect(self.may_become(status), lambda: self.change_status(status)):
            self.moved_to(status)

    @precondition(lambda self: bool(TRANSITIONS[self.status]))
    @rule(data=st.data())
    def move_along_the_table(self, data: st.DataObject) -> None:
        # Random targets are mostly refused or end the walk; this keeps the case moving,
        # leaning towards the working statuses so the walk gets past the first few steps.
        targets = sorted(TRANSITIONS[self.status])
        onward = [status for status in targets if status in OPEN_STATUSES] or targets
        status = data.draw(st.one_of(st.sampled_from(onward), st.sampled_from(targets)))
        self.expect(True, lambda: self.change_status(status))
        self.moved_to(status)

    def every_way_out_is_allowed_or_refused_as_the_table_says(self) -> None:
        """Try the whole row of the table for the current status, undoing each try."""
        # The row depends only on the status and the reopen window: try each once per example.
        situation = (self.status, self.window_passed)
        if situation in self.rows_tried:
            return
        self.rows_tried.add(situation)
        tries: list[tuple[bool | None, Callable[[], object], str]] = [
            (self.may_become(status), partial(self.change_status, status), status)
            for status in S.values
        ]
        tries.append((self.may_reopen(), self.reopen_case, S.OPEN))
        for allowed, call, status in tries:
            savepoint = transaction.savepoint_create()
            try:
                if self.expect(allowed, call):
                    assert Case.objects.get(pk=self.case.pk).status == status
            finally:
                transaction.savepoint_rollback(savepoint)

    @rule()
    def resolve_without_saying_how(self) -> None:
        with pytest.raises(DomainError):
            services.case_change_status(
                case=self.case, status=S.RESOLVED, resolution=" ", actor=self.workers[0]
            )

    @rule()
    def reopen(self) -> None:
        if self.expect(self.may_reopen(), self.reopen_case):
            self.moved_to(S.OPEN)

    @rule(which=st.sampled_from([0, 1]))
    def assign(self, which: int) -> None:
        assignee = self.workers[which]
        call = partial(
            services.case_assign, case=self.case, assignee=assignee, actor=self.workers[1]
        )
        if self.expect(self.status in OPEN_STATUSES, call):
            self.assignee = assignee
            if self.status == S.NEW:
                self.status = S.OPEN
                self.every_way_out_is_allowed_or_refused_as_the_table_says()

    @precondition(lambda self: self.status in REOPENABLE)
    @rule()
    def the_reopen_window_passes(self) -> None:
        past = timezone.now() - timedelta(days=WINDOW_DAYS + 1)
        case = Case.objects.get(pk=self.case.pk)
        Case.objects.filter(pk=case.pk).update(
            resolved_at=case.resolved_at and past,
            closed_at=case.closed_at and past,
            updated_at=past,
        )
        self.window_passed = True
        self.every_way_out_is_allowed_or_refused_as_the_table_says()

    @precondition(lambda self: not TRANSITIONS[self.status] and not self.may_reopen())
    @rule()
    def take_in_the_next_case(self) -> None:
        # Nothing more can happen to this case; carry on with a fresh one.
        self.start_a_case()

    # Invariants -----------------------------------------------------------------------------

    @invariant()
    def the_case_matches_the_model(self) -> None:
        case = Case.objects.get(pk=self.case.pk)
        assert case.status in S.values
        assert case.status == self.status
        assert case.assignee == self.assignee
        assert (case.resolved_at is not None) == (case.status in (S.RESOLVED, S.CLOSED))
        assert (case.closed_at is not None) == (case.status == S.CLOSED)
        assert (case.duplicate_of_id is not None) == (case.status == S.DUPLICATE)
        assert bool(case.resolution) or case.status not in (S.RESOLVED, S.CLOSED)
        changes = case.events.filter(kind__in=[EventKind.STATUS, EventKind.REOPENED])
        assert changes.count() == self.status_events


def test_the_lifecycle_follows_its_table_whatever_is_tried() -> None:
    run_state_machine_as_test(
        LifecycleMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
