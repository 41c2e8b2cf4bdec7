"""General-English word lists for persuasion language: features for the trained model, and
a few high-precision lists (slurs, euphemisms) that stand on their own.

The lists name *kinds of words*, never a side: "terrorist", "thug" and "traitor" are in the
insult list whoever says them, "martyr" and "hero" in the glorifying list whoever is praised,
"regime" is not in any list (the trained model decides from context whether a use of it is
loaded). No political camp, country or person is named here; the even-handedness tests
(``tests/test_persuasion_even_handed.py``) swap camps in synthetic sentences and expect the same
techniques. Words are matched on their lower-cased form and on their lemma.
"""

from __future__ import annotations

from collections.abc import Iterable

_LISTS: dict[str, str] = {
    # degree words that turn up the volume of what follows
    "intensifier": """very extremely utterly totally completely absolutely incredibly deeply highly truly
        really entirely wholly thoroughly horribly terribly awfully enormously immensely massively
        remarkably exceedingly outright downright sheer blatantly grossly shockingly stunningly
        insanely ridiculously hugely vastly severely desperately seriously openly flagrantly""",
    # all-or-nothing words
    "absolute": """all every everything everyone everybody always never nothing nobody none nowhere
        entire whole only ever forever totally completely any""",
    # words that call a person or group names (used by every side about every other side)
    "insult": """terrorist terrorists thug thugs traitor traitors puppet puppets liar liars crook crooks
        tyrant tyrants dictator dictators despot despots mob mobs extremist extremists radical radicals
        fanatic fanatics lunatic lunatics hypocrite hypocrites coward cowards scum criminal criminals
        gangster gangsters murderer murderers butcher butchers killer killers fool fools idiot idiots
        moron morons clown clowns bigot bigots racist racists fascist fascists nazi nazis commie commies zealot zealots henchman henchmen stooge stooges lackey lackeys
        mercenary mercenaries rioter rioters hooligan hooligans vandal vandals looter looters
        hoodlum hoodlums bandit bandits savage savages barbarian barbarians monster monsters
        demagogue demagogues propagandist propagandists shill shills troll trolls snowflake
        snowflakes elitist elitists globalist globalists warmonger warmongers oppressor oppressors
        agitator agitators infidel infidels apostate apostates heretic heretics crony cronies oligarch oligarchs kleptocrat
        kleptocrats thief thieves parasite parasites vermin rat rats pig pigs dog dogs
        snake snakes""",
    # strongly negative evaluation (adjectives, adverbs, verbs, nouns)
    "negative": """brutal brutally brutality savage savagely barbaric barbarism horrific horrible
        horrendous heinous vicious viciously ruthless ruthlessly draconian outrageous disgraceful
        shameful shameless despicable sinister corrupt corruption murderous bloody bloodthirsty
        evil wicked vile nefarious criminal illegitimate repressive oppressive suppressive
        tyrannical dictatorial authoritarian totalitarian fraudulent fake bogus sham rogue notorious
        infamous disgusting appalling atrocious atrocity atrocities massacre massacres slaughter
        slaughtered butchered crush crushed crushing crackdown onslaught persecution persecute
        oppression tyranny terror terrorism terrorize hateful hatred hate hated loathe loathed
        destructive deadly lethal cruel cruelty inhuman inhumane monstrous grotesque ugly pathetic
        ridiculous absurd stupid insane crazy mad hysterical disastrous catastrophic toxic poisonous
        dangerous reckless lawless dishonest deceitful treacherous treason betrayal betray
        betrayed scandal scandalous lie lies lying propaganda conspiracy plot hoax smear witch
        hunt rigged stolen thuggish fanatical extremist radical hostile aggressive aggression
        violent violence bloodshed carnage mayhem chaos chaotic nightmare plague cancer poison
        disgrace shame scam""",
    # glorifying words: the other half of loaded language
    "positive": """heroic hero heroes heroine glorious glory courageous brave bravely bravery valiant
        noble proud pride honorable honourable righteous sacred holy martyr martyrs martyrdom
        legendary great greatest magnificent tremendous wonderful brilliant fantastic amazing
        incredible beloved freedom-loving patriotic fearless defiant heroically selfless sacrifice
        sacrifices valor valour triumph triumphant victory victorious""",
    # words of threat and fear
    "fear": """threat threats threaten threatening danger dangerous terror terrifying frightening
        fear fears afraid scare scary destroy destruction catastrophe disaster crisis invasion
        invade collapse chaos death deaths die dying kill killing attack attacks deadly epidemic
        pandemic risk risks menace peril perilous doom doomed annihilation extinction wipe
        apocalypse apocalyptic nightmare horror alarm alarming warn warning explode explosion
        bomb bombs war wars enemy enemies""",
    # words that wave a flag: nation, people and their values
    "flag": """nation nations national nationalism patriot patriots patriotic homeland motherland
        fatherland country countrymen compatriots people flag heritage sovereignty sovereign
        independence freedom freedoms liberty values tradition traditions sacred honor honour
        duty loyal loyalty unity united identity civilization fellow citizens ancestors
        forefathers constitution republic revolution revolutionary""",
    # words that question a claim or its source
    "doubt": """allegedly alleged supposedly supposed purported purportedly so-called claim claims
        claimed claiming questionable dubious doubt doubts doubtful suspicious suspect
        unverified unproven baseless unfounded mysterious mysteriously strangely conveniently
        whether why really apparently seemingly reportedly""",
    # words that state or imply a single cause
    "causal": """because therefore thus hence cause causes caused causing due result results
        resulted consequence consequences blame blamed blames responsible responsibility fault
        since led lead leads""",
    # experts, studies and officials as the reason to believe something
    "authority": """expert experts scientist scientists professor doctor doctors study studies
        research researchers report reports official officials according analyst analysts
        authority authorities spokesman spokeswoman spokesperson leader minister president""",
    # everyone does it / it is like Hitler
    "bandwagon": """everyone everybody majority millions billions most popular consensus mainstream
        hitler nazi nazis nazism fascist fascism fascists stalin gestapo holocaust genocide
        communist communism""",
    # exaggeration and its opposite
    "exaggeration": """massive huge enormous gigantic colossal unprecedented unparalleled biggest
        largest worst best greatest ever record historic epic endless countless innumerable
        infinite staggering astronomical mere merely just only tiny minor trivial negligible
        nothing barely hardly""",
    # black-and-white choices
    "dichotomy": """either or only choice choose alternative side sides against versus""",
    # pointing at the other side
    "whatabout": """hypocrisy hypocritical hypocrite double standard standards while whereas yet
        instead meanwhile""",
}

