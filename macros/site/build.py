"""`mkdocs build --strict` as CI runs it, for the commands, tests and benchmarks that need a built site.

The date is fixed unless SOURCE_DATE_EPOCH is set, so two builds of the same inputs give
the same bytes (the sitemap carries the build date).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

from macros.data import build_date

#: 2026-11-28T00:00:00Z: any fixed instant will do; a recent one, so that test builds judge
#: what "may be out of date" as a build today would (macros/freshness.py).
FIXED_DATE = "1795824000"


def site_date() -> datetime.date:
    """The build date that `build()` gives a site: SOURCE_DATE_EPOCH if set, else FIXED_DATE."""
    return build_date({"SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", FIXED_DATE)})


def build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build `project`'s site into `site_dir`; the result carries the exit code and the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.setdefault("SOURCE_DATE_EPOCH", FIXED_DATE)
    # No -q: MkDocs drops warnings below ERROR before --strict can count them, so a quiet
    # strict build passes with warnings. The log is captured instead.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
