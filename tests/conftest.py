"""Shared fixtures: a tiny, valid data set that each test changes in one place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from macros.site.build import build

ROOT = Path(__file__).resolve().parents[1]

AXIS_IDS = ["pretraining", "inference-compute", "algorithms", "modalities", "tools-agents", "learning-signals"]


def t(en: str, ru: str | None = None) -> dict:
    return {"en": en, **({"ru": ru} if ru else {})}


def minimal_data() -> dict[str, list[dict]]:
    """One or two entries per collection: the smallest data set the schemas and rules accept."""
    axes = [
        {
            "id": axis_id,
            "number": n,
            "name": t(f"Axis {n} name", f"Ось {n}"),
            "short": t(f"Axis {n}", f"Ось {n}"),
            "definition": t(f"Definition {n}.", f"Определение {n}."),
            "scales": t("Something.", "Что-то."),
            "status": "saturating" if n == 1 else "moving",
            "status_note": t("Status note.", "Статус."),
            "ceiling_talk": t("Ceiling talk.", "Разговоры о потолке."),
            "watch": [t("Watch this.", "Следить.")],
            "sources": ["kaplan-2020-scaling"],
        }
        for n, axis_id in enumerate(AXIS_IDS, start=1)
    ]
    return {
        "sources": [
            {"id": "kaplan-2020-scaling", "title": "Scaling Laws for Neural Language Models", "authors": "Kaplan et al.",
             "date": "2020-01-23", "url": "https://arxiv.org/abs/2001.08361", "arxiv": "2001.08361", "kind": "paper"},
            {"id": "dao-2022-flashattention", "title": "FlashAttention", "authors": "Dao et al.",
             "date": "2022-05-27", "url": "https://arxiv.org/abs/2205.14135", "arxiv": "2205.14135", "kind": "paper"},
        ],
        "axes": axes,
        "milestones": [
            {"id": "kaplan-laws", "date": "2020-01", "axis": "pretraining", "title": t("Scaling laws", "Законы масштабирования"),
             "summary": t("Loss falls as a power law.", "Потери падают по степенному закону."), "sources": ["kaplan-2020-scaling"]},
            {"id": "flashattention", "date": "2022-05", "axis": "algorithms", "title": t("FlashAttention", "FlashAttention"),
             "summary": t("Exact attention, faster.", "Точное внимание, быстрее."), "sources": ["dao-2022-flashattention"]},
        ],
        "figures": [
            {"id": "flash-speedup", "axis": "algorithms", "label": t("Attention kernel speed-up", "Ускорение ядра внимания"),
             "value": t("2-4x", "в 2–4 раза"), "sources": ["dao-2022-flashattention"], "as_of": "2022-05"},
            {"id": "cost-per-task", "axis": "inference-compute", "page": "limits", "label": t("Cost per task", "Стоимость задачи"),
             "value": t("$20", "$20"), "sources": ["kaplan-2020-scaling"], "as_of": "2020-01", "history": True},
        ],
        "modalities": [
            {"id": "text", "name": t("Text", "Текст"), "stock": t("Much", "Много"), "tapped": t("Most", "Большая часть"),
             "status": "mostly-used", "sourced": True, "sources": ["kaplan-2020-scaling"]},
            {"id": "sensors", "name": t("Sensors", "Датчики"), "stock": t("Vast", "Огромно"), "tapped": t("Little", "Мало"),
             "status": "untapped", "sourced": False, "reasoning": t("An estimate.", "Оценка.")},
        ],
        "fallacies": [
            {"id": "no-axis-named", "claim": t("LLMs hit the ceiling.", "LLM упёрлись в потолок."),
             "ignores": ["inference-compute", "algorithms"], "why": t("It names no axis.", "Не названа ось."),
             "ask": t("On which axis?", "По какой оси?"), "answer": t("One axis is not AI.", "Одна ось — не весь ИИ."),
             "evidence": ["flashattention"],
             "steelman": t("Pre-training on public text is slowing.", "Предобучение на публичных текстах замедляется."),
             "steelman_evidence": ["flash-speedup", "a-ceiling"],
             "reply_short": t("Which axis?", "По какой оси?"),
             "rests_on": ["flash-speedup"],
             "reply_long": t("Name the axis, and what would show you wrong: attention alone got 2-4x faster.",
                             "Назовите ось и то, что покажет, что вы неправы: одно внимание ускорили в 2–4 раза."),
             "wrong_if": t("If every axis stopped at once.", "Если бы остановились все оси сразу.")},
        ],
        "headlines": [
            {"id": "flash-headline", "date": "2022-05-27", "headline": t("Attention made fast", "Внимание ускорили"),
             "axis": "algorithms", "why": t("Same compute, more done.", "Тот же компьютинг."), "sources": ["dao-2022-flashattention"]},
        ],
        "ceilings": [
            {"id": "a-ceiling", "date": "2022-03-10", "who": t("Someone", "Некто"), "claim": t("It stops here.", "Здесь всё."),
             "axis": "pretraining", "next": t("It did not.", "Не остановилось."), "verdict": "broken",
             "sources": ["kaplan-2020-scaling"], "fallacies": ["no-axis-named"]},
        ],
        "promises": [
            {"id": "a-promise", "date": "2024-04-08", "who": t("Somebody", "Кто-то"), "claim": t("Next year, everything.", "В следующем году — всё."),
             "axis": "pretraining", "next": t("Not yet.", "Пока нет."), "verdict": "open", "due": "2030",
             "sources": ["kaplan-2020-scaling"]},
        ],
        "biases": [
            {"id": "anchoring", "name": t("Anchoring", "Якорение"), "description": t("Sticking.", "Залипание."),
             "example": t("Today looks fundamental.", "Сегодняшнее кажется вечным."), "sources": ["kaplan-2020-scaling"]},
            {"id": "information-lag", "name": t("Information lag", "Информационный лаг"), "description": t("Late.", "Поздно."),
             "example": t("Old news.", "Старые новости."), "opinion": True},
        ],
        "trends": [
            {"id": "gpt-3-compute", "series": "training-compute", "date": "2020-05",
             "name": t("GPT-3", "GPT-3"), "value": 3.14e23, "sources": ["kaplan-2020-scaling"]},
        ],
        "changes": [
            {"id": "flash-speedup-corrected", "date": "2022-06-01", "what": t("2-3x became 2-4x.", "2–3 раза стало 2–4 раза."),
             "why": t("The paper says 2-4x.", "В статье 2–4 раза."), "entries": ["flash-speedup"], "correction": True},
        ],
    }


def write_data(data_dir: Path, collections: dict[str, list[dict]]) -> Path:
    """Write collections as data/<name>.yml next to a copy of the real schemas."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "data" / "schemas", data_dir / "schemas", dirs_exist_ok=True)
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.representer.ignore_aliases = lambda value: True  # write shared values out: the loader refuses aliases
    for name, entries in collections.items():
        with open(data_dir / f"{name}.yml", "w", encoding="utf-8") as f:
            yaml.dump(entries, f)
    return data_dir


@pytest.fixture
def collections() -> dict[str, list[dict]]:
    return minimal_data()


@pytest.fixture
def data_dir(tmp_path: Path, collections) -> Path:
    return write_data(tmp_path / "data", collections)


def copy_project(target: Path) -> Path:
    """The site's sources (not .git, not built output) in a scratch folder, to change and rebuild."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "data", "macros", "overrides"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session; tests only read it."""
    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site
