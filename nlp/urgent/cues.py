"""Cues around the model: idioms to strip, contexts that veto, extra strong rules (the kinds
of emergencies are in nlp.urgent.category).

All patterns run on the lower-cased text.
"""

from __future__ import annotations

import re

from nlp.neighbours import NEIGHBOUR
from nlp.urgent.fastre import Alternation, Substrings

_FLAGS = re.VERBOSE

# Idioms that use danger words for something else: removed from the text before
# rules and model look at it, so "es brennt mir unter den Nägeln, und der
# Container brennt" still counts the container.
# A burn that is denied is a light that is out, never a fire: "Sie brennt immer noch
# nicht" (the street light, after "erledigt") raised the fire alarm (new-user trial j,
# finding 5: the rule "brennt", the model 0.75), "Es brennt wieder nicht", "si brännt
# nöd", "…, dass sie nicht mehr brennt". Only adverbs may stand between the verb and its
# "nicht" ("es brennt und ich komme nicht raus" stays); "brennt nicht nur im Keller",
# "nicht lange", "nicht weit von hier" stay fires.
_BURN_ADVERB = (
    r"(?:immer|noch|no|nach\s+wie\s+vor|wieder|wider|schon|scho|weiterhin|leider|trotzdem"
    r"|glich|gliich|heute|hüt|jetzt|jetz|auch|au|nachts|abends|znacht|ja|halt|eh|gar"
    r"|(?:seit|sit)\s+\w+(?:\s+\w+)?)"
)
_NEGATED_BURN = (
    r"\b(?:brennt|brennen|brännt|brönnt)(?:\s+(?:es|sie|er|si|är|se))?(?:\s+"
    + _BURN_ADVERB
    + r"){0,4}"
    r"\s+(?:nicht|nöd|nid|nüm|nümme|nüme|nie)\b(?:\s+(?:mehr|meh))?"
    r"(?!\s+(?:nur|bloss|numme|nume|lange?|weit|wiit|wit)\b)"
    r"|\b(?:nicht|nöd|nid|nüm|nümme|nüme|nie)(?:\s+(?:mehr|meh))?\s+(?:brennt|brennen|brännt|brönnt)\b"
)
IDIOMS = re.compile(
    r"""
    \b(es\s+)?(brennt|brännt|brönnt)\s+(mir|mer|üs|uns)\s+(\w+\s+){0,2}(unter|under)\s+de[nr]?\s+(nägeln|nägel|negel|fingernägeln)
    | \b(ertrinke|vertrinke|ertrinken|versinke)\s+(\w+\s+){0,2}(in|i)\s+(der\s+|de\s+)?(arbeit|arbet|papier\w*|mails|akten|rechnungen)
    | \b(drowning|drown)\s+in\s+(work|paperwork|debt|bills|emails|forms)
    | \b(je\s+me\s+noie|noyée?)\s+dans\s+(le\s+|la\s+|les\s+)?(travail|paperasse|papiers|dettes)
    | \b(affogando|annegando|affogo)\s+(nel(la|le)?|in)\s+(lavoro|burocrazia|carte|debiti)
    | \b(killing|kills)\s+me\b | \bbringt\s+mi(ch)?\s+(\w+\s+){0,2}um\b | \bmi\s+sta\s+uccidendo | \bme\s+tue\b
    | \bmort[es]?\s+de\s+rire | \bmuoio\s+dal\s+ridere | \btot\s*gelacht | \bzum\s+totlachen
    | \b(kopf|chopf|head)\s+(\w+\s+){0,2}(explodiert|explode|platzt) | \bplatze\s+gleich
    | \bfeuer\s+und\s+flamme | \bfüür\s+und\s+flamme | \bon\s+fire\s+with\s+(ideas|enthusiasm)
    | \b(brennt|brennen|brännt)\s+für\s+(das|die|de|s|den|unser) | \bpulverfass | \bticking\s+time\s+bomb
    | \bich\s+sterbe\s+(fast|gleich) | \bmega\s+tötlich
    | \b(gefeuert|gfüüret|füüret|gfüürt|got\s+fired|been\s+fired|licenziat[oa]|licencié)\b
    | \bbombe\s+à\s+retardement | \bbomba\s+a\s+orologeria | \bzeitbombe | \bexplosive\s+(stimmung|mischung|lage|atmosphäre|situation|mix)
    | \b(war|was|is|isch|est|était|è|era)\s+(\w+\s+){0,2}(explosiv|explosive|explosif|esplosiv[ao]|der\s+knaller|a\s+blast|une\s+bombe|la\s+bomba|de\s+hammer|der\s+hammer)\b
    | \b(es\s+)?(brennt|brännt|brönnt)\s+(an|a)\s+(allen|allne|alle)\s+(ecken|egge|enden|änd) | \bbleeding\s+(us|me|them|him|her)\s+dry
    | \b(krieg|kriege|bekomme|überchume|überchum)\s+(\w+\s+){0,2}(en|einen)\s+herzinfarkt | \bgave\s+me\s+a\s+heart\s+attack | \bfailli\s+faire\s+une\s+crise\s+cardiaque | \bmi\s+(è\s+)?(viene|venuto)\s+un\s+infarto
    | \b(gibt|geben|gäbed|gänd|git|gend|gebe)\s+(\S+\s+){0,4}(voll)?gas\b | \bvollgas | \bstep\s+on\s+the\s+gas | \bmettent\s+les\s+gaz | \bdanno\s+gas
    | \bbrennende\s+(frage|thema) | \bburning\s+(question|issue) | \bquestions?\s+brûlantes? | \bquestione\s+scottante
    | \b(wasser|wasser)\s+(\w+\s+){0,2}bis\s+zum\s+hals | \bsterbe?\s+vor\s+langeweile | \bstirb\s+vor\s+langwiil | \bdying\s+of\s+boredom | \bmeurs\s+d'ennui | \bmuoio\s+di\s+noia
    | \bfeuer\s+unter(m|\s+dem)\s+dach | \bland\s+unter | \bfeu\s+vert | \bgot\s+fired
    | \b(a|an|total|complete|absolute|utter)\s+(car\s+crash|train\s*wreck|trainwreck)\s+of\b(?!\s+(two|three|several|\d+|cars?|vehicles?|trams?|bus(es)?|bikes?|bicycles?|trucks?|lorr(y|ies)|scooters?)\b)
    | \b(mir|mer|my|mon|il\s+mio|mi)\s+(\w+\s+){0,2}(blutet|bluetet|bleeds|saigne|sanguina)\s+(das\s+|s\s+|d\s+|de\s+|il\s+)?(herz|härz|heart|c(œ|oe)ur|cuore)\b
    | \b(my|das|s|le|mon|il\s+mio)\s+(herz|härz|heart|c(œ|oe)ur|cuore)\s+(blutet|bluetet|bleeds|is\s+bleeding|saigne|sanguina)\b | \bc(œ|oe)ur\s+qui\s+saigne
    | \b(es\s+)?(brennt|brännt|brönnt)\s+(mir|mer|üs|uns)\s+(\w+\s+){0,2}(auf|uf)\s+(der|de)\s+(seele|seel|zunge)\b | \bme\s+brûl(e|ent)\s+les\s+lèvres | \bmi\s+brucia\s+(\w+\s+){0,2}?lo\s+stomaco
    | \b(suizid|suicid)\w*[-\s]?(prävention|praevention|prophylaxe|vorbeugung|prevention|prévention|prevenzione)\w*
    | \b(prävention|praevention|vorbeugung|prevention|prévention|prevenzione)\s+((von|vor|gegen|of|du|de|des|del|della|dei|la)\s+){0,2}(suizid|suicid)\w*
    | """
    + _NEGATED_BURN,
    _FLAGS,
)

