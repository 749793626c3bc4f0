"""Fixes from the review of the eleventh session's importer changes, each with made-up
texts. Every name, place and fact here is invented."""

from __future__ import annotations

from ualetters.importer.blocks import _who_parts
from ualetters.importer.markers import EN

# -- a name printed in capitals run into its organisation -----------------------------------


def test_a_surname_first_name_in_capitals_is_not_cut() -> None:
    parts = _who_parts(str.split("Ambassador TRAN VAN Binh Embassy of Freedonia"), EN)
    assert ("name", "TRAN VAN Binh") in parts, parts
    assert ("organisation", "Embassy of Freedonia") in parts, parts


def test_a_name_in_capitals_before_a_country_office_is_cut_and_marked() -> None:
    parts = _who_parts(str.split("MR CALEB SAMPLE Kenya High Commission"), EN)
    assert ("name", "CALEB SAMPLE") in parts, parts
    assert ("organisation", "Kenya High Commission") in parts, parts
    assert ("todo", "name") in parts, parts
