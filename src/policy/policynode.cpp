#include "policy/policynode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace roledesk::policytree {

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

Node fromYaml(const YAML::Node &y, const QString &path)
{
    Node n;
    n.path = path;
    n.line = y.Mark().is_null() ? 0 : y.Mark().line + 1;
    if (y.IsSequence()) {
        n.type = Node::Type::Sequence;
        for (std::size_t i = 0; i < y.size(); ++i)
            n.items.push_back(fromYaml(y[i], path + QStringLiteral("[%1]").arg(i)));
    } else if (y.IsMap()) {
        n.type = Node::Type::Map;
        for (auto it = y.begin(); it != y.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            n.entries.push_back({key, fromYaml(it->second, childPath(path, key))});
        }
    } else if (y.IsScalar()) {
        n.type = Node::Type::Text;
        n.text = QString::fromStdString(y.Scalar());
    }
    return n;
}

Node fromJson(const QJsonValue &j, const QString &path)
{
    Node n;
    n.path = path;
    if (j.isArray()) {
        n.type = Node::Type::Sequence;
        const QJsonArray a = j.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            n.items.push_back(fromJson(a.at(i), path + QStringLiteral("[%1]").arg(i)));
    } else if (j.isObject()) {
        n.type = Node::Type::Map;
        const QJsonObject o = j.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n.entries.push_back({it.key(), fromJson(it.value(), childPath(path, it.key()))});
    } else if (j.isBool()) {
        n = Node::bool_(j.toBool());
        n.path = path;
    } else if (j.isDouble()) {
        n.type = Node::Type::Number;
        n.text = QString::number(j.toDouble(), 'g', 17);
    } else if (j.isString()) {
        n.type = Node::Type::Text;
        n.text = j.toString();
    }
    return n;
}

void toYaml(YAML::Emitter &out, const Node &n, bool flow)
{
    switch (n.type) {
    case Node::Type::Null: out << YAML::Null; break;
    case Node::Type::Bool: out << (n.text == u"true"); break;
    case Node::Type::Number: out << n.text.toStdString(); break;
    case Node::Type::Text: {
        const std::string s = n.text.toStdString();
        // A name must read back as text: quote what YAML would take for another type.
        static const QStringList special = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                            QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"),
                                            QStringLiteral("y"), QStringLiteral("n")};
        bool number = false;
        n.text.toDouble(&number);
        if (number || special.contains(n.text.toLower()))
            out << YAML::DoubleQuoted << s;
        else
            out << s;
        break;
    }
    case Node::Type::Sequence:
        if (flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const Node &item : n.items)
            toYaml(out, item, flow);
        out << YAML::EndSeq;
        break;
    case Node::Type::Map:
        out << YAML::BeginMap;
        for (const auto &[k, v] : n.entries) {
            out << YAML::Key << k.toStdString() << YAML::Value;
            // Lists of names and privileges on one line: [SELECT, INSERT].
            const bool scalars = std::all_of(v.items.begin(), v.items.end(),
                                             [](const Node &item) { return item.type == Node::Type::Text; });
            toYaml(out, v, v.type == Node::Type::Sequence && scalars);
        }
        out << YAML::EndMap;
        break;
    }
}

QJsonValue toJson(const Node &n)
{
    switch (n.type) {
    case Node::Type::Null: return QJsonValue::Null;
    case Node::Type::Bool: return n.text == u"true";
    case Node::Type::Number: return n.text.toLongLong();
    case Node::Type::Text: return n.text;
    case Node::Type::Sequence: {
        QJsonArray a;
        for (const Node &item : n.items)
            a.append(toJson(item));
        return a;
    }
    case Node::Type::Map: {
        QJsonObject o;
        for (const auto &[k, v] : n.entries)
            o.insert(k, toJson(v));
        return o;
    }
    }
    return {};
}

} // namespace roledesk::policytree
