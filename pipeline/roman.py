"""Roman numerals, as plans number their parts ("II. NỘI DUNG", a table's group "IV") and word processors
number their lists."""
from __future__ import annotations

DIGITS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_int(numeral: str) -> int:
    """The value of a numeral in capitals ("XIV" → 14); a smaller digit before a larger one is subtracted."""
    values = [VALUES[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def from_int(n: int) -> str:
    """The numeral of a positive number, in capitals (14 → "XIV")."""
    out = []
    for value, digits in DIGITS:
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)