# Every alternative of IDIOMS contains one of these: a text with none skips the pattern.
IDIOM_STEMS = (
    "crash",
    "wreck",
    "nägel",
    "nagel",
    "negel",
    "ertrink",
    "vertrink",
    "versink",
    "drown",
    "noie",
    "noyé",
    "affog",
    "anneg",
    "kill",
    "bringt",
    "uccid",
    "tue",
    "rire",
    "ridere",
    "lach",
    "explod",
    "flamme",
    "fire",
    "herzinfarkt",
    "heart",
    "cardiaque",
    "infarto",
    "gas",
    "gaz",
    "brennend",
    "burning",
    "brûlant",
    "scottante",
    "hals",
    "langeweile",
    "langwiil",
    "boredom",
    "ennui",
    "noia",
    "dry",
    "feuert",
    "füüret",
    "füürt",
    "fired",
    "licenzi",
    "licenci",
    "explos",
    "esplos",
    "knaller",
    "blast",
    "hammer",
    "brennt",
    "brennen",
    "bränn",
    "brönn",
    "pulverfass",
    "bomb",
    "sterbe",
    "tötlich",
    "kopf",
    "chopf",
    "head",
    "platze",
    "feuer",
    "land",
    "vert",
    "prävention",
    "praevention",
    "prophylaxe",
    "vorbeugung",
    "prevention",
    "prévention",
    "prevenzione",
    "blutet",
    "bluetet",
    "bleed",
    "saigne",
    "sanguina",
    "brûle",
    "brucia",
)  # fmt: skip

