"""Urgent rules: the readable safety net next to the trained model (nlp.urgent.model).

Every rule here can be read and tested. A few cues count on their own ("es brennt", gas smell, someone
unconscious); most danger words (fire, smoke, a fall, a knife, a burst pipe, a
cable down) count when the text also says it is happening now ("gerade",
"jetzt", "right now", "!!") or that emergency services were called. A report
about the past ("letzte Woche hat es gebrannt") and a street lamp that "brennt
tagsüber" are not emergencies.
"""

from __future__ import annotations

import re

from nlp.urgent.fall import FALL_NOT_UP
from nlp.urgent.fastre import Alternation, Substrings
from nlp.urgent.fire import fire_named
from nlp.urgent.person_state import STATE_STEMS, person_state

# Patterns run on the lower-cased text (faster than IGNORECASE on Unicode).
_FLAGS = re.VERBOSE

# Urgent on their own: present tense and unambiguous. A person lying on the ground is
# named as a person, with the endings of one ("Nachbarin", "Rentner"), never as the first
# part of a compound: the Nachbarhaus, a Seniorenheim or a Velofahrerweg lie nowhere.
_STRONG = re.compile(
    r"""
    \bes\s+(brennt|brönnt|brännt)\b(?!\s+(kein\s+|s\s+|das\s+|d\s+)?(licht|liecht|lampe)) | \bbrennt\s+es\b | \bin\s+flammen\b | \bon\s+fire\b
    | \bau\s+feu\b | \bincendie\b
    | \bgasgeruch | (riecht|schmöckt|schmeckt|stinkt)\w*('s)?\s+(\w+\s+){0,5}nach\s+gas\b | \bgasleck
    | \bsmell(s|ing)?\s+(\w+\s+)?(of\s+)?gas\b | \bgas\s+leak | \bodeur\s+de\s+gaz
    | \bbewusstlos | \bohnmächtig | \batmet\s+nicht | \bnot\s+breathing\b | \bunconscious\b
    | \bpassed\s+out\b
    | \bbrenn(t|en)\s*! | \bflammen\b | \bflames\b
    | \boffene[sn]?\s+kabel | \bkabel\s+(\w+\s+){0,2}(frei|offen|heraus) | \blive\s+wire
    | \bhanging\s+by\s+(its|the)\s+wires | \bhängt\s+nur\s+noch\s+an\s+(den|einem)\s+kabel
    | \bblutet\b | \bblüetet\b | \bbleeding\b | \bertrinkt\b | \bdrowning\b(?!\s+in\s+(debt|bills|work|paperwork)) | \bse\s+noie
    | \bwolle?\s+nicht\s+mehr\s+leben | \bsuizid | \bumbringen\b | \bkill\s+(him|her)self
    | \brauch\s+(kommt|quillt|dringt|steigt)\s+(\w+\s+){0,3}(aus|us)\b
    | \b(aus|us)\s+(\w+\s+){0,3}(fenster|fänschter|dachfenster|keller|wohnung|gebäude|treppenhaus)\s+(\w+\s+){0,2}(quillt|kommt|dringt)\s+(\w+\s+){0,2}rauch
    | \bdichter\s+rauch | \bes\s+qualmt | \bsmoke\s+(is\s+)?(pouring|coming|billowing) | \bfumée\s+sort
    | \bthere\s+is\s+a\s+fire | \ba\s+fire\s+in\s+the
    | (feuer|füür|fire|\bfeu\b|fuoco|\bglut)\w*\s+(\S+\s+){0,5}(nicht|nöd|nid|not|never|pas|non)\s+(\S+\s+){0,2}(gelöscht|glöscht|usglöscht|ausgemacht|put\s+out|extinguished|éteint|spento)
    | \b(ist|sind|isch|wurde|wird)\s+(\w+\s+){0,2}verletzt | \bsaigne | \binconscient | \bsent\s+le\s+gaz
    | \b(mann|frau|person|kind|jemand|velofahrer(in|innen|n)?|fussgänger(in|innen|n)?|senior(in|innen|en)?|rentner(in|innen|n)?|bub|mädchen|jugendliche[rn]?|maa|nachbar(in|innen|n)?|grosi|grossvater|grossmutter|vater|mutter)\b(\s+\w+){0,6}\s+(liegt|lit|liit)\s+(\w+\s+){0,3}(am|auf\s+dem|auf\s+der|uf\s+de|uf\s+em)\s+(boden|bode|strasse|strass|trottoir|fahrbahn)
    | \b(hat|het|hät)\s+(\w+\s+){0,3}angefahren
    | \bbaum\s+(\w+\s+){0,3}(ist|isch)\s+(\w+\s+){0,3}(auf|uf)\s+(die|d|de[mnr]?|das|s)\s+(strasse|strass|fahrbahn|gleise?|tramgleis|schiene|auto|trottoir)
    | \btree\s+(has\s+)?(fallen|fell|come\s+down)\s+(on|across) | \barbre\s+est\s+tombé
    | \b(baum|bäume|ast)\b(\s+\S+){0,6}\s+(umgestürzt|umgefallen|umgekippt|abgebrochen)\s+und\s+(blockiert|versperrt)\s+(\w+\s+){0,2}(strasse|straße|strass|fahrbahn|spuren?|tramgleise?|gleise?|schienen?)\b
    | \b(baum|bäume|ast|tree|arbre|albero)\b(\s+\S+){0,3}\s+(blockiert|blockieren|versperrt|versperren|liegt\s+(quer\s+)?(auf|über)|lit\s+(quer\s+)?(uf|über)|blocks|blocking|bloque|blocca)\s+(\w+\s+){0,2}(strasse|straße|strass|fahrbahn|spuren?|tramgleise?|gleise?|schienen?|road|street|tram\s+tracks|route|rue|strada|binari)\b
    | (strom)?kabel\s+(\w+\s+){0,2}(liegt|hängt|lit|hanget)\s+(\w+\s+){0,3}(frei|offen|herunter|am\s+boden|auf\s+der\s+strasse)
    | \b(messer|waffe|pistole|knife|gun)\b(\s+\w+){0,4}\s+(bedroht|droht|threatens|threatening)
    | \b(bedroht|threatens|threatening)\s+(\w+\s+){0,4}(mit\s+(einem|em|me)\s+messer|with\s+a\s+knife)
    | \b(prügeln|schlagen|schlönd|prügled)\s+sich\b | \bare\s+fighting\b
    | \b(ins|in\s+die|in\s+den|i\s+d|i\s+de)\s+(wasser|limmat|see|sihl|fluss|bach)\s+(gefallen|gheit)
    | \bfallen\s+into\s+the\s+(river|lake|water)
    | """
    + FALL_NOT_UP
    + r"""
    """,
    _FLAGS,
)

