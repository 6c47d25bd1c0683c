// SPDX-License-Identifier: Apache-2.0
#include "reportwriter.h"

#include "pdfmetadata.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace ksd {

namespace {

QPageLayout a4Layout(PageOrientation o)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       o == PageOrientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

QString bcp47(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("id-ID");
}

constexpr int PdfResolution = 600;

} // namespace

ReportWriter::ReportWriter(const ReportModel &model, const ReportStyle &style) : mModel(model), mStyle(style) {}

Status ReportWriter::paint(QPagedPaintDevice *device, QPainter &painter, const ReportLayout &layout,
                           bool turnLandscape, const Progress &progress)
{
    const QList<LaidOutPage> &pages = layout.pages();
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        const LaidOutPage &page = pages[i];
        if (i > 0) {
            if (!turnLandscape)
                device->setPageLayout(a4Layout(page.orientation));
            if (!device->newPage())
                return Error{tr("Halaman %1 tidak dapat dibuat.").arg(i + 1), {}, 1};
        }
        const PaintContext ctx{i + 1, total, &layout.headingPages(), &mFigures, &layout.captionPages()};
        painter.save();
        if (turnLandscape && page.orientation == PageOrientation::Landscape) {
            // Turned a quarter anticlockwise: the top of the landscape page lies along the sheet's left edge.
            const QRectF portrait = layout.pageRect(PageOrientation::Portrait);
            painter.translate(0, portrait.height());
            painter.rotate(-90);
        }
        for (const PaintOp &op : page.ops)
            op(painter, ctx);
        layout.paintFurniture(painter, page, ctx);
        painter.restore();
        if (progress && !progress(i + 1, total))
            return Error{tr("Pembuatan laporan dibatalkan."), {}, Cancelled};
    }
    return Status::success();
}

Result<QByteArray> ReportWriter::renderPdf(const Progress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        if (mPdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(mModel.title);
        writer.setCreator(mModel.creator);
        PdfMetadata meta;
        meta.title = mModel.title;
        meta.author = mModel.author;
        meta.subject = mModel.subject;
        meta.keywords = mModel.keywords;
        meta.creator = mModel.creator;
        meta.producer = QStringLiteral("%1 (Qt %2)").arg(mModel.creator, QLatin1String(qVersion()));
        meta.language = bcp47(mModel.language);
        meta.created = QDateTime::currentDateTimeUtc();
        meta.pdfa = mPdfA;
        writer.setDocumentXmpMetadata(xmpMetadata(meta));

        const ReportLayout layout(mModel, mStyle, &writer);
        mPageCount = int(layout.pages().size());
        if (progress && !progress(0, mPageCount))
            return Error{tr("Pembuatan laporan dibatalkan."), {}, Cancelled};

        writer.setPageLayout(a4Layout(layout.pages().first().orientation));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Berkas PDF tidak dapat dimulai."), {}, 1};
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        const Status s = paint(&writer, painter, layout, false, progress);
        painter.end();
        if (!s)
            return s.error();

        const double unit = layout.unit();
        for (const ReportLayout::HeadingMark &m : layout.headingMarks()) {
            const QRectF page = layout.pageRect(layout.pages()[m.page - 1].orientation);
            meta.bookmarks.append({m.title, m.level, m.page, m.y / unit, page.height() / unit});
        }
        buffer.close();
        return withPdfMetadata(buffer.data(), meta);
    }
}

Status ReportWriter::writePdf(const QString &path, const Progress &progress)
{
    Result<QByteArray> pdf = renderPdf(progress);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Berkas tidak dapat ditulis: %1").arg(file.errorString()), path, 2};
    if (file.write(*pdf) != pdf->size() || !file.commit())
        return Error{tr("Berkas tidak dapat ditulis: %1").arg(file.errorString()), path, 2};
    return Status::success();
}

Status ReportWriter::print(QPrinter *printer, const Progress &progress)
{
    printer->setFullPage(true);
    printer->setPageLayout(a4Layout(PageOrientation::Portrait));
    printer->setDocName(mModel.title);
    printer->setCreator(mModel.creator);
    const ReportLayout layout(mModel, mStyle, printer);
    mPageCount = int(layout.pages().size());
    if (progress && !progress(0, mPageCount))
        return Error{tr("Pembuatan laporan dibatalkan."), {}, Cancelled};
    QPainter painter;
    if (!painter.begin(printer))
        return Error{tr("Pencetak tidak dapat dimulai."), {}, 1};
    painter.setRenderHint(QPainter::Antialiasing, true);
    const Status s = paint(printer, painter, layout, true, progress);
    painter.end();
    return s;
}

} // namespace ksd
