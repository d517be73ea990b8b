"""Settings for the back-office case manager, read from the environment.

With nothing set the project runs on its embedded default: a SQLite file and a
filesystem Celery broker under var/, DEBUG on and a generated development
secret. Setting DATABASE_URL, CELERY_BROKER_URL, SECRET_KEY, ALLOWED_HOSTS and
EMAIL_URL switches to real services. With DEBUG off a missing SECRET_KEY is an
error, never a default.
"""

from __future__ import annotations

import contextlib
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

env = environ.Env()

DEBUG = env.bool("DEBUG", default=True)


def _secret_key() -> str:
    key = env.str("SECRET_KEY", default="")
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is false. Generate one with: "
            'python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    # A development secret kept under var/ so sessions survive restarts.
    path = VAR_DIR / "dev-secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "backoffice",
    # The admin site asks administrators for their second factor (backoffice/admin_site.py).
    "backoffice.admin_apps.BackofficeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.forms",
    "django_htmx",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "cases",
    "routing",
    "feedback",
]

MIDDLEWARE = [
    # First, so it counts the queries of every other middleware; unused unless SERVER_TIMING.
    "backoffice.timing.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise: pages get the Content Security Policy (a fresh nonce each) and the
    # Permissions-Policy; static files need neither.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "backoffice.headers.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before any view reads the body (CSRF reads the form): refuse an oversized one with 413.
    "backoffice.request_size.RequestSizeLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After authentication, messages and htmx: signs out idle sessions, holds administrators
    # at the second factor, and turns a log-in lockout into the lockout page.
    "backoffice.security.IdleTimeoutMiddleware",
    "backoffice.security.SecondFactorMiddleware",
    "axes.middleware.AxesMiddleware",
    "backoffice.middleware.CurrentAgencyMiddleware",
    "routing.middleware.PresenceActivityMiddleware",
]

# A Server-Timing header with each response's SQL query count and time, for the benchmarks
# and a browser's developer tools. Off by default: it tells any client what a page costs.
SERVER_TIMING = env.bool("SERVER_TIMING", default=False)

ROOT_URLCONF = "backoffice.urls"
WSGI_APPLICATION = "backoffice.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "backoffice.context_processors.navigation",
            ],
        },
    },
]

FORM_RENDERER = "backoffice.forms.UswdsFormRenderer"

# Database -------------------------------------------------------------------

SQLITE_PATH = VAR_DIR / "db.sqlite3"
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{SQLITE_PATH}")}
_db: dict[str, Any] = DATABASES["default"]
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the worker and the web process read while one writes; IMMEDIATE
    # takes the write lock at BEGIN so two writers queue instead of deadlocking.
    _db["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
        ),
    }
    # A file, not memory, so a worker or server started by a test sees it.
    _db["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
else:
    _db["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    _db["CONN_HEALTH_CHECKS"] = True
    if _db["ENGINE"] == "django.db.backends.postgresql":
        # No just-in-time compilation: at a million cases it added 100-200 ms to single
        # report statements that run in tens of milliseconds without it (docs/performance.md).
        _db.setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Authentication ---------------------------------------------------------------

AUTH_USER_MODEL = "backoffice.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# A signed-in browser session with no activity for this many minutes is signed out; the
# absolute limit stays SESSION_COOKIE_AGE.
SESSION_IDLE_TIMEOUT = max(env.int("SESSION_IDLE_TIMEOUT", default=30), 1)

# The first backend refuses log-ins while an account or an address is locked out; it
# authenticates no one itself.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading the memberships with the user (one query for both).
    "backoffice.auth_backends.MembershipBackend",
]
# Log-in throttling: after AXES_FAILURE_LIMIT failed attempts for one account, or from one
# address, further attempts are refused for AXES_COOLOFF_MINUTES (each refused attempt
# restarts the wait). Unlock early with `manage.py axes_reset_username` or in the admin.
AXES_FAILURE_LIMIT = max(env.int("AXES_FAILURE_LIMIT", default=5), 1)
AXES_COOLOFF_TIME = timedelta(minutes=max(env.int("AXES_COOLOFF_MINUTES", default=15), 1))
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "backoffice.security.attempted_username"
AXES_CLIENT_IP_CALLABLE = "backoffice.security.attempt_address"
AXES_LOCKOUT_CALLABLE = "backoffice.security.lockout_response"
AXES_RESET_ON_SUCCESS = True
# The audit log records every log-in; axes keeps only the failed attempts it counts.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# A second factor (an authenticator app, or a recovery code) for everyone who can use the
# Django admin and for agency administrators.
OTP_REQUIRED_FOR_ADMINS = env.bool("OTP_REQUIRED_FOR_ADMINS", default=True)
SECOND_FACTOR_RECOVERY_CODES = 10

# Optional sign-in through the agency's identity provider (OpenID Connect), on when a
# client id is set. Only existing, active accounts sign in, matched by email address.
OIDC_RP_CLIENT_ID = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID)
OIDC_PROVIDER_NAME = env.str("OIDC_PROVIDER_NAME", default="your agency account")
if OIDC_ENABLED:
    OIDC_RP_CLIENT_SECRET = env.str("OIDC_RP_CLIENT_SECRET")
    OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT")
    OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_OP_TOKEN_ENDPOINT")
    OIDC_OP_USER_ENDPOINT = env.str("OIDC_OP_USER_ENDPOINT")
    OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_OP_JWKS_ENDPOINT", default="") or None
    OIDC_RP_SIGN_ALGO = env.str("OIDC_RP_SIGN_ALGO", default="RS256")
    OIDC_RP_SCOPES = "openid email"
    OIDC_CREATE_USER = False
    OIDC_USE_PKCE = True
    OIDC_TIMEOUT = 10
    OIDC_CALLBACK_CLASS = "backoffice.oidc.CallbackView"
    AUTHENTICATION_BACKENDS.append("backoffice.oidc.ExistingAccountBackend")

