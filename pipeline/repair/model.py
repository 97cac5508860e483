"""The batch repair model: base language model + the batch's clean documents + the OCR channel.

``BatchModel.add(text)`` counts a clean document; ``BatchModel.repair(text)``
rebuilds the trigram model if the batch grew, reads every damaged line's tokens
through the channel and decodes each sentence. Clean lines, numbers, codes and
tokens the channel cannot read are left as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.repair import base, decode, units, viterbi
from pipeline.repair.channel import Reader, default, stripped
from pipeline.repair.codes import Codes
from pipeline.repair.detect import is_clean_line, is_damaged
from pipeline.repair.lm import Counts, TrigramLM, merge, unigram_shift
from pipeline.repair.syllables import by_skeleton, inventory
from pipeline.repair.tokens import Token, tokens
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
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= CAPS_LINE_SHARE * len(letters)


@dataclass
class _Item:
    token: Token
    slot: decode.Slot
    editable: bool
    caps: bool
    ends_sentence: bool
    code: str | None = None  # the restored spelling of an abbreviation


class BatchModel:
    """Language model adapted on the clean documents of one batch, and the repair that uses it."""

    def __init__(self, lm_path: str | Path | None = None, reader: Reader | None = None) -> None:
        self.reader = reader or default()
        self.codes = Codes()
        self.user = Counts.load(Path(lm_path)) if lm_path else None
        self.batch = Counts()
        self.documents = 0
        self._lm: TrigramLM | None = None
        self._reset()

    def _reset(self) -> None:
        """Forget everything derived from the language model."""
        self._tables: viterbi.Tables | None = None
        self._shift: dict[str, float] = {}  # the batch's unigram bonus per syllable
        self._context: decode.Context | None = None
        self._slots: dict[tuple[bool, str], decode.Slot] = {}
        self._encoded: dict[tuple, tuple[list[int], list[float]]] = {}
        self._kinds: dict[tuple[str, bool], _Kind] = {}

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
                sources = [(base.counts(), 1), (self.batch, BATCH_WEIGHT)]
            else:
                sources = [(base.counts(), 1), (self.user, 1), (self.batch, CORPUS_BATCH_WEIGHT)]
            self._lm = TrigramLM(merge(sources), len(inventory()) + 3)
            self._reset()
            self._shift = unigram_shift(self.batch, self._lm, ADAPT_WEIGHT, ADAPT_PRIOR)
        return self._lm

    @property
    def tables(self) -> viterbi.Tables:
        if self._tables is None:
            self._tables = viterbi.Tables.of(self.lm)
        return self._tables

    def repair(self, text: str) -> RepairResult:
        """The text with its damaged lines repaired (clean text comes back unchanged)."""
        if not is_damaged(text):
            return RepairResult(text)
        items = self._items(text, _looks_stripped(text))
        lm, tables = self.lm, self.tables
        if self._context is None:
            self._context = decode.Context(lm)
        ordered: list[_Item] = []
        slots: list[decode.Slot] = []
        words: list[int] = []
        costs: list[float] = []
        slot_start, sentence_start = [0], [0]
        for sentence in _sentences(items):
            for slot in self._context.slots([it.slot for it in sentence]):
                ids, cs = self._encode(slot, tables)
                words += ids
                costs += cs
                slot_start.append(len(words))
                slots.append(slot)
            ordered += sentence
            sentence_start.append(len(ordered))
        choice, confidence = viterbi.search(
            tables, np.array(words, np.int64), np.array(costs), np.array(slot_start, np.int64),
            np.array(sentence_start, np.int64), decode.BEAM)
        chosen: dict[int, tuple[str, float]] = {}
        for it, slot, k, conf in zip(ordered, slots, choice.tolist(), confidence.tolist()):
            if it.code is not None:
                chosen[it.token.start] = (it.code, 1.0)
            elif it.editable and slot.options[k][0] != units.OTHER:
                word = apply_case(it.token.text, slot.options[k][0], it.caps)
                if word != it.token.text:
                    chosen[it.token.start] = (word, conf)
        return _rewrite(text, items, chosen)

    def _encode(self, slot: decode.Slot, tables: viterbi.Tables) -> tuple[list[int], list[float]]:
        """Word ids and costs of a slot's options: weighted channel cost less the batch bonus."""
        hit = self._encoded.get(slot.options)
        if hit is None:
            shift = self._shift
            hit = self._encoded[slot.options] = (
                [tables.id(u) for u, _ in slot.options],
                [decode.CHANNEL_WEIGHT * c - shift.get(u, 0.0) for u, c in slot.options])
        return hit

    def _items(self, text: str, plain: bool) -> list[_Item | None]:
        """Every token of the damaged lines; None where a sentence must break (clean lines)."""
        out: list[_Item | None] = []
        offset = 0
        label = ""  # letter of the last lettered list item: "d)" after "d)" is "đ)"
        for line in text.split("\n"):
            if is_clean_line(line):
                out.append(None)
            else:
                caps = _is_caps(line)
                line_items = []
                indent = offset + len(line) - len(line.lstrip())
                for tok in tokens(line, offset):
                    line_items.append(self._item(tok, line, offset, caps, plain, tok.start == indent))
                    if text[tok.end:tok.end + 1] == units.COMMA:
                        line_items.append(_Item(Token(tok.end, tok.end + 1, units.COMMA), _COMMA, False, caps, False))
                if _LABEL.match(line):
                    if line[0] == label == "d" and line_items:
                        first = line_items[0]
                        line_items[0] = _Item(first.token, first.slot, False, caps, False, "đ")
                    label = line[0]
                out += line_items
            offset += len(line) + 1
        return out

    def _item(self, tok: Token, line: str, offset: int, caps: bool, plain: bool, first: bool) -> _Item:
        word = tok.text
        after = line[tok.end - offset:tok.end - offset + 1]
        ends = after in units.SENTENCE_END
        key = (word, plain and not caps)
        kind = self._kinds.get(key)
        if kind is None:
            kind = self._kinds[key] = _kind(word, plain and not caps, self.codes)
        if first and after == "." and _MISREAD_ROMAN.fullmatch(word):
            return _Item(tok, kind.fixed, False, caps, False, re.sub(r"[1l|]", "I", word))
        if kind.protected or (kind.short and "/" in line[max(tok.start - offset - 1, 0):tok.end - offset + 1]) \
                or (first and _LABEL.fullmatch(word + after)):
            return _Item(tok, kind.fixed, False, caps, ends, kind.code)
        slot = self._slots.get((plain, kind.low))
        if slot is None:
            slot = self._slots[plain, kind.low] = self._read(kind.low, plain)
        if not slot.options:
            return _Item(tok, kind.fixed, False, caps, ends)
        return _Item(tok, slot, True, caps, ends)

    def _read(self, low: str, plain: bool) -> decode.Slot:
        """The pruned options of one lowercase token (none if the channel cannot read it)."""
        reader = stripped() if plain else self.reader
        options = reader.candidates(low)
        if not options:
            stripped_low = _NOT_LETTER.sub("", low)
            if stripped_low and stripped_low != low:
                options = tuple((u, c + STRIPPED_PENALTY) for u, c in reader.candidates(stripped_low))
        slot = decode.prune(options, self.lm, wide=plain)
        if slot.options and units.unit(low) == units.OTHER and min(c for _, c in options) > KEEP_TRIGGER:
            slot = decode.Slot(slot.options + ((units.OTHER, KEEP_COST),), slot.reserve)
        return slot


