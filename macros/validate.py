"""`python -m macros.validate [DATA_DIR]`: check the data the way the build does, without building.

Prints every problem as `file:line: entry: field: message`, then a count; exits 1 on any
error. Under GitHub Actions the same problems are printed as annotations, so they show on
the changed line of the pull request.
"""

from __future__ import annotations

import os
import sys

from macros.data import DataError, load


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_dir = args[0] if args else "data"
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    try:
        data = load(data_dir)
        problems, failed = list(data.warnings), False
    except DataError as error:
        problems, failed = error.problems, True
    for problem in problems:
        print(problem)
        if annotate:
            print(problem.github_annotation())
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if failed:
        print(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}: fix the errors above.")
        return 1
    print(f"data/ is valid ({warnings} warning{'s' if warnings != 1 else ''}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
