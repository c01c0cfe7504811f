<?xml version="1.0" encoding="UTF-8"?>
<!-- What the plain-text exports share: which elements are blocks and how note marks print.
     A text is built with "\n\n" block breaks; teikit.transform.finish_text tidies it in one
     linear pass after the transform. Formats: reading.xsl, diplomatic.xsl. -->
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

</xsl:stylesheet>
