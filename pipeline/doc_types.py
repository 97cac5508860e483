"""The types of Vietnamese administrative documents and their codes (Decree 30/2020/NĐ-CP Appendix III
abbreviations, plus legal and Party document types), shared by the header reader and the normaliser."""
from __future__ import annotations

DOC_TYPES = {
    "Kế hoạch": "KH", "Quyết định": "QĐ", "Chỉ thị": "CT", "Nghị quyết": "NQ", "Thông báo": "TB",
    "Báo cáo": "BC", "Tờ trình": "TTr", "Hướng dẫn": "HD", "Chương trình": "CTr", "Đề án": "ĐA",
    "Phương án": "PA", "Dự án": "DA", "Quy chế": "QC", "Quy định": "QyĐ", "Thông cáo": "TC",
    "Biên bản": "BB", "Công điện": "CĐ", "Giấy mời": "GM", "Kết luận": "KL", "Nghị định": "NĐ",
    "Thông tư": "TT", "Thông tư liên tịch": "TTLT", "Pháp lệnh": "PL", "Luật": "Luật",
    "Công văn": "CV",
}
CODE_TO_TYPE = {code.upper(): name for name, code in DOC_TYPES.items()}
