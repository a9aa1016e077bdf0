#include "groups/groupoperationdialog.h"

#include "common/sqlhighlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roledesk {

GroupOperationDialog::GroupOperationDialog(const GroupOperationRequest &request, qint64 left, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_explanation(new QLabel(explanation(request), this))
    , m_sql(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
{
    setObjectName(QStringLiteral("groupOperationDialog"));
    setWindowTitle(request.title());
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_sql->setObjectName(QStringLiteral("sql"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setMaximumHeight(m_sql->fontMetrics().lineSpacing() * 5);
    new SqlHighlighter(m_sql->document());
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    const bool batched = request.operation == GroupOperation::Migrate || request.operation == GroupOperation::Cleanup;
    if (batched) {
        m_batch = new QSpinBox(this);
        m_batch->setObjectName(QStringLiteral("batch"));
        m_batch->setRange(0, 100000);
        m_batch->setValue(request.batch);
        m_batch->setSpecialValueText(tr("0 (max_locks_per_transaction)"));
        m_batch->setToolTip(tr("Objects per call; each call commits on its own. 0 lets the server choose "
                               "(max_locks_per_transaction)."));
        connect(m_batch, &QSpinBox::valueChanged, this, &GroupOperationDialog::updateSql);
        auto *form = new QFormLayout;
        form->addRow(tr("Objects per &batch:"), m_batch);
        layout->addLayout(form);
    }
    if (left >= 0 && request.operation == GroupOperation::Migrate)
        layout->addWidget(new QLabel(tr("%n object(s) still to hand over.", nullptr, int(left)), this));
    auto *sqlLabel = new QLabel(batched ? tr("Statement, called until it answers COMPLETED:") : tr("Statement:"), this);
    layout->addWidget(sqlLabel);
    layout->addWidget(m_sql);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    updateSql();
}

GroupOperationRequest GroupOperationDialog::request() const
{
    GroupOperationRequest r = m_request;
    if (m_batch)
        r.batch = m_batch->value();
    return r;
}

void GroupOperationDialog::updateSql()
{
    m_sql->setPlainText(request().statement().display() + u';');
}

QString GroupOperationDialog::explanation(const GroupOperationRequest &request)
{
    const bool spm = request.model == GroupModel::Spm;
    switch (request.operation) {
    case GroupOperation::Enable:
        return (spm ? tr("Creates the database-level groups {db}_admin, {db}_developer, {db}_writer and {db}_viewer.")
                    : tr("Creates the group {db}.admin and, for every schema, {db}.{schema}.developer, writer and viewer."))
               + u' '
               + tr("Revokes every database and schema privilege from PUBLIC and gives CONNECT to every group; admin "
                    "becomes the owner of the database and its schemas. From now on a new object belongs to the "
                    "developer group, writer may change its data and viewer read it. Users in no group lose CONNECT. "
                    "GRANT, REVOKE and ALTER … OWNER are refused while the model is on. Objects that exist already "
                    "are handed over by Migrate. Only a superuser may enable, and not while other sessions run SQL in "
                    "the database.");
    case GroupOperation::Migrate:
        return tr("Hands the objects that existed before enabling to the developer group, one batch per call. Each "
                  "call commits on its own: a cancelled migrate keeps its batches and goes on where it stopped when it "
                  "is run again.");
    case GroupOperation::Disable:
        return tr("Turns the model off. The groups are kept, with their rights on existing objects (not on new ones); "
                  "developer groups stay owners. PUBLIC gets its defaults back: CONNECT and TEMPORARY on the database, "
                  "USAGE and CREATE on schema public, EXECUTE on functions and procedures, USAGE on languages and "
                  "types. Clean up drops the groups afterwards.");
    case GroupOperation::Cleanup:
        return tr("Drops the groups the disabled model left in database %1 and hands what they owned to you, one batch "
                  "per call; each call commits on its own.").arg(request.database);
    }
    return {};
}

} // namespace roledesk
