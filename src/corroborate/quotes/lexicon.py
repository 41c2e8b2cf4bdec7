"""The words that attribute speech, thought and belief, and what each of them takes as content.

A cue is a verb (or "according to") whose complement is what someone said, wrote, thinks,
wants or finds. Which complement that is depends on the verb:

- ``CLAUSE``: a finite clause, "said (that) the talks failed", or a quotation, '"...," she said'.
  Speech, writing, cognition and evidence verbs ("a poll shows that ...").
- ``INFINITIVE``: "vowed to appeal", "urged the court to release them".
- ``OBJECT``: an object stands for the content, "denounced the verdict", "accused the police of
  lying", "called the raid illegal".
- ``PREPOSITION``: the object of a preposition, "called for a strike", "referred to the
  protests".

The lists are general English, sorted by meaning; a verb is listed where news English uses it to
report what someone says or holds.
"""

from __future__ import annotations

# Speech and writing: the verbs that introduce quotations and reported speech.
SPEECH = frozenset(
    """
    say tell add write note argue ask report announce claim insist explain acknowledge declare
    state conclude indicate warn tweet reveal admit predict reply respond recall suggest agree
    complain assert emphasize emphasise stress contend maintain allege testify confirm deny
    concede observe remark mention whisper shout yell joke quip boast brag promise vow pledge
    threaten urge demand propose recommend proclaim lament muse wonder speculate caution counter
    retort charge inform assure remind advise post hint imply affirm reiterate repeat clarify
    disclose exclaim mutter plead scream chant cry answer interject continue opine posit surmise
    theorize swear concur object protest grumble fume gush marvel estimate forecast signal
    acknowledge explain describe read recount tout highlight echo quote cite blog text email
    telegraph summarize summarise concur predict guarantee pronounce profess relate recount
    volunteer brief underline underscore caution counsel insinuate lie
    """.split()
)

# Thought, belief and evidence: "she believes the vote was rigged", "the survey found that ...".
COGNITION = frozenset(
    """
    think believe know feel hope fear worry expect assume suspect doubt realize realise
    understand recognize recognise guess figure reckon imagine decide find learn discover
    determine remember forget wish see show sense trust bet presume suppose notice hear
    conclude calculate estimate project judge deem gather infer acknowledge agree dream
    """.split()
)

CLAUSE = SPEECH | COGNITION

# Verbs whose "if"/"whether" clause is the content: "asked the minister whether ...".
QUESTION = frozenset("ask wonder question inquire enquire query doubt".split())

# "vowed to appeal", "urged the court to release them", "declined to comment"
INFINITIVE = frozenset(
    """
    want hope plan decline refuse vow promise pledge threaten urge ask call seek agree decide
    intend aim propose offer prefer wish demand expect encourage push press invite beg implore
    challenge dare advise order tell warn persuade convince pressure instruct insist appeal
    """.split()
)

# The object is the content: "denounced the verdict", "accused police of lying".
OBJECT = frozenset(
    """
    call describe criticize criticise accuse cite endorse praise blame blast slam denounce dismiss
    question defend reject oppose tout mock mention express announce condemn applaud welcome
    hail decry lambaste chide ridicule scold rebuke fault dispute deny predict recommend demand
    request promise pledge highlight emphasize emphasise stress reiterate echo recall label brand
    portray characterize characterise depict dub term deride disparage insult thank congratulate
    favor favour prefer champion advocate propose suggest acknowledge admit concede confirm
    announce unveil disclose reveal report list name quote
    support back attack discuss dismiss downplay disavow repudiate renounce lament regret
    applaud commend credit approve disapprove contest challenge doubt
    discuss show offer
    """.split()
)

# An object and what it is taken for: "sees the vote as a test", "regards them as traitors".
OBJECT_AS = frozenset("see view regard consider describe portray characterize characterise cast treat".split())

# "The talks seemed to stall": the appearance is the content, and nobody is named for it.
RAISING = frozenset("seem appear".split())

# "He is expected to resign", "the leader is said to be ill": passive cues with an infinitive.
PASSIVE_INFINITIVE = frozenset(
    "expect say believe think consider report rumor rumour know understand see view presume allege".split()
)

