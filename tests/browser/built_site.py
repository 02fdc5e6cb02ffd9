"""The strict build that the browser tests and the static checks share, and a local server for it."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def build(out: Path) -> Path:
    """Build once per test session (cached), exactly as CI does: --strict turns every warning into a failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if result.returncode:
        raise RuntimeError(f"mkdocs build --strict failed:\n{result.stdout}{result.stderr}")
    return out


def page_paths(site: Path) -> list[str]:
    """The URL path of every built HTML page, as a reader requests it: /axes/ for axes/index.html."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        path = "/" + html.relative_to(site).as_posix()
        paths.append(path.removesuffix("index.html"))
    return paths


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the built site without logging every request into the test output."""

    def log_message(self, format, *args):
        pass


def serve(site: Path) -> ThreadingHTTPServer:
    """Serve the site on 127.0.0.1 on a free port, from a daemon thread; the caller shuts it down."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
