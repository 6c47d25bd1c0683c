// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateEdit>
#include <QLineEdit>
#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;
class QToolButton;

namespace ksd {

class RegionPicker;

/// A money or quantity field that reads numbers the way planners type them ("1.500.000.000",
/// "Rp 1.500.000.000,-", "1500000000", "12,5") and shows them grouped the Indonesian way once the field is left.
/// Empty = unknown; unreadable text is marked and reported, never silently dropped.
class NumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberEdit(QWidget *parent = nullptr);
    /// The value, std::nullopt when empty; also std::nullopt (with isAcceptable() false) for unreadable text.
    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    /// False when the text is neither empty nor a number.
    bool isAcceptable() const;
    /// "1.500.000.000" (whole numbers) or "12,5".
    static QString format(double value);

signals:
    void valueChanged();

private:
    void reformat();
    void updateLook();
};

/// A date field in dd/MM/yyyy with a calendar that may also be empty ("—"). The empty state is the minimum date,
/// as in the table editors; the calendar opens on today's month when the field is empty.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);
    /// The date, or a null QDate when empty.
    QDate value() const;
    void setValue(const QDate &date);
    void clearValue() { setValue({}); }
    bool isEmpty() const { return date() == minimumDate(); }

signals:
    void valueChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

/// A DateEdit with a small button that empties it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate value() const;
    void setValue(const QDate &date);
    DateEdit *edit() const { return mEdit; }

signals:
    void valueChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    DateEdit *mEdit;
    QToolButton *mClear;
};

/// Several regions chosen from the reference data: a picker with completion, "Tambah", and the list of chosen
/// regions with "Hapus". Used for candidate partners.
class RegionListEdit : public QWidget
{
    Q_OBJECT

public:
    explicit RegionListEdit(QWidget *parent = nullptr);
    QStringList codes() const { return mCodes; }
    void setCodes(const QStringList &codes);
    /// Adds a region (ignored when unknown or already there).
    void addCode(const QString &code);
    RegionPicker *picker() const { return mPicker; }

signals:
    void codesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    QStringList mCodes;
    RegionPicker *mPicker;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QListWidget *mList;
};

} // namespace ksd
