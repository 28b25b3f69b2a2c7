# Makes openpyxl-readable copies of the four corpus files openpyxl cannot read, changing only
# what openpyxl trips on: Strict namespaces -> transitional, backslash names -> '/',
# xl/SharedStrings.xml -> xl/sharedStrings.xml.
import zipfile, sys, os
src = sys.argv[1]; dst = sys.argv[2]
NS = [("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
      ("http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
      ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
      ("http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
      ("http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info)
        name = info.filename.replace("\\", "/")
        if name == "xl/SharedStrings.xml":
            name = "xl/sharedStrings.xml"
        if name.endswith((".xml", ".rels")):
            for a, b in NS:
                data = data.replace(a.encode(), b.encode())
        zout.writestr(name, data)
