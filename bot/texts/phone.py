"""What residents read when they ask to be phoned (bot/dialog/phone.py). Merged
into each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "phone_callback": "Anrufen kann ich leider nicht, ich bin ein Chat. Ich kann Ihre Bitte um einen Anruf an {office} weitergeben; von dort meldet man sich bei Ihnen, wenn Ihre Telefonnummer in der Nachricht steht. Soll ich das tun?",
    "phone_no_calls": "Anrufen kann ich leider nicht, ich bin ein Chat: Ich gebe Ihr Anliegen schriftlich weiter. Steht Ihre Telefonnummer in der Nachricht, kann die zuständige Stelle Sie anrufen.",
    "phone_emergency": "Geht es um den Notfall? Dann rufen Sie bitte jetzt selbst an: Sanität 144, Polizei 117.",
    "phone_cannot": "Anrufen kann ich leider nicht, ich bin ein Chat.",
    "phone_number_added": "Danke, Ihre Nummer steht jetzt bei der Bitte um einen Anruf an {office}. Soll ich sie weitergeben?",
}

EN = {
    "phone_callback": "I'm afraid I can't phone, I am a chat. I can pass your request for a call on to {office}; they will get in touch if your phone number is in your message. Shall I do that?",
    "phone_no_calls": "I'm afraid I can't phone, I am a chat: I pass your concern on in writing. If your phone number is in your message, the office in charge can call you.",
    "phone_emergency": "Is it about the emergency? Then please call yourself now: ambulance 144, police 117.",
    "phone_cannot": "I'm afraid I can't phone, I am a chat.",
    "phone_number_added": "Thank you, your number is now with the request for a call to {office}. Shall I pass it on?",
}

FR = {
    "phone_callback": "Je ne peux malheureusement pas téléphoner, je suis un chat. Je peux transmettre votre demande d'appel à {office}; on vous rappellera si votre numéro de téléphone figure dans votre message. Dois-je le faire?",
    "phone_no_calls": "Je ne peux malheureusement pas téléphoner, je suis un chat: je transmets votre demande par écrit. Si votre numéro de téléphone figure dans votre message, le service compétent peut vous appeler.",
    "phone_emergency": "S'agit-il de l'urgence? Alors appelez vous-même tout de suite: ambulance 144, police 117.",
    "phone_cannot": "Je ne peux malheureusement pas téléphoner, je suis un chat.",
    "phone_number_added": "Merci, votre numéro figure maintenant dans la demande d'appel à {office}. Dois-je la transmettre?",
}

IT = {
    "phone_callback": "Purtroppo non posso telefonare, sono una chat. Posso inoltrare la vostra richiesta di una chiamata a {office}; vi contatteranno se il vostro numero di telefono è nel messaggio. Devo farlo?",
    "phone_no_calls": "Purtroppo non posso telefonare, sono una chat: inoltro la vostra richiesta per iscritto. Se il vostro numero di telefono è nel messaggio, il servizio competente può chiamarvi.",
    "phone_emergency": "Si tratta dell'emergenza? Allora chiamate subito voi stessi: ambulanza 144, polizia 117.",
    "phone_cannot": "Purtroppo non posso telefonare, sono una chat.",
    "phone_number_added": "Grazie, il vostro numero è ora nella richiesta di una chiamata a {office}. Devo inoltrarla?",
}
