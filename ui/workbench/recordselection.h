// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/recordfields.h"

#include <QObject>
#include <QStringList>
#include <QUuid>

namespace ksd {

/// A reference to one record of the open project.
struct RecordRef
{
    RecordType type = RecordType::None;
    QUuid id;
    bool isNull() const { return type == RecordType::None || id.isNull(); }
    bool operator==(const RecordRef &) const = default;
};

/// What the user has selected, shared by every view: the current record (tables, the inspector, the network
/// view) and the selected regions (scope tree, map). Views set it when their selection changes and follow it
/// when it changes elsewhere; setting the same value again emits nothing, so two views can sync both ways.
class RecordSelection : public QObject
{
    Q_OBJECT

public:
    explicit RecordSelection(QObject *parent = nullptr);

    RecordRef current() const { return mCurrent; }
    void setCurrent(const RecordRef &record);
    QStringList regions() const { return mRegions; }
    void setRegions(const QStringList &codes);
    void clear();

signals:
    void currentChanged(const ksd::RecordRef &record);
    void regionsChanged(const QStringList &codes);

private:
    RecordRef mCurrent;
    QStringList mRegions;
};

} // namespace ksd

Q_DECLARE_METATYPE(ksd::RecordRef)
