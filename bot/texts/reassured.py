"""What residents read about a neighbour not seen for days who is away
(bot/dialog/reassured.py). Merged into each language's table
(bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "reassured_away": "Wenn die Person in den Ferien ist, ist das wohl kein Grund zur Sorge. Machen Sie sich trotzdem Sorgen, kann die Polizei nachschauen: Telefon 117. Kann ich sonst etwas für Sie tun?",
}

EN = {
    "reassured_away": "If the person is away on holiday, that is probably no reason to worry. If you are worried all the same, the police can have someone look: phone 117. Can I help you with anything else?",
}

FR = {
    "reassured_away": "Si la personne est en vacances, ce n'est sans doute pas une raison de s'inquiéter. Si vous vous inquiétez tout de même, la police peut aller voir: téléphone 117. Puis-je faire autre chose pour vous?",
}

IT = {
    "reassured_away": "Se la persona è in vacanza, probabilmente non c'è motivo di preoccuparsi. Se siete comunque preoccupati, la polizia può andare a controllare: telefono 117. Posso aiutarvi in altro modo?",
}
