<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>catalog::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="18"/>
        <source>Catalog Admin</source>
        <translation>商品目录管理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="21"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="22"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>%1 — connected, %2 ms</source>
        <translation>%1 — 已连接，%2 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>%1 — not connected: %2</source>
        <translation>%1 — 未连接：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>The catalog could not be read: %1</source>
        <translation>无法读取商品目录：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>%1 products, %2 suppliers</source>
        <translation>%1 个商品，%2 家供应商</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>&lt;h2&gt;Catalog Admin&lt;/h2&gt;&lt;p&gt;%1 products from %2 suppliers, %3 images.&lt;/p&gt;&lt;p&gt;Schema version %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;商品目录管理&lt;/h2&gt;&lt;p&gt;共 %1 个商品，来自 %2 家供应商，%3 张图片。&lt;/p&gt;&lt;p&gt;数据库结构版本 %4。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>Administration of the wholesale product catalog</source>
        <translation>批发商品目录管理工具</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Database URL (postgresql://… or sqlite:///…)</source>
        <translation>数据库地址（postgresql://… 或 sqlite:///…）</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <location filename="../app/main.cpp" line="47"/>
        <source>Catalog Admin</source>
        <translation>商品目录管理</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>The database %1 could not be prepared:
%2</source>
        <translation>无法准备数据库 %1：
%2</translation>
    </message>
</context>
</TS>
