<?xml version="1.0" encoding="UTF-8"?>
<!-- biblatex (UTF-8, for biber), written the way biblatex's data model reads it:
       @book (authored) or @collection (editors only) for a book, @incollection (@inbook with
       bookauthor in an authored book) for each chapter listed in the contents (crossref to
       its book), one entry per work cited in
       the notes; a newspaper article is @article with entrysubtype = {newspaper}.
     One part of a multipart work: maintitle (the common title), volume (the part number),
     title (the part's own title); a series only where the source states one: series, number.
     Names are protected literals ({{张三}}): biber would split an unbraced name at spaces
     and commas. A whole book has no pages: a page range cited in a note is a locator, not the
     book's extent. Items: xslt/common/citations.xsl. -->
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

  <!-- biblatex entry type by CSL item type (a book without authors is a collection). -->
  <xsl:variable name="bib:types" as="map(xs:string, xs:string)" select="map {
      'book': 'book', 'chapter': 'incollection', 'article-newspaper': 'article',
      'article-journal': 'article', 'article-magazine': 'article', 'thesis': 'thesis',
      'paper-conference': 'inproceedings', 'report': 'report', 'webpage': 'online',
      'patent': 'patent', 'standard': 'standard', 'manuscript': 'unpublished'}"/>

  <!-- Types whose page range is the item's own extent in its host. -->
  <xsl:variable name="bib:paged" as="xs:string+" select="'chapter', 'article-newspaper',
      'article-journal', 'article-magazine', 'paper-conference'"/>

  <xsl:template match="/">
    <xsl:value-of select="cite:items(.)!bib:entry(.)" separator="&#10;"/>
  </xsl:template>

  <xsl:function name="bib:entry" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="fields" select="bib:fields($item)"/>
    <xsl:sequence select="'@' || bib:type($item) || '{' || $item?key || ',&#10;'
        || string-join(for $i in 1 to count($fields) idiv 2
                       return '  ' || $fields[2 * $i - 1] || ' = {' || $fields[2 * $i] || '},&#10;')
        || '}&#10;'"/>
  </xsl:function>

  <xsl:function name="bib:type" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:sequence select="if ($item?type = 'book' and empty($item?authors) and exists($item?editors))
        then 'collection'
        else if ($item?type = 'chapter' and exists($item?container-authors)) then 'inbook'
        else ($bib:types($item?type), 'misc')[1]"/>
  </xsl:function>

  <!-- Name/value pairs, in the order they are written; absent values leave no field. -->
  <xsl:function name="bib:fields" as="xs:string*">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="chapter" select="$item?type = 'chapter'"/>
    <xsl:sequence select="
      bib:field('author', bib:names($item?authors)),
      bib:field('bookauthor', bib:names($item?container-authors)),
      bib:field('editor', bib:names($item?editors)),
      bib:field('translator', bib:names($item?translators)),
      bib:field('maintitle', bib:escape($item?main-title)),
      bib:field('title', bib:escape($item?title)),
      bib:field('subtitle', bib:escape($item?subtitle)),
      if ($chapter) then (
        bib:field('booktitle', bib:escape($item?container-title)),
        bib:field('crossref', $item?container-key))
      else if ($item?type = 'paper-conference')
        then bib:field('booktitle', bib:escape($item?container-title))
      else bib:field('journaltitle', bib:escape($item?container-title)),
      if ($item?type = 'article-newspaper') then bib:field('entrysubtype', 'newspaper') else (),
      bib:field('volume', bib:escape($item?volume)),
      bib:field('series', bib:escape($item?series)),
      bib:field('number', bib:escape(($item?series-number, $item?issue, $item?number)[1])),
      bib:field(if ($item?type = 'thesis') then 'institution' else 'publisher',
                bib:escape($item?publisher)),
      bib:field('location', bib:escape($item?place)),
      bib:field('date', $item?date),
      bib:field('pages', cite:page-range($item, '--')[$item?type = $bib:paged]),
      bib:field('isbn', $item?isbn),
      bib:field('library', bib:escape(string-join(($item?archive, $item?archive-location), ' ')[.])),
      (: url is verbatim in biblatex: nothing escaped, braces percent-encoded :)
      bib:field('url', $item?url!replace(., '\{', '%7B')!replace(., '\}', '%7D')),
      bib:field('urldate', $item?accessed),
      bib:field('langid', cite:langid($item?language))"/>
  </xsl:function>

  <xsl:function name="bib:field" as="xs:string*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if ($value) then ($name, $value) else ()"/>
  </xsl:function>

  <!-- Names joined with "and"; every unsplit name (Chinese personal names, organisations) a
       protected literal in braces; a split personal name as "Family, Given". -->
  <xsl:function name="bib:names" as="xs:string?">
    <xsl:param name="names" as="array(map(*))?"/>
    <xsl:sequence select="if (empty($names)) then () else string-join(
        array:flatten($names)!(
          if (not(?corporate) and ?family)
          then bib:escape(?family) || (', ' || bib:escape(?given))[exists(?given)]
          else '{' || bib:escape(?name) || '}'), ' and ')"/>
  </xsl:function>

  <!-- LaTeX's special characters escaped; everything else stays UTF-8. -->
  <xsl:function name="bib:escape" as="xs:string?">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if (empty($s)) then ()
        else replace(replace($s, '\\', '\\textbackslash{}'), '([{}%&amp;$#_])', '\\$1')"/>
  </xsl:function>

</xsl:stylesheet>
