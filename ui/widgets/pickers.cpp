// SPDX-License-Identifier: Apache-2.0
#include "pickers.h"

#include "models/itemroles.h"
#include "models/regionlistmodel.h"
#include "refdata/refdata.h"

#include "dialogs/regionpickerdialog.h"

#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QStyle>

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
        addItem(u.label(), u.code);
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

RegionCodesValidator::RegionCodesValidator(QObject *parent) : QValidator(parent) {}

QStringList RegionCodesValidator::codesOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString &code : text.split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(code))
            out.append(code);
    }
    return out;
}

QValidator::State RegionCodesValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    for (QChar c : std::as_const(input)) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char(';') && !c.isSpace())
            return Invalid;
    }
    for (const QString &code : codesOf(input)) {
        if (!RefData::instance().region(code) || mExcluded.contains(code))
            return Intermediate;
    }
    return Acceptable;
}

RegionCodesEdit::RegionCodesEdit(QWidget *parent)
    : QLineEdit(parent), mValidator(new RegionCodesValidator(this)), mPick(new QAction(this))
{
    setValidator(mValidator);
    mPick->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    addAction(mPick, QLineEdit::TrailingPosition);
    connect(mPick, &QAction::triggered, this, &RegionCodesEdit::pickRegions);
    retranslate();
}

QStringList RegionCodesEdit::codes() const
{
    return RegionCodesValidator::codesOf(text());
}

void RegionCodesEdit::setCodes(const QStringList &codes)
{
    setText(codes.join(QStringLiteral(", ")));
}

void RegionCodesEdit::setExcluded(const QStringList &codes)
{
    mExcluded = codes;
    mValidator->setExcluded(codes);
}

void RegionCodesEdit::pickRegions()
{
    // The dialog is a child of this editor, so that a cell editor stays open while it is shown; a QPointer
    // notices when the editor (and the dialog with it) went away meanwhile.
    QPointer<RegionPickerDialog> dialog = new RegionPickerDialog(this);
    dialog->setPurpose(RegionPickerDialog::Purpose::ExternalityRegions);
    dialog->setExcluded(codes() + mExcluded);
    const bool chosen = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return;
    const QStringList picked = dialog->selectedCodes();
    delete dialog;
    if (chosen)
        setCodes(codes() + picked);
    setFocus();
}

void RegionCodesEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void RegionCodesEdit::retranslate()
{
    setPlaceholderText(tr("kode wilayah, dipisah koma: 63.71, 63.72"));
    mPick->setText(tr("Pilih wilayah…"));
    mPick->setToolTip(tr("Pilih wilayah dari daftar menurut nama"));
    setAccessibleName(tr("Kode wilayah"));
}

} // namespace ksd