# Every alternative of _STRONG contains one of these substrings: a text with
# none of them skips the (slow, many-branched) pattern. A test checks this.
STRONG_STEMS = (
    "brenn",
    "brönn",
    "bränn",
    "flamm",
    "fire",
    "feu",
    "incendie",
    "gas",
    "gaz",
    "bewusst",
    "ohnm",
    "atmet",
    "breath",
    "uncons",
    "passed",
    "blut",
    "blüet",
    "bleed",
    "ertrink",
    "drown",
    "noie",
    "leben",
    "suizid",
    "umbring",
    "kill",
    "rauch",
    "qualm",
    "smoke",
    "fumée",
    "brand",
    "füür",
    "fuoco",
    "glut",
    "verletz",
    "saign",
    "incons",
    "liegt",
    "lit",
    "liit",
    "angefahr",
    "baum",
    "tree",
    "arbre",
    "bäume",
    "ast",
    "albero",
    "kabel",
    "wire",
    "droht",
    "messer",
    "waffe",
    "pistol",
    "knife",
    "gun",
    "threat",
    "prügel",
    "schlag",
    "schlönd",
    "fight",
    "fall",
    "geblieben",
    "blibe",
    "gheit",
    "stürzt",
    "fell",
    "tomb",
    "cadut",
    "lying",
)

