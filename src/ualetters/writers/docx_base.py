"""The lean base package every DOCX letter starts from.

python-docx's own default document carries ~880 KB of style parts (`styles.xml`,
`stylesWithEffects.xml`), a theme, a thumbnail and custom XML a letter never uses; writing them
into every letter made each file ~38 KB and slow to produce. This base holds only what a
letter needs: the same document defaults as python-docx's template (so the styled result is
unchanged), the Normal style the writer configures, the styles Word expects to exist, and the
settings that select Word's layout rules. python-docx opens it like any document.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache

_DECL = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument"
_CT_PKG = "application/vnd.openxmlformats-package"
_MSO = "http://schemas.microsoft.com/office/word"

CONTENT_TYPES = f"""{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="xml" ContentType="application/xml"/>
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Override PartName="/word/document.xml" ContentType="{_CT}.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="{_CT}.wordprocessingml.styles+xml"/>
  <Override PartName="/word/settings.xml" ContentType="{_CT}.wordprocessingml.settings+xml"/>
  <Override PartName="/word/fontTable.xml" ContentType="{_CT}.wordprocessingml.fontTable+xml"/>
  <Override PartName="/word/theme/theme1.xml" ContentType="{_CT}.theme+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="{_CT_PKG}.core-properties+xml"/>
  <Override PartName="/docProps/app.xml" ContentType="{_CT}.extended-properties+xml"/>
</Types>
"""

PACKAGE_RELS = f"""{_DECL}<Relationships xmlns="{_PKG_REL}">
  <Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>
  <Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>
  <Relationship Id="rId3" Type="{_R}/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOCUMENT_RELS = f"""{_DECL}<Relationships xmlns="{_PKG_REL}">
  <Relationship Id="rId1" Type="{_R}/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="{_R}/settings" Target="settings.xml"/>
  <Relationship Id="rId3" Type="{_R}/fontTable" Target="fontTable.xml"/>
  <Relationship Id="rId4" Type="{_R}/theme" Target="theme/theme1.xml"/>
</Relationships>
"""

DOCUMENT = f"""{_DECL}<w:document xmlns:w="{_W}" xmlns:r="{_R}">
  <w:body>
    <w:sectPr>
      <w:pgSz w:w="11906" w:h="16838"/>
      <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" \
w:footer="567" w:gutter="0"/>
      <w:cols w:space="720"/>
    </w:sectPr>
  </w:body>
</w:document>
"""

# Document defaults as in python-docx's template; Normal is configured by the writer.
STYLES = f"""{_DECL}<w:styles xmlns:w="{_W}" xmlns:r="{_R}">
  <w:docDefaults>
    <w:rPrDefault>
      <w:rPr>
        <w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/>
        <w:sz w:val="22"/>
        <w:szCs w:val="22"/>
        <w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>
      </w:rPr>
    </w:rPrDefault>
    <w:pPrDefault>
      <w:pPr>
        <w:spacing w:after="200" w:line="276" w:lineRule="auto"/>
      </w:pPr>
    </w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
    <w:name w:val="Normal"/>
    <w:qFormat/>
  </w:style>
  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
    <w:name w:val="Default Paragraph Font"/>
    <w:uiPriority w:val="1"/>
    <w:semiHidden/>
    <w:unhideWhenUsed/>
  </w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal">
    <w:name w:val="Normal Table"/>
    <w:uiPriority w:val="99"/>
    <w:semiHidden/>
    <w:unhideWhenUsed/>
    <w:tblPr>
      <w:tblInd w:w="0" w:type="dxa"/>
      <w:tblCellMar>
        <w:top w:w="0" w:type="dxa"/>
        <w:left w:w="108" w:type="dxa"/>
        <w:bottom w:w="0" w:type="dxa"/>
        <w:right w:w="108" w:type="dxa"/>
      </w:tblCellMar>
    </w:tblPr>
  </w:style>
  <w:style w:type="numbering" w:default="1" w:styleId="NoList">
    <w:name w:val="No List"/>
    <w:uiPriority w:val="99"/>
    <w:semiHidden/>
    <w:unhideWhenUsed/>
  </w:style>
  <w:style w:type="paragraph" w:styleId="Header">
    <w:name w:val="header"/>
    <w:basedOn w:val="Normal"/>
    <w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/>
    <w:pPr>
      <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
    </w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:styleId="Footer">
    <w:name w:val="footer"/>
    <w:basedOn w:val="Normal"/>
    <w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/>
    <w:pPr>
      <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
    </w:pPr>
  </w:style>
</w:styles>
"""

# Word's current layout rules: compatibilityMode 15 is what Word 2013 up to Microsoft 365 write
# (no later mode exists); 14 (Word 2010, python-docx's template) opens in "Compatibility Mode".
SETTINGS = f"""{_DECL}<w:settings xmlns:w="{_W}">
  <w:defaultTabStop w:val="720"/>
  <w:characterSpacingControl w:val="doNotCompress"/>
  <w:compat>
    <w:compatSetting w:name="compatibilityMode" w:uri="{_MSO}" \
w:val="15"/>
    <w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" \
w:uri="{_MSO}" w:val="1"/>
    <w:compatSetting w:name="enableOpenTypeFeatures" w:uri="{_MSO}" \
w:val="1"/>
    <w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="{_MSO}" \
w:val="1"/>
  </w:compat>
  <w:decimalSymbol w:val="."/>
  <w:listSeparator w:val=","/>
</w:settings>
"""

# The fonts the letter names, as Word describes them (panose, family), so Word and LibreOffice
# pick a metric-compatible substitute where Arial is missing (Liberation Sans).
FONT_TABLE = f"""{_DECL}<w:fonts xmlns:w="{_W}">
  <w:font w:name="Arial">
    <w:panose1 w:val="020B0604020202020204"/>
    <w:charset w:val="00"/>
    <w:family w:val="swiss"/>
    <w:pitch w:val="variable"/>
  </w:font>
</w:fonts>
"""

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = f'<a:ln w="9525">{_FILL}</a:ln>'

# The smallest theme the schema allows (Word requires one): Office colours, Arial for every
# script, plain fills. The letter sets its fonts and colours directly, so nothing uses it.
THEME = f"""{_DECL}<a:theme xmlns:a="{_A}" name="ualetters">
  <a:themeElements>
    <a:clrScheme name="Office">
      <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>
      <a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
      <a:dk2><a:srgbClr val="44546A"/></a:dk2>
      <a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>
      <a:accent1><a:srgbClr val="4472C4"/></a:accent1>
      <a:accent2><a:srgbClr val="ED7D31"/></a:accent2>
      <a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>
      <a:accent4><a:srgbClr val="FFC000"/></a:accent4>
      <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>
      <a:accent6><a:srgbClr val="70AD47"/></a:accent6>
      <a:hlink><a:srgbClr val="0563C1"/></a:hlink>
      <a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
    </a:clrScheme>
    <a:fontScheme name="Arial">
      <a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
      <a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
    </a:fontScheme>
    <a:fmtScheme name="Plain">
      <a:fillStyleLst>{_FILL * 3}</a:fillStyleLst>
      <a:lnStyleLst>{_LINE * 3}</a:lnStyleLst>
      <a:effectStyleLst>{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst>
      <a:bgFillStyleLst>{_FILL * 3}</a:bgFillStyleLst>
    </a:fmtScheme>
  </a:themeElements>
</a:theme>
"""

APP = f"""{_DECL}<Properties \
xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
  <Application>ualetters</Application>
</Properties>
"""

CORE = f"""{_DECL}<cp:coreProperties \
xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "word/document.xml": DOCUMENT,
    "word/_rels/document.xml.rels": DOCUMENT_RELS,
    "word/styles.xml": STYLES,
    "word/settings.xml": SETTINGS,
    "word/fontTable.xml": FONT_TABLE,
    "word/theme/theme1.xml": THEME,
    "docProps/app.xml": APP,
    "docProps/core.xml": CORE,
}


@cache
def lean_base() -> bytes:
    """Return the bytes of the lean base document (a valid, empty DOCX)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text.encode("utf-8"))
    return out.getvalue()


def lean_stream() -> io.BytesIO:
    """Return the lean base as a stream python-docx's `Document()` can open."""
    return io.BytesIO(lean_base())
