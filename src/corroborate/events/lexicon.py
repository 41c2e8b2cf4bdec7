"""Trigger words and phrases for the 16 PLOVER event types, and the word classes they test.

Entries follow the PLOVER 2.0 definitions and its CAMEO mapping (``shared/docs/PLOVER.md``), not
the wording of any article: each is a general English way of reporting that kind of event. Every
entry names the PLOVER type, the mode (or ``None``), a base weight (how reliably the word alone
signals the event: 0.9 for "arrested", 0.45 for a bare noun such as "clashes") and, where the word
is ambiguous, a condition the extractor checks on the syntax (``Cond``).

Kept as Python data rather than a JSON file so that mypy checks every entry and a typo in a
condition name fails at import, not halfway through a run.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Cond(Enum):
    """A syntactic condition an ambiguous trigger must meet."""

    NONE = "none"
    OBJ_PERSON = "obj_person"  # the patient is people or a group ("released 20 prisoners")
    OBJ_IMAGE = "obj_image"  # posters, statues, banners: political vandalism
    OBJ_PROPERTY = "obj_property"  # buildings, vehicles, bases, or images
    OBJ_NOT_ABSTRACT = "obj_not_abstract"  # "attacked the convoy", not "attacked the policy"
    OBJ_ABSTRACT = "obj_abstract"  # "attacked the policy": verbal
    OBJ_WEAPON = "obj_weapon"  # "fired tear gas", "seized weapons"
    OBJ_PROTEST = "obj_protest"  # "broke up the rally", "dispersed the crowd"
    PREP_ON_AT = "prep_on_at"  # "fired on protesters"
    HAS_PREP = "has_prep"  # "called on X to", "called for X": the REQUEST reading
    NOT_PURPOSE = "not_purpose"  # not "rallied to denounce": a purpose clause of another event
    OF_OR_PLURAL = "of_or_plural"  # "the death of", "deaths": not "sentenced to death"
    OBJ_MESSAGE = "obj_message"  # slogans, leaflets, posters: "painted slogans", "handed out leaflets"
    OBJ_ROAD = "obj_road"  # roads, streets, bridges: "blocked the highway" (protesters obstruct)
    OBJ_AID = "obj_aid"  # food, medicine, money, arms: "sent medicine", "provided aid"
    OBJ_TIES = "obj_ties"  # relations, ties, links: "upgraded ties", "suspended air links"
    OBJ_RESTRICTION = "obj_restriction"  # bans, curfews, sanctions: "lifted the ban"
    OBJ_PROJECTILE = "obj_projectile"  # stones, petrol bombs: "hurled stones at police"
    OBJ_CROWD_WEAPON = "obj_crowd_weapon"  # tear gas, water cannon, rubber bullets
    OBJ_FORCES = "obj_forces"  # troops, police, units: "deployed troops", "strengthened its forces"
    HAS_OBJ = "has_obj"  # a noun object, not a clause: "denied land allocation" (not "denied that")
    INTRANSITIVE = "intransitive"  # "hundreds gathered outside", not "gathered evidence"
    AS_LABEL = "as_label"  # "described them as provocateurs": a label, an allegation
    WARNED_PENALTY = "warned_penalty"  # "warned that organisers would face charges"
    OBJ_BASE = "obj_base"  # bases, posts, headquarters: "set up an observation post"
    OBJ_TERRITORY = "obj_territory"  # towns, villages, areas, control: "seized control of the town"
    DEMAND_MODAL = "demand_modal"  # "X must/should do Y", stated by a speaker: a demand


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger: the event it signals if its condition holds."""

    type: str
    mode: str | None
    weight: float
    cond: Cond = Cond.NONE


def _s(type_: str, mode: str | None, weight: float, cond: Cond = Cond.NONE) -> tuple[Sense, ...]:
    return (Sense(type_, mode, weight, cond),)


