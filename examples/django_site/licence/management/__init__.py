"""The licence app's management commands."""
