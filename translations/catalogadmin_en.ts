<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PendingReview</name>
    <message>
        <location filename="../models/pendingreview.cpp" line="82"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pendingreview.cpp" line="84"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pendingreview.cpp" line="86"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pendingreview.cpp" line="88"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::BackupController</name>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="103"/>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="106"/>
        <source>Back up %1 to a file set named catalog_backup_YYYYMMDD_HHMMSS with a checksum manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="112"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="116"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="120"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="124"/>
        <source>Include the image store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="127"/>
        <source>Afterwards remove old backups: keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="135"/>
        <location filename="../ui/backupcontroller.cpp" line="307"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="139"/>
        <location filename="../ui/backupcontroller.cpp" line="311"/>
        <source>and all from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="146"/>
        <source>found automatically for the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="147"/>
        <source>pg_dump/pg_restore &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="150"/>
        <source>&amp;Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="202"/>
        <location filename="../ui/backupcontroller.cpp" line="208"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="202"/>
        <source>The backup failed; nothing was kept of it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="209"/>
        <source>The backup was written, but old backups could not be removed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="193"/>
        <source>Backing up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="217"/>
        <location filename="../ui/backupcontroller.cpp" line="223"/>
        <location filename="../ui/backupcontroller.cpp" line="237"/>
        <location filename="../ui/backupcontroller.cpp" line="244"/>
        <location filename="../ui/backupcontroller.cpp" line="285"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="218"/>
        <source>Backup manifests (*.manifest.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="243"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="245"/>
        <source>Restore the backup of %1 taken %2 into %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="249"/>
        <source>This replaces the %1 products and suppliers there with the backup&apos;s. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="251"/>
        <source>%1 %2, schema version %3, %4 rows in %5 tables%6. The restored tables are checked against the backup&apos;s checksums before the restore is reported done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="257"/>
        <source>, with the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="259"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="285"/>
        <source>The restore did not complete:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="273"/>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="296"/>
        <location filename="../ui/backupcontroller.cpp" line="361"/>
        <source>Clean Up Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="299"/>
        <source>Backup sets in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="309"/>
        <source>Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="320"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="342"/>
        <source>%1  %2  %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="343"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="343"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="346"/>
        <source>  (incomplete: no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupcontroller.cpp" line="352"/>
        <source>%n set(s) would be removed, freeing %1.</source>
        <translation>
            <numerusform>%n set would be removed, freeing %1.</numerusform>
            <numerusform>%n sets would be removed, freeing %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::BulkEditDialog</name>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="45"/>
        <source>MOQ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="47"/>
        <source>supplier #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="56"/>
        <source>(no such specification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="60"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="60"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="76"/>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="93"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="106"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="109"/>
        <source>The selected rows (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="110"/>
        <source>The selected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="112"/>
        <source>All products that match the filter, loaded or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="115"/>
        <location filename="../ui/bulkeditdialog.cpp" line="304"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="135"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="149"/>
        <source>Supplier name or source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="151"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="155"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="158"/>
        <source>MOQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="160"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="162"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="165"/>
        <location filename="../ui/bulkeditdialog.cpp" line="189"/>
        <location filename="../ui/bulkeditdialog.cpp" line="208"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="166"/>
        <source>delete (soft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="167"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="168"/>
        <source>Deleted state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="190"/>
        <source>change by percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="191"/>
        <source>change by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="193"/>
        <source>e.g. 8 or -2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="195"/>
        <source>Both ends of the range change; results are rounded to cents. An amount is in each product&apos;s own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="209"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="210"/>
        <source>rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="211"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="213"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="215"/>
        <source>Value / new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="224"/>
        <source>Preview (computed by the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="314"/>
        <source>Cannot count the products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="318"/>
        <source>%1 products match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="329"/>
        <location filename="../ui/bulkeditdialog.cpp" line="385"/>
        <source>Choose the supplier from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="351"/>
        <source>Cannot preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="360"/>
        <source>unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="367"/>
        <source>No product would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="375"/>
        <source>The selected rows become pending changes in the grid: one step to undo, written with Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="376"/>
        <source>Runs in the database as a background job in batches of 2000, with progress and Cancel. Each changed product gets a new version and a history entry. Cancel keeps the batches already written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::BulkEditLauncher</name>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="22"/>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="25"/>
        <source>Change the selected products or every product that matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="33"/>
        <source>Bulk edit cancelled: the batches written before the cancel stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="52"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="88"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="114"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="131"/>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="52"/>
        <source>A bulk edit is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="83"/>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkeditlauncher.cpp" line="85"/>
        <source>Bulk edit: %n product(s) changed, pending until you save</source>
        <translation>
            <numerusform>Bulk edit: %n product changed, pending until you save</numerusform>
            <numerusform>Bulk edit: %n products changed, pending until you save</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkeditlauncher.cpp" line="87"/>
        <source>; %n left unchanged</source>
        <translation>
            <numerusform>; %n left unchanged</numerusform>
            <numerusform>; %n left unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="89"/>
        <source>These products were left unchanged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="98"/>
        <source>Bulk edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="105"/>
        <source>%1 of %2 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="115"/>
        <source>The bulk edit stopped: %1
The batches written before stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="120"/>
        <source>Bulk edit: %1 matched, %2 changed, %3 unchanged, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="124"/>
        <source>Cancelled: the batches written before the cancel stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="132"/>
        <source>%1

Left unchanged:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="19"/>
        <source>Someone else changed this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="22"/>
        <source>&lt;b&gt;The row was saved by someone else after you loaded it.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Compare the two versions and choose which one to keep. Highlighted fields differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>Stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="51"/>
        <source>Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="52"/>
        <source>Take the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="55"/>
        <source>Your edited fields are written over the stored version; its other fields are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="56"/>
        <source>Your changes to this row are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="101"/>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="102"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="109"/>
        <source>Path of the catalog file; it is created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="111"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="123"/>
        <source>Host name, address or socket folder (empty: libpq default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="127"/>
        <source>Default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="133"/>
        <source>Database name (empty: same as the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>Empty: your operating-system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="140"/>
        <source>Empty: ~/.pgpass or no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="141"/>
        <source>Used for this session only; passwords are never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="155"/>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="157"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="158"/>
        <source>Encrypt only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="159"/>
        <source>Encrypt if the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="160"/>
        <source>Always encrypt; do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="161"/>
        <source>Always encrypt; check the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="162"/>
        <source>Always encrypt; check the authority and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="169"/>
        <source>CA certificate (PEM) to check the server against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="170"/>
        <source>Client certificate (PEM), if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="171"/>
        <source>Private key of the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>Do not remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="145"/>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="146"/>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="147"/>
        <source>Passwords are never written to the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="186"/>
        <source>postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="198"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="228"/>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="229"/>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="230"/>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="231"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="232"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="233"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="234"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="235"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="236"/>
        <source>Re&amp;member password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="242"/>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="247"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="287"/>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="287"/>
        <source>Choose a recent connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="404"/>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="458"/>
        <source>Catalog database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="459"/>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="508"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="522"/>
        <source>Connected to %1 %2, round trip %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="527"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="565"/>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionSwitcher</name>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="53"/>
        <location filename="../ui/connectionswitcher.cpp" line="73"/>
        <location filename="../ui/connectionswitcher.cpp" line="93"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="74"/>
        <source>&quot;%1&quot; is still running on the current database. Wait for it to finish or cancel it, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="89"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="94"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConsistencyDialog</name>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="24"/>
        <source>Products whose supplier does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="26"/>
        <source>Active products whose supplier is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="28"/>
        <source>Duplicate suppliers (same source ID apart from case and spaces, or same name and company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="32"/>
        <source>Suppliers whose product count is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="34"/>
        <source>Products whose lowest price is above the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="37"/>
        <source>Products whose image list or specifications are not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="40"/>
        <source>Active products without a main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="42"/>
        <source>Jobs still marked running after 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="44"/>
        <source>Products whose images are recorded but not their main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="47"/>
        <source>Image rows whose stored file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="49"/>
        <source>Image files that no image row names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="51"/>
        <source>Image files whose checksum differs from their row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="63"/>
        <source>Check consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="66"/>
        <source>Looks for data that breaks the catalog&apos;s rules. Nothing is changed until you choose Repair; every repair runs in one transaction and is recorded in the rows&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="72"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="72"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="72"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="85"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="86"/>
        <source>Repair all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="97"/>
        <source>The repair failed and was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="133"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="143"/>
        <location filename="../ui/consistencydialog.cpp" line="158"/>
        <source>Repairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="182"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="203"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="213"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistencydialog.cpp" line="214"/>
        <source>%Ln problem row(s) found.</source>
        <translation>
            <numerusform>%Ln problem row found.</numerusform>
            <numerusform>%Ln problem rows found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::DashboardHealthTab</name>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="33"/>
        <source>&lt;b&gt;This application&apos;s storage calls&lt;/b&gt; (latency of the most recent %1 statements per kind, measured here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="39"/>
        <source>Statement kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="39"/>
        <location filename="../ui/dashboardhealthtab.cpp" line="59"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="39"/>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="39"/>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="39"/>
        <source>Slowest (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="46"/>
        <source>&lt;b&gt;Slowest statements on the server&lt;/b&gt; (pg_stat_statements, by mean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="59"/>
        <source>Mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="59"/>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="59"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="59"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="67"/>
        <source>Waiting for the first health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="74"/>
        <source>Check health every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="78"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="111"/>
        <location filename="../ui/dashboardhealthtab.cpp" line="119"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="112"/>
        <source>%1 ms for a trivial query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="114"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="116"/>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="117"/>
        <source>standby in recovery (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="117"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="122"/>
        <source>Free disk (storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="122"/>
        <source>Free disk (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="123"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="124"/>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="128"/>
        <source>Long-running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="129"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="132"/>
        <source>%1 for %2 min — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="134"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="136"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="137"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="165"/>
        <source>SQLite keeps no statement statistics; the table above shows this application&apos;s own latencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="169"/>
        <source>pg_stat_statements is not enabled in this database. To enable it, a superuser adds pg_stat_statements to shared_preload_libraries in postgresql.conf, restarts PostgreSQL and runs CREATE EXTENSION pg_stat_statements; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="176"/>
        <source>The pg_stat_statements extension is installed, but the server has not loaded it: add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::DashboardOverviewTab</name>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="66"/>
        <location filename="../ui/dashboardoverviewtab.cpp" line="226"/>
        <location filename="../ui/dashboardoverviewtab.cpp" line="261"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="67"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="68"/>
        <source>Images stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="69"/>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="70"/>
        <source>Jobs, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="71"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="112"/>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="114"/>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="117"/>
        <source>%1 without a file · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="120"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="121"/>
        <source>%1 dead rows to reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="131"/>
        <source>%1 failed · %2 rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="143"/>
        <source>of %1 active products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="145"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="158"/>
        <source>%1 ms · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="169"/>
        <source>Products by sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="192"/>
        <source>Products by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="214"/>
        <source>Other  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="223"/>
        <source>Price distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="224"/>
        <source>Price distribution (from-price, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="259"/>
        <source>Top suppliers by products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardoverviewtab.cpp" line="294"/>
        <source>Jobs and rejected rows per day, last %n day(s)</source>
        <translation>
            <numerusform>Jobs and rejected rows per day, last %n day</numerusform>
            <numerusform>Jobs and rejected rows per day, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="296"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="297"/>
        <source>Other jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="300"/>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::DashboardStorageTab</name>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="28"/>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="29"/>
        <source>Dead rows to reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="30"/>
        <source>Image files (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="31"/>
        <source>Images without a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="32"/>
        <source>Image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="37"/>
        <source>Updates and deletes leave dead rows behind (every import upserts). Optimising reclaims their space and refreshes the planner&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="41"/>
        <source>&amp;Optimise Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <location filename="../ui/dashboardstoragetab.cpp" line="138"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Rows (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Dead rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="76"/>
        <location filename="../ui/dashboardstoragetab.cpp" line="103"/>
        <location filename="../ui/dashboardstoragetab.cpp" line="105"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardstoragetab.cpp" line="77"/>
        <source>%n table(s) and index(es)</source>
        <translation>
            <numerusform>%n table or index</numerusform>
            <numerusform>%n tables and indexes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="79"/>
        <source>dead tuples (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="79"/>
        <source>free pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="81"/>
        <source>%1 stored of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="83"/>
        <source>%1 products have no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="85"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="86"/>
        <source>%1 does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="87"/>
        <source>%1 files in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="99"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="99"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="117"/>
        <source>Sizes per table are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="125"/>
        <source>Largest tables and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="130"/>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="133"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="136"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="141"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::DashboardWindow</name>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="33"/>
        <source>Statistics — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="67"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="70"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="87"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="88"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="89"/>
        <source>Performance and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="134"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="145"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardparts.cpp" line="130"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardparts.cpp" line="133"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardparts.cpp" line="138"/>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::DemoCatalog</name>
    <message>
        <location filename="../storage/images/democatalog.cpp" line="118"/>
        <source>Cannot encode the demo pictures as JPEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/images/democatalog.cpp" line="172"/>
        <source>Stored %n product picture(s) (%1 distinct)</source>
        <translation>
            <numerusform>Stored %n product picture (%1 distinct)</numerusform>
            <numerusform>Stored %n product pictures (%1 distinct)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/images/democatalog.cpp" line="175"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/images/democatalog.cpp" line="176"/>
        <source>, then cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/images/democatalog.cpp" line="198"/>
        <source>The demo products were loaded, but storing their pictures failed after %n picture(s): %1</source>
        <translation>
            <numerusform>The demo products were loaded, but storing their pictures failed after %n picture: %1</numerusform>
            <numerusform>The demo products were loaded, but storing their pictures failed after %n pictures: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::DemoData</name>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="46"/>
        <source>Demo data load cancelled: %n product(s) and %1 supplier(s) were loaded and kept.</source>
        <translation>
            <numerusform>Demo data load cancelled: %n product and %1 supplier(s) were loaded and kept.</numerusform>
            <numerusform>Demo data load cancelled: %n products and %1 supplier(s) were loaded and kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="49"/>
        <source>Loaded %n demo product(s) from %1 supplier(s) in %2 s.</source>
        <translation>
            <numerusform>Loaded %n demo product from %1 supplier(s) in %2 s.</numerusform>
            <numerusform>Loaded %n demo products from %1 supplier(s) in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="71"/>
        <source>Demo data needs at least one supplier, zero or more products and a batch size of at least one (got %1 products, %2 suppliers, batches of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="80"/>
        <source>products and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="81"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="82"/>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="84"/>
        <source>The catalog %1 already contains %2 (possibly deleted ones). Demo data is only loaded into an empty catalog, so that it never mixes with real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="129"/>
        <source>Loading demo products %1 to %2 failed after %n product(s) were loaded: %3</source>
        <translation>
            <numerusform>Loading demo products %1 to %2 failed after %n product was loaded: %3</numerusform>
            <numerusform>Loading demo products %1 to %2 failed after %n products were loaded: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::HealthIndicator</name>
    <message>
        <location filename="../ui/healthindicator.cpp" line="39"/>
        <source>%1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="73"/>
        <source>%1 — connected, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="82"/>
        <source>%1 — connected, %2 ms — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="94"/>
        <source>● %1 — unhealthy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="95"/>
        <source>● %1 — not connected: %2</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/historydialog.cpp" line="42"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="48"/>
        <source>The operating-system user the application acted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="50"/>
        <source>The database login that made the change, as the server saw it (SQLite has no roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="63"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="72"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historydialog.cpp" line="91"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="100"/>
        <source>The version could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="103"/>
        <source>Restored. The old values are now the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="119"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="132"/>
        <source>This entry records the creation; there are no earlier values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="148"/>
        <source>&lt;p&gt;Values before this change:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="159"/>
        <source>Write the values from before the change of %1 back as a new version?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageFetchLauncher</name>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="24"/>
        <source>Fetching missing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="24"/>
        <source>Fetching images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="28"/>
        <source>%1 / %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="40"/>
        <location filename="../ui/imagefetchlauncher.cpp" line="54"/>
        <source>Fetch images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="40"/>
        <source>The image fetch stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="43"/>
        <source>Images: %1 stored, %2 unchanged, %3 failed%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="47"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="53"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="57"/>
        <source>Each failed image shows its reason in the product&apos;s gallery and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageGallery</name>
    <message>
        <location filename="../ui/imagegallery.cpp" line="113"/>
        <location filename="../ui/imagegallery.cpp" line="151"/>
        <location filename="../ui/imagegallery.cpp" line="284"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="113"/>
        <source>Detail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="116"/>
        <source>%1
Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="155"/>
        <source>%1
%2 x %3 %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="163"/>
        <source>%1
Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="164"/>
        <source>%1
Fetch failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="192"/>
        <source>
The stored file cannot be read; run Maintenance &gt; Check Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="210"/>
        <location filename="../ui/imagegallery.cpp" line="221"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="211"/>
        <source>This image has not been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="212"/>
        <source>This image could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="221"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="227"/>
        <source>%1 x %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="252"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="254"/>
        <source>Fetch This Product&apos;s Images Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="255"/>
        <source>Delete Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="262"/>
        <location filename="../ui/imagegallery.cpp" line="276"/>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="263"/>
        <source>Delete this image (its row and its file)?
%1

It is fetched again the next time this product&apos;s images are fetched, as long as the product names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="276"/>
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
        <location filename="../ui/importdialog.cpp" line="32"/>
        <location filename="../ui/importdialog.cpp" line="167"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59"/>
        <source>A CSV, JSON Lines or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="61"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="64"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="67"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>1688sync crawler items (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="75"/>
        <source>Detect (UTF-8, UTF-16 by BOM, else GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="79"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="85"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="87"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="88"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="90"/>
        <source>Double quote &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="91"/>
        <source>Single quote &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="94"/>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97"/>
        <source>CSV delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="104"/>
        <source>Insert new products, update existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="106"/>
        <source>Insert new products only; reject existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="108"/>
        <source>Insert new products; leave existing ones untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="109"/>
        <source>Existing products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="111"/>
        <source>Only check the file (dry run): nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="118"/>
        <source>Columns (CSV): which catalog field each column fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="122"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="122"/>
        <source>Catalog field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="127"/>
        <source>Preview: the first 20 rows as the import reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="47"/>
        <location filename="../ui/importdialog.cpp" line="164"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="164"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="168"/>
        <source>Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="208"/>
        <source>Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="211"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="267"/>
        <source>Choose a file to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="300"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="318"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="320"/>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="324"/>
        <source>Would be rejected because</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="348"/>
        <source>%1, %2: %n row(s) shown, %3 would be rejected.</source>
        <translation>
            <numerusform>%1, %2: %n row shown, %3 would be rejected.</numerusform>
            <numerusform>%1, %2: %n rows shown, %3 would be rejected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="352"/>
        <source>(Only the beginning of the file was read for the preview.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImportDiffModel</name>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="25"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="152"/>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="154"/>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="156"/>
        <source>Unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="158"/>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="169"/>
        <source>Deleted in the catalog: the import updates it and it stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="174"/>
        <source>%1 · %2 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="190"/>
        <source>The stored value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="190"/>
        <source>The file&apos;s value is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="294"/>
        <source>Product / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="296"/>
        <source>In the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="298"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="300"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImportDiffPage</name>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="38"/>
        <source>Cancel comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="59"/>
        <source>Untick a product to leave it alone, or a changed field to keep the catalog&apos;s value. The counts follow your ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="93"/>
        <source>Comparing %1 with the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="101"/>
        <source>Comparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="156"/>
        <source>The comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="167"/>
        <source>Cancelled: only the beginning of the file was compared; the import reads all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="169"/>
        <source>Only the first %1 products are listed; the counts cover all %2 rows of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="171"/>
        <source>Compared at %1 with the catalog as it was then. If someone changes it meanwhile, the import meets those rows as they are then, row by row, as any import does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="185"/>
        <source>The import will do this: %1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="189"/>
        <source>, %1 skipped (they exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdiffpage.cpp" line="195"/>
        <source>; left alone: %n product(s)</source>
        <translation>
            <numerusform>; left alone: %n product</numerusform>
            <numerusform>; left alone: %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdiffpage.cpp" line="196"/>
        <source>, %n field(s) kept as in the catalog</source>
        <translation>
            <numerusform>, %n field kept as in the catalog</numerusform>
            <numerusform>, %n fields kept as in the catalog</numerusform>
        </translation>
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
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Catalog Admin [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="667"/>
        <source>Restore complete and verified against the backup&apos;s checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>D&amp;uplicate Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Res&amp;tore Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>&amp;History of Row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>&amp;Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>R&amp;estore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Saved &amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>The database answers again; the tables were reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Save your %n unsaved change(s) now.</source>
        <translation>
            <numerusform>Save your %n unsaved change now.</numerusform>
            <numerusform>Save your %n unsaved changes now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>&amp;Check Consistency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>&amp;Optimise Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Show &amp;Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>The language changes when Catalog Admin is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>&amp;About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>&lt;h3&gt;Catalog Admin %1&lt;/h3&gt;&lt;p&gt;Administration of the wholesale product catalog: products, suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite database.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>%n unsaved change(s) will be lost. Continue?</source>
        <translation>
            <numerusform>%n unsaved change will be lost. Continue?</numerusform>
            <numerusform>%n unsaved changes will be lost. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="580"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>&quot;%1&quot; is still running. Cancel it and quit? Work already committed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>%n change(s) have not been saved. Quit and discard them?</source>
        <translation>
            <numerusform>%n change has not been saved. Quit and discard it?</numerusform>
            <numerusform>%n changes have not been saved. Quit and discard them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Fetch &amp;Images of Selected Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="742"/>
        <source>Select products on the Products page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>Fetch &amp;Missing Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source>&quot;%1&quot; is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Clean &amp;Up Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Wait for &quot;%1&quot; to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>%1 products, %2 suppliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::MaintenanceController</name>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="34"/>
        <source>The database takes %1; about %2 dead rows or free pages could be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="37"/>
        <location filename="../ui/maintenancecontroller.cpp" line="53"/>
        <source>Optimise database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="38"/>
        <source>%1

Optimising reclaims that space and refreshes the query planner&apos;s statistics. It runs in the background; other users may notice it on a large database. Start now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="46"/>
        <source>Optimising the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="59"/>
        <source>Database optimised in %1 s: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="79"/>
        <source>Welcome to Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="80"/>
        <source>The catalog is empty. Load demo data — a few thousand products with pictures from a few hundred suppliers — to try things out?

You can also connect to your own database with File ▸ Connect to Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="93"/>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="105"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::OutageBanner</name>
    <message>
        <location filename="../ui/outagebanner.cpp" line="18"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outagebanner.cpp" line="96"/>
        <source>Database unreachable since %1 — your %n unsaved change(s) are kept; retrying…</source>
        <translation>
            <numerusform>Database unreachable since %1 — your %n unsaved change is kept; retrying…</numerusform>
            <numerusform>Database unreachable since %1 — your %n unsaved changes are kept; retrying…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="99"/>
        <source>Database unreachable since %1 — retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="101"/>
        <source>The window goes on by itself when the database answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="102"/>
        <source>%1
The window goes on by itself when the database answers again; save then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::PagedTableModel</name>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="246"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="302"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="302"/>
        <source>Add %n rows</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="312"/>
        <source>Duplicate row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="341"/>
        <source>Row %1 is not loaded yet; wait a moment and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="353"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="353"/>
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="383"/>
        <source>Restore row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="383"/>
        <source>Restore %n rows</source>
        <translation>
            <numerusform>Restore %n row</numerusform>
            <numerusform>Restore %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="742"/>
        <location filename="../models/pagedtablemodel.cpp" line="752"/>
        <source>This table is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="764"/>
        <source>This table has no history</source>
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
    <name>catalog::ProductExtraFilters</name>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="22"/>
        <source>Any quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="24"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="25"/>
        <source>Only products that have this data-quality problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="34"/>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="41"/>
        <source>Specification: name or name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="43"/>
        <source>Products that have this specification (e.g. 材质), or this value for it (e.g. 材质=不锈钢)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="48"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductTableModel</name>
    <message>
        <location filename="../models/producttablemodel.cpp" line="47"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="49"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="51"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="53"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="61"/>
        <source>No main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="63"/>
        <source>Main image not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="65"/>
        <source>No specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="67"/>
        <source>Title under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="69"/>
        <source>Highest price over %1 × the lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="71"/>
        <source>No supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="75"/>
        <source>Not synced for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="81"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="82"/>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="83"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="84"/>
        <source>Price from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="85"/>
        <source>Price to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="86"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="87"/>
        <source>MOQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="88"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="89"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="90"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="92"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="93"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="94"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="95"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="96"/>
        <source>Main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="97"/>
        <source>Specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="98"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="99"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="118"/>
        <source>No picture stored yet (Data ▸ Fetch Images of Selected Products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="143"/>
        <source>No data-quality problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="243"/>
        <source>This column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductsPage</name>
    <message>
        <location filename="../ui/productspage.cpp" line="43"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="91"/>
        <source>Search title or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="96"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="100"/>
        <source>Any supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="105"/>
        <source>Updated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="110"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="111"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="112"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="117"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="162"/>
        <source>&lt;b&gt;Specifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="165"/>
        <source>Add a specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="168"/>
        <source>Remove the selected specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="173"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="173"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="185"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="216"/>
        <source>Choose a supplier from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="253"/>
        <source>supplier #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="281"/>
        <source>No product selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="282"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="289"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="291"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="295"/>
        <source>Supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="297"/>
        <source>Price: %1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="303"/>
        <source>Deleted %1</source>
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
    <name>catalog::ReviewChangesDialog</name>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="26"/>
        <source>Don&apos;t ask again: save at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="28"/>
        <source>Review Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewchangesdialog.cpp" line="31"/>
        <source>&lt;b&gt;%n change(s) to %1 will be saved in one transaction.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n change to %1 will be saved in one transaction.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n changes to %1 will be saved in one transaction.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="36"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="36"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="36"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="40"/>
        <source>new row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="58"/>
        <source>Nothing is saved; your changes stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SavedViewsBar</name>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="23"/>
        <source>Saved views: a filter, a sort and the columns, kept in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="24"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="31"/>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="45"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="57"/>
        <source>(no saved view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="61"/>
        <source>Shared with everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SavedViewsController</name>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="172"/>
        <source>The saved view no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="184"/>
        <source>The view &quot;%1&quot; was applied without %2: this version does not have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="353"/>
        <source>This page has no saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="361"/>
        <source>&amp;Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="363"/>
        <source>Save View &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="364"/>
        <source>&amp;Rename View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="365"/>
        <source>&amp;Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="366"/>
        <source>Set as De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="371"/>
        <source>S&amp;hared with Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="377"/>
        <source>(%1&apos;s view: save it under a name of your own to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="381"/>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="381"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="393"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="395"/>
        <source>Save View As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="395"/>
        <source>Name of the new view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="406"/>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="407"/>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="416"/>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="418"/>
        <source>Delete the shared view &quot;%1&quot;? Nobody will see it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="419"/>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SessionGuard</name>
    <message>
        <location filename="../ui/sessionguard.cpp" line="25"/>
        <source>rights unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="27"/>
        <source>The privileges of this connection could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="70"/>
        <source>checking rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="102"/>
        <source>Only the catalog&apos;s administrators (catalog_admin) may do this; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="104"/>
        <source>The database role %1 may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="135"/>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="136"/>
        <source>encrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="137"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="139"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="141"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="144"/>
        <source>SQLite file on this computer: nothing travels over a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="145"/>
        <source>Encrypted with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="146"/>
        <source>This connection is NOT encrypted: use sslmode=require or stricter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::StartupConnector</name>
    <message>
        <location filename="../ui/startupconnector.cpp" line="22"/>
        <source>It cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="25"/>
        <source>Its schema could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="43"/>
        <source>The database %1 could not be opened.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="46"/>
        <source>Connect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="47"/>
        <source>Correct the connection or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SupplierTableModel</name>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="26"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="27"/>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="29"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="30"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="31"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="32"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="33"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="34"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="35"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="36"/>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="37"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="38"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="39"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="40"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="41"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="42"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="126"/>
        <source>This column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::SuppliersPage</name>
    <message>
        <location filename="../ui/supplierspage.cpp" line="28"/>
        <source>Search name, company or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="31"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="34"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="35"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="36"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="63"/>
        <source>&lt;b&gt;Products of this supplier&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="124"/>
        <source>No supplier selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="125"/>
        <source>Select a row to see its details and products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="129"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="133"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="135"/>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="154"/>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supplierspage.cpp" line="155"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
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
        <location filename="../models/syncrecordtablemodel.cpp" line="24"/>
        <source>Incremental sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="25"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="26"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="27"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="28"/>
        <source>Consistency check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="29"/>
        <source>Image fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="30"/>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="38"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="39"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="40"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="41"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="49"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="50"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="52"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="53"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="54"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="55"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="56"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="57"/>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="117"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="225"/>
        <source>The table could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="65"/>
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="128"/>
        <source>Rows cannot be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="145"/>
        <source>This row cannot be duplicated (not loaded yet, or the table is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="167"/>
        <source>%n row(s) marked for deletion; Save to delete them.</source>
        <translation>
            <numerusform>%n row marked for deletion; Save to delete it.</numerusform>
            <numerusform>%n rows marked for deletion; Save to delete them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="170"/>
        <source>Nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="176"/>
        <source>Marked for restoring; Save to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="178"/>
        <source>Select deleted rows to restore (View ▸ Show Deleted Rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="186"/>
        <source>Select a saved row to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="212"/>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="219"/>
        <source>The table could not be loaded: the database cannot be reached. Rows not loaded yet show placeholders until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="234"/>
        <source>Not saved: the database server cannot be reached. Your %n change(s) are kept; save again when the connection is back.</source>
        <translation>
            <numerusform>Not saved: the database server cannot be reached. Your %n change is kept; save again when the connection is back.</numerusform>
            <numerusform>Not saved: the database server cannot be reached. Your %n changes are kept; save again when the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="242"/>
        <location filename="../ui/tablepage.cpp" line="252"/>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="243"/>
        <source>The disk that holds the database is full, so nothing was saved. Your changes are kept, unsaved: free space on that disk, then save again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="253"/>
        <source>Your changes were not saved; they are kept, unsaved, so you can correct them.

%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="254"/>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="264"/>
        <source>Your changes now apply to the stored version; Save to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="268"/>
        <source>Your changes to that row were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::TransferController</name>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="35"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="35"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="52"/>
        <location filename="../ui/transfercontroller.cpp" line="74"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="52"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="57"/>
        <source>%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="61"/>
        <source> (cancelled: the batches before stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="64"/>
        <source>Left alone as chosen: %1 products, %2 stored fields kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="67"/>
        <source>Dry run, nothing written. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="73"/>
        <source>line %1 [%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="76"/>
        <source>Rejected rows are listed under Details and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="84"/>
        <location filename="../ui/transfercontroller.cpp" line="97"/>
        <location filename="../ui/transfercontroller.cpp" line="123"/>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="85"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="97"/>
        <source>Name the file *.csv or *.jsonl to choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="105"/>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="121"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfercontroller.cpp" line="127"/>
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln product to %1.</numerusform>
            <numerusform>Exported %Ln products to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Administration of the wholesale product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>No database was chosen; Catalog Admin quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
