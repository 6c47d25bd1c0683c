// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ksd {

/// One entry of the PDF's outline (bookmarks panel).
struct PdfBookmark
{
    QString title;
    int level = 1;      ///< 1 or 2
    int page = 1;       ///< 1-based
    double top = 0;     ///< points from the top of the page
    double pageHeight = 841.89; ///< points
};

/// Document information QPdfWriter 6.4 cannot set itself.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QString producer;
    QString language;   ///< BCP 47, e.g. "id-ID" or "en-GB"
    QDateTime created;
    QList<PdfBookmark> bookmarks;
    /// PDF/A-1b: the XMP packet declares the conformance (pdfaid:part 1, conformance B) and the information
    /// dictionary repeats exactly what the XMP says, as ISO 19005-1 §6.7.3 requires.
    bool pdfa = false;
};

/// XMP packet with the Dublin Core title, creator, description and language (for QPdfWriter::setDocumentXmpMetadata).
QByteArray xmpMetadata(const PdfMetadata &meta);

/// Appends an incremental update to a PDF written by QPdfWriter: a new document information dictionary (title,
/// author, subject, keywords, creator, producer, creation date), the catalog's /Lang and an outline of the
/// bookmarks. The original bytes are kept as they are (PDF 1.4 §3.4.5). Returns @p pdf unchanged when its trailer
/// cannot be read.
QByteArray withPdfMetadata(const QByteArray &pdf, const PdfMetadata &meta);

} // namespace ksd
