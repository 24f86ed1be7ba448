# The production image: the app under gunicorn, static files collected and served by WhiteNoise.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 1000 app

COPY pyproject.toml README.md ./
COPY sme2go ./sme2go
COPY trips ./trips
COPY contacts ./contacts
COPY templates ./templates
COPY static ./static
COPY locale ./locale
COPY manage.py gunicorn.conf.py ./
# rapidocr-onnxruntime pulls opencv-python, which needs libGL; the headless build of the same
# OpenCV provides the same cv2 without it. Card photos live in a volume (docker-compose.yml).
RUN pip install -e . \
 && pip uninstall -y opencv-python && pip install opencv-python-headless \
 && mkdir -p /app/private/cards && chown app /app/private/cards \
 && python -m sme2go.i18n compile \
 && DJANGO_DEBUG=false DJANGO_SECRET_KEY=collectstatic-only DJANGO_ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput

USER app
EXPOSE 8000
# Workers, threads and timeouts: gunicorn.conf.py (threaded workers, so that long CSV downloads
# are never cut off by the worker timeout); GUNICORN_WORKERS etc. override them.
CMD ["gunicorn", "sme2go.wsgi:application", "-c", "gunicorn.conf.py"]
