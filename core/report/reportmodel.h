// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/reportoptions.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <variant>

namespace ksd {

// The report's content as data: what is said, in which order, already translated and formatted for the report's
// language. No painting happens here; ui/report lays these blocks out on pages.

/// A numbered heading. Level 1 starts a chapter on a new page; levels 1 and 2 are listed in the contents.
struct ReportHeading
{
    int level = 1;        ///< 1 chapter, 2 section, 3 subsection
    QString number;       ///< "3", "3.2", "A"; may be empty
    QString title;
    QString kicker;       ///< level 1: the line above the title, "BAB III" / "LAMPIRAN A"
    bool inContents = true;
    bool newPage = false; ///< start on a fresh page (every chapter does; region profiles do)
    /// The title names the pages from here to the next chapter or running heading in the running header, so that a
    /// continuation page says whose it is (a region profile).
    bool running = false;
};

enum class TextStyle { Body = 0, Lead, Small, Note };

/// A paragraph of running text.
struct ReportParagraph
{
    QString text;
    TextStyle style = TextStyle::Body;
};

/// A bulleted list.
struct ReportBullets
{
    QStringList items;
};

enum class ColumnAlign { Left = 0, Right, Center };

struct ReportColumn
{
    QString title;
    double width = 1;     ///< relative width
    ColumnAlign align = ColumnAlign::Left;
};

/// How a table row is drawn.
enum class RowKind {
    Normal = 0,
    Total,    ///< bold, ruled above
    Group,    ///< a label spanning all columns (first cell), e.g. a province inside a long list
    Warning,  ///< highlighted, e.g. an agreement expiring soon
};

/// A table whose header row repeats on every page it runs over.
struct ReportTable
{
    QString caption;          ///< "Tabel 3. …" (numbered by the builder)
    QList<ReportColumn> columns;
    QList<QStringList> rows;  ///< one cell per column
    QList<RowKind> kinds;     ///< empty, or one per row
    QString emptyText;        ///< said instead of the table when it has no rows
    QString note;             ///< small text below the table (source, legend of marks)
    bool compact = false;     ///< smaller type, for wide matrices

