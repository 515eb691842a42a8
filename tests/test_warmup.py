"""config/warmup.py: what gunicorn's master loads before forking, without touching the database or the cache."""

from __future__ import annotations

import logging

from django.template import engines

from config.warmup import warm_up


def test_warm_up_loads_templates_without_the_database(caplog):
    """No database access is allowed here (no django_db mark): a step that tried would log a warning."""
    caplog.set_level(logging.WARNING, logger="config.warmup")
    assert warm_up() >= 0
    assert [record.getMessage() for record in caplog.records] == []
    engine = engines["django"].engine
    cached = [loader for loader in engine.template_loaders if hasattr(loader, "get_template_cache")]
    assert cached  # DEBUG is off in tests, as in production: Django caches compiled templates
    assert any(name.startswith("base.html") for name in cached[0].get_template_cache)
