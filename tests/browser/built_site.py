"""The built site and the browser that reads it: shared by the browser tests, the static checks and benchmarks/."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from macros.site.build import build

ROOT = Path(__file__).resolve().parents[2]

# Debian's Chromium, never one that a tool downloads; no call home of its own.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def mkdocs_build(out: Path, config: Path = ROOT / "mkdocs.yml") -> Path:
    """The site built into `out`, or an error with the build's log."""
    result = build(config.parent, out)
    if result.returncode:
        raise RuntimeError(f"mkdocs build --strict failed:\n{result.stdout}{result.stderr}")
    return out


def page_paths(site: Path) -> list[str]:
    """The URL path of every built HTML page, as a reader requests it: /axes/ for axes/index.html."""
    return ["/" + html.relative_to(site).as_posix().removesuffix("index.html") for html in sorted(site.rglob("*.html"))]


def served_file(site: Path, path: str) -> Path:
    """The file a URL path names in the built site: a directory means its index.html."""
    file = site / path.lstrip("/")
    return file / "index.html" if path.endswith("/") or file.is_dir() else file


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the built site without logging every request into the output."""

    def log_message(self, format, *args):
        pass


def serve(site: Path) -> ThreadingHTTPServer:
    """Serve the site on 127.0.0.1 on a free port, from a daemon thread; the caller shuts it down."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
