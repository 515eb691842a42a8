from django.apps import AppConfig


class ModerationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "moderation"

    def ready(self) -> None:
        from moderation.hooks import on_moderated
        from moderation.public import announce_moderated

        on_moderated(announce_moderated)
