<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>catalog::BackupController</name>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="107"/>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="110"/>
        <source>Back up %1 to a file set named catalog_backup_YYYYMMDD_HHMMSS with a checksum manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="116"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="120"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="124"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="128"/>
        <source>Include the image store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="131"/>
        <source>Afterwards remove old backups: keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="139"/>
        <location filename="../ui/backupcontroller.cpp" line="315"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="143"/>
        <location filename="../ui/backupcontroller.cpp" line="319"/>
        <source>and all from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="150"/>
        <source>found automatically for the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="151"/>
        <source>pg_dump/pg_restore &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="154"/>
        <source>&amp;Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="206"/>
        <location filename="../ui/backupcontroller.cpp" line="212"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="206"/>
        <source>The backup failed; nothing was kept of it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="213"/>
        <source>The backup was written, but old backups could not be removed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="218"/>
        <source>Backing up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="224"/>
        <location filename="../ui/backupcontroller.cpp" line="230"/>
        <location filename="../ui/backupcontroller.cpp" line="240"/>
        <location filename="../ui/backupcontroller.cpp" line="247"/>
        <location filename="../ui/backupcontroller.cpp" line="290"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="225"/>
        <source>Backup manifests (*.manifest.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="246"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="248"/>
        <source>Restore the backup of %1 taken %2 into %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="252"/>
        <source>This replaces the %1 products and suppliers there with the backup&apos;s. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="254"/>
        <source>%1 %2, schema version %3, %4 rows in %5 tables%6. The restored tables are checked against the backup&apos;s checksums before the restore is reported done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="260"/>
        <source>, with the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="262"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="290"/>
        <source>The restore did not complete:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="297"/>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="304"/>
        <location filename="../ui/backupcontroller.cpp" line="369"/>
        <source>Clean Up Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="307"/>
        <source>Backup sets in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="317"/>
        <source>Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="328"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="350"/>
        <source>%1  %2  %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="351"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="351"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="354"/>
        <source>  (incomplete: no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupcontroller.cpp" line="360"/>
        <source>%n set(s) would be removed, freeing %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="18"/>
        <source>Someone else changed this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="21"/>
        <source>&lt;b&gt;The row was saved by someone else after you loaded it.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Compare the two versions and choose which one to keep. Highlighted fields differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="50"/>
        <source>Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="51"/>
        <source>Take the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="54"/>
        <source>Your edited fields are written over the stored version; its other fields are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="55"/>
        <source>Your changes to this row are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="81"/>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="89"/>
        <source>Path of the catalog file; it is created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="91"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="99"/>
        <source>Host name, address or socket folder (empty: libpq default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="103"/>
        <source>Default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="109"/>
        <source>Database name (empty: same as the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="112"/>
        <source>Empty: your operating-system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="116"/>
        <source>Empty: ~/.pgpass or no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="117"/>
        <source>Used for this session only; passwords are never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="122"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="123"/>
        <source>Encrypt only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="124"/>
        <source>Encrypt if the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="125"/>
        <source>Always encrypt; do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="126"/>
        <source>Always encrypt; check the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="127"/>
        <source>Always encrypt; check the authority and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="134"/>
        <source>CA certificate (PEM) to check the server against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="135"/>
        <source>Client certificate (PEM), if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>Private key of the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="145"/>
        <source>Do not remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="146"/>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="147"/>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="148"/>
        <source>Passwords are never written to the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="157"/>
        <source>postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="165"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="188"/>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="189"/>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="190"/>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="191"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="192"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="193"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="194"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="195"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="196"/>
        <source>Re&amp;member password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="197"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="198"/>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="199"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="200"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="202"/>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="207"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>Choose a recent connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="354"/>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="408"/>
        <source>Catalog database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="409"/>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="458"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="472"/>
        <source>Connected to %1 %2, round trip %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="477"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="504"/>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConsistencyDialog</name>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="22"/>
        <source>Products whose supplier does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="24"/>
        <source>Active products whose supplier is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="26"/>
        <source>Duplicate suppliers (same source ID apart from case and spaces, or same name and company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="30"/>
        <source>Suppliers whose product count is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="32"/>
        <source>Products whose lowest price is above the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="35"/>
        <source>Products whose image list or specifications are not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="38"/>
        <source>Active products without a main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="40"/>
        <source>Jobs still marked running after 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="42"/>
        <source>Products whose images are recorded but not their main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="45"/>
        <source>Image rows whose stored file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="47"/>
        <source>Image files that no image row names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="49"/>
        <source>Image files whose checksum differs from their row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Check consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="64"/>
        <source>Looks for data that breaks the catalog&apos;s rules. Nothing is changed until you choose Repair; every repair runs in one transaction and is recorded in the rows&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="70"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="70"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="70"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="83"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="84"/>
        <source>Repair all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="95"/>
        <source>The repair failed and was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="131"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="141"/>
        <location filename="../ui/consistencydialog.cpp" line="156"/>
        <source>Repairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="180"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="200"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="210"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistencydialog.cpp" line="211"/>
        <source>%Ln problem row(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::DashboardWindow</name>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="118"/>
        <source>Statistics — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="125"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="128"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="145"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="146"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="147"/>
        <source>Performance and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="214"/>
        <location filename="../ui/dashboardwindow.cpp" line="504"/>
        <location filename="../ui/dashboardwindow.cpp" line="540"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="215"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="216"/>
        <source>Images stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="217"/>
        <location filename="../ui/dashboardwindow.cpp" line="242"/>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="218"/>
        <source>Jobs, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="219"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="243"/>
        <source>Dead rows to reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="244"/>
        <source>Image files (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="245"/>
        <source>Images without a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="246"/>
        <source>Image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="251"/>
        <source>Updates and deletes leave dead rows behind (every import upserts). Optimising reclaims their space and refreshes the planner&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="255"/>
        <source>&amp;Optimise Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="266"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="266"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="266"/>
        <location filename="../ui/dashboardwindow.cpp" line="676"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="266"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="266"/>
        <source>Rows (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="266"/>
        <source>Dead rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="283"/>
        <source>Waiting for the first health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="290"/>
        <source>Check health every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="294"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="308"/>
        <source>&lt;b&gt;This application&apos;s storage calls&lt;/b&gt; (latency of the most recent %1 statements per kind, measured here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="314"/>
        <source>Statement kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="314"/>
        <location filename="../ui/dashboardwindow.cpp" line="330"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="314"/>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="314"/>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="314"/>
        <source>Slowest (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="321"/>
        <source>&lt;b&gt;Slowest statements on the server&lt;/b&gt; (pg_stat_statements, by mean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="330"/>
        <source>Mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="330"/>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="330"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="330"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="384"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="394"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="398"/>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="400"/>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="403"/>
        <source>%1 without a file · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="406"/>
        <location filename="../ui/dashboardwindow.cpp" line="419"/>
        <location filename="../ui/dashboardwindow.cpp" line="646"/>
        <location filename="../ui/dashboardwindow.cpp" line="647"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="407"/>
        <source>%1 dead rows to reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="417"/>
        <source>%1 failed · %2 rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardwindow.cpp" line="420"/>
        <source>%n table(s) and index(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="422"/>
        <source>dead tuples (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="423"/>
        <source>free pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="425"/>
        <source>%1 stored of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="427"/>
        <source>%1 products have no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="429"/>
        <location filename="../ui/dashboardwindow.cpp" line="835"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="430"/>
        <source>%1 does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="431"/>
        <source>%1 files in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="448"/>
        <source>Products by sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="470"/>
        <source>Products by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="492"/>
        <source>Other  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="501"/>
        <source>Price distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="502"/>
        <source>Price distribution (from-price, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="538"/>
        <source>Top suppliers by products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardwindow.cpp" line="575"/>
        <source>Jobs and rejected rows per day, last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="577"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="580"/>
        <source>Other jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="584"/>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="643"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="643"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="659"/>
        <source>Sizes per table are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="663"/>
        <source>Largest tables and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="668"/>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="671"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="674"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="679"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="716"/>
        <source>SQLite keeps no statement statistics; the table above shows this application&apos;s own latencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="720"/>
        <source>pg_stat_statements is not enabled in this database. To enable it, a superuser adds pg_stat_statements to shared_preload_libraries in postgresql.conf, restarts PostgreSQL and runs CREATE EXTENSION pg_stat_statements; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="727"/>
        <source>The pg_stat_statements extension is installed, but the server has not loaded it: add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="775"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="779"/>
        <location filename="../ui/dashboardwindow.cpp" line="842"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="783"/>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="788"/>
        <source>%1 ms · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="817"/>
        <location filename="../ui/dashboardwindow.cpp" line="825"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="818"/>
        <source>%1 ms for a trivial query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="820"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="822"/>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="823"/>
        <source>standby in recovery (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="823"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="828"/>
        <source>Free disk (storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="828"/>
        <source>Free disk (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="829"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="830"/>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="834"/>
        <source>Long-running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="838"/>
        <source>%1 for %2 min — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="840"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="843"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::DemoData</name>
    <message numerus="yes">
        <location filename="../storage/demodata.cpp" line="46"/>
        <source>Demo data load cancelled: %n product(s) and %1 supplier(s) were loaded and kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demodata.cpp" line="49"/>
        <source>Loaded %n demo product(s) from %1 supplier(s) in %2 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="71"/>
        <source>Demo data needs at least one supplier, zero or more products and a batch size of at least one (got %1 products, %2 suppliers, batches of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="80"/>
        <source>products and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="81"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="82"/>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="84"/>
        <source>The catalog %1 already contains %2 (possibly deleted ones). Demo data is only loaded into an empty catalog, so that it never mixes with real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demodata.cpp" line="129"/>
        <source>Loading demo products %1 to %2 failed after %n product(s) were loaded: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="23"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="25"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="27"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="29"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="40"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="46"/>
        <source>The operating-system user the application acted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="48"/>
        <source>The database login that made the change, as the server saw it (SQLite has no roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="61"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="70"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historydialog.cpp" line="89"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="98"/>
        <source>The version could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="101"/>
        <source>Restored. The old values are now the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="117"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="130"/>
        <source>This entry records the creation; there are no earlier values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="146"/>
        <source>&lt;p&gt;Values before this change:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="157"/>
        <source>Write the values from before the change of %1 back as a new version?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageGallery</name>
    <message>
        <location filename="../ui/imagegallery.cpp" line="105"/>
        <location filename="../ui/imagegallery.cpp" line="143"/>
        <location filename="../ui/imagegallery.cpp" line="276"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="105"/>
        <source>Detail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="108"/>
        <source>%1
Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="147"/>
        <source>%1
%2 x %3 %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="155"/>
        <source>%1
Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="156"/>
        <source>%1
Fetch failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="184"/>
        <source>
The stored file cannot be read; run Maintenance &gt; Check Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="202"/>
        <location filename="../ui/imagegallery.cpp" line="213"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="203"/>
        <source>This image has not been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="204"/>
        <source>This image could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="213"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="219"/>
        <source>%1 x %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="244"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="246"/>
        <source>Fetch This Product&apos;s Images Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="247"/>
        <source>Delete Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="254"/>
        <location filename="../ui/imagegallery.cpp" line="268"/>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="255"/>
        <source>Delete this image (its row and its file)?
%1

It is fetched again the next time this product&apos;s images are fetched, as long as the product names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="268"/>
        <source>The image was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageTableModel</name>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="21"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="22"/>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="23"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="24"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="25"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="26"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="27"/>
        <source>Stored file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="28"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="75"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="75"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="84"/>
        <source>not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="28"/>
        <location filename="../ui/importdialog.cpp" line="131"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="34"/>
        <source>A CSV, JSON Lines or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="36"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="39"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="42"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="46"/>
        <source>1688sync crawler items (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="47"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Detect (UTF-8, UTF-16 by BOM, else GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="54"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="58"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="60"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Double quote &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="63"/>
        <source>Single quote &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="66"/>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="69"/>
        <source>CSV delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>Insert new products, update existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="74"/>
        <source>Insert new products only; reject existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="76"/>
        <source>Insert new products; leave existing ones untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="77"/>
        <source>Existing products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="79"/>
        <source>Only check the file (dry run): nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="82"/>
        <source>Columns (CSV): which catalog field each column fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Catalog field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="91"/>
        <source>Preview: the first 20 rows as the import reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <location filename="../ui/importdialog.cpp" line="128"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="128"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="132"/>
        <source>Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="182"/>
        <source>Choose a file to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="207"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="221"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="223"/>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="227"/>
        <source>Would be rejected because</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="251"/>
        <source>%1, %2: %n row(s) shown, %3 would be rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="255"/>
        <source>(Only the beginning of the file was read for the preview.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::JobsPage</name>
    <message>
        <location filename="../ui/jobspage.cpp" line="28"/>
        <source>&amp;Stop Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="29"/>
        <source>Save &amp;Report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="46"/>
        <location filename="../ui/jobspage.cpp" line="50"/>
        <source>Save job report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="47"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="74"/>
        <source>&lt;p&gt;Select a job to see its report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="83"/>
        <source>The job has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="84"/>
        <source>Cancel the job: what it committed stays (whole batches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="85"/>
        <source>Run by another process (%1); stop it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="97"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="98"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="100"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="101"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="102"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="103"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="106"/>
        <source>&lt;h4&gt;Problems&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="110"/>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;… and %1 more&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="136"/>
        <source>No job is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="149"/>
        <location filename="../ui/jobspage.cpp" line="167"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Catalog Admin [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Restore complete and verified against the backup&apos;s checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>%1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>D&amp;uplicate Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Res&amp;tore Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;History of Row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>R&amp;estore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Check Consistency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Optimise Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Show &amp;Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>The language changes when Catalog Admin is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>&amp;About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>&lt;b style=&apos;color:#a86400&apos;&gt;%n unsaved change(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&lt;span style=&apos;color:#1e8c3a&apos;&gt;●&lt;/span&gt; %1 — connected, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>● %1 — not connected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>&lt;h3&gt;Catalog Admin %1&lt;/h3&gt;&lt;p&gt;Administration of the wholesale product catalog: products, suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite database.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>%n unsaved change(s) will be lost. Continue?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>&quot;%1&quot; is still running. Cancel it and quit? Work already committed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="574"/>
        <source>%n change(s) have not been saved. Quit and discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <location filename="../ui/mainwindow.cpp" line="639"/>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>&quot;%1&quot; is still running on the current database. Wait for it to finish or cancel it, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="695"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Fetch &amp;Images of Selected Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Select products on the Products page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Fetch &amp;Missing Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>&quot;%1&quot; is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Clean &amp;Up Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>&lt;span style=&apos;color:#d97706&apos;&gt;●&lt;/span&gt; %1 — connected, %2 ms — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>● %1 — unhealthy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="742"/>
        <source>The database takes %1; about %2 dead rows or free pages could be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <location filename="../ui/mainwindow.cpp" line="759"/>
        <source>Optimise database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>%1

Optimising reclaims that space and refreshes the query planner&apos;s statistics. It runs in the background; other users may notice it on a large database. Start now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="766"/>
        <source>Database optimised in %1 s: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="772"/>
        <source>Optimising the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="804"/>
        <location filename="../ui/mainwindow.cpp" line="822"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="804"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="809"/>
        <source>%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="813"/>
        <source> (cancelled: the batches before stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="815"/>
        <source>Dry run, nothing written. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="821"/>
        <source>line %1 [%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="824"/>
        <source>Rejected rows are listed under Details and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="829"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>Wait for &quot;%1&quot; to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <location filename="../ui/mainwindow.cpp" line="868"/>
        <source>Fetch images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>The image fetch stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="857"/>
        <source>Images: %1 stored, %2 unchanged, %3 failed%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="861"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="867"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <source>Each failed image shows its reason in the product&apos;s gallery and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="875"/>
        <source>Fetching missing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="875"/>
        <source>Fetching images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="881"/>
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <location filename="../ui/mainwindow.cpp" line="919"/>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="882"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>Name the file *.csv or *.jsonl to choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="917"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="922"/>
        <source>Exported %Ln product(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="928"/>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="936"/>
        <source>Welcome to Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="937"/>
        <source>The catalog is empty. Load demo data — a few thousand products from a few hundred suppliers — to try things out?

You can also connect to your own database with File ▸ Connect to Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="971"/>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>%1 products, %2 suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="17"/>
        <source>%1 / %2 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::PagedTableModel</name>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="329"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="409"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="409"/>
        <source>Add %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="419"/>
        <source>Duplicate row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="449"/>
        <source>Row %1 is not loaded yet; wait a moment and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="461"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="461"/>
        <source>Delete %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="491"/>
        <source>Restore row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="491"/>
        <source>Restore %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="917"/>
        <location filename="../models/pagedtablemodel.cpp" line="939"/>
        <source>This table is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductDelegate</name>
    <message>
        <location filename="../ui/productdelegate.cpp" line="26"/>
        <location filename="../ui/productdelegate.cpp" line="35"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productdelegate.cpp" line="76"/>
        <source>Type to search suppliers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productdelegate.cpp" line="140"/>
        <source>Choose a supplier from the suggestions (&quot;%1&quot; is not one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductTableModel</name>
    <message>
        <location filename="../models/producttablemodel.cpp" line="46"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="48"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="50"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="52"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="59"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="60"/>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="61"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="62"/>
        <source>Price from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="63"/>
        <source>Price to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="64"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="65"/>
        <source>MOQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="66"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="67"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="68"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="70"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="71"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="72"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="73"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="74"/>
        <source>Main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="75"/>
        <source>Specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="258"/>
        <source>This column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductsPage</name>
    <message>
        <location filename="../ui/productspage.cpp" line="39"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="81"/>
        <source>Search title or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="85"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="89"/>
        <source>Any supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="94"/>
        <source>Updated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="99"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="100"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="101"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="106"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="147"/>
        <source>&lt;b&gt;Specifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="150"/>
        <source>Add a specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="153"/>
        <source>Remove the selected specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="158"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="158"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="170"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="199"/>
        <source>Choose a supplier from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="229"/>
        <source>No product selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="230"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="237"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="239"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="243"/>
        <source>Supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="245"/>
        <source>Price: %1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="249"/>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;Deleted %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProgressPanel</name>
    <message>
        <location filename="../ui/progresspanel.cpp" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="30"/>
        <source>Stop the job after the step it is doing; what it already saved is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="93"/>
        <source>%1 — Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="97"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SessionGuard</name>
    <message>
        <location filename="../ui/sessionguard.cpp" line="24"/>
        <source>rights unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="26"/>
        <source>The privileges of this connection could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="69"/>
        <source>checking rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="101"/>
        <source>Only the catalog&apos;s administrators (catalog_admin) may do this; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="103"/>
        <source>The database role %1 may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="132"/>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="133"/>
        <source>encrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="134"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="136"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="138"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="141"/>
        <source>SQLite file on this computer: nothing travels over a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="142"/>
        <source>Encrypted with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="143"/>
        <source>This connection is NOT encrypted: use sslmode=require or stricter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SupplierTableModel</name>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="27"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="28"/>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="30"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="31"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="32"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="33"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="34"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="35"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="36"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="151"/>
        <source>This column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SuppliersPage</name>
    <message>
        <location filename="../ui/supplierspage.cpp" line="26"/>
        <source>Search name, company or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="29"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="32"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="33"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="34"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="61"/>
        <source>&lt;b&gt;Products of this supplier&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="107"/>
        <source>No supplier selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="108"/>
        <source>Select a row to see its details and products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="112"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="116"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="118"/>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supplierspage.cpp" line="124"/>
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::SyncRecordTableModel</name>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="23"/>
        <source>Full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="25"/>
        <source>Incremental sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="27"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="29"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="31"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="33"/>
        <source>Consistency check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="35"/>
        <source>Image fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="42"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="44"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="46"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="48"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="55"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="56"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="58"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="59"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="60"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="61"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="62"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="63"/>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="123"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="58"/>
        <source>The table could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="63"/>
        <source>Saved %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="125"/>
        <source>Rows cannot be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="142"/>
        <source>This row cannot be duplicated (not loaded yet, or the table is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="164"/>
        <source>%n row(s) marked for deletion; Save to delete them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="167"/>
        <source>Nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="173"/>
        <source>Marked for restoring; Save to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="175"/>
        <source>Select deleted rows to restore (View ▸ Show Deleted Rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="183"/>
        <source>Select a saved row to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="202"/>
        <source>This table has no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="216"/>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="225"/>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="226"/>
        <source>Your changes were not saved; they are kept, unsaved, so you can correct them.

%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="227"/>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="237"/>
        <source>Your changes now apply to the stored version; Save to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="241"/>
        <source>Your changes to that row were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Administration of the wholesale product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <location filename="../app/main.cpp" line="60"/>
        <source>Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
