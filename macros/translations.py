"""`python -m macros.translations [PROJECT_DIR]`: what the Russian edition still lacks.

Lists every data text without its Russian (`file:line: entry: field`) and every page
without its twin in the other language, then exits 1 if anything is missing. The build
does not wait for translators: meanwhile a missing text shows in English with a "not yet
translated" marker, and a missing page falls back to the English one.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

from macros.data import COLLECTIONS, Problem, _entry, _label, _line, _plain, _read
from macros.text import DEFAULT_LANG, LANGS

#: The editions that are translations of the English one.
TRANSLATED = tuple(lang for lang in LANGS if lang != DEFAULT_LANG)


def missing_texts(data_dir: Path, lang: str) -> list[Problem]:
    """Every language map in data/ that has English text but none in `lang`, located like a data error."""
    problems: list[Problem] = []
    for name in COLLECTIONS:
        label = _label(data_dir / f"{name}.yml", data_dir, name)
        document, unreadable = _read(data_dir / f"{name}.yml", label, round_trip=True)
        if unreadable:
            problems.append(unreadable)
            continue
        where: dict[tuple, int] = {}
        entries = _plain(document, (), where)
        for index, entry in enumerate(entries):
            for path, english in _untranslated(entry, lang):
                problems.append(
                    Problem(
                        file=label,
                        line=_line(where, (index, *path, DEFAULT_LANG)),
                        entry=_entry(name, entries, index),
                        field=".".join(str(p) for p in path),
                        message=f"no '{lang}' text yet (English: {_preview(english)})",
                    )
                )
    return problems


def _untranslated(node: Any, lang: str, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, English text) of each language map under `node` that lacks `lang`."""
    if isinstance(node, dict) and DEFAULT_LANG in node:
        if not node.get(lang):
            yield path, node[DEFAULT_LANG]
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _untranslated(value, lang, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _untranslated(value, lang, (*path, i))


def _preview(english: str, width: int = 60) -> str:
    return repr(english if len(english) <= width else english[: width - 1] + "…")


def missing_pages(docs_dir: Path, lang: str) -> list[Problem]:
    """English pages without a `page.<lang>.md` twin, and twins without an English page."""
    suffix = f".{lang}.md"
    pages = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")}
    translated = {p for p in pages if p.endswith(suffix)}
    english = {p for p in pages - translated if not any(p.endswith(f".{other}.md") for other in LANGS)}
    where = docs_dir.name
    problems = [
        Problem(f"{where}/{page}", None, None, None, f"has no '{lang}' twin: add {where}/{page[:-3]}{suffix}")
        for page in sorted(english)
        if f"{page[:-3]}{suffix}" not in translated
    ]
    problems += [
        Problem(f"{where}/{page}", None, None, None, f"has no English page: add {where}/{page[: -len(suffix)]}.md or remove it")
        for page in sorted(translated)
        if f"{page[: -len(suffix)]}.md" not in english
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    project = Path(args[0] if args else ".")
    problems = [
        problem
        for lang in TRANSLATED
        for problem in missing_texts(project / "data", lang) + missing_pages(project / "docs", lang)
    ]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} missing translation{'s' if len(problems) != 1 else ''}: until they are added, readers see English.")
        return 1
    print(f"Every data text and every page exists in {', '.join(LANGS)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
