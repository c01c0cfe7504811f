<?xml version="1.0" encoding="UTF-8"?>
<!-- Descriptive record: what a repository's record of the edition says, as one XPath map.
     The book's facts (titles, names, imprint, ISBN, series or multipart whole) are the citation
     item of common/citations.xsl (cite:book), so a record and a citation never disagree;
     this file adds what only a record carries. The formats in xslt/metadata/ only write it.

     rec:record($doc) is map {
       'book'          map(*)       cite:book($doc)
       'full-title'    xs:string    the title as the CIP data writes it: "Main. 4, Part title"
       'main-title'    xs:string    the title proper (for a part: the common title of the whole)
       'part', 'part-number'  xs:string?  a multipart book's part title and number
       'whole', 'whole-number' xs:string? what the book is a part of, and its number in it:
                                    the series (CIP series statement) or the multipart work
       'edition-id'    xs:string    the digital edition's identifier (publicationStmt/idno,
                                    else the stylesheet parameter edition-id)
       'edition-id-type' xs:string  its idno/@type (DOI, URI, …), else 'Local'
       'edition-date'  xs:string?   ISO date of the digital edition
       'cip'           xs:string?   the CIP approval number as printed
       'subjects'      xs:string*   subject headings (keywords/term) as printed
       'classes'       map(*)*      map { 'code', 'scheme', 'scheme-en' } per classCode
       'extent'        xs:string*   format, sheets, words: colophon label + value as printed
       'licence'       xs:string?   licence of the digital edition, and 'licence-url'
       'print-rights'  xs:string?   the book's copyright statement as printed
       'funders'       xs:string*   organisations that funded the book (its funding line)
       'description'   xs:string?   the edition's extent statement (what of the book it holds)
       'source'        xs:string    the printed book in one line: names. Title. Place: Publisher, date. ISBN
     } -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    xmlns:rec="urn:x-teikit:record"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- header.xsl's functions need core.xsl, whose templates call a format's make-* hooks;
       the few header facts used here are read directly. -->
  <xsl:import href="citations.xsl"/>

  <xsl:key name="rec:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- Identifier of the edition when its header has none (the deposit passes the file stem). -->
  <xsl:param name="edition-id" as="xs:string" select="''"/>

  <!-- The colophon's label for each extent measure (measure/@type, else @unit). -->
  <xsl:variable name="rec:extent-labels" as="map(xs:string, xs:string)" select="map {
      'format': '开本', 'sheet': '印张', 'kiloword': '字数', 'page': '页数'}"/>

  <xsl:function name="rec:record" as="map(*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="root($doc)/TEI/teiHeader"/>
    <xsl:variable name="file" select="$header/fileDesc"/>
    <xsl:variable name="monogr" select="($file/sourceDesc/biblStruct/monogr, $file/titleStmt)[1]"/>
    <xsl:variable name="book" select="cite:book($doc)"/>
    <xsl:variable name="idno" select="($file/publicationStmt/idno[@type = 'DOI'],
                                       $file/publicationStmt/idno)[1]"/>
    <xsl:variable name="licence" select="($file/publicationStmt/availability/licence)[1]"/>
    <xsl:sequence select="map {
        'book': $book,
        'full-title': rec:full-title($doc),
        'main-title': normalize-space(($monogr/title[@type = 'main'], $monogr/title)[1]),
        'part': $monogr/title[@type = 'part'][1]!normalize-space(),
        'part-number': $monogr/title[@type = 'part'][1]/@n!string(),
        'whole': ($book?series, $book?main-title)[1],
        'whole-number': if (exists($book?series)) then $book?series-number else $book?volume,
        'edition-id': if ($idno) then normalize-space($idno) else $edition-id,
        'edition-id-type': if ($idno/@type = ('DOI', 'URI')) then string($idno/@type) else 'Local',
        'edition-date': ($file/publicationStmt/date/@when, $file/editionStmt//date/@when)[1]!string(),
        'cip': $monogr/idno[@type = 'CIP'][1]!normalize-space(),
        'subjects': $header/profileDesc/textClass/keywords/term!normalize-space(),
        'classes': $header/profileDesc/textClass/classCode!rec:class(.),
        'extent': $monogr/extent/measure!rec:measure(.),
        'licence': $licence!normalize-space(),
        'licence-url': $licence/@target!string(),
        'print-rights': $monogr/availability[1]!normalize-space(),
        'funders': ($file/sourceDesc/*/note[@type = 'funding'], $file/titleStmt/funder)
                   !normalize-space((orgName, .)[1]),
        'description': $file/extent[1]!normalize-space(),
        'source': rec:source($book, rec:full-title($doc))
      }"/>
  </xsl:function>

  <!-- A classification code with its scheme's names (the taxonomy's titles), e.g. 中图法 and a class number. -->
  <xsl:function name="rec:class" as="map(*)">
    <xsl:param name="code" as="element(classCode)"/>
    <xsl:variable name="taxonomy" select="key('rec:id', substring-after($code/@scheme, '#'), root($code))"/>
    <xsl:variable name="titles" select="$taxonomy/bibl/title"/>
    <xsl:sequence select="map {
        'code': normalize-space($code),
        'scheme': normalize-space(($titles[not(@xml:lang = 'en')], $titles, $code/@scheme)[1]),
        'scheme-en': normalize-space(($titles[@xml:lang = 'en'], $titles, $code/@scheme)[1])}"/>
  </xsl:function>

  <!-- "Main. 4, Part title" for a part of a multipart book (its CIP form); "Title：Subtitle"
       otherwise. A part is known by its part title, however the header records the whole
       (a common title, a series statement, or both). -->
  <xsl:function name="rec:full-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="file" select="root($doc)/TEI/teiHeader/fileDesc"/>
    <xsl:variable name="titles" select="($file/sourceDesc/biblStruct/monogr, $file/titleStmt)[1]/title"/>
    <xsl:variable name="main" select="normalize-space(($titles[@type = 'main'], $titles)[1])"/>
    <xsl:variable name="part" select="$titles[@type = 'part'][1]"/>
    <xsl:variable name="title" select="string-join((($part!normalize-space(), $main)[1],
        $titles[@type = 'sub'][1]!normalize-space()), '：')"/>
    <xsl:sequence select="if ($part) then $main || '. ' || ($part/@n!(. || ', ')) || $title
                          else $title"/>
  </xsl:function>

  <xsl:function name="rec:source" as="xs:string">
    <xsl:param name="book" as="map(*)"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="names" select="($book?authors, $book?editors)[1]?*?name"/>
    <xsl:variable name="imprint" select="string-join(($book?place, $book?publisher), ': ')[.]"/>
    <xsl:sequence select="string-join((string-join($names, ', ')[.], $title,
        string-join(($imprint, $book?date), ', ')[.], $book?isbn!('ISBN ' || .)), '. ')"/>
  </xsl:function>

  <xsl:function name="rec:measure" as="xs:string">
    <xsl:param name="measure" as="element(measure)"/>
    <xsl:variable name="label" select="$rec:extent-labels(string(($measure/@type, $measure/@unit)[1]))"/>
    <xsl:sequence select="string-join(($label, normalize-space($measure)), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
