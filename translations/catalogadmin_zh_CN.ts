<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveHealth</name>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="80"/>
        <source>Cannot read the WAL archiver&apos;s state: %1</source>
        <translation>无法读取 WAL 归档进程的状态：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="107"/>
        <source>Cannot read pg_stat_archiver</source>
        <translation>无法读取 pg_stat_archiver</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="112"/>
        <source>pg_stat_archiver returned no row</source>
        <translation>pg_stat_archiver 未返回任何行</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="141"/>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="149"/>
        <source>%1 info did not answer within %2 s</source>
        <translation>%1 info 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="156"/>
        <source>%1 info failed (exit %2): %3</source>
        <translation>%1 info 失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="179"/>
        <source>pgbackrest info did not print JSON: %1</source>
        <translation>pgbackrest info 输出的不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="181"/>
        <source>pgbackrest info does not list the stanza %1</source>
        <translation>pgbackrest info 未列出 stanza %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="219"/>
        <source>WAL archiving is failing: %1 failed attempt(s), the last for %2 at %3; check archive_command and the server log</source>
        <translation>WAL 归档失败：已失败 %1 次，最近一次为 %3 归档 %2 时；请检查 archive_command 和服务器日志</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="226"/>
        <source>WAL archiving is behind: %1 finished segment(s) wait, the last archive was %2 (ARCHIVE_STALE_AFTER is %3 s)</source>
        <translation>WAL 归档滞后：%1 个已写完的段在等待，上次归档在 %2（ARCHIVE_STALE_AFTER 为 %3 秒）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="230"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="231"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="236"/>
        <source>pgBackRest stanza %1 is configured but WAL archiving is off (archive_mode %2): no point-in-time recovery</source>
        <translation>已配置 pgBackRest stanza %1，但 WAL 归档已关闭（archive_mode 为 %2）：无法进行时间点恢复</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="241"/>
        <source>pgBackRest stanza %1: %2</source>
        <translation>pgBackRest stanza %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/archivehealth.cpp" line="244"/>
        <source>pgBackRest stanza %1 has no backup yet</source>
        <translation>pgBackRest stanza %1 还没有备份</translation>
    </message>
</context>
<context>
    <name>BackupChain</name>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="24"/>
        <source>The chain of %1 runs in a circle at %2</source>
        <translation>%1 的备份链在 %2 处形成了循环</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="30"/>
        <source>The chain of %1 is broken: %2 needs its parent %3, which cannot be read (%4)</source>
        <translation>%1 的备份链已断开：%2 需要其父备份集 %3，但无法读取（%4）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="35"/>
        <source>The chain of %1 is broken: %2 is of another engine or schema version than its child %3</source>
        <translation>%1 的备份链已断开：%2 与其子备份集 %3 的数据库引擎或架构版本不同</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="41"/>
        <source>The chain of %1 is broken: its parent %2 is newer than %3</source>
        <translation>%1 的备份链已断开：其父备份集 %2 比 %3 更新</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupchain.cpp" line="58"/>
        <source>%1 holds no complete backup set for an incremental backup to build on; take a full backup first</source>
        <translation>%1 中没有可供增量备份依托的完整备份集；请先进行一次全量备份</translation>
    </message>
</context>
<context>
    <name>BackupHealth</name>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="27"/>
        <source>Cannot read the last backup job</source>
        <translation>无法读取上一次备份任务</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="57"/>
        <source>Cannot read the backup folder %1: %2</source>
        <translation>无法读取备份文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="69"/>
        <source>The newest backup set %1 is %2 hours old (more than %3)</source>
        <translation>最新的备份集 %1 已有 %2 小时（超过 %3 小时）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backuphealth.cpp" line="76"/>
        <source>The last backup job (%1) failed: %2</source>
        <translation>上一次备份任务（%1）失败：%2</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="20"/>
        <source>Cancelled by the operator</source>
        <translation>已被操作员取消</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="26"/>
        <source>The backup&apos;s checksums are of a kind (&quot;%1&quot;) this program does not know; use a newer Catalog Admin</source>
        <translation>备份的校验和类型（“%1”）本程序不认识；请使用更新版本的 Catalog Admin</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="42"/>
        <location filename="../storage/maintenance/backup/backupcommon.cpp" line="51"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="35"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="36"/>
        <source>it crashed</source>
        <translation>它崩溃了</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="38"/>
        <source>%1 failed (%2): %3</source>
        <translation>%1 失败（%2）：%3</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="111"/>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="140"/>
        <source>%1: cannot start %2: %3</source>
        <translation>%1：无法启动 %2：%3</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupprocess.cpp" line="172"/>
        <source>%1: cannot start %2 | %3: %4 %5</source>
        <translation>%1：无法启动 %2 | %3：%4 %5</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="101"/>
        <source>Cannot count the catalog&apos;s rows</source>
        <translation>无法统计目录的行数</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="117"/>
        <source>Preparing the backup</source>
        <translation>正在准备备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="143"/>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="154"/>
        <source>Cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="192"/>
        <source>The newest set %1 has no image archive to add the new images to; take a full backup with images</source>
        <translation>最新的备份集 %1 没有图片归档，无法追加新图片；请进行一次包含图片的全量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="215"/>
        <source>Cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="254"/>
        <source>Archiving the image store</source>
        <translation>正在归档图片库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="240"/>
        <source>Writing the manifest</source>
        <translation>正在写入清单</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="391"/>
        <source>The backup has an image archive but no image store folder is configured</source>
        <translation>该备份包含图片归档，但未配置图片库文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="312"/>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="323"/>
        <source>Applying migrations</source>
        <translation>正在执行数据库迁移</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="331"/>
        <source>Restoring the image store</source>
        <translation>正在恢复图片库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="334"/>
        <source>The database was restored and verified, but the image store was not: %1</source>
        <translation>数据库已恢复并校验通过，但图片库未能恢复：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="347"/>
        <source>Restore verified</source>
        <translation>恢复已校验</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="362"/>
        <source>Verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="371"/>
        <source>Unpacking the image store</source>
        <translation>正在解包图片库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="405"/>
        <source>This backup is of a %1 database; the connected database is %2</source>
        <translation>该备份来自 %1 数据库；当前连接的是 %2 数据库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="410"/>
        <source>This backup has schema version %1; this program knows versions up to %2. Restore it with a newer Catalog Admin.</source>
        <translation>该备份的架构版本为 %1；本程序最高支持版本 %2。请用更新版本的商品目录管理恢复它。</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backupmanager.cpp" line="432"/>
        <source>The restored database differs from the backup: %1</source>
        <translation>恢复后的数据库与备份不一致：%1</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="55"/>
        <source>a file name is empty or not a plain name</source>
        <translation>有文件名为空或不是普通文件名</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="57"/>
        <source>the entry of %1 has no valid size and sha256</source>
        <translation>%1 的条目没有有效的大小和 sha256</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="95"/>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="183"/>
        <source>%1 is not a usable backup manifest: %2</source>
        <translation>%1 不是可用的备份清单：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="99"/>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>“format”不是“%1”</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="103"/>
        <source>format_version %1 is not supported (this program reads %2 to %3)</source>
        <translation>不支持 format_version %1（本程序读取 %2 到 %3）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="115"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="117"/>
        <source>its kind and format_version disagree</source>
        <translation>其类型与 format_version 不一致</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="121"/>
        <source>an incremental set must name its parent&apos;s manifest in its folder</source>
        <translation>增量备份集必须在其文件夹中指明父备份集的清单</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="127"/>
        <source>&quot;created_at&quot; is not a date</source>
        <translation>“created_at”不是日期</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="135"/>
        <source>unknown engine &quot;%1&quot;</source>
        <translation>未知的数据库引擎“%1”</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="139"/>
        <source>&quot;schema_version&quot; is missing</source>
        <translation>缺少“schema_version”</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="146"/>
        <source>it lists no tables</source>
        <translation>其中没有列出任何表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="157"/>
        <source>it names no database file</source>
        <translation>其中没有指明数据库文件</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="175"/>
        <source>Cannot read the backup manifest %1: %2 (a backup set without its manifest is incomplete and is not restored)</source>
        <translation>无法读取备份清单 %1：%2（缺少清单的备份集不完整，不会被恢复）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="193"/>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="202"/>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="206"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="265"/>
        <source>%1 is missing from the backup set</source>
        <translation>备份集中缺少 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="269"/>
        <source>%1 has %2 bytes, the manifest says %3: the file is damaged</source>
        <translation>%1 有 %2 字节，清单记录为 %3：文件已损坏</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="279"/>
        <source>%1 does not match the sha256 in the manifest: the file is damaged or was changed</source>
        <translation>%1 与清单中的 sha256 不符：文件已损坏或被改动</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="292"/>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="294"/>
        <source>%1 has %2 rows, the backup %3</source>
        <translation>%1 有 %2 行，备份中为 %3 行</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="299"/>
        <source>%1 has the same %2 rows but different contents</source>
        <translation>%1 的行数同为 %2，但内容不同</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupmanifest.cpp" line="306"/>
        <source>%1 is not in the manifest</source>
        <translation>%1 不在清单中</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <location filename="../storage/maintenance/backup/backupretention.cpp" line="67"/>
        <source>must be 0 or more</source>
        <translation>必须为 0 或更大</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/backupretention.cpp" line="107"/>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="33"/>
        <source>the %1 must not be empty</source>
        <translation>%1不能为空</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="36"/>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="41"/>
        <source>the %1 contains control characters</source>
        <translation>%1包含控制字符</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="49"/>
        <source>a percent change must lie between -100 % and +1000 % (got %1 %)</source>
        <translation>百分比变动必须在 -100 % 到 +1000 % 之间（实际为 %1 %）</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="54"/>
        <source>an amount must be non-zero and at most 99999999.99 (got %1)</source>
        <translation>金额不能为零，且最多为 99999999.99（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="65"/>
        <location filename="../storage/bulk/bulkedit.cpp" line="82"/>
        <source>specification name</source>
        <translation>规格名称</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="68"/>
        <source>the value is longer than %1 characters</source>
        <translation>值超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="72"/>
        <source>the value contains control characters</source>
        <translation>值包含控制字符</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="75"/>
        <source>old specification name</source>
        <translation>原规格名称</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="76"/>
        <source>new specification name</source>
        <translation>新规格名称</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="79"/>
        <source>the old and the new name are the same</source>
        <translation>原名称与新名称相同</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="109"/>
        <source>the edit changes nothing: name at least one change</source>
        <translation>该编辑没有任何修改：请至少指定一项修改</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="112"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="116"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as CNY or USD</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 CNY 或 USD）</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="121"/>
        <source>must be at least 1 (got %1)</source>
        <translation>必须至少为 1（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="124"/>
        <source>must be a positive id (got %1)</source>
        <translation>必须是正整数编号（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="130"/>
        <source>The bulk edit cannot run: </source>
        <translation>无法执行批量编辑：</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="157"/>
        <source>the product is deleted: restore it to edit it</source>
        <translation>该商品已删除：请先恢复再编辑</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="159"/>
        <source>there is no supplier with id %1</source>
        <translation>不存在编号为 %1 的供应商</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="162"/>
        <source>the price would fall below 0</source>
        <translation>价格将低于 0</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="164"/>
        <source>the price would exceed 99999999.99</source>
        <translation>价格将超过 99999999.99</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkedit.cpp" line="166"/>
        <source>it has a specification &quot;%1&quot; already</source>
        <translation>已有名为“%1”的规格</translation>
    </message>
</context>
<context>
    <name>BulkPendingEdit</name>
    <message>
        <location filename="../models/bulkpendingedit.cpp" line="89"/>
        <source>%1: %2</source>
        <comment>product: reason</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BulkUpdateJob</name>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="82"/>
        <source>Cannot find the products to edit</source>
        <translation>无法查找要编辑的商品</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="107"/>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="128"/>
        <source>Cannot check the products to edit</source>
        <translation>无法检查要编辑的商品</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="140"/>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="277"/>
        <source>Cannot count the products to edit</source>
        <translation>无法统计要编辑的商品</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="148"/>
        <source>Cannot update the products</source>
        <translation>无法更新商品</translation>
    </message>
    <message>
        <location filename="../storage/bulk/bulkupdatejob.cpp" line="296"/>
        <source>Cannot preview the bulk edit</source>
        <translation>无法预览批量编辑</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="160"/>
        <source>The SQLite URL names no file</source>
        <translation>该 SQLite URL 没有指明文件</translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="24"/>
        <source>Port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="45"/>
        <source>Unterminated quoted value in the connection string</source>
        <translation>连接字符串中有未闭合的引号值</translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="79"/>
        <source>Not a connection string: expected keyword=value at &quot;%1&quot;</source>
        <translation>不是连接字符串：在“%1”处应为 keyword=value</translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="98"/>
        <source>%1 port numbers do not match %2 hosts</source>
        <translation>%1 个端口号与 %2 个主机不匹配</translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="120"/>
        <source>Unterminated [IPv6 address] in the URL&apos;s host list</source>
        <translation>URL 的主机列表中有未闭合的 [IPv6 地址]</translation>
    </message>
    <message>
        <location filename="../storage/config/conninfo.cpp" line="124"/>
        <source>Unexpected text after an [IPv6 address] in the URL&apos;s host list</source>
        <translation>URL 的主机列表中 [IPv6 地址] 之后有多余的文本</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="82"/>
        <source>Connection option %1 may not contain &apos;;&apos;</source>
        <translation>连接选项 %1 不能包含“;”</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="88"/>
        <source>Unknown connection option &quot;%1&quot; in the URL</source>
        <translation>URL 中有未知的连接选项“%1”</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="120"/>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="128"/>
        <source>target_session_attrs &quot;%1&quot; is not one of %2</source>
        <translation>target_session_attrs“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="134"/>
        <source>statement_timeout must be a whole number of milliseconds</source>
        <translation>statement_timeout 必须是以毫秒计的整数</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="147"/>
        <source>Not a database URL: expected postgresql://user@host:port/dbname or sqlite:///absolute/path.db</source>
        <translation>不是数据库 URL：应为 postgresql://user@host:port/dbname 或 sqlite:///absolute/path.db</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="154"/>
        <source>SQLite URLs take a path, not a host: use sqlite:///%1%2</source>
        <translation>SQLite URL 接受路径而不是主机：请使用 sqlite:///%1%2</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="166"/>
        <source>Unsupported database URL scheme &quot;%1&quot;: use postgresql:// or sqlite://</source>
        <translation>不支持的数据库 URL 协议“%1”：请使用 postgresql:// 或 sqlite://</translation>
    </message>
    <message>
        <location filename="../storage/config/connectionconfig.cpp" line="258"/>
        <source>DB_PORT &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>DB_PORT“%1”不是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="263"/>
        <source>Cannot create the folder %1 for the SQLite database</source>
        <translation>无法为 SQLite 数据库创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="281"/>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="285"/>
        <source> (not retried: check the user name and the password)</source>
        <translation>（未重试：请检查用户名和密码）</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="296"/>
        <location filename="../storage/db/connectionmanager.cpp" line="411"/>
        <source>Cannot prepare the session (%1)</source>
        <translation>无法准备会话（%1）</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="309"/>
        <source>The connection to %1 is shutting down</source>
        <translation>与 %1 的连接正在关闭</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="321"/>
        <source>All %1 database connections are in use; waited %2 ms for one (raise DB_POOL_SIZE or DB_POOL_TIMEOUT)</source>
        <translation>全部 %1 个数据库连接都在使用中；已等待 %2 毫秒（请调大 DB_POOL_SIZE 或 DB_POOL_TIMEOUT）</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="339"/>
        <source>The Qt SQL driver %1 is not available; install it (Debian: %2)</source>
        <translation>Qt SQL 驱动 %1 不可用；请安装它（Debian：%2）</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="385"/>
        <source>%1 — server %2</source>
        <translation>%1 — 服务器 %2</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="422"/>
        <source> — database file: %1</source>
        <translation> — 数据库文件：%1</translation>
    </message>
    <message>
        <location filename="../storage/db/connectionmanager.cpp" line="473"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1（尝试 %2 次后放弃）</translation>
    </message>
</context>
<context>
    <name>ConsistencyChecker</name>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="88"/>
        <source>Products whose supplier does not exist</source>
        <translation>供应商不存在的商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="89"/>
        <source>Clear the supplier of those products</source>
        <translation>清除这些商品的供应商</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="96"/>
        <source>Active products whose supplier is deleted</source>
        <translation>供应商已删除的有效商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="97"/>
        <source>Restore those suppliers</source>
        <translation>恢复这些供应商</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="105"/>
        <source>Duplicate suppliers (same source_id apart from case and spaces, or same name and company)</source>
        <translation>重复的供应商（来源 ID 仅大小写或空格不同，或名称与公司名称相同）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="107"/>
        <source>Move their products to the first of each group and delete the duplicates</source>
        <translation>把商品移到每组的第一个供应商下，并删除重复项</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="125"/>
        <source>Suppliers whose product_count is wrong</source>
        <translation>product_count 不正确的供应商</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="126"/>
        <source>Recount their active products</source>
        <translation>重新统计其有效商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="136"/>
        <source>Products whose price_min is above price_max</source>
        <translation>price_min 大于 price_max 的商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="137"/>
        <source>Swap price_min and price_max</source>
        <translation>交换 price_min 和 price_max</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="145"/>
        <source>Products whose detail_images is not a JSON array or specifications not a JSON object</source>
        <translation>detail_images 不是 JSON 数组或 specifications 不是 JSON 对象的商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="147"/>
        <source>Replace the broken value with an empty list or object</source>
        <translation>用空列表或空对象替换损坏的值</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="159"/>
        <source>Active products without a main image</source>
        <translation>没有主图的有效商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="160"/>
        <source>Use the first detail image as the main image where there is one</source>
        <translation>有详情图时，用第一张详情图作为主图</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="165"/>
        <source>Products whose images are recorded but not their main image (or it is labelled detail)</source>
        <translation>已记录图片但未记录主图（或主图被标为详情图）的商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="167"/>
        <source>Record the main image (a row fetch-images --missing downloads) and label the others detail</source>
        <translation>记录主图（fetch-images --missing 会下载的一行），并把其余图片标为详情图</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="189"/>
        <source>Image rows whose stored file is missing</source>
        <translation>存储文件缺失的图片记录</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="190"/>
        <source>Forget the file (the row stays, so fetch-images --missing downloads it again)</source>
        <translation>忘记该文件（记录保留，fetch-images --missing 会重新下载）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="194"/>
        <source>Image files that no image row names</source>
        <translation>没有对应图片记录的图片文件</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="195"/>
        <source>Delete those files</source>
        <translation>删除这些文件</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="197"/>
        <source>Image files whose sha256 differs from their row</source>
        <translation>sha256 与记录不符的图片文件</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="199"/>
        <source>Delete the changed file and forget it (fetch-images --missing downloads it again)</source>
        <translation>删除被改动的文件并忘记它（fetch-images --missing 会重新下载）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="203"/>
        <source>Jobs still marked running after %1 hours</source>
        <translation>%1 小时后仍标记为运行中的任务</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="205"/>
        <source>Mark them failed</source>
        <translation>将其标记为失败</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="227"/>
        <source>Cannot read products without a main image</source>
        <translation>无法读取没有主图的商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="245"/>
        <source>Cannot set the main image of product %1</source>
        <translation>无法设置商品 %1 的主图</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="258"/>
        <source>Cannot check %1</source>
        <translation>无法检查 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="268"/>
        <source>Cannot list examples of %1</source>
        <translation>无法列出 %1 的示例</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="315"/>
        <source>Cannot read the stored images</source>
        <translation>无法读取已存储的图片</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="331"/>
        <source>The image folder %1 is a symbolic link; the orphan check does not follow links</source>
        <translation>图片文件夹 %1 是符号链接；孤立文件检查不跟随链接</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="359"/>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="445"/>
        <source>The consistency check was cancelled</source>
        <translation>一致性检查已取消</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="399"/>
        <source>Cannot forget the file of image %1</source>
        <translation>无法忘记图片 %1 的文件</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="432"/>
        <source>Cannot count the stored images</source>
        <translation>无法统计已存储的图片</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="571"/>
        <source>Unknown check &quot;%1&quot; (one of %2)</source>
        <translation>未知的检查项“%1”（可选：%2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="593"/>
        <source>The stored file was missing (found by the consistency check); fetch it again</source>
        <translation>存储的文件已丢失（由一致性检查发现）；请重新获取</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="595"/>
        <source>The stored file had changed on disk (sha256 differed; found by the consistency check); fetch it again</source>
        <translation>存储的文件在磁盘上已被改动（sha256 不同；由一致性检查发现）；请重新获取</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/consistencychecker.cpp" line="624"/>
        <source>Cannot repair %1</source>
        <translation>无法修复 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOptimizer</name>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="22"/>
        <source>: no result</source>
        <translation>：没有结果</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="32"/>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="35"/>
        <source>Cannot read the database size</source>
        <translation>无法读取数据库大小</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="40"/>
        <source>Cannot read the dead-row estimate</source>
        <translation>无法读取失效行估计数</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="42"/>
        <source>Cannot read the free page count</source>
        <translation>无法读取空闲页数</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="100"/>
        <source>Cannot flush the session&apos;s statistics</source>
        <translation>无法刷新会话的统计信息</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/databaseoptimizer.cpp" line="130"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="36"/>
        <source>Cannot check whether the catalog is empty</source>
        <translation>无法检查目录是否为空</translation>
    </message>
