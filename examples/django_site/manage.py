#!/usr/bin/env python
"""Django's command-line utility for the example site: ``python manage.py runserver``."""

import os
import sys
from pathlib import Path


def main() -> None:
    """Run a Django management command with this site's settings."""
    # Runnable from anywhere (make demo runs it from the repository's root).
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "django_site.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
