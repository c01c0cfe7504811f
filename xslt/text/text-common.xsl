<?xml version="1.0" encoding="UTF-8"?>
<!-- What the plain-text exports share: which elements are blocks, how note marks print, and
     how a text built with "\n\n" block breaks is tidied. Formats: reading.xsl, diplomatic.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:txt="urn:x-teikit:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Indentation between elements is not text; space inside phrases is. -->
  <xsl:strip-space elements="*"/>
  <xsl:preserve-space elements="p head item cell label title titlePart docAuthor byline
      publisher note bibl signed salute l ab seg hi q quote ref name orgName persName
      author editor date num pc biblScope pubPlace trailer docEdition docDate"/>

  <xsl:variable name="txt:blank" select="'&#10;&#10;'"/>

  <!-- A paragraph-like element: a block of its own, separated by a blank line. -->
  <xsl:function name="txt:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::head | self::p | self::ab | self::l | self::titlePart
        | self::docImprint | self::docEdition | self::docDate | self::dateline | self::signed
        | self::salute | self::trailer | self::epigraph | self::table | self::list
        | self::byline[text()[normalize-space()]]
        | self::docAuthor[parent::byline[not(text()[normalize-space()])]]
        | self::bibl[parent::listBibl]))"/>
  </xsl:function>

  <!-- The mark of a note as printed: "^①" where the source had a caret (rend="sup"), else
       @n as it is ("*"); an unanchored note has none. -->
  <xsl:function name="txt:printed-mark" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@anchored = 'false') then ''
        else (if ($note/@rend = 'sup') then '^' else '') || string($note/@n)"/>
  </xsl:function>

  <!-- Blank lines collapsed to one, no space before a line break, none after one (tabs are
       kept: they separate columns), one final line break. Line by line: a regex over the whole
       text costs Saxon seconds per megabyte. -->
  <xsl:function name="txt:finish" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*" select="tokenize($text, '&#10;')"/>
    <xsl:variable name="last" as="xs:integer" select="count($lines)"/>
    <xsl:variable name="tidy" as="xs:string*"
        select="for $i in 1 to $last return txt:tidy-line($lines[$i], $i eq 1, $i eq $last)"/>
    <!-- an empty line survives only right after a line with text -->
    <xsl:variable name="kept" as="xs:string*"
        select="for $i in 1 to $last return $tidy[$i][. ne '' or ($i gt 1 and $tidy[$i - 1] ne '')]"/>
    <xsl:sequence select="string-join(if ($kept[last()] eq '') then $kept[position() lt last()]
        else $kept, '&#10;') || '&#10;'"/>
  </xsl:function>

  <!-- Spaces and tabs before the line break go; spaces after the previous one go. -->
  <xsl:function name="txt:tidy-line" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:param name="first" as="xs:boolean"/>
    <xsl:param name="last" as="xs:boolean"/>
    <xsl:variable name="trimmed" select="if ($last) then $line else replace($line, '[ \t]+$', '')"/>
    <xsl:sequence select="if (not(contains($line, ' ') or contains($line, '&#9;'))) then $line
        else if ($first) then $trimmed else replace($trimmed, '^ +', '')"/>
  </xsl:function>

</xsl:stylesheet>
