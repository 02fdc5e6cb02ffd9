"""Text in the reader's language, always escaped.

Data text fields are maps from language to plain text. Everything a renderer prints from
data goes through `text()` or `esc()`, so a contributor's `<script>` shows as text; a
missing translation falls back to English with a visible marker instead of a blank.
"""

from __future__ import annotations

import re
from typing import Mapping

from markupsafe import Markup, escape

LANGS = ("en", "ru")
DEFAULT_LANG = "en"

#: Interface words (not facts): a renderer's labels in each language.
LABELS: dict[str, dict[str, str]] = {
    "as_of": {"en": "as of", "ru": "по состоянию на"},
    "stale": {"en": "may be out of date", "ru": "возможно, устарело"},
    "stale_why": {"en": "Its newest evidence is more than 12 months old", "ru": "Самым свежим данным здесь больше 12 месяцев"},
    "newest_evidence": {"en": "newest evidence", "ru": "самые свежие данные"},
    "axis": {"en": "Axis", "ru": "Ось"},
    "sources": {"en": "Sources", "ru": "Источники"},
    "source": {"en": "Source", "ru": "Источник"},
    "date": {"en": "Date", "ru": "Дата"},
    "figure": {"en": "Figure", "ru": "Показатель"},
    "value": {"en": "Value", "ru": "Значение"},
    "milestone": {"en": "Milestone", "ru": "Веха"},
    "modality": {"en": "Modality", "ru": "Модальность"},
    "stock": {"en": "How much exists", "ru": "Сколько есть"},
    "tapped": {"en": "How much is used", "ru": "Сколько использовано"},
    "status": {"en": "Status", "ru": "Статус"},
    "estimate": {"en": "Estimate, unsourced", "ru": "Оценка без источника"},
    "estimate_why": {"en": "How we estimated it", "ru": "Как мы оценили"},
    "ignores": {"en": "Ignores", "ru": "Упускает"},
    "why_fails": {"en": "Why it fails", "ru": "Почему не работает"},
    "ask": {"en": "Ask instead", "ru": "Лучше спросить"},
    "evidence": {"en": "Evidence", "ru": "Факты"},
    "headline": {"en": "Headline", "ru": "Заголовок"},
    "why": {"en": "Why", "ru": "Почему"},
    "precise": {"en": "Precisely", "ru": "Точнее"},
    "who": {"en": "Who", "ru": "Кто"},
    "claim": {"en": "Claim", "ru": "Утверждение"},
    "next": {"en": "What happened next", "ru": "Что было дальше"},
    "verdict": {"en": "Verdict", "ru": "Итог"},
    "opinion": {"en": "Opinion: no source; the authors' estimate", "ru": "Мнение: источника нет, это оценка авторов"},
    "example": {"en": "In AI forecasts", "ru": "В прогнозах об ИИ"},
    "cited_in": {"en": "Cited in", "ru": "Где цитируется"},
    "not_cited": {"en": "Not cited yet", "ru": "Пока не цитируется"},
    "untranslated": {"en": "not yet translated", "ru": "ещё не переведено"},
    "watch": {"en": "What to watch next", "ru": "За чем следить"},
    "scales": {"en": "What it scales", "ru": "Что масштабируется"},
    "ceiling_talk": {"en": "The ceiling talk", "ru": "Разговоры о потолке"},
    "definition": {"en": "What it is", "ru": "Что это"},
    "latest": {"en": "Latest milestone", "ru": "Последняя веха"},
    "copy_link": {"en": "Link to this", "ru": "Ссылка сюда"},
    "copy": {"en": "Copy", "ru": "Копировать"},
    "copied": {"en": "Copied", "ru": "Скопировано"},
    # The reply kit on each red-flag page (macros/render/fallacies.py).
    "kit.steelman": {"en": "The strongest case for it", "ru": "Самый сильный довод в его пользу"},
    "kit.steelman_evidence": {"en": "The figures behind it, with dates and sources", "ru": "На чём он основан: цифры, даты, источники"},
    "kit.reply": {"en": "How to reply", "ru": "Что ответить"},
    "kit.short": {"en": "Reply in one post (with the link, at most 280 characters)", "ru": "Ответ в один пост (вместе со ссылкой не больше 280 знаков)"},
    "kit.long": {"en": "Reply in a paragraph", "ru": "Ответ в один абзац"},
    "kit.copy_short": {"en": "Copy the short reply", "ru": "Копировать короткий ответ"},
    "kit.copy_long": {"en": "Copy the paragraph", "ru": "Копировать абзац"},
    "kit.details": {"en": "Why it fails", "ru": "Почему это не работает"},
    "kit.wild": {"en": "Seen in the wild", "ru": "Где это звучит"},
    "kit.wrong_if": {"en": "What would show this page wrong", "ru": "Что опровергло бы эту страницу"},
    "all_axes": {"en": "All axes", "ru": "Все оси"},
    "search": {"en": "Search the site", "ru": "Поиск по сайту"},
    # The which-axis quiz (macros/render/quiz.py, docs/javascripts/quiz.js).
    "quiz.no_axis": {"en": "No axis named", "ru": "Ось не названа"},
    "quiz.question": {"en": "Question {n} of {total}.", "ru": "Вопрос {n} из {total}."},
    "quiz.check": {"en": "Check", "ru": "Проверить"},
    "quiz.show": {"en": "Show the answer", "ru": "Показать ответ"},
    "quiz.more": {"en": "The headline, in full", "ru": "Заголовок целиком"},
    "quiz.correct": {"en": "Right.", "ru": "Верно."},
    "quiz.wrong": {"en": "Not quite.", "ru": "Не совсем."},
    "quiz.choose": {"en": "Choose an answer first, then press Check.", "ru": "Сначала выберите ответ, потом нажмите «Проверить»."},
    "quiz.score": {"en": "{right} right out of {answered} answered; {total} questions in all.", "ru": "Верно {right} из {answered}; всего вопросов: {total}."},
    "quiz.done": {"en": "Done: {right} right out of {total}.", "ru": "Готово: верно {right} из {total}."},
    # The record of changes (macros/render/changes.py) and the feeds (macros/site/feeds.py).
    "updated": {"en": "updated", "ru": "обновлено"},
    "corrected": {"en": "corrected", "ru": "исправлено"},
    "change.correction": {"en": "Correction", "ru": "Исправление"},
    "change.update": {"en": "Update", "ru": "Обновление"},
    "affected": {"en": "Entries affected", "ru": "Что затронуто"},
    "removed": {"en": "removed", "ru": "удалено"},
    "removed_entry": {"en": "an entry since removed", "ru": "запись, которой больше нет"},
    "renamed_from": {"en": "formerly", "ru": "прежде"},
    "feed.title": {"en": "new milestones and changes", "ru": "новые вехи и изменения"},
    "feed.milestone": {"en": "New milestone", "ru": "Новая веха"},
    # Citations (macros/render/citation.py).
    "confirmed_through": {"en": "Confirmed through", "ru": "Подтверждения"},
    "cite_this": {"en": "Cite this", "ru": "Как цитировать"},
    "cite.copy_text": {"en": "Copy the citation", "ru": "Копировать библиографическую ссылку"},
    "cite.copy_bibtex": {"en": "Copy BibTeX", "ru": "Копировать BibTeX"},
    "cite.authors": {"en": "The Six Axes contributors", "ru": "Авторы проекта «Шесть осей»"},
    "cite.accessed": {"en": "accessed", "ru": "дата обращения"},
    # Downloads (macros/site/downloads.py).
    "data.collection": {"en": "Collection", "ru": "Коллекция"},
    "data.rows": {"en": "Entries", "ru": "Записей"},
    "data.as_of": {"en": "As of", "ru": "По состоянию на"},
    "data.files": {"en": "Download", "ru": "Скачать"},
    "data.schema": {"en": "schema", "ru": "схема"},
    "data.licence": {"en": "Licence", "ru": "Лицензия"},
    # Each collection's name on the Data page, beside its file name.
    "collection.sources": {"en": "Sources", "ru": "Источники"},
    "collection.axes": {"en": "Axes", "ru": "Оси"},
    "collection.milestones": {"en": "Milestones", "ru": "Вехи"},
    "collection.figures": {"en": "Key figures", "ru": "Ключевые показатели"},
    "collection.modalities": {"en": "Data beyond text", "ru": "Данные за пределами текста"},
    "collection.fallacies": {"en": "Red flags", "ru": "Красные флаги"},
    "collection.headlines": {"en": "Headlines", "ru": "Заголовки новостей"},
    "collection.ceilings": {"en": "Broken ceilings", "ru": "Пробитые потолки"},
    "collection.promises": {"en": "Broken promises", "ru": "Несбывшиеся обещания"},
    "collection.biases": {"en": "Biases in forecasts", "ru": "Искажения в прогнозах"},
    "collection.trends": {"en": "Trend data", "ru": "Данные трендов"},
    "collection.changes": {"en": "Record of changes", "ru": "Журнал изменений"},
    # The theme's own strings, rewritten per edition by macros/site/interface.py.
    "permalink": {"en": "Link to this section", "ru": "Ссылка на этот раздел"},
    "logo": {"en": "Six Axes logo", "ru": "Логотип «Шести осей»"},
    "generator": {"en": "Made with", "ru": "Сделано на"},
    # Charts (macros/render/charts/).
    "chart.axes": {"en": "The six axes at a glance: status and latest milestone", "ru": "Шесть осей с первого взгляда: статус и последняя веха"},
    "chart.timeline": {"en": "Milestones over time, one lane per axis", "ru": "Вехи во времени, по дорожке на каждую ось"},
    "chart.lane": {"en": "Milestones over time", "ru": "Вехи во времени"},
    "chart.timeline_desc": {"en": "Each dot is one milestone, placed at its date", "ru": "Каждая точка\u00a0— одна веха, поставленная на свою дату"},
    "chart.per_axis": {"en": "Milestones per axis", "ru": "Число вех по осям"},
    "chart.modalities": {"en": "How much data of each kind exists and how much is used", "ru": "Сколько данных каждого вида есть и сколько использовано"},
    "chart.used": {"en": "used", "ru": "использовано"},
    "chart.exists": {"en": "exists", "ru": "есть"},
    "chart.estimate": {"en": "estimate", "ru": "оценка"},
    "chart.no_stock": {"en": "no fixed stock to measure", "ru": "нет фиксированного запаса"},
    "chart.tokens": {"en": "Tokens", "ru": "Токены"},
    "chart.log_scale": {"en": "log scale", "ru": "логарифмическая шкала"},
    "chart.model": {"en": "Model", "ru": "Модель"},
    "series.training-compute": {"en": "Training compute of notable models", "ru": "Объём вычислений на обучение известных моделей"},
    "unit.training-compute": {"en": "Training compute, FLOP", "ru": "Вычисления на обучение, FLOP"},
    # Enumerations from the schemas.
    "status.saturating": {"en": "saturating", "ru": "насыщается"},
    "status.moving": {"en": "moving", "ru": "движется"},
    "status.early": {"en": "early", "ru": "в начале пути"},
    "tap.mostly-used": {"en": "mostly used", "ru": "в основном использован"},
    "tap.in-use": {"en": "in active use", "ru": "активно используется"},
    "tap.partly": {"en": "partly used", "ru": "используется частично"},
    "tap.early": {"en": "early", "ru": "начальная стадия"},
    "tap.untapped": {"en": "barely touched", "ru": "почти не тронут"},
    "verdict.broken": {"en": "broken", "ru": "пробит"},
    "verdict.held": {"en": "held", "ru": "подтвердился"},
    "verdict.partly": {"en": "partly holds", "ru": "отчасти верен"},
    "verdict.open": {"en": "open", "ru": "вопрос открыт"},
    "promise_verdict.broken": {"en": "did not come true", "ru": "не сбылся"},
    "promise_verdict.held": {"en": "came true", "ru": "сбылся"},
    "promise_verdict.partly": {"en": "partly came true", "ru": "сбылся отчасти"},
    "promise_verdict.open": {"en": "open", "ru": "вопрос открыт"},
    "due": {"en": "Due", "ru": "Срок"},
    "due.soon": {"en": "due soon", "ru": "срок близко"},
    "due.past": {"en": "due date passed", "ru": "срок прошёл"},
    "due.waiting": {"en": "Still open, by due date", "ru": "Открытые прогнозы — по сроку"},
    "due.waiting.none": {"en": "No open forecast names a date still to come.", "ru": "Открытых прогнозов с датой в будущем нет."},
    "due.passed": {"en": "Already due, and how each was scored", "ru": "Срок наступил — чем кончилось"},
    "due.passed.none": {"en": "No forecast has fallen due yet.", "ru": "Срок пока не наступил ни у одного прогноза."},
    "bears_on": {"en": "Bears on", "ru": "Ось"},
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    # Genitive for "10 марта 2022 г.", nominative for "март 2022 г.".
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "ru_nominative": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                      "сентябрь", "октябрь", "ноябрь", "декабрь"],
}

