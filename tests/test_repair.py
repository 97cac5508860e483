"""OCR repair: detection, candidates, language model, decoding, offsets, CLI."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import normalize
from pipeline.cli import app
from pipeline.repair import BatchModel, channel, is_damaged
from pipeline.repair.codes import Codes
from pipeline.repair.detect import is_clean_line
from pipeline.repair import units
from pipeline.repair.lm import BOS, Counts, TrigramLM, unigram_shift
from pipeline.repair.syllables import by_skeleton, inventory

from conftest import RAW

CLEAN = (
    "Thực hiện Quyết định số 650/QĐ-LĐTBXH ngày 21/7/2022 của Bộ Lao động - Thương binh và Xã hội "
    "phê duyệt Kế hoạch truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững giai "
    "đoạn 2021-2025; Ủy ban nhân dân tỉnh ban hành Kế hoạch truyền thông về Chương trình mục tiêu "
    "quốc gia giảm nghèo bền vững trên địa bàn tỉnh như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Truyền thông, tuyên truyền kịp thời những quan điểm, chủ trương, chính sách của Đảng và Nhà "
    "nước về công tác giảm nghèo; nâng cao nhận thức, trách nhiệm của toàn xã hội và tạo sự đồng "
    "thuận, ủng hộ của Nhân dân, góp phần huy động nguồn lực thực hiện hiệu quả các mục tiêu.\n"
    "Các sở, ban, ngành và Ủy ban nhân dân các huyện có trách nhiệm phối hợp thực hiện Kế hoạch này."
)
DAMAGED = (
    "Thuc hién Quyét dinh s6 650/QD-LDTBXH ngay 21/7/2022 ctia B6 Lao dong - Thuong binh va Xa hoi\n"
    "phé duyét Ké hoach truyén théng vé Chuong trinh muc tiéu quéc gia giam nghéo bén virng;\n"
    "I. MUC PICH, YEU CAU\n"
    "Truyén thong, tuyén truyén kip thoi nhitng quan diém cua Pang va Nha nu6c vé cong tac\n"
    "giam nghéo; nang cao nhan thirc, trach nhiém cua toan xa hoi va tao sy déng thuan."
)


@pytest.fixture(scope="module")
def model() -> BatchModel:
    m = BatchModel()
    m.add(normalize.normalize(CLEAN))
    return m


@pytest.fixture(scope="module")
def reader() -> channel.Reader:
    return channel.default()


# -- detection ----------------------------------------------------------------

@pytest.mark.parametrize("line, clean", [
    ("Truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững", True),
    ("Số: 52/KH-UBND", True),
    ("Truyén thong \\‘Ié Chuong trinh muc tiéu quoc gia", False),
    ("giam nghéo bén virng tinh Bac Giang nam 2023", False),
    ("cua Pang, chlph sach, phap luat gua Nha nudc", False),
])
def test_clean_and_damaged_lines(line, clean):
    assert is_clean_line(line) is clean


def test_document_detection():
    assert is_damaged(DAMAGED)
    assert not is_damaged(CLEAN)


# -- candidates ---------------------------------------------------------------

def test_inventory_follows_the_orthography():
    syllables = inventory()
    assert {"nghèo", "quốc", "giữa", "người", "khuyến", "đắk"} <= syllables
    assert not {"nghà", "cí", "quu", "ngê", "tháp̣"} & syllables
    assert set(by_skeleton()["ngheo"]) == {"ngheo", "nghèo", "nghéo", "nghẹo", "nghẻo", "nghẽo"}


@pytest.mark.parametrize("token, syllable", [
    ("nghéo", "nghèo"),    # wrong tone mark
    ("truyén", "truyền"),  # wrong vowel and tone marks
    ("chuong", "chương"),  # marks lost
    ("s6", "số"),          # digit for a marked vowel
    ("16p", "lớp"),        # 1 for l, 6 for ơ
    ("1a", "là"),
    ("pang", "đảng"),      # Đ read as P
    ("virng", "vững"),     # ữ split into two letters
    ("ctia", "của"),
    ("nhi¢ém", "nhiệm"),   # ¢ for ệ
    ("hi€u", "hiệu"),      # € for ệ
    ("s", "sở"),           # a letter dropped
    ("sb", "số"),          # b for ô with its marks, as 6 is
    ("dbi", "đối"),
    ("s¢", "sở"),          # ¢ for ơ
    ("¢6", "có"),          # ¢ for c
    ("nhgn", "nhận"),      # a dot below read as g
])
def test_candidates_include_the_true_syllable(reader, token, syllable):
    found = [s for s, _ in reader.candidates(token)]
    assert syllable in found


def test_channel_learns_from_pairs():
    pairs = [("số", "s6"), ("sổ", "s6"), ("bộ", "b6"), ("đồng", "déng")] * 20
    learned = channel.learn(pairs)
    assert learned.cost("ố", "6") < channel.Channel.prior().cost("ố", "6")
    cost, aligned, stray = learned.align("đồng", "déng")
    assert aligned == [("đ", "d"), ("ồ", "é"), ("n", "n"), ("g", "g")] and stray == 0
    assert cost < learned.align("đồng", "xyz")[0]


# -- language model -----------------------------------------------------------

def test_kneser_ney_is_a_distribution():
    counts = Counts()
    for sentence in ("giảm nghèo bền vững", "giảm nghèo đa chiều", "phát triển bền vững"):
        counts.add(sentence.split())
    vocabulary = ["giảm", "nghèo", "bền", "vững", "đa", "chiều", "phát", "triển"]
    lm = TrigramLM(counts.grams(), vocabulary=len(vocabulary))
    for context in ((BOS, "giảm"), ("giảm", "nghèo"), ("bền", "vững"), ("đa", "phát")):
        total = sum(math.exp(lm.logp(*context, w)) for w in vocabulary)
        assert total == pytest.approx(1.0, abs=0.03)
    assert lm.logp("giảm", "nghèo", "bền") > lm.logp("giảm", "nghèo", "triển")


def test_commas_are_units():
    streams = list(units.sentences("mục tiêu, chỉ tiêu giảm nghèo; tiêu chí"))
    assert streams == [["mục", "tiêu", ",", "chỉ", "tiêu", "giảm", "nghèo"], ["tiêu", "chí"]]


def test_batch_frequencies_lift_the_words_the_batch_uses():
    base = Counts()
    for sentence in ("tình hình", "tính toán", "tỉnh ủy", "yên tĩnh"):
        base.add(sentence.split())
    batch = Counts()
    for _ in range(20):
        batch.add("ủy ban nhân dân tỉnh".split())
    lm = TrigramLM(base.grams(), vocabulary=10)
    shift = unigram_shift(batch, lm, beta=0.3, prior=100.0)
    assert shift["tỉnh"] > 0 and "tĩnh" not in shift and "tình" not in shift


# -- decoding -----------------------------------------------------------------

def test_repair_end_to_end(model):
    result = model.repair(DAMAGED)
    lines = result.text.split("\n")
    assert len(lines) == len(DAMAGED.split("\n"))
    assert lines[0].startswith("Thực hiện Quyết định số 650/QĐ-LĐTBXH ngày 21/7/2022 của Bộ Lao động")
    assert "truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững;" in lines[1]
    assert lines[2] == "I. MỤC ĐÍCH, YÊU CẦU"  # capitals stay capitals
    assert "của Đảng và Nhà nước" in lines[3]


def test_changes_index_the_repaired_text(model):
    result = model.repair(DAMAGED)
    assert result.changes
    for c in result.changes:
        assert result.text[c.start:c.end] == c.repaired
        assert c.original != c.repaired and 0 < c.confidence <= 1


def test_clean_text_is_untouched(model):
    result = model.repair(CLEAN)
    assert result.text == CLEAN and not result.changes


def test_codes_take_their_batch_spelling():
    codes = Codes()
    codes.add("Quyết định số 650/QĐ-LĐTBXH của Bộ LĐTBXH")
    assert codes.restore("650/QD-LDTBXH") == "650/QĐ-LĐTBXH"
    assert codes.restore("UBND") == "UBND"


# -- pipeline and command line --------------------------------------------------

def test_pipeline_records_repairs(seed_tables):
    docs = pd.read_parquet(seed_tables / "documents").set_index("doc_id")
    repairs = pd.read_parquet(seed_tables / "repairs")
    damaged = docs[docs.ocr_repaired]
    assert len(damaged) == 1 and not docs[~docs.ocr_repaired].repair_changed_tokens.any()
    doc_id = damaged.index[0]
    rows = repairs[repairs.doc_id == doc_id]
    assert len(rows) == damaged.repair_changed_tokens.iloc[0] > 0
    text = damaged.text.iloc[0]
    assert all(text[r.start:r.end] == r.repaired for r in rows.itertuples())


def test_cli_repair_keeps_lines():
    path = RAW / "002_f99a369b239c6b5f.txt"
    result = CliRunner().invoke(app, ["repair", str(path)])
    assert result.exit_code == 0
    original = path.read_text(encoding="utf-8").split("\n")
    repaired = result.stdout.split("\n")
    assert len(repaired) == len(original)
    assert "giảm nghèo bền vững" in result.stdout


def test_clean_plans_are_untouched(shared):
    plans = sorted((shared / "corpus" / "plans").glob("*.txt"))
    texts = [normalize.normalize(p.read_text(encoding="utf-8")) for p in plans]
    m = BatchModel()
    for text in texts[:10]:
        m.add(text)
    assert sum(len(m.repair(text).changes) for text in texts) == 0


def test_short_slash_abbreviations_and_capitals(model):
    text = DAMAGED + "\n- Bo Lao dong (b/c);\nIV. KINH PHi THUC HIEN\n"
    lines = model.repair(text).text.split("\n")
    assert lines[-3].endswith("(b/c);")
    assert lines[-2] == "IV. KINH PHÍ THỰC HIỆN"


def test_list_labels_and_roman_numerals(model):
    text = DAMAGED + "\nI1I. NOI DUNG\nc) Truyén thong\nd) Tap huan\nd) Bao cao két qua\n"
    lines = model.repair(text).text.split("\n")
    assert lines[-5].startswith("III. ")
    assert [line[:2] for line in lines[-4:-1]] == ["c)", "d)", "đ)"]
