#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace YAML {
class Emitter;
class Node;
}

// Internal to src/policy: the tree that policy files are read into and written from.
namespace roledesk::policytree {

/// A format-neutral tree, so that YAML and JSON share one reader and one writer. Lines come
/// from yaml-cpp (1-based, 0 when unknown); paths ("grants[3].privileges") from the reader.
struct Node {
    enum class Type { Null, Text, Bool, Number, Sequence, Map };
    Type type = Type::Null;
    QString text;
    QList<Node> items;
    QList<std::pair<QString, Node>> entries;
    int line = 0;
    QString path;

    const Node *find(const QString &key) const
    {
        for (const auto &[k, v] : entries)
            if (k == key)
                return &v;
        return nullptr;
    }
    static Node text_(const QString &t) { Node n; n.type = Type::Text; n.text = t; return n; }
    static Node bool_(bool b) { Node n; n.type = Type::Bool; n.text = b ? QStringLiteral("true") : QStringLiteral("false"); return n; }
    static Node number(qint64 v) { Node n; n.type = Type::Number; n.text = QString::number(v); return n; }
    static Node seq() { Node n; n.type = Type::Sequence; return n; }
    static Node map() { Node n; n.type = Type::Map; return n; }
    void add(const QString &key, Node value) { entries.push_back({key, std::move(value)}); }
};

/// "parent.key", or key at the top.
QString childPath(const QString &parent, const QString &key);
/// The tree of a YAML document; \a path names the node in messages.
Node fromYaml(const YAML::Node &y, const QString &path);
/// The tree of a JSON value.
Node fromJson(const QJsonValue &j, const QString &path);
/// Emits \a n; \a flow writes a sequence on one line.
void toYaml(YAML::Emitter &out, const Node &n, bool flow = false);
/// The JSON value of \a n.
QJsonValue toJson(const Node &n);

} // namespace roledesk::policytree