# Multiword entries: euphemisms (which soften what was done), thought-terminating cliches,
# and fixed persuasive phrases. Lower-cased, space-separated tokens as spaCy splits them.
_PHRASES: dict[str, str] = {
    "euphemism": """collateral damage | enhanced interrogation | neutralize | neutralized | neutralised |
        pacification | pacify | re - education | reeducation | restore order | restored order |
        security measures | security operation | special operation | special military operation |
        regrettable incident | passed away | let go | ethnic cleansing | final solution |
        transfer of population | detention centre | detention center | vocational training |
        friendly fire | preventive detention | administrative detention | rendition |
        extraordinary rendition | harsh measures | firm measures | dealt with | taken care of |
        disappeared | relocation | resettlement""",
    "cliche": """it is what it is | enough said | end of story | end of discussion | period |
        the bottom line | that 's that | so be it | at the end of the day | time will tell |
        facts are facts | the truth is | let 's be honest | make no mistake | wake up |
        think about it | you know what | everything happens for a reason | no matter what""",
    "whatabout": """what about | how about | double standard | double standards | at the same time |
        but what | and yet""",
    "dichotomy": """either or | with us or against us | there is no alternative | no other choice |
        no choice | only way | only option | one or the other""",
    "causal": """due to | because of | as a result | led to | lead to | leads to | the reason |
        responsible for | to blame | thanks to | the result of""",
    "doubt": """so - called | so called | is it | how can | how could | why would | why did |
        the question is | no evidence | without evidence | not clear | remains to be seen""",
    "flag": """our country | our nation | our people | our values | our way of life | our homeland |
        our freedom | our flag | our children | make america | great again | the people""",
    "authority": """according to | experts say | scientists say | studies show | research shows""",
    "bandwagon": """everyone knows | everybody knows | join the | millions of | the majority of |
        the whole world | all over the world""",
    "fear": """before it is too late | before it 's too late | if we do not | if we don 't |
        will be destroyed | will destroy""",
}


def _words(text: str) -> Iterable[str]:
    return (w for w in text.split() if w)


WORDS: dict[str, frozenset[str]] = {name: frozenset(_words(text)) for name, text in _LISTS.items()}
PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    name: tuple(tuple(p.split()) for p in text.split("|") if p.split()) for name, text in _PHRASES.items()
}

# word -> the lists it is in
WORD_LISTS: dict[str, tuple[str, ...]] = {}
for _name, _ws in WORDS.items():
    for _w in _ws:
        WORD_LISTS[_w] = (*WORD_LISTS.get(_w, ()), _name)

# first word of a phrase -> (phrase tokens, list name), longest first
PHRASE_STARTS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _name, _ps in PHRASES.items():
    for _p in _ps:
        PHRASE_STARTS.setdefault(_p[0], []).append((_p, _name))
for _v in PHRASE_STARTS.values():
    _v.sort(key=lambda x: -len(x[0]))

CATEGORIES: tuple[str, ...] = tuple(sorted(set(WORDS) | set(PHRASES)))