# Verbs, by lemma. Where a verb has several senses, the first whose condition holds wins.
VERBS: dict[str, tuple[Sense, ...]] = {
    # PROTEST
    "protest": _s("PROTEST", "demo", 0.75),
    "demonstrate": _s("PROTEST", "demo", 0.75),
    "rally": _s("PROTEST", "demo", 0.7),
    "march": _s("PROTEST", "demo", 0.7),
    "picket": _s("PROTEST", "demo", 0.7),
    "riot": _s("PROTEST", "riot", 0.8),
    "boycott": _s("PROTEST", "boycott", 0.7),
    "blockade": _s("PROTEST", "obstruct", 0.6),
    "vandalize": _s("PROTEST", "vandalize", 0.75),
    "vandalise": _s("PROTEST", "vandalize", 0.75),
    "deface": _s("PROTEST", "vandalize", 0.75),
    "torch": (Sense("PROTEST", "vandalize", 0.75, Cond.OBJ_IMAGE), Sense("ASSAULT", "destroy", 0.65)),
    "burn": (
        Sense("PROTEST", "vandalize", 0.75, Cond.OBJ_IMAGE),
        Sense("PROTEST", "riot", 0.6, Cond.OBJ_PROPERTY),
    ),
    "graffiti": _s("PROTEST", None, 0.7),
    "paint": _s("PROTEST", None, 0.65, Cond.OBJ_MESSAGE),
    "spray": _s("PROTEST", None, 0.6, Cond.OBJ_MESSAGE),
    "distribute": _s("PROTEST", None, 0.6, Cond.OBJ_MESSAGE),
    "chant": _s("PROTEST", "demo", 0.65),
    "gather": _s("PROTEST", "demo", 0.5, Cond.INTRANSITIVE),
    "strike": (
        Sense("PROTEST", "strike", 0.6, Cond.INTRANSITIVE),  # "teachers struck", "will strike again"
        Sense("ASSAULT", None, 0.55, Cond.OBJ_PROPERTY),  # "a missile struck the hospital"
    ),
    "assemble": _s("PROTEST", "demo", 0.5, Cond.INTRANSITIVE),
    "brand": _s("ACCUSE", "allege", 0.6, Cond.OBJ_PERSON),
    "label": _s("ACCUSE", "allege", 0.5, Cond.OBJ_PERSON),
    "describe": _s("ACCUSE", "allege", 0.45, Cond.AS_LABEL),
    "post": _s("PROTEST", None, 0.5, Cond.OBJ_MESSAGE),
    "put": _s("PROTEST", None, 0.6, Cond.OBJ_MESSAGE),
    "target": (
        Sense("PROTEST", "vandalize", 0.55, Cond.OBJ_IMAGE),
        Sense("ASSAULT", None, 0.5, Cond.OBJ_PERSON),
    ),
    "loot": _s("PROTEST", "riot", 0.7),
    "storm": _s("PROTEST", "riot", 0.55, Cond.OBJ_PROPERTY),
    # COERCE
    "arrest": _s("COERCE", "arrest", 0.9),
    "detain": _s("COERCE", "arrest", 0.9),
    "jail": _s("COERCE", "arrest", 0.8),
    "imprison": _s("COERCE", "arrest", 0.8),
    "apprehend": _s("COERCE", "arrest", 0.8),
    "incarcerate": _s("COERCE", "arrest", 0.8),
    "round": _s("COERCE", "arrest", 0.7, Cond.OBJ_PERSON),  # "rounded up", particle checked
    "deport": _s("COERCE", "deport", 0.8),
    "censor": _s("COERCE", "censor", 0.75),
    "disperse": _s("COERCE", "restrict", 0.7, Cond.OBJ_PROTEST),
    "ban": _s("COERCE", "restrict", 0.6),
    "outlaw": _s("COERCE", "restrict", 0.65),
    "prohibit": _s("COERCE", "restrict", 0.55),
    "raid": _s("COERCE", "seize", 0.6),
    "confiscate": _s("COERCE", "seize", 0.75),
    "seize": (
        Sense("COERCE", "seize", 0.7, Cond.OBJ_WEAPON),
        Sense("ASSAULT", "sideAB", 0.65, Cond.OBJ_TERRITORY),
        Sense("COERCE", "seize", 0.55),
    ),
    "find": _s("COERCE", "seize", 0.6, Cond.OBJ_WEAPON),
    "discover": _s("COERCE", "seize", 0.6, Cond.OBJ_WEAPON),
    "defuse": _s("COERCE", "seize", 0.8),
    "intercept": _s("COERCE", "seize", 0.6, Cond.OBJ_WEAPON),
    "recover": (Sense("COERCE", "seize", 0.6, Cond.OBJ_WEAPON), Sense("ASSAULT", "sideAB", 0.6, Cond.OBJ_TERRITORY)),
    "uncover": _s("COERCE", "seize", 0.6, Cond.OBJ_WEAPON),
    "clear": _s("COERCE", "seize", 0.55, Cond.OBJ_WEAPON),
    "dismantle": _s("COERCE", "seize", 0.5, Cond.OBJ_WEAPON),
    "set": _s("MOBILIZE", None, 0.6, Cond.OBJ_BASE),  # "set up a military post"
    "build": _s("MOBILIZE", None, 0.5, Cond.OBJ_BASE),
    "defect": _s("MOBILIZE", "militia", 0.65),
    "form": _s("MOBILIZE", "militia", 0.45, Cond.OBJ_FORCES),
    "liberate": _s("ASSAULT", "sideAB", 0.65, Cond.OBJ_TERRITORY),
    "regain": _s("ASSAULT", "sideAB", 0.7, Cond.OBJ_TERRITORY),
    "exchange": _s("AGREE", None, 0.55, Cond.OBJ_PERSON),
    "swap": _s("AGREE", None, 0.55, Cond.OBJ_PERSON),
    "block": (Sense("PROTEST", "obstruct", 0.65, Cond.OBJ_ROAD), Sense("COERCE", "restrict", 0.45)),
    "suppress": _s("COERCE", "restrict", 0.6),
    "quell": _s("COERCE", "restrict", 0.55),
    "crush": _s("COERCE", "restrict", 0.5),
    "repress": _s("COERCE", "restrict", 0.6),
    "intimidate": _s("COERCE", "restrict", 0.5),
    "harass": _s("COERCE", "restrict", 0.55),
    "blackmail": _s("THREATEN", None, 0.6),
    # added from PLOVER's CAMEO mapping: material cooperation, concessions, reductions in relations
    "provide": _s("AID", None, 0.55, Cond.OBJ_AID),
    "send": (Sense("AID", None, 0.55, Cond.OBJ_AID), Sense("MOBILIZE", "troops", 0.5, Cond.OBJ_FORCES)),
    "grant": (Sense("AID", None, 0.55, Cond.OBJ_AID), Sense("CONCEDE", None, 0.45)),
    "deliver": _s("AID", None, 0.5, Cond.OBJ_AID),
    "fund": _s("AID", None, 0.5),
    "finance": _s("AID", None, 0.5),
    "extradite": _s("COOPERATE", None, 0.7),
    "share": _s("COOPERATE", None, 0.45, Cond.OBJ_NOT_ABSTRACT),
    "accept": _s("AGREE", None, 0.55),
    "allow": _s("CONCEDE", None, 0.45),
    "permit": _s("CONCEDE", None, 0.45),
    "ease": _s("CONCEDE", None, 0.5, Cond.OBJ_RESTRICTION),
    "relax": _s("CONCEDE", None, 0.5, Cond.OBJ_RESTRICTION),
    "cancel": (Sense("CONCEDE", None, 0.55, Cond.OBJ_RESTRICTION), Sense("SANCTION", "discontinue", 0.5)),
    "halt": (Sense("SANCTION", "discontinue", 0.55, Cond.OBJ_AID), Sense("SANCTION", "discontinue", 0.45,
                                                                      Cond.OBJ_TIES)),
    "complain": _s("ACCUSE", "disapprove", 0.65),
    "hack": _s("COERCE", "cyber", 0.7),
    "invade": _s("ASSAULT", "sideAB", 0.75),
    "surrender": _s("RETREAT", "disarm", 0.7),
    "demobilize": _s("RETREAT", "disarm", 0.7),
    "demobilise": _s("RETREAT", "disarm", 0.7),
    "decline": _s("REJECT", None, 0.7, Cond.NOT_PURPOSE),
    "deny": _s("REJECT", None, 0.55, Cond.HAS_OBJ),
    "shorten": _s("CONCEDE", None, 0.55, Cond.OBJ_RESTRICTION),
    "reduce": _s("CONCEDE", None, 0.45, Cond.OBJ_RESTRICTION),
    "inspect": _s("ACCUSE", "investigate", 0.55),
    "monitor": _s("ACCUSE", "investigate", 0.4),
    "die": _s("ASSAULT", None, 0.45),
    "open": _s("RETREAT", "access", 0.5, Cond.OBJ_ROAD),
    "give": _s("AID", None, 0.5, Cond.OBJ_AID),
    "renege": _s("REJECT", None, 0.7),
    "oppose": _s("REJECT", None, 0.6),
    "violate": _s("REJECT", None, 0.55),
    "establish": (Sense("SUPPORT", None, 0.5, Cond.OBJ_TIES), Sense("MOBILIZE", None, 0.65, Cond.OBJ_BASE)),
    "create": _s("MOBILIZE", None, 0.5, Cond.OBJ_BASE),
    "upgrade": _s("SUPPORT", None, 0.55, Cond.OBJ_TIES),
    "restore": _s("SUPPORT", None, 0.55, Cond.OBJ_TIES),
    "strengthen": _s("MOBILIZE", "troops", 0.5, Cond.OBJ_FORCES),
    "reinforce": _s("MOBILIZE", "troops", 0.55),
    "train": _s("MOBILIZE", None, 0.4, Cond.OBJ_PERSON),
    "dispatch": (Sense("MOBILIZE", "troops", 0.5, Cond.OBJ_FORCES), Sense("ACCUSE", "investigate", 0.45,
                                                                          Cond.OBJ_PERSON)),
    "must": _s("REQUEST", None, 0.7, Cond.DEMAND_MODAL),
    "should": _s("REQUEST", None, 0.55, Cond.DEMAND_MODAL),  # only when someone states it (see cond)
    # ASSAULT
    "kill": _s("ASSAULT", None, 0.85),
    "murder": _s("ASSAULT", "targeted", 0.85),
    "massacre": _s("ASSAULT", None, 0.85),
    "slaughter": _s("ASSAULT", None, 0.8),
    "assassinate": _s("ASSAULT", "targeted", 0.9),
    "execute": _s("ASSAULT", "targeted", 0.85, Cond.OBJ_PERSON),
    "hang": (
        Sense("ASSAULT", "targeted", 0.6, Cond.OBJ_PERSON),
        Sense("PROTEST", None, 0.55, Cond.OBJ_MESSAGE),
    ),
    "shoot": _s("ASSAULT", "firearms", 0.85),
    "gun": _s("ASSAULT", "firearms", 0.8),  # "gunned down"
    "fire": (
        Sense("ASSAULT", "crowd-control", 0.8, Cond.OBJ_CROWD_WEAPON),  # "fired tear gas at them"
        Sense("ASSAULT", "firearms", 0.8, Cond.OBJ_WEAPON),  # "fired live rounds"
        Sense("ASSAULT", "firearms", 0.8, Cond.PREP_ON_AT),  # "fired on the crowd"
    ),
    "wound": _s("ASSAULT", None, 0.8),
    "injure": _s("ASSAULT", None, 0.75),
    "beat": _s("ASSAULT", "beat", 0.75, Cond.OBJ_PERSON),
    "assault": _s("ASSAULT", "beat", 0.75, Cond.OBJ_PERSON),
    "torture": _s("ASSAULT", "torture", 0.85),
    "abduct": _s("ASSAULT", "abduct", 0.85),
    "kidnap": _s("ASSAULT", "abduct", 0.85),
    "disappear": _s("ASSAULT", "abduct", 0.6, Cond.OBJ_PERSON),
    "rape": _s("ASSAULT", "sexual", 0.9),
    "attack": (
        Sense("ACCUSE", "disapprove", 0.5, Cond.OBJ_ABSTRACT),
        Sense("ASSAULT", None, 0.7, Cond.OBJ_NOT_ABSTRACT),
    ),
    "bomb": _s("ASSAULT", "explosives", 0.8),
    "shell": _s("ASSAULT", "heavy-weapons", 0.8),
    "stab": _s("ASSAULT", "primitive", 0.8),
    "throw": _s("ASSAULT", "primitive", 0.65, Cond.OBJ_PROJECTILE),
    "hurl": _s("ASSAULT", "primitive", 0.7, Cond.OBJ_PROJECTILE),
    "pelt": _s("ASSAULT", "primitive", 0.7),
    "lynch": _s("ASSAULT", "primitive", 0.8),
    "ambush": _s("ASSAULT", "firearms", 0.75),
    "clash": _s("ASSAULT", "sideAB", 0.6),
    "fight": _s("ASSAULT", "sideAB", 0.5, Cond.OBJ_NOT_ABSTRACT),
    "behead": _s("ASSAULT", "targeted", 0.85),
    "poison": _s("ASSAULT", "unconventional", 0.6, Cond.OBJ_PERSON),
    "destroy": (
        Sense("PROTEST", "vandalize", 0.6, Cond.OBJ_IMAGE),
        Sense("COERCE", "seize", 0.55, Cond.OBJ_WEAPON),
        Sense("ASSAULT", "destroy", 0.6, Cond.OBJ_PROPERTY),
    ),
    "demolish": _s("ASSAULT", "destroy", 0.6, Cond.OBJ_PROPERTY),
    "raze": _s("ASSAULT", "destroy", 0.7),
    "capture": (
        Sense("COERCE", "seize", 0.65, Cond.OBJ_WEAPON),
        Sense("ASSAULT", "abduct", 0.6, Cond.OBJ_PERSON),
        Sense("ASSAULT", "sideAB", 0.55, Cond.OBJ_PROPERTY),
        Sense("ASSAULT", "sideAB", 0.5),
    ),
    "recapture": _s("ASSAULT", "sideAB", 0.7),
    "retake": _s("ASSAULT", "sideAB", 0.7),
    "overrun": _s("ASSAULT", "sideAB", 0.7),
    # SANCTION
    "sentence": _s("SANCTION", "convict", 0.9),
    "convict": _s("SANCTION", "convict", 0.85),
    "expel": _s("SANCTION", "expel", 0.7),
    "sanction": _s("SANCTION", None, 0.7),
    "suspend": _s("SANCTION", "discontinue", 0.45),
    "sever": _s("SANCTION", "discontinue", 0.6),
    "recall": _s("SANCTION", "withdraw", 0.5),
    "fine": _s("SANCTION", "convict", 0.6, Cond.OBJ_PERSON),
    "dismiss": _s("SANCTION", None, 0.4, Cond.OBJ_PERSON),
    # ACCUSE
    "accuse": _s("ACCUSE", "allege", 0.85),
    "blame": _s("ACCUSE", "allege", 0.85),
    "allege": _s("ACCUSE", "allege", 0.6),
    "charge": _s("ACCUSE", "allege", 0.6, Cond.OBJ_PERSON),
    "indict": _s("ACCUSE", "allege", 0.8),
    "prosecute": _s("ACCUSE", "allege", 0.7),
    "sue": _s("ACCUSE", "allege", 0.7),
    "condemn": _s("ACCUSE", "disapprove", 0.8, Cond.NOT_PURPOSE),
    "denounce": _s("ACCUSE", "disapprove", 0.75, Cond.NOT_PURPOSE),
    "criticize": _s("ACCUSE", "disapprove", 0.8),
    "criticise": _s("ACCUSE", "disapprove", 0.8),
    "decry": _s("ACCUSE", "disapprove", 0.75),
    "slam": _s("ACCUSE", "disapprove", 0.6, Cond.OBJ_NOT_ABSTRACT),
    "deplore": _s("ACCUSE", "disapprove", 0.75),
    "censure": _s("ACCUSE", "disapprove", 0.75),
    "rebuke": _s("ACCUSE", "disapprove", 0.7),
    "investigate": _s("ACCUSE", "investigate", 0.7),
    "probe": _s("ACCUSE", "investigate", 0.6),
    # REQUEST
    "urge": _s("REQUEST", None, 0.85),
    "demand": _s("REQUEST", None, 0.8),
    "appeal": _s("REQUEST", None, 0.7),
    "call": _s("REQUEST", None, 0.75, Cond.HAS_PREP),
    "ask": _s("REQUEST", None, 0.55),
    "request": _s("REQUEST", None, 0.75),
    "press": _s("REQUEST", None, 0.45, Cond.OBJ_PERSON),
    "implore": _s("REQUEST", None, 0.8),
    "petition": _s("REQUEST", None, 0.65),
    "order": _s("REQUEST", None, 0.55),
    "instruct": _s("REQUEST", None, 0.55),
    # REJECT
    "reject": _s("REJECT", None, 0.8),
    "refuse": _s("REJECT", None, 0.7),
    "rebuff": _s("REJECT", None, 0.75),
    "veto": _s("REJECT", None, 0.75),
    "defy": _s("REJECT", "yield", 0.6),
    # THREATEN
    "threaten": _s("THREATEN", None, 0.85),
    "warn": (Sense("THREATEN", "arrest", 0.6, Cond.WARNED_PENALTY), Sense("THREATEN", None, 0.5, Cond.OBJ_PERSON)),
    "vow": _s("THREATEN", None, 0.45),
    # CONSULT
    "meet": _s("CONSULT", None, 0.65, Cond.OBJ_PERSON),
    "visit": _s("CONSULT", "visit", 0.6),
    "host": _s("CONSULT", "visit", 0.55, Cond.OBJ_PERSON),
    "negotiate": _s("CONSULT", None, 0.6),
    "consult": _s("CONSULT", None, 0.6),
    "telephone": _s("CONSULT", "phone", 0.6),
    # AGREE / SUPPORT / CONCEDE / COOPERATE / AID
    "agree": _s("AGREE", None, 0.7),
    "promise": _s("AGREE", None, 0.55),
    "pledge": _s("AGREE", None, 0.55),
    "offer": _s("AGREE", None, 0.5),
    "sign": _s("SUPPORT", None, 0.5),  # PLOVER: signing or ratifying an agreement is SUPPORT
    "ratify": _s("SUPPORT", None, 0.6),
    "defend": _s("SUPPORT", None, 0.45, Cond.OBJ_ABSTRACT),
    "support": _s("SUPPORT", None, 0.5),
    "praise": _s("SUPPORT", None, 0.65),
    "welcome": _s("SUPPORT", None, 0.5),
    "endorse": _s("SUPPORT", None, 0.65),
    "commend": _s("SUPPORT", None, 0.65),
    "recognize": _s("SUPPORT", None, 0.4),
    "back": _s("SUPPORT", None, 0.4, Cond.OBJ_PERSON),
    "pardon": _s("CONCEDE", None, 0.8),
    "acquit": _s("CONCEDE", None, 0.75),
    "apologize": _s("CONCEDE", None, 0.7),
    "apologise": _s("CONCEDE", None, 0.7),
    "admit": _s("CONCEDE", None, 0.45),
    "lift": _s("CONCEDE", None, 0.55, Cond.OBJ_RESTRICTION),
    "cooperate": _s("COOPERATE", None, 0.6),
    "collaborate": _s("COOPERATE", None, 0.55),
    "donate": _s("AID", None, 0.6),
    "aid": _s("AID", None, 0.5),
    "assist": _s("AID", None, 0.4),
    # RETREAT / MOBILIZE
    "release": _s("RETREAT", "release", 0.8, Cond.OBJ_PERSON),
    "free": _s("RETREAT", "release", 0.75, Cond.OBJ_PERSON),
    "resign": _s("RETREAT", "resign", 0.8),
    "withdraw": _s("RETREAT", "withdraw", 0.65),
    "retreat": _s("RETREAT", "withdraw", 0.6),
    "disarm": _s("RETREAT", "disarm", 0.7),
    "evacuate": _s("RETREAT", "withdraw", 0.5),
    "deploy": _s("MOBILIZE", "troops", 0.75),
    "patrol": _s("MOBILIZE", "police", 0.45),
    "mobilize": _s("MOBILIZE", None, 0.65),
    "mobilise": _s("MOBILIZE", None, 0.65),
    "station": _s("MOBILIZE", "troops", 0.5),
}