NBSP = "\u00a0"


def label(key: str, lang: str) -> str:
    """An interface word in `lang` (English if the label has no translation)."""
    entry = LABELS[key]
    return entry.get(lang) or entry[DEFAULT_LANG]


def text(field: Mapping[str, str], lang: str, inline: bool = False) -> Markup:
    """The field in `lang`, escaped; English with a "not yet translated" marker if missing.

    `inline=True` for text that lands inside a Markdown paragraph (see `markdown_inert`).
    """
    clean = (lambda value: markdown_inert(escape(value))) if inline else escape
    if field.get(lang):
        return clean(field[lang])
    marker = clean(label("untranslated", lang))
    return Markup('<span lang="en">{}</span> <span class="sa-untranslated">({})</span>').format(clean(field[DEFAULT_LANG]), marker)


def plain(field: Mapping[str, str], lang: str) -> str:
    """The field in `lang` as unescaped plain text, for attributes, SVG and images that escape it themselves."""
    return field.get(lang) or field[DEFAULT_LANG]


def after_colon(value: str, lang: str) -> str:
    """Text that follows a colon: Russian starts it in lower case (an acronym keeps its capitals)."""
    if lang == "ru" and value[:1].isupper() and not value[1:2].isupper():
        return value[0].lower() + value[1:]
    return value


