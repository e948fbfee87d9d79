"""The garbage-collector pause around linking is undone, whatever happens in the block."""

from __future__ import annotations

import gc

import pytest

from generator.incremental.collector import collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_in_the_block_and_restored_after(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(ValueError), collector_paused():
            assert not gc.isenabled() and gc.get_freeze_count() > 0
            raise ValueError("the block fails")
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
