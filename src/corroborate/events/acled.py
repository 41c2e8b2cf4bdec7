"""The ACLED event type and sub-event type of a PLOVER event (exact ACLED strings).

Follows the starting table in ``shared/docs/RECORDS.md`` and ACLED's codebook definitions. The
mapping needs more than the PLOVER type: a protest becomes "Protest with intervention" when the
same report has it dispersed or its people arrested, and "Excessive force against protesters"
when lethal or injurious force is used on them; an ASSAULT is a battle when both sides are armed.
So it looks at the event's mode, the words of its sentence and the other events around it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Acled

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_TO_TYPE = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

# Words in the sentence that decide between ACLED sub-types of one PLOVER event.
_GRENADE = {"grenade", "grenades"}
_IED = {"ied", "ieds", "landmine", "landmines", "mine", "mines", "roadside", "improvised", "explosive", "explosives",
        "bomb", "bombs", "device"}
_SHELLING = {"shelling", "shell", "shells", "shelled", "artillery", "mortar", "mortars", "rocket", "rockets",
             "missile", "missiles", "howitzer"}
_AIR = {"airstrike", "airstrikes", "air", "warplane", "warplanes", "jets", "helicopter", "drone", "drones",
        "aircraft", "bombers"}
_CHEM = {"chemical", "sarin", "chlorine", "mustard", "nerve", "toxic"}
_ARMED_SIDES = {"rebels", "rebel", "militants", "militant", "insurgents", "fighters", "troops", "soldiers",
                "army", "forces", "militia", "militias", "gunmen", "terrorists", "jihadists", "separatists",
                "guerrillas", "military"}
_PROTESTERS = {"protesters", "protestors", "demonstrators", "protest", "protests", "rally", "demonstration",
               "crowd", "marchers", "strikers", "students", "mourners"}
_REGAIN = {"recaptured", "retook", "regained", "liberated", "recapture", "retake", "regain", "liberate",
           "reclaimed", "recaptures", "retakes", "regains", "liberates"}
_LOOT = {"looted", "looting", "loot", "looters", "plundered", "ransacked"}
_MOB = {"mob", "mobs", "lynched", "lynch", "lynching", "vigilantes"}


def _sub(sub: str) -> Acled:
    return Acled(SUB_TO_TYPE[sub], sub)


_GOV_ARMED = {"army", "troops", "government", "military", "soldiers", "police", "security", "regime",
              "national", "federal", "state", "marines", "airforce", "navy", "troopers", "units"}
_NONSTATE = {"rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "fighters", "terrorists",
             "jihadists", "militia", "militias", "separatists", "guerrillas", "gunmen", "extremists", "bandits",
             "opposition", "islamist", "islamists", "tribesmen", "mujahideen", "mujahidin", "houthi", "houthis"}
_TERRITORY_VERBS = {"capture", "seize", "take", "regain", "recapture", "retake", "liberate", "overrun", "gain",
                    "wrest", "establish", "recover", "free"}
_MILITARY_TARGETS = {"checkpoint", "base", "post", "positions", "position", "barracks", "convoy", "outpost",
                     "garrison", "patrol"}


def acled_for(
    event_type: str,
    modes: Iterable[str],
    sentence_words: set[str],
    context_types: set[tuple[str, str | None]],
    killed_or_injured: bool = False,
    actor_words: set[str] | None = None,
    recipient_words: set[str] | None = None,
    trigger_lemma: str = "",
) -> Acled | None:
    """The ACLED counterpart of one event, or None for the verbal types.

    ``sentence_words``: lower-cased words of the event's sentence. ``context_types``: (type,
    mode) of the other events of the same sentence and its neighbours. ``actor_words`` and
    ``recipient_words``: lower-cased words naming each side, which tell a battle between armed
    groups from an attack on civilians, and the state from a rebel group.
    """
    modes = set(modes)
    others = {t for t, _ in context_types}
    other_modes = {m for _, m in context_types if m}
    actor_words = actor_words or set()
    recipient_words = recipient_words or set()
    violent = bool(sentence_words & {"violently", "excessive", "brutally", "brutal", "lethal", "deadly", "fatally"})
    if event_type == "PROTEST":
        if "riot" in modes or "vandalize" in modes:
            if sentence_words & _LOOT:
                return _sub("Looting/property destruction")
            if sentence_words & _MOB:
                return _sub("Mob violence")
            return _sub("Violent demonstration")
        lethal = "ASSAULT" in others and (killed_or_injured or bool(other_modes & {"firearms", "beat", "torture"}))
        if lethal or ("ASSAULT" in others and violent):
            return _sub("Excessive force against protesters")
        if "COERCE" in others or "crowd-control" in other_modes or "ASSAULT" in others:
            return _sub("Protest with intervention")
        return _sub("Peaceful protest")
    if event_type == "ASSAULT":
        if "abduct" in modes:
            return _sub("Abduction/forced disappearance")
        if "sexual" in modes:
            return _sub("Sexual violence")
        if "suicide-attack" in modes:
            return _sub("Suicide bomb")
        if "unconventional" in modes or sentence_words & _CHEM and "chemical" in sentence_words:
            return _sub("Chemical weapon")
        if "aerial" in modes or "drone" in modes:
            return _sub("Air/drone strike")
        if sentence_words & _GRENADE:
            return _sub("Grenade")
        if "heavy-weapons" in modes or sentence_words & _SHELLING:
            return _sub("Shelling/artillery/missile attack")
        if "explosives" in modes or sentence_words & {"ied", "ieds", "landmine", "landmines", "roadside"}:
            return _sub("Remote explosive/landmine/IED")
        if sentence_words & _AIR and ("strike" in sentence_words or "strikes" in sentence_words
                                      or "bombed" in sentence_words or "raid" in sentence_words):
            return _sub("Air/drone strike")
        if trigger_lemma in _TERRITORY_VERBS and "sideAB" in modes:
            regains = trigger_lemma in ("regain", "recapture", "retake", "liberate", "recover", "free")
            if not actor_words & _NONSTATE and (regains or actor_words & _GOV_ARMED):
                return _sub("Government regains territory")
            if actor_words & _NONSTATE or (actor_words and not actor_words & _GOV_ARMED):
                return _sub("Non-state actor overtakes territory")
            return _sub("Armed clash")
        if "crowd-control" in modes:
            if killed_or_injured or violent:
                return _sub("Excessive force against protesters")
            return _sub("Protest with intervention")
        protest_people = {"protesters", "protestors", "demonstrators", "marchers", "rioters", "crowd", "mob"}
        if actor_words & protest_people:
            # protesters attacking: a violent demonstration, not force against them
            return _sub("Mob violence") if sentence_words & _MOB else _sub("Violent demonstration")
        protest_victims = bool(recipient_words & _PROTESTERS) or (
            ("PROTEST" in others or bool(sentence_words & protest_people)) and not recipient_words
        )
        if protest_victims:
            return _sub("Excessive force against protesters")
        armed_actor = bool(actor_words & (_ARMED_SIDES | _NONSTATE | _GOV_ARMED))
        armed_target = bool(recipient_words & (_ARMED_SIDES | _NONSTATE | _GOV_ARMED | _MILITARY_TARGETS))
        if "sideAB" in modes or (armed_actor and armed_target) or sentence_words & {"clashes", "clashed",
                                                                                     "gunfight", "firefight"}:
            return _sub("Armed clash")
        if sentence_words & _MOB:
            return _sub("Mob violence")
        return _sub("Attack")
    if event_type == "COERCE":
        protest = bool(recipient_words & {"protesters", "protestors", "demonstrators", "marchers", "strikers"}) or bool(
            sentence_words & {"protest", "protests", "demonstration", "demonstrations", "rally", "rallies"})
        if "arrest" in modes:
            return _sub("Protest with intervention") if protest and "PROTEST" not in others else _sub("Arrests")
        if "seize" in modes and sentence_words & {"weapons", "arms", "explosives", "ammunition", "bomb", "ied",
                                                   "bombs", "defused", "cache", "rifles", "guns", "grenades",
                                                   "pistols", "firearms", "mines", "landmines", "device",
                                                   "devices", "ammo", "explosive", "projectiles", "revolvers"}:
            return _sub("Disrupted weapons use")
        if "restrict" in modes and protest:
            return _sub("Excessive force against protesters") if violent else _sub("Protest with intervention")
        return _sub("Other")
    if event_type in ("AGREE", "COOPERATE"):
        return _sub("Agreement")
    if event_type == "SUPPORT" and sentence_words & {"agreement", "deal", "accord", "treaty", "ceasefire", "truce",
                                                     "pact", "memorandum"}:
        return _sub("Agreement")
    if event_type == "RETREAT":
        if "ceasefire" in modes:
            return _sub("Agreement")
        if "withdraw" in modes:
            return _sub("Non-violent transfer of territory")
        return None
    if event_type == "MOBILIZE":
        if sentence_words & {"base", "bases", "headquarters", "post", "posts", "outpost", "point", "points"} and (
            trigger_lemma in ("set", "establish", "build", "create", "open")
        ):
            return _sub("Headquarters or base established")
        return _sub("Change to group/activity")
    return None
