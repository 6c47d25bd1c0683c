// SPDX-License-Identifier: Apache-2.0
#include "monev.h"

#include "util/format.h"

#include <QCoreApplication>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

} // namespace

bool isLaterMonev(const MonevRecord &x, const MonevRecord &y)
{
    if (x.date != y.date) {
        if (!y.date.isValid())
            return true;
        if (!x.date.isValid())
            return false;
        return x.date > y.date;
    }
    return x.meta.modified > y.meta.modified;
}

MonevSummary monevSummary(const Project &project, const QUuid &agreementId)
{
    MonevSummary s;
    double ratingSum = 0;
    int rated = 0;
    std::array<double, MonevCriterionCount> sums{};
    std::array<int, MonevCriterionCount> counts{};
    for (const MonevRecord &m : project.monev) {
        if (m.meta.deleted || m.agreementId != agreementId)
            continue;
        ++s.records;
        if (m.rating >= 1 && m.rating <= 5) {
            ratingSum += m.rating;
            ++rated;
        }
        for (int i = 0; i < MonevCriterionCount; ++i) {
            if (m.scores[i] >= 1 && m.scores[i] <= 5) {
                sums[i] += m.scores[i];
                ++counts[i];
            }
        }
        if (!s.latest || isLaterMonev(m, *s.latest))
            s.latest = &m;
    }
    if (rated > 0)
        s.averageRating = ratingSum / rated;
    for (int i = 0; i < MonevCriterionCount; ++i) {
        if (counts[i] > 0)
            s.criterionAverages[i] = sums[i] / counts[i];
    }
    if (s.latest)
        s.latestRecommendation = s.latest->recommendation;
    return s;
}

std::optional<double> averageRating(const Project &project, const QUuid &agreementId)
{
    return monevSummary(project, agreementId).averageRating;
}

const MonevRecord *latestMonev(const Project &project, const QUuid &agreementId)
{
    return monevSummary(project, agreementId).latest;
}

std::optional<Recommendation> latestRecommendation(const Project &project, const QUuid &agreementId)
{
    return monevSummary(project, agreementId).latestRecommendation;
}

QList<ValidationProblem> validateMonev(const MonevRecord &m, const Project &project)
{
    using Severity = ValidationProblem::Severity;
    QList<ValidationProblem> out;
    const Agreement *a = project.agreement(m.agreementId);
    if (!a || a->meta.deleted)
        out.append({Severity::Error, QStringLiteral("agreementId"),
                    Tr::tr("Monev harus terkait dengan kerja sama yang ada di register."), -1, {}});
    if (m.rating < 1 || m.rating > 5)
        out.append({Severity::Error, QStringLiteral("rating"),
                    Tr::tr("Nilai %1 di luar rentang 1–5.").arg(m.rating), -1, {}});
    for (int i = 0; i < MonevCriterionCount; ++i) {
        if (m.scores[i] < 0 || m.scores[i] > 5)
            out.append({Severity::Error, QStringLiteral("scores"),
                        Tr::tr("Skor \"%1\" bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).")
                            .arg(monevCriterionName(static_cast<MonevCriterion>(i)))
                            .arg(m.scores[i]),
                        -1, {}});
    }
    if (!m.date.isValid()) {
        out.append({Severity::Error, QStringLiteral("date"), Tr::tr("Tanggal monev belum diisi."), -1, {}});
    } else if (a && a->startDate.isValid() && m.date < a->startDate) {
        out.append({Severity::Warning, QStringLiteral("date"),
                    Tr::tr("Tanggal monev (%1) sebelum kerja sama mulai berlaku (%2).")
                        .arg(longDate(m.date), longDate(a->startDate)),
                    -1, {}});
    }
    return out;
}

} // namespace ksd
