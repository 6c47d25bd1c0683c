// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>
#include "cli.h"
#include "util/version.h"

#include <cstdio>

namespace ksd::cli {

namespace {
// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    err() << "petaksd: " << message << Qt::endl;
    return code;
}

Args::Args(const QStringList &args, const QStringList &valueOptions, const QStringList &switches)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString inlineValue;
            const bool hasInline = name.contains(QLatin1Char('='));
            if (hasInline) {
                inlineValue = name.section(QLatin1Char('='), 1);
                name = name.section(QLatin1Char('='), 0, 0);
            }
            if (valueOptions.contains(name)) {
                if (hasInline) {
                    mValues.insert(name, inlineValue);
                } else if (i + 1 < args.size()) {
                    mValues.insert(name, args[++i]);
                } else {
                    mError = Tr::tr("opsi --%1 memerlukan nilai").arg(name);
                    return;
                }
            } else if (switches.contains(name) && !hasInline) {
                mSwitches.append(name);
            } else {
                mError = Tr::tr("opsi tidak dikenal: %1").arg(a);
                return;
            }
        } else if (a == QLatin1String("-o") && valueOptions.contains(QStringLiteral("o"))) {
            if (i + 1 >= args.size()) {
                mError = Tr::tr("opsi -o memerlukan nama berkas");
                return;
            }
            mValues.insert(QStringLiteral("o"), args[++i]);
        } else {
            mPositionals.append(a);
        }
    }
}

QList<Command> commands()
{
    QList<Command> all;
    all += projectCommands();
    all += rulesCommands();
    all += engineCommands();
    all += ioCommands();
    all += statsCommands();
    all += shareCommands();
    all += mapCommands();
    all += reportCommands();
    return all;
}

bool isHeadless(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version"))
        return true;
    // Anything but a project file or a Qt option is a subcommand, known or not, so that a typo gets an
    // error message instead of a window.
    return !first.startsWith(QLatin1Char('-')) && !first.endsWith(QLatin1String(".ksd"), Qt::CaseInsensitive);
}

bool needsGui(const QStringList &args)
{
    for (const Command &c : commands()) {
        if (c.name == args.value(0))
            return c.needsGui;
    }
    return false;
}

int run(const QStringList &args)
{
    const QString first = args.value(0);
    if (first == QLatin1String("--version")) {
        out() << programNameAndVersion() << Qt::endl;
        return Ok;
    }
    const QList<Command> all = commands();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || (first == QLatin1String("help") && args.size() == 1)) {
        out() << Tr::tr("PetaKSD %1: pemetaan Kerja Sama Daerah.").arg(programVersion()) << "\n\n"
              << Tr::tr("Penggunaan:") << "\n"
              << "  petaksd [FILE.ksd]\n      " << Tr::tr("membuka jendela aplikasi") << "\n";
        for (const Command &c : all)
            out() << "  petaksd " << c.name << ' ' << c.synopsis << "\n      " << c.summary << "\n";
        out() << "\n" << Tr::tr("Kode keluar: 0 berhasil, 1 masukan ditolak, 2 argumen atau berkas tidak valid, "
                            "3 penggabungan berhenti karena konflik.")
              << Qt::endl;
        return Ok;
    }
    const bool helpWord = first == QLatin1String("help");
    for (const Command &c : all) {
        const bool wantsHelp = args.size() == 2
            && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"));
        if ((helpWord && c.name == args.value(1)) || (c.name == first && wantsHelp)) {
            out() << Tr::tr("Penggunaan:") << "\n  petaksd " << c.name << ' ' << c.synopsis << "\n      " << c.summary
                  << Qt::endl;
            return Ok;
        }
        if (c.name == first) {
            const int rc = c.run(args.mid(1));
            out().flush();
            err().flush();
            return rc;
        }
    }
    return fail(Tr::tr("perintah tidak dikenal: %1 (lihat petaksd --help)").arg(helpWord ? args.value(1) : first));
}

} // namespace ksd::cli
