"""Decode the bytes of a plain-text file, naming the encoding used; never guess silently.

Unicode is recognised by its byte order mark or, for UTF-16 without one, by its
pattern of NUL bytes; otherwise the bytes must be valid UTF-8. Bytes that are
not are tried as the 8-bit encodings of Vietnamese, Windows-1258 and the
TCVN3/VNI font encodings, and one is taken only when it reads as Vietnamese
syllables. Anything else is an IngestError.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from pipeline import legacy_fonts
from pipeline.errors import IngestError
from pipeline.vietnamese import is_syllable

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))
UTF16_SAMPLE = 4000
UTF16_NUL_SHARE = 0.3       # NUL share of the high bytes of mostly-ASCII UTF-16
MIN_SYLLABLE_SHARE = 0.6    # words of an 8-bit decoding that must be Vietnamese syllables
SYLLABLE_SAMPLE = 50_000    # characters examined

_LETTERS = re.compile(r"[^\W\d_]+")


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; raises IngestError when unsure."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], name), f"{name.removesuffix('-sig')} (BOM)"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16), utf16
    if b"\x00" in data:
        raise IngestError("binary", "binary data, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _decode_8bit(data, e.start)
    converted = legacy_fonts.convert(text)
    if converted is not None:
        return converted.text, f"utf-8+{converted.encoding}"
    return text, "utf-8"


def syllable_share(text: str) -> float:
    """Share of the words of (a sample of) ``text`` that are Vietnamese syllables."""
    words = _LETTERS.findall(text[:SYLLABLE_SAMPLE])
    return sum(map(is_syllable, words)) / len(words) if words else 0.0


def _decode_8bit(data: bytes, invalid_utf8_at: int) -> tuple[str, str]:
    """Windows-1258 or a legacy font encoding, whichever reads as Vietnamese."""
    legacy = legacy_fonts.decode_bytes(data)
    if legacy is not None:
        return legacy.text, legacy.encoding
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        text = None
    if text is not None and syllable_share(text) >= MIN_SYLLABLE_SHARE:
        return text, "windows-1258"
    raise IngestError("undecodable", f"invalid UTF-8 at byte {invalid_utf8_at}, and the bytes do not read "
                      "as Vietnamese in Windows-1258, TCVN3 or VNI either")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 (NULs in every other byte), else None."""
    sample = data[:UTF16_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > UTF16_NUL_SHARE and even < odd / 10:
        return "utf-16-le"
    if even > UTF16_NUL_SHARE and odd < even / 10:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise IngestError("undecodable", f"invalid {encoding} at byte {e.start}") from None

