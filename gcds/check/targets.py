"""What ``gcds check`` is given (URLs, HTML files, folders of them) as URLs to load."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class TargetError(ValueError):
    """A target that is neither a URL nor a readable HTML file or folder."""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class FileServer:
    """Serves a folder on 127.0.0.1 (a free port), so a page's relative URLs resolve."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def html_files(target: Path) -> list[Path]:
    """``target`` itself, or every .html file under it (sorted); TargetError if none."""
    if target.is_file():
        try:
            target.open("rb").close()
        except OSError as error:
            raise TargetError(f"{target}: cannot be read ({error.strerror})") from None
        return [target]
    if target.is_dir():
        found = sorted(p for p in target.rglob("*.html") if p.is_file())
        if not found:
            raise TargetError(f"{target}: no .html files in this folder")
        return found
    raise TargetError(f"{target}: no such file or folder, and not an http(s) URL")


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))
