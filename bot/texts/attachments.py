"""What residents read about what they send besides words: a video or a file
with words, a shared contact (bot/dialog/attachments.py); a photo the words point
to that did not come (bot/dialog/photo_missing.py). Merged into each
language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "dropped_video": "Das Video selbst kann ich leider nicht weitergeben, ein Foto schon.",
    "dropped_file": "Diese Datei kann ich leider nicht weitergeben, ein Foto schon.",
    "dropped_read": "Ihren Text dazu habe ich gelesen:",
    "contact_added": "Danke, ich gebe Ihre Telefonnummer mit Ihrem Anliegen {reference} weiter.",
    "contact_known": "Diese Telefonnummer habe ich schon bei Ihrem Anliegen {reference}.",
    "contact_not_own": "Diesen Kontakt gebe ich nicht weiter. Möchten Sie angerufen werden, schreiben Sie mir bitte Ihre Telefonnummer als Text.",
    "contact_no_concern": "Danke! Eine Telefonnummer kann ich nur mit einem Anliegen weitergeben. Schreiben Sie mir bitte zuerst, worum es geht, und die Nummer dazu.",
    "photo_missing": "Das Foto ist bei mir nicht angekommen. Sie können es jetzt schicken.",
    "photo_words_only": "Das Foto ist bei mir nicht angekommen. Worum geht es? Beschreiben Sie es bitte kurz und schicken Sie das Foto gern nochmals.",
}

EN = {
    "dropped_video": "I'm afraid I can't pass on the video itself, but a photo works.",
    "dropped_file": "I'm afraid I can't pass on this file, but a photo works.",
    "dropped_read": "I have read your text with it:",
    "contact_added": "Thank you, I will pass on your phone number with your concern {reference}.",
    "contact_known": "I already have this phone number with your concern {reference}.",
    "contact_not_own": "I don't pass on this contact. If you would like a call, please write your phone number as text.",
    "contact_no_concern": "Thank you! I can only pass on a phone number with a concern. Please write first what it is about, with the number.",
    "photo_missing": "The photo has not reached me. You can send it now.",
    "photo_words_only": "The photo has not reached me. What is the concern? Please describe it briefly, and feel free to send the photo again.",
}

FR = {
    "dropped_video": "Je ne peux malheureusement pas transmettre la vidéo elle-même, une photo oui.",
    "dropped_file": "Je ne peux malheureusement pas transmettre ce fichier, une photo oui.",
    "dropped_read": "J'ai lu votre texte:",
    "contact_added": "Merci, je transmets votre numéro de téléphone avec votre demande {reference}.",
    "contact_known": "J'ai déjà ce numéro de téléphone avec votre demande {reference}.",
    "contact_not_own": "Je ne transmets pas ce contact. Si vous souhaitez être appelé·e, écrivez-moi votre numéro de téléphone en texte.",
    "contact_no_concern": "Merci! Je ne peux transmettre un numéro de téléphone qu'avec une demande. Écrivez-moi d'abord de quoi il s'agit, avec le numéro.",
    "photo_missing": "La photo ne m'est pas parvenue. Vous pouvez l'envoyer maintenant.",
    "photo_words_only": "La photo ne m'est pas parvenue. De quoi s'agit-il? Décrivez-le brièvement et renvoyez volontiers la photo.",
}

IT = {
    "dropped_video": "Purtroppo non posso inoltrare il video stesso, una foto sì.",
    "dropped_file": "Purtroppo non posso inoltrare questo file, una foto sì.",
    "dropped_read": "Ho letto il vostro testo:",
    "contact_added": "Grazie, inoltro il vostro numero di telefono con la vostra segnalazione {reference}.",
    "contact_known": "Ho già questo numero di telefono con la vostra segnalazione {reference}.",
    "contact_not_own": "Non inoltro questo contatto. Se desiderate essere chiamati, scrivetemi il vostro numero di telefono come testo.",
    "contact_no_concern": "Grazie! Posso inoltrare un numero di telefono solo con una segnalazione. Scrivetemi prima di che cosa si tratta, con il numero.",
    "photo_missing": "La foto non mi è arrivata. Potete inviarla adesso.",
    "photo_words_only": "La foto non mi è arrivata. Di che cosa si tratta? Descrivetelo brevemente e inviate pure di nuovo la foto.",
}
