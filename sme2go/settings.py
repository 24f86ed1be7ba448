"""Settings for SME2GO, read from the environment (see README.md, "Configuration").

Every value that differs between a laptop and production comes from an environment variable,
optionally through a `.env` file beside `manage.py`. Missing or malformed production
configuration stops the start with ImproperlyConfigured naming the variable.
"""

from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import available_timezones

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    env.read_env(BASE_DIR / ".env")


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _bool(name, default):
    raw = env.str(name, default=str(default)).strip().lower()
    if raw not in _TRUE | _FALSE:
        raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")
    return raw in _TRUE


def _int(name, default):
    try:
        return env.int(name, default=default)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {env.str(name)!r}") from exc


DEBUG = _bool("DJANGO_DEBUG", False)

# --- Secret key: required whenever debug is off --------------------------------------------
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set; it is required when DJANGO_DEBUG is off "
            "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))')"
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS is not set; list the host names this site answers to, "
        "comma-separated (e.g. trips.example.org)"
    )
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications --------------------------------------------------------------------------
INSTALLED_APPS = [
    "modeltranslation",  # before the admin: trip texts in several languages (trips/translation.py)
    "sme2go.admin_site.AdminConfig",  # django.contrib.admin, hardened (see the module)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_countries",
    "phonenumber_field",
    "simple_history",
    "django_filters",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "contacts",
    "trips",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sme2go.language.LanguageMiddleware",  # Django's LocaleMiddleware + the user's saved one
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sme2go.middleware.PrivateNoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sme2go.urls"
WSGI_APPLICATION = "sme2go.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# --- Database: embedded SQLite file unless DATABASE_URL is set -----------------------------
_DB_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}
_database_url = env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
_scheme = _database_url.split("://", 1)[0] if "://" in _database_url else ""
if _scheme not in _DB_SCHEMES:
    raise ImproperlyConfigured(
        "DATABASE_URL must start with postgres:// or sqlite:///"
        + (f", not {_scheme}://" if _scheme else " (it is not a URL)")
    )
try:
    _default_db = env.db_url_config(_database_url)
except Exception as exc:  # environ raises several kinds of error on malformed URLs
    raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from exc
if _default_db["ENGINE"].endswith("postgresql") and not _default_db.get("NAME"):
    raise ImproperlyConfigured("DATABASE_URL names no database (postgres://user@host:5432/NAME)")
_default_db["CONN_MAX_AGE"] = _int("DJANGO_CONN_MAX_AGE", 60)
_default_db["CONN_HEALTH_CHECKS"] = True
_default_db["ATOMIC_REQUESTS"] = False
DATABASES = {"default": _default_db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: trip pages and rate limits; per process unless CACHE_URL names a shared one ------
# locmemcache:// (default), redis://host:6379/1 (needs the redis package), dbcache://table (run
# `manage.py createcachetable`). See docs/operations.md, "Page cache".
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# --- Authentication ------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # django-axes: after repeated failed logins for one username from one address, that pair is
    # locked out for a while. Logins face the internet; this stops password guessing.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = _int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = _int("DJANGO_LOGIN_LOCKOUT_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
AXES_USERNAME_CALLABLE = "sme2go.throttle.axes_username"  # a 300-character name fails, no 500
if _bool("DJANGO_BEHIND_PROXY", False):
    AXES_IPWARE_PROXY_COUNT = _int("DJANGO_PROXY_COUNT", 1)
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# --- Internationalisation ------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("sv", _("Swedish")),
    ("fi", _("Finnish")),
    ("et", _("Estonian")),
    ("zh-hans", _("Simplified Chinese")),  # the pages hosts read (sme2go/language.py)
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["sme2go.formats"]
# Languages a trip's public texts can be written in; a missing one falls back in this order.
MODELTRANSLATION_LANGUAGES = ("en", "sv", "fi", "et")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "sv", "fi", "et")
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Europe/Helsinki")
if TIME_ZONE not in available_timezones():
    raise ImproperlyConfigured(
        f"DJANGO_TIME_ZONE {TIME_ZONE!r} is not a known time zone (e.g. Europe/Helsinki)"
    )
USE_I18N = True
USE_TZ = True

# --- Static files: vendored under static/, served by WhiteNoise ----------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
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

# --- E-mail (password resets) --------------------------------------------------------------
if "EMAIL_URL" in env:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = (
        "django.core.mail.backends.console.EmailBackend"
        if DEBUG
        else "django.core.mail.backends.smtp.EmailBackend"
    )
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="sme2go@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security: HTTPS on by default whenever debug is off -----------------------------------
HTTPS = _bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = _int("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if _bool("DJANGO_BEHIND_PROXY", False):
    # The load balancer terminates TLS and says so in X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# --- Third-party apps ----------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
PHONENUMBER_DEFAULT_REGION = env.str("DJANGO_PHONE_REGION", default="FI")
PHONENUMBER_DB_FORMAT = "E164"
SIMPLE_HISTORY_HISTORY_ID_USE_UUID = False

# Background jobs (django-tasks): queued in the database, run by `manage.py db_worker`
# processes (`make run` starts one; docker-compose.yml runs them as the "worker" service).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Contact files of more rows than this are imported by a background job (a progress bar on
# the page) instead of previewed while the page waits; the largest file the page takes.
CONTACT_IMPORT_BACKGROUND_ROWS = env.int("CONTACT_IMPORT_BACKGROUND_ROWS", default=2000)
CONTACT_IMPORT_MAX_BYTES = env.int("CONTACT_IMPORT_MAX_BYTES", default=50_000_000)

# Map tiles for trip reports; any {z}/{x}/{y} tile server may be configured.
MAP_TILE_URL = env.str("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env.str("MAP_TILE_ATTRIBUTION", default="&copy; OpenStreetMap contributors")

# Content-Security-Policy: scripts and styles only from our own static files (no CDN), map
# tiles from the configured tile server. Bootstrap and Leaflet set some inline styles.
_tiles = urlsplit(MAP_TILE_URL)
_TILE_ORIGIN = f"{_tiles.scheme}://{_tiles.netloc.replace('{s}.', '*.')}" if _tiles.netloc else ""
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", *([_TILE_ORIGIN] if _TILE_ORIGIN else [])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
}
