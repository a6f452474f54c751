<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveHealth</name>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="80"/>
        <source>Cannot read the WAL archiver&apos;s state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="107"/>
        <source>Cannot read pg_stat_archiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="112"/>
        <source>pg_stat_archiver returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="141"/>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="149"/>
        <source>%1 info did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="156"/>
        <source>%1 info failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="179"/>
        <source>pgbackrest info did not print JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="181"/>
        <source>pgbackrest info does not list the stanza %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="219"/>
        <source>WAL archiving is failing: %1 failed attempt(s), the last for %2 at %3; check archive_command and the server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="226"/>
        <source>WAL archiving is behind: %1 finished segment(s) wait, the last archive was %2 (ARCHIVE_STALE_AFTER is %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="230"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="231"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="236"/>
        <source>pgBackRest stanza %1 is configured but WAL archiving is off (archive_mode %2): no point-in-time recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="241"/>
        <source>pgBackRest stanza %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="244"/>
        <source>pgBackRest stanza %1 has no backup yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupChain</name>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="24"/>
        <source>The chain of %1 runs in a circle at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="30"/>
        <source>The chain of %1 is broken: %2 needs its parent %3, which cannot be read (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="35"/>
        <source>The chain of %1 is broken: %2 is of another engine or schema version than its child %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="41"/>
        <source>The chain of %1 is broken: its parent %2 is newer than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="58"/>
        <source>%1 holds no complete backup set for an incremental backup to build on; take a full backup first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupHealth</name>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="27"/>
        <source>Cannot read the last backup job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="57"/>
        <source>Cannot read the backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="69"/>
        <source>The newest backup set %1 is %2 hours old (more than %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="76"/>
        <source>The last backup job (%1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="20"/>
        <source>Cancelled by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="26"/>
        <source>The backup&apos;s checksums are of a kind (&quot;%1&quot;) this program does not know; use a newer Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="42"/>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="51"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="35"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="36"/>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="38"/>
        <source>%1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="111"/>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="140"/>
        <source>%1: cannot start %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="172"/>
        <source>%1: cannot start %2 | %3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="101"/>
        <source>Cannot count the catalog&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="117"/>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="143"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="154"/>
        <source>Cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="192"/>
        <source>The newest set %1 has no image archive to add the new images to; take a full backup with images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="215"/>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="254"/>
        <source>Archiving the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="240"/>
        <source>Writing the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="391"/>
        <source>The backup has an image archive but no image store folder is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="312"/>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="323"/>
        <source>Applying migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="331"/>
        <source>Restoring the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="334"/>
        <source>The database was restored and verified, but the image store was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="347"/>
        <source>Restore verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="362"/>
        <source>Verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="371"/>
        <source>Unpacking the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="405"/>
        <source>This backup is of a %1 database; the connected database is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="410"/>
        <source>This backup has schema version %1; this program knows versions up to %2. Restore it with a newer Catalog Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="432"/>
        <source>The restored database differs from the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="55"/>
        <source>a file name is empty or not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="57"/>
        <source>the entry of %1 has no valid size and sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="95"/>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="183"/>
        <source>%1 is not a usable backup manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="99"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="103"/>
        <source>format_version %1 is not supported (this program reads %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="115"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="117"/>
        <source>its kind and format_version disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="121"/>
        <source>an incremental set must name its parent&apos;s manifest in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="127"/>
        <source>&quot;created_at&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="135"/>
        <source>unknown engine &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="139"/>
        <source>&quot;schema_version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="146"/>
        <source>it lists no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="157"/>
        <source>it names no database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="175"/>
        <source>Cannot read the backup manifest %1: %2 (a backup set without its manifest is incomplete and is not restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="193"/>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="202"/>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="206"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="265"/>
        <source>%1 is missing from the backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="269"/>
        <source>%1 has %2 bytes, the manifest says %3: the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="279"/>
        <source>%1 does not match the sha256 in the manifest: the file is damaged or was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="292"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="294"/>
        <source>%1 has %2 rows, the backup %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="299"/>
        <source>%1 has the same %2 rows but different contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="306"/>
        <source>%1 is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <location filename="../storage/maintenance/backup/backupretention.cpp" line="67"/>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupretention.cpp" line="107"/>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="33"/>
        <source>the %1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="36"/>
        <source>the %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="41"/>
        <source>the %1 contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="49"/>
        <source>a percent change must lie between -100 % and +1000 % (got %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="54"/>
        <source>an amount must be non-zero and at most 99999999.99 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="65"/>
        <location filename="../storage/bulk/bulkedit.cpp" line="82"/>
        <source>specification name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="68"/>
        <source>the value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="72"/>
        <source>the value contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="75"/>
        <source>old specification name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="76"/>
        <source>new specification name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="79"/>
        <source>the old and the new name are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="109"/>
        <source>the edit changes nothing: name at least one change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="112"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="116"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as CNY or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="121"/>
        <source>must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="124"/>
        <source>must be a positive id (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="130"/>
        <source>The bulk edit cannot run: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="157"/>
        <source>the product is deleted: restore it to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="159"/>
        <source>there is no supplier with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="162"/>
        <source>the price would fall below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="164"/>
        <source>the price would exceed 99999999.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="166"/>
        <source>it has a specification &quot;%1&quot; already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPendingEdit</name>
    <message>
        <location filename="../models/bulkpendingedit.cpp" line="89"/>
        <source>%1: %2</source>
        <comment>product: reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkUpdateJob</name>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="82"/>
        <source>Cannot find the products to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="107"/>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="128"/>
        <source>Cannot check the products to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="140"/>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="277"/>
        <source>Cannot count the products to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="148"/>
        <source>Cannot update the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="296"/>
        <source>Cannot preview the bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="160"/>
        <source>The SQLite URL names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="24"/>
        <source>Port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="45"/>
        <source>Unterminated quoted value in the connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="79"/>
        <source>Not a connection string: expected keyword=value at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="98"/>
        <source>%1 port numbers do not match %2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="120"/>
        <source>Unterminated [IPv6 address] in the URL&apos;s host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="124"/>
        <source>Unexpected text after an [IPv6 address] in the URL&apos;s host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="82"/>
        <source>Connection option %1 may not contain &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="88"/>
        <source>Unknown connection option &quot;%1&quot; in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="120"/>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="128"/>
        <source>target_session_attrs &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="134"/>
        <source>statement_timeout must be a whole number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="147"/>
        <source>Not a database URL: expected postgresql://user@host:port/dbname or sqlite:///absolute/path.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="154"/>
        <source>SQLite URLs take a path, not a host: use sqlite:///%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="166"/>
        <source>Unsupported database URL scheme &quot;%1&quot;: use postgresql:// or sqlite://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="258"/>
        <source>DB_PORT &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="263"/>
        <source>Cannot create the folder %1 for the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="281"/>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="285"/>
        <source> (not retried: check the user name and the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="296"/>
        <location filename="../storage/db/connectionmanager.cpp" line="411"/>
        <source>Cannot prepare the session (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="309"/>
        <source>The connection to %1 is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="321"/>
        <source>All %1 database connections are in use; waited %2 ms for one (raise DB_POOL_SIZE or DB_POOL_TIMEOUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="339"/>
        <source>The Qt SQL driver %1 is not available; install it (Debian: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="385"/>
        <source>%1 — server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="422"/>
        <source> — database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="473"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyChecker</name>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="88"/>
        <source>Products whose supplier does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="89"/>
        <source>Clear the supplier of those products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="96"/>
        <source>Active products whose supplier is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="97"/>
        <source>Restore those suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="105"/>
        <source>Duplicate suppliers (same source_id apart from case and spaces, or same name and company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="107"/>
        <source>Move their products to the first of each group and delete the duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="125"/>
        <source>Suppliers whose product_count is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="126"/>
        <source>Recount their active products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="136"/>
        <source>Products whose price_min is above price_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="137"/>
        <source>Swap price_min and price_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="145"/>
        <source>Products whose detail_images is not a JSON array or specifications not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="147"/>
        <source>Replace the broken value with an empty list or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="159"/>
        <source>Active products without a main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="160"/>
        <source>Use the first detail image as the main image where there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="165"/>
        <source>Products whose images are recorded but not their main image (or it is labelled detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="167"/>
        <source>Record the main image (a row fetch-images --missing downloads) and label the others detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="189"/>
        <source>Image rows whose stored file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="190"/>
        <source>Forget the file (the row stays, so fetch-images --missing downloads it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="194"/>
        <source>Image files that no image row names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="195"/>
        <source>Delete those files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="197"/>
        <source>Image files whose sha256 differs from their row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="199"/>
        <source>Delete the changed file and forget it (fetch-images --missing downloads it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="203"/>
        <source>Jobs still marked running after %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="205"/>
        <source>Mark them failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="227"/>
        <source>Cannot read products without a main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="245"/>
        <source>Cannot set the main image of product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="258"/>
        <source>Cannot check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="268"/>
        <source>Cannot list examples of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="315"/>
        <source>Cannot read the stored images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="331"/>
        <source>The image folder %1 is a symbolic link; the orphan check does not follow links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="359"/>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="445"/>
        <source>The consistency check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="399"/>
        <source>Cannot forget the file of image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="432"/>
        <source>Cannot count the stored images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="571"/>
        <source>Unknown check &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="593"/>
        <source>The stored file was missing (found by the consistency check); fetch it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="595"/>
        <source>The stored file had changed on disk (sha256 differed; found by the consistency check); fetch it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="624"/>
        <source>Cannot repair %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOptimizer</name>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="22"/>
        <source>: no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="32"/>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="35"/>
        <source>Cannot read the database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="40"/>
        <source>Cannot read the dead-row estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="42"/>
        <source>Cannot read the free page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="100"/>
        <source>Cannot flush the session&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="130"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="36"/>
        <source>Cannot check whether the catalog is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChecker</name>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="36"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="40"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="41"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="117"/>
        <source>Database unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="145"/>
        <source>Cannot check replication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="169"/>
        <source>Cannot read the free space of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="181"/>
        <source>Disk almost full: %1 free of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="185"/>
        <source>Disk getting full: %1 free of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="204"/>
        <source>Cannot read the running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="209"/>
        <source>%1 job #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="222"/>
        <source>Cannot read the active queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="226"/>
        <source>query on pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="235"/>
        <source>Cannot check long-running jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="239"/>
        <source>%1 running for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../storage/repositories/historystore.cpp" line="43"/>
        <location filename="../storage/repositories/historystore.cpp" line="56"/>
        <source>Cannot read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/historystore.cpp" line="61"/>
        <source>History entry %1 does not belong to record %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageArchive</name>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="30"/>
        <source>The image archive %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="89"/>
        <source>the member &quot;%1&quot; has an absolute or empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="94"/>
        <source>the member &quot;%1&quot; leaves its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="98"/>
        <source>a member has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="102"/>
        <source>it holds more than one top folder (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="111"/>
        <source>a hard link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="112"/>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="113"/>
        <source>a device node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="115"/>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="116"/>
        <source>of type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="117"/>
        <source>the member &quot;%1&quot; is %2; only plain files and folders are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="122"/>
        <source>the member &quot;%1&quot; has a setuid, setgid or sticky mode (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="201"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="207"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="216"/>
        <source>No image store folder is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="220"/>
        <source>The image store %1 is a symbolic link; only a plain folder is backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="225"/>
        <source>Cannot create the image store folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="256"/>
        <source>Archiving the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="267"/>
        <source>Cannot read the parent&apos;s list of images %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="284"/>
        <source>Cannot write the list of new images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="290"/>
        <source>Archiving the new images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="304"/>
        <source>its top folder %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="321"/>
        <source>Cannot read the image archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="329"/>
        <source>it ends in the middle of a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="334"/>
        <source>a header&apos;s checksum is wrong (not a tar archive?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="343"/>
        <source>a header has no valid size or mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="348"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="375"/>
        <source>it ends in the middle of a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="353"/>
        <source>a pax header changes a member&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="370"/>
        <source>the folder &quot;%1&quot; claims %2 bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="378"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="392"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="397"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="310"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="402"/>
        <source>Unpacking the image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="414"/>
        <source>it should unpack to one folder, it gave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="422"/>
        <source>its top member %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="426"/>
        <source>%1 unpacked as something other than a plain file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="297"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="436"/>
        <source>The image archive %1 was not unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="450"/>
        <source>Cannot move the current image store %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="456"/>
        <source>Cannot put the restored images in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCodec</name>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="19"/>
        <source>The response is empty, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="23"/>
        <source>The response is an HTML page, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="25"/>
        <source>The response is JSON or text, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="27"/>
        <source>The response is XML/SVG, which the catalog does not store as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="29"/>
        <source>The response is not an image in a known format (JPEG, PNG, WebP, GIF); it starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="42"/>
        <source>The JPEG file is truncated (no end-of-image marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="47"/>
        <source>The PNG file is truncated (no IEND chunk at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="51"/>
        <source>The WebP file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="54"/>
        <source>The WebP file is truncated (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="59"/>
        <source>The GIF file is truncated (no trailer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="87"/>
        <source>The image is in %1 format; the catalog stores JPEG, PNG, WebP and GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="100"/>
        <source>The image is %1 x %2 pixels, over the limit of %3 pixels per side and %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="110"/>
        <source>The %1 file is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="116"/>
        <source>The image is %1 x %2 pixels, over the limit of %3 pixels per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="142"/>
        <source>Cannot convert to &quot;%1&quot;: use jpeg, png or webp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="172"/>
        <source>Cannot encode the image as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDownloader</name>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="100"/>
        <source>Not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="163"/>
        <source>No response within %1 s (connect timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="169"/>
        <source>The transfer stalled: no data for %1 s (transfer timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="206"/>
        <source>The image is %1, over the limit of %2 per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="244"/>
        <source>The response is compressed (Content-Encoding: %1) and expands past the limit of %2 per file: a decompression bomb; the download was stopped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="248"/>
        <source>The image is larger than the limit of %1 per file; the download was stopped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="262"/>
        <source>The server sends too slowly: %1 bytes/s on average over %2 s, below the minimum of %3 bytes/s; the download was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="276"/>
        <source>The download did not finish within %1 s (deadline); %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="325"/>
        <location filename="../storage/images/imagedownloader.cpp" line="360"/>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="330"/>
        <source>HTTP %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="340"/>
        <source>%1 to a request that was not conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="373"/>
        <source>%1 without a Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="381"/>
        <source>Redirected to %1, which is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="389"/>
        <source>Redirect loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="396"/>
        <source>Too many redirects (more than %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="428"/>
        <source>%1 (after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFetchJob</name>
    <message>
        <location filename="../storage/images/imagefetchjob.cpp" line="94"/>
        <source>Not fetched: the URL %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFileHashes</name>
    <message>
        <location filename="../storage/maintenance/imagefilehashes.cpp" line="26"/>
        <source>Cannot read the image hashes of the last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/imagefilehashes.cpp" line="90"/>
        <source>Cannot record the hash of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageRepository</name>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="48"/>
        <source>Cannot read the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="53"/>
        <source>The image does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="82"/>
        <source>Cannot add image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="116"/>
        <source>Cannot list the product&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="148"/>
        <source>Cannot update image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="153"/>
        <location filename="../storage/repositories/imagerepository.cpp" line="175"/>
        <location filename="../storage/repositories/imagerepository.cpp" line="254"/>
        <source>Image %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="170"/>
        <source>Cannot delete image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="186"/>
        <source>Cannot count images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="205"/>
        <source>Cannot list images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="248"/>
        <source>Cannot record the fetch of image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="295"/>
        <source>Cannot read the products&apos; image URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="334"/>
        <source>Cannot read the recorded images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="357"/>
        <source>Cannot update the role of image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="377"/>
        <source>Cannot record image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="463"/>
        <source>Cannot list the images to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="486"/>
        <source>Cannot list the stored image files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="106"/>
        <source>The image folder %1 is a symbolic link; the image store writes only inside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="114"/>
        <source>The image folder %1 resolves to %2, outside the image store %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="128"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="136"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="155"/>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="162"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="171"/>
        <source>Cannot move %1 into place as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="272"/>
        <source>Image %1 was deleted but its file %2 could not be removed; the consistency check lists it as a file without a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="303"/>
        <source>The product was removed but %1 of its image files could not be: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFieldReader</name>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="16"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="18"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="20"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="22"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="24"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="26"/>
        <source>null</source>
        <comment>a JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="47"/>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="64"/>
        <source>&quot;%1&quot; is not a decimal number with at most two fraction digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="67"/>
        <source>must be a decimal number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="88"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="99"/>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="100"/>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="120"/>
        <source>is not valid JSON (%1); it must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="122"/>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="126"/>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="95"/>
        <source>Cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="107"/>
        <source>Cannot lock the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="116"/>
        <source>Cannot read the owner of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="120"/>
        <source>Cannot act as catalog_admin for the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="134"/>
        <source>Cannot record migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="162"/>
        <source>Migration %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="190"/>
        <source>The server %1 is a standby (in recovery, read-only): migrations are never run there. Its schema is at migration %2, this program needs %3; run migrate on the primary, and the standby replays it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="235"/>
        <source>This build&apos;s migration scripts are broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="254"/>
        <source>Cannot create schema_migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="263"/>
        <source>The database has schema version %1, newer than the %2 this program knows; use a newer catalog-admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeFilter</name>
    <message>
        <location filename="../storage/transfer/import/modefilter.cpp" line="47"/>
        <source>a product with source_id &quot;%1&quot; exists already (insert-only import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/modefilter.cpp" line="54"/>
        <source>source_id &quot;%1&quot; appears more than once in the file (insert-only import)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>PgTools</name>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="49"/>
        <source>%1 does not run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="55"/>
        <source>%1 --version printed &quot;%2&quot;, not a PostgreSQL version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="64"/>
        <source>%1 at %2 is version %3, but PostgreSQL %4 needs %1 %4 or newer. Install postgresql-client-%4 or set the path of a newer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="92"/>
        <source>%1 was not found (looked in /usr/lib/postgresql/*/bin and PATH). Install postgresql-client-%2 or set the path of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionEstimator</name>
    <message>
        <location filename="../storage/repositories/positionestimator.cpp" line="90"/>
        <source>Cannot estimate the positions of %1 sorted by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresBackup</name>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="123"/>
        <source>The backup set does not match its manifest; the restore was rolled back, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="163"/>
        <source>Cannot prepare the checksum session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="192"/>
        <source>Cannot checksum %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="211"/>
        <source>Cannot list the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="226"/>
        <source>Checksumming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="242"/>
        <source>Cannot checksum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="255"/>
        <source>Cannot read the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="287"/>
        <source>Cannot open the snapshot connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="290"/>
        <source>Cannot begin the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="296"/>
        <source>Cannot export a snapshot for pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="310"/>
        <source>%1 records no snapshot an incremental backup can start from; take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="315"/>
        <source>%1 is a backup of another database (or of this one before a point-in-time restore or failover); take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="410"/>
        <source>Writing %1 (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="432"/>
        <source>Cannot begin the checksum transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="443"/>
        <source>Reading the archive&apos;s contents (pg_restore --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="446"/>
        <source>%1 is not a readable pg_dump archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="460"/>
        <source>%1 should hold the tables of one schema, it holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="472"/>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="509"/>
        <source>Reading the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="487"/>
        <source>%1 lists a table &quot;%2&quot; without a plain name, count and checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="500"/>
        <source>The backup set does not match its manifest, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="519"/>
        <source>%1 was not verified before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="559"/>
        <source>Restoring the database (pg_restore | psql)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDelta</name>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="62"/>
        <source>%1 is not a readable incremental backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="87"/>
        <source>a table header has no plain table and column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="90"/>
        <source>the key of %1 is not one of its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="106"/>
        <source>the key ranges of %1 are not ordered numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="115"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="123"/>
        <source>its compressed text does not unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="129"/>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="135"/>
        <source>it does not begin with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="142"/>
        <source>it ends before its last line (the file is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="148"/>
        <source>a table block does not begin with its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="156"/>
        <source>the rows of %1 end early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="215"/>
        <source>Cannot list the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="221"/>
        <source>Cannot read the foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="261"/>
        <source>Cannot read the columns of the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="331"/>
        <source>A changed row of %1 came without its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="373"/>
        <source>Cannot read the keys of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="385"/>
        <source>Cannot count the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="485"/>
        <source>Cannot read the tables&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="579"/>
        <source>The parent set&apos;s change mark is not a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="610"/>
        <source>Cannot read the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="273"/>
        <source>%1 has a column whose name an incremental backup cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="288"/>
        <source>Cannot read the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="541"/>
        <source>The PostgreSQL driver does not expose its handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="353"/>
        <source>Cannot read the changes of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="345"/>
        <source>Cannot write the changes of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="498"/>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="583"/>
        <source>Cannot read the backup&apos;s snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="529"/>
        <source>Cannot read the database&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="589"/>
        <source>The database&apos;s transaction ids are behind its newest backup set (restored or rewound since?); take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="606"/>
        <source>Reading the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="623"/>
        <source>The parent set has no row hashes of %1; take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="651"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="671"/>
        <source>The archive&apos;s schema has no plain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <location filename="../storage/transfer/exportsink.cpp" line="53"/>
        <source>The export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/exportsink.cpp" line="60"/>
        <location filename="../storage/transfer/productexporter.cpp" line="219"/>
        <location filename="../storage/transfer/productexporter.cpp" line="223"/>
        <location filename="../storage/transfer/productexporter.cpp" line="303"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/productexporter.cpp" line="207"/>
        <source>Cannot read the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/productexporter.cpp" line="292"/>
        <source>%1 files cannot be exported; an export writes csv or jsonl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductFilter</name>
    <message>
        <location filename="../storage/repositories/productfilter.cpp" line="111"/>
        <source>Cannot look up the product specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productfilter.cpp" line="142"/>
        <source>Cannot search the product titles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <location filename="../storage/transfer/import/diffstage.cpp" line="67"/>
        <source>line %1: source_id &quot;%2&quot; appeared earlier in the file; the import writes this row over the earlier one, and the diff compares it with the catalog only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/diffstage.cpp" line="77"/>
        <source>%1 more rows repeat an earlier source_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filecheck.cpp" line="61"/>
        <source>the file has %1 bytes, more than MAX_FILE_SIZE allows (%2 bytes); nothing was read. Split the file, or raise MAX_FILE_SIZE (--max-file-size, the environment or the settings file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filecheck.cpp" line="91"/>
        <source>the file is neither valid UTF-8 nor valid GB18030 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filecheck.cpp" line="103"/>
        <source>no encoding was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="92"/>
        <source>the file is not valid UTF-8, and this build of Qt has no GB18030 decoder (it needs ICU) to try instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="96"/>
        <source>the encoding &quot;%1&quot; is not available in this build of Qt%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="100"/>
        <source> (GB18030 needs ICU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="107"/>
        <source>the file is not valid UTF-8; it was read as GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/importtally.cpp" line="37"/>
        <source>line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/importtally.cpp" line="40"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/importtally.cpp" line="55"/>
        <source>%1 more rows were kept with the same kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="27"/>
        <source>the header row (line %1) has no &quot;%2&quot; column; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="39"/>
        <source>unknown column &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="44"/>
        <source>%1 more unknown columns ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="58"/>
        <source>has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="81"/>
        <source>is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="84"/>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="130"/>
        <source>the file is empty; a CSV import needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/storedproducts.cpp" line="80"/>
        <source>Cannot read the stored products to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/supplierresolver.cpp" line="117"/>
        <source>no supplier has source_id &quot;%1&quot; and the row gives no supplier_name to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/productimporter.cpp" line="274"/>
        <source>could not refresh the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductMapping</name>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="24"/>
        <source>%1: line breaks or tabs folded into spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="41"/>
        <source>must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="91"/>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="121"/>
        <source>supplier details (company, location, contact, rating) left alone: the row gives no supplier_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="127"/>
        <source>is required when supplier details are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="144"/>
        <source>the record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/sync1688mapping.cpp" line="31"/>
        <source>&quot;%1&quot; is not a price or a price range like 12.50-18.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/sync1688mapping.cpp" line="48"/>
        <source>must be a list of URLs, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/sync1688mapping.cpp" line="65"/>
        <source>a list entry has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="120"/>
        <source>there is no supplier with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="185"/>
        <source>Cannot look up suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="196"/>
        <source>no supplier has source_id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="262"/>
        <location filename="../storage/repositories/productrepository.cpp" line="443"/>
        <source>Cannot prepare the staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="309"/>
        <location filename="../storage/repositories/productrepository.cpp" line="484"/>
        <source>Cannot upsert the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="314"/>
        <source>The upsert returned no counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="334"/>
        <source>Cannot look up existing products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="421"/>
        <source>Row %1 (%2) was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="447"/>
        <source>Cannot empty the staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="464"/>
        <source>Cannot stage row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="534"/>
        <source>The product has not been stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="741"/>
        <source>Cannot refresh the statistics of products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="749"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="769"/>
        <source>Cannot set the sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeJob</name>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="75"/>
        <source>Cannot count what purge would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="86"/>
        <source>Cannot list what purge removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="201"/>
        <source>Cannot purge the history of purged products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="226"/>
        <source>Cannot read the images of the products to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="243"/>
        <source>Cannot purge deleted products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="271"/>
        <source>Cannot purge old rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="447"/>
        <source>%1: outside the image store %2 or a link; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="469"/>
        <source>Cannot forget the hash of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="534"/>
        <source>takes a number of days from 1 to %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="543"/>
        <source>takes 0 to %1 versions (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="548"/>
        <source>takes 1 to %1 rows (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="553"/>
        <source>nothing to purge: give at least one of deleted products, history or jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityRepository</name>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="35"/>
        <location filename="../storage/repositories/qualityrepository.cpp" line="41"/>
        <source>Cannot count the data-quality problems of the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="73"/>
        <location filename="../storage/repositories/qualityrepository.cpp" line="81"/>
        <source>Cannot list examples of the data-quality problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="116"/>
        <source>Cannot prepare the quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="147"/>
        <source>Cannot check the data quality of the saved products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadRouter</name>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="110"/>
        <source>Cannot read the WAL position of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="159"/>
        <source>A read server is a PostgreSQL standby of a PostgreSQL primary; %1 cannot read from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="212"/>
        <source>Replication conflicts cancelled a read on the standby (%1 attempts); it was read from the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="217"/>
        <source>The read server %1 failed (%2); reading from the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="292"/>
        <source>The read server %1 cannot be reached (%2); reading from the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="307"/>
        <source>The read server %1 is not a standby (it accepts writes); reading from the primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationHealth</name>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="19"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="42"/>
        <source>Cannot read pg_stat_replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="74"/>
        <source>Cannot read the standby&apos;s replay position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="79"/>
        <source>The replay query returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="89"/>
        <source>local socket, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="138"/>
        <source>Cannot read the server&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="158"/>
        <source>thresholds %1 s, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="163"/>
        <source>This standby receives no WAL from a primary (no streaming WAL receiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="166"/>
        <source>Replay is paused on this standby: it shows the catalog as it was when replay stopped (SELECT pg_wal_replay_resume() resumes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="170"/>
        <source>This standby replays %1 behind, %2 received but not replayed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="177"/>
        <source>Standby %1 at %2 is behind: replay lag %3, %4 not replayed (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="191"/>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="192"/>
        <source>standby of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="193"/>
        <source>, replay lag %1, %2 not replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="197"/>
        <source>, replay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="199"/>
        <source>, not receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="203"/>
        <source>primary, no standby connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="206"/>
        <source>%1 %2 (%3) write %4 flush %5 replay %6, %7 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="210"/>
        <source>primary; standbys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowHashes</name>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="67"/>
        <source>%1 is not a readable row-hash file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="84"/>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="90"/>
        <source>it ends early (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="87"/>
        <source>a block has an impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="139"/>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="169"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="178"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="181"/>
        <source>it does not begin with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="195"/>
        <source>a table is named twice or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="204"/>
        <source>a block of rows has no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="212"/>
        <source>a block of rows is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="225"/>
        <source>a block of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="229"/>
        <source>its table count does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="235"/>
        <source>the keys of %1 are not in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="250"/>
        <source>%1 was written before backups kept row hashes; the next set reads every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="267"/>
        <source>%1&apos;s chain has no set with the row hashes of every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="275"/>
        <source>%1 has row hashes of %2, which its parents do not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="289"/>
        <source>The row hashes of %1&apos;s chain do not match its checksums of %2; take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="370"/>
        <source>%1 has %2 rows, but its parent&apos;s %3 and the %4 changed rows make %5; take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeSettings</name>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="30"/>
        <source>a downloaded image larger than this is refused (K/M/G suffixes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="34"/>
        <source>rows per transaction of import and bulk edits, per step of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="37"/>
        <source>thumbnails and cached pages older than this are refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="40"/>
        <source>database connections open at once, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="43"/>
        <source>how long work waits for a free connection before it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="46"/>
        <source>retries, with backoff, of work whose connection was lost or that met a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="50"/>
        <source>health warns when finished WAL has waited longer than this to be archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="54"/>
        <source>pgBackRest stanza: health reads pgbackrest info for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="56"/>
        <source>pgBackRest configuration file (default its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="96"/>
        <source>the option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="98"/>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="101"/>
        <source>the setting %1 of the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="106"/>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="139"/>
        <source>a size in bytes from %1 to %2 (K, M and G suffixes allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="141"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="143"/>
        <source>%1 = &quot;%2&quot; (from %3) is not valid: %4 is expected (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="231"/>
        <source>Settings (each: --flag, else the environment variable, else the setting in the settings file, else the default):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="236"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="237"/>
        <source>default %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="45"/>
        <source>Cannot read the database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="50"/>
        <source>The database did not name the current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="59"/>
        <source>Cannot read saved view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="64"/>
        <source>The saved view %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="83"/>
        <source>A view needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="86"/>
        <source>A view&apos;s name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="99"/>
        <source>Cannot look up the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="108"/>
        <source>You already have a view named &quot;%1&quot; on this page; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="165"/>
        <source>Cannot read the saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="199"/>
        <source>Cannot replace the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="204"/>
        <source>Cannot save the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="210"/>
        <source>The view&apos;s id was not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="238"/>
        <source>Cannot rename the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="259"/>
        <source>Cannot delete the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="278"/>
        <source>Cannot clear the previous default view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="283"/>
        <source>Cannot make &quot;%1&quot; the default view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="297"/>
        <source>Cannot change the sharing of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="92"/>
        <source>No password is saved in the system keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="97"/>
        <source>The system keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="106"/>
        <source>The system keychain is not available (%1). Save the password in ~/.pgpass instead, or type it when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="149"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="152"/>
        <location filename="../storage/config/secretstore.cpp" line="178"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="166"/>
        <source>%1 has no password for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="202"/>
        <location filename="../storage/config/secretstore.cpp" line="212"/>
        <location filename="../storage/config/secretstore.cpp" line="216"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="228"/>
        <source>A password with a line break cannot go into .pgpass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="18"/>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="19"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="27"/>
        <source>local socket, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="55"/>
        <source>Cannot read which server this connection reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="16"/>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="19"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="37"/>
        <source>The database file %1 is read-only for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="60"/>
        <source>Cannot read the privileges of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="65"/>
        <source>The privilege query returned no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="84"/>
        <source>The server %1 is a standby (in recovery): it can be browsed, but changes are made on the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="88"/>
        <source>The server is read-only (a standby, or default_transaction_read_only is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="91"/>
        <source>The database role %1 may not read the catalog (or it has no catalog schema yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="95"/>
        <source>The database role %1 may read the catalog but not change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSnapshot</name>
    <message>
        <location filename="../storage/maintenance/backup/settingssnapshot.cpp" line="39"/>
        <location filename="../storage/maintenance/backup/settingssnapshot.cpp" line="43"/>
        <source>Cannot write the settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <location filename="../storage/db/sqldialect.cpp" line="100"/>
        <source> (the database refused it: the connected role lacks this right; an administrator can grant it with catalogctl setup-roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/sqldialect.cpp" line="104"/>
        <source> (the disk that holds the database is full: free space on it, then try again; the change was rolled back, nothing of it was written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="285"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="301"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="465"/>
        <source>The SQLite driver does not expose its handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="191"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="307"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="377"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="171"/>
        <source>An incremental backup needs a database file, not an in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="196"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="209"/>
        <source>Cannot begin the incremental backup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="235"/>
        <source>Cannot finish the incremental backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="239"/>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="251"/>
        <source>cannot copy it to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="310"/>
        <source>Copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="313"/>
        <source>The SQLite backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="316"/>
        <source>Cannot finish the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="336"/>
        <source>Cannot hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="373"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="400"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="436"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="469"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="380"/>
        <source>Reading the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="383"/>
        <source>Cannot copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="388"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="440"/>
        <source>%1 fails SQLite&apos;s integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="391"/>
        <source>Applying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="446"/>
        <source>The backup set does not match its manifest, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="457"/>
        <source>%1 was not verified before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="474"/>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="477"/>
        <source>The SQLite restore failed, the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="168"/>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="229"/>
        <source>Cannot read the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="194"/>
        <source>Cannot list the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="290"/>
        <source>Cannot checksum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="314"/>
        <source>Checksumming %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDelta</name>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="88"/>
        <source>Cannot read the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="114"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="391"/>
        <source>%1 has a column whose name an incremental backup cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="121"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="134"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="141"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="318"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="400"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="407"/>
        <source>Cannot write the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="151"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="434"/>
        <source>Cannot write the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="159"/>
        <source>Cannot read the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="166"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="172"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="179"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="185"/>
        <source>Cannot apply the deletions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="195"/>
        <source>The incremental backup names a table or key without a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="203"/>
        <source>The incremental backup&apos;s table %1 does not fit the database it is applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="209"/>
        <source>Cannot apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="216"/>
        <source>Cannot apply the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="223"/>
        <source>Cannot read the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="226"/>
        <source>Cannot read the incremental backup&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="234"/>
        <source>Cannot set the triggers aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="244"/>
        <source>Cannot put the triggers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="258"/>
        <source>Cannot write the incremental backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="268"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="347"/>
        <source>Cannot list the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="298"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="327"/>
        <source>Cannot read the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="355"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="382"/>
        <source>Reading the changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="275"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="359"/>
        <source>The table %1 has a name an incremental backup cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="419"/>
        <source>The parent set has no row hashes of %1; take a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="451"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="479"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="453"/>
        <source>Cannot begin applying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="458"/>
        <source>Cannot commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="472"/>
        <source>Cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="482"/>
        <source>Applying %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="39"/>
        <source>row %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="42"/>
        <source>%1%2: %3</source>
        <comment>where, field: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="46"/>
        <source>%1 (%2)</source>
        <comment>message (field errors)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="47"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="65"/>
        <source>Invalid value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="66"/>
        <source>%1 fields have invalid values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierRepository</name>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="65"/>
        <location filename="../storage/repositories/supplierrepository.cpp" line="83"/>
        <source>Cannot check the supplier&apos;s products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="70"/>
        <source>Supplier %1 still has %2 products; move or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="88"/>
        <source>Supplier %1 is still referenced by %2 products (deleted ones included); it cannot be removed permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="180"/>
        <source>The supplier has not been stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="344"/>
        <source>Cannot prepare the supplier upsert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="353"/>
        <source>Row %1 (%2) was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="402"/>
        <source>Cannot read suppliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRecordRepository</name>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="48"/>
        <source>Cannot read job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="53"/>
        <source>Job %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="72"/>
        <source>Cannot record the start of the %1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="78"/>
        <source>The job&apos;s id was not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="94"/>
        <source>Cannot record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="103"/>
        <source>a job ends completed, failed or cancelled, not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="114"/>
        <source>Cannot record the end of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="123"/>
        <source>Job %1 has already ended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="172"/>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="193"/>
        <source>Cannot list jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="209"/>
        <source>Cannot count jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="243"/>
        <source>Cannot read the running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="256"/>
        <source>The process that ran this job (pid %1 on %2) ended before the job finished: it was killed or crashed. Only whole batches were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="269"/>
        <source>Cannot close job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="32"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="57"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="65"/>
        <source>this looks like a binary file (it contains NUL bytes at offset %1), not CSV or JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="76"/>
        <source>the file is not valid %1 text (near byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="85"/>
        <source>this looks like a binary file (it contains NUL characters), not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="115"/>
        <source>line %1: a quoted field starts here and is never closed (missing %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="281"/>
        <source>a JSON array import must start with &quot;[&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="292"/>
        <source>line %1: text after the end of the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="326"/>
        <source>line %1: a JSON string starts here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="330"/>
        <source>the JSON array is never closed (missing &quot;]&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../storage/images/thumbnailcache.cpp" line="70"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/images/thumbnailcache.cpp" line="86"/>
        <source>The image has not been fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../storage/db/transaction.cpp" line="32"/>
        <source>Cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/transaction.cpp" line="48"/>
        <source>Cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/db/transaction.cpp" line="51"/>
        <source>The connection was lost while committing; the change may or may not have been saved. Reload and check before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../storage/core/validator.cpp" line="77"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="79"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="81"/>
        <source>null</source>
        <comment>a JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="82"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="83"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="113"/>
        <source>contains a NUL character or broken Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="118"/>
        <location filename="../storage/core/validator.cpp" line="294"/>
        <location filename="../storage/core/validator.cpp" line="296"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="129"/>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="134"/>
        <source>contains control characters or broken Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="142"/>
        <location filename="../storage/core/validator.cpp" line="266"/>
        <source>must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="146"/>
        <source>must be at most %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="171"/>
        <source>must be text, a number or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="176"/>
        <source>must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="217"/>
        <source>is not a URL (empty or surrounded by spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="219"/>
        <source>is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="221"/>
        <source>must be an http or https URL (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="224"/>
        <source>has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="240"/>
        <source>%1 is greater than price_max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="244"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as CNY or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="249"/>
        <source>must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="254"/>
        <source>must be a URL string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="262"/>
        <source>must be a positive id (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="270"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="302"/>
        <source>must be main or detail (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="305"/>
        <location filename="../storage/core/validator.cpp" line="307"/>
        <source>must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="309"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="318"/>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="330"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="337"/>
        <source>must be a three-letter ISO 4217 code such as CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="342"/>
        <source>a value needs the name of the specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="347"/>
        <source>must be between 1 and 36500 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionedTable</name>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="76"/>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="77"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="77"/>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="78"/>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="122"/>
        <source>Cannot read %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="129"/>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="135"/>
        <source>Cannot create %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="141"/>
        <source>Cannot save %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="147"/>
        <source>Cannot delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="148"/>
        <source>Cannot restore %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="155"/>
        <source>The new %1 was not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="168"/>
        <source>%1 %2 was changed by %3 at %4 (version %5; you edited version %6). Reload it to see the other change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="173"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="181"/>
        <source>%1 %2 is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="182"/>
        <source>%1 %2 is deleted; restore it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="185"/>
        <source>%1 %2 was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="196"/>
        <source>Cannot remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="226"/>
        <source>%1 %2 is not deleted; only deleted %3 can be removed permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="251"/>
        <source>History entry %1 records the creation; there is no earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="299"/>
        <source>Cannot estimate the %1 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="318"/>
        <location filename="../storage/repositories/versionedtable.cpp" line="355"/>
        <source>Cannot count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="396"/>
        <source>%1 cannot be read by key when sorted by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="410"/>
        <source>Cannot read the positions of %1 sorted by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="449"/>
        <source>%1 cannot be sorted by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="453"/>
        <source>Paging by key needs a column without empty values; %1 pages by offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="547"/>
        <source>Cannot list %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::BackupController</name>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="106"/>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="109"/>
        <source>Back up %1 to a file set named catalog_backup_YYYYMMDD_HHMMSS with a checksum manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="115"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="119"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="123"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="128"/>
        <source>Full: the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="129"/>
        <source>Incremental: only what changed since the newest set in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="132"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="135"/>
        <source>Include the image store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="138"/>
        <source>Afterwards remove old backups: keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="146"/>
        <location filename="../ui/backupcontroller.cpp" line="320"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="150"/>
        <location filename="../ui/backupcontroller.cpp" line="324"/>
        <source>and all from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="157"/>
        <source>found automatically for the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="158"/>
        <source>pg_dump/pg_restore &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="161"/>
        <source>&amp;Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="215"/>
        <location filename="../ui/backupcontroller.cpp" line="221"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="215"/>
        <source>The backup failed; nothing was kept of it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="222"/>
        <source>The backup was written, but old backups could not be removed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="356"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="356"/>
        <source>  └ incremental of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="357"/>
        <source>%1  %2  %3  %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="206"/>
        <source>Backing up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="230"/>
        <location filename="../ui/backupcontroller.cpp" line="236"/>
        <location filename="../ui/backupcontroller.cpp" line="250"/>
        <location filename="../ui/backupcontroller.cpp" line="257"/>
        <location filename="../ui/backupcontroller.cpp" line="298"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="231"/>
        <source>Backup manifests (*.manifest.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="256"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="258"/>
        <source>Restore the backup of %1 taken %2 into %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="262"/>
        <source>This replaces the %1 products and suppliers there with the backup&apos;s. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="264"/>
        <source>%1 %2, schema version %3, %4 rows in %5 tables%6. The restored tables are checked against the backup&apos;s checksums before the restore is reported done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="270"/>
        <source>, with the image store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="272"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="298"/>
        <source>The restore did not complete:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="286"/>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="309"/>
        <location filename="../ui/backupcontroller.cpp" line="376"/>
        <source>Clean Up Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="312"/>
        <source>Backup sets in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="322"/>
        <source>Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="333"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="358"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="358"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="361"/>
        <source>  (incomplete: no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupcontroller.cpp" line="367"/>
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
        <location filename="../ui/bulkeditlauncher.cpp" line="21"/>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="22"/>
        <source>Change the selected products or every product that matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="40"/>
        <source>Bulk edit cancelled: the batches written before the cancel stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="59"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="95"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="123"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="140"/>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="59"/>
        <source>A bulk edit is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="90"/>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkeditlauncher.cpp" line="92"/>
        <source>Bulk edit: %n product(s) changed, pending until you save</source>
        <translation>
            <numerusform>Bulk edit: %n product changed, pending until you save</numerusform>
            <numerusform>Bulk edit: %n products changed, pending until you save</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkeditlauncher.cpp" line="94"/>
        <source>; %n left unchanged</source>
        <translation>
            <numerusform>; %n left unchanged</numerusform>
            <numerusform>; %n left unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="96"/>
        <source>These products were left unchanged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="105"/>
        <source>Bulk edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="114"/>
        <source>%1 of %2 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="124"/>
        <source>The bulk edit stopped: %1
The batches written before stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="129"/>
        <source>Bulk edit: %1 matched, %2 changed, %3 unchanged, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="133"/>
        <source>Cancelled: the batches written before the cancel stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="139"/>
        <source>%1: %2</source>
        <comment>product: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="141"/>
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
        <location filename="../ui/connectiondialog.cpp" line="73"/>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="104"/>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="105"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="112"/>
        <source>Path of the catalog file; it is created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="126"/>
        <source>Host name, address or socket folder (empty: libpq default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>Default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>Database name (empty: same as the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="140"/>
        <source>Empty: your operating-system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>Empty: ~/.pgpass or no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="145"/>
        <source>Used for this session only; passwords are never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="159"/>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="161"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="162"/>
        <source>Encrypt only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="163"/>
        <source>Encrypt if the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="164"/>
        <source>Always encrypt; do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="165"/>
        <source>Always encrypt; check the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="166"/>
        <source>Always encrypt; check the authority and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="173"/>
        <source>CA certificate (PEM) to check the server against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="174"/>
        <source>Client certificate (PEM), if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="175"/>
        <source>Private key of the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="148"/>
        <source>Do not remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="149"/>
        <source>In the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="150"/>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="151"/>
        <source>Passwords are never written to the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="190"/>
        <source>postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="202"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="232"/>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="233"/>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="234"/>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="235"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="236"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>More &amp;hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="241"/>
        <source>Re&amp;member password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="242"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="243"/>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="244"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="245"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="246"/>
        <source>Reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="248"/>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="253"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="299"/>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="299"/>
        <source>Choose a recent connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="428"/>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="482"/>
        <source>Catalog database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="483"/>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="532"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="546"/>
        <source>Connected to %1 %2, round trip %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="551"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="594"/>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionSwitcher</name>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="57"/>
        <location filename="../ui/connectionswitcher.cpp" line="81"/>
        <location filename="../ui/connectionswitcher.cpp" line="101"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="82"/>
        <source>&quot;%1&quot; is still running on the current database. Wait for it to finish or cancel it, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="97"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="102"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ConsistencyDialog</name>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="25"/>
        <source>Products whose supplier does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="27"/>
        <source>Active products whose supplier is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="29"/>
        <source>Duplicate suppliers (same source ID apart from case and spaces, or same name and company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="33"/>
        <source>Suppliers whose product count is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="35"/>
        <source>Products whose lowest price is above the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="38"/>
        <source>Products whose image list or specifications are not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="41"/>
        <source>Active products without a main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="43"/>
        <source>Jobs still marked running after 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="45"/>
        <source>Products whose images are recorded but not their main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="48"/>
        <source>Image rows whose stored file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="50"/>
        <source>Image files that no image row names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="52"/>
        <source>Image files whose checksum differs from their row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="64"/>
        <source>Check consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="67"/>
        <source>Looks for data that breaks the catalog&apos;s rules. Nothing is changed until you choose Repair; every repair runs in one transaction and is recorded in the rows&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="73"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="73"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="73"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="89"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="91"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="92"/>
        <source>Repair all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="104"/>
        <source>The check was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="112"/>
        <source>The repair failed and was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="162"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="175"/>
        <location filename="../ui/consistencydialog.cpp" line="190"/>
        <source>Repairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="214"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="235"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="245"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistencydialog.cpp" line="246"/>
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
        <location filename="../ui/dashboardhealthtab.cpp" line="34"/>
        <source>&lt;b&gt;This application&apos;s storage calls&lt;/b&gt; (latency of the most recent %1 statements per kind, measured here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>Statement kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>Slowest (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="47"/>
        <source>&lt;b&gt;Slowest statements on the server&lt;/b&gt; (pg_stat_statements, by mean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="68"/>
        <source>Waiting for the first health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="75"/>
        <source>Check health every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="79"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="112"/>
        <location filename="../ui/dashboardhealthtab.cpp" line="124"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="113"/>
        <source>%1 ms for a trivial query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="115"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="117"/>
        <source>Server reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="118"/>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="120"/>
        <source>standby in recovery (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="121"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="127"/>
        <source>Free disk (storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="127"/>
        <source>Free disk (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="128"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="129"/>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="133"/>
        <source>Long-running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="134"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="137"/>
        <source>%1 for %2 min — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="141"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="143"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="144"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="172"/>
        <source>SQLite keeps no statement statistics; the table above shows this application&apos;s own latencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="176"/>
        <source>pg_stat_statements is not enabled in this database. To enable it, a superuser adds pg_stat_statements to shared_preload_libraries in postgresql.conf, restarts PostgreSQL and runs CREATE EXTENSION pg_stat_statements; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="183"/>
        <source>The pg_stat_statements extension is installed, but the server has not loaded it: add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::DashboardOverviewTab</name>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="66"/>
        <location filename="../ui/dashboardoverviewtab.cpp" line="248"/>
        <location filename="../ui/dashboardoverviewtab.cpp" line="283"/>
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
        <location filename="../ui/dashboardoverviewtab.cpp" line="72"/>
        <source>Newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="113"/>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="115"/>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="118"/>
        <source>%1 without a file · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="121"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="122"/>
        <source>%1 dead rows to reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="132"/>
        <source>%1 failed · %2 rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="144"/>
        <source>of %1 active products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="146"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="159"/>
        <source>%1 ms · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="172"/>
        <source>No backup set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="175"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="180"/>
        <source>&lt; 1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardoverviewtab.cpp" line="180"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="181"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="181"/>
        <source>incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="181"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="191"/>
        <source>Products by sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="214"/>
        <source>Products by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="236"/>
        <source>Other  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="245"/>
        <source>Price distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="246"/>
        <source>Price distribution (from-price, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="281"/>
        <source>Top suppliers by products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardoverviewtab.cpp" line="316"/>
        <source>Jobs and rejected rows per day, last %n day(s)</source>
        <translation>
            <numerusform>Jobs and rejected rows per day, last %n day</numerusform>
            <numerusform>Jobs and rejected rows per day, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="318"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="319"/>
        <source>Other jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="322"/>
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
        <location filename="../ui/dashboardwindow.cpp" line="35"/>
        <location filename="../ui/dashboardwindow.cpp" line="114"/>
        <source>Statistics — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="69"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="72"/>
        <location filename="../ui/dashboardwindow.cpp" line="115"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="89"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="90"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="91"/>
        <source>Performance and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="165"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="176"/>
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
        <location filename="../storage/demo/demodata.cpp" line="50"/>
        <source>Demo data load cancelled: %n product(s) and %1 supplier(s) were loaded and kept.</source>
        <translation>
            <numerusform>Demo data load cancelled: %n product and %1 supplier(s) were loaded and kept.</numerusform>
            <numerusform>Demo data load cancelled: %n products and %1 supplier(s) were loaded and kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="53"/>
        <source>Loaded %n demo product(s) from %1 supplier(s) in %2 s.</source>
        <translation>
            <numerusform>Loaded %n demo product from %1 supplier(s) in %2 s.</numerusform>
            <numerusform>Loaded %n demo products from %1 supplier(s) in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="101"/>
        <source>Demo data needs at least one supplier, zero or more products and a batch size of at least one (got %1 products, %2 suppliers, batches of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="110"/>
        <source>products and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="111"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="112"/>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="114"/>
        <source>The catalog %1 already contains %2 (possibly deleted ones). Demo data is only loaded into an empty catalog, so that it never mixes with real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="163"/>
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
        <location filename="../ui/healthindicator.cpp" line="44"/>
        <source>%1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="78"/>
        <source>server %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="85"/>
        <source>%1 — connected, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="96"/>
        <source>%1 — connected, %2 ms — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="108"/>
        <source>● %1 — unhealthy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="109"/>
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
    <name>catalog::HostListEditor</name>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="16"/>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="17"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="18"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="19"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="24"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="24"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="34"/>
        <source>Further servers of the same catalog (a standby, another primary). libpq tries the first host, then these in order, and keeps the first that matches &quot;Use&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="41"/>
        <source>Any server that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="42"/>
        <source>A server that accepts writes (read-write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="43"/>
        <source>The primary (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="44"/>
        <source>A standby, else the primary (prefer-standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="45"/>
        <source>A standby only (standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="46"/>
        <source>A read-only server (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="53"/>
        <source>Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="173"/>
        <source>Make this the first host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageFetchLauncher</name>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="26"/>
        <source>Fetching missing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="26"/>
        <source>Fetching images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="30"/>
        <source>%1 / %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="42"/>
        <location filename="../ui/imagefetchlauncher.cpp" line="56"/>
        <source>Fetch images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="42"/>
        <source>The image fetch stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="45"/>
        <source>Images: %1 stored, %2 unchanged, %3 failed%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="49"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="55"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="59"/>
        <source>Each failed image shows its reason in the product&apos;s gallery and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageGallery</name>
    <message>
        <location filename="../ui/imagegallery.cpp" line="114"/>
        <location filename="../ui/imagegallery.cpp" line="153"/>
        <location filename="../ui/imagegallery.cpp" line="286"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="114"/>
        <source>Detail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="117"/>
        <source>%1
Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="157"/>
        <source>%1
%2 x %3 %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="165"/>
        <source>%1
Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="166"/>
        <source>%1
Fetch failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="194"/>
        <source>
The stored file cannot be read; run Maintenance &gt; Check Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="212"/>
        <location filename="../ui/imagegallery.cpp" line="223"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="213"/>
        <source>This image has not been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="214"/>
        <source>This image could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="223"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="229"/>
        <source>%1 x %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="254"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="256"/>
        <source>Fetch This Product&apos;s Images Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="257"/>
        <source>Delete Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="264"/>
        <location filename="../ui/imagegallery.cpp" line="278"/>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="265"/>
        <source>Delete this image (its row and its file)?
%1

It is fetched again the next time this product&apos;s images are fetched, as long as the product names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="278"/>
        <source>The image was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImageTableModel</name>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="19"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="20"/>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="21"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="22"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="23"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="24"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="25"/>
        <source>Stored file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="26"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="52"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="52"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="61"/>
        <source>not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="33"/>
        <location filename="../ui/importdialog.cpp" line="168"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="60"/>
        <source>A CSV, JSON Lines or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>1688sync crawler items (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="76"/>
        <source>Detect (UTF-8, UTF-16 by BOM, else GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="80"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="87"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="88"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="89"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="91"/>
        <source>Double quote &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="92"/>
        <source>Single quote &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95"/>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="98"/>
        <source>CSV delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="105"/>
        <source>Insert new products, update existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="107"/>
        <source>Insert new products only; reject existing ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="109"/>
        <source>Insert new products; leave existing ones untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="110"/>
        <source>Existing products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="112"/>
        <source>Only check the file (dry run): nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="119"/>
        <source>Columns (CSV): which catalog field each column fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="123"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="123"/>
        <source>Catalog field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="128"/>
        <source>Preview: the first 20 rows as the import reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="48"/>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="169"/>
        <source>Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="211"/>
        <source>Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="214"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="270"/>
        <source>Choose a file to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="303"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="321"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="323"/>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="327"/>
        <source>Would be rejected because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="339"/>
        <source>; </source>
        <comment>between problems of a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="351"/>
        <source>%1, %2: %n row(s) shown, %3 would be rejected.</source>
        <translation>
            <numerusform>%1, %2: %n row shown, %3 would be rejected.</numerusform>
            <numerusform>%1, %2: %n rows shown, %3 would be rejected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="355"/>
        <source>(Only the beginning of the file was read for the preview.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ImportDiffModel</name>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="27"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="154"/>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="156"/>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="158"/>
        <source>Unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="160"/>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="171"/>
        <source>Deleted in the catalog: the import updates it and it stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="176"/>
        <source>%1 · %2 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="192"/>
        <source>The stored value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="192"/>
        <source>The file&apos;s value is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="297"/>
        <source>Product / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="299"/>
        <source>In the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="301"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="303"/>
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
    <message>
        <location filename="../ui/importdiffpage.cpp" line="198"/>
        <source>%1.</source>
        <comment>the summary, a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::JobsPage</name>
    <message>
        <location filename="../ui/jobspage.cpp" line="28"/>
        <location filename="../ui/jobspage.cpp" line="60"/>
        <source>&amp;Stop Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="29"/>
        <location filename="../ui/jobspage.cpp" line="61"/>
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
        <location filename="../ui/jobspage.cpp" line="81"/>
        <source>&lt;p&gt;Select a job to see its report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="90"/>
        <source>The job has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="91"/>
        <source>Cancel the job: what it committed stays (whole batches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="92"/>
        <source>Run by another process (%1); stop it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="104"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="105"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="107"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="108"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="109"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="110"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="113"/>
        <source>&lt;h4&gt;Problems&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="117"/>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;… and %1 more&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="143"/>
        <source>No job is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="156"/>
        <location filename="../ui/jobspage.cpp" line="174"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Catalog Admin [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>Restore complete and verified against the backup&apos;s checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>D&amp;uplicate Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Res&amp;tore Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>&amp;History of Row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>&amp;Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>R&amp;estore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Saved &amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>about %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>The database answers again; the tables were reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Save your %n unsaved change(s) now.</source>
        <translation>
            <numerusform>Save your %n unsaved change now.</numerusform>
            <numerusform>Save your %n unsaved changes now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <location filename="../ui/mainwindow.cpp" line="731"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;Check Consistency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Optimise Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Show &amp;Deleted Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&amp;About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>About Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>&lt;h3&gt;Catalog Admin %1&lt;/h3&gt;&lt;p&gt;Administration of the wholesale product catalog: products, suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite database.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>%n unsaved change(s) will be lost. Continue?</source>
        <translation>
            <numerusform>%n unsaved change will be lost. Continue?</numerusform>
            <numerusform>%n unsaved changes will be lost. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>A job is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>&quot;%1&quot; is still running. Cancel it and quit? Work already committed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>%n change(s) have not been saved. Quit and discard them?</source>
        <translation>
            <numerusform>%n change has not been saved. Quit and discard it?</numerusform>
            <numerusform>%n changes have not been saved. Quit and discard them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Fetch &amp;Images of Selected Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>Select products on the Products page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Fetch &amp;Missing Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>&quot;%1&quot; is still running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Clean &amp;Up Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Wait for &quot;%1&quot; to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
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
        <location filename="../ui/outagebanner.cpp" line="19"/>
        <location filename="../ui/outagebanner.cpp" line="93"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outagebanner.cpp" line="107"/>
        <source>Database unreachable since %1 — your %n unsaved change(s) are kept; retrying…</source>
        <translation>
            <numerusform>Database unreachable since %1 — your %n unsaved change is kept; retrying…</numerusform>
            <numerusform>Database unreachable since %1 — your %n unsaved changes are kept; retrying…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="110"/>
        <source>Database unreachable since %1 — retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="112"/>
        <source>The window goes on by itself when the database answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="113"/>
        <source>%1
The window goes on by itself when the database answers again; save then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::PagedTableModel</name>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="253"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="309"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="309"/>
        <source>Add %n rows</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="319"/>
        <source>Duplicate row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="348"/>
        <source>Row %1 is not loaded yet; wait a moment and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="360"/>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="360"/>
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="390"/>
        <source>Restore row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="390"/>
        <source>Restore %n rows</source>
        <translation>
            <numerusform>Restore %n row</numerusform>
            <numerusform>Restore %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="759"/>
        <location filename="../models/pagedtablemodel.cpp" line="769"/>
        <source>This table is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="781"/>
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
        <location filename="../ui/productextrafilters.cpp" line="68"/>
        <source>Any quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="71"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="73"/>
        <source>Only products that have this data-quality problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="75"/>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="76"/>
        <source>Specification: name or name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="78"/>
        <source>Products that have this specification (e.g. 材质), or this value for it (e.g. 材质=不锈钢)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="74"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProductTableModel</name>
    <message>
        <location filename="../models/producttablemodel.cpp" line="49"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="51"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="53"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="55"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="63"/>
        <source>No main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="65"/>
        <source>Main image not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="67"/>
        <source>No specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="69"/>
        <source>Title under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="71"/>
        <source>Highest price over %1 × the lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="73"/>
        <source>No supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="77"/>
        <source>Not synced for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="88"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="89"/>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="90"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="91"/>
        <source>Price from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="92"/>
        <source>Price to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="93"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="94"/>
        <source>MOQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="95"/>
        <location filename="../models/producttablemodel.cpp" line="118"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="96"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="97"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="99"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="100"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="101"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="102"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="103"/>
        <source>Main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="104"/>
        <source>Specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="105"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="106"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="120"/>
        <source>Detail images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="139"/>
        <source>No picture stored yet (Data ▸ Fetch Images of Selected Products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="164"/>
        <source>No data-quality problem</source>
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
        <location filename="../ui/productspage.cpp" line="43"/>
        <location filename="../ui/productspage.cpp" line="204"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="91"/>
        <location filename="../ui/productspage.cpp" line="198"/>
        <source>Search title or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="96"/>
        <location filename="../ui/productspage.cpp" line="199"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="100"/>
        <location filename="../ui/productspage.cpp" line="202"/>
        <source>Any supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="105"/>
        <location filename="../ui/productspage.cpp" line="205"/>
        <source>Updated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="110"/>
        <location filename="../ui/productspage.cpp" line="206"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="111"/>
        <location filename="../ui/productspage.cpp" line="206"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="112"/>
        <location filename="../ui/productspage.cpp" line="206"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="117"/>
        <location filename="../ui/productspage.cpp" line="209"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="163"/>
        <location filename="../ui/productspage.cpp" line="210"/>
        <source>&lt;b&gt;Specifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="167"/>
        <location filename="../ui/productspage.cpp" line="211"/>
        <source>Add a specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="170"/>
        <location filename="../ui/productspage.cpp" line="212"/>
        <source>Remove the selected specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="175"/>
        <location filename="../ui/productspage.cpp" line="213"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="175"/>
        <location filename="../ui/productspage.cpp" line="213"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="187"/>
        <location filename="../ui/productspage.cpp" line="214"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="241"/>
        <source>Choose a supplier from the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="278"/>
        <source>supplier #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="306"/>
        <source>No product selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="307"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="314"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="316"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="320"/>
        <source>Supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="322"/>
        <source>Price: %1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="328"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ProgressPanel</name>
    <message>
        <location filename="../ui/progresspanel.cpp" line="30"/>
        <location filename="../ui/progresspanel.cpp" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="31"/>
        <location filename="../ui/progresspanel.cpp" line="95"/>
        <source>Stop the job after the step it is doing; what it already saved is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="105"/>
        <source>%1 — Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::PurgeDialog</name>
    <message>
        <location filename="../ui/purgedialog.cpp" line="20"/>
        <source>Products deleted more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="21"/>
        <source>History versions older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="22"/>
        <source>Job records older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="27"/>
        <location filename="../ui/purgedialog.cpp" line="55"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="30"/>
        <source>Removes for good what the catalog no longer keeps. Products go with their image rows, their image files (unless another product&apos;s image uses the same file) and their history. It runs in batches; cancelling keeps what the finished batches removed. Take a backup first if you may need any of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="44"/>
        <source>keeping the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="46"/>
        <source>versions of every product and supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="88"/>
        <source>days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="88"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="118"/>
        <source>Choose at least one kind of data to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="121"/>
        <source>Counting what this would remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="137"/>
        <source>Cannot count what purge would remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="145"/>
        <source>%1 deleted products, with %2 image rows, %3 image files and %4 history rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="149"/>
        <source>%1 old history versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="151"/>
        <source>%1 job records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="152"/>
        <source>Nothing to purge with these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="153"/>
        <source>Purge would remove:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::PurgeLauncher</name>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="24"/>
        <source>Purge cancelled: what the finished batches removed stays removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="35"/>
        <location filename="../ui/purgelauncher.cpp" line="71"/>
        <location filename="../ui/purgelauncher.cpp" line="84"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="36"/>
        <source>“%1” is still running. Purge when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="52"/>
        <source>Purging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="72"/>
        <source>The purge stopped: %1

The batches finished before stay purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="78"/>
        <source>Purged %1 products (%2 image files), %3 history versions and %4 job records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="82"/>
        <source>Purge cancelled: %1 What the finished batches removed stays removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purgelauncher.cpp" line="85"/>
        <source>%1

%n image file(s) could not be deleted:
%2</source>
        <translation>
            <numerusform>%1

%n image file could not be deleted:
%2</numerusform>
            <numerusform>%1

%n image files could not be deleted:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::ReadServerFields</name>
    <message>
        <location filename="../ui/readserverfields.cpp" line="15"/>
        <source>Browse from standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="20"/>
        <source>Pages, counts, statistics and exports read from a hot standby; every change still goes to the server above. After you save, reads stay on the primary until the standby has your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="24"/>
        <source>standby host:port or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="71"/>
        <source>Name the standby (host:port) or clear &quot;Browse from standby&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="76"/>
        <source>A standby is a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::ReadServerIndicator</name>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="53"/>
        <source>standby %1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="55"/>
        <source>read server %1 is no standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="57"/>
        <source>standby %1, lag %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="59"/>
        <source>standby %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="60"/>
        <source>reads: standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="61"/>
        <source>reads: primary until replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="62"/>
        <source>reads: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="63"/>
        <source>Primary %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="74"/>
        <source>Browsing, counts, statistics and exports read from the standby; every change goes to the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="77"/>
        <source>Replication lag: %1 of WAL</source>
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
        <location filename="../ui/reviewchangesdialog.cpp" line="42"/>
        <source>%1: %2</source>
        <comment>kind of change: row</comment>
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
        <location filename="../ui/savedviewsbar.cpp" line="51"/>
        <source>Saved views: a filter, a sort and the columns, kept in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="52"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="53"/>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="55"/>
        <location filename="../ui/savedviewsbar.cpp" line="74"/>
        <source>(no saved view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="78"/>
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
        <location filename="../ui/sessionguard.cpp" line="26"/>
        <source>rights unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="28"/>
        <source>The privileges of this connection could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="81"/>
        <source>checking rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="113"/>
        <source>Only the catalog&apos;s administrators (catalog_admin) may do this; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="115"/>
        <source>The database role %1 may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="146"/>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="147"/>
        <source>encrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="148"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="150"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="152"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="155"/>
        <source>SQLite file on this computer: nothing travels over a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="156"/>
        <source>Encrypted with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="157"/>
        <source>This connection is NOT encrypted: use sslmode=require or stricter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::StartupConnector</name>
    <message>
        <location filename="../ui/startupconnector.cpp" line="23"/>
        <source>It cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="26"/>
        <source>Its schema could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="47"/>
        <source>The database %1 could not be opened.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="50"/>
        <source>Connect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="51"/>
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
        <location filename="../ui/supplierspage.cpp" line="81"/>
        <source>Search name, company or source ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="31"/>
        <location filename="../ui/supplierspage.cpp" line="82"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="34"/>
        <location filename="../ui/supplierspage.cpp" line="83"/>
        <source>Active rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="35"/>
        <location filename="../ui/supplierspage.cpp" line="83"/>
        <source>Deleted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="36"/>
        <location filename="../ui/supplierspage.cpp" line="83"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="63"/>
        <location filename="../ui/supplierspage.cpp" line="86"/>
        <source>&lt;b&gt;Products of this supplier&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="138"/>
        <source>No supplier selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="139"/>
        <source>Select a row to see its details and products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="143"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="147"/>
        <source>Source ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="149"/>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="152"/>
        <location filename="../ui/supplierspage.cpp" line="164"/>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="170"/>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supplierspage.cpp" line="171"/>
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
        <location filename="../models/syncrecordtablemodel.cpp" line="21"/>
        <source>Full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="22"/>
        <source>Incremental sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="23"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="24"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="25"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="26"/>
        <source>Consistency check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="27"/>
        <source>Image fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="28"/>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="29"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="30"/>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="31"/>
        <source>Backup clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="32"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="33"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="34"/>
        <source>Consistency repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="42"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="43"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="44"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="45"/>
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
        <location filename="../models/syncrecordtablemodel.cpp" line="100"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="235"/>
        <source>The table could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="66"/>
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="138"/>
        <source>Rows cannot be added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="155"/>
        <source>This row cannot be duplicated (not loaded yet, or the table is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="177"/>
        <source>%n row(s) marked for deletion; Save to delete them.</source>
        <translation>
            <numerusform>%n row marked for deletion; Save to delete it.</numerusform>
            <numerusform>%n rows marked for deletion; Save to delete them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="180"/>
        <source>Nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="186"/>
        <source>Marked for restoring; Save to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="188"/>
        <source>Select deleted rows to restore (View ▸ Show Deleted Rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="196"/>
        <source>Select a saved row to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="222"/>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="229"/>
        <source>The table could not be loaded: the database cannot be reached. Rows not loaded yet show placeholders until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="244"/>
        <source>Not saved: the database server cannot be reached. Your %n change(s) are kept; save again when the connection is back.</source>
        <translation>
            <numerusform>Not saved: the database server cannot be reached. Your %n change is kept; save again when the connection is back.</numerusform>
            <numerusform>Not saved: the database server cannot be reached. Your %n changes are kept; save again when the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="252"/>
        <location filename="../ui/tablepage.cpp" line="262"/>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="253"/>
        <source>The disk that holds the database is full, so nothing was saved. Your changes are kept, unsaved: free space on that disk, then save again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="263"/>
        <source>Your changes were not saved; they are kept, unsaved, so you can correct them.

%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="264"/>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="274"/>
        <source>Your changes now apply to the stored version; Save to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="278"/>
        <source>Your changes to that row were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog::TransferController</name>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="37"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="37"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="54"/>
        <location filename="../ui/transfercontroller.cpp" line="76"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="54"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="59"/>
        <source>%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="63"/>
        <source> (cancelled: the batches before stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="66"/>
        <source>Left alone as chosen: %1 products, %2 stored fields kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="69"/>
        <source>Dry run, nothing written. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="75"/>
        <source>line %1 [%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="78"/>
        <source>Rejected rows are listed under Details and in Sync history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="86"/>
        <location filename="../ui/transfercontroller.cpp" line="99"/>
        <location filename="../ui/transfercontroller.cpp" line="129"/>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="87"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="99"/>
        <source>Name the file *.csv or *.jsonl to choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="108"/>
        <source>Exporting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="127"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfercontroller.cpp" line="133"/>
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
        <location filename="../app/main.cpp" line="33"/>
        <source>Administration of the wholesale product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46"/>
        <location filename="../app/main.cpp" line="53"/>
        <source>Catalog Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>No database was chosen; Catalog Admin quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
