"""The command line: ``verify``, ``lookalikes`` and ``registry`` (the published page)."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from randaberg_some.cli import run

INVENTORY = (
    "plattform;brukernavn;navn;tidligere_brukernavn\n"
    "facebook;@randabergkommune;Randaberg kommune;randabergkommunen\n"
    "instagram;@randabergkommune_biblio;Randabergkommune Biblioteket;\n"
    "youtube;@randabergkommune;Randaberg kommune;\n"
    ";@x;Navn;\n"
)


def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def inventory(tmp_path: Path) -> str:
    path = tmp_path / "kontoer.csv"
    path.write_text(INVENTORY, encoding="utf-8")
    return str(path)


def test_verify_official_exits_0(inventory: str) -> None:
    status, out, err = call(
        "verify", "https://facebook.com/randabergkommune", "--inventory", inventory
    )
    assert status == 0
    assert out.splitlines()[0] == "Vurdering: offisiell"
    assert "rad(er) i kontolisten" in err  # the broken row is counted, not hidden


def test_verify_several_and_json(inventory: str) -> None:
    status, out, _ = call(
        "verify",
        "https://facebook.com/randabergkommune",
        "https://facebook.com/randabergkommunen",
        "--inventory",
        inventory,
        "--json",
    )
    assert status == 1
    document = json.loads(out)
    assert [item["verdict"] for item in document] == ["official", "former_official"]
    assert set(document[1]["message"]) == {"nb", "nn", "en"}


def test_verify_a_bare_handle_on_one_platform(inventory: str) -> None:
    status, out, _ = call(
        "verify", "@randabergkommune", "--platform", "youtube", "--inventory", inventory,
        "--lang", "en",
    )  # fmt: skip
    assert status == 0
    assert out.splitlines()[0] == "Verdict: official"


def test_verify_needs_an_inventory() -> None:
    status, _, err = call("verify", "@randabergkommune")
    assert status == 2
    assert "--inventory" in err


def test_lookalikes_ranks_and_exits_1(inventory: str, tmp_path: Path) -> None:
    candidates = (
        "# eksport\nhttps://facebook.com/randabergkommune\nhttps://facebook.com/randabergkommunen\n"
    )
    status, out, _ = call(
        "lookalikes", "-", "--inventory", inventory, "--lang", "en", stdin=candidates
    )
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("formerly official  https://facebook.com/randabergkommunen")
    assert lines[-1] == "1 of 2 should be looked at by a person."
    target = tmp_path / "review.json"
    status, out, _ = call(
        "lookalikes", "-", "--inventory", inventory, "--out", str(target), stdin=candidates
    )
    assert json.loads(target.read_text(encoding="utf-8"))["counts"]["official"] == 1


class _Outline(HTMLParser):
    """The structure of a fragment: headings, lists, links and their text, languages."""

    def __init__(self) -> None:
        super().__init__()
        self.langs: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self.links: list[tuple[str, str]] = []
        self.items = 0
        self.lists = 0
        self._open: str | None = None
        self._href = ""
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        lang = found.get("lang")
        if lang:
            self.langs.append(lang)
        if tag in ("h1", "h2", "h3", "a"):
            self._open, self._text = tag, ""
            self._href = found.get("href") or ""
        self.lists += tag == "ul"
        self.items += tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if tag != self._open:
            return
        if tag == "a":
            self.links.append((self._href, self._text))
        else:
            self.headings.append((tag, self._text))
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text += data


def test_registry_writes_an_accessible_fragment(inventory: str, tmp_path: Path) -> None:
    target = tmp_path / "kontoer.html"
    status, out, _ = call("registry", inventory, "--out", str(target), "--fragment", "--lang", "nn")
    assert status == 0
    assert out.startswith(f"Skreiv {target}: 3 kontoar.")
    outline = _Outline()
    outline.feed(target.read_text(encoding="utf-8"))
    assert outline.langs == ["nn"]
    assert outline.headings == [
        ("h2", "Offisielle kontoar for Randaberg kommune"),
        ("h3", "Facebook"),
        ("h3", "Instagram"),
        ("h3", "YouTube"),
    ]
    assert (outline.lists, outline.items) == (3, 3)
    assert outline.links == [
        (
            "https://www.facebook.com/randabergkommune",
            "Facebook: @randabergkommune (Randaberg kommune)",
        ),
        (
            "https://www.instagram.com/randabergkommune_biblio/",
            "Instagram: @randabergkommune_biblio (Randabergkommune Biblioteket)",
        ),
        (
            "https://www.youtube.com/@randabergkommune",
            "YouTube: @randabergkommune (Randaberg kommune)",
        ),
    ]


def test_registry_writes_a_whole_page_and_json(inventory: str, tmp_path: Path) -> None:
    page = tmp_path / "side.html"
    assert call("registry", inventory, "--out", str(page), "--lang", "en")[0] == 0
    outline = _Outline()
    outline.feed(page.read_text(encoding="utf-8"))
    assert outline.langs == ["en", "en"]
    assert [tag for tag, _ in outline.headings] == ["h1", "h2", "h3", "h3", "h3"]
    data = tmp_path / "kontoer.json"
    assert call("registry", inventory, "--out", str(data))[0] == 0
    document = json.loads(data.read_text(encoding="utf-8"))
    assert [a["platform"] for a in document["accounts"]] == ["facebook", "instagram", "youtube"]


def test_registry_prints_the_accounts_without_out(inventory: str) -> None:
    status, out, _ = call("registry", inventory)
    assert status == 0
    assert out.splitlines()[0] == (
        "Facebook  @randabergkommune  Randaberg kommune  https://www.facebook.com/randabergkommune"
    )


def test_registry_refuses_another_suffix(inventory: str) -> None:
    status, _, err = call("registry", inventory, "--out", "kontoer.xlsx")
    assert status == 2
    assert ".html" in err
