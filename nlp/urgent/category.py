"""The kind of an emergency (what staff see on its card): the first kind whose cues a
cue or a lower-cased text holds.

A cue is found where it stands as a word, as the hints of nlp.urgent.hints are: at the
start of a word, so that "dringend" holds no "drin" (a burglar still inside), the
Kirchgasse no "gas", a street no "tree", "fast" no "Ast", the Versicherung no
"Sicherung", "beaucoup" no "eau", "rispetto" no "petto"; or anywhere in a word where it
may be a compound's tail ("~": "Erdgas", "Stromkabel", "Strassenbaum", "Verkehrsunfall",
"schwerverletzt", "hingestürzt", "Zürichsee", "Kellerbrand"), with the words it may not
begin or end named ("Gasse", "Sodbrennen", "Durchmesser", "gedämpft", "bisschen").
"""

from __future__ import annotations

import re

from nlp.animals import BITES, MENACES
from nlp.urgent.fall import FALL_NOT_UP
from nlp.urgent.hints import WORD_START


def _cues(*cues: str) -> str:
    """One group of cues, each found at a word's start, or anywhere when marked "~"."""
    group = "(?:" + "|".join(c[1:] if c[0] == "~" else WORD_START + c for c in cues) + ")"
    literals = [_literal(c) for c in cues]
    _GATES[group] = None if None in literals else frozenset(x for x in literals if x)
    return group


# A group's gate: letters every match of one of its cues holds (`_literal`), or None
# when a cue has no such letters. A text that holds none of them cannot match, and
# the regexes (slow with their look-behinds) are not run: most texts name no kind.
_GATES: dict[str, frozenset[str] | None] = {}
_LEAD = re.compile(r"(?:~|\\b|\(\?<[!=][^()]*\))*")  # "~", "\b", a look-behind
_PHRASE = re.compile(r"[^\W\d_]+(?:\\s\+[^\W\d_]+)+(?:\\b)?")
_OPTIONAL = re.compile(r"\(\?:[^()]*\)\?")
_LETTERS = re.compile(r"[^\W\d_]+")


def _literal(cue: str) -> str | None:
    """The letters a cue's matches all begin with (two or more), else None."""
    depth = 0
    for char in cue:  # "a|b" at the top: two cues, no one beginning
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            return None
    rest = cue[_LEAD.match(cue).end() :]  # type: ignore[union-attr]
    if _PHRASE.fullmatch(rest):  # "to\s+live": its longest word ("to" is in most texts)
        return max(re.split(r"\\s\+|\\b", rest), key=len)
    optional = _OPTIONAL.match(rest)  # "(?:strom|ober)?leitung": what follows is in all
    if optional is not None:
        rest = rest[optional.end() :]
    run = _LETTERS.match(rest)
    if run is None:
        return None
    word = run.group()
    if rest[len(word) : len(word) + 1] in ("?", "*", "{"):
        word = word[:-1]  # "sauter?": the last letter may be missing
    return word if len(word) >= 2 else None


word_cues = _cues  # for the words of a kind elsewhere (nlp.urgent.kind)


_DOG = r"\b(hund|hünd|dog|chien|cane)"
# A bite, an attack or a threat (nlp.animals); "Hundebiss" and "zubeissen" are tails, a
# "bisschen" is no bite.
_ATTACK = _cues(
    *(
        {"biss": r"~biss(?!chen|li\b|l\b)", "beiss": "~beiss", "gebissen": "~gebissen"}.get(c, c)
        for c in (BITES + "|" + MENACES).split("|")
    ),
    "~greift", "~grift", "biiss", "verbiss", "attacc", r"\blos\b", "bedroh", "threat", "menac",
    "minacc", "jagt", "chas", "fletsch", "~springt", "jumped", "lunged", "saut[ée]", "salta",
)  # fmt: skip
# A tram, not its stop: a tram stop is a place ("someone has a gun at the tram stop",
# "Tramhaltestelle", "arrêt de tram", "fermata del tram"), no tram danger.
TRAM = (
    r"(?<!arrêt\sde\s)(?<!arrêt\sdu\s)(?<!arrêts\sde\s)(?<!fermata\sdel\s)"
    r"tram(?!\w*halt|\w*station|\s*(?:stop|stations?)\b)\w*"
)
# A burst pipe or a water leak is water in the house (not a person in the water: the
# drowning's "Wasser", "eau" come later).
LEAK_CUES = (
    "~rohrbruch", r"fuite\s+d['’]eau", r"perdit[ae]\s+d['’]acqua", r"burst\s+pipe",
    r"pipe\s+burst", r"water\s+main", r"tub[oi]\s+(?:rott|scoppiat)",
    r"tuyau\s+(?:\w+\s+)?(?:éclaté|percé)",
)  # fmt: skip
_SEE = (
    r"(?<=[^\W\d_])see\b|\b(?:im|in\s+den|in\s+de|i\s+de|am|der|den|dem|de|vom|zum|i\s+d)\s+see\b"
)