</context>
<context>
    <name>HealthChecker</name>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="36"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="40"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="41"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="117"/>
        <source>Database unreachable: %1</source>
        <translation>数据库无法访问：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="145"/>
        <source>Cannot check replication: %1</source>
        <translation>无法检查复制：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="169"/>
        <source>Cannot read the free space of %1</source>
        <translation>无法读取 %1 的可用空间</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="181"/>
        <source>Disk almost full: %1 free of %2 at %3</source>
        <translation>磁盘即将写满：%3 上 %2 中仅剩 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="185"/>
        <source>Disk getting full: %1 free of %2 at %3</source>
        <translation>磁盘空间渐紧：%3 上 %2 中剩余 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="204"/>
        <source>Cannot read the running jobs</source>
        <translation>无法读取正在运行的任务</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="209"/>
        <source>%1 job #%2</source>
        <translation>%1 任务 #%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="222"/>
        <source>Cannot read the active queries</source>
        <translation>无法读取活动查询</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="226"/>
        <source>query on pid %1</source>
        <translation>进程 %1 上的查询</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="235"/>
        <source>Cannot check long-running jobs: %1</source>
        <translation>无法检查长时间运行的任务：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/healthchecker.cpp" line="239"/>
        <source>%1 running for %2</source>
        <translation>%1 已运行 %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../storage/repositories/historystore.cpp" line="43"/>
        <location filename="../storage/repositories/historystore.cpp" line="56"/>
        <source>Cannot read the history</source>
        <translation>无法读取历史记录</translation>
    </message>
    <message>
        <location filename="../storage/repositories/historystore.cpp" line="61"/>
        <source>History entry %1 does not belong to record %2</source>
        <translation>历史记录 %1 不属于记录 %2</translation>
    </message>
</context>
<context>
    <name>ImageArchive</name>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="30"/>
        <source>The image archive %1 is refused: %2</source>
        <translation>图片归档 %1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="89"/>
        <source>the member &quot;%1&quot; has an absolute or empty name</source>
        <translation>成员“%1”的名称是绝对路径或为空</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="94"/>
        <source>the member &quot;%1&quot; leaves its folder</source>
        <translation>成员“%1”跳出了它的文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="98"/>
        <source>a member has no name</source>
        <translation>有成员没有名称</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="102"/>
        <source>it holds more than one top folder (%1 and %2)</source>
        <translation>其中有多个顶层文件夹（%1 和 %2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="111"/>
        <source>a hard link</source>
        <translation>硬链接</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="112"/>
        <source>a symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="113"/>
        <source>a device node</source>
        <translation>设备节点</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="115"/>
        <source>a FIFO</source>
        <translation>一个 FIFO</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="116"/>
        <source>of type &apos;%1&apos;</source>
        <translation>类型为“%1”的条目</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="117"/>
        <source>the member &quot;%1&quot; is %2; only plain files and folders are accepted</source>
        <translation>成员“%1”是%2；只接受普通文件和文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="122"/>
        <source>the member &quot;%1&quot; has a setuid, setgid or sticky mode (%2)</source>
        <translation>成员“%1”带有 setuid、setgid 或粘滞位（%2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="201"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="207"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="216"/>
        <source>No image store folder is configured</source>
        <translation>未配置图片库文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="220"/>
        <source>The image store %1 is a symbolic link; only a plain folder is backed up</source>
        <translation>图片库 %1 是符号链接；只备份普通文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="225"/>
        <source>Cannot create the image store folder %1</source>
        <translation>无法创建图片库文件夹 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="256"/>
        <source>Archiving the image store</source>
        <translation>正在归档图片库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="267"/>
        <source>Cannot read the parent&apos;s list of images %1: %2</source>
        <translation>无法读取父备份集的图片列表 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="284"/>
        <source>Cannot write the list of new images</source>
        <translation>无法写入新图片列表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="290"/>
        <source>Archiving the new images</source>
        <translation>正在归档新图片</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="304"/>
        <source>its top folder %1 is not %2</source>
        <translation>其顶层文件夹 %1 不是 %2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="321"/>
        <source>Cannot read the image archive %1: %2</source>
        <translation>无法读取图片归档 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="329"/>
        <source>it ends in the middle of a header</source>
        <translation>文件在某个头部中间结束</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="334"/>
        <source>a header&apos;s checksum is wrong (not a tar archive?)</source>
        <translation>有头部的校验和错误（不是 tar 归档？）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="343"/>
        <source>a header has no valid size or mode</source>
        <translation>有头部没有有效的大小或权限</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="348"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="375"/>
        <source>it ends in the middle of a member</source>
        <translation>文件在某个成员中间结束</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="353"/>
        <source>a pax header changes a member&apos;s size</source>
        <translation>有 pax 头部修改了成员的大小</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="370"/>
        <source>the folder &quot;%1&quot; claims %2 bytes of data</source>
        <translation>文件夹“%1”声称有 %2 字节的数据</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="378"/>
        <source>it is empty</source>
        <translation>归档为空</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="392"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="397"/>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="310"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="402"/>
        <source>Unpacking the image archive</source>
        <translation>正在解包图片归档</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="414"/>
        <source>it should unpack to one folder, it gave %1</source>
        <translation>应解包为一个文件夹，实际得到 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="422"/>
        <source>its top member %1 is not a folder</source>
        <translation>顶层成员 %1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="426"/>
        <source>%1 unpacked as something other than a plain file or folder</source>
        <translation>%1 解包后既不是普通文件也不是文件夹</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="297"/>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="436"/>
        <source>The image archive %1 was not unpacked</source>
        <translation>图片归档 %1 未被解包</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="450"/>
        <source>Cannot move the current image store %1 aside</source>
        <translation>无法移开当前的图片库 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/imagearchive.cpp" line="456"/>
        <source>Cannot put the restored images in %1</source>
        <translation>无法将恢复的图片放入 %1</translation>
    </message>
</context>
<context>
    <name>ImageCodec</name>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="19"/>
        <source>The response is empty, not an image</source>
        <translation>响应为空，不是图片</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="23"/>
        <source>The response is an HTML page, not an image</source>
        <translation>响应是 HTML 页面，不是图片</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="25"/>
        <source>The response is JSON or text, not an image</source>
        <translation>响应是 JSON 或文本，不是图片</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="27"/>
        <source>The response is XML/SVG, which the catalog does not store as an image</source>
        <translation>响应是 XML/SVG，目录不将其作为图片存储</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="29"/>
        <source>The response is not an image in a known format (JPEG, PNG, WebP, GIF); it starts with %1</source>
        <translation>响应不是已知格式（JPEG、PNG、WebP、GIF）的图片；其开头为 %1</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="42"/>
        <source>The JPEG file is truncated (no end-of-image marker)</source>
        <translation>JPEG 文件不完整（缺少图像结束标记）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="47"/>
        <source>The PNG file is truncated (no IEND chunk at the end)</source>
        <translation>PNG 文件不完整（末尾缺少 IEND 块）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="51"/>
        <source>The WebP file is truncated</source>
        <translation>WebP 文件不完整</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="54"/>
        <source>The WebP file is truncated (%1 of %2 bytes)</source>
        <translation>WebP 文件不完整（%2 字节中只有 %1 字节）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="59"/>
        <source>The GIF file is truncated (no trailer)</source>
        <translation>GIF 文件不完整（缺少结尾标记）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="87"/>
        <source>The image is in %1 format; the catalog stores JPEG, PNG, WebP and GIF</source>
        <translation>图片格式为 %1；目录只存储 JPEG、PNG、WebP 和 GIF</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="100"/>
        <source>The image is %1 x %2 pixels, over the limit of %3 pixels per side and %4 megapixels</source>
        <translation>图片为 %1 x %2 像素，超过每边 %3 像素和 %4 百万像素的上限</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="110"/>
        <source>The %1 file is corrupt: %2</source>
        <translation>%1 文件已损坏：%2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="116"/>
        <source>The image is %1 x %2 pixels, over the limit of %3 pixels per side</source>
        <translation>图片为 %1 x %2 像素，超过每边 %3 像素的上限</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="142"/>
        <source>Cannot convert to &quot;%1&quot;: use jpeg, png or webp</source>
        <translation>无法转换为“%1”：请使用 jpeg、png 或 webp</translation>
    </message>
    <message>
        <location filename="../storage/images/imagecodec.cpp" line="172"/>
        <source>Cannot encode the image as %1: %2</source>
        <translation>无法将图片编码为 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImageDownloader</name>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="100"/>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) URL：%1</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="163"/>
        <source>No response within %1 s (connect timeout)</source>
        <translation>%1 秒内无响应（连接超时）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="169"/>
        <source>The transfer stalled: no data for %1 s (transfer timeout)</source>
        <translation>传输停滞：%1 秒内没有数据（传输超时）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="206"/>
        <source>The image is %1, over the limit of %2 per file</source>
        <translation>图片大小为 %1，超过每个文件 %2 的上限</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="244"/>
        <source>The response is compressed (Content-Encoding: %1) and expands past the limit of %2 per file: a decompression bomb; the download was stopped there</source>
        <translation>响应经过压缩（Content-Encoding：%1），解压后超过每个文件 %2 的上限：这是解压炸弹；下载已在此处停止</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="248"/>
        <source>The image is larger than the limit of %1 per file; the download was stopped there</source>
        <translation>图片超过每个文件 %1 的上限；下载已在此处停止</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="262"/>
        <source>The server sends too slowly: %1 bytes/s on average over %2 s, below the minimum of %3 bytes/s; the download was stopped</source>
        <translation>服务器发送过慢：%2 秒内平均 %1 字节/秒，低于最低 %3 字节/秒；下载已停止</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="276"/>
        <source>The download did not finish within %1 s (deadline); %2 received</source>
        <translation>下载未在 %1 秒内完成（截止时间）；已接收 %2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="325"/>
        <location filename="../storage/images/imagedownloader.cpp" line="360"/>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="330"/>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="340"/>
        <source>%1 to a request that was not conditional</source>
        <translation>%1（对非条件请求的响应）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="373"/>
        <source>%1 without a Location header</source>
        <translation>%1，但没有 Location 头</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="381"/>
        <source>Redirected to %1, which is not an http(s) URL</source>
        <translation>被重定向到 %1，它不是 http(s) URL</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="389"/>
        <source>Redirect loop: %1</source>
        <translation>重定向循环：%1</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="396"/>
        <source>Too many redirects (more than %1): %2</source>
        <translation>重定向次数过多（超过 %1 次）：%2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagedownloader.cpp" line="428"/>
        <source>%1 (after %2 attempts)</source>
        <translation>%1（尝试 %2 次后）</translation>
    </message>
</context>
<context>
    <name>ImageFetchJob</name>
    <message>
        <location filename="../storage/images/imagefetchjob.cpp" line="94"/>
        <source>Not fetched: the URL %1</source>
        <translation>未获取：URL %1</translation>
    </message>
</context>
<context>
    <name>ImageFileHashes</name>
    <message>
        <location filename="../storage/maintenance/imagefilehashes.cpp" line="26"/>
        <source>Cannot read the image hashes of the last check</source>
        <translation>无法读取上次检查记录的图片哈希</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/imagefilehashes.cpp" line="90"/>
        <source>Cannot record the hash of %1</source>
        <translation>无法记录 %1 的哈希</translation>
    </message>
</context>
<context>
    <name>ImageRepository</name>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="48"/>
        <source>Cannot read the image</source>
        <translation>无法读取图片</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="53"/>
        <source>The image does not exist</source>
        <translation>图片不存在</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="82"/>
        <source>Cannot add image %1</source>
        <translation>无法添加图片 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="116"/>
        <source>Cannot list the product&apos;s images</source>
        <translation>无法列出该商品的图片</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="148"/>
        <source>Cannot update image %1</source>
        <translation>无法更新图片 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="153"/>
        <location filename="../storage/repositories/imagerepository.cpp" line="175"/>
        <location filename="../storage/repositories/imagerepository.cpp" line="254"/>
        <source>Image %1 does not exist</source>
        <translation>图片 %1 不存在</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="170"/>
        <source>Cannot delete image %1</source>
        <translation>无法删除图片 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="186"/>
        <source>Cannot count images</source>
        <translation>无法统计图片</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="205"/>
        <source>Cannot list images</source>
        <translation>无法列出图片</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="248"/>
        <source>Cannot record the fetch of image %1</source>
        <translation>无法记录图片 %1 的获取结果</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="295"/>
        <source>Cannot read the products&apos; image URLs</source>
        <translation>无法读取商品的图片 URL</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="334"/>
        <source>Cannot read the recorded images</source>
        <translation>无法读取已记录的图片</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="357"/>
        <source>Cannot update the role of image %1</source>
        <translation>无法更新图片 %1 的角色</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="377"/>
        <source>Cannot record image %1</source>
        <translation>无法记录图片 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="463"/>
        <source>Cannot list the images to fetch</source>
        <translation>无法列出待获取的图片</translation>
    </message>
    <message>
        <location filename="../storage/repositories/imagerepository.cpp" line="486"/>
        <source>Cannot list the stored image files</source>
        <translation>无法列出已存储的图片文件</translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="106"/>
        <source>The image folder %1 is a symbolic link; the image store writes only inside %2</source>
        <translation>图片文件夹 %1 是符号链接；图片库只在 %2 内写入</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="114"/>
        <source>The image folder %1 resolves to %2, outside the image store %3</source>
        <translation>图片文件夹 %1 指向 %2，位于图片库 %3 之外</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="128"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="136"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="155"/>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>%2 字节中只写入了 %1 字节（磁盘已满？）</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="162"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="171"/>
        <source>Cannot move %1 into place as %2</source>
        <translation>无法将 %1 移动到位 %2</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="272"/>
        <source>Image %1 was deleted but its file %2 could not be removed; the consistency check lists it as a file without a row</source>
        <translation>图片 %1 已删除，但其文件 %2 无法移除；一致性检查会将它列为没有记录的文件</translation>
    </message>
    <message>
        <location filename="../storage/images/imagestore.cpp" line="303"/>
        <source>The product was removed but %1 of its image files could not be: %2</source>
        <translation>商品已移除，但其 %1 个图片文件无法删除：%2</translation>
    </message>
</context>
<context>
    <name>ImportFieldReader</name>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="16"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="18"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="20"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="22"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="24"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="26"/>
        <source>null</source>
        <comment>a JSON value</comment>
        <translation>空值（null）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="47"/>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="64"/>
        <source>&quot;%1&quot; is not a decimal number with at most two fraction digits</source>
        <translation>“%1”不是最多两位小数的十进制数</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="67"/>
        <source>must be a decimal number, not %1</source>
        <translation>必须是十进制数，而不是%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="88"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="99"/>
        <source>a JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="100"/>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="120"/>
        <source>is not valid JSON (%1); it must be %2</source>
        <translation>不是有效的 JSON（%1）；必须是%2</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="122"/>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/fieldreader.cpp" line="126"/>
        <source>must be %1, not %2</source>
        <translation>必须是%1，而不是%2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="95"/>
        <source>Cannot read the schema version</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="107"/>
        <source>Cannot lock the schema</source>
        <translation>无法锁定架构</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="116"/>
        <source>Cannot read the owner of the catalog</source>
        <translation>无法读取目录的所有者</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="120"/>
        <source>Cannot act as catalog_admin for the migration</source>
        <translation>无法以 catalog_admin 身份执行迁移</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="134"/>
        <source>Cannot record migration %1</source>
        <translation>无法记录迁移 %1</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="162"/>
        <source>Migration %1 failed</source>
        <translation>迁移 %1 失败</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="190"/>
        <source>The server %1 is a standby (in recovery, read-only): migrations are never run there. Its schema is at migration %2, this program needs %3; run migrate on the primary, and the standby replays it</source>
        <translation>服务器 %1 是备库（恢复中，只读）：迁移从不在备库上运行。其架构处于迁移 %2，本程序需要 %3；请在主库上运行 migrate，备库会重放它</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="235"/>
        <source>This build&apos;s migration scripts are broken: %1</source>
        <translation>本程序的迁移脚本已损坏：%1</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="254"/>
        <source>Cannot create schema_migrations</source>
        <translation>无法创建 schema_migrations</translation>
    </message>
    <message>
        <location filename="../storage/schema/migrator.cpp" line="263"/>
        <source>The database has schema version %1, newer than the %2 this program knows; use a newer catalog-admin</source>
        <translation>数据库的架构版本为 %1，高于本程序所知的 %2；请使用更新版本的 catalog-admin</translation>
    </message>
</context>
<context>
    <name>ModeFilter</name>
    <message>
        <location filename="../storage/transfer/import/modefilter.cpp" line="47"/>
        <source>a product with source_id &quot;%1&quot; exists already (insert-only import)</source>
        <translation>来源 ID 为“%1”的商品已存在（仅插入导入）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/modefilter.cpp" line="54"/>
        <source>source_id &quot;%1&quot; appears more than once in the file (insert-only import)</source>
        <translation>来源 ID“%1”在文件中出现了多次（仅插入导入）</translation>
    </message>
