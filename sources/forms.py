"""The Source form: one "type" choice (the adapter) and the fields of that adapter's documented config.

Each adapter declares its config keys (``Adapter.config_fields``) and whole-config rules
(``Adapter.check_config``, which reuses the adapter's own parser: the scraper's ``load_config``, json_api's
``read_config``). The form turns the declarations into fields, checks each value by its kind (a URL is
http(s), a path lies inside SOURCE_FILE_ROOTS, a count is a whole number ≥ 1) and refuses keys the adapter
does not document, so a typo or a bad selector is a form error on save rather than a failed run later.
``Source.config`` (JSON) stays the storage; the source's kind follows from the adapter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from django import forms
from django.conf import settings

from events.zones import zone
from sources.adapters import registry
from sources.adapters.base import RUN_CONFIG_FIELDS, Adapter, AdapterError, ConfigField, ConfigFieldError
from sources.adapters.common import http_url
from sources.fetching import normalize_url
from sources.models import Source

FIELD_PREFIX = "config__"
NOT_HTTP = "Use an absolute http(s) URL (webcal:// is accepted for calendars)."
OUTSIDE_ROOTS = "This file is outside SOURCE_FILE_ROOTS ({roots}); the fetcher will not read it."
NOT_A_ZONE = "Not a timezone: use an IANA name such as America/Chicago."
NO_SUCH_FILE = "No such file: {path}."
NOT_AN_OBJECT = "The config must be a JSON object."
UNKNOWN_KEY = "Unknown config key {key!r} for the {adapter} adapter; known keys: {known}."
TYPE_HELP = "The adapter that reads this source; the source's kind follows from it. Save to see its settings."
EXTRA_LABEL = "Other config keys (JSON)"
EXTRA_HELP = "Leave empty: every setting of this adapter has its own field above. Unknown keys are refused."
RAW_LABEL = "Config (JSON)"
BOOL_CHOICES = (("", "Adapter default"), ("true", "Yes"), ("false", "No"))
# "Draft from a sample" (the Source admin): a JSON API's response, fetched or uploaded, to infer a config from.
SAMPLE_MAX_BYTES = 2 * 1024 * 1024
ONE_SAMPLE = "Give the API's URL or upload a sample of its response (one of the two)."
SAMPLE_TOO_BIG = "The sample is larger than {limit} KB: upload one page of the API's response."
SAMPLE_URL_HELP = "The API's URL, fetched once now (public addresses only). Its response is read, not stored."
SAMPLE_FILE_HELP = "Or a JSON file saved from the API (at most {limit} KB)."
SAMPLE_ZONE_HELP = "IANA name for times without an offset (e.g. America/Chicago); default: UTC."


def adapter_choices() -> list[tuple[str, str]]:
    return [("", "---------"), *((name, f"{registry.get(name).label} ({name})") for name in registry.names())]


def _url(value: str) -> None:
    if http_url(normalize_url(value)) is None:
        raise forms.ValidationError(NOT_HTTP)


def _path(value: str) -> None:
    resolved = Path(value).expanduser().resolve()
    roots = [Path(root).resolve() for root in settings.SOURCE_FILE_ROOTS]
    if not any(resolved.is_relative_to(root) for root in roots):
        raise forms.ValidationError(OUTSIDE_ROOTS.format(roots=", ".join(str(root) for root in roots)))
    if not resolved.is_file():
        raise forms.ValidationError(NO_SUCH_FILE.format(path=resolved))


def _timezone(value: str) -> None:
    if zone(value) is None:
        raise forms.ValidationError(NOT_A_ZONE)


def config_fields(adapter: type[Adapter]) -> tuple[ConfigField, ...]:
    """What the form shows for an adapter: its own keys, then the ones every fetch reads."""
    return (*adapter.config_fields, *RUN_CONFIG_FIELDS)


def form_field(spec: ConfigField) -> forms.Field:
    """The form field of one documented config key; an empty field means "not set" (the adapter's default)."""
    common: dict[str, Any] = {"label": spec.label, "help_text": spec.help_text, "required": spec.required}
    if spec.kind == "url":
        return forms.CharField(validators=[_url], max_length=2000, **common)
    if spec.kind == "path":
        return forms.CharField(validators=[_path], max_length=1000, **common)
    if spec.kind == "timezone":
        return forms.CharField(validators=[_timezone], max_length=100, **common)
    if spec.kind == "int":
        return forms.IntegerField(min_value=1, **common)
    if spec.kind == "number":
        return forms.FloatField(**common)
    if spec.kind == "bool":
        return forms.TypedChoiceField(
            choices=BOOL_CHOICES, coerce=lambda value: value == "true", empty_value=None, **common
        )
    if spec.kind == "choice":
        return forms.ChoiceField(choices=[("", "Adapter default"), *((c, c) for c in spec.choices)], **common)
    if spec.kind == "json":
        return forms.JSONField(**common)
    return forms.CharField(max_length=2000, **common)


def _initial(spec: ConfigField, value: Any) -> Any:
    if spec.kind == "bool" and isinstance(value, bool):
        return "true" if value else "false"
    return value


class SourceForm(forms.ModelForm):
    """The form of one adapter's source (see ``source_form_for``); without an adapter, just the type choice."""

    adapter_class: ClassVar[type[Adapter] | None] = None

    adapter = forms.ChoiceField(label="Type", choices=adapter_choices, help_text=TYPE_HELP)

    class Media:
        js = ("sources/source_form.js",)  # reloads with the chosen type's fields; without it, saving shows them

    class Meta:
        model = Source
        fields = (
            "name", "slug", "adapter", "config", "city", "is_active", "schedule", "rate_limit_per_minute", "priority",
            "trust_level",
        )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        adapter = self.adapter_class
        if "config" not in self.fields:  # a view-only user's form: every field is read-only
            return
        if adapter is None:
            self.fields["config"].label = RAW_LABEL
            return
        if adapter.config_passthrough:
            self.fields["config"].label = RAW_LABEL
            if self.instance.pk is None:  # an add page keeps the config it was given (a drafted one) whole
                return
        else:
            self.fields["config"].label, self.fields["config"].help_text = EXTRA_LABEL, EXTRA_HELP
            self.fields["config"].required = False
        stored = self.instance.config if isinstance(self.instance.config, dict) else {}
        declared = {spec.key for spec in config_fields(adapter)}
        # Declared keys are shown in their own fields; the JSON box keeps only what no field shows.
        self.initial["config"] = {key: value for key, value in stored.items() if key not in declared}
        for spec in config_fields(adapter):
            if spec.key in stored:
                self.initial[FIELD_PREFIX + spec.key] = _initial(spec, stored[spec.key])

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        adapter = self.adapter_class
        if adapter is None or adapter.name != cleaned.get("adapter") or "config" in self.errors:
            return cleaned
        raw = cleaned.get("config")
        if raw in (None, ""):
            raw = {}
        if not isinstance(raw, dict):
            self.add_error("config", NOT_AN_OBJECT)
            return cleaned
        config = (
            self._passthrough_config(adapter, raw) if adapter.config_passthrough else self._typed_config(adapter, raw)
        )
        if config is None or self.errors:
            return cleaned
        try:
            adapter.check_config(config)
        except ConfigFieldError as exc:
            field = FIELD_PREFIX + exc.key
            self.add_error(field if field in self.fields else "config", str(exc))
            return cleaned
        except AdapterError as exc:
            self.add_error("config", str(exc))
            return cleaned
        cleaned["config"] = config
        self.instance.kind = adapter.source_kind  # the form has no kind field: the adapter decides it
        return cleaned

    def _passthrough_config(self, adapter: type[Adapter], raw: dict[str, Any]) -> dict[str, Any]:
        """The JSON box's config, with the fields the form shows beside it (timezone, private network) applied.

        A field that is set wins over the same key in the box: it is what staff chose on the form, and
        ignoring it saved a source without the zone or the private-network grant the page showed as set. A
        key given only in the box is checked as its field would check it.
        """
        config = dict(raw)
        for spec in config_fields(adapter):
            name = FIELD_PREFIX + spec.key
            value = self.cleaned_data.get(name)
            if value not in (None, ""):
                config[spec.key] = value
            elif spec.key in config and name in self.fields:
                try:
                    config[spec.key] = self.fields[name].clean(_initial(spec, config[spec.key]))
                except forms.ValidationError as exc:
                    self.add_error(name, exc)
        return config

    def _typed_config(self, adapter: type[Adapter], extra: dict[str, Any]) -> dict[str, Any] | None:
        """The config from the declared fields plus the JSON box, or None (with a form error) for unknown keys."""
        declared = {spec.key: spec for spec in config_fields(adapter)}
        unknown = sorted(key for key in extra if key not in declared)
        if unknown:
            self.add_error(
                "config", UNKNOWN_KEY.format(key=unknown[0], adapter=adapter.name, known=", ".join(declared))
            )
            return None
        config: dict[str, Any] = {}
        for key, value in extra.items():  # a declared key typed into the JSON box is checked like its field
            try:
                config[key] = self.fields[FIELD_PREFIX + key].clean(_initial(declared[key], value))
            except forms.ValidationError as exc:
                self.add_error(FIELD_PREFIX + key, exc)
        for key in declared:
            value = self.cleaned_data.get(FIELD_PREFIX + key)
            if value not in (None, ""):  # an emptied field drops its key: the adapter's default applies
                config[key] = value
        return config


def source_form_for(adapter_name: str | None) -> type[SourceForm]:
    """A SourceForm with the config fields of that adapter (the plain form for an unknown or missing name)."""
    if not adapter_name or adapter_name not in registry.names():
        return SourceForm
    adapter = registry.get(adapter_name)
    fields = {FIELD_PREFIX + spec.key: form_field(spec) for spec in config_fields(adapter)}
    attrs: dict[str, Any] = {"adapter_class": adapter, **fields}
    return type(f"{adapter.__name__}SourceForm", (SourceForm,), attrs)


class DraftSampleForm(forms.Form):
    """A JSON API's URL or a saved response: the sample a ``json_api`` config is inferred from."""

    url = forms.CharField(
        label="API URL", required=False, max_length=2000, validators=[_url], help_text=SAMPLE_URL_HELP
    )
    sample = forms.FileField(
        label="JSON sample", required=False, help_text=SAMPLE_FILE_HELP.format(limit=SAMPLE_MAX_BYTES // 1024)
    )
    timezone = forms.CharField(
        label="Timezone", required=False, max_length=100, validators=[_timezone], help_text=SAMPLE_ZONE_HELP
    )

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if bool(cleaned.get("url")) == bool(cleaned.get("sample")):
            raise forms.ValidationError(ONE_SAMPLE)
        sample = cleaned.get("sample")
        if sample is not None and sample.size > SAMPLE_MAX_BYTES:
            self.add_error("sample", SAMPLE_TOO_BIG.format(limit=SAMPLE_MAX_BYTES // 1024))
        return cleaned
