"""OCR of image-only PDF pages with Tesseract."""
from __future__ import annotations

import shutil

from pipeline.errors import IngestError

OCR_DPI = 300


def page_text(page, lang: str = "vie") -> str:
    """Text of one pdfplumber page rendered to an image and read by Tesseract."""
    import pytesseract

    if shutil.which("tesseract") is None:
        raise IngestError("ocr_unavailable", "the page has no text layer and Tesseract "
                                 "is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
    image = page.to_image(resolution=OCR_DPI).original
    return pytesseract.image_to_string(image, lang=lang)