# "Brennende Kerzen", "brennende Augen": burning that is no fire. The present participle
# otherwise says it burns now, as "brennt" does ("Brennender Container").
_NOT_BURNING_THING = (
    r"(?!\s+(kerze|grabkerze|teelicht|fackel|zigarett|kippe|stummel|frage|thema|augen|schmerz"
    r"|hitze|sonne))"
)
# Danger words that need a "now" marker (or emergency services being called). "Ast droht
# abzubrechen" is one: about to fall, with nothing happening now, is a risk
# (docs/urgent-test-set.md); "droht jeden Moment umzufallen!" counts.
_DANGER = re.compile(
    r"""
    \bbrennt\b | \bbrennen\b | \bbrännt\b | \bbrönnt\b | \bbrand\b | \bfeuer\b | \bfüür\b
    | \bflammen\b | \brauch\b | \bqualm | \bfunken\b | \bfunkt\b | \bsmoke\b | \bfire\b
    | \bfumée\b | \bverbrannt | \bverbrännt
    | \bkabel\b | \bwires?\b | \bober-?leitung | \bfahrleitung | \bstromschlag | \bknistert
    | \bgeplatzt | \bwasserrohrbruch | \bwater\s+main | \bburst\b | \büberschwemm | \bflood
    | \bunter\s+wasser | \bfuite\s+d['’]eau | \bcoule\b | \bperdita\s+d['’]acqua
    | \btub[oi]\s+(rott|scoppiat)[oi] | \btuyau\s+(\w+\s+)?(éclaté|percé)
    | \bentgleist | \bderail | \bheruntergerissen
    | \bzusammengebrochen | \bzämebroche | \bcollapsed\b | \bcame\s+down
    | \bon\s+(her|his|the)\s+floor\b | \bim\s+schnee\b
    | \breagiert\s+(kaum|nicht|nöd)\b | \beingeklemmt | \bbewegt\s+sich\s+(kaum|nicht) | \bschmerzen\b | \bhurt\b | \binjured\b | \bverletzt | \bverletzti
    | \bblessée?s?\b | \bhilflos | \birrt\b | \bunterkühlt | \bminus\s*\d+\s*grad
    | \bminusgrad | \bchalt\b | \btabletten\b | \bbalkongeländer | \bausgewiesen | \bevicted
    | \bschlägerei | \bprügel | \bschlagen\s+sich | \bverprügel | \bschlönd\s+sich | \bbedroh
    | \bbedrooh | \bbedräng | \büberfall | \bgreif\w*\s+(\w+\s+){0,6}an\b
    | \bmesser\b | \bwaffe | \bpistole | \bknife\b | \bgun\b | \bweapon | \bthreatened
    | \battack(ed|ing)?\b | \bgetting\s+physical | \bbagarre | \bcouteau | \bagress
    | \bwirft\s+flaschen | \bflaschen\s+fliegen | \bthrowing | \bfight(ing)?\b | \bgeschubst
    | \bangeschrien | \bschwankt\b | \bgekracht | \blose\s+darüber | \bgekippt | \brohrbruch
    | \bzusammenstoss | \bzusammenstoß | \bgrün\s+für\s+beide | \bgleichzeitig\s+grün
    | \beingebrochen | \biibroche | \beingesackt | \bfische\s+treiben | \btote\s+fische
    | \bchlor\b | \bkaum\s+luft | \bkeine\s+luft | \bschlegerei | \beisenstange
    | \bbaugrube\s+(\w+\s+){0,2}offen | \boffene\s+baugrube | \bmit\s+werkzeug | \beinzubrechen
    | \bliegt\s+(\w+\s+){0,2}auf\s+der\s+fahrbahn | \bschlägt\s+(\w+\s+){0,6}ein\b
    | \bkippen\b | \bkippt\b | \bchippt\b | \bumgekippt | \bwagglet | \bfallt\s+uf | \bneigt\s+sich
    | \boffenes\s+loch | \boffnigs\s+loch | \bopen\s+hole | \bdeckel\s+(\w+\s+){0,2}(fehlt|isch\s+wäg|ist\s+weg)
    | \bcover\s+is\s+missing | \bmitten\s+auf\s+der\s+fahrbahn | \bmitten\s+uf\s+de\s+strass
    | \bhanging\s+over\s+the | \bcracked\b | \batemnot | \bgestochen | \baufzubrechen | \beinbruch
    | \bbricht\s+(\w+\s+){0,3}ein\b | \bbreak(ing)?\s+in\b | \bleaning\b | \bknackt\b | \bwackelt\b | \blöst\s+sich
    | \bnot\s+responding\b | \bbricht\s+(\w+\s+){0,4}ab\b | \beinsturz | \bstürzt\s+ein | \babout\s+to\s+fall
    | \bhängt\s+(\w+\s+){0,4}(an\s+(den|einem|offenen)\s+kabel|über) | \bhanget\b
    | \bohne\s+deckel | \boffener\s+schacht | \bbaum\s+(\w+\s+){0,3}(auf|über)\s+
    | \btree\s+(\w+\s+){0,3}(on|over)\s+the | \b(ampel|ample|lichtsignal)\w*\s+(\w+\s+){0,6}(ausgefallen|usgfalle|dunkel)
    | \bchemiegeruch | \bbrennende\s+augen | \bunfall\b | \bangefahren
    | \baccident\b | \bhit\s+by | \blebensgefahr | \blebensgefährlich
    | \bakute?\s+gefahr | \bdanger\s+de\s+mort | \bevakuiert | \bsparking
    | \bdroht\s+(\w+\s+){0,3}(umzustürzen|umzufallen|einzustürzen|abzubrechen|zu\s+kippen|herunterzufallen)
    | \b(brennend|brännend|brönnend)(e[rsnm]?)?\b"""
    + _NOT_BURNING_THING,
    _FLAGS,
)

