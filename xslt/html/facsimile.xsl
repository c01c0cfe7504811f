<?xml version="1.0" encoding="UTF-8"?>
<!-- Page images beside the text (teikit convert BOOK.pdf with facsimile images), and the printed
     page's furniture kept out of the running text. At every pb with
     @facs, after the page number, a disclosure (details/summary: a native toggle, reachable and
     opened with the keyboard) holding the page's image, loaded lazily when it is opened.
     The image URL is the graphic's, resolved against the edition (works from file://), or
     $facsimile-base followed by the edition's relative URL when the HTML is served elsewhere. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Prefix for the graphic URLs (relative to the edition); empty: resolve them against the
       edition's own location. -->
  <xsl:param name="facsimile-base" as="xs:string" select="''"/>

  <xsl:key name="tk:surface" match="facsimile/surface" use="'#' || @xml:id"/>

  <xsl:function name="tk:facsimile-url" as="xs:string?">
    <xsl:param name="graphic" as="element(graphic)?"/>
    <xsl:sequence select="if (empty($graphic)) then ()
                          else if ($facsimile-base) then $facsimile-base || $graphic/@url
                          else string(resolve-uri($graphic/@url, base-uri($graphic)))"/>
  </xsl:function>

  <xsl:function name="tk:page-image-label" as="xs:string">
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="if ($page) then '第' || $page || '页图像' else '页面图像'"/>
  </xsl:function>

  <xsl:template match="pb[@facs]">
    <xsl:next-match/>
    <xsl:variable name="graphic" select="key('tk:surface', string(@facs))[1]/graphic[1]"/>
    <xsl:if test="$graphic">
      <xsl:variable name="page" select="(@n!normalize-space(), '')[1]"/>
      <details class="facsimile">
        <summary><xsl:value-of select="tk:page-image-label($page)"/></summary>
        <img loading="lazy" src="{tk:facsimile-url($graphic)}"
             alt="{tk:page-image-label($page)}"
             width="{replace($graphic/@width, 'px$', '')}"
             height="{replace($graphic/@height, 'px$', '')}"/>
      </details>
    </xsl:if>
  </xsl:template>

  <!-- Page furniture (fw: running heads, folios, signatures) is the printed page's, not the
       text's: kept at its page break as a hidden span (never shown or read inside the running
       text; the page's number is the pb marker's, its image the facsimile's), with its type and
       place for a script or a print stylesheet that wants it. -->
  <xsl:template match="fw">
    <span class="fw" hidden="" data-type="{@type}" data-place="{@place}">
      <xsl:value-of select="normalize-space(.)"/>
    </span>
  </xsl:template>

  <!-- The facsimile itself is not text: it is read through the page breaks. -->
  <xsl:template match="facsimile"/>

</xsl:stylesheet>
