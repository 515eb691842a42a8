from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "events.people"
    label = "people"
    verbose_name = "People"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from events.people.accounts import receivers

        receivers.connect()
