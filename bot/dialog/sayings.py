"""What residents say about the dialog rather than a concern: a call for the
emergency services, a question about the status of their concerns, "that was not
a concern", and "no place to give". Patterns only; the dialog decides."""

from __future__ import annotations

import re

ASKS_FOR_SERVICES = re.compile(
    r"\b(polizei|feuerwehr|füürwehr|sanität|sanitaet|ambulanz|krankenwagen|police|ambulance|"
    r"fire brigade|pompiers|polizia|pompieri|ambulanza)\b",
    re.IGNORECASE,
)

_MY = r"(?:meine|meiner|mein|mini|minere|mis|my|ma|mon|la mia|il mio)"
_REPORT = (
    r"(?:meldung|meldig|anliegen|aliege|aaliege|nachricht|report|message|concern|request"
    r"|demande|signalement|segnalazione|richiesta|messaggio)"
)
# Any form of "my" and of "report", as the families below need them.
_MY_ANY = (
    r"(?:meine[rmns]?|mim|mini|minere|mis|my|ma|mon|la\s+mia|il\s+mio|mia|mio|der|die|dem|"
    r"the|la|le|il)"
)
_REPORT_ANY = _REPORT[:-1] + r"|meldung|meldig|aliege)"
_RECEIVED = (
    # "Hat die Stadt meine Meldung erhalten?", "het d Stadt mini Meldig übercho?"
    r"(?:(?:hat|het|hät|hed) (?:die stadt|d stadt|d['’] ?stadt|jemand|öpper|man)"
    r"|(?:haben|hend|händ|hand) (?:sie|si|ihr))"
    rf" (?:{_MY} {_REPORT}|das|es|sie|s) (?:\w+ )?"
    r"(?:erhalten|bekommen|gesehen|übercho|überchoo|becho|gseh)"
    # "Ist meine Meldung (bei der Stadt) angekommen?", "Wurde sie weitergeleitet?"
    rf"|(?:ist|isch|wurde|wurden|sind) (?:{_MY} {_REPORT} (?:[\w.]+ ){{0,4}}|(?:das|es|sie|s) "
    r"(?:(?:schon|scho|bereits|gut|guet|auch|au|jetzt|denn|überhaupt|wirklich|richtig"
    r"|bei (?:der stadt|ihnen|euch)) ){0,3})"
    r"(?:angekommen|aacho|acho|eingegangen|weitergeleitet|erhalten)\b"
    # "did the city get it?", "has my report been received?"
    r"|(?:did|has|have) (?:the city|you|anyone|someone|they) (?:\w+ )?"
    r"(?:get|got|gotten|receive[d]?|see|seen) (?:it|this|that|my \w+)"
    r"|(?:has|was|is|did) (?:my \w+|it|this) (?:been |get |got )?"
    r"(?:received|forwarded|passed on|arrived|arrive|sent on|get through|got through)"
    # "la ville a-t-elle reçu ma demande?", "ma demande a-t-elle été transmise?"
    r"|(?:a-t-elle|a-t-il|a-t-on|avez-vous|l['’]avez-vous|l['’]a-t-elle) (?:bien )?reçu"
    r"|(?:mon|ma) (?:demande|message|signalement) (?:a-t-elle |a-t-il |a |est )?(?:bien )?"
    r"(?:été )?(?:reçue?|transmise?|arrivée?)"
    # "la città l'ha ricevuta?", "avete ricevuto …", "è arrivata la mia segnalazione?"
    r"|l['’] ?(?:ha|hanno|avete) (?:\w+ )?ricevut[oa]|(?:è|e) (?:stat[oa] )?"
    r"(?:arrivat[oa]|ricevut[oa]|inoltrat[oa]) (?:la mia|il mio)"
)
_NUMBER = (
    # "Was ist meine Referenznummer?", "Wie lautet meine Fallnummer?", "Welche Nummer hat
    # meine Meldung?", "what's my reference number?", "quel est mon numéro de référence?"
    r"(?:meine|mini|mis|my|the|die|welche) (?:referenz|fall|meldungs|anliegens|vorgangs"
    r"|ticket|reference|case|report|tracking)[- ]?(?:nummer|nr|number|no|id)\b"
    rf"|welche (?:nummer|referenz) (?:hat|het|hät) {_MY} {_REPORT}"
    r"|what(?:['’]s| is) (?:the|my) (?:number|reference) of my"
    r"|(?:mon |le )?numéro de (?:référence|dossier|demande|signalement)"
    r"|(?:il mio |il )?numero (?:di|della) (?:riferimento|pratica|segnalazione|richiesta)"
)
# Families of the same question in other words (trial p, finding 4), each a frame
# with a closed set of words inside it, so a concern that shares a word stays one:
# - the number asked for: a question word, a few words that say no more, the number
#   ("wie war nochmal die Nummer?", "wie isch mini nummere gsi?", "qual è il numero
#   della mia segnalazione?", "what was my number again?", "c'était quoi mon numéro?");
_SAY_NO_MORE = (
    r"war|wär|ist|isch|gsi|gsii|gewesen|het|hat|hät|lautet|lautete|is|was|were|est|était|"
    r"c['’]est|c['’]était|è|era|nochmal|nomal|nomol|nochmals|no\s+mal|noch\s+mal|again|"
    r"denn|dänn|jetzt|nun|eigentlich|genau|gleich|schnell|exactly|déjà|già|di\s+nuovo|"
    r"ancora|mini|mis|mi|meine?|die|d|de|dr|the|my|mon|ma|le|la|il|mio|la\s+mia|il\s+mio|"
    r"['’]s|quoi|bitte|please|svp|per\s+favore|again"
)
_NUMBER_WORD = (
    r"(?:referenz|fall|vorgangs|meldungs|anliegens)?(?:nummer|nummere|nr)|number|"
    r"reference(?:\s+number)?|numéro(?:\s+de\s+référence)?|référence|numero|riferimento"
)
_NUMBER_ASKED = (
    r"^\W*(?:(?:und|and|et|e|also|so|äh|ähm|sorry|pardon|scusi|scusate)\W+)?"
    r"(?:wie|wi|was|wa|welche[s]?|what|what['’]s|which|quel(?:le)?|c['’]est\s+quoi|"
    r"c['’]était\s+quoi|qual|quale|qual['’]è|cos['’]è|come)"
    rf"(?:\s+(?:{_SAY_NO_MORE}))*\s*\b(?:{_NUMBER_WORD})\b"
    rf"(?:\s+(?:of|vo|von|vom|de|du|della|dello|di)\s+{_MY_ANY}\s+{_REPORT_ANY})?"
    rf"(?:\s+(?:{_SAY_NO_MORE}))*\W*$"
)
# - "what about my report": a question word and my report after "with"/"de"
#   ("und was isch jetzt mit minere meldig?", "what's happening with my report?",
#   "qu'en est-il de ma demande?", "che succede con la mia segnalazione?");
_WHAT_ABOUT_MINE = (
    r"\b(?:was|wa|what|what['’]s|quoi|qu['’]en|qu['’]est-ce\s+qui|che|cosa|cos['’]è)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:mit|us|aus|with|about|to|de|du|di|con|alla|della|col)\s+"
    rf"{_MY_ANY}\s+{_REPORT_ANY}\b"
)
# - how it stands: "(ich möchte wissen,) wie es um meine Meldung … steht",
#   "how my report is going", "comment avance ma demande";
_HOW_IT_STANDS = (
    r"\bwie\s+(?:es|s|das)\s+(?:[\w'’-]+\s+){0,7}?(?:steht|stoht|staht|aussieht|usgseht|"
    r"läuft|lauft)\b"
    rf"|\bhow\s+(?:{_MY_ANY}\s+{_REPORT_ANY}|it|things)\s+(?:is|are)\s+(?:going|progressing)"
    rf"|\bcomment\s+(?:avance|se\s+passe|va)\s+{_MY_ANY}\s+{_REPORT_ANY}"
)
# - is it done: the verb first, or a question mark ("isch das jetzt ume?", "ist es
#   schon erledigt", "is it fixed yet?", "c'est réglé?", "è già risolto?").
_WHEN_STATE = (
    r"(?:(?:jetzt|jetz|etz|nun|scho|schon|already|now|yet|déjà|maintenant|già|ormai|"
    r"endlich|ändlich|finally|denn|dänn|eigentlich|auch|au)\s+)*"
    r"(?:ume|umme|erledigt|fertig|durch|gmacht|gemacht|gflickt|geflickt|repariert|behoben|"
    r"done|fixed|sorted|over|finished|dealt\s+with|réglé|fait|fini|terminé|résolu|risolto|"
    r"fatto|sistemato|finito|a\s+posto)(?:\s+(?:yet|now|already|jetzt|scho|schon|déjà|ormai))?"
)
_DONE_ASKED = (
    r"^\W*(?:(?:und|also|so|and|et|e)\W+)?(?:ist|isch|is|has)\s+(?:das|es|s|it|this|that|"
    r"been)\s+(?:been\s+)?" + _WHEN_STATE + r"\W*$"
    r"|^(?=.*\?\W*$)\W*(?:(?:und|also|so|and|et|e)\W+)?(?:c['’]est|ça\s+(?:a\s+été|est)|"
    r"(?:è|e)(?:\s+stat[oa])?|das\s+(?:ist|isch)|es\s+(?:ist|isch))\s+" + _WHEN_STATE + r"\W*$"
)

