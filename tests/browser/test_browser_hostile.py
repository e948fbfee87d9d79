"""The hostile fixture site in Chromium: no article text runs as script or
becomes an element, neither on the pages nor in Material's search results.

Every payload in tests/fixtures/hostile/ sets `window.__pwned` (or calls
alert) if it ever runs; the DOM is also searched for what it would add.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import chromium_required, search_first_result
from tests.site_build import BuiltSite

pytestmark = chromium_required()

# Elements and attributes that only article text could have added.
FIND_INJECTED = """(content) => {
  const found = [];
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (a.name.startsWith('on')) found.push(`${e.tagName} ${a.name}`);
      if (/^\\s*javascript:/i.test(a.value)) found.push(`${e.tagName} ${a.name}=${a.value}`);
      // Slugs in links and ids, and the theme's plain-text tooltips, may hold the words.
      if (/pwned/.test(a.value) && !['href', 'id', 'title'].includes(a.name)) {
        found.push(`${e.tagName} ${a.name}`);
      }
    }
    if (['SCRIPT', 'STYLE'].includes(e.tagName) && /pwned|display: none !important/.test(e.textContent)) {
      found.push(e.tagName);
    }
  }
  // Inside the content (or the search results) nothing may be embedded at all
  // (the theme's own "N more on this page" is a <details>).
  // The one exception: the templates' graph pictures, local .svg files named by slug.
  const embedded = 'img, iframe, object, embed, svg, form, input, script, style, '
    + 'details:not(.md-search-result__more)';
  const picture = /^(\\.\\.\\/)?(actors\\/)?[a-z0-9]+(-[a-z0-9]+)*\\.svg$/;
  for (const e of document.querySelectorAll(`${content} :is(${embedded})`)) {
    if (e.tagName === 'IMG' && picture.test(e.getAttribute('src') || '')) continue;
    found.push(`${e.tagName} in ${content}`);
  }
  return found;
}"""


class Watched:
    """A page with its JavaScript errors and dialogs recorded."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self, where: str, content: str = "article.md-content__inner") -> None:
        assert self.page.evaluate("typeof window.__pwned") == "undefined", where
        assert not self.dialogs, (where, self.dialogs)
        assert not self.errors, (where, self.errors)  # e.g. the theme's #__config clobbered
        assert not self.page.evaluate(FIND_INJECTED, content), where


def test_no_hostile_page_runs_article_text(hostile_site: BuiltSite, browser: Any) -> None:
    for html in sorted(hostile_site.site.rglob("*.html")):
        watched = Watched(browser)
        watched.page.goto(html.as_uri())
        watched.page.wait_for_load_state("load")
        watched.page.mouse.move(200, 300)  # hover handlers, if any had survived
        watched.assert_clean(str(html.relative_to(hostile_site.site)))
        watched.page.close()


@pytest.mark.parametrize("start", ["index.html", "articles/config.html"])
def test_search_results_of_hostile_text_stay_text(hostile_site: BuiltSite, browser: Any, start: str) -> None:
    watched = Watched(browser)
    watched.page.goto((hostile_site.site / start).as_uri())
    shown = {}
    for word in ["Zanzibarville", "clerk", "onerror"]:
        search_first_result(watched.page, word)
        shown[word] = watched.page.inner_text(".md-search-result__list")
        watched.assert_clean(f"search {word!r} from {start}", ".md-search-result__list")
    # The payloads are shown in the results as the text they are.
    assert "<img src=x onerror=" in shown["onerror"]
    assert "{{ config }}" in shown["clerk"] or "{{ config }}" in shown["Zanzibarville"]
    # Open a result: the theme highlights the search word on the page it opens.
    watched.page.click(".md-search-result__item a[href*='/articles/']")
    watched.page.wait_for_load_state("load")
    assert "/articles/" in watched.page.url
    watched.assert_clean(f"result opened from {start}: {watched.page.url}")
    watched.page.close()
