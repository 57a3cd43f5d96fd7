"""Words for animals and what befalls them, in German, Swiss German, English, French, Italian.

One vocabulary for the two readers of a message about an animal:

- `nlp.urgent.things`: a pet that ran away, a dead or an injured animal, and no person,
  is no emergency;
- `bot.dialog.elsewhere`: a lost, found or injured animal gets where to turn (the pet
  registry and shelters, a vet, the Wildhut).

Both also read what else such a message says: that the animal is dead (`DEAD`), bit or
attacked (`BITES`), and who else is in it (`PEOPLE`; the alarm knows more people,
`KIN_AND_MORE`, and threats, `MENACES`).

Each is an alternation of lower-case words, without word boundaries or flags: a reader
compiles it into its own rules (`nlp.urgent.things` reads lower-cased text,
`bot.dialog.elsewhere` any case). A French "chat" is a pet after a determiner (the
German and English "Chat" is a conversation: "Mein Chat-Verlauf ist verschwunden"), or
next to a word of death or hurt (`PET_NEAR_HARM`); "tier" is only "Tier", "Tiere", not
"Tierarzt" (a person) or "Tierheim". The Italian "cane" (a dog) is an English walking
stick too: a reader sets it aside in a text not written in Italian (`no_walking_stick`).
"""

from __future__ import annotations

import re

from bot.language import detect_language
from nlp.neighbours import NEIGHBOUR

# Pets: kept animals that get lost or run away (the STMZ registers them).
PET = (
    r"katzen?|kater|büsi|chatz|hunde?|hündli|wellensittiche?|papagei(?:en)?|kaninchen|schildkröten?"
    r"|cats?|kittens?|dogs?|puppy|puppies|parrots?|budgies?|rabbits?|tortoises?"
    r"|chats|(?:mon|ma|ton|son|notre|votre|leur|le|un|ce|du)\s+chat|chattes?|chatons?|chiens?"
    r"|chiennes?|perroquets?|lapins?"
    r"|gatt[oaie]|gattin[oi]|can[ei]|cagnolin[oi]|pappagall[oi]|conigli[oi]?"
    r"|hamster[ns]?|meerschweinchen|meersäuli|meersöili|guinea\s+pigs?|cochons?\s+d['’]inde"
    r"|cricet[oi]|porcellin[oi]\s+d['’]india"
)
# Wild animals, and animals not named further.
WILD = (
    r"igel|füchs\w*|fuchs|reh|rehkitz|dachs|marder|vogel|vögel\w*|tauben?|tube|schwan|enten?"
    r"|eichhörnchen|hasen?|ratten?|maus|mäuse|müüs|möwen?|krähen?|amsel|fische?|tier(?:e|en)?"
    r"|wildtier(?:e|en)?"
    r"|hedgehogs?|fox|foxes|deer|fawns?|badgers?|martens?|birds?|pigeons?|swans?|ducks?"
    r"|squirrels?|hares?|rats?|mouse|mice|gulls?|seagulls?|crows?|fish|animals?"
    r"|hérissons?|renards?|chevreuils?|faons?|blaireaux?|fouines?|oiseaux?|cygnes?|canards?"
    r"|écureuils?|lièvres?|souris|mouettes?|corneilles?|poissons?|animal|animaux"
    r"|ricci|riccio|volp[ei]|capriol[oi]|cerbiatt[oi]|tass[oi]|fain[ae]|uccell[oi]|piccion[ei]"
    r"|colomb[ae]|cign[oi]|anatr[ae]|scoiattol[oi]|lepr[ei]|ratt[oi]|top[oi]|gabbian[oi]"
    r"|corv[oi]|pesc[ei]|animal[ei]"
)
# Next to a word of death or hurt a bare "chat" is the French cat ("Chat mort sur la
# chaussée", "chat blessé").
PET_NEAR_HARM = PET + "|chat"
ANIMAL = PET_NEAR_HARM + "|" + WILD
# A pet ran or flew away, is missing or lost ("ist entlaufen", "ist entflogen", "isch
# verschwunde", "ran away", "has been missing", "s'est échappé", "è scappato").
PET_GONE = (
    r"entlaufen|weggelaufen|davongelaufen|abgehauen|abghaue|ausgebüxt|verschwunden?|vermisst"
    r"|entloffe|weggloffe|devoglaufe|dervoglaufe"
    r"|verloren\s+gegangen|verlore\s+gange|entflogen|weggeflogen|davongeflogen|fortgeflogen"
    r"|ran\s+away|run\s+away|runs\s+away|went\s+missing|gone\s+missing"
    r"|(?:is|are|was|were|been)\s+missing|got\s+lost"
    r"|is\s+lost|escaped|lost\s+(?:my|our|her|his|a)|flew\s+away|flown\s+away"
    r"|s['’]est\s+(?:enfuie?|échappée?|sauvée?|envolée?)|a\s+disparu|fugu[ée]e?"
    r"|disparue?|égarée?|perdue?"
    r"|(?:è\s+)?(?:scappat[oa]|fuggit[oa]|scompars[oa]|sparit[oa]|smarrit[oa]|pers[oa]"
    r"|volat[oa]\s+via)"
)
# Gone, said right after the pet ("Unser Meersäuli ist weg", "d Chatz isch sit geschter
# wäg"); alone it says nothing of a pet ("Der Hund bellt, mein Velo ist weg").
PET_AWAY = r"(?:ist|sind|isch|sin)\s+(?:[^\s.!?;,]+\s+){0,3}?(?:weg|wäg|fort)"
# Lost or missing, said before the pet as in a notice ("Lost dog near the Idaplatz",
# "Missing cat", "Vermisste Katze", "Entlaufener Kater"); a reader allows one word between
# ("Lost black cat").
GONE_BEFORE_PET = (
    r"lost|missing|vermisste[rnsm]?|entlaufene[rnsm]?|entflogene[rnsm]?|verschwundene[rnsm]?"
)
# English nouns a pet's name is said before as a thing of its own: "dog bags are
# missing", "the dog park" (a reader sets a pet right before one of them aside).
PET_THINGS = (
    r"bags?|waste|poo|poop|park|parks|area|toilets?|stations?|dispensers?|bins?|run|zone"
    r"|mess|owners?|walkers?|food|leash|leads?|signs?|fountains?|sitters?|beds?|toys?"
)
# A pet found or come to someone ("ist uns zugelaufen", "found a cat", "trovato un gatto").
PET_FOUND = r"zugelaufen|zugeflogen|found\s+a|trovato\s+un"
# A pet with no home, found or roaming: where to turn names the shelters, but the alarm
# does not read it (a loose dog may be a danger).
STRAY = r"stray"
# Fallen: an animal's fall ("der Hund ist gestürzt", "the dog has fallen", "le chat est
# tombé du balcon") is no person's emergency, but an animal that may be hurt.
FELL = (
    r"gestürzt|hingestürzt|abgestürzt|hingefallen|umgefallen|runtergefallen|heruntergefallen"
    r"|gefallen|gheit|umgheit|abegheit|hiigheit|fell|fallen|tombée?s?|cadut[oaie]"
)
# Hurt ("verletzt", "humpelt", "blessé", "ferito", "mit gebrochenem Flügel"), not ill
# ("der Baum ist krank") nor broken ("die Bank ist gebrochen"), or fallen (`FELL`).
HURT = (
    r"verletzt\w*|verwundet\w*|humpelt|hinkt|injured|hurt|wounded|limping|blessée?s?|boite"
    r"|ferit[oaie]|zoppica|(?:gebrochene[mnr]?|broken|cassée?|rott[oa])\s+(?:flügel|bein|pfote"
    r"|wing|leg|paw|aile|patte|ala|zampa)|" + FELL
)

