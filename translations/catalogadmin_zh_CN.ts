<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>catalog::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="18"/>
        <source>Someone else changed this row</source>
        <translation>此行已被他人修改</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="21"/>
        <source>&lt;b&gt;The row was saved by someone else after you loaded it.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Compare the two versions and choose which one to keep. Highlighted fields differ.</source>
        <translation>&lt;b&gt;在您加载此行之后，其他人保存了对它的修改。&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;请比较两个版本，并选择要保留的版本。高亮显示的字段存在差异。</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="29"/>
        <source>Stored version</source>
        <translation>数据库中的版本</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="50"/>
        <source>Keep my changes</source>
        <translation>保留我的更改</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="51"/>
        <source>Take the stored version</source>
        <translation>采用数据库中的版本</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="54"/>
        <source>Your edited fields are written over the stored version; its other fields are kept.</source>
        <translation>用您编辑过的字段覆盖数据库中的版本；该版本的其他字段保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="55"/>
        <source>Your changes to this row are discarded.</source>
        <translation>将放弃您对此行的更改。</translation>
    </message>
</context>
<context>
    <name>catalog::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>Connect to database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>Embedded SQLite file</source>
        <translation>嵌入式 SQLite 文件</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="76"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>Path of the catalog file; it is created if missing</source>
        <translation>商品目录数据库文件的路径；文件不存在时将自动创建</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="93"/>
        <source>Host name, address or socket folder (empty: libpq default)</source>
        <translation>主机名、IP 地址或套接字目录（留空：使用 libpq 默认值）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="97"/>
        <source>Default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="103"/>
        <source>Database name (empty: same as the user)</source>
        <translation>数据库名（留空：与用户名相同）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="106"/>
        <source>Empty: your operating-system user</source>
        <translation>留空：使用当前操作系统用户</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="110"/>
        <source>Empty: ~/.pgpass or no password</source>
        <translation>留空：使用 ~/.pgpass 或不使用密码</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="111"/>
        <source>Used for this session only; passwords are never saved</source>
        <translation>仅用于本次会话，不会保存密码</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Default (prefer)</source>
        <translation>默认（prefer）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="116"/>
        <source>Never encrypt</source>
        <translation>从不加密</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="117"/>
        <source>Encrypt only if the server insists</source>
        <translation>仅在服务器要求时加密</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="118"/>
        <source>Encrypt if the server can</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="119"/>
        <source>Always encrypt; do not check the certificate</source>
        <translation>始终加密；不验证证书</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>Always encrypt; check the certificate authority</source>
        <translation>始终加密；验证证书颁发机构（CA）</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="121"/>
        <source>Always encrypt; check the authority and the host name</source>
        <translation>始终加密；验证证书颁发机构和主机名</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db</source>
        <translation>postgresql://用户名@主机:端口/数据库名?sslmode=… 或 sqlite:///绝对路径.db</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="167"/>
        <source>&amp;Recent:</source>
        <translation>最近连接(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="168"/>
        <source>&amp;Engine:</source>
        <translation>数据库类型(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="169"/>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="170"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="171"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="172"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="173"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="174"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="175"/>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="177"/>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="182"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="210"/>
        <source>No recent connections</source>
        <translation>没有最近连接</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="210"/>
        <source>Choose a recent connection…</source>
        <translation>选择最近连接…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="316"/>
        <source>Choose the SQLite database file.</source>
        <translation>请选择 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="370"/>
        <source>Catalog database file</source>
        <translation>商品目录数据库文件</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="371"/>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="420"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="434"/>
        <source>Connected to %1 %2, round trip %3 ms.</source>
        <translation>已连接到 %1 %2，往返延迟 %3 毫秒。</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="439"/>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>catalog::ConsistencyDialog</name>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="22"/>
        <source>Products whose supplier does not exist</source>
        <translation>供应商不存在的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="24"/>
        <source>Active products whose supplier is deleted</source>
        <translation>供应商已删除的有效商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="26"/>
        <source>Duplicate suppliers (same source ID apart from case and spaces, or same name and company)</source>
        <translation>重复的供应商（来源 ID 仅大小写或空格不同，或名称与公司名称相同）</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="30"/>
        <source>Suppliers whose product count is wrong</source>
        <translation>商品数不正确的供应商</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="32"/>
        <source>Products whose lowest price is above the highest</source>
        <translation>最低价高于最高价的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="35"/>
        <source>Products whose image list or specifications are not valid JSON</source>
        <translation>图片列表或规格参数不是有效 JSON 的商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="38"/>
        <source>Active products without a main image</source>
        <translation>没有主图的有效商品</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="40"/>
        <source>Jobs still marked running after 6 hours</source>
        <translation>超过 6 小时仍标记为运行中的任务</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="52"/>
        <source>Check consistency</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="55"/>
        <source>Looks for data that breaks the catalog&apos;s rules. Nothing is changed until you choose Repair; every repair runs in one transaction and is recorded in the rows&apos; history.</source>
        <translation>查找违反目录规则的数据。在您选择“修复”之前不会做任何更改；每次修复都在一个事务中执行，并记录在相应行的历史记录中。</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="61"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="74"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="75"/>
        <source>Repair all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="86"/>
        <source>The repair failed and was rolled back: %1</source>
        <translation>修复失败，已回滚：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="122"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="132"/>
        <location filename="../ui/consistencydialog.cpp" line="147"/>
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="171"/>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="191"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../ui/consistencydialog.cpp" line="201"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistencydialog.cpp" line="202"/>
        <source>%Ln problem row(s) found.</source>
        <translation>
            <numerusform>发现 %Ln 行有问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::DemoData</name>
    <message numerus="yes">
        <location filename="../storage/demodata.cpp" line="46"/>
        <source>Demo data load cancelled: %n product(s) and %1 supplier(s) were loaded and kept.</source>
        <translation>
            <numerusform>已取消加载演示数据：已加载的 %n 个商品和 %1 家供应商均已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demodata.cpp" line="49"/>
        <source>Loaded %n demo product(s) from %1 supplier(s) in %2 s.</source>
        <translation>
            <numerusform>已加载 %n 个演示商品（来自 %1 家供应商），用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="71"/>
        <source>Demo data needs at least one supplier, zero or more products and a batch size of at least one (got %1 products, %2 suppliers, batches of %3).</source>
        <translation>加载演示数据要求：供应商至少 1 家，商品数不小于 0，每批数量至少为 1（当前为：%1 个商品，%2 家供应商，每批 %3 条）。</translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="80"/>
        <source>products and suppliers</source>
        <translation>商品和供应商</translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="81"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="82"/>
        <source>suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../storage/demodata.cpp" line="84"/>
        <source>The catalog %1 already contains %2 (possibly deleted ones). Demo data is only loaded into an empty catalog, so that it never mixes with real data.</source>
        <translation>商品目录 %1 中已存在%2（可能包括已删除的记录）。演示数据只会加载到空的商品目录中，以免与真实数据混在一起。</translation>
    </message>
    <message numerus="yes">
        <location filename="../storage/demodata.cpp" line="129"/>
        <source>Loading demo products %1 to %2 failed after %n product(s) were loaded: %3</source>
        <translation>
            <numerusform>加载第 %1 至 %2 个演示商品时失败（此前已成功加载 %n 个商品）：%3</numerusform>
        </translation>
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
        <location filename="../ui/historydialog.cpp" line="40"/>
        <source>History of %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>Change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="44"/>
        <source>Version before</source>
        <translation>变更前版本</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="57"/>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="66"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historydialog.cpp" line="83"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>共 %n 条变更记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="92"/>
        <source>The version could not be restored:
%1</source>
        <translation>无法恢复该版本：
%1</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="95"/>
        <source>Restored. The old values are now the current version.</source>
        <translation>已恢复。旧值现已成为当前版本。</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="111"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="124"/>
        <source>This entry records the creation; there are no earlier values.</source>
        <translation>此条目记录的是创建操作，没有更早的值。</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="140"/>
        <source>&lt;p&gt;Values before this change:&lt;/p&gt;</source>
        <translation>&lt;p&gt;此次变更前的值：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="151"/>
        <source>Write the values from before the change of %1 back as a new version?</source>
        <translation>是否将 %1 这次变更之前的值作为新版本写回？</translation>
    </message>
</context>
<context>
    <name>catalog::ImageTableModel</name>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="22"/>
        <source>Product ID</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="23"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="24"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="25"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="26"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="27"/>
        <source>Stored file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="28"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="75"/>
        <source>Main</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="75"/>
        <source>Detail</source>
        <translation>详情图</translation>
    </message>
    <message>
        <location filename="../models/imagetablemodel.cpp" line="84"/>
        <source>not downloaded</source>
        <translation>未下载</translation>
    </message>
</context>
<context>
    <name>catalog::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="20"/>
        <location filename="../ui/importdialog.cpp" line="71"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="24"/>
        <source>A CSV, JSON Lines or JSON file</source>
        <translation>CSV、JSON Lines 或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="26"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="29"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="32"/>
        <source>Detect from the file</source>
        <translation>根据文件自动识别</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="36"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="39"/>
        <source>Detect (UTF-8, UTF-16 by BOM, else GB18030)</source>
        <translation>自动识别（UTF-8；有 BOM 时为 UTF-16；否则 GB18030）</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="46"/>
        <source>Insert new products, update existing ones</source>
        <translation>新增商品并更新已有商品</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="48"/>
        <source>Insert new products only; reject existing ones</source>
        <translation>只新增商品；已有商品视为错误</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50"/>
        <source>Insert new products; leave existing ones untouched</source>
        <translation>新增商品；已有商品保持不变</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="51"/>
        <source>Existing products:</source>
        <translation>已有商品：</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="53"/>
        <source>Only check the file (dry run): nothing is written</source>
        <translation>只检查文件（试运行）：不写入任何数据</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57"/>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="68"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="72"/>
        <source>Catalog files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>目录文件 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>catalog::JobsPage</name>
    <message>
        <location filename="../ui/jobspage.cpp" line="45"/>
        <source>&lt;p&gt;Select a job to see its report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个任务以查看其报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="58"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="59"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="61"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="62"/>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="63"/>
        <source>Succeeded</source>
        <translation>成功数</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="64"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="67"/>
        <source>&lt;h4&gt;Problems&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;问题&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../ui/jobspage.cpp" line="71"/>
        <source>&lt;tr&gt;&lt;td colspan=2&gt;… and %1 more&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=2&gt;… 另有 %1 条&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>catalog::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Catalog Admin [*]</source>
        <translation>商品目录管理 [*]</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Sync history</source>
        <translation>同步历史记录</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>%1 — checking…</source>
        <translation>%1 — 正在检查…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Connect to Database…</source>
        <translation>连接数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Recent Connections</source>
        <translation>最近连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Load &amp;Demo Data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Save Changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Re&amp;vert Changes</source>
        <translation>还原更改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Add Row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>D&amp;uplicate Row</source>
        <translation>复制行(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Delete Rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Res&amp;tore Deleted Rows</source>
        <translation>恢复已删除的行(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>&amp;History of Row…</source>
        <translation>此行的历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>&amp;Maintenance</source>
        <translation>维护(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>R&amp;estore from Backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Check Consistency…</source>
        <translation>一致性检查(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Consistency check</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Optimise Database…</source>
        <translation>优化数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Statistics…</source>
        <translation>统计信息(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Show &amp;Deleted Rows</source>
        <translation>显示已删除的行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>The language changes when Catalog Admin is started again.</source>
        <translation>重新启动商品目录管理后，新的语言设置才会生效。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>&amp;About Catalog Admin</source>
        <translation>关于商品目录管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&lt;b style=&apos;color:#a86400&apos;&gt;%n unsaved change(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#a86400&apos;&gt;%n 项未保存的更改&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&lt;span style=&apos;color:#1e8c3a&apos;&gt;●&lt;/span&gt; %1 — connected, %2 ms</source>
        <translation>&lt;span style=&apos;color:#1e8c3a&apos;&gt;●&lt;/span&gt; %1 — 已连接，延迟 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>● %1 — not connected: %2</source>
        <translation>● %1 — 未连接：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>%1 is not available in this version yet.</source>
        <translation>当前版本尚不支持“%1”功能。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>Statistics</source>
        <translation>统计信息</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>The statistics could not be read:
%1</source>
        <translation>无法读取统计信息：
%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&lt;h3&gt;Catalog&lt;/h3&gt;&lt;p&gt;%1 products (%2 deleted), %3 suppliers, %4 images&lt;/p&gt;</source>
        <translation>&lt;h3&gt;商品目录&lt;/h3&gt;&lt;p&gt;%1 个商品（其中 %2 个已删除），%3 家供应商，%4 张图片&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&lt;h3&gt;Products by status&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;按状态统计商品&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>&lt;p&gt;Database size: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库大小：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>&lt;p&gt;Schema version %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库结构版本：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>About Catalog Admin</source>
        <translation>关于商品目录管理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&lt;h3&gt;Catalog Admin %1&lt;/h3&gt;&lt;p&gt;Administration of the wholesale product catalog: products, suppliers, images and the history of imports and syncs, on PostgreSQL or an embedded SQLite database.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;商品目录管理 %1&lt;/h3&gt;&lt;p&gt;批发商品目录管理工具：管理商品、供应商、图片以及导入和同步的历史记录，支持 PostgreSQL 数据库或嵌入式 SQLite 数据库。&lt;/p&gt;&lt;p&gt;当前已连接到 %2。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>%n unsaved change(s) will be lost. Continue?</source>
        <translation>
            <numerusform>%n 项未保存的更改将会丢失。是否继续？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>A job is running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&quot;%1&quot; is still running. Cancel it and quit? Work already committed is kept.</source>
        <translation>“%1”仍在运行。要取消它并退出吗？已提交的工作会保留。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>%n change(s) have not been saved. Quit and discard them?</source>
        <translation>
            <numerusform>有 %n 项更改尚未保存。是否放弃这些更改并退出？</numerusform>
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
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>&quot;%1&quot; is still running on the current database. Wait for it to finish or cancel it, then connect again.</source>
        <translation>“%1”仍在当前数据库上运行。请等待它完成或将其取消，然后再连接。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation>无法初始化数据库 %1：
%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>The database takes %1; about %2 dead rows or free pages could be reclaimed.</source>
        <translation>数据库占用 %1；大约有 %2 个无效行或空闲页可以回收。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>Optimise database</source>
        <translation>优化数据库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>%1

Optimising reclaims that space and refreshes the query planner&apos;s statistics. It runs in the background; other users may notice it on a large database. Start now?</source>
        <translation>%1

优化会回收这些空间并刷新查询优化器的统计信息。它在后台运行；数据库较大时其他用户可能会感觉到变慢。现在开始吗？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="653"/>
        <source>Database optimised in %1 s: %2 → %3.</source>
        <translation>数据库优化完成，用时 %1 秒：%2 → %3。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659"/>
        <source>Optimising the database</source>
        <translation>正在优化数据库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>%1: %2 rows read, %3 inserted, %4 updated, %5 unchanged, %6 skipped, %7 rejected%8.</source>
        <translation>%1：读取 %2 行，新增 %3，更新 %4，未变 %5，跳过 %6，拒绝 %7%8。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source> (cancelled: the batches before stay)</source>
        <translation>（已取消：之前已提交的批次保留）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="702"/>
        <source>Dry run, nothing written. </source>
        <translation>试运行，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>line %1 [%2] %3: %4</source>
        <translation>第 %1 行 [%2] %3：%4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>Rejected rows are listed under Details and in Sync history.</source>
        <translation>被拒绝的行列在“详细信息”和同步历史记录中。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="717"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="724"/>
        <location filename="../ui/mainwindow.cpp" line="736"/>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="725"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="736"/>
        <source>Name the file *.csv or *.jsonl to choose the format.</source>
        <translation>请将文件命名为 *.csv 或 *.jsonl 以选择格式。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="760"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="765"/>
        <source>Exported %Ln product(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个商品导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="771"/>
        <source>Exporting products</source>
        <translation>正在导出商品</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Welcome to Catalog Admin</source>
        <translation>欢迎使用商品目录管理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="780"/>
        <source>The catalog is empty. Load demo data — a few thousand products from a few hundred suppliers — to try things out?

You can also connect to your own database with File ▸ Connect to Database.</source>
        <translation>商品目录为空。是否加载演示数据（来自数百家供应商的数千个商品）来试用一下？

您也可以通过“文件 ▸ 连接数据库”连接到您自己的数据库。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="814"/>
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>%1 products, %2 suppliers</source>
        <translation>%1 个商品，%2 家供应商</translation>
    </message>
</context>
<context>
    <name>catalog::PagedTableModel</name>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="329"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="409"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="409"/>
        <source>Add %n rows</source>
        <translation>
            <numerusform>添加 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="419"/>
        <source>Duplicate row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="436"/>
        <source>Row %1 is not loaded yet; wait a moment and try again</source>
        <translation>第 %1 行尚未加载，请稍候再试</translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="448"/>
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="448"/>
        <source>Delete %n rows</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="474"/>
        <source>Restore row</source>
        <translation>恢复行</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/pagedtablemodel.cpp" line="474"/>
        <source>Restore %n rows</source>
        <translation>
            <numerusform>恢复 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/pagedtablemodel.cpp" line="900"/>
        <location filename="../models/pagedtablemodel.cpp" line="922"/>
        <source>This table is read-only</source>
        <translation>此表为只读</translation>
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
    <name>catalog::ProductTableModel</name>
    <message>
        <location filename="../models/producttablemodel.cpp" line="46"/>
        <source>Pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="48"/>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="50"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="52"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="59"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="60"/>
        <source>Source ID</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="61"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="62"/>
        <source>Price from</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="63"/>
        <source>Price to</source>
        <translation>最高价</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="64"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="65"/>
        <source>MOQ</source>
        <translation>起订量</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="66"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="67"/>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="68"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="70"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="71"/>
        <source>Updated by</source>
        <translation>更新人</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="72"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="73"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="74"/>
        <source>Main image</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../models/producttablemodel.cpp" line="75"/>
        <source>Specifications</source>
        <translation>规格参数</translation>
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
        <location filename="../ui/productspage.cpp" line="54"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="114"/>
        <source>Search title or source ID…</source>
        <translation>搜索标题或来源 ID…</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="118"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="122"/>
        <source>Any supplier</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="127"/>
        <source>Updated since</source>
        <translation>更新时间不早于</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="132"/>
        <source>Active rows</source>
        <translation>未删除的行</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="133"/>
        <source>Deleted rows</source>
        <translation>已删除的行</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="134"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="139"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="180"/>
        <source>&lt;b&gt;Specifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;规格参数&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="183"/>
        <source>Add a specification</source>
        <translation>添加规格参数</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="186"/>
        <source>Remove the selected specification</source>
        <translation>移除所选规格参数</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="191"/>
        <source>Name</source>
        <translation>参数名</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="191"/>
        <source>Value</source>
        <translation>参数值</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="203"/>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation>&lt;b&gt;图片&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="238"/>
        <source>Choose a supplier from the suggestions</source>
        <translation>请从建议列表中选择供应商</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="268"/>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="269"/>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="276"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="278"/>
        <source>Source ID: %1</source>
        <translation>来源 ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="282"/>
        <source>Supplier: %1</source>
        <translation>供应商：%1</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="284"/>
        <source>Price: %1 – %2 %3</source>
        <translation>价格：%1 – %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="288"/>
        <source>&lt;span style=&apos;color:#a00&apos;&gt;Deleted %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a00&apos;&gt;已于 %1 删除&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="312"/>
        <source>Main</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../ui/productspage.cpp" line="312"/>
        <source>Detail %1</source>
        <translation>详情图 %1</translation>
    </message>
</context>
<context>
    <name>catalog::ProgressPanel</name>
    <message>
        <location filename="../ui/progresspanel.cpp" line="29"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="30"/>
        <source>Stop the job after the step it is doing; what it already saved is kept</source>
        <translation>在当前步骤完成后停止任务；已保存的内容将会保留</translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="93"/>
        <source>%1 — Cancelling…</source>
        <translation>%1 — 正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/progresspanel.cpp" line="97"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>catalog::SupplierTableModel</name>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="27"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="28"/>
        <source>Source ID</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="30"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="31"/>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="32"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="33"/>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="34"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="35"/>
        <source>Updated by</source>
        <translation>更新人</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="36"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../models/suppliertablemodel.cpp" line="156"/>
        <source>This column cannot be edited</source>
        <translation>此列不可编辑</translation>
    </message>
</context>
<context>
    <name>catalog::SuppliersPage</name>
    <message>
        <location filename="../ui/supplierspage.cpp" line="26"/>
        <source>Search name, company or source ID…</source>
        <translation>搜索名称、公司名称或来源 ID…</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="29"/>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="32"/>
        <source>Active rows</source>
        <translation>未删除的行</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="33"/>
        <source>Deleted rows</source>
        <translation>已删除的行</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="34"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="61"/>
        <source>&lt;b&gt;Products of this supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;该供应商的商品&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="107"/>
        <source>No supplier selected</source>
        <translation>未选择供应商</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="108"/>
        <source>Select a row to see its details and products.</source>
        <translation>选择一行以查看其详细信息和商品。</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="112"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="116"/>
        <source>Source ID: %1</source>
        <translation>来源 ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/supplierspage.cpp" line="118"/>
        <source>Location: %1</source>
        <translation>所在地：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supplierspage.cpp" line="124"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog::SyncRecordTableModel</name>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="23"/>
        <source>Full sync</source>
        <translation>全量同步</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="25"/>
        <source>Incremental sync</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="27"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="29"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="31"/>
        <source>Restore</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="33"/>
        <source>Consistency check</source>
        <translation>一致性检查</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="40"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="42"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="44"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/syncrecordtablemodel.cpp" line="46"/>
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
        <location filename="../models/syncrecordtablemodel.cpp" line="121"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>catalog::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="58"/>
        <source>The table could not be loaded: %1</source>
        <translation>无法加载表格数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="63"/>
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>已保存 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="125"/>
        <source>Rows cannot be added here.</source>
        <translation>此表不能添加行。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="142"/>
        <source>This row cannot be duplicated (not loaded yet, or the table is read-only).</source>
        <translation>无法复制此行（该行尚未加载，或此表为只读）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="164"/>
        <source>%n row(s) marked for deletion; Save to delete them.</source>
        <translation>
            <numerusform>已将 %n 行标记为删除；保存后才会删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="167"/>
        <source>Nothing to delete.</source>
        <translation>没有可删除的行。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="173"/>
        <source>Marked for restoring; Save to restore.</source>
        <translation>已标记为恢复；保存后才会恢复。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="175"/>
        <source>Select deleted rows to restore (View ▸ Show Deleted Rows).</source>
        <translation>请选择要恢复的已删除行（视图 ▸ 显示已删除的行）。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="183"/>
        <source>Select a saved row to see its history.</source>
        <translation>请选择一个已保存的行以查看其历史记录。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="202"/>
        <source>This table has no history</source>
        <translation>此表没有历史记录</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="216"/>
        <source>Not accepted: %1</source>
        <translation>输入无效：%1</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="225"/>
        <source>Nothing was saved</source>
        <translation>未保存任何更改</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="226"/>
        <source>Your changes were not saved; they are kept, unsaved, so you can correct them.

%1%2</source>
        <translation>您的更改没有保存；它们仍保留为未保存状态，您可以修改后重试。

%1%2</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="227"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="237"/>
        <source>Your changes now apply to the stored version; Save to write them.</source>
        <translation>您的更改现已基于数据库中的版本；请保存以写入数据库。</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="241"/>
        <source>Your changes to that row were discarded.</source>
        <translation>已放弃您对该行的更改。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Administration of the wholesale product catalog</source>
        <translation>批发商品目录管理工具</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation>数据库 URL（postgresql://… 或 sqlite:///…）</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <location filename="../app/main.cpp" line="53"/>
        <source>Catalog Admin</source>
        <translation>商品目录管理</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation>无法初始化数据库 %1：
%2</translation>
    </message>
</context>
</TS>