# Pleas that say nothing about what happened ("Hilfe, mein Kübel wurde nicht geleert")
# and connectors that join a second matter ("Übrigens", "by the way", "PS"): the model
# does not see them (the rules still do; the detector splits at connectors). A corpus
# that put connectors mostly before emergencies taught a model they were one.
PLEAS = re.compile(
    r"\b(hilfe|hiuf|hälfed\s+sie|help|sos|notfall|emergency|emergenza|urgence|urgente?|dringend"
    r"|au\s+secours|aiuto|aidez[- ](moi|nous)|bitte\s+(schnell|kommen\s+sie)|please\s+hurry|vite|presto"
    r"|übrigens|uebrigens|ausserdem|apropos|by\s+the\s+way|btw|au\s+fait|d'ailleurs|a\s+proposito|inoltre"
    r"|und\s+noch\s+was|und\s+no\s+öppis|no\s+öppis|noch\s+etwas|ach\s+ja|ah\s+ja|et\s+aussi|e\s+poi"
    r"|oh\s+and|one\s+more\s+thing|autre\s+chose|un'altra\s+cosa|ps|p\.\s?s)\b[!?.:,]*"
    r"|\balso,"
)
PLEA_STEMS = (
    "hilf", "hiuf", "hälf", "help", "sos", "notfall", "emergen", "urgen", "dringend", "secours",
    "aiuto", "aidez", "bitte", "hurry", "vite", "presto",
    "brigens", "ausserdem", "apropos", "the way", "btw", "au fait", "ailleurs", "proposito",
    "inoltre", "noch was", "öppis", "noch etwas", "ach ja", "ah ja", "et aussi", "e poi",
    "oh and", "more thing", "autre chose", "altra cosa", "ps", "p.", "also,",
)  # fmt: skip


# any(stem in text for stem in ...), read word by word (nlp.urgent.fastre.Substrings)
_IDIOM_SEARCH = Substrings(IDIOM_STEMS)
_PLEA_SEARCH = Substrings(PLEA_STEMS)
# IDIOMS.search, faster (55 -> 13 us a text holding an idiom stem; nlp.urgent.fastre)
_search_idioms = Alternation(IDIOMS).search


def strip_idioms(low: str) -> str:
    """The lower-cased text without its idioms; the very same object when it has none."""
    if _IDIOM_SEARCH.found_in(low) and _search_idioms(low) is not None:
        return IDIOMS.sub(" ", low)
    return low