def axis_title(number: int, name: str, lang: str) -> str:
    """'Axis 3: Algorithms', 'Ось 3: алгоритмы'."""
    return f"{label('axis', lang)} {number}: {after_colon(name, lang)}"


def as_heading(value: str) -> str:
    """A sentence used as a heading, without its final full stop ('LLMs have hit the ceiling')."""
    value = value.rstrip()
    return value[:-1] if value.endswith(".") and not value.endswith("..") else value


def scrolls(table: Markup) -> Markup:
    """A table the site writes, in a box that scrolls sideways on its own when it is wider than the
    screen, so the page never does (Material wraps only the tables Markdown writes)."""
    return Markup('<div class="sa-scroll">{}</div>').format(table)


QUOTES = {"en": ("\u201c", "\u201d"), "ru": ("\u00ab", "\u00bb")}


def quoted(value: str, lang: str) -> str:
    """Someone else's words, in the language's quotation marks and without their final full stop,
    so that a title that names a claim never reads as the site making it."""
    opening, closing = QUOTES.get(lang, QUOTES[DEFAULT_LANG])
    return f"{opening}{as_heading(value)}{closing}"


def join_sentences(parts, separator: str = "; ") -> str:
    """Texts joined into one line without doubled stops: a part's own final full stop goes
    before a separator ("data.; next" would read as a typo), and '?.' or '!.' never happen."""
    parts = [p.strip() for p in parts if p and p.strip()]
    return separator.join(as_heading(p) if i < len(parts) - 1 else p for i, p in enumerate(parts))


