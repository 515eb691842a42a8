"""Settings for bench/http.py: production's, unchanged, except where collected static files go.

Plain loopback HTTP needs no change here: the bench runs with the environment ``HTTPS=false``, which is
production.py's own switch (no SSL redirect, no HSTS, no secure-only cookies). ``STATIC_ROOT`` moves to
var/ so the bench's ``collectstatic`` (the manifest WhiteNoise needs with DEBUG off) never writes into
the checkout's staticfiles/ while someone else uses it.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import VAR_DIR

STATIC_ROOT = VAR_DIR / "bench-static"
