"""Noise is a Ruhestörung, not an emergency (new-user trial m, finding 3).

"Vor der Bar an der Langstrasse 120 ist es laut, Leute schreien herum" (model 0.35),
"Im Hof ist es laut und jemand ruft die ganze Nacht nach seinem Hund" (0.74) and "Vor
der Bäckeranlage ist es laut und jemand ruft" (0.79) were forwarded as DRINGEND: the
model knows shouting and calling from "schreit um Hilfe", "ruft um Hilfe" and "zischt
laut" (a gas leak), and nothing in these texts says anyone is in danger.

A text that complains of noise (loud, noise, music, a party) or of people shouting or
calling about (around, all night, every night, people, a group) is not urgent from the
model alone unless it shows a sign of violence or of someone in danger: a call for
help, a fight, someone beaten, a weapon, blood, an injury, a threat, fear.
"Jemand schreit um Hilfe", "Vor der Bar gibt es eine Schlägerei, es ist laut" and
"Es ist laut, jemand wird geschlagen" stay urgent. Strong rules (a fire, a fall, ...)
are read before this guard and still count.
"""

from __future__ import annotations

import re

from nlp.urgent.fastre import Substrings

# Loudness itself, in the five languages.
_LOUD = (
    r"laut(?!\s+(?:de[mnr]|meine[mnr]?|seine[mnr]?|ihre[mnr]?|unsere[mnr]?|polizei|angaben|aussage))"
    r"|lut|lärm\w*|lärmig\w*|krach|radau|gegröle|grölen|gröhlen|grööle\w*|musik"
    r"|party|partys|bass|ruhestörung|nachtruhe"
    r"|loud|noise|noisy|music|partying|racket"
    r"|bruit\w*|bruyant\w*|tapage|musique|fête"
    r"|rumore|rumori|rumoros\w*|chiasso|schiamazz\w*|musica|baccano|casino"
)
# Shouting or calling, which is noise when people do it about, all night, every night.
_SHOUT = (
    r"schrei\w*|gschrei\w*|brüll\w*|brüel\w*|ruft|rufen|rüeft|rüefed|rüefe|johl\w*"
    r"|shout\w*|yell\w*|scream\w*|calling|call(?:s)?\s+out"
    r"|crie\w*|crient|cris|hurl\w*|gueul\w*"
    r"|urla\w*|grida\w*|strill\w*|chiam\w*"
)
_ABOUT = (
    r"herum|umher|rum|ume|umenand|ganze\s+nacht|jede\s+nacht|jedi\s+nacht|all\s+night"
    r"|every\s+night|toute\s+la\s+nuit|chaque\s+nuit|tutta\s+la\s+notte|ogni\s+notte"
    r"|immer|ständig|dauernd|always|constantly|toujours|sempre|jeden\s+abend|every\s+evening"
    r"|chaque\s+soir|ogni\s+sera|nach\s+seine[mn]?\s+\w+|nach\s+ihre[mn]?\s+\w+"
)
NOISE = re.compile(r"\b(?:" + _LOUD + r")\b")
SHOUTING = re.compile(r"\b(?:" + _SHOUT + r")\b")
ABOUT = re.compile(r"\b(?:" + _ABOUT + r")\b")

# A sign of violence or of someone in danger: the shouting is then a call for help.
DANGER_SIGN = re.compile(
    r"\bhilf|\bhiuf|\bhälf|\bhelp|secours|\baide[rz]?\b|\baiut|\bsos\b|notfall|emergen|urgence"
    r"|schläg|\bschlag|schlönd|schlegerei|prügel|prügl|geschlagen|gschlage|\bverhau|\btritt\b"
    r"|\bfight|\bbeat(?:en|ing)?\b|\bhit(?:s|ting)?\b|\bpunch|bagarre|se\s+battent|\bfrapp|tabass|\bcoups?\b|\brissa"
    r"|\bpicchi|\bbotte\b|messer|mässer|\bknife|couteau|coltello|\bwaffe|\bweapon|pistol|\bgun\b"
    r"|\bblut|\bbluet|\bblood|\bbleed|\bsang(?:s|lant\w*)?\b|verletz|\binjur|\bhurt|\bbless"
    r"|\bferit|schmerz|\bpain\b|douleur|dolore|bedroh|\bdroh|threat|\bmenac|minacc|\bangst"
    r"|\bpanik|\bpanic|\bpeur\b|\bpaura|vergewalt|\brape\b|\bviol\b|stupr"
    r"|\bweint|\bcrying|pleure|piange|verzweifelt|desperat|désespér|disperat"
    r"|überfall|ueberfall|\battack|\bagress|\baggred|\braub|ausgeraubt|\brobb|\brapina"
    r"|bewusstlos|\bohnm|uncons|inconsc|incosc|\bliegt\b|\blying\b|allongé|sdraiat"
    r"|gestürzt|\bgheit|\bfell\b|tombé|cadut|\bbrenn|\bbrann|\bfire\b|\bfeu\b|\bfuoco"
    r"|\brauch\b|\bsmoke|fumée|\bfumo\b|\bgas|\bgaz|explo|esplo|zisch|hiss|siffl|sibil|knack|knall|\bbang"
    r"|leitung|\bleck|\bleak|\bpipe|\brohr|tuyau|conduite|\btub[oi]\b"
    r"|\bkind\b|\bchind\b|\bchild\b|\bkid\b|\bbaby|\bbébé|\benfant\b|\bbambin[oa]\b"
)

_STEMS = Substrings(
    (
        "laut", "lut", "lärm", "krach", "radau", "grö", "musik", "party", "bass", "ruhe",
        "loud", "nois", "music", "racket", "bruit", "bruyant", "tapage", "musique", "fête",
        "rumor", "chiasso", "schiamazz", "musica", "baccano", "casino",
        "schrei", "brüll", "brüel", "ruft", "rufen", "rüef", "johl", "shout", "yell",
        "scream", "call", "crie", "cris", "hurl", "gueul", "urla", "grida", "strill", "chiam",
    )
)  # fmt: skip


def just_noise(low: str) -> bool:
    """Whether a lower-cased text complains of noise with no sign of anyone in danger:
    then the model alone does not make it urgent."""
    if not _STEMS.found_in(low):
        return False
    shouting_about = SHOUTING.search(low) is not None and ABOUT.search(low) is not None
    if NOISE.search(low) is None and not shouting_about:
        return False
    return DANGER_SIGN.search(low) is None
