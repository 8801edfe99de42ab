"""gcds as a Django app (``"gcds"`` in ``INSTALLED_APPS``); Django alone imports this module."""

from django.apps import AppConfig


class GcdsConfig(AppConfig):
    """Lets staticfiles find gcds/static/gcds/ and makes ``gcds.render`` follow Django."""

    name = "gcds"
    verbose_name = "GC Design System"

    def ready(self) -> None:
        # Here, not at import: the settings are read and the app registry is ready, which
        # static() needs (it asks whether django.contrib.staticfiles is installed).
        from .django.render import configure_render

        configure_render()
