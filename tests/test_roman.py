"""Roman numerals: read and written back alike."""
from __future__ import annotations

import pytest

from pipeline import roman


@pytest.mark.parametrize("numeral, value", [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XL", 40), ("XC", 90),
                                            ("MCMXCIX", 1999)])
def test_numerals_and_their_values(numeral, value):
    assert roman.to_int(numeral) == value
    assert roman.from_int(value) == numeral


def test_every_number_written_reads_back():
    assert all(roman.to_int(roman.from_int(n)) == n for n in range(1, 400))
