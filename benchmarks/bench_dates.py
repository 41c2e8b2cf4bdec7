"""Time of the date stage next to spaCy on one invented 1,500-word article.

    .venv/bin/python benchmarks/bench_dates.py

Prints milliseconds per document for spaCy's parse and for ``find_dates`` (best of five runs,
after dateparser's lazy loading) and their ratio. Run on demand; nothing asserts the numbers.
"""

from __future__ import annotations

import time

from corroborate import nlp as nlp_stage
from corroborate.dates import find_dates

MONTHS = ["January", "March", "May", "July", "September", "November"]
OPENERS = [
    "On {day} {month} {year}, security forces in the {n}th district detained {k} students",
    "Days later, relatives of the detainees gathered outside the court on {weekday}",
    "The {month} {year} strikes spread to {k} towns in less than two weeks, witnesses said",
    "Last week a {k}-year-old worker was sentenced to five years in prison, the group said",
    "In a {month} {day} statement, the ministry blamed foreign media for the unrest of {year}",
    "The next day, riot police fired tear gas at mourners who had marched for over a week",
    "Earlier this month, lawyers said, {k} of the prisoners began a hunger strike on {weekday}",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(words: int) -> str:
    sentences = []
    i = 0
    while sum(len(s.split()) for s in sentences) < words:
        template = OPENERS[i % len(OPENERS)]
        sentences.append(
            template.format(
                day=1 + i % 28,
                month=MONTHS[i % len(MONTHS)],
                year=2015 + i % 7,
                n=4 + i % 9,
                k=12 + i,
                weekday=WEEKDAYS[i % 7],
            )
            + ", while officials denied any wrongdoing and promised an inquiry into the deaths."
        )
        i += 1
    return " ".join(sentences)


def main() -> None:
    nlp = nlp_stage.load()
    find_dates(nlp("On 17/11/2019 and a fortnight ago."), "2021-03-10")  # dateparser's lazy loading
    text = article(1500)
    parse, dates = [], []
    for _ in range(5):
        t = time.perf_counter()
        doc = nlp(text)
        parse.append(time.perf_counter() - t)
        t = time.perf_counter()
        found = find_dates(doc, "2021-03-10")
        dates.append(time.perf_counter() - t)
    print(f"words: {len(text.split())}, date expressions: {len(found)}")
    print(f"spaCy parse: {min(parse) * 1000:7.1f} ms/doc")
    print(f"find_dates:  {min(dates) * 1000:7.1f} ms/doc  ({min(dates) / min(parse):.1%} of the parse)")


if __name__ == "__main__":
    main()
