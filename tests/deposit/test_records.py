"""The descriptive records (xslt/metadata/): valid against their official schemas, and carrying
the header's facts, field by field, for the bundled book and both test books."""
from __future__ import annotations

import random

import pytest
from lxml import etree

from tests.deposit.conftest import BOOK_NAMES

DC = {"dc": "http://purl.org/dc/elements/1.1/", "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/"}
DCT = {"d": "http://datacite.org/schema/kernel-4"}
CLC = "中国图书馆分类法: "

#: What each record must say, book by book (the header's facts as the TEI records them).
EXPECTED = {
    "bundled": {
        "id": "000_8288889db83d07b8", "id-type": "Local",
        "part": "基层党建工作创新专题调研",
        "authors": [], "editors": ["尹德慈"],
        "subjects": ["中国共产党—党的建设—研究报告—广州市", "中国共产党—基层组织—党的建设—研究报告—广州市"],
        "classes": ["D26"], "place": "广州", "publisher": "广东经济出版社", "date": "2013-12",
        "isbn": "978-7-5454-2978-7", "cip": "(2013) 第274898号",
        "whole": ("广州党建研究报告", "4"),
        "extent": ["开本 787毫米×1092毫米 1/16", "印张 28.5", "字数 466千字"],
        "print-rights": "版权所有 翻印必究", "funders": ["广州市党史党建重点研究基地"],
    },
    "monograph": {
        "id": "monograph", "id-type": "Local",
        "part": "社区治理的理论与实践",
        "authors": ["王建国", "刘晓梅"], "editors": [],
        "subjects": ["社区管理—研究—中国", "城市管理—研究"], "classes": ["D669.3", "C912.81"],
        "place": "广州", "publisher": "华南大学出版社", "date": "2018-06", "isbn": "978-7-5623-4817-7",
        "cip": "（2018）第098765号", "whole": ("城市治理研究丛书", "2"),
        "extent": ["开本 710毫米×1000毫米 1/16", "印张 12.75", "字数 210千字"],
        "print-rights": "版权所有 侵权必究", "funders": [],
    },
    "notestyle": {
        "id": "notestyle", "id-type": "Local",
        "part": "比较视野下的城市基层治理",
        "authors": [], "editors": ["黄志远"],
        "subjects": ["城市—基层组织—研究—中国"], "classes": ["D630"],
        "place": "广州", "publisher": "岭南人民出版社", "date": "2020-05", "isbn": "978-7-5201-0358-9",
        "cip": "(2020) 第061234号", "whole": None,
        "extent": ["开本 787毫米×1092毫米 1/16", "印张 18.5", "字数 300千字"],
        "print-rights": "版权所有 翻印必究", "funders": [],
    },
    "report": {
        "id": "report", "id-type": "Local",
        "part": "社区营造与基层治理创新",
        "authors": [], "editors": ["陈立新", "周敏", "黄海"],
        "subjects": ["社区建设—研究报告—中国—2019", "社区管理—研究报告—中国—2019", "基层组织—研究—中国"],
        "classes": ["D669.3", "D630"], "place": "北京", "publisher": "社会科学文献出版社", "date": "2019-09",
        "isbn": "978-7-5097-3321-9", "cip": "(2019) 第187654号",
        "whole": ("城市社区发展报告", "2019"),
        "extent": ["开本 787毫米×1092毫米 1/16", "印张 20.25", "字数 330千字"],
        "print-rights": "版权所有 翻印必究", "funders": ["国家社会科学基金重大项目"],
    },
}
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def is_multipart(edition) -> bool:
    """Whether the header records the book as a part of a multipart work (a part title) or
    names the whole as a series only: either encoding of that one fact is accepted."""
    return bool(etree.parse(str(edition)).xpath(
        "//t:sourceDesc//t:monogr/t:title[@type = 'part']", namespaces=TEI_NS))


def expected(name, editions) -> dict:
    """EXPECTED with the full title the header's encoding of the whole implies."""
    e = dict(EXPECTED[name])
    whole, number = e["whole"] or (None, None)  # None: a book that is part of nothing
    e["multipart"] = is_multipart(editions[name])
    e["title"] = f"{whole}. {number}, {e['part']}" if e["multipart"] else e["part"]
    return e


