#include "modelrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>
#include <utility>

namespace roledesk::standin {

namespace {

// --- protobuf text format, just enough of it ----------------------------------------------------

struct PbMessage;

struct PbValue {
    QString scalar;
    std::shared_ptr<PbMessage> message; ///< set for a nested message
};

struct PbMessage {
    QList<std::pair<QString, PbValue>> fields;

    QList<PbValue> values(const QString &name) const
    {
        QList<PbValue> out;
        for (const auto &[key, value] : fields)
            if (key == name)
                out << value;
        return out;
    }
    QString scalar(const QString &name) const
    {
        for (const auto &[key, value] : fields)
            if (key == name && !value.message)
                return value.scalar;
        return {};
    }
    const PbMessage *message(const QString &name) const
    {
        for (const auto &[key, value] : fields)
            if (key == name && value.message)
                return value.message.get();
        return nullptr;
    }
};

/// A recursive-descent reader of protobuf text format: fields "name: value", "name { ... }",
/// "name: [ a, b ]" (a list becomes repeated fields), "#" comments, quoted strings with escapes.
class PbTextParser {
public:
    explicit PbTextParser(const QString &text) : m_text(text) {}

    std::optional<PbMessage> parse(QString *error)
    {
        PbMessage top;
        if (!readFields(top, QString()) || (!m_error.isEmpty())) {
            *error = m_error;
            return std::nullopt;
        }
        return top;
    }

private:
    enum class Kind { End, Punct, String, Bare };
    struct Token { Kind kind = Kind::End; QString text; };

    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("line %1: %2").arg(m_line).arg(what);
        return false;
    }

    Token peek()
    {
        const qsizetype pos = m_pos;
        const int line = m_line;
        const Token t = next();
        m_pos = pos;
        m_line = line;
        return t;
    }

    Token next()
    {
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
                if (m_text.at(m_pos) == u'\n')
                    ++m_line;
                ++m_pos;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'#') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                    ++m_pos;
                continue;
            }
            break;
        }
        if (m_pos >= m_text.size())
            return {};
        const QChar c = m_text.at(m_pos);
        if (QStringLiteral("{}[]:,;<>").contains(c)) {
            ++m_pos;
            return {Kind::Punct, QString(c)};
        }
        if (c == u'"' || c == u'\'') {
            QString s;
            ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != c) {
                QChar ch = m_text.at(m_pos++);
                if (ch == u'\\' && m_pos < m_text.size()) {
                    ch = m_text.at(m_pos++);
                    if (ch == u'n')
                        ch = u'\n';
                    else if (ch == u't')
                        ch = u'\t';
                }
                s += ch;
            }
            if (m_pos >= m_text.size()) {
                fail(QStringLiteral("unterminated string"));
                return {};
            }
            ++m_pos;
            return {Kind::String, s};
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || QStringLiteral("_.+-").contains(m_text.at(m_pos))))
            ++m_pos;
        if (m_pos == start) {
            fail(QStringLiteral("unexpected character '%1'").arg(c));
            return {};
        }
        return {Kind::Bare, m_text.mid(start, m_pos - start)};
    }

    // Fields up to \a closing ("}" or ">"), or to the end of the text when it is empty.
    bool readFields(PbMessage &msg, const QString &closing)
    {
        for (;;) {
            const Token t = next();
            if (!m_error.isEmpty())
                return false;
            if (t.kind == Kind::End)
                return closing.isEmpty() ? true : fail(QStringLiteral("missing '%1'").arg(closing));
            if (t.kind == Kind::Punct && t.text == closing)
                return true;
            if (t.kind == Kind::Punct && (t.text == u"," || t.text == u";"))
                continue;
            if (t.kind != Kind::Bare)
                return fail(QStringLiteral("expected a field name, found '%1'").arg(t.text));
            if (!readValue(msg, t.text))
                return false;
        }
    }

    bool readValue(PbMessage &msg, const QString &name)
    {
        Token t = next();
        if (t.kind == Kind::Punct && t.text == u":")
            t = next();
        if (t.kind == Kind::Punct && t.text == u"[") {
            for (;;) {
                const Token item = peek();
                if (item.kind == Kind::Punct && item.text == u"]") {
                    next();
                    return true;
                }
                if (item.kind == Kind::Punct && item.text == u",") {
                    next();
                    continue;
                }
                if (!readOne(msg, name, next()))
                    return false;
            }
        }
        return readOne(msg, name, t);
    }

    bool readOne(PbMessage &msg, const QString &name, const Token &t)
    {
        if (t.kind == Kind::Punct && (t.text == u"{" || t.text == u"<")) {
            auto nested = std::make_shared<PbMessage>();
            if (!readFields(*nested, t.text == u"{" ? QStringLiteral("}") : QStringLiteral(">")))
                return false;
            msg.fields.append({name, PbValue{QString(), nested}});
            return true;
        }
        if (t.kind == Kind::String) {
            QString s = t.text;
            while (peek().kind == Kind::String) // adjacent strings concatenate
                s += next().text;
            msg.fields.append({name, PbValue{s, nullptr}});
            return true;
        }
        if (t.kind == Kind::Bare) {
            msg.fields.append({name, PbValue{t.text, nullptr}});
            return true;
        }
        return fail(QStringLiteral("expected a value for '%1'").arg(name));
    }

    const QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
};

