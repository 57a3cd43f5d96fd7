"""What residents read when they answer "beide" to "Sie nennen Helvetiaplatz /
Limmatplatz: … Wo genau ist es?" (bot/dialog/both_places.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "both_places": "Gut, ich nehme es für jeden Ort als eigenes Anliegen auf ({n} Anliegen), zuerst: {place}.",
}

EN = {
    "both_places": "All right, I will take it up as a concern of its own for each place ({n} concerns), first: {place}.",
}

FR = {
    "both_places": "D'accord, je l'enregistre comme une demande à part pour chaque endroit ({n} demandes), d'abord: {place}.",
}

IT = {
    "both_places": "Va bene, lo registro come segnalazione a sé per ogni luogo ({n} segnalazioni), prima: {place}.",
}
