// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <QLineEdit>
#include <QValidator>

namespace ksd {

class RegionListModel;

/// An editable combo box of regions with completion by name, code or province ("banjar", "63.03",
/// "kalimantan selatan"). Offers every region, or a given set (the project's scope).
class RegionPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit RegionPicker(QWidget *parent = nullptr);
    /// Offers @p codes only (empty = every region).
    void setCodes(const QStringList &codes);
    /// The chosen code, or empty when the text matches no region.
    QString code() const;
    void setCode(const QString &code);

signals:
    void codeChanged(const QString &code);

private:
    RegionListModel *mModel;
};

/// A combo box of the urusan (the 32 concurrent ones by default), shown as "2.11 Lingkungan Hidup", with
/// completion on code or name.
class UrusanPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit UrusanPicker(QWidget *parent = nullptr, bool concurrentOnly = true);
    QString code() const;
    void setCode(const QString &code);
    /// Puts a first item "all" with an empty code (for filter bars).
    void addAllItem(const QString &text);
};

/// Accepts a list of Kemendagri region codes separated by commas, semicolons or spaces, each a known region and
/// none of the excluded ones. Only digits, dots and separators can be typed at all; a code not (yet) known keeps
/// the text Intermediate, so it is never committed.
class RegionCodesValidator : public QValidator
{
    Q_OBJECT

public:
    explicit RegionCodesValidator(QObject *parent = nullptr);
    void setExcluded(const QStringList &codes) { mExcluded = codes; }
    State validate(QString &input, int &pos) const override;
    /// The codes of @p text in the order written, repeats dropped (no check).
    static QStringList codesOf(const QString &text);

private:
    QStringList mExcluded;
};

/// A one-line editor of region codes ("63.71, 63.04") for table and inspector cells: validated by
/// RegionCodesValidator, with a button that opens the region list to pick regions by name.
class RegionCodesEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit RegionCodesEdit(QWidget *parent = nullptr);
    QStringList codes() const;
    void setCodes(const QStringList &codes);
    /// Regions that may not be in the list (an entry's own region): not offered, refused when typed.
    void setExcluded(const QStringList &codes);
    /// Opens the region list and appends the regions chosen there.
    void pickRegions();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    RegionCodesValidator *mValidator;
    QAction *mPick;
    QStringList mExcluded;
};

} // namespace ksd
