"""OCR repair: detection, candidates, language model, decoding, offsets, CLI."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import normalize
from pipeline.cli import app
from pipeline.repair import BatchModel, channel, is_damaged
from pipeline.repair.codes import Codes
from pipeline.repair.detect import is_clean_line
from pipeline.repair import decode, hashmap, units
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
    ("mt", "mặt"),         # a vowel lost with its marks ("Mt trin" for "Mặt trận", seed 002)
])
def test_candidates_include_the_true_syllable(reader, token, syllable):
    found = [s for s, _ in reader.candidates(token)]
    assert syllable in found


def test_reader_gives_unit_ids_cheapest_first(reader):
    ids, costs = reader.read("nghéo")
    assert 0 < len(ids) <= channel.MAX_CANDIDATES and list(costs) == sorted(costs)
    assert [units.vocabulary()[i] for i in ids] == [s for s, _ in reader.candidates("nghéo")]
    assert channel.stripped().candidates("ngheo") == tuple((s, 0.0) for s in by_skeleton()["ngheo"])


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


def test_hash_tables_find_their_keys():
    rng = np.random.default_rng(1)
    keys = rng.choice(10**12, 5000, replace=False)
    values = rng.normal(size=keys.size)
    table = hashmap.table(keys, values)
    assert all(hashmap.find(table, k) == (v, True) for k, v in zip(keys.tolist(), values.tolist()))
    assert hashmap.find(table, 10**12 + 1) == (0.0, False)


# -- decoding -----------------------------------------------------------------

def _plain_prune(options, uni, wide):
    """decode.prune read straightforwardly: (kept, reserve) of one token's (id, cost) options."""
    if len(options) <= 1:
        return list(options), []
    scored = sorted(((uni[u] - decode.CHANNEL_WEIGHT * c, u, c) for u, c in options), reverse=True)
    top = scored[0][0]
    limit, margin = (decode.WIDE_OPTIONS, decode.WIDE_MARGIN) if wide else (decode.MAX_OPTIONS, decode.OPTION_MARGIN)
    kept = [(u, c) for s, u, c in scored[:limit] if s >= top - margin]
    reserve = [(u, c) for s, u, c in scored[len(kept):len(kept) + decode.RESERVE] if s >= top - decode.RESERVE_MARGIN]
    return kept, reserve


def _plain_options(slots, bigrams):
    """decode.options read straightforwardly, for the slots (options, reserve) of one sentence."""
    out = []
    for t, (options, reserve) in enumerate(slots):
        left = [u for u, _ in slots[t - 1][0][:decode.NEIGHBOURS]] if t else []
        right = [u for u, _ in slots[t + 1][0][:decode.NEIGHBOURS]] if t + 1 < len(slots) else []
        rescued = [(u, c) for u, c in reserve
                   if any((w, u) in bigrams for w in left) or any((u, w) in bigrams for w in right)]
        out.append(options + rescued[:decode.MAX_RESCUED])
    return out


