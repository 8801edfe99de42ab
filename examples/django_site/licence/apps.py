"""The licence app's configuration."""

from django.apps import AppConfig


class LicenceConfig(AppConfig):
    """The service's app: its forms, views, templates and French catalogue."""

    name = "licence"
    verbose_name = "Apply for a fishing licence"
