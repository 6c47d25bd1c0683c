// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ksd {

/// Sunting → Preferensi: language (Bahasa Indonesia / English, applied at once), the name edits are stamped
/// with, and the autosave interval. Writes to Preferences on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    /// Stores the values in Preferences (emitting their change signals).
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *mLanguage;
    QLineEdit *mEditor;
    QSpinBox *mAutosave;
    QLabel *mLanguageLabel;
    QLabel *mEditorLabel;
    QLabel *mAutosaveLabel;
    QLabel *mEditorHint;
    QDialogButtonBox *mButtons;
};

} // namespace ksd
