"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) converted to Unicode."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Converted:
    text: str
    encoding: str


def convert(text: str) -> Converted | None:
    """Unicode text that is really TCVN3 or VNI as Latin-1 glyphs, converted; else None."""
    return None


def decode_bytes(data: bytes) -> Converted | None:
    """Raw bytes in a legacy single-byte Vietnamese encoding, decoded; else None."""
    return None


def convert_or_keep(text: str) -> str:
    converted = convert(text)
    return converted.text if converted else text


def paragraph_text(paragraph) -> str:
    """Text of a python-docx paragraph, runs in legacy fonts converted."""
    return paragraph.text
