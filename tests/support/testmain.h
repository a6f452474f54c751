#pragma once

#include <QTest>

namespace catalog::testsupport {

// Runs after the test object and the application are gone, so every thread pool (the
// application's, the managers', the models') has been joined: a database connection still open
// then belongs to a thread nobody shut down, and fails the run whatever the tests said.
int checkShutdown(int status);

} // namespace catalog::testsupport

// QTEST_MAIN / QTEST_GUILESS_MAIN, plus checkShutdown() once the application has been destroyed.
#define CATALOG_TEST_MAIN_WRAPPER(TestObject, ...)                                                           \
    static int catalogRunTests(int argc, char *argv[])                                                       \
    {                                                                                                        \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                   \
        __VA_ARGS__                                                                                          \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }                                                                                                        \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        return catalog::testsupport::checkShutdown(catalogRunTests(argc, argv));                             \
    }

#define CATALOG_TEST_MAIN(TestObject) CATALOG_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define CATALOG_TEST_GUILESS_MAIN(TestObject)                                                                \
    CATALOG_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