LICENCE = ("The TEI encoding (markup and editorial additions): Creative Commons Attribution 4.0 "
           "International (CC BY 4.0)")
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def test_every_book_has_expectations():
    assert sorted(EXPECTED) == sorted(BOOK_NAMES)


@pytest.fixture(params=BOOK_NAMES)
def book(request, bags, editions):
    bag = bags[request.param]
    return (expected(request.param, editions), etree.parse(str(bag / "metadata" / "oai_dc.xml")),
            etree.parse(str(bag / "metadata" / "datacite.xml")))


def _all(tree, path, ns):
    return [" ".join(v.split()) if isinstance(v, str) else " ".join("".join(v.itertext()).split())
            for v in tree.xpath(path, namespaces=ns)]


# ---- schemas -----------------------------------------------------------------------------

def test_records_valid_against_official_schemas(book, schemas):
    _, dc, datacite = book
    for tree, schema in ((dc, "oai_dc"), (datacite, "datacite"), (datacite, "datacite-4.5")):
        assert schemas[schema].validate(tree), (schema, str(schemas[schema].error_log))


# ---- Dublin Core -------------------------------------------------------------------------

def test_dc_fields(book):
    e, dc, _ = book
    field = lambda tag: _all(dc, f"/oai_dc:dc/dc:{tag}", DC)  # noqa: E731
    assert field("title") == [e["title"]]
    assert field("creator") == e["authors"]
    assert field("contributor") == e["editors"]  # 主编 is an editor: a contributor, name literal
    assert field("subject") == e["subjects"] + [CLC + c for c in e["classes"]]
    assert field("publisher") == [e["publisher"]]
    assert field("date") == [e["date"]]
    assert field("identifier") == [e["id"], "urn:isbn:" + e["isbn"].replace("-", ""),
                                   "中国版本图书馆CIP数据核字 " + e["cip"]]  # DC: labelled
    assert field("language") == ["zh-Hans"]
    assert field("type") == ["Text"]
    assert field("format") == ["application/tei+xml"] + e["extent"]
    assert field("rights") == [f"{LICENCE} {LICENCE_URL}", e["print-rights"]]
    names = ", ".join(e["authors"] or e["editors"])
    assert field("source") == [f"{names}. {e['title']}. {e['place']}: {e['publisher']}, "
                               f"{e['date']}. ISBN {e['isbn']}"]
    if e["whole"] is None:
        assert field("relation") == []
        return
    whole, number = e["whole"]
    # the whole (series, or a multipart book's common title) as a relation or in the title
    assert f"{whole}; {number}" in field("relation") or field("title")[0].startswith(
        f"{whole}. {number}, ")


# ---- DataCite ----------------------------------------------------------------------------

def test_datacite_fields(book):
    e, _, dc = book
    field = lambda path: _all(dc, path, DCT)  # noqa: E731
    assert field("/d:resource/d:identifier") == [e["id"]]
    assert field("/d:resource/d:identifier/@identifierType") == [e["id-type"]]
    # DataCite needs a creator: a book without authors names its editors
    assert field("/d:resource/d:creators/d:creator/d:creatorName") == (e["authors"] or e["editors"])
    assert set(field("//d:creatorName/@nameType | //d:contributorName/@nameType")) <= {
        "Personal", "Organizational"}
    assert not dc.xpath("//d:givenName | //d:familyName", namespaces=DCT)  # names stay literal
    assert field("/d:resource/d:contributors/d:contributor[@contributorType = 'Editor']"
                 "/d:contributorName") == e["editors"]
    assert field("/d:resource/d:titles/d:title[not(@titleType)]") == [e["part"]]
    assert e["title"] in field("/d:resource/d:titles/d:title")
    assert field("/d:resource/d:publisher") == [e["publisher"]]
    assert field("/d:resource/d:publicationYear") == [e["date"][:4]]
    assert field("/d:resource/d:resourceType/@resourceTypeGeneral") == ["Book"]
    assert field("/d:resource/d:subjects/d:subject[not(@subjectScheme)]") == e["subjects"]
    assert field("/d:resource/d:subjects/d:subject[@subjectScheme = "
                 "'Chinese Library Classification']/@classificationCode") == e["classes"]
    assert field("/d:resource/d:dates/d:date[@dateType = 'Issued']") == [e["date"]]
    assert field("/d:resource/d:language") == ["zh-Hans"]
    assert field("/d:resource/d:relatedIdentifiers/d:relatedIdentifier[@relatedIdentifierType = 'ISBN']"
                 ) == [e["isbn"]]
    assert field("/d:resource/d:sizes/d:size") == e["extent"]
    assert field("/d:resource/d:rightsList/d:rights[@rightsURI]/@rightsURI") == [LICENCE_URL]
    assert field("//d:fundingReference/d:funderName") == e["funders"]
    printed = dc.xpath("//d:relatedItem[@relationType = 'IsVariantFormOf']", namespaces=DCT)
    assert [_all(p, "d:relatedItemIdentifier", DCT) for p in printed] == [[e["isbn"]]]
    wholes = [(_all(r, "d:titles/d:title", DCT), _all(r, "d:volume", DCT))
              for r in dc.xpath("//d:relatedItem[@relationType = 'IsPartOf']", namespaces=DCT)]
    if e["whole"] is None:
        assert wholes == []
        return
    whole, number = e["whole"]
    assert ([whole], [number]) in wholes or f"{whole}. {number}, {e['part']}" in field(
        "/d:resource/d:titles/d:title")


