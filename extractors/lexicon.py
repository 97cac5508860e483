"""Vietnamese words of several syllables ("chuyển đổi", "ngẫu nhiên"), from underthesea's dictionary.

Extractors use it to keep a name or a unit from ending inside a word.
"""
from __future__ import annotations

import re
from functools import cache

from underthesea.corpus import viet_dict_74K

from pipeline.vietnamese import normalize_tones

_OLD_TONES = re.compile("o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]")  # "hoà", "thuỷ": the dictionary's tone placement


@cache
def compounds() -> frozenset[str]:
    """The dictionary's words of several syllables, lower case, in this text's tone style."""
    words = (w.casefold() for w in viet_dict_74K.words if " " in w)
    return frozenset(normalize_tones(w) if _OLD_TONES.search(w) else w for w in words)


def is_compound(first: str, second: str) -> bool:
    """Whether two syllables make one word: "ngẫu" "nhiên" do."""
    return f"{first} {second}".casefold() in compounds()
