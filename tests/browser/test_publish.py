"""Publishing under a sub-path: a site built for https://example.org/news/ and served
under /news/ has a complete sitemap, canonical links, a styled 404 page, the feed in
every page's head, and working links and search; `briefing gh-deploy` pushes it."""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from generator.cli import main
from generator.config import Config
from generator.pipeline import build
from tests.browser import search_first_result, serve_handler
from tests.site.test_build_safety import small_project

URL = "https://example.org/news/"


class _UnderNews(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under /news/, and its 404.html for what is not there."""

    def log_message(self, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith("/news/"):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path(path.removeprefix("/news"))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Config:
    config = small_project(tmp_path_factory.mktemp("publish"))
    config = Config(
        articles_dir=config.articles_dir,
        docs_dir=config.docs_dir,
        site_dir=config.site_dir,
        mkdocs_config=config.mkdocs_config,
        site_url=URL,
    )
    build(config, nlp)
    return config


def test_sitemap_lists_every_page_and_pages_are_canonical(published: Config) -> None:
    site = published.site_dir
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert sorted(loc.removeprefix(URL) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)) == pages
    for page in pages:
        html = (site / page).read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{URL}{page}">' in html, page
        assert re.search(
            r'<link rel="alternate" type="application/atom\+xml"[^>]*href="[^"]*feed\.xml"', html
        )


def test_under_a_sub_path_the_404_page_is_styled_and_links_and_search_work(
    published: Config, browser: object
) -> None:
    handler = functools.partial(_UnderNews, directory=str(published.site_dir))
    with serve_handler(handler) as base:
        page = browser.new_page()  # type: ignore[attr-defined]
        failed: list[str] = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.goto(f"{base}/news/no/such/page.html")
        assert failed == [f"{base}/news/no/such/page.html"]  # only the page itself is missing
        header = page.locator("header.md-header")
        assert header.evaluate("e => getComputedStyle(e).position") == "sticky"  # the theme's CSS loaded
        page.click("a.md-tabs__link >> nth=1")  # a navigation tab, relative to /news/
        assert page.url.startswith(f"{base}/news/")
        assert failed == [f"{base}/news/no/such/page.html"]
        search_first_result(page, "the")
        href = page.eval_on_selector(".md-search-result__item a", "e => e.href")
        assert href.startswith(f"{base}/news/")
        page.close()


def test_gh_deploy_pushes_the_built_site_to_a_branch(
    tmp_path: Path, published: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    def git(*args: str, cwd: Path) -> str:
        return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout

    remote = tmp_path / "remote.git"
    git("init", "--bare", "-q", str(remote), cwd=tmp_path)
    project = published.mkdocs_config.parent
    git("init", "-q", cwd=project)
    git("remote", "add", "origin", str(remote), cwd=project)
    args = ["gh-deploy", "--quiet", "--articles", str(published.articles_dir), "--docs",
            str(published.docs_dir), "-d", str(published.site_dir), "-f", str(published.mkdocs_config),
            "--site-url", URL, "-m", "publish test"]  # fmt: skip
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "test")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "test@example.org")
    monkeypatch.chdir(project)  # gh-deploy publishes the repository it is run in
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    assert "index.html" in files and "sitemap.xml" in files and ".nojekyll" in files
    assert "publish test" in git("log", "-1", "--format=%s", "gh-pages", cwd=remote)
