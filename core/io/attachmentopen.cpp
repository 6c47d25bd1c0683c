// SPDX-License-Identifier: Apache-2.0
#include "attachmentopen.h"

#include "util/usertext.h"

namespace ksd {

namespace {

struct KnownType
{
    const char *mime;
    const char *extension;
    const char *label;
};

// The types an attachment may be opened as: documents and images the register keeps (DESIGN.md §5).
const KnownType openable[] = {
    {"application/pdf", "pdf", "PDF"},
    {"application/msword", "doc", "Word"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word"},
    {"application/vnd.oasis.opendocument.text", "odt", "OpenDocument Text"},
    {"application/rtf", "rtf", "RTF"},
    {"application/vnd.ms-excel", "xls", "Excel"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel"},
    {"application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument Spreadsheet"},
    {"application/vnd.ms-powerpoint", "ppt", "PowerPoint"},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PowerPoint"},
    {"application/vnd.oasis.opendocument.presentation", "odp", "OpenDocument Presentation"},
    {"image/jpeg", "jpg", "JPEG"},
    {"image/png", "png", "PNG"},
    {"image/gif", "gif", "GIF"},
    {"image/tiff", "tif", "TIFF"},
    {"image/webp", "webp", "WebP"},
    {"text/plain", "txt", "Teks"},
    {"text/csv", "csv", "CSV"},
};

// Extensions that run something when opened on some platform. Checked on every platform: a file opened here
// may be shared on.
const char *const executableExtensions[] = {
    "exe", "bat", "cmd", "com", "scr", "pif", "cpl", "hta", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ws", "ps1",
    "psm1", "msi", "msp", "mst", "lnk", "url", "reg", "inf", "dll", "sys", "gadget", "application", "appref-ms",
    "chm", "jar", "jnlp", "sh", "bash", "zsh", "csh", "ksh", "command", "tool", "desktop", "appimage", "run", "bin",
    "elf", "so", "deb", "rpm", "pkg", "dmg", "app", "py", "pyw", "pl", "rb", "php", "scpt", "applescript",
    "workflow", "svg", "html", "htm", "xhtml", "mht", "mhtml", "xml", "xsl", "iso", "img", "vhd", "vhdx",
    "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm",
};

// MIME type words that mark a program or script whatever the name says.
const char *const executableMimeWords[] = {
    "executable", "x-msdownload", "x-msdos", "x-ms-installer", "x-msi", "x-sh", "shellscript", "javascript",
    "ecmascript", "x-bat", "x-ms-shortcut", "hta", "vbscript", "x-python", "x-perl", "x-ruby", "x-php",
    "java-archive", "x-desktop", "appimage", "x-elf", "x-sharedlib", "powershell", "macroenabled", "html", "svg",
    "xml",
};

bool isBidiOrControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || c == 0x2028
           || c == 0x2029 || c == 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
           || (c >= 0x200b && c <= 0x200d);
}

/// @p name with controls and bidi marks removed and path separators replaced: what a person would read.
QString plainName(const QString &name)
{
    QString out;
    for (char32_t c : name.toUcs4()) {
        if (isBidiOrControl(c))
            continue;
        if (c == U'/' || c == U'\\' || c == U':')
            out += QLatin1Char('_');
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out.trimmed();
}

bool executableExtension(const QString &name)
{
    // Every dotted part counts, and trailing dots and spaces (which Windows drops) do not hide one.
    QString n = name.toLower();
    while (n.endsWith(QLatin1Char('.')) || n.endsWith(QLatin1Char(' ')))
        n.chop(1);
    const QString ext = n.section(QLatin1Char('.'), -1);
    if (!n.contains(QLatin1Char('.')))
        return false;
    for (const char *e : executableExtensions) {
        if (ext == QLatin1String(e))
            return true;
    }
    return false;
}

} // namespace

AttachmentOpening attachmentOpening(const QString &fileName, const QString &mimeType)
{
    AttachmentOpening o;
    const QString plain = plainName(fileName);
    o.shownName = shownValue(fileName);
    const QString mime = mimeType.trimmed().toLower();
    o.typeName = AttachmentText::tr("jenis tidak dikenal (%1)").arg(shownValue(mimeType));

    const KnownType *known = nullptr;
    for (const KnownType &t : openable) {
        if (mime == QLatin1String(t.mime))
            known = &t;
    }
    if (known)
        o.typeName = QStringLiteral("%1 (%2)").arg(QLatin1String(known->label), QLatin1String(known->mime));

    bool executableMime = false;
    for (const char *w : executableMimeWords)
        executableMime = executableMime || (!known && mime.contains(QLatin1String(w)));
    if (executableMime || executableExtension(plain) || executableExtension(fileName)) {
        o.reason = AttachmentText::tr("Lampiran \"%1\" (%2) adalah program atau skrip yang dapat berjalan bila dibuka; "
                                      "lampiran ini tidak dibuka. Simpan ke berkas bila perlu memeriksanya.")
                       .arg(o.shownName, shownValue(mimeType));
        return o;
    }
    if (!known) {
        o.reason = AttachmentText::tr("Jenis lampiran \"%1\" (%2) tidak dikenal sebagai dokumen atau gambar; lampiran "
                                      "ini tidak dibuka. Simpan ke berkas bila perlu membukanya.")
                       .arg(o.shownName, shownValue(mimeType));
        return o;
    }
    // The base name as a person reads it, without any extension of its own; the extension from the type.
    QString base = plain;
    const int dot = int(base.lastIndexOf(QLatin1Char('.')));
    if (dot > 0)
        base.truncate(dot);
    base = base.left(100);
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("lampiran");
    o.fileName = base + QLatin1Char('.') + QLatin1String(known->extension);
    o.allowed = true;
    return o;
}

} // namespace ksd
