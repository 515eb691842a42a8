"""WSGI entry point: the web container serves HTTP through gunicorn with this.

Importing it also warms the process up (config/warmup.py: URL configuration, templates, locale data), so with
gunicorn's ``preload_app`` (config/gunicorn.py) the master does that once and every worker forks ready to
answer. ``WSGI_WARM_UP=0`` skips it.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

if os.environ.get("WSGI_WARM_UP", "1") != "0":
    from django.db import connections

    from config.warmup import warm_up

    warm_up()
    connections.close_all()  # nothing should have connected; if something did, workers must not share it
