"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows) converted to Unicode.

Before Unicode, Vietnamese was typed in 8-bit fonts that draw Vietnamese letters
in the places of Latin-1 characters: the TCVN3 ("ABC") fonts of TCVN 5712:1993
(table VN3: ".VnTime", ".VnArial"…) and the VNI-Windows fonts ("VNI-Times"…),
which write a vowel as its base letter followed by a mark. Read without the
font, such text shows as "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI) for "Kế hoạch".

When the font is known (a .docx run) the conversion is certain. Otherwise it is
decided by statistics: the words that the conversion changes must mostly fail
to be Vietnamese syllables as they stand and mostly become syllables once
converted. Unicode Vietnamese loses syllables under conversion, and a few
Latin-1 characters in other text ("café", "§ 3") gain none, so neither fires.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.vietnamese import VIETNAMESE_LETTERS, is_syllable, with_tone

TCVN3 = "tcvn3"
VNI = "vni"

# TCVN 5712:1993, table VN3: the code of each vowel with its six tones (ngang,
# sắc, huyền, hỏi, ngã, nặng), written as the Latin-1 character of the byte.
# Capitals with tones have no code: capital fonts (".VnTimeH") draw the
# small-letter codes as capitals.
TCVN3_VOWELS = {
    "a": "a¸µ¶·¹", "ă": "¨¾»¼½Æ", "â": "©ÊÇÈÉË",
    "e": "eÐÌÎÏÑ", "ê": "ªÕÒÓÔÖ",
    "i": "iÝ×ØÜÞ",
    "o": "oãßáâä", "ô": "«èåæçé", "ơ": "¬íêëìî",
    "u": "uóïñòô", "ư": "\xadøõö÷ù",
    "y": "yýúûüþ",
}
TCVN3_OTHERS = {"®": "đ", "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư"}

# VNI-Windows: a base vowel followed by a mark character (capitals: the
# upper-case base and mark), and a few letters of one character.
VNI_TONES = {"ù": 1, "ø": 2, "û": 3, "õ": 4, "ï": 5}            # after a e o u y ô(ơ) ö(ư)
VNI_HATS = {"â": "aeo", "ê": "a"}                                 # circumflex, breve
VNI_HAT_TONES = {"â": {"á": 1, "à": 2, "å": 3, "ã": 4, "ä": 5},   # hat and tone in one mark
                 "ê": {"é": 1, "è": 2, "ú": 3, "ü": 4, "ë": 5}}
VNI_TONED_BASES = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ô": "ơ", "ö": "ư"}
VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_HATTED = {("a", "â"): "â", ("e", "â"): "ê", ("o", "â"): "ô", ("a", "ê"): "ă"}

# font names (without a PDF subset prefix "ABCDEF+" or a style suffix) and their encoding
FONT_FAMILIES = ((re.compile(r"^\.?Vn[A-Z]"), TCVN3), (re.compile(r"^VNI[- ]", re.IGNORECASE), VNI))
_CAPITAL_FONT = re.compile(r"H$")     # .VnTimeH, .VnArialH: capitals only
_FONT_STYLE = re.compile(r"[-,]\s*(?:Bold|Italic|Oblique|Regular)\w*$", re.IGNORECASE)

MIN_CHANGED_WORDS = 2      # words the conversion must change before it is considered
MIN_GAIN = 0.6             # (syllables after - syllables before) / changed words
SAMPLE_WORDS = 5000        # changed words examined to decide

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = ".,;:!?()[]{}<>\"'“”‘’/*…–-"
_LINES = re.compile(r"([^\n\f]*)([\n\f]?)")


def _tcvn3_table() -> dict[str, str]:
    table = dict(TCVN3_OTHERS)
    for base, codes in TCVN3_VOWELS.items():
        for tone, code in enumerate(codes):
            if code != base:
                table[code] = with_tone(base, tone)
    return table


def _vni_table() -> dict[str, str]:
    table = dict(VNI_LETTERS)
    for key, letter in VNI_TONED_BASES.items():
        for mark, tone in VNI_TONES.items():
            table[key + mark] = with_tone(letter, tone)
    for hat, bases in VNI_HATS.items():
        for base in bases:
            letter = _HATTED[base, hat]
            table[base + hat] = letter
            for mark, tone in VNI_HAT_TONES[hat].items():
                table[base + mark] = with_tone(letter, tone)
    table.update({key.upper(): letter.upper() for key, letter in table.items()})
    return table


_TCVN3_MAP = str.maketrans(_tcvn3_table())
_VNI_TABLE = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI_TABLE), key=len, reverse=True)))
_LEGACY_CHARS = frozenset(_tcvn3_table()) | {ch for key in _VNI_TABLE for ch in key if ord(ch) > 127}
# Vietnamese letters outside Latin-1: a line holding one is already Unicode
_UNICODE_ONLY = frozenset(ch for ch in VIETNAMESE_LETTERS if ord(ch) > 0xFF)
_ASCII_LOWER = re.compile(r"[a-z]")
_is_syllable = lru_cache(maxsize=1 << 16)(is_syllable)  # a document repeats a few thousand syllables
_ASCII_CAPS_INSIDE_WORD = re.compile(r"\b[A-Za-z]\w*?[A-Z]")


