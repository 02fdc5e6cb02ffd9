"""MkDocs hooks: link previews, the 404 page, 'Cite this' for each page, the downloads and feeds.

Thin on purpose: every decision is a pure function in those modules. The build runs once
per language (mkdocs-static-i18n), so every event here runs once per edition.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import FileSystemBytecodeCache
from mkdocs.plugins import event_priority
from mkdocs.utils import normalize_url

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # MkDocs imports a hook by path, with only macros/ on sys.path
    sys.path.insert(0, str(ROOT))

from macros import paging  # noqa: E402
from macros.render import axes_overview, citation  # noqa: E402
from macros.site import downloads, feeds, interface, pages, previews, search, validity  # noqa: E402
from macros.data import COLLECTIONS, load_cached  # noqa: E402
from macros.links import edition  # noqa: E402
from macros.text import DEFAULT_LANG  # noqa: E402


def _data(config):
    data = load_cached(Path(config.config_file_path).parent / "data")
    paging.places(data)  # where each entry is shown: citation links point there
    return data


#: Each edition's site name, as its build starts: after the Russian build (which
#: mkdocs-static-i18n runs inside the English one's on_post_build), the shared config
#: says 'ru' whichever build's on_post_build is running.
_EDITIONS: dict[str, str] = {}
#: The editions whose builds have started and not finished, outermost first: mkdocs-static-i18n
#: runs the Russian build inside the English one's on_post_build, so the build that empties
#: this list is the last, and the only one that needs to write the files of both editions.
_BUILDING: list[str] = []


def not_found_template(lang: str) -> str:
    """The 404 page each edition's build writes: '404.html' at the root (the one every host serves,
    bilingual), 'ru/404.html' for the Russian edition (served under /ru/ by hosts that look for the
    nearest 404.html). Every build shares one site_dir, so the name carries the edition's folder."""
    return "404.html" if lang == DEFAULT_LANG else f"{lang}/404.html"


def on_pre_build(config):
    """Each edition's build writes its own 404 page and not the other edition's (it would overwrite it)."""
    lang = config.theme["language"]
    _EDITIONS[lang] = config.site_name
    _BUILDING.append(lang)
    for template in list(config.theme.static_templates):
        if template.endswith("404.html"):
            config.theme.static_templates.discard(template)
    config.theme.static_templates.add(not_found_template(lang))


def on_build_error(error):
    """A failed build (under mkdocs serve) leaves no edition half-started for the next one."""
    _BUILDING.clear()


@event_priority(-150)
def on_files(files, config):
    """The pages a growing list continues on (macros/site/pages.py), for this edition: after
    mkdocs-static-i18n (priority -100) has chosen the edition's files, outside the navigation."""
    from mkdocs.structure.files import File, InclusionLevel

    lang = config.theme["language"]
    site = citation.Site.from_config(config, lang)
    for url, markdown in pages.generated(_data(config), lang, site).items():
        file = File.generated(config, pages.src_uri(url, lang), content=markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        files.append(file)
    return files


def on_env(env, config, files):
    """The theme's templates compiled once, not once per edition and build: Jinja's bytecode cache,
    outside the site (gitignored), keyed by each template's name and source, so an edited template
    is compiled afresh."""
    cache = ROOT / ".cache" / "jinja"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return env  # a read-only checkout builds without the cache
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


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
    """The 404 page lists the six axes, linked from its edition's root (it is served at any path)."""
    lang = config.theme["language"]
    if template_name == not_found_template(lang):
        if lang != DEFAULT_LANG:
            # MkDocs gives only a root '404.html' absolute links; 'ru/404.html' is served at
            # any missing /ru/... path too, so its links start at the site root as well.
            base = urlsplit(config.site_url or "/").path
            context["base_url"] = base
            context["extra_css"] = [normalize_url(path, None, base) for path in config.extra_css]
            context["extra_javascript"] = [normalize_url(str(script), None, base) for script in config.extra_javascript]
        root = context["base_url"] + ("" if lang == DEFAULT_LANG else f"{lang}/")
        context["axes_list"] = axes_overview.render(_data(config), lang=lang, root=root)
    return context


def on_post_template(output, template_name, config):
    """The 404 page's theme strings (logo alt) in its edition's language, and valid markup."""
    if template_name.endswith("404.html"):
        return validity.fix_theme_markup(interface.localize(output, config.theme["language"]))
    return output


def on_post_page(output, page, config):
    lang, path = edition(page.url)
    output = validity.fix_theme_markup(interface.localize(search.name_dialog(output, lang), lang))
    moved = paging.moved(_data(config))
    output = pages.relink(output, page.url, moved)
    if path in moved:
        # Entries of this page's list that are shown elsewhere: an old URL#anchor still reaches them.
        root = "../" * (page.url.count("/"))
        tag = f'<script src="{root}{paging.SCRIPT}" data-map="{paging.MAP_NAME}" defer></script>'
        output = output.replace("</body>", tag + "</body>", 1)
    return output


@event_priority(-200)
def on_post_build(config):
    """After mkdocs-static-i18n (priority -100) has written the index and sitemap of both editions.

    Only the outermost build writes: the feeds, downloads, split index and sitemap would be
    the same bytes or overwritten anyway, so the inner (Russian) build skips the work.
    """
    if _BUILDING:
        _BUILDING.pop()
    if _BUILDING:
        return
    site = Path(config.site_dir)
    # The feeds and downloads: the same bytes whichever build writes them; the outermost
    # build knows both editions.
    data = _data(config)
    schemas_dir = Path(config.config_file_path).parent / "data" / "schemas"
    schemas = {name: json.loads((schemas_dir / f"{name}.schema.json").read_text(encoding="utf-8")) for name in COLLECTIONS}
    written = downloads.files(data, schemas, config.site_url)
    for lang, site_name in _EDITIONS.items():
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        written[f"{prefix}{feeds.PATH}"] = feeds.atom(data, lang, config.site_url, site_name)
        written.update(pages.maps(data, lang))
    for path, content in written.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(content)
    index = site / search.index_path(DEFAULT_LANG, DEFAULT_LANG)
    if index.exists():
        for path, content in search.split_index(index.read_bytes(), _EDITIONS, DEFAULT_LANG).items():
            lang = next((lang for lang in _EDITIONS if search.index_path(lang, DEFAULT_LANG) == path), DEFAULT_LANG)
            content = search.with_entries(content, search.entries(data, lang), pages.titles(data, lang))
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_bytes(content)
    sitemap = site / "sitemap.xml"
    if sitemap.exists():
        text = previews.sitemap_with_x_default(sitemap.read_text(encoding="utf-8"))
        lastmod = next(iter(re.findall(r"<lastmod>([^<]+)</lastmod>", text)), "")
        generated = [url for url, *_ in pages.plan(data, DEFAULT_LANG)]
        sitemap.write_text(pages.sitemap_with_pages(text, generated, config.site_url, list(_EDITIONS), lastmod), encoding="utf-8")
