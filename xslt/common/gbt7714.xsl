<?xml version="1.0" encoding="UTF-8"?>
<!-- Citation items (the maps of common/citations.xsl) written as GB/T 7714-2015 strings.
     What an item is, is decided there; this file only says how the standard writes it:
       monograph   Authors. Title: Subtitle[M]. Place: Publisher, Year: Pages.
       contribution  Authors. Title[M]//Host authors. Host title. Place: Publisher, Year: Pages.
       serial      Authors. Title[J]. Journal, Year, Volume(Issue): Pages.
                   Authors. Title[N]. Newspaper, YYYY-MM-DD(Page).
     A multi-part book's title is written as its CIP data gives it: "Series. Volume, Part title". -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xmlns:cite="urn:x-teikit:cite"
    exclude-result-prefixes="#all">

  <!-- Document type codes (Appendix B) by CSL item type; Z for any other type. -->
  <xsl:variable name="tk:gbt-type-codes" as="map(xs:string, xs:string)" select="map {
    'book': 'M', 'chapter': 'M', 'article-newspaper': 'N', 'article-journal': 'J',
    'article-magazine': 'J', 'thesis': 'D', 'report': 'R', 'paper-conference': 'C',
    'standard': 'S', 'patent': 'P', 'webpage': 'EB/OL'}"/>

  <!-- Types cited as a part of a host volume (析出文献, §8.8.2) and as an article of a serial (§8.8.3). -->
  <xsl:variable name="tk:gbt-contributions" as="xs:string+" select="'chapter', 'paper-conference'"/>
  <xsl:variable name="tk:gbt-serials" as="xs:string+"
                select="'article-newspaper', 'article-journal', 'article-magazine'"/>

  <xsl:function name="tk:gbt" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:sequence select="tk:gbt($item, ())"/>
  </xsl:function>

  <!-- $hosts: items that may be the item's container ('container-key'). A chapter whose book is
       among them names the book's own authors and full title; otherwise the chapter's editors
       and container title. -->
  <xsl:function name="tk:gbt" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:param name="hosts" as="map(*)*"/>
    <xsl:variable name="contribution" select="$item?type = $tk:gbt-contributions"/>
    <xsl:variable name="host" select="($hosts[?key = $item?container-key],
        map { 'editors': $item?editors, 'title': $item?container-title,
              'series': $item?series, 'volume': $item?volume })[1]"/>
    <xsl:variable name="typed" select="tk:gbt-title($item) || '[' || tk:gbt-type-code($item) || ']'
        || (if ($contribution) then '//' || string-join((tk:gbt-names(tk:gbt-responsible($host)),
                                                         tk:gbt-title($host)), '. ')
            else '')"/>
    <xsl:sequence select="string-join((tk:gbt-names(tk:gbt-responsible($item)), $typed,
        tk:gbt-names(cite:name-strings($item, 'translators'))!(. || ', 译'),
        if ($item?type = $tk:gbt-serials) then tk:gbt-serial($item)
        else tk:gbt-imprint($item) || cite:page-range($item, '-')!(': ' || .)), '. ') || '.'"/>
  </xsl:function>

  <xsl:function name="tk:gbt-type-code" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:sequence select="($tk:gbt-type-codes($item?type), 'Z')[1]"/>
  </xsl:function>

  <!-- Names joined with ", "; more than three are cut to three and "等" (§8.1.2). -->
  <xsl:function name="tk:gbt-names" as="xs:string?">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="if (empty($names)) then ()
      else string-join(subsequence($names, 1, 3), ', ') || (if (count($names) gt 3) then ', 等' else '')"/>
  </xsl:function>

  <!-- The main responsibility: the authors; for a whole work without authors, its editors. -->
  <xsl:function name="tk:gbt-responsible" as="xs:string*">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="authors" select="cite:name-strings($item, 'authors')"/>
    <xsl:sequence select="if (exists($authors) or $item?type = $tk:gbt-contributions) then $authors
                          else cite:name-strings($item, 'editors')"/>
  </xsl:function>

  <!-- "Title: Subtitle"; a numbered volume of a series "Series. n, Title" (not an article or a
       chapter: their series and volume are their host's). -->
  <xsl:function name="tk:gbt-title" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="part" select="exists($item?series) and exists($item?volume)
        and not($item?type = ($tk:gbt-serials, $tk:gbt-contributions))"/>
    <xsl:sequence select="(if ($part) then $item?series || '. ' || $item?volume || ', ' else '')
                          || $item?title || $item?subtitle!(': ' || .)"/>
  </xsl:function>

  <!-- "Place: Publisher, Year" (§8.4), any of them may be missing. -->
  <xsl:function name="tk:gbt-imprint" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:sequence select="string-join(($item?place, string-join(($item?publisher,
                          tk:gbt-year($item)), ', ')[.]), ': ')"/>
  </xsl:function>

  <!-- "Journal, Year, Volume(Issue): Pages"; a newspaper has its full date and its page in
       brackets (§8.8.3). -->
  <xsl:function name="tk:gbt-serial" as="xs:string">
    <xsl:param name="item" as="map(*)"/>
    <xsl:variable name="pages" select="cite:page-range($item, '-')"/>
    <xsl:sequence select="if ($item?type = 'article-newspaper')
        then string-join(($item?container-title, ($item?date || $pages!('(' || . || ')'))[.]), ', ')
        else string-join(($item?container-title, (string-join((tk:gbt-year($item), $item?volume), ', ')
             || $item?issue!('(' || . || ')'))[.]), ', ') || $pages!(': ' || .)"/>
  </xsl:function>

  <xsl:function name="tk:gbt-year" as="xs:string?">
    <xsl:param name="item" as="map(*)"/>
    <xsl:sequence select="substring($item?date, 1, 4)[.]"/>
  </xsl:function>

</xsl:stylesheet>
