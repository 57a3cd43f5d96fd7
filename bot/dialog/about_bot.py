"""Questions about the bot itself, in other words than small talk's lists (new-user
trial p, finding 5): "Wofür ist dieser Bot eigentlich da?" was filed and went out
unconfirmed as "Bauen und Planung"; "Wird mein Name an die Stadt weitergegeben?"
became a draft; "was heisst das?" after /meine a question to route.

Each is a family, read as a frame around a closed set of words:
- what the bot is for or does ("wofür/wozu/für was … (dieser) Bot … da", "was macht
  dieser Bot", "what is this bot (actually) for", "à quoi sert ce bot", "a cosa serve
  questo bot"): how it works (small talk's "how_it_works" text);
- whether my name or my data go on ("Wird mein Name weitergegeben?", "Is my name
  passed on?", "Mon nom est-il transmis?", "Il mio nome viene trasmesso?"): what is
  stored and that the city does not see a name ("anonymous" text); who sees or reads
  it is `privacy`'s;
- what that means ("was heisst das?", "what does that mean?", "qu'est-ce que ça veut
  dire?", "cosa significa?") when nothing waits for an answer and the resident has
  concerns: what each status means. At a card or a question it stays theirs.
Nothing is filed; what was waiting is asked again (`general_questions.answer`).
"""

from __future__ import annotations

import re

from bot.dialog.context import Ctx
from bot.dialog.model import State
from store import repository as repo

MAX_WORDS = 14  # a question about the bot is short

_BOT = (
    r"(?:(?:dieser|diese|dies|der|de|dä|das|en|e|this|the|ce|le|questo|il|sto)\s+)?"
    r"(?:bot|chatbot|quartierbot|chat|dienst|service|servizio|kanal|ding|thing|truc|app)"
)
_FILL = (
    r"(?:\s+(?:eigentlich|überhaupt|genau|denn|dänn|actually|exactly|really|exactement|"
    r"vraiment|donc|in\s+realtà|esattamente|hier|da|do|here|ici|qui|gut|guet))*"
)
PURPOSE = re.compile(
    r"^\W*(?:(?:hallo|grüezi|hoi|sali|hi|hello|bonjour|salut|ciao|buongiorno|und|and|et|e)\W+)?"
    rf"(?:(?:wofür|wozu|für\s+was|für\s+wa|zu\s+was)\s+(?:ist|isch|gits|gibt\s+es){_FILL}\s+{_BOT}"
    rf"|(?:was|wa)\s+(?:macht|mached|tuet|tut|kann|chan)\s+{_BOT}"
    rf"|what(?:\s+is|['’]s)\s+{_BOT}{_FILL}\s+for|what\s+does\s+{_BOT}{_FILL}\s+do"
    rf"|what\s+is\s+the\s+(?:purpose|point)\s+of\s+{_BOT}"
    rf"|(?:à|a)\s+quoi\s+(?:sert|servent){_FILL}\s+{_BOT}"
    rf"|(?:que|qu['’]est-ce\s+que)\s+fait\s+{_BOT}"
    rf"|(?:a\s+(?:cosa|che)|per\s+(?:cosa|che\s+cosa))\s+serve{_FILL}\s+{_BOT}"
    rf"|(?:cosa|che\s+cosa)\s+fa\s+{_BOT}){_FILL}\W*$",
    re.IGNORECASE,
)
_MINE = (
    r"(?:meine[nmr]?|mein|min|mini|mine|mis|my|mon|mes|il\s+mio|i\s+miei|miei)\s+"
    r"(?:name|namen|nome|nom|daten|date|data|données|dati|adresse|address|indirizzo|"
    r"telefonnummer|nummer|number|numéro|numero|chat-id)"
)
_GO_ON = (
    r"(?:weitergegeben|weitergeleitet|wiitergäh|wiitergeh|wiitergleitet|übermittelt|"
    r"gezeigt|gesehen|veröffentlicht|passed\s+on|shared|given|sent|forwarded|shown|"
    r"transmis|transmises|communiqué|communiqués|partagé|partagés|montré|"
    r"trasmess[oi]|inoltrat[oi]|condivis[oi]|comunicat[oi]|mostrat[oi])"
)
NAME_PASSED = re.compile(
    r"\b(?:wird|werden|wirt|chunnt|kommt|is|are|will|does|est|sont|sera|seront|viene|vengono|"
    r"verrà|sarà)\b[^.?!]{0,20}?\b" + _MINE + r"\b[^.?!]{0,40}?\b" + _GO_ON + r"\b"
    r"|\b" + _MINE + r"\b[^.?!]{0,25}?\b(?:wird|werden|is|are|est|sont|viene|vengono)\b"
    r"[^.?!]{0,30}?\b" + _GO_ON + r"\b"
    r"|\b" + _MINE + r"(?:-il|-ils|-elle|-elles)\b[^.?!]{0,10}?\b" + _GO_ON + r"\b"
    r"|\b(?:sieht|gseht|sees?|voit|vede)\s+(?:die\s+stadt|d\s+stadt|the\s+city|la\s+ville|"
    r"la\s+città)\s+" + _MINE + r"\b"
    # "Does the city see my name?", "La ville voit mon nom?", "La città vede il mio nome?"
    r"|\b(?:die\s+stadt|d\s+stadt|the\s+city|la\s+ville|la\s+città)\s+"
    r"(?:sieht|gseht|sees?|voit|vede)\s+" + _MINE + r"\b",
    re.IGNORECASE,
)
MEANING = re.compile(
    r"^\W*(?:(?:und|aber|sorry|and|but|et|mais|e|ma)\W+)?(?:"
    r"(?:was|wa)\s+(?:heisst|heißt|bedeutet|bedütet|meint|isch\s+gmeint\s+mit)(?:\s+(?:das|des|"
    r"dä|dies|es|s|genau|denn|dänn|eigentlich|jetzt))*"
    r"|what\s+does\s+(?:that|this|it)\s+mean|what\s+do\s+you\s+mean|meaning\?"
    r"|qu['’]est-ce\s+que\s+(?:ça|ca|cela)\s+(?:veut\s+dire|signifie)|(?:ça|ca)\s+veut\s+dire\s+quoi"
    r"|(?:che\s+)?cosa\s+(?:significa|vuol\s+dire|vuole\s+dire)(?:\s+(?:questo|ciò))?"
    r")\W*$",
    re.IGNORECASE,
)


def key_of(ctx: Ctx, text: str) -> str | None:
    """The text that answers a question about the bot; None for anything else."""
    if len(text.split()) > MAX_WORDS:
        return None
    if PURPOSE.match(text):
        return "smalltalk_how_it_works"
    if NAME_PASSED.search(text):
        return "smalltalk_anonymous"
    if MEANING.match(text) and _nothing_waits(ctx):
        return "status_meanings"
    return None


def _nothing_waits(ctx: Ctx) -> bool:
    """Idle, with concerns of their own: "was heisst das?" is about their list or
    a status message (at a card or a question, the question is what is meant; a
    question of the city open, it may be asked back: `reply_to_city`)."""
    if ctx.state is not State.IDLE or ctx.data.get("fragment"):
        return False
    if not repo.concerns_of(ctx.s, resident=ctx.resident, limit=1):
        return False
    answer = repo.latest_answer(ctx.s, resident=ctx.resident)
    return answer is None or answer.replied or not answer.asked