</context>
<context>
    <name>PendingReview</name>
    <message>
        <location filename="../models/pendingreview.cpp" line="82"/>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../models/pendingreview.cpp" line="84"/>
        <source>Insert</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../models/pendingreview.cpp" line="86"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../models/pendingreview.cpp" line="88"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="49"/>
        <source>%1 does not run (%2)</source>
        <translation>%1 无法运行（%2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="55"/>
        <source>%1 --version printed &quot;%2&quot;, not a PostgreSQL version</source>
        <translation>%1 --version 输出“%2”，不是 PostgreSQL 版本</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="64"/>
        <source>%1 at %2 is version %3, but PostgreSQL %4 needs %1 %4 or newer. Install postgresql-client-%4 or set the path of a newer %1.</source>
        <translation>%2 处的 %1 版本为 %3，但 PostgreSQL %4 需要 %1 %4 或更新版本。请安装 postgresql-client-%4，或设置更新的 %1 的路径。</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/pgtools.cpp" line="92"/>
        <source>%1 was not found (looked in /usr/lib/postgresql/*/bin and PATH). Install postgresql-client-%2 or set the path of %1.</source>
        <translation>未找到 %1（已在 /usr/lib/postgresql/*/bin 和 PATH 中查找）。请安装 postgresql-client-%2，或设置 %1 的路径。</translation>
    </message>
</context>
<context>
    <name>PositionEstimator</name>
    <message>
        <location filename="../storage/repositories/positionestimator.cpp" line="90"/>
        <source>Cannot estimate the positions of %1 sorted by %2</source>
        <translation>无法估算按 %2 排序的 %1 的位置</translation>
    </message>
</context>
<context>
    <name>PostgresBackup</name>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="123"/>
        <source>The backup set does not match its manifest; the restore was rolled back, nothing was changed: %1</source>
        <translation>备份集与其清单不一致；恢复已回滚，未做任何更改：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="163"/>
        <source>Cannot prepare the checksum session</source>
        <translation>无法准备校验会话</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="192"/>
        <source>Cannot checksum %1: %2</source>
        <translation>无法计算 %1 的校验和：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="211"/>
        <source>Cannot list the tables</source>
        <translation>无法列出表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="226"/>
        <source>Checksumming %1</source>
        <translation>正在计算 %1 的校验和</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="242"/>
        <source>Cannot checksum %1</source>
        <translation>无法计算 %1 的校验和</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="255"/>
        <source>Cannot read the server version</source>
        <translation>无法读取服务器版本</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="287"/>
        <source>Cannot open the snapshot connection</source>
        <translation>无法打开快照连接</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="290"/>
        <source>Cannot begin the snapshot</source>
        <translation>无法开始快照</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="296"/>
        <source>Cannot export a snapshot for pg_dump</source>
        <translation>无法为 pg_dump 导出快照</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="310"/>
        <source>%1 records no snapshot an incremental backup can start from; take a full backup</source>
        <translation>%1 没有记录可供增量备份起步的快照；请进行一次全量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="315"/>
        <source>%1 is a backup of another database (or of this one before a point-in-time restore or failover); take a full backup</source>
        <translation>%1 是另一个数据库的备份（或是本数据库在时间点恢复或故障切换之前的备份）；请进行一次全量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="410"/>
        <source>Writing %1 (%2 MB)</source>
        <translation>正在写入 %1（%2 MB）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="432"/>
        <source>Cannot begin the checksum transaction</source>
        <translation>无法开始校验事务</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="443"/>
        <source>Reading the archive&apos;s contents (pg_restore --list)</source>
        <translation>正在读取归档内容（pg_restore --list）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="446"/>
        <source>%1 is not a readable pg_dump archive: %2</source>
        <translation>%1 不是可读取的 pg_dump 归档：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="460"/>
        <source>%1 should hold the tables of one schema, it holds %2</source>
        <translation>%1 应只包含一个架构的表，实际包含 %2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="472"/>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="509"/>
        <source>Reading the backup</source>
        <translation>正在读取备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="487"/>
        <source>%1 lists a table &quot;%2&quot; without a plain name, count and checksum</source>
        <translation>%1 列出的表“%2”缺少普通名称、行数或校验和</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="500"/>
        <source>The backup set does not match its manifest, nothing was changed: %1</source>
        <translation>备份集与其清单不一致，未做任何更改：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="519"/>
        <source>%1 was not verified before the restore</source>
        <translation>%1 在恢复前未经校验</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresbackup.cpp" line="559"/>
        <source>Restoring the database (pg_restore | psql)</source>
        <translation>正在恢复数据库（pg_restore | psql）</translation>
    </message>
</context>
<context>
    <name>PostgresDelta</name>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="62"/>
        <source>%1 is not a readable incremental backup: %2</source>
        <translation>%1 不是可读取的增量备份：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="87"/>
        <source>a table header has no plain table and column names</source>
        <translation>表头中没有普通的表名和列名</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="90"/>
        <source>the key of %1 is not one of its columns</source>
        <translation>%1 的键不是它的列之一</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="106"/>
        <source>the key ranges of %1 are not ordered numbers</source>
        <translation>%1 的键范围不是有序的数字</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="115"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="123"/>
        <source>its compressed text does not unpack</source>
        <translation>其压缩文本无法解压</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="129"/>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="135"/>
        <source>it does not begin with &quot;%1&quot;</source>
        <translation>它不是以“%1”开头</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="142"/>
        <source>it ends before its last line (the file is cut short)</source>
        <translation>它在最后一行之前就结束了（文件被截断）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="148"/>
        <source>a table block does not begin with its header</source>
        <translation>表块没有以表头开始</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="156"/>
        <source>the rows of %1 end early</source>
        <translation>%1 的行提前结束</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="215"/>
        <source>Cannot list the tables</source>
        <translation>无法列出表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="221"/>
        <source>Cannot read the foreign keys</source>
        <translation>无法读取外键</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="261"/>
        <source>Cannot read the columns of the tables</source>
        <translation>无法读取各表的列</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="331"/>
        <source>A changed row of %1 came without its hash</source>
        <translation>%1 的一行变更数据缺少哈希值</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="373"/>
        <source>Cannot read the keys of %1: %2</source>
        <translation>无法读取 %1 的主键：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="385"/>
        <source>Cannot count the rows of %1</source>
        <translation>无法统计 %1 的行数</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="485"/>
        <source>Cannot read the tables&apos; keys</source>
        <translation>无法读取各表的主键</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="579"/>
        <source>The parent set&apos;s change mark is not a snapshot</source>
        <translation>父备份集的变更标记不是快照</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="610"/>
        <source>Cannot read the columns of %1</source>
        <translation>无法读取 %1 的列</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="273"/>
        <source>%1 has a column whose name an incremental backup cannot carry</source>
        <translation>%1 有一列的名称无法放入增量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="288"/>
        <source>Cannot read the keys of %1</source>
        <translation>无法读取 %1 的键</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="541"/>
        <source>The PostgreSQL driver does not expose its handle</source>
        <translation>PostgreSQL 驱动未提供其句柄</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="353"/>
        <source>Cannot read the changes of %1: %2</source>
        <translation>无法读取 %1 的变更：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="345"/>
        <source>Cannot write the changes of %1: %2</source>
        <translation>无法写入 %1 的变更：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="498"/>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="583"/>
        <source>Cannot read the backup&apos;s snapshot</source>
        <translation>无法读取备份的快照</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="529"/>
        <source>Cannot read the database&apos;s identity</source>
        <translation>无法读取数据库的标识</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="589"/>
        <source>The database&apos;s transaction ids are behind its newest backup set (restored or rewound since?); take a full backup</source>
        <translation>数据库的事务 ID 落后于其最新备份集（之后是否被恢复或回退过？）；请进行一次全量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="606"/>
        <source>Reading the changes of %1</source>
        <translation>正在读取 %1 的变更</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="623"/>
        <source>The parent set has no row hashes of %1; take a full backup</source>
        <translation>父备份集没有 %1 的行哈希；请做一次完整备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="651"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/postgresdelta.cpp" line="671"/>
        <source>The archive&apos;s schema has no plain name</source>
        <translation>归档中的架构没有普通名称</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <location filename="../storage/transfer/exportsink.cpp" line="53"/>
        <source>The export was cancelled; no file was written</source>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../storage/transfer/exportsink.cpp" line="60"/>
        <location filename="../storage/transfer/productexporter.cpp" line="219"/>
        <location filename="../storage/transfer/productexporter.cpp" line="223"/>
        <location filename="../storage/transfer/productexporter.cpp" line="303"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/transfer/productexporter.cpp" line="207"/>
        <source>Cannot read the products</source>
        <translation>无法读取商品</translation>
    </message>
    <message>
        <location filename="../storage/transfer/productexporter.cpp" line="292"/>
        <source>%1 files cannot be exported; an export writes csv or jsonl</source>
        <translation>无法导出 %1 文件；导出只写 csv 或 jsonl</translation>
    </message>
</context>
<context>
    <name>ProductFilter</name>
    <message>
        <location filename="../storage/repositories/productfilter.cpp" line="111"/>
        <source>Cannot look up the product specifications</source>
        <translation>无法查找商品规格</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productfilter.cpp" line="142"/>
        <source>Cannot search the product titles</source>
        <translation>无法搜索商品标题</translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <location filename="../storage/transfer/import/diffstage.cpp" line="67"/>
        <source>line %1: source_id &quot;%2&quot; appeared earlier in the file; the import writes this row over the earlier one, and the diff compares it with the catalog only</source>
        <translation>第 %1 行：来源 ID“%2”在文件中已出现过；导入时此行会覆盖前一行，差异对比只与目录比较</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/diffstage.cpp" line="77"/>
        <source>%1 more rows repeat an earlier source_id</source>
        <translation>另有 %1 行重复了之前的来源 ID</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filecheck.cpp" line="61"/>
        <source>the file has %1 bytes, more than MAX_FILE_SIZE allows (%2 bytes); nothing was read. Split the file, or raise MAX_FILE_SIZE (--max-file-size, the environment or the settings file)</source>
        <translation>文件有 %1 字节，超过 MAX_FILE_SIZE 允许的大小（%2 字节）；未读取任何内容。请拆分文件，或调大 MAX_FILE_SIZE（--max-file-size、环境变量或设置文件）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filecheck.cpp" line="91"/>
        <source>the file is neither valid UTF-8 nor valid GB18030 text</source>
        <translation>文件既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filecheck.cpp" line="103"/>
        <source>no encoding was tried</source>
        <translation>没有尝试任何编码</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="92"/>
        <source>the file is not valid UTF-8, and this build of Qt has no GB18030 decoder (it needs ICU) to try instead</source>
        <translation>文件不是有效的 UTF-8，且此 Qt 版本没有可改用的 GB18030 解码器（需要 ICU）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="96"/>
        <source>the encoding &quot;%1&quot; is not available in this build of Qt%2</source>
        <translation>此 Qt 版本不支持编码“%1”%2</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="100"/>
        <source> (GB18030 needs ICU)</source>
        <translation>（GB18030 需要 ICU）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/filedetection.cpp" line="107"/>
        <source>the file is not valid UTF-8; it was read as GB18030</source>
        <translation>文件不是有效的 UTF-8；已按 GB18030 读取</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/importtally.cpp" line="37"/>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/importtally.cpp" line="40"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/importtally.cpp" line="55"/>
        <source>%1 more rows were kept with the same kind of change</source>
        <translation>另有 %1 行有同类改动，已保留</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="27"/>
        <source>the header row (line %1) has no &quot;%2&quot; column; it has: %3</source>
        <translation>表头行（第 %1 行）没有“%2”列；现有列：%3</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="39"/>
        <source>unknown column &quot;%1&quot; ignored</source>
        <translation>已忽略未知列“%1”</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="44"/>
        <source>%1 more unknown columns ignored</source>
        <translation>另有 %1 个未知列已忽略</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="58"/>
        <source>has %1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="81"/>
        <source>is not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="84"/>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/recordsource.cpp" line="130"/>
        <source>the file is empty; a CSV import needs a header row</source>
        <translation>文件为空；CSV 导入需要表头行</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/storedproducts.cpp" line="80"/>
        <source>Cannot read the stored products to compare</source>
        <translation>无法读取已存储的商品进行比较</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/supplierresolver.cpp" line="117"/>
        <source>no supplier has source_id &quot;%1&quot; and the row gives no supplier_name to create it</source>
        <translation>没有来源 ID 为“%1”的供应商，且该行没有提供用于创建它的 supplier_name</translation>
    </message>
    <message>
        <location filename="../storage/transfer/productimporter.cpp" line="274"/>
        <source>could not refresh the statistics: %1</source>
        <translation>无法刷新统计信息：%1</translation>
    </message>
</context>
<context>
    <name>ProductMapping</name>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="24"/>
        <source>%1: line breaks or tabs folded into spaces</source>
        <translation>%1：换行符或制表符已合并为空格</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="41"/>
        <source>must be text, not %1</source>
        <translation>必须是文本，而不是%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="91"/>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="121"/>
        <source>supplier details (company, location, contact, rating) left alone: the row gives no supplier_name</source>
        <translation>供应商详情（公司、所在地、联系方式、评分）未作改动：该行没有提供 supplier_name</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="127"/>
        <source>is required when supplier details are given</source>
        <translation>提供供应商详情时为必填项</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/productmapping.cpp" line="144"/>
        <source>the record %1</source>
        <translation>该记录%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/sync1688mapping.cpp" line="31"/>
        <source>&quot;%1&quot; is not a price or a price range like 12.50-18.00</source>
        <translation>“%1”不是价格或价格区间（例如 12.50-18.00）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/sync1688mapping.cpp" line="48"/>
        <source>must be a list of URLs, not %1</source>
        <translation>必须是 URL 列表，而不是%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/import/sync1688mapping.cpp" line="65"/>
        <source>a list entry has no &quot;name&quot;</source>
        <translation>有列表项缺少“name”</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="120"/>
        <source>there is no supplier with id %1</source>
        <translation>不存在编号为 %1 的供应商</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="185"/>
        <source>Cannot look up suppliers</source>
        <translation>无法查找供应商</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="196"/>
        <source>no supplier has source_id &quot;%1&quot;</source>
        <translation>没有来源 ID 为“%1”的供应商</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="262"/>
        <location filename="../storage/repositories/productrepository.cpp" line="443"/>
        <source>Cannot prepare the staging table</source>
        <translation>无法准备暂存表</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="309"/>
        <location filename="../storage/repositories/productrepository.cpp" line="484"/>
        <source>Cannot upsert the batch</source>
        <translation>无法写入该批数据</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="314"/>
        <source>The upsert returned no counts</source>
        <translation>写入没有返回计数</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="334"/>
        <source>Cannot look up existing products</source>
        <translation>无法查找已有商品</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="421"/>
        <source>Row %1 (%2) was refused</source>
        <translation>第 %1 行（%2）被拒绝</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="447"/>
        <source>Cannot empty the staging table</source>
        <translation>无法清空暂存表</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="464"/>
        <source>Cannot stage row %1 (%2)</source>
        <translation>无法暂存第 %1 行（%2）</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="534"/>
        <source>The product has not been stored yet</source>
        <translation>该商品尚未保存</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="741"/>
        <source>Cannot refresh the statistics of products</source>
        <translation>无法刷新商品的统计信息</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="749"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../storage/repositories/productrepository.cpp" line="769"/>
        <source>Cannot set the sync status</source>
        <translation>无法设置同步状态</translation>
    </message>
</context>
<context>
    <name>PurgeJob</name>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="75"/>
        <source>Cannot count what purge would remove</source>
        <translation>无法统计清除将删除的内容</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="86"/>
        <source>Cannot list what purge removes</source>
        <translation>无法列出清除将删除的内容</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="201"/>
        <source>Cannot purge the history of purged products</source>
        <translation>无法清除已清除商品的历史记录</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="226"/>
        <source>Cannot read the images of the products to purge</source>
        <translation>无法读取待清除商品的图片</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="243"/>
        <source>Cannot purge deleted products</source>
        <translation>无法清除已删除的商品</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="271"/>
        <source>Cannot purge old rows</source>
        <translation>无法清除旧记录</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="447"/>
        <source>%1: outside the image store %2 or a link; left alone</source>
        <translation>%1：在图片库 %2 之外或是链接；未做处理</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="469"/>
        <source>Cannot forget the hash of %1</source>
        <translation>无法删除 %1 的哈希记录</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="534"/>
        <source>takes a number of days from 1 to %1 (got %2)</source>
        <translation>需要 1 到 %1 之间的天数（实际为 %2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="543"/>
        <source>takes 0 to %1 versions (got %2)</source>
        <translation>需要 0 到 %1 个版本（实际为 %2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="548"/>
        <source>takes 1 to %1 rows (got %2)</source>
        <translation>需要 1 到 %1 行（实际为 %2）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/purgejob.cpp" line="553"/>
        <source>nothing to purge: give at least one of deleted products, history or jobs</source>
        <translation>没有要清除的内容：请至少指定已删除商品、历史记录或任务记录中的一项</translation>
    </message>
</context>
<context>
    <name>QualityRepository</name>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="35"/>
        <location filename="../storage/repositories/qualityrepository.cpp" line="41"/>
        <source>Cannot count the data-quality problems of the products</source>
        <translation>无法统计商品的数据质量问题</translation>
    </message>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="73"/>
        <location filename="../storage/repositories/qualityrepository.cpp" line="81"/>
        <source>Cannot list examples of the data-quality problems</source>
        <translation>无法列出数据质量问题的示例</translation>
    </message>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="116"/>
        <source>Cannot prepare the quality report</source>
        <translation>无法准备质量报告</translation>
    </message>
    <message>
        <location filename="../storage/repositories/qualityrepository.cpp" line="147"/>
        <source>Cannot check the data quality of the saved products</source>
        <translation>无法检查已保存商品的数据质量</translation>
    </message>
</context>
<context>
    <name>ReadRouter</name>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="110"/>
        <source>Cannot read the WAL position of %1</source>
        <translation>无法读取 %1 的 WAL 位置</translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="159"/>
        <source>A read server is a PostgreSQL standby of a PostgreSQL primary; %1 cannot read from %2</source>
        <translation>读服务器须是 PostgreSQL 主库的 PostgreSQL 备库；%1 无法从 %2 读取</translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="212"/>
        <source>Replication conflicts cancelled a read on the standby (%1 attempts); it was read from the primary</source>
        <translation>复制冲突取消了备库上的一次读取（尝试 %1 次）；已改从主库读取</translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="217"/>
        <source>The read server %1 failed (%2); reading from the primary</source>
        <translation>读服务器 %1 出错（%2）；改从主库读取</translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="292"/>
        <source>The read server %1 cannot be reached (%2); reading from the primary</source>
        <translation>无法连接读服务器 %1（%2）；改从主库读取</translation>
    </message>
    <message>
        <location filename="../storage/db/readrouter.cpp" line="307"/>
        <source>The read server %1 is not a standby (it accepts writes); reading from the primary</source>
        <translation>读服务器 %1 不是备库（它接受写入）；改从主库读取</translation>
    </message>
</context>
<context>
    <name>ReplicationHealth</name>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="19"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="42"/>
        <source>Cannot read pg_stat_replication</source>
        <translation>无法读取 pg_stat_replication</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="74"/>
        <source>Cannot read the standby&apos;s replay position</source>
        <translation>无法读取备库的重放位置</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="79"/>
        <source>The replay query returned no row</source>
        <translation>重放查询未返回任何行</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="89"/>
        <source>local socket, port %1</source>
        <translation>本地套接字，端口 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="138"/>
        <source>Cannot read the server&apos;s role</source>
        <translation>无法读取服务器的角色</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="158"/>
        <source>thresholds %1 s, %2</source>
        <translation>阈值 %1 秒，%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="163"/>
        <source>This standby receives no WAL from a primary (no streaming WAL receiver)</source>
        <translation>此备库没有从主库接收 WAL（没有流复制 WAL 接收进程）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="166"/>
        <source>Replay is paused on this standby: it shows the catalog as it was when replay stopped (SELECT pg_wal_replay_resume() resumes it)</source>
        <translation>此备库已暂停回放：显示的是回放停止时的目录（SELECT pg_wal_replay_resume() 可恢复回放）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="170"/>
        <source>This standby replays %1 behind, %2 received but not replayed (%3)</source>
        <translation>此备库重放落后 %1，已接收但未重放 %2（%3）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="177"/>
        <source>Standby %1 at %2 is behind: replay lag %3, %4 not replayed (%5)</source>
        <translation>%2 上的备库 %1 落后：重放延迟 %3，%4 未重放（%5）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="191"/>
        <source>standby</source>
        <translation>备库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="192"/>
        <source>standby of %1</source>
        <translation>%1 的备库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="193"/>
        <source>, replay lag %1, %2 not replayed</source>
        <translation>，回放延迟 %1，%2 未回放</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="197"/>
        <source>, replay paused</source>
        <translation>，回放已暂停</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="199"/>
        <source>, not receiving</source>
        <translation>，未在接收</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="203"/>
        <source>primary, no standby connected</source>
        <translation>主库，没有已连接的备库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="206"/>
        <source>%1 %2 (%3) write %4 flush %5 replay %6, %7 behind</source>
        <translation>%1 %2（%3）写入 %4 刷盘 %5 重放 %6，落后 %7</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/replicationhealth.cpp" line="210"/>
        <source>primary; standbys: %1</source>
        <translation>主库；备库：%1</translation>
    </message>
</context>
<context>
    <name>RowHashes</name>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="67"/>
        <source>%1 is not a readable row-hash file: %2</source>
        <translation>%1 不是可读的行哈希文件：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="84"/>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="90"/>
        <source>it ends early (cut short?)</source>
        <translation>文件提前结束（被截断？）</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="87"/>
        <source>a block has an impossible size</source>
        <translation>某个数据块的大小不可能成立</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="139"/>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="169"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="178"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="181"/>
        <source>it does not begin with &quot;%1&quot;</source>
        <translation>文件不以“%1”开头</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="195"/>
        <source>a table is named twice or not at all</source>
        <translation>某个表名重复出现或缺失</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="204"/>
        <source>a block of rows has no table</source>
        <translation>某个行数据块不属于任何表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="212"/>
        <source>a block of rows is cut short</source>
        <translation>某个行数据块被截断</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="225"/>
        <source>a block of an unknown kind</source>
        <translation>未知类型的数据块</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="229"/>
        <source>its table count does not match</source>
        <translation>其中的表数量不符</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="235"/>
        <source>the keys of %1 are not in order</source>
        <translation>%1 的主键没有按顺序排列</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="250"/>
        <source>%1 was written before backups kept row hashes; the next set reads every row</source>
        <translation>%1 写于备份保存行哈希之前；下一个备份集将读取每一行</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="267"/>
        <source>%1&apos;s chain has no set with the row hashes of every row</source>
        <translation>%1 的备份链中没有包含全部行哈希的备份集</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="275"/>
        <source>%1 has row hashes of %2, which its parents do not have</source>
        <translation>%1 含有 %2 的行哈希，而其父备份集没有</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="289"/>
        <source>The row hashes of %1&apos;s chain do not match its checksums of %2; take a full backup</source>
        <translation>%1 备份链的行哈希与其 %2 的校验和不符；请做一次完整备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/rowhashes.cpp" line="370"/>
        <source>%1 has %2 rows, but its parent&apos;s %3 and the %4 changed rows make %5; take a full backup</source>
        <translation>%1 有 %2 行，但父备份集的 %3 行加上 %4 行变更只有 %5 行；请做一次完整备份</translation>
    </message>
</context>
<context>
    <name>RuntimeSettings</name>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="30"/>
        <source>a downloaded image larger than this is refused (K/M/G suffixes)</source>
        <translation>下载的图片大于此值时拒绝（可用 K/M/G 后缀）</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="34"/>
        <source>rows per transaction of import and bulk edits, per step of export</source>
        <translation>导入和批量编辑每个事务的行数，导出每一步的行数</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="37"/>
        <source>thumbnails and cached pages older than this are refreshed</source>
        <translation>早于此时长的缩略图和缓存页会刷新</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="40"/>
        <source>database connections open at once, at most</source>
        <translation>同时打开的数据库连接数上限</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="43"/>
        <source>how long work waits for a free connection before it fails</source>
        <translation>任务等待空闲连接的时长，超时即失败</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="46"/>
        <source>retries, with backoff, of work whose connection was lost or that met a lock</source>
        <translation>连接中断或遇到锁时，任务带退避重试的次数</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="50"/>
        <source>health warns when finished WAL has waited longer than this to be archived</source>
        <translation>已写完的 WAL 等待归档超过此时长时，健康检查发出警告</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="54"/>
        <source>pgBackRest stanza: health reads pgbackrest info for it</source>
        <translation>pgBackRest stanza：健康检查据此读取 pgbackrest info</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="56"/>
        <source>pgBackRest configuration file (default its own)</source>
        <translation>pgBackRest 配置文件（默认使用其自身的）</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="96"/>
        <source>the option --%1</source>
        <translation>选项 --%1</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="98"/>
        <source>the environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="101"/>
        <source>the setting %1 of the settings file</source>
        <translation>设置文件中的设置项 %1</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="106"/>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="139"/>
        <source>a size in bytes from %1 to %2 (K, M and G suffixes allowed)</source>
        <translation>%1 到 %2 之间的字节数（可用 K、M、G 后缀）</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="141"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="143"/>
        <source>%1 = &quot;%2&quot; (from %3) is not valid: %4 is expected (%5)</source>
        <translation>%1 = “%2”（来自%3）无效：应为%4（%5）</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="231"/>
        <source>Settings (each: --flag, else the environment variable, else the setting in the settings file, else the default):
</source>
        <translation>设置（每项依次取：--选项，否则环境变量，否则设置文件中的设置，否则默认值）：
</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="236"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../storage/config/runtimesettings.cpp" line="237"/>
        <source>default %1 %2</source>
        <translation>默认 %1 %2</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="45"/>
        <source>Cannot read the database role</source>
        <translation>无法读取数据库角色</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="50"/>
        <source>The database did not name the current role</source>
        <translation>数据库没有给出当前角色</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="59"/>
        <source>Cannot read saved view %1</source>
        <translation>无法读取已保存视图 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="64"/>
        <source>The saved view %1 no longer exists</source>
        <translation>已保存视图 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="83"/>
        <source>A view needs a name</source>
        <translation>视图需要一个名称</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="86"/>
        <source>A view&apos;s name has at most %1 characters</source>
        <translation>视图名称最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="99"/>
        <source>Cannot look up the view &quot;%1&quot;</source>
        <translation>无法查找视图“%1”</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="108"/>
        <source>You already have a view named &quot;%1&quot; on this page; choose another name</source>
        <translation>此页面上已有名为“%1”的视图；请换一个名称</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="165"/>
        <source>Cannot read the saved views</source>
        <translation>无法读取已保存视图</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="199"/>
        <source>Cannot replace the view &quot;%1&quot;</source>
        <translation>无法替换视图“%1”</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="204"/>
        <source>Cannot save the view &quot;%1&quot;</source>
        <translation>无法保存视图“%1”</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="210"/>
        <source>The view&apos;s id was not returned</source>
        <translation>没有返回视图的编号</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="238"/>
        <source>Cannot rename the view &quot;%1&quot;</source>
        <translation>无法重命名视图“%1”</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="259"/>
        <source>Cannot delete the view &quot;%1&quot;</source>
        <translation>无法删除视图“%1”</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="278"/>
        <source>Cannot clear the previous default view</source>
        <translation>无法清除之前的默认视图</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="283"/>
        <source>Cannot make &quot;%1&quot; the default view</source>
        <translation>无法将“%1”设为默认视图</translation>
    </message>
    <message>
        <location filename="../storage/repositories/savedviewrepository.cpp" line="297"/>
        <source>Cannot change the sharing of &quot;%1&quot;</source>
        <translation>无法更改“%1”的共享设置</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="92"/>
        <source>No password is saved in the system keychain for %1</source>
        <translation>系统钥匙串中没有为 %1 保存密码</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="97"/>
        <source>The system keychain refused access (%1)</source>
        <translation>系统钥匙串拒绝访问（%1）</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="106"/>
        <source>The system keychain is not available (%1). Save the password in ~/.pgpass instead, or type it when connecting.</source>
        <translation>系统钥匙串不可用（%1）。请将密码保存在 ~/.pgpass 中，或在连接时输入。</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="149"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="152"/>
        <location filename="../storage/config/secretstore.cpp" line="178"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="166"/>
        <source>%1 has no password for %2</source>
        <translation>%1 中没有 %2 的密码</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="202"/>
        <location filename="../storage/config/secretstore.cpp" line="212"/>
        <location filename="../storage/config/secretstore.cpp" line="216"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/config/secretstore.cpp" line="228"/>
        <source>A password with a line break cannot go into .pgpass</source>
        <translation>含换行符的密码不能写入 .pgpass</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="18"/>
        <source>standby</source>
        <translation>备库</translation>
    </message>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="19"/>
        <source>primary</source>
        <translation>主库</translation>
    </message>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="27"/>
        <source>local socket, port %1</source>
        <translation>本地套接字，端口 %1</translation>
    </message>
    <message>
        <location filename="../storage/db/serverendpoint.cpp" line="55"/>
        <source>Cannot read which server this connection reached</source>
        <translation>无法读取此连接到达的是哪台服务器</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="16"/>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="19"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="37"/>
        <source>The database file %1 is read-only for this user</source>
        <translation>数据库文件 %1 对当前用户是只读的</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="60"/>
        <source>Cannot read the privileges of this connection</source>
        <translation>无法读取此连接的权限</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="65"/>
        <source>The privilege query returned no row</source>
        <translation>权限查询未返回任何行</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="84"/>
        <source>The server %1 is a standby (in recovery): it can be browsed, but changes are made on the primary</source>
        <translation>服务器 %1 是备库（恢复中）：可以浏览，但修改须在主库上进行</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="88"/>
        <source>The server is read-only (a standby, or default_transaction_read_only is on)</source>
        <translation>服务器是只读的（备库，或 default_transaction_read_only 已开启）</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="91"/>
        <source>The database role %1 may not read the catalog (or it has no catalog schema yet)</source>
        <translation>数据库角色 %1 不能读取目录（或数据库中还没有目录架构）</translation>
    </message>
    <message>
        <location filename="../storage/db/sessioninfo.cpp" line="95"/>
        <source>The database role %1 may read the catalog but not change it</source>
        <translation>数据库角色 %1 可以读取目录，但不能修改</translation>
    </message>
</context>
<context>
    <name>SettingsSnapshot</name>
    <message>
        <location filename="../storage/maintenance/backup/settingssnapshot.cpp" line="39"/>
        <location filename="../storage/maintenance/backup/settingssnapshot.cpp" line="43"/>
        <source>Cannot write the settings to %1</source>
        <translation>无法将设置写入 %1</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <location filename="../storage/db/sqldialect.cpp" line="100"/>
        <source> (the database refused it: the connected role lacks this right; an administrator can grant it with catalogctl setup-roles)</source>
        <translation>（数据库拒绝了该操作：当前连接的角色缺少此权限；管理员可以用 catalogctl setup-roles 授予）</translation>
    </message>
    <message>
        <location filename="../storage/db/sqldialect.cpp" line="104"/>
        <source> (the disk that holds the database is full: free space on it, then try again; the change was rolled back, nothing of it was written)</source>
        <translation>（存放数据库的磁盘已满：请释放空间后重试；该更改已回滚，没有写入任何内容）</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="285"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="301"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="465"/>
        <source>The SQLite driver does not expose its handle</source>
        <translation>SQLite 驱动没有提供其句柄</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="191"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="307"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="377"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="171"/>
        <source>An incremental backup needs a database file, not an in-memory database</source>
        <translation>增量备份需要数据库文件，不能是内存数据库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="196"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="209"/>
        <source>Cannot begin the incremental backup of %1: %2</source>
        <translation>无法开始 %1 的增量备份：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="235"/>
        <source>Cannot finish the incremental backup: %1</source>
        <translation>无法完成增量备份：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="239"/>
        <source>Cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="251"/>
        <source>cannot copy it to check it</source>
        <translation>无法复制它以进行检查</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="310"/>
        <source>Copying the database</source>
        <translation>正在复制数据库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="313"/>
        <source>The SQLite backup failed</source>
        <translation>SQLite 备份失败</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="316"/>
        <source>Cannot finish the copy %1: %2</source>
        <translation>无法完成复制 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="336"/>
        <source>Cannot hash %1</source>
        <translation>无法计算 %1 的哈希值</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="373"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="400"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="436"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="469"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="380"/>
        <source>Reading the backup</source>
        <translation>正在读取备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="383"/>
        <source>Cannot copy %1</source>
        <translation>无法复制 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="388"/>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="440"/>
        <source>%1 fails SQLite&apos;s integrity check: %2</source>
        <translation>%1 未通过 SQLite 完整性检查：%2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="391"/>
        <source>Applying %1</source>
        <translation>正在应用 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="446"/>
        <source>The backup set does not match its manifest, nothing was changed: %1</source>
        <translation>备份集与其清单不一致，未做任何更改：%1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="457"/>
        <source>%1 was not verified before the restore</source>
        <translation>%1 在恢复前未经校验</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="474"/>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitebackup.cpp" line="477"/>
        <source>The SQLite restore failed, the database is unchanged</source>
        <translation>SQLite 恢复失败，数据库未改变</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="168"/>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="229"/>
        <source>Cannot read the key of %1</source>
        <translation>无法读取 %1 的主键</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="194"/>
        <source>Cannot list the tables</source>
        <translation>无法列出表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="290"/>
        <source>Cannot checksum %1</source>
        <translation>无法计算 %1 的校验和</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedigest.cpp" line="314"/>
        <source>Checksumming %1</source>
        <translation>正在计算 %1 的校验和</translation>
    </message>
</context>
<context>
    <name>SqliteDelta</name>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="88"/>
        <source>Cannot read the columns of %1</source>
        <translation>无法读取 %1 的列</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="114"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="391"/>
        <source>%1 has a column whose name an incremental backup cannot carry</source>
        <translation>%1 有一列的名称无法放入增量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="121"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="134"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="141"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="318"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="400"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="407"/>
        <source>Cannot write the changes of %1</source>
        <translation>无法写入 %1 的变更</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="151"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="434"/>
        <source>Cannot write the keys of %1</source>
        <translation>无法写入 %1 的键</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="159"/>
        <source>Cannot read the keys of %1</source>
        <translation>无法读取 %1 的键</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="166"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="172"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="179"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="185"/>
        <source>Cannot apply the deletions of %1</source>
        <translation>无法应用 %1 的删除</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="195"/>
        <source>The incremental backup names a table or key without a plain name</source>
        <translation>增量备份中有表或键没有普通名称</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="203"/>
        <source>The incremental backup&apos;s table %1 does not fit the database it is applied to</source>
        <translation>增量备份中的表 %1 与要应用到的数据库不符</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="209"/>
        <source>Cannot apply %1</source>
        <translation>无法应用 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="216"/>
        <source>Cannot apply the changes of %1</source>
        <translation>无法应用 %1 的变更</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="223"/>
        <source>Cannot read the triggers</source>
        <translation>无法读取触发器</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="226"/>
        <source>Cannot read the incremental backup&apos;s tables</source>
        <translation>无法读取增量备份中的表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="234"/>
        <source>Cannot set the triggers aside</source>
        <translation>无法暂时停用触发器</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="244"/>
        <source>Cannot put the triggers back</source>
        <translation>无法恢复触发器</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="258"/>
        <source>Cannot write the incremental backup</source>
        <translation>无法写入增量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="268"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="347"/>
        <source>Cannot list the tables</source>
        <translation>无法列出表</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="298"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="327"/>
        <source>Cannot read the changes of %1</source>
        <translation>无法读取 %1 的变更</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="355"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="382"/>
        <source>Reading the changes of %1</source>
        <translation>正在读取 %1 的变更</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="275"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="359"/>
        <source>The table %1 has a name an incremental backup cannot carry</source>
        <translation>表 %1 的名称无法放入增量备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="419"/>
        <source>The parent set has no row hashes of %1; take a full backup</source>
        <translation>父备份集没有 %1 的行哈希；请做一次完整备份</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="451"/>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="479"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="453"/>
        <source>Cannot begin applying %1</source>
        <translation>无法开始应用 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="458"/>
        <source>Cannot commit %1</source>
        <translation>无法提交 %1</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="472"/>
        <source>Cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <location filename="../storage/maintenance/backup/sqlitedelta.cpp" line="482"/>
        <source>Applying %1</source>
        <translation>正在应用 %1</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="39"/>
        <source>row %1 </source>
        <translation>第 %1 行 </translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="42"/>
        <source>%1%2: %3</source>
        <comment>where, field: reason</comment>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="46"/>
        <source>%1 (%2)</source>
        <comment>message (field errors)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="47"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="65"/>
        <source>Invalid value for %1</source>
        <translation>%1 的值无效</translation>
    </message>
    <message>
        <location filename="../storage/core/storageerror.cpp" line="66"/>
        <source>%1 fields have invalid values</source>
        <translation>%1 个字段的值无效</translation>
    </message>
</context>
<context>
    <name>SupplierRepository</name>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="65"/>
        <location filename="../storage/repositories/supplierrepository.cpp" line="83"/>
        <source>Cannot check the supplier&apos;s products</source>
        <translation>无法检查该供应商的商品</translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="70"/>
        <source>Supplier %1 still has %2 products; move or delete them first</source>
        <translation>供应商 %1 仍有 %2 个商品；请先移走或删除它们</translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="88"/>
        <source>Supplier %1 is still referenced by %2 products (deleted ones included); it cannot be removed permanently</source>
        <translation>供应商 %1 仍被 %2 个商品引用（含已删除的）；无法永久删除</translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="180"/>
        <source>The supplier has not been stored yet</source>
        <translation>该供应商尚未保存</translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="344"/>
        <source>Cannot prepare the supplier upsert</source>
        <translation>无法准备供应商写入</translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="353"/>
        <source>Row %1 (%2) was refused</source>
        <translation>第 %1 行（%2）被拒绝</translation>
    </message>
    <message>
        <location filename="../storage/repositories/supplierrepository.cpp" line="402"/>
        <source>Cannot read suppliers</source>
        <translation>无法读取供应商</translation>
    </message>
</context>
<context>
    <name>SyncRecordRepository</name>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="48"/>
        <source>Cannot read job %1</source>
        <translation>无法读取任务 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="53"/>
        <source>Job %1 does not exist</source>
        <translation>任务 %1 不存在</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="72"/>
        <source>Cannot record the start of the %1 job</source>
        <translation>无法记录 %1 任务的开始</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="78"/>
        <source>The job&apos;s id was not returned</source>
        <translation>没有返回任务的编号</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="94"/>
        <source>Cannot record progress</source>
        <translation>无法记录进度</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="103"/>
        <source>a job ends completed, failed or cancelled, not running</source>
        <translation>任务只能以完成、失败或取消结束，不能以运行中结束</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="114"/>
        <source>Cannot record the end of job %1</source>
        <translation>无法记录任务 %1 的结束</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="123"/>
        <source>Job %1 has already ended (%2)</source>
        <translation>任务 %1 已经结束（%2）</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="172"/>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="193"/>
        <source>Cannot list jobs</source>
        <translation>无法列出任务</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="209"/>
        <source>Cannot count jobs</source>
        <translation>无法统计任务</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="243"/>
        <source>Cannot read the running jobs</source>
        <translation>无法读取正在运行的任务</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="256"/>
        <source>The process that ran this job (pid %1 on %2) ended before the job finished: it was killed or crashed. Only whole batches were written.</source>
        <translation>运行此任务的进程（%2 上的 pid %1）在任务完成前结束了：它被终止或崩溃。只写入了完整的批次。</translation>
    </message>
    <message>
        <location filename="../storage/repositories/syncrecordrepository.cpp" line="269"/>
        <source>Cannot close job %1</source>
        <translation>无法关闭任务 %1</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="32"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="57"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="65"/>
        <source>this looks like a binary file (it contains NUL bytes at offset %1), not CSV or JSON text</source>
        <translation>这看起来是二进制文件（在偏移 %1 处包含 NUL 字节），不是 CSV 或 JSON 文本</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="76"/>
        <source>the file is not valid %1 text (near byte %2)</source>
        <translation>文件不是有效的 %1 文本（靠近第 %2 字节）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="85"/>
        <source>this looks like a binary file (it contains NUL characters), not text</source>
        <translation>这看起来是二进制文件（包含 NUL 字符），不是文本</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="115"/>
        <source>line %1: a quoted field starts here and is never closed (missing %2)</source>
        <translation>第 %1 行：引号字段从此处开始但没有结束（缺少 %2）</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="281"/>
        <source>a JSON array import must start with &quot;[&quot;</source>
        <translation>JSON 数组导入必须以“[”开头</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="292"/>
        <source>line %1: text after the end of the JSON array</source>
        <translation>第 %1 行：JSON 数组结束后还有文本</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="326"/>
        <source>line %1: a JSON string starts here and is never closed</source>
        <translation>第 %1 行：JSON 字符串从此处开始但没有结束</translation>
    </message>
    <message>
        <location filename="../storage/transfer/textreader.cpp" line="330"/>
        <source>the JSON array is never closed (missing &quot;]&quot;)</source>
        <translation>JSON 数组没有结束（缺少“]”）</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../storage/images/thumbnailcache.cpp" line="70"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../storage/images/thumbnailcache.cpp" line="86"/>
        <source>The image has not been fetched yet</source>
        <translation>图片尚未获取</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../storage/db/transaction.cpp" line="32"/>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <location filename="../storage/db/transaction.cpp" line="48"/>
        <source>Cannot commit</source>
        <translation>无法提交</translation>
    </message>
    <message>
        <location filename="../storage/db/transaction.cpp" line="51"/>
        <source>The connection was lost while committing; the change may or may not have been saved. Reload and check before repeating it.</source>
        <translation>提交时连接中断；更改可能已保存，也可能没有。请重新加载并检查后再重复操作。</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../storage/core/validator.cpp" line="77"/>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="79"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="81"/>
        <source>null</source>
        <comment>a JSON value</comment>
        <translation>空值（null）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="82"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="83"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="113"/>
        <source>contains a NUL character or broken Unicode</source>
        <translation>包含 NUL 字符或损坏的 Unicode</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="118"/>
        <location filename="../storage/core/validator.cpp" line="294"/>
        <location filename="../storage/core/validator.cpp" line="296"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="129"/>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>长度为 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="134"/>
        <source>contains control characters or broken Unicode</source>
        <translation>包含控制字符或损坏的 Unicode</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="142"/>
        <location filename="../storage/core/validator.cpp" line="266"/>
        <source>must not be negative (got %1)</source>
        <translation>不能为负数（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="146"/>
        <source>must be at most %1 (got %2)</source>
        <translation>最多为 %1（实际为 %2）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="171"/>
        <source>must be text, a number or true/false</source>
        <translation>必须是文本、数字或 true/false</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="176"/>
        <source>must be text, not %1</source>
        <translation>必须是文本，而不是%1</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="217"/>
        <source>is not a URL (empty or surrounded by spaces)</source>
        <translation>不是 URL（为空或两端有空格）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="219"/>
        <source>is not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="221"/>
        <source>must be an http or https URL (got &quot;%1&quot;)</source>
        <translation>必须是 http 或 https URL（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="224"/>
        <source>has no host name</source>
        <translation>没有主机名</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="240"/>
        <source>%1 is greater than price_max %2</source>
        <translation>%1 大于最高价 %2</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="244"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as CNY or USD</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 CNY 或 USD）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="249"/>
        <source>must be at least 1 (got %1)</source>
        <translation>必须至少为 1（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="254"/>
        <source>must be a URL string</source>
        <translation>必须是 URL 字符串</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="262"/>
        <source>must be a positive id (got %1)</source>
        <translation>必须是正整数编号（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="270"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="302"/>
        <source>must be main or detail (got &quot;%1&quot;)</source>
        <translation>必须是 main 或 detail（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="305"/>
        <location filename="../storage/core/validator.cpp" line="307"/>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="309"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="318"/>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="330"/>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="337"/>
        <source>must be a three-letter ISO 4217 code such as CNY</source>
        <translation>必须是三个字母的 ISO 4217 代码，例如 CNY</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="342"/>
        <source>a value needs the name of the specification</source>
        <translation>指定值时需要规格名称</translation>
    </message>
    <message>
        <location filename="../storage/core/validator.cpp" line="347"/>
        <source>must be between 1 and 36500 days</source>
        <translation>必须在 1 到 36500 天之间</translation>
    </message>
</context>
<context>
    <name>VersionedTable</name>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="76"/>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="77"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="77"/>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="78"/>
        <source>suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="122"/>
        <source>Cannot read %1 %2</source>
        <translation>无法读取%1 %2</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="129"/>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 不存在</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="135"/>
        <source>Cannot create %1 %2</source>
        <translation>无法创建%1 %2</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="141"/>
        <source>Cannot save %1 %2</source>
        <translation>无法保存%1 %2</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="147"/>
        <source>Cannot delete %1 %2</source>
        <translation>无法删除%1 %2</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="148"/>
        <source>Cannot restore %1 %2</source>
        <translation>无法恢复%1 %2</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="155"/>
        <source>The new %1 was not returned</source>
        <translation>没有返回新的%1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="168"/>
        <source>%1 %2 was changed by %3 at %4 (version %5; you edited version %6). Reload it to see the other change.</source>
        <translation>%1 %2 已被 %3 于 %4 修改（版本 %5；您编辑的是版本 %6）。请重新加载查看对方的修改。</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="173"/>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="181"/>
        <source>%1 %2 is not deleted</source>
        <translation>%1 %2 未被删除</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="182"/>
        <source>%1 %2 is deleted; restore it first</source>
        <translation>%1 %2 已删除；请先恢复</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="185"/>
        <source>%1 %2 was not updated</source>
        <translation>%1 %2 未被更新</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="196"/>
        <source>Cannot remove %1 %2</source>
        <translation>无法移除%1 %2</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="226"/>
        <source>%1 %2 is not deleted; only deleted %3 can be removed permanently</source>
        <translation>%1 %2 未被删除；只有已删除的%3才能永久移除</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="251"/>
        <source>History entry %1 records the creation; there is no earlier version</source>
        <translation>历史记录 %1 记录的是创建；没有更早的版本</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="299"/>
        <source>Cannot estimate the %1 count</source>
        <translation>无法估计%1的数量</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="318"/>
        <location filename="../storage/repositories/versionedtable.cpp" line="355"/>
        <source>Cannot count %1</source>
        <translation>无法统计%1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="396"/>
        <source>%1 cannot be read by key when sorted by %2</source>
        <translation>按 %2 排序时无法按键读取 %1</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="410"/>
        <source>Cannot read the positions of %1 sorted by %2</source>
        <translation>无法读取 %1 按 %2 排序的位置</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="449"/>
        <source>%1 cannot be sorted by &quot;%2&quot;</source>
        <translation>%1不能按“%2”排序</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="453"/>
        <source>Paging by key needs a column without empty values; %1 pages by offset</source>
        <translation>按键分页需要没有空值的列；%1 改用偏移分页</translation>
    </message>
    <message>
        <location filename="../storage/repositories/versionedtable.cpp" line="547"/>
        <source>Cannot list %1</source>
        <translation>无法列出%1</translation>
    </message>
</context>
<context>
    <name>catalog::BackupController</name>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="106"/>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="109"/>
        <source>Back up %1 to a file set named catalog_backup_YYYYMMDD_HHMMSS with a checksum manifest.</source>
        <translation>将 %1 备份为名为 catalog_backup_YYYYMMDD_HHMMSS 的一组文件，并附带校验清单。</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="115"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="119"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="123"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="128"/>
        <source>Full: the whole database</source>
        <translation>全量：整个数据库</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="129"/>
        <source>Incremental: only what changed since the newest set in the folder</source>
        <translation>增量：仅备份文件夹中最新备份集之后的变更</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="132"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="135"/>
        <source>Include the image store (%1)</source>
        <translation>包括图片库（%1）</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="138"/>
        <source>Afterwards remove old backups: keep the last</source>
        <translation>完成后清理旧备份：保留最近</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="146"/>
        <location filename="../ui/backupcontroller.cpp" line="320"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="150"/>
        <location filename="../ui/backupcontroller.cpp" line="324"/>
        <source>and all from the last</source>
        <translation>个，以及最近</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="157"/>
        <source>found automatically for the server&apos;s version</source>
        <translation>按服务器版本自动查找</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="158"/>
        <source>pg_dump/pg_restore &amp;folder:</source>
        <translation>pg_dump/pg_restore 所在文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="161"/>
        <source>&amp;Back Up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="215"/>
        <location filename="../ui/backupcontroller.cpp" line="221"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="215"/>
        <source>The backup failed; nothing was kept of it:
%1</source>
        <translation>备份失败，未保留任何部分文件：
%1</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="222"/>
        <source>The backup was written, but old backups could not be removed:
%1</source>
        <translation>备份已写入，但无法删除旧备份：
%1</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="356"/>
        <source>full</source>
        <translation>全量</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="356"/>
        <source>  └ incremental of %1</source>
        <translation>  └ %1 的增量</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="357"/>
        <source>%1  %2  %3  %4%5</source>
        <translation>%1  %2  %3  %4%5</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="206"/>
        <source>Backing up %1</source>
        <translation>正在备份 %1</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="230"/>
        <location filename="../ui/backupcontroller.cpp" line="236"/>
        <location filename="../ui/backupcontroller.cpp" line="250"/>
        <location filename="../ui/backupcontroller.cpp" line="257"/>
        <location filename="../ui/backupcontroller.cpp" line="298"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="231"/>
        <source>Backup manifests (*.manifest.json);;All files (*)</source>
        <translation>备份清单 (*.manifest.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="256"/>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="258"/>
        <source>Restore the backup of %1 taken %2 into %3?</source>
        <translation>要将 %1 于 %2 的备份恢复到 %3 吗？</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="262"/>
        <source>This replaces the %1 products and suppliers there with the backup&apos;s. </source>
        <translation>这会用备份中的数据替换那里现有的 %1 个商品和供应商。</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="264"/>
        <source>%1 %2, schema version %3, %4 rows in %5 tables%6. The restored tables are checked against the backup&apos;s checksums before the restore is reported done.</source>
        <translation>%1 %2，架构版本 %3，%5 张表共 %4 行%6。恢复完成前会用备份的校验和逐表核对恢复后的数据。</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="270"/>
        <source>, with the image store</source>
        <translation>，含图片库</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="272"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="298"/>
        <source>The restore did not complete:
%1</source>
        <translation>恢复未完成：
%1</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="286"/>
        <source>Restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="309"/>
        <location filename="../ui/backupcontroller.cpp" line="376"/>
        <source>Clean Up Backups</source>
        <translation>清理备份</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="312"/>
        <source>Backup sets in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="322"/>
        <source>Keep the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="333"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="358"/>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="358"/>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="361"/>
        <source>  (incomplete: no manifest)</source>
        <translation>  （不完整：缺少清单）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/backupcontroller.cpp" line="367"/>
        <source>%n set(s) would be removed, freeing %1.</source>
        <translation>
            <numerusform>将删除 %n 组备份，释放 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::BulkEditDialog</name>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="45"/>
        <source>MOQ %1</source>
        <translation>起订量 %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="47"/>
        <source>supplier #%1</source>
        <translation>供应商 #%1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="56"/>
        <source>(no such specification)</source>
        <translation>（无此规格参数）</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="60"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="60"/>
        <source>active</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="76"/>
        <source>Bulk Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="93"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="106"/>
        <source>Products</source>
        <translation>商品范围</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="109"/>
        <source>The selected rows (none selected)</source>
        <translation>所选行（未选择任何行）</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="110"/>
        <source>The selected rows (%1)</source>
        <translation>所选行（%1 行）</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="112"/>
        <source>All products that match the filter, loaded or not</source>
        <translation>所有符合筛选条件的商品（无论是否已加载）</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="115"/>
        <location filename="../ui/bulkeditdialog.cpp" line="304"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="135"/>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="147"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="149"/>
        <source>Supplier name or source ID</source>
        <translation>供应商名称或来源 ID</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="151"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="155"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="158"/>
        <source>MOQ</source>
        <translation>起订量</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="160"/>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="162"/>
        <source>Specification</source>
        <translation>规格参数</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="165"/>
        <location filename="../ui/bulkeditdialog.cpp" line="189"/>
        <location filename="../ui/bulkeditdialog.cpp" line="208"/>
        <source>unchanged</source>
        <translation>不修改</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="166"/>
        <source>delete (soft)</source>
        <translation>删除（可恢复）</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="167"/>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="168"/>
        <source>Deleted state</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="190"/>
        <source>change by percent</source>
        <translation>按百分比调整</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="191"/>
        <source>change by amount</source>
        <translation>按金额调整</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="193"/>
        <source>e.g. 8 or -2.50</source>
        <translation>例如 8 或 -2.50</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="195"/>
        <source>Both ends of the range change; results are rounded to cents. An amount is in each product&apos;s own currency.</source>
        <translation>最低价和最高价同时调整，结果四舍五入到分。金额按各商品自己的币种计算。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="209"/>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="210"/>
        <source>rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="211"/>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="213"/>
        <source>Name</source>
        <translation>参数名</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="215"/>
        <source>Value / new name</source>
        <translation>参数值 / 新参数名</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="224"/>
        <source>Preview (computed by the database)</source>
        <translation>预览（由数据库计算）</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>Source ID</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="227"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="314"/>
        <source>Cannot count the products: %1</source>
        <translation>无法统计商品数量：%1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="318"/>
        <source>%1 products match</source>
        <translation>共 %1 个商品符合条件</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="329"/>
        <location filename="../ui/bulkeditdialog.cpp" line="385"/>
        <source>Choose the supplier from the suggestions.</source>
        <translation>请从建议列表中选择供应商。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="351"/>
        <source>Cannot preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="360"/>
        <source>unchanged: %1</source>
        <translation>保持不变：%1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="367"/>
        <source>No product would change.</source>
        <translation>没有商品会被修改。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="375"/>
        <source>The selected rows become pending changes in the grid: one step to undo, written with Save.</source>
        <translation>所选行将成为表格中未保存的更改：可一步撤销，保存后才写入数据库。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="376"/>
        <source>Runs in the database as a background job in batches of 2000, with progress and Cancel. Each changed product gets a new version and a history entry. Cancel keeps the batches already written.</source>
        <translation>在数据库中作为后台任务运行，每批 2000 个商品，显示进度并可取消。每个被修改的商品都会生成新版本和一条历史记录。取消时，已写入的批次会保留。</translation>
    </message>
</context>
<context>
    <name>catalog::BulkEditLauncher</name>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="21"/>
        <source>&amp;Bulk Edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="22"/>
        <source>Change the selected products or every product that matches the filter</source>
        <translation>修改所选商品，或所有符合筛选条件的商品</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="40"/>
        <source>Bulk edit cancelled: the batches written before the cancel stay.</source>
        <translation>批量编辑已取消：取消前已写入的批次会保留。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="59"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="95"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="123"/>
        <location filename="../ui/bulkeditlauncher.cpp" line="140"/>
        <source>Bulk Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="59"/>
        <source>A bulk edit is still running.</source>
        <translation>还有一个批量编辑正在运行。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="90"/>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkeditlauncher.cpp" line="92"/>
        <source>Bulk edit: %n product(s) changed, pending until you save</source>
        <translation>
            <numerusform>批量编辑：已修改 %n 个商品，保存后生效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulkeditlauncher.cpp" line="94"/>
        <source>; %n left unchanged</source>
        <translation>
            <numerusform>；%n 个未修改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="96"/>
        <source>These products were left unchanged:
%1</source>
        <translation>以下商品未修改：
%1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="105"/>
        <source>Bulk edit: %1</source>
        <translation>批量编辑：%1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="114"/>
        <source>%1 of %2 products</source>
        <translation>%1 / %2 个商品</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="124"/>
        <source>The bulk edit stopped: %1
The batches written before stay.</source>
        <translation>批量编辑已中止：%1
之前已写入的批次会保留。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="129"/>
        <source>Bulk edit: %1 matched, %2 changed, %3 unchanged, %4 refused.</source>
        <translation>批量编辑：匹配 %1，修改 %2，未变 %3，拒绝 %4。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="133"/>
        <source>Cancelled: the batches written before the cancel stay.</source>
        <translation>已取消：取消前已写入的批次会保留。</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="139"/>
        <source>%1: %2</source>
        <comment>product: reason</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditlauncher.cpp" line="141"/>
        <source>%1

Left unchanged:
%2</source>
        <translation>%1

未修改：
%2</translation>
    </message>
</context>
<context>
    <name>catalog::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="19"/>
        <source>Someone else changed this row</source>
        <translation>此行已被他人修改</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="22"/>
        <source>&lt;b&gt;The row was saved by someone else after you loaded it.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Compare the two versions and choose which one to keep. Highlighted fields differ.</source>
        <translation>&lt;b&gt;在您加载此行之后，其他人保存了对它的修改。&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;请比较两个版本，并选择要保留的版本。高亮显示的字段存在差异。</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="30"/>
        <source>Stored version</source>
        <translation>数据库中的版本</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="51"/>
        <source>Keep my changes</source>
        <translation>保留我的更改</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="52"/>
        <source>Take the stored version</source>
        <translation>采用数据库中的版本</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="55"/>
        <source>Your edited fields are written over the stored version; its other fields are kept.</source>
        <translation>用您编辑过的字段覆盖数据库中的版本；该版本的其他字段保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="56"/>
        <source>Your changes to this row are discarded.</source>
        <translation>将放弃您对此行的更改。</translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="73"/>
        <source>Connect to database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="104"/>
        <source>Embedded SQLite file</source>
        <translation>嵌入式 SQLite 文件</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="105"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="112"/>
        <source>Path of the catalog file; it is created if missing</source>
        <translation>商品目录数据库文件的路径；文件不存在时将自动创建</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="126"/>
        <source>Host name, address or socket folder (empty: libpq default)</source>
        <translation>主机名、IP 地址或套接字目录（留空：使用 libpq 默认值）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>Default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="137"/>
        <source>Database name (empty: same as the user)</source>
        <translation>数据库名（留空：与用户名相同）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="140"/>
        <source>Empty: your operating-system user</source>
        <translation>留空：使用当前操作系统用户</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>Empty: ~/.pgpass or no password</source>
        <translation>留空：使用 ~/.pgpass 或不使用密码</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="145"/>
        <source>Used for this session only; passwords are never saved</source>
        <translation>仅用于本次会话，不会保存密码</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="159"/>
        <source>Default (prefer)</source>
        <translation>默认（prefer）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="161"/>
        <source>Never encrypt</source>
        <translation>从不加密</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="162"/>
        <source>Encrypt only if the server insists</source>
        <translation>仅在服务器要求时加密</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="163"/>
        <source>Encrypt if the server can</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="164"/>
        <source>Always encrypt; do not check the certificate</source>
        <translation>始终加密；不验证证书</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="165"/>
        <source>Always encrypt; check the certificate authority</source>
        <translation>始终加密；验证证书颁发机构（CA）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="166"/>
        <source>Always encrypt; check the authority and the host name</source>
        <translation>始终加密；验证证书颁发机构和主机名</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="173"/>
        <source>CA certificate (PEM) to check the server against</source>
        <translation>用于校验服务器的 CA 证书（PEM）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="174"/>
        <source>Client certificate (PEM), if the server asks for one</source>
        <translation>客户端证书（PEM），服务器要求时使用</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="175"/>
        <source>Private key of the client certificate</source>
        <translation>客户端证书的私钥</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="148"/>
        <source>Do not remember</source>
        <translation>不记住</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="149"/>
        <source>In the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="150"/>
        <source>In %1</source>
        <translation>保存在 %1 中</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="151"/>
        <source>Passwords are never written to the settings file</source>
        <translation>密码从不写入设置文件</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="190"/>
        <source>postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db</source>
        <translation>postgresql://用户名@主机:端口/数据库名?sslmode=… 或 sqlite:///绝对路径.db</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="202"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="232"/>
        <source>&amp;Recent:</source>
        <translation>最近连接(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="233"/>
        <source>&amp;Engine:</source>
        <translation>数据库类型(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="234"/>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="235"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="236"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>More &amp;hosts:</source>
        <translation>更多主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="241"/>
        <source>Re&amp;member password:</source>
        <translation>记住密码(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="242"/>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="243"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="244"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="245"/>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="246"/>
        <source>Reads:</source>
        <translation>读取：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="248"/>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="253"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="299"/>
        <source>No recent connections</source>
        <translation>没有最近连接</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="299"/>
        <source>Choose a recent connection…</source>
        <translation>选择最近连接…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="428"/>
        <source>Choose the SQLite database file.</source>
        <translation>请选择 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="482"/>
        <source>Catalog database file</source>
        <translation>商品目录数据库文件</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="483"/>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="532"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="546"/>
        <source>Connected to %1 %2, round trip %3 ms.</source>
        <translation>已连接到 %1 %2，往返延迟 %3 毫秒。</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="551"/>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="594"/>
        <source>The password was not saved: %1</source>
        <translation>密码未保存：%1</translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionSwitcher</name>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="57"/>
        <location filename="../ui/connectionswitcher.cpp" line="81"/>
        <location filename="../ui/connectionswitcher.cpp" line="101"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="82"/>
        <source>&quot;%1&quot; is still running on the current database. Wait for it to finish or cancel it, then connect again.</source>
        <translation>“%1”仍在当前数据库上运行。请等待它完成或将其取消，然后再连接。</translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="97"/>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionswitcher.cpp" line="102"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation>无法初始化数据库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>catalog::ConsistencyDialog</name>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="25"/>
        <source>Products whose supplier does not exist</source>
        <translation>供应商不存在的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="27"/>
        <source>Active products whose supplier is deleted</source>
        <translation>供应商已删除的有效商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="29"/>
        <source>Duplicate suppliers (same source ID apart from case and spaces, or same name and company)</source>
        <translation>重复的供应商（来源 ID 仅大小写或空格不同，或名称与公司名称相同）</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="33"/>
        <source>Suppliers whose product count is wrong</source>
        <translation>商品数不正确的供应商</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="35"/>
        <source>Products whose lowest price is above the highest</source>
        <translation>最低价高于最高价的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="38"/>
        <source>Products whose image list or specifications are not valid JSON</source>
        <translation>图片列表或规格参数不是有效 JSON 的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="41"/>
        <source>Active products without a main image</source>
        <translation>没有主图的有效商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="43"/>
        <source>Jobs still marked running after 6 hours</source>
        <translation>超过 6 小时仍标记为运行中的任务</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="45"/>
        <source>Products whose images are recorded but not their main image</source>
        <translation>已记录图片但未记录主图的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="48"/>
        <source>Image rows whose stored file is missing</source>
        <translation>存储文件缺失的图片记录</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="50"/>
        <source>Image files that no image row names</source>
        <translation>没有对应图片记录的图片文件</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="52"/>
        <source>Image files whose checksum differs from their row</source>
        <translation>校验和与记录不符的图片文件</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="64"/>
        <source>Check consistency</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="67"/>
        <source>Looks for data that breaks the catalog&apos;s rules. Nothing is changed until you choose Repair; every repair runs in one transaction and is recorded in the rows&apos; history.</source>
        <translation>查找违反目录规则的数据。在您选择“修复”之前不会做任何更改；每次修复都在一个事务中执行，并记录在相应行的历史记录中。</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="73"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="73"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="73"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="89"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="91"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="92"/>
        <source>Repair all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="104"/>
        <source>The check was stopped; nothing was changed.</source>
        <translation>检查已停止；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="112"/>
        <source>The repair failed and was rolled back: %1</source>
        <translation>修复失败，已回滚：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="162"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="175"/>
        <location filename="../ui/consistencydialog.cpp" line="190"/>
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="214"/>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="235"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="245"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistencydialog.cpp" line="246"/>
        <source>%Ln problem row(s) found.</source>
        <translation>
            <numerusform>发现 %Ln 行有问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::DashboardHealthTab</name>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="34"/>
        <source>&lt;b&gt;This application&apos;s storage calls&lt;/b&gt; (latency of the most recent %1 statements per kind, measured here)</source>
        <translation>&lt;b&gt;本应用的存储调用&lt;/b&gt;（每类最近 %1 条语句的延迟，在本机测得）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>Statement kind</source>
        <translation>语句类型</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>p50 (ms)</source>
        <translation>p50（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>p95 (ms)</source>
        <translation>p95（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="40"/>
        <source>Slowest (ms)</source>
        <translation>最慢（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="47"/>
        <source>&lt;b&gt;Slowest statements on the server&lt;/b&gt; (pg_stat_statements, by mean time)</source>
        <translation>&lt;b&gt;服务器上最慢的语句&lt;/b&gt;（pg_stat_statements，按平均耗时）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Mean (ms)</source>
        <translation>平均（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Total (ms)</source>
        <translation>总计（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="60"/>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="68"/>
        <source>Waiting for the first health check…</source>
        <translation>正在等待首次健康检查…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="75"/>
        <source>Check health every</source>
        <translation>健康检查间隔</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="79"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="112"/>
        <location filename="../ui/dashboardhealthtab.cpp" line="124"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="113"/>
        <source>%1 ms for a trivial query</source>
        <translation>简单查询耗时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="115"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="117"/>
        <source>Server reached</source>
        <translation>已连接的服务器</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="118"/>
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="120"/>
        <source>standby in recovery (read-only)</source>
        <translation>处于恢复中的备库（只读）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="121"/>
        <source>primary</source>
        <translation>主库</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="127"/>
        <source>Free disk (storage)</source>
        <translation>可用磁盘（存储）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="127"/>
        <source>Free disk (database)</source>
        <translation>可用磁盘（数据库）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="128"/>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="129"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="133"/>
        <source>Long-running jobs</source>
        <translation>长时间运行的任务</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="134"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="137"/>
        <source>%1 for %2 min — %3</source>
        <translation>%1 已运行 %2 分钟 — %3</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="141"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="143"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="144"/>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="172"/>
        <source>SQLite keeps no statement statistics; the table above shows this application&apos;s own latencies.</source>
        <translation>SQLite 不记录语句统计；上表显示的是本应用自身测得的延迟。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="176"/>
        <source>pg_stat_statements is not enabled in this database. To enable it, a superuser adds pg_stat_statements to shared_preload_libraries in postgresql.conf, restarts PostgreSQL and runs CREATE EXTENSION pg_stat_statements; in this database.</source>
        <translation>此数据库未启用 pg_stat_statements。启用方法：由超级用户在 postgresql.conf 的 shared_preload_libraries 中加入 pg_stat_statements，重启 PostgreSQL，然后在此数据库中执行 CREATE EXTENSION pg_stat_statements;。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardhealthtab.cpp" line="183"/>
        <source>The pg_stat_statements extension is installed, but the server has not loaded it: add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart PostgreSQL.</source>
        <translation>已安装 pg_stat_statements 扩展，但服务器尚未加载它：请在 postgresql.conf 的 shared_preload_libraries 中加入 pg_stat_statements 并重启 PostgreSQL。</translation>
    </message>
</context>
<context>
    <name>catalog::DashboardOverviewTab</name>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="66"/>
        <location filename="../ui/dashboardoverviewtab.cpp" line="248"/>
        <location filename="../ui/dashboardoverviewtab.cpp" line="283"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="67"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="68"/>
        <source>Images stored</source>
        <translation>已存储图片</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="69"/>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="70"/>
        <source>Jobs, last 30 days</source>
        <translation>近 30 天任务</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="71"/>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="72"/>
        <source>Newest backup</source>
        <translation>最新备份</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="113"/>
        <source>%1 deleted</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="115"/>
        <source>schema version %1</source>
        <translation>架构版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="118"/>
        <source>%1 without a file · %2</source>
        <translation>%1 个缺少文件 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="121"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="122"/>
        <source>%1 dead rows to reclaim</source>
        <translation>可回收 %1 个死行</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="132"/>
        <source>%1 failed · %2 rows rejected</source>
        <translation>%1 个失败 · 拒绝 %2 行</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="144"/>
        <source>of %1 active products</source>
        <translation>共 %1 个有效商品</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="146"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="159"/>
        <source>%1 ms · %2</source>
        <translation>%1 毫秒 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="172"/>
        <source>No backup set yet</source>
        <translation>尚无备份集</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="175"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="180"/>
        <source>&lt; 1 h ago</source>
        <translation>不到 1 小时前</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardoverviewtab.cpp" line="180"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="181"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="181"/>
        <source>incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="181"/>
        <source>full</source>
        <translation>全量</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="191"/>
        <source>Products by sync status</source>
        <translation>按同步状态的商品数</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="214"/>
        <source>Products by currency</source>
        <translation>按币种的商品数</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="236"/>
        <source>Other  %1</source>
        <translation>其他  %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="245"/>
        <source>Price distribution</source>
        <translation>价格分布</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="246"/>
        <source>Price distribution (from-price, %1)</source>
        <translation>价格分布（起价，%1）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="281"/>
        <source>Top suppliers by products</source>
        <translation>商品最多的供应商</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardoverviewtab.cpp" line="316"/>
        <source>Jobs and rejected rows per day, last %n day(s)</source>
        <translation>
            <numerusform>每日任务与被拒绝的行（近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="318"/>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="319"/>
        <source>Other jobs</source>
        <translation>其他任务</translation>
    </message>
    <message>
        <location filename="../ui/dashboardoverviewtab.cpp" line="322"/>
        <source>Rows rejected</source>
        <translation>被拒绝的行</translation>
    </message>
</context>
<context>
    <name>catalog::DashboardStorageTab</name>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="28"/>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="29"/>
        <source>Dead rows to reclaim</source>
        <translation>可回收的死行</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="30"/>
        <source>Image files (database)</source>
        <translation>图片文件（数据库记录）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="31"/>
        <source>Images without a file</source>
        <translation>缺少文件的图片</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="32"/>
        <source>Image folder</source>
        <translation>图片目录</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="37"/>
        <source>Updates and deletes leave dead rows behind (every import upserts). Optimising reclaims their space and refreshes the planner&apos;s statistics.</source>
        <translation>更新和删除会留下死行（每次导入都会执行 upsert）。优化可回收其空间并刷新查询规划器的统计信息。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="41"/>
        <source>&amp;Optimise Database…</source>
        <translation>优化数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <location filename="../ui/dashboardstoragetab.cpp" line="138"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Rows (estimate)</source>
        <translation>行数（估计）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="53"/>
        <source>Dead rows</source>
        <translation>死行</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="76"/>
        <location filename="../ui/dashboardstoragetab.cpp" line="103"/>
        <location filename="../ui/dashboardstoragetab.cpp" line="105"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardstoragetab.cpp" line="77"/>
        <source>%n table(s) and index(es)</source>
        <translation>
            <numerusform>%n 个表和索引</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="79"/>
        <source>dead tuples (estimate)</source>
        <translation>死元组（估计）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="79"/>
        <source>free pages</source>
        <translation>空闲页</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="81"/>
        <source>%1 stored of %2 rows</source>
        <translation>已存储 %1，共 %2 行</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="83"/>
        <source>%1 products have no image</source>
        <translation>%1 个商品没有图片</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="85"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="86"/>
        <source>%1 does not exist yet</source>
        <translation>%1 尚不存在</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="87"/>
        <source>%1 files in %2</source>
        <translation>%2 中有 %1 个文件</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="99"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="99"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="117"/>
        <source>Sizes per table are not available: %1</source>
        <translation>无法获取各表大小：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="125"/>
        <source>Largest tables and indexes</source>
        <translation>最大的表和索引</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="130"/>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="133"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="136"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstoragetab.cpp" line="141"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
</context>
<context>
    <name>catalog::DashboardWindow</name>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="35"/>
        <location filename="../ui/dashboardwindow.cpp" line="114"/>
        <source>Statistics — %1</source>
        <translation>统计 — %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="69"/>
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="72"/>
        <location filename="../ui/dashboardwindow.cpp" line="115"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="89"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="90"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="91"/>
        <source>Performance and health</source>
        <translation>性能与健康</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="165"/>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardwindow.cpp" line="176"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardparts.cpp" line="130"/>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/dashboardparts.cpp" line="133"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/dashboardparts.cpp" line="138"/>
        <source>Unhealthy</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>catalog::DemoCatalog</name>
    <message>
        <location filename="../storage/images/democatalog.cpp" line="118"/>
        <source>Cannot encode the demo pictures as JPEG: %1</source>
        <translation>无法将演示图片编码为 JPEG：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/images/democatalog.cpp" line="172"/>
        <source>Stored %n product picture(s) (%1 distinct)</source>
        <translation>
            <numerusform>已存储 %n 张商品图片（%1 张互不相同）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/images/democatalog.cpp" line="175"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 张失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/images/democatalog.cpp" line="176"/>
        <source>, then cancelled.</source>
        <translation>，随后已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/images/democatalog.cpp" line="198"/>
        <source>The demo products were loaded, but storing their pictures failed after %n picture(s): %1</source>
        <translation>
            <numerusform>演示商品已加载，但存储商品图片时失败（此前已存储 %n 张图片）：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::DemoData</name>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="50"/>
        <source>Demo data load cancelled: %n product(s) and %1 supplier(s) were loaded and kept.</source>
        <translation>
            <numerusform>已取消加载演示数据：已加载的 %n 个商品和 %1 家供应商均已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="53"/>
        <source>Loaded %n demo product(s) from %1 supplier(s) in %2 s.</source>
        <translation>
            <numerusform>已加载 %n 个演示商品（来自 %1 家供应商），用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="101"/>
        <source>Demo data needs at least one supplier, zero or more products and a batch size of at least one (got %1 products, %2 suppliers, batches of %3).</source>
        <translation>加载演示数据要求：供应商至少 1 家，商品数不小于 0，每批数量至少为 1（当前为：%1 个商品，%2 家供应商，每批 %3 条）。</translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="110"/>
        <source>products and suppliers</source>
        <translation>商品和供应商</translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="111"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="112"/>
        <source>suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../storage/demo/demodata.cpp" line="114"/>
        <source>The catalog %1 already contains %2 (possibly deleted ones). Demo data is only loaded into an empty catalog, so that it never mixes with real data.</source>
        <translation>商品目录 %1 中已存在%2（可能包括已删除的记录）。演示数据只会加载到空的商品目录中，以免与真实数据混在一起。</translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demo/demodata.cpp" line="163"/>
        <source>Loading demo products %1 to %2 failed after %n product(s) were loaded: %3</source>
        <translation>
            <numerusform>加载第 %1 至 %2 个演示商品时失败（此前已成功加载 %n 个商品）：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::HealthIndicator</name>
    <message>
        <location filename="../ui/healthindicator.cpp" line="44"/>
        <source>%1 — checking…</source>
        <translation>%1 — 正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="78"/>
        <source>server %1 · %2</source>
        <translation>服务器 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="85"/>
        <source>%1 — connected, %2 ms</source>
        <translation>%1 — 已连接，延迟 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="96"/>
        <source>%1 — connected, %2 ms — %3</source>
        <translation>%1 — 已连接，%2 毫秒 — %3</translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="108"/>
        <source>● %1 — unhealthy: %2</source>
        <translation>● %1 — 异常：%2</translation>
    </message>
    <message>
        <location filename="../ui/healthindicator.cpp" line="109"/>
        <source>● %1 — not connected: %2</source>
        <translation>● %1 — 未连接：%2</translation>
    </message>
</context>
<context>
    <name>catalog::HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="23"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="25"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="27"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="29"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="42"/>
        <source>History of %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Version before</source>
        <translation>变更前版本</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="47"/>
        <source>Database role</source>
        <translation>数据库角色</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="48"/>
        <source>The operating-system user the application acted for</source>
        <translation>应用程序所代表的操作系统用户</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="50"/>
        <source>The database login that made the change, as the server saw it (SQLite has no roles)</source>
        <translation>服务器所见的执行此更改的数据库登录（SQLite 没有角色）</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="63"/>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="72"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historydialog.cpp" line="91"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>共 %n 条变更记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="100"/>
        <source>The version could not be restored:
%1</source>
        <translation>无法恢复该版本：
%1</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="103"/>
        <source>Restored. The old values are now the current version.</source>
        <translation>已恢复。旧值现已成为当前版本。</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="119"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="132"/>
        <source>This entry records the creation; there are no earlier values.</source>
        <translation>此条目记录的是创建操作，没有更早的值。</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="148"/>
        <source>&lt;p&gt;Values before this change:&lt;/p&gt;</source>
        <translation>&lt;p&gt;此次变更前的值：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="159"/>
        <source>Write the values from before the change of %1 back as a new version?</source>
        <translation>是否将 %1 这次变更之前的值作为新版本写回？</translation>
    </message>
</context>
<context>
    <name>catalog::HostListEditor</name>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="16"/>
        <source>Add host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="17"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="18"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="19"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="24"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="24"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="34"/>
        <source>Further servers of the same catalog (a standby, another primary). libpq tries the first host, then these in order, and keeps the first that matches &quot;Use&quot;.</source>
        <translation>同一目录的其他服务器（备库或另一台主库）。libpq 先尝试第一个主机，再依次尝试这些主机，并使用第一个符合“使用”条件的服务器。</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="41"/>
        <source>Any server that answers</source>
        <translation>任何有响应的服务器</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="42"/>
        <source>A server that accepts writes (read-write)</source>
        <translation>接受写入的服务器（read-write）</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="43"/>
        <source>The primary (primary)</source>
        <translation>主库（primary）</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="44"/>
        <source>A standby, else the primary (prefer-standby)</source>
        <translation>优先备库，否则主库（prefer-standby）</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="45"/>
        <source>A standby only (standby)</source>
        <translation>仅备库（standby）</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="46"/>
        <source>A read-only server (read-only)</source>
        <translation>只读服务器（read-only）</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="53"/>
        <source>Use:</source>
        <translation>使用：</translation>
    </message>
    <message>
        <location filename="../ui/hostlisteditor.cpp" line="173"/>
        <source>Make this the first host</source>
        <translation>设为第一个主机</translation>
    </message>
</context>
<context>
    <name>catalog::ImageFetchLauncher</name>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="26"/>
        <source>Fetching missing images</source>
        <translation>正在抓取缺失的图片</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="26"/>
        <source>Fetching images</source>
        <translation>正在抓取图片</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="30"/>
        <source>%1 / %2 images</source>
        <translation>%1 / %2 张图片</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="42"/>
        <location filename="../ui/imagefetchlauncher.cpp" line="56"/>
        <source>Fetch images</source>
        <translation>抓取图片</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="42"/>
        <source>The image fetch stopped: %1</source>
        <translation>图片抓取已停止：%1</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="45"/>
        <source>Images: %1 stored, %2 unchanged, %3 failed%4.</source>
        <translation>图片：已存储 %1，未变 %2，失败 %3%4。</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="49"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="55"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/imagefetchlauncher.cpp" line="59"/>
        <source>Each failed image shows its reason in the product&apos;s gallery and in Sync history.</source>
        <translation>每张失败的图片都会在商品图库和同步历史中显示原因。</translation>
    </message>
</context>
<context>
    <name>catalog::ImageGallery</name>
    <message>
        <location filename="../ui/imagegallery.cpp" line="114"/>
        <location filename="../ui/imagegallery.cpp" line="153"/>
        <location filename="../ui/imagegallery.cpp" line="286"/>
        <source>Main</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="114"/>
        <source>Detail %1</source>
        <translation>详情图 %1</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="117"/>
        <source>%1
Not fetched yet</source>
        <translation>%1
尚未抓取</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="157"/>
        <source>%1
%2 x %3 %4, %5</source>
        <translation>%1
%2 x %3 %4，%5</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="165"/>
        <source>%1
Failed</source>
        <translation>%1
失败</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="166"/>
        <source>%1
Fetch failed: %2</source>
        <translation>%1
抓取失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="194"/>
        <source>
The stored file cannot be read; run Maintenance &gt; Check Consistency</source>
        <translation>
无法读取已存储的文件；请运行 维护 &gt; 检查一致性</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="212"/>
        <location filename="../ui/imagegallery.cpp" line="223"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="213"/>
        <source>This image has not been fetched yet.</source>
        <translation>此图片尚未抓取。</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="214"/>
        <source>This image could not be fetched: %1</source>
        <translation>此图片无法抓取：%1</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="223"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="229"/>
        <source>%1 x %2 – %3</source>
        <translation>%1 x %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="254"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="256"/>
        <source>Fetch This Product&apos;s Images Again</source>
        <translation>重新抓取此商品的图片</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="257"/>
        <source>Delete Image…</source>
        <translation>删除图片…</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="264"/>
        <location filename="../ui/imagegallery.cpp" line="278"/>
        <source>Delete image</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="265"/>
        <source>Delete this image (its row and its file)?
%1

It is fetched again the next time this product&apos;s images are fetched, as long as the product names it.</source>
        <translation>删除此图片（记录及文件）？
%1

只要商品仍引用它，下次抓取此商品图片时会重新抓取。</translation>
    </message>
    <message>
        <location filename="../ui/imagegallery.cpp" line="278"/>
        <source>The image was not deleted: %1</source>
        <translation>图片未删除：%1</translation>
    </message>
</context>
<context>
    <name>catalog::ImageTableModel</name>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="20"/>
        <source>Product ID</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="21"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="22"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="23"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="24"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="25"/>
        <source>Stored file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="26"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="52"/>
        <source>Main</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="52"/>
        <source>Detail</source>
        <translation>详情图</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="61"/>
        <source>not downloaded</source>
        <translation>未下载</translation>
    </message>
</context>
<context>
    <name>catalog::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="33"/>
        <location filename="../ui/importdialog.cpp" line="168"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="60"/>
        <source>A CSV, JSON Lines or JSON file</source>
        <translation>CSV、JSON Lines 或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="65"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>Detect from the file</source>
        <translation>根据文件自动识别</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>1688sync crawler items (JSON Lines)</source>
        <translation>1688sync 爬虫数据（JSON Lines）</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="73"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="76"/>
        <source>Detect (UTF-8, UTF-16 by BOM, else GB18030)</source>
        <translation>自动识别（UTF-8；有 BOM 时为 UTF-16；否则 GB18030）</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="80"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="86"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="87"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="88"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="89"/>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="91"/>
        <source>Double quote &quot;</source>
        <translation>双引号 &quot;</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="92"/>
        <source>Single quote &apos;</source>
        <translation>单引号 &apos;</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95"/>
        <source>Quote:</source>
        <translation>引号：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="98"/>
        <source>CSV delimiter:</source>
        <translation>CSV 分隔符：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="105"/>
        <source>Insert new products, update existing ones</source>
        <translation>新增商品并更新已有商品</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="107"/>
        <source>Insert new products only; reject existing ones</source>
        <translation>只新增商品；已有商品视为错误</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="109"/>
        <source>Insert new products; leave existing ones untouched</source>
        <translation>新增商品；已有商品保持不变</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="110"/>
        <source>Existing products:</source>
        <translation>已有商品：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="112"/>
        <source>Only check the file (dry run): nothing is written</source>
        <translation>只检查文件（试运行）：不写入任何数据</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="119"/>
        <source>Columns (CSV): which catalog field each column fills</source>
        <translation>列（CSV）：每列对应的目录字段</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="123"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="123"/>
        <source>Catalog field</source>
        <translation>目录字段</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="128"/>
        <source>Preview: the first 20 rows as the import reads them</source>
        <translation>预览：导入时读取到的前 20 行</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="48"/>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="165"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="169"/>
        <source>Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>目录文件 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="211"/>
        <source>Review changes…</source>
        <translation>查看差异…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="214"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="270"/>
        <source>Choose a file to see its first rows.</source>
        <translation>选择文件以查看其前几行。</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="303"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="321"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="323"/>
        <source>%1 (ignored)</source>
        <translation>%1（忽略）</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="327"/>
        <source>Would be rejected because</source>
        <translation>将被拒绝的原因</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="339"/>
        <source>; </source>
        <comment>between problems of a row</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="351"/>
        <source>%1, %2: %n row(s) shown, %3 would be rejected.</source>
        <translation>
            <numerusform>%1，%2：显示 %n 行，其中 %3 行将被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="355"/>
        <source>(Only the beginning of the file was read for the preview.)</source>
        <translation>（预览仅读取了文件开头部分。）</translation>
    </message>
</context>
<context>
    <name>catalog::ImportDiffModel</name>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="27"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="154"/>
        <source>New (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="156"/>
        <source>Changed (%1)</source>
        <translation>更新（%1）</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="158"/>
        <source>Unchanged (%1)</source>
        <translation>未变（%1）</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="160"/>
        <source>Rejected (%1)</source>
        <translation>拒绝（%1）</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="171"/>
        <source>Deleted in the catalog: the import updates it and it stays deleted.</source>
        <translation>已在目录中删除：导入会更新该商品，但它仍保持删除状态。</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="176"/>
        <source>%1 · %2 (deleted)</source>
        <translation>%1 · %2（已删除）</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="192"/>
        <source>The stored value is kept.</source>
        <translation>保留目录中的值。</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="192"/>
        <source>The file&apos;s value is written.</source>
        <translation>写入文件中的值。</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="297"/>
        <source>Product / field</source>
        <translation>商品 / 字段</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="299"/>
        <source>In the catalog</source>
        <translation>目录中的值</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="301"/>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../models/importdiffmodel.cpp" line="303"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>catalog::ImportDiffPage</name>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="38"/>
        <source>Cancel comparing</source>
        <translation>取消比较</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="59"/>
        <source>Untick a product to leave it alone, or a changed field to keep the catalog&apos;s value. The counts follow your ticks.</source>
        <translation>取消勾选商品即不导入该商品；取消勾选有变化的字段即保留目录中的值。统计数字随勾选即时更新。</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="93"/>
        <source>Comparing %1 with the catalog…</source>
        <translation>正在将 %1 与目录进行比较…</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="101"/>
        <source>Comparing %1</source>
        <translation>正在比较 %1</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="156"/>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="167"/>
        <source>Cancelled: only the beginning of the file was compared; the import reads all of it.</source>
        <translation>已取消：只比较了文件的开头部分；导入时会读取整个文件。</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="169"/>
        <source>Only the first %1 products are listed; the counts cover all %2 rows of the file.</source>
        <translation>仅列出前 %1 个商品；统计数字涵盖文件的全部 %2 行。</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="171"/>
        <source>Compared at %1 with the catalog as it was then. If someone changes it meanwhile, the import meets those rows as they are then, row by row, as any import does.</source>
        <translation>已于 %1 与当时的目录进行比较。如果在此期间有人修改了目录，导入时会像平常一样，按这些行届时的状态逐行处理。</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="185"/>
        <source>The import will do this: %1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>本次导入将：新增 %1，更新 %2，未变 %3，拒绝 %4</translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="189"/>
        <source>, %1 skipped (they exist)</source>
        <translation>，跳过 %1（已存在）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdiffpage.cpp" line="195"/>
        <source>; left alone: %n product(s)</source>
        <translation>
            <numerusform>；不导入：%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdiffpage.cpp" line="196"/>
        <source>, %n field(s) kept as in the catalog</source>
        <translation>
            <numerusform>，%n 个字段保留目录中的值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdiffpage.cpp" line="198"/>
        <source>%1.</source>
        <comment>the summary, a sentence</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>catalog::JobsPage</name>
    <message>
        <location filename="../ui/jobspage.cpp" line="28"/>
        <location filename="../ui/jobspage.cpp" line="60"/>
        <source>&amp;Stop Job</source>
        <translation>停止任务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="29"/>
        <location filename="../ui/jobspage.cpp" line="61"/>
        <source>Save &amp;Report as CSV…</source>
        <translation>将报告另存为 CSV(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="46"/>
        <location filename="../ui/jobspage.cpp" line="50"/>
        <source>Save job report</source>
        <translation>保存任务报告</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="47"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="81"/>
        <source>&lt;p&gt;Select a job to see its report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个任务以查看其报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="90"/>
        <source>The job has ended.</source>
        <translation>该任务已结束。</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="91"/>
        <source>Cancel the job: what it committed stays (whole batches).</source>
        <translation>取消该任务：已提交的内容（整批）会保留。</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="92"/>
        <source>Run by another process (%1); stop it there.</source>
        <translation>由另一个进程（%1）运行，请在那里停止。</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="104"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="105"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="107"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="108"/>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="109"/>
        <source>Succeeded</source>
        <translation>成功数</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="110"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="113"/>
        <source>&lt;h4&gt;Problems&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;问题&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="117"/>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;… and %1 more&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=2&gt;… 另有 %1 条&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="143"/>
        <source>No job is selected.</source>
        <translation>未选择任务。</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="156"/>
        <location filename="../ui/jobspage.cpp" line="174"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>catalog::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Catalog Admin [*]</source>
        <translation>商品目录管理 [*]</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Sync history</source>
        <translation>同步历史记录</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n 项未保存的更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>Restore complete and verified against the backup&apos;s checksums.</source>
        <translation>恢复完成，并已按备份校验和核对。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Connect to Database…</source>
        <translation>连接数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Recent Connections</source>
        <translation>最近连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Load &amp;Demo Data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;Save Changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Re&amp;vert Changes</source>
        <translation>还原更改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>&amp;Add Row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>D&amp;uplicate Row</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>&amp;Delete Rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Res&amp;tore Deleted Rows</source>
        <translation>恢复已删除的行(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>&amp;History of Row…</source>
        <translation>此行的历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>&amp;Maintenance</source>
        <translation>维护(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>R&amp;estore from Backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>&amp;Purge…</source>
        <translation>清除(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Saved &amp;Views</source>
        <translation>已保存视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>The database answers again; the tables were reloaded.</source>
        <translation>数据库已恢复响应；表格已重新加载。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>Save your %n unsaved change(s) now.</source>
        <translation>
            <numerusform>请立即保存您的 %n 项未保存更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <location filename="../ui/mainwindow.cpp" line="731"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;Check Consistency…</source>
        <translation>一致性检查(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Optimise Database…</source>
        <translation>优化数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Statistics…</source>
        <translation>统计信息(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Show &amp;Deleted Rows</source>
        <translation>显示已删除的行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&amp;About Catalog Admin</source>
        <translation>关于商品目录管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>About Catalog Admin</source>
        <translation>关于商品目录管理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>&lt;h3&gt;Catalog Admin %1&lt;/h3&gt;&lt;p&gt;Administration of the wholesale product catalog: products, suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite database.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;商品目录管理 %1&lt;/h3&gt;&lt;p&gt;批发商品目录管理工具：管理商品、供应商、图片以及导入和同步的历史记录，支持 PostgreSQL 数据库或嵌入式 SQLite 数据库。&lt;/p&gt;&lt;p&gt;当前已连接到 %2。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>%n unsaved change(s) will be lost. Continue?</source>
        <translation>
            <numerusform>%n 项未保存的更改将会丢失。是否继续？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>A job is running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>&quot;%1&quot; is still running. Cancel it and quit? Work already committed is kept.</source>
        <translation>“%1”仍在运行。要取消它并退出吗？已提交的工作会保留。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>%n change(s) have not been saved. Quit and discard them?</source>
        <translation>
            <numerusform>有 %n 项更改尚未保存。是否放弃这些更改并退出？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Fetch &amp;Images of Selected Products</source>
        <translation>抓取所选商品的图片(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>Select products on the Products page first.</source>
        <translation>请先在商品页选择商品。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Fetch &amp;Missing Images</source>
        <translation>抓取缺失的图片(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>&quot;%1&quot; is still running. Wait for it to finish or cancel it first.</source>
        <translation>“%1”仍在运行。请等待其完成或先取消。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Clean &amp;Up Backups…</source>
        <translation>清理备份(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Wait for &quot;%1&quot; to finish first.</source>
        <translation>请先等待“%1”完成。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>%1 products, %2 suppliers</source>
        <translation>%1 个商品，%2 家供应商</translation>
    </message>
</context>
<context>
    <name>catalog::MaintenanceController</name>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="34"/>
        <source>The database takes %1; about %2 dead rows or free pages could be reclaimed.</source>
        <translation>数据库占用 %1；大约有 %2 个无效行或空闲页可以回收。</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="37"/>
        <location filename="../ui/maintenancecontroller.cpp" line="53"/>
        <source>Optimise database</source>
        <translation>优化数据库</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="38"/>
        <source>%1

Optimising reclaims that space and refreshes the query planner&apos;s statistics. It runs in the background; other users may notice it on a large database. Start now?</source>
        <translation>%1

优化会回收这些空间并刷新查询优化器的统计信息。它在后台运行；数据库较大时其他用户可能会感觉到变慢。现在开始吗？</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="46"/>
        <source>Optimising the database</source>
        <translation>正在优化数据库</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="59"/>
        <source>Database optimised in %1 s: %2 → %3.</source>
        <translation>数据库优化完成，用时 %1 秒：%2 → %3。</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="79"/>
        <source>Welcome to Catalog Admin</source>
        <translation>欢迎使用商品目录管理</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="80"/>
        <source>The catalog is empty. Load demo data — a few thousand products with pictures from a few hundred suppliers — to try things out?

You can also connect to your own database with File ▸ Connect to Database.</source>
        <translation>商品目录为空。是否加载演示数据（来自数百家供应商的数千个带图片的商品）来试用一下？

您也可以通过“文件 ▸ 连接数据库”连接到您自己的数据库。</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="93"/>
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
    <message>
        <location filename="../ui/maintenancecontroller.cpp" line="105"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>catalog::OutageBanner</name>
    <message>
        <location filename="../ui/outagebanner.cpp" line="19"/>
        <location filename="../ui/outagebanner.cpp" line="93"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outagebanner.cpp" line="107"/>
        <source>Database unreachable since %1 — your %n unsaved change(s) are kept; retrying…</source>
        <translation>
            <numerusform>自 %1 起无法连接数据库 — 您的 %n 项未保存更改已保留；正在重试…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="110"/>
        <source>Database unreachable since %1 — retrying…</source>
        <translation>自 %1 起无法连接数据库 — 正在重试…</translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="112"/>
        <source>The window goes on by itself when the database answers again.</source>
        <translation>数据库恢复响应后，窗口会自动继续工作。</translation>
    </message>
    <message>
        <location filename="../ui/outagebanner.cpp" line="113"/>
        <source>%1
The window goes on by itself when the database answers again; save then.</source>
        <translation>%1
数据库恢复响应后，窗口会自动继续工作；届时再保存。</translation>
    </message>
</context>
<context>
    <name>catalog::PagedTableModel</name>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="253"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="309"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="309"/>
        <source>Add %n rows</source>
        <translation>
            <numerusform>添加 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="319"/>
        <source>Duplicate row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="348"/>
        <source>Row %1 is not loaded yet; wait a moment and try again</source>
        <translation>第 %1 行尚未加载，请稍候再试</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="360"/>
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="360"/>
        <source>Delete %n rows</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="390"/>
        <source>Restore row</source>
        <translation>恢复行</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="390"/>
        <source>Restore %n rows</source>
        <translation>
            <numerusform>恢复 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="759"/>
        <location filename="../models/pagedtablemodel.cpp" line="769"/>
        <source>This table is read-only</source>
        <translation>此表为只读</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="781"/>
        <source>This table has no history</source>
        <translation>此表没有历史记录</translation>
    </message>
</context>
<context>
    <name>catalog::ProductDelegate</name>
    <message>
        <location filename="../ui/productdelegate.cpp" line="26"/>
        <location filename="../ui/productdelegate.cpp" line="35"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/productdelegate.cpp" line="76"/>
        <source>Type to search suppliers…</source>
        <translation>输入以搜索供应商…</translation>
    </message>
    <message>
        <location filename="../ui/productdelegate.cpp" line="140"/>
        <source>Choose a supplier from the suggestions (&quot;%1&quot; is not one)</source>
        <translation>请从建议列表中选择供应商（“%1”不在列表中）</translation>
    </message>
</context>
<context>
    <name>catalog::ProductExtraFilters</name>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="68"/>
        <source>Any quality</source>
        <translation>全部数据质量</translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="71"/>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="73"/>
        <source>Only products that have this data-quality problem</source>
        <translation>只显示存在此数据质量问题的商品</translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="75"/>
        <source>Any currency</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="76"/>
        <source>Specification: name or name=value</source>
        <translation>规格参数：参数名 或 参数名=参数值</translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="78"/>
        <source>Products that have this specification (e.g. 材质), or this value for it (e.g. 材质=不锈钢)</source>
        <translation>含有此规格参数的商品（例如 材质），或此参数为指定值的商品（例如 材质=不锈钢）</translation>
    </message>
    <message>
        <location filename="../ui/productextrafilters.cpp" line="74"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
</context>
<context>
    <name>catalog::ProductTableModel</name>
    <message>
        <location filename="../models/producttablemodel.cpp" line="49"/>
        <source>Pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="51"/>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="53"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="55"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="63"/>
        <source>No main image</source>
        <translation>缺少主图</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="65"/>
        <source>Main image not stored</source>
        <translation>主图未下载</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="67"/>
        <source>No specifications</source>
        <translation>缺少规格参数</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="69"/>
        <source>Title under %1 characters</source>
        <translation>标题少于 %1 个字</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="71"/>
        <source>Highest price over %1 × the lowest</source>
        <translation>最高价超过最低价的 %1 倍</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="73"/>
        <source>No supplier</source>
        <translation>缺少供应商</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="77"/>
        <source>Not synced for a long time</source>
        <translation>长时间未同步</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="88"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="89"/>
        <source>Source ID</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="90"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="91"/>
        <source>Price from</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="92"/>
        <source>Price to</source>
        <translation>最高价</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="93"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="94"/>
        <source>MOQ</source>
        <translation>起订量</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="95"/>
        <location filename="../models/producttablemodel.cpp" line="118"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="96"/>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="97"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="99"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="100"/>
        <source>Updated by</source>
        <translation>更新人</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="101"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="102"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="103"/>
        <source>Main image</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="104"/>
        <source>Specifications</source>
        <translation>规格参数</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="105"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="106"/>
        <source>Quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="120"/>
        <source>Detail images</source>
        <translation>详情图片</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="139"/>
        <source>No picture stored yet (Data ▸ Fetch Images of Selected Products)</source>
        <translation>尚未存储图片（数据 ▸ 抓取所选商品的图片）</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="164"/>
        <source>No data-quality problem</source>
        <translation>无数据质量问题</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="264"/>
        <source>This column cannot be edited</source>
        <translation>此列不可编辑</translation>
    </message>
</context>
<context>
    <name>catalog::ProductsPage</name>
    <message>
        <location filename="../ui/productspage.cpp" line="43"/>
        <location filename="../ui/productspage.cpp" line="204"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="91"/>
        <location filename="../ui/productspage.cpp" line="198"/>
        <source>Search title or source ID…</source>
        <translation>搜索标题或来源 ID…</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="96"/>
        <location filename="../ui/productspage.cpp" line="199"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="100"/>
        <location filename="../ui/productspage.cpp" line="202"/>
        <source>Any supplier</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="105"/>
        <location filename="../ui/productspage.cpp" line="205"/>
        <source>Updated since</source>
        <translation>更新时间不早于</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="110"/>
        <location filename="../ui/productspage.cpp" line="206"/>
        <source>Active rows</source>
        <translation>未删除的行</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="111"/>
        <location filename="../ui/productspage.cpp" line="206"/>
        <source>Deleted rows</source>
        <translation>已删除的行</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="112"/>
        <location filename="../ui/productspage.cpp" line="206"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="117"/>
        <location filename="../ui/productspage.cpp" line="209"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="163"/>
        <location filename="../ui/productspage.cpp" line="210"/>
        <source>&lt;b&gt;Specifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;规格参数&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="167"/>
        <location filename="../ui/productspage.cpp" line="211"/>
        <source>Add a specification</source>
        <translation>添加规格参数</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="170"/>
        <location filename="../ui/productspage.cpp" line="212"/>
        <source>Remove the selected specification</source>
        <translation>移除所选规格参数</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="175"/>
        <location filename="../ui/productspage.cpp" line="213"/>
        <source>Name</source>
        <translation>参数名</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="175"/>
        <location filename="../ui/productspage.cpp" line="213"/>
        <source>Value</source>
        <translation>参数值</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="187"/>
        <location filename="../ui/productspage.cpp" line="214"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation>&lt;b&gt;图片&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="241"/>
        <source>Choose a supplier from the suggestions</source>
        <translation>请从建议列表中选择供应商</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="278"/>
        <source>supplier #%1</source>
        <translation>供应商 #%1</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="306"/>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="307"/>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="314"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="316"/>
        <source>Source ID: %1</source>
        <translation>来源 ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="320"/>
        <source>Supplier: %1</source>
        <translation>供应商：%1</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="322"/>
        <source>Price: %1 – %2 %3</source>
        <translation>价格：%1 – %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="328"/>
        <source>Deleted %1</source>
        <translation>已于 %1 删除</translation>
    </message>
</context>
<context>
    <name>catalog::ProgressPanel</name>
    <message>
        <location filename="../ui/progresspanel.cpp" line="30"/>
        <location filename="../ui/progresspanel.cpp" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="31"/>
        <location filename="../ui/progresspanel.cpp" line="95"/>
        <source>Stop the job after the step it is doing; what it already saved is kept</source>
        <translation>在当前步骤完成后停止任务；已保存的内容将会保留</translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="105"/>
        <source>%1 — Cancelling…</source>
        <translation>%1 — 正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>catalog::PurgeDialog</name>
    <message>
        <location filename="../ui/purgedialog.cpp" line="20"/>
        <source>Products deleted more than</source>
        <translation>已删除的商品：删除超过</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="21"/>
        <source>History versions older than</source>
        <translation>历史版本：超过</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="22"/>
        <source>Job records older than</source>
        <translation>任务记录：超过</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="27"/>
        <location filename="../ui/purgedialog.cpp" line="55"/>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="30"/>
        <source>Removes for good what the catalog no longer keeps. Products go with their image rows, their image files (unless another product&apos;s image uses the same file) and their history. It runs in batches; cancelling keeps what the finished batches removed. Take a backup first if you may need any of it.</source>
        <translation>永久删除目录不再保留的数据。商品会连同其图片记录、图片文件（除非另一商品的图片使用同一文件）及其历史记录一起删除。清除分批进行；取消时，已完成的批次所删除的内容不会恢复。如果可能还需要其中的数据，请先备份。</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="44"/>
        <source>keeping the newest</source>
        <translation>每个商品和供应商保留最新的</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="46"/>
        <source>versions of every product and supplier</source>
        <translation>个版本</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="88"/>
        <source>days ago</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="88"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="118"/>
        <source>Choose at least one kind of data to purge.</source>
        <translation>请至少选择一种要清除的数据。</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="121"/>
        <source>Counting what this would remove…</source>
        <translation>正在统计将删除的内容…</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="137"/>
        <source>Cannot count what purge would remove: %1</source>
        <translation>无法统计清除将删除的内容：%1</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="145"/>
        <source>%1 deleted products, with %2 image rows, %3 image files and %4 history rows</source>
        <translation>%1 个已删除商品，含 %2 条图片记录、%3 个图片文件和 %4 条历史记录</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="149"/>
        <source>%1 old history versions</source>
        <translation>%1 个旧历史版本</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="151"/>
        <source>%1 job records</source>
        <translation>%1 条任务记录</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="152"/>
        <source>Nothing to purge with these limits.</source>
        <translation>按这些条件没有要清除的内容。</translation>
    </message>
    <message>
        <location filename="../ui/purgedialog.cpp" line="153"/>
        <source>Purge would remove:</source>
        <translation>清除将删除：</translation>
    </message>
</context>
<context>
    <name>catalog::PurgeLauncher</name>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="24"/>
        <source>Purge cancelled: what the finished batches removed stays removed.</source>
        <translation>清除已取消：已完成的批次所删除的内容不会恢复。</translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="35"/>
        <location filename="../ui/purgelauncher.cpp" line="71"/>
        <location filename="../ui/purgelauncher.cpp" line="84"/>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="36"/>
        <source>“%1” is still running. Purge when it has finished.</source>
        <translation>“%1”仍在运行。请在它完成后再清除。</translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="52"/>
        <source>Purging</source>
        <translation>正在清除</translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="72"/>
        <source>The purge stopped: %1

The batches finished before stay purged.</source>
        <translation>清除已中止：%1

之前已完成的批次仍保持已清除。</translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="78"/>
        <source>Purged %1 products (%2 image files), %3 history versions and %4 job records.</source>
        <translation>已清除 %1 个商品（%2 个图片文件）、%3 个历史版本和 %4 条任务记录。</translation>
    </message>
    <message>
        <location filename="../ui/purgelauncher.cpp" line="82"/>
        <source>Purge cancelled: %1 What the finished batches removed stays removed.</source>
        <translation>清除已取消：%1 已完成的批次所删除的内容不会恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purgelauncher.cpp" line="85"/>
        <source>%1

%n image file(s) could not be deleted:
%2</source>
        <translation>
            <numerusform>%1

有 %n 个图片文件无法删除：
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::ReadServerFields</name>
    <message>
        <location filename="../ui/readserverfields.cpp" line="15"/>
        <source>Browse from standby</source>
        <translation>从备库浏览</translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="20"/>
        <source>Pages, counts, statistics and exports read from a hot standby; every change still goes to the server above. After you save, reads stay on the primary until the standby has your change.</source>
        <translation>页面、计数、统计和导出从热备库读取；所有修改仍发送到上面的服务器。保存后，在备库获得你的修改之前，读取会留在主库上。</translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="24"/>
        <source>standby host:port or postgresql://…</source>
        <translation>备库 host:port 或 postgresql://…</translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="71"/>
        <source>Name the standby (host:port) or clear &quot;Browse from standby&quot;.</source>
        <translation>请填写备库（host:port），或取消勾选“从备库浏览”。</translation>
    </message>
    <message>
        <location filename="../ui/readserverfields.cpp" line="76"/>
        <source>A standby is a PostgreSQL server.</source>
        <translation>备库必须是 PostgreSQL 服务器。</translation>
    </message>
</context>
<context>
    <name>catalog::ReadServerIndicator</name>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="53"/>
        <source>standby %1 unreachable</source>
        <translation>备库 %1 无法连接</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="55"/>
        <source>read server %1 is no standby</source>
        <translation>读服务器 %1 不是备库</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="57"/>
        <source>standby %1, lag %2 s</source>
        <translation>备库 %1，延迟 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="59"/>
        <source>standby %1</source>
        <translation>备库 %1</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="60"/>
        <source>reads: standby</source>
        <translation>读取：备库</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="61"/>
        <source>reads: primary until replayed</source>
        <translation>读取：主库（直到备库重放）</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="62"/>
        <source>reads: primary</source>
        <translation>读取：主库</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="63"/>
        <source>Primary %1 · %2 · %3</source>
        <translation>主库 %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="74"/>
        <source>Browsing, counts, statistics and exports read from the standby; every change goes to the primary.</source>
        <translation>浏览、计数、统计和导出从备库读取；所有修改都发送到主库。</translation>
    </message>
    <message>
        <location filename="../ui/readserverindicator.cpp" line="77"/>
        <source>Replication lag: %1 of WAL</source>
        <translation>复制延迟：WAL %1</translation>
    </message>
</context>
<context>
    <name>catalog::ReviewChangesDialog</name>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="26"/>
        <source>Don&apos;t ask again: save at once</source>
        <translation>不再询问，直接保存</translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="28"/>
        <source>Review Changes</source>
        <translation>确认更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewchangesdialog.cpp" line="31"/>
        <source>&lt;b&gt;%n change(s) to %1 will be saved in one transaction.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;将在同一个事务中保存对%1的 %n 项更改。&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="36"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="36"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="36"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="40"/>
        <source>new row</source>
        <translation>新行</translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="42"/>
        <source>%1: %2</source>
        <comment>kind of change: row</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/reviewchangesdialog.cpp" line="58"/>
        <source>Nothing is saved; your changes stay pending.</source>
        <translation>不保存任何内容；您的更改仍保留为未保存状态。</translation>
    </message>
</context>
<context>
    <name>catalog::SavedViewsBar</name>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="51"/>
        <source>Saved views: a filter, a sort and the columns, kept in the database</source>
        <translation>已保存视图：筛选条件、排序和列设置，保存在数据库中</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="52"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="53"/>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="55"/>
        <location filename="../ui/savedviewsbar.cpp" line="74"/>
        <source>(no saved view)</source>
        <translation>（未使用视图）</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="78"/>
        <source>Shared with everyone</source>
        <translation>已与所有人共享</translation>
    </message>
</context>
<context>
    <name>catalog::SavedViewsController</name>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="172"/>
        <source>The saved view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="184"/>
        <source>The view &quot;%1&quot; was applied without %2: this version does not have them.</source>
        <translation>已应用视图“%1”，但未包含 %2：当前版本没有这些项。</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="353"/>
        <source>This page has no saved views</source>
        <translation>此页面不支持已保存视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="361"/>
        <source>&amp;Save View</source>
        <translation>保存视图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="363"/>
        <source>Save View &amp;As…</source>
        <translation>视图另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="364"/>
        <source>&amp;Rename View…</source>
        <translation>重命名视图(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="365"/>
        <source>&amp;Delete View</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="366"/>
        <source>Set as De&amp;fault</source>
        <translation>设为默认视图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="371"/>
        <source>S&amp;hared with Everyone</source>
        <translation>与所有人共享(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="377"/>
        <source>(%1&apos;s view: save it under a name of your own to change it)</source>
        <translation>（%1 的视图：如需修改，请以您自己的名称另存）</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="381"/>
        <source>No saved views yet</source>
        <translation>尚无已保存视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="381"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="393"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="395"/>
        <source>Save View As</source>
        <translation>视图另存为</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="395"/>
        <source>Name of the new view:</source>
        <translation>新视图名称：</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="406"/>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="407"/>
        <source>New name of &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="416"/>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="418"/>
        <source>Delete the shared view &quot;%1&quot;? Nobody will see it any more.</source>
        <translation>要删除共享视图“%1”吗？删除后所有人都将看不到它。</translation>
    </message>
    <message>
        <location filename="../ui/savedviewscontroller.cpp" line="419"/>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation>要删除视图“%1”吗？</translation>
    </message>
</context>
<context>
    <name>catalog::SessionGuard</name>
    <message>
        <location filename="../ui/sessionguard.cpp" line="26"/>
        <source>rights unknown</source>
        <translation>权限未知</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="28"/>
        <source>The privileges of this connection could not be read: %1</source>
        <translation>无法读取此连接的权限：%1</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="81"/>
        <source>checking rights…</source>
        <translation>正在检查权限…</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="113"/>
        <source>Only the catalog&apos;s administrators (catalog_admin) may do this; %1 is not one</source>
        <translation>只有目录管理员（catalog_admin）可以执行此操作；%1 不是管理员</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="115"/>
        <source>The database role %1 may not do this</source>
        <translation>数据库角色 %1 不能执行此操作</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="146"/>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="147"/>
        <source>encrypted (%1)</source>
        <translation>已加密（%1）</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="148"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="150"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="152"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="155"/>
        <source>SQLite file on this computer: nothing travels over a network</source>
        <translation>本机上的 SQLite 文件：不经过网络传输</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="156"/>
        <source>Encrypted with %1</source>
        <translation>已使用 %1 加密</translation>
    </message>
    <message>
        <location filename="../ui/sessionguard.cpp" line="157"/>
        <source>This connection is NOT encrypted: use sslmode=require or stricter</source>
        <translation>此连接未加密：请使用 sslmode=require 或更严格的模式</translation>
    </message>
</context>
<context>
    <name>catalog::StartupConnector</name>
    <message>
        <location filename="../ui/startupconnector.cpp" line="23"/>
        <source>It cannot be reached: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="26"/>
        <source>Its schema could not be prepared: %1</source>
        <translation>无法初始化数据库架构：%1</translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="47"/>
        <source>The database %1 could not be opened.
%2</source>
        <translation>无法打开数据库 %1。
%2</translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="50"/>
        <source>Connect to Database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <location filename="../ui/startupconnector.cpp" line="51"/>
        <source>Correct the connection or choose another one.</source>
        <translation>请修正连接设置，或选择其他连接。</translation>
    </message>
</context>
<context>
    <name>catalog::SupplierTableModel</name>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="26"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="27"/>
        <source>Source ID</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="28"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="29"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="30"/>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="31"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="32"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="33"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="34"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="35"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="36"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="37"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="38"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="39"/>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="40"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="41"/>
        <source>Updated by</source>
        <translation>更新人</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="42"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="126"/>
        <source>This column cannot be edited</source>
        <translation>此列不可编辑</translation>
    </message>
</context>
<context>
    <name>catalog::SuppliersPage</name>
    <message>
        <location filename="../ui/supplierspage.cpp" line="28"/>
        <location filename="../ui/supplierspage.cpp" line="81"/>
        <source>Search name, company or source ID…</source>
        <translation>搜索名称、公司名称或来源 ID…</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="31"/>
        <location filename="../ui/supplierspage.cpp" line="82"/>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="34"/>
        <location filename="../ui/supplierspage.cpp" line="83"/>
        <source>Active rows</source>
        <translation>未删除的行</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="35"/>
        <location filename="../ui/supplierspage.cpp" line="83"/>
        <source>Deleted rows</source>
        <translation>已删除的行</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="36"/>
        <location filename="../ui/supplierspage.cpp" line="83"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="63"/>
        <location filename="../ui/supplierspage.cpp" line="86"/>
        <source>&lt;b&gt;Products of this supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;该供应商的商品&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="138"/>
        <source>No supplier selected</source>
        <translation>未选择供应商</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="139"/>
        <source>Select a row to see its details and products.</source>
        <translation>选择一行以查看其详细信息和商品。</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="143"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="147"/>
        <source>Source ID: %1</source>
        <translation>来源 ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="149"/>
        <source>Location: %1</source>
        <translation>所在地：%1</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="152"/>
        <location filename="../ui/supplierspage.cpp" line="164"/>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="170"/>
        <source>Rating: %1</source>
        <translation>评分：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supplierspage.cpp" line="171"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::SyncRecordTableModel</name>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="21"/>
        <source>Full sync</source>
        <translation>全量同步</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="22"/>
        <source>Incremental sync</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="23"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="24"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="25"/>
        <source>Restore</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="26"/>
        <source>Consistency check</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="27"/>
        <source>Image fetch</source>
        <translation>图片抓取</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="28"/>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="29"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="30"/>
        <source>Optimisation</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="31"/>
        <source>Backup clean-up</source>
        <translation>备份清理</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="32"/>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="33"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="34"/>
        <source>Consistency repair</source>
        <translation>一致性修复</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="42"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="43"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="44"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="45"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="53"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="54"/>
        <source>Operation</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="56"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="57"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="58"/>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="59"/>
        <source>Succeeded</source>
        <translation>成功数</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="60"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="61"/>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="100"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>catalog::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="235"/>
        <source>The table could not be loaded: %1</source>
        <translation>无法加载表格数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="66"/>
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>已保存 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="138"/>
        <source>Rows cannot be added here.</source>
        <translation>此表不能添加行。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="155"/>
        <source>This row cannot be duplicated (not loaded yet, or the table is read-only).</source>
        <translation>无法复制此行（该行尚未加载，或此表为只读）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="177"/>
        <source>%n row(s) marked for deletion; Save to delete them.</source>
        <translation>
            <numerusform>已将 %n 行标记为删除；保存后才会删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="180"/>
        <source>Nothing to delete.</source>
        <translation>没有可删除的行。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="186"/>
        <source>Marked for restoring; Save to restore.</source>
        <translation>已标记为恢复；保存后才会恢复。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="188"/>
        <source>Select deleted rows to restore (View ▸ Show Deleted Rows).</source>
        <translation>请选择要恢复的已删除行（视图 ▸ 显示已删除的行）。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="196"/>
        <source>Select a saved row to see its history.</source>
        <translation>请选择一个已保存的行以查看其历史记录。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="222"/>
        <source>Not accepted: %1</source>
        <translation>输入无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="229"/>
        <source>The table could not be loaded: the database cannot be reached. Rows not loaded yet show placeholders until it answers again.</source>
        <translation>无法加载表格：无法连接数据库。尚未加载的行会显示占位符，直到数据库恢复响应。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="244"/>
        <source>Not saved: the database server cannot be reached. Your %n change(s) are kept; save again when the connection is back.</source>
        <translation>
            <numerusform>未保存：无法连接数据库服务器。您的 %n 项更改已保留；连接恢复后请再次保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="252"/>
        <location filename="../ui/tablepage.cpp" line="262"/>
        <source>Nothing was saved</source>
        <translation>未保存任何更改</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="253"/>
        <source>The disk that holds the database is full, so nothing was saved. Your changes are kept, unsaved: free space on that disk, then save again.

%1</source>
        <translation>存放数据库的磁盘已满，未保存任何内容。您的更改已保留（尚未保存）：请先释放该磁盘的空间，然后再次保存。

%1</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="263"/>
        <source>Your changes were not saved; they are kept, unsaved, so you can correct them.

%1%2</source>
        <translation>您的更改没有保存；它们仍保留为未保存状态，您可以修改后重试。

%1%2</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="264"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="274"/>
        <source>Your changes now apply to the stored version; Save to write them.</source>
        <translation>您的更改现已基于数据库中的版本；请保存以写入数据库。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="278"/>
        <source>Your changes to that row were discarded.</source>
        <translation>已放弃您对该行的更改。</translation>
    </message>
</context>
<context>
    <name>catalog::TransferController</name>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="37"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="37"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="54"/>
        <location filename="../ui/transfercontroller.cpp" line="76"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="54"/>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="59"/>
        <source>%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.</source>
        <translation>%1：读取 %2 行，新增 %3，更新 %4，未变 %5，跳过 %6，拒绝 %7%8。</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="63"/>
        <source> (cancelled: the batches before stay)</source>
        <translation>（已取消：之前已提交的批次保留）</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="66"/>
        <source>Left alone as chosen: %1 products, %2 stored fields kept.</source>
        <translation>已按您的选择未导入 %1 个商品，%2 个字段保留了目录中的值。</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="69"/>
        <source>Dry run, nothing written. </source>
        <translation>试运行，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="75"/>
        <source>line %1 [%2] %3: %4</source>
        <translation>第 %1 行 [%2] %3：%4</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="78"/>
        <source>Rejected rows are listed under Details and in Sync history.</source>
        <translation>被拒绝的行列在“详细信息”和同步历史记录中。</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="86"/>
        <location filename="../ui/transfercontroller.cpp" line="99"/>
        <location filename="../ui/transfercontroller.cpp" line="129"/>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="87"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="99"/>
        <source>Name the file *.csv or *.jsonl to choose the format.</source>
        <translation>请将文件命名为 *.csv 或 *.jsonl 以选择格式。</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="108"/>
        <source>Exporting products</source>
        <translation>正在导出商品</translation>
    </message>
    <message>
        <location filename="../ui/transfercontroller.cpp" line="127"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/transfercontroller.cpp" line="133"/>
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个商品导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Administration of the wholesale product catalog</source>
        <translation>批发商品目录管理工具</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation>数据库 URL（postgresql://… 或 sqlite:///…）</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46"/>
        <location filename="../app/main.cpp" line="53"/>
        <source>Catalog Admin</source>
        <translation>商品目录管理</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>No database was chosen; Catalog Admin quits.</source>
        <translation>未选择数据库，商品目录管理将退出。</translation>
    </message>
</context>
</TS>