# Nouns, by lemma. A bare noun is weaker evidence than a verb: it may only name an event the
# article mentions in passing, so most weights sit below the verbs'.
NOUNS: dict[str, tuple[Sense, ...]] = {
    "protest": _s("PROTEST", "demo", 0.6),
    "demonstration": _s("PROTEST", "demo", 0.6),
    "rally": _s("PROTEST", "demo", 0.6),
    "march": _s("PROTEST", "demo", 0.5),
    "uprising": _s("PROTEST", "demo", 0.6),
    "invasion": _s("ASSAULT", "sideAB", 0.6),
    "suspension": _s("SANCTION", "discontinue", 0.5),
    "sit-in": _s("PROTEST", "obstruct", 0.6),
    "vigil": _s("PROTEST", "demo", 0.45),
    "picket": _s("PROTEST", "demo", 0.6),
    "go-slow": _s("PROTEST", "strike", 0.6),
    "riot": _s("PROTEST", "riot", 0.6),
    "unrest": _s("PROTEST", "riot", 0.4),
    "revolt": _s("PROTEST", "demo", 0.5),
    "rebellion": _s("PROTEST", "demo", 0.35),
    "walkout": _s("PROTEST", "strike", 0.6),
    "strike": _s("PROTEST", "strike", 0.55),
    "boycott": _s("PROTEST", "boycott", 0.55),
    "blockade": _s("PROTEST", "obstruct", 0.45),
    "graffiti": _s("PROTEST", None, 0.5),
    "arrest": _s("COERCE", "arrest", 0.65),
    "detention": _s("COERCE", "arrest", 0.55),
    "crackdown": _s("COERCE", "restrict", 0.55),
    "curfew": _s("COERCE", "curfew", 0.6),
    "ban": _s("COERCE", "restrict", 0.4),
    "shutdown": _s("COERCE", "censor", 0.5),
    "blackout": _s("COERCE", "censor", 0.45),
    "raid": _s("COERCE", "seize", 0.5),
    "deportation": _s("COERCE", "deport", 0.55),
    "killing": _s("ASSAULT", None, 0.6),
    "death": _s("ASSAULT", None, 0.45, Cond.OF_OR_PLURAL),
    "casualty": _s("ASSAULT", None, 0.5),
    "fatality": _s("ASSAULT", None, 0.5),
    "massacre": _s("ASSAULT", None, 0.65),
    "execution": _s("ASSAULT", "targeted", 0.6),
    "assassination": _s("ASSAULT", "targeted", 0.7),
    "shooting": _s("ASSAULT", "firearms", 0.6),
    "torture": _s("ASSAULT", "torture", 0.55),
    "abduction": _s("ASSAULT", "abduct", 0.65),
    "kidnapping": _s("ASSAULT", "abduct", 0.65),
    "rape": _s("ASSAULT", "sexual", 0.65),
    "airstrike": _s("ASSAULT", "aerial", 0.75),
    "bombing": _s("ASSAULT", "explosives", 0.7),
    "shelling": _s("ASSAULT", "heavy-weapons", 0.7),
    "attack": _s("ASSAULT", None, 0.5),
    "assault": _s("ASSAULT", None, 0.45),
    "clash": _s("ASSAULT", "sideAB", 0.5),
    "fighting": _s("ASSAULT", "sideAB", 0.45),
    "gunfire": _s("ASSAULT", "firearms", 0.5),
    "ambush": _s("ASSAULT", "firearms", 0.6),
    "offensive": _s("ASSAULT", "sideAB", 0.45),
    "sentence": _s("SANCTION", "convict", 0.55),
    "conviction": _s("SANCTION", "convict", 0.5),
    "sanction": _s("SANCTION", None, 0.5),
    "expulsion": _s("SANCTION", "expel", 0.55),
    "accusation": _s("ACCUSE", "allege", 0.45),
    "condemnation": _s("ACCUSE", "disapprove", 0.5),
    "investigation": _s("ACCUSE", "investigate", 0.4),
    "inquiry": _s("ACCUSE", "investigate", 0.35),
    "lawsuit": _s("ACCUSE", "allege", 0.5),
    "demand": _s("REQUEST", None, 0.35),
    "appeal": _s("REQUEST", None, 0.35),
    "threat": _s("THREATEN", None, 0.4),
    "ultimatum": _s("THREATEN", None, 0.55),
    "meeting": _s("CONSULT", None, 0.45),
    "talk": _s("CONSULT", None, 0.4),
    "summit": _s("CONSULT", "multilateral", 0.5),
    "visit": _s("CONSULT", "visit", 0.45),
    "negotiation": _s("CONSULT", None, 0.45),
    "agreement": _s("AGREE", None, 0.45),
    "deal": _s("AGREE", None, 0.35),
    "ceasefire": _s("RETREAT", "ceasefire", 0.5),
    "truce": _s("RETREAT", "ceasefire", 0.5),
    "release": _s("RETREAT", "release", 0.45),
    "resignation": _s("RETREAT", "resign", 0.55),
    "withdrawal": _s("RETREAT", "withdraw", 0.5),
    "pardon": _s("CONCEDE", None, 0.55),
    "amnesty": _s("CONCEDE", None, 0.4),
    "apology": _s("CONCEDE", None, 0.5),
    "deployment": _s("MOBILIZE", "troops", 0.55),
    "aid": _s("AID", None, 0.35),
    "assistance": _s("AID", None, 0.3),
}

