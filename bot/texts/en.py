"""English."""

TEXTS: dict[str, str] = {
    "start": (
        "Hello! I am Quartierbot of the City of Zurich. Write your concern in your own "
        "words (e.g. “the bin at Idaplatz is full”). I ask where it is and pass it on "
        "to the right office.\n\n"
        "Privacy: I store your concern, the place, any photos and your chat id so we can "
        "reply. The neighbourhood coordination office and the responsible department "
        "can see it. We keep it for {months} months. Send /loeschen to delete your data "
        "at any time.\n\n"
        "In danger: police 117, fire 118, ambulance 144."
    ),
    "help": (
        "How it works: write your concern as text, a photo is welcome. I ask for the "
        "place and show you where I pass it on.\n"
        "/meine – your concerns and their status\n"
        "/abbrechen – discard the open concern\n"
        "/loeschen – delete your data\n"
        "/hilfe – this help\n"
        "In danger: police 117, fire 118, ambulance 144."
    ),
    "emergency": "⚠️ This sounds like an emergency. Please call now: police 117, fire 118, ambulance 144.",
    "ask_place": (
        "Where exactly is it? Write the street and number, a square or the "
        "neighbourhood – or share your location."
    ),
    "ask_place_detail": "{the_street} runs through several districts ({kreise}). Which house number, or what is nearby?",
    "place_unknown_go_on": (
        "I could not recognise the place. I will pass your concern on without it; the "
        "neighbourhood coordination office will sort it out."
    ),
    "outside_city": (
        "That is outside the City of Zurich ({place}). The municipality there is "
        "responsible – please contact its administration. For concerns in the City of "
        "Zurich I am happy to help."
    ),
    "outside_city_unnamed": (
        "That is outside the City of Zurich. The municipality there is responsible – "
        "please contact its administration."
    ),
    "outside_city_correct": "Is the place wrong? Then write the place in Zurich or share your location again.",
    "confirm": "I understood: {topic}, {place}. I will pass it on to {office}. Is that right?",
    "confirm_triage": "I understood: {topic}, {place}. I will pass it on to {office}, who will hand it to the right department. Is that right?",
    "btn_confirm": "Yes, pass it on",
    "btn_change_topic": "Change topic",
    "btn_change_place": "Change place",
    "btn_place_unknown": "I don't know",
    "btn_share_location": "📍 Share location",
    "btn_yes_delete": "Yes, delete",
    "btn_no": "No",
    "choose_topic": "What is it about? Please choose:",
    "choose_place": (
        "Where is it? Write the street or neighbourhood, share your location or choose "
        "the district:"
    ),
    "forwarded": (
        "Thank you! Your concern {reference} has been passed on to {office}. I will let "
        "you know when its status changes. Send /meine to see all your concerns."
    ),
    "unsupported": (
        "Sorry, I cannot read that. Please write your concern as text (a photo with a "
        "description works too)."
    ),
    "empty": "What is your concern? Please describe it in a few words.",
    "photo_needs_text": "Thanks for the photo. What is the concern? Please describe it briefly.",
    "too_long": (
        "Your message is very long. I took the first {limit} characters; please send the "
        "rest, shorter, in another message."
    ),
    "rate_limited": "You have sent many concerns in the last hour. I stored this one as {reference} and will pass it on as soon as possible.",
    "draft_kept": "I will come back to your concern {reference} afterwards. Now to the new one:",
    "crisis_waiting": "Your report “{text}” is still waiting. If you like, we can go on with it:",
    "crisis_waiting_after": "Your report {reference} is still waiting; I will come back to it afterwards.",
    "mine_none": "I have no concerns stored for this chat. If you would like to report something, just write it to me.",
    "mine_header": "Your concerns:",
    "mine_item": "{reference} · {date} · {topic} · {status}",
    "delete_confirm": (
        "Shall I delete your personal data? Your concerns stay with the city, but "
        "without text, photos, exact place and any link to you."
    ),
    "delete_done": "Done: your personal data has been deleted. Goodbye!",
    "delete_cancelled": "Alright, nothing deleted.",
    "privacy_info": "Privacy: I store your concern, the place, any photos and your chat id so we can reply. The neighbourhood coordination office and the responsible department can see it. We keep it for {months} months. Send /loeschen to delete your data at any time.",
    "error": "Sorry, something went wrong. Your message is stored; we will take care of it.",
    "status_changed": "Your concern {reference} has a new status: {status}.",
    "place_kreis": "Kreis {kreis}",
    "place_quartier": "{quartier} area, Kreis {kreis}",
    "place_unknown": "place unknown",
    "draft_reference": "not passed on yet",
    "status_draft": "draft",
    "status_forwarded": "passed on",
    "status_in_progress": "in progress",
    "status_done": "done",
    "status_outside_city": "not City of Zurich",
    "status_rate_limited": "on hold",
    "status_withdrawn": "withdrawn",
    "status_new": "received",
    "status_rejected": "declined",
    "notice_remark": "Remark from the city: {remark}",
    "notice_rerouted": "Your concern {reference} is now with: {office}.",
    "notice_rerouted_status": (
        "Your concern {reference} is now with: {office}, and so has a new status: {status}."
    ),
    "notice_answer": "The city's answer to your concern {reference}:\n{text}",
    "smalltalk_greeting": (
        "Hello! What can I do for you? Describe your concern in a few words, e.g. "
        "“the bin at Idaplatz is full” or “the street lamp on Bäckerstrasse is out”."
    ),
    "smalltalk_languages": (
        "Ich spreche auch Deutsch. Je parle aussi français. Parlo anche italiano."
    ),
    "smalltalk_thanks": "You're welcome! If there is anything else, just write it to me.",
    "smalltalk_bye": "Goodbye! You can write to me any time.",
    "smalltalk_question_intro": (
        "I am listening. Write your question or concern in a few words, ideally with the place."
    ),
    "smalltalk_how_it_works": (
        "1. You describe your concern in your own words (a photo helps).\n"
        "2. I ask where it is and show you where it goes.\n"
        "3. You confirm, I pass it on and you get a reference number (/meine shows the status)."
    ),
    "smalltalk_who_are_you": (
        "I am the City of Zurich's automatic intake bot, not a person. I take down your "
        "concern and pass it on; city staff read it and deal with it."
    ),
    "smalltalk_dont_know": (
        "No problem. Just describe what you noticed – I'll help with the rest."
    ),
    "smalltalk_test": (
        "I'm here and working. Write me your concern, e.g. “the bench in the park is broken”."
    ),
    "smalltalk_insult": (
        "Sorry you're annoyed. If something is wrong, please describe it to me – I'll pass "
        "it on to the right office."
    ),
    "smalltalk_ok": "Good. Just write your concern in a few words and I'll take care of it.",
    "smalltalk_no": "If you notice something in your neighbourhood, just write it to me in a few words, ideally with the place – I'll pass it on.",
    "error_not_stored": "Sorry, something went wrong and your message could not be stored. Please send it again in a few minutes.",
    "several_concerns": "You wrote {n} concerns in one message. I will take them one at a time, first: “{text}”",
    "next_concern": "Now to your next concern: “{text}”",
    "choose_topic_likely": "I am not quite sure what this is about. Place: {place}. Which fits best?",
    "pick_topic_hint": "Please choose a topic from the list – or write it in words, e.g. “street lighting”.",
    "btn_other_topic": "Other topic",
    "not_right": "What is not right?",
    "btn_discard": "Discard",
    "discarded": "Alright, I discarded {reference}; it will not be passed on.",
    "new_or_place": "Is “{text}” a new concern or the place for {reference}?",
    "btn_new_concern": "New concern",
    "btn_place_for": "Place for {reference}",
    "choose_first": "Please choose one of the options first. I stored your new message and will come back to it.",
    "button_stale": "This button is no longer current.",
    "button_invalid": "I do not know this button.",
    "waiting_place": "Your concern {reference} is still waiting for its place.",
    "waiting_confirm": "Your concern {reference} has not been passed on yet:",
    "place_detail_unresolved": "I cannot tell the district from that. I will pass it on with your details; the neighbourhood coordination office will sort it out.",
    "place_detail_address_kept": "I will pass it on with the address {place}. It lies where districts meet ({kreise}); the neighbourhood coordination office will settle the district.",
    "forwarded_unconfirmed": "I passed your concern {reference} ({topic}, {place}) on to {office} without your confirmation.",
    "released": "Your concern {reference} that was on hold ({topic}, {place}) has now been passed on to {office}.",
    "unknown_command": "I do not know this command.",
    "welcome_back": "Welcome back! Write me your concern, or send /meine to see the status of your concerns.",
    "location_kept": "Thanks for the location. What is your concern there? Please describe it briefly.",
    "location_kept_asked": "Thanks for the location; I will keep it for a new concern. First, the question from before:",
    "too_short": "Could you describe it a little more? For example: “the bin at Idaplatz is full”.",
    "btn_same_place": "Same place as before: {place}",
    "ask_place_nearby": "{the_street} {number} lies where districts meet ({kreise}). What is nearby, e.g. a square, a shop or a stop?",
    "place_text_only": "{place} (district unclear)",
    "urgent_forwarded": "I passed your report {reference} on to the city as urgent. This chat is not read around the clock: please do call.",
    "emergency_topic": "Emergency",
    "emergency_suicide": "⚠️ Please call now: ambulance 144 or police 117. If you yourself are not well: Die Dargebotene Hand is there for you around the clock, phone 143. You are not alone.",
    "urgent_ask_place": "Where is it? It helps the city with your report; the call comes first.",
    "noted_for_later": "I will take up the rest afterwards as a concern of its own: “{text}”",
    "ask_place_conflict": "You mention {places}: these are in different districts. Where exactly is it? Street and house number, a square or the neighbourhood – or share your location.",
    "ask_place_again": "I do not know that place. Please write the street and house number, a square or the neighbourhood, e.g. “Josefstrasse 12” – or share your location.",
    "ask_place_question": "So that the right office answers: which neighbourhood or street is your question about? If it does not matter, choose “I don't know”.",
    "choose_place_unknown": "I do not know that place. Please write the street and house number or a square, share your location or choose the district:",
    "shall_i_forward": "You are welcome! Shall I pass your concern {reference} on like this ({topic}, {place}, to {office})?",
    "number_without_street": "Which street does the number belong to? Please write the street and house number.",
    "number_changed": "I changed the house number: {new} instead of {old}. If that is not what you meant, tap “Change place”.",
    "choose_one": "Please choose one of the two options:",
    "typed_twice": "You sent “{number}” twice. I took the first one for the previous question. Here is the new question:",
    "smalltalk_plea": "How can I help? If someone is in danger, call now: police 117, fire 118, ambulance 144. Otherwise describe your concern in a few words.",
    "urgent_forwarded_later": "Your urgent report {reference} has been passed on to the city. If there is still danger, please call: police 117, fire 118, ambulance 144.",
    "urgent_forwarded_no_place": "I passed your report {reference} on to the city as urgent, for now without a place. If you know where it is, write it to me and I will add it. This chat is not read around the clock: please do call.",
    "urgent_forwarded_street": "I passed your report {reference} on to the city as urgent. {the_street} runs through several districts: if you know the house number, write it to me and I will add it. This chat is not read around the clock: please do call.",
    "called_ack": "Good, thank you for calling.",
    "help_there_ack": "Good that help is there.",
    "help_coming_ack": "Good that help is on the way.",
    "urgent_forwarded_later_no_place": "Your urgent report {reference} has been passed on to the city, for now without a place. If you know where it is, write it to me and I will add it. If there is still danger, please call: police 117, fire 118, ambulance 144.",
    "urgent_place_added": "Thank you, I added the place to your urgent report {reference}: {place}. If there is still danger, please call: police 117, fire 118, ambulance 144.",
    "urgent_place_added_143": "If you yourself are not well: Die Dargebotene Hand, phone 143.",
    "no_dispatch": "I cannot send or track emergency services; this chat is not an emergency line. Please call yourself: police 117, fire 118, ambulance 144.",
    "danger_near_miss": "Good that nothing happened. If it is still dangerous now, please call the police: 117. This chat alerts no one.",
    "danger_signal_out": "A traffic light that is out is dangerous: as long as it is out, please call the police: 117. This chat alerts no one.",
    "danger_may_fall": "If it could fall or collapse at any moment, it is dangerous: please call the police: 117. This chat alerts no one.",
    "responsible_is": "To your question who is responsible: {office}.",
    "responsible_depends": "To your question: who is responsible depends on what exactly it is about; I will pass it on to the right office.",
    "responsible_kreis": "To your question who is responsible: the neighbourhood coordination (Quartierkoordination) of the Kreis where it is.",
    "responsible_of": "{office} is responsible for your concern {reference}; they have received it.",
    "responsible_nothing": "That depends on what it is about. Describe your concern in a few words and I will pass it on to the office responsible.",
    "question_about": "Of course. What would you like to know? Write your question, ideally with the neighbourhood.",
    "tell_more": "I am listening: what is the matter, and where? Just keep writing, I will put your messages together.",
    "question_at_confirm": "I cannot answer that here; I do not pass the question itself on. Shall I pass your concern {reference} on like this ({topic}, {place})?",
    "withdraw_ask_one": "Shall I withdraw your concern {reference} ({topic})?",
    "withdraw_ask_which": "Which concern shall I withdraw?",
    "withdraw_none": "You have no open concern I could withdraw. Send /meine to see all your concerns.",
    "withdraw_kept": "Alright, I withdraw nothing.",
    "btn_withdraw_yes": "Yes, withdraw",
    "btn_withdraw_none": "None",
    "withdraw_hint_which": "Which one do you mean? Tap one of the concerns, or write e.g. «the second» or «the one about the lamp».",
    "withdraw_one_at_a_time": "I withdraw concerns one at a time: tap one first, then I will ask about the others.",
    "withdraw_hint_one": "Please answer yes or no.",
    "withdrawn": "Alright, I withdrew your concern {reference}.",
    "reference_status": "Your concern {reference} ({topic}): {status}.",
    "followup_when": "I cannot give you a date: the office in charge plans the work itself. As soon as the status changes, I will let you know.",
    "followup_next": "What happens next: the office in charge looks at your concern and takes care of it. As soon as the status changes, I will let you know; /meine shows it at any time.",
    "opening_hours": "I'm afraid I don't know opening hours. You'll find them on www.stadt-zuerich.ch (search there for the office or facility). If you want to report something, just write it to me.",
    "collection_dates": "I'm afraid I don't know the collection dates. You'll find them in the collection calendar of Entsorgung + Recycling Zürich: www.stadt-zuerich.ch/entsorgungskalender. If something was not collected, just write it to me.",
    "drop_off": "Where to take bulky waste, old appliances and other waste (recycling centres, collection points) is in the disposal information of Entsorgung + Recycling Zürich on www.stadt-zuerich.ch. If waste is lying around somewhere or a bin is full, just write it to me.",
    "answer_again_remark": "Status of {reference}: {status}. Remark from the city: {remark}",
    "answer_again_none": "I have no answer from the city to your concerns yet. As soon as one comes, you will get it here; /meine shows the status.",
    "danger_followed": "Please tell the city police (Stadtpolizei) as well (in an emergency 117). This chat alerts no one.",
    "elsewhere_tenancy": "The city cannot settle a matter with a private landlord or property manager. The tenants' association (Mieterinnen- und Mieterverband) gives advice; in a dispute, the conciliation authority for tenancy (Schlichtungsbehörde) is responsible. If it is a flat owned by the city, please write to me again saying so.",
    "elsewhere_pet": "Please report a lost or found pet to the Swiss pet registry (Schweizerische Tiermeldezentrale, STMZ) and the animal shelters nearby; the city does not search for animals. Fingers crossed!",
    "elsewhere_lost": "Lost and found items go to the city's lost property office (Fundbüro der Stadt Zürich); you can ask there too. This chat cannot help with it, sorry.",
    "elsewhere_fine": "To contest a fine, turn to the Stadtrichteramt; what to do and by when is written on the fine. This chat cannot help with it, sorry.",
    "how_long_it_takes": "That varies: it depends on the matter and the office in charge; there is no fixed deadline. As soon as the status of your concern changes, I will let you know; /meine shows it at any time.",
    "followup_new_hint": "If it is something new, please describe it to me as a new concern, e.g. “the bin at Idaplatz is full again”.",
    "not_emergency": "All right, so it is not an emergency. I will take it as an ordinary concern.",
    "not_emergency_sent": "All right, I told the city that {reference} is not an emergency. It will be handled as an ordinary concern.",
    "after_emergency": "Please follow the instructions on the phone: at 144, 117 or 118 they will guide you. This chat alerts nobody; your report is with the city.",
    "why_place": "So that the office in charge knows where to look. A street and number, a square or the neighbourhood is enough; if you do not know, that is fine too.",
    "edit_not_taken": "Sorry, I can't pick up edits to a message you have already sent. Please send the correction as a new message.",
    "nothing_to_cancel": "There is nothing open to cancel right now. If you have a concern, just write it to me.",
    "reference_unknown": "I cannot find a concern {reference} among yours. Send /meine to see all your concerns with their numbers.",
    "after_emergency_pending": "Please follow the instructions on the phone: at 144, 117 or 118 they will guide you. This chat alerts nobody; your report goes to the city within a few minutes, also without a place.",
    "confirm_explained": "I am asking whether to pass your concern {reference} on like this: topic {topic}, place {place}, to {office}. If that is right, choose “Yes, pass it on” (or write “yes”); otherwise “Change topic” or “Change place”.",
    "terminal_location_hint": "(share your location: /standort 47.3769 8.5417)",
    "addition_ask": "Is this about your concern {reference}?",
    "addition_ask_both": "Are both about your concern {reference}?",
    "btn_addition_yes": "Yes, add it",
    "addition_forwarded": "Thank you, I added it to {reference} and passed it on to {office}.",
    "reply_ask": "Is this your answer about {reference}?",
    "reply_ask_again": "Still open: “{text}”. Is this your answer about {reference}?",
    "btn_reply_yes": "Yes, send it to the office",
    "btn_reply_no": "No, a new concern",
    "btn_reply_no_draft": "No, it belongs to {reference}",
    "reply_forwarded": "Thank you, I passed your answer on to {office}.",
    "reply_aside": "I will take up the rest as a concern of its own: “{text}”",
    "reply_kept": "Thank you, I saved your message with {reference}. At {office}, though, nobody is sent it at the moment; they will only see it when they open the concern. If something still needs doing, please write it to me as a new concern.",
    "again_ask": "Your concern {reference} ({topic}) is marked {status}. Shall I pass this on to {office} as a new concern at the same place: {place}?",
    "again_ask_withdrawn": "You withdrew {reference} ({topic}). Shall I pass it on to {office} after all, as a new concern at the same place: {place}?",
    "btn_again_yes": "Yes, report it again",
    "btn_again_no": "No, something else",
    "btn_again_keep": "No, leave it withdrawn",
    "again_kept_withdrawn": "Fine, {reference} stays withdrawn.",
}

# Topic names residents read.
TOPIC_NAMES: dict[str, str] = {
    "abfall": "Waste and cleanliness",
    "gruen": "Parks, trees and playgrounds",
    "strasse": "Streets, pavements and squares",
    "verkehr": "Traffic, parking and cycling",
    "oev": "Trams and buses",
    "beleuchtung": "Street lighting",
    "sicherheit": "Safety and disturbance",
    "umwelt": "Noise, air and pests",
    "bau_planung": "Building and planning",
    "wohnen": "Housing",
    "schule": "School and day care",
    "sport": "Sport and pools",
    "jugend": "Children and youth",
    "alter": "Older people",
    "soziales": "Social hardship",
    "integration": "Integration",
    "kultur": "Culture",
    "quartierleben": "Neighbourhood life",
}