    void addRow(const QStringList &cells, RowKind kind = RowKind::Normal)
    {
        rows.append(cells);
        kinds.append(kind);
    }
    RowKind kindOf(int row) const { return row < kinds.size() ? kinds[row] : RowKind::Normal; }
};

/// A line of a map figure: two regions and what links them.
struct ReportMapLink
{
    QString a;
    QString b;
    QString kind;   ///< a rule-set class key (WAJIB, POTENSI_WAJIB, SUKARELA, RUJUK_PROVINSI), "PROPOSAL" or "AGREEMENT"
    int count = 1;  ///< how many suggestions / agreements it stands for
};

/// One line of a figure's legend.
struct ReportLegendItem
{
    QString kind;   ///< as ReportMapLink::kind, or "SCOPE", "OTHER", "FOCUS", "CLUSTER" for areas
    QString label;  ///< translated
};

enum class FigureKind {
    NetworkMap = 0, ///< the scope on the boundary map, with the suggestion and agreement links
    Locator,        ///< a small map placing one region in its province
    /// The links among the owner and its bordering neighbours only, drawn by the report's own map painter at the
    /// scale of that neighbourhood (the network map's renderer always fits the whole scope and its partners).
    NeighbourhoodMap,
    /// Small multiples: one small network map per panel (a province of a multi-province project), in a grid, with
    /// one legend for all.
    SmallMultiples,
};

/// One small map inside a figure: the inset beside a network map (the owner's neighbourhood at a larger scale), or
/// one province of a small-multiples figure.
struct ReportMapPanel
{
    QString title;                   ///< printed above the panel
    QStringList regions;             ///< drawn as in scope
    QString focus;                   ///< the owner region, when it is among them
    QList<ReportMapLink> links;
};

/// A map figure, drawn as vector graphics by the report writer (the same renderer as the screen when available).
struct ReportFigure
{
    FigureKind kind = FigureKind::NetworkMap;
    QString caption;                 ///< "Gambar 1. …"
    QStringList regions;             ///< the regions drawn as "in scope"
    QString focus;                   ///< Locator: the region placed; NetworkMap: the owner region
    QList<ReportMapLink> links;
    QList<ReportLegendItem> legend;
    QString attribution;             ///< map data attribution printed under the figure
    double heightRatio = 0.72;       ///< height / width
    /// NetworkMap: insets drawn beside the map (a column on the right); SmallMultiples: the panels of the grid.
    QList<ReportMapPanel> panels;
    /// Take the page's whole body height (the figure stands on a landscape page of its own).
    bool fullPage = false;
};

/// Label–value lines, optionally with a small figure on the right (the head of a region profile).
struct ReportFacts
{
    QList<QPair<QString, QString>> items;
    bool hasFigure = false;
    ReportFigure figure;             ///< used when hasFigure
};

enum class PageOrientation { Portrait = 0, Landscape };

/// Starts a new page in the given orientation (wide tables sit on landscape pages).
struct ReportPageBreak
{
    PageOrientation orientation = PageOrientation::Portrait;
};

/// Where the lists go: the table of contents, then the lists of tables and figures (front matter before it, such
/// as the approval page and the foreword, stays ahead of the contents). Without a mark the contents follow the cover.
struct ReportContentsMark
{
};

/// One line to fill in by hand, or the value when known (the approval page).
struct ReportSignature
{
    QString role;        ///< "Disusun oleh"
    QString position;    ///< "Kepala Bagian Pemerintahan ..."
    QString name;        ///< empty: a line to fill in
    QString nip;         ///< empty: a line to fill in
};

/// A page of signatures (lembar pengesahan): the document, its number and date, and one block per signatory.
struct ReportApproval
{
    QString documentTitle;
    QString numberLabel;   ///< "Nomor"
    QString number;        ///< empty: a line to fill in
    QString dateLabel;     ///< "Tanggal"
    QString date;          ///< empty: a line to fill in
    QString nameLabel;     ///< "Nama"
    QString nipLabel;      ///< "NIP"
    QString signLabel;     ///< "Tanda tangan"
    QList<ReportSignature> signatures;
};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportBullets, ReportTable, ReportFigure,
                                 ReportFacts, ReportPageBreak, ReportContentsMark, ReportApproval>;

/// The cover page.
struct ReportCover
{
    QString authority;   ///< "PEMERINTAH KABUPATEN BANJAR"
    QString kicker;      ///< "LAPORAN HASIL PEMETAAN"
    QString title;       ///< "Kerja Sama Daerah"
    QString subtitle;    ///< the project title
    QString regionName;  ///< "Kabupaten Banjar"
    QString regionLine;  ///< "Provinsi Kalimantan Selatan · kode 63.03"
    QString yearText;    ///< "Tahun 2024"
    QString dateText;    ///< "13 Juni 2024": the report's date
    QString dataText;    ///< "Data per 28 Oktober 2024": the data's last change
    QString preparedByLabel; ///< "Disusun oleh"
    QString preparedBy;
    QString locatorRegion;   ///< the owner region, for the cover's locator map ("" = none)
    QString note;            ///< small print at the foot of the cover
};

/// The numbers the report states, kept as numbers so that tests and the UI can check them.
struct ReportCounts
{
    int regions = 0;            ///< regions in scope
    int entries = 0;            ///< the owner region's own entries
    int potensi = 0;            ///< of them potensi
    int kebutuhan = 0;          ///< of them kebutuhan/permasalahan
    QMap<QString, QPair<int, int>> entriesByUrusan; ///< urusan → (potensi, kebutuhan), the owner's entries
    int entriesInScope = 0;     ///< entries of every region in scope, the owner's included
    int suggestions = 0;        ///< the owner's pair suggestions (clusters not included)
    QMap<QString, int> suggestionsByClass;          ///< rule-set class key → count, the owner's pairs
    int clusters = 0;           ///< clusters the owner is a member of
    int otherSuggestions = 0;   ///< pairs between other regions in scope (annex only)
    int otherClusters = 0;      ///< clusters without the owner (annex only)
    int proposals = 0;
    int proposalsEligible = 0;
    QMap<QString, int> proposalsByCategory;         ///< category key → eligible count
    int agreements = 0;
    int recommendations = 0;    ///< lines of the recommendations chapter
    int expiringSoon = 0;
    int dataAgeDays = 0;        ///< days from the data's last change to the report's date       ///< live agreements ending within the warning window (or past their end, active)
};

/// Everything the report says, in order.
struct ReportModel
{
    QString language = QStringLiteral("id"); ///< "id" or "en"
    QString title;             ///< document title (PDF metadata)
    QString author;            ///< prepared by (PDF metadata)
    QString subject;
    QString keywords;
    QString creator;           ///< "PetaKSD 0.1.0"
    QString headerLeft;        ///< running header, left
    QString headerRight;       ///< running header, right
    QString pagePattern;       ///< "Halaman %1 dari %2"
    QString contentsTitle;     ///< "Daftar Isi"
    QString tablesTitle;       ///< "Daftar Tabel" (after the contents; empty: no list)
    QString figuresTitle;      ///< "Daftar Gambar" (after the list of tables; empty: no list)
    bool hasCover = true;
    bool hasContents = true;
    ReportCover cover;
    QList<ReportBlock> blocks;
    ReportCounts counts;
    ReportOptions options;     ///< what it was built with

    /// The text of the footer for page @p page of @p pages.
    QString pageLabel(int page, int pages) const { return pagePattern.arg(page).arg(pages); }
};

} // namespace ksd
