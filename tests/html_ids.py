"""One reader of rendered HTML by id, for the tests that follow ``aria-describedby`` and
the elements around a control."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any


class IdReader(HTMLParser):
    """Each element's attributes by id, the ids of the elements around it, and its text."""

    VOID = ("input", "br", "img", "path", "circle", "line", "meta", "link")

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, dict[str, Any]] = {}
        self.around: dict[str, list[str]] = {}
        self.text: dict[str, str] = {}
        self.values: list[dict[str, Any]] = []
        self._open: list[str | None] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        given["<tag>"] = tag
        self.values.append(given)
        if given.get("id"):
            self.attrs[given["id"]] = given
            self.around[given["id"]] = [i for i in self._open if i]
            self.text[given["id"]] = ""
        if tag not in self.VOID:
            self._open.append(given.get("id"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for open_id in self._open:
            if open_id:
                self.text[open_id] += data

    def description(self, control_id: str) -> str:
        """The text that ``aria-describedby`` ties to the control or to a group around it."""
        holders = [control_id, *reversed(self.around[control_id])]
        ids = []
        for holder in holders:
            ids += (self.attrs[holder].get("aria-describedby") or "").split()
        return " ".join(self.text.get(i, "") for i in ids)