def end_sentence(value: str) -> str:
    """The text as a sentence: a full stop added unless it already ends with one, '?', '!', '…' or a closing quote after one."""
    value = value.rstrip()
    if not value or value[-1] in ".?!…" or (value[-1] in "»”\")'" and value[-2:-1] in ".?!…"):
        return value
    return value + "."


def esc(value: object) -> Markup:
    """Escape a plain value (a title as published, an author, an id) for HTML."""
    return escape(str(value))


def date(value: str, lang: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as readers write it: "10 March 2022", "10 марта 2022 г."."""
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    suffix = f"{NBSP}г." if lang == "ru" else ""
    if len(parts) == 1:
        return f"{year}"
    month = parts[1] - 1
    if len(parts) == 2:
        name = MONTHS["ru_nominative"][month] if lang == "ru" else MONTHS["en"][month]
        return f"{name}{NBSP}{year}{suffix}"
    name = MONTHS["ru"][month] if lang == "ru" else MONTHS["en"][month]
    return f"{parts[2]}{NBSP}{name}{NBSP}{year}{suffix}"


def year(value: str) -> str:
    return value[:4]


# Markdown and attr_list syntax that must stay literal where output is read as Markdown.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+!|<>&~=:^\"'$-]")
# In escaped HTML, entities (&lt; &#39;) are kept whole; any other special character is encoded.
_ENTITY_OR_SPECIAL = re.compile(r"&#?[A-Za-z0-9]+;|[\\`*_{}\[\]()#+!|~=:^$-]")


def markdown_inline(value: str) -> str:
    """Plain text made inert inside a Markdown line: every special character becomes an entity.

    Used where the output must be Markdown (headings, so they join the table of contents).
    """
    return _MARKDOWN_SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", value)


def markdown_inert(markup: Markup) -> Markup:
    """Escaped text (no tags) that Markdown cannot turn into links or emphasis.

    Markdown leaves raw HTML blocks alone but reads the text between inline tags, so
    text that ends up inside a paragraph (a figure in prose, a citation) is encoded.
    """
    return Markup(_ENTITY_OR_SPECIAL.sub(lambda m: m.group(0) if len(m.group(0)) > 1 else f"&#{ord(m.group(0))};", markup))
