"""What residents read when a concern reports a theft (bot/dialog/theft.py): a
theft is reported as an Anzeige, at a police post or online; passing the concern
on does not replace it. Merged into each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "theft_anzeige": "Einen Diebstahl zeigen Sie auf einem Polizeiposten an oder online bei der Stadtpolizei (Suisse ePolice, https://www.suisse-epolice.ch). Das Weiterleiten hier ersetzt diese Anzeige nicht.",
}

EN = {
    "theft_anzeige": "A theft is reported to the police (an Anzeige) at a police post or online with the Stadtpolizei (Suisse ePolice, https://www.suisse-epolice.ch). Passing your concern on here does not replace that report.",
}

FR = {
    "theft_anzeige": "Un vol se signale par une plainte (Anzeige) dans un poste de police ou en ligne auprès de la Stadtpolizei (Suisse ePolice, https://www.suisse-epolice.ch). La transmission ici ne remplace pas cette plainte.",
}

IT = {
    "theft_anzeige": "Un furto si denuncia (Anzeige) in un posto di polizia oppure online presso la Stadtpolizei (Suisse ePolice, https://www.suisse-epolice.ch). L'inoltro qui non sostituisce la denuncia.",
}