# ---- MODS --------------------------------------------------------------------------------

MODS = {"m": "http://www.loc.gov/mods/v3", "xlink": "http://www.w3.org/1999/xlink"}


def test_mods_valid_and_fields(bags, editions, mods_schema):
    for name in BOOK_NAMES:
        e = expected(name, editions)
        tree = etree.parse(str(bags[name] / "metadata" / "mods.xml"))
        mods_schema.validate(tree)
        field = lambda path: _all(tree, path, MODS)  # noqa: E731
        whole, number = e["whole"] or (None, None)
        if whole is None:
            assert field("/m:mods/m:titleInfo/m:title") == [e["title"]]
            assert field("/m:mods/m:relatedItem[@type='series']") == []
        elif e["multipart"]:
            assert field("/m:mods/m:titleInfo/m:title") == [whole]
            assert field("/m:mods/m:titleInfo/m:partNumber") == [number]
            assert field("/m:mods/m:titleInfo/m:partName") == [e["part"]]
        else:
            assert field("/m:mods/m:titleInfo/m:title") == [e["title"]]
            assert field("/m:mods/m:relatedItem[@type='series']/m:titleInfo/m:title") == [whole]
            assert field("/m:mods/m:relatedItem[@type='series']/m:titleInfo/m:partNumber") == [number]
        names = [(n, "aut") for n in e["authors"]] + [(n, "edt") for n in e["editors"]]
        assert [(_all(n, "m:namePart", MODS)[0], _all(n, "m:role/m:roleTerm[@type='code']", MODS)[0])
                for n in tree.xpath("/m:mods/m:name", namespaces=MODS)] == names
        assert field("//m:originInfo/m:publisher") == [e["publisher"]]
        assert field("//m:originInfo/m:dateIssued") == [e["date"]]
        assert field("/m:mods/m:subject/m:topic") == e["subjects"]
        assert field("/m:mods/m:classification[@authority='clc']") == e["classes"]
        assert field("/m:mods/m:identifier[@type='isbn']") == [e["isbn"]]
        assert field("/m:mods/m:identifier[@type='cip']") == [e["cip"]]
        assert field("//m:physicalDescription/m:extent") == e["extent"]
        assert field("/m:mods/m:accessCondition/@xlink:href") == [LICENCE_URL]


# ---- generated headers: the records follow the header, not a book ---------------------------

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)]


def _han(rng, low, high):
    return "".join(rng.choice(HAN) for _ in range(rng.randint(low, high)))


