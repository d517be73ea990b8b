from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import account_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("accounts/login/", account_views.SignInView.as_view(), name="login"),
    path("accounts/second-factor/", account_views.second_factor, name="second_factor"),
    path(
        "accounts/second-factor/set-up/",
        account_views.second_factor_setup,
        name="second_factor_setup",
    ),
    path(
        "accounts/second-factor/recovery/",
        account_views.second_factor_recovery,
        name="second_factor_recovery",
    ),
    path(
        "accounts/second-factor/recovery-codes/",
        account_views.recovery_codes,
        name="recovery_codes",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password-reset/",
        auth_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("agency/switch/", views.agency_switch, name="agency_switch"),
    path("teams/", views.team_list, name="team_list"),
    path("teams/<int:pk>/", views.team_detail, name="team_detail"),
    path("people/", views.people, name="people"),
    path("audit/", views.audit_log, name="audit_log"),
    path("audit/events.csv", views.audit_log_csv, name="audit_log_csv"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read-all/", views.notifications_read_all, name="notifications_read_all"),
    path("notifications/<int:pk>/read/", views.notification_read, name="notification_read"),
    path("notifications/<int:pk>/open/", views.notification_open, name="notification_open"),
    path("", include("cases.urls")),
    path("routing/", include("routing.urls")),
    path("", include("feedback.urls")),
    path("reports/", include("backoffice.reports.urls")),
    path("api/", include("backoffice.api_urls")),
    path("open311/v2/", include("cases.open311.urls")),
    path(settings.ADMIN_PATH, admin.site.urls),
]

# Sign-in through the agency's identity provider, when one is configured.
if settings.OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

# Refusals are written to the audit log (see backoffice/refusals.py).
handler403 = "backoffice.refusals.permission_denied"
handler404 = "backoffice.refusals.page_not_found"
