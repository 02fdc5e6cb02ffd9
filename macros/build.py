"""`mkdocs build --strict` as CI runs it, for the commands, tests and benchmarks that need a built site.

The date is fixed unless SOURCE_DATE_EPOCH is set, so two builds of the same inputs give
the same bytes (the sitemap carries the build date).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: 2026-01-01T00:00:00Z: any fixed instant will do.
FIXED_DATE = "1767225600"


def build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build `project`'s site into `site_dir`; the result carries the exit code and the log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.setdefault("SOURCE_DATE_EPOCH", FIXED_DATE)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
