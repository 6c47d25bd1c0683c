// SPDX-License-Identifier: Apache-2.0
#include "fielddelegate.h"

#include "document/recordfields.h"
#include "models/itemroles.h"
#include "models/recordicons.h"
#include "util/format.h"
#include "widgets/pickers.h"

#include <QAbstractItemView>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

namespace ksd {

namespace {

constexpr int NoYear = 1999;           // the year spin box shows "—" here, stored as 0
const QDate NoDate = QDate(1900, 1, 1); // the date edit shows "—" here, stored as a null date

EditorKind kindOf(const QModelIndex &index)
{
    return EditorKind(index.data(EditorRole).toInt());
}

bool isChoice(EditorKind k)
{
    return k >= EditorKind::EntryKindChoice;
}

} // namespace

FieldDelegate::FieldDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const EditorKind kind = kindOf(index);
    switch (kind) {
    case EditorKind::ReadOnly:
    case EditorKind::Bool: return nullptr;
    case EditorKind::LongText: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setToolTip(tr("Klik di luar kotak untuk menyimpan; Esc membatalkan"));
        return edit;
    }
    case EditorKind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1000000000);
        spin->setFrame(false);
        return spin;
    }
    case EditorKind::Priority: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, 5);
        spin->setFrame(false);
        spin->setToolTip(tr("1 (rendah) sampai 5 (paling tinggi)"));
        spin->setAccessibleName(tr("Prioritas"));
        return spin;
    }
    case EditorKind::Year: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(NoYear, 2100);
        spin->setSpecialValueText(QStringLiteral("—"));
        spin->setFrame(false);
        return spin;
    }
    case EditorKind::Number: {
        auto *edit = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(QLocale());
        edit->setValidator(validator);
        edit->setFrame(false);
        edit->setPlaceholderText(tr("kosong = belum diketahui"));
        return edit;
    }
    case EditorKind::Date: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setMinimumDate(NoDate);
        date->setSpecialValueText(QStringLiteral("—"));
        date->setDisplayFormat(shortDateFormat());
        date->setFrame(false);
        return date;
    }
    case EditorKind::Region: {
        auto *picker = new RegionPicker(parent);
        picker->setCodes(index.data(RegionChoicesRole).toStringList());
        picker->setFrame(false);
        picker->setAccessibleName(tr("Wilayah"));
        return picker;
    }
    case EditorKind::Urusan: {
        auto *picker = new UrusanPicker(parent);
        picker->setFrame(false);
        picker->setAccessibleName(tr("Urusan"));
        return picker;
    }
    default: break;
    }
    if (isChoice(kind)) {
        auto *combo = new QComboBox(parent);
        for (const Choice &c : choicesFor(kind)) {
            if (kind == EditorKind::EntryKindChoice)
                combo->addItem(entryKindIcon(EntryKind(c.value)), c.label, c.value);
            else
                combo->addItem(c.label, c.value);
        }
        combo->setFrame(false);
        // A choice made is a choice meant: commit at once instead of waiting for Enter.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<FieldDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
        });
        return combo;
    }
    if (kind == EditorKind::RegionList) {
        auto *edit = new RegionCodesEdit(parent);
        edit->setExcluded(index.data(ExcludedRegionsRole).toStringList());
        edit->setFrame(false);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const EditorKind kind = kindOf(index);
    const QVariant value = index.data(Qt::EditRole);
    if (auto *picker = qobject_cast<RegionPicker *>(editor)) {
        picker->setCode(value.toString());
        return;
    }
    if (auto *codes = qobject_cast<RegionCodesEdit *>(editor)) {
        codes->setCodes(value.toStringList());
        return;
    }
    if (auto *picker = qobject_cast<UrusanPicker *>(editor)) {
        picker->setCode(value.toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toInt()));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(kind == EditorKind::Year && value.toInt() == 0 ? NoYear : value.toInt());
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : NoDate);
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (kind == EditorKind::Number)
            line->setText(value.isValid() ? QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest)
                                                  .remove(QLocale().groupSeparator())
                                          : QString());
        else
            line->setText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const EditorKind kind = kindOf(index);
    // Unchanged or refused values simply do not reach the undo stack (the command is obsolete or invalid).
    if (auto *picker = qobject_cast<RegionPicker *>(editor)) {
        const QString code = picker->code();
        if (!code.isEmpty())
            model->setData(index, code);
        return;
    }
    if (auto *picker = qobject_cast<UrusanPicker *>(editor)) {
        const QString code = picker->code();
        if (!code.isEmpty())
            model->setData(index, code);
        return;
    }
    if (auto *codes = qobject_cast<RegionCodesEdit *>(editor)) {
        if (codes->hasAcceptableInput()) // an unknown code is never written
            model->setData(index, codes->codes());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, kind == EditorKind::Year && spin->value() == NoYear ? 0 : spin->value());
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date() == NoDate ? QVariant(QDate()) : QVariant(date->date()));
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // The number editor's validator accepts the UI locale's form ("1250.125" in English), which is read the
        // same way here; text from elsewhere (paste) is read as the CSV import reads it.
        bool ok = false;
        const double number = kind == EditorKind::Number ? QLocale().toDouble(line->text(), &ok) : 0.0;
        if (ok)
            model->setData(index, number);
        else
            model->setData(index, line->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void FieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QRect r = option.rect;
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Long text gets room for a few lines, overlapping the rows below while it is open.
        r.setHeight(std::max(r.height(), editor->fontMetrics().lineSpacing() * 5 + 8));
        if (auto *view = qobject_cast<QAbstractItemView *>(editor->parentWidget()->parentWidget())) {
            const int bottom = view->viewport()->height();
            if (r.bottom() > bottom)
                r.moveBottom(std::max(bottom, option.rect.bottom()));
        }
    }
    // Pickers need their width: let them grow past narrow columns.
    if (qobject_cast<QComboBox *>(editor))
        r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
    Q_UNUSED(index)
}

} // namespace ksd
