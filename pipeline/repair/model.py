"""The batch repair model: base language model + the batch's clean documents + the OCR channel.

``BatchModel.add(text)`` counts a clean document; ``BatchModel.repair(text)``
rebuilds the trigram model if the batch grew, reads every damaged line's tokens
through the channel and decodes each sentence. Clean lines, numbers, codes and
tokens the channel cannot read are left as they are.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from weakref import WeakKeyDictionary

import numpy as np

from pipeline.repair import base, decode, retone, units, viterbi
from pipeline.repair.channel import Reader, default, stripped
from pipeline.repair.codes import Codes
from pipeline.repair.detect import is_clean_line, is_damaged
from pipeline.repair.lm import Counts, TrigramLM, merge, unigram_shift
from pipeline.repair.syllables import by_skeleton, inventory
from pipeline.repair.tokens import tokens
from pipeline.vietnamese import fold

BATCH_WEIGHT = 3     # a batch document counts this many times the base text…
CORPUS_BATCH_WEIGHT = 10  # …and this many times when a user corpus model is added, so it still leads
ADAPT_WEIGHT = 0.3       # weight of the batch's unigram frequencies against the model's (lm.unigram_shift)
ADAPT_PRIOR = 100.0     # pseudo-counts that smooth them
STRIPPED_PENALTY = 2.0  # reading a token with its symbols removed ("d@)ng" → "dng")
KEEP_COST = 9.0         # leaving a token that is no syllable as it is ("pH", "Oxy")…
KEEP_TRIGGER = 6.0      # …offered only when no syllable reads it cheaper than this
CAPS_LINE_SHARE = 0.6
STRIPPED_NOISE = 0.005  # at most this share of words with marks or digits: cleanly stripped text
_ROMAN = re.compile(r"[IVXLC]+")
_LABEL = re.compile(r"[a-zđ][.)]")
_MISREAD_ROMAN = re.compile(r"(?=.*[IVX])(?=.*[1l|])[IVX1l|]{2,5}")  # "I1I." for "III."
_CODE = re.compile(r"\d+[A-Z]")
_CODE_CHARS = re.compile(r"[/&-]")
_LETTER = re.compile(r"[^\W\d_]")
_GLYPH = re.compile(r"[&@¢€£¥]")  # symbols OCR reads for letters ("&" for "ở", "¢6" for "có")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NON_ASCII_LETTER = re.compile(r"(?=[^\x00-\x7f])[^\W\d_]")
_MIXED_CASE = re.compile(r"[^\W\d_](?<![A-ZĐ])[A-ZĐ]")  # a capital after a small letter: pH, IoT
_DIGIT_IN_WORD = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")


@dataclass(frozen=True)
class Change:
    """One repaired token; offsets index the repaired text."""

    start: int
    end: int
    original: str
    repaired: str
    confidence: float


@dataclass(frozen=True)
class RepairResult:
    text: str
    changes: list[Change] = field(default_factory=list)


@lru_cache(maxsize=1 << 16)
def apply_case(original: str, syllable: str, caps_line: bool) -> str:
    """``syllable`` with the letter case of the token it replaces."""
    if syllable == original.lower():
        return original
    letters = [ch for ch in original if ch.isalpha()]
    if not letters or not letters[0].isupper():
        return syllable
    upper = sum(ch.isupper() for ch in letters)
    if caps_line and upper >= 2 and 2 * upper > len(letters):  # "PHi" in a heading is "PHÍ"
        return syllable.upper()
    return syllable[:1].upper() + syllable[1:]


def _is_caps(line: str) -> bool:
    letters = list(filter(str.isalpha, line))
    return len(letters) >= 4 and sum(map(str.isupper, letters)) >= CAPS_LINE_SHARE * len(letters)


class BatchModel:
    """Language model adapted on the clean documents of one batch, and the repair that uses it."""

    def __init__(self, lm_path: str | Path | None = None, reader: Reader | None = None) -> None:
        self.reader = reader or default()
        self.codes = Codes()
        self.user = Counts.load(Path(lm_path)).grams() if lm_path else None
        self.batch = Counts()
        self.documents = 0
        self._lm: TrigramLM | None = None
        self._reset()

    def _reset(self) -> None:
        """Forget everything derived from the language model and the batch."""
        self._shift = np.zeros(len(units.vocabulary()))  # the batch's unigram bonus per unit id
        self._codes: dict[str, str | None] = {}  # restored spellings of abbreviations
        self._variants = None  # what each syllable may become in retone, by the model's frequencies

    def add(self, text: str) -> None:
        """Learn from one clean document of the batch."""
        for stream in units.sentences(text):
            self.batch.add(stream)
        self.codes.add(text)
        self.documents += 1
        self._lm = None
        self._reset()

    @property
    def lm(self) -> TrigramLM:
        if self._lm is None:
            if self.user is None:
                sources = [(base.grams(), 1), (self.batch.grams(), BATCH_WEIGHT)]
            else:
                sources = [(base.grams(), 1), (self.user, 1), (self.batch.grams(), CORPUS_BATCH_WEIGHT)]
            self._lm = TrigramLM(merge(sources), len(inventory()) + 3)
            self._reset()
            ids = units.ids()
            for u, v in unigram_shift(self.batch, self._lm, ADAPT_WEIGHT, ADAPT_PRIOR).items():
                self._shift[ids[u]] = v
        return self._lm

    def correct(self, text: str) -> RepairResult:
        """OCR text put right: repaired when it lost its marks (``is_damaged``), else retoned (the marks OCR
        misread)."""
        return self._repair(text) if is_damaged(text) else self.retone(text)

    def repair(self, text: str) -> RepairResult:
        """The text with its damaged lines repaired (clean text comes back unchanged)."""
        return self._repair(text) if is_damaged(text) else RepairResult(text)

    def _repair(self, text: str) -> RepairResult:
        """Damaged text read through the channel, token by token, and decoded sentence by sentence."""
        lm = self.lm
        plain = _looks_stripped(text)
        doc = self._scan(text, plain)
        order, kept, reserve = decode.prune(doc.ids, doc.costs, doc.start, lm.uni, plain)
        words, costs, slot_start = decode.options(
            doc.slot_reading, doc.slot_unit, doc.sentence_start, doc.ids, doc.costs, doc.start,
            order, kept, reserve, doc.keep, units.ids()[units.OTHER], lm.bi, lm.width)
        return self._decode(text, doc.edits, words, costs, slot_start, doc.sentence_start)

    def retone(self, text: str) -> RepairResult:
        """OCR'd text whose syllables OCR gave the wrong marks put right by the language model (``retone``)."""
        lm = self.lm
        if self._variants is None:
            self._variants = retone.variants_by(lambda unit: lm.uni[unit])
        found = retone.lattice(text, self._variants, _is_caps)
        if not found.edits:
            return RepairResult(text)
        return self._decode(text, found.edits, found.words, found.costs, found.slot_start, found.sentence_start)

    def _decode(self, text: str, edits: list, words: np.ndarray, channel_costs: np.ndarray,
                slot_start: np.ndarray, sentence_start: np.ndarray) -> RepairResult:
        """The text with each slot's reading the beam search picks: its channel cost weighed against the
        language model and the batch's own word frequencies."""
        costs = decode.CHANNEL_WEIGHT * channel_costs - self._shift[words]
        choice, confidence = viterbi.search(self.lm, words, costs, slot_start, sentence_start, decode.BEAM)
        return _rewrite(text, edits, words[slot_start[:-1] + choice].tolist(), confidence.tolist())

    def _scan(self, text: str, plain: bool) -> _Document:
        """The slots of every damaged line, sentence by sentence, and the tokens the repair may rewrite."""
        reader = stripped() if plain else self.reader
        readings = _READINGS.setdefault(reader, {})
        index: dict[str, int] = {}  # lowercase token → its place among the document's readings
        used: list[_Reading] = []
        slot_reading: list[int] = []
        slot_unit: list[int] = []
        sentence_start = [0]
        edits: list[tuple[int, int, int, str, bool, str | None]] = []
        comma = units.ids()[units.COMMA]
        offset = 0
        label = ""  # letter of the last lettered list item: "d)" after "d)" is "đ)"
        for line in text.split("\n"):
            if is_clean_line(line):
                if len(slot_unit) > sentence_start[-1]:
                    sentence_start.append(len(slot_unit))
                offset += len(line) + 1
                continue
            caps = _is_caps(line)
            abbreviations = plain and not caps
            indent = len(line) - len(line.lstrip())
            relabel = bool(_LABEL.match(line)) and line[0] == label == "d"
            for tok in tokens(line):
                word, start, end = tok.text, tok.start, tok.end
                after = line[end:end + 1]
                first = start == indent
                ends = after in units.SENTENCE_END
                kind = _kind(word, abbreviations)
                code = None
                r = -1
                if first and after == "." and _MISREAD_ROMAN.fullmatch(word):
                    code, ends = re.sub(r"[1l|]", "I", word), False
                elif kind.protected or (kind.short and "/" in line[max(start - 1, 0):end + 1]) \
                        or (first and _LABEL.fullmatch(word + after)):
                    code = self._code(word) if kind.protected else None
                else:
                    reading = readings.get(kind.low, _UNREAD)
                    if reading is _UNREAD:
                        reading = readings[kind.low] = _read(reader, kind.low)
                    if reading is not None:
                        r = index.get(kind.low, -1)
                        if r < 0:
                            r = index[kind.low] = len(used)
                            used.append(reading)
                if relabel:
                    code, ends, relabel = "đ", False, False
                if code is not None or r >= 0:
                    edits.append((len(slot_unit), offset + start, offset + end, word, caps, code))
                slot_reading.append(r)
                slot_unit.append(kind.unit)
                if ends:
                    sentence_start.append(len(slot_unit))
                if after == units.COMMA:
                    slot_reading.append(-1)
                    slot_unit.append(comma)
            if _LABEL.match(line):
                label = line[0]
            offset += len(line) + 1
        if len(slot_unit) > sentence_start[-1]:
            sentence_start.append(len(slot_unit))
        return _Document(used, slot_reading, slot_unit, sentence_start, edits)

    def _code(self, word: str) -> str | None:
        """The restored spelling of an abbreviation that lost its Đ, if it did."""
        code = self._codes.get(word, _UNREAD)
        if code is _UNREAD:
            restored = self.codes.restore(word)
            code = self._codes[word] = restored if restored != word else None
        return code