# - looked after: "hat sich schon jemand darum gekümmert?", "hät sich scho öpper drum
#   kümmeret?", "has anyone looked at it?", "quelqu'un s'en est occupé?", "qualcuno se
#   n'è occupato?" (trial q, finding 4: filed as a concern).
_STILL = (
    r"(?:(?:schon|scho|bereits|inzwischen|mittlerweile|denn|dänn|eigentlich|überhaupt|mal|mol)\s+)*"
)
_LOOKED_AFTER = (
    r"\b(?:hat|het|hät|hed)\s+sich\s+"
    + _STILL
    + r"(?:jemand\w*|irgendwer|wer|öpper\w*|epper|öppert|d['’]?\s*stadt|die\s+stadt)\s+"
    + _STILL
    + r"(?:(?:darum|drum|drumm|dadrum|um\s+(?:das|es|meine?\s+\w+|mini\s+\w+))\s+)?"
    r"(?:gekümmert|kümmeret|kümmert|kümmered|gchümmeret|gchümmert)\b"
    r"|\b(?:has|have|did)\s+(?:anyone|anybody|someone|somebody|the\s+city|they)\s+"
    r"(?:already\s+|yet\s+|actually\s+)?(?:looked\s+(?:at|into)|look\s+(?:at|into)|"
    r"dealt\s+with|deal\s+with|taken\s+care\s+of|take\s+care\s+of|handled|handle|"
    r"checked|check)\s+(?:it|this|that|my\s+\w+)\b"
    r"|\bquelqu['’]un\s+(?:s['’]en\s+est|s['’]est)\s+(?:déjà\s+)?occupé"
    r"|\bqualcuno\s+(?:se\s+n['’]\s*è|se\s+ne\s+è|si\s+è|ci\s+ha)\s+(?:già\s+)?"
    r"(?:occupat[oa]|pensato|guardato)"
)

