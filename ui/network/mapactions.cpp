// SPDX-License-Identifier: Apache-2.0
#include "mapactions.h"

#include "networkwidget.h"
#include "workbench/documentmanager.h"
#include "workbench/suggestionservice.h"
#include "workbench/workbench.h"

#include <QAction>

namespace ksd {

MapActions::MapActions(Workbench *workbench) : ActionHandler(workbench)
{
    mWidget = new NetworkWidget;
    if (workbench->page(Pages::Map))
        workbench->replacePage(Pages::Map, mWidget);
    else
        workbench->addPage(Pages::Map, mWidget, [] { return MapActions::tr("Peta"); }, 10);

    mExport = new QAction(this);
    workbench->addAction(MenuId::File, Section::FileImportExport, mExport);
    connect(mExport, &QAction::triggered, this, [this] {
        this->workbench()->showPage(Pages::Map);
        mWidget->exportWithDialog(0);
    });

    connect(workbench->documents(), &DocumentManager::documentChanged, mWidget, &NetworkWidget::setDocument);
    mWidget->setDocument(workbench->document());
    // The map draws the workbench's one suggestion run per revision; it never runs the engine itself.
    SuggestionService *service = workbench->suggestions();
    const auto show = [this, service] {
        if (service->hasResults())
            mWidget->setSuggestions(service->results(), service->revision());
    };
    connect(service, &SuggestionService::resultsChanged, mWidget, show);
    connect(service, &SuggestionService::busyChanged, mWidget, &NetworkWidget::setComputing);
    show();
    mExport->setEnabled(workbench->document() != nullptr);
    connect(workbench->documents(), &DocumentManager::documentChanged, this,
            [this](ProjectDocument *d) { mExport->setEnabled(d != nullptr); });

    mWidget->setRecordSelection(workbench->selection());
    retranslate();
}

void MapActions::retranslate()
{
    mExport->setText(tr("Ekspor &peta…"));
    mExport->setStatusTip(tr("Simpan peta jejaring sebagai PNG, SVG atau PDF"));
}

} // namespace ksd
