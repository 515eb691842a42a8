"""The people jobs beat runs: installed from code, each naming a task a worker knows."""

from __future__ import annotations

import pytest
from django_celery_beat.models import PeriodicTask

from config.celery import app
from sources.schedules import PEOPLE_JOBS, schedules_sync_all

pytestmark = pytest.mark.django_db


def test_people_jobs_are_installed_and_name_registered_tasks():
    app.loader.import_default_modules()  # what a worker does at start: autodiscovery of <app>.tasks
    schedules_sync_all()
    installed = {task.name: task for task in PeriodicTask.objects.filter(name__in=[job.name for job in PEOPLE_JOBS])}
    assert len(installed) == len(PEOPLE_JOBS) == 3
    for job in PEOPLE_JOBS:
        assert installed[job.name].task == job.task
        assert installed[job.name].queue == job.queue
        assert job.task in app.tasks, job.task


def test_people_mails_go_to_the_mail_queues():
    router = app.amqp.router
    assert router.route({}, "events.people.rsvps.tasks.notify_promoted")["queue"].name == "transactional"
    assert router.route({}, "events.people.organizers.tasks.notify_claim_decided")["queue"].name == "transactional"
    assert router.route({}, "events.people.rsvps.tasks.send_reminders")["queue"].name == "email"
    assert router.route({}, "events.people.analytics.tasks.flush_interactions")["queue"].name == "default"
