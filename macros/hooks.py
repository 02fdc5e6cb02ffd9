"""MkDocs hooks: link previews, the 404 page, 'Cite this' for each page, the downloads and feeds.

Thin on purpose: every decision is a pure function in those modules. The build runs once
per language (mkdocs-static-i18n), so every event here runs once per edition.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # MkDocs imports a hook by path, with only macros/ on sys.path
    sys.path.insert(0, str(ROOT))

from macros import axes_overview, citation, downloads, feeds, previews, search  # noqa: E402
from macros.data import COLLECTIONS, load_cached  # noqa: E402
from macros.links import edition  # noqa: E402
from macros.text import DEFAULT_LANG  # noqa: E402


def _data(config):
    return load_cached(Path(config.config_file_path).parent / "data")


#: Each edition's site name, as its build starts: after the Russian build (which
#: mkdocs-static-i18n runs inside the English one's on_post_build), the shared config
#: says 'ru' whichever build's on_post_build is running.
_EDITIONS: dict[str, str] = {}


def on_pre_build(config):
    """The site has one 404.html, at its root: only the default edition's build writes it."""
    _EDITIONS[config.theme["language"]] = config.site_name
    if config.theme["language"] == DEFAULT_LANG:
        config.theme.static_templates.add("404.html")
    else:
        config.theme.static_templates.discard("404.html")


def on_page_context(context, page, config, nav):
    preview = previews.describe(
        _data(config),
        url=page.url,
        title=page.meta.get("title") or page.title or config.site_name,
        description=page.meta.get("description"),
        site_name=config.site_name,
        site_url=config.site_url,
        site_description=config.site_description,
    )
    # Material's <meta name="description"> reads the front matter: give data pages theirs.
    page.meta.setdefault("description", preview.description)
    path = Path(config.site_dir) / previews.card_path(page.url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(preview.card.png(preview.lang))
    context["preview_head"] = previews.head(preview, config.site_name) + feeds.head_link(config.site_url, preview.lang, config.site_name)
    context["cite_page"] = citation.page(preview.title, page.url, citation.Site.from_config(config))
    return context


def on_template_context(context, template_name, config):
    """The 404 page lists the six axes, linked from the site root (it is served at any path)."""
    if template_name == "404.html":
        context["axes_list"] = axes_overview.render(_data(config), lang=DEFAULT_LANG, root=context["base_url"])
    return context


def on_post_page(output, page, config):
    return search.name_dialog(output, edition(page.url)[0])


@event_priority(-200)
def on_post_build(config):
    """After mkdocs-static-i18n (priority -100) has written the index and sitemap of both editions."""
    site = Path(config.site_dir)
    # The feeds and downloads: the same bytes whichever build writes them, so each build
    # writes all it knows (the last one, the English, knows both editions).
    data = _data(config)
    schemas_dir = Path(config.config_file_path).parent / "data" / "schemas"
    schemas = {name: json.loads((schemas_dir / f"{name}.schema.json").read_text(encoding="utf-8")) for name in COLLECTIONS}
    written = downloads.files(data, schemas, config.site_url)
    for lang, site_name in _EDITIONS.items():
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        written[f"{prefix}{feeds.PATH}"] = feeds.atom(data, lang, config.site_url, site_name)
    for path, content in written.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(content)
    index = site / "search" / "search_index.json"
    if index.exists():
        index.write_bytes(search.compact_index(index.read_bytes()))
    sitemap = site / "sitemap.xml"
    if sitemap.exists():
        sitemap.write_text(previews.sitemap_with_x_default(sitemap.read_text(encoding="utf-8")), encoding="utf-8")
