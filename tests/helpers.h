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

/// A small project with one record of every type, every field set to a non-default value.
Project sampleProject();

} // namespace ksd::test
