"""The commonest words of each language, by which a reply's language is told (one home for these lists,
as for every word list the platform reads; the detector's ``CallpulseDetectorWrongLanguage`` uses them).

Not the redactor's common words (``stream/redaction/lexicons/common_words.*``: thousands of words, to
tell a name from an ordinary word): these are the hundred-odd words nearly every sentence of a language
uses, so a reply with almost none of them is in another language.
"""

from __future__ import annotations

_ENGLISH = (
    "the be to of and a in that have i it for not on with he as you do at this but his by from they we "
    "say her she or an will my one all would there their what so up out if about who get which go me "
    "when make can like time no just him know take people into year your good some could them see "
    "other than then now look only come its over think also back after use two how our work first well "
    "way even new want because any these give day most us is are was were am been has had did does "
    "don't i'm you're let's it's that's i'll we'll okay ok yes sorry thanks thank please sure got right "
    "here help check hold moment"
)
COMMON_WORDS = {"en": _ENGLISH.split()}
"""The commonest words of each language the detector can tell a reply is in: a reply of five words or
more with at most one in eight of them among its call's language's is in another language (an LLM that
lost its language pin: "Claro, con gusto le ayudo. ¿Me puede dar su número de cuenta?" has one, "me").
Calls in a language without a list here are not judged. A normal day had about one such reply a day, a
date read out alone ("$173.20, due Monday, January 5th.": four words)."""
