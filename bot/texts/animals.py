"""What residents read about an injured animal (bot/dialog/elsewhere.py): a pet goes to
a vet and the Swiss pet registry, a wild animal to the Wildhut or the police. Merged
into each language's table (bot/texts/__init__.py)."""

from __future__ import annotations

DE = {
    "elsewhere_hurt_pet": "Ein verletztes Haustier bringen Sie am besten in eine Tierarztpraxis. Ist es Ihnen zugelaufen, melden Sie es auch der Schweizerischen Tiermeldezentrale (STMZ), damit es nach Hause findet. Über diesen Chat geht das leider nicht. Danke, dass Sie sich kümmern!",
    "elsewhere_hurt_wild": "Für ein verletztes Wildtier ist die Wildhut zuständig; Sie erreichen sie auch über die Polizei, Telefon 117. Ist es ein Haustier, hilft eine Tierarztpraxis, und die Schweizerische Tiermeldezentrale (STMZ) findet vielleicht die Halter. Über diesen Chat geht das leider nicht. Danke, dass Sie sich kümmern!",
}

EN = {
    "elsewhere_hurt_pet": "An injured pet is best taken to a vet. If it is not yours, please also report it to the Swiss pet registry (Schweizerische Tiermeldezentrale, STMZ) so it finds its way home. This chat cannot help with it, sorry. Thank you for taking care!",
    "elsewhere_hurt_wild": "For an injured wild animal, the game warden (Wildhut) is responsible; you can also reach them through the police, phone 117. If it is a pet, a vet can help, and the Swiss pet registry (Schweizerische Tiermeldezentrale, STMZ) may find its owners. This chat cannot help with it, sorry. Thank you for taking care!",
}

FR = {
    "elsewhere_hurt_pet": "Le mieux est d'amener un animal de compagnie blessé chez un vétérinaire. S'il n'est pas à vous, signalez-le aussi au registre suisse des animaux (Schweizerische Tiermeldezentrale, STMZ) pour qu'il retrouve sa maison. Ce chat ne peut malheureusement pas aider. Merci de vous en occuper!",
    "elsewhere_hurt_wild": "Pour un animal sauvage blessé, c'est le garde-faune (Wildhut) qui est compétent; vous pouvez aussi le joindre par la police, téléphone 117. S'il s'agit d'un animal de compagnie, un vétérinaire peut aider, et le registre suisse des animaux (Schweizerische Tiermeldezentrale, STMZ) retrouvera peut-être ses maîtres. Ce chat ne peut malheureusement pas aider. Merci de vous en occuper!",
}

IT = {
    "elsewhere_hurt_pet": "È meglio portare un animale domestico ferito da un veterinario. Se non è vostro, segnalatelo anche al registro svizzero degli animali (Schweizerische Tiermeldezentrale, STMZ), così ritrova la strada di casa. Questa chat purtroppo non può aiutare. Grazie di occuparvene!",
    "elsewhere_hurt_wild": "Per un animale selvatico ferito è competente il guardiacaccia (Wildhut); potete raggiungerlo anche tramite la polizia, telefono 117. Se è un animale domestico, un veterinario può aiutare, e il registro svizzero degli animali (Schweizerische Tiermeldezentrale, STMZ) forse ne trova i padroni. Questa chat purtroppo non può aiutare. Grazie di occuparvene!",
}