def strip_pleas(text: str) -> str:
    """The text without pleas; the very same object when it has none."""
    if _PLEA_SEARCH.found_in(text) and PLEAS.search(text):
        return PLEAS.sub(" ", text)
    return text


def model_text(low: str) -> str:
    """What the model reads: the lower-cased text without idioms, pleas and connectors (the very same
    object when there are none). Training reads the same (nlp.urgent.training)."""
    return strip_pleas(strip_idioms(low))


# Announced or harmless "danger": a drill, a siren test, fireworks, a barbecue.
# These veto the model and the weak rules (not a strong cue such as "es brennt").
VETO = re.compile(
    r"""
    \b\w*(übung|üebig|uebig)\b | \bfire\s+drill | \b(evacuation\s+)?drill\b | \bexercice | \besercitazione
    | sirene\w*\s*test | sirenen?te(s|sch)d?t? | siren\s+test | test\s+(des|de\s+la)\s+sirènes? | test\s+delle\s+sirene | probealarm
    | feuerwerk | füürwerch | böller | chracher | knallkörper | raketen | rageete | firework | firecracker | pétard | feux\s+d'artifice | fuochi\s+d'artificio | petard
    | (?<!nicht\s)(?<!nöd\s)(?<!nid\s)(?<!not\s)(?<!n't\s)(?<!never\s)(?<!pas\s)(?<!non\s)(?<!non\sè\s)(?<!ganz\s)(?<!richtig\s)(?<!properly\s)
      \b(gelöscht|glöscht|usglöscht|put\s+out|extinguished|is\s+out\s+now|éteint|spento)\b | \bpracti[sc]e | \b(übt|üben|üebt|üebed|übend|trainiert)\b | \b(smoking|smokers?|kiffen|kifft|raucher|fumeurs?|fumatori)\b
    | \bgrill | \bbarbecue | \bbbq\b | grigliat | cheminée | \bkamin | holzofe | wood\s+stove | schwedenofen
    """,
    _FLAGS,
)

# A light that "burns" in any language: a lighting report, unless flames or smoke are named.
LIGHT_BURNS = re.compile(
    r"(lampe|licht(?!erloh)|liecht|laterne|kandelaber|beleuchtung|leuchte|lamp|light|lampion|lampad|luce|luci\b"
    r"|lampadaire|réverbère|lumière|éclairage|illuminazione|lanterne)\w*(\s+\S+){0,8}\s+"
    r"(brennt|brennen|brännt|brönnt|burn|burns|burning|brûle|brûlent|brucia|bruciano)\b"
)