# Adjectives that stand for the people they describe ("the injured", "400 dead").
ADJ_NOUNS: dict[str, tuple[Sense, ...]] = {
    "dead": _s("ASSAULT", None, 0.6),
    "injured": _s("ASSAULT", None, 0.55),
    "wounded": _s("ASSAULT", None, 0.55),
}

# Multi-word triggers, matched on lemmas before the single words. Each pattern is a list of
# lemmas ("*" matches any one token); ``head`` is the index of the token whose syntax gives the
# event its actor and recipient.
@dataclass(frozen=True)
class Phrase:
    lemmas: tuple[str, ...]
    sense: Sense
    head: int = 0


def _p(words: str, type_: str, mode: str | None, weight: float, head: int = 0) -> Phrase:
    return Phrase(tuple(words.split()), Sense(type_, mode, weight), head)


PHRASES: tuple[Phrase, ...] = (
    _p("take to the street", "PROTEST", "demo", 0.85),
    _p("take to the streets", "PROTEST", "demo", 0.85),
    _p("fill the street", "PROTEST", "demo", 0.75),
    _p("fill the streets", "PROTEST", "demo", 0.75),
    _p("drone raid", "ASSAULT", "drone", 0.85, head=1),
    _p("air raid", "ASSAULT", "aerial", 0.85, head=1),
    _p("pour into the street", "PROTEST", "demo", 0.75),
    _p("hunger strike", "PROTEST", "hunger", 0.85, head=1),
    _p("go on strike", "PROTEST", "strike", 0.85),
    _p("general strike", "PROTEST", "strike", 0.8, head=1),
    _p("sit - in", "PROTEST", "obstruct", 0.7, head=2),
    _p("set fire to", "PROTEST", "vandalize", 0.7),
    _p("set * on fire", "PROTEST", "vandalize", 0.7),
    _p("set * alight", "PROTEST", "vandalize", 0.7),
    _p("set alight", "PROTEST", "vandalize", 0.7),
    _p("tear down", "PROTEST", "vandalize", 0.7),
    _p("hand out", "PROTEST", None, 0.5),
    _p("give out", "PROTEST", None, 0.5),
    _p("open fire", "ASSAULT", "firearms", 0.9),
    _p("tear gas", "ASSAULT", "crowd-control", 0.85, head=1),
    _p("teargas", "ASSAULT", "crowd-control", 0.85),
    _p("water cannon", "ASSAULT", "crowd-control", 0.85, head=1),
    _p("rubber bullet", "ASSAULT", "crowd-control", 0.85, head=1),
    _p("stun grenade", "ASSAULT", "crowd-control", 0.8, head=1),
    _p("pepper spray", "ASSAULT", "crowd-control", 0.8, head=1),
    _p("live ammunition", "ASSAULT", "firearms", 0.85, head=1),
    _p("shoot dead", "ASSAULT", "firearms", 0.9),
    _p("gun down", "ASSAULT", "firearms", 0.9),
    _p("beat to death", "ASSAULT", "beat", 0.9),
    _p("air strike", "ASSAULT", "aerial", 0.85, head=1),
    _p("drone strike", "ASSAULT", "drone", 0.9, head=1),
    _p("suicide bomber", "ASSAULT", "suicide-attack", 0.9, head=1),
    _p("suicide bombing", "ASSAULT", "suicide-attack", 0.9, head=1),
    _p("suicide attack", "ASSAULT", "suicide-attack", 0.9, head=1),
    _p("car bomb", "ASSAULT", "explosives", 0.85, head=1),
    _p("roadside bomb", "ASSAULT", "explosives", 0.85, head=1),
    _p("chemical weapon", "ASSAULT", "unconventional", 0.85, head=1),
    _p("chemical attack", "ASSAULT", "unconventional", 0.85, head=1),
    _p("gas attack", "ASSAULT", "unconventional", 0.8, head=1),
    _p("death sentence", "SANCTION", "convict", 0.85, head=1),
    _p("death toll", "ASSAULT", None, 0.7, head=1),
    _p("death penalty", "SANCTION", "convict", 0.6, head=1),
    _p("prison sentence", "SANCTION", "convict", 0.8, head=1),
    _p("prison term", "SANCTION", "convict", 0.8, head=1),
    _p("crack down", "COERCE", "restrict", 0.8),
    _p("round up", "COERCE", "arrest", 0.8),
    _p("take into custody", "COERCE", "arrest", 0.85),
    _p("shut down the internet", "COERCE", "censor", 0.85),
    _p("internet shutdown", "COERCE", "censor", 0.85, head=1),
    _p("internet blackout", "COERCE", "censor", 0.85, head=1),
    _p("impose a curfew", "COERCE", "curfew", 0.85, head=2),
    _p("impose curfew", "COERCE", "curfew", 0.85, head=1),
    _p("martial law", "COERCE", "martial-law", 0.8, head=1),
    _p("state of emergency", "COERCE", "martial-law", 0.6, head=0),
    _p("break up", "COERCE", "restrict", 0.6),
    _p("call on", "REQUEST", None, 0.85),
    _p("call for", "REQUEST", None, 0.8),
    _p("cut tie", "SANCTION", "discontinue", 0.75),
    _p("cut ties", "SANCTION", "discontinue", 0.75),
    _p("fact - finding mission", "ACCUSE", "investigate", 0.5, head=3),
    _p("peace deal", "AGREE", None, 0.75, head=1),
    _p("peace agreement", "AGREE", None, 0.75, head=1),
    _p("sign an agreement", "SUPPORT", None, 0.8),
    _p("sign a deal", "SUPPORT", None, 0.8),
    _p("stop work", "PROTEST", "strike", 0.75),
    _p("force out", "SANCTION", "expel", 0.65),
    _p("hand over", "RETREAT", "withdraw", 0.5),
    _p("take control", "ASSAULT", "sideAB", 0.7),
    _p("seize control", "ASSAULT", "sideAB", 0.75),
    _p("gain control", "ASSAULT", "sideAB", 0.7),
    _p("regain control", "ASSAULT", "sideAB", 0.75),
    _p("wrest control", "ASSAULT", "sideAB", 0.75),
    _p("establish control", "ASSAULT", "sideAB", 0.7),
    _p("take over", "ASSAULT", "sideAB", 0.55),
    _p("gain ground", "ASSAULT", "sideAB", 0.6),
    _p("exchange of prisoner", "AGREE", None, 0.7),
    _p("prisoner exchange", "AGREE", None, 0.7, head=1),
    _p("prisoner swap", "AGREE", None, 0.7, head=1),
    _p("step down", "RETREAT", "resign", 0.8),
    _p("pull out", "RETREAT", "withdraw", 0.6),
)

