"""Words of lost property: a thing someone forgot, left behind or lost, in German, Swiss
German, English, French and Italian, and things people leave behind.

Read by nlp.urgent.left_thing (an umbrella left on a bench is no emergency) and by
bot.dialog.elsewhere (where to turn: the city's lost property office). Lower-case
alternations without flags; compile them with re.IGNORECASE for text as written.
"""

from __future__ import annotations

from nlp.animals import CANE_SET_ASIDE

_DET_EN = r"(?:a|an|the|my|his|her|their|its|our|your|some|this|that|these|those|two|three|several)"
_DET_FR = (
    r"(?:un|une|le|la|les|l['’]|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|des|ce"
    r"|cette)"
)
_DET_IT = (
    r"(?:un|uno|una|un['’]|il|lo|la|l['’]|i|gli|le|mio|mia|miei|mie|suo|sua|suoi|sue"
    r"|nostr[oaie]|vostr[oaie]|loro|questo|questa)"
)
# A walking stick. A "Stock" is one after an article or a possessive ("meinen Stock im
# Tram liegen lassen"), not a floor ("im 3. Stock") nor a potted plant ("Blumenstock"). An
# English "cane" is read once nlp.animals.no_walking_stick set it aside from the Italian
# dog ("I lost my cane on tram 4"; "Ho perso il mio cane" is a lost pet).
WALKING_STICK = (
    r"gehstock|gehstöcke|spazierstock|spazierstöcke|wanderstock|wanderstöcke"
    r"|(?:meinen|deinen|seinen|ihren|unseren|euren|einen|den|min|mis|sin|sis)\s+stock"
    r"|walking\s+sticks?|canes|cannes?|bastone|bastoni|" + CANE_SET_ASIDE
)
_PLACE_EN = r"(?:at|on|in|by|near|under|outside|inside|behind|next|beside)"
_PLACE_FR = r"(?:sur|à|au|aux|dans|près|devant|sous|par|derrière)"
_PLACE_IT = r"(?:su|sul|sulla|sullo|in|nel|nella|nello|a|al|alla|vicino|davanti|sotto|dietro)"
# The words of leaving a thing, case-insensitive (German, Swiss German, English, French,
# Italian): "vergessen", "liegen lassen", "liegengelassen", "verloren", "vergässe",
# "la ligge", "left (behind) a", "a bag (was) left on", "forgot my", "lost a", "oublié
# un", "laissé un", "perdu mon", "un sac oublié sur", "dimenticato un", "lasciato una",
# "perso il" ("left in plenty of time": no thing). German needs no article ("einen
# Schirm auf der Bank vergessen"); "vergessen," and "vergessen zu" forget a deed
# ("vergessen, den Herd abzustellen").
LEFT_BEHIND = (
    r"\b(?:vergessen|vergässe|vergesse)\b(?!\s*,|\s+(?:zu|wo|wie|ob|dass|sie\s+nicht)\b)"
    r"|\bliegen\s*(?:ge)?lassen\b|\bliegelassen\b|\bstehen\s*(?:ge)?lassen\b|\bzurückgelassen\b"
    r"|\b(?:la|lah|laa|gla|glah)\s+li(?:e)?gg?e\b|\bli(?:e)?gg?e\s*(?:la|lah|laa|gla|glah)\b"
    r"|\bverlor(?:en|e)\b"
    rf"|\b(?:left|forgot|forgotten|lost)(?:\s+behind)?\s+{_DET_EN}\b"
    rf"|(?:\b{_DET_EN}\s+\w+(?:\s+\w+)?|\b(?:was|were|been|got))\s+(?:left|forgotten|lost)"
    rf"\s+(?:behind\s+)?{_PLACE_EN}\b"
    rf"|\b(?:oublié|laissé|perdu|égaré)e?s?\s+{_DET_FR}"
    rf"|(?:\b{_DET_FR}\s*\w+(?:\s+\w+)?|\bété)\s+(?:oublié|laissé|perdu|égaré)e?s?\s+{_PLACE_FR}\b"
    rf"|\b(?:dimenticat|lasciat|pers|smarrit)[oaie]\s+{_DET_IT}"
    rf"|(?:\b{_DET_IT}\s*\w+(?:\s+\w+)?|\bstat[oaie])\s+(?:dimenticat|lasciat|smarrit)[oaie]"
    rf"\s+{_PLACE_IT}\b"
)
# A thing that stayed where it was left ("ist im Bus liegen geblieben", "isch im Tram
# ligge blibe"). Not in LEFT_BEHIND: nlp.urgent.left_thing reads that, and a person who
# stayed lying after a fall is no thing left behind.
LEFT_LYING = r"\bli(?:e)?gg?en?\s*(?:ge)?bli(?:e)?ben?\b"
# Only the verb of LEFT_BEHIND, to set it aside (the article stays for what follows).
LEFT_VERB = (
    r"\b(?:vergessen|vergässe|vergesse|liegen\s*(?:ge)?lassen|liegelassen|stehen\s*(?:ge)?lassen"
    r"|zurückgelassen|(?:la|lah|laa|gla|glah)\s+li(?:e)?gg?e|li(?:e)?gg?e\s*(?:la|lah|laa|gla|glah)"
    r"|verlor(?:en|e)|left(?:\s+behind)?|forgot|forgotten|lost|(?:oublié|laissé|perdu|égaré)e?s?"
    r"|(?:dimenticat|lasciat|pers|smarrit)[oaie])\b"
)
# Things people leave behind that bot.dialog.elsewhere's list of lost items lacks: an
# umbrella, a "Täsche" (not "Bildschirm" or "Sonnenschirm": bulky waste), a walking
# stick. Not a jacket: "meine Jacke im Helmhaus liegen lassen" is the museum's to answer
# (kultur).
LEFT_ITEMS = r"schirm|regenschirm|umbrellas?|parapluies?|ombrell[oi]|täsche|" + WALKING_STICK
