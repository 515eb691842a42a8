"""The live-state beat jobs are installed with the others and name tasks the worker knows."""

import pytest
from django_celery_beat.models import PeriodicTask

from config.celery import app
from sources.schedules import LIVE_JOBS, schedules_sync_all


@pytest.mark.django_db
def test_place_status_and_weather_refreshes_are_scheduled_for_registered_tasks():
    schedules_sync_all()
    schedules_sync_all()  # idempotent
    installed = {task.name: task for task in PeriodicTask.objects.filter(name__in=[job.name for job in LIVE_JOBS])}
    assert len(installed) == len(LIVE_JOBS) == 2
    app.loader.import_default_modules()
    for job in LIVE_JOBS:
        assert installed[job.name].task == job.task
        assert job.task in app.tasks
    assert installed["whatson: refresh place statuses"].crontab.minute == "*/15"
