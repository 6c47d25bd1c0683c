// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;

namespace ksd {

/// Bantuan: About PetaKSD (version, licence, data attribution) and About Qt.
class HelpActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit HelpActions(Workbench *workbench);
    void retranslate() override;

private:
    QAction *mAbout;
    QAction *mAboutQt;
};

} // namespace ksd
