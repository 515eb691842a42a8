from django.apps import AppConfig


class SourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sources"

    def ready(self) -> None:
        # Importing the package registers every adapter exactly once.
        from sources import adapters  # noqa: F401