# Dead: said before the animal ("eine tote Taube", "e toti Taube", "a dead bird"), after it
# ("der Igel ist tot", "un pigeon mort", "il gatto è morto"), or a carcass.
DEAD_BEFORE = r"tote[rsnm]?|toti|dead|verendete[rsnm]?"
DEAD_AFTER = r"tot|dead|verendet|morte?s?|mort[oaie]|crevée?s?"
DEAD = DEAD_BEFORE + "|" + DEAD_AFTER + r"|kadaver|carcass|carcass[ae]"
# It bit or attacked someone: stems, read anywhere in a word ("gebissen", "attacked").
BITES = (
    r"beiss|biss|gebissen|bite|\bbit\b|bitten|attack|angegriffen|angefallen|mord|morso"
    r"|aggress|agress|aggred|attaqu"
)
# A threat of one, also stems: for the alarm a pet gone or hurt that growls or is said to be
# dangerous is no lost or injured animal.
MENACES = r"angriff|greift|grift|angesprungen|knurr|growl|gefährlich|dangerous|dangereu|pericolos"

# People, by name of age or role (a person hurt: "hat sich ein Kind verletzt, die Tauben
# sind überall"; a lost kid: "Ich habe mein Kind im Tram verloren"). Whole words with
# their endings, not prefixes: the Kindergarten, the Kinderwagen, the Fussgängerstreifen,
# the childcare centre, the Personaleingang and the Nachbarschaft are no persons.
PEOPLE = (
    r"kind|kinder|kindern|kindes|kindli|chind|chinder|chindli|child|children|kids?|baby|bub"
    r"|bueb|buebe|buebli|boy|girl|mädchen|meitli|junge|enfants?|garçon|fille|bambin[oaie]"
    r"|bimb[oaie]|ragazz[oaie]|ragazzin[oaie]|mann|maa|frau|man|woman|homme|femme|uomo|donna"
    r"|person|personen|persons|personne|personnes|persona|persone|leute|people|gens|gente"
    r"|mensch|menschen|jemand|öpper|someone|quelqu'un|qualcuno|velofahrer(?:in|innen|n)?"
    r"|fussgänger(?:in|innen|n)?|cyclists?|pedestrians?|" + NEIGHBOUR
)
# More people the alarm knows (kin, the old, the drunk, passers-by): a lost or dead thing
# said beside any of them stays the alarm's to judge.
KIN_AND_MORE = (
    r"babies|bébé|toddler|fils|figli[oa]?|son|daughter|sohn|tochter|men|women|herr|dame"
    r"|lady|lüt|somebody|vater|vatter|papa|papi|father|dad|père|padre|papà|mutter|mueter|mama"
    r"|mami|mother|mum|mom|mère|maman|madre|mamma|grosi|oma|opa|grandma|grandpa|grandmother"
    r"|grandfather|grandparents|grandson|granddaughter|grandchild|grandchildren|grand-mère"
    r"|grand-père|grands-parents|nonn[oaie]|bruder|schwester|brother|sister|frère|sœur|soeur"
    r"|fratello|sorella|freund|freunde|freunden|freundin|freundinnen|fründ|fründe|fründin"
    r"|friend|ami|amie|amic[oa]|vicin[oa]|husband|wife|ehemann|ehefrau|mari|marito|moglie"
    r"|partner|partnerin|partners|senior|seniorin|seniorinnen|senioren|seniors|rentner"
    r"|rentnerin|rentnerinnen|rentnern|betrunken|betrunkene[rnms]?|drunk|ivre|ubriac[oaie]"
    r"|obdachlos|obdachlose[rnms]?|homeless|sdf|clochard|senzatetto"
    r"|passant(?:in|innen|en|s|e|es)?|piétons?|piétonnes?|pedon[ei]|cycliste|ciclist[aie]"
    r"|schüler(?:in|innen|n)?|student(?:in|innen|en|s)?|élèves?|alunn[oaie]"
    r"|jugendliche[rnms]?|teenager|ado|adolescent(?:e|s|es)?|signor[aei]?|signorin[ae]"
    r"|(?:der|de|dr|unser|unsere|eusi|euse|mein|meine|min|mis)\s+(?:kleine|chlii\w*|chline)"
)
# Someone something was done to ("hat mich verletzt", "l'a blessé, lui").
HURT_ONES = r"mich|uns|ihn|ihm|me|us|him|moi|nous|lui"

