// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextBrowser>

namespace ksd {

struct Project;
struct Suggestion;

/// Why a suggestion came out as it did, for a planner to read and cite: the class and pair type, the score's
/// factors, the rules applied with their legal basis, who takes the urusan over if a wajib cooperation is not
/// carried out, and the entries behind it. (The network view's hover card can use html() too.)
class ExplanationCard : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExplanationCard(QWidget *parent = nullptr);
    void showSuggestion(const Project &project, const Suggestion &suggestion, bool stale);
    void showNothing();

    /// The card as HTML (the body the browser shows).
    static QString html(const Project &project, const Suggestion &suggestion);
};

} // namespace ksd
