"""The copy component: plain text on the page, a hidden button that names its target, escaped data."""

from __future__ import annotations

from macros.render.copy import block


def test_text_is_on_the_page_and_the_button_targets_it():
    html = str(block("Ask: on which axis?", "reply-short", "en", permalink="#reply"))
    assert '<p class="sa-copy-text" id="reply-short">Ask: on which axis?</p>' in html
    assert 'data-copy="reply-short"' in html and 'data-permalink="#reply"' in html
    # Hidden until the script runs: no dead button without JavaScript.
    assert "hidden>Copy</button>" in html
    assert '<span class="sa-copy-status" role="status"></span>' in html


def test_the_page_itself_is_an_empty_permalink_and_no_permalink_is_no_attribute():
    assert 'data-permalink=""' in str(block("x", "a", "en", permalink=""))
    assert "data-permalink" not in str(block("x", "a", "en"))


def test_labels_follow_the_language():
    html = str(block("Спросите: по какой оси?", "r", "ru"))
    assert 'data-copied="Скопировано"' in html and ">Копировать</button>" in html


def test_preformatted_text_keeps_its_lines():
    html = str(block("@misc{a,\n  title={x}\n}", "bib", "en", preformatted=True, button="Copy BibTeX"))
    assert html.startswith('<div class="sa-copy"><pre class="sa-copy-text" id="bib">@misc{a,\n  title={x}\n}</pre>')
    assert ">Copy BibTeX</button>" in html


def test_data_cannot_inject_markup_or_break_attributes():
    html = str(block('<script>alert(1)</script>', 'x" onclick="evil', "en", permalink='#a" onmouseover="evil'))
    assert "<script>" not in html
    assert 'onclick="evil' not in html and 'onmouseover="evil' not in html