@dataclass(frozen=True)
class Converted:
    text: str
    encoding: str


def convert_as(text: str, encoding: str, capitals: bool = False) -> str:
    """``text`` read in the legacy ``encoding`` (no detection); ``capitals`` for capital-only fonts."""
    if encoding == TCVN3:
        text = text.translate(_TCVN3_MAP)
    else:
        text = _VNI_PATTERN.sub(lambda m: _VNI_TABLE[m.group(0)], text)
    return text.upper() if capitals else text


def font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    """(encoding, capitals only) of a legacy Vietnamese font name, else None."""
    if not font_name:
        return None
    name = _FONT_STYLE.sub("", font_name.split("+", 1)[-1].strip())
    for pattern, encoding in FONT_FAMILIES:
        if pattern.search(name):
            return encoding, encoding == TCVN3 and bool(_CAPITAL_FONT.search(name))
    return None


def detect(text: str) -> str | None:
    """The legacy encoding ``text`` is written in (as Latin-1 glyphs), or None."""
    if not _LEGACY_CHARS.intersection(text):
        return None
    best, best_gain = None, 0.0
    for encoding in (TCVN3, VNI):
        changed, gain = _syllable_gain(text, encoding)
        if changed >= MIN_CHANGED_WORDS and gain / changed >= MIN_GAIN and gain > best_gain:
            best, best_gain = encoding, gain
    return best


def convert(text: str) -> Converted | None:
    """Text that is really TCVN3 or VNI shown as Latin-1 glyphs, converted; else None.

    Only lines without Unicode-only Vietnamese letters are converted, and only
    when that does not lose syllables, so a Unicode header above a legacy body
    is kept as it is.
    """
    encoding = detect(text)
    if encoding is None:
        return None
    parts = []
    for line, end in _LINES.findall(text):
        parts.append(_convert_line(line, encoding) + end)
    return Converted("".join(parts), encoding)


def convert_or_keep(text: str, encodings: set[str]) -> str:
    """``text`` converted when it is in a legacy encoding (added to ``encodings``), else unchanged."""
    converted = convert(text)
    if converted is None:
        return text
    encodings.add(converted.encoding)
    return converted.text


def encoding_name(encodings: set[str]) -> str:
    """The name of a Unicode source in which text in the legacy ``encodings`` was converted."""
    return "+".join(["unicode", *sorted(encodings)])


def decode_bytes(data: bytes) -> Converted | None:
    """Raw bytes in a legacy single-byte Vietnamese encoding, decoded; else None."""
    return convert(latin1_glyphs(data))


def latin1_glyphs(data: bytes) -> str:
    """Bytes as the characters a Windows font shows for them (cp1252, else Latin-1)."""
    return "".join(_byte_glyph(chunk) for chunk in re.split(rb"([\x80-\x9f])", data))


def _byte_glyph(chunk: bytes) -> str:
    try:
        return chunk.decode("cp1252")
    except UnicodeDecodeError:
        return chunk.decode("latin-1")


def _convert_line(line: str, encoding: str) -> str:
    if _UNICODE_ONLY.intersection(line):
        return line
    converted = convert_as(line, encoding)
    if converted == line:
        return line
    if _syllables(converted) < _syllables(line):
        return line
    if encoding == TCVN3 and _capital_font_line(line):
        converted = converted.upper()
    return converted


def _capital_font_line(line: str) -> bool:
    """A TCVN3 line typed in a capital font: ASCII letters all capitals, some inside a word.

    The normal fonts have no toned capitals, so "HO¹CH" is "HOẠCH"; a title-case
    line ("Hµ Néi") gives no sign and is kept in title case.
    """
    return not _ASCII_LOWER.search(line) and bool(_ASCII_CAPS_INSIDE_WORD.search(line))


def _syllables(text: str) -> int:
    return sum(_is_syllable(w.strip(_EDGE_PUNCTUATION)) for w in _WORD.findall(text))


def _syllable_gain(text: str, encoding: str) -> tuple[int, int]:
    """(words changed by the conversion, syllables gained among them), over a sample.

    Lines that hold Unicode-only Vietnamese letters are passed over, as ``convert`` does.
    """
    changed = gain = 0
    for line, _ in _LINES.findall(text):
        if _UNICODE_ONLY.intersection(line):
            continue
        for token in _WORD.findall(line):
            word = token.strip(_EDGE_PUNCTUATION)
            new = convert_as(word, encoding)
            if new != word:
                changed += 1
                gain += _is_syllable(new) - _is_syllable(word)
        if changed >= SAMPLE_WORDS:
            break
    return changed, gain
