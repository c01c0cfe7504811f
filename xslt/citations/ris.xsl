<?xml version="1.0" encoding="UTF-8"?>
<!-- RIS (UTF-8): BOOK for the book, CHAP for each chapter listed in the contents, one record
     per work cited in the notes (BOOK, NEWS, JOUR, THES, CPAPER). Items:
     xslt/common/citations.xsl. -->
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
      'paper-conference': 'CPAPER', 'report': 'RPRT'}"/>

  <xsl:template match="/">
    <xsl:value-of select="cite:items(.)!ris:record(.)" separator="&#10;"/>
  </xsl:template>

  <xsl:function name="ris:record" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="date" select="cite:date-parts($item)"/>
    <xsl:variable name="lines" as="xs:string*" select="
      ris:line('TY', ($ris:types($item?type), 'GEN')[1]),
      ris:line('ID', $item?key),
      cite:name-strings($item, 'authors')!ris:line('AU', .),
      cite:name-strings($item, 'editors')!ris:line('A2', .),
      cite:name-strings($item, 'translators')!ris:line('A4', .),
      ris:line('TI', string-join(($item?title, $item?subtitle), '：')),
      ris:line('T2', $item?container-title),
      ris:line('T3', $item?series),
      ris:line('VL', $item?volume),
      ris:line('IS', $item?issue),
      ris:line('PY', string($date[1])[exists($date)]),
      ris:line('DA', if (empty($date)) then () else
               string-join(($date!format-integer(., '01'), ('', '', '')[position() gt count($date)]), '/') || '/'),
      ris:line('PB', $item?publisher),
      ris:line('CY', $item?place),
      ris:line('SP', $item?page-from),
      ris:line('EP', $item?page-to),
      ris:line('SN', $item?isbn),
      ris:line('LA', $item?language),
      ris:line('ER', '')"/>
    <xsl:sequence select="string-join($lines)"/>
  </xsl:function>

  <!-- "TAG  - value": one line; line breaks in a value become spaces. -->
  <xsl:function name="ris:line" as="xs:string?">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if (exists($value) and ($value or $tag eq 'ER'))
        then $tag || '  - ' || normalize-space($value) || '&#10;' else ()"/>
  </xsl:function>

</xsl:stylesheet>
