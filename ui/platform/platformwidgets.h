#pragma once

#include "platform/platformdefinition.h"
#include "platform/platformfile.h"

#include <QList>
#include <QString>

class QAbstractItemModel;
class QComboBox;
class QTableView;
class QWidget;

namespace roledesk {

/// A read-only table of whole rows for the Platform page: rows selected whole, no row numbers,
/// the last column stretched, rule-made rows italic (PlatformGrantDelegate).
QTableView *makePlatformTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                              QWidget *parent);
/// A combo box one can type into to find an entry (any part of its text), never adding one.
QComboBox *makeSearchableCombo(QWidget *parent);
/// Fills \a combo with \a people ("Name (id)", data: id), first \a noneText (data: empty) when
/// given; keeps the current person when still there.
void fillPersonCombo(QComboBox *combo, const QList<PlatformPerson> &people, const QString &noneText = {});
/// Fills \a combo with the permissions of \a definition (text: name, data: id, tooltip: note).
void fillPermissionCombo(QComboBox *combo, const PlatformDefinition &definition);
/// Fills \a combo with "organization" (data: empty) when \a withOrganization, then \a projects
/// (data: the project), first \a anyText (data: "*") when given; keeps the current entry.
void fillScopeCombo(QComboBox *combo, const QStringList &projects, bool withOrganization, const QString &anyText = {});

} // namespace roledesk
