"""The example Django site's project package: settings, URLs and the WSGI application."""