# A fall is an emergency only when it is happening right now (or help was called):
# "Schwiegervater ist gestürzt und braucht jetzt Unterstützung" is not.
_FALL = re.compile(
    r"\b(gestürzt|stürzt|gefallen|heruntergefallen|gheit|umgheit|abegheit|fell|fallen)\b"
)
_NOW = re.compile(
    r"""
    \b(gerade|grad|grade|jetzt|jetz|ez|soeben|eben|im\s+moment|momentan|sofort|schnell|akut
    | right\s+now | just\s+now | now | currently | en\s+ce\s+moment | maintenant | vite
    | urgent | notfall | emergency | hilfe | help | dringend | immer\s+noch | still | just)\b
    | \balarm\s+(geht|läuft) | \bfire\s+alarm | !
    | \bvor\s+(\d+|zehn|fünf|zwei)\s+minuten | \b(\d+|ten|five|two)\s+minutes\s+ago
    """,
    _FLAGS,
)
# Somebody called the emergency services: it is happening now.
_SERVICES = re.compile(
    r"""
    \b(sanität|ambulanz|ambulance|krankenwagen|feuerwehr|füürwehr|polizei|police|notruf|rega)\b
    (\s+\w+){0,3}\s+(gerufen|gruefe|alarmiert|aaglüüte|unterwegs|called|informiert|on\s+(its|the)\s+way|chunnt|kommt)
    | \b(ambulance|police)\s+called | \bcalled\s+(the\s+)?(police|ambulance)
    | \b(sanität|ambulanz|ambulance|feuerwehr|füürwehr)\s+(isch|ist)\s+(gruefe|alarmiert|unterwegs|aagrüeft|informiert)
    | \b(ambulanz|ambulance)\s+isch\s+aagrüeft
    """,
    _FLAGS,
)
_STRONG_NOW = re.compile(r"\b(gerade|grad|soeben|right\s+now|just\s+now|jetzt\s+gerade)\b")
_PAST = re.compile(
    r"(?<!seit\s)(?<!since\s)(?<!depuis\s)(?<!da\s)(?<!sit\s)\b(gestern|geschter|vorgestern|letzte[nms]?\s+(woche|monat|jahr|sommer|winter|nacht|wochenende)|"
    r"letscht[aeis]?\s+(wuche|monet|jahr|summer|winter|nacht)|vor\s+(\d+|zwei|drei|es\s+paar)\s+(täg|wuche|mönet|jahr)|"
    r"la\s+semaine\s+(passée|dernière)|le\s+mois\s+(passé|dernier)|l'an(née)?\s+(passée?|dernière?)|il\s+y\s+a\s+(deux|trois|\d+)\s+(jours|semaines|mois|ans)|"
    r"ieri|(la\s+settimana|il\s+mese|l'anno|l'estate|l'inverno)\s+scors[oa]|(\d+|due|tre|qualche)\s+(giorni|settimane|mesi|anni)\s+fa|"
    r"last\s+(summer|winter|weekend)|neulich|kürzlich|damals|letztens|letschthin|churzlich|nöd\s+lang\s+her|"
    r"the\s+other\s+day|recently|l'autre\s+jour|récemment|l'altro\s+giorno|di\s+recente|"
    r"(im|in|en|a|ad|au|in\s+the)\s+(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|january|february|march|june|july|october|december|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|frühling|herbst|spring|autumn|printemps|automne|primavera|autunno)|"
    r"heute\s+morgen|hüt\s+(am\s+)?morge|this\s+morning|ce\s+matin|stamattina|stamane|"
    r"(ist|isch|is|'s|now|jetzt|est|è|sind|are|sont|sono)\s+(\w+\s+){0,2}(im\s+spital|in\s+(the\s+)?hospital|im\s+krankenhaus|à\s+l'hôpital|in\s+ospedale)|"
    r"(konnten|sind|got|on\s+a\s+pu|siamo)\s+(\w+\s+){0,2}(raus|use|out|sortir|uscit[ie])|"
    r"(?<!non\s)(ist|isch|wurde|is|was|est|è)\s+(jetzt\s+|now\s+|maintenant\s+|ora\s+)?(gelöscht|glöscht|usglöscht|out\s+now|put\s+out|extinguished|éteint|spento)|"
    r"(a|one|\w+)\s+(week|month|year)s?\s+ago|"
    r"am\s+wochenende\s+gab|vor\s+(\d+|zwei|drei|vier|einigen|ein\s+paar|paar)\s+(tagen|wochen|monaten|jahren)|"
    r"vor\s+(einem|einer)\s+(tag|woche|monat|jahr)|seit\s+(einem|dem)\s+unfall|"
    r"last\s+(week|month|year|night)|yesterday|weeks\s+ago|days\s+ago|hier\s+soir)\b",
)
# "Kinder könnten sich verletzen": a risk, not an emergency.
_HYPOTHETICAL = re.compile(
    r"\b(könnte|könnten|chönnt|chönnti|chönnted|could|might|würde|würden|about\s+to\s+be"
    r"|pourrai(t|ent)|potrebbe(ro)?|irgendwann|eines\s+tages|one\s+day|un\s+jour|prima\s+o\s+poi"
    r"|wird\s+noch\s+(jemand|öpper|en|e|ein)|verunfallt\s+no|going\s+to\s+get\s+hurt"
    r"|va\s+se\s+(blesser|tuer|faire\s+mal)|will\s+(break|get\s+hurt|hurt|fall)|si\s+farà\s+male"
    r"|wird\s+sich\s+(noch\s+)?(verletzen|wehtun)|fascht|beinahe|almost|nearly|presque|failli|per\s+poco)\b"
)
_STILL = re.compile(r"\b(immer\s+noch|noch\s+immer|still|toujours)\b")
# Smoke from a grill, a stove or a chimney is a nuisance, not a fire.
_BENIGN_SMOKE = re.compile(
    r"(grill|holzofe|ofen|stove|fireplace|cheminée|kamin|schornstein|chimney|zigarette|raucher|shisha|feuerstelle)"
)
# "Die Strassenlampe brennt tagsüber" is a lighting report, not a fire.
_LIGHT = re.compile(
    r"(lampe|licht(?!erloh)|liecht|liächt|laterne|kandelaber|beleuchtung|leuchte|lamp|light)"
)
_BURNS = re.compile(
    r"\b(brennt|brennen|brännt|brönnt)\b|\b(brennend|brännend|brönnend)(e[rsnm]?)?\b"
    + _NOT_BURNING_THING
)
# "d Auge brennt", "die Sonne brennt": not a fire.
_NOT_FIRE = re.compile(
    r"(auge|augen|sonne|hals|haut|nessel|brennnessel|kerze|grill|cheminée|kamin|holzofe|ofen|feuerstelle)"
)
_LIGHT_BURNS = re.compile(
    r"\bbrenn(t|en)\s+(\w+\s+){0,2}(tagsüber|den\s+ganzen\s+tag|tag\s+und\s+nacht|immer|dauernd|"
    r"nicht|nöd|nid|auch|am\s+tag)|\b(brennt|brennen)\s*[.!,]?$",
)


