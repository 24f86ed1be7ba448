"""Text recognition on the server with RapidOCR (PP-OCR's Chinese + English models, which
ship inside the rapidocr-onnxruntime wheel: nothing is downloaded at run time).

The engine takes a second or two to load, so one per process is kept (the worker's, or the
test session's). An image is checked and shrunk with Pillow first: a phone photo of 4000 px
reads as well at 1600 px, in a fraction of the time."""

import io
import threading

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 1600
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
_engine = None
_lock = threading.Lock()


class NotAnImage(ValueError):
    pass


def engine():
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr_onnxruntime import RapidOCR

            _engine = RapidOCR(intra_op_num_threads=2, inter_op_num_threads=1)
        return _engine


def open_image(data, max_side=MAX_SIDE):
    """The picture in `data` as an upright RGB image no larger than `max_side`, or NotAnImage."""
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise NotAnImage("too many pixels")
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise NotAnImage(str(error)) from error
    image = ImageOps.exif_transpose(image).convert("RGB")
    image.thumbnail((max_side, max_side))
    return image


def read_text(data):
    """[(text, box height)] of the lines found in the image bytes, top to bottom."""
    import numpy

    image = open_image(data)
    result, _ = engine()(numpy.asarray(image)[:, :, ::-1])  # RapidOCR works in BGR
    lines = []
    for box, text, _score in result or []:
        height = max(point[1] for point in box) - min(point[1] for point in box)
        lines.append((text, float(height)))
    return lines
