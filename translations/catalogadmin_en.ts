<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="76"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>Path of the catalog file; it is created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="93"/>
        <source>Host name, address or socket folder (empty: libpq default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="97"/>
        <source>Default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="103"/>
        <source>Database name (empty: same as the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="106"/>
        <source>Empty: your operating-system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="110"/>
        <source>Empty: ~/.pgpass or no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="111"/>
        <source>Used for this session only; passwords are never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="116"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="117"/>
        <source>Encrypt only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="118"/>
        <source>Encrypt if the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="119"/>
        <source>Always encrypt; do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>Always encrypt; check the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="121"/>
        <source>Always encrypt; check the authority and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="167"/>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="168"/>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="169"/>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="170"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="171"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="172"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="173"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="174"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="175"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="177"/>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="182"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="210"/>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="210"/>
        <source>Choose a recent connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="316"/>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="370"/>
        <source>Catalog database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="371"/>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="420"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="434"/>
        <source>Connected to %1 %2, round trip %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="439"/>
        <source>Connection failed: %1</source>
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
        <location filename="../ui/consistencydialog.cpp" line="52"/>
        <source>Check consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="55"/>
        <source>Looks for data that breaks the catalog&apos;s rules. Nothing is changed until you choose Repair; every repair runs in one transaction and is recorded in the rows&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="74"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="75"/>
        <source>Repair all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="86"/>
        <source>The repair failed and was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="122"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="132"/>
        <location filename="../ui/consistencydialog.cpp" line="147"/>
        <source>Repairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="171"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="191"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="201"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistencydialog.cpp" line="202"/>
        <source>%Ln problem row(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>Version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="57"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="66"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historydialog.cpp" line="83"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="92"/>
        <source>The version could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="95"/>
        <source>Restored. The old values are now the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="124"/>
        <source>This entry records the creation; there are no earlier values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="140"/>
        <source>&lt;p&gt;Values before this change:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="151"/>
        <source>Write the values from before the change of %1 back as a new version?</source>
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
        <location filename="../ui/importdialog.cpp" line="20"/>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="24"/>
        <source>A CSV, JSON Lines or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="26"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="29"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="32"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="36"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="39"/>
        <source>Detect (UTF-8, UTF-16 by BOM, else GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="46"/>
        <source>Insert new products, update existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="48"/>
        <source>Insert new products only; reject existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Insert new products; leave existing ones untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="51"/>
        <source>Existing products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="53"/>
        <source>Only check the file (dry run): nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57"/>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::JobsPage</name>
    <message>
        <location filename="../ui/jobspage.cpp" line="45"/>
        <source>&lt;p&gt;Select a job to see its report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="58"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="59"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="61"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="62"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="63"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="64"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="67"/>
        <source>&lt;h4&gt;Problems&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="71"/>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;… and %1 more&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Catalog Admin [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>%1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>D&amp;uplicate Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Res&amp;tore Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;History of Row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>&amp;Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>R&amp;estore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Check Consistency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Consistency check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Optimise Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Show &amp;Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>The language changes when Catalog Admin is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>&amp;About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&lt;b style=&apos;color:#a86400&apos;&gt;%n unsaved change(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&lt;span style=&apos;color:#1e8c3a&apos;&gt;●&lt;/span&gt; %1 — connected, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>● %1 — not connected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>%1 is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>The statistics could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&lt;h3&gt;Catalog&lt;/h3&gt;&lt;p&gt;%1 products (%2 deleted), %3 suppliers, %4 images&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&lt;h3&gt;Products by status&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>&lt;p&gt;Database size: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>&lt;p&gt;Schema version %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&lt;h3&gt;Catalog Admin %1&lt;/h3&gt;&lt;p&gt;Administration of the wholesale product catalog: products, suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite database.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>%n unsaved change(s) will be lost. Continue?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&quot;%1&quot; is still running. Cancel it and quit? Work already committed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>%n change(s) have not been saved. Quit and discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <location filename="../ui/mainwindow.cpp" line="549"/>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>&quot;%1&quot; is still running on the current database. Wait for it to finish or cancel it, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>The database takes %1; about %2 dead rows or free pages could be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>Optimise database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>%1

Optimising reclaims that space and refreshes the query planner&apos;s statistics. It runs in the background; other users may notice it on a large database. Start now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="653"/>
        <source>Database optimised in %1 s: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Optimising the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source> (cancelled: the batches before stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="702"/>
        <source>Dry run, nothing written. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>line %1 [%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>Rejected rows are listed under Details and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="717"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="724"/>
        <location filename="../ui/mainwindow.cpp" line="736"/>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="736"/>
        <source>Name the file *.csv or *.jsonl to choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="760"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="765"/>
        <source>Exported %Ln product(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="771"/>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Welcome to Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="780"/>
        <source>The catalog is empty. Load demo data — a few thousand products from a few hundred suppliers — to try things out?

You can also connect to your own database with File ▸ Connect to Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="814"/>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>%1 products, %2 suppliers</source>
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
        <location filename="../models/pagedtablemodel.cpp" line="436"/>
        <source>Row %1 is not loaded yet; wait a moment and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="448"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="448"/>
        <source>Delete %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="474"/>
        <source>Restore row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="474"/>
        <source>Restore %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="900"/>
        <location filename="../models/pagedtablemodel.cpp" line="922"/>
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
        <location filename="../models/producttablemodel.cpp" line="264"/>
        <source>This column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductsPage</name>
    <message>
        <location filename="../ui/productspage.cpp" line="54"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="114"/>
        <source>Search title or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="118"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="122"/>
        <source>Any supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="127"/>
        <source>Updated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="132"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="133"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="134"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="139"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="180"/>
        <source>&lt;b&gt;Specifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="183"/>
        <source>Add a specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="186"/>
        <source>Remove the selected specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="191"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="191"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="203"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="238"/>
        <source>Choose a supplier from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="268"/>
        <source>No product selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="269"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="276"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="278"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="282"/>
        <source>Supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="284"/>
        <source>Price: %1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="288"/>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;Deleted %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="312"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="312"/>
        <source>Detail %1</source>
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
        <location filename="../models/suppliertablemodel.cpp" line="156"/>
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
        <location filename="../models/syncrecordtablemodel.cpp" line="40"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="42"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="44"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="46"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="53"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="54"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="56"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="57"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="58"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="59"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="60"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="61"/>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="121"/>
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
        <location filename="../app/main.cpp" line="34"/>
        <source>Administration of the wholesale product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <location filename="../app/main.cpp" line="53"/>
        <source>Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
