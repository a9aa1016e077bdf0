#include "platform/platformwidgets.h"

#include "models/platformgrantmodel.h"
#include "models/platformpeoplemodel.h"
#include "platform/platformgridheader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace roledesk {

QTableView *makePlatformTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                              QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new PlatformGrantDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(accessibleName);
    return view;
}

QComboBox *makeSearchableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(28);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

void fillPersonCombo(QComboBox *combo, const QList<PlatformPerson> &people, const QString &noneText)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const PlatformPerson &p : people) {
        combo->addItem(PlatformPeopleModel::displayName(p), p.id);
        if (p.kind == PlatformPerson::Kind::Machine)
            combo->setItemData(combo->count() - 1, QCoreApplication::translate("roledesk::PlatformWidgets", "machine user"), Qt::ToolTipRole);
    }
    const int again = combo->findData(current);
    combo->setCurrentIndex(again >= 0 ? again : (noneText.isEmpty() ? -1 : 0));
}

void fillPermissionCombo(QComboBox *combo, const PlatformDefinition &definition)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    for (const PlatformPermission &p : definition.permissions) {
        combo->addItem(p.name, p.id);
        if (!p.note.isEmpty())
            combo->setItemData(combo->count() - 1, p.note, Qt::ToolTipRole);
    }
    const int again = combo->findData(current);
    combo->setCurrentIndex(again >= 0 ? again : (combo->count() ? 0 : -1));
}

void fillScopeCombo(QComboBox *combo, const QStringList &projects, bool withOrganization, const QString &anyText)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, QStringLiteral("*"));
    if (withOrganization)
        combo->addItem(PlatformGrantModel::scopeText({}), QString());
    for (const QString &p : projects)
        combo->addItem(p, p);
    const int again = current.isValid() ? combo->findData(current) : -1;
    combo->setCurrentIndex(again >= 0 ? again : (combo->count() ? 0 : -1));
}

} // namespace roledesk
