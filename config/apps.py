"""The last app Django readies: it moves what setting Django up loaded out of the cyclic collector's reach.

Once ``django.setup()`` returns, a process holds ~240,000 objects tracked by the collector (modules, classes,
functions, settings, the libraries' tables) that live as long as it does, and almost no garbage (a full
collection then finds about ten objects). Until something froze them (gunicorn's ``pre_fork``, a Celery worker's
``worker_init`` for pipeline batches, the pipeline's first state: events/services/state.py), every full collection
walked them all: about 0.15 s of CPU each on this 2-CPU box, several during a fetch queue worker's or a command's
first feed, for nothing found. ``gc.freeze()`` leaves them out of every collection; reference counting still frees
them as before. No ``gc.collect()`` first: the few cycles left unreachable by the imports would cost a full pass to
find, and they stay (a few kilobytes at most), as they do in every process that never runs a full collection.
"""

from __future__ import annotations

import gc

from django.apps import AppConfig


class StartupConfig(AppConfig):
    """Listed last in INSTALLED_APPS: its ``ready`` runs after every other app's."""

    name = "config"
    label = "whatson_startup"
    verbose_name = "Whatson start-up"

    def ready(self) -> None:
        gc.freeze()
