<?xml version="1.0" encoding="UTF-8"?>
<!-- The words the HTML edition adds around the book's own text (in the book's language). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:x-teikit:xslt"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:labels" as="map(xs:string, xs:string)" select="map {
    'skip': '跳到正文',
    'site-nav': '页内导航',
    'contents': '目录',
    'about': '关于本版',
    'cite-book': '引用本书',
    'cite-chapter': '引用本章',
    'cite-download': '下载引用数据：',
    'notes': '注释',
    'note': '注',
    'back-to-text': '返回正文',
    'note-on-division': '题注',
    'abstract': '摘要',
    'page': '第{}页',
    'pages': '印本第{}页',
    'page-unnumbered': '印本换页（无页码）',
    'absent': '本版未收',
    'cited-in': '引用于：',
    'bibliography': '引用文献',
    'popover': '注释',
    'popover-goto': '在注释列表中查看',
    'popover-close': '关闭',
    'title-page-cover': '封面',
    'title-page-main': '扉页',
    'cip': '图书在版编目数据',
    'colophon': '版权页',
    'gap-sampling': '〔节选至此〕',
    'gap': '〔原文缺〕',
    'title': '题名',
    'series': '丛书',
    'responsibility': '责任者',
    'imprint': '出版',
    'edition': '版次',
    'isbn': 'ISBN',
    'cip-number': 'CIP核字号',
    'class-code': '分类号',
    'subjects': '主题词',
    'extent': '载体形态',
    'source': '来源',
    'encoding': '编码说明',
    'digital-edition': '数字版',
    'licence': '许可协议',
    'as-printed': '印本作：{}',
    'show-printed': '显示印本原文',
    'edit-add': '整理者增补',
    'edit-del': '整理者删除',
    'edit-supplied': '整理者补',
    'edit-unclear': '字迹不清',
    'edit-damage': '原书残损',
    'edit-subst': '整理者改',
    'edit-sic': '原文如此',
    'reason': '原因：{}',
    'cert': '把握：{}',
    'resp': '整理者：{}',
    'editorial-notes': '整理者注'}"/>

  <!-- A label, with {} replaced by a value where the label has a slot. -->
  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($tk:labels($key), $key)[1]"/>
  </xsl:function>

  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="replace(tk:label($key), '\{\}', replace($value, '\$', '\\\$'))"/>
  </xsl:function>

</xsl:stylesheet>
