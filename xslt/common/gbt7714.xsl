<?xml version="1.0" encoding="UTF-8"?>
<!-- Citation strings in GB/T 7714-2015 for the book, its chapters and the works it cites.
     A plain rendering for "cite this"; the full exports live in xslt/citations/. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Document type codes of GB/T 7714-2015 §4.3 by bibl/@type. -->
  <xsl:variable name="tk:gbt-type-codes" as="map(xs:string, xs:string)" select="map {
    'book': 'M', 'chapter': 'M', 'article-newspaper': 'N', 'article-journal': 'J',
    'article-magazine': 'J', 'thesis': 'D', 'report': 'R', 'paper-conference': 'C',
    'standard': 'S', 'patent': 'P', 'webpage': 'EB/OL'}"/>

  <!-- Names joined with ", "; more than three are cut to three and "等" (§8.1.2). -->
  <xsl:function name="tk:gbt-names" as="xs:string?">
    <xsl:param name="names" as="element()*"/>
    <xsl:variable name="all" select="$names!normalize-space()[.]"/>
    <xsl:sequence select="if (empty($all)) then ()
      else string-join(subsequence($all, 1, 3), ', ') || (if (count($all) gt 3) then ', 等' else '')"/>
  </xsl:function>

  <!-- The printed text of an element without its notes. -->
  <xsl:function name="tk:text-without-notes" as="xs:string">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($element//text()[not(ancestor::note)]))"/>
  </xsl:function>

  <!-- The book's title as GB/T 7714 gives a part: "Title. n, Part title". -->
  <xsl:function name="tk:gbt-book-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="part" select="tk:part-title($node)"/>
    <xsl:sequence select="string-join((tk:main-title($node),
        $part!string-join((@n!string(), normalize-space(.)), ', ')), '. ')
        || tk:sub-title($node)!(': ' || .)"/>
  </xsl:function>

  <!-- "Place: Publisher, Year" of the printed book. -->
  <xsl:function name="tk:gbt-book-imprint" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string-join((tk:pub-place($node), string-join((tk:publisher($node),
                          tk:pub-year($node)), ', ')), ': ')"/>
  </xsl:function>

  <xsl:function name="tk:gbt-book" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string-join((tk:gbt-names(tk:book-responsibility($node)),
        tk:gbt-book-title($node) || '[M]', tk:gbt-book-imprint($node)), '. ') || '.'"/>
  </xsl:function>

  <!-- The authors of a chapter: its byline, else its contents entry's names. -->
  <xsl:function name="tk:chapter-authors" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="($div/byline//docAuthor,
        tk:contents-entry($div)!(.//persName | .//orgName | .//name)[not($div/byline//docAuthor)])"/>
  </xsl:function>

  <!-- A chapter as a contribution to the book (析出文献, §8.1.1 and 8.8.2). -->
  <xsl:function name="tk:gbt-chapter" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="entry" select="tk:contents-entry($div)"/>
    <xsl:variable name="pages" select="string-join(($entry!tk:entry-first-page(.),
                                        $entry!tk:entry-last-page(.)), '-')"/>
    <xsl:sequence select="string-join((tk:gbt-names(tk:chapter-authors($div)),
        tk:text-without-notes($div/head[1]) || '[M]//'
          || string-join((tk:gbt-names(tk:book-responsibility($div)), tk:gbt-book-title($div)), '. '),
        tk:gbt-book-imprint($div) || $pages[.]!(': ' || .)), '. ') || '.'"/>
  </xsl:function>

  <!-- A work in the bibliography, from its tagged fields. -->
  <xsl:function name="tk:gbt-work" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="code" select="$tk:gbt-type-codes(string($bibl/@type))"/>
    <xsl:variable name="title" select="($bibl/title[@level = ('a', 'm')], $bibl/title)[1]"/>
    <xsl:variable name="host" select="$bibl/title[@level = ('j', 's')][1]"/>
    <xsl:variable name="date" select="($bibl/date/@when, $bibl/date)[1]!string()"/>
    <xsl:variable name="pages" select="$bibl/biblScope[@unit = 'page'][1]
        !string-join((@from, @to)[.], '-')"/>
    <xsl:choose>
      <xsl:when test="empty($code) or empty($title)">
        <xsl:sequence select="tk:text-without-notes($bibl)"/>
      </xsl:when>
      <xsl:when test="$host">
        <xsl:sequence select="string-join((tk:gbt-names($bibl/author),
          normalize-space($title) || '[' || $code || ']',
          string-join((normalize-space($host), if ($code = 'N') then $date else substring($date, 1, 4)), ', ')
            || $pages[.]!(': ' || .)), '. ') || '.'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="string-join((tk:gbt-names(($bibl/author, $bibl/editor[not($bibl/author)])),
          normalize-space($title) || '[' || $code || ']',
          string-join(($bibl/pubPlace[1]!normalize-space(),
            string-join(($bibl/publisher[1]!normalize-space(), substring($date, 1, 4)), ', ')), ': ')
            || $pages[.]!(': ' || .)), '. ') || '.'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