_BURN_STEMS = ("brenn", "bränn", "brönn")
# Every word of _FALL contains one of these (tests/test_speed_shortcuts.py checks it).
_FALL_STEMS = ("stürzt", "fall", "gheit", "fell")
# _STRONG.search, faster (nlp.urgent.fastre): alternatives whose words are absent are skipped.
_search_strong_cues = Alternation(_STRONG).search


def _search_strong(text: str) -> re.Match[str] | None:
    """A strong cue: one of _STRONG, a person who does not move, breathe, respond or
    wake up (nlp.urgent.person_state: "my father fell and does not move"), or a fire named
    by its place (nlp.urgent.fire: "Kellerbrand", "Brand im Keller")."""
    return _search_strong_cues(text) or person_state(text) or fire_named(text)


# any(stem in text for stem in STRONG_STEMS or STATE_STEMS), read word by word
STRONG_SEARCH = Substrings((*STRONG_STEMS, *STATE_STEMS))


def rule_cue(text: str, weak: bool = True) -> tuple[str | None, bool]:
    """(matched cue, strong) for a lower-cased text: the cue is None when no rule fires.

    Strong cues are urgent on their own; weak ones needed a "now" marker.
    weak=False skips the weak cues (a caller that would not use them) to save time."""
    strong = _search_strong(text) if STRONG_SEARCH.found_in(text) else None
    danger = _DANGER.search(text) if weak or any(map(text.__contains__, _BURN_STEMS)) else None
    if danger is None and any(map(text.__contains__, _FALL_STEMS)):
        # = _FALL.search(text) if _STRONG_NOW.search(text) or _SERVICES.search(text),
        # the fall looked for first (a text without one needs neither search)
        fall = _FALL.search(text)
        if fall is not None and (_STRONG_NOW.search(text) or _SERVICES.search(text)):
            danger = fall
    if strong is None and danger is None:
        return None, False  # (the light check below cannot change that)
    light = _LIGHT.search(text) is not None
    if danger is not None and light and _BURNS.fullmatch(danger.group(0)):
        danger = None  # "die Lampen brennen": a lighting report
    if strong is None and danger is None:
        return None, False
    if strong is None and not (light or _NOT_FIRE.search(text)):
        strong = _BURNS.search(text)
        if strong is not None and _HYPOTHETICAL.search(text) and not _STRONG_NOW.search(text):
            strong = None  # "das könnte brennen"
    if _PAST.search(text) and not (_STILL.search(text) or _STRONG_NOW.search(text)):
        return None, False
    if strong is not None:
        return strong.group(0).strip(), True
    assert danger is not None
    if _HYPOTHETICAL.search(text) and not _STRONG_NOW.search(text):
        return None, False
    if _BENIGN_SMOKE.search(text):
        return None, False
    if light and _LIGHT_BURNS.search(text):
        return None, False
    if _NOW.search(text) or _SERVICES.search(text):
        return danger.group(0).strip(), False
    return None, False


