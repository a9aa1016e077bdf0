<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditProgress</name>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="102"/>
        <source>reading the catalog: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="108"/>
        <source>%1 of %2 roles, %L3 rows, %4 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="117"/>
        <source>done: %1 of %2 roles, %L3 rows (%L4 granted), %5 written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="14"/>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="20"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="26"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="48"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="58"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="68"/>
        <source>D&amp;elete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="80"/>
        <source>Profile na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="90"/>
        <source>Name under which Save keeps these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="100"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="106"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="116"/>
        <source>Host name, IP address or Unix socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="123"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="133"/>
        <source>5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="140"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="153"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="166"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="183"/>
        <source>Remember in the system ke&amp;ychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="190"/>
        <source>Connection st&amp;ring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="200"/>
        <source>Optional. A libpq URI (postgresql://user@host:5432/db), a key=value string or service=name. The fields above override it where they are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="203"/>
        <source>postgresql://… , host=… dbname=… or service=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="213"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="219"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="232"/>
        <source>Root CA cert&amp;ificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="247"/>
        <location filename="../ui/window/connectiondialog.ui" line="271"/>
        <location filename="../ui/window/connectiondialog.ui" line="295"/>
        <location filename="../ui/window/connectiondialog.ui" line="319"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="256"/>
        <source>Client certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="280"/>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="304"/>
        <source>Revocation &amp;list (CRL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="333"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="169"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="171"/>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="173"/>
        <source>Certificates are set but the SSL mode is &quot;disable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="178"/>
        <source>The connection string is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPlanner</name>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="65"/>
        <source>There is no role named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="108"/>
        <source>%1 re-granted %2 on %3 to others; those grants are revoked too (CASCADE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="112"/>
        <source>%1 holds no direct grant of %2 on %3; nothing to revoke there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="135"/>
        <source>%1 also holds %2 on the whole table %3, which covers this column; revoke it on the table to take it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="145"/>
        <source>%1 is a superuser and keeps every right on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="150"/>
        <source>%1 owns %2: it keeps the grant options and can grant itself the right again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="153"/>
        <source>%1 is a member of %2, the owner of %3, and keeps every right through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="173"/>
        <source>%1 still gets %2 through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="180"/>
        <source>%1 still has %2 through the predefined role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="193"/>
        <source>%1 still has %2 on %3 through PUBLIC; revoke it from PUBLIC to take it away from every role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="272"/>
        <source>%1 also gets USAGE on schema %2, without which the objects cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDriftFinder</name>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="200"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="201"/>
        <source>In no group: it cannot connect to %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="213"/>
        <source>Not migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="214"/>
        <source>User in no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="215"/>
        <source>Right granted around the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="216"/>
        <source>Schema without groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="217"/>
        <source>Group of a dropped schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="218"/>
        <source>Model structure changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelAccessPlanner</name>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="262"/>
        <source>Only the extension owner (%1) or a superuser may grant and revoke model roles; applying as %2 will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="269"/>
        <source>%1 may not grant or revoke %2 on %3: that takes its owner (%4), the grant option or a superuser; applying as %1 will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="284"/>
        <source>There is no role named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="289"/>
        <source>The extension owner is the role that created the extension; every superuser counts as one too. It is not granted: make the role a superuser, or have it own the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="295"/>
        <source>Model roles are given to roles, not to PUBLIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="297"/>
        <source>Schema pgx_inference is not in the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="298"/>
        <source>The function of model %1 (%2) is missing; the model cannot be used by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="330"/>
        <source>through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="333"/>
        <source>through a predefined role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="335"/>
        <source>through PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="343"/>
        <source>%1 still holds %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="343"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="359"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="390"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="402"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="345"/>
        <source>%1 keeps every right of %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="346"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="350"/>
        <source>a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="346"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="350"/>
        <source>the extension owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="349"/>
        <source>%1 may already do everything %2 allows, as %3; nothing to grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="355"/>
        <source>The holders of the model roles cannot be read here; %1 may hold %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="358"/>
        <source>%1 already holds %2 %3; a direct grant keeps it if that goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="367"/>
        <source>USAGE on schema pgx_inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="368"/>
        <source>the use of model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="389"/>
        <source>Without USAGE on schema pgx_inference, %1 cannot call the models it may use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="394"/>
        <source>%1 is a superuser and always has %2; nothing to grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="395"/>
        <source>%1 owns %2 (or inherits its owner) and always has %3; nothing to grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="401"/>
        <source>%1 already has %2 %3; a direct grant keeps it if that goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="415"/>
        <source>%1 also gets USAGE on schema pgx_inference, without which the model cannot be called.</source>
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
    <name>RoleDialog</name>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="14"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="26"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="43"/>
        <source>Connection li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="62"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="69"/>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="84"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="91"/>
        <source>Never e&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="102"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="108"/>
        <source>Can &amp;log in (LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="111"/>
        <source>A user: the role can open sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="118"/>
        <source>&amp;Inherit privileges of its groups (INHERIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="121"/>
        <source>Without it, the role must SET ROLE to use a group&apos;s privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="128"/>
        <source>&amp;Superuser (SUPERUSER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="131"/>
        <source>Bypasses every permission check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="138"/>
        <source>Create &amp;databases (CREATEDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="145"/>
        <source>Create &amp;roles (CREATEROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="152"/>
        <source>Re&amp;plication (REPLICATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="159"/>
        <source>&amp;Bypass row-level security (BYPASSRLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="169"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="175"/>
        <source>&amp;Keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="185"/>
        <source>Se&amp;t a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="192"/>
        <source>Remove t&amp;he password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="199"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="216"/>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="233"/>
        <source>The password is turned into a SCRAM verifier by the client; the plain text never reaches the SQL, the plan or the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="255"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="273"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="293"/>
        <source>with &amp;admin option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="304"/>
        <source>Add to gro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="314"/>
        <source>R&amp;emove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="324"/>
        <source>Toggle admin &amp;option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaGroupPlanner</name>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="248"/>
        <source>The group for this level does not exist; migrate or enable the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="260"/>
        <source>%1 is a superuser and keeps every right whatever its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="262"/>
        <source>%1 still holds the %2 level through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="287"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="289"/>
        <source>The name %1 is reserved: user names must not end in admin, developer, writer, viewer or all_users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="292"/>
        <source>The name %1 is longer than 63 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="294"/>
        <source>A role named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/store/workspace.cpp" line="105"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="111"/>
        <source>The SQLite driver for Qt is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="115"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="168"/>
        <source>Cannot prepare the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="172"/>
        <source>The workspace %1 was written by a newer version of RoleDesk (schema %2, this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="182"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="189"/>
        <location filename="../src/store/workspace.cpp" line="199"/>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="108"/>
        <source>%1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="113"/>
        <source>%1 lacks %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="115"/>
        <source>%1 lacks the grant option for %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="145"/>
        <source>%1 still has the grant option for %2 on %3, granted by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="146"/>
        <source>%1 still has %2 on %3, granted by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="165"/>
        <source>%1 is not a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="167"/>
        <source>%1 is a member of %2 without the admin option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="169"/>
        <source>%1 is still a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="171"/>
        <source>%1 still has the admin option on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="178"/>
        <source>role %1: %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="179"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="179"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="189"/>
        <source>role %1: connection limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="195"/>
        <source>role %1: valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="197"/>
        <source>infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="238"/>
        <source>default privileges of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="240"/>
        <source>default privileges of %1 in schema %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="244"/>
        <source>%1: %2 lacks %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="246"/>
        <source>%1: %2 lacks the grant option for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="251"/>
        <source>%1: %2 still has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="274"/>
        <source>%1 does not hold the model role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="276"/>
        <source>%1 still holds the model role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="294"/>
        <source>schema %1 still exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="296"/>
        <source>schema %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="302"/>
        <source>group %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="313"/>
        <source>role %1 cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="385"/>
        <location filename="../src/plan/planverifier.cpp" line="389"/>
        <source>role %1 still exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::AccessTester</name>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="100"/>
        <source>model &quot;%1&quot; does not exist in database %2, or user %3 may not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="140"/>
        <source>role &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="184"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="185"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="186"/>
        <source>allowed, inference failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="187"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="188"/>
        <source>could not tell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::AuditCompareDialog</name>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="62"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="236"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="63"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="65"/>
        <source>Compare with saved audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="70"/>
        <source>Filter: role, object, privilege, lineage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="89"/>
        <source>Export differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="89"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="136"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="176"/>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="180"/>
        <source>%1 since %2: %3 gained, %4 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="181"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="183"/>
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n right</numerusform>
            <numerusform>%n rights</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="190"/>
        <source>Compare them all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="202"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="222"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="205"/>
        <source>%n difference(s) written to %1.</source>
        <translation>
            <numerusform>%n difference written to %1.</numerusform>
            <numerusform>%n differences written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="219"/>
        <source>Saving the audit was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="230"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="248"/>
        <source>Save audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="232"/>
        <source>Saved audits (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="236"/>
        <source>Saving the audit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::AuditComparison</name>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="40"/>
        <source>the audits are of two different servers: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="44"/>
        <source>the audits are of two different databases: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="102"/>
        <source>the comparison was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::AuditComparisonModel</name>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="38"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="38"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="39"/>
        <source>gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="39"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="43"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="44"/>
        <source>grant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="45"/>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="46"/>
        <source>schema group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="47"/>
        <source>model role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="48"/>
        <source>platform role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="56"/>
        <source>%1 member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="76"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="77"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="78"/>
        <source>Role / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="79"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="80"/>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="81"/>
        <source>Through / detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::AuditExporter</name>
    <message>
        <location filename="../src/export/auditexporter.cpp" line="285"/>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::CatalogReader</name>
    <message>
        <location filename="../src/catalog/catalogquery.cpp" line="26"/>
        <source>Internal error: the catalog query %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="50"/>
        <source>databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="51"/>
        <source>schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="52"/>
        <source>tables, views and sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="53"/>
        <source>functions and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="54"/>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="55"/>
        <source>procedural languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="56"/>
        <source>column privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="95"/>
        <location filename="../src/catalog/catalogreader.cpp" line="222"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="102"/>
        <location filename="../src/catalog/catalogreader.cpp" line="236"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="122"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="134"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="160"/>
        <source>memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="209"/>
        <source>default privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="236"/>
        <location filename="../src/catalog/catalogreader.cpp" line="239"/>
        <source>in-database models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="249"/>
        <source>schema groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::CliApp</name>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="139"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="140"/>
        <source>allowed*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="141"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="142"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="143"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="148"/>
        <location filename="../app/cli/cliaccess.cpp" line="164"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="152"/>
        <location filename="../app/cli/cliaccess.cpp" line="161"/>
        <source> (superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="159"/>
        <source>Access test on database %1 as %2%3: %n role(s) x %4</source>
        <translation>
            <numerusform>Access test on database %1 as %2%3: %n role x %4</numerusform>
            <numerusform>Access test on database %1 as %2%3: %n roles x %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="162"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="181"/>
        <source>  %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="184"/>
        <source>the matrix predicts %1, the server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="185"/>
        <source>allowed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="186"/>
        <source>denied it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="194"/>
        <source>Disagreements with the privilege matrix (!):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="196"/>
        <source>Could not tell (?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="198"/>
        <source>Allowed, but the inference failed (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="200"/>
        <source>%n cell(s): %1, %2 could not be tested.</source>
        <translation>
            <numerusform>%n cell: %1, %2 could not be tested.</numerusform>
            <numerusform>%n cells: %1, %2 could not be tested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="201"/>
        <source>%n disagree(s) with the matrix</source>
        <translation>
            <numerusform>%n disagrees with the matrix</numerusform>
            <numerusform>%n disagree with the matrix</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="212"/>
        <source>Test access for all users: run the test inference as each role on each model (SET LOCAL ROLE in a transaction that is rolled back) and set the outcome beside what the privilege matrix predicts (EXECUTE on the model&apos;s function and USAGE on its schema, through memberships, PUBLIC and ownership; superusers always). The login must be a superuser, or a member of every role tested. Default roles: every role that can log in except the predefined pg_* roles; default models: every model the login sees.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="221"/>
        <source>Comma-separated model names to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="223"/>
        <source>Comma-separated roles to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="224"/>
        <source>The input text of every inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="227"/>
        <source>Give up on one inference after this many ms (statement, and pgx_inference_ce&apos;s call to the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="230"/>
        <source>Output format: text (default), csv or json. CSV columns: role,model,function,superuser,predicted,actual,agrees,sqlstate,message; actual is allowed, allowed_but_failed (the function ran and failed inside: the role holds EXECUTE), denied, undetermined or not_run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="242"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="253"/>
        <location filename="../app/cli/cliinfer.cpp" line="194"/>
        <source>--timeout-ms needs a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="264"/>
        <location filename="../app/cli/cliinfer.cpp" line="254"/>
        <source>database %1 has no pgx_inference (or pgx_inference_ce) extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="274"/>
        <source>the access test stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="278"/>
        <source>warning: database %1 has no models to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="279"/>
        <source>warning: no roles to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="288"/>
        <source>%1 of %n cell(s) disagree with the privilege matrix</source>
        <translation>
            <numerusform>%1 of %n cell disagrees with the privilege matrix</numerusform>
            <numerusform>%1 of %n cells disagree with the privilege matrix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="293"/>
        <source>%1 of %n cell(s) could not be tested</source>
        <translation>
            <numerusform>%1 of %n cell could not be tested</numerusform>
            <numerusform>%1 of %n cells could not be tested</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="50"/>
        <source> 10  platform: the platform file or the expectations file could not be read or is invalid
 11  platform: the directory (import file or LDAP server) could not be read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="52"/>
        <source> 12  audit --compare: a saved audit is damaged, cut short, of another format version, or of
     another server or database (without --allow-other-database)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="81"/>
        <source>Export every role&apos;s effective rights on every object (CSV, JSON or HTML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="83"/>
        <source>Print the SQL that makes the database match a policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="85"/>
        <source>List the differences from a policy file; exit 1 on drift (for CI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="87"/>
        <source>Apply the plan for a policy file in one transaction, and journal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="89"/>
        <source>Write the current roles, grants and default privileges as a policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="91"/>
        <source>Run a test inference through the database (as a role) or on the inference server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="93"/>
        <source>Run the inference as every role on every model; compare with the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="95"/>
        <source>List schema groups (SLPM/SPM) and members; grant, revoke, enable, migrate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <source>Platform roles: who can, what can, evaluate rules against a directory, check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="99"/>
        <source>Check separation-of-duties rules (people, logins, roles); exit 1 on a violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="101"/>
        <source>One person&apos;s platform roles, logins, memberships, groups, models and rights, with why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="103"/>
        <source>Write the audit report an auditor signs (HTML or PDF) with a SHA-256 of its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="112"/>
        <source>RoleDesk on the command line: audit PostgreSQL privileges, and check or apply policy files, without the GUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="121"/>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="125"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="128"/>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="132"/>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <location filename="../app/cli/cliapp.cpp" line="158"/>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="157"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="165"/>
        <source>Export the effective rights of every role on every object of one database: one row per role, object and applicable privilege, with whether it is granted, grantable, and how (&quot;via&quot;). CSV columns: role,object_type,object_schema,object_name,privilege,granted,grantable,via.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="172"/>
        <source>Output format: csv (default), json or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="175"/>
        <source>Write to FILE instead of standard output. A regular file is replaced only when complete; a device or FIFO is written in place (a FIFO waits for its reader); a symlink keeps pointing at its target, which is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="182"/>
        <source>Only rows whose privilege is granted (CSV, JSON; the HTML report always lists only those). This is what an auditor usually wants: who holds what, and how. Without it every role x object x privilege is a row, held or not, which grows to billions of rows on a large catalog: use the full export to prove an absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="180"/>
        <source>Leave out the built-in pg_* roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="187"/>
        <source>Show progress on standard error even when it is not a terminal (a line about every second: roles done of all, rows and bytes written; then a last line with the totals). By default progress is shown, on one line rewritten in place, only when standard error is a terminal and the rows do not go to that terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="191"/>
        <source>Never show progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="195"/>
        <source>Save the audit (granted rights with lineage, memberships, schema groups, model roles, the database identity and time) as JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="197"/>
        <source>Compare the saved audit OLD with the database now (or with --with): print the differences (--format text or json); exit 1 when there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="200"/>
        <source>With --compare: compare with this saved audit instead of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="202"/>
        <source>With --compare: compare audits of different servers or databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="203"/>
        <source>With --save or --compare (now): add the platform role grants of this platform file (and of the directory import it names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="217"/>
        <source>unknown format &quot;%1&quot; (expected csv, json or html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="237"/>
        <location filename="../app/cli/cliplatform.cpp" line="402"/>
        <location filename="../app/cli/clipolicy.cpp" line="158"/>
        <source>could not write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="262"/>
        <location filename="../app/cli/clireport.cpp" line="130"/>
        <source>interrupted while reading the catalog; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="280"/>
        <location filename="../app/cli/cliauditsaved.cpp" line="170"/>
        <location filename="../app/cli/clireport.cpp" line="156"/>
        <location filename="../app/cli/clireport.cpp" line="169"/>
        <source>interrupted; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>interrupted; the output is incomplete</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="288"/>
        <source>to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="298"/>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="310"/>
        <source>could not read the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="267"/>
        <location filename="../app/cli/cliapp.cpp" line="317"/>
        <location filename="../app/cli/clipolicy.cpp" line="231"/>
        <location filename="../app/cli/clipolicy.cpp" line="233"/>
        <location filename="../app/cli/clipolicy.cpp" line="497"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="332"/>
        <location filename="../app/cli/clipolicy.cpp" line="188"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="45"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="66"/>
        <source>Expected key=value pairs (&quot;host=db dbname=app user=alice&quot;) or a URI (&quot;postgresql://alice@db/app&quot;); a single word is taken as a database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="71"/>
        <source>--dsn &quot;%1&quot; is not a connection string or URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="77"/>
        <source>--dsn &quot;%1&quot; is not a valid connection string or URI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="180"/>
        <source>libpq connection string (&quot;host=db dbname=app&quot;) or URI (&quot;postgresql://alice@db/app&quot;); a single word is a database name. Without it, libpq&apos;s environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGPASSFILE...). When the server asks for a password that was not given, it is asked for on the terminal (never when standard input is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="208"/>
        <source>Password for user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="214"/>
        <source>The server asks for a password and standard input is not a terminal, so none was asked for: give it in --dsn (password=...), in PGPASSWORD or in a password file (PGPASSFILE, ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="219"/>
        <source>could not connect to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="137"/>
        <source>Run a test inference with one model and show the vector&apos;s dimension, first values and norm, and the latency; or the exact permission or server error. Through the database (default), the model&apos;s function pgx_inference.pgx_embedding_&lt;id&gt;(text) is called inside a transaction that is rolled back, optionally as another role (SET LOCAL ROLE: the login must be a superuser or a member of it); this proves the privilege too. With --via server the request goes straight to the KServe v2 inference server (Triton).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="146"/>
        <source>The model&apos;s name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="147"/>
        <source>The input text (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="148"/>
        <source>Run as this role (database only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="149"/>
        <source>database (default) or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="152"/>
        <source>The inference server&apos;s URL (http://host:port) for --via server. Without it, the database&apos;s pgx_inference.triton_url setting is used (and pgx_inference.triton_restricted_header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="156"/>
        <source>Give up after this many ms per inference (server: the HTTP request; database: the statement, and pgx_inference_ce&apos;s call to the server). Default: 10000 for the server, none for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="160"/>
        <source>A header for the server&apos;s restricted APIs (--via server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="162"/>
        <source>Refuse larger input texts before sending (--via server; default 1048576, 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="165"/>
        <source>Run N times and print latency statistics (min, median, p95, max, mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="168"/>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="180"/>
        <source>--model NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="182"/>
        <source>--text TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="185"/>
        <source>unknown --via &quot;%1&quot; (expected database or server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="190"/>
        <source>--repeat needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="198"/>
        <location filename="../app/cli/clilint.cpp" line="149"/>
        <location filename="../app/cli/cliperson.cpp" line="150"/>
        <source>unknown format &quot;%1&quot; (expected text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="201"/>
        <source>--as needs --via database: the inference server knows no database roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="203"/>
        <source>--server, --header and --max-input-bytes need --via server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="205"/>
        <source>--header needs NAME:VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="209"/>
        <source>--max-input-bytes needs a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="218"/>
        <source>--server needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="236"/>
        <source>--via server needs --server URL: database %1 sets no pgx_inference.triton_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="250"/>
        <source>could not read the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="261"/>
        <source>model &quot;%1&quot; does not exist in database %2, or user %3 may not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="303"/>
        <source>model:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="305"/>
        <source>via:         server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="306"/>
        <source>via:         database %1 as role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="308"/>
        <source>dimension:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="309"/>
        <source>first:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="310"/>
        <source>norm:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="312"/>
        <source>latency:     %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliinfer.cpp" line="314"/>
        <source>latency:     %n run(s): min %1 ms, median %2 ms, p95 %3 ms, max %4 ms, mean %5 ms</source>
        <translation>
            <numerusform>latency:     %n run: min %1 ms, median %2 ms, p95 %3 ms, max %4 ms, mean %5 ms</numerusform>
            <numerusform>latency:     %n runs: min %1 ms, median %2 ms, p95 %3 ms, max %4 ms, mean %5 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="324"/>
        <source>run %1 of %2 failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="78"/>
        <source>--roles: role %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="93"/>
        <source>--schemas: %1 is a system schema, which RoleDesk does not govern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="95"/>
        <source>--schemas: schema %1 does not exist in database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="106"/>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="108"/>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="110"/>
        <source>%1 (with grant option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="114"/>
        <source>%1 (person: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="115"/>
        <source>%1: %2 %3 on %4 through %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="119"/>
        <source>change %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="178"/>
        <source>The policy file (.yaml, .yml or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="187"/>
        <source>no policy file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="207"/>
        <source>%1 is written for database %2, but the connection is to database %3: nothing was compared, planned or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="211"/>
        <source>Connect to %1 (--dsn &quot;dbname=%1 ...&quot;), or change &quot;database:&quot; in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="220"/>
        <source>%1 cannot be applied to database %2: it names %n role(s) that do not exist there and that it does not create; nothing was planned or changed:</source>
        <translation>
            <numerusform>%1 cannot be applied to database %2: it names %n role that does not exist there and that it does not create; nothing was planned or changed:</numerusform>
            <numerusform>%1 cannot be applied to database %2: it names %n roles that do not exist there and that it does not create; nothing was planned or changed:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="225"/>
        <source>%1 (named at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="226"/>
        <source>Create them first, or list them under &quot;roles:&quot; so that the file creates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="240"/>
        <source>Print the SQL script (one transaction) that makes the database match the policy file, within the file&apos;s scope. Nothing is changed; run it with psql -1 -f or use apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="244"/>
        <source>Write the script to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="246"/>
        <source>After the script, list as SQL comments every role that would gain or lose a right, on which object and through which path, and each change that would change nothing, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="249"/>
        <source>Write the impact as JSON to FILE (&quot;-&quot;: standard output, when --output sends the script to a file) instead of as comments after the script. Implies --impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="253"/>
        <source>With --impact: name the person whose login each role is (the file&apos;s &quot;logins&quot; mapping) and count the people who gain or lose rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="264"/>
        <source>--impact-output - needs --output FILE: the script and the JSON cannot both go to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="267"/>
        <source>--platform-file goes with --impact or --impact-output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="311"/>
        <source>Compare the database with the policy file and print one line per difference (missing, extra or different). Exits 1 when there is any, 0 when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="331"/>
        <source>%1: no drift: database %2 matches %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="335"/>
        <source>%1: %n difference(s) from %2
</source>
        <translation>
            <numerusform>%1: %n difference from %2
</numerusform>
            <numerusform>%1: %n differences from %2
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="343"/>
        <source>Apply the plan for the policy file in one transaction, after checking under lock that nothing it touches changed since it was planned; on any error nothing is applied. The outcome is recorded in the journal of RoleDesk&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="368"/>
        <source>Do not record the outcome in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="370"/>
        <source>The workspace file whose journal records the outcome (default: the RoleDesk console&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="443"/>
        <source>Write the current roles, memberships, grants and default privileges as a policy file (YAML or JSON, by the extension of --output). With --roles or --schemas the file governs only those (and, with --schemas, not the database&apos;s own grants). A role or schema named there that does not exist is warned about, or refused with --strict. When a schema-group model (SLPM or SPM) is enabled, the file gets a schema_groups section: the model and each group&apos;s direct members. While a file has that section, the memberships of the model&apos;s groups are governed there alone (CALL slpm_grant / slpm_revoke, only for the groups it lists; a different model is reported as drift, never changed), not through member_of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="357"/>
        <source>Nothing to apply: database %1 matches %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="395"/>
        <source>%1 changed since it was read: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="399"/>
        <source>apply failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="400"/>
        <source>apply failed at &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="384"/>
        <source>warning: the outcome could not be journalled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="423"/>
        <source>apply ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="428"/>
        <source>Applied %n change(s) (%1) to %2 in %3 ms.
</source>
        <translation>
            <numerusform>Applied %n change (%1) to %2 in %3 ms.
</numerusform>
            <numerusform>Applied %n changes (%1) to %2 in %3 ms.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="429"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="435"/>
        <source>warning: after applying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="453"/>
        <source>The policy file to write (.yaml, .yml or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="455"/>
        <source>Comma-separated roles to govern (PUBLIC for PUBLIC&apos;s grants); default all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="457"/>
        <source>Comma-separated schemas to govern; default all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="459"/>
        <source>Fail (exit 2, nothing written) when --roles or --schemas names a role or schema that does not exist, instead of warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="466"/>
        <source>--output FILE with .yaml, .yml or .json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="491"/>
        <source>%1 was not written: --roles or --schemas names what database %2 does not have (--strict):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="35"/>
        <source>Older: %1, taken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="37"/>
        <source>Newer: %1, taken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="47"/>
        <source>%1: %2 on %3 %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="53"/>
        <source>%1 member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="54"/>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="56"/>
        <source>%1 holds %2 (organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="57"/>
        <source>%1 holds %2 in project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="65"/>
        <source>Rights gained (with their lineage now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="66"/>
        <source>Rights lost (with their lineage then):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="67"/>
        <source>Grant options gained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="68"/>
        <source>Grant options lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="69"/>
        <source>Memberships added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="70"/>
        <source>Memberships removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="71"/>
        <source>Schema groups added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="72"/>
        <source>Schema groups removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="73"/>
        <source>Model roles added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="74"/>
        <source>Model roles removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="75"/>
        <source>Platform roles added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="76"/>
        <source>Platform roles removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="78"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="79"/>
        <source>%1: %2 gained, %3 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliauditsaved.cpp" line="80"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliauditsaved.cpp" line="81"/>
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n right</numerusform>
            <numerusform>%n rights</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="135"/>
        <source>roledesk-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="97"/>
        <source>--with needs --compare OLD.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="99"/>
        <source>--save takes the audit of the database now; --with compares two saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="101"/>
        <source>--allow-other-database goes with --compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="104"/>
        <source>--platform-file goes with --save or --compare OLD (without --with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="107"/>
        <source>--%1 does not go with --save or --compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="110"/>
        <source>--format goes with --compare (a saved audit is always JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="112"/>
        <source>unknown format &quot;%1&quot; for --compare (expected text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="127"/>
        <source>(--allow-other-database compares them all the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="153"/>
        <source>interrupted while reading the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="178"/>
        <source>Saved the audit of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="182"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ConnectionDialog</name>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="27"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="30"/>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="32"/>
        <source>disable: never use SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="33"/>
        <source>allow: SSL only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="34"/>
        <source>prefer: SSL when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="35"/>
        <source>require: always SSL, no certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="36"/>
        <source>verify-ca: SSL, server certificate signed by the root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="37"/>
        <source>verify-full: SSL, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="41"/>
        <source>Choose the root certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="42"/>
        <source>Choose the client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="43"/>
        <source>Choose the client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="44"/>
        <source>Choose the certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="45"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="47"/>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="50"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="53"/>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="53"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="56"/>
        <source>Certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="57"/>
        <source>Revocation lists (*.crl *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="79"/>
        <source>The saved password could not be read: %1
Please type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="84"/>
        <source>The password could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="160"/>
        <source>(unsaved connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="165"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="187"/>
        <source>The saved connection &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="205"/>
        <source>Type a profile name to save these settings under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="215"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="228"/>
        <source>Delete saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="229"/>
        <source>Delete the saved connection &quot;%1&quot;? The fields stay filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="240"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="275"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="275"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="294"/>
        <source>Connected to PostgreSQL %1 as %2, database %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="323"/>
        <source>Keep the password in the system keychain under this profile&apos;s name. It is never written to RoleDesk&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="327"/>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="331"/>
        <source>No system keychain is available (for example no secret service is running), so the password will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="376"/>
        <source>the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="376"/>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="380"/>
        <source>Wrong password: the server rejected the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="383"/>
        <source>A password is required for %1. Type it in the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="386"/>
        <source>Connection refused: no server is listening on that host and port, or a firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="390"/>
        <source>No server is running on that Unix socket folder and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="393"/>
        <source>Unknown host: the host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="396"/>
        <source>The server did not answer in time (unreachable host or blocked port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="399"/>
        <source>Unknown database: it does not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="402"/>
        <source>Unknown user: no such role exists on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="405"/>
        <source>The server does not allow this user to connect from here (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="408"/>
        <source>The SSL connection failed; check the SSL mode and certificate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="411"/>
        <source>The connection settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="415"/>
        <source>Could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="420"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="422"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::DatabaseSweep</name>
    <message>
        <location filename="../src/catalog/databasesweep.cpp" line="138"/>
        <source>could not connect to database &quot;%1&quot; as &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/databasesweep.cpp" line="146"/>
        <source>could not read database &quot;%1&quot; as &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::DefaultPrivilegesModel</name>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="46"/>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="47"/>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="48"/>
        <source>functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="49"/>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="50"/>
        <source>schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="188"/>
        <source>(all schemas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="192"/>
        <source>%1 (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="196"/>
        <source>ALL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="198"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="201"/>
        <source>pg_default_acl — revoke pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="201"/>
        <source>pg_default_acl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="202"/>
        <source>built-in — revoke pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="202"/>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="203"/>
        <source>pending grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="211"/>
        <source>PostgreSQL&apos;s built-in default: applies to what %1 creates in any schema while no global ALTER DEFAULT PRIVILEGES entry exists for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="214"/>
        <source>Not applied yet: in the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="231"/>
        <source>For role (creator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="232"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="233"/>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="234"/>
        <source>Grantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="235"/>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="236"/>
        <source>Grantable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="237"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::DefaultPrivilegesPage</name>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="53"/>
        <source>Show &amp;built-in defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="54"/>
        <source>Re&amp;voke selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="60"/>
        <source>With grant o&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="61"/>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="62"/>
        <source>Revo&amp;ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="71"/>
        <source>Filter by role, schema, grantee or privilege (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="76"/>
        <source>Revoke the selected default privileges (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="86"/>
        <source>Default privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="93"/>
        <source>Revoke selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="119"/>
        <source>Change default privileges (ALTER DEFAULT PRIVILEGES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="122"/>
        <source>For &amp;role (creates the objects):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="124"/>
        <source>In sc&amp;hema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="126"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="128"/>
        <source>&amp;To / from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="145"/>
        <source>Privileges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="146"/>
        <source>SQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="182"/>
        <source>(all schemas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="271"/>
        <source>Choose the creating role and at least one privilege.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="300"/>
        <source>all schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="301"/>
        <source>Default grant on %1 to %2 for %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="303"/>
        <source>Default revoke on %1 from %2 for %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="324"/>
        <source>Revoke %n default privilege entries</source>
        <translation>
            <numerusform>Revoke %n default privilege entry</numerusform>
            <numerusform>Revoke %n default privilege entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::DesiredState</name>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="132"/>
        <source>unsupported version %1 (this RoleDesk reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="134"/>
        <source>the scope lists no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="136"/>
        <source>the scope lists no schemas and leaves out the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="141"/>
        <source>a role without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="145"/>
        <source>role %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="148"/>
        <source>%1 is a reserved role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="150"/>
        <location filename="../src/policy/desiredstate.cpp" line="209"/>
        <source>role %1 is outside the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="152"/>
        <source>passwords do not belong in a policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="154"/>
        <source>connection_limit must be -1 (no limit) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="158"/>
        <source>role %1: a membership needs a role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="160"/>
        <source>role %1 cannot be a member of itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="162"/>
        <source>role %1 is a member of %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="170"/>
        <source>%1 does not apply to a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="172"/>
        <source>grantable %1 is not among the privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="179"/>
        <source>a grant without an object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="183"/>
        <source>a %1 has no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="185"/>
        <source>a %1 needs a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="187"/>
        <source>a column grant needs a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="188"/>
        <source>only a column grant names a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="190"/>
        <source>only functions and procedures have arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="193"/>
        <location filename="../src/policy/desiredstate.cpp" line="217"/>
        <source>grantee %1 is outside the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="195"/>
        <source>%1 %2 is outside the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="199"/>
        <source>the grants to %1 on %2 are listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="207"/>
        <source>default privileges need for_role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="211"/>
        <source>default privileges exist for tables, sequences, functions, types and schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="213"/>
        <source>default privileges on schemas cannot be limited to a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="215"/>
        <source>schema %1 is outside the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="221"/>
        <source>a default privilege entry is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::Directory</name>
    <message>
        <location filename="../src/platform/directory.cpp" line="74"/>
        <source>group loop: %1 are members of each other; memberships through them end there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::DirectoryImport</name>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="41"/>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="59"/>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="66"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="120"/>
        <source>%1: unknown file type (expected .csv or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="123"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="136"/>
        <source>%1: not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="143"/>
        <source>no header row (expected id,name,kind,groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="150"/>
        <source>unknown column &quot;%1&quot; (expected id, name, kind, groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="152"/>
        <source>column &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="156"/>
        <source>no id column (expected id,name,kind,groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="165"/>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="169"/>
        <source>a row without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="175"/>
        <source>&quot;%1&quot; already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="178"/>
        <source>&quot;%1&quot;: kind &quot;%2&quot; (expected human, machine or group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="182"/>
        <location filename="../src/platform/directoryimport.cpp" line="190"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="208"/>
        <source>%1: a JSON object with people and groups expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="212"/>
        <source>unknown key (expected people, groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="231"/>
        <location filename="../src/platform/directoryimport.cpp" line="259"/>
        <source>a list expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="237"/>
        <source>an object with id, name, kind, groups expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="240"/>
        <source>unknown key &quot;%1&quot; (expected id, name, kind, groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="244"/>
        <source>a person without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="246"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="251"/>
        <source>&quot;%1&quot;: kind &quot;%2&quot; (expected human or machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="255"/>
        <source>&quot;groups&quot; must be a list of group names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="266"/>
        <source>an object with name, groups, people expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="269"/>
        <source>unknown key &quot;%1&quot; (expected name, groups, people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="273"/>
        <source>a group without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="275"/>
        <source>group &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="280"/>
        <source>&quot;groups&quot; and &quot;people&quot; must be lists of names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::DropRoleDialog</name>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="47"/>
        <source>&amp;Reassign what it owns to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="49"/>
        <source>D&amp;rop what it still owns and revoke its privileges (DROP OWNED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="56"/>
        <source>Drop role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="59"/>
        <source>What depends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="59"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="62"/>
        <source>What the role owns and is granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="70"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="83"/>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="90"/>
        <source>&amp;Add to pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="94"/>
        <source>Statements (the current database only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/droproledialog.cpp" line="132"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="156"/>
        <source>Owns in database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="163"/>
        <source>Privileges granted to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="167"/>
        <source>all schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="170"/>
        <source>for %1 in %2: %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="175"/>
        <source>Default privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="182"/>
        <location filename="../ui/roles/droproledialog.cpp" line="184"/>
        <source>with admin option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="186"/>
        <source>Its members (they lose its privileges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="187"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="192"/>
        <source>owned by the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="192"/>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="194"/>
        <source>owned by the role (this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="195"/>
        <source>Other databases where it may own objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="198"/>
        <source>REASSIGN OWNED and DROP OWNED act on the current database (%1) only, and on shared objects such as databases. If the role owns objects or holds privileges in another database, connect to that database and drop or reassign them there first, or DROP ROLE fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ExportPolicyDialog</name>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="47"/>
        <source>&amp;All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="49"/>
        <source>All sc&amp;hemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="51"/>
        <source>Include grants on the &amp;database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="55"/>
        <source>Export policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="61"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="62"/>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="63"/>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="64"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="85"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="93"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="129"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="140"/>
        <source>Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="141"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="141"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ExportView</name>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="49"/>
        <source>E&amp;xport View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="54"/>
        <source>Save the privilege matrix as filtered now as CSV, JSON or HTML (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>HTML reports (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="89"/>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="114"/>
        <source>no snapshot is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="137"/>
        <source>Could not export the view to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/exportview.cpp" line="142"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::ExtensionInstallDialog</name>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="21"/>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="23"/>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="24"/>
        <source>&amp;Save files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="27"/>
        <source>Install pgx_inference_ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="40"/>
        <source>pgx_inference_ce gives community PostgreSQL the SQL surface of pgx_inference (Fujitsu Enterprise Postgres): the model roles, model import, load and unload, and one function per model whose EXECUTE privilege is the right to use it. These statements will run, in one transaction; the extension&apos;s script follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="93"/>
        <source>Ready to install version %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="94"/>
        <source>Ready to install version %1 as %2. The server has no plpython3u: models can be managed, but inference through the database will report that it needs plpython3u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="110"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="129"/>
        <source>Installing failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="140"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="149"/>
        <source>Folder for the extension&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="154"/>
        <source>Saved pgx_inference_ce.control and its script into %1. Copy them into the server&apos;s share/extension folder (pg_config --sharedir), then install.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ExtensionSetup</name>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="16"/>
        <source>The setup query is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="21"/>
        <source>The current user is not in pg_roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="38"/>
        <source>Could not check the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="40"/>
        <source>This database already has a pgx_inference extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="42"/>
        <source>Only a superuser can install pgx_inference_ce; &quot;%1&quot; is not one. Ask a superuser to run the script below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="45"/>
        <source>A schema named pgx_inference exists but is not the extension&apos;s; rename or drop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="47"/>
        <source>the server&apos;s share/extension folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="49"/>
        <source>The server has no pgx_inference_ce extension files. Save them with &quot;Save files…&quot; and copy them into %1 on the database server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftFinder</name>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="92"/>
        <source>%1 holds %2 outside the groups; under the model rights come only through groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="101"/>
        <location filename="../src/slpm/groupdrift.cpp" line="105"/>
        <location filename="../src/slpm/groupdrift.cpp" line="137"/>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="101"/>
        <source>The admin group is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="106"/>
        <location filename="../src/slpm/groupdrift.cpp" line="157"/>
        <source>Owned by %1, not by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="109"/>
        <location filename="../src/slpm/groupdrift.cpp" line="112"/>
        <location filename="../src/slpm/groupdrift.cpp" line="116"/>
        <location filename="../src/slpm/groupdrift.cpp" line="131"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="109"/>
        <source>The group can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="113"/>
        <source>%1 is not a member: admin no longer holds this group&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="117"/>
        <source>%1 is not a member: developers lost the writer&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="129"/>
        <source>Owned by %1, not by %2: run migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="132"/>
        <source>Its schema no longer exists; drop the group after checking what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="144"/>
        <source>%1 has no CONNECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="149"/>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="152"/>
        <source>No developer, writer and viewer groups: only admin and superusers can use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftModel</name>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="59"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="60"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="61"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftPanel</name>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="32"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="41"/>
        <source>Save the findings shown as CSV or JSON (by the file&apos;s extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="45"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="74"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="104"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="105"/>
        <source>No schema-group model (SLPM or SPM) is enabled in this database: there is no model to drift from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="117"/>
        <source>Drift from the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="122"/>
        <source>Drift from the model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="123"/>
        <source>Drift from the model (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="143"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="152"/>
        <source>Export the drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="153"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupdriftpanel.cpp" line="158"/>
        <source>Saved %n finding(s) to %1.</source>
        <translation>
            <numerusform>Saved %n finding to %1.</numerusform>
            <numerusform>Saved %n findings to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::GroupMemberTree</name>
    <message numerus="yes">
        <location filename="../ui/groups/groupmembertree.cpp" line="48"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="50"/>
        <source>Drop users here to add them to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="66"/>
        <source>%1 (pending: leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="66"/>
        <source>The pending plan removes %1 from the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="69"/>
        <source>A group of the model: its members have this group&apos;s rights too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="76"/>
        <source>%1 (pending: joins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="76"/>
        <source>The pending plan adds %1 to the group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationDialog</name>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="21"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="45"/>
        <source>0 (max_locks_per_transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="46"/>
        <source>Objects per call; each call commits on its own. 0 lets the server choose (max_locks_per_transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="50"/>
        <source>Objects per &amp;batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationdialog.cpp" line="54"/>
        <source>%n object(s) still to hand over.</source>
        <translation>
            <numerusform>%n object still to hand over.</numerusform>
            <numerusform>%n objects still to hand over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="55"/>
        <source>Statement, called until it answers COMPLETED:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="55"/>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="85"/>
        <source>Creates the database-level groups {db}_admin, {db}_developer, {db}_writer and {db}_viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="86"/>
        <source>Creates the group {db}.admin and, for every schema, {db}.{schema}.developer, writer and viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="88"/>
        <source>Revokes every database and schema privilege from PUBLIC and gives CONNECT to every group; admin becomes the owner of the database and its schemas. From now on a new object belongs to the developer group, writer may change its data and viewer read it. Users in no group lose CONNECT. GRANT, REVOKE and ALTER … OWNER are refused while the model is on. Objects that exist already are handed over by Migrate. Only a superuser may enable, and not while other sessions run SQL in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="95"/>
        <source>Hands the objects that existed before enabling to the developer group, one batch per call. Each call commits on its own: a cancelled migrate keeps its batches and goes on where it stopped when it is run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="99"/>
        <source>Turns the model off. The groups are kept, with their rights on existing objects (not on new ones); developer groups stay owners. PUBLIC gets its defaults back: CONNECT and TEMPORARY on the database, USAGE and CREATE on schema public, EXECUTE on functions and procedures, USAGE on languages and types. Clean up drops the groups afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="104"/>
        <source>Drops the groups the disabled model left in database %1 and hands what they owned to you, one batch per call; each call commits on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationRunner</name>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="66"/>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="67"/>
        <source>Migrate existing objects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="68"/>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="69"/>
        <source>Clean up the %1 groups of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="150"/>
        <location filename="../src/slpm/groupoperations.cpp" line="166"/>
        <source>%1 was cancelled after %n batch(es); run it again to go on.</source>
        <translation>
            <numerusform>%1 was cancelled after %n batch; run it again to go on.</numerusform>
            <numerusform>%1 was cancelled after %n batches; run it again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="162"/>
        <source>%1 stopped: the connection was lost (%2). The %n batch(es) before it are kept.</source>
        <translation>
            <numerusform>%1 stopped: the connection was lost (%2). The %n batch before it is kept.</numerusform>
            <numerusform>%1 stopped: the connection was lost (%2). The %n batches before it are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="171"/>
        <source>%1 was refused: %2 (only a superuser, or for some calls the database&apos;s admin group, may call %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="174"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="187"/>
        <source>%1: completed in %n batch(es).</source>
        <translation>
            <numerusform>%1: completed in %n batch.</numerusform>
            <numerusform>%1: completed in %n batches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="188"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="233"/>
        <source>%1 was cancelled before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="243"/>
        <source>%1 failed: cannot connect to the server (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationsBar</name>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="54"/>
        <source>Install slpm_ce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="55"/>
        <source>Install RoleDesk&apos;s compatibility extension for Hologres&apos; permission models (superuser; the script is shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="57"/>
        <source>Enable SLPM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="57"/>
        <source>Turn on the schema-level permission model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="58"/>
        <source>Enable SPM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="58"/>
        <source>Turn on the database-level simple permission model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="59"/>
        <source>Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="59"/>
        <source>Hand the objects that existed before enabling to the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="60"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="60"/>
        <source>Turn the model off; the groups are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="61"/>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="144"/>
        <source>Rename schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="62"/>
        <source>Rename the current schema and its groups (added to the pending changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="63"/>
        <source>Clean up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="63"/>
        <source>Drop the groups a disabled model left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="144"/>
        <source>Rename schema %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="153"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="158"/>
        <source>No schema-group model: database %1 has neither Hologres&apos; procedures nor slpm_ce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="162"/>
        <source>Hologres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="163"/>
        <source>slpm_ce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="166"/>
        <source>%1 is installed; the standard PostgreSQL model is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="167"/>
        <source>%1 is installed; the model is off, and %n group(s) of it remain (Clean up drops them).</source>
        <translation>
            <numerusform>%1 is installed; the model is off, and %n group of it remains (Clean up drops it).</numerusform>
            <numerusform>%1 is installed; the model is off, and %n groups of it remain (Clean up drops them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="172"/>
        <source>%1 is on (%2), %n group(s).</source>
        <translation>
            <numerusform>%1 is on (%2), %n group.</numerusform>
            <numerusform>%1 is on (%2), %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="174"/>
        <source>%n object(s) not migrated yet.</source>
        <translation>
            <numerusform>%n object not migrated yet.</numerusform>
            <numerusform>%n objects not migrated yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="176"/>
        <source>Migrate has not completed since enabling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="213"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="223"/>
        <source>Cancelling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="240"/>
        <source>%1: %n object(s) left</source>
        <translation>
            <numerusform>%1: %n object left</numerusform>
            <numerusform>%1: %n objects left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="241"/>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="245"/>
        <source>%n batch(es) done</source>
        <translation>
            <numerusform>%n batch done</numerusform>
            <numerusform>%n batches done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="316"/>
        <source>slpm_ce installed. The standard model stays in force until SLPM or SPM is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="331"/>
        <source>Rename schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="332"/>
        <source>New name of schema %1 (its developer, writer and viewer groups are renamed with it; the call joins the pending changes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="344"/>
        <source>Rename schema %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="346"/>
        <source>Renaming schema %1 to %2 was added to the pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::GroupsCommand</name>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="33"/>
        <location filename="../app/cli/cligroupslist.cpp" line="266"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="39"/>
        <source>Print the SQL script and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="52"/>
        <source>%1 is a role, but not a group of the %2 model in force in database %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="54"/>
        <source>unknown group %1: database %2 has no such group of the %3 model (run &quot;%4 groups&quot; to list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="65"/>
        <source>the user name %1 is reserved: user names must not end in admin, developer, writer, viewer or all_users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="69"/>
        <source>role %1 does not exist in database %2&apos;s cluster (create it with &quot;%3 groups create-user&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="99"/>
        <source>missing arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="102"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="111"/>
        <location filename="../app/cli/cligroupslist.cpp" line="336"/>
        <source>could not write to standard output: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="161"/>
        <source>create-user: the group the new user joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="168"/>
        <source>Add each USER to GROUP, a group of the model in force (SLPM: DB.admin, DB.SCHEMA.developer, writer or viewer; SPM: DB_admin, DB_developer...), through CALL slpm_grant (spm_grant). A user already in the group is left as it is. Other levels the user holds in the schema stay: use set-level to hold exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="173"/>
        <source>
Examples:
  %1 groups grant mydb.sales.viewer ann bob --dry-run
  %1 groups grant &quot;mydb.Mixed Case.writer&quot; ann
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="177"/>
        <source>Remove each USER from GROUP, a group of the model in force, through CALL slpm_revoke (spm_revoke). A user who is not a direct member is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="180"/>
        <source>
Example:
  %1 groups revoke mydb.sales.viewer ann
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="184"/>
        <source>Make LEVEL the one level USER holds directly in SCHEMA: revoke the schema&apos;s other groups the user is directly in, grant the level&apos;s group. LEVEL is none, viewer, writer or developer; admin (or none with SCHEMA &quot;-&quot;) acts on the database&apos;s admin group. Under SPM, SCHEMA is any schema (the levels are database-wide). A level held through another role stays, and is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="190"/>
        <source>
Examples:
  %1 groups set-level ann sales writer
  %1 groups set-level ann &quot;Mixed Case&quot; none
  %1 groups set-level ann - admin
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="195"/>
        <source>Create login USER through CALL slpm_create_user (spm_create_user), optionally straight into a group. User names may not end in admin, developer, writer, viewer or all_users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="198"/>
        <source>
Example:
  %1 groups create-user ann --group mydb.sales.viewer
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="201"/>
        <source>See above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="218"/>
        <source>no schema-group model is enabled in database %1: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="219"/>
        <source>Enable one first: %1 groups enable --model slpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="227"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="240"/>
        <source>%1 is already a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="241"/>
        <source>%1 is not a direct member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="252"/>
        <source>unknown level &quot;%1&quot; (expected none, viewer, writer, developer or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="258"/>
        <source>schema %1 has no groups in database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="260"/>
        <source>level %1 does not apply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="260"/>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="282"/>
        <source>Nothing to apply: database %1 already has it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="292"/>
        <source>The model: slpm or spm (enable: default slpm; otherwise the model in force, or the one whose groups are left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="295"/>
        <source>Objects per call (default 64; 0: the server&apos;s maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="298"/>
        <source>cleanup: the database whose groups are dropped (default: the connected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="301"/>
        <source>enable: slpm_enable(&apos;t&apos;), to enable again after cleanup (then migrate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="310"/>
        <source>Enable a schema-group model in the connected database (CALL slpm_enable() or spm_enable()). Needs a superuser, and is refused while other sessions run SQL in the database. Run migrate next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="313"/>
        <source>
Example:
  %1 groups enable --model slpm --dsn &quot;dbname=sales&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="317"/>
        <source>Hand the objects that existed before enabling to their schema&apos;s developer group, --batch objects per call, each call committed, until the server answers COMPLETED. Progress goes to standard error; Ctrl+C stops after the call in flight, and running it again goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="321"/>
        <source>
Example:
  %1 groups migrate --batch 100
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="324"/>
        <source>Disable the model in force (CALL slpm_disable() or spm_disable()). The groups stay, with their rights on existing objects; PUBLIC gets its default rights back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="327"/>
        <source>
Example:
  %1 groups disable
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="331"/>
        <source>After disable: drop the model&apos;s groups and hand what they owned to the caller, batch by batch (CALL slpm_cleanup(db, batch)), until COMPLETED. Ctrl+C stops after the call in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="334"/>
        <source>
Example:
  %1 groups cleanup --batch 100
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="345"/>
        <source>--batch must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="351"/>
        <source>unknown model &quot;%1&quot; (expected slpm or spm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="378"/>
        <source>%1: %2...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cligroups.cpp" line="397"/>
        <source>%n object(s) to hand over
</source>
        <translation>
            <numerusform>%n object to hand over
</numerusform>
            <numerusform>%n objects to hand over
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cligroups.cpp" line="399"/>
        <source>batch %1: %n object(s) left
</source>
        <translation>
            <numerusform>batch %1: %n object left
</numerusform>
            <numerusform>batch %1: %n objects left
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="401"/>
        <source>batch %1 done
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="111"/>
        <source>Database %1: model %2 (source %3%4%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="115"/>
        <source>, migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="115"/>
        <source>, not migrated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="118"/>
        <source>Database %1: no schema-group model is enabled (model standard, source %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="121"/>
        <source>Groups left behind by a disabled model (groups cleanup drops them):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="124"/>
        <source>Groups (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="134"/>
        <source>Users (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="138"/>
        <source>(database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="141"/>
        <source>(via %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="147"/>
        <source>(superuser: every right whatever its groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="240"/>
        <source>No drift from the model.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="249"/>
        <source>Show the schema-group model in force in one database (standard, spm or slpm, and where it comes from: slpm_ce or hologres), each group with its level, schema and direct members, and each user&apos;s level per schema, held directly or through which role. Members are direct members other than the model&apos;s own groups (a higher level&apos;s group may be a member of a lower one).

CSV columns: kind,name,level,schema,member,direct,via. Rows of kind &quot;group&quot; give a group, its level and schema, and one direct member each (none: one row with an empty member); rows of kind &quot;user&quot; give a user&apos;s level in one schema, &quot;true&quot; in direct when held directly, else the first role on the way in via. Schema &quot;*&quot; is the whole database (the admin group; under SPM every level).

JSON: {&quot;database&quot;, &quot;model&quot;: &quot;standard|spm|slpm&quot;, &quot;source&quot;: &quot;none|slpm_ce|hologres&quot;, &quot;extension_version&quot;, &quot;migrated&quot;, &quot;groups&quot;: [{&quot;name&quot;, &quot;level&quot;, &quot;schema&quot; (null for admin and SPM), &quot;members&quot;: [names]}], &quot;users&quot;: [{&quot;name&quot;, &quot;superuser&quot;, &quot;levels&quot;: {schema or &quot;*&quot;: {&quot;level&quot;, &quot;direct&quot;, &quot;via&quot; (null when direct)}}}]}. Only levels held are listed. When no model is enabled, groups lists what a disabled model left behind and users is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="269"/>
        <source>Output format: text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="272"/>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="275"/>
        <source>Instead of the listing, the drift from the model: objects not migrated, users in no group, rights granted around the groups, schemas without groups, groups of dropped schemas, changes to the model&apos;s own structure (CSV: kind,object,detail). Exit 1 when there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="288"/>
        <source>unknown subcommand &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="293"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="312"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="329"/>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ImpactPeople</name>
    <message>
        <location filename="../src/privileges/impactpeople.cpp" line="51"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impactpeople.cpp" line="51"/>
        <source>%n person(s) gain rights</source>
        <translation>
            <numerusform>%n person gains rights</numerusform>
            <numerusform>%n people gain rights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impactpeople.cpp" line="52"/>
        <source>%n person(s) lose rights</source>
        <translation>
            <numerusform>%n person loses rights</numerusform>
            <numerusform>%n people lose rights</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="120"/>
        <source>no effect: %1 already has these attributes, or they change none of its rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="123"/>
        <source>no effect on rights: only SUPERUSER and INHERIT change what a role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="126"/>
        <source>role %1 does not exist yet; what it may do is not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="129"/>
        <source>dropping role %1 is not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="132"/>
        <source>default privileges act on objects created later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="136"/>
        <source>this schema-group call is not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="201"/>
        <source>%1 is not in the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="207"/>
        <source>no effect: every role already holds %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="208"/>
        <source>no effect: no role loses %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="221"/>
        <source>no effect: %1 already holds %2 on %3 through %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="225"/>
        <source>no effect: %1 still holds %2 on %3 through %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="229"/>
        <source>no effect: %1 does not hold %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="230"/>
        <source>no effect on any effective right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="241"/>
        <source>no effect: %1 already has the privileges of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="245"/>
        <source>no effect: %1 still has the privileges of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="248"/>
        <source>no effect: %1 gives %2 no right it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="249"/>
        <source>no effect: %1 holds every right of %2 in another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="270"/>
        <source>no effect: %1 already holds the model role %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="273"/>
        <source>no effect: %1 still holds the model role %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="276"/>
        <source>no effect: %1 does not hold the model role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="278"/>
        <source>no effect: the model role %1 gives %2 no right it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="279"/>
        <source>no effect: %1 holds every right of the model role %2 in another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="530"/>
        <source>gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="531"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="532"/>
        <source>grant option gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="533"/>
        <source>grant option lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="540"/>
        <source>no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="540"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="546"/>
        <source>%1, %2, %3, %4 (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="547"/>
        <source>%n right(s) gained</source>
        <translation>
            <numerusform>%n right gained</numerusform>
            <numerusform>%n rights gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="547"/>
        <source>%n right(s) lost</source>
        <translation>
            <numerusform>%n right lost</numerusform>
            <numerusform>%n rights lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="548"/>
        <source>%n grant option(s) gained</source>
        <translation>
            <numerusform>%n grant option gained</numerusform>
            <numerusform>%n grant options gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="549"/>
        <source>%n grant option(s) lost</source>
        <translation>
            <numerusform>%n grant option lost</numerusform>
            <numerusform>%n grant options lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="550"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="550"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="40"/>
        <source>model role %1: pgx_inference keeps model roles outside the database&apos;s roles, so what it gives is not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="45"/>
        <source>model role %1: no model extension in this database (the call would fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="51"/>
        <source>model role %1: its group role %2 is not in the snapshot, so what it gives is not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::InferencePanel</name>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="66"/>
        <source>Check &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="70"/>
        <source>through the &amp;database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="71"/>
        <source>straight to the ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="73"/>
        <source>&amp;Run test inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="80"/>
        <source>Test &amp;access for all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="91"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="93"/>
        <source>Name: value (only for a restricted API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="97"/>
        <location filename="../ui/models/inferencepanel.cpp" line="259"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="99"/>
        <source>RoleDesk test inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="102"/>
        <source>Run as this role (SET ROLE in a transaction that is rolled back); empty: as yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="104"/>
        <source>SELECT pgx_inference.pgx_embedding_N(text): proves the role&apos;s right to use the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="105"/>
        <source>POST /v2/models/{model}/infer on the inference server (no database privileges involved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="108"/>
        <source>How many times to run it; the chart shows every run&apos;s latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="127"/>
        <source>Latency per run (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="132"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="148"/>
        <source>Inference server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="153"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="158"/>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="160"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="162"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="167"/>
        <source>Test inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="169"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="170"/>
        <source>As &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="175"/>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="177"/>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="190"/>
        <source>Who may use which model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="218"/>
        <source>Dimension %1 · norm %2 · %3 ms as %4
First values: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="228"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="358"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <source>&lt;b&gt;Server:&lt;/b&gt; %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <location filename="../ui/models/inferencepanel.cpp" line="380"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="371"/>
        <source>&lt;b&gt;Server:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="374"/>
        <source>&lt;b&gt;Server metadata:&lt;/b&gt; %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="375"/>
        <source>&lt;b&gt;Server metadata:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="380"/>
        <location filename="../ui/models/inferencepanel.cpp" line="382"/>
        <source>&lt;b&gt;Model %1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="381"/>
        <source>not ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="386"/>
        <source>&lt;b&gt;Metadata:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="391"/>
        <source>in %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="393"/>
        <source>out %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="394"/>
        <source>&lt;b&gt;Metadata:&lt;/b&gt; %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="402"/>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="406"/>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %n inference(s), %1 failed, mean %2 ms</source>
        <translation>
            <numerusform>&lt;b&gt;Statistics:&lt;/b&gt; %n inference, %1 failed, mean %2 ms</numerusform>
            <numerusform>&lt;b&gt;Statistics:&lt;/b&gt; %n inferences, %1 failed, mean %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="454"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="489"/>
        <source>Dimension %1 · norm %2 · %3 ms from the server
First values: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="523"/>
        <source>%n run(s) · median %1 ms · min %2 ms · max %3 ms</source>
        <translation>
            <numerusform>%n run · median %1 ms · min %2 ms · max %3 ms</numerusform>
            <numerusform>%n runs · median %1 ms · min %2 ms · max %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="552"/>
        <source>Running the inference as each role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="577"/>
        <source>%1 ≠ matrix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="579"/>
        <source>Matrix predicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="580"/>
        <source>Matrix: EXECUTE via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="590"/>
        <source>The test stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="592"/>
        <source>Cancelled; the cells tested so far are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="594"/>
        <source>Every run agrees with the privilege matrix (%1 × %2).</source>
        <comment>role count × model count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="595"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="595"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="597"/>
        <source>%n cell(s) disagree with the privilege matrix (marked red).</source>
        <translation>
            <numerusform>%n cell disagrees with the privilege matrix (marked red).</numerusform>
            <numerusform>%n cells disagree with the privilege matrix (marked red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="599"/>
        <source>%n cell(s) could not be determined (see their tooltips).</source>
        <translation>
            <numerusform>%n cell could not be determined (see its tooltip).</numerusform>
            <numerusform>%n cells could not be determined (see their tooltips).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::InterfaceLanguage</name>
    <message>
        <location filename="../ui/window/interfacelanguage.cpp" line="24"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/interfacelanguage.cpp" line="103"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::Journal</name>
    <message>
        <location filename="../src/store/journal.cpp" line="98"/>
        <location filename="../src/store/journal.cpp" line="167"/>
        <location filename="../src/store/journal.cpp" line="195"/>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="124"/>
        <source>Cannot record the plan in the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="170"/>
        <location filename="../src/store/journal.cpp" line="188"/>
        <location filename="../src/store/journal.cpp" line="198"/>
        <location filename="../src/store/journal.cpp" line="224"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="175"/>
        <location filename="../src/store/journal.cpp" line="201"/>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::JournalDialog</name>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="31"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="32"/>
        <source>Export &amp;SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="35"/>
        <source>Journal of applied plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="37"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="44"/>
        <source>Applied plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="49"/>
        <source>Filter by database, user, server, result, message or SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="54"/>
        <source>SQL of the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="61"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="105"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="106"/>
        <source>%1@%2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="109"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="110"/>
        <source>%1 %2: %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="113"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="131"/>
        <source>Nothing has been applied from this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/journaldialog.cpp" line="136"/>
        <source>Plan %1: %2, %n statement(s) in %3 ms.</source>
        <translation>
            <numerusform>Plan %1: %2, %n statement in %3 ms.</numerusform>
            <numerusform>Plan %1: %2, %n statements in %3 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="138"/>
        <source>Entry %1, %2 of model %3 as %4: %5 in %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="152"/>
        <source>Could not export the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="161"/>
        <source>Export the journal as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="161"/>
        <source>Export the journal as SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="163"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="163"/>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::KServeClient</name>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="126"/>
        <source>no inference server URL is configured (&quot;%1&quot; is not a URL with a host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="196"/>
        <source>the request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="199"/>
        <source>no answer within %1 ms from the inference server at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="204"/>
        <source>inference server at %1 is not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="207"/>
        <source>the connection to the inference server at %1 failed before a complete answer (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="220"/>
        <source>(no error text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="225"/>
        <source>restricted API: the server requires a header for %1 (HTTP 403) and none is configured; the server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="228"/>
        <source>restricted API: the server refused %1 (HTTP 403) with the header %2 that was sent; the server said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="233"/>
        <source>the inference server at %1 refused the input as too large (HTTP 413): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="236"/>
        <source>model &quot;%1&quot; is not loaded on the inference server at %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="242"/>
        <source>the inference server at %1 answered HTTP %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="261"/>
        <source>unexpected answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="262"/>
        <source>unexpected answer from model &quot;%1&quot; at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="281"/>
        <source>the liveness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="287"/>
        <source>the readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="293"/>
        <source>the server metadata request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="303"/>
        <source>the readiness check of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="309"/>
        <source>the metadata request of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="320"/>
        <source>the statistics request of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="340"/>
        <source>the input is %1 bytes, over the limit of %2 bytes: not sent to model &quot;%3&quot; at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="347"/>
        <source>the inference with model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="353"/>
        <source>the repository index request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="364"/>
        <source>loading model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="373"/>
        <source>unloading model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::KServeProtocol</name>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="20"/>
        <location filename="../src/inference/kserveprotocol.cpp" line="242"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="26"/>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="126"/>
        <source>the answer has no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="137"/>
        <source>output &quot;%1&quot; has datatype %2 where FP32 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="138"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="143"/>
        <source>output &quot;%1&quot; has shape %2 where [%3, dim] (one row of dim &gt; 0 values per input text) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="156"/>
        <source>output &quot;%1&quot;: value %2 is %3, not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="160"/>
        <source>output &quot;%1&quot; has shape %2, which needs %3 values, but %4 came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="196"/>
        <source>the model metadata has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="209"/>
        <source>the answer has no &quot;model_stats&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="243"/>
        <source>the answer is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LdapReader</name>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="92"/>
        <source>Reading people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="101"/>
        <source>%1: no %2 attribute; not read as a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="105"/>
        <source>%1: the id %2 is already %3&apos;s; not read as a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="112"/>
        <source>user filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="117"/>
        <source>Reading machine users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="126"/>
        <source>machine filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="140"/>
        <source>Reading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="148"/>
        <source>%1: no %2 attribute; not read as a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="152"/>
        <source>%1: the group name %2 is already %3&apos;s; not read as a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="166"/>
        <source>group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/platform/ldapdirectory.cpp" line="198"/>
        <source>%n member(s) of groups matched neither the user nor the group filter and were ignored (the first: %1)</source>
        <translation>
            <numerusform>%n member of groups matched neither the user nor the group filter and was ignored (the first: %1)</numerusform>
            <numerusform>%n members of groups matched neither the user nor the group filter and were ignored (the first: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="109"/>
        <source>the anonymous bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="115"/>
        <source>%1: cannot reach the server, or the TLS handshake failed: %2 (is the server&apos;s certificate signed by the CA file&apos;s authority, for this host name?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="171"/>
        <source>%1: no answer to %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="175"/>
        <source>%1: the server went away during %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="183"/>
        <source>%1: not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="186"/>
        <source>%1: no base DN to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="201"/>
        <source>%1: cannot read the CA file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="206"/>
        <source>%1: cannot set up TLS with the CA file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="210"/>
        <source>%1: StartTLS is for ldap:// URLs; an ldaps:// URL is encrypted already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="212"/>
        <location filename="../src/platform/ldapsession.cpp" line="230"/>
        <source>%1: cannot reach the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="214"/>
        <source>%1: StartTLS refused: %2; the connection is not used without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="220"/>
        <source>%1: no password for %2 (a bind DN without a password would read anonymously)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="232"/>
        <source>the bind as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="238"/>
        <source>%1: invalid credentials for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="240"/>
        <source>%1: cannot bind as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="256"/>
        <source>%1: cannot ask for paged results: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="262"/>
        <location filename="../src/platform/ldapsession.cpp" line="287"/>
        <source>%1: bad %2 &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="264"/>
        <location filename="../src/platform/ldapsession.cpp" line="289"/>
        <source>%1: searching %2 with the %3 &quot;%4&quot; failed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="279"/>
        <source>%1: the base DN %2 does not exist, or %3 may not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="281"/>
        <source>%1: the server&apos;s size limit stopped the search with the %2 &quot;%3&quot; after %4 entries, paged results notwithstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="285"/>
        <source>%1: the server does not page results (RFC 2696), so a size limit could cut the listing short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="307"/>
        <source>the search with the %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LineagePanel</name>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="57"/>
        <location filename="../ui/privileges/lineagepanel.cpp" line="227"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="64"/>
        <source>will be revoked: not held after the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="65"/>
        <source>still not held after the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="67"/>
        <source>still held after the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="68"/>
        <source>will be granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="98"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="99"/>
        <source>Select a cell of the privilege matrix to see where each privilege comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="114"/>
        <source>%1 is a superuser: every check is bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="117"/>
        <source>granted to PUBLIC (every role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="118"/>
        <source>granted to PUBLIC (every role) by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="121"/>
        <source>direct grant to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="122"/>
        <source>direct grant to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="126"/>
        <source>through membership %1, granted to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="127"/>
        <source>through membership %1, granted to %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="131"/>
        <source>owner of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="132"/>
        <source>through membership %1, the object&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="135"/>
        <source>predefined role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="136"/>
        <source>through membership %1 (predefined role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="144"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="145"/>
        <source>developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="146"/>
        <source>writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="147"/>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="148"/>
        <source> — schema group %1 (%2 of the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="149"/>
        <source> — schema group %1 (%2 of schema %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="153"/>
        <source> — with grant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="191"/>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="217"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="217"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="219"/>
        <source>, grantable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="239"/>
        <source>after the plan (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="239"/>
        <source>%1 (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="249"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/lineagepanel.cpp" line="252"/>
        <source>The pending plan changes %n privilege(s) here.</source>
        <translation>
            <numerusform>The pending plan changes %n privilege here.</numerusform>
            <numerusform>The pending plan changes %n privileges here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="258"/>
        <source>%1 holds no privilege on this object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LintCommand</name>
    <message>
        <location filename="../app/cli/clilint.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="87"/>
        <source>login problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="89"/>
        <source>note: no login in this server for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="91"/>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="99"/>
        <source>database %1: no violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="100"/>
        <source>database %1: violations: %2 (errors: %3, warnings: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="125"/>
        <source>Check separation-of-duties rules on one database: model owner and system administrator in one person, Organization Owner and Platform Admin, superuser or CREATEROLE logins, schema groups granted by mistake, rights in a database outside the person&apos;s platform projects. Each violation lists the path that causes it. Exit 1 on any violation, or on a login the platform file gives to two people or a listed login that does not exist; 0 when clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="134"/>
        <source>The platform file (YAML) whose people, platform roles and &quot;logins&quot; mapping to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="137"/>
        <source>The rules file (YAML); default: the shipped rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="139"/>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="141"/>
        <source>Check every database of the server the login can see, not only the connected one (one exit code for all; a database that cannot be read is reported and makes the exit 4 when nothing else is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="170"/>
        <source>interrupted; nothing was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="197"/>
        <source>could not list the server&apos;s databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LintDialog</name>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="45"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="46"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="49"/>
        <source>Separation of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="55"/>
        <source>Filter by rule, person, login, database or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="66"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="70"/>
        <source>Why the selected violation holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="71"/>
        <source>Select a violation to see the path that causes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="80"/>
        <source>&amp;Rules file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="82"/>
        <source>Check with the rules of a YAML file (format: README, &quot;Separation of duties&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="83"/>
        <source>&amp;Shipped rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="86"/>
        <source>Rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="87"/>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="97"/>
        <source>Export violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="98"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="149"/>
        <source>The rules file was not used; the rules in use stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="169"/>
        <source>the shipped rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="172"/>
        <source>Rules: %1 · People: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="173"/>
        <source>Rules: %1 · No platform file open: logins are checked without their people (Database ▸ Open platform file…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="193"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="225"/>
        <source>Database %1: no violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="226"/>
        <source>Database %1: violations: %2 (errors: %3, warnings: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="231"/>
        <source>Login problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="233"/>
        <source>No login in this server for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="270"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/lintdialog.cpp" line="273"/>
        <source>%n violation(s) written to %1.</source>
        <translation>
            <numerusform>%n violation written to %1.</numerusform>
            <numerusform>%n violations written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::LintFactCollector</name>
    <message>
        <location filename="../src/lint/lintfacts.cpp" line="68"/>
        <source>%1 on %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LintRulesFormat</name>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="56"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="58"/>
        <source>&quot;%1&quot; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="68"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="77"/>
        <source>&quot;%1&quot;: a list expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="84"/>
        <source>&quot;%1&quot;: a name expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="100"/>
        <source>a mapping with rules expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="106"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="109"/>
        <source>&quot;database_projects&quot;: a mapping of database names to projects expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="112"/>
        <source>database %1: a project name expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="119"/>
        <source>&quot;rules&quot;: a list of rules expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="127"/>
        <source>another rule is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="138"/>
        <source>a rule is a mapping with name, severity and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="145"/>
        <source>a rule needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="151"/>
        <source>severity must be error or warning, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="158"/>
        <source>rule %1: include_bootstrap takes true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="166"/>
        <source>rule %1: &quot;when&quot; must hold exactly one condition (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="178"/>
        <source>rule %1: unknown condition &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="184"/>
        <source>rule %1: platform_roles: a list of role ids expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="194"/>
        <source>rule %1: platform_roles: &quot;role&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="197"/>
        <source>rule %1: platform_roles: a role id or {role, project} expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="201"/>
        <source>rule %1: unknown platform role &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="207"/>
        <source>rule %1: login_attribute must be superuser or createrole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="213"/>
        <source>rule %1: unknown model role &quot;%2&quot; (expected model_owner, system_administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="215"/>
        <source>rule %1: model_roles lists no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="221"/>
        <source>rule %1: %2 takes true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="225"/>
        <source>rule %1: include_bootstrap applies to login_attribute rules only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="242"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="252"/>
        <source>%1:%2: not YAML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="267"/>
        <source>One person imports models and administers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="268"/>
        <source>One person owns the organization and administers the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="269"/>
        <source>A superuser bypasses every privilege check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="270"/>
        <source>CREATEROLE can create roles and grant most memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="271"/>
        <source>Developer of one schema and only viewer of another, often a grant to the wrong schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="272"/>
        <source>A schema group held directly that a higher group of the same login already covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="273"/>
        <source>Rights in a database whose project none of the person&apos;s platform roles covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::LintViolationModel</name>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="22"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="22"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="30"/>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="31"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="69"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="86"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="87"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="88"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="89"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="90"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="91"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="66"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="69"/>
        <source>RoleDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="72"/>
        <location filename="../ui/window/mainwindow.cpp" line="198"/>
        <source>&amp;Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="73"/>
        <location filename="../ui/window/mainwindow.cpp" line="200"/>
        <source>&amp;Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="96"/>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="100"/>
        <source>%n pending change(s) for database %1 set aside with their undo history; they come back when you connect to %1 again.</source>
        <translation>
            <numerusform>%n pending change for database %1 set aside with its undo history; it comes back when you connect to %1 again.</numerusform>
            <numerusform>%n pending changes for database %1 set aside with their undo history; they come back when you connect to %1 again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="105"/>
        <source>%n pending change(s) for database %1 restored with their undo history.</source>
        <translation>
            <numerusform>%n pending change for database %1 restored with its undo history.</numerusform>
            <numerusform>%n pending changes for database %1 restored with their undo history.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="112"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="113"/>
        <source>Reading %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="152"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>Connect to a database (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="158"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="161"/>
        <source>Read the catalog again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="164"/>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="167"/>
        <source>Stop loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="170"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="176"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="180"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="188"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="204"/>
        <source>&amp;Why? panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="211"/>
        <location filename="../ui/window/mainwindow.cpp" line="259"/>
        <location filename="../ui/window/mainwindow.cpp" line="302"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="253"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="254"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="275"/>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="276"/>
        <source>RoleDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="279"/>
        <source>Parts of the catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="290"/>
        <source>SQLSTATE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="295"/>
        <source>Could not read the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="297"/>
        <source>The connection was lost while reading the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="299"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="327"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="334"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="343"/>
        <source>&amp;Apply pending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="347"/>
        <source>&amp;Pending changes panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <location filename="../ui/window/mainwindow.cpp" line="438"/>
        <source>&amp;Default privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="390"/>
        <source>Policy drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="417"/>
        <source>&amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="35"/>
        <source>Save a&amp;udit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="40"/>
        <source>Compare with &amp;saved audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="43"/>
        <source>Compare with saved audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="44"/>
        <source>Saved audits (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="65"/>
        <source>Export repor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="426"/>
        <source>P&amp;olicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="428"/>
        <source>&amp;Export policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="430"/>
        <source>&amp;Compare with policy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="432"/>
        <source>&amp;Add converging plan to pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="436"/>
        <source>Policy &amp;drift panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="454"/>
        <location filename="../ui/window/mainwindow.cpp" line="467"/>
        <source>M&amp;odels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="456"/>
        <source>&amp;Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="462"/>
        <source>In&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="478"/>
        <location filename="../ui/window/mainwindow.cpp" line="483"/>
        <source>Schema &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="499"/>
        <location filename="../ui/window/mainwindow.cpp" line="520"/>
        <source>P&amp;latform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="54"/>
        <source>Check separation of &amp;duties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="535"/>
        <location filename="../ui/window/mainwindow.cpp" line="536"/>
        <source>Perso&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="567"/>
        <source>Policy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="575"/>
        <source>Compare with policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Policy files (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixEditActions</name>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="51"/>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="52"/>
        <source>Grant &amp;with grant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="53"/>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="54"/>
        <source>Revoke grant &amp;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="74"/>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="75"/>
        <source>functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="76"/>
        <source>procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="77"/>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="78"/>
        <source>tables and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="176"/>
        <source>All applicable privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="219"/>
        <source>Grant on all %1 in schema %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="229"/>
        <source>Grant %1 on all %2 in schema %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="248"/>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="350"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixeditactions.cpp" line="248"/>
        <source>%n selected cell(s)</source>
        <translation>
            <numerusform>%n selected cell</numerusform>
            <numerusform>%n selected cells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="251"/>
        <source>Whole row: %1 on every object shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="254"/>
        <source>Whole column: every role shown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="262"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="263"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="274"/>
        <source>%1 on every object shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="275"/>
        <source>Every role shown on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="348"/>
        <source>all privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixeditactions.cpp" line="352"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="355"/>
        <source>Grant %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="356"/>
        <source>Grant %1 with grant option to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="357"/>
        <source>Revoke %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="358"/>
        <source>Revoke the grant option for %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="363"/>
        <source>Nothing to change: %1 already as asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixHeaderView</name>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="17"/>
        <source>db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="18"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="19"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="20"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="21"/>
        <source>matview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="22"/>
        <source>seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="23"/>
        <source>foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="24"/>
        <source>col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="25"/>
        <source>func</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="26"/>
        <source>proc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="27"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="28"/>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="154"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixLegend</name>
    <message>
        <location filename="../ui/common/matrixlegend.cpp" line="18"/>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixPage</name>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="35"/>
        <source>All objects except columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="38"/>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="41"/>
        <source>Tables and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="43"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="44"/>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="45"/>
        <source>Functions and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="46"/>
        <source>Schemas and databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="47"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="48"/>
        <source>Procedural languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="83"/>
        <source>Privilege matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="87"/>
        <source>Connect to a database to see who can do what (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="132"/>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="135"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="136"/>
        <source>Users (can log in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="137"/>
        <source>Groups (no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="139"/>
        <source>&amp;Predefined pg_* roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="140"/>
        <source>Show the built-in pg_* roles too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="144"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="148"/>
        <source>&amp;Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="156"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="157"/>
        <location filename="../ui/privileges/matrixpage.cpp" line="237"/>
        <source>All schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="160"/>
        <source>Filter objects by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="215"/>
        <source>&lt;b&gt;*&lt;/b&gt; grantable · &lt;b&gt;ALL&lt;/b&gt; every privilege · ● user ◆ group ★ superuser ◇ predefined role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="217"/>
        <source>Letters: r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="247"/>
        <source>%1, %2</source>
        <comment>role count, object count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixpage.cpp" line="248"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 of %n role</numerusform>
            <numerusform>%1 of %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixpage.cpp" line="249"/>
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>%1 of %n object</numerusform>
            <numerusform>%1 of %n objects</numerusform>
        </translation>
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
        <location filename="../ui/roles/membershippage.cpp" line="33"/>
        <source>Show &amp;predefined pg_* roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="36"/>
        <source>Pending role and membership changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="40"/>
        <source>Each role → the roles it is a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="41"/>
        <source>Each role → its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="43"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="52"/>
        <source>Role memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="61"/>
        <source>Pending role and membership changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="67"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="128"/>
        <source>&amp;New role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="130"/>
        <source>&amp;Edit role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="132"/>
        <source>&amp;Drop role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="134"/>
        <source>&amp;Add membership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="136"/>
        <source>&amp;Remove membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="138"/>
        <source>Toggle admin &amp;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="141"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="143"/>
        <source>Create a role (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="144"/>
        <source>Change the selected role&apos;s attributes, password and groups (F2, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="145"/>
        <source>Drop the selected role, after reassigning or dropping what it owns (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="146"/>
        <source>Add a membership to the selected role (Shift+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="147"/>
        <source>Remove the selected membership (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="148"/>
        <source>Give or take the selected membership&apos;s admin option (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="160"/>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="161"/>
        <source>&amp;Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="258"/>
        <source>Create role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="269"/>
        <source>Alter role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="279"/>
        <source>Drop role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="291"/>
        <source>Add a member to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="291"/>
        <source>Add %1 to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="300"/>
        <source>With &amp;admin option (may grant it on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="304"/>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="304"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="313"/>
        <source>Grant %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="322"/>
        <source>Revoke %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="329"/>
        <source>Toggle admin option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="24"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="25"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelAccessModel</name>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="88"/>
        <source>Pending: grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="88"/>
        <source>Pending: revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="90"/>
        <source>(granted by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="111"/>
        <source>This database has no in-database model extension (pgx_inference or pgx_inference_ce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="115"/>
        <source>The holders of the model roles are unknown: pgx_inference does not document where it keeps them. Granting a model role works; revoking one needs its holders known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="117"/>
        <source>The holders of the model roles could not be read; granting works, revoking does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="163"/>
        <source>Extension owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="164"/>
        <source>Model owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="165"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="166"/>
        <source>USAGE on schema pgx_inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="167"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="176"/>
        <source>Extension owner: the role that created the extension, and every superuser. May import, update, delete, load, unload and use every model and grant every privilege. Read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="179"/>
        <source>Model owner: may import models; update, delete, read the file of and use only its own models, and grant their use to others. May not load or unload models. Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema pgx_inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="183"/>
        <source>System administrator: may load and unload models, delete any model, see the total size of the loaded models and every model&apos;s metadata and status; may not import, update or use models. Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema pgx_inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="188"/>
        <source>USAGE on schema pgx_inference: needed to call any function of the extension. The model roles bring it; the extension owner grants it to model users. Alone it allows nothing, so it may be granted in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="192"/>
        <source>Use model %1: EXECUTE on function pgx_inference.%2(text), to run inference with the model and read its metadata and status. Its owner and superusers always may. Granted by the model&apos;s owner; the user also needs USAGE on schema pgx_inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="214"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="216"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="223"/>
        <source>superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="225"/>
        <source>ext. owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="225"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="228"/>
        <source>inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="228"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="229"/>
        <source>predefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="241"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="248"/>
        <source>The function of this model (%1) is missing: no one can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="250"/>
        <source>Model roles and the extension&apos;s ownership belong to roles, not to PUBLIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="253"/>
        <source>Unknown: the holders of the model roles cannot be read in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="256"/>
        <source>Not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="260"/>
        <source>superuser: may do everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="262"/>
        <source>owner of extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="264"/>
        <source>the extension owner: may do everything this role allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="265"/>
        <source>owner of the model (its function), or a member of the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="266"/>
        <source>owner of the schema, or a member of the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="268"/>
        <source>held directly (pgx_grant_model_role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="268"/>
        <source>direct grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="273"/>
        <source>inherited through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="276"/>
        <source>through a predefined role (pg_read_all_data or pg_write_all_data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="278"/>
        <source>granted to PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="283"/>
        <source>Space: revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="283"/>
        <source>Space: grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="285"/>
        <source>Read-only: the extension owner is the role that created the extension; superusers count as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="287"/>
        <source>Read-only: held as superuser or owner, which is not granted and cannot be revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="372"/>
        <source>PUBLIC — every role, present and future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="386"/>
        <source>%1 — superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="387"/>
        <source>%1 — predefined role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="388"/>
        <source>%1 — login role (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="389"/>
        <source>%1 — group role (no login)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelAccessPage</name>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="114"/>
        <source>Model access matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="127"/>
        <location filename="../ui/models/modelaccesspage.cpp" line="228"/>
        <source>Connect to a database to see who may use its models (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="163"/>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="166"/>
        <source>Filter roles by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="169"/>
        <source>Show &amp;all roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="171"/>
        <source>Off: roles that can log in, and group roles that hold something here. On: every role, the predefined pg_* roles and PUBLIC included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="192"/>
        <source>superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="193"/>
        <source>owner (of the extension, the model or the schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="194"/>
        <source>✓ held directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="195"/>
        <source>via a role it inherits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="196"/>
        <source>via a predefined role (pg_read_all_data...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="197"/>
        <source>PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="201"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="202"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="203"/>
        <source>Space or double click: grant or revoke the current cell (it joins the pending changes). Italic: held as superuser or owner, not revocable here. Hover a column title for what its holders may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="238"/>
        <source>%1, %2</source>
        <comment>role count, model count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelaccesspage.cpp" line="239"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 of %n role</numerusform>
            <numerusform>%1 of %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelaccesspage.cpp" line="240"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="279"/>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelCatalog</name>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="100"/>
        <source>No USAGE privilege on schema pgx_inference: the models cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="115"/>
        <source>Cannot read table pgx_inference.pgx_models (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="125"/>
        <source>No SELECT privilege on pgx_inference.pgx_models: only the models the extension lets this user see are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="128"/>
        <source>Cannot list the models (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="137"/>
        <source>The group roles pgx_model_owner and pgx_system_administrator do not exist: the holders of the model roles are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="155"/>
        <source>Cannot read the model roles (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="172"/>
        <source>Cannot read the total size of the loaded models (%1): the total counts only the models listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="187"/>
        <source>pgx_inference.total_loaded_model_size_limit is not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelImportDialog</name>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="33"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="34"/>
        <location filename="../ui/models/modelimportdialog.cpp" line="196"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="35"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="38"/>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="42"/>
        <source>An .onnx file; drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="44"/>
        <source>A-Z a-z 0-9 _ . -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="62"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="66"/>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="72"/>
        <source>The file is streamed into the database as a large object and registered with pgx_import_model; you become the model&apos;s owner. Only you (and the extension owner) may use it until you grant its use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="130"/>
        <source>Choose the model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="133"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="135"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="137"/>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="141"/>
        <source>A model named &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="146"/>
        <source>The metadata is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="148"/>
        <source>The metadata must be a JSON object, such as {&quot;dimension&quot;: 384}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="161"/>
        <source>%1 will be imported as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="171"/>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="172"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="183"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="196"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="206"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="237"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelImporter</name>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="57"/>
        <source>Upload %1 holds %2 bytes where %3 were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="81"/>
        <source>File &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="83"/>
        <source>&quot;%1&quot; is a folder, not a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="85"/>
        <source>&quot;%1&quot; is not a regular file (a device, a pipe or a socket), so it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="90"/>
        <source>File &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="96"/>
        <source>Cannot read file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="105"/>
        <source>File &quot;%1&quot; was deleted or moved while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="107"/>
        <source>File &quot;%1&quot; changed size while it was read (%2 bytes at the start, %3 bytes now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="112"/>
        <source>File &quot;%1&quot; was modified while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="159"/>
        <source>Cannot read file &quot;%1&quot; after %2 bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="165"/>
        <source>File &quot;%1&quot; ended after %2 of %3 bytes: it was truncated while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelimporter.cpp" line="21"/>
        <source>&quot;%1&quot; is not a valid model name: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelInventoryModel</name>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="186"/>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="187"/>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="187"/>
        <source>not loaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="195"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="197"/>
        <source>The model&apos;s function is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="198"/>
        <source>EXECUTE on this function is the right to use the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="200"/>
        <source>Availability on the inference server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="200"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="202"/>
        <source>Roles granted EXECUTE on the model&apos;s function, besides its owner. Roles that inherit from them may use the model too: see the Model access tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="219"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="220"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="221"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="222"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="223"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="224"/>
        <source>Load state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="225"/>
        <source>Permitted users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="226"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelName</name>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="28"/>
        <source>A model name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="34"/>
        <source>Character %1 at position %2 is not allowed in a model name: use only A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="40"/>
        <source>A model name cannot start with &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="42"/>
        <source>A model name cannot end with &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="44"/>
        <source>A model name cannot contain &quot;..&quot; (at position %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelOperations</name>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="128"/>
        <location filename="../src/pgx/modeloperations.cpp" line="174"/>
        <source>Cannot write file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="139"/>
        <source>Cannot write file &quot;%1&quot; after %2 bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="163"/>
        <source>The file of model &quot;%1&quot; holds %2 bytes, but the model records %3 bytes. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelOutcome</name>
    <message>
        <location filename="../src/pgx/modeltaskrunner.cpp" line="83"/>
        <source>%1 failed: cannot connect to the server (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="107"/>
        <source>%1 was cancelled. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="119"/>
        <source>Importing model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="120"/>
        <source>Loading model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="121"/>
        <source>Unloading model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="122"/>
        <source>Deleting model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="123"/>
        <source>Updating the metadata of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="124"/>
        <source>Replacing the file of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="125"/>
        <source>Exporting the file of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="133"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="134"/>
        <source>The model keeps its previous file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="135"/>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="136"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="169"/>
        <source>Role &quot;%1&quot; has no USAGE privilege on schema pgx_inference, so it may not work with model &quot;%2&quot;: the extension owner grants it (pgx_grant_model_role grants it with a model role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="175"/>
        <source>Role &quot;%1&quot; may not import model &quot;%2&quot;: it needs the model_owner role (granted by the extension owner with pgx_grant_model_role) or to be the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="179"/>
        <source>Role &quot;%1&quot; may not load model &quot;%2&quot;: it needs the system_administrator role or to be the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="183"/>
        <source>Role &quot;%1&quot; may not unload model &quot;%2&quot;: it needs the system_administrator role or to be the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="187"/>
        <source>Role &quot;%1&quot; may not delete model &quot;%2&quot;: it needs to own the model and hold the model_owner role, the system_administrator role, or to be the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="192"/>
        <source>Role &quot;%1&quot; may not update model &quot;%2&quot;: it needs to own the model and hold the model_owner role, or to be the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="196"/>
        <source>Role &quot;%1&quot; may not read the file of model &quot;%2&quot;: it needs to own the model and hold the model_owner role, or to be the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="217"/>
        <source>%1 failed: the connection to the server was lost (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="218"/>
        <source>Refresh to see whether it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="227"/>
        <source>Model &quot;%1&quot; does not exist in database &quot;%2&quot; (it may have been deleted meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="230"/>
        <source>%1 was refused: this session&apos;s value of %2 differs from its configured value, and pgx_inference uses only the configured one, whatever the role. Reset it in the session (RESET %2; look at the connection&apos;s options and PGOPTIONS), or have a superuser configure it (ALTER DATABASE, ALTER ROLE or ALTER SYSTEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="248"/>
        <source>&quot;%1&quot; is not a valid model name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="251"/>
        <source>A model named &quot;%1&quot; already exists in database &quot;%2&quot;: choose another name, or replace that model&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="259"/>
        <source>Model &quot;%1&quot; is loaded and cannot be deleted: unload it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="262"/>
        <source>Model &quot;%1&quot; could not be loaded: the total size of the loaded models would exceed the limit (pgx_inference.total_loaded_model_size_limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="270"/>
        <source>The metadata of model &quot;%1&quot; is larger than pgx_inference takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="275"/>
        <source>%1 failed: database &quot;%2&quot; has no pgx_inference extension, or one without the function needed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="279"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="333"/>
        <source>The metadata of model &quot;%1&quot; is not valid JSON: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="337"/>
        <source>The metadata of model &quot;%1&quot; must be a JSON object ({...}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelTask</name>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="30"/>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="31"/>
        <source>Load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="32"/>
        <source>Unload model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="33"/>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="34"/>
        <source>Update model metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="35"/>
        <source>Replace model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="36"/>
        <source>Export model file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ModelsPage</name>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="80"/>
        <source>Install pgx_inference_ce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="88"/>
        <source>This database has no pgx_inference extension. RoleDesk can install pgx_inference_ce, which gives community PostgreSQL the same functions and privilege model (a superuser is needed; the script is shown first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="98"/>
        <source>Total size of the loaded models against pgx_inference.total_loaded_model_size_limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="114"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="115"/>
        <source>Import an .onnx file as a new model (Ctrl+I); you can also drop a file on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="116"/>
        <source>Replace &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="116"/>
        <source>Replace the model&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="117"/>
        <source>&amp;Metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="117"/>
        <source>Edit the model&apos;s metadata (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="118"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="118"/>
        <source>Delete the model (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="120"/>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="120"/>
        <source>Load the model on the inference server (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="121"/>
        <source>&amp;Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="121"/>
        <source>Unload the model (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="123"/>
        <source>&amp;Export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="123"/>
        <source>Save the model&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="124"/>
        <source>&amp;Grant use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="125"/>
        <source>Let a role use the model: EXECUTE on its function, added to the pending changes (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="163"/>
        <source>Loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="173"/>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="187"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="235"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="240"/>
        <source>No in-database models: database %1 has neither pgx_inference nor pgx_inference_ce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="248"/>
        <source>extension owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="250"/>
        <source>model owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="252"/>
        <source>system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="253"/>
        <source>no model role (a model user where granted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="255"/>
        <source>model roles unknown: the vendor&apos;s extension does not document where it keeps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="257"/>
        <source>pgx_inference %1 (Fujitsu Enterprise Postgres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="258"/>
        <source>pgx_inference_ce %1 (RoleDesk&apos;s compatibility extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelspage.cpp" line="259"/>
        <source>%1, owned by %2 · %n model(s) · you (%3): %4</source>
        <translation>
            <numerusform>%1, owned by %2 · %n model · you (%3): %4</numerusform>
            <numerusform>%1, owned by %2 · %n models · you (%3): %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="264"/>
        <source>On Fujitsu Enterprise Postgres, models are imported, updated and exported with the vendor&apos;s client tools; RoleDesk calls only the documented functions (load, unload, delete, metadata, model roles) and grants use with GRANT EXECUTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="275"/>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="281"/>
        <source>%1 · no limit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="335"/>
        <source>On Fujitsu Enterprise Postgres this is done with the vendor&apos;s client tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="337"/>
        <source>Importing needs the model_owner role (granted by the extension owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="342"/>
        <source>Loading and unloading need the system_administrator role or the extension owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="369"/>
        <source>Another model task is running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="385"/>
        <source>%1 “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="403"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="422"/>
        <source>Model “%1” imported (%2) as pgx_inference.%3(text); you own it. Grant its use to let others run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="425"/>
        <source>Model “%1” loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="426"/>
        <source>Model “%1” unloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="427"/>
        <source>Model “%1” deleted, with its function and file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="428"/>
        <source>Metadata of model “%1” updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="429"/>
        <source>File of model “%1” replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="430"/>
        <source>File of model “%1” saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="436"/>
        <source>%1 of “%2” cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="476"/>
        <source>Model “%1” is loaded; the extension refuses to delete a loaded model. Unload it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="477"/>
        <source>Delete model “%1”, its function pgx_inference.%2(text) and its file? Roles granted its use lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="483"/>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="496"/>
        <source>Metadata of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="496"/>
        <source>A JSON object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="504"/>
        <source>The metadata of “%1” was not changed: it must be a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="505"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="516"/>
        <source>New file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="517"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="527"/>
        <source>Save the file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="528"/>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="562"/>
        <source>Grant use of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="563"/>
        <source>Role that may use model “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="566"/>
        <source>Grant use of model %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="577"/>
        <source>pgx_inference_ce installed.</source>
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
    <name>roledesk::PendingChangesDock</name>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="66"/>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="85"/>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="95"/>
        <source>SQL preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="98"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="99"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="112"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="114"/>
        <source>Remove the selected changes from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="117"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="120"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="121"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="123"/>
        <source>Remove every pending change (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="132"/>
        <source>&amp;Copy SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="134"/>
        <source>&amp;Save as .sql…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="136"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="138"/>
        <source>Run the plan in one transaction on the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="206"/>
        <source>No pending changes. Right-click a matrix cell to grant or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="207"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="208"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="247"/>
        <source>Remove %n pending change(s)</source>
        <translation>
            <numerusform>Remove %n pending change</numerusform>
            <numerusform>Remove %n pending changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="252"/>
        <source>Save the plan as SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="255"/>
        <source>SQL scripts (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="268"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="271"/>
        <source>Saved the plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="281"/>
        <source>Apply the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="282"/>
        <source>Run %n statement(s) in one transaction on database %1 as %2?</source>
        <translation>
            <numerusform>Run %n statement in one transaction on database %1 as %2?</numerusform>
            <numerusform>Run %n statements in one transaction on database %1 as %2?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="286"/>
        <source>RoleDesk first checks that nothing the plan touches changed since the snapshot. If any statement fails, nothing is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="288"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="295"/>
        <source>The plan cannot be applied now (a load is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="302"/>
        <source>Applying %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="316"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="318"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="320"/>
        <source>SQLSTATE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="328"/>
        <source>Applied %n statement(s) in %1 ms; the fresh snapshot shows every change.</source>
        <translation>
            <numerusform>Applied %n statement in %1 ms; the fresh snapshot shows every change.</numerusform>
            <numerusform>Applied %n statements in %1 ms; the fresh snapshot shows every change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="336"/>
        <source>Applied, but the fresh snapshot differs from the plan in %n place(s): %1</source>
        <translation>
            <numerusform>Applied, but the fresh snapshot differs from the plan in %n place: %1</numerusform>
            <numerusform>Applied, but the fresh snapshot differs from the plan in %n places: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="344"/>
        <source>%1: was %2, now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="346"/>
        <source>Nothing was applied: the database changed since the snapshot (%1). The matrix now shows the current state; the plan is still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="354"/>
        <source>Nothing was applied: %1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="359"/>
        <source>Apply cancelled; nothing was applied. The plan is still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="363"/>
        <source>The connection was lost while applying; the transaction did not commit and nothing was applied. The plan is still pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PendingChangesModel</name>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="19"/>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="20"/>
        <source>functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="21"/>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="22"/>
        <source>schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="23"/>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="51"/>
        <source>Grant %1 on %2 to %3 with grant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="51"/>
        <source>Grant %1 on %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="55"/>
        <source>Revoke the grant option for %1 on %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="56"/>
        <source>Revoke %1 on %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="59"/>
        <source>(granted by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="61"/>
        <source>and the grants made with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="65"/>
        <source>Make %1 a member of %2 with admin option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="65"/>
        <source>Make %1 a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="69"/>
        <source>Take the admin option of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="69"/>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="72"/>
        <source>Create role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="75"/>
        <source>Rename role %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="77"/>
        <source>Alter role %1 and rename it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="78"/>
        <source>Alter role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="82"/>
        <source>Drop role %1 (its objects go to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="83"/>
        <source>Drop role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="86"/>
        <source>in every schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="86"/>
        <source>in schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="87"/>
        <source>By default grant %1 on new %2 of %3 %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="88"/>
        <source>By default revoke %1 on new %2 of %3 %4 from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="92"/>
        <source>system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="93"/>
        <source>model owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="94"/>
        <source>Make %1 a %2 (pgx_inference model role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="95"/>
        <source>Take the %2 model role (pgx_inference) from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="101"/>
        <source>Add %1 to schema group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="103"/>
        <source>Remove %1 from schema group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="105"/>
        <source>Create user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="106"/>
        <source>Create user %1 in schema group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="108"/>
        <source>Rename schema %1 and its groups to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonCommand</name>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="36"/>
        <source>login %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="38"/>
        <source>no such role in this database&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="39"/>
        <source>attributes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="40"/>
        <source>may connect: yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="40"/>
        <source>may connect: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="53"/>
        <source>[admin option]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="55"/>
        <source>[not inherited: SET ROLE only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="58"/>
        <source>memberships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="62"/>
        <location filename="../app/cli/cliperson.cpp" line="96"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="64"/>
        <source>schema groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="68"/>
        <source>model roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="71"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="72"/>
        <source>models it may use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="75"/>
        <source>%1 on %2 %3%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="77"/>
        <source>[grantable]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="78"/>
        <source>rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="80"/>
        <source>rights: none of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="82"/>
        <source>rights through PUBLIC alone, not listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="84"/>
        <source>rights through SUPERUSER alone, not listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="90"/>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="91"/>
        <source>person %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="92"/>
        <source>platform roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="94"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="98"/>
        <source>logins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="100"/>
        <source>none: this person has no database login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="104"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="106"/>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="108"/>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="110"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="121"/>
        <source>Show one person across every layer: platform roles (manual or which rule), the database logins that are theirs (the platform file&apos;s &quot;logins&quot;), and for each login its attributes, memberships, schema groups, model roles, the models it may use, whether it may connect, and its rights on objects, each with its lineage. Rights that only PUBLIC or SUPERUSER gives are counted, not listed. Exit 0; 1 when a login of the person is matched by another person too; 4 when no database could be read. A database the login may not connect to is reported and the rest still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="131"/>
        <source>Read every database of the server the login can see, not only the connected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="133"/>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="135"/>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="137"/>
        <source>The person&apos;s id or display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="145"/>
        <source>give exactly one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="147"/>
        <source>--platform-file is required: it says who the person is and which logins are theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="163"/>
        <source>warning: %1 has no &quot;logins&quot; section: no login is anybody&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="171"/>
        <source>interrupted; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="184"/>
        <source>could not list the server&apos;s databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="205"/>
        <source>reading database %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonLayersModel</name>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="53"/>
        <source>Not in this database&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="56"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>may not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="60"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="61"/>
        <location filename="../src/models/personlayersmodel.cpp" line="70"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="65"/>
        <source>SET ROLE only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="67"/>
        <source>with ADMIN OPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="70"/>
        <source>Schema groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="73"/>
        <source>%1 of schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="76"/>
        <source>Model roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="76"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="79"/>
        <source>Models usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="79"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="83"/>
        <source>%n right(s) in the table</source>
        <translation>
            <numerusform>%n right in the table</numerusform>
            <numerusform>%n rights in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="85"/>
        <source>; %n more through PUBLIC only</source>
        <translation>
            <numerusform>; %n more through PUBLIC only</numerusform>
            <numerusform>; %n more through PUBLIC only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="87"/>
        <source>; %n more as superuser only</source>
        <translation>
            <numerusform>; %n more as superuser only</numerusform>
            <numerusform>; %n more as superuser only</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="88"/>
        <source>Rights on objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="98"/>
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n login</numerusform>
            <numerusform>%n logins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="102"/>
        <source>Catalog not fully read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="107"/>
        <source>not read: the sweep was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="173"/>
        <source>Database, login, layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="174"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="175"/>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonLogins</name>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="52"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="57"/>
        <source>pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="63"/>
        <source>listed (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="65"/>
        <source>the logins of %1 name the role &quot;%2&quot;, which does not exist (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="79"/>
        <source>the logins listed for %1 (line %2) belong to nobody the platform knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="84"/>
        <source>the login %1 is matched by %2 people: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonPage</name>
    <message>
        <location filename="../ui/people/personpage.cpp" line="65"/>
        <source>&amp;Read every database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="66"/>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="71"/>
        <source>Open plat&amp;form file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="101"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="102"/>
        <source>Reading database %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="134"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="136"/>
        <source>This database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="137"/>
        <source>Every database of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="138"/>
        <source>This database: the connected database&apos;s snapshot. Every database: each database of the server read once, in turn, with the same login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="141"/>
        <source>Read the catalog of every database of the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="143"/>
        <source>Stop reading; the databases read so far stay shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="148"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="160"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="163"/>
        <source>Person as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="164"/>
        <source>Export person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="164"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="166"/>
        <source>Rights table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="167"/>
        <source>Export rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="167"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="179"/>
        <source>Platform roles of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="183"/>
        <source>Logins and their layers, per database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="193"/>
        <source>Effective rights on objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="203"/>
        <source>Filter: object, privilege, login, through… (every word must match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="206"/>
        <source>Database of the rights shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="212"/>
        <source>Per&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="214"/>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="243"/>
        <source>Pla&amp;tform roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="248"/>
        <source>Logins and their la&amp;yers, per database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="259"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="264"/>
        <source>Effective rights on ob&amp;jects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="444"/>
        <location filename="../ui/people/personpage.cpp" line="449"/>
        <source>the login chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="480"/>
        <source>Every database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="507"/>
        <source>Reading was cancelled: %n database(s) not read; what is shown is incomplete.</source>
        <translation>
            <numerusform>Reading was cancelled: %n database not read; what is shown is incomplete.</numerusform>
            <numerusform>Reading was cancelled: %n databases not read; what is shown is incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="521"/>
        <source>Choose a person to see their platform roles, logins and rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="527"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="530"/>
        <source>in database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="531"/>
        <source>no database connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="533"/>
        <source>reading every database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="535"/>
        <source>in %n of %1 database(s) read</source>
        <translation>
            <numerusform>in %n of %1 databases read</numerusform>
            <numerusform>in %n of %1 databases read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="538"/>
        <source>%1: %n right(s) on objects, %2.</source>
        <translation>
            <numerusform>%1: %n right on objects, %2.</numerusform>
            <numerusform>%1: %n rights on objects, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="539"/>
        <source>%1: %n platform role grant(s), %2 login(s), %3 right(s) on objects, %4.</source>
        <translation>
            <numerusform>%1: %n platform role grant, logins: %2, rights on objects: %3, %4.</numerusform>
            <numerusform>%1: %n platform role grants, logins: %2, rights on objects: %3, %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="562"/>
        <source>No platform file is open: each login role is shown as a person of one login. Open one (Database ▸ Open platform file…) to see people, their platform roles and the logins its mapping gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="565"/>
        <source>Open a platform file (Database ▸ Open platform file…) to choose a person, or connect to a database to choose a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="568"/>
        <source>Connect to a database to see the person&apos;s logins and their rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="581"/>
        <location filename="../ui/people/personpage.cpp" line="597"/>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="590"/>
        <location filename="../ui/people/personpage.cpp" line="603"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonProfileBuilder</name>
    <message>
        <location filename="../src/people/personprofile.cpp" line="176"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="178"/>
        <source>rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="180"/>
        <source>rule &quot;%1&quot; via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="187"/>
        <source>%1 has no database login: no login mapping of the platform file matches a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="191"/>
        <source>login &quot;%1&quot; is matched by more than one person: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonRightsModel</name>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="78"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="78"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="89"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="90"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="91"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="92"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="93"/>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="94"/>
        <source>Grantable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="95"/>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PersonText</name>
    <message>
        <location filename="../src/people/personprofile.cpp" line="223"/>
        <source>connection limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="225"/>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlanApplier</name>
    <message>
        <location filename="../src/plan/applier.cpp" line="79"/>
        <source>The apply was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="83"/>
        <source>conflict check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="104"/>
        <source>This plan was made for database %1 (server %2) but the connection is to database %3 (server %4); nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="108"/>
        <source>database identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="159"/>
        <source>standard_conforming_strings is off in this session; RoleDesk applies nothing where it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="161"/>
        <source>session settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="214"/>
        <source>(not a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="221"/>
        <source>granted by %1, with admin option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="221"/>
        <source>granted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="314"/>
        <location filename="../src/plan/conflictcheck.cpp" line="374"/>
        <source>(no privileges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="375"/>
        <source>(does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="412"/>
        <source>a new object of that name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="458"/>
        <source>(built-in defaults)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlanImpactModel</name>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="54"/>
        <source>%1 (with grant option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="81"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="82"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="83"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="84"/>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="85"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="86"/>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlanImpactView</name>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="31"/>
        <source>Impact of the pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="40"/>
        <location filename="../ui/changes/planimpactview.cpp" line="89"/>
        <source>No pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="70"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="96"/>
        <source>Computing the impact…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::Planner</name>
    <message>
        <location filename="../src/policy/planner.cpp" line="116"/>
        <source>%1: role %2 does not exist and the file does not create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="146"/>
        <source>role %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="180"/>
        <source>role %1 differs in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="190"/>
        <source>role %1 is not in the file but is kept: it is the bootstrap superuser or the current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="196"/>
        <source>role %1 is not in the file (it will be dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="217"/>
        <source>%1: membership of %2 in %3 is outside the scope and left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="222"/>
        <source>%1: membership of %2 in %3 is governed by schema_groups; member_of leaves it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="235"/>
        <source>%1 is not a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="238"/>
        <source>%1 lacks the admin option on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="241"/>
        <source>%1 has the admin option on %2 beyond the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="249"/>
        <source>%1 is a member of %2 beyond the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="262"/>
        <source>%1: database %2 is not the database connected to (%3); its grants are left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="269"/>
        <source>%1 %2 does not exist (the file grants %3 on it to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="382"/>
        <source>%1 has %2 on %3 %4 beyond the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="386"/>
        <source>%1 can grant %2 on %3 %4; the file says it cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="436"/>
        <source>%1 lacks %2 on %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="440"/>
        <source>%1 cannot grant %2 on %3 %4; the file says it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="522"/>
        <source>new %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="523"/>
        <source>new %1 of %2 in schema %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="533"/>
        <source>%1 lacks default %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="536"/>
        <source>%1 has default %2 on %3 beyond the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="539"/>
        <source>%1: the grant option of default %2 on %3 differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformAssignmentDialog</name>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="46"/>
        <source>Add role assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="46"/>
        <source>Change role assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="59"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="60"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="61"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="62"/>
        <source>Only roles of the chosen scope are offered; roles for machine users only appear for machine users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformAssignmentModel</name>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="20"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="43"/>
        <source>line %1 of the platform file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="60"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="61"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="62"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformCommand</name>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="59"/>
        <source>%1 (%L2 entries read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="122"/>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="130"/>
        <source>the password file %1 is empty</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="189"/>
        <source>unknown subcommand &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="195"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="197"/>
        <source>Output format: text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="200"/>
        <source>Write to FILE instead of standard output (a regular file is replaced only when complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="205"/>
        <source>The platform file (YAML): organization, projects, people, assignments, rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="208"/>
        <source>Read people and groups from this import file (CSV: id,name,kind,groups; or JSON) instead of the directory the platform file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="211"/>
        <source>Read people and groups from the LDAP directory of the platform file&apos;s &quot;directory: ldap:&quot; section. The bind password comes from the environment variable %1 or --password-file, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="215"/>
        <source>--ldap: this server instead of the file&apos;s (ldap://host:port or ldaps://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="217"/>
        <source>--ldap: bind as this DN instead of the file&apos;s (empty: anonymous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="218"/>
        <source>--ldap: search below this DN instead of the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="219"/>
        <source>--ldap: CA certificate file for ldaps:// and StartTLS (default: the file&apos;s ca_file, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="221"/>
        <source>--ldap: read the bind password from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="223"/>
        <source>The identity provider the directory&apos;s people sign in through (default: the file&apos;s directory provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="226"/>
        <source>Show the LDAP read&apos;s progress on standard error even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="227"/>
        <source>Never show progress (by default shown when standard error is a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="244"/>
        <source>missing argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="246"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="250"/>
        <source>no platform file given (--file FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="252"/>
        <source>--directory and --ldap cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="255"/>
        <source>--%1 needs --ldap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="267"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="285"/>
        <source>warning: %1 has no &quot;logins&quot; section: no login is anybody&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="289"/>
        <source>note: %1 names an LDAP directory, which this command does not read; only the file&apos;s people are taken into account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="306"/>
        <location filename="../app/cli/cliplatform.cpp" line="379"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="308"/>
        <source>%1: unknown platform &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="335"/>
        <source>--ldap: %1 has no &quot;directory: ldap:&quot; section; give --ldap-url and --base-dn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="345"/>
        <source>--ldap: no password to bind as %1: set the environment variable %2 or give --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="357"/>
        <source>interrupted while reading the directory; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="362"/>
        <source>note: %1 names an LDAP directory, which is read only with --ldap; the answers know only the file&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="374"/>
        <source>the directory could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="411"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="443"/>
        <source>unknown permission &quot;%1&quot; (run &quot;%2 platform roles&quot; to list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="444"/>
        <source>unknown permission &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="468"/>
        <source>&quot;%1&quot; names %2 people: %3; give the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="472"/>
        <source>unknown person &quot;%1&quot;: not in the platform file nor the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="473"/>
        <source>unknown person &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="482"/>
        <source>unknown project &quot;%1&quot; (the file&apos;s projects: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="484"/>
        <source>unknown project &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="506"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="508"/>
        <source>rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="509"/>
        <source>rule &quot;%1&quot; via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="516"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="59"/>
        <source>expected a map with an &quot;expect:&quot; list of expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="64"/>
        <source>unknown key &quot;%1&quot; (expected expect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="68"/>
        <source>&quot;expect&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="92"/>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="102"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="107"/>
        <source>each of &quot;%1&quot; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="141"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="142"/>
        <source>unknown role &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="144"/>
        <source>%1 is a project role: write &quot;%1@PROJECT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="146"/>
        <source>%1 is an organization role: write it without &quot;@%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="159"/>
        <source>an expectation must be a map, e.g. {person: alice, can: &quot;Manage users&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="167"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="173"/>
        <source>an expectation needs exactly one of can, cannot, holders and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="182"/>
        <source>&quot;holders&quot; goes with &quot;permission&quot;, not &quot;person&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="183"/>
        <source>this expectation needs &quot;person&quot; (and no &quot;permission&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="190"/>
        <source>&quot;roles&quot; takes no &quot;project&quot;: write each role as &quot;ROLE@PROJECT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="218"/>
        <source>organization-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="220"/>
        <source>in any scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="221"/>
        <source>in project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="246"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="256"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="340"/>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="254"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="268"/>
        <source>can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="255"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="271"/>
        <source>cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="258"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="268"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="271"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="307"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="341"/>
        <source>expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="258"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="306"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="341"/>
        <source>actual:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="269"/>
        <source>actual:   cannot; %1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="272"/>
        <source>actual:   can, through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="283"/>
        <source>unknown:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="301"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="305"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="309"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="327"/>
        <source>missing:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="311"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="331"/>
        <source>extra:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="350"/>
        <source>%1 can &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="352"/>
        <source>%1 cannot &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="354"/>
        <source>holders of &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="358"/>
        <source>roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="367"/>
        <source>Evaluate the platform file (against the directory, when one is given or named by the file) and compare it with an expectations file. Each expectation that does not hold is printed with the expected and the actual answer and why; exit 1 when any differs, 0 when all hold. The evaluation&apos;s problems go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="373"/>
        <source>The expectations file (YAML, see below).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="394"/>
        <source>no expectations file given (--expect FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="402"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformcheck.cpp" line="429"/>
        <source>%1: all %n expectation(s) of %2 hold
</source>
        <translation>
            <numerusform>%1: the %n expectation of %2 holds
</numerusform>
            <numerusform>%1: all %n expectations of %2 hold
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformcheck.cpp" line="433"/>
        <source>%1: %2 of %n expectation(s) of %3 differ
</source>
        <translation>
            <numerusform>%1: %2 of %n expectation of %3 differs
</numerusform>
            <numerusform>%1: %2 of %n expectations of %3 differ
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="29"/>
        <source>
Columns (csv: %1): the person&apos;s id, display name and kind (human or machine), the permission, its scope (&quot;organization&quot;, or the project), the role that gives it, its source (&quot;manual&quot; or &quot;rule&quot;), the rule&apos;s name and the group path the rule matched through (&quot;data-eng &gt; staff&quot;). JSON: {&quot;definition&quot;, &quot;release&quot;, &quot;organization&quot;, &quot;question&quot;, ..., &quot;rows&quot;: [{the same, plus permission_id, role_id, project (null: organization) and via as a list}]}. An organization role&apos;s permission holds in every project.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <source>PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="50"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="50"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="83"/>
        <source>Who holds PERMISSION, and why: one line per person, scope and role grant (a manual assignment, or a role mapping rule and the group it matched through). With --project, who holds it in that project (organization-wide holders included); without, anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="91"/>
        <source>The permission: its name in the matrix (any case) or its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="92"/>
        <source>Only who holds it in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="93"/>
        <source>
Examples:
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform who-can manage-users --file acme.yaml --directory people.json --format csv -o holders.csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="111"/>
        <source>Who can &quot;%1&quot; (anywhere in %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="112"/>
        <source>Who can &quot;%1&quot; in project %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="115"/>
        <source>Nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="126"/>
        <source>What PERSON may do, and why: one line per permission, scope and role grant. With --project, only what holds in that project (organization-wide permissions included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="133"/>
        <source>The person: their id (login name) or display name (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="134"/>
        <source>Only what holds in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="135"/>
        <source>
Examples:
  %1 platform what-can alice --file acme.yaml
  %1 platform what-can &quot;Alice Example&quot; --file acme.yaml --project ml --format json
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="166"/>
        <source>What %1 can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="166"/>
        <source>What %1 can do in project %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="169"/>
        <source>Nothing: %1 holds no role there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="293"/>
        <source>PERMISSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="185"/>
        <source>Every role grant of the platform file, evaluated against the directory: the manual assignments and what each role mapping rule gives to whom, through which group. The evaluation&apos;s problems (a rule that would give a machine-only role to a human, an assignment to a person nobody knows, a rule whose group nobody is in) go to standard error.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="213"/>
        <source>Role grants in %1: %n grant(s)</source>
        <translation>
            <numerusform>Role grants in %1: %n grant</numerusform>
            <numerusform>Role grants in %1: %n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="214"/>
        <source>, %n people</source>
        <translation>
            <numerusform>, %n person</numerusform>
            <numerusform>, %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="222"/>
        <source>The platform definition&apos;s matrix: its roles (with their scope) and which role holds which permission. No platform file is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="227"/>
        <source>The shipped definition to show (default: %1; known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="233"/>
        <source>
CSV: one row per permission: permission_id, permission, then one column per role (its id) holding &quot;x&quot; where the role holds the permission. JSON: {&quot;definition&quot;, &quot;name&quot;, &quot;release&quot;, &quot;source&quot;, &quot;roles&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;abbreviation&quot;, &quot;scope&quot;, &quot;machine_users_only&quot;}], &quot;permissions&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;note&quot;, &quot;holders&quot;: [role ids]}]}.

Examples:
  %1 platform roles
  %1 platform roles --format csv -o matrix.csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="247"/>
        <source>unknown definition &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="285"/>
        <source>%1 (release %2): %n role(s)</source>
        <translation>
            <numerusform>%1 (release %2): %n role</numerusform>
            <numerusform>%1 (release %2): %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="286"/>
        <source>, %n permission(s)</source>
        <translation>
            <numerusform>, %n permission</numerusform>
            <numerusform>, %n permissions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="290"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="290"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="291"/>
        <source>machine users only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformDefinition</name>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="56"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="65"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="96"/>
        <source>&quot;roles&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="102"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="105"/>
        <location filename="../src/platform/platformdefinition.cpp" line="154"/>
        <source>an object expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="113"/>
        <source>role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="122"/>
        <source>&quot;scope&quot; must be &quot;organization&quot; or &quot;project&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="125"/>
        <source>&quot;machineUsersOnly&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="133"/>
        <source>duplicate role id, name or abbreviation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="143"/>
        <source>&quot;permissions&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="152"/>
        <source>permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="162"/>
        <source>permission &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="169"/>
        <source>duplicate permission id or name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="174"/>
        <source>&quot;holders&quot; must be a list of role ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="179"/>
        <source>holder &quot;%1&quot; is not a role of this definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="181"/>
        <source>holder &quot;%1&quot; listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="195"/>
        <source>&quot;actions&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="202"/>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="210"/>
        <source>action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="211"/>
        <source>&quot;%1&quot; is not a permission of this definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="257"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="267"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="270"/>
        <source>%1: a JSON object expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformDocument</name>
    <message>
        <location filename="../ui/platform/platformdocument.cpp" line="43"/>
        <source>%1: unknown platform “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformdocument.cpp" line="68"/>
        <source>%1: reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformEditView</name>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="48"/>
        <source>Add assig&amp;nment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="52"/>
        <source>Manual role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="53"/>
        <location filename="../ui/platform/platformeditview.cpp" line="80"/>
        <source>Role mapping rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="49"/>
        <source>Add ru&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="58"/>
        <source>Chan&amp;ge assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="59"/>
        <source>Remove assignmen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="60"/>
        <source>Change rul&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="61"/>
        <source>Re&amp;move rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="62"/>
        <source>Change the selected rule (F2 or Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="63"/>
        <source>Remove the selected rule (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="64"/>
        <source>Change the selected assignment (F2 or Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="65"/>
        <source>Remove the selected assignment (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="79"/>
        <source>Manual assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="120"/>
        <source>Edits are undoable (Ctrl+Z, Ctrl+Shift+Z) and saved with Save (Ctrl+S), after the difference is shown. Choose “Act as” to check each edit against a person&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="129"/>
        <source>%1 may not make this edit: it needs “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="138"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="141"/>
        <source>%1 (not saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="155"/>
        <source>Assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="164"/>
        <source>Change assignment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="173"/>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="180"/>
        <source>Add rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="189"/>
        <source>Change rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="198"/>
        <source>Remove rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformEvaluation</name>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="78"/>
        <source>%1 is in no group of %2: the platform lets nobody without a group sign in when it retrieves groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="118"/>
        <source>assignment of %1 to %2: nobody has the id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="122"/>
        <source>assignment of %1 to %2: only machine users may hold it, and %2 is human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="140"/>
        <source>rule %1: nobody is in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="174"/>
        <source>rule %1 matches %2, but only machine users may hold %3: not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="19"/>
        <source>assign organization roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="20"/>
        <source>assign roles in project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="21"/>
        <source>edit organization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="22"/>
        <source>edit rules of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="23"/>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="24"/>
        <source>create projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="25"/>
        <source>update and delete projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="26"/>
        <source>manage identity provider integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="78"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="80"/>
        <source>%1 (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="82"/>
        <source>%1 (rule &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="83"/>
        <source>%1 (rule &quot;%2&quot;, through group %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="93"/>
        <source>%1 may not %2: the platform definition names no permission for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="97"/>
        <source>%1 may not %2: no project given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="109"/>
        <source>%1 may %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="115"/>
        <source>%1 may not %2: that needs &quot;%3&quot;, which %4 hold, and %1 holds none of them %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="117"/>
        <source>organization-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="117"/>
        <source>in %1 or organization-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="131"/>
        <source>add the assignment of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="131"/>
        <source>remove the assignment of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="132"/>
        <source>add the assignment of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="132"/>
        <source>remove the assignment of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="149"/>
        <source>%1 rule &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="157"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="159"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="163"/>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="171"/>
        <source>remove person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="173"/>
        <source>change person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="177"/>
        <source>add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="182"/>
        <source>remove project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="185"/>
        <source>create project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="187"/>
        <source>change the directory settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="192"/>
        <source>nothing to check: no assignment, rule, person, project or directory setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="201"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/platform/platformverdict.cpp" line="209"/>
        <source>refused, %n change(s) not allowed:</source>
        <translation>
            <numerusform>refused, %n change not allowed:</numerusform>
            <numerusform>refused, %n changes not allowed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformFileFormat</name>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="59"/>
        <source>%1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="67"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="69"/>
        <source>&quot;%1&quot; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="78"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="82"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="86"/>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="95"/>
        <source>&quot;%1&quot;: a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="99"/>
        <source>&quot;%1&quot;: a name expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="118"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="122"/>
        <source>%1 is an organization role and cannot be given by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="126"/>
        <source>%1 is a project role and cannot be given by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="134"/>
        <source>unknown project &quot;%1&quot; (the file lists %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="135"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="155"/>
        <source>a mapping with platform, organization, projects, people, assignments, rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="163"/>
        <source>platform &quot;%1&quot; does not match the definition &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="170"/>
        <source>project &quot;%1&quot; listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="184"/>
        <source>logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="185"/>
        <source>a mapping with same_name, patterns, lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="194"/>
        <source>&quot;same_name&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="199"/>
        <source>pattern &quot;%1&quot; does not contain {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="200"/>
        <source>lists: a list of {person, roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="205"/>
        <source>logins list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="206"/>
        <source>a mapping with person and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="212"/>
        <source>logins of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="222"/>
        <source>&quot;roles&quot; lists no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="226"/>
        <source>unknown person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="228"/>
        <source>this person&apos;s logins are listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="235"/>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="236"/>
        <source>a mapping with ldap or import, and provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="243"/>
        <source>either ldap or import, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="249"/>
        <source>ldap: a mapping with url, base_dn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="260"/>
        <source>&quot;start_tls&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="271"/>
        <source>two providers, &quot;%1&quot; and &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="275"/>
        <source>ldap or import expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="281"/>
        <source>people: a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="286"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="287"/>
        <source>a mapping with id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="293"/>
        <source>person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="301"/>
        <source>&quot;kind&quot; must be human or machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="305"/>
        <source>this person is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="314"/>
        <source>assignments: a list of assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="318"/>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="319"/>
        <source>a mapping with person and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="327"/>
        <source>assignment of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="328"/>
        <source>assignment of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="332"/>
        <source>an assignment without a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="333"/>
        <source>an assignment in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="338"/>
        <source>only machine users may hold %1, and %2 is human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="340"/>
        <source>this assignment is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="347"/>
        <source>rules: a list of role mapping rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="351"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="352"/>
        <source>a mapping with name, conditions, roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="358"/>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="363"/>
        <source>another organization rule has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="364"/>
        <source>another rule of project %1 has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="367"/>
        <source>conditions: a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="371"/>
        <source>a condition is {provider: name} or {group: name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="380"/>
        <source>unknown condition &quot;%1&quot; (expected provider or group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="384"/>
        <source>a rule needs at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="386"/>
        <source>an organization rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="387"/>
        <source>a project rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="219"/>
        <location filename="../src/platform/platformfile.cpp" line="391"/>
        <source>role %1 listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="396"/>
        <source>a rule needs at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="415"/>
        <source>%1:%2: rule %3: nobody is in group %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="442"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="452"/>
        <source>%1:%2: not YAML: a text file expected (control character 0x%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="458"/>
        <source>%1: not YAML: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="463"/>
        <source>%1:%2: not YAML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="471"/>
        <source>%1:%2: &quot;platform&quot; is missing (expected one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="473"/>
        <source>%1:%2: unknown platform &quot;%3&quot; (expected one of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/platform/platformfilewriter.cpp" line="229"/>
        <location filename="../src/platform/platformfilewriter.cpp" line="232"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGrantModel</name>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="89"/>
        <source>manual assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="91"/>
        <source>rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="92"/>
        <source>rule “%1” (group %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="97"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="102"/>
        <source>made by rule %1; change the rule or the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="132"/>
        <source>manual assignment: editable under Assignments and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="148"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="149"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="150"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="151"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="152"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGridModel</name>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="54"/>
        <source>organization role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="54"/>
        <source>project role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="78"/>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="78"/>
        <source>%1 does not hold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="80"/>
        <source>%1 (%2) holds “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="81"/>
        <source>%1 (%2) does not hold “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="108"/>
        <source>%1 — %2, machine users only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="115"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="115"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="127"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGridView</name>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="28"/>
        <source>Holders of the selected permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="42"/>
        <source>Roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="45"/>
        <source>organization role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="47"/>
        <source>project role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="49"/>
        <source>✓: the role holds the permission. Organization roles hold their permissions in every project. Hover a column for the role&apos;s full name; select a row to see who holds the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="66"/>
        <source>&amp;Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="142"/>
        <source>Select a permission to see who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformgridview.cpp" line="150"/>
        <source>“%1”: %n person(s)</source>
        <translation>
            <numerusform>“%1”: %n person</numerusform>
            <numerusform>“%1”: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformLdapDialog</name>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="16"/>
        <source>Use &amp;StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="28"/>
        <source>Load directory from LDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="33"/>
        <source>empty: the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="34"/>
        <source>empty: no machine users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="36"/>
        <source>empty: anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="39"/>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="52"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="54"/>
        <source>CA certificate &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="55"/>
        <source>&amp;Bind DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="56"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="57"/>
        <source>Base &amp;DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="58"/>
        <source>U&amp;ser filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="59"/>
        <source>&amp;Group filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="60"/>
        <source>&amp;Member attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="61"/>
        <source>Mac&amp;hine users filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="62"/>
        <source>Identity pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="63"/>
        <source>People and groups are read once, on a background thread; the page stays usable and the read can be cancelled. The password is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="68"/>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformOrganizationModel</name>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="68"/>
        <source>Organization %1: organization roles hold in every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="69"/>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="82"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPage</name>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="49"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="56"/>
        <source>&amp;Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="64"/>
        <source>Edits are checked against this person&apos;s permissions, as the platform would check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="70"/>
        <source>&amp;Roles × permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="71"/>
        <source>Peo&amp;ple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="72"/>
        <source>&amp;Who can…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="73"/>
        <source>Assignments and r&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="120"/>
        <location filename="../ui/platform/platformpage.cpp" line="414"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="144"/>
        <source>Open &amp;platform file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="147"/>
        <source>Open a platform file (YAML): organization, projects, people, assignments, rules (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="149"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="149"/>
        <source>Save the platform file, after showing the difference (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="151"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="152"/>
        <source>Save the platform file under another name (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="155"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="157"/>
        <source>Undo the last edit of the platform file (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="158"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="160"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="163"/>
        <source>From an &amp;import file (CSV or JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="165"/>
        <source>From &amp;LDAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="169"/>
        <source>Load director&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="170"/>
        <source>Read people and groups from an import file or an LDAP directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="173"/>
        <source>Act &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="201"/>
        <source>Organization and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="210"/>
        <source>Login, name or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="213"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="217"/>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="219"/>
        <source>People (&amp;filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="260"/>
        <source>(administrator: no check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="271"/>
        <source>No platform file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="272"/>
        <source>No platform file: Open platform file… (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="275"/>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="276"/>
        <source>&lt;b&gt;%1&lt;/b&gt; ● modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="277"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="279"/>
        <source> — directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="296"/>
        <source>Could not open the platform file; %1 stays open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="298"/>
        <source>Could not open the platform file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="309"/>
        <source>%1 opened with %n note(s): %2</source>
        <translation>
            <numerusform>%1 opened with %n note: %2</numerusform>
            <numerusform>%1 opened with %n notes: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="320"/>
        <source>Open platform file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="321"/>
        <source>Platform files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="337"/>
        <source>Save platform file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="338"/>
        <source>Platform files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="351"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="354"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="364"/>
        <source>Unsaved platform edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="365"/>
        <source>%1 has edits that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="375"/>
        <location filename="../ui/platform/platformpage.cpp" line="406"/>
        <source>Open a platform file before loading a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="380"/>
        <location filename="../ui/platform/platformpage.cpp" line="434"/>
        <source>Could not read the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="385"/>
        <location filename="../ui/platform/platformpage.cpp" line="438"/>
        <source>Directory %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="387"/>
        <location filename="../ui/platform/platformpage.cpp" line="440"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="388"/>
        <location filename="../ui/platform/platformpage.cpp" line="441"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="397"/>
        <source>Load directory import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="398"/>
        <source>Directory imports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="415"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="432"/>
        <source>Reading the directory was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPeopleModel</name>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="51"/>
        <source>machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="51"/>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="59"/>
        <source>%1
Groups: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="74"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="77"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="78"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPersonView</name>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="32"/>
        <source>Roles of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="34"/>
        <source>Permissions of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="37"/>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="40"/>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="42"/>
        <source>Per&amp;missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="103"/>
        <source>Choose a person to see their roles and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="104"/>
        <source>Open a platform file (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpersonview.cpp" line="113"/>
        <source>%n role grant(s), %1 by rule (italic, read-only: change the rule or the group).</source>
        <translation>
            <numerusform>%n role grant, %1 by rule (italic, read-only: change the rule or the group).</numerusform>
            <numerusform>%n role grants, %1 by rule (italic, read-only: change the rule or the group).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformRuleDialog</name>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="111"/>
        <source>Add role mapping rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="111"/>
        <source>Change role mapping rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="117"/>
        <source>any identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="118"/>
        <source>groups, separated by commas (all must match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="132"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="133"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="134"/>
        <source>Identity &amp;provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="135"/>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="136"/>
        <source>&amp;Roles given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="137"/>
        <source>A person matches when every condition holds; a group matches through nested groups too. Only roles of the rule&apos;s scope are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="174"/>
        <source>for machine users only: a rule never gives it to a human</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformRuleModel</name>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="16"/>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="17"/>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="18"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="53"/>
        <source>line %1 of the platform file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="71"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="72"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="73"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="74"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformSaveDialog</name>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="48"/>
        <source>Save platform file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="51"/>
        <source>%1 is already the same as this file; saving writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="53"/>
        <source>These lines of %1 change (&lt;span style=&apos;color:#9a1b1b&apos;&gt;- removed&lt;/span&gt;, &lt;span style=&apos;color:#1b6a1b&apos;&gt;+ added&lt;/span&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="56"/>
        <source>%1 is a new file with these lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="64"/>
        <source>Difference from the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformWhoCanView</name>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="45"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="49"/>
        <source>Expo&amp;rt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="56"/>
        <location filename="../ui/platform/platformwhocanview.cpp" line="57"/>
        <source>Save this answer as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="62"/>
        <source>People who hold the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="63"/>
        <source>Permissions the person holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="65"/>
        <source>Who can…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="67"/>
        <source>Per&amp;mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="69"/>
        <source>in pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="81"/>
        <source>What can…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="83"/>
        <source>Pe&amp;rson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="110"/>
        <source>Export who can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="114"/>
        <source>Export what can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="124"/>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="162"/>
        <source>Choose a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="162"/>
        <location filename="../ui/platform/platformwhocanview.cpp" line="183"/>
        <source>Open a platform file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="171"/>
        <source>%n person(s) hold “%1” somewhere.</source>
        <translation>
            <numerusform>%n person holds “%1” somewhere.</numerusform>
            <numerusform>%n people hold “%1” somewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="172"/>
        <source>%n person(s) hold “%1” in %2.</source>
        <translation>
            <numerusform>%n person holds “%1” in %2.</numerusform>
            <numerusform>%n people hold “%1” in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="183"/>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="191"/>
        <source>%n permission(s) for %1.</source>
        <translation>
            <numerusform>%n permission for %1.</numerusform>
            <numerusform>%n permissions for %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="215"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="222"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="223"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="238"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformWidgets</name>
    <message>
        <location filename="../ui/platform/platformwidgets.cpp" line="56"/>
        <source>machine user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PolicyDriftPanel</name>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="24"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="25"/>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="26"/>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="38"/>
        <source>&amp;Add converging plan to pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="39"/>
        <source>C&amp;lear comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="48"/>
        <source>Differences from the policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="69"/>
        <source>Converge to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="89"/>
        <source>Could not read the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="116"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="118"/>
        <source>%1: no drift, the database matches the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policydriftpanel.cpp" line="119"/>
        <source>%1: %2 missing, %3 extra, %4 different; the converging plan has %n change(s).</source>
        <translation>
            <numerusform>%1: %2 missing, %3 extra, %4 different; the converging plan has %n change.</numerusform>
            <numerusform>%1: %2 missing, %3 extra, %4 different; the converging plan has %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="133"/>
        <source>Compare with a policy file (Policy ▸ Compare with policy file…) to see the drift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PolicyFile</name>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="47"/>
        <source>%1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="54"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="61"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="65"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="69"/>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="84"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="93"/>
        <source>&quot;all&quot; or a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="97"/>
        <location filename="../src/policy/policyfile.cpp" line="316"/>
        <source>a name expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="115"/>
        <source>a list of privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="128"/>
        <source>unknown privilege %1 for a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="129"/>
        <source>unknown privilege %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="131"/>
        <source>privilege %1 does not apply to a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="156"/>
        <source>a mapping with version, scope, roles, grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="165"/>
        <source>unsupported version %1 (this RoleDesk reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="169"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="179"/>
        <source>a list of roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="181"/>
        <source>a role (a mapping with name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="202"/>
        <source>connection_limit must be a whole number (-1: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="212"/>
        <source>valid_until must be &quot;infinity&quot; or a time such as 2030-01-31T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="218"/>
        <source>a list of memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="222"/>
        <source>a role name or a mapping with role and admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="234"/>
        <source>a list of grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="236"/>
        <source>a grant (a mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="246"/>
        <source>unknown object type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="259"/>
        <source>a list of default privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="261"/>
        <source>a default privilege (a mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="275"/>
        <source>unknown object class %1 (expected tables, sequences, functions, types or schemas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="290"/>
        <source>a mapping with model and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="304"/>
        <source>unknown model %1 (expected slpm, spm or standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="307"/>
        <source>a mapping of group names to lists of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="313"/>
        <source>a list of member names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="474"/>
        <location filename="../src/policy/policyfile.cpp" line="526"/>
        <source>%1: unknown file type (expected .yaml, .yml or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="477"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="488"/>
        <location filename="../src/policy/policyfile.cpp" line="495"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="529"/>
        <location filename="../src/policy/policyfile.cpp" line="532"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::PrivilegeMatrixModel</name>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="181"/>
        <source>Pending: grant %1 with grant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="181"/>
        <source>Pending: grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="187"/>
        <source>Pending: revoke the grant option for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="187"/>
        <source>Pending: revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="190"/>
        <source>(granted by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="270"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="271"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="272"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="273"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="274"/>
        <source>materialized view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="275"/>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="276"/>
        <source>foreign table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="277"/>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="278"/>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="279"/>
        <source>procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="280"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="281"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="289"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="434"/>
        <source>superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="290"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="291"/>
        <source>direct grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="292"/>
        <source>inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="293"/>
        <source>PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="294"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="435"/>
        <source>predefined role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="329"/>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="334"/>
        <source>No privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="349"/>
        <source> (grantable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="411"/>
        <source>PUBLIC — every role, present and future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="436"/>
        <source>login role (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="437"/>
        <source>group role (no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="440"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="462"/>
        <source>%1 (%2), owner %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ReportCommand</name>
    <message>
        <location filename="../app/cli/clireport.cpp" line="53"/>
        <source>Write the audit report of one database: a cover with the database identity, the time and a SHA-256 of the content; a summary with charts; rights by role and schema; roles, grant options, memberships, schema groups, model access, platform roles, separation-of-duties violations and the changes since a saved audit. HTML is self-contained; PDF is A4. The report is in the language of LANG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="60"/>
        <source>html (default), pdf, or json (the canonical data the hash covers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="63"/>
        <source>The report file (required; replaced only when complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="65"/>
        <source>Also write the canonical JSON the cover&apos;s SHA-256 is of, to check it with sha256sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="68"/>
        <source>The platform file (YAML): platform roles, people per role, and whose logins are whose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="71"/>
        <source>Separation-of-duties rules (YAML); default: the shipped rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="73"/>
        <source>A saved audit (audit --save) to show the changes since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="75"/>
        <source>Show progress on standard error even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="76"/>
        <source>Never show progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="83"/>
        <source>unknown format &quot;%1&quot; (expected html, pdf or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="85"/>
        <source>no output file given (--output FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="123"/>
        <source>Reading the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="164"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="177"/>
        <source>Wrote the report of %1 to %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ReportDialog</name>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="27"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="29"/>
        <location filename="../ui/audit/reportdialog.cpp" line="139"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="71"/>
        <source>Reading the rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="99"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="102"/>
        <location filename="../ui/audit/reportdialog.cpp" line="105"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="107"/>
        <source>Wrote %1.
Content SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="142"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="142"/>
        <source>HTML (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ReportGatherer</name>
    <message>
        <location filename="../src/report/reportdata.cpp" line="228"/>
        <source>Counting the rights of every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="231"/>
        <location filename="../src/report/reportdata.cpp" line="365"/>
        <location filename="../src/report/reportdata.cpp" line="371"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="351"/>
        <source>Checking separation-of-duties rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="361"/>
        <source>Comparing with the saved audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="381"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ReportOptionsDialog</name>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="26"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="48"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="50"/>
        <source>PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="51"/>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="54"/>
        <source>none: the report says no saved audit was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="56"/>
        <source>the shipped rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="61"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="62"/>
        <source>Changes &amp;since the saved audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="63"/>
        <source>Saved audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="63"/>
        <source>Saved audits (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="64"/>
        <source>Separation-of-duties &amp;rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="65"/>
        <source>Rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="65"/>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="67"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="125"/>
        <source>%1 is an audit of database %2, not of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ReportWriter</name>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="66"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="118"/>
        <source>Shown: %1 of %2. The report&apos;s data file (--data) holds every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="166"/>
        <source>Who may do what in database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="169"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="170"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="171"/>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="172"/>
        <source>System identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="172"/>
        <source>(not readable by this login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="174"/>
        <source>Catalog read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="175"/>
        <source>Report made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="176"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="177"/>
        <source>Separation-of-duties rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="178"/>
        <source>the shipped defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="184"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="188"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="190"/>
        <location filename="../src/report/reporthtml.cpp" line="209"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="191"/>
        <location filename="../src/report/reporthtml.cpp" line="246"/>
        <source>Rights by role and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="192"/>
        <location filename="../src/report/reporthtml.cpp" line="278"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="193"/>
        <location filename="../src/report/reporthtml.cpp" line="226"/>
        <location filename="../src/report/reporthtml.cpp" line="312"/>
        <source>Grant options held on others&apos; objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="194"/>
        <location filename="../src/report/reporthtml.cpp" line="227"/>
        <location filename="../src/report/reporthtml.cpp" line="327"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="195"/>
        <location filename="../src/report/reporthtml.cpp" line="228"/>
        <location filename="../src/report/reporthtml.cpp" line="336"/>
        <source>Schema groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="196"/>
        <location filename="../src/report/reporthtml.cpp" line="345"/>
        <source>Model access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="197"/>
        <location filename="../src/report/reporthtml.cpp" line="365"/>
        <source>Platform roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="198"/>
        <location filename="../src/report/reporthtml.cpp" line="379"/>
        <source>Separation of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="199"/>
        <location filename="../src/report/reporthtml.cpp" line="233"/>
        <location filename="../src/report/reporthtml.cpp" line="398"/>
        <source>Changes since the saved audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="220"/>
        <source>Roles (built-in pg_* roles aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="221"/>
        <source>Roles that may log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="222"/>
        <source>Superusers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="223"/>
        <source>Roles with CREATEROLE (not superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="224"/>
        <source>Objects that carry privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="225"/>
        <source>Granted rights (role, object, privilege)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="229"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="230"/>
        <source>Separation-of-duties violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="234"/>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="234"/>
        <location filename="../src/report/reporthtml.cpp" line="409"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="247"/>
        <source>How many rights (object and privilege) each role holds in each schema, through any path: its own grants, inherited roles, PUBLIC, ownership, superuser. The %1 roles with the most rights and the %2 schemas with the most rights are shown; the last row and column sum the rest. The database column holds the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="253"/>
        <source>No role holds any right.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="256"/>
        <source>(database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="256"/>
        <source>other schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/reporthtml.cpp" line="268"/>
        <source>%n other role(s)</source>
        <translation>
            <numerusform>%n other role</numerusform>
            <numerusform>%n other roles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="283"/>
        <source>Superusers and roles that may create roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="285"/>
        <location filename="../src/report/reporthtml.cpp" line="316"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>Superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>CREATEROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="289"/>
        <source>Every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="290"/>
        <source>The roles with the most rights first; built-in pg_* roles are left out. Grant options count those a role holds on objects it does not own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="306"/>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="306"/>
        <source>Grant options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="313"/>
        <source>A grant option lets a role hand the right on. Owners and superusers hold them by nature and are left out; these were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="321"/>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="329"/>
        <source>No role is a member of another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <location filename="../src/report/reporthtml.cpp" line="339"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="338"/>
        <source>This database has no schema groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="339"/>
        <source>Level and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="347"/>
        <source>No model is imported in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Roles that may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="353"/>
        <source>Logins among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="356"/>
        <source>Model roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="358"/>
        <source>Nobody holds a model role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <source>Model role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="367"/>
        <source>No platform file was given: platform roles are not part of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="369"/>
        <source>Nobody holds a platform role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="381"/>
        <source>No rule is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="387"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="387"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="392"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="400"/>
        <source>No saved audit was given to compare with, so no changes are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="402"/>
        <source>Compared with the audit of %1 taken %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="405"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="409"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="435"/>
        <source>Rights gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="435"/>
        <source>Rights lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="436"/>
        <source>Grant options gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="436"/>
        <source>Grant options lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="437"/>
        <source>Memberships added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="437"/>
        <source>Memberships removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="438"/>
        <source>Schema groups added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="438"/>
        <source>Schema groups removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="439"/>
        <source>Model roles added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="439"/>
        <source>Model roles removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="440"/>
        <source>Platform roles added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="440"/>
        <source>Platform roles removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="448"/>
        <source>Access audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="453"/>
        <source>The SHA-256 covers the report&apos;s content as canonical JSON (compact, keys sorted): the database identity and catalog time, every count, list and violation text shown here, not the time the report was made. roledesk-cli report --data FILE writes those bytes; sha256sum FILE gives this value. Violation texts are in the report&apos;s language, so reports in two languages hash differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/reporthtml.cpp" line="466"/>
        <source>Rights per role (the %n with the most)</source>
        <translation>
            <numerusform>Rights per role (the %n with the most)</numerusform>
            <numerusform>Rights per role (the %n with the most)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="470"/>
        <source>People per platform role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="471"/>
        <source>Models per owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="472"/>
        <source>Violations by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="71"/>
        <source>the PDF could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="87"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="99"/>
        <source>the PDF could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::RoleDeskApp</name>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="59"/>
        <source>RoleDesk: who can do what in a PostgreSQL database, and why.

Without options the window opens with the Connect dialog. The window&apos;s size and panels are remembered between runs (not in --screenshot mode); profiles live in the local workspace (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="66"/>
        <source>Connect at start to DSN (a libpq URI or key=value string), without the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="67"/>
        <source>DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="69"/>
        <source>Once the first snapshot is shown, save the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="70"/>
        <location filename="../app/roledesk/roledeskapp.cpp" line="96"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="72"/>
        <source>Select the matrix cell of ROLE and OBJECT (name or schema.name) once loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="73"/>
        <source>ROLE,OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="74"/>
        <source>Show this page: privileges, memberships, defaults (default privileges), models (the in-database models; --select MODEL selects one), modelaccess (who holds which model role and may use which model), inference (a checked server, test inferences and an access test on --select MODEL[,ROLE...]), groups (the schema groups of SLPM / SPM: users by admin and schema, and each group&apos;s members), platform (platform roles of the --platform-file file; --select PERMISSION[,PERSON] shows the permission&apos;s holders and the person&apos;s roles), person (one person across every layer: --select PERSON[,all], a person of the --platform-file file or, without one, a login; all: every database of the server), lint (Check separation of duties, with the --platform-file file&apos;s people; --select LOGIN selects its first violation), or roledialog (the role dialog for the --select role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="81"/>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="83"/>
        <source>Once loaded, add a pending edit: grant|revoke:ROLE,OBJECT,PRIVILEGE[+PRIVILEGE...] (ROLE PUBLIC for PUBLIC; repeatable), e.g. for screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="85"/>
        <source>EDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="87"/>
        <source>Save the --dsn connection as the connection profile NAME (replacing one of that name; the password, if any, is left out) and exit without opening the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="89"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="91"/>
        <source>Use this interface language for this run, without remembering it: en, ja or zh_CN (View ▸ Language changes it for good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="93"/>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="95"/>
        <source>Open this platform file (YAML) on the Platform page at start; no database needed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="103"/>
        <source>unknown language &quot;%1&quot; for --language; valid languages: en, ja, zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="123"/>
        <source>unknown page &quot;%1&quot; for --page; valid pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="195"/>
        <source>The language changes when the running task ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="211"/>
        <source>--save-profile needs --dsn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="221"/>
        <source>Saved the connection profile &quot;%1&quot; (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::RoleDialog</name>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="43"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="43"/>
        <source>Admin option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="47"/>
        <source>Groups the role is a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="90"/>
        <source>Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="93"/>
        <source>N&amp;o password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="98"/>
        <source>Alter role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="160"/>
        <source>There is no role named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="164"/>
        <source>A role cannot be a member of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="208"/>
        <source>Enter a name for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="210"/>
        <source>A role name holds at most 63 bytes in UTF-8; “%1” has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="212"/>
        <source>Names starting with “pg_” are reserved for PostgreSQL&apos;s own roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="214"/>
        <source>“%1” is a reserved name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="218"/>
        <source>A role named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="230"/>
        <source>Enter the new password, or choose to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="232"/>
        <source>The password and its confirmation differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="263"/>
        <source>A password can be set only while connected: the verifier is computed with the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="269"/>
        <source>Computing the password verifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="280"/>
        <source>Could not compute the password verifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SavedAudit</name>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="62"/>
        <source>system identifier unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="63"/>
        <source>system identifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="64"/>
        <source>database %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="201"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SavedAuditReader</name>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="116"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="123"/>
        <source>the saved audit is damaged at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="141"/>
        <source>could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="142"/>
        <source>this is not a RoleDesk saved audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="149"/>
        <location filename="../src/audit/savedauditreader.cpp" line="249"/>
        <location filename="../src/audit/savedauditreader.cpp" line="258"/>
        <location filename="../src/audit/savedauditreader.cpp" line="267"/>
        <source>the saved audit is incomplete: the file ends at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="168"/>
        <source>the saved audit has format version %1; this RoleDesk reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="172"/>
        <source>the database identity is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="182"/>
        <source>the memberships, schema groups, model roles or platform roles are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="247"/>
        <location filename="../src/audit/savedauditreader.cpp" line="271"/>
        <source>a right was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="254"/>
        <source>the count of rights is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="256"/>
        <source>the saved audit is damaged: it says it holds %1 rights but holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="275"/>
        <source>the rights are out of order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupCatalog</name>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="82"/>
        <source>Cannot tell which permission model is in force (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="96"/>
        <source>Cannot read the state of slpm_ce (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="104"/>
        <source>Cannot read the groups of slpm_ce (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="115"/>
        <source>Cannot list the objects still to migrate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="134"/>
        <source>Cannot read the groups (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupMatrixModel</name>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="65"/>
        <source>Schema groups — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="69"/>
        <source>Standard PostgreSQL permissions: no schema groups (slpm_ce %1 installed, not enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="71"/>
        <source>Standard PostgreSQL permissions: no schema groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="74"/>
        <source>slpm_ce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="75"/>
        <source>Hologres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="76"/>
        <source>Schema groups — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="78"/>
        <source>— not fully migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="109"/>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="110"/>
        <source>writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="111"/>
        <source>developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="112"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="142"/>
        <source>%1 is %2 in %3 (a direct member of the group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="144"/>
        <source>%1 holds %2 in %3 through another role (via %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="147"/>
        <source>%1 is NOINHERIT: it uses the group&apos;s rights only after SET ROLE to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="149"/>
        <source>%1 is a new login, created when the plan is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="151"/>
        <source>%1 is in no group of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="153"/>
        <source>%1 is a superuser and has every right whatever its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="155"/>
        <source>Pending: no group here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="156"/>
        <source>Pending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="185"/>
        <source>superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="185"/>
        <source>%1 (superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="187"/>
        <source>(%1)</source>
        <comment>a level held through another role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="189"/>
        <source>%1 (SET ROLE)</source>
        <comment>a NOINHERIT member: the level&apos;s rights after SET ROLE only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="224"/>
        <source>%1 (new)</source>
        <comment>a login the pending plan creates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="227"/>
        <source>%1: a new login, created when the plan is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="237"/>
        <source>%1: can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="237"/>
        <source>%1: cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="247"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="248"/>
        <source>All schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="251"/>
        <source>The database&apos;s admin group: owns the database and every schema and manages every group&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="253"/>
        <source>The database&apos;s developer, writer and viewer groups: their rights cover every schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="254"/>
        <source>Schema %1: its developer, writer and viewer groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupsPage</name>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="56"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="452"/>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="126"/>
        <source>Schema group matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="139"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="198"/>
        <source>Connect to a database to see its schema groups (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="179"/>
        <source>F2, Enter or double click: choose a level. Keys 0 none, 1 viewer, 2 writer, 3 developer; A toggles admin. Italic grey: held only through another role. Drag users onto a group to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="195"/>
        <source>This database uses PostgreSQL&apos;s own permissions: it has no schema groups. Enable SLPM or SPM (slpm_ce on community PostgreSQL) to manage them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="235"/>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="238"/>
        <source>Filter users by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="248"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="300"/>
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="258"/>
        <source>Groups and &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="261"/>
        <source>Groups and their direct members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="265"/>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="267"/>
        <source>Create a login user, optionally straight into a group (slpm_create_user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="269"/>
        <source>Add selected users &amp;to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="271"/>
        <source>Add the users selected in the matrix to the group selected here (as dragging them does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="290"/>
        <source>%n object(s) not yet handed to their schema&apos;s developer group (migrate).</source>
        <translation>
            <numerusform>%n object not yet handed to its schema&apos;s developer group (migrate).</numerusform>
            <numerusform>%n objects not yet handed to their schema&apos;s developer group (migrate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="293"/>
        <source>%n group(s) belong to schemas that no longer exist.</source>
        <translation>
            <numerusform>%n group belongs to a schema that no longer exists.</numerusform>
            <numerusform>%n groups belong to schemas that no longer exist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="354"/>
        <source>Admin is set in the Admin column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="355"/>
        <source>The Admin column takes admin or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="362"/>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="363"/>
        <source>%1 in %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="387"/>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="390"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="432"/>
        <source>There is no group named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="398"/>
        <source>Choose a group in the member list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="411"/>
        <source>Select users in the matrix first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="423"/>
        <source>This database has no schema-group model in force: create users on the Memberships page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="436"/>
        <source>New user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="436"/>
        <source>New user %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="446"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="462"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="463"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="464"/>
        <source>User names must not end in admin, developer, writer, viewer or all_users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ScratchAudit</name>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="254"/>
        <source>could not write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SeparationOfDuties</name>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="53"/>
        <source>login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="54"/>
        <source>login %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="69"/>
        <source>%1 holds platform roles that should be held apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="81"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="90"/>
        <source>%1 holds the model roles %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="107"/>
        <source>database %1 belongs to project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="111"/>
        <source>%1 holds no platform role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="112"/>
        <source>platform roles of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="114"/>
        <source>%1 has rights in database %2, which no platform role of theirs covers (project %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="127"/>
        <source>%1 is a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="128"/>
        <source>%1 has CREATEROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="129"/>
        <source>attribute SUPERUSER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="129"/>
        <source>attribute CREATEROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="149"/>
        <source>%1 is developer of a schema and only viewer of another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="166"/>
        <source>%1 is granted directly, and %2 already covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="170"/>
        <source>%1 holds schema groups it does not need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="185"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="187"/>
        <source>%1 (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="188"/>
        <source>%1 (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="189"/>
        <source>%1 (rule %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::ServerRightsSweep</name>
    <message>
        <location filename="../ui/people/serverrightssweep.cpp" line="64"/>
        <source>Could not list the databases of the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::Session</name>
    <message>
        <location filename="../ui/window/session.cpp" line="144"/>
        <source>Clear pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/session.cpp" line="229"/>
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SlpmInstallDialog</name>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="21"/>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="23"/>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="24"/>
        <source>&amp;Save files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="27"/>
        <source>Install slpm_ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="40"/>
        <source>slpm_ce gives community PostgreSQL the procedures of Hologres&apos; simple permission models: schema-level groups (SLPM: {db}.admin, {db}.{schema}.developer, writer, viewer) and database-level groups (SPM). Installing changes no right: the model stays off until it is enabled. This statement will run, in one transaction; the extension&apos;s script follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="93"/>
        <source>Ready to install version %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="107"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="126"/>
        <source>Installing failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="137"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="146"/>
        <source>Folder for the extension&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="151"/>
        <source>Saved slpm_ce.control and its script into %1. Copy them into the server&apos;s share/extension folder (pg_config --sharedir), then install.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::SlpmSetup</name>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="17"/>
        <source>The setup query is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="22"/>
        <source>The current user is not in pg_roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="37"/>
        <source>Could not check the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="39"/>
        <source>This database already has the slpm_ce extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="41"/>
        <source>Only a superuser can install slpm_ce; &quot;%1&quot; is not one. Ask a superuser to run the script below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="44"/>
        <source>A schema named slpm_ce exists but is not the extension&apos;s; rename or drop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="46"/>
        <source>the server&apos;s share/extension folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="48"/>
        <source>The server has no slpm_ce extension files. Save them with &quot;Save files…&quot; and copy them into %1 on the database server, then try again.</source>
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
<context>
    <name>roledesk::SqlInference</name>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="58"/>
        <source>Model &quot;%1&quot; answered as role %2: %3 values, norm %4, in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="64"/>
        <source>Could not connect to the database for the test inference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="66"/>
        <source>Could not start the test inference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="69"/>
        <source>Cannot run as role %1: the connected user %2 is neither a member of %1 nor a superuser (SET ROLE needs one or the other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="73"/>
        <source>Cannot run as role %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="76"/>
        <source>Permission denied: role %1 may not use model &quot;%2&quot; (function %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="80"/>
        <source>Role %1 may use model &quot;%2&quot;, but the inference failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="82"/>
        <source>The call of %1 for model &quot;%2&quot; as role %3 failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="85"/>
        <source>Function %1 of model &quot;%2&quot; returned an unusable result: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="169"/>
        <source>it returned NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="175"/>
        <source>it returned an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="194"/>
        <source>malformed array bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="199"/>
        <source>not an array: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="212"/>
        <source>element %1 is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="219"/>
        <source>element %1 is %2, not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="233"/>
        <location filename="../src/inference/sqlinference.cpp" line="239"/>
        <source>unbalanced braces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::WriteFailure</name>
    <message>
        <location filename="../src/export/writefailure.cpp" line="20"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="22"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="24"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="30"/>
        <source>cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::pg</name>
    <message>
        <location filename="../src/plan/applier.cpp" line="43"/>
        <source>Only superusers and members of the database&apos;s admin group (%1) may call %2; the applying role is neither, or the database has no schema-group procedures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roledesk::policygroups</name>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="95"/>
        <source>model standard has no groups to list members of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="100"/>
        <source>a schema group without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="104"/>
        <source>group %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="109"/>
        <source>group %1: a member needs a role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="111"/>
        <source>group %1 lists %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="113"/>
        <source>group %1: the user name %2 is reserved (names must not end in admin, developer, writer, viewer or all_users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="116"/>
        <source>group %1: member %2 is outside the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="143"/>
        <source>database %1 is in the %2 model, the file wants %3 (not changed by plan or apply: run roledesk-cli groups enable, migrate or disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="153"/>
        <source>group %1 does not exist in database %2 (a schema without groups? run roledesk-cli groups migrate); its members are not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="164"/>
        <source>%1 is not a member of group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="170"/>
        <source>%1 is a member of group %2 beyond the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
