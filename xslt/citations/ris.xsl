<?xml version="1.0" encoding="UTF-8"?>
<!-- RIS (UTF-8): BOOK for the book, CHAP for each chapter listed in the contents, one record
     per work cited in the notes (BOOK, NEWS, JOUR, THES, CONF). Items:
     xslt/common/citations.xsl.
     The tags are those Zotero's RIS import translator (RIS.js, its fieldMap) reads for each
     type, which are also the RIS specification's: a book's editor is A3 (A2 on BOOK is the
     series editor), a chapter's book editor A2 and its book's authors C2; the series is T2 on BOOK and T3 on CHAP, its
     number M1 on BOOK and SV on CHAP; a multipart work is TI (common title) and VL (part
     number), a chapter's book T2; a conference paper is CONF with the proceedings in C3 and
     their place in C1 (CY is the conference's location). Dates in full, YYYY/MM/DD/, in DA
     and in PY (citation-js reads only PY on CHAP and NEWS, Zotero either). No SP/EP on a book
     or a thesis: a page range cited in a note is not the work's extent. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:cite="urn:x-teikit:cite"
    xmlns:ris="urn:x-teikit:ris"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/citations.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- RIS reference type by CSL item type. -->
  <xsl:variable name="ris:types" as="map(xs:string, xs:string)" select="map {
      'book': 'BOOK', 'chapter': 'CHAP', 'article-newspaper': 'NEWS',
      'article-journal': 'JOUR', 'article-magazine': 'MGZN', 'thesis': 'THES',
      'paper-conference': 'CONF', 'report': 'RPRT', 'webpage': 'ELEC', 'patent': 'PAT',
      'standard': 'STAND', 'manuscript': 'MANSCPT'}"/>

  <!-- Types whose page range is the item's own extent in its host (others: a locator). -->
  <xsl:variable name="ris:paged" as="xs:string+" select="'chapter', 'article-newspaper',
      'article-journal', 'article-magazine', 'paper-conference'"/>

  <xsl:template match="/">
    <xsl:value-of select="cite:items(.)!ris:record(.)" separator="&#10;"/>
  </xsl:template>

  <xsl:function name="ris:record" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="date" select="cite:date-parts($item)"/>
    <xsl:variable name="book" select="$item?type = 'book'"/>
    <xsl:variable name="title" select="string-join(($item?title, $item?subtitle), ': ')"/>
    <xsl:variable name="chapter" select="$item?type = 'chapter'"/>
    <xsl:variable name="conference" select="$item?type = 'paper-conference'"/>
    <xsl:variable name="paged" select="$item?type = $ris:paged"/>
    <xsl:variable name="ris-date" select="ris:date($date)"/>
    <xsl:variable name="lines" as="xs:string*" select="
      ris:line('TY', ($ris:types($item?type), 'GEN')[1]),
      ris:line('ID', $item?key),
      cite:name-strings($item, 'authors')!ris:line('AU', .),
      cite:name-strings($item, 'editors')!ris:line(if ($book) then 'A3' else 'A2', .),
      cite:name-strings($item, 'translators')!ris:line('A4', .),
      cite:name-strings($item, 'container-authors')!ris:line('C2', .),
      ris:line('TI', if ($book) then ($item?main-title, $title)[1] else $title),
      ris:line('T2', if ($book) then $item?series
                     else if ($chapter) then ($item?main-title, $item?container-title)[1]
                     else if ($conference) then () else $item?container-title),
      ris:line('T3', $item?series[not($book)]),
      ris:line('C3', $item?container-title[$conference]),
      ris:line('VL', $item?volume),
      ris:line(if ($book) then 'M1' else 'SV', $item?series-number),
      ris:line('IS', $item?issue),
      ris:line('PY', $ris-date),
      ris:line('DA', $ris-date),
      ris:line('PB', $item?publisher),
      ris:line(if ($conference) then 'C1' else 'CY', $item?place),
      ris:line('SP', $item?page-from[$paged]),
      ris:line('EP', $item?page-to[$paged][. ne $item?page-from]),
      ris:line('SN', ($item?isbn, $item?number)[1]),
      ris:line('DB', $item?archive),
      ris:line('AN', $item?archive-location),
      ris:line('UR', $item?url),
      ris:line('Y2', ris:date(cite:date-parts($item, 'accessed'))),
      ris:line('LA', cite:locale($item?language)),
      ris:line('ER', '')"/>
    <xsl:sequence select="string-join($lines)"/>
  </xsl:function>

  <!-- A date in full as RIS writes it: YYYY/MM/DD/ (empty parts left empty). -->
  <xsl:function name="ris:date" as="xs:string?">
    <xsl:param name="parts" as="xs:integer*"/>
    <xsl:sequence select="if (empty($parts)) then () else string-join((
        $parts!format-integer(., '01'), ('', '', '')[position() gt count($parts)]), '/') || '/'"/>
  </xsl:function>

  <!-- "TAG  - value": one line; line breaks in a value become spaces. -->
  <xsl:function name="ris:line" as="xs:string?">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if (exists($value) and ($value or $tag eq 'ER'))
        then $tag || '  - ' || normalize-space($value) || '&#10;' else ()"/>
  </xsl:function>

</xsl:stylesheet>
