// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;

namespace ksd {

class NetworkWidget;

/// Puts the network map in the window: the "Peta" tab (in place of the placeholder), File → Ekspor peta, and the
/// two-way link between the map's selection and the shared RecordSelection (tables, inspector). One line in
/// MainWindow creates it.
class MapActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit MapActions(Workbench *workbench);
    NetworkWidget *widget() const { return mWidget; }
    void retranslate() override;

private:
    NetworkWidget *mWidget;
    QAction *mExport;
};

} // namespace ksd
