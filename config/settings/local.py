"""Development settings: `make run` and `manage.py` use these unless told otherwise."""

from config.settings.base import *  # noqa: F403
from config.settings.base import SECRET_KEY

DEBUG = True
# A fixed development key keeps sessions across restarts; production refuses to start without one.
SECRET_KEY = SECRET_KEY or "django-insecure-whatson-local-development-only"
# The browsable API in development only (production and tests answer JSON alone).
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}
