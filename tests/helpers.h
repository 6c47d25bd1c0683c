// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ksd::test {

/// Path of a file in tests/data.
QString dataPath(const QString &relative);

/// Result of running the petaksd binary.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs build/app/petaksd with @p args (offscreen, no display needed).
Run petaksd(const QStringList &args, const QByteArray &stdinData = {});

/// Makes @p path (a file or a folder) unwritable for this process, as the tests of read-only projects need: by its
/// permissions, or, for root (whom permissions do not stop), with `chattr +i`. False, with a WARN naming why, when
/// neither works here; the caller then skips. undoReadOnly() restores it (call it before the folder is removed).
bool makeReadOnly(const QString &path);
void undoReadOnly(const QString &path);

/// A small project with one record of every type, every field set to a non-default value.
Project sampleProject();

/// A live agreement of @p type and @p category titled @p title, stamped by "Bagian Pemerintahan"; every other
/// field keeps its default (stage persiapan, status aktif, no parties or dates).
Agreement makeAgreement(DocType type, Category category, const QString &title);

/// The Kota Banjar 2021 monev register (DESIGN.md §1): 10 KB (9 pihak ketiga, 1 daerah), 9 PKS (7 pihak ketiga,
/// 2 daerah) and 5 NK sinergi, 24 live agreements, plus a tombstoned KB and a tombstoned PKS that must never count.
Project kotaBanjar2021();

} // namespace ksd::test