# A weekday or season without "now": "am Samstag hat ein Hund gebissen".
_WHEN = re.compile(
    r"\b(am|on|le|letzten?|last|im|in|this|ce)?\s*(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|mäntig|zischtig|mittwuch|dunschtig|frietig|fritig|samschtig|sunntig|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì"
    r"|giovedì|venerdì|sabato|domenica|sommer|summer|été)\b"
)


_WEEKDAY = re.compile(
    r"\b(am|on|le|letzten?|last)\s+(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|mäntig|zischtig|mittwuch|dunschtig|frietig|fritig|samschtig|sunntig|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|\b(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s+(scorso|scorsa|sera|notte|mattina)\b"
)


def past_or_risk(text: str) -> bool:
    """A lower-cased text about the past or a risk, with nothing saying it is happening now."""
    if _STRONG_NOW.search(text) or _STILL.search(text):
        return False
    return bool(_PAST.search(text) or _HYPOTHETICAL.search(text) or _WEEKDAY.search(text))


def past_marker(text: str) -> bool:
    """Any word of the past, a risk or another day, even next to "still" ("the stump is still
    there"); only "gerade"/"right now" clear it."""
    if _STRONG_NOW.search(text):
        return False
    return bool(_PAST.search(text) or _HYPOTHETICAL.search(text) or _WHEN.search(text))
