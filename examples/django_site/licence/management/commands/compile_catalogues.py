"""``python manage.py compile_catalogues``: build the French .mo (msgfmt, else Babel)."""

from typing import Any

from django.core.management.base import BaseCommand

from licence.catalogues import compile_catalogues


class Command(BaseCommand):
    help = "Compile the app's .po catalogues to .mo: with msgfmt if installed, else Babel."

    def handle(self, *args: Any, **options: Any) -> None:
        how = compile_catalogues()
        self.stdout.write(f"catalogues: {how}")
