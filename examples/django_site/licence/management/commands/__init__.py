"""``python manage.py compile_catalogues``."""
