"""What every report must show of its conversion, checked on the written HTML (parsed with lxml
here, read from the DOM by the browser tests): the oracle is the TEI and the reporter, never the
report's own code."""
from __future__ import annotations

from collections import Counter

from lxml import etree

from teikit.tei import TEI_NS

NS = {"t": TEI_NS}


def source_lines(text: str) -> list[str]:
    """The source as an editor shows it: form feeds are page ends, not characters."""
    return [line.replace("\f", "") for line in text.replace("\r\n", "\n").split("\n")]


def expected_figures(conversion) -> dict[str, str]:
    """The summary's figures, read off the TEI the conversion wrote and its reporter."""
    root = conversion.tree.getroot()
    notes = root.xpath("//t:text//t:note[@n]", namespaces=NS)
    entries = root.xpath("//t:list[@type='contents']/t:item", namespaces=NS)
    linked = [e for e in entries if e.find("t:ref", NS) is not None]
    pbs = root.xpath("//t:text//t:pb", namespaces=NS)
    return {
        "joined": str(sum(1 for pb in pbs if pb.getparent().tag == f"{{{TEI_NS}}}p")),
        "notes-matched": str(sum(1 for n in notes if n.get("anchored") != "false")),
        "notes-unmatched": str(sum(1 for n in notes if n.get("anchored") == "false")),
        "contents-linked": f"{len(linked)} of {len(entries)}",
        "warnings": str(len(conversion.reporter.warnings)),
        "pb": str(len(pbs)),
    }


def expected_codes(conversion) -> Counter:
    return Counter(m.rule or "other" for m in conversion.reporter.warnings)


def note_pairs(conversion) -> list[tuple[str, str]]:
    """(xml:id, printed mark) of every anchored footnote of the TEI."""
    root = conversion.tree.getroot()
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    return [(n.get(xml_id), ("^" if n.get("rend") == "sup" else "") + n.get("n"))
            for n in root.xpath("//t:text//t:note[@n]", namespaces=NS)
            if n.get("anchored") != "false"]


def expected_nodes(conversion) -> dict[str, int]:
    """How many nodes of each kind the TEI holds (what the report must show one tag for)."""
    root = conversion.tree.getroot()

    def count(path: str) -> int:
        return len(root.xpath(path, namespaces=NS))

    return {
        # an abstract's head is its printed label, not a heading (it is tagged with the abstract)
        "heading": count("//t:text//t:head[not(parent::t:argument)]") - count("//t:div[@type='cip']/t:head"),
        "footnote": count("//t:text//t:note[@place='foot']"),
        "contents": count("//t:list[@type='contents']/t:item"),
        "folio": count("//t:text//t:fw[@type='pageNum']"),
        "running-head": count("//t:text//t:fw[@type='header']"),
        "colophon": count("//t:div[@type='colophon']/t:table/t:row")
        + count("//t:div[@type='colophon']/t:p"),
    }


def chapter_heads(conversion) -> list[str]:
    """The title of the chapter each linked contents entry points to, in contents order."""
    root = conversion.tree.getroot()
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    chapters = {d.get(xml_id): d for d in root.xpath("//t:div[@xml:id]", namespaces=NS)}
    return [chapters[t.lstrip("#")].xpath("string(t:head)", namespaces=NS)
            for t in root.xpath("//t:list[@type='contents']/t:item/t:ref/@target", namespaces=NS)]


def check_report(html: bytes, text: str, conversion) -> None:
    """Every source line once and in order; each warning on its line; each anchored note linked
    both ways to a line that prints its mark; the summary's figures equal the conversion's."""
    doc = etree.fromstring(html, etree.HTMLParser())
    assert not doc.xpath("//@src | //link | //@srcset"), "the report loads nothing"
    assert all(h.startswith("#") for h in doc.xpath("//@href")), "links stay in the page"
    lines = source_lines(text)
    shown = doc.xpath("//div[contains(@class, 'src')]")
    assert [int(d.get("data-line")) for d in shown] == list(range(1, len(lines) + 1))
    assert [d.text or "" for d in shown] == lines
    for message in conversion.reporter.warnings:
        assert message.line, f"warning without a line: {message}"
        row = doc.xpath(f"//div[@id='L{message.line}']")[0]
        codes = row.xpath(".//li[contains(@class, 'warning')]/@data-code")
        assert (message.rule or "other") in codes, f"{message} not shown on its line"
    for xml_id, mark in note_pairs(conversion):
        anchor = doc.xpath(f"//a[@data-role='anchor'][@data-pair='{xml_id}']")
        back = doc.xpath(f"//a[@data-role='note'][@data-pair='{xml_id}']")
        assert len(anchor) == 1 and len(back) == 1, f"note {xml_id} is not linked"
        anchor_row = anchor[0].xpath("ancestor::div[contains(@class,'row')]")[0]
        note_row = back[0].xpath("ancestor::div[contains(@class,'row')]")[0]
        assert anchor[0].get("href") == f"#{note_row.get('id')}"
        assert back[0].get("href") == f"#{anchor_row.get('id')}"
        assert mark in anchor_row.xpath("string(.//div[contains(@class,'src')])")
    tags = Counter(doc.xpath("//*[contains(@class, 'tag')]/@data-kind"))
    for kind, number in expected_nodes(conversion).items():
        assert tags[kind] == number, f"{kind}: {tags[kind]} shown, {number} in the TEI"
    links = doc.xpath("//a[contains(@class, 'tag')][@data-kind='contents']")
    heads = chapter_heads(conversion)
    assert len(links) == len(heads)
    for link, head in zip(links, heads):  # each linked entry lands on its chapter's title
        row = doc.xpath(f"//div[@id='{link.get('href')[1:]}']")[0]
        assert row.xpath(".//*[contains(@class, 'tag')][@data-kind='heading']")
        assert "".join(head.split())[:6] in "".join(row.xpath("string(.)").split())
    figures = {d.get("data-figure"): d.text for d in doc.xpath("//dd[@data-figure]")}
    expected = expected_figures(conversion)
    for key in ("joined", "notes-matched", "notes-unmatched", "contents-linked", "warnings"):
        assert figures[key] == expected[key], key
    assert len(doc.xpath("//section[@data-pb]")) == int(expected["pb"])
    codes = {li.get("data-code"): int(li.get("data-count"))
             for li in doc.xpath("//ul[@class='codes']/li")}
    assert codes == dict(expected_codes(conversion))
