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
COPY manage.py ./
RUN pip install -e . \
 && python -m sme2go.i18n compile \
 && DJANGO_DEBUG=false DJANGO_SECRET_KEY=collectstatic-only DJANGO_ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput

USER app
EXPOSE 8000
# Workers: about 2 × cores + 1. Requests are short; the app keeps no state between them.
CMD ["sh", "-c", "exec gunicorn sme2go.wsgi:application --bind 0.0.0.0:8000 --workers ${GUNICORN_WORKERS:-3} --timeout 60 --access-logfile -"]
