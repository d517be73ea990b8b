"""Who may see what: every request-scoped lookup goes through these helpers.

Each agency sees only its own data. An object outside a user's scope is a 404,
never a 403 that would confirm it exists. Superusers run the platform and see
every agency.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponseBase

from .models import Agency, Membership, Role, Team, User
from .services import audit_record, request_agency

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

M = TypeVar("M", bound=Model)

ALL_ROLES = tuple(Role.values)


def _is_platform_admin(user: User | AnonymousUser) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


_MEMBERSHIPS = "_memberships_cache"


def _memberships(user: User) -> list[Membership]:
    """The user's memberships with their agencies: one query, kept on the user object.

    The user object lives for one request (or one task), so a change of membership
    shows on the next request. Every check of agencies and roles reads this list.
    """
    # getattr and setattr reach through request.user's lazy wrapper to the user object, which
    # the authentication back-end may have given its memberships already.
    cached: list[Membership] | None = getattr(user, _MEMBERSHIPS, None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).select_related("agency"))
        setattr(user, _MEMBERSHIPS, cached)
    return cached


def remember_memberships(user: User, memberships: list[Membership]) -> None:
    """Keep *memberships* (all of the user's, with their agencies) as the request's list."""
    setattr(user, _MEMBERSHIPS, memberships)


def agency_ids_for(user: User | AnonymousUser, roles: Iterable[str] = ALL_ROLES) -> set[int]:
    """Ids of the active agencies where *user* holds any of *roles*."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if _is_platform_admin(user):
        cache: set[int] | None = user.__dict__.get("_all_agency_ids")
        if cache is None:
            cache = set(Agency.objects.values_list("pk", flat=True))
            user.__dict__["_all_agency_ids"] = cache
        return set(cache)
    wanted = set(roles)
    return {m.agency_id for m in _memberships(user) if m.role in wanted and m.agency.is_active}


def agencies_for(user: User | AnonymousUser, roles: Iterable[str] = ALL_ROLES) -> QuerySet[Agency]:
    """The agencies *user* belongs to with any of *roles*."""
    return Agency.objects.filter(pk__in=agency_ids_for(user, roles)).order_by("name")


def user_agencies(user: User | AnonymousUser) -> list[Agency]:
    """The active agencies *user* belongs to, by name: what the agency switch offers.

    Read from the memberships already loaded for the request, with no query of its own
    (a platform admin, who belongs to every agency, costs one).
    """
    if not user.is_authenticated or not user.is_active:
        return []
    if _is_platform_admin(user):
        return list(Agency.objects.order_by("name"))
    agencies = {m.agency_id: m.agency for m in _memberships(user) if m.agency.is_active}
    return sorted(agencies.values(), key=lambda agency: (agency.name, agency.pk))


def roles_in(user: User | AnonymousUser, agency: Agency | None) -> set[str]:
    """The roles *user* holds in *agency*; a platform admin holds every role."""
    if agency is None or not user.is_authenticated:
        return set()
    if _is_platform_admin(user):
        return set(ALL_ROLES)
    return {m.role for m in _memberships(user) if m.agency_id == agency.pk}


def has_role(user: User | AnonymousUser, agency: Agency | None, *roles: str) -> bool:
    return bool(roles_in(user, agency) & set(roles or ALL_ROLES))


def scope[M: Model](
    queryset: QuerySet[M],
    user: User | AnonymousUser,
    *,
    via: str = "agency",
    roles: Iterable[str] = ALL_ROLES,
) -> QuerySet[M]:
    """Limit *queryset* to rows whose agency (reached through *via*) the user belongs to."""
    return queryset.filter(**{f"{via}__in": agency_ids_for(user, roles)})


def get_for_user[M: Model](
    queryset: QuerySet[M],
    user: User | AnonymousUser,
    *,
    via: str = "agency",
    roles: Iterable[str] = ALL_ROLES,
    **lookup: Any,
) -> M:
    """Fetch one object inside the user's scope, or raise 404 whether or not it exists."""
    try:
        return scope(queryset, user, via=via, roles=roles).get(**lookup)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc


def teams_for(user: User | AnonymousUser, agency: Agency | None = None) -> QuerySet[Team]:
    """Teams of the agencies the user belongs to (of one agency if given)."""
    teams = scope(Team.objects.select_related("agency"), user)
    return teams.filter(agency=agency) if agency is not None else teams


def supervised_teams(user: User, agency: Agency) -> QuerySet[Team]:
    """Teams the user supervises in *agency*; managers and administrators see every team."""
    if has_role(user, agency, Role.MANAGER, Role.ADMINISTRATOR):
        return Team.objects.filter(agency=agency)
    return Team.objects.filter(
        agency=agency, memberships__user=user, memberships__role=Role.SUPERVISOR
    ).distinct()


def memberships_for(
    user: User | AnonymousUser, agency: Agency | None = None
) -> QuerySet[Membership]:
    """Memberships the user may see: those of their own agencies only."""
    memberships = scope(Membership.objects.select_related("user", "agency", "team"), user)
    return memberships.filter(agency=agency) if agency is not None else memberships


def agency_or_404(request: HttpRequest) -> Agency:
    """The request's current agency; views behind role_required always have one."""
    agency = request_agency(request)
    if agency is None:
        raise Http404
    return agency


def staff_user(request: HttpRequest) -> User:
    """The signed-in user of a request that a log-in check has already passed."""
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied
    return user


ViewFunc = TypeVar("ViewFunc", bound=Callable[..., HttpResponseBase])


def role_required(*roles: str) -> Callable[[ViewFunc], ViewFunc]:
    """Require a log-in and one of *roles* in the request's current agency.

    Anonymous users go to the log-in page; signed-in users without the role get
    a 403, which the audit log records as a denial.
    """

    def decorator(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            agency = request_agency(request)
            held = getattr(request, "roles", None)
            if held is None or agency is None:
                allowed = agency is not None and has_role(request.user, agency, *roles)
            else:
                allowed = bool(set(held) & set(roles or ALL_ROLES))
            if not allowed:
                audit_record(
                    action="access.denied",
                    request=request,
                    outcome="denied",
                    details={"path": request.path, "needs": list(roles)},
                )
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator
