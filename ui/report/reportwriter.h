// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportlayout.h"
#include "reportstyle.h"

#include "report/reportmodel.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace ksd {

/// Paints a ReportModel: as a PDF file (QPdfWriter: A4, DejaVu Sans embedded, title, author, creator, language and
/// bookmarks in the metadata) or on a printer (QPrinter, also the print preview's). Thread-safe to use from a
/// worker thread for PDF output; each writer is used by one thread at a time.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ReportWriter)

public:
    /// Called after the layout (done = 0) and after each page; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    /// Error::code of a cancelled run.
    static constexpr int Cancelled = 99;

    explicit ReportWriter(const ReportModel &model, const ReportStyle &style = ReportStyle::standard());

    /// The whole PDF in memory.
    Result<QByteArray> renderPdf(const Progress &progress = {});
    /// Writes the PDF to @p path atomically: a cancelled or failed run leaves any earlier file untouched.
    Status writePdf(const QString &path, const Progress &progress = {});
    /// Prints on @p printer (A4, full page). Landscape pages are printed turned on portrait paper, as printed
    /// reports do with wide tables, because a printer cannot always change orientation in the middle of a job.
    Status print(QPrinter *printer, const Progress &progress = {});

    /// Draws the figures @p painter accepts (the network map through the network view's renderer, see
    /// reportfigures.h); the others are drawn by MapFigurePainter.
    void setFigurePainter(FigurePainter painter) { mFigures = std::move(painter); }

    /// Writes PDF/A-1b (ISO 19005-1, for archiving): Qt's PDF/A mode (sRGB output intent, no transparency) and
    /// the conformance declared in the XMP metadata.
    void setPdfA(bool on) { mPdfA = on; }

    /// Pages of the last run.
    int pageCount() const { return mPageCount; }

private:
    Status paint(QPagedPaintDevice *device, QPainter &painter, const ReportLayout &layout, bool turnLandscape,
                 const Progress &progress);

    const ReportModel &mModel;
    ReportStyle mStyle;
    FigurePainter mFigures;
    int mPageCount = 0;
    bool mPdfA = false;
};

} // namespace ksd
