"""Django's model back-end, reading a signed-in person's memberships with them.

Every page checks the person's agencies and roles (``backoffice.access``), which read their
memberships once per request. Loading the user through those memberships serves both in one
query instead of two.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend

from .access import remember_memberships
from .models import Membership, User


class MembershipBackend(ModelBackend):
    """Passwords as Django's ``ModelBackend``; ``get_user`` brings the memberships along."""

    def get_user(self, user_id: Any) -> User | None:
        memberships = list(
            Membership.objects.filter(user_id=user_id).select_related("user", "agency")
        )
        if not memberships:
            # No membership (a platform administrator, a new account): the user alone.
            user = super().get_user(user_id)
            if not isinstance(user, User):
                return None
            remember_memberships(user, [])
            return user
        user = memberships[0].user
        for membership in memberships:
            membership.user = user
        remember_memberships(user, memberships)
        return user if self.user_can_authenticate(user) else None
