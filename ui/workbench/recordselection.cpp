// SPDX-License-Identifier: Apache-2.0
#include "recordselection.h"

namespace ksd {

RecordSelection::RecordSelection(QObject *parent) : QObject(parent) {}

void RecordSelection::setCurrent(const RecordRef &record)
{
    if (record == mCurrent)
        return;
    mCurrent = record;
    emit currentChanged(mCurrent);
}

void RecordSelection::setRegions(const QStringList &codes)
{
    if (codes == mRegions)
        return;
    mRegions = codes;
    emit regionsChanged(mRegions);
}

void RecordSelection::clear()
{
    setCurrent({});
    setRegions({});
}

} // namespace ksd
