// SPDX-License-Identifier: Apache-2.0
#include "reportstyle.h"

#include <QFontDatabase>

namespace ksd {

ReportStyle ReportStyle::standard()
{
    ReportStyle s;
    // DejaVu Sans covers Latin, the dashes, bullets and arrows the report uses, and Qt embeds it as a subset.
    const QString dejavu = QStringLiteral("DejaVu Sans");
    s.family = QFontDatabase::hasFamily(dejavu) ? dejavu
                                                : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return s;
}

QFont ReportStyle::font(double pointSize, bool bold) const
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    // The same metrics on every device (PDF, printer, preview), so that pagination does not depend on hinting.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    // Letter spacing turns off ligatures in Qt's shaper: "fi" stays two letters, so the PDF's text can be searched
    // and copied ("Profil", not "Pro\uFB01l"). One hundredth of a percent is invisible; kerning stays on.
    f.setLetterSpacing(QFont::PercentageSpacing, 100.01);
    return f;
}

} // namespace ksd
