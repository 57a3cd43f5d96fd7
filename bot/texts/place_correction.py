"""What residents read when they correct the place of a concern just forwarded
("Nein, es ist am Lochergut, nicht am Hardplatz"; bot/dialog/place_correction.py).
Merged into each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "place_corrected": "Gut, ich habe den Ort von {reference} korrigiert: {place}. Ich habe es {office} mitgeteilt.",
    "place_corrected_moved": "Gut, ich habe den Ort von {reference} korrigiert: {place}. Dafür ist jetzt {office} zuständig; ich habe es dorthin weitergeleitet.",
    "place_unchanged": "{reference} hat bereits diesen Ort: {place}.",
}

EN = {
    "place_corrected": "Alright, I corrected the place of {reference}: {place}. I have let {office} know.",
    "place_corrected_moved": "Alright, I corrected the place of {reference}: {place}. {office} handles it now; I have passed it on to them.",
    "place_unchanged": "{reference} already has this place: {place}.",
}

FR = {
    "place_corrected": "D'accord, j'ai corrigé le lieu de {reference}: {place}. J'en ai informé {office}.",
    "place_corrected_moved": "D'accord, j'ai corrigé le lieu de {reference}: {place}. C'est maintenant {office} qui s'en occupe; je lui ai transmis votre demande.",
    "place_unchanged": "{reference} a déjà ce lieu: {place}.",
}

IT = {
    "place_corrected": "Va bene, ho corretto il luogo di {reference}: {place}. L'ho comunicato a {office}.",
    "place_corrected_moved": "Va bene, ho corretto il luogo di {reference}: {place}. Ora se ne occupa {office}; gliel'ho inoltrata.",
    "place_unchanged": "{reference} ha già questo luogo: {place}.",
}
