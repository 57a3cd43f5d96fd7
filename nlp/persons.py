"""Words that name a person by role, age or circumstance, in German, Swiss German,
English, French, Italian: "ein Bettler", "eine Rentnerin", "ein Obdachloser", "en
Bättler", "a pensioner", "un sans-abri", "un senzatetto".

The alarm's rules name a person by "Mann", "Frau", "Kind", "jemand" and kin
(nlp.urgent.person_state, nlp.urgent.cues); a resident names the one lying on the
pavement as often by what they are: "Da liegt ein Bettler" (the model 0.42) and "Da
liegt ein Rentner" (0.49) were not flagged where "Da liegt ein Mann" is. Wherever the
rules read "Mann" or "Frau" as a person, they read these too.

Nouns made of adjectives ("ein Obdachloser", "eine Betrunkene") and agent nouns
("Velofahrerin", "Spaziergänger") are matched by their stem with any ending; "Senior"
alone, not "Seniorenheim" (a place). An alternation of lower-case words, without word
boundaries or flags.
"""

from __future__ import annotations

ROLES = (
    # German and Swiss German.
    r"bettler\w*|bättler\w*|penner\w*|rentner\w*|pensionär\w*|pensionierte[rn]?"
    r"|senior|seniorin|seniorinnen|greis|greisin|obdachlose[rn]?|betrunkene[rn]?"
    r"|besoffene[rn]?|bsoffne[rn]?|jugendliche[rn]?|teenager|halbstarke[rn]?"
    r"|\w*fahrer|\w*fahrerin|\w*gänger|\w*gängerin|jogger|joggerin|läufer|läuferin"
    r"|passant|passantin|tourist|touristin|schüler|schülerin|student|studentin"
    r"|bewohner|bewohnerin|anwohner|anwohnerin|arbeiter|arbeiterin|bauarbeiter"
    r"|nachbar|nachbarin|nochber|nochberin|mensch"
    # English.
    r"|beggar|pensioner|retiree|senior\s+citizen|elderly\s+(?:person|lady|gentleman)"
    r"|homeless\s+(?:person|guy)|rough\s+sleeper|tramp|vagrant|teenager|teen|youth"
    r"|cyclist|biker|pedestrian|jogger|runner|tourist|drunk|student|worker|neighbou?r"
    # French.
    r"|mendiant|mendiante|retraité|retraitée|sans-abri|sdf|clochard|clocharde|ado"
    r"|adolescent|adolescente|cycliste|piéton|piétonne|passante?|touriste|ivrogne"
    r"|voisin|voisine|personne\s+âgée"
    # Italian.
    r"|mendicante|pensionat[oa]|anzian[oa]|senzatetto|ciclista|pedone|ragazz[oa]"
    r"|turista|ubriac[oa]"
)