@pytest.mark.parametrize("wide", [False, True])
def test_compiled_lattice_reads_as_plainly_written(wide):
    """Pruning and rescue in numba give the options, order and ties of a plain Python reading."""
    rng = np.random.default_rng(5)
    width, other = 40, 3
    uni = np.round(rng.normal(-8, 3, width) * 2) / 2  # halves: ties in score
    bigrams = {(int(a), int(b)) for a, b in rng.integers(1, width, (300, 2))}
    readings = []
    for _ in range(30):
        ids = rng.choice(np.arange(5, width), rng.integers(1, 25), replace=False)
        costs = np.round(rng.uniform(0, 12, ids.size) * 2) / 2
        keep = 9.0 if rng.random() < 0.3 else np.inf
        readings.append((ids, costs, keep))
    slot_reading = rng.integers(-1, len(readings), 200)
    slot_unit = np.where(slot_reading < 0, rng.integers(1, width, 200), 0)
    sentence_start = np.unique(np.concatenate([[0, 200], rng.integers(1, 200, 20)]))
    ids = np.concatenate([r[0] for r in readings])
    costs = np.concatenate([r[1] for r in readings])
    start = np.cumsum([0] + [r[0].size for r in readings])
    keep = np.array([r[2] for r in readings])
    order, kept, reserve = decode.prune(ids, costs, start, uni, wide)
    table = hashmap.table(np.array([a * width + b for a, b in bigrams]), np.zeros(len(bigrams)))
    words, chosen_costs, slot_start = decode.options(slot_reading, slot_unit, sentence_start, ids, costs, start,
                                                     order, kept, reserve, keep, other, table, width)
    plain = []
    for r in slot_reading.tolist():
        if r < 0:
            plain.append(([], []))
            continue
        k, res = _plain_prune(list(zip(readings[r][0].tolist(), readings[r][1].tolist())), uni, wide)
        plain.append((k + ([(other, 9.0)] if keep[r] < np.inf else []), res))
    plain = [([(int(u), 0.0)], []) if r < 0 else slot for r, u, slot in zip(slot_reading, slot_unit, plain)]
    expected = []
    for first, last in zip(sentence_start[:-1], sentence_start[1:]):
        expected += _plain_options(plain[first:last], bigrams)
    got = [list(zip(words[a:b].tolist(), chosen_costs[a:b].tolist())) for a, b in zip(slot_start[:-1], slot_start[1:])]
    assert got == expected
    assert any(len(slot[1]) for slot in plain) and len(words) > sum(len(slot[0]) for slot in plain)  # rescues happened



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


def test_standard_codes_need_no_batch():
    assert Codes().restore("Nghị quyết 12/NQ-HDND, Bộ LDTBXH") == "Nghị quyết 12/NQ-HĐND, Bộ LĐTBXH"


def test_symbols_read_for_letters_are_repaired(model):
    text = DAMAGED + "\nTuyén truyén & co sé va to chirc tap huan cho can bé ¢6 lién quan\n"
    line = model.repair(text).text.split("\n")[-2]
    assert "&" not in line and "¢" not in line


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
    assert len(texts) > 10
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


# -- marks OCR misread on valid syllables (retone) -------------------------------

# lines of the Thông tư 37/2025/TT-BCA scan as Tesseract reads them, and as printed
SCANNED = ("Bộ trưởng Bộ Công an ban hành Thông tư sửa đồi, bồ sung một số điều của Thông tư số 79/2024/TT-BCA.\n"
           "Căn cứ Nghị định sô 02/2025/NĐ-CP; Thông báo số 212-TB/TU.")
PRINTED = ("Bộ trưởng Bộ Công an ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 79/2024/TT-BCA.\n"
           "Căn cứ Nghị định số 02/2025/NĐ-CP; Thông báo số 212-TB/TU.")


def test_retone_puts_right_the_marks_ocr_misread():
    result = BatchModel().retone(SCANNED)
    assert result.text == PRINTED
    assert [(c.original, c.repaired) for c in result.changes] == [
        ("đồi", "đổi"), ("bồ", "bổ"), ("sô", "số")]  # "TU" of a code stays


def test_retone_leaves_correct_text_as_it_is(model):
    assert model.retone(normalize.normalize(CLEAN)).changes == []


@pytest.mark.parametrize("line", [
    "Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch này.",
    "Các cơ quan báo chí, cơ quan truyền thông chủ lực của tỉnh đẩy mạnh tuyên truyền.",
    "Dự án Truyền thông và giảm nghèo về thông tin.",
    "Truyền thống văn hóa của dân tộc được phát huy.",
])
def test_retone_without_a_batch_keeps_the_set_phrases_of_plans(line):
    """Scans of the 2025 plans: without clean plans in its batch, retone made "các xã, phường" "các xã, phương"
    and "truyền thông" "truyền thống", the commoner words; the base model now knows the set phrases of
    administration (repair/data/phrases.txt)."""
    assert BatchModel().retone(line).changes == []