_UNREAD = object()  # a cache miss


class _Reading(NamedTuple):
    """The candidates of one lowercase token: unit ids and channel costs, cheapest first."""

    ids: np.ndarray
    costs: np.ndarray
    keep: float  # the cost of leaving the token as it is (units.OTHER), inf if not offered


# readings of every token met so far, per reader (None: the reader cannot read it)
_READINGS: WeakKeyDictionary[Reader, dict[str, _Reading | None]] = WeakKeyDictionary()


def _read(reader: Reader, low: str) -> _Reading | None:
    """The candidates of one lowercase token (None if the channel cannot read it)."""
    ids, costs = reader.read(low)
    if not ids.size:
        stripped_low = _NOT_LETTER.sub("", low)
        if stripped_low and stripped_low != low:
            ids, costs = reader.read(stripped_low)
            costs = costs + STRIPPED_PENALTY
    if not ids.size:
        return None
    keep = KEEP_COST if units.unit(low) == units.OTHER and costs.min() > KEEP_TRIGGER else math.inf
    return _Reading(ids, costs, keep)


class _Document:
    """A damaged document as the decoder reads it.

    Its slots (tokens of damaged lines and the commas after them) run sentence by
    sentence: slot t is reading ``slot_reading[t]`` (of ``ids``, ``costs``,
    ``start``, ``keep``: the document's distinct readings, concatenated) or, if
    that is -1, the fixed unit ``slot_unit[t]``. ``edits`` are the tokens the
    repair may rewrite: (slot, start, end, token, in a capitals line, restored spelling).
    """

    def __init__(self, readings: list[_Reading], slot_reading: list[int], slot_unit: list[int],
                 sentence_start: list[int], edits: list[tuple[int, int, int, str, bool, str | None]]) -> None:
        self.ids = np.concatenate([r.ids for r in readings]) if readings else np.zeros(0, np.int64)
        self.costs = np.concatenate([r.costs for r in readings]) if readings else np.zeros(0)
        self.start = np.cumsum([0] + [r.ids.size for r in readings], dtype=np.int64)
        self.keep = np.array([r.keep for r in readings], np.float64)
        self.slot_reading = np.array(slot_reading, np.int64)
        self.slot_unit = np.array(slot_unit, np.int64)
        self.sentence_start = np.array(sentence_start, np.int64)
        self.edits = edits


