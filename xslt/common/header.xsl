<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI header module: the facts about the book and the edition that formats show. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The printed book's description: sourceDesc's monogr, else the digital edition's titleStmt. -->
  <xsl:function name="tk:monogr" as="element()">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="header" select="root($node)/TEI/teiHeader"/>
    <xsl:sequence select="($header/fileDesc/sourceDesc/biblStruct/monogr,
                           $header/fileDesc/titleStmt)[1]"/>
  </xsl:function>

  <!-- The book's title proper. -->
  <xsl:function name="tk:main-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="titles" select="tk:monogr($node)/title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles)[1])"/>
  </xsl:function>

  <!-- The title of the part (volume) this book is, if it is one. -->
  <xsl:function name="tk:part-title" as="element(title)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="tk:monogr($node)/title[@type = 'part'][1]"/>
  </xsl:function>

  <!-- The subtitle, if any. -->
  <xsl:function name="tk:sub-title" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="tk:monogr($node)/title[@type = 'sub'][1]!normalize-space()"/>
  </xsl:function>

  <!-- Title for a window or tab: the part title first, as readers name the volume. -->
  <xsl:function name="tk:display-title" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="part" select="tk:part-title($node)"/>
    <xsl:sequence select="if ($part) then normalize-space($part) || ' · ' || tk:main-title($node)
                            || ($part/@n!('（' || . || '）'))
                          else string-join((tk:main-title($node), tk:sub-title($node)), '：')"/>
  </xsl:function>

  <!-- Classification codes with the name of their scheme (the taxonomy's title). -->
  <xsl:function name="tk:class-codes" as="element(classCode)*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/textClass/classCode"/>
  </xsl:function>

  <xsl:function name="tk:scheme-name" as="xs:string?">
    <xsl:param name="code" as="element(classCode)"/>
    <xsl:variable name="taxonomy" select="tk:targets($code/@scheme)[1]"/>
    <xsl:variable name="titles" select="$taxonomy/(bibl/title | desc | gloss)"/>
    <xsl:sequence select="($titles[tk:lang(.) = tk:lang($code)], $titles)[1]!normalize-space()"/>
  </xsl:function>

  <!-- Subject headings (keywords/term), with their subdivisions as printed. -->
  <xsl:function name="tk:subjects" as="xs:string*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/TEI/teiHeader/profileDesc/textClass/keywords/term!normalize-space()"/>
  </xsl:function>

  <!-- Text written without Han characters is taken as English (the header's prose). -->
  <xsl:function name="tk:prose-lang" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if (matches(string($node), '[㐀-鿿豈-﫿]')) then ()
                          else if (matches(string($node), '[A-Za-z]')) then 'en' else ()"/>
  </xsl:function>

</xsl:stylesheet>
