// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace ksd {

/// Help → Tentang PetaKSD: version, licence, and the attribution and MIT notices of the reference data.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace ksd
