<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="14"/>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="20"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="26"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="48"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="58"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="68"/>
        <source>D&amp;elete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="80"/>
        <source>Profile na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="90"/>
        <source>Name under which Save keeps these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="100"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="106"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="116"/>
        <source>Host name, IP address or Unix socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="123"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="133"/>
        <source>5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="140"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="153"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="166"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="183"/>
        <source>Remember in the system ke&amp;ychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="190"/>
        <source>Connection st&amp;ring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="200"/>
        <source>Optional. A libpq URI (postgresql://user@host:5432/db), a key=value string or service=name. The fields above override it where they are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="203"/>
        <source>postgresql://… , host=… dbname=… or service=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="213"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="219"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="232"/>
        <source>Root CA cert&amp;ificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="247"/>
        <location filename="../ui/connectiondialog.ui" line="271"/>
        <location filename="../ui/connectiondialog.ui" line="295"/>
        <location filename="../ui/connectiondialog.ui" line="319"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="256"/>
        <source>Client certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="280"/>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="304"/>
        <source>Revocation &amp;list (CRL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="333"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="109"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="111"/>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="113"/>
        <source>Certificates are set but the SSL mode is &quot;disable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="118"/>
        <source>The connection string is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/store/profilestore.cpp" line="50"/>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="64"/>
        <source>Cannot read the saved connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="97"/>
        <source>Cannot read the connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="110"/>
        <location filename="../src/store/profilestore.cpp" line="160"/>
        <source>A saved connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="114"/>
        <source>The connection string contains a password. Passwords are never saved with a connection; remove it from the string and use the password field (optionally kept in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="136"/>
        <source>Cannot save the connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="149"/>
        <source>Cannot delete the connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="151"/>
        <location filename="../src/store/profilestore.cpp" line="163"/>
        <location filename="../src/store/profilestore.cpp" line="175"/>
        <source>There is no saved connection called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="165"/>
        <source>A saved connection called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="173"/>
        <source>Cannot rename the connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/store/workspace.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="89"/>
        <source>The SQLite driver for Qt is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="93"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="146"/>
        <source>Cannot prepare the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="150"/>
        <source>The workspace %1 was written by a newer version of RoleDesk (schema %2, this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="160"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="167"/>
        <location filename="../src/store/workspace.cpp" line="177"/>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::CatalogReader</name>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="47"/>
        <source>databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="48"/>
        <source>schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="49"/>
        <source>tables, views and sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="50"/>
        <source>functions and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="51"/>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="52"/>
        <source>column privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="91"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="97"/>
        <source>Internal error: the catalog query %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="105"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="128"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="138"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="164"/>
        <source>memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="208"/>
        <source>default privileges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="27"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="30"/>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="32"/>
        <source>disable: never use SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="33"/>
        <source>allow: SSL only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="34"/>
        <source>prefer: SSL when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="35"/>
        <source>require: always SSL, no certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="36"/>
        <source>verify-ca: SSL, server certificate signed by the root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>verify-full: SSL, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>Choose the root certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="42"/>
        <source>Choose the client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="43"/>
        <source>Choose the client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>Choose the certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="47"/>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="56"/>
        <source>Certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>Revocation lists (*.crl *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="79"/>
        <source>The saved password could not be read: %1
Please type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>The password could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="160"/>
        <source>(unsaved connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="165"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="187"/>
        <source>The saved connection &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="205"/>
        <source>Type a profile name to save these settings under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="215"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="228"/>
        <source>Delete saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="229"/>
        <source>Delete the saved connection &quot;%1&quot;? The fields stay filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="275"/>
        <source>Connecting…</source>
        <translation type="unfinished">正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="275"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="294"/>
        <source>Connected to PostgreSQL %1 as %2, database %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="323"/>
        <source>Keep the password in the system keychain under this profile&apos;s name. It is never written to RoleDesk&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="327"/>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="331"/>
        <source>No system keychain is available (for example no secret service is running), so the password will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="376"/>
        <source>the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="376"/>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="380"/>
        <source>Wrong password: the server rejected the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="383"/>
        <source>A password is required for %1. Type it in the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="386"/>
        <source>Connection refused: no server is listening on that host and port, or a firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="390"/>
        <source>No server is running on that Unix socket folder and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="393"/>
        <source>Unknown host: the host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="396"/>
        <source>The server did not answer in time (unreachable host or blocked port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="399"/>
        <source>Unknown database: it does not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="402"/>
        <source>Unknown user: no such role exists on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="405"/>
        <source>The server does not allow this user to connect from here (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="408"/>
        <source>The SSL connection failed; check the SSL mode and certificate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="411"/>
        <source>The connection settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="415"/>
        <source>Could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="420"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="422"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LineagePanel</name>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="51"/>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="52"/>
        <source>Select a cell of the privilege matrix to see where each privilege comes from.</source>
        <translation>选择权限矩阵中的单元格，查看每项权限的来源。</translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="67"/>
        <source>%1 is a superuser: every check is bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="70"/>
        <source>granted to PUBLIC (every role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="71"/>
        <source>granted to PUBLIC (every role) by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="74"/>
        <source>direct grant to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="75"/>
        <source>direct grant to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="79"/>
        <source>through membership %1, granted to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="80"/>
        <source>through membership %1, granted to %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="84"/>
        <source>owner of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="85"/>
        <source>through membership %1, the object&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="88"/>
        <source>predefined role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="89"/>
        <source>through membership %1 (predefined role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="93"/>
        <source> — with grant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="107"/>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="112"/>
        <source>Owner: %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="118"/>
        <source>held</source>
        <translation>拥有</translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="118"/>
        <source>not held</source>
        <translation>未拥有</translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="120"/>
        <source>, grantable</source>
        <translation>，可授予</translation>
    </message>
    <message>
        <location filename="../ui/lineagepanel.cpp" line="139"/>
        <source>%1 holds no privilege on this object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>RoleDesk</source>
        <translation>RoleDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Privileges</source>
        <translation>权限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;Memberships</source>
        <translation>成员关系(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Reading %1 (%2 of %3)</source>
        <translation>正在读取 %1（%2/%3）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Connect to a database (Ctrl+O)</source>
        <translation>连接到数据库 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Read the catalog again (F5)</source>
        <translation>重新读取目录 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Stop loading (Esc)</source>
        <translation>停止加载 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Why? panel</source>
        <translation>原因面板(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>RoleDesk — %1</source>
        <translation>RoleDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Parts of the catalog could not be read: %1</source>
        <translation>部分目录无法读取：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Could not read the catalog: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixHeaderView</name>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="17"/>
        <source>db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="18"/>
        <source>schema</source>
        <translation type="unfinished">模式</translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="19"/>
        <source>table</source>
        <translation type="unfinished">表</translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="20"/>
        <source>view</source>
        <translation type="unfinished">视图</translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="21"/>
        <source>matview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="22"/>
        <source>seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="23"/>
        <source>foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="24"/>
        <source>col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="25"/>
        <source>func</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="26"/>
        <source>proc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="27"/>
        <source>type</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location filename="../ui/matrixheaderview.cpp" line="122"/>
        <source>database</source>
        <translation type="unfinished">数据库</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixPage</name>
    <message>
        <location filename="../ui/matrixpage.cpp" line="33"/>
        <source>All objects except columns</source>
        <translation>除列以外的所有对象</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="36"/>
        <source>All objects</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="39"/>
        <source>Tables and views</source>
        <translation>表和视图</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="41"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="42"/>
        <source>Sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="43"/>
        <source>Functions and procedures</source>
        <translation>函数和过程</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="44"/>
        <source>Schemas and databases</source>
        <translation>模式和数据库</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="45"/>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="79"/>
        <source>Privilege matrix</source>
        <translation>权限矩阵</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="83"/>
        <source>Connect to a database to see who can do what (Ctrl+O).</source>
        <translation>连接到数据库以查看谁可以做什么 (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="111"/>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="114"/>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="115"/>
        <source>Users (can log in)</source>
        <translation>用户（可登录）</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="116"/>
        <source>Groups (no login)</source>
        <translation>组（不可登录）</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="118"/>
        <source>&amp;Predefined pg_* roles</source>
        <translation>预定义 pg_* 角色(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="119"/>
        <source>Show the built-in pg_* roles too</source>
        <translation>同时显示内置的 pg_* 角色</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="123"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation>按名称筛选角色 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="127"/>
        <source>&amp;Objects:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="135"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="136"/>
        <location filename="../ui/matrixpage.cpp" line="242"/>
        <source>All schemas</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="139"/>
        <source>Filter objects by name</source>
        <translation>按名称筛选对象</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="198"/>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="213"/>
        <source>&lt;b&gt;*&lt;/b&gt; grantable · &lt;b&gt;ALL&lt;/b&gt; every privilege · ● user ◆ group ★ superuser ◇ predefined role</source>
        <translation>&lt;b&gt;*&lt;/b&gt; 可授予 · &lt;b&gt;ALL&lt;/b&gt; 全部权限 · ● 用户 ◆ 组 ★ 超级用户 ◇ 预定义角色</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="217"/>
        <source>Letters: r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</source>
        <translation>字母：r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</translation>
    </message>
    <message>
        <location filename="../ui/matrixpage.cpp" line="252"/>
        <source>%1 of %2 roles, %3 of %4 objects</source>
        <translation>角色 %1/%2，对象 %3/%4</translation>
    </message>
</context>
<context>
    <name>roledesk::MembershipModel</name>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="224"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="226"/>
        <source>has member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="228"/>
        <source>WITH ADMIN OPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="230"/>
        <source>NOINHERIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="232"/>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="262"/>
        <source>%1 is a member of %2, granted by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="279"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="299"/>
        <source>Role → member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="299"/>
        <source>Role → members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="300"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="301"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="302"/>
        <source>Superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="303"/>
        <source>Inherit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="304"/>
        <source>Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="305"/>
        <source>Create DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="306"/>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="307"/>
        <source>Bypass RLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="308"/>
        <source>Connection limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="309"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MembershipPage</name>
    <message>
        <location filename="../ui/membershippage.cpp" line="21"/>
        <source>Show &amp;predefined pg_* roles</source>
        <translation>显示预定义 pg_* 角色(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/membershippage.cpp" line="26"/>
        <source>Each role → the roles it is a member of</source>
        <translation>每个角色 → 其所属的角色</translation>
    </message>
    <message>
        <location filename="../ui/membershippage.cpp" line="27"/>
        <source>Each role → its members</source>
        <translation>每个角色 → 其成员</translation>
    </message>
    <message>
        <location filename="../ui/membershippage.cpp" line="29"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation>按名称筛选角色 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/membershippage.cpp" line="38"/>
        <source>Role memberships</source>
        <translation>角色成员关系</translation>
    </message>
    <message>
        <location filename="../ui/membershippage.cpp" line="46"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>roledesk::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="24"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebar.cpp" line="25"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="156"/>
        <source>No password is kept in the keychain for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="160"/>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="164"/>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="167"/>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PrivilegeMatrixModel</name>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="149"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="150"/>
        <source>schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="151"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="152"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="153"/>
        <source>materialized view</source>
        <translation>物化视图</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="154"/>
        <source>sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="155"/>
        <source>foreign table</source>
        <translation>外部表</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="156"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="157"/>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="158"/>
        <source>procedure</source>
        <translation>过程</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="159"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="167"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="279"/>
        <source>superuser</source>
        <translation>超级用户</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="168"/>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="169"/>
        <source>direct grant</source>
        <translation>直接授予</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="170"/>
        <source>inherited</source>
        <translation>继承</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="171"/>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="172"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="280"/>
        <source>predefined role</source>
        <translation>预定义角色</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="204"/>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="206"/>
        <source>No privileges.</source>
        <translation>无权限。</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="221"/>
        <source> (grantable)</source>
        <translation>（可授予）</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="281"/>
        <source>login role (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="282"/>
        <source>group role (no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="284"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="304"/>
        <source>%1 (%2), owner %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::RoleDeskApp</name>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="48"/>
        <source>RoleDesk: who can do what in a PostgreSQL database, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="52"/>
        <source>Connect at start to DSN (a libpq URI or key=value string), without the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="53"/>
        <source>DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="55"/>
        <source>Once the first snapshot is shown, save the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="56"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="58"/>
        <source>Select the matrix cell of ROLE and OBJECT (name or schema.name) once loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="59"/>
        <source>ROLE,OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="60"/>
        <source>Show this page: privileges or memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="61"/>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SnapshotLoader</name>
    <message>
        <location filename="../src/catalog/snapshotloader.cpp" line="64"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
