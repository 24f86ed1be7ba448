"""Reading a photographed card as a background job: OCR on both sides, then the parser's
proposal, kept on the capture for the review page. A few seconds on a CPU."""

import logging

from django_tasks import task

from .ocr import NotAnImage, read_text
from .parsing import parse_card

log = logging.getLogger(__name__)


@task()
def read_card(capture_id):
    from trips.models import CardCapture

    capture = CardCapture.objects.get(pk=capture_id)
    lines = []
    try:
        for image in capture.images:
            with image.open("rb") as handle:
                lines.extend(read_text(handle.read()))
    except NotAnImage:
        return _finish(capture, CardCapture.Status.FAILED, error="not an image")
    except Exception as error:  # the page must say it failed rather than wait for ever
        log.exception("Card #%s could not be read", capture_id)
        _finish(capture, CardCapture.Status.FAILED, error=type(error).__name__)
        raise
    if not any(text.strip() for text, _height in lines):
        return _finish(capture, CardCapture.Status.NO_TEXT)
    capture.lines = [[text, round(height)] for text, height in lines]
    capture.proposal = parse_card(lines)
    return _finish(capture, CardCapture.Status.READ)


def _finish(capture, status, error=""):
    capture.status = status
    capture.error = error[:300]
    capture.save(update_fields=["status", "error", "lines", "proposal"])
    return status
