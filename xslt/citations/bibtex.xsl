<?xml version="1.0" encoding="UTF-8"?>
<!-- BibTeX for biblatex (UTF-8): @book for the book, @incollection for each chapter listed in
     the contents, one entry per work cited in the notes. Items: xslt/common/citations.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:cite="urn:x-teikit:cite"
    xmlns:bib="urn:x-teikit:bibtex"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/citations.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- biblatex entry type by CSL item type. -->
  <xsl:variable name="bib:types" as="map(xs:string, xs:string)" select="map {
      'book': 'book', 'chapter': 'incollection', 'article-newspaper': 'article',
      'article-journal': 'article', 'article-magazine': 'article', 'thesis': 'thesis',
      'paper-conference': 'inproceedings', 'report': 'report'}"/>

  <!-- biblatex language keys by the first subtag of xml:lang. -->
  <xsl:variable name="bib:languages" as="map(xs:string, xs:string)" select="map {
      'zh': 'chinese', 'en': 'english', 'ja': 'japanese', 'de': 'german', 'fr': 'french'}"/>

  <xsl:template match="/">
    <xsl:value-of select="cite:items(.)!bib:entry(.)" separator="&#10;"/>
  </xsl:template>

  <xsl:function name="bib:entry" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="fields" select="bib:fields($item)"/>
    <xsl:sequence select="'@' || ($bib:types($item?type), 'misc')[1] || '{' || $item?key || ',&#10;'
        || string-join(for $i in 1 to count($fields) idiv 2
                       return '  ' || $fields[2 * $i - 1] || ' = {' || $fields[2 * $i] || '},&#10;')
        || '}&#10;'"/>
  </xsl:function>

  <!-- Name/value pairs, in the order they are written; absent values leave no field. -->
  <xsl:function name="bib:fields" as="xs:string*">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="date" select="cite:date-parts($item)"/>
    <xsl:variable name="lang" select="tokenize(lower-case(string($item?language)), '-')[1]"/>
    <xsl:sequence select="
      bib:field('author', bib:names($item?authors)),
      bib:field('editor', bib:names($item?editors)),
      bib:field('translator', bib:names($item?translators)),
      bib:field('title', bib:escape($item?title)),
      bib:field('subtitle', bib:escape($item?subtitle)),
      if ($item?type = 'chapter') then (
        bib:field('booktitle', bib:escape($item?container-title)),
        bib:field('crossref', $item?container-key))
      else if ($item?type = 'paper-conference')
        then bib:field('booktitle', bib:escape($item?container-title))
      else bib:field('journal', bib:escape($item?container-title)),
      if ($item?type = 'article-newspaper') then bib:field('entrysubtype', 'newspaper') else (),
      bib:field('series', bib:escape($item?series)),
      bib:field('volume', bib:escape($item?volume)),
      bib:field('number', bib:escape($item?issue)),
      bib:field(if ($item?type = 'thesis') then 'institution' else 'publisher',
                bib:escape($item?publisher)),
      bib:field('address', bib:escape($item?place)),
      bib:field('date', $item?date[count($date) gt 1]),
      bib:field('year', string($date[1])[exists($date)]),
      bib:field('month', string($date[2])[count($date) gt 1]),
      bib:field('pages', cite:page-range($item, '--')),
      bib:field('isbn', $item?isbn),
      bib:field('language', ($bib:languages($lang), $item?language)[1])"/>
  </xsl:function>

  <xsl:function name="bib:field" as="xs:string*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if ($value) then ($name, $value) else ()"/>
  </xsl:function>

  <!-- Names joined with "and"; corporate names in braces so that they are not split into
       family and given names; a split personal name as "Family, Given". -->
  <xsl:function name="bib:names" as="xs:string?">
    <xsl:param name="names" as="array(map(*))?"/>
    <xsl:sequence select="if (empty($names)) then () else string-join(
        array:flatten($names)!(
          if (?corporate) then '{' || bib:escape(?name) || '}'
          else if (?family) then bib:escape(?family) || (', ' || bib:escape(?given))[exists(?given)]
          else bib:escape(?name)), ' and ')"/>
  </xsl:function>

  <!-- LaTeX's special characters escaped; everything else stays UTF-8. -->
  <xsl:function name="bib:escape" as="xs:string?">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if (empty($s)) then ()
        else replace(replace($s, '\\', '\\textbackslash{}'), '([{}%&amp;$#_])', '\\$1')"/>
  </xsl:function>

</xsl:stylesheet>
