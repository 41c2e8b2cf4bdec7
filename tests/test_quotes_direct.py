"""Direct quotes: quotation marks of every style, cues before, after and inside the quotation,
quotations that go on after the cue, over paragraphs, after a colon. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from corroborate.quotes import find_quotes


def quotes(nlp: Any, text: str) -> list[Any]:
    return find_quotes(nlp(text))


def test_quotes_direct_cue_after_quotation(nlp):
    text = '"We will not leave the square," said Amina Yusuf, a teacher who joined the sit-in.'
    (q,) = quotes(nlp, text)
    assert q.direct and q.cue == "said"
    assert q.text == "We will not leave the square"  # the comma before the cue is no word of hers
    assert text[q.start:q.end] == q.text
    assert q.speaker is not None and q.speaker.name == "Amina Yusuf"
    assert text[q.speaker.start:q.speaker.end] == "Amina Yusuf"


def test_quotes_direct_cue_before_quotation_with_colon(nlp):
    text = "Union leader Rosa Mendes told reporters: “We are not afraid of the police.”"
    (q,) = quotes(nlp, text)
    assert q.direct and q.cue == "told"
    assert q.text == "We are not afraid of the police."
    assert q.speaker is not None and q.speaker.name == "Rosa Mendes"


def test_quotes_direct_every_quotation_style(nlp):
    for open_, close in (("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("''", "''")):
        text = f"{open_}The curfew is illegal,{close} said lawyer Tomas Berg."
        (q,) = quotes(nlp, text)
        assert q.direct and q.text == "The curfew is illegal", (open_, q)
        assert q.speaker is not None and q.speaker.name.endswith("Tomas Berg"), (open_, q.speaker)


def test_quotes_direct_split_around_the_cue_is_one_quote(nlp):
    text = "“The court has no right to do this,” Nadia Haddad said, “and we will appeal.”"
    (q,) = quotes(nlp, text)
    assert q.direct
    assert q.text == "The court has no right to do this, and we will appeal."
    assert text[q.start:q.end] == "The court has no right to do this,” Nadia Haddad said, “and we will appeal."
    assert q.speaker is not None and q.speaker.name == "Nadia Haddad"


def test_quotes_direct_next_sentence_of_the_paragraph_goes_on(nlp):
    text = '"We marched for bread," Juan Perez said. "Now we march for our lives."\n\nThe police did not comment.'
    (q,) = quotes(nlp, text)
    assert q.text == "We marched for bread, Now we march for our lives."
    assert q.speaker is not None and q.speaker.name == "Juan Perez"


def test_quotes_direct_over_paragraphs_is_one_quote(nlp):
    text = (
        "“We have waited for years,” said Fatima Bello, the organiser.\n\n"
        "“Our families cannot wait any longer. The government must act now.\n\n"
        "“If it does not, we will return every Friday,” she added."
    )
    first, second = quotes(nlp, text)
    assert first.text == "We have waited for years"
    assert second.direct and second.cue == "added"
    assert second.text.startswith("Our families cannot wait") and second.text.endswith("every Friday")
    assert "\n\n" in text[second.start:second.end]
    assert second.speaker is not None and second.speaker.name == "Fatima Bello"


def test_quotes_direct_question_with_cue_after(nlp):
    text = "“Who will pay for the damage?” asked Kofi Mensah, a shop owner."
    (q,) = quotes(nlp, text)
    assert q.direct and q.cue == "asked" and q.text == "Who will pay for the damage?"


def test_quotes_direct_statement_after_colon(nlp):
    text = "The union issued a statement: “The arrests are illegal and must be reversed.”"
    (q,) = quotes(nlp, text)
    assert q.direct and q.cue == "issued"
    assert q.speaker is not None and q.speaker.name == "union"


def test_quotes_direct_slogans_listed_after_chanted(nlp):
    text = "Students at the campus chanted:\n\n• “Bread, work, freedom”\n• “No to the curfew”"
    slogans = quotes(nlp, text)
    assert [q.text for q in slogans] == ["Bread, work, freedom", "No to the curfew"]
    assert all(q.cue == "chanted" and q.speaker is not None and q.speaker.name == "Students" for q in slogans)


def test_quotes_direct_scare_quotes_and_titles_are_no_quotes(nlp):
    assert quotes(nlp, "The film “Night Shift” opened on Friday.") == []
    assert quotes(nlp, "The so-called “reform” package passed the senate on Tuesday.") == []
    # a scare quote inside reported speech is part of what was reported, not a quote of its own
    (q,) = quotes(nlp, "Organisers described the march as “peaceful”.")
    assert not q.direct and q.text == "the march as “peaceful”"


def test_quotes_direct_cues_inside_quotations_are_the_speakers_own_words(nlp):
    text = '"I think that the police went too far," said Lena Kovac.'
    (q,) = quotes(nlp, text)
    assert q.text == "I think that the police went too far"
    assert q.speaker is not None and q.speaker.name == "Lena Kovac"
