// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "refdata/refdata.h" // regionName(), regionLabel()
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace ksd {

/// The kinds of record a ProjectDocument holds (also used by the selection and the inspector).
enum class RecordType { None = 0, Entry, Proposal, Agreement, Monev, Attachment };

/// How a field is shown and edited. The item models report it under ItemRole::Editor and FieldDelegate picks
/// the matching editor, so tables and the inspector edit a field the same way.
enum class EditorKind {
    ReadOnly = 0,
    Text,
    LongText,   ///< multi-line text
    Integer,
    Number,     ///< optional decimal (empty = not known)
    Priority,   ///< 1..5
    Year,
    Bool,
    Date,
    Region,     ///< one Kemendagri code, picked by name
    RegionList, ///< codes separated by commas, each a known region (shown as names)
    Urusan,     ///< one concurrent urusan code
    // Choices among the values of an enum (stored as int):
    EntryKindChoice,
    EvidenceChoice,
    ActivityChoice,
    PartnerTypeChoice,
    DocTypeChoice,
    CategoryChoice,
    StageChoice,
    StatusChoice,
};

/// The item flags of a cell that edits with @p editor: a check box for Bool, editable unless ReadOnly. The
/// tables and the inspector both use it.
Qt::ItemFlags editorItemFlags(EditorKind editor);

/// One option of a choice editor: the label shown and the value stored (the enum as int).
struct Choice
{
    QString label;
    int value = 0;
};
/// The options of a choice editor, in display order; empty for other kinds.
QList<Choice> choicesFor(EditorKind kind);
/// Human text for @p value of a field edited with @p kind (region names, urusan "2.11 Lingkungan Hidup",
/// choice labels, locale numbers and dates, "Ya"/"Tidak").
QString displayValue(EditorKind kind, const QVariant &value);

/// Columns and inspector rows of an Entry. The order is the order of the Isian table.
enum class EntryField {
    Region = 0, Urusan, Kind, Title, Service, Priority, Magnitude, Unit, Externality, Efficiency, SourcePd, Year,
    // inspector only
    Description, ExtLocation, ExtUsers, ExtImpact, ExternalityNote, EfficiencyNote, ExternalityRegions,
    Count
};
constexpr int EntryTableColumns = int(EntryField::Year) + 1;

enum class ProposalField {
    Title = 0, Urusan, SourcePd, Activity, PartnerType, PartnerRegions, PartnerNames, Form, EstimatedCost, InApbd,
    BurdensPublic, Year,
    // inspector only
    Region, Description, SuggestionKey, SuggestionNote,
    Count
};
constexpr int ProposalTableColumns = int(ProposalField::Year) + 1;

enum class AgreementField {
    Title = 0, Category, DocType, Urusan, Parties, SignedOn, StartDate, EndDate, Stage, Status, ImplementingPd, Value,
    // inspector only
    Object, Scope, Funding,
    Count
};
constexpr int AgreementTableColumns = int(AgreementField::Value) + 1;

/// Table-driven access to the fields of one record type: read, validate-and-write, label and editor. Commands,
/// item models and the inspector all go through these, so a field behaves the same everywhere.
template<typename Record, typename Field>
struct FieldSpec
{
    const char *key;    ///< stable machine key
    const char *label;  ///< source text in context "ksd::Fields"
    const char *help;   ///< tooltip source text in context "ksd::Fields" (may be empty)
    EditorKind editor;
    QVariant (*get)(const Record &);
    /// Writes a value; false when the value is not acceptable (unknown code, out of range...). Null = read-only.
    bool (*set)(Record &, const QVariant &);
};

const FieldSpec<Entry, EntryField> &fieldSpec(EntryField f);
const FieldSpec<Proposal, ProposalField> &fieldSpec(ProposalField f);
const FieldSpec<Agreement, AgreementField> &fieldSpec(AgreementField f);

/// Translated label and tooltip of a field.
template<typename Field>
QString fieldLabel(Field f) { return QCoreApplication::translate("ksd::Fields", fieldSpec(f).label); }
template<typename Field>
QString fieldHelp(Field f)
{
    const char *h = fieldSpec(f).help;
    return h && *h ? QCoreApplication::translate("ksd::Fields", h) : QString();
}

/// Whether @p value, typed into the field labelled @p label, fits one field: the limit of the store and the CSV
/// import (textFitsField(), MaxFieldBytes), applied to the text of any value that is text. Otherwise an error
/// naming the field, the value's size and the limit. Every field edit (table cell, inspector) goes through it.
Status checkFieldSize(const QString &label, const QVariant &value);

/// Record contents equal apart from the bookkeeping (used to make no-op commands obsolete).
bool sameContent(const Entry &a, const Entry &b);
bool sameContent(const Proposal &a, const Proposal &b);
bool sameContent(const Agreement &a, const Agreement &b);
bool sameContent(const MonevRecord &a, const MonevRecord &b);
bool sameContent(const AttachedDocument &a, const AttachedDocument &b);
bool sameContent(const IncomingOffer &a, const IncomingOffer &b);

/// "Kabupaten Banjar – Kota Banjarmasin, 2.11 Lingkungan Hidup" for a suggestion key "63.03|63.71|2.11".
QString suggestionKeyLabel(const QString &key);

} // namespace ksd
