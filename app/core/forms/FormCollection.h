#pragma once

#include "forms/Form.h"
#include "forms/FormValidator.h"
#include "table/Table.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tenarai {

// One saved answer: a row of the form's table.
struct Submission
{
    QString id;              // a UUID, stable across edits
    QDateTime submittedAt;   // UTC
    QDateTime updatedAt;     // UTC; equals submittedAt until edited
    FormValues values;       // by field id
    friend bool operator==(const Submission &, const Submission &) = default;
};

// A form together with what was collected with it and the answer being typed, in one file
// ("tenarai-form-data", docs/form-format.md) so that nothing is lost between sessions. Saving
// is atomic (QSaveFile): a crash leaves the previous file whole. Values of fields that were
// later removed from the form stay in the file but leave the table.
class FormCollection
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormCollection)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxSubmissions = 100000;
    static constexpr qint64 MaxFileBytes = 256 * 1024 * 1024;

    Form form;
    QList<Submission> submissions;   // in the order submitted
    FormInputs draft;                // the unfinished answer, kept until submitted or discarded
    QString draftSubmissionId;       // when the draft edits a saved answer; empty for a new one

    // Validates and appends (or, with an id, replaces) a submission; the error lists the
    // fields that did not pass. now is injectable for tests.
    Result<Submission> submit(const FormInputs &inputs, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<Submission> update(const QString &submissionId, const FormInputs &inputs,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool remove(const QString &submissionId);
    int indexOf(const QString &submissionId) const; // -1 when absent

    // The answers as a table: one column per answer field in form order (named by label), one
    // row per submission, kinds kept (dates as dates, numbers as numbers), then a column
    // 「回答日時」 with the submission's local date-time.
    Table toTable() const;
    // XLSX or CSV by the file's extension (TableIO), with the header row styled in XLSX.
    Status exportTo(const QString &path) const;

    QByteArray toJson() const;
    static Result<FormCollection> fromJson(const QByteArray &json, const QString &fileName = QString());
    static Result<FormCollection> load(const QString &path);
    Status save(const QString &path) const;
};

} // namespace tenarai
