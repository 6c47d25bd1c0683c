// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engine.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace ksd {

class ProjectDocument;

/// The Saran table: the pair suggestions of one engine run, with the revision of the document they were
/// computed from. When the document has changed since, the model is stale: rows are greyed and isStale() is
/// true, so a view can say "Saran perlu diperbarui" instead of passing old results off as current.
class SuggestionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClassColumn = 0, RegionAColumn, RegionBColumn, UrusanColumn, ServiceColumn, PairTypeColumn, ScoreColumn,
        TakeoverColumn, NotesColumn, ProposedColumn, ColumnCount
    };

    explicit SuggestionsModel(QObject *parent = nullptr);
    void setDocument(ProjectDocument *document);

    /// Shows the results of a run made on the document at @p revision.
    void setResults(const SuggestionSet &results, quint64 revision);
    void clearResults();
    bool hasResults() const { return mHasResults; }
    quint64 revision() const { return mRevision; }
    /// True when the document changed after the run the rows come from.
    bool isStale() const;
    const SuggestionSet &results() const { return mResults; }
    const Suggestion *suggestionAt(int row) const;
    /// True when a live proposal was made from this suggestion (Proposal::suggestionKey).
    bool isProposed(const Suggestion &s) const { return mProposedKeys.contains(s.key()); }

    static QColor classColor(KsdClass cls);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    void staleChanged(bool stale);

private:
    void updateProposed();
    void onDocumentChanged();

    QPointer<ProjectDocument> mDocument;
    SuggestionSet mResults;
    quint64 mRevision = 0;
    bool mHasResults = false;
    bool mWasStale = false;
    QSet<QString> mProposedKeys;
};

} // namespace ksd