# Internationalisation -------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static files ------------------------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email --------------------------------------------------------------------------


def mailer(url: str) -> dict[str, Any]:
    """A MAILERS entry from an EMAIL_URL such as smtp+tls://user:pw@host:587 or consolemail://."""
    parsed = env.email_url_config(url)
    backend = parsed["EMAIL_BACKEND"]
    options: dict[str, Any] = {}
    if backend.endswith("smtp.EmailBackend"):
        options = {
            "host": parsed.get("EMAIL_HOST") or "localhost",
            "port": parsed.get("EMAIL_PORT") or None,
            "username": parsed.get("EMAIL_HOST_USER") or "",
            "password": parsed.get("EMAIL_HOST_PASSWORD") or "",
            "use_tls": bool(parsed.get("EMAIL_USE_TLS")),
            "use_ssl": bool(parsed.get("EMAIL_USE_SSL")),
            "timeout": 30,
        }
    elif backend.endswith("filebased.EmailBackend"):
        options = {"file_path": parsed.get("EMAIL_FILE_PATH") or str(VAR_DIR / "mail")}
    return {"BACKEND": backend, "OPTIONS": options}


# Development prints mail to the console; production defaults to a local mail relay.
MAILERS = {
    "default": mailer(
        env.str("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
    )
}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Back office <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery ---------------------------------------------------------------------------

FILESYSTEM_BROKER_DIR = VAR_DIR / "broker"


def celery_broker(url: str) -> tuple[str, dict[str, Any]]:
    """Return the broker URL and transport options Celery needs for *url*.

    ``filesystem://`` uses one folder for both directions so a worker and beat
    on the same machine see each other's messages; ``filesystem:///some/dir``
    names that folder.
    """
    if not url.startswith("filesystem://"):
        return url, {"visibility_timeout": 3600}
    folder = Path(url.removeprefix("filesystem://") or FILESYSTEM_BROKER_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    # kombu rewrites an exchange table by truncating the file before writing it, so a process
    # killed in between leaves an empty table: every later publish to that exchange fails and
    # a worker consuming it cannot start. An empty table is never valid; the next bind rewrites it.
    for table in (folder / "control").glob("*.exchange"):
        with contextlib.suppress(FileNotFoundError):
            if table.stat().st_size == 0:
                table.unlink()
    options = {
        "data_folder_in": str(folder),
        "data_folder_out": str(folder),
        # Broadcast (control) messages too, instead of a folder in the working directory.
        "control_folder": str(folder / "control"),
    }
    return "filesystem://", options


CELERY_BROKER_URL, CELERY_BROKER_TRANSPORT_OPTIONS = celery_broker(
    env.str("CELERY_BROKER_URL", default="filesystem://")
)
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
# Email has its own queue, so a burst of mail never delays the heartbeat or SLA sweeps.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {
    "backoffice.tasks.send_outbound_email": {"queue": "email"},
    "backoffice.tasks.send_outbound_emails": {"queue": "email"},
}
# How often beat runs the service-level sweep; tests shorten it.
SLA_SWEEP_SECONDS = env.float("SLA_SWEEP_SECONDS", default=60.0)
# How often survey invitations are sent, reminded and expired.
FEEDBACK_SWEEP_SECONDS = env.float("FEEDBACK_SWEEP_SECONDS", default=60.0)
# Survey results show no group smaller than these (public and managers' scores, staff pulse
# teams); the environment may raise them, never lower them.
FEEDBACK_PUBLIC_MIN_RESPONSES = max(env.int("FEEDBACK_PUBLIC_MIN_RESPONSES", default=10), 10)
FEEDBACK_PULSE_MIN_GROUP = max(env.int("FEEDBACK_PULSE_MIN_GROUP", default=5), 5)
# How often push queues are offered and overflow moves and unanswered offers expire.
ROUTING_SWEEP_SECONDS = env.float("ROUTING_SWEEP_SECONDS", default=10.0)
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "heartbeat": {
        "task": "backoffice.tasks.heartbeat",
        "schedule": timedelta(seconds=30),
        "options": {"expires": 60},
    },
    "sla-sweep": {
        "task": "cases.tasks.sla_sweep",
        "schedule": timedelta(seconds=SLA_SWEEP_SECONDS),
        "options": {"expires": max(SLA_SWEEP_SECONDS - 1, 1)},
    },
    "requeue-stale-outbound-email": {
        "task": "backoffice.tasks.requeue_stale_outbound_email",
        "schedule": timedelta(minutes=5),
        "options": {"expires": 240},
    },
    "routing-sweep": {
        "task": "routing.tasks.routing_sweep",
        "schedule": timedelta(seconds=ROUTING_SWEEP_SECONDS),
        "options": {"expires": max(ROUTING_SWEEP_SECONDS - 1, 1)},
    },
    "feedback-sweep": {
        "task": "feedback.tasks.feedback_sweep",
        "schedule": timedelta(seconds=FEEDBACK_SWEEP_SECONDS),
        "options": {"expires": max(FEEDBACK_SWEEP_SECONDS - 1, 1)},
    },
    "presence-idle": {
        "task": "routing.tasks.presence_idle_sweep",
        "schedule": timedelta(seconds=60),
        "options": {"expires": 50},
    },
    "reports-rollup": {
        "task": "backoffice.tasks.reports_rollup",
        "schedule": timedelta(minutes=5),
        "options": {"expires": 240},
    },
    # Anonymises cases and customers past their service's retention period (UTC, quiet hours).
    "retention-sweep": {
        "task": "cases.tasks.retention_sweep",
        "schedule": crontab(hour=2, minute=30),
        "options": {"expires": 6 * 60 * 60},
    },
}
# Off, the daily retention job does nothing; dry runs (admin, `manage.py retention`) still work.
RETENTION_ENABLED = env.bool("RETENTION_ENABLED", default=True)
# The daily job only previews an agency (records a dry run) until its first preview is this
# many days old: time to read the report, set legal holds or lengthen a retention period.
RETENTION_REVIEW_DAYS = max(env.int("RETENTION_REVIEW_DAYS", default=7), 0)
# The health page calls worker and beat alive while the last heartbeat is younger.
HEARTBEAT_MAX_AGE = timedelta(seconds=env.int("HEARTBEAT_MAX_AGE_SECONDS", default=120))