# "cane": the Italian dog ("Ho perso il mio cane al parco"), an English walking stick ("My
# grandmother lost her cane near the bus stop"). The plural "cani" is Italian only.
_CANE = re.compile(r"\bcane\b", re.IGNORECASE)
# What an English "cane" becomes: a walking stick (nlp.lost_property's WALKING_STICK
# knows it), no dog.
CANE_SET_ASIDE = "____"


def no_walking_stick(text: str) -> str:
    """`text` with "cane" blanked out (same length: the distances between words stay)
    unless the text is Italian (`bot.language.detect_language`); an unclear text ("lost
    cane") is no Italian either, so a person with a walking stick is never taken for a
    dog."""
    if _CANE.search(text) is None or detect_language(text) == "it":
        return text  # most texts
    return _CANE.sub(CANE_SET_ASIDE, text)


# For the alarm an unclear "cane" stays a dog ("cane attacca": a bite must not be
# missed); an English one is a walking stick: after an English article, possessive or
# "with" ("An old man with a cane has fallen" was a dog attack), or in a text written in
# English.
_ENGLISH_CANE = re.compile(
    r"\b(?:a|the|his|her|my|your|their|our|with|walking|white)\s+cane\b", re.IGNORECASE
)


def no_english_walking_stick(text: str) -> str:
    """`text` with an English "cane" (a walking stick) blanked out, same length; an
    Italian or unclear one is kept (a dog)."""
    if _CANE.search(text) is None:
        return text  # most texts
    if detect_language(text) == "en":
        return _CANE.sub(CANE_SET_ASIDE, text)
    return _ENGLISH_CANE.sub(lambda m: m.group(0)[:-4] + CANE_SET_ASIDE, text)


# Whose the animal is: "der Hund des Nachbarn", "d Chatz vo de Nochbere", "the neighbour's
# dog", "Nachbars Katze", "le chien du voisin", "il cane del vicino". The owner is no one
# the alarm or where to turn should read as a person hurt ("Il cane del vicino è ferito"
# raised the alarm, "Der Hund des Nachbarn ist verletzt" too and was filed).
_OWNER_AFTER = re.compile(
    rf"\b(?:{ANIMAL})(\s+(?:des|der|vom|von|vo|of|du|de|del|della|dello|dei|delle|di)"
    r"(?:\s+(?:dem|der|de|dr|d|the|my|our|his|her|la|l['’]|mon|ma|notre|mio|mia|nostro"
    r"|nostra|meinem|meiner|unserem|unserer|mim|minere|eusem|eusere|einem|einer|a|an))?\s+\w+)",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(rf"\b(\w+(?:['’]s|s['’]|s))\s+(?:{ANIMAL})\b", re.IGNORECASE)


def without_owners(text: str) -> str:
    """`text` with the owners of animals blanked out (same length: the distances between
    words stay); the animals stay."""
    for rule in (_OWNER_AFTER, _OWNER_BEFORE):
        text = rule.sub(
            lambda m: (
                m.group(0)[: m.start(1) - m.start()]
                + " " * len(m.group(1))
                + m.group(0)[m.end(1) - m.start() :]
            ),
            text,
        )
    return text
