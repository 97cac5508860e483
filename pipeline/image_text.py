"""Text of a scanned page saved as an image (.png, .jpg, .tif): every frame OCR'd, a "\\f" between pages.

A multi-page TIFF, as document scanners write, gives one page per frame.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from pipeline import ocr
from pipeline.errors import IngestError
from pipeline.normalize import PAGE_BREAK

MAX_PAGES = 200  # frames read from one image file


@dataclass(frozen=True)
class ImageText:
    text: str
    pages: int


def read_image(data: bytes, ocr_lang: str = "vie") -> ImageText:
    """OCR text of every page of an image file, one frame in memory at a time."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    pages: list[str] = []
    try:
        with Image.open(io.BytesIO(data)) as image:
            for frame, _ in zip(ImageSequence.Iterator(image), range(MAX_PAGES)):
                page = frame.convert("RGB")
                ocr.require_tesseract()
                pages.append(ocr.image_text(page, ocr_lang))
    except Image.DecompressionBombError as e:
        raise IngestError("too_large", f"the image is too large to read: {e}") from None
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise IngestError("corrupt_image", f"cannot read the image: {type(e).__name__}: {e}".rstrip(": ")) from None
    return ImageText(f"\n{PAGE_BREAK}\n".join(pages), len(pages))  # a page break on a line of its own