# Audit log ---------------------------------------------------------------------------

# How long security and audit events must be kept, in days: at least a year (NIST 800-53
# AU-11; OWASP ASVS 7.1). The application never deletes audit rows (on PostgreSQL a trigger
# refuses UPDATE and DELETE on the table), so nothing is purged here: this is the period an
# operator keeps online before archiving older rows out of band (docs/operations.md).
AUDIT_RETENTION_DAYS = env.int("AUDIT_RETENTION_DAYS", default=400)
if AUDIT_RETENTION_DAYS < 365:
    raise ImproperlyConfigured(
        f"AUDIT_RETENTION_DAYS is {AUDIT_RETENTION_DAYS}; security logs are kept at least "
        "365 days. Set it to 365 or more, or leave it unset for the default of 400."
    )

# Security ---------------------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Features no page uses, refused to every frame and script (backoffice.headers).
PERMISSIONS_POLICY: dict[str, list[str]] = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
}

# Content Security Policy, in every environment so a page that needs an exception shows it in
# development first. Scripts and styles come from this site or carry the response's nonce;
# nothing inline, no eval, no plugins, no framing, forms post only here. CSP_REPORT_ONLY
# reports violations without blocking (for a rollout); CSP_REPORT_URI is where browsers send
# them.
CSP_REPORT_URI = env.str("CSP_REPORT_URI", default="")
_csp: dict[str, list[str]] = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
if CSP_REPORT_URI:
    # report-uri for every browser; report-to names the Reporting-Endpoints entry that
    # backoffice.headers sends, which newer browsers prefer.
    _csp["report-uri"] = [CSP_REPORT_URI]
    _csp["report-to"] = ["csp"]