_COMMA = decode.Slot(((units.COMMA, 0.0),))


def _looks_stripped(text: str) -> bool:
    """Whether the text lost its marks cleanly (no accented letter, no digit inside a word)."""
    words = [w for w in text.split() if _LETTER.search(w) and not _CODE_CHARS.search(w)]
    noisy = sum(1 for w in words if _NON_ASCII_LETTER.search(w) or _DIGIT_IN_WORD.search(w))
    return noisy <= STRIPPED_NOISE * len(words)


@dataclass(frozen=True)
class _Kind:
    """What a token's own letters say, whatever its place in the line."""

    low: str
    fixed: decode.Slot      # its slot when it is left as it is
    protected: bool         # never a syllable (a number, code or abbreviation)
    short: bool             # at most two letters: part of "b/c" when a slash touches it
    code: str | None        # its restored spelling, if an abbreviation that lost its Đ


def _kind(word: str, capitals_mean_abbreviation: bool, codes: Codes) -> _Kind:
    letters = _NOT_LETTER.sub("", word)
    protected = not letters or _protected(word, letters, capitals_mean_abbreviation)
    code = codes.restore(word) if protected else None
    return _Kind(word.lower(), decode.Slot(((units.unit(word), 0.0),)), protected, len(letters) <= 2,
                 code if code != word else None)


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


def _sentences(items: list[_Item | None]):
    sentence: list[_Item] = []
    for it in items:
        if it is None:
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append(it)
        if it.ends_sentence:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def _rewrite(text: str, items: list[_Item | None], chosen: dict[int, tuple[str, float]]) -> RepairResult:
    parts: list[str] = []
    changes: list[Change] = []
    pos = shift = 0
    for it in items:
        if it is None or it.token.start not in chosen:
            continue
        word, conf = chosen[it.token.start]
        parts.append(text[pos:it.token.start])
        start = it.token.start + shift
        parts.append(word)
        changes.append(Change(start, start + len(word), it.token.text, word, round(conf, 4)))
        shift += len(word) - len(it.token.text)
        pos = it.token.end
    parts.append(text[pos:])
    return RepairResult("".join(parts), changes)
