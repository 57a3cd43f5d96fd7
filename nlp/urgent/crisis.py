"""The crisis answer (143) only where someone speaks of a crisis (new-user trial m, finding 4).

"Et aussi, à côté, il y a un vélo abandonné" got the crisis answer and was forwarded
as urgent: the model's suicide label learned "côté" from "de l'autre côté de la
rambarde" (a person outside a bridge railing), and "À côté il y a un vélo" scores 0.42
for urgent, 0.5 for suicide. Telling a resident about La Main Tendue when they have
said nothing of the kind is hurtful.

When the model alone names the category "suicide", the text must hold some word of a
crisis: dying or living, killing or hurting oneself, a bridge, a roof, a railing, a
ledge, a wall or another edge (nlp.urgent.edges), jumping, pills. Not the article "die"
nor "mal" ("Könnten Sie mal die Lampe anschauen"): only "to die", "se faire du mal". Without one, the model's category is not believed: the text's
own danger words name it, and with none the model alone does not flag it.
"""

from __future__ import annotations

import re

from nlp.urgent.edges import EDGE, HIGH_UP

CATEGORY = "suicide"

CRISIS_WORD = re.compile(
    r"\b(?:"
    # dying, living, ending it, killing or hurting oneself
    r"suizid|suicid|sterb|tod\b|tot\b|(?:to|will|gonna|wanna|rather|let\s+me|going\s+to)\s+die\b|dying|mourir|mourr|morir|muoi|leben|lebe\b|lebbe"
    r"|läbe|live\b|living|life|vivre|vivere|vita\b|vie\b|umbring|bring\w*\s+\w+\s+um\b|kill"
    r"|tuer|uccid|ammazz|antun|a+tue|sich\s+(?:öppis|eppis|etwas|was)|hurt|harm|(?:faire|fais|fait|ferai\w*|fera\w*)\s+du\s+mal\b|male\b|finita|finir|fin\s+à|end\s+(?:it|his|her|my)"
    r"|schluss|abschied|goodbye|adieu|addio|hoffnungslos|hopeless|désespér|disperat|verzweifel"
    r"|kann\s+nicht\s+mehr|(?:will|mag|möchte|wott|wett)\s+(?:nicht|nüm)\s+mehr(?=\s*(?:[.!,]|$))"
    r"|(?:mag|wott)\s+nüm(?:me)?(?=\s*(?:[.!,]|$))|cha\s+nüm|can't\s+go\s+on|n'en\s+peux\s+plus|non\s+ce\s+la\s+faccio"
    # heights and jumping
    r"|\w*brück\w*|\w*brugg\w*|\w*brügg\w*|bri?d?ge|brige|pont\w*|dach\w*|roof|toit\w*|tett[oi]"
    r"|kante|edge|bord\w*|\w*geländer\w*|\w*gländer\w*|\w*gelaender\w*|\w*glaender\w*|railing\w*"
    r"|raii?ll?ing|ra?mb?arde|parapet\w*|ring?hiera|brüstung|fenster|window|fenêtre|finestr\w*"
    r"|hochh\w*|tower|turm|spring\w*|gump\w*|abegumpe|jump\w*|sauter|saute|suter|buttar\w*"
    r"|usse|aussen|outside|dehors|fuori|klett\w*|climb\w*|grimp\w*|arrampic\w*|balkon|balcon\w*"
    # ledges, walls and the edges of roofs (nlp.urgent.edges): "die Frau steht auf dem Vordach"
    + r"|"
    + EDGE
    + r"|"
    + HIGH_UP
    # pills
    + r"|tablett\w*|pill\w*|médicament\w*|medikament\w*|pastigl\w*|pastil\w*|farmac\w*"
    r")"
)


def crisis_words(low: str) -> bool:
    """Whether a lower-cased text holds any word of a crisis (see the module)."""
    return CRISIS_WORD.search(low) is not None


# Where one lives, after "vivre": "je n'en peux plus de vivre dans ce bruit" is a complaint.
_NOT_A_PLACE = r"(?!\s+(?:à|a|ici|là|dans|avec|près|en|au|aux|sous|sur|chez|comme|entre)\b)"
# French ways of saying one does not want to live that the rules of nlp.urgent.cues miss
# ("Je n'en peux plus de vivre" was no alarm): a strong rule.
CRISIS_SAYING = re.compile(
    r"\bn'?en\s+peu[xt]\s+plus\s+de\s+(?:vivre"
    + _NOT_A_PLACE
    + r"|la\s+vie\b(?!\s+chère)|ma\s+vie\b)"
    r"|\b(?:plus|pas|aucune)\s+envie\s+de\s+vivre" + _NOT_A_PLACE + r"|\benvie\s+de\s+mourir\b"
    r"|\bmarre\s+de\s+(?:vivre" + _NOT_A_PLACE + r"|la\s+vie\b(?!\s+chère)|ma\s+vie\b)"
    r"|\b(?:veux|vais|voudrais|va|veut)\s+en\s+finir\b(?!\s+avec)"
    r"|\b(?:me|se)\s+foutre\s+en\s+l'air\b"
)


def crisis_saying(low: str) -> str | None:
    """The words of a French crisis saying in a lower-cased text, or None."""
    if "vi" not in low and "finir" not in low and "mourir" not in low and "foutre" not in low:
        return None
    found = CRISIS_SAYING.search(low)
    return found.group(0) if found else None
