// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportlayout.h"
#include "reportstyle.h"

#include "report/reportmodel.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ksd {

/// The editable copy of the report: the same ReportModel as the PDF, written as an OpenDocument text (ODF 1.2) that
/// LibreOffice and Word open, so that the Bagian can adjust the wording before it is signed. Chapters and sections
/// are real headings (Heading 1–3, in the navigator and the index), the contents are an index the word processor
/// can update with page numbers, tables are tables with a repeated header row and the PDF's column proportions,
/// figures are pictures drawn by the same painters as the PDF, the map chapter stands on landscape pages, and the
/// footer counts the pages. Written directly (QXmlStreamWriter, a stored ZIP): Qt's own ODF writer loses headings,
/// page breaks and page orientation.
class ReportOdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ReportOdtWriter)

public:
    explicit ReportOdtWriter(const ReportModel &model, const ReportStyle &style = ReportStyle::standard());

    /// Draws the figures @p painter accepts (the network map through the network view's renderer); the others are
    /// drawn by MapFigurePainter, as in the PDF.
    void setFigurePainter(FigurePainter painter) { mFigures = std::move(painter); }

    /// The document's bytes (an .odt package).
    QByteArray odt() const;
    /// Writes the ODT to @p path atomically: a failed run leaves any earlier file untouched.
    Status writeOdt(const QString &path) const;

private:
    const ReportModel &mModel;
    ReportStyle mStyle;
    FigurePainter mFigures;
};

} // namespace ksd