# Word classes used by the conditions and by counts. Lemmas, lower case.
PERSON_NOUNS = frozenset(
    """
    people person protester protestor demonstrator rioter activist student civilian man woman child
    children journalist reporter blogger member leader worker supporter opponent dissident prisoner
    detainee inmate resident villager citizen youth teenager teen boy girl farmer teacher lawyer
    doctor nurse cleric official officer policeman policemen soldier troop fighter militant rebel
    insurgent gunman gunmen attacker suspect victim mourner voter candidate politician lawmaker
    minister president ambassador diplomat envoy crowd individual participant organizer organiser
    employee miner driver trader vendor pilgrim refugee migrant family relative mother father son
    daughter brother sister husband wife guard agent militia militiamen cadre deputy mayor governor
    chairman chief commander head spokesman spokeswoman spokesperson pensioner athlete artist
    musician writer poet scholar academic researcher defender mp opposition group operator cameraman
    photographer photojournalist editor presenter correspondent crew staff volunteer medic paramedic
    shopkeeper owner tenant pastor priest imam monk nun bishop rabbi elder colleague friend neighbour
    neighbor bystander passerby motorist cyclist pedestrian commuter passenger shopper customer tourist
    visitor foreigner national hostage captive conscript recruit cadet veteran dissenter critic
    campaigner unionist blogger influencer provocateur hooligan thug infiltrator
    """.split()
)

