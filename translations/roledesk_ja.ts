<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuditProgress</name>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="102"/>
        <source>reading the catalog: %1 (%2 of %3)</source>
        <translation>カタログを読み込み中: %1 (%2 / %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="108"/>
        <source>%1 of %2 roles, %L3 rows, %4 written</source>
        <translation>ロール %1 / %2、%L3 行、%4 書き込み済み</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="117"/>
        <source>done: %1 of %2 roles, %L3 rows (%L4 granted), %5 written</source>
        <translation>完了: ロール %1 / %2、%L3 行 (付与済み %L4)、%5 書き込み済み</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="14"/>
        <source>Connect to PostgreSQL</source>
        <translation>PostgreSQL に接続</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="20"/>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="26"/>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="48"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="58"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="68"/>
        <source>D&amp;elete</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="80"/>
        <source>Profile na&amp;me:</source>
        <translation>プロファイル名(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="90"/>
        <source>Name under which Save keeps these settings</source>
        <translation>保存時にこの設定を記録する名前</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="100"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="106"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="116"/>
        <source>Host name, IP address or Unix socket folder</source>
        <translation>ホスト名、IP アドレス、または Unix ソケットのディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="123"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="133"/>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="140"/>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="153"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="166"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="183"/>
        <source>Remember in the system ke&amp;ychain</source>
        <translation>システムのキーチェーンに保存(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="190"/>
        <source>Connection st&amp;ring:</source>
        <translation>接続文字列(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="200"/>
        <source>Optional. A libpq URI (postgresql://user@host:5432/db), a key=value string or service=name. The fields above override it where they are filled in.</source>
        <translation>省略可能。libpq の URI (postgresql://user@host:5432/db)、key=value 形式の文字列、または service=name を指定します。上の各欄に入力した値がこれより優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="203"/>
        <source>postgresql://… , host=… dbname=… or service=…</source>
        <translation>postgresql://… 、host=… dbname=… または service=…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="213"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="219"/>
        <source>&amp;SSL mode:</source>
        <translation>SSL モード(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="232"/>
        <source>Root CA cert&amp;ificate:</source>
        <translation>ルート CA 証明書(&amp;I):</translation>
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
        <translation>クライアント証明書(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="280"/>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="304"/>
        <source>Revocation &amp;list (CRL):</source>
        <translation>失効リスト (CRL)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.ui" line="333"/>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="169"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 までの数値で指定してください。</translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="171"/>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation>不明な SSL モード「%1」です。</translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="173"/>
        <source>Certificates are set but the SSL mode is &quot;disable&quot;.</source>
        <translation>証明書が設定されていますが、SSL モードが「disable」です。</translation>
    </message>
    <message>
        <location filename="../src/store/connectionprofile.cpp" line="178"/>
        <source>The connection string is not valid: %1</source>
        <translation>接続文字列が不正です: %1</translation>
    </message>
</context>
<context>
    <name>EditPlanner</name>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="65"/>
        <source>There is no role named %1.</source>
        <translation>%1 という名前のロールはありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="108"/>
        <source>%1 re-granted %2 on %3 to others; those grants are revoked too (CASCADE).</source>
        <translation>%1 は %3 に対する %2 を他のロールに再付与しています。それらの権限も取り消されます (CASCADE)。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="112"/>
        <source>%1 holds no direct grant of %2 on %3; nothing to revoke there.</source>
        <translation>%1 は %3 に対する %2 を直接付与されていないため、取り消すものはありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="135"/>
        <source>%1 also holds %2 on the whole table %3, which covers this column; revoke it on the table to take it away.</source>
        <translation>%1 はテーブル %3 全体に対する %2 も保有しており、この列にも適用されます。権限を外すにはテーブルに対して取り消してください。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="145"/>
        <source>%1 is a superuser and keeps every right on %2.</source>
        <translation>%1 はスーパーユーザーであり、%2 に対するすべての権限を保持し続けます。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="150"/>
        <source>%1 owns %2: it keeps the grant options and can grant itself the right again.</source>
        <translation>%1 は %2 の所有者です。権限付与オプションを保持し続け、自分自身に権限を再付与できます。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="153"/>
        <source>%1 is a member of %2, the owner of %3, and keeps every right through it.</source>
        <translation>%1 は %3 の所有者である %2 のメンバーであり、それを通じてすべての権限を保持し続けます。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="173"/>
        <source>%1 still gets %2 through %3.</source>
        <translation>%1 は %3 を通じて引き続き %2 を得ています。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="180"/>
        <source>%1 still has %2 through the predefined role %3.</source>
        <translation>%1 は定義済みロール %3 を通じて引き続き %2 を保有しています。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="193"/>
        <source>%1 still has %2 on %3 through PUBLIC; revoke it from PUBLIC to take it away from every role.</source>
        <translation>%1 は PUBLIC を通じて %3 に対する %2 を引き続き保有しています。すべてのロールから外すには PUBLIC から取り消してください。</translation>
    </message>
    <message>
        <location filename="../src/plan/editplanner.cpp" line="272"/>
        <source>%1 also gets USAGE on schema %2, without which the objects cannot be reached.</source>
        <translation>%1 にはスキーマ %2 に対する USAGE も付与されます。これがないとオブジェクトにアクセスできません。</translation>
    </message>
</context>
<context>
    <name>GroupDriftFinder</name>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="200"/>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="201"/>
        <source>In no group: it cannot connect to %1 any more.</source>
        <translation>どのグループにも属していません: %1 にはもう接続できません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="213"/>
        <source>Not migrated</source>
        <translation>未移行</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="214"/>
        <source>User in no group</source>
        <translation>グループに属さないユーザー</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="215"/>
        <source>Right granted around the groups</source>
        <translation>グループを介さずに付与された権限</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="216"/>
        <source>Schema without groups</source>
        <translation>グループのないスキーマ</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="217"/>
        <source>Group of a dropped schema</source>
        <translation>削除されたスキーマのグループ</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="218"/>
        <source>Model structure changed</source>
        <translation>モデル構造の変更</translation>
    </message>
</context>
<context>
    <name>ModelAccessPlanner</name>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="262"/>
        <source>Only the extension owner (%1) or a superuser may grant and revoke model roles; applying as %2 will be refused.</source>
        <translation>モデルロールを付与・取り消しできるのは拡張機能の所有者 (%1) またはスーパーユーザーだけです。%2 として適用すると拒否されます。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="269"/>
        <source>%1 may not grant or revoke %2 on %3: that takes its owner (%4), the grant option or a superuser; applying as %1 will not change it.</source>
        <translation>%1 は %3 に対する %2 を付与・取り消しできません。それには所有者 (%4)、権限付与オプション、またはスーパーユーザーが必要です。%1 として適用しても変更されません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="284"/>
        <source>There is no role named %1.</source>
        <translation>%1 という名前のロールはありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="289"/>
        <source>The extension owner is the role that created the extension; every superuser counts as one too. It is not granted: make the role a superuser, or have it own the extension.</source>
        <translation>拡張機能の所有者とは拡張機能を作成したロールで、スーパーユーザーもすべて所有者とみなされます。これは付与するものではありません。ロールをスーパーユーザーにするか、拡張機能を所有させてください。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="295"/>
        <source>Model roles are given to roles, not to PUBLIC.</source>
        <translation>モデルロールはロールに付与するもので、PUBLIC には付与できません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="297"/>
        <source>Schema pgx_inference is not in the snapshot.</source>
        <translation>スキーマ pgx_inference はスナップショットにありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="298"/>
        <source>The function of model %1 (%2) is missing; the model cannot be used by anyone.</source>
        <translation>モデル %1 の関数 (%2) が見つかりません。このモデルは誰も使用できません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="330"/>
        <source>through %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="333"/>
        <source>through a predefined role</source>
        <translation>定義済みロール経由</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="335"/>
        <source>through PUBLIC</source>
        <translation>PUBLIC 経由</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="343"/>
        <source>%1 still holds %2 %3.</source>
        <translation>%1 は引き続き %2 を保有しています (%3)。</translation>
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
        <translation>%1 は %3 として %2 のすべての権限を保持し続けます。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="346"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="350"/>
        <source>a superuser</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="346"/>
        <location filename="../src/plan/modelaccessplanner.cpp" line="350"/>
        <source>the extension owner</source>
        <translation>拡張機能の所有者</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="349"/>
        <source>%1 may already do everything %2 allows, as %3; nothing to grant.</source>
        <translation>%1 は %3 として、%2 で許可される操作を既にすべて行えます。付与するものはありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="355"/>
        <source>The holders of the model roles cannot be read here; %1 may hold %2 already.</source>
        <translation>ここではモデルロールの保有者を読み取れません。%1 は既に %2 を保有している可能性があります。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="358"/>
        <source>%1 already holds %2 %3; a direct grant keeps it if that goes.</source>
        <translation>%1 は既に %2 を保有しています (%3)。直接付与しておけば、その経路がなくなっても保持されます。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="367"/>
        <source>USAGE on schema pgx_inference</source>
        <translation>スキーマ pgx_inference に対する USAGE</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="368"/>
        <source>the use of model %1</source>
        <translation>モデル %1 の使用権</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="389"/>
        <source>Without USAGE on schema pgx_inference, %1 cannot call the models it may use (%2).</source>
        <translation>スキーマ pgx_inference に対する USAGE がないと、%1 は使用を許可されたモデル (%2) を呼び出せません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="394"/>
        <source>%1 is a superuser and always has %2; nothing to grant.</source>
        <translation>%1 はスーパーユーザーであり、常に %2 を持っています。付与するものはありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="395"/>
        <source>%1 owns %2 (or inherits its owner) and always has %3; nothing to grant.</source>
        <translation>%1 は %2 の所有者 (または所有者を継承) であり、常に %3 を持っています。付与するものはありません。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="401"/>
        <source>%1 already has %2 %3; a direct grant keeps it if that goes.</source>
        <translation>%1 は既に %2 を持っています (%3)。直接付与しておけば、その経路がなくなっても保持されます。</translation>
    </message>
    <message>
        <location filename="../src/plan/modelaccessplanner.cpp" line="415"/>
        <source>%1 also gets USAGE on schema pgx_inference, without which the model cannot be called.</source>
        <translation>%1 にはスキーマ pgx_inference に対する USAGE も付与されます。これがないとモデルを呼び出せません。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/store/profilestore.cpp" line="50"/>
        <source>The workspace is not open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="64"/>
        <source>Cannot read the saved connections: %1</source>
        <translation>保存済みの接続を読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="97"/>
        <source>Cannot read the connection &quot;%1&quot;: %2</source>
        <translation>接続「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="110"/>
        <location filename="../src/store/profilestore.cpp" line="160"/>
        <source>A saved connection needs a name.</source>
        <translation>保存する接続には名前が必要です。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="114"/>
        <source>The connection string contains a password. Passwords are never saved with a connection; remove it from the string and use the password field (optionally kept in the keychain).</source>
        <translation>接続文字列にパスワードが含まれています。パスワードは接続と一緒に保存されることはありません。文字列から削除し、パスワード欄を使用してください (キーチェーンに保存することもできます)。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="136"/>
        <source>Cannot save the connection &quot;%1&quot;: %2</source>
        <translation>接続「%1」を保存できません: %2</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="149"/>
        <source>Cannot delete the connection &quot;%1&quot;: %2</source>
        <translation>接続「%1」を削除できません: %2</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="151"/>
        <location filename="../src/store/profilestore.cpp" line="163"/>
        <location filename="../src/store/profilestore.cpp" line="175"/>
        <source>There is no saved connection called &quot;%1&quot;.</source>
        <translation>「%1」という保存済みの接続はありません。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="165"/>
        <source>A saved connection called &quot;%1&quot; already exists.</source>
        <translation>「%1」という保存済みの接続は既に存在します。</translation>
    </message>
    <message>
        <location filename="../src/store/profilestore.cpp" line="173"/>
        <source>Cannot rename the connection &quot;%1&quot;: %2</source>
        <translation>接続「%1」の名前を変更できません: %2</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="14"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="26"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="43"/>
        <source>Connection li&amp;mit:</source>
        <translation>接続数の上限(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="62"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="69"/>
        <source>&amp;Valid until:</source>
        <translation>有効期限(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="84"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="91"/>
        <source>Never e&amp;xpires</source>
        <translation>無期限(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="102"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="108"/>
        <source>Can &amp;log in (LOGIN)</source>
        <translation>ログイン可能 (LOGIN)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="111"/>
        <source>A user: the role can open sessions</source>
        <translation>ユーザー: このロールでセッションを開始できます</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="118"/>
        <source>&amp;Inherit privileges of its groups (INHERIT)</source>
        <translation>所属グループの権限を継承 (INHERIT)(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="121"/>
        <source>Without it, the role must SET ROLE to use a group&apos;s privileges</source>
        <translation>これがない場合、グループの権限を使うには SET ROLE が必要です</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="128"/>
        <source>&amp;Superuser (SUPERUSER)</source>
        <translation>スーパーユーザー (SUPERUSER)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="131"/>
        <source>Bypasses every permission check</source>
        <translation>すべての権限チェックを迂回します</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="138"/>
        <source>Create &amp;databases (CREATEDB)</source>
        <translation>データベースの作成 (CREATEDB)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="145"/>
        <source>Create &amp;roles (CREATEROLE)</source>
        <translation>ロールの作成 (CREATEROLE)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="152"/>
        <source>Re&amp;plication (REPLICATION)</source>
        <translation>レプリケーション (REPLICATION)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="159"/>
        <source>&amp;Bypass row-level security (BYPASSRLS)</source>
        <translation>行単位セキュリティを迂回 (BYPASSRLS)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="169"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="175"/>
        <source>&amp;Keep the current password</source>
        <translation>現在のパスワードを維持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="185"/>
        <source>Se&amp;t a new password</source>
        <translation>新しいパスワードを設定(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="192"/>
        <source>Remove t&amp;he password</source>
        <translation>パスワードを削除(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="199"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="216"/>
        <source>Con&amp;firm:</source>
        <translation>確認(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="233"/>
        <source>The password is turned into a SCRAM verifier by the client; the plain text never reaches the SQL, the plan or the journal.</source>
        <translation>パスワードはクライアント側で SCRAM 検証子に変換されます。平文が SQL、プラン、ジャーナルに含まれることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="255"/>
        <source>Member of</source>
        <translation>所属グループ</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="273"/>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="293"/>
        <source>with &amp;admin option</source>
        <translation>ADMIN OPTION 付き(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="304"/>
        <source>Add to gro&amp;up</source>
        <translation>グループに追加(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="314"/>
        <source>R&amp;emove from group</source>
        <translation>グループから削除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.ui" line="324"/>
        <source>Toggle admin &amp;option</source>
        <translation>ADMIN OPTION の切り替え(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SchemaGroupPlanner</name>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="248"/>
        <source>The group for this level does not exist; migrate or enable the model again.</source>
        <translation>このレベルのグループが存在しません。移行を実行するか、モデルを再度有効化してください。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="260"/>
        <source>%1 is a superuser and keeps every right whatever its groups.</source>
        <translation>%1 はスーパーユーザーであり、所属グループにかかわらずすべての権限を保持し続けます。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="262"/>
        <source>%1 still holds the %2 level through %3.</source>
        <translation>%1 は %3 を通じて %2 レベルを引き続き保有しています。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="287"/>
        <source>Enter a user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="289"/>
        <source>The name %1 is reserved: user names must not end in admin, developer, writer, viewer or all_users.</source>
        <translation>名前 %1 は予約されています: ユーザー名の末尾を admin、developer、writer、viewer、all_users にすることはできません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="292"/>
        <source>The name %1 is longer than 63 bytes.</source>
        <translation>名前 %1 が 63 バイトを超えています。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupplanner.cpp" line="294"/>
        <source>A role named %1 already exists.</source>
        <translation>%1 という名前のロールは既に存在します。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/store/workspace.cpp" line="105"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="111"/>
        <source>The SQLite driver for Qt is not available.</source>
        <translation>Qt の SQLite ドライバーが利用できません。</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="115"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>ワークスペース %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="168"/>
        <source>Cannot prepare the workspace: %1</source>
        <translation>ワークスペースを準備できません: %1</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="172"/>
        <source>The workspace %1 was written by a newer version of RoleDesk (schema %2, this version knows up to %3).</source>
        <translation>ワークスペース %1 は新しいバージョンの RoleDesk で書き込まれています (スキーマ %2、このバージョンが扱えるのは %3 まで)。</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="182"/>
        <source>Cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../src/store/workspace.cpp" line="189"/>
        <location filename="../src/store/workspace.cpp" line="199"/>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>ワークスペースのスキーマ %1 への更新に失敗しました: %2</translation>
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
        <translation>ロール %1 は存在しません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="108"/>
        <source>%1 was not found</source>
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="113"/>
        <source>%1 lacks %2 on %3</source>
        <translation>%1 は %3 に対する %2 を持っていません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="115"/>
        <source>%1 lacks the grant option for %2 on %3</source>
        <translation>%1 は %3 に対する %2 の権限付与オプションを持っていません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="145"/>
        <source>%1 still has the grant option for %2 on %3, granted by %4</source>
        <translation>%1 は %4 から付与された %3 に対する %2 の権限付与オプションをまだ持っています</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="146"/>
        <source>%1 still has %2 on %3, granted by %4</source>
        <translation>%1 は %4 から付与された %3 に対する %2 をまだ持っています</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="165"/>
        <source>%1 is not a member of %2</source>
        <translation>%1 は %2 のメンバーではありません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="167"/>
        <source>%1 is a member of %2 without the admin option</source>
        <translation>%1 は ADMIN OPTION なしで %2 のメンバーです</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="169"/>
        <source>%1 is still a member of %2</source>
        <translation>%1 はまだ %2 のメンバーです</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="171"/>
        <source>%1 still has the admin option on %2</source>
        <translation>%1 は %2 に対する ADMIN OPTION をまだ持っています</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="178"/>
        <source>role %1: %2 is %3</source>
        <translation>ロール %1: %2 は %3 です</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="179"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="179"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="189"/>
        <source>role %1: connection limit is %2</source>
        <translation>ロール %1: 接続数の上限は %2 です</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="195"/>
        <source>role %1: valid until %2</source>
        <translation>ロール %1: 有効期限は %2 です</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="197"/>
        <source>infinity</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="238"/>
        <source>default privileges of %1 on %2</source>
        <translation>%1 の %2 に対するデフォルト権限</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="240"/>
        <source>default privileges of %1 in schema %2 on %3</source>
        <translation>スキーマ %2 内の %3 に対する %1 のデフォルト権限</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="244"/>
        <source>%1: %2 lacks %3</source>
        <translation>%1: %2 は %3 を持っていません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="246"/>
        <source>%1: %2 lacks the grant option for %3</source>
        <translation>%1: %2 は %3 の権限付与オプションを持っていません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="251"/>
        <source>%1: %2 still has %3</source>
        <translation>%1: %2 は %3 をまだ持っています</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="274"/>
        <source>%1 does not hold the model role %2</source>
        <translation>%1 はモデルロール %2 を保有していません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="276"/>
        <source>%1 still holds the model role %2</source>
        <translation>%1 はモデルロール %2 をまだ保有しています</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="294"/>
        <source>schema %1 still exists</source>
        <translation>スキーマ %1 がまだ存在します</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="296"/>
        <source>schema %1 does not exist</source>
        <translation>スキーマ %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="302"/>
        <source>group %1 does not exist</source>
        <translation>グループ %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="313"/>
        <source>role %1 cannot log in</source>
        <translation>ロール %1 はログインできません</translation>
    </message>
    <message>
        <location filename="../src/plan/planverifier.cpp" line="385"/>
        <location filename="../src/plan/planverifier.cpp" line="389"/>
        <source>role %1 still exists</source>
        <translation>ロール %1 はまだ存在します</translation>
    </message>
</context>
<context>
    <name>roledesk::AccessTester</name>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="100"/>
        <source>model &quot;%1&quot; does not exist in database %2, or user %3 may not see it</source>
        <translation>モデル「%1」はデータベース %2 に存在しないか、ユーザー %3 からは見えません</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="140"/>
        <source>role &quot;%1&quot; does not exist</source>
        <translation>ロール「%1」は存在しません</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="184"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="185"/>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="186"/>
        <source>allowed, inference failed</source>
        <translation>許可 (推論は失敗)</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="187"/>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../src/inference/accesstester.cpp" line="188"/>
        <source>could not tell</source>
        <translation>判定不能</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditCompareDialog</name>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="62"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="236"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="63"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="65"/>
        <source>Compare with saved audit</source>
        <translation>保存済みの監査と比較</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="70"/>
        <source>Filter: role, object, privilege, lineage…</source>
        <translation>フィルター: ロール、オブジェクト、権限、経路…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="89"/>
        <source>Export differences</source>
        <translation>差分をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="89"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="136"/>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="176"/>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation>%1 (%2) と %3 (%4) の間に差分はありません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="180"/>
        <source>%1 since %2: %3 gained, %4 lost.</source>
        <translation>%2 以降の%1: %3を獲得、%4 件を喪失。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="181"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 件の差分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="183"/>
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n 件の権限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="190"/>
        <source>Compare them all the same?</source>
        <translation>それでも比較しますか?</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="202"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="222"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditcomparedialog.cpp" line="205"/>
        <source>%n difference(s) written to %1.</source>
        <translation>
            <numerusform>%n 件の差分を %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="219"/>
        <source>Saving the audit was cancelled; %1 was not written.</source>
        <translation>監査の保存はキャンセルされました。%1 は書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="230"/>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="248"/>
        <source>Save audit</source>
        <translation>監査を保存</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="232"/>
        <source>Saved audits (*.json)</source>
        <translation>保存済みの監査 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditcomparedialog.cpp" line="236"/>
        <source>Saving the audit…</source>
        <translation>監査を保存しています…</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditComparison</name>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="40"/>
        <source>the audits are of two different servers: %1 and %2</source>
        <translation>監査の対象が異なる 2 つのサーバーです: %1 と %2</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="44"/>
        <source>the audits are of two different databases: %1 and %2</source>
        <translation>監査の対象が異なる 2 つのデータベースです: %1 と %2</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparison.cpp" line="102"/>
        <source>the comparison was cancelled</source>
        <translation>比較はキャンセルされました</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditComparisonModel</name>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="38"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="38"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="39"/>
        <source>gained</source>
        <translation>獲得</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="39"/>
        <source>lost</source>
        <translation>喪失</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="43"/>
        <source>right</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="44"/>
        <source>grant option</source>
        <translation>付与オプション</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="45"/>
        <source>membership</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="46"/>
        <source>schema group</source>
        <translation>スキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="47"/>
        <source>model role</source>
        <translation>モデルロール</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="48"/>
        <source>platform role</source>
        <translation>プラットフォームロール</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="56"/>
        <source>%1 member of %2</source>
        <translation>%1 は %2 のメンバー</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="76"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="77"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="78"/>
        <source>Role / item</source>
        <translation>ロール / 項目</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="79"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="80"/>
        <source>Privilege</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/audit/auditcomparisonmodel.cpp" line="81"/>
        <source>Through / detail</source>
        <translation>経由 / 詳細</translation>
    </message>
</context>
<context>
    <name>roledesk::AuditExporter</name>
    <message>
        <location filename="../src/export/auditexporter.cpp" line="285"/>
        <source>the export was cancelled</source>
        <translation>エクスポートは取り消されました</translation>
    </message>
</context>
<context>
    <name>roledesk::CatalogReader</name>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="50"/>
        <source>databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="51"/>
        <source>schemas</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="52"/>
        <source>tables, views and sequences</source>
        <translation>テーブル、ビュー、シーケンス</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="53"/>
        <source>functions and procedures</source>
        <translation>関数とプロシージャ</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="54"/>
        <source>types</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="55"/>
        <source>procedural languages</source>
        <translation>手続き言語</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="56"/>
        <source>column privileges</source>
        <translation>列の権限</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="95"/>
        <location filename="../src/catalog/catalogreader.cpp" line="222"/>
        <source>Loading was cancelled.</source>
        <translation>読み込みが中止されました。</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="236"/>
        <location filename="../src/catalog/catalogreader.cpp" line="239"/>
        <source>in-database models</source>
        <translation>データベース内モデル</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="249"/>
        <source>schema groups</source>
        <translation>スキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogquery.cpp" line="26"/>
        <source>Internal error: the catalog query %1 is missing.</source>
        <translation>内部エラー: カタログ問い合わせ %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="102"/>
        <location filename="../src/catalog/catalogreader.cpp" line="236"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="122"/>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="134"/>
        <source>roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="160"/>
        <source>memberships</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <location filename="../src/catalog/catalogreader.cpp" line="209"/>
        <source>default privileges</source>
        <translation>デフォルト権限</translation>
    </message>
</context>
<context>
    <name>roledesk::CliApp</name>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="139"/>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="140"/>
        <source>allowed*</source>
        <translation>許可*</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="141"/>
        <source>denied</source>
        <translation>拒否</translation>
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
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="152"/>
        <location filename="../app/cli/cliaccess.cpp" line="161"/>
        <source> (superuser)</source>
        <translation> (スーパーユーザー)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="159"/>
        <source>Access test on database %1 as %2%3: %n role(s) x %4</source>
        <translation>
            <numerusform>データベース %1 のアクセステスト (%2%3 として): %n ロール × %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="162"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n モデル</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="181"/>
        <source>  %1 on %2: </source>
        <translation>  %1 (モデル %2): </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="184"/>
        <source>the matrix predicts %1, the server %2</source>
        <translation>マトリクスの予測は %1、サーバーは%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="185"/>
        <source>allowed it</source>
        <translation>許可しました</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="186"/>
        <source>denied it</source>
        <translation>拒否しました</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="194"/>
        <source>Disagreements with the privilege matrix (!):</source>
        <translation>権限マトリクスとの不一致 (!):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="196"/>
        <source>Could not tell (?):</source>
        <translation>判定できませんでした (?):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="198"/>
        <source>Allowed, but the inference failed (*):</source>
        <translation>許可されたが推論は失敗 (*):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="200"/>
        <source>%n cell(s): %1, %2 could not be tested.</source>
        <translation>
            <numerusform>%n セル: %1、%2 セルはテストできませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="201"/>
        <source>%n disagree(s) with the matrix</source>
        <translation>
            <numerusform>%n セルがマトリクスと不一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="212"/>
        <source>Test access for all users: run the test inference as each role on each model (SET LOCAL ROLE in a transaction that is rolled back) and set the outcome beside what the privilege matrix predicts (EXECUTE on the model&apos;s function and USAGE on its schema, through memberships, PUBLIC and ownership; superusers always). The login must be a superuser, or a member of every role tested. Default roles: every role that can log in except the predefined pg_* roles; default models: every model the login sees.</source>
        <translation>全ユーザーのアクセスをテストします: 各モデルで各ロールとしてテスト推論を実行し (ロールバックされるトランザクション内で SET LOCAL ROLE)、その結果を権限マトリクスの予測 (メンバーシップ、PUBLIC、所有権を通じたモデルの関数に対する EXECUTE とそのスキーマに対する USAGE。スーパーユーザーは常に許可) と並べて示します。ログインはスーパーユーザーであるか、テストするすべてのロールのメンバーでなければなりません。デフォルトのロール: 定義済みの pg_* ロールを除く、ログインできるすべてのロール。デフォルトのモデル: ログインから見えるすべてのモデル。</translation>
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
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="221"/>
        <source>Comma-separated model names to test.</source>
        <translation>テストするモデル名 (カンマ区切り)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="223"/>
        <source>Comma-separated roles to test.</source>
        <translation>テストするロール (カンマ区切り)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="224"/>
        <source>The input text of every inference.</source>
        <translation>各推論の入力テキスト。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="227"/>
        <source>Give up on one inference after this many ms (statement, and pgx_inference_ce&apos;s call to the server).</source>
        <translation>1 回の推論をこの ms 数で打ち切ります (文、および pgx_inference_ce からサーバーへの呼び出し)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="230"/>
        <source>Output format: text (default), csv or json. CSV columns: role,model,function,superuser,predicted,actual,agrees,sqlstate,message; actual is allowed, allowed_but_failed (the function ran and failed inside: the role holds EXECUTE), denied, undetermined or not_run.</source>
        <translation>出力形式: text (デフォルト)、csv、json。CSV の列: role,model,function,superuser,predicted,actual,agrees,sqlstate,message。actual は allowed、allowed_but_failed (関数は実行されたが内部で失敗: ロールは EXECUTE を保有)、denied、undetermined、not_run のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="242"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation>不明な形式「%1」(text、csv、json のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="253"/>
        <location filename="../app/cli/cliinfer.cpp" line="194"/>
        <source>--timeout-ms needs a positive number of milliseconds</source>
        <translation>--timeout-ms には正のミリ秒数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="264"/>
        <location filename="../app/cli/cliinfer.cpp" line="254"/>
        <source>database %1 has no pgx_inference (or pgx_inference_ce) extension</source>
        <translation>データベース %1 には pgx_inference (または pgx_inference_ce) 拡張機能がありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="274"/>
        <source>the access test stopped</source>
        <translation>アクセステストが中断しました</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="278"/>
        <source>warning: database %1 has no models to test</source>
        <translation>警告: データベース %1 にはテストするモデルがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliaccess.cpp" line="279"/>
        <source>warning: no roles to test</source>
        <translation>警告: テストするロールがありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="288"/>
        <source>%1 of %n cell(s) disagree with the privilege matrix</source>
        <translation>
            <numerusform>%n セル中 %1 セルが権限マトリクスと一致しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliaccess.cpp" line="293"/>
        <source>%1 of %n cell(s) could not be tested</source>
        <translation>
            <numerusform>%n セル中 %1 セルをテストできませんでした</numerusform>
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
        <translation>終了コード:
  0  成功
  1  差異あり (check)
  2  使い方の誤り (接続文字列でも URI でもない --dsn、存在しないロールやスキーマを
     --roles または --schemas で指定した export --strict も含む)
  3  接続に失敗
  4  カタログを読み込めなかった
  5  出力を書き込めなかった
  6  ポリシーファイルを読み込めない、または不正、別のデータベース用に書かれている、
     存在せずファイルでも作成されないロールを指定している (plan、check、apply)
  7  適用に失敗、または競合を検出
  8  test-access: 結果が権限マトリクスと一致しない
  9  infer に失敗 (権限拒否、サーバーエラー、タイムアウトなど)、または test-access で
     すべてのセルをテストできなかった
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="50"/>
        <source> 10  platform: the platform file or the expectations file could not be read or is invalid
 11  platform: the directory (import file or LDAP server) could not be read
</source>
        <translation> 10  platform: プラットフォームファイルまたは期待値ファイルを読み込めない、または不正
 11  platform: ディレクトリ (インポートファイルまたは LDAP サーバー) を読み込めなかった
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="52"/>
        <source> 12  audit --compare: a saved audit is damaged, cut short, of another format version, or of
     another server or database (without --allow-other-database)
</source>
        <translation> 12  audit --compare: 保存済みの監査が破損している、途中で切れている、形式のバージョンが異なる、または
     別のサーバーやデータベースのもの (--allow-other-database なしの場合)
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="81"/>
        <source>Export every role&apos;s effective rights on every object (CSV, JSON or HTML).</source>
        <translation>すべてのオブジェクトに対する各ロールの実効権限をエクスポートします (CSV、JSON、HTML)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="83"/>
        <source>Print the SQL that makes the database match a policy file.</source>
        <translation>データベースをポリシーファイルに一致させる SQL を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="85"/>
        <source>List the differences from a policy file; exit 1 on drift (for CI).</source>
        <translation>ポリシーファイルとの差異を一覧表示します。差異があれば終了コード 1 (CI 向け)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="87"/>
        <source>Apply the plan for a policy file in one transaction, and journal it.</source>
        <translation>ポリシーファイルのプランを 1 つのトランザクションで適用し、ジャーナルに記録します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="89"/>
        <source>Write the current roles, grants and default privileges as a policy file.</source>
        <translation>現在のロール、付与、デフォルト権限をポリシーファイルとして書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="91"/>
        <source>Run a test inference through the database (as a role) or on the inference server.</source>
        <translation>データベース経由 (ロールとして) または推論サーバー上でテスト推論を実行します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="93"/>
        <source>Run the inference as every role on every model; compare with the matrix.</source>
        <translation>各モデルで各ロールとして推論を実行し、マトリクスと比較します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="95"/>
        <source>List schema groups (SLPM/SPM) and members; grant, revoke, enable, migrate...</source>
        <translation>スキーマグループ (SLPM/SPM) とメンバーを一覧表示します。付与、取り消し、有効化、移行など...</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <source>Platform roles: who can, what can, evaluate rules against a directory, check.</source>
        <translation>プラットフォームのロール: 誰ができるか、何ができるか、ディレクトリに対するルールの評価、チェック。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="99"/>
        <source>Check separation-of-duties rules (people, logins, roles); exit 1 on a violation.</source>
        <translation>職務分離ルール (ユーザー、ログイン、ロール) をチェックします。違反があれば終了コード 1 で終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="101"/>
        <source>One person&apos;s platform roles, logins, memberships, groups, models and rights, with why.</source>
        <translation>1 人のユーザーのプラットフォームロール、ログイン、メンバーシップ、グループ、モデル、権限とその理由。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="103"/>
        <source>Write the audit report an auditor signs (HTML or PDF) with a SHA-256 of its content.</source>
        <translation>監査人が署名する監査レポート (HTML または PDF) を、内容の SHA-256 付きで書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="112"/>
        <source>RoleDesk on the command line: audit PostgreSQL privileges, and check or apply policy files, without the GUI.</source>
        <translation>コマンドラインの RoleDesk: GUI なしで PostgreSQL の権限を監査し、ポリシーファイルを検査・適用します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="121"/>
        <source>The command to run (see below).</source>
        <translation>実行するコマンド (下記参照)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="125"/>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="128"/>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>各コマンドのオプションは「%1 &lt;command&gt; --help」で表示されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="132"/>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <location filename="../app/cli/cliapp.cpp" line="158"/>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>使い方は「%1 --help」を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="157"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="165"/>
        <source>Export the effective rights of every role on every object of one database: one row per role, object and applicable privilege, with whether it is granted, grantable, and how (&quot;via&quot;). CSV columns: role,object_type,object_schema,object_name,privilege,granted,grantable,via.</source>
        <translation>1 つのデータベースのすべてのオブジェクトに対する各ロールの実効権限をエクスポートします: ロール、オブジェクト、該当する権限ごとに 1 行で、付与されているか、付与可能か、どのように付与されたか (&quot;via&quot;) を示します。CSV の列: role,object_type,object_schema,object_name,privilege,granted,grantable,via。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="172"/>
        <source>Output format: csv (default), json or html.</source>
        <translation>出力形式: csv (デフォルト)、json、html。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="175"/>
        <source>Write to FILE instead of standard output. A regular file is replaced only when complete; a device or FIFO is written in place (a FIFO waits for its reader); a symlink keeps pointing at its target, which is written.</source>
        <translation>標準出力の代わりに FILE に書き込みます。通常のファイルは完了時にのみ置き換えます。デバイスや FIFO にはそのまま書き込みます (FIFO は読み手を待ちます)。シンボリックリンクはそのまま残り、リンク先に書き込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="182"/>
        <source>Only rows whose privilege is granted (CSV, JSON; the HTML report always lists only those). This is what an auditor usually wants: who holds what, and how. Without it every role x object x privilege is a row, held or not, which grows to billions of rows on a large catalog: use the full export to prove an absence.</source>
        <translation>権限が付与されている行のみ (CSV、JSON。HTML レポートは常にそれらのみを一覧表示)。監査で通常必要なのはこちらです: 誰が何をどのように保持しているか。指定しない場合は、保持の有無にかかわらず ロール x オブジェクト x 権限 のすべてが 1 行になり、大きなカタログでは数十億行に達します。完全なエクスポートは、権限がないことを証明するときに使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="180"/>
        <source>Leave out the built-in pg_* roles.</source>
        <translation>組み込みの pg_* ロールを除外します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="187"/>
        <source>Show progress on standard error even when it is not a terminal (a line about every second: roles done of all, rows and bytes written; then a last line with the totals). By default progress is shown, on one line rewritten in place, only when standard error is a terminal and the rows do not go to that terminal.</source>
        <translation>標準エラーが端末でなくても進捗を表示します (約 1 秒ごとに 1 行: 処理済みロール数 / 全体、書き込んだ行数とバイト数。最後に合計の行)。既定では、標準エラーが端末で、行がその端末に出力されない場合にのみ、1 行をその場で書き換えて進捗を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="191"/>
        <source>Never show progress.</source>
        <translation>進捗を表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="195"/>
        <source>Save the audit (granted rights with lineage, memberships, schema groups, model roles, the database identity and time) as JSON to FILE.</source>
        <translation>監査 (経路付きの付与済み権限、メンバーシップ、スキーマグループ、モデルロール、データベースの識別情報と日時) を JSON として FILE に保存します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="197"/>
        <source>Compare the saved audit OLD with the database now (or with --with): print the differences (--format text or json); exit 1 when there are any.</source>
        <translation>保存済みの監査 OLD を現在のデータベース (または --with) と比較し、差分を出力します (--format text または json)。差分があれば終了コード 1 で終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="200"/>
        <source>With --compare: compare with this saved audit instead of the database.</source>
        <translation>--compare と併用: データベースの代わりにこの保存済みの監査と比較します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="202"/>
        <source>With --compare: compare audits of different servers or databases.</source>
        <translation>--compare と併用: 異なるサーバーまたはデータベースの監査を比較します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="203"/>
        <source>With --save or --compare (now): add the platform role grants of this platform file (and of the directory import it names).</source>
        <translation>--save または --compare (現在) と併用: このプラットフォームファイル (およびそれが指定するディレクトリのインポート) のプラットフォームロールの付与を追加します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="217"/>
        <source>unknown format &quot;%1&quot; (expected csv, json or html)</source>
        <translation>不明な形式「%1」(csv、json、html のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="237"/>
        <location filename="../app/cli/cliplatform.cpp" line="402"/>
        <location filename="../app/cli/clipolicy.cpp" line="158"/>
        <source>could not write to standard output: %1</source>
        <translation>標準出力に書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="262"/>
        <location filename="../app/cli/clireport.cpp" line="130"/>
        <source>interrupted while reading the catalog; nothing was written</source>
        <translation>カタログの読み込み中に中断されました。何も書き込まれていません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="280"/>
        <location filename="../app/cli/cliauditsaved.cpp" line="170"/>
        <location filename="../app/cli/clireport.cpp" line="156"/>
        <location filename="../app/cli/clireport.cpp" line="169"/>
        <source>interrupted; %1 was not written</source>
        <translation>中断されました。%1 は書き込まれていません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>interrupted; the output is incomplete</source>
        <translation>中断されました。出力は不完全です</translation>
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
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="288"/>
        <source>to standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="298"/>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>使い方は「%1 %2 --help」を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="310"/>
        <source>could not read the catalog</source>
        <translation>カタログを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="267"/>
        <location filename="../app/cli/cliapp.cpp" line="317"/>
        <location filename="../app/cli/clipolicy.cpp" line="231"/>
        <location filename="../app/cli/clipolicy.cpp" line="233"/>
        <location filename="../app/cli/clipolicy.cpp" line="497"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="332"/>
        <location filename="../app/cli/clipolicy.cpp" line="188"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="45"/>
        <source>out of memory</source>
        <translation>メモリ不足</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="66"/>
        <source>Expected key=value pairs (&quot;host=db dbname=app user=alice&quot;) or a URI (&quot;postgresql://alice@db/app&quot;); a single word is taken as a database name.</source>
        <translation>key=value の組 (&quot;host=db dbname=app user=alice&quot;) または URI (&quot;postgresql://alice@db/app&quot;) を指定してください。単語 1 つはデータベース名として扱われます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="71"/>
        <source>--dsn &quot;%1&quot; is not a connection string or URI</source>
        <translation>--dsn「%1」は接続文字列でも URI でもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="77"/>
        <source>--dsn &quot;%1&quot; is not a valid connection string or URI: %2</source>
        <translation>--dsn「%1」は有効な接続文字列でも URI でもありません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="180"/>
        <source>libpq connection string (&quot;host=db dbname=app&quot;) or URI (&quot;postgresql://alice@db/app&quot;); a single word is a database name. Without it, libpq&apos;s environment applies (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGPASSFILE...). When the server asks for a password that was not given, it is asked for on the terminal (never when standard input is not one).</source>
        <translation>libpq の接続文字列 (&quot;host=db dbname=app&quot;) または URI (&quot;postgresql://alice@db/app&quot;)。単語 1 つはデータベース名です。省略すると libpq の環境変数が使われます (PGHOST、PGPORT、PGUSER、PGDATABASE、PGPASSWORD、PGPASSFILE など)。サーバーが指定されていないパスワードを要求した場合は端末で入力を求めます (標準入力が端末でない場合は求めません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="208"/>
        <source>Password for user %1: </source>
        <translation>ユーザー %1 のパスワード: </translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="214"/>
        <source>The server asks for a password and standard input is not a terminal, so none was asked for: give it in --dsn (password=...), in PGPASSWORD or in a password file (PGPASSFILE, ~/.pgpass).</source>
        <translation>サーバーがパスワードを要求していますが、標準入力が端末ではないため入力を求めませんでした: --dsn (password=...)、PGPASSWORD、またはパスワードファイル (PGPASSFILE、~/.pgpass) で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnect.cpp" line="219"/>
        <source>could not connect to the database</source>
        <translation>データベースに接続できませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="137"/>
        <source>Run a test inference with one model and show the vector&apos;s dimension, first values and norm, and the latency; or the exact permission or server error. Through the database (default), the model&apos;s function pgx_inference.pgx_embedding_&lt;id&gt;(text) is called inside a transaction that is rolled back, optionally as another role (SET LOCAL ROLE: the login must be a superuser or a member of it); this proves the privilege too. With --via server the request goes straight to the KServe v2 inference server (Triton).</source>
        <translation>1 つのモデルでテスト推論を実行し、ベクトルの次元、先頭の値、ノルム、レイテンシ、または正確な権限エラーやサーバーエラーを表示します。データベース経由 (デフォルト) では、モデルの関数 pgx_inference.pgx_embedding_&lt;id&gt;(text) をロールバックされるトランザクション内で呼び出し、必要なら別のロールとして実行します (SET LOCAL ROLE: ログインはスーパーユーザーか、そのロールのメンバーでなければなりません)。これにより権限も確認できます。--via server では、リクエストを KServe v2 推論サーバー (Triton) に直接送ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="146"/>
        <source>The model&apos;s name (required).</source>
        <translation>モデルの名前 (必須)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="147"/>
        <source>The input text (required).</source>
        <translation>入力テキスト (必須)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="148"/>
        <source>Run as this role (database only).</source>
        <translation>このロールとして実行します (データベース経由のみ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="149"/>
        <source>database (default) or server.</source>
        <translation>database (デフォルト) または server。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="152"/>
        <source>The inference server&apos;s URL (http://host:port) for --via server. Without it, the database&apos;s pgx_inference.triton_url setting is used (and pgx_inference.triton_restricted_header).</source>
        <translation>--via server で使う推論サーバーの URL (http://host:port)。省略するとデータベースの pgx_inference.triton_url 設定 (および pgx_inference.triton_restricted_header) が使われます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="156"/>
        <source>Give up after this many ms per inference (server: the HTTP request; database: the statement, and pgx_inference_ce&apos;s call to the server). Default: 10000 for the server, none for the database.</source>
        <translation>推論 1 回あたりこの ms 数で打ち切ります (サーバー: HTTP リクエスト。データベース: 文、および pgx_inference_ce からサーバーへの呼び出し)。デフォルト: サーバーは 10000、データベースはなし。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="160"/>
        <source>A header for the server&apos;s restricted APIs (--via server).</source>
        <translation>サーバーの制限付き API 用のヘッダー (--via server)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="162"/>
        <source>Refuse larger input texts before sending (--via server; default 1048576, 0: no limit).</source>
        <translation>送信前に、これより大きい入力テキストを拒否します (--via server。デフォルト 1048576、0: 無制限)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="165"/>
        <source>Run N times and print latency statistics (min, median, p95, max, mean).</source>
        <translation>N 回実行し、レイテンシの統計 (min、median、p95、max、mean) を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="168"/>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text (デフォルト) または json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="180"/>
        <source>--model NAME is required</source>
        <translation>--model NAME は必須です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="182"/>
        <source>--text TEXT is required</source>
        <translation>--text TEXT は必須です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="185"/>
        <source>unknown --via &quot;%1&quot; (expected database or server)</source>
        <translation>不明な --via「%1」(database または server)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="190"/>
        <source>--repeat needs a positive number</source>
        <translation>--repeat には正の数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="198"/>
        <location filename="../app/cli/clilint.cpp" line="149"/>
        <location filename="../app/cli/cliperson.cpp" line="150"/>
        <source>unknown format &quot;%1&quot; (expected text or json)</source>
        <translation>不明な形式「%1」(text または json)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="201"/>
        <source>--as needs --via database: the inference server knows no database roles</source>
        <translation>--as には --via database が必要です: 推論サーバーはデータベースのロールを知りません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="203"/>
        <source>--server, --header and --max-input-bytes need --via server</source>
        <translation>--server、--header、--max-input-bytes には --via server が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="205"/>
        <source>--header needs NAME:VALUE, not &quot;%1&quot;</source>
        <translation>--header には NAME:VALUE が必要です (「%1」ではなく)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="209"/>
        <source>--max-input-bytes needs a number of bytes</source>
        <translation>--max-input-bytes にはバイト数が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="218"/>
        <source>--server needs an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--server には http:// または https:// の URL が必要です (「%1」ではなく)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="236"/>
        <source>--via server needs --server URL: database %1 sets no pgx_inference.triton_url</source>
        <translation>--via server には --server URL が必要です: データベース %1 は pgx_inference.triton_url を設定していません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="250"/>
        <source>could not read the models</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="261"/>
        <source>model &quot;%1&quot; does not exist in database %2, or user %3 may not see it</source>
        <translation>モデル「%1」はデータベース %2 に存在しないか、ユーザー %3 からは見えません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="303"/>
        <source>model:       %1</source>
        <translation>モデル:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="305"/>
        <source>via:         server %1</source>
        <translation>経由:        サーバー %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="306"/>
        <source>via:         database %1 as role %2</source>
        <translation>経由:        データベース %1 (ロール %2 として)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="308"/>
        <source>dimension:   %1</source>
        <translation>次元:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="309"/>
        <source>first:       %1</source>
        <translation>先頭の値:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="310"/>
        <source>norm:        %1</source>
        <translation>ノルム:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="312"/>
        <source>latency:     %1 ms</source>
        <translation>レイテンシ:  %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliinfer.cpp" line="314"/>
        <source>latency:     %n run(s): min %1 ms, median %2 ms, p95 %3 ms, max %4 ms, mean %5 ms</source>
        <translation>
            <numerusform>レイテンシ:  %n 回実行: min %1 ms、median %2 ms、p95 %3 ms、max %4 ms、mean %5 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliinfer.cpp" line="324"/>
        <source>run %1 of %2 failed: </source>
        <translation>%2 回中 %1 回目の実行が失敗しました: </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="78"/>
        <source>--roles: role %1 does not exist</source>
        <translation>--roles: ロール %1 は存在しません</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="93"/>
        <source>--schemas: %1 is a system schema, which RoleDesk does not govern</source>
        <translation>--schemas: %1 はシステムスキーマであり、RoleDesk の管理対象外です</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="95"/>
        <source>--schemas: schema %1 does not exist in database %2</source>
        <translation>--schemas: スキーマ %1 はデータベース %2 に存在しません</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="106"/>
        <source>Impact: %1</source>
        <translation>影響: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="108"/>
        <source>People: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="110"/>
        <source>%1 (with grant option)</source>
        <translation>%1 (付与オプション付き)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="114"/>
        <source>%1 (person: %2)</source>
        <translation>%1 (ユーザー: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="115"/>
        <source>%1: %2 %3 on %4 through %5</source>
        <translation>%1: %2 %3 (%4 に対して、%5 経由)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="119"/>
        <source>change %1 (%2): %3</source>
        <translation>変更 %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="178"/>
        <source>The policy file (.yaml, .yml or .json).</source>
        <translation>ポリシーファイル (.yaml、.yml、.json)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="187"/>
        <source>no policy file given</source>
        <translation>ポリシーファイルが指定されていません</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="207"/>
        <source>%1 is written for database %2, but the connection is to database %3: nothing was compared, planned or changed</source>
        <translation>%1 はデータベース %2 用に書かれていますが、接続先はデータベース %3 です: 比較、プラン作成、変更のいずれも行っていません</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="211"/>
        <source>Connect to %1 (--dsn &quot;dbname=%1 ...&quot;), or change &quot;database:&quot; in the file.</source>
        <translation>%1 に接続する (--dsn &quot;dbname=%1 ...&quot;) か、ファイルの &quot;database:&quot; を変更してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="220"/>
        <source>%1 cannot be applied to database %2: it names %n role(s) that do not exist there and that it does not create; nothing was planned or changed:</source>
        <translation>
            <numerusform>%1 はデータベース %2 に適用できません: そこに存在せず、ファイルでも作成されないロールを %n 個指定しています。プラン作成も変更も行っていません:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="225"/>
        <source>%1 (named at %2)</source>
        <translation>%1 (%2 で指定)</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="226"/>
        <source>Create them first, or list them under &quot;roles:&quot; so that the file creates them.</source>
        <translation>先に作成するか、ファイルで作成されるよう &quot;roles:&quot; に列挙してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="240"/>
        <source>Print the SQL script (one transaction) that makes the database match the policy file, within the file&apos;s scope. Nothing is changed; run it with psql -1 -f or use apply.</source>
        <translation>ファイルの範囲内で、データベースをポリシーファイルに一致させる SQL スクリプト (1 トランザクション) を出力します。何も変更しません。psql -1 -f で実行するか、apply を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="244"/>
        <source>Write the script to FILE instead of standard output.</source>
        <translation>標準出力の代わりにスクリプトを FILE に書き込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="246"/>
        <source>After the script, list as SQL comments every role that would gain or lose a right, on which object and through which path, and each change that would change nothing, and why.</source>
        <translation>スクリプトの後に、権限を獲得または喪失するすべてのロールを、対象オブジェクトと経路とともに SQL コメントとして列挙し、効果のない変更はそれぞれその理由とともに列挙します。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="249"/>
        <source>Write the impact as JSON to FILE (&quot;-&quot;: standard output, when --output sends the script to a file) instead of as comments after the script. Implies --impact.</source>
        <translation>影響を、スクリプトの後のコメントとしてではなく JSON として FILE に書き出します (&quot;-&quot;: 標準出力。--output でスクリプトをファイルに送る場合)。--impact を含意します。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="253"/>
        <source>With --impact: name the person whose login each role is (the file&apos;s &quot;logins&quot; mapping) and count the people who gain or lose rights.</source>
        <translation>--impact と併用: 各ロールがどのユーザーのログインかを示し (ファイルの &quot;logins&quot; マッピング)、権限を獲得または喪失するユーザーの数を数えます。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="264"/>
        <source>--impact-output - needs --output FILE: the script and the JSON cannot both go to standard output</source>
        <translation>--impact-output - には --output FILE が必要です: スクリプトと JSON の両方を標準出力に送ることはできません</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="267"/>
        <source>--platform-file goes with --impact or --impact-output</source>
        <translation>--platform-file は --impact または --impact-output と併用します</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="311"/>
        <source>Compare the database with the policy file and print one line per difference (missing, extra or different). Exits 1 when there is any, 0 when there is none.</source>
        <translation>データベースをポリシーファイルと比較し、差異 (missing、extra、different) ごとに 1 行を出力します。差異があれば終了コード 1、なければ 0。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="331"/>
        <source>%1: no drift: database %2 matches %3
</source>
        <translation>%1: 差異なし: データベース %2 は %3 と一致しています
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="335"/>
        <source>%1: %n difference(s) from %2
</source>
        <translation>
            <numerusform>%1: %2 との差異が %n 件あります
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="343"/>
        <source>Apply the plan for the policy file in one transaction, after checking under lock that nothing it touches changed since it was planned; on any error nothing is applied. The outcome is recorded in the journal of RoleDesk&apos;s workspace.</source>
        <translation>ポリシーファイルのプランを 1 つのトランザクションで適用します。その前に、プラン作成後に対象が変更されていないことをロックの下で確認します。エラーが起きた場合は何も適用しません。結果は RoleDesk のワークスペースのジャーナルに記録されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="368"/>
        <source>Do not record the outcome in the journal.</source>
        <translation>結果をジャーナルに記録しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="370"/>
        <source>The workspace file whose journal records the outcome (default: the RoleDesk console&apos;s).</source>
        <translation>結果を記録するジャーナルを持つワークスペースファイル (デフォルト: RoleDesk コンソールのもの)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="443"/>
        <source>Write the current roles, memberships, grants and default privileges as a policy file (YAML or JSON, by the extension of --output). With --roles or --schemas the file governs only those (and, with --schemas, not the database&apos;s own grants). A role or schema named there that does not exist is warned about, or refused with --strict. When a schema-group model (SLPM or SPM) is enabled, the file gets a schema_groups section: the model and each group&apos;s direct members. While a file has that section, the memberships of the model&apos;s groups are governed there alone (CALL slpm_grant / slpm_revoke, only for the groups it lists; a different model is reported as drift, never changed), not through member_of.</source>
        <translation>現在のロール、メンバーシップ、付与、デフォルト権限をポリシーファイル (--output の拡張子により YAML または JSON) として書き出します。--roles または --schemas を指定すると、ファイルはそれらだけを管理します (--schemas の場合、データベース自体への付与は対象外)。そこで指定した存在しないロールやスキーマは警告されるか、--strict では拒否されます。スキーマグループモデル (SLPM または SPM) が有効な場合、ファイルには schema_groups セクション (モデルと各グループの直接のメンバー) が含まれます。ファイルにこのセクションがある間、モデルのグループのメンバーシップはそこでのみ管理され (CALL slpm_grant / slpm_revoke、記載されたグループのみ。モデルが異なる場合は差異として報告され、変更されることはありません)、member_of では管理されません。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="357"/>
        <source>Nothing to apply: database %1 matches %2.
</source>
        <translation>適用するものはありません: データベース %1 は %2 と一致しています。
</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="395"/>
        <source>%1 changed since it was read: expected %2, found %3</source>
        <translation>%1 は読み込み後に変更されています: 期待値 %2、実際 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="399"/>
        <source>apply failed</source>
        <translation>適用に失敗しました</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="400"/>
        <source>apply failed at &quot;%1&quot; (%2)</source>
        <translation>「%1」(%2) で適用に失敗しました</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="384"/>
        <source>warning: the outcome could not be journalled: %1</source>
        <translation>警告: 結果をジャーナルに記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="423"/>
        <source>apply ended: %1</source>
        <translation>適用が終了しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="428"/>
        <source>Applied %n change(s) (%1) to %2 in %3 ms.
</source>
        <translation>
            <numerusform>%n 件の変更 (%1) を %3 ms で %2 に適用しました。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clipolicy.cpp" line="429"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="435"/>
        <source>warning: after applying: %1</source>
        <translation>警告: 適用後: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="453"/>
        <source>The policy file to write (.yaml, .yml or .json).</source>
        <translation>書き出すポリシーファイル (.yaml、.yml、.json)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="455"/>
        <source>Comma-separated roles to govern (PUBLIC for PUBLIC&apos;s grants); default all.</source>
        <translation>管理するロール (カンマ区切り。PUBLIC への付与は PUBLIC)。デフォルトはすべて。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="457"/>
        <source>Comma-separated schemas to govern; default all.</source>
        <translation>管理するスキーマ (カンマ区切り)。デフォルトはすべて。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="459"/>
        <source>Fail (exit 2, nothing written) when --roles or --schemas names a role or schema that does not exist, instead of warning.</source>
        <translation>--roles または --schemas が存在しないロールやスキーマを指定した場合、警告ではなく失敗します (終了コード 2、何も書き込みません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="466"/>
        <source>--output FILE with .yaml, .yml or .json is required</source>
        <translation>拡張子が .yaml、.yml、.json の --output FILE が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="491"/>
        <source>%1 was not written: --roles or --schemas names what database %2 does not have (--strict):</source>
        <translation>%1 は書き込まれませんでした: --roles または --schemas がデータベース %2 にないものを指定しています (--strict):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="35"/>
        <source>Older: %1, taken %2</source>
        <translation>旧: %1、取得日時 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="37"/>
        <source>Newer: %1, taken %2</source>
        <translation>新: %1、取得日時 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="47"/>
        <source>%1: %2 on %3 %4 (%5)</source>
        <translation>%1: %2 (%3 %4 に対して) (%5)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="53"/>
        <source>%1 member of %2</source>
        <translation>%1 は %2 のメンバー</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="54"/>
        <source>%1 holds %2</source>
        <translation>%1 は %2 を保持しています</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="56"/>
        <source>%1 holds %2 (organization)</source>
        <translation>%1 は %2 を保持しています (組織)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="57"/>
        <source>%1 holds %2 in project %3</source>
        <translation>%1 はプロジェクト %3 で %2 を保持しています</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="65"/>
        <source>Rights gained (with their lineage now):</source>
        <translation>獲得した権限 (現在の経路):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="66"/>
        <source>Rights lost (with their lineage then):</source>
        <translation>喪失した権限 (当時の経路):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="67"/>
        <source>Grant options gained:</source>
        <translation>獲得した付与オプション:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="68"/>
        <source>Grant options lost:</source>
        <translation>喪失した付与オプション:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="69"/>
        <source>Memberships added:</source>
        <translation>追加されたメンバーシップ:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="70"/>
        <source>Memberships removed:</source>
        <translation>削除されたメンバーシップ:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="71"/>
        <source>Schema groups added:</source>
        <translation>追加されたスキーマグループ:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="72"/>
        <source>Schema groups removed:</source>
        <translation>削除されたスキーマグループ:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="73"/>
        <source>Model roles added:</source>
        <translation>追加されたモデルロール:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="74"/>
        <source>Model roles removed:</source>
        <translation>削除されたモデルロール:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="75"/>
        <source>Platform roles added:</source>
        <translation>追加されたプラットフォームロール:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="76"/>
        <source>Platform roles removed:</source>
        <translation>削除されたプラットフォームロール:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="78"/>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="79"/>
        <source>%1: %2 gained, %3 lost.</source>
        <translation>%1: %2を獲得、%3 件を喪失。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliauditsaved.cpp" line="80"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 件の差分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliauditsaved.cpp" line="81"/>
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n 件の権限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clipolicy.cpp" line="135"/>
        <source>roledesk-cli: warning: %1</source>
        <translation>roledesk-cli: 警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="97"/>
        <source>--with needs --compare OLD.json</source>
        <translation>--with には --compare OLD.json が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="99"/>
        <source>--save takes the audit of the database now; --with compares two saved files</source>
        <translation>--save は現在のデータベースの監査を取得します。--with は 2 つの保存済みファイルを比較します</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="101"/>
        <source>--allow-other-database goes with --compare</source>
        <translation>--allow-other-database は --compare と一緒に使用します</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="104"/>
        <source>--platform-file goes with --save or --compare OLD (without --with)</source>
        <translation>--platform-file は --save または --compare OLD (--with なし) と一緒に使用します</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="107"/>
        <source>--%1 does not go with --save or --compare</source>
        <translation>--%1 は --save または --compare と一緒に使用できません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="110"/>
        <source>--format goes with --compare (a saved audit is always JSON)</source>
        <translation>--format は --compare と一緒に使用します (保存済みの監査は常に JSON です)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="112"/>
        <source>unknown format &quot;%1&quot; for --compare (expected text or json)</source>
        <translation>--compare の形式「%1」は不明です (text または json が必要です)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="127"/>
        <source>(--allow-other-database compares them all the same)</source>
        <translation>(--allow-other-database を指定すると、それでも比較します)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="153"/>
        <source>interrupted while reading the catalog</source>
        <translation>システムカタログの読み込み中に中断されました</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="178"/>
        <source>Saved the audit of %1 to %2</source>
        <translation>%1 の監査を %2 に保存しました</translation>
    </message>
    <message>
        <location filename="../app/cli/cliauditsaved.cpp" line="182"/>
        <source>interrupted</source>
        <translation>中断されました</translation>
    </message>
</context>
<context>
    <name>roledesk::ConnectionDialog</name>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="27"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="30"/>
        <source>Default (prefer)</source>
        <translation>デフォルト (prefer)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="32"/>
        <source>disable: never use SSL</source>
        <translation>disable: SSL を使用しない</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="33"/>
        <source>allow: SSL only if the server insists</source>
        <translation>allow: サーバーが要求する場合のみ SSL</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="34"/>
        <source>prefer: SSL when the server offers it</source>
        <translation>prefer: サーバーが対応していれば SSL</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="35"/>
        <source>require: always SSL, no certificate check</source>
        <translation>require: 常に SSL、証明書は検証しない</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="36"/>
        <source>verify-ca: SSL, server certificate signed by the root CA</source>
        <translation>verify-ca: SSL、サーバー証明書がルート CA で署名されていることを検証</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="37"/>
        <source>verify-full: SSL, certificate and host name checked</source>
        <translation>verify-full: SSL、証明書とホスト名を検証</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="41"/>
        <source>Choose the root certificate file</source>
        <translation>ルート証明書ファイルの選択</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="42"/>
        <source>Choose the client certificate file</source>
        <translation>クライアント証明書ファイルの選択</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="43"/>
        <source>Choose the client key file</source>
        <translation>クライアント鍵ファイルの選択</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="44"/>
        <source>Choose the certificate revocation list</source>
        <translation>証明書失効リストの選択</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="45"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="47"/>
        <source>Root certificate</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="50"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="53"/>
        <source>Client key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="53"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>鍵 (*.key *.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="56"/>
        <source>Certificate revocation list</source>
        <translation>証明書失効リスト</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="57"/>
        <source>Revocation lists (*.crl *.pem);;All files (*)</source>
        <translation>失効リスト (*.crl *.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="79"/>
        <source>The saved password could not be read: %1
Please type it.</source>
        <translation>保存されたパスワードを読み込めませんでした: %1
パスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="84"/>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>パスワードをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="160"/>
        <source>(unsaved connection)</source>
        <translation>(未保存の接続)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="165"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="187"/>
        <source>The saved connection &quot;%1&quot; is gone.</source>
        <translation>保存済みの接続「%1」はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="205"/>
        <source>Type a profile name to save these settings under.</source>
        <translation>この設定を保存するプロファイル名を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="215"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="228"/>
        <source>Delete saved connection</source>
        <translation>保存済みの接続の削除</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="229"/>
        <source>Delete the saved connection &quot;%1&quot;? The fields stay filled in.</source>
        <translation>保存済みの接続「%1」を削除しますか? 入力欄の内容はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="240"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="275"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="275"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="294"/>
        <source>Connected to PostgreSQL %1 as %2, database %3.</source>
        <translation>PostgreSQL %1 にユーザー %2 としてデータベース %3 に接続しました。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="323"/>
        <source>Keep the password in the system keychain under this profile&apos;s name. It is never written to RoleDesk&apos;s own files.</source>
        <translation>このプロファイル名でパスワードをシステムのキーチェーンに保存します。RoleDesk 自身のファイルには一切書き込まれません。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="327"/>
        <source>Looking for the system keychain…</source>
        <translation>システムのキーチェーンを探しています…</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="331"/>
        <source>No system keychain is available (for example no secret service is running), so the password will be asked for each time.</source>
        <translation>利用できるシステムのキーチェーンがないため (例えば Secret Service が動作していない)、パスワードは毎回入力を求められます。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="376"/>
        <source>the default user</source>
        <translation>デフォルトのユーザー</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="376"/>
        <source>user &quot;%1&quot;</source>
        <translation>ユーザー「%1」</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="380"/>
        <source>Wrong password: the server rejected the password for %1.</source>
        <translation>パスワードが違います: サーバーは %1 のパスワードを拒否しました。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="383"/>
        <source>A password is required for %1. Type it in the password field.</source>
        <translation>%1 にはパスワードが必要です。パスワード欄に入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="386"/>
        <source>Connection refused: no server is listening on that host and port, or a firewall blocks it.</source>
        <translation>接続が拒否されました: そのホストとポートで待ち受けているサーバーがないか、ファイアウォールで遮断されています。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="390"/>
        <source>No server is running on that Unix socket folder and port.</source>
        <translation>その Unix ソケットのディレクトリとポートで動作しているサーバーはありません。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="393"/>
        <source>Unknown host: the host name could not be resolved.</source>
        <translation>不明なホスト: ホスト名を解決できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="396"/>
        <source>The server did not answer in time (unreachable host or blocked port).</source>
        <translation>サーバーが時間内に応答しませんでした (ホストに到達できないか、ポートが遮断されています)。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="399"/>
        <source>Unknown database: it does not exist on this server.</source>
        <translation>不明なデータベース: このサーバーには存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="402"/>
        <source>Unknown user: no such role exists on this server.</source>
        <translation>不明なユーザー: このサーバーにはそのロールが存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="405"/>
        <source>The server does not allow this user to connect from here (pg_hba.conf).</source>
        <translation>サーバーはこのユーザーのここからの接続を許可していません (pg_hba.conf)。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="408"/>
        <source>The SSL connection failed; check the SSL mode and certificate files.</source>
        <translation>SSL 接続に失敗しました。SSL モードと証明書ファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="411"/>
        <source>The connection settings are not valid.</source>
        <translation>接続設定が不正です。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="415"/>
        <source>Could not connect.</source>
        <translation>接続できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="420"/>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiondialog.cpp" line="422"/>
        <source>Hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::DatabaseSweep</name>
    <message>
        <location filename="../src/catalog/databasesweep.cpp" line="138"/>
        <source>could not connect to database &quot;%1&quot; as &quot;%2&quot;: %3</source>
        <translation>データベース「%1」に「%2」として接続できませんでした: %3</translation>
    </message>
    <message>
        <location filename="../src/catalog/databasesweep.cpp" line="146"/>
        <source>could not read database &quot;%1&quot; as &quot;%2&quot;: %3</source>
        <translation>データベース「%1」を「%2」として読み込めませんでした: %3</translation>
    </message>
</context>
<context>
    <name>roledesk::DefaultPrivilegesModel</name>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="46"/>
        <source>tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="47"/>
        <source>sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="48"/>
        <source>functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="49"/>
        <source>types</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="50"/>
        <source>schemas</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="188"/>
        <source>(all schemas)</source>
        <translation>(すべてのスキーマ)</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="192"/>
        <source>%1 (owner)</source>
        <translation>%1 (所有者)</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="196"/>
        <source>ALL (%1)</source>
        <translation>ALL (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="198"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="201"/>
        <source>pg_default_acl — revoke pending</source>
        <translation>pg_default_acl — 取り消し保留中</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="201"/>
        <source>pg_default_acl</source>
        <translation>pg_default_acl</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="202"/>
        <source>built-in — revoke pending</source>
        <translation>組み込み — 取り消し保留中</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="202"/>
        <source>built-in default</source>
        <translation>組み込みのデフォルト</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="203"/>
        <source>pending grant</source>
        <translation>保留中の付与</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="211"/>
        <source>PostgreSQL&apos;s built-in default: applies to what %1 creates in any schema while no global ALTER DEFAULT PRIVILEGES entry exists for %2.</source>
        <translation>PostgreSQL 組み込みのデフォルト: %2 に対するグローバルな ALTER DEFAULT PRIVILEGES の設定がない間、%1 が任意のスキーマで作成するオブジェクトに適用されます。</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="214"/>
        <source>Not applied yet: in the pending changes.</source>
        <translation>未適用: 保留中の変更に含まれています。</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="231"/>
        <source>For role (creator)</source>
        <translation>対象ロール (作成者)</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="232"/>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="233"/>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="234"/>
        <source>Grantee</source>
        <translation>被付与者</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="235"/>
        <source>Privileges</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="236"/>
        <source>Grantable</source>
        <translation>付与可能</translation>
    </message>
    <message>
        <location filename="../src/models/defaultprivilegesmodel.cpp" line="237"/>
        <source>Source</source>
        <translation>由来</translation>
    </message>
</context>
<context>
    <name>roledesk::DefaultPrivilegesPage</name>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="53"/>
        <source>Show &amp;built-in defaults</source>
        <translation>組み込みのデフォルトを表示(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="54"/>
        <source>Re&amp;voke selected</source>
        <translation>選択項目を取り消し(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="60"/>
        <source>With grant o&amp;ption</source>
        <translation>WITH GRANT OPTION 付き(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="61"/>
        <source>&amp;Grant</source>
        <translation>付与(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="62"/>
        <source>Revo&amp;ke</source>
        <translation>取り消し(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="71"/>
        <source>Filter by role, schema, grantee or privilege (Ctrl+F)</source>
        <translation>ロール、スキーマ、被付与者、権限で絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="76"/>
        <source>Revoke the selected default privileges (Del)</source>
        <translation>選択したデフォルト権限を取り消し (Del)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="86"/>
        <source>Default privileges</source>
        <translation>デフォルト権限</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="93"/>
        <source>Revoke selected</source>
        <translation>選択項目を取り消し</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="119"/>
        <source>Change default privileges (ALTER DEFAULT PRIVILEGES)</source>
        <translation>デフォルト権限の変更 (ALTER DEFAULT PRIVILEGES)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="122"/>
        <source>For &amp;role (creates the objects):</source>
        <translation>対象ロール (オブジェクトを作成する)(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="124"/>
        <source>In sc&amp;hema:</source>
        <translation>スキーマ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="126"/>
        <source>&amp;On:</source>
        <translation>対象(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="128"/>
        <source>&amp;To / from:</source>
        <translation>付与先 / 取り消し元(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="145"/>
        <source>Privileges:</source>
        <translation>権限:</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="146"/>
        <source>SQL:</source>
        <translation>SQL:</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="182"/>
        <source>(all schemas)</source>
        <translation>(すべてのスキーマ)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="271"/>
        <source>Choose the creating role and at least one privilege.</source>
        <translation>作成するロールと、少なくとも 1 つの権限を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="300"/>
        <source>all schemas</source>
        <translation>すべてのスキーマ</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="301"/>
        <source>Default grant on %1 to %2 for %3 in %4</source>
        <translation>%3 が %4 で作成する %1 に対するデフォルトの付与 (付与先: %2)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="303"/>
        <source>Default revoke on %1 from %2 for %3 in %4</source>
        <translation>%3 が %4 で作成する %1 に対するデフォルトの取り消し (対象: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/defaultprivilegespage.cpp" line="324"/>
        <source>Revoke %n default privilege entries</source>
        <translation>
            <numerusform>%n 件のデフォルト権限エントリを取り消し</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::DesiredState</name>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="132"/>
        <source>unsupported version %1 (this RoleDesk reads version 1)</source>
        <translation>サポートされていないバージョン %1 です (この RoleDesk が読めるのはバージョン 1 です)</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="134"/>
        <source>the scope lists no roles</source>
        <translation>スコープにロールが 1 つも指定されていません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="136"/>
        <source>the scope lists no schemas and leaves out the database</source>
        <translation>スコープにスキーマが 1 つも指定されておらず、データベースも対象外になっています</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="141"/>
        <source>a role without a name</source>
        <translation>名前のないロール</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="145"/>
        <source>role %1 is listed twice</source>
        <translation>ロール %1 が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="148"/>
        <source>%1 is a reserved role name</source>
        <translation>%1 は予約されたロール名です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="150"/>
        <location filename="../src/policy/desiredstate.cpp" line="209"/>
        <source>role %1 is outside the scope</source>
        <translation>ロール %1 はスコープ外です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="152"/>
        <source>passwords do not belong in a policy file</source>
        <translation>パスワードはポリシーファイルに記載できません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="154"/>
        <source>connection_limit must be -1 (no limit) or more</source>
        <translation>connection_limit は -1 (制限なし) 以上でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="158"/>
        <source>role %1: a membership needs a role name</source>
        <translation>ロール %1: メンバーシップにはロール名が必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="160"/>
        <source>role %1 cannot be a member of itself</source>
        <translation>ロール %1 は自分自身のメンバーにはなれません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="162"/>
        <source>role %1 is a member of %2 twice</source>
        <translation>ロール %1 は %2 のメンバーとして 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="170"/>
        <source>%1 does not apply to a %2</source>
        <translation>%1 は %2 には適用できません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="172"/>
        <source>grantable %1 is not among the privileges</source>
        <translation>付与可能な %1 が権限に含まれていません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="179"/>
        <source>a grant without an object name</source>
        <translation>オブジェクト名のない付与</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="183"/>
        <source>a %1 has no schema</source>
        <translation>%1 にはスキーマがありません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="185"/>
        <source>a %1 needs a schema</source>
        <translation>%1 にはスキーマが必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="187"/>
        <source>a column grant needs a column</source>
        <translation>列の付与には列の指定が必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="188"/>
        <source>only a column grant names a column</source>
        <translation>列を指定できるのは列の付与だけです</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="190"/>
        <source>only functions and procedures have arguments</source>
        <translation>引数を持つのは関数とプロシージャだけです</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="193"/>
        <location filename="../src/policy/desiredstate.cpp" line="217"/>
        <source>grantee %1 is outside the scope</source>
        <translation>被付与者 %1 はスコープ外です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="195"/>
        <source>%1 %2 is outside the scope</source>
        <translation>%1 %2 はスコープ外です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="199"/>
        <source>the grants to %1 on %2 are listed twice</source>
        <translation>%2 に対する %1 への付与が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="207"/>
        <source>default privileges need for_role</source>
        <translation>デフォルト権限には for_role が必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="211"/>
        <source>default privileges exist for tables, sequences, functions, types and schemas</source>
        <translation>デフォルト権限はテーブル、シーケンス、関数、型、スキーマに対してのみ存在します</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="213"/>
        <source>default privileges on schemas cannot be limited to a schema</source>
        <translation>スキーマに対するデフォルト権限は特定のスキーマに限定できません</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="215"/>
        <source>schema %1 is outside the scope</source>
        <translation>スキーマ %1 はスコープ外です</translation>
    </message>
    <message>
        <location filename="../src/policy/desiredstate.cpp" line="221"/>
        <source>a default privilege entry is listed twice</source>
        <translation>デフォルト権限のエントリが 2 回記載されています</translation>
    </message>
</context>
<context>
    <name>roledesk::Directory</name>
    <message>
        <location filename="../src/platform/directory.cpp" line="74"/>
        <source>group loop: %1 are members of each other; memberships through them end there</source>
        <translation>グループのループ: %1 が互いのメンバーになっています。これらを経由するメンバーシップはそこで打ち切られます</translation>
    </message>
</context>
<context>
    <name>roledesk::DirectoryImport</name>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="41"/>
        <source>a quoted field is not closed</source>
        <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="59"/>
        <source>text after a closing quote</source>
        <translation>閉じ引用符の後にテキストがあります</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="66"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>引用符で囲まれていないフィールド内に引用符があります (フィールド全体を引用符で囲み、引用符を二重にしてください)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="120"/>
        <source>%1: unknown file type (expected .csv or .json)</source>
        <translation>%1: 不明なファイル形式 (.csv または .json が必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="123"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="136"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1: UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="143"/>
        <source>no header row (expected id,name,kind,groups)</source>
        <translation>ヘッダー行がありません (id,name,kind,groups が必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="150"/>
        <source>unknown column &quot;%1&quot; (expected id, name, kind, groups)</source>
        <translation>不明な列「%1」(id、name、kind、groups のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="152"/>
        <source>column &quot;%1&quot; twice</source>
        <translation>列「%1」が 2 回あります</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="156"/>
        <source>no id column (expected id,name,kind,groups)</source>
        <translation>id 列がありません (id,name,kind,groups が必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="165"/>
        <source>%1 fields where the header has %2</source>
        <translation>ヘッダーは %2 フィールドですが、%1 フィールドあります</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="169"/>
        <source>a row without an id</source>
        <translation>id のない行</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="175"/>
        <source>&quot;%1&quot; already on line %2</source>
        <translation>「%1」は %2 行目に既にあります</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="178"/>
        <source>&quot;%1&quot;: kind &quot;%2&quot; (expected human, machine or group)</source>
        <translation>「%1」: kind「%2」(human、machine、group のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="182"/>
        <location filename="../src/platform/directoryimport.cpp" line="190"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="208"/>
        <source>%1: a JSON object with people and groups expected</source>
        <translation>%1: people と groups を持つ JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="212"/>
        <source>unknown key (expected people, groups)</source>
        <translation>不明なキーです (people、groups のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="231"/>
        <location filename="../src/platform/directoryimport.cpp" line="259"/>
        <source>a list expected</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="237"/>
        <source>an object with id, name, kind, groups expected</source>
        <translation>id、name、kind、groups を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="240"/>
        <source>unknown key &quot;%1&quot; (expected id, name, kind, groups)</source>
        <translation>不明なキー「%1」です (id、name、kind、groups のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="244"/>
        <source>a person without an id</source>
        <translation>id のないユーザー</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="246"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="251"/>
        <source>&quot;%1&quot;: kind &quot;%2&quot; (expected human or machine)</source>
        <translation>「%1」: kind「%2」(human または machine)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="255"/>
        <source>&quot;groups&quot; must be a list of group names</source>
        <translation>「groups」はグループ名のリストである必要があります</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="266"/>
        <source>an object with name, groups, people expected</source>
        <translation>name、groups、people を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="269"/>
        <source>unknown key &quot;%1&quot; (expected name, groups, people)</source>
        <translation>不明なキー「%1」です (name、groups、people のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="273"/>
        <source>a group without a name</source>
        <translation>名前のないグループ</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="275"/>
        <source>group &quot;%1&quot; is listed twice</source>
        <translation>グループ「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/directoryimport.cpp" line="280"/>
        <source>&quot;groups&quot; and &quot;people&quot; must be lists of names</source>
        <translation>「groups」と「people」は名前のリストである必要があります</translation>
    </message>
</context>
<context>
    <name>roledesk::DropRoleDialog</name>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="47"/>
        <source>&amp;Reassign what it owns to:</source>
        <translation>所有するオブジェクトの移譲先(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="49"/>
        <source>D&amp;rop what it still owns and revoke its privileges (DROP OWNED)</source>
        <translation>まだ所有しているものを削除し、権限を取り消す (DROP OWNED)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="56"/>
        <source>Drop role %1</source>
        <translation>ロール %1 の削除</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="59"/>
        <source>What depends on %1</source>
        <translation>%1 に依存するもの</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="59"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="62"/>
        <source>What the role owns and is granted</source>
        <translation>ロールが所有するものと付与されているもの</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="70"/>
        <source>Statements</source>
        <translation>文</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="83"/>
        <source>New owner</source>
        <translation>新しい所有者</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="90"/>
        <source>&amp;Add to pending changes</source>
        <translation>保留中の変更に追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="94"/>
        <source>Statements (the current database only):</source>
        <translation>文 (現在のデータベースのみ):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/droproledialog.cpp" line="132"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="156"/>
        <source>Owns in database %1</source>
        <translation>データベース %1 で所有しているもの</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="163"/>
        <source>Privileges granted to it</source>
        <translation>付与されている権限</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="167"/>
        <source>all schemas</source>
        <translation>すべてのスキーマ</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="170"/>
        <source>for %1 in %2: %3 to %4</source>
        <translation>%1 が %2 で作成する %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="175"/>
        <source>Default privileges</source>
        <translation>デフォルト権限</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="182"/>
        <location filename="../ui/roles/droproledialog.cpp" line="184"/>
        <source>with admin option</source>
        <translation>ADMIN OPTION 付き</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="186"/>
        <source>Its members (they lose its privileges)</source>
        <translation>メンバー (このロールの権限を失います)</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="187"/>
        <source>Member of</source>
        <translation>所属グループ</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="192"/>
        <source>owned by the role</source>
        <translation>ロールが所有</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="192"/>
        <source>not read</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="194"/>
        <source>owned by the role (this database)</source>
        <translation>ロールが所有 (このデータベース)</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="195"/>
        <source>Other databases where it may own objects</source>
        <translation>オブジェクトを所有している可能性のある他のデータベース</translation>
    </message>
    <message>
        <location filename="../ui/roles/droproledialog.cpp" line="198"/>
        <source>REASSIGN OWNED and DROP OWNED act on the current database (%1) only, and on shared objects such as databases. If the role owns objects or holds privileges in another database, connect to that database and drop or reassign them there first, or DROP ROLE fails.</source>
        <translation>REASSIGN OWNED と DROP OWNED は現在のデータベース (%1) と、データベースなどの共有オブジェクトにのみ作用します。ロールが別のデータベースでオブジェクトを所有しているか権限を持っている場合は、先にそのデータベースに接続して削除または移譲してください。そうしないと DROP ROLE は失敗します。</translation>
    </message>
</context>
<context>
    <name>roledesk::ExportPolicyDialog</name>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="47"/>
        <source>&amp;All roles</source>
        <translation>すべてのロール(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="49"/>
        <source>All sc&amp;hemas</source>
        <translation>すべてのスキーマ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="51"/>
        <source>Include grants on the &amp;database itself</source>
        <translation>データベース自体への付与を含める(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="55"/>
        <source>Export policy</source>
        <translation>ポリシーのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="61"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="62"/>
        <source>Schemas</source>
        <translation>スキーマ</translation>
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
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="93"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="129"/>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="140"/>
        <source>Save the policy</source>
        <translation>ポリシーの保存</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="141"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/policy/exportpolicydialog.cpp" line="141"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
</context>
<context>
    <name>roledesk::ExportView</name>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="49"/>
        <source>E&amp;xport View…</source>
        <translation>ビューをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="54"/>
        <source>Save the privilege matrix as filtered now as CSV, JSON or HTML (Ctrl+Shift+E)</source>
        <translation>現在のフィルタを適用した権限マトリクスを CSV、JSON、HTML で保存します (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="71"/>
        <source>HTML reports (*.html *.htm)</source>
        <translation>HTML レポート (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="89"/>
        <source>Export View</source>
        <translation>ビューのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="114"/>
        <source>no snapshot is loaded</source>
        <translation>スナップショットが読み込まれていません</translation>
    </message>
    <message>
        <location filename="../ui/privileges/exportview.cpp" line="137"/>
        <source>Could not export the view to %1: %2</source>
        <translation>ビューを %1 にエクスポートできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/exportview.cpp" line="142"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::ExtensionInstallDialog</name>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="21"/>
        <source>Checking the server…</source>
        <translation>サーバーを確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="23"/>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="24"/>
        <source>&amp;Save files…</source>
        <translation>ファイルを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="27"/>
        <source>Install pgx_inference_ce</source>
        <translation>pgx_inference_ce のインストール</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="40"/>
        <source>pgx_inference_ce gives community PostgreSQL the SQL surface of pgx_inference (Fujitsu Enterprise Postgres): the model roles, model import, load and unload, and one function per model whose EXECUTE privilege is the right to use it. These statements will run, in one transaction; the extension&apos;s script follows.</source>
        <translation>pgx_inference_ce は、コミュニティ版 PostgreSQL に pgx_inference (Fujitsu Enterprise Postgres) と同じ SQL インターフェースを提供します: モデルロール、モデルのインポート、ロードとアンロード、そしてモデルごとに 1 つの関数 (その EXECUTE 権限がモデルの使用権です)。以下の文が 1 つのトランザクションで実行されます。その後に拡張機能のスクリプトが続きます。</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="93"/>
        <source>Ready to install version %1 as %2.</source>
        <translation>バージョン %1 を %2 としてインストールする準備ができました。</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="94"/>
        <source>Ready to install version %1 as %2. The server has no plpython3u: models can be managed, but inference through the database will report that it needs plpython3u.</source>
        <translation>バージョン %1 を %2 としてインストールする準備ができました。サーバーに plpython3u がありません: モデルの管理はできますが、データベース経由の推論では plpython3u が必要であると報告されます。</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="110"/>
        <source>Installing…</source>
        <translation>インストール中…</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="129"/>
        <source>Installing failed, nothing was changed: %1</source>
        <translation>インストールに失敗しました。何も変更されていません: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="140"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="149"/>
        <source>Folder for the extension&apos;s files</source>
        <translation>拡張機能のファイルを保存するフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/models/extensioninstalldialog.cpp" line="154"/>
        <source>Saved pgx_inference_ce.control and its script into %1. Copy them into the server&apos;s share/extension folder (pg_config --sharedir), then install.</source>
        <translation>pgx_inference_ce.control とそのスクリプトを %1 に保存しました。サーバーの share/extension フォルダー (pg_config --sharedir) にコピーしてから、インストールしてください。</translation>
    </message>
</context>
<context>
    <name>roledesk::ExtensionSetup</name>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="16"/>
        <source>The setup query is missing from the application.</source>
        <translation>アプリケーションにセットアップ用の問い合わせがありません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="21"/>
        <source>The current user is not in pg_roles.</source>
        <translation>現在のユーザーが pg_roles にありません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="38"/>
        <source>Could not check the server: %1</source>
        <translation>サーバーを確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="40"/>
        <source>This database already has a pgx_inference extension.</source>
        <translation>このデータベースには既に pgx_inference 拡張機能があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="42"/>
        <source>Only a superuser can install pgx_inference_ce; &quot;%1&quot; is not one. Ask a superuser to run the script below.</source>
        <translation>pgx_inference_ce をインストールできるのはスーパーユーザーだけですが、「%1」はスーパーユーザーではありません。下のスクリプトの実行をスーパーユーザーに依頼してください。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="45"/>
        <source>A schema named pgx_inference exists but is not the extension&apos;s; rename or drop it first.</source>
        <translation>pgx_inference という名前のスキーマが存在しますが、拡張機能のものではありません。先に名前を変更するか削除してください。</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="47"/>
        <source>the server&apos;s share/extension folder</source>
        <translation>サーバーの share/extension フォルダー</translation>
    </message>
    <message>
        <location filename="../src/pgx/extensionsetup.cpp" line="49"/>
        <source>The server has no pgx_inference_ce extension files. Save them with &quot;Save files…&quot; and copy them into %1 on the database server, then try again.</source>
        <translation>サーバーに pgx_inference_ce 拡張機能のファイルがありません。「ファイルを保存…」で保存し、データベースサーバー上の %1 にコピーしてから、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftFinder</name>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="92"/>
        <source>%1 holds %2 outside the groups; under the model rights come only through groups.</source>
        <translation>%1 はグループ外で %2 を保有しています。このモデルでは、権限はグループを通じてのみ与えられます。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="101"/>
        <location filename="../src/slpm/groupdrift.cpp" line="105"/>
        <location filename="../src/slpm/groupdrift.cpp" line="137"/>
        <source>database %1</source>
        <translation>データベース %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="101"/>
        <source>The admin group is missing.</source>
        <translation>admin グループがありません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="106"/>
        <location filename="../src/slpm/groupdrift.cpp" line="157"/>
        <source>Owned by %1, not by %2.</source>
        <translation>所有者が %2 ではなく %1 です。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="109"/>
        <location filename="../src/slpm/groupdrift.cpp" line="112"/>
        <location filename="../src/slpm/groupdrift.cpp" line="116"/>
        <location filename="../src/slpm/groupdrift.cpp" line="131"/>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="109"/>
        <source>The group can log in.</source>
        <translation>このグループはログインできます。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="113"/>
        <source>%1 is not a member: admin no longer holds this group&apos;s rights.</source>
        <translation>%1 がメンバーではありません: admin はこのグループの権限をもう保有していません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="117"/>
        <source>%1 is not a member: developers lost the writer&apos;s rights.</source>
        <translation>%1 がメンバーではありません: developer は writer の権限を失っています。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="129"/>
        <source>Owned by %1, not by %2: run migrate.</source>
        <translation>所有者が %2 ではなく %1 です: 移行 (migrate) を実行してください。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="132"/>
        <source>Its schema no longer exists; drop the group after checking what it holds.</source>
        <translation>スキーマがもう存在しません。グループが保有しているものを確認してから、グループを削除してください。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="144"/>
        <source>%1 has no CONNECT.</source>
        <translation>%1 に CONNECT がありません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="149"/>
        <source>schema %1</source>
        <translation>スキーマ %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupdrift.cpp" line="152"/>
        <source>No developer, writer and viewer groups: only admin and superusers can use it.</source>
        <translation>developer、writer、viewer グループがありません: admin とスーパーユーザーしか使用できません。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftModel</name>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="59"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="60"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../src/models/groupdriftmodel.cpp" line="61"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupDriftPanel</name>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="32"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="41"/>
        <source>Save the findings shown as CSV or JSON (by the file&apos;s extension)</source>
        <translation>表示中の検出結果を CSV または JSON で保存します (ファイルの拡張子で判断)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="45"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="74"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="104"/>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="105"/>
        <source>No schema-group model (SLPM or SPM) is enabled in this database: there is no model to drift from.</source>
        <translation>このデータベースではスキーマグループモデル (SLPM または SPM) が有効になっていません: 差異を比べる対象のモデルがありません。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="117"/>
        <source>Drift from the model</source>
        <translation>モデルとの差異</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="122"/>
        <source>Drift from the model (%1)</source>
        <translation>モデルとの差異 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="123"/>
        <source>Drift from the model (%1 of %2)</source>
        <translation>モデルとの差異 (%2 件中 %1 件)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="143"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupdriftpanel.cpp" line="152"/>
        <source>Export the drift</source>
        <translation>差異のエクスポート</translation>
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
            <numerusform>%n 件の検出結果を %1 に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::GroupMemberTree</name>
    <message numerus="yes">
        <location filename="../ui/groups/groupmembertree.cpp" line="48"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (メンバー %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="50"/>
        <source>Drop users here to add them to %1.</source>
        <translation>ここにユーザーをドロップすると %1 に追加されます。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="66"/>
        <source>%1 (pending: leaves)</source>
        <translation>%1 (保留中: 脱退)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="66"/>
        <source>The pending plan removes %1 from the group.</source>
        <translation>保留中のプランにより %1 はグループから外されます。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="69"/>
        <source>A group of the model: its members have this group&apos;s rights too.</source>
        <translation>モデルのグループです: そのメンバーもこのグループの権限を持ちます。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="76"/>
        <source>%1 (pending: joins)</source>
        <translation>%1 (保留中: 参加)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupmembertree.cpp" line="76"/>
        <source>The pending plan adds %1 to the group.</source>
        <translation>保留中のプランにより %1 がグループに追加されます。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationDialog</name>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="21"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="45"/>
        <source>0 (max_locks_per_transaction)</source>
        <translation>0 (max_locks_per_transaction)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="46"/>
        <source>Objects per call; each call commits on its own. 0 lets the server choose (max_locks_per_transaction).</source>
        <translation>1 回の呼び出しで扱うオブジェクト数。呼び出しごとに個別にコミットされます。0 の場合はサーバーが決定します (max_locks_per_transaction)。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="50"/>
        <source>Objects per &amp;batch:</source>
        <translation>バッチあたりのオブジェクト数(&amp;B):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationdialog.cpp" line="54"/>
        <source>%n object(s) still to hand over.</source>
        <translation>
            <numerusform>引き渡すオブジェクトが残り %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="55"/>
        <source>Statement, called until it answers COMPLETED:</source>
        <translation>文 (COMPLETED が返るまで呼び出します):</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="55"/>
        <source>Statement:</source>
        <translation>文:</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="85"/>
        <source>Creates the database-level groups {db}_admin, {db}_developer, {db}_writer and {db}_viewer.</source>
        <translation>データベースレベルのグループ {db}_admin、{db}_developer、{db}_writer、{db}_viewer を作成します。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="86"/>
        <source>Creates the group {db}.admin and, for every schema, {db}.{schema}.developer, writer and viewer.</source>
        <translation>グループ {db}.admin と、スキーマごとに {db}.{schema}.developer、writer、viewer を作成します。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="88"/>
        <source>Revokes every database and schema privilege from PUBLIC and gives CONNECT to every group; admin becomes the owner of the database and its schemas. From now on a new object belongs to the developer group, writer may change its data and viewer read it. Users in no group lose CONNECT. GRANT, REVOKE and ALTER … OWNER are refused while the model is on. Objects that exist already are handed over by Migrate. Only a superuser may enable, and not while other sessions run SQL in the database.</source>
        <translation>PUBLIC からデータベースとスキーマのすべての権限を取り消し、すべてのグループに CONNECT を付与します。admin がデータベースとそのスキーマの所有者になります。以降、新しいオブジェクトは developer グループの所有となり、writer はそのデータを変更でき、viewer は読み取れます。どのグループにも属さないユーザーは CONNECT を失います。モデルが有効な間、GRANT、REVOKE、ALTER … OWNER は拒否されます。既存のオブジェクトは「移行」で引き渡されます。有効化できるのはスーパーユーザーだけで、他のセッションがデータベースで SQL を実行している間は有効化できません。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="95"/>
        <source>Hands the objects that existed before enabling to the developer group, one batch per call. Each call commits on its own: a cancelled migrate keeps its batches and goes on where it stopped when it is run again.</source>
        <translation>有効化の前から存在していたオブジェクトを、1 回の呼び出しにつき 1 バッチずつ developer グループに引き渡します。呼び出しごとに個別にコミットされます: キャンセルされた移行でも完了済みのバッチは保持され、再実行すると中断したところから続行します。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="99"/>
        <source>Turns the model off. The groups are kept, with their rights on existing objects (not on new ones); developer groups stay owners. PUBLIC gets its defaults back: CONNECT and TEMPORARY on the database, USAGE and CREATE on schema public, EXECUTE on functions and procedures, USAGE on languages and types. Clean up drops the groups afterwards.</source>
        <translation>モデルを無効にします。グループは既存オブジェクトに対する権限 (新しいオブジェクトに対するものは除く) とともに残り、developer グループは所有者のままです。PUBLIC にはデフォルトの権限が戻ります: データベースに対する CONNECT と TEMPORARY、スキーマ public に対する USAGE と CREATE、関数とプロシージャに対する EXECUTE、言語と型に対する USAGE です。グループはその後「クリーンアップ」で削除します。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationdialog.cpp" line="104"/>
        <source>Drops the groups the disabled model left in database %1 and hands what they owned to you, one batch per call; each call commits on its own.</source>
        <translation>無効化したモデルがデータベース %1 に残したグループを削除し、それらが所有していたものを 1 回の呼び出しにつき 1 バッチずつあなたに引き渡します。呼び出しごとに個別にコミットされます。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationRunner</name>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="66"/>
        <source>Enable %1</source>
        <translation>%1 を有効化</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="67"/>
        <source>Migrate existing objects to %1</source>
        <translation>既存のオブジェクトを %1 に移行</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="68"/>
        <source>Disable %1</source>
        <translation>%1 を無効化</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="69"/>
        <source>Clean up the %1 groups of %2</source>
        <translation>%2 の %1 グループをクリーンアップ</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="150"/>
        <location filename="../src/slpm/groupoperations.cpp" line="166"/>
        <source>%1 was cancelled after %n batch(es); run it again to go on.</source>
        <translation>
            <numerusform>%1 は %n バッチ後にキャンセルされました。続行するには再度実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="162"/>
        <source>%1 stopped: the connection was lost (%2). The %n batch(es) before it are kept.</source>
        <translation>
            <numerusform>%1 が停止しました: 接続が切断されました (%2)。それまでの %n バッチは保持されています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="171"/>
        <source>%1 was refused: %2 (only a superuser, or for some calls the database&apos;s admin group, may call %3).</source>
        <translation>%1 は拒否されました: %2 (%3 を呼び出せるのはスーパーユーザー、または一部の呼び出しではデータベースの admin グループだけです)。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="174"/>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/slpm/groupoperations.cpp" line="187"/>
        <source>%1: completed in %n batch(es).</source>
        <translation>
            <numerusform>%1: %n バッチで完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="188"/>
        <source>%1: done.</source>
        <translation>%1: 完了しました。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="233"/>
        <source>%1 was cancelled before it began.</source>
        <translation>%1 は開始前にキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/slpm/groupoperations.cpp" line="243"/>
        <source>%1 failed: cannot connect to the server (%2).</source>
        <translation>%1 に失敗しました: サーバーに接続できません (%2)。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupOperationsBar</name>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="54"/>
        <source>Install slpm_ce…</source>
        <translation>slpm_ce をインストール…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="55"/>
        <source>Install RoleDesk&apos;s compatibility extension for Hologres&apos; permission models (superuser; the script is shown first)</source>
        <translation>Hologres の権限モデル用の RoleDesk 互換拡張機能をインストールします (スーパーユーザー。先にスクリプトを表示します)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="57"/>
        <source>Enable SLPM…</source>
        <translation>SLPM を有効化…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="57"/>
        <source>Turn on the schema-level permission model</source>
        <translation>スキーマレベル権限モデルを有効にします</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="58"/>
        <source>Enable SPM…</source>
        <translation>SPM を有効化…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="58"/>
        <source>Turn on the database-level simple permission model</source>
        <translation>データベースレベルのシンプル権限モデルを有効にします</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="59"/>
        <source>Migrate…</source>
        <translation>移行…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="59"/>
        <source>Hand the objects that existed before enabling to the groups</source>
        <translation>有効化の前から存在していたオブジェクトをグループに引き渡します</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="60"/>
        <source>Disable…</source>
        <translation>無効化…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="60"/>
        <source>Turn the model off; the groups are kept</source>
        <translation>モデルを無効にします。グループは残ります</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="61"/>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="144"/>
        <source>Rename schema…</source>
        <translation>スキーマ名を変更…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="62"/>
        <source>Rename the current schema and its groups (added to the pending changes)</source>
        <translation>現在のスキーマとそのグループの名前を変更します (保留中の変更に追加されます)</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="63"/>
        <source>Clean up…</source>
        <translation>クリーンアップ…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="63"/>
        <source>Drop the groups a disabled model left behind</source>
        <translation>無効化したモデルが残したグループを削除します</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="144"/>
        <source>Rename schema %1…</source>
        <translation>スキーマ %1 の名前を変更…</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="153"/>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="158"/>
        <source>No schema-group model: database %1 has neither Hologres&apos; procedures nor slpm_ce.</source>
        <translation>スキーマグループモデルなし: データベース %1 には Hologres のプロシージャも slpm_ce もありません。</translation>
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
        <translation>%1 はインストール済みです。標準の PostgreSQL モデルが適用されています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="167"/>
        <source>%1 is installed; the model is off, and %n group(s) of it remain (Clean up drops them).</source>
        <translation>
            <numerusform>%1 はインストール済みです。モデルは無効ですが、そのグループが %n 個残っています (「クリーンアップ」で削除します)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="172"/>
        <source>%1 is on (%2), %n group(s).</source>
        <translation>
            <numerusform>%1 が有効 (%2)、グループ %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="174"/>
        <source>%n object(s) not migrated yet.</source>
        <translation>
            <numerusform>未移行のオブジェクトが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="176"/>
        <source>Migrate has not completed since enabling.</source>
        <translation>有効化の後、移行が完了していません。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="213"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="223"/>
        <source>Cancelling %1…</source>
        <translation>%1 をキャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="240"/>
        <source>%1: %n object(s) left</source>
        <translation>
            <numerusform>%1: 残り %n オブジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groupoperationsbar.cpp" line="241"/>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="245"/>
        <source>%n batch(es) done</source>
        <translation>
            <numerusform>%n バッチ完了</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="316"/>
        <source>slpm_ce installed. The standard model stays in force until SLPM or SPM is enabled.</source>
        <translation>slpm_ce をインストールしました。SLPM または SPM を有効化するまで、標準モデルが適用されたままです。</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="331"/>
        <source>Rename schema %1</source>
        <translation>スキーマ %1 の名前変更</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="332"/>
        <source>New name of schema %1 (its developer, writer and viewer groups are renamed with it; the call joins the pending changes):</source>
        <translation>スキーマ %1 の新しい名前 (developer、writer、viewer グループの名前も合わせて変更されます。この呼び出しは保留中の変更に追加されます):</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="344"/>
        <source>Rename schema %1 to %2</source>
        <translation>スキーマ %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../ui/groups/groupoperationsbar.cpp" line="346"/>
        <source>Renaming schema %1 to %2 was added to the pending changes.</source>
        <translation>スキーマ %1 の名前を %2 に変更する操作を保留中の変更に追加しました。</translation>
    </message>
</context>
<context>
    <name>roledesk::GroupsCommand</name>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="33"/>
        <location filename="../app/cli/cligroupslist.cpp" line="266"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="39"/>
        <source>Print the SQL script and change nothing.</source>
        <translation>SQL スクリプトを出力し、何も変更しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="52"/>
        <source>%1 is a role, but not a group of the %2 model in force in database %3</source>
        <translation>%1 はロールですが、データベース %3 で適用中の %2 モデルのグループではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="54"/>
        <source>unknown group %1: database %2 has no such group of the %3 model (run &quot;%4 groups&quot; to list them)</source>
        <translation>不明なグループ %1: データベース %2 には %3 モデルのそのようなグループはありません (一覧は「%4 groups」で表示できます)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="65"/>
        <source>the user name %1 is reserved: user names must not end in admin, developer, writer, viewer or all_users</source>
        <translation>ユーザー名 %1 は予約されています: ユーザー名の末尾を admin、developer、writer、viewer、all_users にすることはできません</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="69"/>
        <source>role %1 does not exist in database %2&apos;s cluster (create it with &quot;%3 groups create-user&quot;)</source>
        <translation>ロール %1 はデータベース %2 のクラスタに存在しません (「%3 groups create-user」で作成してください)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="99"/>
        <source>missing arguments: %1</source>
        <translation>引数が不足しています: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="102"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="111"/>
        <location filename="../app/cli/cligroupslist.cpp" line="336"/>
        <source>could not write to standard output: %1</source>
        <translation>標準出力に書き込めませんでした: %1</translation>
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
サブコマンド (それぞれに --help があります):
  (なし)                      モデル、そのグループとメンバー、およびユーザーのレベルを一覧表示
  grant GROUP USER...         ユーザーをグループに追加 (CALL slpm_grant / spm_grant)
  revoke GROUP USER...        ユーザーをグループから外す (CALL slpm_revoke / spm_revoke)
  set-level USER SCHEMA LEVEL LEVEL (none、viewer、writer、developer。データベースには admin) を
                              SCHEMA におけるユーザーの唯一の直接レベルにする
  create-user USER [--group GROUP]  ログインユーザーを作成し、必要に応じてグループに追加
  enable [--model slpm|spm]   モデルを有効化 (スーパーユーザー。他のセッションが SQL を実行していないこと)
  migrate [--batch N]         既存のオブジェクトをバッチごとにグループに引き渡す
  disable                     適用中のモデルを無効化。グループは残る
  cleanup [--database DB] [--batch N]  無効化したモデルのグループをバッチごとに削除
メンバーシップの変更は「apply」と同様に適用されます: 1 つのトランザクションで、ロック下で確認し、ジャーナルに記録します。
--dry-run を指定すると、代わりに SQL を出力します。

例:
  %1 groups --dsn &quot;dbname=sales&quot; --format json
  %1 groups grant sales.public.viewer ann bob --dry-run
  %1 groups set-level ann &quot;Mixed Case&quot; writer
  %1 groups enable --model slpm &amp;&amp; %1 groups migrate --batch 100
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="161"/>
        <source>create-user: the group the new user joins.</source>
        <translation>create-user: 新しいユーザーが参加するグループ。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="168"/>
        <source>Add each USER to GROUP, a group of the model in force (SLPM: DB.admin, DB.SCHEMA.developer, writer or viewer; SPM: DB_admin, DB_developer...), through CALL slpm_grant (spm_grant). A user already in the group is left as it is. Other levels the user holds in the schema stay: use set-level to hold exactly one.</source>
        <translation>各 USER を、適用中のモデルのグループ GROUP (SLPM: DB.admin、DB.SCHEMA.developer、writer、viewer。SPM: DB_admin、DB_developer...) に CALL slpm_grant (spm_grant) で追加します。既にそのグループにいるユーザーはそのままです。そのユーザーがスキーマで保有する他のレベルは残ります: レベルをちょうど 1 つにするには set-level を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="173"/>
        <source>
Examples:
  %1 groups grant mydb.sales.viewer ann bob --dry-run
  %1 groups grant &quot;mydb.Mixed Case.writer&quot; ann
</source>
        <translation>
例:
  %1 groups grant mydb.sales.viewer ann bob --dry-run
  %1 groups grant &quot;mydb.Mixed Case.writer&quot; ann
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="177"/>
        <source>Remove each USER from GROUP, a group of the model in force, through CALL slpm_revoke (spm_revoke). A user who is not a direct member is left as it is.</source>
        <translation>各 USER を、適用中のモデルのグループ GROUP から CALL slpm_revoke (spm_revoke) で外します。直接のメンバーでないユーザーはそのままです。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="180"/>
        <source>
Example:
  %1 groups revoke mydb.sales.viewer ann
</source>
        <translation>
例:
  %1 groups revoke mydb.sales.viewer ann
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="184"/>
        <source>Make LEVEL the one level USER holds directly in SCHEMA: revoke the schema&apos;s other groups the user is directly in, grant the level&apos;s group. LEVEL is none, viewer, writer or developer; admin (or none with SCHEMA &quot;-&quot;) acts on the database&apos;s admin group. Under SPM, SCHEMA is any schema (the levels are database-wide). A level held through another role stays, and is reported.</source>
        <translation>LEVEL を、USER が SCHEMA で直接保有する唯一のレベルにします: ユーザーが直接所属しているそのスキーマの他のグループから取り消し、そのレベルのグループを付与します。LEVEL は none、viewer、writer、developer のいずれかです。admin (または SCHEMA を &quot;-&quot; とした none) はデータベースの admin グループに作用します。SPM では SCHEMA に任意のスキーマを指定できます (レベルはデータベース全体に及びます)。別のロールを通じて保有しているレベルは残り、報告されます。</translation>
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
例:
  %1 groups set-level ann sales writer
  %1 groups set-level ann &quot;Mixed Case&quot; none
  %1 groups set-level ann - admin
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="195"/>
        <source>Create login USER through CALL slpm_create_user (spm_create_user), optionally straight into a group. User names may not end in admin, developer, writer, viewer or all_users.</source>
        <translation>CALL slpm_create_user (spm_create_user) でログインユーザー USER を作成し、必要に応じて直接グループに追加します。ユーザー名の末尾を admin、developer、writer、viewer、all_users にすることはできません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="198"/>
        <source>
Example:
  %1 groups create-user ann --group mydb.sales.viewer
</source>
        <translation>
例:
  %1 groups create-user ann --group mydb.sales.viewer
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="201"/>
        <source>See above.</source>
        <translation>上記を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="218"/>
        <source>no schema-group model is enabled in database %1: nothing was changed</source>
        <translation>データベース %1 ではスキーマグループモデルが有効になっていません: 何も変更していません</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="219"/>
        <source>Enable one first: %1 groups enable --model slpm</source>
        <translation>先にモデルを有効化してください: %1 groups enable --model slpm</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="227"/>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="240"/>
        <source>%1 is already a member of %2</source>
        <translation>%1 は既に %2 のメンバーです</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="241"/>
        <source>%1 is not a direct member of %2</source>
        <translation>%1 は %2 の直接のメンバーではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="252"/>
        <source>unknown level &quot;%1&quot; (expected none, viewer, writer, developer or admin)</source>
        <translation>不明なレベル「%1」(none、viewer、writer、developer、admin のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="258"/>
        <source>schema %1 has no groups in database %2</source>
        <translation>スキーマ %1 にはデータベース %2 内のグループがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="260"/>
        <source>level %1 does not apply to %2</source>
        <translation>レベル %1 は %2 には適用できません</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="260"/>
        <source>the database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="282"/>
        <source>Nothing to apply: database %1 already has it.
</source>
        <translation>適用するものはありません: データベース %1 は既にその状態です。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="292"/>
        <source>The model: slpm or spm (enable: default slpm; otherwise the model in force, or the one whose groups are left).</source>
        <translation>モデル: slpm または spm (enable: デフォルトは slpm。それ以外: 適用中のモデル、またはグループが残っているモデル)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="295"/>
        <source>Objects per call (default 64; 0: the server&apos;s maximum).</source>
        <translation>1 回の呼び出しで扱うオブジェクト数 (デフォルト 64。0: サーバーの上限)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="298"/>
        <source>cleanup: the database whose groups are dropped (default: the connected one).</source>
        <translation>cleanup: グループを削除するデータベース (デフォルト: 接続中のデータベース)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="301"/>
        <source>enable: slpm_enable(&apos;t&apos;), to enable again after cleanup (then migrate).</source>
        <translation>enable: slpm_enable(&apos;t&apos;)。cleanup の後に再度有効化する場合に使います (その後 migrate を実行)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="310"/>
        <source>Enable a schema-group model in the connected database (CALL slpm_enable() or spm_enable()). Needs a superuser, and is refused while other sessions run SQL in the database. Run migrate next.</source>
        <translation>接続中のデータベースでスキーマグループモデルを有効化します (CALL slpm_enable() または spm_enable())。スーパーユーザーが必要で、他のセッションがデータベースで SQL を実行している間は拒否されます。続いて migrate を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="313"/>
        <source>
Example:
  %1 groups enable --model slpm --dsn &quot;dbname=sales&quot;
</source>
        <translation>
例:
  %1 groups enable --model slpm --dsn &quot;dbname=sales&quot;
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="317"/>
        <source>Hand the objects that existed before enabling to their schema&apos;s developer group, --batch objects per call, each call committed, until the server answers COMPLETED. Progress goes to standard error; Ctrl+C stops after the call in flight, and running it again goes on.</source>
        <translation>有効化の前から存在していたオブジェクトを、スキーマの developer グループに引き渡します。1 回の呼び出しで --batch 個のオブジェクトを扱い、呼び出しごとにコミットし、サーバーが COMPLETED を返すまで続けます。進行状況は標準エラー出力に出力されます。Ctrl+C を押すと実行中の呼び出しの後で停止し、再実行すると続きから処理します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="321"/>
        <source>
Example:
  %1 groups migrate --batch 100
</source>
        <translation>
例:
  %1 groups migrate --batch 100
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="324"/>
        <source>Disable the model in force (CALL slpm_disable() or spm_disable()). The groups stay, with their rights on existing objects; PUBLIC gets its default rights back.</source>
        <translation>適用中のモデルを無効化します (CALL slpm_disable() または spm_disable())。グループは既存オブジェクトに対する権限とともに残ります。PUBLIC にはデフォルトの権限が戻ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="327"/>
        <source>
Example:
  %1 groups disable
</source>
        <translation>
例:
  %1 groups disable
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="331"/>
        <source>After disable: drop the model&apos;s groups and hand what they owned to the caller, batch by batch (CALL slpm_cleanup(db, batch)), until COMPLETED. Ctrl+C stops after the call in flight.</source>
        <translation>disable の後: モデルのグループを削除し、それらが所有していたものを呼び出し元にバッチごとに引き渡します (CALL slpm_cleanup(db, batch))。COMPLETED になるまで続けます。Ctrl+C を押すと実行中の呼び出しの後で停止します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="334"/>
        <source>
Example:
  %1 groups cleanup --batch 100
</source>
        <translation>
例:
  %1 groups cleanup --batch 100
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="345"/>
        <source>--batch must be a whole number, 0 or more</source>
        <translation>--batch には 0 以上の整数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="351"/>
        <source>unknown model &quot;%1&quot; (expected slpm or spm)</source>
        <translation>不明なモデル「%1」(slpm または spm)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="378"/>
        <source>%1: %2...
</source>
        <translation>%1: %2...
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cligroups.cpp" line="397"/>
        <source>%n object(s) to hand over
</source>
        <translation>
            <numerusform>引き渡すオブジェクト: %n 個
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cligroups.cpp" line="399"/>
        <source>batch %1: %n object(s) left
</source>
        <translation>
            <numerusform>バッチ %1: 残り %n オブジェクト
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cligroups.cpp" line="401"/>
        <source>batch %1 done
</source>
        <translation>バッチ %1 完了
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="111"/>
        <source>Database %1: model %2 (source %3%4%5)
</source>
        <translation>データベース %1: モデル %2 (提供元 %3%4%5)
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="115"/>
        <source>, migrated</source>
        <translation>、移行済み</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="115"/>
        <source>, not migrated yet</source>
        <translation>、未移行</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="118"/>
        <source>Database %1: no schema-group model is enabled (model standard, source %2)
</source>
        <translation>データベース %1: スキーマグループモデルは有効になっていません (モデル standard、提供元 %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="121"/>
        <source>Groups left behind by a disabled model (groups cleanup drops them):
</source>
        <translation>無効化したモデルが残したグループ (groups cleanup で削除します):
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="124"/>
        <source>Groups (%1):
</source>
        <translation>グループ (%1):
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="134"/>
        <source>Users (%1):
</source>
        <translation>ユーザー (%1):
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="138"/>
        <source>(database)</source>
        <translation>(データベース)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="141"/>
        <source>(via %1)</source>
        <translation>(%1 経由)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="147"/>
        <source>(superuser: every right whatever its groups)</source>
        <translation>(スーパーユーザー: 所属グループにかかわらずすべての権限)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="240"/>
        <source>No drift from the model.
</source>
        <translation>モデルとの差異はありません。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="249"/>
        <source>Show the schema-group model in force in one database (standard, spm or slpm, and where it comes from: slpm_ce or hologres), each group with its level, schema and direct members, and each user&apos;s level per schema, held directly or through which role. Members are direct members other than the model&apos;s own groups (a higher level&apos;s group may be a member of a lower one).

CSV columns: kind,name,level,schema,member,direct,via. Rows of kind &quot;group&quot; give a group, its level and schema, and one direct member each (none: one row with an empty member); rows of kind &quot;user&quot; give a user&apos;s level in one schema, &quot;true&quot; in direct when held directly, else the first role on the way in via. Schema &quot;*&quot; is the whole database (the admin group; under SPM every level).

JSON: {&quot;database&quot;, &quot;model&quot;: &quot;standard|spm|slpm&quot;, &quot;source&quot;: &quot;none|slpm_ce|hologres&quot;, &quot;extension_version&quot;, &quot;migrated&quot;, &quot;groups&quot;: [{&quot;name&quot;, &quot;level&quot;, &quot;schema&quot; (null for admin and SPM), &quot;members&quot;: [names]}], &quot;users&quot;: [{&quot;name&quot;, &quot;superuser&quot;, &quot;levels&quot;: {schema or &quot;*&quot;: {&quot;level&quot;, &quot;direct&quot;, &quot;via&quot; (null when direct)}}}]}. Only levels held are listed. When no model is enabled, groups lists what a disabled model left behind and users is empty.</source>
        <translation>1 つのデータベースで適用中のスキーマグループモデル (standard、spm、slpm と、その提供元: slpm_ce または hologres)、各グループのレベル、スキーマ、直接のメンバー、および各ユーザーのスキーマごとのレベル (直接保有か、どのロールを通じて保有か) を表示します。メンバーとは、モデル自身のグループ以外の直接のメンバーです (上位レベルのグループが下位レベルのグループのメンバーである場合があります)。

CSV の列: kind,name,level,schema,member,direct,via。kind が &quot;group&quot; の行は、グループ、そのレベルとスキーマ、および直接のメンバーを 1 行に 1 人ずつ示します (メンバーがいない場合は member が空の 1 行)。kind が &quot;user&quot; の行は、1 つのスキーマにおけるユーザーのレベルを示し、直接保有の場合は direct が &quot;true&quot;、そうでない場合は via に経路上の最初のロールが入ります。スキーマ &quot;*&quot; はデータベース全体です (admin グループ。SPM ではすべてのレベル)。

JSON: {&quot;database&quot;, &quot;model&quot;: &quot;standard|spm|slpm&quot;, &quot;source&quot;: &quot;none|slpm_ce|hologres&quot;, &quot;extension_version&quot;, &quot;migrated&quot;, &quot;groups&quot;: [{&quot;name&quot;, &quot;level&quot;, &quot;schema&quot; (admin と SPM では null), &quot;members&quot;: [names]}], &quot;users&quot;: [{&quot;name&quot;, &quot;superuser&quot;, &quot;levels&quot;: {schema または &quot;*&quot;: {&quot;level&quot;, &quot;direct&quot;, &quot;via&quot; (直接保有の場合は null)}}}]}。保有しているレベルのみを列挙します。モデルが有効でない場合、groups には無効化したモデルが残したものが列挙され、users は空になります。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="269"/>
        <source>Output format: text (default), csv or json.</source>
        <translation>出力形式: text (デフォルト)、csv、json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="272"/>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation>標準出力の代わりに FILE に書き込みます (完了時にのみ置き換えます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="275"/>
        <source>Instead of the listing, the drift from the model: objects not migrated, users in no group, rights granted around the groups, schemas without groups, groups of dropped schemas, changes to the model&apos;s own structure (CSV: kind,object,detail). Exit 1 when there is any.</source>
        <translation>一覧の代わりに、モデルとの差異を表示します: 未移行のオブジェクト、どのグループにも属さないユーザー、グループを介さずに付与された権限、グループのないスキーマ、削除されたスキーマのグループ、モデル自体の構造の変更 (CSV: kind,object,detail)。差異が 1 つでもあれば終了コード 1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="288"/>
        <source>unknown subcommand &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なサブコマンド「%1」(%2 のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="293"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation>不明な形式「%1」(text、csv、json のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="312"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupslist.cpp" line="329"/>
        <source>could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::ImpactPeople</name>
    <message>
        <location filename="../src/privileges/impactpeople.cpp" line="51"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impactpeople.cpp" line="51"/>
        <source>%n person(s) gain rights</source>
        <translation>
            <numerusform>%n 人のユーザーが権限を獲得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impactpeople.cpp" line="52"/>
        <source>%n person(s) lose rights</source>
        <translation>
            <numerusform>%n 人のユーザーが権限を喪失</numerusform>
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
        <translation>ロール %1 はスナップショットにありません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="120"/>
        <source>no effect: %1 already has these attributes, or they change none of its rights</source>
        <translation>効果なし: %1 は既にこれらの属性を持っているか、これらの属性はその権限を何も変えません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="123"/>
        <source>no effect on rights: only SUPERUSER and INHERIT change what a role may do</source>
        <translation>権限への効果なし: ロールにできることを変えるのは SUPERUSER と INHERIT のみです</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="126"/>
        <source>role %1 does not exist yet; what it may do is not assessed</source>
        <translation>ロール %1 はまだ存在しません。何ができるかは評価対象外です</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="129"/>
        <source>dropping role %1 is not assessed</source>
        <translation>ロール %1 の削除は評価対象外です</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="132"/>
        <source>default privileges act on objects created later</source>
        <translation>デフォルト権限は後から作成されるオブジェクトに作用します</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="136"/>
        <source>this schema-group call is not assessed</source>
        <translation>このスキーマグループの呼び出しは評価対象外です</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="201"/>
        <source>%1 is not in the snapshot</source>
        <translation>%1 はスナップショットにありません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="207"/>
        <source>no effect: every role already holds %1 on %2</source>
        <translation>効果なし: すべてのロールが既に %2 に対する %1 を保持しています</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="208"/>
        <source>no effect: no role loses %1 on %2</source>
        <translation>効果なし: %2 に対する %1 を失うロールはありません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="221"/>
        <source>no effect: %1 already holds %2 on %3 through %4</source>
        <translation>効果なし: %1 は %4 を経由して既に %3 に対する %2 を保持しています</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="225"/>
        <source>no effect: %1 still holds %2 on %3 through %4</source>
        <translation>効果なし: %1 は %4 を経由して引き続き %3 に対する %2 を保持しています</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="229"/>
        <source>no effect: %1 does not hold %2 on %3</source>
        <translation>効果なし: %1 は %3 に対する %2 を保持していません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="230"/>
        <source>no effect on any effective right</source>
        <translation>有効な権限への効果なし</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="241"/>
        <source>no effect: %1 already has the privileges of %2 (%3)</source>
        <translation>効果なし: %1 は既に %2 の権限を持っています (%3)</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="245"/>
        <source>no effect: %1 still has the privileges of %2 (%3)</source>
        <translation>効果なし: %1 は引き続き %2 の権限を持っています (%3)</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="248"/>
        <source>no effect: %1 gives %2 no right it lacks</source>
        <translation>効果なし: %1 は %2 に不足している権限を何も与えません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="249"/>
        <source>no effect: %1 holds every right of %2 in another way</source>
        <translation>効果なし: %1 は %2 のすべての権限を別の経路で保持しています</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="270"/>
        <source>no effect: %1 already holds the model role %2 (%3)</source>
        <translation>効果なし: %1 はすでにモデルロール %2 を保持しています (%3)</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="273"/>
        <source>no effect: %1 still holds the model role %2 (%3)</source>
        <translation>効果なし: %1 は引き続きモデルロール %2 を保持しています (%3)</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="276"/>
        <source>no effect: %1 does not hold the model role %2</source>
        <translation>効果なし: %1 はモデルロール %2 を保持していません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="278"/>
        <source>no effect: the model role %1 gives %2 no right it lacks</source>
        <translation>効果なし: モデルロール %1 は %2 に不足している権限を与えません</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="279"/>
        <source>no effect: %1 holds every right of the model role %2 in another way</source>
        <translation>効果なし: %1 はモデルロール %2 のすべての権限を別の経路で保持しています</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="530"/>
        <source>gained</source>
        <translation>獲得</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="531"/>
        <source>lost</source>
        <translation>喪失</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="532"/>
        <source>grant option gained</source>
        <translation>付与オプション獲得</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="533"/>
        <source>grant option lost</source>
        <translation>付与オプション喪失</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="540"/>
        <source>no effect</source>
        <translation>効果なし</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="540"/>
        <source>not assessed</source>
        <translation>評価対象外</translation>
    </message>
    <message>
        <location filename="../src/privileges/impact.cpp" line="546"/>
        <source>%1, %2, %3, %4 (%5, %6)</source>
        <translation>%1、%2、%3、%4 (%5、%6)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="547"/>
        <source>%n right(s) gained</source>
        <translation>
            <numerusform>%n 件の権限を獲得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="547"/>
        <source>%n right(s) lost</source>
        <translation>
            <numerusform>%n 件の権限を喪失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="548"/>
        <source>%n grant option(s) gained</source>
        <translation>
            <numerusform>%n 件の付与オプションを獲得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="549"/>
        <source>%n grant option(s) lost</source>
        <translation>
            <numerusform>%n 件の付与オプションを喪失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="550"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 個のロール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/privileges/impact.cpp" line="550"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="40"/>
        <source>model role %1: pgx_inference keeps model roles outside the database&apos;s roles, so what it gives is not assessed</source>
        <translation>モデルロール %1: pgx_inference はモデルロールをデータベースのロールの外で管理するため、与えられる権限は評価対象外です</translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="45"/>
        <source>model role %1: no model extension in this database (the call would fail)</source>
        <translation>モデルロール %1: このデータベースにはモデル拡張機能がありません (呼び出しは失敗します)</translation>
    </message>
    <message>
        <location filename="../src/privileges/impactchanges.cpp" line="51"/>
        <source>model role %1: its group role %2 is not in the snapshot, so what it gives is not assessed</source>
        <translation>モデルロール %1: そのグループロール %2 がスナップショットにないため、与えられる権限は評価対象外です</translation>
    </message>
</context>
<context>
    <name>roledesk::InferencePanel</name>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="66"/>
        <source>Check &amp;server</source>
        <translation>サーバーを確認(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="70"/>
        <source>through the &amp;database</source>
        <translation>データベース経由(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="71"/>
        <source>straight to the ser&amp;ver</source>
        <translation>サーバーへ直接(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="73"/>
        <source>&amp;Run test inference</source>
        <translation>テスト推論を実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="74"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="80"/>
        <source>Test &amp;access for all users</source>
        <translation>全ユーザーのアクセスをテスト(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="91"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="93"/>
        <source>Name: value (only for a restricted API)</source>
        <translation>名前: 値 (制限付き API の場合のみ)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="97"/>
        <location filename="../ui/models/inferencepanel.cpp" line="259"/>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="99"/>
        <source>RoleDesk test inference</source>
        <translation>RoleDesk のテスト推論</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="102"/>
        <source>Run as this role (SET ROLE in a transaction that is rolled back); empty: as yourself</source>
        <translation>このロールとして実行 (ロールバックされるトランザクション内で SET ROLE)。空欄: 自分自身として実行</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="104"/>
        <source>SELECT pgx_inference.pgx_embedding_N(text): proves the role&apos;s right to use the model</source>
        <translation>SELECT pgx_inference.pgx_embedding_N(text): ロールにモデルの使用権があることを確かめます</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="105"/>
        <source>POST /v2/models/{model}/infer on the inference server (no database privileges involved)</source>
        <translation>推論サーバーへの POST /v2/models/{model}/infer (データベースの権限は関係しません)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="108"/>
        <source>How many times to run it; the chart shows every run&apos;s latency</source>
        <translation>実行回数。グラフに各回のレイテンシが表示されます</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="127"/>
        <source>Latency per run (ms)</source>
        <translation>実行ごとのレイテンシ (ms)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="132"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="148"/>
        <source>Inference server</source>
        <translation>推論サーバー</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="153"/>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="158"/>
        <source>Timeout:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="160"/>
        <source>Header:</source>
        <translation>ヘッダー:</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="162"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="167"/>
        <source>Test inference</source>
        <translation>テスト推論</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="169"/>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="170"/>
        <source>As &amp;role:</source>
        <translation>実行ロール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="175"/>
        <source>Runs:</source>
        <translation>実行回数:</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="177"/>
        <source>Route:</source>
        <translation>経路:</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="190"/>
        <source>Who may use which model</source>
        <translation>誰がどのモデルを使用できるか</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="218"/>
        <source>Dimension %1 · norm %2 · %3 ms as %4
First values: %5</source>
        <translation>次元 %1 · ノルム %2 · %3 ms (%4 として)
先頭の値: %5</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="228"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="358"/>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <source>&lt;b&gt;Server:&lt;/b&gt; %1 (%2 ms)</source>
        <translation>&lt;b&gt;サーバー:&lt;/b&gt; %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <location filename="../ui/models/inferencepanel.cpp" line="380"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="370"/>
        <source>not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="371"/>
        <source>&lt;b&gt;Server:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;サーバー:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="374"/>
        <source>&lt;b&gt;Server metadata:&lt;/b&gt; %1 %2</source>
        <translation>&lt;b&gt;サーバーのメタデータ:&lt;/b&gt; %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="375"/>
        <source>&lt;b&gt;Server metadata:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;サーバーのメタデータ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="380"/>
        <location filename="../ui/models/inferencepanel.cpp" line="382"/>
        <source>&lt;b&gt;Model %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;モデル %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="381"/>
        <source>not ready (%1)</source>
        <translation>準備未完了 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="386"/>
        <source>&lt;b&gt;Metadata:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;メタデータ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="391"/>
        <source>in %1 %2 %3</source>
        <translation>入力 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="393"/>
        <source>out %1 %2 %3</source>
        <translation>出力 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="394"/>
        <source>&lt;b&gt;Metadata:&lt;/b&gt; %1 · %2</source>
        <translation>&lt;b&gt;メタデータ:&lt;/b&gt; %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="402"/>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;統計:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="406"/>
        <source>&lt;b&gt;Statistics:&lt;/b&gt; %n inference(s), %1 failed, mean %2 ms</source>
        <translation>
            <numerusform>&lt;b&gt;統計:&lt;/b&gt; 推論 %n 回、失敗 %1 回、平均 %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="523"/>
        <source>%n run(s) · median %1 ms · min %2 ms · max %3 ms</source>
        <translation>
            <numerusform>%n 回実行 · 中央値 %1 ms · 最小 %2 ms · 最大 %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="594"/>
        <source>Every run agrees with the privilege matrix (%1 × %2).</source>
        <comment>role count × model count</comment>
        <translation>すべての実行結果が権限マトリクスと一致しました (%1 × %2)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="595"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n ロール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="595"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n モデル</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="454"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="489"/>
        <source>Dimension %1 · norm %2 · %3 ms from the server
First values: %4</source>
        <translation>次元 %1 · ノルム %2 · サーバーから %3 ms
先頭の値: %4</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="552"/>
        <source>Running the inference as each role…</source>
        <translation>各ロールとして推論を実行しています…</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="577"/>
        <source>%1 ≠ matrix: %2</source>
        <translation>%1 ≠ マトリクス: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="579"/>
        <source>Matrix predicts: %1</source>
        <translation>マトリクスの予測: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="575"/>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="580"/>
        <source>Matrix: EXECUTE via %1</source>
        <translation>マトリクス: %1 経由の EXECUTE</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="590"/>
        <source>The test stopped: %1</source>
        <translation>テストが中断しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/inferencepanel.cpp" line="592"/>
        <source>Cancelled; the cells tested so far are shown.</source>
        <translation>キャンセルしました。ここまでにテストしたセルを表示しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="597"/>
        <source>%n cell(s) disagree with the privilege matrix (marked red).</source>
        <translation>
            <numerusform>%n 個のセルが権限マトリクスと一致しません (赤で表示)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/inferencepanel.cpp" line="599"/>
        <source>%n cell(s) could not be determined (see their tooltips).</source>
        <translation>
            <numerusform>%n 個のセルは判定できませんでした (ツールチップを参照)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::InterfaceLanguage</name>
    <message>
        <location filename="../ui/window/interfacelanguage.cpp" line="24"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../ui/window/interfacelanguage.cpp" line="103"/>
        <source>&amp;Language</source>
        <translation>言語 (&amp;Language)</translation>
    </message>
</context>
<context>
    <name>roledesk::Journal</name>
    <message>
        <location filename="../src/store/journal.cpp" line="98"/>
        <location filename="../src/store/journal.cpp" line="167"/>
        <location filename="../src/store/journal.cpp" line="195"/>
        <source>The workspace is not open.</source>
        <translation>ワークスペースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="124"/>
        <source>Cannot record the plan in the journal: %1</source>
        <translation>プランをジャーナルに記録できません: %1</translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="170"/>
        <location filename="../src/store/journal.cpp" line="188"/>
        <location filename="../src/store/journal.cpp" line="198"/>
        <location filename="../src/store/journal.cpp" line="224"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/store/journal.cpp" line="175"/>
        <location filename="../src/store/journal.cpp" line="201"/>
        <source>Cannot read the journal: %1</source>
        <translation>ジャーナルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::JournalDialog</name>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="31"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="32"/>
        <source>Export &amp;SQL…</source>
        <translation>SQL をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="35"/>
        <source>Journal of applied plans</source>
        <translation>適用済みプランのジャーナル</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="36"/>
        <source>Statements</source>
        <translation>文</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="37"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="44"/>
        <source>Applied plans</source>
        <translation>適用済みのプラン</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="49"/>
        <source>Filter by database, user, server, result, message or SQL</source>
        <translation>データベース、ユーザー、サーバー、結果、メッセージ、SQL で絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="54"/>
        <source>SQL of the selected plan</source>
        <translation>選択したプランの SQL</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="61"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="105"/>
        <source>%1 as %2</source>
        <translation>%1 (%2 として)</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="106"/>
        <source>%1@%2 as %3</source>
        <translation>%1@%2 (%3 として)</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="109"/>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="110"/>
        <source>%1 %2: %3 on %4</source>
        <translation>%1 %2: %4 の %3</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="113"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="131"/>
        <source>Nothing has been applied from this workspace yet.</source>
        <translation>このワークスペースからはまだ何も適用されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/journaldialog.cpp" line="136"/>
        <source>Plan %1: %2, %n statement(s) in %3 ms.</source>
        <translation>
            <numerusform>プラン %1: %2、%n 文を %3 ms で実行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="138"/>
        <source>Entry %1, %2 of model %3 as %4: %5 in %6 ms.</source>
        <translation>エントリ %1、モデル %3 の %2 (%4 として): %5、%6 ms。</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="152"/>
        <source>Could not export the journal: %1</source>
        <translation>ジャーナルをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="161"/>
        <source>Export the journal as CSV</source>
        <translation>ジャーナルを CSV としてエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="161"/>
        <source>Export the journal as SQL</source>
        <translation>ジャーナルを SQL としてエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="163"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/changes/journaldialog.cpp" line="163"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL ファイル (*.sql)</translation>
    </message>
</context>
<context>
    <name>roledesk::KServeClient</name>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="126"/>
        <source>no inference server URL is configured (&quot;%1&quot; is not a URL with a host)</source>
        <translation>推論サーバーの URL が設定されていません (「%1」はホストを含む URL ではありません)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="196"/>
        <source>the request to %1 was cancelled</source>
        <translation>%1 への要求はキャンセルされました</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="199"/>
        <source>no answer within %1 ms from the inference server at %2 (%3)</source>
        <translation>%2 の推論サーバーから %1 ms 以内に応答がありません (%3)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="204"/>
        <source>inference server at %1 is not reachable: %2</source>
        <translation>%1 の推論サーバーに到達できません: %2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="207"/>
        <source>the connection to the inference server at %1 failed before a complete answer (%2): %3</source>
        <translation>%1 の推論サーバーとの接続が、応答を最後まで受け取る前に失敗しました (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="220"/>
        <source>(no error text)</source>
        <translation>(エラーテキストなし)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="225"/>
        <source>restricted API: the server requires a header for %1 (HTTP 403) and none is configured; the server said: %2</source>
        <translation>制限付き API: サーバーは %1 にヘッダーを要求していますが (HTTP 403)、ヘッダーが設定されていません。サーバーの応答: %2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="228"/>
        <source>restricted API: the server refused %1 (HTTP 403) with the header %2 that was sent; the server said: %3</source>
        <translation>制限付き API: サーバーは、ヘッダー %2 を付けて送信した %1 を拒否しました (HTTP 403)。サーバーの応答: %3</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="233"/>
        <source>the inference server at %1 refused the input as too large (HTTP 413): %2</source>
        <translation>%1 の推論サーバーは入力が大きすぎるとして拒否しました (HTTP 413): %2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="236"/>
        <source>model &quot;%1&quot; is not loaded on the inference server at %2 (HTTP %3): %4</source>
        <translation>モデル「%1」は %2 の推論サーバーにロードされていません (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="242"/>
        <source>the inference server at %1 answered HTTP %2 to %3: %4</source>
        <translation>%1 の推論サーバーは %3 に対して HTTP %2 を返しました: %4</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="261"/>
        <source>unexpected answer from %1: %2</source>
        <translation>%1 から予期しない応答がありました: %2</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="262"/>
        <source>unexpected answer from model &quot;%1&quot; at %2: %3</source>
        <translation>%2 のモデル「%1」から予期しない応答がありました: %3</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="281"/>
        <source>the liveness check</source>
        <translation>死活確認</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="287"/>
        <source>the readiness check</source>
        <translation>準備状態の確認</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="293"/>
        <source>the server metadata request</source>
        <translation>サーバーのメタデータ要求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="303"/>
        <source>the readiness check of model &quot;%1&quot;</source>
        <translation>モデル「%1」の準備状態の確認</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="309"/>
        <source>the metadata request of model &quot;%1&quot;</source>
        <translation>モデル「%1」のメタデータ要求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="320"/>
        <source>the statistics request of model &quot;%1&quot;</source>
        <translation>モデル「%1」の統計要求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="340"/>
        <source>the input is %1 bytes, over the limit of %2 bytes: not sent to model &quot;%3&quot; at %4</source>
        <translation>入力が %1 バイトで、上限の %2 バイトを超えています: %4 のモデル「%3」には送信していません</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="347"/>
        <source>the inference with model &quot;%1&quot;</source>
        <translation>モデル「%1」による推論</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="353"/>
        <source>the repository index request</source>
        <translation>リポジトリインデックスの要求</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="364"/>
        <source>loading model &quot;%1&quot;</source>
        <translation>モデル「%1」のロード</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveclient.cpp" line="373"/>
        <source>unloading model &quot;%1&quot;</source>
        <translation>モデル「%1」のアンロード</translation>
    </message>
</context>
<context>
    <name>roledesk::KServeProtocol</name>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="20"/>
        <location filename="../src/inference/kserveprotocol.cpp" line="242"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>応答が正しい JSON ではありません (%2 バイト目: %1)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="26"/>
        <source>the answer is not a JSON object</source>
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="126"/>
        <source>the answer has no outputs</source>
        <translation>応答に出力がありません</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="137"/>
        <source>output &quot;%1&quot; has datatype %2 where FP32 was expected</source>
        <translation>出力「%1」のデータ型が %2 です (FP32 が必要です)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="138"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="143"/>
        <source>output &quot;%1&quot; has shape %2 where [%3, dim] (one row of dim &gt; 0 values per input text) was expected</source>
        <translation>出力「%1」の形状が %2 です ([%3, dim]、つまり入力テキストごとに dim &gt; 0 個の値を持つ 1 行が必要です)</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="156"/>
        <source>output &quot;%1&quot;: value %2 is %3, not a finite number</source>
        <translation>出力「%1」: 値 %2 が %3 で、有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="160"/>
        <source>output &quot;%1&quot; has shape %2, which needs %3 values, but %4 came</source>
        <translation>出力「%1」の形状 %2 には %3 個の値が必要ですが、届いたのは %4 個でした</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="196"/>
        <source>the model metadata has no name</source>
        <translation>モデルのメタデータに名前がありません</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="209"/>
        <source>the answer has no &quot;model_stats&quot; list</source>
        <translation>応答に &quot;model_stats&quot; リストがありません</translation>
    </message>
    <message>
        <location filename="../src/inference/kserveprotocol.cpp" line="243"/>
        <source>the answer is not a JSON list</source>
        <translation>応答が JSON のリストではありません</translation>
    </message>
</context>
<context>
    <name>roledesk::LdapReader</name>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="92"/>
        <source>Reading people…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="101"/>
        <source>%1: no %2 attribute; not read as a person</source>
        <translation>%1: %2 属性がありません。ユーザーとしては読み込みません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="105"/>
        <source>%1: the id %2 is already %3&apos;s; not read as a person</source>
        <translation>%1: id %2 は既に %3 のものです。ユーザーとしては読み込みません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="112"/>
        <source>user filter</source>
        <translation>ユーザーフィルター</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="117"/>
        <source>Reading machine users…</source>
        <translation>マシンユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="126"/>
        <source>machine filter</source>
        <translation>マシンフィルター</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="140"/>
        <source>Reading groups…</source>
        <translation>グループを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="148"/>
        <source>%1: no %2 attribute; not read as a group</source>
        <translation>%1: %2 属性がありません。グループとしては読み込みません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="152"/>
        <source>%1: the group name %2 is already %3&apos;s; not read as a group</source>
        <translation>%1: グループ名 %2 は既に %3 のものです。グループとしては読み込みません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapdirectory.cpp" line="166"/>
        <source>group filter</source>
        <translation>グループフィルター</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/platform/ldapdirectory.cpp" line="198"/>
        <source>%n member(s) of groups matched neither the user nor the group filter and were ignored (the first: %1)</source>
        <translation>
            <numerusform>グループの %n 件のメンバーがユーザーフィルターにもグループフィルターにも一致せず、無視されました (最初: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="109"/>
        <source>the anonymous bind</source>
        <translation>匿名バインド</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="115"/>
        <source>%1: cannot reach the server, or the TLS handshake failed: %2 (is the server&apos;s certificate signed by the CA file&apos;s authority, for this host name?)</source>
        <translation>%1: サーバーに接続できないか、TLS ハンドシェイクに失敗しました: %2 (サーバーの証明書は、CA ファイルの認証局によってこのホスト名用に署名されていますか?)</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="171"/>
        <source>%1: no answer to %2 within %3 s</source>
        <translation>%1: %2 に対して %3 秒以内に応答がありません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="175"/>
        <source>%1: the server went away during %2: %3</source>
        <translation>%1: %2 の途中でサーバーとの接続が切れました: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="183"/>
        <source>%1: not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation>%1: LDAP URL ではありません (ldap://host:port または ldaps://host:port)</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="186"/>
        <source>%1: no base DN to search</source>
        <translation>%1: 検索するベースDNがありません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="201"/>
        <source>%1: cannot read the CA file %2</source>
        <translation>%1: CA ファイル %2 を読み込めません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="206"/>
        <source>%1: cannot set up TLS with the CA file %2: %3</source>
        <translation>%1: CA ファイル %2 で TLS を設定できません: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="210"/>
        <source>%1: StartTLS is for ldap:// URLs; an ldaps:// URL is encrypted already</source>
        <translation>%1: StartTLS は ldap:// URL 用です。ldaps:// URL は既に暗号化されています</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="212"/>
        <location filename="../src/platform/ldapsession.cpp" line="230"/>
        <source>%1: cannot reach the server: %2</source>
        <translation>%1: サーバーに接続できません: %2</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="214"/>
        <source>%1: StartTLS refused: %2; the connection is not used without TLS</source>
        <translation>%1: StartTLS が拒否されました: %2。TLS なしでは接続を使用しません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="220"/>
        <source>%1: no password for %2 (a bind DN without a password would read anonymously)</source>
        <translation>%1: %2 のパスワードがありません(パスワードなしのバインドDNは匿名での読み込みになります)</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="232"/>
        <source>the bind as %1</source>
        <translation>%1 としてのバインド</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="238"/>
        <source>%1: invalid credentials for %2</source>
        <translation>%1: %2 の資格情報が無効です</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="240"/>
        <source>%1: cannot bind as %2: %3</source>
        <translation>%1: %2 としてバインドできません: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="256"/>
        <source>%1: cannot ask for paged results: %2</source>
        <translation>%1: ページング結果を要求できません: %2</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="262"/>
        <location filename="../src/platform/ldapsession.cpp" line="287"/>
        <source>%1: bad %2 &quot;%3&quot;: %4</source>
        <translation>%1: %2「%3」が不正です: %4</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="264"/>
        <location filename="../src/platform/ldapsession.cpp" line="289"/>
        <source>%1: searching %2 with the %3 &quot;%4&quot; failed: %5</source>
        <translation>%1: %3「%4」による %2 の検索に失敗しました: %5</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="279"/>
        <source>%1: the base DN %2 does not exist, or %3 may not read it</source>
        <translation>%1: ベースDN %2 が存在しないか、%3 には読み取り権限がありません</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="281"/>
        <source>%1: the server&apos;s size limit stopped the search with the %2 &quot;%3&quot; after %4 entries, paged results notwithstanding</source>
        <translation>%1: ページング結果を使用しているにもかかわらず、サーバーのサイズ制限により、%2「%3」による検索が %4 件のエントリの後で停止しました</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="285"/>
        <source>%1: the server does not page results (RFC 2696), so a size limit could cut the listing short</source>
        <translation>%1: サーバーが結果のページング (RFC 2696) に対応していないため、サイズ制限によって一覧が途中で切れる可能性があります</translation>
    </message>
    <message>
        <location filename="../src/platform/ldapsession.cpp" line="307"/>
        <source>the search with the %1 &quot;%2&quot;</source>
        <translation>%1「%2」による検索</translation>
    </message>
</context>
<context>
    <name>roledesk::LineagePanel</name>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="98"/>
        <source>Why?</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="99"/>
        <source>Select a cell of the privilege matrix to see where each privilege comes from.</source>
        <translation>権限マトリクスのセルを選択すると、各権限の由来が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="114"/>
        <source>%1 is a superuser: every check is bypassed</source>
        <translation>%1 はスーパーユーザーです: すべてのチェックが迂回されます</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="117"/>
        <source>granted to PUBLIC (every role)</source>
        <translation>PUBLIC (すべてのロール) に付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="118"/>
        <source>granted to PUBLIC (every role) by %1</source>
        <translation>%1 により PUBLIC (すべてのロール) に付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="121"/>
        <source>direct grant to %1</source>
        <translation>%1 への直接付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="122"/>
        <source>direct grant to %1 by %2</source>
        <translation>%2 による %1 への直接付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="126"/>
        <source>through membership %1, granted to %2</source>
        <translation>メンバーシップ %1 経由、%2 に付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="127"/>
        <source>through membership %1, granted to %2 by %3</source>
        <translation>メンバーシップ %1 経由、%3 により %2 に付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="131"/>
        <source>owner of the object</source>
        <translation>オブジェクトの所有者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="132"/>
        <source>through membership %1, the object&apos;s owner</source>
        <translation>メンバーシップ %1 経由、オブジェクトの所有者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="135"/>
        <source>predefined role %1</source>
        <translation>定義済みロール %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="136"/>
        <source>through membership %1 (predefined role)</source>
        <translation>メンバーシップ %1 経由 (定義済みロール)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="144"/>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="145"/>
        <source>developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="146"/>
        <source>writer</source>
        <translation>書き込み者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="147"/>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="148"/>
        <source> — schema group %1 (%2 of the database)</source>
        <translation> — スキーマグループ %1 (データベースの%2)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="149"/>
        <source> — schema group %1 (%2 of schema %3)</source>
        <translation> — スキーマグループ %1 (スキーマ %3 の%2)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="153"/>
        <source> — with grant option</source>
        <translation> — WITH GRANT OPTION 付き</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="191"/>
        <source>%1 on %2 %3</source>
        <translation>%2 %3 に対する %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="239"/>
        <source>after the plan (pending)</source>
        <translation>プラン適用後 (保留中)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="239"/>
        <source>%1 (pending)</source>
        <translation>%1 (保留中)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="249"/>
        <source>Owner: %1</source>
        <translation>所有者: %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="217"/>
        <source>held</source>
        <translation>保有</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="57"/>
        <location filename="../ui/privileges/lineagepanel.cpp" line="227"/>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="64"/>
        <source>will be revoked: not held after the plan</source>
        <translation>取り消される予定: プラン適用後は保持しない</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="65"/>
        <source>still not held after the plan</source>
        <translation>プラン適用後も保持しない</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="67"/>
        <source>still held after the plan: %1</source>
        <translation>プラン適用後も保持する: %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="68"/>
        <source>will be granted: %1</source>
        <translation>付与される予定: %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="217"/>
        <source>not held</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="219"/>
        <source>, grantable</source>
        <translation>、付与可能</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/lineagepanel.cpp" line="252"/>
        <source>The pending plan changes %n privilege(s) here.</source>
        <translation>
            <numerusform>保留中のプランはここで %n 個の権限を変更します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/lineagepanel.cpp" line="258"/>
        <source>%1 holds no privilege on this object.</source>
        <translation>%1 はこのオブジェクトに対する権限を持っていません。</translation>
    </message>
</context>
<context>
    <name>roledesk::LintCommand</name>
    <message>
        <location filename="../app/cli/clilint.cpp" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="87"/>
        <source>login problem: %1</source>
        <translation>ログインの問題: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="89"/>
        <source>note: no login in this server for: %1</source>
        <translation>注記: このサーバーにログインがないユーザー: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="91"/>
        <source>not checked: %1</source>
        <translation>未チェック: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="99"/>
        <source>database %1: no violation</source>
        <translation>データベース %1: 違反なし</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="100"/>
        <source>database %1: violations: %2 (errors: %3, warnings: %4)</source>
        <translation>データベース %1: 違反: %2 (エラー: %3、警告: %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="125"/>
        <source>Check separation-of-duties rules on one database: model owner and system administrator in one person, Organization Owner and Platform Admin, superuser or CREATEROLE logins, schema groups granted by mistake, rights in a database outside the person&apos;s platform projects. Each violation lists the path that causes it. Exit 1 on any violation, or on a login the platform file gives to two people or a listed login that does not exist; 0 when clean.</source>
        <translation>1 つのデータベースで職務分離ルールをチェックします: 同一ユーザーがモデル所有者とシステム管理者を兼ねること、Organization Owner と Platform Admin の兼任、superuser または CREATEROLE のログイン、誤って付与されたスキーマグループ、ユーザーのプラットフォームプロジェクト外のデータベースにおける権限。各違反には、その原因となる経路が示されます。違反がある場合、またはプラットフォームファイルが 2 人のユーザーに与えているログインや、記載されているが存在しないログインがある場合は終了コード 1、問題がなければ 0 を返します。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="134"/>
        <source>The platform file (YAML) whose people, platform roles and &quot;logins&quot; mapping to use.</source>
        <translation>使用するユーザー、プラットフォームのロール、「logins」マップを含むプラットフォームファイル (YAML)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="137"/>
        <source>The rules file (YAML); default: the shipped rules.</source>
        <translation>ルールファイル (YAML)。デフォルト: 同梱のルール。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="139"/>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text (デフォルト) または json。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="141"/>
        <source>Check every database of the server the login can see, not only the connected one (one exit code for all; a database that cannot be read is reported and makes the exit 4 when nothing else is wrong).</source>
        <translation>接続中のデータベースだけでなく、ログインから見えるサーバーのすべてのデータベースをチェックします (終了コードは全体で 1 つ。読み込めないデータベースは報告され、他に問題がなければ終了コードは 4 になります)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="170"/>
        <source>interrupted; nothing was checked</source>
        <translation>中断されました。何もチェックされていません</translation>
    </message>
    <message>
        <location filename="../app/cli/clilint.cpp" line="197"/>
        <source>could not list the server&apos;s databases: %1</source>
        <translation>サーバーのデータベースを一覧表示できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::LintDialog</name>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="45"/>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="46"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="49"/>
        <source>Separation of duties</source>
        <translation>職務分離</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="55"/>
        <source>Filter by rule, person, login, database or text</source>
        <translation>ルール、ユーザー、ログイン、データベース、テキストでフィルター</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="66"/>
        <source>Violations</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="70"/>
        <source>Why the selected violation holds</source>
        <translation>選択した違反の理由</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="71"/>
        <source>Select a violation to see the path that causes it.</source>
        <translation>違反を選択すると、その原因となる経路が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="80"/>
        <source>&amp;Rules file…</source>
        <translation>ルールファイル(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="82"/>
        <source>Check with the rules of a YAML file (format: README, &quot;Separation of duties&quot;)</source>
        <translation>YAML ファイルのルールでチェック (形式: README の &quot;Separation of duties&quot;)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="83"/>
        <source>&amp;Shipped rules</source>
        <translation>同梱のルール(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="86"/>
        <source>Rules file</source>
        <translation>ルールファイル</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="87"/>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation>ルール (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="97"/>
        <source>Export violations</source>
        <translation>違反をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="98"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="149"/>
        <source>The rules file was not used; the rules in use stay.</source>
        <translation>ルールファイルは使用されませんでした。現在のルールがそのまま使われます。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="169"/>
        <source>the shipped rules</source>
        <translation>同梱のルール</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="172"/>
        <source>Rules: %1 · People: %2</source>
        <translation>ルール: %1 · ユーザー: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="173"/>
        <source>Rules: %1 · No platform file open: logins are checked without their people (Database ▸ Open platform file…)</source>
        <translation>ルール: %1 · プラットフォームファイルが開かれていません: ログインはユーザーと対応付けずにチェックされます (データベース ▸ プラットフォームファイルを開く…)</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="193"/>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="225"/>
        <source>Database %1: no violation.</source>
        <translation>データベース %1: 違反はありません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="226"/>
        <source>Database %1: violations: %2 (errors: %3, warnings: %4).</source>
        <translation>データベース %1: 違反: %2 (エラー: %3、警告: %4)。</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="231"/>
        <source>Login problem: %1</source>
        <translation>ログインの問題: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="233"/>
        <source>No login in this server for: %1</source>
        <translation>このサーバーにログインがないユーザー: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/lintdialog.cpp" line="270"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/lintdialog.cpp" line="273"/>
        <source>%n violation(s) written to %1.</source>
        <translation>
            <numerusform>%n 件の違反を %1 に書き込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::LintFactCollector</name>
    <message>
        <location filename="../src/lint/lintfacts.cpp" line="68"/>
        <source>%1 on %2 %3: %4</source>
        <translation>%2 %3 に対する %1: %4</translation>
    </message>
</context>
<context>
    <name>roledesk::LintRulesFormat</name>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="56"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なキー「%1」です (%2 のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="58"/>
        <source>&quot;%1&quot; given twice</source>
        <translation>「%1」が 2 回指定されています</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="68"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>「%1」は単一の値である必要があります</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="77"/>
        <source>&quot;%1&quot;: a list expected</source>
        <translation>「%1」: リストが必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="84"/>
        <source>&quot;%1&quot;: a name expected</source>
        <translation>「%1」: 名前が必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="100"/>
        <source>a mapping with rules expected</source>
        <translation>ルールを含むマップが必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="106"/>
        <source>version %1 is not supported (expected 1)</source>
        <translation>バージョン %1 はサポートされていません (1 が必要です)</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="109"/>
        <source>&quot;database_projects&quot;: a mapping of database names to projects expected</source>
        <translation>「database_projects」: データベース名からプロジェクトへのマップが必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="112"/>
        <source>database %1: a project name expected</source>
        <translation>データベース %1: プロジェクト名が必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="119"/>
        <source>&quot;rules&quot;: a list of rules expected</source>
        <translation>「rules」: ルールのリストが必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="127"/>
        <source>another rule is named &quot;%1&quot;</source>
        <translation>別のルールの名前も「%1」です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="138"/>
        <source>a rule is a mapping with name, severity and when</source>
        <translation>ルールは name、severity、when を持つマップです</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="145"/>
        <source>a rule needs a name</source>
        <translation>ルールには名前が必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="151"/>
        <source>severity must be error or warning, not &quot;%1&quot;</source>
        <translation>severity は error または warning である必要があります (「%1」は不可)</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="158"/>
        <source>rule %1: include_bootstrap takes true or false</source>
        <translation>ルール %1: include_bootstrap には true または false を指定します</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="166"/>
        <source>rule %1: &quot;when&quot; must hold exactly one condition (%2)</source>
        <translation>ルール %1: 「when」には条件をちょうど 1 つ指定する必要があります (%2)</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="178"/>
        <source>rule %1: unknown condition &quot;%2&quot;</source>
        <translation>ルール %1: 不明な条件「%2」です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="184"/>
        <source>rule %1: platform_roles: a list of role ids expected</source>
        <translation>ルール %1: platform_roles: ロール ID のリストが必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="194"/>
        <source>rule %1: platform_roles: &quot;role&quot; is missing</source>
        <translation>ルール %1: platform_roles: 「role」がありません</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="197"/>
        <source>rule %1: platform_roles: a role id or {role, project} expected</source>
        <translation>ルール %1: platform_roles: ロール ID または {role, project} が必要です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="201"/>
        <source>rule %1: unknown platform role &quot;%2&quot;</source>
        <translation>ルール %1: 不明なプラットフォームのロール「%2」です</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="207"/>
        <source>rule %1: login_attribute must be superuser or createrole</source>
        <translation>ルール %1: login_attribute は superuser または createrole である必要があります</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="213"/>
        <source>rule %1: unknown model role &quot;%2&quot; (expected model_owner, system_administrator)</source>
        <translation>ルール %1: 不明なモデルロール「%2」(model_owner、system_administrator のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="215"/>
        <source>rule %1: model_roles lists no role</source>
        <translation>ルール %1: model_roles にロールが指定されていません</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="221"/>
        <source>rule %1: %2 takes true</source>
        <translation>ルール %1: %2 には true を指定します</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="225"/>
        <source>rule %1: include_bootstrap applies to login_attribute rules only</source>
        <translation>ルール %1: include_bootstrap は login_attribute ルールにのみ適用されます</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="242"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="252"/>
        <source>%1:%2: not YAML: %3</source>
        <translation>%1:%2: YAML ではありません: %3</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="267"/>
        <source>One person imports models and administers them.</source>
        <translation>1 人のユーザーがモデルをインポートし、かつ管理しています。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="268"/>
        <source>One person owns the organization and administers the platform.</source>
        <translation>1 人のユーザーが組織を所有し、かつプラットフォームを管理しています。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="269"/>
        <source>A superuser bypasses every privilege check.</source>
        <translation>スーパーユーザーはすべての権限チェックを迂回します。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="270"/>
        <source>CREATEROLE can create roles and grant most memberships.</source>
        <translation>CREATEROLE はロールを作成し、ほとんどのメンバーシップを付与できます。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="271"/>
        <source>Developer of one schema and only viewer of another, often a grant to the wrong schema.</source>
        <translation>あるスキーマの developer で、別のスキーマでは viewer のみ。多くは誤ったスキーマへの付与です。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="272"/>
        <source>A schema group held directly that a higher group of the same login already covers.</source>
        <translation>同じログインが保持する上位のグループですでにカバーされているスキーマグループを直接保持しています。</translation>
    </message>
    <message>
        <location filename="../src/lint/lintrules.cpp" line="273"/>
        <source>Rights in a database whose project none of the person&apos;s platform roles covers.</source>
        <translation>ユーザーのどのプラットフォームロールもプロジェクトをカバーしていないデータベースでの権限。</translation>
    </message>
</context>
<context>
    <name>roledesk::LintViolationModel</name>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="22"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="22"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="30"/>
        <source>Rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="31"/>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="69"/>
        <source>(nobody)</source>
        <translation>(ユーザーなし)</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="86"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="87"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="88"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="89"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="90"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../src/models/lintviolationmodel.cpp" line="91"/>
        <source>Violation</source>
        <translation>違反</translation>
    </message>
</context>
<context>
    <name>roledesk::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="66"/>
        <source>Why?</source>
        <translation>理由</translation>
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
        <translation>権限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="73"/>
        <location filename="../ui/window/mainwindow.cpp" line="200"/>
        <source>&amp;Memberships</source>
        <translation>メンバーシップ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="96"/>
        <source>Loading cancelled.</source>
        <translation>読み込みを中止しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="100"/>
        <source>%n pending change(s) for database %1 set aside with their undo history; they come back when you connect to %1 again.</source>
        <translation>
            <numerusform>データベース %1 の保留中の変更 %n 件を元に戻す履歴とともに退避しました。%1 に再接続すると戻ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="105"/>
        <source>%n pending change(s) for database %1 restored with their undo history.</source>
        <translation>
            <numerusform>データベース %1 の保留中の変更 %n 件を元に戻す履歴とともに復元しました。</numerusform>
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
        <translation>%2 から %1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="152"/>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>Connect to a database (Ctrl+O)</source>
        <translation>データベースに接続 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="158"/>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="161"/>
        <source>Read the catalog again (F5)</source>
        <translation>カタログを再読み込み (F5)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="164"/>
        <source>C&amp;ancel</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="167"/>
        <source>Stop loading (Esc)</source>
        <translation>読み込みを中止 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="170"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="176"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="180"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="188"/>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="196"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="204"/>
        <source>&amp;Why? panel</source>
        <translation>理由パネル(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="211"/>
        <location filename="../ui/window/mainwindow.cpp" line="259"/>
        <location filename="../ui/window/mainwindow.cpp" line="302"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="253"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="254"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="275"/>
        <source>Snapshot %1</source>
        <translation>スナップショット %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="276"/>
        <source>RoleDesk — %1</source>
        <translation>RoleDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="279"/>
        <source>Parts of the catalog could not be read: %1</source>
        <translation>カタログの一部を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="290"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="297"/>
        <source>The connection was lost while reading the catalog: %1</source>
        <translation>カタログの読み込み中に接続が切断されました: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="299"/>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="327"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="334"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="343"/>
        <source>&amp;Apply pending changes…</source>
        <translation>保留中の変更を適用(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="347"/>
        <source>&amp;Pending changes panel</source>
        <translation>保留中の変更パネル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <location filename="../ui/window/mainwindow.cpp" line="438"/>
        <source>&amp;Default privileges</source>
        <translation>デフォルト権限(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="390"/>
        <source>Policy drift</source>
        <translation>ポリシーとの差異</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="417"/>
        <source>&amp;Journal…</source>
        <translation>ジャーナル(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="35"/>
        <source>Save a&amp;udit…</source>
        <translation>監査を保存(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="40"/>
        <source>Compare with &amp;saved audit…</source>
        <translation>保存済みの監査と比較(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="43"/>
        <source>Compare with saved audit</source>
        <translation>保存済みの監査と比較</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="44"/>
        <source>Saved audits (*.json)</source>
        <translation>保存済みの監査 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="65"/>
        <source>Export repor&amp;t…</source>
        <translation>レポートをエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="426"/>
        <source>P&amp;olicy</source>
        <translation>ポリシー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="428"/>
        <source>&amp;Export policy…</source>
        <translation>ポリシーをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="430"/>
        <source>&amp;Compare with policy file…</source>
        <translation>ポリシーファイルと比較(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="432"/>
        <source>&amp;Add converging plan to pending changes</source>
        <translation>収束プランを保留中の変更に追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="436"/>
        <source>Policy &amp;drift panel</source>
        <translation>ポリシー差異パネル(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="454"/>
        <location filename="../ui/window/mainwindow.cpp" line="467"/>
        <source>M&amp;odels</source>
        <translation>モデル(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="456"/>
        <source>&amp;Access</source>
        <translation>アクセス(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="462"/>
        <source>In&amp;ference</source>
        <translation>推論(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="478"/>
        <location filename="../ui/window/mainwindow.cpp" line="483"/>
        <source>Schema &amp;groups</source>
        <translation>スキーマグループ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="499"/>
        <location filename="../ui/window/mainwindow.cpp" line="520"/>
        <source>P&amp;latform</source>
        <translation>プラットフォーム(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowaudit.cpp" line="54"/>
        <source>Check separation of &amp;duties…</source>
        <translation>職務分離をチェック(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="535"/>
        <location filename="../ui/window/mainwindow.cpp" line="536"/>
        <source>Perso&amp;n</source>
        <translation>ユーザー(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="567"/>
        <source>Policy saved.</source>
        <translation>ポリシーを保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="575"/>
        <source>Compare with policy file</source>
        <translation>ポリシーファイルと比較</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Policy files (*.yaml *.yml *.json)</source>
        <translation>ポリシーファイル (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="295"/>
        <source>Could not read the catalog: %1</source>
        <translation>カタログを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixEditActions</name>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="51"/>
        <source>&amp;Grant</source>
        <translation>付与(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="52"/>
        <source>Grant &amp;with grant option</source>
        <translation>WITH GRANT OPTION 付きで付与(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="53"/>
        <source>&amp;Revoke</source>
        <translation>取り消し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="54"/>
        <source>Revoke grant &amp;option</source>
        <translation>権限付与オプションを取り消し(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="74"/>
        <source>sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="75"/>
        <source>functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="76"/>
        <source>procedures</source>
        <translation>プロシージャ</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="77"/>
        <source>types</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="78"/>
        <source>tables and views</source>
        <translation>テーブルとビュー</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="176"/>
        <source>All applicable privileges</source>
        <translation>適用可能なすべての権限</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="219"/>
        <source>Grant on all %1 in schema %2 (%3)…</source>
        <translation>スキーマ %2 のすべての %1 に付与 (%3)…</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="229"/>
        <source>Grant %1 on all %2 in schema %3 to %4</source>
        <translation>スキーマ %3 のすべての %2 に対する %1 を %4 に付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="248"/>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="350"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixeditactions.cpp" line="248"/>
        <source>%n selected cell(s)</source>
        <translation>
            <numerusform>%n 個のセルを選択</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="251"/>
        <source>Whole row: %1 on every object shown</source>
        <translation>行全体: 表示中のすべてのオブジェクトに対する %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="254"/>
        <source>Whole column: every role shown on %1</source>
        <translation>列全体: %1 に対する表示中のすべてのロール</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="262"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="263"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="274"/>
        <source>%1 on every object shown</source>
        <translation>表示中のすべてのオブジェクトに対する %1</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="275"/>
        <source>Every role shown on %1</source>
        <translation>%1 に対する表示中のすべてのロール</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="348"/>
        <source>all privileges</source>
        <translation>すべての権限</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixeditactions.cpp" line="352"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n 個のセル</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="355"/>
        <source>Grant %1 to %2</source>
        <translation>%2 に %1 を付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="356"/>
        <source>Grant %1 with grant option to %2</source>
        <translation>%2 に %1 を WITH GRANT OPTION 付きで付与</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="357"/>
        <source>Revoke %1 from %2</source>
        <translation>%2 から %1 を取り消し</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="358"/>
        <source>Revoke the grant option for %1 from %2</source>
        <translation>%2 から %1 の権限付与オプションを取り消し</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixeditactions.cpp" line="363"/>
        <source>Nothing to change: %1 already as asked.</source>
        <translation>変更はありません: %1 は既に指定どおりです。</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixHeaderView</name>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="17"/>
        <source>db</source>
        <translation>DB</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="18"/>
        <source>schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="19"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="20"/>
        <source>view</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="21"/>
        <source>matview</source>
        <translation>マテビュー</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="22"/>
        <source>seq</source>
        <translation>シーケンス</translation>
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
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="26"/>
        <source>proc</source>
        <translation>プロシージャ</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="27"/>
        <source>type</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="28"/>
        <source>lang</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/common/matrixheaderview.cpp" line="154"/>
        <source>database</source>
        <translation>データベース</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixLegend</name>
    <message>
        <location filename="../ui/common/matrixlegend.cpp" line="18"/>
        <source>Legend:</source>
        <translation>凡例:</translation>
    </message>
</context>
<context>
    <name>roledesk::MatrixPage</name>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="35"/>
        <source>All objects except columns</source>
        <translation>列以外のすべてのオブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="38"/>
        <source>All objects</source>
        <translation>すべてのオブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="41"/>
        <source>Tables and views</source>
        <translation>テーブルとビュー</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="43"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="44"/>
        <source>Sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="45"/>
        <source>Functions and procedures</source>
        <translation>関数とプロシージャ</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="46"/>
        <source>Schemas and databases</source>
        <translation>スキーマとデータベース</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="47"/>
        <source>Types</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="48"/>
        <source>Procedural languages</source>
        <translation>手続き言語</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="83"/>
        <source>Privilege matrix</source>
        <translation>権限マトリクス</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="87"/>
        <source>Connect to a database to see who can do what (Ctrl+O).</source>
        <translation>データベースに接続すると、誰が何をできるかが表示されます (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="132"/>
        <source>&amp;Roles:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="135"/>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="136"/>
        <source>Users (can log in)</source>
        <translation>ユーザー (ログイン可)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="137"/>
        <source>Groups (no login)</source>
        <translation>グループ (ログイン不可)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="139"/>
        <source>&amp;Predefined pg_* roles</source>
        <translation>定義済み pg_* ロール(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="140"/>
        <source>Show the built-in pg_* roles too</source>
        <translation>組み込みの pg_* ロールも表示</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="144"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation>ロール名で絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="148"/>
        <source>&amp;Objects:</source>
        <translation>オブジェクト(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="156"/>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="157"/>
        <location filename="../ui/privileges/matrixpage.cpp" line="237"/>
        <source>All schemas</source>
        <translation>すべてのスキーマ</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="160"/>
        <source>Filter objects by name</source>
        <translation>オブジェクト名で絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="215"/>
        <source>&lt;b&gt;*&lt;/b&gt; grantable · &lt;b&gt;ALL&lt;/b&gt; every privilege · ● user ◆ group ★ superuser ◇ predefined role</source>
        <translation>&lt;b&gt;*&lt;/b&gt; 付与可能 · &lt;b&gt;ALL&lt;/b&gt; すべての権限 · ● ユーザー ◆ グループ ★ スーパーユーザー ◇ 定義済みロール</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="217"/>
        <source>Letters: r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</source>
        <translation>記号: r SELECT, a INSERT, w UPDATE, d DELETE, D TRUNCATE, x REFERENCES, t TRIGGER, X EXECUTE, U USAGE, C CREATE, c CONNECT, T TEMPORARY</translation>
    </message>
    <message>
        <location filename="../ui/privileges/matrixpage.cpp" line="247"/>
        <source>%1, %2</source>
        <comment>role count, object count</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixpage.cpp" line="248"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>ロール %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/privileges/matrixpage.cpp" line="249"/>
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>オブジェクト %1 / %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::MembershipModel</name>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="224"/>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="226"/>
        <source>has member</source>
        <translation>メンバーを持つ</translation>
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
        <translation>暗黙</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="262"/>
        <source>%1 is a member of %2, granted by %3</source>
        <translation>%1 は %2 のメンバー (%3 により付与)</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="279"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="299"/>
        <source>Role → member of</source>
        <translation>ロール → 所属先</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="299"/>
        <source>Role → members</source>
        <translation>ロール → メンバー</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="300"/>
        <source>Membership</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="301"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="302"/>
        <source>Superuser</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="303"/>
        <source>Inherit</source>
        <translation>継承</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="304"/>
        <source>Create role</source>
        <translation>ロール作成</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="305"/>
        <source>Create DB</source>
        <translation>DB 作成</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="306"/>
        <source>Replication</source>
        <translation>レプリケーション</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="307"/>
        <source>Bypass RLS</source>
        <translation>RLS 迂回</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="308"/>
        <source>Connection limit</source>
        <translation>接続数の上限</translation>
    </message>
    <message>
        <location filename="../src/models/membershipmodel.cpp" line="309"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>roledesk::MembershipPage</name>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="33"/>
        <source>Show &amp;predefined pg_* roles</source>
        <translation>定義済み pg_* ロールを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="36"/>
        <source>Pending role and membership changes:</source>
        <translation>保留中のロールとメンバーシップの変更:</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="40"/>
        <source>Each role → the roles it is a member of</source>
        <translation>各ロール → 所属するロール</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="41"/>
        <source>Each role → its members</source>
        <translation>各ロール → そのメンバー</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="43"/>
        <source>Filter roles by name (Ctrl+F)</source>
        <translation>ロール名で絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="52"/>
        <source>Role memberships</source>
        <translation>ロールのメンバーシップ</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="61"/>
        <source>Pending role and membership changes</source>
        <translation>保留中のロールとメンバーシップの変更</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="67"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="128"/>
        <source>&amp;New role…</source>
        <translation>新規ロール(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="130"/>
        <source>&amp;Edit role…</source>
        <translation>ロールを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="132"/>
        <source>&amp;Drop role…</source>
        <translation>ロールを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="134"/>
        <source>&amp;Add membership…</source>
        <translation>メンバーシップを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="136"/>
        <source>&amp;Remove membership</source>
        <translation>メンバーシップを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="138"/>
        <source>Toggle admin &amp;option</source>
        <translation>ADMIN OPTION の切り替え(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="141"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="143"/>
        <source>Create a role (Ins)</source>
        <translation>ロールを作成 (Ins)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="144"/>
        <source>Change the selected role&apos;s attributes, password and groups (F2, Enter)</source>
        <translation>選択したロールの属性、パスワード、所属グループを変更 (F2、Enter)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="145"/>
        <source>Drop the selected role, after reassigning or dropping what it owns (Del)</source>
        <translation>所有するオブジェクトを移譲または削除したうえで、選択したロールを削除 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="146"/>
        <source>Add a membership to the selected role (Shift+Ins)</source>
        <translation>選択したロールにメンバーシップを追加 (Shift+Ins)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="147"/>
        <source>Remove the selected membership (Del)</source>
        <translation>選択したメンバーシップを削除 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="148"/>
        <source>Give or take the selected membership&apos;s admin option (Ctrl+T)</source>
        <translation>選択したメンバーシップの ADMIN OPTION を付与または取り消し (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="160"/>
        <source>&amp;Add member…</source>
        <translation>メンバーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="161"/>
        <source>&amp;Add to group…</source>
        <translation>グループに追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="258"/>
        <source>Create role %1</source>
        <translation>ロール %1 を作成</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="269"/>
        <source>Alter role %1</source>
        <translation>ロール %1 を変更</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="279"/>
        <source>Drop role %1</source>
        <translation>ロール %1 を削除</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="291"/>
        <source>Add a member to %1</source>
        <translation>%1 にメンバーを追加</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="291"/>
        <source>Add %1 to a group</source>
        <translation>%1 をグループに追加</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="300"/>
        <source>With &amp;admin option (may grant it on)</source>
        <translation>ADMIN OPTION 付き (さらに付与可能)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="304"/>
        <source>&amp;Member:</source>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="304"/>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="313"/>
        <source>Grant %1 to %2</source>
        <translation>%2 に %1 を付与</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="322"/>
        <source>Revoke %1 from %2</source>
        <translation>%2 から %1 を取り消し</translation>
    </message>
    <message>
        <location filename="../ui/roles/membershippage.cpp" line="329"/>
        <source>Toggle admin option</source>
        <translation>ADMIN OPTION の切り替え</translation>
    </message>
</context>
<context>
    <name>roledesk::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="24"/>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="25"/>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelAccessModel</name>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="88"/>
        <source>Pending: grant</source>
        <translation>保留中: 付与</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="88"/>
        <source>Pending: revoke</source>
        <translation>保留中: 取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="90"/>
        <source>(granted by %1)</source>
        <translation>(%1 により付与)</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="111"/>
        <source>This database has no in-database model extension (pgx_inference or pgx_inference_ce).</source>
        <translation>このデータベースにはデータベース内モデルの拡張機能 (pgx_inference または pgx_inference_ce) がありません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="115"/>
        <source>The holders of the model roles are unknown: pgx_inference does not document where it keeps them. Granting a model role works; revoking one needs its holders known.</source>
        <translation>モデルロールの保有者は不明です: pgx_inference はその保存場所を公開していません。モデルロールの付与はできますが、取り消すには保有者が分かっている必要があります。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="117"/>
        <source>The holders of the model roles could not be read; granting works, revoking does not.</source>
        <translation>モデルロールの保有者を読み取れませんでした。付与はできますが、取り消しはできません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="163"/>
        <source>Extension owner</source>
        <translation>拡張機能の所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="164"/>
        <source>Model owner</source>
        <translation>モデル所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="165"/>
        <source>System administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="166"/>
        <source>USAGE on schema pgx_inference</source>
        <translation>スキーマ pgx_inference に対する USAGE</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="167"/>
        <source>Use %1</source>
        <translation>%1 の使用</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="176"/>
        <source>Extension owner: the role that created the extension, and every superuser. May import, update, delete, load, unload and use every model and grant every privilege. Read-only here.</source>
        <translation>拡張機能の所有者: 拡張機能を作成したロールと、すべてのスーパーユーザー。すべてのモデルのインポート、更新、削除、ロード、アンロード、使用と、すべての権限の付与ができます。ここでは読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="179"/>
        <source>Model owner: may import models; update, delete, read the file of and use only its own models, and grant their use to others. May not load or unload models. Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema pgx_inference.</source>
        <translation>モデル所有者: モデルをインポートでき、自分のモデルに限り更新、削除、ファイルの読み取り、使用、および他のロールへの使用権の付与ができます。モデルのロードとアンロードはできません。拡張機能の所有者が付与し (pgx_grant_model_role)、その際スキーマ pgx_inference に対する USAGE も付与されます。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="183"/>
        <source>System administrator: may load and unload models, delete any model, see the total size of the loaded models and every model&apos;s metadata and status; may not import, update or use models. Granted by the extension owner (pgx_grant_model_role), which also grants USAGE on schema pgx_inference.</source>
        <translation>システム管理者: モデルのロードとアンロード、任意のモデルの削除、ロード済みモデルの合計サイズと全モデルのメタデータおよび状態の参照ができます。モデルのインポート、更新、使用はできません。拡張機能の所有者が付与し (pgx_grant_model_role)、その際スキーマ pgx_inference に対する USAGE も付与されます。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="188"/>
        <source>USAGE on schema pgx_inference: needed to call any function of the extension. The model roles bring it; the extension owner grants it to model users. Alone it allows nothing, so it may be granted in advance.</source>
        <translation>スキーマ pgx_inference に対する USAGE: 拡張機能の関数を呼び出すのに必要です。モデルロールに付随し、モデル利用者には拡張機能の所有者が付与します。これ単体では何も許可しないため、事前に付与しておいても問題ありません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="192"/>
        <source>Use model %1: EXECUTE on function pgx_inference.%2(text), to run inference with the model and read its metadata and status. Its owner and superusers always may. Granted by the model&apos;s owner; the user also needs USAGE on schema pgx_inference.</source>
        <translation>モデル %1 の使用: 関数 pgx_inference.%2(text) に対する EXECUTE。モデルによる推論と、メタデータおよび状態の読み取りができます。所有者とスーパーユーザーは常に可能です。モデルの所有者が付与します。利用者にはスキーマ pgx_inference に対する USAGE も必要です。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="214"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="216"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="223"/>
        <source>superuser</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="225"/>
        <source>ext. owner</source>
        <translation>拡張所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="225"/>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="228"/>
        <source>inherited</source>
        <translation>継承</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="228"/>
        <source>via %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="229"/>
        <source>predefined</source>
        <translation>定義済み</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="241"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="248"/>
        <source>The function of this model (%1) is missing: no one can use it.</source>
        <translation>このモデルの関数 (%1) が見つかりません: 誰も使用できません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="250"/>
        <source>Model roles and the extension&apos;s ownership belong to roles, not to PUBLIC.</source>
        <translation>モデルロールと拡張機能の所有権はロールに属するもので、PUBLIC には属しません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="253"/>
        <source>Unknown: the holders of the model roles cannot be read in this database.</source>
        <translation>不明: このデータベースではモデルロールの保有者を読み取れません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="256"/>
        <source>Not held.</source>
        <translation>保有していません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="260"/>
        <source>superuser: may do everything</source>
        <translation>スーパーユーザー: すべての操作が可能</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="262"/>
        <source>owner of extension %1</source>
        <translation>拡張機能 %1 の所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="264"/>
        <source>the extension owner: may do everything this role allows</source>
        <translation>拡張機能の所有者: このロールで許可されるすべての操作が可能</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="265"/>
        <source>owner of the model (its function), or a member of the owner</source>
        <translation>モデル (その関数) の所有者、または所有者のメンバー</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="266"/>
        <source>owner of the schema, or a member of the owner</source>
        <translation>スキーマの所有者、または所有者のメンバー</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="268"/>
        <source>held directly (pgx_grant_model_role)</source>
        <translation>直接保有 (pgx_grant_model_role)</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="268"/>
        <source>direct grant</source>
        <translation>直接付与</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="273"/>
        <source>inherited through %1</source>
        <translation>%1 を通じて継承</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="276"/>
        <source>through a predefined role (pg_read_all_data or pg_write_all_data)</source>
        <translation>定義済みロール (pg_read_all_data または pg_write_all_data) 経由</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="278"/>
        <source>granted to PUBLIC</source>
        <translation>PUBLIC に付与</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="283"/>
        <source>Space: revoke</source>
        <translation>スペース: 取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="283"/>
        <source>Space: grant</source>
        <translation>スペース: 付与</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="285"/>
        <source>Read-only: the extension owner is the role that created the extension; superusers count as one.</source>
        <translation>読み取り専用: 拡張機能の所有者は拡張機能を作成したロールです。スーパーユーザーも所有者とみなされます。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="287"/>
        <source>Read-only: held as superuser or owner, which is not granted and cannot be revoked here.</source>
        <translation>読み取り専用: スーパーユーザーまたは所有者として保有しています。これは付与されたものではなく、ここでは取り消せません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="372"/>
        <source>PUBLIC — every role, present and future</source>
        <translation>PUBLIC — 現在および将来のすべてのロール</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="386"/>
        <source>%1 — superuser</source>
        <translation>%1 — スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="387"/>
        <source>%1 — predefined role</source>
        <translation>%1 — 定義済みロール</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="388"/>
        <source>%1 — login role (user)</source>
        <translation>%1 — ログインロール (ユーザー)</translation>
    </message>
    <message>
        <location filename="../src/models/modelaccessmodel.cpp" line="389"/>
        <source>%1 — group role (no login)</source>
        <translation>%1 — グループロール (ログイン不可)</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelAccessPage</name>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="114"/>
        <source>Model access matrix</source>
        <translation>モデルアクセスマトリクス</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="127"/>
        <location filename="../ui/models/modelaccesspage.cpp" line="228"/>
        <source>Connect to a database to see who may use its models (Ctrl+O).</source>
        <translation>データベースに接続すると、誰がそのモデルを使用できるかが表示されます (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="163"/>
        <source>&amp;Roles:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="166"/>
        <source>Filter roles by name</source>
        <translation>ロール名で絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="169"/>
        <source>Show &amp;all roles</source>
        <translation>すべてのロールを表示(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="171"/>
        <source>Off: roles that can log in, and group roles that hold something here. On: every role, the predefined pg_* roles and PUBLIC included.</source>
        <translation>オフ: ログインできるロールと、ここで何かを保有しているグループロール。オン: 定義済みの pg_* ロールと PUBLIC を含むすべてのロール。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="192"/>
        <source>superuser</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="193"/>
        <source>owner (of the extension, the model or the schema)</source>
        <translation>所有者 (拡張機能、モデル、またはスキーマ)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="194"/>
        <source>✓ held directly</source>
        <translation>✓ 直接保有</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="195"/>
        <source>via a role it inherits</source>
        <translation>継承したロール経由</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="196"/>
        <source>via a predefined role (pg_read_all_data...)</source>
        <translation>定義済みロール経由 (pg_read_all_data など)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="197"/>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="201"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="202"/>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="203"/>
        <source>Space or double click: grant or revoke the current cell (it joins the pending changes). Italic: held as superuser or owner, not revocable here. Hover a column title for what its holders may do.</source>
        <translation>スペースキーまたはダブルクリック: 現在のセルを付与または取り消します (保留中の変更に追加されます)。斜体: スーパーユーザーまたは所有者として保有しており、ここでは取り消せません。列見出しにマウスを重ねると、その保有者ができることが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="238"/>
        <source>%1, %2</source>
        <comment>role count, model count</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelaccesspage.cpp" line="239"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>ロール %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelaccesspage.cpp" line="240"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>モデル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelaccesspage.cpp" line="279"/>
        <source>%1 for %2</source>
        <translation>%1 (対象: %2)</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelCatalog</name>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="100"/>
        <source>No USAGE privilege on schema pgx_inference: the models cannot be listed.</source>
        <translation>スキーマ pgx_inference に対する USAGE 権限がありません: モデルを一覧表示できません。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="115"/>
        <source>Cannot read table pgx_inference.pgx_models (%1).</source>
        <translation>テーブル pgx_inference.pgx_models を読み込めません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="125"/>
        <source>No SELECT privilege on pgx_inference.pgx_models: only the models the extension lets this user see are listed.</source>
        <translation>pgx_inference.pgx_models に対する SELECT 権限がありません: 拡張機能がこのユーザーに表示を許可しているモデルだけを一覧表示します。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="128"/>
        <source>Cannot list the models (%1).</source>
        <translation>モデルを一覧表示できません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="137"/>
        <source>The group roles pgx_model_owner and pgx_system_administrator do not exist: the holders of the model roles are unknown.</source>
        <translation>グループロール pgx_model_owner と pgx_system_administrator が存在しません。モデルロールの保持者は不明です。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="155"/>
        <source>Cannot read the model roles (%1).</source>
        <translation>モデルロールを読み込めません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="172"/>
        <source>Cannot read the total size of the loaded models (%1): the total counts only the models listed.</source>
        <translation>ロード済みモデルの合計サイズを読み込めません (%1): 合計には一覧にあるモデルだけが含まれます。</translation>
    </message>
    <message>
        <location filename="../src/catalog/modelcatalog.cpp" line="187"/>
        <source>pgx_inference.total_loaded_model_size_limit is not a number: %1</source>
        <translation>pgx_inference.total_loaded_model_size_limit が数値ではありません: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelImportDialog</name>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="33"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="34"/>
        <location filename="../ui/models/modelimportdialog.cpp" line="196"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="35"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="38"/>
        <source>Import model</source>
        <translation>モデルのインポート</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="42"/>
        <source>An .onnx file; drop one here</source>
        <translation>.onnx ファイル (ここにドロップできます)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="44"/>
        <source>A-Z a-z 0-9 _ . -</source>
        <translation>A-Z a-z 0-9 _ . -</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="62"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="65"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="66"/>
        <source>&amp;Metadata:</source>
        <translation>メタデータ(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="72"/>
        <source>The file is streamed into the database as a large object and registered with pgx_import_model; you become the model&apos;s owner. Only you (and the extension owner) may use it until you grant its use.</source>
        <translation>ファイルはラージオブジェクトとしてデータベースに転送され、pgx_import_model で登録されます。あなたがモデルの所有者になります。使用権を付与するまでは、あなた (と拡張機能の所有者) だけが使用できます。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="130"/>
        <source>Choose the model file.</source>
        <translation>モデルファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="133"/>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="135"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="137"/>
        <source>The file %1 is empty.</source>
        <translation>ファイル %1 は空です。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="141"/>
        <source>A model named &quot;%1&quot; exists already; choose another name.</source>
        <translation>「%1」という名前のモデルは既に存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="146"/>
        <source>The metadata is not valid JSON: %1 (at character %2).</source>
        <translation>メタデータが正しい JSON ではありません: %1 (%2 文字目)。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="148"/>
        <source>The metadata must be a JSON object, such as {&quot;dimension&quot;: 384}.</source>
        <translation>メタデータは {&quot;dimension&quot;: 384} のような JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="161"/>
        <source>%1 will be imported as &quot;%2&quot;.</source>
        <translation>%1 を「%2」としてインポートします。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="171"/>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="172"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX モデル (*.onnx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="183"/>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="196"/>
        <source>&amp;Cancel import</source>
        <translation>インポートをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="206"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelimportdialog.cpp" line="237"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelImporter</name>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="57"/>
        <source>Upload %1 holds %2 bytes where %3 were sent.</source>
        <translation>アップロード %1 には %2 バイトしかありませんが、%3 バイトが送信されました。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="81"/>
        <source>File &quot;%1&quot; does not exist.</source>
        <translation>ファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="83"/>
        <source>&quot;%1&quot; is a folder, not a model file.</source>
        <translation>「%1」はフォルダーであり、モデルファイルではありません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="85"/>
        <source>&quot;%1&quot; is not a regular file (a device, a pipe or a socket), so it cannot be imported.</source>
        <translation>「%1」は通常のファイルではない (デバイス、パイプ、またはソケット) ため、インポートできません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="90"/>
        <source>File &quot;%1&quot; is empty.</source>
        <translation>ファイル「%1」は空です。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="96"/>
        <source>Cannot read file &quot;%1&quot;: %2.</source>
        <translation>ファイル「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="105"/>
        <source>File &quot;%1&quot; was deleted or moved while it was read.</source>
        <translation>ファイル「%1」は読み込み中に削除または移動されました。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="107"/>
        <source>File &quot;%1&quot; changed size while it was read (%2 bytes at the start, %3 bytes now).</source>
        <translation>ファイル「%1」のサイズが読み込み中に変わりました (開始時 %2 バイト、現在 %3 バイト)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="112"/>
        <source>File &quot;%1&quot; was modified while it was read.</source>
        <translation>ファイル「%1」は読み込み中に変更されました。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="159"/>
        <source>Cannot read file &quot;%1&quot; after %2 bytes: %3.</source>
        <translation>ファイル「%1」を %2 バイト読み込んだ後、読み込めなくなりました: %3。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelfilesource.cpp" line="165"/>
        <source>File &quot;%1&quot; ended after %2 of %3 bytes: it was truncated while it was read.</source>
        <translation>ファイル「%1」は %3 バイト中 %2 バイトで終わりました: 読み込み中に切り詰められました。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelimporter.cpp" line="21"/>
        <source>&quot;%1&quot; is not a valid model name: %2</source>
        <translation>「%1」は有効なモデル名ではありません: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelInventoryModel</name>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="186"/>
        <source>loaded</source>
        <translation>ロード済み</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="187"/>
        <source>not loaded</source>
        <translation>未ロード</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="187"/>
        <source>not loaded (%1)</source>
        <translation>未ロード (%1)</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="195"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="197"/>
        <source>The model&apos;s function is missing.</source>
        <translation>モデルの関数が見つかりません。</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="198"/>
        <source>EXECUTE on this function is the right to use the model.</source>
        <translation>この関数に対する EXECUTE がモデルの使用権です。</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="200"/>
        <source>Availability on the inference server: %1</source>
        <translation>推論サーバーでの利用可否: %1</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="200"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="202"/>
        <source>Roles granted EXECUTE on the model&apos;s function, besides its owner. Roles that inherit from them may use the model too: see the Model access tab.</source>
        <translation>所有者以外で、モデルの関数に対する EXECUTE を付与されているロール。それらを継承するロールもモデルを使用できます: 「アクセス」タブを参照してください。</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="219"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="220"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="221"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="222"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="223"/>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="224"/>
        <source>Load state</source>
        <translation>ロード状態</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="225"/>
        <source>Permitted users</source>
        <translation>許可されたユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/modelinventorymodel.cpp" line="226"/>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelName</name>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="28"/>
        <source>A model name cannot be empty.</source>
        <translation>モデル名を空にすることはできません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="34"/>
        <source>Character %1 at position %2 is not allowed in a model name: use only A-Z, a-z, 0-9, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>位置 %2 の文字 %1 はモデル名に使用できません: A-Z、a-z、0-9、&quot;_&quot;、&quot;.&quot;、&quot;-&quot; だけを使用してください。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="40"/>
        <source>A model name cannot start with &quot;.&quot;.</source>
        <translation>モデル名を &quot;.&quot; で始めることはできません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="42"/>
        <source>A model name cannot end with &quot;.&quot;.</source>
        <translation>モデル名を &quot;.&quot; で終えることはできません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modelname.cpp" line="44"/>
        <source>A model name cannot contain &quot;..&quot; (at position %1).</source>
        <translation>モデル名に &quot;..&quot; を含めることはできません (位置 %1)。</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelOperations</name>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="128"/>
        <location filename="../src/pgx/modeloperations.cpp" line="174"/>
        <source>Cannot write file &quot;%1&quot;: %2.</source>
        <translation>ファイル「%1」に書き込めません: %2。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="139"/>
        <source>Cannot write file &quot;%1&quot; after %2 bytes: %3.</source>
        <translation>ファイル「%1」に %2 バイト書き込んだ後、書き込めなくなりました: %3。</translation>
    </message>
    <message>
        <location filename="../src/pgx/modeloperations.cpp" line="163"/>
        <source>The file of model &quot;%1&quot; holds %2 bytes, but the model records %3 bytes. %4</source>
        <translation>モデル「%1」のファイルは %2 バイトですが、モデルには %3 バイトと記録されています。%4</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelOutcome</name>
    <message>
        <location filename="../src/pgx/modeltaskrunner.cpp" line="83"/>
        <source>%1 failed: cannot connect to the server (%2).</source>
        <translation>%1に失敗しました: サーバーに接続できません (%2)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="107"/>
        <source>%1 was cancelled. %2</source>
        <translation>%1はキャンセルされました。%2</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="119"/>
        <source>Importing model &quot;%1&quot;</source>
        <translation>モデル「%1」のインポート</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="120"/>
        <source>Loading model &quot;%1&quot;</source>
        <translation>モデル「%1」のロード</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="121"/>
        <source>Unloading model &quot;%1&quot;</source>
        <translation>モデル「%1」のアンロード</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="122"/>
        <source>Deleting model &quot;%1&quot;</source>
        <translation>モデル「%1」の削除</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="123"/>
        <source>Updating the metadata of model &quot;%1&quot;</source>
        <translation>モデル「%1」のメタデータの更新</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="124"/>
        <source>Replacing the file of model &quot;%1&quot;</source>
        <translation>モデル「%1」のファイルの置き換え</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="125"/>
        <source>Exporting the file of model &quot;%1&quot;</source>
        <translation>モデル「%1」のファイルのエクスポート</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="133"/>
        <source>Nothing was imported.</source>
        <translation>何もインポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="134"/>
        <source>The model keeps its previous file.</source>
        <translation>モデルのファイルは以前のままです。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="135"/>
        <source>No file was written.</source>
        <translation>ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="136"/>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="169"/>
        <source>Role &quot;%1&quot; has no USAGE privilege on schema pgx_inference, so it may not work with model &quot;%2&quot;: the extension owner grants it (pgx_grant_model_role grants it with a model role).</source>
        <translation>ロール「%1」はスキーマ pgx_inference に対する USAGE 権限を持っていないため、モデル「%2」を扱えません: この権限は拡張機能の所有者が付与します (pgx_grant_model_role はモデルロールと一緒にこれを付与します)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="175"/>
        <source>Role &quot;%1&quot; may not import model &quot;%2&quot;: it needs the model_owner role (granted by the extension owner with pgx_grant_model_role) or to be the extension owner.</source>
        <translation>ロール「%1」はモデル「%2」をインポートできません: model_owner ロール (拡張機能の所有者が pgx_grant_model_role で付与) を持つか、拡張機能の所有者である必要があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="179"/>
        <source>Role &quot;%1&quot; may not load model &quot;%2&quot;: it needs the system_administrator role or to be the extension owner.</source>
        <translation>ロール「%1」はモデル「%2」をロードできません: system_administrator ロールを持つか、拡張機能の所有者である必要があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="183"/>
        <source>Role &quot;%1&quot; may not unload model &quot;%2&quot;: it needs the system_administrator role or to be the extension owner.</source>
        <translation>ロール「%1」はモデル「%2」をアンロードできません: system_administrator ロールを持つか、拡張機能の所有者である必要があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="187"/>
        <source>Role &quot;%1&quot; may not delete model &quot;%2&quot;: it needs to own the model and hold the model_owner role, the system_administrator role, or to be the extension owner.</source>
        <translation>ロール「%1」はモデル「%2」を削除できません: モデルを所有して model_owner ロールを持つか、system_administrator ロールを持つか、拡張機能の所有者である必要があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="192"/>
        <source>Role &quot;%1&quot; may not update model &quot;%2&quot;: it needs to own the model and hold the model_owner role, or to be the extension owner.</source>
        <translation>ロール「%1」はモデル「%2」を更新できません: モデルを所有して model_owner ロールを持つか、拡張機能の所有者である必要があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="196"/>
        <source>Role &quot;%1&quot; may not read the file of model &quot;%2&quot;: it needs to own the model and hold the model_owner role, or to be the extension owner.</source>
        <translation>ロール「%1」はモデル「%2」のファイルを読み取れません: モデルを所有して model_owner ロールを持つか、拡張機能の所有者である必要があります。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="217"/>
        <source>%1 failed: the connection to the server was lost (%2).</source>
        <translation>%1に失敗しました: サーバーとの接続が切断されました (%2)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="218"/>
        <source>Refresh to see whether it took effect.</source>
        <translation>反映されたかどうかは再読み込みして確認してください。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="230"/>
        <source>%1 was refused: this session&apos;s value of %2 differs from its configured value, and pgx_inference uses only the configured one, whatever the role. Reset it in the session (RESET %2; look at the connection&apos;s options and PGOPTIONS), or have a superuser configure it (ALTER DATABASE, ALTER ROLE or ALTER SYSTEM).</source>
        <translation>%1 は拒否されました: このセッションの %2 の値が設定済みの値と異なります。pgx_inference はロールにかかわらず設定済みの値だけを使います。セッションで元に戻す (RESET %2。接続のオプションと PGOPTIONS を確認してください) か、スーパーユーザーに設定してもらってください (ALTER DATABASE、ALTER ROLE または ALTER SYSTEM)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="248"/>
        <source>&quot;%1&quot; is not a valid model name: %2</source>
        <translation>「%1」は有効なモデル名ではありません: %2</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="251"/>
        <source>A model named &quot;%1&quot; already exists in database &quot;%2&quot;: choose another name, or replace that model&apos;s file.</source>
        <translation>データベース「%2」には「%1」という名前のモデルが既に存在します: 別の名前を選ぶか、そのモデルのファイルを置き換えてください。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="227"/>
        <source>Model &quot;%1&quot; does not exist in database &quot;%2&quot; (it may have been deleted meanwhile).</source>
        <translation>モデル「%1」はデータベース「%2」に存在しません (その間に削除された可能性があります)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="259"/>
        <source>Model &quot;%1&quot; is loaded and cannot be deleted: unload it first.</source>
        <translation>モデル「%1」はロードされているため削除できません: 先にアンロードしてください。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="262"/>
        <source>Model &quot;%1&quot; could not be loaded: the total size of the loaded models would exceed the limit (pgx_inference.total_loaded_model_size_limit).</source>
        <translation>モデル「%1」をロードできませんでした: ロード済みモデルの合計サイズが上限 (pgx_inference.total_loaded_model_size_limit) を超えてしまいます。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="270"/>
        <source>The metadata of model &quot;%1&quot; is larger than pgx_inference takes.</source>
        <translation>モデル &quot;%1&quot; のメタデータは pgx_inference が受け付ける大きさを超えています。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="275"/>
        <source>%1 failed: database &quot;%2&quot; has no pgx_inference extension, or one without the function needed (%3).</source>
        <translation>%1に失敗しました: データベース「%2」に pgx_inference 拡張機能がないか、必要な関数がありません (%3)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="279"/>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="333"/>
        <source>The metadata of model &quot;%1&quot; is not valid JSON: %2 (at byte %3).</source>
        <translation>モデル「%1」のメタデータが正しい JSON ではありません: %2 (%3 バイト目)。</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="337"/>
        <source>The metadata of model &quot;%1&quot; must be a JSON object ({...}).</source>
        <translation>モデル「%1」のメタデータは JSON オブジェクト ({...}) でなければなりません。</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelTask</name>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="30"/>
        <source>Import model</source>
        <translation>モデルのインポート</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="31"/>
        <source>Load model</source>
        <translation>モデルのロード</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="32"/>
        <source>Unload model</source>
        <translation>モデルのアンロード</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="33"/>
        <source>Delete model</source>
        <translation>モデルの削除</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="34"/>
        <source>Update model metadata</source>
        <translation>モデルのメタデータの更新</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="35"/>
        <source>Replace model file</source>
        <translation>モデルファイルの置き換え</translation>
    </message>
    <message>
        <location filename="../src/pgx/taskoutcome.cpp" line="36"/>
        <source>Export model file</source>
        <translation>モデルファイルのエクスポート</translation>
    </message>
</context>
<context>
    <name>roledesk::ModelsPage</name>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="66"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="80"/>
        <source>Install pgx_inference_ce…</source>
        <translation>pgx_inference_ce をインストール…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="88"/>
        <source>This database has no pgx_inference extension. RoleDesk can install pgx_inference_ce, which gives community PostgreSQL the same functions and privilege model (a superuser is needed; the script is shown first).</source>
        <translation>このデータベースには pgx_inference 拡張機能がありません。RoleDesk は pgx_inference_ce をインストールできます。これはコミュニティ版 PostgreSQL に同じ関数と権限モデルを提供します (スーパーユーザーが必要です。スクリプトは実行前に表示されます)。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="98"/>
        <source>Total size of the loaded models against pgx_inference.total_loaded_model_size_limit</source>
        <translation>ロード済みモデルの合計サイズ (上限: pgx_inference.total_loaded_model_size_limit)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="114"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="115"/>
        <source>Import an .onnx file as a new model (Ctrl+I); you can also drop a file on the page</source>
        <translation>.onnx ファイルを新しいモデルとしてインポート (Ctrl+I)。ページにファイルをドロップすることもできます</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="116"/>
        <source>Replace &amp;file…</source>
        <translation>ファイルを置き換え(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="116"/>
        <source>Replace the model&apos;s file</source>
        <translation>モデルのファイルを置き換え</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="117"/>
        <source>&amp;Metadata…</source>
        <translation>メタデータ(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="117"/>
        <source>Edit the model&apos;s metadata (F2)</source>
        <translation>モデルのメタデータを編集 (F2)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="118"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="118"/>
        <source>Delete the model (Del)</source>
        <translation>モデルを削除 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="120"/>
        <source>&amp;Load</source>
        <translation>ロード(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="120"/>
        <source>Load the model on the inference server (Ctrl+L)</source>
        <translation>モデルを推論サーバーにロード (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="121"/>
        <source>&amp;Unload</source>
        <translation>アンロード(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="121"/>
        <source>Unload the model (Ctrl+Shift+L)</source>
        <translation>モデルをアンロード (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="123"/>
        <source>&amp;Export file…</source>
        <translation>ファイルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="123"/>
        <source>Save the model&apos;s file</source>
        <translation>モデルのファイルを保存</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="124"/>
        <source>&amp;Grant use…</source>
        <translation>使用権を付与(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="125"/>
        <source>Let a role use the model: EXECUTE on its function, added to the pending changes (Ctrl+G)</source>
        <translation>ロールにモデルの使用を許可: 関数に対する EXECUTE を保留中の変更に追加 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="163"/>
        <source>Loaded:</source>
        <translation>ロード済み:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="173"/>
        <source>&amp;Inventory</source>
        <translation>一覧(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="187"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="235"/>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="240"/>
        <source>No in-database models: database %1 has neither pgx_inference nor pgx_inference_ce.</source>
        <translation>データベース内モデルはありません: データベース %1 には pgx_inference も pgx_inference_ce もありません。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="248"/>
        <source>extension owner</source>
        <translation>拡張機能の所有者</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="250"/>
        <source>model owner</source>
        <translation>モデル所有者</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="252"/>
        <source>system administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="253"/>
        <source>no model role (a model user where granted)</source>
        <translation>モデルロールなし (使用権を付与されたモデルの利用者)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="255"/>
        <source>model roles unknown: the vendor&apos;s extension does not document where it keeps them</source>
        <translation>モデルロールは不明: ベンダーの拡張機能はその保存場所を公開していません</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="257"/>
        <source>pgx_inference %1 (Fujitsu Enterprise Postgres)</source>
        <translation>pgx_inference %1 (Fujitsu Enterprise Postgres)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="258"/>
        <source>pgx_inference_ce %1 (RoleDesk&apos;s compatibility extension)</source>
        <translation>pgx_inference_ce %1 (RoleDesk の互換拡張機能)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelspage.cpp" line="259"/>
        <source>%1, owned by %2 · %n model(s) · you (%3): %4</source>
        <translation>
            <numerusform>%1、所有者 %2 · モデル %n 個 · あなた (%3): %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="264"/>
        <source>On Fujitsu Enterprise Postgres, models are imported, updated and exported with the vendor&apos;s client tools; RoleDesk calls only the documented functions (load, unload, delete, metadata, model roles) and grants use with GRANT EXECUTE.</source>
        <translation>Fujitsu Enterprise Postgres では、モデルのインポート、更新、エクスポートはベンダーのクライアントツールで行います。RoleDesk はドキュメントに記載された関数 (ロード、アンロード、削除、メタデータ、モデルロール) だけを呼び出し、使用権は GRANT EXECUTE で付与します。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="275"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="281"/>
        <source>%1 · no limit set</source>
        <translation>%1 · 上限なし</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="335"/>
        <source>On Fujitsu Enterprise Postgres this is done with the vendor&apos;s client tool.</source>
        <translation>Fujitsu Enterprise Postgres では、この操作はベンダーのクライアントツールで行います。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="337"/>
        <source>Importing needs the model_owner role (granted by the extension owner).</source>
        <translation>インポートには model_owner ロール (拡張機能の所有者が付与) が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="342"/>
        <source>Loading and unloading need the system_administrator role or the extension owner.</source>
        <translation>ロードとアンロードには system_administrator ロールか、拡張機能の所有者であることが必要です。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="369"/>
        <source>Another model task is running; try again when it has finished.</source>
        <translation>別のモデル操作を実行中です。終了してからもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="385"/>
        <source>%1 “%2”…</source>
        <translation>%1「%2」…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="403"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="422"/>
        <source>Model “%1” imported (%2) as pgx_inference.%3(text); you own it. Grant its use to let others run it.</source>
        <translation>モデル「%1」(%2) を pgx_inference.%3(text) としてインポートしました。所有者はあなたです。他のロールが実行できるようにするには使用権を付与してください。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="425"/>
        <source>Model “%1” loaded.</source>
        <translation>モデル「%1」をロードしました。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="426"/>
        <source>Model “%1” unloaded.</source>
        <translation>モデル「%1」をアンロードしました。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="427"/>
        <source>Model “%1” deleted, with its function and file.</source>
        <translation>モデル「%1」を、その関数とファイルとともに削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="428"/>
        <source>Metadata of model “%1” updated.</source>
        <translation>モデル「%1」のメタデータを更新しました。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="429"/>
        <source>File of model “%1” replaced.</source>
        <translation>モデル「%1」のファイルを置き換えました。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="430"/>
        <source>File of model “%1” saved to %2.</source>
        <translation>モデル「%1」のファイルを %2 に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="436"/>
        <source>%1 of “%2” cancelled; nothing was changed.</source>
        <translation>%1「%2」をキャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="476"/>
        <source>Model “%1” is loaded; the extension refuses to delete a loaded model. Unload it first.</source>
        <translation>モデル「%1」はロードされています。拡張機能はロード済みのモデルを削除できません。先にアンロードしてください。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="477"/>
        <source>Delete model “%1”, its function pgx_inference.%2(text) and its file? Roles granted its use lose it.</source>
        <translation>モデル「%1」、その関数 pgx_inference.%2(text)、およびファイルを削除しますか? 使用権を付与されたロールはその権限を失います。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="483"/>
        <source>Delete model</source>
        <translation>モデルの削除</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="496"/>
        <source>Metadata of %1</source>
        <translation>%1 のメタデータ</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="496"/>
        <source>A JSON object:</source>
        <translation>JSON オブジェクト:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="504"/>
        <source>The metadata of “%1” was not changed: it must be a JSON object (%2).</source>
        <translation>「%1」のメタデータは変更されていません: JSON オブジェクトでなければなりません (%2)。</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="505"/>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="516"/>
        <source>New file for %1</source>
        <translation>%1 の新しいファイル</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="517"/>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX モデル (*.onnx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="527"/>
        <source>Save the file of %1</source>
        <translation>%1 のファイルの保存</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="528"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX モデル (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="562"/>
        <source>Grant use of %1</source>
        <translation>%1 の使用権の付与</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="563"/>
        <source>Role that may use model “%1”:</source>
        <translation>モデル「%1」を使用できるロール:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="566"/>
        <source>Grant use of model %1 to %2</source>
        <translation>%2 にモデル %1 の使用権を付与</translation>
    </message>
    <message>
        <location filename="../ui/models/modelspage.cpp" line="577"/>
        <source>pgx_inference_ce installed.</source>
        <translation>pgx_inference_ce をインストールしました。</translation>
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
        <translation>システムのキーチェーンは無効になっています。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="156"/>
        <source>No password is kept in the keychain for &quot;%1&quot;.</source>
        <translation>「%1」のパスワードはキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="160"/>
        <source>Access to the system keychain was denied.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="164"/>
        <source>No system keychain is available.</source>
        <translation>利用できるシステムのキーチェーンがありません。</translation>
    </message>
    <message>
        <location filename="../src/store/passwordvault.cpp" line="167"/>
        <source>The system keychain reported an error.</source>
        <translation>システムのキーチェーンがエラーを報告しました。</translation>
    </message>
</context>
<context>
    <name>roledesk::PendingChangesDock</name>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="66"/>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="85"/>
        <source>Pending changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="95"/>
        <source>SQL preview</source>
        <translation>SQL プレビュー</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="98"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="99"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="112"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="114"/>
        <source>Remove the selected changes from the plan</source>
        <translation>選択した変更をプランから削除</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="117"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="120"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="121"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="123"/>
        <source>Remove every pending change (can be undone)</source>
        <translation>保留中の変更をすべて削除 (元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="132"/>
        <source>&amp;Copy SQL</source>
        <translation>SQL をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="134"/>
        <source>&amp;Save as .sql…</source>
        <translation>.sql として保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="136"/>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="138"/>
        <source>Run the plan in one transaction on the database</source>
        <translation>データベース上で 1 つのトランザクションとしてプランを実行</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="148"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="206"/>
        <source>No pending changes. Right-click a matrix cell to grant or revoke.</source>
        <translation>保留中の変更はありません。マトリクスのセルを右クリックして付与または取り消しを行います。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="207"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="208"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="247"/>
        <source>Remove %n pending change(s)</source>
        <translation>
            <numerusform>保留中の変更 %n 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="252"/>
        <source>Save the plan as SQL</source>
        <translation>プランを SQL として保存</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="255"/>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL スクリプト (*.sql)</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="268"/>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="271"/>
        <source>Saved the plan to %1.</source>
        <translation>プランを %1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="281"/>
        <source>Apply the plan</source>
        <translation>プランの適用</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="282"/>
        <source>Run %n statement(s) in one transaction on database %1 as %2?</source>
        <translation>
            <numerusform>データベース %1 上で %2 として、%n 文を 1 つのトランザクションで実行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="286"/>
        <source>RoleDesk first checks that nothing the plan touches changed since the snapshot. If any statement fails, nothing is applied.</source>
        <translation>RoleDesk はまず、プランが扱う対象がスナップショット以降に変更されていないことを確認します。いずれかの文が失敗した場合、何も適用されません。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="288"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="295"/>
        <source>The plan cannot be applied now (a load is running).</source>
        <translation>現在プランを適用できません (読み込み中です)。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="302"/>
        <source>Applying %v of %m</source>
        <translation>%v / %m を適用中</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="316"/>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="318"/>
        <source>Hint: %1</source>
        <translation>ヒント: %1</translation>
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
            <numerusform>%n 文を %1 ms で適用しました。最新のスナップショットにすべての変更が反映されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesdock.cpp" line="336"/>
        <source>Applied, but the fresh snapshot differs from the plan in %n place(s): %1</source>
        <translation>
            <numerusform>適用しましたが、最新のスナップショットはプランと %n 箇所で異なります: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="344"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: 変更前 %2、現在 %3</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="346"/>
        <source>Nothing was applied: the database changed since the snapshot (%1). The matrix now shows the current state; the plan is still pending.</source>
        <translation>何も適用されませんでした: スナップショット以降にデータベースが変更されています (%1)。マトリクスには現在の状態が表示されています。プランは保留中のままです。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="354"/>
        <source>Nothing was applied: %1 failed on %2: %3</source>
        <translation>何も適用されませんでした: %2 で %1 が失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="359"/>
        <source>Apply cancelled; nothing was applied. The plan is still pending.</source>
        <translation>適用をキャンセルしました。何も適用されていません。プランは保留中のままです。</translation>
    </message>
    <message>
        <location filename="../ui/changes/pendingchangesdock.cpp" line="363"/>
        <source>The connection was lost while applying; the transaction did not commit and nothing was applied. The plan is still pending: %1</source>
        <translation>適用中に接続が切断されました。トランザクションはコミットされず、何も適用されていません。プランは保留中のままです: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::PendingChangesModel</name>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="19"/>
        <source>sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="20"/>
        <source>functions</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="21"/>
        <source>types</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="22"/>
        <source>schemas</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="23"/>
        <source>tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="51"/>
        <source>Grant %1 on %2 to %3 with grant option</source>
        <translation>%2 に対する %1 を WITH GRANT OPTION 付きで %3 に付与</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="51"/>
        <source>Grant %1 on %2 to %3</source>
        <translation>%2 に対する %1 を %3 に付与</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="55"/>
        <source>Revoke the grant option for %1 on %2 from %3</source>
        <translation>%3 から %2 に対する %1 の権限付与オプションを取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="56"/>
        <source>Revoke %1 on %2 from %3</source>
        <translation>%3 から %2 に対する %1 を取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="59"/>
        <source>(granted by %1)</source>
        <translation>(%1 により付与)</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="61"/>
        <source>and the grants made with it</source>
        <translation>およびそれにより行われた付与</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="65"/>
        <source>Make %1 a member of %2 with admin option</source>
        <translation>%1 を ADMIN OPTION 付きで %2 のメンバーにする</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="65"/>
        <source>Make %1 a member of %2</source>
        <translation>%1 を %2 のメンバーにする</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="69"/>
        <source>Take the admin option of %1 on %2</source>
        <translation>%2 に対する %1 の ADMIN OPTION を取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="69"/>
        <source>Remove %1 from %2</source>
        <translation>%1 を %2 から外す</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="72"/>
        <source>Create role %1</source>
        <translation>ロール %1 を作成</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="75"/>
        <source>Rename role %1 to %2</source>
        <translation>ロール %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="77"/>
        <source>Alter role %1 and rename it to %2</source>
        <translation>ロール %1 を変更し、名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="78"/>
        <source>Alter role %1</source>
        <translation>ロール %1 を変更</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="82"/>
        <source>Drop role %1 (its objects go to %2)</source>
        <translation>ロール %1 を削除 (所有オブジェクトは %2 へ移譲)</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="83"/>
        <source>Drop role %1</source>
        <translation>ロール %1 を削除</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="86"/>
        <source>in every schema</source>
        <translation>すべてのスキーマ</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="86"/>
        <source>in schema %1</source>
        <translation>スキーマ %1</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="87"/>
        <source>By default grant %1 on new %2 of %3 %4 to %5</source>
        <translation>%3 が %4 に作成する新しい %2 に対する %1 を、デフォルトで %5 に付与</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="88"/>
        <source>By default revoke %1 on new %2 of %3 %4 from %5</source>
        <translation>%3 が %4 に作成する新しい %2 に対する %1 を、デフォルトで %5 から取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="92"/>
        <source>system administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="93"/>
        <source>model owner</source>
        <translation>モデル所有者</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="94"/>
        <source>Make %1 a %2 (pgx_inference model role)</source>
        <translation>%1 を %2 にする (pgx_inference のモデルロール)</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="95"/>
        <source>Take the %2 model role (pgx_inference) from %1</source>
        <translation>%1 から %2 のモデルロール (pgx_inference) を取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="101"/>
        <source>Add %1 to schema group %2</source>
        <translation>%1 をスキーマグループ %2 に追加</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="103"/>
        <source>Remove %1 from schema group %2</source>
        <translation>%1 をスキーマグループ %2 から外す</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="105"/>
        <source>Create user %1</source>
        <translation>ユーザー %1 を作成</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="106"/>
        <source>Create user %1 in schema group %2</source>
        <translation>スキーマグループ %2 にユーザー %1 を作成</translation>
    </message>
    <message>
        <location filename="../src/models/pendingchangesmodel.cpp" line="108"/>
        <source>Rename schema %1 and its groups to %2</source>
        <translation>スキーマ %1 とそのグループの名前を %2 に変更</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonCommand</name>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="36"/>
        <source>login %1 (%2)</source>
        <translation>ログイン %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="38"/>
        <source>no such role in this database&apos;s catalog</source>
        <translation>このデータベースのカタログにこのロールはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="39"/>
        <source>attributes: %1</source>
        <translation>属性: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="40"/>
        <source>may connect: yes, %1</source>
        <translation>接続可: はい、%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="40"/>
        <source>may connect: no</source>
        <translation>接続可: いいえ</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="53"/>
        <source>[admin option]</source>
        <translation>[ADMIN OPTION 付き]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="55"/>
        <source>[not inherited: SET ROLE only]</source>
        <translation>[継承なし: SET ROLE のみ]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="58"/>
        <source>memberships:</source>
        <translation>メンバーシップ:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="62"/>
        <location filename="../app/cli/cliperson.cpp" line="96"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="64"/>
        <source>schema groups:</source>
        <translation>スキーマグループ:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="68"/>
        <source>model roles:</source>
        <translation>モデルロール:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="71"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="72"/>
        <source>models it may use:</source>
        <translation>使用可能なモデル:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="75"/>
        <source>%1 on %2 %3%4: %5</source>
        <translation>%2 %3 に対する %1%4: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="77"/>
        <source>[grantable]</source>
        <translation>[付与可能]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="78"/>
        <source>rights:</source>
        <translation>権限:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="80"/>
        <source>rights: none of its own</source>
        <translation>権限: 自身の権限なし</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="82"/>
        <source>rights through PUBLIC alone, not listed: %1</source>
        <translation>PUBLIC のみを通じた権限 (一覧には含めない): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="84"/>
        <source>rights through SUPERUSER alone, not listed: %1</source>
        <translation>SUPERUSER のみを通じた権限 (一覧には含めない): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="90"/>
        <source>person %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="91"/>
        <source>person %1 (%2)</source>
        <translation>ユーザー %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="92"/>
        <source>platform roles:</source>
        <translation>プラットフォームロール:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="94"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="98"/>
        <source>logins:</source>
        <translation>ログイン:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="100"/>
        <source>none: this person has no database login</source>
        <translation>なし: このユーザーにはデータベースログインがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="104"/>
        <source>problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="106"/>
        <source>database %1</source>
        <translation>データベース %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="108"/>
        <source>not read: %1</source>
        <translation>未読み取り: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="110"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="121"/>
        <source>Show one person across every layer: platform roles (manual or which rule), the database logins that are theirs (the platform file&apos;s &quot;logins&quot;), and for each login its attributes, memberships, schema groups, model roles, the models it may use, whether it may connect, and its rights on objects, each with its lineage. Rights that only PUBLIC or SUPERUSER gives are counted, not listed. Exit 0; 1 when a login of the person is matched by another person too; 4 when no database could be read. A database the login may not connect to is reported and the rest still shown.</source>
        <translation>1 人のユーザーをすべてのレイヤーにわたって表示します: プラットフォームロール (手動か、どのルールによるか)、そのユーザーのデータベースログイン (プラットフォームファイルの &quot;logins&quot;)、各ログインの属性、メンバーシップ、スキーマグループ、モデルロール、使用可能なモデル、接続可否、オブジェクトに対する権限 (それぞれ経路付き)。PUBLIC または SUPERUSER だけが与える権限は件数のみ示し、一覧表示しません。終了コード 0。そのユーザーのログインが別のユーザーにも一致する場合は 1、どのデータベースも読み込めなかった場合は 4。ログインが接続できないデータベースは報告され、残りは引き続き表示されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="131"/>
        <source>Read every database of the server the login can see, not only the connected one.</source>
        <translation>接続中のデータベースだけでなく、ログインから見えるサーバーのすべてのデータベースを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="133"/>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text (デフォルト) または json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="135"/>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation>標準出力の代わりに FILE に書き込みます (完了時にのみ置き換えます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="137"/>
        <source>The person&apos;s id or display name.</source>
        <translation>ユーザーの ID または表示名。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="145"/>
        <source>give exactly one person</source>
        <translation>ユーザーを 1 人だけ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="147"/>
        <source>--platform-file is required: it says who the person is and which logins are theirs</source>
        <translation>--platform-file が必要です: ユーザーが誰で、どのログインがそのユーザーのものかを示します</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="163"/>
        <source>warning: %1 has no &quot;logins&quot; section: no login is anybody&apos;s</source>
        <translation>警告: %1 に &quot;logins&quot; セクションがありません: どのログインも誰のものでもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="171"/>
        <source>interrupted; nothing was written</source>
        <translation>中断されました。何も書き込まれていません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="184"/>
        <source>could not list the server&apos;s databases: %1</source>
        <translation>サーバーのデータベース一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliperson.cpp" line="205"/>
        <source>reading database %1 of %2: %3</source>
        <translation>データベースを読み込み中 (%1 / %2): %3</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonLayersModel</name>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="53"/>
        <source>Not in this database&apos;s catalog</source>
        <translation>このデータベースのカタログにありません</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="56"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>may connect</source>
        <translation>接続可</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="57"/>
        <source>may not connect</source>
        <translation>接続不可</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="60"/>
        <source>Memberships</source>
        <translation>メンバーシップ</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="61"/>
        <location filename="../src/models/personlayersmodel.cpp" line="70"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 個のグループ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="65"/>
        <source>SET ROLE only</source>
        <translation>SET ROLE のみ</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="67"/>
        <source>with ADMIN OPTION</source>
        <translation>ADMIN OPTION 付き</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="70"/>
        <source>Schema groups</source>
        <translation>スキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="73"/>
        <source>%1 of schema %2</source>
        <translation>スキーマ %2 の %1</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="76"/>
        <source>Model roles</source>
        <translation>モデルロール</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="76"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 個のロール</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="79"/>
        <source>Models usable</source>
        <translation>使用可能なモデル</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="79"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n モデル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="83"/>
        <source>%n right(s) in the table</source>
        <translation>
            <numerusform>表内の権限 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="85"/>
        <source>; %n more through PUBLIC only</source>
        <translation>
            <numerusform>、ほかに PUBLIC のみ経由で %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="87"/>
        <source>; %n more as superuser only</source>
        <translation>
            <numerusform>、ほかにスーパーユーザーとしてのみ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="88"/>
        <source>Rights on objects</source>
        <translation>オブジェクトに対する権限</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/personlayersmodel.cpp" line="98"/>
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n 個のログイン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="102"/>
        <source>Catalog not fully read</source>
        <translation>カタログを完全には読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="107"/>
        <source>not read: the sweep was cancelled</source>
        <translation>未読み取り: 読み取りがキャンセルされました</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="173"/>
        <source>Database, login, layer</source>
        <translation>データベース、ログイン、レイヤー</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="174"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../src/models/personlayersmodel.cpp" line="175"/>
        <source>Through</source>
        <translation>経由</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonLogins</name>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="52"/>
        <source>same name</source>
        <translation>同じ名前</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="57"/>
        <source>pattern %1</source>
        <translation>パターン %1</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="63"/>
        <source>listed (line %1)</source>
        <translation>リストに記載 (%1 行目)</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="65"/>
        <source>the logins of %1 name the role &quot;%2&quot;, which does not exist (line %3)</source>
        <translation>%1 のログインがロール「%2」を指定していますが、このロールは存在しません (%3 行目)</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="79"/>
        <source>the logins listed for %1 (line %2) belong to nobody the platform knows</source>
        <translation>%1 に記載されたログイン (%2 行目) は、プラットフォームが認識しているどのユーザーにも属しません</translation>
    </message>
    <message>
        <location filename="../src/lint/personlogins.cpp" line="84"/>
        <source>the login %1 is matched by %2 people: %3</source>
        <translation>ログイン %1 は %2 人のユーザーに一致します: %3</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonPage</name>
    <message>
        <location filename="../ui/people/personpage.cpp" line="65"/>
        <source>&amp;Read every database</source>
        <translation>すべてのデータベースを読み込む(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="66"/>
        <source>C&amp;ancel</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="71"/>
        <source>Open plat&amp;form file…</source>
        <translation>プラットフォームファイルを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="101"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="102"/>
        <source>Reading database %1 (%2 of %3)…</source>
        <translation>データベース %1 を読み込み中 (%2 / %3)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="134"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="136"/>
        <source>This database</source>
        <translation>このデータベース</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="137"/>
        <source>Every database of the server</source>
        <translation>サーバーのすべてのデータベース</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="138"/>
        <source>This database: the connected database&apos;s snapshot. Every database: each database of the server read once, in turn, with the same login.</source>
        <translation>このデータベース: 接続中のデータベースのスナップショット。すべてのデータベース: サーバーの各データベースを同じログインで 1 つずつ順に 1 回読み込みます。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="141"/>
        <source>Read the catalog of every database of the server again</source>
        <translation>サーバーのすべてのデータベースのカタログを再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="143"/>
        <source>Stop reading; the databases read so far stay shown</source>
        <translation>読み込みを停止します。ここまでに読み込んだデータベースは表示されたままです</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="148"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="160"/>
        <source>Written to %1.</source>
        <translation>%1 に書き込みました。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="163"/>
        <source>Person as &amp;JSON…</source>
        <translation>ユーザーを JSON として(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="164"/>
        <source>Export person</source>
        <translation>ユーザーをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="164"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="166"/>
        <source>Rights table as &amp;CSV…</source>
        <translation>権限テーブルを CSV として(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="167"/>
        <source>Export rights</source>
        <translation>権限をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="167"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="179"/>
        <source>Platform roles of the person</source>
        <translation>ユーザーのプラットフォームロール</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="183"/>
        <source>Logins and their layers, per database</source>
        <translation>データベースごとのログインとそのレイヤー</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="193"/>
        <source>Effective rights on objects</source>
        <translation>オブジェクトに対する実効権限</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="203"/>
        <source>Filter: object, privilege, login, through… (every word must match)</source>
        <translation>フィルター: オブジェクト、権限、ログイン、経由… (すべての語が一致する必要があります)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="206"/>
        <source>Database of the rights shown</source>
        <translation>表示する権限のデータベース</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="212"/>
        <source>Per&amp;son:</source>
        <translation>ユーザー(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="214"/>
        <source>S&amp;cope:</source>
        <translation>スコープ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="243"/>
        <source>Pla&amp;tform roles</source>
        <translation>プラットフォームロール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="248"/>
        <source>Logins and their la&amp;yers, per database</source>
        <translation>データベースごとのログインとそのレイヤー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="259"/>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="264"/>
        <source>Effective rights on ob&amp;jects</source>
        <translation>オブジェクトに対する実効権限(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="444"/>
        <location filename="../ui/people/personpage.cpp" line="449"/>
        <source>the login chosen</source>
        <translation>選択したログイン</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="480"/>
        <source>Every database</source>
        <translation>すべてのデータベース</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="507"/>
        <source>Reading was cancelled: %n database(s) not read; what is shown is incomplete.</source>
        <translation>
            <numerusform>読み込みはキャンセルされました: %n 個のデータベースが未読み取りのため、表示内容は不完全です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="521"/>
        <source>Choose a person to see their platform roles, logins and rights.</source>
        <translation>ユーザーを選択すると、そのプラットフォームロール、ログイン、権限が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="527"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="530"/>
        <source>in database %1</source>
        <translation>データベース %1 内</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="531"/>
        <source>no database connected</source>
        <translation>データベースに接続していません</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="533"/>
        <source>reading every database…</source>
        <translation>すべてのデータベースを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="535"/>
        <source>in %n of %1 database(s) read</source>
        <translation>
            <numerusform>読み込み済みのデータベース %n / %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="538"/>
        <source>%1: %n right(s) on objects, %2.</source>
        <translation>
            <numerusform>%1: オブジェクトに対する権限 %n 件、%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="539"/>
        <source>%1: %n platform role grant(s), %2 login(s), %3 right(s) on objects, %4.</source>
        <translation>
            <numerusform>%1: プラットフォームロールの付与 %n 件、ログイン %2 個、オブジェクトに対する権限 %3 件、%4。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="562"/>
        <source>No platform file is open: each login role is shown as a person of one login. Open one (Database ▸ Open platform file…) to see people, their platform roles and the logins its mapping gives them.</source>
        <translation>プラットフォームファイルが開かれていません: 各ログインロールを、ログインを 1 つ持つユーザーとして表示しています。ユーザー、そのプラットフォームロール、およびマッピングによって割り当てられるログインを表示するには、プラットフォームファイルを開いてください (データベース ▸ プラットフォームファイルを開く…)。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="565"/>
        <source>Open a platform file (Database ▸ Open platform file…) to choose a person, or connect to a database to choose a login.</source>
        <translation>ユーザーを選択するにはプラットフォームファイルを開き (データベース ▸ プラットフォームファイルを開く…)、ログインを選択するにはデータベースに接続してください。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="568"/>
        <source>Connect to a database to see the person&apos;s logins and their rights.</source>
        <translation>ユーザーのログインとその権限を表示するには、データベースに接続してください。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="581"/>
        <location filename="../ui/people/personpage.cpp" line="597"/>
        <source>Choose a person first.</source>
        <translation>先にユーザーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/people/personpage.cpp" line="590"/>
        <location filename="../ui/people/personpage.cpp" line="603"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonProfileBuilder</name>
    <message>
        <location filename="../src/people/personprofile.cpp" line="176"/>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="178"/>
        <source>rule &quot;%1&quot;</source>
        <translation>ルール「%1」</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="180"/>
        <source>rule &quot;%1&quot; via %2</source>
        <translation>ルール「%1」、%2 経由</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="187"/>
        <source>%1 has no database login: no login mapping of the platform file matches a role</source>
        <translation>%1 にはデータベースのログインがありません: プラットフォームファイルのどのログインマッピングもロールに一致しません</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="191"/>
        <source>login &quot;%1&quot; is matched by more than one person: %2</source>
        <translation>ログイン「%1」が複数のユーザーに一致しています: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonRightsModel</name>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="78"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="78"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="89"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="90"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="91"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="92"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="93"/>
        <source>Privilege</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="94"/>
        <source>Grantable</source>
        <translation>付与可能</translation>
    </message>
    <message>
        <location filename="../src/models/personrightsmodel.cpp" line="95"/>
        <source>Through</source>
        <translation>経由</translation>
    </message>
</context>
<context>
    <name>roledesk::PersonText</name>
    <message>
        <location filename="../src/people/personprofile.cpp" line="223"/>
        <source>connection limit %1</source>
        <translation>接続数上限 %1</translation>
    </message>
    <message>
        <location filename="../src/people/personprofile.cpp" line="225"/>
        <source>valid until %1</source>
        <translation>有効期限 %1</translation>
    </message>
</context>
<context>
    <name>roledesk::PlanApplier</name>
    <message>
        <location filename="../src/plan/applier.cpp" line="79"/>
        <source>The apply was cancelled.</source>
        <translation>適用がキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="83"/>
        <source>conflict check</source>
        <translation>競合チェック</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="104"/>
        <source>This plan was made for database %1 (server %2) but the connection is to database %3 (server %4); nothing was applied.</source>
        <translation>このプランはデータベース %1 (サーバー %2) 用に作られましたが、接続先はデータベース %3 (サーバー %4) です。何も適用されていません。</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="108"/>
        <source>database identity</source>
        <translation>データベースの識別</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="159"/>
        <source>standard_conforming_strings is off in this session; RoleDesk applies nothing where it is off.</source>
        <translation>このセッションでは standard_conforming_strings がオフです。オフの場合、RoleDesk は何も適用しません。</translation>
    </message>
    <message>
        <location filename="../src/plan/applier.cpp" line="161"/>
        <source>session settings</source>
        <translation>セッション設定</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="214"/>
        <source>(not a member)</source>
        <translation>(メンバーではない)</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="221"/>
        <source>granted by %1, with admin option</source>
        <translation>%1 により ADMIN OPTION 付きで付与</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="221"/>
        <source>granted by %1</source>
        <translation>%1 により付与</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="314"/>
        <location filename="../src/plan/conflictcheck.cpp" line="374"/>
        <source>(no privileges)</source>
        <translation>(権限なし)</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="375"/>
        <source>(does not exist)</source>
        <translation>(存在しない)</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="412"/>
        <source>a new object of that name: %1</source>
        <translation>同じ名前の新しいオブジェクト: %1</translation>
    </message>
    <message>
        <location filename="../src/plan/conflictcheck.cpp" line="458"/>
        <source>(built-in defaults)</source>
        <translation>(組み込みのデフォルト)</translation>
    </message>
</context>
<context>
    <name>roledesk::PlanImpactModel</name>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="54"/>
        <source>%1 (with grant option)</source>
        <translation>%1 (付与オプション付き)</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="81"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="82"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="83"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="84"/>
        <source>Privilege</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="85"/>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../src/models/planimpactmodel.cpp" line="86"/>
        <source>Through</source>
        <translation>経由</translation>
    </message>
</context>
<context>
    <name>roledesk::PlanImpactView</name>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="31"/>
        <source>Impact of the pending changes</source>
        <translation>保留中の変更の影響</translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="40"/>
        <location filename="../ui/changes/planimpactview.cpp" line="89"/>
        <source>No pending changes.</source>
        <translation>保留中の変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="70"/>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../ui/changes/planimpactview.cpp" line="96"/>
        <source>Computing the impact…</source>
        <translation>影響を計算しています…</translation>
    </message>
</context>
<context>
    <name>roledesk::Planner</name>
    <message>
        <location filename="../src/policy/planner.cpp" line="116"/>
        <source>%1: role %2 does not exist and the file does not create it</source>
        <translation>%1: ロール %2 は存在せず、ファイルでも作成されません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="146"/>
        <source>role %1 does not exist</source>
        <translation>ロール %1 は存在しません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="180"/>
        <source>role %1 differs in %2</source>
        <translation>ロール %1 は %2 が異なります</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="190"/>
        <source>role %1 is not in the file but is kept: it is the bootstrap superuser or the current user</source>
        <translation>ロール %1 はファイルにありませんが、ブートストラップスーパーユーザーまたは現在のユーザーであるため維持されます</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="196"/>
        <source>role %1 is not in the file (it will be dropped)</source>
        <translation>ロール %1 はファイルにありません (削除されます)</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="217"/>
        <source>%1: membership of %2 in %3 is outside the scope and left alone</source>
        <translation>%1: %2 の %3 へのメンバーシップはスコープ外のため変更しません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="222"/>
        <source>%1: membership of %2 in %3 is governed by schema_groups; member_of leaves it alone</source>
        <translation>%1: %3 における %2 のメンバーシップは schema_groups で管理されます。member_of では変更しません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="235"/>
        <source>%1 is not a member of %2</source>
        <translation>%1 は %2 のメンバーではありません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="238"/>
        <source>%1 lacks the admin option on %2</source>
        <translation>%1 は %2 に対する ADMIN OPTION を持っていません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="241"/>
        <source>%1 has the admin option on %2 beyond the file</source>
        <translation>%1 はファイルにない %2 に対する ADMIN OPTION を持っています</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="249"/>
        <source>%1 is a member of %2 beyond the file</source>
        <translation>%1 はファイルにない %2 のメンバーシップを持っています</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="262"/>
        <source>%1: database %2 is not the database connected to (%3); its grants are left alone</source>
        <translation>%1: データベース %2 は接続中のデータベース (%3) ではないため、その付与は変更しません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="269"/>
        <source>%1 %2 does not exist (the file grants %3 on it to %4)</source>
        <translation>%1 %2 は存在しません (ファイルはこれに対する %3 を %4 に付与しています)</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="382"/>
        <source>%1 has %2 on %3 %4 beyond the file</source>
        <translation>%1 はファイルにない %3 %4 に対する %2 を持っています</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="386"/>
        <source>%1 can grant %2 on %3 %4; the file says it cannot</source>
        <translation>%1 は %3 %4 に対する %2 を付与できますが、ファイルでは付与できないことになっています</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="436"/>
        <source>%1 lacks %2 on %3 %4</source>
        <translation>%1 は %3 %4 に対する %2 を持っていません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="440"/>
        <source>%1 cannot grant %2 on %3 %4; the file says it can</source>
        <translation>%1 は %3 %4 に対する %2 を付与できませんが、ファイルでは付与できることになっています</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="522"/>
        <source>new %1 of %2</source>
        <translation>%2 の新しい %1</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="523"/>
        <source>new %1 of %2 in schema %3</source>
        <translation>スキーマ %3 内の %2 の新しい %1</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="533"/>
        <source>%1 lacks default %2 on %3</source>
        <translation>%1 は %3 に対するデフォルトの %2 を持っていません</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="536"/>
        <source>%1 has default %2 on %3 beyond the file</source>
        <translation>%1 はファイルにない %3 に対するデフォルトの %2 を持っています</translation>
    </message>
    <message>
        <location filename="../src/policy/planner.cpp" line="539"/>
        <source>%1: the grant option of default %2 on %3 differs</source>
        <translation>%1: %3 に対するデフォルトの %2 の権限付与オプションが異なります</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformAssignmentDialog</name>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="46"/>
        <source>Add role assignment</source>
        <translation>ロールの割り当てを追加</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="46"/>
        <source>Change role assignment</source>
        <translation>ロールの割り当てを変更</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="59"/>
        <source>&amp;Person:</source>
        <translation>ユーザー(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="60"/>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="61"/>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="62"/>
        <source>Only roles of the chosen scope are offered; roles for machine users only appear for machine users.</source>
        <translation>選択したスコープのロールのみが表示されます。マシンユーザー専用のロールはマシンユーザーにのみ表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformAssignmentModel</name>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="43"/>
        <source>line %1 of the platform file</source>
        <translation>プラットフォームファイルの %1 行目</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="60"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="61"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../src/models/platformassignmentmodel.cpp" line="62"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformCommand</name>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="59"/>
        <source>%1 (%L2 entries read)</source>
        <translation>%1 (%L2 件のエントリを読み込み済み)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="122"/>
        <source>cannot read the password file %1: %2</source>
        <translation>パスワードファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="130"/>
        <source>the password file %1 is empty</source>
        <translation>パスワードファイル %1 が空です</translation>
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
        <translation>使い方: %1 platform &lt;subcommand&gt; [options]

プラットフォームのロール (EDB Hybrid Manager): 誰がどのロールと権限を、どのスコープで、なぜ保持しているかを、
プラットフォームファイル (YAML: 組織、プロジェクト、ユーザー、手動の割り当て、ロールマッピングルール) と、
必要に応じてユーザーとグループのディレクトリ (インポートファイルまたは LDAP) から調べます。

サブコマンド (それぞれに --help があります):
  who-can PERMISSION   権限を保持しているのは誰か (--project 内、またはいずれかのスコープで) とその理由
  what-can PERSON      ユーザーがスコープごとに何をできるかとその理由
  evaluate             すべてのロール付与: 手動の割り当てと各ルールが与えるもの
  check                期待値ファイルと比較。差分があれば終了コード 1 (CI 向け)
  roles                プラットフォームのロール × 権限のマトリクス

例:
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
        <translation>不明なサブコマンド「%1」です (%2 のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="195"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="197"/>
        <source>Output format: text (default), csv or json.</source>
        <translation>出力形式: text (デフォルト)、csv、json。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="200"/>
        <source>Write to FILE instead of standard output (a regular file is replaced only when complete).</source>
        <translation>標準出力の代わりに FILE に書き込みます (通常のファイルは完了時にのみ置き換えます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="205"/>
        <source>The platform file (YAML): organization, projects, people, assignments, rules.</source>
        <translation>プラットフォームファイル (YAML): 組織、プロジェクト、ユーザー、割り当て、ルール。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="208"/>
        <source>Read people and groups from this import file (CSV: id,name,kind,groups; or JSON) instead of the directory the platform file names.</source>
        <translation>プラットフォームファイルが指定するディレクトリの代わりに、このインポートファイル (CSV: id,name,kind,groups、または JSON) からユーザーとグループを読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="211"/>
        <source>Read people and groups from the LDAP directory of the platform file&apos;s &quot;directory: ldap:&quot; section. The bind password comes from the environment variable %1 or --password-file, never from the command line.</source>
        <translation>プラットフォームファイルの「directory: ldap:」セクションの LDAP ディレクトリからユーザーとグループを読み込みます。バインドパスワードは環境変数 %1 または --password-file から取得し、コマンドラインからは決して取得しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="215"/>
        <source>--ldap: this server instead of the file&apos;s (ldap://host:port or ldaps://host:port).</source>
        <translation>--ldap: ファイルで指定されたサーバーの代わりにこのサーバーを使用します (ldap://host:port または ldaps://host:port)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="217"/>
        <source>--ldap: bind as this DN instead of the file&apos;s (empty: anonymous).</source>
        <translation>--ldap: ファイルで指定された DN の代わりにこの DN としてバインドします (空の場合: 匿名)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="218"/>
        <source>--ldap: search below this DN instead of the file&apos;s.</source>
        <translation>--ldap: ファイルで指定された DN の代わりにこの DN の下を検索します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="219"/>
        <source>--ldap: CA certificate file for ldaps:// and StartTLS (default: the file&apos;s ca_file, else the system&apos;s).</source>
        <translation>--ldap: ldaps:// と StartTLS 用の CA 証明書ファイル (デフォルト: ファイルの ca_file、なければシステムのもの)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="221"/>
        <source>--ldap: read the bind password from the first line of FILE.</source>
        <translation>--ldap: バインドパスワードを FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="223"/>
        <source>The identity provider the directory&apos;s people sign in through (default: the file&apos;s directory provider).</source>
        <translation>ディレクトリのユーザーがサインインに使用する IDプロバイダー (デフォルト: ファイルのディレクトリのプロバイダー)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="226"/>
        <source>Show the LDAP read&apos;s progress on standard error even when it is not a terminal.</source>
        <translation>標準エラー出力が端末でなくても、LDAP の読み込みの進行状況を標準エラー出力に表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="227"/>
        <source>Never show progress (by default shown when standard error is a terminal).</source>
        <translation>進行状況を表示しません (デフォルトでは標準エラー出力が端末の場合に表示します)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="244"/>
        <source>missing argument: %1</source>
        <translation>引数が不足しています: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="246"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="250"/>
        <source>no platform file given (--file FILE)</source>
        <translation>プラットフォームファイルが指定されていません (--file FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="252"/>
        <source>--directory and --ldap cannot be used together</source>
        <translation>--directory と --ldap は同時に使用できません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="255"/>
        <source>--%1 needs --ldap</source>
        <translation>--%1 には --ldap が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="267"/>
        <source>unknown format &quot;%1&quot; (expected text, csv or json)</source>
        <translation>不明な形式「%1」(text、csv、json のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="285"/>
        <source>warning: %1 has no &quot;logins&quot; section: no login is anybody&apos;s</source>
        <translation>警告: %1 に &quot;logins&quot; セクションがありません: どのログインも誰のものでもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="289"/>
        <source>note: %1 names an LDAP directory, which this command does not read; only the file&apos;s people are taken into account</source>
        <translation>注記: %1 は LDAP ディレクトリを指定していますが、このコマンドは読み込みません。ファイル内のユーザーのみが対象になります</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="306"/>
        <location filename="../app/cli/cliplatform.cpp" line="379"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="308"/>
        <source>%1: unknown platform &quot;%2&quot; (known: %3)</source>
        <translation>%1: 不明なプラットフォーム「%2」(既知: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="335"/>
        <source>--ldap: %1 has no &quot;directory: ldap:&quot; section; give --ldap-url and --base-dn</source>
        <translation>--ldap: %1 に「directory: ldap:」セクションがありません。--ldap-url と --base-dn を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="345"/>
        <source>--ldap: no password to bind as %1: set the environment variable %2 or give --password-file FILE</source>
        <translation>--ldap: %1 としてバインドするためのパスワードがありません: 環境変数 %2 を設定するか、--password-file FILE を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="357"/>
        <source>interrupted while reading the directory; nothing was written</source>
        <translation>ディレクトリの読み込み中に中断されました。何も書き込まれていません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="362"/>
        <source>note: %1 names an LDAP directory, which is read only with --ldap; the answers know only the file&apos;s people</source>
        <translation>注意: %1 は LDAP ディレクトリを指定していますが、これは --ldap を指定した場合にのみ読み込まれます。結果にはファイル内のユーザーのみが反映されます</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="374"/>
        <source>the directory could not be read</source>
        <translation>ディレクトリを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="411"/>
        <source>problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="443"/>
        <source>unknown permission &quot;%1&quot; (run &quot;%2 platform roles&quot; to list them)</source>
        <translation>不明な権限「%1」(一覧は「%2 platform roles」で表示されます)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="444"/>
        <source>unknown permission &quot;%1&quot;; did you mean %2?</source>
        <translation>不明な権限「%1」です。%2 のことですか?</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="468"/>
        <source>&quot;%1&quot; names %2 people: %3; give the id</source>
        <translation>「%1」に該当するユーザーが %2 人います: %3。id を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="472"/>
        <source>unknown person &quot;%1&quot;: not in the platform file nor the directory</source>
        <translation>不明なユーザー「%1」: プラットフォームファイルにもディレクトリにもありません</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="473"/>
        <source>unknown person &quot;%1&quot;; did you mean %2?</source>
        <translation>不明なユーザー「%1」です。%2 のことですか?</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="482"/>
        <source>unknown project &quot;%1&quot; (the file&apos;s projects: %2)</source>
        <translation>不明なプロジェクト「%1」(ファイルのプロジェクト: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="484"/>
        <source>unknown project &quot;%1&quot;; did you mean %2?</source>
        <translation>不明なプロジェクト「%1」です。%2 のことですか?</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="506"/>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="508"/>
        <source>rule &quot;%1&quot;</source>
        <translation>ルール「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="509"/>
        <source>rule &quot;%1&quot; via %2</source>
        <translation>ルール「%1」、%2 経由</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatform.cpp" line="516"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="59"/>
        <source>expected a map with an &quot;expect:&quot; list of expectations</source>
        <translation>期待値のリスト「expect:」を持つマップが必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="64"/>
        <source>unknown key &quot;%1&quot; (expected expect)</source>
        <translation>不明なキー「%1」です (expect が必要です)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="68"/>
        <source>&quot;expect&quot; must be a list</source>
        <translation>「expect」はリストである必要があります</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="92"/>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>「%1」は空でないテキストである必要があります</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="102"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>「%1」はリストである必要があります</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="107"/>
        <source>each of &quot;%1&quot; must be a non-empty text</source>
        <translation>「%1」の各要素は空でないテキストである必要があります</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="141"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>不明なロール「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="142"/>
        <source>unknown role &quot;%1&quot;; did you mean %2?</source>
        <translation>不明なロール「%1」です。%2 のことですか?</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="144"/>
        <source>%1 is a project role: write &quot;%1@PROJECT&quot;</source>
        <translation>%1 はプロジェクトロールです: &quot;%1@PROJECT&quot; と記述してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="146"/>
        <source>%1 is an organization role: write it without &quot;@%2&quot;</source>
        <translation>%1 は組織ロールです: &quot;@%2&quot; を付けずに記述してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="159"/>
        <source>an expectation must be a map, e.g. {person: alice, can: &quot;Manage users&quot;}</source>
        <translation>期待値はマップでなければなりません。例: {person: alice, can: &quot;Manage users&quot;}</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="167"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なキー &quot;%1&quot; (%2 のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="173"/>
        <source>an expectation needs exactly one of can, cannot, holders and roles</source>
        <translation>期待値には can、cannot、holders、roles のうちちょうど 1 つが必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="182"/>
        <source>&quot;holders&quot; goes with &quot;permission&quot;, not &quot;person&quot;</source>
        <translation>&quot;holders&quot; は &quot;person&quot; ではなく &quot;permission&quot; と組み合わせます</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="183"/>
        <source>this expectation needs &quot;person&quot; (and no &quot;permission&quot;)</source>
        <translation>この期待値には &quot;person&quot; が必要です (&quot;permission&quot; は指定できません)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="190"/>
        <source>&quot;roles&quot; takes no &quot;project&quot;: write each role as &quot;ROLE@PROJECT&quot;</source>
        <translation>&quot;roles&quot; には &quot;project&quot; を指定できません: 各ロールを &quot;ROLE@PROJECT&quot; の形式で記述してください</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="218"/>
        <source>organization-wide</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="220"/>
        <source>in any scope</source>
        <translation>任意のスコープ</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="221"/>
        <source>in project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="246"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="256"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="340"/>
        <source>no role</source>
        <translation>ロールなし</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="254"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="268"/>
        <source>can</source>
        <translation>できる</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="255"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="271"/>
        <source>cannot</source>
        <translation>できない</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="258"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="268"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="271"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="307"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="341"/>
        <source>expected: %1</source>
        <translation>期待値: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="258"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="306"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="341"/>
        <source>actual:   %1</source>
        <translation>実際:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="269"/>
        <source>actual:   cannot; %1 holds %2</source>
        <translation>実際:   できない; %1 のロール: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="272"/>
        <source>actual:   can, through %1</source>
        <translation>実際:   できる (%1 による)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="283"/>
        <source>unknown:  %1</source>
        <translation>不明:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="301"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="305"/>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="309"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="327"/>
        <source>missing:  %1</source>
        <translation>不足:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="311"/>
        <location filename="../app/cli/cliplatformcheck.cpp" line="331"/>
        <source>extra:    %1</source>
        <translation>余分:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="350"/>
        <source>%1 can &quot;%2&quot; %3</source>
        <translation>%1 は &quot;%2&quot; ができる (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="352"/>
        <source>%1 cannot &quot;%2&quot; %3</source>
        <translation>%1 は &quot;%2&quot; ができない (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="354"/>
        <source>holders of &quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; の保持者 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="358"/>
        <source>roles of %1</source>
        <translation>%1 のロール</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="367"/>
        <source>Evaluate the platform file (against the directory, when one is given or named by the file) and compare it with an expectations file. Each expectation that does not hold is printed with the expected and the actual answer and why; exit 1 when any differs, 0 when all hold. The evaluation&apos;s problems go to standard error.</source>
        <translation>プラットフォームファイルを (ディレクトリが指定されているか、ファイルで指定されている場合はそのディレクトリに照らして) 評価し、期待値ファイルと比較します。満たされない期待値はそれぞれ、期待される回答と実際の回答、およびその理由とともに出力されます。差分が 1 つでもあれば終了コード 1、すべて満たされれば 0 で終了します。評価時の問題は標準エラー出力に出力されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="373"/>
        <source>The expectations file (YAML, see below).</source>
        <translation>期待値ファイル (YAML、下記参照)。</translation>
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
期待値ファイル:
  expect:
    - {person: alice, can: &quot;Assign project roles&quot;, project: ml}
    - {person: bob, cannot: &quot;Manage users&quot;}
    - {permission: &quot;Manage users&quot;, holders: [alice]}
    - {person: carol, roles: [&quot;Project Editor@analytics&quot;, &quot;Organization Administrator&quot;]}
can / cannot: ユーザーがプロジェクトでその権限を持つかどうか (組織全体の付与はすべてのプロジェクトで有効)。project がなければ組織全体、project が &quot;*&quot; なら任意のスコープ。holders: ちょうどこれらのユーザーがその権限を持つ (スコープは同じ)。roles: ちょうどこれらのロール (プロジェクトロールは ROLE@PROJECT)。ユーザーは ID または表示名で、権限とロールは名前または ID で指定します (大文字小文字を区別しない)。

例:
  %1 platform check --file acme.yaml --expect expect.yaml
  ROLEDESK_LDAP_PASSWORD=secret %1 platform check --file acme.yaml --ldap --expect expect.yaml
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="394"/>
        <source>no expectations file given (--expect FILE)</source>
        <translation>期待値ファイルが指定されていません (--expect FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformcheck.cpp" line="402"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformcheck.cpp" line="429"/>
        <source>%1: all %n expectation(s) of %2 hold
</source>
        <translation>
            <numerusform>%1: %2 の期待値 %n 件はすべて満たされています
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformcheck.cpp" line="433"/>
        <source>%1: %2 of %n expectation(s) of %3 differ
</source>
        <translation>
            <numerusform>%1: %3 の期待値 %n 件のうち %2 件が異なります
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="29"/>
        <source>
Columns (csv: %1): the person&apos;s id, display name and kind (human or machine), the permission, its scope (&quot;organization&quot;, or the project), the role that gives it, its source (&quot;manual&quot; or &quot;rule&quot;), the rule&apos;s name and the group path the rule matched through (&quot;data-eng &gt; staff&quot;). JSON: {&quot;definition&quot;, &quot;release&quot;, &quot;organization&quot;, &quot;question&quot;, ..., &quot;rows&quot;: [{the same, plus permission_id, role_id, project (null: organization) and via as a list}]}. An organization role&apos;s permission holds in every project.
</source>
        <translation>
列 (csv: %1): ユーザーの ID、表示名、種類 (human または machine)、権限、そのスコープ (&quot;organization&quot; またはプロジェクト)、権限を与えるロール、ソース (&quot;manual&quot; または &quot;rule&quot;)、ルール名、ルールが一致したグループパス (&quot;data-eng &gt; staff&quot;)。JSON: {&quot;definition&quot;, &quot;release&quot;, &quot;organization&quot;, &quot;question&quot;, ..., &quot;rows&quot;: [{同じ項目に加え、permission_id、role_id、project (null: 組織)、リスト形式の via}]}。組織ロールの権限はすべてのプロジェクトで有効です。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <source>PERSON</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="49"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>SCOPE</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="50"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="292"/>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="50"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="83"/>
        <source>Who holds PERMISSION, and why: one line per person, scope and role grant (a manual assignment, or a role mapping rule and the group it matched through). With --project, who holds it in that project (organization-wide holders included); without, anywhere.</source>
        <translation>PERMISSION を誰が持つか、およびその理由: ユーザー、スコープ、ロール付与 (手動の割り当て、またはロールマッピングルールとそのルールが一致したグループ) ごとに 1 行。--project を指定するとそのプロジェクトでの保持者 (組織全体の保持者を含む)、指定しなければすべてのスコープでの保持者を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="91"/>
        <source>The permission: its name in the matrix (any case) or its id.</source>
        <translation>権限: マトリックス内の名前 (大文字小文字を区別しない) または ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="92"/>
        <source>Only who holds it in this project.</source>
        <translation>このプロジェクトでの保持者のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="93"/>
        <source>
Examples:
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform who-can manage-users --file acme.yaml --directory people.json --format csv -o holders.csv
</source>
        <translation>
例:
  %1 platform who-can &quot;Assign project roles&quot; --file acme.yaml --project ml
  %1 platform who-can manage-users --file acme.yaml --directory people.json --format csv -o holders.csv
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="111"/>
        <source>Who can &quot;%1&quot; (anywhere in %2):</source>
        <translation>誰が &quot;%1&quot; をできるか (%2 のすべてのスコープ):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="112"/>
        <source>Who can &quot;%1&quot; in project %2 (%3):</source>
        <translation>誰がプロジェクト %2 で &quot;%1&quot; をできるか (%3):</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="115"/>
        <source>Nobody.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="126"/>
        <source>What PERSON may do, and why: one line per permission, scope and role grant. With --project, only what holds in that project (organization-wide permissions included).</source>
        <translation>PERSON が何ができるか、およびその理由: 権限、スコープ、ロール付与ごとに 1 行。--project を指定すると、そのプロジェクトで有効なもの (組織全体の権限を含む) のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="133"/>
        <source>The person: their id (login name) or display name (any case).</source>
        <translation>ユーザー: ID (ログイン名) または表示名 (大文字小文字を区別しない)。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="134"/>
        <source>Only what holds in this project.</source>
        <translation>このプロジェクトで有効なもののみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="135"/>
        <source>
Examples:
  %1 platform what-can alice --file acme.yaml
  %1 platform what-can &quot;Alice Example&quot; --file acme.yaml --project ml --format json
</source>
        <translation>
例:
  %1 platform what-can alice --file acme.yaml
  %1 platform what-can &quot;Alice Example&quot; --file acme.yaml --project ml --format json
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="166"/>
        <source>What %1 can do:</source>
        <translation>%1 に何ができるか:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="166"/>
        <source>What %1 can do in project %2:</source>
        <translation>%1 がプロジェクト %2 で何ができるか:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="169"/>
        <source>Nothing: %1 holds no role there.</source>
        <translation>なし: %1 はそこでロールを持っていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="177"/>
        <location filename="../app/cli/cliplatformquery.cpp" line="293"/>
        <source>PERMISSION</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="185"/>
        <source>Every role grant of the platform file, evaluated against the directory: the manual assignments and what each role mapping rule gives to whom, through which group. The evaluation&apos;s problems (a rule that would give a machine-only role to a human, an assignment to a person nobody knows, a rule whose group nobody is in) go to standard error.</source>
        <translation>プラットフォームファイルのすべてのロール付与をディレクトリに照らして評価したもの: 手動の割り当てと、各ロールマッピングルールがどのグループを通じて誰に何を与えるか。評価時の問題 (マシン専用ロールを人間のユーザーに与えるルール、誰も知らないユーザーへの割り当て、誰も属していないグループのルール) は標準エラー出力に出力されます。</translation>
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
列 (csv: %1): ユーザー、表示名、種類、ロール、スコープ (&quot;organization&quot; またはプロジェクト)、ソース (&quot;manual&quot; または &quot;rule&quot;)、ルール、via (グループパス)。JSON は who-can と同じ (permission を除く)。

例:
  %2 platform evaluate --file acme.yaml --directory people.csv
  ROLEDESK_LDAP_PASSWORD=secret %2 platform evaluate --file acme.yaml --ldap --format csv -o grants.csv
  %2 platform evaluate --file acme.yaml --ldap --ldap-url ldap://127.0.0.1:3890 --password-file pw.txt
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="213"/>
        <source>Role grants in %1: %n grant(s)</source>
        <translation>
            <numerusform>%1 のロール付与: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="214"/>
        <source>, %n people</source>
        <translation>
            <numerusform>、ユーザー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="222"/>
        <source>The platform definition&apos;s matrix: its roles (with their scope) and which role holds which permission. No platform file is needed.</source>
        <translation>プラットフォーム定義のマトリックス: ロール (とそのスコープ) と、どのロールがどの権限を持つか。プラットフォームファイルは不要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="227"/>
        <source>The shipped definition to show (default: %1; known: %2).</source>
        <translation>表示する組み込みの定義 (既定: %1、既知: %2)。</translation>
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
CSV: 権限ごとに 1 行: permission_id、permission、続いてロールごとに 1 列 (列名はロールの ID)。そのロールが権限を持つ場合は &quot;x&quot;。JSON: {&quot;definition&quot;, &quot;name&quot;, &quot;release&quot;, &quot;source&quot;, &quot;roles&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;abbreviation&quot;, &quot;scope&quot;, &quot;machine_users_only&quot;}], &quot;permissions&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;note&quot;, &quot;holders&quot;: [ロール ID]}]}。

例:
  %1 platform roles
  %1 platform roles --format csv -o matrix.csv
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="247"/>
        <source>unknown definition &quot;%1&quot; (known: %2)</source>
        <translation>不明な定義 &quot;%1&quot; (既知: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="285"/>
        <source>%1 (release %2): %n role(s)</source>
        <translation>
            <numerusform>%1 (リリース %2): ロール %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliplatformquery.cpp" line="286"/>
        <source>, %n permission(s)</source>
        <translation>
            <numerusform>、権限 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="290"/>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="290"/>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../app/cli/cliplatformquery.cpp" line="291"/>
        <source>machine users only</source>
        <translation>マシンユーザーのみ</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformDefinition</name>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="56"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; は空でない文字列でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="65"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なキー &quot;%1&quot; (%2 のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="96"/>
        <source>&quot;roles&quot; must be a non-empty list</source>
        <translation>&quot;roles&quot; は空でないリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="102"/>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="105"/>
        <location filename="../src/platform/platformdefinition.cpp" line="154"/>
        <source>an object expected</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="113"/>
        <source>role &quot;%1&quot;</source>
        <translation>ロール &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="122"/>
        <source>&quot;scope&quot; must be &quot;organization&quot; or &quot;project&quot;</source>
        <translation>&quot;scope&quot; は &quot;organization&quot; または &quot;project&quot; でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="125"/>
        <source>&quot;machineUsersOnly&quot; must be true or false</source>
        <translation>&quot;machineUsersOnly&quot; は true または false でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="133"/>
        <source>duplicate role id, name or abbreviation &quot;%1&quot;</source>
        <translation>ロールの ID、名前または略称 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="143"/>
        <source>&quot;permissions&quot; must be a non-empty list</source>
        <translation>&quot;permissions&quot; は空でないリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="152"/>
        <source>permission %1</source>
        <translation>権限 %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="162"/>
        <source>permission &quot;%1&quot;</source>
        <translation>権限 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="169"/>
        <source>duplicate permission id or name &quot;%1&quot;</source>
        <translation>権限の ID または名前 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="174"/>
        <source>&quot;holders&quot; must be a list of role ids</source>
        <translation>&quot;holders&quot; はロール ID のリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="179"/>
        <source>holder &quot;%1&quot; is not a role of this definition</source>
        <translation>保持者 &quot;%1&quot; はこの定義のロールではありません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="181"/>
        <source>holder &quot;%1&quot; listed twice</source>
        <translation>保持者 &quot;%1&quot; が 2 回指定されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="195"/>
        <source>&quot;actions&quot; must be an object</source>
        <translation>&quot;actions&quot; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="202"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="210"/>
        <source>action &quot;%1&quot;</source>
        <translation>アクション &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="211"/>
        <source>&quot;%1&quot; is not a permission of this definition</source>
        <translation>&quot;%1&quot; はこの定義の権限ではありません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="257"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="267"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/platformdefinition.cpp" line="270"/>
        <source>%1: a JSON object expected</source>
        <translation>%1: JSON オブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformDocument</name>
    <message>
        <location filename="../ui/platform/platformdocument.cpp" line="43"/>
        <source>%1: unknown platform “%2”</source>
        <translation>%1: 不明なプラットフォーム “%2”</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformdocument.cpp" line="68"/>
        <source>%1: reading was cancelled</source>
        <translation>%1: 読み込みがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformEditView</name>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="48"/>
        <source>Add assig&amp;nment…</source>
        <translation>割り当てを追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="52"/>
        <source>Manual role assignments</source>
        <translation>手動のロール割り当て</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="53"/>
        <location filename="../ui/platform/platformeditview.cpp" line="80"/>
        <source>Role mapping rules</source>
        <translation>ロールマッピングルール</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="49"/>
        <source>Add ru&amp;le…</source>
        <translation>ルールを追加(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="58"/>
        <source>Chan&amp;ge assignment…</source>
        <translation>割り当てを変更(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="59"/>
        <source>Remove assignmen&amp;t</source>
        <translation>割り当てを削除(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="60"/>
        <source>Change rul&amp;e…</source>
        <translation>ルールを変更(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="61"/>
        <source>Re&amp;move rule</source>
        <translation>ルールを削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="62"/>
        <source>Change the selected rule (F2 or Enter in the table)</source>
        <translation>選択したルールを変更します (表内で F2 または Enter)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="63"/>
        <source>Remove the selected rule (Delete in the table)</source>
        <translation>選択したルールを削除します (表内で Delete)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="64"/>
        <source>Change the selected assignment (F2 or Enter in the table)</source>
        <translation>選択した割り当てを変更します (表内で F2 または Enter)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="65"/>
        <source>Remove the selected assignment (Delete in the table)</source>
        <translation>選択した割り当てを削除します (表内で Delete)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="79"/>
        <source>Manual assignments</source>
        <translation>手動の割り当て</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="120"/>
        <source>Edits are undoable (Ctrl+Z, Ctrl+Shift+Z) and saved with Save (Ctrl+S), after the difference is shown. Choose “Act as” to check each edit against a person&apos;s permissions.</source>
        <translation>編集は元に戻せ (Ctrl+Z、Ctrl+Shift+Z)、差分を表示した後に「保存」(Ctrl+S) で保存されます。「…として操作」を選ぶと、各編集をユーザーの権限に照らして確認できます。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="129"/>
        <source>%1 may not make this edit: it needs “%2”.</source>
        <translation>%1 はこの編集を行えません: “%2” が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="138"/>
        <source>Not changed: %1</source>
        <translation>変更されていません: %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="141"/>
        <source>%1 (not saved yet).</source>
        <translation>%1 (まだ保存されていません)。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="155"/>
        <source>Assign %1 to %2</source>
        <translation>%1 を %2 に割り当て</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="164"/>
        <source>Change assignment of %1</source>
        <translation>%1 の割り当てを変更</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="173"/>
        <source>Remove %1 from %2</source>
        <translation>%2 から %1 を削除</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="180"/>
        <source>Add rule %1</source>
        <translation>ルール %1 を追加</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="189"/>
        <source>Change rule %1</source>
        <translation>ルール %1 を変更</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditview.cpp" line="198"/>
        <source>Remove rule %1</source>
        <translation>ルール %1 を削除</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformEvaluation</name>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="78"/>
        <source>%1 is in no group of %2: the platform lets nobody without a group sign in when it retrieves groups</source>
        <translation>%1 は %2 のどのグループにも属していません: グループを取得する設定のとき、プラットフォームはグループのないユーザーのサインインを許可しません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="118"/>
        <source>assignment of %1 to %2: nobody has the id %2</source>
        <translation>%1 の %2 への割り当て: ID が %2 のユーザーは存在しません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="122"/>
        <source>assignment of %1 to %2: only machine users may hold it, and %2 is human</source>
        <translation>%1 の %2 への割り当て: これを保持できるのはマシンユーザーのみですが、%2 は人間のユーザーです</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="140"/>
        <source>rule %1: nobody is in group %2</source>
        <translation>ルール %1: グループ %2 には誰も属していません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformevaluation.cpp" line="174"/>
        <source>rule %1 matches %2, but only machine users may hold %3: not given</source>
        <translation>ルール %1 は %2 に一致しますが、%3 を保持できるのはマシンユーザーのみです: 付与されません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="19"/>
        <source>assign organization roles</source>
        <translation>組織ロールを割り当てる</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="20"/>
        <source>assign roles in project %1</source>
        <translation>プロジェクト %1 でロールを割り当てる</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="21"/>
        <source>edit organization rules</source>
        <translation>組織のルールを編集する</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="22"/>
        <source>edit rules of project %1</source>
        <translation>プロジェクト %1 のルールを編集する</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="23"/>
        <source>manage users</source>
        <translation>ユーザーを管理する</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="24"/>
        <source>create projects</source>
        <translation>プロジェクトを作成する</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="25"/>
        <source>update and delete projects</source>
        <translation>プロジェクトを更新・削除する</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="26"/>
        <source>manage identity provider integrations</source>
        <translation>IDプロバイダーとの連携を管理する</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="78"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="80"/>
        <source>%1 (manual)</source>
        <translation>%1 (手動)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="82"/>
        <source>%1 (rule &quot;%2&quot;)</source>
        <translation>%1 (ルール「%2」)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="83"/>
        <source>%1 (rule &quot;%2&quot;, through group %3)</source>
        <translation>%1 (ルール「%2」、グループ %3 経由)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="93"/>
        <source>%1 may not %2: the platform definition names no permission for it</source>
        <translation>%1 は「%2」を実行できません: プラットフォーム定義にこの操作の権限が指定されていません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="97"/>
        <source>%1 may not %2: no project given</source>
        <translation>%1 は「%2」を実行できません: プロジェクトが指定されていません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="109"/>
        <source>%1 may %2: %3</source>
        <translation>%1 は「%2」を実行できます: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="115"/>
        <source>%1 may not %2: that needs &quot;%3&quot;, which %4 hold, and %1 holds none of them %5</source>
        <translation>%1 は「%2」を実行できません: 「%3」が必要です。これを保持するのは %4 ですが、%1 は%5でそのいずれも保持していません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="117"/>
        <source>organization-wide</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="117"/>
        <source>in %1 or organization-wide</source>
        <translation>%1 内または組織全体</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="131"/>
        <source>add the assignment of %1 to %2</source>
        <translation>%2 への %1 の割り当てを追加</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="131"/>
        <source>remove the assignment of %1 to %2</source>
        <translation>%2 への %1 の割り当てを削除</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="132"/>
        <source>add the assignment of %1 in %2 to %3</source>
        <translation>%3 への %1 の割り当て (プロジェクト %2) を追加</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="132"/>
        <source>remove the assignment of %1 in %2 to %3</source>
        <translation>%3 への %1 の割り当て (プロジェクト %2) を削除</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="149"/>
        <source>%1 rule &quot;%2&quot;</source>
        <translation>ルール「%2」を%1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="157"/>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="159"/>
        <source>change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="163"/>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="171"/>
        <source>remove person %1</source>
        <translation>ユーザー %1 を削除</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="173"/>
        <source>change person %1</source>
        <translation>ユーザー %1 を変更</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="177"/>
        <source>add person %1</source>
        <translation>ユーザー %1 を追加</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="182"/>
        <source>remove project %1</source>
        <translation>プロジェクト %1 を削除</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="185"/>
        <source>create project %1</source>
        <translation>プロジェクト %1 を作成</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="187"/>
        <source>change the directory settings</source>
        <translation>ディレクトリ設定を変更</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="192"/>
        <source>nothing to check: no assignment, rule, person, project or directory setting changed</source>
        <translation>確認するものはありません: 割り当て、ルール、ユーザー、プロジェクト、ディレクトリ設定のいずれも変更されていません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformverdict.cpp" line="201"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/platform/platformverdict.cpp" line="209"/>
        <source>refused, %n change(s) not allowed:</source>
        <translation>
            <numerusform>拒否: %n 件の変更が許可されていません:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformFileFormat</name>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="59"/>
        <source>%1 expected</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="67"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なキー「%1」(%2 のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="69"/>
        <source>&quot;%1&quot; given twice</source>
        <translation>「%1」が 2 回指定されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="78"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="82"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>「%1」は単一の値でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="86"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>「%1」が空です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="95"/>
        <source>&quot;%1&quot;: a list of names</source>
        <translation>「%1」: 名前のリスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="99"/>
        <source>&quot;%1&quot;: a name expected</source>
        <translation>「%1」: 名前が必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="118"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>不明なロール「%1」</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="122"/>
        <source>%1 is an organization role and cannot be given by %2</source>
        <translation>%1 は組織ロールのため、%2 では付与できません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="126"/>
        <source>%1 is a project role and cannot be given by %2</source>
        <translation>%1 はプロジェクトロールのため、%2 では付与できません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="134"/>
        <source>unknown project &quot;%1&quot; (the file lists %2)</source>
        <translation>不明なプロジェクト「%1」(ファイルに記載されているのは %2)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="135"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="155"/>
        <source>a mapping with platform, organization, projects, people, assignments, rules</source>
        <translation>platform、organization、projects、people、assignments、rules を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="163"/>
        <source>platform &quot;%1&quot; does not match the definition &quot;%2&quot;</source>
        <translation>プラットフォーム「%1」が定義「%2」と一致しません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="170"/>
        <source>project &quot;%1&quot; listed twice</source>
        <translation>プロジェクト「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="184"/>
        <source>logins</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="185"/>
        <source>a mapping with same_name, patterns, lists</source>
        <translation>same_name、patterns、lists を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="194"/>
        <source>&quot;same_name&quot; must be true or false</source>
        <translation>「same_name」は true または false でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="199"/>
        <source>pattern &quot;%1&quot; does not contain {id}</source>
        <translation>パターン「%1」に {id} が含まれていません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="200"/>
        <source>lists: a list of {person, roles}</source>
        <translation>lists: {person, roles} のリスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="205"/>
        <source>logins list</source>
        <translation>ログインのリスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="206"/>
        <source>a mapping with person and roles</source>
        <translation>person と roles を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="212"/>
        <source>logins of %1</source>
        <translation>%1 のログイン</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="222"/>
        <source>&quot;roles&quot; lists no role</source>
        <translation>「roles」にロールが指定されていません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="226"/>
        <source>unknown person &quot;%1&quot;</source>
        <translation>不明なユーザー「%1」</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="228"/>
        <source>this person&apos;s logins are listed twice</source>
        <translation>このユーザーのログインは 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="235"/>
        <source>directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="236"/>
        <source>a mapping with ldap or import, and provider</source>
        <translation>ldap または import と、provider を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="243"/>
        <source>either ldap or import, not both</source>
        <translation>ldap と import のどちらか一方のみ指定できます</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="249"/>
        <source>ldap: a mapping with url, base_dn</source>
        <translation>ldap: url、base_dn を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="260"/>
        <source>&quot;start_tls&quot; must be true or false</source>
        <translation>「start_tls」は true または false でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="271"/>
        <source>two providers, &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>IDプロバイダーが 2 つあります: 「%1」と「%2」</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="275"/>
        <source>ldap or import expected</source>
        <translation>ldap または import が必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="281"/>
        <source>people: a list of people</source>
        <translation>people: ユーザーのリスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="286"/>
        <source>person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="287"/>
        <source>a mapping with id</source>
        <translation>id を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="293"/>
        <source>person &quot;%1&quot;</source>
        <translation>ユーザー「%1」</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="301"/>
        <source>&quot;kind&quot; must be human or machine</source>
        <translation>「kind」は human または machine でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="305"/>
        <source>this person is listed twice</source>
        <translation>このユーザーは 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="314"/>
        <source>assignments: a list of assignments</source>
        <translation>assignments: 割り当てのリスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="318"/>
        <source>assignment</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="319"/>
        <source>a mapping with person and role</source>
        <translation>person と role を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="327"/>
        <source>assignment of %1 to %2</source>
        <translation>%2 への %1 の割り当て</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="328"/>
        <source>assignment of %1 in %2 to %3</source>
        <translation>%3 への %1 の割り当て (プロジェクト %2)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="332"/>
        <source>an assignment without a project</source>
        <translation>プロジェクトのない割り当て</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="333"/>
        <source>an assignment in a project</source>
        <translation>プロジェクト内の割り当て</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="338"/>
        <source>only machine users may hold %1, and %2 is human</source>
        <translation>%1 を保持できるのはマシンユーザーのみですが、%2 は人間のユーザーです</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="340"/>
        <source>this assignment is listed twice</source>
        <translation>この割り当ては 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="347"/>
        <source>rules: a list of role mapping rules</source>
        <translation>rules: ロールマッピングルールのリスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="351"/>
        <source>rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="352"/>
        <source>a mapping with name, conditions, roles</source>
        <translation>name、conditions、roles を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="358"/>
        <source>rule %1</source>
        <translation>ルール %1</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="363"/>
        <source>another organization rule has this name</source>
        <translation>同じ名前の組織ルールが既にあります</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="364"/>
        <source>another rule of project %1 has this name</source>
        <translation>プロジェクト %1 に同じ名前のルールが既にあります</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="367"/>
        <source>conditions: a list</source>
        <translation>conditions: リスト</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="371"/>
        <source>a condition is {provider: name} or {group: name}</source>
        <translation>条件は {provider: name} または {group: name} の形式です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="380"/>
        <source>unknown condition &quot;%1&quot; (expected provider or group)</source>
        <translation>不明な条件「%1」(provider または group)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="384"/>
        <source>a rule needs at least one condition</source>
        <translation>ルールには少なくとも 1 つの条件が必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="386"/>
        <source>an organization rule</source>
        <translation>組織ルール</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="387"/>
        <source>a project rule</source>
        <translation>プロジェクトルール</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="219"/>
        <location filename="../src/platform/platformfile.cpp" line="391"/>
        <source>role %1 listed twice</source>
        <translation>ロール %1 が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="396"/>
        <source>a rule needs at least one role</source>
        <translation>ルールには少なくとも 1 つのロールが必要です</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="415"/>
        <source>%1:%2: rule %3: nobody is in group %4</source>
        <translation>%1:%2: ルール %3: グループ %4 に所属するユーザーがいません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="442"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="452"/>
        <source>%1:%2: not YAML: a text file expected (control character 0x%3)</source>
        <translation>%1:%2: YAML ではありません: テキストファイルが必要です (制御文字 0x%3)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="458"/>
        <source>%1: not YAML: the file is not UTF-8 text</source>
        <translation>%1: YAML ではありません: ファイルが UTF-8 テキストではありません</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="463"/>
        <source>%1:%2: not YAML: %3</source>
        <translation>%1:%2: YAML ではありません: %3</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="471"/>
        <source>%1:%2: &quot;platform&quot; is missing (expected one of %3)</source>
        <translation>%1:%2: 「platform」がありません (%3 のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfile.cpp" line="473"/>
        <source>%1:%2: unknown platform &quot;%3&quot; (expected one of %4)</source>
        <translation>%1:%2: 不明なプラットフォーム「%3」(%4 のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/platform/platformfilewriter.cpp" line="229"/>
        <location filename="../src/platform/platformfilewriter.cpp" line="232"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGrantModel</name>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="89"/>
        <source>manual assignment</source>
        <translation>手動の割り当て</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="91"/>
        <source>rule “%1”</source>
        <translation>ルール「%1」</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="92"/>
        <source>rule “%1” (group %2)</source>
        <translation>ルール「%1」(グループ %2)</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="97"/>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="102"/>
        <source>made by rule %1; change the rule or the group</source>
        <translation>ルール %1 による割り当てです。ルールまたはグループを変更してください</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="132"/>
        <source>manual assignment: editable under Assignments and rules</source>
        <translation>手動の割り当て: 「割り当てとルール」で編集できます</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="148"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="149"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="150"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="151"/>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/models/platformgrantmodel.cpp" line="152"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformGridModel</name>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="54"/>
        <source>organization role</source>
        <translation>組織ロール</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="54"/>
        <source>project role</source>
        <translation>プロジェクトロール</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="78"/>
        <source>%1 holds %2</source>
        <translation>%1 は %2 を保持しています</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="78"/>
        <source>%1 does not hold %2</source>
        <translation>%1 は %2 を保持していません</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="80"/>
        <source>%1 (%2) holds “%3”</source>
        <translation>%1 (%2) は「%3」を保持しています</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="81"/>
        <source>%1 (%2) does not hold “%3”</source>
        <translation>%1 (%2) は「%3」を保持していません</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="108"/>
        <source>%1 — %2, machine users only</source>
        <translation>%1 — %2、マシンユーザーのみ</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="115"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../src/models/platformgridmodel.cpp" line="115"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
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
        <translation>選択した権限の保持者</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="42"/>
        <source>Roles and permissions</source>
        <translation>ロールと権限</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="45"/>
        <source>organization role</source>
        <translation>組織ロール</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="47"/>
        <source>project role</source>
        <translation>プロジェクトロール</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="49"/>
        <source>✓: the role holds the permission. Organization roles hold their permissions in every project. Hover a column for the role&apos;s full name; select a row to see who holds the permission.</source>
        <translation>✓: ロールがその権限を保持しています。組織ロールはすべてのプロジェクトでその権限を保持します。列にカーソルを合わせるとロールの正式名が表示され、行を選択するとその権限の保持者が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="66"/>
        <source>&amp;Holders</source>
        <translation>保持者(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformgridview.cpp" line="142"/>
        <source>Select a permission to see who holds it.</source>
        <translation>権限を選択すると、その保持者が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformgridview.cpp" line="150"/>
        <source>“%1”: %n person(s)</source>
        <translation>
            <numerusform>「%1」: ユーザー %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformLdapDialog</name>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="16"/>
        <source>Use &amp;StartTLS</source>
        <translation>StartTLS を使用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="28"/>
        <source>Load directory from LDAP</source>
        <translation>LDAP からディレクトリを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="33"/>
        <source>empty: the system&apos;s certificates</source>
        <translation>空欄: システムの証明書</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="34"/>
        <source>empty: no machine users</source>
        <translation>空欄: マシンユーザーなし</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="36"/>
        <source>empty: anonymous</source>
        <translation>空欄: 匿名</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="39"/>
        <source>not stored</source>
        <translation>保存されません</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="52"/>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="54"/>
        <source>CA certificate &amp;file:</source>
        <translation>CA 証明書ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="55"/>
        <source>&amp;Bind DN:</source>
        <translation>バインドDN(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="56"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="57"/>
        <source>Base &amp;DN:</source>
        <translation>ベースDN(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="58"/>
        <source>U&amp;ser filter:</source>
        <translation>ユーザーフィルター(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="59"/>
        <source>&amp;Group filter:</source>
        <translation>グループフィルター(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="60"/>
        <source>&amp;Member attribute:</source>
        <translation>メンバー属性(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="61"/>
        <source>Mac&amp;hine users filter:</source>
        <translation>マシンユーザーのフィルター(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="62"/>
        <source>Identity pro&amp;vider:</source>
        <translation>IDプロバイダー(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="63"/>
        <source>People and groups are read once, on a background thread; the page stays usable and the read can be cancelled. The password is not saved.</source>
        <translation>ユーザーとグループはバックグラウンドスレッドで一度だけ読み込みます。読み込み中もページは使用でき、読み込みはキャンセルできます。パスワードは保存されません。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformldapdialog.cpp" line="68"/>
        <source>&amp;Read</source>
        <translation>読み込む(&amp;R)</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformOrganizationModel</name>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="68"/>
        <source>Organization %1: organization roles hold in every project</source>
        <translation>組織 %1: 組織のロールはすべてのプロジェクトで有効</translation>
    </message>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="69"/>
        <source>Project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <location filename="../src/models/platformorganizationmodel.cpp" line="82"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPage</name>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="49"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="56"/>
        <source>&amp;Cancel reading</source>
        <translation>読み込みをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="64"/>
        <source>Edits are checked against this person&apos;s permissions, as the platform would check them</source>
        <translation>編集は、プラットフォームと同じ方法で、このユーザーの権限に照らしてチェックされます</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="70"/>
        <source>&amp;Roles × permissions</source>
        <translation>ロール × 権限(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="71"/>
        <source>Peo&amp;ple</source>
        <translation>ユーザー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="72"/>
        <source>&amp;Who can…?</source>
        <translation>誰が…できるか?(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="73"/>
        <source>Assignments and r&amp;ules</source>
        <translation>割り当てとルール(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="120"/>
        <location filename="../ui/platform/platformpage.cpp" line="414"/>
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n 件のエントリ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="144"/>
        <source>Open &amp;platform file…</source>
        <translation>プラットフォームファイルを開く(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="147"/>
        <source>Open a platform file (YAML): organization, projects, people, assignments, rules (Ctrl+Shift+O)</source>
        <translation>プラットフォームファイル (YAML) を開く: 組織、プロジェクト、ユーザー、割り当て、ルール (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="149"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="149"/>
        <source>Save the platform file, after showing the difference (Ctrl+S)</source>
        <translation>差分を表示してからプラットフォームファイルを保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="151"/>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="152"/>
        <source>Save the platform file under another name (Ctrl+Shift+S)</source>
        <translation>プラットフォームファイルを別の名前で保存 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="155"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="157"/>
        <source>Undo the last edit of the platform file (Ctrl+Z)</source>
        <translation>プラットフォームファイルの最後の編集を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="158"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="160"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直し (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="163"/>
        <source>From an &amp;import file (CSV or JSON)…</source>
        <translation>インポートファイル (CSV または JSON) から(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="165"/>
        <source>From &amp;LDAP…</source>
        <translation>LDAP から(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="169"/>
        <source>Load director&amp;y</source>
        <translation>ディレクトリを読み込む(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="170"/>
        <source>Read people and groups from an import file or an LDAP directory</source>
        <translation>インポートファイルまたは LDAP ディレクトリからユーザーとグループを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="173"/>
        <source>Act &amp;as:</source>
        <translation>次のユーザーとして操作(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="201"/>
        <source>Organization and projects</source>
        <translation>組織とプロジェクト</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="210"/>
        <source>Login, name or group</source>
        <translation>ログイン、名前またはグループ</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="213"/>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="217"/>
        <source>&amp;Organization</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="219"/>
        <source>People (&amp;filter)</source>
        <translation>ユーザー (フィルター)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="260"/>
        <source>(administrator: no check)</source>
        <translation>(管理者: チェックなし)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="271"/>
        <source>No platform file</source>
        <translation>プラットフォームファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="272"/>
        <source>No platform file: Open platform file… (Ctrl+Shift+O)</source>
        <translation>プラットフォームファイルなし: プラットフォームファイルを開く… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="275"/>
        <source>%1 (modified)</source>
        <translation>%1 (変更あり)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="276"/>
        <source>&lt;b&gt;%1&lt;/b&gt; ● modified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ● 変更あり</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="277"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="279"/>
        <source> — directory: %1</source>
        <translation> — ディレクトリ: %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="296"/>
        <source>Could not open the platform file; %1 stays open: %2</source>
        <translation>プラットフォームファイルを開けませんでした。%1 は開いたままです: %2</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="298"/>
        <source>Could not open the platform file: %1</source>
        <translation>プラットフォームファイルを開けませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="309"/>
        <source>%1 opened with %n note(s): %2</source>
        <translation>
            <numerusform>%1 を開きました (注記 %n 件): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="320"/>
        <source>Open platform file</source>
        <translation>プラットフォームファイルを開く</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="321"/>
        <source>Platform files (*.yaml *.yml);;All files (*)</source>
        <translation>プラットフォームファイル (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="337"/>
        <source>Save platform file as</source>
        <translation>プラットフォームファイルに名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="338"/>
        <source>Platform files (*.yaml *.yml)</source>
        <translation>プラットフォームファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="351"/>
        <source>Could not save: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="354"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="364"/>
        <source>Unsaved platform edits</source>
        <translation>保存されていないプラットフォームの編集</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="365"/>
        <source>%1 has edits that are not saved. Save them?</source>
        <translation>%1 には保存されていない編集があります。保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="375"/>
        <location filename="../ui/platform/platformpage.cpp" line="406"/>
        <source>Open a platform file before loading a directory.</source>
        <translation>ディレクトリを読み込む前にプラットフォームファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="380"/>
        <location filename="../ui/platform/platformpage.cpp" line="434"/>
        <source>Could not read the directory: %1</source>
        <translation>ディレクトリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="385"/>
        <location filename="../ui/platform/platformpage.cpp" line="438"/>
        <source>Directory %1: %2, %3.</source>
        <translation>ディレクトリ %1: %2、%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="387"/>
        <location filename="../ui/platform/platformpage.cpp" line="440"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpage.cpp" line="388"/>
        <location filename="../ui/platform/platformpage.cpp" line="441"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 個のグループ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="397"/>
        <source>Load directory import</source>
        <translation>ディレクトリのインポートを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="398"/>
        <source>Directory imports (*.csv *.json);;All files (*)</source>
        <translation>ディレクトリのインポート (*.csv *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="415"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpage.cpp" line="432"/>
        <source>Reading the directory was cancelled; nothing changed.</source>
        <translation>ディレクトリの読み込みはキャンセルされました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPeopleModel</name>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="51"/>
        <source>machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="51"/>
        <source>human</source>
        <translation>人間</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="59"/>
        <source>%1
Groups: %2</source>
        <translation>%1
グループ: %2</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="74"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="75"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="76"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="77"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../src/models/platformpeoplemodel.cpp" line="78"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformPersonView</name>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="32"/>
        <source>Roles of the person</source>
        <translation>ユーザーのロール</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="34"/>
        <source>Permissions of the person</source>
        <translation>ユーザーの権限</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="37"/>
        <source>P&amp;erson:</source>
        <translation>ユーザー(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="40"/>
        <source>&amp;Roles</source>
        <translation>ロール(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="42"/>
        <source>Per&amp;missions</source>
        <translation>権限(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="103"/>
        <source>Choose a person to see their roles and permissions.</source>
        <translation>ユーザーを選択すると、そのロールと権限が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformpersonview.cpp" line="104"/>
        <source>Open a platform file (Ctrl+Shift+O).</source>
        <translation>プラットフォームファイルを開いてください (Ctrl+Shift+O)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformpersonview.cpp" line="113"/>
        <source>%n role grant(s), %1 by rule (italic, read-only: change the rule or the group).</source>
        <translation>
            <numerusform>ロールの付与 %n 件、うちルールによるもの %1 件 (斜体、読み取り専用: ルールまたはグループを変更してください)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformRuleDialog</name>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="111"/>
        <source>Add role mapping rule</source>
        <translation>ロールマッピングルールを追加</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="111"/>
        <source>Change role mapping rule</source>
        <translation>ロールマッピングルールを変更</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="117"/>
        <source>any identity provider</source>
        <translation>任意のIDプロバイダー</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="118"/>
        <source>groups, separated by commas (all must match)</source>
        <translation>グループ (カンマ区切り、すべて一致する必要あり)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="132"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="133"/>
        <source>&amp;Scope:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="134"/>
        <source>Identity &amp;provider:</source>
        <translation>IDプロバイダー(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="135"/>
        <source>&amp;Groups:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="136"/>
        <source>&amp;Roles given:</source>
        <translation>付与するロール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="137"/>
        <source>A person matches when every condition holds; a group matches through nested groups too. Only roles of the rule&apos;s scope are offered.</source>
        <translation>すべての条件を満たすとユーザーが一致します。グループは入れ子のグループを通じても一致します。ルールのスコープのロールのみが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformeditdialogs.cpp" line="174"/>
        <source>for machine users only: a rule never gives it to a human</source>
        <translation>マシンユーザー専用: ルールが人間のユーザーに付与することはありません</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformRuleModel</name>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="16"/>
        <source>provider %1</source>
        <translation>プロバイダー %1</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="17"/>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="18"/>
        <source> and </source>
        <translation> かつ </translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="53"/>
        <source>line %1 of the platform file</source>
        <translation>プラットフォームファイルの %1 行目</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="71"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="72"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="73"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../src/models/platformrulemodel.cpp" line="74"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformSaveDialog</name>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="48"/>
        <source>Save platform file</source>
        <translation>プラットフォームファイルを保存</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="51"/>
        <source>%1 is already the same as this file; saving writes it again.</source>
        <translation>%1 はすでにこのファイルと同じです。保存すると再度書き込まれます。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="53"/>
        <source>These lines of %1 change (&lt;span style=&apos;color:#9a1b1b&apos;&gt;- removed&lt;/span&gt;, &lt;span style=&apos;color:#1b6a1b&apos;&gt;+ added&lt;/span&gt;):</source>
        <translation>%1 の次の行が変更されます (&lt;span style=&apos;color:#9a1b1b&apos;&gt;- 削除&lt;/span&gt;、&lt;span style=&apos;color:#1b6a1b&apos;&gt;+ 追加&lt;/span&gt;):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="56"/>
        <source>%1 is a new file with these lines:</source>
        <translation>%1 は次の行を含む新しいファイルです:</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformsavedialog.cpp" line="64"/>
        <source>Difference from the file on disk</source>
        <translation>ディスク上のファイルとの差分</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformWhoCanView</name>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="45"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="49"/>
        <source>Expo&amp;rt…</source>
        <translation>エクスポート(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="56"/>
        <location filename="../ui/platform/platformwhocanview.cpp" line="57"/>
        <source>Save this answer as CSV or JSON</source>
        <translation>この回答を CSV または JSON として保存</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="62"/>
        <source>People who hold the permission</source>
        <translation>この権限を持つユーザー</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="63"/>
        <source>Permissions the person holds</source>
        <translation>このユーザーが持つ権限</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="65"/>
        <source>Who can…?</source>
        <translation>誰が…できるか?</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="67"/>
        <source>Per&amp;mission:</source>
        <translation>権限(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="69"/>
        <source>in pro&amp;ject:</source>
        <translation>対象プロジェクト(&amp;J):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="81"/>
        <source>What can…?</source>
        <translation>…は何ができるか?</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="83"/>
        <source>Pe&amp;rson:</source>
        <translation>ユーザー(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="110"/>
        <source>Export who can</source>
        <translation>「誰ができるか」をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="114"/>
        <source>Export what can</source>
        <translation>「何ができるか」をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="124"/>
        <source>anywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="162"/>
        <source>Choose a permission.</source>
        <translation>権限を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="162"/>
        <location filename="../ui/platform/platformwhocanview.cpp" line="183"/>
        <source>Open a platform file first.</source>
        <translation>まずプラットフォームファイルを開いてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="171"/>
        <source>%n person(s) hold “%1” somewhere.</source>
        <translation>
            <numerusform>%n 人のユーザーがどこかで「%1」を持っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="172"/>
        <source>%n person(s) hold “%1” in %2.</source>
        <translation>
            <numerusform>%n 人のユーザーが %2 で「%1」を持っています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="183"/>
        <source>Choose a person.</source>
        <translation>ユーザーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/platform/platformwhocanview.cpp" line="191"/>
        <source>%n permission(s) for %1.</source>
        <translation>
            <numerusform>%1 の権限: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/platform/platformwhocanview.cpp" line="215"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
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
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>roledesk::PlatformWidgets</name>
    <message>
        <location filename="../ui/platform/platformwidgets.cpp" line="56"/>
        <source>machine user</source>
        <translation>マシンユーザー</translation>
    </message>
</context>
<context>
    <name>roledesk::PolicyDriftPanel</name>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="24"/>
        <source>missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="25"/>
        <source>extra</source>
        <translation>余分</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="26"/>
        <source>different</source>
        <translation>相違</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="38"/>
        <source>&amp;Add converging plan to pending changes</source>
        <translation>収束プランを保留中の変更に追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="39"/>
        <source>C&amp;lear comparison</source>
        <translation>比較結果をクリア(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Drift</source>
        <translation>差異</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="42"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="48"/>
        <source>Differences from the policy file</source>
        <translation>ポリシーファイルとの差異</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="69"/>
        <source>Converge to %1</source>
        <translation>%1 に収束</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="89"/>
        <source>Could not read the policy: %1</source>
        <translation>ポリシーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="116"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="118"/>
        <source>%1: no drift, the database matches the policy.</source>
        <translation>%1: 差異はありません。データベースはポリシーと一致しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policydriftpanel.cpp" line="119"/>
        <source>%1: %2 missing, %3 extra, %4 different; the converging plan has %n change(s).</source>
        <translation>
            <numerusform>%1: 不足 %2 件、余分 %3 件、相違 %4 件。収束プランには %n 件の変更があります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policy/policydriftpanel.cpp" line="133"/>
        <source>Compare with a policy file (Policy ▸ Compare with policy file…) to see the drift.</source>
        <translation>差異を確認するには、ポリシーファイルと比較してください (ポリシー ▸ ポリシーファイルと比較…)。</translation>
    </message>
</context>
<context>
    <name>roledesk::PolicyFile</name>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="47"/>
        <source>%1 expected</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="54"/>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なキー「%1」です (%2 のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="61"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="65"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>「%1」は単一の値でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="69"/>
        <source>&quot;%1&quot; is empty</source>
        <translation>「%1」が空です</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="84"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>「%1」は true または false でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="93"/>
        <source>&quot;all&quot; or a list of names</source>
        <translation>&quot;all&quot; または名前のリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="97"/>
        <location filename="../src/policy/policyfile.cpp" line="316"/>
        <source>a name expected</source>
        <translation>名前が必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="115"/>
        <source>a list of privileges</source>
        <translation>権限のリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="128"/>
        <source>unknown privilege %1 for a %2</source>
        <translation>%2 に対する不明な権限 %1 です</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="129"/>
        <source>unknown privilege %1</source>
        <translation>不明な権限 %1 です</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="131"/>
        <source>privilege %1 does not apply to a %2</source>
        <translation>権限 %1 は %2 には適用できません</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="156"/>
        <source>a mapping with version, scope, roles, grants</source>
        <translation>version、scope、roles、grants を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="165"/>
        <source>unsupported version %1 (this RoleDesk reads version 1)</source>
        <translation>サポートされていないバージョン %1 です (この RoleDesk が読めるのはバージョン 1 です)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="169"/>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="179"/>
        <source>a list of roles</source>
        <translation>ロールのリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="181"/>
        <source>a role (a mapping with name)</source>
        <translation>ロール (name を持つマッピング)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="202"/>
        <source>connection_limit must be a whole number (-1: no limit)</source>
        <translation>connection_limit は整数でなければなりません (-1: 制限なし)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="212"/>
        <source>valid_until must be &quot;infinity&quot; or a time such as 2030-01-31T00:00:00Z</source>
        <translation>valid_until は &quot;infinity&quot; または 2030-01-31T00:00:00Z のような日時でなければなりません</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="218"/>
        <source>a list of memberships</source>
        <translation>メンバーシップのリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="222"/>
        <source>a role name or a mapping with role and admin</source>
        <translation>ロール名、または role と admin を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="234"/>
        <source>a list of grants</source>
        <translation>付与のリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="236"/>
        <source>a grant (a mapping)</source>
        <translation>付与 (マッピング)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="246"/>
        <source>unknown object type %1</source>
        <translation>不明なオブジェクト種別 %1 です</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="259"/>
        <source>a list of default privileges</source>
        <translation>デフォルト権限のリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="261"/>
        <source>a default privilege (a mapping)</source>
        <translation>デフォルト権限 (マッピング)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="275"/>
        <source>unknown object class %1 (expected tables, sequences, functions, types or schemas)</source>
        <translation>不明なオブジェクトクラス %1 です (tables、sequences、functions、types、schemas のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="290"/>
        <source>a mapping with model and members</source>
        <translation>model と members を持つマッピング</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="304"/>
        <source>unknown model %1 (expected slpm, spm or standard)</source>
        <translation>不明なモデル %1 (slpm、spm、standard のいずれか)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="307"/>
        <source>a mapping of group names to lists of members</source>
        <translation>グループ名からメンバーのリストへのマッピング</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="313"/>
        <source>a list of member names</source>
        <translation>メンバー名のリスト</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="474"/>
        <location filename="../src/policy/policyfile.cpp" line="526"/>
        <source>%1: unknown file type (expected .yaml, .yml or .json)</source>
        <translation>%1: 不明なファイル形式です (.yaml、.yml、.json のいずれかが必要です)</translation>
    </message>
    <message>
        <location filename="../src/policy/policyfile.cpp" line="477"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
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
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::PrivilegeMatrixModel</name>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="181"/>
        <source>Pending: grant %1 with grant option</source>
        <translation>保留中: %1 を WITH GRANT OPTION 付きで付与</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="181"/>
        <source>Pending: grant %1</source>
        <translation>保留中: %1 を付与</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="187"/>
        <source>Pending: revoke the grant option for %1</source>
        <translation>保留中: %1 の権限付与オプションを取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="187"/>
        <source>Pending: revoke %1</source>
        <translation>保留中: %1 を取り消し</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="190"/>
        <source>(granted by %1)</source>
        <translation>(%1 により付与)</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="270"/>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="271"/>
        <source>schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="272"/>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="273"/>
        <source>view</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="274"/>
        <source>materialized view</source>
        <translation>マテリアライズドビュー</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="275"/>
        <source>sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="276"/>
        <source>foreign table</source>
        <translation>外部テーブル</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="277"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="278"/>
        <source>function</source>
        <translation>関数</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="279"/>
        <source>procedure</source>
        <translation>プロシージャ</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="280"/>
        <source>type</source>
        <translation>型</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="281"/>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="289"/>
        <location filename="../src/models/privilegematrixmodel.cpp" line="434"/>
        <source>superuser</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="290"/>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="291"/>
        <source>direct grant</source>
        <translation>直接付与</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="292"/>
        <source>inherited</source>
        <translation>継承</translation>
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
        <translation>定義済みロール</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="329"/>
        <source>%1 on %2 (%3)</source>
        <translation>%2 (%3) に対する %1</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="334"/>
        <source>No privileges.</source>
        <translation>権限なし。</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="349"/>
        <source> (grantable)</source>
        <translation> (付与可能)</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="411"/>
        <source>PUBLIC — every role, present and future</source>
        <translation>PUBLIC — 現在および将来のすべてのロール</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="436"/>
        <source>login role (user)</source>
        <translation>ログインロール (ユーザー)</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="437"/>
        <source>group role (no login)</source>
        <translation>グループロール (ログイン不可)</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="440"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/privilegematrixmodel.cpp" line="462"/>
        <source>%1 (%2), owner %3</source>
        <translation>%1 (%2)、所有者 %3</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportCommand</name>
    <message>
        <location filename="../app/cli/clireport.cpp" line="53"/>
        <source>Write the audit report of one database: a cover with the database identity, the time and a SHA-256 of the content; a summary with charts; rights by role and schema; roles, grant options, memberships, schema groups, model access, platform roles, separation-of-duties violations and the changes since a saved audit. HTML is self-contained; PDF is A4. The report is in the language of LANG.</source>
        <translation>1 つのデータベースの監査レポートを書き出します: データベースの識別情報、日時、内容の SHA-256 を記した表紙、グラフ付きの概要、ロールとスキーマごとの権限、ロール、付与オプション、メンバーシップ、スキーマグループ、モデルアクセス、プラットフォームロール、職務分離の違反、保存済みの監査以降の変更。HTML は単体で完結し、PDF は A4 です。レポートは LANG の言語で書かれます。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="60"/>
        <source>html (default), pdf, or json (the canonical data the hash covers).</source>
        <translation>html (デフォルト)、pdf、または json (ハッシュの対象となる正規データ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="63"/>
        <source>The report file (required; replaced only when complete).</source>
        <translation>レポートファイル (必須。完成したときにのみ置き換えられます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="65"/>
        <source>Also write the canonical JSON the cover&apos;s SHA-256 is of, to check it with sha256sum.</source>
        <translation>表紙の SHA-256 の対象となる正規 JSON も書き出します (sha256sum で確認できます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="68"/>
        <source>The platform file (YAML): platform roles, people per role, and whose logins are whose.</source>
        <translation>プラットフォームファイル (YAML): プラットフォームロール、ロールごとのユーザー、どのログインが誰のものか。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="71"/>
        <source>Separation-of-duties rules (YAML); default: the shipped rules.</source>
        <translation>職務分離ルール (YAML)。デフォルト: 同梱のルール。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="73"/>
        <source>A saved audit (audit --save) to show the changes since.</source>
        <translation>それ以降の変更を表示する保存済みの監査 (audit --save)。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="75"/>
        <source>Show progress on standard error even when it is not a terminal.</source>
        <translation>標準エラーが端末でない場合も、進行状況を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="76"/>
        <source>Never show progress.</source>
        <translation>進行状況を表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="83"/>
        <source>unknown format &quot;%1&quot; (expected html, pdf or json)</source>
        <translation>不明な形式「%1」(html、pdf、json のいずれか)</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="85"/>
        <source>no output file given (--output FILE)</source>
        <translation>出力ファイルが指定されていません (--output FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="123"/>
        <source>Reading the catalog</source>
        <translation>カタログを読み込み中</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="164"/>
        <source>Writing the report</source>
        <translation>レポートを書き出し中</translation>
    </message>
    <message>
        <location filename="../app/cli/clireport.cpp" line="177"/>
        <source>Wrote the report of %1 to %2 (SHA-256 %3)</source>
        <translation>%1 のレポートを %2 に書き出しました (SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportDialog</name>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="26"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="27"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="29"/>
        <location filename="../ui/audit/reportdialog.cpp" line="139"/>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="71"/>
        <source>Reading the rights…</source>
        <translation>権限を読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="99"/>
        <source>Writing the report…</source>
        <translation>レポートを書き出し中…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="102"/>
        <location filename="../ui/audit/reportdialog.cpp" line="105"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="107"/>
        <source>Wrote %1.
Content SHA-256: %2</source>
        <translation>%1 に書き出しました。
内容の SHA-256: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました: 何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportdialog.cpp" line="117"/>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
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
        <translation>すべてのロールの権限を集計中</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="231"/>
        <location filename="../src/report/reportdata.cpp" line="365"/>
        <location filename="../src/report/reportdata.cpp" line="371"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="351"/>
        <source>Checking separation-of-duties rules</source>
        <translation>職務分離ルールをチェック中</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="361"/>
        <source>Comparing with the saved audit</source>
        <translation>保存済みの監査と比較中</translation>
    </message>
    <message>
        <location filename="../src/report/reportdata.cpp" line="381"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportOptionsDialog</name>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="26"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="48"/>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="50"/>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="51"/>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (自己完結した 1 ファイル)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="54"/>
        <source>none: the report says no saved audit was given</source>
        <translation>なし: 保存済みの監査が指定されていないことをレポートに記載します</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="56"/>
        <source>the shipped rules</source>
        <translation>同梱のルール</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="61"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="62"/>
        <source>Changes &amp;since the saved audit:</source>
        <translation>保存済みの監査からの変更(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="63"/>
        <source>Saved audit</source>
        <translation>保存済みの監査</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="63"/>
        <source>Saved audits (*.json);;All files (*)</source>
        <translation>保存済みの監査 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="64"/>
        <source>Separation-of-duties &amp;rules:</source>
        <translation>職務分離ルール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="65"/>
        <source>Rules file</source>
        <translation>ルールファイル</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="65"/>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation>ルール (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="67"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/audit/reportoptionsdialog.cpp" line="125"/>
        <source>%1 is an audit of database %2, not of %3.</source>
        <translation>%1 はデータベース %2 の監査であり、%3 の監査ではありません。</translation>
    </message>
</context>
<context>
    <name>roledesk::ReportWriter</name>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="66"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="118"/>
        <source>Shown: %1 of %2. The report&apos;s data file (--data) holds every one.</source>
        <translation>表示: %2 件中 %1 件。すべての件はレポートのデータファイル (--data) に含まれます。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="166"/>
        <source>Who may do what in database %1</source>
        <translation>データベース %1 で誰が何をできるか</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="169"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="170"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="171"/>
        <source>Server version</source>
        <translation>サーバーのバージョン</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="172"/>
        <source>System identifier</source>
        <translation>システム識別子</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="172"/>
        <source>(not readable by this login)</source>
        <translation>(このログインでは読み取れません)</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="174"/>
        <source>Catalog read at</source>
        <translation>カタログの読み込み日時</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="175"/>
        <source>Report made at</source>
        <translation>レポートの作成日時</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="176"/>
        <source>Made by</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="177"/>
        <source>Separation-of-duties rules</source>
        <translation>職務分離ルール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="178"/>
        <source>the shipped defaults</source>
        <translation>同梱のデフォルト</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="184"/>
        <source>Content SHA-256</source>
        <translation>内容の SHA-256</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="188"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="190"/>
        <location filename="../src/report/reporthtml.cpp" line="209"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="191"/>
        <location filename="../src/report/reporthtml.cpp" line="246"/>
        <source>Rights by role and schema</source>
        <translation>ロールとスキーマごとの権限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="192"/>
        <location filename="../src/report/reporthtml.cpp" line="278"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="193"/>
        <location filename="../src/report/reporthtml.cpp" line="226"/>
        <location filename="../src/report/reporthtml.cpp" line="312"/>
        <source>Grant options held on others&apos; objects</source>
        <translation>他者のオブジェクトに対して保持している付与オプション</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="194"/>
        <location filename="../src/report/reporthtml.cpp" line="227"/>
        <location filename="../src/report/reporthtml.cpp" line="327"/>
        <source>Memberships</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="195"/>
        <location filename="../src/report/reporthtml.cpp" line="228"/>
        <location filename="../src/report/reporthtml.cpp" line="336"/>
        <source>Schema groups</source>
        <translation>スキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="196"/>
        <location filename="../src/report/reporthtml.cpp" line="345"/>
        <source>Model access</source>
        <translation>モデルアクセス</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="197"/>
        <location filename="../src/report/reporthtml.cpp" line="365"/>
        <source>Platform roles</source>
        <translation>プラットフォームロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="198"/>
        <location filename="../src/report/reporthtml.cpp" line="379"/>
        <source>Separation of duties</source>
        <translation>職務分離</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="199"/>
        <location filename="../src/report/reporthtml.cpp" line="233"/>
        <location filename="../src/report/reporthtml.cpp" line="398"/>
        <source>Changes since the saved audit</source>
        <translation>保存済みの監査以降の変更</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="220"/>
        <source>Roles (built-in pg_* roles aside)</source>
        <translation>ロール (組み込みの pg_* ロールを除く)</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="221"/>
        <source>Roles that may log in</source>
        <translation>ログインできるロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="222"/>
        <source>Superusers</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="223"/>
        <source>Roles with CREATEROLE (not superuser)</source>
        <translation>CREATEROLE を持つロール(スーパーユーザーを除く)</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="224"/>
        <source>Objects that carry privileges</source>
        <translation>権限が設定されたオブジェクト</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="225"/>
        <source>Granted rights (role, object, privilege)</source>
        <translation>付与された権限(ロール、オブジェクト、権限)</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="229"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="230"/>
        <source>Separation-of-duties violations</source>
        <translation>職務分離の違反</translation>
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
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="247"/>
        <source>How many rights (object and privilege) each role holds in each schema, through any path: its own grants, inherited roles, PUBLIC, ownership, superuser. The %1 roles with the most rights and the %2 schemas with the most rights are shown; the last row and column sum the rest. The database column holds the database itself.</source>
        <translation>各ロールが各スキーマで保持する権限(オブジェクトと権限)の数。経路は問わない: 自身への付与、継承したロール、PUBLIC、所有権、スーパーユーザー。権限が最も多い %1 個のロールと %2 個のスキーマを表示し、最後の行と列は残りの合計です。データベース列はデータベース自体の権限です。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="253"/>
        <source>No role holds any right.</source>
        <translation>権限を保持しているロールはありません。</translation>
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
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="256"/>
        <source>(database)</source>
        <translation>(データベース)</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="256"/>
        <source>other schemas</source>
        <translation>その他のスキーマ</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/reporthtml.cpp" line="268"/>
        <source>%n other role(s)</source>
        <translation>
            <numerusform>その他 %n 個のロール</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="283"/>
        <source>Superusers and roles that may create roles</source>
        <translation>スーパーユーザーとロールを作成できるロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="285"/>
        <location filename="../src/report/reporthtml.cpp" line="316"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="287"/>
        <location filename="../src/report/reporthtml.cpp" line="305"/>
        <source>Superuser</source>
        <translation>スーパーユーザー</translation>
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
        <translation>すべてのロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="290"/>
        <source>The roles with the most rights first; built-in pg_* roles are left out. Grant options count those a role holds on objects it does not own.</source>
        <translation>権限の多いロールから順に表示します。組み込みの pg_* ロールは除外されます。付与オプションは、ロールが自身の所有しないオブジェクトに対して保持するものを数えます。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="306"/>
        <source>Rights</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="306"/>
        <source>Grant options</source>
        <translation>付与オプション</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="313"/>
        <source>A grant option lets a role hand the right on. Owners and superusers hold them by nature and are left out; these were given.</source>
        <translation>付与オプションがあると、ロールはその権限を他へ付与できます。所有者とスーパーユーザーは本来これを保持するため除外しています。ここに示すのは付与されたものです。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Privilege</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="320"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="321"/>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Through</source>
        <translation>経由</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="329"/>
        <source>No role is a member of another.</source>
        <translation>他のロールのメンバーであるロールはありません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <location filename="../src/report/reporthtml.cpp" line="339"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="330"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="338"/>
        <source>This database has no schema groups.</source>
        <translation>このデータベースにはスキーマグループがありません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="339"/>
        <source>Level and schema</source>
        <translation>レベルとスキーマ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="347"/>
        <source>No model is imported in this database.</source>
        <translation>このデータベースにはモデルがインポートされていません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="352"/>
        <source>Roles that may use it</source>
        <translation>使用できるロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="353"/>
        <source>Logins among them</source>
        <translation>そのうちのログイン</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="356"/>
        <source>Model roles</source>
        <translation>モデルロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="358"/>
        <source>Nobody holds a model role.</source>
        <translation>モデルロールを保持しているユーザーはいません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <source>Model role</source>
        <translation>モデルロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="359"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="367"/>
        <source>No platform file was given: platform roles are not part of this report.</source>
        <translation>プラットフォームファイルが指定されていないため、プラットフォームロールはこのレポートに含まれません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="369"/>
        <source>Nobody holds a platform role.</source>
        <translation>プラットフォームロールを保持しているユーザーはいません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="371"/>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="381"/>
        <source>No rule is broken.</source>
        <translation>違反しているルールはありません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="387"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="387"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Who</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="391"/>
        <source>Violation</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="392"/>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="400"/>
        <source>No saved audit was given to compare with, so no changes are shown.</source>
        <translation>比較する保存済みの監査が指定されていないため、変更は表示されません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="402"/>
        <source>Compared with the audit of %1 taken %2.</source>
        <translation>%1 の監査(%2 に取得)と比較しました。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="405"/>
        <source>Nothing changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="409"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="420"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="435"/>
        <source>Rights gained</source>
        <translation>獲得した権限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="435"/>
        <source>Rights lost</source>
        <translation>喪失した権限</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="436"/>
        <source>Grant options gained</source>
        <translation>獲得した付与オプション</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="436"/>
        <source>Grant options lost</source>
        <translation>喪失した付与オプション</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="437"/>
        <source>Memberships added</source>
        <translation>追加されたメンバーシップ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="437"/>
        <source>Memberships removed</source>
        <translation>削除されたメンバーシップ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="438"/>
        <source>Schema groups added</source>
        <translation>追加されたスキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="438"/>
        <source>Schema groups removed</source>
        <translation>削除されたスキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="439"/>
        <source>Model roles added</source>
        <translation>追加されたモデルロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="439"/>
        <source>Model roles removed</source>
        <translation>削除されたモデルロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="440"/>
        <source>Platform roles added</source>
        <translation>追加されたプラットフォームロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="440"/>
        <source>Platform roles removed</source>
        <translation>削除されたプラットフォームロール</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="448"/>
        <source>Access audit report</source>
        <translation>アクセス監査レポート</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="453"/>
        <source>The SHA-256 covers the report&apos;s content as canonical JSON (compact, keys sorted): the database identity and catalog time, every count, list and violation text shown here, not the time the report was made. roledesk-cli report --data FILE writes those bytes; sha256sum FILE gives this value. Violation texts are in the report&apos;s language, so reports in two languages hash differently.</source>
        <translation>SHA-256 は、レポートの内容を正規化した JSON (コンパクト、キーをソート) に対して計算されます。対象はデータベースの識別情報とカタログ時刻、ここに表示されるすべての件数、一覧、違反テキストで、レポートの作成時刻は含みません。roledesk-cli report --data FILE はそのバイト列を書き出し、sha256sum FILE でこの値が得られます。違反テキストはレポートの言語で書かれるため、言語の異なるレポートはハッシュも異なります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/reporthtml.cpp" line="466"/>
        <source>Rights per role (the %n with the most)</source>
        <translation>
            <numerusform>ロールごとの権限(上位 %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="470"/>
        <source>People per platform role</source>
        <translation>プラットフォームロールごとのユーザー</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="471"/>
        <source>Models per owner</source>
        <translation>所有者ごとのモデル</translation>
    </message>
    <message>
        <location filename="../src/report/reporthtml.cpp" line="472"/>
        <source>Violations by rule</source>
        <translation>ルールごとの違反</translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="71"/>
        <source>the PDF could not be started: %1</source>
        <translation>PDF を開始できません: %1</translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="87"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location filename="../src/report/reportpdf.cpp" line="99"/>
        <source>the PDF could not be finished: %1</source>
        <translation>PDF を完了できません: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::RoleDeskApp</name>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="59"/>
        <source>RoleDesk: who can do what in a PostgreSQL database, and why.

Without options the window opens with the Connect dialog. The window&apos;s size and panels are remembered between runs (not in --screenshot mode); profiles live in the local workspace (%1).</source>
        <translation>RoleDesk: PostgreSQL データベースで誰が何をできるのか、そしてその理由。

オプションなしで起動すると、ウィンドウは接続ダイアログとともに開きます。ウィンドウのサイズとパネルは次回の起動でも保持されます (--screenshot モードを除く)。プロファイルはローカルワークスペース (%1) に保存されます。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="66"/>
        <source>Connect at start to DSN (a libpq URI or key=value string), without the dialog.</source>
        <translation>起動時にダイアログを使わずに DSN (libpq の URI または key=value 形式の文字列) へ接続します。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="67"/>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="69"/>
        <source>Once the first snapshot is shown, save the window to FILE (PNG) and quit.</source>
        <translation>最初のスナップショットが表示されたら、ウィンドウを FILE (PNG) に保存して終了します。</translation>
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
        <translation>読み込み後、ROLE と OBJECT (名前または schema.name) のマトリクスのセルを選択します。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="73"/>
        <source>ROLE,OBJECT</source>
        <translation>ROLE,OBJECT</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="87"/>
        <source>Save the --dsn connection as the connection profile NAME (replacing one of that name; the password, if any, is left out) and exit without opening the window.</source>
        <translation>--dsn の接続を接続プロファイル NAME として保存し (同名のものは置き換え、パスワードは保存しません)、ウィンドウを開かずに終了します。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="89"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="91"/>
        <source>Use this interface language for this run, without remembering it: en, ja or zh_CN (View ▸ Language changes it for good).</source>
        <translation>この起動に限りこの表示言語を使います (保存はしません): en、ja、zh_CN のいずれか (恒久的に変えるには 表示 ▸ 言語)。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="93"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="95"/>
        <source>Open this platform file (YAML) on the Platform page at start; no database needed for it.</source>
        <translation>起動時にこのプラットフォームファイル (YAML) を「プラットフォーム」ページで開きます。データベースは不要です。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="103"/>
        <source>unknown language &quot;%1&quot; for --language; valid languages: en, ja, zh_CN</source>
        <translation>--language に不明な言語 &quot;%1&quot; が指定されました。有効な言語: en, ja, zh_CN</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="123"/>
        <source>unknown page &quot;%1&quot; for --page; valid pages: %2</source>
        <translation>--page に不明なページ &quot;%1&quot; が指定されました。有効なページ: %2</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="195"/>
        <source>The language changes when the running task ends.</source>
        <translation>実行中の処理が終わると言語が切り替わります。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="211"/>
        <source>--save-profile needs --dsn</source>
        <translation>--save-profile には --dsn が必要です</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="221"/>
        <source>Saved the connection profile &quot;%1&quot; (%2) in %3.</source>
        <translation>接続プロファイル &quot;%1&quot; (%2) を %3 に保存しました。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="83"/>
        <source>Once loaded, add a pending edit: grant|revoke:ROLE,OBJECT,PRIVILEGE[+PRIVILEGE...] (ROLE PUBLIC for PUBLIC; repeatable), e.g. for screenshots.</source>
        <translation>読み込み後、保留中の編集を追加します: grant|revoke:ROLE,OBJECT,PRIVILEGE[+PRIVILEGE...] (PUBLIC には ROLE に PUBLIC を指定、複数指定可)。スクリーンショット用などに使います。</translation>
    </message>
    <message>
        <location filename="../app/roledesk/roledeskapp.cpp" line="74"/>
        <source>Show this page: privileges, memberships, defaults (default privileges), models (the in-database models; --select MODEL selects one), modelaccess (who holds which model role and may use which model), inference (a checked server, test inferences and an access test on --select MODEL[,ROLE...]), groups (the schema groups of SLPM / SPM: users by admin and schema, and each group&apos;s members), platform (platform roles of the --platform-file file; --select PERMISSION[,PERSON] shows the permission&apos;s holders and the person&apos;s roles), person (one person across every layer: --select PERSON[,all], a person of the --platform-file file or, without one, a login; all: every database of the server), lint (Check separation of duties, with the --platform-file file&apos;s people; --select LOGIN selects its first violation), or roledialog (the role dialog for the --select role).</source>
        <translation>表示するページ: privileges、memberships、defaults (デフォルト権限)、models (データベース内のモデル。--select MODEL で1つを選択)、modelaccess (誰がどのモデルロールを保持し、どのモデルを使用できるか)、inference (チェック済みのサーバー、テスト推論、および --select MODEL[,ROLE...] に対するアクセステスト)、groups (SLPM / SPM のスキーマグループ: 管理者とスキーマごとのユーザー、および各グループのメンバー)、platform (--platform-file ファイルのプラットフォームロール。--select PERMISSION[,PERSON] でその権限の保持者とそのユーザーのロールを表示)、person (すべてのレイヤーにわたる1人のユーザー: --select PERSON[,all]。--platform-file ファイルのユーザー、またはファイルがない場合はログイン。all: サーバーのすべてのデータベース)、lint (--platform-file ファイルのユーザーを使って職務分離をチェック。--select LOGIN でその最初の違反を選択)、または roledialog (--select のロールのロールダイアログ)。</translation>
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
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="43"/>
        <source>Admin option</source>
        <translation>ADMIN OPTION</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="47"/>
        <source>Groups the role is a member of</source>
        <translation>このロールが所属するグループ</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="90"/>
        <source>Create role</source>
        <translation>ロールの作成</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="93"/>
        <source>N&amp;o password</source>
        <translation>パスワードなし(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="98"/>
        <source>Alter role %1</source>
        <translation>ロール %1 の変更</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="160"/>
        <source>There is no role named “%1”.</source>
        <translation>「%1」という名前のロールはありません。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="164"/>
        <source>A role cannot be a member of itself.</source>
        <translation>ロールは自分自身のメンバーにはなれません。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="208"/>
        <source>Enter a name for the role.</source>
        <translation>ロールの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="210"/>
        <source>A role name holds at most 63 bytes in UTF-8; “%1” has %2.</source>
        <translation>ロール名は UTF-8 で最大 63 バイトです。「%1」は %2 バイトあります。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="212"/>
        <source>Names starting with “pg_” are reserved for PostgreSQL&apos;s own roles.</source>
        <translation>「pg_」で始まる名前は PostgreSQL 自身のロール用に予約されています。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="214"/>
        <source>“%1” is a reserved name.</source>
        <translation>「%1」は予約された名前です。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="218"/>
        <source>A role named “%1” already exists.</source>
        <translation>「%1」という名前のロールは既に存在します。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="230"/>
        <source>Enter the new password, or choose to keep it.</source>
        <translation>新しいパスワードを入力するか、現在のパスワードを維持するよう選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="232"/>
        <source>The password and its confirmation differ.</source>
        <translation>パスワードと確認用パスワードが一致しません。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="263"/>
        <source>A password can be set only while connected: the verifier is computed with the server&apos;s settings.</source>
        <translation>パスワードは接続中にのみ設定できます。検証子はサーバーの設定を使って計算されるためです。</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="269"/>
        <source>Computing the password verifier…</source>
        <translation>パスワード検証子を計算しています…</translation>
    </message>
    <message>
        <location filename="../ui/roles/roledialog.cpp" line="280"/>
        <source>Could not compute the password verifier: %1</source>
        <translation>パスワード検証子を計算できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::SavedAudit</name>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="62"/>
        <source>system identifier unknown</source>
        <translation>システム識別子は不明</translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="63"/>
        <source>system identifier %1</source>
        <translation>システム識別子 %1</translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="64"/>
        <source>database %1 on %2 (%3)</source>
        <translation>%2 上のデータベース %1 (%3)</translation>
    </message>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="201"/>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>roledesk::SavedAuditReader</name>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="123"/>
        <source>the saved audit is damaged at line %1: %2</source>
        <translation>保存済みの監査が %1 行目で破損しています: %2</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="141"/>
        <source>could not open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="142"/>
        <source>this is not a RoleDesk saved audit</source>
        <translation>RoleDesk の保存済みの監査ではありません</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="149"/>
        <location filename="../src/audit/savedauditreader.cpp" line="249"/>
        <location filename="../src/audit/savedauditreader.cpp" line="258"/>
        <location filename="../src/audit/savedauditreader.cpp" line="267"/>
        <source>the saved audit is incomplete: the file ends at line %1</source>
        <translation>保存済みの監査が不完全です: ファイルが %1 行目で終わっています</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="168"/>
        <source>the saved audit has format version %1; this RoleDesk reads version %2</source>
        <translation>保存済みの監査の形式バージョンは %1 ですが、この RoleDesk が読み込めるのはバージョン %2 です</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="172"/>
        <source>the database identity is missing</source>
        <translation>データベースの識別情報がありません</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="182"/>
        <source>the memberships, schema groups, model roles or platform roles are malformed</source>
        <translation>メンバーシップ、スキーマグループ、モデルロール、またはプラットフォームロールの形式が不正です</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="247"/>
        <location filename="../src/audit/savedauditreader.cpp" line="271"/>
        <source>a right was expected</source>
        <translation>権限が必要です</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="254"/>
        <source>the count of rights is missing</source>
        <translation>権限の数がありません</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="256"/>
        <source>the saved audit is damaged: it says it holds %1 rights but holds %2</source>
        <translation>保存済みの監査が破損しています: 権限数は %1 と記載されていますが、実際は %2 です</translation>
    </message>
    <message>
        <location filename="../src/audit/savedauditreader.cpp" line="275"/>
        <source>the rights are out of order</source>
        <translation>権限の順序が正しくありません</translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupCatalog</name>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="82"/>
        <source>Cannot tell which permission model is in force (%1).</source>
        <translation>どの権限モデルが適用されているか判別できません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="96"/>
        <source>Cannot read the state of slpm_ce (%1).</source>
        <translation>slpm_ce の状態を読み取れません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="104"/>
        <source>Cannot read the groups of slpm_ce (%1).</source>
        <translation>slpm_ce のグループを読み取れません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="115"/>
        <source>Cannot list the objects still to migrate (%1).</source>
        <translation>移行が必要なオブジェクトを一覧表示できません (%1)。</translation>
    </message>
    <message>
        <location filename="../src/slpm/schemagroupcatalog.cpp" line="134"/>
        <source>Cannot read the groups (%1).</source>
        <translation>グループを読み取れません (%1)。</translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupMatrixModel</name>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="65"/>
        <source>Schema groups — not connected</source>
        <translation>スキーマグループ — 未接続</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="69"/>
        <source>Standard PostgreSQL permissions: no schema groups (slpm_ce %1 installed, not enabled)</source>
        <translation>標準の PostgreSQL 権限: スキーマグループなし (slpm_ce %1 はインストール済み、未有効化)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="71"/>
        <source>Standard PostgreSQL permissions: no schema groups</source>
        <translation>標準の PostgreSQL 権限: スキーマグループなし</translation>
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
        <translation>スキーマグループ — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="78"/>
        <source>— not fully migrated</source>
        <translation>— 移行未完了</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="109"/>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="110"/>
        <source>writer</source>
        <translation>書き込み者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="111"/>
        <source>developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="112"/>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="142"/>
        <source>%1 is %2 in %3 (a direct member of the group).</source>
        <translation>%1 は %3 で%2です (グループの直接のメンバー)。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="144"/>
        <source>%1 holds %2 in %3 through another role (via %4).</source>
        <translation>%1 は別のロールを通じて %3 の%2レベルを保有しています (%4 経由)。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="147"/>
        <source>%1 is NOINHERIT: it uses the group&apos;s rights only after SET ROLE to the group.</source>
        <translation>%1 は NOINHERIT です: グループの権限は、そのグループへ SET ROLE した後にのみ使えます。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="149"/>
        <source>%1 is a new login, created when the plan is applied.</source>
        <translation>%1 は新しいログインで、プランの適用時に作成されます。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="151"/>
        <source>%1 is in no group of %2.</source>
        <translation>%1 は %2 のどのグループにも属していません。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="153"/>
        <source>%1 is a superuser and has every right whatever its groups.</source>
        <translation>%1 はスーパーユーザーであり、所属グループにかかわらずすべての権限を持ちます。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="155"/>
        <source>Pending: no group here.</source>
        <translation>保留中: ここではグループなし。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="156"/>
        <source>Pending: %1.</source>
        <translation>保留中: %1。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="185"/>
        <source>superuser</source>
        <translation>スーパーユーザー</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="185"/>
        <source>%1 (superuser)</source>
        <translation>%1 (スーパーユーザー)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="187"/>
        <source>(%1)</source>
        <comment>a level held through another role</comment>
        <translation>(%1)</translation>
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
        <translation>%1 (新規)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="227"/>
        <source>%1: a new login, created when the plan is applied</source>
        <translation>%1: 新しいログイン (プランの適用時に作成)</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="237"/>
        <source>%1: can log in</source>
        <translation>%1: ログイン可</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="237"/>
        <source>%1: cannot log in</source>
        <translation>%1: ログイン不可</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="247"/>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="248"/>
        <source>All schemas</source>
        <translation>すべてのスキーマ</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="251"/>
        <source>The database&apos;s admin group: owns the database and every schema and manages every group&apos;s members.</source>
        <translation>データベースの admin グループ: データベースとすべてのスキーマを所有し、すべてのグループのメンバーを管理します。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="253"/>
        <source>The database&apos;s developer, writer and viewer groups: their rights cover every schema.</source>
        <translation>データベースの developer、writer、viewer グループ: その権限はすべてのスキーマに及びます。</translation>
    </message>
    <message>
        <location filename="../src/models/schemagroupmatrixmodel.cpp" line="254"/>
        <source>Schema %1: its developer, writer and viewer groups.</source>
        <translation>スキーマ %1: その developer、writer、viewer グループ。</translation>
    </message>
</context>
<context>
    <name>roledesk::SchemaGroupsPage</name>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="56"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="452"/>
        <source>(no group)</source>
        <translation>(グループなし)</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="126"/>
        <source>Schema group matrix</source>
        <translation>スキーマグループマトリクス</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="139"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="198"/>
        <source>Connect to a database to see its schema groups (Ctrl+O).</source>
        <translation>データベースに接続すると、そのスキーマグループが表示されます (Ctrl+O)。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="179"/>
        <source>F2, Enter or double click: choose a level. Keys 0 none, 1 viewer, 2 writer, 3 developer; A toggles admin. Italic grey: held only through another role. Drag users onto a group to add them.</source>
        <translation>F2、Enter、またはダブルクリック: レベルを選択します。キー 0 でなし、1 で閲覧者 (viewer)、2 で書き込み者 (writer)、3 で開発者 (developer)。A で管理者 (admin) を切り替えます。灰色の斜体: 別のロールを通じてのみ保有。ユーザーをグループにドラッグすると追加されます。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="195"/>
        <source>This database uses PostgreSQL&apos;s own permissions: it has no schema groups. Enable SLPM or SPM (slpm_ce on community PostgreSQL) to manage them here.</source>
        <translation>このデータベースは PostgreSQL 自体の権限を使用しています: スキーマグループはありません。ここで管理するには SLPM または SPM を有効化してください (コミュニティ版 PostgreSQL では slpm_ce)。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="235"/>
        <source>&amp;Users:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="238"/>
        <source>Filter users by name</source>
        <translation>ユーザー名で絞り込み</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="248"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="300"/>
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 / %n ユーザー</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="258"/>
        <source>Groups and &amp;members:</source>
        <translation>グループとメンバー(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="261"/>
        <source>Groups and their direct members</source>
        <translation>グループとその直接のメンバー</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="265"/>
        <source>&amp;New user…</source>
        <translation>新規ユーザー(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="267"/>
        <source>Create a login user, optionally straight into a group (slpm_create_user).</source>
        <translation>ログインユーザーを作成し、必要に応じて直接グループに追加します (slpm_create_user)。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="269"/>
        <source>Add selected users &amp;to group</source>
        <translation>選択したユーザーをグループに追加(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="271"/>
        <source>Add the users selected in the matrix to the group selected here (as dragging them does).</source>
        <translation>マトリクスで選択したユーザーを、ここで選択したグループに追加します (ドラッグした場合と同じ)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="290"/>
        <source>%n object(s) not yet handed to their schema&apos;s developer group (migrate).</source>
        <translation>
            <numerusform>%n 個のオブジェクトがまだスキーマの developer グループに引き渡されていません (移行)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/schemagroupspage.cpp" line="293"/>
        <source>%n group(s) belong to schemas that no longer exist.</source>
        <translation>
            <numerusform>%n 個のグループが、もう存在しないスキーマに属しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="354"/>
        <source>Admin is set in the Admin column.</source>
        <translation>管理者は「管理者」列で設定します。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="355"/>
        <source>The Admin column takes admin or none.</source>
        <translation>「管理者」列に設定できるのは管理者またはなしだけです。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="362"/>
        <source>no group</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="363"/>
        <source>%1 in %2 for %3</source>
        <translation>%3: %2 で%1</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="387"/>
        <source>Add %1 to %2</source>
        <translation>%1 を %2 に追加</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="390"/>
        <location filename="../ui/groups/schemagroupspage.cpp" line="432"/>
        <source>There is no group named %1.</source>
        <translation>%1 という名前のグループはありません。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="398"/>
        <source>Choose a group in the member list first.</source>
        <translation>先にメンバー一覧でグループを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="411"/>
        <source>Select users in the matrix first.</source>
        <translation>先にマトリクスでユーザーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="423"/>
        <source>This database has no schema-group model in force: create users on the Memberships page.</source>
        <translation>このデータベースではスキーマグループモデルが適用されていません: ユーザーは「メンバーシップ」ページで作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="436"/>
        <source>New user %1</source>
        <translation>新規ユーザー %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="436"/>
        <source>New user %1 in %2</source>
        <translation>%2 に新規ユーザー %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="446"/>
        <source>New user</source>
        <translation>新規ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="462"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="463"/>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/groups/schemagroupspage.cpp" line="464"/>
        <source>User names must not end in admin, developer, writer, viewer or all_users.</source>
        <translation>ユーザー名の末尾を admin、developer、writer、viewer、all_users にすることはできません。</translation>
    </message>
</context>
<context>
    <name>roledesk::ScratchAudit</name>
    <message>
        <location filename="../src/audit/savedaudit.cpp" line="254"/>
        <source>could not write a temporary file: %1</source>
        <translation>一時ファイルを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::SeparationOfDuties</name>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="53"/>
        <source>login %1</source>
        <translation>ログイン %1</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="54"/>
        <source>login %1 (%2)</source>
        <translation>ログイン %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="69"/>
        <source>%1 holds platform roles that should be held apart</source>
        <translation>%1 は分離すべきプラットフォームロールを保持しています</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="90"/>
        <source>%1 holds the model roles %2</source>
        <translation>%1 はモデルロール %2 を保持しています</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="107"/>
        <source>database %1 belongs to project %2</source>
        <translation>データベース %1 はプロジェクト %2 に属しています</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="111"/>
        <source>%1 holds no platform role</source>
        <translation>%1 はプラットフォームロールを保持していません</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="112"/>
        <source>platform roles of %1: %2</source>
        <translation>%1 のプラットフォームロール: %2</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="114"/>
        <source>%1 has rights in database %2, which no platform role of theirs covers (project %3)</source>
        <translation>%1 はデータベース %2 に権限を持っていますが、そのユーザーのどのプラットフォームロールもそれをカバーしていません (プロジェクト %3)</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="127"/>
        <source>%1 is a superuser</source>
        <translation>%1 はスーパーユーザーです</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="128"/>
        <source>%1 has CREATEROLE</source>
        <translation>%1 は CREATEROLE を持っています</translation>
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
        <translation>%1 はあるスキーマの developer であり、別のスキーマでは viewer のみです</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="166"/>
        <source>%1 is granted directly, and %2 already covers it</source>
        <translation>%1 は直接付与されていますが、%2 が既にそれをカバーしています</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="170"/>
        <source>%1 holds schema groups it does not need</source>
        <translation>%1 は不要なスキーマグループを保持しています</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="185"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="187"/>
        <source>%1 (manual)</source>
        <translation>%1 (手動)</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="188"/>
        <source>%1 (rule %2)</source>
        <translation>%1 (ルール %2)</translation>
    </message>
    <message>
        <location filename="../src/lint/separationofduties.cpp" line="189"/>
        <source>%1 (rule %2: %3)</source>
        <translation>%1 (ルール %2: %3)</translation>
    </message>
</context>
<context>
    <name>roledesk::ServerRightsSweep</name>
    <message>
        <location filename="../ui/people/serverrightssweep.cpp" line="64"/>
        <source>Could not list the databases of the server: %1</source>
        <translation>サーバーのデータベース一覧を取得できません: %1</translation>
    </message>
</context>
<context>
    <name>roledesk::Session</name>
    <message>
        <location filename="../ui/window/session.cpp" line="144"/>
        <source>Clear pending changes</source>
        <translation>保留中の変更をクリア</translation>
    </message>
    <message>
        <location filename="../ui/window/session.cpp" line="229"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1: %2 を想定していましたが、%3 でした</translation>
    </message>
</context>
<context>
    <name>roledesk::SlpmInstallDialog</name>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="21"/>
        <source>Checking the server…</source>
        <translation>サーバーを確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="23"/>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="24"/>
        <source>&amp;Save files…</source>
        <translation>ファイルを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="27"/>
        <source>Install slpm_ce</source>
        <translation>slpm_ce のインストール</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="40"/>
        <source>slpm_ce gives community PostgreSQL the procedures of Hologres&apos; simple permission models: schema-level groups (SLPM: {db}.admin, {db}.{schema}.developer, writer, viewer) and database-level groups (SPM). Installing changes no right: the model stays off until it is enabled. This statement will run, in one transaction; the extension&apos;s script follows.</source>
        <translation>slpm_ce は、コミュニティ版 PostgreSQL に Hologres のシンプル権限モデルのプロシージャを提供します: スキーマレベルのグループ (SLPM: {db}.admin、{db}.{schema}.developer、writer、viewer) とデータベースレベルのグループ (SPM) です。インストールしても権限は何も変わりません: モデルは有効化するまで無効のままです。以下の文が 1 つのトランザクションで実行されます。その後に拡張機能のスクリプトが続きます。</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="93"/>
        <source>Ready to install version %1 as %2.</source>
        <translation>バージョン %1 を %2 としてインストールする準備ができました。</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="107"/>
        <source>Installing…</source>
        <translation>インストール中…</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="126"/>
        <source>Installing failed, nothing was changed: %1</source>
        <translation>インストールに失敗しました。何も変更されていません: %1</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="137"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="146"/>
        <source>Folder for the extension&apos;s files</source>
        <translation>拡張機能のファイルを保存するフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/groups/slpminstalldialog.cpp" line="151"/>
        <source>Saved slpm_ce.control and its script into %1. Copy them into the server&apos;s share/extension folder (pg_config --sharedir), then install.</source>
        <translation>slpm_ce.control とそのスクリプトを %1 に保存しました。サーバーの share/extension フォルダー (pg_config --sharedir) にコピーしてから、インストールしてください。</translation>
    </message>
</context>
<context>
    <name>roledesk::SlpmSetup</name>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="17"/>
        <source>The setup query is missing from the application.</source>
        <translation>アプリケーションにセットアップ用の問い合わせがありません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="22"/>
        <source>The current user is not in pg_roles.</source>
        <translation>現在のユーザーが pg_roles にありません。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="37"/>
        <source>Could not check the server: %1</source>
        <translation>サーバーを確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="39"/>
        <source>This database already has the slpm_ce extension.</source>
        <translation>このデータベースには既に slpm_ce 拡張機能があります。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="41"/>
        <source>Only a superuser can install slpm_ce; &quot;%1&quot; is not one. Ask a superuser to run the script below.</source>
        <translation>slpm_ce をインストールできるのはスーパーユーザーだけですが、「%1」はスーパーユーザーではありません。下のスクリプトの実行をスーパーユーザーに依頼してください。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="44"/>
        <source>A schema named slpm_ce exists but is not the extension&apos;s; rename or drop it first.</source>
        <translation>slpm_ce という名前のスキーマが存在しますが、拡張機能のものではありません。先に名前を変更するか削除してください。</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="46"/>
        <source>the server&apos;s share/extension folder</source>
        <translation>サーバーの share/extension フォルダー</translation>
    </message>
    <message>
        <location filename="../src/slpm/slpmsetup.cpp" line="48"/>
        <source>The server has no slpm_ce extension files. Save them with &quot;Save files…&quot; and copy them into %1 on the database server, then try again.</source>
        <translation>サーバーに slpm_ce 拡張機能のファイルがありません。「ファイルを保存…」で保存し、データベースサーバー上の %1 にコピーしてから、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>roledesk::SnapshotLoader</name>
    <message>
        <location filename="../src/catalog/snapshotloader.cpp" line="64"/>
        <source>Loading was cancelled.</source>
        <translation>読み込みが中止されました。</translation>
    </message>
</context>
<context>
    <name>roledesk::SqlInference</name>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="58"/>
        <source>Model &quot;%1&quot; answered as role %2: %3 values, norm %4, in %5 ms.</source>
        <translation>モデル「%1」がロール %2 として応答しました: 値 %3 個、ノルム %4、%5 ms。</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="64"/>
        <source>Could not connect to the database for the test inference:</source>
        <translation>テスト推論のためにデータベースに接続できませんでした:</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="66"/>
        <source>Could not start the test inference:</source>
        <translation>テスト推論を開始できませんでした:</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="69"/>
        <source>Cannot run as role %1: the connected user %2 is neither a member of %1 nor a superuser (SET ROLE needs one or the other).</source>
        <translation>ロール %1 として実行できません: 接続ユーザー %2 は %1 のメンバーでもスーパーユーザーでもありません (SET ROLE にはどちらかが必要です)。</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="73"/>
        <source>Cannot run as role %1:</source>
        <translation>ロール %1 として実行できません:</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="76"/>
        <source>Permission denied: role %1 may not use model &quot;%2&quot; (function %3).</source>
        <translation>権限がありません: ロール %1 はモデル「%2」(関数 %3) を使用できません。</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="80"/>
        <source>Role %1 may use model &quot;%2&quot;, but the inference failed:</source>
        <translation>ロール %1 はモデル「%2」を使用できますが、推論に失敗しました:</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="82"/>
        <source>The call of %1 for model &quot;%2&quot; as role %3 failed:</source>
        <translation>ロール %3 としてのモデル「%2」の %1 の呼び出しに失敗しました:</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="85"/>
        <source>Function %1 of model &quot;%2&quot; returned an unusable result: %3</source>
        <translation>モデル「%2」の関数 %1 が使用できない結果を返しました: %3</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="169"/>
        <source>it returned NULL</source>
        <translation>NULL が返されました</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="175"/>
        <source>it returned an empty array</source>
        <translation>空の配列が返されました</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="194"/>
        <source>malformed array bounds</source>
        <translation>配列の範囲指定が不正です</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="199"/>
        <source>not an array: %1</source>
        <translation>配列ではありません: %1</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="212"/>
        <source>element %1 is NULL</source>
        <translation>要素 %1 が NULL です</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="219"/>
        <source>element %1 is %2, not a finite number</source>
        <translation>要素 %1 が %2 で、有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../src/inference/sqlinference.cpp" line="233"/>
        <location filename="../src/inference/sqlinference.cpp" line="239"/>
        <source>unbalanced braces</source>
        <translation>波括弧の対応が取れていません</translation>
    </message>
</context>
<context>
    <name>roledesk::WriteFailure</name>
    <message>
        <location filename="../src/export/writefailure.cpp" line="20"/>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="22"/>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="24"/>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <location filename="../src/export/writefailure.cpp" line="30"/>
        <source>cannot create a file in %1: %2</source>
        <translation>%1 にファイルを作成できません: %2</translation>
    </message>
</context>
<context>
    <name>roledesk::pg</name>
    <message>
        <location filename="../src/plan/applier.cpp" line="43"/>
        <source>Only superusers and members of the database&apos;s admin group (%1) may call %2; the applying role is neither, or the database has no schema-group procedures.</source>
        <translation>%2 を呼び出せるのはスーパーユーザーとデータベースの admin グループ (%1) のメンバーだけです。適用するロールはそのどちらでもないか、データベースにスキーマグループのプロシージャがありません。</translation>
    </message>
</context>
<context>
    <name>roledesk::policygroups</name>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="95"/>
        <source>model standard has no groups to list members of</source>
        <translation>モデル standard にはメンバーを列挙するグループがありません</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="100"/>
        <source>a schema group without a name</source>
        <translation>名前のないスキーマグループ</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="104"/>
        <source>group %1 is listed twice</source>
        <translation>グループ %1 が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="109"/>
        <source>group %1: a member needs a role name</source>
        <translation>グループ %1: メンバーにはロール名が必要です</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="111"/>
        <source>group %1 lists %2 twice</source>
        <translation>グループ %1 に %2 が 2 回記載されています</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="113"/>
        <source>group %1: the user name %2 is reserved (names must not end in admin, developer, writer, viewer or all_users)</source>
        <translation>グループ %1: ユーザー名 %2 は予約されています (名前の末尾を admin、developer、writer、viewer、all_users にすることはできません)</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="116"/>
        <source>group %1: member %2 is outside the scope</source>
        <translation>グループ %1: メンバー %2 はスコープ外です</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="143"/>
        <source>database %1 is in the %2 model, the file wants %3 (not changed by plan or apply: run roledesk-cli groups enable, migrate or disable)</source>
        <translation>データベース %1 は %2 モデルですが、ファイルは %3 を求めています (plan や apply では変更されません: roledesk-cli groups enable、migrate、disable を実行してください)</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="153"/>
        <source>group %1 does not exist in database %2 (a schema without groups? run roledesk-cli groups migrate); its members are not planned</source>
        <translation>グループ %1 はデータベース %2 に存在しません (グループのないスキーマ? roledesk-cli groups migrate を実行してください)。そのメンバーはプランに含まれません</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="164"/>
        <source>%1 is not a member of group %2</source>
        <translation>%1 はグループ %2 のメンバーではありません</translation>
    </message>
    <message>
        <location filename="../src/policy/policygroups.cpp" line="170"/>
        <source>%1 is a member of group %2 beyond the file</source>
        <translation>%1 はファイルにないグループ %2 のメンバーシップを持っています</translation>
    </message>
</context>
</TS>