# Category of a cue or text: the first pattern that matches wins.
CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("tram_child", _cues(TRAM, "~gleis", "~schiene", "~schiine", "tracks", "rails", "voies", "binari")),
        (
            "hot_car",
            _cues("~auto", "car", "voiture", "macchina")
            + r"\b.*"
            + _cues("heiss", "hot", "sonne", "sun(?!day)", "soleil", "sole", r"~\d\s*grad", r"~\d\s*degr", "hitze", "chaud", "caldo", "eingesperrt", "locked", "enferm", "chius")
            # or shut in first, the car a few words on: "enfermé dans une voiture brûlante"
            + "|" + _cues("eingesperrt", "eingeschlossen", "iigsperrt", "locked", "enferm", "chius")
            + r"\w*(?:\s+[\w'’]+){0,3}?[\s'’]+"
            + _cues("~auto", r"car\b", "voiture", "macchina"),
        ),
        (
            "suicide",
            _cues("~geländer", "~gländer", "railing", "rambarde", "ringhiera", "~springen", "jump", "sauter", "~suizid", "suicid", r"leben\b", r"lebe\b", r"läbe\b", r"life\b", r"mes\s+jours", r"bringe?\s+mi(ch)?\s+(\w+\s+){0,1}um\b", r"to\s+live", r"to\s+die", "finita", "mourir", "morire", "sterbe", r"la\s+vita", "vivre", "vivere", r"me\s+tuer", "uccider", "ammazz", "umbringe", r"kill\s+(him|her|my)self", r"hurt\w*\s+myself", r"end\s+it\s+all"),
        ),
        # A dog that bites, attacks or threatens; a dog that fell or barks is no attack
        # ("the dog has fallen", "a man has fallen and the dog is barking").
        ("dog_attack", _DOG + r"(.*)(" + _ATTACK + ")|(" + _ATTACK + r")(.*)" + _DOG),
        (
            "burglar",
            _cues("einbrech", "iibrech", "eingebrochen", "burglar", r"broke\s+in", "cambriol", "ladro", r"drin(nen)?\b", r"dinn[eä]\b", r"inside\b", r"dentro\b"),
        ),
        ("lift", _cues("~lift", "~aufzug", "elevator", "ascenseur", "ascensore")),
        ("explosion", _cues("~explo", "~esplo")),
        ("chemical", _cues("chemi", "chimi", "~chlor", "~(?<!ge)dämpf", "fumes", "vapeurs", "fumi")),
        (
            "flood_electric",
            _cues(*LEAK_CUES, "sicherung", "sicherig", "~steckdose", "stromverteil", "elektro", "fuse", "electri", "électri", "elettri", r"prese\b", r"prises\b"),
        ),
        ("gas", _cues(r"~gas(?!se\b|sen|t)", "gaz(?!on|ette)")),
        (
            "medical",
            _cues("herz(?!l|ig)", "heart", "cardia", "infarto", "~schlaganfall", "~hirnschlag", "stroke", "ictus", "epilep", "seizure", "~krampf", "convuls", "brust", "chest", "poitrine", "petto", "(?:er|ver)?stick(?!er)", "choking", "étouffe", "soffoca", "~atmet", "breath", "respir", "~schnuuf", "atemnot"),
        ),
        ("fall", FALL_NOT_UP),
        (
            "drowning",
            _cues("~taucht", r"come\s+(back\s+)?up", "resurfac", r"ufe\b", "remont", "riemers", "~ertrink", "vertrink", "drown", "noie", "annega", "~wasser", "water", "eau", "acqua", r"limmat\b", "~" + _SEE, r"sihl\b", "fluss", "lake", "river", "schanzengraben", r"into\s+the\s+(?:water|river|lake|canal)"),
        ),
        (
            "live_cable",
            _cues("~kabel", "wire(?!less)", "(?:strom|ober|fahr|hochspannungs|freil)?leitung", "câble", "cavo(?!l)", "funk", "spark", "étincel", "scintill"),
        ),
        ("tree_down", _cues("~baum", r"ast\b", "ascht", "tree", "branch", "arbre", "branche", "albero", "ramo")),
        ("weapon", _cues("~(?<!durch)messer", "mässer", "~waffe", "pistol", "knife", "gun", "weapon", "gewehr", "rifle", "armed", r"armée?\b", r"armat[oaie]\b", "~bewaffnet", "fusil", "fucile", "couteau", "coltello", r"beil\b", r"axe\b")),
        (
            "violence",
            _cues("schläg", r"schlag(?!l|zeil|rahm|er\b|wort)", "schlönd", "schlegerei", "schlaht", "~(?<!vor)geschlagen", "~(?<!vor)gschlage", "~prügel", "~prügl", "fight", "bagarre", "rissa", "beaten", "tabass", "picchia", "frapp", "bedroh", "attack", "agress"),
        ),
        (
            "traffic_accident",
            _cues("~unfall", "accident", "angefahr", "aagfahr", "agfahr", r"hit\s+by", "investit", "renvers", "incident", "crash", "kollision", "kollidi", "collision", "zusammenstoss"),
        ),
        (
            "unconscious",
            _cues("bewusstlos", "ohnmächtig", "uncons", r"passed\s+out", "inconsc", "incosc", "svenut", "reagiert", r"not\s+respond", r"ne\s+répond", r"non\s+risponde", "regungslos", "reglos", r"~(?:\bnot|n't|\bno\s+longer|\bstopped)\s+(mov|respond|react|wak|com\w+\s+round)", r"(bewegt|rührt|rüert|rüehrt|regt)\s+sich", r"wacht\b", r"ne\s+(bouge|réagit|se\s+réveille)", r"non\s+(si\s+muove|reagisce|si\s+sveglia)"),
        ),
        ("bleeding", _cues("~blut", "~blüet", "bleed", "saign", "sangu", "~verletz", "injur", "hurt", "bless", "ferit")),
        ("fall", _cues("~gestürzt", "~(?<!aus)gefallen", "~gheit", r"fell\b", r"~(?<!ab)fallen\b", "tomb(?!ola)", "cadut")),
        ("smoke", _cues("rauch", "~qualm", "smoke", "fumée", r"fume(nt)?\b", "fumo")),
        (
            "fire",
            _cues("~(?<!sod)brenn", "~brönn", "~bränn", "~feuer", "~füür", "~flamm", "~fire", "flame", "feu(?!ille|tre)", "incendi", r"~brand(?!neu|\s+new|enburg|schenk)", "bruci", "fiamm", "fuoco"),
        ),
    )
)  # fmt: skip


# A dog attack names the dog, before or after the attack (`_DOG` in both branches).
_GATES[CATEGORIES[3][1].pattern] = frozenset(("hund", "hünd", "dog", "chien", "cane"))
_GATED = tuple((name, pattern, _GATES.get(pattern.pattern)) for name, pattern in CATEGORIES)


def category_of(text: str) -> str | None:
    """The kind of a lower-cased cue or text, None when it names none."""
    for name, pattern, gate in _GATED:
        if gate is not None and not any(word in text for word in gate):
            continue
        if pattern.search(text):
            return name
    return None