IMAGE_NOUNS = frozenset(
    """
    poster image picture photo photograph banner sign signage billboard statue portrait mural
    effigy flag monument bust placard slogan graffiti emblem symbol
    """.split()
)

PROPERTY_NOUNS = frozenset(
    """
    building office station base headquarters hq bank car vehicle bus truck shop store mosque church
    temple seminary school house home property properties facility premises compound center centre
    branch checkpoint barrack barracks embassy consulate court courthouse police precinct post
    town village city district camp tank convoy depot warehouse factory plant hospital market
    tyre tyres tire tires barricade bin bins window windows
    """.split()
) | IMAGE_NOUNS

WEAPON_NOUNS = frozenset(
    """
    weapon arm gun rifle pistol ammunition bullet round shot shell grenade explosive bomb missile
    rocket mortar tear gas cannon pellet canister cartridge device ied landmine mine projectile cache
    stash munition ammo firearm revolver musket carbine kalashnikov ak-47 detonator package
    """.split()
)

MESSAGE_NOUNS = frozenset(
    "slogan leaflet flyer flier literature pamphlet poster banner graffiti placard sign message "
    "tract picture image portrait".split()
)

BASE_NOUNS = frozenset("base post outpost point headquarters hq camp checkpoint position garrison "
                       "station airbase".split())

