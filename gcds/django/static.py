"""gcds's CSS, JS, fonts and marks through Django's staticfiles storage.

Every asset URL a gcds template writes (``gcds_static("css/gcds.min.css")``) is
``django.templatetags.static.static("gcds/css/gcds.min.css")``, so whatever storage the
project sets (``ManifestStaticFilesStorage``, WhiteNoise's
``CompressedManifestStaticFilesStorage``, a CDN) names and caches it; and its
Subresource Integrity value is the hash of the file that URL serves, which for a hashed
CSS file is the copy ``collectstatic`` rewrote (its ``url()``\\ s point at hashed fonts), not
the package's own.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from ..library import package_integrity, sri

if TYPE_CHECKING:
    from django.core.files.storage import Storage

#: Where gcds's files are in Django's static namespace (the app folder gcds/static/gcds/).
PREFIX = "gcds/"


def asset_url(path: str) -> str:
    """The URL of gcds/static/gcds/``path`` from Django's staticfiles storage::

    asset_url("css/gcds.min.css")  # "/static/gcds/css/gcds.min.css.6f1e0c….css" (manifest)
    """
    from django.templatetags.static import static

    return static(PREFIX + path)


def asset_integrity(path: str) -> str:
    """The ``integrity`` value of the file :func:`asset_url` points at for ``path``.

    The served file is the storage's (STATIC_ROOT after ``collectstatic``); with DEBUG on,
    the one the staticfiles finders find first, as ``runserver`` (and WhiteNoise's
    autorefresh) serve those, whatever an older ``collectstatic`` left in STATIC_ROOT. A
    file neither has is hashed from the package (its URL will not load anyway)."""
    from django.apps import apps
    from django.conf import settings

    if not apps.is_installed("django.contrib.staticfiles"):
        return package_integrity(path)
    from django.contrib.staticfiles.storage import staticfiles_storage

    name = served_name(staticfiles_storage, PREFIX + path)
    found = _from_finders(name) if settings.DEBUG else None
    return (
        found
        or _from_storage(staticfiles_storage, name)
        or _from_finders(name)
        or package_integrity(path)
    )


def served_name(storage: Storage, name: str) -> str:
    """The name ``storage.url(name)`` serves: the hashed one of a hashed storage (as
    Django's HashedFilesMixin does, none with DEBUG on), else ``name``."""
    from django.conf import settings
    from django.contrib.staticfiles.storage import HashedFilesMixin

    if isinstance(storage, HashedFilesMixin) and not settings.DEBUG:
        return storage.stored_name(name)
    return name


def _from_finders(name: str) -> str | None:
    from django.contrib.staticfiles import finders

    found = finders.find(name)
    if isinstance(found, list):  # find(all=True) lists; find() returns one path
        found = found[0] if found else None
    return _file_sri(found) if found else None


def _from_storage(storage: Storage, name: str) -> str | None:
    from django.core.exceptions import ImproperlyConfigured

    try:
        if not storage.exists(name):
            return None
    except ImproperlyConfigured:  # no STATIC_ROOT (Django's test runner turns DEBUG off)
        return None
    try:
        path = storage.path(name)
    except NotImplementedError:  # a remote storage: read it once (hashed names never change)
        return _remote_sri(name, storage)
    return _file_sri(path)


def _file_sri(path: str) -> str:
    stat = os.stat(path)
    # Keyed on the file's mtime and size: a new collectstatic (same, unhashed name) is seen.
    return _cached_file_sri(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _cached_file_sri(path: str, mtime_ns: int, size: int) -> str:
    with open(path, "rb") as file:
        return sri(file.read())


@lru_cache(maxsize=64)
def _remote_sri(name: str, storage: Storage) -> str:
    with storage.open(name, "rb") as file:
        return sri(file.read())