# Emergencies the older rules did not name; urgent on their own.
EXTRA_STRONG = re.compile(
    r"""
    \b(kind|chind|bueb|baby|kleinkind|bub|mädchen|child|kid|toddler|enfant|bambin[oa]|bimbo)\b(\s+\S+){0,6}\s+(auf|uf|on|sur|sui|mitten\s+auf)\s+(\S+\s+){0,2}(tram\w*|gleis\w*|geleise\w*|schiene\w*|schiine|tracks|rails|voies|binari)
    | \b(tram\w*|gleis\w*|schiene\w*|tracks|binari)\b(\s+\S+){0,3}\s+(läuft|lauft|spielt|spilt|sitzt|hockt|playing|walking)\s+(\w+\s+){0,2}(kind|chind|child|kid)
    | \b(baby|kind|chind|hund|dog|child|kid|bébé|chien|bambino|cane)\b(\s+\S+){0,6}\s+(im|in\s+a|in\s+the|dans\s+(une|la)|in)\s+(\w+\s+){0,2}(auto|car|voiture|macchina|wagen)\b(\s+\S+){0,8}\s*(eingesperrt|eingeschlossen|iigsperrt|locked|enfermée?|chius[oa]|heiss|hot|hitze|sonne|sun|soleil|sole|\d\d\s*grad|\d\d\s*degrees)
    | \b(locked|eingesperrt|iigsperrt|enfermée?|chius[oa])\s+(\w+\s+){0,3}(auto|car|voiture|macchina)\b
    | \b(geländer|gländer|railing|rambarde|ringhiera|brüstung)\b(\s+\S+){0,6}\s+(springen|abegumpe|jump|sauter|buttarsi|buttare)
    | \b(will|wott|wants\s+to|veut|vuole)\s+(\w+\s+){0,3}(springen|abegumpe|jump|sauter|buttarsi)
    | \b(aussen|usse|outside)\s+(am|of\s+the)\s+(\w+\s+)?(geländer|gländer|railing) | \bnicht\s+mehr\s+leben | \bnüm(me)?\s+lebe\b | \bend\s+(his|her|my)\s+life | \bfarla\s+finita | \bveut\s+mourir
    | \b(hund|hünd|dog|chien|cane)(e|es|s|en)?\s+(\S+\s+){0,10}(beisst|bisst|bisse|biisse|gebissen|greift|grift|attack\w*|bit|mord\w*|attaqu\w*|attacc\w*|morso|aggredit[oa]|angesprungen|angefallen)\b
    | \b(einbrecher|iibrecher|burglar|cambrioleur|ladro)\b | \b(eingebrochen|iibroche|broke\s+into|breaking\s+into)\b(\s+\S+){0,6}\s+(noch\s+drin|no\s+dinne|still\s+inside) | \bencore\s+dans\s+l'appartement | \bancora\s+dentro
    | \b(lift|aufzug|elevator|ascenseur|ascensore)\b(\s+\S+){0,10}\s+(schlecht|ohnmächtig|zämebroche|panik|kaum\s+luft|breath\w*|unwell|fainted|se\s+sent\s+(très\s+)?mal|sente\s+male|respir\w*|chuum)
    | \b(explosion|explodiert|explodier|exploded|explosé|esplos\w*)\b
    | \b(s'est\s+(écroulée?|effondrée?)|zusammengesackt|zämegsackt|zämegheit|zusammengebrochen|zämebroche|collapsed|(è|si\s+è)\s+(crollat[oa]|accasciat[oa]))\b
    | \b(flammes|fiamme|flämme)\b | \b(reek|stink)(s|ing)?\s+(\w+\s+)?of\s+gas\b
    | \b(liegt|liit|lit|lying|allongée?|sdraiat[oa]|a\s+terra|par\s+terre)\b(\s+\S+){0,4}\s+(mann|frau|herr|dame|person|jemand|öpper|kind|bub|bueb|mädchen|meitli|junge|maa|grosi|man|woman|guy|someone|homme|femme|quelqu'un|uomo|donna|qualcuno|signor\w*)\b(\s+\S+){0,8}\s+(reagiert\s+(nicht|nöd|nid|kaum)|not\s+respond\w*|(doesn't|isn't|won't)\s+respond\w*|ne\s+réagit\s+(pas|plus)|non\s+reagisce)
    | \b(mann|frau|herr|dame|person|jemand|öpper|kind|bub|bueb|mädchen|meitli|junge|maa|grosi|man|woman|guy|someone|homme|femme|quelqu'un|uomo|donna|qualcuno|signor\w*)\b(\s+\S+){0,4}\s+(liegt|liit|lit|is\s+lying|lying|est\s+allongée?|è\s+sdraiat[oa])\b(\s+\S+){0,10}\s+(reagiert\s+(nicht|nöd|nid|kaum)|not\s+respond\w*|(doesn't|isn't|won't)\s+respond\w*|ne\s+réagit\s+(pas|plus)|non\s+reagisce)
    | \b(other\s+side|wrong\s+side|falsche[n]?\s+seite|falsche\s+site|altra\s+parte|l'autre\s+côté|aussen|usse|outside)\s+(\w+\s+){0,2}(geländer|gländer|railing|rambarde|parapet|ringhiera|brüstung)
    | \b(smell|geruch|gruch|odeur|odore)\w*(\s+\S+){0,8}\s+(coughing|husten|hueste|tousse\w*|tossisc\w*|atemnot|can't\s+breathe)
    | \b(herzinfarkt|heart\s+attack|crise\s+cardiaque|infarto|schlaganfall|hirnschlag|stroke\b|ictus|epilepti\w*|seizure|krampft|krampfanfall|convuls\w*|brustschmerz\w*|chest\s+pain|douleur\s+à\s+la\s+poitrine|dolore\s+al\s+petto|s'étouffe|soffoca|schnuufet\s+nüm|respire\s+plus|non\s+respira)
    | \b(nicht\s+mehr\s+aufgetaucht|taucht\s+nicht\s+(mehr\s+)?auf|hasn't\s+come\s+(back\s+)?up|isn't\s+resurfacing|chunnt\s+nüm(me)?\s+ufe|n'est\s+pas\s+remontée?|non\s+(è\s+)?riemers[oa])\b
    | \b(ertrinkt|vertrinkt|drowning|se\s+noie|annega\w*|anneg)\b | \b(im|in\s+the|dans\s+l'|in)\s*(wasser|water|eau|acqua)\b(\s+\S+){0,8}\s+(hilfe|help|secours|aiuto|((geht|gaht|ging|goes|going|went|keeps\s+going|va)\s+(\w+\s+){0,2}(unter|under|sotto)))
    | \b(zusammengeschlagen|zämegschlage|verprügelt|verprüglet|beaten\s+up|tabass\w*|picchia\w*|se\s+fait\s+frapper|schlägt\s+(sie|ihn|si|en))\b
    | \b(sanguina|perde\s+sangue|ferit[oa]|blessée?|svenut[oa]|privo\s+di\s+sensi|incosciente|fait\s+des\s+étincelles|fa\s+scintille|sparking)\b
    | \b(incendio|in\s+fiamme|sta\s+bruciando|brucia|fuoco|fumo\s+(nero|denso)|esce\s+fumo|odore\s+di\s+gas|puzza\s+di\s+gas|fuga\s+di\s+gas|fuite\s+de\s+gaz)\b
    | \b(coltello|pistola|couteau|pistolet)\b
    | \b(mann|frau|person|jemand|öpper|maa|typ|kerl|man|woman|guy|someone|somebody|bloke|homme
        |femme|type|mec|quelqu'un|individu|uomo|donna|tizio|tipo|qualcuno|individuo)\b(\s+\S+){0,3}?
        \s+(mit|with|avec|con)\s+((einer|einem|ere|em|me|e|en|a|an|un|une|una|uno)\s+|un['’]\s*)
        (?!(spielzeug\w*|toy|water|wasser\w*|fake|nerf|jouet|giocattolo|ad\s+acqua)\b)(\w+\s+)?
        (pistole|waffe|schusswaffe|gewehr|messer|mässer|gun|handgun|pistol|rifle|knife|weapon
        |pistolet|arme|fusil|couteau|pistola|arma|fucile|coltello)\b
    | \b(armed\s+(man|woman|person|guy|men)|(homme|femme|individu)\s+armée?|(uomo|donna|persona|tizio)\s+armat[oa]
        |bewaffnete[rn]?\s+(mann|frau|person|typ|maa))\b
    | \b(investito|renversée?|incidente|scontro)\b
    | \b(chemi|chimi)\S*(\s+\S+){0,10}\s+(atemnot|hust\w*|tossisc\w*|touss\w*|cough\w*|übel|schwindlig|dizzy|vertig\w*|nause\w*|brennen|burning|can't\s+breathe|kaum\s+(atmen|luft)|chuum\s+schnuufe|respir\w*)
    | \b(chemiegeruch|chlorgas|giftige?\s+dämpfe|giftigi\s+dämpf|toxic\s+fumes|chemical\s+fumes|vapeurs\s+toxiques|fumi\s+tossici)\b
    | \b(sicherungskasten|stromverteiler|elektroverteil\w*|fuse\s+box|electrical\s+panel|tableau\s+électrique|quadro\s+elettrico|steckdose\w*|sockets|prises|prese)\b(\s+\S+){0,6}\s+(wasser|water|eau|acqua|im\s+wasser|under\s+water)
    | \b(wasser|water|eau|acqua)\b(\s+\S+){0,8}\s+(sicherungskasten|stromverteiler|elektroverteil\w*|steckdose\w*|fuse\s+box|electrical|électrique|elettric\w*|sockets|prises|prese)
    | \b(mann|frau|person|jemand|öpper|NEIGHBOUR|mensch|man|woman|someone|homme|femme|quelqu'un|uomo|donna|qualcuno|vicin[oa])\b(\s+\S+){0,8}\s+(tot|leblos|lifeless|dead|morte?|mort[oa])\b
    | \b(leiche|dead\s+body|cadavre|cadavere)\b
    | \b(kind|chind|sohn|tochter|bub|bueb|mädchen|meitli|child|kid|son|daughter|enfant|fils|fille|bambin[oa]|figli[oa])\b(\s+\S+){0,6}\s+(verschwunden|vermisst|missing|disappeared|disparue?|scompars[oa]|sparit[oa]|nicht\s+mehr\s+(finden|auffindbar)|nümme\s+finde|can't\s+find)
    | \b(fische|fisch|fish|poissons|pesci)\b(\s+\S+){0,4}\s+(sterben|verenden|tot|dying|dead|meurent|morts|muoiono|morti)\b
    | \b(kill|killing|hurt|hurting)\s+myself\b | \bsuicid\w* | \bend\s+it\s+all\b | \b(don't|dont|do\s+not)\s+want\s+to\s+live\b
    | \bwant\s+to\s+die\b | \bme\s+suicider\b | \bje\s+(vais|veux)\s+me\s+tuer\b | \bveux\s+(plus\s+vivre|mourir)\b
    | \bnon\s+voglio\s+(pi[uù]\s+)?vivere\b | \b(uccidermi|ammazzarmi|suicidarmi)\b | \b(mi\s+voglio|voglio)\s+(uccidere|ammazzare)\b
    | \b(nüm(m?e)?|nöd\s+meh|nid\s+meh|nüme\s+meh)\s+läbe\b | \b(mi|mich)\s+umbringe\b
    | \b(will|möchte|möcht|wott|wett|wetti|wotti)\s+((?!nicht\b|nöd\b|nid\b|kein)\w+\s+)?sterbe(n)?\b
    | \bkei(ne?)?\s+(bock|lust|kraft)\s+(meh|mehr)\s+(z|zu|z')\s*(läbe|leben)\b
    | \b(voglio|vorrei|ho\s+voglia\s+di)\s+morire\b | \btoglier(mi|e)\s+la\s+vita\b
    | \b(mir|mer)\s+(\w+\s+){0,2}(das|s|d)\s+(leben|läbe)\s+(zu\s+|z\s+)?(nehmen|näh|neh)\b
    | \b(ich|i)\s+(bringe?|bring's)\s+(mich|mi)\s+(jetzt\s+|grad\s+|gleich\s+|noch\s+)?um\b(?!\s+(den|die|das|d|de|s|mein\w*|min\w*)\b)
    | \b(ich|i)\s+(will|möchte|wott|werde?)\s+(mich|mi)\s+(\w+\s+){0,2}umbringe(n)?\b | \b(mich|mi)\s+umzubringen\b
    | \btake\s+my\s+(own\s+)?life\b | \bmettre\s+fin\s+à\s+mes\s+jours\b
    | \b(stecke|steckt|stecken|stecked|sitze|sitzt|sitzen|eingeschlossen|eingesperrt|gefangen)\s+(\w+\s+){0,3}(im|in\s+einem|i|im\s+en)\s+(lift|aufzug)\b
    | \b(stuck|trapped)\s+in\s+(the|an?)\s+(lift|elevator)\b | \bcoincée?s?\s+dans\s+l'ascenseur\b
    | \bbloccat[oaie]\s+(in|nell['’])\s*ascensore\b
    """.replace("NEIGHBOUR", NEIGHBOUR),
    _FLAGS,
)

