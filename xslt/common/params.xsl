<?xml version="1.0" encoding="UTF-8"?>
<!-- Every stylesheet parameter, declared once, typed, with a one-line description. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">

  <!-- Stop with an error at a TEI element that no template renders (tests set it). -->
  <xsl:param name="fail-on-unknown" as="xs:boolean" select="false()"/>

  <!-- Show the printed page numbers (pb/@n) in the margin. -->
  <xsl:param name="page-numbers" as="xs:boolean" select="true()"/>

  <!-- Link the "cite this" boxes to the citation exports written beside the HTML folder. -->
  <xsl:param name="export-links" as="xs:boolean" select="true()"/>

  <!-- File name stem of those exports; empty: the stem of the edition's file name. -->
  <xsl:param name="export-stem" as="xs:string" select="''"/>

  <!-- Folder of the stylesheet and script, relative to index.html. -->
  <xsl:param name="assets-path" as="xs:string" select="'assets/'"/>

</xsl:stylesheet>
