// SPDX-License-Identifier: Apache-2.0
// A live switch to English, read as an English-speaking user would read the screen: after the switch no page of
// the window and no dialog shows an Indonesian interface text (a text the English catalogue translates), apart
// from names and data.
#include "helpers.h"
#include "aboutdialog.h"
#include "demo/demoproject.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/projectinfodialog.h"
#include "dialogs/regionpickerdialog.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "register/agreementeditor.h"
#include "register/csvimportdialog.h"
#include "register/monevrecordeditor.h"
#include "register/proposaleditor.h"
#include "report/reportexportdialog.h"
#include "share/mergelogdialog.h"
#include "share/sendcopydialog.h"
#include "workbench/autosave.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <memory>

using namespace ksd;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString clean(QString s)
{
    s.remove(QLatin1Char('&'));
    return s.trimmed();
}

/// The Indonesian sources that the English catalogue translates to something else: seeing one of them in English
/// mode means a text was not translated. Sources with %1-style arguments become patterns.
struct Catalogue
{
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    Catalogue()
    {
        QFile file(QStringLiteral(KSD_TEST_DATA "/../../resources/translations/petaksd_en.ts"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString s = clean(source);
                if (translation.isEmpty() || clean(translation) == s || s.size() < 3)
                    continue;
                if (!s.contains(QRegularExpression(QStringLiteral("%\\d")))) {
                    exact.insert(s);
                    continue;
                }
                // Only patterns with enough literal text to mean anything.
                QString literal = s;
                literal.remove(QRegularExpression(QStringLiteral("%\\d")));
                if (literal.simplified().size() < 10)
                    continue;
                QString re = QRegularExpression::escape(s);
                re.replace(QRegularExpression(QStringLiteral("%\\d")), QStringLiteral(".*"));
                patterns.append(QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'),
                                                   QRegularExpression::DotMatchesEverythingOption));
            }
        }
        REQUIRE(exact.size() > 500);
    }

    bool untranslated(const QString &text) const
    {
        // Names, not interface text: a language is offered in its own name, and the evaluator roles of a monev
        // record are stored as typed, in the words of the berita acara.
        static const QSet<QString> names = {QStringLiteral("Bahasa Indonesia"),
                                            QStringLiteral("Perangkat daerah pelaksana")};
        if (names.contains(text))
            return false;
        if (exact.contains(text))
            return true;
        for (const QRegularExpression &re : patterns) {
            if (re.match(text).hasMatch())
                return true;
        }
        return false;
    }
};

/// Every text a user reads in @p root: labels, buttons, tabs, group titles, place holders, combo items, table
/// headers and the first rows of every table, actions and menus, window and dock titles.
QStringList interfaceTexts(QWidget *root)
{
    QStringList out;
    const auto add = [&](const QString &text) {
        QString t = text;
        if (Qt::mightBeRichText(t))
            t = QTextDocumentFragment::fromHtml(t).toPlainText();
        for (const QString &line : t.split(QLatin1Char('\n'))) {
            const QString c = clean(line);
            if (!c.isEmpty())
                out.append(c);
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w->windowTitle());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(c->itemText(i));
        }
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        }
        if (auto *t = qobject_cast<QTextEdit *>(w))
            add(t->toPlainText());
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                add(m->headerData(c, Qt::Horizontal).toString());
                for (int r = 0; r < std::min(m->rowCount(), 25); ++r)
                    add(m->index(r, c).data().toString());
            }
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (!a->isSeparator())
            add(a->text());
    }
    for (QMenu *m : root->findChildren<QMenu *>())
        add(m->title());
    return out;
}

} // namespace

TEST_CASE("a live switch to English leaves no Indonesian interface text on any page or dialog", "[gui][i18n]")
{
    QTemporaryDir dir;
    QSettings().clear();
    AutosaveManager::setRecoveryDirForTesting(dir.filePath(QStringLiteral("recovery")));
    const Catalogue indonesian;

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Workbench *wb = window.workbench();
    wb->documents()->adopt(makeDemoProject(QDate(2025, 1, 15)));
    wb->tasks()->waitForAll();
    // Every page once in Indonesian, so that whatever a page builds on first show exists before the switch.
    for (const QString &key : wb->pageKeys()) {
        wb->showPage(key);
        settle();
    }
    wb->tasks()->waitForAll();
    settle();

    // Sanity: in Indonesian the same reading finds the catalogue's texts (so the check below can fail).
    wb->showPage(Pages::Entries);
    settle();
    int before = 0;
    for (const QString &t : interfaceTexts(&window))
        before += indonesian.untranslated(t) ? 1 : 0;
    CHECK(before > 20);

    QTranslator english;
    REQUIRE(english.load(QFileInfo(QStringLiteral(KSD_PETAKSD_BIN)).dir().filePath(QStringLiteral("petaksd_en.qm"))));
    QCoreApplication::installTranslator(&english);
    settle();
    wb->tasks()->waitForAll();
    settle();

    QStringList found;
    const auto read = [&](const QString &where, QWidget *root) {
        QSet<QString> seen;
        for (const QString &t : interfaceTexts(root)) {
            if (indonesian.untranslated(t) && !seen.contains(t)) {
                seen.insert(t);
                found.append(where + QStringLiteral(": ") + t);
            }
        }
    };
    for (const QString &key : wb->pageKeys()) {
        wb->showPage(key);
        settle();
        read(QStringLiteral("page ") + key, &window);
    }

    // The dialogs, opened after the switch.
    ProjectDocument *doc = wb->document();
    REQUIRE(doc);
    const Project &project = doc->project();
    const QString path = dir.filePath(QStringLiteral("demo.ksd"));
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(QStringLiteral("about"), std::make_unique<AboutDialog>(&window));
    dialogs.emplace_back(QStringLiteral("preferences"), std::make_unique<PreferencesDialog>(&window));
    dialogs.emplace_back(QStringLiteral("new project"),
                         std::make_unique<ProjectInfoDialog>(ProjectInfoDialog::NewProject, &window));
    dialogs.emplace_back(QStringLiteral("region picker"), std::make_unique<RegionPickerDialog>(&window));
    dialogs.emplace_back(QStringLiteral("send copy"), std::make_unique<SendCopyDialog>(project, path, &window));
    dialogs.emplace_back(QStringLiteral("merge log"),
                         std::make_unique<MergeLogDialog>(QList<MergeLogEntry>{}, path, &window));
    dialogs.emplace_back(QStringLiteral("report"), std::make_unique<ReportExportDialog>(project, path, &window));
    dialogs.emplace_back(QStringLiteral("csv import"),
                         std::make_unique<CsvImportDialog>(io::ImportKind::Entries, doc, wb->tasks(), &window));
    REQUIRE(!project.proposals.isEmpty());
    REQUIRE(!project.agreements.isEmpty());
    dialogs.emplace_back(QStringLiteral("proposal editor"),
                         std::make_unique<ProposalEditor>(project.proposals.first(), project, &window));
    dialogs.emplace_back(QStringLiteral("agreement editor"),
                         std::make_unique<AgreementEditor>(AgreementChanges::Mode::Edit, project.agreements.first(),
                                                           project, &window));
    dialogs.emplace_back(QStringLiteral("monev editor"), std::make_unique<MonevRecordEditor>(MonevRecord{}, project, &window));
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        settle();
        read(QStringLiteral("dialog ") + name, dialog.get());
        dialog->close();
    }
    dialogs.clear();
    QCoreApplication::removeTranslator(&english);
    settle();

    INFO("Indonesian texts in English mode:\n" << found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
