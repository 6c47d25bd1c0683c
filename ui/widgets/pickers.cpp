// SPDX-License-Identifier: Apache-2.0
#include "pickers.h"

#include "models/itemroles.h"
#include "models/regionlistmodel.h"
#include "refdata/refdata.h"

#include <QCompleter>
#include <QLineEdit>

namespace ksd {

RegionPicker::RegionPicker(QWidget *parent) : QComboBox(parent), mModel(new RegionListModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(mModel);
    auto *completer = new QCompleter(this);
    completer->setModel(mModel);
    completer->setCompletionRole(Qt::DisplayRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit codeChanged(code()); });
}

void RegionPicker::setCodes(const QStringList &codes)
{
    const QString current = code();
    mModel->setCodes(codes);
    setCode(current);
}

QString RegionPicker::code() const
{
    // The text decides: a completion the user typed may not have moved the current index.
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int i = findText(text, Qt::MatchFixedString);
    if (i >= 0)
        return mModel->codeAt(i);
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QModelIndex idx = mModel->index(row);
        if (idx.data(RegionCodeRole).toString() == text
            || idx.data(Qt::EditRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            return mModel->codeAt(row);
    }
    return {};
}

void RegionPicker::setCode(const QString &code)
{
    const int row = mModel->rowOf(code);
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
}

UrusanPicker::UrusanPicker(QWidget *parent, bool concurrentOnly) : QComboBox(parent)
{
    for (const Urusan &u : RefData::instance().urusanList()) {
        if (concurrentOnly && !u.isConcurrent())
            continue;
        addItem(u.code + QLatin1Char(' ') + u.name, u.code);
        setItemData(count() - 1, urusanGroupName(u.group), Qt::ToolTipRole);
    }
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
}

QString UrusanPicker::code() const
{
    const QString text = currentText().trimmed();
    int i = findText(text, Qt::MatchFixedString);
    if (i < 0) // a bare code typed in
        i = findData(text.section(QLatin1Char(' '), 0, 0));
    return i >= 0 ? itemData(i).toString() : QString();
}

void UrusanPicker::setCode(const QString &code)
{
    setCurrentIndex(findData(code));
}

void UrusanPicker::addAllItem(const QString &text)
{
    insertItem(0, text, QString());
    setCurrentIndex(0);
}

} // namespace ksd
