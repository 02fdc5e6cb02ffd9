"""mkdocs-macros entry point: load the data once, register one macro per renderer.

No logic lives here. Each macro reads the page's language and depth from the Jinja
context, so pages call `{{ timeline(axis="algorithms") }}` in either edition.
"""

from __future__ import annotations

import inspect
import logging
import warnings
from pathlib import Path

from jinja2 import pass_context
from mkdocs.exceptions import PluginError

from macros.render import (
    axes_overview,
    axis_card,
    biases,
    ceilings,
    changes,
    charts,
    fallacies,
    figures,
    headlines,
    modalities,
    promises,
    quiz,
    sources,
    timeline,
)
from macros import paging
from macros.data import DataError, load_cached
from macros.links import page_position
from macros.render.citation import Site
from macros.site import downloads

log = logging.getLogger("mkdocs.plugins.six-axes")

# `python -m macros.freshness` runs as a command a module the renderers import too; runpy's
# warning that it is already imported is harmless there (the module has no state).
warnings.filterwarnings("ignore", message="'macros.freshness' found in sys.modules", category=RuntimeWarning)

RENDERERS = {
    "axes_overview": axes_overview.render,
    "axis_summary": axis_card.summary,
    "axis_ceiling_talk": axis_card.ceiling_talk,
    "axis_watch": axis_card.watch,
    "figures": figures.table,
    "fig": figures.inline,
    "timeline": timeline.render,
    "headlines": headlines.render,
    "ceilings": ceilings.render,
    "promises": promises.render,
    "promises_due": promises.due,
    "biases": biases.render,
    "sources": sources.render,
    "modalities": modalities.render,
    "checklist": fallacies.checklist,
    "quiz": quiz.render,
    "fallacy": fallacies.page,
    "chart_axes": charts.axes.render,
    "chart_timeline": charts.timeline.render,
    "chart_modalities": charts.modalities.render,
    "chart_trend": charts.trend.render,
    "changes": changes.render,
    "downloads": downloads.table,
}


def define_env(env):
    data_dir = Path(env.conf["config_file_path"]).parent / "data"
    try:
        data = load_cached(data_dir)
    except DataError as error:
        raise PluginError(str(error)) from None
    for warning in data.warnings:
        log.info(str(warning))
    paging.places(data)  # where each entry of a paged list is shown: citation links point there
    for name, render in RENDERERS.items():
        env.macro(_bind(render, data), name)


def _bind(render, data):
    # Renderers that offer 'Cite this' take the site (permalink base, name, build date).
    cites = "site" in inspect.signature(render).parameters

    @pass_context
    def macro(context, *args, **kwargs):
        lang, root = page_position(context["page"].url)
        lang = kwargs.pop("lang", lang)
        if cites:
            kwargs.setdefault("site", Site.from_config(context["config"], lang))
        return render(data, *args, lang=lang, root=root, **kwargs)

    macro.__doc__ = render.__doc__
    return macro
