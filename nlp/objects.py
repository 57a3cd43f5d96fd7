"""Words for things people leave lying about (bulky waste, appliances, luggage, carts)
whose names look like a person's or hold a word of danger, in German, Swiss German,
English, French, Italian.

`nlp.urgent.lying_thing` reads a text that says only that something lies somewhere: a
noun with the ending of an agent ("ein Jogger", "a stranger", "un voyageur") is perhaps
a person and keeps the alarm, so a thing with such an ending must be named here ("ein
Koffer", "ein Fernseher", "an old printer", "un ordinateur", "un televisore"); so must
a thing whose letters hold a word of danger or a stem of the rules ("Kinderwagen":
"kind", "wagen"; "carton", "shopping cart": "car"; "Elektroroller", "electric scooter":
"elektr", "electr"). The words come from what residents
put out or find (the ordinary concerns of nlp/corpus/train.jsonl name Container,
Fernseher, Computer, Drucker, Staubsauger, Veloständer, Eimer, Kanister, ...).

Each entry is the head of a compound and matches the end of a word ("Reisekoffer",
"Flachbildfernseher", "Altkleidercontainer"): what comes before it still counts
("Gaskocher" keeps its gas, "Christbaumständer" its tree). Left out on purpose: words
that also name a person or their work ("Leiter", "Ordner", "speaker", "stroller",
"Anhänger" alone; "Controller" ends in "roller", so "Roller" is named apart from it), a
vehicle with a driver ("Transporter", "Bagger", "Wagen" alone), a weapon or tool
("Messer", "Hammer"), and a walker ("Rollator": its owner may have fallen). An
alternation of lower-case words, without word boundaries or flags.
"""

from __future__ import annotations

# Things with the ending of an agent noun (-er, -or, -eur, -euse, -ière, -ore, -ante,
# -trice): by its ending alone each would be perhaps a person.
AGENT_LIKE = (
    r"koffer|container|fernseher|computer|drucker|monitor|(?<!schl)eimer|kanister|behälter"
    r"|becher|staubsauger|rasenmäher|trockner|tumbler|boiler|ventilator|radiator|heizkörper"
    r"|toaster|kocher|mixer|lautsprecher|ständer|wecker|poster|flyer|filter|scooter"
    r"|(?<!cont)roller"
    r"|tretroller|motorroller|elektroroller|elektro-roller|e-roller|veloanhänger|velo-anhänger"
    r"|fahrradanhänger"
    r"|printer|heater|loudspeaker|freezer|dryer|cooler|blender|locker|refrigerator"
    r"|generator|projector"
    r"|ordinateur|aspirateur|réfrigérateur|congélateur|radiateur|ventilateur|téléviseur"
    r"|climatiseur|friteuse|tondeuse|perceuse|cafetière|glacière"
    r"|televisore|congelatore|condizionatore|ventilatore|radiatore|contenitore|stampante"
    r"|lavatrice|asciugatrice"
)
# Things whose letters hold a word of danger or a stem of the rules ("kind", "chind",
# "wagen", "car").
DANGER_LIKE = (
    r"kinderwagen|chinderwage|chinderwagä|kinderwägeli|chinderwägeli|einkaufswagen"
    r"|poschtiwage|poschtiwägeli|leiterwagen|leiterwägeli|bollerwagen|handwagen"
    r"|shopping\s+carts?|shopping\s+trolleys?|carts?|cardboard|cartons?|cartone|cartoni"
    r"|carrell[oi]"
    # Vehicles that run on electricity hold "elektr", "electr", a word of danger.
    r"|elektrovelo|elektro-velo|elektrofahrrad|elektrotrottinett|elektro-trottinett"
    r"|electric\s+(?:scooters?|bikes?|bicycles?)|e-scooters?|e-bikes?|e-trottinett"
)
THINGS = AGENT_LIKE + "|" + DANGER_LIKE
