# Quartierbot: the package with its trained model and gazetteer data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY nlp ./nlp
COPY store ./store
RUN pip install . && useradd --create-home quartierbot
USER quartierbot
WORKDIR /home/quartierbot

# Smoke check at build time: the shipped model and gazetteer load.
RUN echo '{"id":"1","text":"Abfallkübel voll am Helvetiaplatz"}' | quartierbot classify

ENTRYPOINT ["quartierbot"]
CMD ["serve"]
