// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>

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

} // namespace ksd
