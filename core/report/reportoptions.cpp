// SPDX-License-Identifier: Apache-2.0
#include "reportoptions.h"

#include <QRegularExpression>

namespace ksd {

namespace {

constexpr const char *kKeys[ReportSectionCount] = {
    "cover",    "approval", "foreword", "contents", "summary", "recommendations", "method",  "map",
    "wajib",    "sukarela", "clusters", "matrix",   "profiles", "register",        "others", "appendix",
};

} // namespace

QString reportSectionKey(ReportSection s)
{
    const int i = int(s);
    return i >= 0 && i < ReportSectionCount ? QString::fromLatin1(kKeys[i]) : QString();
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (int i = 0; i < ReportSectionCount; ++i) {
        if (k == QLatin1String(kKeys[i]))
            return ReportSection(i);
    }
    return std::nullopt;
}

QString reportSectionName(ReportSection s)
{
    switch (s) {
    case ReportSection::Cover: return ReportText::tr("Sampul");
    case ReportSection::Approval: return ReportText::tr("Lembar pengesahan");
    case ReportSection::Foreword: return ReportText::tr("Kata pengantar");
    case ReportSection::Contents: return ReportText::tr("Daftar isi, tabel, gambar dan singkatan");
    case ReportSection::Summary: return ReportText::tr("Ringkasan dan rekapitulasi");
    case ReportSection::Recommendations: return ReportText::tr("Rekomendasi tindak lanjut");
    case ReportSection::Method: return ReportText::tr("Dasar hukum dan metode");
    case ReportSection::Map: return ReportText::tr("Peta jejaring kerja sama");
    case ReportSection::Wajib: return ReportText::tr("Kerja sama wajib");
    case ReportSection::Sukarela: return ReportText::tr("Kerja sama sukarela");
    case ReportSection::Clusters: return ReportText::tr("Klaster dan rujukan ke provinsi");
    case ReportSection::Matrix: return ReportText::tr("Matriks potensi dan kebutuhan");
    case ReportSection::Profiles: return ReportText::tr("Profil daerah");
    case ReportSection::Register: return ReportText::tr("Register kerja sama");
    case ReportSection::Others: return ReportText::tr("Pasangan lain di wilayah cakupan (untuk diketahui)");
    case ReportSection::Appendix: return ReportText::tr("Lampiran");
    }
    return {};
}

QList<ReportSection> allReportSections()
{
    QList<ReportSection> all;
    for (int i = 0; i < ReportSectionCount; ++i)
        all.append(ReportSection(i));
    return all;
}

Result<QList<ReportSection>> parseReportSections(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList keys = list.split(separators, Qt::SkipEmptyParts);
    if (keys.isEmpty())
        return Error{ReportText::tr("Daftar bagian laporan kosong."), {}, 1};
    bool wanted[ReportSectionCount] = {};
    for (const QString &key : keys) {
        if (key.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            return allReportSections();
        }
        const auto s = reportSectionFromKey(key);
        if (!s) {
            QStringList valid;
            for (int i = 0; i < ReportSectionCount; ++i)
                valid.append(QString::fromLatin1(kKeys[i]));
            return Error{ReportText::tr("Bagian laporan \"%1\" tidak dikenal; pilih dari: %2.")
                             .arg(key, valid.join(QStringLiteral(", "))),
                         {}, 1};
        }
        wanted[int(*s)] = true;
    }
    QList<ReportSection> out;
    for (int i = 0; i < ReportSectionCount; ++i) {
        if (wanted[i])
            out.append(ReportSection(i));
    }
    return out;
}

} // namespace ksd
