// SPDX-License-Identifier: Apache-2.0
#include "proposalsmodel.h"

#include "document/projectdocument.h"
#include "rules/ruleset.h"

#include <QBrush>
#include <QPalette>

namespace ksd {

ProposalsModel::ProposalsModel(QObject *parent) : RecordTableModel(parent) {}

int ProposalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

const ScreeningResult *ProposalsModel::screening(const QUuid &id) const
{
    ProjectDocument *doc = document();
    if (!doc)
        return nullptr;
    // Any change may alter a screening (and the cache must never outlive a reset): key it by revision.
    if (doc != mScreeningDocument || doc->revision() != mScreeningRevision) {
        mScreening.clear();
        mScreener = std::make_shared<const ProposalScreener>(doc->project());
        mScreeningDocument = doc;
        mScreeningRevision = doc->revision();
    }
    auto it = mScreening.find(id);
    if (it == mScreening.end()) {
        const Proposal *p = doc->proposal(id);
        if (!p)
            return nullptr;
        it = mScreening.insert(id, mScreener->screen(*p));
    }
    return &*it;
}

QList<QUuid> ProposalsModel::liveIds() const
{
    return document()->liveIds<Proposal>();
}

void ProposalsModel::connectDocument(ProjectDocument *document)
{
    mScreeningDocument = nullptr;
    connect(document, &ProjectDocument::proposalsAdded, this, &ProposalsModel::recordsAdded);
    connect(document, &ProjectDocument::proposalsRemoved, this, &ProposalsModel::recordsRemoved);
    connect(document, &ProjectDocument::proposalsChanged, this, &ProposalsModel::recordsChanged);
}

EditorKind ProposalsModel::editorAt(int column) const
{
    return column < ProposalTableColumns ? fieldSpec(ProposalField(column)).editor : EditorKind::ReadOnly;
}

QVariant ProposalsModel::valueAt(const QUuid &id, int column) const
{
    if (column < ProposalTableColumns) {
        const Proposal *p = document()->proposal(id);
        return p ? fieldSpec(ProposalField(column)).get(*p) : QVariant();
    }
    const ScreeningResult *s = screening(id);
    if (!s)
        return {};
    if (column == EligibleColumn)
        return s->eligible ? tr("Layak") : tr("Tidak layak");
    QString text = s->eligible ? categoryKey(s->category) : QString();
    if (s->eligible && !s->ksddClass.isEmpty()) {
        const auto cls = ksdClassFromKey(s->ksddClass);
        text += QStringLiteral(" · ") + (cls ? ksdClassName(*cls) : s->ksddClass);
    }
    return text;
}

QString ProposalsModel::headerAt(int column) const
{
    if (column == EligibleColumn)
        return tr("Kriteria KSD");
    if (column == CategoryColumn)
        return tr("Kategori");
    return fieldLabel(ProposalField(column));
}

QString ProposalsModel::helpAt(int column) const
{
    if (column == EligibleColumn)
        return tr("Hasil penyaringan terhadap kriteria kerja sama daerah (PP 28/2018)");
    if (column == CategoryColumn)
        return tr("Kategori kerja sama menurut jenis mitra; untuk KSDD juga wajib atau sukarela");
    return fieldHelp(ProposalField(column));
}

bool ProposalsModel::pushFieldChange(const QUuid &id, int column, const QVariant &value)
{
    if (column >= ProposalTableColumns)
        return false;
    return document()->changeProposalField(id, ProposalField(column), value);
}

QVariant ProposalsModel::extraData(const QUuid &id, int column, int role) const
{
    if (column < ProposalTableColumns)
        return {};
    const ScreeningResult *s = screening(id);
    if (!s)
        return {};
    if (role == Qt::ToolTipRole) {
        QStringList lines{s->reason};
        if (s->dprdApproval)
            lines.append(s->dprdReason);
        lines.append(s->notes);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && column == EligibleColumn && !s->eligible)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

} // namespace ksd
