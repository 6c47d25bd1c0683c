// SPDX-License-Identifier: Apache-2.0
#include "project.h"

namespace ksd {

Project Project::create(const QString &ownerRegion, const QString &title, int year)
{
    Project p;
    p.projectId = QUuid::createUuid();
    p.title = title;
    p.ownerRegion = ownerRegion;
    p.year = year;
    p.scope = {ownerRegion};
    p.created = nowUtc();
    p.modified = p.created;
    return p;
}

QList<const Entry *> Project::liveEntries() const
{
    QList<const Entry *> out;
    out.reserve(entries.size());
    for (const Entry &e : entries) {
        if (!e.meta.deleted)
            out.append(&e);
    }
    return out;
}

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QUuid &id)
{
    for (const T &r : list) {
        if (r.meta.id == id)
            return &r;
    }
    return nullptr;
}
} // namespace

MergeLogArchive::~MergeLogArchive() = default;

bool ArchivedMergeLog::operator==(const ArchivedMergeLog &o) const
{
    if (rows == o.rows)
        return true;
    const qint64 n = rows ? rows->rowCount() : 0;
    const qint64 m = o.rows ? o.rows->rowCount() : 0;
    if (n != m)
        return false;
    return n == 0 || rows->digest() == o.rows->digest();
}

Status forEachMergeLogRow(const Project &project, const std::function<void(const MergeLogEntry &)> &row)
{
    if (project.archivedLog.rows) {
        if (Status s = project.archivedLog.rows->forEach(row); !s)
            return s;
    }
    for (const MergeLogEntry &e : project.mergeLog)
        row(e);
    return Status::success();
}

qint64 mergeLogRowCount(const Project &project)
{
    return (project.archivedLog.rows ? project.archivedLog.rows->rowCount() : 0) + project.mergeLog.size();
}

const Entry *Project::entry(const QUuid &id) const { return findById(entries, id); }
const Proposal *Project::proposal(const QUuid &id) const { return findById(proposals, id); }
const Agreement *Project::agreement(const QUuid &id) const { return findById(agreements, id); }
const IncomingOffer *Project::offer(const QUuid &id) const { return findById(offers, id); }

QDateTime Project::lastRecordChange() const
{
    QDateTime last;
    const auto consider = [&last](const RecordMeta &m) {
        if (m.modified.isValid() && (!last.isValid() || m.modified > last))
            last = m.modified;
    };
    for (const Entry &e : entries)
        consider(e.meta);
    for (const Proposal &p : proposals)
        consider(p.meta);
    for (const Agreement &a : agreements)
        consider(a.meta);
    for (const MonevRecord &m : monev)
        consider(m.meta);
    for (const AttachedDocument &d : documents)
        consider(d.meta);
    for (const IncomingOffer &o : offers)
        consider(o.meta);
    return last;
}

} // namespace ksd
