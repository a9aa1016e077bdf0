<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditProgress</name>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="102"/>
        <source>reading the catalog: %1 (%2 of %3)</source>
        <translation>正在读取目录: %1 (%2 / %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="108"/>
        <source>%1 of %2 roles, %L3 rows, %4 written</source>
        <translation>角色 %1 / %2,%L3 行,已写入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="117"/>
        <source>done: %1 of %2 roles, %L3 rows (%L4 granted), %5 written</source>
        <translation>完成: 角色 %1 / %2,%L3 行 (已授予 %L4),已写入 %5</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="14"/>
        <source>Connect to PostgreSQL</source>
        <translation>连接到 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="20"/>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="26"/>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="48"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="58"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="68"/>
        <source>D&amp;elete</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="80"/>
        <source>Profile na&amp;me:</source>
        <translation>配置文件名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="90"/>
        <source>Name under which Save keeps these settings</source>
        <translation>保存这些设置时使用的名称</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="100"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="106"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="116"/>
        <source>Host name, IP address or Unix socket folder</source>
        <translation>主机名、IP 地址或 Unix 套接字目录</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="123"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="133"/>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="140"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="153"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="166"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="183"/>
        <source>Remember in the system ke&amp;ychain</source>
        <translation>保存到系统钥匙串(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="190"/>
        <source>Connection st&amp;ring:</source>
        <translation>连接字符串(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="200"/>
        <source>Optional. A libpq URI (postgresql://user@host:5432/db), a key=value string or service=name. The fields above override it where they are filled in.</source>
        <translation>可选。libpq URI（postgresql://user@host:5432/db）、key=value 字符串或 service=name。上方已填写的字段优先于此处的设置。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="203"/>
        <source>postgresql://… , host=… dbname=… or service=…</source>
        <translation>postgresql://… 、host=… dbname=… 或 service=…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="213"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="219"/>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="232"/>
        <source>Root CA cert&amp;ificate:</source>
        <translation>根 CA 证书(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="247"/>
        <location filename="../ui/window/connectiondialog.ui" line="271"/>
        <location filename="../ui/window/connectiondialog.ui" line="295"/>
        <location filename="../ui/window/connectiondialog.ui" line="319"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="256"/>
        <source>Client certi&amp;ficate:</source>
        <translation>客户端证书(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="280"/>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="304"/>
        <source>Revocation &amp;list (CRL):</source>
        <translation>吊销列表 (CRL)(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="333"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="169"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="171"/>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation>未知的 SSL 模式“%1”。</translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="173"/>
        <source>Certificates are set but the SSL mode is &quot;disable&quot;.</source>
        <translation>已设置证书，但 SSL 模式为“disable”。</translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="178"/>
        <source>The connection string is not valid: %1</source>
        <translation>连接字符串无效：%1</translation>
    </message>
</context>
<context>
    <name>EditPlanner</name>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="65"/>
        <source>There is no role named %1.</source>
        <translation>不存在名为 %1 的角色。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="108"/>
        <source>%1 re-granted %2 on %3 to others; those grants are revoked too (CASCADE).</source>
        <translation>%1 已将 %3 上的 %2 再授予其他角色；这些授权也会被撤销（CASCADE）。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="112"/>
        <source>%1 holds no direct grant of %2 on %3; nothing to revoke there.</source>
        <translation>%1 没有被直接授予 %3 上的 %2；无需撤销。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="135"/>
        <source>%1 also holds %2 on the whole table %3, which covers this column; revoke it on the table to take it away.</source>
        <translation>%1 还拥有整个表 %3 上的 %2，该权限覆盖此列；要收回它，请在表上撤销。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="145"/>
        <source>%1 is a superuser and keeps every right on %2.</source>
        <translation>%1 是超级用户，仍拥有 %2 上的全部权限。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="150"/>
        <source>%1 owns %2: it keeps the grant options and can grant itself the right again.</source>
        <translation>%1 是 %2 的所有者：它保留授权选项，并可以再次为自己授予该权限。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="153"/>
        <source>%1 is a member of %2, the owner of %3, and keeps every right through it.</source>
        <translation>%1 是 %3 的所有者 %2 的成员，并通过它保留全部权限。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="173"/>
        <source>%1 still gets %2 through %3.</source>
        <translation>%1 仍通过 %3 获得 %2。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="180"/>
        <source>%1 still has %2 through the predefined role %3.</source>
        <translation>%1 仍通过预定义角色 %3 拥有 %2。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="193"/>
        <source>%1 still has %2 on %3 through PUBLIC; revoke it from PUBLIC to take it away from every role.</source>
        <translation>%1 仍通过 PUBLIC 拥有 %3 上的 %2；要从所有角色收回，请从 PUBLIC 撤销。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="272"/>
        <source>%1 also gets USAGE on schema %2, without which the objects cannot be reached.</source>
        <translation>%1 还会获得模式 %2 上的 USAGE，否则无法访问其中的对象。</translation>
    </message>
</context>
<context>
    <name>GroupDriftFinder</name>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="200"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="201"/>
        <source>In no group: it cannot connect to %1 any more.</source>
        <translation>不在任何组中：它已无法再连接到 %1。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="213"/>
        <source>Not migrated</source>
        <translation>未迁移</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="214"/>
        <source>User in no group</source>
        <translation>不在任何组中的用户</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="215"/>
        <source>Right granted around the groups</source>
        <translation>绕过组授予的权限</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="216"/>
        <source>Schema without groups</source>
        <translation>没有组的模式</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="217"/>
        <source>Group of a dropped schema</source>
        <translation>已删除模式的组</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="218"/>
        <source>Model structure changed</source>
        <translation>模型结构已更改</translation>
    </message>
</context>
<context>
    <name>ModelAccessPlanner</name>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="262"/>
        <source>Only the extension owner (%1) or a superuser may grant and revoke model roles; applying as %2 will be refused.</source>
        <translation>只有扩展所有者（%1）或超级用户才能授予和撤销模型角色；以 %2 身份应用将被拒绝。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="269"/>
        <source>%1 may not grant or revoke %2 on %3: that takes its owner (%4), the grant option or a superuser; applying as %1 will not change it.</source>
        <translation>%1 不能授予或撤销 %3 上的 %2：这需要其所有者（%4）、授权选项或超级用户；以 %1 身份应用不会改变它。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="284"/>
        <source>There is no role named %1.</source>
        <translation>不存在名为 %1 的角色。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="289"/>
        <source>The extension owner is the role that created the extension; every superuser counts as one too. It is not granted: make the role a superuser, or have it own the extension.</source>
        <translation>扩展所有者是创建该扩展的角色；每个超级用户也都算作扩展所有者。它无法授予：请将该角色设为超级用户，或让它拥有该扩展。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="295"/>
        <source>Model roles are given to roles, not to PUBLIC.</source>
        <translation>模型角色只能授予角色，不能授予 PUBLIC。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="297"/>
        <source>Schema pgx_inference is not in the snapshot.</source>
        <translation>快照中没有模式 pgx_inference。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="298"/>
        <source>The function of model %1 (%2) is missing; the model cannot be used by anyone.</source>
        <translation>模型 %1 的函数（%2）缺失；任何人都无法使用该模型。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="330"/>
        <source>through %1</source>
        <translation>通过 %1</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="333"/>
        <source>through a predefined role</source>
        <translation>通过预定义角色</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="335"/>
        <source>through PUBLIC</source>
        <translation>通过 PUBLIC</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="343"/>
        <source>%1 still holds %2 %3.</source>
        <translation>%1 仍拥有 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="343"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="359"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="390"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="402"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="345"/>
        <source>%1 keeps every right of %2 as %3.</source>
        <translation>%1 作为%3，仍保留 %2 的全部权限。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="346"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="350"/>
        <source>a superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="346"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="350"/>
        <source>the extension owner</source>
        <translation>扩展所有者</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="349"/>
        <source>%1 may already do everything %2 allows, as %3; nothing to grant.</source>
        <translation>%1 作为%3，已可执行 %2 允许的一切操作；无需授予。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="355"/>
        <source>The holders of the model roles cannot be read here; %1 may hold %2 already.</source>
        <translation>此处无法读取模型角色的持有者；%1 可能已拥有 %2。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="358"/>
        <source>%1 already holds %2 %3; a direct grant keeps it if that goes.</source>
        <translation>%1 已拥有 %2（%3）；直接授予后，即使该来源消失也会保留。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="367"/>
        <source>USAGE on schema pgx_inference</source>
        <translation>模式 pgx_inference 上的 USAGE</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="368"/>
        <source>the use of model %1</source>
        <translation>模型 %1 的使用权</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="389"/>
        <source>Without USAGE on schema pgx_inference, %1 cannot call the models it may use (%2).</source>
        <translation>没有模式 pgx_inference 上的 USAGE，%1 将无法调用其可以使用的模型（%2）。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="394"/>
        <source>%1 is a superuser and always has %2; nothing to grant.</source>
        <translation>%1 是超级用户，始终拥有 %2；无需授予。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="395"/>
        <source>%1 owns %2 (or inherits its owner) and always has %3; nothing to grant.</source>
        <translation>%1 是 %2 的所有者（或继承其所有者），始终拥有 %3；无需授予。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="401"/>
        <source>%1 already has %2 %3; a direct grant keeps it if that goes.</source>
        <translation>%1 已拥有 %2（%3）；直接授予后，即使该来源消失也会保留。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="415"/>
        <source>%1 also gets USAGE on schema pgx_inference, without which the model cannot be called.</source>
        <translation>%1 还会获得模式 pgx_inference 上的 USAGE，否则无法调用该模型。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/store/profilestore.cpp" line="50"/>
        <source>The workspace is not open.</source>
        <translation>工作区未打开。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="64"/>
        <source>Cannot read the saved connections: %1</source>
        <translation>无法读取已保存的连接：%1</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="97"/>
        <source>Cannot read the connection &quot;%1&quot;: %2</source>
        <translation>无法读取连接“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="110"/>
        <location filename="../src/store/profilestore.cpp" line="160"/>
        <source>A saved connection needs a name.</source>
        <translation>保存的连接需要一个名称。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="114"/>
        <source>The connection string contains a password. Passwords are never saved with a connection; remove it from the string and use the password field (optionally kept in the keychain).</source>
        <translation>连接字符串中包含密码。密码绝不会随连接一起保存；请从字符串中删除密码，改用密码字段（可选择保存在钥匙串中）。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="136"/>
        <source>Cannot save the connection &quot;%1&quot;: %2</source>
        <translation>无法保存连接“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="149"/>
        <source>Cannot delete the connection &quot;%1&quot;: %2</source>
        <translation>无法删除连接“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="151"/>
        <location filename="../src/store/profilestore.cpp" line="163"/>
        <location filename="../src/store/profilestore.cpp" line="175"/>
        <source>There is no saved connection called &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的已保存连接。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="165"/>
        <source>A saved connection called &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的已保存连接已存在。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="173"/>
        <source>Cannot rename the connection &quot;%1&quot;: %2</source>
        <translation>无法重命名连接“%1”：%2</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="14"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="26"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="43"/>
        <source>Connection li&amp;mit:</source>
        <translation>连接数限制(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="62"/>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="69"/>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="84"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="91"/>
        <source>Never e&amp;xpires</source>
        <translation>永不过期(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="102"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="108"/>
        <source>Can &amp;log in (LOGIN)</source>
        <translation>可以登录 (LOGIN)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="111"/>
        <source>A user: the role can open sessions</source>
        <translation>用户：该角色可以建立会话</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="118"/>
        <source>&amp;Inherit privileges of its groups (INHERIT)</source>
        <translation>继承所属组的权限 (INHERIT)(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="121"/>
        <source>Without it, the role must SET ROLE to use a group&apos;s privileges</source>
        <translation>如果不勾选，该角色必须执行 SET ROLE 才能使用组的权限</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="128"/>
        <source>&amp;Superuser (SUPERUSER)</source>
        <translation>超级用户 (SUPERUSER)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="131"/>
        <source>Bypasses every permission check</source>
        <translation>绕过所有权限检查</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="138"/>
        <source>Create &amp;databases (CREATEDB)</source>
        <translation>创建数据库 (CREATEDB)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="145"/>
        <source>Create &amp;roles (CREATEROLE)</source>
        <translation>创建角色 (CREATEROLE)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="152"/>
        <source>Re&amp;plication (REPLICATION)</source>
        <translation>复制 (REPLICATION)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="159"/>
        <source>&amp;Bypass row-level security (BYPASSRLS)</source>
        <translation>绕过行级安全 (BYPASSRLS)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="169"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="175"/>
        <source>&amp;Keep the current password</source>
        <translation>保留当前密码(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="185"/>
        <source>Se&amp;t a new password</source>
        <translation>设置新密码(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="192"/>
        <source>Remove t&amp;he password</source>
        <translation>删除密码(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="199"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="216"/>
        <source>Con&amp;firm:</source>
        <translation>确认(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="233"/>
        <source>The password is turned into a SCRAM verifier by the client; the plain text never reaches the SQL, the plan or the journal.</source>
        <translation>密码由客户端转换为 SCRAM 验证器；明文绝不会出现在 SQL、计划或日志中。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="255"/>
        <source>Member of</source>
        <translation>所属组</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="273"/>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="293"/>
        <source>with &amp;admin option</source>
        <translation>带 ADMIN OPTION(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="304"/>
        <source>Add to gro&amp;up</source>
        <translation>加入组(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="314"/>
        <source>R&amp;emove from group</source>
        <translation>从组中移除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="324"/>
        <source>Toggle admin &amp;option</source>
        <translation>切换 ADMIN OPTION(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SchemaGroupPlanner</name>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="248"/>
        <source>The group for this level does not exist; migrate or enable the model again.</source>
        <translation>此级别的组不存在；请执行迁移，或重新启用该模型。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="260"/>
        <source>%1 is a superuser and keeps every right whatever its groups.</source>
        <translation>%1 是超级用户，无论属于哪些组，都保留全部权限。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="262"/>
        <source>%1 still holds the %2 level through %3.</source>
        <translation>%1 仍通过 %3 拥有 %2 级别。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="287"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="289"/>
        <source>The name %1 is reserved: user names must not end in admin, developer, writer, viewer or all_users.</source>
        <translation>名称 %1 是保留名称：用户名不能以 admin、developer、writer、viewer 或 all_users 结尾。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="292"/>
        <source>The name %1 is longer than 63 bytes.</source>
        <translation>名称 %1 超过 63 字节。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="294"/>
        <source>A role named %1 already exists.</source>
        <translation>名为 %1 的角色已存在。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/store/workspace.cpp" line="105"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="111"/>
        <source>The SQLite driver for Qt is not available.</source>
        <translation>Qt 的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="115"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="168"/>
        <source>Cannot prepare the workspace: %1</source>
        <translation>无法准备工作区：%1</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="172"/>
        <source>The workspace %1 was written by a newer version of RoleDesk (schema %2, this version knows up to %3).</source>
        <translation>工作区 %1 由较新版本的 RoleDesk 写入（架构版本 %2，此版本最高支持 %3）。</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="182"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="189"/>
        <location filename="../src/store/workspace.cpp" line="199"/>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>将工作区升级到架构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>roledesk</name>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="102"/>
        <location filename="../src/plan/planverifier.cpp" line="234"/>
        <location filename="../src/plan/planverifier.cpp" line="267"/>
        <location filename="../src/plan/planverifier.cpp" line="309"/>
        <location filename="../src/plan/planverifier.cpp" line="373"/>
        <location filename="../src/plan/planverifier.cpp" line="383"/>
        <source>role %1 does not exist</source>
        <translation>角色 %1 不存在</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="108"/>
        <source>%1 was not found</source>
        <translation>未找到 %1</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="113"/>
        <source>%1 lacks %2 on %3</source>
        <translation>%1 缺少 %3 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="115"/>
        <source>%1 lacks the grant option for %2 on %3</source>
        <translation>%1 缺少 %3 上 %2 的授权选项</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="145"/>
        <source>%1 still has the grant option for %2 on %3, granted by %4</source>
        <translation>%1 仍拥有由 %4 授予的 %3 上 %2 的授权选项</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="146"/>
        <source>%1 still has %2 on %3, granted by %4</source>
        <translation>%1 仍拥有由 %4 授予的 %3 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="165"/>
        <source>%1 is not a member of %2</source>
        <translation>%1 不是 %2 的成员</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="167"/>
        <source>%1 is a member of %2 without the admin option</source>
        <translation>%1 是 %2 的成员，但没有 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="169"/>
        <source>%1 is still a member of %2</source>
        <translation>%1 仍是 %2 的成员</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="171"/>
        <source>%1 still has the admin option on %2</source>
        <translation>%1 仍拥有 %2 上的 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="178"/>
        <source>role %1: %2 is %3</source>
        <translation>角色 %1：%2 为 %3</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="179"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="179"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="189"/>
        <source>role %1: connection limit is %2</source>
        <translation>角色 %1：连接数限制为 %2</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="195"/>
        <source>role %1: valid until %2</source>
        <translation>角色 %1：有效期至 %2</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="197"/>
        <source>infinity</source>
        <translation>无限期</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="238"/>
        <source>default privileges of %1 on %2</source>
        <translation>%1 在 %2 上的默认权限</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="240"/>
        <source>default privileges of %1 in schema %2 on %3</source>
        <translation>%1 在模式 %2 中 %3 上的默认权限</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="244"/>
        <source>%1: %2 lacks %3</source>
        <translation>%1：%2 缺少 %3</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="246"/>
        <source>%1: %2 lacks the grant option for %3</source>
        <translation>%1：%2 缺少 %3 的授权选项</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="251"/>
        <source>%1: %2 still has %3</source>
        <translation>%1：%2 仍拥有 %3</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="274"/>
        <source>%1 does not hold the model role %2</source>
        <translation>%1 未拥有模型角色 %2</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="276"/>
        <source>%1 still holds the model role %2</source>
        <translation>%1 仍拥有模型角色 %2</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="294"/>
        <source>schema %1 still exists</source>
        <translation>模式 %1 仍然存在</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="296"/>
        <source>schema %1 does not exist</source>
        <translation>模式 %1 不存在</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="302"/>
        <source>group %1 does not exist</source>
        <translation>组 %1 不存在</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="313"/>
        <source>role %1 cannot log in</source>
        <translation>角色 %1 无法登录</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="385"/>
        <location filename="../src/plan/planverifier.cpp" line="389"/>
        <source>role %1 still exists</source>
        <translation>角色 %1 仍然存在</translation>
    </message>
</context>
<context>
    <name>roledesk::AccessTester</name>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="100"/>
        <source>model &quot;%1&quot; does not exist in database %2, or user %3 may not see it</source>
        <translation>模型“%1”在数据库 %2 中不存在，或用户 %3 无权查看</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="140"/>
        <source>role &quot;%1&quot; does not exist</source>
        <translation>角色“%1”不存在</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="184"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="185"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="186"/>
        <source>allowed, inference failed</source>
        <translation>允许，推理失败</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="187"/>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="188"/>
        <source>could not tell</source>
        <translation>无法判断</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditCompareDialog</name>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="62"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="236"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="63"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="65"/>
        <source>Compare with saved audit</source>
        <translation>与已保存的审计比较</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="70"/>
        <source>Filter: role, object, privilege, lineage…</source>
        <translation>过滤器：角色、对象、权限、路径…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="89"/>
        <source>Export differences</source>
        <translation>导出差异</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="89"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="136"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="176"/>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation>%1（%2）与 %3（%4）之间没有差异。</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="180"/>
        <source>%1 since %2: %3 gained, %4 lost.</source>
        <translation>自 %2 以来%1：获得 %3，失去 %4 项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="181"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="183"/>
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n 项权限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="190"/>
        <source>Compare them all the same?</source>
        <translation>仍要比较吗？</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="202"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="222"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="205"/>
        <source>%n difference(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 处差异写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="219"/>
        <source>Saving the audit was cancelled; %1 was not written.</source>
        <translation>审计保存已取消；未写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="230"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="248"/>
        <source>Save audit</source>
        <translation>保存审计</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="232"/>
        <source>Saved audits (*.json)</source>
        <translation>已保存的审计 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="236"/>
        <source>Saving the audit…</source>
        <translation>正在保存审计…</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditComparison</name>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="40"/>
        <source>the audits are of two different servers: %1 and %2</source>
        <translation>两份审计来自不同的服务器：%1 和 %2</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="44"/>
        <source>the audits are of two different databases: %1 and %2</source>
        <translation>两份审计来自不同的数据库：%1 和 %2</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="102"/>
        <source>the comparison was cancelled</source>
        <translation>比较已取消</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditComparisonModel</name>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="38"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="38"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="39"/>
        <source>gained</source>
        <translation>获得</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="39"/>
        <source>lost</source>
        <translation>失去</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="43"/>
        <source>right</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="44"/>
        <source>grant option</source>
        <translation>授权选项</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="45"/>
        <source>membership</source>
        <translation>成员关系</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="46"/>
        <source>schema group</source>
        <translation>模式组</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="47"/>
        <source>model role</source>
        <translation>模型角色</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="48"/>
        <source>platform role</source>
        <translation>平台角色</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="56"/>
        <source>%1 member of %2</source>
        <translation>%1 是 %2 的成员</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="76"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="78"/>
        <source>Role / item</source>
        <translation>角色 / 项</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="79"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="80"/>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="81"/>
        <source>Through / detail</source>
        <translation>途径 / 详情</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditExporter</name>
    <message>
        <location filename="../src/export/auditexporter.cpp" line="285"/>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>roledesk::CatalogReader</name>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="50"/>
        <source>databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="51"/>
        <source>schemas</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="52"/>
        <source>tables, views and sequences</source>
        <translation>表、视图和序列</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="53"/>
        <source>functions and procedures</source>
        <translation>函数和过程</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="54"/>
        <source>types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="55"/>
        <source>procedural languages</source>
        <translation>过程语言</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="56"/>
        <source>column privileges</source>
        <translation>列权限</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="95"/>
        <location filename="../src/catalog/catalogreader.cpp" line="222"/>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="236"/>
        <location filename="../src/catalog/catalogreader.cpp" line="239"/>
        <source>in-database models</source>
        <translation>数据库内模型</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="249"/>
        <source>schema groups</source>
        <translation>模式组</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogquery.cpp" line="26"/>
        <source>Internal error: the catalog query %1 is missing.</source>
        <translation>内部错误：缺少目录查询 %1。</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="102"/>
        <location filename="../src/catalog/catalogreader.cpp" line="236"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="122"/>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="134"/>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="160"/>
        <source>memberships</source>
        <translation>成员关系</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="209"/>
        <source>default privileges</source>
        <translation>默认权限</translation>
    </message>
</context>
<context>
    <name>roledesk::CliApp</name>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="139"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="140"/>
        <source>allowed*</source>
        <translation>允许*</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="141"/>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="142"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="143"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="148"/>
        <location filename="../app/cli/cliaccess.cpp" line="164"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="152"/>
        <location filename="../app/cli/cliaccess.cpp" line="161"/>
        <source> (superuser)</source>
        <translation>（超级用户）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="159"/>
        <source>Access test on database %1 as %2%3: %n role(s) x %4</source>
        <translation>
            <numerusform>数据库 %1 的访问测试（以 %2%3 身份）：%n 个角色 × %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="162"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="181"/>
        <source>  %1 on %2: </source>
        <translation>  %1（模型 %2）：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="184"/>
        <source>the matrix predicts %1, the server %2</source>
        <translation>矩阵预测为 %1，服务器%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="185"/>
        <source>allowed it</source>
        <translation>允许了</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="186"/>
        <source>denied it</source>
        <translation>拒绝了</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="194"/>
        <source>Disagreements with the privilege matrix (!):</source>
        <translation>与权限矩阵不一致（!）：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="196"/>
        <source>Could not tell (?):</source>
        <translation>无法判定（?）：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="198"/>
        <source>Allowed, but the inference failed (*):</source>
        <translation>已允许，但推理失败（*）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="200"/>
        <source>%n cell(s): %1, %2 could not be tested.</source>
        <translation>
            <numerusform>%n 个单元格：%1，%2 个无法测试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="201"/>
        <source>%n disagree(s) with the matrix</source>
        <translation>
            <numerusform>%n 个与矩阵不一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="212"/>
        <source>Test access for all users: run the test inference as each role on each model (SET LOCAL ROLE in a transaction that is rolled back) and set the outcome beside what the privilege matrix predicts (EXECUTE on the model&apos;s function and USAGE on its schema, through memberships, PUBLIC and ownership; superusers always). The login must be a superuser, or a member of every role tested. Default roles: every role that can log in except the predefined pg_* roles; default models: every model the login sees.</source>
        <translation>测试所有用户的访问：在每个模型上以每个角色运行测试推理（在会回滚的事务中执行 SET LOCAL ROLE），并将结果与权限矩阵的预测（通过成员关系、PUBLIC 和所有权获得的模型函数上的 EXECUTE 及其模式上的 USAGE；超级用户始终允许）并列显示。登录用户必须是超级用户，或是所有被测试角色的成员。默认角色：除预定义 pg_* 角色外所有可登录的角色；默认模型：登录用户可见的所有模型。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="219"/>
        <location filename="../app/cli/cliapp.cpp" line="116"/>
        <location filename="../app/cli/cliapp.cpp" line="169"/>
        <location filename="../app/cli/cliinfer.cpp" line="144"/>
        <location filename="../app/cli/clilint.cpp" line="131"/>
        <location filename="../app/cli/clipolicy.cpp" line="42"/>
        <location filename="../app/cli/clireport.cpp" line="58"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="221"/>
        <source>Comma-separated model names to test.</source>
        <translation>要测试的模型名（以逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="223"/>
        <source>Comma-separated roles to test.</source>
        <translation>要测试的角色（以逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="224"/>
        <source>The input text of every inference.</source>
        <translation>每次推理的输入文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="227"/>
        <source>Give up on one inference after this many ms (statement, and pgx_inference_ce&apos;s call to the server).</source>
        <translation>单次推理超过此毫秒数即放弃（语句，以及 pgx_inference_ce 对服务器的调用）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="230"/>
        <source>Output format: text (default), csv or json. CSV columns: role,model,function,superuser,predicted,actual,agrees,sqlstate,message; actual is allowed, allowed_but_failed (the function ran and failed inside: the role holds EXECUTE), denied, undetermined or not_run.</source>
        <translation>输出格式：text（默认）、csv 或 json。CSV 列：role,model,function,superuser,predicted,actual,agrees,sqlstate,message；actual 为 allowed、allowed_but_failed（函数已运行但在内部失败：该角色拥有 EXECUTE）、denied、undetermined 或 not_run。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="242"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation>未知格式“%1”（应为 text、csv 或 json）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="253"/>
        <location filename="../app/cli/cliinfer.cpp" line="194"/>
        <source>--timeout-ms needs a positive number of milliseconds</source>
        <translation>--timeout-ms 需要一个正的毫秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="264"/>
        <location filename="../app/cli/cliinfer.cpp" line="254"/>
        <source>database %1 has no pgx_inference (or pgx_inference_ce) extension</source>
        <translation>数据库 %1 没有 pgx_inference（或 pgx_inference_ce）扩展</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="274"/>
        <source>the access test stopped</source>
        <translation>访问测试已中止</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="278"/>
        <source>warning: database %1 has no models to test</source>
        <translation>警告：数据库 %1 没有可测试的模型</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="279"/>
        <source>warning: no roles to test</source>
        <translation>警告：没有可测试的角色</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="288"/>
        <source>%1 of %n cell(s) disagree with the privilege matrix</source>
        <translation>
            <numerusform>%n 个单元格中有 %1 个与权限矩阵不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="293"/>
        <source>%1 of %n cell(s) could not be tested</source>
        <translation>
            <numerusform>%n 个单元格中有 %1 个无法测试</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="35"/>
        <source>Exit codes:
  0  success
  1  drift found (check)
  2  usage error (also: a --dsn that is not a connection string or URI; export --strict
     with --roles or --schemas naming a role or schema that does not exist)
  3  connection failed
  4  catalog could not be read
  5  output could not be written
  6  policy file could not be read or is invalid, is written for another database, or
     names roles that neither exist nor are created by it (plan, check, apply)
  7  apply failed or found a conflict
  8  test-access: an outcome disagrees with the privilege matrix
  9  infer failed (permission denied, server error, timeout...), or test-access
     could not test every cell
</source>
        <translation>退出代码：
  0  成功
  1  发现偏差（check）
  2  用法错误（包括：--dsn 既不是连接字符串也不是 URI；export --strict 时
     --roles 或 --schemas 指定了不存在的角色或模式）
  3  连接失败
  4  无法读取目录
  5  无法写入输出
  6  策略文件无法读取或无效、为其他数据库编写，或指定了既不存在
     也不由其创建的角色（plan、check、apply）
  7  应用失败或发现冲突
  8  test-access：结果与权限矩阵不一致
  9  infer 失败（权限被拒绝、服务器错误、超时等），或 test-access
     未能测试所有单元格
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="50"/>
        <source> 10  platform: the platform file or the expectations file could not be read or is invalid
 11  platform: the directory (import file or LDAP server) could not be read
</source>
        <translation> 10  platform：无法读取平台文件或预期文件，或其无效
 11  platform：无法读取目录（导入文件或 LDAP 服务器）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="52"/>
        <source> 12  audit --compare: a saved audit is damaged, cut short, of another format version, or of
     another server or database (without --allow-other-database)
</source>
        <translation> 12  audit --compare：已保存的审计已损坏、不完整、格式版本不同，或
     来自其他服务器或数据库（未指定 --allow-other-database 时）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="81"/>
        <source>Export every role&apos;s effective rights on every object (CSV, JSON or HTML).</source>
        <translation>导出每个角色在每个对象上的有效权限（CSV、JSON 或 HTML）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="83"/>
        <source>Print the SQL that makes the database match a policy file.</source>
        <translation>输出使数据库与策略文件一致的 SQL。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="85"/>
        <source>List the differences from a policy file; exit 1 on drift (for CI).</source>
        <translation>列出与策略文件的差异；存在偏差时以 1 退出（用于 CI）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="87"/>
        <source>Apply the plan for a policy file in one transaction, and journal it.</source>
        <translation>在单个事务中应用策略文件的计划，并记入日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="89"/>
        <source>Write the current roles, grants and default privileges as a policy file.</source>
        <translation>将当前的角色、授权和默认权限写为策略文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="91"/>
        <source>Run a test inference through the database (as a role) or on the inference server.</source>
        <translation>通过数据库（以某个角色）或在推理服务器上运行测试推理。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="93"/>
        <source>Run the inference as every role on every model; compare with the matrix.</source>
        <translation>在每个模型上以每个角色运行推理，并与矩阵比较。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="95"/>
        <source>List schema groups (SLPM/SPM) and members; grant, revoke, enable, migrate...</source>
        <translation>列出模式组（SLPM/SPM）及其成员；授予、撤销、启用、迁移…</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <source>Platform roles: who can, what can, evaluate rules against a directory, check.</source>
        <translation>平台角色：谁可以、可以做什么、针对目录评估规则、检查。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="99"/>
        <source>Check separation-of-duties rules (people, logins, roles); exit 1 on a violation.</source>
        <translation>检查职责分离规则（用户、登录名、角色）；存在违规时以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="101"/>
        <source>One person&apos;s platform roles, logins, memberships, groups, models and rights, with why.</source>
        <translation>单个用户的平台角色、登录名、成员关系、组、模型和权限，以及原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="103"/>
        <source>Write the audit report an auditor signs (HTML or PDF) with a SHA-256 of its content.</source>
        <translation>写出供审计员签署的审计报告（HTML 或 PDF），附带其内容的 SHA-256。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="112"/>
        <source>RoleDesk on the command line: audit PostgreSQL privileges, and check or apply policy files, without the GUI.</source>
        <translation>命令行版 RoleDesk：无需 GUI 即可审计 PostgreSQL 权限，并检查或应用策略文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="121"/>
        <source>The command to run (see below).</source>
        <translation>要运行的命令（见下文）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="125"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="128"/>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>运行“%1 &lt;command&gt; --help”查看命令的选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="132"/>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <location filename="../app/cli/cliapp.cpp" line="158"/>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="157"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="165"/>
        <source>Export the effective rights of every role on every object of one database: one row per role, object and applicable privilege, with whether it is granted, grantable, and how (&quot;via&quot;). CSV columns: role,object_type,object_schema,object_name,privilege,granted,grantable,via.</source>
        <translation>导出一个数据库中每个角色在每个对象上的有效权限：每个角色、对象和适用权限一行，注明是否已授予、是否可授予以及授予途径（“via”）。CSV 列：role,object_type,object_schema,object_name,privilege,granted,grantable,via。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="172"/>
        <source>Output format: csv (default), json or html.</source>
        <translation>输出格式：csv（默认）、json 或 html。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="175"/>
        <source>Write to FILE instead of standard output. A regular file is replaced only when complete; a device or FIFO is written in place (a FIFO waits for its reader); a symlink keeps pointing at its target, which is written.</source>
        <translation>写入 FILE 而不是标准输出。普通文件仅在完成时替换；设备或 FIFO 直接写入（FIFO 会等待读取方）；符号链接保持不变，写入其目标。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="182"/>
        <source>Only rows whose privilege is granted (CSV, JSON; the HTML report always lists only those). This is what an auditor usually wants: who holds what, and how. Without it every role x object x privilege is a row, held or not, which grows to billions of rows on a large catalog: use the full export to prove an absence.</source>
        <translation>仅输出权限已授予的行（CSV、JSON；HTML 报告始终只列出这些行）。这通常正是审计人员需要的：谁持有什么，以及如何持有。不指定时，每个 角色 x 对象 x 权限 无论是否持有都占一行，在大型目录上会增长到数十亿行：完整导出用于证明权限不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="180"/>
        <source>Leave out the built-in pg_* roles.</source>
        <translation>排除内置的 pg_* 角色。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="187"/>
        <source>Show progress on standard error even when it is not a terminal (a line about every second: roles done of all, rows and bytes written; then a last line with the totals). By default progress is shown, on one line rewritten in place, only when standard error is a terminal and the rows do not go to that terminal.</source>
        <translation>即使标准错误不是终端也显示进度 (约每秒一行: 已完成角色数 / 总数、已写入的行数和字节数;最后一行为合计)。默认情况下,仅当标准错误是终端且行不输出到该终端时,才在同一行中原地更新显示进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="191"/>
        <source>Never show progress.</source>
        <translation>从不显示进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="195"/>
        <source>Save the audit (granted rights with lineage, memberships, schema groups, model roles, the database identity and time) as JSON to FILE.</source>
        <translation>将审计（带路径的已授予权限、成员关系、模式组、模型角色、数据库标识和时间）以 JSON 格式保存到 FILE。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="197"/>
        <source>Compare the saved audit OLD with the database now (or with --with): print the differences (--format text or json); exit 1 when there are any.</source>
        <translation>将已保存的审计 OLD 与当前数据库（或 --with）比较：输出差异（--format text 或 json）；存在差异时以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="200"/>
        <source>With --compare: compare with this saved audit instead of the database.</source>
        <translation>与 --compare 一起使用：与此已保存的审计比较，而不是与数据库比较。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="202"/>
        <source>With --compare: compare audits of different servers or databases.</source>
        <translation>与 --compare 一起使用：比较不同服务器或数据库的审计。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="203"/>
        <source>With --save or --compare (now): add the platform role grants of this platform file (and of the directory import it names).</source>
        <translation>与 --save 或 --compare（当前）一起使用：添加此平台文件（及其指定的目录导入）中的平台角色授予。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="217"/>
        <source>unknown format &quot;%1&quot; (expected csv, json or html)</source>
        <translation>未知格式“%1”（应为 csv、json 或 html）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="237"/>
        <location filename="../app/cli/cliplatform.cpp" line="402"/>
        <location filename="../app/cli/clipolicy.cpp" line="158"/>
        <source>could not write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="262"/>
        <location filename="../app/cli/clireport.cpp" line="130"/>
        <source>interrupted while reading the catalog; nothing was written</source>
        <translation>读取目录时被中断;未写入任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="280"/>
        <location filename="../app/cli/cliauditsaved.cpp" line="170"/>
        <location filename="../app/cli/clireport.cpp" line="156"/>
        <location filename="../app/cli/clireport.cpp" line="169"/>
        <source>interrupted; %1 was not written</source>
        <translation>已中断;未写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>interrupted; the output is incomplete</source>
        <translation>已中断;输出不完整</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="287"/>
        <location filename="../app/cli/cliauditsaved.cpp" line="173"/>
        <location filename="../app/cli/clioutput.cpp" line="51"/>
        <location filename="../app/cli/cliplatform.cpp" line="395"/>
        <location filename="../app/cli/clipolicy.cpp" line="150"/>
        <location filename="../app/cli/clipolicy.cpp" line="500"/>
        <location filename="../app/cli/clireport.cpp" line="173"/>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="288"/>
        <source>to standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="298"/>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="310"/>
        <source>could not read the catalog</source>
        <translation>无法读取目录</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="267"/>
        <location filename="../app/cli/cliapp.cpp" line="317"/>
        <location filename="../app/cli/clipolicy.cpp" line="231"/>
        <location filename="../app/cli/clipolicy.cpp" line="233"/>
        <location filename="../app/cli/clipolicy.cpp" line="497"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="332"/>
        <location filename="../app/cli/clipolicy.cpp" line="188"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="45"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="66"/>
        <source>Expected key=value pairs (&quot;host=db dbname=app user=alice&quot;) or a URI (&quot;postgresql://alice@db/app&quot;); a single word is taken as a database name.</source>
        <translation>应为 key=value 对（&quot;host=db dbname=app user=alice&quot;）或 URI（&quot;postgresql://alice@db/app&quot;）；单个单词视为数据库名。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="71"/>
        <source>--dsn &quot;%1&quot; is not a connection string or URI</source>
        <translation>--dsn“%1”既不是连接字符串也不是 URI</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="77"/>
        <source>--dsn &quot;%1&quot; is not a valid connection string or URI: %2</source>
        <translation>--dsn“%1”不是有效的连接字符串或 URI：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="180"/>
        <source>libpq connection string (&quot;host=db dbname=app&quot;) or URI (&quot;postgresql://alice@db/app&quot;); a single word is a database name. Without it, libpq&apos;s environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGPASSFILE...). When the server asks for a password that was not given, it is asked for on the terminal (never when standard input is not one).</source>
        <translation>libpq 连接字符串（&quot;host=db dbname=app&quot;）或 URI（&quot;postgresql://alice@db/app&quot;）；单个单词为数据库名。省略时使用 libpq 的环境变量（PGHOST、PGPORT、PGUSER、PGDATABASE、PGPASSWORD、PGPASSFILE 等）。服务器要求未提供的密码时，会在终端上询问（标准输入不是终端时从不询问）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="208"/>
        <source>Password for user %1: </source>
        <translation>用户 %1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="214"/>
        <source>The server asks for a password and standard input is not a terminal, so none was asked for: give it in --dsn (password=...), in PGPASSWORD or in a password file (PGPASSFILE, ~/.pgpass).</source>
        <translation>服务器要求密码，但标准输入不是终端，因此未询问：请在 --dsn（password=...）、PGPASSWORD 或密码文件（PGPASSFILE、~/.pgpass）中提供。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="219"/>
        <source>could not connect to the database</source>
        <translation>无法连接到数据库</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="137"/>
        <source>Run a test inference with one model and show the vector&apos;s dimension, first values and norm, and the latency; or the exact permission or server error. Through the database (default), the model&apos;s function pgx_inference.pgx_embedding_&lt;id&gt;(text) is called inside a transaction that is rolled back, optionally as another role (SET LOCAL ROLE: the login must be a superuser or a member of it); this proves the privilege too. With --via server the request goes straight to the KServe v2 inference server (Triton).</source>
        <translation>使用一个模型运行测试推理，并显示向量的维度、前几个值、范数和延迟；或显示确切的权限错误或服务器错误。通过数据库（默认）时，在会回滚的事务中调用模型的函数 pgx_inference.pgx_embedding_&lt;id&gt;(text)，可选择以其他角色运行（SET LOCAL ROLE：登录用户必须是超级用户或该角色的成员）；这同时验证了权限。使用 --via server 时，请求直接发送到 KServe v2 推理服务器（Triton）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="146"/>
        <source>The model&apos;s name (required).</source>
        <translation>模型名称（必需）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="147"/>
        <source>The input text (required).</source>
        <translation>输入文本（必需）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="148"/>
        <source>Run as this role (database only).</source>
        <translation>以此角色运行（仅限数据库）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="149"/>
        <source>database (default) or server.</source>
        <translation>database（默认）或 server。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="152"/>
        <source>The inference server&apos;s URL (http://host:port) for --via server. Without it, the database&apos;s pgx_inference.triton_url setting is used (and pgx_inference.triton_restricted_header).</source>
        <translation>--via server 使用的推理服务器 URL（http://host:port）。省略时使用数据库的 pgx_inference.triton_url 设置（以及 pgx_inference.triton_restricted_header）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="156"/>
        <source>Give up after this many ms per inference (server: the HTTP request; database: the statement, and pgx_inference_ce&apos;s call to the server). Default: 10000 for the server, none for the database.</source>
        <translation>每次推理超过此毫秒数即放弃（服务器：HTTP 请求；数据库：语句，以及 pgx_inference_ce 对服务器的调用）。默认：服务器为 10000，数据库为无限制。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="160"/>
        <source>A header for the server&apos;s restricted APIs (--via server).</source>
        <translation>用于服务器受限 API 的请求头（--via server）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="162"/>
        <source>Refuse larger input texts before sending (--via server; default 1048576, 0: no limit).</source>
        <translation>发送前拒绝更大的输入文本（--via server；默认 1048576，0：不限制）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="165"/>
        <source>Run N times and print latency statistics (min, median, p95, max, mean).</source>
        <translation>运行 N 次并输出延迟统计（min、median、p95、max、mean）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="168"/>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="180"/>
        <source>--model NAME is required</source>
        <translation>必须指定 --model NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="182"/>
        <source>--text TEXT is required</source>
        <translation>必须指定 --text TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="185"/>
        <source>unknown --via &quot;%1&quot; (expected database or server)</source>
        <translation>未知的 --via“%1”（应为 database 或 server）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="190"/>
        <source>--repeat needs a positive number</source>
        <translation>--repeat 需要一个正数</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="198"/>
        <location filename="../app/cli/clilint.cpp" line="149"/>
        <location filename="../app/cli/cliperson.cpp" line="150"/>
        <source>unknown format &quot;%1&quot; (expected text or json)</source>
        <translation>未知格式“%1”（应为 text 或 json）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="201"/>
        <source>--as needs --via database: the inference server knows no database roles</source>
        <translation>--as 需要 --via database：推理服务器不了解数据库角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="203"/>
        <source>--server, --header and --max-input-bytes need --via server</source>
        <translation>--server、--header 和 --max-input-bytes 需要 --via server</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="205"/>
        <source>--header needs NAME:VALUE, not &quot;%1&quot;</source>
        <translation>--header 需要 NAME:VALUE，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="209"/>
        <source>--max-input-bytes needs a number of bytes</source>
        <translation>--max-input-bytes 需要一个字节数</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="218"/>
        <source>--server needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--server 需要 http:// 或 https:// URL，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="236"/>
        <source>--via server needs --server URL: database %1 sets no pgx_inference.triton_url</source>
        <translation>--via server 需要 --server URL：数据库 %1 未设置 pgx_inference.triton_url</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="250"/>
        <source>could not read the models</source>
        <translation>无法读取模型</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="261"/>
        <source>model &quot;%1&quot; does not exist in database %2, or user %3 may not see it</source>
        <translation>模型“%1”在数据库 %2 中不存在，或用户 %3 无法看到它</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="303"/>
        <source>model:       %1</source>
        <translation>模型：       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="305"/>
        <source>via:         server %1</source>
        <translation>方式：       服务器 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="306"/>
        <source>via:         database %1 as role %2</source>
        <translation>方式：       数据库 %1，以角色 %2 身份</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="308"/>
        <source>dimension:   %1</source>
        <translation>维度：       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="309"/>
        <source>first:       %1</source>
        <translation>前几个值：   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="310"/>
        <source>norm:        %1</source>
        <translation>范数：       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="312"/>
        <source>latency:     %1 ms</source>
        <translation>延迟：       %1 毫秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliinfer.cpp" line="314"/>
        <source>latency:     %n run(s): min %1 ms, median %2 ms, p95 %3 ms, max %4 ms, mean %5 ms</source>
        <translation>
            <numerusform>延迟：       运行 %n 次：min %1 毫秒，median %2 毫秒，p95 %3 毫秒，max %4 毫秒，mean %5 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="324"/>
        <source>run %1 of %2 failed: </source>
        <translation>第 %1 次运行（共 %2 次）失败：</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="78"/>
        <source>--roles: role %1 does not exist</source>
        <translation>--roles：角色 %1 不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="93"/>
        <source>--schemas: %1 is a system schema, which RoleDesk does not govern</source>
        <translation>--schemas：%1 是系统模式，RoleDesk 不管理它</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="95"/>
        <source>--schemas: schema %1 does not exist in database %2</source>
        <translation>--schemas：模式 %1 在数据库 %2 中不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="106"/>
        <source>Impact: %1</source>
        <translation>影响：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="108"/>
        <source>People: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="110"/>
        <source>%1 (with grant option)</source>
        <translation>%1（带授权选项）</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="114"/>
        <source>%1 (person: %2)</source>
        <translation>%1（用户：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="115"/>
        <source>%1: %2 %3 on %4 through %5</source>
        <translation>%1：%2 %3，对象 %4，通过 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="119"/>
        <source>change %1 (%2): %3</source>
        <translation>变更 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="178"/>
        <source>The policy file (.yaml, .yml or .json).</source>
        <translation>策略文件（.yaml、.yml 或 .json）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="187"/>
        <source>no policy file given</source>
        <translation>未指定策略文件</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="207"/>
        <source>%1 is written for database %2, but the connection is to database %3: nothing was compared, planned or changed</source>
        <translation>%1 是为数据库 %2 编写的，但当前连接的是数据库 %3：未进行任何比较、规划或更改</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="211"/>
        <source>Connect to %1 (--dsn &quot;dbname=%1 ...&quot;), or change &quot;database:&quot; in the file.</source>
        <translation>请连接到 %1（--dsn &quot;dbname=%1 ...&quot;），或修改文件中的 &quot;database:&quot;。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="220"/>
        <source>%1 cannot be applied to database %2: it names %n role(s) that do not exist there and that it does not create; nothing was planned or changed:</source>
        <translation>
            <numerusform>%1 无法应用到数据库 %2：它指定了 %n 个在该数据库中不存在、且自身也不创建的角色；未进行任何规划或更改：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="225"/>
        <source>%1 (named at %2)</source>
        <translation>%1（在 %2 处指定）</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="226"/>
        <source>Create them first, or list them under &quot;roles:&quot; so that the file creates them.</source>
        <translation>请先创建它们，或将它们列在 &quot;roles:&quot; 下以便由文件创建。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="240"/>
        <source>Print the SQL script (one transaction) that makes the database match the policy file, within the file&apos;s scope. Nothing is changed; run it with psql -1 -f or use apply.</source>
        <translation>输出使数据库在文件范围内与策略文件一致的 SQL 脚本（单个事务）。不做任何更改；请用 psql -1 -f 运行，或使用 apply。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="244"/>
        <source>Write the script to FILE instead of standard output.</source>
        <translation>将脚本写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="246"/>
        <source>After the script, list as SQL comments every role that would gain or lose a right, on which object and through which path, and each change that would change nothing, and why.</source>
        <translation>在脚本之后，以 SQL 注释列出每个将获得或失去权限的角色、涉及的对象和路径，以及每个不会产生任何改变的变更及其原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="249"/>
        <source>Write the impact as JSON to FILE (&quot;-&quot;: standard output, when --output sends the script to a file) instead of as comments after the script. Implies --impact.</source>
        <translation>将影响以 JSON 格式写入 FILE（&quot;-&quot;：标准输出，适用于 --output 将脚本写入文件时），而不是作为脚本后的注释。隐含 --impact。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="253"/>
        <source>With --impact: name the person whose login each role is (the file&apos;s &quot;logins&quot; mapping) and count the people who gain or lose rights.</source>
        <translation>与 --impact 一起使用：标明每个角色是哪个用户的登录名（文件中的 &quot;logins&quot; 映射），并统计获得或失去权限的用户数。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="264"/>
        <source>--impact-output - needs --output FILE: the script and the JSON cannot both go to standard output</source>
        <translation>--impact-output - 需要 --output FILE：脚本和 JSON 不能同时输出到标准输出</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="267"/>
        <source>--platform-file goes with --impact or --impact-output</source>
        <translation>--platform-file 需与 --impact 或 --impact-output 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="311"/>
        <source>Compare the database with the policy file and print one line per difference (missing, extra or different). Exits 1 when there is any, 0 when there is none.</source>
        <translation>将数据库与策略文件比较，每个差异（missing、extra 或 different）输出一行。存在差异时以 1 退出，否则以 0 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="331"/>
        <source>%1: no drift: database %2 matches %3
</source>
        <translation>%1：无偏差：数据库 %2 与 %3 一致
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="335"/>
        <source>%1: %n difference(s) from %2
</source>
        <translation>
            <numerusform>%1：与 %2 有 %n 处差异
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="343"/>
        <source>Apply the plan for the policy file in one transaction, after checking under lock that nothing it touches changed since it was planned; on any error nothing is applied. The outcome is recorded in the journal of RoleDesk&apos;s workspace.</source>
        <translation>在单个事务中应用策略文件的计划；应用前会在锁定状态下检查其涉及的内容自规划以来未被更改；发生任何错误时不应用任何内容。结果记录在 RoleDesk 工作区的日志中。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="368"/>
        <source>Do not record the outcome in the journal.</source>
        <translation>不将结果记入日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="370"/>
        <source>The workspace file whose journal records the outcome (default: the RoleDesk console&apos;s).</source>
        <translation>记录结果的日志所在的工作区文件（默认：RoleDesk 控制台的工作区）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="443"/>
        <source>Write the current roles, memberships, grants and default privileges as a policy file (YAML or JSON, by the extension of --output). With --roles or --schemas the file governs only those (and, with --schemas, not the database&apos;s own grants). A role or schema named there that does not exist is warned about, or refused with --strict. When a schema-group model (SLPM or SPM) is enabled, the file gets a schema_groups section: the model and each group&apos;s direct members. While a file has that section, the memberships of the model&apos;s groups are governed there alone (CALL slpm_grant / slpm_revoke, only for the groups it lists; a different model is reported as drift, never changed), not through member_of.</source>
        <translation>将当前的角色、成员关系、授权和默认权限写为策略文件（根据 --output 的扩展名为 YAML 或 JSON）。指定 --roles 或 --schemas 时，文件只管理这些对象（使用 --schemas 时不包括数据库本身的授权）。其中指定的不存在的角色或模式会给出警告，使用 --strict 时则拒绝。启用了模式组模型（SLPM 或 SPM）时，文件会包含 schema_groups 部分：模型以及每个组的直接成员。文件包含该部分时，模型各组的成员关系只由该部分管理（CALL slpm_grant / slpm_revoke，仅针对其中列出的组；模型不同时报告为偏差，绝不更改），而不通过 member_of 管理。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="357"/>
        <source>Nothing to apply: database %1 matches %2.
</source>
        <translation>无需应用：数据库 %1 与 %2 一致。
</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="395"/>
        <source>%1 changed since it was read: expected %2, found %3</source>
        <translation>%1 自读取后已被更改：预期 %2，实际 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="399"/>
        <source>apply failed</source>
        <translation>应用失败</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="400"/>
        <source>apply failed at &quot;%1&quot; (%2)</source>
        <translation>在“%1”（%2）处应用失败</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="384"/>
        <source>warning: the outcome could not be journalled: %1</source>
        <translation>警告：无法将结果记入日志：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="423"/>
        <source>apply ended: %1</source>
        <translation>应用已结束：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="428"/>
        <source>Applied %n change(s) (%1) to %2 in %3 ms.
</source>
        <translation>
            <numerusform>已在 %3 毫秒内将 %n 项更改（%1）应用到 %2。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="429"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 条语句</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="435"/>
        <source>warning: after applying: %1</source>
        <translation>警告：应用后：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="453"/>
        <source>The policy file to write (.yaml, .yml or .json).</source>
        <translation>要写入的策略文件（.yaml、.yml 或 .json）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="455"/>
        <source>Comma-separated roles to govern (PUBLIC for PUBLIC&apos;s grants); default all.</source>
        <translation>要管理的角色，以逗号分隔（PUBLIC 表示 PUBLIC 的授权）；默认全部。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="457"/>
        <source>Comma-separated schemas to govern; default all.</source>
        <translation>要管理的模式，以逗号分隔；默认全部。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="459"/>
        <source>Fail (exit 2, nothing written) when --roles or --schemas names a role or schema that does not exist, instead of warning.</source>
        <translation>当 --roles 或 --schemas 指定了不存在的角色或模式时，不再仅警告，而是失败（以 2 退出，不写入任何内容）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="466"/>
        <source>--output FILE with .yaml, .yml or .json is required</source>
        <translation>需要扩展名为 .yaml、.yml 或 .json 的 --output FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="491"/>
        <source>%1 was not written: --roles or --schemas names what database %2 does not have (--strict):</source>
        <translation>%1 未写入：--roles 或 --schemas 指定了数据库 %2 中没有的对象（--strict）：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="35"/>
        <source>Older: %1, taken %2</source>
        <translation>较旧：%1，采集于 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="37"/>
        <source>Newer: %1, taken %2</source>
        <translation>较新：%1，采集于 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="47"/>
        <source>%1: %2 on %3 %4 (%5)</source>
        <translation>%1：%3 %4 上的 %2（%5）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="53"/>
        <source>%1 member of %2</source>
        <translation>%1 是 %2 的成员</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="54"/>
        <source>%1 holds %2</source>
        <translation>%1 持有 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="56"/>
        <source>%1 holds %2 (organization)</source>
        <translation>%1 持有 %2（组织）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="57"/>
        <source>%1 holds %2 in project %3</source>
        <translation>%1 在项目 %3 中持有 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="65"/>
        <source>Rights gained (with their lineage now):</source>
        <translation>获得的权限（及其当前路径）：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="66"/>
        <source>Rights lost (with their lineage then):</source>
        <translation>失去的权限（及其当时路径）：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="67"/>
        <source>Grant options gained:</source>
        <translation>获得的授权选项：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="68"/>
        <source>Grant options lost:</source>
        <translation>失去的授权选项：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="69"/>
        <source>Memberships added:</source>
        <translation>添加的成员关系：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="70"/>
        <source>Memberships removed:</source>
        <translation>移除的成员关系：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="71"/>
        <source>Schema groups added:</source>
        <translation>添加的模式组：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="72"/>
        <source>Schema groups removed:</source>
        <translation>移除的模式组：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="73"/>
        <source>Model roles added:</source>
        <translation>添加的模型角色：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="74"/>
        <source>Model roles removed:</source>
        <translation>移除的模型角色：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="75"/>
        <source>Platform roles added:</source>
        <translation>添加的平台角色：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="76"/>
        <source>Platform roles removed:</source>
        <translation>移除的平台角色：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="78"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="79"/>
        <source>%1: %2 gained, %3 lost.</source>
        <translation>%1：获得 %2，失去 %3 项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliauditsaved.cpp" line="80"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliauditsaved.cpp" line="81"/>
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n 项权限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="135"/>
        <source>roledesk-cli: warning: %1</source>
        <translation>roledesk-cli: 警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="97"/>
        <source>--with needs --compare OLD.json</source>
        <translation>--with 需要 --compare OLD.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="99"/>
        <source>--save takes the audit of the database now; --with compares two saved files</source>
        <translation>--save 采集当前数据库的审计；--with 比较两个已保存的文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="101"/>
        <source>--allow-other-database goes with --compare</source>
        <translation>--allow-other-database 需与 --compare 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="104"/>
        <source>--platform-file goes with --save or --compare OLD (without --with)</source>
        <translation>--platform-file 需与 --save 或 --compare OLD（不带 --with）一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="107"/>
        <source>--%1 does not go with --save or --compare</source>
        <translation>--%1 不能与 --save 或 --compare 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="110"/>
        <source>--format goes with --compare (a saved audit is always JSON)</source>
        <translation>--format 需与 --compare 一起使用（已保存的审计始终为 JSON）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="112"/>
        <source>unknown format &quot;%1&quot; for --compare (expected text or json)</source>
        <translation>--compare 的格式“%1”未知（应为 text 或 json）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="127"/>
        <source>(--allow-other-database compares them all the same)</source>
        <translation>（使用 --allow-other-database 仍可比较它们）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="153"/>
        <source>interrupted while reading the catalog</source>
        <translation>读取系统目录时被中断</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="178"/>
        <source>Saved the audit of %1 to %2</source>
        <translation>已将 %1 的审计保存到 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="182"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>roledesk::ConnectionDialog</name>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="27"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="30"/>
        <source>Default (prefer)</source>
        <translation>默认 (prefer)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="32"/>
        <source>disable: never use SSL</source>
        <translation>disable：从不使用 SSL</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="33"/>
        <source>allow: SSL only if the server insists</source>
        <translation>allow：仅在服务器要求时使用 SSL</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="34"/>
        <source>prefer: SSL when the server offers it</source>
        <translation>prefer：服务器支持时使用 SSL</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="35"/>
        <source>require: always SSL, no certificate check</source>
        <translation>require：始终使用 SSL，不检查证书</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="36"/>
        <source>verify-ca: SSL, server certificate signed by the root CA</source>
        <translation>verify-ca：SSL，验证服务器证书由根 CA 签发</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="37"/>
        <source>verify-full: SSL, certificate and host name checked</source>
        <translation>verify-full：SSL，检查证书和主机名</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="41"/>
        <source>Choose the root certificate file</source>
        <translation>选择根证书文件</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="42"/>
        <source>Choose the client certificate file</source>
        <translation>选择客户端证书文件</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="43"/>
        <source>Choose the client key file</source>
        <translation>选择客户端密钥文件</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="44"/>
        <source>Choose the certificate revocation list</source>
        <translation>选择证书吊销列表</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="45"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="47"/>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="50"/>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="53"/>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="53"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>密钥 (*.key *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="56"/>
        <source>Certificate revocation list</source>
        <translation>证书吊销列表</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="57"/>
        <source>Revocation lists (*.crl *.pem);;All files (*)</source>
        <translation>吊销列表 (*.crl *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="79"/>
        <source>The saved password could not be read: %1
Please type it.</source>
        <translation>无法读取已保存的密码：%1
请输入密码。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="84"/>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>无法将密码保存到钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="160"/>
        <source>(unsaved connection)</source>
        <translation>（未保存的连接）</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="165"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="187"/>
        <source>The saved connection &quot;%1&quot; is gone.</source>
        <translation>已保存的连接“%1”已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="205"/>
        <source>Type a profile name to save these settings under.</source>
        <translation>请输入用于保存这些设置的配置文件名称。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="215"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="228"/>
        <source>Delete saved connection</source>
        <translation>删除已保存的连接</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="229"/>
        <source>Delete the saved connection &quot;%1&quot;? The fields stay filled in.</source>
        <translation>删除已保存的连接“%1”？各字段中的内容将保留。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="240"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="275"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="275"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="294"/>
        <source>Connected to PostgreSQL %1 as %2, database %3.</source>
        <translation>已以 %2 身份连接到 PostgreSQL %1，数据库 %3。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="323"/>
        <source>Keep the password in the system keychain under this profile&apos;s name. It is never written to RoleDesk&apos;s own files.</source>
        <translation>以此配置文件的名称将密码保存在系统钥匙串中。密码绝不会写入 RoleDesk 自己的文件。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="327"/>
        <source>Looking for the system keychain…</source>
        <translation>正在查找系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="331"/>
        <source>No system keychain is available (for example no secret service is running), so the password will be asked for each time.</source>
        <translation>没有可用的系统钥匙串（例如未运行 Secret Service），因此每次都会要求输入密码。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="376"/>
        <source>the default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="376"/>
        <source>user &quot;%1&quot;</source>
        <translation>用户“%1”</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="380"/>
        <source>Wrong password: the server rejected the password for %1.</source>
        <translation>密码错误：服务器拒绝了 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="383"/>
        <source>A password is required for %1. Type it in the password field.</source>
        <translation>%1 需要密码。请在密码字段中输入。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="386"/>
        <source>Connection refused: no server is listening on that host and port, or a firewall blocks it.</source>
        <translation>连接被拒绝：该主机和端口上没有服务器在监听，或被防火墙阻止。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="390"/>
        <source>No server is running on that Unix socket folder and port.</source>
        <translation>该 Unix 套接字目录和端口上没有正在运行的服务器。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="393"/>
        <source>Unknown host: the host name could not be resolved.</source>
        <translation>未知主机：无法解析主机名。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="396"/>
        <source>The server did not answer in time (unreachable host or blocked port).</source>
        <translation>服务器未在规定时间内响应（主机不可达或端口被阻止）。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="399"/>
        <source>Unknown database: it does not exist on this server.</source>
        <translation>未知数据库：该数据库在此服务器上不存在。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="402"/>
        <source>Unknown user: no such role exists on this server.</source>
        <translation>未知用户：此服务器上不存在该角色。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="405"/>
        <source>The server does not allow this user to connect from here (pg_hba.conf).</source>
        <translation>服务器不允许此用户从这里连接（pg_hba.conf）。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="408"/>
        <source>The SSL connection failed; check the SSL mode and certificate files.</source>
        <translation>SSL 连接失败；请检查 SSL 模式和证书文件。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="411"/>
        <source>The connection settings are not valid.</source>
        <translation>连接设置无效。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="415"/>
        <source>Could not connect.</source>
        <translation>无法连接。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="420"/>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="422"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::DatabaseSweep</name>
    <message>
        <location filename="../src/catalog/databasesweep.cpp" line="138"/>
        <source>could not connect to database &quot;%1&quot; as &quot;%2&quot;: %3</source>
        <translation>无法以“%2”身份连接到数据库“%1”：%3</translation>
    </message>
    <message>
        <location filename="../src/catalog/databasesweep.cpp" line="146"/>
        <source>could not read database &quot;%1&quot; as &quot;%2&quot;: %3</source>
        <translation>无法以“%2”身份读取数据库“%1”：%3</translation>
    </message>
</context>
<context>
    <name>roledesk::DefaultPrivilegesModel</name>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="46"/>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="47"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="48"/>
        <source>functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="49"/>
        <source>types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="50"/>
        <source>schemas</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="188"/>
        <source>(all schemas)</source>
        <translation>（所有模式）</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="192"/>
        <source>%1 (owner)</source>
        <translation>%1（所有者）</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="196"/>
        <source>ALL (%1)</source>
        <translation>ALL (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="198"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="201"/>
        <source>pg_default_acl — revoke pending</source>
        <translation>pg_default_acl — 待撤销</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="201"/>
        <source>pg_default_acl</source>
        <translation>pg_default_acl</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="202"/>
        <source>built-in — revoke pending</source>
        <translation>内置 — 待撤销</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="202"/>
        <source>built-in default</source>
        <translation>内置默认值</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="203"/>
        <source>pending grant</source>
        <translation>待授予</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="211"/>
        <source>PostgreSQL&apos;s built-in default: applies to what %1 creates in any schema while no global ALTER DEFAULT PRIVILEGES entry exists for %2.</source>
        <translation>PostgreSQL 内置默认值：在 %2 没有全局 ALTER DEFAULT PRIVILEGES 条目时，适用于 %1 在任意模式中创建的对象。</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="214"/>
        <source>Not applied yet: in the pending changes.</source>
        <translation>尚未应用：位于待处理更改中。</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="231"/>
        <source>For role (creator)</source>
        <translation>目标角色（创建者）</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="232"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="233"/>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="234"/>
        <source>Grantee</source>
        <translation>被授予者</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="235"/>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="236"/>
        <source>Grantable</source>
        <translation>可授予</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="237"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>roledesk::DefaultPrivilegesPage</name>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="53"/>
        <source>Show &amp;built-in defaults</source>
        <translation>显示内置默认值(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="54"/>
        <source>Re&amp;voke selected</source>
        <translation>撤销所选项(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="60"/>
        <source>With grant o&amp;ption</source>
        <translation>WITH GRANT OPTION(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="61"/>
        <source>&amp;Grant</source>
        <translation>授予(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="62"/>
        <source>Revo&amp;ke</source>
        <translation>撤销(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="71"/>
        <source>Filter by role, schema, grantee or privilege (Ctrl+F)</source>
        <translation>按角色、模式、被授予者或权限筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="76"/>
        <source>Revoke the selected default privileges (Del)</source>
        <translation>撤销所选的默认权限 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="86"/>
        <source>Default privileges</source>
        <translation>默认权限</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="93"/>
        <source>Revoke selected</source>
        <translation>撤销所选项</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="119"/>
        <source>Change default privileges (ALTER DEFAULT PRIVILEGES)</source>
        <translation>更改默认权限 (ALTER DEFAULT PRIVILEGES)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="122"/>
        <source>For &amp;role (creates the objects):</source>
        <translation>目标角色（创建对象者）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="124"/>
        <source>In sc&amp;hema:</source>
        <translation>模式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="126"/>
        <source>&amp;On:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="128"/>
        <source>&amp;To / from:</source>
        <translation>授予给 / 撤销自(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="145"/>
        <source>Privileges:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="146"/>
        <source>SQL:</source>
        <translation>SQL：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="182"/>
        <source>(all schemas)</source>
        <translation>（所有模式）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="271"/>
        <source>Choose the creating role and at least one privilege.</source>
        <translation>请选择创建对象的角色以及至少一项权限。</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="300"/>
        <source>all schemas</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="301"/>
        <source>Default grant on %1 to %2 for %3 in %4</source>
        <translation>默认授予 %2：%3 在 %4 中创建的%1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="303"/>
        <source>Default revoke on %1 from %2 for %3 in %4</source>
        <translation>默认从 %2 撤销：%3 在 %4 中创建的%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="324"/>
        <source>Revoke %n default privilege entries</source>
        <translation>
            <numerusform>撤销 %n 个默认权限条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::DesiredState</name>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="132"/>
        <source>unsupported version %1 (this RoleDesk reads version 1)</source>
        <translation>不支持的版本 %1（此 RoleDesk 只能读取版本 1）</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="134"/>
        <source>the scope lists no roles</source>
        <translation>范围中未列出任何角色</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="136"/>
        <source>the scope lists no schemas and leaves out the database</source>
        <translation>范围中未列出任何模式，且不包括数据库</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="141"/>
        <source>a role without a name</source>
        <translation>没有名称的角色</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="145"/>
        <source>role %1 is listed twice</source>
        <translation>角色 %1 被列出了两次</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="148"/>
        <source>%1 is a reserved role name</source>
        <translation>%1 是保留的角色名</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="150"/>
        <location filename="../src/policy/desiredstate.cpp" line="209"/>
        <source>role %1 is outside the scope</source>
        <translation>角色 %1 不在范围内</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="152"/>
        <source>passwords do not belong in a policy file</source>
        <translation>策略文件中不应包含密码</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="154"/>
        <source>connection_limit must be -1 (no limit) or more</source>
        <translation>connection_limit 必须大于等于 -1（-1 表示无限制）</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="158"/>
        <source>role %1: a membership needs a role name</source>
        <translation>角色 %1：成员关系需要角色名</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="160"/>
        <source>role %1 cannot be a member of itself</source>
        <translation>角色 %1 不能成为其自身的成员</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="162"/>
        <source>role %1 is a member of %2 twice</source>
        <translation>角色 %1 作为 %2 的成员被列出了两次</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="170"/>
        <source>%1 does not apply to a %2</source>
        <translation>%1 不适用于 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="172"/>
        <source>grantable %1 is not among the privileges</source>
        <translation>可授予的 %1 不在权限列表中</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="179"/>
        <source>a grant without an object name</source>
        <translation>没有对象名称的授权</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="183"/>
        <source>a %1 has no schema</source>
        <translation>%1 没有模式</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="185"/>
        <source>a %1 needs a schema</source>
        <translation>%1 需要模式</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="187"/>
        <source>a column grant needs a column</source>
        <translation>列授权需要指定列</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="188"/>
        <source>only a column grant names a column</source>
        <translation>只有列授权才能指定列</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="190"/>
        <source>only functions and procedures have arguments</source>
        <translation>只有函数和过程才有参数</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="193"/>
        <location filename="../src/policy/desiredstate.cpp" line="217"/>
        <source>grantee %1 is outside the scope</source>
        <translation>被授予者 %1 不在范围内</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="195"/>
        <source>%1 %2 is outside the scope</source>
        <translation>%1 %2 不在范围内</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="199"/>
        <source>the grants to %1 on %2 are listed twice</source>
        <translation>对 %1 在 %2 上的授权被列出了两次</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="207"/>
        <source>default privileges need for_role</source>
        <translation>默认权限需要 for_role</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="211"/>
        <source>default privileges exist for tables, sequences, functions, types and schemas</source>
        <translation>默认权限只适用于表、序列、函数、类型和模式</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="213"/>
        <source>default privileges on schemas cannot be limited to a schema</source>
        <translation>模式上的默认权限不能限定于某个模式</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="215"/>
        <source>schema %1 is outside the scope</source>
        <translation>模式 %1 不在范围内</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="221"/>
        <source>a default privilege entry is listed twice</source>
        <translation>某个默认权限条目被列出了两次</translation>
    </message>
</context>
<context>
    <name>roledesk::Directory</name>
    <message>
        <location filename="../src/platform/directory.cpp" line="74"/>
        <source>group loop: %1 are members of each other; memberships through them end there</source>
        <translation>组循环：%1 互为成员；经由它们的成员关系到此为止</translation>
    </message>
</context>
<context>
    <name>roledesk::DirectoryImport</name>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="41"/>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="59"/>
        <source>text after a closing quote</source>
        <translation>闭合引号后有文本</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="66"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中有引号（请用引号括起整个字段，并将引号写两次）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="120"/>
        <source>%1: unknown file type (expected .csv or .json)</source>
        <translation>%1：未知的文件类型（应为 .csv 或 .json）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="123"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="136"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="143"/>
        <source>no header row (expected id,name,kind,groups)</source>
        <translation>没有标题行（应为 id,name,kind,groups）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="150"/>
        <source>unknown column &quot;%1&quot; (expected id, name, kind, groups)</source>
        <translation>未知的列“%1”（应为 id、name、kind、groups）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="152"/>
        <source>column &quot;%1&quot; twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="156"/>
        <source>no id column (expected id,name,kind,groups)</source>
        <translation>没有 id 列（应为 id,name,kind,groups）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="165"/>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而标题行有 %2 个</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="169"/>
        <source>a row without an id</source>
        <translation>没有 id 的行</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="175"/>
        <source>&quot;%1&quot; already on line %2</source>
        <translation>“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="178"/>
        <source>&quot;%1&quot;: kind &quot;%2&quot; (expected human, machine or group)</source>
        <translation>“%1”：kind“%2”（应为 human、machine 或 group）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="182"/>
        <location filename="../src/platform/directoryimport.cpp" line="190"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="208"/>
        <source>%1: a JSON object with people and groups expected</source>
        <translation>%1：应为包含 people 和 groups 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="212"/>
        <source>unknown key (expected people, groups)</source>
        <translation>未知的键（应为 people、groups）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="231"/>
        <location filename="../src/platform/directoryimport.cpp" line="259"/>
        <source>a list expected</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="237"/>
        <source>an object with id, name, kind, groups expected</source>
        <translation>应为包含 id、name、kind、groups 的对象</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="240"/>
        <source>unknown key &quot;%1&quot; (expected id, name, kind, groups)</source>
        <translation>未知的键“%1”（应为 id、name、kind、groups）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="244"/>
        <source>a person without an id</source>
        <translation>没有 id 的用户</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="246"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="251"/>
        <source>&quot;%1&quot;: kind &quot;%2&quot; (expected human or machine)</source>
        <translation>“%1”：kind“%2”（应为 human 或 machine）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="255"/>
        <source>&quot;groups&quot; must be a list of group names</source>
        <translation>“groups”必须是组名列表</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="266"/>
        <source>an object with name, groups, people expected</source>
        <translation>应为包含 name、groups、people 的对象</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="269"/>
        <source>unknown key &quot;%1&quot; (expected name, groups, people)</source>
        <translation>未知的键“%1”（应为 name、groups、people）</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="273"/>
        <source>a group without a name</source>
        <translation>没有名称的组</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="275"/>
        <source>group &quot;%1&quot; is listed twice</source>
        <translation>组“%1”列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="280"/>
        <source>&quot;groups&quot; and &quot;people&quot; must be lists of names</source>
        <translation>“groups”和“people”必须是名称列表</translation>
    </message>
</context>
<context>
    <name>roledesk::DropRoleDialog</name>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="47"/>
        <source>&amp;Reassign what it owns to:</source>
        <translation>将其拥有的对象转给(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="49"/>
        <source>D&amp;rop what it still owns and revoke its privileges (DROP OWNED)</source>
        <translation>删除其仍拥有的对象并撤销其权限 (DROP OWNED)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="56"/>
        <source>Drop role %1</source>
        <translation>删除角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="59"/>
        <source>What depends on %1</source>
        <translation>依赖于 %1 的内容</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="59"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="62"/>
        <source>What the role owns and is granted</source>
        <translation>该角色拥有的对象和被授予的权限</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="70"/>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="83"/>
        <source>New owner</source>
        <translation>新所有者</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="90"/>
        <source>&amp;Add to pending changes</source>
        <translation>添加到待处理更改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="94"/>
        <source>Statements (the current database only):</source>
        <translation>语句（仅当前数据库）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/droproledialog.cpp" line="132"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="156"/>
        <source>Owns in database %1</source>
        <translation>在数据库 %1 中拥有的对象</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="163"/>
        <source>Privileges granted to it</source>
        <translation>被授予的权限</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="167"/>
        <source>all schemas</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="170"/>
        <source>for %1 in %2: %3 to %4</source>
        <translation>%1 在 %2 中创建的 %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="175"/>
        <source>Default privileges</source>
        <translation>默认权限</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="182"/>
        <location filename="../ui/roles/droproledialog.cpp" line="184"/>
        <source>with admin option</source>
        <translation>带 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="186"/>
        <source>Its members (they lose its privileges)</source>
        <translation>其成员（将失去该角色的权限）</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="187"/>
        <source>Member of</source>
        <translation>所属组</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="192"/>
        <source>owned by the role</source>
        <translation>由该角色拥有</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="192"/>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="194"/>
        <source>owned by the role (this database)</source>
        <translation>由该角色拥有（此数据库）</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="195"/>
        <source>Other databases where it may own objects</source>
        <translation>可能拥有对象的其他数据库</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="198"/>
        <source>REASSIGN OWNED and DROP OWNED act on the current database (%1) only, and on shared objects such as databases. If the role owns objects or holds privileges in another database, connect to that database and drop or reassign them there first, or DROP ROLE fails.</source>
        <translation>REASSIGN OWNED 和 DROP OWNED 只作用于当前数据库（%1）以及数据库等共享对象。如果该角色在其他数据库中拥有对象或持有权限，请先连接到该数据库并在那里删除或转移它们，否则 DROP ROLE 会失败。</translation>
    </message>
</context>
<context>
    <name>roledesk::ExportPolicyDialog</name>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="47"/>
        <source>&amp;All roles</source>
        <translation>所有角色(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="49"/>
        <source>All sc&amp;hemas</source>
        <translation>所有模式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="51"/>
        <source>Include grants on the &amp;database itself</source>
        <translation>包括对数据库本身的授权(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="55"/>
        <source>Export policy</source>
        <translation>导出策略</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="61"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="62"/>
        <source>Schemas</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="63"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="64"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="85"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="93"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="129"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="140"/>
        <source>Save the policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="141"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="141"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>roledesk::ExportView</name>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="49"/>
        <source>E&amp;xport View…</source>
        <translation>导出视图(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="54"/>
        <source>Save the privilege matrix as filtered now as CSV, JSON or HTML (Ctrl+Shift+E)</source>
        <translation>将当前筛选后的权限矩阵保存为 CSV、JSON 或 HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>HTML reports (*.html *.htm)</source>
        <translation>HTML 报告 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="89"/>
        <source>Export View</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="114"/>
        <source>no snapshot is loaded</source>
        <translation>尚未加载快照</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="137"/>
        <source>Could not export the view to %1: %2</source>
        <translation>无法将视图导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/exportview.cpp" line="142"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::ExtensionInstallDialog</name>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="21"/>
        <source>Checking the server…</source>
        <translation>正在检查服务器…</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="23"/>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="24"/>
        <source>&amp;Save files…</source>
        <translation>保存文件(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="27"/>
        <source>Install pgx_inference_ce</source>
        <translation>安装 pgx_inference_ce</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="40"/>
        <source>pgx_inference_ce gives community PostgreSQL the SQL surface of pgx_inference (Fujitsu Enterprise Postgres): the model roles, model import, load and unload, and one function per model whose EXECUTE privilege is the right to use it. These statements will run, in one transaction; the extension&apos;s script follows.</source>
        <translation>pgx_inference_ce 为社区版 PostgreSQL 提供与 pgx_inference（Fujitsu Enterprise Postgres）相同的 SQL 接口：模型角色、模型导入、加载和卸载，以及每个模型一个函数（该函数的 EXECUTE 权限即为使用该模型的权利）。以下语句将在单个事务中运行；其后是扩展的脚本。</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="93"/>
        <source>Ready to install version %1 as %2.</source>
        <translation>已准备好以 %2 身份安装版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="94"/>
        <source>Ready to install version %1 as %2. The server has no plpython3u: models can be managed, but inference through the database will report that it needs plpython3u.</source>
        <translation>已准备好以 %2 身份安装版本 %1。服务器上没有 plpython3u：可以管理模型，但通过数据库进行推理时会报告需要 plpython3u。</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="110"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="129"/>
        <source>Installing failed, nothing was changed: %1</source>
        <translation>安装失败，未作任何更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="140"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="149"/>
        <source>Folder for the extension&apos;s files</source>
        <translation>扩展文件的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="154"/>
        <source>Saved pgx_inference_ce.control and its script into %1. Copy them into the server&apos;s share/extension folder (pg_config --sharedir), then install.</source>
        <translation>已将 pgx_inference_ce.control 及其脚本保存到 %1。请将它们复制到服务器的 share/extension 文件夹（pg_config --sharedir），然后再安装。</translation>
    </message>
</context>
<context>
    <name>roledesk::ExtensionSetup</name>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="16"/>
        <source>The setup query is missing from the application.</source>
        <translation>应用程序中缺少安装查询。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="21"/>
        <source>The current user is not in pg_roles.</source>
        <translation>当前用户不在 pg_roles 中。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="38"/>
        <source>Could not check the server: %1</source>
        <translation>无法检查服务器：%1</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="40"/>
        <source>This database already has a pgx_inference extension.</source>
        <translation>此数据库已有 pgx_inference 扩展。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="42"/>
        <source>Only a superuser can install pgx_inference_ce; &quot;%1&quot; is not one. Ask a superuser to run the script below.</source>
        <translation>只有超级用户才能安装 pgx_inference_ce；“%1”不是超级用户。请让超级用户运行下面的脚本。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="45"/>
        <source>A schema named pgx_inference exists but is not the extension&apos;s; rename or drop it first.</source>
        <translation>已存在名为 pgx_inference 的模式，但它不属于该扩展；请先重命名或删除它。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="47"/>
        <source>the server&apos;s share/extension folder</source>
        <translation>服务器的 share/extension 文件夹</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="49"/>
        <source>The server has no pgx_inference_ce extension files. Save them with &quot;Save files…&quot; and copy them into %1 on the database server, then try again.</source>
        <translation>服务器上没有 pgx_inference_ce 扩展文件。请用“保存文件…”保存它们，并复制到数据库服务器上的 %1，然后重试。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftFinder</name>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="92"/>
        <source>%1 holds %2 outside the groups; under the model rights come only through groups.</source>
        <translation>%1 在组之外拥有 %2；在该模型下，权限只能通过组获得。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="101"/>
        <location filename="../src/slpm/groupdrift.cpp" line="105"/>
        <location filename="../src/slpm/groupdrift.cpp" line="137"/>
        <source>database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="101"/>
        <source>The admin group is missing.</source>
        <translation>admin 组缺失。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="106"/>
        <location filename="../src/slpm/groupdrift.cpp" line="157"/>
        <source>Owned by %1, not by %2.</source>
        <translation>所有者为 %1，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="109"/>
        <location filename="../src/slpm/groupdrift.cpp" line="112"/>
        <location filename="../src/slpm/groupdrift.cpp" line="116"/>
        <location filename="../src/slpm/groupdrift.cpp" line="131"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="109"/>
        <source>The group can log in.</source>
        <translation>该组可以登录。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="113"/>
        <source>%1 is not a member: admin no longer holds this group&apos;s rights.</source>
        <translation>%1 不是成员：admin 不再拥有此组的权限。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="117"/>
        <source>%1 is not a member: developers lost the writer&apos;s rights.</source>
        <translation>%1 不是成员：developer 失去了 writer 的权限。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="129"/>
        <source>Owned by %1, not by %2: run migrate.</source>
        <translation>所有者为 %1，而不是 %2：请执行 migrate。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="132"/>
        <source>Its schema no longer exists; drop the group after checking what it holds.</source>
        <translation>其模式已不存在；请在检查该组拥有的内容后删除该组。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="144"/>
        <source>%1 has no CONNECT.</source>
        <translation>%1 没有 CONNECT。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="149"/>
        <source>schema %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="152"/>
        <source>No developer, writer and viewer groups: only admin and superusers can use it.</source>
        <translation>没有 developer、writer 和 viewer 组：只有 admin 和超级用户可以使用它。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftModel</name>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="60"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="61"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftPanel</name>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="32"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="41"/>
        <source>Save the findings shown as CSV or JSON (by the file&apos;s extension)</source>
        <translation>将显示的发现项保存为 CSV 或 JSON（取决于文件扩展名）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="45"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="74"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="104"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="105"/>
        <source>No schema-group model (SLPM or SPM) is enabled in this database: there is no model to drift from.</source>
        <translation>此数据库未启用任何模式组模型（SLPM 或 SPM）：没有可比较偏差的模型。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="117"/>
        <source>Drift from the model</source>
        <translation>与模型的偏差</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="122"/>
        <source>Drift from the model (%1)</source>
        <translation>与模型的偏差（%1）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="123"/>
        <source>Drift from the model (%1 of %2)</source>
        <translation>与模型的偏差（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="143"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="152"/>
        <source>Export the drift</source>
        <translation>导出偏差</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="153"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupdriftpanel.cpp" line="158"/>
        <source>Saved %n finding(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条发现项保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::GroupMemberTree</name>
    <message numerus="yes">
        <location filename="../ui/groups/groupmembertree.cpp" line="48"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（%n 个成员）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="50"/>
        <source>Drop users here to add them to %1.</source>
        <translation>将用户拖放到此处以将其添加到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="66"/>
        <source>%1 (pending: leaves)</source>
        <translation>%1（待处理：移出）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="66"/>
        <source>The pending plan removes %1 from the group.</source>
        <translation>待处理的计划会将 %1 从该组中移除。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="69"/>
        <source>A group of the model: its members have this group&apos;s rights too.</source>
        <translation>模型中的组：其成员也拥有此组的权限。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="76"/>
        <source>%1 (pending: joins)</source>
        <translation>%1（待处理：加入）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="76"/>
        <source>The pending plan adds %1 to the group.</source>
        <translation>待处理的计划会将 %1 添加到该组。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationDialog</name>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="21"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="45"/>
        <source>0 (max_locks_per_transaction)</source>
        <translation>0 (max_locks_per_transaction)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="46"/>
        <source>Objects per call; each call commits on its own. 0 lets the server choose (max_locks_per_transaction).</source>
        <translation>每次调用处理的对象数；每次调用单独提交。0 表示由服务器决定（max_locks_per_transaction）。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="50"/>
        <source>Objects per &amp;batch:</source>
        <translation>每批对象数(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationdialog.cpp" line="54"/>
        <source>%n object(s) still to hand over.</source>
        <translation>
            <numerusform>还有 %n 个对象待移交。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="55"/>
        <source>Statement, called until it answers COMPLETED:</source>
        <translation>语句（反复调用，直到其返回 COMPLETED）：</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="55"/>
        <source>Statement:</source>
        <translation>语句：</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="85"/>
        <source>Creates the database-level groups {db}_admin, {db}_developer, {db}_writer and {db}_viewer.</source>
        <translation>创建数据库级的组 {db}_admin、{db}_developer、{db}_writer 和 {db}_viewer。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="86"/>
        <source>Creates the group {db}.admin and, for every schema, {db}.{schema}.developer, writer and viewer.</source>
        <translation>创建组 {db}.admin，并为每个模式创建 {db}.{schema}.developer、writer 和 viewer。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="88"/>
        <source>Revokes every database and schema privilege from PUBLIC and gives CONNECT to every group; admin becomes the owner of the database and its schemas. From now on a new object belongs to the developer group, writer may change its data and viewer read it. Users in no group lose CONNECT. GRANT, REVOKE and ALTER … OWNER are refused while the model is on. Objects that exist already are handed over by Migrate. Only a superuser may enable, and not while other sessions run SQL in the database.</source>
        <translation>从 PUBLIC 撤销数据库和模式上的所有权限，并将 CONNECT 授予每个组；admin 成为数据库及其模式的所有者。此后新建的对象归 developer 组所有，writer 可以修改其数据，viewer 可以读取其数据。不在任何组中的用户将失去 CONNECT。模型启用期间，GRANT、REVOKE 和 ALTER … OWNER 会被拒绝。已存在的对象由“迁移”移交。只有超级用户可以启用，并且在其他会话正在该数据库中运行 SQL 时不能启用。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="95"/>
        <source>Hands the objects that existed before enabling to the developer group, one batch per call. Each call commits on its own: a cancelled migrate keeps its batches and goes on where it stopped when it is run again.</source>
        <translation>将启用前已存在的对象移交给 developer 组，每次调用处理一批。每次调用单独提交：已取消的迁移会保留已完成的批次，再次运行时从停止处继续。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="99"/>
        <source>Turns the model off. The groups are kept, with their rights on existing objects (not on new ones); developer groups stay owners. PUBLIC gets its defaults back: CONNECT and TEMPORARY on the database, USAGE and CREATE on schema public, EXECUTE on functions and procedures, USAGE on languages and types. Clean up drops the groups afterwards.</source>
        <translation>停用该模型。组会保留，并保留其在现有对象上的权限（新对象上没有）；developer 组仍是所有者。PUBLIC 恢复其默认权限：数据库上的 CONNECT 和 TEMPORARY、模式 public 上的 USAGE 和 CREATE、函数和过程上的 EXECUTE、语言和类型上的 USAGE。之后可用“清理”删除这些组。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="104"/>
        <source>Drops the groups the disabled model left in database %1 and hands what they owned to you, one batch per call; each call commits on its own.</source>
        <translation>删除已停用的模型在数据库 %1 中留下的组，并将它们拥有的对象移交给您，每次调用处理一批；每次调用单独提交。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationRunner</name>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="66"/>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="67"/>
        <source>Migrate existing objects to %1</source>
        <translation>将现有对象迁移到 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="68"/>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="69"/>
        <source>Clean up the %1 groups of %2</source>
        <translation>清理 %2 的 %1 组</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="150"/>
        <location filename="../src/slpm/groupoperations.cpp" line="166"/>
        <source>%1 was cancelled after %n batch(es); run it again to go on.</source>
        <translation>
            <numerusform>%1 在 %n 个批次后被取消；再次运行即可继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="162"/>
        <source>%1 stopped: the connection was lost (%2). The %n batch(es) before it are kept.</source>
        <translation>
            <numerusform>%1 已停止：连接已断开（%2）。之前完成的 %n 个批次会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="171"/>
        <source>%1 was refused: %2 (only a superuser, or for some calls the database&apos;s admin group, may call %3).</source>
        <translation>%1 被拒绝：%2（只有超级用户，或对部分调用而言该数据库的 admin 组，才能调用 %3）。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="174"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="187"/>
        <source>%1: completed in %n batch(es).</source>
        <translation>
            <numerusform>%1：已在 %n 个批次中完成。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="188"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="233"/>
        <source>%1 was cancelled before it began.</source>
        <translation>%1 在开始前已取消。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="243"/>
        <source>%1 failed: cannot connect to the server (%2).</source>
        <translation>%1失败：无法连接到服务器（%2）。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationsBar</name>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="54"/>
        <source>Install slpm_ce…</source>
        <translation>安装 slpm_ce…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="55"/>
        <source>Install RoleDesk&apos;s compatibility extension for Hologres&apos; permission models (superuser; the script is shown first)</source>
        <translation>安装 RoleDesk 针对 Hologres 权限模型的兼容扩展（需要超级用户；会先显示脚本）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="57"/>
        <source>Enable SLPM…</source>
        <translation>启用 SLPM…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="57"/>
        <source>Turn on the schema-level permission model</source>
        <translation>启用模式级权限模型</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="58"/>
        <source>Enable SPM…</source>
        <translation>启用 SPM…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="58"/>
        <source>Turn on the database-level simple permission model</source>
        <translation>启用数据库级简单权限模型</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="59"/>
        <source>Migrate…</source>
        <translation>迁移…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="59"/>
        <source>Hand the objects that existed before enabling to the groups</source>
        <translation>将启用前已存在的对象移交给各组</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="60"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="60"/>
        <source>Turn the model off; the groups are kept</source>
        <translation>停用该模型；组会保留</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="61"/>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="144"/>
        <source>Rename schema…</source>
        <translation>重命名模式…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="62"/>
        <source>Rename the current schema and its groups (added to the pending changes)</source>
        <translation>重命名当前模式及其组（添加到待处理更改）</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="63"/>
        <source>Clean up…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="63"/>
        <source>Drop the groups a disabled model left behind</source>
        <translation>删除已停用的模型留下的组</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="144"/>
        <source>Rename schema %1…</source>
        <translation>重命名模式 %1…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="153"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="158"/>
        <source>No schema-group model: database %1 has neither Hologres&apos; procedures nor slpm_ce.</source>
        <translation>没有模式组模型：数据库 %1 既没有 Hologres 的过程，也没有 slpm_ce。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="162"/>
        <source>Hologres</source>
        <translation>Hologres</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="163"/>
        <source>slpm_ce %1</source>
        <translation>slpm_ce %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="166"/>
        <source>%1 is installed; the standard PostgreSQL model is in force.</source>
        <translation>已安装 %1；当前生效的是标准 PostgreSQL 模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="167"/>
        <source>%1 is installed; the model is off, and %n group(s) of it remain (Clean up drops them).</source>
        <translation>
            <numerusform>已安装 %1；模型已停用，其 %n 个组仍然存在（“清理”会删除它们）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="172"/>
        <source>%1 is on (%2), %n group(s).</source>
        <translation>
            <numerusform>%1 已启用（%2），%n 个组。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="174"/>
        <source>%n object(s) not migrated yet.</source>
        <translation>
            <numerusform>%n 个对象尚未迁移。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="176"/>
        <source>Migrate has not completed since enabling.</source>
        <translation>启用后迁移尚未完成。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="223"/>
        <source>Cancelling %1…</source>
        <translation>正在取消%1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="240"/>
        <source>%1: %n object(s) left</source>
        <translation>
            <numerusform>%1：剩余 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="241"/>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="245"/>
        <source>%n batch(es) done</source>
        <translation>
            <numerusform>已完成 %n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="316"/>
        <source>slpm_ce installed. The standard model stays in force until SLPM or SPM is enabled.</source>
        <translation>已安装 slpm_ce。在启用 SLPM 或 SPM 之前，标准模型保持生效。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="331"/>
        <source>Rename schema %1</source>
        <translation>重命名模式 %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="332"/>
        <source>New name of schema %1 (its developer, writer and viewer groups are renamed with it; the call joins the pending changes):</source>
        <translation>模式 %1 的新名称（其 developer、writer 和 viewer 组会随之重命名；该调用会加入待处理更改）：</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="344"/>
        <source>Rename schema %1 to %2</source>
        <translation>将模式 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="346"/>
        <source>Renaming schema %1 to %2 was added to the pending changes.</source>
        <translation>将模式 %1 重命名为 %2 的操作已添加到待处理更改。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupsCommand</name>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="33"/>
        <location filename="../app/cli/cligroupslist.cpp" line="266"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="39"/>
        <source>Print the SQL script and change nothing.</source>
        <translation>输出 SQL 脚本，不做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="52"/>
        <source>%1 is a role, but not a group of the %2 model in force in database %3</source>
        <translation>%1 是角色，但不是数据库 %3 中生效的 %2 模型的组</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="54"/>
        <source>unknown group %1: database %2 has no such group of the %3 model (run &quot;%4 groups&quot; to list them)</source>
        <translation>未知的组 %1：数据库 %2 中没有 %3 模型的此组（运行“%4 groups”可列出各组）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="65"/>
        <source>the user name %1 is reserved: user names must not end in admin, developer, writer, viewer or all_users</source>
        <translation>用户名 %1 是保留名称：用户名不能以 admin、developer、writer、viewer 或 all_users 结尾</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="69"/>
        <source>role %1 does not exist in database %2&apos;s cluster (create it with &quot;%3 groups create-user&quot;)</source>
        <translation>角色 %1 在数据库 %2 所在的集群中不存在（请用“%3 groups create-user”创建）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="99"/>
        <source>missing arguments: %1</source>
        <translation>缺少参数：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="102"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="111"/>
        <location filename="../app/cli/cligroupslist.cpp" line="336"/>
        <source>could not write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="125"/>
        <source>
Subcommands (each has its own --help):
  (none)                      list the model, its groups and members, and users&apos; levels
  grant GROUP USER...         add users to a group (CALL slpm_grant / spm_grant)
  revoke GROUP USER...        remove users from a group (CALL slpm_revoke / spm_revoke)
  set-level USER SCHEMA LEVEL make LEVEL (none, viewer, writer, developer; admin for the
                              database) the user&apos;s one direct level in SCHEMA
  create-user USER [--group GROUP]  create a login, optionally into a group
  enable [--model slpm|spm]   enable a model (superuser; no other session may run SQL)
  migrate [--batch N]         hand existing objects to the groups, batch by batch
  disable                     disable the model in force; the groups stay
  cleanup [--database DB] [--batch N]  drop a disabled model&apos;s groups, batch by batch
Membership changes are applied like &quot;apply&quot;: one transaction, checked under lock, journalled;
--dry-run prints the SQL instead.

Examples:
  %1 groups --dsn &quot;dbname=sales&quot; --format json
  %1 groups grant sales.public.viewer ann bob --dry-run
  %1 groups set-level ann &quot;Mixed Case&quot; writer
  %1 groups enable --model slpm &amp;&amp; %1 groups migrate --batch 100
</source>
        <translation>
子命令（各有自己的 --help）：
  (none)                      列出模型、其组和成员，以及用户的级别
  grant GROUP USER...         将用户添加到组（CALL slpm_grant / spm_grant）
  revoke GROUP USER...        从组中移除用户（CALL slpm_revoke / spm_revoke）
  set-level USER SCHEMA LEVEL 使 LEVEL（none、viewer、writer、developer；数据库级为
                              admin）成为该用户在 SCHEMA 中唯一的直接级别
  create-user USER [--group GROUP]  创建登录角色，可选择直接加入某个组
  enable [--model slpm|spm]   启用模型（需要超级用户；不能有其他会话在运行 SQL）
  migrate [--batch N]         将现有对象逐批移交给各组
  disable                     停用当前生效的模型；组会保留
  cleanup [--database DB] [--batch N]  逐批删除已停用模型的组
成员关系的更改与“apply”一样应用：单个事务、在锁定状态下检查、记入日志；
--dry-run 则改为输出 SQL。

示例：
  %1 groups --dsn &quot;dbname=sales&quot; --format json
  %1 groups grant sales.public.viewer ann bob --dry-run
  %1 groups set-level ann &quot;Mixed Case&quot; writer
  %1 groups enable --model slpm &amp;&amp; %1 groups migrate --batch 100
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="161"/>
        <source>create-user: the group the new user joins.</source>
        <translation>create-user：新用户加入的组。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="168"/>
        <source>Add each USER to GROUP, a group of the model in force (SLPM: DB.admin, DB.SCHEMA.developer, writer or viewer; SPM: DB_admin, DB_developer...), through CALL slpm_grant (spm_grant). A user already in the group is left as it is. Other levels the user holds in the schema stay: use set-level to hold exactly one.</source>
        <translation>通过 CALL slpm_grant（spm_grant）将每个 USER 添加到 GROUP，GROUP 为当前生效模型的组（SLPM：DB.admin、DB.SCHEMA.developer、writer 或 viewer；SPM：DB_admin、DB_developer…）。已在该组中的用户保持不变。该用户在该模式中拥有的其他级别会保留：要只保留一个级别，请使用 set-level。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="173"/>
        <source>
Examples:
  %1 groups grant mydb.sales.viewer ann bob --dry-run
  %1 groups grant &quot;mydb.Mixed Case.writer&quot; ann
</source>
        <translation>
示例：
  %1 groups grant mydb.sales.viewer ann bob --dry-run
  %1 groups grant &quot;mydb.Mixed Case.writer&quot; ann
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="177"/>
        <source>Remove each USER from GROUP, a group of the model in force, through CALL slpm_revoke (spm_revoke). A user who is not a direct member is left as it is.</source>
        <translation>通过 CALL slpm_revoke（spm_revoke）将每个 USER 从 GROUP（当前生效模型的组）中移除。不是直接成员的用户保持不变。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="180"/>
        <source>
Example:
  %1 groups revoke mydb.sales.viewer ann
</source>
        <translation>
示例：
  %1 groups revoke mydb.sales.viewer ann
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="184"/>
        <source>Make LEVEL the one level USER holds directly in SCHEMA: revoke the schema&apos;s other groups the user is directly in, grant the level&apos;s group. LEVEL is none, viewer, writer or developer; admin (or none with SCHEMA &quot;-&quot;) acts on the database&apos;s admin group. Under SPM, SCHEMA is any schema (the levels are database-wide). A level held through another role stays, and is reported.</source>
        <translation>使 LEVEL 成为 USER 在 SCHEMA 中直接拥有的唯一级别：撤销该用户直接所属的该模式的其他组，并授予该级别的组。LEVEL 为 none、viewer、writer 或 developer；admin（或 SCHEMA 为“-”时的 none）作用于数据库的 admin 组。在 SPM 下，SCHEMA 可以是任意模式（级别作用于整个数据库）。通过其他角色拥有的级别会保留，并予以报告。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="190"/>
        <source>
Examples:
  %1 groups set-level ann sales writer
  %1 groups set-level ann &quot;Mixed Case&quot; none
  %1 groups set-level ann - admin
</source>
        <translation>
示例：
  %1 groups set-level ann sales writer
  %1 groups set-level ann &quot;Mixed Case&quot; none
  %1 groups set-level ann - admin
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="195"/>
        <source>Create login USER through CALL slpm_create_user (spm_create_user), optionally straight into a group. User names may not end in admin, developer, writer, viewer or all_users.</source>
        <translation>通过 CALL slpm_create_user（spm_create_user）创建登录用户 USER，可选择直接加入某个组。用户名不能以 admin、developer、writer、viewer 或 all_users 结尾。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="198"/>
        <source>
Example:
  %1 groups create-user ann --group mydb.sales.viewer
</source>
        <translation>
示例：
  %1 groups create-user ann --group mydb.sales.viewer
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="201"/>
        <source>See above.</source>
        <translation>见上文。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="218"/>
        <source>no schema-group model is enabled in database %1: nothing was changed</source>
        <translation>数据库 %1 中未启用任何模式组模型：未作任何更改</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="219"/>
        <source>Enable one first: %1 groups enable --model slpm</source>
        <translation>请先启用一个模型：%1 groups enable --model slpm</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="227"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="240"/>
        <source>%1 is already a member of %2</source>
        <translation>%1 已经是 %2 的成员</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="241"/>
        <source>%1 is not a direct member of %2</source>
        <translation>%1 不是 %2 的直接成员</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="252"/>
        <source>unknown level &quot;%1&quot; (expected none, viewer, writer, developer or admin)</source>
        <translation>未知级别“%1”（应为 none、viewer、writer、developer 或 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="258"/>
        <source>schema %1 has no groups in database %2</source>
        <translation>模式 %1 在数据库 %2 中没有组</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="260"/>
        <source>level %1 does not apply to %2</source>
        <translation>级别 %1 不适用于 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="260"/>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="282"/>
        <source>Nothing to apply: database %1 already has it.
</source>
        <translation>无需应用：数据库 %1 已是如此。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="292"/>
        <source>The model: slpm or spm (enable: default slpm; otherwise the model in force, or the one whose groups are left).</source>
        <translation>模型：slpm 或 spm（enable：默认为 slpm；其他子命令：当前生效的模型，或留有其组的模型）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="295"/>
        <source>Objects per call (default 64; 0: the server&apos;s maximum).</source>
        <translation>每次调用处理的对象数（默认 64；0：服务器允许的最大值）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="298"/>
        <source>cleanup: the database whose groups are dropped (default: the connected one).</source>
        <translation>cleanup：要删除其组的数据库（默认：当前连接的数据库）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="301"/>
        <source>enable: slpm_enable(&apos;t&apos;), to enable again after cleanup (then migrate).</source>
        <translation>enable：slpm_enable(&apos;t&apos;)，用于在 cleanup 之后再次启用（随后执行 migrate）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="310"/>
        <source>Enable a schema-group model in the connected database (CALL slpm_enable() or spm_enable()). Needs a superuser, and is refused while other sessions run SQL in the database. Run migrate next.</source>
        <translation>在当前连接的数据库中启用模式组模型（CALL slpm_enable() 或 spm_enable()）。需要超级用户，并且在其他会话正在该数据库中运行 SQL 时会被拒绝。之后请运行 migrate。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="313"/>
        <source>
Example:
  %1 groups enable --model slpm --dsn &quot;dbname=sales&quot;
</source>
        <translation>
示例：
  %1 groups enable --model slpm --dsn &quot;dbname=sales&quot;
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="317"/>
        <source>Hand the objects that existed before enabling to their schema&apos;s developer group, --batch objects per call, each call committed, until the server answers COMPLETED. Progress goes to standard error; Ctrl+C stops after the call in flight, and running it again goes on.</source>
        <translation>将启用前已存在的对象移交给其所在模式的 developer 组，每次调用处理 --batch 个对象，每次调用都单独提交，直到服务器返回 COMPLETED。进度输出到标准错误；Ctrl+C 会在当前调用结束后停止，再次运行即可继续。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="321"/>
        <source>
Example:
  %1 groups migrate --batch 100
</source>
        <translation>
示例：
  %1 groups migrate --batch 100
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="324"/>
        <source>Disable the model in force (CALL slpm_disable() or spm_disable()). The groups stay, with their rights on existing objects; PUBLIC gets its default rights back.</source>
        <translation>停用当前生效的模型（CALL slpm_disable() 或 spm_disable()）。组会保留，并保留其在现有对象上的权限；PUBLIC 恢复其默认权限。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="327"/>
        <source>
Example:
  %1 groups disable
</source>
        <translation>
示例：
  %1 groups disable
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="331"/>
        <source>After disable: drop the model&apos;s groups and hand what they owned to the caller, batch by batch (CALL slpm_cleanup(db, batch)), until COMPLETED. Ctrl+C stops after the call in flight.</source>
        <translation>disable 之后：逐批删除该模型的组，并将它们拥有的对象移交给调用者（CALL slpm_cleanup(db, batch)），直到返回 COMPLETED。Ctrl+C 会在当前调用结束后停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="334"/>
        <source>
Example:
  %1 groups cleanup --batch 100
</source>
        <translation>
示例：
  %1 groups cleanup --batch 100
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="345"/>
        <source>--batch must be a whole number, 0 or more</source>
        <translation>--batch 必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="351"/>
        <source>unknown model &quot;%1&quot; (expected slpm or spm)</source>
        <translation>未知模型“%1”（应为 slpm 或 spm）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="378"/>
        <source>%1: %2...
</source>
        <translation>%1：%2…
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cligroups.cpp" line="397"/>
        <source>%n object(s) to hand over
</source>
        <translation>
            <numerusform>%n 个对象待移交
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cligroups.cpp" line="399"/>
        <source>batch %1: %n object(s) left
</source>
        <translation>
            <numerusform>批次 %1：剩余 %n 个对象
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="401"/>
        <source>batch %1 done
</source>
        <translation>批次 %1 已完成
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="111"/>
        <source>Database %1: model %2 (source %3%4%5)
</source>
        <translation>数据库 %1：模型 %2（来源 %3%4%5）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="115"/>
        <source>, migrated</source>
        <translation>，已迁移</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="115"/>
        <source>, not migrated yet</source>
        <translation>，尚未迁移</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="118"/>
        <source>Database %1: no schema-group model is enabled (model standard, source %2)
</source>
        <translation>数据库 %1：未启用任何模式组模型（模型 standard，来源 %2）
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="121"/>
        <source>Groups left behind by a disabled model (groups cleanup drops them):
</source>
        <translation>已停用的模型留下的组（groups cleanup 会删除它们）：
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="124"/>
        <source>Groups (%1):
</source>
        <translation>组（%1）：
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="134"/>
        <source>Users (%1):
</source>
        <translation>用户（%1）：
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="138"/>
        <source>(database)</source>
        <translation>（数据库）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="141"/>
        <source>(via %1)</source>
        <translation>（通过 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="147"/>
        <source>(superuser: every right whatever its groups)</source>
        <translation>（超级用户：无论属于哪些组，都拥有全部权限）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="240"/>
        <source>No drift from the model.
</source>
        <translation>与模型没有偏差。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="249"/>
        <source>Show the schema-group model in force in one database (standard, spm or slpm, and where it comes from: slpm_ce or hologres), each group with its level, schema and direct members, and each user&apos;s level per schema, held directly or through which role. Members are direct members other than the model&apos;s own groups (a higher level&apos;s group may be a member of a lower one).

CSV columns: kind,name,level,schema,member,direct,via. Rows of kind &quot;group&quot; give a group, its level and schema, and one direct member each (none: one row with an empty member); rows of kind &quot;user&quot; give a user&apos;s level in one schema, &quot;true&quot; in direct when held directly, else the first role on the way in via. Schema &quot;*&quot; is the whole database (the admin group; under SPM every level).

JSON: {&quot;database&quot;, &quot;model&quot;: &quot;standard|spm|slpm&quot;, &quot;source&quot;: &quot;none|slpm_ce|hologres&quot;, &quot;extension_version&quot;, &quot;migrated&quot;, &quot;groups&quot;: [{&quot;name&quot;, &quot;level&quot;, &quot;schema&quot; (null for admin and SPM), &quot;members&quot;: [names]}], &quot;users&quot;: [{&quot;name&quot;, &quot;superuser&quot;, &quot;levels&quot;: {schema or &quot;*&quot;: {&quot;level&quot;, &quot;direct&quot;, &quot;via&quot; (null when direct)}}}]}. Only levels held are listed. When no model is enabled, groups lists what a disabled model left behind and users is empty.</source>
        <translation>显示一个数据库中当前生效的模式组模型（standard、spm 或 slpm，及其来源：slpm_ce 或 hologres）、每个组及其级别、模式和直接成员，以及每个用户在每个模式中的级别（直接拥有或通过哪个角色拥有）。成员指除模型自身的组以外的直接成员（较高级别的组可以是较低级别的组的成员）。

CSV 列：kind,name,level,schema,member,direct,via。kind 为“group”的行给出一个组、其级别和模式，每行一个直接成员（没有成员时：一行，member 为空）；kind 为“user”的行给出用户在一个模式中的级别，直接拥有时 direct 为“true”，否则 via 中为途径上的第一个角色。模式“*”表示整个数据库（admin 组；在 SPM 下为所有级别）。

JSON：{&quot;database&quot;, &quot;model&quot;: &quot;standard|spm|slpm&quot;, &quot;source&quot;: &quot;none|slpm_ce|hologres&quot;, &quot;extension_version&quot;, &quot;migrated&quot;, &quot;groups&quot;: [{&quot;name&quot;, &quot;level&quot;, &quot;schema&quot;（admin 和 SPM 时为 null）, &quot;members&quot;: [names]}], &quot;users&quot;: [{&quot;name&quot;, &quot;superuser&quot;, &quot;levels&quot;: {schema 或 &quot;*&quot;: {&quot;level&quot;, &quot;direct&quot;, &quot;via&quot;（直接拥有时为 null）}}}]}。只列出所拥有的级别。未启用任何模型时，groups 列出已停用的模型留下的组，users 为空。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="269"/>
        <source>Output format: text (default), csv or json.</source>
        <translation>输出格式：text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="272"/>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation>写入 FILE 而不是标准输出（仅在完整写入后才替换）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="275"/>
        <source>Instead of the listing, the drift from the model: objects not migrated, users in no group, rights granted around the groups, schemas without groups, groups of dropped schemas, changes to the model&apos;s own structure (CSV: kind,object,detail). Exit 1 when there is any.</source>
        <translation>不输出列表，而是输出与模型的偏差：未迁移的对象、不在任何组中的用户、绕过组授予的权限、没有组的模式、已删除模式的组、模型自身结构的更改（CSV：kind,object,detail）。存在任何偏差时以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="288"/>
        <source>unknown subcommand &quot;%1&quot; (expected one of %2)</source>
        <translation>未知子命令“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="293"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation>未知格式“%1”（应为 text、csv 或 json）</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="312"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="329"/>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::ImpactPeople</name>
    <message>
        <location filename="../src/privileges/impactpeople.cpp" line="51"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impactpeople.cpp" line="51"/>
        <source>%n person(s) gain rights</source>
        <translation>
            <numerusform>%n 个用户获得权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impactpeople.cpp" line="52"/>
        <source>%n person(s) lose rights</source>
        <translation>
            <numerusform>%n 个用户失去权限</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::ImpactText</name>
    <message>
        <location filename="../src/privileges/impact.cpp" line="118"/>
        <location filename="../src/privileges/impact.cpp" line="199"/>
        <location filename="../src/privileges/impact.cpp" line="238"/>
        <location filename="../src/privileges/impact.cpp" line="264"/>
        <source>role %1 is not in the snapshot</source>
        <translation>角色 %1 不在快照中</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="120"/>
        <source>no effect: %1 already has these attributes, or they change none of its rights</source>
        <translation>无效果：%1 已具有这些属性，或这些属性不会改变其任何权限</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="123"/>
        <source>no effect on rights: only SUPERUSER and INHERIT change what a role may do</source>
        <translation>对权限无效果：只有 SUPERUSER 和 INHERIT 会改变角色可以做什么</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="126"/>
        <source>role %1 does not exist yet; what it may do is not assessed</source>
        <translation>角色 %1 尚不存在；其可以做什么未评估</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="129"/>
        <source>dropping role %1 is not assessed</source>
        <translation>删除角色 %1 未评估</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="132"/>
        <source>default privileges act on objects created later</source>
        <translation>默认权限作用于之后创建的对象</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="136"/>
        <source>this schema-group call is not assessed</source>
        <translation>此模式组调用未评估</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="201"/>
        <source>%1 is not in the snapshot</source>
        <translation>%1 不在快照中</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="207"/>
        <source>no effect: every role already holds %1 on %2</source>
        <translation>无效果：所有角色均已持有 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="208"/>
        <source>no effect: no role loses %1 on %2</source>
        <translation>无效果：没有角色会失去 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="221"/>
        <source>no effect: %1 already holds %2 on %3 through %4</source>
        <translation>无效果：%1 已通过 %4 持有 %3 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="225"/>
        <source>no effect: %1 still holds %2 on %3 through %4</source>
        <translation>无效果：%1 仍通过 %4 持有 %3 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="229"/>
        <source>no effect: %1 does not hold %2 on %3</source>
        <translation>无效果：%1 未持有 %3 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="230"/>
        <source>no effect on any effective right</source>
        <translation>对任何有效权限均无效果</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="241"/>
        <source>no effect: %1 already has the privileges of %2 (%3)</source>
        <translation>无效果：%1 已具有 %2 的权限（%3）</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="245"/>
        <source>no effect: %1 still has the privileges of %2 (%3)</source>
        <translation>无效果：%1 仍具有 %2 的权限（%3）</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="248"/>
        <source>no effect: %1 gives %2 no right it lacks</source>
        <translation>无效果：%1 不会给予 %2 任何其尚缺的权限</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="249"/>
        <source>no effect: %1 holds every right of %2 in another way</source>
        <translation>无效果：%1 以其他方式持有 %2 的所有权限</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="270"/>
        <source>no effect: %1 already holds the model role %2 (%3)</source>
        <translation>无效果：%1 已持有模型角色 %2（%3）</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="273"/>
        <source>no effect: %1 still holds the model role %2 (%3)</source>
        <translation>无效果：%1 仍持有模型角色 %2（%3）</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="276"/>
        <source>no effect: %1 does not hold the model role %2</source>
        <translation>无效果：%1 未持有模型角色 %2</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="278"/>
        <source>no effect: the model role %1 gives %2 no right it lacks</source>
        <translation>无效果：模型角色 %1 不会给予 %2 任何其缺少的权限</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="279"/>
        <source>no effect: %1 holds every right of the model role %2 in another way</source>
        <translation>无效果：%1 已通过其他途径持有模型角色 %2 的全部权限</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="530"/>
        <source>gained</source>
        <translation>获得</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="531"/>
        <source>lost</source>
        <translation>失去</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="532"/>
        <source>grant option gained</source>
        <translation>获得授权选项</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="533"/>
        <source>grant option lost</source>
        <translation>失去授权选项</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="540"/>
        <source>no effect</source>
        <translation>无效果</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="540"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="546"/>
        <source>%1, %2, %3, %4 (%5, %6)</source>
        <translation>%1，%2，%3，%4（%5，%6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="547"/>
        <source>%n right(s) gained</source>
        <translation>
            <numerusform>获得 %n 项权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="547"/>
        <source>%n right(s) lost</source>
        <translation>
            <numerusform>失去 %n 项权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="548"/>
        <source>%n grant option(s) gained</source>
        <translation>
            <numerusform>获得 %n 个授权选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="549"/>
        <source>%n grant option(s) lost</source>
        <translation>
            <numerusform>失去 %n 个授权选项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="550"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="550"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="40"/>
        <source>model role %1: pgx_inference keeps model roles outside the database&apos;s roles, so what it gives is not assessed</source>
        <translation>模型角色 %1：pgx_inference 在数据库角色之外管理模型角色，因此其给予的权限未评估</translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="45"/>
        <source>model role %1: no model extension in this database (the call would fail)</source>
        <translation>模型角色 %1：此数据库中没有模型扩展（调用会失败）</translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="51"/>
        <source>model role %1: its group role %2 is not in the snapshot, so what it gives is not assessed</source>
        <translation>模型角色 %1：其组角色 %2 不在快照中，因此其给予的权限未评估</translation>
    </message>
</context>
<context>
    <name>roledesk::InferencePanel</name>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="66"/>
        <source>Check &amp;server</source>
        <translation>检查服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="70"/>
        <source>through the &amp;database</source>
        <translation>通过数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="71"/>
        <source>straight to the ser&amp;ver</source>
        <translation>直接发送到服务器(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="73"/>
        <source>&amp;Run test inference</source>
        <translation>运行测试推理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="80"/>
        <source>Test &amp;access for all users</source>
        <translation>测试所有用户的访问(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="91"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="93"/>
        <source>Name: value (only for a restricted API)</source>
        <translation>名称: 值（仅用于受限 API）</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="97"/>
        <location filename="../ui/models/inferencepanel.cpp" line="259"/>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="99"/>
        <source>RoleDesk test inference</source>
        <translation>RoleDesk 测试推理</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="102"/>
        <source>Run as this role (SET ROLE in a transaction that is rolled back); empty: as yourself</source>
        <translation>以此角色运行（在会回滚的事务中执行 SET ROLE）；留空：以您自己的身份运行</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="104"/>
        <source>SELECT pgx_inference.pgx_embedding_N(text): proves the role&apos;s right to use the model</source>
        <translation>SELECT pgx_inference.pgx_embedding_N(text)：验证该角色使用该模型的权利</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="105"/>
        <source>POST /v2/models/{model}/infer on the inference server (no database privileges involved)</source>
        <translation>向推理服务器发送 POST /v2/models/{model}/infer（不涉及数据库权限）</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="108"/>
        <source>How many times to run it; the chart shows every run&apos;s latency</source>
        <translation>运行次数；图表显示每次运行的延迟</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="127"/>
        <source>Latency per run (ms)</source>
        <translation>每次运行的延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="132"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="148"/>
        <source>Inference server</source>
        <translation>推理服务器</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="153"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="158"/>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="160"/>
        <source>Header:</source>
        <translation>请求头：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="162"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="167"/>
        <source>Test inference</source>
        <translation>测试推理</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="169"/>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="170"/>
        <source>As &amp;role:</source>
        <translation>执行角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="175"/>
        <source>Runs:</source>
        <translation>运行次数：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="177"/>
        <source>Route:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="190"/>
        <source>Who may use which model</source>
        <translation>谁可以使用哪个模型</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="218"/>
        <source>Dimension %1 · norm %2 · %3 ms as %4
First values: %5</source>
        <translation>维度 %1 · 范数 %2 · %3 毫秒（以 %4 身份）
前几个值：%5</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="228"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="358"/>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <source>&lt;b&gt;Server:&lt;/b&gt; %1 (%2 ms)</source>
        <translation>&lt;b&gt;服务器：&lt;/b&gt;%1（%2 毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <location filename="../ui/models/inferencepanel.cpp" line="380"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="371"/>
        <source>&lt;b&gt;Server:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;服务器：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="374"/>
        <source>&lt;b&gt;Server metadata:&lt;/b&gt; %1 %2</source>
        <translation>&lt;b&gt;服务器元数据：&lt;/b&gt;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="375"/>
        <source>&lt;b&gt;Server metadata:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;服务器元数据：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="380"/>
        <location filename="../ui/models/inferencepanel.cpp" line="382"/>
        <source>&lt;b&gt;Model %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;模型 %1：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="381"/>
        <source>not ready (%1)</source>
        <translation>未就绪（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="386"/>
        <source>&lt;b&gt;Metadata:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;元数据：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="391"/>
        <source>in %1 %2 %3</source>
        <translation>输入 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="393"/>
        <source>out %1 %2 %3</source>
        <translation>输出 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="394"/>
        <source>&lt;b&gt;Metadata:&lt;/b&gt; %1 · %2</source>
        <translation>&lt;b&gt;元数据：&lt;/b&gt;%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="402"/>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;统计：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="406"/>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %n inference(s), %1 failed, mean %2 ms</source>
        <translation>
            <numerusform>&lt;b&gt;统计：&lt;/b&gt;推理 %n 次，失败 %1 次，平均 %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="523"/>
        <source>%n run(s) · median %1 ms · min %2 ms · max %3 ms</source>
        <translation>
            <numerusform>运行 %n 次 · 中位数 %1 ms · 最小 %2 ms · 最大 %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="594"/>
        <source>Every run agrees with the privilege matrix (%1 × %2).</source>
        <comment>role count × model count</comment>
        <translation>每次运行的结果都与权限矩阵一致（%1 × %2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="595"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="595"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="454"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="489"/>
        <source>Dimension %1 · norm %2 · %3 ms from the server
First values: %4</source>
        <translation>维度 %1 · 范数 %2 · 来自服务器，%3 毫秒
前几个值：%4</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="552"/>
        <source>Running the inference as each role…</source>
        <translation>正在以每个角色运行推理…</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="577"/>
        <source>%1 ≠ matrix: %2</source>
        <translation>%1 ≠ 矩阵：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="579"/>
        <source>Matrix predicts: %1</source>
        <translation>矩阵预测：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="580"/>
        <source>Matrix: EXECUTE via %1</source>
        <translation>矩阵：通过 %1 获得 EXECUTE</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="590"/>
        <source>The test stopped: %1</source>
        <translation>测试已中止：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="592"/>
        <source>Cancelled; the cells tested so far are shown.</source>
        <translation>已取消；显示目前已测试的单元格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="597"/>
        <source>%n cell(s) disagree with the privilege matrix (marked red).</source>
        <translation>
            <numerusform>%n 个单元格与权限矩阵不一致（标为红色）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="599"/>
        <source>%n cell(s) could not be determined (see their tooltips).</source>
        <translation>
            <numerusform>%n 个单元格无法判定（请查看其工具提示）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::InterfaceLanguage</name>
    <message>
        <location filename="../ui/window/interfacelanguage.cpp" line="24"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/window/interfacelanguage.cpp" line="103"/>
        <source>&amp;Language</source>
        <translation>语言 (&amp;Language)</translation>
    </message>
</context>
<context>
    <name>roledesk::Journal</name>
    <message>
        <location filename="../src/store/journal.cpp" line="98"/>
        <location filename="../src/store/journal.cpp" line="167"/>
        <location filename="../src/store/journal.cpp" line="195"/>
        <source>The workspace is not open.</source>
        <translation>工作区未打开。</translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="124"/>
        <source>Cannot record the plan in the journal: %1</source>
        <translation>无法将计划记录到日志：%1</translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="170"/>
        <location filename="../src/store/journal.cpp" line="188"/>
        <location filename="../src/store/journal.cpp" line="198"/>
        <location filename="../src/store/journal.cpp" line="224"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="175"/>
        <location filename="../src/store/journal.cpp" line="201"/>
        <source>Cannot read the journal: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::JournalDialog</name>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="31"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="32"/>
        <source>Export &amp;SQL…</source>
        <translation>导出 SQL(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="35"/>
        <source>Journal of applied plans</source>
        <translation>已应用计划的日志</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Who</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="37"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="44"/>
        <source>Applied plans</source>
        <translation>已应用的计划</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="49"/>
        <source>Filter by database, user, server, result, message or SQL</source>
        <translation>按数据库、用户、服务器、结果、消息或 SQL 筛选</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="54"/>
        <source>SQL of the selected plan</source>
        <translation>所选计划的 SQL</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="61"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="105"/>
        <source>%1 as %2</source>
        <translation>%1（作为 %2）</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="106"/>
        <source>%1@%2 as %3</source>
        <translation>%1@%2（作为 %3）</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="109"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="110"/>
        <source>%1 %2: %3 on %4</source>
        <translation>%1 %2：%4 上的 %3</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="113"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="131"/>
        <source>Nothing has been applied from this workspace yet.</source>
        <translation>此工作区尚未应用任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/journaldialog.cpp" line="136"/>
        <source>Plan %1: %2, %n statement(s) in %3 ms.</source>
        <translation>
            <numerusform>计划 %1：%2，%n 条语句，耗时 %3 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="138"/>
        <source>Entry %1, %2 of model %3 as %4: %5 in %6 ms.</source>
        <translation>条目 %1，模型 %3 的%2（作为 %4）：%5，用时 %6 ms。</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="152"/>
        <source>Could not export the journal: %1</source>
        <translation>无法导出日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="161"/>
        <source>Export the journal as CSV</source>
        <translation>将日志导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="161"/>
        <source>Export the journal as SQL</source>
        <translation>将日志导出为 SQL</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="163"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="163"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL 文件 (*.sql)</translation>
    </message>
</context>
<context>
    <name>roledesk::KServeClient</name>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="126"/>
        <source>no inference server URL is configured (&quot;%1&quot; is not a URL with a host)</source>
        <translation>未配置推理服务器 URL（“%1”不是包含主机的 URL）</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="196"/>
        <source>the request to %1 was cancelled</source>
        <translation>对 %1 的请求已取消</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="199"/>
        <source>no answer within %1 ms from the inference server at %2 (%3)</source>
        <translation>%2 上的推理服务器在 %1 毫秒内没有响应（%3）</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="204"/>
        <source>inference server at %1 is not reachable: %2</source>
        <translation>无法访问 %1 上的推理服务器：%2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="207"/>
        <source>the connection to the inference server at %1 failed before a complete answer (%2): %3</source>
        <translation>与 %1 上的推理服务器的连接在收到完整响应之前失败（%2）：%3</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="220"/>
        <source>(no error text)</source>
        <translation>（无错误文本）</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="225"/>
        <source>restricted API: the server requires a header for %1 (HTTP 403) and none is configured; the server said: %2</source>
        <translation>受限 API：服务器要求 %1 携带请求头（HTTP 403），但未配置任何请求头；服务器返回：%2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="228"/>
        <source>restricted API: the server refused %1 (HTTP 403) with the header %2 that was sent; the server said: %3</source>
        <translation>受限 API：服务器拒绝了携带请求头 %2 的 %1（HTTP 403）；服务器返回：%3</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="233"/>
        <source>the inference server at %1 refused the input as too large (HTTP 413): %2</source>
        <translation>%1 上的推理服务器以输入过大为由拒绝（HTTP 413）：%2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="236"/>
        <source>model &quot;%1&quot; is not loaded on the inference server at %2 (HTTP %3): %4</source>
        <translation>模型“%1”未加载到 %2 上的推理服务器（HTTP %3）：%4</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="242"/>
        <source>the inference server at %1 answered HTTP %2 to %3: %4</source>
        <translation>%1 上的推理服务器对 %3 返回了 HTTP %2：%4</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="261"/>
        <source>unexpected answer from %1: %2</source>
        <translation>来自 %1 的意外响应：%2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="262"/>
        <source>unexpected answer from model &quot;%1&quot; at %2: %3</source>
        <translation>来自 %2 上模型“%1”的意外响应：%3</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="281"/>
        <source>the liveness check</source>
        <translation>存活检查</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="287"/>
        <source>the readiness check</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="293"/>
        <source>the server metadata request</source>
        <translation>服务器元数据请求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="303"/>
        <source>the readiness check of model &quot;%1&quot;</source>
        <translation>模型“%1”的就绪检查</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="309"/>
        <source>the metadata request of model &quot;%1&quot;</source>
        <translation>模型“%1”的元数据请求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="320"/>
        <source>the statistics request of model &quot;%1&quot;</source>
        <translation>模型“%1”的统计信息请求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="340"/>
        <source>the input is %1 bytes, over the limit of %2 bytes: not sent to model &quot;%3&quot; at %4</source>
        <translation>输入为 %1 字节，超过了 %2 字节的上限：未发送给 %4 上的模型“%3”</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="347"/>
        <source>the inference with model &quot;%1&quot;</source>
        <translation>使用模型“%1”的推理</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="353"/>
        <source>the repository index request</source>
        <translation>仓库索引请求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="364"/>
        <source>loading model &quot;%1&quot;</source>
        <translation>加载模型“%1”</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="373"/>
        <source>unloading model &quot;%1&quot;</source>
        <translation>卸载模型“%1”</translation>
    </message>
</context>
<context>
    <name>roledesk::KServeProtocol</name>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="20"/>
        <location filename="../src/inference/kserveprotocol.cpp" line="242"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="26"/>
        <source>the answer is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="126"/>
        <source>the answer has no outputs</source>
        <translation>响应中没有输出</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="137"/>
        <source>output &quot;%1&quot; has datatype %2 where FP32 was expected</source>
        <translation>输出“%1”的数据类型为 %2，应为 FP32</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="138"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="143"/>
        <source>output &quot;%1&quot; has shape %2 where [%3, dim] (one row of dim &gt; 0 values per input text) was expected</source>
        <translation>输出“%1”的形状为 %2，应为 [%3, dim]（每个输入文本一行，每行 dim &gt; 0 个值）</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="156"/>
        <source>output &quot;%1&quot;: value %2 is %3, not a finite number</source>
        <translation>输出“%1”：值 %2 为 %3，不是有限数值</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="160"/>
        <source>output &quot;%1&quot; has shape %2, which needs %3 values, but %4 came</source>
        <translation>输出“%1”的形状为 %2，需要 %3 个值，但收到了 %4 个</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="196"/>
        <source>the model metadata has no name</source>
        <translation>模型元数据中没有名称</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="209"/>
        <source>the answer has no &quot;model_stats&quot; list</source>
        <translation>响应中没有 &quot;model_stats&quot; 列表</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="243"/>
        <source>the answer is not a JSON list</source>
        <translation>响应不是 JSON 列表</translation>
    </message>
</context>
<context>
    <name>roledesk::LdapReader</name>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="92"/>
        <source>Reading people…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="101"/>
        <source>%1: no %2 attribute; not read as a person</source>
        <translation>%1：没有 %2 属性；不作为用户读取</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="105"/>
        <source>%1: the id %2 is already %3&apos;s; not read as a person</source>
        <translation>%1：id %2 已属于 %3；不作为用户读取</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="112"/>
        <source>user filter</source>
        <translation>用户过滤器</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="117"/>
        <source>Reading machine users…</source>
        <translation>正在读取机器用户…</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="126"/>
        <source>machine filter</source>
        <translation>机器过滤器</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="140"/>
        <source>Reading groups…</source>
        <translation>正在读取组…</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="148"/>
        <source>%1: no %2 attribute; not read as a group</source>
        <translation>%1：没有 %2 属性；不作为组读取</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="152"/>
        <source>%1: the group name %2 is already %3&apos;s; not read as a group</source>
        <translation>%1：组名 %2 已属于 %3；不作为组读取</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="166"/>
        <source>group filter</source>
        <translation>组过滤器</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/platform/ldapdirectory.cpp" line="198"/>
        <source>%n member(s) of groups matched neither the user nor the group filter and were ignored (the first: %1)</source>
        <translation>
            <numerusform>%n 个组成员既不匹配用户过滤器也不匹配组过滤器，已被忽略（第一个：%1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="109"/>
        <source>the anonymous bind</source>
        <translation>匿名绑定</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="115"/>
        <source>%1: cannot reach the server, or the TLS handshake failed: %2 (is the server&apos;s certificate signed by the CA file&apos;s authority, for this host name?)</source>
        <translation>%1：无法连接服务器，或 TLS 握手失败：%2（服务器的证书是否由 CA 文件中的证书颁发机构为此主机名签发？）</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="171"/>
        <source>%1: no answer to %2 within %3 s</source>
        <translation>%1：%2 在 %3 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="175"/>
        <source>%1: the server went away during %2: %3</source>
        <translation>%1：%2 期间服务器断开了连接：%3</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="183"/>
        <source>%1: not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation>%1：不是 LDAP URL（应为 ldap://host:port 或 ldaps://host:port）</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="186"/>
        <source>%1: no base DN to search</source>
        <translation>%1：没有要搜索的基准 DN</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="201"/>
        <source>%1: cannot read the CA file %2</source>
        <translation>%1：无法读取 CA 文件 %2</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="206"/>
        <source>%1: cannot set up TLS with the CA file %2: %3</source>
        <translation>%1：无法使用 CA 文件 %2 设置 TLS：%3</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="210"/>
        <source>%1: StartTLS is for ldap:// URLs; an ldaps:// URL is encrypted already</source>
        <translation>%1：StartTLS 用于 ldap:// URL；ldaps:// URL 已经加密</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="212"/>
        <location filename="../src/platform/ldapsession.cpp" line="230"/>
        <source>%1: cannot reach the server: %2</source>
        <translation>%1：无法连接服务器：%2</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="214"/>
        <source>%1: StartTLS refused: %2; the connection is not used without TLS</source>
        <translation>%1：StartTLS 被拒绝：%2；不会在没有 TLS 的情况下使用该连接</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="220"/>
        <source>%1: no password for %2 (a bind DN without a password would read anonymously)</source>
        <translation>%1：没有 %2 的密码（没有密码的绑定 DN 会以匿名方式读取）</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="232"/>
        <source>the bind as %1</source>
        <translation>以 %1 身份绑定</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="238"/>
        <source>%1: invalid credentials for %2</source>
        <translation>%1：%2 的凭据无效</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="240"/>
        <source>%1: cannot bind as %2: %3</source>
        <translation>%1：无法以 %2 身份绑定：%3</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="256"/>
        <source>%1: cannot ask for paged results: %2</source>
        <translation>%1：无法请求分页结果：%2</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="262"/>
        <location filename="../src/platform/ldapsession.cpp" line="287"/>
        <source>%1: bad %2 &quot;%3&quot;: %4</source>
        <translation>%1：%2“%3”无效：%4</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="264"/>
        <location filename="../src/platform/ldapsession.cpp" line="289"/>
        <source>%1: searching %2 with the %3 &quot;%4&quot; failed: %5</source>
        <translation>%1：使用 %3“%4”搜索 %2 失败：%5</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="279"/>
        <source>%1: the base DN %2 does not exist, or %3 may not read it</source>
        <translation>%1：基准 DN %2 不存在，或 %3 无权读取</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="281"/>
        <source>%1: the server&apos;s size limit stopped the search with the %2 &quot;%3&quot; after %4 entries, paged results notwithstanding</source>
        <translation>%1：尽管使用了分页结果，服务器的大小限制仍在 %4 个条目后终止了使用 %2“%3”的搜索</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="285"/>
        <source>%1: the server does not page results (RFC 2696), so a size limit could cut the listing short</source>
        <translation>%1：服务器不支持结果分页（RFC 2696），因此大小限制可能导致列表不完整</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="307"/>
        <source>the search with the %1 &quot;%2&quot;</source>
        <translation>使用 %1“%2”的搜索</translation>
    </message>
</context>
<context>
    <name>roledesk::LineagePanel</name>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="98"/>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="99"/>
        <source>Select a cell of the privilege matrix to see where each privilege comes from.</source>
        <translation>选择权限矩阵中的单元格，查看每项权限的来源。</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="114"/>
        <source>%1 is a superuser: every check is bypassed</source>
        <translation>%1 是超级用户：绕过所有检查</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="117"/>
        <source>granted to PUBLIC (every role)</source>
        <translation>授予 PUBLIC（所有角色）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="118"/>
        <source>granted to PUBLIC (every role) by %1</source>
        <translation>由 %1 授予 PUBLIC（所有角色）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="121"/>
        <source>direct grant to %1</source>
        <translation>直接授予 %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="122"/>
        <source>direct grant to %1 by %2</source>
        <translation>由 %2 直接授予 %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="126"/>
        <source>through membership %1, granted to %2</source>
        <translation>通过成员关系 %1，授予 %2</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="127"/>
        <source>through membership %1, granted to %2 by %3</source>
        <translation>通过成员关系 %1，由 %3 授予 %2</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="131"/>
        <source>owner of the object</source>
        <translation>对象的所有者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="132"/>
        <source>through membership %1, the object&apos;s owner</source>
        <translation>通过成员关系 %1，对象的所有者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="135"/>
        <source>predefined role %1</source>
        <translation>预定义角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="136"/>
        <source>through membership %1 (predefined role)</source>
        <translation>通过成员关系 %1（预定义角色）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="144"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="145"/>
        <source>developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="146"/>
        <source>writer</source>
        <translation>读写者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="147"/>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="148"/>
        <source> — schema group %1 (%2 of the database)</source>
        <translation> — 模式组 %1（数据库的%2）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="149"/>
        <source> — schema group %1 (%2 of schema %3)</source>
        <translation> — 模式组 %1（模式 %3 的%2）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="153"/>
        <source> — with grant option</source>
        <translation> — 带授权选项</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="191"/>
        <source>%1 on %2 %3</source>
        <translation>%1 对 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="239"/>
        <source>after the plan (pending)</source>
        <translation>计划应用后（待处理）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="239"/>
        <source>%1 (pending)</source>
        <translation>%1（待处理）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="249"/>
        <source>Owner: %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="217"/>
        <source>held</source>
        <translation>拥有</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="57"/>
        <location filename="../ui/privileges/lineagepanel.cpp" line="227"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="64"/>
        <source>will be revoked: not held after the plan</source>
        <translation>将被撤销：计划应用后不再持有</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="65"/>
        <source>still not held after the plan</source>
        <translation>计划应用后仍不持有</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="67"/>
        <source>still held after the plan: %1</source>
        <translation>计划应用后仍持有：%1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="68"/>
        <source>will be granted: %1</source>
        <translation>将被授予：%1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="217"/>
        <source>not held</source>
        <translation>未拥有</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="219"/>
        <source>, grantable</source>
        <translation>，可授予</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/lineagepanel.cpp" line="252"/>
        <source>The pending plan changes %n privilege(s) here.</source>
        <translation>
            <numerusform>待处理的计划会更改此处的 %n 项权限。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="258"/>
        <source>%1 holds no privilege on this object.</source>
        <translation>%1 在此对象上没有任何权限。</translation>
    </message>
</context>
<context>
    <name>roledesk::LintCommand</name>
    <message>
        <location filename="../app/cli/clilint.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="87"/>
        <source>login problem: %1</source>
        <translation>登录名问题：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="89"/>
        <source>note: no login in this server for: %1</source>
        <translation>提示：此服务器中没有登录名的用户：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="91"/>
        <source>not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="99"/>
        <source>database %1: no violation</source>
        <translation>数据库 %1：无违规</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="100"/>
        <source>database %1: violations: %2 (errors: %3, warnings: %4)</source>
        <translation>数据库 %1：违规：%2（错误：%3，警告：%4）</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="125"/>
        <source>Check separation-of-duties rules on one database: model owner and system administrator in one person, Organization Owner and Platform Admin, superuser or CREATEROLE logins, schema groups granted by mistake, rights in a database outside the person&apos;s platform projects. Each violation lists the path that causes it. Exit 1 on any violation, or on a login the platform file gives to two people or a listed login that does not exist; 0 when clean.</source>
        <translation>在一个数据库上检查职责分离规则：同一用户既是模型所有者又是系统管理员、同时拥有 Organization Owner 和 Platform Admin、superuser 或 CREATEROLE 登录名、错误授予的模式组、用户的平台项目之外的数据库中的权限。每个违规都会列出导致它的路径。存在任何违规，或者平台文件将某个登录名分配给两个用户，或者列出的登录名不存在时，以 1 退出；没有问题时为 0。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="134"/>
        <source>The platform file (YAML) whose people, platform roles and &quot;logins&quot; mapping to use.</source>
        <translation>平台文件（YAML），使用其中的用户、平台角色和“logins”映射。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="137"/>
        <source>The rules file (YAML); default: the shipped rules.</source>
        <translation>规则文件（YAML）；默认：随附的规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="139"/>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="141"/>
        <source>Check every database of the server the login can see, not only the connected one (one exit code for all; a database that cannot be read is reported and makes the exit 4 when nothing else is wrong).</source>
        <translation>检查该登录名可见的服务器上的所有数据库，而不仅是当前连接的数据库（所有数据库共用一个退出码；无法读取的数据库会被报告，并在没有其他问题时使退出码为 4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="170"/>
        <source>interrupted; nothing was checked</source>
        <translation>已中断；未检查任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="197"/>
        <source>could not list the server&apos;s databases: %1</source>
        <translation>无法列出服务器的数据库：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::LintDialog</name>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="45"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="46"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="49"/>
        <source>Separation of duties</source>
        <translation>职责分离</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="55"/>
        <source>Filter by rule, person, login, database or text</source>
        <translation>按规则、用户、登录名、数据库或文本过滤</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="66"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="70"/>
        <source>Why the selected violation holds</source>
        <translation>所选违规的原因</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="71"/>
        <source>Select a violation to see the path that causes it.</source>
        <translation>选择一项违规以查看导致它的路径。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="80"/>
        <source>&amp;Rules file…</source>
        <translation>规则文件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="82"/>
        <source>Check with the rules of a YAML file (format: README, &quot;Separation of duties&quot;)</source>
        <translation>使用 YAML 文件中的规则检查（格式：README 中的 &quot;Separation of duties&quot;）</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="83"/>
        <source>&amp;Shipped rules</source>
        <translation>随附的规则(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="86"/>
        <source>Rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="87"/>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation>规则 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="97"/>
        <source>Export violations</source>
        <translation>导出违规</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="98"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="149"/>
        <source>The rules file was not used; the rules in use stay.</source>
        <translation>未使用该规则文件；继续使用当前的规则。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="169"/>
        <source>the shipped rules</source>
        <translation>随附的规则</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="172"/>
        <source>Rules: %1 · People: %2</source>
        <translation>规则：%1 · 用户：%2</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="173"/>
        <source>Rules: %1 · No platform file open: logins are checked without their people (Database ▸ Open platform file…)</source>
        <translation>规则：%1 · 未打开平台文件：检查登录名时不关联其用户（数据库 ▸ 打开平台文件…）</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="193"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="225"/>
        <source>Database %1: no violation.</source>
        <translation>数据库 %1：无违规。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="226"/>
        <source>Database %1: violations: %2 (errors: %3, warnings: %4).</source>
        <translation>数据库 %1：违规：%2（错误：%3，警告：%4）。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="231"/>
        <source>Login problem: %1</source>
        <translation>登录名问题：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="233"/>
        <source>No login in this server for: %1</source>
        <translation>此服务器中没有登录名的用户：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="270"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/lintdialog.cpp" line="273"/>
        <source>%n violation(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 项违规写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::LintFactCollector</name>
    <message>
        <location filename="../src/lint/lintfacts.cpp" line="68"/>
        <source>%1 on %2 %3: %4</source>
        <translation>%2 %3 上的 %1：%4</translation>
    </message>
</context>
<context>
    <name>roledesk::LintRulesFormat</name>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="56"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的键“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="58"/>
        <source>&quot;%1&quot; given twice</source>
        <translation>“%1”指定了两次</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="68"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>“%1”必须是单个值</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="77"/>
        <source>&quot;%1&quot;: a list expected</source>
        <translation>“%1”：应为列表</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="84"/>
        <source>&quot;%1&quot;: a name expected</source>
        <translation>“%1”：应为名称</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="100"/>
        <source>a mapping with rules expected</source>
        <translation>应为包含规则的映射</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="106"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation>不支持版本 %1（应为 1）</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="109"/>
        <source>&quot;database_projects&quot;: a mapping of database names to projects expected</source>
        <translation>“database_projects”：应为数据库名称到项目的映射</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="112"/>
        <source>database %1: a project name expected</source>
        <translation>数据库 %1：应为项目名称</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="119"/>
        <source>&quot;rules&quot;: a list of rules expected</source>
        <translation>“rules”：应为规则列表</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="127"/>
        <source>another rule is named &quot;%1&quot;</source>
        <translation>另一条规则也名为“%1”</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="138"/>
        <source>a rule is a mapping with name, severity and when</source>
        <translation>规则是包含 name、severity 和 when 的映射</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="145"/>
        <source>a rule needs a name</source>
        <translation>规则需要名称</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="151"/>
        <source>severity must be error or warning, not &quot;%1&quot;</source>
        <translation>severity 必须为 error 或 warning，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="158"/>
        <source>rule %1: include_bootstrap takes true or false</source>
        <translation>规则 %1：include_bootstrap 只能为 true 或 false</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="166"/>
        <source>rule %1: &quot;when&quot; must hold exactly one condition (%2)</source>
        <translation>规则 %1：“when”必须恰好包含一个条件（%2）</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="178"/>
        <source>rule %1: unknown condition &quot;%2&quot;</source>
        <translation>规则 %1：未知的条件“%2”</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="184"/>
        <source>rule %1: platform_roles: a list of role ids expected</source>
        <translation>规则 %1：platform_roles：应为角色 ID 列表</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="194"/>
        <source>rule %1: platform_roles: &quot;role&quot; is missing</source>
        <translation>规则 %1：platform_roles：缺少“role”</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="197"/>
        <source>rule %1: platform_roles: a role id or {role, project} expected</source>
        <translation>规则 %1：platform_roles：应为角色 ID 或 {role, project}</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="201"/>
        <source>rule %1: unknown platform role &quot;%2&quot;</source>
        <translation>规则 %1：未知的平台角色“%2”</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="207"/>
        <source>rule %1: login_attribute must be superuser or createrole</source>
        <translation>规则 %1：login_attribute 必须为 superuser 或 createrole</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="213"/>
        <source>rule %1: unknown model role &quot;%2&quot; (expected model_owner, system_administrator)</source>
        <translation>规则 %1：未知的模型角色“%2”（应为 model_owner、system_administrator）</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="215"/>
        <source>rule %1: model_roles lists no role</source>
        <translation>规则 %1：model_roles 未列出任何角色</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="221"/>
        <source>rule %1: %2 takes true</source>
        <translation>规则 %1：%2 的值应为 true</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="225"/>
        <source>rule %1: include_bootstrap applies to login_attribute rules only</source>
        <translation>规则 %1：include_bootstrap 仅适用于 login_attribute 规则</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="242"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="252"/>
        <source>%1:%2: not YAML: %3</source>
        <translation>%1:%2：不是 YAML：%3</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="267"/>
        <source>One person imports models and administers them.</source>
        <translation>同一用户既导入模型又管理模型。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="268"/>
        <source>One person owns the organization and administers the platform.</source>
        <translation>同一用户既拥有组织又管理平台。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="269"/>
        <source>A superuser bypasses every privilege check.</source>
        <translation>超级用户会绕过所有权限检查。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="270"/>
        <source>CREATEROLE can create roles and grant most memberships.</source>
        <translation>CREATEROLE 可以创建角色并授予大多数成员关系。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="271"/>
        <source>Developer of one schema and only viewer of another, often a grant to the wrong schema.</source>
        <translation>是一个模式的 developer，却只是另一个模式的 viewer，通常是授予到了错误的模式。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="272"/>
        <source>A schema group held directly that a higher group of the same login already covers.</source>
        <translation>直接持有的模式组已被同一登录名持有的更高级别的组覆盖。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="273"/>
        <source>Rights in a database whose project none of the person&apos;s platform roles covers.</source>
        <translation>在其项目不被该用户任何平台角色覆盖的数据库中拥有权限。</translation>
    </message>
</context>
<context>
    <name>roledesk::LintViolationModel</name>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="22"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="22"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="30"/>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="31"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="69"/>
        <source>(nobody)</source>
        <translation>（无用户）</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="86"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="87"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="88"/>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="89"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="90"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="91"/>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
</context>
<context>
    <name>roledesk::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="66"/>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="69"/>
        <source>RoleDesk</source>
        <translation>RoleDesk</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="72"/>
        <location filename="../ui/window/mainwindow.cpp" line="198"/>
        <source>&amp;Privileges</source>
        <translation>权限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="73"/>
        <location filename="../ui/window/mainwindow.cpp" line="200"/>
        <source>&amp;Memberships</source>
        <translation>成员关系(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="96"/>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="100"/>
        <source>%n pending change(s) for database %1 set aside with their undo history; they come back when you connect to %1 again.</source>
        <translation>
            <numerusform>数据库 %1 的 %n 项待处理更改已连同撤消历史一起暂存；再次连接到 %1 时会恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="105"/>
        <source>%n pending change(s) for database %1 restored with their undo history.</source>
        <translation>
            <numerusform>数据库 %1 的 %n 项待处理更改已连同撤消历史一起恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="112"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="113"/>
        <source>Reading %1 from %2…</source>
        <translation>正在从 %2 读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="152"/>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>Connect to a database (Ctrl+O)</source>
        <translation>连接到数据库 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="158"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="161"/>
        <source>Read the catalog again (F5)</source>
        <translation>重新读取目录 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="164"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="167"/>
        <source>Stop loading (Esc)</source>
        <translation>停止加载 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="170"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="176"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="180"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="188"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="204"/>
        <source>&amp;Why? panel</source>
        <translation>原因面板(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="211"/>
        <location filename="../ui/window/mainwindow.cpp" line="259"/>
        <location filename="../ui/window/mainwindow.cpp" line="302"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="253"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="254"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="275"/>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="276"/>
        <source>RoleDesk — %1</source>
        <translation>RoleDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="279"/>
        <source>Parts of the catalog could not be read: %1</source>
        <translation>部分目录无法读取：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="290"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="297"/>
        <source>The connection was lost while reading the catalog: %1</source>
        <translation>读取目录时连接中断：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="299"/>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="327"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="334"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="343"/>
        <source>&amp;Apply pending changes…</source>
        <translation>应用待处理更改(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="347"/>
        <source>&amp;Pending changes panel</source>
        <translation>待处理更改面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <location filename="../ui/window/mainwindow.cpp" line="438"/>
        <source>&amp;Default privileges</source>
        <translation>默认权限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="390"/>
        <source>Policy drift</source>
        <translation>策略偏差</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="417"/>
        <source>&amp;Journal…</source>
        <translation>日志(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="35"/>
        <source>Save a&amp;udit…</source>
        <translation>保存审计(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="40"/>
        <source>Compare with &amp;saved audit…</source>
        <translation>与已保存的审计比较(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="43"/>
        <source>Compare with saved audit</source>
        <translation>与已保存的审计比较</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="44"/>
        <source>Saved audits (*.json)</source>
        <translation>已保存的审计 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="65"/>
        <source>Export repor&amp;t…</source>
        <translation>导出报告(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="426"/>
        <source>P&amp;olicy</source>
        <translation>策略(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="428"/>
        <source>&amp;Export policy…</source>
        <translation>导出策略(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="430"/>
        <source>&amp;Compare with policy file…</source>
        <translation>与策略文件比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="432"/>
        <source>&amp;Add converging plan to pending changes</source>
        <translation>将收敛计划添加到待处理更改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="436"/>
        <source>Policy &amp;drift panel</source>
        <translation>策略偏差面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="454"/>
        <location filename="../ui/window/mainwindow.cpp" line="467"/>
        <source>M&amp;odels</source>
        <translation>模型(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="456"/>
        <source>&amp;Access</source>
        <translation>访问(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="462"/>
        <source>In&amp;ference</source>
        <translation>推理(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="478"/>
        <location filename="../ui/window/mainwindow.cpp" line="483"/>
        <source>Schema &amp;groups</source>
        <translation>模式组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="499"/>
        <location filename="../ui/window/mainwindow.cpp" line="520"/>
        <source>P&amp;latform</source>
        <translation>平台(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="54"/>
        <source>Check separation of &amp;duties…</source>
        <translation>检查职责分离(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="535"/>
        <location filename="../ui/window/mainwindow.cpp" line="536"/>
        <source>Perso&amp;n</source>
        <translation>用户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="567"/>
        <source>Policy saved.</source>
        <translation>策略已保存。</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="575"/>
        <source>Compare with policy file</source>
        <translation>与策略文件比较</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Policy files (*.yaml *.yml *.json)</source>
        <translation>策略文件 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="295"/>
        <source>Could not read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixEditActions</name>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="51"/>
        <source>&amp;Grant</source>
        <translation>授予(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="52"/>
        <source>Grant &amp;with grant option</source>
        <translation>带授权选项授予(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="53"/>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="54"/>
        <source>Revoke grant &amp;option</source>
        <translation>撤销授权选项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="74"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="75"/>
        <source>functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="76"/>
        <source>procedures</source>
        <translation>过程</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="77"/>
        <source>types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="78"/>
        <source>tables and views</source>
        <translation>表和视图</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="176"/>
        <source>All applicable privileges</source>
        <translation>所有适用的权限</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="219"/>
        <source>Grant on all %1 in schema %2 (%3)…</source>
        <translation>授予模式 %2 中的所有%1（%3）…</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="229"/>
        <source>Grant %1 on all %2 in schema %3 to %4</source>
        <translation>将模式 %3 中所有%2上的 %1 授予 %4</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="248"/>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="350"/>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixeditactions.cpp" line="248"/>
        <source>%n selected cell(s)</source>
        <translation>
            <numerusform>已选择 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="251"/>
        <source>Whole row: %1 on every object shown</source>
        <translation>整行：%1 对所有显示的对象</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="254"/>
        <source>Whole column: every role shown on %1</source>
        <translation>整列：所有显示的角色对 %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="262"/>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="263"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="274"/>
        <source>%1 on every object shown</source>
        <translation>%1 对所有显示的对象</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="275"/>
        <source>Every role shown on %1</source>
        <translation>所有显示的角色对 %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="348"/>
        <source>all privileges</source>
        <translation>所有权限</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixeditactions.cpp" line="352"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="355"/>
        <source>Grant %1 to %2</source>
        <translation>将 %1 授予 %2</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="356"/>
        <source>Grant %1 with grant option to %2</source>
        <translation>将 %1 带授权选项授予 %2</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="357"/>
        <source>Revoke %1 from %2</source>
        <translation>从 %2 撤销 %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="358"/>
        <source>Revoke the grant option for %1 from %2</source>
        <translation>从 %2 撤销 %1 的授权选项</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="363"/>
        <source>Nothing to change: %1 already as asked.</source>
        <translation>无需更改：%1 已符合要求。</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixHeaderView</name>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="17"/>
        <source>db</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="18"/>
        <source>schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="19"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="20"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="21"/>
        <source>matview</source>
        <translation>物化视图</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="22"/>
        <source>seq</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="23"/>
        <source>foreign</source>
        <translation>外部表</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="24"/>
        <source>col</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="25"/>
        <source>func</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="26"/>
        <source>proc</source>
        <translation>过程</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="27"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="28"/>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="154"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixLegend</name>
    <message>
        <location filename="../ui/common/matrixlegend.cpp" line="18"/>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixPage</name>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="35"/>
        <source>All objects except columns</source>
        <translation>除列以外的所有对象</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="38"/>
        <source>All objects</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="41"/>
        <source>Tables and views</source>
        <translation>表和视图</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="43"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="44"/>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="45"/>
        <source>Functions and procedures</source>
        <translation>函数和过程</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="46"/>
        <source>Schemas and databases</source>
        <translation>模式和数据库</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="47"/>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="48"/>
        <source>Procedural languages</source>
        <translation>过程语言</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="83"/>
        <source>Privilege matrix</source>
        <translation>权限矩阵</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="87"/>
        <source>Connect to a database to see who can do what (Ctrl+O).</source>
        <translation>连接到数据库以查看谁可以做什么 (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="132"/>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="135"/>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="136"/>
        <source>Users (can log in)</source>
        <translation>用户（可登录）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="137"/>
        <source>Groups (no login)</source>
        <translation>组（不可登录）</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="139"/>
        <source>&amp;Predefined pg_* roles</source>
        <translation>预定义 pg_* 角色(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="140"/>
        <source>Show the built-in pg_* roles too</source>
        <translation>同时显示内置的 pg_* 角色</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="144"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation>按名称筛选角色 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="148"/>
        <source>&amp;Objects:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="156"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="157"/>
        <location filename="../ui/privileges/matrixpage.cpp" line="237"/>
        <source>All schemas</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="160"/>
        <source>Filter objects by name</source>
        <translation>按名称筛选对象</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="215"/>
        <source>&lt;b&gt;*&lt;/b&gt; grantable · &lt;b&gt;ALL&lt;/b&gt; every privilege · ● user ◆ group ★ superuser ◇ predefined role</source>
        <translation>&lt;b&gt;*&lt;/b&gt; 可授予 · &lt;b&gt;ALL&lt;/b&gt; 全部权限 · ● 用户 ◆ 组 ★ 超级用户 ◇ 预定义角色</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="217"/>
        <source>Letters: r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</source>
        <translation>字母：r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="247"/>
        <source>%1, %2</source>
        <comment>role count, object count</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixpage.cpp" line="248"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>角色 %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixpage.cpp" line="249"/>
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>对象 %1 / %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::MembershipModel</name>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="224"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="226"/>
        <source>has member</source>
        <translation>拥有成员</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="228"/>
        <source>WITH ADMIN OPTION</source>
        <translation>WITH ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="230"/>
        <source>NOINHERIT</source>
        <translation>NOINHERIT</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="232"/>
        <source>implicit</source>
        <translation>隐式</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="262"/>
        <source>%1 is a member of %2, granted by %3</source>
        <translation>%1 是 %2 的成员，由 %3 授予</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="279"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="299"/>
        <source>Role → member of</source>
        <translation>角色 → 所属角色</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="299"/>
        <source>Role → members</source>
        <translation>角色 → 成员</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="300"/>
        <source>Membership</source>
        <translation>成员关系</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="301"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="302"/>
        <source>Superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="303"/>
        <source>Inherit</source>
        <translation>继承</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="304"/>
        <source>Create role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="305"/>
        <source>Create DB</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="306"/>
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="307"/>
        <source>Bypass RLS</source>
        <translation>绕过 RLS</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="308"/>
        <source>Connection limit</source>
        <translation>连接数限制</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="309"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>roledesk::MembershipPage</name>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="33"/>
        <source>Show &amp;predefined pg_* roles</source>
        <translation>显示预定义 pg_* 角色(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="36"/>
        <source>Pending role and membership changes:</source>
        <translation>待处理的角色和成员关系更改：</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="40"/>
        <source>Each role → the roles it is a member of</source>
        <translation>每个角色 → 其所属的角色</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="41"/>
        <source>Each role → its members</source>
        <translation>每个角色 → 其成员</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="43"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation>按名称筛选角色 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="52"/>
        <source>Role memberships</source>
        <translation>角色成员关系</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="61"/>
        <source>Pending role and membership changes</source>
        <translation>待处理的角色和成员关系更改</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="67"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="128"/>
        <source>&amp;New role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="130"/>
        <source>&amp;Edit role…</source>
        <translation>编辑角色(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="132"/>
        <source>&amp;Drop role…</source>
        <translation>删除角色(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="134"/>
        <source>&amp;Add membership…</source>
        <translation>添加成员关系(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="136"/>
        <source>&amp;Remove membership</source>
        <translation>移除成员关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="138"/>
        <source>Toggle admin &amp;option</source>
        <translation>切换 ADMIN OPTION(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="141"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="143"/>
        <source>Create a role (Ins)</source>
        <translation>创建角色 (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="144"/>
        <source>Change the selected role&apos;s attributes, password and groups (F2, Enter)</source>
        <translation>更改所选角色的属性、密码和所属组 (F2, Enter)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="145"/>
        <source>Drop the selected role, after reassigning or dropping what it owns (Del)</source>
        <translation>在转移或删除其拥有的对象后，删除所选角色 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="146"/>
        <source>Add a membership to the selected role (Shift+Ins)</source>
        <translation>为所选角色添加成员关系 (Shift+Ins)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="147"/>
        <source>Remove the selected membership (Del)</source>
        <translation>移除所选的成员关系 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="148"/>
        <source>Give or take the selected membership&apos;s admin option (Ctrl+T)</source>
        <translation>授予或收回所选成员关系的 ADMIN OPTION (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="160"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="161"/>
        <source>&amp;Add to group…</source>
        <translation>加入组(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="258"/>
        <source>Create role %1</source>
        <translation>创建角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="269"/>
        <source>Alter role %1</source>
        <translation>修改角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="279"/>
        <source>Drop role %1</source>
        <translation>删除角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="291"/>
        <source>Add a member to %1</source>
        <translation>向 %1 添加成员</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="291"/>
        <source>Add %1 to a group</source>
        <translation>将 %1 加入组</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="300"/>
        <source>With &amp;admin option (may grant it on)</source>
        <translation>带 ADMIN OPTION（可再授予）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="304"/>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="304"/>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="313"/>
        <source>Grant %1 to %2</source>
        <translation>将 %1 授予 %2</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="322"/>
        <source>Revoke %1 from %2</source>
        <translation>从 %2 撤销 %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="329"/>
        <source>Toggle admin option</source>
        <translation>切换 ADMIN OPTION</translation>
    </message>
</context>
<context>
    <name>roledesk::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="24"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="25"/>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelAccessModel</name>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="88"/>
        <source>Pending: grant</source>
        <translation>待处理：授予</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="88"/>
        <source>Pending: revoke</source>
        <translation>待处理：撤销</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="90"/>
        <source>(granted by %1)</source>
        <translation>（由 %1 授予）</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="111"/>
        <source>This database has no in-database model extension (pgx_inference or pgx_inference_ce).</source>
        <translation>此数据库没有数据库内模型扩展（pgx_inference 或 pgx_inference_ce）。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="115"/>
        <source>The holders of the model roles are unknown: pgx_inference does not document where it keeps them. Granting a model role works; revoking one needs its holders known.</source>
        <translation>模型角色的持有者未知：pgx_inference 未说明其存储位置。可以授予模型角色；撤销则需要知道其持有者。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="117"/>
        <source>The holders of the model roles could not be read; granting works, revoking does not.</source>
        <translation>无法读取模型角色的持有者；可以授予，但无法撤销。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="163"/>
        <source>Extension owner</source>
        <translation>扩展所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="164"/>
        <source>Model owner</source>
        <translation>模型所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="165"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="166"/>
        <source>USAGE on schema pgx_inference</source>
        <translation>模式 pgx_inference 上的 USAGE</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="167"/>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="176"/>
        <source>Extension owner: the role that created the extension, and every superuser. May import, update, delete, load, unload and use every model and grant every privilege. Read-only here.</source>
        <translation>扩展所有者：创建该扩展的角色以及所有超级用户。可以导入、更新、删除、加载、卸载和使用所有模型，并授予所有权限。此处为只读。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="179"/>
        <source>Model owner: may import models; update, delete, read the file of and use only its own models, and grant their use to others. May not load or unload models. Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema pgx_inference.</source>
        <translation>模型所有者：可以导入模型；仅能更新、删除、读取文件和使用自己的模型，并将其使用权授予他人。不能加载或卸载模型。由扩展所有者授予（pgx_grant_model_role），同时授予模式 pgx_inference 上的 USAGE。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="183"/>
        <source>System administrator: may load and unload models, delete any model, see the total size of the loaded models and every model&apos;s metadata and status; may not import, update or use models. Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema pgx_inference.</source>
        <translation>系统管理员：可以加载和卸载模型、删除任意模型、查看已加载模型的总大小以及每个模型的元数据和状态；不能导入、更新或使用模型。由扩展所有者授予（pgx_grant_model_role），同时授予模式 pgx_inference 上的 USAGE。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="188"/>
        <source>USAGE on schema pgx_inference: needed to call any function of the extension. The model roles bring it; the extension owner grants it to model users. Alone it allows nothing, so it may be granted in advance.</source>
        <translation>模式 pgx_inference 上的 USAGE：调用该扩展的任何函数都需要它。模型角色自带此权限；扩展所有者将其授予模型用户。单独拥有它不允许任何操作，因此可以提前授予。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="192"/>
        <source>Use model %1: EXECUTE on function pgx_inference.%2(text), to run inference with the model and read its metadata and status. Its owner and superusers always may. Granted by the model&apos;s owner; the user also needs USAGE on schema pgx_inference.</source>
        <translation>使用模型 %1：函数 pgx_inference.%2(text) 上的 EXECUTE，用于以该模型运行推理并读取其元数据和状态。其所有者和超级用户始终可以。由模型所有者授予；用户还需要模式 pgx_inference 上的 USAGE。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="214"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="216"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="223"/>
        <source>superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="225"/>
        <source>ext. owner</source>
        <translation>扩展所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="225"/>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="228"/>
        <source>inherited</source>
        <translation>继承</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="228"/>
        <source>via %1</source>
        <translation>通过 %1</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="229"/>
        <source>predefined</source>
        <translation>预定义</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="241"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="248"/>
        <source>The function of this model (%1) is missing: no one can use it.</source>
        <translation>此模型的函数（%1）缺失：任何人都无法使用它。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="250"/>
        <source>Model roles and the extension&apos;s ownership belong to roles, not to PUBLIC.</source>
        <translation>模型角色和扩展的所有权属于角色，而不属于 PUBLIC。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="253"/>
        <source>Unknown: the holders of the model roles cannot be read in this database.</source>
        <translation>未知：无法在此数据库中读取模型角色的持有者。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="256"/>
        <source>Not held.</source>
        <translation>未拥有。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="260"/>
        <source>superuser: may do everything</source>
        <translation>超级用户：可执行一切操作</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="262"/>
        <source>owner of extension %1</source>
        <translation>扩展 %1 的所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="264"/>
        <source>the extension owner: may do everything this role allows</source>
        <translation>扩展所有者：可执行此角色允许的一切操作</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="265"/>
        <source>owner of the model (its function), or a member of the owner</source>
        <translation>模型（其函数）的所有者，或所有者的成员</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="266"/>
        <source>owner of the schema, or a member of the owner</source>
        <translation>模式的所有者，或所有者的成员</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="268"/>
        <source>held directly (pgx_grant_model_role)</source>
        <translation>直接拥有（pgx_grant_model_role）</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="268"/>
        <source>direct grant</source>
        <translation>直接授予</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="273"/>
        <source>inherited through %1</source>
        <translation>通过 %1 继承</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="276"/>
        <source>through a predefined role (pg_read_all_data or pg_write_all_data)</source>
        <translation>通过预定义角色（pg_read_all_data 或 pg_write_all_data）</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="278"/>
        <source>granted to PUBLIC</source>
        <translation>授予 PUBLIC</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="283"/>
        <source>Space: revoke</source>
        <translation>空格键：撤销</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="283"/>
        <source>Space: grant</source>
        <translation>空格键：授予</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="285"/>
        <source>Read-only: the extension owner is the role that created the extension; superusers count as one.</source>
        <translation>只读：扩展所有者是创建该扩展的角色；超级用户也算作扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="287"/>
        <source>Read-only: held as superuser or owner, which is not granted and cannot be revoked here.</source>
        <translation>只读：作为超级用户或所有者拥有，这并非授予所得，无法在此撤销。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="372"/>
        <source>PUBLIC — every role, present and future</source>
        <translation>PUBLIC — 现有及将来的所有角色</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="386"/>
        <source>%1 — superuser</source>
        <translation>%1 — 超级用户</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="387"/>
        <source>%1 — predefined role</source>
        <translation>%1 — 预定义角色</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="388"/>
        <source>%1 — login role (user)</source>
        <translation>%1 — 登录角色（用户）</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="389"/>
        <source>%1 — group role (no login)</source>
        <translation>%1 — 组角色（不可登录）</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelAccessPage</name>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="114"/>
        <source>Model access matrix</source>
        <translation>模型访问矩阵</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="127"/>
        <location filename="../ui/models/modelaccesspage.cpp" line="228"/>
        <source>Connect to a database to see who may use its models (Ctrl+O).</source>
        <translation>连接到数据库以查看谁可以使用其模型 (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="163"/>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="166"/>
        <source>Filter roles by name</source>
        <translation>按名称筛选角色</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="169"/>
        <source>Show &amp;all roles</source>
        <translation>显示所有角色(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="171"/>
        <source>Off: roles that can log in, and group roles that hold something here. On: every role, the predefined pg_* roles and PUBLIC included.</source>
        <translation>关：可登录的角色，以及在此拥有某项内容的组角色。开：所有角色，包括预定义的 pg_* 角色和 PUBLIC。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="192"/>
        <source>superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="193"/>
        <source>owner (of the extension, the model or the schema)</source>
        <translation>所有者（扩展、模型或模式）</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="194"/>
        <source>✓ held directly</source>
        <translation>✓ 直接拥有</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="195"/>
        <source>via a role it inherits</source>
        <translation>通过其继承的角色</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="196"/>
        <source>via a predefined role (pg_read_all_data...)</source>
        <translation>通过预定义角色 (pg_read_all_data 等)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="197"/>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="201"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="202"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="203"/>
        <source>Space or double click: grant or revoke the current cell (it joins the pending changes). Italic: held as superuser or owner, not revocable here. Hover a column title for what its holders may do.</source>
        <translation>空格键或双击：授予或撤销当前单元格（加入待处理更改）。斜体：作为超级用户或所有者拥有，无法在此撤销。将鼠标悬停在列标题上可查看其持有者能做什么。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="238"/>
        <source>%1, %2</source>
        <comment>role count, model count</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelaccesspage.cpp" line="239"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>角色 %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelaccesspage.cpp" line="240"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="279"/>
        <source>%1 for %2</source>
        <translation>%1（对象：%2）</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelCatalog</name>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="100"/>
        <source>No USAGE privilege on schema pgx_inference: the models cannot be listed.</source>
        <translation>没有模式 pgx_inference 上的 USAGE 权限：无法列出模型。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="115"/>
        <source>Cannot read table pgx_inference.pgx_models (%1).</source>
        <translation>无法读取表 pgx_inference.pgx_models（%1）。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="125"/>
        <source>No SELECT privilege on pgx_inference.pgx_models: only the models the extension lets this user see are listed.</source>
        <translation>没有 pgx_inference.pgx_models 上的 SELECT 权限：仅列出扩展允许此用户查看的模型。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="128"/>
        <source>Cannot list the models (%1).</source>
        <translation>无法列出模型（%1）。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="137"/>
        <source>The group roles pgx_model_owner and pgx_system_administrator do not exist: the holders of the model roles are unknown.</source>
        <translation>组角色 pgx_model_owner 和 pgx_system_administrator 不存在：无法得知模型角色的持有者。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="155"/>
        <source>Cannot read the model roles (%1).</source>
        <translation>无法读取模型角色（%1）。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="172"/>
        <source>Cannot read the total size of the loaded models (%1): the total counts only the models listed.</source>
        <translation>无法读取已加载模型的总大小（%1）：总计仅包含列出的模型。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="187"/>
        <source>pgx_inference.total_loaded_model_size_limit is not a number: %1</source>
        <translation>pgx_inference.total_loaded_model_size_limit 不是数字：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelImportDialog</name>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="33"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="34"/>
        <location filename="../ui/models/modelimportdialog.cpp" line="196"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="35"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="38"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="42"/>
        <source>An .onnx file; drop one here</source>
        <translation>.onnx 文件；可拖放到此处</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="44"/>
        <source>A-Z a-z 0-9 _ . -</source>
        <translation>A-Z a-z 0-9 _ . -</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="62"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="65"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="66"/>
        <source>&amp;Metadata:</source>
        <translation>元数据(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="72"/>
        <source>The file is streamed into the database as a large object and registered with pgx_import_model; you become the model&apos;s owner. Only you (and the extension owner) may use it until you grant its use.</source>
        <translation>文件将以大对象的形式流式传入数据库，并通过 pgx_import_model 注册；您将成为该模型的所有者。在您授予使用权之前，只有您（和扩展所有者）可以使用它。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="130"/>
        <source>Choose the model file.</source>
        <translation>请选择模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="133"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="135"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="137"/>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="141"/>
        <source>A model named &quot;%1&quot; exists already; choose another name.</source>
        <translation>名为“%1”的模型已存在；请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="146"/>
        <source>The metadata is not valid JSON: %1 (at character %2).</source>
        <translation>元数据不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="148"/>
        <source>The metadata must be a JSON object, such as {&quot;dimension&quot;: 384}.</source>
        <translation>元数据必须是 JSON 对象，例如 {&quot;dimension&quot;: 384}。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="161"/>
        <source>%1 will be imported as &quot;%2&quot;.</source>
        <translation>%1 将导入为“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="171"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="172"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="183"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="196"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="206"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="237"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelImporter</name>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="57"/>
        <source>Upload %1 holds %2 bytes where %3 were sent.</source>
        <translation>上传 %1 仅有 %2 字节,而已发送 %3 字节。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="81"/>
        <source>File &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="83"/>
        <source>&quot;%1&quot; is a folder, not a model file.</source>
        <translation>“%1”是文件夹，不是模型文件。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="85"/>
        <source>&quot;%1&quot; is not a regular file (a device, a pipe or a socket), so it cannot be imported.</source>
        <translation>“%1”不是常规文件（而是设备、管道或套接字），因此无法导入。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="90"/>
        <source>File &quot;%1&quot; is empty.</source>
        <translation>文件“%1”为空。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="96"/>
        <source>Cannot read file &quot;%1&quot;: %2.</source>
        <translation>无法读取文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="105"/>
        <source>File &quot;%1&quot; was deleted or moved while it was read.</source>
        <translation>文件“%1”在读取过程中被删除或移动。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="107"/>
        <source>File &quot;%1&quot; changed size while it was read (%2 bytes at the start, %3 bytes now).</source>
        <translation>文件“%1”在读取过程中大小发生变化（开始时 %2 字节，现在 %3 字节）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="112"/>
        <source>File &quot;%1&quot; was modified while it was read.</source>
        <translation>文件“%1”在读取过程中被修改。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="159"/>
        <source>Cannot read file &quot;%1&quot; after %2 bytes: %3.</source>
        <translation>读取文件“%1”的 %2 字节后无法继续读取：%3。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="165"/>
        <source>File &quot;%1&quot; ended after %2 of %3 bytes: it was truncated while it was read.</source>
        <translation>文件“%1”在 %3 字节中的第 %2 字节处结束：读取过程中被截断。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelimporter.cpp" line="21"/>
        <source>&quot;%1&quot; is not a valid model name: %2</source>
        <translation>“%1”不是有效的模型名称：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelInventoryModel</name>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="186"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="187"/>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="187"/>
        <source>not loaded (%1)</source>
        <translation>未加载（%1）</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="195"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="197"/>
        <source>The model&apos;s function is missing.</source>
        <translation>模型的函数缺失。</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="198"/>
        <source>EXECUTE on this function is the right to use the model.</source>
        <translation>此函数上的 EXECUTE 即为使用该模型的权利。</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="200"/>
        <source>Availability on the inference server: %1</source>
        <translation>在推理服务器上的可用性：%1</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="200"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="202"/>
        <source>Roles granted EXECUTE on the model&apos;s function, besides its owner. Roles that inherit from them may use the model too: see the Model access tab.</source>
        <translation>除所有者外，被授予该模型函数上 EXECUTE 的角色。继承这些角色的角色也可以使用该模型：请参阅“访问”选项卡。</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="219"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="220"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="221"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="222"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="223"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="224"/>
        <source>Load state</source>
        <translation>加载状态</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="225"/>
        <source>Permitted users</source>
        <translation>允许的用户</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="226"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelName</name>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="28"/>
        <source>A model name cannot be empty.</source>
        <translation>模型名称不能为空。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="34"/>
        <source>Character %1 at position %2 is not allowed in a model name: use only A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>模型名称中不允许使用位置 %2 处的字符 %1：只能使用 A-Z、a-z、0-9、&quot;_&quot;、&quot;.&quot; 和 &quot;-&quot;。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="40"/>
        <source>A model name cannot start with &quot;.&quot;.</source>
        <translation>模型名称不能以 &quot;.&quot; 开头。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="42"/>
        <source>A model name cannot end with &quot;.&quot;.</source>
        <translation>模型名称不能以 &quot;.&quot; 结尾。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="44"/>
        <source>A model name cannot contain &quot;..&quot; (at position %1).</source>
        <translation>模型名称不能包含 &quot;..&quot;（位置 %1）。</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelOperations</name>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="128"/>
        <location filename="../src/pgx/modeloperations.cpp" line="174"/>
        <source>Cannot write file &quot;%1&quot;: %2.</source>
        <translation>无法写入文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="139"/>
        <source>Cannot write file &quot;%1&quot; after %2 bytes: %3.</source>
        <translation>向文件“%1”写入 %2 字节后无法继续写入：%3。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="163"/>
        <source>The file of model &quot;%1&quot; holds %2 bytes, but the model records %3 bytes. %4</source>
        <translation>模型“%1”的文件有 %2 字节，但模型记录为 %3 字节。%4</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelOutcome</name>
    <message>
        <location filename="../src/pgx/modeltaskrunner.cpp" line="83"/>
        <source>%1 failed: cannot connect to the server (%2).</source>
        <translation>%1失败：无法连接到服务器（%2）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="107"/>
        <source>%1 was cancelled. %2</source>
        <translation>%1已取消。%2</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="119"/>
        <source>Importing model &quot;%1&quot;</source>
        <translation>导入模型“%1”</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="120"/>
        <source>Loading model &quot;%1&quot;</source>
        <translation>加载模型“%1”</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="121"/>
        <source>Unloading model &quot;%1&quot;</source>
        <translation>卸载模型“%1”</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="122"/>
        <source>Deleting model &quot;%1&quot;</source>
        <translation>删除模型“%1”</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="123"/>
        <source>Updating the metadata of model &quot;%1&quot;</source>
        <translation>更新模型“%1”的元数据</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="124"/>
        <source>Replacing the file of model &quot;%1&quot;</source>
        <translation>替换模型“%1”的文件</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="125"/>
        <source>Exporting the file of model &quot;%1&quot;</source>
        <translation>导出模型“%1”的文件</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="133"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="134"/>
        <source>The model keeps its previous file.</source>
        <translation>模型保留其原有文件。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="135"/>
        <source>No file was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="136"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="169"/>
        <source>Role &quot;%1&quot; has no USAGE privilege on schema pgx_inference, so it may not work with model &quot;%2&quot;: the extension owner grants it (pgx_grant_model_role grants it with a model role).</source>
        <translation>角色“%1”没有模式 pgx_inference 上的 USAGE 权限，因此无法操作模型“%2”：该权限由扩展所有者授予（pgx_grant_model_role 会随模型角色一并授予）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="175"/>
        <source>Role &quot;%1&quot; may not import model &quot;%2&quot;: it needs the model_owner role (granted by the extension owner with pgx_grant_model_role) or to be the extension owner.</source>
        <translation>角色“%1”不能导入模型“%2”：它需要拥有 model_owner 角色（由扩展所有者通过 pgx_grant_model_role 授予），或者是扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="179"/>
        <source>Role &quot;%1&quot; may not load model &quot;%2&quot;: it needs the system_administrator role or to be the extension owner.</source>
        <translation>角色“%1”不能加载模型“%2”：它需要拥有 system_administrator 角色，或者是扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="183"/>
        <source>Role &quot;%1&quot; may not unload model &quot;%2&quot;: it needs the system_administrator role or to be the extension owner.</source>
        <translation>角色“%1”不能卸载模型“%2”：它需要拥有 system_administrator 角色，或者是扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="187"/>
        <source>Role &quot;%1&quot; may not delete model &quot;%2&quot;: it needs to own the model and hold the model_owner role, the system_administrator role, or to be the extension owner.</source>
        <translation>角色“%1”不能删除模型“%2”：它需要拥有该模型并持有 model_owner 角色，或持有 system_administrator 角色，或者是扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="192"/>
        <source>Role &quot;%1&quot; may not update model &quot;%2&quot;: it needs to own the model and hold the model_owner role, or to be the extension owner.</source>
        <translation>角色“%1”不能更新模型“%2”：它需要拥有该模型并持有 model_owner 角色，或者是扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="196"/>
        <source>Role &quot;%1&quot; may not read the file of model &quot;%2&quot;: it needs to own the model and hold the model_owner role, or to be the extension owner.</source>
        <translation>角色“%1”不能读取模型“%2”的文件：它需要拥有该模型并持有 model_owner 角色，或者是扩展所有者。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="217"/>
        <source>%1 failed: the connection to the server was lost (%2).</source>
        <translation>%1失败：与服务器的连接中断（%2）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="218"/>
        <source>Refresh to see whether it took effect.</source>
        <translation>请刷新以查看是否已生效。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="230"/>
        <source>%1 was refused: this session&apos;s value of %2 differs from its configured value, and pgx_inference uses only the configured one, whatever the role. Reset it in the session (RESET %2; look at the connection&apos;s options and PGOPTIONS), or have a superuser configure it (ALTER DATABASE, ALTER ROLE or ALTER SYSTEM).</source>
        <translation>%1 被拒绝：此会话中 %2 的值与配置值不同，而 pgx_inference 无论角色如何都只使用配置值。请在会话中重置（RESET %2；检查连接选项和 PGOPTIONS），或请超级用户进行配置（ALTER DATABASE、ALTER ROLE 或 ALTER SYSTEM）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="248"/>
        <source>&quot;%1&quot; is not a valid model name: %2</source>
        <translation>“%1”不是有效的模型名称：%2</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="251"/>
        <source>A model named &quot;%1&quot; already exists in database &quot;%2&quot;: choose another name, or replace that model&apos;s file.</source>
        <translation>数据库“%2”中已存在名为“%1”的模型：请选择其他名称，或替换该模型的文件。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="227"/>
        <source>Model &quot;%1&quot; does not exist in database &quot;%2&quot; (it may have been deleted meanwhile).</source>
        <translation>模型“%1”在数据库“%2”中不存在（可能已在此期间被删除）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="259"/>
        <source>Model &quot;%1&quot; is loaded and cannot be deleted: unload it first.</source>
        <translation>模型“%1”已加载，无法删除：请先卸载。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="262"/>
        <source>Model &quot;%1&quot; could not be loaded: the total size of the loaded models would exceed the limit (pgx_inference.total_loaded_model_size_limit).</source>
        <translation>无法加载模型“%1”：已加载模型的总大小将超过上限（pgx_inference.total_loaded_model_size_limit）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="270"/>
        <source>The metadata of model &quot;%1&quot; is larger than pgx_inference takes.</source>
        <translation>模型“%1”的元数据超过了 pgx_inference 可接受的大小。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="275"/>
        <source>%1 failed: database &quot;%2&quot; has no pgx_inference extension, or one without the function needed (%3).</source>
        <translation>%1失败：数据库“%2”没有 pgx_inference 扩展，或者该扩展缺少所需的函数（%3）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="279"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="333"/>
        <source>The metadata of model &quot;%1&quot; is not valid JSON: %2 (at byte %3).</source>
        <translation>模型“%1”的元数据不是有效的 JSON：%2（第 %3 字节处）。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="337"/>
        <source>The metadata of model &quot;%1&quot; must be a JSON object ({...}).</source>
        <translation>模型“%1”的元数据必须是 JSON 对象（{...}）。</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelTask</name>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="30"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="31"/>
        <source>Load model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="32"/>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="33"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="34"/>
        <source>Update model metadata</source>
        <translation>更新模型元数据</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="35"/>
        <source>Replace model file</source>
        <translation>替换模型文件</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="36"/>
        <source>Export model file</source>
        <translation>导出模型文件</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelsPage</name>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="80"/>
        <source>Install pgx_inference_ce…</source>
        <translation>安装 pgx_inference_ce…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="88"/>
        <source>This database has no pgx_inference extension. RoleDesk can install pgx_inference_ce, which gives community PostgreSQL the same functions and privilege model (a superuser is needed; the script is shown first).</source>
        <translation>此数据库没有 pgx_inference 扩展。RoleDesk 可以安装 pgx_inference_ce，它为社区版 PostgreSQL 提供相同的函数和权限模型（需要超级用户；会先显示脚本）。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="98"/>
        <source>Total size of the loaded models against pgx_inference.total_loaded_model_size_limit</source>
        <translation>已加载模型的总大小与 pgx_inference.total_loaded_model_size_limit 的对比</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="114"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="115"/>
        <source>Import an .onnx file as a new model (Ctrl+I); you can also drop a file on the page</source>
        <translation>将 .onnx 文件导入为新模型 (Ctrl+I)；也可以将文件拖放到此页面</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="116"/>
        <source>Replace &amp;file…</source>
        <translation>替换文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="116"/>
        <source>Replace the model&apos;s file</source>
        <translation>替换模型的文件</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="117"/>
        <source>&amp;Metadata…</source>
        <translation>元数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="117"/>
        <source>Edit the model&apos;s metadata (F2)</source>
        <translation>编辑模型的元数据 (F2)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="118"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="118"/>
        <source>Delete the model (Del)</source>
        <translation>删除模型 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="120"/>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="120"/>
        <source>Load the model on the inference server (Ctrl+L)</source>
        <translation>将模型加载到推理服务器 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="121"/>
        <source>&amp;Unload</source>
        <translation>卸载(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="121"/>
        <source>Unload the model (Ctrl+Shift+L)</source>
        <translation>卸载模型 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="123"/>
        <source>&amp;Export file…</source>
        <translation>导出文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="123"/>
        <source>Save the model&apos;s file</source>
        <translation>保存模型的文件</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="124"/>
        <source>&amp;Grant use…</source>
        <translation>授予使用权(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="125"/>
        <source>Let a role use the model: EXECUTE on its function, added to the pending changes (Ctrl+G)</source>
        <translation>允许某个角色使用该模型：将其函数上的 EXECUTE 添加到待处理更改 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="163"/>
        <source>Loaded:</source>
        <translation>已加载：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="173"/>
        <source>&amp;Inventory</source>
        <translation>清单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="187"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="235"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="240"/>
        <source>No in-database models: database %1 has neither pgx_inference nor pgx_inference_ce.</source>
        <translation>没有数据库内模型：数据库 %1 既没有 pgx_inference，也没有 pgx_inference_ce。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="248"/>
        <source>extension owner</source>
        <translation>扩展所有者</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="250"/>
        <source>model owner</source>
        <translation>模型所有者</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="252"/>
        <source>system administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="253"/>
        <source>no model role (a model user where granted)</source>
        <translation>无模型角色（在获得授权的模型上为模型用户）</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="255"/>
        <source>model roles unknown: the vendor&apos;s extension does not document where it keeps them</source>
        <translation>模型角色未知：供应商的扩展未说明其存储位置</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="257"/>
        <source>pgx_inference %1 (Fujitsu Enterprise Postgres)</source>
        <translation>pgx_inference %1（Fujitsu Enterprise Postgres）</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="258"/>
        <source>pgx_inference_ce %1 (RoleDesk&apos;s compatibility extension)</source>
        <translation>pgx_inference_ce %1（RoleDesk 的兼容扩展）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelspage.cpp" line="259"/>
        <source>%1, owned by %2 · %n model(s) · you (%3): %4</source>
        <translation>
            <numerusform>%1，所有者 %2 · %n 个模型 · 您（%3）：%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="264"/>
        <source>On Fujitsu Enterprise Postgres, models are imported, updated and exported with the vendor&apos;s client tools; RoleDesk calls only the documented functions (load, unload, delete, metadata, model roles) and grants use with GRANT EXECUTE.</source>
        <translation>在 Fujitsu Enterprise Postgres 上，模型的导入、更新和导出使用供应商的客户端工具完成；RoleDesk 只调用文档中记载的函数（加载、卸载、删除、元数据、模型角色），并用 GRANT EXECUTE 授予使用权。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="275"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="281"/>
        <source>%1 · no limit set</source>
        <translation>%1 · 未设上限</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="335"/>
        <source>On Fujitsu Enterprise Postgres this is done with the vendor&apos;s client tool.</source>
        <translation>在 Fujitsu Enterprise Postgres 上，此操作需使用供应商的客户端工具完成。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="337"/>
        <source>Importing needs the model_owner role (granted by the extension owner).</source>
        <translation>导入需要 model_owner 角色（由扩展所有者授予）。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="342"/>
        <source>Loading and unloading need the system_administrator role or the extension owner.</source>
        <translation>加载和卸载需要 system_administrator 角色或扩展所有者身份。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="369"/>
        <source>Another model task is running; try again when it has finished.</source>
        <translation>另一个模型任务正在运行；请在其完成后重试。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="385"/>
        <source>%1 “%2”…</source>
        <translation>%1“%2”…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="403"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="422"/>
        <source>Model “%1” imported (%2) as pgx_inference.%3(text); you own it. Grant its use to let others run it.</source>
        <translation>已将模型“%1”（%2）导入为 pgx_inference.%3(text)；您是其所有者。授予使用权后其他角色才能运行它。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="425"/>
        <source>Model “%1” loaded.</source>
        <translation>已加载模型“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="426"/>
        <source>Model “%1” unloaded.</source>
        <translation>已卸载模型“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="427"/>
        <source>Model “%1” deleted, with its function and file.</source>
        <translation>已删除模型“%1”及其函数和文件。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="428"/>
        <source>Metadata of model “%1” updated.</source>
        <translation>已更新模型“%1”的元数据。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="429"/>
        <source>File of model “%1” replaced.</source>
        <translation>已替换模型“%1”的文件。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="430"/>
        <source>File of model “%1” saved to %2.</source>
        <translation>已将模型“%1”的文件保存到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="436"/>
        <source>%1 of “%2” cancelled; nothing was changed.</source>
        <translation>%1“%2”已取消；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="476"/>
        <source>Model “%1” is loaded; the extension refuses to delete a loaded model. Unload it first.</source>
        <translation>模型“%1”已加载；扩展拒绝删除已加载的模型。请先卸载。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="477"/>
        <source>Delete model “%1”, its function pgx_inference.%2(text) and its file? Roles granted its use lose it.</source>
        <translation>删除模型“%1”、其函数 pgx_inference.%2(text) 及其文件？被授予其使用权的角色将失去该权利。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="483"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="496"/>
        <source>Metadata of %1</source>
        <translation>%1 的元数据</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="496"/>
        <source>A JSON object:</source>
        <translation>JSON 对象：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="504"/>
        <source>The metadata of “%1” was not changed: it must be a JSON object (%2).</source>
        <translation>“%1”的元数据未更改：必须是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="505"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="516"/>
        <source>New file for %1</source>
        <translation>%1 的新文件</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="517"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="527"/>
        <source>Save the file of %1</source>
        <translation>保存 %1 的文件</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="528"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="562"/>
        <source>Grant use of %1</source>
        <translation>授予 %1 的使用权</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="563"/>
        <source>Role that may use model “%1”:</source>
        <translation>可以使用模型“%1”的角色：</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="566"/>
        <source>Grant use of model %1 to %2</source>
        <translation>将模型 %1 的使用权授予 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="577"/>
        <source>pgx_inference_ce installed.</source>
        <translation>已安装 pgx_inference_ce。</translation>
    </message>
</context>
<context>
    <name>roledesk::PasswordVault</name>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="69"/>
        <location filename="../src/store/passwordvault.cpp" line="80"/>
        <location filename="../src/store/passwordvault.cpp" line="91"/>
        <location filename="../src/store/passwordvault.cpp" line="103"/>
        <source>The system keychain is switched off.</source>
        <translation>系统钥匙串已关闭。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="156"/>
        <source>No password is kept in the keychain for &quot;%1&quot;.</source>
        <translation>钥匙串中没有保存“%1”的密码。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="160"/>
        <source>Access to the system keychain was denied.</source>
        <translation>访问系统钥匙串被拒绝。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="164"/>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="167"/>
        <source>The system keychain reported an error.</source>
        <translation>系统钥匙串报告了错误。</translation>
    </message>
</context>
<context>
    <name>roledesk::PendingChangesDock</name>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="66"/>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="85"/>
        <source>Pending changes</source>
        <translation>待处理更改</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="95"/>
        <source>SQL preview</source>
        <translation>SQL 预览</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="98"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="99"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="112"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="114"/>
        <source>Remove the selected changes from the plan</source>
        <translation>从计划中移除所选更改</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="117"/>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="120"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="121"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="123"/>
        <source>Remove every pending change (can be undone)</source>
        <translation>移除所有待处理更改（可撤消）</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="132"/>
        <source>&amp;Copy SQL</source>
        <translation>复制 SQL(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="134"/>
        <source>&amp;Save as .sql…</source>
        <translation>另存为 .sql(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="136"/>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="138"/>
        <source>Run the plan in one transaction on the database</source>
        <translation>在数据库上以单个事务执行计划</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="206"/>
        <source>No pending changes. Right-click a matrix cell to grant or revoke.</source>
        <translation>没有待处理更改。右键单击矩阵单元格即可授予或撤销权限。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="207"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="208"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 条语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="247"/>
        <source>Remove %n pending change(s)</source>
        <translation>
            <numerusform>移除 %n 项待处理更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="252"/>
        <source>Save the plan as SQL</source>
        <translation>将计划保存为 SQL</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="255"/>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL 脚本 (*.sql)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="268"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="271"/>
        <source>Saved the plan to %1.</source>
        <translation>已将计划保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="281"/>
        <source>Apply the plan</source>
        <translation>应用计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="282"/>
        <source>Run %n statement(s) in one transaction on database %1 as %2?</source>
        <translation>
            <numerusform>以 %2 身份在数据库 %1 上以单个事务执行 %n 条语句？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="286"/>
        <source>RoleDesk first checks that nothing the plan touches changed since the snapshot. If any statement fails, nothing is applied.</source>
        <translation>RoleDesk 会先检查计划涉及的内容自快照以来是否有变化。任何语句失败时，都不会应用任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="288"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="295"/>
        <source>The plan cannot be applied now (a load is running).</source>
        <translation>当前无法应用计划（正在加载）。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="302"/>
        <source>Applying %v of %m</source>
        <translation>正在应用 %v/%m</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="316"/>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="318"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="320"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="328"/>
        <source>Applied %n statement(s) in %1 ms; the fresh snapshot shows every change.</source>
        <translation>
            <numerusform>已在 %1 毫秒内应用 %n 条语句；新快照显示了所有更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="336"/>
        <source>Applied, but the fresh snapshot differs from the plan in %n place(s): %1</source>
        <translation>
            <numerusform>已应用，但新快照与计划有 %n 处不同：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="344"/>
        <source>%1: was %2, now %3</source>
        <translation>%1：原为 %2，现为 %3</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="346"/>
        <source>Nothing was applied: the database changed since the snapshot (%1). The matrix now shows the current state; the plan is still pending.</source>
        <translation>未应用任何更改：自快照以来数据库已发生变化（%1）。矩阵现在显示当前状态；计划仍处于待处理状态。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="354"/>
        <source>Nothing was applied: %1 failed on %2: %3</source>
        <translation>未应用任何更改：%1 在 %2 上失败：%3</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="359"/>
        <source>Apply cancelled; nothing was applied. The plan is still pending.</source>
        <translation>已取消应用；未应用任何更改。计划仍处于待处理状态。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="363"/>
        <source>The connection was lost while applying; the transaction did not commit and nothing was applied. The plan is still pending: %1</source>
        <translation>应用过程中连接中断；事务未提交，未应用任何更改。计划仍处于待处理状态：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::PendingChangesModel</name>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="19"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="20"/>
        <source>functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="21"/>
        <source>types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="22"/>
        <source>schemas</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="23"/>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="51"/>
        <source>Grant %1 on %2 to %3 with grant option</source>
        <translation>将 %2 上的 %1 带授权选项授予 %3</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="51"/>
        <source>Grant %1 on %2 to %3</source>
        <translation>将 %2 上的 %1 授予 %3</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="55"/>
        <source>Revoke the grant option for %1 on %2 from %3</source>
        <translation>从 %3 撤销 %2 上 %1 的授权选项</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="56"/>
        <source>Revoke %1 on %2 from %3</source>
        <translation>从 %3 撤销 %2 上的 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="59"/>
        <source>(granted by %1)</source>
        <translation>（由 %1 授予）</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="61"/>
        <source>and the grants made with it</source>
        <translation>以及借此进行的授权</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="65"/>
        <source>Make %1 a member of %2 with admin option</source>
        <translation>使 %1 成为 %2 的成员，带 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="65"/>
        <source>Make %1 a member of %2</source>
        <translation>使 %1 成为 %2 的成员</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="69"/>
        <source>Take the admin option of %1 on %2</source>
        <translation>收回 %1 在 %2 上的 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="69"/>
        <source>Remove %1 from %2</source>
        <translation>将 %1 从 %2 中移除</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="72"/>
        <source>Create role %1</source>
        <translation>创建角色 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="75"/>
        <source>Rename role %1 to %2</source>
        <translation>将角色 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="77"/>
        <source>Alter role %1 and rename it to %2</source>
        <translation>修改角色 %1 并将其重命名为 %2</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="78"/>
        <source>Alter role %1</source>
        <translation>修改角色 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="82"/>
        <source>Drop role %1 (its objects go to %2)</source>
        <translation>删除角色 %1（其对象转给 %2）</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="83"/>
        <source>Drop role %1</source>
        <translation>删除角色 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="86"/>
        <source>in every schema</source>
        <translation>在所有模式中</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="86"/>
        <source>in schema %1</source>
        <translation>在模式 %1 中</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="87"/>
        <source>By default grant %1 on new %2 of %3 %4 to %5</source>
        <translation>默认将 %3 %4创建的新%2上的 %1 授予 %5</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="88"/>
        <source>By default revoke %1 on new %2 of %3 %4 from %5</source>
        <translation>默认从 %5 撤销 %3 %4创建的新%2上的 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="92"/>
        <source>system administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="93"/>
        <source>model owner</source>
        <translation>模型所有者</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="94"/>
        <source>Make %1 a %2 (pgx_inference model role)</source>
        <translation>使 %1 成为%2（pgx_inference 模型角色）</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="95"/>
        <source>Take the %2 model role (pgx_inference) from %1</source>
        <translation>从 %1 收回%2模型角色（pgx_inference）</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="101"/>
        <source>Add %1 to schema group %2</source>
        <translation>将 %1 添加到模式组 %2</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="103"/>
        <source>Remove %1 from schema group %2</source>
        <translation>将 %1 从模式组 %2 中移除</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="105"/>
        <source>Create user %1</source>
        <translation>创建用户 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="106"/>
        <source>Create user %1 in schema group %2</source>
        <translation>在模式组 %2 中创建用户 %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="108"/>
        <source>Rename schema %1 and its groups to %2</source>
        <translation>将模式 %1 及其组重命名为 %2</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonCommand</name>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="36"/>
        <source>login %1 (%2)</source>
        <translation>登录名 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="38"/>
        <source>no such role in this database&apos;s catalog</source>
        <translation>此数据库的目录中没有此角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="39"/>
        <source>attributes: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="40"/>
        <source>may connect: yes, %1</source>
        <translation>可连接：是，%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="40"/>
        <source>may connect: no</source>
        <translation>可连接：否</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="53"/>
        <source>[admin option]</source>
        <translation>[带 ADMIN OPTION]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="55"/>
        <source>[not inherited: SET ROLE only]</source>
        <translation>[不继承：仅限 SET ROLE]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="58"/>
        <source>memberships:</source>
        <translation>成员关系：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="62"/>
        <location filename="../app/cli/cliperson.cpp" line="96"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="64"/>
        <source>schema groups:</source>
        <translation>模式组：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="68"/>
        <source>model roles:</source>
        <translation>模型角色：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="71"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="72"/>
        <source>models it may use:</source>
        <translation>可用模型：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="75"/>
        <source>%1 on %2 %3%4: %5</source>
        <translation>%2 %3 上的 %1%4：%5</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="77"/>
        <source>[grantable]</source>
        <translation>[可授予]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="78"/>
        <source>rights:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="80"/>
        <source>rights: none of its own</source>
        <translation>权限：无自身权限</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="82"/>
        <source>rights through PUBLIC alone, not listed: %1</source>
        <translation>仅通过 PUBLIC 获得的权限（未列出）：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="84"/>
        <source>rights through SUPERUSER alone, not listed: %1</source>
        <translation>仅通过 SUPERUSER 获得的权限（未列出）：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="90"/>
        <source>person %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="91"/>
        <source>person %1 (%2)</source>
        <translation>用户 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="92"/>
        <source>platform roles:</source>
        <translation>平台角色：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="94"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="98"/>
        <source>logins:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="100"/>
        <source>none: this person has no database login</source>
        <translation>无：此用户没有数据库登录名</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="104"/>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="106"/>
        <source>database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="108"/>
        <source>not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="110"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="121"/>
        <source>Show one person across every layer: platform roles (manual or which rule), the database logins that are theirs (the platform file&apos;s &quot;logins&quot;), and for each login its attributes, memberships, schema groups, model roles, the models it may use, whether it may connect, and its rights on objects, each with its lineage. Rights that only PUBLIC or SUPERUSER gives are counted, not listed. Exit 0; 1 when a login of the person is matched by another person too; 4 when no database could be read. A database the login may not connect to is reported and the rest still shown.</source>
        <translation>跨所有层显示一个用户：平台角色（手动分配或由哪条规则赋予）、属于该用户的数据库登录名（平台文件的 &quot;logins&quot;），以及每个登录名的属性、成员关系、模式组、模型角色、可使用的模型、是否可连接和对对象的权限，均附带路径。仅由 PUBLIC 或 SUPERUSER 赋予的权限只计数，不列出。退出代码 0；该用户的某个登录名也与其他用户匹配时为 1；无法读取任何数据库时为 4。登录名不可连接的数据库会被报告，其余仍照常显示。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="131"/>
        <source>Read every database of the server the login can see, not only the connected one.</source>
        <translation>读取该登录名可见的服务器上的所有数据库，而不仅是已连接的数据库。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="133"/>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="135"/>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation>写入 FILE 而不是标准输出（仅在完整写入后才替换）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="137"/>
        <source>The person&apos;s id or display name.</source>
        <translation>用户的 ID 或显示名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="145"/>
        <source>give exactly one person</source>
        <translation>请只指定一个用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="147"/>
        <source>--platform-file is required: it says who the person is and which logins are theirs</source>
        <translation>必须指定 --platform-file：它说明用户是谁以及哪些登录名属于该用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="163"/>
        <source>warning: %1 has no &quot;logins&quot; section: no login is anybody&apos;s</source>
        <translation>警告：%1 没有 &quot;logins&quot; 部分：没有任何登录名属于任何人</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="171"/>
        <source>interrupted; nothing was written</source>
        <translation>已中断；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="184"/>
        <source>could not list the server&apos;s databases: %1</source>
        <translation>无法列出服务器的数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="205"/>
        <source>reading database %1 of %2: %3</source>
        <translation>正在读取数据库（%1 / %2）：%3</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonLayersModel</name>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="53"/>
        <source>Not in this database&apos;s catalog</source>
        <translation>不在此数据库的目录中</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="56"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>may connect</source>
        <translation>可连接</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>may not connect</source>
        <translation>不可连接</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="60"/>
        <source>Memberships</source>
        <translation>成员关系</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="61"/>
        <location filename="../src/models/personlayersmodel.cpp" line="70"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="65"/>
        <source>SET ROLE only</source>
        <translation>仅 SET ROLE</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="67"/>
        <source>with ADMIN OPTION</source>
        <translation>带 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="70"/>
        <source>Schema groups</source>
        <translation>模式组</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="73"/>
        <source>%1 of schema %2</source>
        <translation>模式 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="76"/>
        <source>Model roles</source>
        <translation>模型角色</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="76"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个角色</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="79"/>
        <source>Models usable</source>
        <translation>可用模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="79"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="83"/>
        <source>%n right(s) in the table</source>
        <translation>
            <numerusform>表中 %n 项权限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="85"/>
        <source>; %n more through PUBLIC only</source>
        <translation>
            <numerusform>；另有 %n 项仅通过 PUBLIC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="87"/>
        <source>; %n more as superuser only</source>
        <translation>
            <numerusform>；另有 %n 项仅作为超级用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="88"/>
        <source>Rights on objects</source>
        <translation>对象上的权限</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="98"/>
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n 个登录名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="102"/>
        <source>Catalog not fully read</source>
        <translation>未能完整读取目录</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="107"/>
        <source>not read: the sweep was cancelled</source>
        <translation>未读取：读取已取消</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="173"/>
        <source>Database, login, layer</source>
        <translation>数据库、登录名、层</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="174"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="175"/>
        <source>Through</source>
        <translation>途径</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonLogins</name>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="52"/>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="57"/>
        <source>pattern %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="63"/>
        <source>listed (line %1)</source>
        <translation>已列出（第 %1 行）</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="65"/>
        <source>the logins of %1 name the role &quot;%2&quot;, which does not exist (line %3)</source>
        <translation>%1 的登录名指定了角色“%2”，但该角色不存在（第 %3 行）</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="79"/>
        <source>the logins listed for %1 (line %2) belong to nobody the platform knows</source>
        <translation>为 %1 列出的登录名（第 %2 行）不属于平台已知的任何用户</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="84"/>
        <source>the login %1 is matched by %2 people: %3</source>
        <translation>登录名 %1 与 %2 个用户匹配：%3</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonPage</name>
    <message>
        <location filename="../ui/people/personpage.cpp" line="65"/>
        <source>&amp;Read every database</source>
        <translation>读取所有数据库(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="66"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="71"/>
        <source>Open plat&amp;form file…</source>
        <translation>打开平台文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="101"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="102"/>
        <source>Reading database %1 (%2 of %3)…</source>
        <translation>正在读取数据库 %1（%2 / %3）…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="134"/>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="136"/>
        <source>This database</source>
        <translation>此数据库</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="137"/>
        <source>Every database of the server</source>
        <translation>服务器上的所有数据库</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="138"/>
        <source>This database: the connected database&apos;s snapshot. Every database: each database of the server read once, in turn, with the same login.</source>
        <translation>此数据库：已连接数据库的快照。所有数据库：使用同一登录名依次读取服务器上的每个数据库，各读取一次。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="141"/>
        <source>Read the catalog of every database of the server again</source>
        <translation>重新读取服务器上所有数据库的目录</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="143"/>
        <source>Stop reading; the databases read so far stay shown</source>
        <translation>停止读取；已读取的数据库仍会显示</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="148"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="160"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="163"/>
        <source>Person as &amp;JSON…</source>
        <translation>以 JSON 格式导出用户(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="164"/>
        <source>Export person</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="164"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="166"/>
        <source>Rights table as &amp;CSV…</source>
        <translation>以 CSV 格式导出权限表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="167"/>
        <source>Export rights</source>
        <translation>导出权限</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="167"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="179"/>
        <source>Platform roles of the person</source>
        <translation>用户的平台角色</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="183"/>
        <source>Logins and their layers, per database</source>
        <translation>各数据库的登录名及其层</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="193"/>
        <source>Effective rights on objects</source>
        <translation>对象上的有效权限</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="203"/>
        <source>Filter: object, privilege, login, through… (every word must match)</source>
        <translation>过滤器：对象、权限、登录名、途径…（每个词都必须匹配）</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="206"/>
        <source>Database of the rights shown</source>
        <translation>所显示权限的数据库</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="212"/>
        <source>Per&amp;son:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="214"/>
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="243"/>
        <source>Pla&amp;tform roles</source>
        <translation>平台角色(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="248"/>
        <source>Logins and their la&amp;yers, per database</source>
        <translation>各数据库的登录名及其层(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="259"/>
        <source>F&amp;ilter:</source>
        <translation>过滤器(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="264"/>
        <source>Effective rights on ob&amp;jects</source>
        <translation>对象上的有效权限(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="444"/>
        <location filename="../ui/people/personpage.cpp" line="449"/>
        <source>the login chosen</source>
        <translation>所选登录名</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="480"/>
        <source>Every database</source>
        <translation>所有数据库</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="507"/>
        <source>Reading was cancelled: %n database(s) not read; what is shown is incomplete.</source>
        <translation>
            <numerusform>读取已取消：%n 个数据库未读取；显示的内容不完整。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="521"/>
        <source>Choose a person to see their platform roles, logins and rights.</source>
        <translation>选择一个用户以查看其平台角色、登录名和权限。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="527"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="530"/>
        <source>in database %1</source>
        <translation>在数据库 %1 中</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="531"/>
        <source>no database connected</source>
        <translation>未连接数据库</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="533"/>
        <source>reading every database…</source>
        <translation>正在读取所有数据库…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="535"/>
        <source>in %n of %1 database(s) read</source>
        <translation>
            <numerusform>已读取数据库 %n / %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="538"/>
        <source>%1: %n right(s) on objects, %2.</source>
        <translation>
            <numerusform>%1：对象上的 %n 项权限，%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="539"/>
        <source>%1: %n platform role grant(s), %2 login(s), %3 right(s) on objects, %4.</source>
        <translation>
            <numerusform>%1：%n 项平台角色授予，%2 个登录名，对象上的 %3 项权限，%4。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="562"/>
        <source>No platform file is open: each login role is shown as a person of one login. Open one (Database ▸ Open platform file…) to see people, their platform roles and the logins its mapping gives them.</source>
        <translation>未打开平台文件：每个登录角色都显示为只有一个登录名的用户。打开平台文件（数据库 ▸ 打开平台文件…）即可查看用户、其平台角色以及其映射为其分配的登录名。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="565"/>
        <source>Open a platform file (Database ▸ Open platform file…) to choose a person, or connect to a database to choose a login.</source>
        <translation>打开平台文件（数据库 ▸ 打开平台文件…）以选择用户，或连接到数据库以选择登录名。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="568"/>
        <source>Connect to a database to see the person&apos;s logins and their rights.</source>
        <translation>连接到数据库以查看该用户的登录名及其权限。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="581"/>
        <location filename="../ui/people/personpage.cpp" line="597"/>
        <source>Choose a person first.</source>
        <translation>请先选择用户。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="590"/>
        <location filename="../ui/people/personpage.cpp" line="603"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonProfileBuilder</name>
    <message>
        <location filename="../src/people/personprofile.cpp" line="176"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="178"/>
        <source>rule &quot;%1&quot;</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="180"/>
        <source>rule &quot;%1&quot; via %2</source>
        <translation>规则“%1”，经由 %2</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="187"/>
        <source>%1 has no database login: no login mapping of the platform file matches a role</source>
        <translation>%1 没有数据库登录名：平台文件中没有任何登录名映射与角色匹配</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="191"/>
        <source>login &quot;%1&quot; is matched by more than one person: %2</source>
        <translation>登录名“%1”与多个用户匹配：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonRightsModel</name>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="78"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="78"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="89"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="90"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="91"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="92"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="93"/>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="94"/>
        <source>Grantable</source>
        <translation>可授予</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="95"/>
        <source>Through</source>
        <translation>途径</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonText</name>
    <message>
        <location filename="../src/people/personprofile.cpp" line="223"/>
        <source>connection limit %1</source>
        <translation>连接数上限 %1</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="225"/>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
</context>
<context>
    <name>roledesk::PlanApplier</name>
    <message>
        <location filename="../src/plan/applier.cpp" line="79"/>
        <source>The apply was cancelled.</source>
        <translation>应用已取消。</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="83"/>
        <source>conflict check</source>
        <translation>冲突检查</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="104"/>
        <source>This plan was made for database %1 (server %2) but the connection is to database %3 (server %4); nothing was applied.</source>
        <translation>此计划是为数据库 %1（服务器 %2）制定的，但当前连接的是数据库 %3（服务器 %4）；未应用任何内容。</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="108"/>
        <source>database identity</source>
        <translation>数据库标识</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="159"/>
        <source>standard_conforming_strings is off in this session; RoleDesk applies nothing where it is off.</source>
        <translation>此会话中 standard_conforming_strings 为关闭状态；在关闭时 RoleDesk 不应用任何内容。</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="161"/>
        <source>session settings</source>
        <translation>会话设置</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="214"/>
        <source>(not a member)</source>
        <translation>(不是成员)</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="221"/>
        <source>granted by %1, with admin option</source>
        <translation>由 %1 授予,带 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="221"/>
        <source>granted by %1</source>
        <translation>由 %1 授予</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="314"/>
        <location filename="../src/plan/conflictcheck.cpp" line="374"/>
        <source>(no privileges)</source>
        <translation>(无权限)</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="375"/>
        <source>(does not exist)</source>
        <translation>(不存在)</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="412"/>
        <source>a new object of that name: %1</source>
        <translation>同名的新对象: %1</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="458"/>
        <source>(built-in defaults)</source>
        <translation>(内置默认值)</translation>
    </message>
</context>
<context>
    <name>roledesk::PlanImpactModel</name>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="54"/>
        <source>%1 (with grant option)</source>
        <translation>%1（含授权选项）</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="81"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="82"/>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="83"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="84"/>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="85"/>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="86"/>
        <source>Through</source>
        <translation>途径</translation>
    </message>
</context>
<context>
    <name>roledesk::PlanImpactView</name>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="31"/>
        <source>Impact of the pending changes</source>
        <translation>待处理更改的影响</translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="40"/>
        <location filename="../ui/changes/planimpactview.cpp" line="89"/>
        <source>No pending changes.</source>
        <translation>没有待处理的更改。</translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="70"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="96"/>
        <source>Computing the impact…</source>
        <translation>正在计算影响…</translation>
    </message>
</context>
<context>
    <name>roledesk::Planner</name>
    <message>
        <location filename="../src/policy/planner.cpp" line="116"/>
        <source>%1: role %2 does not exist and the file does not create it</source>
        <translation>%1：角色 %2 不存在，且文件中未创建该角色</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="146"/>
        <source>role %1 does not exist</source>
        <translation>角色 %1 不存在</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="180"/>
        <source>role %1 differs in %2</source>
        <translation>角色 %1 的 %2 不同</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="190"/>
        <source>role %1 is not in the file but is kept: it is the bootstrap superuser or the current user</source>
        <translation>角色 %1 不在文件中，但会保留：它是引导超级用户或当前用户</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="196"/>
        <source>role %1 is not in the file (it will be dropped)</source>
        <translation>角色 %1 不在文件中（将被删除）</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="217"/>
        <source>%1: membership of %2 in %3 is outside the scope and left alone</source>
        <translation>%1：%2 在 %3 中的成员关系不在范围内，保持不变</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="222"/>
        <source>%1: membership of %2 in %3 is governed by schema_groups; member_of leaves it alone</source>
        <translation>%1：%2 在 %3 中的成员关系由 schema_groups 管理；member_of 不会更改它</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="235"/>
        <source>%1 is not a member of %2</source>
        <translation>%1 不是 %2 的成员</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="238"/>
        <source>%1 lacks the admin option on %2</source>
        <translation>%1 缺少 %2 上的 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="241"/>
        <source>%1 has the admin option on %2 beyond the file</source>
        <translation>%1 拥有文件之外的 %2 上的 ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="249"/>
        <source>%1 is a member of %2 beyond the file</source>
        <translation>%1 是 %2 的成员，但文件中没有此项</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="262"/>
        <source>%1: database %2 is not the database connected to (%3); its grants are left alone</source>
        <translation>%1：数据库 %2 不是当前连接的数据库（%3）；其授权保持不变</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="269"/>
        <source>%1 %2 does not exist (the file grants %3 on it to %4)</source>
        <translation>%1 %2 不存在（文件将其上的 %3 授予 %4）</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="382"/>
        <source>%1 has %2 on %3 %4 beyond the file</source>
        <translation>%1 拥有文件之外的 %3 %4 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="386"/>
        <source>%1 can grant %2 on %3 %4; the file says it cannot</source>
        <translation>%1 可以授予 %3 %4 上的 %2；文件规定它不能</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="436"/>
        <source>%1 lacks %2 on %3 %4</source>
        <translation>%1 缺少 %3 %4 上的 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="440"/>
        <source>%1 cannot grant %2 on %3 %4; the file says it can</source>
        <translation>%1 不能授予 %3 %4 上的 %2；文件规定它可以</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="522"/>
        <source>new %1 of %2</source>
        <translation>%2 的新 %1</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="523"/>
        <source>new %1 of %2 in schema %3</source>
        <translation>%2 在模式 %3 中的新 %1</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="533"/>
        <source>%1 lacks default %2 on %3</source>
        <translation>%1 缺少 %3 上的默认 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="536"/>
        <source>%1 has default %2 on %3 beyond the file</source>
        <translation>%1 拥有文件之外的 %3 上的默认 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="539"/>
        <source>%1: the grant option of default %2 on %3 differs</source>
        <translation>%1：%3 上默认 %2 的授权选项不同</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformAssignmentDialog</name>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="46"/>
        <source>Add role assignment</source>
        <translation>添加角色分配</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="46"/>
        <source>Change role assignment</source>
        <translation>更改角色分配</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="59"/>
        <source>&amp;Person:</source>
        <translation>用户(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="60"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="61"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="62"/>
        <source>Only roles of the chosen scope are offered; roles for machine users only appear for machine users.</source>
        <translation>仅提供所选范围的角色；仅限机器用户的角色只对机器用户显示。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformAssignmentModel</name>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="20"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="43"/>
        <source>line %1 of the platform file</source>
        <translation>平台文件第 %1 行</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="60"/>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="61"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="62"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformCommand</name>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="59"/>
        <source>%1 (%L2 entries read)</source>
        <translation>%1（已读取 %L2 个条目）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="122"/>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="130"/>
        <source>the password file %1 is empty</source>
        <translation>密码文件 %1 为空</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="165"/>
        <source>Usage: %1 platform &lt;subcommand&gt; [options]

Platform roles (EDB Hybrid Manager): who holds which role and permission, in which scope, and why,
from a platform file (YAML: organization, projects, people, manual assignments, role mapping rules)
and, optionally, a directory of people and groups (an import file or LDAP).

Subcommands (each has its own --help):
  who-can PERMISSION   who holds a permission (in --project, or anywhere), with why
  what-can PERSON      what a person may do, per scope, with why
  evaluate             every role grant: manual assignments and what each rule gives
  check                compare with an expectations file; exit 1 on any difference (for CI)
  roles                the platform&apos;s roles x permissions matrix

Examples:
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform what-can alice --file acme.yaml --directory people.json --format csv
  ROLEDESK_LDAP_PASSWORD=secret %1 platform evaluate --file acme.yaml --ldap
  %1 platform check --file acme.yaml --expect expect.yaml
  %1 platform roles --format json -o matrix.json
</source>
        <translation>用法：%1 platform &lt;subcommand&gt; [options]

平台角色（EDB Hybrid Manager）：谁在哪个范围内持有哪个角色和权限，以及原因，
依据平台文件（YAML：组织、项目、用户、手动分配、角色映射规则）
以及可选的用户和组目录（导入文件或 LDAP）。

子命令（各有自己的 --help）：
  who-can PERMISSION   谁持有某个权限（在 --project 中，或在任意范围内），及原因
  what-can PERSON      某个用户在各范围内可以做什么，及原因
  evaluate             所有角色授予：手动分配以及每条规则授予的角色
  check                与预期文件比较；存在任何差异时以 1 退出（用于 CI）
  roles                平台的角色 × 权限矩阵

示例：
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform what-can alice --file acme.yaml --directory people.json --format csv
  ROLEDESK_LDAP_PASSWORD=secret %1 platform evaluate --file acme.yaml --ldap
  %1 platform check --file acme.yaml --expect expect.yaml
  %1 platform roles --format json -o matrix.json
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="189"/>
        <source>unknown subcommand &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的子命令“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="195"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="197"/>
        <source>Output format: text (default), csv or json.</source>
        <translation>输出格式：text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="200"/>
        <source>Write to FILE instead of standard output (a regular file is replaced only when complete).</source>
        <translation>写入 FILE 而不是标准输出（普通文件仅在完成时替换）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="205"/>
        <source>The platform file (YAML): organization, projects, people, assignments, rules.</source>
        <translation>平台文件（YAML）：组织、项目、用户、分配、规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="208"/>
        <source>Read people and groups from this import file (CSV: id,name,kind,groups; or JSON) instead of the directory the platform file names.</source>
        <translation>从此导入文件（CSV：id,name,kind,groups；或 JSON）读取用户和组，而不是从平台文件指定的目录读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="211"/>
        <source>Read people and groups from the LDAP directory of the platform file&apos;s &quot;directory: ldap:&quot; section. The bind password comes from the environment variable %1 or --password-file, never from the command line.</source>
        <translation>从平台文件“directory: ldap:”部分指定的 LDAP 目录读取用户和组。绑定密码来自环境变量 %1 或 --password-file，绝不来自命令行。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="215"/>
        <source>--ldap: this server instead of the file&apos;s (ldap://host:port or ldaps://host:port).</source>
        <translation>--ldap：使用此服务器，而不是文件中的服务器（ldap://host:port 或 ldaps://host:port）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="217"/>
        <source>--ldap: bind as this DN instead of the file&apos;s (empty: anonymous).</source>
        <translation>--ldap：以此 DN 身份绑定，而不是文件中的 DN（为空：匿名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="218"/>
        <source>--ldap: search below this DN instead of the file&apos;s.</source>
        <translation>--ldap：在此 DN 下搜索，而不是文件中的 DN。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="219"/>
        <source>--ldap: CA certificate file for ldaps:// and StartTLS (default: the file&apos;s ca_file, else the system&apos;s).</source>
        <translation>--ldap：用于 ldaps:// 和 StartTLS 的 CA 证书文件（默认：文件中的 ca_file，否则为系统的）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="221"/>
        <source>--ldap: read the bind password from the first line of FILE.</source>
        <translation>--ldap：从 FILE 的第一行读取绑定密码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="223"/>
        <source>The identity provider the directory&apos;s people sign in through (default: the file&apos;s directory provider).</source>
        <translation>目录中的用户登录所用的身份提供者（默认：文件中目录的提供者）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="226"/>
        <source>Show the LDAP read&apos;s progress on standard error even when it is not a terminal.</source>
        <translation>即使标准错误输出不是终端，也在其上显示 LDAP 读取的进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="227"/>
        <source>Never show progress (by default shown when standard error is a terminal).</source>
        <translation>从不显示进度（默认在标准错误输出为终端时显示）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="244"/>
        <source>missing argument: %1</source>
        <translation>缺少参数：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="246"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="250"/>
        <source>no platform file given (--file FILE)</source>
        <translation>未指定平台文件（--file FILE）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="252"/>
        <source>--directory and --ldap cannot be used together</source>
        <translation>--directory 和 --ldap 不能同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="255"/>
        <source>--%1 needs --ldap</source>
        <translation>--%1 需要 --ldap</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="267"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation>未知格式“%1”（应为 text、csv 或 json）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="285"/>
        <source>warning: %1 has no &quot;logins&quot; section: no login is anybody&apos;s</source>
        <translation>警告：%1 没有 &quot;logins&quot; 部分：没有任何登录名属于任何用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="289"/>
        <source>note: %1 names an LDAP directory, which this command does not read; only the file&apos;s people are taken into account</source>
        <translation>提示：%1 指定了一个 LDAP 目录，此命令不会读取它；只考虑文件中的用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="306"/>
        <location filename="../app/cli/cliplatform.cpp" line="379"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="308"/>
        <source>%1: unknown platform &quot;%2&quot; (known: %3)</source>
        <translation>%1：未知的平台“%2”（已知：%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="335"/>
        <source>--ldap: %1 has no &quot;directory: ldap:&quot; section; give --ldap-url and --base-dn</source>
        <translation>--ldap：%1 没有“directory: ldap:”部分；请指定 --ldap-url 和 --base-dn</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="345"/>
        <source>--ldap: no password to bind as %1: set the environment variable %2 or give --password-file FILE</source>
        <translation>--ldap：没有以 %1 身份绑定的密码：请设置环境变量 %2 或指定 --password-file FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="357"/>
        <source>interrupted while reading the directory; nothing was written</source>
        <translation>读取目录时被中断；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="362"/>
        <source>note: %1 names an LDAP directory, which is read only with --ldap; the answers know only the file&apos;s people</source>
        <translation>注意：%1 指定了 LDAP 目录，但只有使用 --ldap 时才会读取；结果只包含文件中的用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="374"/>
        <source>the directory could not be read</source>
        <translation>无法读取目录</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="411"/>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="443"/>
        <source>unknown permission &quot;%1&quot; (run &quot;%2 platform roles&quot; to list them)</source>
        <translation>未知的权限“%1”（运行“%2 platform roles”可列出所有权限）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="444"/>
        <source>unknown permission &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的权限“%1”；您是指 %2 吗？</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="468"/>
        <source>&quot;%1&quot; names %2 people: %3; give the id</source>
        <translation>“%1”对应 %2 个用户：%3；请指定 id</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="472"/>
        <source>unknown person &quot;%1&quot;: not in the platform file nor the directory</source>
        <translation>未知的用户“%1”：既不在平台文件中，也不在目录中</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="473"/>
        <source>unknown person &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的用户“%1”；您是指 %2 吗？</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="482"/>
        <source>unknown project &quot;%1&quot; (the file&apos;s projects: %2)</source>
        <translation>未知的项目“%1”（文件中的项目：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="484"/>
        <source>unknown project &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的项目“%1”；您是指 %2 吗？</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="506"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="508"/>
        <source>rule &quot;%1&quot;</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="509"/>
        <source>rule &quot;%1&quot; via %2</source>
        <translation>规则“%1”，经由 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="516"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="59"/>
        <source>expected a map with an &quot;expect:&quot; list of expectations</source>
        <translation>应为包含预期列表“expect:”的映射</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="64"/>
        <source>unknown key &quot;%1&quot; (expected expect)</source>
        <translation>未知的键“%1”（应为 expect）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="68"/>
        <source>&quot;expect&quot; must be a list</source>
        <translation>“expect”必须是列表</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="92"/>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>“%1”必须是非空文本</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="102"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>“%1”必须是列表</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="107"/>
        <source>each of &quot;%1&quot; must be a non-empty text</source>
        <translation>“%1”的每一项都必须是非空文本</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="141"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知的角色“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="142"/>
        <source>unknown role &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的角色“%1”；您是指 %2 吗？</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="144"/>
        <source>%1 is a project role: write &quot;%1@PROJECT&quot;</source>
        <translation>%1 是项目角色: 请写作 &quot;%1@PROJECT&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="146"/>
        <source>%1 is an organization role: write it without &quot;@%2&quot;</source>
        <translation>%1 是组织角色: 请去掉 &quot;@%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="159"/>
        <source>an expectation must be a map, e.g. {person: alice, can: &quot;Manage users&quot;}</source>
        <translation>预期必须是映射，例如 {person: alice, can: &quot;Manage users&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="167"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的键 &quot;%1&quot; (应为 %2 之一)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="173"/>
        <source>an expectation needs exactly one of can, cannot, holders and roles</source>
        <translation>预期必须恰好包含 can、cannot、holders 和 roles 中的一个</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="182"/>
        <source>&quot;holders&quot; goes with &quot;permission&quot;, not &quot;person&quot;</source>
        <translation>&quot;holders&quot; 应与 &quot;permission&quot; 搭配，而不是 &quot;person&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="183"/>
        <source>this expectation needs &quot;person&quot; (and no &quot;permission&quot;)</source>
        <translation>此预期需要 &quot;person&quot; (且不能有 &quot;permission&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="190"/>
        <source>&quot;roles&quot; takes no &quot;project&quot;: write each role as &quot;ROLE@PROJECT&quot;</source>
        <translation>&quot;roles&quot; 不接受 &quot;project&quot;: 请将每个角色写作 &quot;ROLE@PROJECT&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="218"/>
        <source>organization-wide</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="220"/>
        <source>in any scope</source>
        <translation>任意范围</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="221"/>
        <source>in project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="246"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="256"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="340"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="254"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="268"/>
        <source>can</source>
        <translation>可以</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="255"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="271"/>
        <source>cannot</source>
        <translation>不可以</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="258"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="268"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="271"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="307"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="341"/>
        <source>expected: %1</source>
        <translation>预期: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="258"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="306"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="341"/>
        <source>actual:   %1</source>
        <translation>实际: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="269"/>
        <source>actual:   cannot; %1 holds %2</source>
        <translation>实际: 不可以; %1 持有 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="272"/>
        <source>actual:   can, through %1</source>
        <translation>实际: 可以，通过 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="283"/>
        <source>unknown:  %1</source>
        <translation>未知: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="301"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="305"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="309"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="327"/>
        <source>missing:  %1</source>
        <translation>缺少: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="311"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="331"/>
        <source>extra:    %1</source>
        <translation>多余: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="350"/>
        <source>%1 can &quot;%2&quot; %3</source>
        <translation>%1 可以 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="352"/>
        <source>%1 cannot &quot;%2&quot; %3</source>
        <translation>%1 不可以 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="354"/>
        <source>holders of &quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; 的持有者 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="358"/>
        <source>roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="367"/>
        <source>Evaluate the platform file (against the directory, when one is given or named by the file) and compare it with an expectations file. Each expectation that does not hold is printed with the expected and the actual answer and why; exit 1 when any differs, 0 when all hold. The evaluation&apos;s problems go to standard error.</source>
        <translation>评估平台文件 (如果给出了目录或文件中指定了目录，则依据该目录进行评估)，并与预期文件进行比较。每条不成立的预期都会连同预期结果、实际结果及原因一起输出；只要有任何差异则退出码为 1，全部成立时为 0。评估中发现的问题输出到标准错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="373"/>
        <source>The expectations file (YAML, see below).</source>
        <translation>预期文件 (YAML，见下文)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="376"/>
        <source>
The expectations file:
  expect:
    - {person: alice, can: &quot;Assign project roles&quot;, project: ml}
    - {person: bob, cannot: &quot;Manage users&quot;}
    - {permission: &quot;Manage users&quot;, holders: [alice]}
    - {person: carol, roles: [&quot;Project Editor@analytics&quot;, &quot;Organization Administrator&quot;]}
can / cannot: whether the person holds the permission in the project (organization-wide grants count in every project); without project, organization-wide; with project &quot;*&quot;, in any scope. holders: exactly these people hold it (same scopes). roles: exactly these roles, ROLE@PROJECT for a project role. People by id or display name, permissions and roles by name or id (any case).

Examples:
  %1 platform check --file acme.yaml --expect expect.yaml
  ROLEDESK_LDAP_PASSWORD=secret %1 platform check --file acme.yaml --ldap --expect expect.yaml
</source>
        <translation>
预期文件:
  expect:
    - {person: alice, can: &quot;Assign project roles&quot;, project: ml}
    - {person: bob, cannot: &quot;Manage users&quot;}
    - {permission: &quot;Manage users&quot;, holders: [alice]}
    - {person: carol, roles: [&quot;Project Editor@analytics&quot;, &quot;Organization Administrator&quot;]}
can / cannot: 用户是否在项目中持有该权限 (整个组织范围的授予在每个项目中都有效)；不指定 project 时为整个组织，project 为 &quot;*&quot; 时为任意范围。holders: 恰好由这些用户持有该权限 (范围相同)。roles: 恰好是这些角色，项目角色写作 ROLE@PROJECT。用户按 ID 或显示名称指定，权限和角色按名称或 ID 指定 (不区分大小写)。

示例:
  %1 platform check --file acme.yaml --expect expect.yaml
  ROLEDESK_LDAP_PASSWORD=secret %1 platform check --file acme.yaml --ldap --expect expect.yaml
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="394"/>
        <source>no expectations file given (--expect FILE)</source>
        <translation>未指定预期文件 (--expect FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="402"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformcheck.cpp" line="429"/>
        <source>%1: all %n expectation(s) of %2 hold
</source>
        <translation>
            <numerusform>%1: %2 的全部 %n 条预期均成立
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformcheck.cpp" line="433"/>
        <source>%1: %2 of %n expectation(s) of %3 differ
</source>
        <translation>
            <numerusform>%1: %3 的 %n 条预期中有 %2 条不符
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="29"/>
        <source>
Columns (csv: %1): the person&apos;s id, display name and kind (human or machine), the permission, its scope (&quot;organization&quot;, or the project), the role that gives it, its source (&quot;manual&quot; or &quot;rule&quot;), the rule&apos;s name and the group path the rule matched through (&quot;data-eng &gt; staff&quot;). JSON: {&quot;definition&quot;, &quot;release&quot;, &quot;organization&quot;, &quot;question&quot;, ..., &quot;rows&quot;: [{the same, plus permission_id, role_id, project (null: organization) and via as a list}]}. An organization role&apos;s permission holds in every project.
</source>
        <translation>
列 (csv: %1): 用户的 ID、显示名称和类型 (human 或 machine)、权限、其范围 (&quot;organization&quot; 或项目)、授予该权限的角色、来源 (&quot;manual&quot; 或 &quot;rule&quot;)、规则名称，以及规则匹配所经的组路径 (&quot;data-eng &gt; staff&quot;)。JSON: {&quot;definition&quot;, &quot;release&quot;, &quot;organization&quot;, &quot;question&quot;, ..., &quot;rows&quot;: [{相同字段，另加 permission_id、role_id、project (null: 组织) 和列表形式的 via}]}。组织角色的权限在每个项目中都有效。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <source>PERSON</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="50"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="50"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="83"/>
        <source>Who holds PERMISSION, and why: one line per person, scope and role grant (a manual assignment, or a role mapping rule and the group it matched through). With --project, who holds it in that project (organization-wide holders included); without, anywhere.</source>
        <translation>谁持有 PERMISSION 及其原因: 每个用户、范围和角色授予各占一行 (手动分配，或角色映射规则及其匹配所经的组)。使用 --project 时显示在该项目中持有该权限的人 (包括整个组织范围的持有者)；否则显示任意范围内的持有者。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="91"/>
        <source>The permission: its name in the matrix (any case) or its id.</source>
        <translation>权限: 其在矩阵中的名称 (不区分大小写) 或 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="92"/>
        <source>Only who holds it in this project.</source>
        <translation>仅限在此项目中持有该权限的人。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="93"/>
        <source>
Examples:
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform who-can manage-users --file acme.yaml --directory people.json --format csv -o holders.csv
</source>
        <translation>
示例:
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform who-can manage-users --file acme.yaml --directory people.json --format csv -o holders.csv
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="111"/>
        <source>Who can &quot;%1&quot; (anywhere in %2):</source>
        <translation>谁可以 &quot;%1&quot; (%2 中的任意范围):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="112"/>
        <source>Who can &quot;%1&quot; in project %2 (%3):</source>
        <translation>谁可以在项目 %2 中 &quot;%1&quot; (%3):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="115"/>
        <source>Nobody.</source>
        <translation>无人。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="126"/>
        <source>What PERSON may do, and why: one line per permission, scope and role grant. With --project, only what holds in that project (organization-wide permissions included).</source>
        <translation>PERSON 可以做什么及其原因: 每个权限、范围和角色授予各占一行。使用 --project 时，仅显示在该项目中有效的权限 (包括整个组织范围的权限)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="133"/>
        <source>The person: their id (login name) or display name (any case).</source>
        <translation>用户: 其 ID (登录名) 或显示名称 (不区分大小写)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="134"/>
        <source>Only what holds in this project.</source>
        <translation>仅限在此项目中有效的权限。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="135"/>
        <source>
Examples:
  %1 platform what-can alice --file acme.yaml
  %1 platform what-can &quot;Alice Example&quot; --file acme.yaml --project ml --format json
</source>
        <translation>
示例:
  %1 platform what-can alice --file acme.yaml
  %1 platform what-can &quot;Alice Example&quot; --file acme.yaml --project ml --format json
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="166"/>
        <source>What %1 can do:</source>
        <translation>%1 可以做什么:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="166"/>
        <source>What %1 can do in project %2:</source>
        <translation>%1 在项目 %2 中可以做什么:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="169"/>
        <source>Nothing: %1 holds no role there.</source>
        <translation>无: %1 在此处没有任何角色。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="293"/>
        <source>PERMISSION</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="185"/>
        <source>Every role grant of the platform file, evaluated against the directory: the manual assignments and what each role mapping rule gives to whom, through which group. The evaluation&apos;s problems (a rule that would give a machine-only role to a human, an assignment to a person nobody knows, a rule whose group nobody is in) go to standard error.</source>
        <translation>平台文件的每项角色授予，依据目录进行评估: 手动分配，以及每条角色映射规则通过哪个组向谁授予了什么。评估中发现的问题 (将仅限机器用户的角色授予人类用户的规则、分配给无人知晓的用户的分配、其组中没有任何人的规则) 输出到标准错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="192"/>
        <source>
Columns (csv: %1): person, display name, kind, role, scope (&quot;organization&quot; or the project), source (&quot;manual&quot; or &quot;rule&quot;), rule, via (the group path). JSON as for who-can, without the permission.

Examples:
  %2 platform evaluate --file acme.yaml --directory people.csv
  ROLEDESK_LDAP_PASSWORD=secret %2 platform evaluate --file acme.yaml --ldap --format csv -o grants.csv
  %2 platform evaluate --file acme.yaml --ldap --ldap-url ldap://127.0.0.1:3890 --password-file pw.txt
</source>
        <translation>
列 (csv: %1): 用户、显示名称、类型、角色、范围 (&quot;organization&quot; 或项目)、来源 (&quot;manual&quot; 或 &quot;rule&quot;)、规则、via (组路径)。JSON 与 who-can 相同，但不含权限。

示例:
  %2 platform evaluate --file acme.yaml --directory people.csv
  ROLEDESK_LDAP_PASSWORD=secret %2 platform evaluate --file acme.yaml --ldap --format csv -o grants.csv
  %2 platform evaluate --file acme.yaml --ldap --ldap-url ldap://127.0.0.1:3890 --password-file pw.txt
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="213"/>
        <source>Role grants in %1: %n grant(s)</source>
        <translation>
            <numerusform>%1 中的角色授予: %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="214"/>
        <source>, %n people</source>
        <translation>
            <numerusform>，%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="222"/>
        <source>The platform definition&apos;s matrix: its roles (with their scope) and which role holds which permission. No platform file is needed.</source>
        <translation>平台定义的矩阵: 其角色 (及其范围) 以及哪个角色持有哪项权限。无需平台文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="227"/>
        <source>The shipped definition to show (default: %1; known: %2).</source>
        <translation>要显示的内置定义 (默认: %1；已知: %2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="233"/>
        <source>
CSV: one row per permission: permission_id, permission, then one column per role (its id) holding &quot;x&quot; where the role holds the permission. JSON: {&quot;definition&quot;, &quot;name&quot;, &quot;release&quot;, &quot;source&quot;, &quot;roles&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;abbreviation&quot;, &quot;scope&quot;, &quot;machine_users_only&quot;}], &quot;permissions&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;note&quot;, &quot;holders&quot;: [role ids]}]}.

Examples:
  %1 platform roles
  %1 platform roles --format csv -o matrix.csv
</source>
        <translation>
CSV: 每个权限一行: permission_id、permission，然后每个角色一列 (列名为角色 ID)，角色持有该权限时为 &quot;x&quot;。JSON: {&quot;definition&quot;, &quot;name&quot;, &quot;release&quot;, &quot;source&quot;, &quot;roles&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;abbreviation&quot;, &quot;scope&quot;, &quot;machine_users_only&quot;}], &quot;permissions&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;note&quot;, &quot;holders&quot;: [角色 ID]}]}。

示例:
  %1 platform roles
  %1 platform roles --format csv -o matrix.csv
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="247"/>
        <source>unknown definition &quot;%1&quot; (known: %2)</source>
        <translation>未知的定义 &quot;%1&quot; (已知: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="285"/>
        <source>%1 (release %2): %n role(s)</source>
        <translation>
            <numerusform>%1 (版本 %2): %n 个角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="286"/>
        <source>, %n permission(s)</source>
        <translation>
            <numerusform>，%n 项权限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="290"/>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="290"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="291"/>
        <source>machine users only</source>
        <translation>仅限机器用户</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformDefinition</name>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="56"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="65"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的键 &quot;%1&quot; (应为 %2 之一)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="96"/>
        <source>&quot;roles&quot; must be a non-empty list</source>
        <translation>&quot;roles&quot; 必须是非空列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="102"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="105"/>
        <location filename="../src/platform/platformdefinition.cpp" line="154"/>
        <source>an object expected</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="113"/>
        <source>role &quot;%1&quot;</source>
        <translation>角色 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="122"/>
        <source>&quot;scope&quot; must be &quot;organization&quot; or &quot;project&quot;</source>
        <translation>&quot;scope&quot; 必须是 &quot;organization&quot; 或 &quot;project&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="125"/>
        <source>&quot;machineUsersOnly&quot; must be true or false</source>
        <translation>&quot;machineUsersOnly&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="133"/>
        <source>duplicate role id, name or abbreviation &quot;%1&quot;</source>
        <translation>角色 ID、名称或缩写 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="143"/>
        <source>&quot;permissions&quot; must be a non-empty list</source>
        <translation>&quot;permissions&quot; 必须是非空列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="152"/>
        <source>permission %1</source>
        <translation>权限 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="162"/>
        <source>permission &quot;%1&quot;</source>
        <translation>权限 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="169"/>
        <source>duplicate permission id or name &quot;%1&quot;</source>
        <translation>权限 ID 或名称 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="174"/>
        <source>&quot;holders&quot; must be a list of role ids</source>
        <translation>&quot;holders&quot; 必须是角色 ID 列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="179"/>
        <source>holder &quot;%1&quot; is not a role of this definition</source>
        <translation>持有者 &quot;%1&quot; 不是此定义中的角色</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="181"/>
        <source>holder &quot;%1&quot; listed twice</source>
        <translation>持有者 &quot;%1&quot; 被列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="195"/>
        <source>&quot;actions&quot; must be an object</source>
        <translation>&quot;actions&quot; 必须是对象</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="202"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="210"/>
        <source>action &quot;%1&quot;</source>
        <translation>操作 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="211"/>
        <source>&quot;%1&quot; is not a permission of this definition</source>
        <translation>&quot;%1&quot; 不是此定义中的权限</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="257"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="267"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="270"/>
        <source>%1: a JSON object expected</source>
        <translation>%1: 应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformDocument</name>
    <message>
        <location filename="../ui/platform/platformdocument.cpp" line="43"/>
        <source>%1: unknown platform “%2”</source>
        <translation>%1: 未知的平台“%2”</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformdocument.cpp" line="68"/>
        <source>%1: reading was cancelled</source>
        <translation>%1: 读取已取消</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformEditView</name>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="48"/>
        <source>Add assig&amp;nment…</source>
        <translation>添加分配(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="52"/>
        <source>Manual role assignments</source>
        <translation>手动角色分配</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="53"/>
        <location filename="../ui/platform/platformeditview.cpp" line="80"/>
        <source>Role mapping rules</source>
        <translation>角色映射规则</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="49"/>
        <source>Add ru&amp;le…</source>
        <translation>添加规则(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="58"/>
        <source>Chan&amp;ge assignment…</source>
        <translation>更改分配(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="59"/>
        <source>Remove assignmen&amp;t</source>
        <translation>删除分配(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="60"/>
        <source>Change rul&amp;e…</source>
        <translation>更改规则(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="61"/>
        <source>Re&amp;move rule</source>
        <translation>删除规则(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="62"/>
        <source>Change the selected rule (F2 or Enter in the table)</source>
        <translation>更改所选规则 (在表格中按 F2 或 Enter)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="63"/>
        <source>Remove the selected rule (Delete in the table)</source>
        <translation>删除所选规则 (在表格中按 Delete)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="64"/>
        <source>Change the selected assignment (F2 or Enter in the table)</source>
        <translation>更改所选分配 (在表格中按 F2 或 Enter)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="65"/>
        <source>Remove the selected assignment (Delete in the table)</source>
        <translation>删除所选分配 (在表格中按 Delete)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="79"/>
        <source>Manual assignments</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="120"/>
        <source>Edits are undoable (Ctrl+Z, Ctrl+Shift+Z) and saved with Save (Ctrl+S), after the difference is shown. Choose “Act as” to check each edit against a person&apos;s permissions.</source>
        <translation>编辑可以撤消 (Ctrl+Z、Ctrl+Shift+Z)，并在显示差异后通过“保存”(Ctrl+S) 保存。选择“以…身份操作”可根据某个用户的权限检查每次编辑。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="129"/>
        <source>%1 may not make this edit: it needs “%2”.</source>
        <translation>%1 不能进行此编辑: 需要“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="138"/>
        <source>Not changed: %1</source>
        <translation>未更改: %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="141"/>
        <source>%1 (not saved yet).</source>
        <translation>%1 (尚未保存)。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="155"/>
        <source>Assign %1 to %2</source>
        <translation>将 %1 分配给 %2</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="164"/>
        <source>Change assignment of %1</source>
        <translation>更改 %1 的分配</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="173"/>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="180"/>
        <source>Add rule %1</source>
        <translation>添加规则 %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="189"/>
        <source>Change rule %1</source>
        <translation>更改规则 %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="198"/>
        <source>Remove rule %1</source>
        <translation>删除规则 %1</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformEvaluation</name>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="78"/>
        <source>%1 is in no group of %2: the platform lets nobody without a group sign in when it retrieves groups</source>
        <translation>%1 不属于 %2 的任何组：平台获取组时，不允许没有组的用户登录</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="118"/>
        <source>assignment of %1 to %2: nobody has the id %2</source>
        <translation>将 %1 分配给 %2: 没有 ID 为 %2 的用户</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="122"/>
        <source>assignment of %1 to %2: only machine users may hold it, and %2 is human</source>
        <translation>将 %1 分配给 %2: 只有机器用户可以持有该角色，而 %2 是人类用户</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="140"/>
        <source>rule %1: nobody is in group %2</source>
        <translation>规则 %1: 组 %2 中没有任何人</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="174"/>
        <source>rule %1 matches %2, but only machine users may hold %3: not given</source>
        <translation>规则 %1 匹配 %2，但只有机器用户可以持有 %3: 未授予</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="19"/>
        <source>assign organization roles</source>
        <translation>分配组织角色</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="20"/>
        <source>assign roles in project %1</source>
        <translation>在项目 %1 中分配角色</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="21"/>
        <source>edit organization rules</source>
        <translation>编辑组织规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="22"/>
        <source>edit rules of project %1</source>
        <translation>编辑项目 %1 的规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="23"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="24"/>
        <source>create projects</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="25"/>
        <source>update and delete projects</source>
        <translation>更新和删除项目</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="26"/>
        <source>manage identity provider integrations</source>
        <translation>管理身份提供者集成</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="78"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="80"/>
        <source>%1 (manual)</source>
        <translation>%1 (手动)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="82"/>
        <source>%1 (rule &quot;%2&quot;)</source>
        <translation>%1（规则“%2”）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="83"/>
        <source>%1 (rule &quot;%2&quot;, through group %3)</source>
        <translation>%1（规则“%2”，通过组 %3）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="93"/>
        <source>%1 may not %2: the platform definition names no permission for it</source>
        <translation>%1 不能%2：平台定义未为此指定任何权限</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="97"/>
        <source>%1 may not %2: no project given</source>
        <translation>%1 不能%2：未指定项目</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="109"/>
        <source>%1 may %2: %3</source>
        <translation>%1 可以%2：%3</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="115"/>
        <source>%1 may not %2: that needs &quot;%3&quot;, which %4 hold, and %1 holds none of them %5</source>
        <translation>%1 不能%2：需要“%3”，持有该权限的是 %4，而 %1 在%5均未持有其中任何一个</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="117"/>
        <source>organization-wide</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="117"/>
        <source>in %1 or organization-wide</source>
        <translation>%1 中或整个组织</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="131"/>
        <source>add the assignment of %1 to %2</source>
        <translation>添加对 %2 的 %1 分配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="131"/>
        <source>remove the assignment of %1 to %2</source>
        <translation>移除对 %2 的 %1 分配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="132"/>
        <source>add the assignment of %1 in %2 to %3</source>
        <translation>添加对 %3 的 %1 分配（项目 %2）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="132"/>
        <source>remove the assignment of %1 in %2 to %3</source>
        <translation>移除对 %3 的 %1 分配（项目 %2）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="149"/>
        <source>%1 rule &quot;%2&quot;</source>
        <translation>%1规则“%2”</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="157"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="159"/>
        <source>change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="163"/>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="171"/>
        <source>remove person %1</source>
        <translation>移除用户 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="173"/>
        <source>change person %1</source>
        <translation>更改用户 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="177"/>
        <source>add person %1</source>
        <translation>添加用户 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="182"/>
        <source>remove project %1</source>
        <translation>移除项目 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="185"/>
        <source>create project %1</source>
        <translation>创建项目 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="187"/>
        <source>change the directory settings</source>
        <translation>更改目录设置</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="192"/>
        <source>nothing to check: no assignment, rule, person, project or directory setting changed</source>
        <translation>无需检查：分配、规则、用户、项目和目录设置均未更改</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="201"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/platform/platformverdict.cpp" line="209"/>
        <source>refused, %n change(s) not allowed:</source>
        <translation>
            <numerusform>已拒绝，%n 项更改不被允许：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformFileFormat</name>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="59"/>
        <source>%1 expected</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="67"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的键“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="69"/>
        <source>&quot;%1&quot; given twice</source>
        <translation>“%1”指定了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="78"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="82"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>“%1”必须是单个值</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="86"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="95"/>
        <source>&quot;%1&quot;: a list of names</source>
        <translation>“%1”：名称列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="99"/>
        <source>&quot;%1&quot;: a name expected</source>
        <translation>“%1”：应为名称</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="118"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="122"/>
        <source>%1 is an organization role and cannot be given by %2</source>
        <translation>%1 是组织角色，不能由%2授予</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="126"/>
        <source>%1 is a project role and cannot be given by %2</source>
        <translation>%1 是项目角色，不能由%2授予</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="134"/>
        <source>unknown project &quot;%1&quot; (the file lists %2)</source>
        <translation>未知项目“%1”（文件中列出的是 %2）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="135"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="155"/>
        <source>a mapping with platform, organization, projects, people, assignments, rules</source>
        <translation>包含 platform、organization、projects、people、assignments、rules 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="163"/>
        <source>platform &quot;%1&quot; does not match the definition &quot;%2&quot;</source>
        <translation>平台“%1”与定义“%2”不匹配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="170"/>
        <source>project &quot;%1&quot; listed twice</source>
        <translation>项目“%1”列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="184"/>
        <source>logins</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="185"/>
        <source>a mapping with same_name, patterns, lists</source>
        <translation>包含 same_name、patterns、lists 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="194"/>
        <source>&quot;same_name&quot; must be true or false</source>
        <translation>“same_name”必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="199"/>
        <source>pattern &quot;%1&quot; does not contain {id}</source>
        <translation>模式“%1”不包含 {id}</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="200"/>
        <source>lists: a list of {person, roles}</source>
        <translation>lists: {person, roles} 列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="205"/>
        <source>logins list</source>
        <translation>登录名列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="206"/>
        <source>a mapping with person and roles</source>
        <translation>包含 person 和 roles 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="212"/>
        <source>logins of %1</source>
        <translation>%1 的登录名</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="222"/>
        <source>&quot;roles&quot; lists no role</source>
        <translation>“roles”未列出任何角色</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="226"/>
        <source>unknown person &quot;%1&quot;</source>
        <translation>未知用户“%1”</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="228"/>
        <source>this person&apos;s logins are listed twice</source>
        <translation>该用户的登录名列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="235"/>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="236"/>
        <source>a mapping with ldap or import, and provider</source>
        <translation>包含 ldap 或 import 以及 provider 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="243"/>
        <source>either ldap or import, not both</source>
        <translation>只能指定 ldap 或 import 之一，不能同时指定</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="249"/>
        <source>ldap: a mapping with url, base_dn</source>
        <translation>ldap: 包含 url、base_dn 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="260"/>
        <source>&quot;start_tls&quot; must be true or false</source>
        <translation>“start_tls”必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="271"/>
        <source>two providers, &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>有两个身份提供者：“%1”和“%2”</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="275"/>
        <source>ldap or import expected</source>
        <translation>应为 ldap 或 import</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="281"/>
        <source>people: a list of people</source>
        <translation>people: 用户列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="286"/>
        <source>person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="287"/>
        <source>a mapping with id</source>
        <translation>包含 id 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="293"/>
        <source>person &quot;%1&quot;</source>
        <translation>用户“%1”</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="301"/>
        <source>&quot;kind&quot; must be human or machine</source>
        <translation>“kind”必须为 human 或 machine</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="305"/>
        <source>this person is listed twice</source>
        <translation>该用户列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="314"/>
        <source>assignments: a list of assignments</source>
        <translation>assignments: 分配列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="318"/>
        <source>assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="319"/>
        <source>a mapping with person and role</source>
        <translation>包含 person 和 role 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="327"/>
        <source>assignment of %1 to %2</source>
        <translation>对 %2 的 %1 分配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="328"/>
        <source>assignment of %1 in %2 to %3</source>
        <translation>对 %3 的 %1 分配（项目 %2）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="332"/>
        <source>an assignment without a project</source>
        <translation>未指定项目的分配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="333"/>
        <source>an assignment in a project</source>
        <translation>项目内的分配</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="338"/>
        <source>only machine users may hold %1, and %2 is human</source>
        <translation>只有机器用户可以持有 %1，而 %2 是人类用户</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="340"/>
        <source>this assignment is listed twice</source>
        <translation>该分配列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="347"/>
        <source>rules: a list of role mapping rules</source>
        <translation>rules: 角色映射规则列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="351"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="352"/>
        <source>a mapping with name, conditions, roles</source>
        <translation>包含 name、conditions、roles 的映射</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="358"/>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="363"/>
        <source>another organization rule has this name</source>
        <translation>已存在同名的组织规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="364"/>
        <source>another rule of project %1 has this name</source>
        <translation>项目 %1 中已存在同名规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="367"/>
        <source>conditions: a list</source>
        <translation>conditions: 列表</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="371"/>
        <source>a condition is {provider: name} or {group: name}</source>
        <translation>条件应为 {provider: name} 或 {group: name}</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="380"/>
        <source>unknown condition &quot;%1&quot; (expected provider or group)</source>
        <translation>未知条件“%1”（应为 provider 或 group）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="384"/>
        <source>a rule needs at least one condition</source>
        <translation>规则至少需要一个条件</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="386"/>
        <source>an organization rule</source>
        <translation>组织规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="387"/>
        <source>a project rule</source>
        <translation>项目规则</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="219"/>
        <location filename="../src/platform/platformfile.cpp" line="391"/>
        <source>role %1 listed twice</source>
        <translation>角色 %1 列出了两次</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="396"/>
        <source>a rule needs at least one role</source>
        <translation>规则至少需要一个角色</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="415"/>
        <source>%1:%2: rule %3: nobody is in group %4</source>
        <translation>%1:%2: 规则 %3：组 %4 中没有任何用户</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="442"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="452"/>
        <source>%1:%2: not YAML: a text file expected (control character 0x%3)</source>
        <translation>%1:%2: 不是 YAML：应为文本文件（控制字符 0x%3）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="458"/>
        <source>%1: not YAML: the file is not UTF-8 text</source>
        <translation>%1：不是 YAML：文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="463"/>
        <source>%1:%2: not YAML: %3</source>
        <translation>%1:%2: 不是 YAML：%3</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="471"/>
        <source>%1:%2: &quot;platform&quot; is missing (expected one of %3)</source>
        <translation>%1:%2: 缺少“platform”（应为 %3 之一）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="473"/>
        <source>%1:%2: unknown platform &quot;%3&quot; (expected one of %4)</source>
        <translation>%1:%2: 未知平台“%3”（应为 %4 之一）</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfilewriter.cpp" line="229"/>
        <location filename="../src/platform/platformfilewriter.cpp" line="232"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGrantModel</name>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="89"/>
        <source>manual assignment</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="91"/>
        <source>rule “%1”</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="92"/>
        <source>rule “%1” (group %2)</source>
        <translation>规则“%1”（组 %2）</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="97"/>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="102"/>
        <source>made by rule %1; change the rule or the group</source>
        <translation>由规则 %1 产生；请更改规则或组</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="132"/>
        <source>manual assignment: editable under Assignments and rules</source>
        <translation>手动分配：可在“分配和规则”中编辑</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="148"/>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="149"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="150"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="151"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="152"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGridModel</name>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="54"/>
        <source>organization role</source>
        <translation>组织角色</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="54"/>
        <source>project role</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="78"/>
        <source>%1 holds %2</source>
        <translation>%1 持有 %2</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="78"/>
        <source>%1 does not hold %2</source>
        <translation>%1 未持有 %2</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="80"/>
        <source>%1 (%2) holds “%3”</source>
        <translation>%1（%2）持有“%3”</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="81"/>
        <source>%1 (%2) does not hold “%3”</source>
        <translation>%1（%2）未持有“%3”</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="108"/>
        <source>%1 — %2, machine users only</source>
        <translation>%1 — %2，仅限机器用户</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="115"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="115"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="127"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGridView</name>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="28"/>
        <source>Holders of the selected permission</source>
        <translation>所选权限的持有者</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="42"/>
        <source>Roles and permissions</source>
        <translation>角色和权限</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="45"/>
        <source>organization role</source>
        <translation>组织角色</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="47"/>
        <source>project role</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="49"/>
        <source>✓: the role holds the permission. Organization roles hold their permissions in every project. Hover a column for the role&apos;s full name; select a row to see who holds the permission.</source>
        <translation>✓：角色持有该权限。组织角色在每个项目中都持有其权限。将鼠标悬停在列上可查看角色的全名；选择一行可查看谁持有该权限。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="66"/>
        <source>&amp;Holders</source>
        <translation>持有者(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="142"/>
        <source>Select a permission to see who holds it.</source>
        <translation>选择一个权限以查看其持有者。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformgridview.cpp" line="150"/>
        <source>“%1”: %n person(s)</source>
        <translation>
            <numerusform>“%1”：%n 个用户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformLdapDialog</name>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="16"/>
        <source>Use &amp;StartTLS</source>
        <translation>使用 StartTLS(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="28"/>
        <source>Load directory from LDAP</source>
        <translation>从 LDAP 读取目录</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="33"/>
        <source>empty: the system&apos;s certificates</source>
        <translation>留空：使用系统证书</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="34"/>
        <source>empty: no machine users</source>
        <translation>留空：无机器用户</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="36"/>
        <source>empty: anonymous</source>
        <translation>留空：匿名</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="39"/>
        <source>not stored</source>
        <translation>不会保存</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="52"/>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="54"/>
        <source>CA certificate &amp;file:</source>
        <translation>CA 证书文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="55"/>
        <source>&amp;Bind DN:</source>
        <translation>绑定 DN(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="56"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="57"/>
        <source>Base &amp;DN:</source>
        <translation>基准 DN(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="58"/>
        <source>U&amp;ser filter:</source>
        <translation>用户过滤器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="59"/>
        <source>&amp;Group filter:</source>
        <translation>组过滤器(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="60"/>
        <source>&amp;Member attribute:</source>
        <translation>成员属性(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="61"/>
        <source>Mac&amp;hine users filter:</source>
        <translation>机器用户过滤器(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="62"/>
        <source>Identity pro&amp;vider:</source>
        <translation>身份提供者(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="63"/>
        <source>People and groups are read once, on a background thread; the page stays usable and the read can be cancelled. The password is not saved.</source>
        <translation>用户和组在后台线程中读取一次；读取期间页面仍可使用，且可以取消读取。密码不会保存。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="68"/>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformOrganizationModel</name>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="68"/>
        <source>Organization %1: organization roles hold in every project</source>
        <translation>组织 %1：组织角色在每个项目中均有效</translation>
    </message>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="69"/>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="82"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPage</name>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="49"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="56"/>
        <source>&amp;Cancel reading</source>
        <translation>取消读取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="64"/>
        <source>Edits are checked against this person&apos;s permissions, as the platform would check them</source>
        <translation>编辑会像平台一样，按此用户的权限进行检查</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="70"/>
        <source>&amp;Roles × permissions</source>
        <translation>角色 × 权限(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="71"/>
        <source>Peo&amp;ple</source>
        <translation>用户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="72"/>
        <source>&amp;Who can…?</source>
        <translation>谁可以…？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="73"/>
        <source>Assignments and r&amp;ules</source>
        <translation>分配和规则(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="120"/>
        <location filename="../ui/platform/platformpage.cpp" line="414"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="144"/>
        <source>Open &amp;platform file…</source>
        <translation>打开平台文件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="147"/>
        <source>Open a platform file (YAML): organization, projects, people, assignments, rules (Ctrl+Shift+O)</source>
        <translation>打开平台文件（YAML）：组织、项目、用户、分配、规则（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="149"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="149"/>
        <source>Save the platform file, after showing the difference (Ctrl+S)</source>
        <translation>显示差异后保存平台文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="151"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="152"/>
        <source>Save the platform file under another name (Ctrl+Shift+S)</source>
        <translation>以其他名称保存平台文件（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="157"/>
        <source>Undo the last edit of the platform file (Ctrl+Z)</source>
        <translation>撤消对平台文件的上一次编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="158"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="160"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="163"/>
        <source>From an &amp;import file (CSV or JSON)…</source>
        <translation>从导入文件（CSV 或 JSON）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="165"/>
        <source>From &amp;LDAP…</source>
        <translation>从 LDAP(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="169"/>
        <source>Load director&amp;y</source>
        <translation>加载目录(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="170"/>
        <source>Read people and groups from an import file or an LDAP directory</source>
        <translation>从导入文件或 LDAP 目录读取用户和组</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="173"/>
        <source>Act &amp;as:</source>
        <translation>以此身份操作(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="201"/>
        <source>Organization and projects</source>
        <translation>组织和项目</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="210"/>
        <source>Login, name or group</source>
        <translation>登录名、名称或组</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="213"/>
        <source>People</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="217"/>
        <source>&amp;Organization</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="219"/>
        <source>People (&amp;filter)</source>
        <translation>用户（过滤器）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="260"/>
        <source>(administrator: no check)</source>
        <translation>（管理员：不检查）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="271"/>
        <source>No platform file</source>
        <translation>无平台文件</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="272"/>
        <source>No platform file: Open platform file… (Ctrl+Shift+O)</source>
        <translation>无平台文件：打开平台文件…（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="275"/>
        <source>%1 (modified)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="276"/>
        <source>&lt;b&gt;%1&lt;/b&gt; ● modified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ● 已修改</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="277"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="279"/>
        <source> — directory: %1</source>
        <translation> — 目录：%1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="296"/>
        <source>Could not open the platform file; %1 stays open: %2</source>
        <translation>无法打开平台文件；%1 保持打开：%2</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="298"/>
        <source>Could not open the platform file: %1</source>
        <translation>无法打开平台文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="309"/>
        <source>%1 opened with %n note(s): %2</source>
        <translation>
            <numerusform>已打开 %1，有 %n 条提示：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="320"/>
        <source>Open platform file</source>
        <translation>打开平台文件</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="321"/>
        <source>Platform files (*.yaml *.yml);;All files (*)</source>
        <translation>平台文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="337"/>
        <source>Save platform file as</source>
        <translation>平台文件另存为</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="338"/>
        <source>Platform files (*.yaml *.yml)</source>
        <translation>平台文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="351"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="354"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="364"/>
        <source>Unsaved platform edits</source>
        <translation>未保存的平台编辑</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="365"/>
        <source>%1 has edits that are not saved. Save them?</source>
        <translation>%1 有未保存的编辑。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="375"/>
        <location filename="../ui/platform/platformpage.cpp" line="406"/>
        <source>Open a platform file before loading a directory.</source>
        <translation>请先打开平台文件，再加载目录。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="380"/>
        <location filename="../ui/platform/platformpage.cpp" line="434"/>
        <source>Could not read the directory: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="385"/>
        <location filename="../ui/platform/platformpage.cpp" line="438"/>
        <source>Directory %1: %2, %3.</source>
        <translation>目录 %1：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="387"/>
        <location filename="../ui/platform/platformpage.cpp" line="440"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="388"/>
        <location filename="../ui/platform/platformpage.cpp" line="441"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="397"/>
        <source>Load directory import</source>
        <translation>加载目录导入文件</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="398"/>
        <source>Directory imports (*.csv *.json);;All files (*)</source>
        <translation>目录导入文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="415"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="432"/>
        <source>Reading the directory was cancelled; nothing changed.</source>
        <translation>已取消读取目录；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPeopleModel</name>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="51"/>
        <source>machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="51"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="59"/>
        <source>%1
Groups: %2</source>
        <translation>%1
组：%2</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="74"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="76"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="77"/>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="78"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPersonView</name>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="32"/>
        <source>Roles of the person</source>
        <translation>用户的角色</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="34"/>
        <source>Permissions of the person</source>
        <translation>用户的权限</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="37"/>
        <source>P&amp;erson:</source>
        <translation>用户(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="40"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="42"/>
        <source>Per&amp;missions</source>
        <translation>权限(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="103"/>
        <source>Choose a person to see their roles and permissions.</source>
        <translation>选择一个用户以查看其角色和权限。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="104"/>
        <source>Open a platform file (Ctrl+Shift+O).</source>
        <translation>请打开平台文件（Ctrl+Shift+O）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpersonview.cpp" line="113"/>
        <source>%n role grant(s), %1 by rule (italic, read-only: change the rule or the group).</source>
        <translation>
            <numerusform>%n 项角色授予，其中 %1 项来自规则（斜体，只读：请更改规则或组）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformRuleDialog</name>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="111"/>
        <source>Add role mapping rule</source>
        <translation>添加角色映射规则</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="111"/>
        <source>Change role mapping rule</source>
        <translation>更改角色映射规则</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="117"/>
        <source>any identity provider</source>
        <translation>任意身份提供者</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="118"/>
        <source>groups, separated by commas (all must match)</source>
        <translation>组，以逗号分隔（必须全部匹配）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="132"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="133"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="134"/>
        <source>Identity &amp;provider:</source>
        <translation>身份提供者(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="135"/>
        <source>&amp;Groups:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="136"/>
        <source>&amp;Roles given:</source>
        <translation>授予的角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="137"/>
        <source>A person matches when every condition holds; a group matches through nested groups too. Only roles of the rule&apos;s scope are offered.</source>
        <translation>当每个条件都满足时，用户即匹配；组也可通过嵌套组匹配。仅提供该规则范围内的角色。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="174"/>
        <source>for machine users only: a rule never gives it to a human</source>
        <translation>仅限机器用户：规则绝不会将其授予人类用户</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformRuleModel</name>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="16"/>
        <source>provider %1</source>
        <translation>提供者 %1</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="17"/>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="18"/>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="53"/>
        <source>line %1 of the platform file</source>
        <translation>平台文件第 %1 行</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="71"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="72"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="73"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="74"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformSaveDialog</name>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="48"/>
        <source>Save platform file</source>
        <translation>保存平台文件</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="51"/>
        <source>%1 is already the same as this file; saving writes it again.</source>
        <translation>%1 已与此文件相同；保存会再次写入。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="53"/>
        <source>These lines of %1 change (&lt;span style=&apos;color:#9a1b1b&apos;&gt;- removed&lt;/span&gt;, &lt;span style=&apos;color:#1b6a1b&apos;&gt;+ added&lt;/span&gt;):</source>
        <translation>%1 的以下行将更改（&lt;span style=&apos;color:#9a1b1b&apos;&gt;- 删除&lt;/span&gt;，&lt;span style=&apos;color:#1b6a1b&apos;&gt;+ 添加&lt;/span&gt;）：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="56"/>
        <source>%1 is a new file with these lines:</source>
        <translation>%1 是包含以下各行的新文件：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="64"/>
        <source>Difference from the file on disk</source>
        <translation>与磁盘上文件的差异</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformWhoCanView</name>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="45"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="49"/>
        <source>Expo&amp;rt…</source>
        <translation>导出(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="56"/>
        <location filename="../ui/platform/platformwhocanview.cpp" line="57"/>
        <source>Save this answer as CSV or JSON</source>
        <translation>将此结果保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="62"/>
        <source>People who hold the permission</source>
        <translation>拥有该权限的用户</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="63"/>
        <source>Permissions the person holds</source>
        <translation>该用户拥有的权限</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="65"/>
        <source>Who can…?</source>
        <translation>谁可以…？</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="67"/>
        <source>Per&amp;mission:</source>
        <translation>权限(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="69"/>
        <source>in pro&amp;ject:</source>
        <translation>所在项目(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="81"/>
        <source>What can…?</source>
        <translation>…可以做什么？</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="83"/>
        <source>Pe&amp;rson:</source>
        <translation>用户(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="110"/>
        <source>Export who can</source>
        <translation>导出“谁可以”</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="114"/>
        <source>Export what can</source>
        <translation>导出“可以做什么”</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="124"/>
        <source>anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="162"/>
        <source>Choose a permission.</source>
        <translation>请选择权限。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="162"/>
        <location filename="../ui/platform/platformwhocanview.cpp" line="183"/>
        <source>Open a platform file first.</source>
        <translation>请先打开平台文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="171"/>
        <source>%n person(s) hold “%1” somewhere.</source>
        <translation>
            <numerusform>%n 个用户在某处拥有“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="172"/>
        <source>%n person(s) hold “%1” in %2.</source>
        <translation>
            <numerusform>%n 个用户在 %2 中拥有“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="183"/>
        <source>Choose a person.</source>
        <translation>请选择用户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="191"/>
        <source>%n permission(s) for %1.</source>
        <translation>
            <numerusform>%1 的 %n 项权限。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="215"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="222"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="223"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="238"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformWidgets</name>
    <message>
        <location filename="../ui/platform/platformwidgets.cpp" line="56"/>
        <source>machine user</source>
        <translation>机器用户</translation>
    </message>
</context>
<context>
    <name>roledesk::PolicyDriftPanel</name>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="24"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="25"/>
        <source>extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="26"/>
        <source>different</source>
        <translation>不同</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="38"/>
        <source>&amp;Add converging plan to pending changes</source>
        <translation>将收敛计划添加到待处理更改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="39"/>
        <source>C&amp;lear comparison</source>
        <translation>清除比较结果(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="48"/>
        <source>Differences from the policy file</source>
        <translation>与策略文件的差异</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="69"/>
        <source>Converge to %1</source>
        <translation>收敛到 %1</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="89"/>
        <source>Could not read the policy: %1</source>
        <translation>无法读取策略：%1</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="116"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="118"/>
        <source>%1: no drift, the database matches the policy.</source>
        <translation>%1：无偏差，数据库与策略一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policydriftpanel.cpp" line="119"/>
        <source>%1: %2 missing, %3 extra, %4 different; the converging plan has %n change(s).</source>
        <translation>
            <numerusform>%1：缺失 %2 项，多余 %3 项，不同 %4 项；收敛计划包含 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="133"/>
        <source>Compare with a policy file (Policy ▸ Compare with policy file…) to see the drift.</source>
        <translation>与策略文件比较（策略 ▸ 与策略文件比较…）即可查看偏差。</translation>
    </message>
</context>
<context>
    <name>roledesk::PolicyFile</name>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="47"/>
        <source>%1 expected</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="54"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的键“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="61"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="65"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>“%1”必须是单个值</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="69"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="84"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="93"/>
        <source>&quot;all&quot; or a list of names</source>
        <translation>&quot;all&quot; 或名称列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="97"/>
        <location filename="../src/policy/policyfile.cpp" line="316"/>
        <source>a name expected</source>
        <translation>应为名称</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="115"/>
        <source>a list of privileges</source>
        <translation>权限列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="128"/>
        <source>unknown privilege %1 for a %2</source>
        <translation>%2 的未知权限 %1</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="129"/>
        <source>unknown privilege %1</source>
        <translation>未知的权限 %1</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="131"/>
        <source>privilege %1 does not apply to a %2</source>
        <translation>权限 %1 不适用于 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="156"/>
        <source>a mapping with version, scope, roles, grants</source>
        <translation>包含 version、scope、roles、grants 的映射</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="165"/>
        <source>unsupported version %1 (this RoleDesk reads version 1)</source>
        <translation>不支持的版本 %1（此 RoleDesk 只能读取版本 1）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="169"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="179"/>
        <source>a list of roles</source>
        <translation>角色列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="181"/>
        <source>a role (a mapping with name)</source>
        <translation>角色（包含 name 的映射）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="202"/>
        <source>connection_limit must be a whole number (-1: no limit)</source>
        <translation>connection_limit 必须是整数（-1：无限制）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="212"/>
        <source>valid_until must be &quot;infinity&quot; or a time such as 2030-01-31T00:00:00Z</source>
        <translation>valid_until 必须是 &quot;infinity&quot; 或类似 2030-01-31T00:00:00Z 的时间</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="218"/>
        <source>a list of memberships</source>
        <translation>成员关系列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="222"/>
        <source>a role name or a mapping with role and admin</source>
        <translation>角色名，或包含 role 和 admin 的映射</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="234"/>
        <source>a list of grants</source>
        <translation>授权列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="236"/>
        <source>a grant (a mapping)</source>
        <translation>授权（映射）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="246"/>
        <source>unknown object type %1</source>
        <translation>未知的对象类型 %1</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="259"/>
        <source>a list of default privileges</source>
        <translation>默认权限列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="261"/>
        <source>a default privilege (a mapping)</source>
        <translation>默认权限（映射）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="275"/>
        <source>unknown object class %1 (expected tables, sequences, functions, types or schemas)</source>
        <translation>未知的对象类别 %1（应为 tables、sequences、functions、types 或 schemas）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="290"/>
        <source>a mapping with model and members</source>
        <translation>包含 model 和 members 的映射</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="304"/>
        <source>unknown model %1 (expected slpm, spm or standard)</source>
        <translation>未知模型 %1（应为 slpm、spm 或 standard）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="307"/>
        <source>a mapping of group names to lists of members</source>
        <translation>组名到成员列表的映射</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="313"/>
        <source>a list of member names</source>
        <translation>成员名称列表</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="474"/>
        <location filename="../src/policy/policyfile.cpp" line="526"/>
        <source>%1: unknown file type (expected .yaml, .yml or .json)</source>
        <translation>%1：未知的文件类型（应为 .yaml、.yml 或 .json）</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="477"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="488"/>
        <location filename="../src/policy/policyfile.cpp" line="495"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="529"/>
        <location filename="../src/policy/policyfile.cpp" line="532"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::PrivilegeMatrixModel</name>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="181"/>
        <source>Pending: grant %1 with grant option</source>
        <translation>待处理：带授权选项授予 %1</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="181"/>
        <source>Pending: grant %1</source>
        <translation>待处理：授予 %1</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="187"/>
        <source>Pending: revoke the grant option for %1</source>
        <translation>待处理：撤销 %1 的授权选项</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="187"/>
        <source>Pending: revoke %1</source>
        <translation>待处理：撤销 %1</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="190"/>
        <source>(granted by %1)</source>
        <translation>（由 %1 授予）</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="270"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="271"/>
        <source>schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="272"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="273"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="274"/>
        <source>materialized view</source>
        <translation>物化视图</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="275"/>
        <source>sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="276"/>
        <source>foreign table</source>
        <translation>外部表</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="277"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="278"/>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="279"/>
        <source>procedure</source>
        <translation>过程</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="280"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="281"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="289"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="434"/>
        <source>superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="290"/>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="291"/>
        <source>direct grant</source>
        <translation>直接授予</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="292"/>
        <source>inherited</source>
        <translation>继承</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="293"/>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="294"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="435"/>
        <source>predefined role</source>
        <translation>预定义角色</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="329"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 对 %2（%3）</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="334"/>
        <source>No privileges.</source>
        <translation>无权限。</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="349"/>
        <source> (grantable)</source>
        <translation>（可授予）</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="411"/>
        <source>PUBLIC — every role, present and future</source>
        <translation>PUBLIC — 现有及将来的所有角色</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="436"/>
        <source>login role (user)</source>
        <translation>登录角色（用户）</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="437"/>
        <source>group role (no login)</source>
        <translation>组角色（不可登录）</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="440"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="462"/>
        <source>%1 (%2), owner %3</source>
        <translation>%1（%2），所有者 %3</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportCommand</name>
    <message>
        <location filename="../app/cli/clireport.cpp" line="53"/>
        <source>Write the audit report of one database: a cover with the database identity, the time and a SHA-256 of the content; a summary with charts; rights by role and schema; roles, grant options, memberships, schema groups, model access, platform roles, separation-of-duties violations and the changes since a saved audit. HTML is self-contained; PDF is A4. The report is in the language of LANG.</source>
        <translation>写出一个数据库的审计报告：封面包含数据库标识、时间和内容的 SHA-256；带图表的摘要；按角色和模式的权限；角色、授权选项、成员关系、模式组、模型访问、平台角色、职责分离违规，以及自已保存的审计以来的更改。HTML 为自包含文件；PDF 为 A4 格式。报告使用 LANG 所指定的语言。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="60"/>
        <source>html (default), pdf, or json (the canonical data the hash covers).</source>
        <translation>html（默认）、pdf 或 json（哈希所涵盖的规范数据）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="63"/>
        <source>The report file (required; replaced only when complete).</source>
        <translation>报告文件（必需；仅在完成后才替换）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="65"/>
        <source>Also write the canonical JSON the cover&apos;s SHA-256 is of, to check it with sha256sum.</source>
        <translation>同时写出封面 SHA-256 所针对的规范 JSON，以便用 sha256sum 校验。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="68"/>
        <source>The platform file (YAML): platform roles, people per role, and whose logins are whose.</source>
        <translation>平台文件（YAML）：平台角色、每个角色的用户，以及各登录名分别属于谁。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="71"/>
        <source>Separation-of-duties rules (YAML); default: the shipped rules.</source>
        <translation>职责分离规则（YAML）；默认：随附的规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="73"/>
        <source>A saved audit (audit --save) to show the changes since.</source>
        <translation>已保存的审计（audit --save），用于显示自其以来的更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="75"/>
        <source>Show progress on standard error even when it is not a terminal.</source>
        <translation>即使标准错误不是终端，也在其上显示进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="76"/>
        <source>Never show progress.</source>
        <translation>从不显示进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="83"/>
        <source>unknown format &quot;%1&quot; (expected html, pdf or json)</source>
        <translation>未知格式“%1”（应为 html、pdf 或 json）</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="85"/>
        <source>no output file given (--output FILE)</source>
        <translation>未指定输出文件（--output FILE）</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="123"/>
        <source>Reading the catalog</source>
        <translation>正在读取系统目录</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="164"/>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="177"/>
        <source>Wrote the report of %1 to %2 (SHA-256 %3)</source>
        <translation>已将 %1 的报告写入 %2（SHA-256 %3）</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportDialog</name>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="26"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="27"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="29"/>
        <location filename="../ui/audit/reportdialog.cpp" line="139"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="71"/>
        <source>Reading the rights…</source>
        <translation>正在读取权限…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="99"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="102"/>
        <location filename="../ui/audit/reportdialog.cpp" line="105"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="107"/>
        <source>Wrote %1.
Content SHA-256: %2</source>
        <translation>已写入 %1。
内容 SHA-256：%2</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="142"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="142"/>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportGatherer</name>
    <message>
        <location filename="../src/report/reportdata.cpp" line="228"/>
        <source>Counting the rights of every role</source>
        <translation>正在统计每个角色的权限</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="231"/>
        <location filename="../src/report/reportdata.cpp" line="365"/>
        <location filename="../src/report/reportdata.cpp" line="371"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="351"/>
        <source>Checking separation-of-duties rules</source>
        <translation>正在检查职责分离规则</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="361"/>
        <source>Comparing with the saved audit</source>
        <translation>正在与已保存的审计比较</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="381"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportOptionsDialog</name>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="26"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="48"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="50"/>
        <source>PDF (A4)</source>
        <translation>PDF（A4）</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="51"/>
        <source>HTML (one self-contained file)</source>
        <translation>HTML（单个自包含文件）</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="54"/>
        <source>none: the report says no saved audit was given</source>
        <translation>无：报告将注明未提供已保存的审计</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="56"/>
        <source>the shipped rules</source>
        <translation>随附的规则</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="61"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="62"/>
        <source>Changes &amp;since the saved audit:</source>
        <translation>自已保存审计以来的变更(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="63"/>
        <source>Saved audit</source>
        <translation>已保存的审计</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="63"/>
        <source>Saved audits (*.json);;All files (*)</source>
        <translation>已保存的审计 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="64"/>
        <source>Separation-of-duties &amp;rules:</source>
        <translation>职责分离规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="65"/>
        <source>Rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="65"/>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation>规则 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="67"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="125"/>
        <source>%1 is an audit of database %2, not of %3.</source>
        <translation>%1 是数据库 %2 的审计，而不是 %3 的审计。</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportWriter</name>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="66"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="118"/>
        <source>Shown: %1 of %2. The report&apos;s data file (--data) holds every one.</source>
        <translation>显示：%1 / %2。报告的数据文件（--data）包含全部条目。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="166"/>
        <source>Who may do what in database %1</source>
        <translation>数据库 %1 中谁可以做什么</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="169"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="170"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="171"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="172"/>
        <source>System identifier</source>
        <translation>系统标识符</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="172"/>
        <source>(not readable by this login)</source>
        <translation>（此登录名无法读取）</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="174"/>
        <source>Catalog read at</source>
        <translation>系统目录读取时间</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="175"/>
        <source>Report made at</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="176"/>
        <source>Made by</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="177"/>
        <source>Separation-of-duties rules</source>
        <translation>职责分离规则</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="178"/>
        <source>the shipped defaults</source>
        <translation>随附的默认规则</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="184"/>
        <source>Content SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="188"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="190"/>
        <location filename="../src/report/reporthtml.cpp" line="209"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="191"/>
        <location filename="../src/report/reporthtml.cpp" line="246"/>
        <source>Rights by role and schema</source>
        <translation>按角色和模式的权限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="192"/>
        <location filename="../src/report/reporthtml.cpp" line="278"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="193"/>
        <location filename="../src/report/reporthtml.cpp" line="226"/>
        <location filename="../src/report/reporthtml.cpp" line="312"/>
        <source>Grant options held on others&apos; objects</source>
        <translation>在他人对象上持有的授权选项</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="194"/>
        <location filename="../src/report/reporthtml.cpp" line="227"/>
        <location filename="../src/report/reporthtml.cpp" line="327"/>
        <source>Memberships</source>
        <translation>成员关系</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="195"/>
        <location filename="../src/report/reporthtml.cpp" line="228"/>
        <location filename="../src/report/reporthtml.cpp" line="336"/>
        <source>Schema groups</source>
        <translation>模式组</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="196"/>
        <location filename="../src/report/reporthtml.cpp" line="345"/>
        <source>Model access</source>
        <translation>模型访问</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="197"/>
        <location filename="../src/report/reporthtml.cpp" line="365"/>
        <source>Platform roles</source>
        <translation>平台角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="198"/>
        <location filename="../src/report/reporthtml.cpp" line="379"/>
        <source>Separation of duties</source>
        <translation>职责分离</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="199"/>
        <location filename="../src/report/reporthtml.cpp" line="233"/>
        <location filename="../src/report/reporthtml.cpp" line="398"/>
        <source>Changes since the saved audit</source>
        <translation>自已保存的审计以来的更改</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="220"/>
        <source>Roles (built-in pg_* roles aside)</source>
        <translation>角色（不含内置 pg_* 角色）</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="221"/>
        <source>Roles that may log in</source>
        <translation>可以登录的角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="222"/>
        <source>Superusers</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="223"/>
        <source>Roles with CREATEROLE (not superuser)</source>
        <translation>具有 CREATEROLE 的角色（非超级用户）</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="224"/>
        <source>Objects that carry privileges</source>
        <translation>带有权限的对象</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="225"/>
        <source>Granted rights (role, object, privilege)</source>
        <translation>已授予的权限（角色、对象、权限）</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="229"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="230"/>
        <source>Separation-of-duties violations</source>
        <translation>职责分离违规</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="234"/>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="234"/>
        <location filename="../src/report/reporthtml.cpp" line="409"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="247"/>
        <source>How many rights (object and privilege) each role holds in each schema, through any path: its own grants, inherited roles, PUBLIC, ownership, superuser. The %1 roles with the most rights and the %2 schemas with the most rights are shown; the last row and column sum the rest. The database column holds the database itself.</source>
        <translation>每个角色在每个模式中持有的权限（对象和权限）数量，不论路径：自身的授权、继承的角色、PUBLIC、所有权、超级用户。显示权限最多的 %1 个角色和权限最多的 %2 个模式；最后一行和最后一列为其余部分的合计。数据库列为数据库本身的权限。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="253"/>
        <source>No role holds any right.</source>
        <translation>没有角色持有任何权限。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="254"/>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="256"/>
        <source>(database)</source>
        <translation>（数据库）</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="256"/>
        <source>other schemas</source>
        <translation>其他模式</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/reporthtml.cpp" line="268"/>
        <source>%n other role(s)</source>
        <translation>
            <numerusform>其他 %n 个角色</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="283"/>
        <source>Superusers and roles that may create roles</source>
        <translation>超级用户和可创建角色的角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="285"/>
        <location filename="../src/report/reporthtml.cpp" line="316"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>Superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>CREATEROLE</source>
        <translation>CREATEROLE</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="289"/>
        <source>Every role</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="290"/>
        <source>The roles with the most rights first; built-in pg_* roles are left out. Grant options count those a role holds on objects it does not own.</source>
        <translation>按权限从多到少排列角色；内置的 pg_* 角色不包括在内。授权选项统计角色在非自身所有的对象上持有的授权选项。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="306"/>
        <source>Rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="306"/>
        <source>Grant options</source>
        <translation>授权选项</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="313"/>
        <source>A grant option lets a role hand the right on. Owners and superusers hold them by nature and are left out; these were given.</source>
        <translation>授权选项使角色可以将该权限再授予他人。所有者和超级用户天然持有授权选项，因此不包括在内；此处列出的是被授予的授权选项。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="321"/>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Through</source>
        <translation>途径</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="329"/>
        <source>No role is a member of another.</source>
        <translation>没有角色是其他角色的成员。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <location filename="../src/report/reporthtml.cpp" line="339"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="338"/>
        <source>This database has no schema groups.</source>
        <translation>此数据库没有模式组。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="339"/>
        <source>Level and schema</source>
        <translation>级别和模式</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="347"/>
        <source>No model is imported in this database.</source>
        <translation>此数据库中未导入任何模型。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Roles that may use it</source>
        <translation>可使用的角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="353"/>
        <source>Logins among them</source>
        <translation>其中的登录名</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="356"/>
        <source>Model roles</source>
        <translation>模型角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="358"/>
        <source>Nobody holds a model role.</source>
        <translation>没有人持有模型角色。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <source>Model role</source>
        <translation>模型角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="367"/>
        <source>No platform file was given: platform roles are not part of this report.</source>
        <translation>未指定平台文件：平台角色不包含在此报告中。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="369"/>
        <source>Nobody holds a platform role.</source>
        <translation>没有用户持有平台角色。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Person</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="381"/>
        <source>No rule is broken.</source>
        <translation>没有违反任何规则。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="387"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="387"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="392"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="400"/>
        <source>No saved audit was given to compare with, so no changes are shown.</source>
        <translation>未提供用于比较的已保存审计，因此不显示变更。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="402"/>
        <source>Compared with the audit of %1 taken %2.</source>
        <translation>已与 %2 获取的 %1 的审计进行比较。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="405"/>
        <source>Nothing changed.</source>
        <translation>没有任何变更。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="409"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="435"/>
        <source>Rights gained</source>
        <translation>获得的权限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="435"/>
        <source>Rights lost</source>
        <translation>失去的权限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="436"/>
        <source>Grant options gained</source>
        <translation>获得的授权选项</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="436"/>
        <source>Grant options lost</source>
        <translation>失去的授权选项</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="437"/>
        <source>Memberships added</source>
        <translation>添加的成员关系</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="437"/>
        <source>Memberships removed</source>
        <translation>删除的成员关系</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="438"/>
        <source>Schema groups added</source>
        <translation>添加的模式组</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="438"/>
        <source>Schema groups removed</source>
        <translation>删除的模式组</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="439"/>
        <source>Model roles added</source>
        <translation>添加的模型角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="439"/>
        <source>Model roles removed</source>
        <translation>删除的模型角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="440"/>
        <source>Platform roles added</source>
        <translation>添加的平台角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="440"/>
        <source>Platform roles removed</source>
        <translation>删除的平台角色</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="448"/>
        <source>Access audit report</source>
        <translation>访问审计报告</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="453"/>
        <source>The SHA-256 covers the report&apos;s content as canonical JSON (compact, keys sorted): the database identity and catalog time, every count, list and violation text shown here, not the time the report was made. roledesk-cli report --data FILE writes those bytes; sha256sum FILE gives this value. Violation texts are in the report&apos;s language, so reports in two languages hash differently.</source>
        <translation>SHA-256 基于报告内容的规范化 JSON（紧凑格式，键已排序）计算：包括数据库标识和目录时间、此处显示的所有计数、列表和违规文本，但不包括报告的生成时间。roledesk-cli report --data FILE 会写出这些字节；sha256sum FILE 可得到此值。违规文本使用报告的语言，因此不同语言的报告哈希值不同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/reporthtml.cpp" line="466"/>
        <source>Rights per role (the %n with the most)</source>
        <translation>
            <numerusform>每个角色的权限（前 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="470"/>
        <source>People per platform role</source>
        <translation>每个平台角色的用户</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="471"/>
        <source>Models per owner</source>
        <translation>每个所有者的模型</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="472"/>
        <source>Violations by rule</source>
        <translation>按规则的违规</translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="71"/>
        <source>the PDF could not be started: %1</source>
        <translation>无法开始生成 PDF：%1</translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="87"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="99"/>
        <source>the PDF could not be finished: %1</source>
        <translation>无法完成 PDF：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::RoleDeskApp</name>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="59"/>
        <source>RoleDesk: who can do what in a PostgreSQL database, and why.

Without options the window opens with the Connect dialog. The window&apos;s size and panels are remembered between runs (not in --screenshot mode); profiles live in the local workspace (%1).</source>
        <translation>RoleDesk：PostgreSQL 数据库中谁可以做什么，以及原因。

不带选项启动时，窗口会打开连接对话框。窗口的大小和面板会在下次运行时保留（--screenshot 模式除外）；连接配置保存在本地工作区（%1）中。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="66"/>
        <source>Connect at start to DSN (a libpq URI or key=value string), without the dialog.</source>
        <translation>启动时不经对话框直接连接到 DSN（libpq URI 或 key=value 字符串）。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="67"/>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="69"/>
        <source>Once the first snapshot is shown, save the window to FILE (PNG) and quit.</source>
        <translation>显示第一个快照后，将窗口保存为 FILE（PNG）并退出。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="70"/>
        <location filename="../app/roledesk/roledeskapp.cpp" line="96"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="72"/>
        <source>Select the matrix cell of ROLE and OBJECT (name or schema.name) once loaded.</source>
        <translation>加载后，选中 ROLE 与 OBJECT（名称或 schema.name）对应的矩阵单元格。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="73"/>
        <source>ROLE,OBJECT</source>
        <translation>ROLE,OBJECT</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="87"/>
        <source>Save the --dsn connection as the connection profile NAME (replacing one of that name; the password, if any, is left out) and exit without opening the window.</source>
        <translation>将 --dsn 连接保存为连接配置 NAME（替换同名配置；不保存密码），然后不打开窗口直接退出。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="89"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="91"/>
        <source>Use this interface language for this run, without remembering it: en, ja or zh_CN (View ▸ Language changes it for good).</source>
        <translation>仅在本次运行中使用此界面语言（不保存）：en、ja 或 zh_CN（要永久更改，请使用 视图 ▸ 语言）。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="93"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="95"/>
        <source>Open this platform file (YAML) on the Platform page at start; no database needed for it.</source>
        <translation>启动时在“平台”页面打开此平台文件（YAML）；无需数据库。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="103"/>
        <source>unknown language &quot;%1&quot; for --language; valid languages: en, ja, zh_CN</source>
        <translation>--language 的语言“%1”未知；有效的语言：en, ja, zh_CN</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="123"/>
        <source>unknown page &quot;%1&quot; for --page; valid pages: %2</source>
        <translation>--page 的页面“%1”未知；有效的页面：%2</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="195"/>
        <source>The language changes when the running task ends.</source>
        <translation>正在运行的任务结束后将切换语言。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="211"/>
        <source>--save-profile needs --dsn</source>
        <translation>--save-profile 需要 --dsn</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="221"/>
        <source>Saved the connection profile &quot;%1&quot; (%2) in %3.</source>
        <translation>已将连接配置“%1”（%2）保存到 %3。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="83"/>
        <source>Once loaded, add a pending edit: grant|revoke:ROLE,OBJECT,PRIVILEGE[+PRIVILEGE...] (ROLE PUBLIC for PUBLIC; repeatable), e.g. for screenshots.</source>
        <translation>加载后添加一项待处理编辑：grant|revoke:ROLE,OBJECT,PRIVILEGE[+PRIVILEGE...]（ROLE 为 PUBLIC 时表示 PUBLIC；可重复指定），例如用于截图。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="74"/>
        <source>Show this page: privileges, memberships, defaults (default privileges), models (the in-database models; --select MODEL selects one), modelaccess (who holds which model role and may use which model), inference (a checked server, test inferences and an access test on --select MODEL[,ROLE...]), groups (the schema groups of SLPM / SPM: users by admin and schema, and each group&apos;s members), platform (platform roles of the --platform-file file; --select PERMISSION[,PERSON] shows the permission&apos;s holders and the person&apos;s roles), person (one person across every layer: --select PERSON[,all], a person of the --platform-file file or, without one, a login; all: every database of the server), lint (Check separation of duties, with the --platform-file file&apos;s people; --select LOGIN selects its first violation), or roledialog (the role dialog for the --select role).</source>
        <translation>显示此页面：privileges、memberships、defaults（默认权限）、models（数据库内的模型；--select MODEL 选择其中一个）、modelaccess（谁持有哪个模型角色以及可以使用哪个模型）、inference（已检查的服务器、测试推理以及对 --select MODEL[,ROLE...] 的访问测试）、groups（SLPM / SPM 的模式组：按管理员和模式划分的用户，以及每个组的成员）、platform（--platform-file 文件的平台角色；--select PERMISSION[,PERSON] 显示该权限的持有者和该用户的角色）、person（跨所有层的单个用户：--select PERSON[,all]，为 --platform-file 文件中的用户，若无该文件则为登录名；all：服务器上的所有数据库）、lint（使用 --platform-file 文件中的用户检查职责分离；--select LOGIN 选择其第一个违规）或 roledialog（--select 角色的角色对话框）。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="85"/>
        <source>EDIT</source>
        <translation>EDIT</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="81"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
</context>
<context>
    <name>roledesk::RoleDialog</name>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="43"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="43"/>
        <source>Admin option</source>
        <translation>ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="47"/>
        <source>Groups the role is a member of</source>
        <translation>该角色所属的组</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="90"/>
        <source>Create role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="93"/>
        <source>N&amp;o password</source>
        <translation>无密码(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="98"/>
        <source>Alter role %1</source>
        <translation>修改角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="160"/>
        <source>There is no role named “%1”.</source>
        <translation>不存在名为“%1”的角色。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="164"/>
        <source>A role cannot be a member of itself.</source>
        <translation>角色不能成为其自身的成员。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="208"/>
        <source>Enter a name for the role.</source>
        <translation>请输入角色名称。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="210"/>
        <source>A role name holds at most 63 bytes in UTF-8; “%1” has %2.</source>
        <translation>角色名称在 UTF-8 下最多 63 字节；“%1”有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="212"/>
        <source>Names starting with “pg_” are reserved for PostgreSQL&apos;s own roles.</source>
        <translation>以“pg_”开头的名称保留给 PostgreSQL 自身的角色。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="214"/>
        <source>“%1” is a reserved name.</source>
        <translation>“%1”是保留名称。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="218"/>
        <source>A role named “%1” already exists.</source>
        <translation>名为“%1”的角色已存在。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="230"/>
        <source>Enter the new password, or choose to keep it.</source>
        <translation>请输入新密码，或选择保留当前密码。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="232"/>
        <source>The password and its confirmation differ.</source>
        <translation>密码与确认密码不一致。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="263"/>
        <source>A password can be set only while connected: the verifier is computed with the server&apos;s settings.</source>
        <translation>只有在连接状态下才能设置密码：验证器需要根据服务器的设置计算。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="269"/>
        <source>Computing the password verifier…</source>
        <translation>正在计算密码验证器…</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="280"/>
        <source>Could not compute the password verifier: %1</source>
        <translation>无法计算密码验证器：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::SavedAudit</name>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="62"/>
        <source>system identifier unknown</source>
        <translation>系统标识符未知</translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="63"/>
        <source>system identifier %1</source>
        <translation>系统标识符 %1</translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="64"/>
        <source>database %1 on %2 (%3)</source>
        <translation>%2 上的数据库 %1（%3）</translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="201"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>roledesk::SavedAuditReader</name>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="123"/>
        <source>the saved audit is damaged at line %1: %2</source>
        <translation>已保存的审计在第 %1 行损坏：%2</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="141"/>
        <source>could not open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="142"/>
        <source>this is not a RoleDesk saved audit</source>
        <translation>这不是 RoleDesk 的已保存审计</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="149"/>
        <location filename="../src/audit/savedauditreader.cpp" line="249"/>
        <location filename="../src/audit/savedauditreader.cpp" line="258"/>
        <location filename="../src/audit/savedauditreader.cpp" line="267"/>
        <source>the saved audit is incomplete: the file ends at line %1</source>
        <translation>已保存的审计不完整：文件在第 %1 行结束</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="168"/>
        <source>the saved audit has format version %1; this RoleDesk reads version %2</source>
        <translation>已保存的审计的格式版本为 %1；此 RoleDesk 读取的是版本 %2</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="172"/>
        <source>the database identity is missing</source>
        <translation>缺少数据库标识信息</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="182"/>
        <source>the memberships, schema groups, model roles or platform roles are malformed</source>
        <translation>成员关系、模式组、模型角色或平台角色的格式不正确</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="247"/>
        <location filename="../src/audit/savedauditreader.cpp" line="271"/>
        <source>a right was expected</source>
        <translation>此处应为权限</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="254"/>
        <source>the count of rights is missing</source>
        <translation>缺少权限数量</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="256"/>
        <source>the saved audit is damaged: it says it holds %1 rights but holds %2</source>
        <translation>已保存的审计已损坏：声明包含 %1 项权限，但实际包含 %2 项</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="275"/>
        <source>the rights are out of order</source>
        <translation>权限顺序不正确</translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupCatalog</name>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="82"/>
        <source>Cannot tell which permission model is in force (%1).</source>
        <translation>无法确定当前生效的权限模型（%1）。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="96"/>
        <source>Cannot read the state of slpm_ce (%1).</source>
        <translation>无法读取 slpm_ce 的状态（%1）。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="104"/>
        <source>Cannot read the groups of slpm_ce (%1).</source>
        <translation>无法读取 slpm_ce 的组（%1）。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="115"/>
        <source>Cannot list the objects still to migrate (%1).</source>
        <translation>无法列出仍需迁移的对象（%1）。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="134"/>
        <source>Cannot read the groups (%1).</source>
        <translation>无法读取组（%1）。</translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupMatrixModel</name>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="65"/>
        <source>Schema groups — not connected</source>
        <translation>模式组 — 未连接</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="69"/>
        <source>Standard PostgreSQL permissions: no schema groups (slpm_ce %1 installed, not enabled)</source>
        <translation>标准 PostgreSQL 权限：无模式组（已安装 slpm_ce %1，未启用）</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="71"/>
        <source>Standard PostgreSQL permissions: no schema groups</source>
        <translation>标准 PostgreSQL 权限：无模式组</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="74"/>
        <source>slpm_ce %1</source>
        <translation>slpm_ce %1</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="75"/>
        <source>Hologres</source>
        <translation>Hologres</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="76"/>
        <source>Schema groups — %1 (%2)</source>
        <translation>模式组 — %1（%2）</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="78"/>
        <source>— not fully migrated</source>
        <translation>— 尚未完全迁移</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="109"/>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="110"/>
        <source>writer</source>
        <translation>读写者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="111"/>
        <source>developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="112"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="142"/>
        <source>%1 is %2 in %3 (a direct member of the group).</source>
        <translation>%1 在 %3 中是%2（该组的直接成员）。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="144"/>
        <source>%1 holds %2 in %3 through another role (via %4).</source>
        <translation>%1 通过其他角色（经由 %4）在 %3 中拥有%2级别。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="147"/>
        <source>%1 is NOINHERIT: it uses the group&apos;s rights only after SET ROLE to the group.</source>
        <translation>%1 为 NOINHERIT：只有在 SET ROLE 到该组之后才能使用该组的权限。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="149"/>
        <source>%1 is a new login, created when the plan is applied.</source>
        <translation>%1 是新登录角色，将在应用计划时创建。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="151"/>
        <source>%1 is in no group of %2.</source>
        <translation>%1 不在 %2 的任何组中。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="153"/>
        <source>%1 is a superuser and has every right whatever its groups.</source>
        <translation>%1 是超级用户，无论属于哪些组，都拥有全部权限。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="155"/>
        <source>Pending: no group here.</source>
        <translation>待处理：此处无组。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="156"/>
        <source>Pending: %1.</source>
        <translation>待处理：%1。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="185"/>
        <source>superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="185"/>
        <source>%1 (superuser)</source>
        <translation>%1（超级用户）</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="187"/>
        <source>(%1)</source>
        <comment>a level held through another role</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="189"/>
        <source>%1 (SET ROLE)</source>
        <comment>a NOINHERIT member: the level&apos;s rights after SET ROLE only</comment>
        <translation>%1 (SET ROLE)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="224"/>
        <source>%1 (new)</source>
        <comment>a login the pending plan creates</comment>
        <translation>%1 (新建)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="227"/>
        <source>%1: a new login, created when the plan is applied</source>
        <translation>%1：新登录角色（应用计划时创建）</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="237"/>
        <source>%1: can log in</source>
        <translation>%1：可以登录</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="237"/>
        <source>%1: cannot log in</source>
        <translation>%1：无法登录</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="247"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="248"/>
        <source>All schemas</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="251"/>
        <source>The database&apos;s admin group: owns the database and every schema and manages every group&apos;s members.</source>
        <translation>数据库的 admin 组：拥有数据库和每个模式，并管理每个组的成员。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="253"/>
        <source>The database&apos;s developer, writer and viewer groups: their rights cover every schema.</source>
        <translation>数据库的 developer、writer 和 viewer 组：其权限覆盖每个模式。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="254"/>
        <source>Schema %1: its developer, writer and viewer groups.</source>
        <translation>模式 %1：其 developer、writer 和 viewer 组。</translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupsPage</name>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="56"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="452"/>
        <source>(no group)</source>
        <translation>（无组）</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="126"/>
        <source>Schema group matrix</source>
        <translation>模式组矩阵</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="139"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="198"/>
        <source>Connect to a database to see its schema groups (Ctrl+O).</source>
        <translation>连接到数据库以查看其模式组 (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="179"/>
        <source>F2, Enter or double click: choose a level. Keys 0 none, 1 viewer, 2 writer, 3 developer; A toggles admin. Italic grey: held only through another role. Drag users onto a group to add them.</source>
        <translation>F2、Enter 或双击：选择级别。按键 0 无，1 查看者 (viewer)，2 读写者 (writer)，3 开发者 (developer)；A 切换管理员 (admin)。灰色斜体：仅通过其他角色拥有。将用户拖到组上即可添加。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="195"/>
        <source>This database uses PostgreSQL&apos;s own permissions: it has no schema groups. Enable SLPM or SPM (slpm_ce on community PostgreSQL) to manage them here.</source>
        <translation>此数据库使用 PostgreSQL 自身的权限：它没有模式组。启用 SLPM 或 SPM（在社区版 PostgreSQL 上使用 slpm_ce）后即可在此管理。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="235"/>
        <source>&amp;Users:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="238"/>
        <source>Filter users by name</source>
        <translation>按名称筛选用户</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="248"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="300"/>
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>用户 %1 / %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="258"/>
        <source>Groups and &amp;members:</source>
        <translation>组和成员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="261"/>
        <source>Groups and their direct members</source>
        <translation>组及其直接成员</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="265"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="267"/>
        <source>Create a login user, optionally straight into a group (slpm_create_user).</source>
        <translation>创建登录用户，可选择直接加入某个组（slpm_create_user）。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="269"/>
        <source>Add selected users &amp;to group</source>
        <translation>将所选用户添加到组(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="271"/>
        <source>Add the users selected in the matrix to the group selected here (as dragging them does).</source>
        <translation>将在矩阵中选择的用户添加到此处所选的组（与拖动它们的效果相同）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="290"/>
        <source>%n object(s) not yet handed to their schema&apos;s developer group (migrate).</source>
        <translation>
            <numerusform>%n 个对象尚未移交给其所在模式的 developer 组（migrate）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="293"/>
        <source>%n group(s) belong to schemas that no longer exist.</source>
        <translation>
            <numerusform>%n 个组所属的模式已不存在。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="354"/>
        <source>Admin is set in the Admin column.</source>
        <translation>管理员在“管理员”列中设置。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="355"/>
        <source>The Admin column takes admin or none.</source>
        <translation>“管理员”列只能设为管理员或无。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="362"/>
        <source>no group</source>
        <translation>无组</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="363"/>
        <source>%1 in %2 for %3</source>
        <translation>将 %3 在 %2 中设为%1</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="387"/>
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="390"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="432"/>
        <source>There is no group named %1.</source>
        <translation>没有名为 %1 的组。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="398"/>
        <source>Choose a group in the member list first.</source>
        <translation>请先在成员列表中选择一个组。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="411"/>
        <source>Select users in the matrix first.</source>
        <translation>请先在矩阵中选择用户。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="423"/>
        <source>This database has no schema-group model in force: create users on the Memberships page.</source>
        <translation>此数据库没有生效的模式组模型：请在“成员关系”页面上创建用户。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="436"/>
        <source>New user %1</source>
        <translation>新建用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="436"/>
        <source>New user %1 in %2</source>
        <translation>在 %2 中新建用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="446"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="462"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="463"/>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="464"/>
        <source>User names must not end in admin, developer, writer, viewer or all_users.</source>
        <translation>用户名不能以 admin、developer、writer、viewer 或 all_users 结尾。</translation>
    </message>
</context>
<context>
    <name>roledesk::ScratchAudit</name>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="254"/>
        <source>could not write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::SeparationOfDuties</name>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="53"/>
        <source>login %1</source>
        <translation>登录名 %1</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="54"/>
        <source>login %1 (%2)</source>
        <translation>登录名 %1（%2）</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="69"/>
        <source>%1 holds platform roles that should be held apart</source>
        <translation>%1 持有应当分离的平台角色</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="81"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="90"/>
        <source>%1 holds the model roles %2</source>
        <translation>%1 持有模型角色 %2</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="107"/>
        <source>database %1 belongs to project %2</source>
        <translation>数据库 %1 属于项目 %2</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="111"/>
        <source>%1 holds no platform role</source>
        <translation>%1 未持有任何平台角色</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="112"/>
        <source>platform roles of %1: %2</source>
        <translation>%1 的平台角色：%2</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="114"/>
        <source>%1 has rights in database %2, which no platform role of theirs covers (project %3)</source>
        <translation>%1 在数据库 %2 中拥有权限，但其任何平台角色都未涵盖该权限（项目 %3）</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="127"/>
        <source>%1 is a superuser</source>
        <translation>%1 是超级用户</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="128"/>
        <source>%1 has CREATEROLE</source>
        <translation>%1 拥有 CREATEROLE</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="129"/>
        <source>attribute SUPERUSER</source>
        <translation>属性 SUPERUSER</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="129"/>
        <source>attribute CREATEROLE</source>
        <translation>属性 CREATEROLE</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="149"/>
        <source>%1 is developer of a schema and only viewer of another</source>
        <translation>%1 是某个模式的 developer，而在另一个模式中仅为 viewer</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="166"/>
        <source>%1 is granted directly, and %2 already covers it</source>
        <translation>%1 是直接授予的，而 %2 已涵盖它</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="170"/>
        <source>%1 holds schema groups it does not need</source>
        <translation>%1 持有不需要的模式组</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="185"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="187"/>
        <source>%1 (manual)</source>
        <translation>%1（手动）</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="188"/>
        <source>%1 (rule %2)</source>
        <translation>%1（规则 %2）</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="189"/>
        <source>%1 (rule %2: %3)</source>
        <translation>%1（规则 %2：%3）</translation>
    </message>
</context>
<context>
    <name>roledesk::ServerRightsSweep</name>
    <message>
        <location filename="../ui/people/serverrightssweep.cpp" line="64"/>
        <source>Could not list the databases of the server: %1</source>
        <translation>无法列出服务器上的数据库：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::Session</name>
    <message>
        <location filename="../ui/window/session.cpp" line="144"/>
        <source>Clear pending changes</source>
        <translation>清空待处理更改</translation>
    </message>
    <message>
        <location filename="../ui/window/session.cpp" line="229"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1：预期为 %2，实际为 %3</translation>
    </message>
</context>
<context>
    <name>roledesk::SlpmInstallDialog</name>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="21"/>
        <source>Checking the server…</source>
        <translation>正在检查服务器…</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="23"/>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="24"/>
        <source>&amp;Save files…</source>
        <translation>保存文件(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="27"/>
        <source>Install slpm_ce</source>
        <translation>安装 slpm_ce</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="40"/>
        <source>slpm_ce gives community PostgreSQL the procedures of Hologres&apos; simple permission models: schema-level groups (SLPM: {db}.admin, {db}.{schema}.developer, writer, viewer) and database-level groups (SPM). Installing changes no right: the model stays off until it is enabled. This statement will run, in one transaction; the extension&apos;s script follows.</source>
        <translation>slpm_ce 为社区版 PostgreSQL 提供 Hologres 简单权限模型的过程：模式级的组（SLPM：{db}.admin、{db}.{schema}.developer、writer、viewer）和数据库级的组（SPM）。安装不会更改任何权限：在启用之前模型保持关闭。以下语句将在单个事务中运行，随后是扩展的脚本。</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="93"/>
        <source>Ready to install version %1 as %2.</source>
        <translation>已准备好以 %2 身份安装版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="107"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="126"/>
        <source>Installing failed, nothing was changed: %1</source>
        <translation>安装失败，未作任何更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="137"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="146"/>
        <source>Folder for the extension&apos;s files</source>
        <translation>扩展文件的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="151"/>
        <source>Saved slpm_ce.control and its script into %1. Copy them into the server&apos;s share/extension folder (pg_config --sharedir), then install.</source>
        <translation>已将 slpm_ce.control 及其脚本保存到 %1。请将它们复制到服务器的 share/extension 文件夹（pg_config --sharedir），然后安装。</translation>
    </message>
</context>
<context>
    <name>roledesk::SlpmSetup</name>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="17"/>
        <source>The setup query is missing from the application.</source>
        <translation>应用程序中缺少安装查询。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="22"/>
        <source>The current user is not in pg_roles.</source>
        <translation>当前用户不在 pg_roles 中。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="37"/>
        <source>Could not check the server: %1</source>
        <translation>无法检查服务器：%1</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="39"/>
        <source>This database already has the slpm_ce extension.</source>
        <translation>此数据库已有 slpm_ce 扩展。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="41"/>
        <source>Only a superuser can install slpm_ce; &quot;%1&quot; is not one. Ask a superuser to run the script below.</source>
        <translation>只有超级用户才能安装 slpm_ce；“%1”不是超级用户。请让超级用户运行下面的脚本。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="44"/>
        <source>A schema named slpm_ce exists but is not the extension&apos;s; rename or drop it first.</source>
        <translation>已存在名为 slpm_ce 的模式，但它不属于该扩展；请先重命名或删除它。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="46"/>
        <source>the server&apos;s share/extension folder</source>
        <translation>服务器的 share/extension 文件夹</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="48"/>
        <source>The server has no slpm_ce extension files. Save them with &quot;Save files…&quot; and copy them into %1 on the database server, then try again.</source>
        <translation>服务器上没有 slpm_ce 扩展文件。请用“保存文件…”保存它们，并复制到数据库服务器上的 %1，然后重试。</translation>
    </message>
</context>
<context>
    <name>roledesk::SnapshotLoader</name>
    <message>
        <location filename="../src/catalog/snapshotloader.cpp" line="64"/>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
</context>
<context>
    <name>roledesk::SqlInference</name>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="58"/>
        <source>Model &quot;%1&quot; answered as role %2: %3 values, norm %4, in %5 ms.</source>
        <translation>模型“%1”以角色 %2 身份作出响应：%3 个值，范数 %4，耗时 %5 毫秒。</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="64"/>
        <source>Could not connect to the database for the test inference:</source>
        <translation>无法为测试推理连接到数据库：</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="66"/>
        <source>Could not start the test inference:</source>
        <translation>无法开始测试推理：</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="69"/>
        <source>Cannot run as role %1: the connected user %2 is neither a member of %1 nor a superuser (SET ROLE needs one or the other).</source>
        <translation>无法以角色 %1 运行：已连接的用户 %2 既不是 %1 的成员，也不是超级用户（SET ROLE 需要满足其一）。</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="73"/>
        <source>Cannot run as role %1:</source>
        <translation>无法以角色 %1 运行：</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="76"/>
        <source>Permission denied: role %1 may not use model &quot;%2&quot; (function %3).</source>
        <translation>权限被拒绝：角色 %1 不能使用模型“%2”（函数 %3）。</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="80"/>
        <source>Role %1 may use model &quot;%2&quot;, but the inference failed:</source>
        <translation>角色 %1 可以使用模型“%2”，但推理失败：</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="82"/>
        <source>The call of %1 for model &quot;%2&quot; as role %3 failed:</source>
        <translation>以角色 %3 调用模型“%2”的 %1 失败：</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="85"/>
        <source>Function %1 of model &quot;%2&quot; returned an unusable result: %3</source>
        <translation>模型“%2”的函数 %1 返回了无法使用的结果：%3</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="169"/>
        <source>it returned NULL</source>
        <translation>返回了 NULL</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="175"/>
        <source>it returned an empty array</source>
        <translation>返回了空数组</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="194"/>
        <source>malformed array bounds</source>
        <translation>数组边界格式错误</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="199"/>
        <source>not an array: %1</source>
        <translation>不是数组：%1</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="212"/>
        <source>element %1 is NULL</source>
        <translation>元素 %1 为 NULL</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="219"/>
        <source>element %1 is %2, not a finite number</source>
        <translation>元素 %1 为 %2，不是有限数值</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="233"/>
        <location filename="../src/inference/sqlinference.cpp" line="239"/>
        <source>unbalanced braces</source>
        <translation>花括号不匹配</translation>
    </message>
</context>
<context>
    <name>roledesk::WriteFailure</name>
    <message>
        <location filename="../src/export/writefailure.cpp" line="20"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="22"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="24"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="30"/>
        <source>cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
</context>
<context>
    <name>roledesk::pg</name>
    <message>
        <location filename="../src/plan/applier.cpp" line="43"/>
        <source>Only superusers and members of the database&apos;s admin group (%1) may call %2; the applying role is neither, or the database has no schema-group procedures.</source>
        <translation>只有超级用户和数据库 admin 组（%1）的成员才能调用 %2；执行应用的角色两者都不是，或者该数据库没有模式组过程。</translation>
    </message>
</context>
<context>
    <name>roledesk::policygroups</name>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="95"/>
        <source>model standard has no groups to list members of</source>
        <translation>模型 standard 没有可列出成员的组</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="100"/>
        <source>a schema group without a name</source>
        <translation>没有名称的模式组</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="104"/>
        <source>group %1 is listed twice</source>
        <translation>组 %1 被列出了两次</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="109"/>
        <source>group %1: a member needs a role name</source>
        <translation>组 %1：成员需要角色名</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="111"/>
        <source>group %1 lists %2 twice</source>
        <translation>组 %1 两次列出了 %2</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="113"/>
        <source>group %1: the user name %2 is reserved (names must not end in admin, developer, writer, viewer or all_users)</source>
        <translation>组 %1：用户名 %2 是保留名称（名称不能以 admin、developer、writer、viewer 或 all_users 结尾）</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="116"/>
        <source>group %1: member %2 is outside the scope</source>
        <translation>组 %1：成员 %2 不在范围内</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="143"/>
        <source>database %1 is in the %2 model, the file wants %3 (not changed by plan or apply: run roledesk-cli groups enable, migrate or disable)</source>
        <translation>数据库 %1 使用 %2 模型，而文件要求 %3（plan 或 apply 不会更改它：请运行 roledesk-cli groups enable、migrate 或 disable）</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="153"/>
        <source>group %1 does not exist in database %2 (a schema without groups? run roledesk-cli groups migrate); its members are not planned</source>
        <translation>组 %1 在数据库 %2 中不存在（模式没有组？请运行 roledesk-cli groups migrate）；其成员未纳入计划</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="164"/>
        <source>%1 is not a member of group %2</source>
        <translation>%1 不是组 %2 的成员</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="170"/>
        <source>%1 is a member of group %2 beyond the file</source>
        <translation>%1 是组 %2 的成员，但文件中没有此项</translation>
    </message>
</context>
</TS>
