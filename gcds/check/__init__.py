"""``gcds check``: the checks gcds's own browser suite runs on every example, for any page.

The same in-page checks (checks.js), the same Tab walk and the same axe-core build and
rules run here and in gcds's tests, so a team's pages are held to what gcds holds itself
to. Needs Playwright (``pip install 'gcds[check]'``) and a Chromium (see :mod:`.chromium`).
"""
