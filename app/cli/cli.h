// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace ksd::cli {

/// Exit codes shared by every subcommand.
enum Exit {
    Ok = 0,
    Refused = 1,   ///< input rejected as a whole (e.g. an import with bad rows)
    Usage = 2,     ///< bad arguments, unknown code, or a file that cannot be opened
    Conflicts = 3, ///< a merge stopped on conflicts
};

/// A headless subcommand: `petaksd NAME ARGS...`.
struct Command
{
    QString name;
    QString synopsis;  ///< usage line after the name
    QString summary;   ///< one line, translated
    std::function<int(const QStringList &args)> run;
    bool needsGui = false; ///< paints (map, report): runs under a QApplication on the offscreen platform
};

/// Every subcommand, in the order --help lists them.
QList<Command> commands();
/// True when argv names a subcommand, --help or --version (so no window is needed).
bool isHeadless(const QStringList &args);
/// True when the subcommand named by args paints and so needs a (headless) QApplication.
bool needsGui(const QStringList &args);
/// Runs the headless part; args excludes the program name.
int run(const QStringList &args);

QTextStream &out();
QTextStream &err();

/// Small argument parser for "--flag VALUE", "--switch" and positionals.
class Args
{
public:
    Args(const QStringList &args, const QStringList &valueOptions, const QStringList &switches);
    bool ok() const { return mError.isEmpty(); }
    QString error() const { return mError; }
    QStringList positionals() const { return mPositionals; }
    bool has(const QString &name) const { return mValues.contains(name) || mSwitches.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return mValues.value(name, fallback); }
    QStringList values(const QString &name) const { return mValues.values(name); }

private:
    QStringList mPositionals;
    QMultiHash<QString, QString> mValues;
    QStringList mSwitches;
    QString mError;
};

/// Prints "petaksd: MESSAGE" to stderr and returns @p code.
int fail(const QString &message, int code = Usage);

// Command groups, one file each.
QList<Command> projectCommands(); // new, demo, check, attach
QList<Command> rulesCommands(); // classify
QList<Command> engineCommands(); // suggest, synth
QList<Command> ioCommands(); // template, import, export
QList<Command> statsCommands(); // stats
QList<Command> shareCommands(); // send, merge
QList<Command> mapCommands(); // map
QList<Command> reportCommands(); // report

} // namespace ksd::cli