# Lemmas the tagger's lemmatizer gets wrong for these verbs ("hopes" -> "hop").
LEMMA_FIXES = {"hop": "hope", "hoped": "hope", "hoping": "hope"}

# Reporting verbs with a preposition whose object is the content: "called for a strike".
PREPOSITION: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split())
    for verb, preps in {
        "call": "for",
        "talk": "about",
        "speak": "about of",
        "refer": "to",
        "respond": "to",
        "point": "to",
        "comment": "on",
        "write": "about of",
        "warn": "of about against",
        "complain": "about of",
        "speculate": "about on",
        "argue": "for against",
        "push": "for",
        "advocate": "for",
        "press": "for",
        "plead": "for",
        "appeal": "for to",
        "campaign": "for against",
        "lobby": "for against",
        "rail": "against",
        "object": "to",
        "agree": "with on",
        "boast": "about of",
        "brag": "about",
        "joke": "about",
        "testify": "about",
        "insist": "on",
        "reflect": "on",
        "elaborate": "on",
        "hint": "at",
        "allude": "to",
        "apologize": "for",
        "apologise": "for",
        "worry": "about",
        "think": "about of",
        "know": "about of",
        "hear": "about of",
        "ask": "about for",
    }.items()
}

# Nouns whose that-clause is what someone holds or says: "the claim that the vote was rigged",
# "expressed concern that ...".
NOUN_CLAUSE = frozenset(
    """
    claim belief view hope fear concern warning assertion argument suggestion notion statement
    promise pledge assurance allegation accusation insistence prediction expectation sense
    conviction worry doubt suspicion acknowledgment acknowledgement admission recognition message
    complaint charge contention impression feeling opinion position assessment conclusion
    finding report announcement declaration denial confidence threat vow guarantee
    speculation theory thought idea perception signal
    """.split()
)

# Nouns whose prepositional object is what someone holds or says: "his support for the strike",
# "criticism of the verdict".
NOUN_PREPOSITION: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split())
    for noun, preps in {
        "support": "for of",
        "criticism": "of",
        "attack": "on against",
        "attacks": "on against",
        "opposition": "to",
        "endorsement": "of",
        "praise": "for of",
        "condemnation": "of",
        "call": "for",
        "calls": "for",
        "demand": "for",
        "demands": "for",
        "rejection": "of",
        "defense": "of",
        "defence": "of",
        "concern": "about over",
        "concerns": "about over",
        "complaint": "about of",
        "complaints": "about of",
        "view": "of on",
        "views": "of on",
        "assessment": "of",
        "response": "to",
        "fear": "of about",
        "fears": "of about",
        "questions": "about over",
        "skepticism": "about of",
        "anger": "at over about",
        "outrage": "over at",
        "disdain": "for",
        "contempt": "for",
        "enthusiasm": "for",
        "hostility": "to toward towards",
        "characterization": "of",
        "plan": "for",
        "proposal": "for",
        "dislike": "of for",
        "admiration": "for",
        "backing": "of for",
        "approval": "of",
        "disapproval": "of",
    }.items()
}

# Verbs whose object noun states the subject's stance: "expressed concern that ...".
EXPRESS = frozenset("express voice offer issue make have raise share reiterate register signal repeat echo state".split())

# Adjectives that report a stance: "made clear that ...", "is critical of ...".
ADJECTIVE_CLAUSE = frozenset("clear confident sure aware convinced worried concerned hopeful optimistic certain".split())
ADJECTIVE_PREPOSITION: dict[str, frozenset[str]] = {
    adj: frozenset(preps.split())
    for adj, preps in {
        "critical": "of",
        "supportive": "of",
        "skeptical": "of about",
        "sceptical": "of about",
        "opposed": "to",
        "worried": "about",
        "concerned": "about",
        "optimistic": "about",
        "pessimistic": "about",
        "angry": "at about over",
        "furious": "at about over",
        "proud": "of",
        "wary": "of",
        "fearful": "of",
        "confident": "about of",
    }.items()
}