TERRITORY_NOUNS = frozenset(
    """
    town village city area district region province territory port airport airfield base camp hill hills
    locality localities neighbourhood neighborhood enclave stronghold county oilfield field highway road
    island capital valley pass border crossing control countryside suburb suburbs settlement
    """.split()
)

PROJECTILE_NOUNS = frozenset("stone stones rock rocks brick bricks bottle bottles molotov cocktail cocktails "
                             "petrol firebomb firebombs firecracker firecrackers projectile projectiles "
                             "grenade grenades bomb bombs egg eggs tear".split())

# Who is protesting: ASSAULT by them is, under the house rules, a riot (PROTEST riot).
PROTEST_PEOPLE = frozenset("protesters protestors demonstrators rioters marchers crowd crowds mob mobs "
                           "youths strikers".split())

CROWD_WEAPON_NOUNS = frozenset("gas teargas cannon pepper rubber pellet pellets stun canister canisters "
                               "baton batons".split())

FORCE_NOUNS = frozenset("force troop soldier army police unit battalion brigade reinforcement personnel "
                        "militia policeman officer patrol warship ship tank jet".split())

ROAD_NOUNS = frozenset("road street highway motorway bridge junction intersection railway rail "
                       "port entrance access route square traffic".split())

AID_NOUNS = frozenset(
    """
    aid assistance food medicine medicines medical supply supplies money fund funds grant loan arm arms
    weapon weapons equipment vaccine vaccines shelter tent tents relief asylum ammunition intelligence
    """.split()
)