# EXTRA_STRONG.search, faster (nlp.urgent.fastre): alternatives whose words are absent are skipped.
search_extra_strong = Alternation(EXTRA_STRONG).search

# Every alternative of EXTRA_STRONG contains one of these (a test checks it on the corpora).
EXTRA_STEMS = (
    "myself", "suicid", "end it all", "to live", "to die", "tuer", "vivre", "mourir", "vivere",
    "uccider", "ammazz", "läbe", "umbring", "sterbe", "leben", "morire", "la vita", "bring",
    "my life", "my own life", "mes jours",
    "lift", "aufzug", "elevator", "ascenseur", "ascensore",
    "écroul", "effondr", "gesackt", "gsackt", "zämegheit", "gebrochen", "broche", "collapsed",
    "crollat", "accasciat",
    "tram", "gleis", "schien", "schiine", "track", "rail", "voies", "binari",
    "auto", "car", "voiture", "macchina", "wagen", "geländer", "gländer", "rambarde",
    "ringhiera", "brüstung", "spring", "gumpe", "jump", "saut", "butta", "leben", "lebe", "life",
    "finita", "mourir", "hund", "hünd", "dog", "chien", "cane", "einbr", "ngebroch", "iibr", "burglar",
    "cambriol", "ladro", "broke", "breaking", "encore", "ancora", "lift", "aufzug", "elevator",
    "ascenseur", "ascensore", "explo", "esplo", "herz", "heart", "cardiaque", "infarto",
    "schlaganfall", "hirnschlag", "stroke", "ictus", "epilep", "seizure", "krampf", "convuls",
    "brust", "chest", "poitrine", "petto", "étouffe", "soffoca", "schnuuf", "respir",
    "flamm", "fiamm", "flämm", "reek", "stink", "liegt", "liit", "lit", "lying", "allong", "sdraiat",
    "terra", "terre", "side", "seite", "site", "parte", "côté", "aussen", "usse", "outside",
    "smell", "geruch", "gruch", "odeur", "odore", "taucht", "come", "resurfac", "ufe", "remont", "riemers", "ertrink", "vertrink", "drown", "noie", "anneg", "wasser", "water", "eau", "acqua",
    "geschlagen", "gschlage", "prügel", "prügl", "beaten", "tabass", "picchia", "frapper",
    "schlägt", "sanguina", "sangue", "ferit", "bless", "svenut", "privo", "incosciente",
    "étincel", "scintill", "sparking", "incendi", "fiamm", "bruci", "fuoco", "fumo", "gas",
    "fuga", "gaz", "coltello", "pistol", "couteau", "waffe", "gewehr", "messer", "mässer",
    "gun", "rifle", "knife", "weapon", "arme", "fusil", "arma", "fucile", "armed", "armé", "bewaffn", "investit", "renvers", "incident",
    "scontro", "chemi", "chimi", "chlor", "dämpf", "fumes", "vapeurs", "fumi",
    "tot", "leblos", "lifeless", "dead", "mort", "leiche", "cadav",
    "verschwund", "vermisst", "missing", "disappear", "dispar", "scompars", "sparit", "finde",
    "find",
)  # fmt: skip

# "Die Mieten sind explodiert": not an explosion.
NOT_EXPLOSION = re.compile(
    r"(miete|mietzins|preis|prämie|kosten|choste|gebühr|rent|price|cost|prix|prezz|kopf|chopf|head|zahl|number)"
)
