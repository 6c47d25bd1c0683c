// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "validation.h"

#include "model/project.h"

#include <array>
#include <optional>

namespace ksd {

/// What the monev records of one agreement add up to.
struct MonevSummary
{
    int records = 0;                          ///< live monev records of the agreement
    std::optional<double> averageRating;      ///< mean of the ratings 1..5 (others ignored); none without records
    const MonevRecord *latest = nullptr;      ///< the latest record (by date, then by modification time)
    std::optional<Recommendation> latestRecommendation;
    /// Per criterion: mean of the scores 1..5 given (0 = not assessed is left out); none when never assessed.
    std::array<std::optional<double>, MonevCriterionCount> criterionAverages{};
};

/// Summary of the live monev records of agreement @p agreementId. Pointers point into @p project.
MonevSummary monevSummary(const Project &project, const QUuid &agreementId);
/// Mean rating (1..5) of the live monev records of the agreement; std::nullopt when there are none.
std::optional<double> averageRating(const Project &project, const QUuid &agreementId);
/// The latest live monev record of the agreement, or nullptr.
const MonevRecord *latestMonev(const Project &project, const QUuid &agreementId);
/// The recommendation of the latest record (lanjut / perbaiki / hentikan), if any.
std::optional<Recommendation> latestRecommendation(const Project &project, const QUuid &agreementId);

/// True when @p x is later than @p y: by date (an undated record is the earliest), then by modification time.
bool isLaterMonev(const MonevRecord &x, const MonevRecord &y);

/// Checks a monev record: rating 1..5, scores 0..5, date set and not before the agreement's start, agreement
/// present and live. Fields: "rating", "scores", "date", "agreementId".
QList<ValidationProblem> validateMonev(const MonevRecord &record, const Project &project);

} // namespace ksd