def _isbn(rng):
    digits = [9, 7, 8, 7] + [rng.randint(0, 9) for _ in range(8)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "978-7-{}-{}-{}".format("".join(map(str, digits[3:7])), "".join(map(str, digits[7:12])),
                                   check)


@pytest.mark.parametrize("seed", range(8))
def test_records_follow_a_generated_header(seed, editions, schemas):
    from teikit.deposit import records
    from teikit.transform import parse_edition

    rng = random.Random(seed)
    tree = etree.parse(str(editions["monograph"]))
    monogr = tree.find(".//t:sourceDesc/t:biblStruct/t:monogr", TEI)
    authors = [_han(rng, 2, 4) for _ in range(rng.randint(1, 4))]
    for old in monogr.findall("t:author", TEI):
        monogr.remove(old)
    for n, name in enumerate(authors):
        element = etree.Element(f"{{{TEI['t']}}}author")
        element.text = name
        monogr.insert(2 + n, element)
    publisher = _han(rng, 4, 8) + "出版社"
    monogr.find("t:imprint/t:publisher", TEI).text = publisher
    isbn = _isbn(rng)
    monogr.find("t:idno[@type='ISBN']", TEI).text = isbn
    terms = [_han(rng, 2, 5) + "—研究" for _ in range(rng.randint(1, 4))]
    keywords = tree.find(".//t:keywords", TEI)
    for old in list(keywords):
        keywords.remove(old)
    for term in terms:
        etree.SubElement(keywords, f"{{{TEI['t']}}}term").text = term
    rendered = records.render(parse_edition(etree.tostring(tree, encoding="UTF-8")), "x")
    dc, datacite = (etree.fromstring(rendered[n]) for n in ("oai_dc", "datacite"))
    assert schemas["oai_dc"].validate(dc) and schemas["datacite"].validate(datacite)
    assert _all(dc, "dc:creator", DC) == authors
    assert _all(dc, "dc:publisher", DC) == [publisher]
    assert "urn:isbn:" + isbn.replace("-", "") in _all(dc, "dc:identifier", DC)
    assert _all(dc, "dc:subject", DC)[:len(terms)] == terms
    assert _all(datacite, "/d:resource/d:creators/d:creator/d:creatorName", DCT) == authors
    assert _all(datacite, "//d:relatedIdentifier", DCT) == [isbn]


def test_either_encoding_of_the_whole(editions, schemas, mods_schema):
    """The bundled book re-encoded as a volume of a series (no part title, the whole as
    biblStruct/series): the records still name the whole and the volume number."""
    from teikit.deposit import records
    from teikit.transform import parse_edition

    tree = etree.parse(str(editions["bundled"]))
    whole, number = EXPECTED["bundled"]["whole"]
    part = EXPECTED["bundled"]["part"]
    for title_group in tree.xpath("//t:titleStmt | //t:sourceDesc//t:monogr", namespaces=TEI_NS):
        titles = title_group.findall("t:title", TEI_NS)
        for title in titles:
            if title.get("type") == "part":
                title_group.remove(title)
            elif title.get("type") == "main":
                title.text = part
    monogr = tree.find(".//t:sourceDesc//t:monogr", TEI_NS)
    series = etree.Element(f"{{{TEI_NS['t']}}}series")
    etree.SubElement(series, f"{{{TEI_NS['t']}}}title", level="s").text = whole
    etree.SubElement(series, f"{{{TEI_NS['t']}}}biblScope", unit="volume").text = number
    monogr.addnext(series)
    assert not is_multipart_tree(tree)
    rendered = records.render(parse_edition(etree.tostring(tree, encoding="UTF-8")), "x")
    dc, datacite, mods = (etree.fromstring(rendered[n]) for n in ("oai_dc", "datacite", "mods"))
    assert schemas["oai_dc"].validate(dc) and schemas["datacite"].validate(datacite)
    mods_schema.validate(mods)
    assert _all(dc, "dc:title", DC) == [part]
    assert f"{whole}; {number}" in _all(dc, "dc:relation", DC)
    assert _all(datacite, "//d:relatedItem[@relationType = 'IsPartOf']/d:titles/d:title", DCT) == [whole]
    assert _all(datacite, "//d:relatedItem[@relationType = 'IsPartOf']/d:volume", DCT) == [number]
    assert _all(mods, "/m:mods/m:titleInfo/m:title", MODS) == [part]
    assert _all(mods, "/m:mods/m:relatedItem[@type='series']/m:titleInfo/m:title", MODS) == [whole]
    assert _all(mods, "/m:mods/m:relatedItem[@type='series']/m:titleInfo/m:partNumber", MODS) == [number]


def is_multipart_tree(tree) -> bool:
    return bool(tree.xpath("//t:sourceDesc//t:monogr/t:title[@type = 'part']", namespaces=TEI_NS))
