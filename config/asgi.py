"""ASGI entry point: the websocket container runs Daphne with this.

HTTP is routed too, so `runserver` (Daphne's, in development) serves everything from one process; in
production HTTP goes to gunicorn (WSGI), because sync views under an ASGI server are slow.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

# Django must be set up before anything imports models (consumers, auth middleware).
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

# WebSocket routes arrive with the realtime app's consumers (a later issue); until then every
# WebSocket connection is refused by the empty router.
websocket_urlpatterns: list = []

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