bool parseFaults(const QString &spec, Faults *faults, QString *error)
{
    for (const QString &raw : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const qsizetype colon = item.indexOf(u':');
        const QString key = colon < 0 ? item : item.left(colon);
        const QString arg = colon < 0 ? QString() : item.mid(colon + 1);
        bool ok = true;
        if (key == u"wrong_datatype" && arg.isEmpty())
            faults->wrongDatatype = true;
        else if (key == u"wrong_shape" && arg.isEmpty())
            faults->wrongShape = true;
        else if (key == u"bad_json" && arg.isEmpty())
            faults->badJson = true;
        else if (key == u"no_outputs" && arg.isEmpty())
            faults->noOutputs = true;
        else if (key == u"delay_ms") {
            faults->delayMs = arg.toInt(&ok);
            ok = ok && faults->delayMs >= 0 && faults->delayMs <= 600000;
        } else if (key == u"error") {
            faults->errorStatus = arg.toInt(&ok);
            ok = ok && faults->errorStatus >= 400 && faults->errorStatus <= 599;
        } else
            ok = false;
        if (!ok) {
            *error = QStringLiteral("unknown standin_fault '%1' (use wrong_datatype, wrong_shape, bad_json, "
                                    "no_outputs, delay_ms:<0-600000>, error:<400-599>)").arg(item);
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ModelConfig> parseModelConfig(const QString &text, const QString &modelName, QString *error)
{
    PbTextParser parser(text);
    QString why;
    const std::optional<PbMessage> top = parser.parse(&why);
    if (!top) {
        *error = QStringLiteral("config.pbtxt: %1").arg(why);
        return std::nullopt;
    }
    ModelConfig config;
    const QString name = top->scalar(QStringLiteral("name"));
    if (!name.isEmpty() && name != modelName) {
        *error = QStringLiteral("config.pbtxt names model '%1', but its folder is '%2'").arg(name, modelName);
        return std::nullopt;
    }
    const QString platform = top->scalar(QStringLiteral("platform"));
    const QString backend = top->scalar(QStringLiteral("backend"));
    if (!platform.isEmpty())
        config.platform = platform;
    else if (!backend.isEmpty())
        config.platform = backend == u"onnxruntime" ? QStringLiteral("onnxruntime_onnx") : backend;
    if (const PbMessage *input = top->message(QStringLiteral("input"))) {
        const QString inputName = input->scalar(QStringLiteral("name"));
        if (!inputName.isEmpty())
            config.inputName = inputName;
    }
    const PbMessage *output = top->message(QStringLiteral("output"));
    const QList<PbValue> dims = output ? output->values(QStringLiteral("dims")) : QList<PbValue>();
    if (dims.isEmpty()) {
        *error = QStringLiteral("config.pbtxt: no output dims (e.g. output [ { name: \"EMBEDDING\" "
                                "data_type: TYPE_FP32 dims: [ 384 ] } ])");
        return std::nullopt;
    }
    const QString outputName = output->scalar(QStringLiteral("name"));
    if (!outputName.isEmpty())
        config.outputName = outputName;
    bool ok = false;
    config.dimension = dims.last().scalar.toInt(&ok);
    if (!ok || config.dimension <= 0 || config.dimension > 65536) {
        *error = QStringLiteral("config.pbtxt: the output dimension '%1' is not a number from 1 to 65536")
                     .arg(dims.last().scalar);
        return std::nullopt;
    }
    for (const PbValue &p : top->values(QStringLiteral("parameters"))) {
        if (!p.message || p.message->scalar(QStringLiteral("key")) != u"standin_fault")
            continue;
        const PbMessage *value = p.message->message(QStringLiteral("value"));
        const QString spec = value ? value->scalar(QStringLiteral("string_value")) : QString();
        if (!parseFaults(spec, &config.faults, error)) {
            *error = QStringLiteral("config.pbtxt: %1").arg(*error);
            return std::nullopt;
        }
    }
    return config;
}

ModelRepository::ModelRepository(QString root) : m_root(std::move(root)) {}

bool ModelRepository::validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return name != u"." && name != u".." && re.match(name).hasMatch();
}

bool ModelRepository::known(const QString &name) const
{
    return validName(name) && (m_states.contains(name) || QFileInfo(m_root + u'/' + name).isDir());
}

QString ModelRepository::highestVersion(const QString &name) const
{
    const QDir dir(m_root + u'/' + name);
    qint64 best = -1;
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 v = entry.toLongLong(&ok);
        if (ok && v > best && entry == QString::number(v) && QFileInfo(dir.filePath(entry + QStringLiteral("/model.onnx"))).isFile())
            best = v;
    }
    return best < 0 ? QString() : QString::number(best);
}

QList<IndexEntry> ModelRepository::index() const
{
    QMap<QString, IndexEntry> rows;
    const QDir dir(m_root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (validName(name))
            rows.insert(name, {name, highestVersion(name), false, QStringLiteral("unloaded")});
    }
    for (const ModelState &s : m_states) {
        IndexEntry &e = rows[s.name];
        e.name = s.name;
        if (s.loaded)
            e.version = s.version;
        e.ready = s.loaded;
        e.reason = s.reason;
    }
    return rows.values();
}

bool ModelRepository::load(const QString &name, QString *error)
{
    if (!validName(name) || !QFileInfo(m_root + u'/' + name).isDir()) {
        *error = QStringLiteral("failed to load '%1', failed to poll from model repository").arg(name);
        if (validName(name) && m_states.contains(name) && !m_states[name].loaded)
            m_states[name].reason = *error;
        return false;
    }
    const auto failed = [&](const QString &why) {
        *error = QStringLiteral("failed to load '%1': %2").arg(name, why);
        ModelState &s = m_states[name];
        s.name = name;
        if (!s.loaded)
            s.reason = *error;
        return false;
    };
    QFile file(m_root + u'/' + name + QStringLiteral("/config.pbtxt"));
    if (!file.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QString why;
    const std::optional<ModelConfig> config = parseModelConfig(QString::fromUtf8(file.readAll()), name, &why);
    if (!config)
        return failed(why);
    const QString version = highestVersion(name);
    if (version.isEmpty())
        return failed(QStringLiteral("no version folder under %1 holds model.onnx").arg(m_root + u'/' + name));
    ModelState &s = m_states[name];
    s.name = name;
    s.loaded = true;
    s.version = version;
    s.reason.clear();
    s.config = *config;
    return true;
}

void ModelRepository::unload(const QString &name)
{
    const auto it = m_states.find(name);
    if (it == m_states.end() || !it->loaded)
        return;
    it->loaded = false;
    it->reason = QStringLiteral("unloaded");
}

ModelState *ModelRepository::state(const QString &name)
{
    const auto it = m_states.find(name);
    return it == m_states.end() ? nullptr : &*it;
}

} // namespace roledesk::standin
