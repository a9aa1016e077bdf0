#pragma once

#include "slpm/groupoperations.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace roledesk {

/// The preview of one schema-group operation before it runs: what it does (in the vendor's
/// terms), the exact statement, and for migrate and cleanup the batch size (objects per call).
/// Accepted by Run; request() is then what to run.
class GroupOperationDialog : public QDialog {
    Q_OBJECT
public:
    /// A preview of \a request; \a left: objects migrate still has to hand over (-1: unknown).
    explicit GroupOperationDialog(const GroupOperationRequest &request, qint64 left = -1, QWidget *parent = nullptr);

    /// The request with the batch size chosen.
    GroupOperationRequest request() const;
    QPlainTextEdit *sqlView() const { return m_sql; }
    /// Migrate and cleanup: the batch size; nullptr for the others.
    QSpinBox *batchSpin() const { return m_batch; }
    QPushButton *runButton() const { return m_run; }
    QLabel *explanationLabel() const { return m_explanation; }

    /// What \a request does, for people (translated).
    static QString explanation(const GroupOperationRequest &request);

private:
    void updateSql();

    GroupOperationRequest m_request;
    QLabel *m_explanation;
    QPlainTextEdit *m_sql;
    QSpinBox *m_batch = nullptr;
    QPushButton *m_run;
};

} // namespace roledesk
