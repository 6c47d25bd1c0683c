// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/workbenchpage.h"

class QLabel;

namespace ksd {

/// The Peta tab until the network view lands: a note, and the counts it will draw.
class MapPlaceholder : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit MapPlaceholder(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *mNote;
};

} // namespace ksd
