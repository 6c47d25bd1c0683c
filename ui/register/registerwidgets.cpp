// SPDX-License-Identifier: Apache-2.0
#include "registerwidgets.h"

#include "document/recordfields.h"
#include "io/csvvalues.h"
#include "util/format.h"
#include "widgets/pickers.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ksd {

namespace {
const QDate NoDate(1900, 1, 1); // shown as "—", stored as a null date (the same convention as FieldDelegate)
}

// --- NumberEdit -------------------------------------------------------------------------------------------------

NumberEdit::NumberEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, &NumberEdit::reformat);
    connect(this, &QLineEdit::textChanged, this, [this] {
        updateLook();
        emit valueChanged();
    });
}

std::optional<double> NumberEdit::value() const
{
    return io::parseNumber(text());
}

void NumberEdit::setValue(std::optional<double> value)
{
    setText(value ? format(*value) : QString());
}

bool NumberEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || value().has_value();
}

QString NumberEdit::format(double value)
{
    const QLocale loc = indonesianLocale();
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return loc.toString(qint64(value));
    return loc.toString(value, 'f', QLocale::FloatingPointShortest);
}

void NumberEdit::reformat()
{
    if (const auto v = value()) {
        const QString shown = format(*v);
        if (shown != text())
            setText(shown);
    }
}

void NumberEdit::updateLook()
{
    const bool ok = isAcceptable();
    setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { background: #fde2e2; }"));
    setToolTip(ok ? QString()
                  : tr("\"%1\" bukan angka. Tulis misalnya 1.500.000.000 atau 12,5.").arg(text().trimmed()));
}

// --- DateEdit ---------------------------------------------------------------------------------------------------

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(NoDate);
    setMaximumDate(QDate(2199, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    setDisplayFormat(shortDateFormat());
    setDate(NoDate);
    calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    connect(this, &QDateEdit::dateChanged, this, &DateEdit::valueChanged);
}

QDate DateEdit::value() const
{
    return isEmpty() ? QDate() : date();
}

void DateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? date : NoDate);
}

void DateEdit::mousePressEvent(QMouseEvent *event)
{
    // An empty field would open the calendar in January 1900.
    if (isEmpty())
        setDate(QDate::currentDate());
    QDateEdit::mousePressEvent(event);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (isEmpty() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        setDate(QDate::currentDate());
        selectAll();
    } else if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
               && lineEdit()->selectedText() == lineEdit()->text()) {
        clearValue();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QWidget(parent), mEdit(new DateEdit(this))
{
    mClear = new QToolButton(this);
    mClear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    mClear->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mEdit, 1);
    layout->addWidget(mClear);
    setFocusProxy(mEdit);
    connect(mClear, &QToolButton::clicked, mEdit, &DateEdit::clearValue);
    connect(mEdit, &DateEdit::valueChanged, this, &OptionalDateEdit::valueChanged);
    retranslate();
}

QDate OptionalDateEdit::value() const
{
    return mEdit->value();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    mEdit->setValue(date);
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::retranslate()
{
    mClear->setToolTip(tr("Kosongkan tanggal"));
    mEdit->setToolTip(tr("Tanggal dd/mm/yyyy; klik panah untuk kalender, Delete untuk mengosongkan"));
}

// --- RegionListEdit ---------------------------------------------------------------------------------------------

RegionListEdit::RegionListEdit(QWidget *parent)
    : QWidget(parent)
    , mPicker(new RegionPicker(this))
    , mAdd(new QPushButton(this))
    , mRemove(new QPushButton(this))
    , mList(new QListWidget(this))
{
    mPicker->setObjectName(QStringLiteral("regionPicker"));
    mList->setObjectName(QStringLiteral("regionList"));
    mList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mList->setMaximumHeight(96);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(mPicker, 1);
    row->addWidget(mAdd);
    row->addWidget(mRemove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(row);
    layout->addWidget(mList);
    // Empty the text only: setCurrentIndex(-1) makes QComboBox ask the model for row -1.
    mPicker->lineEdit()->clear();

    connect(mAdd, &QPushButton::clicked, this, [this] {
        addCode(mPicker->code());
        mPicker->lineEdit()->clear();
    });
    connect(mPicker->lineEdit(), &QLineEdit::returnPressed, mAdd, &QPushButton::click);
    connect(mRemove, &QPushButton::clicked, this, [this] {
        const auto selected = mList->selectedItems();
        if (selected.isEmpty())
            return;
        for (QListWidgetItem *item : selected)
            mCodes.removeAll(item->data(Qt::UserRole).toString());
        rebuild();
        emit codesChanged();
    });
    connect(mList, &QListWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mList->selectedItems().isEmpty()); });
    retranslate();
    rebuild();
}

void RegionListEdit::setCodes(const QStringList &codes)
{
    if (codes == mCodes)
        return;
    mCodes = codes;
    rebuild();
    emit codesChanged();
}

void RegionListEdit::addCode(const QString &code)
{
    if (code.isEmpty() || mCodes.contains(code) || regionName(code) == code)
        return;
    mCodes.append(code);
    rebuild();
    emit codesChanged();
}

void RegionListEdit::rebuild()
{
    mList->clear();
    for (const QString &code : std::as_const(mCodes)) {
        auto *item = new QListWidgetItem(regionLabel(code), mList);
        item->setData(Qt::UserRole, code);
    }
    mRemove->setEnabled(false);
}

void RegionListEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegionListEdit::retranslate()
{
    mAdd->setText(tr("Tambah"));
    mRemove->setText(tr("Hapus"));
    mPicker->lineEdit()->setPlaceholderText(tr("Ketik nama atau kode daerah…"));
    mList->setToolTip(tr("Daerah calon mitra; pilih lalu Hapus untuk mengeluarkan"));
}

} // namespace ksd