def _looks_stripped(text: str) -> bool:
    """Whether the text lost its marks cleanly (no accented letter, no digit inside a word)."""
    words = noisy = 0
    for w, count in Counter(text.split()).items():
        if _LETTER.search(w) and not _CODE_CHARS.search(w):
            words += count
            if _NON_ASCII_LETTER.search(w) or _DIGIT_IN_WORD.search(w):
                noisy += count
    return noisy <= STRIPPED_NOISE * words


class _Kind(NamedTuple):
    """What a token's own letters say, whatever its place in the line."""

    low: str
    unit: int         # the id of its unit when it is left as it is
    protected: bool   # never a syllable (a number, code or abbreviation)
    short: bool       # at most two letters: part of "b/c" when a slash touches it


@lru_cache(maxsize=1 << 16)
def _kind(word: str, capitals_mean_abbreviation: bool) -> _Kind:
    letters = _NOT_LETTER.sub("", word)
    protected = (not letters and not _GLYPH.search(word)) or _protected(word, letters, capitals_mean_abbreviation)
    return _Kind(word.lower(), units.ids()[units.unit(word)], protected, len(letters) <= 2)


def _protected(word: str, letters: str, capitals_mean_abbreviation: bool) -> bool:
    """Tokens that are never syllables: codes, abbreviations, roman numerals.

    Capitals inside a lowercase line are an abbreviation ("DO", "EC") when the text
    has no OCR noise; OCR also turns letters into capitals ("BO" for "Bộ").
    """
    if _MIXED_CASE.search(letters) or (capitals_mean_abbreviation and len(letters) > 1 and letters.isupper()):
        return True
    if "/" in word or "-" in word or _ROMAN.fullmatch(word) or _CODE.match(word):
        return True
    if "&" in word and sum(ch.isupper() for ch in letters) > 1:
        return True  # KH&CN
    return len(letters) > 1 and letters.isupper() and fold(letters.lower()) not in by_skeleton()  # UBND, HTX


def _rewrite(text: str, edits: list[tuple[int, int, int, str, bool, str | None]], chosen: list[int],
             confidence: list[float]) -> RepairResult:
    """The text with each edit's chosen unit (``chosen`` per slot) or restored spelling in place."""
    vocabulary = units.vocabulary()
    parts: list[str] = []
    changes: list[Change] = []
    pos = shift = 0
    for slot, start, end, original, caps, code in edits:
        if code is not None:
            word, conf = code, 1.0
        else:
            unit = vocabulary[chosen[slot]]
            if unit == units.OTHER:
                continue
            word, conf = apply_case(original, unit, caps), confidence[slot]
            if word == original:
                continue
        parts.append(text[pos:start])
        parts.append(word)
        changes.append(Change(start + shift, start + shift + len(word), original, word, round(conf, 4)))
        shift += len(word) - len(original)
        pos = end
    parts.append(text[pos:])
    return RepairResult("".join(parts), changes)