if env.bool("CSP_REPORT_ONLY", default=False):
    SECURE_CSP_REPORT_ONLY = _csp
else:
    SECURE_CSP = _csp
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if env.bool("BEHIND_TLS_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Product --------------------------------------------------------------------------

SITE_NAME = env.str("SITE_NAME", default="Back Office")
# The address people reach the site at; links in emails start with it.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
ADMIN_PATH = env.str("ADMIN_PATH", default="admin/").strip("/") + "/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Cache: API and Open311 throttle counts. Per process by default; point CACHE_URL at Redis
# (redis://host:6379/1) in production so every web process counts together.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
# Sessions are read from that cache, when every process shares it, and written through to
# the database, so a page costs one query less. A per-process cache would serve stale
# sessions to the other processes, so without CACHE_URL they come from the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if env.str("CACHE_URL", default="")
    else "django.contrib.sessions.backends.db"
)

# REST API -----------------------------------------------------------------------------

# Requests per API key unless the key has its own rate, and per signed-in browser user.
API_DEFAULT_RATE = env.str("API_DEFAULT_RATE", default="600/minute")
API_SESSION_RATE = env.str("API_SESSION_RATE", default="1200/minute")
# Open311: posts per API client (unless it has its own rate) and per client address, and the
# contact shown by discovery.
OPEN311_POST_RATE = env.str("OPEN311_POST_RATE", default="60/minute")
OPEN311_ADDRESS_RATE = env.str("OPEN311_ADDRESS_RATE", default="120/minute")
OPEN311_CONTACT = env.str("OPEN311_CONTACT", default="")

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "backoffice.api_schema.ApiAutoSchema",
    # The key first: its WWW-Authenticate header makes a missing login a 401, not a 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "backoffice.api.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["backoffice.api.ScopedPermission"],
    "DEFAULT_PAGINATION_CLASS": "backoffice.api.KeysetPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Counts live in the default cache (CACHE_URL).
    "DEFAULT_THROTTLE_CLASSES": ["backoffice.api.ApiClientThrottle"],
    "EXCEPTION_HANDLER": "backoffice.api.error_handler",
    "DEFAULT_METADATA_CLASS": "backoffice.api.ApiMetadata",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        *(["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    ],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": f"{SITE_NAME} API",
    "VERSION": "1.0.0",
    "DESCRIPTION": (
        "Cases, services, customers, queues, service levels and survey responses of one "
        "agency. Authenticate with `Authorization: Api-Key <key>` (keys are issued in the "
        "admin, with the read and/or write scope) or with a signed-in browser session. "
        "Lists are cursor-paginated (follow `next`); every error has the shape "
        '`{"error": {"status", "code", "message", "fields"}}`. See docs/api.md.'
    ),
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and docs describe the API and hold no agency data: public.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVERS": [{"url": SITE_URL, "description": SITE_NAME}],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One schema enum per domain choice set, whatever the field is called.
    "ENUM_NAME_OVERRIDES": {
        "Role": "backoffice.models.Role",
        "CaseStatus": "cases.models.CaseStatus",
        "Channel": "cases.models.Channel",
        "CustomerKind": "cases.models.CustomerKind",
        "EventKind": "cases.models.EventKind",
        "QuestionKind": "feedback.models.QuestionKind",
        "Priority": "cases.models.Priority",
        "SlaState": "cases.models.SlaState",
        "SlaTarget": "cases.models.SlaTarget",
        "PresenceState": "routing.models.PresenceState",
        "OfferStatus": "routing.models.OfferStatus",
    },
}

# Cases ------------------------------------------------------------------------------

ATTACHMENT_MAX_BYTES = env.int("ATTACHMENT_MAX_MB", default=10) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# A request body may hold one attachment and the form around it; larger is a 413 unread.
REQUEST_BODY_MAX_BYTES = ATTACHMENT_MAX_BYTES + 1024 * 1024

# Routing ----------------------------------------------------------------------------

# Available people with no activity for this long are taken offline by a beat task.
ROUTING_IDLE_MINUTES = env.int("ROUTING_IDLE_MINUTES", default=15)
