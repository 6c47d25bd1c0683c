// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace ksd {

class Workbench;

/// Base of the classes that hold the window's actions (FileActions, EditActions, ...), each for one area.
/// A handler creates its QActions and pages in its constructor, registers them with the Workbench, and keeps
/// the slots thin: gather input, make one document or engine call. To add an area, write a handler and add one
/// line to MainWindow's constructor.
class ActionHandler : public QObject
{
    Q_OBJECT

public:
    explicit ActionHandler(Workbench *workbench);
    Workbench *workbench() const { return mWorkbench; }
    /// Called when the language changed: set every text again through tr().
    virtual void retranslate() = 0;

private:
    Workbench *mWorkbench;
};

} // namespace ksd
