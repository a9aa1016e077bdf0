#include "platform/platformdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace roledesk {

/// One edit: the whole file before and after, so that undo and redo restore it exactly.
class PlatformEditCommand : public QUndoCommand {
public:
    PlatformEditCommand(PlatformDocument *document, PlatformFile before, PlatformFile after, const QString &text)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_document->setFile(m_before); }
    void redo() override { m_document->setFile(m_after); }

private:
    PlatformDocument *m_document;
    PlatformFile m_before;
    PlatformFile m_after;
};

PlatformDocument::PlatformDocument(QObject *parent)
    : QObject(parent)
    , m_definition(&PlatformDefinition::builtin())
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

PlatformDocument::~PlatformDocument() = default;

QString PlatformDocument::open(const QString &path)
{
    const PlatformFileLoad load = PlatformFileFormat::load(path);
    if (!load.ok())
        return load.error;
    if (!PlatformDefinition::builtinIds().contains(load.file.definitionId))
        return tr("%1: unknown platform “%2”").arg(QFileInfo(path).fileName(), load.file.definitionId);
    m_definition = &PlatformDefinition::builtin(load.file.definitionId);
    m_path = QFileInfo(path).absoluteFilePath();
    m_file = load.file;
    m_loadWarnings = load.warnings;
    m_directory.reset();
    m_directoryDescription.clear();
    m_undo->clear();
    m_undo->setClean();
    // An import named by the file is part of it: people and groups come with the file.
    if (const QString importPath = PlatformFileFormat::importPath(m_path, m_file); !importPath.isEmpty()) {
        if (const QString error = loadDirectoryImport(importPath); !error.isEmpty())
            m_loadWarnings.append(error);
    }
    evaluate();
    emit opened();
    emit changed();
    emit modifiedChanged(false);
    return {};
}

QString PlatformDocument::loadDirectoryImport(const QString &path)
{
    const DirectoryLoad load = DirectoryImport::load(path, m_file.directory.provider);
    if (!load.ok())
        return load.error.isEmpty() ? tr("%1: reading was cancelled").arg(path) : load.error;
    m_directory = load.directory;
    m_directoryDescription = QFileInfo(path).fileName();
    return {};
}

void PlatformDocument::setDirectory(const Directory &directory, const QString &description)
{
    m_directory = directory;
    m_directoryDescription = description;
    evaluate();
    emit changed();
}

QStringList PlatformDocument::warnings() const
{
    QStringList all = m_loadWarnings;
    if (m_directory)
        all += m_directory->warnings;
    all += m_evaluation.problems();
    return all;
}

QList<PlatformPerson> PlatformDocument::people() const
{
    QHash<QString, const DirectoryPerson *> fromDirectory;
    if (m_directory)
        for (const DirectoryPerson &p : m_directory->people)
            fromDirectory.insert(p.id, &p);
    QList<PlatformPerson> people;
    for (const QString &id : m_evaluation.people()) {
        PlatformPerson person;
        if (const PlatformPerson *p = m_file.person(id))
            person = *p;
        else
            person.id = id;
        if (const DirectoryPerson *d = fromDirectory.value(id)) {
            if (person.name.isEmpty())
                person.name = d->name;
            if (d->machine)
                person.kind = PlatformPerson::Kind::Machine;
            if (person.provider.isEmpty())
                person.provider = m_directory->provider;
            for (const QString &g : d->groups)
                if (!person.groups.contains(g))
                    person.groups.append(g);
        }
        people.append(person);
    }
    return people;
}

PlatformGrantModel::Names PlatformDocument::names() const
{
    PlatformGrantModel::Names names;
    for (const PlatformPerson &p : people())
        names.people.insert(p.id, p.name);
    names.projects = m_file.projects;
    return names;
}

PlatformVerdict PlatformDocument::edit(const PlatformFile &after, const QString &text)
{
    PlatformVerdict verdict;
    if (!m_actingPerson.isEmpty()) {
        verdict = m_evaluation.mayChange(m_actingPerson, m_file, after);
        if (!verdict.allowed)
            return verdict;
    }
    // The format's own checks (unknown roles, wrong scopes, duplicates...) guard every edit:
    // what the page takes is always a file that loads again.
    const QString name = QFileInfo(m_path).fileName();
    const PlatformFileLoad check = PlatformFileFormat::parse(PlatformFileFormat::serialize(after, *m_definition),
                                                             name, m_definition);
    if (!check.ok()) {
        verdict.allowed = false;
        verdict.explanation = check.error;
        return verdict;
    }
    verdict.allowed = true;
    m_undo->push(new PlatformEditCommand(this, m_file, check.file, text));
    return verdict;
}

void PlatformDocument::setFile(const PlatformFile &file)
{
    m_file = file;
    evaluate();
    emit changed();
}

void PlatformDocument::evaluate()
{
    m_evaluation = PlatformEvaluation::evaluate(*m_definition, m_file, directory());
}

QByteArray PlatformDocument::text() const
{
    return PlatformFileFormat::serialize(m_file, *m_definition);
}

QByteArray PlatformDocument::diskText(const QString &path) const
{
    QFile f(path.isEmpty() ? m_path : path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString PlatformDocument::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_path : QFileInfo(path).absoluteFilePath();
    if (const QString error = PlatformFileFormat::save(m_file, *m_definition, target); !error.isEmpty())
        return error;
    m_path = target;
    m_undo->setClean();
    emit modifiedChanged(false);
    return {};
}

bool PlatformDocument::isModified() const
{
    return !m_undo->isClean();
}

} // namespace roledesk