ASKS_FOR_STATUS = re.compile(
    r"\b(wie ist der stand|stand der dinge|wie lange (geht|dauert)|schon erledigt|"
    r"passiert (da )?(noch )?(was|etwas)|gibt es (schon )?(was |etwas )?neues|"
    r"was ist (?:(?:jetzt|nun|denn|eigentlich) )*(mit|aus) meine[rmn]? (meldung(en)?|anliegen)|"
    r"wie steht es|"
    r"what(['’]s| is) the status|status of my|where is my (report|concern|request)|"
    r"any (news|updates?)|how long|"
    r"o[uù] en (?:est|sont)|quel est l['’]état|des nouvelles|a che punto|qual è lo stato|novità|"
    # Swiss German: "Wie isch de Stand vo mim Aliege?", "Wie stahts mit minere Meldig?"
    r"wie isch (de|dr|der) stand|wie stahts|wie staht['’]?s|"
    r"stand vo(m|n)? (mim|minere|mine[mr]?|meine[mrs]?)|"
    r"was isch (mit|us) (mim|minere|mine[mr]?) (aliege|aaliege|anliege|meldig|meldung)|"
    # "Hesch mini Meldig übercho?", "Haben Sie meine Meldung erhalten?" (trial h, §4)
    r"(hesch|häsch|hend|händ|hät|hand|hast|habt|haben) (du |ihr |sie |si )?"
    r"(mini|mis|mi|meine|mein) (meldig|meldung|nachricht|aliege|aaliege|anliegen|mail) "
    r"(übercho|überchoo|becho|bekommen|erhalten|gekriegt|gesehen|gseh)|"
    r"(did|have) you (get|got|receive[d]?|see|seen) my (report|message|concern|request)|"
    r"avez-vous reçu (mon|ma) (message|signalement|demande)|"
    r"avete ricevuto (la mia|il mio) (segnalazione|messaggio|richiesta)|"
    r"come (va|procede|sta andando) (la mia|il mio)|che fine ha fatto (la mia|il mio)|"
    # "Wie ist der Status meiner Meldung?", "Was isch de Stand?" (trial n, §4)
    r"(wie|was|wo) (ist|isch|steht|staht) (der|de|dr) (status|stand)|"
    # "Und, schon was passiert?" ("Am Idaplatz ist etwas passiert" is a report)
    r"(schon|scho) (was|etwas|öppis|öpis) passiert|"
    r"(gibt es|gits|git['’]?s) (schon |scho )?(was |etwas |öppis )?(neues|neus|nöis)|"
    r"any progress|what(['’]s| is) new with my|"
    r"du nouveau|quoi de neuf|"
    # "Ist meine Meldung zur Langstrasse schon weitergeleitet?", "Is my report
    # forwarded yet?" (trial leftovers, item 1): whether it went on.
    r"(ist|isch|wurde|wird|sind|wurden) (meine?|mini|mis|mi) (meldung(en)?|meldig|anliegen|aliege)"
    r"\b.{0,40}?\b(weitergeleitet|witergleitet|angekommen|acho|bearbeitet|erledigt)|"
    r"(is|was|has|have) my (reports?|concerns?|requests?)\b.{0,40}?\b(forwarded|passed on|"
    r"received|handled|dealt with)|"
    r"(mon signalement|ma demande)\b.{0,40}?\b(transmise?|reçue?|traitée?)|"
    r"(la mia segnalazione|la mia richiesta)\b.{0,40}?\b(inoltrata|trasmessa|ricevuta))\b"
    # Has it arrived, what is its number (trial o, §2): "Hat die Stadt meine Meldung
    # erhalten?", "Ist das angekommen?", "Welche Nummer hat meine Meldung?".
    rf"|{_RECEIVED}|{_NUMBER}"
    rf"|{_NUMBER_ASKED}|{_WHAT_ABOUT_MINE}|{_HOW_IT_STANDS}|{_DONE_ASKED}|{_LOOKED_AFTER}"
    # "Status?", "Stand?", "Und, Status?", "news?", "novità?": the whole message.
    r"|^\W*(?:(?:und|and|et|e|also|so|alors|et alors)\W+)?"
    r"(?:status|stand|updates?|news|neuigkeiten|nöis|nouvelles|novità|novita|"
    r"status (?:update|bitte|please|svp|per favore)|stato)\W*$",
    re.IGNORECASE,
)