TIES_NOUNS = frozenset("tie ties relation relations link links contact contacts cooperation aid "
                       "visit talks embassy".split())

RESTRICTION_NOUNS = frozenset("ban curfew restriction restrictions sanction sanctions blockade siege "
                              "embargo measure measures emergency lockdown order".split())

PROTEST_NOUNS = frozenset(
    "protest protester protestor demonstration demonstrator rally crowd march sit-in gathering "
    "mob rioter riot vigil strike striker".split()
)

ABSTRACT_NOUNS = frozenset(
    """
    policy decision plan law bill proposal idea claim report statement remark comment move
    measure approach stance position view government's record speech reform budget election
    result verdict ruling deal agreement resolution narrative rhetoric
    """.split()
)

# A light verb carries a nominal trigger: "held a rally", "imposed a curfew".
LIGHT_VERBS = frozenset(
    """
    hold stage organize organise launch carry conduct impose issue begin start join lead call
    mount wage declare announce hand give receive face serve order unleash use employ make
    complete open extend reimpose continue end intensify step
    """.split()
)

# Speech and report verbs: an event in their complement is attributed to their subject.
REPORT_VERBS = frozenset(
    """
    say report claim allege announce state tell add note write tweet confirm insist assert
    declare reveal disclose estimate acknowledge argue contend maintain suggest explain quote
    """.split()
)

# Deaths and injuries PLOVER does not code: ASSAULT is deliberate harm, so a toll from an
# earthquake, a crash or a poisoning is no event, unless the sentence also names violence.
DISASTER_WORDS = frozenset(
    """
    earthquake quake tsunami flood floods flooding landslide landslides avalanche storm cyclone hurricane
    typhoon tornado volcano eruption drought heatwave wildfire wildfires blaze fire crash collision
    accident derailment stampede collapse collapsed leak poisoning poisoned overdose pandemic epidemic
    outbreak covid coronavirus virus disease cholera ebola malaria drowned drowning capsized plunged
    exploded explosion lightning mudslide rains rain
    """.split()
)
VIOLENCE_WORDS = frozenset(
    """
    attack attacked attacks gunmen militants police soldiers troops shot shooting gunfire bomb bombing
    bomber suicide clashes clash rebels insurgents terrorists killed-by fighters army forces security
    stabbed militia opened protesters airstrike strike strikes shelling raid ambush assault
    """.split()
)
LETHAL_LEMMAS = frozenset("kill die dead death injure injured wounded casualty fatality toll".split())