def test_documents_read_by_ocr_are_retoned_in_the_run(tmp_path, monkeypatch):
    """A scanned page's text goes through retone; its changes are in the repairs table."""
    from pipeline import ingest, runner

    raw = ingest.RawDocument("scan.pdf", "pdf", "0123456789abcdef", "KẾ HOẠCH\n" + SCANNED, pages=1, ocr_pages=1)
    monkeypatch.setattr(runner.ingest, "read", lambda path, ocr_lang="vie": raw)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-")
    runner.run([tmp_path / "scan.pdf"], tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    repairs = pd.read_parquet(tmp_path / "out" / "repairs")
    assert documents.ocr_repaired.tolist() == [True] and documents.repair_changed_tokens.tolist() == [3]
    assert sorted(repairs.repaired) == ["bổ", "số", "đổi"]


def test_cli_repair_puts_right_the_marks_of_tesseract_text(tmp_path):
    """A text file Tesseract read with its marks gets those it misread put right; a zip beside it in the
    batch folder is read like the other documents there."""
    import zipfile

    scan = tmp_path / "scan.txt"
    scan.write_text(SCANNED, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "seeds.zip", "w") as z:
        z.write(RAW / "000_199e2adfb414d109.txt", "000.txt")
    result = CliRunner().invoke(app, ["repair", str(scan)])
    assert result.exit_code == 0
    assert result.stdout == PRINTED


def test_ocr_damaged_names_of_local_bodies_read_as_the_bodies():
    """Seed 002's assignment headings: "Sé" and "Bao" are read as "Sở" and "Báo" because the base model
    knows the names of local government bodies (repair/data/agencies.txt), not as "Số" or "Bảo"."""
    text = ("1. Sé Lao dong - Thwong binh va Xa hoi\n5. Bao Bic Giang, Pai Phat thanh va Truyén hinh\n"
            "Thuc hién Quyét dinh s6 650 cua Bo Lao dong va Xa hoi")
    lines = BatchModel().repair(text).text.split("\n")
    assert lines[:2] == ["1. Sở Lao động - Thương binh và Xã hội", "5. Báo Bắc Giang, Đài Phát thanh và Truyền hình"]


def test_a_body_whose_vowel_ocr_lost_is_read_as_the_body():
    """Seed 002: "Mt trin" is "Mặt trận", the front's name, though "một" loses its vowel more often; the
    body is the province's ("tỉnh", not "tính")."""
    text = ("6. Pé nghi Uy ban Mt trin T6 qudc Viét Nam tinh\n"
            "- Hudng dan, chi dao MTTQ cac cap va Ban cong tac Mat trdn khu dan\n"
            "- Uy ban MTTQ Viét Nam tinh;")
    lines = BatchModel().repair(text).text.split("\n")
    assert lines[0] == "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert lines[2] == "- Ủy ban MTTQ Việt Nam tỉnh;"


def test_files_skipped_as_stored_still_teach_the_repair(tmp_path):
    """With new_only, the clean seeds stored by an earlier run are the batch of the OCR'd seed read now:
    it is repaired exactly as in one run over all five."""
    from pipeline import runner

    clean = [p for p in sorted(RAW.glob("*.txt")) if not p.name.startswith("002")]
    first, whole = tmp_path / "first", tmp_path / "whole"
    runner.run(clean, first)
    summary = runner.run(sorted(RAW.glob("*.txt")), first, new_only=True)
    runner.run(sorted(RAW.glob("*.txt")), whole)
    assert (summary.skipped, summary.documents, summary.repaired) == (4, 1, 1)
    texts = [pd.read_parquet(root / "documents").set_index("source_path").text for root in (first, whole)]
    damaged = str(RAW / "002_f99a369b239c6b5f.txt")
    assert texts[0][damaged] == texts[1][damaged]
