// SPDX-License-Identifier: Apache-2.0
#include "entriesmodel.h"

#include "document/projectdocument.h"
#include "models/recordicons.h"

#include <QBrush>
#include <QPalette>

namespace ksd {

EntriesModel::EntriesModel(QObject *parent) : RecordTableModel(parent) {}

int EntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EntryTableColumns;
}

QList<QUuid> EntriesModel::liveIds() const
{
    return document()->liveIds<Entry>();
}

void EntriesModel::connectDocument(ProjectDocument *document)
{
    connect(document, &ProjectDocument::entriesAdded, this, &EntriesModel::recordsAdded);
    connect(document, &ProjectDocument::entriesRemoved, this, &EntriesModel::recordsRemoved);
    connect(document, &ProjectDocument::entriesChanged, this, &EntriesModel::recordsChanged);
}

EditorKind EntriesModel::editorAt(int column) const
{
    return fieldSpec(EntryField(column)).editor;
}

QVariant EntriesModel::valueAt(const QUuid &id, int column) const
{
    const Entry *e = document()->entry(id);
    return e ? fieldSpec(EntryField(column)).get(*e) : QVariant();
}

QString EntriesModel::headerAt(int column) const
{
    return fieldLabel(EntryField(column));
}

QString EntriesModel::helpAt(int column) const
{
    return fieldHelp(EntryField(column));
}

bool EntriesModel::pushFieldChange(const QUuid &id, int column, const QVariant &value)
{
    return document()->changeEntryField(id, EntryField(column), value);
}

QVariant EntriesModel::extraData(const QUuid &id, int column, int role) const
{
    const auto field = EntryField(column);
    if (role == Qt::DecorationRole && field == EntryField::Kind) {
        const Entry *e = document()->entry(id);
        return e ? QVariant(entryKindIcon(e->kind)) : QVariant();
    }
    if (role == Qt::ForegroundRole && (field == EntryField::Externality || field == EntryField::Efficiency)) {
        if (valueAt(id, column).toInt() == int(Evidence::Unknown))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::ToolTipRole && field == EntryField::Externality) {
        const Entry *e = document()->entry(id);
        if (!e)
            return {};
        auto line = [](EntryField f, Evidence v) {
            return fieldLabel(f) + QStringLiteral(": ") + evidenceName(v);
        };
        QStringList lines = {line(EntryField::ExtLocation, e->extLocation), line(EntryField::ExtUsers, e->extUsers),
                             line(EntryField::ExtImpact, e->extImpact)};
        if (!e->externalityRegions.isEmpty()) {
            lines.append(fieldLabel(EntryField::ExternalityRegions) + QStringLiteral(": ")
                         + displayValue(EditorKind::RegionList, e->externalityRegions));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && field == EntryField::Title) {
        const Entry *e = document()->entry(id);
        if (e && !e->description.isEmpty())
            return e->title + QStringLiteral("\n\n") + e->description;
    }
    return {};
}

} // namespace ksd
