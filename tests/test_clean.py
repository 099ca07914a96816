from dotterel.clean import clean_text


def test_rejoins_paragraph_broken_mid_sentence():
    raw = "The minister said the talks\n\nwould resume on Monday.\n\nA new paragraph starts."
    cleaned = clean_text(raw)
    assert (
        cleaned.text
        == "The minister said the talks would resume on Monday.\n\nA new paragraph starts."
    )


def test_keeps_paragraphs_that_end_properly():
    raw = "First paragraph ends here.\n\nthis one starts lowercase but the last ended."
    assert "\n\n" in clean_text(raw).text


def test_headline_line_is_not_glued_to_the_next():
    raw = "Iraq Vows Action\nBAGHDAD, Oct. 25, 2006 - Officials met."
    assert clean_text(raw).text.split("\n\n")[0] == "Iraq Vows Action"


def test_hard_wrapped_lines_are_joined():
    raw = (
        "United Nations officials on Tuesday urged both sides to return to the negotiating\n"
        "table before the deadline expires."
    )
    assert clean_text(raw).text.count("\n") == 0


def test_drops_boilerplate_lines():
    raw = "Share this article\nSubscribe to our newsletter today\nRebels attacked the town.\nContact us\nHome | World | Politics | Sport"
    cleaned = clean_text(raw)
    assert cleaned.text == "Rebels attacked the town."
    assert cleaned.dropped_lines == 4


def test_does_not_drop_news_sentences_mentioning_sharing():
    raw = "The two governments agreed to share intelligence on militant groups operating along the border."
    assert clean_text(raw).text == raw


def test_normalises_quotes_and_dashes():
    raw = "\u201cWe will not yield,\u201d he said \u2014 firmly. It\u2019s over."
    assert clean_text(raw).text == '"We will not yield," he said - firmly. It\'s over.'


def test_offsets_map_back_to_raw_text():
    raw = "  Share this\n\nIraqi   forces\u00a0raided homes\n\nin Sadr City.  \n"
    cleaned = clean_text(raw)
    for word in ("Iraqi", "raided", "Sadr", "City."):
        start = cleaned.text.index(word)
        raw_start = cleaned.offsets.to_raw(start)
        assert raw[raw_start : raw_start + len(word)] == word


def test_empty_and_whitespace_text():
    assert clean_text("   \n\n ").text == ""


def test_long_headline_is_not_joined_to_the_dateline():
    # Regression: a headline of 60+ characters was taken for a hard-wrapped line.
    raw = "Syrian opposition figures meet in Amman, urge pressure on Assad government\nAMMAN, Jordan - Leaders met on Sunday."
    assert clean_text(raw).text.split("\n\n")[1].startswith("AMMAN, Jordan")


def test_one_paragraph_per_line_text_is_not_rejoined():
    raw = (
        "Iran and world powers reach nuclear deal in Vienna after long talks\n"
        "The agreement limits enrichment for at least a decade, officials said.\n"
        "Israel condemned the deal within hours of its announcement, calling it a mistake."
    )
    assert clean_text(raw).text.count("\n\n") == 2