# "meine Meldung", "my report": the resident's own concern, named in a question
# that may also name its place ("… zur Langstrasse schon weitergeleitet?").
OWN_REPORT = re.compile(
    r"\b(?:meine?[rmns]?|mini|mis|minere|mim|my|mon|ma|mes|la mia|il mio|le mie|i miei)\s+"
    r"(?:meldung(?:en)?|meldig|anliegen|aliege|reports?|concerns?|requests?|signalements?|"
    r"demandes?|segnalazion[ei]|richiest[ae])\b",
    re.IGNORECASE,
)

# "Das war kein Anliegen", "that was not a concern": no concern meant.
NOT_A_CONCERN = re.compile(
    r"\b(?:(?:das|es)\s+(?:war|ist|isch)\s+keine?\s+(?:anliegen|aliege|meldung|meldig)|"
    r"(?:that|this|it)\s+was\s+not\s+a\s+(?:concern|report|complaint)|"
    r"ce\s+n['’]était\s+pas\s+une\s+demande|non\s+era\s+una\s+segnalazione)\b",
    re.IGNORECASE,
)

# "Ich wollte nur den Stand wissen", "ich wollte nur fragen, wie es steht":
# about their concerns, and no new one.
ONLY_ASKING = re.compile(
    r"\b(?:ich\s+wollte?\s+(?:nur|bloss|eigentlich)\s+(?:den\s+stand\s+wissen|"
    r"(?:fragen|wissen),?\s+wie\s+es\s+(?:\w+\s+){0,4}steht|nach\s+dem\s+stand\s+fragen)|"
    r"i\s+(?:just|only)\s+wanted\s+to\s+(?:know|ask\s+about)\s+the\s+status|"
    r"je\s+voulais\s+(?:juste|seulement)\s+savoir\s+où\s+(?:ça|ca|elle)\s+en\s+est|"
    r"volevo\s+solo\s+sapere\s+a\s+che\s+punto)\b",
    re.IGNORECASE,
)

# "egal", "spielt keine Rolle", "überall": no place to give (a question about a service).
NO_PLACE = re.compile(
    r"^\W*(?:egal|ist\s+egal|das\s+ist\s+egal|(?:(?:das|es)\s+)?isch\s+(?:mir\s+)?egal|"
    r"(?:das\s+)?ist\s+mir\s+egal|"
    r"spielt\s+keine\s+rolle|überspringen|skip|"
    r"überall|allgemein|ganze\s+stadt|in\s+der\s+ganzen\s+stadt|ganz\s+zürich|"
    r"(?:it\s+)?doesn['’]?t\s+matter|(?:it\s+)?does\s+not\s+matter|whatever|"
    r"everywhere|anywhere|"
    r"peu\s+importe|(?:ça|ca|cela)\s+ne\s+joue\s+aucun\s+rôle|partout|"
    r"ovunque|è\s+uguale|fa\s+lo\s+stesso|non\s+importa(?:\s+dove)?)\W*$",
    re.IGNORECASE,
)
