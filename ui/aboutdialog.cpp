// SPDX-License-Identifier: Apache-2.0
#include "aboutdialog.h"

#include "refdata/refdata.h"
#include "store/schema.h"
#include "util/version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ksd {

namespace {
QTextBrowser *textPage(const QString &markdown)
{
    auto *t = new QTextBrowser;
    t->setOpenExternalLinks(true);
    t->setMarkdown(markdown);
    return t;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Tentang PetaKSD"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *heading = new QLabel(
        tr("<h2>PetaKSD %1</h2><p>Pemetaan Kerja Sama Daerah: potensi, kebutuhan, saran mitra KSDD menurut "
           "PP 28/2018, usulan, kerja sama dan monev menurut Permendagri 22/2020.</p>"
           "<p>Format berkas .ksd versi %2. Lisensi perangkat lunak: Apache-2.0.</p>")
            .arg(programVersion())
            .arg(schema::CurrentVersion));
    heading->setWordWrap(true);

    auto *attribution = new QLabel(tr("<p><b>Data rujukan wilayah</b><br>%1</p>").arg(RefData::attribution()));
    attribution->setObjectName(QStringLiteral("attribution"));
    attribution->setWordWrap(true);

    auto *tabs = new QTabWidget;
    tabs->addTab(textPage(RefData::instance().dataLicenseText()), tr("Lisensi data"));
    tabs->addTab(textPage(RefData::instance().provenanceText()), tr("Asal-usul data"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(attribution);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace ksd
